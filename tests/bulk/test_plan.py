"""The importer's planning rules (``importer.plan``) on real files and hand-made stored rows: what is
extracted, what is unchanged, moved or a duplicate. Every file lands in exactly one of them."""
import hashlib
import os
from pathlib import Path

import pytest

from extractor.bulk.importer import file_digest, is_older, plan
from extractor.bulk.store import StoredFile

VERSION = "2.3.0"


def write(folder, name: str, text: str):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def row(path, text: str | None, *, version: str = VERSION, report_type: str = "kfd", status: str = "ok",
        error_code: str | None = None, id: int = 1) -> StoredFile:
    return StoredFile(id, str(path), sha(text) if text is not None else None, version, report_type, status,
                      error_code, None)


def planned(files, stored, **kw) -> dict[str, list]:
    p = plan(files, stored, report_type=kw.pop("report_type", "kfd"), extractor_version=kw.pop("version", VERSION),
             **kw)
    return {"todo": [c.path.name for c in p.todo], "unchanged": [c.path.name for c, _ in p.unchanged],
            "moved": [(c.path.name, r.path) for c, r in p.moved],
            "duplicates": [(c.path.name, os.path.basename(held)) for c, held in p.duplicates]}


def test_new_files_are_extracted_with_their_digest_and_root(tmp_path):
    a, b = write(tmp_path, "a.txt", "Bericht A"), write(tmp_path, "sub/b.txt", "Bericht B")
    p = plan([a, b], [], report_type="kfd", extractor_version=VERSION, roots=[str(tmp_path), "other"])
    assert [c.path for c in p.todo] == [a, b] and not (p.unchanged or p.moved or p.duplicates)
    first = p.todo[0]
    assert (first.key, first.sha256, first.size, first.root) == (str(a.resolve()), sha("Bericht A"), 9, str(tmp_path))
    assert p.todo[1].root == "other" and first.raw_key is None
    assert plan([a], [], report_type="kfd").todo[0].root is None


def test_two_copies_in_one_batch_are_imported_once(tmp_path):
    a, copy = write(tmp_path, "a.txt", "same"), write(tmp_path, "copy.txt", "same")
    assert planned([a, copy], []) == {"todo": ["a.txt"], "unchanged": [], "moved": [],
                                      "duplicates": [("copy.txt", "a.txt")]}


def test_files_after_a_duplicate_are_still_planned(tmp_path):
    a, copy, b = write(tmp_path, "a.txt", "same"), write(tmp_path, "copy.txt", "same"), write(tmp_path, "b.txt", "b")
    stored_elsewhere = write(tmp_path, "stored.txt", "stored")
    copy_of_stored = write(tmp_path, "copy2.txt", "stored")
    p = planned([a, copy, copy_of_stored, b], [row(stored_elsewhere.resolve(), "stored")])
    assert p["todo"] == ["a.txt", "b.txt"]
    assert p["duplicates"] == [("copy.txt", "a.txt"), ("copy2.txt", "stored.txt")]


def test_names_that_are_not_utf8_keep_their_bytes(tmp_path):
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw, "wb") as fh:
        fh.write(b"text")
    name = os.fsdecode(raw)
    (cand,) = plan([Path(name)], [], report_type="kfd").todo
    assert cand.raw_key == raw and cand.key == os.fsdecode(os.fsencode(tmp_path)) + "/caf\\xe9.txt"
    # stored under such a name, the file still holds the content: a second copy is a duplicate, not a move
    stored = StoredFile(1, cand.key, sha("text"), VERSION, "kfd", "ok", None, None, raw_path=raw)
    copy = write(tmp_path, "copy.txt", "text")
    assert planned([copy], [stored])["duplicates"] == [("copy.txt", "caf\\xe9.txt")]


