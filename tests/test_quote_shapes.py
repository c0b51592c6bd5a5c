"""The quotation shapes news uses every day, each at the stage that owns it (sentences we write)."""

from __future__ import annotations

from claims.linking import link
from claims.nlp import parse
from claims.relations import add_relations
from claims.rubric import Rubric
from claims.rules.paragraphs import join_paragraph_quotes
from claims.rules.pieces import drop_fragments
from claims.types import Analysis, Attribution, Role, Span, TaggedSpan


def at(text: str, phrase: str, nth: int = 0) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = text.index(phrase, i + 1)
    return Span(i, i + len(phrase))


def test_short_first_piece_of_a_split_quote_is_kept() -> None:
    text = '"No," she said. "We never agreed to that."'
    a = Attribution(
        "a1",
        cues=(at(text, "said"),),
        contents=(at(text, '"No,"'), at(text, '"We never agreed to that."')),
        sources=(at(text, "she"),),
    )
    [out] = drop_fragments(Analysis(text, (a,))).attributions
    assert [c.of(text) for c in out.contents] == ['"No,"', '"We never agreed to that."']
    # an unquoted one-word piece beside a clause is still a tagging fragment
    text2 = "The senator's it claim was that the bridge is unsafe, he said."
    b = Attribution("a1", cues=(at(text2, "said"),), contents=(at(text2, "it"), at(text2, "the bridge is unsafe")))
    [out2] = drop_fragments(Analysis(text2, (b,))).attributions
    assert [c.of(text2) for c in out2.contents] == ["the bridge is unsafe"]


MULTI = (
    "The harbour reopened on Monday.\n"
    '"We lost three boats in one night. Nobody had seen a storm like it.\n'
    '"It will take a year to rebuild," said Ines Duarte, who runs the ferry company.\n'
    "Repairs begin next week."
)


def test_a_quotation_over_two_paragraphs_joins_its_speaker() -> None:
    first = at(MULTI, '"We lost three boats in one night. Nobody had seen a storm like it.')
    closing = at(MULTI, '"It will take a year to rebuild,"')
    # the tagger glued the first paragraph to a narrative verb of the paragraph before
    wrong = Attribution("a1", cues=(at(MULTI, "reopened"),), contents=(first,))
    right = Attribution(
        "a2",
        cues=(at(MULTI, "said"),),
        contents=(closing,),
        sources=(at(MULTI, "Ines Duarte, who runs the ferry company"),),
    )
    out = join_paragraph_quotes(Analysis(MULTI, (wrong, right)))
    [speaker] = out.attributions
    assert speaker.id == "a2" and speaker.contents == (first, closing)


def test_a_cueless_quote_paragraph_continues_the_last_speaker() -> None:
    text = (
        '"The pitch was a swamp," said the coach, Tomas Riedl.\n'
        '"We could not pass the ball ten metres."\n'
        "The match was abandoned at half-time."
    )
    said = Attribution(
        "a1",
        cues=(at(text, "said"),),
        contents=(at(text, '"The pitch was a swamp,"'),),
        sources=(at(text, "the coach, Tomas Riedl"),),
    )
    out = join_paragraph_quotes(Analysis(text, (said,)))
    [a] = out.attributions
    assert [c.of(text) for c in a.contents] == ['"The pitch was a swamp,"', '"We could not pass the ball ten metres."']
    # not after a paragraph of narrative: nothing to continue
    narrative = "The match was abandoned.\n" + '"We could not pass the ball ten metres."'
    assert join_paragraph_quotes(Analysis(narrative, ())).attributions == ()


def test_a_nested_cue_inside_the_joined_quote_stays_its_own_attribution() -> None:
    text = '"I thought the gauge was broken. I checked every cable.\n"It was not broken," she said.'
    inner = Attribution(
        "a1", cues=(at(text, "thought"),), contents=(at(text, "the gauge was broken"),), sources=(at(text, "I"),)
    )
    outer = Attribution(
        "a2", cues=(at(text, "said"),), contents=(at(text, '"It was not broken,"'),), sources=(at(text, "she"),)
    )
    out = join_paragraph_quotes(Analysis(text, (inner, outer)))
    assert out.attributions[0] == inner
    assert out.attributions[1].contents[0] == at(text, '"I thought the gauge was broken. I checked every cable.')


