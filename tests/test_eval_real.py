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
    for name in ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14"):
        run = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "eval_validation_stats.py"), name],
            capture_output=True, text=True, check=False,
        )
        assert run.returncode == 0, run.stderr
        assert "| all items |" in run.stdout
