// End-to-end: `shelflabel-cli eval` on small files and a small project, checked by exit code,
// the table, the JSON and the messages. Expected figures are worked out in the comments.
#include "cli_run.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestEvalCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;

    using Run = shelf::test::CliRun;

    Run cli(const QStringList& args) { return shelf::test::runCli(m_tmp->path(), args); }

    void write(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_tmp->filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    // Truths: a.jpg two boxes, b.jpg one (SKU-110K annotations, no header).
    void writeTruth()
    {
        write(QStringLiteral("truth.csv"), "a.jpg,0,0,10,10,object,100,100\n"
                                           "a.jpg,20,0,30,10,object,100,100\n"
                                           "b.jpg,0,0,10,10,object,100,100\n");
    }

    // SKU-110K results: a's first truth found (0.9), a miss on a (0.8), a detection on c.jpg,
    // an image the truth does not have (0.3).
    // Ranked: tp, fp, fp with 3 truths: rc = 1/3 throughout, so precision 1/(1+eps) on the 34
    // recall points 0 .. 0.33: AP = AP.50 = AP.75 = 34/101 * (1 - 2^-52) = 0.337; AR 1/3.
    // Count errors: a 2-2 = 0, b 0-1 = -1, c 1-0 = +1: MAE 2/3, RMSE sqrt(2/3) = 0.82.
    void writeResults()
    {
        write(QStringLiteral("results.csv"), "image_id,x1,y1,x2,y2,confidence,hard_score\n"
                                             "images\\a.jpg,0,0,10,10,0.9,0.9\n"
                                             "images\\a.jpg,50,50,60,60,0.8,0.8\n"
                                             "c.jpg,0,0,10,10,0.3,0.3\n");
    }

    // Every truth found exactly (headed CSV with a score column).
    void writePerfect()
    {
        write(QStringLiteral("perfect.csv"), "image_name,x1,y1,x2,y2,score\n"
                                             "a.jpg,0,0,10,10,0.9\n"
                                             "a.jpg,20,0,30,10,0.8\n"
                                             "b.jpg,0,0,10,10,0.7\n");
    }

    static QJsonArray predictions(const Run& r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8())
            .object()[QStringLiteral("predictions")]
            .toArray();
    }

