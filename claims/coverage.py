"""Which characters of an article are covered by a set of spans, answered in log time."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from claims.types import Span


class Coverage:
    """A growing union of spans kept as sorted, disjoint intervals.

    Long articles hold thousands of spans; asking "does this overlap anything covered?"
    by scanning them all made the later stages quadratic.
    """

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for s in sorted(spans):
            self.add(s)

    def add(self, span: Span) -> None:
        """Cover ``span`` too (empty spans cover nothing)."""
        if not len(span):
            return
        lo = bisect_right(self._ends, span.start - 1)  # first interval ending at or after span.start
        hi = bisect_right(self._starts, span.end)  # intervals starting at or before span.end
        start, end = span.start, span.end
        if lo < hi:
            start, end = min(start, self._starts[lo]), max(end, self._ends[hi - 1])
        self._starts[lo:hi] = [start]
        self._ends[lo:hi] = [end]

    def overlaps(self, span: Span) -> bool:
        """True when ``span`` shares a character with a covered interval."""
        i = bisect_right(self._ends, span.start)  # first interval ending after span.start
        return i < len(self._starts) and self._starts[i] < span.end

    def covers(self, span: Span) -> bool:
        """True when every character of ``span`` is covered."""
        return not self.gaps(span)

    def gaps(self, within: Span) -> list[Span]:
        """The parts of ``within`` that nothing covers, in order."""
        parts, pos = [], within.start
        i = bisect_right(self._ends, within.start)
        while i < len(self._starts) and self._starts[i] < within.end:
            if self._starts[i] > pos:
                parts.append(Span(pos, self._starts[i]))
            pos = max(pos, self._ends[i])
            i += 1
        if pos < within.end:
            parts.append(Span(pos, within.end))
        return parts
