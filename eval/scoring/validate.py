"""Does the article score order every pair of article versions as a standards editor would?

Usage: python eval/scoring/validate.py [--model DIR]
Scores both versions of each pair in eval/scoring/pairs.jsonl with the full pipeline and
writes eval/scoring/report.md and report.json.
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
    args = parser.parse_args()
    pairs = [
        json.loads(line) for line in (HERE / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
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
    (HERE / "report.json").write_text(
        json.dumps({"pairs": len(rows), "ordered": right, "rows": rows}, indent=1) + "\n", encoding="utf-8"
    )
    lines = [
        "# Scoring validation pairs",
        "",
        f"{right} of {len(rows)} pairs ordered correctly (better version scores higher).",
        "Reproduce: `python eval/scoring/validate.py`.",
        "",
        "| pair | rule | better | worse | ordered |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {r['id']} | {r['rule']} | {r['better']} | {r['worse']} | {'yes' if r['ordered'] else '**no**'} |"
        for r in rows
    ]
    (HERE / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
