"""What type of source a mention names, whether it is named, and how identifiable it is (0-4).

Typing works from a mention's shape (:func:`claims.sources.mentions.describe`). The one
construction that needs a type to find the shape, "a report by <outlet>" (the outlet speaks),
is unwrapped here, in :func:`reporting_outlet`.
"""

from __future__ import annotations

from claims.rubric import Rubric
from claims.sources import lexicon
from claims.sources.mentions import WORD, MentionInfo, appositive_name, core_of, describe, report_subject, surface_of
from claims.types import Span

SOURCE_TYPES = (
    "named_person",
    "named_organisation",
    "official_statement",
    "news_outlet",
    "state_media",
    "anonymous_specific",
    "anonymous_vague",
    "social_media",
    "court_or_record",
    "poll_or_data",
    "own_reporting",
    "unknown",
)
OUTLET_TYPES = frozenset({"news_outlet", "state_media"})
SourceType = tuple[str, bool, int]  # (type, named, identifiability)


def reporting_outlet(mention: str, rubric: Rubric) -> tuple[str, SourceType] | None:
    """The outlet of "a report by <outlet>" and its type, when the words after "by" name an outlet."""
    inner = report_subject(mention, rubric)
    if inner is None:
        return None
    kind = classify(inner, rubric)
    return (inner, kind) if kind[0] in OUTLET_TYPES else None


def read_mention(text: str, span: Span, rubric: Rubric) -> MentionInfo:
    """A mention's shape, read from the outlet for "a report by the website TradeLantern"."""
    outlet = reporting_outlet(surface_of(text, span), rubric)
    return describe(text, span, rubric, speaker=outlet[0] if outlet else None)


def classify(mention: str, rubric: Rubric) -> SourceType:
    """``(type, named, identifiability)`` of a source described by ``mention``."""
    outlet = reporting_outlet(mention, rubric)
    if outlet is not None:
        return outlet[1]  # "a report by the website TradeLantern": the outlet speaks
    info = read_mention(mention, Span(0, len(mention)), rubric)
    core = core_of(mention, rubric)
    return (
        _medium(mention, core, info, rubric)
        or _named(mention, core, info, rubric)
        or _unnamed(mention, core, info, rubric)
    )


def _has(rubric: Rubric, key: str, where: str) -> bool:
    return bool(rubric.pattern(key).search(where))


def _medium(mention: str, core: str, info: MentionInfo, rubric: Rubric) -> SourceType | None:
    """Outlets, social media, records, data and statements: a source by its medium."""
    head = info.head
    if _has(rubric, "own_reporting", mention) and head in rubric.words("reporter_heads"):
        return "own_reporting", True, 3  # "a reporter for this newspaper saw": first-hand, the outlet answers for it
    if _has(rubric, "state_media", mention):
        return "state_media", True, 3
    if _has(rubric, "news_outlets", core) or (
        info.proper and (head in rubric.words("outlet_name_words") or _has(rubric, "outlet_words", core))
    ):
        return "news_outlet", True, 3
    if head in rubric.words("social_words") or _has(rubric, "social_words", core):
        return "social_media", bool(info.proper), 2 if not info.proper else 3
    if head in rubric.words("court_words") or _has(rubric, "court_words", core):
        return "court_or_record", True, 3
    attributed = bool(info.proper) or lexicon.cut(rubric).search(mention) is not None  # "a statement| from ..."
    if head in rubric.words("data_words"):
        return "poll_or_data", True, 3 if attributed else 2
    if head in rubric.words("statement_words"):
        return "official_statement", True, 3 if attributed else 2
    return None


def _named(mention: str, core: str, info: MentionInfo, rubric: Rubric) -> SourceType | None:
    """A person or organisation named in the mention."""
    appositive = appositive_name(" ".join(mention.split()))
    if appositive and not _has(rubric, "org_words", appositive) and not _has(rubric, "news_outlets", appositive):
        return "named_person", True, 4  # a role and a name: "the port's harbour master, Odile Calder"
    if not info.proper:
        return None
    words = WORD.findall(core)
    ends_with_name = bool(words) and words[-1][:1].isupper() and words[-1].lower() not in rubric.words("org_words")
    if ends_with_name and (any(w.lower() in rubric.words("person_roles") for w in words) or "," in mention):
        return "named_person", True, 4
    if _has(rubric, "org_words", core) or info.definite or info.head in rubric.words("outlet_name_words"):
        return "named_organisation", True, 3
    return ("named_person", True, 3) if len(info.proper) >= 2 else ("named_organisation", True, 3)


def _unnamed(mention: str, core: str, info: MentionInfo, rubric: Rubric) -> SourceType:
    """Anonymous sources, described by position or only vaguely; else unknown."""
    head = info.head
    opposition = rubric.words("opposition_heads")
    if head in rubric.words("vague_nouns") or head in rubric.words("vague_pronouns"):
        specific = _has(rubric, "anonymity_words", mention) or _has(rubric, "specific_markers", mention)
        if specific and head not in rubric.words("vague_plural_heads"):
            return "anonymous_specific", False, 2
        return "anonymous_vague", False, 1
    if _has(rubric, "org_words", core) and info.definite and head not in opposition:
        return "named_organisation", True, 3
    if head in rubric.words("person_roles"):
        return "anonymous_specific", False, 2
    if head in opposition:
        return "anonymous_vague", False, 1
    return "unknown", False, 0
