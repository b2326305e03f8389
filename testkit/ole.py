"""Write OLE2 compound files (MS-CFB version 3) and put a VBA project into a Word 97-2003 document, for
the bad-file corpus's ".doc with a macro". olefile reads compound files but cannot add streams.

``write_cfb`` lays out a complete file: header, FAT, directory, mini FAT and mini stream (streams under
4,096 bytes, as the format requires), then the big streams; every storage's children form a balanced
binary tree ordered as the format orders names (length first, then upper case). ``vba_project`` is a
minimal VBA project (MS-OVBA): the PROJECT and PROJECTwm streams, VBA/_VBA_PROJECT without p-code
(so the host compiles the source), the compressed VBA/dir records and one standard module whose
compressed source is ``code``.
"""
from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field

import olefile

SECTOR, MINI_SECTOR, MINI_CUTOFF = 512, 64, 4096
FREE, END_OF_CHAIN, FAT_SECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
NO_STREAM = 0xFFFFFFFF


@dataclass
class Node:
    """A storage (``children``) or a stream (``data``)."""
    name: str
    data: bytes | None = None
    children: list["Node"] = field(default_factory=list)
    clsid: bytes = bytes(16)


def read_tree(data: bytes) -> Node:
    """Every storage and stream of a compound file (olefile), as ``Node``s under the root."""
    root = Node("Root Entry")
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        root.clsid = _clsid(ole.root.clsid)
        for path in ole.listdir(streams=True, storages=True):
            parent = root
            for part in path[:-1]:
                parent = next(c for c in parent.children if c.name == part)
            entry = "/".join(path)
            if ole.get_type(entry) == olefile.STGTY_STORAGE:
                parent.children.append(Node(path[-1], clsid=_clsid(ole.getclsid(entry))))
            else:
                parent.children.append(Node(path[-1], data=ole.openstream(entry).read()))
    return root


def _clsid(text: str) -> bytes:
    if not text:
        return bytes(16)
    a, b, c, d, e = text.split("-")
    return struct.pack("<IHH", int(a, 16), int(b, 16), int(c, 16)) + bytes.fromhex(d + e)


def _order(node: Node) -> tuple[int, str]:
    return (len(node.name), node.name.upper())


