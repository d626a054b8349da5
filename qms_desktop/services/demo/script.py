"""The demo commune's date-ordered script: two years of realistic records of "Ủy ban nhân dân xã Tân Phú", written
through the services.
Everything is dated relative to ``today`` and written in date order, each action as the demo account that
would do it, on the simulated day it happens (``AppContext`` with a fixed clock), so that the services' rules
and the change history apply exactly as in real use. Actions dated after ``today`` are not written (planned
audits and reviews are recorded as planned). The result is deterministic for a given ``today``.

The data (names, findings, texts) is Vietnamese content, written as such; the code speaks English.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Callable

from qms_desktop.domain import rates
from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.model import ChecklistResult, ImprovementSource, NcSource, ReviewOutputKind, Role, RiskKind, Severity
from qms_desktop.domain.periods import add_months, current_period
from qms_desktop.domain.steps import Step
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services import (
    agency, announcements, attachments, audits, field_stats, ncs, objectives, procedures, records, reviews, tthc, users,
)
from qms_desktop.services.context import Actor, AppContext, SYSTEM
from qms_desktop.services.demo.data import (
    ADDED_LATER, AGENCY, AUDITS, CHECKLIST, DEMO_ACCOUNTS, DRAFT, FIELD_UNIT, GENERIC, LAWS, MISFIT, OUT_OF_SCOPE, PLACE,
    PROCEDURES, RECIPIENT, SAME_DAY, SEED, STAFF, SURVEY_QUESTIONS, TITLE_CT, TITLE_PCT, TTHC_LIST, UNITS, WEBSITE,
    AuditSpec, ProcSpec,
)
from qms_desktop.services.demo.helpers import Half, docx, field_lines, fmt, half_bounds, tthc_days, weekday
from qms_desktop.storage import orm
from qms_desktop.storage.db import Database


# ---------------------------------------------------------------- entry point

def create_demo(db: Database, *, today: dt.date | None = None,
                extra_account: tuple[str, str] | None = None) -> dict[str, int]:
    """Fill an empty database with the demo commune; returns what it holds: the number of TTHC, procedures,
    audits, nonconformities and reviews (keys ``tthc``, ``procedures``, ``audits``, ``ncs``, ``reviews``).

    Raises:
        ValidationError: the database already has an agency profile, accounts or records; or the extra
            account's name or password is not acceptable. Nothing is written then.
    """
    today = today or dt.date.today()
    _refuse_non_empty(db)
    accounts = _accounts(extra_account)
    demo = _Demo(db, today)
    demo.schedule_all()
    demo.create_accounts(accounts)  # on the script's first day, before everything that follows it
    demo.run()
    return demo.summary()


def create_demo_file(path, *, today: dt.date | None = None,
                     extra_account: tuple[str, str] | None = None) -> dict[str, int]:
    """The demo commune in a new file at ``path`` (missing, or of 0 bytes): built beside it and renamed into place
    once whole, so that a build killed half-way never leaves a half-built commune there (QA 51 F8). Returns
    ``create_demo``'s summary."""
    import contextlib
    import os
    from pathlib import Path

    path = Path(path)
    tmp = path.with_name(path.stem + ".creating.sqlite")
    leftovers = [tmp.with_name(tmp.name + suffix) for suffix in ("", "-wal", "-shm", ".writers.lock")]
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    db = Database.open(tmp)
    try:
        summary = create_demo(db, today=today, extra_account=extra_account)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    for leftover in leftovers[1:]:
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
    return summary


def _refuse_non_empty(db: Database) -> None:
    from sqlalchemy import func, select

    with db.session() as s:
        used = any(s.scalar(select(func.count()).select_from(model)) for model in (
            orm.Agency, orm.User, orm.Unit, orm.Tthc, orm.Procedure))
    if used:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The demo commune can only be written into an empty database; this one already has an "
                      "agency profile, accounts or records."))


def _accounts(extra: tuple[str, str] | None) -> list[tuple[str, str, str, str]]:
    """The demo accounts, leader first; the extra account changes a demo password or adds a leader."""
    accounts = sorted(DEMO_ACCOUNTS, key=lambda a: a[1] != Role.LEADER)
    if extra is None:
        return accounts
    name = users.check_account(extra[0] or "", extra[1], Role.LEADER)  # refuse a bad name or password before writing
    password = extra[1]
    if any(a[0] == name for a in accounts):
        return [(u, role, password if u == name else pw, full) for u, role, pw, full in accounts]
    return accounts + [(name, Role.LEADER.value, password, "")]


