"""The model classes' quick constructors take what the dataclass-generated ones take and keep it."""

from __future__ import annotations

import inspect
from dataclasses import MISSING, FrozenInstanceError, field, fields, make_dataclass
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bantin.model import (
    Article,
    Bulletin,
    Citation,
    FeedChannel,
    Paragraph,
    ParsedSource,
    Section,
    TocEntry,
)
from bantin.quick_init import quick_init

MODELS = [Paragraph, Citation, Section, TocEntry, Article, FeedChannel, Bulletin, ParsedSource]


def _generated(cls: Any) -> Any:
    """The definition: the frozen dataclass with the same fields and its generated ``__init__``."""
    specs = [
        (f.name, f.type) if f.default is MISSING else (f.name, f.type, field(default=f.default))
        for f in fields(cls)
    ]
    return make_dataclass(cls.__name__, specs, frozen=True, slots=True)


def _parameters(init: Any) -> list[tuple[str, Any, Any]]:
    return [(p.name, p.kind, p.default) for p in inspect.signature(init).parameters.values()]


@pytest.mark.parametrize("cls", MODELS)
def test_the_constructor_has_the_generated_parameters(cls: Any) -> None:
    assert _parameters(cls.__init__) == _parameters(_generated(cls).__init__)


_VALUES = st.one_of(st.none(), st.integers(), st.text(max_size=3), st.tuples(st.integers()))


@pytest.mark.parametrize("cls", MODELS)
@given(data=st.data())
def test_the_constructor_keeps_what_the_generated_one_keeps(cls: Any, data: st.DataObject) -> None:
    required = [f.name for f in fields(cls) if f.default is MISSING]
    optional = [f.name for f in fields(cls) if f.default is not MISSING]
    positional = [data.draw(_VALUES) for _ in required]
    chosen = data.draw(st.sets(st.sampled_from(optional))) if optional else set()
    named = {name: data.draw(_VALUES) for name in chosen}
    made = cls(*positional, **named)
    plain = _generated(cls)(*positional, **named)
    assert [getattr(made, f.name) for f in fields(cls)] == [
        getattr(plain, f.name) for f in fields(cls)
    ]
    with pytest.raises(FrozenInstanceError):
        setattr(made, required[0], None)


@pytest.mark.parametrize(
    "spec",
    [
        field(default_factory=list),
        field(default=0, init=False),
        field(default=0, kw_only=True),
    ],
)
def test_a_field_the_quick_constructor_cannot_set_is_refused_when_the_class_is_made(
    spec: Any,
) -> None:
    """A default factory, ``init=False`` or ``kw_only`` would silently become a plain required
    or positional parameter; the model must fail as it is defined instead."""
    plain = make_dataclass("Odd", [("line", int), ("extra", Any, spec)], frozen=True, slots=True)
    with pytest.raises(TypeError, match=r"Odd\.extra"):
        quick_init(plain)
