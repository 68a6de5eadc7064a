"""The "new endpoint = spec + `make`" promise, kept by a test.

An invented operation is added to a copy of the spec — a list with a query parameter, a
repeated element, pagination — together with a JSON webhook. The copy is generated with the
repository's generator, and a fresh interpreter imports that package: the client call, the
auto-paginating iterator, the callback parser and an emulator route all work, with no code
change anywhere (the only code the test writes is the emulator's handler for the invented
operation, as a user of `start_emulator(handlers=...)` would).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

WIDGET_SCHEMAS = {
    "Widget": {
        "type": "object",
        "description": "One widget.",
        "properties": {
            "Name": {"type": "string", "description": "Its name."},
            "Tag": {"type": "array", "description": "Its tags.", "items": {"type": "string"}},
        },
    },
    "WidgetList": {
        "type": "object",
        "description": "A page of widgets.",
        "xml": {"name": "Response"},
        "properties": {
            "Widget": {
                "type": "array",
                "description": "The widgets of this page.",
                "items": {"$ref": "#/components/schemas/Widget"},
            },
            "TotalCount": {"type": "integer", "description": "How many there are."},
            "RequestId": {"type": "string"},
        },
    },
    "WidgetCallback": {
        "type": "object",
        "description": "A widget callback.",
        "required": ["EventName"],
        "properties": {
            "EventName": {"type": "string"},
            "Widget": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
        },
    },
}

LIST_WIDGETS = {
    "get": {
        "operationId": "ListWidgets",
        "summary": "List widgets.",
        "x-ci-idempotent": True,
        "x-ci-paginate": {"offset": "offset", "limit": "limit", "items": "Widget",
                          "total": "TotalCount"},
        "parameters": [
            {"name": "kind", "in": "query", "required": True, "schema": {"type": "string"}},
            {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
            {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        ],
        "responses": {
            "200": {
                "description": "A page.",
                "content": {"application/xml": {"schema": {
                    "$ref": "#/components/schemas/WidgetList"}}},
            },
            "default": {"$ref": "#/components/responses/Error"},
        },
    }
}  # fmt: skip

WIDGET_WEBHOOK = {
    "post": {
        "summary": "A widget event.",
        "x-ci-callback": {"version": "Detail", "event": "ReviewWidget", "event-field": "EventName"},
        "requestBody": {"content": {"application/json": {"schema": {
            "$ref": "#/components/schemas/WidgetCallback"}}}},
        "responses": {"200": {"description": "ok"}},
    }
}  # fmt: skip

SCRIPT = textwrap.dedent(
    """
    import json, sys
    import ci_moderation
    from ci_moderation import models, parse_callback
    from ci_emulator.server import start_emulator

    WIDGETS = [models.Widget(name=f"w{i}", tag=["x", "y"]) for i in range(5)]

    def list_widgets(emu, call):
        offset, limit = call.query.get("offset", 0), call.query.get("limit", 100)
        page = [models.Widget(name=f"{call.query['kind']}-{w.name}", tag=w.tag)
                for w in WIDGETS[offset:offset + limit]]
        return models.WidgetList(widget=page, total_count=len(WIDGETS), request_id=call.request_id)

    out = {"package": ci_moderation.__file__}
    with start_emulator(handlers={"ListWidgets": list_widgets}) as emu, emu.client() as c:
        page = c.list_widgets(kind="blue", limit=2)
        out["page"] = [w.name for w in page.widget]
        out["tags"] = page.widget[0].tag
        out["all"] = [w.name for w in c.iter_widgets(kind="blue", limit=2)]
        out["paths"] = [r.path for r in emu.state.ledger.requests]
    event = parse_callback({"X-Ci-Content-Version": "Detail"}, json.dumps(
        {"EventName": "ReviewWidget", "Widget": [{"Name": "w1", "Tag": ["x"]}]}).encode())
    out["callback"] = [type(event).__name__, event.widget[0].name, event.widget[0].tag]
    print(json.dumps(out))
    """
)


def test_an_invented_endpoint_works_from_the_spec_alone(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "spec" / "ci-moderation.yaml").read_text(encoding="utf-8"))
    spec["paths"]["/widget"] = LIST_WIDGETS
    spec["webhooks"]["WidgetCallback"] = WIDGET_WEBHOOK
    spec["components"]["schemas"].update(WIDGET_SCHEMAS)
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), "utf-8")
    gen = subprocess.run(
        [sys.executable, "-m", "generator", "--spec", str(tmp_path / "spec.yaml"),
         "--out", str(tmp_path / "gen")],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert gen.returncode == 0, gen.stderr
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path / "gen"), str(ROOT / "emulator")]),
    }
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=tmp_path, env=env, capture_output=True, text=True,
        check=False, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["package"].startswith(str(tmp_path))  # the regenerated copy, not the repo's
    assert out["page"] == ["blue-w0", "blue-w1"]
    assert out["tags"] == ["x", "y"]  # a repeated element is a list
    assert out["all"] == [f"blue-w{i}" for i in range(5)]  # three pages, stopped at the total
    assert out["paths"] == ["/widget"] * 4
    assert out["callback"] == ["WidgetCallback", "w1", ["x"]]
