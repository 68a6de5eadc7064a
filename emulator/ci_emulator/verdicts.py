"""Deterministic verdicts of emulated audio jobs, steered by words in the object key or URL.

A job that ends `Success` gets its verdict once, when it ends (`JobStore.tick`), and keeps
it: the result query (`GetAudioAuditingJob`), the Simple and the Detail callback all report
that same verdict. A `Failed` job (see `FailureTrigger`) has none.

**Words.** The job's source (its object key, or else its whole URL) is lower-cased and cut
into words at every character that is not a letter a-z: `audio/clip-porn.mp3` gives
`audio`, `clip`, `porn`, `mp`. A marker counts only as a whole word, so `uploads/x.mp3` or
`downloads` are not `ads`, and `pornclip.mp3` is not `porn`.

| word(s) in the source                     | category | Result       | HitFlag | Score |
|-------------------------------------------|----------|--------------|---------|-------|
| `porn`                                    | Porn     | 1 Sensitive  | 1       | 90    |
| `ads`                                     | Ads      | 1 Sensitive  | 1       | 90    |
| `terrorism` `politics` `illegal` `abuse` `teenager` | that one | 1 Sensitive | 1 | 90 |
| a category word above and `suspect`       | that one | 2 Suspicious | 2       | 60    |
| `suspect` alone                           | Porn     | 2 Suspicious | 2       | 60    |
| none of these                             | -        | 0 Normal     | 0       | 0     |

(The category words are the `DetectType` names in lower case. `suspect` lowers every hit of
the job to suspicious; alone it is a suspicious Porn hit whose keyword is `suspect`.)

**Reported categories.** Only the categories the job asked for in `Conf.DetectType` are
reported (each gets a `<Category>Info` block, hit or not); a marker of another category is
ignored. With no `DetectType` (an empty `Conf`: the bucket's default policy) the emulator
reports **Porn and Ads**. DetectType values the spec does not know are ignored.

**What a hit reports**, for a category `C` hit by the word `w`:

- job level: `Label` = the first hit category (in the order Porn, Terrorism, Politics, Ads,
  Illegal, Abuse, Teenager), `Result` as in the table, `CInfo` {HitFlag, Score, Label `C`,
  Keywords [`w`]};
- one `Section` per hit category, the n-th (n = 0, 1, … in that order) at `OffsetTime`
  3000 + 5000·n ms, `Duration` 2000 ms, `Text` `... w ...`, `Label` `C`, `Result`, and
  `CInfo` {HitFlag, Score, Label `C`, Keywords [`w`], LibResults [{LibType 1 (preset),
  LibName `ci-preset`, Keywords [`w`]}]}. Only flagged sections are reported, whatever
  `CallbackType` says (the emulated audio has no other speech); no section `Url`.
- `AudioText`: `emulated speech`, then each section's text, joined by spaces
  (`emulated speech ... porn ...`).

A category reported but not hit has `CInfo` {HitFlag 0, Score 0} (no Label; the callbacks
send `"label": ""` / `"Label": ""`). A clean job: `Label` `Normal`, `Result` 0, no sections,
`AudioText` `emulated speech`.

**Freeze.** `ForbidState` is 1 (frozen) when a hit category's score reaches the job's
`Conf.Freeze` threshold for it (`PornScore`, `AdsScore`, …), else 0. The object is not
really frozen.

**Every medium** is judged by the same `judge` (the words, categories, scores and Freeze
rules above); only where a hit is reported differs. Hit n (n = 0, 1, … in category order)
is placed on the medium's unit n:

- audio (words of the key / URL): `Section` at `OffsetTime` 3000 + 5000·n ms (above);
- image (key / URL / the `Content` bytes): job level, with `OcrResults` in `CInfo`
  {Text `... w ...`, Keywords [`w`], `Location` X 0, Y 40·n, Width 200, Height 32,
  Rotate 0};
- video (key / URL): `Snapshot` n at `SnapshotTime` 3000 + 5000·n ms, `Url`
  `…/ci-emulator/<JobId>/snapshot-n.jpg`, `Text` `... w ...` (with the OCR box above);
- live stream (its URL): `Snapshot` as video, `SnapshotTime` = the job's creation time in
  Unix ms + 3000 + 5000·n;
- text with inline `Content` (its own words): one `Section` at `StartByte` 0 carrying every
  hit (inline text is one section);
- text from a key / URL: `Section` n+1 at `StartByte` 10000·(n+1); section 0 is clean
  (`SectionCount` = hits + 1);
- document (key / URL): page `PageNumber` n+2, `Text` `... w ...`; page 1 is clean
  (`PageCount` = hits + 1);
- webpage (its URL): `TextResults` entry n+1, `Text` `... w ...`; entry 0 (`emulated page
  text`) and one image entry (`/logo.png` of the page's host) are clean.

A unit that carries hits has `Label`/`Result` (or `Suggestion`) of its worst hit, and a
`CInfo` {HitFlag, Score, Label `C`, Keywords [`w`], LibResults [preset], Count 1} for each of
them (only the fields the medium's model has; a category a model has no block for, e.g.
Illegal in a document's `Labels`, is left out there). A clean unit has `Label` `Normal` and
result 0. The job-level `CInfo` of video, live, text, document and webpage jobs adds `Count`
(how many units the category hit). Image jobs also report `Score` (the label's score, 0
when clean), `Category` (the label) and `Text` (the OCR text, hits joined by spaces).
Video jobs with `Conf.DetectContent` 1 also report the audio `AudioSection`s as an audio job
would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from ci_moderation.model import Model
from ci_moderation.models import (
    AudioSection,
    HitFlag,
    LibResult,
    LibType,
    Location,
    ModerationInfo,
    ModerationResult,
    OcrResult,
)

#: The categories a verdict can report, in the order used for `Label` and sections.
CATEGORIES = ("Porn", "Terrorism", "Politics", "Ads", "Illegal", "Abuse", "Teenager")
#: Reported when the job names no `DetectType` (the default policy).
DEFAULT_CATEGORIES = ("Porn", "Ads")
SUSPECT = "suspect"
HIT_SCORE = 90
SUSPECT_SCORE = 60
FIRST_OFFSET_MS = 3000
OFFSET_STEP_MS = 5000
SECTION_MS = 2000
LIB_NAME = "ci-preset"
SPEECH = "emulated speech"
NORMAL = "Normal"
#: Characters per text section (CI splits long text into sections of this size).
TEXT_SECTION_CHARS = 10_000
OCR_BOX_HEIGHT = 32
OCR_BOX_WIDTH = 200
OCR_BOX_STEP = 40
PAGE_TEXT = "emulated page text"

M = TypeVar("M", bound=Model)

_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Hit:
    """One reported category that the source's words hit."""

    category: str
    word: str
    hit_flag: int
    score: int

    @property
    def text(self) -> str:
        return f"... {self.word} ..."

    @property
    def result(self) -> int:
        hit = self.hit_flag == HitFlag.HIT
        return int(ModerationResult.SENSITIVE if hit else ModerationResult.SUSPICIOUS)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The verdict of one job: the categories it reports and those of them that were hit."""

    categories: tuple[str, ...]
    hits: tuple[Hit, ...] = ()
    forbid_state: int = 0

    @property
    def result(self) -> int:
        """1 if any category is a hit, else 2 if any is suspicious, else 0."""
        flags = {h.hit_flag for h in self.hits}
        if HitFlag.HIT in flags:
            return int(ModerationResult.SENSITIVE)
        return int(ModerationResult.SUSPICIOUS if flags else ModerationResult.NORMAL)

    @property
    def label(self) -> str:
        worst = [h for h in self.hits if h.result == self.result]
        return worst[0].category if worst else NORMAL

    @property
    def audio_text(self) -> str:
        return " ".join([SPEECH, *(h.text for h in self.hits)])

    def hit(self, category: str) -> Hit | None:
        return next((h for h in self.hits if h.category == category), None)

    def info(self, category: str) -> ModerationInfo:
        """The job-level `<category>Info`."""
        hit = self.hit(category)
        if hit is None:
            return ModerationInfo(hit_flag=HitFlag.NOT_HIT, score=0)
        return ModerationInfo(
            hit_flag=hit.hit_flag, score=hit.score, label=hit.category, keywords=[hit.word]
        )

    def sections(self) -> list[AudioSection]:
        """One flagged section per hit, in category order (fresh models on every call)."""
        out: list[AudioSection] = []
        for n, hit in enumerate(self.hits):
            info = ModerationInfo(
                hit_flag=hit.hit_flag,
                score=hit.score,
                label=hit.category,
                keywords=[hit.word],
                lib_results=[
                    LibResult(lib_type=LibType.PRESET, lib_name=LIB_NAME, keywords=[hit.word])
                ],
            )
            section = AudioSection(
                text=hit.text,
                offset_time=FIRST_OFFSET_MS + OFFSET_STEP_MS * n,
                duration=SECTION_MS,
                label=hit.category,
                result=hit.result,
            )
            setattr(section, info_attr(hit.category), info)
            out.append(section)
        return out


def info_attr(category: str) -> str:
    """`Porn` → `porn_info`, the attribute of `AudioJobResult` and `AudioSection`."""
    return f"{category.lower()}_info"


def reported_categories(detect_types: Iterable[str]) -> tuple[str, ...]:
    """The categories a job reports: its known DetectTypes in `CATEGORIES` order, else the
    default Porn and Ads."""
    asked = set(detect_types)
    if not asked:
        return DEFAULT_CATEGORIES
    return tuple(c for c in CATEGORIES if c in asked)


def words(source: str) -> frozenset[str]:
    return frozenset(_WORD.findall(source.lower()))


def judge(
    source: str, detect_types: Iterable[str] = (), freeze: Mapping[str, int] | None = None
) -> Verdict:
    """The verdict of a job on `source` (object key or URL); see the module's table.
    `freeze` maps categories to their `Conf.Freeze` thresholds."""
    categories = reported_categories(detect_types)
    found = words(source)
    suspect = SUSPECT in found
    flag, score = (HitFlag.SUSPICIOUS, SUSPECT_SCORE) if suspect else (HitFlag.HIT, HIT_SCORE)
    marked = [(c, c.lower()) for c in CATEGORIES if c.lower() in found]
    if suspect and not marked:
        marked = [("Porn", SUSPECT)]
    hits = tuple(Hit(c, w, int(flag), score) for c, w in marked if c in categories)
    thresholds = freeze or {}
    frozen = any(h.category in thresholds and h.score >= thresholds[h.category] for h in hits)
    return Verdict(categories, hits, 1 if frozen else 0)


# -- every medium: the same verdict, rendered into the medium's generated models ------------


def build(cls: type[M], **values: Any) -> M:
    """An instance of `cls` with those of `values` that `cls` has a field for (and that are
    not None): one way to fill every medium's look-alike models."""
    fields = cls.__ci_shape__.by_attr
    return cls(**{k: v for k, v in values.items() if k in fields and v is not None})


