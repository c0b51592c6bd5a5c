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
    if analysis.score is not None:
        console.print(f"sourcing score [bold]{analysis.score.value:.0f}/100[/bold] ({analysis.score.band})")
    table = Table(show_lines=True, expand=True)
    for name, ratio in (("#", 1), ("source", 4), ("cue", 2), ("claim", 10), ("kind", 2), ("conf", 1)):
        table.add_column(name, ratio=ratio, overflow="fold")
    for i, a in enumerate(analysis.attributions, 1):
        source = "; ".join(s.of(text) for s in a.sources) or "(no source named)"
        table.add_row(
            str(i),
            _clip(source, 60),
            _clip(" … ".join(c.of(text) for c in a.cues), 30),
            _clip(" … ".join(c.of(text) for c in a.contents)),
            a.kind.value,
            f"{a.confidence:.2f}",
        )
    console.print(f"{len(analysis.attributions)} attributions")
    console.print(table)
    if analysis.unattributed:
        console.print("[bold]unattributed claims[/bold]")
        for u in analysis.unattributed:
            console.print(f"- {_clip(u.span.of(text))}")
    return buf.getvalue()
