"""Every number of the sourcing score (and the rules' numbers), typed, from ``claims/data/weights.json``.

``weights_of(rubric)`` reads the rubric's number groups once per rubric object into a frozen
:class:`Weights`. Its attribute paths are the file's key paths: ``weights_of(r).caps.G3_vague_anonymous``
is ``"caps": {"G3_vague_anonymous": ...}``. The rubric schema (``claims/data/schemas/rubric.schema.json``,
whose groups are generated from these dataclasses) says what each group holds: a group missing a
key, holding an unknown one, or a value of the wrong kind is a :class:`~claims.rubric.RubricError`
naming the key path; keys starting with ``_`` (the ``_doc`` lines) are ignored. A user rubric
(``--rubric FILE``) replaces whole groups, and is checked when it is loaded.

This module imports nothing of the scoring itself, so any module (rules, sources) may read it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, get_type_hints
from weakref import WeakKeyDictionary

from claims.rubric import Rubric, RubricError, check

T = TypeVar("T")


@dataclass(frozen=True)
class ClaimWeights:
    """``weights``: the weighted sum of the claim features (sourcing notes §7.4)."""

    f1_form: float
    f2_identifiability: float
    f3_proximity: float
    f4_independence: float
    f5_corroboration: float
    f6_transparency: float


@dataclass(frozen=True)
class Caps:
    """``caps``: the soft caps G1-G4 and the penalties G5 and D1 (§7.3)."""

    G1_unattributed_or_agentless: float
    G2_anonymous_opinion_or_allegation: float
    G3_vague_anonymous: float
    G4_interested_figure_unchecked: float
    G5_factive_penalty: float
    D1_unwarranted_doubt_penalty: float


@dataclass(frozen=True)
class ArticleWeights:
    """``article_weights``: the article score's weighted sum and its weakest-link cap (§7.5)."""

    A2_quality: float
    A1_coverage: float
    A3_transparency: float
    A4_diversity: float
    A5_independence: float
    A6_concentration: float
    weakest_link_threshold: float
    weakest_link_cap: float


@dataclass(frozen=True)
class FeatureScales:
    """``feature_scales``: the top value of each integer feature; the sum divides by it."""

    f2_identifiability: int
    f3_proximity: int
    f4_independence: int
    f5_corroboration: int


@dataclass(frozen=True)
class SourceGrades:
    """``source_grades``: the lowest mean of F2, F3, F4 (each over its scale) for each letter; below D is E."""

    A: float
    B: float
    C: float
    D: float


@dataclass(frozen=True)
class SoftCaps:
    """``soft_caps``: where a cap starts squeezing, as a share of the cap."""

    knee: float


@dataclass(frozen=True)
class Prominence:
    """``prominence``: the weight of a claim in the article (1 for an ordinary one)."""

    lede: float
    figure: float


@dataclass(frozen=True)
class Discounts:
    """``discounts``: factors for what counts only in part."""

    answering_figure: float
    explained_anonymity: float


@dataclass(frozen=True)
class Diversity:
    """``diversity``: the A4 mix of sources, source types and sides."""

    sources: float
    sources_max: int
    type_spread: float
    sides: float
    sides_max: int


@dataclass(frozen=True)
class ArticleRules:
    """``article_rules``: the weakest link, the warning thresholds and the reason limit."""

    weakest_link_claims: int
    single_origin_share: float
    relay_share: float
    max_reasons: int


@dataclass(frozen=True)
class Corroboration:
    """``corroboration``: when two claims say the same thing."""

    min_jaccard: float
    min_shared_words: int
    min_word_chars: int
    max_peers: int


@dataclass(frozen=True)
class RuleConfidence:
    """``rule_confidence``: the confidence each rule family gives the attributions it adds."""

    hedges: float
    figures: float
    trailing: float
    quotes: float
    documents: float
    nested: float


@dataclass(frozen=True)
class Extraction:
    """``extraction``: numbers of the extraction rules."""

    min_statement_words: int
    antecedent_window_chars: int


@dataclass(frozen=True)
class Weights:
    """Every number of ``weights.json``; attribute paths are the file's key paths."""

    weights: ClaimWeights
    caps: Caps
    article_weights: ArticleWeights
    bands: tuple[tuple[float, str], ...]  # (floor, name), highest floor first
    feature_scales: FeatureScales
    source_grades: SourceGrades
    soft_caps: SoftCaps
    prominence: Prominence
    discounts: Discounts
    diversity: Diversity
    article_rules: ArticleRules
    corroboration: Corroboration
    rule_confidence: RuleConfidence
    extraction: Extraction


def per_rubric(build: Callable[[Rubric], T]) -> Callable[[Rubric], T]:
    """``build`` run once per rubric object (the cache lets go of a rubric nobody holds)."""
    cache: WeakKeyDictionary[Rubric, T] = WeakKeyDictionary()

    def cached(rubric: Rubric) -> T:
        if rubric not in cache:
            cache[rubric] = build(rubric)
        return cache[rubric]

    cached.__doc__ = build.__doc__
    return cached


def _group(body: Mapping[str, Any], cls: type[T]) -> T:
    """A weight group the schema passed, as its dataclass (values as read: an int stays one, texts print "cap 25")."""
    return cls(**{f.name: body[f.name] for f in dataclasses.fields(cls)})  # type: ignore[arg-type]


_GROUPS: Mapping[str, type] = {
    f.name: get_type_hints(Weights)[f.name] for f in dataclasses.fields(Weights) if f.name != "bands"
}


@per_rubric
def weights_of(rubric: Rubric) -> Weights:
    """The rubric's numbers as :class:`Weights` (read once per rubric object)."""
    missing = [key for key in ("bands", *_GROUPS) if key not in rubric.data]
    if missing:
        raise RubricError(f"missing weight group {missing[0]!r}")
    data = {key: rubric.data[key] for key in ("bands", *_GROUPS)}
    check(data, "rubric")
    groups: dict[str, Any] = {key: _group(data[key], cls) for key, cls in _GROUPS.items()}
    return Weights(bands=tuple((floor, name) for floor, name in data["bands"]), **groups)


def soft_cap(score: float, cap: float, knee: float | None = None) -> float:
    """A cap that keeps order: scores up to ``knee * cap`` stay, higher ones are squeezed below ``cap``.

    A flat ``min(score, cap)`` gives every capped claim (or article) the same score, so two
    versions that differ in everything but the capped flaw would tie. Here 100 maps to the
    cap and the scores between the knee and 100 keep their order. ``knee`` is
    ``soft_caps.knee`` of the rubric (the default rubric's when not given).
    """
    share = weights_of(Rubric.default()).soft_caps.knee if knee is None else knee
    bend = share * cap
    return score if score <= bend else bend + (score - bend) * (cap - bend) / (100 - bend)


def grade(mean: float, grades: SourceGrades) -> str:
    """The source grade A-E of a mean of F2, F3 and F4, each over its scale."""
    for letter in ("A", "B", "C", "D"):
        if mean >= getattr(grades, letter):
            return letter
    return "E"
