"""Problems found in user input, kept as data and rendered in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from broker_app.domain.messages import t

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    severity: Severity
    key: str
    row: int | None = None  # as a spreadsheet shows it: the header is row 1
    column: str | None = None
    params: dict[str, object] = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def render(self, lang: str = "nl") -> str:
        """``rij 14, kolom price: "twaalf" is geen bedrag``."""
        text = t(self.key, lang, **self.params)
        if self.row is not None and self.column:
            return f"{t('at.row_column', lang, row=self.row, column=self.column)}: {text}"
        if self.row is not None:
            return f"{t('at.row', lang, row=self.row)}: {text}"
        if self.column:
            return f"{t('at.field', lang, field=self.column)}: {text}"
        return text


class InputRefused(Exception):
    """User input that cannot be accepted; carries the problems that say why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems[0].key if problems else "refused")
        self.problems = problems

    def render(self, lang: str = "nl") -> str:
        return "\n".join(p.render(lang) for p in self.problems)
