#include "csv_reader.h"
#include "sku110k_csv.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;
using AnnotationRow = Sku110kCsv::AnnotationRow;
using ResultRow = Sku110kCsv::ResultRow;
using ReadReport = Sku110kCsv::ReadReport;

namespace {

ReadReport readAnnotations(const QByteArray& data, QList<AnnotationRow>* rows = nullptr)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader csv(&buffer, QStringLiteral("t.csv"));
    return Sku110kCsv::readAnnotations(csv, [rows](const AnnotationRow& row) {
        if (rows)
            rows->append(row);
        return true;
    });
}

ReadReport readResults(const QByteArray& data, QList<ResultRow>* rows = nullptr)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader csv(&buffer, QStringLiteral("t.csv"));
    return Sku110kCsv::readResults(csv, [rows](const ResultRow& row) {
        if (rows)
            rows->append(row);
        return true;
    });
}

QByteArray writeAnnotations(const QList<AnnotationRow>& rows,
                            Sku110kCsv::HeaderLine header = Sku110kCsv::HeaderLine::Without)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!Sku110kCsv::writeAnnotations(&buffer, rows, header))
        return "write failed";
    return buffer.data();
}

QByteArray writeResults(const QList<ResultRow>& rows,
                        Sku110kCsv::HeaderLine header = Sku110kCsv::HeaderLine::With)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!Sku110kCsv::writeResults(&buffer, rows, header))
        return "write failed";
    return buffer.data();
}

QStringList messages(const QList<CsvDiagnostic>& diagnostics)
{
    QStringList out;
    for (const CsvDiagnostic& d : diagnostics)
        out.append(d.toString());
    return out;
}

QString errorOf(const ReadReport& report)
{
    return report.error ? report.error->toString() : QStringLiteral("(no error)");
}

} // namespace

