#include "csv_reader.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace shelf;

namespace {

struct Field
{
    QByteArray text;
    qint64 line;
    qint64 column;
    bool quoted;
    bool operator==(const Field&) const = default;
};

struct Row
{
    qint64 line;
    QList<Field> fields;
    qint64 endLine;
    qint64 endColumn;
    bool operator==(const Row&) const = default;
};

struct Parsed
{
    QList<Row> rows;
    std::optional<CsvDiagnostic> error;
    qint64 bytesConsumed = 0;
    bool operator==(const Parsed& o) const { return rows == o.rows && error == o.error; }
};

Parsed parse(const QByteArray& data, qsizetype chunk = 1 << 20)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("t.csv"));
    reader.setChunkSize(chunk);
    Parsed out;
    CsvRow row;
    while (reader.next(row)) {
        Row r{row.line(), {}, row.endLine(), row.endColumn()};
        for (qsizetype i = 0; i < row.size(); ++i) {
            r.fields.append(Field{row.field(i).toByteArray(), row.fieldLine(i), row.fieldColumn(i),
                                  row.isQuoted(i)});
        }
        out.rows.append(r);
    }
    if (reader.hasError())
        out.error = reader.error();
    out.bytesConsumed = reader.bytesConsumed();
    return out;
}

QList<QByteArray> texts(const Row& row)
{
    QList<QByteArray> out;
    for (const Field& f : row.fields)
        out.append(f.text);
    return out;
}

QList<qint64> columns(const Row& row)
{
    QList<qint64> out;
    for (const Field& f : row.fields)
        out.append(f.column);
    return out;
}

