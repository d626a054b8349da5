<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>R&amp;epeat the password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Tài khoản đăng nhập</translation>
    </message>
    <message>
        <source>The first account is a leader&apos;s account; it can add accounts for the ISO secretary, auditors and viewers later.</source>
        <translation>Tài khoản đầu tiên là tài khoản của lãnh đạo; sau này, tài khoản này có thể thêm tài khoản cho thư ký ISO, chuyên gia đánh giá nội bộ và người xem.</translation>
    </message>
    <message>
        <source>&amp;User name: *</source>
        <translation>Tên đăng &amp;nhập: *</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Họ &amp;và tên:</translation>
    </message>
    <message>
        <source>&amp;Password: *</source>
        <translation>&amp;Mật khẩu: *</translation>
    </message>
    <message>
        <source>&amp;Repeat the password: *</source>
        <translation>Nhập &amp;lại mật khẩu: *</translation>
    </message>
    <message>
        <source>At least 8 characters. The user name is one word, e.g. “thuky” or “nguyenvana”.</source>
        <translation>Mật khẩu có ít nhất 8 ký tự. Tên đăng nhập viết liền một từ, ví dụ “thuky” hoặc “nguyenvana”.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Tạo tài &amp;khoản</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Thêm tài khoản…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable…</source>
        <translation>&amp;Vô hiệu hóa / kích hoạt…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>Locked (too many wrong passwords)</source>
        <translation>Bị khóa (nhập sai mật khẩu quá nhiều lần)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Disable the account %1? It can no longer log in.</source>
        <translation>Vô hiệu hóa tài khoản %1? Tài khoản này sẽ không đăng nhập được nữa.</translation>
    </message>
    <message>
        <source>Enable the account %1 again?</source>
        <translation>Kích hoạt lại tài khoản %1?</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Corrective action for %1</source>
        <translation>Hành động khắc phục cho %1</translation>
    </message>
    <message>
        <source>Edit corrective action of %1</source>
        <translation>Sửa hành động khắc phục của %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Person or unit responsible</source>
        <translation>Người hoặc bộ phận chịu trách nhiệm</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn hoàn thành</translation>
    </message>
</context>
<context>
    <name>ActionDoneDialog</name>
    <message>
        <source>Action done</source>
        <translation>Hoàn thành hành động</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <source>Your agency</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <source>These details appear on every report. You can change them later in Settings.</source>
        <translation>Các thông tin này được in trên mọi báo cáo. Có thể sửa lại sau trong mục Cài đặt.</translation>
    </message>
    <message>
        <source>taken from the name if left empty</source>
        <translation>để trống thì lấy theo tên cơ quan</translation>
    </message>
    <message>
        <source>Agency &amp;name: *</source>
        <translation>Tên cơ q&amp;uan: *</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại hình:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>Tỉ&amp;nh, thành phố:</translation>
    </message>
    <message>
        <source>Reports are sent &amp;to (Kính gửi):</source>
        <translation>Báo cáo &amp;gửi đến (Kính gửi):</translation>
    </message>
    <message>
        <source>&amp;Chairman:</source>
        <translation>&amp;Chủ tịch:</translation>
    </message>
    <message>
        <source>Chairman&apos;s t&amp;itle:</source>
        <translation>Chức &amp;vụ của Chủ tịch:</translation>
    </message>
    <message>
        <source>&amp;ISO representative:</source>
        <translation>Đại diện lãnh đạo về &amp;ISO:</translation>
    </message>
    <message>
        <source>ISO representative&apos;s ti&amp;tle:</source>
        <translation>Chức vụ của đại diện IS&amp;O:</translation>
    </message>
    <message>
        <source>Report number &amp;symbol:</source>
        <translation>Ký hiệu &amp;số báo cáo:</translation>
    </message>
    <message>
        <source>Place name in &amp;dates:</source>
        <translation>Địa &amp;danh ghi ngày tháng:</translation>
    </message>
</context>
<context>
    <name>AgencyTab</name>
    <message>
        <source>Agency profile</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <source>Agency &amp;name: *</source>
        <translation>&amp;Tên cơ quan: *</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Tên &amp;viết tắt:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>L&amp;oại hình:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>Tỉ&amp;nh, thành phố:</translation>
    </message>
    <message>
        <source>Lead &amp;body:</source>
        <translation>Đơn vị chủ t&amp;rì:</translation>
    </message>
    <message>
        <source>Reports are sent &amp;to (Kính gửi):</source>
        <translation>Báo cáo &amp;gửi đến (Kính gửi):</translation>
    </message>
    <message>
        <source>&amp;Chairman:</source>
        <translation>&amp;Chủ tịch:</translation>
    </message>
    <message>
        <source>Chairman&apos;s t&amp;itle:</source>
        <translation>C&amp;hức vụ của Chủ tịch:</translation>
    </message>
    <message>
        <source>&amp;ISO representative:</source>
        <translation>Đại diện lãnh đạo về &amp;ISO:</translation>
    </message>
    <message>
        <source>ISO representative&apos;s ti&amp;tle:</source>
        <translation>Chức vụ của đại &amp;diện ISO:</translation>
    </message>
    <message>
        <source>Report number &amp;symbol:</source>
        <translation>Ký hiệu &amp;số báo cáo:</translation>
    </message>
    <message>
        <source>Place name in &amp;dates:</source>
        <translation>Đị&amp;a danh ghi ngày tháng:</translation>
    </message>
    <message>
        <source>Periods, due dates, language</source>
        <translation>Kỳ báo cáo, thời hạn, ngôn ngữ</translation>
    </message>
    <message>
        <source>Decree 09/2019 (from 15/12 to 14/06, 14/12)</source>
        <translation>Theo Nghị định 09/2019 (từ 15/12 đến 14/06, 14/12)</translation>
    </message>
    <message>
        <source>Calendar (from 01/01 to 30/06, 31/12)</source>
        <translation>Theo năm dương lịch (từ 01/01 đến 30/06, 31/12)</translation>
    </message>
    <message>
        <source>Once per calendar year</source>
        <translation>Mỗi năm dương lịch một lần</translation>
    </message>
    <message>
        <source>Within 12 months of the previous one</source>
        <translation>Trong vòng 12 tháng kể từ lần trước</translation>
    </message>
    <message>
        <source>&amp;Report periods:</source>
        <translation>Kỳ &amp;báo cáo:</translation>
    </message>
    <message>
        <source>Audit and review &amp;every year:</source>
        <translation>Đánh giá, &amp;xem xét hằng năm:</translation>
    </message>
    <message>
        <source>Six-month report due &amp;on:</source>
        <translation>Hạn gửi báo cáo &amp;6 tháng:</translation>
    </message>
    <message>
        <source>&amp;Annual report due on:</source>
        <translation>Hạn gửi báo cáo cả nă&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Ngôn ngữ (&amp;Language):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Bỏ các tha&amp;y đổi</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language is used from the next time you start QMS Desktop.</source>
        <translation>Ngôn ngữ mới được áp dụng từ lần khởi động QMS Desktop tiếp theo.</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Amendment log of %1: new line</source>
        <translation>Theo dõi sửa đổi của %1: thêm dòng</translation>
    </message>
    <message>
        <source>Amendment log of %1: edit line</source>
        <translation>Theo dõi sửa đổi của %1: sửa dòng</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Mục, nội dung sửa đổi</translation>
    </message>
    <message>
        <source>Legal basis of the change</source>
        <translation>Cơ sở pháp lý hoặc căn cứ sửa đổi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Lần ban hành</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>The version a line belongs to does not change.</source>
        <translation>Lần ban hành của dòng này không thay đổi.</translation>
    </message>
</context>
<context>
    <name>AmendmentsTab</name>
    <message>
        <source>&amp;Add line…</source>
        <translation>Thêm &amp;dòng…</translation>
    </message>
    <message>
        <source>Edit l&amp;ine…</source>
        <translation>Sửa &amp;dòng…</translation>
    </message>
    <message>
        <source>Change the item, legal basis or date of the selected line.</source>
        <translation>Sửa nội dung, căn cứ pháp lý hoặc ngày của dòng đang chọn.</translation>
    </message>
</context>
<context>
    <name>AnnouncementsPage</name>
    <message>
        <source>Announcements</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>TTHC covered by the selected announcement</source>
        <translation>TTHC thuộc phạm vi của lần công bố được chọn</translation>
    </message>
    <message>
        <source>Edit the &amp;scope…</source>
        <translation>Sửa &amp;phạm vi…</translation>
    </message>
    <message>
        <source>TTHC covered by the selected announcement: %1</source>
        <translation>TTHC thuộc phạm vi của lần công bố được chọn: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo accounts (user name / password):</source>
        <translation>Tài khoản mẫu (tên đăng nhập / mật khẩu):</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}

Your data is safe; what you were doing was not saved.</source>
        <translation>Đã xảy ra lỗi: {detail}

Dữ liệu vẫn an toàn; thao tác đang thực hiện chưa được lưu.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <source>The data folder cannot be used: {detail}</source>
        <translation>Không sử dụng được thư mục dữ liệu: {detail}</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve version %1 of %2</source>
        <translation>Phê duyệt lần ban hành %1 của %2</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Ngày phê duyệt</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Hiệu lực từ ngày</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <source>After approval version %1 is effective.</source>
        <translation>Sau khi phê duyệt, lần ban hành %1 có hiệu lực.</translation>
    </message>
    <message>
        <source>Version %1 becomes obsolete (Hết hiệu lực) from the day before.</source>
        <translation>Lần ban hành %1 hết hiệu lực từ ngày liền trước ngày đó.</translation>
    </message>
    <message>
        <source>Approve version %1 of %2, effective from %3?</source>
        <translation>Phê duyệt lần ban hành %1 của %2, có hiệu lực từ %3?</translation>
    </message>
    <message>
        <source>Version %1 will be obsolete from %2. This cannot be undone.</source>
        <translation>Lần ban hành %1 sẽ hết hiệu lực từ %2. Thao tác này không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Approve version</source>
        <translation>Phê duyệt lần ban hành</translation>
    </message>
</context>
<context>
    <name>ApproveReportDialog</name>
    <message>
        <source>Approve the audit report</source>
        <translation>Phê duyệt báo cáo đánh giá</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Ngày phê duyệt</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <source>Approve the report of “%1” (held %2)?</source>
        <translation>Phê duyệt báo cáo của cuộc đánh giá “%1” (thực hiện %2)?</translation>
    </message>
    <message>
        <source>Approve report</source>
        <translation>Phê duyệt báo cáo</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Drag files here from the file manager, or use “Add files…”. The files are stored inside the database.</source>
        <translation>Kéo tệp từ trình quản lý tệp thả vào đây, hoặc dùng “Thêm tệp…”. Tệp được lưu trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>X&amp;em tệp</translation>
    </message>
    <message>
        <source>Add file&amp;s…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <source>Detac&amp;h…</source>
        <translation>&amp;Gỡ tệp…</translation>
    </message>
    <message>
        <source>A&amp;ttach to:</source>
        <translation>Đính kèm và&amp;o:</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.png);;All files (*)</source>
        <translation>Tài liệu (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.png);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. It was saved as:
{path}</source>
        <translation>Máy tính này không có chương trình mở được loại tệp này. Tệp đã được lưu thành:
{path}</translation>
    </message>
    <message>
        <source>Detach file</source>
        <translation>Gỡ tệp</translation>
    </message>
    <message>
        <source>The file is kept in the history and marked detached. Reason:</source>
        <translation>Tệp vẫn được giữ trong lịch sử và được đánh dấu là đã gỡ. Lý do:</translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme…</source>
        <translation>&amp;Chương trình…</translation>
    </message>
    <message>
        <source>P&amp;lan audit…</source>
        <translation>Lập &amp;kế hoạch đánh giá…</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>Đánh giá nội bộ</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>Audits of all years. Choose a year to see its programme.</source>
        <translation>Các cuộc đánh giá của tất cả các năm. Chọn một năm để xem chương trình đánh giá của năm đó.</translation>
    </message>
    <message>
        <source>No audit programme for %1 yet: use “Programme…” to draw it up.</source>
        <translation>Chưa có chương trình đánh giá năm %1: dùng “Chương trình…” để lập.</translation>
    </message>
    <message>
        <source>Programme %1: %2</source>
        <translation>Chương trình năm %1: %2</translation>
    </message>
    <message>
        <source>(approved by %1 on %2)</source>
        <translation>(%1 phê duyệt ngày %2)</translation>
    </message>
    <message>
        <source>Plan and &amp;report</source>
        <translation>Kế hoạch và &amp;báo cáo</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Danh mục kiểm tra</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Phát hiện</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Tệp đính kè&amp;m</translation>
    </message>
    <message>
        <source>Select an audit in the list, or plan one with “Plan audit…”.</source>
        <translation>Chọn một cuộc đánh giá trong danh sách, hoặc lập kế hoạch mới bằng “Lập kế hoạch đánh giá…”.</translation>
    </message>
    <message>
        <source>Nonconformity %1 was created from this finding. Open it now?</source>
        <translation>Đã lập sự không phù hợp %1 từ phát hiện này. Mở ngay bây giờ?</translation>
    </message>
    <message>
        <source>Cancel the audit “%1”? It is kept, marked cancelled, and can no longer change.</source>
        <translation>Hủy cuộc đánh giá “%1”? Cuộc đánh giá vẫn được lưu, được đánh dấu là đã hủy và không thể sửa được nữa.</translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation>Hủy cuộc đánh giá</translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation>Lý do hủy:</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa đổi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ghi nhận ban đầu</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Lần ban hành</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Theo dõi sửa đổi</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Cuộc đánh giá</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Sự không phù hợp</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Hành động khắc phục</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Xem xét của lãnh đạo</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryView</name>
    <message>
        <source>The full log of every record is on the “Change history” page.</source>
        <translation>Nhật ký đầy đủ của mọi hồ sơ có tại trang “Nhật ký thay đổi”.</translation>
    </message>
