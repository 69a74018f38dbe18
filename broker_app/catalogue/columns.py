"""The columns of catalogue CSV v1 (FORMATS.md section 1), in the order the export writes them."""

from __future__ import annotations

COLUMNS: tuple[str, ...] = (
    "provider",
    "code",
    "title",
    "type",
    "level",
    "sector",
    "description",
    "outcomes",
    "keywords",
    "qualification_code",
    "hours",
    "ec",
    "duration_weeks",
    "delivery",
    "schedule",
    "city",
    "price",
    "vat",
    "start_dates",
    "credential",
    "min_participants",
    "max_participants",
    "language",
    "funded",
    "provider_kind",
    "crkbo",
    "url",
)
REQUIRED: tuple[str, ...] = ("provider", "code", "title", "type", "level")
LIST_SEPARATOR = "|"
