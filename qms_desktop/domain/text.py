"""Vietnamese text: NFC normalisation, the folded search key and the alphabetical sort key."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Vietnamese alphabet order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# Tone marks (combining), in the conventional order: none, huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Marks that make a distinct base letter (ă â ê ô ơ ư).
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}


# Control characters (C0 but tab and newline, DEL, C1), lone surrogates and the two XML
# non-characters: Word's clipboard brings \x01/\x0b, and no XML-based file (XLSX) may hold them.
_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n"})
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def strip_controls(value: str) -> str:
    """Text without control characters: CR LF, CR and Word's line and page breaks (VT, FF) become
    LF; tab and LF stay; the others go."""
    if not value or value.isprintable():
        return value
    return _CONTROLS.sub("", value.replace("\r\n", "\n").translate(_BREAKS))


# The Icelandic eth (Ð U+00D0, ð U+00F0) that TCVN3/VNI-to-Unicode converters and some fonts put for đ/Đ: it looks
# the same, but a search for "đăng ký" missed "Ðăng ký" and a name matched nothing (QA 44 F3). Vietnamese has no eth.
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def nfc(value: str | None) -> str:
    """NFC form of a string ('' for None), without control characters, đ/Đ for their look-alike eth."""
    return unicodedata.normalize("NFC", strip_controls(value)).translate(_ETH) if value else ""


def clean(value: object) -> str:
    """NFC, trimmed, inner whitespace (tabs, NBSP, line breaks) collapsed to one space, no
    control characters."""
    if value is None:
        return ""
    return _SPACES.sub(" ", nfc(str(value)).replace("\u00a0", " ")).strip()


def visible(value: str) -> str:
    """``value`` with each character one cannot see (zero-width space, soft hyphen, a non-breaking or other odd
    space, a control) written as its code, U+200B: a code refused for such a character is quoted so that the user
    sees why (QA 24 F7: '"​00002" is not valid' looked valid)."""
    return "".join(ch if ch == " " or (ch.isprintable() and unicodedata.category(ch) not in ("Cf", "Zs", "Zl", "Zp"))
                   else f"<U+{ord(ch):04X}>" for ch in value)


def fold(value: str | None) -> str:
    """Search key: lower case, no tone or letter marks, đ → d, whitespace collapsed.

    ``fold("Thủ tục Đăng ký") == "thu tuc dang ky"``; ``Ủy`` and ``Uỷ`` fold alike.
    """
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", value.replace("\u00a0", " ").translate(_ETH))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("đ", "d").replace("Đ", "D").casefold()
    return _SPACES.sub(" ", stripped).strip()


_LETTER_FORMS = {
    "a": "aàáảãạăằắẳẵặâầấẩẫậ", "e": "eèéẻẽẹêềếểễệ", "i": "iìíỉĩị", "o": "oòóỏõọôồốổỗộơờớởỡợ",
    "u": "uùúủũụưừứửữự", "y": "yỳýỷỹỵ", "d": "dđ",
}


def letter_forms(text: str | None) -> list[str]:
    """Each character of the folded ``text`` with every form it may have in stored Vietnamese (NFC): its tones and
    letter marks, both cases ("d" → "dđDĐ"); a character that is no letter stands for itself. A pattern built from
    these (GLOB on SQLite, a regular expression on PostgreSQL) finds "Nguyên nhân" for "nguyen nhan" in text that
    has no folded copy, as the change history's values."""
    out = []
    for ch in fold(text):
        forms = _LETTER_FORMS.get(ch, ch if ch.isalpha() else "")
        out.append(forms + forms.upper() if forms else ch)
    return out


_EDGE_PUNCTUATION = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum()) + "“”‘’…«»–—"


def search_words(text: str | None) -> list[str]:
    """The folded words of a search, punctuation around them dropped (``'"Khai sinh",'`` finds what
    ``khai sinh`` finds); punctuation inside a word stays (codes: ``1.009248``, ``03/2026``, ``QT-01``)."""
    return [w for w in (part.strip(_EDGE_PUNCTUATION) for part in fold(text).split()) if w]


def sort_key(value: str | None) -> tuple:
    """Vietnamese alphabetical order: a < ă < â, d < đ, and tones only after the letters.

    Primary: letters in the Vietnamese alphabet (other characters by code point, after);
    secondary: tone marks, so 'ma' < 'má' < 'mai'.
    """
    if not value:
        return ((), ())
    primary: list[tuple[int, int]] = []
    tones: list[int] = []
    for ch in nfc(value).casefold():
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        tone = 0
        letter = base
        for mark in marks:
            if mark in _TONES:
                tone = _TONES[mark]
            elif mark in _LETTER_MARKS:
                letter += mark
        letter = unicodedata.normalize("NFC", letter)
        if letter in _RANK:
            primary.append((1, _RANK[letter]))
        elif letter.isdigit():
            primary.append((0, ord(letter)))
        elif letter.isspace():
            primary.append((-1, 0))
        else:
            primary.append((2, ord(letter)))
        tones.append(tone)
    return (tuple(primary), tuple(tones))


def ascii_slug(value: str) -> str:
    """An ASCII-only name part for exported files: 'Xã Tân Phú' → 'XaTanPhu'."""
    words = ("".join(c for c in w if c.isascii() and c.isalnum()) for w in fold(value).split())
    return "".join(w[:1].upper() + w[1:] for w in words if w)


# The words that name a unit's kind before its proper name, longest first ("thị xã" before "xã").
_UNIT_KINDS = ("đặc khu", "thị trấn", "thị xã", "thành phố", "phường", "quận", "huyện", "tỉnh", "xã")


def place_name(short_name: str) -> str:
    """'xã Tân Phú' → 'Tân Phú', 'đặc khu Côn Đảo' → 'Côn Đảo': the name a document is dated at (Decree 30's
    địa danh) and a file is named after; a name without a kind word stays as it is."""
    name = nfc(short_name).strip()
    lowered = name.lower()
    for kind in _UNIT_KINDS:
        rest = name[len(kind):].strip()
        if lowered.startswith(kind + " ") and rest and not rest.isdigit():  # "Phường 1" stays whole
            return rest
    return name
