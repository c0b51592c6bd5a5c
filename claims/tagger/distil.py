"""Distillation: a trained teacher tagger's soft labels for a student's training windows.

The teacher (say MPNet) tags each training article with its own tokenizer; its merged
log-probabilities are carried over to the student's tokens by character offsets (each
student token takes the teacher token that holds its first character), so teacher and
student need not share a vocabulary. The student then learns from a mix of the gold tags
and the teacher's distribution at a temperature (Hinton et al., 2015).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import torch

from claims.tagger.encode import Encoded, Window, encode
from claims.tagger.predict import Tagger


def align_tokens(student: Sequence[tuple[int, int]], teacher: Sequence[tuple[int, int]]) -> np.ndarray:
    """For each student token, the index of the teacher token holding its first character.

    A student token starting in a gap (a character the teacher tokenizer dropped) takes the
    nearest teacher token to its left.
    """
    if not teacher:
        raise ValueError("the teacher has no tokens for a text the student tokenized")
    starts = np.array([s for s, _ in teacher], dtype=np.int64)
    idx = np.searchsorted(starts, np.array([s for s, _ in student], dtype=np.int64), side="right") - 1
    return np.clip(idx, 0, len(teacher) - 1)


def soft_targets(
    teacher: Tagger,
    texts: Sequence[str],
    student: Sequence[tuple[Encoded, Sequence[Window]]],
    progress: Callable[[int, int], None] | None = None,
) -> list[torch.Tensor]:
    """Teacher log-probabilities for every student window, ``(window tokens + 2, labels)`` each.

    ``student`` holds each text's student encoding and windows; the two frame rows (the
    student's ``[CLS]`` and ``[SEP]``) are zero and must be masked out of the loss.
    """
    encoded = [encode(teacher.tokenizer, t) for t in texts]
    out: list[torch.Tensor] = []
    for enc_t, lp, (enc_s, wins) in zip(encoded, teacher.logprobs(encoded, progress=progress), student, strict=True):
        if not enc_s.ids:
            continue
        rows = lp[align_tokens(enc_s.offsets, enc_t.offsets)]
        for w in wins:
            framed = np.zeros((w.end - w.start + 2, rows.shape[1]), dtype=np.float32)
            framed[1:-1] = rows[w.start : w.end]
            out.append(torch.from_numpy(framed).half())
    return out


def pad_targets(targets: Sequence[torch.Tensor], width: int) -> torch.Tensor:
    """Stack soft targets into ``(batch, width, labels)``, zero-padded on the right."""
    out = torch.zeros(len(targets), width, targets[0].shape[1])
    for i, t in enumerate(targets):
        out[i, : t.shape[0]] = t.float()
    return out


def distillation_loss(
    logits: torch.Tensor, teacher_logprobs: torch.Tensor, mask: torch.Tensor, temperature: float
) -> torch.Tensor:
    """KL(teacher || student) at ``temperature``, times its square, averaged over masked tokens."""
    student = torch.log_softmax(logits.float() / temperature, dim=-1)
    target = torch.log_softmax(teacher_logprobs / temperature, dim=-1)
    kl = (target.exp() * (target - student)).sum(-1)
    m = mask.float()
    return (kl * m).sum() / m.sum().clamp(min=1.0) * temperature**2
