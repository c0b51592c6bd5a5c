"""A person's likely gender from their first name, by the US Census 1990 first-name lists.

The lists ship in the ``names`` package (MIT; the census data is public domain): each line a
name and its share of men or of women. A name is read as one gender when that gender holds at
least :data:`CLEAR` of the name's combined share; other names, and names the lists do not
hold (many non-English names), give no gender.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

CLEAR = 0.9


def _shares(file: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in resources.files("names").joinpath(file).read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


@cache
def _genders() -> dict[str, str]:
    try:
        female, male = _shares("dist.female.first"), _shares("dist.male.first")
    except (ModuleNotFoundError, FileNotFoundError):  # the lists are a dependency; without them no gender
        return {}
    out = {}
    for name in female.keys() | male.keys():
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f >= CLEAR * (f + m):
            out[name] = "female"
        elif m >= CLEAR * (f + m):
            out[name] = "male"
    return out


def first_name_gender(name: str) -> str | None:
    """The gender a first name gives: "female", "male", or None ("Helen" -> "female")."""
    return _genders().get(name.lower())
