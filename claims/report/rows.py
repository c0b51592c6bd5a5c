"""What every report shows, worked out once: claim rows, the unattributed list, article lines.

The terminal and HTML reports lay these out; neither reads an analysis any other way, so the
numbering ("claim 3", "unattributed claim 2"), the words and the order are the same on both.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.scoring import words
from claims.types import Analysis, ArticleScore, Attribution, SourceEntity, Unattributed


@dataclass(frozen=True)
class ClaimRow:
    """One attribution as the reports show it."""

    number: int  # 1.. among the claims (the numbering of the reasons), 0 for a non-claim
    index: int  # its position in the analysis's attributions
    attribution: Attribution
    entity: SourceEntity | None
    source: str  # the source as the text names it, or "(no source named)"
    source_type: str  # the entity's type in words, "" when none
    relay: str  # the outlet it comes through, "" when none
    cue: str
    content: str
    grade: str  # "E/5", "" when not graded
    score: float | None  # the claim score, 0-100
    grade_words: str  # "very weak source; contradicted in the article"
    summary: str  # the assessment's sentence, or the reason it is not a claim

    @property
    def what(self) -> str:
        """The kind of report and claim in words: "direct quote, casualty figure"."""
        a = self.attribution
        return f"{words.KINDS.get(a.kind.value, a.kind.value)}, {words.claim_type(a.claim_type)}"

    @property
    def graded(self) -> str:
        """The score and grade codes, "score 30/100, grade E/5", or "" when not graded."""
        return f"score {self.score:.0f}/100, grade {self.grade}" if self.grade and self.score is not None else ""

    @property
    def who(self) -> str:
        """The source with its type and relay: "an official (anonymous, specifically described, relayed by Reuters)"."""
        extra = ", ".join(x for x in (self.source_type, f"relayed by {self.relay}" if self.relay else "") if x)
        return self.source + (f" ({extra})" if extra else "")


@dataclass(frozen=True)
class UnattributedRow:
    """One unattributed claim: its number in text order, the text, its check-worthiness."""

    number: int
    item: Unattributed
    start: int
    end: int
    content: str
    claim_type: str
    checkworthiness: float | None
    summary: str


def not_claim_words(a: Attribution) -> str:
    """Why an attribution is no claim, in words: "naming", "thing not said"."""
    return words.NOT_CLAIMS.get(a.relation or "assertion", (a.relation or "", ""))[0]


def claim_rows(analysis: Analysis) -> tuple[list[ClaimRow], list[ClaimRow]]:
    """The claims, numbered in text order, and the attributions that are not claims."""
    text, entities = analysis.text, {e.id: e for e in analysis.sources}
    claims: list[ClaimRow] = []
    others: list[ClaimRow] = []
    for index, a in enumerate(analysis.attributions):
        entity = entities.get(a.source_entity or "")
        s = a.assessment
        grade = words.grade_code(s.source_grade, s.support_grade) if s else ""
        grade_words = words.grade_words(s.source_grade, s.support_grade) if s else ""
        summary = (s.summary or grade_words) if s else ""
        if not a.claim:
            summary = f"not a claim ({not_claim_words(a)}{f': {a.note}' if a.note else ''}): not graded, not counted"
        row = ClaimRow(
            number=len(claims) + 1 if a.claim else 0,
            index=index,
            attribution=a,
            entity=entity,
            source="; ".join(x.of(text) for x in a.sources) or "(no source named)",
            source_type=words.source_type(entity.type) if entity else "",
            relay=entity.relayed_by[0].of(text) if entity and entity.relayed_by else "",
            cue=" … ".join(c.of(text) for c in a.cues),
            content=" … ".join(c.of(text) for c in a.contents),
            grade=grade,
            score=s.score if s else None,
            grade_words=grade_words,
            summary=summary,
        )
        (claims if a.claim else others).append(row)
    return claims, others


def unattributed_rows(analysis: Analysis) -> list[UnattributedRow]:
    """The unattributed claims, numbered in text order, listed most check-worthy first."""
    text = analysis.text
    rows = [
        UnattributedRow(
            i + 1,
            u,
            u.span.start,
            u.span.end,
            u.span.of(text),
            words.claim_type(u.claim_type),
            u.checkworthiness,
            u.assessment.summary if u.assessment else "",
        )
        for i, u in enumerate(analysis.unattributed)
    ]
    return sorted(rows, key=lambda r: -(r.checkworthiness or 0.0))


def also_found(others: list[Attribution]) -> str:
    """The line "also found: 2 namings, 1 action (not claims: ...)", or "" when there are none."""
    if not others:
        return ""
    counts: dict[str, int] = {}
    for a in others:
        counts[a.relation or "assertion"] = counts.get(a.relation or "assertion", 0) + 1
    parts = [f"{n} {words.NOT_CLAIMS.get(r, (r, r + 's'))[n != 1]}" for r, n in counts.items()]
    return f"also found: {', '.join(parts)} (not claims: not graded, not counted)"


def profile_lines(score: ArticleScore) -> list[str]:
    """Every profile number with its label on the 0-100 scale."""
    return [words.profile_line(name, value) for name, value in score.profile.items()]


def article_lines(score: ArticleScore) -> tuple[list[str], list[str]]:
    """The warnings, then the reasons that are not already a warning: each line once."""
    warnings = list(dict.fromkeys(str(w) for w in score.warnings))
    reasons = [r for r in dict.fromkeys(str(r) for r in score.reasons) if r not in warnings]
    return warnings, reasons
