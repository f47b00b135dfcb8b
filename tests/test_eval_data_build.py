"""``make evaldata`` (eval/data/build.py): what it asks for, and what it reads from a git directory."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from tests.helpers import load_script

SCRIPT = Path(__file__).resolve().parent.parent / "eval" / "data" / "build.py"


def load() -> ModuleType:
    return load_script(SCRIPT, "evaldata_build")


def test_without_a_source_it_says_what_to_give(capsys: pytest.CaptureFixture[str]) -> None:
    build = load()
    assert build.main([]) == 2
    assert "--wikinews DIR, --polnear DIR and/or --wikievents-train DIR" in capsys.readouterr().err
    assert build.main(["--polnear", "no/such/folder"]) == 2


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_git_directory_gives_the_asked_paths_only(tmp_path: Path) -> None:
    work = tmp_path / "work"
    for path, text in {
        "data/metadata.tsv": "filename\tcompartment\n",
        "data/dev/text/a.txt": "A text.\n",
        "data/dev/attributions/a_4b22.ann": "",
        "data/test/text/b.txt": "Reserved.\n",
    }.items():
        (work / path).parent.mkdir(parents=True, exist_ok=True)
        (work / path).write_text(text, encoding="utf-8")
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "fixture"], check=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True)
    build = load()
    git_dir = work / ".git"
    assert build.is_git_dir(git_dir) and not build.is_git_dir(work)
    files = dict(build.git_blobs(git_dir, build.POLNEAR_PATHS, commit.stdout.strip()))
    assert files == {
        "data/metadata.tsv": b"filename\tcompartment\n",
        "data/dev/text/a.txt": b"A text.\n",
        "data/dev/attributions/a_4b22.ann": b"",
    }
