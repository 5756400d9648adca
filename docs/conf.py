"""Sphinx configuration: furo, MyST Markdown, autodoc and doctest; CI builds with -W."""

from __future__ import annotations

import doctest
from pathlib import Path

import readout

# The repository: the pages' examples read examples/data/ from there, as a user in a clone.
ROOT = Path(__file__).resolve().parent.parent

project = "readout"
author = "The readout developers"
copyright = "2026, The readout developers"  # noqa: A001 - the name Sphinx reads
release = readout.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
# No network at build time: no intersphinx, and links are checked by readers, not the build.
root_doc = "index"

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "show-inheritance": False}

# The pages' examples run with `sphinx-build -b doctest`; the docstrings' own examples run
# with pytest (--doctest-modules over src), so the doctest builder leaves them alone.
doctest_test_doctest_blocks = ""
doctest_global_setup = f"import os\nos.chdir({str(ROOT)!r})\nimport readout"
# As pytest runs the docstrings: "..." matches anything, runs of white space are one space.
doctest_default_flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

html_theme = "furo"
html_title = f"readout {release}"
html_static_path: list[str] = []
