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
        <translation>Thêm tà&amp;i khoản…</translation>
    </message>
    <message>
        <source>Disable / &amp;enable…</source>
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
        <source>A &amp;commune, ward or special zone: keeps its own QMS records</source>
        <translation>&amp;Xã, phường hoặc đặc khu: quản lý hồ sơ HTQLCL của chính mình</translation>
    </message>
    <message>
        <source>A receiving &amp;office (e.g. the Department of Science and Technology): receives and consolidates the units&apos; reports</source>
        <translation>Cơ &amp;quan nhận báo cáo (ví dụ Sở Khoa học và Công nghệ): nhận và tổng hợp báo cáo của các đơn vị</translation>
    </message>
    <message>
        <source>if the province gave one, e.g. LD-26734</source>
        <translation>nếu tỉnh đã cấp, ví dụ LD-26734</translation>
    </message>
    <message>
        <source>taken from the name if left empty</source>
        <translation>để trống thì lấy theo tên cơ quan</translation>
    </message>
    <message>
        <source>&amp;Agency name: *</source>
        <translation>Tên cơ q&amp;uan: *</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>&amp;Loại hình:</translation>
    </message>
    <message>
        <source>&amp;Unit code:</source>
        <translation>Mã đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>R&amp;eports are sent to (Kính gửi):</source>
        <translation>&amp;Báo cáo gửi đến (Kính gửi):</translation>
    </message>
    <message>
        <source>Chair&amp;man:</source>
        <translation>Chủ tịch:</translation>
    </message>
    <message>
        <source>Chairman&apos;s title:</source>
        <translation>&amp;Chức vụ của Chủ tịch:</translation>
    </message>
    <message>
        <source>ISO representative:</source>
        <translation>Đại diện lãnh đạo về &amp;ISO:</translation>
    </message>
    <message>
        <source>ISO representative&apos;s ti&amp;tle:</source>
        <translation>Chức vụ của đại diện IS&amp;O:</translation>
    </message>
    <message>
        <source>&amp;Report number symbol:</source>
        <translation>Ký hiệu &amp;số báo cáo:</translation>
    </message>
    <message>
        <source>Place name in dates:</source>
        <translation>Địa &amp;danh ghi ngày tháng:</translation>
    </message>
    <message>
        <source>The data is on the office&apos;s &amp;server…</source>
        <translation>Dữ liệu nằm trên &amp;máy chủ của cơ quan…</translation>
    </message>
    <message>
        <source>Close the set-up and start the application again: it then opens the database on %1.</source>
        <translation>Đóng phần thiết lập và khởi động lại chương trình: khi đó chương trình mở cơ sở dữ liệu trên %1.</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>T&amp;hủ trưởng:</translation>
    </message>
    <message>
        <source>Head&apos;s title:</source>
        <translation>Chức vụ thủ trưởng:</translation>
    </message>
    <message>
        <source>These details appear on the compiled reports and the inspection records. You can change them later in Settings.</source>
        <translation>Các thông tin này được in trên báo cáo tổng hợp và biên bản kiểm tra. Có thể sửa sau trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>AgencyTab</name>
    <message>
        <source>Agency profile</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <source>&amp;Agency name: *</source>
        <translation>Tên cơ quan: *</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Tên viết tắt:</translation>
    </message>
    <message>
        <source>Unit code (given by the province):</source>
        <translation>Mã đơn vị (do tỉnh cấp):</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>L&amp;oại hình:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>Lead &amp;body:</source>
        <translation>Đơn vị chủ t&amp;rì:</translation>
    </message>
    <message>
        <source>R&amp;eports are sent to (Kính gửi):</source>
        <translation>&amp;Báo cáo gửi đến (Kính gửi):</translation>
    </message>
    <message>
        <source>Chair&amp;man:</source>
        <translation>Chủ tịch:</translation>
    </message>
    <message>
        <source>Chairman&apos;s title:</source>
        <translation>Chức &amp;vụ của Chủ tịch:</translation>
    </message>
    <message>
        <source>ISO representative:</source>
        <translation>Đại diện lãnh đạo về &amp;ISO:</translation>
    </message>
    <message>
        <source>ISO representative&apos;s ti&amp;tle:</source>
        <translation>Chức vụ của đại &amp;diện ISO:</translation>
    </message>
    <message>
        <source>&amp;Report number symbol:</source>
        <translation>Ký hiệu &amp;số báo cáo:</translation>
    </message>
    <message>
        <source>Place name in dates:</source>
        <translation>Đị&amp;a danh ghi ngày tháng:</translation>
    </message>
    <message>
        <source>Head&apos;s title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Head (sig&amp;ns):</source>
        <translation>Người ký &amp;văn bản:</translation>
    </message>
    <message>
        <source>Document symbol:</source>
        <translation>Ký hiệu văn bản:</translation>
    </message>
    <message>
        <source>Sent in every report package so that the receiving office recognises this commune; leave empty if the province gave none.</source>
        <translation>Được gửi kèm trong mỗi gói báo cáo để cơ quan nhận báo cáo nhận biết đơn vị; để trống nếu tỉnh chưa cấp mã.</translation>
    </message>
    <message>
        <source>Periods, due dates, language</source>
        <translation>Kỳ báo cáo, thời hạn, ngôn ngữ</translation>
    </message>
    <message>
        <source>Decree 09/2019: six months from 15/12 to 14/06, the year from 15/12 to 14/12</source>
        <translation>Theo Nghị định 09/2019: sáu tháng từ 15/12 đến 14/06, cả năm từ 15/12 đến 14/12</translation>
    </message>
    <message>
        <source>Calendar: six months from 01/01 to 30/06, the year from 01/01 to 31/12</source>
        <translation>Theo năm dương lịch: sáu tháng từ 01/01 đến 30/06, cả năm từ 01/01 đến 31/12</translation>
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
        <source>Report periods:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Audit and review every &amp;year:</source>
        <translation>Đánh giá, x&amp;em xét hằng năm:</translation>
    </message>
    <message>
        <source>Si&amp;x-month report due on:</source>
        <translation>Hạn gửi báo cáo &amp;6 tháng:</translation>
    </message>
    <message>
        <source>Annual report due &amp;on:</source>
        <translation>Hạn gửi báo cáo cả nă&amp;m:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ (&amp;Language):</translation>
    </message>
    <message>
        <source>empty: the decision names no one</source>
        <translation>để trống: quyết định không ghi người đề nghị</translation>
    </message>
    <message>
        <source>Province&apos;s &amp;target for TTHC settled on time:</source>
        <translation>Chỉ t&amp;iêu của tỉnh về tỷ lệ giải quyết TTHC đúng hạn:</translation>
    </message>
    <message>
        <source>Check proposed b&amp;y (Mẫu 20):</source>
        <translation>Theo đề nghị của (Mẫu 2&amp;0):</translation>
    </message>
    <message>
        <source>What the report states (Part II)</source>
        <translation>Nội dung báo cáo nêu (Phần II)</translation>
    </message>
    <message>
        <source>empty: the commune has no website</source>
        <translation>để trống: xã không có trang thông tin điện tử</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(chưa ghi nhận)</translation>
    </message>
    <message>
        <source>None: the commune built its QMS itself</source>
        <translation>Không: xã tự xây dựng HTQLCL</translation>
    </message>
    <message>
        <source>A consulting organisation (name below)</source>
        <translation>Có tổ chức tư vấn (ghi tên bên dưới)</translation>
    </message>
    <message>
        <source>organisation and contract, e.g. Công ty … (hợp đồng số …)</source>
        <translation>tổ chức và hợp đồng, ví dụ Công ty … (hợp đồng số …)</translation>
    </message>
    <message>
        <source>&amp;Website (announcements posted on):</source>
        <translation>Trang thông tin điện tử (đăng quyết định công bố):</translation>
    </message>
    <message>
        <source>Consultant (TT 26 Art. 7.1):</source>
        <translation>Tổ chức tư vấn (Điều 7.1 TT 26):</translation>
    </message>
    <message>
        <source>Consultant&apos;s name:</source>
        <translation>Tên tổ chức tư vấn:</translation>
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
        <source>The six-month report</source>
        <translation>Báo cáo sáu tháng</translation>
    </message>
    <message>
        <source>The annual report</source>
        <translation>Báo cáo năm</translation>
    </message>
    <message>
        <source>%1 of %2 is due on %3, before its period ends on %4: it can only count what is recorded up to the day it is made.</source>
        <translation>%1 %2 có hạn gửi %3, trước khi kỳ báo cáo kết thúc (%4): báo cáo chỉ tính được những gì đã ghi nhận đến ngày lập.</translation>
    </message>
    <message>
        <source>%1 of %2 is due on %3, in the next year.</source>
        <translation>%1 %2 có hạn gửi %3, sang năm sau.</translation>
    </message>
    <message>
        <source>Saved. A report is always sent to someone: the empty “Kính gửi” was given the default, {recipient}.</source>
        <translation>Đã lưu. Báo cáo luôn phải gửi đến một cơ quan: ô “Kính gửi” để trống nên đã được điền mặc định là {recipient}.</translation>
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
        <translation>T&amp;hêm dòng…</translation>
    </message>
    <message>
        <source>E&amp;dit line…</source>
        <translation>Sử&amp;a dòng…</translation>
    </message>
    <message>
        <source>Change the item, legal basis or date of the selected line.</source>
        <translation>Sửa nội dung, căn cứ pháp lý hoặc ngày của dòng đang chọn.</translation>
    </message>
</context>
<context>
    <name>AnnouncementsPage</name>
    <message>
        <source>TTHC covered by the selected announcement</source>
        <translation>TTHC thuộc phạm vi của lần công bố được chọn</translation>
    </message>
    <message>
        <source>Edit the s&amp;cope…</source>
        <translation>Sửa &amp;phạm vi…</translation>
    </message>
    <message>
        <source>Announcement decision</source>
        <translation>Quyết định công bố</translation>
    </message>
    <message>
        <source>Notice to the Department (letter)</source>
        <translation>Công văn thông báo gửi Sở</translation>
    </message>
    <message>
        <source>Print the &amp;decision…</source>
        <translation>In &amp;quyết định…</translation>
    </message>
    <message>
        <source>TTHC covered by the selected announcement: %1</source>
        <translation>TTHC thuộc phạm vi của lần công bố được chọn: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>QMS Desktop: the quality management system records of a commune (TCVN ISO 9001:2015)</source>
        <translation>QMS Desktop: hồ sơ hệ thống quản lý chất lượng của Ủy ban nhân dân cấp xã (TCVN ISO 9001:2015)</translation>
    </message>
    <message>
        <source>SQLite database file (default: the user&apos;s data folder), or a server&apos;s postgresql+psycopg://USER@HOST/DATABASE</source>
        <translation>tệp cơ sở dữ liệu SQLite (mặc định: trong thư mục dữ liệu của người dùng), hoặc máy chủ postgresql+psycopg://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>open the demo commune (a separate database)</source>
        <translation>mở xã mẫu (một cơ sở dữ liệu riêng)</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>hiện phiên bản rồi thoát</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>Máy chủ của cơ quan</translation>
    </message>
    <message>
        <source>Password of the database account:</source>
        <translation>Mật khẩu của tài khoản cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>The server refused this password. Type it again.</source>
        <translation>Máy chủ không chấp nhận mật khẩu này. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>Demo accounts (user name / password):</source>
        <translation>Tài khoản mẫu (tên đăng nhập / mật khẩu):</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>Không thực hiện được</translation>
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
        <source>{path} is damaged and cannot be read.</source>
        <translation>{path} bị hỏng, không đọc được.</translation>
    </message>
    <message>
        <source>If you have a backup (the data folder&apos;s backups, or a USB stick), restore it in its place: the file that cannot be opened is kept as it is.</source>
        <translation>Nếu có bản sao lưu (trong thư mục backups của thư mục dữ liệu, hoặc trên USB), hãy khôi phục nó vào chỗ này: tệp không mở được vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>The backup was restored. The database that could not be opened was kept as:
{path}

Log in with your account of the backup.</source>
        <translation>Đã khôi phục bản sao lưu. Cơ sở dữ liệu không mở được đã được giữ lại tại:
{path}

Hãy đăng nhập bằng tài khoản của anh/chị trong bản sao lưu.</translation>
    </message>
    <message>
        <source>This computer is set to use the office&apos;s server. If its address changed or it is out of use, you can use the data file on this computer instead (Settings › Data location sets the server again).</source>
        <translation>Máy tính này đang được đặt để dùng máy chủ của cơ quan. Nếu địa chỉ máy chủ đã thay đổi hoặc máy chủ không còn dùng nữa, có thể dùng tệp dữ liệu trên máy tính này (Cài đặt › Nơi lưu dữ liệu để đặt lại máy chủ).</translation>
    </message>
    <message>
        <source>&amp;Use this computer&apos;s data file</source>
        <translation>&amp;Dùng tệp dữ liệu trên máy này</translation>
    </message>
    <message>
        <source>Backed up and verified: {name}</source>
        <translation>Đã sao lưu và kiểm tra: {name}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {detail}</source>
        <translation>Sao lưu tự động không thành công: {detail}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>QMS Desktop — ISO 9001 records of the commune</source>
        <translation>QMS Desktop — Hồ sơ ISO 9001 của xã, phường</translation>
    </message>
    <message>
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <source>The data folder cannot be used: {detail}</source>
        <translation>Không sử dụng được thư mục dữ liệu: {detail}</translation>
    </message>
    <message>
        <source>The database cannot be opened: {detail}</source>
        <translation>Không mở được cơ sở dữ liệu: {detail}</translation>
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
        <source>The report of “%1” (held %2).</source>
        <translation>Báo cáo của cuộc đánh giá “%1” (thực hiện %2).</translation>
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
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>tham số vị trí</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>hiện số phiên bản của chương trình rồi thoát</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>tham số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>tham số không nhận ra: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>không được dùng cùng tham số %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>tham số không nhận giá trị %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>thiếu tham số bắt buộc: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>cần một trong các tham số %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>cần một giá trị</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>cần nhiều nhất một giá trị</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>cần ít nhất một giá trị</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>cần %s giá trị</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>cần %s giá trị</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn không rõ: %(option)s có thể là %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>tùy chọn không đúng chỗ: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị không hợp lệ %(value)r (cần kiểu %(type)s)</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>không mở được &apos;%(filename)s&apos;: %(error)s</translation>
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
        <translation>Xem tệp</translation>
    </message>
    <message>
        <source>Add file&amp;s…</source>
        <translation>T&amp;hêm tệp…</translation>
    </message>
    <message>
        <source>Det&amp;ach…</source>
        <translation>Gỡ tệp…</translation>
    </message>
    <message>
        <source>Attach to:</source>
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
        <source>This file is a program or of an unknown kind, so QMS Desktop does not open it. It was saved as:
{path}</source>
        <translation>Tệp này là một chương trình hoặc thuộc loại không xác định, nên QMS Desktop không mở tệp. Tệp đã được lưu tại:
{path}</translation>
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
        <source>Fin&amp;dings</source>
        <translation>&amp;Phát hiện</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>Tệp đính kè&amp;m</translation>
    </message>
    <message>
        <source>The audit report was approved on %1: its checklist and findings no longer change.</source>
        <translation>Báo cáo đánh giá đã được phê duyệt ngày %1: danh mục kiểm tra và các phát hiện không thể thay đổi nữa.</translation>
    </message>
    <message>
        <source>Select an audit in the list, or plan one with “Plan audit…”.</source>
        <translation>Chọn một cuộc đánh giá trong danh sách, hoặc lập kế hoạch mới bằng “Lập kế hoạch đánh giá…”.</translation>
    </message>
    <message>
        <source>report approved on %1</source>
        <translation>báo cáo đã phê duyệt ngày %1</translation>
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
    <name>BackupLoginDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Log in with a leader&apos;s account of the backup %1, with the password it had when the backup was made.</source>
        <translation>Đăng nhập bằng tài khoản lãnh đạo có trong bản sao lưu %1, với mật khẩu của tài khoản đó lúc sao lưu.</translation>
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
        <source>File attached</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>File detached</source>
        <translation>Gỡ tệp đính kèm</translation>
    </message>
    <message>
        <source>%1 — reason: %2</source>
        <translation>%1 — lý do: %2</translation>
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
        <source>{table} {what} refers to a {parent} that is no longer in the database (deleted outside the application).</source>
        <translation>{table} {what} trỏ tới {parent} không còn trong cơ sở dữ liệu (đã bị xóa từ bên ngoài ứng dụng).</translation>
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
        <source>{n} broken references between records in all (the first {shown} are named above).</source>
        <translation>Tổng cộng {n} liên kết giữa các hồ sơ bị hỏng ({shown} liên kết đầu tiên được nêu ở trên).</translation>
    </message>
    <message>
        <source>Schema version {current} is an earlier version&apos;s, not this version&apos;s {head}: the database has not been opened by this version yet. Open it once (start the application, or run a command such as qms list tthc): it is upgraded, after a copy in its backups folder; then check it again.</source>
        <translation>Lược đồ {current} là của phiên bản trước, chưa phải {head} của phiên bản này: cơ sở dữ liệu chưa được mở bằng phiên bản này lần nào. Hãy mở một lần (khởi động ứng dụng, hoặc chạy một lệnh như qms list tthc): cơ sở dữ liệu sẽ được nâng cấp, sau khi chép một bản vào thư mục sao lưu; rồi kiểm tra lại.</translation>
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
        <source>The written-down head {head} names entry 0, the start of every history, but does not carry its value: it was not written down from this program.</source>
        <translation>Đầu chuỗi đã ghi {head} chỉ mục 0, điểm bắt đầu của mọi nhật ký, nhưng không mang giá trị của điểm đó: đầu chuỗi này không được ghi lại từ chương trình.</translation>
    </message>
    <message>
        <source>The history has only {count} entries, but the written-down head {head} names entry {n}: entries were removed.</source>
        <translation>Nhật ký chỉ còn {count} mục, nhưng đầu chuỗi đã ghi {head} nói đến mục {n}: các mục nhật ký đã bị xóa.</translation>
    </message>
    <message>
        <source>Entry {n} of the history does not carry the written-down head {head}: the history was rewritten.</source>
        <translation>Mục {n} của nhật ký không mang đầu chuỗi đã ghi {head}: nhật ký đã bị viết lại.</translation>
    </message>
    <message>
        <source>The history&apos;s time goes back {count} time(s), e.g. entry {before} at {before_at} then entry {after} at {after_at}: the computer&apos;s clock was wrong when some entries were written (their dates may be too).</source>
        <translation>Thời điểm trong nhật ký lùi lại {count} lần, ví dụ mục {before} lúc {before_at} rồi mục {after} lúc {after_at}: đồng hồ máy tính đã sai khi ghi một số mục (ngày tháng của chúng cũng có thể sai).</translation>
    </message>
    <message>
        <source>Table {name} was added to the database outside the application.</source>
        <translation>Bảng {name} đã được thêm vào cơ sở dữ liệu ngoài ứng dụng.</translation>
    </message>
    <message>
        <source>Index {name} (on {table}) was added to the database outside the application.</source>
        <translation>Chỉ mục {name} (trên bảng {table}) đã được thêm vào cơ sở dữ liệu ngoài ứng dụng.</translation>
    </message>
    <message>
        <source>Trigger {name} on {table} was added to the database outside the application: it can change records behind every write.</source>
        <translation>Trigger {name} trên bảng {table} đã được thêm vào cơ sở dữ liệu ngoài ứng dụng: nó có thể âm thầm thay đổi hồ sơ mỗi lần ghi.</translation>
    </message>
    <message>
        <source>View {name} was added to the database outside the application.</source>
        <translation>View {name} đã được thêm vào cơ sở dữ liệu ngoài ứng dụng.</translation>
    </message>
    <message>
        <source>Trigger {name} (on {table}) of the application was replaced outside the application by one that does something else: it can change records behind every write.</source>
        <translation>Trigger {name} (trên bảng {table}) của ứng dụng đã bị thay bằng một trigger khác từ bên ngoài ứng dụng: nó có thể sửa hồ sơ sau mỗi lần ghi.</translation>
    </message>
    <message>
        <source>Table {name} no longer refuses two records with the same {columns} (rebuilt outside the application without its unique constraint).</source>
        <translation>Bảng {name} không còn ngăn hai bản ghi trùng {columns} (đã bị dựng lại từ bên ngoài ứng dụng, mất ràng buộc không trùng).</translation>
    </message>
    <message>
        <source>Index {name} of the application was removed outside the application (lists and checks slow down; a unique one no longer refuses duplicates).</source>
        <translation>Chỉ mục {name} của ứng dụng đã bị xóa ngoài ứng dụng (danh sách và kiểm tra chậm đi; nếu là chỉ mục duy nhất thì không còn chặn được dữ liệu trùng).</translation>
    </message>
    <message>
        <source>The search index of {table} does not match its records (emptied or edited outside the application): it is rebuilt the next time the application opens the database for writing.</source>
        <translation>Chỉ mục tìm kiếm của bảng {table} không khớp với các bản ghi (bị xóa trống hoặc sửa ngoài ứng dụng): chỉ mục được dựng lại lần tới khi ứng dụng mở cơ sở dữ liệu để ghi.</translation>
    </message>
    <message>
        <source>The history of former commune {name} was altered after the merge (it no longer ends at chain head {head}).</source>
        <translation>Nhật ký thay đổi của xã cũ {name} đã bị sửa sau khi gộp (không còn kết thúc ở đầu chuỗi {head}).</translation>
    </message>
    <message>
        <source>The record of what came from former commune {name} was altered after the merge.</source>
        <translation>Bản ghi nguồn gốc dữ liệu chuyển từ xã cũ {name} đã bị sửa sau khi gộp.</translation>
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
        <source>Add &amp;question…</source>
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
        <source>Record &amp;a finding from this item…</source>
        <translation>Gh&amp;i nhận phát hiện từ mục này…</translation>
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
    <name>ChoicesPage</name>
    <message>
        <source>2. Checks and choices</source>
        <translation>2. Kiểm tra và lựa chọn</translation>
    </message>
    <message>
        <source>What the check of each file found, the prefix put before a procedure code that is already taken here (the old code stays as a searchable alias), and what to do with records whose name matches one here.</source>
        <translation>Kết quả kiểm tra từng tệp, tiền tố đặt trước mã quy trình đã có ở đây (mã cũ vẫn được giữ làm bí danh để tìm kiếm), và cách xử lý các bản ghi trùng tên với bản ghi ở đây.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Former commune</source>
        <translation>Xã cũ</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Đầu chuỗi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tiền tố</translation>
    </message>
    <message>
        <source>Initials of the former commune (PL-QT-01)</source>
        <translation>Chữ cái đầu tên xã cũ (PL-QT-01)</translation>
    </message>
    <message>
        <source>Name of the former commune (PhuLam-QT-01)</source>
        <translation>Tên xã cũ (PhuLam-QT-01)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Its record</source>
        <translation>Bản ghi của xã cũ</translation>
    </message>
    <message>
        <source>Records with the same name as one here, or as one another former commune brings (a TTHC with another code must be decided):</source>
        <translation>Bản ghi trùng tên với một bản ghi ở đây, hoặc với bản ghi do một xã cũ khác mang vào (TTHC khác mã phải được quyết định):</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Trùng tên với</translation>
    </message>
    <message>
        <source>Prefix of clashing procedure codes:</source>
        <translation>Tiền tố cho mã quy trình bị trùng:</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Already merged on %1: nothing to add</source>
        <translation>Đã gộp ngày %1: không có gì thêm</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Nguyên vẹn</translation>
    </message>
    <message>
        <source>(older version: upgraded in a copy)</source>
        <translation>(phiên bản cũ: đã nâng cấp trên bản sao)</translation>
    </message>
    <message>
        <source>older</source>
        <translation>cũ hơn</translation>
    </message>
    <message>
        <source>current</source>
        <translation>hiện hành</translation>
    </message>
    <message>
        <source>Remove the refused files (Back) to merge the others.</source>
        <translation>Bỏ các tệp bị từ chối (Quay lại) để gộp các tệp còn lại.</translation>
    </message>
    <message>
        <source>%1 (brought in by %2 in this merge)</source>
        <translation>%1 (do %2 mang vào trong lần gộp này)</translation>
    </message>
    <message>
        <source>— decide —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>The same TTHC: merge</source>
        <translation>Cùng một TTHC: gộp</translation>
    </message>
    <message>
        <source>A different TTHC: keep both</source>
        <translation>TTHC khác: giữ cả hai</translation>
    </message>
    <message>
        <source>The same: merge</source>
        <translation>Là một: gộp</translation>
    </message>
    <message>
        <source>Different: keep both</source>
        <translation>Khác nhau: giữ cả hai</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>not a whole number: {text}</source>
        <translation>không phải là số nguyên: {text}</translation>
    </message>
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
        <source>{path} is empty or holds no QMS Desktop tables (emptied, or its creation was interrupted). If it was this office&apos;s database, restore it from a backup (qms restore FILE); a new one is made by &apos;qms init&apos; or &apos;qms demo&apos;. Nothing was changed.</source>
        <translation>{path} trống hoặc không có bảng nào của QMS Desktop (bị xóa trắng, hoặc việc tạo bị gián đoạn). Nếu đây là cơ sở dữ liệu của cơ quan, hãy khôi phục từ bản sao lưu (qms restore TỆP); muốn tạo cơ sở dữ liệu mới thì dùng &apos;qms init&apos; hoặc &apos;qms demo&apos;. Chưa có gì thay đổi.</translation>
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
        <source>{path} was never fully set up: it has no account yet, so nobody can log in. Finish the set-up with &apos;qms init&apos; (or in the QMS Desktop window); until then it is not used.</source>
        <translation>{path} chưa được thiết lập xong: chưa có tài khoản nào nên không ai đăng nhập được. Hãy hoàn tất thiết lập bằng lệnh &apos;qms init&apos; (hoặc trong cửa sổ QMS Desktop); trước khi đó cơ sở dữ liệu này không được sử dụng.</translation>
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
        <source>Created {path} for the receiving office {name}.</source>
        <translation>Đã tạo {path} cho cơ quan nhận báo cáo {name}.</translation>
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
        <source>Demo commune written to {path}: {tthc} TTHC, {procedures} procedures, {audits} internal audits, {ncs} nonconformities, {reviews} management reviews.</source>
        <translation>Đã ghi dữ liệu xã mẫu vào {path}: {tthc} TTHC, {procedures} quy trình, {audits} cuộc đánh giá nội bộ, {ncs} sự không phù hợp, {reviews} cuộc họp xem xét của lãnh đạo.</translation>
    </message>
    <message>
        <source>not a date (DD/MM/YYYY): {text}</source>
        <translation>không phải là ngày (ngày/tháng/năm): {text}</translation>
    </message>
    <message>
        <source>{text} is outside the accepted range ({first} – {last})</source>
        <translation>{text} nằm ngoài khoảng cho phép ({first} – {last})</translation>
    </message>
    <message>
        <source>table {n}</source>
        <translation>bảng {n}</translation>
    </message>
    <message>
        <source>{where}Row {row}: rejected — {reason}</source>
        <translation>{where}Dòng {row}: bị loại — {reason}</translation>
    </message>
    <message>
        <source>{where}Row {row}: {name} — {note}</source>
        <translation>{where}Dòng {row}: {name} — {note}</translation>
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
        <source>Decision {number} of {date}: {abolished} abolished, {replaced} replaced (out of the scope, kept in the register), {skipped} not in the register.</source>
        <translation>Quyết định {number} ngày {date}: {abolished} TTHC bị bãi bỏ, {replaced} TTHC bị thay thế (đưa ra ngoài phạm vi, vẫn giữ trong sổ), {skipped} TTHC không có trong sổ.</translation>
    </message>
    <message>
        <source>{count} rows have no national code yet (listed on stderr); add them with --confirm-no-code.</source>
        <translation>{count} dòng chưa có mã quốc gia (liệt kê ở stderr); thêm các dòng này bằng --confirm-no-code.</translation>
    </message>
    <message>
        <source>  {code}: {fields} changed</source>
        <translation>  {code}: thay đổi {fields}</translation>
    </message>
    <message>
        <source>  Procedure {code} covers changed TTHC {tthc}: update it within 3 months of {effective} (QĐ 19 Art. 4.4a).</source>
        <translation>  Quy trình {code} áp dụng cho TTHC đã thay đổi {tthc}: cập nhật trong 3 tháng kể từ {effective} (QĐ 19, Điều 4.4a).</translation>
    </message>
    <message>
        <source>Type the words to search for (tone marks and case do not matter).</source>
        <translation>Hãy gõ từ cần tìm (không phân biệt dấu và chữ hoa, chữ thường).</translation>
    </message>
    <message>
        <source>{path} has no QMS Desktop data yet: it is set up when the application or &apos;qms init&apos; first opens it. Nothing to check.</source>
        <translation>{path} chưa có dữ liệu QMS Desktop: cơ sở dữ liệu được thiết lập khi ứng dụng hoặc &apos;qms init&apos; mở nó lần đầu. Không có gì để kiểm tra.</translation>
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
        <source>Server integrity: checked by PostgreSQL itself</source>
        <translation>Toàn vẹn trên máy chủ: do chính PostgreSQL kiểm tra</translation>
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
        <source>expected N:HASH (the entry count, a colon and 64 hex digits), not &apos;{text}&apos;</source>
        <translation>cần dạng N:HASH (số mục, dấu hai chấm và 64 chữ số thập lục phân), không phải &apos;{text}&apos;</translation>
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
        <source>Unexpected error ({kind}): {detail}. Set QMS_DEBUG=1 to see the details.</source>
        <translation>Lỗi không mong muốn ({kind}): {detail}. Đặt QMS_DEBUG=1 để xem chi tiết.</translation>
    </message>
    <message>
        <source>This database has no agency profile yet: run qms init first.</source>
        <translation>Cơ sở dữ liệu này chưa có thông tin cơ quan: hãy chạy qms init trước.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --head-name, --head-title, --iso-rep-name, --iso-rep-title, --recipient, --code.</source>
        <translation>Không có gì để thay đổi: hãy cho ít nhất một trong các tùy chọn --head-name, --head-title, --iso-rep-name, --iso-rep-title, --recipient, --code.</translation>
    </message>
    <message>
        <source>Agency profile saved.</source>
        <translation>Đã lưu thông tin cơ quan.</translation>
    </message>
    <message>
        <source>The database to move must be a file (--db FILE); this one is already on a server.</source>
        <translation>Cơ sở dữ liệu cần chuyển phải là một tệp (--db TỆP); cơ sở dữ liệu này đã ở trên máy chủ.</translation>
    </message>
    <message>
        <source>--to must be a PostgreSQL connection string (postgresql+psycopg://user@host/database).</source>
        <translation>--to phải là chuỗi kết nối PostgreSQL (postgresql+psycopg://người_dùng@máy_chủ/cơ_sở_dữ_liệu).</translation>
    </message>
    <message>
        <source>Copied {rows} rows of {tables} tables to {url} and verified them there; chain head {head}.</source>
        <translation>Đã sao chép {rows} dòng của {tables} bảng sang {url} và kiểm tra lại trên đó; đầu chuỗi {head}.</translation>
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
        <source>Nobody can log in to {path} ({why}): give --user (or QMS_USER) and QMS_PASSWORD of a leader&apos;s account of the backup.</source>
        <translation>Không ai đăng nhập được vào {path} ({why}): hãy cho --user (hoặc QMS_USER) và QMS_PASSWORD của một tài khoản lãnh đạo có trong bản sao lưu.</translation>
    </message>
    <message>
        <source>Password (in the backup): </source>
        <translation>Mật khẩu (trong bản sao lưu): </translation>
    </message>
    <message>
        <source>it does not exist yet</source>
        <translation>tệp chưa tồn tại</translation>
    </message>
    <message>
        <source>it has no account yet</source>
        <translation>chưa có tài khoản nào</translation>
    </message>
    <message>
        <source>it is damaged and cannot be read</source>
        <translation>tệp bị hỏng, không đọc được</translation>
    </message>
    <message>
        <source>{path} does not exist yet: the backup is restored there. Log in with a leader&apos;s account of the backup.</source>
        <translation>{path} chưa tồn tại: bản sao lưu sẽ được khôi phục vào đó. Hãy đăng nhập bằng tài khoản lãnh đạo có trong bản sao lưu.</translation>
    </message>
    <message>
        <source>{path} has no account yet: log in with a leader&apos;s account of the backup.</source>
        <translation>{path} chưa có tài khoản nào: hãy đăng nhập bằng tài khoản lãnh đạo có trong bản sao lưu.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read: log in with a leader&apos;s account of the backup; the damaged file is kept as it is.</source>
        <translation>{path} bị hỏng, không đọc được: hãy đăng nhập bằng tài khoản lãnh đạo có trong bản sao lưu; tệp bị hỏng vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Restored {path} ({agency}).</source>
        <translation>Đã khôi phục {path} ({agency}).</translation>
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
        <source>Write a statement as KEY=TEXT, e.g. consultant=…</source>
        <translation>Viết nội dung theo dạng KHÓA=NỘI DUNG, ví dụ consultant=…</translation>
    </message>
    <message>
        <source>Report {number} (id {id}) saved.</source>
        <translation>Đã lưu báo cáo {number} (mã {id}).</translation>
    </message>
    <message>
        <source>The report&apos;s number changed from {old} to {number} because the report&apos;s date is in {year}.</source>
        <translation>Số báo cáo đổi từ {old} thành {number} vì ngày báo cáo sang năm {year}.</translation>
    </message>
    <message>
        <source>The report&apos;s number {number} now counts in the register of {year} (its date moved from {old} to {new}).</source>
        <translation>Số báo cáo {number} nay thuộc sổ đăng ký văn bản năm {year} (ngày báo cáo đổi từ {old} thành {new}).</translation>
    </message>
    <message>
        <source>Pre-flight: nothing to acknowledge; the report can be finalised.</source>
        <translation>Kiểm tra trước khi chốt: không có gì phải xác nhận; có thể chốt báo cáo.</translation>
    </message>
    <message>
        <source>Pre-flight: {refusals} refusal(s), {warnings} warning(s) to acknowledge.</source>
        <translation>Kiểm tra trước khi chốt: {refusals} lỗi chặn, {warnings} cảnh báo cần xác nhận.</translation>
    </message>
    <message>
        <source>Report {number} finalised; its content is now frozen.</source>
        <translation>Đã chốt báo cáo {number}; nội dung báo cáo từ nay được giữ cố định.</translation>
    </message>
    <message>
        <source>Dry run: {count} fields for {start} – {end} ({period}); nothing was written.</source>
        <translation>Chạy thử: {count} lĩnh vực, từ {start} đến {end} ({period}); chưa ghi gì.</translation>
    </message>
    <message>
        <source>Imported {count} fields for {start} – {end} ({period}).</source>
        <translation>Đã nhập {count} lĩnh vực, từ {start} đến {end} ({period}).</translation>
    </message>
    <message>
        <source>Dry run: {count} fields for {start} – {end}; nothing was written.</source>
        <translation>Chạy thử: {count} lĩnh vực, từ {start} đến {end}; chưa ghi gì.</translation>
    </message>
    <message>
        <source>Imported {count} fields for {start} – {end}.</source>
        <translation>Đã nhập {count} lĩnh vực, từ {start} đến {end}.</translation>
    </message>
    <message>
        <source>The period already had figures, which this import replaces: {received} received, {on_time} on time, {late} late, {pending} pending, in {fields} fields. A report already finalised keeps the figures it was signed with.</source>
        <translation>Kỳ này đã có số liệu, nay được thay bằng số liệu của tệp: trước đây {received} hồ sơ tiếp nhận, {on_time} đúng hạn, {late} trễ hạn, {pending} đang giải quyết, trong {fields} lĩnh vực. Báo cáo đã chốt vẫn giữ số liệu lúc ký.</translation>
    </message>
    <message>
        <source>Report {number} recorded as sent.</source>
        <translation>Đã ghi nhận báo cáo {number} là đã gửi.</translation>
    </message>
    <message>
        <source>Draft {number} correcting report {original} (version {version}) created (id {id}).</source>
        <translation>Đã tạo bản nháp {number} đính chính báo cáo {original} (phiên bản {version}) (mã {id}).</translation>
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
        <source>Chain head printed on the signed report: {printed} (when it was signed); the package carries the history up to {head}.</source>
        <translation>Đầu chuỗi in trên báo cáo đã ký số: {printed} (lúc ký); gói báo cáo mang nhật ký đến {head}.</translation>
    </message>
    <message>
        <source>The signed report prints the chain head of the day it was signed; the package carries the history up to {head}.</source>
        <translation>Báo cáo đã ký số in đầu chuỗi của ngày ký; gói báo cáo mang nhật ký đến {head}.</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>chặn</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>No PIN or password: set {var} or run in a terminal to be asked.</source>
        <translation>Chưa có mã PIN hoặc mật khẩu: đặt biến {var} hoặc chạy trong cửa sổ lệnh để được hỏi.</translation>
    </message>
    <message>
        <source>No PIN or password was typed: nothing was tried on the token or the file.</source>
        <translation>Chưa nhập mã PIN hoặc mật khẩu: chưa thử gì trên token hay tệp chứng thư.</translation>
    </message>
    <message>
        <source>Password of the certificate file: </source>
        <translation>Mật khẩu của tệp chứng thư số: </translation>
    </message>
    <message>
        <source>Token PIN: </source>
        <translation>Mã PIN của token: </translation>
    </message>
    <message>
        <source>Report {number} (id {id}) signed by {name} ({organisation}) as the signer, at {when}.</source>
        <translation>Báo cáo {number} (mã {id}) đã được {name} ({organisation}) ký với tư cách người ký, lúc {when}.</translation>
    </message>
    <message>
        <source>Report {number} (id {id}) signed by {name} ({organisation}) as the agency, at {when}; the PDF is now final.</source>
        <translation>Báo cáo {number} (mã {id}) đã được {name} ({organisation}) ký với tư cách cơ quan, lúc {when}; tệp PDF nay là bản cuối cùng.</translation>
    </message>
    <message>
        <source>The trust folder {path} does not exist.</source>
        <translation>Thư mục chứng thư tin cậy {path} không tồn tại.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>Không đọc được {path} ({reason}).</translation>
    </message>
    <message>
        <source>The certificates&apos; organisations were not compared with the sending unit (they are: {organisations}); name it with --organisation to check it.</source>
        <translation>Chưa đối chiếu tổ chức trong chứng thư số với đơn vị gửi (chữ ký của: {organisations}); hãy nêu đơn vị bằng --organisation để kiểm tra.</translation>
    </message>
    <message>
        <source>INVALID package: {reason}</source>
        <translation>Gói báo cáo KHÔNG HỢP LỆ: {reason}</translation>
    </message>
    <message>
        <source>INVALID package: it holds a draft (report {number}, not finalised); a receiving office refuses it. Finalise the report, then export it again.</source>
        <translation>Gói KHÔNG hợp lệ: gói chứa báo cáo dự thảo (báo cáo {number}, chưa chốt); cơ quan tiếp nhận sẽ từ chối. Hãy chốt báo cáo rồi xuất lại.</translation>
    </message>
    <message>
        <source>Package intact, but the digital signature of its report.pdf is INVALID: {name}</source>
        <translation>Gói nguyên vẹn, nhưng chữ ký số trên tệp report.pdf KHÔNG HỢP LỆ: {name}</translation>
    </message>
    <message>
        <source>Valid package: {name}</source>
        <translation>Gói báo cáo hợp lệ: {name}</translation>
    </message>
    <message>
        <source>Package intact, sender not authenticated: {name}</source>
        <translation>Gói báo cáo nguyên vẹn nhưng chưa xác thực được nơi gửi: {name}</translation>
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
    <message>
        <source>INVALID package: the digital signature of report.pdf is invalid.</source>
        <translation>Gói KHÔNG HỢP LỆ: chữ ký số trên report.pdf không hợp lệ.</translation>
    </message>
    <message>
        <source>The key that signed it travels inside the package, so it proves nothing about who sent it: compare the fingerprint with the one printed on the signed report or read out by phone and run again with --fingerprint, or import it into the receiving office&apos;s inbox, which pins each unit&apos;s key.</source>
        <translation>Khóa ký gói nằm ngay trong gói nên không chứng minh được ai đã gửi: hãy đối chiếu mã nhận dạng khóa với mã in trên báo cáo giấy có chữ ký hoặc mã được đọc qua điện thoại rồi chạy lại với --fingerprint, hoặc nhập gói vào hộp thư của cơ quan nhận báo cáo, nơi ghi nhớ khóa của từng đơn vị.</translation>
    </message>
    <message>
        <source>Source {n}: {file} — {name}</source>
        <translation>Nguồn {n}: {file} — {name}</translation>
    </message>
    <message>
        <source>  Refused:</source>
        <translation>  Bị từ chối:</translation>
    </message>
    <message>
        <source>  Chain head {head}; schema {schema}{upgraded}; key {key}</source>
        <translation>  Đầu chuỗi {head}; lược đồ {schema}{upgraded}; khóa {key}</translation>
    </message>
    <message>
        <source> (upgraded in a copy)</source>
        <translation> (đã nâng cấp trên bản sao)</translation>
    </message>
    <message>
        <source>  Already merged on {date} at this chain head: nothing to add.</source>
        <translation>  Đã gộp ngày {date} ở đầu chuỗi này: không có gì thêm.</translation>
    </message>
    <message>
        <source>  Prefix for its clashing procedure codes: {prefix}; history entries kept: {n}</source>
        <translation>  Tiền tố cho mã quy trình bị trùng: {prefix}; số mục nhật ký được giữ: {n}</translation>
    </message>
    <message>
        <source>  {outcome}: {items}</source>
        <translation>  {outcome}: {items}</translation>
    </message>
    <message>
        <source>Merged {n} former commune(s); backup made first: {backup}</source>
        <translation>Đã gộp {n} xã cũ; bản sao lưu tạo trước khi gộp: {backup}</translation>
    </message>
    <message>
        <source>Nothing to merge: every source was already merged.</source>
        <translation>Không có gì để gộp: mọi nguồn đều đã được gộp trước đây.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: không ghi gì cả.</translation>
    </message>
    <message>
        <source>Unknown period {period}: use 2025-H1, 2025-H2 or 2025.</source>
        <translation>Kỳ không hợp lệ {period}: dùng 2025-H1, 2025-H2 hoặc 2025.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Row {row}: rejected — {reason}</source>
        <translation>Dòng {row}: bị loại — {reason}</translation>
    </message>
    <message>
        <source>Dry run: {added} units to add, {updated} to update, {unchanged} unchanged, {rejected} rejected. Nothing was written.</source>
        <translation>Chạy thử: {added} đơn vị sẽ thêm, {updated} sẽ cập nhật, {unchanged} không đổi, {rejected} bị từ chối. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Units imported: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>Đã nhập danh sách đơn vị: thêm {added}, cập nhật {updated}, không đổi {unchanged}, từ chối {rejected}.</translation>
    </message>
    <message>
        <source>Units to update (field: now → after the import):</source>
        <translation>Các đơn vị sẽ cập nhật (trường: hiện nay → sau khi nhập):</translation>
    </message>
    <message>
        <source>Units updated (field: before → now):</source>
        <translation>Các đơn vị đã cập nhật (trường: trước đây → hiện nay):</translation>
    </message>
    <message>
        <source>Name in the register: {unit}. Name in the package: {package}.</source>
        <translation>Tên trong danh sách đơn vị: {unit}. Tên ghi trong gói: {package}.</translation>
    </message>
    <message>
        <source>First package from {unit} ({code}), signed with key {fingerprint}.
Does this fingerprint match the one printed on the signed report or read out by phone? [y/N] </source>
        <translation>Gói báo cáo đầu tiên của {unit} ({code}), ký bằng khóa {fingerprint}.
Mã này có khớp với mã in trên báo cáo giấy có chữ ký hoặc mã được đọc qua điện thoại không? [c/K] (c: có, Enter: không) </translation>
    </message>
    <message>
        <source>Enrol it with: qms inbox trust {code} &quot;{fingerprint}&quot;</source>
        <translation>Ghi nhận khóa bằng lệnh: qms inbox trust {code} &quot;{fingerprint}&quot;</translation>
    </message>
    <message>
        <source>version {version} replaces version {old}</source>
        <translation>phiên bản {version} thay thế phiên bản {old}</translation>
    </message>
    <message>
        <source>closed on {closed}, before the period ended</source>
        <translation>ngừng hoạt động từ ngày {closed}, trước khi kỳ báo cáo kết thúc</translation>
    </message>
    <message>
        <source>{refused} of {total} packages refused; {taken} taken in, {duplicates} already in the inbox.</source>
        <translation>{refused}/{total} gói bị từ chối; {taken} gói đã được nhận, {duplicates} gói đã có trong hộp thư.</translation>
    </message>
    <message>
        <source>{refused} of {total} packages refused; nothing was taken in ({duplicates} already in the inbox).</source>
        <translation>{refused}/{total} gói bị từ chối; không gói nào được nhận thêm ({duplicates} gói đã có trong hộp thư).</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>phiên bản {version}</translation>
    </message>
    <message>
        <source>No package found in {paths}.</source>
        <translation>Không tìm thấy gói báo cáo nào trong {paths}.</translation>
    </message>
    <message>
        <source>{reason} If both units confirmed that this key is theirs, run the command again with --same-key-as-other-unit.</source>
        <translation>{reason} Nếu cả hai đơn vị đều xác nhận đây là khóa của mình, hãy chạy lại lệnh với --same-key-as-other-unit.</translation>
    </message>
    <message>
        <source>Key {fingerprint} enrolled for {unit} ({code}), replacing {old}.</source>
        <translation>Đã ghi nhận khóa {fingerprint} cho {unit} ({code}), thay cho {old}.</translation>
    </message>
    <message>
        <source>Key {fingerprint} enrolled for {unit} ({code}).</source>
        <translation>Đã ghi nhận khóa {fingerprint} cho {unit} ({code}).</translation>
    </message>
    <message>
        <source>The period {code} ({period}) runs until {end}: its reports are written after it ends (due {due}); a unit listed as missing has not sent one yet.</source>
        <translation>Kỳ {code} ({period}) kéo dài đến ngày {end}: báo cáo của kỳ được lập sau khi kỳ kết thúc (hạn gửi {due}); đơn vị ghi chưa gửi là đơn vị chưa gửi báo cáo, chưa phải là chậm.</translation>
    </message>
    <message>
        <source>{period}: expected {expected}, received {received} ({rate}), on time {on_time} ({on_time_rate}), late {late}, returned {returned}, missing {missing}.</source>
        <translation>{period}: phải báo cáo {expected}, đã nhận {received} ({rate}), đúng hạn {on_time} ({on_time_rate}), trễ hạn {late}, trả lại {returned}, chưa gửi {missing}.</translation>
    </message>
    <message>
        <source>Report of {unit} for {period} returned for correction.</source>
        <translation>Đã trả lại báo cáo kỳ {period} của {unit} để chỉnh sửa.</translation>
    </message>
    <message>
        <source>Report of {unit} for {period} accepted and locked.</source>
        <translation>Đã chấp nhận và khóa báo cáo kỳ {period} của {unit}.</translation>
    </message>
    <message>
        <source>Report of {unit} for {period} unlocked.</source>
        <translation>Đã mở khóa báo cáo kỳ {period} của {unit}.</translation>
    </message>
    <message>
        <source>--apply goes with --suggest.</source>
        <translation>--apply đi kèm với --suggest.</translation>
    </message>
    <message>
        <source>{count} units expected to report in {year}; at least {needed} to check on site (the first {needed} above with --apply).</source>
        <translation>{count} đơn vị phải báo cáo năm {year}; kiểm tra tại chỗ ít nhất {needed} đơn vị ({needed} đơn vị đầu danh sách khi dùng --apply).</translation>
    </message>
    <message>
        <source>There is no inspection plan for {year} yet: make one with &apos;qms inspect plan --year {year} --suggest --apply&apos;.</source>
        <translation>Chưa có kế hoạch kiểm tra năm {year}: lập kế hoạch bằng lệnh &apos;qms inspect plan --year {year} --suggest --apply&apos;.</translation>
    </message>
    <message>
        <source>Plan {year}: {count} units, {on_site} on site (at least {needed}); team of {team}.</source>
        <translation>Kế hoạch năm {year}: {count} đơn vị, {on_site} đơn vị kiểm tra tại chỗ (tối thiểu {needed}); đoàn kiểm tra {team} người.</translation>
    </message>
    <message>
        <source>A member is NAME|TITLE|ROLE (role: lead, member or secretary), not &quot;{text}&quot;.</source>
        <translation>Thành viên được ghi dạng HỌ TÊN|CHỨC VỤ|VAI TRÒ (vai trò: lead, member hoặc secretary), không phải &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>Team of {year}: {count} members.</source>
        <translation>Đoàn kiểm tra năm {year}: {count} thành viên.</translation>
    </message>
    <message>
        <source>{unit}: check on {date}.</source>
        <translation>{unit}: kiểm tra ngày {date}.</translation>
    </message>
    <message>
        <source>Record of {unit} signed on {signed}: corrective-action report due on {due}.</source>
        <translation>Biên bản kiểm tra {unit} ký ngày {signed}: hạn báo cáo kết quả khắc phục ngày {due}.</translation>
    </message>
    <message>
        <source>{unit}: {state}.</source>
        <translation>{unit}: {state}.</translation>
    </message>
    <message>
        <source>Corrective-action reports: {overdue} overdue, {waiting} waiting.</source>
        <translation>Báo cáo kết quả khắc phục: {overdue} quá hạn, {waiting} đang chờ.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>QMS Desktop — TCVN ISO 9001:2015 records of a commune People&apos;s Committee</source>
        <translation>QMS Desktop — hồ sơ hệ thống quản lý chất lượng TCVN ISO 9001:2015 của Ủy ban nhân dân cấp xã</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>hiện phiên bản rồi thoát</translation>
    </message>
    <message>
        <source>SQLite database file, or a PostgreSQL server&apos;s database (postgresql+psycopg://user@host/db; default: QMS_DB, else the user&apos;s data folder)</source>
        <translation>tệp cơ sở dữ liệu SQLite, hoặc cơ sở dữ liệu trên máy chủ PostgreSQL (postgresql+psycopg://user@host/db; mặc định: QMS_DB, nếu không có thì thư mục dữ liệu của người dùng)</translation>
    </message>
    <message>
        <source>account to act as (default: QMS_USER)</source>
        <translation>tài khoản thực hiện lệnh (mặc định: QMS_USER)</translation>
    </message>
    <message>
        <source>language of messages (default: vi)</source>
        <translation>ngôn ngữ của thông báo (mặc định: vi)</translation>
    </message>
    <message>
        <source>write a verified backup (default: the data folder&apos;s backups/)</source>
        <translation>ghi một bản sao lưu đã kiểm tra (mặc định: thư mục backups/ trong thư mục dữ liệu)</translation>
    </message>
    <message>
        <source>folder to write to, e.g. a USB stick</source>
        <translation>thư mục ghi ra, ví dụ USB</translation>
    </message>
    <message>
        <source>replace the database with a backup (leaders only; the backup is checked first and the current database is kept as a backup)</source>
        <translation>thay cơ sở dữ liệu bằng một bản sao lưu (chỉ lãnh đạo; bản sao lưu được kiểm tra trước và cơ sở dữ liệu hiện tại được giữ lại thành một bản sao lưu)</translation>
    </message>
    <message>
        <source>the backup file (.sqlite) to restore</source>
        <translation>tệp sao lưu (.sqlite) cần khôi phục</translation>
    </message>
    <message>
        <source>confirm that the backup belongs to another agency and replaces this one&apos;s data</source>
        <translation>xác nhận bản sao lưu là của cơ quan khác và sẽ thay thế dữ liệu của cơ quan này</translation>
    </message>
    <message>
        <source>the agency&apos;s signing key: show its fingerprint, or change it (leaders)</source>
        <translation>khóa ký của cơ quan: xem mã nhận dạng, hoặc đổi khóa (lãnh đạo)</translation>
    </message>
    <message>
        <source>print the fingerprint of the agency&apos;s signing key</source>
        <translation>in mã nhận dạng khóa ký của cơ quan</translation>
    </message>
    <message>
        <source>retire the key and create a new one (logged; the next report names the old one)</source>
        <translation>thu hồi khóa và tạo khóa mới (được ghi nhật ký; báo cáo gửi lần tới ghi mã của khóa cũ)</translation>
    </message>
    <message>
        <source>why the key is changed (kept in the history)</source>
        <translation>lý do đổi khóa (được lưu trong lịch sử)</translation>
    </message>
    <message>
        <source>the agency profile the documents print: show it, or set the signer and the recipient</source>
        <translation>thông tin cơ quan in trên văn bản: xem, hoặc đặt người ký và nơi nhận</translation>
    </message>
    <message>
        <source>print the agency profile</source>
        <translation>in thông tin cơ quan</translation>
    </message>
    <message>
        <source>output format (default tsv)</source>
        <translation>định dạng đầu ra (mặc định tsv)</translation>
    </message>
    <message>
        <source>change fields of the agency profile (the others are kept)</source>
        <translation>sửa một số mục của thông tin cơ quan (các mục khác giữ nguyên)</translation>
    </message>
    <message>
        <source>the full name of the head who signs the documents (the chairman)</source>
        <translation>họ và tên người đứng đầu ký văn bản (Chủ tịch)</translation>
    </message>
    <message>
        <source>the head&apos;s title, e.g. Chủ tịch</source>
        <translation>chức vụ của người đứng đầu, ví dụ Chủ tịch</translation>
    </message>
    <message>
        <source>the leader&apos;s representative for quality (đại diện lãnh đạo)</source>
        <translation>đại diện lãnh đạo về chất lượng</translation>
    </message>
    <message>
        <source>that representative&apos;s title</source>
        <translation>chức vụ của đại diện lãnh đạo</translation>
    </message>
    <message>
        <source>the body the reports go to (Kính gửi)</source>
        <translation>nơi nhận báo cáo (Kính gửi)</translation>
    </message>
    <message>
        <source>the unit code the province gave the agency</source>
        <translation>mã đơn vị do tỉnh cấp cho cơ quan</translation>
    </message>
    <message>
        <source>copy this database (a file) into an empty database on a PostgreSQL server and verify it there (row counts, history chain, every record)</source>
        <translation>sao chép cơ sở dữ liệu này (một tệp) sang một cơ sở dữ liệu trống trên máy chủ PostgreSQL và kiểm tra lại trên đó (số dòng, chuỗi nhật ký, từng hồ sơ)</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@host/db (the password from PGPASSWORD or ~/.pgpass, not on the command line)</source>
        <translation>postgresql+psycopg://user@host/db (mật khẩu lấy từ PGPASSWORD hoặc ~/.pgpass, không ghi trên dòng lệnh)</translation>
    </message>
    <message>
        <source>create a new database with the agency profile and the first account</source>
        <translation>tạo cơ sở dữ liệu mới với thông tin cơ quan và tài khoản đầu tiên</translation>
    </message>
    <message>
        <source>the agency&apos;s full name, e.g. &quot;Ủy ban nhân dân xã Tân Phú&quot;</source>
        <translation>tên đầy đủ của cơ quan, ví dụ &quot;Ủy ban nhân dân xã Tân Phú&quot;</translation>
    </message>
    <message>
        <source>the province or city, e.g. &quot;Lâm Đồng&quot;</source>
        <translation>tỉnh, thành phố, ví dụ &quot;Lâm Đồng&quot;</translation>
    </message>
    <message>
        <source>xa (commune), phuong (ward) or dac-khu (special zone); default: what the name says, else xa</source>
        <translation>xa (xã), phuong (phường) hoặc dac-khu (đặc khu); mặc định: theo tên cơ quan, nếu tên không ghi thì là xa</translation>
    </message>
    <message>
        <source>the body the reports go to (default: the province&apos;s Department of Science and Technology)</source>
        <translation>nơi nhận báo cáo (mặc định: Sở Khoa học và Công nghệ của tỉnh)</translation>
    </message>
    <message>
        <source>a receiving office&apos;s database (inbox of the communes&apos; packages), not a commune&apos;s</source>
        <translation>cơ sở dữ liệu của cơ quan nhận báo cáo (hộp thư nhận gói báo cáo của các xã), không phải của một xã</translation>
    </message>
    <message>
        <source>the full name of the head who signs the documents (the chairman; an office&apos;s director), printed under the signature</source>
        <translation>họ và tên người đứng đầu ký văn bản (Chủ tịch; Giám đốc đối với cơ quan tiếp nhận), in dưới chữ ký</translation>
    </message>
    <message>
        <source>the head&apos;s title (default: Chủ tịch; an office&apos;s: Giám đốc)</source>
        <translation>chức vụ người đứng đầu (mặc định: Chủ tịch; cơ quan tiếp nhận: Giám đốc)</translation>
    </message>
    <message>
        <source>fill the database with the demo commune</source>
        <translation>ghi dữ liệu xã mẫu vào cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>nhập dữ liệu</translation>
    </message>
    <message>
        <source>import the province&apos;s TTHC list (.xlsx, .xlsm, .xls, .ods, .docx, .csv)</source>
        <translation>nhập danh mục TTHC của tỉnh (.xlsx, .xlsm, .xls, .ods, .docx, .csv)</translation>
    </message>
    <message>
        <source>the TTHC list: .xlsx, .xlsm, .xls, .ods, .docx or .csv</source>
        <translation>tệp danh mục TTHC: .xlsx, .xlsm, .xls, .ods, .docx hoặc .csv</translation>
    </message>
    <message>
        <source>show what would be added, changed or refused, and write nothing</source>
        <translation>chỉ cho xem những gì sẽ được thêm, sửa hoặc bị từ chối, không ghi gì</translation>
    </message>
    <message>
        <source>also add the rows without a national code, with a temporary code</source>
        <translation>thêm cả các dòng chưa có mã quốc gia, với mã tạm</translation>
    </message>
    <message>
        <source>number of the decision that changes the list (when the file does not say it)</source>
        <translation>số quyết định thay đổi danh mục (khi tệp không ghi)</translation>
    </message>
    <message>
        <source>date of that decision</source>
        <translation>ngày của quyết định đó</translation>
    </message>
    <message>
        <source>date the decision takes effect (default: its date)</source>
        <translation>ngày quyết định có hiệu lực (mặc định: ngày ký)</translation>
    </message>
    <message>
        <source>list records</source>
        <translation>liệt kê hồ sơ</translation>
    </message>
    <message>
        <source>what to list (its plural, e.g. procedures, ncs, petitions; or warnings, users, history)</source>
        <translation>loại cần liệt kê (số nhiều, ví dụ procedures, ncs, petitions; hoặc warnings, users, history)</translation>
    </message>
    <message>
        <source>only the records with these words (tone marks and case ignored)</source>
        <translation>chỉ các hồ sơ có các từ này (không phân biệt dấu và chữ hoa)</translation>
    </message>
    <message>
        <source>output: tsv (tab-separated, for Excel or scripts) or json</source>
        <translation>dạng kết quả: tsv (cột cách nhau bằng Tab, để mở bằng Excel hoặc dùng trong tập lệnh) hoặc json</translation>
    </message>
    <message>
        <source>search every register (tone marks and case ignored)</source>
        <translation>tìm trong mọi sổ (không phân biệt dấu và chữ hoa)</translation>
    </message>
    <message>
        <source>the words to look for</source>
        <translation>các từ cần tìm</translation>
    </message>
    <message>
        <source>check integrity, schema version, history chain and every record against its history (changes nothing)</source>
        <translation>kiểm tra tính toàn vẹn, phiên bản lược đồ, chuỗi nhật ký và đối chiếu từng hồ sơ với lịch sử của nó (không thay đổi gì)</translation>
    </message>
    <message>
        <source>a chain head written down earlier (from a check, a report or a package): entry N must carry HASH</source>
        <translation>đầu chuỗi đã ghi lại trước đó (từ một lần kiểm tra, một báo cáo hoặc một gói): mục N phải mang mã HASH</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>quản lý tài khoản</translation>
    </message>
    <message>
        <source>create an account</source>
        <translation>tạo tài khoản</translation>
    </message>
    <message>
        <source>the new account&apos;s user name (letters, digits, dot, dash)</source>
        <translation>tên đăng nhập của tài khoản mới (chữ, số, dấu chấm, gạch ngang)</translation>
    </message>
    <message>
        <source>secretary (ISO secretary), leader, auditor (internal auditor) or viewer (read only)</source>
        <translation>secretary (thư ký ISO), leader (lãnh đạo), auditor (chuyên gia đánh giá nội bộ) hoặc viewer (chỉ xem)</translation>
    </message>
    <message>
        <source>the person&apos;s full name, as printed on documents</source>
        <translation>họ và tên đầy đủ, như in trên văn bản</translation>
    </message>
    <message>
        <source>environment variable holding the new password (else a prompt)</source>
        <translation>biến môi trường chứa mật khẩu mới (nếu không có thì hỏi khi chạy)</translation>
    </message>
    <message>
        <source>the receiving office&apos;s register of reporting units</source>
        <translation>danh sách đơn vị báo cáo của cơ quan nhận báo cáo</translation>
    </message>
    <message>
        <source>import the register from an Excel list (code, name, kind, …)</source>
        <translation>nhập danh sách từ tệp Excel (mã, tên, loại, …)</translation>
    </message>
    <message>
        <source>the Excel list of units (code, name, kind, …)</source>
        <translation>tệp Excel danh sách đơn vị (mã, tên, loại, …)</translation>
    </message>
    <message>
        <source>show what would be added or changed, and write nothing</source>
        <translation>chỉ cho xem những gì sẽ được thêm hoặc sửa, không ghi gì</translation>
    </message>
    <message>
        <source>list the units with their pinned key</source>
        <translation>liệt kê các đơn vị cùng khóa đã ghi nhận</translation>
    </message>
    <message>
        <source>the receiving office&apos;s inbox of report packages</source>
        <translation>hộp thư nhận gói báo cáo của cơ quan nhận báo cáo</translation>
    </message>
    <message>
        <source>check and take in packages: files, or folders searched for *.zip</source>
        <translation>kiểm tra và nhận gói báo cáo: các tệp, hoặc thư mục (tìm các tệp *.zip)</translation>
    </message>
    <message>
        <source>report packages (.zip), or folders searched for them</source>
        <translation>các gói báo cáo (.zip), hoặc thư mục để tìm các gói trong đó</translation>
    </message>
    <message>
        <source>refuse packages for another period (2026-H1 or 2026)</source>
        <translation>từ chối gói của kỳ khác (2026-H1 hoặc 2026)</translation>
    </message>
    <message>
        <source>pin the key of a unit&apos;s first package without asking (trust on first use, logged)</source>
        <translation>ghi nhận khóa trong gói đầu tiên của đơn vị mà không hỏi (tin cậy lần đầu, có ghi nhật ký)</translation>
    </message>
    <message>
        <source>enrol a unit&apos;s key fingerprint (confirmed on paper or by phone)</source>
        <translation>ghi nhận mã nhận dạng khóa của đơn vị (đã xác nhận trên giấy hoặc qua điện thoại)</translation>
    </message>
    <message>
        <source>the unit&apos;s code in the register (qms units list)</source>
        <translation>mã đơn vị trong danh sách (qms units list)</translation>
    </message>
    <message>
        <source>the key&apos;s SHA-256 fingerprint, as confirmed on paper or by phone</source>
        <translation>dấu vân tay SHA-256 của khóa, đã xác nhận trên giấy hoặc qua điện thoại</translation>
    </message>
    <message>
        <source>how it was confirmed, e.g. &apos;phone, Ms Lan, 12/07&apos;</source>
        <translation>cách xác nhận, ví dụ &apos;điện thoại, chị Lan, 12/07&apos;</translation>
    </message>
    <message>
        <source>enrol the key even though it is already pinned to another unit (refused without it: one key for two units is a sign of impersonation)</source>
        <translation>ghi nhận khóa dù khóa này đã được ghi nhận cho một đơn vị khác (không có tùy chọn này thì bị từ chối: một khóa cho hai đơn vị là dấu hiệu có đơn vị bị mạo danh)</translation>
    </message>
    <message>
        <source>expected / received / on time / late / missing per unit for a period</source>
        <translation>phải nộp / đã nhận / đúng hạn / trễ hạn / chưa nộp theo từng đơn vị trong một kỳ</translation>
    </message>
    <message>
        <source>the period: 2026-H1 (six months) or 2026 (year)</source>
        <translation>kỳ báo cáo: 2026-H1 (sáu tháng) hoặc 2026 (năm)</translation>
    </message>
    <message>
        <source>write the consolidated workbook (XLSX) and the summary report (PDF)</source>
        <translation>ghi bảng tổng hợp (XLSX) và báo cáo tổng hợp (PDF)</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>thư mục</translation>
    </message>
    <message>
        <source>the packages received</source>
        <translation>các gói báo cáo đã nhận</translation>
    </message>
    <message>
        <source>only the packages of this period: 2026-H1 or 2026</source>
        <translation>chỉ các gói của kỳ này: 2026-H1 hoặc 2026</translation>
    </message>
    <message>
        <source>check the received reports&apos; digital signatures again (after importing a root certificate or a CRL) and record the states that changed</source>
        <translation>kiểm tra lại chữ ký số của các báo cáo đã nhận (sau khi nhập chứng thư gốc hoặc CRL) và ghi lại các kết quả đã thay đổi</translation>
    </message>
    <message>
        <source>return a unit&apos;s report for correction (a comment is required)</source>
        <translation>trả lại báo cáo của đơn vị để sửa (bắt buộc ghi nhận xét)</translation>
    </message>
    <message>
        <source>what must be corrected (text, or @file.txt)</source>
        <translation>những gì phải sửa (văn bản, hoặc @tệp.txt)</translation>
    </message>
    <message>
        <source>also write the return letter (PDF) into DIR</source>
        <translation>ghi kèm văn bản trả lại (PDF) vào thư mục DIR</translation>
    </message>
    <message>
        <source>accept (and lock) a unit&apos;s report</source>
        <translation>chấp nhận (và khóa) báo cáo của đơn vị</translation>
    </message>
    <message>
        <source>accept it although its PDF&apos;s digital signature is invalid</source>
        <translation>chấp nhận dù chữ ký số trên tệp PDF không hợp lệ</translation>
    </message>
    <message>
        <source>unlock an accepted report (leader; logged)</source>
        <translation>mở khóa một báo cáo đã chấp nhận (lãnh đạo; có ghi nhật ký)</translation>
    </message>
    <message>
        <source>why the accepted report is unlocked (kept in the history)</source>
        <translation>lý do mở khóa báo cáo đã chấp nhận (được ghi vào nhật ký)</translation>
    </message>
    <message>
        <source>write the reminder letter (Công văn đôn đốc) to the units that have not reported</source>
        <translation>ghi Công văn đôn đốc gửi các đơn vị chưa nộp báo cáo</translation>
    </message>
    <message>
        <source>the receiving office&apos;s yearly inspections (TT 26 Mẫu 19, 20, 21)</source>
        <translation>kiểm tra hằng năm của cơ quan nhận báo cáo (TT 26 Mẫu 19, 20, 21)</translation>
    </message>
    <message>
        <source>show, create or change the year&apos;s plan; --suggest ranks the units</source>
        <translation>xem, lập hoặc sửa kế hoạch của năm; --suggest xếp hạng các đơn vị</translation>
    </message>
    <message>
        <source>the year of the inspections, e.g. 2026</source>
        <translation>năm kiểm tra, ví dụ 2026</translation>
    </message>
    <message>
        <source>the units ranked by the inbox&apos;s signals, with reasons</source>
        <translation>các đơn vị xếp hạng theo dấu hiệu từ hộp thư, kèm lý do</translation>
    </message>
    <message>
        <source>with --suggest: make the plan from the suggestion</source>
        <translation>cùng --suggest: lập kế hoạch theo đề xuất</translation>
    </message>
    <message>
        <source>the plan&apos;s number, e.g. 15/KH-SKHCN</source>
        <translation>số kế hoạch, ví dụ 15/KH-SKHCN</translation>
    </message>
    <message>
        <source>the plan&apos;s date (DD/MM/YYYY)</source>
        <translation>ngày kế hoạch (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>the decision&apos;s number, e.g. 120/QĐ-SKHCN</source>
        <translation>số quyết định, ví dụ 120/QĐ-SKHCN</translation>
    </message>
    <message>
        <source>the decision&apos;s date (DD/MM/YYYY)</source>
        <translation>ngày quyết định (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>the budget line of the plan</source>
        <translation>nguồn kinh phí của kế hoạch</translation>
    </message>
    <message>
        <source>set the check team (replaces it)</source>
        <translation>đặt đoàn kiểm tra (thay đoàn hiện có)</translation>
    </message>
    <message>
        <source>role: lead, member or secretary (repeat the option for each member)</source>
        <translation>vai trò: lead (trưởng đoàn), member (thành viên) hoặc secretary (thư ký); lặp lại tùy chọn cho từng người</translation>
    </message>
    <message>
        <source>set the date of a unit&apos;s check</source>
        <translation>đặt ngày kiểm tra một đơn vị</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, or &apos;&apos; to clear</source>
        <translation>ngày/tháng/năm, hoặc &apos;&apos; để xóa</translation>
    </message>
    <message>
        <source>write Mẫu 19 (plan), 20 (decision) or 21 (record) as PDF</source>
        <translation>ghi Mẫu 19 (kế hoạch), 20 (quyết định) hoặc 21 (biên bản) ra PDF</translation>
    </message>
    <message>
        <source>19 (the plan), 20 (the decision) or 21 (a unit&apos;s record)</source>
        <translation>19 (kế hoạch), 20 (quyết định) hoặc 21 (biên bản của một đơn vị)</translation>
    </message>
    <message>
        <source>Mẫu 21: one unit (default: every unit checked on site)</source>
        <translation>Mẫu 21: một đơn vị (mặc định: mọi đơn vị đã kiểm tra tại chỗ)</translation>
    </message>
    <message>
        <source>the year (default: this year)</source>
        <translation>năm (mặc định: năm nay)</translation>
    </message>
    <message>
        <source>record a unit&apos;s check: the record&apos;s number, signing date and findings</source>
        <translation>ghi kết quả kiểm tra một đơn vị: số biên bản, ngày ký và các phát hiện</translation>
    </message>
    <message>
        <source>the record&apos;s signing date (DD/MM/YYYY)</source>
        <translation>ngày ký biên bản (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>the record&apos;s number, e.g. 05/BB-SKHCN</source>
        <translation>số biên bản, ví dụ 05/BB-SKHCN</translation>
    </message>
    <message>
        <source>a conformity found (repeat the option for each)</source>
        <translation>một nội dung phù hợp (lặp lại tùy chọn cho mỗi nội dung)</translation>
    </message>
    <message>
        <source>a nonconformity found (repeat the option for each)</source>
        <translation>một điểm không phù hợp (lặp lại tùy chọn cho mỗi điểm)</translation>
    </message>
    <message>
        <source>a recommendation (repeat the option for each)</source>
        <translation>một kiến nghị (lặp lại tùy chọn cho mỗi kiến nghị)</translation>
    </message>
    <message>
        <source>why a record already signed is corrected (required then)</source>
        <translation>lý do sửa biên bản đã ký (bắt buộc khi đó)</translation>
    </message>
    <message>
        <source>mark a unit&apos;s corrective-action report received (by hand)</source>
        <translation>đánh dấu đã nhận báo cáo khắc phục của đơn vị (nhận trực tiếp)</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, or &apos;&apos; to reopen</source>
        <translation>ngày/tháng/năm, hoặc &apos;&apos; để mở lại</translation>
    </message>
    <message>
        <source>a note on the report received; with --received &apos;&apos;: why it is reopened (required then)</source>
        <translation>ghi chú về báo cáo đã nhận; với --received &apos;&apos;: lý do mở lại (bắt buộc khi đó)</translation>
    </message>
    <message>
        <source>the corrective-action reports due after the records (overdue first)</source>
        <translation>các báo cáo khắc phục phải nộp sau biên bản (quá hạn trước)</translation>
    </message>
    <message>
        <source>also those already reported</source>
        <translation>cả những báo cáo đã nộp</translation>
    </message>
    <message>
        <source>the November compilation of the year&apos;s results: XLSX and PDF</source>
        <translation>tổng hợp kết quả của năm vào tháng 11: XLSX và PDF</translation>
    </message>
    <message>
        <source>merge former communes&apos; databases or backups into this one (2025 reform)</source>
        <translation>gộp cơ sở dữ liệu hoặc bản sao lưu của các xã cũ vào cơ sở dữ liệu này (sắp xếp đơn vị hành chính 2025)</translation>
    </message>
    <message>
        <source>the former communes&apos; databases or backups (.sqlite)</source>
        <translation>cơ sở dữ liệu hoặc bản sao lưu (.sqlite) của các xã cũ</translation>
    </message>
    <message>
        <source>list what would be added, merged, renumbered or refused</source>
        <translation>liệt kê những gì sẽ được thêm, gộp, đánh số lại hoặc từ chối</translation>
    </message>
    <message>
        <source>prefix of a clashing procedure code: initials (PL-QT-01), name (PhuLam-QT-01), or one prefix per source separated by commas (default: initials)</source>
        <translation>tiền tố cho mã quy trình bị trùng: chữ cái đầu (PL-QT-01), tên (PhuLam-QT-01), hoặc một tiền tố cho mỗi nguồn, cách nhau bằng dấu phẩy (mặc định: chữ cái đầu)</translation>
    </message>
    <message>
        <source>a TTHC whose name, not its code, matches one here: refuse and list them (ask), the same TTHC (merge), or a different one (separate)</source>
        <translation>TTHC trùng tên (nhưng khác mã) với một TTHC ở đây: từ chối và liệt kê (ask), là cùng một TTHC (merge), hoặc là TTHC khác (separate)</translation>
    </message>
    <message>
        <source>a unit with the same name (tone marks and case ignored) as one here</source>
        <translation>bộ phận trùng tên (không phân biệt dấu và chữ hoa) với một bộ phận ở đây</translation>
    </message>
    <message>
        <source>a person with the same name (tone marks and case ignored) as one here</source>
        <translation>người trùng tên (không phân biệt dấu và chữ hoa) với một người ở đây</translation>
    </message>
    <message>
        <source>where the backup made first goes (default: the data folder&apos;s backups/)</source>
        <translation>nơi ghi bản sao lưu tạo trước khi gộp (mặc định: thư mục backups/ trong thư mục dữ liệu)</translation>
    </message>
    <message>
        <source>output: text (to read) or json (for scripts)</source>
        <translation>dạng kết quả: text (để đọc) hoặc json (dùng trong tập lệnh)</translation>
    </message>
    <message>
        <source>the former communes merged into this one; with --period, figures per commune</source>
        <translation>các xã cũ đã gộp vào đây; với --period, số liệu theo từng xã</translation>
    </message>
    <message>
        <source>2025-H1, 2025-H2 (six months) or 2025 (year)</source>
        <translation>2025-H1, 2025-H2 (sáu tháng) hoặc 2025 (năm)</translation>
    </message>
    <message>
        <source>the semiannual / annual report (create, finalise, export)</source>
        <translation>báo cáo sáu tháng / năm (tạo, chốt, xuất)</translation>
    </message>
    <message>
        <source>start the draft report of a period; prints its id</source>
        <translation>tạo dự thảo báo cáo của một kỳ; in mã số (id) của báo cáo</translation>
    </message>
    <message>
        <source>2026-H1 (six months) or 2026 (year)</source>
        <translation>2026-H1 (sáu tháng) hoặc 2026 (năm)</translation>
    </message>
    <message>
        <source>document number confirmed from the register (default: next)</source>
        <translation>số văn bản lấy từ sổ văn bản (mặc định: số tiếp theo)</translation>
    </message>
    <message>
        <source>list the reports</source>
        <translation>liệt kê các báo cáo</translation>
    </message>
    <message>
        <source>edit a draft&apos;s narrative (text, or @file.txt)</source>
        <translation>sửa phần nội dung của dự thảo (văn bản, hoặc @tệp.txt)</translation>
    </message>
    <message>
        <source>the report&apos;s id (qms report list)</source>
        <translation>mã số của báo cáo (qms report list)</translation>
    </message>
    <message>
        <source>the body the report goes to</source>
        <translation>nơi nhận báo cáo</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>the report&apos;s number in the book of outgoing documents</source>
        <translation>số của báo cáo trong sổ văn bản đi</translation>
    </message>
    <message>
        <source>the day the figures run to, for a report made before its period ends (số liệu tính đến ngày)</source>
        <translation>số liệu tính đến ngày, cho báo cáo lập trước khi hết kỳ</translation>
    </message>
    <message>
        <source>remove that day: the figures cover the whole period</source>
        <translation>bỏ ngày đó: số liệu tính cho cả kỳ</translation>
    </message>
    <message>
        <source>the receiving office&apos;s request, cited first: &apos;Công văn số 456/SKHCN-TĐC ngày … của Sở …&apos;</source>
        <translation>văn bản yêu cầu của cơ quan nhận báo cáo, được trích dẫn đầu tiên: &apos;Công văn số 456/SKHCN-TĐC ngày … của Sở …&apos;</translation>
    </message>
    <message>
        <source>Part III: shortcomings, limitations and their causes</source>
        <translation>Phần III: tồn tại, hạn chế và nguyên nhân</translation>
    </message>
    <message>
        <source>Part IV: directions and tasks for the next period</source>
        <translation>Phần IV: phương hướng, nhiệm vụ kỳ tới</translation>
    </message>
    <message>
        <source>Part V: recommendations and proposals</source>
        <translation>Phần V: kiến nghị, đề xuất</translation>
    </message>
    <message>
        <source>a statement of Part II, KEY one of: participation (of the leaders, units and staff), confirmation (that the system is effective), announcement, legal (legal documents brought into the system), reannouncement, consultant; KEY= removes it; TEXT may be @file.txt</source>
        <translation>một nội dung của Phần II, MỤC là một trong: participation (sự tham gia của lãnh đạo, các bộ phận và cá nhân), confirmation (xác nhận hiệu lực của hệ thống), announcement (công bố), legal (cập nhật văn bản quy phạm pháp luật), reannouncement (công bố lại), consultant (tổ chức tư vấn); MỤC= để xóa; NỘI_DUNG có thể là @tệp.txt</translation>
    </message>
    <message>
        <source>the checks before finalising; exit 0 when there is nothing to acknowledge</source>
        <translation>kiểm tra trước khi chốt; mã thoát 0 khi không có gì phải xác nhận</translation>
    </message>
    <message>
        <source>date the report would carry (default: its date, else today)</source>
        <translation>ngày ghi trên báo cáo (mặc định: ngày của báo cáo, nếu không có thì hôm nay)</translation>
    </message>
    <message>
        <source>finalise (chốt) a draft after its pre-flight: its data is frozen</source>
        <translation>chốt dự thảo sau khi kiểm tra trước khi chốt: số liệu được giữ cố định</translation>
    </message>
    <message>
        <source>date of the report (default: today)</source>
        <translation>ngày của báo cáo (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>pre-flight warnings the leader acknowledges, by code (see &apos;report preflight&apos;)</source>
        <translation>các cảnh báo trước khi chốt mà lãnh đạo xác nhận, theo mã (xem &apos;report preflight&apos;)</translation>
    </message>
    <message>
        <source>acknowledge every pre-flight warning</source>
        <translation>xác nhận mọi cảnh báo trước khi chốt</translation>
    </message>
    <message>
        <source>the figures of a period, as the report, the dashboard and the warnings read them</source>
        <translation>số liệu của một kỳ, đúng như báo cáo, bảng tổng quan và các cảnh báo sử dụng</translation>
    </message>
    <message>
        <source>2026-H1 or 2026</source>
        <translation>2026-H1 hoặc 2026</translation>
    </message>
    <message>
        <source>import the province&apos;s portal export of TTHC results per field (.xlsx)</source>
        <translation>nhập tệp kết quả giải quyết TTHC theo lĩnh vực xuất từ cổng dịch vụ công của tỉnh (.xlsx)</translation>
    </message>
    <message>
        <source>the portal&apos;s export of results per field (.xlsx)</source>
        <translation>tệp kết quả giải quyết TTHC theo lĩnh vực xuất từ hệ thống của tỉnh (.xlsx)</translation>
    </message>
    <message>
        <source>start of the period, if the sheet does not state it</source>
        <translation>ngày đầu kỳ, nếu bảng tính không ghi</translation>
    </message>
    <message>
        <source>end of the period, if the sheet does not state it</source>
        <translation>ngày cuối kỳ, nếu bảng tính không ghi</translation>
    </message>
    <message>
        <source>read and check the file; write nothing</source>
        <translation>đọc và kiểm tra tệp; không ghi gì</translation>
    </message>
    <message>
        <source>record that a finalised report was sent</source>
        <translation>ghi nhận báo cáo đã chốt đã được gửi</translation>
    </message>
    <message>
        <source>the day it was sent, dd/mm/yyyy (default: today)</source>
        <translation>ngày gửi, ngày/tháng/năm (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>start a corrected version of a finalised report; prints its id</source>
        <translation>tạo bản sửa đổi của một báo cáo đã chốt; in mã số (id) của bản mới</translation>
    </message>
    <message>
        <source>the corrected version&apos;s number in the book of outgoing documents</source>
        <translation>số của bản sửa đổi trong sổ văn bản đi</translation>
    </message>
    <message>
        <source>write the signed package (and PDF, XLSX) into a folder</source>
        <translation>ghi gói báo cáo đã ký (và PDF, XLSX) vào một thư mục</translation>
    </message>
    <message>
        <source>folder, e.g. the USB stick</source>
        <translation>thư mục, ví dụ USB</translation>
    </message>
    <message>
        <source>do not write the PDF and XLSX beside the package</source>
        <translation>không ghi PDF và XLSX cạnh gói báo cáo</translation>
    </message>
    <message>
        <source>sign the finalised report&apos;s PDF (PAdES) with a USB token or a .pfx file</source>
        <translation>ký số tệp PDF của báo cáo đã chốt (PAdES) bằng USB token hoặc tệp .pfx</translation>
    </message>
    <message>
        <source>the token&apos;s PKCS#11 library (default: the one in Settings)</source>
        <translation>thư viện PKCS#11 của token (mặc định: thư viện đặt trong Cài đặt)</translation>
    </message>
    <message>
        <source>a .pfx/.p12 certificate file</source>
        <translation>tệp chứng thư số .pfx/.p12</translation>
    </message>
    <message>
        <source>the token&apos;s slot number (default: the first token present)</source>
        <translation>số khe (slot) của token (mặc định: token đầu tiên tìm thấy)</translation>
    </message>
    <message>
        <source>official = the competent person&apos;s signature, agency = the agency&apos;s (default: the next due)</source>
        <translation>official = chữ ký của người có thẩm quyền, agency = chữ ký của cơ quan (mặc định: chữ ký tiếp theo cần ký)</translation>
    </message>
    <message>
        <source>write the report&apos;s PDF (a draft is marked DỰ THẢO)</source>
        <translation>ghi tệp PDF của báo cáo (dự thảo có chữ DỰ THẢO)</translation>
    </message>
    <message>
        <source>print a document: announcement, announcement_notice, review_minutes, car, audit_plan, audit_report, procedure_cover, procedure_steps, procedure_flowchart</source>
        <translation>in một văn bản: announcement (công bố), announcement_notice (công văn thông báo công bố), review_minutes (biên bản xem xét của lãnh đạo), car (phiếu hành động khắc phục), audit_plan (kế hoạch đánh giá), audit_report (báo cáo đánh giá), procedure_cover (trang bìa quy trình), procedure_steps (các bước), procedure_flowchart (lưu đồ)</translation>
    </message>
    <message>
        <source>which document (see the list above)</source>
        <translation>loại văn bản (xem danh sách ở trên)</translation>
    </message>
    <message>
        <source>the record&apos;s id</source>
        <translation>mã số (id) của hồ sơ</translation>
    </message>
    <message>
        <source>check a report package received from a commune</source>
        <translation>kiểm tra một gói báo cáo nhận từ xã</translation>
    </message>
    <message>
        <source>exit 0 if valid and signed with --fingerprint&apos;s key; 3 if intact but the sender is not authenticated (no --fingerprint); 1 with the reason if invalid</source>
        <translation>mã thoát 0 nếu hợp lệ và được ký bằng khóa có mã --fingerprint; 3 nếu nguyên vẹn nhưng chưa xác thực được nơi gửi (không có --fingerprint); 1 kèm lý do nếu không hợp lệ</translation>
    </message>
    <message>
        <source>the package received (.zip)</source>
        <translation>gói báo cáo đã nhận (.zip)</translation>
    </message>
    <message>
        <source>the sender&apos;s key fingerprint confirmed by phone</source>
        <translation>mã nhận dạng khóa của nơi gửi, đã xác nhận qua điện thoại</translation>
    </message>
    <message>
        <source>folder of trusted root certificates and CRLs (default: the one imported in Settings)</source>
        <translation>thư mục chứng thư gốc tin cậy và danh sách thu hồi (mặc định: thư mục đã nhập trong Cài đặt)</translation>
    </message>
    <message>
        <source>check the digital signature (PAdES) of a PDF</source>
        <translation>kiểm tra chữ ký số (PAdES) của một tệp PDF</translation>
    </message>
    <message>
        <source>exit 0 if validly signed, 1 with the reason if not</source>
        <translation>mã thoát 0 nếu chữ ký hợp lệ, 1 kèm lý do nếu không</translation>
    </message>
    <message>
        <source>the signed PDF</source>
        <translation>tệp PDF đã ký</translation>
    </message>
    <message>
        <source>the unit the certificate must belong to (repeatable)</source>
        <translation>đơn vị mà chứng thư số phải thuộc về (có thể lặp lại)</translation>
    </message>
</context>
<context>
    <name>CliMetavar</name>
    <message>
        <source>COMMAND</source>
        <translation>LỆNH</translation>
    </message>
    <message>
        <source>action</source>
        <translation>thao tác</translation>
    </message>
    <message>
        <source>what</source>
        <translation>loại_dữ_liệu</translation>
    </message>
    <message>
        <source>BUDGET</source>
        <translation>KINH_PHÍ</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>Ý_KIẾN</translation>
    </message>
    <message>
        <source>CONFORMITY</source>
        <translation>ĐIỂM_PHÙ_HỢP</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>NGÀY/THÁNG/NĂM</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>QUYẾT_ĐỊNH</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>THƯ_MỤC</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>DẤU_VÂN_TAY</translation>
    </message>
    <message>
        <source>FULL_NAME</source>
        <translation>HỌ_TÊN</translation>
    </message>
    <message>
        <source>KEY=TEXT</source>
        <translation>MỤC=NỘI_DUNG</translation>
    </message>
    <message>
        <source>N:HASH</source>
        <translation>N:MÃ_BĂM</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>NAME|TITLE|ROLE</source>
        <translation>TÊN|CHỨC_VỤ|VAI_TRÒ</translation>
    </message>
    <message>
        <source>NONCONFORMITY</source>
        <translation>ĐIỂM_KHÔNG_PHÙ_HỢP</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>GHI_CHÚ</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>SỐ</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>TỔ_CHỨC</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>THƯ_MỤC</translation>
    </message>
    <message>
        <source>PASSWORD_ENV</source>
        <translation>BIẾN_MẬT_KHẨU</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>KỲ</translation>
    </message>
    <message>
        <source>PLANS</source>
        <translation>PHƯƠNG_HƯỚNG</translation>
    </message>
    <message>
        <source>PROPOSALS</source>
        <translation>KIẾN_NGHỊ</translation>
    </message>
    <message>
        <source>PROVINCE</source>
        <translation>TỈNH</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>LÝ_DO</translation>
    </message>
    <message>
        <source>RECIPIENT</source>
        <translation>NƠI_NHẬN</translation>
    </message>
    <message>
        <source>RECOMMENDATION</source>
        <translation>KHUYẾN_NGHỊ</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>QUY_TẮC</translation>
    </message>
    <message>
        <source>SEARCH</source>
        <translation>TỪ_KHÓA</translation>
    </message>
    <message>
        <source>SHORTCOMINGS</source>
        <translation>TỒN_TẠI</translation>
    </message>
    <message>
        <source>SLOT</source>
        <translation>KHE</translation>
    </message>
    <message>
        <source>SOURCE.sqlite</source>
        <translation>NGUỒN.sqlite</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>NỘI_DUNG</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>CHỨC_VỤ</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>ĐƠN_VỊ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>NĂM</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>dấu_vân_tay</translation>
    </message>
    <message>
        <source>id</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội_dung</translation>
    </message>
    <message>
        <source>unit_code</source>
        <translation>mã_đơn_vị</translation>
    </message>
    <message>
        <source>username</source>
        <translation>tên_đăng_nhập</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>Check the date and time</source>
        <translation>Kiểm tra ngày giờ của máy</translation>
    </message>
    <message>
        <source>&amp;Quit and set the clock</source>
        <translation>&amp;Thoát để chỉnh đồng hồ</translation>
    </message>
    <message>
        <source>&amp;Continue anyway</source>
        <translation>&amp;Vẫn tiếp tục</translation>
    </message>
    <message>
        <source>The computer&apos;s clock seems wrong: it says {today}, but this data was last changed on {last}. New records, register numbers and the automatic backups would take the wrong date. Set the computer&apos;s date and time (Windows: Settings › Time &amp; language), then open QMS Desktop again.</source>
        <translation>Đồng hồ máy tính có vẻ sai: máy đang ghi là {today}, nhưng dữ liệu này được thay đổi lần cuối ngày {last}. Hồ sơ mới, số thứ tự trong sổ và các bản sao lưu tự động sẽ mang ngày sai. Hãy chỉnh ngày giờ của máy (Windows: Cài đặt › Thời gian và ngôn ngữ) rồi mở lại QMS Desktop.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock may be wrong: it says {today}, more than a year after this data was last changed ({last}). If the date is wrong, set it first: a record numbered in a wrong year cannot be taken back.</source>
        <translation>Đồng hồ máy tính có thể sai: máy đang ghi là {today}, hơn một năm sau lần thay đổi dữ liệu cuối cùng ({last}). Nếu ngày sai, hãy chỉnh lại trước: hồ sơ đã đánh số theo một năm sai thì không lấy lại được.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>What happens</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Sheet / part</source>
        <translation>Trang tính / phần</translation>
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
        <source>Decision</source>
        <translation>Quyết định</translation>
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
        <translation>HĐKP chưa xong</translation>
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
        <source>Former commune</source>
        <translation>Xã cũ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Ngày gộp</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người gộp</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>Tiền tố mã</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Đầu chuỗi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Nguồn gốc</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>NCs opened</source>
        <translation>SKPH phát sinh</translation>
    </message>
    <message>
        <source>NCs closed</source>
        <translation>SKPH đã đóng</translation>
    </message>
    <message>
        <source>NCs open at the end</source>
        <translation>SKPH còn mở cuối kỳ</translation>
    </message>
    <message>
        <source>Feedback and petitions</source>
        <translation>Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Not answered at the end</source>
        <translation>Chưa trả lời cuối kỳ</translation>
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
    <message>
        <source>Reporting unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Số ngày trễ</translation>
    </message>
    <message>
        <source>Report version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xem xét</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Thành lập</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Giải thể</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Đơn vị tiền thân</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Form of check</source>
        <translation>Hình thức kiểm tra</translation>
    </message>
    <message>
        <source>Why (signals from the inbox)</source>
        <translation>Căn cứ lựa chọn (từ hộp thư)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký biên bản</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Hạn báo cáo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Báo cáo khắc phục</translation>
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
    <name>ConsolidationPage</name>
    <message>
        <source>&amp;Reminder letter…</source>
        <translation>Công &amp;văn đôn đốc…</translation>
    </message>
    <message>
        <source>E&amp;xport workbook and summary report…</source>
        <translation>Xuất &amp;bảng tổng hợp và báo cáo…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Tình hình nhận báo cáo</translation>
    </message>
    <message>
        <source>Units by TTHC on-time rate</source>
        <translation>Số đơn vị theo tỷ lệ giải quyết TTHC đúng hạn</translation>
    </message>
    <message>
        <source>Who h&amp;as reported</source>
        <translation>Tình &amp;hình gửi báo cáo</translation>
    </message>
    <message>
        <source>Figures side &amp;by side</source>
        <translation>&amp;Số liệu tổng hợp</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>&amp;Cảnh báo</translation>
    </message>
    <message>
        <source>reporting rate %1</source>
        <translation>tỷ lệ gửi %1</translation>
    </message>
    <message>
        <source>on-time rate %1</source>
        <translation>tỷ lệ đúng hạn %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>Totals of %1 reports</source>
        <translation>Tổng hợp %1 báo cáo</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>below 90%</source>
        <translation>dưới 90%</translation>
    </message>
    <message>
        <source>%1% and more</source>
        <translation>từ %1% trở lên</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Số đơn vị</translation>
    </message>
    <message>
        <source>Preparing the reminder letter…</source>
        <translation>Đang chuẩn bị công văn đôn đốc…</translation>
    </message>
    <message>
        <source>Reminder letter</source>
        <translation>Công văn đôn đốc</translation>
    </message>
    <message>
        <source>Write the consolidated workbook and the summary report into which folder?</source>
        <translation>Ghi bảng tổng hợp và báo cáo tổng hợp vào thư mục nào?</translation>
    </message>
    <message>
        <source>Writing the workbook and the report…</source>
        <translation>Đang ghi bảng tổng hợp và báo cáo…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
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
        <source>Citizen feedback and petitions</source>
        <translation>Phản ánh, kiến nghị của người dân</translation>
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
        <source>The set-up is not finished</source>
        <translation>Chưa thiết lập xong</translation>
    </message>
    <message>
        <source>&amp;Finish the set-up…</source>
        <translation>&amp;Hoàn tất thiết lập…</translation>
    </message>
    <message>
        <source>Shows the steps of the first start that were left: a new recovery code, the starter procedures and the TTHC list.</source>
        <translation>Mở lại các bước còn dở của lần khởi động đầu tiên: mã khôi phục mới, các quy trình khởi đầu và danh mục TTHC.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Đang đọc số liệu…</translation>
    </message>
    <message>
        <source>The figures are the whole commune&apos;s, including the former communes merged into it: %1. &lt;a href=&quot;figures&quot;&gt;Figures per former commune…&lt;/a&gt;</source>
        <translation>Số liệu là của toàn xã, gồm cả các xã cũ đã gộp vào: %1. &lt;a href=&quot;figures&quot;&gt;Số liệu theo từng xã cũ…&lt;/a&gt;</translation>
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
        <source>results of %1</source>
        <translation>kết quả %1</translation>
    </message>
    <message>
        <source>%1 awaiting an answer</source>
        <translation>%1 đang chờ trả lời</translation>
    </message>
    <message>
        <source>(%1 from earlier periods)</source>
        <translation>(%1 từ các kỳ trước)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(quá hạn)</translation>
    </message>
    <message>
        <source>(due today)</source>
        <translation>(đến hạn hôm nay)</translation>
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
    <name>DatabaseChoice</name>
    <message>
        <source>Where the data is</source>
        <translation>Nơi lưu dữ liệu</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Đang dùng: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s file (one clerk)</source>
        <translation>Tệp trên máy tính này (một cán bộ)</translation>
    </message>
    <message>
        <source>The office&apos;s PostgreSQL server (several officers at once)</source>
        <translation>Máy chủ PostgreSQL của cơ quan (nhiều cán bộ cùng lúc)</translation>
    </message>
    <message>
        <source>USER@HOST[:PORT]/DATABASE. Leave the password out: it is never stored; you are asked for it when the application starts (or it is read from pgpass.conf).</source>
        <translation>NGƯỜI_DÙNG@MÁY_CHỦ[:CỔNG]/CƠ_SỞ_DỮ_LIỆU. Không ghi mật khẩu vào đây: mật khẩu không bao giờ được lưu; chương trình hỏi mật khẩu khi khởi động (hoặc đọc từ pgpass.conf).</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>Thử kết nố&amp;i</translation>
    </message>
    <message>
        <source>Use from the next &amp;start</source>
        <translation>&amp;Dùng từ lần khởi động sau</translation>
    </message>
    <message>
        <source>Connection string:</source>
        <translation>Chuỗi kết nối:</translation>
    </message>
    <message>
        <source>Type the server&apos;s connection string: postgresql+psycopg://USER@HOST/DATABASE.</source>
        <translation>Hãy nhập chuỗi kết nối của máy chủ: postgresql+psycopg://NGƯỜI_DÙNG@MÁY_CHỦ/CƠ_SỞ_DỮ_LIỆU.</translation>
    </message>
    <message>
        <source>The connection string is not valid: check the server&apos;s address, its port (a number) and the database name.</source>
        <translation>Chuỗi kết nối không hợp lệ: hãy kiểm tra địa chỉ máy chủ, cổng (một số) và tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Không kết nối được tới %1: %2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Đã kết nối tới %1.</translation>
    </message>
    <message>
        <source>From the next start the data is this computer&apos;s file.</source>
        <translation>Từ lần khởi động sau, dữ liệu là tệp trên máy tính này.</translation>
    </message>
    <message>
        <source>The password was not stored: you are asked for it when the application starts.</source>
        <translation>Mật khẩu không được lưu: chương trình sẽ hỏi mật khẩu khi khởi động.</translation>
    </message>
    <message>
        <source>From the next start the data is on the server %1.</source>
        <translation>Từ lần khởi động sau, dữ liệu nằm trên máy chủ %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceDialog</name>
    <message>
        <source>Where the data is</source>
        <translation>Nơi lưu dữ liệu</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm</source>
        <translation>ngày/tháng</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Choose on the calendar (Alt+Down)</source>
        <translation>Chọn trên lịch (Alt+Mũi tên xuống)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Fill in the required fields: %1.</source>
        <translation>Hãy điền các mục bắt buộc: %1.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Announcement decision</source>
        <translation>Quyết định công bố</translation>
    </message>
    <message>
        <source>Notice of the announcement (letter to the Department)</source>
        <translation>Công văn thông báo công bố (gửi Sở)</translation>
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
    <name>DoneDialog</name>
    <message>
        <source>Done on</source>
        <translation>Ngày hoàn thành</translation>
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
        <source>There is no report for the second six months ({period}): the annual report ({year}) covers the whole year.</source>
        <translation>Không có báo cáo 6 tháng cuối năm ({period}): báo cáo năm ({year}) bao gồm cả năm.</translation>
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
        <translation>{field_label}: &apos;{value}&apos; không phải là ngày hợp lệ (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>{field_label}: {value} is outside the accepted range ({first} – {last}).</source>
        <translation>{field_label}: {value} nằm ngoài khoảng cho phép ({first} – {last}).</translation>
    </message>
    <message>
        <source>Unknown kind of agency: {kind} (use xa, phuong or dac-khu).</source>
        <translation>Loại hình cơ quan không xác định: {kind} (dùng xa, phuong hoặc dac-khu).</translation>
    </message>
    <message>
        <source>The name says {named}, but the kind chosen is {kind}: choose the kind the name says, or correct the name.</source>
        <translation>Tên cơ quan ghi là {named}, nhưng loại hình đã chọn là {kind}: hãy chọn loại hình đúng như tên, hoặc sửa lại tên.</translation>
    </message>
    <message>
        <source>Unknown mode: {mode}.</source>
        <translation>Chế độ không hợp lệ: {mode}.</translation>
    </message>
    <message>
        <source>The unit code is too long (at most 50 characters).</source>
        <translation>Mã đơn vị quá dài (tối đa 50 ký tự).</translation>
    </message>
    <message>
        <source>Unknown setting: {key}</source>
        <translation>Thiết lập không xác định: {key}</translation>
    </message>
    <message>
        <source>The target is a percentage from 0 to 100.</source>
        <translation>Chỉ tiêu là tỷ lệ phần trăm từ 0 đến 100.</translation>
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
        <source>Record not found ({kind_label} {id}).</source>
        <translation>Không tìm thấy hồ sơ ({kind_label} {id}).</translation>
    </message>
    <message>
        <source>{field_label} ({date}) cannot be in the future: today is {today}.</source>
        <translation>{field_label} ({date}) không thể là một ngày trong tương lai: hôm nay là ngày {today}.</translation>
    </message>
    <message>
        <source>{field_label} ({date}) cannot be before {other_label} ({other}).</source>
        <translation>{field_label} ({date}) không thể sớm hơn {other_label} ({other}).</translation>
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
        <source>Someone else changed this record after you opened it. Nothing was saved: reload the record to see their change, then make yours again.</source>
        <translation>Người khác đã sửa bản ghi này sau khi bạn mở nó. Chưa có gì được lưu: hãy tải lại bản ghi để xem thay đổi của họ, rồi sửa lại.</translation>
    </message>
    <message>
        <source>Account &apos;{user}&apos; is not allowed to {action_label}.</source>
        <translation>Tài khoản &apos;{user}&apos; không có quyền {action_label}.</translation>
    </message>
    <message>
        <source>Account &apos;{user}&apos; was disabled after it logged in. Nothing was saved.</source>
        <translation>Tài khoản &apos;{user}&apos; đã bị khóa sau khi đăng nhập. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>The role of account &apos;{user}&apos; was changed after it logged in. Nothing was saved: log in again to work with its new role.</source>
        <translation>Vai trò của tài khoản &apos;{user}&apos; đã được thay đổi sau khi đăng nhập. Chưa có gì được lưu: hãy đăng nhập lại để làm việc với vai trò mới.</translation>
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
        <source>The file {name} is empty (0 bytes); nothing was attached. Check that it was copied completely.</source>
        <translation>Tệp {name} rỗng (0 byte); chưa đính kèm gì. Hãy kiểm tra tệp đã được chép đầy đủ chưa.</translation>
    </message>
    <message>
        <source>The stored file {name} is damaged (checksum mismatch).</source>
        <translation>Tệp đã lưu {name} bị hỏng (mã kiểm tra không khớp).</translation>
    </message>
    <message>
        <source>This file was already removed ({reason}); nothing was changed.</source>
        <translation>Tệp này đã được gỡ trước đó ({reason}); không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The file cannot be copied to {path} for viewing: {detail}</source>
        <translation>Không chép được tệp ra {path} để xem: {detail}</translation>
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
        <source>The audit report was approved on {date}: its checklist and findings no longer change.</source>
        <translation>Báo cáo đánh giá đã được phê duyệt ngày {date}: danh mục kiểm tra và các phát hiện không thể thay đổi nữa.</translation>
    </message>
    <message>
        <source>No finding of nonconformity was recorded from the checklist items found nonconforming: {items}. Record a finding from each (“Record a finding from this item…” on the Checklist tab) or change its result.</source>
        <translation>Chưa ghi nhận phát hiện không phù hợp từ các mục trong danh mục kiểm tra có kết quả “Không phù hợp”: {items}. Hãy ghi nhận phát hiện từ từng mục (“Ghi nhận phát hiện từ mục này…” ở thẻ Danh mục kiểm tra) hoặc đổi kết quả của mục đó.</translation>
    </message>
    <message>
        <source>A nonconformity is major or minor.</source>
        <translation>Sự không phù hợp chỉ có mức nặng hoặc nhẹ.</translation>
    </message>
    <message>
        <source>The checklist item belongs to another audit.</source>
        <translation>Mục kiểm tra này thuộc một cuộc đánh giá khác.</translation>
    </message>
    <message>
        <source>The audit begins on {date}: its findings are recorded from that day (today is {today}).</source>
        <translation>Cuộc đánh giá bắt đầu ngày {date}: các phát hiện được ghi nhận từ ngày đó (hôm nay là {today}).</translation>
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
        <source>Who led the audit? Choose its lead auditor in the audit&apos;s plan before recording it as held.</source>
        <translation>Ai là trưởng đoàn đánh giá? Hãy chọn trưởng đoàn trong kế hoạch của cuộc đánh giá trước khi ghi nhận đã thực hiện.</translation>
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
        <source>The date is before the day it was received.</source>
        <translation>Ngày này trước ngày tiếp nhận.</translation>
    </message>
    <message>
        <source>{day} is after today ({today}): record it on the day it happens.</source>
        <translation>{day} là sau hôm nay ({today}): hãy ghi vào đúng ngày sự việc xảy ra.</translation>
    </message>
    <message>
        <source>{field_label}: record {id} does not exist.</source>
        <translation>{field_label}: hồ sơ {id} không tồn tại.</translation>
    </message>
    <message>
        <source>Another record already has this {field_label}: {value}.</source>
        <translation>Đã có bản ghi khác với {field_label} này: {value}.</translation>
    </message>
    <message>
        <source>Number {number} is already in the book of {year} (received on {day}): give the next one.</source>
        <translation>Số {number} đã có trong sổ năm {year} (tiếp nhận ngày {day}): hãy ghi số tiếp theo.</translation>
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
        <source>This record is not cancelled.</source>
        <translation>Hồ sơ này chưa bị hủy.</translation>
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
        <source>Approved on ({date}) cannot be after the version&apos;s issue date ({issue}): a version is issued once approved. Enter the day it was approved, or correct the draft&apos;s issue date first.</source>
        <translation>Ngày phê duyệt ({date}) không được sau ngày ban hành của phiên bản ({issue}): phiên bản chỉ được ban hành sau khi đã phê duyệt. Hãy nhập đúng ngày phê duyệt, hoặc sửa ngày ban hành của bản dự thảo trước.</translation>
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
        <source>TTHC {code} was abolished or replaced by decision {decision}: it cannot be put back in the scope.</source>
        <translation>TTHC {code} đã bị bãi bỏ hoặc thay thế theo quyết định {decision}: không thể đưa lại vào phạm vi.</translation>
    </message>
    <message>
        <source>TTHC code &apos;{code}&apos; is not in the national format (e.g. 1.009137).</source>
        <translation>Mã TTHC &apos;{code}&apos; không đúng định dạng mã quốc gia (ví dụ 1.009137).</translation>
    </message>
    <message>
        <source>TTHC {code} already has its national code.</source>
        <translation>TTHC {code} đã có mã quốc gia.</translation>
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
        <source>The database is busy: another program kept it locked for too long. Nothing was saved; try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận: một chương trình khác giữ khóa quá lâu. Chưa có gì được lưu; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full. Nothing was saved; free some space and try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu đã đầy. Chưa có gì được lưu; hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk that holds the database reported a read or write error. Nothing was saved; check the drive and try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu báo lỗi đọc hoặc ghi. Chưa có gì được lưu; hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only file, folder or drive). Nothing was saved.</source>
        <translation>Không ghi được vào cơ sở dữ liệu (tệp, thư mục hoặc ổ đĩa chỉ cho phép đọc). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was saved; restore a backup (File → Restore from a backup…) or ask for help.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng. Chưa có gì được lưu; hãy khôi phục từ bản sao lưu (Tệp → Khôi phục từ bản sao lưu…) hoặc nhờ hỗ trợ.</translation>
    </message>
    <message>
        <source>The database file cannot be opened (moved, removed or no permission). Nothing was saved.</source>
        <translation>Không mở được tệp cơ sở dữ liệu (đã bị chuyển đi, bị xóa hoặc không có quyền truy cập). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>Cannot reach the database server {server}: it is down, or the network or its port is closed. Nothing was saved; check the connection and try again.</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu {server}: máy chủ đang tắt, hoặc mạng hay cổng kết nối của máy chủ bị chặn. Chưa có gì được lưu; hãy kiểm tra kết nối rồi thử lại.</translation>
    </message>
    <message>
        <source>The database server {server} refused the account: wrong user name or password. Nothing was saved.</source>
        <translation>Máy chủ cơ sở dữ liệu {server} từ chối tài khoản: sai tên đăng nhập hoặc mật khẩu. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>The database server {server} has no such database; ask the administrator to create it. Nothing was saved.</source>
        <translation>Máy chủ cơ sở dữ liệu {server} không có cơ sở dữ liệu này; hãy đề nghị người quản trị tạo. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>The database server {server} refused the connection: {detail}. Nothing was saved; ask the server&apos;s administrator.</source>
        <translation>Máy chủ cơ sở dữ liệu {server} từ chối kết nối: {detail}. Chưa có gì được lưu; hãy hỏi người quản trị máy chủ.</translation>
    </message>
    <message>
        <source>The connection to the database server {server} was lost. Nothing was saved (the change was rolled back); try again.</source>
        <translation>Mất kết nối tới máy chủ cơ sở dữ liệu {server}. Chưa có gì được lưu (thay đổi đã được hoàn tác); hãy thử lại.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of QMS Desktop (schema {revision}). Install the newer version to open it.</source>
        <translation>Cơ sở dữ liệu này được ghi bởi phiên bản QMS Desktop mới hơn (lược đồ {revision}). Hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <source>This database does not have the structure its recorded version says (it lacks {what}): it was written by an unreleased build of QMS Desktop. Nothing was changed; the previous version can still open it. Keep the file and ask for help to move its data.</source>
        <translation>Cơ sở dữ liệu này không có cấu trúc đúng như phiên bản ghi trong nó (thiếu {what}): nó do một bản dựng chưa phát hành của QMS Desktop tạo ra. Không có gì bị thay đổi; phiên bản trước vẫn mở được. Hãy giữ nguyên tệp và nhờ hỗ trợ để chuyển dữ liệu.</translation>
    </message>
    <message>
        <source>The tables of QMS Desktop could not be created in this database ({reason}). Nothing was changed.</source>
        <translation>Không tạo được các bảng của QMS Desktop trong cơ sở dữ liệu này ({reason}). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to this version of QMS Desktop ({reason}). Nothing was changed; the previous version can still open it.</source>
        <translation>Không nâng cấp được cơ sở dữ liệu lên phiên bản QMS Desktop này ({reason}). Không có gì bị thay đổi; phiên bản trước vẫn mở được cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The account {user} may not create tables in the database {database}: the database must belong to that account (the administrator creates it with CREATE DATABASE {database} OWNER {user}, or gives it with ALTER DATABASE {database} OWNER TO {user}). Nothing was changed.</source>
        <translation>Tài khoản {user} không được phép tạo bảng trong cơ sở dữ liệu {database}: cơ sở dữ liệu phải thuộc quyền sở hữu của tài khoản đó (quản trị viên tạo bằng lệnh CREATE DATABASE {database} OWNER {user}, hoặc chuyển quyền bằng ALTER DATABASE {database} OWNER TO {user}). Chưa có gì bị thay đổi.</translation>
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
        <source>The database {path} is being restored by another program; try again when it has finished.</source>
        <translation>Cơ sở dữ liệu {path} đang được một chương trình khác khôi phục; hãy thử lại khi việc khôi phục đã xong.</translation>
    </message>
    <message>
        <source>Another QMS Desktop program is using the database {path} (a window or a &apos;qms&apos; command). Close it or wait until it has finished, then try again; nothing was changed.</source>
        <translation>Một chương trình QMS Desktop khác đang dùng cơ sở dữ liệu {path} (một cửa sổ hoặc một lệnh &apos;qms&apos;). Hãy đóng chương trình đó hoặc chờ đến khi nó chạy xong rồi thử lại; không có gì bị thay đổi.</translation>
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
        <source>{path} is a file, not a folder: give the folder (or USB drive) to write the backup into.</source>
        <translation>{path} là một tệp, không phải thư mục: hãy chọn thư mục (hoặc ổ USB) để ghi bản sao lưu.</translation>
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
        <source>{path} does not exist (or is a folder); nothing was changed.</source>
        <translation>{path} không tồn tại (hoặc là một thư mục); không có gì thay đổi.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of QMS Desktop (schema {revision}): install that version to restore it; nothing was changed.</source>
        <translation>{path} được ghi bởi phiên bản QMS Desktop mới hơn (lược đồ {revision}): hãy cài phiên bản đó để khôi phục; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The backup&apos;s change history was altered outside the application (entry {id}); it is not restored.</source>
        <translation>Nhật ký thay đổi của bản sao lưu đã bị sửa ngoài ứng dụng (mục {id}); không khôi phục bản sao lưu này.</translation>
    </message>
    <message>
        <source>The backup holds {kind_label} {name}, which the application does not make (added outside it); it is not restored.</source>
        <translation>Bản sao lưu chứa {kind_label} {name}, không phải do ứng dụng tạo ra (được thêm ngoài ứng dụng); không khôi phục bản sao lưu này.</translation>
    </message>
    <message>
        <source>In the backup, table {name} no longer refuses two records with the same {columns} (rebuilt outside the application); it is not restored.</source>
        <translation>Trong bản sao lưu, bảng {name} không còn ngăn hai bản ghi trùng {columns} (đã bị dựng lại từ bên ngoài ứng dụng); không khôi phục bản này.</translation>
    </message>
    <message>
        <source>{n} records of the backup do not match its change history (they were changed outside the application); it is not restored.</source>
        <translation>{n} bản ghi của bản sao lưu không khớp nhật ký thay đổi (đã bị sửa ngoài ứng dụng); không khôi phục bản sao lưu này.</translation>
    </message>
    <message>
        <source>After this restore you could no longer log in as {user}: the backup has no active leader account {user} that opens with the password given. If the password was changed after the backup was made, give the one it had then (qms restore: QMS_BACKUP_PASSWORD). Nothing was changed.</source>
        <translation>Sau khi khôi phục, bạn sẽ không đăng nhập được bằng tài khoản {user}: bản sao lưu không có tài khoản lãnh đạo {user} đang hoạt động mở được bằng mật khẩu đã nhập. Nếu mật khẩu đã đổi sau khi sao lưu, hãy nhập mật khẩu lúc đó (lệnh qms restore: QMS_BACKUP_PASSWORD). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{path} is not a copy of this database: its history begins apart (a database set up separately under the same name). Restoring it replaces the whole history of the database in use ({n} entries).</source>
        <translation>{path} không phải là bản sao của cơ sở dữ liệu này: nhật ký của nó bắt đầu khác (một cơ sở dữ liệu được lập riêng, cùng tên). Khôi phục nó sẽ thay toàn bộ nhật ký của cơ sở dữ liệu đang dùng ({n} mục).</translation>
    </message>
    <message>
        <source>{path} is older than the database in use: the {n} history entries written since it was made (after entry {count}) are replaced by it.</source>
        <translation>{path} cũ hơn cơ sở dữ liệu đang dùng: {n} mục nhật ký ghi sau khi sao lưu (sau mục {count}) sẽ bị thay bằng bản này.</translation>
    </message>
    <message>
        <source>{path} took another course than the database in use after a common beginning: restoring it replaces {n} history entries of the database in use.</source>
        <translation>{path} đã rẽ sang hướng khác với cơ sở dữ liệu đang dùng sau một đoạn đầu chung: khôi phục nó sẽ thay {n} mục nhật ký của cơ sở dữ liệu đang dùng.</translation>
    </message>
    <message>
        <source>{path} is not a copy of this database: its history begins apart (a database set up separately under the same name, {agency}). Confirm that you mean to replace this database&apos;s whole history with it (qms restore … --other-agency); nothing was changed.</source>
        <translation>{path} không phải là bản sao của cơ sở dữ liệu này: nhật ký của nó bắt đầu khác (một cơ sở dữ liệu được lập riêng, cùng tên {agency}). Hãy xác nhận rằng anh/chị muốn thay toàn bộ nhật ký của cơ sở dữ liệu này bằng bản đó (qms restore … --other-agency); chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The database in use still has its accounts, and {user} is not an active leader there with this password. If the password was changed after the backup was made, move the damaged file out of the data folder first: the backup&apos;s leader then restores it alone. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu đang dùng vẫn còn đọc được các tài khoản, và trong đó {user} không phải là lãnh đạo đang hoạt động với mật khẩu này. Nếu mật khẩu đã đổi sau khi sao lưu, hãy chuyển tệp bị hỏng ra khỏi thư mục dữ liệu trước: khi đó lãnh đạo trong bản sao lưu tự khôi phục được. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{path} has no metadata file (the backup was interrupted before writing it, or the file was deleted): it was checked by its own content only, its history chain and every record.</source>
        <translation>{path} không có tệp thông tin kèm theo (việc sao lưu bị ngắt trước khi ghi tệp này, hoặc tệp đã bị xóa): bản sao lưu chỉ được kiểm tra theo chính nội dung của nó, gồm chuỗi nhật ký thay đổi và từng bản ghi.</translation>
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
        <source>The backup has no active account {user} with this password. Give a leader&apos;s user name and password as they were when the backup was made; nothing was changed.</source>
        <translation>Bản sao lưu không có tài khoản {user} đang hoạt động với mật khẩu này. Hãy nhập tên đăng nhập và mật khẩu của một lãnh đạo như lúc sao lưu; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Only a leader can restore a backup: {user} is not a leader in the backup. Nothing was changed.</source>
        <translation>Chỉ lãnh đạo mới được khôi phục bản sao lưu: trong bản sao lưu, {user} không phải là lãnh đạo. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot restore: {reason}</source>
        <translation>Không khôi phục được: {reason}</translation>
    </message>
    <message>
        <source>This backup cannot be upgraded to this version of QMS Desktop ({reason}); nothing was changed.</source>
        <translation>Không nâng cấp được bản sao lưu này lên phiên bản QMS Desktop này ({reason}); không có gì bị thay đổi.</translation>
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
        <source>Nonconformity {number} cannot close: it has no corrective action yet. Add the actions taken, mark them done and have them verified as effective first.</source>
        <translation>Chưa thể đóng sự không phù hợp {number}: chưa có hành động khắc phục nào. Hãy thêm các hành động khắc phục, đánh dấu hoàn thành và xác nhận hiệu lực trước.</translation>
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
        <source>{count} record(s) no longer match the change history (changed, added or deleted outside the application): a report cannot be sent from this database. Open Change history → Check integrity (or run qms check) to see them, then restore the last good backup.</source>
        <translation>{count} bản ghi không còn khớp với nhật ký thay đổi (bị sửa, thêm hoặc xóa ngoài ứng dụng): không thể gửi báo cáo từ cơ sở dữ liệu này. Hãy mở Nhật ký thay đổi → Kiểm tra tính toàn vẹn (hoặc chạy qms check) để xem, rồi khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <source>The digitally signed PDF kept for this report no longer verifies (it was changed after signing): nothing was exported. Restore a backup, or make a corrected version and sign it.</source>
        <translation>Tệp PDF đã ký số của báo cáo này không còn kiểm tra được (đã bị thay đổi sau khi ký): chưa xuất gì. Hãy khôi phục một bản sao lưu, hoặc lập phiên bản đính chính rồi ký số.</translation>
    </message>
    <message>
        <source>Fill in the agency profile before making a report.</source>
        <translation>Hãy nhập thông tin cơ quan trước khi lập báo cáo.</translation>
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
        <source>another document of the register ({used_for})</source>
        <translation>một văn bản khác trong sổ đăng ký văn bản đi ({used_for})</translation>
    </message>
    <message>
        <source>version {version} of the report for {period} (id {id})</source>
        <translation>phiên bản {version} của báo cáo {period} (mã {id})</translation>
    </message>
    <message>
        <source>the report for {period} (id {id})</source>
        <translation>báo cáo {period} (mã {id})</translation>
    </message>
    <message>
        <source>Number {number} of {year} is already used for {used_for}; take the next free number from the register.</source>
        <translation>Số {number} năm {year} đã được dùng cho {used_for}; hãy lấy số còn trống tiếp theo trong sổ đăng ký văn bản đi.</translation>
    </message>
    <message>
        <source>A report for {period} already exists: {number} (id {id}); open it, or make a corrected version of it.</source>
        <translation>Đã có báo cáo {period}: số {number} (mã {id}); hãy mở báo cáo đó hoặc làm phiên bản đính chính.</translation>
    </message>
    <message>
        <source>The report period ({period}) has not begun: it starts on {start}. Its report can be made from that day.</source>
        <translation>Kỳ báo cáo {period} chưa bắt đầu: kỳ bắt đầu từ ngày {start}. Chỉ lập được báo cáo của kỳ này từ ngày đó.</translation>
    </message>
    <message>
        <source>Report {number} is finalised and can no longer change; make a corrected version instead.</source>
        <translation>Báo cáo {number} đã chốt, không thể sửa được nữa; hãy làm phiên bản đính chính.</translation>
    </message>
    <message>
        <source>Unknown item of Part II: {key} (use {keys}).</source>
        <translation>Không có mục {key} trong Phần II (dùng {keys}).</translation>
    </message>
    <message>
        <source>The figures cannot run to {day}: the period starts on {start}.</source>
        <translation>Số liệu không thể tính đến ngày {day}: kỳ báo cáo bắt đầu từ ngày {start}.</translation>
    </message>
    <message>
        <source>This report was already marked as sent on {date}.</source>
        <translation>Báo cáo này đã được đánh dấu là đã gửi ngày {date}.</translation>
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
        <source>&apos;{value}&apos; is not a time of day: type hours and minutes, e.g. 08:00 or 14:30.</source>
        <translation>&apos;{value}&apos; không phải là giờ trong ngày: hãy nhập giờ và phút, ví dụ 08:00 hoặc 14:30.</translation>
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
        <source>A user name may only use the letters a–z without marks, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (e.g. thuky or nguyenvana), and starts with a letter or digit.</source>
        <translation>Tên đăng nhập chỉ gồm chữ cái a–z không dấu, chữ số, &apos;.&apos;, &apos;-&apos; và &apos;_&apos; (ví dụ thuky hoặc nguyenvana), và bắt đầu bằng chữ cái hoặc chữ số.</translation>
    </message>
    <message>
        <source>The user name {name} is reserved; choose another.</source>
        <translation>Tên đăng nhập {name} được dành riêng; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>A password of only letters or only digits is guessed first: mix letters with digits or signs (e.g. Tan-Phu-2026).</source>
        <translation>Mật khẩu chỉ gồm chữ cái hoặc chỉ gồm chữ số rất dễ bị đoán: hãy kết hợp chữ cái với chữ số hoặc ký hiệu (ví dụ Tan-Phu-2026).</translation>
    </message>
    <message>
        <source>An active account ({name}) already has the full name {full_name}; full names must tell people apart.</source>
        <translation>Một tài khoản đang hoạt động ({name}) đã có họ và tên {full_name}; họ và tên phải giúp phân biệt được từng người.</translation>
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
        <source>Only a leader can disable or enable a leader&apos;s account.</source>
        <translation>Chỉ lãnh đạo mới vô hiệu hóa hoặc kích hoạt được tài khoản của lãnh đạo.</translation>
    </message>
    <message>
        <source>{name} is the last active leader: add another leader before disabling this account.</source>
        <translation>{name} là lãnh đạo cuối cùng còn hoạt động: hãy thêm một tài khoản lãnh đạo khác trước khi vô hiệu hóa tài khoản này.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Không thể tự thay đổi vai trò của chính mình.</translation>
    </message>
    <message>
        <source>Only a leader can give or take a leader&apos;s role.</source>
        <translation>Chỉ lãnh đạo mới giao hoặc thu hồi được vai trò lãnh đạo.</translation>
    </message>
    <message>
        <source>{name} is the last active leader: add another leader before changing this role.</source>
        <translation>{name} là lãnh đạo cuối cùng còn hoạt động: hãy thêm một tài khoản lãnh đạo khác trước khi đổi vai trò này.</translation>
    </message>
    <message>
        <source>Unknown account {name}.</source>
        <translation>Không có tài khoản {name}.</translation>
    </message>
    <message>
        <source>Say why the signing key is changed.</source>
        <translation>Hãy nêu lý do đổi khóa ký.</translation>
    </message>
    <message>
        <source>Line {n}: the field (lĩnh vực) is required.</source>
        <translation>Dòng {n}: phải nhập lĩnh vực.</translation>
    </message>
    <message>
        <source>{name}: on time + late + pending ({settled}) exceeds the applications received ({received}).</source>
        <translation>{name}: đúng hạn + trễ hạn + đang giải quyết ({settled}) vượt số hồ sơ tiếp nhận ({received}).</translation>
    </message>
    <message>
        <source>The field {name} is listed twice.</source>
        <translation>Lĩnh vực {name} bị nhập hai lần.</translation>
    </message>
    <message>
        <source>This period&apos;s statistics are kept per field: {field_label} is the sum of its fields ({sum}), not {value}. Correct the figures per field (Per field…), and the total follows.</source>
        <translation>Số liệu của kỳ này được nhập theo từng lĩnh vực: {field_label} là tổng của các lĩnh vực ({sum}), không phải {value}. Hãy sửa số liệu theo lĩnh vực (nút “Theo lĩnh vực…”), số tổng sẽ tự cập nhật theo.</translation>
    </message>
    <message>
        <source>These dates overlap the statistics already recorded for {start} – {end}: the applications would be counted twice. Correct that period, or choose dates outside it.</source>
        <translation>Khoảng thời gian này trùng với số liệu thống kê đã nhập cho kỳ {start} – {end}: hồ sơ sẽ bị tính hai lần. Hãy sửa kỳ đó, hoặc chọn ngày nằm ngoài kỳ đó.</translation>
    </message>
    <message>
        <source>The statistics period ends on {day}, after today ({today}): the results of days that have not come yet cannot be known. Enter the figures once the period has ended.</source>
        <translation>Kỳ số liệu kết thúc ngày {day}, sau ngày hôm nay ({today}): chưa thể có kết quả của những ngày chưa đến. Hãy nhập số liệu khi kỳ đã kết thúc.</translation>
    </message>
    <message>
        <source>The sheet states its period (Từ ngày … đến ngày …), but {date} is not a valid date: correct it in the sheet, or give the start and end dates.</source>
        <translation>Bảng có ghi kỳ số liệu (Từ ngày … đến ngày …), nhưng ngày {date} không phải là ngày hợp lệ: hãy sửa lại trong bảng, hoặc nhập ngày bắt đầu và kết thúc.</translation>
    </message>
    <message>
        <source>The sheet does not state its period (Từ ngày … đến ngày …): give the dates.</source>
        <translation>Bảng không ghi kỳ số liệu (Từ ngày … đến ngày …): hãy nhập ngày bắt đầu và kết thúc.</translation>
    </message>
    <message>
        <source>The sheet states its period as {sheet_start}–{sheet_end}, not {start}–{end}: its figures are those of its own period. Leave the dates out, or import the sheet of the period you mean.</source>
        <translation>Bảng ghi kỳ số liệu của nó là {sheet_start}–{sheet_end}, không phải {start}–{end}: số liệu trong bảng là của kỳ đó. Hãy bỏ các ngày đã nhập, hoặc nhập bảng của đúng kỳ cần nhập.</translation>
    </message>
    <message>
        <source>The report cannot be signed as it stands: {count} finding(s) to correct first (something missing or untrue); see the pre-flight list.</source>
        <translation>Chưa thể ký báo cáo như hiện tại: còn {count} nội dung phải xử lý trước (còn thiếu hoặc không đúng sự thật); xem danh sách kiểm tra trước khi chốt.</translation>
    </message>
    <message>
        <source>{count} pre-flight warning(s) to acknowledge before finalising: {codes}.</source>
        <translation>Có {count} cảnh báo cần lãnh đạo xác nhận trước khi chốt: {codes}.</translation>
    </message>
    <message>
        <source>Line {n}, {column}: &apos;{value}&apos; is not a whole number.</source>
        <translation>Dòng {n}, cột {column}: &apos;{value}&apos; không phải là số nguyên.</translation>
    </message>
    <message>
        <source>“{value}” is not a date: type day, month and year, e.g. 15/06/2026.</source>
        <translation>“{value}” không phải là ngày: hãy gõ ngày, tháng, năm, ví dụ 15/06/2026.</translation>
    </message>
    <message>
        <source>“{value}” is not a day and month: type e.g. 20/06.</source>
        <translation>“{value}” không phải là ngày và tháng: hãy gõ ví dụ 20/06.</translation>
    </message>
    <message>
        <source>There is no {value}: a month is numbered 1 to 12.</source>
        <translation>Không có ngày {value}: tháng chỉ từ 1 đến 12.</translation>
    </message>
    <message>
        <source>There is no {value}: month {month} of {year} has {days} days.</source>
        <translation>Không có ngày {value}: tháng {month} năm {year} chỉ có {days} ngày.</translation>
    </message>
    <message>
        <source>There is no {value}: the days of a month are numbered from 1.</source>
        <translation>Không có ngày {value}: ngày trong tháng được đánh số từ 1.</translation>
    </message>
    <message>
        <source>There is no {value}: month {month} has at most {days} days.</source>
        <translation>Không có ngày {value}: tháng {month} có nhiều nhất {days} ngày.</translation>
    </message>
    <message>
        <source>{value}: a date must be between {first} and {last}.</source>
        <translation>{value}: ngày phải từ {first} đến {last}.</translation>
    </message>
    <message>
        <source>Type a date (day/month/year).</source>
        <translation>Hãy gõ ngày (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>Không đọc được {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a PNG image of at most 5 MB. Decree 30 asks for a PNG with a transparent background.</source>
        <translation>{name} không phải ảnh PNG dung lượng tối đa 5 MB. Nghị định 30 yêu cầu ảnh PNG nền trong suốt.</translation>
    </message>
    <message>
        <source>{name} is a damaged PNG image.</source>
        <translation>Ảnh PNG {name} bị hỏng.</translation>
    </message>
    <message>
        <source>{name} is not a certificate (.cer, .crt, .pem, .der) or a revocation list (.crl).</source>
        <translation>{name} không phải chứng thư số (.cer, .crt, .pem, .der) hay danh sách thu hồi (.crl).</translation>
    </message>
    <message>
        <source>{name} is the certificate of {subject}, not of a certification authority: only a root or intermediate CA certificate can be trusted. Nothing was imported.</source>
        <translation>{name} là chứng thư số của {subject}, không phải của một tổ chức chứng thực: chỉ chứng thư gốc hoặc chứng thư trung gian của tổ chức chứng thực mới được tin cậy. Không có gì được nhập.</translation>
    </message>
    <message>
        <source>Finalise the report before signing it: only a finalised report is signed.</source>
        <translation>Hãy chốt báo cáo trước khi ký số: chỉ ký số báo cáo đã chốt.</translation>
    </message>
    <message>
        <source>The report has no signature space to sign at.</source>
        <translation>Báo cáo không có chỗ ký để đặt chữ ký số.</translation>
    </message>
    <message>
        <source>Unknown signature role: {role} (use official or agency).</source>
        <translation>Không rõ loại chữ ký: {role} (dùng official hoặc agency).</translation>
    </message>
    <message>
        <source>A database on a server is restored by the server&apos;s administrator (pg_restore of a &apos;qms backup&apos; .dump file), not by one officer&apos;s command while others work on it. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu trên máy chủ do người quản trị máy chủ khôi phục (pg_restore tệp .dump của &apos;qms backup&apos;), không do lệnh của một cán bộ trong khi người khác đang làm việc. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The PostgreSQL client tools (pg_dump) are not installed on this computer, so the server&apos;s database cannot be backed up from here; the server&apos;s administrator backs it up. Nothing was written.</source>
        <translation>Máy tính này chưa cài công cụ PostgreSQL (pg_dump) nên không sao lưu được cơ sở dữ liệu trên máy chủ từ đây; người quản trị máy chủ thực hiện sao lưu. Chưa ghi tệp nào.</translation>
    </message>
    <message>
        <source>Both databases must be at this version&apos;s schema ({head}) to copy one into the other; open the source once with this version first. Nothing was copied.</source>
        <translation>Cả hai cơ sở dữ liệu phải ở lược đồ của phiên bản này ({head}) mới sao chép được; hãy mở cơ sở dữ liệu nguồn một lần bằng phiên bản này trước. Chưa sao chép gì.</translation>
    </message>
    <message>
        <source>The source database&apos;s history chain is broken (entry {id}): check it with &apos;qms check&apos; before moving it. Nothing was copied.</source>
        <translation>Chuỗi nhật ký của cơ sở dữ liệu nguồn bị hỏng (mục {id}): hãy kiểm tra bằng &apos;qms check&apos; trước khi chuyển. Chưa sao chép gì.</translation>
    </message>
    <message>
        <source>The target database already holds records ({tables}); copy only into an empty database. Nothing was copied.</source>
        <translation>Cơ sở dữ liệu đích đã có dữ liệu ({tables}); chỉ sao chép vào cơ sở dữ liệu trống. Chưa sao chép gì.</translation>
    </message>
    <message>
        <source>The copy on the server did not match the source ({detail}); it was removed. Nothing else changed.</source>
        <translation>Bản sao trên máy chủ không khớp với nguồn ({detail}) nên đã bị xóa. Không có gì khác thay đổi.</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>bảng</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>chỉ mục</translation>
    </message>
    <message>
        <source>the trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>the view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>The period {period_name} ends on {end}: its result can be recorded in its last three months, from {date}.</source>
        <translation>Kỳ {period_name} kết thúc ngày {end}: kết quả của kỳ chỉ được ghi trong ba tháng cuối kỳ, từ ngày {date}.</translation>
    </message>
    <message>
        <source>unlock an accepted report (a leader&apos;s decision)</source>
        <translation>mở khóa báo cáo đã chấp nhận (việc do lãnh đạo quyết định)</translation>
    </message>
    <message>
        <source>confirm a unit&apos;s key (a leader&apos;s decision)</source>
        <translation>xác nhận khóa của đơn vị (việc do lãnh đạo quyết định)</translation>
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
        <source>{folder} is a file, not a folder: give the folder (or USB drive) to write into.</source>
        <translation>{folder} là một tệp, không phải thư mục: hãy chọn thư mục (hoặc ổ USB) để ghi vào.</translation>
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
        <source>The signed package {package} was saved in {folder} and verified: it is complete and can be sent. But {name}, a copy for printing, could not be written there (the drive is full or failed); free some space and export again for the printing copies.</source>
        <translation>Gói báo cáo đã ký {package} đã được lưu vào {folder} và đã kiểm tra: gói đầy đủ và có thể gửi đi. Nhưng không ghi được {name}, bản để in, vào đó (ổ đĩa đã đầy hoặc bị lỗi); hãy giải phóng bớt dung lượng rồi xuất lại để có các bản in.</translation>
    </message>
    <message>
        <source>The package written to {folder} does not verify ({reason}); it was removed. Try another drive.</source>
        <translation>Gói báo cáo ghi vào {folder} không vượt qua bước kiểm tra ({reason}); gói đã bị xóa. Hãy thử ổ đĩa khác.</translation>
    </message>
</context>
<context>
    <name>FieldStatsDialog</name>
    <message>
        <source>Statistics per field: %1 – %2</source>
        <translation>Số liệu theo lĩnh vực: %1 – %2</translation>
    </message>
    <message>
        <source>Type each field&apos;s figures from the one-stop shop&apos;s book (or import the province&apos;s portal export). On saving, the period&apos;s totals become the sums of the fields.</source>
        <translation>Nhập số liệu từng lĩnh vực theo sổ theo dõi của Bộ phận một cửa (hoặc nhập tệp xuất từ Hệ thống thông tin giải quyết TTHC của tỉnh). Khi lưu, tổng số của kỳ thống kê bằng tổng các lĩnh vực.</translation>
    </message>
    <message>
        <source>Field (lĩnh vực)</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>&amp;Add a field</source>
        <translation>&amp;Thêm lĩnh vực</translation>
    </message>
    <message>
        <source>Totals: received %1, on time %2, late %3, pending %4</source>
        <translation>Tổng cộng: tiếp nhận %1, đúng hạn %2, trễ hạn %3, đang giải quyết %4</translation>
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
        <source>Finding</source>
        <translation>Loại phát hiện</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Đầu vào</translation>
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
        <translation>Tên</translation>
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
        <source>Legal bases (Căn cứ)</source>
        <translation>Căn cứ ban hành</translation>
    </message>
    <message>
        <source>One per line; empty: chosen by the decision&apos;s date</source>
        <translation>Mỗi căn cứ một dòng; để trống: chọn theo ngày ký quyết định</translation>
    </message>
    <message>
        <source>Number in the book</source>
        <translation>Số thứ tự trong sổ</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>Hình thức tiếp nhận</translation>
    </message>
    <message>
        <source>Citizen or organisation</source>
        <translation>Cá nhân, tổ chức phản ánh</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>Bộ phận xử lý</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <source>Result of the handling</source>
        <translation>Kết quả xử lý</translation>
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
        <source>Posted on the website on</source>
        <translation>Ngày đăng trên trang thông tin điện tử</translation>
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
        <translation>Số khiếu nại</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>Số khiếu nại đã giải quyết</translation>
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
        <source>Achieved</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Cuộc đánh giá</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Chuyên gia đánh giá</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Changes from the previous version</source>
        <translation>Thay đổi so với phiên bản trước</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Câu hỏi kiểm tra</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Điều khoản</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Chuẩn mực đánh giá</translation>
    </message>
    <message>
        <source>Report number symbol</source>
        <translation>Ký hiệu số báo cáo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Unit of time</source>
        <translation>Đơn vị thời gian</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Failed log-in attempts</source>
        <translation>Số lần đăng nhập sai</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Finalised at</source>
        <translation>Thời điểm chốt</translation>
    </message>
    <message>
        <source>Finalised by</source>
        <translation>Người chốt</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>Phát hiện đánh giá</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Chủ tịch</translation>
    </message>
    <message>
        <source>Chairman&apos;s title</source>
        <translation>Chức vụ của Chủ tịch</translation>
    </message>
    <message>
        <source>Immediate correction</source>
        <translation>Khắc phục tức thời</translation>
    </message>
    <message>
        <source>In the QMS scope</source>
        <translation>Thuộc phạm vi HTQLCL</translation>
    </message>
    <message>
        <source>External inspection</source>
        <translation>Kiểm tra của cấp trên</translation>
    </message>
    <message>
        <source>ISO representative</source>
        <translation>Đại diện lãnh đạo về ISO</translation>
    </message>
    <message>
        <source>ISO representative&apos;s title</source>
        <translation>Chức vụ đại diện lãnh đạo về ISO</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Trưởng đoàn đánh giá</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Khóa đến</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Loại tệp</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Thành viên đoàn đánh giá</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Sự không phù hợp</translation>
    </message>
    <message>
        <source>Objectives of the programme</source>
        <translation>Mục tiêu của chương trình</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Đính kèm vào hồ sơ</translation>
    </message>
    <message>
        <source>Attached to a</source>
        <translation>Loại hồ sơ đính kèm</translation>
    </message>
    <message>
        <source>Lead body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Place name in dates</source>
        <translation>Địa danh ghi ngày tháng</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Ngày dự kiến</translation>
    </message>
    <message>
        <source>Plans for the next period</source>
        <translation>Phương hướng kỳ tới</translation>
    </message>
    <message>
        <source>Corrects report</source>
        <translation>Đính chính báo cáo</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Chương trình đánh giá</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Recipient (Kính gửi)</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>Audit report summary</source>
        <translation>Tóm tắt báo cáo đánh giá</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người/bộ phận thực hiện</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Cuộc xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Nguyên nhân gốc rễ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Số thứ tự</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên ngắn</translation>
    </message>
    <message>
        <source>Shortcomings and causes</source>
        <translation>Tồn tại, nguyên nhân</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Dung lượng (byte)</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Held from</source>
        <translation>Thực hiện từ ngày</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Number symbol</source>
        <translation>Ký hiệu số</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Legal time limit</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Time limit (days)</source>
        <translation>Thời hạn (ngày)</translation>
    </message>
    <message>
        <source>Administrative procedures (TTHC)</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <source>Units audited</source>
        <translation>Bộ phận được đánh giá</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Dùng cho</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Verified as effective</source>
        <translation>Xác nhận có hiệu lực</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Ghi chú xác nhận</translation>
    </message>
    <message>
        <source>Procedure version</source>
        <translation>Lần ban hành quy trình</translation>
    </message>
    <message>
        <source>Counted in working days</source>
        <translation>Tính theo ngày làm việc</translation>
    </message>
    <message>
        <source>Record number (ID)</source>
        <translation>Số hiệu bản ghi (ID)</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Tạo lúc</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Người tạo</translation>
    </message>
    <message>
        <source>Last changed at</source>
        <translation>Sửa lần cuối lúc</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Người sửa lần cuối</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Chỉ mục tìm kiếm</translation>
    </message>
    <message>
        <source>Password (hashed)</source>
        <translation>Mật khẩu (đã băm)</translation>
    </message>
    <message>
        <source>Recovery code (hashed)</source>
        <translation>Mã khôi phục (đã băm)</translation>
    </message>
    <message>
        <source>File fingerprint (SHA-256)</source>
        <translation>Mã kiểm tra tệp (SHA-256)</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Nội dung tệp</translation>
    </message>
    <message>
        <source>Frozen content</source>
        <translation>Nội dung đã chốt</translation>
    </message>
    <message>
        <source>Frozen content (SHA-256)</source>
        <translation>Nội dung đã chốt (SHA-256)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Code before the merge</source>
        <translation>Mã trước khi gộp</translation>
    </message>
    <message>
        <source>Number before the merge</source>
        <translation>Số trước khi gộp</translation>
    </message>
    <message>
        <source>Lineage (its first history entry)</source>
        <translation>Nguồn gốc (mục nhật ký đầu tiên)</translation>
    </message>
    <message>
        <source>Prefix of its clashing codes</source>
        <translation>Tiền tố của các mã trùng</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Phiên bản lược đồ</translation>
    </message>
    <message>
        <source>Merged at</source>
        <translation>Gộp lúc</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>Người gộp</translation>
    </message>
    <message>
        <source>What was merged</source>
        <translation>Nội dung đã gộp</translation>
    </message>
    <message>
        <source>Former accounts</source>
        <translation>Tài khoản cũ</translation>
    </message>
    <message>
        <source>Former profile and settings</source>
        <translation>Thông tin đơn vị và thiết lập cũ</translation>
    </message>
    <message>
        <source>Merged rows (SHA-256)</source>
        <translation>Các dòng đã gộp (SHA-256)</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Mã nhận dạng khóa</translation>
    </message>
    <message>
        <source>Whole key (SHA-256)</source>
        <translation>Toàn bộ khóa (SHA-256)</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Khóa công khai</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Khóa bí mật</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Nguồn gốc</translation>
    </message>
    <message>
        <source>Key it replaced</source>
        <translation>Khóa được thay thế</translation>
    </message>
    <message>
        <source>Retired at</source>
        <translation>Ngừng sử dụng lúc</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Lưu tại</translation>
    </message>
    <message>
        <source>Chain head: number of entries</source>
        <translation>Đầu chuỗi: số mục</translation>
    </message>
    <message>
        <source>Chain head: hash</source>
        <translation>Đầu chuỗi: mã băm</translation>
    </message>
    <message>
        <source>Use of this database</source>
        <translation>Dùng cơ sở dữ liệu cho</translation>
    </message>
    <message>
        <source>The QMS is effective</source>
        <translation>HTQLCL có hiệu lực</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Số liệu tính đến ngày</translation>
    </message>
    <message>
        <source>Request letter</source>
        <translation>Công văn yêu cầu</translation>
    </message>
    <message>
        <source>Part II text</source>
        <translation>Nội dung Phần II</translation>
    </message>
    <message>
        <source>Warnings acknowledged at finalising</source>
        <translation>Cảnh báo đã xác nhận khi chốt</translation>
    </message>
    <message>
        <source>Signed PDF (SHA-256)</source>
        <translation>Bản PDF đã ký (SHA-256)</translation>
    </message>
    <message>
        <source>Statistics period</source>
        <translation>Kỳ thống kê</translation>
    </message>
    <message>
        <source>Provincial code</source>
        <translation>Mã của tỉnh</translation>
    </message>
    <message>
        <source>Temporary code</source>
        <translation>Mã tạm</translation>
    </message>
    <message>
        <source>Decision on its status</source>
        <translation>Quyết định về tình trạng</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Tình trạng từ ngày</translation>
    </message>
    <message>
        <source>Replaced by (code)</source>
        <translation>Được thay thế bằng (mã)</translation>
    </message>
    <message>
        <source>Name for matching</source>
        <translation>Tên dùng để đối chiếu</translation>
    </message>
    <message>
        <source>Established on</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Dissolved on</source>
        <translation>Ngày giải thể</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Đơn vị tiền thân</translation>
    </message>
    <message>
        <source>Must report</source>
        <translation>Phải báo cáo</translation>
    </message>
    <message>
        <source>Why it need not report</source>
        <translation>Lý do không phải báo cáo</translation>
    </message>
    <message>
        <source>Key confirmed</source>
        <translation>Cách xác nhận khóa</translation>
    </message>
    <message>
        <source>Key confirmed at</source>
        <translation>Xác nhận khóa lúc</translation>
    </message>
    <message>
        <source>Key confirmed by</source>
        <translation>Người xác nhận khóa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>State set at</source>
        <translation>Chuyển tình trạng lúc</translation>
    </message>
    <message>
        <source>State set by</source>
        <translation>Người chuyển tình trạng</translation>
    </message>
    <message>
        <source>First sent at</source>
        <translation>Gửi lần đầu lúc</translation>
    </message>
    <message>
        <source>First sent on</source>
        <translation>Ngày gửi lần đầu</translation>
    </message>
    <message>
        <source>First received at</source>
        <translation>Nhận lần đầu lúc</translation>
    </message>
    <message>
        <source>Reason for the return</source>
        <translation>Lý do trả lại</translation>
    </message>
    <message>
        <source>Unit&apos;s report for the period</source>
        <translation>Báo cáo của đơn vị trong kỳ</translation>
    </message>
    <message>
        <source>Report package</source>
        <translation>Gói báo cáo</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Phiên bản hiện hành</translation>
    </message>
    <message>
        <source>Replaced by package</source>
        <translation>Được thay bằng gói</translation>
    </message>
    <message>
        <source>Report version</source>
        <translation>Phiên bản báo cáo</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Số báo cáo</translation>
    </message>
    <message>
        <source>Digital signature of the PDF</source>
        <translation>Chữ ký số của tệp PDF</translation>
    </message>
    <message>
        <source>PDF signed by</source>
        <translation>PDF do ai ký</translation>
    </message>
    <message>
        <source>Unit name in the report</source>
        <translation>Tên đơn vị trong báo cáo</translation>
    </message>
    <message>
        <source>Unit code in the report</source>
        <translation>Mã đơn vị trong báo cáo</translation>
    </message>
    <message>
        <source>Report content (SHA-256)</source>
        <translation>Nội dung báo cáo (SHA-256)</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Xuất lúc</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Người xuất</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <source>History chain</source>
        <translation>Chuỗi nhật ký</translation>
    </message>
    <message>
        <source>TTHC in total</source>
        <translation>Tổng số TTHC</translation>
    </message>
    <message>
        <source>Files being settled</source>
        <translation>Hồ sơ đang giải quyết</translation>
    </message>
    <message>
        <source>QMS announced</source>
        <translation>Đã công bố HTQLCL</translation>
    </message>
    <message>
        <source>Re-announcement needed</source>
        <translation>Cần công bố lại</translation>
    </message>
    <message>
        <source>Signed manifest</source>
        <translation>Bản kê (manifest) đã ký</translation>
    </message>
    <message>
        <source>Warnings found on import</source>
        <translation>Cảnh báo khi nhập gói</translation>
    </message>
    <message>
        <source>Figures changed from the previous version</source>
        <translation>Số liệu thay đổi so với phiên bản trước</translation>
    </message>
    <message>
        <source>Figures of the report</source>
        <translation>Số liệu của báo cáo</translation>
    </message>
    <message>
        <source>External inspections reported</source>
        <translation>Các cuộc kiểm tra bên ngoài đã báo cáo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Inspection plan</source>
        <translation>Kế hoạch kiểm tra</translation>
    </message>
    <message>
        <source>Plan number</source>
        <translation>Số kế hoạch</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Order in the team</source>
        <translation>Thứ tự trong đoàn</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Kiểm tra tại chỗ</translation>
    </message>
    <message>
        <source>Scheduled on</source>
        <translation>Ngày kiểm tra dự kiến</translation>
    </message>
    <message>
        <source>Why it was chosen</source>
        <translation>Lý do lựa chọn</translation>
    </message>
    <message>
        <source>Conformities</source>
        <translation>Nội dung phù hợp</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Nội dung không phù hợp</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Corrective-action report received on</source>
        <translation>Ngày nhận báo cáo khắc phục</translation>
    </message>
    <message>
        <source>Note on the corrective-action report</source>
        <translation>Ghi chú về báo cáo khắc phục</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Lý do sửa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Tên văn bản, trích yếu</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Result (record kept)</source>
        <translation>Kết quả (hồ sơ lưu)</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Ngày báo cáo</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>Online service level</source>
        <translation>Mức độ DVC trực tuyến</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Reporting unit</source>
        <translation>Đơn vị báo cáo</translation>
    </message>
    <message>
        <source>Last chain head seen: number of entries</source>
        <translation>Đầu chuỗi nhận gần nhất: số mục</translation>
    </message>
    <message>
        <source>Last chain head seen: hash</source>
        <translation>Đầu chuỗi nhận gần nhất: mã băm</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Vai trò trong đoàn</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Bản sao lưu được khôi phục</translation>
    </message>
    <message>
        <source>Backup&apos;s chain head</source>
        <translation>Đầu chuỗi của bản sao lưu</translation>
    </message>
    <message>
        <source>Chain head replaced</source>
        <translation>Đầu chuỗi bị thay thế</translation>
    </message>
    <message>
        <source>Replaced database kept as</source>
        <translation>Cơ sở dữ liệu bị thay thế được giữ tại</translation>
    </message>
    <message>
        <source>a commune&apos;s records</source>
        <translation>hồ sơ ISO của xã</translation>
    </message>
    <message>
        <source>a receiving office&apos;s inbox</source>
        <translation>tiếp nhận báo cáo (cơ quan tiếp nhận)</translation>
    </message>
    <message>
        <source>Report periods</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Audit and review every year</source>
        <translation>Đánh giá, xem xét hằng năm</translation>
    </message>
    <message>
        <source>Six-month report due on</source>
        <translation>Hạn gửi báo cáo 6 tháng</translation>
    </message>
    <message>
        <source>Annual report due on</source>
        <translation>Hạn gửi báo cáo năm</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Decree 09/2019</source>
        <translation>Nghị định 09/2019</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Năm dương lịch</translation>
    </message>
    <message>
        <source>Within 12 months</source>
        <translation>Trong vòng 12 tháng</translation>
    </message>
    <message>
        <source>Website (announcements posted on)</source>
        <translation>Trang thông tin điện tử (đăng quyết định công bố)</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Tổ chức tư vấn</translation>
    </message>
    <message>
        <source>Consultant&apos;s name</source>
        <translation>Tên tổ chức tư vấn</translation>
    </message>
    <message>
        <source>None: the commune built its QMS itself</source>
        <translation>Không: xã tự xây dựng HTQLCL</translation>
    </message>
    <message>
        <source>A consulting organisation</source>
        <translation>Có tổ chức tư vấn</translation>
    </message>
    <message>
        <source>Token library (PKCS#11)</source>
        <translation>Thư viện token (PKCS#11)</translation>
    </message>
    <message>
        <source>Token slot</source>
        <translation>Khe token</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Hình chữ ký</translation>
    </message>
    <message>
        <source>Seal image</source>
        <translation>Hình con dấu</translation>
    </message>
    <message>
        <source>Timestamp server</source>
        <translation>Máy chủ dấu thời gian</translation>
    </message>
    <message>
        <source>Target for TTHC settled on time (%)</source>
        <translation>Chỉ tiêu tỷ lệ TTHC giải quyết đúng hạn (%)</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>giờ</translation>
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
        <source>Figures up to</source>
        <translation>Số liệu tính đến ngày</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Ngày báo cáo</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Effectiveness of the QMS</source>
        <translation>Hiệu lực của HTQLCL</translation>
    </message>
    <message>
        <source>Date of the management review</source>
        <translation>Ngày họp xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Plan date</source>
        <translation>Ngày kế hoạch</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>Ngày ký biên bản</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Last action done on</source>
        <translation>Ngày hoàn thành hành động khắc phục cuối cùng</translation>
    </message>
    <message>
        <source>End of the audit</source>
        <translation>Ngày kết thúc đánh giá</translation>
    </message>
    <message>
        <source>Procedure title</source>
        <translation>Tên quy trình</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>TTHC under the commune&apos;s authority</source>
        <translation>Số TTHC thuộc thẩm quyền giải quyết</translation>
    </message>
    <message>
        <source>TTHC in the QMS scope</source>
        <translation>Số TTHC đưa vào phạm vi áp dụng</translation>
    </message>
    <message>
        <source>TTHC in scope covered by a procedure in force</source>
        <translation>Số TTHC trong phạm vi có quy trình đang hiệu lực</translation>
    </message>
    <message>
        <source>Share of TTHC in scope covered by a procedure</source>
        <translation>Tỷ lệ TTHC trong phạm vi có quy trình</translation>
    </message>
    <message>
        <source>Procedures in force</source>
        <translation>Số quy trình đang hiệu lực</translation>
    </message>
    <message>
        <source>Procedures issued for the first time in the period</source>
        <translation>Số quy trình ban hành mới trong kỳ</translation>
    </message>
    <message>
        <source>Procedures revised in the period</source>
        <translation>Số quy trình sửa đổi, ban hành lại trong kỳ</translation>
    </message>
    <message>
        <source>Procedures registered</source>
        <translation>Số quy trình đã đăng ký</translation>
    </message>
    <message>
        <source>Training and dissemination sessions</source>
        <translation>Số lớp đào tạo, buổi phổ biến</translation>
    </message>
    <message>
        <source>Attendances at training and dissemination</source>
        <translation>Số lượt người tham dự đào tạo, phổ biến</translation>
    </message>
    <message>
        <source>Quality objectives of the year</source>
        <translation>Số mục tiêu chất lượng của năm</translation>
    </message>
    <message>
        <source>Objectives with a result for the period</source>
        <translation>Số mục tiêu có kết quả đo của kỳ</translation>
    </message>
    <message>
        <source>Objectives met</source>
        <translation>Số mục tiêu đạt</translation>
    </message>
    <message>
        <source>TTHC applications received</source>
        <translation>Số hồ sơ TTHC tiếp nhận</translation>
    </message>
    <message>
        <source>Applications settled on time</source>
        <translation>Số hồ sơ giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Applications settled late</source>
        <translation>Số hồ sơ giải quyết trễ hạn</translation>
    </message>
    <message>
        <source>Applications pending</source>
        <translation>Số hồ sơ đang giải quyết</translation>
    </message>
    <message>
        <source>Share settled on time</source>
        <translation>Tỷ lệ giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Citizen satisfaction (latest survey)</source>
        <translation>Tỷ lệ hài lòng (khảo sát gần nhất)</translation>
    </message>
    <message>
        <source>Management reviews held in the period</source>
        <translation>Số cuộc họp xem xét của lãnh đạo trong kỳ</translation>
    </message>
    <message>
        <source>Internal audits held in the period</source>
        <translation>Số cuộc đánh giá nội bộ trong kỳ</translation>
    </message>
    <message>
        <source>Audit findings of nonconformity</source>
        <translation>Số phát hiện không phù hợp</translation>
    </message>
    <message>
        <source>Audit recommendations</source>
        <translation>Số khuyến nghị</translation>
    </message>
    <message>
        <source>Nonconformities raised in the period</source>
        <translation>Số sự không phù hợp phát sinh trong kỳ</translation>
    </message>
    <message>
        <source>Nonconformities closed in the period</source>
        <translation>Số sự không phù hợp đã đóng trong kỳ</translation>
    </message>
    <message>
        <source>Nonconformities still open at the end</source>
        <translation>Số sự không phù hợp còn mở cuối kỳ</translation>
    </message>
    <message>
        <source>Open nonconformities past their due date</source>
        <translation>Số sự không phù hợp quá hạn khắc phục</translation>
    </message>
    <message>
        <source>Actions past their due date</source>
        <translation>Số hành động quá hạn chưa hoàn thành</translation>
    </message>
    <message>
        <source>Outputs of the period&apos;s reviews</source>
        <translation>Số đầu ra của các cuộc xem xét trong kỳ</translation>
    </message>
    <message>
        <source>Outputs of the period&apos;s reviews done</source>
        <translation>Số đầu ra của các cuộc xem xét đã hoàn thành</translation>
    </message>
    <message>
        <source>Citizen feedback and petitions received</source>
        <translation>Số phản ánh, kiến nghị tiếp nhận</translation>
    </message>
    <message>
        <source>Complaints about TTHC received</source>
        <translation>Số khiếu nại liên quan đến TTHC</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>Số khiếu nại đã giải quyết</translation>
    </message>
    <message>
        <source>Citizen feedback and petitions recorded in the book</source>
        <translation>Số phản ánh, kiến nghị ghi trong sổ theo dõi</translation>
    </message>
    <message>
        <source>Feedback and petitions carried over unanswered from earlier periods</source>
        <translation>Phản ánh, kiến nghị kỳ trước chuyển sang chưa trả lời</translation>
    </message>
    <message>
        <source>Feedback and petitions answered in the period</source>
        <translation>Phản ánh, kiến nghị đã trả lời trong kỳ</translation>
    </message>
    <message>
        <source>Feedback and petitions not answered at the end</source>
        <translation>Phản ánh, kiến nghị chưa trả lời đến cuối kỳ</translation>
    </message>
    <message>
        <source>Feedback and petitions not answered by their due date</source>
        <translation>Số phản ánh, kiến nghị quá hạn chưa trả lời</translation>
    </message>
    <message>
        <source>Nonconformities raised from citizens&apos; feedback</source>
        <translation>Số sự không phù hợp phát sinh từ phản ánh của người dân</translation>
    </message>
    <message>
        <source>Of which corrected and closed by the end</source>
        <translation>Trong đó đã khắc phục, đóng đến cuối kỳ</translation>
    </message>
    <message>
        <source>Improvements prompted by citizens&apos; feedback</source>
        <translation>Số cải tiến xuất phát từ phản ánh của người dân</translation>
    </message>
    <message>
        <source>Improvements in the period</source>
        <translation>Số cải tiến trong kỳ</translation>
    </message>
    <message>
        <source>ISO steering committee members</source>
        <translation>Số thành viên Ban chỉ đạo ISO</translation>
    </message>
    <message>
        <source>Internal auditors</source>
        <translation>Số chuyên gia đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Announcement decisions in the period</source>
        <translation>Số quyết định công bố, công bố lại trong kỳ</translation>
    </message>
    <message>
        <source>Legal documents taking effect in the period</source>
        <translation>Số văn bản pháp luật có hiệu lực trong kỳ</translation>
    </message>
    <message>
        <source>Legal documents built into procedures in the period</source>
        <translation>Số văn bản đã cập nhật vào quy trình trong kỳ</translation>
    </message>
    <message>
        <source>Legal documents not built in after 3 months</source>
        <translation>Số văn bản quá 3 tháng chưa cập nhật</translation>
    </message>
</context>
<context>
    <name>FileTypes</name>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm *.xls)</source>
        <translation>Sổ làm việc Excel (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheets (*.ods)</source>
        <translation>Bảng tính OpenDocument (*.ods)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
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
    <name>FindingsDialog</name>
    <message>
        <source>Record of the check: %1</source>
        <translation>Biên bản kiểm tra: %1</translation>
    </message>
    <message>
        <source>why the signed record is corrected</source>
        <translation>lý do sửa biên bản đã ký</translation>
    </message>
    <message>
        <source>Record &amp;number:</source>
        <translation>&amp;Số biên bản:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>Ngày &amp;ký biên bản:</translation>
    </message>
    <message>
        <source>&amp;Conformities (one a line):</source>
        <translation>Nội dung &amp;phù hợp (mỗi dòng một nội dung):</translation>
    </message>
    <message>
        <source>&amp;Nonconformities (one a line):</source>
        <translation>Điểm &amp;không phù hợp (mỗi dòng một điểm):</translation>
    </message>
    <message>
        <source>&amp;Recommendations (one a line):</source>
        <translation>&amp;Kiến nghị (mỗi dòng một kiến nghị):</translation>
    </message>
    <message>
        <source>Reason for the &amp;correction:</source>
        <translation>Lý do &amp;sửa:</translation>
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
        <translation>Sử&amp;a phát hiện…</translation>
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
    <message>
        <source>QMS Desktop — finish the set-up</source>
        <translation>QMS Desktop — hoàn tất thiết lập</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>The backup was restored. Log in with your account of the backup.</source>
        <translation>Đã khôi phục bản sao lưu. Hãy đăng nhập bằng tài khoản của anh/chị trong bản sao lưu.</translation>
    </message>
    <message>
        <source>The set-up is not finished: the account exists, but the recovery code was not confirmed as kept, or the starter procedures and the TTHC list are missing.

Leave it now? It continues at the next start; the Overview page shows what is missing.</source>
        <translation>Chưa thiết lập xong: tài khoản đã được tạo, nhưng chưa xác nhận đã cất giữ mã khôi phục, hoặc còn thiếu các quy trình khởi đầu và danh mục TTHC.

Dừng lại bây giờ? Lần khởi động sau chương trình sẽ tiếp tục các bước còn lại; trang Tổng quan cho biết còn thiếu gì.</translation>
    </message>
    <message>
        <source>Leave the set-up?</source>
        <translation>Dừng thiết lập?</translation>
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
        <source>Procedure step</source>
        <translation>Bước của quy trình</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Theo dõi sửa đổi</translation>
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
        <source>Checklist item</source>
        <translation>Mục trong danh mục kiểm tra</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>Phát hiện đánh giá</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Hành động khắc phục</translation>
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
        <source>Statistics per field</source>
        <translation>Số liệu theo lĩnh vực</translation>
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
        <source>Merged former commune</source>
        <translation>Xã cũ đã gộp</translation>
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
        <source>Reporting unit</source>
        <translation>Đơn vị báo cáo</translation>
    </message>
    <message>
        <source>Unit&apos;s report for a period</source>
        <translation>Báo cáo của đơn vị theo kỳ</translation>
    </message>
    <message>
        <source>Received report package</source>
        <translation>Gói báo cáo đã nhận</translation>
    </message>
    <message>
        <source>Inbox event</source>
        <translation>Sự kiện tiếp nhận báo cáo</translation>
    </message>
    <message>
        <source>Inspection plan</source>
        <translation>Kế hoạch kiểm tra</translation>
    </message>
    <message>
        <source>Inspection team member</source>
        <translation>Thành viên đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Inspection of a unit</source>
        <translation>Kiểm tra đơn vị</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ghi nhận ban đầu</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
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
        <translation>Tải &amp;lại</translation>
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
        <source>Entries: %1 (newest first).</source>
        <translation>Số mục: %1 (mới nhất ở trên).</translation>
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
        <source>The chair concludes the QMS is</source>
        <translation>Chủ trì kết luận HTQLCL</translation>
    </message>
    <message>
        <source>(not stated in the minutes)</source>
        <translation>(biên bản không ghi)</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>có hiệu lực</translation>
    </message>
    <message>
        <source>not yet effective</source>
        <translation>chưa có hiệu lực</translation>
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
        <source>New: will add</source>
        <translation>Mới ban hành: sẽ thêm</translation>
    </message>
    <message>
        <source>Amended: will update</source>
        <translation>Sửa đổi, bổ sung: sẽ cập nhật</translation>
    </message>
    <message>
        <source>Replaced: out of scope</source>
        <translation>Bị thay thế: ra ngoài phạm vi</translation>
    </message>
    <message>
        <source>Abolished: out of scope</source>
        <translation>Bị bãi bỏ: ra ngoài phạm vi</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Not in the register</source>
        <translation>Không có trong sổ</translation>
    </message>
    <message>
        <source>No national code yet</source>
        <translation>Chưa có mã quốc gia</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị loại</translation>
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
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>Online service level</source>
        <translation>Mức độ DVC trực tuyến</translation>
    </message>
    <message>
        <source>Provincial code</source>
        <translation>Mã của tỉnh</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bảng %1</translation>
    </message>
    <message>
        <source>No change in the listed fields</source>
        <translation>Không đổi ở các cột của danh mục</translation>
    </message>
    <message>
        <source>Out of the scope by decision %1 (kept in the register)</source>
        <translation>Ra ngoài phạm vi theo quyết định %1 (vẫn giữ trong sổ)</translation>
    </message>
    <message>
        <source>Replaced by %1, out of the scope by decision %2</source>
        <translation>Được thay thế bằng %1, ra ngoài phạm vi theo quyết định %2</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import TTHC — preview</source>
        <translation>Nhập danh mục TTHC — xem trước</translation>
    </message>
    <message>
        <source>Decision that changes the list</source>
        <translation>Quyết định thay đổi danh mục</translation>
    </message>
    <message>
        <source>Leave empty when the decision takes effect on the day it is signed.</source>
        <translation>Để trống khi quyết định có hiệu lực từ ngày ký.</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>File “%1”: %2. Nothing has been written yet: press “Import” to apply, or Cancel.</source>
        <translation>Tệp “%1”: %2. Chưa ghi gì: bấm “Nhập” để ghi, hoặc Hủy.</translation>
    </message>
    <message>
        <source>File “%1”: %2. The register already has this list as it is: there is nothing to import.</source>
        <translation>Tệp “%1”: %2. Danh mục đã có đúng như tệp này: không có gì để nhập.</translation>
    </message>
    <message>
        <source>takes &amp;effect (empty: when signed):</source>
        <translation>có &amp;hiệu lực (để trống: từ ngày ký):</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>&amp;Ngày quyết định:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message numerus="yes">
        <source>Also add the %n row(s) without a national code, with a temporary code</source>
        <translation>
            <numerusform>Thêm cả %n dòng chưa có mã quốc gia, với mã tạm</numerusform>
        </translation>
    </message>
    <message>
        <source>The temporary code (TAM-0001…) can be replaced by the national code later, on the TTHC page.</source>
        <translation>Mã tạm (TAM-0001…) có thể thay bằng mã quốc gia sau, trên trang Thủ tục hành chính.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>No procedure is linked to an amended, replaced or abolished TTHC.</source>
        <translation>Không có quy trình nào gắn với TTHC được sửa đổi, bị thay thế hoặc bị bãi bỏ.</translation>
    </message>
    <message>
        <source>Procedures to update within 3 months of the effective date (QĐ 19 Art. 4.4a): %1</source>
        <translation>Quy trình phải cập nhật trong 3 tháng kể từ ngày có hiệu lực (QĐ 19, Điều 4.4a): %1</translation>
    </message>
    <message>
        <source>Nothing to add or update.</source>
        <translation>Không có gì để thêm hoặc cập nhật.</translation>
    </message>
    <message>
        <source>Give the decision&apos;s number and date first.</source>
        <translation>Hãy nhập số và ngày của quyết định trước.</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import of report packages</source>
        <translation>Nhập gói báo cáo</translation>
    </message>
    <message>
        <source>%1 accepted, %2 replacing an earlier version, %3 already received, %4 refused.</source>
        <translation>Đã nhận %1, %2 gói thay thế phiên bản trước, %3 gói đã có, %4 gói bị từ chối.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason or remark</source>
        <translation>Lý do hoặc ghi chú</translation>
    </message>
    <message>
        <source>(Units page, Enrol a key…)</source>
        <translation>(trang Đơn vị, nút Ghi nhận khóa…)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>version %1 replaces version %2; figures changed: %3</source>
        <translation>phiên bản %1 thay thế phiên bản %2; số chỉ tiêu thay đổi: %3</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Only a returned report has a return letter.</source>
        <translation>Chỉ báo cáo đã trả lại mới có công văn trả lại.</translation>
    </message>
    <message>
        <source>Every unit expected for {period} has reported: no reminder is needed.</source>
        <translation>Tất cả đơn vị phải báo cáo kỳ {period} đã gửi báo cáo: không cần đôn đốc.</translation>
    </message>
    <message>
        <source>The period {period} runs until {end}: its reports are written after it ends, so a reminder or a summary can be made from {after}.</source>
        <translation>Kỳ {period} kéo dài đến hết ngày {end}: báo cáo của kỳ được lập sau khi kỳ kết thúc, nên chỉ có thể lập công văn đôn đốc hoặc báo cáo tổng hợp từ ngày {after}.</translation>
    </message>
    <message>
        <source>{name}: the report&apos;s figure {key} is not a valid number.</source>
        <translation>{name}: số liệu {key} của báo cáo không phải là số hợp lệ.</translation>
    </message>
    <message>
        <source>{name}: the report&apos;s figures contradict each other: {on_time_label} ({on_time}) plus {late_label} ({late}) is more than {received_label} ({received}).</source>
        <translation>{name}: số liệu của báo cáo mâu thuẫn nhau: {on_time_label} ({on_time}) cộng {late_label} ({late}) lớn hơn {received_label} ({received}).</translation>
    </message>
    <message>
        <source>{name}: the report&apos;s figure {label} is {value}, but a rate lies between 0 and 100.</source>
        <translation>{name}: số liệu {label} của báo cáo là {value}, nhưng một tỷ lệ phải nằm trong khoảng từ 0 đến 100.</translation>
    </message>
    <message>
        <source>{name}: the report&apos;s figure {key} is not a whole number.</source>
        <translation>{name}: số liệu {key} của báo cáo không phải là số nguyên.</translation>
    </message>
    <message>
        <source>{name}: the time of export in the manifest cannot be read.</source>
        <translation>{name}: không đọc được thời điểm xuất gói trong tệp kê khai.</translation>
    </message>
    <message>
        <source>{name}: the report inside is from {report_agency}, but the package is from {package_agency}.</source>
        <translation>{name}: báo cáo bên trong là của {report_agency}, nhưng gói là của {package_agency}.</translation>
    </message>
    <message>
        <source>{name}: the report is dated {date}, after today ({today}). The commune&apos;s clock or the date in the package is wrong: ask the commune to correct it and send the report again.</source>
        <translation>{name}: báo cáo ghi ngày {date}, sau ngày hôm nay ({today}). Đồng hồ máy tính của xã hoặc ngày ghi trong gói bị sai: hãy đề nghị xã sửa lại rồi gửi lại báo cáo.</translation>
    </message>
    <message>
        <source>{name}: exported on {sent}, after today ({today}): it would be received before it was sent. The commune&apos;s clock or the date in the package is wrong: ask the commune to correct its clock and export the report again.</source>
        <translation>{name}: xuất ngày {sent}, sau ngày hôm nay ({today}): gói sẽ được nhận trước cả khi được gửi. Đồng hồ máy tính của xã hoặc ngày ghi trong gói bị sai: hãy đề nghị xã chỉnh lại đồng hồ rồi xuất lại báo cáo.</translation>
    </message>
    <message>
        <source>{name}: exported on {sent}, before the report&apos;s own date {date}: the dates in the package contradict each other.</source>
        <translation>{name}: xuất ngày {sent}, trước cả ngày của chính báo cáo ({date}): các ngày trong gói mâu thuẫn nhau.</translation>
    </message>
    <message>
        <source>The report is dated {date}, before its period ended on {end}, and does not state the day its figures run to: they cannot cover the whole period. The commune&apos;s application should have refused to finalise it; ask the commune to confirm the figures or to send a corrected version.</source>
        <translation>Báo cáo ghi ngày {date}, trước khi kỳ kết thúc vào ngày {end}, và không ghi số liệu tính đến ngày nào: số liệu không thể bao quát cả kỳ. Lẽ ra ứng dụng của xã đã phải từ chối chốt báo cáo này; hãy đề nghị xã xác nhận số liệu hoặc gửi bản sửa đổi.</translation>
    </message>
    <message>
        <source>The report covers {start} – {end}, not {office_start} – {office_end} as the office counts {period}: its figures are for other days than those of the units on the office&apos;s rule.</source>
        <translation>Báo cáo tính số liệu từ {start} đến {end}, không phải từ {office_start} đến {office_end} như cơ quan tính kỳ {period}: số liệu của báo cáo này thuộc các ngày khác với số liệu của các đơn vị theo cách tính kỳ của cơ quan.</translation>
    </message>
    <message>
        <source>{name}: the report period in the manifest cannot be read.</source>
        <translation>{name}: không đọc được kỳ báo cáo trong tệp kê khai.</translation>
    </message>
    <message>
        <source>{name}: the dates {start} – {end} are not those of the period {period}.</source>
        <translation>{name}: khoảng thời gian {start} – {end} không đúng với kỳ {period}.</translation>
    </message>
    <message>
        <source>{name} is the report for {period}, not for {wanted} (wrong period).</source>
        <translation>{name} là báo cáo kỳ {period}, không phải kỳ {wanted} (sai kỳ báo cáo).</translation>
    </message>
    <message>
        <source>{name} is a report for {period}, a period that has not begun yet (wrong period).</source>
        <translation>{name} là báo cáo kỳ {period}, kỳ này chưa bắt đầu (sai kỳ báo cáo).</translation>
    </message>
    <message>
        <source>{name}: several units of the register are named {agency}; the commune must set its unit code in its profile.</source>
        <translation>{name}: danh sách có nhiều đơn vị cùng tên {agency}; đơn vị gửi cần khai mã đơn vị trong thông tin cơ quan.</translation>
    </message>
    <message>
        <source>The package gives the unit code {code}, which is not in the register; matched by name to {unit}.</source>
        <translation>Gói ghi mã đơn vị {code}, không có trong danh sách; đã đối chiếu theo tên với {unit}.</translation>
    </message>
    <message>
        <source>{name} is malformed: its manifest or report does not have the expected content.</source>
        <translation>{name} không đúng định dạng: tệp kê khai hoặc báo cáo không có nội dung như quy định.</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} không tồn tại.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {detail}</source>
        <translation>Không đọc được {name}: {detail}</translation>
    </message>
    <message>
        <source>{name} is too large to be a report package ({mb} MB).</source>
        <translation>{name} quá lớn, không phải gói báo cáo ({mb} MB).</translation>
    </message>
    <message>
        <source>already received (the same file); nothing changed</source>
        <translation>đã nhận trước đó (cùng một tệp); không thay đổi gì</translation>
    </message>
    <message>
        <source>{name} holds a draft report, not a finalised one.</source>
        <translation>{name} chứa báo cáo dự thảo, không phải báo cáo đã chốt.</translation>
    </message>
    <message>
        <source>{name}: the history-chain head in the manifest is malformed.</source>
        <translation>{name}: đầu chuỗi nhật ký trong tệp kê khai không đúng định dạng.</translation>
    </message>
    <message>
        <source>the package names {agency}, but the unit with code {code} in the register is {unit}, and no key is pinned for {unit} yet: a key is never trusted on first use when the names differ. Ask the commune which unit it is and to check the unit code in its profile (or correct the register&apos;s name), then import the package again.</source>
        <translation>gói báo cáo ghi tên {agency}, nhưng đơn vị có mã {code} trong danh sách đơn vị là {unit}, và {unit} chưa có khóa được ghi nhận: không bao giờ tin một khóa ở lần nhận đầu tiên khi tên không khớp. Hãy hỏi xã đây là đơn vị nào và đề nghị xã kiểm tra mã đơn vị trong thông tin cơ quan (hoặc sửa tên trong danh sách đơn vị), rồi nhập lại gói.</translation>
    </message>
    <message>
        <source>The package names {agency}, but the register calls unit {code} {unit}: taken in as {unit} because it is signed with the key pinned for that unit. Check the name in the commune&apos;s profile, or the register&apos;s.</source>
        <translation>Gói báo cáo ghi tên {agency}, nhưng danh sách đơn vị ghi đơn vị {code} là {unit}: đã nhận là báo cáo của {unit} vì gói được ký bằng khóa đã ghi nhận của đơn vị này. Hãy kiểm tra tên trong thông tin cơ quan của xã, hoặc tên trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>{unit} is not expected to report ({reason}).</source>
        <translation>{unit} không thuộc diện phải báo cáo ({reason}).</translation>
    </message>
    <message>
        <source>{unit} closed on {closed}, before the period ended: it is not expected for the period, its successor {successor} reports it; this report is shown, not totalled.</source>
        <translation>{unit} đã giải thể/sáp nhập ngày {closed}, trước khi kỳ báo cáo kết thúc: không thuộc diện báo cáo kỳ này, đơn vị kế thừa {successor} báo cáo thay; báo cáo này được hiển thị, không cộng vào tổng hợp.</translation>
    </message>
    <message>
        <source>{unit} closed on {closed}, before the period ended: it is not expected for the period; this report is shown, not totalled.</source>
        <translation>{unit} đã giải thể/sáp nhập ngày {closed}, trước khi kỳ báo cáo kết thúc: không thuộc diện báo cáo kỳ này; báo cáo này được hiển thị, không cộng vào tổng hợp.</translation>
    </message>
    <message>
        <source>The sender says it changed its key (previous key {old}).</source>
        <translation>Nơi gửi cho biết đã đổi khóa (khóa trước: {old}).</translation>
    </message>
    <message>
        <source>The report&apos;s PDF carries a digital signature that does not verify (see the package&apos;s signature): ask the commune for a corrected version, signed anew (a signed PDF cannot be signed over: Reports › Corrected version…).</source>
        <translation>Tệp PDF của báo cáo có chữ ký số nhưng chữ ký không hợp lệ (xem mục chữ ký số của gói): đề nghị xã gửi phiên bản đính chính được ký số mới (không thể ký đè lên tệp PDF đã ký: Báo cáo › Phiên bản đính chính…).</translation>
    </message>
    <message>
        <source>the same report (version {version}) exported again; nothing changed</source>
        <translation>cùng báo cáo (phiên bản {version}) được xuất lại; không thay đổi gì</translation>
    </message>
    <message>
        <source>The digitally signed copy of version {version}: it replaces the copy received on {date}, whose PDF was not signed; the report&apos;s content is the same.</source>
        <translation>Bản đã ký số của phiên bản {version}: thay cho bản nhận ngày {date} có tệp PDF chưa ký số; nội dung báo cáo không đổi.</translation>
    </message>
    <message>
        <source>A better signed copy of version {version} (more signatures, or a signature that verifies): it replaces the copy received on {date}; the report&apos;s content is the same.</source>
        <translation>Bản ký số đầy đủ hơn của phiên bản {version} (nhiều chữ ký hơn, hoặc chữ ký hợp lệ): thay cho bản đã nhận ngày {date}; nội dung báo cáo không đổi.</translation>
    </message>
    <message>
        <source>replayed: version {version} is older than version {current} already received for {period}.</source>
        <translation>gửi lại bản cũ: phiên bản {version} cũ hơn phiên bản {current} đã nhận cho kỳ {period}.</translation>
    </message>
    <message>
        <source>the report for {period} was accepted and is locked; unlock it before taking a corrected version.</source>
        <translation>báo cáo kỳ {period} đã được chấp nhận và khóa; cần mở khóa trước khi nhận phiên bản sửa đổi.</translation>
    </message>
    <message>
        <source>The dates of the period changed from version {old}: {old_start} – {old_end} before, {start} – {end} now.</source>
        <translation>Ngày đầu, ngày cuối kỳ đã thay đổi so với phiên bản {old}: trước là {old_start} – {old_end}, nay là {start} – {end}.</translation>
    </message>
    <message>
        <source>signed with an unknown key ({fingerprint}); the key pinned for {unit} is {pinned}. If the commune changed its key, confirm the new fingerprint with it by phone and enrol it.</source>
        <translation>ký bằng một khóa lạ ({fingerprint}); khóa đã ghi nhận của {unit} là {pinned}. Nếu xã đã đổi khóa, hãy gọi điện xác nhận mã nhận dạng mới với xã rồi ghi nhận khóa đó.</translation>
    </message>
    <message>
        <source>signed with a key that shows the fingerprint pinned for {unit} ({fingerprint}) but is not the pinned key: a key made to look like it. Refused; ask the commune by phone whether it changed its key.</source>
        <translation>được ký bằng một khóa có dấu vân tay trùng với dấu vân tay đã ghi nhận của {unit} ({fingerprint}) nhưng không phải là khóa đã ghi nhận: một khóa được tạo ra để trông giống khóa thật. Từ chối; hãy gọi điện hỏi xã có đổi khóa hay không.</translation>
    </message>
    <message>
        <source>first package from {unit}: its key {fingerprint} is already pinned to {other_name} ({other_code}). One key for two units is a sign that one of them is being impersonated: check the fingerprint with both units, and enrol it by hand only if both confirm it.</source>
        <translation>gói đầu tiên của {unit}: khóa {fingerprint} của gói đã được ghi nhận cho {other_name} ({other_code}). Một khóa cho hai đơn vị là dấu hiệu có đơn vị đang bị mạo danh: hãy đối chiếu dấu vân tay khóa với cả hai đơn vị, và chỉ ghi nhận khóa bằng tay khi cả hai cùng xác nhận.</translation>
    </message>
    <message>
        <source>first package from {unit}: its key {fingerprint} is not confirmed yet, and only a leader&apos;s account can confirm a unit&apos;s key. Ask a leader to import this package or to enrol the key.</source>
        <translation>gói đầu tiên của {unit}: khóa {fingerprint} chưa được xác nhận, và chỉ tài khoản lãnh đạo mới được xác nhận khóa của đơn vị. Hãy đề nghị lãnh đạo nhập gói này hoặc ghi nhận khóa.</translation>
    </message>
    <message>
        <source>first package from {unit}: its key {fingerprint} is not confirmed yet. Compare it with the fingerprint printed on the signed report or read out by phone, then enrol it.</source>
        <translation>gói đầu tiên của {unit}: khóa {fingerprint} chưa được xác nhận. Hãy đối chiếu với mã in trên báo cáo giấy có chữ ký hoặc mã đọc qua điện thoại, rồi ghi nhận khóa.</translation>
    </message>
    <message>
        <source>signed with an unknown key ({fingerprint}): another key was just confirmed for {unit}.</source>
        <translation>được ký bằng khóa lạ ({fingerprint}): vừa xác nhận một khóa khác cho {unit}.</translation>
    </message>
    <message>
        <source>{name}: {agency} is not a reporting unit: the register lists it among the units merged into {successor} ({code}), which reports for it. A report of {agency} for a period before the merger needs {agency} in the register as a unit closed on that day (Units page, or qms units import).</source>
        <translation>{name}: {agency} không phải là đơn vị báo cáo: danh sách đơn vị ghi đơn vị này đã sáp nhập vào {successor} ({code}), đơn vị này báo cáo thay. Báo cáo của {agency} cho kỳ trước khi sáp nhập cần có {agency} trong danh sách đơn vị, là đơn vị giải thể từ ngày đó (trang Đơn vị, hoặc lệnh qms units import).</translation>
    </message>
    <message>
        <source>{name}: {agency} is not in the register of reporting units (add it on the Units page or with qms units import, or ask the commune to set its unit code).</source>
        <translation>{name}: {agency} không có trong danh sách đơn vị báo cáo (thêm đơn vị ở trang Đơn vị hoặc bằng lệnh qms units import, hoặc đề nghị đơn vị khai mã đơn vị).</translation>
    </message>
    <message>
        <source>{unit} did not exist during {period}: it was set up on {opened}, after the period ended. Wrong period.</source>
        <translation>{unit} không tồn tại trong kỳ {period}: đơn vị được thành lập ngày {opened}, sau khi kỳ kết thúc. Gói ghi sai kỳ báo cáo.</translation>
    </message>
    <message>
        <source>{unit} did not exist during {period}: it closed on {closed}, before the period began. Wrong period.</source>
        <translation>{unit} không tồn tại trong kỳ {period}: đơn vị đã giải thể/sáp nhập ngày {closed}, trước khi kỳ bắt đầu. Gói ghi sai kỳ báo cáo.</translation>
    </message>
    <message>
        <source>another version {version} of the report for {period} was received before, with other content: this copy may have been altered, or exported from an old copy of the commune&apos;s data. Ask the commune which report is the right one.</source>
        <translation>đã nhận trước đó một phiên bản {version} khác của báo cáo kỳ {period}, có nội dung khác với gói này: gói có thể đã bị sửa, hoặc được xuất từ một bản sao dữ liệu cũ của xã. Hãy liên hệ xã để xác định báo cáo đúng.</translation>
    </message>
    <message>
        <source>Continuity of the sender&apos;s history cannot be verified: the package carries no history-chain head.</source>
        <translation>Không kiểm tra được tính liên tục của nhật ký nơi gửi: gói không có đầu chuỗi nhật ký.</translation>
    </message>
    <message>
        <source>An older package arriving late: its history is part of the chain already seen ({count} entries).</source>
        <translation>Gói cũ hơn đến muộn: nhật ký của gói là một phần của chuỗi đã thấy ({count} mục).</translation>
    </message>
    <message>
        <source>Continuity of the sender&apos;s history cannot be verified: the package has no checkpoint at entry {count}, the head seen last time. The commune may have restored an older copy of its data; the head seen last time is kept for its next packages.</source>
        <translation>Không kiểm tra được tính liên tục của nhật ký nơi gửi: gói không có mốc kiểm tra tại mục {count}, đầu chuỗi đã thấy lần trước. Có thể xã đã khôi phục một bản dữ liệu cũ; đầu chuỗi đã thấy lần trước được giữ lại để đối chiếu các gói sau.</translation>
    </message>
    <message>
        <source>this package carries the history already received from {other} ({code}): it is that unit&apos;s data sent under the name of {unit}. Ask both units which database each one uses.</source>
        <translation>gói này mang nhật ký đã nhận từ {other} ({code}): đó là dữ liệu của đơn vị ấy được gửi dưới tên {unit}. Hãy hỏi cả hai đơn vị xem mỗi bên đang dùng cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>history rewritten: the sender&apos;s history chain ({count}:{hash}) does not extend the head seen in its previous package ({seen_count}:{seen_hash}).</source>
        <translation>nhật ký đã bị viết lại: chuỗi nhật ký của nơi gửi ({count}:{hash}) không nối tiếp đầu chuỗi đã thấy trong gói trước ({seen_count}:{seen_hash}).</translation>
    </message>
    <message>
        <source>The stored package no longer verifies: it was changed after it was received.</source>
        <translation>Gói đã lưu không còn kiểm tra được: gói đã bị thay đổi sau khi nhận.</translation>
    </message>
    <message>
        <source>Unknown part {part}.</source>
        <translation>Không có phần {part}.</translation>
    </message>
    <message>
        <source>This package is no longer in the inbox.</source>
        <translation>Gói này không còn trong hộp thư.</translation>
    </message>
    <message>
        <source>The stored package was changed outside the application.</source>
        <translation>Gói đã lưu bị thay đổi bên ngoài phần mềm.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Nộp lại</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>Không phải báo cáo</translation>
    </message>
    <message>
        <source>This report is no longer in the inbox.</source>
        <translation>Báo cáo này không còn trong hộp thư.</translation>
    </message>
    <message>
        <source>No report from unit {code} for {period} has been received.</source>
        <translation>Chưa nhận được báo cáo kỳ {period} của đơn vị {code}.</translation>
    </message>
    <message>
        <source>The digital signature of {unit}&apos;s report PDF is INVALID (see the package&apos;s detail): return it for a corrected version, or accept it knowingly.</source>
        <translation>Chữ ký số trên tệp PDF báo cáo của {unit} KHÔNG HỢP LỆ (xem chi tiết của gói): trả lại để xã gửi phiên bản đính chính, hoặc chấp nhận khi đã biết rõ điều này.</translation>
    </message>
    <message>
        <source>Say what must be corrected: returning a report needs a comment.</source>
        <translation>Hãy nêu nội dung cần chỉnh sửa: trả lại báo cáo phải có ý kiến.</translation>
    </message>
    <message>
        <source>A report that is {state_label} cannot be returned.</source>
        <translation>Không thể trả lại báo cáo ở trạng thái {state_label}.</translation>
    </message>
    <message>
        <source>A report that is {state_label} cannot be accepted.</source>
        <translation>Không thể chấp nhận báo cáo ở trạng thái {state_label}.</translation>
    </message>
    <message>
        <source>Give the reason for unlocking an accepted report.</source>
        <translation>Hãy nêu lý do mở khóa báo cáo đã chấp nhận.</translation>
    </message>
    <message>
        <source>Only an accepted report is unlocked; this one is {state_label}.</source>
        <translation>Chỉ mở khóa báo cáo đã chấp nhận; báo cáo này đang ở trạng thái {state_label}.</translation>
    </message>
    <message>
        <source>signed, valid</source>
        <translation>đã ký số, hợp lệ</translation>
    </message>
    <message>
        <source>signed, issuer not among the trusted roots</source>
        <translation>đã ký số, chưa xác minh được tổ chức cấp chứng thư</translation>
    </message>
    <message>
        <source>signature INVALID</source>
        <translation>chữ ký số KHÔNG hợp lệ</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>chưa ký số</translation>
    </message>
    <message>
        <source>not checked (received before this version)</source>
        <translation>chưa kiểm tra (nhận trước phiên bản này)</translation>
    </message>
    <message>
        <source>TTHC in scope</source>
        <translation>TTHC trong phạm vi</translation>
    </message>
    <message>
        <source>TTHC with a procedure</source>
        <translation>TTHC có quy trình</translation>
    </message>
    <message>
        <source>Procedures in force</source>
        <translation>Quy trình hiệu lực</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>Đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>NCs opened</source>
        <translation>SKPH phát sinh</translation>
    </message>
    <message>
        <source>NCs closed</source>
        <translation>SKPH đã đóng</translation>
    </message>
    <message>
        <source>NCs open at the end</source>
        <translation>SKPH còn mở</translation>
    </message>
    <message>
        <source>NCs overdue</source>
        <translation>SKPH quá hạn</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>Hồ sơ tiếp nhận</translation>
    </message>
    <message>
        <source>Files settled on time</source>
        <translation>Hồ sơ đúng hạn</translation>
    </message>
    <message>
        <source>Files settled late</source>
        <translation>Hồ sơ trễ hạn</translation>
    </message>
    <message>
        <source>On-time rate (%)</source>
        <translation>Tỷ lệ đúng hạn (%)</translation>
    </message>
    <message>
        <source>Satisfaction (%)</source>
        <translation>Tỷ lệ hài lòng (%)</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Feedback and petitions</source>
        <translation>Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Petitions from earlier periods</source>
        <translation>PAKN kỳ trước chuyển sang</translation>
    </message>
    <message>
        <source>Petitions not answered</source>
        <translation>PAKN chưa trả lời</translation>
    </message>
    <message>
        <source>Petitions overdue</source>
        <translation>PAKN quá hạn</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Cải tiến</translation>
    </message>
    <message>
        <source>No internal audit in {year}</source>
        <translation>Chưa đánh giá nội bộ trong năm {year}</translation>
    </message>
    <message>
        <source>No management review in {year}</source>
        <translation>Chưa họp xem xét của lãnh đạo trong năm {year}</translation>
    </message>
    <message>
        <source>Nonconformities past their due date: {count}</source>
        <translation>Sự không phù hợp quá hạn khắc phục: {count}</translation>
    </message>
    <message>
        <source>Citizen feedback and petitions not answered by their due date: {count}</source>
        <translation>Phản ánh, kiến nghị của người dân quá hạn chưa trả lời: {count}</translation>
    </message>
    <message>
        <source>TTHC on-time rate {rate}% below the province&apos;s target of {target}%</source>
        <translation>Tỷ lệ giải quyết TTHC đúng hạn {rate}% thấp hơn chỉ tiêu {target}% của tỉnh</translation>
    </message>
    <message>
        <source>QMS not announced</source>
        <translation>Chưa công bố HTQLCL</translation>
    </message>
    <message>
        <source>Scope changed but the QMS was not re-announced</source>
        <translation>Phạm vi thay đổi nhưng chưa công bố lại HTQLCL</translation>
    </message>
    <message>
        <source>Figures for {start} – {end}, other dates than the office&apos;s period</source>
        <translation>Số liệu từ {start} đến {end}, khác với ngày đầu, ngày cuối kỳ của cơ quan</translation>
    </message>
    <message>
        <source>Figures as of {date}, before the period ended on {end}: they do not cover the whole period</source>
        <translation>Số liệu tính đến ngày {date}, trước khi kỳ báo cáo kết thúc ngày {end}: chưa bao gồm toàn bộ kỳ báo cáo</translation>
    </message>
    <message>
        <source>The report&apos;s PDF is not digitally signed</source>
        <translation>Tệp PDF của báo cáo chưa được ký số</translation>
    </message>
    <message>
        <source>The digital signature of the report&apos;s PDF is INVALID</source>
        <translation>Chữ ký số trên tệp PDF của báo cáo KHÔNG hợp lệ</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a key fingerprint: 16 hexadecimal digits in groups of four, e.g. 3F2A 9C01 7B44 E0D2.</source>
        <translation>&apos;{text}&apos; không phải mã nhận dạng khóa: gồm 16 chữ số hệ mười sáu, chia nhóm bốn, ví dụ 3F2A 9C01 7B44 E0D2.</translation>
    </message>
    <message>
        <source>This database is not a receiving office&apos;s: the register of units, the inbox and the inspections are kept in an office database (qms init --receiving).</source>
        <translation>Cơ sở dữ liệu này không phải của cơ quan nhận báo cáo: danh sách đơn vị, hộp thư báo cáo và việc kiểm tra được lưu trong cơ sở dữ liệu của cơ quan nhận (qms init --receiving).</translation>
    </message>
    <message>
        <source>No unit with code {code} in the register.</source>
        <translation>Danh sách không có đơn vị mã {code}.</translation>
    </message>
    <message>
        <source>The unit code is required.</source>
        <translation>Phải nhập mã đơn vị.</translation>
    </message>
    <message>
        <source>Invalid unit code &quot;{code}&quot;: letters, digits, dot, dash or underscore, at most 50.</source>
        <translation>Mã đơn vị &quot;{code}&quot; không hợp lệ: chỉ gồm chữ, số, dấu chấm, gạch ngang hoặc gạch dưới, tối đa 50 ký tự.</translation>
    </message>
    <message>
        <source>The unit name is required.</source>
        <translation>Phải nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>The unit name is too long (at most 300 characters).</source>
        <translation>Tên đơn vị quá dài (tối đa 300 ký tự).</translation>
    </message>
    <message>
        <source>Unknown kind of unit: {kind}.</source>
        <translation>Loại đơn vị không hợp lệ: {kind}.</translation>
    </message>
    <message>
        <source>The closing date is before the opening date.</source>
        <translation>Ngày giải thể trước ngày thành lập.</translation>
    </message>
    <message>
        <source>Say why this unit is not expected to report.</source>
        <translation>Hãy nêu lý do đơn vị này không phải báo cáo.</translation>
    </message>
    <message>
        <source>Unit code {code} is already used by {name}.</source>
        <translation>Mã đơn vị {code} đã được dùng cho {name}.</translation>
    </message>
    <message>
        <source>This unit no longer exists.</source>
        <translation>Đơn vị này không còn trong danh sách.</translation>
    </message>
    <message>
        <source>Key {fingerprint} is already pinned to {other_name} ({other_code}). One key for two units is a sign that one of them is being impersonated: check the fingerprint with both units before enrolling it for {code}.</source>
        <translation>Khóa {fingerprint} đã được ghi nhận cho {other_name} ({other_code}). Một khóa cho hai đơn vị là dấu hiệu có đơn vị đang bị mạo danh: hãy đối chiếu dấu vân tay khóa với cả hai đơn vị trước khi ghi nhận khóa này cho {code}.</translation>
    </message>
    <message>
        <source>Report packages to import</source>
        <translation>Chọn gói báo cáo cần nhập</translation>
    </message>
    <message>
        <source>Report packages (*.zip)</source>
        <translation>Gói báo cáo (*.zip)</translation>
    </message>
    <message>
        <source>Folder or USB drive with report packages</source>
        <translation>Thư mục hoặc ổ USB chứa gói báo cáo</translation>
    </message>
    <message>
        <source>Importing the confirmed packages…</source>
        <translation>Đang nhập các gói đã xác nhận khóa…</translation>
    </message>
    <message>
        <source>Checking and importing the packages…</source>
        <translation>Đang kiểm tra và nhập gói báo cáo…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Đã hủy nhập: không ghi gì.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Phải báo cáo</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>first head recorded</source>
        <translation>ghi nhận đầu chuỗi lần đầu</translation>
    </message>
    <message>
        <source>extends the head seen before</source>
        <translation>nối tiếp đầu chuỗi đã thấy</translation>
    </message>
    <message>
        <source>an earlier state of the chain seen</source>
        <translation>là trạng thái trước của chuỗi đã thấy</translation>
    </message>
    <message>
        <source>not verifiable</source>
        <translation>không kiểm tra được</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Đã thay thế</translation>
    </message>
    <message>
        <source>package received</source>
        <translation>đã nhận gói báo cáo</translation>
    </message>
    <message>
        <source>corrected version received</source>
        <translation>đã nhận phiên bản sửa đổi</translation>
    </message>
    <message>
        <source>digitally signed copy received</source>
        <translation>đã nhận bản đã ký số</translation>
    </message>
    <message>
        <source>returned for correction</source>
        <translation>trả lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>accepted and locked</source>
        <translation>chấp nhận và khóa</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>mở khóa</translation>
    </message>
    <message>
        <source>key confirmed on first use</source>
        <translation>xác nhận khóa lần đầu</translation>
    </message>
    <message>
        <source>key enrolled by hand</source>
        <translation>ghi nhận khóa thủ công</translation>
    </message>
    <message>
        <source>confirmed on first use</source>
        <translation>xác nhận khi nhận gói đầu tiên</translation>
    </message>
    <message>
        <source>enrolled by hand</source>
        <translation>ghi nhận thủ công</translation>
    </message>
    <message>
        <source>The change history was altered outside the application (entry {id}).</source>
        <translation>Nhật ký thay đổi đã bị sửa ngoài ứng dụng (mục {id}).</translation>
    </message>
    <message>
        <source>The receiving office&apos;s records no longer match the change history (changed, added or deleted outside the application): the summary, the letters and the inspection plan are not made from them, nothing was written. Run qms check (Change history → Check integrity) to see every change, then restore the last good backup.</source>
        <translation>Dữ liệu của cơ quan tiếp nhận không còn khớp với nhật ký thay đổi (bị sửa, thêm hoặc xóa ngoài ứng dụng): không lập báo cáo tổng hợp, công văn và kế hoạch kiểm tra từ dữ liệu này, chưa ghi gì. Hãy chạy qms check (Nhật ký thay đổi → Kiểm tra tính toàn vẹn) để xem từng thay đổi, rồi khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <source>Warning: records of the receiving office were changed outside the application; the figures below may be false. Run qms check and restore the last good backup.</source>
        <translation>Cảnh báo: dữ liệu của cơ quan tiếp nhận đã bị sửa ngoài ứng dụng; số liệu dưới đây có thể không đúng. Hãy chạy qms check và khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <source>The receiving office&apos;s records no longer match the change history (changed, added or deleted outside the application): no package is taken in while the keys pinned for the units and the reports already received cannot be trusted, nothing was written. Run qms check (Change history → Check integrity) to see every change, then restore the last good backup.</source>
        <translation>Dữ liệu của cơ quan tiếp nhận không còn khớp với nhật ký thay đổi (bị sửa, thêm hoặc xóa ngoài ứng dụng): không nhận gói báo cáo nào khi chưa thể tin các khóa đã ghi nhận của các đơn vị và các báo cáo đã nhận, chưa ghi gì. Hãy chạy qms check (Nhật ký thay đổi → Kiểm tra tính toàn vẹn) để xem từng thay đổi, rồi khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… và {count} bản ghi khác.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <source>Import a f&amp;older or drive…</source>
        <translation>Nhập từ thư &amp;mục hoặc ổ USB…</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Tất cả các kỳ</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Gói báo cáo</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Báo cáo:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Sent / received:</source>
        <translation>Gửi / nhận:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Khóa ký:</translation>
    </message>
    <message>
        <source>History chain:</source>
        <translation>Chuỗi nhật ký:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Xem xét:</translation>
    </message>
    <message>
        <source>Digital signature:</source>
        <translation>Chữ ký số:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
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
        <source>Changed from the version it replaces</source>
        <translation>Thay đổi so với phiên bản được thay thế</translation>
    </message>
    <message>
        <source>Timeline of the unit</source>
        <translation>Diễn biến của đơn vị</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation>Mở tệp &amp;PDF</translation>
    </message>
    <message>
        <source>Open the &amp;spreadsheet</source>
        <translation>Mở &amp;bảng tính Excel</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>T&amp;rả lại…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Chấp nhận</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Mở &amp;khóa…</translation>
    </message>
    <message>
        <source>Return &amp;letter…</source>
        <translation>Công văn trả &amp;lại…</translation>
    </message>
    <message>
        <source>replaced by its digitally signed copy</source>
        <translation>đã được bản đã ký số thay thế</translation>
    </message>
    <message>
        <source>Select a package in the list.</source>
        <translation>Chọn một gói trong danh sách.</translation>
    </message>
    <message>
        <source>no. %1, dated %2, version %3</source>
        <translation>số %1, ngày %2, phiên bản %3</translation>
    </message>
    <message>
        <source>superseded by a later version</source>
        <translation>đã được phiên bản sau thay thế</translation>
    </message>
    <message>
        <source>sent %1, received %2 by %3</source>
        <translation>gửi %1, nhận %2, người nhận %3</translation>
    </message>
    <message>
        <source>Report returned. Print the return letter for the unit.</source>
        <translation>Đã trả lại báo cáo. Hãy in công văn trả lại gửi đơn vị.</translation>
    </message>
    <message>
        <source>Accept the report of %1 for %2? It will be locked: a corrected version is refused until a leader unlocks it.</source>
        <translation>Chấp nhận báo cáo kỳ %2 của %1? Báo cáo sẽ bị khóa: phiên bản sửa đổi sẽ bị từ chối cho đến khi lãnh đạo mở khóa.</translation>
    </message>
    <message>
        <source>The digital signature of its PDF is INVALID (see Digital signature above).</source>
        <translation>Chữ ký số trên tệp PDF của báo cáo KHÔNG HỢP LỆ (xem mục Chữ ký số ở trên).</translation>
    </message>
    <message>
        <source>Unlock the report</source>
        <translation>Mở khóa báo cáo</translation>
    </message>
    <message>
        <source>Why is this accepted report unlocked?</source>
        <translation>Lý do mở khóa báo cáo đã chấp nhận?</translation>
    </message>
    <message>
        <source>Return letter</source>
        <translation>Công văn trả lại báo cáo</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>Team leader</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>No report for {period}</source>
        <translation>Chưa gửi báo cáo {period}</translation>
    </message>
    <message>
        <source>Report for {period} returned and not corrected since</source>
        <translation>Báo cáo {period} bị trả lại, chưa gửi bản sửa</translation>
    </message>
    <message>
        <source>Report for {period} sent late ({sent})</source>
        <translation>Gửi báo cáo {period} trễ hạn ({sent})</translation>
    </message>
    <message>
        <source>No internal audit in the last report ({period})</source>
        <translation>Chưa đánh giá nội bộ (báo cáo {period})</translation>
    </message>
    <message>
        <source>No management review in the last report ({period})</source>
        <translation>Chưa xem xét của lãnh đạo (báo cáo {period})</translation>
    </message>
    <message>
        <source>No internal audit yet this year ({period})</source>
        <translation>Chưa đánh giá nội bộ trong năm (báo cáo {period})</translation>
    </message>
    <message>
        <source>No management review yet this year ({period})</source>
        <translation>Chưa xem xét của lãnh đạo trong năm (báo cáo {period})</translation>
    </message>
    <message>
        <source>{count} nonconformities past their due date ({period})</source>
        <translation>{count} sự không phù hợp quá hạn khắc phục ({period})</translation>
    </message>
    <message>
        <source>TTHC on-time rate {rate}% below the target of {target}% ({period})</source>
        <translation>Tỷ lệ giải quyết TTHC đúng hạn {rate}% thấp hơn chỉ tiêu {target}% (báo cáo {period})</translation>
    </message>
    <message>
        <source>Never inspected on site</source>
        <translation>Chưa được kiểm tra tại chỗ</translation>
    </message>
    <message>
        <source>QMS not announced ({period})</source>
        <translation>Chưa công bố HTQLCL (báo cáo {period})</translation>
    </message>
    <message>
        <source>No record yet</source>
        <translation>Chưa có biên bản</translation>
    </message>
    <message>
        <source>Waiting for the report</source>
        <translation>Đang chờ báo cáo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Đã báo cáo</translation>
    </message>
    <message>
        <source>Reported late</source>
        <translation>Đã báo cáo (trễ hạn)</translation>
    </message>
    <message>
        <source>Unit {code} is not in the {year} plan.</source>
        <translation>Đơn vị {code} không có trong kế hoạch năm {year}.</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2100.</source>
        <translation>Năm phải từ 2000 đến 2100.</translation>
    </message>
    <message>
        <source>There is no inspection plan for {year} yet.</source>
        <translation>Chưa có kế hoạch kiểm tra năm {year}.</translation>
    </message>
    <message>
        <source>A document number has at most 100 characters.</source>
        <translation>Số văn bản dài tối đa 100 ký tự.</translation>
    </message>
    <message>
        <source>The date {date} is after the plan&apos;s year {year}.</source>
        <translation>Ngày {date} sau năm của kế hoạch ({year}).</translation>
    </message>
    <message>
        <source>The decision cannot be dated before the plan ({date}).</source>
        <translation>Ngày quyết định không được trước ngày kế hoạch ({date}).</translation>
    </message>
    <message>
        <source>No unit with code {code} in the register.</source>
        <translation>Không có đơn vị mã {code} trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>Unit {code} is listed twice.</source>
        <translation>Đơn vị {code} bị ghi hai lần.</translation>
    </message>
    <message>
        <source>The date {date} of {unit} is not in {year}.</source>
        <translation>Ngày {date} của {unit} không thuộc năm {year}.</translation>
    </message>
    <message>
        <source>{unit} no longer exists on {date}.</source>
        <translation>{unit} không còn tồn tại vào ngày {date}.</translation>
    </message>
    <message>
        <source>The corrective-action report of {unit} was recorded as received on {date}: say why the follow-up opens again.</source>
        <translation>Báo cáo kết quả khắc phục của {unit} đã được ghi nhận là nhận ngày {date}: hãy nêu lý do mở lại việc theo dõi.</translation>
    </message>
    <message>
        <source>At least one third of the {total} units expected to report must be checked on site: {needed} needed, {count} planned.</source>
        <translation>Phải kiểm tra tại chỗ ít nhất một phần ba trong {total} đơn vị phải báo cáo: cần {needed}, kế hoạch mới có {count}.</translation>
    </message>
    <message>
        <source>{unit} was inspected (record signed): it stays in the plan.</source>
        <translation>{unit} đã được kiểm tra (đã ký biên bản): không thể bỏ khỏi kế hoạch.</translation>
    </message>
    <message>
        <source>{unit} was inspected on site (record signed): it stays on site.</source>
        <translation>{unit} đã được kiểm tra tại chỗ (đã ký biên bản): không thể đổi hình thức kiểm tra.</translation>
    </message>
    <message>
        <source>{unit} was inspected (record signed on {signed}): its date stays.</source>
        <translation>{unit} đã được kiểm tra (biên bản ký ngày {signed}): không thay đổi ngày kiểm tra.</translation>
    </message>
    <message>
        <source>The date {date} of {unit} is before the decision ordering the checks ({decision}).</source>
        <translation>Ngày {date} của {unit} trước ngày quyết định kiểm tra ({decision}).</translation>
    </message>
    <message>
        <source>Every team member needs a name.</source>
        <translation>Mỗi thành viên đoàn kiểm tra phải có họ tên.</translation>
    </message>
    <message>
        <source>Unknown role in the team: {role}.</source>
        <translation>Vai trò trong đoàn không hợp lệ: {role}.</translation>
    </message>
    <message>
        <source>{name} is listed twice in the team.</source>
        <translation>{name} bị ghi hai lần trong đoàn kiểm tra.</translation>
    </message>
    <message>
        <source>The team has exactly one team leader ({count} given).</source>
        <translation>Đoàn kiểm tra có đúng một trưởng đoàn (đang có {count}).</translation>
    </message>
    <message>
        <source>{unit} did not exist yet on {date} (established {opened}).</source>
        <translation>{unit} chưa được thành lập vào ngày {date} (thành lập ngày {opened}).</translation>
    </message>
    <message>
        <source>The record&apos;s signing date is required.</source>
        <translation>Phải nhập ngày ký biên bản.</translation>
    </message>
    <message>
        <source>The signing date {date} is in the future.</source>
        <translation>Ngày ký {date} ở tương lai.</translation>
    </message>
    <message>
        <source>The signing date {date} is not in {year}.</source>
        <translation>Ngày ký {date} không thuộc năm {year}.</translation>
    </message>
    <message>
        <source>Write at least one finding (a conformity, a nonconformity or a recommendation).</source>
        <translation>Ghi ít nhất một kết quả kiểm tra (nội dung phù hợp, điểm không phù hợp hoặc kiến nghị).</translation>
    </message>
    <message>
        <source>The record cannot be signed before the check ({date}): correct the check&apos;s date in the plan first.</source>
        <translation>Biên bản không thể ký trước ngày kiểm tra ({date}): hãy sửa ngày kiểm tra trong kế hoạch trước.</translation>
    </message>
    <message>
        <source>The record cannot be signed after the corrective-action report that answers it was received ({date}).</source>
        <translation>Biên bản không thể ký sau ngày nhận báo cáo khắc phục trả lời biên bản đó ({date}).</translation>
    </message>
    <message>
        <source>The record cannot be signed before the decision ({date}).</source>
        <translation>Biên bản không thể ký trước ngày quyết định kiểm tra ({date}).</translation>
    </message>
    <message>
        <source>The record number {number} is already the record of {unit} in this plan.</source>
        <translation>Số biên bản {number} đã là biên bản của {unit} trong kế hoạch này.</translation>
    </message>
    <message>
        <source>The record {number} of {unit} was signed on {date}: say why it is corrected (the reason is kept with the record and in its history).</source>
        <translation>Biên bản {number} của {unit} đã ký ngày {date}: hãy nêu lý do sửa (lý do được lưu cùng biên bản và trong nhật ký).</translation>
    </message>
    <message>
        <source>{unit} has no signed record yet: there is nothing to follow up.</source>
        <translation>{unit} chưa có biên bản kiểm tra đã ký: chưa có gì để theo dõi khắc phục.</translation>
    </message>
    <message>
        <source>The report cannot arrive before the record was signed ({date}).</source>
        <translation>Báo cáo khắc phục không thể đến trước ngày ký biên bản ({date}).</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>Ngày {date} ở tương lai.</translation>
    </message>
    <message>
        <source>The {year} plan has no unit yet.</source>
        <translation>Kế hoạch năm {year} chưa có đơn vị nào.</translation>
    </message>
    <message>
        <source>Set the check team (with its leader) before printing the decision.</source>
        <translation>Hãy lập đoàn kiểm tra (có trưởng đoàn) trước khi in quyết định.</translation>
    </message>
    <message>
        <source>{unit} is checked on its records and reports, not on site: it has no record to print.</source>
        <translation>{unit} được kiểm tra qua hồ sơ, báo cáo, không kiểm tra tại chỗ: không có biên bản để in.</translation>
    </message>
    <message>
        <source>Unknown form {form}: 19, 20 or 21.</source>
        <translation>Không có mẫu {form}: chọn 19, 20 hoặc 21.</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Tại chỗ</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Qua hồ sơ</translation>
    </message>
    <message>
        <source>Type the date the corrective-action report was received.</source>
        <translation>Hãy nhập ngày nhận báo cáo kết quả khắc phục.</translation>
    </message>
    <message>
        <source>{unit} ({due}; still awaited: the report {package} received since does not answer the record)</source>
        <translation>{unit} ({due}; vẫn đang chờ: báo cáo {package} nhận sau đó chưa báo cáo kết quả khắc phục theo biên bản)</translation>
    </message>
    <message>
        <source>Corrective-action report overdue: {units}</source>
        <translation>Quá hạn báo cáo kết quả khắc phục: {units}</translation>
    </message>
    <message>
        <source>Due within 2 months of the record: {units}</source>
        <translation>Phải báo cáo khắc phục trong 2 tháng kể từ ngày ký biên bản: {units}</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>&amp;Plan from the suggestion</source>
        <translation>&amp;Lập kế hoạch theo đề xuất</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Print Mẫu &amp;19 (plan)</source>
        <translation>&amp;In Mẫu 19 (kế hoạch)</translation>
    </message>
    <message>
        <source>Print Mẫu &amp;20 (decision)</source>
        <translation>In Mẫu &amp;20 (quyết định)</translation>
    </message>
    <message>
        <source>Print Mẫu 21 (recor&amp;d)</source>
        <translation>In Mẫu 2&amp;1 (biên bản)</translation>
    </message>
    <message>
        <source>Opens the form in the print preview: print it or save it as PDF.</source>
        <translation>Mở biểu mẫu trong cửa sổ xem trước khi in: in hoặc lưu thành PDF.</translation>
    </message>
    <message>
        <source>&amp;Save the forms as PDF…</source>
        <translation>Lưu &amp;các biểu mẫu thành PDF…</translation>
    </message>
    <message>
        <source>Writes Mẫu 19, Mẫu 20 and Mẫu 21 (the selected unit&apos;s record, or every on-site unit&apos;s) into a folder.</source>
        <translation>Ghi Mẫu 19, Mẫu 20 và Mẫu 21 (biên bản của đơn vị đang chọn, hoặc của mọi đơn vị kiểm tra tại chỗ) vào một thư mục.</translation>
    </message>
    <message>
        <source>November &amp;compilation…</source>
        <translation>Tổng &amp;hợp tháng 11…</translation>
    </message>
    <message>
        <source>Save &amp;numbers and dates</source>
        <translation>Lưu &amp;số, ngày văn bản</translation>
    </message>
    <message>
        <source>Plan No.:</source>
        <translation>Kế hoạch số:</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Decision No.:</source>
        <translation>Quyết định số:</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Kiểm tra tại chỗ</translation>
    </message>
    <message>
        <source>On records and reports</source>
        <translation>Kiểm tra qua hồ sơ, báo cáo</translation>
    </message>
    <message>
        <source>&amp;Apply to the unit</source>
        <translation>Á&amp;p dụng cho đơn vị</translation>
    </message>
    <message>
        <source>R&amp;ecord findings…</source>
        <translation>Ghi kết &amp;quả kiểm tra…</translation>
    </message>
    <message>
        <source>Corrective-action report &amp;received</source>
        <translation>Đã nhận &amp;báo cáo khắc phục</translation>
    </message>
    <message>
        <source>Selected unit</source>
        <translation>Đơn vị đang chọn</translation>
    </message>
    <message>
        <source>Form of check:</source>
        <translation>Hình thức kiểm tra:</translation>
    </message>
    <message>
        <source>Date of the check:</source>
        <translation>Ngày kiểm tra:</translation>
    </message>
    <message>
        <source>Report received on:</source>
        <translation>Ngày nhận báo cáo:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Add a &amp;member</source>
        <translation>Thêm thành &amp;viên</translation>
    </message>
    <message>
        <source>Remove the mem&amp;ber</source>
        <translation>Xó&amp;a thành viên</translation>
    </message>
    <message>
        <source>Save the &amp;team</source>
        <translation>Lưu đoàn &amp;kiểm tra</translation>
    </message>
    <message>
        <source>Check team (decision, Mẫu 20)</source>
        <translation>Đoàn kiểm tra (quyết định, Mẫu 20)</translation>
    </message>
    <message>
        <source>The plan&apos;s numbers and dates or the team were changed but not saved. Leave without saving?</source>
        <translation>Số, ngày của kế hoạch, quyết định hoặc đoàn kiểm tra đã thay đổi nhưng chưa lưu. Rời đi mà không lưu?</translation>
    </message>
    <message>
        <source>Selected unit: %1 – %2</source>
        <translation>Đơn vị đang chọn: %1 – %2</translation>
    </message>
    <message>
        <source>Selected unit: none (select one in the list)</source>
        <translation>Đơn vị đang chọn: chưa chọn (chọn một đơn vị trong danh sách)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Bring the %1 plan up to date with the suggestion? The units already in it keep their form and date; the suggestion adds the units it lacks, and units no longer expected to report leave the plan unless they were inspected.</source>
        <translation>Cập nhật kế hoạch năm %1 theo đề xuất? Các đơn vị đã có trong kế hoạch giữ nguyên hình thức và ngày kiểm tra; đề xuất bổ sung các đơn vị còn thiếu; đơn vị không còn phải báo cáo được đưa ra khỏi kế hoạch, trừ đơn vị đã kiểm tra.</translation>
    </message>
    <message>
        <source>Reopen the follow-up</source>
        <translation>Mở lại việc theo dõi</translation>
    </message>
    <message>
        <source>No date: the follow-up of %1 opens again, as if its report had not come. Why?</source>
        <translation>Không có ngày: việc theo dõi của %1 được mở lại, coi như chưa nhận báo cáo. Lý do?</translation>
    </message>
    <message>
        <source>No plan for %1 yet: make it from the suggestion (units ranked by late or missing reports, audits, reviews, overdue actions, on-time rate, visits).</source>
        <translation>Chưa có kế hoạch kiểm tra năm %1: lập theo đề xuất (các đơn vị được xếp theo báo cáo trễ hoặc chưa gửi, đánh giá nội bộ, xem xét của lãnh đạo, hành động khắc phục quá hạn, tỷ lệ đúng hạn, lần kiểm tra tại chỗ).</translation>
    </message>
    <message>
        <source>%1 units in the plan, %2 on site (at least %3 of the %4 units expected to report); %5 records signed.</source>
        <translation>Kế hoạch có %1 đơn vị, %2 đơn vị kiểm tra tại chỗ (tối thiểu %3 trong %4 đơn vị phải báo cáo); đã ký %5 biên bản.</translation>
    </message>
    <message>
        <source>Inspection plan (Mẫu 19 KHKT) %1</source>
        <translation>Kế hoạch kiểm tra (Mẫu 19 KHKT) %1</translation>
    </message>
    <message>
        <source>Check decision (Mẫu 20 QĐKT) %1</source>
        <translation>Quyết định kiểm tra (Mẫu 20 QĐKT) %1</translation>
    </message>
    <message>
        <source>Check record (Mẫu 21 BBKT) %1</source>
        <translation>Biên bản kiểm tra (Mẫu 21 BBKT) %1</translation>
    </message>
    <message>
        <source>Preparing the form…</source>
        <translation>Đang chuẩn bị biểu mẫu…</translation>
    </message>
    <message>
        <source>Folder for the printed forms</source>
        <translation>Thư mục lưu các biểu mẫu</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>Folder for the compilation</source>
        <translation>Thư mục lưu báo cáo tổng hợp</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Nonconformities raised from the selected inspection</source>
        <translation>Sự không phù hợp phát sinh từ cuộc kiểm tra được chọn</translation>
    </message>
    <message>
        <source>Raise a &amp;nonconformity…</source>
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
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelling… (undoing what was done)</source>
        <translation>Đang hủy… (hoàn tác những gì đã làm)</translation>
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
    <message>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Đang ghi…</translation>
    </message>
    <message>
        <source>Checking the former communes&apos; data</source>
        <translation>Đang kiểm tra dữ liệu các xã cũ</translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation>Đang chuẩn bị bản xem trước</translation>
    </message>
    <message>
        <source>Backing up before the merge</source>
        <translation>Đang sao lưu trước khi gộp</translation>
    </message>
    <message>
        <source>Merging the former communes&apos; data</source>
        <translation>Đang gộp dữ liệu các xã cũ</translation>
    </message>
    <message>
        <source>Checking the digital signatures again</source>
        <translation>Đang kiểm tra lại chữ ký số</translation>
    </message>
    <message>
        <source>Checking and importing the packages</source>
        <translation>Đang kiểm tra và nhập gói báo cáo</translation>
    </message>
    <message>
        <source>Reading the list of units</source>
        <translation>Đang đọc danh sách đơn vị</translation>
    </message>
</context>
<context>
    <name>KeyConfirmDialog</name>
    <message>
        <source>Confirm the sender&apos;s key</source>
        <translation>Xác nhận khóa của nơi gửi</translation>
    </message>
    <message>
        <source>This is the first package from &lt;b&gt;%1&lt;/b&gt; (%2). Before it is accepted, compare the key fingerprint below with the one printed on the unit&apos;s signed paper report, or ask the unit to read it out by phone.</source>
        <translation>Đây là gói báo cáo đầu tiên của &lt;b&gt;%1&lt;/b&gt; (%2). Trước khi nhận, hãy đối chiếu mã nhận dạng khóa dưới đây với mã in trên báo cáo giấy có chữ ký của đơn vị, hoặc đề nghị đơn vị đọc mã qua điện thoại.</translation>
    </message>
    <message>
        <source>Name in the register: %1
Name in the package: %2</source>
        <translation>Tên trong danh sách đơn vị: %1
Tên ghi trong gói: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>I have compared it: the fingerprint is the &amp;same</source>
        <translation>Tôi đã đối chiếu: mã nhận dạng &amp;trùng khớp</translation>
    </message>
    <message>
        <source>If it differs, do not accept: the package may not come from this unit.</source>
        <translation>Nếu mã khác, không được nhận: gói có thể không phải do đơn vị này gửi.</translation>
    </message>
    <message>
        <source>&amp;Trust this key and import</source>
        <translation>&amp;Tin cậy khóa này và nhập</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>Từ &amp;chối</translation>
    </message>
</context>
<context>
    <name>KeyTab</name>
    <message>
        <source>Change the &amp;signing key…</source>
        <translation>Đổi khó&amp;a ký…</translation>
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
    <name>Kinds</name>
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
    <message>
        <source>Satisfaction survey</source>
        <translation>Khảo sát sự hài lòng</translation>
    </message>
    <message>
        <source>Service statistics</source>
        <translation>Thống kê giải quyết TTHC</translation>
    </message>
    <message>
        <source>Citizen feedback or petition</source>
        <translation>Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Quality policy</source>
        <translation>Chính sách chất lượng</translation>
    </message>
    <message>
        <source>Procedure version</source>
        <translation>Lần ban hành quy trình</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
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
        <source>Feedback</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Public service portal</source>
        <translation>Cổng Dịch vụ công</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Văn bản, thư</translation>
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
        <source>E&amp;dit…</source>
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
        <source>QMS Desktop — receiving office</source>
        <translation>QMS Desktop — cơ quan nhận báo cáo</translation>
    </message>
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
        <source>Former communes merged; chain head %1.</source>
        <translation>Đã gộp dữ liệu các xã cũ; đầu chuỗi %1.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>The backup has a leader account %1; your current password may not open it (changed since, or another agency&apos;s backup). Type the password the account had when the backup was made: the restore goes ahead only if it opens that account, and afterwards you log in with it.</source>
        <translation>Bản sao lưu có tài khoản lãnh đạo %1; mật khẩu hiện tại có thể không mở được tài khoản đó (đã đổi sau khi sao lưu, hoặc là bản sao lưu của cơ quan khác). Hãy nhập mật khẩu của tài khoản lúc sao lưu: chỉ khôi phục khi mật khẩu này mở được tài khoản đó, và sau khi khôi phục anh/chị đăng nhập bằng mật khẩu này.</translation>
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
    <message>
        <source>Still working:
%1

Stop it and close? What it has not finished is undone (nothing half-written is kept).</source>
        <translation>Chương trình đang làm:
%1

Dừng lại và đóng? Phần việc chưa xong sẽ được hủy bỏ (không giữ lại dữ liệu ghi dở).</translation>
    </message>
    <message>
        <source>Close QMS Desktop</source>
        <translation>Đóng QMS Desktop</translation>
    </message>
    <message>
        <source>Stopping and undoing the unfinished work… QMS Desktop closes when it is done.</source>
        <translation>Đang dừng và hủy bỏ phần việc chưa xong… QMS Desktop sẽ đóng khi xong.</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Report %1 sent</source>
        <translation>Báo cáo %1 đã gửi</translation>
    </message>
    <message>
        <source>The day report %1 was sent (to %2). Once recorded it cannot be changed: enter the day it really went, not the day you record it.</source>
        <translation>Ngày báo cáo %1 được gửi đi (đến %2). Đã ghi nhận thì không sửa được nữa: hãy nhập đúng ngày thực tế đã gửi, không phải ngày ghi nhận.</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
</context>
<context>
    <name>MasterDetailPage</name>
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
    <name>Merge</name>
    <message>
        <source>TTHC</source>
        <translation>TTHC</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>Procedure versions</source>
        <translation>Lần ban hành quy trình</translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation>Bước của quy trình</translation>
    </message>
    <message>
        <source>Procedure–TTHC links</source>
        <translation>Liên kết quy trình – TTHC</translation>
    </message>
    <message>
        <source>Amendment lines</source>
        <translation>Dòng theo dõi sửa đổi</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Công bố HTQLCL</translation>
    </message>
    <message>
        <source>Announcement scope links</source>
        <translation>Liên kết phạm vi công bố</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Quality policies</source>
        <translation>Chính sách chất lượng</translation>
    </message>
    <message>
        <source>Quality objectives</source>
        <translation>Mục tiêu chất lượng</translation>
    </message>
    <message>
        <source>Objective results</source>
        <translation>Kết quả mục tiêu</translation>
    </message>
    <message>
        <source>Audit programmes</source>
        <translation>Chương trình đánh giá</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>Đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Audit team members</source>
        <translation>Thành viên đoàn đánh giá</translation>
    </message>
    <message>
        <source>Audited units</source>
        <translation>Bộ phận được đánh giá</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Mục danh mục kiểm tra</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Phát hiện đánh giá</translation>
    </message>
    <message>
        <source>External inspections</source>
        <translation>Kiểm tra của cấp trên</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Sự không phù hợp</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Hành động khắc phục</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Review inputs</source>
        <translation>Đầu vào xem xét</translation>
    </message>
    <message>
        <source>Review outputs</source>
        <translation>Đầu ra xem xét</translation>
    </message>
    <message>
        <source>Trainings</source>
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
        <translation>Số liệu giải quyết TTHC</translation>
    </message>
    <message>
        <source>Statistics per field</source>
        <translation>Số liệu theo lĩnh vực</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Report exports</source>
        <translation>Lần xuất báo cáo</translation>
    </message>
    <message>
        <source>Outgoing document numbers</source>
        <translation>Số văn bản đi</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Earlier merges</source>
        <translation>Các lần gộp trước</translation>
    </message>
    <message>
        <source>Earlier merges (provenance)</source>
        <translation>Các lần gộp trước (nguồn gốc)</translation>
    </message>
    <message>
        <source>Earlier merges (history)</source>
        <translation>Các lần gộp trước (nhật ký)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Renumbered</source>
        <translation>Đánh số lại</translation>
    </message>
    <message>
        <source>Added to the figures here</source>
        <translation>Cộng vào số liệu ở đây</translation>
    </message>
    <message>
        <source>Kept as provenance</source>
        <translation>Lưu giữ làm nguồn gốc</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Cần quyết định</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>period</source>
        <translation>kỳ</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số</translation>
    </message>
    <message>
        <source>The merge was refused.</source>
        <translation>Việc gộp bị từ chối.</translation>
    </message>
    <message>
        <source>This is a receiving office&apos;s database: former communes are merged into the new commune&apos;s own database, not into the office&apos;s.</source>
        <translation>Đây là cơ sở dữ liệu của cơ quan tiếp nhận: dữ liệu các xã cũ được gộp vào cơ sở dữ liệu của xã mới, không gộp vào cơ sở dữ liệu của cơ quan tiếp nhận.</translation>
    </message>
    <message>
        <source>The database is on the office&apos;s server: merge the former communes into the new commune&apos;s file on this computer first, then move that file to the server (qms migrate-db).</source>
        <translation>Cơ sở dữ liệu đang ở trên máy chủ của cơ quan: hãy gộp dữ liệu các xã cũ vào tệp dữ liệu của xã mới trên máy tính này trước, rồi chuyển tệp đó lên máy chủ (qms migrate-db).</translation>
    </message>
    <message>
        <source>{file}: this is the new commune&apos;s own database (or a copy of it), not a former commune&apos;s.</source>
        <translation>{file}: đây là cơ sở dữ liệu của chính xã mới (hoặc bản sao của nó), không phải của một xã cũ.</translation>
    </message>
    <message>
        <source>{file}: the same commune&apos;s database as {other} (given twice).</source>
        <translation>{file}: cùng cơ sở dữ liệu của một xã với {other} (chọn hai lần).</translation>
    </message>
    <message>
        <source>{file}: {name} was already merged on {date} at chain head {old}; this copy has changed since (chain head {new}). Merging it again would duplicate its records: enter what was recorded there since {date} here by hand (its change history lists it).</source>
        <translation>{file}: {name} đã được gộp ngày {date} ở đầu chuỗi {old}; bản này đã thay đổi từ đó (đầu chuỗi {new}). Gộp lần nữa sẽ nhân đôi các bản ghi của xã này: hãy nhập tay vào đây những gì xã đó ghi thêm từ ngày {date} (nhật ký thay đổi của xã đó liệt kê các mục này).</translation>
    </message>
    <message>
        <source>{file}: {name} is already in the new commune&apos;s data (it was merged into a former commune merged here). Merging it again would duplicate its records.</source>
        <translation>{file}: dữ liệu của {name} đã có trong dữ liệu của xã mới (đã được gộp vào một xã cũ mà xã cũ đó đã gộp vào đây). Gộp lần nữa sẽ nhân đôi các hồ sơ của xã đó.</translation>
    </message>
    <message>
        <source>{file} holds the records of {name}, merged into it before, which are already in the new commune&apos;s data: merging it would duplicate them.</source>
        <translation>{file} chứa hồ sơ của {name} (đã gộp vào tệp đó trước đây), mà các hồ sơ này đã có trong dữ liệu của xã mới: gộp tệp này sẽ nhân đôi chúng.</translation>
    </message>
    <message>
        <source>{file} holds the records of {name}, merged into it before, which {other} brings too: merge only one of the two files that hold them.</source>
        <translation>{file} chứa hồ sơ của {name} (đã gộp vào tệp đó trước đây), mà {other} cũng mang vào: chỉ gộp một trong hai tệp có các hồ sơ đó.</translation>
    </message>
    <message>
        <source>{file} is a folder: choose the former commune&apos;s database file (.sqlite) in it.</source>
        <translation>{file} là một thư mục: hãy chọn tệp cơ sở dữ liệu (.sqlite) của xã cũ trong thư mục đó.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: tệp không tồn tại.</translation>
    </message>
    <message>
        <source>{file}: this is the database in use, not a former commune&apos;s.</source>
        <translation>{file}: đây là cơ sở dữ liệu đang dùng, không phải của một xã cũ.</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: không đọc được ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a QMS Desktop database or backup.</source>
        <translation>{file} không phải là cơ sở dữ liệu hay bản sao lưu của QMS Desktop.</translation>
    </message>
    <message>
        <source>{file} is damaged (SQLite integrity check: {detail}).</source>
        <translation>{file} bị hỏng (kiểm tra toàn vẹn SQLite: {detail}).</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read ({reason}).</source>
        <translation>{file} bị hỏng, không đọc được ({reason}).</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of QMS Desktop (schema {schema}); update this application before merging it.</source>
        <translation>{file} được ghi bởi phiên bản QMS Desktop mới hơn (lược đồ {schema}); hãy cập nhật phần mềm này trước khi gộp.</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be brought to this version&apos;s schema ({reason}).</source>
        <translation>{file} không nâng cấp được lên lược đồ của phiên bản này ({reason}).</translation>
    </message>
    <message>
        <source>{file} fails the check: {problem}</source>
        <translation>{file} không đạt kiểm tra: {problem}</translation>
    </message>
    <message>
        <source>{file} is a receiving office&apos;s database ({name}), not a former commune&apos;s.</source>
        <translation>{file} là cơ sở dữ liệu của cơ quan tiếp nhận ({name}), không phải của một xã cũ.</translation>
    </message>
    <message>
        <source>{file} has no agency profile: it is not a commune&apos;s database.</source>
        <translation>{file} không có thông tin cơ quan: không phải cơ sở dữ liệu của một xã.</translation>
    </message>
    <message>
        <source>--prefix-rule: give &apos;initials&apos;, &apos;name&apos; or one prefix per source file, separated by commas ({n} files).</source>
        <translation>--prefix-rule: dùng &apos;initials&apos;, &apos;name&apos; hoặc mỗi tệp nguồn một tiền tố, cách nhau bằng dấu phẩy ({n} tệp).</translation>
    </message>
    <message>
        <source>{source}: TTHC {label} has the name of {candidate}, which {other} brings in this merge, but another code; say whether it is the same TTHC (--tthc-by-name merge or separate, or choose in the wizard).</source>
        <translation>{source}: TTHC {label} trùng tên với {candidate} do {other} mang vào trong lần gộp này nhưng khác mã; hãy cho biết có phải cùng một TTHC không (--tthc-by-name merge hoặc separate, hoặc chọn trong trình hướng dẫn).</translation>
    </message>
    <message>
        <source>{source}: TTHC {label} has the name of {candidate} here but another code; say whether it is the same TTHC (--tthc-by-name merge or separate, or choose in the wizard).</source>
        <translation>{source}: TTHC {label} trùng tên với {candidate} ở đây nhưng khác mã; hãy cho biết có phải cùng một TTHC không (--tthc-by-name merge hoặc separate, hoặc chọn trong trình hướng dẫn).</translation>
    </message>
    <message>
        <source>This version cannot merge table {table}: it has no merge rule (a programming error; nothing was written).</source>
        <translation>Phiên bản này không gộp được bảng {table}: bảng chưa có quy tắc gộp (lỗi lập trình; không ghi gì cả).</translation>
    </message>
    <message>
        <source>it belongs to a record that is not merged as a record ({table} {id}).</source>
        <translation>thuộc về một bản ghi không được gộp thành bản ghi ({table} {id}).</translation>
    </message>
    <message>
        <source>the new commune already has one with the same {columns}; the former one is kept as provenance.</source>
        <translation>xã mới đã có bản ghi cùng {columns}; bản ghi của xã cũ được lưu giữ làm nguồn gốc.</translation>
    </message>
    <message>
        <source>its record ({kind}) is kept as provenance, so the file is too.</source>
        <translation>bản ghi chứa tệp ({kind}) được lưu giữ làm nguồn gốc nên tệp cũng vậy.</translation>
    </message>
    <message>
        <source>the former commune&apos;s profile is recorded with its provenance; the new commune&apos;s profile stays.</source>
        <translation>thông tin cơ quan của xã cũ được ghi cùng nguồn gốc; thông tin của xã mới giữ nguyên.</translation>
    </message>
    <message>
        <source>sent under the former commune&apos;s name: kept with its provenance (printable from its frozen content), not a report of the new commune.</source>
        <translation>đã gửi dưới tên xã cũ: lưu giữ cùng nguồn gốc (in lại được từ nội dung đã chốt), không phải báo cáo của xã mới.</translation>
    </message>
    <message>
        <source>the new commune&apos;s settings apply; the former setting is kept as provenance.</source>
        <translation>áp dụng cài đặt của xã mới; cài đặt cũ được lưu giữ làm nguồn gốc.</translation>
    </message>
    <message>
        <source>a number of the former office&apos;s register of outgoing documents; kept as provenance.</source>
        <translation>số trong sổ văn bản đi của xã cũ; lưu giữ làm nguồn gốc.</translation>
    </message>
    <message>
        <source>an export of a former report; kept with it.</source>
        <translation>một lần xuất báo cáo của xã cũ; lưu giữ cùng báo cáo.</translation>
    </message>
    <message>
        <source>kept as provenance of the former commune.</source>
        <translation>lưu giữ làm nguồn gốc của xã cũ.</translation>
    </message>
    <message>
        <source>a draft of the former commune, never finalised or sent: kept as provenance, not a report of the new commune.</source>
        <translation>bản nháp của xã cũ, chưa từng chốt hay gửi: lưu giữ làm nguồn gốc, không phải báo cáo của xã mới.</translation>
    </message>
    <message>
        <source>former account: not imported (it cannot log in here); its name is kept for the history.</source>
        <translation>tài khoản của xã cũ: không nhập (không đăng nhập được ở đây); tên được giữ cho nhật ký.</translation>
    </message>
    <message>
        <source>the former commune&apos;s signing key: its fingerprint is kept as provenance; the new commune signs with its own key, and the private key is not imported.</source>
        <translation>khóa ký của xã cũ: dấu vân tay được lưu làm nguồn gốc; xã mới ký bằng khóa của mình, khóa bí mật không được nhập.</translation>
    </message>
    <message>
        <source>a receiving office&apos;s record: not part of a commune&apos;s records, not imported.</source>
        <translation>hồ sơ của cơ quan tiếp nhận: không thuộc hồ sơ của xã, không nhập.</translation>
    </message>
    <message>
        <source>same name as {name} here: merged, but the former record says more (steering committee, internal auditor or certificate) than the one here, which is kept as it is: check the person after the merge.</source>
        <translation>trùng tên với {name} ở đây: gộp, nhưng bản ghi của xã cũ ghi nhiều hơn (thành viên Ban chỉ đạo ISO, chuyên gia đánh giá nội bộ hoặc chứng chỉ) so với bản ghi ở đây, bản ghi ở đây được giữ nguyên: hãy kiểm tra lại người này sau khi gộp.</translation>
    </message>
    <message>
        <source>same name as {name}, brought in by another former commune in this merge: merged.</source>
        <translation>trùng tên với {name} do một xã cũ khác mang vào trong lần gộp này: gộp.</translation>
    </message>
    <message>
        <source>same name as {name} here: merged.</source>
        <translation>trùng tên với {name} ở đây: gộp.</translation>
    </message>
    <message>
        <source>kept separate from {name} here, as {new}.</source>
        <translation>giữ riêng với {name} ở đây, thành {new}.</translation>
    </message>
    <message>
        <source>kept separate from {name}, brought in by another former commune in this merge, as {new}.</source>
        <translation>giữ riêng với {name} do một xã cũ khác mang vào trong lần gộp này, thành {new}.</translation>
    </message>
    <message>
        <source>kept separate from {name} here.</source>
        <translation>giữ riêng với {name} ở đây.</translation>
    </message>
    <message>
        <source>kept separate from {name}, brought in by another former commune in this merge.</source>
        <translation>giữ riêng với {name} do một xã cũ khác mang vào trong lần gộp này.</translation>
    </message>
    <message>
        <source>the new commune&apos;s record for the same {columns} is used, although it is not approved and the former one was (by {by}): check it after the merge.</source>
        <translation>dùng bản ghi của xã mới có cùng {columns}, dù bản này chưa được phê duyệt còn bản của xã cũ đã được phê duyệt (bởi {by}): hãy kiểm tra lại sau khi gộp.</translation>
    </message>
    <message>
        <source>the new commune&apos;s record for the same {columns} is used.</source>
        <translation>dùng bản ghi của xã mới có cùng {columns}.</translation>
    </message>
    <message>
        <source>the record for the same {columns} that another former commune brings in this merge is used.</source>
        <translation>dùng bản ghi có cùng {columns} do một xã cũ khác đưa vào trong lần gộp này.</translation>
    </message>
    <message>
        <source>the figures are added to the new commune&apos;s record of the same period; the former commune&apos;s own figures stay in its provenance.</source>
        <translation>số liệu được cộng vào bản ghi cùng kỳ của xã mới; số liệu riêng của xã cũ vẫn lưu trong nguồn gốc.</translation>
    </message>
    <message>
        <source>same national code {code}: merged.</source>
        <translation>cùng mã quốc gia {code}: gộp.</translation>
    </message>
    <message>
        <source>same name as TTHC {other} here (code {code} there): merged, as chosen.</source>
        <translation>trùng tên với TTHC {other} ở đây (mã bên kia {code}): gộp theo lựa chọn.</translation>
    </message>
    <message>
        <source>same name as TTHC {other} here, another code: is it the same TTHC?</source>
        <translation>trùng tên với TTHC {other} ở đây nhưng khác mã: có phải cùng một TTHC không?</translation>
    </message>
    <message>
        <source>same name as TTHC {other}, brought in by another former commune in this merge, another code: is it the same TTHC?</source>
        <translation>trùng tên với TTHC {other} do một xã cũ khác mang vào trong lần gộp này nhưng khác mã: có phải cùng một TTHC không?</translation>
    </message>
    <message>
        <source>temporary code {old} is taken here by another TTHC: renumbered {new}.</source>
        <translation>mã tạm {old} ở đây đã dùng cho một TTHC khác: đánh số lại {new}.</translation>
    </message>
    <message>
        <source>code {old} is taken here: renumbered {new} (the old code stays searchable).</source>
        <translation>mã {old} đã có ở đây: đánh số lại thành {new} (vẫn tìm được theo mã cũ).</translation>
    </message>
    <message>
        <source>number {old} is already in the book here for its year: written {new} (the former number stays in the provenance).</source>
        <translation>số {old} đã có trong sổ năm đó ở đây: ghi thành {new} (số cũ được giữ trong nguồn gốc).</translation>
    </message>
    <message>
        <source>keeps number {new} in the new commune&apos;s register.</source>
        <translation>giữ số {new} trong sổ theo dõi của xã mới.</translation>
    </message>
    <message>
        <source>number {old} becomes {new} in the new commune&apos;s register (the old number is kept as a reference).</source>
        <translation>số {old} trở thành {new} trong sổ theo dõi của xã mới (số cũ được giữ để tham chiếu).</translation>
    </message>
    <message>
        <source>The new commune&apos;s data changed since the preview; look at the preview again.</source>
        <translation>Dữ liệu của xã mới đã thay đổi từ lúc xem trước; hãy xem lại bản xem trước.</translation>
    </message>
    <message>
        <source>{file}: a stored file is damaged (checksum mismatch); nothing was merged.</source>
        <translation>{file}: một tệp lưu trữ bị hỏng (sai mã kiểm tra); không gộp gì cả.</translation>
    </message>
</context>
<context>
    <name>MergeWizard</name>
    <message>
        <source>Merge the former communes&apos; data</source>
        <translation>Gộp dữ liệu các xã cũ</translation>
    </message>
    <message>
        <source>Back up and &amp;merge</source>
        <translation>Sao lưu và &amp;gộp</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Change history</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
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
        <source>Announcements</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Policy and objectives</source>
        <translation>Chính sách và mục tiêu</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>Đánh giá nội bộ</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Sự không phù hợp và khắc phục</translation>
    </message>
    <message>
        <source>External inspections</source>
        <translation>Kiểm tra của cấp trên</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Xem xét của lãnh đạo</translation>
    </message>
    <message>
        <source>Service statistics</source>
        <translation>Thống kê giải quyết TTHC</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Hồ sơ khác</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Hộp thư</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Kiểm tra</translation>
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
        <source>&amp;Close nonconformity…</source>
        <translation>Đóng &amp;sự không phù hợp…</translation>
    </message>
    <message>
        <source>Close: only after every action is done and verified as effective.</source>
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
        <source>V&amp;erification</source>
        <translation>Xá&amp;c nhận</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
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
        <translation>Thêm &amp;hành động…</translation>
    </message>
    <message>
        <source>Edit acti&amp;on…</source>
        <translation>Sử&amp;a hành động…</translation>
    </message>
    <message>
        <source>Change the description, owner or due date of the selected action.</source>
        <translation>Sửa nội dung, người phụ trách hoặc hạn hoàn thành của hành động đang chọn.</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>H&amp;oàn thành…</translation>
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
        <source>a corrective action overdue since %1</source>
        <translation>có hành động khắc phục quá hạn từ %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>đóng ngày %1</translation>
    </message>
    <message>
        <source>verified as effective on %1: it can be closed</source>
        <translation>đã xác nhận có hiệu lực ngày %1: có thể đóng</translation>
    </message>
    <message>
        <source>verified NOT effective on %1: new actions needed</source>
        <translation>đã xác nhận KHÔNG có hiệu lực ngày %1: cần hành động mới</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>đã hủy: %1</translation>
    </message>
    <message>
        <source>former number %1 (%2)</source>
        <translation>số cũ %1 (%2)</translation>
    </message>
    <message>
        <source>former number %1</source>
        <translation>số cũ %1</translation>
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
        <source>Effective: the corrective actions removed the cause</source>
        <translation>Có hiệu lực: hành động khắc phục đã loại bỏ nguyên nhân</translation>
    </message>
    <message>
        <source>— choose the result —</source>
        <translation>— chọn kết quả —</translation>
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
        <source>The verification was filled in but not recorded. Leave without recording it?</source>
        <translation>Phần xác nhận hiệu lực đã nhập nhưng chưa ghi nhận. Rời đi mà không ghi nhận?</translation>
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
    <message>
        <source>printed as: Số: %1</source>
        <translation>in trên báo cáo: Số: %1</translation>
    </message>
    <message>
        <source>Report on %1 — due %2</source>
        <translation>Báo cáo %1 — hạn gửi %2</translation>
    </message>
    <message numerus="yes">
        <source>Not finalised yet, %n day(s) late.</source>
        <translation>
            <numerusform>Chưa chốt, đã trễ %n ngày.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report due now: due in %n day(s).</source>
        <translation>
            <numerusform>Đây là báo cáo đến hạn: còn %n ngày nữa là hạn gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report due now: its deadline is today.</source>
        <translation>Đây là báo cáo đến hạn: hôm nay là hạn gửi.</translation>
    </message>
    <message numerus="yes">
        <source>The report due now: not finalised yet, %n day(s) late.</source>
        <translation>
            <numerusform>Đây là báo cáo đến hạn: chưa chốt, đã trễ %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <source>This period was already reported; to change that report, make a corrected version of it.</source>
        <translation>Kỳ này đã có báo cáo; muốn sửa báo cáo đó, hãy lập phiên bản đính chính.</translation>
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
        <source>Record &amp;a result…</source>
        <translation>Ghi &amp;kết quả…</translation>
    </message>
    <message>
        <source>The selected policy</source>
        <translation>Chính sách được chọn</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Không đạt</translation>
    </message>
</context>
<context>
    <name>OriginFilter</name>
    <message>
        <source>Show only the records of one former commune merged into this one, or those written here</source>
        <translation>Chỉ hiện bản ghi của một xã cũ đã gộp vào, hoặc bản ghi được ghi tại đây</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Mọi nguồn gốc</translation>
    </message>
    <message>
        <source>Written here</source>
        <translation>Ghi tại đây</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Từ %1</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Accepted</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Replaces an earlier version</source>
        <translation>Thay thế phiên bản trước</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Đã có</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
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
</context>
<context>
    <name>Package</name>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} không tồn tại.</translation>
    </message>
    <message>
        <source>{name} is damaged or was not copied completely (a copy interrupted, a USB stick pulled out): copy it again, or ask the commune to send it again.</source>
        <translation>{name} bị hỏng hoặc chưa được chép đủ (việc chép bị ngắt, USB bị rút ra giữa chừng): hãy chép lại, hoặc đề nghị xã gửi lại.</translation>
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
        <source>{name} is not a QMS Desktop report package: it holds none of a package&apos;s files (a ZIP of something else).</source>
        <translation>{name} không phải là gói báo cáo QMS Desktop: tệp nén không chứa tệp nào của một gói báo cáo (tệp nén của nội dung khác).</translation>
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
        <source>first six months of {year}</source>
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
        <translation>&amp;Sửa kế hoạch…</translation>
    </message>
    <message>
        <source>Record as h&amp;eld…</source>
        <translation>Ghi nhận đã thực &amp;hiện…</translation>
    </message>
    <message>
        <source>&amp;Approve report…</source>
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
    <name>PredecessorsDialog</name>
    <message>
        <source>Former communes merged into this one</source>
        <translation>Các xã cũ đã gộp vào xã này</translation>
    </message>
    <message>
        <source>&amp;Former communes</source>
        <translation>&amp;Các xã cũ</translation>
    </message>
    <message>
        <source>Figures &amp;per former commune</source>
        <translation>Số liệu &amp;theo xã cũ</translation>
    </message>
    <message>
        <source>Their &amp;reports</source>
        <translation>&amp;Báo cáo của các xã cũ</translation>
    </message>
    <message>
        <source>Each former commune&apos;s change history is kept as it was, ending at the chain head shown here; the merge itself is in this database&apos;s history with that head, and the reports exported from now on list the former communes (name, key fingerprint, chain head) for the receiving office.</source>
        <translation>Nhật ký thay đổi của mỗi xã cũ được giữ nguyên, kết thúc ở đầu chuỗi ghi tại đây; bản thân việc gộp được ghi vào nhật ký của cơ sở dữ liệu này kèm đầu chuỗi đó, và các báo cáo xuất từ nay liệt kê các xã cũ (tên, dấu vân tay khóa, đầu chuỗi) cho cơ quan nhận báo cáo.</translation>
    </message>
    <message>
        <source>No former commune has been merged into this database (File → Merge the former communes&apos; data…).</source>
        <translation>Chưa gộp xã cũ nào vào cơ sở dữ liệu này (Tệp → Gộp dữ liệu các xã cũ…).</translation>
    </message>
    <message>
        <source>Second six months of %1</source>
        <translation>6 tháng cuối năm %1</translation>
    </message>
    <message>
        <source>First six months of %1</source>
        <translation>6 tháng đầu năm %1</translation>
    </message>
    <message>
        <source>The year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>Whole commune</source>
        <translation>Toàn xã</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Figures per former commune — %1</source>
        <translation>Số liệu theo xã cũ — %1</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Statistics of the same period were added together when merged; each former commune&apos;s own figures are split back here, and “%1” is what was recorded in this database. Nonconformities are counted by their dates, as in the report.</source>
        <translation>Số liệu cùng kỳ đã được cộng lại khi gộp; ở đây tách lại số liệu riêng của từng xã cũ, còn “%1” là phần được ghi tại cơ sở dữ liệu này. Sự không phù hợp được tính theo ngày, như trong báo cáo.</translation>
    </message>
    <message>
        <source>&amp;Show the report as it was sent…</source>
        <translation>&amp;Xem báo cáo như đã gửi…</translation>
    </message>
    <message>
        <source>Report of %1 — %2</source>
        <translation>Báo cáo của %1 — %2</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>nonconformities past their due date</source>
        <translation>sự không phù hợp quá hạn khắc phục</translation>
    </message>
    <message>
        <source>actions past their due date</source>
        <translation>hành động quá hạn chưa hoàn thành</translation>
    </message>
    <message>
        <source>quality objectives not met</source>
        <translation>mục tiêu chất lượng chưa đạt</translation>
    </message>
    <message>
        <source>legal changes not built in after 3 months</source>
        <translation>văn bản pháp luật quá 3 tháng chưa cập nhật</translation>
    </message>
    <message>
        <source>the scope changed: announce again</source>
        <translation>phạm vi thay đổi, cần công bố lại</translation>
    </message>
    <message>
        <source>the QMS has not been announced</source>
        <translation>chưa công bố HTQLCL</translation>
    </message>
    <message>
        <source>TTHC in scope without a procedure</source>
        <translation>TTHC trong phạm vi chưa có quy trình</translation>
    </message>
    <message>
        <source>no management review in 12 months</source>
        <translation>không họp xem xét của lãnh đạo trong 12 tháng</translation>
    </message>
    <message>
        <source>months without statistics</source>
        <translation>có tháng chưa có số liệu thống kê</translation>
    </message>
    <message>
        <source>The chairman&apos;s name is not set in the agency profile: the report would carry no signer&apos;s name. Fill in the agency profile (Settings, or qms agency set --head-name).</source>
        <translation>Thông tin cơ quan chưa có họ tên Chủ tịch: báo cáo sẽ không có tên người ký. Hãy nhập thông tin cơ quan (Cài đặt, hoặc lệnh qms agency set --head-name).</translation>
    </message>
    <message>
        <source>The chairman&apos;s title is not set in the agency profile.</source>
        <translation>Thông tin cơ quan chưa có chức vụ của người ký.</translation>
    </message>
    <message>
        <source>The report is dated {date}, after today ({today}): a report is finalised and signed on or after its date. Date it today, or finalise it on {date}.</source>
        <translation>Báo cáo ghi ngày {date}, sau hôm nay ({today}): báo cáo chỉ được chốt và ký từ ngày ghi trên báo cáo trở đi. Hãy ghi ngày hôm nay, hoặc chốt vào ngày {date}.</translation>
    </message>
    <message>
        <source>The period starts on {start}, after {date}: there are no figures of it to report yet.</source>
        <translation>Kỳ báo cáo bắt đầu từ ngày {start}, sau ngày {date}: chưa có số liệu nào của kỳ để báo cáo.</translation>
    </message>
    <message>
        <source>The period ends on {end}; on {date} it has not ended yet: the report would claim the whole period&apos;s figures. State the day the figures run to (số liệu tính đến ngày …) or finalise after the period.</source>
        <translation>Kỳ báo cáo kết thúc ngày {end}; đến ngày {date} kỳ chưa kết thúc, nhưng báo cáo sẽ ghi như thể đã có số liệu của cả kỳ. Hãy ghi “Số liệu tính đến ngày …” hoặc chốt sau khi hết kỳ.</translation>
    </message>
    <message>
        <source>The figures are stated up to {as_of}, after the report&apos;s date {date}.</source>
        <translation>Số liệu ghi tính đến ngày {as_of}, sau ngày của báo cáo {date}.</translation>
    </message>
    <message>
        <source>{count} record(s) no longer match the change history (changed, added or deleted outside the application), or the history itself was altered: a report built on them would not be true. Open Change history → Check integrity (or run qms check) to see them, then restore the last good backup.</source>
        <translation>{count} bản ghi không còn khớp với nhật ký thay đổi (bị sửa, thêm hoặc xóa ngoài ứng dụng), hoặc chính nhật ký đã bị sửa: báo cáo lập từ các bản ghi đó sẽ không trung thực. Hãy mở Nhật ký thay đổi → Kiểm tra tính toàn vẹn (hoặc chạy qms check) để xem, rồi khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <source>The report says to whom it is sent nowhere (Kính gửi is empty), while its list of recipients says “Như trên”: type the recipient on the report (default in Settings).</source>
        <translation>Báo cáo chưa ghi gửi đến ai (mục Kính gửi còn trống), trong khi phần Nơi nhận ghi “Như trên”: hãy nhập nơi nhận trên báo cáo (mặc định trong Cài đặt).</translation>
    </message>
    <message>
        <source>Part III (shortcomings and causes) is empty while the report itself lists problems: {problems}. Write them before signing.</source>
        <translation>Phần III (tồn tại, hạn chế và nguyên nhân) còn trống trong khi chính báo cáo nêu: {problems}. Hãy viết trước khi ký.</translation>
    </message>
    <message>
        <source>The report is dated {date}, but its number {number} was taken from the register of {year}: numbers run from 01 each calendar year, so finalising gives it the next number of {new_year}, {new_number}.</source>
        <translation>Báo cáo ghi ngày {date} nhưng số {number} được lấy từ sổ đăng ký văn bản năm {year}: số văn bản được đánh từ 01 theo từng năm dương lịch, nên khi chốt, báo cáo sẽ nhận số tiếp theo của năm {new_year} là {new_number}.</translation>
    </message>
    <message>
        <source>Part IV (plans for the next period) is empty while the report lists problems: {problems}.</source>
        <translation>Phần IV (phương hướng, nhiệm vụ kỳ tới) còn trống trong khi báo cáo nêu: {problems}.</translation>
    </message>
    <message>
        <source>Part V (proposals) is empty while the report lists problems: {problems}.</source>
        <translation>Phần V (kiến nghị, đề xuất) còn trống trong khi báo cáo nêu: {problems}.</translation>
    </message>
    <message>
        <source>No service statistics cover {months} of the period; the report says so and its totals leave them out.</source>
        <translation>Chưa có số liệu thống kê giải quyết TTHC cho khoảng thời gian {months} trong kỳ; báo cáo ghi rõ và tổng số không gồm các tháng này.</translation>
    </message>
    <message>
        <source>The statistics per field are missing, or do not add up to the totals, for: {periods}.</source>
        <translation>Chưa có số liệu theo lĩnh vực, hoặc số liệu theo lĩnh vực không khớp tổng số, của kỳ thống kê: {periods}.</translation>
    </message>
    <message>
        <source>{count} of {total} quality objectives have no result for this period.</source>
        <translation>{count}/{total} mục tiêu chất lượng chưa có kết quả đo của kỳ này.</translation>
    </message>
    <message>
        <source>No ISO steering committee member is recorded (Part II.1): mark them in Staff, or type the statement on the report.</source>
        <translation>Chưa ghi nhận thành viên Ban Chỉ đạo ISO (mục II.1): đánh dấu trong danh sách cán bộ, hoặc nhập nội dung trên báo cáo.</translation>
    </message>
    <message>
        <source>No record shows the units&apos; participation (no procedure in force with an owning unit, no unit audited in the period): type the statement on the report, or acknowledge.</source>
        <translation>Chưa có hồ sơ cho thấy sự tham gia của các bộ phận (không có quy trình đang hiệu lực ghi bộ phận chủ trì, không có bộ phận được đánh giá trong kỳ): nhập nội dung trên báo cáo, hoặc xác nhận.</translation>
    </message>
    <message>
        <source>No management review of the last 12 months records the chairman&apos;s conclusion on the QMS&apos;s effectiveness (Part II.2): record it on the review, or type the statement on the report.</source>
        <translation>Không cuộc họp xem xét của lãnh đạo nào trong 12 tháng ghi kết luận của Chủ tịch về hiệu lực của HTQLCL (mục II.2): ghi kết luận trên cuộc họp, hoặc nhập nội dung trên báo cáo.</translation>
    </message>
    <message>
        <source>Whether a consultant was chosen (Part II.6) is not recorded: set it in Settings, or type the statement on the report.</source>
        <translation>Chưa ghi nhận việc có thuê tổ chức tư vấn hay không (mục II.6): ghi trong Cài đặt, hoặc nhập nội dung trên báo cáo.</translation>
    </message>
    <message>
        <source>The latest announcement is not recorded as posted on the website {website}.</source>
        <translation>Quyết định công bố gần nhất chưa ghi ngày đăng trên trang thông tin điện tử {website}.</translation>
    </message>
    <message>
        <source>The objective “{objective}” has {value} typed as its result, but the service statistics of the period give an on-time rate of {rate}: the report would print both. Correct the objective&apos;s result, or the statistics.</source>
        <translation>Mục tiêu “{objective}” được ghi kết quả {value}, nhưng số liệu thống kê của kỳ cho tỷ lệ giải quyết đúng hạn {rate}: báo cáo sẽ in cả hai số. Hãy sửa kết quả của mục tiêu, hoặc sửa số liệu thống kê.</translation>
    </message>
    <message>
        <source>Item 1(e) prints two counts of citizen feedback and petitions: {stats} in the service statistics, {book} in the petition book. Check that both are complete, or explain the difference in the report.</source>
        <translation>Mục 1(e) in hai con số phản ánh, kiến nghị: {stats} theo số liệu thống kê giải quyết TTHC, {book} theo sổ theo dõi phản ánh, kiến nghị. Kiểm tra lại cả hai, hoặc giải thích sự chênh lệch trong báo cáo.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Finalise report %1</source>
        <translation>Chốt báo cáo %1</translation>
    </message>
    <message>
        <source>Before the report is frozen and signed, check what it states. A refusal must be fixed first; each warning must be acknowledged, and the acknowledgement is recorded with your name (%1).</source>
        <translation>Trước khi chốt và ký, hãy kiểm tra nội dung báo cáo. Lỗi chặn phải được khắc phục trước; từng cảnh báo phải được xác nhận, việc xác nhận được ghi lại kèm tên của đồng chí (%1).</translation>
    </message>
    <message>
        <source>I acknowledge this and sign the report as it stands</source>
        <translation>Tôi đã biết nội dung này và ký báo cáo như hiện tại</translation>
    </message>
    <message>
        <source>I have read every warning above and acknowledge them all</source>
        <translation>Tôi đã đọc mọi cảnh báo ở trên và xác nhận tất cả</translation>
    </message>
    <message>
        <source>Nothing to acknowledge: the report states what the records hold.</source>
        <translation>Không có gì phải xác nhận: báo cáo nêu đúng những gì hồ sơ ghi nhận.</translation>
    </message>
    <message>
        <source>Once finalised, the content is frozen: later changes to the records do not alter it, and a correction needs a new version.</source>
        <translation>Sau khi chốt, nội dung được cố định: thay đổi hồ sơ về sau không làm thay đổi báo cáo; muốn sửa phải lập phiên bản mới.</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Chốt báo cáo</translation>
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
    <name>PreviewPage</name>
    <message>
        <source>3. Preview</source>
        <translation>3. Xem trước</translation>
    </message>
    <message>
        <source>What the merge will do with every record of each former commune. Records keep their provenance (which former commune) and are shown with it; the history of each former commune is kept as it was.</source>
        <translation>Việc gộp sẽ làm gì với từng bản ghi của mỗi xã cũ. Bản ghi giữ nguồn gốc (thuộc xã cũ nào) và được hiển thị kèm nguồn gốc; nhật ký của mỗi xã cũ được giữ nguyên.</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>I have read the preview. Back up the data now in use, then merge (all in one transaction).</source>
        <translation>Tôi đã đọc bản xem trước. Sao lưu dữ liệu đang dùng rồi gộp (toàn bộ trong một giao dịch).</translation>
    </message>
    <message>
        <source>Former commune:</source>
        <translation>Xã cũ:</translation>
    </message>
    <message>
        <source>Will be merged into this database: %1. A verified backup of the data now in use is made first; then everything is written in one transaction, recorded in the change history with each former commune&apos;s chain head.</source>
        <translation>Sẽ gộp vào cơ sở dữ liệu này: %1. Trước hết tạo một bản sao lưu đã kiểm tra của dữ liệu đang dùng; sau đó ghi toàn bộ trong một giao dịch, có ghi vào nhật ký thay đổi kèm đầu chuỗi của từng xã cũ.</translation>
    </message>
    <message>
        <source>Already merged before (nothing to add): %1.</source>
        <translation>Đã gộp trước đây (không có gì thêm): %1.</translation>
    </message>
    <message>
        <source>Nothing to merge.</source>
        <translation>Không có gì để gộp.</translation>
    </message>
    <message>
        <source>Decide first (Back): %1</source>
        <translation>Cần quyết định trước (Quay lại): %1</translation>
    </message>
    <message>
        <source>%1 · prefix %2 · chain head %3 · %4 history entries kept</source>
        <translation>%1 · tiền tố %2 · đầu chuỗi %3 · giữ %4 mục nhật ký</translation>
    </message>
    <message>
        <source>Select a line to read the whole reason.</source>
        <translation>Chọn một dòng để đọc đầy đủ lý do.</translation>
    </message>
    <message>
        <source>Merged %1 former commune(s). The data in use before was backed up to:
%2

New chain head: %3</source>
        <translation>Đã gộp %1 xã cũ. Dữ liệu đang dùng trước đó đã được sao lưu vào:
%2

Đầu chuỗi mới: %3</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp dữ liệu</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Đang gộp…</translation>
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
        <source>◀ Pr&amp;evious</source>
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
        <source>Show &amp;cancelled</source>
        <translation>Hiện cả q&amp;uy trình đã bãi bỏ</translation>
    </message>
    <message>
        <source>Ve&amp;rsions</source>
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
        <source>F&amp;iles</source>
        <translation>Tệp đính &amp;kèm</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n quy trình</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;mendment log</source>
        <translation>Theo &amp;dõi sửa đổi</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Nhật ký thay đổi</translation>
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
        <source>former code %1 (%2)</source>
        <translation>mã cũ %1 (%2)</translation>
    </message>
    <message>
        <source>former code %1</source>
        <translation>mã cũ %1</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>quy trình</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Lần ban hành %1</translation>
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
        <source>Objectives and scope</source>
        <translation>Mục tiêu, phạm vi</translation>
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
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>File</source>
        <comment>All other platforms</comment>
        <translation>Tệp</translation>
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
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện các tệp ẩ&amp;n</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi tê&amp;n</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Xem dạng chi tiết</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
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
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Loại</translation>
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
    <name>RecordFilesTabs</name>
    <message>
        <source>Attached fi&amp;les</source>
        <translation>Tệp đính &amp;kèm</translation>
    </message>
    <message>
        <source>Change his&amp;tory</source>
        <translation>Nhật ký thay đổ&amp;i</translation>
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
        <source>Ne&amp;w…</source>
        <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Cancel &amp;record…</source>
        <translation>Hủ&amp;y hồ sơ…</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Hiện cả hồ sơ đã hủy</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
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
        <source>Restore the record %1? It was cancelled because: %2. It will be in the list and the figures again.</source>
        <translation>Khôi phục hồ sơ %1? Hồ sơ đã bị hủy với lý do: %2. Hồ sơ sẽ hiện lại trong danh sách và được tính vào số liệu.</translation>
    </message>
    <message>
        <source>Cancel record</source>
        <translation>Hủy hồ sơ</translation>
    </message>
    <message>
        <source>Cancel the record %2 (%1)? It is kept and marked cancelled; it leaves the list and the figures. Reason:</source>
        <translation>Hủy hồ sơ %2 (%1)? Hồ sơ vẫn được lưu và đánh dấu là đã hủy; hồ sơ không còn hiện trong danh sách và không được tính vào số liệu. Lý do:</translation>
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
        <source>Citizen feedback and petitions</source>
        <translation>Phản ánh, kiến nghị của người dân</translation>
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
        <source>Recovery &amp;code:</source>
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
        <source>Needed only on the day a password is forgotten.</source>
        <translation>Chỉ cần đến vào ngày quên mật khẩu.</translation>
    </message>
    <message>
        <source>I have printed or written &amp;down the recovery code</source>
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
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>e.g. Công văn số 456/SKHCN-TĐC ngày 02/06/2026 của Sở Khoa học và Công nghệ tỉnh … (printed first: Thực hiện …)</source>
        <translation>ví dụ Công văn số 456/SKHCN-TĐC ngày 02/06/2026 của Sở Khoa học và Công nghệ tỉnh … (in ở đầu báo cáo: Thực hiện …)</translation>
    </message>
    <message>
        <source>Only for a report made before its period ends: the figures run to this day, and the report says so (số liệu tính đến ngày …).</source>
        <translation>Chỉ dùng khi lập báo cáo trước khi kết thúc kỳ: số liệu tính đến ngày này và báo cáo ghi rõ (số liệu tính đến ngày …).</translation>
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
        <source>Request letter of the receiving office</source>
        <translation>Văn bản đề nghị báo cáo của cơ quan nhận</translation>
    </message>
    <message>
        <source>Figures up to (before the period ends)</source>
        <translation>Số liệu tính đến ngày (trước khi hết kỳ)</translation>
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
        <source>II. Statements</source>
        <translation>II. Nội dung bổ sung</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>Xem trước và &amp;in…</translation>
    </message>
    <message>
        <source>F&amp;inalise…</source>
        <translation>&amp;Chốt báo cáo…</translation>
    </message>
    <message>
        <source>Si&amp;gn digitally…</source>
        <translation>&amp;Ký số…</translation>
    </message>
    <message>
        <source>&amp;Export report (USB)…</source>
        <translation>Xuất &amp;báo cáo (USB)…</translation>
    </message>
    <message>
        <source>Mark &amp;as sent</source>
        <translation>Đánh &amp;dấu đã gửi</translation>
    </message>
    <message>
        <source>&amp;Corrected version…</source>
        <translation>&amp;Phiên bản đính chính…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Part II states only what the records hold. Where a record is missing, type what is true here; it is printed under the item as written.</source>
        <translation>Phần II chỉ nêu những gì hồ sơ ghi nhận. Nội dung nào chưa có hồ sơ, hãy nhập đúng sự thật tại đây; nội dung được in nguyên văn dưới mục tương ứng.</translation>
    </message>
    <message>
        <source>1. Participation of leaders, units, staff</source>
        <translation>1. Sự tham gia của lãnh đạo, các bộ phận, cá nhân</translation>
    </message>
    <message>
        <source>2. The head&apos;s confirmation of effectiveness</source>
        <translation>2. Người đứng đầu xác nhận hiệu lực</translation>
    </message>
    <message>
        <source>3. Announcement, notice, posting</source>
        <translation>3. Công bố, thông báo, niêm yết</translation>
    </message>
    <message>
        <source>4. Legal updates built in</source>
        <translation>4. Cập nhật văn bản pháp luật</translation>
    </message>
    <message>
        <source>5. Re-announcement</source>
        <translation>5. Công bố lại</translation>
    </message>
    <message>
        <source>6. Choice of consultant</source>
        <translation>6. Lựa chọn tổ chức tư vấn</translation>
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
        <source>Not digitally signed yet. Sign it with the Chairman&apos;s token, then with the agency&apos;s (seal).</source>
        <translation>Chưa ký số. Ký bằng token của Chủ tịch trước, sau đó ký số của cơ quan (con dấu).</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4</source>
        <translation>%1: %2 (%3), %4</translation>
    </message>
    <message>
        <source>Digitally signed (final).</source>
        <translation>Đã ký số (hoàn tất).</translation>
    </message>
    <message>
        <source>Digitally signed; the agency&apos;s signature is still due.</source>
        <translation>Đã ký số; còn thiếu chữ ký số của cơ quan.</translation>
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
        <source>The report&apos;s number changed from %1 to %2: its date is in %3, and numbers run from 01 in the register of each year.</source>
        <translation>Số báo cáo đã đổi từ %1 thành %2: ngày báo cáo thuộc năm %3, mà số văn bản đi được đánh lại từ 01 trong sổ của mỗi năm.</translation>
    </message>
    <message>
        <source>Report %1 signed by %2.</source>
        <translation>Báo cáo %1 đã được %2 ký số.</translation>
    </message>
    <message>
        <source>Save the changes to this report?</source>
        <translation>Lưu các thay đổi của báo cáo này?</translation>
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
        <source>%1 on the signed report (when it was signed); the package carries the history up to %2</source>
        <translation>%1 trên báo cáo đã ký số (lúc ký); gói báo cáo mang nhật ký đến %2</translation>
    </message>
    <message>
        <source>The report was written to %1 and checked: %2.
Key fingerprint printed on the report: %3. Chain head: %4. Take the .zip file to the receiving office.</source>
        <translation>Đã ghi báo cáo vào %1 và kiểm tra: %2.
Mã nhận dạng khóa in trên báo cáo: %3. Đầu chuỗi: %4. Hãy mang tệp .zip đến đơn vị nhận.</translation>
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
        <source>This backup is NOT a copy of this database, though it bears the same name (%1): its history begins apart.</source>
        <translation>Bản sao lưu này KHÔNG phải là bản sao của cơ sở dữ liệu này, dù cùng tên (%1): nhật ký của nó bắt đầu khác.</translation>
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
        <source>Restoring puts this backup in place of the database that cannot be used; that database, if there is one, is kept in the data folder&apos;s backups. Then log in with your account of the backup.</source>
        <translation>Khôi phục sẽ đặt bản sao lưu này vào chỗ cơ sở dữ liệu không dùng được; cơ sở dữ liệu đó (nếu có) được giữ lại trong thư mục backups của thư mục dữ liệu. Sau đó hãy đăng nhập bằng tài khoản của anh/chị trong bản sao lưu.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Chọn bản sao lưu để khôi phục</translation>
    </message>
    <message>
        <source>QMS Desktop backups (*.sqlite)</source>
        <translation>Bản sao lưu QMS Desktop (*.sqlite)</translation>
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
    <message>
        <source>Type the result achieved.</source>
        <translation>Hãy nhập kết quả đạt được.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the report for correction</source>
        <translation>Trả lại báo cáo để chỉnh sửa</translation>
    </message>
    <message>
        <source>What must %1 correct in its report for %2? (one point a line; printed in the return letter)</source>
        <translation>%1 cần chỉnh sửa, bổ sung những nội dung gì trong báo cáo kỳ %2? (mỗi ý một dòng; được in trong công văn trả lại)</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>T&amp;rả lại</translation>
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
        <source>New &amp;review…</source>
        <translation>Xem xét &amp;mới…</translation>
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
        <source>I&amp;nputs (9.3.2)</source>
        <translation>Đầu &amp;vào (9.3.2)</translation>
    </message>
    <message>
        <source>Record as h&amp;eld…</source>
        <translation>Ghi &amp;nhận đã họp…</translation>
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
        <source>F&amp;iles</source>
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
        <translation>T&amp;hêm đầu ra…</translation>
    </message>
    <message>
        <source>Edit &amp;output…</source>
        <translation>Sử&amp;a đầu ra…</translation>
    </message>
    <message>
        <source>Change the kind, decision, owner or due date of the selected output.</source>
        <translation>Sửa loại, quyết định, người phụ trách hoặc hạn hoàn thành của đầu ra đang chọn.</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Đánh &amp;dấu xong…</translation>
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
        <source>The chair concluded the QMS is effective.</source>
        <translation>Chủ trì kết luận HTQLCL có hiệu lực.</translation>
    </message>
    <message>
        <source>The chair concluded the QMS is not yet effective.</source>
        <translation>Chủ trì kết luận HTQLCL chưa có hiệu lực.</translation>
    </message>
    <message>
        <source>No conclusion on the QMS&apos;s effectiveness recorded.</source>
        <translation>Chưa ghi nhận kết luận về hiệu lực của HTQLCL.</translation>
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
        <source>Corrective action overdue (nonconformity {label}): {description}</source>
        <translation>Hành động khắc phục quá hạn (sự không phù hợp {label}): {description}</translation>
    </message>
    <message>
        <source>Corrective action due soon (nonconformity {label}): {description}</source>
        <translation>Hành động khắc phục sắp đến hạn (sự không phù hợp {label}): {description}</translation>
    </message>
    <message>
        <source>Decision overdue (management review of {label}): {description}</source>
        <translation>Quyết định quá hạn (cuộc xem xét của lãnh đạo ngày {label}): {description}</translation>
    </message>
    <message>
        <source>Decision due soon (management review of {label}): {description}</source>
        <translation>Quyết định sắp đến hạn (cuộc xem xét của lãnh đạo ngày {label}): {description}</translation>
    </message>
    <message>
        <source>Citizen feedback or petition {number} of {received} not answered yet: answer overdue.</source>
        <translation>Phản ánh, kiến nghị {number} ngày {received} chưa được trả lời: đã quá hạn trả lời.</translation>
    </message>
    <message>
        <source>Citizen feedback or petition {number} of {received} not answered yet: answer due soon.</source>
        <translation>Phản ánh, kiến nghị {number} ngày {received} chưa được trả lời: sắp đến hạn trả lời.</translation>
    </message>
    <message>
        <source>Quality objective not met in {period_name}: {text}</source>
        <translation>Mục tiêu chất lượng không đạt trong {period_name}: {text}</translation>
    </message>
    <message>
        <source>The internal audit &apos;{title}&apos; was planned for {date}: record it as held, or move or cancel it.</source>
        <translation>Cuộc đánh giá nội bộ &apos;{title}&apos; dự kiến ngày {date}: ghi nhận đã tiến hành, hoặc dời ngày, hoặc hủy.</translation>
    </message>
    <message>
        <source>No quality objectives set yet for {year} (TCVN ISO 9001:2015 §6.2).</source>
        <translation>Chưa đề ra mục tiêu chất lượng năm {year} (mục 6.2 TCVN ISO 9001:2015).</translation>
    </message>
    <message>
        <source>{n} quality objective(s) of {year} have no result for the year recorded: record them before the annual report.</source>
        <translation>{n} mục tiêu chất lượng năm {year} chưa được ghi kết quả cả năm: hãy ghi trước khi lập báo cáo năm.</translation>
    </message>
    <message>
        <source>The report on {period_name} is to be sent by {date}; no version of it is finalised yet.</source>
        <translation>Báo cáo {period_name} phải gửi trước ngày {date}; chưa có bản nào được chốt.</translation>
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
    <name>SearchEdit</name>
    <message>
        <source>Search (tone marks and case are ignored)…</source>
        <translation>Tìm kiếm (không phân biệt dấu và chữ hoa/thường)…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Tìm kiếm…</translation>
    </message>
    <message>
        <source>Tone marks and case are ignored: “thu tuc” finds “Thủ tục”.</source>
        <translation>Không phân biệt dấu và chữ hoa/thường: gõ “thu tuc” cũng tìm được “Thủ tục”.</translation>
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
        <source>&amp;Digital signature</source>
        <translation>&amp;Chữ ký số</translation>
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
        <source>Data &amp;location</source>
        <translation>&amp;Nơi lưu dữ liệu</translation>
    </message>
    <message>
        <source>The agency profile has unsaved changes. Save them?</source>
        <translation>Thông tin cơ quan có thay đổi chưa được lưu. Lưu lại không?</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The recovery code of the first account was not confirmed as kept: finish the set-up, which shows a new one.</source>
        <translation>Chưa xác nhận đã cất giữ mã khôi phục của tài khoản đầu tiên: hãy hoàn tất thiết lập, chương trình sẽ cấp mã mới.</translation>
    </message>
    <message>
        <source>The agency profile is missing.</source>
        <translation>Chưa có thông tin cơ quan.</translation>
    </message>
    <message>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>recipient of the reports</source>
        <translation>nơi nhận báo cáo</translation>
    </message>
    <message>
        <source>chairman</source>
        <translation>Chủ tịch</translation>
    </message>
    <message>
        <source>ISO representative</source>
        <translation>đại diện lãnh đạo về ISO</translation>
    </message>
    <message>
        <source>The agency profile lacks: {missing}.</source>
        <translation>Thông tin cơ quan còn thiếu: {missing}.</translation>
    </message>
    <message>
        <source>No unit is recorded yet.</source>
        <translation>Chưa có bộ phận nào.</translation>
    </message>
    <message>
        <source>No staff member is recorded yet.</source>
        <translation>Chưa có cán bộ, công chức nào.</translation>
    </message>
    <message>
        <source>No procedure yet: not even the 5 system procedures of the starter kit.</source>
        <translation>Chưa có quy trình nào, kể cả 5 quy trình hệ thống của bộ khởi đầu.</translation>
    </message>
    <message>
        <source>The province&apos;s TTHC list has not been imported.</source>
        <translation>Chưa nhập danh mục TTHC của tỉnh.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Digital signature — %1</source>
        <translation>Ký số — %1</translation>
    </message>
    <message>
        <source>USB &amp;token</source>
        <translation>USB &amp;token</translation>
    </message>
    <message>
        <source>Certificate &amp;file (.pfx, .p12)</source>
        <translation>&amp;Tệp chứng thư số (.pfx, .p12)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>The competent person&apos;s signature (e.g. the Chairman)</source>
        <translation>Chữ ký số của người có thẩm quyền (ví dụ Chủ tịch)</translation>
    </message>
    <message>
        <source>The agency&apos;s signature (seal; locks the document)</source>
        <translation>Chữ ký số của cơ quan (con dấu; khóa văn bản)</translation>
    </message>
    <message>
        <source>&amp;Read the certificate</source>
        <translation>Đọc &amp;chứng thư số</translation>
    </message>
    <message>
        <source>Read the certificate first: it is shown here before you sign.</source>
        <translation>Hãy đọc chứng thư số trước: thông tin hiện ở đây trước khi ký.</translation>
    </message>
    <message>
        <source>&amp;PIN of the token:</source>
        <translation>Mã &amp;PIN của token:</translation>
    </message>
    <message>
        <source>Token &amp;library:</source>
        <translation>Thư &amp;viện token:</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Tệp chứng thư số:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Loại chữ ký:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ký</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <source>Certificates (*.pfx *.p12)</source>
        <translation>Chứng thư số (*.pfx *.p12)</translation>
    </message>
    <message>
        <source>&amp;Password of the file:</source>
        <translation>&amp;Mật khẩu của tệp:</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>Không có chứng thư số.</translation>
    </message>
</context>
<context>
    <name>SignatureTab</name>
    <message>
        <source>Signing</source>
        <translation>Ký số</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>empty = the first token inserted</source>
        <translation>để trống = token đầu tiên đang cắm</translation>
    </message>
    <message>
        <source>empty = no timestamp (PAdES B-B; works offline)</source>
        <translation>để trống = không dùng dấu thời gian (PAdES B-B; dùng được khi không có mạng)</translation>
    </message>
    <message>
        <source>Token library (PKCS#11):</source>
        <translation>Thư viện token (PKCS#11):</translation>
    </message>
    <message>
        <source>Tok&amp;en slot:</source>
        <translation>Kh&amp;e token:</translation>
    </message>
    <message>
        <source>&amp;Timestamp server (optional):</source>
        <translation>Máy chủ &amp;dấu thời gian (không bắt buộc):</translation>
    </message>
    <message>
        <source>Signature image (blue, transparent PNG):</source>
        <translation>Hình ảnh chữ ký (màu xanh, PNG nền trong suốt):</translation>
    </message>
    <message>
        <source>Seal image (red, transparent PNG, real size):</source>
        <translation>Hình ảnh con dấu (màu đỏ, PNG nền trong suốt, kích thước thật):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Without images the signatures show a text box (signed by, agency, signing time). The PIN and passwords are asked at each signing and never stored.</source>
        <translation>Không có hình ảnh thì chữ ký hiện thành ô chữ (người ký, cơ quan, thời gian ký). Mã PIN và mật khẩu được hỏi mỗi lần ký và không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Trusted certificates (for checking received reports)</source>
        <translation>Chứng thư số tin cậy (để kiểm tra báo cáo nhận được)</translation>
    </message>
    <message>
        <source>&amp;Import certificate or CRL…</source>
        <translation>Nhập chứng thư &amp;số hoặc CRL…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Found on this computer: %1</source>
        <translation>Tìm thấy trên máy này: %1</translation>
    </message>
    <message>
        <source>No known token software was found on this computer (Viettel-CA, VNPT-CA, BKAV-CA, FPT-CA, CA Chính phủ…): install it from the certification authority, or choose its .dll yourself.</source>
        <translation>Không tìm thấy phần mềm token quen thuộc trên máy này (Viettel-CA, VNPT-CA, BKAV-CA, FPT-CA, CA Chính phủ…): hãy cài phần mềm của tổ chức cung cấp chứng thư số, hoặc tự chọn tệp .dll.</translation>
    </message>
    <message>
        <source>(none: text box)</source>
        <translation>(không có: dùng ô chữ)</translation>
    </message>
    <message>
        <source>Root certificates of the Government CA (Ban Cơ yếu Chính phủ) and of the public CAs, and their revocation lists, imported from files (nothing is downloaded). Folder: %1</source>
        <translation>Chứng thư gốc của CA chuyên dùng Chính phủ (Ban Cơ yếu Chính phủ) và của các CA công cộng, cùng danh sách thu hồi, nhập từ tệp (không tải gì từ mạng). Thư mục: %1</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Chứng thư số</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 library</source>
        <translation>Thư viện PKCS#11 của token</translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib)</source>
        <translation>Thư viện (*.dll *.so *.dylib)</translation>
    </message>
    <message>
        <source>The slot is a number (0, 1, …) or empty.</source>
        <translation>Khe token là một số (0, 1, …) hoặc để trống.</translation>
    </message>
    <message>
        <source>Choose a PNG image</source>
        <translation>Chọn ảnh PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Import a certificate or a revocation list</source>
        <translation>Nhập chứng thư số hoặc danh sách thu hồi</translation>
    </message>
    <message>
        <source>Certificates and CRLs (*.cer *.crt *.pem *.der *.crl)</source>
        <translation>Chứng thư số và CRL (*.cer *.crt *.pem *.der *.crl)</translation>
    </message>
    <message>
        <source>Checking the received reports&apos; digital signatures again…</source>
        <translation>Đang kiểm tra lại chữ ký số của các báo cáo đã nhận…</translation>
    </message>
    <message>
        <source>The received reports&apos; digital signatures were checked again: none reads otherwise.</source>
        <translation>Đã kiểm tra lại chữ ký số của các báo cáo đã nhận: không có kết quả nào thay đổi.</translation>
    </message>
    <message>
        <source>The received reports&apos; digital signatures were checked again; these read otherwise now:</source>
        <translation>Đã kiểm tra lại chữ ký số của các báo cáo đã nhận; kết quả của các báo cáo sau đã thay đổi:</translation>
    </message>
    <message>
        <source>Remove %1 from the trusted certificates?</source>
        <translation>Xóa %1 khỏi danh sách chứng thư số tin cậy?</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The certificate of {name} is not valid yet: it is valid from {start}. Signing was refused.</source>
        <translation>Chứng thư số của {name} chưa có hiệu lực: có hiệu lực từ {start}. Không ký được.</translation>
    </message>
    <message>
        <source>The certificate of {name} expired on {end}. Signing was refused: renew the certificate with its certification authority.</source>
        <translation>Chứng thư số của {name} đã hết hạn ngày {end}. Không ký được: hãy gia hạn chứng thư số với tổ chức cung cấp dịch vụ chứng thực.</translation>
    </message>
    <message>
        <source>Signer: {name}</source>
        <translation>Người ký: {name}</translation>
    </message>
    <message>
        <source>Organisation: {organisation}</source>
        <translation>Cơ quan, tổ chức: {organisation}</translation>
    </message>
    <message>
        <source>Serial number: {serial}</source>
        <translation>Số hiệu (serial): {serial}</translation>
    </message>
    <message>
        <source>Valid from {start} to {end}</source>
        <translation>Hiệu lực từ {start} đến {end}</translation>
    </message>
    <message>
        <source>Issued by: {issuer}</source>
        <translation>Tổ chức cấp: {issuer}</translation>
    </message>
    <message>
        <source>Enter the token&apos;s PIN before signing.</source>
        <translation>Hãy nhập mã PIN của token trước khi ký.</translation>
    </message>
    <message>
        <source>The certificate file {path} does not exist.</source>
        <translation>Tệp chứng thư số {path} không tồn tại.</translation>
    </message>
    <message>
        <source>The certificate file {path} cannot be read ({reason}).</source>
        <translation>Không đọc được tệp chứng thư số {path} ({reason}).</translation>
    </message>
    <message>
        <source>Wrong password for the certificate file {name}, or the file is not a .pfx/.p12 certificate.</source>
        <translation>Sai mật khẩu của tệp chứng thư số {name}, hoặc tệp không phải chứng thư số .pfx/.p12.</translation>
    </message>
    <message>
        <source>{name} holds no private key and certificate to sign with.</source>
        <translation>{name} không chứa khóa bí mật và chứng thư số để ký.</translation>
    </message>
    <message>
        <source>No token library is chosen: choose the PKCS#11 library (.dll) of your token&apos;s software in Settings › Digital signature.</source>
        <translation>Chưa chọn thư viện của token: hãy chọn thư viện PKCS#11 (.dll) của phần mềm token trong Cài đặt › Chữ ký số.</translation>
    </message>
    <message>
        <source>The token library {path} was not found. Install the token&apos;s software (from its certification authority) or choose its PKCS#11 library again in Settings › Digital signature.</source>
        <translation>Không tìm thấy thư viện token {path}. Hãy cài phần mềm token (của tổ chức cung cấp chứng thư số) hoặc chọn lại thư viện PKCS#11 trong Cài đặt › Chữ ký số.</translation>
    </message>
    <message>
        <source>{path} cannot be loaded as a PKCS#11 token library ({reason}). Choose the token&apos;s PKCS#11 library (for a 64-bit program, the 64-bit library).</source>
        <translation>Không nạp được {path} làm thư viện PKCS#11 của token ({reason}). Hãy chọn đúng thư viện PKCS#11 của token (chương trình 64 bit cần thư viện 64 bit).</translation>
    </message>
    <message>
        <source>The token library {path} was loaded but did not start ({reason}): check that the token&apos;s software is installed and its service running, then try again.</source>
        <translation>Đã nạp thư viện token {path} nhưng thư viện không khởi động được ({reason}): hãy kiểm tra phần mềm của token đã được cài đặt và dịch vụ của nó đang chạy, rồi thử lại.</translation>
    </message>
    <message>
        <source>The certificate of {name} is not for signing documents (its key usage is {usage}, without non-repudiation). Signing was refused: use a certificate issued for signing.</source>
        <translation>Chứng thư số của {name} không dùng để ký văn bản (mục đích sử dụng khóa: {usage}, không có chống chối bỏ). Đã từ chối ký: hãy dùng chứng thư số cấp cho việc ký số.</translation>
    </message>
    <message>
        <source>No token is inserted: plug in the USB token (wait for its light) and try again.</source>
        <translation>Chưa cắm token: hãy cắm USB token (chờ đèn sáng) rồi thử lại.</translation>
    </message>
    <message>
        <source>No token is inserted in slot {slot}: plug in the USB token or choose another slot.</source>
        <translation>Không có token ở khe {slot}: hãy cắm USB token hoặc chọn khe khác.</translation>
    </message>
    <message>
        <source>The token cannot be read ({reason}).</source>
        <translation>Không đọc được token ({reason}).</translation>
    </message>
    <message>
        <source>The token holds no signing certificate.</source>
        <translation>Token không có chứng thư số để ký.</translation>
    </message>
    <message>
        <source>Wrong PIN. The token says only ONE try remains: one more wrong PIN locks it.</source>
        <translation>Sai mã PIN. Token báo chỉ còn MỘT lần thử: nhập sai thêm một lần nữa token sẽ bị khóa.</translation>
    </message>
    <message>
        <source>Wrong PIN. The token says few tries remain before it locks; check the PIN before trying again.</source>
        <translation>Sai mã PIN. Token báo chỉ còn ít lần thử trước khi bị khóa; hãy kiểm tra kỹ mã PIN trước khi thử lại.</translation>
    </message>
    <message>
        <source>Wrong PIN. Check it (the token locks itself after several wrong PINs) and try again.</source>
        <translation>Sai mã PIN. Hãy kiểm tra lại (token tự khóa sau nhiều lần nhập sai) rồi thử lại.</translation>
    </message>
    <message>
        <source>The token refused the login ({reason}).</source>
        <translation>Token từ chối đăng nhập ({reason}).</translation>
    </message>
    <message>
        <source>The token is locked (too many wrong PINs). Ask its certification authority to unlock it; nothing was signed.</source>
        <translation>Token đã bị khóa (nhập sai mã PIN quá nhiều lần). Hãy liên hệ tổ chức cung cấp chứng thư số để mở khóa; chưa có gì được ký.</translation>
    </message>
    <message>
        <source>The PDF cannot be read ({reason}).</source>
        <translation>Không đọc được tệp PDF ({reason}).</translation>
    </message>
    <message>
        <source>This PDF was already finalised by another signature (it allows no further change): it cannot be signed again.</source>
        <translation>Tệp PDF này đã được hoàn tất bởi một chữ ký số khác (không cho phép thay đổi thêm): không thể ký tiếp.</translation>
    </message>
    <message>
        <source>This PDF already carries the {role_label} signature.</source>
        <translation>Tệp PDF này đã có chữ ký số {role_label}.</translation>
    </message>
    <message>
        <source>This PDF has no place for the signer&apos;s signature.</source>
        <translation>Tệp PDF này không có vị trí cho chữ ký của người có thẩm quyền.</translation>
    </message>
    <message>
        <source>The signature image cannot be drawn ({reason}); choose another PNG image in Settings.</source>
        <translation>Không vẽ được hình ảnh chữ ký ({reason}); hãy chọn ảnh PNG khác trong Cài đặt.</translation>
    </message>
    <message>
        <source>Signing failed: {reason}</source>
        <translation>Ký số không thành công: {reason}</translation>
    </message>
    <message>
        <source>The timestamp server did not answer ({reason}). Sign without a timestamp (clear the server in Settings) or try again later.</source>
        <translation>Máy chủ cấp dấu thời gian không trả lời ({reason}). Hãy ký không có dấu thời gian (xóa địa chỉ máy chủ trong Cài đặt) hoặc thử lại sau.</translation>
    </message>
    <message>
        <source>signer&apos;s (competent person&apos;s)</source>
        <translation>của người có thẩm quyền</translation>
    </message>
    <message>
        <source>agency&apos;s</source>
        <translation>của cơ quan</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>KHÔNG HỢP LỆ</translation>
    </message>
    <message>
        <source>unknown issuer</source>
        <translation>không rõ tổ chức cấp</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>chưa ký số</translation>
    </message>
    <message>
        <source>Digital signature: {status}</source>
        <translation>Chữ ký số: {status}</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>{role}: {name} — {organisation}; serial {serial}; issued by {issuer}; signed {when}; {status}</source>
        <translation>{role}: {name} — {organisation}; số hiệu {serial}; do {issuer} cấp; ký lúc {when}; {status}</translation>
    </message>
    <message>
        <source>revocation: checked against the imported CRLs, not revoked</source>
        <translation>thu hồi: đã kiểm tra theo danh sách thu hồi (CRL) đã nhập, chưa bị thu hồi</translation>
    </message>
    <message>
        <source>revocation: the certificate is REVOKED</source>
        <translation>thu hồi: chứng thư số ĐÃ BỊ THU HỒI</translation>
    </message>
    <message>
        <source>revocation: not checked (no imported CRL covers this certificate)</source>
        <translation>thu hồi: chưa kiểm tra (chưa nhập danh sách thu hồi CRL cho chứng thư số này)</translation>
    </message>
    <message>
        <source>Files in the trust store that are not a CA certificate or a revocation list were ignored: {files}</source>
        <translation>Đã bỏ qua các tệp trong kho tin cậy không phải chứng thư của tổ chức chứng thực hoặc danh sách thu hồi: {files}</translation>
    </message>
    <message>
        <source>the certificate was not valid at that time</source>
        <translation>chứng thư số không còn hoặc chưa có hiệu lực vào thời điểm đó</translation>
    </message>
    <message>
        <source>the certificate was not valid yet</source>
        <translation>chứng thư số chưa có hiệu lực</translation>
    </message>
    <message>
        <source>the certificate had expired</source>
        <translation>chứng thư số đã hết hiệu lực</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation>chứng thư số đã bị thu hồi</translation>
    </message>
    <message>
        <source>the chain of certificates is broken</source>
        <translation>chuỗi chứng thư số không liền mạch</translation>
    </message>
    <message>
        <source>The signature names no readable certificate.</source>
        <translation>Chữ ký không kèm chứng thư số đọc được.</translation>
    </message>
    <message>
        <source>The signature cannot be checked ({reason}).</source>
        <translation>Không kiểm tra được chữ ký ({reason}).</translation>
    </message>
    <message>
        <source>The signed content was CHANGED after signing (the signature does not match the document).</source>
        <translation>Nội dung đã ký ĐÃ BỊ THAY ĐỔI sau khi ký (chữ ký không khớp với văn bản).</translation>
    </message>
    <message>
        <source>The signature does not cover the whole document: something was added or changed after it.</source>
        <translation>Chữ ký không bao trùm toàn bộ văn bản: có nội dung được thêm hoặc sửa sau khi ký.</translation>
    </message>
    <message>
        <source>No imported revocation list (CRL) of {issuers}: import it to check the certificates it issued.</source>
        <translation>Chưa nhập danh sách thu hồi (CRL) của {issuers}: hãy nhập để kiểm tra các chứng thư số do tổ chức này cấp.</translation>
    </message>
    <message>
        <source>The certificate was REVOKED by its certification authority (on {date}).</source>
        <translation>Chứng thư số ĐÃ BỊ THU HỒI bởi tổ chức cấp (ngày {date}).</translation>
    </message>
    <message>
        <source>The certificate is not for signing documents: its key usage ({usage}) lacks non-repudiation.</source>
        <translation>Chứng thư số không dùng để ký văn bản: mục đích sử dụng khóa ({usage}) không có chống chối bỏ.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: no certification authority issued it, so the signature cannot be trusted; ask the unit to sign with a certificate from a licensed authority.</source>
        <translation>Chứng thư số tự ký: không do tổ chức chứng thực nào cấp nên chữ ký không thể tin cậy; đề nghị đơn vị ký bằng chứng thư số do tổ chức chứng thực được cấp phép cấp.</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer {issuer} is not among the imported trust anchors: import the root certificate of its certification authority (Settings › Digital signature).</source>
        <translation>Tổ chức cấp chứng thư số {issuer} không có trong các chứng thư gốc tin cậy đã nhập: hãy nhập chứng thư gốc của tổ chức chứng thực đó (Cài đặt › Chữ ký số).</translation>
    </message>
    <message>
        <source>The certificate was not valid at the signing time ({date}): it is valid from {start} to {end}.</source>
        <translation>Chứng thư số không có hiệu lực vào thời điểm ký ({date}): chứng thư có hiệu lực từ {start} đến {end}.</translation>
    </message>
    <message>
        <source>The certificate&apos;s chain does not verify against the imported trust anchors at the signing time ({reason}).</source>
        <translation>Chuỗi chứng thư số không xác thực được với các chứng thư gốc tin cậy đã nhập tại thời điểm ký ({reason}).</translation>
    </message>
    <message>
        <source>The signature claims to have been made on {date}, a time still to come: the signer&apos;s clock or the claim is false.</source>
        <translation>Chữ ký ghi thời gian ký là {date}, một thời điểm chưa tới: đồng hồ của người ký hoặc thời gian ghi trong chữ ký là sai.</translation>
    </message>
    <message>
        <source>The certificate was not valid when the package was sent ({date}; valid {start} – {end}), and no timestamp proves the document was signed earlier.</source>
        <translation>Chứng thư số không còn hiệu lực khi gói báo cáo được gửi ({date}; hiệu lực {start} – {end}), và không có dấu thời gian nào chứng minh văn bản đã được ký trước đó.</translation>
    </message>
    <message>
        <source>The certificate&apos;s organisation ({organisation}) is not the sending unit ({unit}).</source>
        <translation>Cơ quan ghi trong chứng thư số ({organisation}) không phải đơn vị gửi báo cáo ({unit}).</translation>
    </message>
    <message>
        <source>The signed PDF is not this package&apos;s report: it is report {printed} (period:version:id), the package&apos;s is {this}.</source>
        <translation>Tệp PDF đã ký không phải là báo cáo của gói này: đó là báo cáo {printed} (kỳ:phiên bản:mã), còn báo cáo của gói là {this}.</translation>
    </message>
    <message>
        <source>The manifest&apos;s record of the digital signature does not match report.pdf.</source>
        <translation>Thông tin chữ ký số ghi trong manifest không khớp với report.pdf.</translation>
    </message>
    <message>
        <source>This certificate belongs to {organisation}, not to {agency}: the agency&apos;s signature needs the agency&apos;s own certificate (its token). Nothing was signed.</source>
        <translation>Chứng thư số này thuộc {organisation}, không phải của {agency}: chữ ký của cơ quan phải dùng chứng thư số của chính cơ quan (token của cơ quan). Chưa ký gì.</translation>
    </message>
    <message>
        <source>This certificate was issued for {organisation}, not for {agency}: the receiving office refuses a report signed with it. The chairman signs with a certificate issued for {agency}. Nothing was signed.</source>
        <translation>Chứng thư số này cấp cho {organisation}, không phải cho {agency}: cơ quan tiếp nhận sẽ từ chối báo cáo ký bằng chứng thư này. Chủ tịch ký bằng chứng thư số cấp cho {agency}. Chưa ký gì.</translation>
    </message>
    <message>
        <source>The certificate is issued to {name}, while the report prints {head} as the one who signs. Sign with it only if {name} signs on {head}&apos;s behalf (KT.); otherwise use {head}&apos;s certificate.</source>
        <translation>Chứng thư số cấp cho {name}, còn báo cáo ghi {head} là người ký. Chỉ ký bằng chứng thư này nếu {name} ký thay {head} (KT.); nếu không, hãy dùng chứng thư số của {head}.</translation>
    </message>
    <message>
        <source>Someone else signed this report while this signature was being made: nothing was saved, so that neither signature is lost. Open the report again and sign the signature still due.</source>
        <translation>Người khác đã ký báo cáo này trong lúc đang ký: chưa lưu gì, để không chữ ký nào bị mất. Hãy mở lại báo cáo và ký chữ ký còn thiếu.</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>1. The former communes&apos; data</source>
        <translation>1. Dữ liệu các xã cũ</translation>
    </message>
    <message>
        <source>Choose the databases (qms.sqlite) or backups of the communes merged into this one in the 2025 reform. They are only read: each is copied and checked first (integrity, history chain, version). Nothing is written here until you confirm the preview.</source>
        <translation>Chọn cơ sở dữ liệu (qms.sqlite) hoặc bản sao lưu của các xã được sáp nhập vào xã này năm 2025. Các tệp chỉ được đọc: mỗi tệp được sao chép và kiểm tra trước (toàn vẹn, chuỗi nhật ký, phiên bản). Không ghi gì vào đây cho đến khi bạn xác nhận bản xem trước.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>T&amp;hêm tệp…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>Choose the former communes&apos; databases or backups</source>
        <translation>Chọn cơ sở dữ liệu hoặc bản sao lưu của các xã cũ</translation>
    </message>
    <message>
        <source>QMS Desktop databases and backups (*.sqlite *.db)</source>
        <translation>Cơ sở dữ liệu và bản sao lưu QMS Desktop (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Checking the former communes&apos; data…</source>
        <translation>Đang kiểm tra dữ liệu các xã cũ…</translation>
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
        <source>&amp;Import the province&apos;s TTHC list…</source>
        <translation>&amp;Nhập danh mục TTHC của tỉnh…</translation>
    </message>
    <message>
        <source>The province publishes the list of administrative procedures (TTHC) settled by communes as an Excel, Word or CSV file. You see what will be imported before anything is written; you can also import it later.</source>
        <translation>Tỉnh công bố danh mục thủ tục hành chính (TTHC) thuộc thẩm quyền giải quyết của cấp xã dưới dạng tệp Excel, Word hoặc CSV. Anh/chị xem trước những gì sẽ được nhập trước khi ghi; cũng có thể nhập sau.</translation>
    </message>
</context>
<context>
    <name>StatsImport</name>
    <message>
        <source>No header row found: none of the first {rows} rows names the field (Lĩnh vực) and the applications received (Số hồ sơ nhận giải quyết).</source>
        <translation>Không tìm thấy dòng tiêu đề: {rows} dòng đầu không có cột Lĩnh vực và cột Số hồ sơ nhận giải quyết.</translation>
    </message>
    <message>
        <source>The sheet has no column for: {what}.</source>
        <translation>Bảng không có cột: {what}.</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: &apos;{value}&apos; is not a whole number of applications.</source>
        <translation>Dòng {row}, cột {column}: &apos;{value}&apos; không phải là số hồ sơ (số nguyên).</translation>
    </message>
    <message>
        <source>Row {row} ({field}): settled and pending ({settled}) exceed the applications received ({received}).</source>
        <translation>Dòng {row} ({field}): số đã giải quyết và đang giải quyết ({settled}) vượt số hồ sơ nhận giải quyết ({received}).</translation>
    </message>
    <message>
        <source>Row {row}: the field {field} appears twice.</source>
        <translation>Dòng {row}: lĩnh vực {field} xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>The total row ({row}) does not match the sum of the fields for {what}: {total} in the sheet, {sum} added up.</source>
        <translation>Dòng tổng cộng ({row}) không khớp tổng các lĩnh vực ở cột {what}: bảng ghi {total}, cộng lại được {sum}.</translation>
    </message>
    <message>
        <source>The total row ({row}) does not match the sum of the visible fields for {what}: {total} in the sheet, {sum} added up. {count} row(s) hidden in Excel were left out (rows {rows}): unhide them in Excel if they hold fields that count, then import again.</source>
        <translation>Dòng tổng cộng ({row}) không khớp tổng các lĩnh vực hiển thị ở cột {what}: bảng ghi {total}, cộng lại được {sum}. Đã bỏ qua {count} dòng bị ẩn trong Excel (dòng {rows}): nếu các dòng này là lĩnh vực cần tính, hãy bỏ ẩn chúng trong Excel rồi nhập lại.</translation>
    </message>
    <message>
        <source>The sheet has no field rows with figures.</source>
        <translation>Bảng không có dòng lĩnh vực nào có số liệu.</translation>
    </message>
    <message>
        <source>The detail row(s) {rows} ({numbers}) under the field {field} (row {row}) do not add up to it for {what}: {sum} in the details, {total} in the field&apos;s row. Correct the sheet, or delete the detail rows, and import again.</source>
        <translation>Các dòng chi tiết {rows} ({numbers}) thuộc lĩnh vực {field} (dòng {row}) cộng lại không khớp với dòng lĩnh vực ở cột {what}: các dòng chi tiết cộng lại được {sum}, dòng lĩnh vực ghi {total}. Hãy sửa bảng, hoặc xóa các dòng chi tiết, rồi nhập lại.</translation>
    </message>
    <message>
        <source>Row {row} ({field}) is numbered {number} like a detail of a field, but no field row with figures comes before it. Correct the sheet and import again.</source>
        <translation>Dòng {row} ({field}) được đánh số {number} như một dòng chi tiết của lĩnh vực, nhưng phía trên không có dòng lĩnh vực nào có số liệu. Hãy sửa bảng rồi nhập lại.</translation>
    </message>
    <message>
        <source>This sheet holds the figures of another unit: its title names {sheet_unit}, but this database is for {agency}. Nothing was imported: choose the sheet of {agency}.</source>
        <translation>Bảng này là số liệu của đơn vị khác: tiêu đề ghi {sheet_unit}, nhưng cơ sở dữ liệu này là của {agency}. Chưa nhập gì: hãy chọn bảng số liệu của {agency}.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>TTHC settled on time (%), by period end</source>
        <translation>Tỷ lệ TTHC giải quyết đúng hạn (%), theo kỳ</translation>
    </message>
    <message>
        <source>No service statistics recorded yet.</source>
        <translation>Chưa có số liệu thống kê giải quyết TTHC.</translation>
    </message>
    <message>
        <source>&amp;Per field…</source>
        <translation>Theo &amp;lĩnh vực…</translation>
    </message>
    <message>
        <source>The selected period&apos;s applications per field (lĩnh vực), in one grid</source>
        <translation>Số hồ sơ theo từng lĩnh vực của kỳ đang chọn, nhập trên một bảng</translation>
    </message>
    <message>
        <source>&amp;Import from the province&apos;s portal…</source>
        <translation>&amp;Nhập từ hệ thống của tỉnh…</translation>
    </message>
    <message>
        <source>Select a statistics period first.</source>
        <translation>Hãy chọn một kỳ thống kê trước.</translation>
    </message>
    <message>
        <source>The province&apos;s portal export (results per field)</source>
        <translation>Tệp xuất từ Hệ thống thông tin giải quyết TTHC của tỉnh (kết quả theo lĩnh vực)</translation>
    </message>
    <message>
        <source>Statistics sheets (%1)</source>
        <translation>Bảng thống kê (%1)</translation>
    </message>
    <message>
        <source>a new statistics period</source>
        <translation>một kỳ thống kê mới</translation>
    </message>
    <message>
        <source>the existing statistics period, whose figures are replaced (now %1 received, %2 on time, %3 late, %4 pending, in %5 fields)</source>
        <translation>kỳ thống kê đã có, thay số liệu hiện có (%1 hồ sơ tiếp nhận, %2 đúng hạn, %3 trễ hạn, %4 đang giải quyết, trong %5 lĩnh vực)</translation>
    </message>
    <message>
        <source>Import %1 fields for %2 – %3 into %4? The totals become the sums of the fields.</source>
        <translation>Nhập %1 lĩnh vực, từ %2 đến %3 vào %4? Tổng số của kỳ sẽ bằng tổng các lĩnh vực.</translation>
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
        <source>Total: 1 working day</source>
        <translation>Tổng cộng: 1 ngày làm việc</translation>
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
        <source>legal limit 1 working day</source>
        <translation>thời hạn quy định 1 ngày làm việc</translation>
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
    <name>TrustDialog</name>
    <message>
        <source>Enrol a key for %1</source>
        <translation>Ghi nhận khóa của %1</translation>
    </message>
    <message>
        <source>(no key yet)</source>
        <translation>(chưa có khóa)</translation>
    </message>
    <message>
        <source>e.g. by phone with the ISO secretary, 12/07/2026</source>
        <translation>ví dụ: gọi điện với thư ký ISO ngày 12/07/2026</translation>
    </message>
    <message>
        <source>I confirmed this fingerprint with the unit (signed paper or phone call)</source>
        <translation>Tôi đã xác nhận mã này với đơn vị (báo cáo giấy có chữ ký hoặc gọi điện)</translation>
    </message>
    <message>
        <source>Key pinned now:</source>
        <translation>Khóa đang ghi nhận:</translation>
    </message>
    <message>
        <source>New key &amp;fingerprint:</source>
        <translation>&amp;Mã nhận dạng khóa mới:</translation>
    </message>
    <message>
        <source>How it was &amp;confirmed:</source>
        <translation>Cách &amp;xác nhận:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Ghi nhận</translation>
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
        <source>The file {path} could not be opened: {detail}</source>
        <translation>Không mở được tệp {path}: {detail}</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). Copy it again from the original (e-mail, USB stick) and import the copy.</source>
        <translation>Tệp trống (0 byte). Hãy chép lại từ bản gốc (thư điện tử, USB) rồi nhập bản vừa chép.</translation>
    </message>
    <message>
        <source>The file cannot be read as a spreadsheet (.xlsx, .xlsm, .xls, .ods), a Word document (.docx) or a CSV file, or it is damaged. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import that file.</source>
        <translation>Không đọc được tệp như một bảng tính (.xlsx, .xlsm, .xls, .ods), văn bản Word (.docx) hay tệp CSV, hoặc tệp bị hỏng. Hãy mở tệp bằng Excel, chọn Tệp › Lưu thành › Sổ làm việc Excel (.xlsx), rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>The file looks like an Excel, OpenDocument or Word file but it is damaged or incomplete. Copy it again from the original; if Excel can still open it, save it again as .xlsx.</source>
        <translation>Tệp có dạng tệp Excel, OpenDocument hoặc Word nhưng bị hỏng hoặc không đầy đủ. Hãy chép lại từ bản gốc; nếu Excel vẫn mở được, hãy lưu lại thành .xlsx.</translation>
    </message>
    <message>
        <source>This is an Excel 97–2003 workbook (.xls), but it could not be read ({detail}). Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.</source>
        <translation>Đây là sổ làm việc Excel 97–2003 (.xls) nhưng không đọc được ({detail}). Hãy mở tệp bằng Excel, chọn Tệp › Lưu thành › Sổ làm việc Excel (.xlsx), rồi nhập tệp .xlsx đó.</translation>
    </message>
    <message>
        <source>This is an old Word 97–2003 document (.doc), which cannot be read directly. Open it in Word and use File › Save As › Word Document (.docx), then import the .docx file.</source>
        <translation>Đây là văn bản Word 97–2003 cũ (.doc), không đọc trực tiếp được. Hãy mở bằng Word, chọn Tệp › Lưu thành › Tài liệu Word (.docx), rồi nhập tệp .docx đó.</translation>
    </message>
    <message>
        <source>The file is protected with a password. Open it in Excel or Word with the password, remove the protection (File › Info › Protect › Encrypt with Password, empty the password) and save it, then import it.</source>
        <translation>Tệp được bảo vệ bằng mật khẩu. Hãy mở bằng Excel hoặc Word với mật khẩu, bỏ bảo vệ (Tệp › Thông tin › Bảo vệ › Mã hóa bằng mật khẩu, xóa mật khẩu) và lưu lại, rồi nhập tệp.</translation>
    </message>
    <message>
        <source>This is a PDF file: the TTHC list cannot be read from a PDF. Ask the province (or download from its portal) the Excel or Word version of the list and import that.</source>
        <translation>Đây là tệp PDF: không đọc được danh mục TTHC từ PDF. Hãy xin tỉnh (hoặc tải từ cổng thông tin của tỉnh) bản Excel hoặc Word của danh mục rồi nhập bản đó.</translation>
    </message>
    <message>
        <source>This file is a web page (HTML) saved with a spreadsheet name, as some portals export it. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.</source>
        <translation>Tệp này là trang web (HTML) được lưu với tên bảng tính, như một số cổng thông tin xuất ra. Hãy mở bằng Excel, chọn Tệp › Lưu thành › Sổ làm việc Excel (.xlsx), rồi nhập tệp .xlsx đó.</translation>
    </message>
    <message>
        <source>This is an Excel 2003 XML spreadsheet. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.</source>
        <translation>Đây là bảng tính XML của Excel 2003. Hãy mở bằng Excel, chọn Tệp › Lưu thành › Sổ làm việc Excel (.xlsx), rồi nhập tệp .xlsx đó.</translation>
    </message>
    <message>
        <source>This is a Rich Text (.rtf) document. Open it in Word and use File › Save As › Word Document (.docx), then import the .docx file.</source>
        <translation>Đây là văn bản Rich Text (.rtf). Hãy mở bằng Word, chọn Tệp › Lưu thành › Tài liệu Word (.docx), rồi nhập tệp .docx đó.</translation>
    </message>
    <message>
        <source>This is an OpenDocument text file (.odt). Open it in LibreOffice Writer or Word and save it as Word Document (.docx), then import the .docx file.</source>
        <translation>Đây là văn bản OpenDocument (.odt). Hãy mở bằng LibreOffice Writer hoặc Word và lưu thành Tài liệu Word (.docx), rồi nhập tệp .docx đó.</translation>
    </message>
    <message>
        <source>This is an Excel binary workbook (.xlsb) that could not be read ({detail}). Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.</source>
        <translation>Đây là sổ làm việc Excel nhị phân (.xlsb) không đọc được ({detail}). Hãy mở bằng Excel, chọn Tệp › Lưu thành › Sổ làm việc Excel (.xlsx), rồi nhập tệp .xlsx đó.</translation>
    </message>
    <message>
        <source>The file is neither a spreadsheet nor a readable text (CSV) file. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import that file.</source>
        <translation>Tệp không phải bảng tính, cũng không phải tệp văn bản (CSV) đọc được. Hãy mở bằng Excel, chọn Tệp › Lưu thành › Sổ làm việc Excel (.xlsx), rồi nhập tệp đó.</translation>
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
        <source>Sheet “{sheet}”: {count} cell(s) hold a formula whose result is not in the file ({cells}): the file was saved by a program that does not calculate formulas, so these cells would be read as empty. Open the file in Excel or LibreOffice, save it, then import it again.</source>
        <translation>Trang “{sheet}”: {count} ô chứa công thức chưa được tính kết quả ({cells}): tệp được lưu bằng một chương trình không tính công thức, nên các ô này sẽ bị đọc là trống. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại, rồi nhập lại.</translation>
    </message>
    <message>
        <source>Left out {count} row(s) hidden in Excel (rows {rows}). To import them, unhide them in Excel and import the file again.</source>
        <translation>Bỏ qua {count} dòng bị ẩn trong Excel (dòng {rows}). Nếu cần nhập các dòng này, hãy bỏ ẩn chúng trong Excel rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>Left out column(s) {columns} hidden in Excel: what they hold was not read. To import it, unhide the column(s) in Excel and import the file again.</source>
        <translation>Bỏ qua cột {columns} bị ẩn trong Excel: không đọc nội dung của cột này. Nếu cần nhập, hãy bỏ ẩn cột trong Excel rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>Left out {count} row(s) hidden in Excel (rows {rows}) and column(s) {columns} hidden in Excel. To import them, unhide them in Excel and import the file again.</source>
        <translation>Bỏ qua {count} dòng bị ẩn trong Excel (dòng {rows}) và cột {columns} bị ẩn trong Excel. Nếu cần nhập, hãy bỏ ẩn chúng trong Excel rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>The rows hidden in this Excel 97–2003 (.xls) file could not be checked: every row is read, hidden or not. If the file hides rows, open it in Excel, save it as Excel Workbook (.xlsx) and import that file.</source>
        <translation>Không kiểm tra được các dòng bị ẩn trong tệp Excel 97–2003 (.xls) này: mọi dòng đều được đọc, dù bị ẩn hay không. Nếu tệp có dòng bị ẩn, hãy mở tệp bằng Excel, lưu thành Sổ làm việc Excel (.xlsx) rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>No header row found: none of the first {rows} rows of any sheet names the columns for the procedure code (Mã TTHC) and name (Tên thủ tục).</source>
        <translation>Không tìm thấy dòng tiêu đề: trong {rows} dòng đầu của các trang tính, không có dòng nào chứa tên cột mã thủ tục (Mã TTHC) và tên thủ tục (Tên thủ tục).</translation>
    </message>
    <message>
        <source>This Word file has no table with TTHC codes: none of its tables has a header naming the procedure code (Mã TTHC / Mã số hồ sơ) and name (Tên thủ tục). If the list is in another file (the annex of the decision), import that file.</source>
        <translation>Tệp Word này không có bảng mã TTHC: không bảng nào có dòng tiêu đề ghi cột mã thủ tục (Mã TTHC / Mã số hồ sơ) và tên thủ tục (Tên thủ tục). Nếu danh mục nằm ở tệp khác (phụ lục của quyết định), hãy nhập tệp đó.</translation>
    </message>
    <message>
        <source>The file has no procedure row below the header row (row {row}): nothing to import. Check that this is the list itself and that its rows have not been deleted.</source>
        <translation>Tệp không có dòng thủ tục nào dưới dòng tiêu đề (dòng {row}): không có gì để nhập. Hãy kiểm tra đây đúng là tệp danh mục và các dòng thủ tục chưa bị xóa.</translation>
    </message>
    <message>
        <source>Left out the sheet(s) {sheets}: their name says they list the procedures of another level (province, district), not the commune&apos;s. To import one, save it as a file of its own and import that file.</source>
        <translation>Bỏ qua trang tính {sheets}: tên trang cho thấy đó là thủ tục của cấp khác (tỉnh, huyện), không phải của cấp xã. Nếu cần nhập một trang, hãy lưu trang đó thành tệp riêng rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>The file has no visible procedure row below the header row: {count} row(s) are hidden in Excel (rows {rows}). Unhide them in Excel if they should be imported.</source>
        <translation>Tệp không có dòng thủ tục nào hiển thị dưới dòng tiêu đề: {count} dòng đang bị ẩn trong Excel (dòng {rows}). Nếu cần nhập các dòng này, hãy bỏ ẩn chúng trong Excel.</translation>
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
        <source>Invalid code &quot;{code}&quot;: six digits are expected after the dot. If Excel dropped the trailing zeros of a number, the code is {padded}: format the column as Text in Excel and save the file again</source>
        <translation>Mã &quot;{code}&quot; không hợp lệ: sau dấu chấm phải có sáu chữ số. Nếu Excel đã bỏ các số 0 ở cuối của một số thì mã là {padded}: hãy định dạng cột là Văn bản (Text) trong Excel rồi lưu lại tệp</translation>
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
        <source>The file has more than {limit} procedure rows: it is not a commune&apos;s list of procedures. Nothing was imported.</source>
        <translation>Tệp có hơn {limit} dòng thủ tục: đây không phải danh mục thủ tục hành chính của một xã. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>Column “{column}” holds “{value}”, which is not a time limit (e.g. “05 ngày làm việc”, “Trong ngày”, “Không quy định”)</source>
        <translation>Cột “{column}” ghi “{value}”, không phải thời hạn giải quyết (ví dụ “05 ngày làm việc”, “Trong ngày”, “Không quy định”)</translation>
    </message>
    <message>
        <source>Column “{column}” holds “{value}”, which is not the code of the replacing TTHC (e.g. 1.009137)</source>
        <translation>Cột “{column}” ghi “{value}”, không phải mã của TTHC thay thế (ví dụ 1.009137)</translation>
    </message>
    <message>
        <source>Column “{column}” holds “{value}”: expected new, amended, replaced or abolished (mới ban hành, sửa đổi bổ sung, thay thế, bãi bỏ)</source>
        <translation>Cột “{column}” ghi “{value}”: cần là mới ban hành, sửa đổi bổ sung, thay thế hoặc bãi bỏ</translation>
    </message>
    <message>
        <source>Column “{column}” holds “{value}”, which is not a level of online public service (toàn trình, một phần, mức độ 2–4)</source>
        <translation>Cột “{column}” ghi “{value}”, không phải mức độ dịch vụ công trực tuyến (toàn trình, một phần, mức độ 2–4)</translation>
    </message>
    <message>
        <source>Column “{column}” holds “{value}”, which does not fit that column (a value from another column?)</source>
        <translation>Cột “{column}” ghi “{value}”, không hợp với cột này (giá trị của cột khác?)</translation>
    </message>
    <message>
        <source>Replaced TTHC {code}: the code of the TTHC that replaces it is missing</source>
        <translation>TTHC bị thay thế {code}: thiếu mã của TTHC thay thế</translation>
    </message>
    <message>
        <source>Not in the register: nothing to take out of scope</source>
        <translation>Không có trong sổ: không có gì để đưa ra ngoài phạm vi</translation>
    </message>
    <message>
        <source>Not in the register yet: added with the amended content</source>
        <translation>Chưa có trong sổ: được thêm với nội dung đã sửa đổi</translation>
    </message>
    <message>
        <source>Already out of scope by decision {decision}</source>
        <translation>Đã ra ngoài phạm vi theo quyết định {decision}</translation>
    </message>
    <message>
        <source>No national code yet: added with the temporary code {code} if you confirm</source>
        <translation>Chưa có mã quốc gia: được thêm với mã tạm {code} nếu anh/chị đồng ý</translation>
    </message>
    <message>
        <source>No national code yet: added with the temporary code {code}</source>
        <translation>Chưa có mã quốc gia: đã thêm với mã tạm {code}</translation>
    </message>
    <message>
        <source>No national code yet: not imported (confirm to add it with a temporary code)</source>
        <translation>Chưa có mã quốc gia: chưa nhập (đồng ý để thêm với mã tạm)</translation>
    </message>
    <message>
        <source>The file changes the TTHC list (amended, replaced or abolished procedures) and names decision {number}, but its date could not be read from the file: give the date of the decision (in the window&apos;s field, or --decision-date DD/MM/YYYY).</source>
        <translation>Tệp làm thay đổi danh mục TTHC (thủ tục được sửa đổi, bị thay thế hoặc bị bãi bỏ) và ghi quyết định số {number}, nhưng không đọc được ngày của quyết định trong tệp: hãy nhập ngày của quyết định (ở ô trong cửa sổ, hoặc --decision-date DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>The file changes the TTHC list (amended, replaced or abolished procedures): give the number and the date of the decision that publishes it.</source>
        <translation>Tệp làm thay đổi danh mục TTHC (thủ tục được sửa đổi, bị thay thế hoặc bị bãi bỏ): hãy nhập số và ngày của quyết định công bố.</translation>
    </message>
    <message>
        <source>The TTHC register changed since the preview was made. Nothing was written: run the import again to see a new preview.</source>
        <translation>Sổ TTHC đã thay đổi từ lúc xem trước. Chưa ghi gì: hãy nhập lại để xem bản xem trước mới.</translation>
    </message>
    <message>
        <source>The decision&apos;s effective date {effective} is before its date {date}.</source>
        <translation>Ngày có hiệu lực {effective} của quyết định sớm hơn ngày ký {date}.</translation>
    </message>
    <message>
        <source>The file dates the decision {date}, which is not a real date: correct the date in the file, or give the decision&apos;s date.</source>
        <translation>Tệp ghi ngày của quyết định là {date}, đây không phải là một ngày có thật: hãy sửa ngày trong tệp, hoặc nhập ngày của quyết định.</translation>
    </message>
    <message>
        <source>The decision {number} is dated {date}, after today ({today}): a decision not yet signed cannot change the list. Check the date in the file, or give the decision&apos;s date.</source>
        <translation>Quyết định {number} đề ngày {date}, sau ngày hôm nay ({today}): quyết định chưa ký không thể thay đổi danh mục. Hãy kiểm tra ngày trong tệp, hoặc nhập ngày của quyết định.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the list&apos;s file (.xlsx, .xls, .ods, .docx or .csv).</source>
        <translation>{path} là một thư mục: hãy chọn tệp danh mục (.xlsx, .xls, .ods, .docx hoặc .csv).</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>Không tìm thấy tệp: {path}</translation>
    </message>
</context>
<context>
    <name>TthcImportFlow</name>
    <message>
        <source>TTHC lists (%1)</source>
        <translation>Danh mục TTHC (%1)</translation>
    </message>
    <message>
        <source>Import the province&apos;s TTHC list</source>
        <translation>Nhập danh mục TTHC của tỉnh</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Đã hủy nhập; không ghi gì.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Import cancelled while writing: everything written so far was rolled back; the TTHC list is as it was before.</source>
        <translation>Đã hủy nhập trong lúc ghi: mọi thứ vừa ghi đã được hoàn tác; danh mục TTHC vẫn như trước.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>Đã nhập: thêm %1, cập nhật %2, không đổi %3, bị loại %4.</translation>
    </message>
    <message>
        <source>%1 abolished and %2 replaced TTHC taken out of the scope (decision %3).</source>
        <translation>%1 TTHC bị bãi bỏ và %2 TTHC bị thay thế đã được đưa ra ngoài phạm vi (quyết định %3).</translation>
    </message>
    <message>
        <source>%1 procedure(s) to update within 3 months: see the warnings.</source>
        <translation>%1 quy trình phải cập nhật trong 3 tháng: xem các cảnh báo.</translation>
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
        <translation>Thêm TTH&amp;C…</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Nhập danh mục…</translation>
    </message>
    <message>
        <source>Import the province&apos;s TTHC list or a decision changing it (.xlsx, .xls, .ods, .docx, .csv), with a preview first</source>
        <translation>Nhập danh mục TTHC của tỉnh hoặc quyết định thay đổi danh mục (.xlsx, .xls, .ods, .docx, .csv), có xem trước</translation>
    </message>
    <message>
        <source>Set national &amp;code…</source>
        <translation>Ghi &amp;mã quốc gia…</translation>
    </message>
    <message>
        <source>Replace the temporary code of a TTHC imported without a national code</source>
        <translation>Thay mã tạm của TTHC được nhập khi chưa có mã quốc gia</translation>
    </message>
    <message>
        <source>In/out of &amp;scope</source>
        <translation>Trong/ngoài &amp;phạm vi</translation>
    </message>
    <message>
        <source>Put the selected TTHC in the QMS scope, or take it out</source>
        <translation>Đưa TTHC được chọn vào phạm vi HTQLCL hoặc đưa ra khỏi phạm vi</translation>
    </message>
    <message numerus="yes">
        <source>%n TTHC</source>
        <translation>
            <numerusform>%n TTHC</numerusform>
        </translation>
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
        <source>Abolished (%1)</source>
        <translation>Bị bãi bỏ (%1)</translation>
    </message>
    <message>
        <source>Replaced by %1 (%2)</source>
        <translation>Thay thế bằng %1 (%2)</translation>
    </message>
    <message>
        <source>Temporary code</source>
        <translation>Mã tạm</translation>
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
        <translation>Quy trìn&amp;h mới cho TTHC này…</translation>
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
        <source>%1 (temporary code: no national code yet)</source>
        <translation>%1 (mã tạm: chưa có mã quốc gia)</translation>
    </message>
    <message>
        <source>abolished by decision %1 of %2</source>
        <translation>bị bãi bỏ theo quyết định %1 ngày %2</translation>
    </message>
    <message>
        <source>replaced by %1 (decision %2 of %3)</source>
        <translation>được thay thế bằng %1 (quyết định %2 ngày %3)</translation>
    </message>
    <message>
        <source>issued by decision %1 of %2</source>
        <translation>ban hành theo quyết định %1 ngày %2</translation>
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
        <source>National code</source>
        <translation>Mã quốc gia</translation>
    </message>
    <message>
        <source>National code of “%1” (e.g. 1.009137):</source>
        <translation>Mã quốc gia của “%1” (ví dụ 1.009137):</translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message>
        <source>No header row found: none of the first {rows} rows of any sheet names the columns for the unit code (Mã đơn vị) and name (Tên đơn vị).</source>
        <translation>Không tìm thấy dòng tiêu đề: trong {rows} dòng đầu của các trang tính không có dòng nào ghi tên cột mã đơn vị (Mã đơn vị) và tên đơn vị (Tên đơn vị).</translation>
    </message>
    <message>
        <source>Missing unit code</source>
        <translation>Thiếu mã đơn vị</translation>
    </message>
    <message>
        <source>Missing unit name</source>
        <translation>Thiếu tên đơn vị</translation>
    </message>
    <message>
        <source>Invalid unit code &quot;{code}&quot;: letters, digits, dot, dash or underscore, at most 50</source>
        <translation>Mã đơn vị &quot;{code}&quot; không hợp lệ: chỉ gồm chữ, số, dấu chấm, gạch ngang hoặc gạch dưới, tối đa 50 ký tự</translation>
    </message>
    <message>
        <source>Duplicate unit code {code}: already in row {first_row}</source>
        <translation>Trùng mã đơn vị {code}: đã có ở dòng {first_row}</translation>
    </message>
    <message>
        <source>Unknown kind &quot;{kind}&quot;: use Xã, Phường or Đặc khu</source>
        <translation>Loại &quot;{kind}&quot; không hợp lệ: ghi Xã, Phường hoặc Đặc khu</translation>
    </message>
    <message>
        <source>Invalid date &quot;{value}&quot; in the column of the opening date: use dd/mm/yyyy</source>
        <translation>Ngày &quot;{value}&quot; ở cột ngày thành lập không hợp lệ: hãy nhập theo dạng ngày/tháng/năm (ví dụ 01/07/2025)</translation>
    </message>
    <message>
        <source>Invalid date &quot;{value}&quot; in the column of the closing date: use dd/mm/yyyy</source>
        <translation>Ngày &quot;{value}&quot; ở cột ngày giải thể/sáp nhập không hợp lệ: hãy nhập theo dạng ngày/tháng/năm (ví dụ 01/07/2025)</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; in the column of the opening date looks like a date that Excel shows as a number ({value} is {date}): format the column as Date (dd/mm/yyyy) in Excel and import again</source>
        <translation>&quot;{value}&quot; ở cột ngày thành lập có vẻ là một ngày mà Excel hiển thị dưới dạng số ({value} là ngày {date}): hãy định dạng cột này là Ngày (ngày/tháng/năm) trong Excel rồi nhập lại</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; in the column of the closing date looks like a date that Excel shows as a number ({value} is {date}): format the column as Date (dd/mm/yyyy) in Excel and import again</source>
        <translation>&quot;{value}&quot; ở cột ngày giải thể có vẻ là một ngày mà Excel hiển thị dưới dạng số ({value} là ngày {date}): hãy định dạng cột này là Ngày (ngày/tháng/năm) trong Excel rồi nhập lại</translation>
    </message>
    <message>
        <source>The column of the opening date holds the number {value}, not a date: type the date as dd/mm/yyyy</source>
        <translation>Cột ngày thành lập chứa số {value}, không phải là ngày: hãy nhập ngày theo dạng ngày/tháng/năm</translation>
    </message>
    <message>
        <source>The column of the closing date holds the number {value}, not a date: type the date as dd/mm/yyyy</source>
        <translation>Cột ngày giải thể chứa số {value}, không phải là ngày: hãy nhập ngày theo dạng ngày/tháng/năm</translation>
    </message>
    <message>
        <source>{count} unit code(s) that Excel had turned into numbers were padded with leading zeros to {width} digits, as every other code in the column is written (rows {rows}). Check them before importing.</source>
        <translation>Đã thêm số 0 vào đầu {count} mã đơn vị bị Excel chuyển thành số để đủ {width} chữ số, giống cách ghi mọi mã khác trong cột (dòng {rows}). Hãy kiểm tra lại trước khi nhập.</translation>
    </message>
    <message>
        <source>Unit code {code} is the number Excel made of the code {other} in row {first_row} (the leading zeros were dropped): format the code column as Text in Excel, type the codes again and import again</source>
        <translation>Mã đơn vị {code} là số mà Excel tạo ra từ mã {other} ở dòng {first_row} (đã mất các chữ số 0 ở đầu): hãy định dạng cột mã là Văn bản (Text) trong Excel, nhập lại các mã rồi nhập lại tệp</translation>
    </message>
    <message>
        <source>The closing date is before the opening date</source>
        <translation>Ngày giải thể trước ngày thành lập</translation>
    </message>
    <message>
        <source>Not expected to report, but no reason is given</source>
        <translation>Không phải báo cáo nhưng không ghi lý do</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; in the column of units expected to report: use Có or Không</source>
        <translation>&quot;{value}&quot; ở cột phải báo cáo: ghi Có hoặc Không</translation>
    </message>
    <message>
        <source>Too many rows: the import stopped after {limit} units</source>
        <translation>Quá nhiều dòng: dừng nhập sau {limit} đơn vị</translation>
    </message>
    <message>
        <source>Name too long ({length} characters; at most 300)</source>
        <translation>Tên quá dài ({length} ký tự; tối đa 300)</translation>
    </message>
    <message>
        <source>The file has no column {columns}: the units already in the register keep what it holds for them, as they do for an empty cell.</source>
        <translation>Tệp không có cột {columns}: các đơn vị đã có trong danh sách giữ nguyên thông tin đang lưu ở các cột này, cũng như khi một ô để trống.</translation>
    </message>
    <message>
        <source>{count} unit(s) of the register are not in the file and are kept as they are: {units}. A unit that no longer exists is closed in Đơn vị (its closing date), never deleted.</source>
        <translation>{count} đơn vị trong danh sách không có trong tệp và được giữ nguyên: {units}. Đơn vị không còn tồn tại thì ghi ngày giải thể ở trang Đơn vị, không bao giờ xóa.</translation>
    </message>
    <message>
        <source>The file has no unit row below the header row (row {row}): nothing to import. Check that this is the list of units itself and that its rows have not been deleted.</source>
        <translation>Tệp không có dòng đơn vị nào dưới dòng tiêu đề (dòng {row}): không có gì để nhập. Hãy kiểm tra đây đúng là tệp danh sách đơn vị và các dòng đơn vị chưa bị xóa.</translation>
    </message>
    <message>
        <source>The file has no visible unit row below the header row: {count} row(s) are hidden in Excel (rows {rows}). Unhide them in Excel if they should be imported.</source>
        <translation>Tệp không có dòng đơn vị nào đang hiện dưới dòng tiêu đề: {count} dòng bị ẩn trong Excel (dòng {rows}). Hãy bỏ ẩn các dòng đó trong Excel nếu cần nhập.</translation>
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
    <name>UnitsRegisterPage</name>
    <message>
        <source>New &amp;unit</source>
        <translation>Thê&amp;m đơn vị</translation>
    </message>
    <message>
        <source>Import from &amp;Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>former units merged into this one, separated by ;</source>
        <translation>các đơn vị cũ sáp nhập vào đơn vị này, cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <source>Expected to report</source>
        <translation>Phải báo cáo</translation>
    </message>
    <message>
        <source>why not (required when it is not expected)</source>
        <translation>lý do (bắt buộc khi không phải báo cáo)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Mã đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tên đơn vị:</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>Loạ&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>Ngày thành lậ&amp;p:</translation>
    </message>
    <message>
        <source>C&amp;losed on:</source>
        <translation>Ngà&amp;y giải thể:</translation>
    </message>
    <message>
        <source>&amp;Predecessors:</source>
        <translation>Đơn vị tiền t&amp;hân:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Lý &amp;do:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Khóa tin cậy</translation>
    </message>
    <message>
        <source>Enrol a &amp;key…</source>
        <translation>Ghi nhận &amp;khóa…</translation>
    </message>
    <message>
        <source>Packages are accepted only when signed with the key pinned here. The first key is confirmed when the unit&apos;s first package arrives; a changed key must be enrolled by hand after checking it with the unit.</source>
        <translation>Chỉ nhận gói báo cáo được ký bằng khóa ghi nhận ở đây. Khóa đầu tiên được xác nhận khi nhận gói đầu tiên của đơn vị; khi đơn vị đổi khóa, phải ghi nhận khóa mới thủ công sau khi xác nhận với đơn vị.</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Mã nhận dạng khóa:</translation>
    </message>
    <message>
        <source>Last history head:</source>
        <translation>Đầu chuỗi nhật ký gần nhất:</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Đơn vị mới</translation>
    </message>
    <message>
        <source>&amp;Add the unit</source>
        <translation>&amp;Thêm đơn vị</translation>
    </message>
    <message>
        <source>No key yet: the first package will ask for confirmation.</source>
        <translation>Chưa có khóa: khi nhận gói đầu tiên sẽ yêu cầu xác nhận.</translation>
    </message>
    <message>
        <source>Unit %1 saved.</source>
        <translation>Đã lưu đơn vị %1.</translation>
    </message>
    <message>
        <source>Register of reporting units</source>
        <translation>Danh sách đơn vị báo cáo</translation>
    </message>
    <message>
        <source>Registers of units (%1)</source>
        <translation>Danh sách đơn vị (%1)</translation>
    </message>
    <message>
        <source>Reading the list of units…</source>
        <translation>Đang đọc danh sách đơn vị…</translation>
    </message>
    <message>
        <source>%1 units to add, %2 to update, %3 unchanged, %4 rows rejected.</source>
        <translation>Sẽ thêm %1 đơn vị, cập nhật %2, không đổi %3, từ chối %4 dòng.</translation>
    </message>
    <message>
        <source>Units to update (field: now → after the import):</source>
        <translation>Các đơn vị sẽ cập nhật (trường: hiện nay → sau khi nhập):</translation>
    </message>
    <message>
        <source>… and %1 more units to update</source>
        <translation>… và %1 đơn vị khác sẽ cập nhật</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Import of the units</source>
        <translation>Nhập danh sách đơn vị</translation>
    </message>
    <message>
        <source>Import now?</source>
        <translation>Nhập ngay?</translation>
    </message>
    <message>
        <source>Importing the units…</source>
        <translation>Đang nhập danh sách đơn vị…</translation>
    </message>
    <message>
        <source>Enrol the same key for this unit all the same?</source>
        <translation>Vẫn ghi nhận cùng khóa này cho đơn vị này?</translation>
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
        <source>I&amp;ssue new version…</source>
        <translation>Tạo lần ban hành &amp;mới…</translation>
    </message>
    <message>
        <source>E&amp;dit version…</source>
        <translation>Sửa lần ban &amp;hành…</translation>
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
        <source>The database is on the office&apos;s server: its administrator restores a backup there with pg_restore.</source>
        <translation>Cơ sở dữ liệu nằm trên máy chủ của cơ quan: người quản trị máy chủ khôi phục bản sao lưu bằng pg_restore.</translation>
    </message>
    <message>
        <source>&amp;Merge the former communes&apos; data…</source>
        <translation>&amp;Gộp dữ liệu các xã cũ…</translation>
    </message>
    <message>
        <source>Only the ISO secretary or a leader can merge data.</source>
        <translation>Chỉ thư ký ISO hoặc lãnh đạo mới được gộp dữ liệu.</translation>
    </message>
    <message>
        <source>The database is on the office&apos;s server: merge the former communes into the new commune&apos;s file on this computer first, then move that file to the server (qms migrate-db).</source>
        <translation>Cơ sở dữ liệu đang ở trên máy chủ của cơ quan: hãy gộp dữ liệu các xã cũ vào tệp dữ liệu của xã mới trên máy tính này trước, rồi chuyển tệp đó lên máy chủ (qms migrate-db).</translation>
    </message>
    <message>
        <source>Former communes and their &amp;figures…</source>
        <translation>Các xã cũ và &amp;số liệu…</translation>
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
        <source>Ne&amp;xt page</source>
        <translation>Trang &amp;sau</translation>
    </message>
    <message>
        <source>P&amp;revious page</source>
        <translation>Trang &amp;trước</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
</context>
</TS>
