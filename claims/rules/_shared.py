"""Helpers every rule uses: text order of attributions, a clause without its full stop."""

from __future__ import annotations

from dataclasses import replace

from claims.types import Analysis, Attribution, Span


def without_final_stop(text: str, span: Span) -> Span:
    while len(span) and text[span.end - 1] in ".!?":
        span = Span(span.start, span.end - 1)
    return span


def by_first_cue(analysis: Analysis, attributions: list[Attribution]) -> Analysis:
    """The analysis with these attributions, in text order of their first cue."""
    return replace(analysis, attributions=tuple(sorted(attributions, key=lambda a: a.cues[0])))