</context>
<context>
    <name>ChangeKeyDialog</name>
    <message>
        <source>Change the signing key</source>
        <translation>Đổi khóa ký</translation>
    </message>
    <message>
        <source>A new key replaces the agency&apos;s signing key %1. The receiving office will then see a new fingerprint: tell it the new one by phone. The next report and package name the previous key. Change the key only if the old one may have been copied (a lost USB stick or PC, for example).</source>
        <translation>Một khóa mới sẽ thay thế khóa ký %1 của đơn vị. Đơn vị nhận sẽ thấy mã nhận dạng mới: hãy báo mã mới cho họ qua điện thoại. Báo cáo và gói tệp gửi lần tới sẽ ghi mã của khóa trước. Chỉ đổi khóa khi khóa cũ có thể đã bị sao chép (ví dụ mất USB hoặc máy tính).</translation>
    </message>
    <message>
        <source>Why is the key changed?</source>
        <translation>Vì sao đổi khóa?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Create a &amp;new key</source>
        <translation>Tạo khóa &amp;mới</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>{table} #{id}: {fields} changed outside the application.</source>
        <translation>{table} #{id}: {fields} bị sửa ngoài ứng dụng.</translation>
    </message>
    <message>
        <source>{table} #{id}: not in the change history (added outside the application, or its history entries were deleted).</source>
        <translation>{table} #{id}: không có trong nhật ký thay đổi (được thêm ngoài ứng dụng, hoặc các mục nhật ký của nó đã bị xóa).</translation>
    </message>
    <message>
        <source>{table} #{id}: deleted outside the application (the history has no deletion).</source>
        <translation>{table} #{id}: bị xóa ngoài ứng dụng (nhật ký không ghi việc xóa).</translation>
    </message>
    <message>
        <source>{table} #{id}: exists although the history recorded its deletion (entry {entry}).</source>
        <translation>{table} #{id}: vẫn tồn tại dù nhật ký đã ghi việc xóa (mục {entry}).</translation>
    </message>
    <message>
        <source>{table} #{id}: {fields} had been changed outside the application before entry {entry} recorded a change of it.</source>
        <translation>{table} #{id}: {fields} đã bị sửa ngoài ứng dụng trước khi mục {entry} ghi một thay đổi của bản ghi này.</translation>
    </message>
    <message>
        <source>{table} #{id}: the frozen content of the finalised report no longer matches the SHA-256 recorded when it was finalised.</source>
        <translation>{table} #{id}: nội dung đã chốt của báo cáo không còn khớp mã SHA-256 ghi lại khi chốt.</translation>
    </message>
    <message>
        <source>{table} {id}: the attached file&apos;s content no longer matches its SHA-256.</source>
        <translation>{table} {id}: nội dung tệp đính kèm không còn khớp mã SHA-256 của nó.</translation>
    </message>
    <message>
        <source>{table}: links of record #{id}, which does not exist.</source>
        <translation>{table}: liên kết của bản ghi #{id}, bản ghi này không tồn tại.</translation>
    </message>
    <message>
        <source>{table} #{id}: the export printed the chain head {fields}, but entry {entry} of the history no longer carries it: the history was cut or rewritten after that export.</source>
        <translation>{table} #{id}: lần xuất đã in đầu chuỗi {fields}, nhưng mục {entry} của nhật ký không còn mang mã đó: nhật ký đã bị cắt hoặc viết lại sau lần xuất này.</translation>
    </message>
    <message>
        <source>The records cannot be read: {detail}</source>
        <translation>Không đọc được các bản ghi: {detail}</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: {detail}</source>
        <translation>Kiểm tra tính toàn vẹn SQLite không đạt: {detail}</translation>
    </message>
    <message>
        <source>{n} broken references between records.</source>
        <translation>Có {n} liên kết giữa các hồ sơ bị hỏng.</translation>
    </message>
    <message>
        <source>Schema version {current} is not the expected {head}.</source>
        <translation>Phiên bản lược đồ {current} không đúng phiên bản cần có ({head}).</translation>
    </message>
    <message>
        <source>The change history was altered outside the application (entry {id}).</source>
        <translation>Nhật ký thay đổi đã bị sửa từ bên ngoài ứng dụng (mục {id}).</translation>
    </message>
    <message>
        <source>The history has only {count} entries, but the written-down head {head} names entry {n}: entries were removed.</source>
        <translation>Nhật ký chỉ còn {count} mục, nhưng đầu chuỗi đã ghi {head} nói đến mục {n}: các mục nhật ký đã bị xóa.</translation>
    </message>
    <message>
        <source>Entry {n} of the history does not carry the written-down head {head}: the history was rewritten.</source>
        <translation>Mục {n} của nhật ký không mang đầu chuỗi đã ghi {head}: nhật ký đã bị viết lại.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Filter (tone marks and case are ignored)…</source>
        <translation>Lọc (không phân biệt dấu và chữ hoa/thường)…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>Đã chọn %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistItemDialog</name>
    <message>
        <source>Checklist: new question</source>
        <translation>Danh mục kiểm tra: thêm câu hỏi</translation>
    </message>
    <message>
        <source>Checklist: edit question</source>
        <translation>Danh mục kiểm tra: sửa câu hỏi</translation>
    </message>
    <message>
        <source>Clause or procedure</source>
        <translation>Điều khoản hoặc quy trình</translation>
    </message>
    <message>
        <source>e.g. 7.5.3 or QT-01</source>
        <translation>ví dụ: 7.5.3 hoặc QT-01</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Chuyên gia đánh giá</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>(not yet assessed)</source>
        <translation>(chưa đánh giá)</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Clause</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Chuyên gia đánh giá</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>&amp;Add question…</source>
        <translation>Thêm câu &amp;hỏi…</translation>
    </message>
    <message>
        <source>&amp;Edit question…</source>
        <translation>&amp;Sửa câu hỏi…</translation>
    </message>
    <message>
        <source>Change the question, clause, unit or auditor of the selected item.</source>
        <translation>Sửa câu hỏi, điều khoản, bộ phận hoặc chuyên gia đánh giá của mục đang chọn.</translation>
    </message>
    <message>
        <source>Record a fin&amp;ding from this item…</source>
        <translation>&amp;Ghi nhận phát hiện từ mục này…</translation>
    </message>
    <message>
        <source>Type the evidence and choose the result in the table; each change is saved at once.</source>
        <translation>Nhập bằng chứng và chọn kết quả ngay trong bảng; mỗi thay đổi được lưu ngay.</translation>
    </message>
    <message>
        <source>(not yet assessed)</source>
        <translation>(chưa đánh giá)</translation>
    </message>
    <message>
        <source>Choose a result to save the evidence.</source>
        <translation>Chọn kết quả để lưu bằng chứng.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No password: set QMS_PASSWORD or run in a terminal to be asked.</source>
        <translation>Chưa có mật khẩu: đặt biến QMS_PASSWORD hoặc chạy trong cửa sổ dòng lệnh để được hỏi mật khẩu.</translation>
    </message>
    <message>
        <source>No account: give --user or set QMS_USER (this database has accounts).</source>
        <translation>Chưa chỉ rõ tài khoản: dùng --user hoặc đặt biến QMS_USER (cơ sở dữ liệu này đã có tài khoản).</translation>
    </message>
    <message>
        <source>User name: </source>
        <translation>Tên đăng nhập: </translation>
    </message>
    <message>
        <source>Database not found: {path} (create it with &apos;qms init&apos;).</source>
        <translation>Không tìm thấy cơ sở dữ liệu: {path} (tạo mới bằng lệnh &apos;qms init&apos;).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mật khẩu: </translation>
    </message>
    <message>
        <source>The first account (a leader) is needed: give --user or set QMS_USER, and QMS_PASSWORD.</source>
        <translation>Cần tài khoản đầu tiên (lãnh đạo): dùng --user hoặc đặt biến QMS_USER, và QMS_PASSWORD.</translation>
    </message>
    <message>
        <source>{path} is already set up; nothing was changed.</source>
        <translation>{path} đã được khởi tạo từ trước; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Created {path} for {name}.</source>
        <translation>Đã tạo {path} cho {name}.</translation>
    </message>
    <message>
        <source>Account {user} (leader). Recovery code, shown once — print it and keep it safe: {code}</source>
        <translation>Tài khoản {user} (lãnh đạo). Mã khôi phục, chỉ hiện một lần — hãy in ra và cất giữ cẩn thận: {code}</translation>
    </message>
    <message>
        <source>Demo commune written to {path}: {summary}</source>
        <translation>Đã ghi dữ liệu xã mẫu vào {path}: {summary}</translation>
    </message>
    <message>
        <source>Row {row}: rejected — {reason}</source>
        <translation>Dòng {row}: bị loại — {reason}</translation>
    </message>
    <message>
        <source>Dry run: {added} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected. Nothing was written.</source>
        <translation>Chạy thử: {added} sẽ thêm, {updated} sẽ cập nhật, {unchanged} không đổi, {rejected} bị loại. Chưa ghi gì vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>Đã nhập: thêm {added}, cập nhật {updated}, không đổi {unchanged}, bị loại {rejected}.</translation>
    </message>
    <message>
        <source>  {code}: {fields} changed</source>
        <translation>  {code}: thay đổi {fields}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <source>Schema: {current} (expected {head})</source>
        <translation>Lược đồ: {current} (cần là {head})</translation>
    </message>
    <message>
        <source>SQLite integrity: {result}</source>
        <translation>Tính toàn vẹn SQLite: {result}</translation>
    </message>
    <message>
        <source>History: {n} entries, chain {state}</source>
        <translation>Nhật ký: {n} mục, chuỗi {state}</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>nguyên vẹn</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>BỊ ĐỨT</translation>
    </message>
    <message>
        <source>Records: not compared with the history (its entries predate row states)</source>
        <translation>Bản ghi: chưa đối chiếu với nhật ký (các mục nhật ký có từ trước khi ghi trạng thái bản ghi)</translation>
    </message>
    <message>
        <source>Records: {n} do not match their history</source>
        <translation>Bản ghi: {n} bản ghi không khớp nhật ký</translation>
    </message>
    <message>
        <source>Records: every row matches its history</source>
        <translation>Bản ghi: mọi bản ghi đều khớp nhật ký</translation>
    </message>
    <message>
        <source>Written-down head {head}: {state}</source>
        <translation>Đầu chuỗi đã ghi {head}: {state}</translation>
    </message>
    <message>
        <source>found</source>
        <translation>có trong nhật ký</translation>
    </message>
    <message>
        <source>NOT FOUND</source>
        <translation>KHÔNG KHỚP</translation>
    </message>
    <message>
        <source>Chain head: {head}</source>
        <translation>Đầu chuỗi: {head}</translation>
    </message>
    <message>
        <source>No password for the new account: set {var}.</source>
        <translation>Chưa có mật khẩu cho tài khoản mới: đặt biến {var}.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Mật khẩu mới: </translation>
    </message>
    <message>
        <source>Account {user} ({role}) created. Recovery code, shown once: {code}</source>
        <translation>Đã tạo tài khoản {user} ({role}). Mã khôi phục, chỉ hiện một lần: {code}</translation>
    </message>
    <message>
        <source>New signing key {fingerprint} (it replaces {previous}). Tell the receiving office the new fingerprint by phone.</source>
        <translation>Khóa ký mới {fingerprint} (thay cho {previous}). Hãy báo mã nhận dạng mới cho đơn vị nhận qua điện thoại.</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>Đã sao lưu và kiểm tra bản sao lưu: {path}</translation>
    </message>
    <message>
        <source>Restored {path} ({agency}); the replaced database was kept as {safety}.</source>
        <translation>Đã khôi phục {path} ({agency}); cơ sở dữ liệu bị thay thế được giữ lại tại {safety}.</translation>
    </message>
    <message>
        <source>The backup was made by an earlier version: its history chain was checked, its records could not be compared with it.</source>
        <translation>Bản sao lưu do phiên bản cũ tạo: đã kiểm tra chuỗi nhật ký, nhưng chưa thể đối chiếu các bản ghi với nhật ký.</translation>
    </message>
    <message>
        <source>Draft report {number} for {period} created (id {id}).</source>
        <translation>Đã tạo báo cáo nháp {number} cho {period} (mã {id}).</translation>
    </message>
    <message>
        <source>Report {id} saved.</source>
        <translation>Đã lưu báo cáo {id}.</translation>
    </message>
    <message>
        <source>Report {number} finalised; its content is now frozen.</source>
        <translation>Đã chốt báo cáo {number}; nội dung báo cáo từ nay được giữ cố định.</translation>
    </message>
    <message>
        <source>Report {number} recorded as sent.</source>
        <translation>Đã ghi nhận báo cáo {number} là đã gửi.</translation>
    </message>
    <message>
        <source>Key fingerprint printed on the report: {fingerprint}</source>
        <translation>Mã nhận dạng khóa ký in trên báo cáo: {fingerprint}</translation>
    </message>
    <message>
        <source>Chain head printed on the report: {head}</source>
        <translation>Đầu chuỗi in trên báo cáo: {head}</translation>
    </message>
    <message>
        <source>INVALID package: {reason}</source>
        <translation>Gói báo cáo KHÔNG HỢP LỆ: {reason}</translation>
    </message>
    <message>
        <source>Valid package: {name}</source>
        <translation>Gói báo cáo hợp lệ: {name}</translation>
    </message>
    <message>
        <source>Agency: {agency}</source>
        <translation>Cơ quan: {agency}</translation>
    </message>
    <message>
        <source>Report {number}, version {version}, period {period} ({label})</source>
        <translation>Báo cáo {number}, phiên bản {version}, kỳ {period} ({label})</translation>
    </message>
    <message>
        <source>Exported {at} by {user}</source>
        <translation>Do {user} xuất lúc {at}</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint} (confirm it with the sender by phone)</source>
        <translation>Mã nhận dạng khóa ký: {fingerprint} (hãy gọi điện xác nhận với nơi gửi)</translation>
    </message>
    <message>
        <source>The sender changed its signing key; the previous one was {previous}</source>
        <translation>Đơn vị gửi đã đổi khóa ký; khóa trước đó là {previous}</translation>
    </message>
    <message>
        <source>Sender&apos;s chain head: {head} (keep it: the next package must extend it)</source>
        <translation>Đầu chuỗi nhật ký của đơn vị gửi: {head} (hãy lưu lại: gói gửi lần sau phải nối tiếp chuỗi này)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>What happens</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Trong phạm vi</translation>
    </message>
    <message>
        <source>Effective procedure</source>
        <translation>Quy trình hiệu lực</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Ngày phát hiện</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Hành động chưa xong</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Lần BH</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Obsolete from</source>
        <translation>Hết hiệu lực từ</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Mục sửa đổi</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Built in on</source>
        <translation>Ngày cập nhật</translation>
    </message>
    <message>
        <source>Build in by</source>
        <translation>Hạn cập nhật</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Sự không phù hợp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Sự không phù hợp</translation>
    </message>
    <message>
        <source>Linked TTHC</source>
        <translation>TTHC liên quan</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Open outputs</source>
        <translation>Đầu ra chưa xong</translation>
    </message>
    <message>
        <source>Decision or action</source>
        <translation>Quyết định hoặc hành động</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>Đúng hạn (%)</translation>
    </message>