def put_info(target: Model, category: str, info: Model) -> bool:
    """Set `target`'s `<category>_info` when its model has one; False when it has none."""
    attr = info_attr(category)
    if attr not in type(target).__ci_shape__.by_attr:
        return False
    setattr(target, attr, info)
    return True


def info_class(target: type[Model], category: str = "Porn") -> type[Model]:
    """The model class of `target`'s `<category>_info` field (ModerationInfo,
    TextModerationInfo, SimpleModerationInfo, …)."""
    for f in target.__ci_shape__.fields:
        if f.attr == info_attr(category):
            cls: type[Model] = f.target
            return cls
    return ModerationInfo


def ocr_result(hit: Hit, n: int) -> OcrResult:
    """Where hit n's text is in an image (a fixed box per hit)."""
    box = Location(x=0, y=OCR_BOX_STEP * n, width=OCR_BOX_WIDTH, height=OCR_BOX_HEIGHT, rotate=0)
    return OcrResult(text=hit.text, keywords=[hit.word], location=box)


def unit_info(cls: type[M], hit: Hit, n: int, *, ocr: bool = False) -> M:
    """The `<category>Info` of the unit (section, snapshot, page, entry) that hit n is on."""
    return build(
        cls,
        hit_flag=hit.hit_flag,
        score=hit.score,
        label=hit.category,
        keywords=[hit.word],
        count=1,
        lib_results=[LibResult(lib_type=LibType.PRESET, lib_name=LIB_NAME, keywords=[hit.word])],
        ocr_results=[ocr_result(hit, n)] if ocr else None,
    )


