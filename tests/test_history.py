"""Uploads, the change log and undo: validated before writing, atomic, inside knowledge/ only."""

from __future__ import annotations

import os
import sqlite3
import threading
import textwrap
from pathlib import Path

import pytest
from kbfactory import ARTICLE, CONCEPTS, PROVISIONS, RULES

import bot.history
from bot.__main__ import main
from bot.history import DB_FILENAME, Refused, apply_change, history, target_path, undo_last
from bot.ingest import MAX_UPLOAD_BYTES, save_upload
from bot.knowledge import load_knowledge

ADMIN = "telegram:42 @admin"

NEW_RULE = textwrap.dedent(
    """\
    - id: like-unggahan
      topic: media-sosial
      title:
        id: "Bolehkah PNS me-like unggahan calon?"
        en: "May a civil servant like a candidate's post?"
      questions:
        id:
          - Bolehkah PNS me-like unggahan calon?
          - pns like postingan calon boleh ga
          - bolehkah asn menyukai unggahan calon bupati
          - ASN memberi jempol di foto calon?
        en:
          - May a civil servant like a candidate's post?
          - Can I like a campaign post?
      situation:
        requires: [target-candidate]
      verdict: prohibited
      answer:
        id: Tidak boleh.
        en: No.
      basis: [pp94-p5-n-4]
      valid_as_of: 2026-11-24
    """
)


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under `root` (hidden ones included) and its bytes."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def refused(code: str, call: object, *args: object, **kw: object) -> Refused:
    with pytest.raises(Refused) as info:
        call(*args, **kw)  # type: ignore[operator]
    assert info.value.code == code, (info.value.params, info.value.problems)
    return info.value


# --------------------------------------------------------------------------- uploads


@pytest.mark.parametrize(
    ("name", "content", "kind", "where"),
    [
        ("tambahan.yaml", NEW_RULE, "rules", "rules/tambahan.yaml"),
        ("pp-baru.yaml", PROVISIONS.replace("pp94-p5-n-4", "pp-baru-1").replace("pp94-p7", "pp-baru-2"), "provisions", "provisions/pp-baru.yaml"),
        ("konsep-baru.yaml", "- id: act-share\n  kind: act\n  terms: [share, bagikan]\n", "concepts", "concepts/konsep-baru.yaml"),
        ("art-lain.md", ARTICLE.replace("art-test", "art-lain"), "articles", "articles/art-lain.md"),
        ("glossary.yaml", "synonyms:\n  - [like, suka]\n", "glossary", "glossary.yaml"),
    ],
)
def test_upload_goes_to_the_folder_its_content_belongs_to(
    admin_kb: Path, admin_data: Path, name: str, content: str, kind: str, where: str
) -> None:
    existed = (admin_kb / where).exists()
    result = save_upload(name, content.encode(), admin_kb, ADMIN, data=admin_data)
    assert (result.kind, result.file, result.replaced) == (kind, f"knowledge/{where}", existed)
    assert (admin_kb / where).read_text(encoding="utf-8") == content
    load_knowledge(admin_kb)  # the folder on disk is valid
    [change] = history(5, data=admin_data)
    assert (change.action, change.path, change.actor, change.created) == ("upload", where, ADMIN, not existed)


def test_replacing_a_file_keeps_the_previous_version_for_undo(admin_kb: Path, admin_data: Path) -> None:
    rules = admin_kb / "rules" / "rules.yaml"
    original = rules.read_bytes()
    edited = RULES.replace("Tidak boleh.", "Tidak boleh, termasuk mobil dinas.")
    assert save_upload("rules.yaml", edited.encode(), admin_kb, ADMIN, data=admin_data).replaced
    assert load_knowledge(admin_kb).rule("fasilitas-negara").answer["id"] == "Tidak boleh, termasuk mobil dinas."
    undone = undo_last(admin_kb, ADMIN, data=admin_data)
    assert rules.read_bytes() == original
    assert undone.knowledge.rule("fasilitas-negara").answer["id"] == "Tidak boleh."
    assert (undone.reverted.path, undone.change.action, undone.change.undoes) == ("rules/rules.yaml", "undo", undone.reverted.id)


