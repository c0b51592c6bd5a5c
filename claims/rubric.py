"""The rubric: lexicons (and, with the scoring stage, weights) in one overridable data file."""

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

DEFAULT_RUBRIC = "rubric.json"


class RubricError(ClaimsError):
    """A rubric file cannot be read."""

    exit_code = 3


@dataclass(frozen=True)
class Rubric:
    """Lexicons and settings read from ``claims/data/rubric.json`` or a user file."""

    data: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def default(cls) -> Rubric:
        """The rubric shipped with claims."""
        text = (resources.files("claims") / "data" / DEFAULT_RUBRIC).read_text(encoding="utf-8")
        return cls(json.loads(text))

    @classmethod
    def load(cls, path: str | Path | None = None) -> Rubric:
        """The default rubric, with the keys of a user file (if given) replacing ours."""
        base = cls.default()
        if path is None:
            return base
        try:
            user = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise RubricError(f"{path}: cannot read the rubric ({exc})") from None
        if not isinstance(user, dict):
            raise RubricError(f"{path}: a rubric must be a JSON object")
        unknown = sorted(set(user) - set(base.data))
        if unknown:
            raise RubricError(f"{path}: unknown rubric keys {', '.join(unknown)}")
        return cls({**base.data, **user})

    def words(self, key: str) -> frozenset[str]:
        """A lexicon as a set of lower-case entries."""
        if key not in self._lexicons:
            self._lexicons[key] = frozenset(str(w).lower() for w in self.data.get(key, ()))
        return self._lexicons[key]

    @cached_property
    def _lexicons(self) -> dict[str, frozenset[str]]:
        return {}

    def words_in(self, key: str, sub: str) -> frozenset[str]:
        """A nested lexicon (``{"pronouns": {"person": [...]}}``) as a set."""
        return frozenset(str(w).lower() for w in dict(self.data.get(key, {})).get(sub, ()))

    def pattern(self, key: str) -> re.Pattern[str]:
        """A case-insensitive whole-word pattern matching any entry of a lexicon."""
        return _pattern(tuple(sorted(self.words(key), key=len, reverse=True)))

    @cached_property
    def parties(self) -> dict[str, str]:
        """Lower-case phrase -> side."""
        return {k.lower(): str(v) for k, v in dict(self.data.get("parties", {})).items() if not k.startswith("_")}


_CACHE: dict[tuple[str, ...], re.Pattern[str]] = {}


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    if words not in _CACHE:
        body = "|".join(re.escape(w) for w in words) or r"(?!x)x"
        _CACHE[words] = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
    return _CACHE[words]