</context>
<context>
    <name>CompleteAuditDialog</name>
    <message>
        <source>Record the audit as held</source>
        <translation>Ghi nhận đã thực hiện đánh giá</translation>
    </message>
    <message>
        <source>Held from</source>
        <translation>Thực hiện từ ngày</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Tóm tắt báo cáo</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>TTHC in the QMS scope</source>
        <translation>TTHC thuộc phạm vi HTQLCL</translation>
    </message>
    <message>
        <source>Procedures in effect</source>
        <translation>Quy trình đang hiệu lực</translation>
    </message>
    <message>
        <source>Open nonconformities</source>
        <translation>Sự không phù hợp chưa đóng</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Hành động quá hạn</translation>
    </message>
    <message>
        <source>Objectives met this year</source>
        <translation>Mục tiêu đạt trong năm</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Warnings (Enter or double-click opens the record)</source>
        <translation>Cảnh báo (nhấn Enter hoặc nháy đúp để mở hồ sơ)</translation>
    </message>
    <message>
        <source>Nonconformities this year by status</source>
        <translation>Sự không phù hợp trong năm theo trạng thái</translation>
    </message>
    <message>
        <source>No nonconformity recorded this year.</source>
        <translation>Năm nay chưa ghi nhận sự không phù hợp nào.</translation>
    </message>
    <message>
        <source>TTHC settled on time (%), by period end</source>
        <translation>Tỷ lệ TTHC giải quyết đúng hạn (%), theo kỳ</translation>
    </message>
    <message>
        <source>No service statistics recorded yet.</source>
        <translation>Chưa có số liệu thống kê giải quyết TTHC.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Next report: %1 (%2 – %3), to be sent by %4 — %5.</source>
        <translation>Báo cáo kỳ tới: %1 (%2 – %3), hạn gửi %4 — %5.</translation>
    </message>
    <message>
        <source>of %1; covered by a procedure: %2</source>
        <translation>trên tổng số %1; đã có quy trình: %2</translation>
    </message>
    <message>
        <source>of %1 registered</source>
        <translation>trên tổng số %1 đã đăng ký</translation>
    </message>
    <message>
        <source>%1 objectives set for %2</source>
        <translation>%1 mục tiêu đề ra cho năm %2</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(quá hạn)</translation>
    </message>
    <message>
        <source>(due soon)</source>
        <translation>(sắp đến hạn)</translation>
    </message>
    <message>
        <source>Nothing to do: no warning.</source>
        <translation>Không có cảnh báo nào.</translation>
    </message>
    <message>
        <source>Warnings: %1 (Enter or double-click opens the record)</source>
        <translation>Cảnh báo: %1 (nhấn Enter hoặc nháy đúp để mở hồ sơ)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Announcement decision</source>
        <translation>Quyết định công bố</translation>
    </message>
    <message>
        <source>Management-review minutes</source>
        <translation>Biên bản họp xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Corrective-action request</source>
        <translation>Phiếu yêu cầu hành động khắc phục</translation>
    </message>
    <message>
        <source>Internal audit plan</source>
        <translation>Kế hoạch đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Internal audit report</source>
        <translation>Báo cáo đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Procedure cover page and amendments</source>
        <translation>Trang bìa và theo dõi sửa đổi của quy trình</translation>
    </message>
    <message>
        <source>Procedure steps and flowchart</source>
        <translation>Các bước và lưu đồ của quy trình</translation>
    </message>
    <message>
        <source>Procedure flowchart</source>
        <translation>Lưu đồ quy trình</translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Thêm dòng</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Xóa dòng</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{path} is not a valid QMS Desktop backup; nothing was changed.</source>
        <translation>{path} không phải là bản sao lưu hợp lệ của QMS Desktop; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Invalid report period &apos;{period}&apos;: use 2026-H1 or 2026.</source>
        <translation>Kỳ báo cáo &apos;{period}&apos; không hợp lệ: dùng dạng 2026-H1 hoặc 2026.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
    <message>
        <source>The file {path} did not verify after writing.</source>
        <translation>Tệp {path} không vượt qua bước kiểm tra sau khi ghi.</translation>
    </message>
    <message>
        <source>{field_label} is required.</source>
        <translation>{field_label}: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>{field_label}: &apos;{value}&apos; is not a valid value.</source>
        <translation>{field_label}: &apos;{value}&apos; không phải là giá trị hợp lệ.</translation>
    </message>
    <message>
        <source>{field_label} must be between {min} and {max}.</source>
        <translation>{field_label} phải nằm trong khoảng từ {min} đến {max}.</translation>
    </message>
    <message>
        <source>{field_label}: &apos;{value}&apos; is not a valid date (dd/mm/yyyy).</source>
        <translation>{field_label}: &apos;{value}&apos; không phải là ngày hợp lệ (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>{field_label}: {value} is outside the accepted range.</source>
        <translation>{field_label}: {value} nằm ngoài khoảng cho phép.</translation>
    </message>
    <message>
        <source>Unknown kind of agency: {kind} (use xa, phuong or dac-khu).</source>
        <translation>Loại hình cơ quan không xác định: {kind} (dùng xa, phuong hoặc dac-khu).</translation>
    </message>
    <message>
        <source>Unknown setting: {key}</source>
        <translation>Thiết lập không xác định: {key}</translation>
    </message>
    <message>
        <source>{field_label}: &apos;{value}&apos; is not an allowed value.</source>
        <translation>{field_label}: &apos;{value}&apos; không phải là giá trị được phép.</translation>
    </message>
    <message>
        <source>Use MM-DD for a due date, e.g. 06-20.</source>
        <translation>Nhập hạn gửi theo dạng MM-DD (tháng-ngày), ví dụ 06-20.</translation>
    </message>
    <message>
        <source>Record not found ({kind} {id}).</source>
        <translation>Không tìm thấy hồ sơ ({kind} {id}).</translation>
    </message>
    <message>
        <source>{field_label} is too long (at most {max} characters).</source>
        <translation>{field_label} quá dài (tối đa {max} ký tự).</translation>
    </message>
    <message>
        <source>view records</source>
        <translation>xem hồ sơ</translation>
    </message>
    <message>
        <source>change records</source>
        <translation>sửa hồ sơ</translation>
    </message>
    <message>
        <source>record audits</source>
        <translation>ghi nhận đánh giá</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>phê duyệt</translation>
    </message>
    <message>
        <source>finalise reports</source>
        <translation>chốt báo cáo</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>nhập dữ liệu</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>quản lý tài khoản</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>sao lưu dữ liệu</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>change the agency&apos;s signing key</source>
        <translation>đổi khóa ký của đơn vị</translation>
    </message>
    <message>
        <source>Account &apos;{user}&apos; is not allowed to {action_label}.</source>
        <translation>Tài khoản &apos;{user}&apos; không có quyền {action_label}.</translation>
    </message>
    <message>
        <source>Unknown kind of record: {kind}</source>
        <translation>Loại hồ sơ không xác định: {kind}</translation>
    </message>
    <message>
        <source>The file is too large (at most {mb} MB).</source>
        <translation>Tệp quá lớn (tối đa {mb} MB).</translation>
    </message>
    <message>
        <source>Cannot read the file {name}.</source>
        <translation>Không đọc được tệp {name}.</translation>
    </message>
    <message>
        <source>The stored file {name} is damaged (checksum mismatch).</source>
        <translation>Tệp đã lưu {name} bị hỏng (mã kiểm tra không khớp).</translation>
    </message>
    <message>
        <source>Unknown field: {name}</source>
        <translation>Trường thông tin không xác định: {name}</translation>
    </message>
    <message>
        <source>{name} cannot audit his or her own unit ({unit}).</source>
        <translation>{name} không được đánh giá bộ phận của chính mình ({unit}).</translation>
    </message>
    <message>
        <source>This record is cancelled.</source>
        <translation>Hồ sơ này đã bị hủy.</translation>
    </message>
    <message>
        <source>A nonconformity is major or minor.</source>
        <translation>Sự không phù hợp chỉ có mức nặng hoặc nhẹ.</translation>
    </message>
    <message>
        <source>Nonconformity {number} was raised from this finding: its kind can no longer change.</source>
        <translation>Sự không phù hợp {number} đã được tạo từ phát hiện này: không thể đổi loại phát hiện nữa.</translation>
    </message>
    <message>
        <source>Nonconformity {number} was already raised from this finding.</source>
        <translation>Đã lập sự không phù hợp {number} từ phát hiện này.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>An audit cannot be recorded as held in the future.</source>
        <translation>Không thể ghi nhận cuộc đánh giá đã thực hiện vào một ngày trong tương lai.</translation>
    </message>
    <message>
        <source>Only a completed audit&apos;s report can be approved.</source>
        <translation>Chỉ phê duyệt được báo cáo của cuộc đánh giá đã thực hiện xong.</translation>
    </message>
    <message>
        <source>On time + late + pending ({settled}) exceeds the applications received ({received}).</source>
        <translation>Tổng số đúng hạn + quá hạn + đang giải quyết ({settled}) vượt quá số hồ sơ tiếp nhận ({received}).</translation>
    </message>
    <message>
        <source>{field_label}: record {id} does not exist.</source>
        <translation>{field_label}: hồ sơ {id} không tồn tại.</translation>
    </message>
    <message>
        <source>This kind of record cannot be cancelled; edit it instead.</source>
        <translation>Loại hồ sơ này không hủy được; hãy sửa nội dung.</translation>
    </message>
    <message>
        <source>Give a reason for cancelling.</source>
        <translation>Hãy nhập lý do hủy.</translation>
    </message>
    <message>
        <source>A procedure with code {code} already exists.</source>
        <translation>Đã có quy trình mang mã {code}.</translation>
    </message>
    <message>
        <source>Step {no}: the time unit must be days or hours.</source>
        <translation>Bước {no}: đơn vị thời gian phải là ngày hoặc giờ.</translation>
    </message>
    <message>
        <source>Step {no}: the time allowed must be between 0 and 365.</source>
        <translation>Bước {no}: thời gian thực hiện phải từ 0 đến 365.</translation>
    </message>
    <message>
        <source>The effective date is before the issue date.</source>
        <translation>Ngày hiệu lực trước ngày ban hành.</translation>
    </message>
    <message>
        <source>Procedure {code} already has a draft version; approve or edit it first.</source>
        <translation>Quy trình {code} đã có một lần ban hành dự thảo; hãy phê duyệt hoặc sửa lần ban hành đó trước.</translation>
    </message>
    <message>
        <source>Only a draft version can be edited; issue a new version instead.</source>
        <translation>Chỉ sửa được lần ban hành đang ở dạng dự thảo; hãy tạo lần ban hành mới.</translation>
    </message>
    <message>
        <source>Only a draft version can be approved.</source>
        <translation>Chỉ phê duyệt được lần ban hành đang ở dạng dự thảo.</translation>
    </message>
    <message>
        <source>The new version must take effect after version {number} ({date}).</source>
        <translation>Lần ban hành mới phải có hiệu lực sau lần ban hành {number} ({date}).</translation>
    </message>
    <message>
        <source>This record is already cancelled.</source>
        <translation>Hồ sơ này đã bị hủy trước đó.</translation>
    </message>
    <message>
        <source>TTHC code &apos;{code}&apos; is not in the national format (e.g. 1.009137).</source>
        <translation>Mã TTHC &apos;{code}&apos; không đúng định dạng mã quốc gia (ví dụ 1.009137).</translation>
    </message>
    <message>
        <source>A TTHC with code {code} already exists.</source>
        <translation>Đã có TTHC mang mã {code}.</translation>
    </message>
    <message>
        <source>Database not found: {path}</source>
        <translation>Không tìm thấy cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <source>{path} is not a QMS Desktop database.</source>
        <translation>{path} không phải là cơ sở dữ liệu của QMS Desktop.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of QMS Desktop (schema {revision}). Install the newer version to open it.</source>
        <translation>Cơ sở dữ liệu này được ghi bởi phiên bản QMS Desktop mới hơn (lược đồ {revision}). Hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <source>Controlled records are never deleted: cancel them with a reason instead.</source>
        <translation>Hồ sơ được kiểm soát không bao giờ bị xóa: hãy hủy hồ sơ kèm lý do.</translation>
    </message>
    <message>
        <source>This database is already open in QMS Desktop (on {host}, process {pid}, since {since}). Close the other window first.</source>
        <translation>Cơ sở dữ liệu này đang được mở trong QMS Desktop (trên máy {host}, tiến trình {pid}, từ {since}). Hãy đóng cửa sổ kia trước.</translation>
    </message>
    <message>
        <source>Unexpected error: {detail}</source>
        <translation>Lỗi không mong muốn: {detail}</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Printing of this document is not available yet.</source>
        <translation>Chưa hỗ trợ in văn bản này.</translation>
    </message>
    <message>
        <source>The demo commune can only be written into an empty database; this one already has an agency profile, accounts or records.</source>
        <translation>Chỉ ghi được dữ liệu xã mẫu vào cơ sở dữ liệu trống; cơ sở dữ liệu này đã có thông tin cơ quan, tài khoản hoặc hồ sơ.</translation>
    </message>
    <message>
        <source>Cannot write the backup to {path}: {reason}</source>
        <translation>Không ghi được bản sao lưu vào {path}: {reason}</translation>
    </message>
    <message>
        <source>The backup written to {path} did not verify.</source>
        <translation>Bản sao lưu ghi vào {path} không vượt qua bước kiểm tra.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Thư mục {path} không tồn tại.</translation>
    </message>
    <message>
        <source>Only a leader can restore a backup: it replaces every record, the accounts and their roles included.</source>
        <translation>Chỉ lãnh đạo mới được khôi phục từ bản sao lưu: việc này thay thế mọi bản ghi, kể cả tài khoản và vai trò.</translation>
    </message>
    <message>
        <source>{path} was changed after it was written (it no longer matches its metadata file); nothing was changed.</source>
        <translation>{path} đã bị sửa sau khi được ghi (không còn khớp tệp thông tin kèm theo); không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The backup&apos;s change history was altered outside the application (entry {id}); it is not restored.</source>
        <translation>Nhật ký thay đổi của bản sao lưu đã bị sửa ngoài ứng dụng (mục {id}); không khôi phục bản sao lưu này.</translation>
    </message>
    <message>
        <source>{n} records of the backup do not match its change history (they were changed outside the application); it is not restored.</source>
        <translation>{n} bản ghi của bản sao lưu không khớp nhật ký thay đổi (đã bị sửa ngoài ứng dụng); không khôi phục bản sao lưu này.</translation>
    </message>
    <message>
        <source>After this restore you could no longer log in as {user}: the backup has no active leader account {user} with your current password. Nothing was changed.</source>
        <translation>Sau khi khôi phục, bạn sẽ không đăng nhập được bằng tài khoản {user}: bản sao lưu không có tài khoản lãnh đạo {user} đang hoạt động với mật khẩu hiện tại của bạn. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>{path} is a backup of another agency ({agency}), not of {current}. Confirm that you mean to replace this agency&apos;s data with it (qms restore … --other-agency); nothing was changed.</source>
        <translation>{path} là bản sao lưu của cơ quan khác ({agency}), không phải của {current}. Hãy xác nhận rằng bạn muốn thay dữ liệu của cơ quan này bằng bản sao lưu đó (qms restore … --other-agency); không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Cannot restore: the database is still in use by another program; close it and try again. Nothing was changed.</source>
        <translation>Không khôi phục được: cơ sở dữ liệu vẫn đang được một chương trình khác sử dụng; hãy đóng chương trình đó rồi thử lại. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Cannot restore: {reason}</source>
        <translation>Không khôi phục được: {reason}</translation>
    </message>
    <message>
        <source>The due date is before the date detected.</source>
        <translation>Hạn hoàn thành trước ngày phát hiện.</translation>
    </message>
    <message>
        <source>Nonconformity {number} is closed or cancelled and can no longer change.</source>
        <translation>Sự không phù hợp {number} đã đóng hoặc đã hủy, không thể sửa được nữa.</translation>
    </message>
    <message>
        <source>The action cannot be done before the nonconformity was detected.</source>
        <translation>Ngày hoàn thành hành động không thể trước ngày phát hiện sự không phù hợp.</translation>
    </message>
    <message>
        <source>The date done cannot be in the future.</source>
        <translation>Ngày hoàn thành không thể là một ngày trong tương lai.</translation>
    </message>
    <message>
        <source>Nonconformity {number}: every corrective action must be done before verification.</source>
        <translation>Sự không phù hợp {number}: mọi hành động khắc phục phải hoàn thành trước khi xác nhận.</translation>
    </message>
    <message>
        <source>The verification cannot be dated before the last action was done.</source>
        <translation>Ngày xác nhận không thể trước ngày hoàn thành hành động cuối cùng.</translation>
    </message>
    <message>
        <source>Nonconformity {number} cannot close: not every corrective action is done.</source>
        <translation>Chưa thể đóng sự không phù hợp {number}: còn hành động khắc phục chưa hoàn thành.</translation>
    </message>
    <message>
        <source>Nonconformity {number} cannot close before its actions are verified as effective.</source>
        <translation>Chưa thể đóng sự không phù hợp {number} khi các hành động chưa được xác nhận là có hiệu lực.</translation>
    </message>
    <message>
        <source>The audit has not been held yet: record it as held before printing its report.</source>
        <translation>Cuộc đánh giá chưa được thực hiện: hãy ghi nhận đã thực hiện trước khi in báo cáo.</translation>
    </message>
    <message>
        <source>Unknown kind of document: {kind}</source>
        <translation>Loại văn bản không xác định: {kind}</translation>
    </message>
    <message>
        <source>Finalise the report before exporting it: only a finalised report goes to the receiving office.</source>
        <translation>Hãy chốt báo cáo trước khi xuất: chỉ báo cáo đã chốt mới được gửi cho cơ quan nhận báo cáo.</translation>
    </message>
    <message>
        <source>The change history was altered outside the application (entry {id}); a report cannot be sent from this database. Run the integrity check and restore the last good backup.</source>
        <translation>Nhật ký thay đổi đã bị sửa ngoài ứng dụng (mục {id}); không thể gửi báo cáo từ cơ sở dữ liệu này. Hãy chạy kiểm tra tính toàn vẹn và khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <source>The change history no longer holds the head {head} printed on an earlier export: it was cut or rewritten. A report cannot be sent from this database; restore the last good backup.</source>
        <translation>Nhật ký thay đổi không còn chứa đầu chuỗi {head} đã in trong một lần xuất trước: nhật ký đã bị cắt hoặc viết lại. Không thể gửi báo cáo từ cơ sở dữ liệu này; hãy khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <source>The frozen content of report {number} was changed outside the application (it no longer has the SHA-256 recorded when it was finalised); it cannot be exported. Restore the last good backup.</source>
        <translation>Nội dung đã chốt của báo cáo {number} đã bị sửa ngoài ứng dụng (không còn khớp mã SHA-256 ghi lại khi chốt); không thể xuất báo cáo. Hãy khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <source>Fill in the agency profile before making a report.</source>
        <translation>Hãy nhập thông tin cơ quan trước khi lập báo cáo.</translation>
    </message>
    <message>
        <source>Number {number} of {year} is already used ({used_for}); take the next free number from the register.</source>
        <translation>Số {number} năm {year} đã được dùng ({used_for}); hãy lấy số còn trống tiếp theo trong sổ đăng ký văn bản đi.</translation>
    </message>
    <message>
        <source>A document number is a whole number from 1 up.</source>
        <translation>Số văn bản phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Number {number} of {year} was just taken by someone else; try again.</source>
        <translation>Số {number} năm {year} vừa được người khác sử dụng; hãy thử lại.</translation>
    </message>
    <message>
        <source>A report for {period} already exists (no. {id}); open it, or make a corrected version of it.</source>
        <translation>Đã có báo cáo cho {period} (số {id}); hãy mở báo cáo đó hoặc làm phiên bản đính chính.</translation>
    </message>
    <message>
        <source>Report {number} is finalised and can no longer change; make a corrected version instead.</source>
        <translation>Báo cáo {number} đã chốt, không thể sửa được nữa; hãy làm phiên bản đính chính.</translation>
    </message>
    <message>
        <source>Only a finalised report can be marked as sent.</source>
        <translation>Chỉ báo cáo đã chốt mới được đánh dấu là đã gửi.</translation>
    </message>
    <message>
        <source>A draft is edited directly; only a finalised report gets a corrected version.</source>
        <translation>Báo cáo nháp được sửa trực tiếp; chỉ báo cáo đã chốt mới cần làm phiên bản đính chính.</translation>
    </message>
    <message>
        <source>The period {period} already has a draft version; finish it first.</source>
        <translation>Kỳ {period} đã có một bản nháp; hãy hoàn tất bản nháp đó trước.</translation>
    </message>
    <message>
        <source>Unknown review input: {key}</source>
        <translation>Đầu vào xem xét không xác định: {key}</translation>
    </message>
    <message>
        <source>A review cannot be recorded as held before its date.</source>
        <translation>Chưa đến ngày họp thì chưa thể ghi nhận cuộc xem xét đã được tổ chức.</translation>
    </message>
    <message>
        <source>A user name is one word of at most 64 characters.</source>
        <translation>Tên đăng nhập phải viết liền một từ, tối đa 64 ký tự.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Mật khẩu phải có ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <source>Unknown role: {role}</source>
        <translation>Vai trò không xác định: {role}</translation>
    </message>
    <message>
        <source>This database already has accounts; log in to add more.</source>
        <translation>Cơ sở dữ liệu này đã có tài khoản; hãy đăng nhập để thêm tài khoản.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>Tên đăng nhập {name} đã được sử dụng.</translation>
    </message>
    <message>
        <source>Only a leader can create a leader account.</source>
        <translation>Chỉ lãnh đạo mới tạo được tài khoản lãnh đạo.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>Account {name} is locked after repeated failures; try again in {minutes} minutes.</source>
        <translation>Tài khoản {name} bị khóa do nhập sai nhiều lần; hãy thử lại sau {minutes} phút.</translation>
    </message>
    <message>
        <source>Wrong user name or recovery code.</source>
        <translation>Sai tên đăng nhập hoặc mã khôi phục.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Không thể vô hiệu hóa tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>Say why the signing key is changed.</source>
        <translation>Hãy nêu lý do đổi khóa ký.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The drive is full: {name} could not be written to {folder}. Nothing was saved; free some space or choose another drive.</source>
        <translation>Ổ đĩa đã đầy: không ghi được {name} vào {folder}. Chưa có gì được lưu; hãy giải phóng bớt dung lượng hoặc chọn ổ đĩa khác.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only or not writable (is the USB stick locked?). Nothing was saved.</source>
        <translation>Thư mục {folder} chỉ cho phép đọc hoặc không ghi được (USB có đang bị khóa ghi không?). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>The drive or folder {folder} is no longer available (was the USB stick removed?). Nothing valid was saved.</source>
        <translation>Ổ đĩa hoặc thư mục {folder} không còn truy cập được (USB đã bị rút ra?). Không có tệp hợp lệ nào được lưu.</translation>
    </message>
    <message>
        <source>Could not write {name} to {folder}: {reason}. Nothing was saved.</source>
        <translation>Không ghi được {name} vào {folder}: {reason}. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist (was the USB stick removed?).</source>
        <translation>Thư mục {folder} không tồn tại (USB đã bị rút ra?).</translation>
    </message>
    <message>
        <source>{name} read back differently from what was written (a failing drive?). It was removed; try another drive.</source>
        <translation>Nội dung {name} đọc lại khác với nội dung đã ghi (ổ đĩa bị lỗi?). Tệp đã bị xóa; hãy thử ổ đĩa khác.</translation>
    </message>
    <message>
        <source>The agency&apos;s signing key {path} cannot be read. Restore the database from a backup; a new key would change the fingerprint the receiving office knows.</source>
        <translation>Không đọc được khóa ký {path} của đơn vị. Hãy khôi phục cơ sở dữ liệu từ bản sao lưu; một khóa mới sẽ làm thay đổi mã nhận dạng mà đơn vị nhận đã biết.</translation>
    </message>
    <message>
        <source>The installation&apos;s signing key {path} cannot be read. Restore it from a backup; a new key would change the fingerprint the receiving office knows.</source>
        <translation>Không đọc được khóa ký {path} của bản cài đặt này. Hãy khôi phục khóa từ bản sao lưu; nếu tạo khóa mới, mã nhận dạng khóa mà cơ quan nhận báo cáo đang biết sẽ thay đổi.</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 key.</source>
        <translation>{path} không phải là khóa Ed25519.</translation>
    </message>
    <message>
        <source>The package written to {folder} does not verify ({reason}); it was removed. Try another drive.</source>
        <translation>Gói báo cáo ghi vào {folder} không vượt qua bước kiểm tra ({reason}); gói đã bị xóa. Hãy thử ổ đĩa khác.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Agency name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên / chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>ISO steering committee</source>
        <translation>Ban chỉ đạo ISO</translation>
    </message>
    <message>
        <source>Internal auditor</source>
        <translation>Chuyên gia đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Auditor certificate</source>
        <translation>Chứng chỉ chuyên gia đánh giá</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Built into the procedure on</source>
        <translation>Ngày cập nhật vào quy trình</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Other activities in scope</source>
        <translation>Hoạt động khác thuộc phạm vi</translation>
    </message>
    <message>
        <source>Notice sent on</source>
        <translation>Ngày gửi thông báo</translation>
    </message>
    <message>
        <source>Notice sent to</source>
        <translation>Nơi nhận thông báo</translation>
    </message>
    <message>
        <source>Posted at the office on</source>
        <translation>Ngày niêm yết tại trụ sở</translation>
    </message>
    <message>
        <source>Re-announcement</source>
        <translation>Công bố lại</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Thước đo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Cách so sánh</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Bộ phận chịu trách nhiệm</translation>
    </message>
    <message>
        <source>Inspecting body</source>
        <translation>Cơ quan kiểm tra</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <source>Record signed on</source>
        <translation>Ngày ký biên bản</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Corrective actions reported on</source>
        <translation>Ngày báo cáo kết quả khắc phục</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Người giảng dạy</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>Number of attendees</source>
        <translation>Số người tham dự</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Quá trình</translation>
    </message>
    <message>
        <source>Likelihood (1–5)</source>
        <translation>Khả năng xảy ra (1–5)</translation>
    </message>
    <message>
        <source>Impact (1–5)</source>
        <translation>Mức ảnh hưởng (1–5)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Ngày xem xét lại</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Hiệu lực của hành động</translation>
    </message>
    <message>
        <source>What was improved</source>
        <translation>Nội dung cải tiến</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Form used</source>
        <translation>Mẫu phiếu sử dụng</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Số phiếu thu về</translation>
    </message>
    <message>
        <source>Satisfaction rate (%)</source>
        <translation>Tỷ lệ hài lòng (%)</translation>
    </message>
    <message>
        <source>Results per question</source>
        <translation>Kết quả theo từng câu hỏi</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Số hồ sơ tiếp nhận</translation>
    </message>
    <message>
        <source>Settled on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Settled late</source>
        <translation>Giải quyết quá hạn</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Feedback and petitions</source>
        <translation>Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Số phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>Số phản ánh, kiến nghị đã xử lý</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Hiệu lực từ ngày</translation>
    </message>
    <message>
        <source>Obsolete from</source>
        <translation>Hết hiệu lực từ ngày</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Người soạn thảo</translation>
    </message>
    <message>
        <source>Drafter&apos;s title</source>
        <translation>Chức vụ người soạn thảo</translation>
    </message>
    <message>
        <source>Drafted on</source>
        <translation>Ngày soạn thảo</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Người xem xét</translation>
    </message>
    <message>
        <source>Reviewer&apos;s title</source>
        <translation>Chức vụ người xem xét</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Ngày xem xét</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Ngày dự kiến</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Held from</source>
        <translation>Thực hiện từ ngày</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>Approver&apos;s title</source>
        <translation>Chức vụ người phê duyệt</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Ngày phê duyệt</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Mục sửa đổi</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Lần ban hành</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>Bộ phận chủ trì</translation>
    </message>
    <message>
        <source>Owner person</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Ngày hủy</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Ngày phát hiện</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Người xác nhận</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Ngày xác nhận</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày đóng</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>New finding</source>
        <translation>Phát hiện mới</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Sửa phát hiện</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Nonconformity %1 was raised from this finding: its kind no longer changes.</source>
        <translation>Sự không phù hợp %1 đã được tạo từ phát hiện này: loại phát hiện không đổi được nữa.</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>&amp;Add finding…</source>
        <translation>Thêm phát &amp;hiện…</translation>
    </message>
    <message>
        <source>&amp;Edit finding…</source>
        <translation>&amp;Sửa phát hiện…</translation>
    </message>
    <message>
        <source>Change the kind, severity, clause, description or unit of the selected finding.</source>
        <translation>Sửa loại, mức độ, điều khoản, mô tả hoặc bộ phận của phát hiện đang chọn.</translation>
    </message>
    <message>
        <source>Raise &amp;nonconformity</source>
        <translation>&amp;Lập sự không phù hợp</translation>
    </message>
    <message>
        <source>Create the nonconformity (Sự không phù hợp) of the selected finding in one step: number, source, audit and clause are carried over.</source>
        <translation>Lập sự không phù hợp cho phát hiện được chọn chỉ trong một bước: số, nguồn, cuộc đánh giá và điều khoản được chuyển sang tự động.</translation>
    </message>
    <message>
        <source>&amp;Open nonconformity</source>
        <translation>Mở &amp;sự không phù hợp</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>QMS Desktop — first start</source>
        <translation>QMS Desktop — thiết lập lần đầu</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Bỏ các thay đổi vừa thực hiện?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Bản cài đặt này thiếu tài liệu hướng dẫn sử dụng.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa đổi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Administrative procedure</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>Procedure version</source>
        <translation>Lần ban hành quy trình</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>Bước của quy trình</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Theo dõi sửa đổi</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Quality policy</source>
        <translation>Chính sách chất lượng</translation>
    </message>
    <message>
        <source>Quality objective</source>
        <translation>Mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>Objective result</source>
        <translation>Kết quả thực hiện mục tiêu</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Chương trình đánh giá</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>Đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Mục trong danh mục kiểm tra</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>Phát hiện đánh giá</translation>
    </message>
    <message>
        <source>External inspection</source>
        <translation>Kiểm tra của cấp trên</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Sự không phù hợp</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Hành động khắc phục</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Review input</source>
        <translation>Đầu vào xem xét</translation>
    </message>
    <message>
        <source>Review output</source>
        <translation>Đầu ra xem xét</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Đào tạo, phổ biến</translation>
    </message>
    <message>
        <source>Risk or opportunity</source>
        <translation>Rủi ro hoặc cơ hội</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Cải tiến</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Khảo sát sự hài lòng</translation>
    </message>
    <message>
        <source>Service statistics</source>
        <translation>Thống kê giải quyết TTHC</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Stored file</source>
        <translation>Tệp lưu trữ</translation>
    </message>
    <message>
        <source>Procedure ↔ TTHC link</source>
        <translation>Liên kết quy trình ↔ TTHC</translation>
    </message>
    <message>
        <source>Announcement ↔ TTHC link</source>
        <translation>Liên kết công bố ↔ TTHC</translation>
    </message>
    <message>
        <source>Audit team member</source>
        <translation>Thành viên đoàn đánh giá</translation>
    </message>
    <message>
        <source>Audited unit</source>
        <translation>Bộ phận được đánh giá</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ghi nhận ban đầu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Nội dung thay đổi</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Filter by user, record kind or value…</source>
        <translation>Lọc theo người dùng, loại hồ sơ hoặc giá trị…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>Check &amp;integrity</source>
        <translation>&amp;Kiểm tra tính toàn vẹn</translation>
    </message>
    <message>
        <source>Recompute the chain of fingerprints of every entry and compare every record with its history: an edit made outside the application shows up with its table, record and field.</source>
        <translation>Tính lại chuỗi mã của mọi mục và đối chiếu mọi bản ghi với nhật ký: chỗ bị sửa ngoài ứng dụng sẽ hiện ra với bảng, bản ghi và trường.</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Xuất ra &amp;Excel…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường thông tin</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the history…</source>
        <translation>Đang xuất nhật ký thay đổi…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>%1 of %2 entries loaded (newest first; scroll down for more).</source>
        <translation>Đã tải %1/%2 mục (mới nhất ở trên; cuộn xuống để xem thêm).</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Đang kiểm tra cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Chain head: %1</source>
        <translation>Đầu chuỗi: %1</translation>
    </message>
    <message>
        <source>The database is intact: %1 history entries checked, the chain is unbroken and every record matches its history.</source>
        <translation>Cơ sở dữ liệu nguyên vẹn: đã kiểm tra %1 mục nhật ký, chuỗi không bị đứt và mọi bản ghi đều khớp nhật ký.</translation>
    </message>
    <message>
        <source>The database is intact: %1 history entries checked, the chain is unbroken.</source>
        <translation>Cơ sở dữ liệu toàn vẹn: đã kiểm tra %1 mục nhật ký, chuỗi không bị đứt.</translation>
    </message>
    <message>
        <source>… and %1 more (the command qms check lists them all).</source>
        <translation>… và %1 vấn đề khác (lệnh qms check liệt kê đầy đủ).</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>CÓ VẤN ĐỀ: %1</translation>
    </message>
    <message>
        <source>Records changed outside the application</source>
        <translation>Bản ghi bị sửa ngoài ứng dụng</translation>
    </message>
    <message>
        <source>Change history altered</source>
        <translation>Nhật ký thay đổi đã bị can thiệp</translation>
    </message>
</context>
<context>
    <name>HoldReviewDialog</name>
    <message>
        <source>Record the review as held</source>
        <translation>Ghi nhận đã họp xem xét</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Thành phần tham dự</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Will add</source>
        <translation>Sẽ thêm</translation>
    </message>
    <message>
        <source>Will update</source>
        <translation>Sẽ cập nhật</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import TTHC — preview</source>
        <translation>Nhập danh mục TTHC — xem trước</translation>
    </message>
    <message>
        <source>File “%1”, sheet “%2”: %3 to add, %4 to update, %5 unchanged, %6 rejected. Nothing has been written yet: press “Import” to apply, or Cancel.</source>
        <translation>Tệp “%1”, trang tính “%2”: %3 sẽ thêm, %4 sẽ cập nhật, %5 không đổi, %6 bị loại. Chưa ghi gì: nhấn “Nhập” để áp dụng, hoặc “Hủy”.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Nothing to add or update.</source>
        <translation>Không có gì để thêm hoặc cập nhật.</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>External inspections</source>
        <translation>Kiểm tra của cấp trên</translation>
    </message>
    <message>
        <source>Nonconformities raised from the selected inspection</source>
        <translation>Sự không phù hợp phát sinh từ cuộc kiểm tra được chọn</translation>
    </message>
    <message>
        <source>&amp;Raise a nonconformity…</source>
        <translation>&amp;Lập sự không phù hợp…</translation>
    </message>
    <message>
        <source>Enter or double-click opens the nonconformity.</source>
        <translation>Nhấn Enter hoặc nháy đúp để mở sự không phù hợp.</translation>
    </message>
    <message>
        <source>Nonconformity %1 recorded.</source>
        <translation>Đã ghi nhận sự không phù hợp %1.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Reading the rows of the workbook</source>
        <translation>Đang đọc các dòng của tệp Excel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>Đang sao chép cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Reading the finalised report</source>
        <translation>Đang đọc báo cáo đã chốt</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Đang ghi tệp PDF</translation>
    </message>
    <message>
        <source>Writing the spreadsheet</source>
        <translation>Đang ghi bảng tính</translation>
    </message>
    <message>
        <source>Signing and writing the package</source>
        <translation>Đang ký và ghi gói báo cáo</translation>
    </message>
    <message>
        <source>Writing the PDF and spreadsheet for printing</source>
        <translation>Đang ghi tệp PDF và bảng tính để in</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Đang đọc nhật ký thay đổi</translation>
    </message>
</context>
<context>
    <name>KeyTab</name>
    <message>
        <source>&amp;Change the signing key…</source>
        <translation>&amp;Đổi khóa ký…</translation>
    </message>
    <message>
        <source>Only a leader can change the agency&apos;s signing key.</source>
        <translation>Chỉ lãnh đạo mới được đổi khóa ký của đơn vị.</translation>
    </message>
    <message>
        <source>The agency has no signing key yet: it is made at the first export of a report.</source>
        <translation>Đơn vị chưa có khóa ký: khóa được tạo khi xuất báo cáo lần đầu.</translation>
    </message>
    <message>
        <source>created by QMS Desktop</source>
        <translation>do QMS Desktop tạo</translation>
    </message>
    <message>
        <source>taken over from this Windows account</source>
        <translation>tiếp nhận từ tài khoản Windows này</translation>
    </message>
    <message>
        <source>made by a change of key</source>
        <translation>tạo khi đổi khóa</translation>
    </message>
    <message>
        <source>Signing key of the agency: %1</source>
        <translation>Khóa ký của đơn vị: %1</translation>
    </message>
    <message>
        <source>Origin: %1, %2 by %3.</source>
        <translation>Nguồn gốc: %1, ngày %2, người thực hiện %3.</translation>
    </message>
    <message>
        <source>It replaced the key %1.</source>
        <translation>Khóa này thay cho khóa %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>The key is kept in the agency&apos;s database, so every backup carries it. Every exported report prints its fingerprint; the receiving office confirms it by phone.</source>
        <translation>Khóa được lưu trong cơ sở dữ liệu của đơn vị nên mọi bản sao lưu đều mang theo khóa. Mỗi báo cáo xuất ra đều in mã nhận dạng của khóa; đơn vị nhận xác nhận mã này qua điện thoại.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>The new signing key is %1. Tell the receiving office this fingerprint by phone.</source>
        <translation>Khóa ký mới là %1. Hãy báo mã nhận dạng này cho đơn vị nhận qua điện thoại.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>the key of this Windows account, which signed this agency&apos;s packages</source>
        <translation>khóa của tài khoản Windows này, đã ký các gói báo cáo của đơn vị</translation>
    </message>
    <message>
        <source>the key of this Windows account, used for this agency&apos;s earlier exports</source>
        <translation>khóa của tài khoản Windows này, đã dùng cho các lần xuất báo cáo trước của đơn vị</translation>
    </message>
    <message>
        <source>the key of this Windows account belongs to another agency</source>
        <translation>khóa của tài khoản Windows này thuộc về một cơ quan khác</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <source>Special zone</source>
        <translation>Đặc khu</translation>
    </message>
    <message>
        <source>ISO secretary</source>
        <translation>Thư ký ISO</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Internal auditor</source>
        <translation>Chuyên gia đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>System procedure</source>
        <translation>Quy trình hệ thống</translation>
    </message>
    <message>
        <source>Administrative procedure</source>
        <translation>Quy trình giải quyết TTHC</translation>
    </message>
    <message>
        <source>Internal work</source>
        <translation>Quy trình công việc nội bộ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Hết hiệu lực</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Đã lập kế hoạch</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>Phù hợp</translation>
    </message>
    <message>
        <source>Nonconforming</source>
        <translation>Không phù hợp</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Khuyến nghị</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>Đánh giá nội bộ</translation>
    </message>
    <message>
        <source>External inspection</source>
        <translation>Kiểm tra của cấp trên</translation>
    </message>
    <message>
        <source>Citizen complaint</source>
        <translation>Phản ánh của người dân</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Nặng</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Nhẹ</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Điểm lưu ý</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Being corrected</source>
        <translation>Đang khắc phục</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>Chờ xác nhận</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Đã chốt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Cải tiến</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Nguồn lực</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Rủi ro</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Staff idea</source>
        <translation>Sáng kiến của cán bộ</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Phổ biến</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>tối thiểu</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>tối đa</translation>
    </message>
</context>
<context>
    <name>LegalBasisTab</name>
    <message>
        <source>&amp;Add document…</source>
        <translation>Thêm &amp;văn bản…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Chỉnh sử&amp;a…</translation>
    </message>
    <message>
        <source>Cancel d&amp;ocument…</source>
        <translation>Hủ&amp;y văn bản…</translation>
    </message>
    <message>
        <source>Cancel document</source>
        <translation>Hủy văn bản</translation>
    </message>
    <message>
        <source>The document is kept and marked cancelled. Reason:</source>
        <translation>Văn bản vẫn được lưu và được đánh dấu là đã hủy. Lý do:</translation>
    </message>
</context>
<context>
    <name>LegalDocumentDialog</name>
    <message>
        <source>Legal basis: new document</source>
        <translation>Căn cứ pháp lý: thêm văn bản</translation>
    </message>
    <message>
        <source>Legal basis: edit document</source>
        <translation>Căn cứ pháp lý: sửa văn bản</translation>
    </message>
    <message>
        <source>A changed legal document must be built into the procedure within %1 months of taking effect (QĐ 19, Art. 4.4a). Fill in “Built into the procedure on” when done.</source>
        <translation>Văn bản pháp lý thay đổi phải được cập nhật vào quy trình trong vòng %1 tháng kể từ ngày có hiệu lực (điểm a khoản 4 Điều 4 QĐ 19). Khi đã cập nhật, hãy điền “Ngày cập nhật vào quy trình”.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>QMS Desktop — log in</source>
        <translation>QMS Desktop — đăng nhập</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Quên mật khẩu?</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>Th&amp;oát</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>QMS Desktop — ISO 9001:2015 quality management</source>
        <translation>QMS Desktop — Quản lý chất lượng theo TCVN ISO 9001:2015</translation>
    </message>
    <message>
        <source> [DEMO]</source>
        <translation> [DỮ LIỆU MẪU]</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Search all records (Ctrl+F)…</source>
        <translation>Tìm trong toàn bộ hồ sơ (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Tìm kiếm:</translation>
    </message>
    <message>
        <source>This record cannot be shown here yet.</source>
        <translation>Chưa hiển thị được hồ sơ này ở đây.</translation>
    </message>
    <message>
        <source>The record was not found on this page.</source>
        <translation>Không tìm thấy hồ sơ trên trang này.</translation>
    </message>
    <message>
        <source>Text size: %1 pt</source>
        <translation>Cỡ chữ: %1 pt</translation>
    </message>
    <message>
        <source>About QMS Desktop</source>
        <translation>Giới thiệu QMS Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QMS Desktop %1&lt;/h3&gt;&lt;p&gt;Records of the quality management system (TCVN ISO 9001:2015) of a commune People&apos;s Committee, following Decision 19/2014/QĐ-TTg and Circular 26/2014/TT-BKHCN.&lt;/p&gt;&lt;p&gt;Works offline; the data stays on this computer:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Free software (GPL-3.0-or-later). Fonts: Be Vietnam Pro and Liberation Serif (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QMS Desktop %1&lt;/h3&gt;&lt;p&gt;Hồ sơ hệ thống quản lý chất lượng (TCVN ISO 9001:2015) của Ủy ban nhân dân cấp xã, theo Quyết định số 19/2014/QĐ-TTg và Thông tư số 26/2014/TT-BKHCN.&lt;/p&gt;&lt;p&gt;Hoạt động không cần Internet; dữ liệu được lưu trên máy tính này:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Phần mềm tự do (GPL-3.0-or-later). Phông chữ: Be Vietnam Pro và Liberation Serif (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
    <message>
        <source>Back up into which folder (e.g. a USB stick)?</source>
        <translation>Sao lưu vào thư mục nào (ví dụ: USB)?</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>The backup was written and verified:
%1</source>
        <translation>Đã sao lưu và kiểm tra bản sao lưu:
%1</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Chọn bản sao lưu để khôi phục</translation>
    </message>
    <message>
        <source>QMS Desktop backups (*.sqlite)</source>
        <translation>Bản sao lưu QMS Desktop (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>The backup was restored. The data in use before was kept as:
%1

The application will now close; open it again.</source>
        <translation>Đã khôi phục bản sao lưu. Dữ liệu đang dùng trước đó được giữ tại:
%1

Ứng dụng sẽ đóng; hãy mở lại.</translation>
    </message>
    <message>
        <source>User: %1 — %2</source>
        <translation>Người dùng: %1 — %2</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>MasterDetailPage</name>
    <message>
        <source>Search (tone marks and case are ignored)…</source>
        <translation>Tìm kiếm (không phân biệt dấu và chữ hoa/thường)…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Xuất ra &amp;Excel…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NcsPage</name>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Chưa đóng</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>&amp;New nonconformity…</source>
        <translation>Sự không phù hợp &amp;mới…</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Sự không phù hợp và khắc phục</translation>
    </message>
    <message>
        <source>&amp;Close nonconformity…</source>
        <translation>Đóng &amp;sự không phù hợp…</translation>
    </message>
    <message>
        <source>Đóng: only after every action is done and verified as effective.</source>
        <translation>Đóng: chỉ khi mọi hành động đã hoàn thành và được xác nhận là có hiệu lực.</translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <translation>Hủ&amp;y…</translation>
    </message>
    <message>
        <source>Open a&amp;udit</source>
        <translation>Mở c&amp;uộc đánh giá</translation>
    </message>
    <message>
        <source>Corrective action request form</source>
        <translation>Phiếu yêu cầu hành động khắc phục</translation>
    </message>
    <message>
        <source>&amp;Description and cause</source>
        <translation>Mô tả và nguyên &amp;nhân</translation>
    </message>
    <message>
        <source>Corrective ac&amp;tions</source>
        <translation>Hành động khắc &amp;phục</translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation>&amp;Xác nhận</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Tệp đính &amp;kèm</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Immediate correction</source>
        <translation>Khắc phục tức thời</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Nguyên nhân gốc</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>Điều khoản:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Mức độ:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Hạn hoàn thành:</translation>
    </message>
    <message>
        <source>N&amp;o due date</source>
        <translation>&amp;Bỏ hạn hoàn thành</translation>
    </message>
    <message>
        <source>Empty the due date; “Save changes” then removes it.</source>
        <translation>Xóa hạn hoàn thành; bấm “Lưu thay đổi” để bỏ hạn.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Lưu thay đổi</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>&amp;Thêm hành động…</translation>
    </message>
    <message>
        <source>&amp;Edit action…</source>
        <translation>&amp;Sửa hành động…</translation>
    </message>
    <message>
        <source>Change the description, owner or due date of the selected action.</source>
        <translation>Sửa nội dung, người phụ trách hoặc hạn hoàn thành của hành động đang chọn.</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>&amp;Hoàn thành…</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Người xác nhận</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Ngày xác nhận</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>The corrective actions were effective</source>
        <translation>Các hành động khắc phục đã có hiệu lực</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Record verification</source>
        <translation>Lưu kết &amp;quả xác nhận</translation>
    </message>
    <message>
        <source>Select a nonconformity in the list, or record one with “New nonconformity…”.</source>
        <translation>Chọn một sự không phù hợp trong danh sách, hoặc ghi nhận mới bằng “Sự không phù hợp mới…”.</translation>
    </message>
    <message>
        <source>Nonconformity %1 — %2</source>
        <translation>Sự không phù hợp %1 — %2</translation>
    </message>
    <message>
        <source>detected %1</source>
        <translation>phát hiện ngày %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(quá hạn)</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>đóng ngày %1</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>đã hủy: %1</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>có hiệu lực</translation>
    </message>
    <message>
        <source>NOT effective: new actions needed</source>
        <translation>KHÔNG có hiệu lực: cần hành động mới</translation>
    </message>
    <message>
        <source>Last verification: %1 on %2 — %3. %4</source>
        <translation>Lần xác nhận gần nhất: %1, ngày %2 — %3. %4</translation>
    </message>
    <message>
        <source>Not verified yet. Verify once every corrective action is done.</source>
        <translation>Chưa xác nhận. Hãy xác nhận khi mọi hành động khắc phục đã hoàn thành.</translation>
    </message>
    <message>
        <source>The description or root cause was changed but not saved. Leave without saving?</source>
        <translation>Mô tả hoặc nguyên nhân gốc đã thay đổi nhưng chưa lưu. Rời đi mà không lưu?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Close nonconformity %1? A closed nonconformity can no longer change.</source>
        <translation>Đóng sự không phù hợp %1? Sự không phù hợp đã đóng thì không thể sửa được nữa.</translation>
    </message>
    <message>
        <source>Cancel nonconformity %1? Its number stays taken and it can no longer change.</source>
        <translation>Hủy sự không phù hợp %1? Số của sự không phù hợp này vẫn được giữ (không cấp lại) và không thể sửa được nữa.</translation>
    </message>
    <message>
        <source>Cancel nonconformity</source>
        <translation>Hủy sự không phù hợp</translation>
    </message>
    <message>
        <source>Reason for cancelling (Hủy):</source>
        <translation>Lý do hủy:</translation>
    </message>
</context>
<context>
    <name>NewNcDialog</name>
    <message>
        <source>New nonconformity</source>
        <translation>Sự không phù hợp mới</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Ngày phát hiện</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <source>e.g. 8.5.1</source>
        <translation>ví dụ: 8.5.1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>Immediate correction</source>
        <translation>Khắc phục tức thời</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn hoàn thành</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>Báo cáo mới</translation>
    </message>
    <message>
        <source>Proposed from the register of outgoing documents; type the number the clerk gives if it differs.</source>
        <translation>Số được đề xuất theo sổ đăng ký văn bản đi; nếu văn thư cấp số khác thì nhập số đó.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Number (Số)</source>
        <translation>Số</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>New management review</source>
        <translation>Lập cuộc họp xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>The inputs of ISO 9001:2015 §9.3.2 are drafted from the records (audits, nonconformities, statistics, objectives…); you can edit each of them afterwards.</source>
        <translation>Các đầu vào theo mục 9.3.2 TCVN ISO 9001:2015 được soạn sẵn từ hồ sơ (đánh giá, sự không phù hợp, số liệu thống kê, mục tiêu…); sau đó có thể sửa từng mục.</translation>
    </message>
    <message>
        <source>Edit the management review</source>
        <translation>Sửa thông tin cuộc xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>e.g. the chairman of the commune</source>
        <translation>ví dụ: Chủ tịch UBND xã</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>who takes the minutes</source>
        <translation>người ghi biên bản</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>Meeting room of the People&apos;s Committee</source>
        <translation>Phòng họp Ủy ban nhân dân</translation>
    </message>
</context>
<context>
    <name>ObjectivesPage</name>
    <message>
        <source>Policy and objectives</source>
        <translation>Chính sách và mục tiêu</translation>
    </message>
    <message>
        <source>Results of the selected objective</source>
        <translation>Kết quả của mục tiêu được chọn</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Record a result…</source>
        <translation>&amp;Ghi kết quả…</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Không đạt</translation>
    </message>
</context>
<context>
    <name>OtherRecordsPage</name>
    <message>
        <source>Other records</source>
        <translation>Hồ sơ khác</translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <source>Output of the review</source>
        <translation>Đầu ra của cuộc xem xét</translation>
    </message>
    <message>
        <source>Edit output of the review</source>
        <translation>Sửa đầu ra của cuộc xem xét</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Decision or action</source>
        <translation>Quyết định hoặc hành động</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Person or unit responsible</source>
        <translation>Người hoặc bộ phận chịu trách nhiệm</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn hoàn thành</translation>
    </message>
</context>
<context>
    <name>OutputDoneDialog</name>
    <message>
        <source>Output done</source>
        <translation>Hoàn thành đầu ra</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} không tồn tại.</translation>
    </message>
    <message>
        <source>{name} is not a report package (not a readable ZIP file).</source>
        <translation>{name} không phải là gói báo cáo (không phải tệp ZIP đọc được).</translation>
    </message>
    <message>
        <source>{name} holds the same file twice.</source>
        <translation>{name} chứa cùng một tệp hai lần.</translation>
    </message>
    <message>
        <source>{name} is incomplete: {part} is missing.</source>
        <translation>{name} không đầy đủ: thiếu {part}.</translation>
    </message>
    <message>
        <source>{name} contains an unexpected file: {part}.</source>
        <translation>{name} chứa tệp không mong đợi: {part}.</translation>
    </message>
    <message>
        <source>{name}: {part} is too large.</source>
        <translation>{name}: {part} quá lớn.</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} cannot be read.</source>
        <translation>{name} bị hỏng: không đọc được {part}.</translation>
    </message>
    <message>
        <source>{name}: the manifest cannot be read.</source>
        <translation>{name}: không đọc được bản kê (manifest).</translation>
    </message>
    <message>
        <source>{name} is not a QMS Desktop report package.</source>
        <translation>{name} không phải là gói báo cáo của QMS Desktop.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of QMS Desktop; update to read it.</source>
        <translation>{name} được tạo bởi phiên bản QMS Desktop mới hơn; hãy cập nhật phần mềm để đọc.</translation>
    </message>
    <message>
        <source>{name}: the manifest names no valid Ed25519 key or the signature is malformed.</source>
        <translation>{name}: bản kê không ghi khóa Ed25519 hợp lệ hoặc chữ ký sai định dạng.</translation>
    </message>
    <message>
        <source>{name}: the signature does not match the manifest and the key it names (the package was changed or signed with another key).</source>
        <translation>{name}: chữ ký không khớp với bản kê và khóa ghi trong đó (gói đã bị thay đổi hoặc được ký bằng khóa khác).</translation>
    </message>
    <message>
        <source>{name}: the fingerprint written in the manifest is not that of its key.</source>
        <translation>{name}: mã nhận dạng ghi trong bản kê không phải của khóa đi kèm.</translation>
    </message>
    <message>
        <source>{name} was signed with key {actual}, not with the expected key {expected}.</source>
        <translation>{name} được ký bằng khóa {actual}, không phải bằng khóa {expected} như mong đợi.</translation>
    </message>
    <message>
        <source>{name}: the manifest does not list exactly the report files.</source>
        <translation>{name}: bản kê không liệt kê đúng các tệp của báo cáo.</translation>
    </message>
    <message>
        <source>{name}: {part} was changed after signing (its SHA-256 does not match the manifest).</source>
        <translation>{name}: {part} đã bị thay đổi sau khi ký (mã SHA-256 không khớp với bản kê).</translation>
    </message>
    <message>
        <source>{name}: report.json cannot be read.</source>
        <translation>{name}: không đọc được report.json.</translation>
    </message>
    <message>
        <source>{name}: report.json does not match the manifest.</source>
        <translation>{name}: report.json không khớp với bản kê (manifest).</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>six months of {year}</source>
        <translation>sáu tháng đầu năm {year}</translation>
    </message>
    <message>
        <source>the year {year}</source>
        <translation>năm {year}</translation>
    </message>
</context>
<context>
    <name>PlanAuditDialog</name>
    <message>
        <source>Plan an internal audit</source>
        <translation>Lập kế hoạch đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Edit the audit plan</source>
        <translation>Sửa kế hoạch đánh giá</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên cuộc đánh giá</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Ngày dự kiến</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Chuẩn mực đánh giá</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Trưởng đoàn đánh giá</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Đoàn đánh giá</translation>
    </message>
    <message>
        <source>Units audited</source>
        <translation>Bộ phận được đánh giá</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Chương trình năm %1</translation>
    </message>
    <message>
        <source>No staff member is marked as internal auditor yet (Settings → staff).</source>
        <translation>Chưa có cán bộ nào được đánh dấu là chuyên gia đánh giá nội bộ (Cài đặt → Cán bộ, công chức).</translation>
    </message>
    <message>
        <source>%1 cannot audit his or her own unit (%2). Choose another auditor or unit.</source>
        <translation>%1 không được đánh giá bộ phận của chính mình (%2). Hãy chọn chuyên gia đánh giá hoặc bộ phận khác.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Purpose:</source>
        <translation>Mục đích:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>Chuẩn mực:</translation>
    </message>
    <message>
        <source>Units audited:</source>
        <translation>Bộ phận được đánh giá:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Đoàn đánh giá:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Báo cáo:</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Phê duyệt:</translation>
    </message>
    <message>
        <source>Edi&amp;t plan…</source>
        <translation>Sửa &amp;kế hoạch…</translation>
    </message>
    <message>
        <source>Record as h&amp;eld…</source>
        <translation>Ghi nhận đã thực &amp;hiện…</translation>
    </message>
    <message>
        <source>Appro&amp;ve report…</source>
        <translation>Phê duyệt báo cá&amp;o…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel audit…</source>
        <translation>Hủ&amp;y cuộc đánh giá…</translation>
    </message>
    <message>
        <source>Audit plan</source>
        <translation>Kế hoạch đánh giá</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Báo cáo đánh giá</translation>
    </message>
    <message>
        <source>Only a leader (lãnh đạo) approves the report.</source>
        <translation>Chỉ lãnh đạo mới được phê duyệt báo cáo.</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>dự kiến %1</translation>
    </message>
    <message>
        <source>held %1</source>
        <translation>đã thực hiện %1</translation>
    </message>
    <message>
        <source>(lead)</source>
        <translation>(trưởng đoàn)</translation>
    </message>
    <message>
        <source>not yet held</source>
        <translation>chưa thực hiện</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Đã hủy: %1</translation>
    </message>
    <message>
        <source>not yet approved</source>
        <translation>chưa phê duyệt</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>The document could not be opened for preview.</source>
        <translation>Không mở được văn bản để xem trước.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Đang chuẩn bị văn bản…</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ T&amp;rang trước</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Trang sau ▶</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>New procedure</source>
        <translation>Quy trình mới</translation>
    </message>
    <message>
        <source>Edit procedure %1</source>
        <translation>Sửa quy trình %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã quy trình</translation>
    </message>
    <message>
        <source>e.g. QT-01 or QT 02/CX-HCTP</source>
        <translation>ví dụ: QT-01 hoặc QT 02/CX-HCTP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên quy trình</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>e.g. Hộ tịch</source>
        <translation>ví dụ: Hộ tịch</translation>
    </message>
    <message>
        <source>Linked TTHC</source>
        <translation>TTHC liên quan</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>Bộ phận chủ trì</translation>
    </message>
    <message>
        <source>Owner person</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>The code is the procedure&apos;s reference and does not change.</source>
        <translation>Mã là số hiệu của quy trình và không thay đổi được.</translation>
    </message>
</context>
<context>
    <name>ProceduresPage</name>
    <message>
        <source>&amp;New procedure…</source>
        <translation>&amp;Quy trình mới…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Bãi bỏ…</translation>
    </message>
    <message>
        <source>Cancel the procedure with a reason; nothing is deleted.</source>
        <translation>Bãi bỏ quy trình kèm lý do; không có dữ liệu nào bị xóa.</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Lần ban hành</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>T&amp;rình tự thực hiện</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Tệp đính &amp;kèm</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>&amp;Hiện cả quy trình đã bãi bỏ</translation>
    </message>
    <message>
        <source>A&amp;mendment log</source>
        <translation>Theo dõi sửa đổ&amp;i</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Nhật ký</translation>
    </message>
    <message>
        <source>Select a procedure in the list, or register one with “New procedure…”.</source>
        <translation>Chọn một quy trình trong danh sách, hoặc đăng ký quy trình mới bằng “Quy trình mới…”.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>lần ban hành %1</translation>
    </message>
    <message>
        <source>TTHC: %1</source>
        <translation>TTHC: %1</translation>
    </message>
    <message>
        <source>withdrawn: %1</source>
        <translation>đã bãi bỏ: %1</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>quy trình</translation>
    </message>
    <message>
        <source>The steps were changed but not saved. Leave without saving?</source>
        <translation>Các bước đã thay đổi nhưng chưa lưu. Rời đi mà không lưu?</translation>
    </message>
    <message>
        <source>Withdraw procedure %1? Its effective version ends today. The record is kept and cannot be reactivated.</source>
        <translation>Bãi bỏ quy trình %1? Lần ban hành đang hiệu lực sẽ hết hiệu lực từ hôm nay. Hồ sơ vẫn được lưu và không thể cho hiệu lực trở lại.</translation>
    </message>
    <message>
        <source>Withdraw procedure</source>
        <translation>Bãi bỏ quy trình</translation>
    </message>
    <message>
        <source>Reason for withdrawing:</source>
        <translation>Lý do bãi bỏ:</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Audit programme</source>
        <translation>Chương trình đánh giá</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Objectives and scope of the year&apos;s audits</source>
        <translation>Mục tiêu và phạm vi các cuộc đánh giá trong năm</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Ngày phê duyệt</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Question</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Tê&amp;n tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Có muốn thay thế không?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Làm lạ&amp;i</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không &amp;với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Làm lạ&amp;i</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
</context>
<context>
    <name>RaiseNcDialog</name>
    <message>
        <source>Raise a nonconformity from the inspection</source>
        <translation>Lập sự không phù hợp từ cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Inspection by %1, record %2</source>
        <translation>Cuộc kiểm tra của %1, biên bản số %2</translation>
    </message>
    <message>
        <source>&amp;Description: *</source>
        <translation>&amp;Mô tả: *</translation>
    </message>
    <message>
        <source>Detected &amp;on: *</source>
        <translation>&amp;Ngày phát hiện: *</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>Mứ&amp;c độ:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Hạn hoàn thành:</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Bỏ các thay đổi vừa thực hiện?</translation>
    </message>
</context>
<context>
    <name>RecordListWidget</name>
    <message>
        <source>Search (tone marks and case are ignored)…</source>
        <translation>Tìm kiếm (không phân biệt dấu và chữ hoa/thường)…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Thêm mới…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel record…</source>
        <translation>&amp;Hủy hồ sơ…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Xuất ra &amp;Excel…</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Thêm mới: %1</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Sửa: %1</translation>
    </message>
    <message>
        <source>Cancel record</source>
        <translation>Hủy hồ sơ</translation>
    </message>
    <message>
        <source>The record is kept and marked cancelled. Reason:</source>
        <translation>Hồ sơ vẫn được lưu và được đánh dấu là đã hủy. Lý do:</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Units</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Quality policy</source>
        <translation>Chính sách chất lượng</translation>
    </message>
    <message>
        <source>Quality objectives</source>
        <translation>Mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>External inspections</source>
        <translation>Kiểm tra của cấp trên</translation>
    </message>
    <message>
        <source>Training and dissemination</source>
        <translation>Đào tạo, phổ biến</translation>
    </message>
    <message>
        <source>Risks and opportunities</source>
        <translation>Rủi ro và cơ hội</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Cải tiến</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Khảo sát sự hài lòng</translation>
    </message>
    <message>
        <source>Service statistics</source>
        <translation>Thống kê giải quyết TTHC</translation>
    </message>
</context>
<context>
    <name>RecoverPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Quên mật khẩu</translation>
    </message>
    <message>
        <source>Type the recovery code you printed or wrote down when the account was created, then choose a new password.</source>
        <translation>Nhập mã khôi phục đã in hoặc ghi lại khi tạo tài khoản, sau đó đặt mật khẩu mới.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Mã &amp;khôi phục:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Mã khôi phục mới</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>This recovery code lets you set a new password if you forget yours. It is shown only once: print it or write it down and keep it in a safe place (for example with the seal).</source>
        <translation>Mã khôi phục này dùng để đặt mật khẩu mới khi quên mật khẩu. Mã chỉ hiện một lần: hãy in ra hoặc ghi lại và cất giữ ở nơi an toàn (ví dụ cùng chỗ cất con dấu).</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;QMS Desktop — recovery code&lt;/h2&gt;&lt;p&gt;Account: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:20pt; font-family:monospace&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keep this sheet in a safe place. The code can be used once.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QMS Desktop — mã khôi phục&lt;/h2&gt;&lt;p&gt;Tài khoản: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:20pt; font-family:monospace&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Hãy cất giữ tờ giấy này ở nơi an toàn. Mã chỉ dùng được một lần.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down the recovery code</source>
        <translation>Tôi đã in hoặc &amp;ghi lại mã khôi phục</translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Đã chốt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;New report…</source>
        <translation>Báo cáo &amp;mới…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Kính gửi (recipient)</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Ngày báo cáo</translation>
    </message>
    <message>
        <source>Number (Số)</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>III. Shortcomings and causes</source>
        <translation>III. Tồn tại, hạn chế và nguyên nhân</translation>
    </message>
    <message>
        <source>IV. Plans for the next period</source>
        <translation>IV. Phương hướng, nhiệm vụ kỳ tới</translation>
    </message>
    <message>
        <source>V. Proposals</source>
        <translation>V. Kiến nghị, đề xuất</translation>
    </message>
    <message>
        <source>One paragraph per line. Printed as written.</source>
        <translation>Mỗi dòng là một đoạn văn. Được in đúng như đã nhập.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>&amp;Xem trước và in…</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Chốt báo cáo…</translation>
    </message>
    <message>
        <source>E&amp;xport report (USB)…</source>
        <translation>Xuất &amp;báo cáo (USB)…</translation>
    </message>
    <message>
        <source>Mark as se&amp;nt</source>
        <translation>Đánh dấu đã &amp;gửi</translation>
    </message>
    <message>
        <source>Corrected &amp;version…</source>
        <translation>&amp;Phiên bản đính chính…</translation>
    </message>
    <message>
        <source>No report selected</source>
        <translation>Chưa chọn báo cáo</translation>
    </message>
    <message>
        <source>Report %1 — %2, version %3 — %4</source>
        <translation>Báo cáo %1 — %2, phiên bản %3 — %4</translation>
    </message>
    <message>
        <source>Changes from the previous version: %1</source>
        <translation>Thay đổi so với phiên bản trước: %1</translation>
    </message>
    <message>
        <source>Data from %1 to %2; to be sent by %3.</source>
        <translation>Số liệu từ %1 đến %2; hạn gửi %3.</translation>
    </message>
    <message>
        <source>Draft: figures follow the records until the report is finalised.</source>
        <translation>Nháp: số liệu được cập nhật theo hồ sơ cho đến khi báo cáo được chốt.</translation>
    </message>
    <message>
        <source>Finalised by %1 on %2: the content is frozen; later changes to the records do not alter it.</source>
        <translation>%1 đã chốt ngày %2: nội dung được giữ cố định; các thay đổi hồ sơ sau đó không làm thay đổi báo cáo.</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>Đã gửi ngày %1.</translation>
    </message>
    <message>
        <source>Signing key of this agency: %1 (printed on every exported report; the receiving office confirms it by phone).</source>
        <translation>Khóa ký của đơn vị: %1 (in trên mỗi báo cáo xuất ra; đơn vị nhận xác nhận qua điện thoại).</translation>
    </message>
    <message>
        <source>The report was written and checked:
%1

Key fingerprint printed on the report: %2. Chain head: %3. Take the .zip file to the receiving office.</source>
        <translation>Đã ghi và kiểm tra báo cáo:
%1

Mã nhận dạng khóa in trên báo cáo: %2. Đầu chuỗi: %3. Hãy mang tệp .zip đến đơn vị nhận.</translation>
    </message>
    <message>
        <source>Save the changes to this report?</source>
        <translation>Lưu các thay đổi của báo cáo này?</translation>
    </message>
    <message>
        <source>Finalise report %1? Its content is frozen: later changes to the records will not alter it, and a correction needs a new version.</source>
        <translation>Chốt báo cáo %1? Nội dung sẽ được giữ cố định: các thay đổi hồ sơ sau đó không làm thay đổi báo cáo, muốn đính chính phải làm phiên bản mới.</translation>
    </message>
    <message>
        <source>Start a corrected version of report %1? It gets a new number and lists what changed.</source>
        <translation>Làm phiên bản đính chính của báo cáo %1? Phiên bản này có số mới và liệt kê các nội dung thay đổi.</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Báo cáo %1</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Đang chuẩn bị báo cáo…</translation>
    </message>
    <message>
        <source>Export the report to (a USB stick, for example)</source>
        <translation>Xuất báo cáo vào (ví dụ: USB)</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Đang xuất báo cáo…</translation>
    </message>
    <message>
        <source>Report exported to %1</source>
        <translation>Đã xuất báo cáo vào %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Sao lưu lúc:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Dung lượng:</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Kiểm tra:</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>nguyên vẹn</translation>
    </message>
    <message>
        <source>NOT a valid backup</source>
        <translation>KHÔNG phải bản sao lưu hợp lệ</translation>
    </message>
    <message>
        <source>ALTERED outside the application (see below)</source>
        <translation>BỊ SỬA ngoài ứng dụng (xem bên dưới)</translation>
    </message>
    <message>
        <source>chain intact, every record matches it</source>
        <translation>chuỗi nguyên vẹn, mọi bản ghi đều khớp</translation>
    </message>
    <message>
        <source>chain intact (made by an earlier version: records not compared)</source>
        <translation>chuỗi nguyên vẹn (do phiên bản cũ tạo: chưa đối chiếu bản ghi)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Nhật ký:</translation>
    </message>
    <message>
        <source>Chain head:</source>
        <translation>Đầu chuỗi:</translation>
    </message>
    <message>
        <source>Administrative procedures</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>Đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Sự không phù hợp</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Mục nhật ký thay đổi</translation>
    </message>
    <message>
        <source>This backup belongs to ANOTHER agency (%1), not to %2.</source>
        <translation>Bản sao lưu này thuộc về CƠ QUAN KHÁC (%1), không phải của %2.</translation>
    </message>
    <message>
        <source>I confirm: replace this agency&apos;s data with it.</source>
        <translation>Tôi xác nhận: thay dữ liệu của cơ quan này bằng bản sao lưu đó.</translation>
    </message>
    <message>
        <source>Restoring replaces ALL the data now in use with this backup. The data now in use is first kept as a backup in the data folder, so this can be undone. The application closes afterwards; open it again.</source>
        <translation>Khôi phục sẽ thay TOÀN BỘ dữ liệu đang dùng bằng bản sao lưu này. Dữ liệu đang dùng được giữ lại trước thành một bản sao lưu trong thư mục dữ liệu, nên có thể hoàn tác. Sau đó ứng dụng sẽ đóng; hãy mở lại.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Record a result</source>
        <translation>Ghi kết quả</translation>
    </message>
    <message>
        <source>Target: %1 %2 %3</source>
        <translation>Chỉ tiêu: %1 %2 %3</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>Kết &amp;quả:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>ReviewInputs</name>
    <message>
        <source>a) Status of actions from previous management reviews</source>
        <translation>a) Tình trạng của các hành động từ các cuộc xem xét của lãnh đạo trước đó</translation>
    </message>
    <message>
        <source>b) Changes in external and internal issues relevant to the QMS</source>
        <translation>b) Những thay đổi về các vấn đề bên ngoài và nội bộ liên quan đến HTQLCL</translation>
    </message>
    <message>
        <source>c1) Citizen satisfaction and feedback</source>
        <translation>c1) Sự hài lòng và phản hồi của người dân, tổ chức</translation>
    </message>
    <message>
        <source>c2) Extent to which quality objectives have been met</source>
        <translation>c2) Mức độ đạt được các mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>c3) Process performance and conformity of services</source>
        <translation>c3) Kết quả thực hiện của quá trình và sự phù hợp của dịch vụ</translation>
    </message>
    <message>
        <source>c4) Nonconformities and corrective actions</source>
        <translation>c4) Sự không phù hợp và hành động khắc phục</translation>
    </message>
    <message>
        <source>c5) Monitoring and measurement results</source>
        <translation>c5) Kết quả theo dõi và đo lường</translation>
    </message>
    <message>
        <source>c6) Audit results</source>
        <translation>c6) Kết quả đánh giá</translation>
    </message>
    <message>
        <source>c7) Performance of external providers</source>
        <translation>c7) Kết quả thực hiện của nhà cung cấp bên ngoài</translation>
    </message>
    <message>
        <source>d) Adequacy of resources</source>
        <translation>d) Sự đầy đủ của nguồn lực</translation>
    </message>
    <message>
        <source>e) Effectiveness of actions taken to address risks and opportunities</source>
        <translation>e) Hiệu lực của các hành động giải quyết rủi ro và cơ hội</translation>
    </message>
    <message>
        <source>f) Opportunities for improvement</source>
        <translation>f) Các cơ hội cải tiến</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>&amp;New review…</source>
        <translation>Xem xét &amp;mới…</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Minutes (biên bản)</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Cuộc họp</translation>
    </message>
    <message>
        <source>&amp;Inputs (9.3.2)</source>
        <translation>Đầu &amp;vào (9.3.2)</translation>
    </message>
    <message>
        <source>Record as h&amp;eld…</source>
        <translation>Ghi nhận đã &amp;họp…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Change the date, time, place, chair, secretary or attendees.</source>
        <translation>Sửa ngày, giờ, địa điểm, người chủ trì, thư ký hoặc thành phần tham dự.</translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <translation>Hủ&amp;y…</translation>
    </message>
    <message>
        <source>O&amp;utputs (9.3.3)</source>
        <translation>Đầu &amp;ra (9.3.3)</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Tệp đính &amp;kèm</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Ngày giờ:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>Thư ký:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Thành phần tham dự:</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Kết luận:</translation>
    </message>
    <message>
        <source>Drafted from the records when the review was created; edit freely, then save.</source>
        <translation>Được soạn sẵn từ hồ sơ khi tạo cuộc xem xét; có thể sửa tùy ý rồi lưu lại.</translation>
    </message>
    <message>
        <source>&amp;Save inputs</source>
        <translation>&amp;Lưu đầu vào</translation>
    </message>
    <message>
        <source>&amp;Add output…</source>
        <translation>&amp;Thêm đầu ra…</translation>
    </message>
    <message>
        <source>Edit &amp;output…</source>
        <translation>Sửa đầu &amp;ra…</translation>
    </message>
    <message>
        <source>Change the kind, decision, owner or due date of the selected output.</source>
        <translation>Sửa loại, quyết định, người phụ trách hoặc hạn hoàn thành của đầu ra đang chọn.</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Đánh dấu &amp;xong…</translation>
    </message>
    <message>
        <source>Select a review in the list, or schedule one with “New review…”.</source>
        <translation>Chọn một cuộc xem xét trong danh sách, hoặc lên lịch cuộc mới bằng “Xem xét mới…”.</translation>
    </message>
    <message>
        <source>Management review of %1 — %2</source>
        <translation>Xem xét của lãnh đạo ngày %1 — %2</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Đã hủy: %1</translation>
    </message>
    <message>
        <source>not yet held</source>
        <translation>chưa họp</translation>
    </message>
    <message>
        <source>The review inputs were changed but not saved. Leave without saving?</source>
        <translation>Đầu vào xem xét đã thay đổi nhưng chưa lưu. Rời đi mà không lưu?</translation>
    </message>
    <message>
        <source>Inputs saved.</source>
        <translation>Đã lưu đầu vào.</translation>
    </message>
    <message>
        <source>Cancel the management review of %1? It is kept, marked cancelled.</source>
        <translation>Hủy cuộc xem xét của lãnh đạo ngày %1? Cuộc xem xét vẫn được lưu và được đánh dấu là đã hủy.</translation>
    </message>
    <message>
        <source>Cancel review</source>
        <translation>Hủy cuộc xem xét</translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation>Lý do hủy:</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>No internal audit held yet in {year} (QĐ 19 Art. 4.4b).</source>
        <translation>Năm {year} chưa tiến hành đánh giá nội bộ (điểm b khoản 4 Điều 4 QĐ 19).</translation>
    </message>
    <message>
        <source>No management review held yet in {year} (QĐ 19 Art. 4.4b).</source>
        <translation>Năm {year} chưa tiến hành xem xét của lãnh đạo (điểm b khoản 4 Điều 4 QĐ 19).</translation>
    </message>
    <message>
        <source>Procedure {code}: build in the legal change &apos;{title}&apos; (effective {effective}).</source>
        <translation>Quy trình {code}: cần cập nhật thay đổi của văn bản pháp lý &apos;{title}&apos; (hiệu lực từ {effective}).</translation>
    </message>
    <message>
        <source>The quality management system has not been announced yet (QĐ 19 Art. 4.3).</source>
        <translation>Chưa công bố Hệ thống quản lý chất lượng (khoản 3 Điều 4 QĐ 19).</translation>
    </message>
    <message>
        <source>The scope changed since the last announcement ({added} added, {removed} removed): announce again.</source>
        <translation>Phạm vi đã thay đổi kể từ lần công bố gần nhất (thêm {added}, bớt {removed}): cần công bố lại.</translation>
    </message>
    <message>
        <source>Report the corrective actions after the inspection by {body} (record {number}).</source>
        <translation>Cần báo cáo kết quả khắc phục sau cuộc kiểm tra của {body} (biên bản số {number}).</translation>
    </message>
    <message>
        <source>TTHC {code} &apos;{name}&apos; is in scope but no effective procedure covers it.</source>
        <translation>TTHC {code} &apos;{name}&apos; thuộc phạm vi nhưng chưa có quy trình nào đang hiệu lực.</translation>
    </message>
    <message>
        <source>Procedure {code}: its steps take {total} working days, more than the {limit} allowed for TTHC {tthc}.</source>
        <translation>Quy trình {code}: tổng thời gian các bước là {total} ngày làm việc, vượt quá {limit} ngày theo quy định của TTHC {tthc}.</translation>
    </message>
    <message>
        <source>Action overdue ({label}): {description}</source>
        <translation>Hành động quá hạn ({label}): {description}</translation>
    </message>
    <message>
        <source>Action due soon ({label}): {description}</source>
        <translation>Hành động sắp đến hạn ({label}): {description}</translation>
    </message>
    <message>
        <source>Quality objective not met in {period}: {text}</source>
        <translation>Mục tiêu chất lượng không đạt trong {period}: {text}</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>Scope of the announcement</source>
        <translation>Phạm vi công bố</translation>
    </message>
    <message>
        <source>Filter (tone marks and case are ignored)…</source>
        <translation>Lọc (không phân biệt dấu và chữ hoa/thường)…</translation>
    </message>
    <message>
        <source>Tick &amp;all in scope</source>
        <translation>Đánh dấu &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Bỏ đánh dấu tất cả</translation>
    </message>
    <message>
        <source>%1 ticked</source>
        <translation>Đã đánh dấu %1</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all records</source>
        <translation>Tìm trong toàn bộ hồ sơ</translation>
    </message>
    <message>
        <source>Words to find (tone marks and case are ignored)</source>
        <translation>Từ cần tìm (không phân biệt dấu và chữ hoa/thường)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n hồ sơ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchKinds</name>
    <message>
        <source>Administrative procedure</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>Đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Sự không phù hợp</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>External inspection</source>
        <translation>Kiểm tra của cấp trên</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Quality objective</source>
        <translation>Mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Đào tạo, phổ biến</translation>
    </message>
    <message>
        <source>Risk or opportunity</source>
        <translation>Rủi ro hoặc cơ hội</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Cải tiến</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Bộ phận</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Units</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>Cơ &amp;quan</translation>
    </message>
    <message>
        <source>U&amp;nits and staff</source>
        <translation>Bộ &amp;phận và cán bộ</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>Tài &amp;khoản</translation>
    </message>
    <message>
        <source>Signing &amp;key</source>
        <translation>K&amp;hóa ký</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <source>The agency profile has unsaved changes. Save them?</source>
        <translation>Thông tin cơ quan có thay đổi chưa được lưu. Lưu lại không?</translation>
    </message>
