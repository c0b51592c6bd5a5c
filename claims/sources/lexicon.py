"""Patterns and word sets built from the sources lexicons, once per rubric.

The words are rubric keys (``claims/data/lexicons/sources.json``); only closed-class regular
expression syntax (punctuation, quote marks, capitalisation) is written here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps
from typing import TypeVar
from weakref import WeakKeyDictionary

from claims.rubric import Rubric

_T = TypeVar("_T")


def per_rubric(build: Callable[[Rubric], _T]) -> Callable[[Rubric], _T]:
    """Memoise ``build(rubric)``: computed once per rubric, dropped with it."""
    memo: WeakKeyDictionary[Rubric, _T] = WeakKeyDictionary()

    @wraps(build)
    def get(rubric: Rubric) -> _T:
        if rubric not in memo:
            memo[rubric] = build(rubric)
        return memo[rubric]

    return get


def cut(rubric: Rubric) -> re.Pattern[str]:
    """Where a mention's core description ends: a comma, a bracket, or a word such as "who", "familiar"."""
    return rubric.regex(r"\s*(?:,|\(|\b(?:%(mention_cut_words)s)\b)")


def report_by(rubric: Rubric) -> re.Pattern[str]:
    """The pattern of "a report by <X>", "the story in <X>": group 1 is X."""
    return rubric.regex(
        r"^\s*(?:an?|the)\s+(?:\w+\s+)?(?:%(report_nouns)s)\s+(?:%(report_prepositions)s)\s+(.+)$",
        re.IGNORECASE | re.DOTALL,
    )


@per_rubric
def determiners(rubric: Rubric) -> frozenset[str]:
    """Definite and indefinite determiners together."""
    return rubric.words("definite_determiners") | rubric.words("indefinite_determiners")


@per_rubric
def common_words(rubric: Rubric) -> frozenset[str]:
    """Capitalised words that open a mention without naming anyone ("Sources", "Officials", "The")."""
    return rubric.words("vague_nouns") | rubric.words("org_words") | rubric.words("person_roles") | determiners(rubric)


@per_rubric
def thing_words(rubric: Rubric) -> frozenset[str]:
    """Heads of documents, records and data: what "it" refers to."""
    return rubric.words("statement_words") | rubric.words("data_words") | rubric.words("court_words")


@per_rubric
def head_classes(rubric: Rubric) -> tuple[frozenset[str], ...]:
    """Classes of head nouns that may name the same source ("the official" ~ "the source")."""
    return tuple(rubric.words_in("head_classes", k) for k in rubric.mapping("head_classes") if not k.startswith("_"))


@per_rubric
def outlets(rubric: Rubric) -> tuple[re.Pattern[str], ...]:
    """News outlets, state media, and capitalised outlet names ("The Kestran Herald")."""
    listed = rubric.pattern("news_outlets")
    names = "|".join(re.escape(w.capitalize()) for w in sorted(rubric.words("outlet_name_words")))
    named = re.compile(rf"(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{names})\b") if names else listed
    return listed, rubric.pattern("state_media"), named


def relay_before(rubric: Rubric) -> re.Pattern[str]:
    """A relay phrase just before an outlet ("according to", "told the"), on lower-case text."""
    return rubric.regex(r"(?:%(relay_before_outlet)s)\s+(?:the\s+)?$")


def relay_after(rubric: Rubric) -> re.Pattern[str]:
    """A relay verb just after an outlet ("Reuters reported"), on lower-case text."""
    return rubric.regex(r"\s+(?:%(relay_after_outlet)s)")


@per_rubric
def parties(rubric: Rubric) -> re.Pattern[str]:
    """Any phrase of the rubric's ``parties`` as a whole word, in file order, on lower-case text."""
    body = "|".join(re.escape(p) for p in rubric.parties) or r"(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
