"""Hostile packages for `qms package verify`: every one is refused with a reason, nothing crashes.

The receiving office reads many communes' files; a package is input from outside.
"""

from __future__ import annotations

import random
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from qms_desktop.reports.package import PackageInvalid, verify_package
from test_package import verify


@pytest.fixture
def package_bytes(package_once):
    _row, result = package_once
    return result.package.read_bytes()


def _zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in members.items():
            z.writestr(name, body)
    return path


def test_path_traversal_names_are_refused(package_bytes, tmp_path, capsys):
    src = tmp_path / "good.zip"
    src.write_bytes(package_bytes)
    with zipfile.ZipFile(src) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    members["../../evil.bat"] = b"format c:"
    code, _out, err = verify(_zip(tmp_path / "traversal.zip", members), capsys=capsys)
    assert code == 1 and "unexpected file" in err
    assert not (tmp_path.parent / "evil.bat").exists()


def test_zip_bomb_part_is_refused_without_inflating(package_bytes, tmp_path, capsys):
    src = tmp_path / "good.zip"
    src.write_bytes(package_bytes)
    with zipfile.ZipFile(src) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    members["report.pdf"] = b"\0" * (300 * 1024 * 1024)  # 300 MB of zeros, ~300 KB compressed
    bomb = _zip(tmp_path / "bomb.zip", members)
    assert bomb.stat().st_size < 5 * 1024 * 1024
    code, _out, err = verify(bomb, capsys=capsys)
    assert code == 1 and "too large" in err


@pytest.mark.parametrize("parts", [{"manifest.json": 2}, {"manifest.sig": 1}, {"report.pdf": 70, "report.xlsx": 60}])
def test_each_part_and_the_whole_have_their_own_ceiling(package_bytes, tmp_path, capsys, parts):
    """A manifest may not inflate to megabytes (it once could to 100 MB, as could each part: ~700 MB of
    memory for a 510 KB file), nor all the parts together past 128 MB."""
    src = tmp_path / "good.zip"
    src.write_bytes(package_bytes)
    with zipfile.ZipFile(src) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    for part, mb in parts.items():
        members[part] = b"\0" * (mb * 1024 * 1024 + 1)
    code, _out, err = verify(_zip(tmp_path / "bomb.zip", members), capsys=capsys)
    assert code == 1 and "too large" in err


@pytest.mark.parametrize("content", [b"", b"PK\x05\x06" + b"\0" * 18, b"not a zip at all", b"PK\x03\x04" + b"\xff" * 500])
def test_garbage_files_are_refused(tmp_path, capsys, content):
    bad = tmp_path / "BaoCaoISO_bad.zip"
    bad.write_bytes(content)
    code, _out, err = verify(bad, capsys=capsys)
    assert code == 1 and err.strip()


@pytest.mark.parametrize("offset, value, said", [(6, b"\x94\x00", "is damaged or was not copied completely"),
                                                (10, b"\x63\x00", "cannot be read")],
                         ids=["version", "method"])
def test_a_part_needing_an_unknown_zip_version_or_method_is_refused(package_bytes, tmp_path, capsys, offset, value,
                                                                     said):
    """A flipped bit in a central directory entry's 'version needed' made zipfile raise NotImplementedError while
    opening the file, which the verification let through (found by the mutation test below, seed 3989)."""
    data = bytearray(package_bytes)
    entry = data.index(b"PK\x01\x02")  # the first central directory entry
    data[entry + offset:entry + offset + 2] = value
    bad = tmp_path / "odd.zip"
    bad.write_bytes(bytes(data))
    with pytest.raises(PackageInvalid) as caught:
        verify_package(bad)
    assert said in caught.value.render()
    code, _out, err = verify(bad, capsys=capsys)
    assert code == 1 and said in err


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1))
def test_mutated_packages_never_verify_and_never_crash(package_bytes, tmp_path_factory, seed):
    rng = random.Random(seed)
    data = bytearray(package_bytes)
    for _ in range(rng.randint(1, 8)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    path = tmp_path_factory.mktemp("pkg") / "mutated.zip"
    path.write_bytes(bytes(data))
    try:
        info = verify_package(path)
    except PackageInvalid as exc:
        assert exc.render()
    else:
        # a flipped bit in ZIP metadata that no reader uses (a timestamp) leaves the signed content intact
        original = path.with_name("original.zip")
        original.write_bytes(package_bytes)
        assert info.manifest == verify_package(original).manifest and info.data == verify_package(original).data


def test_a_zip_of_something_else_is_said_to_be_no_package_not_an_incomplete_one(tmp_path, capsys):
    """QA 58 F7: a ZIP of conference photos on the USB stick read "incomplete: report.pdf is missing", as if a report
    had been damaged."""
    photos = _zip(tmp_path / "AnhHoiNghi.zip", {"IMG_0001.jpg": b"\xff\xd8\xff" + b"\0" * 100, "IMG_0002.jpg": b"\xff\xd8"})
    code, _out, err = verify(photos, capsys=capsys)
    assert code == 1 and "is not a QMS Desktop report package" in err and "missing" not in err, err