</context>
<context>
    <name>StarterKitPage</name>
    <message>
        <source>Starter kit</source>
        <translation>Dữ liệu khởi đầu</translation>
    </message>
    <message>
        <source>Get a head start. Everything can be edited afterwards.</source>
        <translation>Chuẩn bị sẵn một số dữ liệu ban đầu. Mọi thứ đều có thể sửa lại sau.</translation>
    </message>
    <message>
        <source>Create the 5 system &amp;procedures of the framework model, as drafts:</source>
        <translation>Tạo 5 quy trình hệ thống theo mô hình khung, ở dạng &amp;dự thảo:</translation>
    </message>
    <message>
        <source>&amp;Import the TTHC list from Excel…</source>
        <translation>&amp;Nhập danh mục TTHC từ Excel…</translation>
    </message>
    <message>
        <source>The province publishes the list of administrative procedures (TTHC) settled by communes as an Excel file. You can also import it later.</source>
        <translation>Tỉnh công bố danh mục thủ tục hành chính (TTHC) thuộc thẩm quyền giải quyết của cấp xã dưới dạng tệp Excel. Có thể nhập danh mục này sau.</translation>
    </message>
    <message>
        <source>TTHC list from the province</source>
        <translation>Danh mục TTHC của tỉnh</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx *.xlsm)</source>
        <translation>Tệp Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Importing the TTHC list…</source>
        <translation>Đang nhập danh mục TTHC…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Đã hủy việc nhập; chưa ghi gì vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rows rejected.</source>
        <translation>Đã nhập: thêm %1, cập nhật %2, không đổi %3, loại %4 dòng.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>Service statistics</source>
        <translation>Thống kê giải quyết TTHC</translation>
    </message>
    <message>
        <source>TTHC settled on time (%), by period end</source>
        <translation>Tỷ lệ TTHC giải quyết đúng hạn (%), theo kỳ</translation>
    </message>
    <message>
        <source>No service statistics recorded yet.</source>
        <translation>Chưa có số liệu thống kê giải quyết TTHC.</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Trách nhiệm</translation>
    </message>
    <message>
        <source>Time allowed</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Result / form</source>
        <translation>Kết quả / biểu mẫu</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Thêm bước</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Xóa bước</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chu&amp;yển lên</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Chuyển xuốn&amp;g</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>giờ làm việc</translation>
    </message>
    <message>
        <source>Total: %1 working days</source>
        <translation>Tổng cộng: %1 ngày làm việc</translation>
    </message>
    <message>
        <source>(no TTHC linked: no legal limit to check).</source>
        <translation>(chưa gắn TTHC: không có thời hạn quy định để đối chiếu).</translation>
    </message>
    <message>
        <source>— the TTHC sets no time limit.</source>
        <translation>— TTHC không quy định thời hạn.</translation>
    </message>
    <message>
        <source>legal limit %1 working days</source>
        <translation>thời hạn quy định %1 ngày làm việc</translation>
    </message>
    <message>
        <source>legal limit: the same working day (%1 hours)</source>
        <translation>thời hạn quy định: trong ngày làm việc (%1 giờ)</translation>
    </message>
    <message>
        <source>fits the legal limit.</source>
        <translation>nằm trong thời hạn quy định.</translation>
    </message>
    <message>
        <source>EXCEEDS the legal limit: shorten the steps.</source>
        <translation>VƯỢT thời hạn quy định: cần rút ngắn các bước.</translation>
    </message>
