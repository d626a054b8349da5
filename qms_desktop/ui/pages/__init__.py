"""The pages of the navigation list, in order (NavPage: key, module, class, title).

The main window imports each lazily; a page whose module does not exist yet is skipped.
Page titles (Vietnamese): Tổng quan, Thủ tục hành chính, Quy trình, Công bố, Chính sách và mục
tiêu, Đánh giá nội bộ, Sự không phù hợp và khắc phục, Kiểm tra của cấp trên, Xem xét của lãnh đạo,
Thống kê giải quyết TTHC, Báo cáo, Hồ sơ khác (đào tạo, rủi ro và cơ hội, cải tiến, khảo sát),
Nhật ký thay đổi, Cài đặt (cơ quan, bộ phận và cán bộ, tài khoản).
"""

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from qms_desktop.domain.kinds import KINDS
from qms_desktop.i18n import QT_TRANSLATE_NOOP


class NavPage(NamedTuple):
    """A page of the navigation, declared once: its key, the module (under ``qms_desktop.ui``) and class that build
    it when it is first shown (start-up imports no page module: issue 19), and its title."""

    key: str
    module: str
    cls: str
    title: str  # English source, translation context "Navigation"

    @property
    def module_path(self) -> str:
        return f"qms_desktop.ui.{self.module}"


# The last pages of both navigations: the change log and the settings.
COMMON_PAGES: tuple[NavPage, ...] = (
    NavPage("history", "pages.history_page", "HistoryPage", QT_TRANSLATE_NOOP("Navigation", "Change history")),
    NavPage("settings", "pages.settings_page", "SettingsPage", QT_TRANSLATE_NOOP("Navigation", "Settings")),
)

PAGES: tuple[NavPage, ...] = (
    NavPage("dashboard", "pages.dashboard", "DashboardPage", QT_TRANSLATE_NOOP("Navigation", "Overview")),
    NavPage("tthc", "pages.tthc_page", "TthcPage", QT_TRANSLATE_NOOP("Navigation", "Administrative procedures")),
    NavPage("procedures", "pages.procedures_page", "ProceduresPage", QT_TRANSLATE_NOOP("Navigation", "Procedures")),
    NavPage("announcements", "pages.announcements_page", "AnnouncementsPage",
            QT_TRANSLATE_NOOP("Navigation", "Announcements")),
    NavPage("objectives", "pages.objectives_page", "ObjectivesPage",
            QT_TRANSLATE_NOOP("Navigation", "Policy and objectives")),
    NavPage("audits", "pages.audits_page", "AuditsPage", QT_TRANSLATE_NOOP("Navigation", "Internal audits")),
    NavPage("ncs", "pages.ncs_page", "NcsPage",
            QT_TRANSLATE_NOOP("Navigation", "Nonconformities and corrective actions")),
    NavPage("inspections", "pages.inspections_page", "InspectionsPage",
            QT_TRANSLATE_NOOP("Navigation", "External inspections")),
    NavPage("reviews", "pages.reviews_page", "ReviewsPage", QT_TRANSLATE_NOOP("Navigation", "Management reviews")),
    NavPage("stats", "pages.stats_page", "StatsPage", QT_TRANSLATE_NOOP("Navigation", "Service statistics")),
    NavPage("reports", "pages.reports_page", "ReportsPage", QT_TRANSLATE_NOOP("Navigation", "Reports")),
    NavPage("other", "pages.other_page", "OtherRecordsPage", QT_TRANSLATE_NOOP("Navigation", "Other records")),
    *COMMON_PAGES,
)

# A receiving office's database (agency mode "office") has its own navigation: Hộp thư, Đơn vị,
# Tổng hợp, Kiểm tra, then the history and the settings shared with the commune's.
RECEIVING_PAGES: tuple[NavPage, ...] = (
    NavPage("inbox", "receiving.inbox_page", "InboxPage", QT_TRANSLATE_NOOP("Navigation", "Inbox")),
    NavPage("rx_units", "receiving.units_page", "UnitsRegisterPage", QT_TRANSLATE_NOOP("Navigation", "Units")),
    NavPage("consolidation", "receiving.consolidation_page", "ConsolidationPage",
            QT_TRANSLATE_NOOP("Navigation", "Consolidation")),
    NavPage("inspection", "receiving.inspection_page", "InspectionPage",
            QT_TRANSLATE_NOOP("Navigation", "Inspections")),
    *COMMON_PAGES,
)

_TITLES = {page.key: page.title for page in PAGES + RECEIVING_PAGES}


def page_title(key: str) -> str:
    """The translated title of the page ``key`` (the navigation's item and the page's heading)."""
    text = _TITLES.get(key, "")
    return (QCoreApplication.translate("Navigation", text) or text) if text else ""


# Which page opens a record reference "kind:id" (warnings, global search): every name of every kind
# of the registry (domain/kinds.py), plus the links that are no kind of record.
RECORD_PAGES: dict[str, str] = {
    **{name: k.page for k in KINDS.values() if k.page
       for name in (k.name, k.link_name, k.plural, *k.aliases) if name},
    "new_procedure": "procedures",  # "new_procedure:<TTHC id>": the New procedure dialog with that TTHC linked
    "rx_package": "inbox", "rx_unit": "rx_units",
}
