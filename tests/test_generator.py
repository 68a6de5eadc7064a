"""The generator: spec validation errors, determinism, golden output, vendoring."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.loader import SpecError, load_api
from generator.render import write_package

from .conftest import ROOT, SPEC


def _spec_with(tmp_path: Path, mutate) -> Path:  # type: ignore[no-untyped-def]
    doc = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    mutate(doc)
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def run_isolated(path: Path, script: str) -> subprocess.CompletedProcess[str]:
    """Run `script` where only `path` is importable (-I: neither the repo, the editable
    install nor PYTHONPATH), as a vendoring user would."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    prelude = f"import sys; sys.path.insert(0, {str(path)!r})\n"
    out = subprocess.run(
        [sys.executable, "-I", "-c", prelude + script],
        cwd=path, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return out


def _problems(path: Path) -> list[str]:
    with pytest.raises(SpecError) as info:
        load_api(path)
    return [str(p) for p in info.value.problems]


def test_typo_in_a_schema_keyword_is_reported_with_its_pointer(tmp_path: Path) -> None:
    def mutate(doc: dict) -> None:  # type: ignore[type-arg]
        doc["components"]["schemas"]["AudioInput"]["properties"]["DataId"]["maxLenght"] = 3

    (problem,) = _problems(_spec_with(tmp_path, mutate))
    assert problem.endswith(
        "#/components/schemas/AudioInput/properties/DataId/maxLenght: "
        "unsupported schema keyword 'maxLenght'"
    )
    assert problem.startswith(str(tmp_path / "spec.yaml"))


def test_openapi_structure_errors_come_from_the_pydantic_models(tmp_path: Path) -> None:
    def mutate(doc: dict) -> None:  # type: ignore[type-arg]
        doc["paths"]["/audio/auditing"]["post"]["responses"]["200"]["headers"] = "nope"

    problems = _problems(_spec_with(tmp_path, mutate))
    assert any("/paths/~1audio~1auditing/post/responses/200/headers" in p for p in problems)


def test_several_problems_are_reported_at_once(tmp_path: Path) -> None:
    def mutate(doc: dict) -> None:  # type: ignore[type-arg]
        op = doc["paths"]["/video/cancel_auditing/{jobId}"]["post"]
        del op["x-ci-idempotent"]
        op["x-ci-retry"] = True
        doc["components"]["schemas"]["Freeze"]["properties"]["PornScore"]["$ref"] = "#/nowhere"

    problems = _problems(_spec_with(tmp_path, mutate))
    text = "\n".join(problems)
    assert "x-ci-idempotent" in text
    assert "unknown extension 'x-ci-retry'" in text
    assert "/components/schemas/Freeze/properties/PornScore/$ref" in text


def test_unpinned_path_parameters_are_refused(tmp_path: Path) -> None:
    def mutate(doc: dict) -> None:  # type: ignore[type-arg]
        del doc["components"]["parameters"]["JobId"]["schema"]["pattern"]

    assert any("needs a pattern" in p for p in _problems(_spec_with(tmp_path, mutate)))


def test_duplicate_yaml_keys_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "dup.yaml"
    path.write_text(SPEC.read_text(encoding="utf-8") + "\ninfo: {title: x, version: '1'}\n")
    assert any("duplicate key 'info'" in p for p in _problems(path))


def test_generation_is_deterministic_and_matches_the_committed_package(tmp_path: Path) -> None:
    """The golden test: regenerating gives the committed bytes, twice in a row."""
    api = load_api(SPEC)
    first = write_package(api, tmp_path / "a", "ci_moderation")
    second = write_package(api, tmp_path / "b", "ci_moderation")
    committed = ROOT / "generated" / "ci_moderation"

    def files(root: Path) -> list[str]:
        return sorted(
            str(p.relative_to(root)) for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        )  # fmt: skip

    names = files(committed)
    assert names == files(first) and "models/audio.py" in names
    _, mismatch, errors = filecmp.cmpfiles(first, second, names, shallow=False)
    assert mismatch == [] and errors == []
    _, mismatch, errors = filecmp.cmpfiles(first, committed, names, shallow=False)
    assert mismatch == [] and errors == [], "generated/ is stale: run `make generate`"


def test_vendored_copy_under_another_name_works_alone(tmp_path: Path) -> None:
    """Generate as `ci_client` elsewhere and use it in a fresh interpreter that cannot see
    generator/ or the committed package."""
    write_package(load_api(SPEC), tmp_path / "thirdparty", "ci_client")
    script = """
import sys, httpx
from ci_client import Client, Credentials, AudioAuditingRequest, AudioInput, AudioConf
assert "generator" not in sys.modules and "ci_moderation" not in sys.modules
def handler(request):
    assert request.url.path == "/audio/auditing"
    return httpx.Response(200, content=b"<Response><JobsDetail><JobId>j1</JobId>"
                                       b"<State>Success</State></JobsDetail></Response>")
client = Client(base_url="http://127.0.0.1:1", credentials=Credentials("id", "key"),
                http_client=httpx.Client(transport=httpx.MockTransport(handler)))
out = client.create_audio_auditing_job(AudioAuditingRequest(
    input=AudioInput(object="a.mp3"), conf=AudioConf(detect_type=["Porn"])))
print(type(out).__module__, out.jobs_detail.job_id, out.jobs_detail.state)
try:
    import generator
except ImportError:
    print("no generator")
"""
    out = run_isolated(tmp_path / "thirdparty", script)
    assert out.stdout.split("\n")[:2] == ["ci_client.models.audio j1 Success", "no generator"]


def test_a_new_endpoint_is_spec_only(tmp_path: Path) -> None:
    """The promise: describe an operation in the spec, generate, and it works — here the
    sibling query `GET /audio/auditing/{jobId}` with a repeated `Section` element."""

    def mutate(doc: dict) -> None:  # type: ignore[type-arg]
        schemas = doc["components"]["schemas"]
        schemas["Section"] = {
            "type": "object",
            "properties": {
                "Text": {"type": "string"},
                "OffsetTime": {"type": "integer", "minimum": 0},
                "Result": {"type": "integer"},
            },
        }
        detail = dict(schemas["AudioJobDetail"])
        detail["properties"] = {
            **detail["properties"],
            "Section": {"type": "array", "items": {"$ref": "#/components/schemas/Section"}},
        }
        schemas["AudioQueryDetail"] = detail
        schemas["AudioQueryResponse"] = {
            "type": "object",
            "xml": {"name": "Response"},
            "properties": {"JobsDetail": {"$ref": "#/components/schemas/AudioQueryDetail"}},
        }
        doc["paths"]["/audio/auditing/{jobId}"] = {
            "get": {
                "operationId": "DescribeAudioAuditingJob",
                "summary": "Query an audio moderation job.",
                "x-ci-idempotent": True,
                "parameters": [{"$ref": "#/components/parameters/JobId"}],
                "responses": {
                    "200": {
                        "description": "The job.",
                        "content": {
                            "application/xml": {
                                "schema": {"$ref": "#/components/schemas/AudioQueryResponse"}
                            }
                        },
                    },
                    "default": {"$ref": "#/components/responses/Error"},
                },
            }
        }

    write_package(load_api(_spec_with(tmp_path, mutate)), tmp_path / "out", "ci_next")
    script = """
import httpx
from ci_next import Client, Credentials
def handler(request):
    assert (request.method, request.url.path) == ("GET", "/audio/auditing/sa1")
    assert "content-type" not in request.headers and request.content == b""
    return httpx.Response(200, content=b"<Response><JobsDetail><JobId>sa1</JobId>"
        b"<Section><Text>a</Text><OffsetTime>0</OffsetTime></Section>"
        b"<Section><Text>b</Text><OffsetTime>1500</OffsetTime></Section>"
        b"</JobsDetail></Response>")
client = Client(base_url="http://127.0.0.1:1", credentials=Credentials("id", "key"),
                http_client=httpx.Client(transport=httpx.MockTransport(handler)))
job = client.describe_audio_auditing_job(job_id="sa1").jobs_detail
print(job.job_id, [(s.text, s.offset_time) for s in job.section])
"""
    out = run_isolated(tmp_path / "out", script)
    assert out.stdout.strip() == "sa1 [('a', 0), ('b', 1500)]"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: d["webhooks"]["AudioCallbackDetail"]["post"].pop("x-ci-callback"),
            "needs x-ci-callback",
        ),
        (
            lambda d: d["webhooks"]["AudioCallbackDetail"]["post"].update({"x-ci-oops": 1}),
            "unknown extension",
        ),
        (lambda d: d["webhooks"]["AudioCallbackDetail"].update({"get": {}}), "a single `post`"),
        (
            lambda d: d["webhooks"]["AudioCallbackDetail"]["post"]["requestBody"]["content"][
                "application/json"
            ].update({"schema": {"$ref": "#/components/schemas/Nope"}}),
            "unresolved schema reference",
        ),
    ],
)
def test_webhooks_are_checked_like_operations(tmp_path: Path, mutate: Any, message: str) -> None:
    problems = _problems(_spec_with(tmp_path, mutate))
    assert any(message in p and "/webhooks/AudioCallbackDetail" in p for p in problems), problems


