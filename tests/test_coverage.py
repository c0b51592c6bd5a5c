from hypothesis import given
from hypothesis import strategies as st

from claims.coverage import Coverage
from claims.types import Span

spans = st.builds(lambda a, n: Span(a, a + n), st.integers(0, 60), st.integers(0, 12))


@given(st.lists(spans, max_size=12), spans)
def test_coverage_answers_like_a_scan(covered: list[Span], probe: Span) -> None:
    cov = Coverage(covered)
    chars = {i for s in covered for i in range(s.start, s.end)}
    assert cov.overlaps(probe) == any(s.overlaps(probe) for s in covered if len(s))
    gaps = cov.gaps(probe)
    assert {i for g in gaps for i in range(g.start, g.end)} == set(range(probe.start, probe.end)) - chars
    assert all(len(g) for g in gaps) and gaps == sorted(gaps)


@given(st.lists(spans, max_size=12), st.lists(spans, max_size=6))
def test_adding_later_is_the_same_as_covering_at_once(first: list[Span], later: list[Span]) -> None:
    grown = Coverage(first)
    for s in later:
        grown.add(s)
    whole = Coverage([*first, *later])
    probe = Span(0, 80)
    assert grown.gaps(probe) == whole.gaps(probe)
