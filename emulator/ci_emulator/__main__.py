"""`python -m ci_emulator`: serve the emulator on 127.0.0.1 in real time until Ctrl-C.

The SecretKey may come from TENCENTCLOUD_SECRET_KEY instead of the command line, where
other users of the machine could read it in the process list.
"""

from __future__ import annotations

import argparse
import os
import sys

import uvicorn

from ci_moderation import Credentials

from .app import create_app
from .config import EmulatorConfig, FailureTrigger
from .server import LOOPBACK, ServerLimits, loopback_socket, uvicorn_config


def _trigger(text: str) -> FailureTrigger:
    pattern, _, code = text.partition("=")
    return FailureTrigger(pattern, code) if code else FailureTrigger(pattern)


def main(argv: list[str] | None = None) -> int:
    env = os.environ
    p = argparse.ArgumentParser(prog="python -m ci_emulator", description=__doc__)
    p.add_argument("--port", type=int, default=8080, help="port on 127.0.0.1 (0: any free)")
    p.add_argument("--secret-id", default=env.get("TENCENTCLOUD_SECRET_ID"))
    p.add_argument("--secret-key", default=env.get("TENCENTCLOUD_SECRET_KEY"))
    p.add_argument(
        "--session-token", default=env.get("TENCENTCLOUD_SESSION_TOKEN"),
        help="require this STS token (x-ci-security-token)",
    )  # fmt: skip
    p.add_argument("--bucket", default="examplebucket-1250000000")
    p.add_argument("--region", default="ap-beijing")
    p.add_argument("--step-seconds", type=float, default=1.0, help="seconds per job state")
    p.add_argument(
        "--fail", action="append", type=_trigger, default=[], metavar="PATTERN[=CODE]",
        help="jobs whose object key or URL matches PATTERN end Failed (repeatable)",
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
    args = p.parse_args(argv)
    if not args.secret_id or not args.secret_key:
        p.error("give --secret-id and --secret-key (or TENCENTCLOUD_SECRET_ID / _KEY)")
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
    sock = loopback_socket(args.port)
    print(
        f"CI emulator on http://{LOOPBACK}:{sock.getsockname()[1]} "
        f"(bucket {args.bucket}, SecretId {args.secret_id})",
        flush=True,
    )
    server_config = uvicorn_config(create_app(config), args.log_level, ServerLimits.of(config))
    uvicorn.Server(server_config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
