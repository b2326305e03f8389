"""Fuzz the readers with mutated sample files; report crashes, hangs and offset violations.

Run from the repository root:

    python -m testkit.fuzz --seconds 600                  # all readers, 600 s in total
    python -m testkit.fuzz --reader pdf --seconds 300 --engine loop
    python -m testkit.fuzz --replay <findings>/<file>     # run one input, print the outcome
    python -m testkit.fuzz --minimise <findings>/<file>   # shrink it, keeping the failure

Seeds: samples/plochingen.{txt,docx,pdf}, the PDFs in samples/real-pdf/ and a few files of
tests/data/bad/. Each input goes through ``extractor.readers.read`` (format sniffing included) and,
when it reads, through the section splitter. A *finding* is:

- an exception other than ``ExtractionError`` (``crash``),
- an input that runs past ``--input-timeout`` seconds (``hang``: a watchdog thread ends the worker,
  which also catches hangs inside C code) or a worker that dies (``died``: segfault, out of memory
  under the ``--memory-mb`` address-space limit),
- a block, section, prompt, answer or label whose offsets do not point at its text (``offsets``).

Findings are deduplicated by kind, exception type and the innermost frame, and saved as
``<out>/findings/<kind>-<reader>-<hash>.<ext>`` with a ``.txt`` beside it saying what happened.

Engines. ``atheris`` (when installed: ``pip install atheris``) is coverage-guided libFuzzer over the
instrumented readers and their libraries, with this module's structure-aware mutator mixed into
libFuzzer's byte mutations. ``loop`` needs nothing: seeded random structure-aware mutations. Either
way every reader runs in its own worker process under a time budget of ``--seconds`` shared by the
readers (pdf gets half: it is the slowest and most complex). The exit status is 1 when there are
findings.

Mutations (``mutate``): byte flips, truncation, deleted/duplicated/inserted chunks, interesting
numbers; in a zip (docx): XML edits inside a member (dropped tags, duplicated elements, odd attribute
values) re-zipped, or damaged zip headers (sizes, CRCs, offsets, compression method); in a PDF: number
tokens replaced, keywords dropped, and a content stream inflated, edited and deflated again; in text:
odd Unicode, control characters, huge lines, BOMs and re-encodings.
"""
from __future__ import annotations

import argparse
import faulthandler
import hashlib
import io
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = {"txt": ".txt", "docx": ".docx", "pdf": ".pdf"}
SHARE = {"txt": 0.2, "docx": 0.3, "pdf": 0.5}
MAX_SEED_BYTES = 300_000
# What atheris instruments for coverage feedback: the readers and the libraries they drive.
INSTRUMENTED = ["extractor.readers", "extractor.core.document", "extractor.core.textnorm", "pdfminer", "pdfplumber",
                "pypdfium2", "docx", "charset_normalizer", "zipfile"]


def seeds(reader: str) -> list[Path]:
    found = [ROOT / "samples" / f"plochingen{SUFFIX[reader]}"]
    bad = ROOT / "tests" / "data" / "bad"
    if reader == "pdf":
        found += sorted(p for p in (ROOT / "samples" / "real-pdf").glob("*.pdf") if p.stat().st_size <= MAX_SEED_BYTES)
        found += [bad / "encrypted.pdf", bad / "many_pages.pdf"]
    elif reader == "txt":
        found += sorted((ROOT / "samples" / "real").glob("*.txt"))[:3] + [bad / "utf16le_nobom.txt"]
    return [p for p in found if p.exists()]


# --------------------------------------------------------------------------------------- mutations

INTERESTING = [b"0", b"-1", b"1", b"255", b"65535", b"2147483647", b"-2147483648", b"4294967296",
               b"99999999999999999999", b"1e308", b"-0", b"0.0000001", b"NaN", b"3.4e38", b""]
ODD_TEXT = ["\x00", "\ufeff", "\u202e", "\u200b", "\ud7ff", "\U0001f600", "\u0301" * 50, "ﬁ", "\r", "\r\n",
            "\u2028", "\x0c", "\t" * 100, " " * 5000, "ß" * 1000, "A" * 200_000, "Angaben zur Kommune:",
            "1. Konzept", "\xad", "•", "–"]


