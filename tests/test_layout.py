"""The project's shape: spiders/ and pipelines/ are ours, Scrapy finds everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_spiders_and_pipelines_import_from_this_repo():
    # PyPI has unrelated packages named `spiders` and `pipelines`; ours must win.
    import pipelines
    import spiders

    assert Path(spiders.__file__).resolve().parent == ROOT / "spiders"
    assert Path(pipelines.__file__).resolve().parent == ROOT / "pipelines"


def test_library_never_imports_spiders_or_pipelines():
    offenders = []
    for path in (ROOT / "newscrawl").rglob("*.py"):
        for line in path.read_text().splitlines():
            stripped = line.strip()
            if stripped.startswith(("import spiders", "from spiders", "import pipelines", "from pipelines")):
                offenders.append(f"{path.relative_to(ROOT)}: {stripped}")
    assert offenders == []


def test_scrapy_list_shows_registered_sites():
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr
    assert "sindobatam" in proc.stdout.split()
