"""Rules for attributions inside attributions ("X told police that Y had said Z").

The tagger marks one role per word, so where a reported content holds a report of its own it
marks the outer attribution and the inner one is lost. :func:`add_nested_attributions` reads
the inner ones back from spaCy's parse of the content; :func:`mark_containment` records, for
every attribution, the one whose content holds it.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from claims.coverage import Coverage
from claims.lemmas import lemma
from claims.rubric import Rubric
from claims.rules._shared import by_first_cue
from claims.scoring.weights import weights_of
from claims.text import quote_kind
from claims.types import Analysis, Attribution, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CUE_PARTS = frozenset({"aux", "auxpass", "neg"})
_LEAD = " \t\n\"“‘'"  # what may stand between the outer content's start and the inner source


def _cue_lemmas(rubric: Rubric) -> frozenset[str]:
    """Single-word lemmas of the assertion lexicon: the verbs whose reports inside a content are claims.

    Beliefs and wishes inside a quotation ("I think ...", "she hopes ...") and evidence
    ("the attack proved ...") are the outer speaker's words, not reports of their own
    (PolNeAR does not mark them either).
    """
    evidence = rubric.words("evidence_cues")
    return frozenset(w for w in rubric.words("assertion_cues") if " " not in w and w not in evidence)


def _hull(text: str, pieces: tuple[Span, ...]) -> list[Span]:
    """Content pieces with only spaces between them, merged (the tagger splits a content at an inner cue)."""
    out: list[Span] = []
    for p in sorted(pieces):
        if out and not text[out[-1].end : p.start].strip():
            out[-1] = Span(out[-1].start, p.end)
        else:
            out.append(p)
    return out


def _extent(tokens: list[Token]) -> Span:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return Span(first.idx, last.idx + len(last.text))


def _subtree(tok: Token, piece: Span, skip_marks: bool = False) -> Span | None:
    """The words under ``tok`` that lie in ``piece`` (without a leading "that", edge punctuation)."""
    toks = [
        t
        for t in tok.subtree
        if piece.start <= t.idx
        and t.idx + len(t.text) <= piece.end
        and not (skip_marks and t.dep_ == "mark" and t.head.i == tok.i and t.i < tok.i)
    ]
    while toks and toks[-1].is_punct and toks[-1].text not in "\"”’'":
        toks.pop()
    while toks and toks[0].is_punct and toks[0].text not in "\"“‘'":
        toks.pop(0)
    return _extent(toks) if toks else None


def _speaker(verb: Token) -> Token | None:
    """The subject of a reporting verb, or the object of "quoted X as saying"."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
    if subject is not None:
        return subject
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        return next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
    return None


def _opens(doc: Doc, text: str, piece: Span, source: Span) -> bool:
    """True when ``source`` opens the content.

    Nothing may come before it but "that", quotation marks, or the outer verb's addressee,
    which the tagger often takes into the content ("told [the jury] Kellerman had said").
    """
    lead = doc.char_span(piece.start, source.start, alignment_mode="expand")
    for t in lead if lead is not None and text[piece.start : source.start].strip(_LEAD) else ():
        if t.is_space or t.text in _LEAD or (t.lower_ == "that" and t.dep_ == "mark"):
            continue
        chain = [t, *t.ancestors]
        if not any(a.dep_ in {"dobj", "dative", "iobj"} and not piece.start <= a.head.idx < piece.end for a in chain):
            return False
    return True


def _inner(text: str, doc: Doc, piece: Span, lemmas: frozenset[str]) -> list[tuple[Span, Span, Span]]:
    """(source, cue, content) of every report inside ``piece``."""
    span = doc.char_span(piece.start, piece.end, alignment_mode="contract")
    found = []
    for verb in span if span is not None else ():
        if verb.pos_ != "VERB" or lemma(verb) not in lemmas:
            continue
        speaker = _speaker(verb)
        complement = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if speaker is None or complement is None or (speaker.pos_ == "PRON" and speaker.lower_ == "it"):
            continue
        if verb.is_title and not verb.is_sent_start:
            continue  # a headline quoted in the content ("City Says Pipes Are Failing")
        cue = _extent([verb, *(c for c in verb.children if c.dep_ in _CUE_PARTS and c.i < verb.i)])
        source, content = _subtree(speaker, piece), _subtree(complement, piece, skip_marks=True)
        if source is None or content is None or not (piece.start <= cue.start and cue.end <= piece.end):
            continue
        if _opens(doc, text, piece, source):  # the report is the whole content
            found.append((source, cue, content))
    return found


def add_nested_attributions(analysis: Analysis, rubric: Rubric, doc: Doc) -> Analysis:
    """Reports inside a reported content ("his commander had said ...", "quoted X as saying ...") become attributions.

    Only a report that is the whole outer content: its source opens the content, its verb is
    in a relation lexicon and has a clausal complement, and it is not already a cue. (Reports
    in the middle of a content, "the plan, which critics think is late, ...", are left: on
    PolNeAR dev they cost far more precision than they bring recall.)
    """
    text = analysis.text
    lemmas = _cue_lemmas(rubric)
    cues = Coverage(c for a in analysis.attributions for c in a.cues)
    confidence = weights_of(rubric).rule_confidence.nested
    added: list[Attribution] = []
    queue = list(analysis.attributions)
    while queue:
        outer = queue.pop()
        for piece in _hull(text, outer.contents):
            for source, cue, content in _inner(text, doc, piece, lemmas):
                if cues.overlaps(cue):
                    continue
                cues.add(cue)
                a = Attribution(
                    id=f"n{len(added) + 1}",
                    cues=(cue,),
                    contents=(content,),
                    sources=(source,),
                    kind=quote_kind(text, (content,)),
                    confidence=confidence,
                )
                added.append(a)
                queue.append(a)
    if not added:
        return analysis
    return by_first_cue(analysis, [*analysis.attributions, *added])


def mark_containment(analysis: Analysis) -> Analysis:
    """Every attribution nested in another's content ("X told police that Y had said ...") names it in ``within``.

    The innermost holder (the shortest content piece holding all of its cues and sources)
    wins; a flat article is returned unchanged. Content pieces are searched by position, so
    a long article costs what its attributions do, not their square.
    """
    pieces = sorted((p.start, p.end, a.id) for a in analysis.attributions for p in a.contents)
    starts = [p[0] for p in pieces]
    longest = max((end - start for start, end, _ in pieces), default=0)
    out = []
    changed = False
    for a in analysis.attributions:
        within = None
        heads = [*a.cues, *a.sources]
        if a.cues:
            lo, hi = min(s.start for s in heads), max(s.end for s in heads)
            holders = [
                (end - start, owner)
                for start, end, owner in pieces[
                    bisect.bisect_left(starts, lo - longest) : bisect.bisect_right(starts, lo)
                ]
                if end >= hi and owner != a.id
            ]
            within = min(holders)[1] if holders else None
        changed |= within != a.within
        out.append(replace(a, within=within))
    return replace(analysis, attributions=tuple(out)) if changed else analysis
