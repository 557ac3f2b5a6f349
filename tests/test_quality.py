"""The code rules the project promises, checked by the same command that runs the tests."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_layering_contracts_hold() -> None:
    """No Qt below the UI, pyscard only in cardreader/pcsc.py, domain pure (pyproject [tool.importlinter])."""
    result = _run(str(BIN / "lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_lint_is_clean() -> None:
    result = _run(str(BIN / "ruff"), "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = _run(str(BIN / "ruff"), "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_non_ui_layers_type_check() -> None:
    result = _run(str(BIN / "mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


TESTS = ROOT / "tests"


def _import_roots() -> list[Path]:
    """Where an import in a test can land: the repository root, and each test folder that is not a package
    (pytest puts those on ``sys.path``, so ``support.x`` or ``store_builders`` would resolve there too)."""
    folders = [TESTS, *(path for path in TESTS.rglob("*") if path.is_dir())]
    return [ROOT, *(f for f in folders if "node_modules" not in f.parts and not (f / "__init__.py").exists())]


def _lands_in_tests(module: str, roots: list[Path]) -> bool:
    for root in roots:
        base = root.joinpath(*module.split("."))
        if any(c.exists() for c in (base.with_suffix(".py"), base)) and base.is_relative_to(TESTS):
            return True
    return False


def test_tests_import_shared_helpers_only_from_tests_support() -> None:
    """One import root: a test module imports no conftest and no other test module, only ``tests.support``."""
    roots = _import_roots()
    wrong = []
    for path in sorted(TESTS.rglob("*.py")):
        if "node_modules" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                wrong.append(f"{path.relative_to(ROOT)}: relative import")
                continue
            if isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            for module in modules:
                shared = module == "tests.support" or module.startswith("tests.support.")
                if not shared and _lands_in_tests(module, roots):
                    wrong.append(f"{path.relative_to(ROOT)}: {module}")
    assert wrong == [], "\n".join(wrong)
