"""The proposal's PDF as pictures, for the preview inside the window and for printing.

The PDF comes from :func:`broker_app.proposals.pdf.render_pdf` (the same file the employer gets);
pypdfium2 turns its pages into plain RGBA bytes. No Qt here: the window wraps the bytes in
QImages. PDFium is not thread-safe, so every use of it takes one lock.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from broker_app.proposals.pdf import render_pdf

POINTS_PER_INCH = 72
PREVIEW_DPI = 110  # sharp on the screen at fit-width, quick to make
_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    """One page as 8-bit RGBA, ``stride`` bytes per row (``height`` rows)."""

    width: int
    height: int
    stride: int
    data: bytes


@dataclass(frozen=True)
class Preview:
    pdf: bytes
    pages: list[PageImage]


def pdf_bytes(snapshot: dict, lang: str | None = None, options: dict | None = None) -> bytes:
    """The PDF of ``snapshot`` (in its own language unless ``lang`` is given); ``options`` are
    the broker's letterhead and texts (``texts.pdf_options(store)``)."""
    lang = lang or str(snapshot.get("language") or "nl")
    with tempfile.TemporaryDirectory(prefix="broker-preview-") as folder:
        out = render_pdf(snapshot, Path(folder) / "voorstel.pdf", lang=lang, **(options or {}))
        return out.read_bytes()


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def rasterise(
    pdf: bytes,
    dpi: float = PREVIEW_DPI,
    cancelled: Callable[[int, int], bool] | None = None,
) -> list[PageImage]:
    """Every page at ``dpi``; ``cancelled(done, total)`` is asked after each page and stops
    the work when it returns True."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pages: list[PageImage] = []
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            total = len(document)
            for index in range(total):
                page = document[index]
                try:
                    bitmap = page.render(
                        scale=dpi / POINTS_PER_INCH,
                        force_bitmap_format=pdfium_c.FPDFBitmap_BGRA,
                        rev_byteorder=True,  # RGBA in memory
                        fill_color=(255, 255, 255, 255),
                    )
                    pages.append(
                        PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
                    )
                    bitmap.close()
                finally:
                    page.close()
                if cancelled is not None and cancelled(index + 1, total):
                    break
        finally:
            document.close()
    return pages


def render_preview(
    snapshot: dict,
    options: dict | None = None,
    dpi: float = PREVIEW_DPI,
    report: Callable[[int, int], bool] | None = None,
) -> Preview:
    """The PDF of ``snapshot`` and its pages as pictures."""
    pdf = pdf_bytes(snapshot, options=options)
    return Preview(pdf, rasterise(pdf, dpi, report))


def save_pdf(snapshot: dict, out: Path, options: dict | None = None) -> Path:
    """The PDF of ``snapshot`` in its own language, written to ``out``."""
    return render_pdf(snapshot, Path(out), lang=str(snapshot.get("language") or "nl"),
                      **(options or {}))  # fmt: skip
