"""The shape of one source mention: a pronoun, or a description with its name, head and modifiers.

Shape only: what type of source a mention names is :mod:`claims.sources.classification`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.rubric import Rubric
from claims.sources import lexicon
from claims.types import Span

WORD = re.compile(r"[\w][\w.'’-]*")
DEMONYM = re.compile(r"\b([A-Z][a-z]+(?:ian|ese|ish|an|i|ic))\b")
# "<description>, <Name>": "the port's harbour master, Odile Calder" names its person after the comma
_APPOSITIVE_NAME = re.compile(r"^[^,]+,\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*,?\s*$")
_PRONOUN_CLASSES = ("person", "group", "thing")


@dataclass(frozen=True)
class MentionInfo:
    """The shape of one source mention."""

    span: Span
    text: str
    pronoun: str | None  # "person", "group", "thing" for bare pronouns
    definite: bool
    indefinite: bool
    proper: tuple[str, ...]  # capitalised name tokens (not determiners or roles)
    head: str  # lower-case head noun
    modifiers: frozenset[str]  # other lower-case content words of the description
    number_kind: str  # "person", "group" or "thing": what pronoun would refer to it

    @property
    def proper_lower(self) -> frozenset[str]:
        return frozenset(p.lower() for p in self.proper)


def surface_of(text: str, span: Span) -> str:
    """A mention's words, with runs of white space as one space."""
    return " ".join(span.of(text).split())


def core_of(mention: str, rubric: Rubric) -> str:
    """The description before any comma, bracket or qualifier ("a diplomat| briefed on the talks")."""
    return lexicon.cut(rubric).split(mention, maxsplit=1)[0]


def report_subject(mention: str, rubric: Rubric) -> str | None:
    """The words after "a report by", "the story in" ... when a mention is such a report, else None."""
    m = lexicon.report_by(rubric).match(mention)
    return m.group(1) if m else None


def appositive_name(surface: str) -> str | None:
    """The name after the comma of "<description>, <Name>", when the description names nobody."""
    m = _APPOSITIVE_NAME.match(surface)
    if m is None or any(w[:1].isupper() for w in WORD.findall(surface[: surface.index(",")])[1:]):
        return None
    return m.group("name")


def _name_tokens(words: list[str], rubric: Rubric) -> tuple[str, ...]:
    """Capitalised tokens that are part of a name (not determiners, roles, demonyms or common words)."""
    roles = rubric.words("person_roles")
    common = lexicon.common_words(rubric)
    determiners = lexicon.determiners(rubric)
    out = []
    for i, w in enumerate(words):
        low = w.lower().strip(".")
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if not w[:1].isupper() or low in determiners:
            continue
        if DEMONYM.fullmatch(w) and nxt[:1].islower():
            continue  # "Syrian military": an adjective of nationality
        if low in roles and (nxt[:1].isupper() or i == 0):
            continue  # "President Donald Trump", "Minister ..."
        if i == 0 and low in common and not nxt[:1].isupper():
            continue  # "Sources said", "Officials in ..."
        out.append(w.removesuffix("'s").removesuffix("’s"))
    return tuple(out)


def _pronoun(lower: list[str], rubric: Rubric) -> str | None:
    """The class of a one-word pronoun mention ("she" -> "person"), else None."""
    if len(lower) == 1:
        for cls in _PRONOUN_CLASSES:
            if lower[0] in rubric.words_in("pronouns", cls):
                return cls
    return None


def _number_kind(core: str, head: str, proper: tuple[str, ...], rubric: Rubric) -> str:
    """What pronoun would refer back to a description: "person", "group" or "thing"."""
    roles = rubric.words("person_roles")
    plural = head.endswith("s") and not head.endswith("ss") and head not in rubric.words("singular_s_heads")
    plural = plural and not proper
    org = bool(rubric.pattern("org_words").search(core)) and head not in roles
    if head in lexicon.thing_words(rubric) or (org and not plural):
        return "thing"
    if plural or head in rubric.words("vague_nouns"):
        return "group"
    return "person" if head in roles or proper else "thing"


def describe(text: str, span: Span, rubric: Rubric, speaker: str | None = None) -> MentionInfo:
    """Analyse a mention's words.

    ``speaker``, when given, is the part of the mention that names who speaks (the outlet of
    "a report by the website TradeLantern"); the name, head and modifiers come from it.
    """
    surface = surface_of(text, span)
    words = WORD.findall(surface)
    lower = [w.lower().strip(".") for w in words]
    pronoun = _pronoun(lower, rubric)
    if pronoun is not None:
        return MentionInfo(span, surface, pronoun, False, False, (), lower[0], frozenset(), pronoun)
    core = core_of(surface if speaker is None else speaker, rubric)
    core_words = WORD.findall(core) or words or [""]
    definite = bool(lower) and (
        lower[0] in rubric.words("definite_determiners") or any(w.endswith(("'s", "’s")) for w in words[:2])
    )
    indefinite = bool(lower) and lower[0] in rubric.words("indefinite_determiners")
    proper = _name_tokens(core_words, rubric)
    appositive = appositive_name(surface)
    if appositive and not proper:
        proper = _name_tokens(WORD.findall(appositive), rubric)
    head = core_words[-1].lower().removesuffix("'s").removesuffix("’s")
    dropped = lexicon.determiners(rubric) | rubric.words("ignored_modifiers")
    modifiers = frozenset(w.lower() for w in core_words[:-1] if w.lower() not in dropped)
    number_kind = _number_kind(core, head, proper, rubric)
    return MentionInfo(span, surface, None, definite, indefinite, proper, head, modifiers, number_kind)
