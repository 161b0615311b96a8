#pragma once

#include <QString>

namespace shelf {

/// A problem found in a CSV file, located for a person as "file:line:column: message".
/// line and column are 1-based; the column counts characters (Unicode code points, a tab is one)
/// from the start of the line, which is what editors show. 0 means "not known" and is left out of
/// toString(). The message is already translated.
struct CsvDiagnostic
{
    QString file;
    qint64 line = 0;
    qint64 column = 0;
    QString message;

    QString toString() const
    {
        QString s = file;
        if (line > 0) {
            s += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                s += QLatin1Char(':') + QString::number(column);
        }
        return s + QLatin1String(": ") + message;
    }

    bool operator==(const CsvDiagnostic&) const = default;
};

} // namespace shelf
