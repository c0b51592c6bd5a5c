"""The terminal report of one analysis (rich), plain when not on a terminal."""

from __future__ import annotations

from io import StringIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from claims.types import Analysis, Attribution

# how the reports name the attributions that are not claims, by relation
NOT_CLAIM_WORDS = {
    "belief": ("belief", "beliefs"),
    "intention": ("wish or demand", "wishes or demands"),
    "naming": ("naming", "namings"),
    "action": ("action", "actions"),
    "perception": ("perception", "perceptions"),
    "question": ("question", "questions"),
    "assertion": ("thing not said", "things not said"),
}


def also_found(others: list[Attribution]) -> str:
    """The line "also found: 2 namings, 1 action (not claims: ...)", or "" when there are none."""
    if not others:
        return ""
    counts: dict[str, int] = {}
    for a in others:
        counts[a.relation or "assertion"] = counts.get(a.relation or "assertion", 0) + 1
    parts = [f"{n} {NOT_CLAIM_WORDS.get(r, (r, r + 's'))[n != 1]}" for r, n in counts.items()]
    return f"also found: {', '.join(parts)} (not claims: not graded, not counted)"


def _clip(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render_text(analysis: Analysis, color: bool = False, width: int = 110) -> str:
    """Score and band first (when scored), then each claim, the attributions that are not claims, the unattributed."""
    buf = StringIO()
    console = Console(file=buf, force_terminal=color, no_color=not color, width=width, highlight=False)
    text = analysis.text
    console.print(f"[bold]{escape(analysis.id or 'article')}[/bold]")
    score = analysis.score
    if score is not None:
        console.print(f"sourcing score [bold]{score.value:.0f}/100[/bold]: [bold]{score.band}[/bold]")
        console.print("  " + "  ".join(f"{k.split('_')[0]} {v:.2f}" for k, v in score.profile.items()))
        for w in (w for w in score.warnings if w not in score.reasons):
            console.print(f"  [yellow]! {escape(str(w))}[/yellow]")
        for r in score.reasons[:8]:
            console.print(f"  - {escape(str(r))}")
    entities = {e.id: e for e in analysis.sources}
    table = Table(show_lines=True, expand=True)
    for name, ratio in (("#", 1), ("source (type)", 5), ("cue", 2), ("claim", 10), ("kind / type", 3), ("grade", 2)):
        table.add_column(name, ratio=ratio, overflow="fold")
    claims = [a for a in analysis.attributions if a.claim]
    others = [a for a in analysis.attributions if not a.claim]
    for i, a in enumerate(claims, 1):
        source = "; ".join(s.of(text) for s in a.sources) or "(no source named)"
        entity = entities.get(a.source_entity or "")
        if entity is not None:
            via = f", via {entity.relayed_by[0].of(text)}" if entity.relayed_by else ""
            source += f" ({entity.type.replace('_', ' ')}{via})"
        grade = (
            f"{a.assessment.source_grade}{a.assessment.support_grade} {a.assessment.score:.0f}" if a.assessment else ""
        )
        cells = (
            str(i),
            _clip(source, 80),
            _clip(" … ".join(c.of(text) for c in a.cues), 30),
            _clip(" … ".join(c.of(text) for c in a.contents)),
            f"{a.kind.value} / {a.claim_type or '-'}",
            grade,
        )
        table.add_row(*map(escape, cells))
    console.print(f"{len(claims)} attributed claim{'s' if len(claims) != 1 else ''}")
    console.print(table)
    if others:
        console.print(f"[bold]{also_found(others)}[/bold]")
        for a in others:
            source = "; ".join(s.of(text) for s in a.sources) or "-"
            what = _clip(" … ".join(c.of(text) for c in a.contents), 90)
            cue = " … ".join(c.of(text) for c in a.cues)
            tag = escape(f"[{'not said' if a.relation in (None, 'assertion') else a.relation}]")
            console.print(f"- {tag} {escape(_clip(source, 40))} [italic]{escape(cue)}[/italic] {escape(what)}")
    if analysis.unattributed:
        console.print("[bold]unattributed claims[/bold] (most check-worthy first)")
        for u in sorted(analysis.unattributed, key=lambda u: -(u.checkworthiness or 0.0)):
            worth = "" if u.checkworthiness is None else f"{u.checkworthiness:.2f} "
            console.print(escape(f"- {worth}[{u.claim_type}] {_clip(u.span.of(text))}"))
    return buf.getvalue()
