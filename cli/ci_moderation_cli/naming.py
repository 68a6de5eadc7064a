"""Where an operation goes on the command line: its family (command group) and command name.

Both come from the operation model, never from a list of operations:

- the family is the spec's first tag of the operation (`OperationModel.tag`; the generator
  also puts each family's models in `models.<family>`);
- the command is the verb's name from `VERBS` (one rule table), followed by what is left of
  the operationId once the words naming the family (right after the verb, plurals too:
  `ListStrategies`) and a trailing `AuditingJob` are taken out, in kebab case
  (`ListTextLibKeywords` → `textlib list-keywords`, `RecognizeImageUrl` →
  `image recognize-url`, `CreateAudioAuditingJob` → `audio submit`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ci_moderation.core import OperationModel
from ci_moderation.operations import OPERATIONS

#: The rule table: (verb, the operationId ends with) → command name. The first match wins;
#: "" matches any ending. A verb not listed becomes its own name in kebab case.
VERBS: tuple[tuple[str, str, str], ...] = (
    ("Create", "AuditingJob", "submit"),  # a moderation job: `audio submit`
    ("Create", "", "create"),  # a resource: `strategy create`, `textlib create`
    ("Get", "", "get"),
    ("List", "", "list"),
    ("Update", "", "update"),
    ("Delete", "", "delete"),
    ("Cancel", "", "cancel"),
    ("Recognize", "", "recognize"),
    ("Report", "", "report"),
    ("Add", "", "add"),
)
#: Extra names of a command, by (family, command): the same operation, with one field of its
#: body taken as a positional argument (`text check "some words"` → `Input.Content`).
ALIASES: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {
    ("text", "submit"): ("check", ("input", "content")),
}
_TRAILING = ("Auditing", "Job")


def words(name: str) -> list[str]:
    """`CreateTextLib` → ["Create", "Text", "Lib"]."""
    return re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", name)


def kebab(text: str) -> str:
    """`data_id` / `DataId` → `data-id`; a trailing `_` (python keywords: `async_`) goes."""
    if "_" in text or text.islower():
        return text.strip("_").replace("_", "-")
    return "-".join(w.lower() for w in words(text))


def snake(name: str) -> str:
    """`CreateAudioAuditingJob` → `create_audio_auditing_job` (the client's method names)."""
    return "_".join(w.lower() for w in words(name))


def _singular(text: str) -> str:
    if text.endswith("ies"):
        return text[:-3] + "y"
    return text[:-1] if text.endswith("s") else text


@dataclass(frozen=True, slots=True)
class Command:
    """One operation's place on the command line."""

    family: str
    name: str
    operation: OperationModel[Any]


def place(op: OperationModel[Any]) -> Command:
    """The family and command name of one operation (see the module docstring)."""
    verb, *rest = words(op.name)
    family = op.tag or "misc"
    for end in range(len(rest), 0, -1):
        joined = "".join(rest[:end]).lower()
        if family in (joined, _singular(joined)):
            rest = rest[end:]
            break
    while rest and rest[-1] in _TRAILING:
        rest = rest[:-1]
    command = next(
        (name for v, end, name in VERBS if v == verb and op.name.endswith(end)), kebab(verb)
    )
    if rest:
        command += "-" + "-".join(w.lower() for w in rest)
    return Command(family, command, op)


@cache
def commands() -> dict[str, dict[str, Command]]:
    """Every operation of the model, by family and command name."""
    out: dict[str, dict[str, Command]] = {}
    for op in OPERATIONS.values():
        c = place(op)
        group = out.setdefault(c.family, {})
        if c.name in group:  # two operations one name: a rule table gap, never silent
            raise RuntimeError(f"{op.name} and {group[c.name].operation.name} are both {c.name}")
        group[c.name] = c
    return out
