"""Employer names: one normaliser wherever a name enters, one key for every "same name" check,
and clash suffixes that always fit the stored maximum (issue 14 item 9)."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.store.names import (
    NAME_LIMIT,
    STORED_NAME_MAX,
    clean_text,
    file_name_part,
    name_key,
    normalise_name,
    same_name,
    unique_name,
)
from wizard.store.profiles import ProfileMeta

FORBIDDEN = {"Cc", "Cf", "Cs", "Zl", "Zp"}

# Names as people and files really bring them: CJK, Latin, full-width forms, odd spaces, marks,
# control and format characters, line separators.
name_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from("广州某有限公司（）()【】 　\t\n\r\x00\x1f\x7f\x85\u200b\u200d\u2028\u2029"
                        "\ufeff\u00ad\u202eＡＢｃ１２ﬁ\u0301"),
        st.characters(),  # includes lone surrogates, as JSON "\\ud800" can give
    ),
    max_size=300,
)


def test_constants_leave_room_for_a_suffix():
    assert STORED_NAME_MAX == ProfileMeta.model_fields["name"].metadata[-1].max_length == 100
    assert NAME_LIMIT + len("（99999）") <= STORED_NAME_MAX


@pytest.mark.parametrize("raw, expected", [
    ("  广州市  某某 餐饮\t有限公司 ", "广州市 某某 餐饮 有限公司"),
    ("某某\x00公司", "某某公司"),  # NUL: ValueError on export (issue 14 item 9)
    ("某某\u200b公司\ufeff", "某某公司"),  # zero-width space, BOM: invisible
    ("某某\u202e公司", "某某公司"),  # right-to-left override: reorders what is shown
    ("某某\u2028公司", "某某 公司"),  # line separator: a space, not glued together
    ("某某\n\n公司", "某某 公司"),
    ("ＡＢＣ　１２３", "ABC 123"),  # full-width letters, digits and ideographic space
    ("ﬁne", "fine"),  # compatibility ligature
    ("某某（广州）有限公司", "某某（广州）有限公司"),  # the licence's full-width brackets stay
    ("e\u0301", "é"),  # composed
    ("\u200b \x00", ""),
])
def test_normalise_name(raw, expected):
    assert normalise_name(raw) == expected


def test_long_names_are_cut_at_the_limit_without_trailing_space():
    assert normalise_name("甲" * 150) == "甲" * NAME_LIMIT
    assert normalise_name("甲" * (NAME_LIMIT - 1) + " 乙") == "甲" * (NAME_LIMIT - 1)


def test_a_clash_suffix_is_kept_beyond_the_limit():
    """A name made unique by unique_name() stays as it is when it is normalised again."""
    suffixed = "甲" * NAME_LIMIT + "（2）"
    assert normalise_name(suffixed) == suffixed
    assert normalise_name("甲" * 120 + "（12）") == "甲" * NAME_LIMIT + "（12）"
    assert normalise_name("甲" * 120 + "（123456789）") == "甲" * NAME_LIMIT  # not a suffix


def test_clean_text_has_its_own_limit():
    assert clean_text(" 备注\x00一 ", 200) == "备注一"
    assert clean_text("x" * 300, 200) == "x" * 200
    assert clean_text(None, 10) == ""


@pytest.mark.parametrize("a, b", [
    ("某某公司", " 某某  公司 "),
    ("ABC Trading", "abc trading"),
    ("ABC Trading", "ＡＢＣ　ｔｒａｄｉｎｇ"),
    ("某某（广州）有限公司", "某某(广州)有限公司"),
    ("Straße GmbH", "STRASSE GMBH"),
    ("某某\u200b公司", "某某公司"),
])
def test_same_name_ignores_width_case_spaces_and_invisibles(a, b):
    assert same_name(a, b)
    assert name_key(a) == name_key(b)


def test_different_names_differ():
    assert not same_name("某某公司", "某某分公司")
    assert name_key("甲（2）") != name_key("甲")


@given(name_text)
@settings(max_examples=400)
def test_normalised_names_are_clean_stable_and_storable(raw):
    name = normalise_name(raw)
    assert normalise_name(name) == name  # idempotent: normalising again changes nothing
    assert not FORBIDDEN & {unicodedata.category(c) for c in name}
    assert name == name.strip() and "  " not in name
    assert all(c == " " or not c.isspace() for c in name)
    assert len(name) <= STORED_NAME_MAX
    assert len(name) <= NAME_LIMIT or name.endswith(("）", ")"))
    assert name_key(name) == name_key(raw)
    name.encode("utf-8")  # no lone surrogates
    json.dumps(name, ensure_ascii=False).encode("utf-8")
    if name:
        assert ProfileMeta(name=name).name == name


def test_unique_name_returns_a_free_name_unchanged():
    assert unique_name("某某公司", ["别的公司"]) == "某某公司"
    assert unique_name(" 某某\x00公司 ", []) == "某某公司"


def test_unique_name_counts_up_past_taken_suffixes():
    taken = ["某某公司", "某某 公司（2）", "某某公司(3)"]
    assert unique_name("某某公司", taken) == "某某公司（4）"


def test_unique_name_of_a_suffixed_name_continues_its_numbering():
    assert unique_name("某某公司（2）", ["某某公司", "某某公司（2）"]) == "某某公司（3）"


def test_a_100_character_name_plus_suffix_still_fits():
    """Issue 14 item 9: a 100-character name plus "（2）" raised ValidationError on import."""
    long_name = "甲" * STORED_NAME_MAX
    made = unique_name(long_name, [long_name])
    assert made == "甲" * NAME_LIMIT + "（2）"
    ProfileMeta(name=made)


@given(name_text.filter(lambda t: normalise_name(t)), st.lists(name_text, max_size=5),
       st.integers(min_value=0, max_value=40))
@settings(max_examples=300)
def test_unique_name_is_free_storable_and_stable(raw, others, copies):
    # `copies` earlier imports of the same name already made their suffixed copies
    taken = [*others, raw]
    for _ in range(copies):
        taken.append(unique_name(raw, taken))
    made = unique_name(raw, taken)
    assert name_key(made) not in {name_key(t) for t in taken}
    assert len(made) <= STORED_NAME_MAX
    assert normalise_name(made) == made
    assert ProfileMeta(name=made).name == made


def test_unique_name_refuses_an_empty_name():
    with pytest.raises(ValueError):
        unique_name("\u200b", [])


@pytest.mark.parametrize("name, part", [
    ("广州市某某（天河）有限公司", "广州市某某（天河）有限公司"),
    ('A/B\\C:D*E?F"G<H>I|J', "ABCDEFGHIJ"),
    ("某某\x00公司", "某某公司"),
    ("  ..某某公司.. ", "某某公司"),
    ("甲" * 60, "甲" * 40),
    ("\u200b", ""),
    (None, ""),
])
def test_file_name_part(name, part):
    assert file_name_part(name) == part


@given(name_text)
def test_a_file_name_part_can_always_be_opened(tmp_path_factory, raw):
    part = file_name_part(raw)
    folder = tmp_path_factory.mktemp("names")
    path = folder / f"{part or '单位'}-20250605.json"
    path.write_text("{}", encoding="utf-8")  # a NUL here raised ValueError (issue 14 item 9)
    assert path.parent == folder and path.read_text(encoding="utf-8") == "{}"
