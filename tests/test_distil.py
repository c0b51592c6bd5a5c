"""Distillation: teacher soft labels reach a student with another vocabulary."""

from dataclasses import replace
from pathlib import Path

import torch

from claims.tagger.distil import align_tokens, distillation_loss
from claims.train import fine_tune
from claims.types import Analysis

from .conftest import build_tiny_base, tiny_train_config


def test_student_tokens_take_the_teacher_token_holding_their_first_character() -> None:
    teacher = [(0, 5), (6, 7), (7, 8), (10, 12)]
    student = [(0, 2), (2, 5), (6, 8), (9, 10), (10, 11), (11, 12)]  # (9, 10): a character the teacher dropped
    assert align_tokens(student, teacher).tolist() == [0, 0, 1, 2, 3, 3]


def test_distillation_loss_vanishes_only_when_the_student_agrees() -> None:
    teacher = torch.log_softmax(torch.tensor([[[2.0, 0.0, -1.0], [0.0, 3.0, 0.0]]]), dim=-1)
    mask = torch.tensor([[True, True]])
    assert distillation_loss(teacher.clone(), teacher, mask, 2.0).item() < 1e-6
    other = torch.tensor([[[0.0, 2.0, 0.0], [3.0, 0.0, 0.0]]])
    assert distillation_loss(other, teacher, mask, 2.0).item() > 0.1
    assert distillation_loss(other, teacher, torch.tensor([[False, False]]), 2.0).item() == 0.0


def test_a_student_learns_from_the_teacher_alone(tmp_path: Path, tiny_model: Path, articles: list[Analysis]) -> None:
    # The student sees no gold tags at all (every attribution removed, weight 1 on the teacher)
    # and has its own vocabulary (the words of two articles; the rest split into characters).
    base = build_tiny_base(tmp_path / "base", [a.text for a in articles[:2]], seed=1)
    unlabelled = [replace(a, attributions=()) for a in articles]

    config = tiny_train_config(
        tmp_path / "taught", base_model=str(base), teacher=str(tiny_model), distil_weight=1.0, epochs=40, seed=3,
        patience=40,
    )  # fmt: skip
    # from the gold tags alone (none) it could only learn "O" everywhere: 0 F1
    assert fine_tune(config, unlabelled, articles)["best_dev"] >= 40
    assert (tmp_path / "taught" / "checkpoint" / "teacher.pt").is_file()
    assert "Distilled from the teacher" in (tmp_path / "taught" / "README.md").read_text()
