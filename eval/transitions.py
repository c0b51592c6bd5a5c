"""Learned transition scores in the BIO decoder (#20): do they help exact boundaries on dev?

Usage: python eval/transitions.py [--model models/claims-minilm] [--weights 0 0.25 0.5 1]
Counts tag bigrams on PolNeAR train (the tagger's own tokens), adds ``weight * log P(tag | previous tag)``
to the Viterbi scores (the BIO constraints stay hard), and runs the whole default pipeline on
PolNeAR dev for each weight. The weight is chosen on the first half of dev and reported on the
second half too. Writes eval/transitions.json and eval/transitions.md (numbers only).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from halves import by_half  # noqa: E402

DATA = HERE.parent.parent / "shared" / "data" / "polnear"


def run(model: str, weights: list[float]) -> dict[str, Any]:
    from claims.formats import load_corpus
    from claims.pipeline import Analyzer, build, default_spec
    from claims.tagger.predict import Tagger
    from claims.tagger.stage import tagger_stage
    from claims.tagger.transitions import from_articles

    tagger = Tagger.from_pretrained(model, precision="fp32")
    counted = from_articles(tagger.tokenizer, load_corpus(DATA / "train"), "PolNeAR train")
    gold = load_corpus(DATA / "dev")
    cache: dict[tuple[int, ...], np.ndarray] = {}
    real_logprobs = tagger.logprobs

    def cached(encoded: Any, *args: Any, **kwargs: Any) -> list[np.ndarray]:
        """The network runs once per article; only the decoding changes with the weight."""
        missing = [e for e in encoded if tuple(e.ids) not in cache]
        for e, lp in zip(missing, real_logprobs(missing, *args, **kwargs), strict=True):
            cache[tuple(e.ids)] = lp
        return [cache[tuple(e.ids)] for e in encoded]

    tagger.logprobs = cached  # type: ignore[method-assign]
    settings = {"calibrate": {"model": model}, "unattributed": {"model": model}}  # as load(model) gives them
    analyzer = Analyzer(build(default_spec(), settings=settings, replace={"tagger": tagger_stage(tagger)}))
    rows = []
    half = len(gold) // 2
    for w in weights:
        tagger.transitions = counted.with_weight(w)
        preds = list(analyzer.analyze_many([d.text for d in gold]))
        row: dict[str, Any] = {"weight": w, **by_half(preds, gold)}
        rows.append(row)
        print(json.dumps(row), flush=True)
    return {"model": model, "articles": len(gold), "first_half": half, "results": rows}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="models/claims-minilm")
    parser.add_argument("--weights", nargs="+", type=float, default=[0.0, 0.25, 0.5, 1.0])
    parser.add_argument("--rewrite", action="store_true", help="rewrite transitions.md from transitions.json")
    args = parser.parse_args()
    if args.rewrite:
        report = json.loads((HERE / "transitions.json").read_text(encoding="utf-8"))
    else:
        report = run(args.model, args.weights)
        (HERE / "transitions.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    cols = ["source_exact", "cue_exact", "content_exact", "attribution_overlap", "attribution_exact"]
    lines = [
        "# Learned transitions in the BIO decoder",
        "",
        f"Model `{args.model}`, whole default pipeline on PolNeAR dev ({report['articles']} articles; the first "
        f"{report['first_half']} choose the weight, the rest check it). Viterbi adds `weight * log P(tag | previous "
        "tag)` (tag bigrams of PolNeAR train, add-one smoothed) to the tagger's log-probabilities; weight 0 is "
        "the shipped decoder (hard BIO constraints only). Reproduce: `python eval/transitions.py`.",
        "",
        "| weight | part | " + " | ".join(cols) + " |",
        "|---|---|" + "---|" * len(cols),
    ]
    for r in report["results"]:
        for part in ("first half", "second half"):
            lines.append(f"| {r['weight']} | {part} | " + " | ".join(str(r[part][c]) for c in cols) + " |")

    def first_half(r: dict[str, Any]) -> float:
        return float(r["first half"]["attribution_overlap"] + r["first half"]["attribution_exact"]) / 2

    best = max(report["results"], key=first_half)
    base = next((r for r in report["results"] if r["weight"] == 0), None)
    lines += ["", f"Chosen on the first half (mean of attribution overlap and exact F1): weight {best['weight']}."]
    if base is not None:
        gains = [
            f"{part} {best[part]['attribution_overlap'] - base[part]['attribution_overlap']:+.1f} / "
            f"{best[part]['attribution_exact'] - base[part]['attribution_exact']:+.1f}"
            for part in ("first half", "second half", "all")
        ]
        lines.append("Against weight 0, attribution F1 overlap / exact: " + ", ".join(gains) + ".")
    (HERE / "transitions.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
