"""Rebuild `given_names.txt` from the person providers of Faker (MIT licence).

Usage: python resources/analysis/build_given_names.py  (needs `pip install faker==40.40.0`,
a build-time tool only: the application reads the text file and never imports Faker).

Faker's per-locale lists of first names come from public sources (for en_US, the U.S. Census
Bureau's name frequencies). Only names written in the Latin alphabet are kept (the romanised
forms where a locale gives them), folded to lower case, one a line, sorted and unique. Names that
are common English words on their own ("will", "may", "grant") are dropped by `common_words.txt`
at run time, not here, so the list stays a faithful copy of its source.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

import faker.providers.person as person

LATIN_NAME = re.compile(r"^[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*$")
FIELDS = ("first_names", "first_names_male", "first_names_female", "first_romanized_names",
          "first_names_nonbinary")


def latin(word: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN") for c in word if c.isalpha())


def given_names() -> set[str]:
    found: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for field in FIELDS:
            values = getattr(provider, field, ())
            if not isinstance(values, (dict, tuple, list, set, frozenset)):
                continue  # a computed property, not a list
            names = values.keys() if isinstance(values, dict) else values
            for name in names:
                name = name.strip()
                if len(name) >= 3 and LATIN_NAME.match(name) and latin(name):
                    found.add(name.casefold())
    return found


def main() -> None:
    out = Path(__file__).with_name("given_names.txt")
    out.write_text("".join(f"{name}\n" for name in sorted(given_names())), encoding="utf-8")


if __name__ == "__main__":
    main()
