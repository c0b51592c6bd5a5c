"""JSON Schema checks with the tool's own one-line errors (the schemas are ``claims/data/schemas/*.schema.json``).

:meth:`Schema.problem` says what is wrong with a JSON value and where (``attributions[2].content[0].start:
expected an integer, got 'x'``), or returns ``None``. A value first goes through a predicate compiled
once from the schema: fast and cautious, it passes a value only where the schema holds, and refuses
wherever the schema uses a keyword it does not know (``_Compiler.keyword``). Only a refused value
goes to jsonschema's ``Draft202012Validator`` (imported then, so a good file never pays for it),
and the first error it finds is reported, in the words of the schema: a subschema's ``title``
names what is expected there ("a list of spans"), else its ``type`` does.

Types are JSON's, not Python's: ``true`` is no integer, nor is ``3.0``; NaN, Infinity and numbers
beyond a double's range are no numbers; an object is any mapping.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
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
    """One schema: a fast check of a JSON value, and jsonschema's first error when it fails."""

    def __init__(self, name: str, schema: Mapping[str, Any] | None = None) -> None:
        """The shipped schema ``name`` (or ``schema`` itself); ``name`` is also the noun of "unknown rubric keys"."""
        path = resources.files("claims") / "data" / "schemas" / f"{name}.schema.json"
        self.name = name
        self.schema: Mapping[str, Any] = json.loads(path.read_text(encoding="utf-8")) if schema is None else schema
        self._compiler = _Compiler(self.schema)
        self._checks: dict[int, Check] = {}  # id(subschema) -> its check, for the jsonschema keywords below
        self.check: Check = self._compiler.compile(self.schema)
        """True only when the schema holds (fast)."""

    @cached_property
    def validator(self) -> Any:
        """The ``Draft202012Validator`` of the schema with :data:`TYPES` (built on the first refusal)."""
        from jsonschema import Draft202012Validator, TypeChecker, validators

        checker = TypeChecker({name: (lambda _checker, x, is_type=f: is_type(x)) for name, f in TYPES.items()})
        keywords = {"properties": self._properties, "items": self._items}
        self._all_items = Draft202012Validator.VALIDATORS["items"]
        return validators.extend(Draft202012Validator, keywords, type_checker=checker)(self.schema)

    def problem(self, instance: Any) -> str | None:
        """The first error of ``instance`` as ``path: what is wrong``, or ``None`` when the schema holds."""
        if self.check(instance):
            return None
        # the first error jsonschema finds: in the schema's order of keys (the order we write them), lists in
        # index order; the rest is never looked for, so a huge line with an error in every item stays cheap
        first = next(iter(self.validator.iter_errors(instance)), None)
        if first is None:  # the fast check is cautious (an enum of numbers, say): jsonschema has the last word
            return None
        where = _json_path(first.absolute_path)
        message = _message(first, None if where else self.name)
        return f"{where}: {message}" if where else message

    def _passes(self, schema: Any, instance: Any) -> bool:
        if id(schema) not in self._checks:
            self._checks[id(schema)] = self._compiler.compile(schema)
        return self._checks[id(schema)](instance)

    def _properties(self, validator: Any, properties: Any, instance: Any, schema: Any) -> Iterator[Any]:
        """The ``properties`` keyword of jsonschema, stepping over each value the fast check passes (no error there)."""
        if validator.is_type(instance, "object"):
            for key, sub in properties.items():
                if key in instance and not self._passes(sub, instance[key]):
                    yield from validator.descend(instance[key], sub, path=key, schema_path=key)

    def _items(self, validator: Any, items: Any, instance: Any, schema: Any) -> Iterator[Any]:
        """The ``items`` keyword (2020-12: after ``prefixItems``), stepping over each item the fast check passes."""
        if items is False or not validator.is_type(instance, "array"):
            yield from self._all_items(validator, items, instance, schema)
            return
        for index in range(len(schema.get("prefixItems", ())), len(instance)):
            if not self._passes(items, instance[index]):
                yield from validator.descend(instance[index], items, path=index)


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


def _always(x: Any) -> bool:
    return True


def _never(x: Any) -> bool:
    return False


_ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples"})


