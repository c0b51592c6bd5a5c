"""WebAnno TSV 3 (INCEpTION's and WebAnno's export): a span layer for the roles, a relation layer for the links.

The header declares layers (``#T_SP=`` span, ``#T_CH=`` chain, ``#T_RL=`` relation); every
item after a layer's name is one column of the token rows. The roles are the first feature of
the span layer that a relation layer is based on (``BT_<layer>``), else of the first span
layer: ``SOURCE``, ``CUE``, ``CONTENT`` (``--labels`` maps other names). A value ``CUE[3]`` on
several tokens is one span (its disambiguation id); stacked values are split at ``|``. A
relation sits on its dependent's row with the governor's token in the ``BT_`` column
(``1-3``, or ``1-3[2_5]`` with the governor's and dependent's ids). Offsets count UTF-16 units
(the format's rule) and are turned into Python character offsets. The document text is the
sentences' ``#Text`` lines put at their first token's offset.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from claims.errors import AnnotationError
from claims.formats.spans import LabelMap, Region, attributions, region, regions_of, star_links
from claims.io import atomic_write
from claims.text import sentences
from claims.types import Analysis

HEADER = "#FORMAT=WebAnno TSV 3.3"
SPAN_LAYER, LINK_LAYER = "webanno.custom.Attribution", "webanno.custom.AttributionLink"
_VALUE = re.compile(r"^(.*?)(?:\[(\d+)(?:_(\d+))?\])?$")
_ESCAPES = [("\\\\", "\x00"), ("\\[", "["), ("\\]", "]"), ("\\|", "|"), ("\\_", "_"), ("\\->", "->"),
            ("\\;", ";"), ("\\t", "\t"), ("\\n", "\n"), ("\\*", "*"), ("\\r", "\r"), ("\x00", "\\")]  # fmt: skip
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


def looks_like(head: str) -> bool:
    """A WebAnno TSV 3 file starts with its format line."""
    return head.lstrip("\ufeff").startswith("#FORMAT=WebAnno TSV 3")


def _unescape(value: str) -> str:
    for a, b in _ESCAPES:
        value = value.replace(a, b)
    return value


def _utf16_to_chars(text: str) -> dict[int, int]:
    """UTF-16 offset -> character offset, for every character boundary of ``text``."""
    out, units = {0: 0}, 0
    for i, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        out[units] = i + 1
    return out


def _columns(header: list[str], path: Path) -> tuple[int, int | None]:
    """The column of the role feature and of the links' ``BT_`` column (token rows count from 0)."""
    col = 3
    spans: dict[str, int] = {}
    links: dict[str, int] = {}
    for line in header:
        kind, _, rest = line[1:].partition("=")
        layer, *items = rest.split("|")
        if kind == "T_SP" and items:
            spans.setdefault(layer, col)
        if kind == "T_RL":
            bt = next((i for i, item in enumerate(items) if item.startswith("BT_")), None)
            if bt is not None:
                links[items[bt][3:]] = col + bt
        col += len(items)
    for layer, at in links.items():
        if layer in spans:
            return spans[layer], at
    if not spans:
        raise AnnotationError(path, None, "no span layer with a feature in the header (#T_SP=layer|feature)")
    return next(iter(spans.values())), None  # no links: the spans are joined by the linker


def read_webanno(path: str | Path, labels: LabelMap | None = None) -> list[Analysis]:
    """One WebAnno TSV 3 file: one article, its attributions from the role layer and its links."""
    path, labels = Path(path), labels or LabelMap.default()
    try:
        lines = path.read_text(encoding="utf-8").lstrip("\ufeff").split("\n")
    except UnicodeDecodeError:
        raise AnnotationError(path, None, "not valid UTF-8") from None
    if not lines or not looks_like(lines[0]):
        raise AnnotationError(path, 1, f"not WebAnno TSV 3 (the first line must be {HEADER!r})")
    header = [line for line in lines if line.startswith(("#T_SP=", "#T_CH=", "#T_RL="))]
    role_col, link_col = _columns(header, path)
    rows: list[tuple[int, str, int, int, list[str]]] = []  # line, token address, begin, end, columns
    pieces: list[tuple[int, str]] = []  # (UTF-16 start, sentence text)
    pending: list[str] = []
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        if line.startswith("#Text="):
            pending.append(_unescape(line[6:]))
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            offsets = cols[1].split("-") if len(cols) > 2 else []
            if len(offsets) != 2 or not all(o.isdigit() for o in offsets):
                raise AnnotationError(path, n, "a token row needs 'sentence-token', 'begin-end' and the token")
            if "." in cols[0]:
                continue  # sub-tokens carry nothing a role span needs
            if pending:
                pieces.append((int(offsets[0]), "\n".join(pending)))
                pending = []
            rows.append((n, cols[0], int(offsets[0]), int(offsets[1]), cols))
    text_units: list[str] = []
    length = 0
    for start, sentence in pieces:
        text_units.append(" " * max(0, start - length) + sentence)  # the format does not keep text between sentences
        length = max(length, start) + len(sentence.encode("utf-16-le")) // 2
    text = "".join(text_units)
    chars = _utf16_to_chars(text)
    spans: dict[str, list[int]] = {}  # span key -> [begin, end, line] in UTF-16 units
    label_of: dict[str, str] = {}
    at_token: dict[str, list[str]] = {}
    for n, address, begin, end, cols in rows:
        value = cols[role_col] if role_col < len(cols) else "_"
        for k, item in enumerate(v for v in value.split("|") if v not in ("_", "*", "")):
            m = _VALUE.match(item)
            assert m is not None
            key = f"id:{m.group(2)}" if m.group(2) else f"tok:{address}:{k}"
            if key in spans:
                spans[key][1] = end
            else:
                spans[key] = [begin, end, n]
                label_of[key] = _unescape(m.group(1))
            at_token.setdefault(address, []).append(key)
    regions: list[Region] = []
    for key, (begin, end, n) in spans.items():
        if begin not in chars or end not in chars:
            raise AnnotationError(path, n, f"offsets {begin}-{end} do not fall on characters of the text")
        regions.append(region(key, label_of[key], chars[begin], chars[end], text, None, f"line {n}", path, labels))
    links = None if link_col is None else _links(rows, link_col, at_token, path)
    return [Analysis(text=text, attributions=attributions(text, regions, links, "", path), id=path.stem)]


