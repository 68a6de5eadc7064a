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
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ci_moderation.models import (
    AudioSection,
    HitFlag,
    LibResult,
    LibType,
    ModerationInfo,
    ModerationResult,
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
