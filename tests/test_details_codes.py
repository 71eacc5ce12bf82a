"""The employer-details checks: what each wrong code says, and that nothing ever blocks."""

from __future__ import annotations

import pytest
from stdnum.cn import uscc

from wizard.details import (
    check_management_code,
    check_mobile,
    check_org_code,
    check_uscc,
    normalise_code,
    org_check_char,
    search_codes,
)
from wizard.store.progress import EmployerDetails
from wizard.ui.words import say


def said(check) -> tuple[str, ...]:
    """The check's messages as the user reads them (Simplified Chinese: the source wording)."""
    return tuple(say(m) for m in check.messages)

HUAWEI = "914403001922038216"  # public codes of well-known companies
TENCENT = "9144030071526726XG"
STDNUM_EXAMPLE = "91110000600037341L"
WITH_U = "91440101MA5UABC04P"  # made with the check functions: has a U for the V typo
LETTER_FIRST = "N2440111123456788Q"  # registering authority N (农业): stdnum wants a digit


# --- 统一社会信用代码 ---------------------------------------------------------------------------
@pytest.mark.parametrize("code", [HUAWEI, TENCENT, STDNUM_EXAMPLE, WITH_U, LETTER_FIRST])
def test_valid_uscc_is_ok(code):
    check = check_uscc(code)
    assert check.level == "ok" and check.value == code and check.keep
    assert said(check) == ("格式正确，校验位也对上了。",)


@pytest.mark.parametrize("typed", ["9144 0300 7152 6726 xg", "9144030071526726xg",
                                   "９１４４０３００７１５２６７２６ＸＧ", "91440300-71526726-XG"])
def test_spaces_lower_case_and_full_width_are_normalised(typed):
    assert normalise_code(typed) == TENCENT
    assert check_uscc(typed).level == "ok"
    assert check_uscc(typed).value == TENCENT


def test_wrong_check_character_asks_to_check_position_18_and_where_to_look():
    check = check_uscc(TENCENT[:-1] + "H")
    assert check.level == "warn" and check.keep
    assert said(check)[0] == "第 18 位（最后一位，校验位）和前面的对不上，请核对。"
    # The organisation code inside (characters 9–17) is fine: the mistake is elsewhere.
    assert said(check)[1] == "错处多半在第 1–8 位或第 18 位。"
    assert check.marks == (1, 2, 3, 4, 5, 6, 7, 8, 18)
    # Never blocks: some real early codes fail the check.
    assert "就不用改" in said(check)[2]


def test_a_mistake_inside_the_organisation_code_is_located_there():
    wrong = TENCENT[:15] + "7" + TENCENT[16:]  # character 16 changed
    check = check_uscc(wrong)
    assert check.level == "warn"
    assert "第 18 位（最后一位，校验位）" in said(check)[0] and "核对" in said(check)[0]
    assert said(check)[1] == "错处多半在第 9–17 位。"
    assert check.marks == tuple(range(9, 18))


@pytest.mark.parametrize("valid, pos, letter, meant", [
    (HUAWEI, 9, "I", "数字 1"),
    (HUAWEI, 5, "O", "数字 0"),
    (HUAWEI, 11, "Z", "数字 2"),
    (TENCENT, 11, "S", "数字 5"),
    (WITH_U, 12, "V", "字母 U"),
])
def test_letters_not_in_the_alphabet_are_pointed_out_as_typos(valid, pos, letter, meant):
    typed = valid[:pos - 1] + letter + valid[pos:]
    check = check_uscc(typed)
    assert check.level == "warn" and check.keep
    assert said(check)[0] == (f"第 {pos} 位是字母 {letter}。统一社会信用代码里没有 {letter}，"
                                 f"是不是{meant}？")
    assert said(check)[-1] == "照上面改过来，校验位就对上了。"
    assert check.marks == (pos,)


def test_two_typos_are_both_named():
    check = check_uscc("9144O3OO1922038216")
    assert [m[:6] for m in said(check)[:3]] == ["第 5 位是", "第 7 位是", "第 8 位是"]


def test_typo_that_does_not_explain_the_checksum_does_not_claim_it_does():
    check = check_uscc("9144O30019220382I7")
    assert check.level == "warn"
    assert "照上面改过来，校验位就对上了。" not in said(check)


@pytest.mark.parametrize("typed, expected", [
    ("9144030071526726X", "只有 17 位。统一社会信用代码是 18 位，请核对是否漏了。"),
    ("9144030071526726XGG", "多了 1 位：统一社会信用代码是 18 位，现在有 19 位，请核对。"),
    ("91440300", "只有 8 位。统一社会信用代码是 18 位，请核对是否漏了。"),
])
def test_wrong_lengths(typed, expected):
    check = check_uscc(typed)
    assert check.level == "warn" and said(check)[-1] == expected


def test_nine_characters_suggest_the_organisation_code_field():
    check = check_uscc("71526726X")
    assert "组织机构代码" in said(check)[-1]


def test_while_typing_a_short_code_only_counts():
    check = check_uscc("91440300", finished=False)
    assert check.level == "incomplete"
    assert said(check) == ("已输入 8 位，还差 10 位（共 18 位）。",)
    # ...but a typo is said at once, even before the code is complete.
    check = check_uscc("9144O", finished=False)
    assert check.level == "warn" and said(check)[0].startswith("第 5 位是字母 O")


