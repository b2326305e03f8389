"""Zip-container safety with rules other than Word's: the .odt reader's."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from extractor.core.errors import ExtractionError
from extractor.readers.limits import Limits
from extractor.readers.odt.package import OPENDOCUMENT as ODT
from extractor.readers.zipsafe import ContainerRules, check_container

CONTENT = (b'<?xml version="1.0" encoding="UTF-8"?>'
           b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
LAUGHS = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "haha">]><x>&a;</x>'


def _container(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", b"application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for name, blob in members.items():
            zf.writestr(name, blob, compress_type=compression)
    return buf.getvalue()


def _refusal(data: bytes, rules: ContainerRules = ODT, limits: Limits = Limits()) -> ExtractionError:
    with pytest.raises(ExtractionError) as info:
        check_container(data, Path("x.odt"), limits, rules)
    return info.value


def test_an_odt_like_container_passes_and_the_same_with_a_dtd_is_hostile():
    check_container(_container({"content.xml": CONTENT}), Path("x.odt"), Limits(), ODT)
    err = _refusal(_container({"content.xml": CONTENT, "META-INF/manifest.rdf": LAUGHS}))
    assert err.code == "hostile" and "META-INF/manifest.rdf" in err.message


def test_xml_suffixes_come_from_the_rules():
    data = _container({"content.xml": CONTENT, "meta.rdf": LAUGHS})
    # Word's rules do not take .rdf for XML (python-docx would not parse it); the ODT rules do.
    check_container(data, Path("x.odt"), Limits(), ContainerRules(writer="Word"))
    assert _refusal(data).code == "hostile"


def test_compression_method_outside_the_rules_is_refused_naming_the_writer():
    err = _refusal(_container({"content.xml": CONTENT}, compression=zipfile.ZIP_BZIP2))
    assert err.code == "unsupported"
    assert "content.xml" in err.message and "LibreOffice never writes" in err.message


def test_member_and_size_limits_apply_to_any_container():
    data = _container({f"Pictures/{i}.xml": CONTENT for i in range(5)})
    assert _refusal(data, limits=Limits(max_zip_members=5)).code == "too_large"
    assert _refusal(data, limits=Limits(max_xml_bytes=100)).code == "too_large"
