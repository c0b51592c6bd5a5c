"""The folder a training run writes: checkpoints, the model files and card, and the end of the run.

A run writes the best model into its output folder as it goes, with a ``checkpoint/``
(model, optimiser, schedule, progress, random state; the training windows,
:mod:`claims.train_data`; the teacher's targets when distilling) that lets an interrupted
run resume. When it ends, :func:`weak_reasons` says whether the model can be trusted, and
:func:`finish_run` removes the checkpoint (hundreds of MB for a real model) and gives every
file mode 0644 and every folder 0755, so that the model can be shared whatever the umask of
the machine that trained it.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch

from claims.errors import WeakModelError
from claims.formats import corpus_hash
from claims.io import atomic_write
from claims.modelcard import portable_config, write_model_card
from claims.tagger.transitions import save_transitions
from claims.types import Analysis

if TYPE_CHECKING:
    from claims.tagger.encode import Encoded, Window
    from claims.tagger.predict import Tagger
    from claims.train import TrainConfig

log = logging.getLogger("claims.train")
CHECKPOINT = "checkpoint"
MIN_STEPS = 50  # optimiser steps a run from a fresh base encoder needs before its model can be trusted
FILE_MODE = 0o644
DIR_MODE = 0o755


@dataclass
class Progress:
    """Where a run stands; saved in every checkpoint."""

    step: int = 0
    best: float = -1.0
    bad_epochs: int = 0
    history: list[dict[str, float]] = field(default_factory=list)


def write_checkpoint(ckpt: Path, model: torch.nn.Module, optim: Any, sched: Any, state: Progress) -> None:
    """Save everything a resumed run needs into ``ckpt/state.pt`` (written whole, then renamed)."""
    ckpt.mkdir(parents=True, exist_ok=True)
    saved: dict[str, Any] = {
        "model": model.state_dict(),
        "optim": optim.state_dict(),
        "sched": sched.state_dict(),
        "state": asdict(state),
        "torch_rng": torch.get_rng_state(),
    }
    if torch.cuda.is_available() and next(model.parameters()).is_cuda:
        saved["cuda_rng"] = torch.cuda.get_rng_state_all()
    tmp = ckpt / "state.pt.tmp"
    torch.save(saved, tmp)
    tmp.replace(ckpt / "state.pt")


def read_checkpoint(ckpt: Path, model: torch.nn.Module, optim: Any, sched: Any) -> Progress | None:
    """Restore a run from ``ckpt/state.pt`` into the model, optimiser and schedule; None when there is none."""
    if not (ckpt / "state.pt").is_file():
        return None
    saved = torch.load(ckpt / "state.pt", weights_only=False, map_location="cpu")
    model.load_state_dict(saved["model"])
    optim.load_state_dict(saved["optim"])
    sched.load_state_dict(saved["sched"])
    torch.set_rng_state(saved["torch_rng"])
    if "cuda_rng" in saved and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(saved["cuda_rng"])
    return Progress(**saved["state"])


def teacher_targets(
    teacher: str,
    ckpt: Path,
    key: str,
    texts: Sequence[str],
    student: Callable[[], Sequence[tuple[Encoded, list[Window]]]],
    precision: str,
    device: str,
    progress: Callable[[int, int], None] | None = None,
) -> list[torch.Tensor]:
    """The teacher's soft labels for every training window, computed once and kept with the checkpoint.

    ``key`` names the student's windows (:func:`claims.train_data.window_key`): targets saved for
    other windows (another window size, stride, tokenizer or data) are computed again.
    ``student()`` gives the student's encodings and windows; it is called only then.
    """
    from claims.tagger.distil import soft_targets
    from claims.tagger.predict import Tagger

    cache = ckpt / "teacher.pt"
    if cache.is_file():
        saved = torch.load(cache, weights_only=True, map_location="cpu")
        if isinstance(saved, dict) and saved.get("windows") == key:
            return list(saved["targets"])
        log.info("the teacher's saved targets are for other windows: tagging again")
    log.info("tagging the training data with the teacher %s", teacher)
    tagger = Tagger.from_pretrained(teacher, precision=precision, device=device, cast=False)
    targets = soft_targets(tagger, texts, student(), progress)
    ckpt.mkdir(parents=True, exist_ok=True)
    torch.save({"windows": key, "targets": targets}, ckpt / "teacher.pt.tmp")
    (ckpt / "teacher.pt.tmp").replace(cache)
    return targets


def save_model(out: Path, tagger: Tagger, config: TrainConfig) -> None:
    """Write the model files: weights (in ``save_dtype``), tokenizer, settings (paths portable), pipeline.json."""
    from claims.pipeline.config import PIPELINE_FILE, default_spec

    model = tagger.model
    model.config.claims_window = tagger.window
    model.config.claims_stride = tagger.stride
    weights = {k: v.detach().cpu() for k, v in model.state_dict().items()}
    if config.save_dtype == "fp16":
        weights = {k: v.half() if v.is_floating_point() else v for k, v in weights.items()}
    model.save_pretrained(str(out), state_dict=weights, max_shard_size="20MB")
    tagger.tokenizer.save_pretrained(str(out))
    if tagger.transitions is not None:
        save_transitions(out, tagger.transitions)
    atomic_write(out / "train_config.json", json.dumps(portable_config(asdict(config)), indent=1))
    atomic_write(out / PIPELINE_FILE, default_spec().to_json())


def write_card(
    out: Path,
    config: TrainConfig,
    train_docs: Sequence[Analysis],
    state: Progress,
    metrics: Mapping[str, float],
    weak: Sequence[str] = (),
) -> None:
    """The model card for the model in ``out``: its dev ``metrics``, the run's history, and why it is weak, if it is."""
    from claims.pipeline.config import default_spec

    write_model_card(
        out,
        config=asdict(config),
        data_hash=corpus_hash(train_docs),
        n_train=len(train_docs),
        dev_metrics=metrics,
        history=state.history,
        pipeline_stages=default_spec().stages,
        weak=weak,
    )


