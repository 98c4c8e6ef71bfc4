"""Re-lay a rendered bulletin's text as another edition prints it, and check what moved."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from hypothesis import strategies as st

from bantin.datasets.synthetic import Rendered
from bantin.model import Bulletin, SourceFormat
from bantin.parsers import parse_text
from tests.properties.faults import bare
from tests.strategies import rendered_bulletins

#: The digests' two editions, which most re-layings apply to.
DIGESTS = (SourceFormat.PRINT_TEXT, SourceFormat.WEB_TEXT)
T = TypeVar("T")


@st.composite
def relaid(
    draw: st.DrawFn,
    formats: Sequence[SourceFormat],
    relay: Callable[[Rendered], st.SearchStrategy[T]],
) -> tuple[Rendered, T]:
    """A rendered bulletin in one of ``formats`` and what ``relay`` draws from it: its text laid
    out otherwise (and, for some, the lines that moved)."""
    rendered = draw(rendered_bulletins(draw(st.sampled_from(formats))))
    return rendered, draw(relay(rendered))


def just(relay: Callable[[Rendered], Any]) -> Callable[[Rendered], st.SearchStrategy[Any]]:
    """A re-laying that draws nothing (a function of the rendered bulletin) as a strategy."""
    return lambda rendered: st.just(relay(rendered))


def assert_moved_alike(got: Bulletin, want: Bulletin, moved: dict[int, int]) -> None:
    """``got`` holds ``want``'s titles and paragraphs at the lines they ``moved`` to."""

    def at(line: int) -> int:
        return moved.get(line, line)

    assert [a.title_line for a in got.articles] == [at(a.title_line) for a in want.articles]
    assert [[p.line for p in a.paragraphs] for a in got.articles] == [
        [at(p.line) for p in a.paragraphs] for a in want.articles
    ]


def read_alike(text: str, rendered: Rendered, moved: dict[int, int], name: str) -> Bulletin:
    """``text`` (``rendered`` re-laid) parsed as ``name``: it holds what ``rendered`` holds, its
    titles and paragraphs at the lines they ``moved`` to; returned for the law's own checks."""
    got = parse_text(text, name)
    assert bare(got) == bare(rendered.bulletin)
    assert_moved_alike(got, rendered.bulletin, moved)
    return got
