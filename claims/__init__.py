"""claims: find quoted and reported claims in news, link them to sources, score the sourcing."""

__version__ = "0.1.0"
