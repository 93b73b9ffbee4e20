"""The real-user evaluation set stays valid, meets its floors and matches its frozen hashes."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_eval_real_set_is_valid_and_frozen():
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "eval_real_stats.py")],
        capture_output=True, text=True, check=False,
    )
    assert run.returncode == 0, run.stderr
    assert (ROOT / "tests" / "eval" / "real" / "FROZEN.sha256").exists()


def test_later_validation_sets_are_valid_and_meet_their_floors():
    names = sorted((p.name for p in (ROOT / "tests" / "eval").glob("dev*") if p.is_dir()), key=lambda n: int(n[3:]))
    assert names[0] == "dev2" and len(names) >= 13, names  # dev2 … dev14, and every later set
    for name in names:
        run = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "eval_validation_stats.py"), name],
            capture_output=True, text=True, check=False,
        )
        assert run.returncode == 0, run.stderr
        assert "| all items |" in run.stdout
