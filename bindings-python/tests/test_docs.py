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


def readme_blocks() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.find("<!-- section: python -->")
    end = text.find("<!-- section:", start + 1)
    section = text[start : end if end != -1 else len(text)]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_readme_has_python_examples() -> None:
    assert readme_blocks(), "the README's Python section has no ```python block"


@pytest.mark.parametrize("index", range(len(readme_blocks())))
def test_readme_python_block_runs(index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code = readme_blocks()[index]
    exec(compile(code, f"README.md[python block {index}]", "exec"), {"__name__": "__readme__"})


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
