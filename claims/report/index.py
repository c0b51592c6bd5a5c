"""The index page of several HTML reports: one sortable row per article, linking its page."""

from __future__ import annotations

from collections.abc import Sequence

from claims.report.html import environment
from claims.types import Analysis

HEADS = (("article", False), ("score", True), ("band", False), ("claims", True), ("unattributed claims", True))


def render_index(analyses: Sequence[Analysis], pages: Sequence[str]) -> str:
    """One self-contained page: each article's score, band and counts, linking its page (a relative path)."""
    rows = [
        {
            "id": a.id or page,
            "page": page,
            "score": a.score.value if a.score is not None else None,
            "band": a.score.band if a.score is not None else "",
            "claims": sum(1 for x in a.attributions if x.claim),
            "unattributed": len(a.unattributed),
        }
        for a, page in zip(analyses, pages, strict=True)
    ]
    page = environment().get_template("index.html").render(rows=rows, heads=HEADS)
    return page.rstrip("\n") + "\n"
