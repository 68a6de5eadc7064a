"""`batch submit` / `batch wait` end to end, crash-resume with kill -9, unknown outcomes and
the progress bar, against emulators these tests start on 127.0.0.1."""

from __future__ import annotations

import fcntl
import json
import os
import random
import signal
import struct
import subprocess
import termios
import time
from pathlib import Path

from ci_emulator.faults import Fault
from ci_emulator.server import RunningEmulator

from .conftest import Cli

SUBMIT = "CreateAudioAuditingJob"


def lines_of(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def batch_id(run: Cli, state: Path) -> str:
    res = run("batch", "status", "--state", str(state))
    return str(json.loads(res.output)["batch_id"])


def test_submit_then_wait_writes_verdicts(run: Cli, emu: RunningEmulator, tmp_path: Path) -> None:
    items = tmp_path / "items.txt"
    items.write_text("a.mp3\nclips/porn-1.mp3\n\nhttps://example.com/ads.mp3\n")
    state = tmp_path / "s.db"
    res = run("batch", "submit", "--family", "audio", "--set", "conf.detect-type=Porn,Ads",
              "--state", str(state), str(items))  # fmt: skip
    assert res.exit_code == 0, res.output
    out = lines_of(res.output)
    assert sorted(o["input"] for o in out) == sorted(
        ["a.mp3", "clips/porn-1.mp3", "https://example.com/ads.mp3"]
    )
    assert all(o["status"] == "done" and o["JobId"] for o in out)
    bid = batch_id(run, state)
    assert {o["DataId"] for o in out} == {f"{bid}-{n}" for n in (1, 2, 3)}
    assert "3 done, 0 failed, 0 unknown" in res.output  # the summary (stderr, mixed here)
    again = run("batch", "submit", "--family", "audio", "--set", "conf.detect-type=Porn,Ads",
                "--state", str(state), str(items))  # fmt: skip
    assert again.exit_code == 0 and lines_of(again.output) == []  # nothing sent again
    assert len(emu.state.ledger.requests_to(SUBMIT)) == 3
    verdicts = run("batch", "wait", "--state", str(state), "--interval", "0.05")
    assert verdicts.exit_code == 0, verdicts.output
    by_input = {v["input"]: v for v in lines_of(verdicts.output)}
    porn = by_input["clips/porn-1.mp3"]
    assert porn["Label"] == "Porn" and porn["Result"] == 1 and porn["Score"] == 90
    assert porn["Keywords"] == ["porn"] and porn["Sections"]
    assert by_input["https://example.com/ads.mp3"]["Label"] == "Ads"
    assert by_input["a.mp3"]["Label"] == "Normal" and by_input["a.mp3"]["Sections"] == []


def test_text_and_image_batches_from_stdin(run: Cli) -> None:
    res = run("batch", "submit", "--family", "text", "-", input="hello\nbuy ads\n")
    assert res.exit_code == 0, res.output
    state = next((run.cwd / ".ci-moderation").glob("*.db"))
    verdicts = lines_of(run("batch", "wait", "--state", str(state), "--interval", "0.05").output)
    assert sorted(v["Label"] for v in verdicts) == ["Ads", "Normal"]
    img = run("batch", "submit", "--family", "image", "--state", "img.db", "-",
              input="a-porn.jpg\nb.jpg\n")  # fmt: skip
    assert img.exit_code == 0, img.output


def test_unknown_outcomes_are_reported_not_resent(run: Cli, emu: RunningEmulator) -> None:
    emu.state.faults.add(SUBMIT, Fault.reset_after_read(), skip=2, times=1)
    args = ("batch", "submit", "--family", "audio", "-c", "1", "--state", "s.db", "-")
    text = "".join(f"k{n}.mp3\n" for n in range(1, 6))
    first = run(*args, input=text)
    assert first.exit_code == 7, first.output
    unknown = [o for o in lines_of(first.output) if o["status"] == "unknown"]
    assert [o["input"] for o in unknown] == ["k3.mp3"]
    data_id = str(unknown[0]["DataId"])
    assert len(emu.state.ledger.jobs_with_data_id(data_id)) == 1  # it was processed
    second = run(*args, input=text)
    assert second.exit_code == 7
    assert [o["DataId"] for o in lines_of(second.output)] == [data_id]
    assert "reconcile" in second.output and data_id in second.output
    assert len(emu.state.ledger.requests_to(SUBMIT)) == 5  # never re-sent
    job = emu.state.ledger.jobs_with_data_id(data_id)[0].job_id
    assert run("batch", "mark", "--state", "s.db", data_id, "--job-id", job).exit_code == 0
    assert run(*args, input=text).exit_code == 0


def test_resend_unknown_is_explicit(run: Cli, emu: RunningEmulator) -> None:
    emu.state.faults.add(SUBMIT, Fault.reset_after_read(), times=1)
    args = ("batch", "submit", "--family", "audio", "--state", "s.db", "-")
    assert run(*args, input="a.mp3\n").exit_code == 7
    again = run(*args, "--resend-unknown", input="a.mp3\n")
    assert again.exit_code == 0
    assert len(emu.state.ledger.requests_to(SUBMIT)) == 2  # the risk the flag accepts


def test_kill_9_at_random_moments_then_resume_submits_each_item_once(
    run: Cli, emu: RunningEmulator, tmp_path: Path
) -> None:
    count = 60
    emu.state.faults.add(SUBMIT, Fault.delay(0.02), times=10_000)
    (tmp_path / "items.txt").write_text("".join(f"obj-{n}.mp3\n" for n in range(count)))
    args = ("batch", "submit", "--family", "audio", "-c", "4", "--state", "s.db", "items.txt")
    rng = random.Random(11)
    for _ in range(4):
        proc = run.process(*args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.35, 0.8))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    for _ in range(5):  # reconcile what the crashes left unknown, from the emulator's records
        res = run(*args)
        if res.exit_code == 0:
            break
        assert res.exit_code == 7, res.output
        for o in lines_of(res.output):
            if o["status"] == "unknown":
                jobs = emu.state.ledger.jobs_with_data_id(str(o["DataId"]))
                assert len(jobs) <= 1
                mark = ["--job-id", jobs[0].job_id] if jobs else ["--not-sent"]
                assert (
                    run("batch", "mark", "--state", "s.db", str(o["DataId"]), *mark).exit_code == 0
                )
    assert res.exit_code == 0, res.output
    bid = batch_id(run, tmp_path / "s.db")
    for n in range(1, count + 1):
        assert len(emu.state.ledger.jobs_with_data_id(f"{bid}-{n}")) == 1, n
    assert len(emu.state.ledger.requests_to(SUBMIT)) == count  # each item sent exactly once


def test_progress_bar_only_on_a_terminal(run: Cli, tmp_path: Path) -> None:
    (tmp_path / "items.txt").write_text("a.mp3\nb.mp3\n")
    piped = run.process("batch", "submit", "--family", "audio", "--state", "p.db", "items.txt",
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    _, err = piped.communicate(timeout=20)
    assert piped.returncode == 0
    assert b"\r" not in err and b"item/s" not in err and b"2 done" in err
    main, replica = os.openpty()
    fcntl.ioctl(replica, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    tty = run.process("batch", "submit", "--family", "audio", "--state", "t.db", "items.txt",
                      stdout=subprocess.DEVNULL, stderr=replica)  # fmt: skip
    os.close(replica)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(main)
    assert tty.wait(timeout=20) == 0
    assert b"item/s" in seen and b"100%" in seen
