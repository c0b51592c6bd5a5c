"""Evaluate source entities, source types and relays on our written dev sets.

Usage: python eval/sources/evaluate.py [--data FILE ...] [--model DIR] [--skip-model] [--out NAME]
- Entities and types on the gold source mentions (this stage alone): mention-to-entity
  accuracy, B-cubed P/R/F1, pairs of one source joined (and joined pairs that are one
  source), type accuracy per gold type, named and identifiability accuracy, relay accuracy.
- End to end with the model (default: the shipped one): each gold mention the pipeline also
  finds (a predicted source mention overlapping it) is scored the same way, so the numbers
  are those of a found attribution; and unattributed claims where the data marks them.
Default data: eval/sources/dev.jsonl (report.json/md); eval/sources/blind/part_*.jsonl are the
blind typed set (reports blind/report-<part>.json/md).
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
    """The occurrence-th match of a non-overlapping find loop (the dev sets' convention)."""
    pos, at = 0, -1
    for _ in range(occurrence):
        at = text.find(needle, pos)
        if at < 0:
            raise ValueError(f"{needle!r} occurrence {occurrence} not found")
        pos = at + len(needle)
    return Span(at, at + len(needle))


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pct(a: float, b: float) -> float | None:
    return round(100 * a / b, 2) if b else None


def score_mentions(docs: list[dict[str, Any]], predicted: list[Analysis], exact: bool) -> dict[str, Any]:
    """Entity, type, named and relay scores of the gold mentions a prediction holds.

    ``exact``: a gold mention is the predicted mention at its very span (gold-span runs);
    else the first predicted mention overlapping it (end-to-end runs).
    """
    found = total = right = 0
    b3_p = b3_r = 0.0
    pairs = joined = pred_pairs = pred_right = 0
    types: dict[str, Counter[str]] = defaultdict(Counter)
    named_ok = ident_ok = relay_ok = relay_gold = relay_hit = 0
    for doc, pred in zip(docs, predicted, strict=True):
        text = doc["text"]
        spans = [locate(text, m["text"], m["occurrence"]) for m in doc["mentions"]]
        entity_of = {m: e for e in pred.sources for m in e.mentions}
        mentions = sorted(entity_of)
        gold_relays: dict[str, set[str]] = defaultdict(set)
        for m in doc["mentions"]:
            if m.get("relayed_by"):
                gold_relays[m["entity"]].add(m["relayed_by"])
        matched = []
        for s, m in zip(spans, doc["mentions"], strict=True):
            total += 1
            hit = s if exact and s in entity_of else next((p for p in mentions if p.overlaps(s)), None)
            if hit is None:
                continue
            found += 1
            e = entity_of[hit]
            matched.append((s, m, e))
            types[m["type"]][e.type] += 1
            named_ok += e.named == m["named"]
            ident_ok += e.identifiability == m["identifiability"]
            pred_relays = {r.of(text).removeprefix("the ").removeprefix("The ") for r in e.relayed_by}
            relay_ok += pred_relays == gold_relays[m["entity"]]
            if gold_relays[m["entity"]]:
                relay_gold += 1
                relay_hit += pred_relays == gold_relays[m["entity"]]
        for s, m, e in matched:
            gold_cluster = {x for x, y, _ in matched if y["entity"] == m["entity"]}
            pred_cluster = {x for x, _, f in matched if f is e}
            b3_p += len(pred_cluster & gold_cluster) / len(pred_cluster)
            b3_r += len(pred_cluster & gold_cluster) / len(gold_cluster)
            first = min(gold_cluster)
            right += min(pred_cluster) == first and min(pred_cluster & gold_cluster) == first
        for i, (_, m1, e1) in enumerate(matched):
            for _, m2, e2 in matched[i + 1 :]:
                same_gold, same_pred = m1["entity"] == m2["entity"], e1 is e2
                pairs += same_gold
                joined += same_gold and same_pred
                pred_pairs += same_pred
                pred_right += same_gold and same_pred
    p, r = (b3_p / found, b3_r / found) if found else (0.0, 0.0)
    return {
        "mentions": total,
        "found": found,
        "mention_to_entity_accuracy": _pct(right, found),
        "b_cubed": {
            "precision": round(100 * p, 2),
            "recall": round(100 * r, 2),
            "f1": round(200 * p * r / (p + r), 2) if p + r else 0.0,
        },
        "pairs_of_one_source_joined": _pct(joined, pairs),
        "joined_pairs_that_are_one_source": _pct(pred_right, pred_pairs),
        "type_accuracy": _pct(sum(c[t] for t, c in types.items()), found),
        "type_accuracy_per_gold_type": {
            t: {"n": sum(c.values()), "accuracy": _pct(c[t], sum(c.values())), "confused_with": dict(c.most_common(3))}
            for t, c in sorted(types.items())
        },
        "named_accuracy": _pct(named_ok, found),
        "identifiability_accuracy": _pct(ident_ok, found),
        "relay_accuracy": _pct(relay_ok, found),
        "relay_recall": _pct(relay_hit, relay_gold),
    }


def gold_span_scores(docs: list[dict[str, Any]], rubric: Rubric) -> dict[str, Any]:
    """Scores of the source stage alone, run on the gold mentions."""
    predicted = []
    for doc in docs:
        text = doc["text"]
        spans = [locate(text, m["text"], m["occurrence"]) for m in doc["mentions"]]
        atts = tuple(Attribution(id=f"m{i}", cues=(), contents=(), sources=(s,)) for i, s in enumerate(spans))
        predicted.append(resolve_sources(Analysis(text, atts), rubric))
    return score_mentions(docs, predicted, exact=True)


def end_to_end(docs: list[dict[str, Any]], model: str | None) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Mention scores of the whole pipeline, and unattributed-claim scores where the data marks them."""
    from claims.pipeline import load as load_model

    predicted = list(load_model(model).analyze_many([d["text"] for d in docs]))
    scores = score_mentions(docs, predicted, exact=False)
    if not any(d.get("unattributed") for d in docs):
        return scores, None
    tp = fp = fn = 0
    for doc, pred in zip(docs, predicted, strict=True):
        text = doc["text"]
        gold = [locate(text, u["text"], u["occurrence"]) for u in doc["unattributed"]]
        found = [u.span for u in pred.unattributed]
        tp += sum(any(f.overlaps(g) for g in gold) for f in found)
        fp += sum(not any(f.overlaps(g) for g in gold) for f in found)
        fn += sum(not any(g.overlaps(f) for f in found) for g in gold)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = (tp / (tp + fn)) if tp + fn else 0.0
    return scores, {"tp": tp, "fp": fp, "fn": fn, "precision": round(100 * p, 2), "recall": round(100 * r, 2),
                    "f1": round(200 * p * r / (p + r), 2) if p + r else 0.0}  # fmt: skip


ROWS = [
    ("mention-to-entity accuracy", "mention_to_entity_accuracy"),
    ("pairs of one source joined", "pairs_of_one_source_joined"),
    ("joined pairs that are one source", "joined_pairs_that_are_one_source"),
    ("source type accuracy", "type_accuracy"),
    ("named/anonymous accuracy", "named_accuracy"),
    ("identifiability (0-4) accuracy", "identifiability_accuracy"),
    ("relay accuracy (relays of the mention's source right, none where none)", "relay_accuracy"),
    ("relay recall", "relay_recall"),
]


def render(title: str, data: str, report: dict[str, Any]) -> str:
    gold, e2e = report["gold_spans"], report.get("end_to_end")
    lines = [f"# {title}", "", f"{report['articles']} articles, {gold['mentions']} source mentions (`{data}`).",
             f"Reproduce: `python eval/sources/evaluate.py --data {data}`.", ""]  # fmt: skip
    head = "| measure | gold mentions |" + (" found attributions (end to end) |" if e2e else "")
    lines += [head, "|---|---|" + ("---|" if e2e else "")]
    if e2e:
        lines.append(
            f"| gold mentions found | {gold['found']} / {gold['mentions']} | {e2e['found']} / {e2e['mentions']} |"
        )
    b = gold["b_cubed"]
    row = f"| B-cubed F1 (P / R) | {b['f1']} ({b['precision']} / {b['recall']}) |"
    if e2e:
        c = e2e["b_cubed"]
        row += f" {c['f1']} ({c['precision']} / {c['recall']}) |"
    lines.append(row)
    for label, key in ROWS:
        lines.append(f"| {label} | {gold[key]} |" + (f" {e2e[key]} |" if e2e else ""))
    if report.get("unattributed"):
        u = report["unattributed"]
        lines.append(f"| unattributed claims F1 (P / R) | | {u['f1']} ({u['precision']} / {u['recall']}) |")
    for name, part in (("gold mentions", gold), ("end to end", e2e)):
        if part is None:
            continue
        lines += ["", f"## Type accuracy per gold type ({name})", "", "| type | n | accuracy | predicted as |",
                  "|---|---|---|---|"]  # fmt: skip
        for t, v in part["type_accuracy_per_gold_type"].items():
            lines.append(f"| {t} | {v['n']} | {v['accuracy']} | {v['confused_with']} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=HERE / "dev.jsonl")
    parser.add_argument("--model", default=None)
    parser.add_argument("--skip-model", action="store_true", help="gold-span scores only")
    args = parser.parse_args()
    docs = load(args.data)
    report: dict[str, Any] = {"articles": len(docs), "gold_spans": gold_span_scores(docs, Rubric.default())}
    if not args.skip_model:
        report["end_to_end"], report["unattributed"] = end_to_end(docs, args.model)
        report["model"] = args.model or "default"
    data = args.data.resolve()
    stem = "report" if data == (HERE / "dev.jsonl").resolve() else f"report-{data.stem}"
    rel = data.relative_to(HERE.parent.parent) if data.is_relative_to(HERE.parent.parent) else data
    (data.parent / f"{stem}.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    md = render(f"Sources, types and relays: {rel}", str(rel), report)
    (data.parent / f"{stem}.md").write_text(md, encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
