"""The article profile A1-A8, the article score, its band and warnings (sourcing.md §7.5)."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace

from claims.claimtypes import FIGURES, NOT_CLAIMS
from claims.rubric import Rubric
from claims.scoring.claim import anonymity_explained, soft_cap
from claims.scoring.corroboration import Claim, figure_disputes
from claims.sources.entities import speaking_sources
from claims.text import paragraph_spans
from claims.types import Analysis, ArticleScore, ClaimAssessment


def _prominence(claim: Claim, lede_end: int) -> float:
    p = 2.0 if claim.span.start < lede_end else 1.0
    return p * (1.5 if claim.claim_type in FIGURES else 1.0)


def band_of(value: float, rubric: Rubric) -> str:
    """The band name for an article score."""
    for floor, name in rubric.data["bands"]:
        if value >= floor:
            return str(name)
    return str(rubric.data["bands"][-1][1])


def score_article(analysis: Analysis, rubric: Rubric | None = None) -> Analysis:
    """Profile and score an analysis whose claims carry assessments."""
    rubric = rubric or Rubric.default()
    text = analysis.text
    entities = {e.id: e for e in analysis.sources}
    counted = [a for a in analysis.attributions if a.claim_type not in NOT_CLAIMS]
    claims = [Claim.of(a, entities) for a in counted] + [Claim.unattributed(u) for u in analysis.unattributed]
    assessed: list[ClaimAssessment] = [a.assessment for a in counted if a.assessment is not None]
    assessed += [u.assessment for u in analysis.unattributed if u.assessment is not None]
    paras = paragraph_spans(text)
    lede_end = paras[1].end if len(paras) > 1 else (paras[0].end if paras else 0)
    answers = {j for _, j in figure_disputes(text, claims)}  # the other side's figure: a response (N6)
    weights = [_prominence(c, lede_end) * (0.5 if i in answers else 1.0) for i, c in enumerate(claims)]
    total = sum(weights) or 1.0
    explicit = [c.attribution is not None and bool(c.attribution.sources) for c in claims]
    a1 = sum(w for w, e in zip(weights, explicit, strict=True) if e) / total if claims else 0.0
    a2 = sum(w * s.score for w, s in zip(weights, assessed, strict=True)) / total if claims else 0.0
    sources = speaking_sources(analysis)
    named_share = sum(e.identifiability >= 3 for e in sources) / len(sources) if sources else 0.0
    attributed_chars = [(sum(len(c) for c in a.contents), a.source_entity) for a in counted if a.sources]
    all_chars = sum(n for n, _ in attributed_chars) or 1
    explained = anonymity_explained(analysis, rubric)  # AP: anonymity explained is half the fault
    anonymous = [(n, e) for n, e in attributed_chars if e and not entities[e].named]
    anon_share = sum(n * (0.5 if e in explained else 1.0) for n, e in anonymous) / all_chars
    a3 = named_share * (1 - anon_share)
    types = Counter(e.type for e in sources)
    entropy = -sum(n / len(sources) * math.log(n / len(sources)) for n in types.values()) if sources else 0.0
    h_norm = entropy / math.log(len(types)) if len(types) > 1 else 0.0
    sides = {e.side for e in sources if e.side} | ({"independent"} if any(_independent(s) for s in assessed) else set())
    a4 = min(1.0, 0.4 * min(len(sources), 4) / 4 + 0.3 * h_norm + 0.3 * min(len(sides), 2) / 2)
    a5 = sum(_independent(s) for s in assessed) / len(assessed) if assessed else 0.0
    origins = Counter(c.origin(text, i) for i, c in enumerate(claims) if c.entity is not None)
    n_sourced = sum(origins.values())
    hhi = sum((n / n_sourced) ** 2 for n in origins.values()) if n_sourced else 1.0
    a6 = 1 - hhi if n_sourced else 0.0
    a7 = sum(s.features.get("F3_proximity") == 1 for s in assessed) / len(assessed) if assessed else 0.0
    top = sorted(range(len(claims)), key=lambda i: -weights[i])[:3]
    a8 = min((assessed[i].score for i in top), default=0.0)
    w = rubric.data["article_weights"]
    value = 100 * (
        w["A2_quality"] * a2 / 100
        + w["A1_coverage"] * a1
        + w["A3_transparency"] * a3
        + w["A4_diversity"] * a4
        + w["A5_independence"] * a5
        + w["A6_concentration"] * a6
    )
    reasons, warnings = [], []
    capped = soft_cap(value, w["weakest_link_cap"])
    if a8 < w["weakest_link_threshold"] and value > capped:
        value = capped
        reasons.append(
            f"capped at {w['weakest_link_cap']}: a central claim rests on weak sourcing (NYT: hinge on a central fact)"
        )
    if claims and not any(s.features.get("F4_independence") == 3 for s in assessed):
        warnings.append("no independent source: no claim comes from an independent monitor, expert, court or record")
    if origins and max(origins.values()) / n_sourced > 0.5 and n_sourced > 1:
        warnings.append("more than half of the sourced claims come from one origin (BBC: single-source reliance)")
    if a7 > 0.3:
        warnings.append(f"{a7:.0%} of claims are relayed from other outlets (WaPo, AP: second-hand reports)")
    flags = Counter(r.split(" ")[0] for s in assessed for r in s.reasons if r.startswith("G"))
    for flag, n in sorted(flags.items()):
        warnings.append(f"{flag} applied to {n} claim{'s' if n > 1 else ''}")
    reasons += [w for w in warnings if w.startswith("no independent")] + _article_reasons(claims, assessed)
    profile = {
        "A1_coverage": a1,
        "A2_mean_claim_quality": a2,
        "A3_transparency": a3,
        "A4_diversity": a4,
        "A5_independence": a5,
        "A6_concentration": a6,
        "A7_relay_dependence": a7,
        "A8_weakest_link": a8,
    }
    value = round(max(0.0, value), 1)
    score = ArticleScore(
        value, band_of(value, rubric), tuple(reasons), {k: round(v, 3) for k, v in profile.items()}, tuple(warnings)
    )
    return replace(analysis, score=score)


def _independent(s: ClaimAssessment) -> bool:
    """An institutional or independent source reached directly (not relayed), or independent corroboration."""
    f = s.features
    direct = f.get("F4_independence", 0) >= 2 and f.get("F3_proximity", 0) >= 2
    return bool(direct or f.get("F5_corroboration", 0) >= 2)


def _article_reasons(claims: list[Claim], assessed: list[ClaimAssessment]) -> list[str]:
    """The distinct claim-level reasons that hurt most, weakest claims first."""
    out: list[str] = []
    for i in sorted(range(len(claims)), key=lambda i: assessed[i].score):
        for r in assessed[i].reasons:
            bad = r.startswith("G") or r.startswith(("F3 1", "F4 0", "F4 1", "F2 1", "F2 2", "F5 0"))
            if bad and r not in out:
                out.append(r)
    return out[:12]