def _bytes_mutation(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 64)))
    b = bytearray(data)
    op = rng.randrange(7)
    at = rng.randrange(len(b))
    if op == 0:  # bit flips
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
    elif op == 1:  # truncate
        del b[rng.randrange(len(b)):]
    elif op == 2:  # delete a chunk
        del b[at:at + rng.randint(1, max(1, len(b) // 8))]
    elif op == 3:  # duplicate a chunk
        chunk = b[at:at + rng.randint(1, 4096)]
        b[at:at] = chunk * rng.randint(1, 4)
    elif op == 4:  # random bytes
        b[at:at] = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 32)))
    elif op == 5:  # overwrite with 0x00 / 0xff
        n = rng.randint(1, 16)
        b[at:at + n] = bytes([rng.choice((0, 255))]) * n
    else:  # an interesting number where a number was
        m = list(re.finditer(rb"-?\d+(?:\.\d+)?", bytes(b[max(0, at - 2000):at + 2000])))
        if m:
            hit = rng.choice(m)
            start = max(0, at - 2000) + hit.start()
            b[start:start + len(hit.group())] = rng.choice(INTERESTING)
    return bytes(b)


def _text_mutation(rng: random.Random, data: bytes) -> bytes:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _bytes_mutation(rng, data)
    op = rng.randrange(5)
    at = rng.randrange(len(text) + 1)
    if op == 0:
        text = text[:at] + rng.choice(ODD_TEXT) + text[at:]
    elif op == 1:  # a huge line
        text = text[:at] + text[at:at + 200].replace("\n", " ") * rng.randint(100, 2000) + text[at:]
    elif op == 2:
        text = "".join(chr(rng.randrange(0x20, 0x2FFF)) if rng.random() < 0.05 else ch for ch in text)
    elif op == 3:
        return rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b""]) + text.encode(
            rng.choice(["utf-16-le", "utf-16-be", "cp1252", "utf-8", "utf-32"]), errors="replace")
    else:
        lines = text.split("\n")
        rng.shuffle(lines)
        text = "\n".join(lines)
    return text.encode("utf-8", errors="surrogatepass")


def _xml_mutation(rng: random.Random, blob: bytes) -> bytes:
    op = rng.randrange(6)
    tags = [m for m in re.finditer(rb"<(/?)([\w:]+)([^>]*)>", blob)]
    if not tags or op == 0:
        return _bytes_mutation(rng, blob)
    tag = rng.choice(tags)
    if op == 1:  # drop a tag
        return blob[:tag.start()] + blob[tag.end():]
    if op == 2:  # duplicate an element (start tag to its end tag, if near)
        name = tag.group(2)
        end = blob.find(b"</" + name + b">", tag.end())
        if end < 0 or end - tag.start() > 200_000:
            return blob
        piece = blob[tag.start():end + len(name) + 3]
        return blob[:tag.start()] + piece * rng.randint(2, 50) + blob[tag.start():]
    if op == 3:  # an odd attribute value
        attrs = list(re.finditer(rb'="([^"]*)"', blob))
        if not attrs:
            return blob
        a = rng.choice(attrs)
        value = rng.choice(INTERESTING + [b"x" * 300, b"&#0;", b"\xc3\xa4", b"9" * 40, b"none", b"true"])
        return blob[:a.start(1)] + value + blob[a.end(1):]
    if op == 4:  # swap tag names
        other = rng.choice(tags)
        return blob[:tag.start(2)] + other.group(2) + blob[tag.end(2):]
    # odd text in a text run
    texts = list(re.finditer(rb"<w:t(?: [^>]*)?>([^<]*)</w:t>", blob))
    if not texts:
        return blob
    t = rng.choice(texts)
    return blob[:t.start(1)] + rng.choice(ODD_TEXT).encode("utf-8", "surrogatepass") + blob[t.end(1):]


