"""Corroboration across an article: which claims support or contradict each other.

Two claims say the same thing when they share a figure or enough content words. Support
only counts as independent when the sources differ in origin (relayed copies of one
origin count once) and in side (the project's sourcing notes §3.6). The thresholds are
``corroboration`` in ``claims/data/weights.json``, the stop words ``corroboration_stop_words``
in ``claims/data/lexicons/scoring.json``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import pairwise

from claims.claimtypes import FIGURES
from claims.rubric import Rubric
from claims.scoring.lexicons import lexicons_of
from claims.scoring.weights import weights_of
from claims.text import sentence_index
from claims.types import Attribution, SourceEntity, Span, Unattributed

_NUM = re.compile(r"\d[\d,.]*")

Content = tuple[set[str], set[str]]  # a claim's content words and figures


@dataclass(frozen=True)
class Claim:
    """One claim to assess: an attribution, or an unattributed statement."""

    span: Span
    claim_type: str | None
    attribution: Attribution | None = None
    entity: SourceEntity | None = None
    checkworthiness: float | None = None  # an unattributed statement's, from the classifier

    @classmethod
    def of(cls, a: Attribution, entities: dict[str, SourceEntity]) -> Claim:
        span = Span(min(c.start for c in a.contents), max(c.end for c in a.contents)) if a.contents else a.cues[0]
        return cls(span, a.claim_type, a, entities.get(a.source_entity) if a.source_entity else None)

    @classmethod
    def unattributed(cls, u: Unattributed) -> Claim:
        return cls(u.span, u.claim_type, checkworthiness=u.checkworthiness)

    def origin(self, text: str, index: int) -> str:
        """Who the claim ultimately comes from: the relaying outlet, the source, or nobody."""
        if self.entity is None:
            return f"nobody-{index}"
        if self.entity.relayed_by:
            return "relay:" + self.entity.relayed_by[0].of(text).lower()
        return "source:" + self.entity.id


@dataclass(frozen=True)
class Support:
    """What the rest of the article says about one claim: F5, and the claims (indices) behind it."""

    corroboration: int  # F5, 0-3
    contradicted: bool
    by: tuple[int, ...] = ()  # claims that say the same thing from another origin
    against: tuple[int, ...] = ()  # claims that deny it or answer its figure with another


def contents_of(text: str, claims: list[Claim], rubric: Rubric) -> list[Content]:
    """The content words (stop words left out) and figures of each claim."""
    lex = lexicons_of(rubric)
    out = []
    for claim in claims:
        body = " ".join(c.of(text) for c in claim.attribution.contents) if claim.attribution else claim.span.of(text)
        words = {w.lower().strip("'") for w in lex.content_word.findall(body)} - lex.stop_words
        out.append((words, {n.rstrip(".,") for n in _NUM.findall(body)}))
    return out


def _nested(a: Span, b: Span) -> bool:
    return (b.start <= a.start and a.end <= b.end) or (a.start <= b.start and b.end <= a.end)


def _same_claim(a: Content, b: Content, min_jaccard: float, min_shared: int) -> bool:
    (wa, na), (wb, nb) = a, b
    if na & nb:
        return True
    union = wa | wb
    return bool(union) and len(wa & wb) / len(union) >= min_jaccard and len(wa & wb) >= min_shared


def corroboration(
    text: str, claims: list[Claim], contents: list[Content], disputes: list[tuple[int, int]], rubric: Rubric
) -> list[Support]:
    """For each claim: F5 (0-3), whether another source contradicts it, and which claims do each.

    ``contents`` are :func:`contents_of` the claims, ``disputes`` their :func:`figure_disputes`.
    """
    limits = weights_of(rubric).corroboration
    origins = [c.origin(text, i) for i, c in enumerate(claims)]
    competing: dict[int, set[int]] = defaultdict(set)
    for a, b in disputes:
        competing[a].add(b)
        competing[b].add(a)
    index: dict[str, list[int]] = defaultdict(list)  # word or figure -> sourced claims holding it
    for j, (words, numbers) in enumerate(contents):
        if claims[j].entity is not None:
            for key in words | numbers:
                index[key].append(j)
    out = []
    for i, claim in enumerate(claims):
        independent: set[str] = set()
        dependent: set[str] = set()
        backing: list[int] = []
        against = set(competing.get(i, ()))
        shared = Counter(j for key in contents[i][0] | contents[i][1] for j in index.get(key, ())[: limits.max_peers])
        for j in sorted(shared):
            other = claims[j]
            if j == i or other.entity is None or origins[j] == origins[i] or _nested(claim.span, other.span):
                continue  # ... or one claim lies inside the other's content: one report, not two
            if shared[j] < limits.min_shared_words and not contents[i][1] & contents[j][1]:
                continue  # too few shared words are never the same claim
            if not _same_claim(contents[i], contents[j], limits.min_jaccard, limits.min_shared_words):
                continue
            if other.claim_type == "denial" and claim.claim_type != "denial":
                against.add(j)
                continue
            same_side = (
                claim.entity is not None and claim.entity.side is not None and claim.entity.side == other.entity.side
            )
            (dependent if same_side else independent).add(origins[j])
            backing.append(j)
        f5 = 3 if len(independent) >= 2 else 2 if independent else 1 if dependent else 0
        out.append(Support(f5, bool(against), tuple(backing), tuple(sorted(against))))
    return out


def figure_disputes(text: str, claims: list[Claim], contents: list[Content]) -> list[tuple[int, int]]:
    """Pairs (figure, answer): a sourced figure and another origin's different figure in the next sentence.

    "The party said 120,000 people took part. The interior ministry put the number at
    35,000." Each count disputes the other; the second is the other side's answer (§5.2 N6).
    """
    figures = [
        (i, sentence_index(text, c.span.start), c.origin(text, i))
        for i, c in enumerate(claims)
        if c.claim_type in FIGURES and c.entity is not None and contents[i][1]
    ]
    return [
        (i, j)
        for (i, si, oi), (j, sj, oj) in pairwise(figures)
        if oi != oj and si is not None and sj is not None and sj - si == 1 and not contents[i][1] & contents[j][1]
    ]