</context>
<context>
    <name>StepsTab</name>
    <message>
        <source>&amp;Save steps</source>
        <translation>Lư&amp;u các bước</translation>
    </message>
    <message>
        <source>No version yet: use “Issue new version…” on the Versions tab.</source>
        <translation>Chưa có lần ban hành nào: dùng “Tạo lần ban hành mới…” ở thẻ Lần ban hành.</translation>
    </message>
    <message>
        <source>Steps of draft version %1 — edit them here; the total is checked as you type.</source>
        <translation>Các bước của lần ban hành %1 (dự thảo) — sửa tại đây; tổng thời gian được kiểm tra ngay khi nhập.</translation>
    </message>
    <message>
        <source>Steps of version %1 (%2). An approved version does not change: to change the steps, issue a new version.</source>
        <translation>Các bước của lần ban hành %1 (%2). Lần ban hành đã phê duyệt thì không sửa được: muốn thay đổi các bước, hãy tạo lần ban hành mới.</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>TthcDialog</name>
    <message>
        <source>New administrative procedure (TTHC)</source>
        <translation>Thủ tục hành chính (TTHC) mới</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>Mã số TTHC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên thủ tục</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>e.g. Hộ tịch</source>
        <translation>ví dụ: Hộ tịch</translation>
    </message>
    <message>
        <source>Legal time limit</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>e.g. 05 ngày làm việc</source>
        <translation>ví dụ: 05 ngày làm việc</translation>
    </message>
    <message>
        <source>In the QMS scope</source>
        <translation>Thuộc phạm vi HTQLCL</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