class TestSku110kCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDatasetLayout()
    {
        // As the dataset ships: no header, LF, here without a final line break.
        QList<AnnotationRow> rows;
        const ReadReport report = readAnnotations(
            "test1.jpg,0,0,10,10,object,3000,2000\ntest2.jpg,5,6,70,80,object,427,367", &rows);
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QVERIFY(!report.hadHeader);
        QCOMPARE(report.rows, 2);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].imageName, QStringLiteral("test2.jpg"));
        QCOMPARE(rows[1].box, (Box{5, 6, 70, 80}));
        QCOMPARE(rows[1].className, QStringLiteral("object"));
        QCOMPARE(rows[1].imageWidth, 427);
        QCOMPARE(rows[1].imageHeight, 367);
        QCOMPARE(rows[1].line, 2);
        QCOMPARE(rows[1].widthColumn, 28);
        QCOMPARE(rows[1].heightColumn, 32);
        QVERIFY(report.warnings.isEmpty());
    }

    void acceptsHeaderBomAndCrlf()
    {
        QList<AnnotationRow> rows;
        const ReadReport report =
            readAnnotations("\xEF\xBB\xBFimage_name,x1,y1,x2,y2,class,image_width,image_height\r\n"
                            "a.jpg,1,2,3,4,object,100,100\r\n",
                            &rows);
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QVERIFY(report.hadHeader);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].line, 2);
        QCOMPARE(rows[0].box, (Box{1, 2, 3, 4}));
    }

    void readsTheAuthorsResults()
    {
        // predict.py writes through csv.writer: a header, CRLF, Windows separators in image_id.
        QList<ResultRow> rows;
        const ReadReport report =
            readResults("image_id,x1,y1,x2,y2,confidence,hard_score\r\n"
                        "images\\test1.jpg,298,1782,524,1861,0.5316545963287354,"
                        "0.30758997797966003\r\n"
                        "images\\test2.jpg,59.5,250,107,314,1,0\r\n",
                        &rows);
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QVERIFY(report.hadHeader);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].imageName, QStringLiteral("images\\test1.jpg"));
        QCOMPARE(Sku110kCsv::normalizedImagePath(rows[0].imageName),
                 QStringLiteral("images/test1.jpg"));
        QCOMPARE(rows[0].box, (Box{298, 1782, 524, 1861}));
        QCOMPARE(rows[0].confidence, 0.5316545963287354);
        QCOMPARE(rows[0].hardScore, 0.30758997797966003);
        QCOMPARE(rows[1].box.x1, 59.5);
        QCOMPARE(rows[1].line, 3);
    }

    void readsResultsWithoutHeader()
    {
        QList<ResultRow> rows;
        const ReadReport report = readResults("a.jpg,1,2,3,4,0.5,-1\n", &rows);
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QVERIFY(!report.hadHeader);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].hardScore, -1.0); // "no score", as our own exports write it
    }

    void quotedAndNonAsciiNames()
    {
        QList<AnnotationRow> rows;
        const QByteArray data =
            QStringLiteral("\"shelf, left \"\"A\"\".jpg\",1,2,3,4,object,10,10\n"
                           "日本/棚.jpg,1,2,3,4,\"box,can\",10,10\n")
                .toUtf8();
        const ReadReport report = readAnnotations(data, &rows);
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QCOMPARE(rows[0].imageName, QStringLiteral("shelf, left \"A\".jpg"));
        QCOMPARE(rows[1].imageName, QStringLiteral("日本/棚.jpg"));
        QCOMPARE(rows[1].className, QStringLiteral("box,can"));
        QCOMPARE(writeAnnotations(rows), data);
    }

    void clampsToTheLastPixel_data()
    {
        QTest::addColumn<QByteArray>("coordinates");
        QTest::addColumn<Box>("expected");
        QTest::addColumn<int>("warningColumn"); // of the first field moved; 0: none moved
        // The image is 100 x 80; x2 starts in column 13, y2 in column 16.
        QTest::newRow("inside") << QByteArray("0,0,99,79") << Box{0, 0, 99, 79} << 0;
        QTest::newRow("x2 == W") << QByteArray("10,10,100,50") << Box{10, 10, 99, 50} << 13;
        QTest::newRow("x2 > W") << QByteArray("10,10,150,50") << Box{10, 10, 99, 50} << 13;
        QTest::newRow("y2 == H") << QByteArray("10,10,50,80") << Box{10, 10, 50, 79} << 16;
        QTest::newRow("y2 > H") << QByteArray("10,10,50,81.5") << Box{10, 10, 50, 79} << 16;
        QTest::newRow("both") << QByteArray("10,10,200,200") << Box{10, 10, 99, 79} << 13;
        QTest::newRow("decimal just inside")
            << QByteArray("10,10,99.5,79.5") << Box{10, 10, 99.5, 79.5} << 0;
    }
    void clampsToTheLastPixel()
    {
        QFETCH(QByteArray, coordinates);
        QFETCH(Box, expected);
        QFETCH(int, warningColumn);
        const bool clamped = warningColumn > 0;
        QList<AnnotationRow> rows;
        const ReadReport report = readAnnotations(
            "ok.jpg,1,1,2,2,object,100,80\na.jpg," + coordinates + ",object,100,80\n", &rows);
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].box, expected);
        QCOMPARE(report.clampedRows, clamped ? 1 : 0);
        QCOMPARE(report.warnings.size(), clamped ? 1 : 0);
        if (clamped) {
            // One summary warning, located at the first coordinate moved.
            const CsvDiagnostic& w = report.warnings.first();
            QCOMPARE(w.line, 2);
            QCOMPARE(w.column, warningColumn);
            QVERIFY(w.message.startsWith(QLatin1String("1 row(s) had coordinates past")));
        }
    }

    void clampSummaryCountsRows()
    {
        QByteArray data;
        for (int i = 0; i < 5; ++i)
            data += "a.jpg,1,1,100,5,object,100,100\n"; // x2 == W
        data += "a.jpg,1,1,50,5,object,100,100\n";
        const ReadReport report = readAnnotations(data);
        QVERIFY(report.ok());
        QCOMPARE(report.clampedRows, 5);
        QCOMPARE(messages(report.warnings),
                 QStringList{QStringLiteral("t.csv:1:11: 5 row(s) had coordinates past the image "
                                            "edge, moved to the last pixel as the SKU-110K reader "
                                            "does (the first is here)")});
    }

    void skipsRowsOutsideTheImage()
    {
        QList<AnnotationRow> rows;
        const ReadReport report = readAnnotations("a.jpg,1,1,5,5,object,100,100\n"
                                                  "a.jpg,-3,1,5,5,object,100,100\n"
                                                  "a.jpg,1,-0.5,5,5,object,100,100\n"
                                                  "a.jpg,0,1,0,5,object,100,100\n"
                                                  "a.jpg,0,0,5,0,object,100,100\n"
                                                  "a.jpg,0,0,5,5,object,1,100\n"
                                                  "b.jpg,2,2,6,6,object,100,100\n",
                                                  &rows);
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].imageName, QStringLiteral("b.jpg"));
        QCOMPARE(report.skippedRows, 5);
        QCOMPARE(messages(report.warnings),
                 (QStringList{
                     QStringLiteral("t.csv:2:7: field 'x1': negative coordinate -3; row skipped"),
                     QStringLiteral("t.csv:3:9: field 'y1': negative coordinate -0.5; row skipped"),
                     QStringLiteral("t.csv:4:11: field 'x2': coordinate 0 leaves no box inside "
                                    "the image; row skipped"),
                     QStringLiteral("t.csv:5:13: field 'y2': coordinate 0 leaves no box inside "
                                    "the image; row skipped"),
                     // Width 1: x2 = 5 moves to 0, then the row has no box inside the image.
                     QStringLiteral("t.csv:6:11: field 'x2': coordinate 0 leaves no box inside "
                                    "the image; row skipped"),
                 }));
    }

    void resultsSkipNegativeRows()
    {
        QList<ResultRow> rows;
        const ReadReport report =
            readResults("a.jpg,-1,2,3,4,0.5,0.5\nb.jpg,1,2,3,4,0.5,0.5\n", &rows);
        QVERIFY(report.ok());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(messages(report.warnings),
                 QStringList{
                     QStringLiteral("t.csv:1:7: field 'x1': negative coordinate -1; row skipped")});
    }

    void annotationErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("rowsBefore");
        QTest::newRow("empty file") << QByteArray() << "t.csv:1:1: the file is empty" << 0;
        QTest::newRow("blank lines only")
            << QByteArray("\n\r\n\n") << "t.csv:1:1: the file is empty" << 0;
        QTest::newRow("byte-order mark only")
            << QByteArray("\xEF\xBB\xBF") << "t.csv:1:1: the file is empty" << 0;
        QTest::newRow("zip archive")
            << QByteArray("PK\x03\x04\x14\x00\x08\x00", 8)
            << "t.csv:1:3: binary data: byte 0x03 is not allowed in CSV text" << 0;
        QTest::newRow("PNG image")
            << QByteArray("\x89PNG\r\n\x1A\n") << "t.csv:1:1: invalid UTF-8 (byte 0x89)" << 0;
        QTest::newRow("binary after good rows")
            << QByteArray("a.jpg,1,2,3,4,object,100,100\na.jpg,1,2,\xFE")
            << "t.csv:2:11: invalid UTF-8 (byte 0xfe)" << 1;
        QTest::newRow("too few fields")
            << QByteArray("a.jpg,1,2,3,4,object\n")
            << "t.csv:1:21: missing field 'image_width': expected 8 fields, found 6" << 0;
        QTest::newRow("results row in an annotations file")
            << QByteArray("a.jpg,1,2,3,4,0.5,0.5\n")
            << "t.csv:1:22: missing field 'image_height': expected 8 fields, found 7 (is this a "
               "SKU-110K results file?)"
            << 0;
        QTest::newRow("too many fields")
            << QByteArray("a.jpg,1,2,3,4,object,100,100,extra\n")
            << "t.csv:1:30: unexpected field: expected 8 fields, found 9" << 0;
        QTest::newRow("non-numeric") << QByteArray("a.jpg,abc,2,3,4,object,100,100\n")
                                     << "t.csv:1:7: field 'x1': 'abc' is not a number" << 0;
        QTest::newRow("empty number")
            << QByteArray("a.jpg,1,,3,4,object,100,100\n") << "t.csv:1:9: field 'y1' is empty" << 0;
        QTest::newRow("NaN") << QByteArray("a.jpg,1,2,nan,4,object,100,100\n")
                             << "t.csv:1:11: field 'x2': 'nan' is not a finite number" << 0;
        QTest::newRow("inf") << QByteArray("a.jpg,1,2,3,inf,object,100,100\n")
                             << "t.csv:1:13: field 'y2': 'inf' is not a finite number" << 0;
        QTest::newRow("huge") << QByteArray("a.jpg,1,2,3e10,4,object,100,100\n")
                              << "t.csv:1:11: field 'x2': '3e10' is out of range (the limit is 1e9)"
                              << 0;
        QTest::newRow("not representable")
            << QByteArray("a.jpg,1e400,2,3,4,object,100,100\n")
            << "t.csv:1:7: field 'x1': '1e400' is out of range (the limit is 1e9)" << 0;
        QTest::newRow("huge image size")
            << QByteArray("a.jpg,1,2,3,4,object,2000000000,100\n")
            << "t.csv:1:22: field 'image_width': '2000000000' is out of range (the limit is 1e9)"
            << 0;
        QTest::newRow("decimal image size")
            << QByteArray("a.jpg,1,2,3,4,object,100.5,100\n")
            << "t.csv:1:22: field 'image_width': '100.5' is not a whole number" << 0;
        QTest::newRow("zero image size")
            << QByteArray("a.jpg,1,2,3,4,object,100,0\n")
            << "t.csv:1:26: field 'image_height': the image size 0 must be at least 1" << 0;
        QTest::newRow("x2 <= x1")
            << QByteArray("ok.jpg,0,0,5,5,object,100,100\nb.jpg,10,2,5,4,object,100,100\n")
            << "t.csv:2:12: field 'x2': x2 (5) must be greater than x1 (10)" << 1;
        QTest::newRow("y2 <= y1") << QByteArray("b.jpg,1,20,5,20,object,100,100\n")
                                  << "t.csv:1:14: field 'y2': y2 (20) must be greater than y1 (20)"
                                  << 0;
        QTest::newRow("x1 past the image")
            << QByteArray("b.jpg,150,2,160,4,object,100,100\n")
            << "t.csv:1:13: field 'x2': x2 (99) must be greater than x1 (99) after clamping to "
               "the image width 100"
            << 0;
        QTest::newRow("y1 == H (kept by the authors' y1 > H)")
            << QByteArray("b.jpg,1,100,5,120,object,100,100\n")
            << "t.csv:1:15: field 'y2': y2 (99) must be greater than y1 (100) after clamping to "
               "the image height 100"
            << 0;
        QTest::newRow("empty image name") << QByteArray(",1,2,3,4,object,100,100\n")
                                          << "t.csv:1:1: field 'image_name' is empty" << 0;
        QTest::newRow("traversal")
            << QByteArray("../a.jpg,1,2,3,4,object,100,100\n")
            << "t.csv:1:1: field 'image_name': '../a.jpg' is not a path inside the project folder"
            << 0;
        QTest::newRow("unclosed quote")
            << QByteArray("\"a.jpg,1,2\n") << "t.csv:1:1: quoted field is not closed" << 0;
        QTest::newRow("after a quoted line break")
            << QByteArray("a.jpg,1,2,3,4,\"ob\nject\",1x0,100\n")
            << "t.csv:2:7: field 'image_width': '1x0' is not a number" << 0;
        QTest::newRow("line break in a name")
            << QByteArray("\"a\nb.jpg\",1,2,3,4,object,100,100\n")
            << "t.csv:1:1: field 'image_name': 'a\\nb.jpg' is not a path inside the project "
               "folder"
            << 0;
        QTest::newRow("after non-ASCII")
            << QStringLiteral("日本.jpg,1,2,3,zz,object,100,100\n").toUtf8()
            << "t.csv:1:14: field 'y2': 'zz' is not a number" << 0;
    }
    void annotationErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        QFETCH(int, rowsBefore);
        QList<AnnotationRow> rows;
        const ReadReport report = readAnnotations(data, &rows);
        QVERIFY(!report.ok());
        QCOMPARE(errorOf(report), expected);
        QCOMPARE(rows.size(), rowsBefore);
        QCOMPARE(report.rows, rowsBefore);
    }

    void resultErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("confidence above 1")
            << QByteArray("image_id,x1,y1,x2,y2,confidence,hard_score\na.jpg,1,2,3,4,1.5,0.5\n")
            << "t.csv:2:15: field 'confidence': 1.5 is outside [0, 1]";
        QTest::newRow("negative hard score") << QByteArray("a.jpg,1,2,3,4,0.5,-0.1\n")
                                             << "t.csv:1:19: field 'hard_score': -0.1 is outside "
                                                "[0, 1]";
        QTest::newRow("percentages") << QByteArray("a.jpg,1,2,3,4,87,0.5\n")
                                     << "t.csv:1:15: field 'confidence': 87 is outside [0, 1]";
        QTest::newRow("annotations row")
            << QByteArray("a.jpg,1,2,3,4,object,100,100\n")
            << "t.csv:1:26: unexpected field: expected 7 fields, found 8 (is this a SKU-110K "
               "annotations file?)";
        QTest::newRow("NaN score") << QByteArray("a.jpg,1,2,3,4,NaN,0.5\n")
                                   << "t.csv:1:15: field 'confidence': 'NaN' is not a finite "
                                      "number";
        QTest::newRow("x2 <= x1") << QByteArray("a.jpg,3,2,3,4,0.5,0.5\n")
                                  << "t.csv:1:11: field 'x2': x2 (3) must be greater than x1 (3)";
        QTest::newRow("absolute path")
            << QByteArray("/etc/passwd,1,2,3,4,0.5,0.5\n")
            << "t.csv:1:1: field 'image_id': '/etc/passwd' is not a path inside the project folder";
        QTest::newRow("empty") << QByteArray("") << "t.csv:1:1: the file is empty";
    }
    void resultErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const ReadReport report = readResults(data);
        QVERIFY(!report.ok());
        QCOMPARE(errorOf(report), expected);
    }

    void repeatedHeaderIsSkipped()
    {
        QList<AnnotationRow> rows;
        const QByteArray header = "image_name,x1,y1,x2,y2,class,image_width,image_height\n";
        const ReadReport report = readAnnotations(header + "a.jpg,1,2,3,4,object,100,100\n" +
                                                      header + "b.jpg,1,2,3,4,object,100,100\n",
                                                  &rows);
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QVERIFY(report.hadHeader);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(messages(report.warnings),
                 QStringList{QStringLiteral("t.csv:3:1: header line repeated; row skipped")});

        // Header names in another case are still the header.
        const ReadReport upper = readResults("IMAGE_ID,X1,Y1,X2,Y2,CONFIDENCE,HARD_SCORE\n");
        QVERIFY(upper.ok());
        QVERIFY(upper.hadHeader);
        QCOMPARE(upper.rows, 0);
    }

    void headerOnlyIsNotAnError()
    {
        const ReadReport report =
            readAnnotations("image_name,x1,y1,x2,y2,class,image_width,image_height\n");
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QCOMPARE(report.rows, 0);
    }

    void refusesPathsLeavingTheProject_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("parent") << "../a.jpg" << false;
        QTest::newRow("nested parent") << "a/../../b.jpg" << false;
        QTest::newRow("trailing parent") << "a/.." << false;
        QTest::newRow("only parent") << ".." << false;
        QTest::newRow("absolute") << "/etc/passwd" << false;
        QTest::newRow("drive") << "C:\\x.jpg" << false;
        QTest::newRow("drive, forward slash") << "c:/x.jpg" << false;
        QTest::newRow("drive-relative") << "d:x.jpg" << false;
        QTest::newRow("backslash parent") << "..\\a.jpg" << false;
        QTest::newRow("nested backslash parent") << "a\\..\\..\\b.jpg" << false;
        QTest::newRow("UNC share") << "\\\\server\\share\\x.jpg" << false;
        QTest::newRow("backslash root") << "\\x.jpg" << false;
        QTest::newRow("three dots (Windows trims)") << "a/.../b.jpg" << false;
        QTest::newRow("dots and space (Windows trims)") << "a/.. /b.jpg" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("plain") << "a.jpg" << true;
        QTest::newRow("folder") << "images/a.jpg" << true;
        QTest::newRow("authors' backslash folder") << "images\\test1.jpg" << true;
        QTest::newRow("current folder") << "./a.jpg" << true;
        QTest::newRow("dots inside a name") << "a..b.jpg" << true;
        QTest::newRow("dots starting a name") << "..a.jpg" << true;
        QTest::newRow("hidden file") << ".hidden.jpg" << true;
        QTest::newRow("colon later") << "ab:c.jpg" << true;
        QTest::newRow("non-ASCII") << QStringLiteral("日本/棚.jpg") << true;
    }
    void refusesPathsLeavingTheProject()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        QCOMPARE(Sku110kCsv::isSafeRelativePath(path), safe);
        // The readers apply the same rule.
        QCOMPARE(readAnnotations("\"" + path.toUtf8() + "\",1,2,3,4,object,100,100\n").ok(), safe);
        QCOMPARE(readResults("\"" + path.toUtf8() + "\",1,2,3,4,0.5,0.5\n").ok(), safe);
    }

    void checksTheRealImageSize()
    {
        QList<AnnotationRow> rows;
        QVERIFY(readAnnotations("x.jpg,1,1,2,2,object,9,9\na.jpg,1,2,3,4,object,100,200\n", &rows)
                    .ok());
        QCOMPARE(rows.size(), 2);
        const AnnotationRow& row = rows[1];
        QVERIFY(!Sku110kCsv::checkImageSize(row, 100, 200, QStringLiteral("t.csv")));

        auto w = Sku110kCsv::checkImageSize(row, 101, 200, QStringLiteral("t.csv"));
        QVERIFY(w);
        QCOMPARE(w->toString(), QStringLiteral("t.csv:2:22: field 'image_width': the row gives "
                                               "the size of 'a.jpg' as 100x200, the image is "
                                               "101x200"));
        w = Sku110kCsv::checkImageSize(row, 100, 199, QStringLiteral("t.csv"));
        QVERIFY(w);
        QCOMPARE(w->toString(), QStringLiteral("t.csv:2:26: field 'image_height': the row gives "
                                               "the size of 'a.jpg' as 100x200, the image is "
                                               "100x199"));
        w = Sku110kCsv::checkImageSize(row, 200, 100, QStringLiteral("t.csv"));
        QVERIFY(w);
        QVERIFY(w->message.contains(QLatin1String("swapped")));
    }

    void annotationsRoundTripByteForByte()
    {
        // Written the way the dataset is: no header, LF, whole numbers.
        QRandomGenerator random(110);
        QByteArray data;
        for (int image = 0; image < 50; ++image) {
            const int w = int(random.bounded(200, 5000));
            const int h = int(random.bounded(200, 5000));
            const QByteArray size = QByteArray::number(w) + ',' + QByteArray::number(h);
            for (int box = 0; box < 40; ++box) {
                const int x1 = int(random.bounded(w - 1));
                const int y1 = int(random.bounded(h - 1));
                const int x2 = int(random.bounded(x1 + 1, w));
                const int y2 = int(random.bounded(y1 + 1, h));
                data += "train_" + QByteArray::number(image) + ".jpg," + QByteArray::number(x1) +
                        ',' + QByteArray::number(y1) + ',' + QByteArray::number(x2) + ',' +
                        QByteArray::number(y2) + ",object," + size + '\n';
            }
        }
        QList<AnnotationRow> rows;
        const ReadReport report = readAnnotations(data, &rows);
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QCOMPARE(rows.size(), 2000);
        QCOMPARE(writeAnnotations(rows), data);

        // With the header option the header comes first and the rows read back the same.
        const QByteArray withHeader = writeAnnotations(rows, Sku110kCsv::HeaderLine::With);
        QVERIFY(withHeader.startsWith("image_name,x1,y1,x2,y2,class,image_width,image_height\n"));
        QList<AnnotationRow> again;
        QVERIFY(readAnnotations(withHeader, &again).hadHeader);
        QCOMPARE(again, rows);
    }

    void resultsRoundTripExactly()
    {
        QRandomGenerator random(7);
        QList<ResultRow> rows;
        for (int i = 0; i < 3000; ++i) {
            ResultRow row;
            row.imageName = QStringLiteral("images\\test%1.jpg").arg(i / 100);
            row.box.x1 = random.generateDouble() * 1000;
            row.box.y1 = random.generateDouble() * 1000;
            row.box.x2 = row.box.x1 + 1 + random.generateDouble() * 100;
            row.box.y2 = row.box.y1 + 1 + random.generateDouble() * 100;
            row.confidence = random.generateDouble();
            row.hardScore = i % 10 == 0 ? -1 : random.generateDouble();
            rows.append(row);
        }
        const QByteArray data = writeResults(rows);
        QVERIFY(data.startsWith("image_id,x1,y1,x2,y2,confidence,hard_score\n"));
        QList<ResultRow> back;
        const ReadReport report = readResults(data, &back);
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QCOMPARE(back, rows);
        QCOMPARE(writeResults(back), data);
        QVERIFY(!writeResults(rows, Sku110kCsv::HeaderLine::Without).startsWith("image_id"));
    }

    void sinkCanStop()
    {
        QByteArray data;
        for (int i = 0; i < 10; ++i)
            data += "a.jpg,1,2,3,4,object,100,100\n";
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader csv(&buffer);
        int seen = 0;
        const ReadReport report =
            Sku110kCsv::readAnnotations(csv, [&](const AnnotationRow&) { return ++seen < 3; });
        QVERIFY(report.cancelled);
        QVERIFY(!report.ok());
        QVERIFY(!report.error);
        QCOMPARE(seen, 3);
    }

    void keepsTheFirstThousandWarnings()
    {
        QByteArray data;
        for (int i = 0; i < 1500; ++i)
            data += "a.jpg,-1,2,3,4,object,100,100\n";
        data += "a.jpg,1,2,3,4,object,100,100\n";
        const ReadReport report = readAnnotations(data);
        QVERIFY(report.ok());
        QCOMPARE(report.rows, 1);
        QCOMPARE(report.skippedRows, 1500);
        QCOMPARE(report.warningCount, 1500);
        QCOMPARE(report.warnings.size(), Sku110kCsv::maxKeptWarnings);
        QCOMPARE(report.warnings.last().line, Sku110kCsv::maxKeptWarnings);
    }

    void readsFilesByPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("annotations_val.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray data;
        for (int i = 0; i < 100000; ++i)
            data += "val_" + QByteArray::number(i / 150) + ".jpg," + QByteArray::number(i % 1000) +
                    ",5,2000,3000,object,2448,3264\n";
        file.write(data);
        file.close();

        QList<AnnotationRow> rows;
        const ReadReport report = Sku110kCsv::readAnnotations(path, rows);
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QCOMPARE(rows.size(), 100000);
        QCOMPARE(rows.last().line, 100000);
        QCOMPARE(rows.last().box.x1, 999.0);
        // Rows of one image share their name's text instead of holding a copy each.
        QCOMPARE(rows[0].imageName.constData(), rows[149].imageName.constData());

        QList<AnnotationRow> none;
        const QString missing = dir.filePath(QStringLiteral("missing.csv"));
        const ReadReport failed = Sku110kCsv::readAnnotations(missing, none);
        QVERIFY(failed.error);
        QVERIFY(failed.error->toString().startsWith(missing + QLatin1String(": cannot open")));
    }
};

QTEST_GUILESS_MAIN(TestSku110kCsv)
#include "test_sku110k_csv.moc"