def test_a_symlink_loop_keeps_its_own_path_as_key(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    (cand,) = plan([loop], [], report_type="kfd").todo
    assert cand.key == str(loop) and cand.sha256 is None


def test_one_file_named_twice_is_extracted_once(tmp_path):
    a = write(tmp_path, "a.txt", "x")
    p = planned([a, a], [])
    assert p["todo"] == ["a.txt"] and p["duplicates"] == [("a.txt", "a.txt")]


def test_unreadable_files_are_extracted_to_report_why_and_are_no_copies_of_each_other(tmp_path):
    gone, also_gone = tmp_path / "gone.txt", tmp_path / "also-gone.txt"
    p = plan([gone, also_gone], [], report_type="kfd")
    assert [c.path for c in p.todo] == [gone, also_gone] and p.todo[0].sha256 is None and p.todo[0].size is None


def test_unchanged_content_at_its_path_is_not_extracted_again(tmp_path):
    a = write(tmp_path, "a.txt", "text")
    assert planned([a], [row(a.resolve(), "text")])["unchanged"] == ["a.txt"]
    assert planned([a], [row(a.resolve(), "text")], force=True)["todo"] == ["a.txt"]


@pytest.mark.parametrize("stored,running,again", [
    ("2.2.9", "2.3.0", True), ("2.3.0", "2.3.0", False),
    ("2.10.0", "2.9.0", False),         # newer (PEP 440, not string order): left alone
    ("2.3.0", "2.3.0.post1", True), ("2.3.0rc1", "2.3.0", True), ("not a version", "2.3.0", True),
    ("2.3", "2.3.0", False),            # the same version written shorter
])
def test_older_extractor_versions_are_extracted_again_newer_ones_not(tmp_path, stored, running, again):
    a = write(tmp_path, "a.txt", "text")
    p = planned([a], [row(a.resolve(), "text", version=stored)], version=running)
    assert p["todo" if again else "unchanged"] == ["a.txt"]
    assert is_older(stored, running) is again


def test_another_report_type_is_extracted_again(tmp_path):
    a = write(tmp_path, "a.txt", "text")
    assert planned([a], [row(a.resolve(), "text", report_type="minutes")])["todo"] == ["a.txt"]


@pytest.mark.parametrize("code,again", [("timeout", True), ("internal", True), ("corrupt", False),
                                        ("encrypted", False)])
def test_only_transient_failures_are_tried_again(tmp_path, code, again):
    a = write(tmp_path, "a.txt", "text")
    p = planned([a], [row(a.resolve(), "text", status="failed", error_code=code)])
    assert p["todo" if again else "unchanged"] == ["a.txt"]


def test_a_copy_of_stored_content_is_a_duplicate_while_the_stored_path_holds_it(tmp_path):
    a, copy = write(tmp_path, "a.txt", "text"), write(tmp_path, "copy.txt", "text")
    stored = [row(a.resolve(), "text")]
    assert planned([copy], stored)["duplicates"] == [("copy.txt", "a.txt")]      # a not in this batch
    assert planned([a, copy], stored) == {"todo": [], "unchanged": ["a.txt"], "moved": [],
                                          "duplicates": [("copy.txt", "a.txt")]}


def test_moved_content_updates_the_path_and_is_not_extracted(tmp_path):
    old = tmp_path / "old.txt"                       # no longer there
    new = write(tmp_path, "new.txt", "text")
    assert planned([new], [row(old, "text")])["moved"] == [("new.txt", str(old))]
    changed = write(tmp_path, "old2.txt", "other text")  # the stored path now holds other content
    assert planned([new], [row(changed.resolve(), "text")])["moved"] == [("new.txt", str(changed.resolve()))]


def test_moved_in_the_batch_when_the_stored_path_is_there_with_new_content(tmp_path):
    a, b = write(tmp_path, "a.txt", "new content"), write(tmp_path, "b.txt", "old content")
    stored = [row(a.resolve(), "old content")]
    p = planned([a, b], stored)
    assert p["todo"] == ["a.txt"] and p["moved"] == [("b.txt", str(a.resolve()))] and p["duplicates"] == []


def test_moved_but_outdated_content_is_extracted_again(tmp_path):
    new = write(tmp_path, "new.txt", "text")
    assert planned([new], [row(tmp_path / "old.txt", "text", version="0.9")])["todo"] == ["new.txt"]


def test_changed_content_at_a_stored_path_is_extracted(tmp_path):
    a = write(tmp_path, "a.txt", "new")
    assert planned([a], [row(a.resolve(), "old")])["todo"] == ["a.txt"]


def test_stored_rows_without_content_match_nothing(tmp_path):
    a = write(tmp_path, "a.txt", "text")
    assert planned([a], [row(tmp_path / "gone.txt", None, status="failed", error_code="not_found")])["todo"] == [
        "a.txt"]


def test_digest_of_what_is_no_regular_file(tmp_path):
    assert file_digest(tmp_path) == (None, None)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert file_digest(fifo) == (None, None)                       # and it does not wait for a writer
    assert file_digest(write(tmp_path, "a.txt", "abc")) == (sha("abc"), 3)
