"""The Makefile and the generator's command line as a new user meets them: `make` lists the
targets, a too-old Python is refused before anything is created, a broken or half-built
.venv is rebuilt, `make clean` leaves no build output, bad `--package` names are one line.

Make runs on a copy of the Makefile in a temporary directory (with fake interpreters and
`make -n` where a real run would install packages), never on this checkout's .venv."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAKEFILE = ROOT / "Makefile"
APACHE_2_SHA256 = "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30"

needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def make(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHON", "MAKEFLAGS", "MAKELEVEL")}
    return subprocess.run(
        ["make", "--no-print-directory", *args], cwd=cwd, env=env, capture_output=True,
        text=True, timeout=20, check=False,
    )  # fmt: skip


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A directory with this Makefile and a pyproject.toml, no .venv."""
    shutil.copy(MAKEFILE, tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    return tmp_path


def fake_python(where: Path, version: tuple[int, int]) -> Path:
    """An interpreter that runs `-c` code as this Python, claiming to be `version`; anything
    else (e.g. `-m venv`) fails loudly."""
    path = where / f"python{version[0]}.{version[1]}"
    major, minor = version
    path.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = "-c" ]; then exec "{sys.executable}" -c "import sys; '
        f"sys.version_info = ({major}, {minor}, 0, 'final', 0); $2\"; fi\n"
        'echo "fake python called with $*" >&2; exit 99\n'
    )
    path.chmod(0o755)
    return path


def fake_venv(project: Path, python: str | Path, *, stamp: bool = True) -> None:
    (project / ".venv" / "bin").mkdir(parents=True)
    (project / ".venv" / "bin" / "python").symlink_to(python)
    if stamp:
        (project / ".venv" / ".installed").touch()
        os.utime(project / "pyproject.toml", (1, 1))  # older than the stamp


def phony_targets() -> list[str]:
    [line] = [ln for ln in MAKEFILE.read_text().splitlines() if ln.startswith(".PHONY:")]
    return line.split()[1:]


@needs_make
def test_plain_make_prints_help_with_every_target(project: Path) -> None:
    done = make(project)
    assert done.returncode == 0, done.stderr
    assert done.stdout == make(project, "help").stdout
    listed = {}
    for line in done.stdout.splitlines()[1:]:
        name, _, text = line.strip().partition(" ")
        listed[name] = text.strip()
    targets = phony_targets()
    assert set(targets) >= {"venv", "lint", "typecheck", "clean", "vendor", "bench", "emulator"}
    assert sorted(listed) == sorted(targets)
    assert all(len(text) > 10 for text in listed.values())
    assert not (project / ".venv").exists()


def test_every_rule_has_a_description() -> None:
    text = MAKEFILE.read_text()
    rules = set(re.findall(r"^([a-z][a-z-]*):", text, re.M))
    described = set(re.findall(r"^## ([a-z][a-z-]*): \S", text, re.M))
    assert rules == described == set(phony_targets())


@needs_make
def test_a_too_old_python_is_refused_before_anything_is_created(project: Path) -> None:
    old = fake_python(project, (3, 10))
    done = make(project, f"PYTHON={old}", "test")
    assert done.returncode != 0
    assert (
        f"make: {old} is Python 3.10; this project needs 3.11 or newer: pick another with "
        "make PYTHON=python3.12 test"
    ) in done.stderr
    assert "fake python called" not in done.stderr
    assert "Traceback" not in done.stderr
    assert not (project / ".venv").exists()


@needs_make
def test_a_missing_python_is_one_line(project: Path) -> None:
    done = make(project, "PYTHON=/nonexistent/python3", "venv")
    assert done.returncode != 0
    assert "make: /nonexistent/python3 not found: pick another with make PYTHON=python3.12" in (
        done.stdout
    )
    assert not (project / ".venv").exists()


@needs_make
@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (
            "no stamp",
            "has no .venv/.installed stamp (an earlier install failed or was interrupted)",
        ),
        ("broken", "has a python that is broken or older than 3.11"),
        ("too old", "has a python that is broken or older than 3.11"),
        ("other python", f"was made by another Python than PYTHON={sys.executable}"),
    ],
)
def test_a_bad_venv_is_rebuilt_with_a_reason(project: Path, setup: str, reason: str) -> None:
    python: str | Path = sys.executable
    if setup == "broken":
        python = project / "gone" / "python3"
    elif setup == "too old":
        python = fake_python(project, (3, 10))
    elif setup == "other python":
        python = fake_python(project, (3, 99))  # another version: another interpreter
    fake_venv(project, python, stamp=setup != "no stamp")
    plan = make(project, "-n", f"PYTHON={sys.executable}", "venv")
    assert plan.returncode == 0, plan.stderr
    assert f'echo "make: rebuilding .venv: it {reason}"' in plan.stdout
    lines = plan.stdout.splitlines()
    assert lines.index("rm -rf .venv") < lines.index(f"{sys.executable} -m venv .venv")


