"""Hypothesis round trips of every generated model through XML.

Strategies are derived from each model's `ShapeSpec`, so a model added to the spec is covered
without touching this file. Text is biased toward what breaks XML codecs.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ci_moderation import RequestValidationError, ResponseParseError, models
from ci_moderation.model import (
    BOOLEAN,
    DATETIME,
    ENUM,
    INTEGER,
    NUMBER,
    SHAPE,
    STRING,
    FieldSpec,
    Model,
)

NASTY = ["<", "&", "]]>", "\r", "\r\n", "\t", " ", "中文", "é", "'", '"', "&amp;", "<!--x-->"]
# Characters XML 1.0 can carry (no controls but tab/LF/CR, no surrogates, no U+FFFE/FFFF).
XML_CHARS = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters=[chr(c) for c in range(32) if c not in (9, 10, 13)] + ["\ufffe", "\uffff"],
)
TEXT = st.lists(st.one_of(st.sampled_from(NASTY), st.text(XML_CHARS, max_size=8)), max_size=6).map(
    "".join
)
URLS = st.from_regex(
    r"\A(?:http|HTTPS|Http)://[a-z0-9]{1,12}(?:\.[a-z]{2,5})?(?::[1-9][0-9]{0,3})?"
    r"(?:/[A-Za-z0-9._~%?=&-]{0,20})?\Z"
)
# Timestamps are always timezone-aware (CI writes +0800; naive ones are refused both ways).
TIMES = st.builds(
    lambda d, m: d.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=m))),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    st.integers(-12 * 60, 14 * 60),
)


def _text_for(f: FieldSpec) -> st.SearchStrategy[str]:
    if f.url:
        return URLS
    s = TEXT.filter(bool)  # an empty string is written and read as absent
    if f.min_length:
        s = s.filter(lambda t: len(t) >= (f.min_length or 0))
    if f.max_bytes is not None:
        s = s.filter(lambda t: len(t.encode()) <= (f.max_bytes or 0))
    if f.max_length is not None:
        s = s.filter(lambda t: len(t) <= (f.max_length or 0))
    if f.pattern is not None:
        return st.from_regex(f.pattern, alphabet=XML_CHARS, fullmatch=True)
    return s


def _scalar(f: FieldSpec, depth: int = 0) -> st.SearchStrategy[Any]:
    if f.kind == STRING:
        return _text_for(f)
    if f.kind == INTEGER:
        return st.integers(f.minimum if f.minimum is not None else -(2**40), f.maximum or 2**40)
    if f.kind == NUMBER:
        return st.floats(f.minimum, f.maximum, allow_nan=False, allow_infinity=False)
    if f.kind == BOOLEAN:
        return st.booleans()
    if f.kind == DATETIME:
        return TIMES
    if f.kind == ENUM:
        return st.sampled_from(list(f.target))
    assert f.kind == SHAPE
    return st.deferred(lambda: model_strategy(f.target, depth + 1))


def _value(f: FieldSpec, depth: int = 0) -> st.SearchStrategy[Any]:
    one = _scalar(f, depth)
    if f.comma and f.kind == STRING:  # one element of comma-joined words: no commas, no edges
        one = one.filter(lambda w: "," not in w and w.strip() == w != "")
    if f.is_list:
        # Lists of nested models stay short: a result tree nests lists of sections of blocks
        # of lists, and 1–2 items already exercise "one element" and "repeated".
        most = 2 if f.kind == SHAPE else 3
        return st.lists(one, min_size=max(1, f.min_items or 0), max_size=most)
    return one


#: Below this depth, optional nested models are left out: a result tree (a job with sections
#: with per-category blocks with lists) would otherwise make each example a large document.
MAX_DEPTH = 2


def _optional(f: FieldSpec, depth: int) -> st.SearchStrategy[Any]:
    absent = st.just([]) if f.is_list else st.none()  # a repeated element is never None
    if f.kind == SHAPE and depth >= MAX_DEPTH:
        return absent
    return absent | _value(f, depth)


def model_strategy(cls: type[Model], depth: int = 0) -> st.SearchStrategy[Any]:
    spec = cls.__ci_shape__
    fields = {f.attr: _value(f, depth) if f.required else _optional(f, depth) for f in spec.fields}
    strategy = st.fixed_dictionaries(fields)
    for group in spec.one_of:  # exactly one of the group is set
        strategy = strategy.flatmap(
            lambda d, g=group: st.sampled_from(g).map(
                lambda keep, d=d, g=g: {
                    **d,
                    **{a: None for a in g if a != keep},
                    keep: d[keep] if d[keep] is not None else _fallback(spec, keep),
                }
            )
        )
    for group in spec.any_of:
        strategy = strategy.map(
            lambda d, g=group: d if any(d[a] for a in g) else {**d, g[0]: _fallback(spec, g[0])}
        )
    return strategy.map(lambda d: cls(**d))


def _fallback(spec: Any, attr: str) -> Any:
    f = next(f for f in spec.fields if f.attr == attr)
    if f.kind == ENUM:
        value = next(iter(f.target))
        return [value] if f.is_list else value
    if f.kind == SHAPE:  # the smallest instance (its fields are optional)
        return [f.target()] if f.is_list else f.target()
    return "https://x.example/a" if f.url else "x"


ALL_MODELS = sorted(
    (getattr(models, n) for n in models.__all__ if hasattr(getattr(models, n), "__ci_shape__")),
    key=lambda c: c.__name__,
)


def _examples(cls: type[Model]) -> int:
    """25 examples; 8 for a model with many nested ones (a result tree), whose examples
    each hold dozens of nested models and cost ~50 ms apiece to generate. With 100+ shapes
    this keeps the whole property run to a few seconds per worker."""
    nested = sum(f.kind == SHAPE for f in cls.__ci_shape__.fields)
    return 25 if nested <= 3 else 8


@pytest.mark.parametrize("cls", ALL_MODELS, ids=lambda c: c.__name__)
def test_round_trip(cls: type[Model]) -> None:
    @settings(
        max_examples=_examples(cls), deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    @given(model=model_strategy(cls))
    def check(model: Model) -> None:
        assert type(model).from_xml(model.to_xml()) == model

    check()


def test_an_empty_element_is_absent_whatever_its_type() -> None:
    """One rule: `<X/>` and `<X></X>` read as None for strings, dates, enums and integers."""
    xml = (
        b"<Response><JobsDetail><JobId>j</JobId><DataId/><State></State>"
        b"<CreationTime></CreationTime><Code/></JobsDetail><RequestId></RequestId></Response>"
    )
    parsed = models.AudioAuditingResponse.from_xml(xml)
    d = parsed.jobs_detail
    assert (d.data_id, d.state, d.creation_time, d.code, parsed.request_id) == (None,) * 5
    assert d.unknown_elements == [] and parsed.unknown_elements == []
    # ...and an empty string is written as no element, so it reads back the same way.
    assert b"DataId" not in models.AudioJobDetail(job_id="j", data_id="").to_xml()
    freeze = models.Freeze.from_xml(b"<Freeze><PornScore/><AdsScore>7</AdsScore></Freeze>")
    assert freeze.porn_score is None and freeze.ads_score == 7


def test_a_required_element_that_is_empty_is_missing() -> None:
    with pytest.raises(ResponseParseError, match=r"JobsDetail\.JobId: is required"):
        models.AudioAuditingResponse.from_xml(
            b"<Response><JobsDetail><JobId></JobId></JobsDetail></Response>"
        )


def test_unknown_elements_survive_a_round_trip() -> None:
    xml = (
        b"<Response><JobsDetail><JobId>j</JobId><Label>Porn</Label>"
        b"<Section><Text>hi</Text><OffsetTime>0</OffsetTime></Section>"
        b"<Section><Text>yo</Text></Section></JobsDetail><Future a='1'>x</Future></Response>"
    )
    parsed = models.AudioAuditingResponse.from_xml(xml)
    assert parsed.jobs_detail is not None
    tags = [u.tag for u in parsed.jobs_detail.unknown_elements]
    assert tags == ["Label", "Section", "Section"]
    assert parsed.jobs_detail.unknown_elements[1].children[0].text == "hi"
    assert parsed.unknown_elements[0].attributes == {"a": "1"}
    assert models.AudioAuditingResponse.from_xml(parsed.to_xml()) == parsed


@pytest.mark.parametrize("bad", ["\x00", "a\x1bb", "\ufffe", "\ud800"])
def test_xml_incompatible_characters_are_refused_naming_the_field(bad: str) -> None:
    body = models.AudioAuditingRequest(
        input=models.AudioInput(object="a.mp4", user_info=models.UserInfo(nickname=bad)),
        conf=models.AudioConf(detect_type=["Porn"]),
    )
    with pytest.raises(RequestValidationError) as info:
        body.to_xml()
    assert info.value.field == "Request.Input.UserInfo.Nickname"
