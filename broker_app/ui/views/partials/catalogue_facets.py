"""The catalogue's facets: checkable lists with counts, a place, a price range, a start window.

The panel only lays out and reads its inputs: :meth:`FacetPanel.narrow` writes the choices into
an ``OfferingFilter`` (so counting, paging and sorting stay in SQL) and :meth:`set_counts` shows
what the store counted in a worker. Values with no offering left are greyed, not removed, so
the lists do not jump while the broker ticks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDateEdit,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from broker_app.domain.formatting import number
from broker_app.domain.vocab import (
    CREDENTIALS,
    DELIVERY,
    LEVELS,
    OFFERING_TYPES,
    SECTORS,
    Vocabulary,
)
from broker_app.store.catalogue import OfferingFilter
from broker_app.ui.views.partials.money_input import read_cents

Index = QModelIndex | QPersistentModelIndex
CountRole = Qt.ItemDataRole.UserRole + 10
CodeRole = Qt.ItemDataRole.UserRole + 11
NO_DATE = QDate(2000, 1, 1)  # the date edits' "no date" (shown as a dash)
ERROR_STYLE = "color: #b3261e;"

_PANEL_STYLE = """
QToolButton[facetHeader="true"] { border: none; font-weight: 600; padding: 4px 0; }
QListView { border: 1px solid palette(midlight); border-radius: 3px; background: palette(base); }
QListView::item { padding: 1px 2px; }
"""


@dataclass
class _Item:
    code: str
    label: str


class FacetListModel(QAbstractListModel):
    """One facet's values, each checkable, with the number of offerings it would show."""

    checked_changed = Signal()

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._items: list[_Item] = []
        self._counts: dict[str, int] = {}
        self._checked: set[str] = set()
        self.counted = False

    # -- the page asks ------------------------------------------------------------------------

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        """(code, label) in the order to show; keeps what is ticked."""
        new = [_Item(code, label) for code, label in items]
        known = {i.code for i in new}
        new += [_Item(c, c) for c in sorted(self._checked - known)]
        if [i.code for i in new] == [i.code for i in self._items]:
            self._items = new
            self._changed_all()
            return
        self.beginResetModel()
        self._items = new
        self.endResetModel()

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self.counted = True
        self._changed_all()

    def codes(self) -> list[str]:
        return [i.code for i in self._items]

    def checked(self) -> list[str]:
        """The ticked codes, in the list's order."""
        return [i.code for i in self._items if i.code in self._checked]

    def set_checked(self, codes: Sequence[str]) -> None:
        self._checked = set(codes)
        self._changed_all()
        self.checked_changed.emit()

    def count(self, code: str) -> int:
        return self._counts.get(code, 0)

    def row_of(self, code: str) -> int:
        for row, item in enumerate(self._items):
            if item.code == code:
                return row
        return -1

    # -- Qt's model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.code in self._checked else Qt.CheckState.Unchecked
        if role == CountRole:
            return self._counts.get(item.code, 0) if self.counted else None
        if role == CodeRole:
            return item.code
        if role == Qt.ItemDataRole.AccessibleTextRole:
            count = self._counts.get(item.code, 0)
            return f"{item.label} ({count})"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        code = self._items[index.row()].code
        state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(code)
        else:
            self._checked.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        item = self._items[index.row()]
        flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren
        # nothing left to show: greyed, unless ticked (then it must stay untickable)
        if not self.counted or self._counts.get(item.code) or item.code in self._checked:
            flags |= Qt.ItemFlag.ItemIsEnabled
        return flags

    def _changed_all(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))


