"""The command line as a user runs it: a real subprocess, real files."""
import json
import re
import subprocess
import sys

from tests.conftest import ROOT, SAMPLES
from tests.support.bulk import run_on_terminal


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
    assert f"converted 4 into {tmp_path / 'out'}, failed 0, 1 other file skipped" in r.stderr.splitlines()


def test_bad_file_gives_one_line_and_others_still_convert(tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes((SAMPLES / "plochingen.txt").read_bytes())
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    fake = tmp_path / "fake.pdf"
    fake.write_text("this is not a pdf")
    r = run("convert", empty, good, fake, "-o", tmp_path / "out")
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    # not a terminal: one plain line per file, a failure named as "<file>: error [<code>]: <reason>"
    assert re.fullmatch(rf"\[1/3\] failed +\d+\.\d\ds  {re.escape(str(empty))}: error \[empty\]: "
                        r"the file is empty \(0 bytes\)", lines[0]), lines
    assert re.fullmatch(rf"\[2/3\] ok +\d+\.\d\ds  {re.escape(str(good))}", lines[1]), lines
    assert re.match(rf"\[3/3\] failed +\d+\.\d\ds  {re.escape(str(fake))}: error \[corrupt\]: ", lines[2]), lines
    assert lines[3:] == [f"converted 1 into {tmp_path / 'out'}, failed 2"]
    assert "Traceback" not in r.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["good.json"]


def test_one_bad_file_gives_the_bare_error_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run("convert", empty)
    assert (r.returncode, r.stdout) == (1, "")
    assert r.stderr == f"{empty}: error [empty]: the file is empty (0 bytes)\n"


def test_a_missing_input_is_a_usage_error_and_nothing_is_converted(tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes((SAMPLES / "plochingen.txt").read_bytes())
    r = run("convert", good, tmp_path / "nope.docx", "-o", tmp_path / "out")
    assert r.returncode == 2
    assert r.stderr == f"error: no such file or folder: {tmp_path / 'nope.docx'}\n"   # one line, no second guess
    assert not (tmp_path / "out").exists()


def test_standard_input_is_sniffed_and_gives_the_same_record(tmp_path):
    for sample in ("plochingen.txt", "plochingen.pdf", "plochingen.docx"):
        data = (SAMPLES / sample).read_bytes()
        piped = subprocess.run([sys.executable, "-m", "extractor", "convert", "-"], input=data,
                               capture_output=True, cwd=ROOT, timeout=300)
        assert piped.returncode == 0, piped.stderr
        from_stdin = json.loads(piped.stdout)
        from_file = json.loads(run("convert", SAMPLES / sample).stdout)
        assert from_stdin["source"]["file"] == "<stdin>"
        assert from_stdin["source"]["format"] == sample.rsplit(".", 1)[1]
        from_stdin["source"]["file"] = from_file["source"]["file"]
        assert from_stdin == from_file, sample
    empty = subprocess.run([sys.executable, "-m", "extractor", "convert", "-"], input=b"", capture_output=True,
                           cwd=ROOT, timeout=300)
    assert (empty.returncode, empty.stdout) == (1, b"")
    assert empty.stderr == b"<stdin>: error [empty]: the file is empty (0 bytes)\n"
    r = run("convert", "-", SAMPLES / "plochingen.txt")
    assert r.returncode == 2 and "cannot be combined" in r.stderr


def test_output_file_format_from_its_extension(tmp_path):
    two = [SAMPLES / "real" / "lahr.txt", SAMPLES / "real" / "march.txt"]
    r = run("convert", *two, "-o", tmp_path / "all.jsonl")
    assert r.returncode == 0, r.stderr
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["municipality"]["name"] for line in lines] == ["Lahr/Schwarzwald", "March"]
    assert r.stderr.splitlines()[-1] == f"converted 2 into {tmp_path / 'all.jsonl'}, failed 0"
    r = run("convert", *two, "-o", tmp_path / "all.json")
    assert [rec["municipality"]["name"] for rec in json.loads((tmp_path / "all.json").read_text())] == \
        ["Lahr/Schwarzwald", "March"]                             # several records in .json: an array
    r = run("convert", two[0], "-f", "jsonl")
    assert r.stdout.count("\n") == 1 and json.loads(r.stdout)["municipality"]["name"] == "Lahr/Schwarzwald"
    for bad in (["-o", tmp_path / "x.csv"], ["-o", tmp_path / "x.json", "-f", "jsonl"],
                ["-o", tmp_path / "folder/", "-f", "jsonl"]):
        r = run("convert", *two, *bad)
        assert r.returncode == 2 and r.stderr.startswith("error: "), bad
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.json", "all.jsonl"]   # the refused wrote nothing


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


def test_the_data_contract_in_the_repository_is_the_record_as_it_is():
    """docs/kfd-record.schema.json is what `schema kfd` prints, and docs/kfd-record.md names the form's
    sections as the report type has them; the README links both."""
    from extractor.core import registry
    committed = json.loads((ROOT / "docs" / "kfd-record.schema.json").read_text(encoding="utf-8"))
    assert committed == json.loads(run("schema", "kfd").stdout), \
        "regenerate: report-extractor schema kfd -o docs/kfd-record.schema.json"
    doc = (ROOT / "docs" / "kfd-record.md").read_text(encoding="utf-8")
    part = doc[doc.index("## The ten sections"):]
    table = re.findall(r"^\| `(\w+)` \| ([^|]+?) \|$", part[:part.index("\n## ", 3)], re.M)
    assert table == [(s.key, s.heading) for s in registry.get("kfd").form.sections]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/kfd-record.md)" in readme and "](docs/kfd-record.schema.json)" in readme
    assert "../shared" not in readme


def test_usage_error_exit_2():
    r = run("convert")
    assert r.returncode == 2
    r = run("schema", "nosuchtype")
    assert r.returncode == 2


def test_help_teaches():
    r = run("convert", "--help")
    assert r.returncode == 0
    assert "Examples:" in r.stdout and "Exit status" in r.stdout


def test_convert_shows_a_progress_bar_on_a_terminal(tmp_path):
    code, text = run_on_terminal("convert", SAMPLES / "real" / "lahr.txt", SAMPLES / "real" / "march.txt",
                                 "-o", tmp_path / "out")
    assert code == 0, text
    assert "converting" in text and "2/2" in text and "━" in text
    assert not re.search(r"^\[1/2\] ok", text, re.M)          # no plain lines on a terminal
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["lahr.json", "march.json"]
