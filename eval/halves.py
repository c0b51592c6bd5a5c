"""Full-pipeline F1 of tagger models on PolNeAR dev: all 84 articles, and each half apart.

Usage: python eval/halves.py NAME=MODEL_DIR [NAME=MODEL_DIR ...] [--precision auto]
The first half (42 articles, in the order of the corpus) is where decoder settings were tuned
(`eval/transitions.md`); the second was not looked at while tuning. Results go to
eval/halves.json (merged with earlier entries) and eval/halves.md. Only numbers are written.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from claims.evaluation.metrics import corpus_attribution_prf, corpus_span_prf
from claims.formats import load_corpus
from claims.pipeline import load
from claims.types import Analysis, Role

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "data" / "polnear" / "dev"


def scores(preds: list[Analysis], gold: list[Analysis]) -> dict[str, float]:
    """Exact span F1 per role and attribution overlap / exact F1 of the pipeline output."""
    pairs = list(zip(preds, gold, strict=True))
    spans = corpus_span_prf(pairs, "exact")
    out = {f"{r.value.lower()}_exact": round(spans[r].f1, 2) for r in Role}
    for how in ("overlap", "exact"):
        out[f"attribution_{how}"] = round(corpus_attribution_prf(pairs, how).f1, 2)
    return out


def by_half(preds: list[Analysis], gold: list[Analysis]) -> dict[str, dict[str, float]]:
    """:func:`scores` on all articles, the first half (where decoder settings were tuned) and the second."""
    half = len(gold) // 2
    return {
        "all": scores(preds, gold),
        "first half": scores(preds[:half], gold[:half]),
        "second half": scores(preds[half:], gold[half:]),
    }


def measure(model: str, precision: str) -> dict[str, Any]:
    gold = load_corpus(DEV)
    analyzer = load(model, precision=precision)
    began = time.perf_counter()
    preds = list(analyzer.analyze_many([d.text for d in gold]))
    seconds = time.perf_counter() - began
    return {"model": model, "precision": precision, "seconds": round(seconds, 1), **by_half(preds, gold)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", nargs="+", help="NAME=MODEL_DIR")
    ap.add_argument("--precision", default="auto")
    args = ap.parse_args()
    store = HERE / "halves.json"
    results = json.loads(store.read_text(encoding="utf-8")) if store.is_file() else {}
    for arg in args.models:
        name, _, path = arg.partition("=")
        results[name] = measure(path, args.precision)
        store.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    lines = [
        "# Full pipeline on PolNeAR dev, by half",
        "",
        "Every stage (`claims.load(model)`), first annotator, exact span F1 per role and attribution",
        "F1 (overlap / exact), on all 84 dev articles and on each half. Reproduce: "
        "`python eval/halves.py NAME=MODEL_DIR ...`.",
        "",
        "| model | part | source | cue | content | attribution overlap | attribution exact | seconds (precision) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        for part in ("all", "first half", "second half"):
            s = r[part]
            lines.append(
                f"| {name} | {part} | {s['source_exact']} | {s['cue_exact']} | {s['content_exact']} "
                f"| {s['attribution_overlap']} | {s['attribution_exact']} | {r['seconds']} ({r['precision']}) |"
            )
    (HERE / "halves.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
