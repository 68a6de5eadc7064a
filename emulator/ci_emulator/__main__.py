"""`python -m ci_emulator` / `ci-emulator`: serve the emulator on 127.0.0.1 in real time until
Ctrl-C.

The banner says everything a client needs: the base URL, the SecretId/SecretKey to sign
with, the ids of seeded live-stream jobs (`--seed-live-job`) and a line to paste into a
shell. The SecretKey may come from TENCENTCLOUD_SECRET_KEY instead of the command line, where
other users of the machine could read it in the process list; a key from the environment is
never printed. A port already in use, a missing `emulator` extra and Ctrl-C each end with
one line (exit 1, 2 and 0), not a traceback.
"""

from __future__ import annotations

import argparse
import errno
import os
import shlex
import sys
from collections.abc import Sequence

from ci_moderation import Credentials

from .config import EmulatorConfig, FailureTrigger
from .extra import missing_extra, missing_extra_message
from .jobs import check_job_id

PROG = "ci-emulator"


def _trigger(text: str) -> FailureTrigger:
    pattern, _, code = text.partition("=")
    return FailureTrigger(pattern, code) if code else FailureTrigger(pattern)


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (0-65535)")
    return port


def _job_id(text: str) -> str:
    try:
        return check_job_id(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m ci_emulator", description=__doc__)
    p.add_argument("--port", type=_port, default=8080, help="port on 127.0.0.1 (0: any free)")
    p.add_argument("--secret-id", help="accepted SecretId (default: TENCENTCLOUD_SECRET_ID)")
    p.add_argument(
        "--secret-key", help="its SecretKey (default: TENCENTCLOUD_SECRET_KEY, not printed)"
    )
    p.add_argument(
        "--session-token", help="require this STS token (x-ci-security-token; default: "
        "TENCENTCLOUD_SESSION_TOKEN)",
    )  # fmt: skip
    p.add_argument("--bucket", default="examplebucket-1250000000")
    p.add_argument("--region", default="ap-beijing")
    p.add_argument("--step-seconds", type=float, default=1.0, help="seconds per job state")
    p.add_argument(
        "--fail", action="append", type=_trigger, default=[], metavar="PATTERN[=CODE]",
        help="jobs whose object key or URL matches PATTERN end Failed (repeatable)",
    )  # fmt: skip
    p.add_argument(
        "--seed-live-job", action="append", type=_job_id, default=[], metavar="ID",
        help="create a live-stream job with this id at start-up, to cancel (repeatable)",
    )  # fmt: skip
    p.add_argument("--no-rate-limit", action="store_true", help="disable the spec's limits")
    p.add_argument(
        "--virtual-host", action="append", dest="virtual_hosts", metavar="NAME",
        help="serve this Host name besides 127.0.0.1/localhost (repeatable; default: any "
        "<bucket>.ci.<region>.myqcloud.com)",
    )  # fmt: skip
    p.add_argument(
        "--header-timeout", type=float, default=10.0, metavar="SECONDS",
        help="close a connection whose request headers are not complete in time",
    )  # fmt: skip
    p.add_argument(
        "--keep-alive", type=float, default=5.0, metavar="SECONDS",
        help="close an idle keep-alive connection after this long",
    )  # fmt: skip
    p.add_argument(
        "--max-connections", type=int, default=1000,
        help="open connections at once (503 at the limit, closed beyond it)",
    )  # fmt: skip
    p.add_argument(
        "--ledger-size", type=int, default=10_000, metavar="N",
        help="request records the ledger keeps (the newest N)",
    )  # fmt: skip
    p.add_argument("--log-level", default="info")
    return p


def banner(
    base_url: str,
    args: argparse.Namespace,
    *,
    key_from_env: bool,
    token_from_env: bool,
    live_jobs: Sequence[str],
) -> str:
    """What the emulator prints once it listens: where it is, which key to sign with, which
    live jobs exist, and a shell line that sets what a client needs."""
    exports = [f"CI_BASE_URL={base_url}", f"TENCENTCLOUD_SECRET_ID={args.secret_id}"]
    if key_from_env:
        key_line = "  SecretKey  (the value of TENCENTCLOUD_SECRET_KEY, not printed)"
    else:
        key_line = f"  SecretKey  {args.secret_key}  (this emulator's own local test key)"
        exports.append(f"TENCENTCLOUD_SECRET_KEY={args.secret_key}")
    if args.session_token is not None and not token_from_env:
        exports.append(f"TENCENTCLOUD_SESSION_TOKEN={args.session_token}")
    lines = [
        f"CI emulator on {base_url} (bucket {args.bucket}, region {args.region})",
        f"  SecretId   {args.secret_id}",
        key_line,
        f"  live jobs  {' '.join(live_jobs) if live_jobs else '(none: --seed-live-job ID)'}",
        "  callbacks  loopback URLs only, e.g. http://127.0.0.1:9000/cb",
        "For the client: export the line below, then "
        'Client(base_url=os.environ["CI_BASE_URL"], credentials=Credentials.from_env())',
        "  export " + " ".join(shlex.quote(e) for e in exports),
        "Ctrl-C stops it.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    env = os.environ
    key_from_env = args.secret_key is None
    token_from_env = args.session_token is None
    args.secret_id = args.secret_id or env.get("TENCENTCLOUD_SECRET_ID")
    args.secret_key = args.secret_key or env.get("TENCENTCLOUD_SECRET_KEY")
    if token_from_env:
        args.session_token = env.get("TENCENTCLOUD_SESSION_TOKEN")
    if not args.secret_id or not args.secret_key:
        parser.error("give --secret-id and --secret-key (or TENCENTCLOUD_SECRET_ID / _KEY)")
    try:
        return _serve(args, key_from_env=key_from_env, token_from_env=token_from_env)
    except KeyboardInterrupt:  # Ctrl-C: uvicorn has shut down and re-raised it, or not started
        return 0


def _serve(args: argparse.Namespace, *, key_from_env: bool, token_from_env: bool) -> int:
    try:
        import uvicorn

        from .app import create_app, emulator_of
        from .server import LOOPBACK, ServerLimits, loopback_socket, uvicorn_config
    except ModuleNotFoundError as exc:
        module = missing_extra(exc)
        if module is None:
            raise
        print(f"{PROG}: {missing_extra_message(module)}", file=sys.stderr)
        return 2
    config = EmulatorConfig(
        credentials=(Credentials(args.secret_id, args.secret_key, args.session_token),),
        bucket=args.bucket,
        region=args.region,
        step_seconds=args.step_seconds,
        failure_triggers=tuple(args.fail),
        rate_limits={} if args.no_rate_limit else None,
        virtual_hosts=None if args.virtual_hosts is None else tuple(args.virtual_hosts),
        header_timeout=args.header_timeout,
        keep_alive_timeout=args.keep_alive,
        max_connections=args.max_connections,
        ledger_max_requests=args.ledger_size,
    )
    app = create_app(config)
    emu = emulator_of(app)
    live_jobs = [emu.seed_live_job(job_id=job_id) for job_id in dict.fromkeys(args.seed_live_job)]
    try:
        sock = loopback_socket(args.port)
        sock.listen(2048)  # connections wait in the backlog from the banner on
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            print(
                f"{PROG}: port {args.port} on {LOOPBACK} is in use; pick another with --port",
                file=sys.stderr,
            )
        else:
            reason = exc.strerror or exc
            print(f"{PROG}: cannot listen on {LOOPBACK}:{args.port}: {reason}", file=sys.stderr)
        return 1
    base_url = f"http://{LOOPBACK}:{sock.getsockname()[1]}"
    text = banner(
        base_url, args, key_from_env=key_from_env, token_from_env=token_from_env,
        live_jobs=live_jobs,
    )  # fmt: skip
    print(text, flush=True)
    server_config = uvicorn_config(app, args.log_level, ServerLimits.of(config))
    try:
        uvicorn.Server(server_config).run(sockets=[sock])
    finally:
        sock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
