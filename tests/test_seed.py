"""The reference article through the command line, checked by ../shared/gold/check_article.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.model, pytest.mark.gold]

#: should-checks of the seed that pass today; a change that loses one fails here
SHOULD_FLOOR = 28


def test_seed_article_passes_every_must_check(gold_dir: Path, tmp_path: Path) -> None:
    checker = gold_dir / "check_article.py"
    expect = gold_dir / "seed" / "expect.json"
    cmd = [sys.executable, str(checker), str(expect), "--run", sys.executable, "-m", "eventwire"]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr
    failing = [ln for ln in res.stdout.splitlines() if ln.startswith("FAIL must")]
    assert res.returncode == 0, f"{last}\n" + "\n".join(failing)
    should = int(last.split("should ")[1].split("/")[0])
    assert should >= SHOULD_FLOOR, last
