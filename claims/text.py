"""Offset-preserving text utilities: tokens, sentences, paragraphs, quotation marks."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claims.types import Kind, Span

OPEN_QUOTES = '"“„«‘'
CLOSE_QUOTES = '"”»’'
QUOTE_CHARS = frozenset('"“”„‟«»')
# any mark that can open or close a quotation, single ones included (NYT writes ''double'' as two)
QUOTE_MARKS = QUOTE_CHARS | frozenset("'‘’‹›")

_WORD = re.compile(r"\w+(?:[’'.\-]\w+)*|[^\w\s]", re.UNICODE)
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace
# and an upper-case letter, digit or opening quote; or at a line break.
_SENT_END = re.compile(r"(?<=[.!?])[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n+")
_ABBREV = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Sens|Rep|Reps|Del|Rev|Gov|Gen|Adm|Capt|Maj|Lt|Col|Sgt|Cpl|Pvt|Cmdr|Atty|Supt|Insp|Fr|"
    r"St|Jr|Sr|Inc|Corp|Co|Ltd|U\.S|U\.N|U\.K|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|[A-Z])\.$"
)


def word_spans(text: str) -> list[Span]:
    """Words and punctuation marks as spans (a simple, offset-exact tokenizer)."""
    return [Span(m.start(), m.end()) for m in _WORD.finditer(text)]


def paragraph_spans(text: str) -> list[Span]:
    """Non-empty lines of the text, without surrounding whitespace."""
    out = []
    pos = 0
    for line in text.split("\n"):
        span = Span(pos, pos + len(line)).strip(text)
        if len(span):
            out.append(span)
        pos += len(line) + 1
    return out


HEADLINE_MAX_WORDS = 30


def headline(text: str) -> Span | None:
    """The article's headline: its first line when more lines follow, it is short and it does not end in a full stop."""
    paras = paragraph_spans(text)
    if len(paras) < 2:
        return None
    first = paras[0]
    line = first.of(text)
    if len(line.split()) > HEADLINE_MAX_WORDS or line.rstrip("\"'”’").endswith("."):
        return None
    return first


def split_lines(text: str, span: Span) -> list[Span]:
    """The parts of a span on each line, trimmed; empty parts dropped (annotated spans stay within a line)."""
    out, start = [], span.start
    while True:
        cut = text.find("\n", start, span.end)
        part = Span(start, span.end if cut < 0 else cut).strip(text)
        if len(part):
            out.append(part)
        if cut < 0:
            return out
        start = cut + 1


def sentence_spans(text: str) -> list[Span]:
    """Sentences as trimmed spans; never crosses a line break (cached per text)."""
    return list(_sentences(text))


def sentence_index(text: str, pos: int) -> int | None:
    """Index (in :func:`sentences`) of the sentence holding character ``pos``, or None."""
    spans = _sentences(text)
    i = bisect.bisect_right(_sentence_starts(text), pos) - 1
    return i if i >= 0 and spans[i].start <= pos < spans[i].end else None


def sentence_at(text: str, pos: int) -> Span | None:
    """The sentence holding character ``pos``, or None (found by bisection)."""
    i = sentence_index(text, pos)
    return None if i is None else _sentences(text)[i]


def sentences(text: str) -> tuple[Span, ...]:
    """The cached tuple behind :func:`sentence_spans` (no copy)."""
    return _sentences(text)


@lru_cache(maxsize=16)
def _sentence_starts(text: str) -> tuple[int, ...]:
    return tuple(s.start for s in _sentences(text))


@lru_cache(maxsize=16)
def _sentences(text: str) -> tuple[Span, ...]:
    out: list[Span] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end() if m.group().strip() else m.start()
        if "\n" not in m.group() and _ABBREV.search(text[max(start, end - 6) : end]):
            continue
        span = Span(start, end).strip(text)
        if len(span):
            out.append(span)
        start = m.end()
    span = Span(start, len(text)).strip(text)
    if len(span):
        out.append(span)
    return tuple(out)


def quoted_chars(text: str) -> list[bool]:
    """For each character (and one past the end), whether it lies inside a double quotation; a line break ends one."""
    out, inside = [], False
    for c in text:
        if c == "\n" or c in "”»":
            inside = False
        elif c in "“«„":
            inside = True
        elif c == '"':
            inside = not inside
        out.append(inside)
    out.append(False)
    return out


def has_quote(text: str) -> bool:
    """True when the text holds a double quotation mark of any style."""
    return any(c in QUOTE_CHARS for c in text)


