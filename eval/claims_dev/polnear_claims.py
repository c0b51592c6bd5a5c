"""PolNeAR dev on the claims only: do the attributions we call claims match PolNeAR attributions that are claims?

PolNeAR marks every attribution (beliefs, wishes, namings too) and has no relation labels,
so the gold claims here are the PolNeAR attributions that the relation stage, run on the
gold spans, calls claims: a consistency check of the pipeline, not an independent measure
(the independent one is the claims dev set, `eval/claims_dev/run.py`). Also prints the share of
PolNeAR attributions per relation.

Usage: python eval/claims_dev/polnear_claims.py [--data ../shared/data/polnear/dev] [--out eval/claims_dev/polnear_claims.json]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

from claims.evaluation.metrics import corpus_attribution_prf
from claims.formats.brat import read_brat
from claims.nlp import parse
from claims.pipeline import default_model_path, load
from claims.relations import add_relations
from claims.rubric import Rubric
from claims.types import Analysis


def claims_only(a: Analysis) -> Analysis:
    return replace(a, attributions=tuple(x for x in a.attributions if x.claim))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/polnear/dev"))
    ap.add_argument("--model", type=Path, default=default_model_path())
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    rubric = Rubric.default()
    gold = [add_relations(g, rubric, parse(g.text)) for g in read_brat(args.data)]
    relations = Counter(a.relation for g in gold for a in g.attributions)
    preds = list(load(args.model).analyze_many([g.text for g in gold]))
    report: dict[str, object] = {
        "data": str(args.data),
        "articles": len(gold),
        "gold_relations": dict(relations.most_common()),
    }
    for name, pairs in (
        ("all_attributions", list(zip(preds, gold, strict=True))),
        ("claims", [(claims_only(p), claims_only(g)) for p, g in zip(preds, gold, strict=True)]),
    ):
        for how in ("overlap", "exact"):
            r = corpus_attribution_prf(pairs, how)
            report[f"{name}_{how}"] = {"precision": round(r.precision, 1), "recall": round(r.recall, 1), "f1": round(r.f1, 1), "predicted": r.n_pred, "gold": r.n_gold}
            print(f"{name:<17} {how:<8} P {r.precision:5.1f}  R {r.recall:5.1f}  F1 {r.f1:5.1f}  ({r.n_pred} predicted, {r.n_gold} gold)")
    print("relations of the gold attributions:", dict(relations.most_common()))
    if args.out:
        args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
