"""A faster ``__init__`` for frozen, slotted dataclasses that a parse builds by the thousand."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, fields
from types import MemberDescriptorType
from typing import Any, TypeVar

_Model = TypeVar("_Model")
#: How a frozen dataclass sets its fields.
_set_field = object.__setattr__


def _setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """What sets field ``name`` of a frozen dataclass: the ``__set__`` of its slot, straight
    (``_set_field`` would look the slot up in the class again, through two calls more), or
    ``_set_field`` itself bound to the name for a class without slots."""
    slot = cls.__dict__.get(name)
    if isinstance(slot, MemberDescriptorType):
        return slot.__set__
    return lambda self, value: _set_field(self, name, value)


def quick_init(cls: type[_Model]) -> type[_Model]:
    """Give the frozen dataclass ``cls`` an ``__init__`` with the same parameters and defaults
    that sets each field through its slot's setter (``_setter``).

    The one Python 3.11 generates looks ``object.__setattr__`` up again for every field, and
    that one finds the slot again: together more than half the cost of making a paragraph, and a
    bulletin is made of hundreds of these. The source is built as ``dataclasses`` builds its own.
    Only plain fields are supported: a default factory, ``init=False`` or ``kw_only`` would need
    what the generated ``__init__`` does for them, so such a class is refused as it is defined.
    """
    params, body, namespace = [], [], {}
    for field in fields(cls):  # type: ignore[arg-type]
        if field.default_factory is not MISSING or not field.init or field.kw_only is True:
            raise TypeError(
                f"quick_init: {cls.__qualname__}.{field.name} needs the generated __init__ "
                "(default factory, init=False or kw_only)"
            )
        if field.default is MISSING:
            params.append(field.name)
        else:
            params.append(f"{field.name}=_default_{field.name}")
            namespace[f"_default_{field.name}"] = field.default
        namespace[f"_set_{field.name}"] = _setter(cls, field.name)
        body.append(f"    _set_{field.name}(self, {field.name})\n")
    exec(f"def __init__(self, {', '.join(params)}):\n{''.join(body)}", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    setattr(cls, "__init__", init)  # noqa: B010
    return cls
