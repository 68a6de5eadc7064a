"""How long `make generate` takes for the whole spec: the wall time of `python -m generator`
in fresh processes (median and min of `--runs`), beside the floor measured in the same run:
a bare interpreter, and one that only imports the spec-loading library (openapi-python-client's
pydantic models). Not a test; the issue's target is ≤ 3 s for the whole family.

    python bench/generate_time.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 3.0


def _wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from generator.loader import load_api

    api = load_api(ROOT / "spec" / "ci-moderation.yaml")
    with tempfile.TemporaryDirectory() as out:
        rows = {
            "bare interpreter": [sys.executable, "-c", "pass"],
            "import the spec loader's models": [
                sys.executable, "-c", "import openapi_python_client.schema",
            ],
            "python -m generator (whole spec)": [
                sys.executable, "-m", "generator", "--out", out,
            ],
        }  # fmt: skip
        times: dict[str, list[float]] = {name: [] for name in rows}
        for _ in range(args.runs):  # interleaved, so load affects every row alike
            for name, cmd in rows.items():
                times[name].append(_wall(cmd))
    print(
        f"make generate: {len(api.operations)} operations, {len(api.shapes)} shapes, "
        f"{len(api.webhooks)} webhooks; {args.runs} runs each"
    )
    print(f"{'':36} {'median s':>9} {'min s':>7}")
    for name, values in times.items():
        print(f"{name:36} {statistics.median(values):9.2f} {min(values):7.2f}")
    gen = statistics.median(times["python -m generator (whole spec)"])
    print(f"target ≤ {TARGET_S:.1f} s: {'met' if gen <= TARGET_S else 'NOT met'} ({gen:.2f} s)")


if __name__ == "__main__":
    main()
