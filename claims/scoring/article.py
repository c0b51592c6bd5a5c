"""The article profile A1-A8, the article score, its band and warnings (the sourcing notes §7.5).

Numbers come from ``claims/data/weights.json`` (:func:`~claims.scoring.weights.weights_of`).
The claim assessments are read through their typed reasons and features, never their texts.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from claims.claimtypes import FIGURES
from claims.rubric import Rubric
from claims.scoring import reasons as why
from claims.scoring.corroboration import Claim
from claims.scoring.facts import ArticleFacts, article_facts
from claims.scoring.features import Features
from claims.scoring.weights import Weights, soft_cap, weights_of
from claims.text import paragraph_spans
from claims.types import Analysis, ArticleScore, Attribution, ClaimAssessment, Reason, Unattributed


@dataclass(frozen=True)
class Profile:
    """A1-A8 and what the verdict needs besides."""

    values: dict[str, float]  # A1_coverage ... A8_weakest_link, unrounded
    origins: Counter[str]  # sourced claims per origin (relays collapsed)
    weakest: int | None = None  # the counted claim behind A8


def _prominence(claim: Claim, lede_end: int, w: Weights) -> float:
    """A claim's weight in the profile: the lede and figures weigh more, an unattributed one by its check-worthiness."""
    p = w.prominence.lede if claim.span.start < lede_end else 1.0
    p *= claim.checkworthiness if claim.checkworthiness is not None else 1.0
    return p * (w.prominence.figure if claim.claim_type in FIGURES else 1.0)


def band_of(value: float, rubric: Rubric) -> str:
    """The band name for an article score."""
    return _band(value, weights_of(rubric))


def _band(value: float, w: Weights) -> str:
    bands = w.bands
    for floor, name in bands:
        if value >= floor:
            return name
    return bands[-1][1]


def prominence(facts: ArticleFacts, w: Weights) -> list[float]:
    """Each claim's weight: lede and figures more, an answering figure less, an unattributed one by check-worthiness."""
    paras = paragraph_spans(facts.text)
    lede_end = paras[1].end if len(paras) > 1 else (paras[0].end if paras else 0)
    position = {k: i for i, k in enumerate(facts.counted)}
    answers = {position[j] for _, j in facts.figure_disputes if j in position}  # the other side's figure (N6)
    discount = w.discounts.answering_figure
    return [
        _prominence(c, lede_end, w) * (discount if i in answers else 1.0) for i, c in enumerate(facts.counted_claims())
    ]


def profile(facts: ArticleFacts, assessed: list[ClaimAssessment], features: list[Features], w: Weights) -> Profile:
    """A1-A8 of the article (docs/scoring.md)."""
    claims, sources, text = facts.counted_claims(), facts.speakers, facts.text
    weights = prominence(facts, w)
    total = sum(weights) or 1.0
    explicit = [c.attribution is not None and bool(c.attribution.sources) for c in claims]
    a1 = sum(x for x, e in zip(weights, explicit, strict=True) if e) / total if claims else 0.0
    a2 = sum(x * s.score for x, s in zip(weights, assessed, strict=True)) / total if claims else 0.0
    named_share = sum(e.identifiability >= 3 for e in sources) / len(sources) if sources else 0.0
    counted = [c.attribution for c in claims if c.attribution is not None]
    attributed_chars = [(sum(len(c) for c in a.contents), a.source_entity) for a in counted if a.sources]
    all_chars = sum(n for n, _ in attributed_chars) or 1
    half = w.discounts.explained_anonymity  # AP: anonymity explained is half the fault
    anonymous = [(n, e) for n, e in attributed_chars if e and not facts.entities[e].named]
    anon_share = sum(n * (half if e in facts.anonymity_explained else 1.0) for n, e in anonymous) / all_chars
    a3 = named_share * (1 - anon_share)
    a5 = sum(f.independent for f in features) / len(assessed) if assessed else 0.0
    origins = Counter(c.origin(text, i) for i, c in enumerate(claims) if c.entity is not None)
    n_sourced = sum(origins.values())
    hhi = sum((n / n_sourced) ** 2 for n in origins.values()) if n_sourced else 1.0
    a6 = 1 - hhi if n_sourced else 0.0
    a7 = sum(f.proximity == 1 for f in features) / len(assessed) if assessed else 0.0
    top = sorted(range(len(claims)), key=lambda i: -weights[i])[: w.article_rules.weakest_link_claims]
    weakest = min(top, key=lambda i: assessed[i].score, default=None)
    a8 = assessed[weakest].score if weakest is not None else 0.0
    values = {
        "A1_coverage": a1,
        "A2_mean_claim_quality": a2,
        "A3_transparency": a3,
        "A4_diversity": diversity(facts, features, w),
        "A5_independence": a5,
        "A6_concentration": a6,
        "A7_relay_dependence": a7,
        "A8_weakest_link": a8,
    }
    return Profile(values, origins, weakest)


