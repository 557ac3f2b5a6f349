"""No English phrase reaches a clerk inside a translated error message.

A :class:`~clerk_app.errors.ClerkError`'s title and message are translated in context ``errors``, and so is
each of its parameters (``clerk_app.ui.errors.describe``). A parameter that is an English phrase typed as a
plain string (``problem="the card does not respond"``) finds no translation and would stand in English in
the middle of a Dutch message. So every parameter of every error raised in ``clerk_app`` is checked here
from the source: it is a phrase marked ``QT_TRANSLATE_NOOP("errors", ...)`` (directly, through a constant
or a table of them, or through a helper's argument), or a value with no English in it (a file number, a
status word, a setting's name). Each marked phrase then needs a Dutch and a French translation without
English words, and the whole Dutch message is built the way the UI builds it.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from clerk_app import errors

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "clerk_app"
CATALOGUES = ROOT / "resources" / "translations"
CONTEXT = "errors"
#: A plain string of two words or more, one of them lower-case, is a phrase; one word is a name or a code
#: (a setting's name, a file number, a status word).
PHRASE = re.compile(r"[a-z]{2,}\s+[A-Za-z]|[A-Za-z]\s+[a-z]{2,}")
#: Words Dutch shares with the English source: what the clerk's Dutch calls so too.
SHARED_WORDS = {"computer", "document", "http", "https", "proxy", "keyring"}


@dataclass
class Module:
    path: Path
    tree: ast.Module
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)
    constants: dict[str, ast.expr] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> Module:
        module = cls(path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        for node in ast.walk(module.tree):
            for child in ast.iter_child_nodes(node):
                module.parents[child] = node
        for statement in module.tree.body:
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target = statement.targets[0]
                if isinstance(target, ast.Name):
                    module.constants[target.id] = statement.value
            elif (
                isinstance(statement, ast.AnnAssign)
                and isinstance(statement.target, ast.Name)
                and statement.value is not None
            ):
                module.constants[statement.target.id] = statement.value
        return module

    def where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"

    def enclosing_function(self, node: ast.AST) -> ast.FunctionDef | None:
        current = self.parents.get(node)
        while current is not None and not isinstance(current, ast.FunctionDef):
            current = self.parents.get(current)
        return current

    def calls_of(self, function: ast.FunctionDef) -> Iterator[ast.Call]:
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call):
                callee = node.func
                name = callee.id if isinstance(callee, ast.Name) else getattr(callee, "attr", None)
                if name == function.name:
                    yield node


def _modules() -> list[Module]:
    return [Module.read(path) for path in sorted(PACKAGE.rglob("*.py")) if "migrations" not in path.parts]


def _error_classes(modules: list[Module]) -> set[str]:
    """Names of ClerkError and every subclass defined anywhere in clerk_app."""
    names = {name for name, value in vars(errors).items() if isinstance(value, type)}
    known = {name for name in names if issubclass(getattr(errors, name), errors.ClerkError)}
    classes = [node for module in modules for node in ast.walk(module.tree) if isinstance(node, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for node in classes:
            bases = {base.id for base in node.bases if isinstance(base, ast.Name)}
            if node.name not in known and bases & known:
                known.add(node.name)
                grew = True
    return known


@dataclass
class Check:
    """What one parameter expression holds: the marked phrases, and the English that is not marked."""

    phrases: list[str] = field(default_factory=list)
    english: list[str] = field(default_factory=list)

    def add(self, other: Check) -> None:
        self.phrases += other.phrases
        self.english += other.english


def _marked(node: ast.Call) -> str | None:
    """The phrase of ``QT_TRANSLATE_NOOP("errors", "...")``; a marker in another context is not it."""
    if not (isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"):
        return None
    context, text = node.args
    assert isinstance(context, ast.Constant) and isinstance(text, ast.Constant), "lupdate needs literals"
    assert isinstance(text.value, str)
    return text.value if context.value == CONTEXT else None


def _check(node: ast.expr, module: Module, depth: int = 0) -> Check:
    """What ``node`` can hold: followed through names, tables, helpers' arguments and both branches of
    a choice; anything computed (a call's result, a formatted number) is a value, not a phrase."""
    found = Check()
    if depth > 4:
        found.english.append(f"{module.where(node)}: too many hops to follow")
    elif isinstance(node, ast.Call) and _is_marker(node):
        phrase = _marked(node)
        if phrase is None:
            found.english.append(f"{module.where(node)}: marked in another context than {CONTEXT!r}")
        else:
            found.phrases.append(phrase)
    elif isinstance(node, ast.Constant):
        if isinstance(node.value, str) and PHRASE.search(node.value):
            found.english.append(f"{module.where(node)}: {node.value!r}")
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant):
                found.add(_check(part, module, depth))
    elif isinstance(node, ast.Name):
        found.add(_check_name(node, module, depth))
    elif isinstance(node, ast.Subscript):
        table = module.constants.get(node.value.id) if isinstance(node.value, ast.Name) else None
        if isinstance(table, ast.Dict):
            for value in table.values:
                found.add(_check(value, module, depth + 1))
    elif isinstance(node, ast.IfExp):
        found.add(_check(node.body, module, depth))
        found.add(_check(node.orelse, module, depth))
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            found.add(_check(value, module, depth))
    elif isinstance(node, ast.BinOp):
        found.add(_check(node.left, module, depth))
        found.add(_check(node.right, module, depth))
    return found


