"""The scoring lexicons of ``claims/data/lexicons/scoring.json``, compiled once per rubric."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from claims.rubric import Rubric, RubricError
from claims.scoring.weights import per_rubric, weights_of

COMMITMENT_CLASSES = ("denial", "hedged", "distancing", "factive")  # F7, first match wins


@dataclass(frozen=True)
class ScoringLexicons:
    """What the scorers match, ready to use."""

    commitment: tuple[tuple[str, re.Pattern[str]], ...]  # F7 class -> whole-word pattern, in COMMITMENT_CLASSES order
    always_interested: frozenset[str]  # sides that are interested parties whatever the article sets them against
    stop_words: frozenset[str]  # words corroboration never compares
    content_word: re.Pattern[str]  # a content word of corroboration


def _literal_words(words: object) -> str:
    """An alternation of the words as written (no ``*`` wildcard), safe inside a ``%``-template."""
    if not isinstance(words, list):
        raise RubricError("a cue_commitment class must be a list of words")
    return "|".join(re.escape(str(w)).replace("%", "%%") for w in words) or r"(?!x)x"


@per_rubric
def lexicons_of(rubric: Rubric) -> ScoringLexicons:
    """The rubric's scoring lexicons (compiled once per rubric object)."""
    classes: Mapping[str, object] = rubric.mapping("cue_commitment")
    commitment = tuple(
        (cls, rubric.regex(rf"(?<!\w)(?:{_literal_words(classes.get(cls, []))})(?!\w)")) for cls in COMMITMENT_CLASSES
    )
    shortest = weights_of(rubric).corroboration.min_word_chars
    return ScoringLexicons(
        commitment,
        frozenset(rubric.entries("always_interested_sides")),
        rubric.words("corroboration_stop_words"),
        re.compile(rf"[A-Za-z][A-Za-z'-]{{{max(0, shortest - 1)},}}"),
    )


def found(rubric: Rubric, key: str, text: str) -> bool:
    """Whether any entry of the lexicon ``key`` occurs in ``text`` as a whole word."""
    return bool(rubric.pattern(key).search(text))
