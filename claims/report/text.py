"""The terminal report of one analysis (rich), plain when not on a terminal."""

from __future__ import annotations

from io import StringIO

from rich.console import Console
from rich.table import Table

from claims.types import Analysis


def _clip(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render_text(analysis: Analysis, color: bool = False, width: int = 110) -> str:
    """Score and band first (when scored), then each attribution, then unattributed claims."""
    buf = StringIO()
    console = Console(file=buf, force_terminal=color, no_color=not color, width=width, highlight=False)
    text = analysis.text
    console.print(f"[bold]{analysis.id or 'article'}[/bold]")
    score = analysis.score
    if score is not None:
        console.print(f"sourcing score [bold]{score.value:.0f}/100[/bold]: [bold]{score.band}[/bold]")
        console.print("  " + "  ".join(f"{k.split('_')[0]} {v:.2f}" for k, v in score.profile.items()))
        for w in (w for w in score.warnings if w not in score.reasons):
            console.print(f"  [yellow]! {w}[/yellow]")
        for r in score.reasons[:8]:
            console.print(f"  - {r}")
    entities = {e.id: e for e in analysis.sources}
    table = Table(show_lines=True, expand=True)
    for name, ratio in (("#", 1), ("source (type)", 5), ("cue", 2), ("claim", 10), ("kind / type", 3), ("grade", 2)):
        table.add_column(name, ratio=ratio, overflow="fold")
    for i, a in enumerate(analysis.attributions, 1):
        source = "; ".join(s.of(text) for s in a.sources) or "(no source named)"
        entity = entities.get(a.source_entity or "")
        if entity is not None:
            via = f", via {entity.relayed_by[0].of(text)}" if entity.relayed_by else ""
            source += f" ({entity.type.replace('_', ' ')}{via})"
        grade = (
            f"{a.assessment.source_grade}{a.assessment.support_grade} {a.assessment.score:.0f}" if a.assessment else ""
        )
        table.add_row(
            str(i),
            _clip(source, 80),
            _clip(" … ".join(c.of(text) for c in a.cues), 30),
            _clip(" … ".join(c.of(text) for c in a.contents)),
            f"{a.kind.value} / {a.claim_type or '-'}",
            grade,
        )
    console.print(f"{len(analysis.attributions)} attributions")
    console.print(table)
    if analysis.unattributed:
        console.print("[bold]unattributed claims[/bold]")
        for u in analysis.unattributed:
            console.print(f"- [{u.claim_type}] {_clip(u.span.of(text))}")
    return buf.getvalue()
