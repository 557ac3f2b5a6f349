"""Keep the Qt Linguist catalogues in step with the source, and compile them.

``pyside6-lupdate`` reads Python sources and extracts ``self.tr(...)``,
``QCoreApplication.translate("ctx", ...)`` and ``QT_TRANSLATE_NOOP("ctx", "...")`` with literal arguments.
It cannot see through a helper such as ``def _t(text): return QT_TRANSLATE_NOOP("documents", text)``,
which the layers below the UI use to keep long message tables readable. This module finds those helpers
with :mod:`ast` (a module-level function whose whole body returns ``QT_TRANSLATE_NOOP("<context>", <its
parameter>)``), writes each literal call as a plain ``QT_TRANSLATE_NOOP`` line into a throwaway Python file
and hands that file to lupdate together with the package. lupdate still does all the merging, so
translations already made are kept and changed sources are marked for review.

Run it as ``python -m clerk_app.ui.catalogue update|build`` (``scripts/update-translations`` and
``scripts/build-translations``). It imports no Qt, so the build steps need no display.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from clerk_app.ui.resources import catalogue_name

#: Catalogue languages. English is the source language: its catalogue holds only plural forms.
LANGUAGES = ("nl", "fr", "de", "en")
_MARKER = "QT_TRANSLATE_NOOP"


@dataclass(frozen=True)
class WrappedMessage:
    """A literal passed to a helper that wraps ``QT_TRANSLATE_NOOP`` with a fixed context."""

    context: str
    text: str
    path: Path
    line: int


def package_dir() -> Path:
    return Path(__file__).resolve().parents[1]


def _wrapper_context(func: ast.FunctionDef) -> str | None:
    """The fixed context if ``func`` is ``def f(x): return QT_TRANSLATE_NOOP("ctx", x)``."""
    if len(func.body) != 1 or not func.args.args:
        return None
    statement = func.body[0]
    if not isinstance(statement, ast.Return) or not isinstance(statement.value, ast.Call):
        return None
    call = statement.value
    if not (isinstance(call.func, ast.Name) and call.func.id == _MARKER and len(call.args) == 2):
        return None
    context, text = call.args
    if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
        return None
    if not (isinstance(text, ast.Name) and text.id == func.args.args[0].arg):
        return None
    return context.value


def _literal(node: ast.expr) -> str | None:
    """A string literal, also when written as ``"a" + "b"``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def wrapped_messages_in(path: Path) -> list[WrappedMessage]:
    """Every literal call of a ``QT_TRANSLATE_NOOP`` wrapper defined in the same module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    wrappers = {
        node.name: context
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and (context := _wrapper_context(node)) is not None
    }
    if not wrappers:
        return []
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in wrappers
            and len(node.args) == 1
        ):
            text = _literal(node.args[0])
            if text is not None:
                found.append(WrappedMessage(wrappers[node.func.id], text, path, node.lineno))
    return found


def wrapped_messages(root: Path) -> list[WrappedMessage]:
    return [message for path in sorted(root.rglob("*.py")) for message in wrapped_messages_in(path)]


def write_shim(messages: Iterable[WrappedMessage], target: Path) -> None:
    """A Python file lupdate can read: one plain ``QT_TRANSLATE_NOOP`` call per wrapped literal."""
    lines = [f"# Generated for pyside6-lupdate; {_MARKER} calls found behind wrapper functions."]
    for message in messages:
        context = json.dumps(message.context, ensure_ascii=False)
        text = json.dumps(message.text, ensure_ascii=False)
        lines.append(f"{_MARKER}({context}, {text})")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _tool(name: str) -> str:
    """A PySide6 tool from the same environment as this interpreter."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found next to {sys.executable} or on PATH")
    return found


def update(ts_dir: Path, source_root: Path | None = None, languages: Sequence[str] = LANGUAGES) -> None:
    """Merge the current source strings into ``ts_dir/clerk_app_<lang>.ts`` (created when missing)."""
    root = source_root if source_root is not None else package_dir()
    ts_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="clerk-lupdate-") as scratch:
        shim = Path(scratch) / "wrapped_messages.py"
        write_shim(wrapped_messages(root), shim)
        for language in languages:
            target = ts_dir / f"{catalogue_name(language)}.ts"
            command = [
                _tool("pyside6-lupdate"),
                "-silent",
                "-extensions",
                "py",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
            ]
            if language == "en":
                command.append("-pluralonly")
            command += [str(root), str(shim), "-ts", str(target)]
            subprocess.run(command, check=True, capture_output=True, text=True)


def build(ts_dir: Path, qm_dir: Path | None = None, languages: Sequence[str] = LANGUAGES) -> list[Path]:
    """Compile every catalogue to ``.qm`` (next to the sources unless ``qm_dir`` is given)."""
    out = qm_dir if qm_dir is not None else ts_dir
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for language in languages:
        source = ts_dir / f"{catalogue_name(language)}.ts"
        target = out / f"{catalogue_name(language)}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            text=True,
        )
        built.append(target)
    return built


def default_ts_dir() -> Path:
    return package_dir().parent / "resources" / "translations"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m clerk_app.ui.catalogue", description=__doc__.splitlines()[0]
    )
    parser.add_argument("action", choices=("update", "build"))
    parser.add_argument("--ts-dir", type=Path, default=default_ts_dir())
    args = parser.parse_args(argv)
    if args.action == "update":
        update(args.ts_dir)
    else:
        build(args.ts_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
