"""Text analysis for search: the same folding and Dutch stemming at index and query time.

SQLite's FTS5 cannot call a Python tokenizer, so the store indexes the output of
:func:`index_text` and the search service queries with :func:`query_terms`; both go through
:func:`analyse`, which is what keeps ``zorgplannen`` and ``zorgplan`` on the same stem.
"""

from __future__ import annotations

import re
import unicodedata

import snowballstemmer

_WORD = re.compile(r"[0-9a-z]+")
# Combining marks (the diacritics NFKD splits off), removed in one C-level pass.
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Letters that NFKD does not split into a base letter and a mark.
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"})
_STEMMER = snowballstemmer.stemmer("dutch")
_STEMS: dict[str, str] = {}
_STEMS_LIMIT = 500_000

# Function words that carry no meaning for a search in a training catalogue.
STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "in",
        "op",
        "te",
        "van",
        "voor",
        "met",
        "aan",
        "bij",
        "door",
        "naar",
        "om",
        "uit",
        "tot",
        "als",
        "dat",
        "die",
        "dit",
        "deze",
        "er",
        "is",
        "zijn",
        "wordt",
        "worden",
        "je",
        "jij",
        "u",
        "we",
        "wij",
        "ze",
        "zij",
        "hij",
        "ons",
        "onze",
        "hun",
        "hen",
        "mijn",
        "jouw",
        "uw",
        "al",
        "ook",
        "nog",
        "niet",
        "geen",
        "wel",
        "dan",
        "maar",
        "want",
        "omdat",
        "zodat",
        "hoe",
        "wat",
        "wie",
        "waar",
        "wanneer",
        "kan",
        "kunnen",
        "moet",
        "moeten",
        "zal",
        "zullen",
        "wil",
        "willen",
        "heeft",
        "hebben",
        "had",
        "was",
        "waren",
        "zo",
        "meer",
        "veel",
        "over",
        "onder",
        "tussen",
        "na",
        "per",
        "the",
        "and",
        "of",
        "to",
        "for",
        "with",
        "on",
        "at",
        "by",
        "an",
        "a",
    ]
)


def fold(text: str) -> str:
    """Lower case without diacritics: ``Hygiënecode`` -> ``hygienecode``."""
    lowered = text.lower()
    if lowered.isascii():  # the common case, and the fast one
        return lowered
    return _COMBINING.sub("", unicodedata.normalize("NFKD", lowered)).translate(_LETTERS)


def stem(word: str) -> str:
    """The Snowball Dutch stem, remembered: a catalogue uses a few thousand words many times."""
    found = _STEMS.get(word)
    if found is None:
        found = _STEMS[word] = _STEMMER.stemWord(word)
        if len(_STEMS) > _STEMS_LIMIT:
            _STEMS.clear()
    return found


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return _WORD.findall(fold(text))


def analyse(text: str, keep_stopwords: bool = False) -> list[str]:
    """Folded, stemmed words; stop words dropped unless asked for."""
    return [stem(w) for w in words(text) if keep_stopwords or w not in STOPWORDS]


def index_text(text: str | None) -> str:
    """What the full-text index stores for a field: its stems separated by spaces."""
    if not text:
        return ""
    return " ".join(analyse(text))


def query_terms(text: str) -> list[str]:
    """Distinct stems of a query, in order; falls back to stop words when nothing else is left."""
    terms = analyse(text) or analyse(text, keep_stopwords=True)
    return list(dict.fromkeys(terms))
