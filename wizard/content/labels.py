"""Portal labels in content: `【label_id】` in the files, `【单位登录】(Employer login)` on screen.

The portal speaks Simplified Chinese whatever the user reads, so a label always shows its exact
portal spelling; other languages add their gloss after it. The spelling and glosses live once
in the catalogue (wizard/catalogue.py), so respelling a label is one line there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from wizard.catalogue import PORTAL_LANGUAGE, Catalogue

MARKER = re.compile(r"【([^】]*)】")
GLOSS_FORMAT = {"zh_HK": "【{portal}】（{gloss}）"}  # Chinese brackets for Chinese text
DEFAULT_FORMAT = "【{portal}】({gloss})"


def render_label(catalogue: Catalogue, label_id: str, language: str) -> str:
    label = catalogue.labels[label_id]
    if language == PORTAL_LANGUAGE or language not in label.gloss:
        return f"【{label.portal}】"
    return GLOSS_FORMAT.get(language, DEFAULT_FORMAT).format(portal=label.portal,
                                                              gloss=label.gloss[language])


def render_text(text: str, catalogue: Catalogue, language: str) -> str:
    return MARKER.sub(lambda m: render_label(catalogue, m.group(1), language), text)


def render_tree(data: Any, catalogue: Catalogue, language: str) -> Any:
    """Every string in parsed content JSON with its labels rendered."""
    if isinstance(data, str):
        return render_text(data, catalogue, language) if "【" in data else data
    if isinstance(data, list):
        return [render_tree(v, catalogue, language) for v in data]
    if isinstance(data, dict):
        return {k: render_tree(v, catalogue, language) for k, v in data.items()}
    return data


def markers(data: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """(place, label id) of every 【…】 in parsed content JSON, for the content check."""
    if isinstance(data, str):
        for m in MARKER.finditer(data):
            yield where, m.group(1)
    elif isinstance(data, list):
        for i, v in enumerate(data, 1):
            yield from markers(v, f"{where}[{i}]")
    elif isinstance(data, dict):
        for k, v in data.items():
            yield from markers(v, f"{where}.{k}" if where else k)