def write_cfb(root: Node) -> bytes:
    entries: list[Node] = []
    index: dict[int, int] = {}

    def collect(node: Node) -> None:
        index[id(node)] = len(entries)
        entries.append(node)
        for child in sorted(node.children, key=_order):
            collect(child)

    collect(root)
    mini = bytearray()
    mini_fat: list[int] = []
    big: list[tuple[Node, bytes]] = []
    starts: dict[int, int] = {}
    for node in entries[1:]:
        if node.data is None:
            continue
        if len(node.data) < MINI_CUTOFF:
            if not node.data:
                starts[id(node)] = END_OF_CHAIN
                continue
            first = len(mini) // MINI_SECTOR
            count = -(-len(node.data) // MINI_SECTOR)
            mini_fat += [first + i + 1 for i in range(count - 1)] + [END_OF_CHAIN]
            mini += node.data.ljust(count * MINI_SECTOR, b"\0")
            starts[id(node)] = first
        else:
            big.append((node, node.data))
    dir_sectors = -(-len(entries) * 128 // SECTOR)
    mini_fat_sectors = -(-len(mini_fat) * 4 // SECTOR)
    mini_stream_sectors = -(-len(mini) // SECTOR)
    data_sectors = sum(-(-len(d) // SECTOR) for _, d in big)
    body = dir_sectors + mini_fat_sectors + mini_stream_sectors + data_sectors
    fat_sectors = 1
    while fat_sectors * SECTOR // 4 < body + fat_sectors:
        fat_sectors += 1
    assert fat_sectors <= 109, "no DIFAT: keep the file under 6.8 MB"
    fat = [FAT_SECT] * fat_sectors
    at = fat_sectors

    def chain(count: int) -> int:
        nonlocal at
        if count == 0:
            return END_OF_CHAIN
        first = at
        fat.extend([at + i + 1 for i in range(count - 1)] + [END_OF_CHAIN])
        at += count
        return first

    dir_start = chain(dir_sectors)
    mini_fat_start = chain(mini_fat_sectors)
    mini_stream_start = chain(mini_stream_sectors)
    for node, data in big:
        starts[id(node)] = chain(-(-len(data) // SECTOR))
    fat += [FREE] * (fat_sectors * SECTOR // 4 - len(fat))

    def tree(children: list[Node]) -> int:
        """Root of a balanced tree over ``children`` (sorted), siblings linked through left/right."""
        if not children:
            return NO_STREAM
        middle = len(children) // 2
        node = children[middle]
        links[id(node)] = (tree(children[:middle]), tree(children[middle + 1:]))
        return index[id(node)]

    links: dict[int, tuple[int, int]] = {}
    child_of = {id(n): tree(sorted(n.children, key=_order)) for n in entries if n.data is None}
    directory = bytearray()
    for number, node in enumerate(entries):
        name = node.name.encode("utf-16-le") + b"\0\0"
        kind = 5 if number == 0 else (1 if node.data is None else 2)
        left, right = links.get(id(node), (NO_STREAM, NO_STREAM))
        child = child_of.get(id(node), NO_STREAM)
        if number == 0:
            start, size = (mini_stream_start, len(mini)) if mini else (END_OF_CHAIN, 0)
        elif node.data is None:
            start, size = 0, 0
        else:
            start, size = starts[id(node)], len(node.data)
        directory += (name.ljust(64, b"\0") + struct.pack("<HBB3I", len(name), kind, 1, left, right, child)
                      + node.clsid + bytes(4 + 16) + struct.pack("<IQ", start, size))
    unused = bytes(66) + struct.pack("<BB3I", 0, 0, NO_STREAM, NO_STREAM, NO_STREAM) + bytes(16 + 4 + 16 + 12)
    directory += unused * (dir_sectors * SECTOR // 128 - len(entries))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + bytes(6) + struct.pack("<IIIIIIIII", 0, fat_sectors, dir_start, 0, MINI_CUTOFF,
                                       mini_fat_start if mini_fat else END_OF_CHAIN, mini_fat_sectors,
                                       END_OF_CHAIN, 0)
              + struct.pack("<109I", *(list(range(fat_sectors)) + [FREE] * (109 - fat_sectors))))
    out = bytearray(header)
    out += struct.pack(f"<{len(fat)}I", *fat)
    out += directory
    out += struct.pack(f"<{len(mini_fat)}I", *mini_fat).ljust(mini_fat_sectors * SECTOR, b"\xff")
    out += bytes(mini).ljust(mini_stream_sectors * SECTOR, b"\0")
    for _, data in big:
        out += data.ljust(-(-len(data) // SECTOR) * SECTOR, b"\0")
    return bytes(out)


# ---- VBA (MS-OVBA) ------------------------------------------------------------------------------------

def compress(data: bytes) -> bytes:
    """MS-OVBA compression with literal tokens only (valid, not small): one chunk per 4,096 bytes."""
    out = bytearray(b"\x01")
    for at in range(0, len(data), 4096):
        chunk = data[at:at + 4096]
        tokens = b"".join(b"\0" + chunk[i:i + 8] for i in range(0, len(chunk), 8))
        if len(tokens) > 4096:  # would not fit: a raw chunk of exactly 4,096 bytes
            out += struct.pack("<H", 0x3FFF & (4096 + 2 - 3) | 0x3000) + chunk.ljust(4096, b"\0")
        else:
            out += struct.pack("<H", (len(tokens) + 2 - 3) | 0x3000 | 0x8000) + tokens
    return bytes(out)


def _record(record_id: int, data: bytes) -> bytes:
    return struct.pack("<HI", record_id, len(data)) + data


def _dir_stream(module: str) -> bytes:
    name, wide = module.encode("cp1252"), module.encode("utf-16-le")
    info = b"".join([
        _record(0x01, struct.pack("<I", 1)), _record(0x02, struct.pack("<I", 0x409)),
        _record(0x14, struct.pack("<I", 0x409)), _record(0x03, struct.pack("<H", 1252)),
        _record(0x04, b"Project"), _record(0x05, b""), _record(0x40, b""), _record(0x06, b""), _record(0x3D, b""),
        _record(0x07, struct.pack("<I", 0)), _record(0x08, struct.pack("<I", 0)),
        struct.pack("<HIIH", 0x09, 4, 1, 0),  # PROJECTVERSION: its size field says 4, 6 bytes follow
        _record(0x0C, b""), _record(0x3C, b""),
    ])
    modules = _record(0x0F, struct.pack("<H", 1)) + _record(0x13, struct.pack("<H", 0xFFFF))
    mod = b"".join([
        _record(0x19, name), _record(0x47, wide), _record(0x1A, name), _record(0x32, wide),
        _record(0x1C, b""), _record(0x48, b""), _record(0x31, struct.pack("<I", 0)),
        _record(0x1E, struct.pack("<I", 0)), _record(0x2C, struct.pack("<H", 0xFFFF)),
        _record(0x21, b""), _record(0x2B, b""),
    ])
    return info + modules + mod + _record(0x10, b"")


def vba_project(module: str, code: str) -> Node:
    """The "Macros" storage of a Word document holding one standard module ``module`` with ``code``."""
    project = (f'ID="{{00000000-0000-0000-0000-000000000000}}"\r\nModule={module}\r\nName="Project"\r\n'
               'HelpContextID="0"\r\nVersionCompatible32="393222000"\r\n\r\n[Host Extender Info]\r\n'
               "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000\r\n\r\n[Workspace]\r\n"
               f"{module}=0, 0, 0, 0, C\r\n").encode("cp1252")
    source = f'Attribute VB_Name = "{module}"\r\n{code}'.replace("\n", "\r\n").replace("\r\r\n", "\r\n")
    wm = module.encode("cp1252") + b"\0" + module.encode("utf-16-le") + b"\0\0" + b"\0\0"
    vba = Node("VBA", children=[
        Node("_VBA_PROJECT", data=b"\xcc\x61\xff\xff\x00\x00\x00"),
        Node("dir", data=compress(_dir_stream(module))),
        Node(module, data=compress(source.encode("cp1252"))),
    ])
    return Node("Macros", children=[Node("PROJECT", data=project), Node("PROJECTwm", data=wm), vba])


def with_macro(doc: bytes, module: str, code: str) -> bytes:
    """A copy of a Word 97-2003 document with a VBA project of one module."""
    root = read_tree(doc)
    root.children = [c for c in root.children if c.name != "Macros"] + [vba_project(module, code)]
    return write_cfb(root)
