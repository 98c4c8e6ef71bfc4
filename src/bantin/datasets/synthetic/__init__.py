"""Synthetic bulletins: a generator of clean bulletins and one renderer per raw source format."""

from __future__ import annotations

from bantin.datasets.synthetic.generator import generate_bulletin
from bantin.datasets.synthetic.render import Rendered
from bantin.datasets.synthetic.renderers import RENDERERS, render
from bantin.datasets.synthetic.sample import (
    EMBEDDED_SAMPLE_SEED,
    EMBEDDED_SAMPLE_SIZE,
    embedded_sample_dir,
    write_sample,
)

__all__ = [
    "EMBEDDED_SAMPLE_SEED",
    "EMBEDDED_SAMPLE_SIZE",
    "RENDERERS",
    "Rendered",
    "embedded_sample_dir",
    "generate_bulletin",
    "render",
    "write_sample",
]