</context>
<context>
    <name>TthcImport</name>
    <message>
        <source>The file is not an Excel workbook (.xlsx) or it is damaged.</source>
        <translation>Tệp không phải là tệp Excel (.xlsx) hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>The file {path} could not be opened: {detail}</source>
        <translation>Không mở được tệp {path}: {detail}</translation>
    </message>
    <message>
        <source>The workbook is too large to import (more than {limit_mb} MB uncompressed).</source>
        <translation>Tệp Excel quá lớn, không nhập được (hơn {limit_mb} MB khi giải nén).</translation>
    </message>
    <message>
        <source>The workbook has too many parts ({count}).</source>
        <translation>Tệp Excel có quá nhiều thành phần ({count}).</translation>
    </message>
    <message>
        <source>The workbook is refused: its part {member} is compressed suspiciously strongly.</source>
        <translation>Tệp Excel bị từ chối: thành phần {member} có tỷ lệ nén cao bất thường.</translation>
    </message>
    <message>
        <source>No header row found: none of the first {rows} rows of any sheet names the columns for the procedure code (Mã TTHC) and name (Tên thủ tục).</source>
        <translation>Không tìm thấy dòng tiêu đề: trong {rows} dòng đầu của các trang tính, không có dòng nào chứa tên cột mã thủ tục (Mã TTHC) và tên thủ tục (Tên thủ tục).</translation>
    </message>
    <message>
        <source>Missing code</source>
        <translation>Thiếu mã</translation>
    </message>
    <message>
        <source>Missing name</source>
        <translation>Thiếu tên</translation>
    </message>
    <message>
        <source>Invalid code &quot;{code}&quot;: expected a digit, a dot and six digits, e.g. 1.009137</source>
        <translation>Mã &quot;{code}&quot; không hợp lệ: mã gồm một chữ số, dấu chấm và sáu chữ số, ví dụ 1.009137</translation>
    </message>
    <message>
        <source>Duplicate code {code}: already in row {first_row}</source>
        <translation>Trùng mã {code}: đã có ở dòng {first_row}</translation>
    </message>
    <message>
        <source>Name too long ({length} characters; at most {limit})</source>
        <translation>Tên quá dài ({length} ký tự; tối đa {limit})</translation>
    </message>
    <message>
        <source>Too many rows: the import stopped after {limit} procedure rows</source>
        <translation>Quá nhiều dòng: dừng nhập sau {limit} dòng thủ tục</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>Không tìm thấy tệp: {path}</translation>
    </message>
