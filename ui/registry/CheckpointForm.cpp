// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointForm.h"

#include "AreaCombos.h"
#include "ParentPicker.h"
#include "UiText.h"
#include "common/Clock.h"
#include "registry/CheckpointRegistry.h"
#include "registry/CheckpointTypes.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cd::ui {
namespace {

const QString kProblemStyle = QStringLiteral("color: #b71c1c;");

// "11.8123" or "11,8123" (a Vietnamese keyboard's decimal comma); nullopt with ok for an empty field.
std::optional<double> parseDegrees(const QString &text, bool *ok) {
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return std::nullopt;
    const double value = QString(trimmed).replace(u',', u'.').toDouble(ok);
    return *ok ? std::optional<double>(value) : std::nullopt;
}

QString degreesText(const std::optional<double> &value) {
    return value ? QString::number(*value, 'f', 6).remove(QRegularExpression(QStringLiteral("\\.?0+$")))
                 : QString();
}

} // namespace

CheckpointForm::CheckpointForm(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_layout(new QFormLayout)
    , m_generalProblem(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_phone(new QLineEdit(this))
    , m_area(new AreaCombos(db, this))
    , m_latitude(new QLineEdit(this))
    , m_longitude(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_code(new QLineEdit(this))
    , m_issuedQr(new QLineEdit(this))
    , m_parent(new ParentPicker(this))
    , m_status(new QComboBox(this))
    , m_closedOn(new QDateEdit(this))
    , m_registeredOn(new QDateEdit(this))
    , m_statusRow(new QWidget(this)) {
    m_name->setObjectName(QStringLiteral("name"));
    m_type->setObjectName(QStringLiteral("type"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_latitude->setObjectName(QStringLiteral("latitude"));
    m_longitude->setObjectName(QStringLiteral("longitude"));
    m_address->setObjectName(QStringLiteral("address"));
    m_description->setObjectName(QStringLiteral("description"));
    m_code->setObjectName(QStringLiteral("code"));
    m_issuedQr->setObjectName(QStringLiteral("issuedQr"));
    m_parent->setObjectName(QStringLiteral("parent"));
    m_status->setObjectName(QStringLiteral("status"));
    m_closedOn->setObjectName(QStringLiteral("closedOn"));

    m_generalProblem->setStyleSheet(kProblemStyle);
    m_generalProblem->setWordWrap(true);
    m_generalProblem->hide();

    if (const auto types = CheckpointTypes(db).all()) {
        for (const CheckpointType &type : types.value())
            m_type->addItem(type.name, type.id);
    }
    m_type->setPlaceholderText(tr("Choose a type"));
    m_type->setCurrentIndex(-1);
    m_type->setMaxVisibleItems(16);
    m_phone->setPlaceholderText(tr("e.g. 0912 345 678"));
    m_latitude->setPlaceholderText(tr("Latitude, e.g. 11.8123"));
    m_longitude->setPlaceholderText(tr("Longitude, e.g. 107.2456"));
    m_address->setPlaceholderText(tr("House number, street, hamlet"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 14);
    m_code->setPlaceholderText(tr("Generated when saved"));
    m_issuedQr->setPlaceholderText(tr("Leave empty when none was issued"));
    m_parent->setCheckpoints(CheckpointRegistry(db).list());
    m_status->addItem(tr("Active"), false);
    m_status->addItem(tr("Closed"), true);
    m_closedOn->setCalendarPopup(true);
    m_closedOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_closedOn->setDate(clock::today());
    // A checkpoint registered by hand is registered today; one from an office's register may have no day.
    m_registeredOn->setObjectName(QStringLiteral("registeredOn"));
    m_registeredOn->setCalendarPopup(true);
    m_registeredOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_registeredOn->setMinimumDate(QDate(2019, 12, 31));
    m_registeredOn->setSpecialValueText(tr("Unknown"));
    m_registeredOn->setDate(clock::today());

    auto *location = new QWidget(this);
    auto *locationLayout = new QHBoxLayout(location);
    locationLayout->setContentsMargins(0, 0, 0, 0);
    locationLayout->addWidget(m_latitude);
    locationLayout->addWidget(m_longitude);

    auto *statusLayout = new QHBoxLayout(m_statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_status);
    statusLayout->addSpacing(12);
    statusLayout->addWidget(new QLabel(tr("closed on"), m_statusRow));
    statusLayout->addWidget(m_closedOn);
    statusLayout->addStretch();

    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setVerticalSpacing(8);
    m_layout->setHorizontalSpacing(16);
    addRow(tr("Checkpoint name"), true, withProblem(QStringLiteral("name"), m_name));
    addRow(tr("Checkpoint type"), true, withProblem(QStringLiteral("type"), m_type));
    addRow(tr("Phone number"), true, withProblem(QStringLiteral("phone"), m_phone));
    addRow(tr("Province"), true, m_area->province());
    addRow(tr("District"), true, m_area->district());
    addRow(tr("Commune"), true, withProblem(QStringLiteral("commune"), m_area->commune()));
    addRow(tr("Location"), false, withProblem(QStringLiteral("location"), location, m_latitude));
    addRow(tr("Address"), true, withProblem(QStringLiteral("address"), m_address));
    addRow(tr("Description"), false, m_description);
    addRow(tr("Checkpoint code"), false, withProblem(QStringLiteral("code"), m_code));
    addRow(tr("QR code issued by the system"), false, m_issuedQr);
    addRow(tr("Parent checkpoint"), false, withProblem(QStringLiteral("parent"), m_parent));
    addRow(tr("Registered on"), false, withProblem(QStringLiteral("registered_on"), m_registeredOn));
    m_statusField = withProblem(QStringLiteral("closed_on"), m_statusRow, m_closedOn);
    addRow(tr("Status"), false, m_statusField);
    m_layout->setRowVisible(m_statusField, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_generalProblem);
    layout->addLayout(m_layout);

    connect(m_status, &QComboBox::currentIndexChanged, this, &CheckpointForm::updateClosedOn);
    updateClosedOn();
}

QWidget *CheckpointForm::withProblem(const QString &field, QWidget *input, QWidget *focus) {
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    auto *problem = new QLabel(box);
    problem->setObjectName(QStringLiteral("problem_") + field);
    problem->setStyleSheet(kProblemStyle);
    problem->setWordWrap(true);
    problem->hide();
    layout->addWidget(problem);
    m_problemLabels.insert(field, problem);
    m_focusFor.insert(field, focus ? focus : input);
    return box;
}

void CheckpointForm::addRow(const QString &label, bool required, QWidget *field) {
    // The red star of the national form marks what it requires.
    auto *text =
        new QLabel(label.toHtmlEscaped() +
                       (required ? QStringLiteral(" <span style=\"color:#b71c1c\">*</span>") : QString()),
                   this);
    text->setTextFormat(Qt::RichText);
    text->setBuddy(field);
    m_layout->addRow(text, field);
}

void CheckpointForm::setCheckpoint(const Checkpoint &c) {
    m_original = c;
    m_name->setText(c.name);
    m_type->setCurrentIndex(m_type->findData(c.typeId));
    m_phone->setText(c.phone);
    m_area->setCommuneCode(c.communeCode);
    m_latitude->setText(degreesText(c.latitude));
    m_longitude->setText(degreesText(c.longitude));
    m_address->setText(c.address);
    m_description->setPlainText(c.description);
    m_code->setText(c.code);
    m_issuedQr->setText(c.issuedQrPayload);
    m_parent->setCheckpoints(CheckpointRegistry(m_db).list(), c.id);
    m_parent->setParentId(c.parentId);
    m_status->setCurrentIndex(c.isClosed() ? 1 : 0);
    m_closedOn->setDate(c.closedOn.isValid() ? c.closedOn : clock::today());
    m_registeredOn->setDate(c.registeredOn.isValid() ? c.registeredOn
                            : c.id == 0              ? clock::today()
                                                     : m_registeredOn->minimumDate());
    m_layout->setRowVisible(m_statusField, c.id != 0);
    updateClosedOn();
}

Checkpoint CheckpointForm::checkpoint() const {
    Checkpoint c = m_original;
    c.name = m_name->text();
    c.typeId = m_type->currentIndex() >= 0 ? m_type->currentData().toLongLong() : 0;
    c.typeName = m_type->currentIndex() >= 0 ? m_type->currentText() : QString();
    c.phone = m_phone->text();
    c.communeCode = m_area->communeCode();
    bool ok = false;
    c.latitude = parseDegrees(m_latitude->text(), &ok);
    c.longitude = parseDegrees(m_longitude->text(), &ok);
    c.address = m_address->text();
    c.description = m_description->toPlainText();
    c.code = m_code->text();
    c.issuedQrPayload = m_issuedQr->text();
    c.parentId = m_parent->parentId();
    c.parentCode = c.parentId ? QString() : m_parent->typedCode();
    c.status = m_status->currentData().toBool() ? Checkpoint::Status::Closed : Checkpoint::Status::Active;
    c.closedOn = c.isClosed() ? m_closedOn->date() : QDate();
    c.registeredOn =
        m_registeredOn->date() == m_registeredOn->minimumDate() ? QDate() : m_registeredOn->date();
    return c;
}

QVector<Error> CheckpointForm::inputProblems() const {
    bool latitudeOk = false;
    bool longitudeOk = false;
    parseDegrees(m_latitude->text(), &latitudeOk);
    parseDegrees(m_longitude->text(), &longitudeOk);
    if (latitudeOk && longitudeOk)
        return {};
    return {makeError(tr("latitude and longitude are decimal degrees, such as 11.8123 and 107.2456"), {}, 0,
                      QStringLiteral("location"))};
}

void CheckpointForm::showProblems(const QVector<Error> &problems) {
    clearProblems();
    QStringList general;
    QWidget *first = nullptr;
    for (const Error &problem : problems) {
        QLabel *label = m_problemLabels.value(problem.field);
        if (!label) {
            general << sentence(problem.message);
            continue;
        }
        // One line per field is enough: the first problem is what to fix first.
        if (label->isHidden()) {
            label->setText(sentence(problem.message));
            label->show();
        }
        if (!first)
            first = m_focusFor.value(problem.field);
    }
    m_generalProblem->setText(general.join(u'\n'));
    m_generalProblem->setVisible(!general.isEmpty());
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void CheckpointForm::clearProblems() {
    for (QLabel *label : std::as_const(m_problemLabels)) {
        label->clear();
        label->hide();
    }
    m_generalProblem->hide();
}

QString CheckpointForm::problemText(const QString &field) const {
    const QLabel *label = field.isEmpty() ? m_generalProblem : m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void CheckpointForm::updateClosedOn() {
    m_closedOn->setEnabled(m_status->currentData().toBool());
}

} // namespace cd::ui