def test_it_is_reported_that_is_agentless() -> None:
    text = "It is reported that the mayor resigned on Friday."
    spans = [
        TaggedSpan(Role.SOURCE, at(text, "It")),
        TaggedSpan(Role.CUE, at(text, "is reported")),
        TaggedSpan(Role.CONTENT, at(text, "the mayor resigned on Friday")),
    ]
    [a] = link(text, spans).attributions
    assert a.sources == () and a.contents == (at(text, "the mayor resigned on Friday"),)
    # "It" of an active cue is still a source
    text2 = "It said the plant would close."
    spans2 = [
        TaggedSpan(Role.SOURCE, at(text2, "It")),
        TaggedSpan(Role.CUE, at(text2, "said")),
        TaggedSpan(Role.CONTENT, at(text2, "the plant would close")),
    ]
    assert link(text2, spans2).attributions[0].sources == (at(text2, "It"),)


def test_quoted_titles_and_mottos_are_not_claims() -> None:
    text = 'A banner over the gate read "Never Again, Never Alone." The mayor said "we will rebuild the gate."'
    title = Attribution("a1", cues=(at(text, "read"),), contents=(at(text, '"Never Again, Never Alone."'),))
    quote = Attribution(
        "a2",
        cues=(at(text, "said"),),
        contents=(at(text, '"we will rebuild the gate."'),),
        sources=(at(text, "The mayor"),),
    )
    out = add_relations(Analysis(text, (title, quote)), Rubric.default(), parse(text))
    assert [(a.relation, a.is_claim) for a in out.attributions] == [("naming", False), ("assertion", True)]


def _nested(text: str, outer: Attribution) -> list[tuple[str, str, str, str | None]]:
    from claims.rules.nesting import add_nested_attributions, mark_containment

    out = mark_containment(add_nested_attributions(Analysis(text, (outer,)), Rubric.default(), parse(text)))
    return [
        (" ".join(s.of(text) for s in a.sources), a.cues[0].of(text), a.contents[0].of(text), a.within)
        for a in out.attributions
    ]


def test_an_attribution_inside_a_content_is_found_and_contained() -> None:
    text = "The Orlan news agency quoted a harbour official as saying the tanker had run aground."
    outer = Attribution(
        "a1",
        cues=(at(text, "quoted"),),
        contents=(at(text, "a harbour official as saying the tanker had run aground"),),
        sources=(at(text, "The Orlan news agency"),),
    )
    assert _nested(text, outer) == [
        ("The Orlan news agency", "quoted", "a harbour official as saying the tanker had run aground", None),
        ("a harbour official", "saying", "the tanker had run aground", "a1"),
    ]


def test_two_levels_of_nesting_inside_one_content() -> None:
    text = "A guard told detectives that the manager had said the safe was empty, according to court papers."
    content = at(text, "A guard told detectives that the manager had said the safe was empty")
    outer = Attribution(
        "a1", cues=(at(text, "according to"),), contents=(content,), sources=(at(text, "court papers"),)
    )
    found = _nested(text, outer)
    assert ("A guard", "told", "the manager had said the safe was empty", "a1") in found
    inner = [f for f in found if f[1] == "had said"]
    assert (
        inner and inner[0][:3] == ("the manager", "had said", "the safe was empty") and inner[0][3] not in (None, "a1")
    )


def test_a_quoted_headline_inside_a_content_is_not_a_report() -> None:
    text = 'The mayor said a story ran under the headline "Council Says Roads Are Safe" last week.'
    outer = Attribution(
        "a1",
        cues=(at(text, "said"),),
        contents=(at(text, 'a story ran under the headline "Council Says Roads Are Safe" last week'),),
        sources=(at(text, "The mayor"),),
    )
    assert len(_nested(text, outer)) == 1


def test_a_quoted_title_beside_other_pieces_is_dropped() -> None:
    text = 'Her column, "Why Our Schools Are Failing," ran on Sunday. The board said the column was unfair.'
    a = Attribution(
        "a1",
        cues=(at(text, "said"),),
        contents=(at(text, '"Why Our Schools Are Failing,"'), at(text, "the column was unfair")),
        sources=(at(text, "The board"),),
    )
    [out] = drop_fragments(Analysis(text, (a,))).attributions
    assert [c.of(text) for c in out.contents] == ["the column was unfair"]


def test_the_reporter_addressee_before_an_inner_report_is_allowed() -> None:
    text = "The witness told the court her neighbour had said the van was stolen."
    outer = Attribution(
        "a1",
        cues=(at(text, "told"),),
        contents=(at(text, "the court her neighbour had said the van was stolen"),),
        sources=(at(text, "The witness"),),
    )
    assert ("her neighbour", "had said", "the van was stolen", "a1") in _nested(text, outer)
    # a report in the middle of a content is the outer speaker's aside, not read back
    text2 = "The mayor said the bridge, which engineers say is sound, would reopen."
    outer2 = Attribution(
        "a1",
        cues=(at(text2, "said"),),
        contents=(at(text2, "the bridge, which engineers say is sound, would reopen"),),
        sources=(at(text2, "The mayor"),),
    )
    assert len(_nested(text2, outer2)) == 1
