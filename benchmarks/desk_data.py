"""Made-up employers for the desk's benchmark and screenshots: plausible names and codes, and a
spread of progress (not started, answering, on a step, waiting for the SMS, done).

    write_employers(data_folder, n, today)   n profile files, as the program writes them
    write_list(path, n, existing)            a .xlsx list of n rows: new employers, some
                                             duplicates, merges and rows with warnings

Deterministic (a seeded random generator): the same n always gives the same employers.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CITIES = ["广州市越秀区", "广州市天河区", "佛山市南海区", "深圳市福田区", "东莞市长安镇", "中山市小榄镇",
          "珠海市香洲区", "江门市蓬江区", "惠州市惠城区", "肇庆市端州区", "汕头市龙湖区", "湛江市赤坎区"]
TRADES = ["好味道餐饮", "示例五金制品", "某某科技", "精密模具", "灯饰", "海风贸易",
          "家家乐超市", "顺达物流", "文具", "玩具", "海鲜大排档", "五金交电",
          "美发", "汽车维修", "印刷", "服装加工", "药房", "装饰工程"]
KINDS = ["有限公司", "商行", "厂", "店", "经营部"]
SURNAMES = "陈李黄张梁刘林何罗郑谢冯"
GIVEN = ["伟", "芳", "敏", "静", "强", "丽", "军", "洁", "勇", "艳", "杰", "娟"]
# How the made-up employers stand, with their shares.
SPREAD = (("not_started", 30), ("interview", 10), ("step", 20), ("waiting", 25), ("done", 15))


def uscc(rng: random.Random) -> str:
    """A well-formed 统一社会信用代码 (check characters right) of a Guangzhou company."""
    from stdnum.cn import uscc as stdnum_uscc

    from wizard.details.codes import org_check_char

    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    head = "91440101" + body + org_check_char(body)
    return head + stdnum_uscc.calc_check_digit(head)


LIST_CITIES = ["清远市清城区", "韶关市浈江区", "河源市源城区", "梅州市梅江区", "阳江市江城区", "茂名市茂南区",
               "潮州市湘桥区", "揭阳市榕城区", "云浮市云城区", "汕尾市城区", "清远市英德市", "韶关市曲江区"]


def names(rng: random.Random, cities: list[str]) -> list[str]:
    """Every city × trade × kind once, shuffled: plausible names, never two alike."""
    every = [f"{c}{t}{k}" for c in cities for t in TRADES for k in KINDS]
    rng.shuffle(every)
    return every


def progress_for(kind: str, rng: random.Random, today: date):
    from wizard.selftest import SCENARIOS
    from wizard.store import Progress

    if kind == "not_started":
        return Progress()
    if kind == "interview":
        p = Progress(answers={"legal_person_account": "no"})
        p.current_page = "q:trust_level_l2"
        return p
    p = Progress(answers=dict(SCENARIOS["route-r"].answers))
    steps = p.plan().step_ids
    done = {"step": rng.randint(1, 4), "waiting": 5, "done": len(steps)}[kind]
    applied = today - timedelta(days=rng.randint(1, 40))
    for step in steps[:done]:
        p.set_status(step, "done", applied if kind != "step" else today - timedelta(days=2))
    if kind in ("waiting", "done"):
        p.applied_on = applied
    p.current_page = "summary" if kind == "done" else f"step:{steps[done]}"
    return p


def employers(n: int, today: date, seed: int = 18):
    """n profiles in memory (not saved), spread over the kinds above."""
    from wizard.store import ProfileStore

    rng = random.Random(seed)
    store = ProfileStore(Path("/nonexistent"))  # only to make profiles; nothing is written
    kinds = [k for k, share in SPREAD for _ in range(share)]
    made = []
    unit_names = names(rng, CITIES)
    for k in range(n):
        profile = store.new_profile(unit_names[k], uscc(rng) if rng.random() < 0.7 else None,
                                    "下周二再来" if k % 9 == 1 else None)
        profile.progress = progress_for(kinds[(k * 37) % len(kinds)] if n > 1 else "step", rng, today)
        if rng.random() < 0.6:
            employer = profile.progress.employer
            employer.operator_name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            employer.operator_mobile = f"13{rng.randint(0, 9)}{rng.randint(10_000_000, 99_999_999)}"
        visited = today - timedelta(days=rng.randint(0, 30))
        profile.progress.updated_at = datetime.combine(visited, time(rng.randint(8, 17), rng.randint(0, 59)),
                                                       UTC)
        made.append(profile)
    return made


def write_employers(data: Path, n: int, today: date) -> list:
    """n profile files in the data folder, written as the program writes them."""
    from wizard.store import ProfileStore

    store = ProfileStore(data)
    made = employers(n, today)
    for profile in made:
        if not store.save(profile, touch=False):
            raise SystemExit(f"could not write a profile in {data}: {store.last_error}")
    return made


def write_list(path: Path, n: int, existing: list, seed: int = 7) -> Path:
    """A list as a service centre keeps it: mostly new employers, a few already on the desk
    (merged), a few twice, a few with a mistyped code or mobile, one without a name."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    unit_names = names(rng, LIST_CITIES)
    wb = Workbook()
    sheet = wb.active
    sheet.title = "服务名单"
    sheet.append(["2026 年稳岗返还 服务名单（社区服务中心）"])
    sheet.append(["序号", "单位名称", "统一社会信用代码", "联系人", "联系电话", "备注"])
    for k in range(n):
        if existing and k % 10 == 3:  # already on the desk: merged
            known = existing[(k // 10) % len(existing)]
            row = [known.name, known.meta.uscc or "", rng.choice(SURNAMES) + rng.choice(GIVEN),
                   f"139{rng.randint(10_000_000, 99_999_999)}", ""]
        elif k % 10 == 5 and k > 0:  # the row before, again
            row = [sheet.cell(sheet.max_row, 2).value, "", "", "", "再次登记"]
        else:
            code = uscc(rng) if rng.random() < 0.8 else ""
            mobile = f"13{rng.randint(0, 9)}{rng.randint(10_000_000, 99_999_999)}"
            if k % 17 == 4 and code:
                code = code[:-1] + ("0" if code[-1] != "0" else "1")  # a mistyped check character
            if k % 23 == 8:
                mobile = mobile[:-1]  # a digit short
            row = [unit_names[k], code,
                   rng.choice(SURNAMES) + rng.choice(GIVEN), mobile, ""]
        if k == 11:
            row[0] = ""  # no name: left out
        sheet.append([k + 1, *row])
    wb.save(path)
    return path
