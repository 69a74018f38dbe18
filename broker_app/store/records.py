"""Small helpers every table shares: keys, timestamps, JSON lists."""

from __future__ import annotations

import json
import os
import random
import time
from datetime import UTC, datetime
from json.encoder import encode_basestring

_RANDOM = random.Random(os.urandom(32))
_MASK_48 = (1 << 48) - 1
_MASK_62 = (1 << 62) - 1


def new_id() -> str:
    """A UUID version 7 (RFC 9562): 74 random bits after the time in milliseconds.

    Keys made close in time sort close together, so a 100,000-row import appends to the
    indexes instead of writing all over them. The random part comes from a generator seeded once
    from the operating system: one system call per process instead of one per key.
    """
    millis = time.time_ns() // 1_000_000
    rand = _RANDOM.getrandbits(74)
    value = (millis & _MASK_48) << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62
    value |= rand & _MASK_62
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def now_utc() -> str:
    """ISO 8601 in UTC with a ``Z``, to the millisecond."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def to_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def to_json_list(items: list[str]) -> str:
    """``json.dumps(items, ensure_ascii=False)`` for a list of strings, without its overhead
    (an import writes four such lists per row)."""
    return "[" + ", ".join(map(encode_basestring, items)) + "]"


def from_json_list(text: str | None) -> list:
    if not text:
        return []
    value = json.loads(text)
    return value if isinstance(value, list) else []


def flag(value: bool | None) -> int | None:
    return None if value is None else int(value)
