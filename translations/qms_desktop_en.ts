<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>R&amp;epeat the password:</source>
        <translation>R&amp;epeat the password:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>The first account is a leader&apos;s account; it can add accounts for the ISO secretary, auditors and viewers later.</source>
        <translation>The first account is a leader&apos;s account; it can add accounts for the ISO secretary, auditors and viewers later.</translation>
    </message>
    <message>
        <source>&amp;User name: *</source>
        <translation>&amp;User name: *</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password: *</source>
        <translation>&amp;Password: *</translation>
    </message>
    <message>
        <source>&amp;Repeat the password: *</source>
        <translation>&amp;Repeat the password: *</translation>
    </message>
    <message>
        <source>At least 8 characters. The user name is one word, e.g. “thuky” or “nguyenvana”.</source>
        <translation>At least 8 characters. The user name is one word, e.g. “thuky” or “nguyenvana”.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Create account</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <source>Disable / &amp;enable…</source>
        <translation>Disable / &amp;enable…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked (too many wrong passwords)</source>
        <translation>Locked (too many wrong passwords)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disable the account %1? It can no longer log in.</source>
        <translation>Disable the account %1? It can no longer log in.</translation>
    </message>
    <message>
        <source>Enable the account %1 again?</source>
        <translation>Enable the account %1 again?</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Corrective action for %1</source>
        <translation>Corrective action for %1</translation>
    </message>
    <message>
        <source>Edit corrective action of %1</source>
        <translation>Edit corrective action of %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Person or unit responsible</source>
        <translation>Person or unit responsible</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>ActionDoneDialog</name>
    <message>
        <source>Action done</source>
        <translation>Action done</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <source>Your agency</source>
        <translation>Your agency</translation>
    </message>
    <message>
        <source>These details appear on every report. You can change them later in Settings.</source>
        <translation>These details appear on every report. You can change them later in Settings.</translation>
    </message>
    <message>
        <source>A &amp;commune, ward or special zone: keeps its own QMS records</source>
        <translation>A &amp;commune, ward or special zone: keeps its own QMS records</translation>
    </message>
    <message>
        <source>A receiving &amp;office (e.g. the Department of Science and Technology): receives and consolidates the units&apos; reports</source>
        <translation>A receiving &amp;office (e.g. the Department of Science and Technology): receives and consolidates the units&apos; reports</translation>
    </message>
    <message>
        <source>if the province gave one, e.g. LD-26734</source>
        <translation>if the province gave one, e.g. LD-26734</translation>
    </message>
    <message>
        <source>taken from the name if left empty</source>
        <translation>taken from the name if left empty</translation>
    </message>
    <message>
        <source>&amp;Agency name: *</source>
        <translation>&amp;Agency name: *</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>&amp;Unit code:</source>
        <translation>&amp;Unit code:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>R&amp;eports are sent to (Kính gửi):</source>
        <translation>R&amp;eports are sent to (Kính gửi):</translation>
    </message>
    <message>
        <source>Chair&amp;man:</source>
        <translation>Chair&amp;man:</translation>
    </message>
    <message>
        <source>Chairman&apos;s title:</source>
        <translation>Chairman&apos;s title:</translation>
    </message>
    <message>
        <source>ISO representative:</source>
        <translation>ISO representative:</translation>
    </message>
    <message>
        <source>ISO representative&apos;s ti&amp;tle:</source>
        <translation>ISO representative&apos;s ti&amp;tle:</translation>
    </message>
    <message>
        <source>&amp;Report number symbol:</source>
        <translation>&amp;Report number symbol:</translation>
    </message>
    <message>
        <source>Place name in dates:</source>
        <translation>Place name in dates:</translation>
    </message>
    <message>
        <source>The data is on the office&apos;s &amp;server…</source>
        <translation>The data is on the office&apos;s &amp;server…</translation>
    </message>
    <message>
        <source>Close the set-up and start the application again: it then opens the database on %1.</source>
        <translation>Close the set-up and start the application again: it then opens the database on %1.</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>&amp;Head:</translation>
    </message>
    <message>
        <source>Head&apos;s title:</source>
        <translation>Head&apos;s title:</translation>
    </message>
    <message>
        <source>These details appear on the compiled reports and the inspection records. You can change them later in Settings.</source>
        <translation>These details appear on the compiled reports and the inspection records. You can change them later in Settings.</translation>
    </message>
</context>
<context>
    <name>AgencyTab</name>
    <message>
        <source>Agency profile</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <source>&amp;Agency name: *</source>
        <translation>&amp;Agency name: *</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>Unit code (given by the province):</source>
        <translation>Unit code (given by the province):</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>Lead &amp;body:</source>
        <translation>Lead &amp;body:</translation>
    </message>
    <message>
        <source>R&amp;eports are sent to (Kính gửi):</source>
        <translation>R&amp;eports are sent to (Kính gửi):</translation>
    </message>
    <message>
        <source>Chair&amp;man:</source>
        <translation>Chair&amp;man:</translation>
    </message>
    <message>
        <source>Chairman&apos;s title:</source>
        <translation>Chairman&apos;s title:</translation>
    </message>
    <message>
        <source>ISO representative:</source>
        <translation>ISO representative:</translation>
    </message>
    <message>
        <source>ISO representative&apos;s ti&amp;tle:</source>
        <translation>ISO representative&apos;s ti&amp;tle:</translation>
    </message>
    <message>
        <source>&amp;Report number symbol:</source>
        <translation>&amp;Report number symbol:</translation>
    </message>
    <message>
        <source>Place name in dates:</source>
        <translation>Place name in dates:</translation>
    </message>
    <message>
        <source>Head&apos;s title:</source>
        <translation>Head&apos;s title:</translation>
    </message>
    <message>
        <source>Head (sig&amp;ns):</source>
        <translation>Head (sig&amp;ns):</translation>
    </message>
    <message>
        <source>Document symbol:</source>
        <translation>Document symbol:</translation>
    </message>
    <message>
        <source>Sent in every report package so that the receiving office recognises this commune; leave empty if the province gave none.</source>
        <translation>Sent in every report package so that the receiving office recognises this commune; leave empty if the province gave none.</translation>
    </message>
    <message>
        <source>Periods, due dates, language</source>
        <translation>Periods, due dates, language</translation>
    </message>
    <message>
        <source>Decree 09/2019: six months from 15/12 to 14/06, the year from 15/12 to 14/12</source>
        <translation>Decree 09/2019: six months from 15/12 to 14/06, the year from 15/12 to 14/12</translation>
    </message>
    <message>
        <source>Calendar: six months from 01/01 to 30/06, the year from 01/01 to 31/12</source>
        <translation>Calendar: six months from 01/01 to 30/06, the year from 01/01 to 31/12</translation>
    </message>
    <message>
        <source>Once per calendar year</source>
        <translation>Once per calendar year</translation>
    </message>
    <message>
        <source>Within 12 months of the previous one</source>
        <translation>Within 12 months of the previous one</translation>
    </message>
    <message>
        <source>Report periods:</source>
        <translation>Report periods:</translation>
    </message>
    <message>
        <source>Audit and review every &amp;year:</source>
        <translation>Audit and review every &amp;year:</translation>
    </message>
    <message>
        <source>Si&amp;x-month report due on:</source>
        <translation>Si&amp;x-month report due on:</translation>
    </message>
    <message>
        <source>Annual report due &amp;on:</source>
        <translation>Annual report due &amp;on:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>empty: the decision names no one</source>
        <translation>empty: the decision names no one</translation>
    </message>
    <message>
        <source>Province&apos;s &amp;target for TTHC settled on time:</source>
        <translation>Province&apos;s &amp;target for TTHC settled on time:</translation>
    </message>
    <message>
        <source>Check proposed b&amp;y (Mẫu 20):</source>
        <translation>Check proposed b&amp;y (Mẫu 20):</translation>
    </message>
    <message>
        <source>What the report states (Part II)</source>
        <translation>What the report states (Part II)</translation>
    </message>
    <message>
        <source>empty: the commune has no website</source>
        <translation>empty: the commune has no website</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>None: the commune built its QMS itself</source>
        <translation>None: the commune built its QMS itself</translation>
    </message>
    <message>
        <source>A consulting organisation (name below)</source>
        <translation>A consulting organisation (name below)</translation>
    </message>
    <message>
        <source>organisation and contract, e.g. Công ty … (hợp đồng số …)</source>
        <translation>organisation and contract, e.g. Công ty … (hợp đồng số …)</translation>
    </message>
    <message>
        <source>&amp;Website (announcements posted on):</source>
        <translation>&amp;Website (announcements posted on):</translation>
    </message>
    <message>
        <source>Consultant (TT 26 Art. 7.1):</source>
        <translation>Consultant (TT 26 Art. 7.1):</translation>
    </message>
    <message>
        <source>Consultant&apos;s name:</source>
        <translation>Consultant&apos;s name:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>The six-month report</source>
        <translation>The six-month report</translation>
    </message>
    <message>
        <source>The annual report</source>
        <translation>The annual report</translation>
    </message>
    <message>
        <source>%1 of %2 is due on %3, before its period ends on %4: it can only count what is recorded up to the day it is made.</source>
        <translation>%1 of %2 is due on %3, before its period ends on %4: it can only count what is recorded up to the day it is made.</translation>
    </message>
    <message>
        <source>%1 of %2 is due on %3, in the next year.</source>
        <translation>%1 of %2 is due on %3, in the next year.</translation>
    </message>
    <message>
        <source>Saved. A report is always sent to someone: the empty “Kính gửi” was given the default, {recipient}.</source>
        <translation>Saved. A report is always sent to someone: the empty “Kính gửi” was given the default, {recipient}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used from the next time you start QMS Desktop.</source>
        <translation>The new language is used from the next time you start QMS Desktop.</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Amendment log of %1: new line</source>
        <translation>Amendment log of %1: new line</translation>
    </message>
    <message>
        <source>Amendment log of %1: edit line</source>
        <translation>Amendment log of %1: edit line</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Item changed</translation>
    </message>
    <message>
        <source>Legal basis of the change</source>
        <translation>Legal basis of the change</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The version a line belongs to does not change.</source>
        <translation>The version a line belongs to does not change.</translation>
    </message>
</context>
<context>
    <name>AmendmentsTab</name>
    <message>
        <source>&amp;Add line…</source>
        <translation>&amp;Add line…</translation>
    </message>
    <message>
        <source>E&amp;dit line…</source>
        <translation>E&amp;dit line…</translation>
    </message>
    <message>
        <source>Change the item, legal basis or date of the selected line.</source>
        <translation>Change the item, legal basis or date of the selected line.</translation>
    </message>
</context>
<context>
    <name>AnnouncementsPage</name>
    <message>
        <source>TTHC covered by the selected announcement</source>
        <translation>TTHC covered by the selected announcement</translation>
    </message>
    <message>
        <source>Edit the s&amp;cope…</source>
        <translation>Edit the s&amp;cope…</translation>
    </message>
    <message>
        <source>Announcement decision</source>
        <translation>Announcement decision</translation>
    </message>
    <message>
        <source>Notice to the Department (letter)</source>
        <translation>Notice to the Department (letter)</translation>
    </message>
    <message>
        <source>Print the &amp;decision…</source>
        <translation>Print the &amp;decision…</translation>
    </message>
    <message>
        <source>TTHC covered by the selected announcement: %1</source>
        <translation>TTHC covered by the selected announcement: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>QMS Desktop: the quality management system records of a commune (TCVN ISO 9001:2015)</source>
        <translation>QMS Desktop: the quality management system records of a commune (TCVN ISO 9001:2015)</translation>
    </message>
    <message>
        <source>SQLite database file (default: the user&apos;s data folder), or a server&apos;s postgresql+psycopg://USER@HOST/DATABASE</source>
        <translation>SQLite database file (default: the user&apos;s data folder), or a server&apos;s postgresql+psycopg://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>open the demo commune (a separate database)</source>
        <translation>open the demo commune (a separate database)</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>Office server</translation>
    </message>
    <message>
        <source>Password of the database account:</source>
        <translation>Password of the database account:</translation>
    </message>
    <message>
        <source>The server refused this password. Type it again.</source>
        <translation>The server refused this password. Type it again.</translation>
    </message>
    <message>
        <source>Demo accounts (user name / password):</source>
        <translation>Demo accounts (user name / password):</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>Cannot do this</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}

Your data is safe; what you were doing was not saved.</source>
        <translation>Something went wrong: {detail}

Your data is safe; what you were doing was not saved.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read.</source>
        <translation>{path} is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>If you have a backup (the data folder&apos;s backups, or a USB stick), restore it in its place: the file that cannot be opened is kept as it is.</source>
        <translation>If you have a backup (the data folder&apos;s backups, or a USB stick), restore it in its place: the file that cannot be opened is kept as it is.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The backup was restored. The database that could not be opened was kept as:
{path}

Log in with your account of the backup.</source>
        <translation>The backup was restored. The database that could not be opened was kept as:
{path}

Log in with your account of the backup.</translation>
    </message>
    <message>
        <source>This computer is set to use the office&apos;s server. If its address changed or it is out of use, you can use the data file on this computer instead (Settings › Data location sets the server again).</source>
        <translation>This computer is set to use the office&apos;s server. If its address changed or it is out of use, you can use the data file on this computer instead (Settings › Data location sets the server again).</translation>
    </message>
    <message>
        <source>&amp;Use this computer&apos;s data file</source>
        <translation>&amp;Use this computer&apos;s data file</translation>
    </message>
    <message>
        <source>Backed up and verified: {name}</source>
        <translation>Backed up and verified: {name}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {detail}</source>
        <translation>The automatic backup failed: {detail}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>QMS Desktop — ISO 9001 records of the commune</source>
        <translation>QMS Desktop — ISO 9001 records of the commune</translation>
    </message>
    <message>
        <source>Opening the data…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <source>The data folder cannot be used: {detail}</source>
        <translation>The data folder cannot be used: {detail}</translation>
    </message>
    <message>
        <source>The database cannot be opened: {detail}</source>
        <translation>The database cannot be opened: {detail}</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve version %1 of %2</source>
        <translation>Approve version %1 of %2</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>After approval version %1 is effective.</source>
        <translation>After approval version %1 is effective.</translation>
    </message>
    <message>
        <source>Version %1 becomes obsolete (Hết hiệu lực) from the day before.</source>
        <translation>Version %1 becomes obsolete (Hết hiệu lực) from the day before.</translation>
    </message>
    <message>
        <source>Approve version %1 of %2, effective from %3?</source>
        <translation>Approve version %1 of %2, effective from %3?</translation>
    </message>
    <message>
        <source>Version %1 will be obsolete from %2. This cannot be undone.</source>
        <translation>Version %1 will be obsolete from %2. This cannot be undone.</translation>
    </message>
    <message>
        <source>Approve version</source>
        <translation>Approve version</translation>
    </message>
</context>
<context>
    <name>ApproveReportDialog</name>
    <message>
        <source>Approve the audit report</source>
        <translation>Approve the audit report</translation>
    </message>
    <message>
        <source>The report of “%1” (held %2).</source>
        <translation>The report of “%1” (held %2).</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Approve the report of “%1” (held %2)?</source>
        <translation>Approve the report of “%1” (held %2)?</translation>
    </message>
    <message>
        <source>Approve report</source>
        <translation>Approve report</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Drag files here from the file manager, or use “Add files…”. The files are stored inside the database.</source>
        <translation>Drag files here from the file manager, or use “Add files…”. The files are stored inside the database.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Add file&amp;s…</source>
        <translation>Add file&amp;s…</translation>
    </message>
    <message>
        <source>Det&amp;ach…</source>
        <translation>Det&amp;ach…</translation>
    </message>
    <message>
        <source>Attach to:</source>
        <translation>Attach to:</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.png);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>This file is a program or of an unknown kind, so QMS Desktop does not open it. It was saved as:
{path}</source>
        <translation>This file is a program or of an unknown kind, so QMS Desktop does not open it. It was saved as:
{path}</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. It was saved as:
{path}</source>
        <translation>No program on this computer opens this kind of file. It was saved as:
{path}</translation>
    </message>
    <message>
        <source>Detach file</source>
        <translation>Detach file</translation>
    </message>
    <message>
        <source>The file is kept in the history and marked detached. Reason:</source>
        <translation>The file is kept in the history and marked detached. Reason:</translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme…</source>
        <translation>Pro&amp;gramme…</translation>
    </message>
    <message>
        <source>P&amp;lan audit…</source>
        <translation>P&amp;lan audit…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Audits of all years. Choose a year to see its programme.</source>
        <translation>Audits of all years. Choose a year to see its programme.</translation>
    </message>
    <message>
        <source>No audit programme for %1 yet: use “Programme…” to draw it up.</source>
        <translation>No audit programme for %1 yet: use “Programme…” to draw it up.</translation>
    </message>
    <message>
        <source>Programme %1: %2</source>
        <translation>Programme %1: %2</translation>
    </message>
    <message>
        <source>(approved by %1 on %2)</source>
        <translation>(approved by %1 on %2)</translation>
    </message>
    <message>
        <source>Plan and &amp;report</source>
        <translation>Plan and &amp;report</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>Fin&amp;dings</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>F&amp;iles</translation>
    </message>
    <message>
        <source>The audit report was approved on %1: its checklist and findings no longer change.</source>
        <translation>The audit report was approved on %1: its checklist and findings no longer change.</translation>
    </message>
    <message>
        <source>Select an audit in the list, or plan one with “Plan audit…”.</source>
        <translation>Select an audit in the list, or plan one with “Plan audit…”.</translation>
    </message>
    <message>
        <source>report approved on %1</source>
        <translation>report approved on %1</translation>
    </message>
    <message>
        <source>Nonconformity %1 was created from this finding. Open it now?</source>
        <translation>Nonconformity %1 was created from this finding. Open it now?</translation>
    </message>
    <message>
        <source>Cancel the audit “%1”? It is kept, marked cancelled, and can no longer change.</source>
        <translation>Cancel the audit “%1”? It is kept, marked cancelled, and can no longer change.</translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation>Cancel audit</translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation>Reason for cancelling:</translation>
    </message>
</context>
<context>
    <name>BackupLoginDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Log in with a leader&apos;s account of the backup %1, with the password it had when the backup was made.</source>
        <translation>Log in with a leader&apos;s account of the backup %1, with the password it had when the backup was made.</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>File attached</translation>
    </message>
    <message>
        <source>File detached</source>
        <translation>File detached</translation>
    </message>
    <message>
        <source>%1 — reason: %2</source>
        <translation>%1 — reason: %2</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Attached file</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Nonconformity</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Management review</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryView</name>
    <message>
        <source>The full log of every record is on the “Change history” page.</source>
        <translation>The full log of every record is on the “Change history” page.</translation>
    </message>
</context>
<context>
    <name>ChangeKeyDialog</name>
    <message>
        <source>Change the signing key</source>
        <translation>Change the signing key</translation>
    </message>
    <message>
        <source>A new key replaces the agency&apos;s signing key %1. The receiving office will then see a new fingerprint: tell it the new one by phone. The next report and package name the previous key. Change the key only if the old one may have been copied (a lost USB stick or PC, for example).</source>
        <translation>A new key replaces the agency&apos;s signing key %1. The receiving office will then see a new fingerprint: tell it the new one by phone. The next report and package name the previous key. Change the key only if the old one may have been copied (a lost USB stick or PC, for example).</translation>
    </message>
    <message>
        <source>Why is the key changed?</source>
        <translation>Why is the key changed?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Create a &amp;new key</source>
        <translation>Create a &amp;new key</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>{table} #{id}: {fields} changed outside the application.</source>
        <translation>{table} #{id}: {fields} changed outside the application.</translation>
    </message>
    <message>
        <source>{table} #{id}: not in the change history (added outside the application, or its history entries were deleted).</source>
        <translation>{table} #{id}: not in the change history (added outside the application, or its history entries were deleted).</translation>
    </message>
    <message>
        <source>{table} #{id}: deleted outside the application (the history has no deletion).</source>
        <translation>{table} #{id}: deleted outside the application (the history has no deletion).</translation>
    </message>
    <message>
        <source>{table} #{id}: exists although the history recorded its deletion (entry {entry}).</source>
        <translation>{table} #{id}: exists although the history recorded its deletion (entry {entry}).</translation>
    </message>
    <message>
        <source>{table} #{id}: {fields} had been changed outside the application before entry {entry} recorded a change of it.</source>
        <translation>{table} #{id}: {fields} had been changed outside the application before entry {entry} recorded a change of it.</translation>
    </message>
    <message>
        <source>{table} #{id}: the frozen content of the finalised report no longer matches the SHA-256 recorded when it was finalised.</source>
        <translation>{table} #{id}: the frozen content of the finalised report no longer matches the SHA-256 recorded when it was finalised.</translation>
    </message>
    <message>
        <source>{table} {id}: the attached file&apos;s content no longer matches its SHA-256.</source>
        <translation>{table} {id}: the attached file&apos;s content no longer matches its SHA-256.</translation>
    </message>
    <message>
        <source>{table}: links of record #{id}, which does not exist.</source>
        <translation>{table}: links of record #{id}, which does not exist.</translation>
    </message>
    <message>
        <source>{table} #{id}: the export printed the chain head {fields}, but entry {entry} of the history no longer carries it: the history was cut or rewritten after that export.</source>
        <translation>{table} #{id}: the export printed the chain head {fields}, but entry {entry} of the history no longer carries it: the history was cut or rewritten after that export.</translation>
    </message>
    <message>
        <source>{table} {what} refers to a {parent} that is no longer in the database (deleted outside the application).</source>
        <translation>{table} {what} refers to a {parent} that is no longer in the database (deleted outside the application).</translation>
    </message>
    <message>
        <source>The records cannot be read: {detail}</source>
        <translation>The records cannot be read: {detail}</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: {detail}</source>
        <translation>SQLite integrity check failed: {detail}</translation>
    </message>
    <message>
        <source>{n} broken references between records in all (the first {shown} are named above).</source>
        <translation>{n} broken references between records in all (the first {shown} are named above).</translation>
    </message>
    <message>
        <source>Schema version {current} is an earlier version&apos;s, not this version&apos;s {head}: the database has not been opened by this version yet. Open it once (start the application, or run a command such as qms list tthc): it is upgraded, after a copy in its backups folder; then check it again.</source>
        <translation>Schema version {current} is an earlier version&apos;s, not this version&apos;s {head}: the database has not been opened by this version yet. Open it once (start the application, or run a command such as qms list tthc): it is upgraded, after a copy in its backups folder; then check it again.</translation>
    </message>
    <message>
        <source>Schema version {current} is not the expected {head}.</source>
        <translation>Schema version {current} is not the expected {head}.</translation>
    </message>
    <message>
        <source>The change history was altered outside the application (entry {id}).</source>
        <translation>The change history was altered outside the application (entry {id}).</translation>
    </message>
    <message>
        <source>The written-down head {head} names entry 0, the start of every history, but does not carry its value: it was not written down from this program.</source>
        <translation>The written-down head {head} names entry 0, the start of every history, but does not carry its value: it was not written down from this program.</translation>
    </message>
    <message>
        <source>The history has only {count} entries, but the written-down head {head} names entry {n}: entries were removed.</source>
        <translation>The history has only {count} entries, but the written-down head {head} names entry {n}: entries were removed.</translation>
    </message>
    <message>
        <source>Entry {n} of the history does not carry the written-down head {head}: the history was rewritten.</source>
        <translation>Entry {n} of the history does not carry the written-down head {head}: the history was rewritten.</translation>
    </message>
    <message>
        <source>The history&apos;s time goes back {count} time(s), e.g. entry {before} at {before_at} then entry {after} at {after_at}: the computer&apos;s clock was wrong when some entries were written (their dates may be too).</source>
        <translation>The history&apos;s time goes back {count} time(s), e.g. entry {before} at {before_at} then entry {after} at {after_at}: the computer&apos;s clock was wrong when some entries were written (their dates may be too).</translation>
    </message>
    <message>
        <source>Table {name} was added to the database outside the application.</source>
        <translation>Table {name} was added to the database outside the application.</translation>
    </message>
    <message>
        <source>Index {name} (on {table}) was added to the database outside the application.</source>
        <translation>Index {name} (on {table}) was added to the database outside the application.</translation>
    </message>
    <message>
        <source>Trigger {name} on {table} was added to the database outside the application: it can change records behind every write.</source>
        <translation>Trigger {name} on {table} was added to the database outside the application: it can change records behind every write.</translation>
    </message>
    <message>
        <source>View {name} was added to the database outside the application.</source>
        <translation>View {name} was added to the database outside the application.</translation>
    </message>
    <message>
        <source>Trigger {name} (on {table}) of the application was replaced outside the application by one that does something else: it can change records behind every write.</source>
        <translation>Trigger {name} (on {table}) of the application was replaced outside the application by one that does something else: it can change records behind every write.</translation>
    </message>
    <message>
        <source>Table {name} no longer refuses two records with the same {columns} (rebuilt outside the application without its unique constraint).</source>
        <translation>Table {name} no longer refuses two records with the same {columns} (rebuilt outside the application without its unique constraint).</translation>
    </message>
    <message>
        <source>Index {name} of the application was removed outside the application (lists and checks slow down; a unique one no longer refuses duplicates).</source>
        <translation>Index {name} of the application was removed outside the application (lists and checks slow down; a unique one no longer refuses duplicates).</translation>
    </message>
    <message>
        <source>The search index of {table} does not match its records (emptied or edited outside the application): it is rebuilt the next time the application opens the database for writing.</source>
        <translation>The search index of {table} does not match its records (emptied or edited outside the application): it is rebuilt the next time the application opens the database for writing.</translation>
    </message>
    <message>
        <source>The history of former commune {name} was altered after the merge (it no longer ends at chain head {head}).</source>
        <translation>The history of former commune {name} was altered after the merge (it no longer ends at chain head {head}).</translation>
    </message>
    <message>
        <source>The record of what came from former commune {name} was altered after the merge.</source>
        <translation>The record of what came from former commune {name} was altered after the merge.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Filter (tone marks and case are ignored)…</source>
        <translation>Filter (tone marks and case are ignored)…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistItemDialog</name>
    <message>
        <source>Checklist: new question</source>
        <translation>Checklist: new question</translation>
    </message>
    <message>
        <source>Checklist: edit question</source>
        <translation>Checklist: edit question</translation>
    </message>
    <message>
        <source>Clause or procedure</source>
        <translation>Clause or procedure</translation>
    </message>
    <message>
        <source>e.g. 7.5.3 or QT-01</source>
        <translation>e.g. 7.5.3 or QT-01</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>(not yet assessed)</source>
        <translation>(not yet assessed)</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Add &amp;question…</source>
        <translation>Add &amp;question…</translation>
    </message>
    <message>
        <source>&amp;Edit question…</source>
        <translation>&amp;Edit question…</translation>
    </message>
    <message>
        <source>Change the question, clause, unit or auditor of the selected item.</source>
        <translation>Change the question, clause, unit or auditor of the selected item.</translation>
    </message>
    <message>
        <source>Record &amp;a finding from this item…</source>
        <translation>Record &amp;a finding from this item…</translation>
    </message>
    <message>
        <source>Type the evidence and choose the result in the table; each change is saved at once.</source>
        <translation>Type the evidence and choose the result in the table; each change is saved at once.</translation>
    </message>
    <message>
        <source>(not yet assessed)</source>
        <translation>(not yet assessed)</translation>
    </message>
    <message>
        <source>Choose a result to save the evidence.</source>
        <translation>Choose a result to save the evidence.</translation>
    </message>
</context>
<context>
    <name>ChoicesPage</name>
    <message>
        <source>2. Checks and choices</source>
        <translation>2. Checks and choices</translation>
    </message>
    <message>
        <source>What the check of each file found, the prefix put before a procedure code that is already taken here (the old code stays as a searchable alias), and what to do with records whose name matches one here.</source>
        <translation>What the check of each file found, the prefix put before a procedure code that is already taken here (the old code stays as a searchable alias), and what to do with records whose name matches one here.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Former commune</source>
        <translation>Former commune</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Chain head</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Initials of the former commune (PL-QT-01)</source>
        <translation>Initials of the former commune (PL-QT-01)</translation>
    </message>
    <message>
        <source>Name of the former commune (PhuLam-QT-01)</source>
        <translation>Name of the former commune (PhuLam-QT-01)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Its record</source>
        <translation>Its record</translation>
    </message>
    <message>
        <source>Records with the same name as one here, or as one another former commune brings (a TTHC with another code must be decided):</source>
        <translation>Records with the same name as one here, or as one another former commune brings (a TTHC with another code must be decided):</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Same name</translation>
    </message>
    <message>
        <source>Prefix of clashing procedure codes:</source>
        <translation>Prefix of clashing procedure codes:</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Already merged on %1: nothing to add</source>
        <translation>Already merged on %1: nothing to add</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>(older version: upgraded in a copy)</source>
        <translation>(older version: upgraded in a copy)</translation>
    </message>
    <message>
        <source>older</source>
        <translation>older</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>Remove the refused files (Back) to merge the others.</source>
        <translation>Remove the refused files (Back) to merge the others.</translation>
    </message>
    <message>
        <source>%1 (brought in by %2 in this merge)</source>
        <translation>%1 (brought in by %2 in this merge)</translation>
    </message>
    <message>
        <source>— decide —</source>
        <translation>— decide —</translation>
    </message>
    <message>
        <source>The same TTHC: merge</source>
        <translation>The same TTHC: merge</translation>
    </message>
    <message>
        <source>A different TTHC: keep both</source>
        <translation>A different TTHC: keep both</translation>
    </message>
    <message>
        <source>The same: merge</source>
        <translation>The same: merge</translation>
    </message>
    <message>
        <source>Different: keep both</source>
        <translation>Different: keep both</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>not a whole number: {text}</source>
        <translation>not a whole number: {text}</translation>
    </message>
    <message>
        <source>No password: set QMS_PASSWORD or run in a terminal to be asked.</source>
        <translation>No password: set QMS_PASSWORD or run in a terminal to be asked.</translation>
    </message>
    <message>
        <source>No account: give --user or set QMS_USER (this database has accounts).</source>
        <translation>No account: give --user or set QMS_USER (this database has accounts).</translation>
    </message>
    <message>
        <source>User name: </source>
        <translation>User name: </translation>
    </message>
    <message>
        <source>{path} is empty or holds no QMS Desktop tables (emptied, or its creation was interrupted). If it was this office&apos;s database, restore it from a backup (qms restore FILE); a new one is made by &apos;qms init&apos; or &apos;qms demo&apos;. Nothing was changed.</source>
        <translation>{path} is empty or holds no QMS Desktop tables (emptied, or its creation was interrupted). If it was this office&apos;s database, restore it from a backup (qms restore FILE); a new one is made by &apos;qms init&apos; or &apos;qms demo&apos;. Nothing was changed.</translation>
    </message>
    <message>
        <source>Database not found: {path} (create it with &apos;qms init&apos;).</source>
        <translation>Database not found: {path} (create it with &apos;qms init&apos;).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>{path} was never fully set up: it has no account yet, so nobody can log in. Finish the set-up with &apos;qms init&apos; (or in the QMS Desktop window); until then it is not used.</source>
        <translation>{path} was never fully set up: it has no account yet, so nobody can log in. Finish the set-up with &apos;qms init&apos; (or in the QMS Desktop window); until then it is not used.</translation>
    </message>
    <message>
        <source>The first account (a leader) is needed: give --user or set QMS_USER, and QMS_PASSWORD.</source>
        <translation>The first account (a leader) is needed: give --user or set QMS_USER, and QMS_PASSWORD.</translation>
    </message>
    <message>
        <source>{path} is already set up; nothing was changed.</source>
        <translation>{path} is already set up; nothing was changed.</translation>
    </message>
    <message>
        <source>Created {path} for the receiving office {name}.</source>
        <translation>Created {path} for the receiving office {name}.</translation>
    </message>
    <message>
        <source>Created {path} for {name}.</source>
        <translation>Created {path} for {name}.</translation>
    </message>
    <message>
        <source>Account {user} (leader). Recovery code, shown once — print it and keep it safe: {code}</source>
        <translation>Account {user} (leader). Recovery code, shown once — print it and keep it safe: {code}</translation>
    </message>
    <message>
        <source>Demo commune written to {path}: {tthc} TTHC, {procedures} procedures, {audits} internal audits, {ncs} nonconformities, {reviews} management reviews.</source>
        <translation>Demo commune written to {path}: {tthc} TTHC, {procedures} procedures, {audits} internal audits, {ncs} nonconformities, {reviews} management reviews.</translation>
    </message>
    <message>
        <source>not a date (DD/MM/YYYY): {text}</source>
        <translation>not a date (DD/MM/YYYY): {text}</translation>
    </message>
    <message>
        <source>{text} is outside the accepted range ({first} – {last})</source>
        <translation>{text} is outside the accepted range ({first} – {last})</translation>
    </message>
    <message>
        <source>table {n}</source>
        <translation>table {n}</translation>
    </message>
    <message>
        <source>{where}Row {row}: rejected — {reason}</source>
        <translation>{where}Row {row}: rejected — {reason}</translation>
    </message>
    <message>
        <source>{where}Row {row}: {name} — {note}</source>
        <translation>{where}Row {row}: {name} — {note}</translation>
    </message>
    <message>
        <source>Dry run: {added} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected. Nothing was written.</source>
        <translation>Dry run: {added} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected. Nothing was written.</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>Imported: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</translation>
    </message>
    <message>
        <source>Decision {number} of {date}: {abolished} abolished, {replaced} replaced (out of the scope, kept in the register), {skipped} not in the register.</source>
        <translation>Decision {number} of {date}: {abolished} abolished, {replaced} replaced (out of the scope, kept in the register), {skipped} not in the register.</translation>
    </message>
    <message>
        <source>{count} rows have no national code yet (listed on stderr); add them with --confirm-no-code.</source>
        <translation>{count} rows have no national code yet (listed on stderr); add them with --confirm-no-code.</translation>
    </message>
    <message>
        <source>  {code}: {fields} changed</source>
        <translation>  {code}: {fields} changed</translation>
    </message>
    <message>
        <source>  Procedure {code} covers changed TTHC {tthc}: update it within 3 months of {effective} (QĐ 19 Art. 4.4a).</source>
        <translation>  Procedure {code} covers changed TTHC {tthc}: update it within 3 months of {effective} (QĐ 19 Art. 4.4a).</translation>
    </message>
    <message>
        <source>Type the words to search for (tone marks and case do not matter).</source>
        <translation>Type the words to search for (tone marks and case do not matter).</translation>
    </message>
    <message>
        <source>{path} has no QMS Desktop data yet: it is set up when the application or &apos;qms init&apos; first opens it. Nothing to check.</source>
        <translation>{path} has no QMS Desktop data yet: it is set up when the application or &apos;qms init&apos; first opens it. Nothing to check.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Schema: {current} (expected {head})</source>
        <translation>Schema: {current} (expected {head})</translation>
    </message>
    <message>
        <source>Server integrity: checked by PostgreSQL itself</source>
        <translation>Server integrity: checked by PostgreSQL itself</translation>
    </message>
    <message>
        <source>SQLite integrity: {result}</source>
        <translation>SQLite integrity: {result}</translation>
    </message>
    <message>
        <source>History: {n} entries, chain {state}</source>
        <translation>History: {n} entries, chain {state}</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>BROKEN</translation>
    </message>
    <message>
        <source>Records: not compared with the history (its entries predate row states)</source>
        <translation>Records: not compared with the history (its entries predate row states)</translation>
    </message>
    <message>
        <source>Records: {n} do not match their history</source>
        <translation>Records: {n} do not match their history</translation>
    </message>
    <message>
        <source>Records: every row matches its history</source>
        <translation>Records: every row matches its history</translation>
    </message>
    <message>
        <source>Written-down head {head}: {state}</source>
        <translation>Written-down head {head}: {state}</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>NOT FOUND</source>
        <translation>NOT FOUND</translation>
    </message>
    <message>
        <source>Chain head: {head}</source>
        <translation>Chain head: {head}</translation>
    </message>
    <message>
        <source>expected N:HASH (the entry count, a colon and 64 hex digits), not &apos;{text}&apos;</source>
        <translation>expected N:HASH (the entry count, a colon and 64 hex digits), not &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>No password for the new account: set {var}.</source>
        <translation>No password for the new account: set {var}.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Account {user} ({role}) created. Recovery code, shown once: {code}</source>
        <translation>Account {user} ({role}) created. Recovery code, shown once: {code}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): {detail}. Set QMS_DEBUG=1 to see the details.</source>
        <translation>Unexpected error ({kind}): {detail}. Set QMS_DEBUG=1 to see the details.</translation>
    </message>
    <message>
        <source>This database has no agency profile yet: run qms init first.</source>
        <translation>This database has no agency profile yet: run qms init first.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --head-name, --head-title, --iso-rep-name, --iso-rep-title, --recipient, --code.</source>
        <translation>Nothing to change: give at least one of --head-name, --head-title, --iso-rep-name, --iso-rep-title, --recipient, --code.</translation>
    </message>
    <message>
        <source>Agency profile saved.</source>
        <translation>Agency profile saved.</translation>
    </message>
    <message>
        <source>The database to move must be a file (--db FILE); this one is already on a server.</source>
        <translation>The database to move must be a file (--db FILE); this one is already on a server.</translation>
    </message>
    <message>
        <source>--to must be a PostgreSQL connection string (postgresql+psycopg://user@host/database).</source>
        <translation>--to must be a PostgreSQL connection string (postgresql+psycopg://user@host/database).</translation>
    </message>
    <message>
        <source>Copied {rows} rows of {tables} tables to {url} and verified them there; chain head {head}.</source>
        <translation>Copied {rows} rows of {tables} tables to {url} and verified them there; chain head {head}.</translation>
    </message>
    <message>
        <source>New signing key {fingerprint} (it replaces {previous}). Tell the receiving office the new fingerprint by phone.</source>
        <translation>New signing key {fingerprint} (it replaces {previous}). Tell the receiving office the new fingerprint by phone.</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>Backup written and verified: {path}</translation>
    </message>
    <message>
        <source>Nobody can log in to {path} ({why}): give --user (or QMS_USER) and QMS_PASSWORD of a leader&apos;s account of the backup.</source>
        <translation>Nobody can log in to {path} ({why}): give --user (or QMS_USER) and QMS_PASSWORD of a leader&apos;s account of the backup.</translation>
    </message>
    <message>
        <source>Password (in the backup): </source>
        <translation>Password (in the backup): </translation>
    </message>
    <message>
        <source>it does not exist yet</source>
        <translation>it does not exist yet</translation>
    </message>
    <message>
        <source>it has no account yet</source>
        <translation>it has no account yet</translation>
    </message>
    <message>
        <source>it is damaged and cannot be read</source>
        <translation>it is damaged and cannot be read</translation>
    </message>
    <message>
        <source>{path} does not exist yet: the backup is restored there. Log in with a leader&apos;s account of the backup.</source>
        <translation>{path} does not exist yet: the backup is restored there. Log in with a leader&apos;s account of the backup.</translation>
    </message>
    <message>
        <source>{path} has no account yet: log in with a leader&apos;s account of the backup.</source>
        <translation>{path} has no account yet: log in with a leader&apos;s account of the backup.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read: log in with a leader&apos;s account of the backup; the damaged file is kept as it is.</source>
        <translation>{path} is damaged and cannot be read: log in with a leader&apos;s account of the backup; the damaged file is kept as it is.</translation>
    </message>
    <message>
        <source>Restored {path} ({agency}).</source>
        <translation>Restored {path} ({agency}).</translation>
    </message>
    <message>
        <source>Restored {path} ({agency}); the replaced database was kept as {safety}.</source>
        <translation>Restored {path} ({agency}); the replaced database was kept as {safety}.</translation>
    </message>
    <message>
        <source>The backup was made by an earlier version: its history chain was checked, its records could not be compared with it.</source>
        <translation>The backup was made by an earlier version: its history chain was checked, its records could not be compared with it.</translation>
    </message>
    <message>
        <source>Draft report {number} for {period} created (id {id}).</source>
        <translation>Draft report {number} for {period} created (id {id}).</translation>
    </message>
    <message>
        <source>Write a statement as KEY=TEXT, e.g. consultant=…</source>
        <translation>Write a statement as KEY=TEXT, e.g. consultant=…</translation>
    </message>
    <message>
        <source>Report {number} (id {id}) saved.</source>
        <translation>Report {number} (id {id}) saved.</translation>
    </message>
    <message>
        <source>The report&apos;s number changed from {old} to {number} because the report&apos;s date is in {year}.</source>
        <translation>The report&apos;s number changed from {old} to {number} because the report&apos;s date is in {year}.</translation>
    </message>
    <message>
        <source>The report&apos;s number {number} now counts in the register of {year} (its date moved from {old} to {new}).</source>
        <translation>The report&apos;s number {number} now counts in the register of {year} (its date moved from {old} to {new}).</translation>
    </message>
    <message>
        <source>Pre-flight: nothing to acknowledge; the report can be finalised.</source>
        <translation>Pre-flight: nothing to acknowledge; the report can be finalised.</translation>
    </message>
    <message>
        <source>Pre-flight: {refusals} refusal(s), {warnings} warning(s) to acknowledge.</source>
        <translation>Pre-flight: {refusals} refusal(s), {warnings} warning(s) to acknowledge.</translation>
    </message>
    <message>
        <source>Report {number} finalised; its content is now frozen.</source>
        <translation>Report {number} finalised; its content is now frozen.</translation>
    </message>
    <message>
        <source>Dry run: {count} fields for {start} – {end} ({period}); nothing was written.</source>
        <translation>Dry run: {count} fields for {start} – {end} ({period}); nothing was written.</translation>
    </message>
    <message>
        <source>Imported {count} fields for {start} – {end} ({period}).</source>
        <translation>Imported {count} fields for {start} – {end} ({period}).</translation>
    </message>
    <message>
        <source>Dry run: {count} fields for {start} – {end}; nothing was written.</source>
        <translation>Dry run: {count} fields for {start} – {end}; nothing was written.</translation>
    </message>
    <message>
        <source>Imported {count} fields for {start} – {end}.</source>
        <translation>Imported {count} fields for {start} – {end}.</translation>
    </message>
    <message>
        <source>The period already had figures, which this import replaces: {received} received, {on_time} on time, {late} late, {pending} pending, in {fields} fields. A report already finalised keeps the figures it was signed with.</source>
        <translation>The period already had figures, which this import replaces: {received} received, {on_time} on time, {late} late, {pending} pending, in {fields} fields. A report already finalised keeps the figures it was signed with.</translation>
    </message>
    <message>
        <source>Report {number} recorded as sent.</source>
        <translation>Report {number} recorded as sent.</translation>
    </message>
    <message>
        <source>Draft {number} correcting report {original} (version {version}) created (id {id}).</source>
        <translation>Draft {number} correcting report {original} (version {version}) created (id {id}).</translation>
    </message>
    <message>
        <source>Key fingerprint printed on the report: {fingerprint}</source>
        <translation>Key fingerprint printed on the report: {fingerprint}</translation>
    </message>
    <message>
        <source>Chain head printed on the report: {head}</source>
        <translation>Chain head printed on the report: {head}</translation>
    </message>
    <message>
        <source>Chain head printed on the signed report: {printed} (when it was signed); the package carries the history up to {head}.</source>
        <translation>Chain head printed on the signed report: {printed} (when it was signed); the package carries the history up to {head}.</translation>
    </message>
    <message>
        <source>The signed report prints the chain head of the day it was signed; the package carries the history up to {head}.</source>
        <translation>The signed report prints the chain head of the day it was signed; the package carries the history up to {head}.</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>refusal</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>No PIN or password: set {var} or run in a terminal to be asked.</source>
        <translation>No PIN or password: set {var} or run in a terminal to be asked.</translation>
    </message>
    <message>
        <source>No PIN or password was typed: nothing was tried on the token or the file.</source>
        <translation>No PIN or password was typed: nothing was tried on the token or the file.</translation>
    </message>
    <message>
        <source>Password of the certificate file: </source>
        <translation>Password of the certificate file: </translation>
    </message>
    <message>
        <source>Token PIN: </source>
        <translation>Token PIN: </translation>
    </message>
    <message>
        <source>Report {number} (id {id}) signed by {name} ({organisation}) as the signer, at {when}.</source>
        <translation>Report {number} (id {id}) signed by {name} ({organisation}) as the signer, at {when}.</translation>
    </message>
    <message>
        <source>Report {number} (id {id}) signed by {name} ({organisation}) as the agency, at {when}; the PDF is now final.</source>
        <translation>Report {number} (id {id}) signed by {name} ({organisation}) as the agency, at {when}; the PDF is now final.</translation>
    </message>
    <message>
        <source>The trust folder {path} does not exist.</source>
        <translation>The trust folder {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>The certificates&apos; organisations were not compared with the sending unit (they are: {organisations}); name it with --organisation to check it.</source>
        <translation>The certificates&apos; organisations were not compared with the sending unit (they are: {organisations}); name it with --organisation to check it.</translation>
    </message>
    <message>
        <source>INVALID package: {reason}</source>
        <translation>INVALID package: {reason}</translation>
    </message>
    <message>
        <source>INVALID package: it holds a draft (report {number}, not finalised); a receiving office refuses it. Finalise the report, then export it again.</source>
        <translation>INVALID package: it holds a draft (report {number}, not finalised); a receiving office refuses it. Finalise the report, then export it again.</translation>
    </message>
    <message>
        <source>Package intact, but the digital signature of its report.pdf is INVALID: {name}</source>
        <translation>Package intact, but the digital signature of its report.pdf is INVALID: {name}</translation>
    </message>
    <message>
        <source>Valid package: {name}</source>
        <translation>Valid package: {name}</translation>
    </message>
    <message>
        <source>Package intact, sender not authenticated: {name}</source>
        <translation>Package intact, sender not authenticated: {name}</translation>
    </message>
    <message>
        <source>Agency: {agency}</source>
        <translation>Agency: {agency}</translation>
    </message>
    <message>
        <source>Report {number}, version {version}, period {period} ({label})</source>
        <translation>Report {number}, version {version}, period {period} ({label})</translation>
    </message>
    <message>
        <source>Exported {at} by {user}</source>
        <translation>Exported {at} by {user}</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint} (confirm it with the sender by phone)</source>
        <translation>Signing key fingerprint: {fingerprint} (confirm it with the sender by phone)</translation>
    </message>
    <message>
        <source>The sender changed its signing key; the previous one was {previous}</source>
        <translation>The sender changed its signing key; the previous one was {previous}</translation>
    </message>
    <message>
        <source>Sender&apos;s chain head: {head} (keep it: the next package must extend it)</source>
        <translation>Sender&apos;s chain head: {head} (keep it: the next package must extend it)</translation>
    </message>
    <message>
        <source>INVALID package: the digital signature of report.pdf is invalid.</source>
        <translation>INVALID package: the digital signature of report.pdf is invalid.</translation>
    </message>
    <message>
        <source>The key that signed it travels inside the package, so it proves nothing about who sent it: compare the fingerprint with the one printed on the signed report or read out by phone and run again with --fingerprint, or import it into the receiving office&apos;s inbox, which pins each unit&apos;s key.</source>
        <translation>The key that signed it travels inside the package, so it proves nothing about who sent it: compare the fingerprint with the one printed on the signed report or read out by phone and run again with --fingerprint, or import it into the receiving office&apos;s inbox, which pins each unit&apos;s key.</translation>
    </message>
    <message>
        <source>Source {n}: {file} — {name}</source>
        <translation>Source {n}: {file} — {name}</translation>
    </message>
    <message>
        <source>  Refused:</source>
        <translation>  Refused:</translation>
    </message>
    <message>
        <source>  Chain head {head}; schema {schema}{upgraded}; key {key}</source>
        <translation>  Chain head {head}; schema {schema}{upgraded}; key {key}</translation>
    </message>
    <message>
        <source> (upgraded in a copy)</source>
        <translation> (upgraded in a copy)</translation>
    </message>
    <message>
        <source>  Already merged on {date} at this chain head: nothing to add.</source>
        <translation>  Already merged on {date} at this chain head: nothing to add.</translation>
    </message>
    <message>
        <source>  Prefix for its clashing procedure codes: {prefix}; history entries kept: {n}</source>
        <translation>  Prefix for its clashing procedure codes: {prefix}; history entries kept: {n}</translation>
    </message>
    <message>
        <source>  {outcome}: {items}</source>
        <translation>  {outcome}: {items}</translation>
    </message>
    <message>
        <source>Merged {n} former commune(s); backup made first: {backup}</source>
        <translation>Merged {n} former commune(s); backup made first: {backup}</translation>
    </message>
    <message>
        <source>Nothing to merge: every source was already merged.</source>
        <translation>Nothing to merge: every source was already merged.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Unknown period {period}: use 2025-H1, 2025-H2 or 2025.</source>
        <translation>Unknown period {period}: use 2025-H1, 2025-H2 or 2025.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Row {row}: rejected — {reason}</source>
        <translation>Row {row}: rejected — {reason}</translation>
    </message>
    <message>
        <source>Dry run: {added} units to add, {updated} to update, {unchanged} unchanged, {rejected} rejected. Nothing was written.</source>
        <translation>Dry run: {added} units to add, {updated} to update, {unchanged} unchanged, {rejected} rejected. Nothing was written.</translation>
    </message>
    <message>
        <source>Units imported: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>Units imported: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</translation>
    </message>
    <message>
        <source>Units to update (field: now → after the import):</source>
        <translation>Units to update (field: now → after the import):</translation>
    </message>
    <message>
        <source>Units updated (field: before → now):</source>
        <translation>Units updated (field: before → now):</translation>
    </message>
    <message>
        <source>Name in the register: {unit}. Name in the package: {package}.</source>
        <translation>Name in the register: {unit}. Name in the package: {package}.</translation>
    </message>
    <message>
        <source>First package from {unit} ({code}), signed with key {fingerprint}.
Does this fingerprint match the one printed on the signed report or read out by phone? [y/N] </source>
        <translation>First package from {unit} ({code}), signed with key {fingerprint}.
Does this fingerprint match the one printed on the signed report or read out by phone? [y/N] </translation>
    </message>
    <message>
        <source>Enrol it with: qms inbox trust {code} &quot;{fingerprint}&quot;</source>
        <translation>Enrol it with: qms inbox trust {code} &quot;{fingerprint}&quot;</translation>
    </message>
    <message>
        <source>version {version} replaces version {old}</source>
        <translation>version {version} replaces version {old}</translation>
    </message>
    <message>
        <source>closed on {closed}, before the period ended</source>
        <translation>closed on {closed}, before the period ended</translation>
    </message>
    <message>
        <source>{refused} of {total} packages refused; {taken} taken in, {duplicates} already in the inbox.</source>
        <translation>{refused} of {total} packages refused; {taken} taken in, {duplicates} already in the inbox.</translation>
    </message>
    <message>
        <source>{refused} of {total} packages refused; nothing was taken in ({duplicates} already in the inbox).</source>
        <translation>{refused} of {total} packages refused; nothing was taken in ({duplicates} already in the inbox).</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>No package found in {paths}.</source>
        <translation>No package found in {paths}.</translation>
    </message>
    <message>
        <source>{reason} If both units confirmed that this key is theirs, run the command again with --same-key-as-other-unit.</source>
        <translation>{reason} If both units confirmed that this key is theirs, run the command again with --same-key-as-other-unit.</translation>
    </message>
    <message>
        <source>Key {fingerprint} enrolled for {unit} ({code}), replacing {old}.</source>
        <translation>Key {fingerprint} enrolled for {unit} ({code}), replacing {old}.</translation>
    </message>
    <message>
        <source>Key {fingerprint} enrolled for {unit} ({code}).</source>
        <translation>Key {fingerprint} enrolled for {unit} ({code}).</translation>
    </message>
    <message>
        <source>The period {code} ({period}) runs until {end}: its reports are written after it ends (due {due}); a unit listed as missing has not sent one yet.</source>
        <translation>The period {code} ({period}) runs until {end}: its reports are written after it ends (due {due}); a unit listed as missing has not sent one yet.</translation>
    </message>
    <message>
        <source>{period}: expected {expected}, received {received} ({rate}), on time {on_time} ({on_time_rate}), late {late}, returned {returned}, missing {missing}.</source>
        <translation>{period}: expected {expected}, received {received} ({rate}), on time {on_time} ({on_time_rate}), late {late}, returned {returned}, missing {missing}.</translation>
    </message>
    <message>
        <source>Report of {unit} for {period} returned for correction.</source>
        <translation>Report of {unit} for {period} returned for correction.</translation>
    </message>
    <message>
        <source>Report of {unit} for {period} accepted and locked.</source>
        <translation>Report of {unit} for {period} accepted and locked.</translation>
    </message>
    <message>
        <source>Report of {unit} for {period} unlocked.</source>
        <translation>Report of {unit} for {period} unlocked.</translation>
    </message>
    <message>
        <source>--apply goes with --suggest.</source>
        <translation>--apply goes with --suggest.</translation>
    </message>
    <message>
        <source>{count} units expected to report in {year}; at least {needed} to check on site (the first {needed} above with --apply).</source>
        <translation>{count} units expected to report in {year}; at least {needed} to check on site (the first {needed} above with --apply).</translation>
    </message>
    <message>
        <source>There is no inspection plan for {year} yet: make one with &apos;qms inspect plan --year {year} --suggest --apply&apos;.</source>
        <translation>There is no inspection plan for {year} yet: make one with &apos;qms inspect plan --year {year} --suggest --apply&apos;.</translation>
    </message>
    <message>
        <source>Plan {year}: {count} units, {on_site} on site (at least {needed}); team of {team}.</source>
        <translation>Plan {year}: {count} units, {on_site} on site (at least {needed}); team of {team}.</translation>
    </message>
    <message>
        <source>A member is NAME|TITLE|ROLE (role: lead, member or secretary), not &quot;{text}&quot;.</source>
        <translation>A member is NAME|TITLE|ROLE (role: lead, member or secretary), not &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>Team of {year}: {count} members.</source>
        <translation>Team of {year}: {count} members.</translation>
    </message>
    <message>
        <source>{unit}: check on {date}.</source>
        <translation>{unit}: check on {date}.</translation>
    </message>
    <message>
        <source>Record of {unit} signed on {signed}: corrective-action report due on {due}.</source>
        <translation>Record of {unit} signed on {signed}: corrective-action report due on {due}.</translation>
    </message>
    <message>
        <source>{unit}: {state}.</source>
        <translation>{unit}: {state}.</translation>
    </message>
    <message>
        <source>Corrective-action reports: {overdue} overdue, {waiting} waiting.</source>
        <translation>Corrective-action reports: {overdue} overdue, {waiting} waiting.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>QMS Desktop — TCVN ISO 9001:2015 records of a commune People&apos;s Committee</source>
        <translation>QMS Desktop — TCVN ISO 9001:2015 records of a commune People&apos;s Committee</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>SQLite database file, or a PostgreSQL server&apos;s database (postgresql+psycopg://user@host/db; default: QMS_DB, else the user&apos;s data folder)</source>
        <translation>SQLite database file, or a PostgreSQL server&apos;s database (postgresql+psycopg://user@host/db; default: QMS_DB, else the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>account to act as (default: QMS_USER)</source>
        <translation>account to act as (default: QMS_USER)</translation>
    </message>
    <message>
        <source>language of messages (default: vi)</source>
        <translation>language of messages (default: vi)</translation>
    </message>
    <message>
        <source>write a verified backup (default: the data folder&apos;s backups/)</source>
        <translation>write a verified backup (default: the data folder&apos;s backups/)</translation>
    </message>
    <message>
        <source>folder to write to, e.g. a USB stick</source>
        <translation>folder to write to, e.g. a USB stick</translation>
    </message>
    <message>
        <source>replace the database with a backup (leaders only; the backup is checked first and the current database is kept as a backup)</source>
        <translation>replace the database with a backup (leaders only; the backup is checked first and the current database is kept as a backup)</translation>
    </message>
    <message>
        <source>the backup file (.sqlite) to restore</source>
        <translation>the backup file (.sqlite) to restore</translation>
    </message>
    <message>
        <source>confirm that the backup belongs to another agency and replaces this one&apos;s data</source>
        <translation>confirm that the backup belongs to another agency and replaces this one&apos;s data</translation>
    </message>
    <message>
        <source>the agency&apos;s signing key: show its fingerprint, or change it (leaders)</source>
        <translation>the agency&apos;s signing key: show its fingerprint, or change it (leaders)</translation>
    </message>
    <message>
        <source>print the fingerprint of the agency&apos;s signing key</source>
        <translation>print the fingerprint of the agency&apos;s signing key</translation>
    </message>
    <message>
        <source>retire the key and create a new one (logged; the next report names the old one)</source>
        <translation>retire the key and create a new one (logged; the next report names the old one)</translation>
    </message>
    <message>
        <source>why the key is changed (kept in the history)</source>
        <translation>why the key is changed (kept in the history)</translation>
    </message>
    <message>
        <source>the agency profile the documents print: show it, or set the signer and the recipient</source>
        <translation>the agency profile the documents print: show it, or set the signer and the recipient</translation>
    </message>
    <message>
        <source>print the agency profile</source>
        <translation>print the agency profile</translation>
    </message>
    <message>
        <source>output format (default tsv)</source>
        <translation>output format (default tsv)</translation>
    </message>
    <message>
        <source>change fields of the agency profile (the others are kept)</source>
        <translation>change fields of the agency profile (the others are kept)</translation>
    </message>
    <message>
        <source>the full name of the head who signs the documents (the chairman)</source>
        <translation>the full name of the head who signs the documents (the chairman)</translation>
    </message>
    <message>
        <source>the head&apos;s title, e.g. Chủ tịch</source>
        <translation>the head&apos;s title, e.g. Chủ tịch</translation>
    </message>
    <message>
        <source>the leader&apos;s representative for quality (đại diện lãnh đạo)</source>
        <translation>the leader&apos;s representative for quality (đại diện lãnh đạo)</translation>
    </message>
    <message>
        <source>that representative&apos;s title</source>
        <translation>that representative&apos;s title</translation>
    </message>
    <message>
        <source>the body the reports go to (Kính gửi)</source>
        <translation>the body the reports go to (Kính gửi)</translation>
    </message>
    <message>
        <source>the unit code the province gave the agency</source>
        <translation>the unit code the province gave the agency</translation>
    </message>
    <message>
        <source>copy this database (a file) into an empty database on a PostgreSQL server and verify it there (row counts, history chain, every record)</source>
        <translation>copy this database (a file) into an empty database on a PostgreSQL server and verify it there (row counts, history chain, every record)</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@host/db (the password from PGPASSWORD or ~/.pgpass, not on the command line)</source>
        <translation>postgresql+psycopg://user@host/db (the password from PGPASSWORD or ~/.pgpass, not on the command line)</translation>
    </message>
    <message>
        <source>create a new database with the agency profile and the first account</source>
        <translation>create a new database with the agency profile and the first account</translation>
    </message>
    <message>
        <source>the agency&apos;s full name, e.g. &quot;Ủy ban nhân dân xã Tân Phú&quot;</source>
        <translation>the agency&apos;s full name, e.g. &quot;Ủy ban nhân dân xã Tân Phú&quot;</translation>
    </message>
    <message>
        <source>the province or city, e.g. &quot;Lâm Đồng&quot;</source>
        <translation>the province or city, e.g. &quot;Lâm Đồng&quot;</translation>
    </message>
    <message>
        <source>xa (commune), phuong (ward) or dac-khu (special zone); default: what the name says, else xa</source>
        <translation>xa (commune), phuong (ward) or dac-khu (special zone); default: what the name says, else xa</translation>
    </message>
    <message>
        <source>the body the reports go to (default: the province&apos;s Department of Science and Technology)</source>
        <translation>the body the reports go to (default: the province&apos;s Department of Science and Technology)</translation>
    </message>
    <message>
        <source>a receiving office&apos;s database (inbox of the communes&apos; packages), not a commune&apos;s</source>
        <translation>a receiving office&apos;s database (inbox of the communes&apos; packages), not a commune&apos;s</translation>
    </message>
    <message>
        <source>the full name of the head who signs the documents (the chairman; an office&apos;s director), printed under the signature</source>
        <translation>the full name of the head who signs the documents (the chairman; an office&apos;s director), printed under the signature</translation>
    </message>
    <message>
        <source>the head&apos;s title (default: Chủ tịch; an office&apos;s: Giám đốc)</source>
        <translation>the head&apos;s title (default: Chủ tịch; an office&apos;s: Giám đốc)</translation>
    </message>
    <message>
        <source>fill the database with the demo commune</source>
        <translation>fill the database with the demo commune</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>import data</translation>
    </message>
    <message>
        <source>import the province&apos;s TTHC list (.xlsx, .xlsm, .xls, .ods, .docx, .csv)</source>
        <translation>import the province&apos;s TTHC list (.xlsx, .xlsm, .xls, .ods, .docx, .csv)</translation>
    </message>
    <message>
        <source>the TTHC list: .xlsx, .xlsm, .xls, .ods, .docx or .csv</source>
        <translation>the TTHC list: .xlsx, .xlsm, .xls, .ods, .docx or .csv</translation>
    </message>
    <message>
        <source>show what would be added, changed or refused, and write nothing</source>
        <translation>show what would be added, changed or refused, and write nothing</translation>
    </message>
    <message>
        <source>also add the rows without a national code, with a temporary code</source>
        <translation>also add the rows without a national code, with a temporary code</translation>
    </message>
    <message>
        <source>number of the decision that changes the list (when the file does not say it)</source>
        <translation>number of the decision that changes the list (when the file does not say it)</translation>
    </message>
    <message>
        <source>date of that decision</source>
        <translation>date of that decision</translation>
    </message>
    <message>
        <source>date the decision takes effect (default: its date)</source>
        <translation>date the decision takes effect (default: its date)</translation>
    </message>
    <message>
        <source>list records</source>
        <translation>list records</translation>
    </message>
    <message>
        <source>what to list (its plural, e.g. procedures, ncs, petitions; or warnings, users, history)</source>
        <translation>what to list (its plural, e.g. procedures, ncs, petitions; or warnings, users, history)</translation>
    </message>
    <message>
        <source>only the records with these words (tone marks and case ignored)</source>
        <translation>only the records with these words (tone marks and case ignored)</translation>
    </message>
    <message>
        <source>output: tsv (tab-separated, for Excel or scripts) or json</source>
        <translation>output: tsv (tab-separated, for Excel or scripts) or json</translation>
    </message>
    <message>
        <source>search every register (tone marks and case ignored)</source>
        <translation>search every register (tone marks and case ignored)</translation>
    </message>
    <message>
        <source>the words to look for</source>
        <translation>the words to look for</translation>
    </message>
    <message>
        <source>check integrity, schema version, history chain and every record against its history (changes nothing)</source>
        <translation>check integrity, schema version, history chain and every record against its history (changes nothing)</translation>
    </message>
    <message>
        <source>a chain head written down earlier (from a check, a report or a package): entry N must carry HASH</source>
        <translation>a chain head written down earlier (from a check, a report or a package): entry N must carry HASH</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>create an account</source>
        <translation>create an account</translation>
    </message>
    <message>
        <source>the new account&apos;s user name (letters, digits, dot, dash)</source>
        <translation>the new account&apos;s user name (letters, digits, dot, dash)</translation>
    </message>
    <message>
        <source>secretary (ISO secretary), leader, auditor (internal auditor) or viewer (read only)</source>
        <translation>secretary (ISO secretary), leader, auditor (internal auditor) or viewer (read only)</translation>
    </message>
    <message>
        <source>the person&apos;s full name, as printed on documents</source>
        <translation>the person&apos;s full name, as printed on documents</translation>
    </message>
    <message>
        <source>environment variable holding the new password (else a prompt)</source>
        <translation>environment variable holding the new password (else a prompt)</translation>
    </message>
    <message>
        <source>the receiving office&apos;s register of reporting units</source>
        <translation>the receiving office&apos;s register of reporting units</translation>
    </message>
    <message>
        <source>import the register from an Excel list (code, name, kind, …)</source>
        <translation>import the register from an Excel list (code, name, kind, …)</translation>
    </message>
    <message>
        <source>the Excel list of units (code, name, kind, …)</source>
        <translation>the Excel list of units (code, name, kind, …)</translation>
    </message>
    <message>
        <source>show what would be added or changed, and write nothing</source>
        <translation>show what would be added or changed, and write nothing</translation>
    </message>
    <message>
        <source>list the units with their pinned key</source>
        <translation>list the units with their pinned key</translation>
    </message>
    <message>
        <source>the receiving office&apos;s inbox of report packages</source>
        <translation>the receiving office&apos;s inbox of report packages</translation>
    </message>
    <message>
        <source>check and take in packages: files, or folders searched for *.zip</source>
        <translation>check and take in packages: files, or folders searched for *.zip</translation>
    </message>
    <message>
        <source>report packages (.zip), or folders searched for them</source>
        <translation>report packages (.zip), or folders searched for them</translation>
    </message>
    <message>
        <source>refuse packages for another period (2026-H1 or 2026)</source>
        <translation>refuse packages for another period (2026-H1 or 2026)</translation>
    </message>
    <message>
        <source>pin the key of a unit&apos;s first package without asking (trust on first use, logged)</source>
        <translation>pin the key of a unit&apos;s first package without asking (trust on first use, logged)</translation>
    </message>
    <message>
        <source>enrol a unit&apos;s key fingerprint (confirmed on paper or by phone)</source>
        <translation>enrol a unit&apos;s key fingerprint (confirmed on paper or by phone)</translation>
    </message>
    <message>
        <source>the unit&apos;s code in the register (qms units list)</source>
        <translation>the unit&apos;s code in the register (qms units list)</translation>
    </message>
    <message>
        <source>the key&apos;s SHA-256 fingerprint, as confirmed on paper or by phone</source>
        <translation>the key&apos;s SHA-256 fingerprint, as confirmed on paper or by phone</translation>
    </message>
    <message>
        <source>how it was confirmed, e.g. &apos;phone, Ms Lan, 12/07&apos;</source>
        <translation>how it was confirmed, e.g. &apos;phone, Ms Lan, 12/07&apos;</translation>
    </message>
    <message>
        <source>enrol the key even though it is already pinned to another unit (refused without it: one key for two units is a sign of impersonation)</source>
        <translation>enrol the key even though it is already pinned to another unit (refused without it: one key for two units is a sign of impersonation)</translation>
    </message>
    <message>
        <source>expected / received / on time / late / missing per unit for a period</source>
        <translation>expected / received / on time / late / missing per unit for a period</translation>
    </message>
    <message>
        <source>the period: 2026-H1 (six months) or 2026 (year)</source>
        <translation>the period: 2026-H1 (six months) or 2026 (year)</translation>
    </message>
    <message>
        <source>write the consolidated workbook (XLSX) and the summary report (PDF)</source>
        <translation>write the consolidated workbook (XLSX) and the summary report (PDF)</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>the packages received</source>
        <translation>the packages received</translation>
    </message>
    <message>
        <source>only the packages of this period: 2026-H1 or 2026</source>
        <translation>only the packages of this period: 2026-H1 or 2026</translation>
    </message>
    <message>
        <source>check the received reports&apos; digital signatures again (after importing a root certificate or a CRL) and record the states that changed</source>
        <translation>check the received reports&apos; digital signatures again (after importing a root certificate or a CRL) and record the states that changed</translation>
    </message>
    <message>
        <source>return a unit&apos;s report for correction (a comment is required)</source>
        <translation>return a unit&apos;s report for correction (a comment is required)</translation>
    </message>
    <message>
        <source>what must be corrected (text, or @file.txt)</source>
        <translation>what must be corrected (text, or @file.txt)</translation>
    </message>
    <message>
        <source>also write the return letter (PDF) into DIR</source>
        <translation>also write the return letter (PDF) into DIR</translation>
    </message>
    <message>
        <source>accept (and lock) a unit&apos;s report</source>
        <translation>accept (and lock) a unit&apos;s report</translation>
    </message>
    <message>
        <source>accept it although its PDF&apos;s digital signature is invalid</source>
        <translation>accept it although its PDF&apos;s digital signature is invalid</translation>
    </message>
    <message>
        <source>unlock an accepted report (leader; logged)</source>
        <translation>unlock an accepted report (leader; logged)</translation>
    </message>
    <message>
        <source>why the accepted report is unlocked (kept in the history)</source>
        <translation>why the accepted report is unlocked (kept in the history)</translation>
    </message>
    <message>
        <source>write the reminder letter (Công văn đôn đốc) to the units that have not reported</source>
        <translation>write the reminder letter (Công văn đôn đốc) to the units that have not reported</translation>
    </message>
    <message>
        <source>the receiving office&apos;s yearly inspections (TT 26 Mẫu 19, 20, 21)</source>
        <translation>the receiving office&apos;s yearly inspections (TT 26 Mẫu 19, 20, 21)</translation>
    </message>
    <message>
        <source>show, create or change the year&apos;s plan; --suggest ranks the units</source>
        <translation>show, create or change the year&apos;s plan; --suggest ranks the units</translation>
    </message>
    <message>
        <source>the year of the inspections, e.g. 2026</source>
        <translation>the year of the inspections, e.g. 2026</translation>
    </message>
    <message>
        <source>the units ranked by the inbox&apos;s signals, with reasons</source>
        <translation>the units ranked by the inbox&apos;s signals, with reasons</translation>
    </message>
    <message>
        <source>with --suggest: make the plan from the suggestion</source>
        <translation>with --suggest: make the plan from the suggestion</translation>
    </message>
    <message>
        <source>the plan&apos;s number, e.g. 15/KH-SKHCN</source>
        <translation>the plan&apos;s number, e.g. 15/KH-SKHCN</translation>
    </message>
    <message>
        <source>the plan&apos;s date (DD/MM/YYYY)</source>
        <translation>the plan&apos;s date (DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>the decision&apos;s number, e.g. 120/QĐ-SKHCN</source>
        <translation>the decision&apos;s number, e.g. 120/QĐ-SKHCN</translation>
    </message>
    <message>
        <source>the decision&apos;s date (DD/MM/YYYY)</source>
        <translation>the decision&apos;s date (DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>the budget line of the plan</source>
        <translation>the budget line of the plan</translation>
    </message>
    <message>
        <source>set the check team (replaces it)</source>
        <translation>set the check team (replaces it)</translation>
    </message>
    <message>
        <source>role: lead, member or secretary (repeat the option for each member)</source>
        <translation>role: lead, member or secretary (repeat the option for each member)</translation>
    </message>
    <message>
        <source>set the date of a unit&apos;s check</source>
        <translation>set the date of a unit&apos;s check</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, or &apos;&apos; to clear</source>
        <translation>DD/MM/YYYY, or &apos;&apos; to clear</translation>
    </message>
    <message>
        <source>write Mẫu 19 (plan), 20 (decision) or 21 (record) as PDF</source>
        <translation>write Mẫu 19 (plan), 20 (decision) or 21 (record) as PDF</translation>
    </message>
    <message>
        <source>19 (the plan), 20 (the decision) or 21 (a unit&apos;s record)</source>
        <translation>19 (the plan), 20 (the decision) or 21 (a unit&apos;s record)</translation>
    </message>
    <message>
        <source>Mẫu 21: one unit (default: every unit checked on site)</source>
        <translation>Mẫu 21: one unit (default: every unit checked on site)</translation>
    </message>
    <message>
        <source>the year (default: this year)</source>
        <translation>the year (default: this year)</translation>
    </message>
    <message>
        <source>record a unit&apos;s check: the record&apos;s number, signing date and findings</source>
        <translation>record a unit&apos;s check: the record&apos;s number, signing date and findings</translation>
    </message>
    <message>
        <source>the record&apos;s signing date (DD/MM/YYYY)</source>
        <translation>the record&apos;s signing date (DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>the record&apos;s number, e.g. 05/BB-SKHCN</source>
        <translation>the record&apos;s number, e.g. 05/BB-SKHCN</translation>
    </message>
    <message>
        <source>a conformity found (repeat the option for each)</source>
        <translation>a conformity found (repeat the option for each)</translation>
    </message>
    <message>
        <source>a nonconformity found (repeat the option for each)</source>
        <translation>a nonconformity found (repeat the option for each)</translation>
    </message>
    <message>
        <source>a recommendation (repeat the option for each)</source>
        <translation>a recommendation (repeat the option for each)</translation>
    </message>
    <message>
        <source>why a record already signed is corrected (required then)</source>
        <translation>why a record already signed is corrected (required then)</translation>
    </message>
    <message>
        <source>mark a unit&apos;s corrective-action report received (by hand)</source>
        <translation>mark a unit&apos;s corrective-action report received (by hand)</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, or &apos;&apos; to reopen</source>
        <translation>DD/MM/YYYY, or &apos;&apos; to reopen</translation>
    </message>
    <message>
        <source>a note on the report received; with --received &apos;&apos;: why it is reopened (required then)</source>
        <translation>a note on the report received; with --received &apos;&apos;: why it is reopened (required then)</translation>
    </message>
    <message>
        <source>the corrective-action reports due after the records (overdue first)</source>
        <translation>the corrective-action reports due after the records (overdue first)</translation>
    </message>
    <message>
        <source>also those already reported</source>
        <translation>also those already reported</translation>
    </message>
    <message>
        <source>the November compilation of the year&apos;s results: XLSX and PDF</source>
        <translation>the November compilation of the year&apos;s results: XLSX and PDF</translation>
    </message>
    <message>
        <source>merge former communes&apos; databases or backups into this one (2025 reform)</source>
        <translation>merge former communes&apos; databases or backups into this one (2025 reform)</translation>
    </message>
    <message>
        <source>the former communes&apos; databases or backups (.sqlite)</source>
        <translation>the former communes&apos; databases or backups (.sqlite)</translation>
    </message>
    <message>
        <source>list what would be added, merged, renumbered or refused</source>
        <translation>list what would be added, merged, renumbered or refused</translation>
    </message>
    <message>
        <source>prefix of a clashing procedure code: initials (PL-QT-01), name (PhuLam-QT-01), or one prefix per source separated by commas (default: initials)</source>
        <translation>prefix of a clashing procedure code: initials (PL-QT-01), name (PhuLam-QT-01), or one prefix per source separated by commas (default: initials)</translation>
    </message>
    <message>
        <source>a TTHC whose name, not its code, matches one here: refuse and list them (ask), the same TTHC (merge), or a different one (separate)</source>
        <translation>a TTHC whose name, not its code, matches one here: refuse and list them (ask), the same TTHC (merge), or a different one (separate)</translation>
    </message>
    <message>
        <source>a unit with the same name (tone marks and case ignored) as one here</source>
        <translation>a unit with the same name (tone marks and case ignored) as one here</translation>
    </message>
    <message>
        <source>a person with the same name (tone marks and case ignored) as one here</source>
        <translation>a person with the same name (tone marks and case ignored) as one here</translation>
    </message>
    <message>
        <source>where the backup made first goes (default: the data folder&apos;s backups/)</source>
        <translation>where the backup made first goes (default: the data folder&apos;s backups/)</translation>
    </message>
    <message>
        <source>output: text (to read) or json (for scripts)</source>
        <translation>output: text (to read) or json (for scripts)</translation>
    </message>
    <message>
        <source>the former communes merged into this one; with --period, figures per commune</source>
        <translation>the former communes merged into this one; with --period, figures per commune</translation>
    </message>
    <message>
        <source>2025-H1, 2025-H2 (six months) or 2025 (year)</source>
        <translation>2025-H1, 2025-H2 (six months) or 2025 (year)</translation>
    </message>
    <message>
        <source>the semiannual / annual report (create, finalise, export)</source>
        <translation>the semiannual / annual report (create, finalise, export)</translation>
    </message>
    <message>
        <source>start the draft report of a period; prints its id</source>
        <translation>start the draft report of a period; prints its id</translation>
    </message>
    <message>
        <source>2026-H1 (six months) or 2026 (year)</source>
        <translation>2026-H1 (six months) or 2026 (year)</translation>
    </message>
    <message>
        <source>document number confirmed from the register (default: next)</source>
        <translation>document number confirmed from the register (default: next)</translation>
    </message>
    <message>
        <source>list the reports</source>
        <translation>list the reports</translation>
    </message>
    <message>
        <source>edit a draft&apos;s narrative (text, or @file.txt)</source>
        <translation>edit a draft&apos;s narrative (text, or @file.txt)</translation>
    </message>
    <message>
        <source>the report&apos;s id (qms report list)</source>
        <translation>the report&apos;s id (qms report list)</translation>
    </message>
    <message>
        <source>the body the report goes to</source>
        <translation>the body the report goes to</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>the report&apos;s number in the book of outgoing documents</source>
        <translation>the report&apos;s number in the book of outgoing documents</translation>
    </message>
    <message>
        <source>the day the figures run to, for a report made before its period ends (số liệu tính đến ngày)</source>
        <translation>the day the figures run to, for a report made before its period ends (số liệu tính đến ngày)</translation>
    </message>
    <message>
        <source>remove that day: the figures cover the whole period</source>
        <translation>remove that day: the figures cover the whole period</translation>
    </message>
    <message>
        <source>the receiving office&apos;s request, cited first: &apos;Công văn số 456/SKHCN-TĐC ngày … của Sở …&apos;</source>
        <translation>the receiving office&apos;s request, cited first: &apos;Công văn số 456/SKHCN-TĐC ngày … của Sở …&apos;</translation>
    </message>
    <message>
        <source>Part III: shortcomings, limitations and their causes</source>
        <translation>Part III: shortcomings, limitations and their causes</translation>
    </message>
    <message>
        <source>Part IV: directions and tasks for the next period</source>
        <translation>Part IV: directions and tasks for the next period</translation>
    </message>
    <message>
        <source>Part V: recommendations and proposals</source>
        <translation>Part V: recommendations and proposals</translation>
    </message>
    <message>
        <source>a statement of Part II, KEY one of: participation (of the leaders, units and staff), confirmation (that the system is effective), announcement, legal (legal documents brought into the system), reannouncement, consultant; KEY= removes it; TEXT may be @file.txt</source>
        <translation>a statement of Part II, KEY one of: participation (of the leaders, units and staff), confirmation (that the system is effective), announcement, legal (legal documents brought into the system), reannouncement, consultant; KEY= removes it; TEXT may be @file.txt</translation>
    </message>
    <message>
        <source>the checks before finalising; exit 0 when there is nothing to acknowledge</source>
        <translation>the checks before finalising; exit 0 when there is nothing to acknowledge</translation>
    </message>
    <message>
        <source>date the report would carry (default: its date, else today)</source>
        <translation>date the report would carry (default: its date, else today)</translation>
    </message>
    <message>
        <source>finalise (chốt) a draft after its pre-flight: its data is frozen</source>
        <translation>finalise (chốt) a draft after its pre-flight: its data is frozen</translation>
    </message>
    <message>
        <source>date of the report (default: today)</source>
        <translation>date of the report (default: today)</translation>
    </message>
    <message>
        <source>pre-flight warnings the leader acknowledges, by code (see &apos;report preflight&apos;)</source>
        <translation>pre-flight warnings the leader acknowledges, by code (see &apos;report preflight&apos;)</translation>
    </message>
    <message>
        <source>acknowledge every pre-flight warning</source>
        <translation>acknowledge every pre-flight warning</translation>
    </message>
    <message>
        <source>the figures of a period, as the report, the dashboard and the warnings read them</source>
        <translation>the figures of a period, as the report, the dashboard and the warnings read them</translation>
    </message>
    <message>
        <source>2026-H1 or 2026</source>
        <translation>2026-H1 or 2026</translation>
    </message>
    <message>
        <source>import the province&apos;s portal export of TTHC results per field (.xlsx)</source>
        <translation>import the province&apos;s portal export of TTHC results per field (.xlsx)</translation>
    </message>
    <message>
        <source>the portal&apos;s export of results per field (.xlsx)</source>
        <translation>the portal&apos;s export of results per field (.xlsx)</translation>
    </message>
    <message>
        <source>start of the period, if the sheet does not state it</source>
        <translation>start of the period, if the sheet does not state it</translation>
    </message>
    <message>
        <source>end of the period, if the sheet does not state it</source>
        <translation>end of the period, if the sheet does not state it</translation>
    </message>
    <message>
        <source>read and check the file; write nothing</source>
        <translation>read and check the file; write nothing</translation>
    </message>
    <message>
        <source>record that a finalised report was sent</source>
        <translation>record that a finalised report was sent</translation>
    </message>
    <message>
        <source>the day it was sent, dd/mm/yyyy (default: today)</source>
        <translation>the day it was sent, dd/mm/yyyy (default: today)</translation>
    </message>
    <message>
        <source>start a corrected version of a finalised report; prints its id</source>
        <translation>start a corrected version of a finalised report; prints its id</translation>
    </message>
    <message>
        <source>the corrected version&apos;s number in the book of outgoing documents</source>
        <translation>the corrected version&apos;s number in the book of outgoing documents</translation>
    </message>
    <message>
        <source>write the signed package (and PDF, XLSX) into a folder</source>
        <translation>write the signed package (and PDF, XLSX) into a folder</translation>
    </message>
    <message>
        <source>folder, e.g. the USB stick</source>
        <translation>folder, e.g. the USB stick</translation>
    </message>
    <message>
        <source>do not write the PDF and XLSX beside the package</source>
        <translation>do not write the PDF and XLSX beside the package</translation>
    </message>
    <message>
        <source>sign the finalised report&apos;s PDF (PAdES) with a USB token or a .pfx file</source>
        <translation>sign the finalised report&apos;s PDF (PAdES) with a USB token or a .pfx file</translation>
    </message>
    <message>
        <source>the token&apos;s PKCS#11 library (default: the one in Settings)</source>
        <translation>the token&apos;s PKCS#11 library (default: the one in Settings)</translation>
    </message>
    <message>
        <source>a .pfx/.p12 certificate file</source>
        <translation>a .pfx/.p12 certificate file</translation>
    </message>
    <message>
        <source>the token&apos;s slot number (default: the first token present)</source>
        <translation>the token&apos;s slot number (default: the first token present)</translation>
    </message>
    <message>
        <source>official = the competent person&apos;s signature, agency = the agency&apos;s (default: the next due)</source>
        <translation>official = the competent person&apos;s signature, agency = the agency&apos;s (default: the next due)</translation>
    </message>
    <message>
        <source>write the report&apos;s PDF (a draft is marked DỰ THẢO)</source>
        <translation>write the report&apos;s PDF (a draft is marked DỰ THẢO)</translation>
    </message>
    <message>
        <source>print a document: announcement, announcement_notice, review_minutes, car, audit_plan, audit_report, procedure_cover, procedure_steps, procedure_flowchart</source>
        <translation>print a document: announcement, announcement_notice, review_minutes, car, audit_plan, audit_report, procedure_cover, procedure_steps, procedure_flowchart</translation>
    </message>
    <message>
        <source>which document (see the list above)</source>
        <translation>which document (see the list above)</translation>
    </message>
    <message>
        <source>the record&apos;s id</source>
        <translation>the record&apos;s id</translation>
    </message>
    <message>
        <source>check a report package received from a commune</source>
        <translation>check a report package received from a commune</translation>
    </message>
    <message>
        <source>exit 0 if valid and signed with --fingerprint&apos;s key; 3 if intact but the sender is not authenticated (no --fingerprint); 1 with the reason if invalid</source>
        <translation>exit 0 if valid and signed with --fingerprint&apos;s key; 3 if intact but the sender is not authenticated (no --fingerprint); 1 with the reason if invalid</translation>
    </message>
    <message>
        <source>the package received (.zip)</source>
        <translation>the package received (.zip)</translation>
    </message>
    <message>
        <source>the sender&apos;s key fingerprint confirmed by phone</source>
        <translation>the sender&apos;s key fingerprint confirmed by phone</translation>
    </message>
    <message>
        <source>folder of trusted root certificates and CRLs (default: the one imported in Settings)</source>
        <translation>folder of trusted root certificates and CRLs (default: the one imported in Settings)</translation>
    </message>
    <message>
        <source>check the digital signature (PAdES) of a PDF</source>
        <translation>check the digital signature (PAdES) of a PDF</translation>
    </message>
    <message>
        <source>exit 0 if validly signed, 1 with the reason if not</source>
        <translation>exit 0 if validly signed, 1 with the reason if not</translation>
    </message>
    <message>
        <source>the signed PDF</source>
        <translation>the signed PDF</translation>
    </message>
    <message>
        <source>the unit the certificate must belong to (repeatable)</source>
        <translation>the unit the certificate must belong to (repeatable)</translation>
    </message>
</context>
<context>
    <name>CliMetavar</name>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>what</source>
        <translation>what</translation>
    </message>
    <message>
        <source>BUDGET</source>
        <translation>BUDGET</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>COMMENT</translation>
    </message>
    <message>
        <source>CONFORMITY</source>
        <translation>CONFORMITY</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>DECISION</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERPRINT</translation>
    </message>
    <message>
        <source>FULL_NAME</source>
        <translation>FULL_NAME</translation>
    </message>
    <message>
        <source>KEY=TEXT</source>
        <translation>KEY=TEXT</translation>
    </message>
    <message>
        <source>N:HASH</source>
        <translation>N:HASH</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>NAME|TITLE|ROLE</source>
        <translation>NAME|TITLE|ROLE</translation>
    </message>
    <message>
        <source>NONCONFORMITY</source>
        <translation>NONCONFORMITY</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>PASSWORD_ENV</source>
        <translation>PASSWORD_ENV</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>PLANS</source>
        <translation>PLANS</translation>
    </message>
    <message>
        <source>PROPOSALS</source>
        <translation>PROPOSALS</translation>
    </message>
    <message>
        <source>PROVINCE</source>
        <translation>PROVINCE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>RECIPIENT</source>
        <translation>RECIPIENT</translation>
    </message>
    <message>
        <source>RECOMMENDATION</source>
        <translation>RECOMMENDATION</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>SEARCH</source>
        <translation>SEARCH</translation>
    </message>
    <message>
        <source>SHORTCOMINGS</source>
        <translation>SHORTCOMINGS</translation>
    </message>
    <message>
        <source>SLOT</source>
        <translation>SLOT</translation>
    </message>
    <message>
        <source>SOURCE.sqlite</source>
        <translation>SOURCE.sqlite</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>unit_code</source>
        <translation>unit_code</translation>
    </message>
    <message>
        <source>username</source>
        <translation>username</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>Check the date and time</source>
        <translation>Check the date and time</translation>
    </message>
    <message>
        <source>&amp;Quit and set the clock</source>
        <translation>&amp;Quit and set the clock</translation>
    </message>
    <message>
        <source>&amp;Continue anyway</source>
        <translation>&amp;Continue anyway</translation>
    </message>
    <message>
        <source>The computer&apos;s clock seems wrong: it says {today}, but this data was last changed on {last}. New records, register numbers and the automatic backups would take the wrong date. Set the computer&apos;s date and time (Windows: Settings › Time &amp; language), then open QMS Desktop again.</source>
        <translation>The computer&apos;s clock seems wrong: it says {today}, but this data was last changed on {last}. New records, register numbers and the automatic backups would take the wrong date. Set the computer&apos;s date and time (Windows: Settings › Time &amp; language), then open QMS Desktop again.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock may be wrong: it says {today}, more than a year after this data was last changed ({last}). If the date is wrong, set it first: a record numbered in a wrong year cannot be taken back.</source>
        <translation>The computer&apos;s clock may be wrong: it says {today}, more than a year after this data was last changed ({last}). If the date is wrong, set it first: a record numbered in a wrong year cannot be taken back.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Sheet / part</source>
        <translation>Sheet / part</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>In scope</translation>
    </message>
    <message>
        <source>Effective procedure</source>
        <translation>Effective procedure</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Detected on</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Obsolete from</source>
        <translation>Obsolete from</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Item changed</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Built in on</source>
        <translation>Built in on</translation>
    </message>
    <message>
        <source>Build in by</source>
        <translation>Build in by</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Nonconformity</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Former commune</source>
        <translation>Former commune</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Merged on</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>Code prefix</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Chain head</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>NCs opened</source>
        <translation>NCs opened</translation>
    </message>
    <message>
        <source>NCs closed</source>
        <translation>NCs closed</translation>
    </message>
    <message>
        <source>NCs open at the end</source>
        <translation>NCs open at the end</translation>
    </message>
    <message>
        <source>Feedback and petitions</source>
        <translation>Feedback and petitions</translation>
    </message>
    <message>
        <source>Not answered at the end</source>
        <translation>Not answered at the end</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Lead auditor</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Nonconformities</translation>
    </message>
    <message>
        <source>Linked TTHC</source>
        <translation>Linked TTHC</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Open outputs</source>
        <translation>Open outputs</translation>
    </message>
    <message>
        <source>Decision or action</source>
        <translation>Decision or action</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>On time (%)</translation>
    </message>
    <message>
        <source>Reporting unit</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Report version</source>
        <translation>Report version</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Predecessors</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Form of check</source>
        <translation>Form of check</translation>
    </message>
    <message>
        <source>Why (signals from the inbox)</source>
        <translation>Why (signals from the inbox)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Report due</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>CompleteAuditDialog</name>
    <message>
        <source>Record the audit as held</source>
        <translation>Record the audit as held</translation>
    </message>
    <message>
        <source>Held from</source>
        <translation>Held from</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Held until</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Report summary</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <source>&amp;Reminder letter…</source>
        <translation>&amp;Reminder letter…</translation>
    </message>
    <message>
        <source>E&amp;xport workbook and summary report…</source>
        <translation>E&amp;xport workbook and summary report…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Reports received</translation>
    </message>
    <message>
        <source>Units by TTHC on-time rate</source>
        <translation>Units by TTHC on-time rate</translation>
    </message>
    <message>
        <source>Who h&amp;as reported</source>
        <translation>Who h&amp;as reported</translation>
    </message>
    <message>
        <source>Figures side &amp;by side</source>
        <translation>Figures side &amp;by side</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>&amp;Warnings</translation>
    </message>
    <message>
        <source>reporting rate %1</source>
        <translation>reporting rate %1</translation>
    </message>
    <message>
        <source>on-time rate %1</source>
        <translation>on-time rate %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Totals of %1 reports</source>
        <translation>Totals of %1 reports</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>below 90%</source>
        <translation>below 90%</translation>
    </message>
    <message>
        <source>%1% and more</source>
        <translation>%1% and more</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Preparing the reminder letter…</source>
        <translation>Preparing the reminder letter…</translation>
    </message>
    <message>
        <source>Reminder letter</source>
        <translation>Reminder letter</translation>
    </message>
    <message>
        <source>Write the consolidated workbook and the summary report into which folder?</source>
        <translation>Write the consolidated workbook and the summary report into which folder?</translation>
    </message>
    <message>
        <source>Writing the workbook and the report…</source>
        <translation>Writing the workbook and the report…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>TTHC in the QMS scope</source>
        <translation>TTHC in the QMS scope</translation>
    </message>
    <message>
        <source>Procedures in effect</source>
        <translation>Procedures in effect</translation>
    </message>
    <message>
        <source>Open nonconformities</source>
        <translation>Open nonconformities</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>Objectives met this year</source>
        <translation>Objectives met this year</translation>
    </message>
    <message>
        <source>Citizen feedback and petitions</source>
        <translation>Citizen feedback and petitions</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>What needs doing</translation>
    </message>
    <message>
        <source>Warnings (Enter or double-click opens the record)</source>
        <translation>Warnings (Enter or double-click opens the record)</translation>
    </message>
    <message>
        <source>Nonconformities this year by status</source>
        <translation>Nonconformities this year by status</translation>
    </message>
    <message>
        <source>No nonconformity recorded this year.</source>
        <translation>No nonconformity recorded this year.</translation>
    </message>
    <message>
        <source>TTHC settled on time (%), by period end</source>
        <translation>TTHC settled on time (%), by period end</translation>
    </message>
    <message>
        <source>No service statistics recorded yet.</source>
        <translation>No service statistics recorded yet.</translation>
    </message>
    <message>
        <source>The set-up is not finished</source>
        <translation>The set-up is not finished</translation>
    </message>
    <message>
        <source>&amp;Finish the set-up…</source>
        <translation>&amp;Finish the set-up…</translation>
    </message>
    <message>
        <source>Shows the steps of the first start that were left: a new recovery code, the starter procedures and the TTHC list.</source>
        <translation>Shows the steps of the first start that were left: a new recovery code, the starter procedures and the TTHC list.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>The figures are the whole commune&apos;s, including the former communes merged into it: %1. &lt;a href=&quot;figures&quot;&gt;Figures per former commune…&lt;/a&gt;</source>
        <translation>The figures are the whole commune&apos;s, including the former communes merged into it: %1. &lt;a href=&quot;figures&quot;&gt;Figures per former commune…&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Next report: %1 (%2 – %3), to be sent by %4 — %5.</source>
        <translation>Next report: %1 (%2 – %3), to be sent by %4 — %5.</translation>
    </message>
    <message>
        <source>of %1; covered by a procedure: %2</source>
        <translation>of %1; covered by a procedure: %2</translation>
    </message>
    <message>
        <source>of %1 registered</source>
        <translation>of %1 registered</translation>
    </message>
    <message>
        <source>%1 objectives set for %2</source>
        <translation>%1 objectives set for %2</translation>
    </message>
    <message>
        <source>results of %1</source>
        <translation>results of %1</translation>
    </message>
    <message>
        <source>%1 awaiting an answer</source>
        <translation>%1 awaiting an answer</translation>
    </message>
    <message>
        <source>(%1 from earlier periods)</source>
        <translation>(%1 from earlier periods)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <source>(due today)</source>
        <translation>(due today)</translation>
    </message>
    <message>
        <source>(due soon)</source>
        <translation>(due soon)</translation>
    </message>
    <message>
        <source>Nothing to do: no warning.</source>
        <translation>Nothing to do: no warning.</translation>
    </message>
    <message>
        <source>Warnings: %1 (Enter or double-click opens the record)</source>
        <translation>Warnings: %1 (Enter or double-click opens the record)</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>Where the data is</source>
        <translation>Where the data is</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>In use now: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s file (one clerk)</source>
        <translation>This computer&apos;s file (one clerk)</translation>
    </message>
    <message>
        <source>The office&apos;s PostgreSQL server (several officers at once)</source>
        <translation>The office&apos;s PostgreSQL server (several officers at once)</translation>
    </message>
    <message>
        <source>USER@HOST[:PORT]/DATABASE. Leave the password out: it is never stored; you are asked for it when the application starts (or it is read from pgpass.conf).</source>
        <translation>USER@HOST[:PORT]/DATABASE. Leave the password out: it is never stored; you are asked for it when the application starts (or it is read from pgpass.conf).</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <source>Use from the next &amp;start</source>
        <translation>Use from the next &amp;start</translation>
    </message>
    <message>
        <source>Connection string:</source>
        <translation>Connection string:</translation>
    </message>
    <message>
        <source>Type the server&apos;s connection string: postgresql+psycopg://USER@HOST/DATABASE.</source>
        <translation>Type the server&apos;s connection string: postgresql+psycopg://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>The connection string is not valid: check the server&apos;s address, its port (a number) and the database name.</source>
        <translation>The connection string is not valid: check the server&apos;s address, its port (a number) and the database name.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>From the next start the data is this computer&apos;s file.</source>
        <translation>From the next start the data is this computer&apos;s file.</translation>
    </message>
    <message>
        <source>The password was not stored: you are asked for it when the application starts.</source>
        <translation>The password was not stored: you are asked for it when the application starts.</translation>
    </message>
    <message>
        <source>From the next start the data is on the server %1.</source>
        <translation>From the next start the data is on the server %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceDialog</name>
    <message>
        <source>Where the data is</source>
        <translation>Where the data is</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm</source>
        <translation>dd/mm</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose on the calendar (Alt+Down)</source>
        <translation>Choose on the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Fill in the required fields: %1.</source>
        <translation>Fill in the required fields: %1.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Announcement decision</source>
        <translation>Announcement decision</translation>
    </message>
    <message>
        <source>Notice of the announcement (letter to the Department)</source>
        <translation>Notice of the announcement (letter to the Department)</translation>
    </message>
    <message>
        <source>Management-review minutes</source>
        <translation>Management-review minutes</translation>
    </message>
    <message>
        <source>Corrective-action request</source>
        <translation>Corrective-action request</translation>
    </message>
    <message>
        <source>Internal audit plan</source>
        <translation>Internal audit plan</translation>
    </message>
    <message>
        <source>Internal audit report</source>
        <translation>Internal audit report</translation>
    </message>
    <message>
        <source>Procedure cover page and amendments</source>
        <translation>Procedure cover page and amendments</translation>
    </message>
    <message>
        <source>Procedure steps and flowchart</source>
        <translation>Procedure steps and flowchart</translation>
    </message>
    <message>
        <source>Procedure flowchart</source>
        <translation>Procedure flowchart</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Remove row</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{path} is not a valid QMS Desktop backup; nothing was changed.</source>
        <translation>{path} is not a valid QMS Desktop backup; nothing was changed.</translation>
    </message>
    <message>
        <source>There is no report for the second six months ({period}): the annual report ({year}) covers the whole year.</source>
        <translation>There is no report for the second six months ({period}): the annual report ({year}) covers the whole year.</translation>
    </message>
    <message>
        <source>Invalid report period &apos;{period}&apos;: use 2026-H1 or 2026.</source>
        <translation>Invalid report period &apos;{period}&apos;: use 2026-H1 or 2026.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>The file {path} did not verify after writing.</source>
        <translation>The file {path} did not verify after writing.</translation>
    </message>
    <message>
        <source>{field_label} is required.</source>
        <translation>{field_label} is required.</translation>
    </message>
    <message>
        <source>{field_label}: &apos;{value}&apos; is not a valid value.</source>
        <translation>{field_label}: &apos;{value}&apos; is not a valid value.</translation>
    </message>
    <message>
        <source>{field_label} must be between {min} and {max}.</source>
        <translation>{field_label} must be between {min} and {max}.</translation>
    </message>
    <message>
        <source>{field_label}: &apos;{value}&apos; is not a valid date (dd/mm/yyyy).</source>
        <translation>{field_label}: &apos;{value}&apos; is not a valid date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>{field_label}: {value} is outside the accepted range ({first} – {last}).</source>
        <translation>{field_label}: {value} is outside the accepted range ({first} – {last}).</translation>
    </message>
    <message>
        <source>Unknown kind of agency: {kind} (use xa, phuong or dac-khu).</source>
        <translation>Unknown kind of agency: {kind} (use xa, phuong or dac-khu).</translation>
    </message>
    <message>
        <source>The name says {named}, but the kind chosen is {kind}: choose the kind the name says, or correct the name.</source>
        <translation>The name says {named}, but the kind chosen is {kind}: choose the kind the name says, or correct the name.</translation>
    </message>
    <message>
        <source>Unknown mode: {mode}.</source>
        <translation>Unknown mode: {mode}.</translation>
    </message>
    <message>
        <source>The unit code is too long (at most 50 characters).</source>
        <translation>The unit code is too long (at most 50 characters).</translation>
    </message>
    <message>
        <source>Unknown setting: {key}</source>
        <translation>Unknown setting: {key}</translation>
    </message>
    <message>
        <source>The target is a percentage from 0 to 100.</source>
        <translation>The target is a percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>{field_label}: &apos;{value}&apos; is not an allowed value.</source>
        <translation>{field_label}: &apos;{value}&apos; is not an allowed value.</translation>
    </message>
    <message>
        <source>Use MM-DD for a due date, e.g. 06-20.</source>
        <translation>Use MM-DD for a due date, e.g. 06-20.</translation>
    </message>
    <message>
        <source>Record not found ({kind_label} {id}).</source>
        <translation>Record not found ({kind_label} {id}).</translation>
    </message>
    <message>
        <source>{field_label} ({date}) cannot be in the future: today is {today}.</source>
        <translation>{field_label} ({date}) cannot be in the future: today is {today}.</translation>
    </message>
    <message>
        <source>{field_label} ({date}) cannot be before {other_label} ({other}).</source>
        <translation>{field_label} ({date}) cannot be before {other_label} ({other}).</translation>
    </message>
    <message>
        <source>{field_label} is too long (at most {max} characters).</source>
        <translation>{field_label} is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>view records</source>
        <translation>view records</translation>
    </message>
    <message>
        <source>change records</source>
        <translation>change records</translation>
    </message>
    <message>
        <source>record audits</source>
        <translation>record audits</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <source>finalise reports</source>
        <translation>finalise reports</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>import data</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>make backups</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>change the agency&apos;s signing key</source>
        <translation>change the agency&apos;s signing key</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Nothing was saved: reload the record to see their change, then make yours again.</source>
        <translation>Someone else changed this record after you opened it. Nothing was saved: reload the record to see their change, then make yours again.</translation>
    </message>
    <message>
        <source>Account &apos;{user}&apos; is not allowed to {action_label}.</source>
        <translation>Account &apos;{user}&apos; is not allowed to {action_label}.</translation>
    </message>
    <message>
        <source>Account &apos;{user}&apos; was disabled after it logged in. Nothing was saved.</source>
        <translation>Account &apos;{user}&apos; was disabled after it logged in. Nothing was saved.</translation>
    </message>
    <message>
        <source>The role of account &apos;{user}&apos; was changed after it logged in. Nothing was saved: log in again to work with its new role.</source>
        <translation>The role of account &apos;{user}&apos; was changed after it logged in. Nothing was saved: log in again to work with its new role.</translation>
    </message>
    <message>
        <source>Unknown kind of record: {kind}</source>
        <translation>Unknown kind of record: {kind}</translation>
    </message>
    <message>
        <source>The file is too large (at most {mb} MB).</source>
        <translation>The file is too large (at most {mb} MB).</translation>
    </message>
    <message>
        <source>Cannot read the file {name}.</source>
        <translation>Cannot read the file {name}.</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes); nothing was attached. Check that it was copied completely.</source>
        <translation>The file {name} is empty (0 bytes); nothing was attached. Check that it was copied completely.</translation>
    </message>
    <message>
        <source>The stored file {name} is damaged (checksum mismatch).</source>
        <translation>The stored file {name} is damaged (checksum mismatch).</translation>
    </message>
    <message>
        <source>This file was already removed ({reason}); nothing was changed.</source>
        <translation>This file was already removed ({reason}); nothing was changed.</translation>
    </message>
    <message>
        <source>The file cannot be copied to {path} for viewing: {detail}</source>
        <translation>The file cannot be copied to {path} for viewing: {detail}</translation>
    </message>
    <message>
        <source>Unknown field: {name}</source>
        <translation>Unknown field: {name}</translation>
    </message>
    <message>
        <source>{name} cannot audit his or her own unit ({unit}).</source>
        <translation>{name} cannot audit his or her own unit ({unit}).</translation>
    </message>
    <message>
        <source>This record is cancelled.</source>
        <translation>This record is cancelled.</translation>
    </message>
    <message>
        <source>The audit report was approved on {date}: its checklist and findings no longer change.</source>
        <translation>The audit report was approved on {date}: its checklist and findings no longer change.</translation>
    </message>
    <message>
        <source>No finding of nonconformity was recorded from the checklist items found nonconforming: {items}. Record a finding from each (“Record a finding from this item…” on the Checklist tab) or change its result.</source>
        <translation>No finding of nonconformity was recorded from the checklist items found nonconforming: {items}. Record a finding from each (“Record a finding from this item…” on the Checklist tab) or change its result.</translation>
    </message>
    <message>
        <source>A nonconformity is major or minor.</source>
        <translation>A nonconformity is major or minor.</translation>
    </message>
    <message>
        <source>The checklist item belongs to another audit.</source>
        <translation>The checklist item belongs to another audit.</translation>
    </message>
    <message>
        <source>The audit begins on {date}: its findings are recorded from that day (today is {today}).</source>
        <translation>The audit begins on {date}: its findings are recorded from that day (today is {today}).</translation>
    </message>
    <message>
        <source>Nonconformity {number} was raised from this finding: its kind can no longer change.</source>
        <translation>Nonconformity {number} was raised from this finding: its kind can no longer change.</translation>
    </message>
    <message>
        <source>Nonconformity {number} was already raised from this finding.</source>
        <translation>Nonconformity {number} was already raised from this finding.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>An audit cannot be recorded as held in the future.</source>
        <translation>An audit cannot be recorded as held in the future.</translation>
    </message>
    <message>
        <source>Who led the audit? Choose its lead auditor in the audit&apos;s plan before recording it as held.</source>
        <translation>Who led the audit? Choose its lead auditor in the audit&apos;s plan before recording it as held.</translation>
    </message>
    <message>
        <source>Only a completed audit&apos;s report can be approved.</source>
        <translation>Only a completed audit&apos;s report can be approved.</translation>
    </message>
    <message>
        <source>On time + late + pending ({settled}) exceeds the applications received ({received}).</source>
        <translation>On time + late + pending ({settled}) exceeds the applications received ({received}).</translation>
    </message>
    <message>
        <source>The date is before the day it was received.</source>
        <translation>The date is before the day it was received.</translation>
    </message>
    <message>
        <source>{day} is after today ({today}): record it on the day it happens.</source>
        <translation>{day} is after today ({today}): record it on the day it happens.</translation>
    </message>
    <message>
        <source>{field_label}: record {id} does not exist.</source>
        <translation>{field_label}: record {id} does not exist.</translation>
    </message>
    <message>
        <source>Another record already has this {field_label}: {value}.</source>
        <translation>Another record already has this {field_label}: {value}.</translation>
    </message>
    <message>
        <source>Number {number} is already in the book of {year} (received on {day}): give the next one.</source>
        <translation>Number {number} is already in the book of {year} (received on {day}): give the next one.</translation>
    </message>
    <message>
        <source>This kind of record cannot be cancelled; edit it instead.</source>
        <translation>This kind of record cannot be cancelled; edit it instead.</translation>
    </message>
    <message>
        <source>Give a reason for cancelling.</source>
        <translation>Give a reason for cancelling.</translation>
    </message>
    <message>
        <source>This record is not cancelled.</source>
        <translation>This record is not cancelled.</translation>
    </message>
    <message>
        <source>A procedure with code {code} already exists.</source>
        <translation>A procedure with code {code} already exists.</translation>
    </message>
    <message>
        <source>Step {no}: the time unit must be days or hours.</source>
        <translation>Step {no}: the time unit must be days or hours.</translation>
    </message>
    <message>
        <source>Step {no}: the time allowed must be between 0 and 365.</source>
        <translation>Step {no}: the time allowed must be between 0 and 365.</translation>
    </message>
    <message>
        <source>The effective date is before the issue date.</source>
        <translation>The effective date is before the issue date.</translation>
    </message>
    <message>
        <source>Procedure {code} already has a draft version; approve or edit it first.</source>
        <translation>Procedure {code} already has a draft version; approve or edit it first.</translation>
    </message>
    <message>
        <source>Only a draft version can be edited; issue a new version instead.</source>
        <translation>Only a draft version can be edited; issue a new version instead.</translation>
    </message>
    <message>
        <source>Approved on ({date}) cannot be after the version&apos;s issue date ({issue}): a version is issued once approved. Enter the day it was approved, or correct the draft&apos;s issue date first.</source>
        <translation>Approved on ({date}) cannot be after the version&apos;s issue date ({issue}): a version is issued once approved. Enter the day it was approved, or correct the draft&apos;s issue date first.</translation>
    </message>
    <message>
        <source>Only a draft version can be approved.</source>
        <translation>Only a draft version can be approved.</translation>
    </message>
    <message>
        <source>The new version must take effect after version {number} ({date}).</source>
        <translation>The new version must take effect after version {number} ({date}).</translation>
    </message>
    <message>
        <source>This record is already cancelled.</source>
        <translation>This record is already cancelled.</translation>
    </message>
    <message>
        <source>TTHC {code} was abolished or replaced by decision {decision}: it cannot be put back in the scope.</source>
        <translation>TTHC {code} was abolished or replaced by decision {decision}: it cannot be put back in the scope.</translation>
    </message>
    <message>
        <source>TTHC code &apos;{code}&apos; is not in the national format (e.g. 1.009137).</source>
        <translation>TTHC code &apos;{code}&apos; is not in the national format (e.g. 1.009137).</translation>
    </message>
    <message>
        <source>TTHC {code} already has its national code.</source>
        <translation>TTHC {code} already has its national code.</translation>
    </message>
    <message>
        <source>A TTHC with code {code} already exists.</source>
        <translation>A TTHC with code {code} already exists.</translation>
    </message>
    <message>
        <source>Database not found: {path}</source>
        <translation>Database not found: {path}</translation>
    </message>
    <message>
        <source>{path} is not a QMS Desktop database.</source>
        <translation>{path} is not a QMS Desktop database.</translation>
    </message>
    <message>
        <source>The database is busy: another program kept it locked for too long. Nothing was saved; try again in a moment.</source>
        <translation>The database is busy: another program kept it locked for too long. Nothing was saved; try again in a moment.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk that holds the database is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>The disk that holds the database reported a read or write error. Nothing was saved; check the drive and try again.</source>
        <translation>The disk that holds the database reported a read or write error. Nothing was saved; check the drive and try again.</translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only file, folder or drive). Nothing was saved.</source>
        <translation>The database cannot be written (a read-only file, folder or drive). Nothing was saved.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was saved; restore a backup (File → Restore from a backup…) or ask for help.</source>
        <translation>The database file is damaged. Nothing was saved; restore a backup (File → Restore from a backup…) or ask for help.</translation>
    </message>
    <message>
        <source>The database file cannot be opened (moved, removed or no permission). Nothing was saved.</source>
        <translation>The database file cannot be opened (moved, removed or no permission). Nothing was saved.</translation>
    </message>
    <message>
        <source>Cannot reach the database server {server}: it is down, or the network or its port is closed. Nothing was saved; check the connection and try again.</source>
        <translation>Cannot reach the database server {server}: it is down, or the network or its port is closed. Nothing was saved; check the connection and try again.</translation>
    </message>
    <message>
        <source>The database server {server} refused the account: wrong user name or password. Nothing was saved.</source>
        <translation>The database server {server} refused the account: wrong user name or password. Nothing was saved.</translation>
    </message>
    <message>
        <source>The database server {server} has no such database; ask the administrator to create it. Nothing was saved.</source>
        <translation>The database server {server} has no such database; ask the administrator to create it. Nothing was saved.</translation>
    </message>
    <message>
        <source>The database server {server} refused the connection: {detail}. Nothing was saved; ask the server&apos;s administrator.</source>
        <translation>The database server {server} refused the connection: {detail}. Nothing was saved; ask the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>The connection to the database server {server} was lost. Nothing was saved (the change was rolled back); try again.</source>
        <translation>The connection to the database server {server} was lost. Nothing was saved (the change was rolled back); try again.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of QMS Desktop (schema {revision}). Install the newer version to open it.</source>
        <translation>This database was written by a newer version of QMS Desktop (schema {revision}). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>This database does not have the structure its recorded version says (it lacks {what}): it was written by an unreleased build of QMS Desktop. Nothing was changed; the previous version can still open it. Keep the file and ask for help to move its data.</source>
        <translation>This database does not have the structure its recorded version says (it lacks {what}): it was written by an unreleased build of QMS Desktop. Nothing was changed; the previous version can still open it. Keep the file and ask for help to move its data.</translation>
    </message>
    <message>
        <source>The tables of QMS Desktop could not be created in this database ({reason}). Nothing was changed.</source>
        <translation>The tables of QMS Desktop could not be created in this database ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to this version of QMS Desktop ({reason}). Nothing was changed; the previous version can still open it.</source>
        <translation>The database could not be upgraded to this version of QMS Desktop ({reason}). Nothing was changed; the previous version can still open it.</translation>
    </message>
    <message>
        <source>The account {user} may not create tables in the database {database}: the database must belong to that account (the administrator creates it with CREATE DATABASE {database} OWNER {user}, or gives it with ALTER DATABASE {database} OWNER TO {user}). Nothing was changed.</source>
        <translation>The account {user} may not create tables in the database {database}: the database must belong to that account (the administrator creates it with CREATE DATABASE {database} OWNER {user}, or gives it with ALTER DATABASE {database} OWNER TO {user}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Controlled records are never deleted: cancel them with a reason instead.</source>
        <translation>Controlled records are never deleted: cancel them with a reason instead.</translation>
    </message>
    <message>
        <source>This database is already open in QMS Desktop (on {host}, process {pid}, since {since}). Close the other window first.</source>
        <translation>This database is already open in QMS Desktop (on {host}, process {pid}, since {since}). Close the other window first.</translation>
    </message>
    <message>
        <source>The database {path} is being restored by another program; try again when it has finished.</source>
        <translation>The database {path} is being restored by another program; try again when it has finished.</translation>
    </message>
    <message>
        <source>Another QMS Desktop program is using the database {path} (a window or a &apos;qms&apos; command). Close it or wait until it has finished, then try again; nothing was changed.</source>
        <translation>Another QMS Desktop program is using the database {path} (a window or a &apos;qms&apos; command). Close it or wait until it has finished, then try again; nothing was changed.</translation>
    </message>
    <message>
        <source>Unexpected error: {detail}</source>
        <translation>Unexpected error: {detail}</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>Cannot do this</translation>
    </message>
    <message>
        <source>Printing of this document is not available yet.</source>
        <translation>Printing of this document is not available yet.</translation>
    </message>
    <message>
        <source>The demo commune can only be written into an empty database; this one already has an agency profile, accounts or records.</source>
        <translation>The demo commune can only be written into an empty database; this one already has an agency profile, accounts or records.</translation>
    </message>
    <message>
        <source>Cannot write the backup to {path}: {reason}</source>
        <translation>Cannot write the backup to {path}: {reason}</translation>
    </message>
    <message>
        <source>The backup written to {path} did not verify.</source>
        <translation>The backup written to {path} did not verify.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: give the folder (or USB drive) to write the backup into.</source>
        <translation>{path} is a file, not a folder: give the folder (or USB drive) to write the backup into.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
        <source>Only a leader can restore a backup: it replaces every record, the accounts and their roles included.</source>
        <translation>Only a leader can restore a backup: it replaces every record, the accounts and their roles included.</translation>
    </message>
    <message>
        <source>{path} was changed after it was written (it no longer matches its metadata file); nothing was changed.</source>
        <translation>{path} was changed after it was written (it no longer matches its metadata file); nothing was changed.</translation>
    </message>
    <message>
        <source>{path} does not exist (or is a folder); nothing was changed.</source>
        <translation>{path} does not exist (or is a folder); nothing was changed.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of QMS Desktop (schema {revision}): install that version to restore it; nothing was changed.</source>
        <translation>{path} was written by a newer version of QMS Desktop (schema {revision}): install that version to restore it; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup&apos;s change history was altered outside the application (entry {id}); it is not restored.</source>
        <translation>The backup&apos;s change history was altered outside the application (entry {id}); it is not restored.</translation>
    </message>
    <message>
        <source>The backup holds {kind_label} {name}, which the application does not make (added outside it); it is not restored.</source>
        <translation>The backup holds {kind_label} {name}, which the application does not make (added outside it); it is not restored.</translation>
    </message>
    <message>
        <source>In the backup, table {name} no longer refuses two records with the same {columns} (rebuilt outside the application); it is not restored.</source>
        <translation>In the backup, table {name} no longer refuses two records with the same {columns} (rebuilt outside the application); it is not restored.</translation>
    </message>
    <message>
        <source>{n} records of the backup do not match its change history (they were changed outside the application); it is not restored.</source>
        <translation>{n} records of the backup do not match its change history (they were changed outside the application); it is not restored.</translation>
    </message>
    <message>
        <source>After this restore you could no longer log in as {user}: the backup has no active leader account {user} that opens with the password given. If the password was changed after the backup was made, give the one it had then (qms restore: QMS_BACKUP_PASSWORD). Nothing was changed.</source>
        <translation>After this restore you could no longer log in as {user}: the backup has no active leader account {user} that opens with the password given. If the password was changed after the backup was made, give the one it had then (qms restore: QMS_BACKUP_PASSWORD). Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is not a copy of this database: its history begins apart (a database set up separately under the same name). Restoring it replaces the whole history of the database in use ({n} entries).</source>
        <translation>{path} is not a copy of this database: its history begins apart (a database set up separately under the same name). Restoring it replaces the whole history of the database in use ({n} entries).</translation>
    </message>
    <message>
        <source>{path} is older than the database in use: the {n} history entries written since it was made (after entry {count}) are replaced by it.</source>
        <translation>{path} is older than the database in use: the {n} history entries written since it was made (after entry {count}) are replaced by it.</translation>
    </message>
    <message>
        <source>{path} took another course than the database in use after a common beginning: restoring it replaces {n} history entries of the database in use.</source>
        <translation>{path} took another course than the database in use after a common beginning: restoring it replaces {n} history entries of the database in use.</translation>
    </message>
    <message>
        <source>{path} is not a copy of this database: its history begins apart (a database set up separately under the same name, {agency}). Confirm that you mean to replace this database&apos;s whole history with it (qms restore … --other-agency); nothing was changed.</source>
        <translation>{path} is not a copy of this database: its history begins apart (a database set up separately under the same name, {agency}). Confirm that you mean to replace this database&apos;s whole history with it (qms restore … --other-agency); nothing was changed.</translation>
    </message>
    <message>
        <source>The database in use still has its accounts, and {user} is not an active leader there with this password. If the password was changed after the backup was made, move the damaged file out of the data folder first: the backup&apos;s leader then restores it alone. Nothing was changed.</source>
        <translation>The database in use still has its accounts, and {user} is not an active leader there with this password. If the password was changed after the backup was made, move the damaged file out of the data folder first: the backup&apos;s leader then restores it alone. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} has no metadata file (the backup was interrupted before writing it, or the file was deleted): it was checked by its own content only, its history chain and every record.</source>
        <translation>{path} has no metadata file (the backup was interrupted before writing it, or the file was deleted): it was checked by its own content only, its history chain and every record.</translation>
    </message>
    <message>
        <source>{path} is a backup of another agency ({agency}), not of {current}. Confirm that you mean to replace this agency&apos;s data with it (qms restore … --other-agency); nothing was changed.</source>
        <translation>{path} is a backup of another agency ({agency}), not of {current}. Confirm that you mean to replace this agency&apos;s data with it (qms restore … --other-agency); nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot restore: the database is still in use by another program; close it and try again. Nothing was changed.</source>
        <translation>Cannot restore: the database is still in use by another program; close it and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup has no active account {user} with this password. Give a leader&apos;s user name and password as they were when the backup was made; nothing was changed.</source>
        <translation>The backup has no active account {user} with this password. Give a leader&apos;s user name and password as they were when the backup was made; nothing was changed.</translation>
    </message>
    <message>
        <source>Only a leader can restore a backup: {user} is not a leader in the backup. Nothing was changed.</source>
        <translation>Only a leader can restore a backup: {user} is not a leader in the backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot restore: {reason}</source>
        <translation>Cannot restore: {reason}</translation>
    </message>
    <message>
        <source>This backup cannot be upgraded to this version of QMS Desktop ({reason}); nothing was changed.</source>
        <translation>This backup cannot be upgraded to this version of QMS Desktop ({reason}); nothing was changed.</translation>
    </message>
    <message>
        <source>The due date is before the date detected.</source>
        <translation>The due date is before the date detected.</translation>
    </message>
    <message>
        <source>Nonconformity {number} is closed or cancelled and can no longer change.</source>
        <translation>Nonconformity {number} is closed or cancelled and can no longer change.</translation>
    </message>
    <message>
        <source>The action cannot be done before the nonconformity was detected.</source>
        <translation>The action cannot be done before the nonconformity was detected.</translation>
    </message>
    <message>
        <source>The date done cannot be in the future.</source>
        <translation>The date done cannot be in the future.</translation>
    </message>
    <message>
        <source>Nonconformity {number} cannot close: it has no corrective action yet. Add the actions taken, mark them done and have them verified as effective first.</source>
        <translation>Nonconformity {number} cannot close: it has no corrective action yet. Add the actions taken, mark them done and have them verified as effective first.</translation>
    </message>
    <message>
        <source>Nonconformity {number}: every corrective action must be done before verification.</source>
        <translation>Nonconformity {number}: every corrective action must be done before verification.</translation>
    </message>
    <message>
        <source>The verification cannot be dated before the last action was done.</source>
        <translation>The verification cannot be dated before the last action was done.</translation>
    </message>
    <message>
        <source>Nonconformity {number} cannot close: not every corrective action is done.</source>
        <translation>Nonconformity {number} cannot close: not every corrective action is done.</translation>
    </message>
    <message>
        <source>Nonconformity {number} cannot close before its actions are verified as effective.</source>
        <translation>Nonconformity {number} cannot close before its actions are verified as effective.</translation>
    </message>
    <message>
        <source>The audit has not been held yet: record it as held before printing its report.</source>
        <translation>The audit has not been held yet: record it as held before printing its report.</translation>
    </message>
    <message>
        <source>Unknown kind of document: {kind}</source>
        <translation>Unknown kind of document: {kind}</translation>
    </message>
    <message>
        <source>Finalise the report before exporting it: only a finalised report goes to the receiving office.</source>
        <translation>Finalise the report before exporting it: only a finalised report goes to the receiving office.</translation>
    </message>
    <message>
        <source>The change history was altered outside the application (entry {id}); a report cannot be sent from this database. Run the integrity check and restore the last good backup.</source>
        <translation>The change history was altered outside the application (entry {id}); a report cannot be sent from this database. Run the integrity check and restore the last good backup.</translation>
    </message>
    <message>
        <source>The change history no longer holds the head {head} printed on an earlier export: it was cut or rewritten. A report cannot be sent from this database; restore the last good backup.</source>
        <translation>The change history no longer holds the head {head} printed on an earlier export: it was cut or rewritten. A report cannot be sent from this database; restore the last good backup.</translation>
    </message>
    <message>
        <source>The frozen content of report {number} was changed outside the application (it no longer has the SHA-256 recorded when it was finalised); it cannot be exported. Restore the last good backup.</source>
        <translation>The frozen content of report {number} was changed outside the application (it no longer has the SHA-256 recorded when it was finalised); it cannot be exported. Restore the last good backup.</translation>
    </message>
    <message>
        <source>{count} record(s) no longer match the change history (changed, added or deleted outside the application): a report cannot be sent from this database. Open Change history → Check integrity (or run qms check) to see them, then restore the last good backup.</source>
        <translation>{count} record(s) no longer match the change history (changed, added or deleted outside the application): a report cannot be sent from this database. Open Change history → Check integrity (or run qms check) to see them, then restore the last good backup.</translation>
    </message>
    <message>
        <source>The digitally signed PDF kept for this report no longer verifies (it was changed after signing): nothing was exported. Restore a backup, or make a corrected version and sign it.</source>
        <translation>The digitally signed PDF kept for this report no longer verifies (it was changed after signing): nothing was exported. Restore a backup, or make a corrected version and sign it.</translation>
    </message>
    <message>
        <source>Fill in the agency profile before making a report.</source>
        <translation>Fill in the agency profile before making a report.</translation>
    </message>
    <message>
        <source>A document number is a whole number from 1 up.</source>
        <translation>A document number is a whole number from 1 up.</translation>
    </message>
    <message>
        <source>Number {number} of {year} was just taken by someone else; try again.</source>
        <translation>Number {number} of {year} was just taken by someone else; try again.</translation>
    </message>
    <message>
        <source>another document of the register ({used_for})</source>
        <translation>another document of the register ({used_for})</translation>
    </message>
    <message>
        <source>version {version} of the report for {period} (id {id})</source>
        <translation>version {version} of the report for {period} (id {id})</translation>
    </message>
    <message>
        <source>the report for {period} (id {id})</source>
        <translation>the report for {period} (id {id})</translation>
    </message>
    <message>
        <source>Number {number} of {year} is already used for {used_for}; take the next free number from the register.</source>
        <translation>Number {number} of {year} is already used for {used_for}; take the next free number from the register.</translation>
    </message>
    <message>
        <source>A report for {period} already exists: {number} (id {id}); open it, or make a corrected version of it.</source>
        <translation>A report for {period} already exists: {number} (id {id}); open it, or make a corrected version of it.</translation>
    </message>
    <message>
        <source>The report period ({period}) has not begun: it starts on {start}. Its report can be made from that day.</source>
        <translation>The report period ({period}) has not begun: it starts on {start}. Its report can be made from that day.</translation>
    </message>
    <message>
        <source>Report {number} is finalised and can no longer change; make a corrected version instead.</source>
        <translation>Report {number} is finalised and can no longer change; make a corrected version instead.</translation>
    </message>
    <message>
        <source>Unknown item of Part II: {key} (use {keys}).</source>
        <translation>Unknown item of Part II: {key} (use {keys}).</translation>
    </message>
    <message>
        <source>The figures cannot run to {day}: the period starts on {start}.</source>
        <translation>The figures cannot run to {day}: the period starts on {start}.</translation>
    </message>
    <message>
        <source>This report was already marked as sent on {date}.</source>
        <translation>This report was already marked as sent on {date}.</translation>
    </message>
    <message>
        <source>Only a finalised report can be marked as sent.</source>
        <translation>Only a finalised report can be marked as sent.</translation>
    </message>
    <message>
        <source>A draft is edited directly; only a finalised report gets a corrected version.</source>
        <translation>A draft is edited directly; only a finalised report gets a corrected version.</translation>
    </message>
    <message>
        <source>The period {period} already has a draft version; finish it first.</source>
        <translation>The period {period} already has a draft version; finish it first.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day: type hours and minutes, e.g. 08:00 or 14:30.</source>
        <translation>&apos;{value}&apos; is not a time of day: type hours and minutes, e.g. 08:00 or 14:30.</translation>
    </message>
    <message>
        <source>Unknown review input: {key}</source>
        <translation>Unknown review input: {key}</translation>
    </message>
    <message>
        <source>A review cannot be recorded as held before its date.</source>
        <translation>A review cannot be recorded as held before its date.</translation>
    </message>
    <message>
        <source>A user name is one word of at most 64 characters.</source>
        <translation>A user name is one word of at most 64 characters.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>Unknown role: {role}</source>
        <translation>Unknown role: {role}</translation>
    </message>
    <message>
        <source>A user name may only use the letters a–z without marks, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (e.g. thuky or nguyenvana), and starts with a letter or digit.</source>
        <translation>A user name may only use the letters a–z without marks, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (e.g. thuky or nguyenvana), and starts with a letter or digit.</translation>
    </message>
    <message>
        <source>The user name {name} is reserved; choose another.</source>
        <translation>The user name {name} is reserved; choose another.</translation>
    </message>
    <message>
        <source>A password of only letters or only digits is guessed first: mix letters with digits or signs (e.g. Tan-Phu-2026).</source>
        <translation>A password of only letters or only digits is guessed first: mix letters with digits or signs (e.g. Tan-Phu-2026).</translation>
    </message>
    <message>
        <source>An active account ({name}) already has the full name {full_name}; full names must tell people apart.</source>
        <translation>An active account ({name}) already has the full name {full_name}; full names must tell people apart.</translation>
    </message>
    <message>
        <source>This database already has accounts; log in to add more.</source>
        <translation>This database already has accounts; log in to add more.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>The user name {name} is taken.</translation>
    </message>
    <message>
        <source>Only a leader can create a leader account.</source>
        <translation>Only a leader can create a leader account.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Account {name} is locked after repeated failures; try again in {minutes} minutes.</source>
        <translation>Account {name} is locked after repeated failures; try again in {minutes} minutes.</translation>
    </message>
    <message>
        <source>Wrong user name or recovery code.</source>
        <translation>Wrong user name or recovery code.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Only a leader can disable or enable a leader&apos;s account.</source>
        <translation>Only a leader can disable or enable a leader&apos;s account.</translation>
    </message>
    <message>
        <source>{name} is the last active leader: add another leader before disabling this account.</source>
        <translation>{name} is the last active leader: add another leader before disabling this account.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>You cannot change your own role.</translation>
    </message>
    <message>
        <source>Only a leader can give or take a leader&apos;s role.</source>
        <translation>Only a leader can give or take a leader&apos;s role.</translation>
    </message>
    <message>
        <source>{name} is the last active leader: add another leader before changing this role.</source>
        <translation>{name} is the last active leader: add another leader before changing this role.</translation>
    </message>
    <message>
        <source>Unknown account {name}.</source>
        <translation>Unknown account {name}.</translation>
    </message>
    <message>
        <source>Say why the signing key is changed.</source>
        <translation>Say why the signing key is changed.</translation>
    </message>
    <message>
        <source>Line {n}: the field (lĩnh vực) is required.</source>
        <translation>Line {n}: the field (lĩnh vực) is required.</translation>
    </message>
    <message>
        <source>{name}: on time + late + pending ({settled}) exceeds the applications received ({received}).</source>
        <translation>{name}: on time + late + pending ({settled}) exceeds the applications received ({received}).</translation>
    </message>
    <message>
        <source>The field {name} is listed twice.</source>
        <translation>The field {name} is listed twice.</translation>
    </message>
    <message>
        <source>This period&apos;s statistics are kept per field: {field_label} is the sum of its fields ({sum}), not {value}. Correct the figures per field (Per field…), and the total follows.</source>
        <translation>This period&apos;s statistics are kept per field: {field_label} is the sum of its fields ({sum}), not {value}. Correct the figures per field (Per field…), and the total follows.</translation>
    </message>
    <message>
        <source>These dates overlap the statistics already recorded for {start} – {end}: the applications would be counted twice. Correct that period, or choose dates outside it.</source>
        <translation>These dates overlap the statistics already recorded for {start} – {end}: the applications would be counted twice. Correct that period, or choose dates outside it.</translation>
    </message>
    <message>
        <source>The statistics period ends on {day}, after today ({today}): the results of days that have not come yet cannot be known. Enter the figures once the period has ended.</source>
        <translation>The statistics period ends on {day}, after today ({today}): the results of days that have not come yet cannot be known. Enter the figures once the period has ended.</translation>
    </message>
    <message>
        <source>The sheet states its period (Từ ngày … đến ngày …), but {date} is not a valid date: correct it in the sheet, or give the start and end dates.</source>
        <translation>The sheet states its period (Từ ngày … đến ngày …), but {date} is not a valid date: correct it in the sheet, or give the start and end dates.</translation>
    </message>
    <message>
        <source>The sheet does not state its period (Từ ngày … đến ngày …): give the dates.</source>
        <translation>The sheet does not state its period (Từ ngày … đến ngày …): give the dates.</translation>
    </message>
    <message>
        <source>The sheet states its period as {sheet_start}–{sheet_end}, not {start}–{end}: its figures are those of its own period. Leave the dates out, or import the sheet of the period you mean.</source>
        <translation>The sheet states its period as {sheet_start}–{sheet_end}, not {start}–{end}: its figures are those of its own period. Leave the dates out, or import the sheet of the period you mean.</translation>
    </message>
    <message>
        <source>The report cannot be signed as it stands: {count} finding(s) to correct first (something missing or untrue); see the pre-flight list.</source>
        <translation>The report cannot be signed as it stands: {count} finding(s) to correct first (something missing or untrue); see the pre-flight list.</translation>
    </message>
    <message>
        <source>{count} pre-flight warning(s) to acknowledge before finalising: {codes}.</source>
        <translation>{count} pre-flight warning(s) to acknowledge before finalising: {codes}.</translation>
    </message>
    <message>
        <source>Line {n}, {column}: &apos;{value}&apos; is not a whole number.</source>
        <translation>Line {n}, {column}: &apos;{value}&apos; is not a whole number.</translation>
    </message>
    <message>
        <source>“{value}” is not a date: type day, month and year, e.g. 15/06/2026.</source>
        <translation>“{value}” is not a date: type day, month and year, e.g. 15/06/2026.</translation>
    </message>
    <message>
        <source>“{value}” is not a day and month: type e.g. 20/06.</source>
        <translation>“{value}” is not a day and month: type e.g. 20/06.</translation>
    </message>
    <message>
        <source>There is no {value}: a month is numbered 1 to 12.</source>
        <translation>There is no {value}: a month is numbered 1 to 12.</translation>
    </message>
    <message>
        <source>There is no {value}: month {month} of {year} has {days} days.</source>
        <translation>There is no {value}: month {month} of {year} has {days} days.</translation>
    </message>
    <message>
        <source>There is no {value}: the days of a month are numbered from 1.</source>
        <translation>There is no {value}: the days of a month are numbered from 1.</translation>
    </message>
    <message>
        <source>There is no {value}: month {month} has at most {days} days.</source>
        <translation>There is no {value}: month {month} has at most {days} days.</translation>
    </message>
    <message>
        <source>{value}: a date must be between {first} and {last}.</source>
        <translation>{value}: a date must be between {first} and {last}.</translation>
    </message>
    <message>
        <source>Type a date (day/month/year).</source>
        <translation>Type a date (day/month/year).</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a PNG image of at most 5 MB. Decree 30 asks for a PNG with a transparent background.</source>
        <translation>{name} is not a PNG image of at most 5 MB. Decree 30 asks for a PNG with a transparent background.</translation>
    </message>
    <message>
        <source>{name} is a damaged PNG image.</source>
        <translation>{name} is a damaged PNG image.</translation>
    </message>
    <message>
        <source>{name} is not a certificate (.cer, .crt, .pem, .der) or a revocation list (.crl).</source>
        <translation>{name} is not a certificate (.cer, .crt, .pem, .der) or a revocation list (.crl).</translation>
    </message>
    <message>
        <source>{name} is the certificate of {subject}, not of a certification authority: only a root or intermediate CA certificate can be trusted. Nothing was imported.</source>
        <translation>{name} is the certificate of {subject}, not of a certification authority: only a root or intermediate CA certificate can be trusted. Nothing was imported.</translation>
    </message>
    <message>
        <source>Finalise the report before signing it: only a finalised report is signed.</source>
        <translation>Finalise the report before signing it: only a finalised report is signed.</translation>
    </message>
    <message>
        <source>The report has no signature space to sign at.</source>
        <translation>The report has no signature space to sign at.</translation>
    </message>
    <message>
        <source>Unknown signature role: {role} (use official or agency).</source>
        <translation>Unknown signature role: {role} (use official or agency).</translation>
    </message>
    <message>
        <source>A database on a server is restored by the server&apos;s administrator (pg_restore of a &apos;qms backup&apos; .dump file), not by one officer&apos;s command while others work on it. Nothing was changed.</source>
        <translation>A database on a server is restored by the server&apos;s administrator (pg_restore of a &apos;qms backup&apos; .dump file), not by one officer&apos;s command while others work on it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The PostgreSQL client tools (pg_dump) are not installed on this computer, so the server&apos;s database cannot be backed up from here; the server&apos;s administrator backs it up. Nothing was written.</source>
        <translation>The PostgreSQL client tools (pg_dump) are not installed on this computer, so the server&apos;s database cannot be backed up from here; the server&apos;s administrator backs it up. Nothing was written.</translation>
    </message>
    <message>
        <source>Both databases must be at this version&apos;s schema ({head}) to copy one into the other; open the source once with this version first. Nothing was copied.</source>
        <translation>Both databases must be at this version&apos;s schema ({head}) to copy one into the other; open the source once with this version first. Nothing was copied.</translation>
    </message>
    <message>
        <source>The source database&apos;s history chain is broken (entry {id}): check it with &apos;qms check&apos; before moving it. Nothing was copied.</source>
        <translation>The source database&apos;s history chain is broken (entry {id}): check it with &apos;qms check&apos; before moving it. Nothing was copied.</translation>
    </message>
    <message>
        <source>The target database already holds records ({tables}); copy only into an empty database. Nothing was copied.</source>
        <translation>The target database already holds records ({tables}); copy only into an empty database. Nothing was copied.</translation>
    </message>
    <message>
        <source>The copy on the server did not match the source ({detail}); it was removed. Nothing else changed.</source>
        <translation>The copy on the server did not match the source ({detail}); it was removed. Nothing else changed.</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>the table</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>the index</translation>
    </message>
    <message>
        <source>the trigger</source>
        <translation>the trigger</translation>
    </message>
    <message>
        <source>the view</source>
        <translation>the view</translation>
    </message>
    <message>
        <source>The period {period_name} ends on {end}: its result can be recorded in its last three months, from {date}.</source>
        <translation>The period {period_name} ends on {end}: its result can be recorded in its last three months, from {date}.</translation>
    </message>
    <message>
        <source>unlock an accepted report (a leader&apos;s decision)</source>
        <translation>unlock an accepted report (a leader&apos;s decision)</translation>
    </message>
    <message>
        <source>confirm a unit&apos;s key (a leader&apos;s decision)</source>
        <translation>confirm a unit&apos;s key (a leader&apos;s decision)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The drive is full: {name} could not be written to {folder}. Nothing was saved; free some space or choose another drive.</source>
        <translation>The drive is full: {name} could not be written to {folder}. Nothing was saved; free some space or choose another drive.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only or not writable (is the USB stick locked?). Nothing was saved.</source>
        <translation>The folder {folder} is read-only or not writable (is the USB stick locked?). Nothing was saved.</translation>
    </message>
    <message>
        <source>The drive or folder {folder} is no longer available (was the USB stick removed?). Nothing valid was saved.</source>
        <translation>The drive or folder {folder} is no longer available (was the USB stick removed?). Nothing valid was saved.</translation>
    </message>
    <message>
        <source>Could not write {name} to {folder}: {reason}. Nothing was saved.</source>
        <translation>Could not write {name} to {folder}: {reason}. Nothing was saved.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: give the folder (or USB drive) to write into.</source>
        <translation>{folder} is a file, not a folder: give the folder (or USB drive) to write into.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist (was the USB stick removed?).</source>
        <translation>The folder {folder} does not exist (was the USB stick removed?).</translation>
    </message>
    <message>
        <source>{name} read back differently from what was written (a failing drive?). It was removed; try another drive.</source>
        <translation>{name} read back differently from what was written (a failing drive?). It was removed; try another drive.</translation>
    </message>
    <message>
        <source>The agency&apos;s signing key {path} cannot be read. Restore the database from a backup; a new key would change the fingerprint the receiving office knows.</source>
        <translation>The agency&apos;s signing key {path} cannot be read. Restore the database from a backup; a new key would change the fingerprint the receiving office knows.</translation>
    </message>
    <message>
        <source>The installation&apos;s signing key {path} cannot be read. Restore it from a backup; a new key would change the fingerprint the receiving office knows.</source>
        <translation>The installation&apos;s signing key {path} cannot be read. Restore it from a backup; a new key would change the fingerprint the receiving office knows.</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 key.</source>
        <translation>{path} is not an Ed25519 key.</translation>
    </message>
    <message>
        <source>The signed package {package} was saved in {folder} and verified: it is complete and can be sent. But {name}, a copy for printing, could not be written there (the drive is full or failed); free some space and export again for the printing copies.</source>
        <translation>The signed package {package} was saved in {folder} and verified: it is complete and can be sent. But {name}, a copy for printing, could not be written there (the drive is full or failed); free some space and export again for the printing copies.</translation>
    </message>
    <message>
        <source>The package written to {folder} does not verify ({reason}); it was removed. Try another drive.</source>
        <translation>The package written to {folder} does not verify ({reason}); it was removed. Try another drive.</translation>
    </message>
</context>
<context>
    <name>FieldStatsDialog</name>
    <message>
        <source>Statistics per field: %1 – %2</source>
        <translation>Statistics per field: %1 – %2</translation>
    </message>
    <message>
        <source>Type each field&apos;s figures from the one-stop shop&apos;s book (or import the province&apos;s portal export). On saving, the period&apos;s totals become the sums of the fields.</source>
        <translation>Type each field&apos;s figures from the one-stop shop&apos;s book (or import the province&apos;s portal export). On saving, the period&apos;s totals become the sums of the fields.</translation>
    </message>
    <message>
        <source>Field (lĩnh vực)</source>
        <translation>Field (lĩnh vực)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>&amp;Add a field</source>
        <translation>&amp;Add a field</translation>
    </message>
    <message>
        <source>Totals: received %1, on time %2, late %3, pending %4</source>
        <translation>Totals: received %1, on time %2, late %3, pending %4</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Agency name</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>What is done</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>ISO steering committee</source>
        <translation>ISO steering committee</translation>
    </message>
    <message>
        <source>Internal auditor</source>
        <translation>Internal auditor</translation>
    </message>
    <message>
        <source>Auditor certificate</source>
        <translation>Auditor certificate</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Legal bases (Căn cứ)</source>
        <translation>Legal bases (Căn cứ)</translation>
    </message>
    <message>
        <source>One per line; empty: chosen by the decision&apos;s date</source>
        <translation>One per line; empty: chosen by the decision&apos;s date</translation>
    </message>
    <message>
        <source>Number in the book</source>
        <translation>Number in the book</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>Received through</translation>
    </message>
    <message>
        <source>Citizen or organisation</source>
        <translation>Citizen or organisation</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>Answer due by</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Result of the handling</source>
        <translation>Result of the handling</translation>
    </message>
    <message>
        <source>Built into the procedure on</source>
        <translation>Built into the procedure on</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Other activities in scope</source>
        <translation>Other activities in scope</translation>
    </message>
    <message>
        <source>Notice sent on</source>
        <translation>Notice sent on</translation>
    </message>
    <message>
        <source>Notice sent to</source>
        <translation>Notice sent to</translation>
    </message>
    <message>
        <source>Posted at the office on</source>
        <translation>Posted at the office on</translation>
    </message>
    <message>
        <source>Posted on the website on</source>
        <translation>Posted on the website on</translation>
    </message>
    <message>
        <source>Re-announcement</source>
        <translation>Re-announcement</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Inspecting body</source>
        <translation>Inspecting body</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>Record signed on</source>
        <translation>Record signed on</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Corrective actions reported on</source>
        <translation>Corrective actions reported on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Number of attendees</source>
        <translation>Number of attendees</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Likelihood (1–5)</source>
        <translation>Likelihood (1–5)</translation>
    </message>
    <message>
        <source>Impact (1–5)</source>
        <translation>Impact (1–5)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Effectiveness</translation>
    </message>
    <message>
        <source>What was improved</source>
        <translation>What was improved</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Form used</source>
        <translation>Form used</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Satisfaction rate (%)</source>
        <translation>Satisfaction rate (%)</translation>
    </message>
    <message>
        <source>Results per question</source>
        <translation>Results per question</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Applications received</translation>
    </message>
    <message>
        <source>Settled on time</source>
        <translation>Settled on time</translation>
    </message>
    <message>
        <source>Settled late</source>
        <translation>Settled late</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Feedback and petitions</source>
        <translation>Feedback and petitions</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>Complaints resolved</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Obsolete from</source>
        <translation>Obsolete from</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <source>Drafter&apos;s title</source>
        <translation>Drafter&apos;s title</translation>
    </message>
    <message>
        <source>Drafted on</source>
        <translation>Drafted on</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>Reviewer&apos;s title</source>
        <translation>Reviewer&apos;s title</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <source>Changes from the previous version</source>
        <translation>Changes from the previous version</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Report number symbol</source>
        <translation>Report number symbol</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Unit of time</source>
        <translation>Unit of time</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Failed log-in attempts</source>
        <translation>Failed log-in attempts</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Finalised at</source>
        <translation>Finalised at</translation>
    </message>
    <message>
        <source>Finalised by</source>
        <translation>Finalised by</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>Audit finding</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Chairman</translation>
    </message>
    <message>
        <source>Chairman&apos;s title</source>
        <translation>Chairman&apos;s title</translation>
    </message>
    <message>
        <source>Immediate correction</source>
        <translation>Immediate correction</translation>
    </message>
    <message>
        <source>In the QMS scope</source>
        <translation>In the QMS scope</translation>
    </message>
    <message>
        <source>External inspection</source>
        <translation>External inspection</translation>
    </message>
    <message>
        <source>ISO representative</source>
        <translation>ISO representative</translation>
    </message>
    <message>
        <source>ISO representative&apos;s title</source>
        <translation>ISO representative&apos;s title</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Lead auditor</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Audit team</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Nonconformity</translation>
    </message>
    <message>
        <source>Objectives of the programme</source>
        <translation>Objectives of the programme</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Attached to</translation>
    </message>
    <message>
        <source>Attached to a</source>
        <translation>Attached to a</translation>
    </message>
    <message>
        <source>Lead body</source>
        <translation>Lead body</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Place name in dates</source>
        <translation>Place name in dates</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Plans for the next period</source>
        <translation>Plans for the next period</translation>
    </message>
    <message>
        <source>Corrects report</source>
        <translation>Corrects report</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Audit programme</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Recipient (Kính gửi)</source>
        <translation>Recipient (Kính gửi)</translation>
    </message>
    <message>
        <source>Audit report summary</source>
        <translation>Audit report summary</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Management review</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Sequence number</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Shortcomings and causes</source>
        <translation>Shortcomings and causes</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Held from</source>
        <translation>Held from</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Number symbol</source>
        <translation>Number symbol</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Legal time limit</source>
        <translation>Legal time limit</translation>
    </message>
    <message>
        <source>Time limit (days)</source>
        <translation>Time limit (days)</translation>
    </message>
    <message>
        <source>Administrative procedures (TTHC)</source>
        <translation>Administrative procedures (TTHC)</translation>
    </message>
    <message>
        <source>Units audited</source>
        <translation>Units audited</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Verified as effective</source>
        <translation>Verified as effective</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Verification note</translation>
    </message>
    <message>
        <source>Procedure version</source>
        <translation>Procedure version</translation>
    </message>
    <message>
        <source>Counted in working days</source>
        <translation>Counted in working days</translation>
    </message>
    <message>
        <source>Record number (ID)</source>
        <translation>Record number (ID)</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Last changed at</source>
        <translation>Last changed at</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Last changed by</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Search index</translation>
    </message>
    <message>
        <source>Password (hashed)</source>
        <translation>Password (hashed)</translation>
    </message>
    <message>
        <source>Recovery code (hashed)</source>
        <translation>Recovery code (hashed)</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation>File fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>File content</translation>
    </message>
    <message>
        <source>Frozen content</source>
        <translation>Frozen content</translation>
    </message>
    <message>
        <source>Frozen content (SHA-256)</source>
        <translation>Frozen content (SHA-256)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Code before the merge</source>
        <translation>Code before the merge</translation>
    </message>
    <message>
        <source>Number before the merge</source>
        <translation>Number before the merge</translation>
    </message>
    <message>
        <source>Lineage (its first history entry)</source>
        <translation>Lineage (its first history entry)</translation>
    </message>
    <message>
        <source>Prefix of its clashing codes</source>
        <translation>Prefix of its clashing codes</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Merged at</source>
        <translation>Merged at</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>Merged by</translation>
    </message>
    <message>
        <source>What was merged</source>
        <translation>What was merged</translation>
    </message>
    <message>
        <source>Former accounts</source>
        <translation>Former accounts</translation>
    </message>
    <message>
        <source>Former profile and settings</source>
        <translation>Former profile and settings</translation>
    </message>
    <message>
        <source>Merged rows (SHA-256)</source>
        <translation>Merged rows (SHA-256)</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Whole key (SHA-256)</source>
        <translation>Whole key (SHA-256)</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Private key</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Key it replaced</source>
        <translation>Key it replaced</translation>
    </message>
    <message>
        <source>Retired at</source>
        <translation>Retired at</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Saved to</translation>
    </message>
    <message>
        <source>Chain head: number of entries</source>
        <translation>Chain head: number of entries</translation>
    </message>
    <message>
        <source>Chain head: hash</source>
        <translation>Chain head: hash</translation>
    </message>
    <message>
        <source>Use of this database</source>
        <translation>Use of this database</translation>
    </message>
    <message>
        <source>The QMS is effective</source>
        <translation>The QMS is effective</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Figures as of</translation>
    </message>
    <message>
        <source>Request letter</source>
        <translation>Request letter</translation>
    </message>
    <message>
        <source>Part II text</source>
        <translation>Part II text</translation>
    </message>
    <message>
        <source>Warnings acknowledged at finalising</source>
        <translation>Warnings acknowledged at finalising</translation>
    </message>
    <message>
        <source>Signed PDF (SHA-256)</source>
        <translation>Signed PDF (SHA-256)</translation>
    </message>
    <message>
        <source>Statistics period</source>
        <translation>Statistics period</translation>
    </message>
    <message>
        <source>Provincial code</source>
        <translation>Provincial code</translation>
    </message>
    <message>
        <source>Temporary code</source>
        <translation>Temporary code</translation>
    </message>
    <message>
        <source>Decision on its status</source>
        <translation>Decision on its status</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status since</translation>
    </message>
    <message>
        <source>Replaced by (code)</source>
        <translation>Replaced by (code)</translation>
    </message>
    <message>
        <source>Name for matching</source>
        <translation>Name for matching</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>Established on</translation>
    </message>
    <message>
        <source>Dissolved on</source>
        <translation>Dissolved on</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Predecessors</translation>
    </message>
    <message>
        <source>Must report</source>
        <translation>Must report</translation>
    </message>
    <message>
        <source>Why it need not report</source>
        <translation>Why it need not report</translation>
    </message>
    <message>
        <source>Key confirmed</source>
        <translation>Key confirmed</translation>
    </message>
    <message>
        <source>Key confirmed at</source>
        <translation>Key confirmed at</translation>
    </message>
    <message>
        <source>Key confirmed by</source>
        <translation>Key confirmed by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>State set at</source>
        <translation>State set at</translation>
    </message>
    <message>
        <source>State set by</source>
        <translation>State set by</translation>
    </message>
    <message>
        <source>First sent at</source>
        <translation>First sent at</translation>
    </message>
    <message>
        <source>First sent on</source>
        <translation>First sent on</translation>
    </message>
    <message>
        <source>First received at</source>
        <translation>First received at</translation>
    </message>
    <message>
        <source>Reason for the return</source>
        <translation>Reason for the return</translation>
    </message>
    <message>
        <source>Unit&apos;s report for the period</source>
        <translation>Unit&apos;s report for the period</translation>
    </message>
    <message>
        <source>Report package</source>
        <translation>Report package</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <source>Replaced by package</source>
        <translation>Replaced by package</translation>
    </message>
    <message>
        <source>Report version</source>
        <translation>Report version</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Report number</translation>
    </message>
    <message>
        <source>Digital signature of the PDF</source>
        <translation>Digital signature of the PDF</translation>
    </message>
    <message>
        <source>PDF signed by</source>
        <translation>PDF signed by</translation>
    </message>
    <message>
        <source>Unit name in the report</source>
        <translation>Unit name in the report</translation>
    </message>
    <message>
        <source>Unit code in the report</source>
        <translation>Unit code in the report</translation>
    </message>
    <message>
        <source>Report content (SHA-256)</source>
        <translation>Report content (SHA-256)</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exported by</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>History chain</source>
        <translation>History chain</translation>
    </message>
    <message>
        <source>TTHC in total</source>
        <translation>TTHC in total</translation>
    </message>
    <message>
        <source>Files being settled</source>
        <translation>Files being settled</translation>
    </message>
    <message>
        <source>QMS announced</source>
        <translation>QMS announced</translation>
    </message>
    <message>
        <source>Re-announcement needed</source>
        <translation>Re-announcement needed</translation>
    </message>
    <message>
        <source>Signed manifest</source>
        <translation>Signed manifest</translation>
    </message>
    <message>
        <source>Warnings found on import</source>
        <translation>Warnings found on import</translation>
    </message>
    <message>
        <source>Figures changed from the previous version</source>
        <translation>Figures changed from the previous version</translation>
    </message>
    <message>
        <source>Figures of the report</source>
        <translation>Figures of the report</translation>
    </message>
    <message>
        <source>External inspections reported</source>
        <translation>External inspections reported</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Inspection plan</source>
        <translation>Inspection plan</translation>
    </message>
    <message>
        <source>Plan number</source>
        <translation>Plan number</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Order in the team</source>
        <translation>Order in the team</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Scheduled on</source>
        <translation>Scheduled on</translation>
    </message>
    <message>
        <source>Why it was chosen</source>
        <translation>Why it was chosen</translation>
    </message>
    <message>
        <source>Conformities</source>
        <translation>Conformities</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Nonconformities</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Corrective-action report received on</source>
        <translation>Corrective-action report received on</translation>
    </message>
    <message>
        <source>Note on the corrective-action report</source>
        <translation>Note on the corrective-action report</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Document title</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Held until</translation>
    </message>
    <message>
        <source>Result (record kept)</source>
        <translation>Result (record kept)</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Date of the report</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>Implementing body</translation>
    </message>
    <message>
        <source>Online service level</source>
        <translation>Online service level</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Reporting unit</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>Last chain head seen: number of entries</source>
        <translation>Last chain head seen: number of entries</translation>
    </message>
    <message>
        <source>Last chain head seen: hash</source>
        <translation>Last chain head seen: hash</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Backup&apos;s chain head</source>
        <translation>Backup&apos;s chain head</translation>
    </message>
    <message>
        <source>Chain head replaced</source>
        <translation>Chain head replaced</translation>
    </message>
    <message>
        <source>Replaced database kept as</source>
        <translation>Replaced database kept as</translation>
    </message>
    <message>
        <source>a commune&apos;s records</source>
        <translation>a commune&apos;s records</translation>
    </message>
    <message>
        <source>a receiving office&apos;s inbox</source>
        <translation>a receiving office&apos;s inbox</translation>
    </message>
    <message>
        <source>Report periods</source>
        <translation>Report periods</translation>
    </message>
    <message>
        <source>Audit and review every year</source>
        <translation>Audit and review every year</translation>
    </message>
    <message>
        <source>Six-month report due on</source>
        <translation>Six-month report due on</translation>
    </message>
    <message>
        <source>Annual report due on</source>
        <translation>Annual report due on</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Decree 09/2019</source>
        <translation>Decree 09/2019</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <source>Within 12 months</source>
        <translation>Within 12 months</translation>
    </message>
    <message>
        <source>Website (announcements posted on)</source>
        <translation>Website (announcements posted on)</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Consultant&apos;s name</source>
        <translation>Consultant&apos;s name</translation>
    </message>
    <message>
        <source>None: the commune built its QMS itself</source>
        <translation>None: the commune built its QMS itself</translation>
    </message>
    <message>
        <source>A consulting organisation</source>
        <translation>A consulting organisation</translation>
    </message>
    <message>
        <source>Token library (PKCS#11)</source>
        <translation>Token library (PKCS#11)</translation>
    </message>
    <message>
        <source>Token slot</source>
        <translation>Token slot</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Signature image</translation>
    </message>
    <message>
        <source>Seal image</source>
        <translation>Seal image</translation>
    </message>
    <message>
        <source>Timestamp server</source>
        <translation>Timestamp server</translation>
    </message>
    <message>
        <source>Target for TTHC settled on time (%)</source>
        <translation>Target for TTHC settled on time (%)</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Approver&apos;s title</source>
        <translation>Approver&apos;s title</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Item changed</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>Owner unit</translation>
    </message>
    <message>
        <source>Owner person</source>
        <translation>Owner person</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Cancelled on</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Detected on</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Figures up to</source>
        <translation>Figures up to</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Effectiveness of the QMS</source>
        <translation>Effectiveness of the QMS</translation>
    </message>
    <message>
        <source>Date of the management review</source>
        <translation>Date of the management review</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation>Plan date</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Last action done on</source>
        <translation>Last action done on</translation>
    </message>
    <message>
        <source>End of the audit</source>
        <translation>End of the audit</translation>
    </message>
    <message>
        <source>Procedure title</source>
        <translation>Procedure title</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>TTHC under the commune&apos;s authority</source>
        <translation>TTHC under the commune&apos;s authority</translation>
    </message>
    <message>
        <source>TTHC in the QMS scope</source>
        <translation>TTHC in the QMS scope</translation>
    </message>
    <message>
        <source>TTHC in scope covered by a procedure in force</source>
        <translation>TTHC in scope covered by a procedure in force</translation>
    </message>
    <message>
        <source>Share of TTHC in scope covered by a procedure</source>
        <translation>Share of TTHC in scope covered by a procedure</translation>
    </message>
    <message>
        <source>Procedures in force</source>
        <translation>Procedures in force</translation>
    </message>
    <message>
        <source>Procedures issued for the first time in the period</source>
        <translation>Procedures issued for the first time in the period</translation>
    </message>
    <message>
        <source>Procedures revised in the period</source>
        <translation>Procedures revised in the period</translation>
    </message>
    <message>
        <source>Procedures registered</source>
        <translation>Procedures registered</translation>
    </message>
    <message>
        <source>Training and dissemination sessions</source>
        <translation>Training and dissemination sessions</translation>
    </message>
    <message>
        <source>Attendances at training and dissemination</source>
        <translation>Attendances at training and dissemination</translation>
    </message>
    <message>
        <source>Quality objectives of the year</source>
        <translation>Quality objectives of the year</translation>
    </message>
    <message>
        <source>Objectives with a result for the period</source>
        <translation>Objectives with a result for the period</translation>
    </message>
    <message>
        <source>Objectives met</source>
        <translation>Objectives met</translation>
    </message>
    <message>
        <source>TTHC applications received</source>
        <translation>TTHC applications received</translation>
    </message>
    <message>
        <source>Applications settled on time</source>
        <translation>Applications settled on time</translation>
    </message>
    <message>
        <source>Applications settled late</source>
        <translation>Applications settled late</translation>
    </message>
    <message>
        <source>Applications pending</source>
        <translation>Applications pending</translation>
    </message>
    <message>
        <source>Share settled on time</source>
        <translation>Share settled on time</translation>
    </message>
    <message>
        <source>Citizen satisfaction (latest survey)</source>
        <translation>Citizen satisfaction (latest survey)</translation>
    </message>
    <message>
        <source>Management reviews held in the period</source>
        <translation>Management reviews held in the period</translation>
    </message>
    <message>
        <source>Internal audits held in the period</source>
        <translation>Internal audits held in the period</translation>
    </message>
    <message>
        <source>Audit findings of nonconformity</source>
        <translation>Audit findings of nonconformity</translation>
    </message>
    <message>
        <source>Audit recommendations</source>
        <translation>Audit recommendations</translation>
    </message>
    <message>
        <source>Nonconformities raised in the period</source>
        <translation>Nonconformities raised in the period</translation>
    </message>
    <message>
        <source>Nonconformities closed in the period</source>
        <translation>Nonconformities closed in the period</translation>
    </message>
    <message>
        <source>Nonconformities still open at the end</source>
        <translation>Nonconformities still open at the end</translation>
    </message>
    <message>
        <source>Open nonconformities past their due date</source>
        <translation>Open nonconformities past their due date</translation>
    </message>
    <message>
        <source>Actions past their due date</source>
        <translation>Actions past their due date</translation>
    </message>
    <message>
        <source>Outputs of the period&apos;s reviews</source>
        <translation>Outputs of the period&apos;s reviews</translation>
    </message>
    <message>
        <source>Outputs of the period&apos;s reviews done</source>
        <translation>Outputs of the period&apos;s reviews done</translation>
    </message>
    <message>
        <source>Citizen feedback and petitions received</source>
        <translation>Citizen feedback and petitions received</translation>
    </message>
    <message>
        <source>Complaints about TTHC received</source>
        <translation>Complaints about TTHC received</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>Complaints resolved</translation>
    </message>
    <message>
        <source>Citizen feedback and petitions recorded in the book</source>
        <translation>Citizen feedback and petitions recorded in the book</translation>
    </message>
    <message>
        <source>Feedback and petitions carried over unanswered from earlier periods</source>
        <translation>Feedback and petitions carried over unanswered from earlier periods</translation>
    </message>
    <message>
        <source>Feedback and petitions answered in the period</source>
        <translation>Feedback and petitions answered in the period</translation>
    </message>
    <message>
        <source>Feedback and petitions not answered at the end</source>
        <translation>Feedback and petitions not answered at the end</translation>
    </message>
    <message>
        <source>Feedback and petitions not answered by their due date</source>
        <translation>Feedback and petitions not answered by their due date</translation>
    </message>
    <message>
        <source>Nonconformities raised from citizens&apos; feedback</source>
        <translation>Nonconformities raised from citizens&apos; feedback</translation>
    </message>
    <message>
        <source>Of which corrected and closed by the end</source>
        <translation>Of which corrected and closed by the end</translation>
    </message>
    <message>
        <source>Improvements prompted by citizens&apos; feedback</source>
        <translation>Improvements prompted by citizens&apos; feedback</translation>
    </message>
    <message>
        <source>Improvements in the period</source>
        <translation>Improvements in the period</translation>
    </message>
    <message>
        <source>ISO steering committee members</source>
        <translation>ISO steering committee members</translation>
    </message>
    <message>
        <source>Internal auditors</source>
        <translation>Internal auditors</translation>
    </message>
    <message>
        <source>Announcement decisions in the period</source>
        <translation>Announcement decisions in the period</translation>
    </message>
    <message>
        <source>Legal documents taking effect in the period</source>
        <translation>Legal documents taking effect in the period</translation>
    </message>
    <message>
        <source>Legal documents built into procedures in the period</source>
        <translation>Legal documents built into procedures in the period</translation>
    </message>
    <message>
        <source>Legal documents not built in after 3 months</source>
        <translation>Legal documents not built in after 3 months</translation>
    </message>
</context>
<context>
    <name>FileTypes</name>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm *.xls)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheets (*.ods)</source>
        <translation>OpenDocument spreadsheets (*.ods)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>New finding</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Edit finding</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Nonconformity %1 was raised from this finding: its kind no longer changes.</source>
        <translation>Nonconformity %1 was raised from this finding: its kind no longer changes.</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <source>Record of the check: %1</source>
        <translation>Record of the check: %1</translation>
    </message>
    <message>
        <source>why the signed record is corrected</source>
        <translation>why the signed record is corrected</translation>
    </message>
    <message>
        <source>Record &amp;number:</source>
        <translation>Record &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signed on:</translation>
    </message>
    <message>
        <source>&amp;Conformities (one a line):</source>
        <translation>&amp;Conformities (one a line):</translation>
    </message>
    <message>
        <source>&amp;Nonconformities (one a line):</source>
        <translation>&amp;Nonconformities (one a line):</translation>
    </message>
    <message>
        <source>&amp;Recommendations (one a line):</source>
        <translation>&amp;Recommendations (one a line):</translation>
    </message>
    <message>
        <source>Reason for the &amp;correction:</source>
        <translation>Reason for the &amp;correction:</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>&amp;Add finding…</source>
        <translation>&amp;Add finding…</translation>
    </message>
    <message>
        <source>&amp;Edit finding…</source>
        <translation>&amp;Edit finding…</translation>
    </message>
    <message>
        <source>Change the kind, severity, clause, description or unit of the selected finding.</source>
        <translation>Change the kind, severity, clause, description or unit of the selected finding.</translation>
    </message>
    <message>
        <source>Raise &amp;nonconformity</source>
        <translation>Raise &amp;nonconformity</translation>
    </message>
    <message>
        <source>Create the nonconformity (Sự không phù hợp) of the selected finding in one step: number, source, audit and clause are carried over.</source>
        <translation>Create the nonconformity (Sự không phù hợp) of the selected finding in one step: number, source, audit and clause are carried over.</translation>
    </message>
    <message>
        <source>&amp;Open nonconformity</source>
        <translation>&amp;Open nonconformity</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>QMS Desktop — first start</source>
        <translation>QMS Desktop — first start</translation>
    </message>
    <message>
        <source>QMS Desktop — finish the set-up</source>
        <translation>QMS Desktop — finish the set-up</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The backup was restored. Log in with your account of the backup.</source>
        <translation>The backup was restored. Log in with your account of the backup.</translation>
    </message>
    <message>
        <source>The set-up is not finished: the account exists, but the recovery code was not confirmed as kept, or the starter procedures and the TTHC list are missing.

Leave it now? It continues at the next start; the Overview page shows what is missing.</source>
        <translation>The set-up is not finished: the account exists, but the recovery code was not confirmed as kept, or the starter procedures and the TTHC list are missing.

Leave it now? It continues at the next start; the Overview page shows what is missing.</translation>
    </message>
    <message>
        <source>Leave the set-up?</source>
        <translation>Leave the set-up?</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Discard the changes you made?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>The user guide is missing from this installation.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Attached file</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>Procedure step</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Objective result</source>
        <translation>Objective result</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Audit programme</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>Audit finding</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>Review input</source>
        <translation>Review input</translation>
    </message>
    <message>
        <source>Review output</source>
        <translation>Review output</translation>
    </message>
    <message>
        <source>Statistics per field</source>
        <translation>Statistics per field</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Merged former commune</source>
        <translation>Merged former commune</translation>
    </message>
    <message>
        <source>Stored file</source>
        <translation>Stored file</translation>
    </message>
    <message>
        <source>Procedure ↔ TTHC link</source>
        <translation>Procedure ↔ TTHC link</translation>
    </message>
    <message>
        <source>Announcement ↔ TTHC link</source>
        <translation>Announcement ↔ TTHC link</translation>
    </message>
    <message>
        <source>Audit team member</source>
        <translation>Audit team member</translation>
    </message>
    <message>
        <source>Audited unit</source>
        <translation>Audited unit</translation>
    </message>
    <message>
        <source>Reporting unit</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>Unit&apos;s report for a period</source>
        <translation>Unit&apos;s report for a period</translation>
    </message>
    <message>
        <source>Received report package</source>
        <translation>Received report package</translation>
    </message>
    <message>
        <source>Inbox event</source>
        <translation>Inbox event</translation>
    </message>
    <message>
        <source>Inspection plan</source>
        <translation>Inspection plan</translation>
    </message>
    <message>
        <source>Inspection team member</source>
        <translation>Inspection team member</translation>
    </message>
    <message>
        <source>Inspection of a unit</source>
        <translation>Inspection of a unit</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Filter by user, record kind or value…</source>
        <translation>Filter by user, record kind or value…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Check &amp;integrity</source>
        <translation>Check &amp;integrity</translation>
    </message>
    <message>
        <source>Recompute the chain of fingerprints of every entry and compare every record with its history: an edit made outside the application shows up with its table, record and field.</source>
        <translation>Recompute the chain of fingerprints of every entry and compare every record with its history: an edit made outside the application shows up with its table, record and field.</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the history…</source>
        <translation>Exporting the history…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Entries: %1 (newest first).</source>
        <translation>Entries: %1 (newest first).</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>Chain head: %1</source>
        <translation>Chain head: %1</translation>
    </message>
    <message>
        <source>The database is intact: %1 history entries checked, the chain is unbroken and every record matches its history.</source>
        <translation>The database is intact: %1 history entries checked, the chain is unbroken and every record matches its history.</translation>
    </message>
    <message>
        <source>The database is intact: %1 history entries checked, the chain is unbroken.</source>
        <translation>The database is intact: %1 history entries checked, the chain is unbroken.</translation>
    </message>
    <message>
        <source>… and %1 more (the command qms check lists them all).</source>
        <translation>… and %1 more (the command qms check lists them all).</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>PROBLEM: %1</translation>
    </message>
    <message>
        <source>Records changed outside the application</source>
        <translation>Records changed outside the application</translation>
    </message>
    <message>
        <source>Change history altered</source>
        <translation>Change history altered</translation>
    </message>
</context>
<context>
    <name>HoldReviewDialog</name>
    <message>
        <source>Record the review as held</source>
        <translation>Record the review as held</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>The chair concludes the QMS is</source>
        <translation>The chair concludes the QMS is</translation>
    </message>
    <message>
        <source>(not stated in the minutes)</source>
        <translation>(not stated in the minutes)</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>effective</translation>
    </message>
    <message>
        <source>not yet effective</source>
        <translation>not yet effective</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Will add</source>
        <translation>Will add</translation>
    </message>
    <message>
        <source>Will update</source>
        <translation>Will update</translation>
    </message>
    <message>
        <source>New: will add</source>
        <translation>New: will add</translation>
    </message>
    <message>
        <source>Amended: will update</source>
        <translation>Amended: will update</translation>
    </message>
    <message>
        <source>Replaced: out of scope</source>
        <translation>Replaced: out of scope</translation>
    </message>
    <message>
        <source>Abolished: out of scope</source>
        <translation>Abolished: out of scope</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Not in the register</source>
        <translation>Not in the register</translation>
    </message>
    <message>
        <source>No national code yet</source>
        <translation>No national code yet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>Implementing body</translation>
    </message>
    <message>
        <source>Online service level</source>
        <translation>Online service level</translation>
    </message>
    <message>
        <source>Provincial code</source>
        <translation>Provincial code</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>No change in the listed fields</source>
        <translation>No change in the listed fields</translation>
    </message>
    <message>
        <source>Out of the scope by decision %1 (kept in the register)</source>
        <translation>Out of the scope by decision %1 (kept in the register)</translation>
    </message>
    <message>
        <source>Replaced by %1, out of the scope by decision %2</source>
        <translation>Replaced by %1, out of the scope by decision %2</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import TTHC — preview</source>
        <translation>Import TTHC — preview</translation>
    </message>
    <message>
        <source>Decision that changes the list</source>
        <translation>Decision that changes the list</translation>
    </message>
    <message>
        <source>Leave empty when the decision takes effect on the day it is signed.</source>
        <translation>Leave empty when the decision takes effect on the day it is signed.</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>Decision &amp;number:</translation>
    </message>
    <message>
        <source>File “%1”: %2. Nothing has been written yet: press “Import” to apply, or Cancel.</source>
        <translation>File “%1”: %2. Nothing has been written yet: press “Import” to apply, or Cancel.</translation>
    </message>
    <message>
        <source>File “%1”: %2. The register already has this list as it is: there is nothing to import.</source>
        <translation>File “%1”: %2. The register already has this list as it is: there is nothing to import.</translation>
    </message>
    <message>
        <source>takes &amp;effect (empty: when signed):</source>
        <translation>takes &amp;effect (empty: when signed):</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Decision &amp;date:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message numerus="yes">
        <source>Also add the %n row(s) without a national code, with a temporary code</source>
        <translation>
            <numerusform>Also add the %n row without a national code, with a temporary code</numerusform>
            <numerusform>Also add the %n rows without a national code, with a temporary code</numerusform>
        </translation>
    </message>
    <message>
        <source>The temporary code (TAM-0001…) can be replaced by the national code later, on the TTHC page.</source>
        <translation>The temporary code (TAM-0001…) can be replaced by the national code later, on the TTHC page.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>No procedure is linked to an amended, replaced or abolished TTHC.</source>
        <translation>No procedure is linked to an amended, replaced or abolished TTHC.</translation>
    </message>
    <message>
        <source>Procedures to update within 3 months of the effective date (QĐ 19 Art. 4.4a): %1</source>
        <translation>Procedures to update within 3 months of the effective date (QĐ 19 Art. 4.4a): %1</translation>
    </message>
    <message>
        <source>Nothing to add or update.</source>
        <translation>Nothing to add or update.</translation>
    </message>
    <message>
        <source>Give the decision&apos;s number and date first.</source>
        <translation>Give the decision&apos;s number and date first.</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import of report packages</source>
        <translation>Import of report packages</translation>
    </message>
    <message>
        <source>%1 accepted, %2 replacing an earlier version, %3 already received, %4 refused.</source>
        <translation>%1 accepted, %2 replacing an earlier version, %3 already received, %4 refused.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason or remark</source>
        <translation>Reason or remark</translation>
    </message>
    <message>
        <source>(Units page, Enrol a key…)</source>
        <translation>(Units page, Enrol a key…)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>version %1 replaces version %2; figures changed: %3</source>
        <translation>version %1 replaces version %2; figures changed: %3</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Only a returned report has a return letter.</source>
        <translation>Only a returned report has a return letter.</translation>
    </message>
    <message>
        <source>Every unit expected for {period} has reported: no reminder is needed.</source>
        <translation>Every unit expected for {period} has reported: no reminder is needed.</translation>
    </message>
    <message>
        <source>The period {period} runs until {end}: its reports are written after it ends, so a reminder or a summary can be made from {after}.</source>
        <translation>The period {period} runs until {end}: its reports are written after it ends, so a reminder or a summary can be made from {after}.</translation>
    </message>
    <message>
        <source>{name}: the report&apos;s figure {key} is not a valid number.</source>
        <translation>{name}: the report&apos;s figure {key} is not a valid number.</translation>
    </message>
    <message>
        <source>{name}: the report&apos;s figures contradict each other: {on_time_label} ({on_time}) plus {late_label} ({late}) is more than {received_label} ({received}).</source>
        <translation>{name}: the report&apos;s figures contradict each other: {on_time_label} ({on_time}) plus {late_label} ({late}) is more than {received_label} ({received}).</translation>
    </message>
    <message>
        <source>{name}: the report&apos;s figure {label} is {value}, but a rate lies between 0 and 100.</source>
        <translation>{name}: the report&apos;s figure {label} is {value}, but a rate lies between 0 and 100.</translation>
    </message>
    <message>
        <source>{name}: the report&apos;s figure {key} is not a whole number.</source>
        <translation>{name}: the report&apos;s figure {key} is not a whole number.</translation>
    </message>
    <message>
        <source>{name}: the time of export in the manifest cannot be read.</source>
        <translation>{name}: the time of export in the manifest cannot be read.</translation>
    </message>
    <message>
        <source>{name}: the report inside is from {report_agency}, but the package is from {package_agency}.</source>
        <translation>{name}: the report inside is from {report_agency}, but the package is from {package_agency}.</translation>
    </message>
    <message>
        <source>{name}: the report is dated {date}, after today ({today}). The commune&apos;s clock or the date in the package is wrong: ask the commune to correct it and send the report again.</source>
        <translation>{name}: the report is dated {date}, after today ({today}). The commune&apos;s clock or the date in the package is wrong: ask the commune to correct it and send the report again.</translation>
    </message>
    <message>
        <source>{name}: exported on {sent}, after today ({today}): it would be received before it was sent. The commune&apos;s clock or the date in the package is wrong: ask the commune to correct its clock and export the report again.</source>
        <translation>{name}: exported on {sent}, after today ({today}): it would be received before it was sent. The commune&apos;s clock or the date in the package is wrong: ask the commune to correct its clock and export the report again.</translation>
    </message>
    <message>
        <source>{name}: exported on {sent}, before the report&apos;s own date {date}: the dates in the package contradict each other.</source>
        <translation>{name}: exported on {sent}, before the report&apos;s own date {date}: the dates in the package contradict each other.</translation>
    </message>
    <message>
        <source>The report is dated {date}, before its period ended on {end}, and does not state the day its figures run to: they cannot cover the whole period. The commune&apos;s application should have refused to finalise it; ask the commune to confirm the figures or to send a corrected version.</source>
        <translation>The report is dated {date}, before its period ended on {end}, and does not state the day its figures run to: they cannot cover the whole period. The commune&apos;s application should have refused to finalise it; ask the commune to confirm the figures or to send a corrected version.</translation>
    </message>
    <message>
        <source>The report covers {start} – {end}, not {office_start} – {office_end} as the office counts {period}: its figures are for other days than those of the units on the office&apos;s rule.</source>
        <translation>The report covers {start} – {end}, not {office_start} – {office_end} as the office counts {period}: its figures are for other days than those of the units on the office&apos;s rule.</translation>
    </message>
    <message>
        <source>{name}: the report period in the manifest cannot be read.</source>
        <translation>{name}: the report period in the manifest cannot be read.</translation>
    </message>
    <message>
        <source>{name}: the dates {start} – {end} are not those of the period {period}.</source>
        <translation>{name}: the dates {start} – {end} are not those of the period {period}.</translation>
    </message>
    <message>
        <source>{name} is the report for {period}, not for {wanted} (wrong period).</source>
        <translation>{name} is the report for {period}, not for {wanted} (wrong period).</translation>
    </message>
    <message>
        <source>{name} is a report for {period}, a period that has not begun yet (wrong period).</source>
        <translation>{name} is a report for {period}, a period that has not begun yet (wrong period).</translation>
    </message>
    <message>
        <source>{name}: several units of the register are named {agency}; the commune must set its unit code in its profile.</source>
        <translation>{name}: several units of the register are named {agency}; the commune must set its unit code in its profile.</translation>
    </message>
    <message>
        <source>The package gives the unit code {code}, which is not in the register; matched by name to {unit}.</source>
        <translation>The package gives the unit code {code}, which is not in the register; matched by name to {unit}.</translation>
    </message>
    <message>
        <source>{name} is malformed: its manifest or report does not have the expected content.</source>
        <translation>{name} is malformed: its manifest or report does not have the expected content.</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} does not exist.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {detail}</source>
        <translation>{name} cannot be read: {detail}</translation>
    </message>
    <message>
        <source>{name} is too large to be a report package ({mb} MB).</source>
        <translation>{name} is too large to be a report package ({mb} MB).</translation>
    </message>
    <message>
        <source>already received (the same file); nothing changed</source>
        <translation>already received (the same file); nothing changed</translation>
    </message>
    <message>
        <source>{name} holds a draft report, not a finalised one.</source>
        <translation>{name} holds a draft report, not a finalised one.</translation>
    </message>
    <message>
        <source>{name}: the history-chain head in the manifest is malformed.</source>
        <translation>{name}: the history-chain head in the manifest is malformed.</translation>
    </message>
    <message>
        <source>the package names {agency}, but the unit with code {code} in the register is {unit}, and no key is pinned for {unit} yet: a key is never trusted on first use when the names differ. Ask the commune which unit it is and to check the unit code in its profile (or correct the register&apos;s name), then import the package again.</source>
        <translation>the package names {agency}, but the unit with code {code} in the register is {unit}, and no key is pinned for {unit} yet: a key is never trusted on first use when the names differ. Ask the commune which unit it is and to check the unit code in its profile (or correct the register&apos;s name), then import the package again.</translation>
    </message>
    <message>
        <source>The package names {agency}, but the register calls unit {code} {unit}: taken in as {unit} because it is signed with the key pinned for that unit. Check the name in the commune&apos;s profile, or the register&apos;s.</source>
        <translation>The package names {agency}, but the register calls unit {code} {unit}: taken in as {unit} because it is signed with the key pinned for that unit. Check the name in the commune&apos;s profile, or the register&apos;s.</translation>
    </message>
    <message>
        <source>{unit} is not expected to report ({reason}).</source>
        <translation>{unit} is not expected to report ({reason}).</translation>
    </message>
    <message>
        <source>{unit} closed on {closed}, before the period ended: it is not expected for the period, its successor {successor} reports it; this report is shown, not totalled.</source>
        <translation>{unit} closed on {closed}, before the period ended: it is not expected for the period, its successor {successor} reports it; this report is shown, not totalled.</translation>
    </message>
    <message>
        <source>{unit} closed on {closed}, before the period ended: it is not expected for the period; this report is shown, not totalled.</source>
        <translation>{unit} closed on {closed}, before the period ended: it is not expected for the period; this report is shown, not totalled.</translation>
    </message>
    <message>
        <source>The sender says it changed its key (previous key {old}).</source>
        <translation>The sender says it changed its key (previous key {old}).</translation>
    </message>
    <message>
        <source>The report&apos;s PDF carries a digital signature that does not verify (see the package&apos;s signature): ask the commune for a corrected version, signed anew (a signed PDF cannot be signed over: Reports › Corrected version…).</source>
        <translation>The report&apos;s PDF carries a digital signature that does not verify (see the package&apos;s signature): ask the commune for a corrected version, signed anew (a signed PDF cannot be signed over: Reports › Corrected version…).</translation>
    </message>
    <message>
        <source>the same report (version {version}) exported again; nothing changed</source>
        <translation>the same report (version {version}) exported again; nothing changed</translation>
    </message>
    <message>
        <source>The digitally signed copy of version {version}: it replaces the copy received on {date}, whose PDF was not signed; the report&apos;s content is the same.</source>
        <translation>The digitally signed copy of version {version}: it replaces the copy received on {date}, whose PDF was not signed; the report&apos;s content is the same.</translation>
    </message>
    <message>
        <source>A better signed copy of version {version} (more signatures, or a signature that verifies): it replaces the copy received on {date}; the report&apos;s content is the same.</source>
        <translation>A better signed copy of version {version} (more signatures, or a signature that verifies): it replaces the copy received on {date}; the report&apos;s content is the same.</translation>
    </message>
    <message>
        <source>replayed: version {version} is older than version {current} already received for {period}.</source>
        <translation>replayed: version {version} is older than version {current} already received for {period}.</translation>
    </message>
    <message>
        <source>the report for {period} was accepted and is locked; unlock it before taking a corrected version.</source>
        <translation>the report for {period} was accepted and is locked; unlock it before taking a corrected version.</translation>
    </message>
    <message>
        <source>The dates of the period changed from version {old}: {old_start} – {old_end} before, {start} – {end} now.</source>
        <translation>The dates of the period changed from version {old}: {old_start} – {old_end} before, {start} – {end} now.</translation>
    </message>
    <message>
        <source>signed with an unknown key ({fingerprint}); the key pinned for {unit} is {pinned}. If the commune changed its key, confirm the new fingerprint with it by phone and enrol it.</source>
        <translation>signed with an unknown key ({fingerprint}); the key pinned for {unit} is {pinned}. If the commune changed its key, confirm the new fingerprint with it by phone and enrol it.</translation>
    </message>
    <message>
        <source>signed with a key that shows the fingerprint pinned for {unit} ({fingerprint}) but is not the pinned key: a key made to look like it. Refused; ask the commune by phone whether it changed its key.</source>
        <translation>signed with a key that shows the fingerprint pinned for {unit} ({fingerprint}) but is not the pinned key: a key made to look like it. Refused; ask the commune by phone whether it changed its key.</translation>
    </message>
    <message>
        <source>first package from {unit}: its key {fingerprint} is already pinned to {other_name} ({other_code}). One key for two units is a sign that one of them is being impersonated: check the fingerprint with both units, and enrol it by hand only if both confirm it.</source>
        <translation>first package from {unit}: its key {fingerprint} is already pinned to {other_name} ({other_code}). One key for two units is a sign that one of them is being impersonated: check the fingerprint with both units, and enrol it by hand only if both confirm it.</translation>
    </message>
    <message>
        <source>first package from {unit}: its key {fingerprint} is not confirmed yet, and only a leader&apos;s account can confirm a unit&apos;s key. Ask a leader to import this package or to enrol the key.</source>
        <translation>first package from {unit}: its key {fingerprint} is not confirmed yet, and only a leader&apos;s account can confirm a unit&apos;s key. Ask a leader to import this package or to enrol the key.</translation>
    </message>
    <message>
        <source>first package from {unit}: its key {fingerprint} is not confirmed yet. Compare it with the fingerprint printed on the signed report or read out by phone, then enrol it.</source>
        <translation>first package from {unit}: its key {fingerprint} is not confirmed yet. Compare it with the fingerprint printed on the signed report or read out by phone, then enrol it.</translation>
    </message>
    <message>
        <source>signed with an unknown key ({fingerprint}): another key was just confirmed for {unit}.</source>
        <translation>signed with an unknown key ({fingerprint}): another key was just confirmed for {unit}.</translation>
    </message>
    <message>
        <source>{name}: {agency} is not a reporting unit: the register lists it among the units merged into {successor} ({code}), which reports for it. A report of {agency} for a period before the merger needs {agency} in the register as a unit closed on that day (Units page, or qms units import).</source>
        <translation>{name}: {agency} is not a reporting unit: the register lists it among the units merged into {successor} ({code}), which reports for it. A report of {agency} for a period before the merger needs {agency} in the register as a unit closed on that day (Units page, or qms units import).</translation>
    </message>
    <message>
        <source>{name}: {agency} is not in the register of reporting units (add it on the Units page or with qms units import, or ask the commune to set its unit code).</source>
        <translation>{name}: {agency} is not in the register of reporting units (add it on the Units page or with qms units import, or ask the commune to set its unit code).</translation>
    </message>
    <message>
        <source>{unit} did not exist during {period}: it was set up on {opened}, after the period ended. Wrong period.</source>
        <translation>{unit} did not exist during {period}: it was set up on {opened}, after the period ended. Wrong period.</translation>
    </message>
    <message>
        <source>{unit} did not exist during {period}: it closed on {closed}, before the period began. Wrong period.</source>
        <translation>{unit} did not exist during {period}: it closed on {closed}, before the period began. Wrong period.</translation>
    </message>
    <message>
        <source>another version {version} of the report for {period} was received before, with other content: this copy may have been altered, or exported from an old copy of the commune&apos;s data. Ask the commune which report is the right one.</source>
        <translation>another version {version} of the report for {period} was received before, with other content: this copy may have been altered, or exported from an old copy of the commune&apos;s data. Ask the commune which report is the right one.</translation>
    </message>
    <message>
        <source>Continuity of the sender&apos;s history cannot be verified: the package carries no history-chain head.</source>
        <translation>Continuity of the sender&apos;s history cannot be verified: the package carries no history-chain head.</translation>
    </message>
    <message>
        <source>An older package arriving late: its history is part of the chain already seen ({count} entries).</source>
        <translation>An older package arriving late: its history is part of the chain already seen ({count} entries).</translation>
    </message>
    <message>
        <source>Continuity of the sender&apos;s history cannot be verified: the package has no checkpoint at entry {count}, the head seen last time. The commune may have restored an older copy of its data; the head seen last time is kept for its next packages.</source>
        <translation>Continuity of the sender&apos;s history cannot be verified: the package has no checkpoint at entry {count}, the head seen last time. The commune may have restored an older copy of its data; the head seen last time is kept for its next packages.</translation>
    </message>
    <message>
        <source>this package carries the history already received from {other} ({code}): it is that unit&apos;s data sent under the name of {unit}. Ask both units which database each one uses.</source>
        <translation>this package carries the history already received from {other} ({code}): it is that unit&apos;s data sent under the name of {unit}. Ask both units which database each one uses.</translation>
    </message>
    <message>
        <source>history rewritten: the sender&apos;s history chain ({count}:{hash}) does not extend the head seen in its previous package ({seen_count}:{seen_hash}).</source>
        <translation>history rewritten: the sender&apos;s history chain ({count}:{hash}) does not extend the head seen in its previous package ({seen_count}:{seen_hash}).</translation>
    </message>
    <message>
        <source>The stored package no longer verifies: it was changed after it was received.</source>
        <translation>The stored package no longer verifies: it was changed after it was received.</translation>
    </message>
    <message>
        <source>Unknown part {part}.</source>
        <translation>Unknown part {part}.</translation>
    </message>
    <message>
        <source>This package is no longer in the inbox.</source>
        <translation>This package is no longer in the inbox.</translation>
    </message>
    <message>
        <source>The stored package was changed outside the application.</source>
        <translation>The stored package was changed outside the application.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Resubmitted</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>Not expected</translation>
    </message>
    <message>
        <source>This report is no longer in the inbox.</source>
        <translation>This report is no longer in the inbox.</translation>
    </message>
    <message>
        <source>No report from unit {code} for {period} has been received.</source>
        <translation>No report from unit {code} for {period} has been received.</translation>
    </message>
    <message>
        <source>The digital signature of {unit}&apos;s report PDF is INVALID (see the package&apos;s detail): return it for a corrected version, or accept it knowingly.</source>
        <translation>The digital signature of {unit}&apos;s report PDF is INVALID (see the package&apos;s detail): return it for a corrected version, or accept it knowingly.</translation>
    </message>
    <message>
        <source>Say what must be corrected: returning a report needs a comment.</source>
        <translation>Say what must be corrected: returning a report needs a comment.</translation>
    </message>
    <message>
        <source>A report that is {state_label} cannot be returned.</source>
        <translation>A report that is {state_label} cannot be returned.</translation>
    </message>
    <message>
        <source>A report that is {state_label} cannot be accepted.</source>
        <translation>A report that is {state_label} cannot be accepted.</translation>
    </message>
    <message>
        <source>Give the reason for unlocking an accepted report.</source>
        <translation>Give the reason for unlocking an accepted report.</translation>
    </message>
    <message>
        <source>Only an accepted report is unlocked; this one is {state_label}.</source>
        <translation>Only an accepted report is unlocked; this one is {state_label}.</translation>
    </message>
    <message>
        <source>signed, valid</source>
        <translation>signed, valid</translation>
    </message>
    <message>
        <source>signed, issuer not among the trusted roots</source>
        <translation>signed, issuer not among the trusted roots</translation>
    </message>
    <message>
        <source>signature INVALID</source>
        <translation>signature INVALID</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>not checked (received before this version)</source>
        <translation>not checked (received before this version)</translation>
    </message>
    <message>
        <source>TTHC in scope</source>
        <translation>TTHC in scope</translation>
    </message>
    <message>
        <source>TTHC with a procedure</source>
        <translation>TTHC with a procedure</translation>
    </message>
    <message>
        <source>Procedures in force</source>
        <translation>Procedures in force</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>Internal audits</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Management reviews</translation>
    </message>
    <message>
        <source>NCs opened</source>
        <translation>NCs opened</translation>
    </message>
    <message>
        <source>NCs closed</source>
        <translation>NCs closed</translation>
    </message>
    <message>
        <source>NCs open at the end</source>
        <translation>NCs open at the end</translation>
    </message>
    <message>
        <source>NCs overdue</source>
        <translation>NCs overdue</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>Files received</translation>
    </message>
    <message>
        <source>Files settled on time</source>
        <translation>Files settled on time</translation>
    </message>
    <message>
        <source>Files settled late</source>
        <translation>Files settled late</translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation>On-time rate (%)</translation>
    </message>
    <message>
        <source>Satisfaction (%)</source>
        <translation>Satisfaction (%)</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Feedback and petitions</source>
        <translation>Feedback and petitions</translation>
    </message>
    <message>
        <source>Petitions from earlier periods</source>
        <translation>Petitions from earlier periods</translation>
    </message>
    <message>
        <source>Petitions not answered</source>
        <translation>Petitions not answered</translation>
    </message>
    <message>
        <source>Petitions overdue</source>
        <translation>Petitions overdue</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Improvements</translation>
    </message>
    <message>
        <source>No internal audit in {year}</source>
        <translation>No internal audit in {year}</translation>
    </message>
    <message>
        <source>No management review in {year}</source>
        <translation>No management review in {year}</translation>
    </message>
    <message>
        <source>Nonconformities past their due date: {count}</source>
        <translation>Nonconformities past their due date: {count}</translation>
    </message>
    <message>
        <source>Citizen feedback and petitions not answered by their due date: {count}</source>
        <translation>Citizen feedback and petitions not answered by their due date: {count}</translation>
    </message>
    <message>
        <source>TTHC on-time rate {rate}% below the province&apos;s target of {target}%</source>
        <translation>TTHC on-time rate {rate}% below the province&apos;s target of {target}%</translation>
    </message>
    <message>
        <source>QMS not announced</source>
        <translation>QMS not announced</translation>
    </message>
    <message>
        <source>Scope changed but the QMS was not re-announced</source>
        <translation>Scope changed but the QMS was not re-announced</translation>
    </message>
    <message>
        <source>Figures for {start} – {end}, other dates than the office&apos;s period</source>
        <translation>Figures for {start} – {end}, other dates than the office&apos;s period</translation>
    </message>
    <message>
        <source>Figures as of {date}, before the period ended on {end}: they do not cover the whole period</source>
        <translation>Figures as of {date}, before the period ended on {end}: they do not cover the whole period</translation>
    </message>
    <message>
        <source>The report&apos;s PDF is not digitally signed</source>
        <translation>The report&apos;s PDF is not digitally signed</translation>
    </message>
    <message>
        <source>The digital signature of the report&apos;s PDF is INVALID</source>
        <translation>The digital signature of the report&apos;s PDF is INVALID</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key fingerprint: 16 hexadecimal digits in groups of four, e.g. 3F2A 9C01 7B44 E0D2.</source>
        <translation>&apos;{text}&apos; is not a key fingerprint: 16 hexadecimal digits in groups of four, e.g. 3F2A 9C01 7B44 E0D2.</translation>
    </message>
    <message>
        <source>This database is not a receiving office&apos;s: the register of units, the inbox and the inspections are kept in an office database (qms init --receiving).</source>
        <translation>This database is not a receiving office&apos;s: the register of units, the inbox and the inspections are kept in an office database (qms init --receiving).</translation>
    </message>
    <message>
        <source>No unit with code {code} in the register.</source>
        <translation>No unit with code {code} in the register.</translation>
    </message>
    <message>
        <source>The unit code is required.</source>
        <translation>The unit code is required.</translation>
    </message>
    <message>
        <source>Invalid unit code &quot;{code}&quot;: letters, digits, dot, dash or underscore, at most 50.</source>
        <translation>Invalid unit code &quot;{code}&quot;: letters, digits, dot, dash or underscore, at most 50.</translation>
    </message>
    <message>
        <source>The unit name is required.</source>
        <translation>The unit name is required.</translation>
    </message>
    <message>
        <source>The unit name is too long (at most 300 characters).</source>
        <translation>The unit name is too long (at most 300 characters).</translation>
    </message>
    <message>
        <source>Unknown kind of unit: {kind}.</source>
        <translation>Unknown kind of unit: {kind}.</translation>
    </message>
    <message>
        <source>The closing date is before the opening date.</source>
        <translation>The closing date is before the opening date.</translation>
    </message>
    <message>
        <source>Say why this unit is not expected to report.</source>
        <translation>Say why this unit is not expected to report.</translation>
    </message>
    <message>
        <source>Unit code {code} is already used by {name}.</source>
        <translation>Unit code {code} is already used by {name}.</translation>
    </message>
    <message>
        <source>This unit no longer exists.</source>
        <translation>This unit no longer exists.</translation>
    </message>
    <message>
        <source>Key {fingerprint} is already pinned to {other_name} ({other_code}). One key for two units is a sign that one of them is being impersonated: check the fingerprint with both units before enrolling it for {code}.</source>
        <translation>Key {fingerprint} is already pinned to {other_name} ({other_code}). One key for two units is a sign that one of them is being impersonated: check the fingerprint with both units before enrolling it for {code}.</translation>
    </message>
    <message>
        <source>Report packages to import</source>
        <translation>Report packages to import</translation>
    </message>
    <message>
        <source>Report packages (*.zip)</source>
        <translation>Report packages (*.zip)</translation>
    </message>
    <message>
        <source>Folder or USB drive with report packages</source>
        <translation>Folder or USB drive with report packages</translation>
    </message>
    <message>
        <source>Importing the confirmed packages…</source>
        <translation>Importing the confirmed packages…</translation>
    </message>
    <message>
        <source>Checking and importing the packages…</source>
        <translation>Checking and importing the packages…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>first head recorded</source>
        <translation>first head recorded</translation>
    </message>
    <message>
        <source>extends the head seen before</source>
        <translation>extends the head seen before</translation>
    </message>
    <message>
        <source>an earlier state of the chain seen</source>
        <translation>an earlier state of the chain seen</translation>
    </message>
    <message>
        <source>not verifiable</source>
        <translation>not verifiable</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>package received</source>
        <translation>package received</translation>
    </message>
    <message>
        <source>corrected version received</source>
        <translation>corrected version received</translation>
    </message>
    <message>
        <source>digitally signed copy received</source>
        <translation>digitally signed copy received</translation>
    </message>
    <message>
        <source>returned for correction</source>
        <translation>returned for correction</translation>
    </message>
    <message>
        <source>accepted and locked</source>
        <translation>accepted and locked</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <source>key confirmed on first use</source>
        <translation>key confirmed on first use</translation>
    </message>
    <message>
        <source>key enrolled by hand</source>
        <translation>key enrolled by hand</translation>
    </message>
    <message>
        <source>confirmed on first use</source>
        <translation>confirmed on first use</translation>
    </message>
    <message>
        <source>enrolled by hand</source>
        <translation>enrolled by hand</translation>
    </message>
    <message>
        <source>The change history was altered outside the application (entry {id}).</source>
        <translation>The change history was altered outside the application (entry {id}).</translation>
    </message>
    <message>
        <source>The receiving office&apos;s records no longer match the change history (changed, added or deleted outside the application): the summary, the letters and the inspection plan are not made from them, nothing was written. Run qms check (Change history → Check integrity) to see every change, then restore the last good backup.</source>
        <translation>The receiving office&apos;s records no longer match the change history (changed, added or deleted outside the application): the summary, the letters and the inspection plan are not made from them, nothing was written. Run qms check (Change history → Check integrity) to see every change, then restore the last good backup.</translation>
    </message>
    <message>
        <source>Warning: records of the receiving office were changed outside the application; the figures below may be false. Run qms check and restore the last good backup.</source>
        <translation>Warning: records of the receiving office were changed outside the application; the figures below may be false. Run qms check and restore the last good backup.</translation>
    </message>
    <message>
        <source>The receiving office&apos;s records no longer match the change history (changed, added or deleted outside the application): no package is taken in while the keys pinned for the units and the reports already received cannot be trusted, nothing was written. Run qms check (Change history → Check integrity) to see every change, then restore the last good backup.</source>
        <translation>The receiving office&apos;s records no longer match the change history (changed, added or deleted outside the application): no package is taken in while the keys pinned for the units and the reports already received cannot be trusted, nothing was written. Run qms check (Change history → Check integrity) to see every change, then restore the last good backup.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… and {count} more.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Import a f&amp;older or drive…</source>
        <translation>Import a f&amp;older or drive…</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>All periods</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Sent / received:</source>
        <translation>Sent / received:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signing key:</translation>
    </message>
    <message>
        <source>History chain:</source>
        <translation>History chain:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Review:</translation>
    </message>
    <message>
        <source>Digital signature:</source>
        <translation>Digital signature:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Changed from the version it replaces</source>
        <translation>Changed from the version it replaces</translation>
    </message>
    <message>
        <source>Timeline of the unit</source>
        <translation>Timeline of the unit</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation>Open the &amp;PDF</translation>
    </message>
    <message>
        <source>Open the &amp;spreadsheet</source>
        <translation>Open the &amp;spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>Return &amp;letter…</source>
        <translation>Return &amp;letter…</translation>
    </message>
    <message>
        <source>replaced by its digitally signed copy</source>
        <translation>replaced by its digitally signed copy</translation>
    </message>
    <message>
        <source>Select a package in the list.</source>
        <translation>Select a package in the list.</translation>
    </message>
    <message>
        <source>no. %1, dated %2, version %3</source>
        <translation>no. %1, dated %2, version %3</translation>
    </message>
    <message>
        <source>superseded by a later version</source>
        <translation>superseded by a later version</translation>
    </message>
    <message>
        <source>sent %1, received %2 by %3</source>
        <translation>sent %1, received %2 by %3</translation>
    </message>
    <message>
        <source>Report returned. Print the return letter for the unit.</source>
        <translation>Report returned. Print the return letter for the unit.</translation>
    </message>
    <message>
        <source>Accept the report of %1 for %2? It will be locked: a corrected version is refused until a leader unlocks it.</source>
        <translation>Accept the report of %1 for %2? It will be locked: a corrected version is refused until a leader unlocks it.</translation>
    </message>
    <message>
        <source>The digital signature of its PDF is INVALID (see Digital signature above).</source>
        <translation>The digital signature of its PDF is INVALID (see Digital signature above).</translation>
    </message>
    <message>
        <source>Unlock the report</source>
        <translation>Unlock the report</translation>
    </message>
    <message>
        <source>Why is this accepted report unlocked?</source>
        <translation>Why is this accepted report unlocked?</translation>
    </message>
    <message>
        <source>Return letter</source>
        <translation>Return letter</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>No report for {period}</source>
        <translation>No report for {period}</translation>
    </message>
    <message>
        <source>Report for {period} returned and not corrected since</source>
        <translation>Report for {period} returned and not corrected since</translation>
    </message>
    <message>
        <source>Report for {period} sent late ({sent})</source>
        <translation>Report for {period} sent late ({sent})</translation>
    </message>
    <message>
        <source>No internal audit in the last report ({period})</source>
        <translation>No internal audit in the last report ({period})</translation>
    </message>
    <message>
        <source>No management review in the last report ({period})</source>
        <translation>No management review in the last report ({period})</translation>
    </message>
    <message>
        <source>No internal audit yet this year ({period})</source>
        <translation>No internal audit yet this year ({period})</translation>
    </message>
    <message>
        <source>No management review yet this year ({period})</source>
        <translation>No management review yet this year ({period})</translation>
    </message>
    <message>
        <source>{count} nonconformities past their due date ({period})</source>
        <translation>{count} nonconformities past their due date ({period})</translation>
    </message>
    <message>
        <source>TTHC on-time rate {rate}% below the target of {target}% ({period})</source>
        <translation>TTHC on-time rate {rate}% below the target of {target}% ({period})</translation>
    </message>
    <message>
        <source>Never inspected on site</source>
        <translation>Never inspected on site</translation>
    </message>
    <message>
        <source>QMS not announced ({period})</source>
        <translation>QMS not announced ({period})</translation>
    </message>
    <message>
        <source>No record yet</source>
        <translation>No record yet</translation>
    </message>
    <message>
        <source>Waiting for the report</source>
        <translation>Waiting for the report</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Reported late</source>
        <translation>Reported late</translation>
    </message>
    <message>
        <source>Unit {code} is not in the {year} plan.</source>
        <translation>Unit {code} is not in the {year} plan.</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2100.</source>
        <translation>The year must be between 2000 and 2100.</translation>
    </message>
    <message>
        <source>There is no inspection plan for {year} yet.</source>
        <translation>There is no inspection plan for {year} yet.</translation>
    </message>
    <message>
        <source>A document number has at most 100 characters.</source>
        <translation>A document number has at most 100 characters.</translation>
    </message>
    <message>
        <source>The date {date} is after the plan&apos;s year {year}.</source>
        <translation>The date {date} is after the plan&apos;s year {year}.</translation>
    </message>
    <message>
        <source>The decision cannot be dated before the plan ({date}).</source>
        <translation>The decision cannot be dated before the plan ({date}).</translation>
    </message>
    <message>
        <source>No unit with code {code} in the register.</source>
        <translation>No unit with code {code} in the register.</translation>
    </message>
    <message>
        <source>Unit {code} is listed twice.</source>
        <translation>Unit {code} is listed twice.</translation>
    </message>
    <message>
        <source>The date {date} of {unit} is not in {year}.</source>
        <translation>The date {date} of {unit} is not in {year}.</translation>
    </message>
    <message>
        <source>{unit} no longer exists on {date}.</source>
        <translation>{unit} no longer exists on {date}.</translation>
    </message>
    <message>
        <source>The corrective-action report of {unit} was recorded as received on {date}: say why the follow-up opens again.</source>
        <translation>The corrective-action report of {unit} was recorded as received on {date}: say why the follow-up opens again.</translation>
    </message>
    <message>
        <source>At least one third of the {total} units expected to report must be checked on site: {needed} needed, {count} planned.</source>
        <translation>At least one third of the {total} units expected to report must be checked on site: {needed} needed, {count} planned.</translation>
    </message>
    <message>
        <source>{unit} was inspected (record signed): it stays in the plan.</source>
        <translation>{unit} was inspected (record signed): it stays in the plan.</translation>
    </message>
    <message>
        <source>{unit} was inspected on site (record signed): it stays on site.</source>
        <translation>{unit} was inspected on site (record signed): it stays on site.</translation>
    </message>
    <message>
        <source>{unit} was inspected (record signed on {signed}): its date stays.</source>
        <translation>{unit} was inspected (record signed on {signed}): its date stays.</translation>
    </message>
    <message>
        <source>The date {date} of {unit} is before the decision ordering the checks ({decision}).</source>
        <translation>The date {date} of {unit} is before the decision ordering the checks ({decision}).</translation>
    </message>
    <message>
        <source>Every team member needs a name.</source>
        <translation>Every team member needs a name.</translation>
    </message>
    <message>
        <source>Unknown role in the team: {role}.</source>
        <translation>Unknown role in the team: {role}.</translation>
    </message>
    <message>
        <source>{name} is listed twice in the team.</source>
        <translation>{name} is listed twice in the team.</translation>
    </message>
    <message>
        <source>The team has exactly one team leader ({count} given).</source>
        <translation>The team has exactly one team leader ({count} given).</translation>
    </message>
    <message>
        <source>{unit} did not exist yet on {date} (established {opened}).</source>
        <translation>{unit} did not exist yet on {date} (established {opened}).</translation>
    </message>
    <message>
        <source>The record&apos;s signing date is required.</source>
        <translation>The record&apos;s signing date is required.</translation>
    </message>
    <message>
        <source>The signing date {date} is in the future.</source>
        <translation>The signing date {date} is in the future.</translation>
    </message>
    <message>
        <source>The signing date {date} is not in {year}.</source>
        <translation>The signing date {date} is not in {year}.</translation>
    </message>
    <message>
        <source>Write at least one finding (a conformity, a nonconformity or a recommendation).</source>
        <translation>Write at least one finding (a conformity, a nonconformity or a recommendation).</translation>
    </message>
    <message>
        <source>The record cannot be signed before the check ({date}): correct the check&apos;s date in the plan first.</source>
        <translation>The record cannot be signed before the check ({date}): correct the check&apos;s date in the plan first.</translation>
    </message>
    <message>
        <source>The record cannot be signed after the corrective-action report that answers it was received ({date}).</source>
        <translation>The record cannot be signed after the corrective-action report that answers it was received ({date}).</translation>
    </message>
    <message>
        <source>The record cannot be signed before the decision ({date}).</source>
        <translation>The record cannot be signed before the decision ({date}).</translation>
    </message>
    <message>
        <source>The record number {number} is already the record of {unit} in this plan.</source>
        <translation>The record number {number} is already the record of {unit} in this plan.</translation>
    </message>
    <message>
        <source>The record {number} of {unit} was signed on {date}: say why it is corrected (the reason is kept with the record and in its history).</source>
        <translation>The record {number} of {unit} was signed on {date}: say why it is corrected (the reason is kept with the record and in its history).</translation>
    </message>
    <message>
        <source>{unit} has no signed record yet: there is nothing to follow up.</source>
        <translation>{unit} has no signed record yet: there is nothing to follow up.</translation>
    </message>
    <message>
        <source>The report cannot arrive before the record was signed ({date}).</source>
        <translation>The report cannot arrive before the record was signed ({date}).</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>The date {date} is in the future.</translation>
    </message>
    <message>
        <source>The {year} plan has no unit yet.</source>
        <translation>The {year} plan has no unit yet.</translation>
    </message>
    <message>
        <source>Set the check team (with its leader) before printing the decision.</source>
        <translation>Set the check team (with its leader) before printing the decision.</translation>
    </message>
    <message>
        <source>{unit} is checked on its records and reports, not on site: it has no record to print.</source>
        <translation>{unit} is checked on its records and reports, not on site: it has no record to print.</translation>
    </message>
    <message>
        <source>Unknown form {form}: 19, 20 or 21.</source>
        <translation>Unknown form {form}: 19, 20 or 21.</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Type the date the corrective-action report was received.</source>
        <translation>Type the date the corrective-action report was received.</translation>
    </message>
    <message>
        <source>{unit} ({due}; still awaited: the report {package} received since does not answer the record)</source>
        <translation>{unit} ({due}; still awaited: the report {package} received since does not answer the record)</translation>
    </message>
    <message>
        <source>Corrective-action report overdue: {units}</source>
        <translation>Corrective-action report overdue: {units}</translation>
    </message>
    <message>
        <source>Due within 2 months of the record: {units}</source>
        <translation>Due within 2 months of the record: {units}</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>&amp;Plan from the suggestion</source>
        <translation>&amp;Plan from the suggestion</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Print Mẫu &amp;19 (plan)</source>
        <translation>Print Mẫu &amp;19 (plan)</translation>
    </message>
    <message>
        <source>Print Mẫu &amp;20 (decision)</source>
        <translation>Print Mẫu &amp;20 (decision)</translation>
    </message>
    <message>
        <source>Print Mẫu 21 (recor&amp;d)</source>
        <translation>Print Mẫu 21 (recor&amp;d)</translation>
    </message>
    <message>
        <source>Opens the form in the print preview: print it or save it as PDF.</source>
        <translation>Opens the form in the print preview: print it or save it as PDF.</translation>
    </message>
    <message>
        <source>&amp;Save the forms as PDF…</source>
        <translation>&amp;Save the forms as PDF…</translation>
    </message>
    <message>
        <source>Writes Mẫu 19, Mẫu 20 and Mẫu 21 (the selected unit&apos;s record, or every on-site unit&apos;s) into a folder.</source>
        <translation>Writes Mẫu 19, Mẫu 20 and Mẫu 21 (the selected unit&apos;s record, or every on-site unit&apos;s) into a folder.</translation>
    </message>
    <message>
        <source>November &amp;compilation…</source>
        <translation>November &amp;compilation…</translation>
    </message>
    <message>
        <source>Save &amp;numbers and dates</source>
        <translation>Save &amp;numbers and dates</translation>
    </message>
    <message>
        <source>Plan No.:</source>
        <translation>Plan No.:</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>dated</translation>
    </message>
    <message>
        <source>Decision No.:</source>
        <translation>Decision No.:</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>On records and reports</source>
        <translation>On records and reports</translation>
    </message>
    <message>
        <source>&amp;Apply to the unit</source>
        <translation>&amp;Apply to the unit</translation>
    </message>
    <message>
        <source>R&amp;ecord findings…</source>
        <translation>R&amp;ecord findings…</translation>
    </message>
    <message>
        <source>Corrective-action report &amp;received</source>
        <translation>Corrective-action report &amp;received</translation>
    </message>
    <message>
        <source>Selected unit</source>
        <translation>Selected unit</translation>
    </message>
    <message>
        <source>Form of check:</source>
        <translation>Form of check:</translation>
    </message>
    <message>
        <source>Date of the check:</source>
        <translation>Date of the check:</translation>
    </message>
    <message>
        <source>Report received on:</source>
        <translation>Report received on:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Add a &amp;member</source>
        <translation>Add a &amp;member</translation>
    </message>
    <message>
        <source>Remove the mem&amp;ber</source>
        <translation>Remove the mem&amp;ber</translation>
    </message>
    <message>
        <source>Save the &amp;team</source>
        <translation>Save the &amp;team</translation>
    </message>
    <message>
        <source>Check team (decision, Mẫu 20)</source>
        <translation>Check team (decision, Mẫu 20)</translation>
    </message>
    <message>
        <source>The plan&apos;s numbers and dates or the team were changed but not saved. Leave without saving?</source>
        <translation>The plan&apos;s numbers and dates or the team were changed but not saved. Leave without saving?</translation>
    </message>
    <message>
        <source>Selected unit: %1 – %2</source>
        <translation>Selected unit: %1 – %2</translation>
    </message>
    <message>
        <source>Selected unit: none (select one in the list)</source>
        <translation>Selected unit: none (select one in the list)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Bring the %1 plan up to date with the suggestion? The units already in it keep their form and date; the suggestion adds the units it lacks, and units no longer expected to report leave the plan unless they were inspected.</source>
        <translation>Bring the %1 plan up to date with the suggestion? The units already in it keep their form and date; the suggestion adds the units it lacks, and units no longer expected to report leave the plan unless they were inspected.</translation>
    </message>
    <message>
        <source>Reopen the follow-up</source>
        <translation>Reopen the follow-up</translation>
    </message>
    <message>
        <source>No date: the follow-up of %1 opens again, as if its report had not come. Why?</source>
        <translation>No date: the follow-up of %1 opens again, as if its report had not come. Why?</translation>
    </message>
    <message>
        <source>No plan for %1 yet: make it from the suggestion (units ranked by late or missing reports, audits, reviews, overdue actions, on-time rate, visits).</source>
        <translation>No plan for %1 yet: make it from the suggestion (units ranked by late or missing reports, audits, reviews, overdue actions, on-time rate, visits).</translation>
    </message>
    <message>
        <source>%1 units in the plan, %2 on site (at least %3 of the %4 units expected to report); %5 records signed.</source>
        <translation>%1 units in the plan, %2 on site (at least %3 of the %4 units expected to report); %5 records signed.</translation>
    </message>
    <message>
        <source>Inspection plan (Mẫu 19 KHKT) %1</source>
        <translation>Inspection plan (Mẫu 19 KHKT) %1</translation>
    </message>
    <message>
        <source>Check decision (Mẫu 20 QĐKT) %1</source>
        <translation>Check decision (Mẫu 20 QĐKT) %1</translation>
    </message>
    <message>
        <source>Check record (Mẫu 21 BBKT) %1</source>
        <translation>Check record (Mẫu 21 BBKT) %1</translation>
    </message>
    <message>
        <source>Preparing the form…</source>
        <translation>Preparing the form…</translation>
    </message>
    <message>
        <source>Folder for the printed forms</source>
        <translation>Folder for the printed forms</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Folder for the compilation</source>
        <translation>Folder for the compilation</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Nonconformities raised from the selected inspection</source>
        <translation>Nonconformities raised from the selected inspection</translation>
    </message>
    <message>
        <source>Raise a &amp;nonconformity…</source>
        <translation>Raise a &amp;nonconformity…</translation>
    </message>
    <message>
        <source>Enter or double-click opens the nonconformity.</source>
        <translation>Enter or double-click opens the nonconformity.</translation>
    </message>
    <message>
        <source>Nonconformity %1 recorded.</source>
        <translation>Nonconformity %1 recorded.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling… (undoing what was done)</source>
        <translation>Cancelling… (undoing what was done)</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>Copying the database</translation>
    </message>
    <message>
        <source>Reading the finalised report</source>
        <translation>Reading the finalised report</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Writing the PDF</translation>
    </message>
    <message>
        <source>Writing the spreadsheet</source>
        <translation>Writing the spreadsheet</translation>
    </message>
    <message>
        <source>Signing and writing the package</source>
        <translation>Signing and writing the package</translation>
    </message>
    <message>
        <source>Writing the PDF and spreadsheet for printing</source>
        <translation>Writing the PDF and spreadsheet for printing</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Reading the history</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>Checking the former communes&apos; data</source>
        <translation>Checking the former communes&apos; data</translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation>Preparing the preview</translation>
    </message>
    <message>
        <source>Backing up before the merge</source>
        <translation>Backing up before the merge</translation>
    </message>
    <message>
        <source>Merging the former communes&apos; data</source>
        <translation>Merging the former communes&apos; data</translation>
    </message>
    <message>
        <source>Checking the digital signatures again</source>
        <translation>Checking the digital signatures again</translation>
    </message>
    <message>
        <source>Checking and importing the packages</source>
        <translation>Checking and importing the packages</translation>
    </message>
    <message>
        <source>Reading the list of units</source>
        <translation>Reading the list of units</translation>
    </message>
</context>
<context>
    <name>KeyConfirmDialog</name>
    <message>
        <source>Confirm the sender&apos;s key</source>
        <translation>Confirm the sender&apos;s key</translation>
    </message>
    <message>
        <source>This is the first package from &lt;b&gt;%1&lt;/b&gt; (%2). Before it is accepted, compare the key fingerprint below with the one printed on the unit&apos;s signed paper report, or ask the unit to read it out by phone.</source>
        <translation>This is the first package from &lt;b&gt;%1&lt;/b&gt; (%2). Before it is accepted, compare the key fingerprint below with the one printed on the unit&apos;s signed paper report, or ask the unit to read it out by phone.</translation>
    </message>
    <message>
        <source>Name in the register: %1
Name in the package: %2</source>
        <translation>Name in the register: %1
Name in the package: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>I have compared it: the fingerprint is the &amp;same</source>
        <translation>I have compared it: the fingerprint is the &amp;same</translation>
    </message>
    <message>
        <source>If it differs, do not accept: the package may not come from this unit.</source>
        <translation>If it differs, do not accept: the package may not come from this unit.</translation>
    </message>
    <message>
        <source>&amp;Trust this key and import</source>
        <translation>&amp;Trust this key and import</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuse</translation>
    </message>
</context>
<context>
    <name>KeyTab</name>
    <message>
        <source>Change the &amp;signing key…</source>
        <translation>Change the &amp;signing key…</translation>
    </message>
    <message>
        <source>Only a leader can change the agency&apos;s signing key.</source>
        <translation>Only a leader can change the agency&apos;s signing key.</translation>
    </message>
    <message>
        <source>The agency has no signing key yet: it is made at the first export of a report.</source>
        <translation>The agency has no signing key yet: it is made at the first export of a report.</translation>
    </message>
    <message>
        <source>created by QMS Desktop</source>
        <translation>created by QMS Desktop</translation>
    </message>
    <message>
        <source>taken over from this Windows account</source>
        <translation>taken over from this Windows account</translation>
    </message>
    <message>
        <source>made by a change of key</source>
        <translation>made by a change of key</translation>
    </message>
    <message>
        <source>Signing key of the agency: %1</source>
        <translation>Signing key of the agency: %1</translation>
    </message>
    <message>
        <source>Origin: %1, %2 by %3.</source>
        <translation>Origin: %1, %2 by %3.</translation>
    </message>
    <message>
        <source>It replaced the key %1.</source>
        <translation>It replaced the key %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>The key is kept in the agency&apos;s database, so every backup carries it. Every exported report prints its fingerprint; the receiving office confirms it by phone.</source>
        <translation>The key is kept in the agency&apos;s database, so every backup carries it. Every exported report prints its fingerprint; the receiving office confirms it by phone.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>The new signing key is %1. Tell the receiving office this fingerprint by phone.</source>
        <translation>The new signing key is %1. Tell the receiving office this fingerprint by phone.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>the key of this Windows account, which signed this agency&apos;s packages</source>
        <translation>the key of this Windows account, which signed this agency&apos;s packages</translation>
    </message>
    <message>
        <source>the key of this Windows account, used for this agency&apos;s earlier exports</source>
        <translation>the key of this Windows account, used for this agency&apos;s earlier exports</translation>
    </message>
    <message>
        <source>the key of this Windows account belongs to another agency</source>
        <translation>the key of this Windows account belongs to another agency</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Administrative procedure</source>
        <translation>Administrative procedure</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>Internal audit</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Nonconformity</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Management review</translation>
    </message>
    <message>
        <source>External inspection</source>
        <translation>External inspection</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <source>Quality objective</source>
        <translation>Quality objective</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Risk or opportunity</source>
        <translation>Risk or opportunity</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Improvement</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>Service statistics</source>
        <translation>Service statistics</translation>
    </message>
    <message>
        <source>Citizen feedback or petition</source>
        <translation>Citizen feedback or petition</translation>
    </message>
    <message>
        <source>Quality policy</source>
        <translation>Quality policy</translation>
    </message>
    <message>
        <source>Procedure version</source>
        <translation>Procedure version</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Special zone</source>
        <translation>Special zone</translation>
    </message>
    <message>
        <source>ISO secretary</source>
        <translation>ISO secretary</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Internal auditor</source>
        <translation>Internal auditor</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>System procedure</source>
        <translation>System procedure</translation>
    </message>
    <message>
        <source>Administrative procedure</source>
        <translation>Administrative procedure</translation>
    </message>
    <message>
        <source>Internal work</source>
        <translation>Internal work</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Obsolete</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>Conforming</translation>
    </message>
    <message>
        <source>Nonconforming</source>
        <translation>Nonconforming</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>Internal audit</translation>
    </message>
    <message>
        <source>External inspection</source>
        <translation>External inspection</translation>
    </message>
    <message>
        <source>Citizen complaint</source>
        <translation>Citizen complaint</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Petition</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Public service portal</source>
        <translation>Public service portal</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Being corrected</source>
        <translation>Being corrected</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>Awaiting verification</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Improvement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Management review</translation>
    </message>
    <message>
        <source>Staff idea</source>
        <translation>Staff idea</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Dissemination</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>at most</translation>
    </message>
</context>
<context>
    <name>LegalBasisTab</name>
    <message>
        <source>&amp;Add document…</source>
        <translation>&amp;Add document…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>Cancel d&amp;ocument…</source>
        <translation>Cancel d&amp;ocument…</translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation>Cancel document</translation>
    </message>
    <message>
        <source>The document is kept and marked cancelled. Reason:</source>
        <translation>The document is kept and marked cancelled. Reason:</translation>
    </message>
</context>
<context>
    <name>LegalDocumentDialog</name>
    <message>
        <source>Legal basis: new document</source>
        <translation>Legal basis: new document</translation>
    </message>
    <message>
        <source>Legal basis: edit document</source>
        <translation>Legal basis: edit document</translation>
    </message>
    <message>
        <source>A changed legal document must be built into the procedure within %1 months of taking effect (QĐ 19, Art. 4.4a). Fill in “Built into the procedure on” when done.</source>
        <translation>A changed legal document must be built into the procedure within %1 months of taking effect (QĐ 19, Art. 4.4a). Fill in “Built into the procedure on” when done.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>QMS Desktop — log in</source>
        <translation>QMS Desktop — log in</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Forgot password?</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>QMS Desktop — receiving office</source>
        <translation>QMS Desktop — receiving office</translation>
    </message>
    <message>
        <source>QMS Desktop — ISO 9001:2015 quality management</source>
        <translation>QMS Desktop — ISO 9001:2015 quality management</translation>
    </message>
    <message>
        <source> [DEMO]</source>
        <translation> [DEMO]</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Search all records (Ctrl+F)…</source>
        <translation>Search all records (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>This record cannot be shown here yet.</source>
        <translation>This record cannot be shown here yet.</translation>
    </message>
    <message>
        <source>The record was not found on this page.</source>
        <translation>The record was not found on this page.</translation>
    </message>
    <message>
        <source>Text size: %1 pt</source>
        <translation>Text size: %1 pt</translation>
    </message>
    <message>
        <source>About QMS Desktop</source>
        <translation>About QMS Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QMS Desktop %1&lt;/h3&gt;&lt;p&gt;Records of the quality management system (TCVN ISO 9001:2015) of a commune People&apos;s Committee, following Decision 19/2014/QĐ-TTg and Circular 26/2014/TT-BKHCN.&lt;/p&gt;&lt;p&gt;Works offline; the data stays on this computer:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Free software (GPL-3.0-or-later). Fonts: Be Vietnam Pro and Liberation Serif (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QMS Desktop %1&lt;/h3&gt;&lt;p&gt;Records of the quality management system (TCVN ISO 9001:2015) of a commune People&apos;s Committee, following Decision 19/2014/QĐ-TTg and Circular 26/2014/TT-BKHCN.&lt;/p&gt;&lt;p&gt;Works offline; the data stays on this computer:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Free software (GPL-3.0-or-later). Fonts: Be Vietnam Pro and Liberation Serif (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Back up into which folder (e.g. a USB stick)?</source>
        <translation>Back up into which folder (e.g. a USB stick)?</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The backup was written and verified:
%1</source>
        <translation>The backup was written and verified:
%1</translation>
    </message>
    <message>
        <source>Former communes merged; chain head %1.</source>
        <translation>Former communes merged; chain head %1.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The backup has a leader account %1; your current password may not open it (changed since, or another agency&apos;s backup). Type the password the account had when the backup was made: the restore goes ahead only if it opens that account, and afterwards you log in with it.</source>
        <translation>The backup has a leader account %1; your current password may not open it (changed since, or another agency&apos;s backup). Type the password the account had when the backup was made: the restore goes ahead only if it opens that account, and afterwards you log in with it.</translation>
    </message>
    <message>
        <source>The backup was restored. The data in use before was kept as:
%1

The application will now close; open it again.</source>
        <translation>The backup was restored. The data in use before was kept as:
%1

The application will now close; open it again.</translation>
    </message>
    <message>
        <source>User: %1 — %2</source>
        <translation>User: %1 — %2</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Still working:
%1

Stop it and close? What it has not finished is undone (nothing half-written is kept).</source>
        <translation>Still working:
%1

Stop it and close? What it has not finished is undone (nothing half-written is kept).</translation>
    </message>
    <message>
        <source>Close QMS Desktop</source>
        <translation>Close QMS Desktop</translation>
    </message>
    <message>
        <source>Stopping and undoing the unfinished work… QMS Desktop closes when it is done.</source>
        <translation>Stopping and undoing the unfinished work… QMS Desktop closes when it is done.</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Report %1 sent</source>
        <translation>Report %1 sent</translation>
    </message>
    <message>
        <source>The day report %1 was sent (to %2). Once recorded it cannot be changed: enter the day it really went, not the day you record it.</source>
        <translation>The day report %1 was sent (to %2). Once recorded it cannot be changed: enter the day it really went, not the day you record it.</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
</context>
<context>
    <name>MasterDetailPage</name>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>TTHC</source>
        <translation>TTHC</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Procedure versions</source>
        <translation>Procedure versions</translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation>Procedure steps</translation>
    </message>
    <message>
        <source>Procedure–TTHC links</source>
        <translation>Procedure–TTHC links</translation>
    </message>
    <message>
        <source>Amendment lines</source>
        <translation>Amendment lines</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <source>Announcement scope links</source>
        <translation>Announcement scope links</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <source>Quality policies</source>
        <translation>Quality policies</translation>
    </message>
    <message>
        <source>Quality objectives</source>
        <translation>Quality objectives</translation>
    </message>
    <message>
        <source>Objective results</source>
        <translation>Objective results</translation>
    </message>
    <message>
        <source>Audit programmes</source>
        <translation>Audit programmes</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>Internal audits</translation>
    </message>
    <message>
        <source>Audit team members</source>
        <translation>Audit team members</translation>
    </message>
    <message>
        <source>Audited units</source>
        <translation>Audited units</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Audit findings</translation>
    </message>
    <message>
        <source>External inspections</source>
        <translation>External inspections</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Nonconformities</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Management reviews</translation>
    </message>
    <message>
        <source>Review inputs</source>
        <translation>Review inputs</translation>
    </message>
    <message>
        <source>Review outputs</source>
        <translation>Review outputs</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Risks and opportunities</source>
        <translation>Risks and opportunities</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Improvements</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <source>Service statistics</source>
        <translation>Service statistics</translation>
    </message>
    <message>
        <source>Statistics per field</source>
        <translation>Statistics per field</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Report exports</source>
        <translation>Report exports</translation>
    </message>
    <message>
        <source>Outgoing document numbers</source>
        <translation>Outgoing document numbers</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Earlier merges</source>
        <translation>Earlier merges</translation>
    </message>
    <message>
        <source>Earlier merges (provenance)</source>
        <translation>Earlier merges (provenance)</translation>
    </message>
    <message>
        <source>Earlier merges (history)</source>
        <translation>Earlier merges (history)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Renumbered</source>
        <translation>Renumbered</translation>
    </message>
    <message>
        <source>Added to the figures here</source>
        <translation>Added to the figures here</translation>
    </message>
    <message>
        <source>Kept as provenance</source>
        <translation>Kept as provenance</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>To decide</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>The merge was refused.</source>
        <translation>The merge was refused.</translation>
    </message>
    <message>
        <source>This is a receiving office&apos;s database: former communes are merged into the new commune&apos;s own database, not into the office&apos;s.</source>
        <translation>This is a receiving office&apos;s database: former communes are merged into the new commune&apos;s own database, not into the office&apos;s.</translation>
    </message>
    <message>
        <source>The database is on the office&apos;s server: merge the former communes into the new commune&apos;s file on this computer first, then move that file to the server (qms migrate-db).</source>
        <translation>The database is on the office&apos;s server: merge the former communes into the new commune&apos;s file on this computer first, then move that file to the server (qms migrate-db).</translation>
    </message>
    <message>
        <source>{file}: this is the new commune&apos;s own database (or a copy of it), not a former commune&apos;s.</source>
        <translation>{file}: this is the new commune&apos;s own database (or a copy of it), not a former commune&apos;s.</translation>
    </message>
    <message>
        <source>{file}: the same commune&apos;s database as {other} (given twice).</source>
        <translation>{file}: the same commune&apos;s database as {other} (given twice).</translation>
    </message>
    <message>
        <source>{file}: {name} was already merged on {date} at chain head {old}; this copy has changed since (chain head {new}). Merging it again would duplicate its records: enter what was recorded there since {date} here by hand (its change history lists it).</source>
        <translation>{file}: {name} was already merged on {date} at chain head {old}; this copy has changed since (chain head {new}). Merging it again would duplicate its records: enter what was recorded there since {date} here by hand (its change history lists it).</translation>
    </message>
    <message>
        <source>{file}: {name} is already in the new commune&apos;s data (it was merged into a former commune merged here). Merging it again would duplicate its records.</source>
        <translation>{file}: {name} is already in the new commune&apos;s data (it was merged into a former commune merged here). Merging it again would duplicate its records.</translation>
    </message>
    <message>
        <source>{file} holds the records of {name}, merged into it before, which are already in the new commune&apos;s data: merging it would duplicate them.</source>
        <translation>{file} holds the records of {name}, merged into it before, which are already in the new commune&apos;s data: merging it would duplicate them.</translation>
    </message>
    <message>
        <source>{file} holds the records of {name}, merged into it before, which {other} brings too: merge only one of the two files that hold them.</source>
        <translation>{file} holds the records of {name}, merged into it before, which {other} brings too: merge only one of the two files that hold them.</translation>
    </message>
    <message>
        <source>{file} is a folder: choose the former commune&apos;s database file (.sqlite) in it.</source>
        <translation>{file} is a folder: choose the former commune&apos;s database file (.sqlite) in it.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: the file does not exist.</translation>
    </message>
    <message>
        <source>{file}: this is the database in use, not a former commune&apos;s.</source>
        <translation>{file}: this is the database in use, not a former commune&apos;s.</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a QMS Desktop database or backup.</source>
        <translation>{file} is not a QMS Desktop database or backup.</translation>
    </message>
    <message>
        <source>{file} is damaged (SQLite integrity check: {detail}).</source>
        <translation>{file} is damaged (SQLite integrity check: {detail}).</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read ({reason}).</source>
        <translation>{file} is damaged and cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of QMS Desktop (schema {schema}); update this application before merging it.</source>
        <translation>{file} was written by a newer version of QMS Desktop (schema {schema}); update this application before merging it.</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be brought to this version&apos;s schema ({reason}).</source>
        <translation>{file} cannot be brought to this version&apos;s schema ({reason}).</translation>
    </message>
    <message>
        <source>{file} fails the check: {problem}</source>
        <translation>{file} fails the check: {problem}</translation>
    </message>
    <message>
        <source>{file} is a receiving office&apos;s database ({name}), not a former commune&apos;s.</source>
        <translation>{file} is a receiving office&apos;s database ({name}), not a former commune&apos;s.</translation>
    </message>
    <message>
        <source>{file} has no agency profile: it is not a commune&apos;s database.</source>
        <translation>{file} has no agency profile: it is not a commune&apos;s database.</translation>
    </message>
    <message>
        <source>--prefix-rule: give &apos;initials&apos;, &apos;name&apos; or one prefix per source file, separated by commas ({n} files).</source>
        <translation>--prefix-rule: give &apos;initials&apos;, &apos;name&apos; or one prefix per source file, separated by commas ({n} files).</translation>
    </message>
    <message>
        <source>{source}: TTHC {label} has the name of {candidate}, which {other} brings in this merge, but another code; say whether it is the same TTHC (--tthc-by-name merge or separate, or choose in the wizard).</source>
        <translation>{source}: TTHC {label} has the name of {candidate}, which {other} brings in this merge, but another code; say whether it is the same TTHC (--tthc-by-name merge or separate, or choose in the wizard).</translation>
    </message>
    <message>
        <source>{source}: TTHC {label} has the name of {candidate} here but another code; say whether it is the same TTHC (--tthc-by-name merge or separate, or choose in the wizard).</source>
        <translation>{source}: TTHC {label} has the name of {candidate} here but another code; say whether it is the same TTHC (--tthc-by-name merge or separate, or choose in the wizard).</translation>
    </message>
    <message>
        <source>This version cannot merge table {table}: it has no merge rule (a programming error; nothing was written).</source>
        <translation>This version cannot merge table {table}: it has no merge rule (a programming error; nothing was written).</translation>
    </message>
    <message>
        <source>it belongs to a record that is not merged as a record ({table} {id}).</source>
        <translation>it belongs to a record that is not merged as a record ({table} {id}).</translation>
    </message>
    <message>
        <source>the new commune already has one with the same {columns}; the former one is kept as provenance.</source>
        <translation>the new commune already has one with the same {columns}; the former one is kept as provenance.</translation>
    </message>
    <message>
        <source>its record ({kind}) is kept as provenance, so the file is too.</source>
        <translation>its record ({kind}) is kept as provenance, so the file is too.</translation>
    </message>
    <message>
        <source>the former commune&apos;s profile is recorded with its provenance; the new commune&apos;s profile stays.</source>
        <translation>the former commune&apos;s profile is recorded with its provenance; the new commune&apos;s profile stays.</translation>
    </message>
    <message>
        <source>sent under the former commune&apos;s name: kept with its provenance (printable from its frozen content), not a report of the new commune.</source>
        <translation>sent under the former commune&apos;s name: kept with its provenance (printable from its frozen content), not a report of the new commune.</translation>
    </message>
    <message>
        <source>the new commune&apos;s settings apply; the former setting is kept as provenance.</source>
        <translation>the new commune&apos;s settings apply; the former setting is kept as provenance.</translation>
    </message>
    <message>
        <source>a number of the former office&apos;s register of outgoing documents; kept as provenance.</source>
        <translation>a number of the former office&apos;s register of outgoing documents; kept as provenance.</translation>
    </message>
    <message>
        <source>an export of a former report; kept with it.</source>
        <translation>an export of a former report; kept with it.</translation>
    </message>
    <message>
        <source>kept as provenance of the former commune.</source>
        <translation>kept as provenance of the former commune.</translation>
    </message>
    <message>
        <source>a draft of the former commune, never finalised or sent: kept as provenance, not a report of the new commune.</source>
        <translation>a draft of the former commune, never finalised or sent: kept as provenance, not a report of the new commune.</translation>
    </message>
    <message>
        <source>former account: not imported (it cannot log in here); its name is kept for the history.</source>
        <translation>former account: not imported (it cannot log in here); its name is kept for the history.</translation>
    </message>
    <message>
        <source>the former commune&apos;s signing key: its fingerprint is kept as provenance; the new commune signs with its own key, and the private key is not imported.</source>
        <translation>the former commune&apos;s signing key: its fingerprint is kept as provenance; the new commune signs with its own key, and the private key is not imported.</translation>
    </message>
    <message>
        <source>a receiving office&apos;s record: not part of a commune&apos;s records, not imported.</source>
        <translation>a receiving office&apos;s record: not part of a commune&apos;s records, not imported.</translation>
    </message>
    <message>
        <source>same name as {name} here: merged, but the former record says more (steering committee, internal auditor or certificate) than the one here, which is kept as it is: check the person after the merge.</source>
        <translation>same name as {name} here: merged, but the former record says more (steering committee, internal auditor or certificate) than the one here, which is kept as it is: check the person after the merge.</translation>
    </message>
    <message>
        <source>same name as {name}, brought in by another former commune in this merge: merged.</source>
        <translation>same name as {name}, brought in by another former commune in this merge: merged.</translation>
    </message>
    <message>
        <source>same name as {name} here: merged.</source>
        <translation>same name as {name} here: merged.</translation>
    </message>
    <message>
        <source>kept separate from {name} here, as {new}.</source>
        <translation>kept separate from {name} here, as {new}.</translation>
    </message>
    <message>
        <source>kept separate from {name}, brought in by another former commune in this merge, as {new}.</source>
        <translation>kept separate from {name}, brought in by another former commune in this merge, as {new}.</translation>
    </message>
    <message>
        <source>kept separate from {name} here.</source>
        <translation>kept separate from {name} here.</translation>
    </message>
    <message>
        <source>kept separate from {name}, brought in by another former commune in this merge.</source>
        <translation>kept separate from {name}, brought in by another former commune in this merge.</translation>
    </message>
    <message>
        <source>the new commune&apos;s record for the same {columns} is used, although it is not approved and the former one was (by {by}): check it after the merge.</source>
        <translation>the new commune&apos;s record for the same {columns} is used, although it is not approved and the former one was (by {by}): check it after the merge.</translation>
    </message>
    <message>
        <source>the new commune&apos;s record for the same {columns} is used.</source>
        <translation>the new commune&apos;s record for the same {columns} is used.</translation>
    </message>
    <message>
        <source>the record for the same {columns} that another former commune brings in this merge is used.</source>
        <translation>the record for the same {columns} that another former commune brings in this merge is used.</translation>
    </message>
    <message>
        <source>the figures are added to the new commune&apos;s record of the same period; the former commune&apos;s own figures stay in its provenance.</source>
        <translation>the figures are added to the new commune&apos;s record of the same period; the former commune&apos;s own figures stay in its provenance.</translation>
    </message>
    <message>
        <source>same national code {code}: merged.</source>
        <translation>same national code {code}: merged.</translation>
    </message>
    <message>
        <source>same name as TTHC {other} here (code {code} there): merged, as chosen.</source>
        <translation>same name as TTHC {other} here (code {code} there): merged, as chosen.</translation>
    </message>
    <message>
        <source>same name as TTHC {other} here, another code: is it the same TTHC?</source>
        <translation>same name as TTHC {other} here, another code: is it the same TTHC?</translation>
    </message>
    <message>
        <source>same name as TTHC {other}, brought in by another former commune in this merge, another code: is it the same TTHC?</source>
        <translation>same name as TTHC {other}, brought in by another former commune in this merge, another code: is it the same TTHC?</translation>
    </message>
    <message>
        <source>temporary code {old} is taken here by another TTHC: renumbered {new}.</source>
        <translation>temporary code {old} is taken here by another TTHC: renumbered {new}.</translation>
    </message>
    <message>
        <source>code {old} is taken here: renumbered {new} (the old code stays searchable).</source>
        <translation>code {old} is taken here: renumbered {new} (the old code stays searchable).</translation>
    </message>
    <message>
        <source>number {old} is already in the book here for its year: written {new} (the former number stays in the provenance).</source>
        <translation>number {old} is already in the book here for its year: written {new} (the former number stays in the provenance).</translation>
    </message>
    <message>
        <source>keeps number {new} in the new commune&apos;s register.</source>
        <translation>keeps number {new} in the new commune&apos;s register.</translation>
    </message>
    <message>
        <source>number {old} becomes {new} in the new commune&apos;s register (the old number is kept as a reference).</source>
        <translation>number {old} becomes {new} in the new commune&apos;s register (the old number is kept as a reference).</translation>
    </message>
    <message>
        <source>The new commune&apos;s data changed since the preview; look at the preview again.</source>
        <translation>The new commune&apos;s data changed since the preview; look at the preview again.</translation>
    </message>
    <message>
        <source>{file}: a stored file is damaged (checksum mismatch); nothing was merged.</source>
        <translation>{file}: a stored file is damaged (checksum mismatch); nothing was merged.</translation>
    </message>
</context>
<context>
    <name>MergeWizard</name>
    <message>
        <source>Merge the former communes&apos; data</source>
        <translation>Merge the former communes&apos; data</translation>
    </message>
    <message>
        <source>Back up and &amp;merge</source>
        <translation>Back up and &amp;merge</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Administrative procedures</source>
        <translation>Administrative procedures</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <source>Policy and objectives</source>
        <translation>Policy and objectives</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>Internal audits</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Nonconformities and corrective actions</translation>
    </message>
    <message>
        <source>External inspections</source>
        <translation>External inspections</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Management reviews</translation>
    </message>
    <message>
        <source>Service statistics</source>
        <translation>Service statistics</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Other records</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
</context>
<context>
    <name>NcsPage</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>&amp;New nonconformity…</source>
        <translation>&amp;New nonconformity…</translation>
    </message>
    <message>
        <source>&amp;Close nonconformity…</source>
        <translation>&amp;Close nonconformity…</translation>
    </message>
    <message>
        <source>Close: only after every action is done and verified as effective.</source>
        <translation>Close: only after every action is done and verified as effective.</translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <translation>Cance&amp;l…</translation>
    </message>
    <message>
        <source>Open a&amp;udit</source>
        <translation>Open a&amp;udit</translation>
    </message>
    <message>
        <source>Corrective action request form</source>
        <translation>Corrective action request form</translation>
    </message>
    <message>
        <source>&amp;Description and cause</source>
        <translation>&amp;Description and cause</translation>
    </message>
    <message>
        <source>Corrective ac&amp;tions</source>
        <translation>Corrective ac&amp;tions</translation>
    </message>
    <message>
        <source>V&amp;erification</source>
        <translation>V&amp;erification</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>F&amp;iles</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Immediate correction</source>
        <translation>Immediate correction</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>Clause:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <source>N&amp;o due date</source>
        <translation>N&amp;o due date</translation>
    </message>
    <message>
        <source>Empty the due date; “Save changes” then removes it.</source>
        <translation>Empty the due date; “Save changes” then removes it.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>&amp;Add action…</translation>
    </message>
    <message>
        <source>Edit acti&amp;on…</source>
        <translation>Edit acti&amp;on…</translation>
    </message>
    <message>
        <source>Change the description, owner or due date of the selected action.</source>
        <translation>Change the description, owner or due date of the selected action.</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>&amp;Mark done…</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Record verification</source>
        <translation>&amp;Record verification</translation>
    </message>
    <message>
        <source>Select a nonconformity in the list, or record one with “New nonconformity…”.</source>
        <translation>Select a nonconformity in the list, or record one with “New nonconformity…”.</translation>
    </message>
    <message>
        <source>Nonconformity %1 — %2</source>
        <translation>Nonconformity %1 — %2</translation>
    </message>
    <message>
        <source>detected %1</source>
        <translation>detected %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <source>a corrective action overdue since %1</source>
        <translation>a corrective action overdue since %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <source>verified as effective on %1: it can be closed</source>
        <translation>verified as effective on %1: it can be closed</translation>
    </message>
    <message>
        <source>verified NOT effective on %1: new actions needed</source>
        <translation>verified NOT effective on %1: new actions needed</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>cancelled: %1</translation>
    </message>
    <message>
        <source>former number %1 (%2)</source>
        <translation>former number %1 (%2)</translation>
    </message>
    <message>
        <source>former number %1</source>
        <translation>former number %1</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>effective</translation>
    </message>
    <message>
        <source>NOT effective: new actions needed</source>
        <translation>NOT effective: new actions needed</translation>
    </message>
    <message>
        <source>Effective: the corrective actions removed the cause</source>
        <translation>Effective: the corrective actions removed the cause</translation>
    </message>
    <message>
        <source>— choose the result —</source>
        <translation>— choose the result —</translation>
    </message>
    <message>
        <source>Last verification: %1 on %2 — %3. %4</source>
        <translation>Last verification: %1 on %2 — %3. %4</translation>
    </message>
    <message>
        <source>Not verified yet. Verify once every corrective action is done.</source>
        <translation>Not verified yet. Verify once every corrective action is done.</translation>
    </message>
    <message>
        <source>The description or root cause was changed but not saved. Leave without saving?</source>
        <translation>The description or root cause was changed but not saved. Leave without saving?</translation>
    </message>
    <message>
        <source>The verification was filled in but not recorded. Leave without recording it?</source>
        <translation>The verification was filled in but not recorded. Leave without recording it?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Close nonconformity %1? A closed nonconformity can no longer change.</source>
        <translation>Close nonconformity %1? A closed nonconformity can no longer change.</translation>
    </message>
    <message>
        <source>Cancel nonconformity %1? Its number stays taken and it can no longer change.</source>
        <translation>Cancel nonconformity %1? Its number stays taken and it can no longer change.</translation>
    </message>
    <message>
        <source>Cancel nonconformity</source>
        <translation>Cancel nonconformity</translation>
    </message>
    <message>
        <source>Reason for cancelling (Hủy):</source>
        <translation>Reason for cancelling (Hủy):</translation>
    </message>
</context>
<context>
    <name>NewNcDialog</name>
    <message>
        <source>New nonconformity</source>
        <translation>New nonconformity</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Detected on</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>e.g. 8.5.1</source>
        <translation>e.g. 8.5.1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Immediate correction</source>
        <translation>Immediate correction</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>Proposed from the register of outgoing documents; type the number the clerk gives if it differs.</source>
        <translation>Proposed from the register of outgoing documents; type the number the clerk gives if it differs.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Number (Số)</source>
        <translation>Number (Số)</translation>
    </message>
    <message>
        <source>printed as: Số: %1</source>
        <translation>printed as: Số: %1</translation>
    </message>
    <message>
        <source>Report on %1 — due %2</source>
        <translation>Report on %1 — due %2</translation>
    </message>
    <message numerus="yes">
        <source>Not finalised yet, %n day(s) late.</source>
        <translation>
            <numerusform>Not finalised yet, %n day late.</numerusform>
            <numerusform>Not finalised yet, %n days late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report due now: due in %n day(s).</source>
        <translation>
            <numerusform>The report due now: due in %n day.</numerusform>
            <numerusform>The report due now: due in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report due now: its deadline is today.</source>
        <translation>The report due now: its deadline is today.</translation>
    </message>
    <message numerus="yes">
        <source>The report due now: not finalised yet, %n day(s) late.</source>
        <translation>
            <numerusform>The report due now: not finalised yet, %n day late.</numerusform>
            <numerusform>The report due now: not finalised yet, %n days late.</numerusform>
        </translation>
    </message>
    <message>
        <source>This period was already reported; to change that report, make a corrected version of it.</source>
        <translation>This period was already reported; to change that report, make a corrected version of it.</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>New management review</source>
        <translation>New management review</translation>
    </message>
    <message>
        <source>The inputs of ISO 9001:2015 §9.3.2 are drafted from the records (audits, nonconformities, statistics, objectives…); you can edit each of them afterwards.</source>
        <translation>The inputs of ISO 9001:2015 §9.3.2 are drafted from the records (audits, nonconformities, statistics, objectives…); you can edit each of them afterwards.</translation>
    </message>
    <message>
        <source>Edit the management review</source>
        <translation>Edit the management review</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>e.g. the chairman of the commune</source>
        <translation>e.g. the chairman of the commune</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>who takes the minutes</source>
        <translation>who takes the minutes</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Meeting room of the People&apos;s Committee</source>
        <translation>Meeting room of the People&apos;s Committee</translation>
    </message>
</context>
<context>
    <name>ObjectivesPage</name>
    <message>
        <source>Results of the selected objective</source>
        <translation>Results of the selected objective</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record &amp;a result…</source>
        <translation>Record &amp;a result…</translation>
    </message>
    <message>
        <source>The selected policy</source>
        <translation>The selected policy</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Not achieved</translation>
    </message>
</context>
<context>
    <name>OriginFilter</name>
    <message>
        <source>Show only the records of one former commune merged into this one, or those written here</source>
        <translation>Show only the records of one former commune merged into this one, or those written here</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>All origins</translation>
    </message>
    <message>
        <source>Written here</source>
        <translation>Written here</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Replaces an earlier version</source>
        <translation>Replaces an earlier version</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Already received</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <source>Output of the review</source>
        <translation>Output of the review</translation>
    </message>
    <message>
        <source>Edit output of the review</source>
        <translation>Edit output of the review</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Decision or action</source>
        <translation>Decision or action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Person or unit responsible</source>
        <translation>Person or unit responsible</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>OutputDoneDialog</name>
    <message>
        <source>Output done</source>
        <translation>Output done</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} does not exist.</translation>
    </message>
    <message>
        <source>{name} is damaged or was not copied completely (a copy interrupted, a USB stick pulled out): copy it again, or ask the commune to send it again.</source>
        <translation>{name} is damaged or was not copied completely (a copy interrupted, a USB stick pulled out): copy it again, or ask the commune to send it again.</translation>
    </message>
    <message>
        <source>{name} is not a report package (not a readable ZIP file).</source>
        <translation>{name} is not a report package (not a readable ZIP file).</translation>
    </message>
    <message>
        <source>{name} holds the same file twice.</source>
        <translation>{name} holds the same file twice.</translation>
    </message>
    <message>
        <source>{name} is not a QMS Desktop report package: it holds none of a package&apos;s files (a ZIP of something else).</source>
        <translation>{name} is not a QMS Desktop report package: it holds none of a package&apos;s files (a ZIP of something else).</translation>
    </message>
    <message>
        <source>{name} is incomplete: {part} is missing.</source>
        <translation>{name} is incomplete: {part} is missing.</translation>
    </message>
    <message>
        <source>{name} contains an unexpected file: {part}.</source>
        <translation>{name} contains an unexpected file: {part}.</translation>
    </message>
    <message>
        <source>{name}: {part} is too large.</source>
        <translation>{name}: {part} is too large.</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} cannot be read.</source>
        <translation>{name} is damaged: {part} cannot be read.</translation>
    </message>
    <message>
        <source>{name}: the manifest cannot be read.</source>
        <translation>{name}: the manifest cannot be read.</translation>
    </message>
    <message>
        <source>{name} is not a QMS Desktop report package.</source>
        <translation>{name} is not a QMS Desktop report package.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of QMS Desktop; update to read it.</source>
        <translation>{name} was made by a newer version of QMS Desktop; update to read it.</translation>
    </message>
    <message>
        <source>{name}: the manifest names no valid Ed25519 key or the signature is malformed.</source>
        <translation>{name}: the manifest names no valid Ed25519 key or the signature is malformed.</translation>
    </message>
    <message>
        <source>{name}: the signature does not match the manifest and the key it names (the package was changed or signed with another key).</source>
        <translation>{name}: the signature does not match the manifest and the key it names (the package was changed or signed with another key).</translation>
    </message>
    <message>
        <source>{name}: the fingerprint written in the manifest is not that of its key.</source>
        <translation>{name}: the fingerprint written in the manifest is not that of its key.</translation>
    </message>
    <message>
        <source>{name} was signed with key {actual}, not with the expected key {expected}.</source>
        <translation>{name} was signed with key {actual}, not with the expected key {expected}.</translation>
    </message>
    <message>
        <source>{name}: the manifest does not list exactly the report files.</source>
        <translation>{name}: the manifest does not list exactly the report files.</translation>
    </message>
    <message>
        <source>{name}: {part} was changed after signing (its SHA-256 does not match the manifest).</source>
        <translation>{name}: {part} was changed after signing (its SHA-256 does not match the manifest).</translation>
    </message>
    <message>
        <source>{name}: report.json cannot be read.</source>
        <translation>{name}: report.json cannot be read.</translation>
    </message>
    <message>
        <source>{name}: report.json does not match the manifest.</source>
        <translation>{name}: report.json does not match the manifest.</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>first six months of {year}</source>
        <translation>first six months of {year}</translation>
    </message>
    <message>
        <source>the year {year}</source>
        <translation>the year {year}</translation>
    </message>
</context>
<context>
    <name>PlanAuditDialog</name>
    <message>
        <source>Plan an internal audit</source>
        <translation>Plan an internal audit</translation>
    </message>
    <message>
        <source>Edit the audit plan</source>
        <translation>Edit the audit plan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Lead auditor</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Audit team</translation>
    </message>
    <message>
        <source>Units audited</source>
        <translation>Units audited</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <source>No staff member is marked as internal auditor yet (Settings → staff).</source>
        <translation>No staff member is marked as internal auditor yet (Settings → staff).</translation>
    </message>
    <message>
        <source>%1 cannot audit his or her own unit (%2). Choose another auditor or unit.</source>
        <translation>%1 cannot audit his or her own unit (%2). Choose another auditor or unit.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Criteria:</translation>
    </message>
    <message>
        <source>Units audited:</source>
        <translation>Units audited:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Approval:</translation>
    </message>
    <message>
        <source>Edi&amp;t plan…</source>
        <translation>Edi&amp;t plan…</translation>
    </message>
    <message>
        <source>Record as h&amp;eld…</source>
        <translation>Record as h&amp;eld…</translation>
    </message>
    <message>
        <source>&amp;Approve report…</source>
        <translation>&amp;Approve report…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel audit…</source>
        <translation>Ca&amp;ncel audit…</translation>
    </message>
    <message>
        <source>Audit plan</source>
        <translation>Audit plan</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Audit report</translation>
    </message>
    <message>
        <source>Only a leader (lãnh đạo) approves the report.</source>
        <translation>Only a leader (lãnh đạo) approves the report.</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <source>held %1</source>
        <translation>held %1</translation>
    </message>
    <message>
        <source>(lead)</source>
        <translation>(lead)</translation>
    </message>
    <message>
        <source>not yet held</source>
        <translation>not yet held</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>not yet approved</source>
        <translation>not yet approved</translation>
    </message>
</context>
<context>
    <name>PredecessorsDialog</name>
    <message>
        <source>Former communes merged into this one</source>
        <translation>Former communes merged into this one</translation>
    </message>
    <message>
        <source>&amp;Former communes</source>
        <translation>&amp;Former communes</translation>
    </message>
    <message>
        <source>Figures &amp;per former commune</source>
        <translation>Figures &amp;per former commune</translation>
    </message>
    <message>
        <source>Their &amp;reports</source>
        <translation>Their &amp;reports</translation>
    </message>
    <message>
        <source>Each former commune&apos;s change history is kept as it was, ending at the chain head shown here; the merge itself is in this database&apos;s history with that head, and the reports exported from now on list the former communes (name, key fingerprint, chain head) for the receiving office.</source>
        <translation>Each former commune&apos;s change history is kept as it was, ending at the chain head shown here; the merge itself is in this database&apos;s history with that head, and the reports exported from now on list the former communes (name, key fingerprint, chain head) for the receiving office.</translation>
    </message>
    <message>
        <source>No former commune has been merged into this database (File → Merge the former communes&apos; data…).</source>
        <translation>No former commune has been merged into this database (File → Merge the former communes&apos; data…).</translation>
    </message>
    <message>
        <source>Second six months of %1</source>
        <translation>Second six months of %1</translation>
    </message>
    <message>
        <source>First six months of %1</source>
        <translation>First six months of %1</translation>
    </message>
    <message>
        <source>The year %1</source>
        <translation>The year %1</translation>
    </message>
    <message>
        <source>Whole commune</source>
        <translation>Whole commune</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Figures per former commune — %1</source>
        <translation>Figures per former commune — %1</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Statistics of the same period were added together when merged; each former commune&apos;s own figures are split back here, and “%1” is what was recorded in this database. Nonconformities are counted by their dates, as in the report.</source>
        <translation>Statistics of the same period were added together when merged; each former commune&apos;s own figures are split back here, and “%1” is what was recorded in this database. Nonconformities are counted by their dates, as in the report.</translation>
    </message>
    <message>
        <source>&amp;Show the report as it was sent…</source>
        <translation>&amp;Show the report as it was sent…</translation>
    </message>
    <message>
        <source>Report of %1 — %2</source>
        <translation>Report of %1 — %2</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>nonconformities past their due date</source>
        <translation>nonconformities past their due date</translation>
    </message>
    <message>
        <source>actions past their due date</source>
        <translation>actions past their due date</translation>
    </message>
    <message>
        <source>quality objectives not met</source>
        <translation>quality objectives not met</translation>
    </message>
    <message>
        <source>legal changes not built in after 3 months</source>
        <translation>legal changes not built in after 3 months</translation>
    </message>
    <message>
        <source>the scope changed: announce again</source>
        <translation>the scope changed: announce again</translation>
    </message>
    <message>
        <source>the QMS has not been announced</source>
        <translation>the QMS has not been announced</translation>
    </message>
    <message>
        <source>TTHC in scope without a procedure</source>
        <translation>TTHC in scope without a procedure</translation>
    </message>
    <message>
        <source>no management review in 12 months</source>
        <translation>no management review in 12 months</translation>
    </message>
    <message>
        <source>months without statistics</source>
        <translation>months without statistics</translation>
    </message>
    <message>
        <source>The chairman&apos;s name is not set in the agency profile: the report would carry no signer&apos;s name. Fill in the agency profile (Settings, or qms agency set --head-name).</source>
        <translation>The chairman&apos;s name is not set in the agency profile: the report would carry no signer&apos;s name. Fill in the agency profile (Settings, or qms agency set --head-name).</translation>
    </message>
    <message>
        <source>The chairman&apos;s title is not set in the agency profile.</source>
        <translation>The chairman&apos;s title is not set in the agency profile.</translation>
    </message>
    <message>
        <source>The report is dated {date}, after today ({today}): a report is finalised and signed on or after its date. Date it today, or finalise it on {date}.</source>
        <translation>The report is dated {date}, after today ({today}): a report is finalised and signed on or after its date. Date it today, or finalise it on {date}.</translation>
    </message>
    <message>
        <source>The period starts on {start}, after {date}: there are no figures of it to report yet.</source>
        <translation>The period starts on {start}, after {date}: there are no figures of it to report yet.</translation>
    </message>
    <message>
        <source>The period ends on {end}; on {date} it has not ended yet: the report would claim the whole period&apos;s figures. State the day the figures run to (số liệu tính đến ngày …) or finalise after the period.</source>
        <translation>The period ends on {end}; on {date} it has not ended yet: the report would claim the whole period&apos;s figures. State the day the figures run to (số liệu tính đến ngày …) or finalise after the period.</translation>
    </message>
    <message>
        <source>The figures are stated up to {as_of}, after the report&apos;s date {date}.</source>
        <translation>The figures are stated up to {as_of}, after the report&apos;s date {date}.</translation>
    </message>
    <message>
        <source>{count} record(s) no longer match the change history (changed, added or deleted outside the application), or the history itself was altered: a report built on them would not be true. Open Change history → Check integrity (or run qms check) to see them, then restore the last good backup.</source>
        <translation>{count} record(s) no longer match the change history (changed, added or deleted outside the application), or the history itself was altered: a report built on them would not be true. Open Change history → Check integrity (or run qms check) to see them, then restore the last good backup.</translation>
    </message>
    <message>
        <source>The report says to whom it is sent nowhere (Kính gửi is empty), while its list of recipients says “Như trên”: type the recipient on the report (default in Settings).</source>
        <translation>The report says to whom it is sent nowhere (Kính gửi is empty), while its list of recipients says “Như trên”: type the recipient on the report (default in Settings).</translation>
    </message>
    <message>
        <source>Part III (shortcomings and causes) is empty while the report itself lists problems: {problems}. Write them before signing.</source>
        <translation>Part III (shortcomings and causes) is empty while the report itself lists problems: {problems}. Write them before signing.</translation>
    </message>
    <message>
        <source>The report is dated {date}, but its number {number} was taken from the register of {year}: numbers run from 01 each calendar year, so finalising gives it the next number of {new_year}, {new_number}.</source>
        <translation>The report is dated {date}, but its number {number} was taken from the register of {year}: numbers run from 01 each calendar year, so finalising gives it the next number of {new_year}, {new_number}.</translation>
    </message>
    <message>
        <source>Part IV (plans for the next period) is empty while the report lists problems: {problems}.</source>
        <translation>Part IV (plans for the next period) is empty while the report lists problems: {problems}.</translation>
    </message>
    <message>
        <source>Part V (proposals) is empty while the report lists problems: {problems}.</source>
        <translation>Part V (proposals) is empty while the report lists problems: {problems}.</translation>
    </message>
    <message>
        <source>No service statistics cover {months} of the period; the report says so and its totals leave them out.</source>
        <translation>No service statistics cover {months} of the period; the report says so and its totals leave them out.</translation>
    </message>
    <message>
        <source>The statistics per field are missing, or do not add up to the totals, for: {periods}.</source>
        <translation>The statistics per field are missing, or do not add up to the totals, for: {periods}.</translation>
    </message>
    <message>
        <source>{count} of {total} quality objectives have no result for this period.</source>
        <translation>{count} of {total} quality objectives have no result for this period.</translation>
    </message>
    <message>
        <source>No ISO steering committee member is recorded (Part II.1): mark them in Staff, or type the statement on the report.</source>
        <translation>No ISO steering committee member is recorded (Part II.1): mark them in Staff, or type the statement on the report.</translation>
    </message>
    <message>
        <source>No record shows the units&apos; participation (no procedure in force with an owning unit, no unit audited in the period): type the statement on the report, or acknowledge.</source>
        <translation>No record shows the units&apos; participation (no procedure in force with an owning unit, no unit audited in the period): type the statement on the report, or acknowledge.</translation>
    </message>
    <message>
        <source>No management review of the last 12 months records the chairman&apos;s conclusion on the QMS&apos;s effectiveness (Part II.2): record it on the review, or type the statement on the report.</source>
        <translation>No management review of the last 12 months records the chairman&apos;s conclusion on the QMS&apos;s effectiveness (Part II.2): record it on the review, or type the statement on the report.</translation>
    </message>
    <message>
        <source>Whether a consultant was chosen (Part II.6) is not recorded: set it in Settings, or type the statement on the report.</source>
        <translation>Whether a consultant was chosen (Part II.6) is not recorded: set it in Settings, or type the statement on the report.</translation>
    </message>
    <message>
        <source>The latest announcement is not recorded as posted on the website {website}.</source>
        <translation>The latest announcement is not recorded as posted on the website {website}.</translation>
    </message>
    <message>
        <source>The objective “{objective}” has {value} typed as its result, but the service statistics of the period give an on-time rate of {rate}: the report would print both. Correct the objective&apos;s result, or the statistics.</source>
        <translation>The objective “{objective}” has {value} typed as its result, but the service statistics of the period give an on-time rate of {rate}: the report would print both. Correct the objective&apos;s result, or the statistics.</translation>
    </message>
    <message>
        <source>Item 1(e) prints two counts of citizen feedback and petitions: {stats} in the service statistics, {book} in the petition book. Check that both are complete, or explain the difference in the report.</source>
        <translation>Item 1(e) prints two counts of citizen feedback and petitions: {stats} in the service statistics, {book} in the petition book. Check that both are complete, or explain the difference in the report.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Finalise report %1</source>
        <translation>Finalise report %1</translation>
    </message>
    <message>
        <source>Before the report is frozen and signed, check what it states. A refusal must be fixed first; each warning must be acknowledged, and the acknowledgement is recorded with your name (%1).</source>
        <translation>Before the report is frozen and signed, check what it states. A refusal must be fixed first; each warning must be acknowledged, and the acknowledgement is recorded with your name (%1).</translation>
    </message>
    <message>
        <source>I acknowledge this and sign the report as it stands</source>
        <translation>I acknowledge this and sign the report as it stands</translation>
    </message>
    <message>
        <source>I have read every warning above and acknowledge them all</source>
        <translation>I have read every warning above and acknowledge them all</translation>
    </message>
    <message>
        <source>Nothing to acknowledge: the report states what the records hold.</source>
        <translation>Nothing to acknowledge: the report states what the records hold.</translation>
    </message>
    <message>
        <source>Once finalised, the content is frozen: later changes to the records do not alter it, and a correction needs a new version.</source>
        <translation>Once finalised, the content is frozen: later changes to the records do not alter it, and a correction needs a new version.</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Finalise</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>The document could not be opened for preview.</source>
        <translation>The document could not be opened for preview.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>3. Preview</source>
        <translation>3. Preview</translation>
    </message>
    <message>
        <source>What the merge will do with every record of each former commune. Records keep their provenance (which former commune) and are shown with it; the history of each former commune is kept as it was.</source>
        <translation>What the merge will do with every record of each former commune. Records keep their provenance (which former commune) and are shown with it; the history of each former commune is kept as it was.</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>I have read the preview. Back up the data now in use, then merge (all in one transaction).</source>
        <translation>I have read the preview. Back up the data now in use, then merge (all in one transaction).</translation>
    </message>
    <message>
        <source>Former commune:</source>
        <translation>Former commune:</translation>
    </message>
    <message>
        <source>Will be merged into this database: %1. A verified backup of the data now in use is made first; then everything is written in one transaction, recorded in the change history with each former commune&apos;s chain head.</source>
        <translation>Will be merged into this database: %1. A verified backup of the data now in use is made first; then everything is written in one transaction, recorded in the change history with each former commune&apos;s chain head.</translation>
    </message>
    <message>
        <source>Already merged before (nothing to add): %1.</source>
        <translation>Already merged before (nothing to add): %1.</translation>
    </message>
    <message>
        <source>Nothing to merge.</source>
        <translation>Nothing to merge.</translation>
    </message>
    <message>
        <source>Decide first (Back): %1</source>
        <translation>Decide first (Back): %1</translation>
    </message>
    <message>
        <source>%1 · prefix %2 · chain head %3 · %4 history entries kept</source>
        <translation>%1 · prefix %2 · chain head %3 · %4 history entries kept</translation>
    </message>
    <message>
        <source>Select a line to read the whole reason.</source>
        <translation>Select a line to read the whole reason.</translation>
    </message>
    <message>
        <source>Merged %1 former commune(s). The data in use before was backed up to:
%2

New chain head: %3</source>
        <translation>Merged %1 former commune(s). The data in use before was backed up to:
%2

New chain head: %3</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Merging…</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>◀ Pr&amp;evious</source>
        <translation>◀ Pr&amp;evious</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>New procedure</source>
        <translation>New procedure</translation>
    </message>
    <message>
        <source>Edit procedure %1</source>
        <translation>Edit procedure %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>e.g. QT-01 or QT 02/CX-HCTP</source>
        <translation>e.g. QT-01 or QT 02/CX-HCTP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>e.g. Hộ tịch</source>
        <translation>e.g. Hộ tịch</translation>
    </message>
    <message>
        <source>Linked TTHC</source>
        <translation>Linked TTHC</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>Owner unit</translation>
    </message>
    <message>
        <source>Owner person</source>
        <translation>Owner person</translation>
    </message>
    <message>
        <source>The code is the procedure&apos;s reference and does not change.</source>
        <translation>The code is the procedure&apos;s reference and does not change.</translation>
    </message>
</context>
<context>
    <name>ProceduresPage</name>
    <message>
        <source>&amp;New procedure…</source>
        <translation>&amp;New procedure…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Cancel the procedure with a reason; nothing is deleted.</source>
        <translation>Cancel the procedure with a reason; nothing is deleted.</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>Show &amp;cancelled</translation>
    </message>
    <message>
        <source>Ve&amp;rsions</source>
        <translation>Ve&amp;rsions</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>S&amp;teps</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Legal basis</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>F&amp;iles</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure</numerusform>
            <numerusform>%n procedures</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;mendment log</source>
        <translation>A&amp;mendment log</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>Select a procedure in the list, or register one with “New procedure…”.</source>
        <translation>Select a procedure in the list, or register one with “New procedure…”.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>TTHC: %1</source>
        <translation>TTHC: %1</translation>
    </message>
    <message>
        <source>withdrawn: %1</source>
        <translation>withdrawn: %1</translation>
    </message>
    <message>
        <source>former code %1 (%2)</source>
        <translation>former code %1 (%2)</translation>
    </message>
    <message>
        <source>former code %1</source>
        <translation>former code %1</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procedure</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The steps were changed but not saved. Leave without saving?</source>
        <translation>The steps were changed but not saved. Leave without saving?</translation>
    </message>
    <message>
        <source>Withdraw procedure %1? Its effective version ends today. The record is kept and cannot be reactivated.</source>
        <translation>Withdraw procedure %1? Its effective version ends today. The record is kept and cannot be reactivated.</translation>
    </message>
    <message>
        <source>Withdraw procedure</source>
        <translation>Withdraw procedure</translation>
    </message>
    <message>
        <source>Reason for withdrawing:</source>
        <translation>Reason for withdrawing:</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Audit programme</source>
        <translation>Audit programme</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Objectives and scope</source>
        <translation>Objectives and scope</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <comment>All other platforms</comment>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>RaiseNcDialog</name>
    <message>
        <source>Raise a nonconformity from the inspection</source>
        <translation>Raise a nonconformity from the inspection</translation>
    </message>
    <message>
        <source>Inspection by %1, record %2</source>
        <translation>Inspection by %1, record %2</translation>
    </message>
    <message>
        <source>&amp;Description: *</source>
        <translation>&amp;Description: *</translation>
    </message>
    <message>
        <source>Detected &amp;on: *</source>
        <translation>Detected &amp;on: *</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>D&amp;ue date:</translation>
    </message>
</context>
<context>
    <name>RecordFilesTabs</name>
    <message>
        <source>Attached fi&amp;les</source>
        <translation>Attached fi&amp;les</translation>
    </message>
    <message>
        <source>Change his&amp;tory</source>
        <translation>Change his&amp;tory</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Discard the changes you made?</translation>
    </message>
</context>
<context>
    <name>RecordListWidget</name>
    <message>
        <source>Ne&amp;w…</source>
        <translation>Ne&amp;w…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Cancel &amp;record…</source>
        <translation>Cancel &amp;record…</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Show cancelled</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <source>Restore the record %1? It was cancelled because: %2. It will be in the list and the figures again.</source>
        <translation>Restore the record %1? It was cancelled because: %2. It will be in the list and the figures again.</translation>
    </message>
    <message>
        <source>Cancel record</source>
        <translation>Cancel record</translation>
    </message>
    <message>
        <source>Cancel the record %2 (%1)? It is kept and marked cancelled; it leaves the list and the figures. Reason:</source>
        <translation>Cancel the record %2 (%1)? It is kept and marked cancelled; it leaves the list and the figures. Reason:</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <source>Quality policy</source>
        <translation>Quality policy</translation>
    </message>
    <message>
        <source>Quality objectives</source>
        <translation>Quality objectives</translation>
    </message>
    <message>
        <source>External inspections</source>
        <translation>External inspections</translation>
    </message>
    <message>
        <source>Training and dissemination</source>
        <translation>Training and dissemination</translation>
    </message>
    <message>
        <source>Risks and opportunities</source>
        <translation>Risks and opportunities</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Improvements</translation>
    </message>
    <message>
        <source>Citizen feedback and petitions</source>
        <translation>Citizen feedback and petitions</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <source>Service statistics</source>
        <translation>Service statistics</translation>
    </message>
</context>
<context>
    <name>RecoverPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Forgot password</translation>
    </message>
    <message>
        <source>Type the recovery code you printed or wrote down when the account was created, then choose a new password.</source>
        <translation>Type the recovery code you printed or wrote down when the account was created, then choose a new password.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>This recovery code lets you set a new password if you forget yours. It is shown only once: print it or write it down and keep it in a safe place (for example with the seal).</source>
        <translation>This recovery code lets you set a new password if you forget yours. It is shown only once: print it or write it down and keep it in a safe place (for example with the seal).</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;QMS Desktop — recovery code&lt;/h2&gt;&lt;p&gt;Account: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:20pt; font-family:monospace&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keep this sheet in a safe place. The code can be used once.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QMS Desktop — recovery code&lt;/h2&gt;&lt;p&gt;Account: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:20pt; font-family:monospace&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keep this sheet in a safe place. The code can be used once.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Needed only on the day a password is forgotten.</source>
        <translation>Needed only on the day a password is forgotten.</translation>
    </message>
    <message>
        <source>I have printed or written &amp;down the recovery code</source>
        <translation>I have printed or written &amp;down the recovery code</translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;New report…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>e.g. Công văn số 456/SKHCN-TĐC ngày 02/06/2026 của Sở Khoa học và Công nghệ tỉnh … (printed first: Thực hiện …)</source>
        <translation>e.g. Công văn số 456/SKHCN-TĐC ngày 02/06/2026 của Sở Khoa học và Công nghệ tỉnh … (printed first: Thực hiện …)</translation>
    </message>
    <message>
        <source>Only for a report made before its period ends: the figures run to this day, and the report says so (số liệu tính đến ngày …).</source>
        <translation>Only for a report made before its period ends: the figures run to this day, and the report says so (số liệu tính đến ngày …).</translation>
    </message>
    <message>
        <source>Kính gửi (recipient)</source>
        <translation>Kính gửi (recipient)</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Date of the report</translation>
    </message>
    <message>
        <source>Number (Số)</source>
        <translation>Number (Số)</translation>
    </message>
    <message>
        <source>Request letter of the receiving office</source>
        <translation>Request letter of the receiving office</translation>
    </message>
    <message>
        <source>Figures up to (before the period ends)</source>
        <translation>Figures up to (before the period ends)</translation>
    </message>
    <message>
        <source>III. Shortcomings and causes</source>
        <translation>III. Shortcomings and causes</translation>
    </message>
    <message>
        <source>IV. Plans for the next period</source>
        <translation>IV. Plans for the next period</translation>
    </message>
    <message>
        <source>V. Proposals</source>
        <translation>V. Proposals</translation>
    </message>
    <message>
        <source>One paragraph per line. Printed as written.</source>
        <translation>One paragraph per line. Printed as written.</translation>
    </message>
    <message>
        <source>II. Statements</source>
        <translation>II. Statements</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <source>F&amp;inalise…</source>
        <translation>F&amp;inalise…</translation>
    </message>
    <message>
        <source>Si&amp;gn digitally…</source>
        <translation>Si&amp;gn digitally…</translation>
    </message>
    <message>
        <source>&amp;Export report (USB)…</source>
        <translation>&amp;Export report (USB)…</translation>
    </message>
    <message>
        <source>Mark &amp;as sent</source>
        <translation>Mark &amp;as sent</translation>
    </message>
    <message>
        <source>&amp;Corrected version…</source>
        <translation>&amp;Corrected version…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Part II states only what the records hold. Where a record is missing, type what is true here; it is printed under the item as written.</source>
        <translation>Part II states only what the records hold. Where a record is missing, type what is true here; it is printed under the item as written.</translation>
    </message>
    <message>
        <source>1. Participation of leaders, units, staff</source>
        <translation>1. Participation of leaders, units, staff</translation>
    </message>
    <message>
        <source>2. The head&apos;s confirmation of effectiveness</source>
        <translation>2. The head&apos;s confirmation of effectiveness</translation>
    </message>
    <message>
        <source>3. Announcement, notice, posting</source>
        <translation>3. Announcement, notice, posting</translation>
    </message>
    <message>
        <source>4. Legal updates built in</source>
        <translation>4. Legal updates built in</translation>
    </message>
    <message>
        <source>5. Re-announcement</source>
        <translation>5. Re-announcement</translation>
    </message>
    <message>
        <source>6. Choice of consultant</source>
        <translation>6. Choice of consultant</translation>
    </message>
    <message>
        <source>No report selected</source>
        <translation>No report selected</translation>
    </message>
    <message>
        <source>Report %1 — %2, version %3 — %4</source>
        <translation>Report %1 — %2, version %3 — %4</translation>
    </message>
    <message>
        <source>Changes from the previous version: %1</source>
        <translation>Changes from the previous version: %1</translation>
    </message>
    <message>
        <source>Not digitally signed yet. Sign it with the Chairman&apos;s token, then with the agency&apos;s (seal).</source>
        <translation>Not digitally signed yet. Sign it with the Chairman&apos;s token, then with the agency&apos;s (seal).</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4</source>
        <translation>%1: %2 (%3), %4</translation>
    </message>
    <message>
        <source>Digitally signed (final).</source>
        <translation>Digitally signed (final).</translation>
    </message>
    <message>
        <source>Digitally signed; the agency&apos;s signature is still due.</source>
        <translation>Digitally signed; the agency&apos;s signature is still due.</translation>
    </message>
    <message>
        <source>Data from %1 to %2; to be sent by %3.</source>
        <translation>Data from %1 to %2; to be sent by %3.</translation>
    </message>
    <message>
        <source>Draft: figures follow the records until the report is finalised.</source>
        <translation>Draft: figures follow the records until the report is finalised.</translation>
    </message>
    <message>
        <source>Finalised by %1 on %2: the content is frozen; later changes to the records do not alter it.</source>
        <translation>Finalised by %1 on %2: the content is frozen; later changes to the records do not alter it.</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>Sent on %1.</translation>
    </message>
    <message>
        <source>Signing key of this agency: %1 (printed on every exported report; the receiving office confirms it by phone).</source>
        <translation>Signing key of this agency: %1 (printed on every exported report; the receiving office confirms it by phone).</translation>
    </message>
    <message>
        <source>The report&apos;s number changed from %1 to %2: its date is in %3, and numbers run from 01 in the register of each year.</source>
        <translation>The report&apos;s number changed from %1 to %2: its date is in %3, and numbers run from 01 in the register of each year.</translation>
    </message>
    <message>
        <source>Report %1 signed by %2.</source>
        <translation>Report %1 signed by %2.</translation>
    </message>
    <message>
        <source>Save the changes to this report?</source>
        <translation>Save the changes to this report?</translation>
    </message>
    <message>
        <source>Start a corrected version of report %1? It gets a new number and lists what changed.</source>
        <translation>Start a corrected version of report %1? It gets a new number and lists what changed.</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Report %1</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>Export the report to (a USB stick, for example)</source>
        <translation>Export the report to (a USB stick, for example)</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Exporting the report…</translation>
    </message>
    <message>
        <source>%1 on the signed report (when it was signed); the package carries the history up to %2</source>
        <translation>%1 on the signed report (when it was signed); the package carries the history up to %2</translation>
    </message>
    <message>
        <source>The report was written to %1 and checked: %2.
Key fingerprint printed on the report: %3. Chain head: %4. Take the .zip file to the receiving office.</source>
        <translation>The report was written to %1 and checked: %2.
Key fingerprint printed on the report: %3. Chain head: %4. Take the .zip file to the receiving office.</translation>
    </message>
    <message>
        <source>Report exported to %1</source>
        <translation>Report exported to %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Made on:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Check:</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>NOT a valid backup</source>
        <translation>NOT a valid backup</translation>
    </message>
    <message>
        <source>ALTERED outside the application (see below)</source>
        <translation>ALTERED outside the application (see below)</translation>
    </message>
    <message>
        <source>chain intact, every record matches it</source>
        <translation>chain intact, every record matches it</translation>
    </message>
    <message>
        <source>chain intact (made by an earlier version: records not compared)</source>
        <translation>chain intact (made by an earlier version: records not compared)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>Chain head:</source>
        <translation>Chain head:</translation>
    </message>
    <message>
        <source>Administrative procedures</source>
        <translation>Administrative procedures</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>Internal audits</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Nonconformities</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Management reviews</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>History entries</translation>
    </message>
    <message>
        <source>This backup is NOT a copy of this database, though it bears the same name (%1): its history begins apart.</source>
        <translation>This backup is NOT a copy of this database, though it bears the same name (%1): its history begins apart.</translation>
    </message>
    <message>
        <source>This backup belongs to ANOTHER agency (%1), not to %2.</source>
        <translation>This backup belongs to ANOTHER agency (%1), not to %2.</translation>
    </message>
    <message>
        <source>I confirm: replace this agency&apos;s data with it.</source>
        <translation>I confirm: replace this agency&apos;s data with it.</translation>
    </message>
    <message>
        <source>Restoring replaces ALL the data now in use with this backup. The data now in use is first kept as a backup in the data folder, so this can be undone. The application closes afterwards; open it again.</source>
        <translation>Restoring replaces ALL the data now in use with this backup. The data now in use is first kept as a backup in the data folder, so this can be undone. The application closes afterwards; open it again.</translation>
    </message>
    <message>
        <source>Restoring puts this backup in place of the database that cannot be used; that database, if there is one, is kept in the data folder&apos;s backups. Then log in with your account of the backup.</source>
        <translation>Restoring puts this backup in place of the database that cannot be used; that database, if there is one, is kept in the data folder&apos;s backups. Then log in with your account of the backup.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <source>QMS Desktop backups (*.sqlite)</source>
        <translation>QMS Desktop backups (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Record a result</source>
        <translation>Record a result</translation>
    </message>
    <message>
        <source>Target: %1 %2 %3</source>
        <translation>Target: %1 %2 %3</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Type the result achieved.</source>
        <translation>Type the result achieved.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the report for correction</source>
        <translation>Return the report for correction</translation>
    </message>
    <message>
        <source>What must %1 correct in its report for %2? (one point a line; printed in the return letter)</source>
        <translation>What must %1 correct in its report for %2? (one point a line; printed in the return letter)</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Return</translation>
    </message>
</context>
<context>
    <name>ReviewInputs</name>
    <message>
        <source>a) Status of actions from previous management reviews</source>
        <translation>a) Status of actions from previous management reviews</translation>
    </message>
    <message>
        <source>b) Changes in external and internal issues relevant to the QMS</source>
        <translation>b) Changes in external and internal issues relevant to the QMS</translation>
    </message>
    <message>
        <source>c1) Citizen satisfaction and feedback</source>
        <translation>c1) Citizen satisfaction and feedback</translation>
    </message>
    <message>
        <source>c2) Extent to which quality objectives have been met</source>
        <translation>c2) Extent to which quality objectives have been met</translation>
    </message>
    <message>
        <source>c3) Process performance and conformity of services</source>
        <translation>c3) Process performance and conformity of services</translation>
    </message>
    <message>
        <source>c4) Nonconformities and corrective actions</source>
        <translation>c4) Nonconformities and corrective actions</translation>
    </message>
    <message>
        <source>c5) Monitoring and measurement results</source>
        <translation>c5) Monitoring and measurement results</translation>
    </message>
    <message>
        <source>c6) Audit results</source>
        <translation>c6) Audit results</translation>
    </message>
    <message>
        <source>c7) Performance of external providers</source>
        <translation>c7) Performance of external providers</translation>
    </message>
    <message>
        <source>d) Adequacy of resources</source>
        <translation>d) Adequacy of resources</translation>
    </message>
    <message>
        <source>e) Effectiveness of actions taken to address risks and opportunities</source>
        <translation>e) Effectiveness of actions taken to address risks and opportunities</translation>
    </message>
    <message>
        <source>f) Opportunities for improvement</source>
        <translation>f) Opportunities for improvement</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>New &amp;review…</source>
        <translation>New &amp;review…</translation>
    </message>
    <message>
        <source>Minutes (biên bản)</source>
        <translation>Minutes (biên bản)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>I&amp;nputs (9.3.2)</source>
        <translation>I&amp;nputs (9.3.2)</translation>
    </message>
    <message>
        <source>Record as h&amp;eld…</source>
        <translation>Record as h&amp;eld…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;t…</translation>
    </message>
    <message>
        <source>Change the date, time, place, chair, secretary or attendees.</source>
        <translation>Change the date, time, place, chair, secretary or attendees.</translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <translation>Cance&amp;l…</translation>
    </message>
    <message>
        <source>O&amp;utputs (9.3.3)</source>
        <translation>O&amp;utputs (9.3.3)</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>F&amp;iles</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Date and time:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>Secretary:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Attendees:</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Conclusion:</translation>
    </message>
    <message>
        <source>Drafted from the records when the review was created; edit freely, then save.</source>
        <translation>Drafted from the records when the review was created; edit freely, then save.</translation>
    </message>
    <message>
        <source>&amp;Save inputs</source>
        <translation>&amp;Save inputs</translation>
    </message>
    <message>
        <source>&amp;Add output…</source>
        <translation>&amp;Add output…</translation>
    </message>
    <message>
        <source>Edit &amp;output…</source>
        <translation>Edit &amp;output…</translation>
    </message>
    <message>
        <source>Change the kind, decision, owner or due date of the selected output.</source>
        <translation>Change the kind, decision, owner or due date of the selected output.</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Mark &amp;done…</translation>
    </message>
    <message>
        <source>Select a review in the list, or schedule one with “New review…”.</source>
        <translation>Select a review in the list, or schedule one with “New review…”.</translation>
    </message>
    <message>
        <source>Management review of %1 — %2</source>
        <translation>Management review of %1 — %2</translation>
    </message>
    <message>
        <source>The chair concluded the QMS is effective.</source>
        <translation>The chair concluded the QMS is effective.</translation>
    </message>
    <message>
        <source>The chair concluded the QMS is not yet effective.</source>
        <translation>The chair concluded the QMS is not yet effective.</translation>
    </message>
    <message>
        <source>No conclusion on the QMS&apos;s effectiveness recorded.</source>
        <translation>No conclusion on the QMS&apos;s effectiveness recorded.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>not yet held</source>
        <translation>not yet held</translation>
    </message>
    <message>
        <source>The review inputs were changed but not saved. Leave without saving?</source>
        <translation>The review inputs were changed but not saved. Leave without saving?</translation>
    </message>
    <message>
        <source>Inputs saved.</source>
        <translation>Inputs saved.</translation>
    </message>
    <message>
        <source>Cancel the management review of %1? It is kept, marked cancelled.</source>
        <translation>Cancel the management review of %1? It is kept, marked cancelled.</translation>
    </message>
    <message>
        <source>Cancel review</source>
        <translation>Cancel review</translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation>Reason for cancelling:</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>No internal audit held yet in {year} (QĐ 19 Art. 4.4b).</source>
        <translation>No internal audit held yet in {year} (QĐ 19 Art. 4.4b).</translation>
    </message>
    <message>
        <source>No management review held yet in {year} (QĐ 19 Art. 4.4b).</source>
        <translation>No management review held yet in {year} (QĐ 19 Art. 4.4b).</translation>
    </message>
    <message>
        <source>Procedure {code}: build in the legal change &apos;{title}&apos; (effective {effective}).</source>
        <translation>Procedure {code}: build in the legal change &apos;{title}&apos; (effective {effective}).</translation>
    </message>
    <message>
        <source>The quality management system has not been announced yet (QĐ 19 Art. 4.3).</source>
        <translation>The quality management system has not been announced yet (QĐ 19 Art. 4.3).</translation>
    </message>
    <message>
        <source>The scope changed since the last announcement ({added} added, {removed} removed): announce again.</source>
        <translation>The scope changed since the last announcement ({added} added, {removed} removed): announce again.</translation>
    </message>
    <message>
        <source>Report the corrective actions after the inspection by {body} (record {number}).</source>
        <translation>Report the corrective actions after the inspection by {body} (record {number}).</translation>
    </message>
    <message>
        <source>TTHC {code} &apos;{name}&apos; is in scope but no effective procedure covers it.</source>
        <translation>TTHC {code} &apos;{name}&apos; is in scope but no effective procedure covers it.</translation>
    </message>
    <message>
        <source>Procedure {code}: its steps take {total} working days, more than the {limit} allowed for TTHC {tthc}.</source>
        <translation>Procedure {code}: its steps take {total} working days, more than the {limit} allowed for TTHC {tthc}.</translation>
    </message>
    <message>
        <source>Corrective action overdue (nonconformity {label}): {description}</source>
        <translation>Corrective action overdue (nonconformity {label}): {description}</translation>
    </message>
    <message>
        <source>Corrective action due soon (nonconformity {label}): {description}</source>
        <translation>Corrective action due soon (nonconformity {label}): {description}</translation>
    </message>
    <message>
        <source>Decision overdue (management review of {label}): {description}</source>
        <translation>Decision overdue (management review of {label}): {description}</translation>
    </message>
    <message>
        <source>Decision due soon (management review of {label}): {description}</source>
        <translation>Decision due soon (management review of {label}): {description}</translation>
    </message>
    <message>
        <source>Citizen feedback or petition {number} of {received} not answered yet: answer overdue.</source>
        <translation>Citizen feedback or petition {number} of {received} not answered yet: answer overdue.</translation>
    </message>
    <message>
        <source>Citizen feedback or petition {number} of {received} not answered yet: answer due soon.</source>
        <translation>Citizen feedback or petition {number} of {received} not answered yet: answer due soon.</translation>
    </message>
    <message>
        <source>Quality objective not met in {period_name}: {text}</source>
        <translation>Quality objective not met in {period_name}: {text}</translation>
    </message>
    <message>
        <source>The internal audit &apos;{title}&apos; was planned for {date}: record it as held, or move or cancel it.</source>
        <translation>The internal audit &apos;{title}&apos; was planned for {date}: record it as held, or move or cancel it.</translation>
    </message>
    <message>
        <source>No quality objectives set yet for {year} (TCVN ISO 9001:2015 §6.2).</source>
        <translation>No quality objectives set yet for {year} (TCVN ISO 9001:2015 §6.2).</translation>
    </message>
    <message>
        <source>{n} quality objective(s) of {year} have no result for the year recorded: record them before the annual report.</source>
        <translation>{n} quality objective(s) of {year} have no result for the year recorded: record them before the annual report.</translation>
    </message>
    <message>
        <source>The report on {period_name} is to be sent by {date}; no version of it is finalised yet.</source>
        <translation>The report on {period_name} is to be sent by {date}; no version of it is finalised yet.</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>Scope of the announcement</source>
        <translation>Scope of the announcement</translation>
    </message>
    <message>
        <source>Filter (tone marks and case are ignored)…</source>
        <translation>Filter (tone marks and case are ignored)…</translation>
    </message>
    <message>
        <source>Tick &amp;all in scope</source>
        <translation>Tick &amp;all in scope</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Untick all</translation>
    </message>
    <message>
        <source>%1 ticked</source>
        <translation>%1 ticked</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all records</source>
        <translation>Search all records</translation>
    </message>
    <message>
        <source>Words to find (tone marks and case are ignored)</source>
        <translation>Words to find (tone marks and case are ignored)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n record found.</numerusform>
            <numerusform>%n records found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchEdit</name>
    <message>
        <source>Search (tone marks and case are ignored)…</source>
        <translation>Search (tone marks and case are ignored)…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Tone marks and case are ignored: “thu tuc” finds “Thủ tục”.</source>
        <translation>Tone marks and case are ignored: “thu tuc” finds “Thủ tục”.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>A&amp;gency</translation>
    </message>
    <message>
        <source>U&amp;nits and staff</source>
        <translation>U&amp;nits and staff</translation>
    </message>
    <message>
        <source>&amp;Digital signature</source>
        <translation>&amp;Digital signature</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>A&amp;ccounts</translation>
    </message>
    <message>
        <source>Signing &amp;key</source>
        <translation>Signing &amp;key</translation>
    </message>
    <message>
        <source>Data &amp;location</source>
        <translation>Data &amp;location</translation>
    </message>
    <message>
        <source>The agency profile has unsaved changes. Save them?</source>
        <translation>The agency profile has unsaved changes. Save them?</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The recovery code of the first account was not confirmed as kept: finish the set-up, which shows a new one.</source>
        <translation>The recovery code of the first account was not confirmed as kept: finish the set-up, which shows a new one.</translation>
    </message>
    <message>
        <source>The agency profile is missing.</source>
        <translation>The agency profile is missing.</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>recipient of the reports</source>
        <translation>recipient of the reports</translation>
    </message>
    <message>
        <source>chairman</source>
        <translation>chairman</translation>
    </message>
    <message>
        <source>ISO representative</source>
        <translation>ISO representative</translation>
    </message>
    <message>
        <source>The agency profile lacks: {missing}.</source>
        <translation>The agency profile lacks: {missing}.</translation>
    </message>
    <message>
        <source>No unit is recorded yet.</source>
        <translation>No unit is recorded yet.</translation>
    </message>
    <message>
        <source>No staff member is recorded yet.</source>
        <translation>No staff member is recorded yet.</translation>
    </message>
    <message>
        <source>No procedure yet: not even the 5 system procedures of the starter kit.</source>
        <translation>No procedure yet: not even the 5 system procedures of the starter kit.</translation>
    </message>
    <message>
        <source>The province&apos;s TTHC list has not been imported.</source>
        <translation>The province&apos;s TTHC list has not been imported.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Digital signature — %1</source>
        <translation>Digital signature — %1</translation>
    </message>
    <message>
        <source>USB &amp;token</source>
        <translation>USB &amp;token</translation>
    </message>
    <message>
        <source>Certificate &amp;file (.pfx, .p12)</source>
        <translation>Certificate &amp;file (.pfx, .p12)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>The competent person&apos;s signature (e.g. the Chairman)</source>
        <translation>The competent person&apos;s signature (e.g. the Chairman)</translation>
    </message>
    <message>
        <source>The agency&apos;s signature (seal; locks the document)</source>
        <translation>The agency&apos;s signature (seal; locks the document)</translation>
    </message>
    <message>
        <source>&amp;Read the certificate</source>
        <translation>&amp;Read the certificate</translation>
    </message>
    <message>
        <source>Read the certificate first: it is shown here before you sign.</source>
        <translation>Read the certificate first: it is shown here before you sign.</translation>
    </message>
    <message>
        <source>&amp;PIN of the token:</source>
        <translation>&amp;PIN of the token:</translation>
    </message>
    <message>
        <source>Token &amp;library:</source>
        <translation>Token &amp;library:</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Certificate file:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signature:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <source>Certificates (*.pfx *.p12)</source>
        <translation>Certificates (*.pfx *.p12)</translation>
    </message>
    <message>
        <source>&amp;Password of the file:</source>
        <translation>&amp;Password of the file:</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>No certificate.</translation>
    </message>
</context>
<context>
    <name>SignatureTab</name>
    <message>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>empty = the first token inserted</source>
        <translation>empty = the first token inserted</translation>
    </message>
    <message>
        <source>empty = no timestamp (PAdES B-B; works offline)</source>
        <translation>empty = no timestamp (PAdES B-B; works offline)</translation>
    </message>
    <message>
        <source>Token library (PKCS#11):</source>
        <translation>Token library (PKCS#11):</translation>
    </message>
    <message>
        <source>Tok&amp;en slot:</source>
        <translation>Tok&amp;en slot:</translation>
    </message>
    <message>
        <source>&amp;Timestamp server (optional):</source>
        <translation>&amp;Timestamp server (optional):</translation>
    </message>
    <message>
        <source>Signature image (blue, transparent PNG):</source>
        <translation>Signature image (blue, transparent PNG):</translation>
    </message>
    <message>
        <source>Seal image (red, transparent PNG, real size):</source>
        <translation>Seal image (red, transparent PNG, real size):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Without images the signatures show a text box (signed by, agency, signing time). The PIN and passwords are asked at each signing and never stored.</source>
        <translation>Without images the signatures show a text box (signed by, agency, signing time). The PIN and passwords are asked at each signing and never stored.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Trusted certificates (for checking received reports)</source>
        <translation>Trusted certificates (for checking received reports)</translation>
    </message>
    <message>
        <source>&amp;Import certificate or CRL…</source>
        <translation>&amp;Import certificate or CRL…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Found on this computer: %1</source>
        <translation>Found on this computer: %1</translation>
    </message>
    <message>
        <source>No known token software was found on this computer (Viettel-CA, VNPT-CA, BKAV-CA, FPT-CA, CA Chính phủ…): install it from the certification authority, or choose its .dll yourself.</source>
        <translation>No known token software was found on this computer (Viettel-CA, VNPT-CA, BKAV-CA, FPT-CA, CA Chính phủ…): install it from the certification authority, or choose its .dll yourself.</translation>
    </message>
    <message>
        <source>(none: text box)</source>
        <translation>(none: text box)</translation>
    </message>
    <message>
        <source>Root certificates of the Government CA (Ban Cơ yếu Chính phủ) and of the public CAs, and their revocation lists, imported from files (nothing is downloaded). Folder: %1</source>
        <translation>Root certificates of the Government CA (Ban Cơ yếu Chính phủ) and of the public CAs, and their revocation lists, imported from files (nothing is downloaded). Folder: %1</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 library</source>
        <translation>The token&apos;s PKCS#11 library</translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib)</source>
        <translation>Libraries (*.dll *.so *.dylib)</translation>
    </message>
    <message>
        <source>The slot is a number (0, 1, …) or empty.</source>
        <translation>The slot is a number (0, 1, …) or empty.</translation>
    </message>
    <message>
        <source>Choose a PNG image</source>
        <translation>Choose a PNG image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Import a certificate or a revocation list</source>
        <translation>Import a certificate or a revocation list</translation>
    </message>
    <message>
        <source>Certificates and CRLs (*.cer *.crt *.pem *.der *.crl)</source>
        <translation>Certificates and CRLs (*.cer *.crt *.pem *.der *.crl)</translation>
    </message>
    <message>
        <source>Checking the received reports&apos; digital signatures again…</source>
        <translation>Checking the received reports&apos; digital signatures again…</translation>
    </message>
    <message>
        <source>The received reports&apos; digital signatures were checked again: none reads otherwise.</source>
        <translation>The received reports&apos; digital signatures were checked again: none reads otherwise.</translation>
    </message>
    <message>
        <source>The received reports&apos; digital signatures were checked again; these read otherwise now:</source>
        <translation>The received reports&apos; digital signatures were checked again; these read otherwise now:</translation>
    </message>
    <message>
        <source>Remove %1 from the trusted certificates?</source>
        <translation>Remove %1 from the trusted certificates?</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The certificate of {name} is not valid yet: it is valid from {start}. Signing was refused.</source>
        <translation>The certificate of {name} is not valid yet: it is valid from {start}. Signing was refused.</translation>
    </message>
    <message>
        <source>The certificate of {name} expired on {end}. Signing was refused: renew the certificate with its certification authority.</source>
        <translation>The certificate of {name} expired on {end}. Signing was refused: renew the certificate with its certification authority.</translation>
    </message>
    <message>
        <source>Signer: {name}</source>
        <translation>Signer: {name}</translation>
    </message>
    <message>
        <source>Organisation: {organisation}</source>
        <translation>Organisation: {organisation}</translation>
    </message>
    <message>
        <source>Serial number: {serial}</source>
        <translation>Serial number: {serial}</translation>
    </message>
    <message>
        <source>Valid from {start} to {end}</source>
        <translation>Valid from {start} to {end}</translation>
    </message>
    <message>
        <source>Issued by: {issuer}</source>
        <translation>Issued by: {issuer}</translation>
    </message>
    <message>
        <source>Enter the token&apos;s PIN before signing.</source>
        <translation>Enter the token&apos;s PIN before signing.</translation>
    </message>
    <message>
        <source>The certificate file {path} does not exist.</source>
        <translation>The certificate file {path} does not exist.</translation>
    </message>
    <message>
        <source>The certificate file {path} cannot be read ({reason}).</source>
        <translation>The certificate file {path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Wrong password for the certificate file {name}, or the file is not a .pfx/.p12 certificate.</source>
        <translation>Wrong password for the certificate file {name}, or the file is not a .pfx/.p12 certificate.</translation>
    </message>
    <message>
        <source>{name} holds no private key and certificate to sign with.</source>
        <translation>{name} holds no private key and certificate to sign with.</translation>
    </message>
    <message>
        <source>No token library is chosen: choose the PKCS#11 library (.dll) of your token&apos;s software in Settings › Digital signature.</source>
        <translation>No token library is chosen: choose the PKCS#11 library (.dll) of your token&apos;s software in Settings › Digital signature.</translation>
    </message>
    <message>
        <source>The token library {path} was not found. Install the token&apos;s software (from its certification authority) or choose its PKCS#11 library again in Settings › Digital signature.</source>
        <translation>The token library {path} was not found. Install the token&apos;s software (from its certification authority) or choose its PKCS#11 library again in Settings › Digital signature.</translation>
    </message>
    <message>
        <source>{path} cannot be loaded as a PKCS#11 token library ({reason}). Choose the token&apos;s PKCS#11 library (for a 64-bit program, the 64-bit library).</source>
        <translation>{path} cannot be loaded as a PKCS#11 token library ({reason}). Choose the token&apos;s PKCS#11 library (for a 64-bit program, the 64-bit library).</translation>
    </message>
    <message>
        <source>The token library {path} was loaded but did not start ({reason}): check that the token&apos;s software is installed and its service running, then try again.</source>
        <translation>The token library {path} was loaded but did not start ({reason}): check that the token&apos;s software is installed and its service running, then try again.</translation>
    </message>
    <message>
        <source>The certificate of {name} is not for signing documents (its key usage is {usage}, without non-repudiation). Signing was refused: use a certificate issued for signing.</source>
        <translation>The certificate of {name} is not for signing documents (its key usage is {usage}, without non-repudiation). Signing was refused: use a certificate issued for signing.</translation>
    </message>
    <message>
        <source>No token is inserted: plug in the USB token (wait for its light) and try again.</source>
        <translation>No token is inserted: plug in the USB token (wait for its light) and try again.</translation>
    </message>
    <message>
        <source>No token is inserted in slot {slot}: plug in the USB token or choose another slot.</source>
        <translation>No token is inserted in slot {slot}: plug in the USB token or choose another slot.</translation>
    </message>
    <message>
        <source>The token cannot be read ({reason}).</source>
        <translation>The token cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>The token holds no signing certificate.</source>
        <translation>The token holds no signing certificate.</translation>
    </message>
    <message>
        <source>Wrong PIN. The token says only ONE try remains: one more wrong PIN locks it.</source>
        <translation>Wrong PIN. The token says only ONE try remains: one more wrong PIN locks it.</translation>
    </message>
    <message>
        <source>Wrong PIN. The token says few tries remain before it locks; check the PIN before trying again.</source>
        <translation>Wrong PIN. The token says few tries remain before it locks; check the PIN before trying again.</translation>
    </message>
    <message>
        <source>Wrong PIN. Check it (the token locks itself after several wrong PINs) and try again.</source>
        <translation>Wrong PIN. Check it (the token locks itself after several wrong PINs) and try again.</translation>
    </message>
    <message>
        <source>The token refused the login ({reason}).</source>
        <translation>The token refused the login ({reason}).</translation>
    </message>
    <message>
        <source>The token is locked (too many wrong PINs). Ask its certification authority to unlock it; nothing was signed.</source>
        <translation>The token is locked (too many wrong PINs). Ask its certification authority to unlock it; nothing was signed.</translation>
    </message>
    <message>
        <source>The PDF cannot be read ({reason}).</source>
        <translation>The PDF cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>This PDF was already finalised by another signature (it allows no further change): it cannot be signed again.</source>
        <translation>This PDF was already finalised by another signature (it allows no further change): it cannot be signed again.</translation>
    </message>
    <message>
        <source>This PDF already carries the {role_label} signature.</source>
        <translation>This PDF already carries the {role_label} signature.</translation>
    </message>
    <message>
        <source>This PDF has no place for the signer&apos;s signature.</source>
        <translation>This PDF has no place for the signer&apos;s signature.</translation>
    </message>
    <message>
        <source>The signature image cannot be drawn ({reason}); choose another PNG image in Settings.</source>
        <translation>The signature image cannot be drawn ({reason}); choose another PNG image in Settings.</translation>
    </message>
    <message>
        <source>Signing failed: {reason}</source>
        <translation>Signing failed: {reason}</translation>
    </message>
    <message>
        <source>The timestamp server did not answer ({reason}). Sign without a timestamp (clear the server in Settings) or try again later.</source>
        <translation>The timestamp server did not answer ({reason}). Sign without a timestamp (clear the server in Settings) or try again later.</translation>
    </message>
    <message>
        <source>signer&apos;s (competent person&apos;s)</source>
        <translation>signer&apos;s (competent person&apos;s)</translation>
    </message>
    <message>
        <source>agency&apos;s</source>
        <translation>agency&apos;s</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALID</translation>
    </message>
    <message>
        <source>unknown issuer</source>
        <translation>unknown issuer</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>Digital signature: {status}</source>
        <translation>Digital signature: {status}</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>{role}: {name} — {organisation}; serial {serial}; issued by {issuer}; signed {when}; {status}</source>
        <translation>{role}: {name} — {organisation}; serial {serial}; issued by {issuer}; signed {when}; {status}</translation>
    </message>
    <message>
        <source>revocation: checked against the imported CRLs, not revoked</source>
        <translation>revocation: checked against the imported CRLs, not revoked</translation>
    </message>
    <message>
        <source>revocation: the certificate is REVOKED</source>
        <translation>revocation: the certificate is REVOKED</translation>
    </message>
    <message>
        <source>revocation: not checked (no imported CRL covers this certificate)</source>
        <translation>revocation: not checked (no imported CRL covers this certificate)</translation>
    </message>
    <message>
        <source>Files in the trust store that are not a CA certificate or a revocation list were ignored: {files}</source>
        <translation>Files in the trust store that are not a CA certificate or a revocation list were ignored: {files}</translation>
    </message>
    <message>
        <source>the certificate was not valid at that time</source>
        <translation>the certificate was not valid at that time</translation>
    </message>
    <message>
        <source>the certificate was not valid yet</source>
        <translation>the certificate was not valid yet</translation>
    </message>
    <message>
        <source>the certificate had expired</source>
        <translation>the certificate had expired</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation>the certificate was revoked</translation>
    </message>
    <message>
        <source>the chain of certificates is broken</source>
        <translation>the chain of certificates is broken</translation>
    </message>
    <message>
        <source>The signature names no readable certificate.</source>
        <translation>The signature names no readable certificate.</translation>
    </message>
    <message>
        <source>The signature cannot be checked ({reason}).</source>
        <translation>The signature cannot be checked ({reason}).</translation>
    </message>
    <message>
        <source>The signed content was CHANGED after signing (the signature does not match the document).</source>
        <translation>The signed content was CHANGED after signing (the signature does not match the document).</translation>
    </message>
    <message>
        <source>The signature does not cover the whole document: something was added or changed after it.</source>
        <translation>The signature does not cover the whole document: something was added or changed after it.</translation>
    </message>
    <message>
        <source>No imported revocation list (CRL) of {issuers}: import it to check the certificates it issued.</source>
        <translation>No imported revocation list (CRL) of {issuers}: import it to check the certificates it issued.</translation>
    </message>
    <message>
        <source>The certificate was REVOKED by its certification authority (on {date}).</source>
        <translation>The certificate was REVOKED by its certification authority (on {date}).</translation>
    </message>
    <message>
        <source>The certificate is not for signing documents: its key usage ({usage}) lacks non-repudiation.</source>
        <translation>The certificate is not for signing documents: its key usage ({usage}) lacks non-repudiation.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: no certification authority issued it, so the signature cannot be trusted; ask the unit to sign with a certificate from a licensed authority.</source>
        <translation>The certificate is self-signed: no certification authority issued it, so the signature cannot be trusted; ask the unit to sign with a certificate from a licensed authority.</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer {issuer} is not among the imported trust anchors: import the root certificate of its certification authority (Settings › Digital signature).</source>
        <translation>The certificate&apos;s issuer {issuer} is not among the imported trust anchors: import the root certificate of its certification authority (Settings › Digital signature).</translation>
    </message>
    <message>
        <source>The certificate was not valid at the signing time ({date}): it is valid from {start} to {end}.</source>
        <translation>The certificate was not valid at the signing time ({date}): it is valid from {start} to {end}.</translation>
    </message>
    <message>
        <source>The certificate&apos;s chain does not verify against the imported trust anchors at the signing time ({reason}).</source>
        <translation>The certificate&apos;s chain does not verify against the imported trust anchors at the signing time ({reason}).</translation>
    </message>
    <message>
        <source>The signature claims to have been made on {date}, a time still to come: the signer&apos;s clock or the claim is false.</source>
        <translation>The signature claims to have been made on {date}, a time still to come: the signer&apos;s clock or the claim is false.</translation>
    </message>
    <message>
        <source>The certificate was not valid when the package was sent ({date}; valid {start} – {end}), and no timestamp proves the document was signed earlier.</source>
        <translation>The certificate was not valid when the package was sent ({date}; valid {start} – {end}), and no timestamp proves the document was signed earlier.</translation>
    </message>
    <message>
        <source>The certificate&apos;s organisation ({organisation}) is not the sending unit ({unit}).</source>
        <translation>The certificate&apos;s organisation ({organisation}) is not the sending unit ({unit}).</translation>
    </message>
    <message>
        <source>The signed PDF is not this package&apos;s report: it is report {printed} (period:version:id), the package&apos;s is {this}.</source>
        <translation>The signed PDF is not this package&apos;s report: it is report {printed} (period:version:id), the package&apos;s is {this}.</translation>
    </message>
    <message>
        <source>The manifest&apos;s record of the digital signature does not match report.pdf.</source>
        <translation>The manifest&apos;s record of the digital signature does not match report.pdf.</translation>
    </message>
    <message>
        <source>This certificate belongs to {organisation}, not to {agency}: the agency&apos;s signature needs the agency&apos;s own certificate (its token). Nothing was signed.</source>
        <translation>This certificate belongs to {organisation}, not to {agency}: the agency&apos;s signature needs the agency&apos;s own certificate (its token). Nothing was signed.</translation>
    </message>
    <message>
        <source>This certificate was issued for {organisation}, not for {agency}: the receiving office refuses a report signed with it. The chairman signs with a certificate issued for {agency}. Nothing was signed.</source>
        <translation>This certificate was issued for {organisation}, not for {agency}: the receiving office refuses a report signed with it. The chairman signs with a certificate issued for {agency}. Nothing was signed.</translation>
    </message>
    <message>
        <source>The certificate is issued to {name}, while the report prints {head} as the one who signs. Sign with it only if {name} signs on {head}&apos;s behalf (KT.); otherwise use {head}&apos;s certificate.</source>
        <translation>The certificate is issued to {name}, while the report prints {head} as the one who signs. Sign with it only if {name} signs on {head}&apos;s behalf (KT.); otherwise use {head}&apos;s certificate.</translation>
    </message>
    <message>
        <source>Someone else signed this report while this signature was being made: nothing was saved, so that neither signature is lost. Open the report again and sign the signature still due.</source>
        <translation>Someone else signed this report while this signature was being made: nothing was saved, so that neither signature is lost. Open the report again and sign the signature still due.</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>1. The former communes&apos; data</source>
        <translation>1. The former communes&apos; data</translation>
    </message>
    <message>
        <source>Choose the databases (qms.sqlite) or backups of the communes merged into this one in the 2025 reform. They are only read: each is copied and checked first (integrity, history chain, version). Nothing is written here until you confirm the preview.</source>
        <translation>Choose the databases (qms.sqlite) or backups of the communes merged into this one in the 2025 reform. They are only read: each is copied and checked first (integrity, history chain, version). Nothing is written here until you confirm the preview.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Choose the former communes&apos; databases or backups</source>
        <translation>Choose the former communes&apos; databases or backups</translation>
    </message>
    <message>
        <source>QMS Desktop databases and backups (*.sqlite *.db)</source>
        <translation>QMS Desktop databases and backups (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Checking the former communes&apos; data…</source>
        <translation>Checking the former communes&apos; data…</translation>
    </message>
</context>
<context>
    <name>StarterKitPage</name>
    <message>
        <source>Starter kit</source>
        <translation>Starter kit</translation>
    </message>
    <message>
        <source>Get a head start. Everything can be edited afterwards.</source>
        <translation>Get a head start. Everything can be edited afterwards.</translation>
    </message>
    <message>
        <source>Create the 5 system &amp;procedures of the framework model, as drafts:</source>
        <translation>Create the 5 system &amp;procedures of the framework model, as drafts:</translation>
    </message>
    <message>
        <source>&amp;Import the province&apos;s TTHC list…</source>
        <translation>&amp;Import the province&apos;s TTHC list…</translation>
    </message>
    <message>
        <source>The province publishes the list of administrative procedures (TTHC) settled by communes as an Excel, Word or CSV file. You see what will be imported before anything is written; you can also import it later.</source>
        <translation>The province publishes the list of administrative procedures (TTHC) settled by communes as an Excel, Word or CSV file. You see what will be imported before anything is written; you can also import it later.</translation>
    </message>
</context>
<context>
    <name>StatsImport</name>
    <message>
        <source>No header row found: none of the first {rows} rows names the field (Lĩnh vực) and the applications received (Số hồ sơ nhận giải quyết).</source>
        <translation>No header row found: none of the first {rows} rows names the field (Lĩnh vực) and the applications received (Số hồ sơ nhận giải quyết).</translation>
    </message>
    <message>
        <source>The sheet has no column for: {what}.</source>
        <translation>The sheet has no column for: {what}.</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: &apos;{value}&apos; is not a whole number of applications.</source>
        <translation>Row {row}, column {column}: &apos;{value}&apos; is not a whole number of applications.</translation>
    </message>
    <message>
        <source>Row {row} ({field}): settled and pending ({settled}) exceed the applications received ({received}).</source>
        <translation>Row {row} ({field}): settled and pending ({settled}) exceed the applications received ({received}).</translation>
    </message>
    <message>
        <source>Row {row}: the field {field} appears twice.</source>
        <translation>Row {row}: the field {field} appears twice.</translation>
    </message>
    <message>
        <source>The total row ({row}) does not match the sum of the fields for {what}: {total} in the sheet, {sum} added up.</source>
        <translation>The total row ({row}) does not match the sum of the fields for {what}: {total} in the sheet, {sum} added up.</translation>
    </message>
    <message>
        <source>The total row ({row}) does not match the sum of the visible fields for {what}: {total} in the sheet, {sum} added up. {count} row(s) hidden in Excel were left out (rows {rows}): unhide them in Excel if they hold fields that count, then import again.</source>
        <translation>The total row ({row}) does not match the sum of the visible fields for {what}: {total} in the sheet, {sum} added up. {count} row(s) hidden in Excel were left out (rows {rows}): unhide them in Excel if they hold fields that count, then import again.</translation>
    </message>
    <message>
        <source>The sheet has no field rows with figures.</source>
        <translation>The sheet has no field rows with figures.</translation>
    </message>
    <message>
        <source>The detail row(s) {rows} ({numbers}) under the field {field} (row {row}) do not add up to it for {what}: {sum} in the details, {total} in the field&apos;s row. Correct the sheet, or delete the detail rows, and import again.</source>
        <translation>The detail row(s) {rows} ({numbers}) under the field {field} (row {row}) do not add up to it for {what}: {sum} in the details, {total} in the field&apos;s row. Correct the sheet, or delete the detail rows, and import again.</translation>
    </message>
    <message>
        <source>Row {row} ({field}) is numbered {number} like a detail of a field, but no field row with figures comes before it. Correct the sheet and import again.</source>
        <translation>Row {row} ({field}) is numbered {number} like a detail of a field, but no field row with figures comes before it. Correct the sheet and import again.</translation>
    </message>
    <message>
        <source>This sheet holds the figures of another unit: its title names {sheet_unit}, but this database is for {agency}. Nothing was imported: choose the sheet of {agency}.</source>
        <translation>This sheet holds the figures of another unit: its title names {sheet_unit}, but this database is for {agency}. Nothing was imported: choose the sheet of {agency}.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>TTHC settled on time (%), by period end</source>
        <translation>TTHC settled on time (%), by period end</translation>
    </message>
    <message>
        <source>No service statistics recorded yet.</source>
        <translation>No service statistics recorded yet.</translation>
    </message>
    <message>
        <source>&amp;Per field…</source>
        <translation>&amp;Per field…</translation>
    </message>
    <message>
        <source>The selected period&apos;s applications per field (lĩnh vực), in one grid</source>
        <translation>The selected period&apos;s applications per field (lĩnh vực), in one grid</translation>
    </message>
    <message>
        <source>&amp;Import from the province&apos;s portal…</source>
        <translation>&amp;Import from the province&apos;s portal…</translation>
    </message>
    <message>
        <source>Select a statistics period first.</source>
        <translation>Select a statistics period first.</translation>
    </message>
    <message>
        <source>The province&apos;s portal export (results per field)</source>
        <translation>The province&apos;s portal export (results per field)</translation>
    </message>
    <message>
        <source>Statistics sheets (%1)</source>
        <translation>Statistics sheets (%1)</translation>
    </message>
    <message>
        <source>a new statistics period</source>
        <translation>a new statistics period</translation>
    </message>
    <message>
        <source>the existing statistics period, whose figures are replaced (now %1 received, %2 on time, %3 late, %4 pending, in %5 fields)</source>
        <translation>the existing statistics period, whose figures are replaced (now %1 received, %2 on time, %3 late, %4 pending, in %5 fields)</translation>
    </message>
    <message>
        <source>Import %1 fields for %2 – %3 into %4? The totals become the sums of the fields.</source>
        <translation>Import %1 fields for %2 – %3 into %4? The totals become the sums of the fields.</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>What is done</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>Time allowed</source>
        <translation>Time allowed</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Result / form</source>
        <translation>Result / form</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Add step</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Remove step</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>working hours</translation>
    </message>
    <message>
        <source>Total: 1 working day</source>
        <translation>Total: 1 working day</translation>
    </message>
    <message>
        <source>Total: %1 working days</source>
        <translation>Total: %1 working days</translation>
    </message>
    <message>
        <source>(no TTHC linked: no legal limit to check).</source>
        <translation>(no TTHC linked: no legal limit to check).</translation>
    </message>
    <message>
        <source>— the TTHC sets no time limit.</source>
        <translation>— the TTHC sets no time limit.</translation>
    </message>
    <message>
        <source>legal limit 1 working day</source>
        <translation>legal limit 1 working day</translation>
    </message>
    <message>
        <source>legal limit %1 working days</source>
        <translation>legal limit %1 working days</translation>
    </message>
    <message>
        <source>legal limit: the same working day (%1 hours)</source>
        <translation>legal limit: the same working day (%1 hours)</translation>
    </message>
    <message>
        <source>fits the legal limit.</source>
        <translation>fits the legal limit.</translation>
    </message>
    <message>
        <source>EXCEEDS the legal limit: shorten the steps.</source>
        <translation>EXCEEDS the legal limit: shorten the steps.</translation>
    </message>
</context>
<context>
    <name>StepsTab</name>
    <message>
        <source>&amp;Save steps</source>
        <translation>&amp;Save steps</translation>
    </message>
    <message>
        <source>No version yet: use “Issue new version…” on the Versions tab.</source>
        <translation>No version yet: use “Issue new version…” on the Versions tab.</translation>
    </message>
    <message>
        <source>Steps of draft version %1 — edit them here; the total is checked as you type.</source>
        <translation>Steps of draft version %1 — edit them here; the total is checked as you type.</translation>
    </message>
    <message>
        <source>Steps of version %1 (%2). An approved version does not change: to change the steps, issue a new version.</source>
        <translation>Steps of version %1 (%2). An approved version does not change: to change the steps, issue a new version.</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Enrol a key for %1</source>
        <translation>Enrol a key for %1</translation>
    </message>
    <message>
        <source>(no key yet)</source>
        <translation>(no key yet)</translation>
    </message>
    <message>
        <source>e.g. by phone with the ISO secretary, 12/07/2026</source>
        <translation>e.g. by phone with the ISO secretary, 12/07/2026</translation>
    </message>
    <message>
        <source>I confirmed this fingerprint with the unit (signed paper or phone call)</source>
        <translation>I confirmed this fingerprint with the unit (signed paper or phone call)</translation>
    </message>
    <message>
        <source>Key pinned now:</source>
        <translation>Key pinned now:</translation>
    </message>
    <message>
        <source>New key &amp;fingerprint:</source>
        <translation>New key &amp;fingerprint:</translation>
    </message>
    <message>
        <source>How it was &amp;confirmed:</source>
        <translation>How it was &amp;confirmed:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrol</translation>
    </message>
</context>
<context>
    <name>TthcDialog</name>
    <message>
        <source>New administrative procedure (TTHC)</source>
        <translation>New administrative procedure (TTHC)</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>National code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>e.g. Hộ tịch</source>
        <translation>e.g. Hộ tịch</translation>
    </message>
    <message>
        <source>Legal time limit</source>
        <translation>Legal time limit</translation>
    </message>
    <message>
        <source>e.g. 05 ngày làm việc</source>
        <translation>e.g. 05 ngày làm việc</translation>
    </message>
    <message>
        <source>In the QMS scope</source>
        <translation>In the QMS scope</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
</context>
<context>
    <name>TthcImport</name>
    <message>
        <source>The file {path} could not be opened: {detail}</source>
        <translation>The file {path} could not be opened: {detail}</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). Copy it again from the original (e-mail, USB stick) and import the copy.</source>
        <translation>The file is empty (0 bytes). Copy it again from the original (e-mail, USB stick) and import the copy.</translation>
    </message>
    <message>
        <source>The file cannot be read as a spreadsheet (.xlsx, .xlsm, .xls, .ods), a Word document (.docx) or a CSV file, or it is damaged. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import that file.</source>
        <translation>The file cannot be read as a spreadsheet (.xlsx, .xlsm, .xls, .ods), a Word document (.docx) or a CSV file, or it is damaged. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import that file.</translation>
    </message>
    <message>
        <source>The file looks like an Excel, OpenDocument or Word file but it is damaged or incomplete. Copy it again from the original; if Excel can still open it, save it again as .xlsx.</source>
        <translation>The file looks like an Excel, OpenDocument or Word file but it is damaged or incomplete. Copy it again from the original; if Excel can still open it, save it again as .xlsx.</translation>
    </message>
    <message>
        <source>This is an Excel 97–2003 workbook (.xls), but it could not be read ({detail}). Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.</source>
        <translation>This is an Excel 97–2003 workbook (.xls), but it could not be read ({detail}). Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.</translation>
    </message>
    <message>
        <source>This is an old Word 97–2003 document (.doc), which cannot be read directly. Open it in Word and use File › Save As › Word Document (.docx), then import the .docx file.</source>
        <translation>This is an old Word 97–2003 document (.doc), which cannot be read directly. Open it in Word and use File › Save As › Word Document (.docx), then import the .docx file.</translation>
    </message>
    <message>
        <source>The file is protected with a password. Open it in Excel or Word with the password, remove the protection (File › Info › Protect › Encrypt with Password, empty the password) and save it, then import it.</source>
        <translation>The file is protected with a password. Open it in Excel or Word with the password, remove the protection (File › Info › Protect › Encrypt with Password, empty the password) and save it, then import it.</translation>
    </message>
    <message>
        <source>This is a PDF file: the TTHC list cannot be read from a PDF. Ask the province (or download from its portal) the Excel or Word version of the list and import that.</source>
        <translation>This is a PDF file: the TTHC list cannot be read from a PDF. Ask the province (or download from its portal) the Excel or Word version of the list and import that.</translation>
    </message>
    <message>
        <source>This file is a web page (HTML) saved with a spreadsheet name, as some portals export it. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.</source>
        <translation>This file is a web page (HTML) saved with a spreadsheet name, as some portals export it. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.</translation>
    </message>
    <message>
        <source>This is an Excel 2003 XML spreadsheet. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.</source>
        <translation>This is an Excel 2003 XML spreadsheet. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.</translation>
    </message>
    <message>
        <source>This is a Rich Text (.rtf) document. Open it in Word and use File › Save As › Word Document (.docx), then import the .docx file.</source>
        <translation>This is a Rich Text (.rtf) document. Open it in Word and use File › Save As › Word Document (.docx), then import the .docx file.</translation>
    </message>
    <message>
        <source>This is an OpenDocument text file (.odt). Open it in LibreOffice Writer or Word and save it as Word Document (.docx), then import the .docx file.</source>
        <translation>This is an OpenDocument text file (.odt). Open it in LibreOffice Writer or Word and save it as Word Document (.docx), then import the .docx file.</translation>
    </message>
    <message>
        <source>This is an Excel binary workbook (.xlsb) that could not be read ({detail}). Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.</source>
        <translation>This is an Excel binary workbook (.xlsb) that could not be read ({detail}). Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.</translation>
    </message>
    <message>
        <source>The file is neither a spreadsheet nor a readable text (CSV) file. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import that file.</source>
        <translation>The file is neither a spreadsheet nor a readable text (CSV) file. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import that file.</translation>
    </message>
    <message>
        <source>The workbook is too large to import (more than {limit_mb} MB uncompressed).</source>
        <translation>The workbook is too large to import (more than {limit_mb} MB uncompressed).</translation>
    </message>
    <message>
        <source>The workbook has too many parts ({count}).</source>
        <translation>The workbook has too many parts ({count}).</translation>
    </message>
    <message>
        <source>The workbook is refused: its part {member} is compressed suspiciously strongly.</source>
        <translation>The workbook is refused: its part {member} is compressed suspiciously strongly.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {count} cell(s) hold a formula whose result is not in the file ({cells}): the file was saved by a program that does not calculate formulas, so these cells would be read as empty. Open the file in Excel or LibreOffice, save it, then import it again.</source>
        <translation>Sheet “{sheet}”: {count} cell(s) hold a formula whose result is not in the file ({cells}): the file was saved by a program that does not calculate formulas, so these cells would be read as empty. Open the file in Excel or LibreOffice, save it, then import it again.</translation>
    </message>
    <message>
        <source>Left out {count} row(s) hidden in Excel (rows {rows}). To import them, unhide them in Excel and import the file again.</source>
        <translation>Left out {count} row(s) hidden in Excel (rows {rows}). To import them, unhide them in Excel and import the file again.</translation>
    </message>
    <message>
        <source>Left out column(s) {columns} hidden in Excel: what they hold was not read. To import it, unhide the column(s) in Excel and import the file again.</source>
        <translation>Left out column(s) {columns} hidden in Excel: what they hold was not read. To import it, unhide the column(s) in Excel and import the file again.</translation>
    </message>
    <message>
        <source>Left out {count} row(s) hidden in Excel (rows {rows}) and column(s) {columns} hidden in Excel. To import them, unhide them in Excel and import the file again.</source>
        <translation>Left out {count} row(s) hidden in Excel (rows {rows}) and column(s) {columns} hidden in Excel. To import them, unhide them in Excel and import the file again.</translation>
    </message>
    <message>
        <source>The rows hidden in this Excel 97–2003 (.xls) file could not be checked: every row is read, hidden or not. If the file hides rows, open it in Excel, save it as Excel Workbook (.xlsx) and import that file.</source>
        <translation>The rows hidden in this Excel 97–2003 (.xls) file could not be checked: every row is read, hidden or not. If the file hides rows, open it in Excel, save it as Excel Workbook (.xlsx) and import that file.</translation>
    </message>
    <message>
        <source>No header row found: none of the first {rows} rows of any sheet names the columns for the procedure code (Mã TTHC) and name (Tên thủ tục).</source>
        <translation>No header row found: none of the first {rows} rows of any sheet names the columns for the procedure code (Mã TTHC) and name (Tên thủ tục).</translation>
    </message>
    <message>
        <source>This Word file has no table with TTHC codes: none of its tables has a header naming the procedure code (Mã TTHC / Mã số hồ sơ) and name (Tên thủ tục). If the list is in another file (the annex of the decision), import that file.</source>
        <translation>This Word file has no table with TTHC codes: none of its tables has a header naming the procedure code (Mã TTHC / Mã số hồ sơ) and name (Tên thủ tục). If the list is in another file (the annex of the decision), import that file.</translation>
    </message>
    <message>
        <source>The file has no procedure row below the header row (row {row}): nothing to import. Check that this is the list itself and that its rows have not been deleted.</source>
        <translation>The file has no procedure row below the header row (row {row}): nothing to import. Check that this is the list itself and that its rows have not been deleted.</translation>
    </message>
    <message>
        <source>Left out the sheet(s) {sheets}: their name says they list the procedures of another level (province, district), not the commune&apos;s. To import one, save it as a file of its own and import that file.</source>
        <translation>Left out the sheet(s) {sheets}: their name says they list the procedures of another level (province, district), not the commune&apos;s. To import one, save it as a file of its own and import that file.</translation>
    </message>
    <message>
        <source>The file has no visible procedure row below the header row: {count} row(s) are hidden in Excel (rows {rows}). Unhide them in Excel if they should be imported.</source>
        <translation>The file has no visible procedure row below the header row: {count} row(s) are hidden in Excel (rows {rows}). Unhide them in Excel if they should be imported.</translation>
    </message>
    <message>
        <source>Missing code</source>
        <translation>Missing code</translation>
    </message>
    <message>
        <source>Missing name</source>
        <translation>Missing name</translation>
    </message>
    <message>
        <source>Invalid code &quot;{code}&quot;: expected a digit, a dot and six digits, e.g. 1.009137</source>
        <translation>Invalid code &quot;{code}&quot;: expected a digit, a dot and six digits, e.g. 1.009137</translation>
    </message>
    <message>
        <source>Invalid code &quot;{code}&quot;: six digits are expected after the dot. If Excel dropped the trailing zeros of a number, the code is {padded}: format the column as Text in Excel and save the file again</source>
        <translation>Invalid code &quot;{code}&quot;: six digits are expected after the dot. If Excel dropped the trailing zeros of a number, the code is {padded}: format the column as Text in Excel and save the file again</translation>
    </message>
    <message>
        <source>Duplicate code {code}: already in row {first_row}</source>
        <translation>Duplicate code {code}: already in row {first_row}</translation>
    </message>
    <message>
        <source>Name too long ({length} characters; at most {limit})</source>
        <translation>Name too long ({length} characters; at most {limit})</translation>
    </message>
    <message>
        <source>The file has more than {limit} procedure rows: it is not a commune&apos;s list of procedures. Nothing was imported.</source>
        <translation>The file has more than {limit} procedure rows: it is not a commune&apos;s list of procedures. Nothing was imported.</translation>
    </message>
    <message>
        <source>Column “{column}” holds “{value}”, which is not a time limit (e.g. “05 ngày làm việc”, “Trong ngày”, “Không quy định”)</source>
        <translation>Column “{column}” holds “{value}”, which is not a time limit (e.g. “05 ngày làm việc”, “Trong ngày”, “Không quy định”)</translation>
    </message>
    <message>
        <source>Column “{column}” holds “{value}”, which is not the code of the replacing TTHC (e.g. 1.009137)</source>
        <translation>Column “{column}” holds “{value}”, which is not the code of the replacing TTHC (e.g. 1.009137)</translation>
    </message>
    <message>
        <source>Column “{column}” holds “{value}”: expected new, amended, replaced or abolished (mới ban hành, sửa đổi bổ sung, thay thế, bãi bỏ)</source>
        <translation>Column “{column}” holds “{value}”: expected new, amended, replaced or abolished (mới ban hành, sửa đổi bổ sung, thay thế, bãi bỏ)</translation>
    </message>
    <message>
        <source>Column “{column}” holds “{value}”, which is not a level of online public service (toàn trình, một phần, mức độ 2–4)</source>
        <translation>Column “{column}” holds “{value}”, which is not a level of online public service (toàn trình, một phần, mức độ 2–4)</translation>
    </message>
    <message>
        <source>Column “{column}” holds “{value}”, which does not fit that column (a value from another column?)</source>
        <translation>Column “{column}” holds “{value}”, which does not fit that column (a value from another column?)</translation>
    </message>
    <message>
        <source>Replaced TTHC {code}: the code of the TTHC that replaces it is missing</source>
        <translation>Replaced TTHC {code}: the code of the TTHC that replaces it is missing</translation>
    </message>
    <message>
        <source>Not in the register: nothing to take out of scope</source>
        <translation>Not in the register: nothing to take out of scope</translation>
    </message>
    <message>
        <source>Not in the register yet: added with the amended content</source>
        <translation>Not in the register yet: added with the amended content</translation>
    </message>
    <message>
        <source>Already out of scope by decision {decision}</source>
        <translation>Already out of scope by decision {decision}</translation>
    </message>
    <message>
        <source>No national code yet: added with the temporary code {code} if you confirm</source>
        <translation>No national code yet: added with the temporary code {code} if you confirm</translation>
    </message>
    <message>
        <source>No national code yet: added with the temporary code {code}</source>
        <translation>No national code yet: added with the temporary code {code}</translation>
    </message>
    <message>
        <source>No national code yet: not imported (confirm to add it with a temporary code)</source>
        <translation>No national code yet: not imported (confirm to add it with a temporary code)</translation>
    </message>
    <message>
        <source>The file changes the TTHC list (amended, replaced or abolished procedures) and names decision {number}, but its date could not be read from the file: give the date of the decision (in the window&apos;s field, or --decision-date DD/MM/YYYY).</source>
        <translation>The file changes the TTHC list (amended, replaced or abolished procedures) and names decision {number}, but its date could not be read from the file: give the date of the decision (in the window&apos;s field, or --decision-date DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>The file changes the TTHC list (amended, replaced or abolished procedures): give the number and the date of the decision that publishes it.</source>
        <translation>The file changes the TTHC list (amended, replaced or abolished procedures): give the number and the date of the decision that publishes it.</translation>
    </message>
    <message>
        <source>The TTHC register changed since the preview was made. Nothing was written: run the import again to see a new preview.</source>
        <translation>The TTHC register changed since the preview was made. Nothing was written: run the import again to see a new preview.</translation>
    </message>
    <message>
        <source>The decision&apos;s effective date {effective} is before its date {date}.</source>
        <translation>The decision&apos;s effective date {effective} is before its date {date}.</translation>
    </message>
    <message>
        <source>The file dates the decision {date}, which is not a real date: correct the date in the file, or give the decision&apos;s date.</source>
        <translation>The file dates the decision {date}, which is not a real date: correct the date in the file, or give the decision&apos;s date.</translation>
    </message>
    <message>
        <source>The decision {number} is dated {date}, after today ({today}): a decision not yet signed cannot change the list. Check the date in the file, or give the decision&apos;s date.</source>
        <translation>The decision {number} is dated {date}, after today ({today}): a decision not yet signed cannot change the list. Check the date in the file, or give the decision&apos;s date.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the list&apos;s file (.xlsx, .xls, .ods, .docx or .csv).</source>
        <translation>{path} is a folder: give the list&apos;s file (.xlsx, .xls, .ods, .docx or .csv).</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
</context>
<context>
    <name>TthcImportFlow</name>
    <message>
        <source>TTHC lists (%1)</source>
        <translation>TTHC lists (%1)</translation>
    </message>
    <message>
        <source>Import the province&apos;s TTHC list</source>
        <translation>Import the province&apos;s TTHC list</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import cancelled while writing: everything written so far was rolled back; the TTHC list is as it was before.</source>
        <translation>Import cancelled while writing: everything written so far was rolled back; the TTHC list is as it was before.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</translation>
    </message>
    <message>
        <source>%1 abolished and %2 replaced TTHC taken out of the scope (decision %3).</source>
        <translation>%1 abolished and %2 replaced TTHC taken out of the scope (decision %3).</translation>
    </message>
    <message>
        <source>%1 procedure(s) to update within 3 months: see the warnings.</source>
        <translation>%1 procedure(s) to update within 3 months: see the warnings.</translation>
    </message>
</context>
<context>
    <name>TthcPage</name>
    <message>
        <source>All TTHC</source>
        <translation>All TTHC</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>In scope</translation>
    </message>
    <message>
        <source>In scope, no effective procedure</source>
        <translation>In scope, no effective procedure</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Out of scope</translation>
    </message>
    <message>
        <source>&amp;New TTHC…</source>
        <translation>&amp;New TTHC…</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <source>Import the province&apos;s TTHC list or a decision changing it (.xlsx, .xls, .ods, .docx, .csv), with a preview first</source>
        <translation>Import the province&apos;s TTHC list or a decision changing it (.xlsx, .xls, .ods, .docx, .csv), with a preview first</translation>
    </message>
    <message>
        <source>Set national &amp;code…</source>
        <translation>Set national &amp;code…</translation>
    </message>
    <message>
        <source>Replace the temporary code of a TTHC imported without a national code</source>
        <translation>Replace the temporary code of a TTHC imported without a national code</translation>
    </message>
    <message>
        <source>In/out of &amp;scope</source>
        <translation>In/out of &amp;scope</translation>
    </message>
    <message>
        <source>Put the selected TTHC in the QMS scope, or take it out</source>
        <translation>Put the selected TTHC in the QMS scope, or take it out</translation>
    </message>
    <message numerus="yes">
        <source>%n TTHC</source>
        <translation>
            <numerusform>%n TTHC</numerusform>
            <numerusform>%n TTHC</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Abolished (%1)</source>
        <translation>Abolished (%1)</translation>
    </message>
    <message>
        <source>Replaced by %1 (%2)</source>
        <translation>Replaced by %1 (%2)</translation>
    </message>
    <message>
        <source>Temporary code</source>
        <translation>Temporary code</translation>
    </message>
    <message>
        <source>Selected TTHC</source>
        <translation>Selected TTHC</translation>
    </message>
    <message>
        <source>Open &amp;procedure</source>
        <translation>Open &amp;procedure</translation>
    </message>
    <message>
        <source>New p&amp;rocedure for this TTHC…</source>
        <translation>New p&amp;rocedure for this TTHC…</translation>
    </message>
    <message>
        <source>Register a procedure on the Procedures page, linked to this TTHC.</source>
        <translation>Register a procedure on the Procedures page, linked to this TTHC.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Code, field, limit:</source>
        <translation>Code, field, limit:</translation>
    </message>
    <message>
        <source>Procedures:</source>
        <translation>Procedures:</translation>
    </message>
    <message>
        <source>Select a TTHC in the list.</source>
        <translation>Select a TTHC in the list.</translation>
    </message>
    <message>
        <source>in the QMS scope</source>
        <translation>in the QMS scope</translation>
    </message>
    <message>
        <source>out of the QMS scope</source>
        <translation>out of the QMS scope</translation>
    </message>
    <message>
        <source>%1 (temporary code: no national code yet)</source>
        <translation>%1 (temporary code: no national code yet)</translation>
    </message>
    <message>
        <source>abolished by decision %1 of %2</source>
        <translation>abolished by decision %1 of %2</translation>
    </message>
    <message>
        <source>replaced by %1 (decision %2 of %3)</source>
        <translation>replaced by %1 (decision %2 of %3)</translation>
    </message>
    <message>
        <source>issued by decision %1 of %2</source>
        <translation>issued by decision %1 of %2</translation>
    </message>
    <message>
        <source>no limit set</source>
        <translation>no limit set</translation>
    </message>
    <message>
        <source>No procedure covers this TTHC yet.</source>
        <translation>No procedure covers this TTHC yet.</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>National code</translation>
    </message>
    <message>
        <source>National code of “%1” (e.g. 1.009137):</source>
        <translation>National code of “%1” (e.g. 1.009137):</translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message>
        <source>No header row found: none of the first {rows} rows of any sheet names the columns for the unit code (Mã đơn vị) and name (Tên đơn vị).</source>
        <translation>No header row found: none of the first {rows} rows of any sheet names the columns for the unit code (Mã đơn vị) and name (Tên đơn vị).</translation>
    </message>
    <message>
        <source>Missing unit code</source>
        <translation>Missing unit code</translation>
    </message>
    <message>
        <source>Missing unit name</source>
        <translation>Missing unit name</translation>
    </message>
    <message>
        <source>Invalid unit code &quot;{code}&quot;: letters, digits, dot, dash or underscore, at most 50</source>
        <translation>Invalid unit code &quot;{code}&quot;: letters, digits, dot, dash or underscore, at most 50</translation>
    </message>
    <message>
        <source>Duplicate unit code {code}: already in row {first_row}</source>
        <translation>Duplicate unit code {code}: already in row {first_row}</translation>
    </message>
    <message>
        <source>Unknown kind &quot;{kind}&quot;: use Xã, Phường or Đặc khu</source>
        <translation>Unknown kind &quot;{kind}&quot;: use Xã, Phường or Đặc khu</translation>
    </message>
    <message>
        <source>Invalid date &quot;{value}&quot; in the column of the opening date: use dd/mm/yyyy</source>
        <translation>Invalid date &quot;{value}&quot; in the column of the opening date: use dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Invalid date &quot;{value}&quot; in the column of the closing date: use dd/mm/yyyy</source>
        <translation>Invalid date &quot;{value}&quot; in the column of the closing date: use dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; in the column of the opening date looks like a date that Excel shows as a number ({value} is {date}): format the column as Date (dd/mm/yyyy) in Excel and import again</source>
        <translation>&quot;{value}&quot; in the column of the opening date looks like a date that Excel shows as a number ({value} is {date}): format the column as Date (dd/mm/yyyy) in Excel and import again</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; in the column of the closing date looks like a date that Excel shows as a number ({value} is {date}): format the column as Date (dd/mm/yyyy) in Excel and import again</source>
        <translation>&quot;{value}&quot; in the column of the closing date looks like a date that Excel shows as a number ({value} is {date}): format the column as Date (dd/mm/yyyy) in Excel and import again</translation>
    </message>
    <message>
        <source>The column of the opening date holds the number {value}, not a date: type the date as dd/mm/yyyy</source>
        <translation>The column of the opening date holds the number {value}, not a date: type the date as dd/mm/yyyy</translation>
    </message>
    <message>
        <source>The column of the closing date holds the number {value}, not a date: type the date as dd/mm/yyyy</source>
        <translation>The column of the closing date holds the number {value}, not a date: type the date as dd/mm/yyyy</translation>
    </message>
    <message>
        <source>{count} unit code(s) that Excel had turned into numbers were padded with leading zeros to {width} digits, as every other code in the column is written (rows {rows}). Check them before importing.</source>
        <translation>{count} unit code(s) that Excel had turned into numbers were padded with leading zeros to {width} digits, as every other code in the column is written (rows {rows}). Check them before importing.</translation>
    </message>
    <message>
        <source>Unit code {code} is the number Excel made of the code {other} in row {first_row} (the leading zeros were dropped): format the code column as Text in Excel, type the codes again and import again</source>
        <translation>Unit code {code} is the number Excel made of the code {other} in row {first_row} (the leading zeros were dropped): format the code column as Text in Excel, type the codes again and import again</translation>
    </message>
    <message>
        <source>The closing date is before the opening date</source>
        <translation>The closing date is before the opening date</translation>
    </message>
    <message>
        <source>Not expected to report, but no reason is given</source>
        <translation>Not expected to report, but no reason is given</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; in the column of units expected to report: use Có or Không</source>
        <translation>&quot;{value}&quot; in the column of units expected to report: use Có or Không</translation>
    </message>
    <message>
        <source>Too many rows: the import stopped after {limit} units</source>
        <translation>Too many rows: the import stopped after {limit} units</translation>
    </message>
    <message>
        <source>Name too long ({length} characters; at most 300)</source>
        <translation>Name too long ({length} characters; at most 300)</translation>
    </message>
    <message>
        <source>The file has no column {columns}: the units already in the register keep what it holds for them, as they do for an empty cell.</source>
        <translation>The file has no column {columns}: the units already in the register keep what it holds for them, as they do for an empty cell.</translation>
    </message>
    <message>
        <source>{count} unit(s) of the register are not in the file and are kept as they are: {units}. A unit that no longer exists is closed in Đơn vị (its closing date), never deleted.</source>
        <translation>{count} unit(s) of the register are not in the file and are kept as they are: {units}. A unit that no longer exists is closed in Đơn vị (its closing date), never deleted.</translation>
    </message>
    <message>
        <source>The file has no unit row below the header row (row {row}): nothing to import. Check that this is the list of units itself and that its rows have not been deleted.</source>
        <translation>The file has no unit row below the header row (row {row}): nothing to import. Check that this is the list of units itself and that its rows have not been deleted.</translation>
    </message>
    <message>
        <source>The file has no visible unit row below the header row: {count} row(s) are hidden in Excel (rows {rows}). Unhide them in Excel if they should be imported.</source>
        <translation>The file has no visible unit row below the header row: {count} row(s) are hidden in Excel (rows {rows}). Unhide them in Excel if they should be imported.</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units and staff</source>
        <translation>Units and staff</translation>
    </message>
    <message>
        <source>Optional: list the units and the people who work in them. You can skip this page and fill them in later in Settings.</source>
        <translation>Optional: list the units and the people who work in them. You can skip this page and fill them in later in Settings.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Units:</translation>
    </message>
    <message>
        <source>Staff (the unit is matched by name; a new name adds a unit):</source>
        <translation>Staff (the unit is matched by name; a new name adds a unit):</translation>
    </message>
</context>
<context>
    <name>UnitsRegisterPage</name>
    <message>
        <source>New &amp;unit</source>
        <translation>New &amp;unit</translation>
    </message>
    <message>
        <source>Import from &amp;Excel…</source>
        <translation>Import from &amp;Excel…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>former units merged into this one, separated by ;</source>
        <translation>former units merged into this one, separated by ;</translation>
    </message>
    <message>
        <source>Expected to report</source>
        <translation>Expected to report</translation>
    </message>
    <message>
        <source>why not (required when it is not expected)</source>
        <translation>why not (required when it is not expected)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Opened on:</translation>
    </message>
    <message>
        <source>C&amp;losed on:</source>
        <translation>C&amp;losed on:</translation>
    </message>
    <message>
        <source>&amp;Predecessors:</source>
        <translation>&amp;Predecessors:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Enrol a &amp;key…</source>
        <translation>Enrol a &amp;key…</translation>
    </message>
    <message>
        <source>Packages are accepted only when signed with the key pinned here. The first key is confirmed when the unit&apos;s first package arrives; a changed key must be enrolled by hand after checking it with the unit.</source>
        <translation>Packages are accepted only when signed with the key pinned here. The first key is confirmed when the unit&apos;s first package arrives; a changed key must be enrolled by hand after checking it with the unit.</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <source>Last history head:</source>
        <translation>Last history head:</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>&amp;Add the unit</source>
        <translation>&amp;Add the unit</translation>
    </message>
    <message>
        <source>No key yet: the first package will ask for confirmation.</source>
        <translation>No key yet: the first package will ask for confirmation.</translation>
    </message>
    <message>
        <source>Unit %1 saved.</source>
        <translation>Unit %1 saved.</translation>
    </message>
    <message>
        <source>Register of reporting units</source>
        <translation>Register of reporting units</translation>
    </message>
    <message>
        <source>Registers of units (%1)</source>
        <translation>Registers of units (%1)</translation>
    </message>
    <message>
        <source>Reading the list of units…</source>
        <translation>Reading the list of units…</translation>
    </message>
    <message>
        <source>%1 units to add, %2 to update, %3 unchanged, %4 rows rejected.</source>
        <translation>%1 units to add, %2 to update, %3 unchanged, %4 rows rejected.</translation>
    </message>
    <message>
        <source>Units to update (field: now → after the import):</source>
        <translation>Units to update (field: now → after the import):</translation>
    </message>
    <message>
        <source>… and %1 more units to update</source>
        <translation>… and %1 more units to update</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Import of the units</source>
        <translation>Import of the units</translation>
    </message>
    <message>
        <source>Import now?</source>
        <translation>Import now?</translation>
    </message>
    <message>
        <source>Importing the units…</source>
        <translation>Importing the units…</translation>
    </message>
    <message>
        <source>Enrol the same key for this unit all the same?</source>
        <translation>Enrol the same key for this unit all the same?</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Issue version %1 of %2</source>
        <translation>Issue version %1 of %2</translation>
    </message>
    <message>
        <source>The new version is saved as a draft. It takes effect when a leader approves it; the current version then becomes obsolete from the day before.</source>
        <translation>The new version is saved as a draft. It takes effect when a leader approves it; the current version then becomes obsolete from the day before.</translation>
    </message>
    <message>
        <source>Edit version %1 of %2</source>
        <translation>Edit version %1 of %2</translation>
    </message>
    <message>
        <source>The steps of the draft are edited on the Steps tab.</source>
        <translation>The steps of the draft are edited on the Steps tab.</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
</context>
<context>
    <name>VersionsTab</name>
    <message>
        <source>I&amp;ssue new version…</source>
        <translation>I&amp;ssue new version…</translation>
    </message>
    <message>
        <source>E&amp;dit version…</source>
        <translation>E&amp;dit version…</translation>
    </message>
    <message>
        <source>Appr&amp;ove…</source>
        <translation>Appr&amp;ove…</translation>
    </message>
    <message>
        <source>Cover page with sign-off</source>
        <translation>Cover page with sign-off</translation>
    </message>
    <message>
        <source>Steps table</source>
        <translation>Steps table</translation>
    </message>
    <message>
        <source>Flowchart (lưu đồ)</source>
        <translation>Flowchart (lưu đồ)</translation>
    </message>
    <message>
        <source>Sign-off of the selected version</source>
        <translation>Sign-off of the selected version</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Drafted</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Change the dates and the sign-off of this draft version.</source>
        <translation>Change the dates and the sign-off of this draft version.</translation>
    </message>
    <message>
        <source>Only a draft version can be edited: an effective version is changed by issuing a new version.</source>
        <translation>Only a draft version can be edited: an effective version is changed by issuing a new version.</translation>
    </message>
    <message>
        <source>Only a leader (lãnh đạo) can approve a version.</source>
        <translation>Only a leader (lãnh đạo) can approve a version.</translation>
    </message>
    <message>
        <source>Select a draft version to approve it.</source>
        <translation>Select a draft version to approve it.</translation>
    </message>
    <message>
        <source>Approve this version: it becomes effective.</source>
        <translation>Approve this version: it becomes effective.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>Backup is not available in this version yet.</source>
        <translation>Backup is not available in this version yet.</translation>
    </message>
    <message>
        <source>Only the ISO secretary or a leader can make backups.</source>
        <translation>Only the ISO secretary or a leader can make backups.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Only a leader can restore a backup: it replaces every record, the accounts and their roles included.</source>
        <translation>Only a leader can restore a backup: it replaces every record, the accounts and their roles included.</translation>
    </message>
    <message>
        <source>The database is on the office&apos;s server: its administrator restores a backup there with pg_restore.</source>
        <translation>The database is on the office&apos;s server: its administrator restores a backup there with pg_restore.</translation>
    </message>
    <message>
        <source>&amp;Merge the former communes&apos; data…</source>
        <translation>&amp;Merge the former communes&apos; data…</translation>
    </message>
    <message>
        <source>Only the ISO secretary or a leader can merge data.</source>
        <translation>Only the ISO secretary or a leader can merge data.</translation>
    </message>
    <message>
        <source>The database is on the office&apos;s server: merge the former communes into the new commune&apos;s file on this computer first, then move that file to the server (qms migrate-db).</source>
        <translation>The database is on the office&apos;s server: merge the former communes into the new commune&apos;s file on this computer first, then move that file to the server (qms migrate-db).</translation>
    </message>
    <message>
        <source>Former communes and their &amp;figures…</source>
        <translation>Former communes and their &amp;figures…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Smaller text (A-)</source>
        <translation>&amp;Smaller text (A-)</translation>
    </message>
    <message>
        <source>&amp;Larger text (A+)</source>
        <translation>&amp;Larger text (A+)</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Larger text (Ctrl+=)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>&amp;Search all records…</source>
        <translation>&amp;Search all records…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About QMS Desktop</source>
        <translation>&amp;About QMS Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>Ne&amp;xt page</translation>
    </message>
    <message>
        <source>P&amp;revious page</source>
        <translation>P&amp;revious page</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
</TS>
