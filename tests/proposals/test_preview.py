"""The preview: the proposal's PDF as page pictures, one per PDF page."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from broker_app.catalogue.importer import import_catalogue
from broker_app.proposals import preview, service
from broker_app.store import clients as clients_repo
from broker_app.store.database import Store
from tests.csvfiles import offering, write_csv


def _concept(store: Store, tmp_path: Path) -> str:
    rows = [offering(code=f"C{i}", title=f"Cursus {i}", price="250") for i in range(6)]
    import_catalogue(store, write_csv(tmp_path / "c.csv", rows))
    with store.transaction() as db:
        client_id = clients_repo.insert_client(db, {"name": "Bakkerij Bol", "city": "Zwolle"})
    ref = service.start(store, client_id, title="Hygiëne", today=date(2026, 11, 29))
    for (offering_id,) in store.db.execute("SELECT id FROM offerings").fetchall():
        service.add_offering(store, ref.proposal_id, offering_id, participants=4)
    return ref.proposal_id


def test_every_page_of_the_pdf_becomes_a_picture(store: Store, tmp_path: Path) -> None:
    proposal_id = _concept(store, tmp_path)
    snapshot = service.snapshot_for(store, proposal_id, today=date(2026, 11, 29))
    result = preview.render_preview(snapshot, options={"broker": {"name": "RegioOpleiders"}})
    pages_in_pdf = len(PdfReader(io.BytesIO(result.pdf)).pages)
    assert pages_in_pdf > 1
    assert len(result.pages) == pages_in_pdf == preview.page_count(result.pdf)
    first = result.pages[0]
    # A4 portrait at the preview resolution, RGBA
    assert first.height > first.width > 0
    assert abs(first.width - 210 / 25.4 * preview.PREVIEW_DPI) < 2
    assert len(first.data) == first.stride * first.height
    # not a blank page: some pixels are darker than white
    assert min(first.data[i] for i in range(0, len(first.data), 4 * 97)) < 128
    assert "Bakkerij Bol" in PdfReader(io.BytesIO(result.pdf)).pages[0].extract_text()


def test_rasterising_stops_when_cancelled(store: Store, tmp_path: Path) -> None:
    snapshot = service.snapshot_for(store, _concept(store, tmp_path))
    pdf = preview.pdf_bytes(snapshot)
    assert len(preview.rasterise(pdf, dpi=30, cancelled=lambda done, total: True)) == 1