class _Demo:
    def __init__(self, db: Database, today: dt.date) -> None:
        self.db = db
        self.T = today
        self.Y = today.year
        self.rng = random.Random(SEED)
        self.actors: dict[str, Actor] = {}
        self._contexts: dict[tuple[str, dt.date], AppContext] = {}
        self._events: list[tuple[dt.date, int, str, Callable[[AppContext], object]]] = []
        self.unit: dict[str, int] = {}
        self.staff: dict[str, int] = {}
        self.tthc: dict[str, int] = {}
        self.proc: dict[str, int] = {}
        self.ids: dict[str, int] = {}
        self.numbers: dict[str, str] = {}
        self.halves: list[Half] = []
        # the story's anchor dates
        T = today
        self.S = weekday(add_months(T, -26))  # the commune starts building its QMS
        self.E1 = weekday(add_months(T, -24))  # first procedures take effect
        self.audit0 = weekday(self.E1 + dt.timedelta(days=25))
        self.review0 = weekday(self.audit0 + dt.timedelta(days=13))
        self.A0 = weekday(add_months(T, -22))  # the announcement
        self.complaint_late = weekday(add_months(T, -12) - dt.timedelta(days=20))
        self.complaint_recent = weekday(T - dt.timedelta(days=50))
        self.inspection_old = weekday(add_months(T, -13))
        self.inspection_new = weekday(T - dt.timedelta(days=35))
        self.scope_change = weekday(add_months(T, -3))
        self.legal_change = weekday(T - dt.timedelta(days=62))
        self.audit_day = {y: weekday(dt.date(y, 9, 16)) for y in (self.Y - 1, self.Y)}
        self.review_day = {y: weekday(dt.date(y, 10, 21)) for y in (self.Y - 1, self.Y)}

    # ------------------------------------------------------------ machinery
    def ctx(self, who: str, day: dt.date) -> AppContext:
        key = (who, day)
        if key not in self._contexts:
            self._contexts[key] = AppContext(self.db, self.actors[who], clock=lambda d=day: d)
        return self._contexts[key]

    def on(self, day: dt.date, who: str, fn: Callable[[AppContext], object]) -> None:
        """Schedule an action on a day; actions after today are not written."""
        if day <= self.T:
            self._events.append((day, len(self._events), who, fn))

    def run(self) -> None:
        for day, _seq, who, fn in sorted(self._events, key=lambda e: (e[0], e[1])):
            fn(self.ctx(who, day))

    def days(self, day: dt.date, n: int) -> dt.date:
        return weekday(day + dt.timedelta(days=n))

    def name(self, key: str) -> str:
        return next(s[1] for s in STAFF if s[0] == key)

    def title(self, key: str) -> str:
        return next(s[2] for s in STAFF if s[0] == key)

    # ------------------------------------------------------------ accounts
    def first_day(self) -> dt.date:
        """The day the story starts: its first scheduled action (``S`` before anything is scheduled)."""
        return min((e[0] for e in self._events), default=self.S)

    def create_accounts(self, accounts: list[tuple[str, str, str, str]]) -> None:
        """The accounts, stamped (created at, history) with the script's first day like what follows them."""
        (first, role, password, full), *rest = accounts
        day = self.first_day()
        leader = AppContext(self.db, Actor(first, role, full), clock=lambda: day)
        users.create_first_user(self.db, username=first, password=password, full_name=full, role=role, now=leader.now)
        for username, role_, pw, full_ in rest:
            users.create_user(leader, username=username, password=pw, role=role_, full_name=full_)
        for username, role_, _pw, full_ in accounts:
            self.actors[username] = Actor(username, role_, full_)
        for username, role_, _pw, full_ in DEMO_ACCOUNTS:
            self.actors.setdefault(username, Actor(username, role_, full_))

    # ------------------------------------------------------------ the story
    def schedule_all(self) -> None:
        self.schedule_setup()
        self.schedule_procedures()
        self.schedule_announcement()
        self.schedule_statistics()
        self.schedule_policy_and_objectives()
        self.schedule_risks()
        self.schedule_audits()
        self.schedule_inspections()
        self.schedule_complaints()
        self.schedule_reviews()
        self.schedule_trainings()
        self.schedule_improvements()
        self.schedule_petitions()
        self.schedule_reports()

    def schedule_reports(self) -> None:
        """The six-month and annual reports of the last two years: drafted, finalised and sent."""
        from qms_desktop.domain.periods import ReportPeriod
        from qms_desktop.services.reports import lifecycle

        for code in (f"{self.Y - 1}-H1", f"{self.Y - 1}", f"{self.Y}-H1", f"{self.Y}"):
            period = ReportPeriod.parse(code)
            end = period.bounds()[1]
            drafted, final, sent = (self.days(end, n) for n in (4, 5, 6))  # after the figures are in
            holder: dict[str, int] = {}

            def draft(ctx, code=code, holder=holder, half=period.half):
                row = lifecycle.create_report(ctx, period=code)
                holder["id"] = row.id
                lifecycle.update_report(
                    ctx, row.id,
                    shortcomings=("Một số công chức chưa cập nhật kịp thời biểu mẫu theo lần ban hành mới của quy trình.\n"
                                  "Việc lưu hồ sơ giải quyết TTHC ở bộ phận Tư pháp - Hộ tịch còn chậm; nguyên nhân "
                                  "chủ yếu do khối lượng hồ sơ lớn, nhân sự kiêm nhiệm."),
                    plans=("Tiếp tục duy trì, cải tiến HTQLCL; rà soát, cập nhật quy trình khi văn bản pháp luật thay đổi.\n"
                           + ("Tổ chức đánh giá nội bộ và xem xét của lãnh đạo trong 6 tháng cuối năm." if half else
                              "Xây dựng kế hoạch duy trì HTQLCL năm tiếp theo; đào tạo lại chuyên gia đánh giá nội bộ.")),
                    proposals="Đề nghị Sở Khoa học và Công nghệ tiếp tục tổ chức tập huấn chuyên gia đánh giá nội bộ cho cấp xã.",
                    # the annual report answers the Department's written request (TT 26 Art. 35.2)
                    request_letter="" if half else (
                        f"Công văn số {1400 + ReportPeriod.parse(code).year % 100}/SKHCN-TĐC ngày "
                        f"{weekday(dt.date(ReportPeriod.parse(code).year, 11, 10)).strftime('%d/%m/%Y')} của Sở Khoa "
                        f"học và Công nghệ tỉnh Lâm Đồng về việc báo cáo tình hình áp dụng, duy trì và cải tiến Hệ "
                        f"thống quản lý chất lượng năm {ReportPeriod.parse(code).year}"))

            def finalize(ctx, holder=holder):
                # The leader reads the pre-flight: a refusal would stop the demo (a bug in its story); a
                # warning the records justify (e.g. no management review in the 12 months before an early
                # first half) is acknowledged by its code, as in the application.
                if "id" in holder:
                    found = lifecycle.preflight(ctx, holder["id"])
                    lifecycle.finalize_report(ctx, holder["id"], acknowledge=[f.code for f in found.warnings])

            def send(ctx, holder=holder):
                if "id" in holder:
                    lifecycle.mark_sent(ctx, holder["id"])

            self.on(drafted, "thuky", draft)
            self.on(final, "lanhdao", finalize)
            self.on(sent, "thuky", send)

    def schedule_setup(self) -> None:
        S = self.S

        def profile(ctx):
            agency.save_profile(ctx, AGENCY)
            agency.set_setting(ctx, "period_rule", "decree09")
            agency.set_setting(ctx, "yearly_rule", "calendar")
            agency.set_setting(ctx, "website", WEBSITE)
            agency.set_setting(ctx, "consultant_status", "none")  # built by the commune with the province's training

        self.on(S, "lanhdao", profile)

        def units(ctx):
            for key, name, description in UNITS:
                self.unit[key] = records.create(ctx, "unit", {"name": name, "description": description}).id
            for key, full_name, title, unit_key, steering, auditor in STAFF:
                self.staff[key] = records.create(ctx, "staff", {
                    "full_name": full_name, "title": title, "unit_id": self.unit.get(unit_key),
                    "is_steering": steering, "is_auditor": False,
                }).id

        self.on(S, "thuky", units)

        def auditors(ctx):  # certified after the auditors' course
            course = f"Giấy chứng nhận đào tạo chuyên gia đánh giá nội bộ TCVN ISO 9001:2015, khóa tháng " \
                     f"{self.days(S, 28).strftime('%m/%Y')}"
            for key, *_rest, auditor in STAFF:
                if auditor:
                    records.update(ctx, "staff", self.staff[key], {"is_auditor": True, "auditor_certificate": course})

        self.on(self.days(S, 33), "thuky", auditors)

        def tthc_list(ctx):
            for code, name, field, limit in TTHC_LIST:
                in_scope = code not in OUT_OF_SCOPE and code not in ADDED_LATER
                self.tthc[code] = tthc.create_tthc(ctx, code=code, name=name, field=field, time_limit=limit,
                                                   in_scope=in_scope).id

        self.on(self.days(S, 3), "thuky", tthc_list)

        def widen_scope(ctx):
            for code in ADDED_LATER:
                tthc.set_in_scope(ctx, self.tthc[code], True)

        self.on(self.scope_change, "thuky", widen_scope)

    # ------------------------------------------------------------ procedures
    def steps_for(self, spec: ProcSpec, version: int = 1) -> tuple[Step, ...]:
        unit = FIELD_UNIT.get(spec.unit, "Văn phòng - Thống kê")
        limits = [days for code, _n, _f, limit in TTHC_LIST if code in spec.tthc
                  for days in [tthc_days(limit)] if days is not None]
        limit = min(limits) if limits else 0
        if spec.steps is None:
            return ()
        if spec.steps == SAME_DAY:
            rows = [
                ("Tiếp nhận, kiểm tra hồ sơ; cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Bộ phận một cửa", 1,
                 "hours", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
                ("Chuyển hồ sơ cho công chức chuyên môn kèm Phiếu kiểm soát quá trình giải quyết hồ sơ",
                 "Bộ phận một cửa", 0.5, "hours", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
                ("Thẩm định hồ sơ, dự thảo kết quả giải quyết", f"Công chức {unit}", 3, "hours", "Dự thảo kết quả"),
                ("Xem xét, ký kết quả giải quyết", "Chủ tịch hoặc Phó Chủ tịch UBND xã", 2, "hours", "Kết quả đã ký"),
                ("Vào sổ, đóng dấu, chuyển kết quả cho Bộ phận một cửa", "Văn phòng - Thống kê", 1, "hours",
                 "Sổ theo dõi"),
                ("Trả kết quả, thu lệ phí (nếu có)", "Bộ phận một cửa", 0.5, "hours", "Sổ theo dõi hồ sơ"),
            ]
            if version >= 2:  # electronic results returned too: registering gets faster
                rows[4] = ("Vào sổ, đóng dấu, cập nhật kết quả điện tử lên Cổng Dịch vụ công", "Văn phòng - Thống kê",
                           1, "hours", "Kết quả bản điện tử")
        elif spec.steps in (GENERIC, MISFIT):
            check = limit - 1.5 if spec.steps == GENERIC else 2
            sign = 0.5 if spec.steps == GENERIC else 1
            rows = [
                ("Tiếp nhận, kiểm tra hồ sơ; cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Bộ phận một cửa", 4,
                 "hours", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
                ("Thẩm định hồ sơ, dự thảo kết quả giải quyết", f"Công chức {unit}", check, "days",
                 "Hồ sơ đã thẩm định, dự thảo kết quả"),
                ("Xem xét, ký kết quả giải quyết", "Chủ tịch hoặc Phó Chủ tịch UBND xã", sign, "days", "Kết quả đã ký"),
                ("Vào sổ, đóng dấu; trả kết quả cho tổ chức, cá nhân", "Bộ phận một cửa", 4, "hours",
                 "Sổ theo dõi hồ sơ"),
            ]
        else:
            rows = list(spec.steps)
            if version >= 2 and spec.code == "QT-BTXH-01":
                rows[3] = ("Hoàn thiện hồ sơ, trình Chủ tịch UBND xã quyết định", "Công chức Văn hóa - Xã hội", 3.5,
                           "days", "Tờ trình, dự thảo quyết định")
                rows.insert(4, ("Thông báo bằng văn bản cho người nộp hồ sơ khi hồ sơ phải bổ sung hoặc chậm giải "
                                "quyết, nêu rõ lý do", "Công chức Văn hóa - Xã hội", 4, "hours",
                                "Phiếu xin lỗi và hẹn lại ngày trả kết quả"))
        return tuple(Step(i, a, r, d, u, res) for i, (a, r, d, u, res) in enumerate(rows, start=1))

    def _version(self, spec: ProcSpec, number: int, drafted: dt.date, reviewed: dt.date, approved: dt.date,
                 effective: dt.date, summary: str, approve: bool = True) -> None:
        data = procedures.VersionInput(
            issue_date=approved if approve else None, effective_date=effective if approve else None,
            drafted_by=self.name(spec.owner), drafted_title=self.title(spec.owner), drafted_date=drafted,
            reviewed_by=self.name("pct") if approve else "", reviewed_title=TITLE_PCT if approve else "",
            reviewed_date=reviewed if approve else None, change_summary=summary,
            steps=self.steps_for(spec, number),
        )
        key = f"{spec.code}/v{number}"

        def draft(ctx):
            self.ids[key] = procedures.add_version(ctx, self.proc[spec.code], data).id

        self.on(drafted, "thuky", draft)
        if not approve:
            return

        def sign(ctx):
            procedures.approve_version(ctx, self.ids[key], approved_by=self.name("ct"), approved_title=TITLE_CT,
                                       approved_date=approved, effective_date=effective)

        self.on(approved, "lanhdao", sign)

        def attach(ctx):
            text = [
                "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
                f"QUY TRÌNH {spec.code}: {spec.title.upper()}",
                f"Lần ban hành: {number:02d}    Ngày ban hành: {fmt(approved)}    Ngày hiệu lực: {fmt(effective)}",
                f"Soạn thảo: {self.name(spec.owner)}    Xem xét: {self.name('pct')}    Phê duyệt: {self.name('ct')}",
                "1. Mục đích  2. Phạm vi áp dụng  3. Tài liệu viện dẫn  4. Định nghĩa, viết tắt  5. Nội dung quy trình  "
                "6. Biểu mẫu  7. Hồ sơ cần lưu",
            ]
            filename = f"{spec.code}_LanBanHanh{number:02d}.docx"
            attachments.attach(ctx, "procedure_version", self.ids[key], filename=filename, data=docx(text, approved))

        self.on(approved, "thuky", attach)

    def _legal(self, code: str, number: str, title: str, issued: dt.date | None, effective: dt.date | None,
               incorporated: dt.date | None, on_day: dt.date) -> None:
        def add(ctx):
            records.create(ctx, "legal_document", {
                "procedure_id": self.proc[code], "number": number, "title": title, "issued_date": issued,
                "effective_date": effective, "incorporated_date": incorporated,
            })

        self.on(on_day, "thuky", add)

    def schedule_procedures(self) -> None:
        S, E1 = self.S, self.E1
        approved1, reviewed1 = self.days(E1, -3), self.days(E1, -10)
        for i, spec in enumerate(PROCEDURES):
            drafted = self.days(S, 30 + i // 2)

            def register(ctx, spec=spec):
                self.proc[spec.code] = procedures.create_procedure(
                    ctx, code=spec.code, title=spec.title, kind=spec.kind, field=spec.field,
                    tthc_ids=[self.tthc[c] for c in spec.tthc], owner_unit_id=self.unit[spec.unit],
                    owner_staff_id=self.staff[spec.owner]).id

            self.on(drafted, "thuky", register)
            self._version(spec, 1, drafted, reviewed1, approved1, E1, "Ban hành lần đầu")
            for law in spec.laws:
                number, title, issued, effective = LAWS[law]
                built_in = E1 if effective is None or effective <= E1 else min(self.days(effective, 30), self.T)
                self._legal(spec.code, number, title, issued, effective, built_in, E1)

        # Version 2 of four procedures (the first then Hết hiệu lực the day before).
        by_code = {p.code: p for p in PROCEDURES}
        y1 = self.Y - 1
        qt01 = self.days(self.audit_day[y1], 46)
        self._version(by_code["QT-01"], 2, self.days(qt01, -20), self.days(qt01, -10), self.days(qt01, -3), qt01,
                      "Bổ sung quy định quản lý, lưu trữ hồ sơ điện tử")
        self._amend("QT-01", qt01, "Mục 5.4: bổ sung quy định số hóa, lưu trữ hồ sơ điện tử của TTHC và thời hạn lưu "
                    "trữ hồ sơ điện tử", "Khuyến nghị của cuộc đánh giá nội bộ năm " + str(y1))
        self._amend("QT-01", qt01, "Biểu mẫu BM.QT01.03: bổ sung cột \"Hình thức lưu (giấy/điện tử)\" trong Danh mục "
                    "hồ sơ", "Nghị định số 30/2020/NĐ-CP")

        btxh = self.days(self.complaint_late, 45)
        self._version(by_code["QT-BTXH-01"], 2, self.days(btxh, -20), self.days(btxh, -10), self.days(btxh, -3), btxh,
                      "Bổ sung bước thông báo cho người nộp hồ sơ khi hồ sơ phải bổ sung hoặc chậm giải quyết")
        self._amend("QT-BTXH-01", btxh, "Mục 5.5: bổ sung bước thông báo bằng văn bản cho người nộp hồ sơ khi hồ sơ "
                    "phải bổ sung hoặc chậm giải quyết; rút ngắn thời gian hoàn thiện hồ sơ còn 3,5 ngày",
                    "Kết quả xử lý phản ánh của công dân (sự không phù hợp nguồn khiếu nại)")

        ht01 = self.days(self.review_day[y1], 100)
        province_ht = self.days(self.review_day[y1], 40)
        self._version(by_code["QT-HT-01"], 2, self.days(ht01, -20), self.days(ht01, -10), self.days(ht01, -3), ht01,
                      "Cập nhật thủ tục đăng ký khai sinh theo danh mục TTHC sửa đổi của tỉnh; trả kết quả điện tử")
        self._legal("QT-HT-01", "1875/QĐ-UBND",
                    f"Quyết định số 1875/QĐ-UBND ngày {fmt(self.days(province_ht, -10))} của Chủ tịch UBND tỉnh Lâm "
                    "Đồng công bố danh mục thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực hộ tịch áp dụng "
                    "tại cấp xã", self.days(province_ht, -10), province_ht, ht01, self.days(ht01, -20))
        self._amend("QT-HT-01", ht01, "Mục 5.2: cập nhật thành phần hồ sơ, cách thức nộp hồ sơ trực tuyến; bước 5 "
                    "bổ sung trả kết quả bản điện tử", "Quyết định số 1875/QĐ-UBND của Chủ tịch UBND tỉnh Lâm Đồng")

        ct01 = weekday(add_months(self.T, -6))
        self._version(by_code["QT-CT-01"], 2, self.days(ct01, -20), self.days(ct01, -10), self.days(ct01, -3), ct01,
                      "Bổ sung cấp bản sao điện tử được chứng thực từ bản chính")
        self._amend("QT-CT-01", ct01, "Mục 5.3: bổ sung trình tự chứng thực bản sao điện tử từ bản chính, trả kết quả "
                    "qua Cổng Dịch vụ công", "Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện "
                    "thủ tục hành chính trên môi trường điện tử")

        # A legal change not yet built in: effective about two months ago (3-month deadline soon).
        issued = self.days(self.legal_change, -10)
        self._legal("QT-BTXH-01", "2187/QĐ-UBND",
                    f"Quyết định số 2187/QĐ-UBND ngày {fmt(issued)} của Chủ tịch UBND tỉnh Lâm Đồng công bố danh mục "
                    "thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực bảo trợ xã hội áp dụng tại cấp xã",
                    issued, self.legal_change, None, self.days(self.legal_change, 4))

        # The procedure for a TTHC put in scope recently: still a draft.
        drafted = self.days(self.T, -12)

        def register_draft(ctx):
            self.proc[DRAFT.code] = procedures.create_procedure(
                ctx, code=DRAFT.code, title=DRAFT.title, kind=DRAFT.kind, field=DRAFT.field,
                tthc_ids=[self.tthc[c] for c in DRAFT.tthc], owner_unit_id=self.unit[DRAFT.unit],
                owner_staff_id=self.staff[DRAFT.owner]).id

        self.on(self.days(self.T, -20), "thuky", register_draft)
        self._version(DRAFT, 1, drafted, drafted, drafted, drafted, "Dự thảo lần đầu", approve=False)
        number, title, issued_law, effective = LAWS["ltdkt"]
        self._legal(DRAFT.code, number, title, issued_law, effective, None if effective is None else drafted, drafted)

    def _amend(self, code: str, day: dt.date, item: str, basis: str) -> None:
        self.on(day, "thuky", lambda ctx: procedures.add_amendment(
            ctx, self.proc[code], item=item, legal_basis=basis, version_number=2, date=day))

    # ------------------------------------------------------------ announcement
    def schedule_announcement(self) -> None:
        A0 = self.A0
        number = f"{self.rng.randint(8, 25)}/QĐ-UBND"

        def announce(ctx):
            row = announcements.announce(ctx, {
                "decision_number": number, "decision_date": A0,
                "activities": "Các hoạt động nội bộ: quản lý văn bản đi, đến; tiếp nhận và xử lý phản ánh, kiến nghị "
                              "của người dân về giải quyết thủ tục hành chính",
                "notice_sent_date": self.days(A0, 2), "notice_recipient": RECIPIENT,
                "posted_date": self.days(A0, 1), "website_posted_date": self.days(A0, 2), "is_reannouncement": False,
            })
            self.ids["announcement"] = row.id
            text = ["ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", f"Số: {number}", f"Tân Phú, ngày {A0.day:02d} tháng {A0.month:02d} "
                    f"năm {A0.year}", "QUYẾT ĐỊNH", "Về việc công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc "
                    "gia TCVN ISO 9001:2015", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "Điều 1. Công bố Hệ thống quản lý "
                    "chất lượng của Ủy ban nhân dân xã Tân Phú phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đối với "
                    "các thủ tục hành chính và hoạt động tại danh mục kèm theo.", f"CHỦ TỊCH  {self.name('ct')}"]
            attachments.attach(ctx, "announcement", row.id, filename=f"QuyetDinhCongBo_{A0.year}.docx",
                               data=docx(text, A0))

        self.on(A0, "thuky", announce)

    # ------------------------------------------------------------ statistics and surveys
    def schedule_statistics(self) -> None:
        complaints = [(self.complaint_late, True), (self.complaint_recent, False)]
        book = [row[0] for row in self.petition_rows()]
        book_year = current_period(min(book)).year  # the report period of the book's first entry (Decree 09)
        for year in range(self.Y - 3, self.Y + 1):
            for first in (True, False):
                start, end = half_bounds(year, first)
                if end < self.E1 or self.days(end, 1) > self.T:
                    continue
                h = Half(year, first, start, end)
                h.received = self.rng.randint(620, 880)
                h.pending = self.rng.randint(4, 14)
                rate = 97.6 if (year, first) == (self.Y, True) else self.rng.randint(982, 993) / 10
                settled = h.received - h.pending
                h.on_time = round(settled * rate / 100)
                h.late = settled - h.on_time
                h.complaints = sum(1 for d, _late in complaints if start <= d <= end)
                h.late_complaints = sum(1 for d, late in complaints if late and start <= d <= end)
                h.feedback = self.rng.randint(3, 9) + h.complaints
                if year >= book_year:  # the book is kept: the province's count is the book's (the report prints both)
                    h.feedback = sum(1 for d in book if start <= d <= end)
                h.responses = self.rng.randint(140, 260)
                target = self.rng.randint(915, 955) / 1000
                h.satisfied = tuple(min(h.responses, round(h.responses * (target + self.rng.randint(-30, 30) / 1000)))
                                    for _q in SURVEY_QUESTIONS)
                self.halves.append(h)
                self._schedule_half(h)

    def _schedule_half(self, h: Half) -> None:
        qr_since = self.days(add_months(self.T, -7), 0)

        def stat(ctx):
            note = ("Hồ sơ trễ hạn chủ yếu thuộc lĩnh vực đất đai và bảo trợ xã hội do công chức chuyên môn kiêm "
                    "nhiệm, đi tập huấn dài ngày; đã có Phiếu xin lỗi và hẹn lại ngày trả kết quả."
                    if h.on_time_pct < 98 else "Số liệu từ Hệ thống thông tin giải quyết TTHC của tỉnh.")
            row = records.create(ctx, "service_stat", {
                "period_start": h.start, "period_end": h.end, "received": h.received, "on_time": h.on_time,
                "late": h.late, "pending": h.pending, "feedback": h.feedback, "complaints": h.complaints,
                "complaints_resolved": h.complaints, "note": note,
            })
            field_stats.set_field_stats(ctx, row.id, field_lines(h))

        entered = self.days(h.end, 1)
        if entered < h.end:  # a period ending on a Saturday: its figures are entered the Monday after, not before it ends
            entered = h.end + dt.timedelta(days=7 - h.end.weekday())
        self.on(entered, "thuky", stat)

        def survey(ctx):
            form = "Phiếu khảo sát ý kiến người dân, tổ chức về giải quyết TTHC (05 câu hỏi), phiếu giấy"
            if h.end >= qr_since:
                form += " và trực tuyến qua mã QR"
            records.create(ctx, "survey", {
                "period": h.code, "form": form, "start_date": h.start, "end_date": h.end, "responses": h.responses,
                "satisfaction_rate": rates.floor_to(h.satisfaction, 1),
                "results_json": json.dumps([{"question": q, "satisfied": n} for q, n in zip(SURVEY_QUESTIONS, h.satisfied)],
                                           ensure_ascii=False),
            })

        self.on(self.days(h.end, 2), "thuky", survey)

    # ------------------------------------------------------------ policy, objectives, results
    def schedule_policy_and_objectives(self) -> None:
        policy_text = ("Ủy ban nhân dân xã Tân Phú cam kết giải quyết thủ tục hành chính công khai, minh bạch, đúng "
                       "pháp luật, đúng hẹn; lấy sự hài lòng của người dân, tổ chức làm thước đo chất lượng phục vụ; "
                       "không ngừng cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.")

        def policy(ctx, year, approved):
            records.create(ctx, "quality_policy", {"year": year, "text": policy_text, "approved_date": approved})

        first_year = self.E1.year
        self.on(self.E1, "thuky", lambda ctx: policy(ctx, first_year, self.days(self.E1, -3)))
        for year in (self.Y - 1, self.Y):
            approved = weekday(dt.date(year, 1, 6))
            if year != first_year:
                self.on(approved, "thuky", lambda ctx, y=year, a=approved: policy(ctx, y, a))
            self.on(self.days(approved, 1), "thuky", lambda ctx, y=year: self._objectives(ctx, y))
            for h in self.halves:
                if h.year == year:
                    self.on(self.days(h.end, 3), "thuky", lambda ctx, y=year, h=h: self._results(ctx, y, h))

    def _objectives(self, ctx: AppContext, year: int) -> None:
        rows = [
            ("on_time", f"Tỷ lệ hồ sơ TTHC giải quyết đúng hạn năm {year} đạt từ 98% trở lên",
             "Số hồ sơ giải quyết đúng hạn / tổng số hồ sơ đã giải quyết (Hệ thống thông tin giải quyết TTHC)", 98, ">=",
             "%", "MC"),
            ("satisfaction", f"Tỷ lệ người dân, tổ chức hài lòng với việc giải quyết TTHC năm {year} đạt từ 90% trở lên",
             "Tổng số ý kiến hài lòng / tổng số ý kiến trên phiếu khảo sát 6 tháng", 90, ">=", "%", "VP"),
            ("coverage", "100% TTHC thuộc phạm vi áp dụng có quy trình giải quyết được ban hành và áp dụng",
             "Số TTHC có quy trình hiệu lực / số TTHC thuộc phạm vi", 100, ">=", "%", "VP"),
            ("late_complaints", "Không có phản ánh, kiến nghị của người dân về việc giải quyết TTHC trễ hạn",
             "Số phản ánh, kiến nghị về hồ sơ trễ hạn trong kỳ", 0, "<=", "vụ", "MC"),
            ("training", "100% cán bộ, công chức được phổ biến chính sách chất lượng và các quy trình mới ban hành, "
             "sửa đổi", "Số công chức được phổ biến / tổng số công chức", 100, ">=", "%", "VP"),
        ]
        for key, text, measure, target, comparison, unit, owner in rows:
            self.ids[f"objective/{year}/{key}"] = records.create(ctx, "objective", {
                "year": year, "text": text, "measure": measure, "target": target, "comparison": comparison,
                "unit": unit, "owner_unit_id": self.unit[owner]}).id

    def _results(self, ctx: AppContext, year: int, h: Half) -> None:
        halves = [x for x in self.halves if x.year == year and (x.first or not h.first)]
        on_time = sum(x.on_time for x in halves)
        settled = sum(x.on_time + x.late for x in halves)
        responses = sum(len(x.satisfied) * x.responses for x in halves)
        satisfied = sum(sum(x.satisfied) for x in halves)
        in_scope = tthc.list_tthc(ctx, in_scope_only=True)
        covered = sum(1 for t in in_scope if t.covered)
        values = {
            # floored, as every rate compared with a target (domain.rates): 97.96 is recorded 97.9
            "on_time": (rates.rate(on_time, settled), f"Đúng hạn {on_time:,}/{settled:,} hồ sơ đã giải quyết".replace(",", ".")),
            "satisfaction": (rates.rate(satisfied, responses), f"{satisfied}/{responses} ý kiến hài lòng"),
            "coverage": (rates.rate(covered, max(1, len(in_scope))),
                         f"{covered}/{len(in_scope)} TTHC thuộc phạm vi có quy trình hiệu lực"),
            "late_complaints": (sum(x.late_complaints for x in halves), "Theo sổ theo dõi phản ánh, kiến nghị"),
            "training": (100, "Theo hồ sơ phổ biến, đào tạo"),
        }
        for key, (value, note) in values.items():
            objectives.record_result(ctx, self.ids[f"objective/{year}/{key}"], period=h.code, value=value, note=note)

    # ------------------------------------------------------------ risks and opportunities
    def schedule_risks(self) -> None:
        day = self.days(self.E1, 8)
        rows = [
            ("legal", RiskKind.RISK, "Văn bản quy phạm pháp luật, danh mục TTHC thay đổi nhưng quy trình chưa được cập "
             "nhật kịp thời (quá 03 tháng)", "Kiểm soát tài liệu (QT-01)", 3, 4,
             "Công chức Tư pháp - Hộ tịch theo dõi Công báo, Cổng thông tin điện tử tỉnh hằng tuần; báo cáo thư ký ISO "
             "trong 05 ngày làm việc kể từ khi văn bản được ban hành", "Hoàng Thị Lan"),
            ("late", RiskKind.RISK, "Hồ sơ TTHC trễ hạn do công chức chuyên môn kiêm nhiệm nhiều việc, đi công tác, "
             "tập huấn", "Giải quyết TTHC", 3, 4, "Phân công công chức thay thế; theo dõi hồ sơ sắp đến hạn trên phần "
             "mềm một cửa điện tử hằng ngày", "Lý Thị Thanh Tâm"),
            ("archive", RiskKind.RISK, "Mất, hư hỏng sổ hộ tịch, hồ sơ lưu trữ do ẩm mốc, mối mọt", "Lưu trữ hồ sơ",
             2, 5, "Trang bị tủ lưu trữ chống ẩm; số hóa sổ hộ tịch lưu trữ", "Võ Thị Bích Ngọc"),
            ("it", RiskKind.RISK, "Sự cố đường truyền Internet, phần mềm một cửa điện tử gián đoạn", "Giải quyết TTHC",
             3, 3, "Dự phòng đường truyền 4G; tiếp nhận hồ sơ giấy và cập nhật lên hệ thống ngay khi khắc phục sự cố",
             "Phạm Văn Long"),
            ("online", RiskKind.OPPORTUNITY, "Triển khai dịch vụ công trực tuyến toàn trình và thanh toán lệ phí trực "
             "tuyến giúp giảm thời gian đi lại của người dân", "Giải quyết TTHC", 4, 4,
             "Hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận một cửa; tuyên truyền qua loa truyền thanh xã",
             "Trương Văn Hải"),
            ("qr", RiskKind.OPPORTUNITY, "Ứng dụng mã QR để người dân đánh giá mức độ hài lòng ngay sau khi nhận kết "
             "quả", "Đo lường sự hài lòng", 4, 3, "Thiết kế phiếu khảo sát trực tuyến, in mã QR tại quầy",
             "Nguyễn Thị Thu Hà"),
        ]
        for key, kind, description, process, likelihood, impact, action, owner in rows:
            def create(ctx, key=key, kind=kind, description=description, process=process, likelihood=likelihood,
                       impact=impact, action=action, owner=owner):
                self.ids[f"risk/{key}"] = records.create(ctx, "risk", {
                    "kind": kind.value, "description": description, "process": process, "likelihood": likelihood,
                    "impact": impact, "action": action, "owner": owner,
                    "review_date": self.days(self.review_day[self.Y - 1], -14),
                }).id

            self.on(day, "thuky", create)

        review = self.days(self.review_day[self.Y - 1], -12)
        updates = {
            "late": ("Hiệu quả một phần: tỷ lệ đúng hạn đạt trên 98%; vẫn còn hồ sơ trễ hạn ở lĩnh vực bảo trợ xã hội.", 2),
            "it": ("Có hiệu quả: 02 lần sự cố trong năm, không ảnh hưởng đến thời hạn trả kết quả.", 2),
            "online": ("Có hiệu quả: tỷ lệ hồ sơ nộp trực tuyến tăng lên khoảng 35%.", 4),
            "legal": ("Có hiệu quả: các văn bản mới đều được cập nhật trong thời hạn 03 tháng.", 2),
        }
        for key, (effectiveness, likelihood) in updates.items():
            self.on(review, "thuky", lambda ctx, key=key, e=effectiveness, lk=likelihood: records.update(
                ctx, "risk", self.ids[f"risk/{key}"],
                {"effectiveness": e, "likelihood": lk, "review_date": self.days(self.review_day[self.Y], -14)}))

        added = self.days(self.audit_day[self.Y], 12)
        self.on(added, "thuky", lambda ctx: records.create(ctx, "risk", {
            "kind": RiskKind.RISK.value, "description": "Hòa giải tranh chấp đất đai quá thời hạn 30 ngày do các bên "
            "tranh chấp vắng mặt nhiều lần", "process": "Hòa giải tranh chấp đất đai (QT-DD-01)", "likelihood": 2,
            "impact": 3, "action": "Gửi giấy mời trước 05 ngày; phối hợp Trưởng thôn vận động các bên tham gia; lập "
            "biên bản vắng mặt theo quy định", "owner": "Bùi Thị Hồng Nhung",
            "review_date": self.days(self.review_day[self.Y], 60)}))

    # ------------------------------------------------------------ internal audits and their nonconformities
    def _programme(self, year: int, day: dt.date, objectives: str) -> None:
        def save(ctx):
            self.ids[f"programme/{year}"] = audits.save_programme(
                ctx, year=year, objectives=objectives, approved_by=self.name("ct"), approved_date=day).id

        self.on(day, "thuky", save)

    def schedule_audits(self) -> None:
        y1, y = self.Y - 1, self.Y
        first = self.audit0
        # Programmes: one a year, approved early in the year (the first one when the system starts).
        self._programme(first.year, min(self.days(first, -21), self.T),
                        "Đánh giá nội bộ lần đầu toàn bộ HTQLCL trước khi công bố; đánh giá sự phù hợp của hệ thống "
                        "tài liệu với TCVN ISO 9001:2015 và quy định pháp luật.")
        for year in (y1, y):
            if year != first.year:
                self._programme(year, min(weekday(dt.date(year, 1, 12)), self.T),
                                f"Đánh giá nội bộ định kỳ năm {year} toàn bộ HTQLCL (tất cả bộ phận, các quy trình hệ "
                                "thống và quy trình giải quyết TTHC), ít nhất 01 lần trong năm theo QĐ 19/2014/QĐ-TTg; "
                                "đánh giá bổ sung khi cần.")

        for spec in AUDITS:
            if spec.year is None:
                self._audit("audit/0", first, spec)
            else:
                self._audit(f"audit/{y + spec.year}", self.audit_day[y + spec.year], spec)

        # A follow-up audit of the one-stop counter, planned after this year's audit was held.
        if self.audit_day[y] + dt.timedelta(days=1) <= self.T:
            planned = self.days(self.T + dt.timedelta(days=21), 0)
            created = self.days(self.T, -6)

            def follow_up(ctx):
                row = audits.plan_audit(
                    ctx, title=f"Đánh giá nội bộ bổ sung tại Bộ phận một cửa năm {y}", planned_date=planned,
                    purpose="Đánh giá việc khắc phục sau kiểm tra của Sở Khoa học và Công nghệ và phản ánh của công "
                            "dân về hướng dẫn hồ sơ.",
                    scope="Bộ phận một cửa (Bộ phận tiếp nhận và trả kết quả); quy trình QT-CT-02, QT-03",
                    lead_auditor_id=self.staff["ngocanh"], member_ids=[self.staff["oanh"]],
                    unit_ids=[self.unit["MC"]], programme_id=self.ids.get(f"programme/{y}"))
                for key in ("public", "late", "env"):
                    item = next(c for c in CHECKLIST if c[0] == key)
                    audits.add_checklist_item(ctx, row.id, question=item[2], clause=item[1], unit_id=self.unit["MC"],
                                              auditor_id=self.staff["ngocanh"],
                                              procedure_id=self.proc.get(item[4]) if item[4] else None)

            self.on(created, "danhgia", follow_up)

    def _audit(self, key: str, start: dt.date, spec: AuditSpec) -> None:
        lead, team, findings, summary = spec.lead, spec.team, spec.findings, spec.summary
        title = spec.title.format(year=start.year)
        results = {item: (result, text.format(year=start.year, month=start.month))
                   for item, (result, text) in spec.results.items()}
        skip = spec.skip
        end = self.days(start, 1)
        planned_on = min(self.days(start, -21), self.T)
        prepared_on = min(self.days(start, -7), self.T)
        auditors = (lead, *team)
        items = [c for c in CHECKLIST if c[0] not in skip]
        unit_of = {s[0]: s[3] for s in STAFF}

        def plan(ctx):
            self.ids[key] = audits.plan_audit(
                ctx, title=title, planned_date=start,
                purpose="Xác định mức độ phù hợp của HTQLCL với TCVN ISO 9001:2015, quy định pháp luật và các quy trình "
                        "của UBND xã; tính hiệu lực của hệ thống.",
                scope="Tất cả các bộ phận; quy trình QT-01 đến QT-05 và các quy trình giải quyết TTHC thuộc phạm vi",
                criteria="TCVN ISO 9001:2015; các quy trình HTQLCL của UBND xã Tân Phú; văn bản pháp luật liên quan",
                lead_auditor_id=self.staff[lead], member_ids=[self.staff[m] for m in team],
                unit_ids=[self.unit[u] for u, *_r in UNITS], programme_id=self.ids.get(f"programme/{start.year}")).id

        self.on(planned_on, "danhgia", plan)

        def prepare(ctx):
            for n, (item_key, clause, question, unit_key, proc_code, _evidence) in enumerate(items):
                candidates = [a for a in auditors if unit_of[a] != unit_key]
                auditor = candidates[n % len(candidates)]
                self.ids[f"{key}/{item_key}"] = audits.add_checklist_item(
                    ctx, self.ids[key], question=question, clause=clause, unit_id=self.unit[unit_key],
                    auditor_id=self.staff[auditor], procedure_id=self.proc.get(proc_code) if proc_code else None).id

        self.on(prepared_on, "danhgia", prepare)

        def hold(ctx):
            for item_key, _clause, _q, _unit, _proc, evidence in items:
                result, text = results.get(item_key, (ChecklistResult.CONFORM, evidence))
                audits.record_result(ctx, self.ids[f"{key}/{item_key}"], result=result.value, evidence=text)
            for n, (item_key, kind, severity, unit_key, description, _nc) in enumerate(findings):
                clause = next(c[1] for c in CHECKLIST if c[0] == item_key)
                self.ids[f"{key}/finding/{n}"] = audits.add_finding(
                    ctx, self.ids[key], kind=kind.value, description=description, clause=clause,
                    severity=severity.value if severity else None, unit_id=self.unit[unit_key],
                    checklist_item_id=self.ids[f"{key}/{item_key}"]).id

        self.on(start, "danhgia", hold)

        def complete(ctx):
            audits.complete_audit(ctx, self.ids[key], start_date=start, end_date=end, report_summary=summary)

        self.on(end, "danhgia", complete)
        for n, (_item, _kind, _sev, _unit, _desc, nc) in enumerate(findings):
            if nc is None:
                continue
            nc_key = f"{key}/nc/{n}"

            def raise_nc(ctx, n=n, nc_key=nc_key, nc=nc):
                due = self.days(end, max(a[2] for a in nc["actions"]))
                row = audits.raise_nc(ctx, self.ids[f"{key}/finding/{n}"], due_date=due)
                self.ids[nc_key], self.numbers[nc_key] = row.id, row.number

            self.on(end, "danhgia", raise_nc)
            self._nc_flow(nc_key, end, root=nc["root"], correction=nc["correction"], actions=nc["actions"],
                          verify=nc.get("verify"))
        self.on(self.days(end, 5), "lanhdao", lambda ctx: audits.approve_report(
            ctx, self.ids[key], approved_by=self.name("pct"), approved_date=self.days(end, 5)))

    def _nc_flow(self, nc_key: str, detected: dt.date, *, root: str, correction: str,
                 actions: list[tuple[str, str, int | dt.date, int | dt.date | None, str]],
                 verify: tuple[int | dt.date, str, str] | None, close: bool = True) -> None:
        """Root cause and actions three days after detection; actions done, verified and closed as dated."""
        def when(value: int | dt.date) -> dt.date:
            return value if isinstance(value, dt.date) else self.days(detected, value)

        planned = self.days(detected, 3)

        def plan(ctx):
            ncs.update_nc(ctx, self.ids[nc_key], root_cause=root, immediate_correction=correction)
            for n, (description, owner, due, _done, _result) in enumerate(actions):
                self.ids[f"{nc_key}/action/{n}"] = ncs.add_action(
                    ctx, self.ids[nc_key], description=description, owner_staff_id=self.staff[owner],
                    due_date=when(due)).id

        self.on(planned, "thuky", plan)
        for n, (_description, _owner, _due, done, result) in enumerate(actions):
            if done is None:
                continue
            done_day = when(done)
            self.on(done_day, "thuky", lambda ctx, n=n, d=done_day, r=result: ncs.complete_action(
                ctx, self.ids[f"{nc_key}/action/{n}"], done_date=d, result=r))
        if verify is None:
            return
        day, verifier, note = when(verify[0]), verify[1], verify[2]

        def check(ctx):
            ncs.verify(ctx, self.ids[nc_key], verified_by=self.name(verifier), verified_date=day, effective=True,
                       note=note)
            if close:
                ncs.close_nc(ctx, self.ids[nc_key], closed_date=day)

        self.on(day, "thuky", check)

    # ------------------------------------------------------------ external inspections
    def schedule_inspections(self) -> None:
        old, new = self.inspection_old, self.inspection_new
        body = "Sở Khoa học và Công nghệ tỉnh Lâm Đồng"
        old_number, new_number = f"{self.rng.randint(30, 60)}/BB-KT", f"{self.rng.randint(20, 45)}/BB-KT"

        def inspect_old(ctx):
            self.ids["inspection/old"] = records.create(ctx, "external_inspection", {
                "date": old, "body": body, "record_number": old_number, "signed_date": old,
                "findings": "Đoàn kiểm tra ghi nhận UBND xã duy trì HTQLCL phù hợp. 01 điểm không phù hợp: chưa xây "
                            f"dựng kế hoạch thực hiện mục tiêu chất lượng năm {old.year}. 02 khuyến nghị về cập nhật văn "
                            "bản pháp luật và khảo sát sự hài lòng.",
            }).id
            row = ncs.open_nc(
                ctx, description="Chưa xây dựng kế hoạch thực hiện mục tiêu chất lượng năm, chưa phân công trách nhiệm, "
                                 "thời hạn cụ thể cho từng mục tiêu (biên bản kiểm tra số " + old_number + ").",
                detected_date=old, source=NcSource.EXTERNAL_INSPECTION.value, severity=Severity.MINOR.value,
                clause="6.2", unit_id=self.unit["VP"], inspection_id=self.ids["inspection/old"])
            self.ids["nc/inspection_old"], self.numbers["nc/inspection_old"] = row.id, row.number

        self.on(old, "thuky", inspect_old)
        self._nc_flow("nc/inspection_old", old, root="Quy trình chưa quy định việc lập kế hoạch thực hiện mục tiêu.",
                      correction="Lập kế hoạch thực hiện mục tiêu chất lượng cho thời gian còn lại của năm.",
                      actions=[("Xây dựng, trình phê duyệt kế hoạch thực hiện mục tiêu chất lượng, phân công bộ phận "
                                "chủ trì từng mục tiêu", "ha", 30, 20, "Kế hoạch đã được Chủ tịch UBND xã phê duyệt.")],
                      verify=(35, "pct", "Kế hoạch thực hiện mục tiêu được triển khai, theo dõi hằng quý."))
        self.on(self.days(old, 40), "thuky", lambda ctx: records.update(
            ctx, "external_inspection", self.ids["inspection/old"], {"report_sent_date": self.days(old, 40)}))

        def inspect_new(ctx):
            self.ids["inspection/new"] = records.create(ctx, "external_inspection", {
                "date": new, "body": body, "record_number": new_number, "signed_date": new,
                "findings": "02 điểm không phù hợp: (1) UBND xã đã bổ sung 02 TTHC vào phạm vi áp dụng nhưng chưa công "
                            "bố lại HTQLCL theo khoản 3 Điều 4 Quyết định số 19/2014/QĐ-TTg; (2) kết quả khảo sát sự "
                            "hài lòng chưa được phân tích để đề ra biện pháp cải tiến. Yêu cầu khắc phục và báo cáo kết "
                            "quả về Sở Khoa học và Công nghệ trong thời hạn 02 tháng kể từ ngày ký biên bản.",
            }).id
            for key, description, clause, unit in (
                    ("nc/inspection_scope", "Đã điều chỉnh phạm vi áp dụng HTQLCL (bổ sung 02 TTHC) nhưng chưa công bố "
                     "lại theo khoản 3 Điều 4 Quyết định số 19/2014/QĐ-TTg.", "4.3", "VP"),
                    ("nc/inspection_survey", "Kết quả khảo sát sự hài lòng 6 tháng chưa được phân tích nguyên nhân các "
                     "tiêu chí có tỷ lệ hài lòng thấp, chưa đề ra biện pháp cải tiến.", "9.1.3", "VP")):
                row = ncs.open_nc(ctx, description=description, detected_date=new,
                                  source=NcSource.EXTERNAL_INSPECTION.value, severity=Severity.MINOR.value, clause=clause,
                                  unit_id=self.unit[unit], inspection_id=self.ids["inspection/new"])
                self.ids[key], self.numbers[key] = row.id, row.number

        self.on(new, "thuky", inspect_new)
        self._nc_flow("nc/inspection_scope", new, root="Thư ký ISO chưa nắm rõ quy định phải công bố lại khi phạm vi "
                      "thay đổi.", correction="Rà soát danh mục TTHC thuộc phạm vi áp dụng.",
                      actions=[("Ban hành Quyết định công bố lại HTQLCL; thông báo Sở Khoa học và Công nghệ; niêm yết tại "
                                "trụ sở", "ha", self.days(self.T, 20), None, ""),
                               ("Xây dựng, ban hành quy trình cho 02 TTHC mới bổ sung vào phạm vi", "long",
                                self.days(self.T, 30), None, "")],
                      verify=None)
        self._nc_flow("nc/inspection_survey", new, root="Chưa phân công người phân tích kết quả khảo sát.",
                      correction="Tổng hợp lại kết quả khảo sát theo từng câu hỏi.",
                      actions=[("Phân tích kết quả khảo sát 6 tháng theo từng tiêu chí, báo cáo lãnh đạo biện pháp cải "
                                "tiến", "ha", self.days(self.T, -6), None, "")],
                      verify=None)

    # ------------------------------------------------------------ citizen complaints
    def _complaint(self, key: str, day: dt.date, description: str, severity: Severity, clause: str, procedure: str,
                   unit: str) -> None:
        """A citizen's complaint recorded as a nonconformity on ``day``; its id (and number) kept under ``key``."""
        def open_(ctx):
            row = ncs.open_nc(ctx, description=description, detected_date=day, source=NcSource.COMPLAINT.value,
                              severity=severity.value, clause=clause, procedure_id=self.proc[procedure],
                              unit_id=self.unit[unit])
            self.ids[key], self.numbers[key] = row.id, row.number

        self.on(day, "thuky", open_)

    # ------------------------------------------------------------ citizen complaints
    def schedule_complaints(self) -> None:
        late = self.complaint_late
        self._complaint("nc/complaint", late, "Công dân phản ánh qua đường dây nóng: hồ sơ đề nghị hưởng trợ cấp xã hội "
                        "hằng tháng bị trả kết quả trễ 07 ngày làm việc, không được thông báo lý do chậm trễ.",
                        Severity.MAJOR, "8.5.1", "QT-BTXH-01", "VH")
        self._nc_flow("nc/complaint", late, root="Công chức phụ trách đi tập huấn dài ngày, không bàn giao hồ sơ; quy "
                      "trình chưa có bước thông báo cho công dân khi hồ sơ chậm.",
                      correction="Lãnh đạo UBND xã xin lỗi công dân; giải quyết dứt điểm hồ sơ trong 02 ngày.",
                      actions=[("Gửi văn bản xin lỗi công dân, trả kết quả hồ sơ", "phuc", 5, 3,
                                "Đã trả kết quả và gửi văn bản xin lỗi."),
                               ("Sửa đổi quy trình QT-BTXH-01: bổ sung bước thông báo bằng văn bản cho người nộp hồ sơ "
                                "khi hồ sơ chậm giải quyết", "phuc", 50, 45,
                                "Quy trình QT-BTXH-01 lần ban hành 02 có hiệu lực.")],
                      verify=(75, "pct", "Không còn phản ánh về hồ sơ trợ cấp xã hội trễ hạn sau khi sửa đổi quy trình."))

        dup = self.days(late, 1)
        self._complaint("nc/duplicate", dup, "Công dân phản ánh qua Cổng Dịch vụ công: hồ sơ trợ cấp xã hội hằng tháng "
                        "bị trả kết quả trễ hạn.", Severity.MINOR, "8.5.1", "QT-BTXH-01", "VH")
        self.on(self.days(dup, 2), "thuky", lambda ctx: ncs.cancel_nc(
            ctx, self.ids["nc/duplicate"], reason=f"Trùng nội dung với sự không phù hợp số {self.numbers['nc/complaint']} "
            "(cùng một phản ánh của công dân gửi qua đường dây nóng và Cổng Dịch vụ công)."))

        recent = self.complaint_recent
        self._complaint("nc/complaint_recent", recent, "Công dân phản ánh qua Cổng Dịch vụ công: khi nộp hồ sơ chứng "
                        "thực hợp đồng mua bán xe máy phải đi lại 02 lần do không được hướng dẫn đầy đủ giấy tờ cần bổ "
                        "sung trong một lần.", Severity.MINOR, "8.2.1", "QT-CT-02", "MC")
        self._nc_flow("nc/complaint_recent", recent, root="Chưa có bảng hướng dẫn thành phần hồ sơ chứng thực hợp đồng "
                      "tại quầy; công chức mới chưa được hướng dẫn.",
                      correction="Liên hệ xin lỗi công dân, giải quyết hồ sơ ngay trong ngày.",
                      actions=[("Niêm yết bảng hướng dẫn thành phần hồ sơ chứng thực hợp đồng, giao dịch tại quầy", "tam",
                                20, 15, "Đã niêm yết tại quầy số 2."),
                               ("Áp dụng Phiếu hướng dẫn hoàn thiện hồ sơ một lần theo mẫu", "hai", 25, 20,
                                "Đã áp dụng cho 100% hồ sơ chưa đầy đủ.")],
                      verify=None)

    # ------------------------------------------------------------ management reviews
    def schedule_reviews(self) -> None:
        y1, y = self.Y - 1, self.Y
        attendees = ("Nguyễn Văn Thành, Trần Quốc Bảo, Lê Thị Hồng Vân, các thành viên Ban Chỉ đạo ISO và công chức "
                     "phụ trách các bộ phận")
        self._review("review/0", self.review0,
                     inputs={"a": "Đây là cuộc họp xem xét của lãnh đạo lần đầu, chưa có đầu ra của kỳ trước.",
                             "b": "Triển khai Nghị định số 61/2018/NĐ-CP và dịch vụ công trực tuyến; yêu cầu của tỉnh về "
                                  "áp dụng HTQLCL tại cấp xã.",
                             "d": "Bố trí đủ công chức tại Bộ phận một cửa; kinh phí duy trì HTQLCL được bố trí trong dự "
                                  "toán năm sau."},
                     conclusion="HTQLCL được xây dựng đầy đủ, phù hợp TCVN ISO 9001:2015 và mô hình khung; các điểm không "
                                "phù hợp của cuộc đánh giá nội bộ lần đầu đang được khắc phục. Chủ tịch UBND xã xác nhận "
                                "HTQLCL có hiệu lực và giao Văn phòng hoàn thiện hồ sơ công bố.",
                     outputs=[(ReviewOutputKind.CHANGE, "Hoàn thiện hồ sơ, trình ban hành Quyết định công bố HTQLCL phù "
                               "hợp TCVN ISO 9001:2015", "Nguyễn Thị Thu Hà", self.A0, self.A0),
                              (ReviewOutputKind.RESOURCES, "Bố trí kinh phí duy trì, cải tiến HTQLCL trong dự toán năm "
                               f"{self.review0.year + 1}", "Phan Thị Kim Oanh", self.days(self.review0, 30),
                               self.days(self.review0, 25))],
                     attendees=attendees)
        r1 = self.review_day[y1]
        self._review(f"review/{y1}", r1,
                     inputs={"b": "Sắp xếp đơn vị hành chính, chính quyền địa phương hai cấp; danh mục TTHC của tỉnh "
                                  "được sửa đổi, bổ sung.",
                             "d": "Thiếu máy quét tài liệu tại Bộ phận một cửa; đường truyền Internet chậm giờ cao điểm."},
                     conclusion="HTQLCL được duy trì có hiệu lực; tỷ lệ hồ sơ đúng hạn đạt mục tiêu. Cần khắc phục triệt "
                                "để việc thông báo cho người dân khi hồ sơ trễ hạn và đẩy mạnh số hóa hồ sơ.",
                     outputs=[(ReviewOutputKind.IMPROVEMENT, "Triển khai nhắn tin thông báo kết quả giải quyết hồ sơ qua "
                               "Zalo OA của UBND xã", "Phạm Văn Long", self.days(r1, 60), self.days(r1, 52)),
                              (ReviewOutputKind.CHANGE, "Sửa đổi quy trình QT-HT-01 theo danh mục TTHC sửa đổi của tỉnh, "
                               "bổ sung trả kết quả điện tử", "Hoàng Thị Lan", self.days(r1, 105), self.days(r1, 100)),
                              (ReviewOutputKind.RESOURCES, "Trang bị thêm 01 máy quét tài liệu cho Bộ phận một cửa",
                               "Phan Thị Kim Oanh", self.days(r1, 45), self.days(r1, 40)),
                              (ReviewOutputKind.IMPROVEMENT, "Số hóa sổ hộ tịch lưu trữ từ năm 2016 đến nay",
                               "Đỗ Minh Tuấn", weekday(dt.date(y, 6, 30)), None)],
                     attendees=attendees)
        r = self.review_day[y]
        self._review(f"review/{y}", r,
                     inputs={"b": "Tỉnh công bố danh mục TTHC mới; 02 TTHC được bổ sung vào phạm vi áp dụng HTQLCL.",
                             "d": "Cần bổ sung 01 công chức hỗ trợ số hóa hồ sơ; nâng cấp đường truyền Internet."},
                     conclusion="HTQLCL được duy trì; tỷ lệ đúng hạn 6 tháng đầu năm chưa đạt mục tiêu 98%. Giao các bộ "
                                "phận khắc phục, xây dựng quy trình cho các TTHC mới bổ sung và công bố lại HTQLCL.",
                     outputs=[(ReviewOutputKind.CHANGE, "Xây dựng, ban hành quy trình cho 02 TTHC mới bổ sung vào phạm vi "
                               "và công bố lại HTQLCL", "Nguyễn Thị Thu Hà", self.days(r, 40), None),
                              (ReviewOutputKind.RESOURCES, "Nâng cấp đường truyền Internet cho Bộ phận một cửa",
                               "Phan Thị Kim Oanh", self.days(r, 20), self.days(r, 18)),
                              (ReviewOutputKind.IMPROVEMENT, "Tiếp tục số hóa sổ hộ tịch lưu trữ (chuyển tiếp từ kỳ trước)",
                               "Đỗ Minh Tuấn", dt.date(y + 1, 3, 31), None)],
                     attendees=attendees)

    def _review(self, key: str, day: dt.date, *, inputs: dict[str, str], conclusion: str, outputs: list,
                attendees: str) -> None:
        if self.days(day, -21) > self.T:
            return  # not yet scheduled
        created = min(self.days(day, -10), self.T)

        def create(ctx):
            self.ids[key] = reviews.create_review(ctx, date=day, time="08:00", place=PLACE,
                                                  chair=f"{self.name('ct')} - {TITLE_CT}", secretary=self.name("ha"),
                                                  attendees=attendees).id

        self.on(created, "thuky", create)

        def fill(ctx):
            for input_key, text in inputs.items():
                reviews.set_input(ctx, self.ids[key], input_key, text)

        self.on(min(self.days(day, -5), self.T), "thuky", fill)

        def hold(ctx):  # the chairman concludes on the QMS's effectiveness (QĐ 19 Art. 4.2d), recorded as such
            reviews.hold_review(ctx, self.ids[key], conclusion=conclusion, effective=True)
            for n, (kind, description, owner, due, _done) in enumerate(outputs):
                self.ids[f"{key}/output/{n}"] = reviews.add_output(ctx, self.ids[key], kind=kind.value,
                                                                   description=description, owner=owner,
                                                                   due_date=due).id

        self.on(day, "thuky", hold)
        for n, (_kind, _d, _owner, _due, done) in enumerate(outputs):
            if done is not None:
                self.on(max(done, day), "thuky", lambda ctx, n=n, d=max(done, day): reviews.complete_output(
                    ctx, self.ids[f"{key}/output/{n}"], done_date=d))

    # ------------------------------------------------------------ training and dissemination
    def schedule_trainings(self) -> None:
        everyone = ", ".join(s[1] for s in STAFF)
        auditors = ", ".join(s[1] for s in STAFF if s[5])
        y1 = self.Y - 1
        rows = [
            (self.days(self.S, 14), "training", "Đào tạo nhận thức chung về TCVN ISO 9001:2015 và mô hình khung HTQLCL "
             "cho cơ quan hành chính nhà nước (Quyết định số 101/QĐ-BKHCN)", "Chi cục Tiêu chuẩn Đo lường Chất lượng "
             "tỉnh Lâm Đồng", everyone, len(STAFF) + 6),
            (self.days(self.S, 28), "training", "Đào tạo chuyên gia đánh giá nội bộ HTQLCL theo TCVN ISO 9001:2015",
             "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Lâm Đồng", auditors, 5),
            (self.days(self.E1, 4), "dissemination", "Phổ biến chính sách chất lượng và các quy trình HTQLCL ban hành "
             "lần đầu", f"{self.name('pct')} - {TITLE_PCT}", everyone, len(STAFF)),
            (self.days(self.A0, 6), "dissemination", "Phổ biến Quyết định công bố HTQLCL phù hợp TCVN ISO 9001:2015",
             self.name("ha"), everyone, len(STAFF)),
            (self.days(weekday(dt.date(y1, 1, 6)), 8), "dissemination", f"Phổ biến chính sách và mục tiêu chất lượng "
             f"năm {y1}", self.name("ha"), everyone, len(STAFF)),
            (self.days(self.review_day[y1], 103), "dissemination",
             "Phổ biến quy trình QT-HT-01 lần ban hành 02 và QT-BTXH-01 lần ban hành 02", self.name("lan"),
             "Công chức Tư pháp - Hộ tịch, Văn hóa - Xã hội, Bộ phận một cửa", 8),
            (weekday(add_months(self.T, -8)), "training", "Tập huấn kỹ năng giao tiếp, ứng xử với người dân tại Bộ "
             "phận một cửa", "Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng",
             "Lý Thị Thanh Tâm, Trương Văn Hải, Hoàng Thị Lan, Đỗ Minh Tuấn, Ngô Văn Phúc", 5),
            (self.days(weekday(dt.date(self.Y, 1, 6)), 8), "dissemination", f"Phổ biến chính sách và mục tiêu chất "
             f"lượng năm {self.Y}", self.name("ha"), everyone, len(STAFF)),
        ]
        for day, kind, content, trainer, attendees, count in rows:
            self.on(day, "thuky", lambda ctx, d=day, k=kind, c=content, t=trainer, a=attendees, n=count: records.create(
                ctx, "training", {"date": d, "kind": k, "content": c, "trainer": t, "attendees": a,
                                  "attendee_count": n}))

    # ------------------------------------------------------------ improvements
    def schedule_improvements(self) -> None:
        y1 = self.Y - 1
        rows = [
            (self.days(self.audit0, 30), ImprovementSource.AUDIT, "In sẵn Phiếu kiểm soát quá trình giải quyết hồ sơ, "
             "áp dụng cho 100% hồ sơ chứng thực", "Hồ sơ chứng thực đều có phiếu kiểm soát; theo dõi được thời gian "
             "từng bước."),
            (weekday(add_months(self.T, -17)), ImprovementSource.IDEA, "Lắp đặt máy lấy số thứ tự tự động và màn hình "
             "hiển thị tại Bộ phận một cửa", "Người dân không phải chen lấn; thời gian chờ trung bình giảm còn khoảng "
             "10 phút."),
            (self.days(self.audit_day[y1], 46), ImprovementSource.AUDIT, "Bổ sung quy định quản lý, lưu trữ hồ sơ điện "
             "tử vào quy trình QT-01 (lần ban hành 02)", "Hồ sơ điện tử được lưu theo danh mục, có thời hạn lưu trữ."),
            (self.days(self.complaint_late, 45), ImprovementSource.COMPLAINT, "Sửa đổi quy trình QT-BTXH-01: thông báo "
             "bằng văn bản cho người nộp hồ sơ khi hồ sơ chậm giải quyết", "Không còn phản ánh về việc không được "
             "thông báo lý do chậm trễ."),
            (self.days(self.review_day[y1], 40), ImprovementSource.REVIEW, "Trang bị thêm máy quét tài liệu cho Bộ phận "
             "một cửa để số hóa hồ sơ ngay khi tiếp nhận", "100% hồ sơ tiếp nhận được số hóa trong ngày."),
            (weekday(add_months(self.T, -7)), ImprovementSource.IDEA, "Khảo sát sự hài lòng trực tuyến qua mã QR đặt "
             "tại quầy tiếp nhận", "Số ý kiến khảo sát tăng khoảng 40% so với kỳ trước."),
        ]
        for day, source, description, result in rows:
            self.on(day, "thuky", lambda ctx, d=day, s=source, de=description, r=result: records.create(
                ctx, "improvement", {"date": d, "description": de, "source": s.value, "result": r}))

    # ------------------------------------------------------------ citizen feedback and petitions (sổ theo dõi)
    def petition_rows(self) -> list[tuple]:
        """The petition book: the complaints behind two nonconformities, and a few answered on the spot."""
        late, recent = self.complaint_late, self.complaint_recent
        return [  # received, kind, channel, citizen, content, unit, answered after (days), result
            (late, "feedback", "hotline", "Ông Trần Văn Bình, thôn 3",
             "Hồ sơ đề nghị hưởng trợ cấp xã hội hằng tháng bị trả kết quả trễ 07 ngày làm việc, không được thông báo "
             "lý do chậm trễ.", "VH", 3, "Đã xin lỗi công dân, trả kết quả; lập sự không phù hợp và sửa đổi quy trình "
             "QT-BTXH-01."),
            (self.days(late, 1), "feedback", "portal", "Ông Trần Văn Bình, thôn 3",
             "Phản ánh trùng nội dung gửi qua Cổng Dịch vụ công về hồ sơ trợ cấp xã hội trễ hạn.", "VH", 2,
             "Đã trả lời trên Cổng Dịch vụ công: cùng nội dung với phản ánh qua đường dây nóng, đã giải quyết."),
            (weekday(add_months(self.T, -8)), "petition", "direct", "Bà Nguyễn Thị Hoa, thôn 1",
             "Kiến nghị bố trí thêm ghế chờ và nước uống tại Bộ phận một cửa vào các ngày đông người.", "MC", 10,
             "Đã bố trí thêm 10 ghế chờ và bình nước uống tại khu vực chờ."),
            (weekday(add_months(self.T, -4)), "petition", "mail", "Chi hội Người cao tuổi thôn 5",
             "Kiến nghị niêm yết công khai thủ tục chứng thực bằng chữ in cỡ lớn để người cao tuổi dễ đọc.", "TP", 15,
             "Đã in lại bảng niêm yết thủ tục chứng thực bằng chữ cỡ lớn."),
            (recent, "feedback", "portal", "Anh Lê Quốc Huy, thôn 2",
             "Khi nộp hồ sơ chứng thực hợp đồng mua bán xe máy phải đi lại 02 lần do không được hướng dẫn đầy đủ giấy tờ "
             "cần bổ sung trong một lần.", "MC", 6, "Đã hướng dẫn một lần đầy đủ; lập sự không phù hợp để khắc phục."),
            (weekday(self.T - dt.timedelta(days=9)), "feedback", "hotline", "Chị Phạm Thị Lan, thôn 4",
             "Phản ánh thời gian chờ lấy kết quả đăng ký khai sinh vào buổi sáng thứ Hai quá lâu.", "TP", None, ""),
        ]

    def schedule_petitions(self) -> None:
        rows = self.petition_rows()
        number_of, in_year = {}, {}  # by date received; the book starts again at 01 each year
        for k in sorted(range(len(rows)), key=lambda k: rows[k][0]):
            year = rows[k][0].year
            in_year[year] = number_of[k + 1] = in_year.get(year, 0) + 1
        for i, (day, category, channel, citizen, summary, unit, after, result) in enumerate(rows, 1):
            def create(ctx, i=i, n=number_of[i], d=day, c=category, ch=channel, who=citizen, text=summary, u=unit):
                row = records.create(ctx, "petition", {
                    "number": f"{n:02d}/PAKN", "received_date": d, "category": c, "channel": ch, "citizen": who,
                    "summary": text, "unit_id": self.unit[u], "due_date": self.days(d, 10)})
                self.ids[f"petition/{i}"] = row.id

            self.on(day, "thuky", create)
            if after is not None:
                self.on(self.days(day, after), "thuky", lambda ctx, i=i, d=self.days(day, after), r=result: records.update(
                    ctx, "petition", self.ids[f"petition/{i}"], {"resolved_date": d, "result": r}))

    # ------------------------------------------------------------ summary
    def summary(self) -> dict[str, int]:
        ctx = AppContext(self.db, SYSTEM, clock=lambda: self.T)
        return {"tthc": len(tthc.list_tthc(ctx)), "procedures": len(procedures.list_procedures(ctx)),
                "audits": len(audits.list_audits(ctx)), "ncs": len(ncs.list_ncs(ctx)),
                "reviews": len(reviews.list_reviews(ctx))}