</context>
<context>
    <name>TthcPage</name>
    <message>
        <source>All TTHC</source>
        <translation>Tất cả TTHC</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Trong phạm vi</translation>
    </message>
    <message>
        <source>In scope, no effective procedure</source>
        <translation>Trong phạm vi, chưa có quy trình hiệu lực</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Ngoài phạm vi</translation>
    </message>
    <message>
        <source>&amp;New TTHC…</source>
        <translation>&amp;Thêm TTHC…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <source>In/out of &amp;scope</source>
        <translation>Trong/ngoài &amp;phạm vi</translation>
    </message>
    <message>
        <source>Put the selected TTHC in the QMS scope, or take it out</source>
        <translation>Đưa TTHC được chọn vào phạm vi HTQLCL hoặc đưa ra khỏi phạm vi</translation>
    </message>
    <message>
        <source>Administrative procedures</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Selected TTHC</source>
        <translation>TTHC được chọn</translation>
    </message>
    <message>
        <source>Open &amp;procedure</source>
        <translation>Mở &amp;quy trình</translation>
    </message>
    <message>
        <source>New p&amp;rocedure for this TTHC…</source>
        <translation>Quy trình &amp;mới cho TTHC này…</translation>
    </message>
    <message>
        <source>Register a procedure on the Procedures page, linked to this TTHC.</source>
        <translation>Đăng ký một quy trình ở trang Quy trình, gắn với TTHC này.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Code, field, limit:</source>
        <translation>Mã, lĩnh vực, thời hạn:</translation>
    </message>
    <message>
        <source>Procedures:</source>
        <translation>Quy trình:</translation>
    </message>
    <message>
        <source>Select a TTHC in the list.</source>
        <translation>Chọn một TTHC trong danh sách.</translation>
    </message>
    <message>
        <source>in the QMS scope</source>
        <translation>thuộc phạm vi HTQLCL</translation>
    </message>
    <message>
        <source>out of the QMS scope</source>
        <translation>ngoài phạm vi HTQLCL</translation>
    </message>
    <message>
        <source>no limit set</source>
        <translation>chưa có thời hạn</translation>
    </message>
    <message>
        <source>No procedure covers this TTHC yet.</source>
        <translation>Chưa có quy trình nào cho TTHC này.</translation>
    </message>
    <message>
        <source>Import the province&apos;s TTHC list</source>
        <translation>Nhập danh mục TTHC của tỉnh</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Đã hủy việc nhập; chưa ghi gì vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 rejected.</source>
        <translation>Đã nhập: thêm %1, cập nhật %2, loại %3.</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units and staff</source>
        <translation>Bộ phận và cán bộ</translation>
    </message>
    <message>
        <source>Optional: list the units and the people who work in them. You can skip this page and fill them in later in Settings.</source>
        <translation>Không bắt buộc: liệt kê các bộ phận và cán bộ, công chức làm việc tại đó. Có thể bỏ qua trang này và nhập sau trong mục Cài đặt.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Bộ phận:</translation>
    </message>
    <message>
        <source>Staff (the unit is matched by name; a new name adds a unit):</source>
        <translation>Cán bộ, công chức (bộ phận được đối chiếu theo tên; tên bộ phận chưa có sẽ được thêm mới):</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Issue version %1 of %2</source>
        <translation>Soạn lần ban hành %1 của %2</translation>
    </message>
    <message>
        <source>The new version is saved as a draft. It takes effect when a leader approves it; the current version then becomes obsolete from the day before.</source>
        <translation>Lần ban hành mới được lưu ở dạng dự thảo và có hiệu lực khi lãnh đạo phê duyệt; khi đó lần ban hành hiện hành hết hiệu lực từ ngày liền trước.</translation>
    </message>
    <message>
        <source>Edit version %1 of %2</source>
        <translation>Sửa lần ban hành %1 của %2</translation>
    </message>
    <message>
        <source>The steps of the draft are edited on the Steps tab.</source>
        <translation>Các bước của bản dự thảo được sửa ở thẻ Trình tự thực hiện.</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Hiệu lực từ ngày</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Ký duyệt</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Người soạn thảo</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Người xem xét</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