def test_characters_that_are_not_letters_or_digits():
    check = check_uscc("91440300715267。6XG")
    assert check.level == "warn"
    assert said(check)[0] == "第 15 位“。”不是数字或字母，请核对。"


def test_letters_where_the_region_code_has_digits():
    check = check_uscc("9A4403007152672" + "6XG")
    assert said(check)[0] == "第 2 位应该是数字，现在是字母 A，请核对。"


def test_an_id_card_number_is_recognised_and_not_kept():
    check = check_uscc("11010519491231002X")
    assert check.level == "warn" and not check.keep
    assert "身份证号码" in said(check)[0]


def test_empty_is_empty():
    assert check_uscc("  ").level == "empty"


def test_our_check_agrees_with_stdnum_on_random_codes():
    import random

    rng = random.Random(7)
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    for _ in range(300):
        body = "9" + "".join(rng.choice("0123456789") for _ in range(7)) + \
            "".join(rng.choice(alphabet) for _ in range(9))
        good = body + uscc.calc_check_digit(body)
        bad = body + next(c for c in alphabet if c != good[-1])
        assert check_uscc(good).level == "ok" and uscc.is_valid(good)
        assert check_uscc(bad).level == "warn" and not uscc.is_valid(bad)


# --- 组织机构代码 (GB 11714) ---------------------------------------------------------------------
@pytest.mark.parametrize("body, check", [
    ("60003734", "1"), ("71526726", "X"), ("19220382", "1"), ("10000004", "0"),
    ("MA59ABCD", "1"), ("ma59abcd", "1"),
])
def test_org_check_char(body, check):
    assert org_check_char(body) == check


@pytest.mark.parametrize("body", ["1234567", "123456789", "1234567。"])
def test_org_check_char_refuses_what_is_not_a_body(body):
    with pytest.raises(ValueError):
        org_check_char(body)


@pytest.mark.parametrize("typed, value", [("60003734-1", "600037341"),
                                          ("71526726-x", "71526726X"),
                                          (" 19220382 1", "192203821"), ("100000040", "100000040")])
def test_valid_org_codes(typed, value):
    check = check_org_code(typed)
    assert check.level == "ok" and check.value == value


@pytest.mark.parametrize("typed, expected", [
    ("60003734-2", "第 9 位（最后一位，校验位）和前面的对不上，请核对。"),
    ("60003734-O", "第 9 位（校验位）只能是数字或 X，现在是字母 O，是不是数字 0？"),
    ("6000373", "组织机构代码是 9 位（证书上印作“8 位-1 位”），现在是 7 位，请核对。"),
    (TENCENT, "这是 18 位，像是统一社会信用代码：请填到上面“统一社会信用代码”一栏。"),
])
def test_org_code_problems(typed, expected):
    check = check_org_code(typed)
    assert check.level == "warn" and said(check)[-1] == expected


def test_org_code_while_typing():
    assert check_org_code("6000", finished=False).level == "incomplete"


# --- 经办人手机, 单位管理码 -----------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["13812345678", "138 1234 5678", "138-1234-5678",
                                   "１３８１２３４５６７８", "19912345678"])
def test_valid_mobiles(typed):
    check = check_mobile(typed)
    assert check.level == "ok" and check.value == normalise_code(typed)


@pytest.mark.parametrize("typed, expected", [
    ("1381234567", "手机号码是 11 位，现在是 10 位，请核对。"),
    ("138123456789", "手机号码是 11 位，现在是 12 位，请核对。"),
    ("12812345678", "手机号码一般以 13 到 19 开头，现在是“12”开头，请核对。"),
    ("23812345678", "手机号码一般以 13 到 19 开头，现在是“23”开头，请核对。"),
    ("+8613812345678", "不用填 +86，只填 11 位手机号码。"),
    ("1381234567a", "手机号码只能是数字，第 11 位是字母 a，请核对。"),
])
def test_mobile_warnings_never_block(typed, expected):
    check = check_mobile(typed)
    assert check.level == "warn" and said(check) == (expected,) and check.keep


def test_mobile_while_typing_counts():
    assert said(check_mobile("138123", finished=False)) == ("已输入 6 位，还差 5 位（共 11 位）。",)


def test_management_code_is_free_text_up_to_20():
    assert check_management_code("粤社保-0001 AB").level == "ok"
    assert check_management_code("x" * 20).level == "ok"
    check = check_management_code("x" * 21)
    assert check.level == "warn" and said(check) == ("单位管理码最多 20 位，现在有 21 位，请核对。",)


# --- which code R5 searches by ------------------------------------------------------------------
def test_search_codes_prefer_the_uscc_then_org_code_then_management_code():
    assert search_codes(EmployerDetails()) == []
    assert search_codes(EmployerDetails(management_code="A1")) == [("management_code", "A1")]
    both = EmployerDetails(uscc=TENCENT, org_code="715267260", management_code="A1")
    assert [k for k, _ in search_codes(both)] == ["uscc", "org_code", "management_code"]
