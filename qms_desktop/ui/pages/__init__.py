"""The pages of the navigation list, in order: (key, module, class).

The main window imports each lazily; a page whose module does not exist yet is skipped.
Page titles (Vietnamese): Tổng quan, Thủ tục hành chính, Quy trình, Công bố, Chính sách và mục
tiêu, Đánh giá nội bộ, Sự không phù hợp và khắc phục, Kiểm tra của cấp trên, Xem xét của lãnh đạo,
Thống kê giải quyết TTHC, Báo cáo, Hồ sơ khác (đào tạo, rủi ro và cơ hội, cải tiến, khảo sát),
Nhật ký thay đổi, Cài đặt (cơ quan, bộ phận và cán bộ, tài khoản).
"""

from qms_desktop.domain.kinds import KINDS

# The last pages of both navigations: the change log and the settings.
COMMON_PAGES: tuple[tuple[str, str, str], ...] = (
    ("history", "qms_desktop.ui.pages.history_page", "HistoryPage"),
    ("settings", "qms_desktop.ui.pages.settings_page", "SettingsPage"),
)

PAGES: tuple[tuple[str, str, str], ...] = (
    ("dashboard", "qms_desktop.ui.pages.dashboard", "DashboardPage"),
    ("tthc", "qms_desktop.ui.pages.tthc_page", "TthcPage"),
    ("procedures", "qms_desktop.ui.pages.procedures_page", "ProceduresPage"),
    ("announcements", "qms_desktop.ui.pages.announcements_page", "AnnouncementsPage"),
    ("objectives", "qms_desktop.ui.pages.objectives_page", "ObjectivesPage"),
    ("audits", "qms_desktop.ui.pages.audits_page", "AuditsPage"),
    ("ncs", "qms_desktop.ui.pages.ncs_page", "NcsPage"),
    ("inspections", "qms_desktop.ui.pages.inspections_page", "InspectionsPage"),
    ("reviews", "qms_desktop.ui.pages.reviews_page", "ReviewsPage"),
    ("stats", "qms_desktop.ui.pages.stats_page", "StatsPage"),
    ("reports", "qms_desktop.ui.pages.reports_page", "ReportsPage"),
    ("other", "qms_desktop.ui.pages.other_page", "OtherRecordsPage"),
    *COMMON_PAGES,
)

# Each page's title, its class's ``title_text`` (the translation context is the class name),
# so that the navigation is built without importing the pages: a page's module is imported and the
# page built when it is first shown (issue 19). A page missing here is built at start, as before.
TITLES: dict[str, str] = {
    "dashboard": "Overview", "tthc": "Administrative procedures", "procedures": "Procedures",
    "announcements": "Announcements", "objectives": "Policy and objectives", "audits": "Internal audits",
    "ncs": "Nonconformities and corrective actions", "inspections": "External inspections",
    "reviews": "Management reviews", "stats": "Service statistics", "reports": "Reports",
    "other": "Other records", "history": "Change history", "settings": "Settings",
    "inbox": "Inbox", "rx_units": "Units", "consolidation": "Consolidation", "inspection": "Inspections",
}

# A receiving office's database (agency mode "office") has its own navigation: Hộp thư, Đơn vị,
# Tổng hợp, Kiểm tra (next issue), then the history and the settings shared with the commune's.
RECEIVING_PAGES: tuple[tuple[str, str, str], ...] = (
    ("inbox", "qms_desktop.ui.receiving.inbox_page", "InboxPage"),
    ("rx_units", "qms_desktop.ui.receiving.units_page", "UnitsRegisterPage"),
    ("consolidation", "qms_desktop.ui.receiving.consolidation_page", "ConsolidationPage"),
    ("inspection", "qms_desktop.ui.receiving.inspection_page", "InspectionPage"),
    *COMMON_PAGES,
)

# Which page opens a record reference "kind:id" (warnings, global search): every name of every kind
# of the registry (domain/kinds.py), plus the links that are no kind of record.
RECORD_PAGES: dict[str, str] = {
    **{name: k.page for k in KINDS.values() if k.page
       for name in (k.name, k.link_name, k.plural, *k.aliases) if name},
    "new_procedure": "procedures",  # "new_procedure:<TTHC id>": the New procedure dialog with that TTHC linked
    "rx_package": "inbox", "rx_unit": "rx_units",
}
