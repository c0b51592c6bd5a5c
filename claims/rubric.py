"""The rubric: every lexicon and weight, read from data files and overridable by a user file.

Lexicons live in ``claims/data/lexicons/*.json`` (one file per family: sources, rules,
claim types, scoring), numbers in ``claims/data/weights.json``. Key names are disjoint
across the files, so one ``--rubric FILE`` may override any of them. An entry ending in
``*`` stands for any word ending ("kill*" matches "killed", "killings"), a leading one for
any word start ("*fold"). Asking for a key
that does not exist is an error, never an empty lexicon.

A user file is checked against ``claims/data/schemas/rubric.schema.json`` (every shipped key with
the shape of its default, weight groups key by key): a wrong key or value is one
:class:`RubricError` naming the file and the key path (``rubric.json: caps.G3_vague_anonymous:
expected a number, got 'x'``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from claims.errors import ClaimsError
from claims.validation import Schema

WEIGHTS_FILE = "weights.json"
LEXICON_DIR = "lexicons"


class RubricError(ClaimsError):
    """A rubric file cannot be read, or a lexicon or weight does not exist."""

    exit_code = 3


RUBRIC_SCHEMA = Schema("rubric")
"""``claims/data/schemas/rubric.schema.json``, its validator built once."""


def check(data: Any, where: str) -> None:
    """Raise a :class:`RubricError` (``where: key path: what is wrong``) unless ``data`` obeys the rubric schema."""
    problem = RUBRIC_SCHEMA.problem(data)
    if problem is not None:
        raise RubricError(f"{where}: {problem}")


def _default_data() -> dict[str, Any]:
    """The shipped lexicons and weights, merged; a key defined in two files is an error."""
    data: dict[str, Any] = {}
    base = resources.files("claims") / "data"
    files = sorted((f for f in (base / LEXICON_DIR).iterdir() if f.name.endswith(".json")), key=lambda f: f.name)
    for f in [*files, base / WEIGHTS_FILE]:
        for key, value in json.loads(f.read_text(encoding="utf-8")).items():
            if key.startswith("_"):
                continue
            if key in data:
                raise RubricError(f"rubric key {key!r} is defined twice (claims/data/.../{f.name})")
            data[key] = value
    return data


@dataclass(frozen=True, eq=False)
class Rubric:
    """Lexicons and weights: the shipped defaults, or those with a user file's keys replacing ours."""

    data: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def default(cls) -> Rubric:
        """The rubric shipped with claims (read once per process)."""
        return _DEFAULT

    @classmethod
    def load(cls, path: str | Path | None = None) -> Rubric:
        """The default rubric, with the keys of a user file (if given) replacing ours."""
        base = cls.default()
        if path is None:
            return base
        try:
            user = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as exc:  # ValueError: bad JSON or bad UTF-8
            raise RubricError(f"{path}: cannot read the rubric ({exc})") from None
        check(user, str(path))
        return cls({**base.data, **{k: v for k, v in user.items() if not k.startswith("_")}})

    def _get(self, key: str) -> Any:
        if key not in self.data:
            raise RubricError(f"no lexicon or weight {key!r} in the rubric")
        return self.data[key]

    def entries(self, key: str) -> tuple[str, ...]:
        """A lexicon's entries in file order."""
        value = self._get(key)
        if not isinstance(value, list):
            raise RubricError(f"rubric key {key!r} is not a list of words")
        return tuple(str(w) for w in value)

    def words(self, key: str) -> frozenset[str]:
        """A lexicon as a set of lower-case entries."""
        if key not in self._lexicons:
            self._lexicons[key] = frozenset(w.lower() for w in self.entries(key))
        return self._lexicons[key]

    @cached_property
    def _lexicons(self) -> dict[str, frozenset[str]]:
        return {}

    @cached_property
    def _compiled(self) -> dict[tuple[str, int], re.Pattern[str]]:
        return {}

    def words_in(self, key: str, sub: str) -> frozenset[str]:
        """A nested lexicon (``{"pronouns": {"person": [...]}}``) as a set."""
        value = self._get(key)
        if not isinstance(value, Mapping) or sub not in value:
            raise RubricError(f"no lexicon {key}.{sub} in the rubric")
        return frozenset(str(w).lower() for w in value[sub])

    def pattern(self, key: str) -> re.Pattern[str]:
        """A case-insensitive whole-word pattern matching any entry of a lexicon (longest first), compiled once."""
        if key not in self._patterns:
            words = sorted(self.words(key), key=len, reverse=True)
            body = "|".join(_entry(w) for w in words) or r"(?!x)x"
            self._patterns[key] = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
        return self._patterns[key]

    @cached_property
    def _patterns(self) -> dict[str, re.Pattern[str]]:
        return {}

    def alternation(self, key: str) -> str:
        """A lexicon as a regular-expression alternation, in file order (a final ``*`` matches any word ending)."""
        if key not in self._alternations:
            self._alternations[key] = "|".join(_entry(w) for w in self.entries(key)) or r"(?!x)x"
        return self._alternations[key]

    @cached_property
    def _alternations(self) -> dict[str, str]:
        return {}

    def regex(self, template: str, flags: int = 0) -> re.Pattern[str]:
        """Compile ``template`` once per rubric, with ``%(key)s`` replaced by :meth:`alternation` of ``key``."""
        cache_key = (template, flags)
        if cache_key not in self._compiled:
            self._compiled[cache_key] = re.compile(template % _Alternations(self), flags)
        return self._compiled[cache_key]

    def mapping(self, key: str) -> Mapping[str, Any]:
        """A rubric entry that is an object (weights, caps, parties, ...)."""
        value = self._get(key)
        if not isinstance(value, Mapping):
            raise RubricError(f"rubric key {key!r} is not an object")
        return value

    @cached_property
    def parties(self) -> dict[str, str]:
        """Lower-case phrase -> side."""
        return {k.lower(): str(v) for k, v in self.mapping("parties").items() if not k.startswith("_")}


class _Alternations(dict[str, str]):
    def __init__(self, rubric: Rubric) -> None:
        super().__init__()
        self.rubric = rubric

    def __missing__(self, key: str) -> str:
        return self.rubric.alternation(key)


def _entry(word: str) -> str:
    """One lexicon entry as a regular expression: a final ``*`` is any word ending, a leading one any start."""
    head = r"\w+" if word.startswith("*") else ""
    word = word.removeprefix("*")
    return head + (re.escape(word[:-1]) + r"\w*" if word.endswith("*") else re.escape(word))


_DEFAULT = Rubric(_default_data())
