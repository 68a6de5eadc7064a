"""The command-line emulator (`python -m ci_emulator`) as a newcomer meets it: the banner
has everything the client needs, `--seed-live-job` makes the README's live job, and a taken
port, Ctrl-C and a missing `emulator` extra each end with one line, not a traceback.

Each test runs the CLI in a subprocess bound to 127.0.0.1 only."""

from __future__ import annotations

import os
import selectors
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ci_emulator import __main__ as cli
from ci_emulator.server import RunningEmulator
from ci_moderation import Client, Credentials

ROOT = Path(__file__).resolve().parents[2]
README_LIVE_JOB = "vab1ca9fc8a3ed11ea834c525400863904"
KEY_ARGS = ["--secret-id", "AKIDEXAMPLE", "--secret-key", "emulator-secret"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TENCENTCLOUD_")}
    paths = [str(ROOT / "generated"), str(ROOT / "emulator"), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _run(*args: str, timeout: float = 15) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=_env(), capture_output=True, text=True,
        timeout=timeout, check=False,
    )  # fmt: skip


class Served:
    """The CLI running in a subprocess, its banner read."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "ci_emulator", "--port", "0", *args],
            cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
        )  # fmt: skip
        try:
            self.banner = self._read_banner(timeout=10)
        except BaseException:
            self.stop()  # never leave a server behind
            raise
        self.base_url = self.banner[0].split()[3]

    def _read_banner(self, timeout: float) -> list[str]:
        """Raw reads (a buffered reader would hide lines from the selector)."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        data = b""
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while b"Ctrl-C stops it.\n" not in data:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    raise AssertionError(f"no banner in {timeout} s: {data!r}")
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise AssertionError(f"exited before its banner: {self.stop()}")
                data += chunk
        return data.decode().splitlines()

    def interrupt(self, timeout: float = 5) -> tuple[int, str]:
        """Ctrl-C; (exit code, stderr)."""
        self.proc.send_signal(signal.SIGINT)
        _, err = self.proc.communicate(timeout=timeout)
        return self.proc.returncode, err.decode()

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.kill()
        _, err = self.proc.communicate(timeout=5)
        return err.decode()


@pytest.fixture
def served() -> Iterator[list[Served]]:
    started: list[Served] = []
    yield started
    for s in started:
        s.stop()


def test_the_banner_and_a_seeded_live_job_cancelled_by_the_client(served: list[Served]) -> None:
    emu = Served(*KEY_ARGS, "--seed-live-job", README_LIVE_JOB, "--seed-live-job", "job-2")
    served.append(emu)
    url = emu.base_url
    assert url.startswith("http://127.0.0.1:") and url != "http://127.0.0.1:0"
    text = "\n".join(emu.banner)
    assert "SecretId   AKIDEXAMPLE" in text
    assert "SecretKey  emulator-secret  (this emulator's own local test key)" in text
    assert f"live jobs  {README_LIVE_JOB} job-2" in text
    assert (
        f"  export CI_BASE_URL={url} TENCENTCLOUD_SECRET_ID=AKIDEXAMPLE "
        "TENCENTCLOUD_SECRET_KEY=emulator-secret"
    ) in emu.banner

    creds = Credentials("AKIDEXAMPLE", "emulator-secret")
    with Client(base_url=url, credentials=creds) as client:
        answer = client.cancel_live_auditing_job(job_id=README_LIVE_JOB)
    assert answer.jobs_detail is not None
    assert answer.jobs_detail.job_id == README_LIVE_JOB


def test_ctrl_c_is_a_clean_exit(served: list[Served]) -> None:
    emu = Served(*KEY_ARGS, "--seed-live-job", "x")
    served.append(emu)
    with Client(base_url=emu.base_url, credentials=Credentials(*KEY_ARGS[1::2])) as client:
        client.cancel_live_auditing_job(job_id="x")  # serving: uvicorn has its handlers
    started = time.monotonic()
    code, err = emu.interrupt()
    assert time.monotonic() - started < 3
    assert code == 0
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


def test_a_taken_port_is_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = _run("-m", "ci_emulator", "--port", str(port), *KEY_ARGS)
    assert done.returncode == 1
    assert done.stderr == (
        f"ci-emulator: port {port} on 127.0.0.1 is in use; pick another with --port\n"
    )
    assert done.stdout == ""


@pytest.mark.parametrize("module", ["starlette", "uvicorn"])
def test_without_the_emulator_extra_it_says_what_to_install(module: str) -> None:
    code = (
        f"import sys; sys.modules[{module!r}] = None; "
        "from ci_emulator.__main__ import main; "
        f"raise SystemExit(main({['--port', '0', *KEY_ARGS]!r}))"
    )
    done = _run("-c", code)
    assert done.returncode == 2
    assert done.stderr == (
        f"ci-emulator: the CI emulator needs {module}, from the 'emulator' extra: "
        "pip install 'ci-moderation[emulator]'\n"
    )


def test_without_the_extra_the_package_names_say_what_to_install() -> None:
    code = (
        "import sys; sys.modules['starlette'] = None\n"
        "import ci_emulator\n"
        "try:\n    ci_emulator.start_emulator\n"
        "except ModuleNotFoundError as exc:\n    print(exc)\n"
    )
    done = _run("-c", code)
    assert done.returncode == 0, done.stderr
    assert "pip install 'ci-moderation[emulator]'" in done.stdout


def test_a_key_from_the_environment_is_not_printed() -> None:
    args = cli._parser().parse_args(["--secret-id", "AKIDx", "--bucket", "b-1250000000"])
    args.secret_key, args.session_token = "real-secret", None
    text = cli.banner(
        "http://127.0.0.1:1", args, key_from_env=True, token_from_env=True, live_jobs=[]
    )
    assert "real-secret" not in text
    assert "TENCENTCLOUD_SECRET_KEY, not printed" in text
    assert "  export CI_BASE_URL=http://127.0.0.1:1 TENCENTCLOUD_SECRET_ID=AKIDx" in text


@pytest.mark.parametrize("job_id", ["bad!", "", "a" * 129, "a/b", "x\n"])
def test_seed_live_job_ids_must_match_the_spec(
    job_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--port", "0", *KEY_ARGS, "--seed-live-job", job_id])
    assert exited.value.code == 2
    assert "argument --seed-live-job: job id" in capsys.readouterr().err


def test_seed_live_job_with_an_explicit_id(ci_emulator: RunningEmulator) -> None:
    state = ci_emulator.state
    assert state.seed_live_job(job_id=README_LIVE_JOB) == README_LIVE_JOB
    assert state.job(README_LIVE_JOB).state == "Auditing"
    with pytest.raises(ValueError, match="already exists"):
        state.seed_live_job(job_id=README_LIVE_JOB)
    with pytest.raises(ValueError, match="not valid"):
        state.seed_live_job(job_id="a" * 129)
    with ci_emulator.client() as client:
        detail = client.cancel_live_auditing_job(job_id=README_LIVE_JOB).jobs_detail
    assert detail is not None and detail.job_id == README_LIVE_JOB


def test_the_plugin_says_it_is_opt_in() -> None:
    from ci_emulator import pytest_plugin

    doc = pytest_plugin.__doc__ or ""
    assert 'pytest_plugins = ["ci_emulator.pytest_plugin"]' in doc
    assert "or the\n`pytest11` entry point" not in doc
    assert "declares no `pytest11` entry point" in doc
    assert "pytest11" not in (ROOT / "pyproject.toml").read_text().replace(
        "a pytest11 entry point would break", ""
    )
