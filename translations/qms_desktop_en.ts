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
        <source>&amp;Disable / enable…</source>
        <translation>&amp;Disable / enable…</translation>
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
        <source>Done on</source>
        <translation>Done on</translation>
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
        <source>taken from the name if left empty</source>
        <translation>taken from the name if left empty</translation>
    </message>
    <message>
        <source>Agency &amp;name: *</source>
        <translation>Agency &amp;name: *</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>Reports are sent &amp;to (Kính gửi):</source>
        <translation>Reports are sent &amp;to (Kính gửi):</translation>
    </message>
    <message>
        <source>&amp;Chairman:</source>
        <translation>&amp;Chairman:</translation>
    </message>
    <message>
        <source>Chairman&apos;s t&amp;itle:</source>
        <translation>Chairman&apos;s t&amp;itle:</translation>
    </message>
    <message>
        <source>&amp;ISO representative:</source>
        <translation>&amp;ISO representative:</translation>
    </message>
    <message>
        <source>ISO representative&apos;s ti&amp;tle:</source>
        <translation>ISO representative&apos;s ti&amp;tle:</translation>
    </message>
    <message>
        <source>Report number &amp;symbol:</source>
        <translation>Report number &amp;symbol:</translation>
    </message>
    <message>
        <source>Place name in &amp;dates:</source>
        <translation>Place name in &amp;dates:</translation>
    </message>
</context>
<context>
    <name>AgencyTab</name>
    <message>
        <source>Agency profile</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <source>Agency &amp;name: *</source>
        <translation>Agency &amp;name: *</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>S&amp;hort name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
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
        <source>Reports are sent &amp;to (Kính gửi):</source>
        <translation>Reports are sent &amp;to (Kính gửi):</translation>
    </message>
    <message>
        <source>&amp;Chairman:</source>
        <translation>&amp;Chairman:</translation>
    </message>
    <message>
        <source>Chairman&apos;s t&amp;itle:</source>
        <translation>Chairman&apos;s t&amp;itle:</translation>
    </message>
    <message>
        <source>&amp;ISO representative:</source>
        <translation>&amp;ISO representative:</translation>
    </message>
    <message>
        <source>ISO representative&apos;s ti&amp;tle:</source>
        <translation>ISO representative&apos;s ti&amp;tle:</translation>
    </message>
    <message>
        <source>Report number &amp;symbol:</source>
        <translation>Report number &amp;symbol:</translation>
    </message>
    <message>
        <source>Place name in &amp;dates:</source>
        <translation>Place name in &amp;dates:</translation>
    </message>
    <message>
        <source>Periods, due dates, language</source>
        <translation>Periods, due dates, language</translation>
    </message>
    <message>
        <source>Decree 09/2019 (from 15/12 to 14/06, 14/12)</source>
        <translation>Decree 09/2019 (from 15/12 to 14/06, 14/12)</translation>
    </message>
    <message>
        <source>Calendar (from 01/01 to 30/06, 31/12)</source>
        <translation>Calendar (from 01/01 to 30/06, 31/12)</translation>
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
        <source>&amp;Report periods:</source>
        <translation>&amp;Report periods:</translation>
    </message>
    <message>
        <source>Audit and review &amp;every year:</source>
        <translation>Audit and review &amp;every year:</translation>
    </message>
    <message>
        <source>Six-month report due &amp;on:</source>
        <translation>Six-month report due &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Annual report due on:</source>
        <translation>&amp;Annual report due on:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
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
        <source>Edit l&amp;ine…</source>
        <translation>Edit l&amp;ine…</translation>
    </message>
    <message>
        <source>Change the item, legal basis or date of the selected line.</source>
        <translation>Change the item, legal basis or date of the selected line.</translation>
    </message>
