#include "csv_reader.h"
#include "csv_writer.h"
#include "number_format.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace shelf;

Q_DECLARE_METATYPE(shelf::NumberError)

namespace {

template <typename Fill> QByteArray written(Fill fill)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(&buffer);
        fill(csv);
        if (!csv.flush())
            return "flush failed";
    }
    return buffer.data();
}

QByteArray numberText(double value)
{
    QByteArray out;
    appendNumber(out, value);
    return out;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhenNeeded()
    {
        const QByteArray out = written([](CsvWriter& csv) {
            csv.addField("plain").addField(QStringLiteral("a,b")).addField("say \"hi\"");
            csv.endRow();
            csv.addField(QStringLiteral("cr\rhere")).addField("lf\nhere").addField("");
            csv.endRow();
            csv.addField(QStringLiteral("Ünïcödé 日本 😀")).addField(" spaces ").addField("x;y");
            csv.endRow();
        });
        QCOMPARE(out, QStringLiteral("plain,\"a,b\",\"say \"\"hi\"\"\"\n"
                                     "\"cr\rhere\",\"lf\nhere\",\n"
                                     "Ünïcödé 日本 😀, spaces ,x;y\n")
                          .toUtf8());
    }

    void oneEmptyFieldIsQuoted()
    {
        // An empty line would read back as a skipped blank line, not as a row.
        QCOMPARE(written([](CsvWriter& csv) {
                     csv.addField("");
                     csv.endRow();
                     csv.endRow(); // no fields: nothing written
                     csv.addField(QString()).addField("");
                     csv.endRow();
                 }),
                 QByteArray("\"\"\n,\n"));
    }

    void loneSurrogateBecomesReplacementCharacter()
    {
        const QChar lone[] = {QChar(u'a'), QChar(char16_t(0xD800)), QChar(u'b')};
        const QByteArray out = written([&](CsvWriter& csv) {
            csv.addField(QStringView(lone, 3));
            csv.endRow();
        });
        QCOMPARE(out, QByteArray("a\xEF\xBF\xBD"
                                 "b\n"));
    }

    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("whole") << 3024.0 << QByteArray("3024");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("negative zero") << -0.0 << QByteArray("-0");
        QTest::newRow("negative whole") << -17.0 << QByteArray("-17");
        QTest::newRow("tenth") << 0.1 << QByteArray("0.1");
        QTest::newRow("half") << -2.5 << QByteArray("-2.5");
        QTest::newRow("authors' score") << 0.30758997797966003 << QByteArray("0.30758997797966003");
        QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
        QTest::newRow("1e20") << 1e20 << QByteArray("1e+20");
        QTest::newRow("small") << 1.5e-7 << QByteArray("1.5e-07");
    }
    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(numberText(value), text);
        double back = 42;
        QCOMPARE(parseNumber(text, back), NumberError::None);
        QVERIFY(sameBits(back, value));
    }

    void integers()
    {
        const QByteArray out = written([](CsvWriter& csv) {
            csv.addField(0).addField(-5).addField(std::numeric_limits<qint64>::max());
            csv.addField(std::numeric_limits<qint64>::min()).addField(qsizetype(7));
            csv.endRow();
        });
        QCOMPARE(out, QByteArray("0,-5,9223372036854775807,-9223372036854775808,7\n"));
    }

    void randomDoublesRoundTripExactly()
    {
        QRandomGenerator64 random(99);
        int checked = 0;
        while (checked < 200000) {
            const quint64 bits = random.generate64();
            double value;
            std::memcpy(&value, &bits, sizeof value);
            if (!std::isfinite(value))
                continue;
            ++checked;
            double back = 0;
            const QByteArray text = numberText(value);
            QCOMPARE(parseNumber(text, back), NumberError::None);
            if (!sameBits(back, value))
                QFAIL(text.constData());
        }
        // Values of the size boxes and scores have, too.
        for (int i = 0; i < 100000; ++i) {
            const double value = random.generateDouble() * 4000;
            double back = 0;
            QCOMPARE(parseNumber(numberText(value), back), NumberError::None);
            QVERIFY(sameBits(back, value));
        }
    }

    void parsing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<NumberError>("error");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << QByteArray("12") << NumberError::None << 12.0;
        QTest::newRow("spaces") << QByteArray(" \t12 ") << NumberError::None << 12.0;
        QTest::newRow("plus") << QByteArray("+5") << NumberError::None << 5.0;
        QTest::newRow("minus") << QByteArray("-5.25") << NumberError::None << -5.25;
        QTest::newRow("exponent") << QByteArray("1e3") << NumberError::None << 1000.0;
        QTest::newRow("leading dot") << QByteArray(".5") << NumberError::None << 0.5;
        QTest::newRow("empty") << QByteArray("") << NumberError::Empty << 0.0;
        QTest::newRow("blank") << QByteArray("  ") << NumberError::Empty << 0.0;
        QTest::newRow("word") << QByteArray("abc") << NumberError::NotANumber << 0.0;
        QTest::newRow("trailing text") << QByteArray("12abc") << NumberError::NotANumber << 0.0;
        QTest::newRow("hex") << QByteArray("0x10") << NumberError::NotANumber << 0.0;
        QTest::newRow("two signs") << QByteArray("+-5") << NumberError::NotANumber << 0.0;
        QTest::newRow("comma decimal") << QByteArray("1,5") << NumberError::NotANumber << 0.0;
        QTest::newRow("nan") << QByteArray("nan") << NumberError::NotFinite << 0.0;
        QTest::newRow("NaN") << QByteArray("NaN") << NumberError::NotFinite << 0.0;
        QTest::newRow("inf") << QByteArray("inf") << NumberError::NotFinite << 0.0;
        QTest::newRow("-Infinity") << QByteArray("-Infinity") << NumberError::NotFinite << 0.0;
        QTest::newRow("overflow") << QByteArray("1e400") << NumberError::OutOfRange << 0.0;
    }
    void parsing()
    {
        QFETCH(QByteArray, text);
        QFETCH(NumberError, error);
        QFETCH(double, value);
        double parsed = 0;
        QCOMPARE(parseNumber(text, parsed), error);
        if (error == NumberError::None)
            QCOMPARE(parsed, value);
    }

    void parsingIntegers()
    {
        qint64 v = 0;
        QCOMPARE(parseInteger(" +3024 ", v), NumberError::None);
        QCOMPARE(v, 3024);
        QCOMPARE(parseInteger("-3", v), NumberError::None);
        QCOMPARE(v, -3);
        QCOMPARE(parseInteger("12.5", v), NumberError::NotWhole);
        QCOMPARE(parseInteger("12.0", v), NumberError::NotWhole);
        QCOMPARE(parseInteger("abc", v), NumberError::NotANumber);
        QCOMPARE(parseInteger("", v), NumberError::Empty);
        QCOMPARE(parseInteger("inf", v), NumberError::NotFinite);
        QCOMPARE(parseInteger("99999999999999999999", v), NumberError::OutOfRange);
    }

    void readerReadsBackWhatWriterWrote()
    {
        QRandomGenerator random(5);
        const QString alphabet = QStringLiteral("ab ,\"\r\né日😀;\t");
        QList<QStringList> rows;
        for (int r = 0; r < 2000; ++r) {
            QStringList row;
            const int fields = int(random.bounded(1, 6));
            for (int f = 0; f < fields; ++f) {
                QString field;
                const int length = int(random.bounded(0, 8));
                for (int c = 0; c < length; ++c) {
                    const int at = int(random.bounded(alphabet.size()));
                    // Keep surrogate pairs whole.
                    if (alphabet.at(at).isHighSurrogate())
                        field += alphabet.mid(at, 2);
                    else if (!alphabet.at(at).isLowSurrogate())
                        field += alphabet.at(at);
                }
                row.append(field);
            }
            rows.append(row);
        }
        const QByteArray out = written([&](CsvWriter& csv) {
            for (const QStringList& row : rows) {
                for (const QString& field : row)
                    csv.addField(field);
                csv.endRow();
            }
        });
        QBuffer buffer;
        buffer.setData(out);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        reader.setChunkSize(100);
        CsvRow row;
        QList<QStringList> back;
        while (reader.next(row)) {
            QStringList fields;
            for (qsizetype i = 0; i < row.size(); ++i)
                fields.append(row.text(i));
            back.append(fields);
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
        QCOMPARE(back, rows);
    }

    void reportsWriteErrors()
    {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        CsvWriter csv(&buffer);
        csv.addField("x");
        csv.endRow();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
        QVERIFY(!csv.flush());
        QVERIFY(csv.hasError());
        QVERIFY(!csv.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csv_writer.moc"