def fill_unit(
    unit: M,
    hits: Iterable[tuple[int, Hit]],
    categories: Iterable[str] = (),
    *,
    result_attr: str = "result",
    label_attr: str = "label",
    ocr: bool = False,
) -> M:
    """Give a unit its label, result (or suggestion) and a block per reported category: the
    hit's for the hits (n, hit) on it, {HitFlag 0, Score 0} for the other `categories`."""
    on_unit = list(hits)
    verdict = Verdict(tuple(h.category for _, h in on_unit), tuple(h for _, h in on_unit))
    setattr(unit, label_attr, verdict.label)
    setattr(unit, result_attr, verdict.result)
    for category in categories:
        cls = info_class(type(unit), category)
        put_info(unit, category, build(cls, hit_flag=HitFlag.NOT_HIT, score=0))
    for n, hit in on_unit:
        cls = info_class(type(unit), hit.category)
        put_info(unit, hit.category, unit_info(cls, hit, n, ocr=ocr))
    return unit


def job_info(verdict: Verdict, category: str, cls: type[M], *, image: bool = False) -> M:
    """The job-level `<category>Info` of any medium: as `Verdict.info`, plus `Count` (units
    hit) where the model has it, and for images the OCR boxes."""
    hit = verdict.hit(category)
    if hit is None:
        return build(cls, hit_flag=HitFlag.NOT_HIT, score=0, count=0)
    n = verdict.hits.index(hit)
    return build(
        cls,
        hit_flag=hit.hit_flag,
        score=hit.score,
        label=hit.category,
        keywords=[hit.word],
        count=1,
        ocr_results=[ocr_result(hit, n)] if image else None,
    )


