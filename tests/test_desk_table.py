"""The desk's rows, counts, filter and sort — without Qt. Each row is derived from the report
layer, so the desk says what the welcome page and the summary say."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.content import load_content
from wizard.content.validate import check_root
from wizard.desk.table import (
    COLUMNS,
    Filter,
    count,
    days_left,
    deadline_day,
    desk_row,
    desk_rows,
    matches,
    sort_key,
    sorted_rows,
)
from wizard.paths import content_root
from wizard.report.facts import summary_facts, whereabouts
from wizard.selftest import SCENARIOS
from wizard.store import Profile, Progress
from wizard.store.document import ProfileMeta

TODAY = date(2026, 11, 23)
R_STEPS = ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "C1", "C2", "C3", "C4", "C5"]


def profile(name: str, progress: Progress | None = None, uscc: str | None = None,
            note: str | None = None, read_only: bool = False, pid: str | None = None) -> Profile:
    return Profile(pid or name, ProfileMeta(name=name, uscc=uscc, note=note),
                   progress or Progress(), read_only=read_only)


def route_r(done: list[str], page: str, applied: date | None = None) -> Progress:
    p = Progress(answers=dict(SCENARIOS["route-r"].answers))
    for s in done:
        p.set_status(s, "done", TODAY - timedelta(days=20))
    p.applied_on = applied
    p.current_page = page
    return p


def waiting(days: int) -> Progress:
    return route_r(R_STEPS[:5], "step:R6", TODAY - timedelta(days=days))


def interview() -> Progress:
    p = Progress(answers={"legal_person_account": "yes"})
    p.current_page = "q:trust_level_l2"
    return p


def test_each_kind_of_employer(content):
    rows = {r.name: r for r in desk_rows(content, [
        profile("新", uscc="91440101MA5CKT8N0N"),
        profile("问", interview()),
        profile("做", route_r(R_STEPS[:2], "step:R3")),
        profile("等", waiting(12)),
        profile("完", route_r(R_STEPS, "summary")),
        profile("新版", read_only=True),
    ], TODAY)}
    new = rows["新"]
    assert (new.state, new.place, new.next_kind, new.route, new.done) == (
        "not_started", "not_started", "start", None, False)
    assert new.uscc == "91440101MA5CKT8N0N"
    asked = rows["问"]
    assert (asked.state, asked.place, asked.next_kind, asked.route) == (
        "in_progress", "interview", "interview", None)
    doing = rows["做"]
    assert (doing.state, doing.step_id, doing.step_status, doing.route) == ("in_progress", "R3", "todo", "R")
    assert (doing.next_kind, doing.next_step, doing.days_waited) == ("step", "R3", None)
    wait = rows["等"]
    assert (wait.state, wait.step_id, wait.step_status, wait.days_waited) == ("waiting", "R6", "waiting", 12)
    assert wait.next_kind == "waiting"
    done = rows["完"]
    assert (done.state, done.next_kind, done.done, done.step_id) == ("done", "done", True, None)
    newer = rows["新版"]
    assert (newer.state, newer.next_kind) == ("read_only", "update_program")


def test_the_code_comes_from_the_profile_or_else_the_employer_details(content):
    p = route_r([], "details")
    p.employer.uscc = "914403001922038216"
    p.employer.operator_name, p.employer.operator_mobile = "张三", "13812345678"
    row = desk_row(content, profile("甲", p), TODAY)
    assert (row.uscc, row.operator_name, row.operator_mobile) == (
        "914403001922038216", "张三", "13812345678")
    assert desk_row(content, profile("乙", p, uscc="91440101MA5CKT8N0N"), TODAY).uscc == \
        "91440101MA5CKT8N0N"


STATUS = st.sampled_from(["todo", "done", "later"])


@settings(max_examples=150, deadline=None)
@given(scenario=st.sampled_from(sorted(SCENARIOS)), statuses=st.lists(STATUS, min_size=13, max_size=13),
       page=st.sampled_from(["welcome", "q:authorization", "route", "details", "summary",
                             "step:R6", "step:S2", "step:C3"]),
       applied=st.one_of(st.none(), st.integers(0, 60)))
def test_the_desk_agrees_with_the_summary_and_the_welcome_page(content, scenario, statuses, page,
                                                               applied):
    """Whatever the progress, the desk's place is whereabouts()' and its next action is the
    summary's next step."""
    p = Progress(answers=dict(SCENARIOS[scenario].answers))
    for step, status in zip(p.plan().step_ids, statuses, strict=False):
        if status != "todo":
            p.set_status(step, status, TODAY)
    p.current_page = page
    p.applied_on = TODAY - timedelta(days=applied) if applied is not None else None
    row = desk_row(content, profile("甲", p), TODAY)
    where = whereabouts(content, p, TODAY)
    assert (row.place, row.step_id, row.done) == (where.state, where.step_id, where.finished)
    assert row.state == ("waiting" if where.state == "waiting" else "done" if where.finished
                         else "in_progress")
    if where.route is None:
        assert row.next_kind == "interview"
        return
    remaining = summary_facts(content, p, TODAY).remaining
    if not remaining:
        assert row.next_kind == "done"
    elif remaining[0].status == "waiting":
        assert row.next_kind == "waiting"
    else:
        assert (row.next_kind, row.next_step) == ("step", remaining[0].step_id)