private Q_SLOTS:
    void init() { m_tmp = std::make_unique<QTemporaryDir>(); }

    void tableHasOneColumnPerPrediction()
    {
        writeTruth();
        writeResults();
        writePerfect();
        const Run r =
            cli({QStringLiteral("eval"), QStringLiteral("--truth"), QStringLiteral("truth.csv"),
                 QStringLiteral("--pred"), QStringLiteral("results.csv"), QStringLiteral("--pred"),
                 QStringLiteral("perfect.csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 7, qPrintable(r.out));
        QVERIFY(lines[0].contains(QStringLiteral("results.csv")));
        QVERIFY(lines[0].indexOf(QStringLiteral("results.csv")) <
                lines[0].indexOf(QStringLiteral("perfect.csv")));
        const auto row = [&](const QString& label) {
            for (const QString& line : lines) {
                if (line.startsWith(label + QLatin1Char(' ')))
                    return line.simplified().split(QLatin1Char(' ')).mid(1);
            }
            return QStringList();
        };
        QCOMPARE(row(QStringLiteral("AP")), (QStringList{"0.337", "1.000"}));
        QCOMPARE(row(QStringLiteral("AP.50")), (QStringList{"0.337", "1.000"}));
        QCOMPARE(row(QStringLiteral("AR300")), (QStringList{"0.333", "1.000"}));
        QCOMPARE(row(QStringLiteral("MAE")), (QStringList{"0.67", "0.00"}));
        QCOMPARE(row(QStringLiteral("RMSE")), (QStringList{"0.82", "0.00"}));
        // c.jpg is not in the truth: said on stderr, evaluated as an image with no truth.
        QVERIFY2(r.err.contains(QStringLiteral("c.jpg")), qPrintable(r.err));
    }

    void jsonHasImagesAndNullForUndefined()
    {
        writeTruth();
        writeResults();
        const Run r = cli({QStringLiteral("eval"), QStringLiteral("--truth"),
                           QStringLiteral("truth.csv"), QStringLiteral("--pred"),
                           QStringLiteral("results.csv"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray preds = predictions(r);
        QCOMPARE(preds.size(), 1);
        const QJsonObject p = preds[0].toObject();
        QCOMPARE(p[QStringLiteral("file")].toString(), QStringLiteral("results.csv"));
        QCOMPARE(p[QStringLiteral("ap")].toDouble(), 34.0 / 101.0 * (1 / (1 + 0x1p-52)));
        QCOMPARE(p[QStringLiteral("ar300")].toDouble(), 1.0 / 3.0);
        QCOMPARE(p[QStringLiteral("mae")].toDouble(), 2.0 / 3.0);
        QCOMPARE(p[QStringLiteral("rmse")].toDouble(), std::sqrt(2.0 / 3.0));
        const QJsonArray images = p[QStringLiteral("images")].toArray();
        QCOMPARE(images.size(), 3);
        // a.jpg alone: tp then fp with 2 truths -> 51 points at 1/(1+eps): 0.50495.
        const QJsonObject a = images[0].toObject();
        QCOMPARE(a[QStringLiteral("image")].toString(), QStringLiteral("a.jpg"));
        QCOMPARE(a[QStringLiteral("truths")].toInt(), 2);
        QCOMPARE(a[QStringLiteral("detections")].toInt(), 2);
        QCOMPARE(a[QStringLiteral("ap")].toDouble(), 51.0 / 101.0);
        // b.jpg: a truth, no detection -> 0. c.jpg: no truth -> null.
        QCOMPARE(images[1].toObject()[QStringLiteral("ap")].toDouble(), 0.0);
        QVERIFY(images[2].toObject()[QStringLiteral("ap")].isNull());
        QCOMPARE(images[2].toObject()[QStringLiteral("count_error")].toInt(), 1);
    }

    void bootstrapComparesEachColumnWithTheFirst()
    {
        writeTruth();
        writeResults();
        writePerfect();
        const QStringList args{QStringLiteral("eval"),
                               QStringLiteral("--truth"),
                               QStringLiteral("truth.csv"),
                               QStringLiteral("--pred"),
                               QStringLiteral("results.csv"),
                               QStringLiteral("--pred"),
                               QStringLiteral("perfect.csv"),
                               QStringLiteral("--bootstrap"),
                               QStringLiteral("200"),
                               QStringLiteral("--seed"),
                               QStringLiteral("4")};
        const Run r = cli(QStringList(args) << QStringLiteral("--json"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject b = QJsonDocument::fromJson(r.out.toUtf8())
                                  .object()[QStringLiteral("bootstrap")]
                                  .toObject();
        QCOMPARE(b[QStringLiteral("resamples")].toInt(), 200);
        QCOMPARE(b[QStringLiteral("seed")].toInt(), 4);
        QCOMPARE(b[QStringLiteral("images")].toInt(), 3); // a, b and c (c only in results.csv)
        QCOMPARE(b[QStringLiteral("baseline")].toObject()[QStringLiteral("file")].toString(),
                 QStringLiteral("results.csv"));
        const QJsonArray comparisons = b[QStringLiteral("comparisons")].toArray();
        QCOMPARE(comparisons.size(), 1);
        const QJsonObject c = comparisons[0].toObject();
        QCOMPARE(c[QStringLiteral("file")].toString(), QStringLiteral("perfect.csv"));
        // perfect.csv finds every truth, results.csv 1 of 3: AR 1 against 1/3, and ahead on
        // every resample that has a truth (a draw of c.jpg alone has none and is left out).
        const QJsonObject ar = c[QStringLiteral("ar300")].toObject();
        QCOMPARE(ar[QStringLiteral("difference")].toDouble(), 2.0 / 3.0);
        QCOMPARE(ar[QStringLiteral("better")].toDouble(), 1.0);
        QVERIFY(ar[QStringLiteral("low")].toDouble() > 0);
        // Count errors a 0, b -1, c +1 against 0, 0, 0 (c counts as empty in perfect.csv): MAE
        // 2/3 lower, better or tied (a draw of a.jpg only) on every resample.
        const QJsonObject mae = c[QStringLiteral("mae")].toObject();
        QCOMPARE(mae[QStringLiteral("difference")].toDouble(), -2.0 / 3.0);
        QCOMPARE(mae[QStringLiteral("better")].toDouble() + mae[QStringLiteral("tied")].toDouble(),
                 1.0);
        QVERIFY(mae[QStringLiteral("tied")].toDouble() > 0);

        const Run text = cli(args);
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("perfect.csv against results.csv")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral(
                     "\\nAR300 +\\+0\\.66667 +\\[\\+0\\.50000, \\+1\\.00000\\] +100\\.0%"))),
                 qPrintable(text.out));
        // Same seed, same figures: the JSON run and the text run drew alike.
        const Run again = cli(QStringList(args) << QStringLiteral("--json"));
        QCOMPARE(again.out, r.out);
    }

    void countThresholdChangesTheCounts()
    {
        writeTruth();
        writeResults();
        // Counting scores >= 0.85 only: a 1-2 = -1, b -1, c 0 -> MAE 2/3, RMSE sqrt(2/3).
        // Counting scores >= 0.95: a -2, b -1, c 0 -> MAE 1, RMSE sqrt(5/3).
        const Run r =
            cli({QStringLiteral("eval"), QStringLiteral("--truth"), QStringLiteral("truth.csv"),
                 QStringLiteral("--pred"), QStringLiteral("results.csv"), QStringLiteral("--json"),
                 QStringLiteral("--count-threshold"), QStringLiteral("0.95")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject p = predictions(r)[0].toObject();
        QCOMPARE(p[QStringLiteral("mae")].toDouble(), 1.0);
        QCOMPARE(p[QStringLiteral("rmse")].toDouble(), std::sqrt(5.0 / 3.0));
        QCOMPARE(p[QStringLiteral("ap")].toDouble(), 34.0 / 101.0 * (1 / (1 + 0x1p-52)));
    }

    void badInputNamesFileLineAndField()
    {
        writeTruth();
        write(QStringLiteral("bad.csv"), "image_name,x1,y1,x2,y2,score\n"
                                         "a.jpg,0,0,10,10,0.9\n"
                                         "a.jpg,0,0,ten,10,0.9\n");
        Run r = cli({QStringLiteral("eval"), QStringLiteral("--truth"), QStringLiteral("truth.csv"),
                     QStringLiteral("--pred"), QStringLiteral("bad.csv")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bad.csv:3:11: field 'x2': 'ten' is not a number")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        r = cli({QStringLiteral("eval"), QStringLiteral("--truth"), QStringLiteral("missing.csv"),
                 QStringLiteral("--pred"), QStringLiteral("bad.csv")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("missing.csv")), qPrintable(r.err));
    }

    void usageErrors()
    {
        QCOMPARE(
            cli({QStringLiteral("eval"), QStringLiteral("--truth"), QStringLiteral("t.csv")}).code,
            2);
        QCOMPARE(
            cli({QStringLiteral("eval"), QStringLiteral("--project"), QStringLiteral("p.shelf")})
                .code,
            2);
        QCOMPARE(cli({QStringLiteral("eval"), QStringLiteral("--truth"), QStringLiteral("t.csv"),
                      QStringLiteral("--pred"), QStringLiteral("p.csv"),
                      QStringLiteral("--count-threshold"), QStringLiteral("abc")})
                     .code,
                 2);
        const QStringList two{QStringLiteral("eval"),  QStringLiteral("--truth"),
                              QStringLiteral("t.csv"), QStringLiteral("--pred"),
                              QStringLiteral("p.csv"), QStringLiteral("--pred"),
                              QStringLiteral("q.csv")};
        QCOMPARE(cli(QStringList(two) << QStringLiteral("--bootstrap") << QStringLiteral("0")).code,
                 2);
        QCOMPARE(cli(QStringList(two) << QStringLiteral("--seed") << QStringLiteral("3")).code, 2);
        const Run one =
            cli({QStringLiteral("eval"), QStringLiteral("--truth"), QStringLiteral("t.csv"),
                 QStringLiteral("--pred"), QStringLiteral("p.csv"), QStringLiteral("--bootstrap"),
                 QStringLiteral("100")});
        QCOMPARE(one.code, 2);
        QVERIFY2(one.err.contains(QStringLiteral("--bootstrap")), qPrintable(one.err));
        const Run help = cli({QStringLiteral("eval"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("--pred-layer")));
    }

    void projectLayers()
    {
        // Two images; human holds the truths, nms the results above (c.jpg left out: the
        // project has no such image). The image with no detections still counts.
        QDir().mkpath(m_tmp->filePath(QStringLiteral("shelves")));
        QImage(100, 100, QImage::Format_RGB32)
            .save(m_tmp->filePath(QStringLiteral("shelves/a.jpg")));
        QImage(100, 100, QImage::Format_RGB32)
            .save(m_tmp->filePath(QStringLiteral("shelves/b.jpg")));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("shelves/p.shelf"),
                      QStringLiteral("--images"), QStringLiteral("shelves")})
                     .code,
                 0);
        writeTruth();
        write(QStringLiteral("nms.csv"), "image_id,x1,y1,x2,y2,confidence,hard_score\n"
                                         "a.jpg,0,0,10,10,0.9,0.9\n"
                                         "a.jpg,50,50,60,60,0.8,0.8\n");
        Run r = cli({QStringLiteral("import"), QStringLiteral("shelves/p.shelf"),
                     QStringLiteral("--format"), QStringLiteral("sku110k"),
                     QStringLiteral("truth.csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("import"), QStringLiteral("shelves/p.shelf"),
                 QStringLiteral("--format"), QStringLiteral("sku110k-results"),
                 QStringLiteral("--layer"), QStringLiteral("nms"), QStringLiteral("nms.csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = cli({QStringLiteral("eval"), QStringLiteral("--project"),
                 QStringLiteral("shelves/p.shelf"), QStringLiteral("--truth-layer"),
                 QStringLiteral("human"), QStringLiteral("--pred-layer"), QStringLiteral("nms"),
                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject p = predictions(r)[0].toObject();
        QCOMPARE(p[QStringLiteral("layer")].toString(), QStringLiteral("nms"));
        // Ranked tp, fp with 3 truths: 34 recall points at 1/(1+eps).
        QCOMPARE(p[QStringLiteral("ap50")].toDouble(), 34.0 / 101.0);
        QCOMPARE(p[QStringLiteral("images")].toArray().size(), 2);
        QCOMPARE(p[QStringLiteral("truths")].toInt(), 3);

        r = cli({QStringLiteral("eval"), QStringLiteral("--project"),
                 QStringLiteral("shelves/p.shelf"), QStringLiteral("--pred-layer"),
                 QStringLiteral("em")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no layer 'em'")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestEvalCli)
#include "test_eval_cli.moc"