// Every chunk size from 1 byte to a few more than the input puts a refill at every offset.
void verifySameForAllChunkSizes(const QByteArray& data)
{
    const Parsed whole = parse(data);
    for (qsizetype chunk = 1; chunk <= data.size() + 2; ++chunk) {
        const Parsed pieces = parse(data, chunk);
        if (!(pieces == whole))
            QFAIL(qPrintable(QStringLiteral("chunk size %1 differs").arg(chunk)));
    }
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleRows()
    {
        const Parsed p = parse("a,bb,ccc\n1,2,3\n");
        QVERIFY(!p.error);
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(texts(p.rows[0]), (QList<QByteArray>{"a", "bb", "ccc"}));
        QCOMPARE(columns(p.rows[0]), (QList<qint64>{1, 3, 6}));
        QCOMPARE(p.rows[0].line, 1);
        QCOMPARE(p.rows[1].line, 2);
        QCOMPARE(p.rows[0].endColumn, 9);
        QCOMPARE(p.bytesConsumed, 15);
    }

    void lineEnds_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("LF") << QByteArray("a,b\nc,d\n");
        QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n");
        QTest::newRow("CR") << QByteArray("a,b\rc,d\r");
        QTest::newRow("mixed") << QByteArray("a,b\r\nc,d\n");
        QTest::newRow("no final line break") << QByteArray("a,b\nc,d");
        QTest::newRow("CRLF, no final line break") << QByteArray("a,b\r\nc,d");
    }
    void lineEnds()
    {
        QFETCH(QByteArray, data);
        const Parsed p = parse(data);
        QVERIFY(!p.error);
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(texts(p.rows[0]), (QList<QByteArray>{"a", "b"}));
        QCOMPARE(texts(p.rows[1]), (QList<QByteArray>{"c", "d"}));
        QCOMPARE(p.rows[1].line, 2);
        QCOMPARE(columns(p.rows[1]), (QList<qint64>{1, 3}));
        verifySameForAllChunkSizes(data);
    }

    void quotedFields()
    {
        const Parsed p = parse("\"a,b\",\"say \"\"hi\"\"\",plain,\"\"\n");
        QVERIFY(!p.error);
        QCOMPARE(p.rows.size(), 1);
        QCOMPARE(texts(p.rows[0]), (QList<QByteArray>{"a,b", "say \"hi\"", "plain", ""}));
        QCOMPARE(columns(p.rows[0]), (QList<qint64>{1, 7, 20, 26}));
        QVERIFY(p.rows[0].fields[0].quoted);
        QVERIFY(!p.rows[0].fields[2].quoted);
        QVERIFY(p.rows[0].fields[3].quoted);
    }

    void lineBreakInsideQuotes()
    {
        for (const QByteArray& lineBreak : {QByteArray("\n"), QByteArray("\r\n")}) {
            const QByteArray data = "id,\"line1" + lineBreak + "line2\",x\nnext,1\n";
            const Parsed p = parse(data);
            QVERIFY(!p.error);
            QCOMPARE(p.rows.size(), 2);
            QCOMPARE(p.rows[0].fields[1].text, "line1" + lineBreak + "line2");
            QCOMPARE(p.rows[0].fields[2].line, 2);
            QCOMPARE(p.rows[0].fields[2].column, 8);
            QCOMPARE(p.rows[0].endLine, 2);
            QCOMPARE(p.rows[1].line, 3);
            verifySameForAllChunkSizes(data);
        }
    }

    void byteOrderMark()
    {
        const Parsed p = parse("\xEF\xBB\xBFimage,x\nb,\xEF\xBB\xBF\n");
        QVERIFY(!p.error);
        QCOMPARE(texts(p.rows[0]), (QList<QByteArray>{"image", "x"}));
        QCOMPARE(p.rows[0].fields[0].column, 1);
        // Only a mark at the very start is dropped; elsewhere it is text.
        QCOMPARE(p.rows[1].fields[1].text, QByteArray("\xEF\xBB\xBF"));
        QVERIFY(parse("\xEF\xBB\xBF").rows.isEmpty());
        QVERIFY(!parse("\xEF\xBB\xBF").error);
        verifySameForAllChunkSizes("\xEF\xBB\xBFimage,x\n");
    }

    void nonAsciiColumnsCountCharacters()
    {
        const QByteArray data = QStringLiteral("日本.jpg,5\nÜber,ö,\"a😀\",z\n").toUtf8();
        const Parsed p = parse(data);
        QVERIFY(!p.error);
        QCOMPARE(columns(p.rows[0]), (QList<qint64>{1, 8}));
        QCOMPARE(columns(p.rows[1]), (QList<qint64>{1, 6, 8, 13}));
        QCOMPARE(QString::fromUtf8(p.rows[0].fields[0].text), QStringLiteral("日本.jpg"));
        QCOMPARE(QString::fromUtf8(p.rows[1].fields[2].text), QStringLiteral("a😀"));
        verifySameForAllChunkSizes(data);
    }

    void blankLinesAreSkipped()
    {
        const QByteArray data = "\n\na\n\r\n\nb\n\n\"\"\n\n";
        const Parsed p = parse(data);
        QVERIFY(!p.error);
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.rows[0].line, 3);
        QCOMPARE(p.rows[1].line, 6);
        // A line holding "" is a row with one empty field, not a blank line.
        QCOMPARE(p.rows[2].line, 8);
        QCOMPARE(texts(p.rows[2]), (QList<QByteArray>{""}));
        verifySameForAllChunkSizes(data);
    }

    void emptyFields()
    {
        const Parsed p = parse("a,,c,\n,\n");
        QCOMPARE(texts(p.rows[0]), (QList<QByteArray>{"a", "", "c", ""}));
        QCOMPARE(columns(p.rows[0]), (QList<qint64>{1, 3, 4, 6}));
        QCOMPARE(texts(p.rows[1]), (QList<QByteArray>{"", ""}));
    }

    void quoteInsideUnquotedFieldIsText()
    {
        const Parsed p = parse("ab\"c,d\n");
        QVERIFY(!p.error);
        QCOMPARE(texts(p.rows[0]), (QList<QByteArray>{"ab\"c", "d"}));
    }

    void tabsAndSpacesAreText()
    {
        const Parsed p = parse(" a\t, b \n");
        QCOMPARE(texts(p.rows[0]), (QList<QByteArray>{" a\t", " b "}));
        QCOMPARE(columns(p.rows[0]), (QList<qint64>{1, 5}));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("rowsBefore");
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\nc,\"open\nmore\n") << "t.csv:2:3: quoted field is not closed" << 1;
        QTest::newRow("unterminated quote at end")
            << QByteArray("\"") << "t.csv:1:1: quoted field is not closed" << 0;
        QTest::newRow("text after closing quote")
            << QByteArray("\"abc\"x,1\n") << "t.csv:1:6: unexpected text after a closing quote"
            << 0;
        QTest::newRow("space after closing quote")
            << QByteArray("1,\"a\" ,b\n") << "t.csv:1:6: unexpected text after a closing quote"
            << 0;
        QTest::newRow("after quoted line break")
            << QByteArray("\"x\ny\"z\n") << "t.csv:2:3: unexpected text after a closing quote" << 0;
        QTest::newRow("NUL byte") << QByteArray("a,b\nc", 5) + QByteArray(1, '\0') + "d\n"
                                  << "t.csv:2:2: binary data: byte 0x00 is not allowed in CSV text"
                                  << 1;
        QTest::newRow("control byte")
            << QByteArray("a\x01,b\n")
            << "t.csv:1:2: binary data: byte 0x01 is not allowed in CSV text" << 0;
        QTest::newRow("lone 0xFF")
            << QByteArray("ok,\xFF\n") << "t.csv:1:4: invalid UTF-8 (byte 0xff)" << 0;
        QTest::newRow("stray continuation byte")
            << QByteArray("a\x80\n") << "t.csv:1:2: invalid UTF-8 (byte 0x80)" << 0;
        QTest::newRow("overlong NUL")
            << QByteArray("\xC0\x80") << "t.csv:1:1: invalid UTF-8 (byte 0xc0)" << 0;
        QTest::newRow("surrogate")
            << QByteArray("x,\xED\xA0\x80\n") << "t.csv:1:3: invalid UTF-8 (byte 0xed)" << 0;
        QTest::newRow("beyond U+10FFFF")
            << QByteArray("\xF4\x90\x80\x80") << "t.csv:1:1: invalid UTF-8 (byte 0xf4)" << 0;
        QTest::newRow("cut at the end")
            << QByteArray("ab\xE6\x97") << "t.csv:1:3: invalid UTF-8 (byte 0xe6)" << 0;
        QTest::newRow("after non-ASCII") << QStringLiteral("日本,").toUtf8() + "\xFF"
                                         << "t.csv:1:4: invalid UTF-8 (byte 0xff)" << 0;
        QTest::newRow("inside quotes")
            << QByteArray("1\n\"a\xFF\"\n") << "t.csv:2:3: invalid UTF-8 (byte 0xff)" << 1;
    }
    void errors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        QFETCH(int, rowsBefore);
        const Parsed p = parse(data);
        QVERIFY(p.error);
        QCOMPARE(p.error->toString(), expected);
        QCOMPARE(p.rows.size(), rowsBefore);
        verifySameForAllChunkSizes(data);
    }

    void stopsAfterAnError()
    {
        QBuffer buffer;
        buffer.setData("\"a\"b\nc\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRow row;
        QVERIFY(!reader.next(row));
        QVERIFY(reader.hasError());
        QVERIFY(!reader.next(row));
    }

    void rowLongerThanTheLimit()
    {
        const QByteArray data = "ok\n\"" + QByteArray(200, 'x') + "\n";
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, QStringLiteral("t.csv"));
        reader.setChunkSize(8);
        reader.setMaxRowBytes(64);
        CsvRow row;
        QVERIFY(reader.next(row));
        QVERIFY(!reader.next(row));
        QVERIFY(reader.hasError());
        QCOMPARE(reader.error().line, 2);
        QVERIFY(reader.error().toString().startsWith(QLatin1String("t.csv:2:1: a row is longer")));
    }

    void readsFilesByPath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("x.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray data;
        for (int i = 0; i < 50000; ++i)
            data += "img_" + QByteArray::number(i % 97) + ".jpg," + QByteArray::number(i) + "\r\n";
        file.write(data);
        file.close();

        CsvReader reader(path);
        QCOMPARE(reader.sourceName(), path);
        reader.setChunkSize(4096);
        CsvRow row;
        qint64 rows = 0;
        while (reader.next(row)) {
            QCOMPARE(row.line(), rows + 1);
            QCOMPARE(row.field(1).toByteArray(), QByteArray::number(rows));
            ++rows;
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(rows, 50000);
        QCOMPARE(reader.bytesConsumed(), data.size());
    }

    void missingFile()
    {
        const QString path = QStringLiteral("/nonexistent-dir/x.csv");
        CsvReader reader(path);
        CsvRow row;
        QVERIFY(!reader.next(row));
        QVERIFY(reader.hasError());
        QCOMPARE(reader.error().line, 0);
        QVERIFY(reader.error().toString().startsWith(path + QLatin1String(": cannot open")));
    }

    void deviceNotOpen()
    {
        QBuffer buffer;
        CsvReader reader(&buffer, QStringLiteral("t.csv"));
        CsvRow row;
        QVERIFY(!reader.next(row));
        QVERIFY(reader.hasError());
    }

    void randomBytesNeverCrash()
    {
        // Binary garbage must end in a located error (or, rarely, parse), never in a crash, and
        // the outcome must not depend on where the chunks split it.
        QRandomGenerator random(20240611);
        for (int round = 0; round < 200; ++round) {
            QByteArray data(int(random.bounded(1, 200)), Qt::Uninitialized);
            for (char& c : data)
                c = char(random.bounded(256));
            const Parsed whole = parse(data);
            if (whole.error) {
                QVERIFY(whole.error->line >= 1);
                QVERIFY(whole.error->column >= 1);
            }
            for (qsizetype chunk : {1, 2, 3, 5, 16})
                QVERIFY(parse(data, chunk) == whole);
        }
    }

    void mutatedCsvMatchesAcrossChunkSizes()
    {
        const QByteArray base =
            QStringLiteral("name,\"q,\"\"x\"\"\"\r\n\"multi\nline\",é😀\n\n,last").toUtf8();
        QRandomGenerator random(7);
        const char alphabet[] = {',', '"', '\n', '\r', 'a', '\xC3', '\xA9', ' '};
        for (int round = 0; round < 300; ++round) {
            QByteArray data = base;
            const int edits = int(random.bounded(1, 4));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(data.size()));
                data[at] = alphabet[random.bounded(int(sizeof alphabet))];
            }
            const Parsed whole = parse(data);
            for (qsizetype chunk : {1, 2, 3, 4, 7})
                QVERIFY(parse(data, chunk) == whole);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
