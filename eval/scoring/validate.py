"""Does the article score order every pair of article versions as a standards editor would?

Usage: python eval/scoring/validate.py [--model DIR] [--pairs heldout]
Scores both versions of each pair in eval/scoring/pairs.jsonl (or heldout.jsonl) with the
full pipeline and writes eval/scoring/report.md and report.json (heldout-report.*).
The held-out pairs were written after the rules were tuned on pairs.jsonl and are never
used to tune them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from claims.pipeline import load

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=None)
    parser.add_argument("--pairs", choices=["pairs", "heldout"], default="pairs")
    args = parser.parse_args()
    stem = "" if args.pairs == "pairs" else "heldout-"
    pairs = [
        json.loads(line)
        for line in (HERE / f"{args.pairs}.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    analyzer = load(args.model)
    texts = [t for p in pairs for t in (p["better"], p["worse"])]
    scored = list(analyzer.analyze_many(texts))
    rows = []
    for i, p in enumerate(pairs):
        better, worse = scored[2 * i].score, scored[2 * i + 1].score
        assert better is not None and worse is not None
        rows.append(
            {
                "id": p["id"],
                "rule": p["rule"],
                "better": better.value,
                "worse": worse.value,
                "ordered": better.value > worse.value,
            }
        )
    right = sum(r["ordered"] for r in rows)
    (HERE / f"{stem}report.json").write_text(
        json.dumps({"pairs": len(rows), "ordered": right, "rows": rows}, indent=1) + "\n", encoding="utf-8"
    )
    lines = [
        "# Scoring validation pairs" + (" (held out)" if stem else ""),
        "",
        f"{right} of {len(rows)} pairs ordered correctly (better version scores higher).",
        "Reproduce: `python eval/scoring/validate.py" + (" --pairs heldout" if stem else "") + "`.",
        "",
        "| pair | rule | better | worse | ordered |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {r['id']} | {r['rule']} | {r['better']} | {r['worse']} | {'yes' if r['ordered'] else '**no**'} |"
        for r in rows
    ]
    (HERE / f"{stem}report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