def diversity(facts: ArticleFacts, features: list[Features], w: Weights) -> float:
    """A4: how many sources (up to a maximum), how spread over source types, how many sides."""
    sources, d = facts.speakers, w.diversity
    types = Counter(e.type for e in sources)
    entropy = -sum(n / len(sources) * math.log(n / len(sources)) for n in types.values()) if sources else 0.0
    h_norm = entropy / math.log(len(types)) if len(types) > 1 else 0.0
    sides = set(facts.sides) | ({"independent"} if any(f.independent for f in features) else set())
    return min(
        1.0,
        d.sources * min(len(sources), d.sources_max) / d.sources_max
        + d.type_spread * h_norm
        + d.sides * min(len(sides), d.sides_max) / d.sides_max,
    )


def verdict(
    p: Profile, assessed: list[ClaimAssessment], features: list[Features], w: Weights, labels: Sequence[str] = ()
) -> ArticleScore:
    """The article score (weighted, capped by the weakest link), its warnings and reasons.

    ``labels`` name the assessed claims ("claim 3"); the reasons say which claims they come from.
    """
    a, k, rules = p.values, w.article_weights, w.article_rules
    value = 100 * (
        k.A2_quality * a["A2_mean_claim_quality"] / 100
        + k.A1_coverage * a["A1_coverage"]
        + k.A3_transparency * a["A3_transparency"]
        + k.A4_diversity * a["A4_diversity"]
        + k.A5_independence * a["A5_independence"]
        + k.A6_concentration * a["A6_concentration"]
    )
    reasons: list[Reason] = []
    warnings: list[Reason] = []
    limited = soft_cap(value, k.weakest_link_cap, w.soft_caps.knee)
    if a["A8_weakest_link"] < k.weakest_link_threshold and value > limited:
        value = limited
        central = labels[p.weakest] if p.weakest is not None and p.weakest < len(labels) else ""
        reasons.append(why.weakest_link(k.weakest_link_cap, central))
    if assessed and not any(f.independence == 3 for f in features):
        warnings.append(why.no_independent_source())
    n_sourced = sum(p.origins.values())
    if p.origins and max(p.origins.values()) / n_sourced > rules.single_origin_share and n_sourced > 1:
        warnings.append(why.single_origin(max(p.origins.values()) / n_sourced))
    if a["A7_relay_dependence"] > rules.relay_share:
        warnings.append(why.relay_dependence(a["A7_relay_dependence"]))
    flagged: dict[str, list[str]] = {}
    for i, s in enumerate(assessed):
        for rule in dict.fromkeys(r.rule for r in map(why.as_reason, s.reasons) if r.rule in why.GATES):
            flagged.setdefault(rule, []).append(labels[i] if i < len(labels) else "")
    warnings += [why.applied(rule, len(on), claim_list([x for x in on if x])) for rule, on in sorted(flagged.items())]
    reasons += article_reasons(assessed, rules.max_reasons, labels)
    value = round(max(0.0, value), 1)
    profile = {name: round(v, 3) for name, v in a.items()}
    return ArticleScore(value, _band(value, w), why.carried(reasons), profile, why.carried(warnings))


def article_reasons(assessed: list[ClaimAssessment], limit: int, labels: Sequence[str] = ()) -> list[Reason]:
    """The distinct claim-level reasons that hurt most, weakest claims first, each naming its claims."""
    found: dict[str, tuple[Reason, list[str]]] = {}
    for i in sorted(range(len(assessed)), key=lambda i: assessed[i].score):
        for r in map(why.as_reason, assessed[i].reasons):
            if why.hurts(r):
                found.setdefault(r.text, (r, []))[1].append(labels[i] if i < len(labels) else "")
    out = []
    for r, where in list(found.values())[:limit]:
        named = claim_list([w for w in where if w])
        out.append(replace(r, text=f"{r.text}: {named}") if named else r)
    return out


def claim_list(labels: Sequence[str]) -> str:
    """Claim labels grouped, runs joined: "claim 2", "claim 3", "claim 4", "claim 7" -> "claims 2-4, 7"."""
    groups: dict[str, list[int]] = {}
    for label in labels:
        head, _, number = label.rpartition(" ")
        groups.setdefault(head, []).append(int(number))
    parts = []
    for head in sorted(groups, key=lambda h: h.startswith("unattributed")):
        numbers = sorted(set(groups[head]))
        runs: list[list[int]] = []
        for n in numbers:
            if runs and n == runs[-1][-1] + 1:
                runs[-1].append(n)
            else:
                runs.append([n])
        shown = [f"{r[0]}-{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs]
        parts.append(f"{head}{'s' if len(numbers) > 1 else ''} {', '.join(shown)}")
    return "; ".join(parts)


def score_article(analysis: Analysis, rubric: Rubric | None = None, facts: ArticleFacts | None = None) -> Analysis:
    """Profile and score an analysis whose claims carry assessments.

    ``facts`` are :func:`~claims.scoring.facts.article_facts` of the analysis (computed when not given).
    """
    rubric = rubric or Rubric.default()
    facts = facts if facts is not None else article_facts(analysis, rubric)
    w = weights_of(rubric)
    graded = [analysis.attributions[i] for i in facts.graded]
    items: list[Attribution | Unattributed] = [*graded, *analysis.unattributed]
    assessed = [a for a in (items[i].assessment for i in facts.counted) if a is not None]
    features = [Features.of(s.features) for s in assessed]
    labels = [facts.number(i) for i in facts.counted if items[i].assessment is not None]
    return replace(analysis, score=verdict(profile(facts, assessed, features, w), assessed, features, w, labels))