def test_the_sts_token_header_is_the_one_the_spec_names() -> None:
    """The spec's `stsToken` security scheme and the signer agree on the header's name."""
    from ci_moderation.signing import TOKEN_HEADER

    doc = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    scheme = doc["components"]["securitySchemes"]["stsToken"]
    assert (scheme["in"], scheme["name"]) == ("header", TOKEN_HEADER)


@pytest.mark.parametrize(
    ("key", "value", "where"),
    [
        ("contentEncoding", "base32", "BadCaseRequest/properties/Text"),
        ("x-ci-time-offset", "colon", "BadCaseRequest/properties/Label"),
    ],
)
def test_encodings_and_time_forms_are_checked(
    tmp_path: Path, key: str, value: str, where: str
) -> None:
    def mutate(doc: dict[str, Any]) -> None:
        schema, _, prop = where.partition("/properties/")
        doc["components"]["schemas"][schema]["properties"][prop][key] = value

    problems = _problems(_spec_with(tmp_path, mutate))
    assert any(f"{where}/{key}: only" in p for p in problems), problems


def _op(doc: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"][path][method]
    return op


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (  # a second host must be named
            lambda d: _op(d, "/{ObjectKey}")["servers"][0].pop("x-ci-host"),
            "needs `x-ci-host",
        ),
        (  # one name, two URLs
            lambda d: _op(d, "/")["servers"][0].update({"url": "https://{bucket}.other.example"}),
            "given two different URLs",
        ),
        (  # a variant must say whether it is idempotent
            lambda d: _op(d, "/video/auditing", "post")["x-ci-variants"][1].pop("idempotent"),
            "needs operationId, request and idempotent",
        ),
        (  # pagination names optional integer query parameters
            lambda d: _op(d, "/audit/strategy")["x-ci-paginate"].update({"limit": "service"}),
            "optional integer query parameter",
        ),
        (  # a const query parameter is required
            lambda d: _op(d, "/{ObjectKey}")["parameters"].append(
                {"name": "x", "in": "query", "schema": {"type": "string", "const": "y"}}
            ),
            "const query parameter is a required string",
        ),
        (  # an object key needs a byte limit
            lambda d: _op(d, "/{ObjectKey}")["parameters"][0]["schema"].pop("x-ci-max-bytes"),
            "needs x-ci-max-bytes",
        ),
    ],
    ids=["host-name", "host-urls", "variant", "paginate", "const", "object-key"],
)
def test_the_new_vocabulary_is_checked(tmp_path: Path, mutate: Any, message: str) -> None:
    problems = _problems(_spec_with(tmp_path, mutate))
    assert any(message in p for p in problems), problems
