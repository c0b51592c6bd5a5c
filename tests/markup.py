"""Write annotated test articles by hand: ``{S1 Maria Lopez} {C1 said} {Q1 the bridge is safe}``.

``S`` marks a source, ``C`` a cue, ``Q`` a content fragment; the number groups the spans of
one attribution (several ``Q1`` make a discontinuous content). Offsets are computed, so
fixtures never hold hand-counted numbers.
"""

from __future__ import annotations

import re
from collections import defaultdict

from claims.text import quote_kind
from claims.types import Analysis, Attribution, Span

_MARK = re.compile(r"\{([SCQ])(\d+) ((?:[^{}])*)\}")


def parse(marked: str, doc_id: str | None = None) -> Analysis:
    parts: list[str] = []
    roles: dict[str, dict[str, list[Span]]] = defaultdict(lambda: {"S": [], "C": [], "Q": []})
    pos = last = 0
    for m in _MARK.finditer(marked):
        plain = marked[last : m.start()]
        parts.append(plain)
        pos += len(plain)
        body = m.group(3)
        roles[m.group(2)][m.group(1)].append(Span(pos, pos + len(body)))
        parts.append(body)
        pos += len(body)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    attributions = []
    for key in sorted(roles, key=int):
        r = roles[key]
        contents = tuple(r["Q"])
        attributions.append(
            Attribution(
                id=f"a{key}",
                sources=tuple(r["S"]),
                cues=tuple(r["C"]),
                contents=contents,
                kind=quote_kind(text, contents),
            )
        )
    return Analysis(text=text, attributions=tuple(attributions), id=doc_id)
