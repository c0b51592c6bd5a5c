"""Evaluate source entities, source types and unattributed claims on our written dev set.

Usage: python eval/sources/evaluate.py [--model DIR]
- Entities and types use the gold source mentions (so they measure this stage alone):
  mention-to-entity accuracy (a mention is right when its predicted entity starts at the
  same first mention as its gold entity), B-cubed P/R/F1, type accuracy per gold type,
  named and identifiability accuracy, relay accuracy.
- Unattributed claims run the whole pipeline with the model (default: the shipped one):
  a predicted unattributed sentence is right when it overlaps a gold unattributed item.
Writes eval/sources/report.json and report.md.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from claims.rubric import Rubric
from claims.sources.entities import resolve_sources
from claims.types import Analysis, Attribution, Span

HERE = Path(__file__).resolve().parent


def locate(text: str, needle: str, occurrence: int) -> Span:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise ValueError(f"{needle!r} occurrence {occurrence} not found")
    return Span(pos, pos + len(needle))


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def entity_scores(docs: list[dict[str, Any]], rubric: Rubric) -> dict[str, Any]:
    right = total = 0
    b3_p = b3_r = 0.0
    types: dict[str, Counter[str]] = defaultdict(Counter)
    named_ok = ident_ok = relay_ok = relay_total = 0
    for doc in docs:
        text = doc["text"]
        spans = [locate(text, m["text"], m["occurrence"]) for m in doc["mentions"]]
        atts = tuple(Attribution(id=f"m{i}", cues=(), contents=(), sources=(s,)) for i, s in enumerate(spans))
        pred = resolve_sources(Analysis(text, atts), rubric)
        pred_of = {m: e for e in pred.sources for m in e.mentions}
        gold_of = {s: m["entity"] for s, m in zip(spans, doc["mentions"], strict=True)}
        gold_first = {}
        for s in spans:
            gold_first.setdefault(gold_of[s], s)
        for s, m in zip(spans, doc["mentions"], strict=True):
            e = pred_of[s]
            total += 1
            right += e.mentions[0] == gold_first[m["entity"]]
            pred_cluster = set(e.mentions)
            gold_cluster = {x for x in spans if gold_of[x] == m["entity"]}
            b3_p += len(pred_cluster & gold_cluster) / len(pred_cluster)
            b3_r += len(pred_cluster & gold_cluster) / len(gold_cluster)
            types[m["type"]][e.type] += 1
            named_ok += e.named == m["named"]
            ident_ok += e.identifiability == m["identifiability"]
            if m.get("relayed_by"):
                relay_total += 1
                relay_ok += any(r.of(text) == m["relayed_by"] for r in e.relayed_by)
    p, r = b3_p / total, b3_r / total
    type_acc = sum(c[t] for t, c in types.items()) / total
    return {
        "mentions": total,
        "mention_to_entity_accuracy": round(100 * right / total, 2),
        "b_cubed": {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(200 * p * r / (p + r), 2)},
        "type_accuracy": round(100 * type_acc, 2),
        "type_accuracy_per_gold_type": {
            t: {
                "n": sum(c.values()),
                "accuracy": round(100 * c[t] / sum(c.values()), 1),
                "confused_with": dict(c.most_common(3)),
            }
            for t, c in sorted(types.items())
        },
        "named_accuracy": round(100 * named_ok / total, 2),
        "identifiability_accuracy": round(100 * ident_ok / total, 2),
        "relay_recall": round(100 * relay_ok / relay_total, 2) if relay_total else None,
    }


def unattributed_scores(docs: list[dict[str, Any]], model: str | None) -> dict[str, Any]:
    from claims.pipeline import load as load_model

    analyzer = load_model(model)
    tp = fp = fn = 0
    for doc, pred in zip(docs, analyzer.analyze_many([d["text"] for d in docs]), strict=True):
        text = doc["text"]
        gold = [locate(text, u["text"], u["occurrence"]) for u in doc["unattributed"]]
        found = [u.span for u in pred.unattributed]
        tp += sum(any(f.overlaps(g) for g in gold) for f in found)
        fp += sum(not any(f.overlaps(g) for g in gold) for f in found)
        fn += sum(not any(g.overlaps(f) for f in found) for g in gold)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = (tp / (tp + fn)) if tp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(100 * p, 2), "recall": round(100 * r, 2),
            "f1": round(200 * p * r / (p + r), 2) if p + r else 0.0}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=None)
    parser.add_argument("--skip-model", action="store_true", help="entities and types only")
    args = parser.parse_args()
    docs = load(HERE / "dev.jsonl")
    report: dict[str, Any] = {"articles": len(docs), "entities_and_types": entity_scores(docs, Rubric.default())}
    if not args.skip_model:
        report["unattributed"] = unattributed_scores(docs, args.model)
        report["model"] = args.model or "default"
    (HERE / "report.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    e = report["entities_and_types"]
    lines = [
        "# Sources, types and unattributed claims on our dev set",
        "",
        f"{len(docs)} articles, {e['mentions']} source mentions. Reproduce: `python eval/sources/evaluate.py`.",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| mention-to-entity accuracy | {e['mention_to_entity_accuracy']} | >= 90 |",
        f"| B-cubed F1 (P / R) | {e['b_cubed']['f1']} ({e['b_cubed']['precision']} / {e['b_cubed']['recall']}) | |",
        f"| source type accuracy | {e['type_accuracy']} | >= 85 |",
        f"| named/anonymous accuracy | {e['named_accuracy']} | |",
        f"| identifiability (0-4) accuracy | {e['identifiability_accuracy']} | |",
        f"| relay recall | {e['relay_recall']} | |",
    ]
    if "unattributed" in report:
        u = report["unattributed"]
        lines.append(f"| unattributed claims F1 (P / R) | {u['f1']} ({u['precision']} / {u['recall']}) | >= 75 |")
    lines += ["", "## Type accuracy per gold type", "", "| type | n | accuracy | predicted as |", "|---|---|---|---|"]
    for t, v in e["type_accuracy_per_gold_type"].items():
        lines.append(f"| {t} | {v['n']} | {v['accuracy']} | {v['confused_with']} |")
    (HERE / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
