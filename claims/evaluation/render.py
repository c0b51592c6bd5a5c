"""An evaluation report as Markdown or as one self-contained HTML page.

Both are drawn from the same tables (:func:`tables`), so they always say the same thing.
With a compared model, every F1 gets the second model's value beside it and the change
(this model minus the compared one).
"""

from __future__ import annotations

import base64
import html
from collections.abc import Mapping
from typing import Any

from claims.evaluation.reliability import table as reliability_table

Table = tuple[str, list[str], list[list[str]]]  # title, header, rows

PLOT_TITLES = {
    "roles.png": "Span F1 by role and match",
    "slices.png": "Attribution F1 by slice",
    "confusion.png": "Word-token confusion",
    "confusion-compared.png": "Word-token confusion (compared model)",
    "reliability.png": "Attribution confidence reliability",
}


def _f(v: float) -> str:
    return f"{v:.1f}"


def _cmp(other: Mapping[str, Any] | None, mine: float, path: list[str]) -> list[str]:
    if other is None:
        return []
    node: Any = other
    for key in path:
        node = node.get(key) if isinstance(node, Mapping) else None
    if node is None:
        return ["-", "-"]
    return [_f(float(node)), f"{mine - float(node):+.1f}"]


def tables(report: Mapping[str, Any]) -> list[Table]:
    """The report's tables: spans, attributions, confidence reliability, slices, source types, token confusion."""
    other = report.get("compared_with")
    extra = [f"F1 {other.get('model', 'compared')}", "Δ (this - compared)"] if other else []
    out: list[Table] = []
    rows = []
    for how, roles in report["spans"].items():
        for role, v in roles.items():
            f1 = v["f1"]
            cells = [how, role, _f(v["precision"]), _f(v["recall"]), f"**{_f(f1)}**"]
            rows.append(cells + _cmp(other, f1, ["spans", how, role, "f1"]))
    out.append(("Spans (P / R / F1)", ["match", "role", "P", "R", "F1", *extra], rows))
    rows = []
    for how, v in report["attributions"].items():
        cells = [how, _f(v["precision"]), _f(v["recall"]), f"**{_f(v['f1'])}**"]
        rows.append(cells + _cmp(other, v["f1"], ["attributions", how, "f1"]))
    out.append(("Attributions (P / R / F1)", ["match", "P", "R", "F1", *extra], rows))
    if report.get("reliability"):
        title, header, rows = reliability_table(report["reliability"])
        ece = (other or {}).get("reliability", {}).get("ece")
        out.append((title + (f" (compared: ECE {ece:.3f})" if ece is not None else ""), header, rows))
    rows = []
    for name, v in report["slices"].items():
        ov = v["attribution_overlap"]
        cells = [
            name, str(v["gold"]), str(v["predicted"]), _f(ov["precision"]), _f(ov["recall"]), f"**{_f(ov['f1'])}**",
            _f(v["attribution_exact"]["f1"]), _f(v["content_exact"]["f1"]), _f(v["content_overlap"]["f1"]),
        ]  # fmt: skip
        rows.append(cells + _cmp(other, ov["f1"], ["slices", name, "attribution_overlap", "f1"]))
    header = ["slice", "gold", "predicted", "P", "R", "F1 overlap", "F1 exact", "content exact", "content overlap"]
    out.append(("Slices (attributions; content spans within them)", [*header, *extra], rows))
    types = report.get("source_types")
    if types:
        got = sorted({g for row in types["confusion"].values() for g in row})
        rows = [[want, *(str(row.get(g, 0)) for g in got)] for want, row in sorted(types["confusion"].items())]
        title = f"Source types: {types['accuracy']:.1f}% of {types['n']} found attributions (rows gold)"
        if "named_accuracy" in types:
            title += f"; named/anonymous {types['named_accuracy']:.1f}%, relays {types['relay_accuracy']:.1f}%"
        out.append((title, ["gold \\ predicted", *got], rows))
    un = report.get("unattributed")
    if un:
        row = [str(un["n_gold"]), str(un["n_pred"]), _f(un["precision"]), _f(un["recall"]), f"**{_f(un['f1'])}**"]
        row += _cmp(other, un["f1"], ["unattributed", "f1"])
        out.append(("Unattributed claims (a listed statement overlapping a gold one)",
                    ["gold", "listed", "P", "R", "F1", *extra], [row]))  # fmt: skip
    cm = report["token_confusion"]
    rows = [[label, *(str(v) for v in row)] for label, row in zip(cm["labels"], cm["matrix"], strict=True)]
    out.append(("Word-token confusion (rows gold, columns predicted)", ["gold \\ predicted", *cm["labels"]], rows))
    return out


def _intro(report: Mapping[str, Any]) -> str:
    other = report.get("compared_with")
    vs = f", compared with {other.get('model', '')}" if other else ""
    return f"{report['documents']} documents{vs}. Spans are compared after trimming whitespace, matched one to one."


def to_markdown(report: Mapping[str, Any], plot_names: list[str] | None = None) -> str:
    """The report as Markdown; ``plot_names`` are PNG files written beside it."""
    lines = [f"# Evaluation: {report.get('model', '')} on {report.get('data', '')}", "", _intro(report), ""]
    for title, header, rows in tables(report):
        lines += [f"## {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        lines.append("")
    if plot_names:
        lines += ["## Plots", ""] + [f"![{PLOT_TITLES.get(n, n)}]({n})" for n in plot_names] + [""]
    return "\n".join(lines)


_CSS = """body{font:14px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
h1,h2,p{overflow-wrap:anywhere}.table{overflow-x:auto;margin:.5em 0 1.5em}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}
td:first-child,th:first-child{text-align:left}th{background:#f2f4f7}img{max-width:100%;display:block;margin:1em 0}
@media (max-width:600px){body{font-size:16px;margin:1em auto;padding:0 .6em}td,th{padding:3px 5px}}"""


_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def to_html(report: Mapping[str, Any], images: Mapping[str, bytes]) -> str:
    """The report as one self-contained page: tables, and the plots embedded as data URIs."""
    e = html.escape
    title = f"Evaluation: {report.get('model', '')} on {report.get('data', '')}"
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<meta http-equiv='Content-Security-Policy' content=\"{_CSP}\">",
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1><p>{e(_intro(report))}</p>",
    ]
    for caption, header, rows in tables(report):
        head = "".join(f"<th>{e(h)}</th>" for h in header)
        parts.append(f"<h2>{e(caption)}</h2><div class='table'><table><tr>{head}</tr>")  # scrolls sideways in its div
        for row in rows:
            cells = (f"<td><b>{e(c[2:-2])}</b></td>" if c.startswith("**") else f"<td>{e(c)}</td>" for c in row)
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</table></div>")
    for name, png in images.items():
        data = base64.b64encode(png).decode("ascii")
        alt = e(PLOT_TITLES.get(name, name))
        parts.append(f"<h2>{alt}</h2><img alt='{alt}' src='data:image/png;base64,{data}'>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
