"""The layers of ARCHITECTURE.md, enforced by the import-linter contracts in pyproject.toml."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "broker_app"


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout and "KEPT" in result.stdout


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_third_party_parts_stay_in_their_layer() -> None:
    """Also lazy imports inside functions, which the contracts see too, checked file by file."""
    allowed = {
        "PySide6": "ui",
        "reportlab": "proposals",
        "sqlite3": "store",
        "sqlite_utils": "store",
    }
    for path in PACKAGE.rglob("*.py"):
        package = path.relative_to(PACKAGE).parts[0]
        for module, home in allowed.items():
            if module in _imports(path):
                assert package == home, f"{path.relative_to(ROOT)} imports {module}"
