"""Full-text search of the catalogue: the query analysed like the index, facets around it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from broker_app.domain.models import SearchHit
from broker_app.domain.text import query_terms
from broker_app.store import catalogue as repo
from broker_app.store.database import Store


@dataclass
class SearchResult:
    query: str
    hits: list[SearchHit]
    total: int = 0  # all matches, of which ``hits`` are the first
    any_word: bool = False  # no offering had every word; these have some of them


def _score(rank: float | None) -> float:
    """bm25 is negative, lower is better; people read a positive number, higher is better."""
    return round(-rank, 3) if rank is not None else 0.0


def make_filter(
    text: str, *, types: Sequence[str] = (), levels: Sequence[str] = (), sectors: Sequence[str] = ()
) -> repo.OfferingFilter:
    return repo.OfferingFilter(terms=query_terms(text), types=types, levels=levels, sectors=sectors)


def search(store: Store, text: str, top: int = 10, **facets: Sequence[str]) -> SearchResult:
    """The best ``top`` offerings for ``text``: all words first, any word if that finds none."""
    f = make_filter(text, **facets)
    if not f.terms:
        return SearchResult(text, [])
    rows = repo.list_offerings(store.db, f, limit=top)
    if not rows and len(f.terms) > 1:
        f.any_term = True
        rows = repo.list_offerings(store.db, f, limit=top)
    hits = [
        SearchHit(
            offering_id=r["id"],
            provider=r["provider"],
            code=r["code"],
            title=r["title"],
            score=_score(r["rank"]),
            type=r["type"],
            level=r["level"],
            city=r["city"],
            price_cents=r["price_cents"],
            next_start=r["next_start"],
        )
        for r in rows
    ]
    total = repo.count_offerings(store.db, f) if len(hits) == top else len(hits)
    return SearchResult(text, hits, total, f.any_term)
