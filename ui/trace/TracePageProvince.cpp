// SPDX-License-Identifier: GPL-3.0-or-later
// The tracing page of a district office on the province's server: what it asks the province about.
#include "TracePage.h"

#include "posters/InlineMessage.h"
#include "province/ProvinceRequestBar.h"
#include "trace/PersonSearch.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd::ui {

using trace::QueryKind;

ProvinceRequestBar *TracePage::offerProvinceRequests(const QString &districtName) {
    if (m_provinceBar)
        return m_provinceBar;
    m_provinceBar = new ProvinceRequestBar(
        m_database, districtName, [this] { return provinceRequestDraft(); }, this);
    // Under the search bar: the page's first words say what the trace cannot see.
    if (auto *column = qobject_cast<QVBoxLayout *>(layout()))
        column->insertWidget(column->indexOf(m_message), m_provinceBar);
    connect(m_provinceBar, &ProvinceRequestBar::statusMessage, this, [this](const QString &message) {
        m_message->showSuccess(message);
        emit statusMessage(message);
    });
    return m_provinceBar;
}

RequestDraft TracePage::provinceRequestDraft() const {
    RequestDraft draft;
    const QString typed = m_query->text().trimmed();
    if (m_result && m_resultQuery == m_query->text()) {
        // The person traced: a phone or an ID number finds them across the province, where a name may
        // match several people and be answered with none.
        const trace::Person &person = m_result->person;
        if (!person.phone.isEmpty()) {
            draft.kind = QueryKind::Phone;
            draft.text = person.phone;
        } else if (!person.idNumber.isEmpty()) {
            draft.kind = QueryKind::IdNumber;
            draft.text = person.idNumber;
        } else {
            draft.kind = QueryKind::Name;
            draft.text = person.name.isEmpty() ? typed : person.name;
        }
        draft.from = m_result->options.from;
        draft.to = m_result->options.to;
        draft.windowMinutes = m_result->options.windowMinutes;
        return draft;
    }
    const int chosen = m_kind->currentData().toInt();
    draft.kind = chosen < 0 ? trace::PersonSearch::guessKind(typed) : QueryKind(chosen);
    draft.text = typed;
    draft.from = m_from->date();
    draft.to = m_to->date();
    draft.windowMinutes = m_window->value();
    return draft;
}

} // namespace cd::ui
