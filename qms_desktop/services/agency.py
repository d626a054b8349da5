"""Agency profile and the commune's settings (stored in the database, one registry of defaults)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from sqlalchemy import select

from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.model import AgencyKind, label
from qms_desktop.domain.periods import CALENDAR, DECREE_09
from qms_desktop.domain.text import clean, fold, place_name
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.reports.report_data import AgencyInfo
from qms_desktop.reports.wording_office import PROPOSER_DEFAULT
from qms_desktop.services.context import AppContext, Stamp, stamps_of
from qms_desktop.storage import orm


@dataclass(frozen=True)
class AgencyProfile(AgencyInfo):
    """The agency's identity as its reports print it (``AgencyInfo``), with what this program needs besides."""

    kind: str = AgencyKind.COMMUNE
    recipient: str = ""
    doc_symbol: str = "BC-UBND"
    code: str = ""  # the unit code the province gave the commune (sent in the package: agency.code)
    mode: str = "commune"  # "commune", or "office": a receiving office's database (issue 14)


MODES = ("commune", "office")


# Settings with their defaults; values are strings in the database.
DEFAULTS: dict[str, str] = {
    "period_rule": DECREE_09,  # or calendar
    "yearly_rule": "calendar",  # or rolling12
    "report_due_h1": "06-20",
    "report_due_year": "12-20",
    "language": "vi",
    # Printed in the report's Part II (TT 26 Art. 36.2 c, e): what the records say, nothing assumed.
    "website": "",  # the commune's website, where announcements are posted ("" = it has none)
    "consultant_status": "",  # "none": built by the commune itself; "hired": see consultant_name; "": not recorded
    "consultant_name": "",  # the consulting organisation (and contract) when one was chosen
    # The official digital signature (issue 17): the token's PKCS#11 library (a path; the PIN is
    # never stored), its slot ("" = the first token present), the signature and seal images
    # (SHA-256 of a PNG in stored_file, "" = none) and an optional RFC 3161 timestamp server.
    "pkcs11_library": "",
    "pkcs11_slot": "",
    "signature_image": "",
    "seal_image": "",
    "timestamp_url": "",
    "target_on_time_rate": "98",  # receiving office: a unit's TTHC on-time rate below this is a warning (%)
    "inspection_proposer": PROPOSER_DEFAULT,  # receiving office: "Theo đề nghị của …" on Mẫu 20 ("" = no such line)
}
CHOICES = {"period_rule": (DECREE_09, CALENDAR), "yearly_rule": ("calendar", "rolling12"), "language": ("vi", "en"),
           "consultant_status": ("", "none", "hired")}


def get_profile(ctx: AppContext) -> AgencyProfile | None:
    with ctx.tx("read") as s:
        row = s.get(orm.Agency, 1)
        if row is None:
            return None
        return AgencyProfile(**{f.name: getattr(row, f.name) for f in fields(AgencyProfile)})


def validate_profile(profile: AgencyProfile) -> dict:
    """The profile's cleaned values, with defaults derived from the name. Raises ValidationError."""
    values = {k: clean(v) for k, v in asdict(profile).items()}
    if not values["full_name"]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label} is required."), field="full_name",
                              field_label=QT_TRANSLATE_NOOP("Fields", "Agency name"))
    if values["kind"] not in {k.value for k in AgencyKind}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown kind of agency: {kind} (use xa, phuong or dac-khu)."),
                              field="kind", kind=values["kind"])
    named = kind_named_in(values["full_name"])
    if values["mode"] != "office" and named is not None and named != values["kind"]:
        # "Ủy ban nhân dân phường Đà Lạt" of kind xã: the report's headings and the office's register would disagree
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The name says {named}, but the kind chosen is {kind}: choose the kind the name says, or "
                      "correct the name."), field="kind", named=_KindLabel(named), kind=_KindLabel(values["kind"]))
    if values["mode"] not in MODES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown mode: {mode}."), field="mode", mode=values["mode"])
    if len(values["code"]) > 50:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The unit code is too long (at most 50 characters)."),
                              field="code")
    if values["mode"] == "office":  # a department: its name is its short name; dates carry the province's name
        from qms_desktop.reports.wording_office import place_of

        values["short_name"] = values["short_name"] or values["full_name"]
        values["place_name"] = values["place_name"] or place_of(values["province"]) or values["full_name"]
    if not values["short_name"]:
        values["short_name"] = _short_name(values["full_name"])
    if not values["place_name"]:
        values["place_name"] = place_name(values["short_name"])
    if values["mode"] != "office" and not values["recipient"]:  # a report is always sent to someone (Kính gửi)
        from qms_desktop.services.starter_kit import default_recipient

        values["recipient"] = default_recipient(values["province"])
    return values


