"""The README's Python API example runs as written, on the bundled example corpus."""

from __future__ import annotations

import re

import pytest

from tests.conftest import REPO


def test_the_python_api_example_in_the_readme_runs(tmp_path, monkeypatch):
    pytest.importorskip("pandas")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### The Python API"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples").symlink_to(REPO / "examples")
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})
    assert (tmp_path / "network-2019.gexf").stat().st_size > 0
