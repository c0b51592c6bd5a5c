"""The reasons behind claim and article scores, as typed :class:`~claims.types.Reason` values.

Each reason names its rule (``"G1"``, ``"F3"``, ``"D1"``, ``"capped"``, a warning's name), its
value (the cap, the penalty, the feature value, the share) and the standard it follows; its
text is the sentence the reports and the JSON show. The scorers read ``rule`` and ``value``,
never the text. Reasons read back from JSON are strings: :func:`as_reason` recovers their rule
and value, the one place a reason's text is ever parsed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claims.scoring import words
from claims.types import Reason

GATES = frozenset({"G1", "G2", "G3", "G4", "G5"})  # the caps and the factive penalty: counted in the warnings
HURTING = frozenset({("F3", 1), ("F4", 0), ("F4", 1), ("F2", 1), ("F2", 2), ("F5", 0)})  # (rule, value) that hurt

CAPPED = "capped"  # the article's weakest-link cap
NO_INDEPENDENT = "no_independent_source"
SINGLE_ORIGIN = "single_origin"
RELAYED = "relay_dependence"
CONTRADICTED = "contradicted"

_IDENTIFIED = {
    4: "named source with role",
    3: "named organisation, document or outlet",
    2: "anonymous but specifically described source",
    1: "vague anonymous source",
    0: "unidentified source",
}


def carried(reasons: Iterable[Reason]) -> tuple[Reason, ...]:
    """What an assessment or article score holds."""
    return tuple(reasons)


def as_reason(reason: Reason | str) -> Reason:
    """A reason; a text (read back from JSON) gets the rule and value its first words name."""
    return reason if isinstance(reason, Reason) else Reason.parse(reason)


def hurts(reason: Reason) -> bool:
    """A claim-level reason that the article lists: a cap or penalty, or a weak feature value."""
    return reason.rule in GATES or (reason.rule, reason.value) in HURTING


def cap(rule: str, limit: float, what: str, reference: str) -> Reason:
    """A soft cap applied (G1-G4)."""
    return Reason(rule, f"{rule} capped at {limit:g}: {what} ({reference})", limit, reference)


def factive(penalty: float, cue: str) -> Reason:
    """G5: an interested or anonymous claim framed as fact."""
    text = f"G5 (-{penalty}): an interested or anonymous claim framed as fact by '{cue}'"
    return Reason("G5", text, -penalty, "NewsGuard; Soni et al.")


def unwarranted_doubt(penalty: float, cue: str) -> Reason:
    """D1: a distancing cue on an undisputed claim of a source with no stake."""
    reference = "Bender: 'claimed' casts doubt; WP:CLAIM"
    text = (
        f"D1 (-{penalty}): '{cue}' casts doubt on a claim from a source with no stake"
        f" that nothing in the article disputes ({reference})"
    )
    return Reason("D1", text, -penalty, reference)


def identified(identifiability: int) -> Reason:
    """F2: how well the source is identified."""
    reference = "AP: most specific identification possible"
    text = f"F2 {identifiability}: {_IDENTIFIED[identifiability]} ({reference})"
    return Reason("F2", text, identifiability, reference)


RELAYS = {
    "outlet": "relayed through another outlet",
    "media": "reported by a media outlet",
    "nested": "known only through another source's account of it",
}


def relayed(by: str) -> Reason:
    """F3 = 1: not first-hand; ``by`` is a key of :data:`RELAYS`."""
    how = RELAYS[by]
    reference = "WaPo, AP: credit and weigh second-hand reports"
    return Reason("F3", f"F3 1: {how}, not first-hand ({reference})", 1, reference)


def interested(f4: int, state_media: bool, side: str | None) -> Reason:
    """F4 <= 1: an interested party."""
    party = "state media of a party" if state_media else f"an interested party ({side or 'anonymous'})"
    reference = "Reuters: weigh the source's motive"
    return Reason("F4", f"F4 {f4}: {party} ({reference})", f4, reference)


def independent() -> Reason:
    """F4 = 3: an independent source."""
    reference = "Reuters, NYT: independent confirmation"
    return Reason("F4", f"F4 3: independent source ({reference})", 3, reference)


def corroborated(f5: int, by: Sequence[str] = ()) -> Reason:
    """F5: corroboration, or its absence; ``by`` names the corroborating claims ("the ministry (claim 3)")."""
    if f5 == 0:
        reference = "BBC: reluctant to rely on a single source"
        return Reason("F5", f"F5 0: no independent corroboration ({reference})", 0, reference)
    kind = {3: "independent sources", 2: "an independent source"}.get(f5, "same-side or relayed sources only")
    return Reason("F5", f"F5 {f5}: corroborated by {kind}" + (f": {', '.join(by)}" if by else ""), f5)


def contradicted(by: Sequence[str] = ()) -> Reason:
    """Another source contradicts the claim in the article; ``by`` names the claims that do."""
    who = ", ".join(by) if by else "another source"
    return Reason(CONTRADICTED, f"contradicted in the article by {who}; the dispute is reported openly")


def transparency(name: str, present: bool) -> Reason:
    """F6: one transparency extra, present or missing."""
    state = "present" if present else "missing"
    return Reason("F6", f"F6 {state}: {name}", state)


def weakest_link(limit: float, claim: str = "") -> Reason:
    """The article capped because a central claim (``claim``: "claim 2") is weakly sourced."""
    reference = "NYT: hinge on a central fact"
    which = f" ({claim})" if claim else ""
    text = f"capped at {limit}: a central claim{which} rests on weak sourcing ({reference})"
    return Reason(CAPPED, text, limit, reference)


def no_independent_source() -> Reason:
    """Warning: no claim comes from an independent source."""
    text = "no independent source: no claim comes from an independent monitor, expert, court or record"
    return Reason(NO_INDEPENDENT, text)


def single_origin(share: float) -> Reason:
    """Warning: one origin carries most sourced claims."""
    reference = "BBC: single-source reliance"
    text = f"more than half of the sourced claims come from one origin ({reference})"
    return Reason(SINGLE_ORIGIN, text, share, reference)


def relay_dependence(share: float) -> Reason:
    """Warning: many claims relayed from other outlets."""
    reference = "WaPo, AP: second-hand reports"
    return Reason(RELAYED, f"{share:.0%} of claims are relayed from other outlets ({reference})", share, reference)


def applied(rule: str, n: int, claims: str = "") -> Reason:
    """Warning: a cap or penalty applied to ``n`` claims (``claims``: "claims 1, 3; unattributed claim 1")."""
    what = words.RULES.get(rule, (rule, ""))[0]
    text = f"{rule} ({what}) applied to {n} claim{'s' if n > 1 else ''}" + (f": {claims}" if claims else "")
    return Reason(rule, text, n)
