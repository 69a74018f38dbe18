"""Small helpers every table shares: keys, timestamps, JSON lists."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime


def new_id() -> str:
    return str(uuid.uuid4())


def now_utc() -> str:
    """ISO 8601 in UTC with a ``Z``, to the millisecond."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def to_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def from_json_list(text: str | None) -> list:
    if not text:
        return []
    value = json.loads(text)
    return value if isinstance(value, list) else []


def flag(value: bool | None) -> int | None:
    return None if value is None else int(value)
