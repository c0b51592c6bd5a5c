"""The self-contained HTML report: the article with its spans highlighted, claims, profile.

One file, no network: inline CSS, inline SVG for the profile chart, a few lines of inline
script for the claim panel. Every piece of article text is HTML-escaped, so markup inside an
article is shown as text and never runs.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable

from claims.report.text import also_found
from claims.types import Analysis, Role, Span

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#ff7f0e", "#7f7f7f")
ROLE_CLASS = {Role.SOURCE: "src", Role.CUE: "cue", Role.CONTENT: "con"}

CSS = """
body{font:16px/1.55 Georgia,serif;margin:0;display:flex;gap:2em;padding:1.5em;color:#222}
main{flex:3;white-space:pre-wrap;max-width:48em;overflow-wrap:anywhere} aside{flex:2;font:14px/1.4 system-ui,sans-serif}
mark{cursor:pointer;color:inherit;background:transparent}mark.sel{outline:2px solid #000}
mark.src{border-bottom:3px solid var(--c);font-weight:600;background:#fff7c2}mark.cue{background:#ffe08a}
mark.con{background:#e3f0ff}mark.oth{background:#f2f2f2;color:#555;border-bottom:1px dotted #888}
mark.un{background:#ffd6d6;text-decoration:underline dotted #c00}
ol.un-list{font-size:.85em;padding-left:1.4em;margin:.3em 0}
.band{font-size:1.3em;font-weight:700}.r{margin:.2em 0}.w{color:#a15c00}
table{border-collapse:collapse}td{padding:2px 6px;border-bottom:1px solid #eee;vertical-align:top}
#panel{border:1px solid #ccc;padding:.6em;margin-top:1em;min-height:4em;overflow-wrap:anywhere}
"""

SCRIPT = """
const claims = JSON.parse(document.getElementById('claims-data').textContent);
const panel = document.getElementById('panel');
function show(id){
  document.querySelectorAll('mark.sel').forEach(m => m.classList.remove('sel'));
  document.querySelectorAll('mark[data-claim="'+id+'"]').forEach(m => m.classList.add('sel'));
  const c = claims[id]; panel.textContent = '';
  const h = document.createElement('b'); h.textContent = c.title; panel.appendChild(h);
  for (const line of c.lines){
    const p = document.createElement('div'); p.className = 'r'; p.textContent = line; panel.appendChild(p);
  }
}
document.querySelectorAll('mark[data-claim]').forEach(m => {
  m.addEventListener('click', () => show(m.dataset.claim));
  m.addEventListener('mouseenter', () => show(m.dataset.claim));
});
"""


def _marks(analysis: Analysis) -> list[tuple[Span, str, str, str]]:
    """(span, css class, claim id, entity colour) for every highlighted span."""
    colour = {e.id: PALETTE[i % len(PALETTE)] for i, e in enumerate(analysis.sources)}
    out = []
    for a in analysis.attributions:
        for role, span in a.spans():
            cls = ROLE_CLASS[role] if a.claim or role is Role.SOURCE else "oth"
            out.append((span, cls, a.id, colour.get(a.source_entity or "", "#555")))
    for i, u in enumerate(analysis.unattributed):
        out.append((u.span, "un", f"u{i}", "#c00"))
    return out


def _render_text(text: str, marks: Iterable[tuple[Span, str, str, str]]) -> str:
    """Escaped text with non-overlapping marks (the first mark wins where spans overlap)."""
    chosen: list[tuple[Span, str, str, str]] = []
    for m in sorted(marks, key=lambda m: (m[0].start, -len(m[0]))):
        if len(m[0]) and not any(m[0].overlaps(c[0]) for c in chosen):
            chosen.append(m)
    parts, pos = [], 0
    for span, cls, claim, colour in sorted(chosen, key=lambda m: m[0].start):
        parts.append(html.escape(text[pos : span.start]))
        parts.append(
            f'<mark class="{cls}" data-claim="{claim}" data-start="{span.start}" data-end="{span.end}" '
            f'style="--c:{colour}">{html.escape(span.of(text))}</mark>'
        )
        pos = span.end
    parts.append(html.escape(text[pos:]))
    return "".join(parts)


def _chart(profile: dict[str, float]) -> str:
    """Horizontal bars of the article profile, as inline SVG."""
    rows = []
    for i, (name, value) in enumerate(profile.items()):
        v = value / 100 if name.startswith("A2") or name.startswith("A8") else value
        y = 8 + i * 22
        rows.append(
            f'<text x="0" y="{y + 12}" font-size="12">{html.escape(name)}</text>'
            f'<rect x="150" y="{y}" width="{max(0.0, min(1.0, v)) * 200:.1f}" height="14" fill="#4a7ab8"/>'
            f'<text x="356" y="{y + 12}" font-size="12">{value:.2f}</text>'
        )
    height = 16 + 22 * len(profile)
    return f'<svg role="img" aria-label="article profile" width="400" height="{height}">{"".join(rows)}</svg>'


def render_html(analysis: Analysis) -> str:
    """One self-contained HTML page for an analysis."""
    text = analysis.text
    entities = {e.id: e for e in analysis.sources}
    claims: dict[str, dict[str, object]] = {}
    for a in analysis.attributions:
        ent = entities.get(a.source_entity or "")
        who = ent.name if ent else "(no source named)"
        lines = [f"source: {who}" + (f" ({ent.type}, identifiability {ent.identifiability})" if ent else "")]
        if ent and ent.relayed_by:
            lines.append("relayed by " + ", ".join(r.of(text) for r in ent.relayed_by))
        if not a.claim:
            lines.insert(0, f"not a claim: {a.relation or 'not said'}{f' ({a.note})' if a.note else ''}; not graded")
        lines.append(f"kind: {a.kind.value}; claim type: {a.claim_type}")
        if a.assessment:
            s = a.assessment
            lines.append(f"score {s.score:.0f}, source grade {s.source_grade}, support grade {s.support_grade}")
            lines += [str(r) for r in s.reasons]
        claims[a.id] = {"title": " ".join(c.of(text) for c in a.contents)[:200], "lines": lines}
    for i, u in enumerate(analysis.unattributed):
        worth = [] if u.checkworthiness is None else [f"check-worthiness {u.checkworthiness:.2f}"]
        lines = [f"unattributed {u.claim_type} claim", *worth] + (
            [str(r) for r in u.assessment.reasons] if u.assessment else []
        )
        claims[f"u{i}"] = {"title": u.span.of(text)[:200], "lines": lines}
    score = analysis.score
    head = "<p>not scored</p>"
    if score is not None:
        head = (
            f'<p class="band">{score.value:.0f}/100: {html.escape(score.band)}</p>{_chart(dict(score.profile))}'
            + "".join(f'<p class="r w">! {html.escape(str(w))}</p>' for w in score.warnings)
            + "".join(f'<p class="r">- {html.escape(str(r))}</p>' for r in score.reasons[:10])
        )
    others = also_found([a for a in analysis.attributions if not a.claim])
    if others:
        head += f'<p class="r">{html.escape(others)}</p>'
    if analysis.unattributed:
        ranked = sorted(enumerate(analysis.unattributed), key=lambda iu: -(iu[1].checkworthiness or 0.0))
        items = "".join(
            f"<li>{'' if u.checkworthiness is None else f'{u.checkworthiness:.2f} '}{html.escape(u.span.of(text))}</li>"
            for _, u in ranked
        )
        head += f'<p class="r"><b>unattributed claims</b>, most check-worthy first:</p><ol class="un-list">{items}</ol>'
    legend = (
        '<p><mark class="src" style="--c:#555">source</mark> <mark class="cue">cue</mark> '
        '<mark class="con">content</mark> <mark class="oth">not a claim</mark> '
        '<mark class="un">unattributed claim</mark>; '
        "mentions of one source share an underline colour. Hover or click a highlight.</p>"
    )
    # "<" escaped everywhere in the data: no "</script>", "<!--" or "<script" can end or swallow the block
    data = json.dumps(claims).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    title = html.escape(analysis.id or "article")
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>claims: {title}</title>'
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        f"script-src 'unsafe-inline'; img-src data:\"><style>{CSS}</style></head><body>"
        f"<main>{_render_text(text, _marks(analysis))}</main>"
        f'<aside><h1>{title}</h1>{head}{legend}<div id="panel">Hover or click a highlighted claim.</div></aside>'
        f'<script type="application/json" id="claims-data">{data}</script><script>{SCRIPT}</script></body></html>\n'
    )
