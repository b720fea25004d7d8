// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace cd {

// What went wrong, and where: the CLI prints it on stderr, the GUI shows it inline.
// file/line/field are empty or zero when they do not apply.
struct Error {
    QString message;
    QString file;
    qint64 line = 0;
    QString field;

    // "file:line: field: message", leaving out what is unknown.
    QString toString() const;
};

// A value or an Error. Core functions return this instead of throwing or showing dialogs.
template <typename T>
class Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result of an operation with no value.
struct Done {};
using Status = Result<Done>;
inline Status success() {
    return Done{};
}

inline Error makeError(QString message, QString file = {}, qint64 line = 0, QString field = {}) {
    return Error{std::move(message), std::move(file), line, std::move(field)};
}

} // namespace cd
