"""`ci-moderation` / `python -m ci_moderation_cli`: the root command.

Families (one group per spec tag) and their commands come from the operation models
(`commands`); `batch` and `emulator` are the two hand-written groups.
"""

from __future__ import annotations

import os
import sys

import click

from .commands import FamilyGroup, family_description
from .naming import commands

EXIT_CODES = """Exit codes: 0 ok; 2 bad argument; 3 auth failure; 4 throttled; 5 other service
or network error; 6 outcome unknown (a job may exist: reconcile by DataId); 7 partial batch."""


class Root(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*sorted(commands()), "batch", "emulator"]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in commands():
            return FamilyGroup(cmd_name, family_description(cmd_name))
        if cmd_name == "batch":
            from .batch import batch

            return batch
        if cmd_name == "emulator":
            return emulator
        return None


@click.group(
    cls=Root,
    help="Tencent Cloud CI content moderation from the shell. Commands are built from the "
    "API's operation models: FAMILY COMMAND [ARGS] [--field.path VALUE ...].\n\n"
    "Credentials: TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY / "
    "TENCENTCLOUD_SESSION_TOKEN. Endpoint: --endpoint or CI_BASE_URL (the emulator), else "
    "--bucket/--region or CI_BUCKET/CI_REGION. A config file "
    "(~/.config/ci-moderation/config.toml) may hold [default] and [profiles.NAME].\n\n"
    + EXIT_CODES,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option("--endpoint", metavar="URL", help="base URL (the emulator); default CI_BASE_URL")
@click.option("--bucket", help="BucketName-APPID; default CI_BUCKET")
@click.option("--region", help="e.g. ap-beijing; default CI_REGION")
@click.option("--profile", help="a [profiles.NAME] table of the config file")
def cli(endpoint: str | None, bucket: str | None, region: str | None, profile: str | None) -> None:
    pass


@click.command(
    context_settings={"ignore_unknown_options": True, "help_option_names": []},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def emulator(args: tuple[str, ...]) -> None:
    """Start the local CI emulator (the options of `ci-emulator`; --help lists them)."""
    from ci_emulator.__main__ import main as emulator_main

    argv = list(args)
    if not any(a == "--port" or a.startswith("--port=") for a in argv):
        argv = ["--port", "8080", *argv]
    given = " ".join(argv)
    if "--secret-id" not in given and not os.environ.get("TENCENTCLOUD_SECRET_ID"):
        argv += ["--secret-id", "AKIDEXAMPLE"]  # as `make emulator`: a local test key
    if "--secret-key" not in given and not os.environ.get("TENCENTCLOUD_SECRET_KEY"):
        argv += ["--secret-key", "emulator-secret"]
    sys.exit(emulator_main(argv))


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="ci-moderation", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)


if __name__ == "__main__":
    sys.exit(main())
