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