def test_upload_with_errors_lists_file_line_problems_and_writes_nothing(admin_kb: Path, admin_data: Path) -> None:
    broken = NEW_RULE.replace("basis: [pp94-p5-n-4]", "basis: [tidak-ada]").replace("verdict: prohibited", "verdict: mungkin")
    before = snapshot(admin_kb)
    error = refused("invalid", save_upload, "tambahan.yaml", broken.encode(), admin_kb, ADMIN, data=admin_data)
    lines = broken.splitlines()
    verdict_line = next(n for n, line in enumerate(lines, 1) if "verdict:" in line)
    assert any(p.startswith(f"knowledge/rules/tambahan.yaml:{verdict_line}: ") and "verdict" in p for p in error.problems)
    assert error.params["count"] == len(error.problems)
    assert "nothing was saved" in error.message("en")
    assert snapshot(admin_kb) == before
    assert history(5, data=admin_data) == []


def test_yaml_syntax_error_reported_at_its_line(admin_kb: Path, admin_data: Path) -> None:
    error = refused("invalid", save_upload, "rusak.yaml", b"- id: a\n  terms: [x\n- id: b\n", admin_kb, ADMIN, data=admin_data)
    assert error.problems[0].startswith("rusak.yaml:")
    assert "YAML" in error.problems[0]


def test_many_problems_are_summarised(admin_kb: Path, admin_data: Path) -> None:
    cards = "".join(NEW_RULE.replace("like-unggahan", f"kartu-{n}").replace("pp94-p5-n-4", f"hilang-{n}") for n in range(30))
    error = refused("invalid", save_upload, "banyak.yaml", cards.encode(), admin_kb, ADMIN, data=admin_data)
    summary = error.summary()
    assert len(error.problems) == 30 and len(summary) == 21
    assert summary[-1].startswith("… and 10 more")


def test_a_valid_upload_that_breaks_another_file_is_refused(admin_kb: Path, admin_data: Path) -> None:
    """Validation covers the whole folder: dropping a provision a rule cites is an error in the rules file."""
    only_one = PROVISIONS.split("  - id: pp94-p7")[0]
    without = only_one.replace("pp94-p5-n-4", "pp94-p5-n-9")
    error = refused("invalid", save_upload, "pp94.yaml", without.encode(), admin_kb, ADMIN, data=admin_data)
    assert any(p.startswith("knowledge/rules/rules.yaml:") and "pp94-p5-n-4" in p for p in error.problems)


@pytest.mark.parametrize(
    "name",
    ["../rules.yaml", "rules/x.yaml", "X.yaml", ".x.yaml", "x.yml", "x.txt", "x.yaml.exe", "-x.yaml", "x .yaml", "x\x00.yaml", "", "a" * 81 + ".yaml"],
)
def test_file_name_rules(admin_kb: Path, admin_data: Path, name: str) -> None:
    before = snapshot(admin_kb)
    refused("bad_name", save_upload, name, NEW_RULE.encode(), admin_kb, ADMIN, data=admin_data)
    assert snapshot(admin_kb) == before


def test_size_encoding_kind_and_unchanged_refusals(admin_kb: Path, admin_data: Path) -> None:
    big = b"# " + b"x" * MAX_UPLOAD_BYTES
    assert refused("file_too_big", save_upload, "besar.yaml", big, admin_kb, ADMIN, data=admin_data).params["limit"] == "512 KB"
    error = refused("not_utf8", save_upload, "latin.yaml", b"- id: a\n  terms: [caf\xe9]\n", admin_kb, ADMIN, data=admin_data)
    assert error.params["line"] == 2
    refused("unknown_kind", save_upload, "apa.yaml", b"nama: sesuatu\n", admin_kb, ADMIN, data=admin_data)
    refused("unknown_kind", save_upload, "catatan.md", b"Bukan artikel.\n", admin_kb, ADMIN, data=admin_data)
    same = (admin_kb / "rules" / "rules.yaml").read_bytes()
    refused("unchanged", save_upload, "rules.yaml", same, admin_kb, ADMIN, data=admin_data)
    assert history(5, data=admin_data) == []


# --------------------------------------------------------------------------- never outside knowledge/


