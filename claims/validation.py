"""JSON Schema checks with the tool's own one-line errors (the schemas are ``claims/data/schemas/*.schema.json``).

:meth:`Schema.problem` says what is wrong with a JSON value and where (``attributions[2].content[0].start:
expected an integer, got 'x'``), or returns ``None``. jsonschema's ``Draft202012Validator`` (built
once per schema, imported on first use) decides, and the first error it finds is reported in
the words of the schema: a subschema's ``title`` names what is expected there ("a list of
spans"), else its ``type`` does.

Types are JSON's, not Python's: ``true`` is no integer, nor is ``3.0``; NaN, Infinity and numbers
beyond a double's range are no numbers; an object is any mapping.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from importlib import resources
from typing import Any

Check = Callable[[Any], bool]
_FLOAT_MAX = sys.float_info.max


def _is_integer(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_object(x: Any) -> bool:
    return type(x) is dict or isinstance(x, Mapping)  # a plain dict first: the abstract check is slow


def _is_number(x: Any) -> bool:
    return math.isfinite(x) if isinstance(x, float) else _is_integer(x) and -_FLOAT_MAX <= x <= _FLOAT_MAX


TYPES: Mapping[str, Check] = {
    "null": lambda x: x is None,
    "boolean": lambda x: isinstance(x, bool),
    "integer": _is_integer,
    "number": _is_number,
    "string": lambda x: isinstance(x, str),
    "array": lambda x: isinstance(x, list),
    "object": _is_object,
}
"""The JSON types, as the fast predicate and jsonschema (its type checker) both read them."""


class Schema:
    """One schema and its validator: the first error of a JSON value, in our words."""

    def __init__(self, name: str, schema: Mapping[str, Any] | None = None) -> None:
        """The shipped schema ``name`` (or ``schema`` itself); ``name`` is also the noun of "unknown rubric keys"."""
        path = resources.files("claims") / "data" / "schemas" / f"{name}.schema.json"
        self.name = name
        self.schema: Mapping[str, Any] = json.loads(path.read_text(encoding="utf-8")) if schema is None else schema

    @cached_property
    def validator(self) -> Any:
        """The ``Draft202012Validator`` of the schema with :data:`TYPES` (built once, on first use)."""
        from jsonschema import Draft202012Validator, TypeChecker, validators

        checker = TypeChecker({name: (lambda _checker, x, is_type=f: is_type(x)) for name, f in TYPES.items()})
        return validators.extend(Draft202012Validator, type_checker=checker)(self.schema)

    def check(self, instance: Any) -> bool:
        """True when the schema holds."""
        return bool(self.validator.is_valid(instance))

    def problem(self, instance: Any) -> str | None:
        """The first error of ``instance`` as ``path: what is wrong``, or ``None`` when the schema holds."""
        # the first error jsonschema finds: in the schema's order of keys (the order we write them), lists in
        # index order; the rest is never looked for, so a huge line with an error in every item stays cheap
        first = next(iter(self.validator.iter_errors(instance)), None)
        if first is None:
            return None
        where = _json_path(first.absolute_path)
        message = _message(first, None if where else self.name)
        return f"{where}: {message}" if where else message


def _json_path(parts: Iterable[str | int]) -> str:
    """``attributions[2].content[0]`` for the parts ``attributions, 2, content, 0`` (the top level is ``""``)."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}" if out else str(part)
    return out


def _show(value: Any) -> str:
    """A short rendering of a bad value for an error message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _message(error: Any, noun: str | None) -> str:
    """What is wrong, in the words of the schema (``noun``: the document's name, at the top level)."""
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    title, keyword, value, instance = schema.get("title"), error.validator, error.validator_value, error.instance
    if keyword == "required":
        key = next(k for k in value if k not in instance)
        return f"missing {key!r}" + (f" (expected {_a(title)})" if title else "")
    if keyword == "additionalProperties":
        known = schema.get("properties", {})
        patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
        extra = [k for k in instance if k not in known and not any(p.search(k) for p in patterns)]
        listed = f" (expected one of {', '.join(known)})" if 0 < len(known) <= 20 else ""
        return f"unknown {noun + ' ' if noun else ''}keys {', '.join(map(str, extra))}{listed}"
    if title:
        return f"expected {_a(title)}, got {_show(instance)}"
    if keyword == "type":
        return f"expected {_kinds(schema)}, got {_show(instance)}"
    if keyword == "enum":
        return f"unknown value {_show(instance)} (expected one of {', '.join(_word(v) for v in value)})"
    if keyword in ("minimum", "maximum"):
        return f"expected {'at least' if keyword == 'minimum' else 'at most'} {value}, got {_show(instance)}"
    return str(error.message)


def _a(noun: str) -> str:
    return noun if noun.startswith(("a ", "an ")) else f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _word(value: Any) -> str:
    return "null" if value is None else value if isinstance(value, str) else json.dumps(value)


_KINDS = {"null": "null", "integer": "an integer", "number": "a number", "string": "a string", "object": "an object"}


def _kinds(schema: Mapping[str, Any]) -> str:
    """The types a schema allows, in words: ``a list of strings or null``."""
    types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    words: list[str] = []
    for t in types:
        items = schema.get("items")
        if t == "array":
            of = items.get("type") if isinstance(items, Mapping) else None
            words.append(f"a list of {of}s" if isinstance(of, str) else "a list")
        else:
            words.extend(["true", "false"] if t == "boolean" else [_KINDS.get(t) or str(t)])
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
