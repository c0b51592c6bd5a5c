"""The self-contained HTML report: a review surface for one article.

The article with every span marked (each claim in its source's colour, relays marked, what is
not a claim dimmed), the claims grouped by source, the score and its profile, and a panel that
explains the pinned claim. One file, no network: a jinja2 template (``templates/``) with
inline CSS and script, autoescaped, so markup inside an article is shown as text and never
runs; the claim data travels as JSON the script reads with ``textContent``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup

from claims.report.rows import (
    ClaimRow,
    also_found,
    article_lines,
    claim_rows,
    unattributed_rows,
)
from claims.scoring import words
from claims.types import Analysis, Role, Span

# (strong, light) pairs: a source's underline and its contents' background; readable on white
PALETTE = (
    ("#1f5fa8", "#dbe9f9"),
    ("#b3261e", "#fbe0dd"),
    ("#1e7b34", "#dcf2e1"),
    ("#6a3fa0", "#ebe1f7"),
    ("#8a5300", "#f8e8cc"),
    ("#a1246f", "#f8dcec"),
    ("#00727a", "#d5f0f2"),
    ("#5c6b00", "#eef2cc"),
    ("#9c3d00", "#fbe3d3"),
    ("#4a4f57", "#e6e8eb"),
)
NO_SOURCE = ("#555555", "#ececec")
ROLE_CLASS = {Role.SOURCE: "src", Role.CUE: "cue", Role.CONTENT: "con"}


@dataclass
class Mark:
    """One highlighted span; marks nest (a cue inside a content) but never cross."""

    span: Span
    cls: str
    claim: str
    colour: tuple[str, str]
    children: list[Mark | str] = field(default_factory=list)


def key(index: int) -> str:
    """The page's key of the attribution at ``index`` ("c3"); unattributed claims are "u1", "u2", ..."""
    return f"c{index}"


def _marks(analysis: Analysis, colours: dict[str, tuple[str, str]]) -> list[Mark]:
    marks = []
    for i, a in enumerate(analysis.attributions):
        colour = colours.get(a.source_entity or "", NO_SOURCE)
        for role, span in a.spans():
            cls = ROLE_CLASS[role] if a.claim or role is Role.SOURCE else "oth"
            marks.append(Mark(span, cls, key(i), colour))
    for e in analysis.sources:
        first = next((i for i, a in enumerate(analysis.attributions) if a.source_entity == e.id), None)
        for r in e.relayed_by if first is not None else ():
            marks.append(Mark(r, "relay", key(first or 0), colours.get(e.id, NO_SOURCE)))
    for i, u in enumerate(analysis.unattributed):
        marks.append(Mark(u.span, "un", f"u{i + 1}", NO_SOURCE))
    return marks


def nest(text: str, marks: list[Mark]) -> list[Mark | str]:
    """The text as strings and nested marks; a mark crossing an open one, or repeating its span, is left out."""
    roots: list[Mark | str] = []
    stack: list[Mark] = []
    pos = 0

    def emit(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            (stack[-1].children if stack else roots).append(text[pos:upto])
            pos = upto

    for m in sorted((m for m in marks if len(m.span)), key=lambda m: (m.span.start, -m.span.end)):
        while stack and stack[-1].span.end <= m.span.start:
            emit(stack[-1].span.end)
            stack.pop()
        if stack and (m.span.end > stack[-1].span.end or m.span == stack[-1].span):
            continue  # crosses or repeats the open mark
        emit(m.span.start)
        (stack[-1].children if stack else roots).append(m)
        stack.append(m)
    while stack:
        emit(stack[-1].span.end)
        stack.pop()
    emit(len(text))
    return roots


def _claim_data(row: ClaimRow) -> dict[str, Any]:
    a = row.attribution
    lines = [f"source: {row.who}", f"cue: {row.cue} · {row.what} · confidence {a.confidence:.2f}"]
    head = f"claim {row.number}" if row.number else "not a claim"
    if row.graded:
        lines.append(f"{row.graded} ({row.grade_words})")
    return {
        "head": head,
        "title": row.content[:300],
        "lines": lines,
        "summary": row.summary,
        "reasons": [str(r) for r in a.assessment.reasons] if a.assessment else [],
    }


def _groups(rows: list[ClaimRow]) -> list[dict[str, Any]]:
    """The claims grouped by source, in order of each source's first claim."""
    groups: dict[str, dict[str, Any]] = {}
    for r in rows:
        group = r.entity.id if r.entity else "text:" + r.source  # an unresolved source groups by its words
        if group not in groups:
            name = r.entity.name if r.entity else r.source
            groups[group] = {"name": name, "type": r.source_type, "relay": r.relay, "rows": []}
        groups[group]["rows"].append(r)
    return list(groups.values())


def _chart(profile: dict[str, float]) -> list[dict[str, Any]]:
    bars = []
    for name, value in profile.items():
        m = words.PROFILE.get(name)
        shown = m.shown(value) if m else value
        bars.append(
            {
                "label": m.label if m else name,
                "meaning": m.meaning if m else "",
                "value": shown,
                "width": max(0.0, min(100.0, shown)) * 1.7,  # 170 px is 100
                "lower": bool(m and m.lower_is_better),
            }
        )
    return bars


@cache
def environment() -> jinja2.Environment:
    """The templates of claims/report/templates, autoescaped."""
    loader = jinja2.PackageLoader("claims.report", "templates")
    return jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)


def render_html(analysis: Analysis) -> str:
    """One self-contained HTML page for an analysis."""
    colours = {e.id: PALETTE[i % len(PALETTE)] for i, e in enumerate(analysis.sources)}
    claims, others = claim_rows(analysis)
    unattributed = unattributed_rows(analysis)
    data = {key(r.index): _claim_data(r) for r in claims + others}
    for u in unattributed:
        worth = [] if u.checkworthiness is None else [f"check-worthiness {u.checkworthiness:.2f}"]
        data[f"u{u.number}"] = {
            "head": f"unattributed claim {u.number}",
            "title": u.content[:300],
            "lines": [f"stated with no source · {u.claim_type}", *worth],
            "summary": u.summary,
            "reasons": [],
        }
    score = analysis.score
    warnings, reasons = article_lines(score) if score is not None else ([], [])
    # "<", ">" and "&" escaped in the data: no "</script>" or "<!--" can end or swallow the block
    blob = json.dumps(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    page = (
        environment()
        .get_template("report.html")
        .render(
            title=analysis.id or "article",
            text=nest(analysis.text, _marks(analysis, colours)),
            score=score,
            bars=_chart(dict(score.profile)) if score is not None else [],
            warnings=warnings,
            reasons=reasons,
            groups=_groups(claims),
            colours={key(r.index): colours.get(r.attribution.source_entity or "", NO_SOURCE) for r in claims},
            key=key,
            others=others,
            also=also_found([r.attribution for r in others]),
            unattributed=unattributed,
            legend=words.legend(),
            data=Markup(blob),  # already safe inside a <script> block
        )
    )
    return page.rstrip("\n") + "\n"