def best_metrics(state: Progress) -> dict[str, float]:
    """The dev metrics of the saved model: the first evaluation with the best mean exact F1 (none without dev)."""
    best = next((h for h in state.history if h["mean_exact_f1"] == state.best), None)
    return {k: v for k, v in (best or {}).items() if k not in ("step", "epoch")}


def weak_reasons(config: TrainConfig, state: Progress) -> list[str]:
    """Why the model of a finished run cannot be trusted; empty when it can.

    Two tests: the best dev mean exact F1 is 0 (the model gets no span exactly right; only
    with dev data), and the run is too short to learn, which means fewer than
    :data:`MIN_STEPS` optimiser steps from a fresh base encoder: its output layer starts
    random, and a few dozen updates leave it close to that (one epoch of PolNeAR train is 277
    steps at batch 16). A run that goes on from a trained model (``--init``) starts from
    what that model learnt and is judged by its dev F1 alone.
    """
    reasons = []
    if state.history and state.best <= 0.0:
        reasons.append("best dev mean exact F1 is 0.0 (no span exactly right)")
    if not config.init_model and state.step < MIN_STEPS:
        steps = f"{state.step} optimiser step{'' if state.step == 1 else 's'}"
        reasons.append(f"too short to learn: {steps} from a fresh base encoder, under {MIN_STEPS}")
    return reasons


def refuse_weak(out: Path, weak: Sequence[str]) -> None:
    """Raise :class:`WeakModelError` (one line: the folder, the reasons, what to do) when ``weak`` has reasons."""
    if weak:
        raise WeakModelError(
            f"{out}: weak model: {'; '.join(weak)}. It was written and marked weak (README.md, train_log.json); "
            "train longer or on more data, or pass --allow-weak to accept it"
        )


def finish_run(out: Path, keep_checkpoint: bool = False) -> None:
    """End a successful run: remove ``checkpoint/`` (unless ``keep_checkpoint``) and make the folder shareable."""
    ckpt = out / CHECKPOINT
    if not keep_checkpoint and ckpt.is_dir() and not ckpt.is_symlink():
        shutil.rmtree(ckpt)
    share_files(out)


def share_files(out: Path) -> None:
    """Mode 0644 for every file under ``out``, 0755 for ``out`` and every folder in it (links left alone)."""
    os.chmod(out, DIR_MODE)
    for root, dirs, files in os.walk(out):
        for name in dirs:
            if not os.path.islink(os.path.join(root, name)):
                os.chmod(os.path.join(root, name), DIR_MODE)
        for name in files:
            if not os.path.islink(os.path.join(root, name)):
                os.chmod(os.path.join(root, name), FILE_MODE)