</context>
<context>
    <name>VersionsTab</name>
    <message>
        <source>&amp;Issue new version…</source>
        <translation>Tạo lần ban hành &amp;mới…</translation>
    </message>
    <message>
        <source>E&amp;dit version…</source>
        <translation>&amp;Sửa lần ban hành…</translation>
    </message>
    <message>
        <source>Appr&amp;ove…</source>
        <translation>&amp;Phê duyệt…</translation>
    </message>
    <message>
        <source>Cover page with sign-off</source>
        <translation>Trang bìa và ký duyệt</translation>
    </message>
    <message>
        <source>Steps table</source>
        <translation>Bảng các bước</translation>
    </message>
    <message>
        <source>Flowchart (lưu đồ)</source>
        <translation>Lưu đồ</translation>
    </message>
    <message>
        <source>Sign-off of the selected version</source>
        <translation>Ký duyệt của lần ban hành được chọn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Soạn thảo</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Xem xét</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Change the dates and the sign-off of this draft version.</source>
        <translation>Sửa các ngày và phần ký duyệt của lần ban hành dự thảo này.</translation>
    </message>
    <message>
        <source>Only a draft version can be edited: an effective version is changed by issuing a new version.</source>
        <translation>Chỉ sửa được lần ban hành dự thảo: muốn thay đổi lần ban hành đang hiệu lực thì ban hành lần mới.</translation>
    </message>
    <message>
        <source>Only a leader (lãnh đạo) can approve a version.</source>
        <translation>Chỉ lãnh đạo mới được phê duyệt lần ban hành.</translation>
    </message>
    <message>
        <source>Select a draft version to approve it.</source>
        <translation>Chọn một lần ban hành dự thảo để phê duyệt.</translation>
    </message>
    <message>
        <source>Approve this version: it becomes effective.</source>
        <translation>Phê duyệt lần ban hành này: lần ban hành sẽ có hiệu lực.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>Backup is not available in this version yet.</source>
        <translation>Phiên bản này chưa có chức năng sao lưu.</translation>
    </message>
    <message>
        <source>Only the ISO secretary or a leader can make backups.</source>
        <translation>Chỉ thư ký ISO hoặc lãnh đạo mới được sao lưu.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Only a leader can restore a backup: it replaces every record, the accounts and their roles included.</source>
        <translation>Chỉ lãnh đạo mới được khôi phục từ bản sao lưu: việc này thay thế mọi bản ghi, kể cả tài khoản và vai trò.</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Smaller text (A-)</source>
        <translation>Chữ &amp;nhỏ hơn (A-)</translation>
    </message>
    <message>
        <source>&amp;Larger text (A+)</source>
        <translation>Chữ &amp;lớn hơn (A+)</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Chữ nhỏ hơn (Ctrl+-)</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Chữ lớn hơn (Ctrl+=)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Cỡ chữ &amp;bình thường</translation>
    </message>
    <message>
        <source>&amp;Search all records…</source>
        <translation>&amp;Tìm trong toàn bộ hồ sơ…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;About QMS Desktop</source>
        <translation>&amp;Giới thiệu QMS Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
</context>
</TS>
