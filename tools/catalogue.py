"""Keep the Qt Linguist catalogues in step with the source, and compile them.

``pyside6-lupdate`` reads Python sources and extracts ``self.tr(...)``,
``QCoreApplication.translate("ctx", ...)`` and ``QT_TRANSLATE_NOOP("ctx", "...")`` with literal arguments,
so the layers below the UI write every message as a literal ``QT_TRANSLATE_NOOP`` call (a wrapper helper
would hide it; ``tests/unit/test_translations.py`` checks the extraction). lupdate does all the merging:
translations already made are kept and changed sources are marked for review. It reads ``clerk_app/`` only:
what this folder's tools print is for maintainers and is never translated.

Run it from the repository as ``python -m tools.catalogue update|build`` (``scripts/update-translations`` and
``scripts/build-translations``). ``todo`` lists the unfinished entries as JSON and ``fill FILE`` writes
translations from such a JSON file back, for translating outside Qt Linguist. It imports no Qt, so the
build steps need no display.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree

from clerk_app.ui.resources import CATALOGUE_LANGUAGES, catalogue_name

#: The repository this tool sits in: the sources are in ``clerk_app/``, the catalogues in ``resources/``.
REPOSITORY = Path(__file__).resolve().parents[1]


def package_dir() -> Path:
    return REPOSITORY / "clerk_app"


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


def update(
    ts_dir: Path, source_root: Path | None = None, languages: Sequence[str] = CATALOGUE_LANGUAGES
) -> None:
    """Merge the current source strings into ``ts_dir/clerk_app_<lang>.ts`` (created when missing)."""
    root = source_root if source_root is not None else package_dir()
    ts_dir.mkdir(parents=True, exist_ok=True)
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
        command += [str(root), "-ts", str(target)]
        subprocess.run(command, check=True, capture_output=True, text=True)


def build(
    ts_dir: Path, qm_dir: Path | None = None, languages: Sequence[str] = CATALOGUE_LANGUAGES
) -> list[Path]:
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


def _catalogue(ts_dir: Path, language: str) -> Path:
    return ts_dir / f"{catalogue_name(language)}.ts"


def todo(ts_dir: Path, languages: Sequence[str] = ("nl", "fr")) -> dict[str, list[dict[str, str]]]:
    """The unfinished entries per UI language (German only carries the slip): ``{"nl": [{...}, ...]}``."""
    found: dict[str, list[dict[str, str]]] = {}
    for language in languages:
        tree = ElementTree.parse(_catalogue(ts_dir, language))  # noqa: S314 - our own catalogue
        entries = []
        for context in tree.getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") == "unfinished":
                    entries.append(
                        {"context": context.findtext("name", ""), "source": message.findtext("source", "")}
                    )
        found[language] = entries
    return found


def fill(ts_dir: Path, answers: dict[str, list[dict[str, str]]]) -> int:
    """Write ``translation`` values (same shape as :func:`todo`) into the catalogues; returns how many."""
    written = 0
    for language, entries in answers.items():
        wanted = {(e["context"], e["source"]): e["translation"] for e in entries if e.get("translation")}
        path = _catalogue(ts_dir, language)
        tree = ElementTree.parse(path)  # noqa: S314 - our own catalogue
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                key = (name, message.findtext("source", ""))
                translation = message.find("translation")
                if key in wanted and translation is not None and message.get("numerus") != "yes":
                    translation.text = wanted[key]
                    translation.attrib.pop("type", None)
                    written += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return written


def default_ts_dir() -> Path:
    return REPOSITORY / "resources" / "translations"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.catalogue", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "build", "todo", "fill"))
    parser.add_argument("answers", nargs="?", type=Path, help="JSON file for 'fill'")
    parser.add_argument("--ts-dir", type=Path, default=default_ts_dir())
    args = parser.parse_args(argv)
    if args.action == "update":
        update(args.ts_dir)
    elif args.action == "build":
        build(args.ts_dir)
    elif args.action == "todo":
        sys.stdout.write(json.dumps(todo(args.ts_dir), ensure_ascii=False, indent=1) + "\n")
    else:
        if args.answers is None:
            parser.error("fill needs the JSON file with translations")
        written = fill(args.ts_dir, json.loads(args.answers.read_text(encoding="utf-8")))
        update(args.ts_dir)  # let lupdate write the catalogues back in its own layout
        sys.stdout.write(f"{written} translations written\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
