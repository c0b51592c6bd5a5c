"""The claims dev set through the whole pipeline: are the claims we list the claims a fact-checker lists?

Attribution-level precision, recall and F1 (overlap and exact, claims.evaluation.metrics) of
the attributions we call claims against the gold claims (relation assertion), per part of the
set; and of all attributions (relation ignored).

Usage: python eval/claims_dev/run.py [--part tuning|heldout|both] [--model DIR] [--exclude STAGE,...] [--errors] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from markup import parse_file

from claims.evaluation.metrics import _attr_match, corpus_attribution_prf
from claims.pipeline import default_model_path, load
from claims.schema import from_dict
from claims.types import Analysis, Attribution

SRC = Path(__file__).parent / "src"


def claims_only(a: Analysis) -> Analysis:
    return replace(a, attributions=tuple(x for x in a.attributions if x.claim))


def prf(pairs: list[tuple[Analysis, Analysis]], how: str) -> dict[str, float]:
    r = corpus_attribution_prf(pairs, how)
    return {"precision": round(r.precision, 1), "recall": round(r.recall, 1), "f1": round(r.f1, 1), "predicted": r.n_pred, "gold": r.n_gold}


def show_errors(pred: Analysis, gold: Analysis) -> None:
    t = gold.text
    match = _attr_match(t, "overlap")

    def line(a: Attribution) -> str:
        src = " ".join(s.of(t) for s in a.sources)
        cue = " ".join(s.of(t) for s in a.cues)
        con = " | ".join(s.of(t) for s in a.contents)
        return f"[{src}] <{cue}> {con[:110]!r}"

    for p in pred.attributions:
        if not any(match(p, g) for g in gold.attributions):
            print(f"  FP {gold.id}: {line(p)} ({p.origin}, {p.relation})", file=sys.stderr)
    for g in gold.attributions:
        if not any(match(p, g) for p in pred.attributions):
            print(f"  FN {gold.id}: {line(g)}", file=sys.stderr)


def evaluate(part: str, model: Path, errors: bool, exclude: list[str]) -> dict[str, object]:
    gold = [from_dict(d) for d in parse_file(SRC / f"{part}.txt")]
    analyzer = load(model, exclude=exclude)
    preds = list(analyzer.analyze_many([g.text for g in gold], ids=[g.id for g in gold]))
    claim_pairs = [(claims_only(p), claims_only(g)) for p, g in zip(preds, gold, strict=True)]
    if errors:
        for p, g in claim_pairs:
            show_errors(p, g)
    all_pairs = list(zip(preds, gold, strict=True))
    return {
        "articles": len(gold),
        "claims": {how: prf(claim_pairs, how) for how in ("overlap", "exact")},
        "all_attributions": {how: prf(all_pairs, how) for how in ("overlap", "exact")},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=["tuning", "heldout", "both"], default="tuning")
    ap.add_argument("--model", type=Path, default=default_model_path())
    ap.add_argument("--errors", action="store_true", help="print every false and missed claim")
    ap.add_argument("--exclude", default="", help="stages to leave out, comma-separated (the ablation)")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    parts = ["tuning", "heldout"] if args.part == "both" else [args.part]
    exclude = [s for s in args.exclude.split(",") if s]
    report = {part: evaluate(part, args.model, args.errors, exclude) for part in parts}
    for part, r in report.items():
        for what in ("claims", "all_attributions"):
            for how, m in r[what].items():  # type: ignore[index]
                print(f"{part:<8} {what:<17} {how:<8} P {m['precision']:>5}  R {m['recall']:>5}  F1 {m['f1']:>5}  ({m['predicted']} predicted, {m['gold']} gold)")
    if args.out:
        meta = {"model": str(args.model), "exclude": exclude}
        args.out.write_text(json.dumps({**meta, **report}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
