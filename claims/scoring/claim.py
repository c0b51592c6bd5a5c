"""How well is each claim sourced: features F1-F8, caps G1-G5, grades and reasons.

Follows the project's sourcing notes §7 (docs/scoring.md explains every rule and its
reference). The score measures sourcing and transparency, never truth. Pure: an
:class:`~claims.types.Analysis` with sources in, the same analysis with assessments out.
Numbers come from ``claims/data/weights.json`` (:func:`~claims.scoring.weights.weights_of`),
words from ``claims/data/lexicons/scoring.json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from claims.claimtypes import FIGURES
from claims.rubric import Rubric
from claims.scoring import reasons as why
from claims.scoring import words
from claims.scoring.corroboration import Claim, Support, corroboration
from claims.scoring.facts import ArticleFacts, article_facts
from claims.scoring.features import ATTACKS, Features, commitment, independence, proximity, same_sentence
from claims.scoring.lexicons import found
from claims.scoring.weights import Weights, grade, soft_cap, weights_of
from claims.text import sentence_index, sentences
from claims.types import Analysis, Attribution, ClaimAssessment, Reason, SourceEntity, Unattributed

CHECK_WORTHY = frozenset({"casualty_figure", "numeric", "allegation", "event", "opinion", "prediction", "denial"})
RESPONSE_EXPECTED = frozenset({"allegation", "casualty_figure", "opinion"})  # claims that call for the other side

# the support grade: a scale, not a tuning number (docs/scoring.md)
INDEPENDENTLY_CORROBORATED, CORROBORATED_OR_PRIMARY, SINGLE_TRANSPARENT = 1, 2, 3
SINGLE_INTERESTED_OR_ANONYMOUS, CONTRADICTED, CANNOT_JUDGE = 4, 5, 6


@dataclass(frozen=True)
class Reading:
    """One claim as the rules see it: its features and the flags the caps test."""

    features: Features
    transparency: dict[str, bool]  # the applicable F6 extras, present or not, in reason order
    entity: SourceEntity | None
    anonymous: bool
    interested: bool
    method: bool  # the method behind a figure is given
    contradicted: bool
    cue: str
    nested: bool = False  # inside another attribution's content: known through that source


def read(claim: Claim, facts: ArticleFacts, rubric: Rubric, corroborated: int, contradicted: bool) -> Reading:
    """The features of one claim, with the flags its caps need."""
    text, entity, ctype = facts.text, claim.entity, claim.claim_type
    form = "none" if claim.attribution is None else ("explicit" if claim.attribution.sources else "agentless")
    explicit = form == "explicit"
    f2 = entity.identifiability if entity and explicit else 0
    f3 = proximity(entity) if explicit else 0
    f4 = independence(entity, ctype, rubric, facts.disputed_sides) if explicit else 0
    sents, at = sentences(text), sentence_index(text, claim.span.start)
    sentence = sents[at].of(text) if at is not None else claim.span.of(text)
    following = sents[at + 1].of(text) if at is not None and at + 1 < len(sents) else ""
    anonymous = entity is not None and not entity.named
    if explicit and found(rubric, "document_seen", sentence):
        f3 = 4  # a document the reporter saw: a primary record (AP, Reuters: say how the material was obtained)
    nested = claim.attribution is not None and claim.attribution.within is not None
    if explicit and nested:
        f3 = min(f3, 1)  # "Lawyers said the judge had found ...": the judge is heard only through the lawyers
    interested = f4 <= 1 and explicit
    method = found(rubric, "method_phrases", sentence) or found(rubric, "method_phrases", following)
    method = method or (ctype in FIGURES and entity is not None and entity.id in facts.method_notes)
    extras = _extras(claim, facts, form, anonymous, interested, method, contradicted)
    f6 = sum(extras.values()) / len(extras) if extras else 0.0
    cue = " ".join(c.of(text) for c in claim.attribution.cues) if claim.attribution else ""
    f7 = commitment(cue, rubric) if claim.attribution else "none"
    features = Features(form, f2, f3, f4, corroborated, f6, f7, ctype)
    return Reading(features, extras, entity, anonymous, interested, method, contradicted, cue, nested)


def _extras(
    claim: Claim, facts: ArticleFacts, form: str, anonymous: bool, interested: bool, method: bool, contradicted: bool
) -> dict[str, bool]:
    """The F6 transparency extras that apply to the claim, and whether each is present."""
    ctype = claim.claim_type
    extras: dict[str, bool] = {}
    if form == "explicit":
        assert claim.attribution is not None
        extras["direct quote"] = claim.attribution.kind.value in {"direct", "mixed"}
        extras["attribution in the same sentence"] = same_sentence(facts.text, claim.attribution)
    if anonymous:
        extras["reason for anonymity"] = claim.entity is not None and claim.entity.id in facts.anonymity_explained
    if interested or anonymous or ctype in FIGURES:
        extras["non-verification notice"] = facts.has_non_verification
    if ctype in RESPONSE_EXPECTED or (ctype in FIGURES and facts.has_response):
        extras["the other side's response"] = facts.has_response  # a figure often accuses: credit, never blame
    if ctype in FIGURES:
        extras["method behind the figure"] = method
    if contradicted:
        extras["the dispute over the claim reported"] = True  # readers see the other side's account
    return extras


def weighted(f: Features, w: Weights) -> float:
    """The claim score before caps: 100 times the weighted sum of the features over their scales."""
    k, s = w.weights, w.feature_scales
    raw = (
        k.f1_form * (f.form == "explicit")
        + k.f2_identifiability * f.identifiability / s.f2_identifiability
        + k.f3_proximity * f.proximity / s.f3_proximity
        + k.f4_independence * f.independence / s.f4_independence
        + k.f5_corroboration * f.corroboration / s.f5_corroboration
        + k.f6_transparency * f.transparency
    )
    return 100 * raw


def capped(score: float, r: Reading, w: Weights, facts: ArticleFacts) -> tuple[float, list[Reason]]:
    """The score after the caps G1-G4 and the penalties G5 and D1, with a reason for each that applied."""
    f, caps, knee = r.features, w.caps, w.soft_caps.knee
    ctype, out = f.claim_type, []
    rules: list[tuple[bool, str, float, str, str]] = [
        (
            f.form != "explicit" and ctype in CHECK_WORTHY,
            "G1",
            caps.G1_unattributed_or_agentless,
            "agentless hedge, no source named" if f.form == "agentless" else "stated with no attribution",
            "AP, Reuters, BBC: attribute contentious claims",
        ),
        (
            r.anonymous and f.identifiability <= 2 and ctype in ATTACKS,
            "G2",
            caps.G2_anonymous_opinion_or_allegation,
            "anonymous source for an opinion or accusation",
            "AP, NYT, WaPo",
        ),
        (
            r.anonymous and f.identifiability == 1,
            "G3",
            caps.G3_vague_anonymous,
            "vague anonymous source",
            "AP: 'a source' almost never acceptable",
        ),
        (
            r.interested and ctype in FIGURES and not (r.method or f.corroboration >= 2 or facts.has_non_verification),
            "G4",
            caps.G4_interested_figure_unchecked,
            "figure from an interested party with no method, corroboration or non-verification notice",
            "BBC statistics guidance",
        ),
    ]
    for applies, rule, limit, what, reference in rules:
        if applies:
            score = soft_cap(score, limit, knee)
            out.append(why.cap(rule, limit, what, reference))
    if (r.interested or r.anonymous) and f.commitment == "factive":
        score -= caps.G5_factive_penalty
        out.append(why.factive(caps.G5_factive_penalty, r.cue))
    if f.commitment == "distancing" and f.independence >= 2 and not r.contradicted and ctype not in ATTACKS:
        score -= caps.D1_unwarranted_doubt_penalty
        out.append(why.unwarranted_doubt(caps.D1_unwarranted_doubt_penalty, r.cue))
    return max(0.0, round(score, 1)), out


def feature_reasons(r: Reading, by: Sequence[str] = (), against: Sequence[str] = ()) -> list[Reason]:
    """The reasons the features give: identification, proximity, independence, corroboration, transparency.

    ``by`` and ``against`` name the claims that corroborate and contradict this one.
    """
    f, entity, out = r.features, r.entity, []
    if entity is not None and f.form == "explicit":
        out.append(why.identified(entity.identifiability))
        if f.proximity == 1:
            out.append(why.relayed("nested" if r.nested else "outlet" if entity.second_hand else "media"))
        if f.independence <= 1:
            out.append(why.interested(f.independence, entity.type == "state_media", entity.side))
        elif f.independence == 3:
            out.append(why.independent())
    out.append(why.corroborated(f.corroboration, by))
    if r.contradicted:
        out.append(why.contradicted(against))
    out += [why.transparency(name, present) for name, present in r.transparency.items()]
    return out


def grades(r: Reading, w: Weights) -> tuple[str, int]:
    """The source grade A-E (F when nothing can be judged) and the support grade 1-6."""
    f, s = r.features, w.feature_scales
    if f.form != "explicit":
        return "F", CANNOT_JUDGE
    parts = (f.identifiability / s.f2_identifiability, f.proximity / s.f3_proximity, f.independence / s.f4_independence)
    source = grade(sum(parts) / len(parts), w.source_grades)
    if r.contradicted:
        support = CONTRADICTED
    elif f.corroboration == 3:
        support = INDEPENDENTLY_CORROBORATED
    elif f.corroboration == 2 or f.proximity == 4:
        support = CORROBORATED_OR_PRIMARY
    elif r.interested or r.anonymous:
        support = SINGLE_INTERESTED_OR_ANONYMOUS
    else:
        support = SINGLE_TRANSPARENT
    return source, support


def assess(claim: Claim, facts: ArticleFacts, rubric: Rubric, support: Support) -> ClaimAssessment:
    """Score one claim and explain the score, naming the claims that corroborate or contradict it."""
    w = weights_of(rubric)
    r = read(claim, facts, rubric, support.corroboration, support.contradicted)
    score, caps = capped(weighted(r.features, w), r, w, facts)
    source, backing = grades(r, w)
    by, against = [facts.label(j) for j in support.by], [facts.label(j) for j in support.against]
    reasons = caps + feature_reasons(r, by, against)
    missing = [name for name, present in r.transparency.items() if not present]
    supported = support_words(r.features.corroboration, by, against)
    summary = words.summary(source, backing, source_words(r, facts.text), supported, missing, caps)
    return ClaimAssessment(score, source, backing, r.features.as_dict(), why.carried(reasons), summary)


def source_words(r: Reading, text: str) -> list[str]:
    """The source of a claim in words: its kind, its stake, the relay it comes through."""
    f, entity = r.features, r.entity
    if f.form == "agentless":
        return [f"no source named (only '{r.cue}')" if r.cue else "no source named"]
    if f.form != "explicit" or entity is None:
        return ["stated by the article with no attribution"] if f.form == "none" else ["no source identified"]
    out = [words.source_type(entity.type)]
    if f.independence <= 1:
        out.append(f"interested party ({entity.side})" if entity.side else "interested party")
    elif f.independence == 3:
        out.append("independent")
    if entity.relayed_by:
        out.append("relayed by " + entity.relayed_by[0].of(text))
    elif r.nested:
        out.append("known only through another source's account")
    return out


def support_words(corroboration: int, by: Sequence[str], against: Sequence[str]) -> str:
    """Who disputes or backs the claim, naming the claims (after the support grade's own words)."""
    if against:
        return "disputed by " + ", ".join(against)
    if by:
        lead = "backed by " if corroboration >= 2 else "echoed only by the same side or relays: "
        return lead + ", ".join(by)
    return ""


def score_claims(analysis: Analysis, rubric: Rubric | None = None, facts: ArticleFacts | None = None) -> Analysis:
    """Attach an assessment to every claim: the attributions that are claims, and the unattributed.

    ``facts`` are :func:`~claims.scoring.facts.article_facts` of the analysis (computed when not given).
    """
    rubric = rubric or Rubric.default()
    facts = facts if facts is not None else article_facts(analysis, rubric)
    claims = list(facts.claims)
    support = corroboration(facts.text, claims, list(facts.contents), list(facts.figure_disputes), rubric)
    assessed = [assess(c, facts, rubric, support[i]) for i, c in enumerate(claims)]
    n = len(facts.graded)
    of = dict(zip(facts.graded, assessed[:n], strict=True))
    attributions: list[Attribution] = [replace(a, assessment=of.get(i)) for i, a in enumerate(analysis.attributions)]
    unattributed: list[Unattributed] = [
        replace(u, assessment=s) for u, s in zip(analysis.unattributed, assessed[n:], strict=True)
    ]
    return replace(analysis, attributions=tuple(attributions), unattributed=tuple(unattributed))
