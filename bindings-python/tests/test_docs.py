"""Executable documentation: the README's ```python blocks and every docstring example."""

from __future__ import annotations

import doctest
import importlib
import re
from pathlib import Path

import pytest

import tracking_core as tc

from conftest import REPO

PACKAGE_MODULES = ["tracking_core", "tracking_core.exceptions", "tracking_core.batch", "tracking_core.pandas", "tracking_core.polars"]


# Optional packages and the pyproject.toml extras that bring them.
OPTIONAL = {"pyarrow": {"arrow", "pandas"}, "pandas": {"pandas"}, "polars": {"polars"}}


def documented_blocks() -> list[tuple[str, str, set[str]]]:
    """(where, code, extras) of every ```python block users copy: the README's Python section
    (the plain install, no extra) and docs/python.md (each block after `<!-- extras: ... -->`)."""
    out: list[tuple[str, str, set[str]]] = []
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.find("<!-- section: python -->")
    end = text.find("<!-- section:", start + 1)
    section = text[start : end if end != -1 else len(text)]
    for i, code in enumerate(re.findall(r"```python\n(.*?)```", section, flags=re.S)):
        out.append((f"README.md[python block {i}]", code, set()))
    page = (REPO / "docs" / "python.md").read_text(encoding="utf-8")
    for i, m in enumerate(re.finditer(r"<!-- extras: ([^\n]*?) -->\n```python\n(.*?)```", page, flags=re.S)):
        extras = {e.strip() for e in m.group(1).split(",")} - {"none"}
        out.append((f"docs/python.md[python block {i}]", m.group(2), extras))
    return out


def test_docs_have_python_examples() -> None:
    where = [w for w, _, _ in documented_blocks()]
    assert any(w.startswith("README.md") for w in where), "the README's Python section has no ```python block"
    assert sum(w.startswith("docs/python.md") for w in where) >= 3, where
    # Every ```python block of docs/python.md says which extras it needs.
    page = (REPO / "docs" / "python.md").read_text(encoding="utf-8")
    assert page.count("```python") == sum(w.startswith("docs/python.md") for w in where)


def test_documented_extras_exist_in_pyproject() -> None:
    pyproject = (REPO / "bindings-python" / "pyproject.toml").read_text(encoding="utf-8")
    for _, _, extras in documented_blocks():
        for extra in extras:
            assert re.search(rf"^{extra} = \[", pyproject, flags=re.M), f"no extra {extra!r} in pyproject.toml"


class _Hidden:
    """A meta-path finder that makes the named top-level packages unimportable."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> None:
        if fullname.split(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named {fullname!r} (not in the documented extras)")
        return None


@pytest.mark.parametrize("index", range(len(documented_blocks())))
def test_documented_python_block_runs_with_only_its_extras(
    index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    where, code, extras = documented_blocks()[index]
    hidden = {pkg for pkg, brought_by in OPTIONAL.items() if not (brought_by & extras)}
    monkeypatch.chdir(tmp_path)
    # Hide the optional packages the block's extras do not bring, as a user's fresh install
    # would lack them (modules already imported by other tests are hidden too).
    for name in list(sys.modules):
        if name.split(".")[0] in hidden:
            monkeypatch.delitem(sys.modules, name)
    for name in ("tracking_core.polars", "tracking_core.pandas"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.setattr(sys, "meta_path", [_Hidden(hidden), *sys.meta_path])
    exec(compile(code, where, "exec"), {"__name__": "__docs__"})


@pytest.mark.parametrize("name", PACKAGE_MODULES)
def test_module_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0
    assert tried > 0, f"{name} has no docstring example"


def native_docstrings() -> list[tuple[str, str]]:
    """Docstrings of the compiled module's functions, classes and methods that hold examples."""
    out = []
    native = tc._tracking_core
    for name in dir(native):
        obj = getattr(native, name)
        doc = getattr(obj, "__doc__", None) or ""
        if ">>>" in doc:
            out.append((name, doc))
        if isinstance(obj, type):
            for attr, member in vars(obj).items():
                mdoc = getattr(member, "__doc__", None) or ""
                if ">>>" in mdoc:
                    out.append((f"{name}.{attr}", mdoc))
    return out


def test_native_docstring_examples() -> None:
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    examples = native_docstrings()
    assert len(examples) >= 3
    for name, doc in examples:
        runner.run(parser.get_doctest(doc, {"tc": tc}, name, None, 0))
    assert runner.failures == 0
