"""Scoring predictions against gold annotations."""
