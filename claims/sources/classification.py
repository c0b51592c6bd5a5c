"""What type of source a mention names, whether it is named, and how identifiable it is (0-4).

Typing reads a mention's shape (:class:`claims.sources.mentions.MentionInfo`): its medium
first (an outlet, a post, a court or record, a poll or data, a document, from the rubric's
word lists over its core), then its name (the entity label spaCy gives the head: PERSON is a
person, ORG, GPE and FAC an organisation), then an unnamed description: one with a named
affiliation ("a GE spokesman") is a specific anonymous source, a bare role ("a doctor")
specific, a vague noun ("residents", "users") vague.
"""

from __future__ import annotations

from claims.rubric import Rubric
from claims.sources.mentions import read_alone
from claims.sources.shape import MentionInfo, report_subject

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
    kind = classify(read_alone(inner, rubric), rubric)
    return (inner, kind) if kind[0] in OUTLET_TYPES else None


def classify(info: MentionInfo | str, rubric: Rubric) -> SourceType:
    """``(type, named, identifiability)`` of the source a mention (or a phrase alone) describes."""
    if isinstance(info, str):
        info = read_alone(info, rubric)
    if info.pronoun is not None:
        return "unknown", False, 0
    return _medium(info, rubric) or _named(info, rubric) or _unnamed(info, rubric)


def _has(rubric: Rubric, key: str, where: str) -> bool:
    return bool(rubric.pattern(key).search(where))


def _medium(info: MentionInfo, rubric: Rubric) -> SourceType | None:
    """Outlets, social media, records, data and statements: a source by its medium.

    The head decides before a modifier: "a Reuters poll" is a poll, "Reuters witnesses" the
    outlet's own reporting (:mod:`claims.sources.entities` checks the outlet is the article's).
    """
    heads, core, mention = info.heads(), info.core, info.text
    if heads & rubric.words("reporter_heads") and (
        _has(rubric, "own_reporting", mention) or _has(rubric, "news_outlets", core)
    ):
        return "own_reporting", True, 3  # "a reporter for this newspaper saw", "a Reuters photographer"
    if _has(rubric, "own_reporting", mention) and heads & rubric.words("report_nouns"):
        return "own_reporting", True, 3  # "an investigation by this newspaper"
    by_head = _by_head(info, rubric)
    if by_head is not None:
        return by_head
    described = info.described_as
    if _has(rubric, "state_media", core) or (described and _has(rubric, "state_media", mention)):
        return "state_media", True, 3
    outlet_heads = rubric.words("outlet_words") | rubric.words("generic_outlet_heads")
    if (
        _has(rubric, "news_outlets", core)
        or (info.proper and (heads & rubric.words("outlet_name_words") or _has(rubric, "outlet_words", core)))
        or (info.proper and described in outlet_heads)
    ):
        return "news_outlet", True, 3  # "El Imparcial, a newspaper in the state capital"
    if _has(rubric, "social_words", core) or (
        heads & rubric.words("social_media_heads") and _has(rubric, "social_words", mention)
    ):
        return "social_media", bool(info.proper), 3 if info.proper else 2
    if _has(rubric, "court_words", core):  # "U.S. District Judge Raymond Soto" speaks as the court
        return "court_or_record", True, 3
    return None


def _by_head(info: MentionInfo, rubric: Rubric) -> SourceType | None:
    """A source whose head word is its medium: a post, a record, a poll, a statement."""
    heads = info.heads()
    attributed = (
        bool(info.proper) or info.affiliation is not None or info.names_someone
    )  # "a statement from the company"
    if heads & rubric.words("social_words") or (
        heads & rubric.words("social_media_heads") and _has(rubric, "social_words", info.text)
    ):  # "a tweet", "images posted on Telegram"
        return "social_media", bool(info.proper), 3 if info.proper else 2
    if heads & rubric.words("court_words"):
        return "court_or_record", True, 3
    if heads & rubric.words("data_words") or info.head == "percent" or (info.number and not info.proper):
        return "poll_or_data", True, 3 if attributed else 2
    if heads & rubric.words("statement_words"):
        if _has(rubric, "court_words", info.core):
            return "court_or_record", True, 3  # "search warrant documents": a court's papers
        return "official_statement", True, 3 if attributed else 2
    return None


def _named(info: MentionInfo, rubric: Rubric) -> SourceType | None:
    """A person or organisation named in the mention."""
    described = info.described_as
    roles = rubric.words("person_roles")
    if info.proper and described is not None:
        if described in rubric.words("org_words"):
            return "named_organisation", True, 3  # "Pertamina, the state energy company"
        if described in roles:
            return "named_person", True, 4  # "Bakare, the company's chief technology officer"
    if info.proper and info.titled and not rubric.words("org_words") & info.heads():
        return "named_person", True, 4  # "Superintendent Angela Pierce", whatever label the recogniser gave
    if info.label == "PERSON" and info.proper:
        if _has(rubric, "org_words", " ".join(info.proper)):
            return "named_organisation", True, 3  # "Halvor Chemicals" read as a person
        return "named_person", True, 4 if info.role else 3
    if info.label in {"ORG", "GPE", "FAC"} and info.proper:
        return "named_organisation", True, 3
    if not info.proper or info.label in {"NORP"}:
        return None
    # a proper noun the recogniser left unlabelled, or gave a rarer label (WORK_OF_ART, LOC, ...)
    # "Lena Marsh" a person, "Bellwether" a body
    # (a bare surname takes the full name the article gives elsewhere: claims.sources.entities)
    if _has(rubric, "org_words", info.core) or info.definite or info.heads() & rubric.words("outlet_name_words"):
        return "named_organisation", True, 3
    if len(info.proper) >= 2 or info.role or info.gender:
        return "named_person", True, 4 if info.role else 3
    return "named_organisation", True, 3


def _unnamed(info: MentionInfo, rubric: Rubric) -> SourceType:
    """Anonymous sources, described by position or only vaguely; else unknown."""
    head = info.head
    opposition = rubric.words("opposition_heads")
    roles = rubric.words("person_roles")
    vague = head in rubric.words("vague_nouns") or head in rubric.words("vague_pronouns")
    if info.affiliation is not None and (head in roles or vague) and head not in rubric.words("vague_plural_heads"):
        return "anonymous_specific", False, 2  # "a GE spokesman", "a spokeswoman for the ministry"
    people = rubric.words("person_roles") | rubric.words("vague_nouns")
    if vague or (info.plural and not info.proper and info.heads() & people):
        specific = _has(rubric, "anonymity_words", info.text) or _has(rubric, "specific_markers", info.text)
        if specific and head not in rubric.words("vague_plural_heads"):
            return "anonymous_specific", False, 2
        return "anonymous_vague", False, 1  # "residents", "consumer groups", "newly arrived refugees"
    if info.label == "NORP":
        return "anonymous_vague", False, 1  # "Palestinians said"
    if _has(rubric, "org_words", info.core) and not info.indefinite and head not in opposition:
        return "named_organisation", True, 3
    if head in roles:
        return "anonymous_specific", False, 2
    if head in opposition:
        return "anonymous_vague", False, 1
    return "unknown", False, 0


def identifying(info: MentionInfo, rubric: Rubric) -> bool:
    """Whether a mention names a recognisable source (not "unknown")."""
    return info.pronoun is not None or classify(info, rubric)[0] != "unknown"
