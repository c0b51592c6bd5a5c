"""Rule: an attribution whose source and cue lie inside another's content is nested in it."""

from __future__ import annotations

from dataclasses import replace

from claims.types import Analysis, Attribution, Span


def _inside(inner: Attribution, outer: Attribution) -> int | None:
    """The length of the outer content span holding all of ``inner``'s cues and sources, or None."""
    if inner is outer or not inner.cues:
        return None
    heads: list[Span] = [*inner.cues, *inner.sources]
    for piece in outer.contents:
        if all(piece.start <= s.start and s.end <= piece.end for s in heads):
            return len(piece)
    return None


def mark_containment(analysis: Analysis) -> Analysis:
    """Every attribution nested in another's content ("X told investigators that Y had said ...") names it in ``within``.

    The innermost holder wins; a flat article is returned unchanged.
    """
    out = []
    changed = False
    for a in analysis.attributions:
        holders = [(n, o.id) for o in analysis.attributions if (n := _inside(a, o)) is not None]
        within = min(holders)[1] if holders else None
        changed |= within != a.within
        out.append(replace(a, within=within))
    return replace(analysis, attributions=tuple(out)) if changed else analysis
