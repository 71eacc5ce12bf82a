"""The guide content as pydantic models: what a content folder must contain.

A content folder (resources/content/<lang>/) holds
  texts.json       welcome page, route names, reason texts, deadline, summary texts
  questions.json   the interview questions with their options and "怎么查？" help
  steps/<ID>.json  one file per step of the domain map (S1–S5, R1–R7, C1–C5)
"""

from __future__ import annotations

import unicodedata
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

from wizard.content.links import link_problem

Text = Field(min_length=1)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Link(_Model):
    label: str = Text
    url: str

    @field_validator("url")
    @classmethod
    def _gov_https(cls, url: str) -> str:
        problem = link_problem(url)
        if problem:
            raise ValueError(problem)
        return url

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""


class HelpItem(_Model):
    problem: str = Text
    solution: str = Text
    links: tuple[Link, ...] = ()


class Step(_Model):
    id: str = Text
    route: Literal["S", "R", "C"]
    title: str = Text  # the page title: what to do, in plain words
    short_title: str = Field(min_length=1, max_length=24)  # side panel: see _fits_panel
    purpose: str = Text  # one sentence: what this step achieves
    instructions: tuple[str, ...] = Field(min_length=1)
    links: tuple[Link, ...] = ()
    illustration: str | None = None  # file name under resources/illustrations/
    check_first: str = Text  # how to tell whether it is already done (shown on "unsure")
    help: tuple[HelpItem, ...] = Field(min_length=1)  # "遇到问题？": every step has some

    @field_validator("short_title")
    @classmethod
    def _fits_panel(cls, text: str) -> str:
        # The side panel has room for 12 Chinese characters, or about 24 Latin letters.
        width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
        if width > 24:
            raise ValueError("太长：侧栏最多放 12 个汉字或 24 个英文字母")
        return text


class Option(_Model):
    value: str = Text
    label: str = Text
    hint: str | None = None


class Question(_Model):
    id: str = Text
    title: str = Text
    explanation: str = Text
    how_to_check: str = Text
    options: tuple[Option, ...] = Field(min_length=2)


class Questions(_Model):
    questions: tuple[Question, ...] = Field(min_length=1)


class PrepareByRoute(_Model):
    """What to have at hand once the route is known (the general list is for before)."""

    S: tuple[str, ...] = Field(min_length=1)
    R: tuple[str, ...] = Field(min_length=1)


class Welcome(_Model):
    title: str = Text
    intro: tuple[str, ...] = Field(min_length=1)
    prepare: tuple[str, ...] = Field(min_length=1)  # before the interview
    prepare_by_route: PrepareByRoute  # after it: for the route that fits
    duration: str = Text


class RouteText(_Model):
    name: str = Text
    short: str = Text
    description: str = Text


class Deadline(_Model):
    text: str = Text  # e.g. "每年 12 月 31 日前"
    detail: str = Text
    source: str = Text


class SummaryTexts(_Model):
    next_step_todo: str = Text  # "{step}" is replaced by the next step's title
    next_step_waiting: str = Text  # "{days}" and "{date}"
    all_done: str = Text
    help_line: str = Text


class Texts(_Model):
    app_title: str = Text
    welcome: Welcome
    routes: dict[Literal["S", "R", "C"], RouteText]
    reasons: dict[str, str]
    check_first_note: str = Text
    waiting: str = Text  # R6's waiting box; "{days}" and "{date}"
    waiting_no_date: str = Text  # the same when the application date is unknown
    deadline: Deadline
    summary: SummaryTexts


class Content(_Model):
    """A whole, validated content folder."""

    language: str
    texts: Texts
    questions: tuple[Question, ...]
    steps: dict[str, Step]

    def question(self, question_id: str) -> Question:
        return next(q for q in self.questions if q.id == question_id)

    def option_label(self, question_id: str, value: str) -> str:
        return next(o.label for o in self.question(question_id).options if o.value == value)
