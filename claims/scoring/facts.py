"""Article-wide facts both scorers need, computed once per analysis.

:func:`article_facts` reads an analysis whose sources are resolved (before or after the claim
scores: scoring changes nothing it reads). ``score_claims`` and ``score_article`` take the same
:class:`ArticleFacts`, so a pipeline computes it once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from claims.claimtypes import NOT_CLAIMS
from claims.rubric import Rubric
from claims.scoring.corroboration import Claim, Content, contents_of, figure_disputes
from claims.scoring.lexicons import found
from claims.sources.entities import speaking_sources
from claims.text import sentence_index, sentences
from claims.types import Analysis, SourceEntity


@dataclass(frozen=True)
class ArticleFacts:
    """What the article as a whole says about its claims and sources."""

    text: str
    entities: Mapping[str, SourceEntity]
    graded: tuple[int, ...]  # indices of the attributions that are claims (Attribution.claim), in order
    claims: tuple[Claim, ...]  # the graded attributions in order, then every unattributed statement
    counted: tuple[int, ...]  # indices of the claims the article profile counts (NOT_CLAIMS left out)
    contents: tuple[Content, ...]  # content words and figures of each claim
    figure_disputes: tuple[tuple[int, int], ...]  # (figure, answering figure), indices into claims
    speakers: tuple[SourceEntity, ...]  # sources behind at least one counted claim
    sides: frozenset[str]  # the sides the speakers speak for
    disputed_sides: frozenset[str]  # sides facing another side in this article
    anonymity_explained: frozenset[str]  # anonymous sources whose anonymity the article explains
    method_notes: frozenset[str]  # sources that say how their figures were made
    has_non_verification: bool  # the article says something could not be verified
    has_response: bool  # the article reports a response or a denial

    def number(self, index: int) -> str:
        """How the reports number claim ``index``: "claim 3", "unattributed claim 2"."""
        n = len(self.graded)
        return f"claim {index + 1}" if index < n else f"unattributed claim {index - n + 1}"

    def label(self, index: int) -> str:
        """Claim ``index`` with its source: "the ministry (claim 3)", "unattributed claim 2"."""
        entity = self.claims[index].entity
        if entity is None:
            return self.number(index)
        first, _, rest = entity.name.partition(" ")
        name = f"{first.lower()} {rest}" if first in {"A", "An", "The"} and rest else entity.name
        return f"{name} ({self.number(index)})"

    def counted_claims(self) -> list[Claim]:
        """The claims the article profile counts, in order."""
        return [self.claims[i] for i in self.counted]


def anonymity_explained(analysis: Analysis, rubric: Rubric) -> frozenset[str]:
    """Anonymous sources with a reason for anonymity in the sentence of one of their mentions."""
    text = analysis.text
    out = set()
    for e in analysis.sources:
        for m in e.mentions if not e.named else ():
            at = sentence_index(text, m.start)
            if at is not None and found(rubric, "anonymity_reasons", sentences(text)[at].of(text)):
                out.add(e.id)
                break
    return frozenset(out)


def article_facts(analysis: Analysis, rubric: Rubric | None = None) -> ArticleFacts:
    """The facts of one analysis (its sources resolved)."""
    rubric = rubric or Rubric.default()
    text = analysis.text
    entities = {e.id: e for e in analysis.sources}
    graded = [i for i, a in enumerate(analysis.attributions) if a.claim]
    attributions = [analysis.attributions[i] for i in graded]
    claims = [Claim.of(a, entities) for a in attributions]
    claims += [Claim.unattributed(u) for u in analysis.unattributed]
    counted = [k for k, a in enumerate(attributions) if a.claim_type not in NOT_CLAIMS]
    counted += range(len(attributions), len(claims))
    contents = contents_of(text, claims, rubric)
    speakers = speaking_sources(analysis)
    sides = frozenset(e.side for e in speakers if e.side)
    return ArticleFacts(
        text=text,
        entities=entities,
        graded=tuple(graded),
        claims=tuple(claims),
        counted=tuple(counted),
        contents=tuple(contents),
        figure_disputes=tuple(figure_disputes(text, claims, contents)),
        speakers=tuple(speakers),
        sides=sides,
        disputed_sides=sides if len({side.split()[-1] for side in sides}) >= 2 else frozenset(),
        anonymity_explained=anonymity_explained(analysis, rubric),
        method_notes=frozenset(a.source_entity for a in attributions if a.claim_type == "method" and a.source_entity),
        has_non_verification=found(rubric, "non_verification", text),
        has_response=found(rubric, "response_phrases", text) or any(a.claim_type == "denial" for a in attributions),
    )