class CountDelegate(QStyledItemDelegate):
    """The label on the left, the number of offerings right-aligned in grey."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._lang = lang

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        count = index.data(CountRole)
        text = number(count, self._lang) if count is not None else ""
        width = option.fontMetrics.horizontalAdvance(text) + 10 if text else 0
        narrowed = QStyleOptionViewItem(option)
        narrowed.rect = QRect(option.rect.adjusted(0, 0, -width, 0))
        super().paint(painter, narrowed, index)
        if not text:
            return
        painter.save()
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        role = QPalette.ColorRole.PlaceholderText if enabled else QPalette.ColorRole.Mid
        painter.setPen(option.palette.color(role))
        painter.drawText(
            option.rect.adjusted(0, 0, -6, 0),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        painter.restore()

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index: Index) -> bool:
        """A click anywhere on the row ticks it, not only on the small box; so does Space."""
        if not index.flags() & Qt.ItemFlag.ItemIsEnabled:
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return True
        toggle = (
            kind == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and option.rect.contains(event.position().toPoint())
        ) or (kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select))
        if not toggle:
            return False
        state = Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole))
        new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
        return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 40, max(hint.height(), option.fontMetrics.height() + 6))


class Section(QWidget):
    """A heading that folds its content away."""

    def __init__(self, title: str, content: QWidget, parent=None, expanded: bool = True) -> None:
        super().__init__(parent)
        self.header = QToolButton(self)
        self.header.setText(title)
        self.header.setProperty("facetHeader", True)
        self.header.setCheckable(True)
        self.header.setChecked(expanded)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.header.setAccessibleName(title)
        self.content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(content)
        self.header.toggled.connect(self._fold)
        self._fold(expanded)

    def _fold(self, expanded: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.content.setVisible(expanded)


def _vocabulary_items(vocabulary: Vocabulary, lang: str) -> list[tuple[str, str]]:
    return [(t.code, t.label(lang)) for t in vocabulary.terms]


class FacetPanel(QScrollArea):
    """Every facet of the catalogue, top to bottom; ``changed`` when the broker changes one."""

    changed = Signal()

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._quiet = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(190)
        self.setAccessibleName(self.tr("Filters"))
        body = QWidget(self)
        body.setStyleSheet(_PANEL_STYLE)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(0, 0, 8, 8)
        self._layout.setSpacing(4)
        self.setWidget(body)

        self.lists: dict[str, FacetListModel] = {}
        self.views: dict[str, QListView] = {}
        self._vocabularies = {
            "types": OFFERING_TYPES,
            "levels": LEVELS,
            "deliveries": DELIVERY,
            "credentials": CREDENTIALS,
        }
        self._sections: dict[str, Section] = {}
        self._add_list("types", self.tr("Type"))
        self._add_list("levels", self.tr("Niveau"))
        self._add_list("sectors", self.tr("Sector"))
        self._add_list("deliveries", self.tr("Vorm"))
        self._add_list("credentials", self.tr("Afsluiting"))
        self._add_providers()
        self._add_place()
        self._add_price()
        self._add_start()
        self._layout.addStretch(1)
        for name, vocabulary in self._vocabularies.items():
            self.lists[name].set_items(_vocabulary_items(vocabulary, lang))

    # -- building -----------------------------------------------------------------------------

    def _list_view(self, model, name: str, title: str, rows: int | None) -> QListView:
        view = QListView(self)
        view.setModel(model)
        view.setItemDelegate(CountDelegate(self._lang, view))
        view.setAccessibleName(title)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setUniformItemSizes(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setProperty("facet", name)
        self._fit(view, rows)
        model.modelReset.connect(lambda v=view, r=rows: self._fit(v, r))
        return view

    def _fit(self, view: QListView, rows: int | None) -> None:
        """Short lists show every value; long ones scroll inside a fixed height."""
        row_height = view.fontMetrics().height() + 6
        count = view.model().rowCount()
        shown = count if rows is None else min(max(count, 3), rows)
        view.setFixedHeight(max(1, shown) * row_height + 4)

    def _add_list(self, name: str, title: str) -> None:
        model = FacetListModel(self._lang, self)
        model.checked_changed.connect(self._emit)
        self.lists[name] = model
        view = self._list_view(model, name, title, 8 if name == "sectors" else None)
        self.views[name] = view
        self._add_section(name, title, view)

    def _add_section(self, name: str, title: str, content: QWidget) -> None:
        section = Section(title, content, self)
        self._sections[name] = section
        self._layout.addWidget(section)

    def _add_providers(self) -> None:
        title = self.tr("Aanbieder")
        model = FacetListModel(self._lang, self)
        model.checked_changed.connect(self._emit)
        self.lists["providers"] = model
        self.provider_proxy = QSortFilterProxyModel(self)
        self.provider_proxy.setSourceModel(model)
        self.provider_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.provider_search = QLineEdit(box)
        self.provider_search.setPlaceholderText(self.tr("Zoek een aanbieder…"))
        self.provider_search.setAccessibleName(self.tr("Aanbieder zoeken"))
        self.provider_search.setClearButtonEnabled(True)
        self.provider_search.textChanged.connect(self.provider_proxy.setFilterFixedString)
        view = QListView(box)
        view.setModel(self.provider_proxy)
        view.setItemDelegate(CountDelegate(self._lang, view))
        view.setAccessibleName(title)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setUniformItemSizes(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setFixedHeight(8 * (view.fontMetrics().height() + 6) + 4)
        self.views["providers"] = view
        layout.addWidget(self.provider_search)
        layout.addWidget(view)
        self._add_section("providers", title, box)

    def _add_place(self) -> None:
        title = self.tr("Plaats")
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.city_edit = QLineEdit(box)
        self.city_edit.setPlaceholderText(self.tr("Bijv. Zwolle"))
        self.city_edit.setAccessibleName(self.tr("Plaats"))
        self.city_edit.setClearButtonEnabled(True)
        self.city_model = QStringListModel(self)
        completer = QCompleter(self.city_model, self.city_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.city_edit.setCompleter(completer)
        completer.activated.connect(lambda _text: self._emit())
        self.city_edit.editingFinished.connect(self._city_finished)
        self.city_edit.textChanged.connect(self._city_typed)
        layout.addWidget(self.city_edit)
        self._city_applied = ""
        self._add_section("city", title, box)

    def _add_price(self) -> None:
        title = self.tr("Prijs per deelnemer")
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self.price_min = QLineEdit(box)
        self.price_min.setPlaceholderText(self.tr("€ van"))
        self.price_min.setAccessibleName(self.tr("Minimumprijs"))
        self.price_max = QLineEdit(box)
        self.price_max.setPlaceholderText(self.tr("€ tot en met"))
        self.price_max.setAccessibleName(self.tr("Maximumprijs"))
        self.price_error = QLabel(box)
        self.price_error.setStyleSheet(ERROR_STYLE)
        self.price_error.setWordWrap(True)
        self.price_error.hide()
        grid.addWidget(self.price_min, 0, 0)
        grid.addWidget(QLabel("–", box), 0, 1)
        grid.addWidget(self.price_max, 0, 2)
        grid.addWidget(self.price_error, 1, 0, 1, 3)
        for edit in (self.price_min, self.price_max):
            edit.editingFinished.connect(self._price_finished)
        self._prices_applied: tuple[int | None, int | None] = (None, None)
        self._add_section("price", title, box)

    def _add_start(self) -> None:
        title = self.tr("Start tussen")
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self.start_from = self._date_edit(box, self.tr("Start vanaf"))
        self.start_to = self._date_edit(box, self.tr("Start tot en met"))
        from_label = QLabel(self.tr("&Van"), box)
        from_label.setBuddy(self.start_from)
        to_label = QLabel(self.tr("&Tot en met"), box)
        to_label.setBuddy(self.start_to)
        hint = QLabel(self.tr("Doorlopende instroom telt altijd mee."), box)
        hint.setStyleSheet("color: palette(mid);")
        hint.setWordWrap(True)
        grid.addWidget(from_label, 0, 0)
        grid.addWidget(self.start_from, 0, 1)
        grid.addWidget(to_label, 1, 0)
        grid.addWidget(self.start_to, 1, 1)
        grid.addWidget(hint, 2, 0, 1, 2)
        self._add_section("start", title, box)

    def _date_edit(self, parent: QWidget, name: str) -> QDateEdit:
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        edit.setDisplayFormat("d-M-yyyy")
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _d: self._emit())
        return edit

    # -- the page asks ------------------------------------------------------------------------

    def set_choices(
        self,
        sectors: Sequence[str],
        providers: Sequence[tuple[str, str]],
        cities: Sequence[str],
    ) -> None:
        """The values the catalogue has (providers and places are free text; a sector code is
        shown with its label, in the window's language, in the order of the labels)."""
        labelled = [(code, SECTORS.label(code, self._lang)) for code in sectors]
        labelled.sort(key=lambda item: item[1].casefold())
        self.lists["sectors"].set_items(labelled)
        self.lists["providers"].set_items(list(providers))
        self.city_model.setStringList(list(cities))

    def set_counts(self, counts: dict[str, dict[str, int]]) -> None:
        for name, model in self.lists.items():
            if name in counts:
                model.set_counts(counts[name])

    def narrow(self, f: OfferingFilter) -> OfferingFilter:
        """``f`` with the panel's choices filled in."""
        f.types = self.lists["types"].checked()
        f.levels = self.lists["levels"].checked()
        f.sectors = self.lists["sectors"].checked()
        f.deliveries = self.lists["deliveries"].checked()
        f.credentials = self.lists["credentials"].checked()
        f.providers = self.lists["providers"].checked()
        f.city = self.city_edit.text().strip() or None
        f.price_min, f.price_max = self._prices_applied
        f.start_from = self._iso(self.start_from)
        f.start_to = self._iso(self.start_to)
        return f

    def is_clear(self) -> bool:
        empty = OfferingFilter()
        return not self.narrow(empty).faceted

    def clear(self) -> None:
        """Every facet back to "all"; one ``changed`` at the end."""
        self._quiet = True
        try:
            for model in self.lists.values():
                model.set_checked([])
            self.provider_search.clear()
            self.city_edit.clear()
            self._city_applied = ""
            self.price_min.clear()
            self.price_max.clear()
            self._prices_applied = (None, None)
            self._show_price_error("")
            self.start_from.setDate(NO_DATE)
            self.start_to.setDate(NO_DATE)
        finally:
            self._quiet = False
        self.changed.emit()

    def set_price_range(self, low: str, high: str) -> None:
        """Type a price range as the broker would (tests and shortcuts)."""
        self.price_min.setText(low)
        self.price_max.setText(high)
        self._price_finished()

    def set_start_window(self, first: QDate | None, last: QDate | None) -> None:
        self._quiet = True
        self.start_from.setDate(first or NO_DATE)
        self.start_to.setDate(last or NO_DATE)
        self._quiet = False
        self.changed.emit()

    # -- internals ----------------------------------------------------------------------------

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()

    @staticmethod
    def _iso(edit: QDateEdit) -> str | None:
        value = edit.date()
        return None if value <= NO_DATE else value.toString("yyyy-MM-dd")

    def _city_typed(self, text: str) -> None:
        if not text.strip() and self._city_applied:  # the clear button
            self._city_finished()

    def _city_finished(self) -> None:
        text = self.city_edit.text().strip()
        if text != self._city_applied:
            self._city_applied = text
            self._emit()

    def _price(self, edit: QLineEdit, problems: list[str]) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        cents, problem = read_cents(text, self._lang)
        if problem:
            problems.append(problem)
        return cents

    def _price_finished(self) -> None:
        problems: list[str] = []
        low = self._price(self.price_min, problems)
        high = self._price(self.price_max, problems)
        if low is not None and high is not None and low > high:
            problems.append(self.tr("De ondergrens is hoger dan de bovengrens."))
        self._show_price_error(" ".join(problems))
        if problems:
            return  # keep the last good range until the broker fixes it
        if (low, high) != self._prices_applied:
            self._prices_applied = (low, high)
            self._emit()

    def _show_price_error(self, text: str) -> None:
        self.price_error.setText(text)
        self.price_error.setVisible(bool(text))


def checked_labels(panel: FacetPanel, name: str) -> list[str]:
    model = panel.lists[name]
    return [model.data(model.index(model.row_of(c))) for c in model.checked()]


def tick(panel: FacetPanel, name: str, code: str, on: bool = True) -> None:
    """Tick a value as a click would (tests and keyboard actions)."""
    model = panel.lists[name]
    row = model.row_of(code)
    if row < 0:
        raise KeyError(code)
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    model.setData(model.index(row), state, Qt.ItemDataRole.CheckStateRole)


FacetCallback = Callable[[dict[str, dict[str, int]]], None]
