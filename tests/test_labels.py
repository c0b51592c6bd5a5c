from hypothesis import given, settings
from hypothesis import strategies as st

from claims.labels import LABELS, spans_to_tags, tags_to_spans
from claims.text import word_spans
from claims.types import Role, Span

WORDS = st.lists(
    st.sampled_from(["Ann", "said", "“", "”", "—", "éte", "😀", "42", ",", "\r\n", "niño"]), min_size=1, max_size=30
)


@st.composite
def tagged_text(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]], list[tuple[Role, Span]]]:
    text = " ".join(draw(WORDS))
    tokens = [(w.start, w.end) for w in word_spans(text)]
    spans: list[tuple[Role, Span]] = []
    i = 0
    while i < len(tokens):  # non-overlapping runs of tokens, some adjacent
        length = draw(st.integers(0, 4))
        if length and draw(st.booleans()):
            j = min(len(tokens), i + length)
            spans.append((draw(st.sampled_from(list(Role))), Span(tokens[i][0], tokens[j - 1][1])))
            i = j
        else:
            i += 1
    return text, tokens, spans


@settings(max_examples=300, deadline=None)
@given(tagged_text())
def test_spans_bio_spans_is_identity(case: tuple[str, list[tuple[int, int]], list[tuple[Role, Span]]]) -> None:
    _, tokens, spans = case
    tags = spans_to_tags(tokens, spans)
    assert set(tags) <= set(LABELS)
    assert tags_to_spans(tokens, tags) == sorted(spans, key=lambda rs: rs[1])


def test_adjacent_fragments_of_one_role_stay_apart() -> None:
    tokens = [(0, 1), (2, 3), (4, 5)]
    spans = [(Role.CONTENT, Span(0, 3)), (Role.CONTENT, Span(4, 5))]
    assert spans_to_tags(tokens, spans) == ["B-CONTENT", "I-CONTENT", "B-CONTENT"]
    assert tags_to_spans(tokens, ["B-CONTENT", "I-CONTENT", "B-CONTENT"]) == spans


def test_orphan_inside_tag_opens_a_span() -> None:
    tokens = [(0, 1), (2, 3), (4, 5)]
    assert tags_to_spans(tokens, ["O", "I-CUE", "I-SOURCE"]) == [(Role.CUE, Span(2, 3)), (Role.SOURCE, Span(4, 5))]


def test_special_tokens_are_outside() -> None:
    assert spans_to_tags([(0, 0), (0, 3), (0, 0)], [(Role.CUE, Span(0, 3))]) == ["O", "B-CUE", "O"]
