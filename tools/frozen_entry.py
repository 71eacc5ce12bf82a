"""The program's entry point inside the PyInstaller bundle (see build.spec).

PyInstaller runs a script, not a console-script entry point; this is `wengang-wizard` /
`python -m wizard` in script form.
"""

import sys

from wizard.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
