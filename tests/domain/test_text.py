import unicodedata

import pytest
from hypothesis import given, strategies as st

from qms_desktop.domain.text import ascii_slug, clean, fold, nfc, sort_key


@pytest.mark.parametrize("text, folded", [
    ("Thủ tục", "thu tuc"),
    ("Đăng ký khai sinh", "dang ky khai sinh"),
    ("NGUYỄN VĂN ĐỨC", "nguyen van duc"),
    ("Ủy ban", "uy ban"),
    ("Uỷ ban", "uy ban"),
    ("  Hộ\u00a0tịch \t ", "ho tich"),
    (unicodedata.normalize("NFD", "Chứng thực"), "chung thuc"),
])
def test_fold(text, folded):
    assert fold(text) == folded


def test_clean_and_nfc():
    nfd = unicodedata.normalize("NFD", "  Đăng   ký\u00a0kết hôn ")
    assert clean(nfd) == "Đăng ký kết hôn"
    assert unicodedata.is_normalized("NFC", clean(nfd))
    assert nfc(None) == ""


def test_the_eth_that_looks_like_d_bar_is_read_as_it():
    """QA 44 F3: old TCVN3/VNI converters write Ð/ð (Icelandic eth) for Đ/đ; on screen they look alike."""
    assert clean("Ðăng ký hợp ðồng") == nfc("Ðăng ký hợp ðồng") == "Đăng ký hợp đồng"
    assert fold("Ðăng ký") == fold("Đăng ký") == "dang ky"


def test_vietnamese_alphabetical_order():
    words = ["đ", "d", "â", "ă", "a", "b", "e", "ê", "o", "ơ", "ô", "u", "ư", "y", "Đông", "Dương", "An", "Ân", "Ăn"]
    ordered = sorted(words, key=sort_key)
    assert ordered.index("a") < ordered.index("ă") < ordered.index("â") < ordered.index("b")
    assert ordered.index("d") < ordered.index("đ") < ordered.index("e") < ordered.index("ê")
    assert ordered.index("o") < ordered.index("ô") < ordered.index("ơ")
    assert ordered.index("u") < ordered.index("ư") < ordered.index("y")
    assert ordered.index("Dương") < ordered.index("Đông")
    assert ordered.index("An") < ordered.index("Ăn") < ordered.index("Ân")


def test_tones_come_after_letters():
    # a tone only breaks ties: 'ma' < 'má' < 'mai' (letters first), huyền < hỏi < ngã < sắc < nặng
    assert sorted(["mai", "má", "ma"], key=sort_key) == ["ma", "má", "mai"]
    assert sorted(["mạ", "má", "mã", "mả", "mà", "ma"], key=sort_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_sort_key_nfd_equals_nfc():
    assert sort_key(unicodedata.normalize("NFD", "Hòa giải")) == sort_key("Hòa giải")


def test_ascii_slug():
    assert ascii_slug("xã Tân Phú") == "XaTanPhu"
    assert ascii_slug("phường Đông Hòa") == "PhuongDongHoa"
    assert ascii_slug("Bến Lức!? / ..") == "BenLuc"


@given(st.text())
def test_fold_is_ascii_for_vietnamese_and_idempotent(text):
    once = fold(text)
    assert fold(once) == once
    assert once == once.casefold() or not once.isascii()


def test_search_words_drop_the_punctuation_around_words_only():
    from qms_desktop.domain.text import search_words

    assert search_words('"Khai Sinh", (hộ tịch).') == ["khai", "sinh", "ho", "tich"]
    assert search_words("QT-01 03/2026 1.009137 - …") == ["qt-01", "03/2026", "1.009137"]
    assert search_words("  ,;  ") == [] and search_words(None) == []


def test_place_name_drops_the_kind_word_only():
    from qms_desktop.domain.text import place_name

    assert place_name("xã Tân Phú") == "Tân Phú"
    assert place_name("đặc khu Côn Đảo") == "Côn Đảo"  # QA 8 F4: "khu Côn Đảo, ngày …"
    assert place_name("Đặc khu Phú Quốc") == "Phú Quốc"
    assert place_name("thị trấn Đinh Văn") == "Đinh Văn"
    assert place_name("phường Bảo Lộc") == "Bảo Lộc"
    assert place_name("Tân Phú") == "Tân Phú"  # no kind word: the whole name (it was "Phú")
    assert place_name("Phường 1") == "Phường 1"
    assert place_name("xa\u0303 Ta\u0302n Phu\u0301") == "Tân Phú"  # decomposed input


def test_package_name_of_a_special_zone():
    from qms_desktop.reports.package import package_name

    assert package_name("2026-6T", "đặc khu Côn Đảo") == "BaoCaoISO_2026-6T_ConDao.zip"
    assert package_name("2026-6T", "xã Tân Phú", 2) == "BaoCaoISO_2026-6T_TanPhu_v2.zip"