def test_paths_outside_the_folder_are_never_targets(admin_kb: Path) -> None:
    for rel in ("../x.yaml", "rules/../../x.yaml", "/etc/passwd", "rules/sub/x.yaml", "tests/x.yaml", "rules/.x.yaml"):
        refused("bad_name", target_path, admin_kb, rel)
    assert target_path(admin_kb, "rules/x.yaml") == admin_kb.resolve() / "rules" / "x.yaml"


def test_a_symlinked_file_is_not_written_through(admin_kb: Path, admin_data: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text(NEW_RULE, encoding="utf-8")
    (admin_kb / "rules" / "link.yaml").symlink_to(outside)
    refused("unsafe_path", save_upload, "link.yaml", NEW_RULE.replace("Tidak boleh.", "Ganti.").encode(), admin_kb, ADMIN, data=admin_data)
    assert outside.read_text(encoding="utf-8") == NEW_RULE


def test_a_symlinked_folder_is_not_written_into(admin_kb: Path, admin_data: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for moved in (admin_kb / "concepts").iterdir():
        moved.rename(elsewhere / moved.name)
    (admin_kb / "concepts").rmdir()
    (admin_kb / "concepts").symlink_to(elsewhere, target_is_directory=True)
    refused("unsafe_path", save_upload, "baru.yaml", b"- id: act-x\n  kind: act\n  terms: [x]\n", admin_kb, ADMIN, data=admin_data)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["concepts.yaml", "ranah.yaml"]


def test_trial_copy_reports_what_the_real_folder_would(admin_kb: Path, admin_data: Path, tmp_path: Path) -> None:
    """A symlink inside the folder pointing outside stays an error in the trial, as in `check`."""
    secret = tmp_path / "secret.yaml"
    secret.write_text(CONCEPTS, encoding="utf-8")
    (admin_kb / "concepts" / "luar.yaml").symlink_to(secret)
    error = refused("invalid", save_upload, "tambahan.yaml", NEW_RULE.encode(), admin_kb, ADMIN, data=admin_data)
    assert any(p.startswith("knowledge/concepts/luar.yaml:1: points outside") for p in error.problems)


# --------------------------------------------------------------------------- atomicity


def test_a_failed_write_leaves_no_file_no_temp_and_no_log_row(
    admin_kb: Path, admin_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(admin_kb)
    real_replace = os.replace

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bot.history.os, "replace", disk_full)
    with pytest.raises(OSError):
        save_upload("tambahan.yaml", NEW_RULE.encode(), admin_kb, ADMIN, data=admin_data)
    monkeypatch.setattr(bot.history.os, "replace", real_replace)
    assert snapshot(admin_kb) == before
    assert history(5, data=admin_data) == []


def test_a_failure_after_the_file_was_replaced_takes_it_back(admin_kb: Path, admin_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = admin_kb / "rules" / "rules.yaml"
    original = rules.read_bytes()
    real_put = bot.history._put
    calls: list[bytes | None] = []

    def put_then_break_the_log(path: Path, content: bytes | None) -> None:
        real_put(path, content)
        calls.append(content)
        if len(calls) == 1:
            # The file was replaced; then the disk fills up before the log row is committed.
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(bot.history, "_put", put_then_break_the_log)
    with pytest.raises(sqlite3.OperationalError):
        save_upload("rules.yaml", RULES.replace("Tidak boleh.", "Baru.").encode(), admin_kb, ADMIN, data=admin_data)
    monkeypatch.setattr(bot.history, "_put", real_put)
    assert rules.read_bytes() == original
    assert history(5, data=admin_data) == []


def test_concurrent_uploads_are_serialised(admin_kb: Path, admin_data: Path) -> None:
    errors: list[BaseException] = []

    def upload(n: int) -> None:
        try:
            save_upload(f"kartu-{n}.yaml", NEW_RULE.replace("like-unggahan", f"kartu-{n}").encode(), admin_kb, ADMIN, data=admin_data)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=upload, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert {f"kartu-{n}" for n in range(4)} <= set(load_knowledge(admin_kb).rules_by_id)
    assert len({c.id for c in history(10, data=admin_data)}) == 4


# --------------------------------------------------------------------------- history and undo


def test_history_lists_newest_first_with_who_what_and_where(admin_kb: Path, admin_data: Path) -> None:
    save_upload("satu.yaml", NEW_RULE.replace("like-unggahan", "satu").encode(), admin_kb, "telegram:1", data=admin_data)
    save_upload("dua.yaml", NEW_RULE.replace("like-unggahan", "dua").encode(), admin_kb, "telegram:2", data=admin_data)
    undo_last(admin_kb, "telegram:3", data=admin_data)
    changes = history(10, data=admin_data)
    assert [(c.actor, c.action, c.path) for c in changes] == [
        ("telegram:3", "undo", "rules/dua.yaml"),
        ("telegram:2", "upload", "rules/dua.yaml"),
        ("telegram:1", "upload", "rules/satu.yaml"),
    ]
    assert changes[1].undone_by == changes[0].id and changes[0].undoes == changes[1].id
    assert changes[0].removed and not changes[2].removed
    assert all(c.at.endswith("+00:00") for c in changes)
    assert len(history(2, data=admin_data)) == 2
    assert history(10, root=admin_kb, data=admin_data) == changes
    assert history(10, root=admin_kb.parent, data=admin_data) == []
    assert (admin_data / DB_FILENAME).stat().st_mode & 0o777 == 0o600  # admins' ids: owner only


def test_undo_walks_back_one_change_at_a_time(admin_kb: Path, admin_data: Path) -> None:
    original = snapshot(admin_kb)
    save_upload("satu.yaml", NEW_RULE.replace("like-unggahan", "satu").encode(), admin_kb, ADMIN, data=admin_data)
    save_upload("rules.yaml", RULES.replace("Tidak boleh.", "Baru.").encode(), admin_kb, ADMIN, data=admin_data)
    first = undo_last(admin_kb, ADMIN, data=admin_data)
    assert first.reverted.path == "rules/rules.yaml" and not first.change.removed
    second = undo_last(admin_kb, ADMIN, data=admin_data)
    assert second.reverted.path == "rules/satu.yaml" and second.change.removed
    assert snapshot(admin_kb) == original
    error = refused("nothing_to_undo", undo_last, admin_kb, ADMIN, data=admin_data)
    assert error.message("id") == "Tidak ada perubahan yang bisa dibatalkan."


def test_undo_refused_when_the_file_changed_since(admin_kb: Path, admin_data: Path) -> None:
    save_upload("satu.yaml", NEW_RULE.replace("like-unggahan", "satu").encode(), admin_kb, ADMIN, data=admin_data)
    path = admin_kb / "rules" / "satu.yaml"
    edited = path.read_text(encoding="utf-8").replace("Tidak boleh.", "Diedit di server.")
    path.write_text(edited, encoding="utf-8")
    error = refused("undo_conflict", undo_last, admin_kb, ADMIN, data=admin_data)
    assert error.params["file"] == "knowledge/rules/satu.yaml"
    assert path.read_text(encoding="utf-8") == edited


def test_undo_refused_when_the_folder_would_break(admin_kb: Path, admin_data: Path) -> None:
    """Removing an added article that a rule now cites would leave a dangling basis id."""
    save_upload("art-baru.md", ARTICLE.replace("art-test", "art-baru").encode(), admin_kb, ADMIN, data=admin_data)
    rules = admin_kb / "rules" / "rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("art-test]", "art-test, art-baru]"), encoding="utf-8")
    error = refused("invalid", undo_last, admin_kb, ADMIN, data=admin_data)
    assert any("art-baru" in p for p in error.problems)
    assert (admin_kb / "articles" / "art-baru.md").exists()


def test_check_still_validates_the_folder_on_disk(admin_kb: Path, admin_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_upload("satu.yaml", NEW_RULE.replace("like-unggahan", "satu").encode(), admin_kb, ADMIN, data=admin_data)
    assert main(["--knowledge", str(admin_kb), "check"]) == 0
    assert f"{len(load_knowledge(admin_kb).rules)} rules" in capsys.readouterr().out
    (admin_kb / "rules" / "satu.yaml").write_text("- id: [\n", encoding="utf-8")  # edited by hand on the server
    assert main(["--knowledge", str(admin_kb), "check"]) == 1
    assert "knowledge/rules/satu.yaml:" in capsys.readouterr().out


def test_apply_change_rejects_unknown_actions(admin_kb: Path, admin_data: Path) -> None:
    with pytest.raises(ValueError):
        apply_change(admin_kb, "rules/x.yaml", b"", actor=ADMIN, action="delete", data=admin_data)
