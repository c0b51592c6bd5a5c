"""The claim features F1-F8: how each is read, and their typed form.

:class:`Features` is what :func:`~claims.scoring.claim.score_claims` computes; an assessment
stores :meth:`Features.as_dict` (the JSON keys ``F1_form`` ... ``F8_claim_type``), and
:meth:`Features.of` reads such a mapping back (the article score reads features this way).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from claims.rubric import Rubric
from claims.scoring.lexicons import found, lexicons_of
from claims.text import QUOTE_CHARS, sentence_at
from claims.types import Attribution, SourceEntity, Span

INDEPENDENT_TYPES = frozenset({"court_or_record", "poll_or_data", "own_reporting"})
MEDIA_TYPES = frozenset({"news_outlet", "state_media", "social_media"})
STATEMENT_TYPES = frozenset({"official_statement", "anonymous_vague", "named_organisation"})
ATTACKS = frozenset({"allegation", "opinion"})  # claim types that go after someone

# the keys of an assessment's features
F1, F2, F3, F4 = "F1_form", "F2_identifiability", "F3_proximity", "F4_independence"
F5, F6, F7, F8 = "F5_corroboration", "F6_transparency", "F7_commitment", "F8_claim_type"


@dataclass(frozen=True)
class Features:
    """F1-F8 of one claim."""

    form: str  # F1: explicit, agentless or none
    identifiability: int  # F2, 0-4
    proximity: int  # F3, 0-4
    independence: int  # F4, 0-3
    corroboration: int  # F5, 0-3
    transparency: float  # F6, 0-1
    commitment: str  # F7: neutral, factive, distancing, hedged, denial, or none
    claim_type: str | None  # F8

    def as_dict(self) -> dict[str, Any]:
        """The features as an assessment stores them (F6 rounded to 3 places)."""
        return {
            F1: self.form,
            F2: self.identifiability,
            F3: self.proximity,
            F4: self.independence,
            F5: self.corroboration,
            F6: round(self.transparency, 3),
            F7: self.commitment,
            F8: self.claim_type,
        }

    @classmethod
    def of(cls, features: Mapping[str, Any]) -> Features:
        """Features read back from an assessment (a missing integer feature counts as 0)."""
        return cls(
            str(features.get(F1, "none")),
            int(features.get(F2, 0)),
            int(features.get(F3, 0)),
            int(features.get(F4, 0)),
            int(features.get(F5, 0)),
            float(features.get(F6, 0.0)),
            str(features.get(F7, "none")),
            features.get(F8),
        )

    @property
    def independent(self) -> bool:
        """An institutional or independent source reached directly (not relayed), or independent corroboration."""
        return (self.independence >= 2 and self.proximity >= 2) or self.corroboration >= 2


def independence(entity: SourceEntity | None, claim_type: str | None, rubric: Rubric, disputed: frozenset[str]) -> int:
    """F4, 0-3: independent (3), institutional (2), interested (1), interested and anonymous (0).

    A government body is an interested party only when the article sets it against another
    side; a company or campaign speaking about itself always is (``always_interested_sides``).
    """
    if entity is None:
        return 0
    if entity.type == "poll_or_data" and entity.identifiability < 3:
        return 1  # "figures show": whose figures?
    if entity.type in INDEPENDENT_TYPES or (found(rubric, "independent_words", entity.name) and entity.side is None):
        return 3
    always = lexicons_of(rubric).always_interested
    if entity.type == "state_media" or entity.side in always or entity.side in disputed:
        return 0 if (not entity.named or claim_type in ATTACKS) else 1
    return 2 if entity.named else 1


def proximity(entity: SourceEntity | None) -> int:
    """F3, 0-4: primary record (4), first-hand (3), statement (2), relayed (1), unknown (0)."""
    if entity is None:
        return 0
    if entity.second_hand or entity.type in MEDIA_TYPES:
        return 1
    if entity.type in INDEPENDENT_TYPES:
        return 4 if entity.identifiability >= 3 else 0
    if entity.type in STATEMENT_TYPES:
        return 2
    return 3 if entity.type != "unknown" else 0


def commitment(cue: str, rubric: Rubric) -> str:
    """F7: how the writer frames the claim through the cue (``cue_commitment``, whole words)."""
    low = cue.lower()
    for cls, pattern in lexicons_of(rubric).commitment:
        if pattern.search(low):
            return cls
    return "neutral"


def same_sentence(text: str, a: Attribution) -> bool:
    """AP's same-sentence rule: every unquoted part of the content shares a sentence with the source or cue.

    A quotation may run on over several sentences; an unquoted sentence that only continues
    an earlier "police said" is a statement the reader cannot tell is attributed.
    """
    anchors = [sentence_at(text, s.start) for s in (*a.sources, *a.cues)]

    def attributed(c: Span) -> bool:
        if any(q in text[max(0, c.start - 1) : c.start + 1] for q in QUOTE_CHARS):
            return True  # part of a quotation
        return any(sent is not None and sent.overlaps(c) for sent in anchors)

    return bool(a.contents) and all(attributed(c) for c in a.contents)
