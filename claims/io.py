"""File input and output at the edge of the package: reading articles, atomic writes."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from claims.errors import InputError, ModelError, OutputError

_HTML = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)


STALE_SECONDS = 600  # a temporary file of ours this old was left by a killed run


def atomic_write(path: str | Path, data: str | bytes) -> None:
    """Write a file so that readers see either the old or the whole new content.

    The temporary file lives beside the target (same file system) under a short name, and a
    stale one left by a killed run is removed. A target that is a directory, a symbolic link
    or another special file is refused (a character device or pipe such as ``/dev/stdout`` is
    written into, never replaced), and every failure (read-only, no space, a parent that
    is a file, a name too long) is an :class:`OutputError` naming the path.
    """
    path = Path(path)
    if check_output(path):
        _write_stream(path, data)  # /dev/stdout, /dev/null, a pipe: written into, never replaced
        return
    tag = hashlib.sha1(os.fsencode(path.name)).hexdigest()[:10]
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(path.parent, tag)
        fd, tmp = tempfile.mkstemp(prefix=f".claims-{tag}-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def check_output(path: Path) -> bool:
    """Refuse an output path that cannot take a file (:class:`OutputError`); True for a device or pipe to write into."""
    if path.is_symlink():
        raise OutputError(f"{path}: is a symbolic link; refusing to replace it (write to the path it points to)")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory; give a file name")
    if path.exists() and not path.is_file():
        if stat.S_ISCHR(path.stat().st_mode) or stat.S_ISFIFO(path.stat().st_mode):
            return True
        raise OutputError(f"{path}: not a regular file; refusing to replace it")
    parent = next((p for p in path.parents if p.exists()), None)
    if parent is not None and not parent.is_dir():
        raise OutputError(f"{path}: {parent} is a file, not a folder")
    return False


def _write_stream(path: Path, data: str | bytes) -> None:
    try:
        with path.open("wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _remove_stale(folder: Path, tag: str) -> None:
    """Remove this target's temporary files that a killed run left behind."""
    now = time.time()
    for old in folder.glob(f".claims-{tag}-*.tmp"):
        try:
            if now - old.stat().st_mtime > STALE_SECONDS:
                old.unlink()
        except OSError:
            pass


MAX_BYTES = 20_000_000  # the largest article read by default (--max-bytes)


URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")  # http://, https://, s3://, ...: not a file name


def article_files(name: str) -> list[str]:
    """The article files a command-line name stands for: a folder's ``.txt`` files (recursive, sorted), else itself."""
    path = Path(name)
    if name == "-" or URL.match(name) or not path.is_dir():
        return [name]
    found = sorted(str(p) for p in path.rglob("*.txt") if p.is_file())
    if not found:
        raise InputError(f"{name}: a folder with no .txt article files")
    return found


