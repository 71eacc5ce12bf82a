"""Snapshots of the saved formats' JSON Schema, one per schema version (schemas/).

    uv run python tools/schemas.py          write the snapshot of the current version
    uv run python tools/schemas.py --check  exit 1 if the models differ from their snapshot

tests/test_saved_schema.py runs the check: a change to a saved model must come with a new
SCHEMA_VERSION, a migration from the previous one, and the new snapshot (the rule is written
in wizard/store/document.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SNAPSHOTS = ROOT / "schemas"


def saved_formats() -> dict[str, tuple[int, dict]]:
    """name -> (schema version, JSON Schema) of every format the program saves."""
    from wizard.store.document import SCHEMA_VERSION, ProfileDocument
    from wizard.validation import json_schema

    return {"profile": (SCHEMA_VERSION, json_schema(ProfileDocument))}


def snapshot_path(name: str, version: int) -> Path:
    return SNAPSHOTS / f"{name}-v{version}.json"


def structure(schema):
    """The schema as every pydantic the project allows writes it: without prose ("description":
    only some versions copy a dataclass's docstring), without the redundant "type" beside a
    "const" and the key limits ("propertyNames") that only newer versions add. The snapshot
    guards the format, not the generator."""
    if isinstance(schema, dict):
        return {k: structure(v) for k, v in schema.items()
                if not ((k == "description" and isinstance(v, str)) or k == "propertyNames"
                        or (k == "type" and "const" in schema))}
    if isinstance(schema, list):
        return [structure(v) for v in schema]
    return schema


def text(schema: dict) -> str:
    return json.dumps(structure(schema), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    problems = []
    for name, (version, schema) in saved_formats().items():
        path = snapshot_path(name, version)
        if "--check" in argv:
            if not path.exists():
                problems.append(f"{path.name} missing: run tools/schemas.py")
            elif path.read_text(encoding="utf-8") != text(schema):
                problems.append(f"{name}: the saved model changed but its version is still {version}")
        elif not path.exists() or path.read_text(encoding="utf-8") != text(schema):
            SNAPSHOTS.mkdir(exist_ok=True)
            path.write_text(text(schema), encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    print("\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
