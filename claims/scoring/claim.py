"""How well is each claim sourced: features F1-F8, caps G1-G5, grades and reasons.

Follows ``../shared/notes/sourcing.md`` §7 (docs/scoring.md explains every rule and its
reference). The score measures sourcing and transparency, never truth. Pure: an
:class:`~claims.types.Analysis` with sources in, the same analysis with assessments out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claims.claimtypes import FIGURES
from claims.rubric import Rubric
from claims.scoring.corroboration import Claim, corroboration
from claims.sources.entities import speaking_sources
from claims.text import QUOTE_CHARS, sentence_at, sentence_index, sentences
from claims.types import Analysis, Attribution, ClaimAssessment, SourceEntity, Span, Unattributed

CHECK_WORTHY = frozenset({"casualty_figure", "numeric", "allegation", "event", "opinion", "prediction", "denial"})
INDEPENDENT_TYPES = frozenset({"court_or_record", "poll_or_data", "own_reporting"})


@dataclass(frozen=True)
class Context:
    """Article-wide facts the per-claim rules need."""

    text: str
    rubric: Rubric
    entities: dict[str, SourceEntity]
    has_non_verification: bool
    has_response: bool
    disputed_sides: frozenset[str] = frozenset()  # sides facing another side in this article
    anonymity_explained: frozenset[str] = frozenset()  # anonymous sources whose anonymity the article explains
    method_notes: frozenset[str] = frozenset()  # sources that say how their figures were made


def _found(rubric: Rubric, key: str, text: str) -> bool:
    return bool(rubric.pattern(key).search(text))


KNEE = 0.75  # soft caps start squeezing at three quarters of the cap

ALWAYS_INTERESTED = frozenset({"company", "campaign", "party spokesperson", "opposition"})


def independence(entity: SourceEntity | None, claim_type: str | None, rubric: Rubric, disputed: frozenset[str]) -> int:
    """F4, 0-3: independent (3), institutional (2), interested (1), interested and anonymous (0).

    A government body is an interested party only when the article sets it against another
    side; a company or campaign speaking about itself always is.
    """
    if entity is None:
        return 0
    name = entity.name
    if entity.type == "poll_or_data" and entity.identifiability < 3:
        return 1  # "figures show": whose figures?
    if entity.type in INDEPENDENT_TYPES or (_found(rubric, "independent_words", name) and entity.side is None):
        return 3
    interested = entity.type == "state_media" or entity.side in ALWAYS_INTERESTED or entity.side in disputed
    if interested:
        attack = claim_type in {"allegation", "opinion"}
        return 0 if (not entity.named or attack) else 1
    return 2 if entity.named else 1


def proximity(entity: SourceEntity | None) -> int:
    """F3, 0-4: primary record (4), first-hand (3), statement (2), relayed (1), unknown (0)."""
    if entity is None:
        return 0
    if entity.second_hand or entity.type in {"news_outlet", "state_media", "social_media"}:
        return 1
    if entity.type in INDEPENDENT_TYPES:
        return 4 if entity.identifiability >= 3 else 0
    if entity.type in {"official_statement", "anonymous_vague", "named_organisation"}:
        return 2
    return 3 if entity.type != "unknown" else 0


def commitment(cue: str, rubric: Rubric) -> str:
    """F7: how the writer frames the claim through the cue."""
    lex = rubric.data.get("cue_commitment", {})
    low = cue.lower()
    for cls in ("denial", "hedged", "distancing", "factive"):
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in lex.get(cls, ())):
            return cls
    return "neutral"


def _same_sentence(text: str, a: Attribution) -> bool:
    """AP's same-sentence rule: every unquoted part of the content shares a sentence with the source or cue.

    A quotation may run on over several sentences; an unquoted sentence that only continues
    an earlier "police said" is a statement the reader cannot tell is attributed.
    """
    anchors = [sentence_at(text, s.start) for s in (*a.sources, *a.cues)]

    def attributed(c: Span) -> bool:
        if any(q in text[max(0, c.start - 1) : c.start + 1] for q in QUOTE_CHARS):
            return True  # part of a quotation
        return any(sent is not None and sent.overlaps(c) for sent in anchors)

    return bool(a.contents) and all(attributed(c) for c in a.contents)


def _grade(x: float) -> str:
    return "A" if x >= 0.85 else "B" if x >= 0.7 else "C" if x >= 0.5 else "D" if x >= 0.3 else "E"


def soft_cap(score: float, cap: float) -> float:
    """A cap that keeps order: scores up to ``KNEE * cap`` stay, higher ones are squeezed below ``cap``.

    A flat ``min(score, cap)`` gives every capped claim (or article) the same score, so two
    versions that differ in everything but the capped flaw would tie. Here 100 maps to the
    cap and the scores between the knee and 100 keep their order.
    """
    knee = KNEE * cap
    return score if score <= knee else knee + (score - knee) * (cap - knee) / (100 - knee)


def assess(claim: Claim, ctx: Context, corroborated: int, contradicted: bool) -> ClaimAssessment:
    """Score one claim and explain the score."""
    rubric, text = ctx.rubric, ctx.text
    w, caps = rubric.data["weights"], rubric.data["caps"]
    entity, ctype = claim.entity, claim.claim_type
    form = "none" if claim.attribution is None else ("explicit" if claim.attribution.sources else "agentless")
    f2 = entity.identifiability if entity and form == "explicit" else 0
    f3 = proximity(entity) if form == "explicit" else 0
    f4 = independence(entity, ctype, rubric, ctx.disputed_sides) if form == "explicit" else 0
    sents, at = sentences(text), sentence_index(text, claim.span.start)
    sentence = sents[at].of(text) if at is not None else claim.span.of(text)
    following = sents[at + 1].of(text) if at is not None and at + 1 < len(sents) else ""
    anonymous = entity is not None and not entity.named
    if form == "explicit" and _found(rubric, "document_seen", sentence):
        f3 = 4  # a document the reporter saw: a primary record (AP, Reuters: say how the material was obtained)
    interested = f4 <= 1 and form == "explicit"
    extras: dict[str, bool] = {}
    if form == "explicit":
        assert claim.attribution is not None
        extras["direct quote"] = claim.attribution.kind.value in {"direct", "mixed"}
        extras["attribution in the same sentence"] = _same_sentence(text, claim.attribution)
    if anonymous:
        extras["reason for anonymity given"] = entity is not None and entity.id in ctx.anonymity_explained
    if interested or anonymous or ctype in FIGURES:
        extras["non-verification disclosed"] = ctx.has_non_verification
    if ctype in {"allegation", "casualty_figure", "opinion"} or (ctype in FIGURES and ctx.has_response):
        extras["other side's response reported"] = ctx.has_response  # a figure often accuses: credit, never blame
    method = _found(rubric, "method_phrases", sentence) or _found(rubric, "method_phrases", following)
    method = method or (ctype in FIGURES and claim.entity is not None and claim.entity.id in ctx.method_notes)
    if ctype in FIGURES:
        extras["method behind the figure given"] = method
    if contradicted:
        extras["the dispute over the claim is reported"] = True  # readers see the other side's account
    f6 = sum(extras.values()) / len(extras) if extras else 0.0
    f5 = corroborated
    raw = (
        w["f1_form"] * (form == "explicit")
        + w["f2_identifiability"] * f2 / 4
        + w["f3_proximity"] * f3 / 4
        + w["f4_independence"] * f4 / 3
        + w["f5_corroboration"] * f5 / 3
        + w["f6_transparency"] * f6
    )
    score = 100 * raw
    reasons: list[str] = []
    cue = " ".join(c.of(text) for c in claim.attribution.cues) if claim.attribution else ""
    f7 = commitment(cue, rubric) if claim.attribution else "none"

    def cap(rule: str, limit: float, why: str) -> None:
        nonlocal score
        score = soft_cap(score, limit)
        reasons.append(f"{rule} (cap {limit:g}): {why}")

    if form != "explicit" and ctype in CHECK_WORTHY:
        what = "agentless hedge, no source named" if form == "agentless" else "stated with no attribution"
        cap("G1", caps["G1_unattributed_or_agentless"], f"{what} (AP, Reuters, BBC: attribute contentious claims)")
    if anonymous and f2 <= 2 and ctype in {"opinion", "allegation"}:
        cap(
            "G2",
            caps["G2_anonymous_opinion_or_allegation"],
            "anonymous source for an opinion or accusation (AP, NYT, WaPo)",
        )
    if anonymous and f2 == 1:
        cap("G3", caps["G3_vague_anonymous"], "vague anonymous source (AP: 'a source' almost never acceptable)")
    if interested and ctype in FIGURES and not (method or f5 >= 2 or ctx.has_non_verification):
        cap(
            "G4",
            caps["G4_interested_figure_unchecked"],
            "figure from an interested party with no method, corroboration or non-verification notice"
            " (BBC statistics; sourcing.md §5.2)",
        )
    if (interested or anonymous) and f7 == "factive":
        score -= caps["G5_factive_penalty"]
        reasons.append(
            f"G5 (-{caps['G5_factive_penalty']}): an interested or anonymous claim framed as fact by '{cue}'"
        )
    if f7 == "distancing" and f4 >= 2 and not contradicted and ctype not in {"allegation", "opinion"}:
        score -= caps["D1_unwarranted_doubt_penalty"]
        reasons.append(
            f"D1 (-{caps['D1_unwarranted_doubt_penalty']}): '{cue}' casts doubt on a claim from a source with no"
            " stake that nothing in the article disputes (Bender: 'claimed' casts doubt; WP:CLAIM)"
        )
    score = max(0.0, round(score, 1))
    reasons += _feature_reasons(entity, form, f3, f4, f5, contradicted, extras)
    source_grade = _grade((f2 / 4 + f3 / 4 + f4 / 3) / 3) if form == "explicit" else "F"
    if form != "explicit":
        support = 6
    elif contradicted:
        support = 5
    elif f5 == 3:
        support = 1
    elif f5 == 2 or f3 == 4:
        support = 2
    elif interested or anonymous:
        support = 4
    else:
        support = 3
    features = {
        "F1_form": form,
        "F2_identifiability": f2,
        "F3_proximity": f3,
        "F4_independence": f4,
        "F5_corroboration": f5,
        "F6_transparency": round(f6, 3),
        "F7_commitment": f7,
        "F8_claim_type": ctype,
    }
    return ClaimAssessment(score, source_grade, support, features, tuple(reasons))


def _feature_reasons(
    entity: SourceEntity | None, form: str, f3: int, f4: int, f5: int, contradicted: bool, extras: dict[str, bool]
) -> list[str]:
    out = []
    if entity is not None and form == "explicit":
        kind = {
            4: "named source with role",
            3: "named organisation, document or outlet",
            2: "anonymous but specifically described source",
            1: "vague anonymous source",
            0: "unidentified source",
        }
        out.append(
            f"F2 {entity.identifiability}: {kind[entity.identifiability]} (AP: most specific identification possible)"
        )
        if f3 == 1:
            how = "relayed through another outlet" if entity.second_hand else "reported by a media outlet"
            out.append(f"F3 1: {how}, not first-hand (WaPo, AP: credit and weigh second-hand reports)")
        if f4 <= 1:
            party = (
                "state media of a party"
                if entity.type == "state_media"
                else f"an interested party ({entity.side or 'anonymous'})"
            )
            out.append(f"F4 {f4}: {party} (Reuters: weigh the source's motive)")
        elif f4 == 3:
            out.append("F4 3: independent source (Reuters, NYT: independent confirmation)")
    out.append(
        "F5 0: no independent corroboration (BBC: reluctant to rely on a single source)"
        if f5 == 0
        else f"F5 {f5}: corroborated by {'independent ' if f5 >= 2 else 'same-side or relayed '}sources"
    )
    if contradicted:
        out.append("contradicted in the article by another source (reported openly)")
    for name, present in extras.items():
        out.append(f"F6 {'+' if present else '-'}: {name}")
    return out


def anonymity_explained(analysis: Analysis, rubric: Rubric) -> frozenset[str]:
    """Anonymous sources with a reason for anonymity in the sentence of one of their mentions."""
    text = analysis.text
    out = set()
    for e in analysis.sources:
        for m in e.mentions if not e.named else ():
            at = sentence_index(text, m.start)
            if at is not None and _found(rubric, "anonymity_reasons", sentences(text)[at].of(text)):
                out.add(e.id)
                break
    return frozenset(out)


def score_claims(analysis: Analysis, rubric: Rubric | None = None) -> Analysis:
    """Attach an assessment to every attribution and unattributed claim."""
    rubric = rubric or Rubric.default()
    text = analysis.text
    sides = frozenset(e.side for e in speaking_sources(analysis) if e.side)
    ctx = Context(
        text,
        rubric,
        {e.id: e for e in analysis.sources},
        _found(rubric, "non_verification", text),
        _found(rubric, "response_phrases", text) or any(a.claim_type == "denial" for a in analysis.attributions),
        sides if len({side.split()[-1] for side in sides}) >= 2 else frozenset(),
        anonymity_explained(analysis, rubric),
        frozenset(a.source_entity for a in analysis.attributions if a.claim_type == "method" and a.source_entity),
    )
    claims = [Claim.of(a, ctx.entities) for a in analysis.attributions]
    claims += [Claim.unattributed(u) for u in analysis.unattributed]
    support = corroboration(text, claims)
    assessed = [assess(c, ctx, *support[i]) for i, c in enumerate(claims)]
    n = len(analysis.attributions)
    attributions: list[Attribution] = [
        replace(a, assessment=s) for a, s in zip(analysis.attributions, assessed[:n], strict=True)
    ]
    unattributed: list[Unattributed] = [
        replace(u, assessment=s) for u, s in zip(analysis.unattributed, assessed[n:], strict=True)
    ]
    return replace(analysis, attributions=tuple(attributions), unattributed=tuple(unattributed))