</context>
<context>
    <name>AnnouncementsPage</name>
    <message>
        <source>Announcements</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <source>TTHC covered by the selected announcement</source>
        <translation>TTHC covered by the selected announcement</translation>
    </message>
    <message>
        <source>Edit the &amp;scope…</source>
        <translation>Edit the &amp;scope…</translation>
    </message>
    <message>
        <source>TTHC covered by the selected announcement: %1</source>
        <translation>TTHC covered by the selected announcement: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo accounts (user name / password):</source>
        <translation>Demo accounts (user name / password):</translation>
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
        <source>The data folder cannot be used: {detail}</source>
        <translation>The data folder cannot be used: {detail}</translation>
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
        <source>Detac&amp;h…</source>
        <translation>Detac&amp;h…</translation>
    </message>
    <message>
        <source>A&amp;ttach to:</source>
        <translation>A&amp;ttach to:</translation>
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
        <source>Internal audits</source>
        <translation>Internal audits</translation>
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
        <source>F&amp;indings</source>
        <translation>F&amp;indings</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Files</translation>
    </message>
    <message>
        <source>Select an audit in the list, or plan one with “Plan audit…”.</source>
        <translation>Select an audit in the list, or plan one with “Plan audit…”.</translation>
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
        <source>The records cannot be read: {detail}</source>
        <translation>The records cannot be read: {detail}</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: {detail}</source>
        <translation>SQLite integrity check failed: {detail}</translation>
    </message>
    <message>
        <source>{n} broken references between records.</source>
        <translation>{n} broken references between records.</translation>
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
        <source>The history has only {count} entries, but the written-down head {head} names entry {n}: entries were removed.</source>
        <translation>The history has only {count} entries, but the written-down head {head} names entry {n}: entries were removed.</translation>
    </message>
    <message>
        <source>Entry {n} of the history does not carry the written-down head {head}: the history was rewritten.</source>
        <translation>Entry {n} of the history does not carry the written-down head {head}: the history was rewritten.</translation>
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
        <source>&amp;Add question…</source>
        <translation>&amp;Add question…</translation>
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
        <source>Record a fin&amp;ding from this item…</source>
        <translation>Record a fin&amp;ding from this item…</translation>
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
    <name>Cli</name>
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
        <source>Database not found: {path} (create it with &apos;qms init&apos;).</source>
        <translation>Database not found: {path} (create it with &apos;qms init&apos;).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
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
        <source>Created {path} for {name}.</source>
        <translation>Created {path} for {name}.</translation>
    </message>
    <message>
        <source>Account {user} (leader). Recovery code, shown once — print it and keep it safe: {code}</source>
        <translation>Account {user} (leader). Recovery code, shown once — print it and keep it safe: {code}</translation>
    </message>
    <message>
        <source>Demo commune written to {path}: {summary}</source>
        <translation>Demo commune written to {path}: {summary}</translation>
    </message>
    <message>
        <source>Row {row}: rejected — {reason}</source>
        <translation>Row {row}: rejected — {reason}</translation>
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
        <source>  {code}: {fields} changed</source>
        <translation>  {code}: {fields} changed</translation>
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
        <source>New signing key {fingerprint} (it replaces {previous}). Tell the receiving office the new fingerprint by phone.</source>
        <translation>New signing key {fingerprint} (it replaces {previous}). Tell the receiving office the new fingerprint by phone.</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>Backup written and verified: {path}</translation>
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
        <source>Report {id} saved.</source>
        <translation>Report {id} saved.</translation>
    </message>
    <message>
        <source>Report {number} finalised; its content is now frozen.</source>
        <translation>Report {number} finalised; its content is now frozen.</translation>
    </message>
    <message>
        <source>Report {number} recorded as sent.</source>
        <translation>Report {number} recorded as sent.</translation>
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
        <source>INVALID package: {reason}</source>
        <translation>INVALID package: {reason}</translation>
    </message>
    <message>
        <source>Valid package: {name}</source>
        <translation>Valid package: {name}</translation>
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
</context>
<context>
    <name>Columns</name>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
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
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day(s) overdue</numerusform>
            <numerusform>%n day(s) overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day(s)</numerusform>
            <numerusform>in %n day(s)</numerusform>
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
        <source>(overdue)</source>
        <translation>(overdue)</translation>
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
    <name>Dialogs</name>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Announcement decision</source>
        <translation>Announcement decision</translation>
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
        <source>{field_label}: {value} is outside the accepted range.</source>
        <translation>{field_label}: {value} is outside the accepted range.</translation>
    </message>
    <message>
        <source>Unknown kind of agency: {kind} (use xa, phuong or dac-khu).</source>
        <translation>Unknown kind of agency: {kind} (use xa, phuong or dac-khu).</translation>
    </message>
    <message>
        <source>Unknown setting: {key}</source>
        <translation>Unknown setting: {key}</translation>
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
        <source>Record not found ({kind} {id}).</source>
        <translation>Record not found ({kind} {id}).</translation>
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
        <source>Account &apos;{user}&apos; is not allowed to {action_label}.</source>
        <translation>Account &apos;{user}&apos; is not allowed to {action_label}.</translation>
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
        <source>The stored file {name} is damaged (checksum mismatch).</source>
        <translation>The stored file {name} is damaged (checksum mismatch).</translation>
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
        <source>A nonconformity is major or minor.</source>
        <translation>A nonconformity is major or minor.</translation>
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
        <source>Only a completed audit&apos;s report can be approved.</source>
        <translation>Only a completed audit&apos;s report can be approved.</translation>
    </message>
    <message>
        <source>On time + late + pending ({settled}) exceeds the applications received ({received}).</source>
        <translation>On time + late + pending ({settled}) exceeds the applications received ({received}).</translation>
    </message>
    <message>
        <source>{field_label}: record {id} does not exist.</source>
        <translation>{field_label}: record {id} does not exist.</translation>
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
        <source>TTHC code &apos;{code}&apos; is not in the national format (e.g. 1.009137).</source>
        <translation>TTHC code &apos;{code}&apos; is not in the national format (e.g. 1.009137).</translation>
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
        <source>This database was written by a newer version of QMS Desktop (schema {revision}). Install the newer version to open it.</source>
        <translation>This database was written by a newer version of QMS Desktop (schema {revision}). Install the newer version to open it.</translation>
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
        <source>The backup&apos;s change history was altered outside the application (entry {id}); it is not restored.</source>
        <translation>The backup&apos;s change history was altered outside the application (entry {id}); it is not restored.</translation>
    </message>
    <message>
        <source>{n} records of the backup do not match its change history (they were changed outside the application); it is not restored.</source>
        <translation>{n} records of the backup do not match its change history (they were changed outside the application); it is not restored.</translation>
    </message>
    <message>
        <source>After this restore you could no longer log in as {user}: the backup has no active leader account {user} with your current password. Nothing was changed.</source>
        <translation>After this restore you could no longer log in as {user}: the backup has no active leader account {user} with your current password. Nothing was changed.</translation>
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
        <source>Cannot restore: {reason}</source>
        <translation>Cannot restore: {reason}</translation>
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
        <source>Fill in the agency profile before making a report.</source>
        <translation>Fill in the agency profile before making a report.</translation>
    </message>
    <message>
        <source>Number {number} of {year} is already used ({used_for}); take the next free number from the register.</source>
        <translation>Number {number} of {year} is already used ({used_for}); take the next free number from the register.</translation>
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
        <source>A report for {period} already exists (no. {id}); open it, or make a corrected version of it.</source>
        <translation>A report for {period} already exists (no. {id}); open it, or make a corrected version of it.</translation>
    </message>
    <message>
        <source>Report {number} is finalised and can no longer change; make a corrected version instead.</source>
        <translation>Report {number} is finalised and can no longer change; make a corrected version instead.</translation>
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
        <source>Say why the signing key is changed.</source>
        <translation>Say why the signing key is changed.</translation>
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
        <source>The package written to {folder} does not verify ({reason}); it was removed. Try another drive.</source>
        <translation>The package written to {folder} does not verify ({reason}); it was removed. Try another drive.</translation>
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
        <source>Planned date</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
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
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
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
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
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
        <source>Administrative procedure</source>
        <translation>Administrative procedure</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Procedure version</source>
        <translation>Procedure version</translation>
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
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <source>Quality policy</source>
        <translation>Quality policy</translation>
    </message>
    <message>
        <source>Quality objective</source>
        <translation>Quality objective</translation>
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
        <source>Internal audit</source>
        <translation>Internal audit</translation>
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
        <source>External inspection</source>
        <translation>External inspection</translation>
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
    <message>
        <source>Review input</source>
        <translation>Review input</translation>
    </message>
    <message>
        <source>Review output</source>
        <translation>Review output</translation>
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
        <source>Satisfaction survey</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>Service statistics</source>
        <translation>Service statistics</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
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
        <source>Baseline</source>
        <translation>Baseline</translation>
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
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>%1 of %2 entries loaded (newest first; scroll down for more).</source>
        <translation>%1 of %2 entries loaded (newest first; scroll down for more).</translation>
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
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
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
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import TTHC — preview</source>
        <translation>Import TTHC — preview</translation>
    </message>
    <message>
        <source>File “%1”, sheet “%2”: %3 to add, %4 to update, %5 unchanged, %6 rejected. Nothing has been written yet: press “Import” to apply, or Cancel.</source>
        <translation>File “%1”, sheet “%2”: %3 to add, %4 to update, %5 unchanged, %6 rejected. Nothing has been written yet: press “Import” to apply, or Cancel.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Nothing to add or update.</source>
        <translation>Nothing to add or update.</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>External inspections</source>
        <translation>External inspections</translation>
    </message>
    <message>
        <source>Nonconformities raised from the selected inspection</source>
        <translation>Nonconformities raised from the selected inspection</translation>
    </message>
    <message>
        <source>&amp;Raise a nonconformity…</source>
        <translation>&amp;Raise a nonconformity…</translation>
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
        <source>Reading the rows of the workbook</source>
        <translation>Reading the rows of the workbook</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