def read_article(path: str | Path, encoding: str = "utf-8", max_bytes: int = MAX_BYTES) -> str:
    """Read an article exactly as stored (``newline=""``: offsets index this string).

    Only a regular file of at most ``max_bytes`` is read (a device, FIFO or socket is refused
    before it can block or fill memory). Raises :class:`InputError` with a one-line reason
    for anything that is not a readable text article.
    """
    if URL.match(str(path)):
        raise InputError(f"{path}: fetching is not supported: save the article text to a file and score that")
    path = Path(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(f"{path}: {'a broken link' if path.is_symlink() else 'no such file'}") from None
    except OSError as exc:  # a symlink loop, a name too long, ...
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{path}: is a directory, not an article file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{path}: not a regular file (a device, pipe or socket); use - to read standard input")
    if st.st_size > max_bytes:
        raise InputError(f"{path}: {st.st_size} bytes, over the limit of {max_bytes} (--max-bytes)")
    try:
        with path.open("rb") as fh:
            raw = read_bounded(fh, str(path), max_bytes)
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return decode_article(raw, str(path), encoding)


def read_bounded(stream: BinaryIO, name: str, max_bytes: int = MAX_BYTES) -> bytes:
    """At most ``max_bytes`` from a stream (standard input); more is an :class:`InputError`, not a full memory."""
    raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise InputError(f"{name}: more than {max_bytes} bytes, over the limit (--max-bytes)")
    return raw


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


def decode_article(raw: bytes, name: str, encoding: str = "utf-8") -> str:
    """Decode article bytes; refuse binary data and undecodable text clearly.

    A UTF-16 or UTF-32 byte-order mark is honoured when the encoding is left at UTF-8, and
    those encodings (which hold NUL bytes) are never taken for binary data.
    """
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        encoding = next((enc for bom, enc in _BOMS if raw.startswith(bom)), encoding)
    try:
        wide = codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    if not wide and b"\x00" in raw[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid {encoding} (byte {exc.start}); pass --encoding, e.g. --encoding latin-1"
        ) from None
    problem = text_problem(text)
    if problem:
        raise InputError(f"{name}: {problem}")
    return text


def text_problem(text: str) -> str | None:
    """Why decoded text is no article to score (empty, binary, an HTML page), or None.

    ``claims score`` and ``claims batch`` both ask here, so they refuse the same inputs.
    """
    if not text.strip():
        return "empty article"
    if "\x00" in text:
        return "looks like a binary file, not text"
    if _HTML.match(text):
        return "looks like an HTML page; save the article's text (e.g. with a reader view) and score that"
    return None


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 80  # characters of an id kept in a file name (the rest is replaced by a hash)


def safe_names(ids: list[str | None], prefix: str = "article") -> list[str]:
    """A file name for each article id: only letters, digits, ``._-``; never a path; unique.

    An id that is already such a name is kept. Any other (a ``/``, ``..``, an absolute path,
    spaces, a very long id, one differing only in case from another) is cleaned and gets a
    short hash of the id, so two ids never share a name; a missing id gets ``prefix00001``.
    """
    out: list[str] = []
    taken: set[str] = set()
    for i, raw in enumerate(ids):
        if raw is None or not raw.strip():
            name = f"{prefix}{i:05d}"
        else:
            name = _UNSAFE.sub("_", raw).lstrip(".-_")[:MAX_NAME]
            if name != raw or name.lower() in taken:
                digest = hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:8]
                name = f"{name or prefix}-{digest}"
        base, n = name, 2
        while name.lower() in taken:
            name, n = f"{base}-{n}", n + 1
        taken.add(name.lower())
        out.append(name)
    return out


def page_paths(ids: list[str], suffix: str = ".html") -> list[str]:
    """A relative output path for each input path: its place under the inputs' common folder.

    ``suffix`` replaces the extension; every part is a safe file name (:func:`safe_names`); the
    paths are unique, case-insensitively.
    """
    parents = [os.path.dirname(os.path.abspath(i)) for i in ids]
    try:
        common = os.path.commonpath(parents) if parents else ""
    except ValueError:  # different drives
        common = ""
    out: list[str] = []
    taken: set[str] = set()
    for raw, parent in zip(ids, parents, strict=True):
        folder = os.path.relpath(parent, common) if common else ""
        parts = [p for p in Path(folder).parts if p not in (".", "")] + [Path(raw).stem or "article"]
        rel = "/".join(safe_names([p])[0] for p in parts)
        name, n = rel, 2
        while name.lower() in taken:
            name, n = f"{rel}-{n}", n + 1
        taken.add(name.lower())
        out.append(name + suffix)
    return out


def printable(name: str) -> str:
    """A file name (or a message holding one) with undecodable bytes shown as U+FFFD, never as invalid UTF-8."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def numbered_lines(path: Path) -> Iterator[tuple[int, str | None]]:
    """``(line number, text)`` of a UTF-8 text file read line by line (a byte-order mark is dropped).

    The text is None for a line that is not valid UTF-8, so the caller can name that very line.
    """
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if n == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                yield n, raw.decode("utf-8")
            except UnicodeDecodeError:
                yield n, None


def read_model_json(path: Path, what: str, error: type[ModelError] = ModelError) -> Any:
    """A model directory's JSON file (``what`` names it): unreadable, bad UTF-8 or bad JSON is ``error``."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(f"{path}: cannot read the {what} ({exc.strerror or exc})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read the {what}: not valid JSON ({exc})") from None