def put_job_infos(target: Model, verdict: Verdict, *, image: bool = False) -> None:
    """Every reported category's job-level block that `target`'s model has."""
    for category in verdict.categories:
        cls = info_class(type(target), category)
        put_info(target, category, job_info(verdict, category, cls, image=image))


def simple_info(verdict: Verdict | None, category: str, cls: type[M], label: str = "category") -> M:
    """A category's block of a Simple callback (`hit_flag`, `score` or `count`, `label`): the
    label is the category, or with `label="word"` the keyword (text, as CI describes it), or
    with `label=""` empty (video, as CI's docs say it always is)."""
    hit = verdict.hit(category) if verdict is not None else None
    if hit is None:
        return build(cls, hit_flag=HitFlag.NOT_HIT, score=0, count=0, label="")
    text = {"category": hit.category, "word": hit.word}.get(label, "")
    return build(cls, hit_flag=hit.hit_flag, score=hit.score, count=1, label=text)


def offset_ms(n: int) -> int:
    """Where hit n is in a timed medium (audio section, video snapshot), in ms."""
    return FIRST_OFFSET_MS + OFFSET_STEP_MS * n


def text_of(content: str | bytes | None) -> str:
    """Inline content as text, for its words (bytes that are not UTF-8 read leniently)."""
    if content is None:
        return ""
    return content if isinstance(content, str) else content.decode("utf-8", "replace")