class _Compiler:
    """A schema as one predicate: true only where the schema holds; a keyword it does not know makes it false."""

    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        self.defs: dict[str, Check] = {}  # each definition compiled once
        self.open: set[str] = set()  # definitions being compiled: a $ref to one of them is a cycle

    def ref(self, name: str) -> Check:
        """The check of ``#/$defs/<name>``: bound directly, or looked up when called inside a cycle."""
        if name in self.open:
            return lambda x: self.defs[name](x)
        if name not in self.defs:
            self.open.add(name)
            self.defs[name] = self.compile(self.root["$defs"][name])
            self.open.discard(name)
        return self.defs[name]

    def compile(self, schema: Any) -> Check:
        if schema is True or schema is False or not isinstance(schema, Mapping):
            return _always if schema is True else _never
        checks = [self.keyword(key, value, schema) for key, value in schema.items() if key not in _ANNOTATIONS]
        return _never if None in checks else _all([c for c in checks if c is not None])

    def keyword(self, key: str, value: Any, schema: Mapping[str, Any]) -> Check | None:
        """The check of one keyword, or ``None`` for a keyword (or form of one) this compiler does not know."""
        if key == "type":
            names = [value] if isinstance(value, str) else value
            if not isinstance(names, list) or not names or not all(n in TYPES for n in names):
                return None
            return _any([TYPES[n] for n in names])
        if key == "enum" and isinstance(value, list):
            return _enum(value)
        if key == "required" and isinstance(value, list):
            return lambda x: not _is_object(x) or all(k in x for k in value)
        if key == "properties" and isinstance(value, Mapping):
            return _properties({k: self.compile(s) for k, s in value.items()})
        if key == "patternProperties" and isinstance(value, Mapping):
            pairs = [(re.compile(p), self.compile(s)) for p, s in value.items()]
            return lambda x: not _is_object(x) or all(c(v) for k, v in x.items() for p, c in pairs if p.search(k))
        if key == "additionalProperties":
            known, extra = frozenset(schema.get("properties", ())), self.compile(value)
            patterns = [re.compile(p) for p in schema.get("patternProperties", ())]
            return lambda x: (
                not _is_object(x)
                or all(extra(v) for k, v in x.items() if k not in known and not any(p.search(k) for p in patterns))
            )
        if key == "items":
            return _items(self.compile(value), len(schema.get("prefixItems", ())))
        if key == "prefixItems" and isinstance(value, list):
            firsts = [self.compile(s) for s in value]
            return lambda x: not isinstance(x, list) or all(c(v) for c, v in zip(firsts, x, strict=False))
        if key in ("minItems", "maxItems") and _is_integer(value):
            low = key == "minItems"
            return lambda x: not isinstance(x, list) or (len(x) >= value if low else len(x) <= value)
        if key in ("minimum", "maximum") and _is_number(value):
            low = key == "minimum"
            return lambda x: not _is_number(x) or (x >= value if low else x <= value)
        if key == "pattern" and isinstance(value, str):
            pattern = re.compile(value)
            return lambda x: not isinstance(x, str) or pattern.search(x) is not None
        if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/"):
            name = value.removeprefix("#/$defs/")
            if "/" in name or "~" in name or name not in self.root.get("$defs", {}):
                return None
            return self.ref(name)
        return None


def _all(checks: list[Check]) -> Check:
    """Every check holds (chained: faster than ``all()`` over a generator, and this runs for every value)."""
    if not checks:
        return _always
    first, rest = checks[0], _all(checks[1:])
    return first if rest is _always else lambda x: first(x) and rest(x)


def _any(checks: list[Check]) -> Check:
    """Some check holds (chained, as in :func:`_all`)."""
    first, rest = checks[0], _any(checks[1:]) if len(checks) > 1 else _never
    return first if rest is _never else lambda x: first(x) or rest(x)


def _enum(values: list[Any]) -> Check:
    """Membership, cautiously: only values of the same Python type compare (``1`` is not ``true``, nor ``1.0``)."""
    if all(v is None or isinstance(v, str) for v in values):
        words, null = frozenset(v for v in values if v is not None), None in values
        return lambda x: (x is None and null) or (isinstance(x, str) and x in words)
    return lambda x: any(type(x) is type(v) and x == v for v in values)


def _properties(checks: Mapping[str, Check]) -> Check:
    def properties(x: Any) -> bool:
        if _is_object(x):
            for key, value in x.items():
                check = checks.get(key)
                if check is not None and not check(value):
                    return False
        return True

    return properties


def _items(check: Check, skip: int) -> Check:
    def items(x: Any) -> bool:
        if isinstance(x, list):
            for value in x[skip:] if skip else x:
                if not check(value):
                    return False
        return True

    return items
