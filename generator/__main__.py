"""`python -m generator [--spec FILE] [--out DIR] [--package NAME]`."""

from __future__ import annotations

import argparse
import keyword
import sys
from pathlib import Path

from .loader import SpecError, load_api
from .render import write_package

ROOT = Path(__file__).resolve().parent.parent


def package_name_problem(name: str) -> str | None:
    """Why `name` cannot be the generated package's name (it is imported as `import name`
    and its modules import each other relatively), or None when it can."""
    if not name.isidentifier():
        return "is not a Python identifier (letters, digits and _, not starting with a digit)"
    if keyword.iskeyword(name):
        return "is a Python keyword"
    if name.startswith("__") and name.endswith("__"):
        return "is a dunder name"
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    ap.add_argument("--spec", type=Path, default=ROOT / "spec" / "ci-moderation.yaml")
    ap.add_argument("--out", type=Path, default=ROOT / "generated")
    ap.add_argument("--package", default="ci_moderation")
    args = ap.parse_args(argv)
    problem = package_name_problem(args.package)
    if problem is not None:
        print(
            f"{ap.prog}: --package {args.package!r} {problem}; use a name like ci_client",
            file=sys.stderr,
        )
        return 2
    try:
        api = load_api(args.spec)
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{ap.prog}: cannot read --spec {args.spec}: {exc.strerror}", file=sys.stderr)
        return 1
    try:
        path = write_package(api, args.out, args.package)
    except OSError as exc:
        print(f"{ap.prog}: cannot write to --out {args.out}: {exc}", file=sys.stderr)
        return 1
    print(f"generated {path} ({len(api.operations)} operations, {len(api.shapes)} shapes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
