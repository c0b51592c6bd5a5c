"""Reading one source mention: its shape (pronoun, name, description), type, side and relay."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.rubric import Rubric
from claims.text import sentence_at
from claims.types import Attribution, Span

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
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "his", "her", "their"})
INDEFINITE = frozenset({"a", "an", "another", "one", "some", "several", "two", "three", "many", "other", "various"})
_WORD = re.compile(r"[\w][\w.'’-]*")
_CUT = re.compile(
    r"\s*(?:,|\(|\bwho\b|\bwhich\b|\bwith\b|\bat\b|\bin\b|\bfrom\b|\bfor\b|\bof\b|\bon\b|\bby\b|\bclose to\b|"
    r"\bfamiliar\b|\bbriefed\b|\bspeaking\b|\binvolved\b|\bknowledgeable\b|\bpublished\b|\breleased\b|\bissued\b|\bcompiled\b|\bfiled\b|\bseen\b|"
    r"\bobtained\b|\binterviewed\b|\bposted\b|\bquoted\b|\bcited\b)"
)
_DEMONYM = re.compile(r"\b([A-Z][a-z]+(?:ian|ese|ish|an|i|ic))\b")


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


def _name_tokens(words: list[str], rubric: Rubric) -> tuple[str, ...]:
    """Capitalised tokens that are part of a name (not determiners, roles, demonyms or common words)."""
    roles = rubric.words("person_roles")
    common = rubric.words("vague_nouns") | rubric.words("org_words") | roles | DEFINITE | INDEFINITE
    out = []
    for i, w in enumerate(words):
        low = w.lower().strip(".")
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if not w[:1].isupper() or low in DEFINITE | INDEFINITE:
            continue
        if _DEMONYM.fullmatch(w) and nxt[:1].islower():
            continue  # "Syrian military": an adjective of nationality
        if low in roles and (nxt[:1].isupper() or i == 0):
            continue  # "President Donald Trump", "Minister ..."
        if i == 0 and low in common and not nxt[:1].isupper():
            continue  # "Sources said", "Officials in ..."
        out.append(w.removesuffix("'s").removesuffix("’s"))
    return tuple(out)


# "<description>, <Name>": "the port's harbour master, Odile Calder" names its person after the comma
_APPOSITIVE_NAME = re.compile(r"^[^,]+,\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*,?\s*$")


def _appositive_name(surface: str) -> str | None:
    """The name after the comma of "<description>, <Name>", when the description names nobody."""
    m = _APPOSITIVE_NAME.match(surface)
    if m is None or any(w[:1].isupper() for w in _WORD.findall(surface[: surface.index(",")])[1:]):
        return None
    return m.group("name")


def describe(text: str, span: Span, rubric: Rubric) -> MentionInfo:
    """Analyse a mention's words."""
    surface = " ".join(span.of(text).split())
    words = _WORD.findall(surface)
    lower = [w.lower().strip(".") for w in words]
    if len(lower) == 1:
        for cls in ("person", "group", "thing"):
            if lower[0] in rubric.words_in("pronouns", cls):
                return MentionInfo(span, surface, cls, False, False, (), lower[0], frozenset(), cls)
    roles = rubric.words("person_roles")
    core = _CUT.split(surface, maxsplit=1)[0]
    by = _REPORT_BY.match(surface)
    if by and classify(by.group(1), rubric)[0] in {"news_outlet", "state_media"}:
        core = _CUT.split(by.group(1), maxsplit=1)[0]  # "a report by the website TradeLantern" names TradeLantern
    core_words = _WORD.findall(core) or words or [""]
    definite = bool(lower) and (lower[0] in DEFINITE or any(w.endswith(("'s", "’s")) for w in words[:2]))
    indefinite = bool(lower) and lower[0] in INDEFINITE
    proper = _name_tokens(core_words, rubric)
    appositive = _appositive_name(surface)
    if appositive and not proper:
        proper = _name_tokens(_WORD.findall(appositive), rubric)
    head = core_words[-1].lower().removesuffix("'s").removesuffix("’s")
    modifiers = frozenset(
        w.lower()
        for w in core_words[:-1]
        if w.lower() not in DEFINITE | INDEFINITE and w.lower() not in {"unnamed", "senior"}
    )
    plural = head.endswith("s") and not head.endswith("ss") and head not in {"news", "forces", "always"} and not proper
    thing_words = rubric.words("statement_words") | rubric.words("data_words") | rubric.words("court_words")
    org = bool(rubric.pattern("org_words").search(core)) and head not in roles
    if head in thing_words or (org and not plural):
        number_kind = "thing"
    elif plural or head in rubric.words("vague_nouns"):
        number_kind = "group"
    else:
        number_kind = "person" if head in roles or proper else "thing"
    return MentionInfo(span, surface, None, definite, indefinite, proper, head, modifiers, number_kind)


_REPORTER_HEADS = frozenset(
    {"reporter", "reporters", "correspondent", "correspondents", "journalist", "journalists", "newspaper", "paper"}
)
_REPORT_BY = re.compile(
    r"^\s*(?:an?|the)\s+(?:\w+\s+)?(?:report|story|article|investigation|analysis|broadcast)\s+(?:by|from|in|on)\s+(.+)$",
    re.IGNORECASE | re.DOTALL,
)


