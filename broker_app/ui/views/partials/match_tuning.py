"""Tuning a match: per constraint "moet" or "liever", and a weight per scoring feature.

The panel only says what the broker changed (signals); the page decides when to match again
(after a short pause) and where to save.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from broker_app.domain.demand import Demand
from broker_app.domain.matching import DEFAULT_WEIGHTS, FEATURES
from broker_app.ui.views.partials.match_explain import (
    applicable_constraints,
    constraint_label,
    constraint_value,
)

WEIGHT_MAX = 100

_STYLE = """
QLabel[role="section"] { font-weight: 600; font-size: 11pt; color: #1f2933; padding-top: 4px; }
QLabel[role="hint"] { color: #616e7c; }
QLabel[role="value"] { color: #52606d; }
QLabel[role="weight"] { color: #323f4b; min-width: 24px; }
QToolButton[segment="left"], QToolButton[segment="right"] {
    padding: 3px 10px; border: 1px solid #b8c2cc; background: palette(base); }
QToolButton[segment="left"] { border-top-left-radius: 4px; border-bottom-left-radius: 4px; }
QToolButton[segment="right"] { border-top-right-radius: 4px; border-bottom-right-radius: 4px;
    border-left: none; }
QToolButton[segment="left"]:checked { background: #0b5394; color: white; border-color: #0b5394; }
QToolButton[segment="right"]:checked { background: #e4e7eb; color: #1f2933; }
"""


class TuningPanel(QScrollArea):
    """``musts_changed(list)`` when a toggle moves; ``weights_changed(dict)`` when a slider does."""

    musts_changed = Signal(list)
    weights_changed = Signal(dict)
    save_musts_requested = Signal()
    save_weights_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setStyleSheet(_STYLE)
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)

        self._musts: list[str] = []
        self._groups: dict[str, QButtonGroup] = {}
        self.must_buttons: dict[str, tuple[QToolButton, QToolButton]] = {}

        heading = QLabel(self.tr("Eisen"), body)
        heading.setProperty("role", "section")
        hint = QLabel(
            self.tr("Moet: alleen opleidingen die eraan voldoen. Liever: telt mee in de score."),
            body,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.constraints = QWidget(body)
        self.constraints_layout = QGridLayout(self.constraints)
        self.constraints_layout.setContentsMargins(0, 0, 0, 0)
        self.constraints_layout.setHorizontalSpacing(10)
        self.constraints_layout.setVerticalSpacing(6)
        self.constraints_layout.setColumnStretch(1, 1)
        self.no_constraints = QLabel(self.tr("Deze vraag noemt geen eisen."), body)
        self.no_constraints.setProperty("role", "hint")
        self.save_musts_button = QPushButton(self.tr("Opslaan in intake"), body)
        self.save_musts_button.setToolTip(
            self.tr("Zet deze keuze van moet en liever vast in de intake")
        )
        self.save_musts_button.setEnabled(False)
        self.save_musts_button.clicked.connect(self.save_musts_requested)
        self.musts_note = QLabel("", body)
        self.musts_note.setProperty("role", "hint")
        self.musts_note.setWordWrap(True)

        weights_heading = QLabel(self.tr("Gewichten"), body)
        weights_heading.setProperty("role", "section")
        weights_hint = QLabel(self.tr("Hoe zwaar elk aspect meetelt in de score."), body)
        weights_hint.setProperty("role", "hint")
        weights_hint.setWordWrap(True)
        weights = QWidget(body)
        grid = QGridLayout(weights)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.sliders: dict[str, QSlider] = {}
        self._values: dict[str, QLabel] = {}
        labels = self.feature_labels()
        tips = self.feature_tips()
        for row, feature in enumerate(FEATURES):
            label = QLabel(labels[feature], weights)
            slider = QSlider(Qt.Orientation.Horizontal, weights)
            slider.setRange(0, WEIGHT_MAX)
            slider.setPageStep(5)
            slider.setAccessibleName(
                self.tr("Gewicht voor {feature}").format(feature=labels[feature])
            )
            slider.setToolTip(tips[feature])
            label.setToolTip(tips[feature])
            label.setBuddy(slider)
            value = QLabel("0", weights)
            value.setProperty("role", "weight")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider.valueChanged.connect(lambda v, lbl=value: lbl.setText(str(v)))
            slider.valueChanged.connect(self._on_slider)
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(value, row, 2)
            self.sliders[feature] = slider
            self._values[feature] = value
        self.reset_button = QPushButton(self.tr("Standaard"), body)
        self.reset_button.setToolTip(self.tr("Terug naar de standaardgewichten"))
        self.reset_button.clicked.connect(self.reset_weights)
        self.save_weights_button = QPushButton(self.tr("Bewaar als mijn standaard"), body)
        self.save_weights_button.setToolTip(
            self.tr("Gebruik deze gewichten voortaan bij elke vraag")
        )
        self.save_weights_button.clicked.connect(self.save_weights_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_weights_button)
        buttons.addStretch(1)

        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.constraints)
        layout.addWidget(self.no_constraints)
        must_row = QHBoxLayout()
        must_row.addWidget(self.save_musts_button)
        must_row.addStretch(1)
        layout.addLayout(must_row)
        layout.addWidget(self.musts_note)
        line = QFrame(body)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #d9dee3;")
        layout.addSpacing(4)
        layout.addWidget(line)
        layout.addWidget(weights_heading)
        layout.addWidget(weights_hint)
        layout.addWidget(weights)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._quiet = False

    def feature_labels(self) -> dict[str, str]:
        return {
            "text": self.tr("Inhoud"),
            "level": self.tr("Niveau"),
            "bookable": self.tr("Inschrijfbaar"),
            "distance": self.tr("Afstand"),
            "start": self.tr("Startperiode"),
            "sector": self.tr("Sector"),
            "credential": self.tr("Afsluiting"),
            "delivery": self.tr("Lesvorm"),
            "schedule": self.tr("Rooster"),
            "budget": self.tr("Budget"),
        }

    def feature_tips(self) -> dict[str, str]:
        return {
            "text": self.tr("Dekken titel, leerresultaten en trefwoorden de competenties"),
            "level": self.tr("Ligt het niveau op (of tussen) het huidige en het gewenste niveau"),
            "bookable": self.tr("Is er een startdatum in de toekomst, of doorlopende instroom"),
            "distance": self.tr("Binnen de reisafstand van de werkgever (online is dichtbij)"),
            "start": self.tr("Start in de gewenste periode"),
            "sector": self.tr("Dezelfde sector als gevraagd"),
            "credential": self.tr("Het gevraagde diploma of certificaat"),
            "delivery": self.tr("Een gewenste lesvorm"),
            "schedule": self.tr("Een gewenst moment van de dag of week"),
            "budget": self.tr("Prijs binnen het budget per deelnemer"),
        }

    # -- musts -------------------------------------------------------------------------------

    def set_demand(self, demand: Demand, lang: str, stored_musts: list[str]) -> None:
        """Build a row per constraint the demand names, each set to moet or liever."""
        layout = self.constraints_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self._groups.clear()
        self.must_buttons.clear()
        self._musts = list(demand.must)
        self._stored = list(stored_musts)
        names = applicable_constraints(demand)
        for row, name in enumerate(names):
            label = QLabel(constraint_label(name), self.constraints)
            value = QLabel(constraint_value(name, demand, lang), self.constraints)
            value.setProperty("role", "value")
            value.setWordWrap(True)
            must = QToolButton(self.constraints)
            must.setText(self.tr("Moet"))
            must.setProperty("segment", "left")
            prefer = QToolButton(self.constraints)
            prefer.setText(self.tr("Liever"))
            prefer.setProperty("segment", "right")
            for button in (must, prefer):
                button.setCheckable(True)
                button.setAutoRaise(False)
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            must.setAccessibleName(self.tr("{name}: moet").format(name=constraint_label(name)))
            prefer.setAccessibleName(self.tr("{name}: liever").format(name=constraint_label(name)))
            group = QButtonGroup(self.constraints)
            group.setExclusive(True)
            group.addButton(must)
            group.addButton(prefer)
            (must if name in self._musts else prefer).setChecked(True)
            must.toggled.connect(lambda on, n=name: self._on_toggle(n, on))
            segment = QHBoxLayout()
            segment.setSpacing(0)
            segment.addWidget(must)
            segment.addWidget(prefer)
            holder = QWidget(self.constraints)
            holder.setLayout(segment)
            segment.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(label, row, 0)
            layout.addWidget(value, row, 1)
            layout.addWidget(holder, row, 2)
            self._groups[name] = group
            self.must_buttons[name] = (must, prefer)
        self.no_constraints.setVisible(not names)
        self._update_save_state()

    def set_must(self, name: str, on: bool) -> None:
        """As if the broker clicked moet (``on``) or liever for ``name``."""
        buttons = self.must_buttons.get(name)
        if buttons:
            (buttons[0] if on else buttons[1]).setChecked(True)

    def musts(self) -> list[str]:
        return list(self._musts)

    def mark_saved(self, musts: list[str]) -> None:
        self._stored = list(musts)
        self._update_save_state()

    def _on_toggle(self, name: str, on: bool) -> None:
        if on and name not in self._musts:
            self._musts.append(name)
        elif not on and name in self._musts:
            self._musts.remove(name)
        self._update_save_state()
        self.musts_changed.emit(self.musts())

    def _update_save_state(self) -> None:
        dirty = set(self._musts) != set(getattr(self, "_stored", []))
        self.save_musts_button.setEnabled(dirty)
        self.musts_note.setText(
            self.tr("Alleen voor deze sessie; de intake is nog niet aangepast.") if dirty else ""
        )
        self.musts_note.setVisible(dirty)

    # -- weights -----------------------------------------------------------------------------

    def set_weights(self, weights: dict[str, float]) -> None:
        self._quiet = True
        for feature, slider in self.sliders.items():
            slider.setValue(round(min(WEIGHT_MAX, max(0, weights.get(feature, 0)))))
        self._quiet = False

    def weights(self) -> dict[str, float]:
        return {feature: float(slider.value()) for feature, slider in self.sliders.items()}

    def reset_weights(self) -> None:
        self.set_weights(DEFAULT_WEIGHTS)
        self.weights_changed.emit(self.weights())

    def _on_slider(self, _value: int) -> None:
        if not self._quiet:
            self.weights_changed.emit(self.weights())