def _is_marker(node: ast.Call) -> bool:
    return isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"


def _check_name(node: ast.Name, module: Module, depth: int) -> Check:
    """A name: a local assignment, a helper's argument (then what every caller passes), or a constant."""
    found = Check()
    function = module.enclosing_function(node)
    if function is not None:
        assigned = [
            statement.value
            for statement in ast.walk(function)
            if isinstance(statement, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == node.id for t in statement.targets)
        ]
        for value in assigned:
            found.add(_check(value, module, depth + 1))
        if assigned:
            return found
        parameters = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
        if node.id in parameters:
            found.add(_check_callers(function, parameters.index(node.id), node.id, module, depth))
            return found
    if node.id in module.constants:
        found.add(_check(module.constants[node.id], module, depth + 1))
    return found  # a loop variable or another computed value: not a phrase


def _check_callers(function: ast.FunctionDef, index: int, name: str, module: Module, depth: int) -> Check:
    """What the callers in the same module pass (a function called only from elsewhere gets values)."""
    found = Check()
    offset = 1 if function.args.args and function.args.args[0].arg in {"self", "cls"} else 0
    for call in module.calls_of(function):
        given = [k.value for k in call.keywords if k.arg == name]
        if not given and 0 <= index - offset < len(call.args):
            given = [call.args[index - offset]]
        for value in given:
            found.add(_check(value, module, depth + 1))
    return found


@dataclass(frozen=True)
class RaiseSite:
    where: str
    error: str
    params: dict[str, tuple[str, ...]]  # parameter -> the marked phrases it can hold


def _raise_sites() -> tuple[list[RaiseSite], list[str]]:
    modules = _modules()
    classes = _error_classes(modules)
    sites, english = [], []
    for module in modules:
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func
            name = callee.id if isinstance(callee, ast.Name) else getattr(callee, "attr", None)
            if name not in classes:
                continue
            params: dict[str, tuple[str, ...]] = {}
            for keyword in node.keywords:
                if keyword.arg is None:  # **params handed on: what every caller passes
                    function = module.enclosing_function(node)
                    assert function is not None and function.args.kwarg is not None
                    for call in module.calls_of(function):
                        for given in call.keywords:
                            english += [f"{name}(**…) {text}" for text in _check(given.value, module).english]
                    continue
                check = _check(keyword.value, module)
                english += [f"{name}({keyword.arg}=…) {text}" for text in check.english]
                params[keyword.arg] = tuple(check.phrases)
            sites.append(RaiseSite(module.where(node), name, params))
    return sites, english