</context>
<context>
    <name>KeyTab</name>
    <message>
        <source>&amp;Change the signing key…</source>
        <translation>&amp;Change the signing key…</translation>
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
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
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
        <source>Choose a backup to restore</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <source>QMS Desktop backups (*.sqlite)</source>
        <translation>QMS Desktop backups (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
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
</context>
<context>
    <name>MasterDetailPage</name>
    <message>
        <source>Search (tone marks and case are ignored)…</source>
        <translation>Search (tone marks and case are ignored)…</translation>
    </message>
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
            <numerusform>%n record(s)</numerusform>
            <numerusform>%n record(s)</numerusform>
        </translation>
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
        <source>Nonconformities and corrective actions</source>
        <translation>Nonconformities and corrective actions</translation>
    </message>
    <message>
        <source>&amp;Close nonconformity…</source>
        <translation>&amp;Close nonconformity…</translation>
    </message>
    <message>
        <source>Đóng: only after every action is done and verified as effective.</source>
        <translation>Đóng: only after every action is done and verified as effective.</translation>
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
        <source>&amp;Verification</source>
        <translation>&amp;Verification</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Files</translation>
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
        <source>&amp;Edit action…</source>
        <translation>&amp;Edit action…</translation>
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
        <source>The corrective actions were effective</source>
        <translation>The corrective actions were effective</translation>
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
        <source>closed %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>cancelled: %1</translation>
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
        <source>Policy and objectives</source>
        <translation>Policy and objectives</translation>
    </message>
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
        <source>&amp;Record a result…</source>
        <translation>&amp;Record a result…</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Not achieved</translation>
    </message>
</context>
<context>
    <name>OtherRecordsPage</name>
    <message>
        <source>Other records</source>
        <translation>Other records</translation>
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
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} does not exist.</translation>
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
        <source>six months of {year}</source>
        <translation>six months of {year}</translation>
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
        <source>Appro&amp;ve report…</source>
        <translation>Appro&amp;ve report…</translation>
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
    <name>PrintButton</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Previous</translation>
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
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
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
        <source>&amp;Files</source>
        <translation>&amp;Files</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>Show &amp;cancelled</translation>
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
        <source>procedure</source>
        <translation>procedure</translation>
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
        <source>Objectives and scope of the year&apos;s audits</source>
        <translation>Objectives and scope of the year&apos;s audits</translation>
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
        <source>Information</source>
        <translation>Information</translation>
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
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
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
        <source>Search (tone marks and case are ignored)…</source>
        <translation>Search (tone marks and case are ignored)…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel record…</source>
        <translation>Ca&amp;ncel record…</translation>
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
        <source>Cancel record</source>
        <translation>Cancel record</translation>
    </message>
    <message>
        <source>The record is kept and marked cancelled. Reason:</source>
        <translation>The record is kept and marked cancelled. Reason:</translation>
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
        <source>&amp;Recovery code:</source>
        <translation>&amp;Recovery code:</translation>
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
        <source>I have &amp;printed or written down the recovery code</source>
        <translation>I have &amp;printed or written down the recovery code</translation>
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
        <source>Reports</source>
        <translation>Reports</translation>
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
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>Pre&amp;view and print…</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <source>E&amp;xport report (USB)…</source>
        <translation>E&amp;xport report (USB)…</translation>
    </message>
    <message>
        <source>Mark as se&amp;nt</source>
        <translation>Mark as se&amp;nt</translation>
    </message>
    <message>
        <source>Corrected &amp;version…</source>
        <translation>Corrected &amp;version…</translation>
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
        <source>The report was written and checked:
