"""Every family's commands on the emulator, the three output forms, help and exit codes."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from ci_emulator.faults import Fault
from ci_emulator.server import RunningEmulator
from ci_moderation.operations import OPERATIONS
from ci_moderation_cli.naming import commands, place

from .conftest import LIVE_JOB, Cli


def test_every_operation_has_one_command_in_its_family() -> None:
    placed = {c.operation.name: (f, n) for f, cs in commands().items() for n, c in cs.items()}
    assert set(placed) == set(OPERATIONS)
    assert placed["CreateAudioAuditingJob"] == ("audio", "submit")
    assert placed["GetAudioAuditingJob"] == ("audio", "get")
    assert placed["CancelLiveAuditingJob"] == ("live", "cancel")
    assert placed["CreateLiveAuditingJob"] == ("live", "submit")
    assert placed["RecognizeImage"] == ("image", "recognize")
    assert placed["ListStrategies"] == ("strategy", "list")
    assert placed["ListTextLibKeywords"] == ("textlib", "list-keywords")
    assert placed["ReportBadCase"] == ("feedback", "report-bad-case")
    assert place(OPERATIONS["CreateTextLib"]).family == "textlib"


def test_audio_submit_then_get(run: Cli, emu: RunningEmulator) -> None:
    res = run("audio", "submit", "--input.object", "clips/porn-a.mp3",
              "--input.data-id", "d-1", "--conf.detect-type", "Porn,Ads")  # fmt: skip
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    job = doc["JobsDetail"]["JobId"]
    assert doc["JobsDetail"]["DataId"] == "d-1" and doc["RequestId"]
    assert [j.job_id for j in emu.state.ledger.jobs_with_data_id("d-1")] == [job]
    time.sleep(0.2)  # the emulator's jobs end within ~0.1 s
    got = run("audio", "get", job, "--jsonl")
    assert got.exit_code == 0
    assert got.output.count("\n") == 1  # one compact line
    detail = json.loads(got.output)["JobsDetail"]
    assert detail["State"] == "Success" and detail["Label"] == "Porn"


def test_text_check_takes_the_text_as_an_argument(run: Cli) -> None:
    res = run("text", "check", "buy cheap ads now")
    assert res.exit_code == 0, res.output
    detail = json.loads(res.output)["JobsDetail"]
    assert detail["State"] == "Success" and detail["Label"] == "Ads"


def test_video_document_webpage_submit(run: Cli) -> None:
    for family, *args in (
        ("video", "--input.object", "v.mp4", "--conf.snapshot.count", "3"),
        ("document", "--input.url", "https://example.com/a.pdf"),
        ("webpage", "--input.url", "https://example.com/page"),
    ):
        res = run(family, "submit", *args)
        assert res.exit_code == 0, (family, res.output)
        assert json.loads(res.output)["JobsDetail"]["JobId"]


def test_image_submit_repeats_a_list_element(run: Cli) -> None:
    res = run("image", "submit", "--input.object", "a-porn.jpg", "--input.object", "b.jpg",
              "--conf.detect-type", "Porn", "-o", "table")  # fmt: skip
    assert res.exit_code == 0, res.output
    assert "JobsDetail.0.Label" in res.output and "Porn" in res.output
    assert "JobsDetail.1.Object" in res.output


def test_image_recognize_takes_the_key_positionally(run: Cli) -> None:
    res = run("image", "recognize", "photos/porn 1.jpg", "--detect-type", "Porn")
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["Label"] == "Porn"


def test_live_cancel(run: Cli) -> None:
    res = run("live", "cancel", LIVE_JOB, "--output", "table")
    assert res.exit_code == 0, res.output
    assert re.search(rf"^JobsDetail.JobId +{LIVE_JOB}$", res.output, re.M)


def test_strategy_list_outputs(run: Cli) -> None:
    as_json = json.loads(run("strategy", "list", "--service", "Image").output)
    assert as_json["Strategies"][0]["Name"] == "default"
    lines = run("strategy", "list", "--service", "Image", "--all").output.splitlines()
    assert [json.loads(line)["Service"] for line in lines] == ["Image"]
    table = run("strategy", "list", "--service", "Image", "-o", "table").output.splitlines()
    assert table[0].split()[:3] == ["Name", "Service", "BizType"]
    assert table[1].startswith("default")


def test_textlib_create_add_list_delete(run: Cli, tmp_path: Path) -> None:
    created = json.loads(run("textlib", "create", "--lib-name", "mylib").output)
    lib = created["LibID"] if "LibID" in created else created["Lib"]["LibID"]
    added = run("textlib", "add-keywords", lib, "--keywords.content", "foo", "--keywords.label",
                "Ads", "--keywords.content", "bar", "--keywords.label", "Porn")  # fmt: skip
    assert added.exit_code == 0, added.output
    listed = run("textlib", "list-keywords", lib, "--all").output.splitlines()
    assert sorted(json.loads(line)["Content"] for line in listed) == ["bar", "foo"]
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"LibName": "renamed"}))
    assert run("textlib", "update", lib, "--json", str(body)).exit_code == 0
    assert run("textlib", "delete", lib).exit_code == 0


def test_xml_body_from_stdin(run: Cli) -> None:
    xml = "<Request><Input><Object>x.mp3</Object></Input><Conf/></Request>"
    res = run("audio", "submit", "--xml", "-", input=xml)
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["JobsDetail"]["Object"] == "x.mp3"


def test_feedback_report_bad_case_help_comes_from_the_spec(run: Cli) -> None:
    res = run("feedback", "report-bad-case", "--help")
    assert res.exit_code == 0
    assert "ReportBadCase: POST /report/badcase" in res.output
    audio = run("audio", "submit", "--help").output
    assert "Submit an audio moderation job." in audio
    assert "--conf.detect-type" in audio and "comma-separated" in audio
    top = run("--help").output
    assert "Exit codes" in top and "textlib" in top and "batch" in top


@pytest.mark.parametrize(
    "args",
    [
        ("audio", "get"),  # missing JOB_ID
        ("audio", "get", "bad id!"),  # RequestValidationError
        ("audio", "submit", "--input.object", "a.mp3", "--conf.callback", "not-a-url"),
        ("strategy", "list", "--service", "Nope"),
        ("audio", "frobnicate"),
        ("textlib", "create"),  # missing required --lib-name
        ("audio", "submit", "--json", "-", "--input.object", "a"),
    ],
)
def test_bad_arguments_exit_2(run: Cli, args: tuple[str, ...]) -> None:
    res = run(*args, input="{}")
    assert res.exit_code == 2, res.output


def test_exit_codes_of_service_errors(run: Cli, emu: RunningEmulator) -> None:
    bad = dict(run.env, TENCENTCLOUD_SECRET_KEY="wrong-key")
    assert Cli(bad, run.cwd)("audio", "get", "sa123").exit_code == 3
    emu.state.faults.add("GetAudioAuditingJob", Fault.http_error(429), times=5)
    assert run("audio", "get", "sa123").exit_code == 4
    emu.state.faults.clear()
    assert run("audio", "get", "sa0000000000000000000000000000000").exit_code == 5  # not found
    emu.state.faults.add("CreateAudioAuditingJob", Fault.reset_after_read(), times=1)
    res = run("audio", "submit", "--input.object", "a.mp3", "--input.data-id", "u-1")
    assert res.exit_code == 6 and "u-1" in res.output


def test_profiles_from_the_config_file(run: Cli, emu: RunningEmulator, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[default]\nendpoint = "http://127.0.0.1:9"\n[profiles.emu]\nendpoint = "{emu.base_url}"\n'
    )
    env = {k: v for k, v in run.env.items() if k != "CI_BASE_URL"}
    env["CI_MODERATION_CONFIG"] = str(config)
    cli = Cli(env, run.cwd)
    assert cli("--profile", "emu", "strategy", "list").exit_code == 0
    assert cli("--profile", "nope", "strategy", "list").exit_code == 2
    assert cli("--endpoint", emu.base_url, "strategy", "list").exit_code == 0
    assert cli("strategy", "list").exit_code == 5  # [default]: nothing listens on port 9