def classify(mention: str, rubric: Rubric) -> tuple[str, bool, int]:
    """``(type, named, identifiability)`` of a source described by ``mention``."""
    info = describe(mention, Span(0, len(mention)), rubric)
    core = _CUT.split(mention, maxsplit=1)[0]
    head = info.head

    def has(key: str, where: str = core) -> bool:
        return bool(rubric.pattern(key).search(where))

    roles = rubric.words("person_roles")
    by = _REPORT_BY.match(mention)
    if by and classify(by.group(1), rubric)[0] in {"news_outlet", "state_media"}:
        return classify(by.group(1), rubric)  # "a report by the website TradeLantern": the outlet speaks
    if has("own_reporting", mention) and head in _REPORTER_HEADS:
        return "own_reporting", True, 3  # "a reporter for this newspaper saw": first-hand, the outlet answers for it
    if has("state_media", mention):
        return "state_media", True, 3
    if has("news_outlets") or (info.proper and (head in rubric.words("outlet_name_words") or has("outlet_words"))):
        return "news_outlet", True, 3
    if head in rubric.words("social_words") or has("social_words"):
        return "social_media", bool(info.proper), 2 if not info.proper else 3
    if head in rubric.words("court_words") or has("court_words"):
        return "court_or_record", True, 3
    if head in rubric.words("data_words"):
        return "poll_or_data", True, 3 if info.proper or _CUT.search(mention) else 2
    if head in rubric.words("statement_words"):
        return "official_statement", True, 3 if info.proper or _CUT.search(mention) else 2
    appositive = _appositive_name(" ".join(mention.split()))
    if appositive and not has("org_words", appositive) and not has("news_outlets", appositive):
        return "named_person", True, 4  # a role and a name: "the port's harbour master, Odile Calder"
    if info.proper:
        words = _WORD.findall(core)
        ends_with_name = bool(words) and words[-1][:1].isupper() and words[-1].lower() not in rubric.words("org_words")
        if ends_with_name and (any(w.lower() in roles for w in words) or "," in mention):
            return "named_person", True, 4
        if has("org_words") or info.definite or head in rubric.words("outlet_name_words"):
            return "named_organisation", True, 3
        return ("named_person", True, 3) if len(info.proper) >= 2 else ("named_organisation", True, 3)
    if head in rubric.words("vague_nouns") or head == "they":
        specific = has("anonymity_words", mention) or has("specific_markers", mention)
        return (
            ("anonymous_specific", False, 2)
            if specific and head not in {"sources", "officials"}
            else ("anonymous_vague", False, 1)
        )
    if has("org_words") and info.definite and head not in {"opposition", "rebels", "insurgents"}:
        return "named_organisation", True, 3
    if head in roles:
        return "anonymous_specific", False, 2
    if head in {"opposition", "rebels", "insurgents"}:
        return "anonymous_vague", False, 1
    return "unknown", False, 0


def side_of(mentions: str, rubric: Rubric) -> str | None:
    """The party or interest a source belongs to, from the rubric's party list."""
    low = mentions.lower()
    best: tuple[int, str] | None = None
    for phrase, side in rubric.parties.items():
        m = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", low)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), side)
    if best is None:
        return None
    demonym = _DEMONYM.search(mentions)
    return f"{demonym.group(1)} {best[1]}" if demonym and best[1] == "government" else best[1]


def relay_of(text: str, attribution: Attribution, rubric: Rubric) -> Span | None:
    """The outlet that relayed an attribution ("told Reuters", "according to state media")."""
    cue_end = max(c.end for c in attribution.cues) if attribution.cues else attribution.sources[0].end
    sentence = sentence_at(text, max(0, cue_end - 1)) or Span(cue_end, len(text))
    outlets = rubric.pattern("news_outlets")
    state = rubric.pattern("state_media")
    names = "|".join(re.escape(w.capitalize()) for w in sorted(rubric.words("outlet_name_words")))
    named_outlet = re.compile(rf"(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{names})\b") if names else outlets
    after = text[cue_end : sentence.end]
    m = re.match(r"\s*(?:to\s+)?(?:the\s+)?", after)
    assert m is not None
    rest_start = cue_end + m.end()
    cue_text = " ".join(c.of(text).lower() for c in attribution.cues)
    if any(w in cue_text for w in ("told", "said to", "interview")):
        for pat in (outlets, state, named_outlet):
            hit = pat.match(text, rest_start)
            if hit:
                return Span(hit.start(), hit.end())
    window = text[sentence.start : sentence.end]
    for pat in (outlets, state, named_outlet):
        for hit in pat.finditer(window):
            span = Span(sentence.start + hit.start(), sentence.start + hit.end())
            if any(span.overlaps(s) for s in attribution.sources):
                continue
            before = window[max(0, hit.start() - 40) : hit.start()].lower()
            after_hit = window[hit.end() : hit.end() + 30].lower()
            if re.search(r"(according to|told|quoted by|cited by|interview with)\s+(the\s+)?$", before) or re.match(
                r"\s+(reported|said|quoted|cited)", after_hit
            ):
                return span
    return None