def quote_kind(text: str, contents: Sequence[Span]) -> Kind:
    """Direct when every fragment is one whole quotation, mixed when quoted parts are mixed in."""
    fragments = [s.strip(text).of(text) for s in contents]
    if not any(has_quote(f) for f in fragments):
        return Kind.INDIRECT
    marks = "".join(QUOTE_CHARS)
    for f in fragments:
        inner = f.strip(marks + " ,.;:!?")
        if not f or f[0] not in QUOTE_CHARS or has_quote(inner):
            return Kind.MIXED
    return Kind.DIRECT


def _extends(ch: str) -> bool:
    """A character that belongs to the one before it on screen: a combining mark, a joiner, a modifier."""
    return (
        unicodedata.category(ch) in ("Mn", "Mc", "Me")
        or ch in "\u200d\ufe0e\ufe0f"
        or "\U0001f3fb" <= ch <= "\U0001f3ff"
    )


def _inside_word(text: str, b: int, joiners: str) -> bool:
    """True when the boundary before ``text[b]`` falls inside one word or one character as read.

    Inside a word: "Brack|wood", "p.|m.", "al|-Sham"; inside a character: "e|\u0301" (a letter
    and its combining accent), an emoji and its modifier or joiner.
    """
    if b <= 0 or b >= len(text):
        return False
    left, right = text[b - 1], text[b]
    if _extends(right) or left == "\u200d":
        return True
    if _extends(left) and right.isalnum():
        return True  # "Jose\u0301|e": the accented letter is part of the word
    if left.isalnum() and right.isalnum():
        return True
    if left in joiners and right.isalnum():
        return b >= 2 and text[b - 2].isalnum()
    return right in joiners and left.isalnum() and b + 1 < len(text) and text[b + 1].isalnum()


def snap_to_words(text: str, span: Span) -> Span:
    """Widen a span that starts or ends inside a word to the whole word ("Bra" -> "Brackwood").

    A tagger works on subword tokens and can stop mid-word; a reader never does. A
    possessive "'s" is left outside, as annotators leave it.
    """
    start, end = span.start, span.end
    while _inside_word(text, start, ".-'’"):
        start -= 1
    while _inside_word(text, end, ".-"):
        end += 1
    return Span(start, end)


_QUOTE_OPENERS = "".join(QUOTE_MARKS) + "("
_QUOTE_EDGES = "".join(QUOTE_MARKS) + " ,.!?"
_SMALL = frozenset(
    ["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"]
)


def title_case(quoted: str) -> bool:
    """True for a quotation written as a title: every word but small ones capitalised, at least two."""
    words = [w for w in quoted.strip(_QUOTE_EDGES).split() if any(ch.isalpha() for ch in w)]
    big = [w for w in words if w.lower() not in _SMALL]
    return len(big) >= 2 and all(w.lstrip(_QUOTE_OPENERS)[:1].isupper() for w in big)


# "LONDON (Reuters) - ", "PERRIS, Calif. (AP) — ", "LONDON, March 3 (Reuters) -", "(Reuters) - ",
# "WASHINGTON —": a place in capitals (a region after a comma may be in title case), an optional
# date, an outlet in brackets, a dash. Without an outlet or a region the place needs four letters
# or more, so "US - China talks" and "NHS - the figures" open no dateline.
_CAP = "A-ZÀ-ÖØ-Þ"
_DATELINE = re.compile(
    rf"(?P<place>[{_CAP}][{_CAP}.'’-]+(?:[ ][{_CAP}][{_CAP}.'’-]+)*)?"
    rf"(?P<region>,[ ]+[{_CAP}][\w.'’-]*(?:[ ][{_CAP}][\w.'’-]*){{0,2}})?"
    r"(?:,?[ ]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ ]+\d{1,2})?"
    r"[ ]*(?:\((?P<outlet>[A-Z][^()\n]{0,40})\))?[ ]*(?:--?|[–—])[ ]+"
)


@dataclass(frozen=True)
class Dateline:
    """The dateline that opens an article: its whole span, and the outlet it names, if any."""

    span: Span
    outlet: Span | None


def dateline(text: str) -> Dateline | None:
    """The dateline at the start of the first or second paragraph (after a headline), else None."""
    for para in paragraph_spans(text)[:2]:
        m = _DATELINE.match(text, para.start)
        if m is None or not (m.group("place") or m.group("outlet")):
            continue
        letters = sum(c.isalpha() for c in m.group("place") or "")
        if m.group("outlet") or m.group("region") or letters >= 4:
            outlet = Span(m.start("outlet"), m.end("outlet")) if m.group("outlet") else None
            return Dateline(Span(m.start(), m.end()), outlet)
    return None
