"""The offline CLI, run as a user would: `python -m bot ...` in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from kbfactory import RULES, write_kb


def run(*args: str, stdin: bytes | None = None, kb: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    cmd = [sys.executable, "-m", "bot"]
    if kb is not None:
        cmd += ["--knowledge", str(kb)]
    return subprocess.run(cmd + list(args), input=stdin, capture_output=True, timeout=60)


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_kb(tmp_path_factory.mktemp("cli"))


def test_ask_prints_text_answer(kb: Path) -> None:
    out = run("ask", "Bolehkah PNS memakai mobil dinas untuk kampanye?", kb=kb)
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    assert text.startswith("❌ Dilarang") and "Dasar: PP 94/2021 Pasal 5 huruf n angka 4" in text


def test_ask_json_is_one_object(kb: Path) -> None:
    out = run("ask", "--json", "May a civil servant use an official car for a campaign?", kb=kb)
    data = json.loads(out.stdout)
    assert data["lang"] == "en" and data["verdict"] == "prohibited" and not data["abstained"]
    assert data["citations"][0]["id"] == "pp94-p5-n-4"


def test_ask_json_stream_gives_one_line_per_input_line(kb: Path) -> None:
    stdin = b"pns pakai mobil dinas kampanye?\n\nresep rendang\n" + b"\xff\xfe bad\n"
    out = run("ask", "--json", "-", stdin=stdin, kb=kb)
    lines = out.stdout.decode().splitlines()
    assert len(lines) == 4
    answers = [json.loads(line) for line in lines]
    assert answers[0]["verdict"] == "prohibited"
    assert answers[1]["abstained"] and answers[1]["question"] == ""
    assert answers[2]["abstained"] and answers[2]["citations"] == []
    assert "not valid UTF-8" in answers[3]["answer"] and answers[3]["abstained"]
    assert out.returncode == 2 and b"line 4" in out.stderr


def test_text_stream_reports_empty_lines_and_answers_the_rest(kb: Path) -> None:
    out = run("ask", "-", stdin=b"pns pakai mobil dinas kampanye?\n\n", kb=kb)
    assert out.returncode == 2 and b"line 2: empty question" in out.stderr
    assert out.stdout.decode().count("Dilarang") == 1


def test_empty_question_is_an_error(kb: Path) -> None:
    out = run("ask", "  ", kb=kb)
    assert out.returncode == 2 and b"empty question" in out.stderr


def test_check_ok_and_broken(kb: Path, tmp_path: Path) -> None:
    ok = run("check", kb=kb)
    assert ok.returncode == 0 and ok.stdout.startswith(b"OK:")
    broken = write_kb(tmp_path, **{"rules/rules.yaml": RULES.replace("art-test]", "missing-id]")})
    bad = run("check", kb=broken)
    assert bad.returncode == 1
    assert b"knowledge/rules/rules.yaml:" in bad.stdout and b"unknown basis id 'missing-id'" in bad.stdout


def test_check_prints_style_warnings_and_strict_fails_on_them(tmp_path: Path) -> None:
    long_answer = "Tidak boleh. " + "Kalimat penjelasan yang panjang sekali. " * 20
    kb = write_kb(tmp_path, **{"rules/rules.yaml": RULES.replace("id: Tidak boleh.", f"id: {long_answer}")})
    lenient, strict = run("check", kb=kb), run("check", "--strict", kb=kb)
    assert lenient.returncode == 0 and b"OK:" in lenient.stdout
    assert b"warning: rule fasilitas-negara: answer.id has" in lenient.stdout
    assert b"warning: rule fasilitas-negara: the short answer in 'id' is about" in lenient.stdout
    assert strict.returncode == 1 and b"2 warning(s)" in strict.stderr


def test_ask_with_broken_knowledge_says_where(tmp_path: Path) -> None:
    broken = write_kb(tmp_path, **{"rules/rules.yaml": RULES.replace("verdict: prohibited", "verdict: nope")})
    out = run("ask", "mobil dinas", kb=broken)
    assert out.returncode == 1 and b"rules.yaml:17: rule fasilitas-negara: verdict: 'nope' is not allowed" in out.stderr


def test_passages_prints_json_lines(kb: Path) -> None:
    out = run("passages", kb=kb)
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert {r["id"] for r in rows} == {"pp94-p5-n-4", "pp94-p7", "art-test#1"}
    assert set(rows[0]) == {"id", "kind", "source", "ref", "title", "text"}


def test_chat_loop_answers_until_empty_line(kb: Path) -> None:
    out = run("chat", stdin=b"pns pakai mobil dinas kampanye?\n\n", kb=kb)
    assert out.returncode == 0 and "Dilarang" in out.stdout.decode()


def _run_env(args: list[str], kb: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Like run(), with a strict UTF-8 stdio (PYTHONIOENCODING=utf-8, as most desktop locales)."""
    import os

    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    cmd = [sys.executable.encode(), b"-m", b"bot", b"--knowledge", str(kb).encode(), *(a.encode() if isinstance(a, str) else a for a in args)]
    return subprocess.run(cmd, input=stdin, capture_output=True, timeout=60, env=env)


def test_non_utf8_argv_gets_one_json_line_with_an_error(kb: Path) -> None:
    # Break-in finding 22: a traceback under strict stdout, invalid UTF-8 inside the JSON otherwise.
    out = _run_env(["ask", "--json", b"\xff\xfe mobil dinas kampanye"], kb)  # type: ignore[list-item]
    (line,) = out.stdout.decode("utf-8").splitlines()
    data = json.loads(line)
    assert out.returncode == 2 and "not valid UTF-8" in data["error"] and "\ufffd" in data["question"]
    assert b"Traceback" not in out.stderr


def test_chat_survives_non_utf8_stdin_and_keeps_the_topic(kb: Path) -> None:
    out = _run_env(["chat"], kb, stdin=b"pns pakai mobil dinas kampanye?\n\xff\xfe\nterus sanksinya apa?\n")
    text = out.stdout.decode("utf-8")
    assert out.returncode == 0 and b"Traceback" not in out.stderr and b"not valid UTF-8" in out.stderr
    assert text.count("Dilarang") >= 1


def test_a_huge_invalid_line_is_echoed_capped(kb: Path) -> None:
    # Break-in finding 23: a 10 MB bad line became a 30 MB output line.
    out = run("ask", "--json", "-", stdin=b"\xff" * 3_000_000 + b"\n", kb=kb)
    (line,) = out.stdout.splitlines()
    data = json.loads(line)
    assert data["error"] == "line 1: input is not valid UTF-8" and len(data["question"]) <= 4096
    assert len(line) < 20_000
