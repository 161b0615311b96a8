// COCO and YOLO import: what goes in, and errors located at file:line:column with nothing
// imported.
#include "dataset_fixture.h"
#include "dataset_importer.h"
#include "yolo_reader.h"

#include <QFile>
#include <QTest>

using namespace shelf;
using namespace shelf::test;

class TestDatasetImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> m_f;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_f->path(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    int boxes(const QString& layer)
    {
        int n = 0;
        m_f->store->forEachAnnotation(layer, [&](const Annotation&) { return ++n, true; });
        return n;
    }

    // A COCO file with images a.png (400x300) and b.png, categories can / object / 690-1, and the
    // given annotation lines (one object per line, starting on line 6).
    static QByteArray coco(const QByteArray& annotations)
    {
        return "{\"images\":[\n"
               "{\"id\":1,\"file_name\":\"shelves/a.png\",\"width\":400,\"height\":300},\n"
               "{\"id\":2,\"file_name\":\"b.png\",\"width\":320,\"height\":240}],\n"
               "\"categories\":[{\"id\":1,\"name\":\"can\"},{\"id\":2,\"name\":\"object\"},"
               "{\"id\":3,\"name\":\"690-1\"}],\n"
               "\"annotations\":[\n" +
               annotations + "]}\n";
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<Fixture>();
        m_f->make();
    }
    void cleanup() { m_f.reset(); }

    void cocoCategoriesLabelLikeSku110k()
    {
        const QString file = write("c.json", coco("{\"id\":1,\"image_id\":1,\"category_id\":1,"
                                                  "\"bbox\":[1,2,30,40]},\n"
                                                  "{\"id\":2,\"image_id\":2,\"category_id\":2,"
                                                  "\"bbox\":[0.5,0,10,10]},\n"
                                                  "{\"id\":3,\"image_id\":2,\"category_id\":3,"
                                                  "\"bbox\":[300,200,100,100]}\n"));
        const auto report = DatasetImporter::importCoco(*m_f->store, file, "in");
        QVERIFY2(report.ok(), qPrintable(report.error->toString()));
        QCOMPARE(report.imported, 3);
        QCOMPARE(report.images, 2);
        const QList<Annotation> a = m_f->store->annotations(m_f->images[0].id, "in");
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].box, (Box{1, 2, 31, 42}));
        QCOMPARE(a[0].shape, Shape::Can);
        QCOMPARE(a[0].state, ReviewState::Accepted);
        const QList<Annotation> b = m_f->store->annotations(m_f->images[1].id, "in");
        QCOMPARE(b[0].shape, Shape::None);
        QVERIFY(b[0].skuId.isEmpty());
        QCOMPARE(b[1].skuId, QStringLiteral("690-1"));
        // (300,200)+(100,100) reaches past 320 x 240: clamped, one warning.
        QCOMPARE(b[1].box, (Box{300, 200, 320, 240}));
        QCOMPARE(report.warnings.size(), 1);
    }

    void cocoErrorsAreLocated_data()
    {
        QTest::addColumn<QByteArray>("annotations");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QByteArray good = "{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[1,2,3,4]},\n";
        QTest::newRow("zero width")
            << good + "{\"id\":2,\"image_id\":1,\"category_id\":1,\"bbox\":[1,2,0,4]}\n"
            << 7 << "annotations[1].bbox: width and height must be greater than 0";
        QTest::newRow("three numbers")
            << good + "{\"id\":2,\"image_id\":1,\"category_id\":1,\"bbox\":[1,2,3]}\n"
            << 7 << "annotations[1].bbox: expected [x, y, width, height]";
        QTest::newRow("unknown category")
            << QByteArray("{\"id\":2,\"image_id\":1,\"category_id\":9,\"bbox\":[1,2,3,4]}\n") << 6
            << "annotations[0].category_id: not the id of a category";
        QTest::newRow("unknown image")
            << good + good + "{\"id\":2,\"image_id\":5,\"category_id\":1,\"bbox\":[1,2,3,4]}\n"
            << 8 << "annotations[2].image_id: not the id of an image";
        QTest::newRow("unknown shape") << QByteArray("{\"id\":2,\"image_id\":1,\"category_id\":1,"
                                                     "\"bbox\":[1,2,3,4],\"shape\":\"cone\"}\n")
                                       << 6 << "annotations[0].shape: unknown shape 'cone'";
        QTest::newRow("syntax") << good + "{\"id\":2,,}\n" << 7 << "not valid JSON";
    }
    void cocoErrorsAreLocated()
    {
        QFETCH(QByteArray, annotations);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QString file = write("c.json", coco(annotations));
        const auto report = DatasetImporter::importCoco(*m_f->store, file, "in");
        QVERIFY(!report.ok());
        QCOMPARE(report.error->file, file);
        QCOMPARE(report.error->line, line);
        QVERIFY(report.error->column >= 1);
        QVERIFY2(report.error->message.startsWith(message), qPrintable(report.error->message));
        QCOMPARE(boxes("in"), 0);
    }

    void cocoUnknownImageFileNamesTheElement()
    {
        QByteArray json = coco("");
        json.replace("shelves/a.png", "elsewhere/z.png");
        const auto report = DatasetImporter::importCoco(*m_f->store, write("c.json", json), "in");
        QVERIFY(!report.ok());
        QCOMPARE(report.error->line, 2);
        QCOMPARE(report.error->column, 1);
        QVERIFY(report.error->message.contains(QStringLiteral("images[0].file_name")));
        QVERIFY(report.error->message.contains(QStringLiteral("elsewhere/z.png")));
    }

    void cocoRefusesPathsLeavingTheProject()
    {
        QByteArray json = coco("");
        json.replace("shelves/a.png", "../a.png");
        const auto report = DatasetImporter::importCoco(*m_f->store, write("c.json", json), "in");
        QVERIFY(!report.ok());
        QVERIFY(report.error->message.contains(QStringLiteral("images[0].file_name")));
    }

    void cocoNegativeBoxIsSkippedWithAWarning()
    {
        const auto report = DatasetImporter::importCoco(
            *m_f->store,
            write("c.json",
                  coco("{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[-1,2,3,4]},\n"
                       "{\"id\":2,\"image_id\":1,\"category_id\":1,\"bbox\":[1,2,3,4]}\n")),
            "in");
        QVERIFY(report.ok());
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.warnings.size(), 1);
        QCOMPARE(report.warnings[0].line, 6);
    }

    void yoloNamesFromYaml_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("map") << QByteArray("path: .\nnames:\n  1: 'it''s'\n  0: can\nnc: 2\n");
        QTest::newRow("list") << QByteArray("names:\n- can\n- \"it's\"\ntrain: x\n");
        QTest::newRow("inline") << QByteArray("nc: 2\nnames: [can, 'it''s']\n");
    }
    void yoloNamesFromYaml()
    {
        QFETCH(QByteArray, yaml);
        QCOMPARE(YoloReader::namesFromYaml(yaml), (QStringList{"can", "it's"}));
    }

    void yoloImportsIntoPixels()
    {
        write("y/classes.txt", "can\nobject\n777\n");
        // a.png is 400 x 300: centre (200, 150), 100 x 60 -> (150,120)-(250,180).
        write("y/labels/train/a.txt", "0 0.5 0.5 0.25 0.2\n\n2 0.1 0.1 0.1 0.1 0.9\n");
        write("y/labels/test/b.txt", "1 0.5 0.5 1 1\n");
        const auto report = DatasetImporter::importYolo(*m_f->store, m_f->path("y"), "in");
        QVERIFY2(report.ok(), qPrintable(report.error->toString()));
        QCOMPARE(report.imported, 3);
        const QList<Annotation> a = m_f->store->annotations(m_f->images[0].id, "in");
        QCOMPARE(a[0].box, (Box{150, 120, 250, 180}));
        QCOMPARE(a[0].shape, Shape::Can);
        QCOMPARE(a[1].skuId, QStringLiteral("777"));
        QCOMPARE(a[1].state, ReviewState::Proposed);
        QCOMPARE(a[1].confidence, 0.9);
        const QList<Annotation> b = m_f->store->annotations(m_f->images[1].id, "in");
        QCOMPARE(b[0].box, (Box{0, 0, 320, 240}));
        QVERIFY(report.warnings.isEmpty());
    }

    void yoloErrorsAreLocated_data()
    {
        QTest::addColumn<QByteArray>("labels");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("field count")
            << QByteArray("0 0.5 0.5 0.1 0.1\n0 0.5 0.5 0.1\n") << 2 << 1 << "expected 5 fields";
        QTest::newRow("class range") << QByteArray("3 0.5 0.5 0.1 0.1\n") << 1 << 1
                                     << "class: expected a whole number from 0 to 2";
        QTest::newRow("class decimal")
            << QByteArray("1.0 0.5 0.5 0.1 0.1\n") << 1 << 1 << "class: expected a whole number";
        QTest::newRow("zero width")
            << QByteArray("0 0.5 0.5 0 0.1\n") << 1 << 11 << "w: must be greater than 0";
        QTest::newRow("not a number")
            << QByteArray("0  0.5 abc 0.1 0.1\n") << 1 << 8 << "cy: expected a finite number";
        QTest::newRow("nan") << QByteArray("0 nan 0.5 0.1 0.1\n") << 1 << 3
                             << "cx: expected a finite number";
        QTest::newRow("confidence") << QByteArray("0 0.5 0.5 0.1 0.1 1.5\n") << 1 << 19
                                    << "confidence: expected a number in [0, 1]";
    }
    void yoloErrorsAreLocated()
    {
        QFETCH(QByteArray, labels);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        write("y/data.yaml", "names: [can, object, '777']\n");
        write("y/labels/a.txt", "0 0.5 0.5 0.1 0.1\n");
        const QString bad = write("y/labels/b.txt", labels);
        const auto report = DatasetImporter::importYolo(*m_f->store, m_f->path("y"), "in");
        QVERIFY(!report.ok());
        QCOMPARE(report.error->file, bad);
        QCOMPARE(report.error->line, line);
        QCOMPARE(report.error->column, column);
        QVERIFY2(report.error->message.startsWith(message), qPrintable(report.error->message));
        QCOMPARE(boxes("in"), 0); // a.txt was fine, but nothing goes in
    }

    void yoloNeedsNamesAndKnownImages()
    {
        write("y/labels/a.txt", "0 0.5 0.5 0.1 0.1\n");
        auto report = DatasetImporter::importYolo(*m_f->store, m_f->path("y"), "in");
        QVERIFY(!report.ok());
        QVERIFY(report.error->message.contains(QStringLiteral("classes.txt")));
        write("y/classes.txt", "can\n");
        const QString unknown = write("y/labels/zz.txt", "0 0.5 0.5 0.1 0.1\n");
        report = DatasetImporter::importYolo(*m_f->store, m_f->path("y"), "in");
        QVERIFY(!report.ok());
        QCOMPARE(report.error->file, unknown);
        QVERIFY(report.error->message.contains(QStringLiteral("'zz'")));
        QCOMPARE(boxes("in"), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatasetImport)
#include "test_dataset_import.moc"
