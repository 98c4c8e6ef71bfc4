"""The shared hypothesis strategies of the test suite: ``bantin.testing``, re-exported."""

from __future__ import annotations

from bantin.testing import *  # noqa: F403
from bantin.testing import __all__ as __all__
