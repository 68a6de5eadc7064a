"""End-to-end demo: submit an audio job, receive its typed callback, read the full verdict
(the offending section and its keywords), moderate a short text inline (answered at once),
cancel a live job.

    python -m ci_emulator.demo            # against a local emulator (nothing leaves 127.0.0.1)
    python -m ci_emulator.demo --real     # against real CI (billable!)

With `--real`, settings come from the environment (or the matching options):
TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY (/ TENCENTCLOUD_SESSION_TOKEN), CI_BUCKET
(`name-APPID`), CI_REGION, CI_OBJECT (an audio key in the bucket; default the seed's
`a.mp4`), and optionally
CI_CALLBACK_URL (a public URL of yours; the demo cannot receive it) and CI_LIVE_JOB_ID (a
live-stream job to cancel).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from typing import Any

from ci_moderation import (
    AudioAuditingRequest,
    AudioCallbackDetail,
    AudioConf,
    AudioInput,
    AudioJobResult,
    CallbackVersion,
    CIError,
    Client,
    Credentials,
    DetectType,
    Response,
    TextAuditingRequest,
    TextConf,
    TextInput,
    parse_callback,
)

from .clock import SystemClock
from .config import EmulatorConfig
from .receiver import CallbackReceiver
from .server import start_emulator


def _show(title: str, response: Response[Any]) -> None:
    detail = response.parsed.jobs_detail
    print(f"\n== {title}: HTTP {response.status_code}, request id {response.request_id}")
    for name in ("job_id", "state", "creation_time", "data_id", "object"):
        value = getattr(detail, name, None)
        if value is not None:
            print(f"   {name:14} {value}")


def _verdict(job: AudioJobResult) -> None:
    """The verdict as a person reads it: label, result, and each offending section."""
    print(f"   state {job.state}, label {job.label}, result {job.result!r}")
    for section in job.section:
        infos = [
            (name.removesuffix("_info"), getattr(section, name))
            for name in ("porn_info", "politics_info", "ads_info", "terrorism_info")
            if getattr(section, name) is not None
        ]
        for category, info in infos:
            start = (section.offset_time or 0) / 1000
            print(
                f"   at {start:.1f} s for {(section.duration or 0) / 1000:.1f} s: {category}, "
                f"score {info.score}, keywords {info.keywords}, text {section.text!r}"
            )


def _text(client: Client, text: str) -> None:
    """Inline text is moderated synchronously: the answer carries the verdict."""
    answer = client.create_text_auditing_job_detailed(
        TextAuditingRequest(input=TextInput(content=text), conf=TextConf())
    )
    job = answer.parsed.jobs_detail
    print(f"\n== moderated a text inline: HTTP {answer.status_code}, {text!r}")
    print(f"   state {job.state}, label {job.label}, result {job.result!r}")
    for section in job.section:
        infos = [getattr(section, n) for n in ("porn_info", "ads_info", "politics_info")]
        keywords = [k for info in infos if info is not None for k in info.keywords]
        if keywords:
            where = f"section at character {section.start_byte}"
            print(f"   {where}: {section.label}, keywords {keywords}")


def _submit(client: Client, obj: str, callback: str | None) -> Response[Any]:
    body = AudioAuditingRequest(
        input=AudioInput(object=obj, data_id=f"demo-{uuid.uuid4().hex[:12]}"),
        conf=AudioConf(
            detect_type=[DetectType.PORN, DetectType.POLITICS],
            callback=callback,
            callback_version=CallbackVersion.DETAIL if callback else None,
        ),
    )
    response = client.create_audio_auditing_job_detailed(body)
    _show("submitted an audio job", response)
    return response


def run_local() -> int:
    config = EmulatorConfig.with_random_credentials(step_seconds=0.2, tick_interval=0.05)
    with (
        start_emulator(config, clock=SystemClock()) as emulator,
        CallbackReceiver() as receiver,
        emulator.client() as client,
    ):
        print(f"emulator on {emulator.base_url}, callbacks to {receiver.url}")
        submitted = _submit(client, "demo/porn-clip.mp3", receiver.url)
        received = receiver.wait(1, timeout=10)[0]
        print(f"\n== callback POSTed to {received.path}:")
        print(json.dumps(received.json(), indent=2, ensure_ascii=False)[:600] + "\n   …")
        callback = parse_callback(received.headers, received.body)
        if isinstance(callback, AudioCallbackDetail):
            print(f"   parsed: {type(callback).__name__}, job {callback.jobs_detail.job_id}")
        job_id = submitted.parsed.jobs_detail.job_id
        queried = client.get_audio_auditing_job_detailed(job_id)
        print(f"\n== the verdict, queried: HTTP {queried.status_code} (callbacks are unsigned)")
        _verdict(queried.parsed.jobs_detail)
        _text(client, "great deals and ads, click here")
        live_id = emulator.state.seed_live_job(data_id="demo-live-room-1")
        _show("cancelled a live job", client.cancel_live_auditing_job_detailed(job_id=live_id))
        try:
            client.cancel_live_auditing_job(job_id=live_id)
        except CIError as error:
            print(f"\n== cancelling it again fails as it should: {error}")
        ledger = emulator.state.ledger
        audio_jobs = [j for j in ledger.jobs if j.kind == "audio"]
        print(
            f"\nthe emulator answered {len(ledger.requests)} requests, created "
            f"{len(audio_jobs)} audio job(s) and delivered {len(ledger.callbacks)} callback(s)."
        )
    return 0


def run_real(args: argparse.Namespace) -> int:
    for name in ("bucket", "region"):
        if not getattr(args, name):
            print(f"--real needs --{name} or CI_{name.upper()}", file=sys.stderr)
            return 2
    with Client(bucket=args.bucket, region=args.region, credentials=Credentials.from_env()) as c:
        submitted = _submit(c, args.object, args.callback_url)
        if args.callback_url:
            print(f"   the result will be POSTed to {args.callback_url}")
        job = c.get_audio_auditing_job(submitted.parsed.jobs_detail.job_id).jobs_detail
        print("\n== queried right away (a job takes a while; query again later):")
        _verdict(job)
        if args.live_job_id:
            _show(
                "cancelled a live job", c.cancel_live_auditing_job_detailed(job_id=args.live_job_id)
            )
    return 0


def main(argv: list[str] | None = None) -> int:
    env = os.environ
    p = argparse.ArgumentParser(
        prog="python -m ci_emulator.demo",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--real", action="store_true", help="call real CI instead of the emulator")
    p.add_argument("--bucket", default=env.get("CI_BUCKET"))
    p.add_argument("--region", default=env.get("CI_REGION"))
    p.add_argument("--object", default=env.get("CI_OBJECT", "a.mp4"))
    p.add_argument("--callback-url", default=env.get("CI_CALLBACK_URL"))
    p.add_argument("--live-job-id", default=env.get("CI_LIVE_JOB_ID"))
    args = p.parse_args(argv)
    try:
        return run_real(args) if args.real else run_local()
    except CIError as error:
        print(f"failed: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
