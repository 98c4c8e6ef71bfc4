"""Search the end of a text window by its last words only, once per distinct ending."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple


class AtEnd(NamedTuple):
    """A pattern of words and the spaces between them, at most ``words`` words, anchored at the end
    of a window: only the window's last ``words`` words can hold its match, so ``search`` reads
    those (found by ``str.rsplit``, in C) instead of trying every position of the window. They
    follow a space (or open the window), where no pattern here matches, and the patterns look no
    further back than where they start, so the search of them alone finds what a search of the
    whole window finds; few endings recur (a few hundred in a thousand bulletins), so each is
    searched once (``find``: the pattern's search, remembered by the text alone, as a key with
    the pattern in it would hash the compiled pattern's code at every call)."""

    pattern: re.Pattern[str]
    words: int
    find: Callable[[str], re.Match[str] | None]

    def search(self, left: str) -> re.Match[str] | None:
        head = left.rsplit(None, self.words)
        return self.find(left[len(head[0]) :] if len(head) > self.words else left)


def at_end(pattern: re.Pattern[str], words: int) -> AtEnd:
    """``pattern``, anchored at the end of a window of at most ``words`` words, as an ``AtEnd``."""
    return AtEnd(pattern, words, lru_cache(maxsize=1024)(pattern.search))
