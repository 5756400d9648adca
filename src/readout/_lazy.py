"""Names a package exports but imports on first use, so that ``import readout`` stays light."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(
    package: str, namespace: dict[str, Any], homes: Mapping[str, str]
) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports each name from its home module on first use.

    ``homes`` maps each lazy name to the module that defines it; the value found is kept
    in ``namespace`` (the package's globals), so the import happens once.
    """

    def __getattr__(name: str) -> Any:  # noqa: N807 - the module hook PEP 562 names
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        namespace[name] = value
        return value

    return __getattr__
