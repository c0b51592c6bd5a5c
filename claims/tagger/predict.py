"""The :class:`Tagger`: load a model directory once, tag many articles."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import torch
from transformers import AutoTokenizer, PretrainedConfig, PreTrainedModel, PreTrainedTokenizerBase

from claims.device import resolve_device
from claims.errors import ModelError
from claims.labels import LABEL2ID, LABELS
from claims.syntax.parse import SyntaxParser
from claims.tagger.decode import decode_spans, merge_windows
from claims.tagger.encode import Encoded, Window, encode, window_features, windows
from claims.tagger.model import load_tagger_model, tagger_fingerprint
from claims.tagger.transitions import Transitions, load_transitions, save_transitions
from claims.text import snap_to_words, split_lines
from claims.types import TaggedSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc

DEFAULT_WINDOW = 254
DEFAULT_STRIDE = 64


PRECISIONS = ("fp32", "bf16", "int8")


def quantize(model: PreTrainedModel) -> PreTrainedModel:
    """Dynamic int8 quantisation of the linear layers, one scale per output channel (inference only).

    Per-channel scales keep PolNeAR dev attribution F1 about a point below fp32; one scale
    per matrix cost three points (``eval/benchmark.md``).
    """
    import warnings

    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (DeprecationWarning, UserWarning))
        quantized: PreTrainedModel = quantize_dynamic(model, {torch.nn.Linear: per_channel_dynamic_qconfig})
    return quantized


def bf16_supported(device: str = "cpu") -> bool:
    """True when ``device`` runs bf16 matrix products natively (a CPU with AVX-512 bf16 or AMX; a CUDA GPU)."""
    if device == "cuda":
        return bool(torch.cuda.is_bf16_supported())
    try:
        return bool(torch.cpu._is_avx512_bf16_supported())  # type: ignore[attr-defined]
    except AttributeError:
        return False


def resolve_precision(precision: str, device: str = "cpu") -> str:
    """``auto`` made concrete for a resolved device: bf16 where it runs natively, else fp32; others as given."""
    if precision == "auto":
        return "bf16" if bf16_supported(device) else "fp32"
    return precision


def autocast(precision: str, device: str = "cpu") -> contextlib.AbstractContextManager[object]:
    """bf16 autocast on ``device`` (``"cpu"`` or ``"cuda"``) when asked for, else nothing."""
    if precision == "bf16":
        return torch.autocast(device, dtype=torch.bfloat16)
    return contextlib.nullcontext()


def pad_batch(feats: Sequence[dict[str, list[int]]], pad_id: int, device: str = "cpu") -> dict[str, torch.Tensor]:
    """Right-pad a list of window features into tensors on ``device``."""
    width = max(len(f["input_ids"]) for f in feats)
    out: dict[str, torch.Tensor] = {}
    for key in feats[0]:
        fill = {"input_ids": pad_id, "labels": -100}.get(key, 0)
        rows = [f[key] + [fill] * (width - len(f[key])) for f in feats]
        out[key] = torch.tensor(rows, dtype=torch.long, device=device)
    return out


def label_columns(config: PretrainedConfig, where: str) -> torch.Tensor | None:
    """The model's output column of each label in :data:`~claims.labels.LABELS` order (None: already that order).

    The order comes from ``config.id2label``; a label that is not one of the BIO labels, or a
    set of labels other than exactly those, is a :class:`ModelError` naming ``where``.
    """
    id2label = dict(getattr(config, "id2label", None) or {})
    order = [str(id2label[k]) for k in sorted(id2label, key=int)]
    for label in order:
        if label not in LABEL2ID:
            known = ", ".join(LABELS)
            raise ModelError(f"{where}: unknown label {label!r} in config.json id2label (expected one of {known})")
    if sorted(order) != sorted(LABELS):
        raise ModelError(f"{where}: config.json id2label must list each BIO label once ({', '.join(LABELS)})")
    if tuple(order) == LABELS:
        return None
    return torch.tensor([order.index(label) for label in LABELS])


class Tagger:
    """A trained tagger with its tokenizer and window settings, on one device.

    ``device``: ``"cpu"``, ``"cuda"`` or ``"auto"`` (None), resolved by
    :func:`~claims.device.resolve_device`. The model is moved there and every batch with it.
    Log-probabilities come out in :data:`~claims.labels.LABELS` order whatever the label order
    of the model (its ``config.id2label``).
    """

    def __init__(
        self,
        model: PreTrainedModel,
        tokenizer: PreTrainedTokenizerBase,
        window: int = DEFAULT_WINDOW,
        stride: int = DEFAULT_STRIDE,
        precision: str = "auto",
        device: str | None = None,
        transitions: Transitions | None = None,
        syntax: SyntaxParser | None = None,
    ) -> None:
        self.transitions = transitions
        self.syntax = syntax
        self.device = resolve_device(device, precision)
        precision = resolve_precision(precision, self.device)
        if precision not in PRECISIONS:
            raise ModelError(f"unknown precision {precision!r} (expected one of {', '.join(PRECISIONS)} or auto)")
        where = str(getattr(model.config, "_name_or_path", "") or "the model")
        self.columns = label_columns(model.config, where)
        self.model = quantize(model.eval()) if precision == "int8" else model.eval().to(self.device)
        self.tokenizer = tokenizer
        self.window = window
        self.stride = stride
        self.precision = precision

    @classmethod
    def from_pretrained(
        cls, path: str | Path, precision: str = "auto", device: str | None = None, cast: bool = True
    ) -> Tagger:
        """Load a model directory written by ``claims train`` (or :meth:`save_pretrained`) onto ``device``.

        At bf16 the weights themselves are cast to bf16 (1.4x faster than fp32 weights under
        autocast, with 99.5% of the spans unchanged: ``eval/benchmark.md``), unless ``cast`` is
        False (a teacher's soft labels: fp32 weights under autocast). A model handed to the
        constructor keeps its weights, and bf16 then means autocast (training does this).
        """
        path = Path(path)
        if not (path / "config.json").is_file():
            raise ModelError(f"{path}: not a model directory (no config.json); train one with 'claims train'")
        precision = resolve_precision(precision, resolve_device(device, precision))
        try:
            model = load_tagger_model(path, torch.bfloat16 if precision == "bf16" and cast else torch.float32)
            tokenizer = AutoTokenizer.from_pretrained(str(path))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{path}: cannot load the model ({exc})") from None
        cfg = json.loads((path / "config.json").read_text(encoding="utf-8"))
        return cls(
            model,
            tokenizer,
            window=int(cfg.get("claims_window", DEFAULT_WINDOW)),
            stride=int(cfg.get("claims_stride", DEFAULT_STRIDE)),
            precision=precision,
            device=device,
            transitions=load_transitions(path),
            syntax=SyntaxParser.from_model_dir(path, tagger_fingerprint(model)),
        )

    def save_pretrained(self, path: str | Path) -> None:
        """Write a plain Hugging Face directory (config, safetensors, tokenizer)."""
        self.model.config.claims_window = self.window
        self.model.config.claims_stride = self.stride
        self.model.save_pretrained(str(path))
        self.tokenizer.save_pretrained(str(path))
        if self.transitions is not None:
            save_transitions(path, self.transitions)

    def logprobs(
        self, encoded: Sequence[Encoded], batch_size: int = 16, progress: Callable[[int, int], None] | None = None
    ) -> list[np.ndarray]:
        """Per-token log-probabilities for each article, windows merged; ``progress(windows_done, windows)``."""
        return self.forward(encoded, batch_size, progress)[0]

    def forward(
        self,
        encoded: Sequence[Encoded],
        batch_size: int = 16,
        progress: Callable[[int, int], None] | None = None,
        layers: Sequence[int] = (),
    ) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Log-probabilities per token of each article and, for ``layers``, the encoder's states.

        The states of an article are ``(tokens, hidden * len(layers))`` float32: the hidden
        states of those layers (indices into the encoder's ``hidden_states``) side by side, each
        row, like the log-probabilities, from the token's most central window. No layers: no states.
        """
        jobs: list[tuple[int, Window]] = []
        wins_of: list[list[Window]] = []
        for i, enc in enumerate(encoded):
            wins = windows(len(enc.ids), self.window, self.stride)
            wins_of.append(wins)
            jobs.extend((i, w) for w in wins)
        jobs.sort(key=lambda job: job[1].end - job[1].start)  # similar lengths batch together
        parts: dict[tuple[int, int], np.ndarray] = {}
        states: dict[tuple[int, int], np.ndarray] = {}
        pad = self.tokenizer.pad_token_id or 0
        with torch.inference_mode(), autocast(self.precision, self.device):
            for b in range(0, len(jobs), batch_size):
                chunk = jobs[b : b + batch_size]
                feats = [window_features(self.tokenizer, encoded[i], w) for i, w in chunk]
                batch = pad_batch(feats, pad, self.device)
                out = self.model(**batch, output_hidden_states=bool(layers))
                logits = out.logits.float().cpu()
                if self.columns is not None:
                    logits = logits[..., self.columns]  # into LABELS order, once per batch
                lp = torch.log_softmax(logits, dim=-1).numpy()
                hidden = torch.cat([out.hidden_states[k] for k in layers], -1).float().cpu().numpy() if layers else None
                for k, ((i, w), rows) in enumerate(zip(chunk, lp, strict=True)):
                    parts[(i, w.start)] = rows[1 : 1 + w.end - w.start]
                    if hidden is not None:
                        states[(i, w.start)] = hidden[k, 1 : 1 + w.end - w.start]
                if progress is not None:
                    progress(b + len(chunk), len(jobs))
        merged = [
            merge_windows(len(enc.ids), wins, [parts[(i, w.start)] for w in wins])
            for i, (enc, wins) in enumerate(zip(encoded, wins_of, strict=True))
        ]
        merged_states = (
            [
                merge_windows(len(enc.ids), wins, [states[(i, w.start)] for w in wins])
                for i, (enc, wins) in enumerate(zip(encoded, wins_of, strict=True))
            ]
            if layers
            else []
        )
        return merged, merged_states

    def predict(
        self, texts: Sequence[str], batch_size: int = 16, progress: Callable[[int, int], None] | None = None
    ) -> list[list[TaggedSpan]]:
        """Role spans for each text; ``progress(windows_done, windows)`` after each batch.

        Spans are whole words and never cross a line break (a span the network ran across
        paragraphs is cut into one span per paragraph).
        """
        return self.predict_and_parse(texts, batch_size, progress, parse=False)[0]

    def predict_and_parse(
        self,
        texts: Sequence[str],
        batch_size: int = 16,
        progress: Callable[[int, int], None] | None = None,
        parse: bool = True,
    ) -> tuple[list[list[TaggedSpan]], list[Doc] | None]:
        """:meth:`predict`'s spans and, where the model has syntax heads and ``parse`` is on, each text's parse.

        The parse (a spaCy ``Doc``: tags, dependencies, sentences, entities) is read from the
        same forward pass as the spans (:mod:`claims.syntax`); None without heads.
        """
        syntax = self.syntax if parse else None
        encoded = [encode(self.tokenizer, t) for t in texts]
        trans = self.transitions.scores() if self.transitions is not None else None
        logprobs, states = self.forward(encoded, batch_size, progress, syntax.layers if syntax is not None else ())
        out = []
        for text, enc, lp in zip(texts, encoded, logprobs, strict=True):
            spans = [(r, snap_to_words(text, s), c) for r, s, c in decode_spans(enc.offsets, lp, trans)]
            out.append([TaggedSpan(r, part, c) for r, s, c in spans for part in split_lines(text, s)])
        if syntax is None:
            return out, None
        feats = [syntax.features(t, e.offsets, s) for t, e, s in zip(texts, encoded, states, strict=True)]
        return out, syntax.parse_many(feats)
