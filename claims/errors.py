"""Errors that the CLI turns into one-line messages and documented exit codes."""

from __future__ import annotations


class ClaimsError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""

    exit_code = 1


class SchemaError(ClaimsError, ValueError):
    """A JSON document does not follow the claims schema."""

    exit_code = 3


class AnnotationError(ClaimsError, ValueError):
    """An annotation file is malformed; the message names the file and line."""

    exit_code = 3

    def __init__(self, path: object, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class DataError(ClaimsError, ValueError):
    """Labelled training data (sentences for the check-worthiness classifier) is malformed or unusable."""

    exit_code = 3


class InputError(ClaimsError):
    """An input file cannot be read as an article."""

    exit_code = 2


class OutputError(ClaimsError):
    """An output file cannot be written (a directory, a link, read-only, a full disk, ...)."""

    exit_code = 5


class ModelError(ClaimsError):
    """A model directory is missing or not a claims model."""

    exit_code = 4


class UsageError(ClaimsError):
    """The command line (or an API call) asks for something impossible."""

    exit_code = 64


class PipelineError(UsageError, ValueError):
    """A pipeline is malformed: an unknown stage, a missing need, a broken order."""


class WeakModelError(ClaimsError):
    """A training run ended with a model that cannot be trusted (``claims train`` without ``--allow-weak``)."""

    exit_code = 6
