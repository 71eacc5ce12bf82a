"""The guide content as the program uses it: plain frozen dataclasses.

A content root (resources/content/, or a service centre's copy) holds catalogue.json and, per
language, a folder with
  texts.json       welcome page, route names, reason texts, waiting texts, deadline, summary
  questions.json   the interview questions with their options and "怎么查？" help
  steps/<ID>.json  one file per step of the catalogue: title, numbered instructions, links,
                   picture, how to check whether it is already done, "遇到问题？" help, and
                   the step's features
and schematics.json, the descriptions of the step pictures (wizard/content/drawings.py).
wizard/content/validate.py checks a root against these annotations (pydantic) and the rules
beyond them; wizard/content/loader.py builds these objects (from the validated cache at start).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any, Literal

from annotated_types import MaxLen, MinLen

from wizard.typed_data import from_plain

Text = Annotated[str, MinLen(1)]
SCHEMATICS_FILE = "schematics.json"  # a content root's step drawings (wizard/content/drawings.py)
_CONFIG = {"extra": "forbid", "str_strip_whitespace": True}

# What makes a step special, declared in its content file and implemented once per feature:
#   application_date   the user records the day an application was submitted (days waited)
#   waiting            after that application the step waits for an office's answer (an SMS):
#                      a calm waiting box, the days waited, "close and come back"
#   search_codes       the unit's own codes to search by, ready to copy
#   account_name_note  the bank account's name is compared with the unit's name
Feature = Literal["application_date", "waiting", "search_codes", "account_name_note"]
FEATURES: tuple[str, ...] = Feature.__args__


@dataclass(frozen=True)
class Link:
    __pydantic_config__ = _CONFIG

    label: Text
    url: Text


@dataclass(frozen=True)
class HelpItem:
    __pydantic_config__ = _CONFIG

    problem: Text
    solution: Text
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Step:
    __pydantic_config__ = _CONFIG

    id: Text
    title: Text  # the page title: what to do, in plain words
    short_title: Annotated[str, MinLen(1), MaxLen(24)]  # the side panel (checked for width)
    purpose: Text  # one sentence: what this step achieves
    instructions: Annotated[tuple[Text, ...], MinLen(1)]  # "{next_step}": the next page's title
    check_first: Text  # how to tell whether it is already done (shown on "unsure")
    help: Annotated[tuple[HelpItem, ...], MinLen(1)]  # "遇到问题？": every step has some
    links: tuple[Link, ...] = ()
    illustration: str | None = None  # a drawing described in the root's schematics.json
    illustration_alt: str | None = None  # what the drawing shows, for screen readers
    features: tuple[Feature, ...] = ()

    def has(self, feature: str) -> bool:
        return feature in self.features


@dataclass(frozen=True)
class Option:
    __pydantic_config__ = _CONFIG

    value: Text
    label: Text
    hint: str | None = None


@dataclass(frozen=True)
class Question:
    __pydantic_config__ = _CONFIG

    id: Text
    title: Text
    explanation: Text
    how_to_check: Text
    options: Annotated[tuple[Option, ...], MinLen(2)]


@dataclass(frozen=True)
class Questions:
    __pydantic_config__ = _CONFIG

    questions: Annotated[tuple[Question, ...], MinLen(1)]


@dataclass(frozen=True)
class PrepareByRoute:
    """What to have at hand once the route is known (the general list is for before)."""

    __pydantic_config__ = _CONFIG

    S: Annotated[tuple[Text, ...], MinLen(1)]
    R: Annotated[tuple[Text, ...], MinLen(1)]


@dataclass(frozen=True)
class Welcome:
    __pydantic_config__ = _CONFIG

    title: Text
    intro: Annotated[tuple[Text, ...], MinLen(1)]
    prepare: Annotated[tuple[Text, ...], MinLen(1)]  # before the interview
    prepare_by_route: PrepareByRoute  # after it: for the route that fits
    duration: Text


@dataclass(frozen=True)
class RouteText:
    __pydantic_config__ = _CONFIG

    name: Text
    short: Text
    description: Text


@dataclass(frozen=True)
class Deadline:
    __pydantic_config__ = _CONFIG

    text: Text  # e.g. "近几年都在 12 月 31 日前截止"
    detail: Text
    source: Text


@dataclass(frozen=True)
class SummaryTexts:
    __pydantic_config__ = _CONFIG

    next_step_todo: Text  # "{step}" is replaced by the next step's title
    next_step_waiting: Text  # "{days}" and "{date}"
    all_done: Text
    help_line: Text


@dataclass(frozen=True)
class Texts:
    __pydantic_config__ = _CONFIG

    app_title: Text
    welcome: Welcome
    routes: dict[str, RouteText]  # one per phase of the catalogue
    reasons: dict[str, Text]  # one per reason code of the routing rules
    check_first_note: Text
    waiting: Text  # the waiting box; "{days}" and "{date}"
    waiting_no_date: Text  # the same when the application date is unknown
    deadline: Deadline
    summary: SummaryTexts


@dataclass(frozen=True)
class Content:
    """One language of a whole, validated content root."""

    language: str
    edition: str
    checked_on: date
    texts: Texts
    questions: tuple[Question, ...]
    steps: dict[str, Step]  # in the catalogue's order
    phases: dict[str, str] = field(default_factory=dict)  # step id -> phase id
    drawings: dict[str, str] = field(default_factory=dict)  # illustration -> SVG (drawings.py)
    usual_deadline: tuple[int, int] | None = None  # (month, day), from the catalogue

    def question(self, question_id: str) -> Question:
        return next(q for q in self.questions if q.id == question_id)

    def option_label(self, question_id: str, value: str) -> str:
        return next(o.label for o in self.question(question_id).options if o.value == value)

    def phase_of(self, step_id: str) -> str:
        return self.phases[step_id]

    def steps_with(self, feature: str) -> list[str]:
        return [s for s, step in self.steps.items() if step.has(feature)]


def content_from_plain(plain: dict[str, Any]) -> Content:
    return Content(
        language=plain["language"],
        edition=plain["edition"],
        checked_on=date.fromisoformat(plain["checked_on"]),
        texts=from_plain(Texts, plain["texts"]),
        questions=tuple(from_plain(Question, q) for q in plain["questions"]),
        steps={k: from_plain(Step, v) for k, v in plain["steps"].items()},
        phases=dict(plain["phases"]),
        drawings=dict(plain.get("drawings", {})),
        usual_deadline=tuple(plain["usual_deadline"]) if plain.get("usual_deadline") else None,
    )
