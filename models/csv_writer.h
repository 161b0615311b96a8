#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <concepts>

class QIODevice;

namespace shelf {

/// Buffered RFC 4180 writer: UTF-8 without a byte-order mark, LF line ends, and quotes only around
/// fields that need them (a comma, a quote, CR or LF inside), with " doubled. Numbers are written
/// in the shortest form that reads back exactly (see appendNumber()). A row made of one empty
/// field is written as "" so that it does not read back as a skipped blank line.
///
/// Formula injection: a spreadsheet runs a cell that starts with '=', '+', '-' or '@' (and, in
/// some programs, a tab or CR) as a formula, so a product name like `=HYPERLINK(...)` in an
/// exported CSV could run when the file is opened. With setNeutralizeFormulas(true) a *text* field
/// that starts with one of those characters is written with a leading apostrophe (`'=SUM(A1)`),
/// which spreadsheets show as text; numbers added as numbers (addField(double), integers) are never
/// changed, so "-3" stays a number. Readers of such files strip one leading apostrophe from text
/// that starts with `'` followed by one of those characters (see isNeutralizedFormula()). Off by
/// default: dataset formats read by training code (SKU-110K) keep their text as it is.
/// Source: OWASP, "CSV Injection" (owasp.org/www-community/attacks/CSV_Injection).
///
/// Output goes to the device in blocks of about 1 MiB; call flush() at the end to learn whether
/// everything was written (the destructor flushes too, but cannot report). Not thread-safe.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(shelf::CsvWriter)

public:
    /// Writes to `device`, which must be open for writing and outlive the writer (not owned).
    explicit CsvWriter(QIODevice* device);
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    /// Adds a field to the current row; `utf8` must be valid UTF-8.
    CsvWriter& addField(QByteArrayView utf8);
    CsvWriter& addField(QStringView text);
    CsvWriter& addField(const QString& text) { return addField(QStringView(text)); }
    CsvWriter& addField(const char* utf8) { return addField(QByteArrayView(utf8)); }
    CsvWriter& addField(double value);
    /// Any integer type (that fits in qint64); written without a decimal point.
    template <std::integral T>
    requires(!std::same_as<T, bool> && !std::same_as<T, char>) CsvWriter& addField(T value)
    {
        return addInteger(qint64(value));
    }
    /// Prefixes text fields that a spreadsheet would run as a formula with an apostrophe (see the
    /// class comment). Applies to fields added afterwards.
    void setNeutralizeFormulas(bool on) { m_neutralizeFormulas = on; }
    bool neutralizeFormulas() const { return m_neutralizeFormulas; }
    /// Whether text starts with a character that makes a spreadsheet cell a formula.
    static bool startsLikeFormula(QStringView text);
    /// Undoes the neutralisation: text that is `'` followed by a formula start loses the `'`.
    static QString withoutFormulaGuard(const QString& text);
    /// Ends the current row with LF.
    void endRow();

    /// Writes the buffer out; false (and errorString()) when the device refused data. Once an
    /// error happened nothing more is written.
    bool flush();
    bool hasError() const { return m_hasError; }
    QString errorString() const { return m_errorString; }

private:
    CsvWriter& addInteger(qint64 value);
    void separate();
    void flushIfFull();

    QIODevice* m_device;
    QByteArray m_buffer;
    int m_fieldsInRow = 0;
    bool m_lastFieldEmpty = false;
    bool m_neutralizeFormulas = false;
    bool m_hasError = false;
    QString m_errorString;
};

} // namespace shelf