def _links(
    rows: list[tuple[int, str, int, int, list[str]]], col: int, at_token: dict[str, list[str]], path: Path
) -> list[tuple[str, str]]:
    """The (governor, dependent) span keys of every relation in the ``BT_`` column."""

    def pick(address: str, ident: str | None, n: int) -> str:
        if ident and ident != "0":
            return f"id:{ident}"
        here = list(dict.fromkeys(at_token.get(address, [])))
        if len(here) != 1:
            raise AnnotationError(path, n, f"a relation points at token {address}, which holds {len(here)} role spans")
        return here[0]

    out = []
    for n, address, _, _, cols in rows:
        value = cols[col] if col < len(cols) else "_"
        for item in (v for v in value.split("|") if v not in ("_", "*", "")):
            m = _VALUE.match(item)
            assert m is not None
            out.append((pick(m.group(1), m.group(2), n), pick(address, m.group(3), n)))
    return out


def _tokens(text: str) -> list[list[tuple[int, int]]]:
    """Tokens (character spans) sentence by sentence."""
    return [[(s.start + m.start(), s.start + m.end()) for m in _TOKEN.finditer(s.of(text))] for s in sentences(text)]


def _escape(value: str) -> str:
    for ch in ("\\", "[", "]", "|", "_", "->", ";", "*"):
        value = value.replace(ch, "\\" + ch)
    return value.replace("\t", "\\t").replace("\r", "\\r")


def document(analysis: Analysis, labels: LabelMap | None = None) -> str:
    """One article as WebAnno TSV 3.3 (sentences from ``claims.text``; every span with its own id)."""
    labels, text = labels or LabelMap.default(), analysis.text
    regions = regions_of(analysis)
    ids = {key: i + 1 for i, (key, *_) in enumerate(regions)}
    first_token: dict[str, str] = {}
    units = [0]
    for ch in text:
        units.append(units[-1] + (2 if ord(ch) > 0xFFFF else 1))
    lines = [HEADER, f"#T_SP={SPAN_LAYER}|role", f"#T_RL={LINK_LAYER}|label|BT_{SPAN_LAYER}", "", ""]
    rows: list[tuple[str, int, int, list[str]]] = []
    for s, tokens in enumerate(_tokens(text), 1):
        if not tokens:
            continue
        start, stop = tokens[0][0], tokens[-1][1]
        lines_of = text[start:stop].split("\n")
        body = [f"#Text={_escape(part)}" for part in lines_of]
        row_block = []
        for t, (b, e) in enumerate(tokens, 1):
            address = f"{s}-{t}"
            on = [(key, role) for key, role, span, _ in regions if span.start < e and b < span.end]
            for key, _ in on:
                first_token.setdefault(key, address)
            row_block.append((address, b, e, [f"{labels.names(role)}[{ids[key]}]" for key, role in on]))
        rows.extend(row_block)
        lines += body + [f"\x00{address}" for address, *_ in row_block] + [""]
    link_at: dict[str, list[str]] = {}
    for a, cue in star_links(regions):  # the relation sits on the dependent's first token
        link_at.setdefault(first_token[a], []).append(f"{first_token[cue]}[{ids[cue]}_{ids[a]}]")
    table = {
        address: f"{address}\t{units[b]}-{units[e]}\t{_escape(text[b:e])}\t{'|'.join(values) or '_'}\t"
        + ("|".join("attribution" for _ in link_at.get(address, [])) or "_")
        + "\t"
        + ("|".join(link_at.get(address, [])) or "_")
        for address, b, e, values in rows
    }
    return "\n".join(table[line[1:]] if line.startswith("\x00") else line for line in lines) + "\n"


def write_webanno(folder: str | Path, analyses: Iterable[Analysis], labels: LabelMap | None = None) -> None:
    """One WebAnno TSV 3.3 file per article in ``folder`` (named by the article id), written atomically."""
    folder = Path(folder)
    for i, a in enumerate(analyses):
        name = "".join(c if c.isalnum() or c in "-_." else "_" for c in str(a.id or i)) or str(i)
        atomic_write(folder / f"{name}.tsv", document(a, labels))
