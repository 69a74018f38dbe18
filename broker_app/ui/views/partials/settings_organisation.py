"""Settings, "Organisatie": the broker's own name, address, logo and colour on every proposal.

Everything goes to the setting ``broker.organisation`` that ``proposals.service.broker_profile``
reads for the PDF's letterhead (keys: name, contact, address, postcode, city, postcode_city,
phone, email, website, kvk, logo, colour). A field is written when the broker leaves it (or
presses Enter), only when it is valid; otherwise an inline message says what is wrong.

The logo is copied, scaled to a sensible size, as a PNG beside the database
(``<database>-logo.png``), so it moves with the database and the original may be deleted.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from broker_app.proposals.service import BROKER_SETTING, broker_profile
from broker_app.store.database import Store
from broker_app.store.settings import set_setting
from broker_app.ui.views.partials.settings_common import (
    FIELD_WIDTH,
    Message,
    Section,
    align_labels,
    card,
    field_with_message,
    note,
    subheading,
)
from broker_app.ui.views.partials.settings_common import form as make_form

log = logging.getLogger(__name__)

DEFAULT_COLOUR = "#1F3A5F"  # the PDF's own dark blue
LOGO_MAX_BYTES = 5 * 1024 * 1024
LOGO_MIN_PIXELS = 32
LOGO_MAX_SIZE = QSize(1200, 480)  # plenty for 40 x 16 mm at print resolution
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")
TEXT_FIELDS = ("name", "contact", "address", "postcode", "city", "phone", "email", "website",
               "kvk")  # fmt: skip

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_POSTCODE = re.compile(r"([1-9][0-9]{3})\s*([A-Za-z]{2})")
_PHONE = re.compile(r"\+?[0-9 ()\-]+")
_WEBSITE = re.compile(r"(https?://)?[^\s/]+\.[A-Za-z]{2,}(/\S*)?")
_COLOUR = re.compile(r"#?([0-9A-Fa-f]{6})")


def logo_path_for(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-logo.png"


class LetterheadPreview(QWidget):
    """A small picture of the PDF's first lines: the colour band, the name, the contact line,
    the logo at the right and the rule under it, as ``proposals/pdf._letterhead`` draws them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile: dict = {}
        self.logo = QPixmap()
        self.setMinimumSize(460, 112)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_profile(self, profile: dict, logo: QPixmap, default_name: str) -> None:
        self.profile = dict(profile)
        self.profile.setdefault("name", default_name)
        self.logo = logo
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(page, QColor("white"))
        painter.setPen(QPen(QColor("#C5CFDA"), 1))
        painter.drawRect(page)
        colour = QColor(self.profile.get("colour") or DEFAULT_COLOUR)
        painter.fillRect(QRectF(page.left(), page.top(), page.width(), 9), colour)
        margin = 18.0
        right = page.right() - margin
        if not self.logo.isNull():
            box = QSize(130, 46)
            scaled = self.logo.scaled(box, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation)  # fmt: skip
            painter.drawPixmap(int(right - scaled.width()), int(page.top() + 18), scaled)
        name_font = QFont(self.font())
        name_font.setBold(True)
        name_font.setPointSizeF(self.font().pointSizeF() * 1.45)
        painter.setFont(name_font)
        painter.setPen(QColor("#1A1A1A"))
        painter.drawText(QRectF(margin, page.top() + 26, page.width() - 2 * margin - 140, 28),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         str(self.profile.get("name") or ""))  # fmt: skip
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.82)
        painter.setFont(small)
        painter.setPen(QColor("#5A6470"))
        contact = " · ".join(str(self.profile[k]) for k in ("address", "postcode_city", "phone",
                             "email", "website", "kvk") if self.profile.get(k))  # fmt: skip
        width = int(page.width() - 2 * margin)
        line = painter.fontMetrics().elidedText(contact, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRectF(margin, page.top() + 56, width, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            line,
        )
        painter.setPen(QPen(colour, 2))
        y = page.top() + 84
        painter.drawLine(int(margin), int(y), int(right), int(y))
        painter.end()


class OrganisationSection(Section):
    key = "organisation"

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(store, lang, parent)
        self.set_heading(
            self.tr("Organisatie"),
            self.tr("Uw eigen gegevens staan in het briefhoofd en de voettekst van elk voorstel. "
                    "Een veld wordt opgeslagen zodra u het verlaat."),
        )  # fmt: skip
        self.fields: dict[str, QLineEdit] = {}
        self.messages: dict[str, Message] = {}

        preview_card, preview_layout = card(self)
        preview_layout.addWidget(subheading(self.tr("Zo ziet het briefhoofd eruit"), self))
        self.preview = LetterheadPreview(self)
        self.preview.setAccessibleName(self.tr("Voorbeeld van het briefhoofd"))
        preview_layout.addWidget(self.preview)

        details_card, details_layout = card(self)
        details_layout.addWidget(subheading(self.tr("Gegevens"), self))
        form = make_form(self)
        labels = {
            "name": self.tr("Naam organisatie"),
            "contact": self.tr("Ondertekend door"),
            "address": self.tr("Adres"),
            "postcode": self.tr("Postcode"),
            "city": self.tr("Plaats"),
            "phone": self.tr("Telefoon"),
            "email": self.tr("E-mail"),
            "website": self.tr("Website"),
            "kvk": self.tr("KvK-nummer"),
        }
        placeholders = {
            "name": self.tr("bijv. RegioOpleiders Zwolle"),
            "contact": self.tr("naam onder het voorstel"),
            "address": self.tr("straat en huisnummer"),
            "postcode": "1234 AB",
            "city": "Zwolle",
            "phone": "038 123 45 67",
            "email": "info@voorbeeld.nl",
            "website": "www.voorbeeld.nl",
            "kvk": "12345678",
        }
        for key in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setPlaceholderText(placeholders[key])
            edit.setAccessibleName(labels[key])
            edit.setMinimumWidth(FIELD_WIDTH)
            edit.setMaxLength(200)
            edit.editingFinished.connect(lambda key=key: self.commit(key))
            edit.textEdited.connect(lambda _text, key=key: self.messages[key].clear_message())
            cell, message = field_with_message(edit, self)
            form.addRow(labels[key], cell)
            self.fields[key] = edit
            self.messages[key] = message
        self.fields["postcode"].setMaximumWidth(120)
        self.fields["postcode"].setMinimumWidth(120)
        self.fields["kvk"].setMaximumWidth(160)
        self.fields["kvk"].setMinimumWidth(160)
        self.fields["contact"].setToolTip(
            self.tr("Deze naam staat onder 'Met vriendelijke groet' in het voorstel.")
        )
        details_layout.addLayout(form)

        style_card, style_layout = card(self)
        style_layout.addWidget(subheading(self.tr("Huisstijl"), self))
        style_form = make_form(self)
        # Its hints wrap: the fields take the panel's width (a wrapped label at its size hint
        # would be drawn over the next row).
        style_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        # Logo: preview, choose, remove.
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedSize(200, 72)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet(
            "QLabel { background: white; border: 1px dashed palette(mid); border-radius: 4px;"
            " color: palette(placeholder-text); }"
        )
        self.logo_preview.setAccessibleName(self.tr("Logo"))
        self.choose_logo_button = QPushButton(self.tr("Logo kiezen…"), self)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Verwijderen"), self)
        self.remove_logo_button.setToolTip(self.tr("Het voorstel zonder logo"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.setSpacing(4)
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.setSpacing(10)
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        logo_box = QWidget(self)
        logo_box_layout = QVBoxLayout(logo_box)
        logo_box_layout.setContentsMargins(0, 0, 0, 0)
        logo_box_layout.setSpacing(2)
        logo_box_layout.addLayout(logo_row)
        logo_hint = self.tr(
            "PNG of JPEG, hoogstens 5 MB. Het logo komt rechtsboven op de eerste pagina."
        )
        logo_box_layout.addWidget(note(logo_hint, self))
        self.logo_message = Message(self)
        logo_box_layout.addWidget(self.logo_message)
        style_form.addRow(self.tr("Logo"), logo_box)

        # Colour: a hex field with a swatch that opens the colour dialog.
        self.colour_edit = QLineEdit(self)
        self.colour_edit.setPlaceholderText(DEFAULT_COLOUR)
        self.colour_edit.setMaxLength(7)
        self.colour_edit.setFixedWidth(100)
        self.colour_edit.setAccessibleName(self.tr("Hoofdkleur"))
        self.colour_edit.editingFinished.connect(self.commit_colour)
        self.colour_edit.textEdited.connect(lambda _text: self.colour_message.clear_message())
        self.swatch = QToolButton(self)
        self.swatch.setFixedSize(30, 26)
        self.swatch.setToolTip(self.tr("Kleur kiezen…"))
        self.swatch.setAccessibleName(self.tr("Kleur kiezen"))
        self.swatch.clicked.connect(self.pick_colour)
        self.default_colour_button = QPushButton(self.tr("Standaardkleur"), self)
        self.default_colour_button.clicked.connect(self.reset_colour)
        colour_row = QHBoxLayout()
        colour_row.setSpacing(6)
        colour_row.addWidget(self.colour_edit)
        colour_row.addWidget(self.swatch)
        colour_row.addWidget(self.default_colour_button)
        colour_row.addStretch(1)
        colour_box = QWidget(self)
        colour_box_layout = QVBoxLayout(colour_box)
        colour_box_layout.setContentsMargins(0, 0, 0, 0)
        colour_box_layout.setSpacing(2)
        colour_box_layout.addLayout(colour_row)
        colour_box_layout.addWidget(note(self.tr("Voor de balk bovenaan, de lijn onder het "
                                                 "briefhoofd en de koppen in het voorstel."),
                                         self))  # fmt: skip
        self.colour_message = Message(self)
        colour_box_layout.addWidget(self.colour_message)
        style_form.addRow(self.tr("Hoofdkleur"), colour_box)
        align_labels(form, style_form)  # one label column for both panels
        style_layout.addLayout(style_form)

        self.body.addWidget(preview_card)
        self.body.addWidget(details_card)
        self.body.addWidget(style_card)

    # -- reading -----------------------------------------------------------------------------

    def profile(self) -> dict:
        return broker_profile(self.store)

    def load(self) -> None:
        profile = self.profile()
        for key, edit in self.fields.items():
            edit.setText(str(profile.get(key) or ""))
            self.messages[key].clear_message()
        self.colour_edit.setText(str(profile.get("colour") or ""))
        self.colour_message.clear_message()
        self.logo_message.clear_message()
        self._show(profile)

    def _show(self, profile: dict) -> None:
        colour = profile.get("colour") or DEFAULT_COLOUR
        self.swatch.setStyleSheet(
            f"QToolButton {{ background: {colour}; border: 1px solid palette(mid);"
            " border-radius: 3px; }"
        )
        logo = QPixmap()
        if profile.get("logo"):
            logo = QPixmap(str(profile["logo"]))
        if logo.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("geen logo"))
        else:
            self.logo_preview.setText("")
            self.logo_preview.setPixmap(
                logo.scaled(
                    self.logo_preview.size() - QSize(12, 12),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.remove_logo_button.setEnabled(not logo.isNull())
        self.preview.show_profile(profile, logo, self.tr("Naam van uw organisatie"))

    # -- checking ----------------------------------------------------------------------------

    def check(self, key: str, text: str) -> tuple[str, str]:
        """(the value to keep, a message); a message means: not written."""
        text = " ".join(text.split())
        if not text:
            return "", ""
        if key == "email" and not _EMAIL.fullmatch(text):
            return text, self.tr("Dit is geen geldig e-mailadres (bijv. info@voorbeeld.nl).")
        if key == "kvk":
            digits = re.sub(r"[\s.]", "", text)
            if not re.fullmatch(r"[0-9]{8}", digits):
                return text, self.tr("Een KvK-nummer heeft precies 8 cijfers.")
            return digits, ""
        if key == "postcode":
            found = _POSTCODE.fullmatch(text)
            if not found:
                return text, self.tr("Een postcode is vier cijfers en twee letters (1234 AB).")
            return f"{found.group(1)} {found.group(2).upper()}", ""
        if key == "phone":
            digits = re.sub(r"\D", "", text)
            if not _PHONE.fullmatch(text) or not 10 <= len(digits) <= 15:
                return text, self.tr("Een telefoonnummer heeft 10 tot 15 cijfers (bijv. 038 "
                                     "123 45 67).")  # fmt: skip
        if key == "website" and not _WEBSITE.fullmatch(text):
            return text, self.tr("Dit is geen geldig webadres (bijv. www.voorbeeld.nl).")
        return text, ""

    # -- writing -----------------------------------------------------------------------------

    def _write(self, changes: dict[str, object]) -> dict:
        """Merge ``changes`` into the stored organisation (an empty value removes the key)."""
        profile = self.profile()
        for key, value in changes.items():
            if value in (None, ""):
                profile.pop(key, None)
            else:
                profile[key] = value
        place = " ".join(str(profile[k]) for k in ("postcode", "city") if profile.get(k))
        if place:
            profile["postcode_city"] = place
        else:
            profile.pop("postcode_city", None)
        with self.store.transaction() as db:
            set_setting(db, BROKER_SETTING, profile)
        self._show(profile)
        self.saved.emit()
        return profile

    def commit(self, key: str) -> bool:
        """Write one field when it is valid; True when written (or unchanged)."""
        edit = self.fields[key]
        value, message = self.check(key, edit.text())
        self.messages[key].say(message)
        if message:
            return False
        if value != edit.text():
            edit.setText(value)
        if value == str(self.profile().get(key) or ""):
            return True
        self._write({key: value})
        return True

    def commit_colour(self) -> bool:
        text = self.colour_edit.text().strip()
        if not text:
            value = ""
        else:
            found = _COLOUR.fullmatch(text)
            if not found:
                self.colour_message.say(
                    self.tr("Een kleur is een # met zes tekens 0-9 of A-F, bijv. #1F3A5F.")
                )
                return False
            value = "#" + found.group(1).upper()
        self.colour_message.clear_message()
        self.colour_edit.setText(value)
        if value != str(self.profile().get("colour") or ""):
            self._write({"colour": value})
        return True

    def reset_colour(self) -> None:
        self.colour_edit.setText("")
        self.commit_colour()

    def choose_colour(self, current: QColor) -> QColor | None:
        """The colour dialog (a method, so tests can answer it)."""
        chosen = QColorDialog.getColor(current, self, self.tr("Hoofdkleur kiezen"))
        return chosen if chosen.isValid() else None

    def pick_colour(self) -> None:
        current = QColor(self.colour_edit.text().strip() or DEFAULT_COLOUR)
        chosen = self.choose_colour(current if current.isValid() else QColor(DEFAULT_COLOUR))
        if chosen is not None:
            self.colour_edit.setText(chosen.name().upper())
            self.commit_colour()

    def choose_logo_file(self) -> str:
        """The file dialog (a method, so tests can answer it); "" when cancelled."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo kiezen"), str(Path.home()),
            self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"),
        )  # fmt: skip
        return path

    def choose_logo(self) -> None:
        path = self.choose_logo_file()
        if path:
            self.use_logo(Path(path))

    def use_logo(self, source: Path) -> bool:
        """Check the image, copy it (scaled) beside the database and keep its place."""
        self.logo_message.clear_message()
        if source.suffix.lower() not in LOGO_SUFFIXES:
            self.logo_message.say(self.tr("Kies een PNG- of JPEG-bestand."))
            return False
        try:
            size = source.stat().st_size
        except OSError:
            self.logo_message.say(self.tr("Dit bestand kan niet worden gelezen."))
            return False
        if size > LOGO_MAX_BYTES:
            self.logo_message.say(self.tr("Dit bestand is groter dan 5 MB; kies een kleinere "
                                          "versie van het logo."))  # fmt: skip
            return False
        image = QImage(str(source))
        if image.isNull():
            self.logo_message.say(self.tr("Dit bestand is geen leesbare afbeelding."))
            return False
        if min(image.width(), image.height()) < LOGO_MIN_PIXELS:
            self.logo_message.say(self.tr("Dit logo is te klein om scherp te printen (minstens "
                                          "32 pixels hoog en breed)."))  # fmt: skip
            return False
        if image.width() > LOGO_MAX_SIZE.width() or image.height() > LOGO_MAX_SIZE.height():
            image = image.scaled(LOGO_MAX_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)  # fmt: skip
        target = logo_path_for(self.store.path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            saved = image.save(str(target), "PNG")
        except OSError:
            saved = False
        if not saved:
            log.warning("cannot write the logo to %s", target)
            self.logo_message.say(self.tr("Het logo kan niet worden opgeslagen naast de "
                                          "database."))  # fmt: skip
            return False
        self._write({"logo": str(target)})
        return True

    def remove_logo(self) -> None:
        self._write({"logo": ""})

    def flush(self) -> None:
        """A field still being typed in is written when valid (the page is left)."""
        for key, edit in self.fields.items():
            if edit.isModified():
                edit.setModified(False)
                self.commit(key)
        if self.colour_edit.isModified():
            self.colour_edit.setModified(False)
            self.commit_colour()
