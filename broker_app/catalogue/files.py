"""Reading an import file's bytes, refused in the words every reader uses."""

from __future__ import annotations

from pathlib import Path

from broker_app.domain.problems import InputRefused, Problem


def file_bytes(path: Path, *, refuse_empty: bool = False) -> bytes:
    """The whole file; InputRefused ``file.unreadable`` when it cannot be read, and
    ``file.empty`` when asked and it holds nothing but white space."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputRefused(
            [Problem("error", "file.unreadable", params={"path": str(path)})]
        ) from exc
    if refuse_empty and not data.strip():
        raise InputRefused([Problem("error", "file.empty")])
    return data
