"""Every command of the command line, run once end to end against the emulator (the other
files test the behaviour of some in depth). The set of commands comes from the operation
model, so a new operation without a run here fails this test."""

from __future__ import annotations

import json
import time
from typing import Any

from ci_moderation_cli.naming import commands

from .conftest import LIVE_JOB, Cli


def _job(output: str) -> str:
    detail = json.loads(output)["JobsDetail"]
    return str((detail[0] if isinstance(detail, list) else detail)["JobId"])


def test_every_command_runs_against_the_emulator(run: Cli) -> None:
    ran: dict[tuple[str, str], Any] = {}

    def go(family: str, command: str, *args: str) -> str:
        res = run(family, command, *args)
        assert res.exit_code == 0, (family, command, res.output)
        ran[family, command] = True
        return res.output

    # jobs of every medium, then their queries
    jobs = {
        "audio": _job(go("audio", "submit", "--input.object", "a-porn.mp3")),
        "video": _job(
            go("video", "submit", "--input.object", "v.mp4", "--conf.snapshot.count", "2")
        ),
        "image": _job(go("image", "submit", "--input.object", "i.jpg", "--conf.async", "1")),
        "text": _job(go("text", "submit", "--input.object", "t.txt")),
        "document": _job(go("document", "submit", "--input.url", "https://example.com/d.pdf")),
        "webpage": _job(go("webpage", "submit", "--input.url", "https://example.com/")),
    }
    go("text", "check", "nothing to see")
    go("image", "recognize", "photos/a.jpg")
    go("image", "recognize-url", "--detect-url", "https://example.com/a.jpg")
    live = _job(go("live", "submit", "--input.url", "rtmp://example.com/live/1",
                   "--conf.biz-type", "b0"))  # fmt: skip
    go("live", "cancel", live)
    go("live", "cancel", LIVE_JOB)
    time.sleep(0.3)  # the emulator's jobs end within ~0.1 s
    for family, job in jobs.items():
        state = json.loads(go(family, "get", job))["JobsDetail"]
        assert (state[0] if isinstance(state, list) else state)["State"], family
    go("feedback", "report-bad-case", "--content-type", "1", "--text", "fine", "--label", "Porn",
       "--suggested-label", "Normal")  # fmt: skip

    # policies and text libraries
    lib = json.loads(go("textlib", "create", "--lib-name", "words"))
    lib_id = next(v for k, v in _flat(lib) if k.lower() in ("libid", "lib_id"))
    go("textlib", "update", lib_id, "--lib-name", "words2")
    go("textlib", "list", "--all")
    go("textlib", "add-keywords", lib_id, "--keywords.content", "foo", "--keywords.label", "Ads")
    listed = json.loads(go("textlib", "list-keywords", lib_id))
    keyword_ids = [v for k, v in _flat(listed) if k == "KeywordID"]
    go("textlib", "delete-keywords", lib_id, "--keyword-ids", keyword_ids[0])
    created = json.loads(go("strategy", "create", "--service", "Text", "--name", "p1",
                            "--text-libs", lib_id))  # fmt: skip
    biz = next(v for k, v in _flat(created) if k == "BizType")
    go("strategy", "get", biz)
    go("strategy", "update", biz, "--service", "Text", "--text-libs", lib_id)
    go("strategy", "list", "--service", "Text")
    go("textlib", "delete", _flat_one(json.loads(go("textlib", "create", "--lib-name", "x"))))

    every = {(f, c) for f, group in commands().items() for c in group}
    assert every - set(ran) == set()  # each command ran once at least


def _flat(doc: Any) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += [(k, v)] if not isinstance(v, dict | list) else _flat(v)
    elif isinstance(doc, list):
        for v in doc:
            out += _flat(v)
    return out


def _flat_one(doc: Any) -> str:
    return str(next(v for k, v in _flat(doc) if k == "LibID"))
