"""Label Studio tasks: read the annotations of an export, write model output as predictions.

An export is a JSON list of tasks (``[{"data": {"text": ...}, "annotations": [...]}]``; a
single task object is read too). Spans are ``labels`` results (``value.start``, ``value.end``,
``value.text``, ``value.labels``), links are ``relation`` results (``from_id``, ``to_id``): the
labelling set-up is in ``docs/annotation-tools.md``. Of a task's annotations the one marked
``ground_truth`` is read, else the first not cancelled; a task nobody has annotated is left
out (an annotation with no regions is an article with no claims). The writer gives each task
the model's spans as ``predictions``, so annotators correct them instead of starting blank.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from claims.errors import AnnotationError
from claims.formats.jsonl import json_file
from claims.formats.spans import LabelMap, Region, attributions, region, regions_of, star_links
from claims.io import atomic_write
from claims.types import Analysis

TEXT_KEYS = ("text", "article", "content", "body")  # the task data field holding the article
FROM_NAME, TO_NAME = "label", "text"  # the tag names of the labelling set-up (docs/annotation-tools.md)


def looks_like(obj: Any) -> bool:
    """A Label Studio export: tasks with ``data`` and ``annotations`` or ``predictions``."""
    tasks = obj if isinstance(obj, list) else [obj]
    return bool(tasks) and all(
        isinstance(t, Mapping) and isinstance(t.get("data"), Mapping) and ("annotations" in t or "predictions" in t)
        for t in tasks[:5]
    )


def _text(task: Mapping[str, Any], where: str, path: Path) -> str:
    data = task["data"]
    for key in TEXT_KEYS:
        if isinstance(data.get(key), str):
            return str(data[key])
    raise AnnotationError(path, None, f"{where}: data has no text field ({', '.join(TEXT_KEYS)})")


def _chosen(task: Mapping[str, Any], where: str, path: Path) -> Mapping[str, Any] | None:
    annotations = task.get("annotations") or []
    if not isinstance(annotations, list) or not all(isinstance(a, Mapping) for a in annotations):
        raise AnnotationError(path, None, f"{where}: 'annotations' must be a list of objects")
    live = [a for a in annotations if not a.get("was_cancelled")]
    return next((a for a in live if a.get("ground_truth")), live[0] if live else None)


def _record(
    task: Mapping[str, Any], annotation: Mapping[str, Any], where: str, path: Path, labels: LabelMap
) -> Analysis:
    text = _text(task, where, path)
    result = annotation.get("result")
    if not isinstance(result, list):
        raise AnnotationError(path, None, f"{where}: an annotation's 'result' must be a list")
    regions: list[Region] = []
    links: list[tuple[str, str]] = []
    for k, r in enumerate(result):
        at = f"{where} result {k}"
        if not isinstance(r, Mapping):
            raise AnnotationError(path, None, f"{at}: expected an object")
        if r.get("type") == "relation":
            links.append((str(r.get("from_id")), str(r.get("to_id"))))
        elif r.get("type") == "labels":
            value = r.get("value")
            if not isinstance(value, Mapping) or not isinstance(value.get("labels"), list) or not value["labels"]:
                raise AnnotationError(path, None, f"{at}: a labels result needs value.labels")
            if len(value["labels"]) != 1:
                raise AnnotationError(path, None, f"{at}: one label per region, not {value['labels']}")
            key = str(r.get("id"))
            start, end = value.get("start"), value.get("end")
            regions.append(region(key, str(value["labels"][0]), start, end, text, value.get("text"), at, path, labels))
        # other result types (choices, ratings, comments) carry nothing about spans
    doc_id = task.get("data", {}).get("id", task.get("id"))
    return Analysis(text=text, attributions=attributions(text, regions, links, where, path), id=str(doc_id))


def read_labelstudio(path: str | Path, labels: LabelMap | None = None) -> list[Analysis]:
    """The annotated tasks of a Label Studio JSON export, as analyses (spans and attributions)."""
    path = Path(path)
    labels = labels or LabelMap.default()
    obj = json_file(path)
    tasks = obj if isinstance(obj, list) else [obj]
    if not looks_like(tasks):
        raise AnnotationError(path, None, "not a Label Studio export (a list of tasks with 'data' and 'annotations')")
    out = []
    for i, task in enumerate(tasks):
        where = f"task {task.get('id', i)}"
        chosen = _chosen(task, where, path)
        if chosen is not None:
            out.append(_record(task, chosen, where, path, labels))
    if not out:
        raise AnnotationError(path, None, f"none of its {len(tasks)} tasks has an annotation (nothing to learn from)")
    return out


def task(analysis: Analysis, labels: LabelMap | None = None, model_version: str = "claims") -> dict[str, Any]:
    """One Label Studio task holding the analysis as a prediction (a region per span, a relation per link)."""
    labels = labels or LabelMap.default()
    regions = regions_of(analysis)
    result: list[dict[str, Any]] = [
        {
            "id": key,
            "from_name": FROM_NAME,
            "to_name": TO_NAME,
            "type": "labels",
            "value": {
                "start": span.start,
                "end": span.end,
                "text": span.of(analysis.text),
                "labels": [labels.names(role)],
            },
        }
        for key, role, span, _ in regions
    ]
    result += [
        {"from_id": a, "to_id": b, "type": "relation", "direction": "right", "labels": []}
        for a, b in star_links(regions)
    ]
    confidence = [a.confidence for a in analysis.attributions]
    score = round(min(confidence), 4) if confidence else 1.0
    return {
        "data": {"text": analysis.text, "id": analysis.id},
        "predictions": [{"model_version": model_version, "score": score, "result": result}],
    }


def write_labelstudio(path: str | Path, analyses: Iterable[Analysis], labels: LabelMap | None = None) -> None:
    """Write tasks with predictions (atomically), ready for Label Studio's import."""
    atomic_write(path, json.dumps([task(a, labels) for a in analyses], ensure_ascii=False, indent=1) + "\n")
