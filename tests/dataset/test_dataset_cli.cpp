// shelflabel-cli export/import of the dataset formats, as a user runs them.
#include "cli_run.h"
#include "dataset_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace shelf;
using namespace shelf::test;

class TestDatasetCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> m_f;

    using Run = shelf::test::CliRun;

    Run cli(const QStringList& args) { return shelf::test::runCli(m_f->dir.path(), args); }

    QJsonObject json(const QString& name)
    {
        QFile f(m_f->path(name));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                           : QJsonObject();
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<Fixture>();
        m_f->make();
        m_f->addStandardBoxes();
        m_f->store.reset(); // the CLI opens the project itself
    }
    void cleanup() { m_f.reset(); }

    void cocoExportImportRoundTrip()
    {
        Run r = cli({"export", "p.shelf", "--format", "coco", "--class", "sku", "--split", "1",
                     "--out", "coco"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The validation report comes first, as warnings: the 79.25 px bottle and c's 50 px box.
        // (Plural forms come with the translations, so only the number is checked.)
        QVERIFY2(r.err.contains(QStringLiteral("warning: 2 box")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("smaller than 80 x 80 px")));
        QVERIFY(r.err.contains(QStringLiteral("warning: 1 image")));
        QCOMPARE(json("coco/annotations/instances_train.json")["annotations"].toArray().size(), 5);
        QVERIFY(!QFile::exists(m_f->path("coco/annotations/instances_test.json")));

        r = cli({"import", "p.shelf", "--format", "coco", "--layer", "back",
                 "coco/annotations/instances_train.json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Imported 5 box")));
        r = cli({"export", "p.shelf", "--format", "coco", "--layer", "back", "--class", "sku",
                 "--split", "1", "--out", "coco2"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(json("coco2/annotations/instances_train.json"),
                 json("coco/annotations/instances_train.json"));
    }

    void existingOutputNeedsForce()
    {
        QDir().mkpath(m_f->path("yolo"));
        Run r = cli({"export", "p.shelf", "--format", "yolo", "--out", "yolo"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
        r = cli({"export", "p.shelf", "--format", "yolo", "--out", "yolo", "--force"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(m_f->path("yolo/data.yaml")));
    }

    void splitAndSeedAreDeterministic()
    {
        for (const char* out : {"r1", "r2"}) {
            const Run r =
                cli({"export", "p.shelf", "--format", "rp2k", "--class", "shape", "--split", "0.5",
                     "--seed", "4", "--png", "--out", QLatin1String(out)});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        QFile a(m_f->path("r1/annotations.csv")), b(m_f->path("r2/annotations.csv"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray csv = a.readAll();
        QCOMPARE(csv, b.readAll());
        // Shapes: can x2, bottle, box, unlabelled; at 0.5 the two cans give one test crop.
        QCOMPARE(csv.count("test/can/"), 1);
        QCOMPARE(csv.count("train/can/"), 1);
    }

    void checkWritesNothing()
    {
        const Run r = cli({"export", "p.shelf", "--format", "voc", "--check"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("c.png: not marked done")));
        QVERIFY(!QFile::exists(m_f->path("voc")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("split") << QStringList{"--format", "coco", "--split", "1.5", "--out", "x"};
        QTest::newRow("class") << QStringList{"--format", "coco", "--class", "brand", "--out", "x"};
        QTest::newRow("format") << QStringList{"--format", "tfrecord", "--out", "x"};
        QTest::newRow("seed") << QStringList{"--format", "coco", "--seed", "-1", "--out", "x"};
        QTest::newRow("no out") << QStringList{"--format", "yolo"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QCOMPARE(cli(QStringList{"export", "p.shelf"} + args).code, 2);
    }

    void yoloImportErrorIsLocated()
    {
        QDir().mkpath(m_f->path("y/labels"));
        QFile names(m_f->path("y/classes.txt"));
        QVERIFY(names.open(QIODevice::WriteOnly));
        names.write("can\n");
        names.close();
        QFile label(m_f->path("y/labels/a.txt"));
        QVERIFY(label.open(QIODevice::WriteOnly));
        label.write("0 0.5 0.5 0.1 0.1\n0 0.5 0.5 0.1\n");
        label.close();
        const Run r = cli({"import", "p.shelf", "--format", "yolo", "y"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("a.txt:2:1: expected 5 fields")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
    }
};

QTEST_GUILESS_MAIN(TestDatasetCli)
#include "test_dataset_cli.moc"