@needs_make
def test_a_healthy_venv_is_kept(project: Path) -> None:
    fake_venv(project, sys.executable)
    for args in (["venv"], [f"PYTHON={sys.executable}", "venv"]):
        plan = make(project, "-n", *args)
        assert plan.returncode == 0, plan.stderr
        assert "rebuilding" not in plan.stdout and "-m venv" not in plan.stdout
        assert plan.stdout == "make: Nothing to be done for 'venv'.\n"


@needs_make
def test_a_changed_pyproject_reinstalls_in_place(project: Path) -> None:
    fake_venv(project, sys.executable)
    os.utime(project / ".venv" / ".installed", (2, 2))  # older than pyproject.toml
    os.utime(project / "pyproject.toml", (3, 3))
    plan = make(project, "-n", "venv")
    assert plan.stdout.splitlines() == [
        ".venv/bin/python -m pip install --quiet -e '.[dev]'",
        "touch .venv/.installed",
    ]


@needs_make
def test_make_emulator_seeds_the_readme_live_job(project: Path) -> None:
    fake_venv(project, sys.executable)
    plan = make(project, "-n", "emulator")
    assert "--seed-live-job vab1ca9fc8a3ed11ea834c525400863904" in plan.stdout
    assert "--secret-id AKIDEXAMPLE --secret-key emulator-secret" in plan.stdout


@needs_make
def test_clean_removes_build_output_and_pycache_but_not_git(project: Path) -> None:
    made = [
        ".venv/bin", "build/lib", "ci_moderation.egg-info", "generated/.mypy_cache/3.11",
        "generated/ci_moderation/__pycache__", "tests/emulator/__pycache__", ".pytest_cache",
    ]  # fmt: skip
    kept = [".git/objects/__pycache__", "generated/ci_moderation"]
    for d in made + kept:
        (project / d).mkdir(parents=True, exist_ok=True)
    (project / "generated/ci_moderation/client.py").write_text("")
    done = make(project, "clean")
    assert done.returncode == 0, done.stderr
    assert [d for d in made if (project / d).exists()] == []
    assert all((project / d).exists() for d in kept)
    assert (project / "generated/ci_moderation/client.py").exists()


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("bad-name", "is not a Python identifier"),
        ("1abc", "is not a Python identifier"),
        ("", "is not a Python identifier"),
        ("class", "is a Python keyword"),
        ("None", "is a Python keyword"),
        ("__init__", "is a dunder name"),
    ],
)
def test_vendor_refuses_unusable_package_names(tmp_path: Path, name: str, why: str) -> None:
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--out", str(out), "--package", name],
        cwd=ROOT, capture_output=True, text=True, timeout=20, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == (
        f"python -m generator: --package {name!r} {why}"
        + (" (letters, digits and _, not starting with a digit)" if "identifier" in why else "")
        + "; use a name like ci_client\n"
    )
    assert not out.exists()


def test_license_is_the_full_apache_2_text() -> None:
    text = (ROOT / "LICENSE").read_bytes()
    # The sha256 of https://www.apache.org/licenses/LICENSE-2.0.txt, byte for byte.
    assert hashlib.sha256(text).hexdigest() == APACHE_2_SHA256
    assert b"Apache License\n                           Version 2.0, January 2004" in text
    assert b"APPENDIX: How to apply the Apache License to your work." in text


def test_every_generated_subpackage_is_packaged() -> None:
    """A non-editable install ships only the listed packages: models/ must be one."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    package = ROOT / "generated" / "ci_moderation"
    found = {
        ".".join(("ci_moderation", *init.parent.relative_to(package).parts))
        for init in package.rglob("__init__.py")
    }
    assert found <= listed


def test_the_console_scripts_point_at_real_entry_points() -> None:
    """`ci-moderation` and `ci-emulator`, as the README names them."""
    import importlib
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert set(scripts) == {"ci-moderation", "ci-emulator"}
    for target in scripts.values():
        module, _, attr = target.partition(":")
        assert callable(getattr(importlib.import_module(module), attr))


def test_lxml_is_the_one_runtime_dependency_and_httpx_its_extra() -> None:
    """What the README promises a vendoring user: the package declares lxml alone, and every
    other third-party module the generated code imports (anywhere, lazily or not) belongs to
    the `httpx` extra, which only `transport="httpx"` loads."""
    import ast
    import sys
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert [d.split(">")[0] for d in project["dependencies"]] == ["lxml"]
    extra = {d.split(">")[0].split("<")[0] for d in project["optional-dependencies"]["httpx"]}
    assert extra == {"httpx", "httpcore", "sniffio"}
    imported: set[str] = set()
    for path in (ROOT / "generated" / "ci_moderation").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {a.name.partition(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.partition(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - {"__future__"}
    assert third_party == {"lxml", "httpx", "httpcore"}
