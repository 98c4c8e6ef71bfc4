"""Remember what a text reads as: small texts by value, huge ones by identity (the last two)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Generic, TypeVar, cast

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


F = TypeVar("F", bound=Callable[..., object])


def short_texts_cached(maxsize: int, longest: int) -> Callable[[F], F]:
    """``lru_cache(maxsize)`` for a pure function whose first argument is a text (or None),
    passed by for a text longer than ``longest``: a cache of lines or dates never pins big
    strings, however many files a run reads (a hostile line of megabytes is read afresh)."""

    def decorate(read: F) -> F:
        cached = lru_cache(maxsize=maxsize)(read)

        @wraps(read)
        def remembered(text: str | None, *args: object, **kwargs: object) -> object:
            if text is not None and len(text) > longest:
                return read(text, *args, **kwargs)
            return cached(text, *args, **kwargs)

        remembered.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        remembered.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return cast(F, remembered)

    return decorate
