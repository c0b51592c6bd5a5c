"""The syntactic frame of a cue, read from spaCy's parse: its lemmas, voice and complement."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claims.lemmas import lemma
from claims.text import QUOTE_MARKS, title_case
from claims.types import Attribution, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

QUOTES = "".join(sorted(QUOTE_MARKS))
SKIPPED = frozenset({"aux", "auxpass", "neg", "advmod", "punct"})
CLAUSAL = frozenset({"ccomp", "xcomp", "oprd", "advcl"})
COMPLEMENTS = ("whether", "to", "quote", "clause", "object", "none")


@dataclass(frozen=True, slots=True)
class Frame:
    """What the parse says about one cue.

    ``phrase`` is the cue's lemmas without auxiliaries, negation and adverbs ("has not
    confirmed" -> "confirm", "also known as" -> "know as"); ``complement`` is the shape of
    what the cue introduces, one of :data:`COMPLEMENTS`; ``governed_by`` is the preposition a
    cue stands under ("without" in "without specifying": something the source did not say).
    """

    phrase: str
    surface: str
    head: str
    head_surface: str
    particle: str
    passive: bool
    complement: str
    governed_by: str
    next_word: str = ""  # the preposition right after the cue, when the content follows it ("charged with")
    title: bool = False  # the content is a quoted title, headline or motto ("City Says Pipes Are Failing")

    def candidates(self) -> list[str]:
        """The keys to look the cue up by, most specific first."""
        keys = [self.phrase, self.surface]
        if self.particle:
            keys.append(f"{self.head} {self.particle}")
        if self.next_word:
            keys += [f"{self.phrase} {self.next_word}", f"{self.head} {self.next_word}"]
        keys += [self.head, self.head_surface, *_stems(self.head_surface)]
        return [k for k in dict.fromkeys(keys) if k]


def _stems(word: str) -> list[str]:
    """Plain suffix stripping, for the words the lemmatiser gets wrong ("hopes" -> "hop")."""
    out = []
    for suffix, repl in (("ies", "y"), ("es", "e"), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.append(word[: -len(suffix)] + repl)
    return out


def _first_word(text: str, span: Span) -> str:
    words = span.of(text).lstrip(QUOTES + " ").split(maxsplit=1)
    return words[0].lower().strip(",.;:") if words else ""


def _word_before(text: str, span: Span) -> str:
    words = text[max(0, span.start - 40) : span.start].split()
    return words[-1].lower().strip(",.;:") if words else ""


def _either(text: str, content: Span) -> bool:
    """True for "whether or not ...": a condition, not a question."""
    return text[content.start : content.start + 14].lower().startswith("whether or not")


def _has_to_clause(head: Token, content: Span | None) -> bool:
    for child in head.children:
        if child.dep_ not in CLAUSAL or child.i < head.i:
            continue
        if any(g.tag_ == "TO" and g.dep_ == "aux" for g in child.children):
            return True
    return False


def _infinitive_at(doc: Doc, content: Span) -> bool:
    """True when the content opens with the infinitive marker "to" ("to keep the windows shut"), not a preposition."""
    piece = doc.char_span(content.start, content.end, alignment_mode="expand")
    words = [t for t in piece if not t.is_punct] if piece is not None else []
    return len(words) > 1 and words[0].tag_ == "TO" and words[1].pos_ in {"VERB", "AUX"}


def _complement(doc: Doc, text: str, head: Token, content: Span | None) -> str:
    if content is not None and len(content) > 0:
        first, before = _first_word(text, content), _word_before(text, content)
        infinitive = first == "to" and _infinitive_at(doc, content)
        if text[content.start] in QUOTES and not infinitive:
            return "quote"
        if infinitive:
            return "to"
        follows = 0 <= content.start - head.idx <= 80
        if follows and (first in {"whether", "if"} or before in {"whether", "if"}) and not _either(text, content):
            return "whether"
    elif any(
        c.dep_ == "ccomp" and any(m.lower_ in {"whether", "if"} and m.dep_ == "mark" for m in c.children)
        for c in head.children
    ):
        return "whether"
    if _has_to_clause(head, content):
        return "to"
    if content is not None:
        piece = doc.char_span(content.start, content.end, alignment_mode="expand")
        if piece is not None and piece.root.pos_ in {"VERB", "AUX"} and piece.root.dep_ not in {"advcl", "relcl"}:
            return "clause"
        return "object"
    return "clause" if any(c.dep_ == "ccomp" for c in head.children) else "none"


def cue_frame(doc: Doc, text: str, attribution: Attribution) -> Frame | None:
    """The frame of the attribution's first cue, or None when it has no cue or no token there."""
    if not attribution.cues:
        return None
    cue = attribution.cues[0]
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root
    governed_by = head.head.lower_ if head.dep_ in {"pcomp", "pobj"} and head.head.i != head.i else ""
    verb = next((c for c in head.children if c.dep_ == "pcomp" and c in span), None)
    if head.pos_ in {"ADP", "SCONJ"} and verb is not None:  # "without specifying": the verb under the preposition
        head, governed_by = verb, head.lower_
    kept = [t for t in span if t.i == head.i or (t.dep_ not in SKIPPED and head in t.ancestors)]
    particle = next((t.lower_ for t in span if t.i > head.i and t.dep_ in {"prt", "prep", "agent"}), "")
    content = min(attribution.contents, default=None, key=lambda s: abs(s.start - cue.end))
    after = text[cue.end : content.start].strip() if content is not None and content.start >= cue.end else ""
    next_word = after if after.isalpha() and after.islower() and len(after) <= 5 else ""
    if not next_word and content is not None and content.start >= cue.end and not after:
        first = next(iter(doc.char_span(content.start, content.end, alignment_mode="expand") or ()), None)
        next_word = first.lower_ if first is not None and first.pos_ == "ADP" else ""
    complement = _complement(doc, text, head, content)
    return Frame(
        phrase=" ".join(lemma(t) for t in kept),
        surface=" ".join(t.lower_ for t in kept),
        head=lemma(head),
        head_surface=head.lower_,
        particle=particle,
        passive=any(t.dep_ == "auxpass" for t in span) or any(c.dep_ == "auxpass" for c in head.children),
        complement=complement,
        governed_by=governed_by,
        next_word=next_word,
        title=complement == "quote" and content is not None and title_case(content.of(text)),
    )
