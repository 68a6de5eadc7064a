"""Codec pins: list cardinality, integer types, repeated single elements.

CI sends arrays as repeated elements without a wrapper, so one element must still be a list
(facts §1). No generated model has such a field yet (the query's `Section[]` will), so a
small test model drives the same generic codec through a `ShapeSpec`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ci_moderation import models
from ci_moderation.model import INTEGER, SHAPE, STRING, FieldSpec, Model, ShapeSpec, UnknownElement
from ci_moderation.xmlcodec import parse_document


@dataclass(slots=True, kw_only=True, repr=False)
class _Section(Model):
    text: str | None = None
    offset_time: int | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)


@dataclass(slots=True, kw_only=True, repr=False)
class _Detail(Model):
    job_id: str | None = None
    section: list[_Section] | None = None
    score: list[int] | None = None
    label: list[str] | None = None
    unknown_elements: list[UnknownElement] = field(default_factory=list)


_Section.__ci_shape__ = ShapeSpec(
    _Section,
    "Section",
    (FieldSpec("Text", "text", STRING), FieldSpec("OffsetTime", "offset_time", INTEGER)),
)
_Detail.__ci_shape__ = ShapeSpec(
    _Detail,
    "JobsDetail",
    (
        FieldSpec("JobId", "job_id", STRING),
        FieldSpec("Section", "section", SHAPE, _Section, is_list=True),
        FieldSpec("Score", "score", INTEGER, is_list=True),
        FieldSpec("Label", "label", STRING, is_list=True),
    ),
)


def test_a_list_element_that_occurs_once_is_a_list_of_one() -> None:
    """Pins: one repeated-element item parses as a one-item list, never as a scalar."""
    one = parse_document(
        b"<JobsDetail><Section><Text>hi</Text></Section><Score>7</Score>"
        b"<Label>Porn</Label></JobsDetail>",
        _Detail,
    )
    assert one.section == [_Section(text="hi")]
    assert one.score == [7] and one.label == ["Porn"]
    two = parse_document(
        b"<JobsDetail><Label>a</Label><JobId>j</JobId><Label>b</Label>"
        b"<Section/><Section><Text>x</Text></Section></JobsDetail>",
        _Detail,
    )
    assert two.label == ["a", "b"] and two.job_id == "j"
    assert two.section == [_Section(), _Section(text="x")]


def test_a_comma_list_with_one_word_is_a_list_of_one() -> None:
    """Pins: `<DetectType>Porn</DetectType>` parses as `[Porn]`, not `Porn`."""
    conf = models.AudioConf.from_xml(b"<AudioConf><DetectType>Porn</DetectType></AudioConf>")
    assert conf.detect_type == [models.DetectType.PORN]


def test_integers_parse_as_int() -> None:
    """Pins integer fields (and integer enums) to `int`, not `float` (5 == 5.0 hides it)."""
    freeze = models.Freeze.from_xml(
        b"<Freeze><PornScore>5</PornScore><AdsScore> 100 </AdsScore></Freeze>"
    )
    assert type(freeze.porn_score) is int and freeze.porn_score == 5
    assert type(freeze.ads_score) is int and freeze.ads_score == 100
    detail = parse_document(
        b"<JobsDetail><Score>3</Score><Section><OffsetTime>1500</OffsetTime></Section>"
        b"</JobsDetail>",
        _Detail,
    )
    assert detail.score is not None and [type(s) for s in detail.score] == [int]
    assert detail.section is not None and type(detail.section[0].offset_time) is int
    conf = models.AudioConf.from_xml(b"<AudioConf><CallbackType>2</CallbackType></AudioConf>")
    assert conf.callback_type is models.CallbackType.NON_COMPLIANT_SEGMENTS
    future = models.AudioConf.from_xml(b"<AudioConf><CallbackType>9</CallbackType></AudioConf>")
    assert type(future.callback_type) is int and future.callback_type == 9


def test_a_repeated_single_element_keeps_the_first_and_loses_nothing() -> None:
    """Pins: a second occurrence of a non-list element never overwrites the first; it is
    kept in `unknown_elements`."""
    detail = models.AudioJobDetail.from_xml(
        b"<AudioJobDetail><JobId>first</JobId><State>Success</State>"
        b"<JobId>second</JobId></AudioJobDetail>"
    )
    assert detail.job_id == "first" and detail.state is models.JobState.SUCCESS
    assert detail.unknown_elements == [UnknownElement(tag="JobId", text="second")]
    freeze = models.Freeze.from_xml(
        b"<Freeze><PornScore>10</PornScore><PornScore>90</PornScore></Freeze>"
    )
    assert freeze.porn_score == 10
    assert freeze.unknown_elements == [UnknownElement(tag="PornScore", text="90")]
    resp = models.AudioAuditingResponse.from_xml(
        b"<Response><JobsDetail><JobId>a</JobId></JobsDetail>"
        b"<JobsDetail><JobId>b</JobId></JobsDetail></Response>"
    )
    assert resp.jobs_detail == models.AudioJobDetail(job_id="a")
    (kept,) = resp.unknown_elements
    assert kept.tag == "JobsDetail" and kept.children == [UnknownElement(tag="JobId", text="b")]