def _marked_phrases() -> set[str]:
    """Every phrase marked in context ``errors`` outside the error tree's own titles and messages."""
    phrases = set()
    for module in _modules():
        if module.path == PACKAGE / "errors.py":
            continue
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Call) and (phrase := _marked(node)) is not None:
                phrases.add(phrase)
    return phrases


def _catalogue(language: str) -> dict[str, str]:
    """Source -> finished translation of context ``errors`` in the committed catalogue."""
    root = ET.parse(CATALOGUES / f"clerk_app_{language}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") is None and translation.text:
                found[message.findtext("source", "")] = translation.text
    return found


_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def english_words(source: str) -> set[str]:
    """The English words of a phrase, leaving out placeholders, codes and names (``PC/SC``, ``http(s)``)."""
    words = set()
    for token in _PLACEHOLDER.sub(" ", source).split():
        word = token.strip("()[],.;:'\"")
        if len(word) >= 4 and word.isalpha() and not word.isupper():
            words.add(word.lower())
    return words


def english_left(source: str, dutch: str) -> set[str]:
    """The English words of ``source`` still in ``dutch`` (French shares too many words for this test)."""
    said = {token.strip("()[],.;:'\"").lower() for token in _PLACEHOLDER.sub(" ", dutch).split()}
    return (english_words(source) & said) - SHARED_WORDS


def test_every_error_parameter_is_a_marked_phrase_or_holds_no_english() -> None:
    sites, english = _raise_sites()
    assert len(sites) > 50, "the scan should find the errors raised in clerk_app"
    assert english == [], 'mark these with QT_TRANSLATE_NOOP("errors", ...), variable parts as {placeholders}'


def test_every_problem_of_a_card_or_the_settings_is_marked() -> None:
    """The problems the issue named (pcsc, tlv, identity file, settings) are found as marked phrases."""
    sites, _english = _raise_sites()
    by_module: dict[str, int] = {}
    for site in sites:
        if site.params.get("problem"):
            module = site.where.split(":")[0]
            by_module[module] = by_module.get(module, 0) + 1
    for module in ("cardreader/pcsc.py", "cardreader/tlv.py", "cardreader/identity_file.py", "config.py"):
        assert by_module.get(f"clerk_app/{module}", 0) >= 3, module


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_marked_phrase_is_translated(language: str) -> None:
    catalogue = _catalogue(language)
    missing = sorted(phrase for phrase in _marked_phrases() if phrase not in catalogue)
    assert missing == [], f"not translated in {language}: run scripts/update-translations and translate"
    for phrase in _marked_phrases():
        assert set(_PLACEHOLDER.findall(catalogue[phrase])) == set(_PLACEHOLDER.findall(phrase)), phrase
        assert catalogue[phrase] != phrase or not english_words(phrase), f"{phrase!r} left in English"


def test_no_dutch_phrase_keeps_an_english_word() -> None:
    dutch = _catalogue("nl")
    left = {
        phrase: sorted(words)
        for phrase in _marked_phrases()
        if (words := english_left(phrase, dutch[phrase]))
    }
    assert left == {}


def test_the_dutch_message_of_every_raised_error_has_no_english_fragment() -> None:
    """Each raise site's message as ``describe`` builds it in Dutch: message, phrases and their parts."""
    dutch = _catalogue("nl")
    sites, _english = _raise_sites()
    checked = 0
    for site in sites:
        error_class = getattr(errors, site.error, None)
        if error_class is None or issubclass(error_class, errors.InputError):
            continue  # an input error's reasons are shown by the form, not in its message
        for name, options in site.params.items():
            for phrase in options:
                values = {key: (held[0] if held else "X1") for key, held in site.params.items()}
                values[name] = phrase
                error = error_class(**values)
                translated = {key: dutch.get(value, value) for key, value in values.items()}
                message = error.render(dutch[error_class.message], translated)
                assert "{" not in message, (site.where, message)
                for source in values.values():
                    assert not english_left(source, message), (site.where, message)
                checked += 1
    assert checked > 30