def test_counts(content):
    rows = desk_rows(content, [profile("a"), profile("b"), profile("c", waiting(3)),
                               profile("d", waiting(17)), profile("e", route_r(R_STEPS, "summary")),
                               profile("f", interview()), profile("g", read_only=True)], TODAY)
    c = count(rows)
    assert (c.total, c.done, c.waiting, c.oldest_wait, c.not_started, c.in_progress) == (
        7, 1, 2, 17, 2, 1)
    nobody = count([])
    assert (nobody.total, nobody.oldest_wait) == (0, None)


def test_waiting_without_a_date_counts_but_has_no_days(content):
    row = desk_row(content, profile("等", route_r(R_STEPS[:5], "step:R6")), TODAY)
    assert row.state == "waiting" and row.days_waited is None
    assert count([row]).oldest_wait is None


def test_filter_by_state_days_and_search(content):
    rows = desk_rows(content, [
        profile("广州甲餐饮", uscc="91440101MA5CKT8N0N"), profile("佛山乙五金", waiting(3)),
        profile("深圳丙科技", waiting(30), note="下周二再来"), profile("丁", route_r(R_STEPS, "summary")),
    ], TODAY)

    def names(f: Filter) -> list[str]:
        return [r.name for r in rows if f.accepts(r)]

    assert names(Filter()) == ["广州甲餐饮", "佛山乙五金", "深圳丙科技", "丁"]
    assert names(Filter(state="waiting")) == ["佛山乙五金", "深圳丙科技"]
    assert names(Filter(state="not_started")) == ["广州甲餐饮"]
    assert names(Filter(state="done")) == ["丁"]
    assert names(Filter(waited_more_than=3)) == ["深圳丙科技"]  # more than 3 days: not 3 itself
    assert names(Filter(waited_more_than=2)) == ["佛山乙五金", "深圳丙科技"]
    assert names(Filter(query="佛山")) == ["佛山乙五金"]
    assert names(Filter(query="9144 0101")) == ["广州甲餐饮"]  # the code, spaces ignored
    assert names(Filter(query="mA5c")) == ["广州甲餐饮"]  # any case
    assert names(Filter(query="周二")) == ["深圳丙科技"]  # the note, as the list searched it
    assert names(Filter(state="waiting", query="广州")) == []


def test_matches_is_the_lists_search():
    assert matches("  ", "甲")
    assert matches("abc", "x", "A B C")
    assert not matches("乙", "甲", "")


def test_sort_every_column_ties_by_name_and_blanks_last(content):
    old = datetime(2026, 1, 5, tzinfo=UTC)
    a, b = waiting(3), waiting(40)
    a.updated_at, b.updated_at = old, old + timedelta(days=9)
    rows = desk_rows(content, [profile("丙", b), profile("乙"), profile("甲", a),
                               profile("丁", route_r(R_STEPS, "summary"))], TODAY)
    by = {c: [r.name for r in sorted_rows(rows, c)] for c in COLUMNS}
    assert by["days"] == ["甲", "丙", "丁", "乙"]  # 3, 40, then the two without (by name)
    assert [r.name for r in sorted_rows(rows, "days", descending=True)] == ["丙", "甲", "丁", "乙"]
    assert by["done"][-1] == "丁"
    assert by["step"][0] == "乙"  # not started comes first on the way
    assert [r.name for r in sorted_rows(rows, "last_visit")][:2] == ["甲", "丙"]
    for column in COLUMNS:  # every column sorts, and both ways hold the same rows
        assert sorted(by[column]) == sorted(r.name for r in rows)
        keys = [sort_key(r, column) for r in sorted_rows(rows, column)]
        present = [k for k in keys if k is not None]
        assert present == sorted(present)


def test_sort_key_refuses_an_unknown_column(content):
    with pytest.raises(KeyError):
        sort_key(desk_row(content, profile("甲"), TODAY), "salary")


# --- days left to the deadline -------------------------------------------------------------------
def test_days_left_to_the_usual_deadline_from_the_content():
    content = load_content()
    assert content.usual_deadline == (12, 31)  # catalogue.json: "usual_deadline": "12-31"
    assert deadline_day(content, TODAY) == date(2026, 12, 31)
    assert days_left(content, TODAY) == 38
    assert days_left(content, date(2026, 12, 31)) == 0
    assert days_left(content, date(2027, 1, 2)) == 363  # a new year: this year's deadline
    leap = replace(content, usual_deadline=(2, 29))
    assert deadline_day(leap, date(2027, 1, 1)) == date(2027, 2, 28)
    assert days_left(replace(content, usual_deadline=(6, 30)), date(2026, 7, 1)) == -1  # passed
    assert days_left(replace(content, usual_deadline=None), TODAY) is None  # none given: no count


@pytest.mark.parametrize("written", ["13-01", "12-32", "31.12", "12-31-2026", 1231])
def test_an_impossible_usual_deadline_is_a_content_problem(tmp_path, written):
    root = tmp_path / "content"
    shutil.copytree(content_root(), root)
    data = json.loads((root / "catalogue.json").read_text("utf-8"))
    data["usual_deadline"] = written
    (root / "catalogue.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    checked = check_root(root, ("zh_CN",))
    assert any("usual_deadline" in p for p in checked.problems), checked.problems


def test_search_folds_widths_as_names_are_compared():
    """A Chinese keyboard types full-width digits and brackets: they find the half-width ones
    (and back), as "the same name" already folds them."""
    from wizard.desk.table import matches

    assert matches("９１４４", "914401011234567890")
    assert matches("(广州", "某某（广州）有限公司")
    assert matches("ＡＢＣ", "abc 商行")
    assert not matches("(深圳", "某某（广州）有限公司")
