"""brat standoff attribution annotations, as in PolNeAR and PARC.

A corpus directory holds ``text/<article>.txt`` and ``attributions/<article>_<annotator>.ann``
(PolNeAR), or ``.txt`` and ``.ann`` files side by side (``<article>.ann``). ``T`` lines carry
text-bound annotations (``Source``, ``Cue``, ``Content``, the ``Attribution`` /
``Attribution-no-source`` triggers anchored on the cue, and the ``Discuss`` / ``Discard``
flags); ``E`` lines link the roles of one attribution. Discontinuous spans read
``start end;start end``. The surface text of a ``T`` line may run over line breaks.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claims.errors import AnnotationError
from claims.io import atomic_write, safe_names
from claims.text import quote_kind
from claims.types import Analysis, Attribution, Span

ROLE_LABELS = {"Source", "Cue", "Content"}
TRIGGER_LABELS = {"Attribution", "Attribution-no-source"}
FLAG_LABELS = {"Discuss", "Discard"}
KNOWN_LABELS = ROLE_LABELS | TRIGGER_LABELS | FLAG_LABELS
EVENT_ROLES = {"Attribution", "Attribution-no-source", "Source", "Cue", "Content", "Content2"}

_ID_LINE = re.compile(r"^[TERAMN#*]\d*\t")
_OFFSETS = re.compile(r"^\d+ \d+(;\d+ \d+)*$")


@dataclass(frozen=True, slots=True)
class _TextBound:
    label: str
    spans: tuple[Span, ...]
    line: int


def parse_ann(ann: str, text: str, path: str | Path = "<ann>") -> Analysis:
    """Parse one ``.ann`` file against its article text.

    Checks every offset against the text and every surface string against the covered
    text; raises :class:`AnnotationError` naming file and line.
    """
    bounds: dict[str, _TextBound] = {}
    events: list[tuple[int, str, list[tuple[str, str]]]] = []
    last_t: str | None = None
    for n, line in enumerate(ann.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        if not _ID_LINE.match(line):
            if last_t is None:
                raise AnnotationError(path, n, "line is not a brat annotation (expected an id, a tab and a body)")
            continue  # continuation of a multi-line surface text
        ident, _, rest = line.partition("\t")
        last_t = None
        if ident.startswith("T"):
            if ident in bounds:
                raise AnnotationError(path, n, f"{ident} is defined twice")
            bounds[ident] = _parse_textbound(ident, rest, text, path, n)
            last_t = ident
        elif ident.startswith("E"):
            if ident in {e[1] for e in events}:
                raise AnnotationError(path, n, f"{ident} is defined twice")
            args = []
            for part in rest.split():
                role, sep, target = part.partition(":")
                if not sep or not target:
                    raise AnnotationError(path, n, f"broken relation argument {part!r} (expected Role:Tid)")
                if role not in EVENT_ROLES:
                    raise AnnotationError(path, n, f"unknown relation role {role!r}")
                args.append((role, target))
            events.append((n, ident, args))
        # A (attributes), R (relations), # (notes) and others carry nothing we use.
    attributions = []
    for n, ident, args in events:
        for _, target in args:
            if target not in bounds:
                raise AnnotationError(path, n, f"relation {ident} refers to undefined annotation {target}")
        roles: dict[str, list[Span]] = {"Source": [], "Cue": [], "Content": []}
        no_source = False
        for role, target in args:
            tb = bounds[target]
            if role in TRIGGER_LABELS:
                no_source = no_source or role == "Attribution-no-source" or tb.label == "Attribution-no-source"
                continue
            roles["Content" if role == "Content2" else role].extend(tb.spans)
        contents = tuple(sorted(roles["Content"]))
        attributions.append(
            Attribution(
                id=ident,
                sources=() if no_source else tuple(sorted(roles["Source"])),
                cues=tuple(sorted(roles["Cue"])),
                contents=contents,
                kind=quote_kind(text, contents),
            )
        )
    return Analysis(text=text, attributions=tuple(attributions), id=Path(path).stem)


def _parse_textbound(ident: str, rest: str, text: str, path: str | Path, n: int) -> _TextBound:
    head, _, surface = rest.partition("\t")
    label, _, offsets = head.partition(" ")
    if label not in KNOWN_LABELS:
        raise AnnotationError(path, n, f"unknown label {label!r} on {ident}")
    if not _OFFSETS.match(offsets):
        raise AnnotationError(path, n, f"bad offsets {offsets!r} on {ident} (expected 'start end' or 'a b;c d')")
    spans = []
    for frag in offsets.split(";"):
        s, e = (int(x) for x in frag.split())
        if s >= e:
            raise AnnotationError(path, n, f"empty or reversed span {s} {e} on {ident}")
        if e > len(text):
            raise AnnotationError(
                path, n, f"span {s} {e} on {ident} runs past the end of the text ({len(text)} characters)"
            )
        spans.append(Span(s, e))
    covered = " ".join(sp.of(text) for sp in spans)
    if surface and surface.split() != covered.split()[: len(surface.split())]:
        raise AnnotationError(path, n, f"surface text of {ident} does not match the article at {offsets}")
    return _TextBound(label, tuple(spans), n)


def annotators_from_metadata(metadata: str | Path) -> dict[str, list[str]]:
    """Map article name to its annotators, in the order ``metadata.tsv`` lists them."""
    out: dict[str, list[str]] = {}
    reader = csv.DictReader(io.StringIO(read_utf8(metadata), newline=""), delimiter="\t")
    try:
        for row in reader:
            if "filename" not in row:
                raise AnnotationError(metadata, reader.line_num, "metadata.tsv needs a 'filename' column")
            names = [a for a in (row.get("annotators") or "").split("|") if a]
            out[row["filename"] or ""] = names
    except csv.Error as exc:
        raise AnnotationError(metadata, reader.line_num, f"not a TSV file ({exc})") from None
    return out


def read_utf8(path: str | Path) -> str:
    """A UTF-8 text file as stored (``newline=""``), or an :class:`AnnotationError` naming the byte."""
    raw = Path(path).read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise AnnotationError(path, line, f"not valid UTF-8 (byte {exc.start})") from None


def iter_brat(
    directory: str | Path, annotator: str = "first", metadata: str | Path | None = None
) -> Iterator[Analysis]:
    """Yield the annotated articles of a brat corpus directory.

    ``annotator`` picks one annotation per article when several exist: ``"first"`` takes the
    first annotator listed in ``metadata.tsv`` (found next to or above the directory when
    not given), or the alphabetically first file without metadata; ``"all"`` yields every
    file (article id ``<article>_<annotator>``).
    """
    root = Path(directory)
    text_dir = root / "text" if (root / "text").is_dir() else root
    ann_dir = root / "attributions" if (root / "attributions").is_dir() else root
    if not text_dir.is_dir():
        raise AnnotationError(root, None, "not a brat directory")
    if metadata is None:
        for cand in (root / "metadata.tsv", root.parent / "metadata.tsv"):
            if cand.is_file():
                metadata = cand
                break
    order = annotators_from_metadata(metadata) if metadata else {}
    ids = _read_ids(root)
    texts = sorted(text_dir.glob("*.txt"))
    articles = {t.stem for t in texts}
    for txt in texts:
        article = txt.stem
        exact = ann_dir / f"{article}.ann"
        # "a_b.ann" is article a_b's own file when a_b.txt exists, never annotator b of article a
        by_annotator = [p for p in sorted(ann_dir.glob(f"{article}_*.ann")) if p.stem not in articles]
        anns = by_annotator or ([exact] if exact.is_file() else [])
        if not anns:
            continue
        if annotator != "all" and len(anns) > 1:
            anns = [_pick(anns, article, order.get(article, []), annotator)]
        text = read_utf8(txt)
        for ann in anns:
            doc = parse_ann(read_utf8(ann), text, ann)
            name = ann.stem if annotator == "all" else article
            yield Analysis(text=text, attributions=doc.attributions, id=ids.get(name, name))


def _pick(anns: list[Path], article: str, listed: list[str], annotator: str) -> Path:
    by_name = {a.stem[len(article) + 1 :]: a for a in anns}
    wanted = listed if annotator == "first" else [annotator]
    for name in wanted:
        if name in by_name:
            return by_name[name]
    if annotator != "first":
        raise AnnotationError(anns[0].parent, None, f"no annotation by {annotator!r} for {article}")
    return anns[0]


def read_brat(directory: str | Path, annotator: str = "first", metadata: str | Path | None = None) -> list[Analysis]:
    """All articles of a brat corpus directory (see :func:`iter_brat`)."""
    return list(iter_brat(directory, annotator, metadata))


def to_ann(analysis: Analysis) -> str:
    """Render attributions as brat standoff lines (one event per attribution)."""
    text = analysis.text
    lines: list[str] = []
    t = 0

    def bound(label: str, spans: tuple[Span, ...]) -> str:
        nonlocal t
        t += 1
        offsets = ";".join(f"{s.start} {s.end}" for s in spans)
        surface = " ".join(s.of(text) for s in spans).replace("\n", " ")
        lines.append(f"T{t}\t{label} {offsets}\t{surface}")
        return f"T{t}"

    for e, a in enumerate(analysis.attributions, 1):
        args = []
        trigger_label = "Attribution" if a.sources else "Attribution-no-source"
        if a.cues:
            args.append(f"{trigger_label}:{bound(trigger_label, a.cues)}")
            args.append(f"Cue:{bound('Cue', a.cues)}")
        if a.sources:
            args.append(f"Source:{bound('Source', a.sources)}")
        if a.contents:
            args.append(f"Content:{bound('Content', a.contents)}")
        lines.append(f"E{e}\t" + " ".join(args))
    return "\n".join(lines) + "\n"


def write_brat(directory: str | Path, analyses: list[Analysis]) -> None:
    """Write ``text/`` and ``attributions/`` for each article, named by its id made safe (:func:`safe_names`).

    Where a name differs from its id, ``ids.tsv`` (file name, id) records the id, and
    :func:`iter_brat` reads it back: nothing is written outside ``directory``, no two
    articles share a file, and ids survive the round trip.
    """
    root = Path(directory)
    names = safe_names([a.id for a in analyses])
    for name, a in zip(names, analyses, strict=True):
        atomic_write(root / "text" / f"{name}.txt", a.text)
        atomic_write(root / "attributions" / f"{name}.ann", to_ann(a))
    renamed = [(n, a.id) for n, a in zip(names, analyses, strict=True) if a.id is not None and n != a.id]
    if renamed:
        rows = "".join(f"{n}\t{_tsv(i)}\n" for n, i in renamed)
        atomic_write(root / IDS_FILE, "file\tid\n" + rows)


IDS_FILE = "ids.tsv"


def _tsv(value: str) -> str:
    """A value for one TSV cell: backslash, tab and line breaks escaped."""
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _untsv(value: str) -> str:
    out, chars = [], iter(value)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            out.append({"t": "\t", "n": "\n", "r": "\r"}.get(nxt, nxt))
        else:
            out.append(ch)
    return "".join(out)


def _read_ids(root: Path) -> dict[str, str]:
    """``ids.tsv`` of a directory written by :func:`write_brat`: file name -> article id."""
    path = root / IDS_FILE
    if not path.is_file():
        return {}
    ids = {}
    for n, line in enumerate(read_utf8(path).splitlines()[1:], 2):
        name, tab, value = line.partition("\t")
        if not tab:
            raise AnnotationError(path, n, "expected 'file<TAB>id'")
        ids[name] = _untsv(value)
    return ids
