"""Validate dev.jsonl and tricky.jsonl and print counts (standard library only).

Every (text, occurrence) pair is resolved to a character offset with a
non-overlapping str.find loop; a missing substring or occurrence fails loudly.
Exit status is 1 if any check fails.
"""

import collections
import json
import os
import re
import sys

from claims.sources.classification import SOURCE_TYPES

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = set(SOURCE_TYPES)  # the types the code emits
ANON = {"anonymous_specific", "anonymous_vague"}
CLAIM_TYPES = {
    "numeric",
    "casualty_figure",
    "allegation",
    "event",
    "opinion",
    "characterisation",
    "prediction",
}  # the dev set labels opinions "characterisation"
PRONOUNS = {"he", "she", "they", "it", "He", "She", "They", "It"}
MENTION_KEYS = ["text", "occurrence", "entity", "type", "named", "identifiability", "relayed_by", "side"]
ERRORS = []


def fail(msg):
    ERRORS.append(msg)


def resolve(text, sub, occ, where):
    """Character offset of the occ-th non-overlapping find-loop match of sub."""
    if not isinstance(sub, str) or not sub:
        fail("%s: empty or non-string span %r" % (where, sub))
        return None
    if not isinstance(occ, int) or occ < 1:
        fail("%s: bad occurrence %r for %r" % (where, occ, sub))
        return None
    n, pos = 0, 0
    while True:
        i = text.find(sub, pos)
        if i < 0:
            fail("%s: %r occurrence %d not found (only %d)" % (where, sub, occ, n))
            return None
        n += 1
        if n == occ:
            return i
        pos = i + len(sub)


def count_sentences(text):
    parts = re.split(r'(?<=[.!?])["\u201d]?\s+(?=["\u201c]?[A-Z])', text.strip())
    return len([p for p in parts if p.strip()])


def check_dev(path):
    stats = collections.Counter()
    per_type = collections.Counter()
    per_claim = collections.Counter()
    per_ident = collections.Counter()
    ids = set()
    sent_counts = []
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    for ln, line in enumerate(lines, 1):
        try:
            art = json.loads(line)
        except ValueError as e:
            fail("dev line %d: bad JSON: %s" % (ln, e))
            continue
        aid = art.get("id")
        where = "dev %s" % aid
        if aid in ids:
            fail("%s: duplicate id" % where)
        ids.add(aid)
        text = art.get("text")
        if not isinstance(text, str) or not text:
            fail("%s: no text" % where)
            continue
        for key in ("mentions", "unattributed", "background"):
            if not isinstance(art.get(key), list):
                fail("%s: %s must be a list" % (where, key))
                art[key] = []
        sent_counts.append(count_sentences(text))
        stats["articles"] += 1
        last = -1
        ent_attrs = {}
        mention_spans = []
        for j, m in enumerate(art["mentions"]):
            w = "%s mention %d" % (where, j)
            missing = [k for k in MENTION_KEYS if k not in m]
            if missing:
                fail("%s: missing keys %s" % (w, missing))
                continue
            off = resolve(text, m["text"], m["occurrence"], w)
            if off is None:
                continue
            if off <= last:
                fail("%s: mentions not in text order (%r)" % (w, m["text"]))
            last = off
            mention_spans.append((off, off + len(m["text"])))
            if m["type"] not in TYPES:
                fail("%s: unknown type %r" % (w, m["type"]))
            if not isinstance(m["named"], bool):
                fail("%s: named must be bool" % w)
            if m["type"] in ANON and m["named"]:
                fail("%s: anonymous type marked named" % w)
            if m["identifiability"] not in (0, 1, 2, 3, 4):
                fail("%s: identifiability %r" % (w, m["identifiability"]))
            if not re.fullmatch(r"e\d+", str(m["entity"])):
                fail("%s: bad entity id %r" % (w, m["entity"]))
            if m["relayed_by"] is not None and m["relayed_by"] not in text:
                fail("%s: relayed_by %r not in text" % (w, m["relayed_by"]))
            if m["side"] is not None and not isinstance(m["side"], str):
                fail("%s: side must be string or null" % w)
            attrs = (m["type"], m["named"], m["identifiability"], m["side"])
            prev = ent_attrs.setdefault(m["entity"], attrs)
            if prev != attrs:
                fail("%s: entity %s has inconsistent attributes %s vs %s" % (w, m["entity"], prev, attrs))
            stats["mentions"] += 1
            per_type[m["type"]] += 1
            per_ident[m["identifiability"]] += 1
            if m["text"] in PRONOUNS:
                stats["pronoun mentions"] += 1
            if m["relayed_by"]:
                stats["relayed mentions"] += 1
        stats["entities"] += len(ent_attrs)
        stats["entities with 2+ mentions"] += sum(
            1 for e in ent_attrs if sum(1 for m in art["mentions"] if m.get("entity") == e) > 1
        )
        claim_spans = []
        for key in ("unattributed", "background"):
            for j, u in enumerate(art[key]):
                w = "%s %s %d" % (where, key, j)
                off = resolve(text, u.get("text"), u.get("occurrence"), w)
                if off is None:
                    continue
                span = (off, off + len(u["text"]))
                for a, b in mention_spans:
                    if a < span[1] and span[0] < b:
                        fail("%s: overlaps a source mention" % w)
                for a, b in claim_spans:
                    if a < span[1] and span[0] < b:
                        fail("%s: overlaps another unattributed/background span" % w)
                claim_spans.append(span)
                if key == "unattributed":
                    if u.get("claim_type") not in CLAIM_TYPES:
                        fail("%s: bad claim_type %r" % (w, u.get("claim_type")))
                    per_claim[u.get("claim_type")] += 1
                    stats["unattributed"] += 1
                else:
                    stats["background"] += 1
    return stats, per_type, per_claim, per_ident, sent_counts


