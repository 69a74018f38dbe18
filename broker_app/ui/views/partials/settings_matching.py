"""Settings, "Matching": how much each aspect counts in the score, and the broker's own
synonyms (words that mean the same thing when looking for training).

Weights go through ``matching.engine.save_weights`` (read back by ``configured_weights``); the
synonym groups are the setting ``matching.synonyms``: a list of "a, b, c" lines that
``matching.synonyms.with_own_groups`` adds to the bundled list. Both are saved after a pause;
a synonym list with a wrong line is not saved and says which line is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QWidget,
)

from broker_app.domain.formatting import number
from broker_app.domain.matching import DEFAULT_WEIGHTS
from broker_app.domain.text import analyse
from broker_app.matching.engine import configured_weights, save_weights
from broker_app.matching.synonyms import SETTING as SYNONYM_SETTING
from broker_app.matching.synonyms import synonyms
from broker_app.store.database import Store
from broker_app.store.settings import get_setting, set_setting
from broker_app.ui.views.partials.settings_common import (
    Message,
    Saver,
    Section,
    card,
    note,
    subheading,
)

SLIDER_MAX = 100
MAX_GROUPS = 500


def _stem(term: str) -> str | None:
    """A term as one stem, as the synonym list reads it (a phrase is joined into a compound)."""
    stems = analyse(term.replace(" ", "").replace("-", ""))
    return stems[0] if len(stems) == 1 else None


class MatchingSection(Section):
    key = "matching"

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(store, lang, parent)
        self.set_heading(
            self.tr("Matching"),
            self.tr("Hoe zwaar elk aspect meetelt in de score van een opleiding, en uw eigen "
                    "woorden die hetzelfde betekenen."),
        )  # fmt: skip
        self.weight_saver = Saver(self.save_weights, self, 300)
        self.synonym_saver = Saver(self.save_synonyms, self)
        self.labels = {
            "text": self.tr("Onderwerp en leerdoelen"),
            "level": self.tr("Niveau"),
            "bookable": self.tr("Te boeken (startdatum of doorlopende instroom)"),
            "distance": self.tr("Reisafstand"),
            "start": self.tr("Start in de gewenste periode"),
            "sector": self.tr("Sector"),
            "credential": self.tr("Afsluiting (diploma, certificaat)"),
            "delivery": self.tr("Lesvorm"),
            "schedule": self.tr("Rooster"),
            "budget": self.tr("Binnen het budget"),
        }

        weights_card, weights_layout = card(self)
        weights_layout.addWidget(subheading(self.tr("Gewichten"), self))
        weights_layout.addWidget(note(self.tr(
            "Het aandeel zegt hoeveel procent van de score dat aspect bepaalt. Harde eisen uit de "
            "intake blijven altijd harde eisen."), self))  # fmt: skip
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        header_weight = QLabel(self.tr("Gewicht"), self)
        header_share = QLabel(self.tr("Aandeel"), self)
        for header in (header_weight, header_share):
            header.setStyleSheet("color: palette(placeholder-text);")
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(header_weight, 0, 2)
        grid.addWidget(header_share, 0, 3)
        self.sliders: dict[str, QSlider] = {}
        self.values: dict[str, QLabel] = {}
        self.shares: dict[str, QLabel] = {}
        for row, name in enumerate(DEFAULT_WEIGHTS, start=1):
            label = QLabel(self.labels.get(name, name), self)
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setRange(0, SLIDER_MAX)
            slider.setPageStep(5)
            slider.setMinimumWidth(260)
            slider.setAccessibleName(self.labels.get(name, name))
            label.setBuddy(slider)
            value = QLabel(self)
            value.setMinimumWidth(40)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            share = QLabel(self)
            share.setMinimumWidth(56)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            share.setStyleSheet("color: palette(placeholder-text);")
            slider.valueChanged.connect(self._weights_edited)
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(value, row, 2)
            grid.addWidget(share, row, 3)
            self.sliders[name] = slider
            self.values[name] = value
            self.shares[name] = share
        grid.setColumnStretch(1, 1)
        weights_layout.addLayout(grid)
        self.weights_message = Message(self)
        weights_layout.addWidget(self.weights_message)
        self.default_weights_button = QPushButton(self.tr("Standaard"), self)
        self.default_weights_button.setToolTip(self.tr("De gewichten die bij het programma "
                                                       "horen"))  # fmt: skip
        self.default_weights_button.clicked.connect(self.reset_weights)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.default_weights_button)
        weights_layout.addLayout(row)

        synonyms_card, synonyms_layout = card(self)
        synonyms_layout.addWidget(subheading(self.tr("Eigen synoniemen"), self))
        synonyms_layout.addWidget(note(self.tr(
            "Eén groep per regel, woorden gescheiden door komma's, bijv. <i>heftruck, "
            "vorkheftruck, reachtruck</i>. Zoekt een werkgever op één van de woorden, dan vindt "
            "de matching ook opleidingen met de andere. Deze groepen komen bij de standaardlijst "
            "van het programma."), self))  # fmt: skip
        self.synonym_edit = QPlainTextEdit(self)
        self.synonym_edit.setAccessibleName(self.tr("Eigen synoniemen"))
        self.synonym_edit.setPlaceholderText("heftruck, vorkheftruck, reachtruck\n"
                                             "pillen, medicijnen, medicatie")  # fmt: skip
        self.synonym_edit.setMinimumHeight(130)
        self.synonym_edit.textChanged.connect(self._synonyms_edited)
        synonyms_layout.addWidget(self.synonym_edit)
        self.synonym_message = Message(self)
        synonyms_layout.addWidget(self.synonym_message)
        self.synonym_count = note("", self)
        synonyms_layout.addWidget(self.synonym_count)

        self.body.addWidget(weights_card)
        self.body.addWidget(synonyms_card, 1)

    # -- weights -----------------------------------------------------------------------------

    def load(self) -> None:
        self.weight_saver.stop()
        self.synonym_saver.stop()
        self._show_weights(configured_weights(self.store))
        own = get_setting(self.store.db, SYNONYM_SETTING, [])
        lines = [line for line in own if isinstance(line, str)] if isinstance(own, list) else []
        self.synonym_edit.blockSignals(True)
        self.synonym_edit.setPlainText("\n".join(lines))
        self.synonym_edit.blockSignals(False)
        self.synonym_message.clear_message()
        self._show_synonym_count(len(lines))

    def _show_weights(self, weights: dict[str, float]) -> None:
        for name, slider in self.sliders.items():
            value = weights.get(name, DEFAULT_WEIGHTS[name])
            slider.blockSignals(True)
            slider.setMaximum(max(SLIDER_MAX, round(value)))
            slider.setValue(round(value))
            slider.blockSignals(False)
        self._show_shares()

    def _show_shares(self) -> None:
        total = sum(s.value() for s in self.sliders.values())
        for name, slider in self.sliders.items():
            self.values[name].setText(number(slider.value(), self.lang))
            share = 100 * slider.value() / total if total else 0
            self.shares[name].setText(f"{number(round(share), self.lang)} %")
        if total == 0:
            self.weights_message.say(self.tr("Zet minstens één gewicht hoger dan 0; anders "
                                             "krijgt elke opleiding dezelfde score."))  # fmt: skip
        else:
            self.weights_message.clear_message()

    def _weights_edited(self) -> None:
        self._show_shares()
        self.weight_saver.poke()

    def current_weights(self) -> dict[str, float]:
        return {name: float(slider.value()) for name, slider in self.sliders.items()}

    def save_weights(self) -> bool:
        self.weight_saver.stop()
        weights = self.current_weights()
        if not any(weights.values()):
            return False  # the message says why; the stored weights stay
        if weights != configured_weights(self.store):
            save_weights(self.store, weights)
            self.saved.emit()
        return True

    def reset_weights(self) -> None:
        self._show_weights(dict(DEFAULT_WEIGHTS))
        self.save_weights()

    # -- synonyms ----------------------------------------------------------------------------

    def _synonyms_edited(self) -> None:
        self.synonym_saver.poke()

    def check_synonyms(self) -> tuple[list[str], str]:
        """(the lines to keep, a message); a message means: not saved."""
        kept: list[str] = []
        for number_, raw in enumerate(self.synonym_edit.toPlainText().splitlines(), start=1):
            line = raw.strip()
            if not line:
                continue
            terms = [" ".join(term.split()) for term in line.split(",")]
            terms = [term for term in terms if term]
            unusable = [term for term in terms if _stem(term) is None]
            if unusable:
                return [], self.tr("Regel {line}: '{word}' is geen zoekwoord (te kort, een "
                                   "lidwoord of meerdere losse woorden).").format(
                    line=number_, word=unusable[0])  # fmt: skip
            if len({_stem(term) for term in terms}) < 2:
                return [], self.tr("Regel {line}: noem minstens twee verschillende woorden, "
                                   "gescheiden door komma's.").format(line=number_)  # fmt: skip
            kept.append(", ".join(terms))
        if len(kept) > MAX_GROUPS:
            return [], self.tr("Hoogstens {max} groepen.").format(max=MAX_GROUPS)
        return kept, ""

    def save_synonyms(self) -> bool:
        self.synonym_saver.stop()
        kept, message = self.check_synonyms()
        self.synonym_message.say(message)
        if message:
            return False
        if kept != get_setting(self.store.db, SYNONYM_SETTING, []):
            with self.store.transaction() as db:
                set_setting(db, SYNONYM_SETTING, kept)
            self.saved.emit()
        self._show_synonym_count(len(kept))
        return True

    def _show_synonym_count(self, own: int) -> None:
        self.synonym_count.setText(
            self.tr("{own} eigen groepen · {bundled} groepen in de standaardlijst").format(
                own=number(own, self.lang), bundled=number(len(synonyms().groups), self.lang))
        )  # fmt: skip

    def flush(self) -> None:
        self.weight_saver.flush()
        self.synonym_saver.flush()

    def shutdown(self) -> None:
        self.flush()
        self.weight_saver.stop()
        self.synonym_saver.stop()
