"""Pipeline files (``pipeline.json``): which stages, in which order, with which settings.

Precedence: a file given by the user (``--pipeline``), else the model directory's own
``pipeline.json``, else the package default ``claims/data/pipeline.json``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from claims.errors import PipelineError

PIPELINE_FILE = "pipeline.json"
VERSION = 1


@dataclass(frozen=True)
class PipelineSpec:
    """Stage names in order and per-stage settings, as read from a pipeline file."""

    stages: tuple[str, ...]
    settings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    path: str = "(default)"

    def to_json(self) -> str:
        """The file form (what ``claims train`` writes into a model directory)."""
        body = {
            "version": VERSION,
            "stages": list(self.stages),
            "settings": {k: dict(v) for k, v in self.settings.items()},
        }
        return json.dumps(body, indent=1) + "\n"


def parse_spec(data: Any, where: str) -> PipelineSpec:
    """Check the shape of a pipeline file's content."""
    if not isinstance(data, dict):
        raise PipelineError(f"{where}: a pipeline file is a JSON object with 'stages'")
    unknown = sorted(set(data) - {"_doc", "version", "stages", "settings"})
    if unknown:
        raise PipelineError(f"{where}: unknown keys {', '.join(unknown)} (expected version, stages, settings)")
    if data.get("version", VERSION) != VERSION:
        raise PipelineError(f"{where}: pipeline version {data.get('version')!r} is not supported (this is {VERSION})")
    stages = data.get("stages")
    if not isinstance(stages, list) or not stages or not all(isinstance(s, str) for s in stages):
        raise PipelineError(f"{where}: 'stages' must be a non-empty list of stage names")
    settings = data.get("settings", {})
    if not isinstance(settings, dict) or not all(isinstance(v, dict) for v in settings.values()):
        raise PipelineError(f"{where}: 'settings' must map stage names to objects")
    stray = sorted(set(settings) - set(stages))
    if stray:
        raise PipelineError(f"{where}: settings for stages not in the pipeline: {', '.join(stray)}")
    return PipelineSpec(tuple(stages), settings, where)


def default_spec() -> PipelineSpec:
    """The package's default pipeline."""
    text = (resources.files("claims") / "data" / PIPELINE_FILE).read_text(encoding="utf-8")
    return parse_spec(json.loads(text), "claims/data/pipeline.json")


def read_spec(path: str | Path) -> PipelineSpec:
    """A pipeline file; a missing or malformed one is a :class:`PipelineError`."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise PipelineError(f"{path}: cannot read the pipeline file ({exc.strerror or exc})") from None
    except json.JSONDecodeError as exc:
        raise PipelineError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    return parse_spec(data, str(path))


def spec_for(model_dir: Path | None, user_file: str | Path | None) -> PipelineSpec:
    """The pipeline to run: the user's file, else the model directory's, else the default."""
    if user_file is not None:
        return read_spec(user_file)
    if model_dir is not None and (model_dir / PIPELINE_FILE).is_file():
        return read_spec(model_dir / PIPELINE_FILE)
    return default_spec()
