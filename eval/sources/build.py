"""Build dev.jsonl and tricky.jsonl from the hand-written, marked-up texts
in articles.py and tricky_src.py (standard library only).

Markup used in articles.py (removed from the output text):
  [e1|surface]            a source mention of entity e1
  [e1>Reuters|surface]    the same, relayed by the outlet "Reuters"
  {U:numeric|text}        an unattributed check-worthy claim of that type
  {B|text}                a plain background fact

Offsets are turned into (text, occurrence) pairs, where occurrence counts
non-overlapping str.find matches from the start of the article.

Run:  python3 build.py && python3 check.py
"""

import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ANON = {"anonymous_specific", "anonymous_vague", "unknown"}
TOKEN = re.compile(
    r"\[(?P<eid>e\d+)(?:>(?P<relay>[^|\]]+))?\|(?P<ment>[^\]]+)\]"
    r"|\{U:(?P<ctype>\w+)\|(?P<utext>[^{}]+)\}"
    r"|\{B\|(?P<btext>[^{}]+)\}"
)


def occurrence_of(text, sub, start):
    """1-based index of the non-overlapping find-loop match that starts at start."""
    n, pos = 0, 0
    while True:
        i = text.find(sub, pos)
        if i < 0 or i > start:
            raise ValueError("no find-loop match of %r at %d" % (sub, start))
        n += 1
        if i == start:
            return n
        pos = i + len(sub)


def parse_entities(spec):
    ents = {}
    for line in spec.strip().splitlines():
        parts = line.split()
        eid, etype, ident, side = parts[0], parts[1], int(parts[2]), parts[3]
        named = etype not in ANON
        if len(parts) > 4 and parts[4] == "anon":
            named = False
        ents[eid] = dict(type=etype, named=named, identifiability=ident, side=None if side == "-" else side)
    return ents


def unmark(aid, marked):
    """The plain text of a marked-up article, and its marked spans (kind, start, text, extra, relay)."""
    marked = marked.strip("\n")
    out, spans, pos = [], [], 0
    for m in TOKEN.finditer(marked):
        out.append(marked[pos : m.start()])
        start = sum(len(s) for s in out)
        if m.group("eid"):
            s = m.group("ment")
            spans.append(("m", start, s, m.group("eid"), m.group("relay")))
        elif m.group("ctype"):
            s = m.group("utext")
            spans.append(("u", start, s, m.group("ctype"), None))
        else:
            s = m.group("btext")
            spans.append(("b", start, s, None, None))
        out.append(s)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for ch in "[]{}|":
        if ch in text:
            raise ValueError("%s: stray markup character %r" % (aid, ch))
    return text, spans


def build_article(aid, spec, marked):
    ents = parse_entities(spec)
    text, spans = unmark(aid, marked)
    mentions, unatt, back = [], [], []
    used = set()
    for kind, start, s, extra, relay in spans:
        occ = occurrence_of(text, s, start)
        if kind == "m":
            e = ents[extra]
            used.add(extra)
            mentions.append(
                {
                    "text": s,
                    "occurrence": occ,
                    "entity": extra,
                    "type": e["type"],
                    "named": e["named"],
                    "identifiability": e["identifiability"],
                    "relayed_by": relay,
                    "side": e["side"],
                }
            )
        elif kind == "u":
            unatt.append({"text": s, "occurrence": occ, "claim_type": extra})
        else:
            back.append({"text": s, "occurrence": occ})
    unused = set(ents) - used
    if unused:
        raise ValueError("%s: entities without mentions: %s" % (aid, unused))
    return {"id": aid, "text": text, "mentions": mentions, "unattributed": unatt, "background": back}


def main():
    from articles import ARTICLES
    from tricky_src import TRICKY

    with open(os.path.join(HERE, "dev.jsonl"), "w", encoding="utf-8") as f:
        for aid, spec, marked in ARTICLES:
            f.write(json.dumps(build_article(aid, spec, marked), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "tricky.jsonl"), "w", encoding="utf-8") as f:
        for item in TRICKY:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print("wrote %d articles, %d tricky items" % (len(ARTICLES), len(TRICKY)))


if __name__ == "__main__":
    main()
