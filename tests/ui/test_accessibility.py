"""Every input a broker can reach by keyboard has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

from broker_app.catalogue.demo import load_demo
from broker_app.proposals.demo import load_demo_proposals
from broker_app.store.database import Store

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView,
          QSlider, QAbstractButton)  # fmt: skip


def _inside_another_input(widget: QWidget) -> bool:
    """The line edit of a combobox or spin box, a table's own editor: named by their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent,
            (
                QComboBox,
                QAbstractSpinBox,
                QDateEdit,
                QAbstractItemView,
                QLineEdit,
                QTabBar,
                QScrollBar,
            ),
        ):
            return True
        parent = parent.parentWidget()
    return False


def _named(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddies:
        return True
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().strip() or widget.toolTip().strip())
    return False


def unnamed_inputs(page: QWidget) -> tuple[list[str], int]:
    """The inputs without a name, and how many inputs were looked at."""
    buddies = {id(label.buddy()) for label in page.findChildren(QLabel) if label.buddy()}
    missing = []
    checked = 0
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or _inside_another_input(widget):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        checked += 1
        if not _named(widget, buddies):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing, checked


def test_every_input_on_every_page_has_a_name(open_window, store: Store) -> None:
    load_demo(store)
    load_demo_proposals(store)
    window = open_window(store)
    problems = {}
    for page in window.all_pages():
        window.show_page(page.key, {})
        missing, checked = unnamed_inputs(page)
        assert checked >= 3, f"{page.key}: only {checked} inputs found"
        if missing:
            problems[page.key] = missing
    assert not problems
