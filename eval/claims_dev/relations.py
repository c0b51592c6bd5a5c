"""Per-relation precision and recall of claims.relations on the gold cues of the claims dev set.

The relation stage runs on the gold attributions (gold source, cue, content), so the numbers
measure the relation classifier alone; `eval/claims_dev/run.py` measures the whole pipeline.

Usage: python eval/claims_dev/relations.py [--part tuning|heldout|both] [--errors] [--out eval/claims_dev/relations.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from markup import parse_file

from claims.nlp import parse
from claims.relations import add_relations
from claims.rubric import Rubric
from claims.schema import from_dict
from claims.types import RELATIONS

SRC = Path(__file__).parent / "src"


def evaluate(part: str, show_errors: bool) -> dict[str, object]:
    rubric = Rubric.default()
    pairs: list[tuple[str, str]] = []
    claim_pairs: list[tuple[bool, bool]] = []
    for doc in parse_file(SRC / f"{part}.txt"):
        gold = from_dict(doc)
        blank = replace(gold, attributions=tuple(replace(a, relation=None, is_claim=None) for a in gold.attributions))
        ours = add_relations(blank, rubric, parse(gold.text))
        for g, o in zip(gold.attributions, ours.attributions, strict=True):
            pairs.append((g.relation or "", o.relation or ""))
            claim_pairs.append((bool(g.is_claim), bool(o.is_claim)))
            if show_errors and g.relation != o.relation:
                cue = " ".join(c.of(gold.text) for c in g.cues)
                print(f"  {doc['id']} {g.id}: {cue!r} gold {g.relation} ours {o.relation}", file=sys.stderr)
    per: dict[str, dict[str, float]] = {}
    for rel in RELATIONS:
        tp = sum(1 for g, o in pairs if g == o == rel)
        n_gold = sum(1 for g, _ in pairs if g == rel)
        n_ours = sum(1 for _, o in pairs if o == rel)
        per[rel] = {
            "gold": n_gold,
            "predicted": n_ours,
            "precision": round(100 * tp / n_ours, 1) if n_ours else 0.0,
            "recall": round(100 * tp / n_gold, 1) if n_gold else 0.0,
        }
    tp = sum(1 for g, o in claim_pairs if g and o)
    n_g, n_o = sum(g for g, _ in claim_pairs), sum(o for _, o in claim_pairs)
    p, r = (100 * tp / n_o if n_o else 0.0), (100 * tp / n_g if n_g else 0.0)
    return {
        "cues": len(pairs),
        "accuracy": round(100 * sum(g == o for g, o in pairs) / len(pairs), 1),
        "is_claim": {"precision": round(p, 1), "recall": round(r, 1), "f1": round(2 * p * r / (p + r), 1) if p + r else 0.0},
        "per_relation": per,
        "confusion": dict(Counter(f"{g}->{o}" for g, o in pairs if g != o).most_common()),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=["tuning", "heldout", "both"], default="tuning")
    ap.add_argument("--errors", action="store_true", help="print every wrong cue")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    parts = ["tuning", "heldout"] if args.part == "both" else [args.part]
    report = {part: evaluate(part, args.errors) for part in parts}
    for part, r in report.items():
        print(f"{part}: {r['cues']} cues, accuracy {r['accuracy']}, is_claim {r['is_claim']}")
        for rel, m in r["per_relation"].items():  # type: ignore[attr-defined]
            print(f"  {rel:<11} gold {m['gold']:>3}  P {m['precision']:>5}  R {m['recall']:>5}")
    if args.out:
        args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
