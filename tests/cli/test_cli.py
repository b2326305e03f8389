"""The command line as a user runs it: a real subprocess, real files."""
import json
import subprocess
import sys

from tests.conftest import ROOT, SAMPLES


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_convert_one_file_to_stdout():
    r = run("convert", SAMPLES / "plochingen.txt")
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["report_type"] == "kfd"
    assert rec["quality"]["unanswered_sections"] == ["recommendations"]


def test_convert_folder_mirrors_tree_and_keeps_colliding_names(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    text = (SAMPLES / "plochingen.txt").read_bytes()
    (src / "a.txt").write_bytes(text)
    (src / "sub" / "b.txt").write_bytes(text)
    (src / "sub" / "b.TXT.bak").write_bytes(text)       # not a supported extension: skipped
    (src / "c.txt").write_bytes(text)
    (src / "c.text").write_bytes(text)                  # same stem as c.txt: names keep the extension
    r = run("convert", src, "-o", tmp_path / "out")
    assert r.returncode == 0, r.stderr
    outs = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.json"))
    assert outs == ["a.json", "c.text.json", "c.txt.json", "sub/b.json"]
    assert "converted 4" in r.stderr and "1 other files skipped" in r.stderr


def test_bad_file_gives_one_line_and_others_still_convert(tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes((SAMPLES / "plochingen.txt").read_bytes())
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    fake = tmp_path / "fake.pdf"
    fake.write_text("this is not a pdf")
    r = run("convert", empty, good, fake, tmp_path / "nope.docx", "-o", tmp_path / "out")
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert f"{empty}: error [empty]: the file is empty (0 bytes)" in lines
    assert any(line.startswith(f"{fake}: error [corrupt]") for line in lines)
    assert any(line.startswith(f"{tmp_path / 'nope.docx'}: error [not_found]") for line in lines)
    assert "Traceback" not in r.stderr
    assert (tmp_path / "out" / "good.json").exists()


def test_several_inputs_without_output_give_json_lines():
    r = run("convert", SAMPLES / "real" / "lahr.txt", SAMPLES / "real" / "march.txt")
    assert r.returncode == 0, r.stderr
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert [rec["source"]["file"].rsplit("/", 1)[-1] for rec in records] == ["lahr.txt", "march.txt"]


def test_schema_command_prints_json_schema_with_spec_keys():
    r = run("schema", "kfd")
    assert r.returncode == 0
    schema = json.loads(r.stdout)
    assert set(schema["properties"]) == {
        "report_type", "schema_version", "source", "municipality", "contact", "events", "participants",
        "organisations", "moderation", "topics", "results", "costs", "sections", "entities", "quality", "text"}
    assert schema["$defs"]["Municipality"]["properties"]["population"]["anyOf"][0]["$ref"].endswith("Quantity")


def test_usage_error_exit_2():
    r = run("convert")
    assert r.returncode == 2
    r = run("schema", "nosuchtype")
    assert r.returncode == 2


def test_help_teaches():
    r = run("convert", "--help")
    assert r.returncode == 0
    assert "Examples:" in r.stdout and "Exit status" in r.stdout
