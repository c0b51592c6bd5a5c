"""How a check-worthiness classifier change moves the articles of PolNeAR dev (no gold needed).

    python eval/checkworthy/dev_shift.py --before DIR [--after DIR]

``--before`` and ``--after`` are model directories (or folders) holding ``checkworthy/``
(``--after``: the shipped model). The whole default pipeline runs on the 84 dev articles
with each classifier (the tagger is the shipped one in both). Written: how many unattributed
claims each lists, how many listed statements the two share, and how the article scores move.
Counts and numbers only, no article text (PolNeAR carries no licence). Results go to
dev_shift.json and dev_shift.md beside this file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from claims.checkworthy.model import CheckworthyModel  # noqa: E402
from claims.formats import load_corpus  # noqa: E402
from claims.pipeline import Analyzer, build, default_model_path, spec_for  # noqa: E402
from claims.types import Analysis  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev"
HERE = Path(__file__).parent


def analyzer(classifier: Path) -> Analyzer:
    """The default pipeline on the shipped tagger with the classifier in ``classifier`` (fp32 everywhere)."""
    model = str(default_model_path())
    settings = {
        "tagger": {"model": model, "precision": "fp32"},
        "calibrate": {"model": model},
        "learned_link": {"model": model},
        "unattributed": {"model": model, "precision": "fp32", "classifier": str(classifier)},
    }
    return Analyzer(build(spec_for(default_model_path(), None), (), settings))


def summary(before: list[Analysis], after: list[Analysis]) -> dict[str, object]:
    """Listed counts, the statements both list, and the score moves."""
    listed = [[{(u.span.start, u.span.end) for u in a.unattributed} for a in run] for run in (before, after)]
    shared = sum(len(b & a) for b, a in zip(*listed, strict=True))
    pairs = [(b.score.value, a.score.value) for b, a in zip(before, after, strict=True) if b.score and a.score]
    scores = [np.array([p[k] for p in pairs]) for k in (0, 1)]
    moves = scores[1] - scores[0]
    return {
        "articles": len(before),
        "listed_before": sum(len(b) for b in listed[0]),
        "listed_after": sum(len(a) for a in listed[1]),
        "listed_by_both": shared,
        "articles_listing_none_before": sum(not b for b in listed[0]),
        "articles_listing_none_after": sum(not a for a in listed[1]),
        "mean_score_before": round(float(scores[0].mean()), 2),
        "mean_score_after": round(float(scores[1].mean()), 2),
        "articles_whose_score_moved": int((np.abs(moves) > 0.05).sum()),
        "mean_absolute_move": round(float(np.abs(moves).mean()), 2),
        "largest_moves": [round(float(v), 1) for v in sorted(moves, key=abs, reverse=True)[:5]],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, required=True, help="model directory or folder with the old checkworthy/")
    ap.add_argument("--after", type=Path, default=default_model_path())
    args = ap.parse_args()
    docs = load_corpus(DEV)
    texts, ids = [d.text for d in docs], [str(d.id) for d in docs]
    runs = [list(analyzer(c).analyze_many(texts, ids)) for c in (args.before, args.after)]
    named = [CheckworthyModel.from_dir(c) for c in (args.before, args.after)]
    out = {
        **{k: f"encoder {m.encoder}, threshold {m.threshold}" for k, m in zip(("before", "after"), named, strict=True)},
        **summary(*runs),
    }
    (HERE / "dev_shift.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    lines = ["# Check-worthiness change on PolNeAR dev", "", "| measure | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in out.items()]
    (HERE / "dev_shift.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
