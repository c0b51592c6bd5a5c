"""The relation of a cue: its lexicon entry, corrected by its frame; the frame alone for unknown cues."""

from __future__ import annotations

from claims.relations.frame import Frame
from claims.rubric import Rubric
from claims.types import RELATIONS

__all__ = ["RELATIONS", "lexicon_relation", "relation_of", "unstated"]

# what each complement means when the cue is in no lexicon
BY_FRAME = {"whether": "question", "to": "intention", "quote": "assertion", "clause": "assertion"}


def _lexicons(rubric: Rubric) -> list[tuple[str, frozenset[str]]]:
    return [
        ("naming", rubric.words("naming_cues")),
        ("intention", rubric.words("intention_cues")),
        ("question", rubric.words("question_cues")),
        ("belief", rubric.words("belief_cues")),
        ("perception", rubric.words("perception_cues")),
        ("action", rubric.words("action_cues")),
        ("assertion", rubric.words("assertion_cues")),
    ]


def lexicon_relation(frame: Frame, rubric: Rubric) -> str | None:
    """The relation the lexicons give the cue's most specific key, or None."""
    lexicons = _lexicons(rubric)
    for key in frame.candidates():
        for relation, words in lexicons:
            if key in words:
                return relation
    return None


def relation_of(frame: Frame | None, rubric: Rubric, agentless: bool) -> str:
    """The act a cue reports (one of :data:`RELATIONS`).

    The lexicon names the usual act of the cue's lemma; the frame corrects it where English
    does: "asked whether" is a question and "asked them to" a request, "told them to leave"
    is a demand, "it is believed that" (no one named) a hedged report. A cue in no lexicon
    gets the act its complement implies.
    """
    if frame is None:
        return "assertion"
    found = lexicon_relation(frame, rubric)
    if frame.title:  # a quoted title, headline or motto names something; it states nothing
        return "naming"
    topic = rubric.words("topic_words")
    if found == "assertion" and frame.complement == "object" and (frame.next_word in topic or frame.particle in topic):
        return "action"  # "argued about the referee": talk about a topic, no statement reported
    if frame.complement == "whether" and found in {None, "assertion", "question", "belief"}:
        return "question"
    if frame.complement == "to" and found in {None, "assertion", "question", "naming"}:
        return "intention"
    if found in {"belief", "intention"} and frame.passive and agentless:
        return "assertion"
    if found is None:
        return BY_FRAME.get(frame.complement, "action")
    return found


def unstated(frame: Frame | None, rubric: Rubric) -> bool:
    """True when the text says the source did not say it ("without specifying")."""
    return frame is not None and frame.governed_by in rubric.words("unstated_markers")