def check_tricky(path):
    n = 0
    constructions = []
    n_attr = 0
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    ids = set()
    for ln, line in enumerate(lines, 1):
        item = json.loads(line)
        where = "tricky %s" % item.get("id")
        if item.get("id") in ids:
            fail("%s: duplicate id" % where)
        ids.add(item.get("id"))
        text = item.get("text")
        if not item.get("construction") or not isinstance(text, str):
            fail("%s: needs construction and text" % where)
            continue
        constructions.append(item["construction"])
        for j, a in enumerate(item.get("attributions", [])):
            w = "%s attribution %d" % (where, j)
            occ = a.get("occurrence", {})
            parts = [("source", a.get("source"), occ.get("source")), ("cue", a.get("cue"), occ.get("cue"))]
            if not isinstance(a.get("content"), list) or not a["content"]:
                fail("%s: content must be a non-empty list" % w)
                continue
            coccs = occ.get("content", [None] * len(a["content"]))
            parts += [("content", c, o) for c, o in zip(a["content"], coccs)]
            for name, sub, o in parts:
                if name == "source" and sub is None:
                    continue
                if o is None:
                    if isinstance(sub, str) and text.count(sub) != 1:
                        fail("%s: %s %r occurs %d times; add an occurrence" % (w, name, sub, text.count(sub)))
                    o = 1
                resolve(text, sub, o, "%s %s" % (w, name))
            if a.get("relayed_by") is not None and a["relayed_by"] not in text:
                fail("%s: relayed_by not in text" % w)
            n_attr += 1
        n += 1
    return n, n_attr, constructions


def main():
    stats, per_type, per_claim, per_ident, sents = check_dev(os.path.join(HERE, "dev.jsonl"))
    n_tricky, n_tattr, constructions = check_tricky(os.path.join(HERE, "tricky.jsonl"))
    print("dev.jsonl")
    for k in (
        "articles",
        "mentions",
        "entities",
        "entities with 2+ mentions",
        "pronoun mentions",
        "relayed mentions",
        "unattributed",
        "background",
    ):
        print("  %-26s %d" % (k, stats[k]))
    print("  sentences per article     min %d, max %d (rough splitter)" % (min(sents), max(sents)))
    print("  mentions per type:")
    for t in sorted(TYPES):
        print("    %-22s %d" % (t, per_type[t]))
    print("  mentions per identifiability: " + ", ".join("%d: %d" % (k, per_ident[k]) for k in range(5)))
    print("  unattributed per claim_type:")
    for t in sorted(CLAIM_TYPES):
        print("    %-22s %d" % (t, per_claim[t]))
    print("tricky.jsonl")
    print("  items                      %d" % n_tricky)
    print("  attributions               %d" % n_tattr)
    if ERRORS:
        print("\n%d ERROR(S):" % len(ERRORS))
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
