"""What act each attribution reports, and whether it is a claim (docs/data-format.md).

A claim is an assertion the article relays: a statement of fact or opinion, hedged or not,
a denial, a finding of a document or poll. Beliefs, wishes, namings, actions, perceptions
and questions are attributions too, kept in the output and shown apart, never graded.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claims.relations.decide import RELATIONS, relation_of, unstated
from claims.relations.frame import Frame, cue_frame
from claims.rubric import Rubric
from claims.types import Analysis

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["RELATIONS", "Frame", "add_relations", "cue_frame", "relation_of"]


def add_relations(analysis: Analysis, rubric: Rubric, doc: Doc) -> Analysis:
    """Every attribution with its ``relation`` and ``is_claim``, read from the parsed article ``doc``."""
    out = []
    text = analysis.text
    for a in analysis.attributions:
        frame = cue_frame(doc, text, a)
        relation = relation_of(frame, rubric, agentless=not a.sources)
        not_said = unstated(frame, rubric)
        note = a.note
        if not_said and frame is not None:
            note = f"not said: governed by {frame.governed_by!r}"
        out.append(replace(a, relation=relation, is_claim=relation == "assertion" and not not_said, note=note))
    return replace(analysis, attributions=tuple(out))
