"""Immutable value records (`Endpoint`, `RetryPolicy`, `Response`, …) without @dataclass.

`import dataclasses` imports `inspect` (and with it `ast`, `dis`, `tokenize`): ≈ 12 ms, a
fifth of a cold `import ci_moderation` (lxml imports `inspect` too, but only with the first
answer), and @dataclass then `exec`s each method (≈ 1 ms per frozen class). A record needs
only what is here, driven by its `__slots__`: set once, equal and hashed by value, a repr,
`replace()` (also `copy.replace()` on Python ≥ 3.13), pickling and copying.
"""

from __future__ import annotations

from typing import Any, ClassVar, Self

#: How a record's `__init__` sets its fields (plain assignment is refused): as fast as
#: @dataclass's own `__init__`, where a loop over the slots took twice as long.
assign = object.__setattr__


class Record:
    """Base of the runtime's records. A subclass lists its fields in `__slots__` (in order,
    the order of its `__init__` parameters) and sets each with `assign`."""

    __slots__: tuple[str, ...] = ()
    _hidden: ClassVar[frozenset[str]] = frozenset()  # fields the repr leaves out

    def _values(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self.__slots__])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = [f"{n}={getattr(self, n)!r}" for n in self.__slots__ if n not in self._hidden]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: use .replace({name}=...)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def replace(self, **changes: Any) -> Self:
        """A copy with `changes` applied; an unknown field name is a `TypeError`."""
        new: Self = replaced(self, changes)
        return new

    __replace__ = replace  # copy.replace() on Python >= 3.13

    def __reduce__(self) -> tuple[Any, ...]:
        return (self.__class__, self._values())


def replaced(obj: Any, changes: dict[str, Any]) -> Any:
    """A copy of a slotted record or model with `changes` applied, made by its `__init__`
    (keyword arguments named after its slots; an unknown name is its `TypeError`)."""
    values = {name: getattr(obj, name) for name in type(obj).__slots__}
    values.update(changes)
    return type(obj)(**values)
