"""The words for every code the scores use: grades, types, profile measures, rules.

One place for how the reports, the JSON ``summary`` and the legends say a code in words.
Each rule and measure points to the heading of ``docs/scoring.md`` that explains it (a test
checks that every anchor exists).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from claims.types import Reason

DOCS = "docs/scoring.md"

SOURCE_TYPES = {
    "named_person": "named person",
    "named_organisation": "named organisation",
    "official_statement": "official statement",
    "news_outlet": "news outlet",
    "state_media": "state media",
    "anonymous_specific": "anonymous, specifically described",
    "anonymous_vague": "vague anonymous source",
    "social_media": "social media post",
    "court_or_record": "court or public record",
    "poll_or_data": "poll or dataset",
    "own_reporting": "the publication's own reporting",
    "unknown": "unknown kind of source",
}

CLAIM_TYPES = {
    "casualty_figure": "casualty figure",
    "numeric": "figure",
    "allegation": "allegation",
    "denial": "denial",
    "prediction": "prediction",
    "opinion": "opinion",
    "event": "event",
    "method": "note on method",
    "disclosure": "note on sourcing",
}

# how the reports name the attributions that are not claims, by relation (singular, plural)
NOT_CLAIMS = {
    "belief": ("belief", "beliefs"),
    "intention": ("wish or demand", "wishes or demands"),
    "naming": ("naming", "namings"),
    "action": ("action", "actions"),
    "perception": ("perception", "perceptions"),
    "question": ("question", "questions"),
    "assertion": ("thing not said", "things not said"),
}

KINDS = {"direct": "direct quote", "mixed": "partly quoted", "indirect": "paraphrase"}

SOURCE_GRADES = {
    "A": "strong source",
    "B": "good source",
    "C": "fair source",
    "D": "weak source",
    "E": "very weak source",
    "F": "no source to judge",
}

SUPPORT_GRADES = {
    1: "independently corroborated",
    2: "corroborated once, or a primary record",
    3: "a single transparent source",
    4: "a single interested or anonymous source",
    5: "contradicted in the article",
    6: "cannot be judged",
}

# rule code -> (what it is, the docs/scoring.md anchor that explains it)
RULES: Mapping[str, tuple[str, str]] = {
    "F1": ("form of attribution", "claim-features"),
    "F2": ("identification of the source", "claim-features"),
    "F3": ("proximity to the facts", "claim-features"),
    "F4": ("independence of the source", "claim-features"),
    "F5": ("corroboration", "claim-features"),
    "F6": ("transparency", "claim-features"),
    "F7": ("the writer's commitment", "claim-features"),
    "F8": ("claim type", "claim-features"),
    "G1": ("no source for a check-worthy claim", "caps-and-penalties"),
    "G2": ("anonymous opinion or accusation", "caps-and-penalties"),
    "G3": ("vague anonymous source", "caps-and-penalties"),
    "G4": ("unchecked figure from an interested party", "caps-and-penalties"),
    "G5": ("interested or anonymous claim framed as fact", "caps-and-penalties"),
    "D1": ("doubt cast on an undisputed claim", "caps-and-penalties"),
    "contradicted": ("contradicted in the article", "grades"),
    "capped": ("weakest-link cap", "article-score"),
    "no_independent_source": ("no independent source", "warnings"),
    "single_origin": ("one origin carries most claims", "warnings"),
    "relay_dependence": ("heavy relay dependence", "warnings"),
}


@dataclass(frozen=True)
class Measure:
    """One number of the article profile, as the reports show it."""

    label: str
    meaning: str
    percent: bool  # stored 0-1, shown 0-100; otherwise already 0-100
    lower_is_better: bool = False

    def shown(self, value: float) -> float:
        """The value on the one 0-100 scale of the reports."""
        return value * 100 if self.percent else value


PROFILE: Mapping[str, Measure] = {
    "A1_coverage": Measure("named sources", "share of claims with a named source", True),
    "A2_mean_claim_quality": Measure("claim quality", "mean claim score, weighted by prominence", False),
    "A3_transparency": Measure("transparency", "sources identified, words not from anonymous sources", True),
    "A4_diversity": Measure("diversity", "number of sources, kinds of source, sides heard", True),
    "A5_independence": Measure("independence", "claims with an institutional or independent source", True),
    "A6_concentration": Measure("spread", "how evenly claims spread over their origins", True),
    "A7_relay_dependence": Measure("relayed", "claims known only through another outlet", True, True),
    "A8_weakest_link": Measure("weakest central claim", "lowest score of the three most prominent claims", False),
}


def source_type(code: str) -> str:
    """A source type in words ("anonymous_specific" -> "anonymous, specifically described")."""
    return SOURCE_TYPES.get(code, code.replace("_", " "))


def claim_type(code: str | None) -> str:
    """A claim type in words; "claim" when untyped."""
    return CLAIM_TYPES.get(code, code.replace("_", " ")) if code else "claim"


def grade_code(source_grade: str, support_grade: int) -> str:
    """Both grades as one code, "E/5" (the slash keeps "F/6" apart from the feature F6)."""
    return f"{source_grade}/{support_grade}"


def grade_words(source_grade: str, support_grade: int) -> str:
    """Both grades in words: "very weak source; contradicted in the article"."""
    return f"{SOURCE_GRADES.get(source_grade, '?')}; {SUPPORT_GRADES.get(support_grade, '?')}"


def see(rule: str) -> str | None:
    """Where ``docs/scoring.md`` explains a rule ("docs/scoring.md#caps-and-penalties"), None if nowhere."""
    entry = RULES.get(rule)
    return f"{DOCS}#{entry[1]}" if entry else None


def profile_line(name: str, value: float) -> str:
    """One profile number with its label on the 0-100 scale: "named sources 79"."""
    m = PROFILE.get(name)
    if m is None:
        return f"{name} {value:g}"
    arrow = " (lower is better)" if m.lower_is_better else ""
    return f"{m.label} {m.shown(value):.0f}{arrow}"


def legend() -> list[str]:
    """The key to the grades, for the foot of the reports."""
    source = ", ".join(f"{k} {v}" for k, v in SOURCE_GRADES.items())
    support = ", ".join(f"{k} {v}" for k, v in SUPPORT_GRADES.items())
    return [
        f"source grade (who says it: identified, close to the facts, independent): {source}",
        f"support grade (what backs it in the article): {support}",
        f"claim score 0-100 from the features F1-F6 ({see('F1')}) after the caps G1-G5 and D1 ({see('G1')}); "
        f"profile numbers 0-100 ({DOCS}#article-profile)",
    ]


def summary(
    source_grade: str,
    support_grade: int,
    source: Sequence[str],
    support: str,
    missing: Sequence[str] = (),
    caps: Sequence[Reason] = (),
) -> str:
    """A claim's grades in one or two sentences.

    "Source E (very weak source): anonymous, specifically described, interested party
    (government), relayed by Reuters. Support 4 (a single interested or anonymous source).
    Missing: reason for anonymity. Capped at 40: unchecked figure from an interested party."
    """
    out = f"Source {source_grade} ({SOURCE_GRADES.get(source_grade, '?')}): {', '.join(source)}."
    out += f" Support {support_grade} ({SUPPORT_GRADES.get(support_grade, '?')}){': ' + support if support else ''}."
    if missing:
        out += f" Missing: {', '.join(missing)}."
    for r in caps:
        what = RULES.get(r.rule, (r.rule, ""))[0]
        value = r.value if isinstance(r.value, (int, float)) else 0
        out += f" Capped at {value:g}: {what}." if value >= 0 else f" {value:g} points: {what}."
    return out
