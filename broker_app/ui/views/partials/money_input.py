"""Money a broker types, read in the window's language, with a message that says why not.

``read_cents(text, lang)`` gives ``(cents, "")`` or ``(None, message)``; the message names the
two readings of an ambiguous text ("bedoelt u € 1.500,00 of € 1,50?") or shows an example in
the window's language. The rule itself is ``broker_app.domain.money.parse_cents``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from broker_app.domain.formatting import money
from broker_app.domain.money import AmbiguousAmountError, AmountError, parse_cents


def read_cents(text: str, lang: str) -> tuple[int | None, str]:
    """``(cents, "")`` when ``text`` is an amount in ``lang``, else ``(None, message)``."""
    try:
        return parse_cents(text, lang), ""
    except AmbiguousAmountError as exc:
        return None, QCoreApplication.translate(
            "MoneyInput", "“{value}” is dubbelzinnig: bedoelt u {thousands} of {decimal}?"
        ).format(
            value=text.strip(),
            thousands=money(exc.thousands, lang),
            decimal=money(exc.decimal, lang),
        )
    except AmountError:
        return None, QCoreApplication.translate(
            "MoneyInput", "“{value}” is geen bedrag; typ bijvoorbeeld 1.500 of 1.500,00."
        ).format(value=text.strip())


def example_hint() -> str:
    """A placeholder for a money field: the example in the window's language."""
    return QCoreApplication.translate("MoneyInput", "bijv. 1.500 of 1.500,00")
