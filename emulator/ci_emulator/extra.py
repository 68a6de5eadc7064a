"""The `emulator` extra (starlette, uvicorn): telling a user who installed the client
without it what to install, instead of a `ModuleNotFoundError` traceback."""

from __future__ import annotations

EXTRA_MODULES = frozenset({"starlette", "uvicorn", "httpx"})
INSTALL_HINT = "pip install 'ci-moderation[emulator]'"


def missing_extra(exc: ModuleNotFoundError) -> str | None:
    """The module of the extra whose absence `exc` reports, or None for any other module."""
    root = (exc.name or "").partition(".")[0]
    return root if root in EXTRA_MODULES else None


def missing_extra_message(module: str) -> str:
    return f"the CI emulator needs {module}, from the 'emulator' extra: {INSTALL_HINT}"
