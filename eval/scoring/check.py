"""Validate eval/scoring/pairs.jsonl and print how many pairs each rule has.

Usage: python3 eval/scoring/check.py [PATH] [--min N]

Errors (exit status 1): a line that is not a JSON object, a required field missing or not a non-empty
string, an unknown field, a duplicate id, better == worse, an unknown tier, fewer than --min pairs.
Warnings (printed, exit status unchanged): an article outside 4-10 sentences, a blank paragraph, or a pair
whose two versions share less than 60% of their text (they should differ only in the sourcing change).
Standard library only.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

REQUIRED = ("id", "rule", "reference", "better", "worse", "why")
OPTIONAL = ("tier",)
TIERS = ("contrast", "both-good", "both-poor")
ID_RE = re.compile(r"^(?:pair|held)-\d{2,}$")
# a sentence ends at . ! or ? (optionally followed by a closing quote) before whitespace and a capital,
# digit or opening quote; common abbreviations are not sentence ends
SENT_END = re.compile(r"(?<![A-Z][a-z]\.)(?<!\b[A-Z]\.)(?<!\ba\.m\.)(?<!\bp\.m\.)[.!?][\"”']?(?=\s+[\"“A-Z0-9])")
ABBREV = re.compile(r"\b(Dr|Mr|Mrs|Ms|St|Gen|Col|Lt|Sgt|Prof|No)\.")
MIN_SENT, MAX_SENT = 4, 10
MIN_SIMILARITY = 0.60


def count_sentences(text: str) -> int:
    masked = ABBREV.sub(lambda m: m.group(1) + "_", text)
    # every match ends a sentence that is followed by another; the last sentence has no match
    return len(SENT_END.findall(masked)) + 1 if masked.strip() else 0


def check(path: Path, min_pairs: int) -> int:
    errors: list[str] = []
    warnings: list[str] = []
    seen: dict[str, int] = {}
    rules: Counter[str] = Counter()
    tiers: Counter[str] = Counter()
    n = 0
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {lineno}: blank line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {lineno}: not valid JSON ({exc})")
                continue
            if not isinstance(rec, dict):
                errors.append(f"line {lineno}: not a JSON object")
                continue
            n += 1
            where = f"line {lineno} ({rec.get('id', '?')})"
            ok = True
            for key in REQUIRED:
                value = rec.get(key)
                if not isinstance(value, str) or not value.strip():
                    errors.append(f"{where}: field {key!r} missing or not a non-empty string")
                    ok = False
            for key in rec:
                if key not in REQUIRED and key not in OPTIONAL:
                    errors.append(f"{where}: unknown field {key!r}")
            if "tier" in rec and rec["tier"] not in TIERS:
                errors.append(f"{where}: tier {rec['tier']!r} is not one of {', '.join(TIERS)}")
            if not ok:
                continue
            pid = rec["id"]
            if not ID_RE.match(pid):
                errors.append(f"{where}: id should look like 'pair-01' (or 'held-01' in the held-out set)")
            if pid in seen:
                errors.append(f"{where}: duplicate id (first on line {seen[pid]})")
            else:
                seen[pid] = lineno
            better, worse = rec["better"], rec["worse"]
            if better.strip() == worse.strip():
                errors.append(f"{where}: better and worse are the same text")
            rules[rec["rule"]] += 1
            tiers[rec.get("tier", "(none)")] += 1
            for name, text in (("better", better), ("worse", worse)):
                k = count_sentences(text)
                if not MIN_SENT <= k <= MAX_SENT:
                    warnings.append(f"{where}: {name} has about {k} sentences (expected {MIN_SENT}-{MAX_SENT})")
                if any(not p.strip() for p in text.split("\n")):
                    warnings.append(f"{where}: {name} has an empty paragraph")
            ratio = difflib.SequenceMatcher(None, better, worse, autojunk=False).ratio()
            if ratio < MIN_SIMILARITY:
                warnings.append(f"{where}: versions only {ratio:.0%} alike; they should differ only in sourcing")

    if n < min_pairs:
        errors.append(f"{n} pairs, fewer than the required {min_pairs}")

    print(f"{path}: {n} pairs, {len(rules)} rules")
    width = max((len(r) for r in rules), default=4)
    for rule, count in sorted(rules.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {rule:<{width}}  {count}")
    print("tiers: " + ", ".join(f"{t} {c}" for t, c in sorted(tiers.items())))
    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    if errors:
        print(f"FAILED: {len(errors)} error(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=Path(__file__).with_name("pairs.jsonl"))
    ap.add_argument("--min", type=int, default=30, dest="min_pairs", help="minimum number of pairs (default 30)")
    args = ap.parse_args(argv)
    return check(args.path, args.min_pairs)


if __name__ == "__main__":
    sys.exit(main())
