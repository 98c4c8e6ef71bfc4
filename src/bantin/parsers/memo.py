"""Remember what a text reads as: small texts by value, huge ones by identity (the last two)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Generic, TypeVar

T = TypeVar("T")

#: Texts up to this length are cached by value; longer ones only by identity, so the rules that
#: each read one huge paragraph share one reading without the cache pinning many huge strings.
CACHED_UP_TO = 20_000


class TextMemo(Generic[T]):
    """``read(text)``, remembered: by value (LRU, ``size`` entries) for texts up to
    ``CACHED_UP_TO`` characters, by identity for the last two longer ones."""

    def __init__(self, read: Callable[[str], T], size: int) -> None:
        self._read = read
        self._small = lru_cache(maxsize=size)(read)
        self._recent: list[tuple[str, T]] = []

    def __call__(self, text: str) -> T:
        if len(text) <= CACHED_UP_TO:
            return self._small(text)
        for seen, result in self._recent:
            if seen is text:
                return result
        result = self._read(text)
        self._recent[:] = [(text, result), *self._recent[:1]]
        return result

    def clear(self) -> None:
        """Forget every reading kept so far (benchmarks time a cold reading)."""
        self._small.cache_clear()
        self._recent.clear()