def save_profile(ctx: AppContext, profile: AgencyProfile, settings: dict[str, str] | None = None) -> AgencyProfile:
    """Create or update the agency profile, and ``settings`` with it (one unit of work: all or nothing).

    Raises:
        ValidationError: no name, or an unknown kind; a setting's bad value.
        RecordChanged: saved with ``ctx.editing(*edit_stamps(…))`` after someone else changed one of them.
    """
    values = validate_profile(profile)
    checked = {key: _setting_value(key, value) for key, value in (settings or {}).items()}
    with ctx.tx("edit") as s:
        write_profile(s, values)
        _write_settings(s, checked)
    return AgencyProfile(**values)


def write_profile(s, values: dict) -> None:
    """Write the validated profile ``values`` (``validate_profile``) into the one agency row, created if missing,
    inside the caller's unit of work."""
    row = s.get(orm.Agency, 1)
    if row is None:
        s.add(orm.Agency(id=1, **values))
    else:
        for k, v in values.items():
            setattr(row, k, v)


def edit_stamps(ctx: AppContext, setting_keys=(), *, profile: bool = True) -> tuple[Stamp, ...]:
    """The stamps of the agency profile (``profile``) and of the settings ``setting_keys`` now, stored or not:
    a form that loads them after taking these saves with ``ctx.editing(*stamps)`` (a save after someone
    else's is refused instead of overwriting it)."""
    with ctx.tx("read") as s:
        out = list(stamps_of(s, orm.Agency, [1]).values()) if profile else []
        return tuple(out + list(stamps_of(s, orm.Setting, list(setting_keys)).values()))


_NAMED_KINDS = (("xa ", AgencyKind.COMMUNE), ("phuong ", AgencyKind.WARD), ("dac khu ", AgencyKind.SPECIAL_ZONE))


def kind_named_in(full_name: str) -> str | None:
    """The kind of agency a name says ("Ủy ban nhân dân phường Đà Lạt" → "phuong"), or None when it says none."""
    rest = fold(_short_name(clean(full_name)))
    return next((kind.value for word, kind in _NAMED_KINDS if rest.startswith(word)), None)


class _KindLabel:
    """The kind's label as a message (context "Labels"), translated where the error is shown."""

    def __init__(self, kind: str) -> None:
        self.context, self.message, self.params = "Labels", label(kind), {}


def _short_name(full: str) -> str:
    """'Ủy ban nhân dân xã Tân Phú' → 'xã Tân Phú' (the name used in titles and file names)."""
    for prefix in ("Ủy ban nhân dân ", "Uỷ ban nhân dân ", "UBND "):
        if full.lower().startswith(prefix.lower()):
            return full[len(prefix):]
    return full


def get_setting(ctx: AppContext, key: str) -> str:
    with ctx.tx("read") as s:
        row = s.get(orm.Setting, key)
        return row.value if row else DEFAULTS[key]


def all_settings(ctx: AppContext) -> dict[str, str]:
    with ctx.tx("read") as s:
        stored = {r.key: r.value for r in s.scalars(select(orm.Setting))}
    return DEFAULTS | {k: v for k, v in stored.items() if k in DEFAULTS}


def set_setting(ctx: AppContext, key: str, value: str) -> None:
    set_settings(ctx, {key: value})


def set_settings(ctx: AppContext, values: dict[str, str]) -> None:
    """Several settings in one unit of work (all checked first: a bad value changes nothing)."""
    checked = {key: _setting_value(key, value) for key, value in values.items()}
    with ctx.tx("edit") as s:
        _write_settings(s, checked)


def _write_settings(s, values: dict[str, str]) -> None:
    for key, value in values.items():
        row = s.get(orm.Setting, key)
        if row is None:
            s.add(orm.Setting(key=key, value=value))
        else:
            row.value = value


def _setting_value(key: str, value: str) -> str:
    """``value`` checked and normalised for setting ``key``. Raises ValidationError."""
    if key not in DEFAULTS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown setting: {key}"), key=key)
    value = clean(value)
    if key in CHOICES and value not in CHOICES[key]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: '{value}' is not an allowed value."),
                              field=key, field_label=key, value=value)
    if key == "target_on_time_rate":
        try:
            rate = float(value.replace(",", "."))
        except ValueError:
            rate = -1.0
        if not 0 <= rate <= 100:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The target is a percentage from 0 to 100."), field=key)
        value = f"{rate:g}"
    if key.startswith("report_due"):
        try:
            month, day = (int(x) for x in value.split("-"))
            import datetime as dt
            dt.date(2024, month, day)
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Use MM-DD for a due date, e.g. 06-20."), field=key) from None
    return value


def is_office(ctx: AppContext) -> bool:
    """True when this database is a receiving office's (its profile says mode "office")."""
    with ctx.tx("read") as s:
        row = s.get(orm.Agency, 1)
        return row is not None and row.mode == "office"