%1

Key fingerprint printed on the report: %2. Chain head: %3. Take the .zip file to the receiving office.</source>
        <translation>The report was written and checked:
%1

Key fingerprint printed on the report: %2. Chain head: %3. Take the .zip file to the receiving office.</translation>
    </message>
    <message>
        <source>Save the changes to this report?</source>
        <translation>Save the changes to this report?</translation>
    </message>
    <message>
        <source>Finalise report %1? Its content is frozen: later changes to the records will not alter it, and a correction needs a new version.</source>
        <translation>Finalise report %1? Its content is frozen: later changes to the records will not alter it, and a correction needs a new version.</translation>
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
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
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
        <source>&amp;New review…</source>
        <translation>&amp;New review…</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Management reviews</translation>
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
        <source>&amp;Inputs (9.3.2)</source>
        <translation>&amp;Inputs (9.3.2)</translation>
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
        <source>&amp;Files</source>
        <translation>&amp;Files</translation>
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
        <source>Action overdue ({label}): {description}</source>
        <translation>Action overdue ({label}): {description}</translation>
    </message>
    <message>
        <source>Action due soon ({label}): {description}</source>
        <translation>Action due soon ({label}): {description}</translation>
    </message>
    <message>
        <source>Quality objective not met in {period}: {text}</source>
        <translation>Quality objective not met in {period}: {text}</translation>
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
            <numerusform>%n record(s) found.</numerusform>
            <numerusform>%n record(s) found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchKinds</name>
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
        <source>A&amp;ccounts</source>
        <translation>A&amp;ccounts</translation>
    </message>
    <message>
        <source>Signing &amp;key</source>
        <translation>Signing &amp;key</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The agency profile has unsaved changes. Save them?</source>
        <translation>The agency profile has unsaved changes. Save them?</translation>
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
        <source>&amp;Import the TTHC list from Excel…</source>
        <translation>&amp;Import the TTHC list from Excel…</translation>
    </message>
    <message>
        <source>The province publishes the list of administrative procedures (TTHC) settled by communes as an Excel file. You can also import it later.</source>
        <translation>The province publishes the list of administrative procedures (TTHC) settled by communes as an Excel file. You can also import it later.</translation>
    </message>
    <message>
        <source>TTHC list from the province</source>
        <translation>TTHC list from the province</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx *.xlsm)</source>
        <translation>Excel files (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Importing the TTHC list…</source>
        <translation>Importing the TTHC list…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rows rejected.</source>
        <translation>Imported: %1 added, %2 updated, %3 unchanged, %4 rows rejected.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>Service statistics</source>
        <translation>Service statistics</translation>
    </message>
    <message>
        <source>TTHC settled on time (%), by period end</source>
        <translation>TTHC settled on time (%), by period end</translation>
    </message>
    <message>
        <source>No service statistics recorded yet.</source>
        <translation>No service statistics recorded yet.</translation>
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
        <source>The file is not an Excel workbook (.xlsx) or it is damaged.</source>
        <translation>The file is not an Excel workbook (.xlsx) or it is damaged.</translation>
    </message>
    <message>
        <source>The file {path} could not be opened: {detail}</source>
        <translation>The file {path} could not be opened: {detail}</translation>
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
        <source>No header row found: none of the first {rows} rows of any sheet names the columns for the procedure code (Mã TTHC) and name (Tên thủ tục).</source>
        <translation>No header row found: none of the first {rows} rows of any sheet names the columns for the procedure code (Mã TTHC) and name (Tên thủ tục).</translation>
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
        <source>Duplicate code {code}: already in row {first_row}</source>
        <translation>Duplicate code {code}: already in row {first_row}</translation>
    </message>
    <message>
        <source>Name too long ({length} characters; at most {limit})</source>
        <translation>Name too long ({length} characters; at most {limit})</translation>
    </message>
    <message>
        <source>Too many rows: the import stopped after {limit} procedure rows</source>
        <translation>Too many rows: the import stopped after {limit} procedure rows</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>File not found: {path}</translation>
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
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>In/out of &amp;scope</source>
        <translation>In/out of &amp;scope</translation>
    </message>
    <message>
        <source>Put the selected TTHC in the QMS scope, or take it out</source>
        <translation>Put the selected TTHC in the QMS scope, or take it out</translation>
    </message>
    <message>
        <source>Administrative procedures</source>
        <translation>Administrative procedures</translation>
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
        <source>no limit set</source>
        <translation>no limit set</translation>
    </message>
    <message>
        <source>No procedure covers this TTHC yet.</source>
        <translation>No procedure covers this TTHC yet.</translation>
    </message>
    <message>
        <source>Import the province&apos;s TTHC list</source>
        <translation>Import the province&apos;s TTHC list</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
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
        <source>Imported: %1 added, %2 updated, %3 rejected.</source>
        <translation>Imported: %1 added, %2 updated, %3 rejected.</translation>
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
        <source>&amp;Issue new version…</source>
        <translation>&amp;Issue new version…</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
</TS>
