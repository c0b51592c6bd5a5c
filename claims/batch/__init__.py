"""Scoring archives: the engine-free scorer, archive reading and writing, the local and Ray engines."""
