// End-to-end: shelflabel-cli as a user runs it, checked by exit code, files and messages.
#include "cli_run.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

class TestCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;

    using Run = shelf::test::CliRun;

    Run cli(const QStringList& args) { return shelf::test::runCli(m_tmp->path(), args); }

    QString path(const QString& name) const { return m_tmp->filePath(name); }

    void write(const QString& name, const QByteArray& bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    QByteArray read(const QString& name)
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Two shelf images (the project file beside them, as SKU-110K names images by file name).
    void makeProject()
    {
        QDir().mkpath(path(QStringLiteral("shelves")));
        QImage(300, 400, QImage::Format_RGB32).save(path(QStringLiteral("shelves/test_0.jpg")));
        QImage(320, 240, QImage::Format_RGB32).save(path(QStringLiteral("shelves/test_1.jpg")));
        const Run r = cli({QStringLiteral("init"), QStringLiteral("shelves/p.shelf"),
                           QStringLiteral("--images"), QStringLiteral("shelves")});
        QCOMPARE(r.code, 0);
    }

    static QByteArray annotations()
    {
        return "test_0.jpg,5,10,100,200,object,300,400\n"
               "test_0.jpg,120,10,220,200,object,300,400\n"
               "test_1.jpg,0,0,319,239,object,320,240\n"
               "test_0.jpg,1,2,3,4,object,300,400\n";
    }

private Q_SLOTS:
    void init() { m_tmp = std::make_unique<QTemporaryDir>(); }

    void annotationsRoundTripUnchanged()
    {
        makeProject();
        write(QStringLiteral("a.csv"), annotations());
        Run r =
            cli({QStringLiteral("import"), QStringLiteral("shelves/p.shelf"),
                 QStringLiteral("--format"), QStringLiteral("sku110k"), QStringLiteral("a.csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("export"), QStringLiteral("shelves/p.shelf"),
                 QStringLiteral("--format"), QStringLiteral("sku110k"), QStringLiteral("--out"),
                 QStringLiteral("b.csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(read(QStringLiteral("b.csv")), annotations());

        r = cli(
            {QStringLiteral("info"), QStringLiteral("shelves/p.shelf"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info[QStringLiteral("images")].toInt(), 2);
        const QJsonObject human =
            info[QStringLiteral("layers")].toObject()[QStringLiteral("human")].toObject();
        QCOMPARE(human[QStringLiteral("accepted")].toInt(), 4);
        QCOMPARE(human[QStringLiteral("images")].toInt(), 2);

        // An existing output is kept unless --force.
        r = cli({QStringLiteral("export"), QStringLiteral("shelves/p.shelf"),
                 QStringLiteral("--format"), QStringLiteral("sku110k"), QStringLiteral("--out"),
                 QStringLiteral("b.csv")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
    }

    void resultsRoundTripExactly()
    {
        makeProject();
        const QByteArray results = "image_id,x1,y1,x2,y2,confidence,hard_score\n"
                                   "test_1.jpg,1.5,2.25,100.125,200,0.875,0.9\n"
                                   "test_1.jpg,3,4,50,60,0.1,0.30000000000000004\n";
        write(QStringLiteral("r.csv"), results);
        Run r = cli({QStringLiteral("import"), QStringLiteral("shelves/p.shelf"),
                     QStringLiteral("--format"), QStringLiteral("sku110k-results"),
                     QStringLiteral("--layer"), QStringLiteral("nms"), QStringLiteral("r.csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("export"), QStringLiteral("shelves/p.shelf"),
                 QStringLiteral("--format"), QStringLiteral("sku110k-results"),
                 QStringLiteral("--layer"), QStringLiteral("nms"), QStringLiteral("--out"),
                 QStringLiteral("r2.csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(read(QStringLiteral("r2.csv")), results);
    }

    void badInputIsRefusedWithItsPlaceAndNothingImported_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("where");
        QTest::newRow("unknown image") << QByteArray("test_0.jpg,5,10,100,200,object,300,400\n"
                                                     "nope.jpg,5,10,100,200,object,300,400\n")
                                       << QStringLiteral("bad.csv:2:1");
        QTest::newRow("traversal") << QByteArray("../test_0.jpg,5,10,100,200,object,300,400\n")
                                   << QStringLiteral("bad.csv:1:1");
        QTest::newRow("x2 <= x1") << QByteArray("test_0.jpg,5,10,100,200,object,300,400\n"
                                                "test_0.jpg,50,10,40,200,object,300,400\n")
                                  << QStringLiteral("bad.csv:2:");
        QTest::newRow("columns") << QByteArray("test_0.jpg,5,10,100\n")
                                 << QStringLiteral("bad.csv:1");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("bad.csv");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5)
                                << QStringLiteral("bad.csv:1");
    }

    void badInputIsRefusedWithItsPlaceAndNothingImported()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, where);
        makeProject();
        write(QStringLiteral("bad.csv"), csv);
        const Run r =
            cli({QStringLiteral("import"), QStringLiteral("shelves/p.shelf"),
                 QStringLiteral("--format"), QStringLiteral("sku110k"), QStringLiteral("bad.csv")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(where), qPrintable(r.err));
        const Run info = cli(
            {QStringLiteral("info"), QStringLiteral("shelves/p.shelf"), QStringLiteral("--json")});
        const QJsonObject layers = QJsonDocument::fromJson(info.out.toUtf8())
                                       .object()[QStringLiteral("layers")]
                                       .toObject();
        QVERIFY2(layers.isEmpty(), qPrintable(info.out));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("p.shelf")}).code, 2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("p.shelf"),
                      QStringLiteral("--format"), QStringLiteral("coco")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--bogus")}).code, 2);
        for (const char* command : {"init", "import", "export", "info", "merge", "relink"}) {
            const Run help = cli({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(help.code, 0);
            QVERIFY(help.out.contains(QStringLiteral("Usage: shelflabel-cli ") +
                                      QLatin1String(command)));
        }
    }

    void mergeReproducesTheAuthorsOnAGoldenCase()
    {
        const QString golden =
            QStringLiteral(SHELF_SHARED_DIR "/golden/em_merger/gapped_n200_s1_2448x3264");
        if (!QFile::exists(golden + QStringLiteral(".candidates.csv")))
            QSKIP("the shared golden cases are not beside the checkout");
        const Run r =
            cli({QStringLiteral("merge"), QStringLiteral("--candidates"),
                 golden + QStringLiteral(".candidates.csv"), QStringLiteral("--image-size"),
                 QStringLiteral("2448x3264"), QStringLiteral("--method"),
                 QStringLiteral("em-reference"), QStringLiteral("--out"), QStringLiteral("m.csv"),
                 QStringLiteral("--stats")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(stats[QStringLiteral("candidates")].toInt(), 200);
        QVERIFY(stats.contains(QStringLiteral("merge_ms")));
        auto rows = [](const QByteArray& csv) {
            QList<int> out;
            const QList<QByteArray> lines = csv.trimmed().split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i)
                out << lines[i].trimmed().split(',').last().toInt();
            std::sort(out.begin(), out.end());
            return out;
        };
        QFile reference(golden + QStringLiteral(".reference.csv"));
        QVERIFY(reference.open(QIODevice::ReadOnly));
        const QList<int> expected = rows(reference.readAll());
        QCOMPARE(rows(read(QStringLiteral("m.csv"))), expected);
        QCOMPARE(stats[QStringLiteral("outputs")].toInt(), int(expected.size()));
    }

    void mergeVotesBoxesOnlyWhereAsked()
    {
        write(QStringLiteral("c.csv"), "x1,y1,x2,y2,confidence,hard_score\n"
                                       "10,10,100,200,0.9,0.9\n"
                                       "12,11,101,198,0.8,0.85\n");
        const auto firstBox = [&](const QStringList& extra) {
            QStringList args{QStringLiteral("merge"),   QStringLiteral("--candidates"),
                             QStringLiteral("c.csv"),   QStringLiteral("--image-size"),
                             QStringLiteral("300x400"), QStringLiteral("--out"),
                             QStringLiteral("m.csv")};
            const Run r = cli(args + extra);
            const QList<QByteArray> lines = read(QStringLiteral("m.csv")).trimmed().split('\n');
            return r.code == 0 && lines.size() == 2 ? lines[1].split(',').first().toDouble() : -1.0;
        };
        QCOMPARE(firstBox({QStringLiteral("--method"), QStringLiteral("nms")}), 10.0);
        // (0.9 * 0.9)^2 and (0.8 * 0.85)^2 weigh the two left edges 10 and 12.
        const double voted = 10 + 2 * 0.4624 / (0.6561 + 0.4624);
        QVERIFY(std::abs(firstBox({QStringLiteral("--method"), QStringLiteral("nms"),
                                   QStringLiteral("--box-voting-iou"), QStringLiteral("0.5")}) -
                         voted) < 1e-4);
        QVERIFY(std::abs(firstBox({}) - voted) < 1e-4); // em votes by default
        QCOMPARE(firstBox({QStringLiteral("--box-voting-iou"), QStringLiteral("0")}), 10.0);
        QCOMPARE(cli({QStringLiteral("merge"), QStringLiteral("--candidates"),
                      QStringLiteral("c.csv"), QStringLiteral("--image-size"),
                      QStringLiteral("300x400"), QStringLiteral("--out"), QStringLiteral("m.csv"),
                      QStringLiteral("--method"), QStringLiteral("em-reference"),
                      QStringLiteral("--box-voting-iou"), QStringLiteral("0.5")})
                     .code,
                 2);
    }

    void mergeFillsAProjectLayerAndLeavesHumanBoxesAlone()
    {
        makeProject();
        write(QStringLiteral("a.csv"), annotations());
        QCOMPARE(
            cli({QStringLiteral("import"), QStringLiteral("shelves/p.shelf"),
                 QStringLiteral("--format"), QStringLiteral("sku110k"), QStringLiteral("a.csv")})
                .code,
            0);
        // Three candidates on one product (two overlap strongly) and one elsewhere.
        write(QStringLiteral("raw.csv"), "image_id,x1,y1,x2,y2,confidence,hard_score\n"
                                         "test_0.jpg,10,10,100,200,0.9,0.9\n"
                                         "test_0.jpg,12,11,101,198,0.8,0.85\n"
                                         "test_0.jpg,200,10,290,200,0.7,0.8\n");
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("shelves/p.shelf"),
                      QStringLiteral("--format"), QStringLiteral("sku110k-results"),
                      QStringLiteral("--layer"), QStringLiteral("raw"), QStringLiteral("raw.csv")})
                     .code,
                 0);
        const Run r = cli({QStringLiteral("merge"), QStringLiteral("--project"),
                           QStringLiteral("shelves/p.shelf"), QStringLiteral("--method"),
                           QStringLiteral("nms"), QStringLiteral("--to"), QStringLiteral("nms")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run info = cli(
            {QStringLiteral("info"), QStringLiteral("shelves/p.shelf"), QStringLiteral("--json")});
        const QJsonObject layers = QJsonDocument::fromJson(info.out.toUtf8())
                                       .object()[QStringLiteral("layers")]
                                       .toObject();
        QCOMPARE(layers[QStringLiteral("nms")].toObject()[QStringLiteral("proposed")].toInt(), 2);
        QCOMPARE(layers[QStringLiteral("raw")].toObject()[QStringLiteral("total")].toInt(), 3);
        QCOMPARE(layers[QStringLiteral("human")].toObject()[QStringLiteral("total")].toInt(), 4);
        QCOMPARE(cli({QStringLiteral("merge"), QStringLiteral("--project"),
                      QStringLiteral("shelves/p.shelf"), QStringLiteral("--to"),
                      QStringLiteral("human")})
                     .code,
                 2);
    }

    void missingProjectIsBadInput()
    {
        const Run r = cli({QStringLiteral("info"), QStringLiteral("nothing.shelf")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("nothing.shelf")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
