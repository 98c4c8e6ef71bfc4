"""bantin: validated open data from Vietnam's administrative-reform bulletins."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "connect", "load"]


def __getattr__(name: str) -> Any:
    """``bantin.load`` and ``bantin.connect``, imported on first use (``import bantin`` stays light)."""
    if name in {"load", "connect"}:
        from bantin.packaging import consumer

        return getattr(consumer, name)
    raise AttributeError(f"module 'bantin' has no attribute {name!r}")
