"""Write the step drawings of a content root as SVG files, to look at or print them.

    uv run python tools/draw_schematics.py OUT [ROOT]

The program draws them itself from ROOT/schematics.json and the catalogue's labels
(wizard/content/drawings.py); nothing here is committed or shipped. ROOT defaults to the
program's own content. Problems are reported as the content check reports them (exit 1).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    from wizard.content.validate import check_catalogue, check_drawings
    from wizard.paths import content_root

    out = Path(argv[0])
    root = Path(argv[1]) if len(argv) > 1 else content_root()
    problems: list[str] = []
    catalogue = check_catalogue(root, problems)
    drawings = check_drawings(root, catalogue, problems) if catalogue else None
    for line in problems:
        print(line, file=sys.stderr)
    if drawings is None:
        return 1
    out.mkdir(parents=True, exist_ok=True)
    for name, svg in drawings.items():
        (out / f"{name}.svg").write_text(svg, encoding="utf-8", newline="\n")
    print(f"{len(drawings)} drawings in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
