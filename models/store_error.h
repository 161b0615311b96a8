#pragma once

#include <QString>

#include <stdexcept>

namespace shelf {

/// Thrown by the project store when the database refuses a read or write (disk full, file locked,
/// corrupt file). The message is for people and names the file.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

} // namespace shelf
