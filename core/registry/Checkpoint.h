// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace cd {

// A checkpoint (điểm kiểm dịch) with the fields of the national registration form ("Đăng ký điểm kiểm
// dịch", seed 004) and what the office keeps beside them.
struct Checkpoint {
    enum class Status { Active, Closed };

    qint64 id = 0; // 0 until stored
    QString code;  // unique and stable; generated as <commune code>-<number> unless given
    QString name;  // Tên điểm kiểm dịch*
    qint64 typeId = 0;
    QString typeName;               // Loại điểm kiểm dịch*
    QString phone;                  // Số điện thoại*, national form 0XXXXXXXXX
    QString communeCode;            // Phường xã* (and through it Quận huyện*, Tỉnh thành*)
    QString address;                // Địa chỉ*
    std::optional<double> latitude; // Vị trí
    std::optional<double> longitude;
    QString description;            // Giới thiệu
    QString issuedQrPayload;        // as issued by the national system; empty when none
    std::optional<qint64> parentId; // a floor, department or ward of a larger checkpoint
    QString parentCode;
    Status status = Status::Active;
    QDate closedOn;
    QDate registeredOn; // counted by statistics from this day
    QDateTime createdAt;
    QDateTime updatedAt;

    // Filled when read, for display: Xã Đăng Hà, Huyện Bù Đăng, Tỉnh Bình Phước.
    QString communeName;
    QString districtName;
    QString provinceName;

    bool isClosed() const { return status == Status::Closed; }
    friend bool operator==(const Checkpoint &, const Checkpoint &) = default;
};

using Checkpoints = QVector<Checkpoint>;

QString statusKey(Checkpoint::Status status); // "active" / "closed"
std::optional<Checkpoint::Status> statusFromKey(const QString &key);

// Which checkpoints a list shows; empty members do not filter.
struct CheckpointFilter {
    QString communeCode;
    qint64 typeId = 0;
    std::optional<Checkpoint::Status> status;
    std::optional<qint64> parentId;
    QString text; // matched against code, name, address and phone, without diacritics
};

} // namespace cd
