"""Where the tagger runs: ``--device auto|cpu|cuda`` resolved once, by :func:`resolve_device`.

``auto`` takes CUDA when torch sees a CUDA device, else the CPU. The request travels as a
plain value (``claims.load(..., device=)``, the tagger stage's ``device`` setting,
``Tagger(device=)``) and is resolved where the model is built.
"""

from __future__ import annotations

from claims.errors import UsageError

DEVICES = ("auto", "cpu", "cuda")


def resolve_device(requested: str | None = None, precision: str = "auto") -> str:
    """``"cpu"`` or ``"cuda"`` for a request (None is ``auto``).

    ``auto`` is CUDA when ``torch.cuda.is_available()``, else the CPU, and always the CPU for
    ``int8`` (dynamic quantisation runs on the CPU only). ``cuda`` on a machine without CUDA,
    ``cuda`` with ``int8``, or an unknown name is a :class:`~claims.errors.UsageError`.
    """
    import torch

    device = requested or "auto"
    if device not in DEVICES:
        raise UsageError(f"unknown device {device!r} (expected one of {', '.join(DEVICES)})")
    if device == "cuda" and precision == "int8":
        raise UsageError("--precision int8 runs on the CPU only: use --device cpu (or auto)")
    if device == "cuda" and not torch.cuda.is_available():
        raise UsageError("--device cuda: torch sees no CUDA device on this machine; use --device cpu or auto")
    if device == "auto":
        return "cuda" if precision != "int8" and torch.cuda.is_available() else "cpu"
    return device
