"""How the window says an offering is stale ("verouderd"): one short line per reason."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from broker_app.domain.formatting import long_date
from broker_app.domain.staleness import NO_START, StaleReason

_BADGE = (
    '<p style="background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; '
    'padding: 4px 8px; margin: 0 0 10px 0;">{lines}</p>'
)


def reason_text(reason: StaleReason, lang: str) -> str:
    if reason.kind == NO_START:
        if reason.last_start is not None:
            return QCoreApplication.translate("StaleMarker", "verouderd: geen startdatum meer")
        return QCoreApplication.translate("StaleMarker", "verouderd: geen startdatum bekend")
    if reason.price_since is None:
        return QCoreApplication.translate("StaleMarker", "verouderd: prijs nooit gecontroleerd")
    return QCoreApplication.translate(
        "StaleMarker", "verouderd: prijs niet gecontroleerd sinds {date}"
    ).format(date=long_date(reason.price_since, lang))


def marker_html(reasons: list[StaleReason], lang: str) -> str:
    """A calm red badge for the top of the detail pane; empty when the offering is fresh."""
    if not reasons:
        return ""
    lines = "<br>".join(f"<b>{escape(reason_text(r, lang))}</b>" for r in reasons)
    return _BADGE.format(lines=lines)