def _zip_mutation(rng: random.Random, data: bytes) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = [(info, zf.read(info)) for info in zf.infolist()]
    except Exception:
        return _bytes_mutation(rng, data)
    op = rng.randrange(4) if members else 0
    if op == 0:  # damage the container (headers, sizes, CRCs, method)
        b = bytearray(data)
        sig = rng.choice([b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"])
        spots = [m.start() for m in re.finditer(re.escape(sig), data)]
        if spots:
            at = rng.choice(spots) + rng.randrange(4, 30)
            if at < len(b):
                b[at] = rng.getrandbits(8)
        return bytes(b)
    if op == 1:  # drop or duplicate a member
        i = rng.randrange(len(members))
        if rng.random() < 0.5:
            del members[i]
        else:
            members.insert(i, members[i])
    else:  # edit a member's content
        xml = [i for i, (info, _) in enumerate(members) if info.filename.endswith((".xml", ".rels"))]
        i = rng.choice(xml) if xml else rng.randrange(len(members))
        info, blob = members[i]
        for _ in range(rng.randint(1, 3)):
            blob = _xml_mutation(rng, blob)
        members[i] = (info, blob)
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        warnings.simplefilter("ignore", UserWarning)  # duplicated member names are the point
        for info, blob in members:
            zf.writestr(zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0)), blob,
                        compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


_PDF_KEYWORDS = [b"endobj", b"endstream", b"stream", b" R", b"obj", b"xref", b"trailer", b"startxref",
                 b"/Type", b"/Pages", b"/Kids", b"/Count", b"/Length", b"/Font", b"/Contents", b"BT", b"ET",
                 b"Tj", b"TJ", b"Tf", b"Td", b"Do", b"cm", b"q", b"Q", b"/Filter", b"/FlateDecode"]


def _pdf_mutation(rng: random.Random, data: bytes) -> bytes:
    op = rng.randrange(5)
    if op == 0:
        return _bytes_mutation(rng, data)
    if op == 1:  # drop or repeat a keyword
        word = rng.choice(_PDF_KEYWORDS)
        spots = [m.start() for m in re.finditer(re.escape(word), data)]
        if not spots:
            return data
        at = rng.choice(spots)
        repl = b"" if rng.random() < 0.5 else word * rng.randint(2, 20)
        return data[:at] + repl + data[at + len(word):]
    if op == 2:  # a number token
        nums = list(re.finditer(rb"(?<=[\s\[/<])-?\d+(?:\.\d+)?(?=[\s\]/>])", data))
        if not nums:
            return data
        m = rng.choice(nums)
        return data[:m.start()] + rng.choice(INTERESTING) + data[m.end():]
    if op == 3:  # a content stream, inflated, edited and deflated again (with its /Length fixed)
        streams = list(re.finditer(rb"/Length (\d+)[^>]*>>\s*stream\r?\n", data))
        rng.shuffle(streams)
        for m in streams[:5]:
            length = int(m.group(1))
            body = data[m.end():m.end() + length]
            try:
                plain = zlib.decompress(body)
            except zlib.error:
                continue
            if b"BT" not in plain and rng.random() < 0.7:
                continue
            edited = _content_mutation(rng, plain)
            packed = zlib.compress(edited)
            head = data[:m.start()] + b"/Length %d" % len(packed) + data[m.end(1):m.end()]
            return head + packed + data[m.end() + length:]
        return _bytes_mutation(rng, data)
    # duplicate an object (same number twice)
    objs = list(re.finditer(rb"\d+ 0 obj.*?endobj", data[:2_000_000], re.S))
    if not objs:
        return data
    o = rng.choice(objs)
    return data[:o.end()] + b"\n" + o.group() * rng.randint(1, 3) + data[o.end():]


def _content_mutation(rng: random.Random, plain: bytes) -> bytes:
    op = rng.randrange(4)
    if op == 0:
        return _bytes_mutation(rng, plain)
    if op == 1:  # repeat a chunk of drawing operators
        at = rng.randrange(len(plain) + 1)
        return plain[:at] + plain[at:at + rng.randint(10, 2000)] * rng.randint(2, 200) + plain[at:]
    if op == 2:
        nums = list(re.finditer(rb"-?\d+(?:\.\d+)?", plain))
        if nums:
            m = rng.choice(nums)
            return plain[:m.start()] + rng.choice(INTERESTING) + plain[m.end():]
        return plain
    ops = [b"BT", b"ET", b"q", b"Q", b"Tj", b"TJ", b"Tf", b"Tm", b"cm", b"Do", b"re",
           b"[", b"]", b"(", b")", b"<", b">"]
    at = rng.randrange(len(plain) + 1)
    return plain[:at] + b" " + rng.choice(ops) * rng.randint(1, 500) + b" " + plain[at:]


def mutate(reader: str, data: bytes, rng: random.Random) -> bytes:
    """One to three structure-aware mutations for the reader's format (any input may become any format)."""
    for _ in range(rng.randint(1, 3)):
        if data.startswith(b"PK"):
            data = _zip_mutation(rng, data)
        elif b"%PDF" in data[:1024]:
            data = _pdf_mutation(rng, data)
        elif reader == "txt" or rng.random() < 0.3:
            data = _text_mutation(rng, data)
        else:
            data = _bytes_mutation(rng, data)
    return data


# --------------------------------------------------------------------------------------- the harness

class Harness:
    """Runs one input through the reader and the splitter; returns None or (kind, signature, details)."""

    def __init__(self, reader: str, workdir: Path):
        import extractor.readers.docx  # noqa: F401 - imported here so that atheris instruments them
        import extractor.readers.pdf  # noqa: F401
        import extractor.readers.txt  # noqa: F401
        from extractor.core.errors import ExtractionError
        from extractor.core.registry import get
        from extractor.readers import Limits, ReadOptions, read
        from extractor.pipeline.sections import split
        self.ExtractionError, self.read, self.split = ExtractionError, read, split
        # Reader limits low enough that the reader's own checks fire well before the watchdog.
        self.options = ReadOptions(limits=Limits(max_seconds=10.0, max_pages=300))
        self.form = get("kfd").form
        self.path = workdir / f"input{SUFFIX[reader]}"

    def run(self, data: bytes) -> tuple[str, str, str] | None:
        self.path.write_bytes(data)
        try:
            doc = self.read(self.path, self.options)
            problems = offset_problems(doc, self.split(doc, self.form))
        except self.ExtractionError:
            return None
        except RecursionError:
            return "crash", _signature("RecursionError", sys.exc_info()[2]), traceback.format_exc(limit=-8)
        except Exception as exc:  # noqa: BLE001 - that is what we are looking for
            return "crash", _signature(type(exc).__name__, exc.__traceback__), traceback.format_exc()
        if problems:
            return "offsets", "offsets:" + problems[0].split(":")[0], "\n".join(problems[:20])
        return None


def offset_problems(doc, smap) -> list[str]:
    """Every span must point at its own text in ``doc.text``."""
    text, out = doc.text, []
    for i, b in enumerate(doc.blocks):
        if text[b.start:b.end] != b.text:
            out.append(f"block: #{i} {b.kind} [{b.start}:{b.end}] {b.text[:60]!r} != {text[b.start:b.end][:60]!r}")
    starts = [b.start for b in doc.blocks]
    if starts != sorted(starts):
        out.append("block order: blocks are not in text order")
    for key, sec in smap.sections.items():
        spans = ([sec.heading] if sec.heading else []) + sec.prompts + sec.answer
        for s in spans:
            if text[s.start:s.end] != s.text:
                out.append(f"section: {key} [{s.start}:{s.end}] {s.text[:60]!r} != {text[s.start:s.end][:60]!r}")
        if not 0 <= sec.body_start <= sec.body_end <= len(text):
            out.append(f"section body: {key} [{sec.body_start}:{sec.body_end}] outside the text")
    for key, lv in smap.labels.items():
        for s in [lv.label, *lv.lines]:
            if text[s.start:s.end] != s.text:
                out.append(f"label: {key} [{s.start}:{s.end}] {s.text[:60]!r} != {text[s.start:s.end][:60]!r}")
    return out


def _signature(name: str, tb) -> str:
    frames = traceback.extract_tb(tb)
    ours = [f for f in frames if "/extractor/" in f.filename]
    last = frames[-1] if frames else None
    where = [f"{Path(f.filename).name}:{f.lineno}" for f in (ours[-1:] + ([last] if last else []))]
    return f"{name}@{'/'.join(where)}"


# --------------------------------------------------------------------------------------- worker side

def _limit_memory(mb: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (mb * 1024 * 1024, mb * 1024 * 1024))


class Recorder:
    def __init__(self, out: Path, reader: str):
        self.dir = out / "findings"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.reader = reader
        self.seen: set[str] = {p.stem.split("-", 2)[-1] for p in self.dir.glob(f"*-{reader}-*.report")}

    def save(self, kind: str, signature: str, details: str, data: bytes) -> bool:
        key = hashlib.sha1(signature.encode()).hexdigest()[:10]
        if key in self.seen:
            return False
        self.seen.add(key)
        ext = ".pdf" if b"%PDF" in data[:1024] else ".docx" if data.startswith(b"PK") else ".txt"
        base = self.dir / f"{kind}-{self.reader}-{key}"
        base.with_suffix(ext).write_bytes(data)
        base.with_suffix(".report").write_text(
            f"kind: {kind}\nreader: {self.reader}\nsignature: {signature}\nsize: {len(data)}\n\n{details}\n")
        print(f"[{self.reader}] FINDING {kind}: {signature} -> {base.with_suffix(ext)}", flush=True)
        return True


def worker(args: argparse.Namespace) -> int:
    """One reader's fuzzing, in its own process; the parent restarts it after a hang or a death."""
    out = Path(args.out)
    _limit_memory(args.memory_mb)
    work = Path(tempfile.mkdtemp(prefix=f"fuzz-{args.reader}-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    current = out / f"current-{args.reader}.bin"
    hang_log = (out / f"watchdog-{args.reader}.log").open("w")
    recorder = Recorder(out, args.reader)
    stats = out / f"stats-{args.reader}.json"
    state = json.loads(stats.read_text()) if stats.exists() else {"inputs": 0, "seconds": 0.0}
    base_seconds = state["seconds"]
    started = time.monotonic()
    deadline = started + args.seconds

    def save_stats() -> None:
        state["seconds"] = base_seconds + time.monotonic() - started
        stats.write_text(json.dumps(state))

    if args.engine == "atheris":
        import atheris
        import extractor.report_types.kfd  # noqa: F401 - the report type and spaCy stay uninstrumented (slow, not fuzzed)
        import extractor.pipeline.sections  # noqa: F401
        with atheris.instrument_imports(include=INSTRUMENTED):
            harness = Harness(args.reader, work)
    else:
        harness = Harness(args.reader, work)

    def one(data: bytes) -> None:
        current.write_bytes(data)
        faulthandler.dump_traceback_later(args.input_timeout, exit=True, file=hang_log)
        try:
            result = harness.run(data)
        except MemoryError:
            result = ("crash", "MemoryError", traceback.format_exc())
        finally:
            faulthandler.cancel_dump_traceback_later()
        state["inputs"] += 1
        if state["inputs"] % 25 == 0:
            save_stats()  # libFuzzer ends the process with exit(), so no final write is guaranteed
        if result:
            recorder.save(*result, data)

    seed_data = [p.read_bytes() for p in seeds(args.reader)]
    harness.run(seed_data[0])  # warm up outside the watchdog: the first read imports the PDF libraries
    if args.engine == "atheris":
        import atheris
        corpus = out / f"corpus-{args.reader}"
        if not corpus.exists():
            corpus.mkdir(parents=True)
            for i, blob in enumerate(seed_data):
                (corpus / f"seed{i}").write_bytes(blob)
        rng = random.Random(args.seed)

        def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
            rng.seed(seed)
            if rng.random() < 0.5:
                return atheris.Mutate(data, max_size)
            return mutate(args.reader, data, rng)[:max_size]

        libfuzzer = [sys.argv[0], str(corpus), f"-max_total_time={max(1, int(args.seconds))}",
                     f"-timeout={int(args.input_timeout) + 10}", f"-rss_limit_mb={args.memory_mb}",
                     "-max_len=2000000", f"-artifact_prefix={out}/libfuzzer-{args.reader}-", "-print_final_stats=1"]
        atheris.Setup(libfuzzer, lambda data: one(bytes(data)), custom_mutator=custom_mutator)
        atheris.Fuzz()  # returns only through exit()
        return 0

    rng = random.Random(f"{args.seed}-{args.reader}-{state['inputs']}")
    pool = list(seed_data)
    try:
        for blob in seed_data:
            one(blob)
        while time.monotonic() < deadline:
            data = mutate(args.reader, rng.choice(pool), rng)
            one(data)
            if len(pool) < 200 and rng.random() < 0.05:  # keep some mutants as parents: deeper mutations
                pool.append(data)
    finally:
        save_stats()
        shutil.rmtree(work, ignore_errors=True)
    return 0


# --------------------------------------------------------------------------------------- parent side

def run_reader(args: argparse.Namespace, reader: str, seconds: float) -> None:
    out = Path(args.out)
    deadline = time.monotonic() + seconds
    recorder = Recorder(out, reader)
    while (left := deadline - time.monotonic()) > 5:
        cmd = [sys.executable, "-m", "testkit.fuzz", "--worker", "--reader", reader,
               "--seconds", f"{left:.0f}", "--engine", args.engine, "--out", str(out), "--seed", str(args.seed),
               "--input-timeout", str(args.input_timeout), "--memory-mb", str(args.memory_mb)]
        proc = subprocess.run(cmd, cwd=ROOT, timeout=left + 120,
                              stdout=None if args.verbose else subprocess.DEVNULL, stderr=subprocess.PIPE)
        if proc.returncode == 0:
            break
        current = out / f"current-{reader}.bin"
        data = current.read_bytes() if current.exists() else b""
        stderr = proc.stderr.decode(errors="replace")
        watchdog = (out / f"watchdog-{reader}.log")
        if "Timeout (0:" in (watchdog.read_text(errors="replace") if watchdog.exists() else "") or \
                "libFuzzer: timeout" in stderr:
            # Where it hung: the innermost frame in our code (the library frame varies from run to run).
            frames = re.findall(r'File "([^"]+)", line (\d+)', watchdog.read_text(errors="replace"))
            ours = [(f, n) for f, n in frames if "/extractor/" in f]
            where = "/".join(f"{Path(f).name}:{n}" for f, n in (ours or frames)[:1])
            recorder.save("hang", f"hang@{where}", watchdog.read_text(errors="replace")[-4000:], data)
        else:
            kind = "died"
            recorder.save(kind, f"exit {proc.returncode}: {stderr.strip().splitlines()[-1:] if stderr.strip() else ''}",
                          stderr[-4000:], data)
        if args.engine == "atheris" and "libFuzzer: timeout" not in stderr and "out-of-memory" not in stderr:
            if proc.returncode != 0 and "==" not in stderr:
                print(stderr[-2000:], file=sys.stderr)


def replay(path: Path, reader: str | None) -> int:
    reader = reader or {".pdf": "pdf", ".docx": "docx"}.get(path.suffix, "txt")
    with tempfile.TemporaryDirectory() as tmp:
        harness = Harness(reader, Path(tmp))
        started = time.monotonic()
        result = harness.run(path.read_bytes())
        print(f"{path}: {time.monotonic() - started:.2f} s: " + ("no finding" if result is None else
                                                                  f"{result[0]} {result[1]}\n{result[2]}"))
    return 0 if result is None else 1


def _unzip(data: bytes) -> list[tuple[str, bytes]] | None:
    """The members (a member that does not read comes out empty), or None when this is no zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return [(info.filename, _member(zf, info)) for info in zf.infolist()]
    except Exception:
        return None


def _member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        return zf.read(info)
    except Exception:
        return b""


def _rezip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in members:
            zf.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), blob, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _shrink(blob: bytes, keeps, deadline: float) -> bytes:
    """Delete ever smaller chunks of ``blob`` while ``keeps(candidate)`` stays true."""
    chunk = max(1, len(blob) // 2)
    while chunk >= 1 and time.monotonic() < deadline:
        at, shrunk = 0, False
        while at < len(blob) and time.monotonic() < deadline:
            candidate = blob[:at] + blob[at + chunk:]
            if candidate and keeps(candidate):
                blob, shrunk = candidate, True
            else:
                at += chunk
        if not shrunk:
            chunk //= 2
    return blob


def minimise(path: Path, reader: str | None, budget: float) -> int:
    """Shrink an input while the same signature still comes out (time-boxed). A zip is shrunk as a
    zip: members dropped, then each member's content shortened, so the container stays readable."""
    reader = reader or {".pdf": "pdf", ".docx": "docx"}.get(path.suffix, "txt")
    with tempfile.TemporaryDirectory() as tmp:
        harness = Harness(reader, Path(tmp))
        data = path.read_bytes()
        first = harness.run(data)
        if first is None:
            print("no finding to keep; nothing done")
            return 1
        target = first[1]

        def keeps(candidate: bytes) -> bool:
            result = harness.run(candidate)
            return bool(result and result[1] == target)

        deadline = time.monotonic() + budget
        members = _unzip(data)
        if members is not None and keeps(_rezip(members)):
            i = 0
            while i < len(members) and time.monotonic() < deadline:
                if keeps(_rezip(members[:i] + members[i + 1:])):
                    members = members[:i] + members[i + 1:]
                else:
                    i += 1
            for i, (name, blob) in enumerate(members):
                members[i] = (name, _shrink(
                    blob, lambda b: keeps(_rezip(members[:i] + [(name, b)] + members[i + 1:])), deadline))
            data = _rezip(members)
        else:
            data = _shrink(data, keeps, deadline)
        out = path.with_name(path.stem + ".min" + path.suffix)
        out.write_bytes(data)
        print(f"{len(path.read_bytes())} -> {len(data)} bytes, {target}: {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reader", choices=["txt", "docx", "pdf", "all"], default="all")
    parser.add_argument("--seconds", type=float, default=120.0, help="total fuzzing time, shared by the readers")
    parser.add_argument("--engine", choices=["atheris", "loop"], default=None,
                        help="default: atheris when installed, else loop")
    parser.add_argument("--out", default=str(Path(tempfile.gettempdir()) / "report-extractor-fuzz"),
                        help="findings, corpus and stats go here (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--input-timeout", type=float, default=30.0, help="seconds one input may take (a hang)")
    parser.add_argument("--memory-mb", type=int, default=3072, help="address-space limit of a worker")
    parser.add_argument("--replay", type=Path, help="run one input and print what happens")
    parser.add_argument("--minimise", type=Path, help="shrink one finding's input")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.replay:
        return replay(args.replay, None if args.reader == "all" else args.reader)
    if args.minimise:
        return minimise(args.minimise, None if args.reader == "all" else args.reader, budget=120)
    if args.engine is None:
        try:
            import atheris  # noqa: F401
            args.engine = "atheris"
        except ImportError:
            args.engine = "loop"
    if args.worker:
        return worker(args)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    readers = ["txt", "docx", "pdf"] if args.reader == "all" else [args.reader]
    total = sum(SHARE[r] for r in readers)
    started = time.monotonic()
    for reader in readers:
        seconds = args.seconds * SHARE[reader] / total
        print(f"[{reader}] fuzzing for {seconds:.0f} s with {args.engine}", flush=True)
        run_reader(args, reader, seconds)
    findings = sorted((out / "findings").glob("*.report"))
    inputs = {r: json.loads((out / f"stats-{r}.json").read_text()) for r in readers
              if (out / f"stats-{r}.json").exists()}
    print(f"done in {time.monotonic() - started:.0f} s; inputs per reader: "
          + ", ".join(f"{r} {s['inputs']} in {s['seconds']:.0f} s" for r, s in inputs.items()))
    reports = findings
    for f in reports:
        print(f"  {f.read_text(errors='replace').splitlines()[2]}  ({f.name})")
    print(f"{len(reports)} finding(s) in {out / 'findings'}")
    return 1 if reports else 0


if __name__ == "__main__":
    sys.exit(main())
