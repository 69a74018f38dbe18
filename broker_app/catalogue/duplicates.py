"""Likely duplicates in the catalogue, and merging two offerings into one.

**What counts as a likely duplicate.** Two live offerings of the same provider that are taught
in the same place, at the same level, at the same times and in the same way, and that either

- have very similar titles (rapidfuzz ``token_sort_ratio`` of the folded titles — lower case,
  no diacritics, punctuation as spaces — at least ``TITLE_THRESHOLD``), or
- have the same qualification code (crebo, keuzedeel, croho).

"The same place" is the same city (case and diacritics ignored; two offerings without a city
count as the same place, e.g. two online runs). "The same times and way" means equal schedule
and delivery lists where both are known (an empty list is unknown and agrees with anything),
and both with or both without continuous intake ("doorlopend" beside fixed start dates is a
self-paced and a guided run of one course, as the Open Universiteit sells them).

Why so strict: providers legitimately offer one title several times with different codes —
in Zwolle and in Apeldoorn, by day and in the evening, in class and incompany, as deeltijd and
as flexstuderen (the demo catalogue is full of them). Those are different runs a broker sells
separately, not duplicates, so a different city, level, schedule or delivery never makes a
pair. What remains is what a broker would want to look at: the same run entered twice under
two codes (often an old code left behind after the provider renumbered).

Comparison is blocked by provider, then by (place, level), so 100,000 offerings take about a
second (see ``benchmarks`` figures in the report of the change that added this).

**Merge** keeps the offering the broker chooses: see ``store.duplicates.merge_offerings``
(notes put together, tags united, concept proposal lines repointed, sent proposals untouched,
the other offering soft-deleted and out of the search index; one transaction).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby

from rapidfuzz import fuzz, process

from broker_app.domain.text import fold
from broker_app.store import duplicates as repo
from broker_app.store.database import Store

TITLE_THRESHOLD = 92
_PUNCTUATION = re.compile(r"[\W_]+", re.UNICODE)

TITLE = "title"  # reasons a pair is shown
QUALIFICATION = "qualification"


@dataclass(frozen=True)
class DuplicatePair:
    first: str  # offering ids, first < second
    second: str
    score: float  # title similarity 0..100
    reasons: tuple[str, ...]  # TITLE and/or QUALIFICATION


@dataclass
class _Offering:
    id: str
    title: str  # folded
    schedule: frozenset[str]
    delivery: frozenset[str]
    qualification: str
    continuous: bool
    extra: dict = field(default_factory=dict)


def fold_title(title: str | None) -> str:
    return " ".join(_PUNCTUATION.sub(" ", fold(title or "")).split())


def _codes(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    try:
        value = json.loads(text)
    except ValueError:
        return frozenset()
    return frozenset(value) if isinstance(value, list) else frozenset()


def _agree(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or a == b


def _pairs_in_block(block: list[_Offering], threshold: int) -> dict[tuple[str, str], DuplicatePair]:
    found: dict[tuple[str, str], DuplicatePair] = {}

    def add(a: _Offering, b: _Offering, score: float, reason: str) -> None:
        if a.continuous != b.continuous or not (
            _agree(a.schedule, b.schedule) and _agree(a.delivery, b.delivery)
        ):
            return
        key = repo.pair_key(a.id, b.id)
        known = found.get(key)
        if known is None:
            found[key] = DuplicatePair(key[0], key[1], score, (reason,))
        elif reason not in known.reasons:
            found[key] = DuplicatePair(key[0], key[1], max(score, known.score),
                                       (*known.reasons, reason))  # fmt: skip

    # token_sort_ratio is ratio on the sorted words: sort once per offering, not per pair.
    titles = [" ".join(sorted(o.title.split())) for o in block]
    for i in range(len(block) - 1):
        for _title, score, k in process.extract(
            titles[i], titles[i + 1 :], scorer=fuzz.ratio, score_cutoff=threshold, limit=None
        ):
            add(block[i], block[i + 1 + k], float(score), TITLE)
    by_code: dict[str, list[int]] = {}
    for i, o in enumerate(block):
        if o.qualification:
            by_code.setdefault(o.qualification, []).append(i)
    for members in by_code.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                score = fuzz.token_sort_ratio(block[i].title, block[j].title)
                add(block[i], block[j], score, QUALIFICATION)
    return found


def find_duplicates(
    store: Store,
    *,
    threshold: int = TITLE_THRESHOLD,
    include_dismissed: bool = False,
    progress: Callable[[int, int], bool] | None = None,
) -> list[DuplicatePair]:
    """Likely duplicate pairs among the live offerings, best first within each provider.

    ``progress(done, total)`` is called per provider (offerings done); True stops early and
    returns what was found so far.
    """
    db = store.db
    total = db.execute("SELECT count(*) FROM offerings WHERE deleted_at IS NULL").fetchone()[0]
    dismissed = set() if include_dismissed else repo.dismissed_pairs(db)
    pairs: list[DuplicatePair] = []
    done = 0
    for _provider, rows in groupby(repo.candidate_rows(db), key=lambda r: r[1]):
        blocks: dict[tuple[str, str], list[_Offering]] = {}
        count = 0
        for offering_id, _p, title, city, level, delivery, schedule, qualification, cont in rows:
            count += 1
            place = fold_title(city)
            blocks.setdefault((place, level), []).append(
                _Offering(
                    offering_id,
                    fold_title(title),
                    _codes(schedule),
                    _codes(delivery),
                    (qualification or "").strip().upper(),
                    bool(cont),
                )
            )
        found: dict[tuple[str, str], DuplicatePair] = {}
        for block in blocks.values():
            if len(block) > 1:
                found.update(_pairs_in_block(block, threshold))
        pairs += sorted(
            (p for key, p in found.items() if key not in dismissed),
            key=lambda p: (-p.score, p.first, p.second),
        )
        done += count
        if progress is not None and progress(done, total):
            break
    return pairs


def pair_details(store: Store, pairs: list[DuplicatePair], today: date | None = None) -> dict:
    """What the dialog shows of the offerings in ``pairs``, by id."""
    ids = list(dict.fromkeys(i for p in pairs for i in (p.first, p.second)))
    return repo.pair_details(store.db, ids, (today or date.today()).isoformat())


def dismiss(store: Store, first: str, second: str) -> None:
    """ "Geen dubbel": the pair is not shown again (setting ``catalogue.not_duplicates``)."""
    with store.transaction() as db:
        repo.dismiss_pair(db, first, second)


def merge(store: Store, keep_id: str, remove_id: str) -> int:
    """Keep ``keep_id``, fold ``remove_id`` into it (one transaction); returns the number of
    concept proposal lines that now name the kept offering."""
    with store.transaction() as db:
        return repo.merge_offerings(db, keep_id, remove_id)
