// Dataset export: selection, validation, each format's content and round trip, crops' pixels,
// formula neutralisation, and atomic output (refused, replaced, cancelled, failed).
#include "csv_reader.h"
#include "csv_writer.h"
#include "dataset_exporter.h"
#include "dataset_fixture.h"
#include "dataset_importer.h"
#include "dataset_snapshot.h"
#include "exif_jpeg.h"
#include "export_validator.h"
#include "image_decoder.h"
#include "rp2k_crop_writer.h"
#include "sku110k_export.h"
#include "sku110k_import.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

#include <chrono>
#include <filesystem>

using namespace shelf;
using namespace shelf::test;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

// Entries of a folder that an interrupted export might leave: its temporary folders.
QStringList leftovers(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral(".*partial*"), QStringLiteral(".*old-*")},
                                  QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

QList<Annotation> layerBoxes(const ProjectStore& store, const QString& layer)
{
    QList<Annotation> boxes;
    store.forEachAnnotation(layer, [&](const Annotation& a) {
        boxes << a;
        return true;
    });
    return boxes;
}

// The boxes and labels of `a` and `b` agree (ids and layers aside); geometry within `tolerance`
// pixels relative to the coordinate (at least 1).
void compareBoxes(const QList<Annotation>& a, const QList<Annotation>& b, double tolerance,
                  bool labels)
{
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].imageId, b[i].imageId);
        const double ca[] = {a[i].box.x1, a[i].box.y1, a[i].box.x2, a[i].box.y2};
        const double cb[] = {b[i].box.x1, b[i].box.y1, b[i].box.x2, b[i].box.y2};
        for (int k = 0; k < 4; ++k)
            QVERIFY2(std::abs(ca[k] - cb[k]) <= tolerance * std::max(1.0, std::abs(ca[k])),
                     qPrintable(QStringLiteral("box %1 coordinate %2: %3 vs %4")
                                    .arg(i)
                                    .arg(k)
                                    .arg(ca[k], 0, 'g', 17)
                                    .arg(cb[k], 0, 'g', 17)));
        if (labels) {
            QCOMPARE(AnnotationLabels::of(a[i]), AnnotationLabels::of(b[i]));
            QCOMPARE(a[i].state, b[i].state);
        }
    }
}

} // namespace

class TestDatasetExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> m_f;

    DatasetExporter::Result exportAs(const ExportOptions& options, const QString& target)
    {
        const DatasetSnapshot snapshot = DatasetSnapshot::load(*m_f->store, options);
        DatasetExporter exporter(options);
        return exporter.run(snapshot, target);
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<Fixture>();
        m_f->make();
        m_f->addStandardBoxes();
    }
    void cleanup() { m_f.reset(); }

    void snapshotSelectsLayerStatesAndImages()
    {
        ExportOptions options;
        DatasetSnapshot s = DatasetSnapshot::load(*m_f->store, options);
        QCOMPARE(s.images.size(), 3);
        QCOMPARE(s.boxCount(), 5); // accepted: 2 on a, 2 on b, 1 on c
        QCOMPARE(s.images[0].exportName, QStringLiteral("a.png"));
        options.states = ExportOptions::States::All;
        QCOMPARE(DatasetSnapshot::load(*m_f->store, options).boxCount(), 6); // + the proposal
        options.states = ExportOptions::States::Accepted;
        options.images = ExportOptions::Images::Done;
        s = DatasetSnapshot::load(*m_f->store, options);
        QCOMPARE(s.images.size(), 2);
        QCOMPARE(s.boxCount(), 4);
    }

    void validationCountsEachKind()
    {
        const qint64 b = m_f->images[1].id;
        m_f->add({box(b, {300, 200, 330, 250}), box(b, {1, 1, 100, 90})});
        ExportOptions options;
        options.classBy = ExportOptions::ClassBy::Sku;
        const ValidationReport r =
            ExportValidator::validate(DatasetSnapshot::load(*m_f->store, options), options);
        // Small: the 79.25 px wide bottle, c's 50 x 80 box, the 30 x 50 box outside b.
        QCOMPARE(r.tooSmall, 3);
        QCOMPARE(r.outside, 1);
        // b's 100 x 90 box and the 99 x 89 box inside it: IoU 8811 / 9000.
        QCOMPARE(r.nearDuplicates, 1);
        // Without an SKU id: the bottle, c's box and the two new boxes.
        QCOMPARE(r.unlabelled, 4);
        QCOMPARE(r.imagesNotDone, 1);
        QCOMPARE(r.images, 3);
        QCOMPARE(r.boxes, 7);
        QCOMPARE(r.issues.size(), r.total());
        QCOMPARE(r.summary().size(), 5);
        options.classBy = ExportOptions::ClassBy::Object; // a shape is enough
        QCOMPARE(ExportValidator::validate(DatasetSnapshot::load(*m_f->store, options), options)
                     .unlabelled,
                 3);
    }

    void sku110kMatchesTheExistingWriter()
    {
        ExportOptions options;
        const QString mine = m_f->path(QStringLiteral("mine.csv"));
        QVERIFY(exportAs(options, mine).ok());
        const QString theirs = m_f->path(QStringLiteral("theirs.csv"));
        QVERIFY(Sku110kExport::writeAnnotations(*m_f->store, theirs, {}).error.isEmpty());
        QCOMPARE(readFile(mine), readFile(theirs));
        QCOMPARE(readFile(mine), QByteArray("a.png,10,20,110,140,object,400,300\n"
                                            "a.png,120.5,20.25,199.75,140,object,400,300\n"
                                            "b.png,0,0,100,90,object,320,240\n"
                                            "b.png,150,100,320,240,object,320,240\n"
                                            "c.png,10,10,60,90,object,200,100\n"));
        // Round trip through the SKU-110K importer, whose rule 1 (the authors' reader) moves a
        // coordinate at the image edge to the last pixel: b's box to 320 x 240 ends at 319, 239.
        const auto report = Sku110kImport::importAnnotations(*m_f->store, mine, "back");
        QVERIFY(report.ok());
        QList<Annotation> expected;
        for (const DatasetImage& image : DatasetSnapshot::load(*m_f->store, options).images)
            expected += image.boxes;
        expected[3].box = {150, 100, 319, 239};
        compareBoxes(layerBoxes(*m_f->store, "back"), expected, 0, false);
    }

    void sku110kClassByShapeRoundTrips()
    {
        ExportOptions options;
        options.classBy = ExportOptions::ClassBy::Shape;
        options.header = true;
        const QString out = m_f->path(QStringLiteral("shapes.csv"));
        QVERIFY(exportAs(options, out).ok());
        // c's box has no shape: "object", SKU-110K's word for no label.
        QCOMPARE(readFile(out), QByteArray("image_name,x1,y1,x2,y2,class,image_width,image_height\n"
                                           "a.png,10,20,110,140,can,400,300\n"
                                           "a.png,120.5,20.25,199.75,140,bottle,400,300\n"
                                           "b.png,0,0,100,90,can,320,240\n"
                                           "b.png,150,100,320,240,box,320,240\n"
                                           "c.png,10,10,60,90,object,200,100\n"));
        QVERIFY(Sku110kImport::importAnnotations(*m_f->store, out, "back").ok());
        QList<Shape> shapes;
        for (const Annotation& a : layerBoxes(*m_f->store, "back")) {
            shapes << a.shape;
            QVERIFY(a.skuId.isEmpty());
        }
        QCOMPARE(shapes,
                 (QList<Shape>{Shape::Can, Shape::Bottle, Shape::Can, Shape::Box, Shape::None}));
    }

    void cocoHasStableIdsAndRoundTrips()
    {
        ExportOptions options;
        options.format = ExportOptions::Format::Coco;
        options.classBy = ExportOptions::ClassBy::Sku;
        options.states = ExportOptions::States::All;
        options.trainShare = 1;
        const QString out = m_f->path(QStringLiteral("coco"));
        const auto result = exportAs(options, out);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!QFile::exists(out + QStringLiteral("/annotations/instances_test.json")));
        const QJsonObject json =
            readJson(out + QStringLiteral("/annotations/instances_train.json"));
        const QJsonArray categories = json[QLatin1String("categories")].toArray();
        QCOMPARE(categories.size(), 3);
        QCOMPARE(categories[0][QLatin1String("name")].toString(), QStringLiteral("690-1"));
        QCOMPARE(categories[0][QLatin1String("id")].toInt(), 1);
        QCOMPARE(categories[2][QLatin1String("name")].toString(), QStringLiteral("unlabelled"));
        const QJsonArray images = json[QLatin1String("images")].toArray();
        QCOMPARE(images.size(), 3);
        QCOMPARE(images[2][QLatin1String("id")].toInt(), 3);
        QCOMPARE(images[2][QLatin1String("file_name")].toString(), QStringLiteral("c.png"));
        QCOMPARE(images[0][QLatin1String("file_name")].toString(), QStringLiteral("shelves/a.png"));
        const QJsonObject first = json[QLatin1String("annotations")].toArray()[0].toObject();
        QCOMPARE(first[QLatin1String("bbox")].toArray(), (QJsonArray{10, 20, 100, 120}));
        QCOMPARE(first[QLatin1String("area")].toDouble(), 12000.0);
        QCOMPARE(first[QLatin1String("category_id")].toInt(), 1);
        QCOMPARE(first[QLatin1String("brand")].toString(), QStringLiteral("=HYPERLINK(\"x\")"));

        const auto report = DatasetImporter::importCoco(
            *m_f->store, out + QStringLiteral("/annotations/instances_train.json"), "coco");
        QVERIFY2(report.ok(), qPrintable(report.error->toString()));
        QCOMPARE(report.imported, 6);
        QList<Annotation> original;
        for (const DatasetImage& image : DatasetSnapshot::load(*m_f->store, options).images)
            original += image.boxes;
        const QList<Annotation> back = layerBoxes(*m_f->store, "coco");
        compareBoxes(original, back, 1e-12, true);
        QCOMPARE(back[1].confidence, 0.75);
        QCOMPARE(back[1].origin, Origin::Model);
    }

    void cocoSplitKeepsEachImageInOneSet()
    {
        // Ten more images with one "777" box each, so that the split has something to draw.
        for (int i = 0; i < 10; ++i) {
            ImageRecord r;
            r.relativePath = QStringLiteral("more/m%1.png").arg(i);
            r.width = 100;
            r.height = 100;
            m_f->store->insertImage(r);
            m_f->add({box(r.id, {1, 1, 90, 90}, Shape::None, QStringLiteral("777"))});
        }
        ExportOptions options;
        options.format = ExportOptions::Format::Coco;
        options.classBy = ExportOptions::ClassBy::Sku;
        options.seed = 9;
        const QString out = m_f->path(QStringLiteral("coco"));
        const auto result = exportAs(options, out);
        QVERIFY(result.ok());
        QCOMPARE(result.trainImages + result.testImages, 13);
        const QJsonObject train =
            readJson(out + QStringLiteral("/annotations/instances_train.json"));
        const QJsonObject test = readJson(out + QStringLiteral("/annotations/instances_test.json"));
        QSet<int> trainIds, testIds;
        for (const auto v : train[QLatin1String("images")].toArray())
            trainIds.insert(v[QLatin1String("id")].toInt());
        for (const auto v : test[QLatin1String("images")].toArray())
            testIds.insert(v[QLatin1String("id")].toInt());
        QVERIFY(!trainIds.intersects(testIds));
        QCOMPARE(trainIds.size() + testIds.size(), 13);
        // Strata: the ten led by "777" -> 1 test; a and b led by "690-1" (b's tie goes to the
        // smaller name) -> 2 at 0.9, none; c ("unlabelled") alone, none.
        QCOMPARE(testIds.size(), 1);
        for (const auto v : test[QLatin1String("annotations")].toArray())
            QVERIFY(testIds.contains(v[QLatin1String("image_id")].toInt()));
        // Same categories in both files.
        QCOMPARE(train[QLatin1String("categories")], test[QLatin1String("categories")]);
    }

    void yoloLabelsAndRoundTrip()
    {
        ExportOptions options;
        options.format = ExportOptions::Format::Yolo;
        options.classBy = ExportOptions::ClassBy::Shape;
        options.trainShare = 1;
        const QString out = m_f->path(QStringLiteral("yolo"));
        const auto result = exportAs(options, out);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(readFile(out + QStringLiteral("/classes.txt")),
                 QByteArray("bottle\nbox\ncan\nunlabelled\n"));
        const QByteArray yaml = readFile(out + QStringLiteral("/data.yaml"));
        QVERIFY(yaml.contains("train: images/train\n"));
        QVERIFY(yaml.contains("nc: 4\nnames:\n  0: 'bottle'\n  1: 'box'\n  2: 'can'\n"));
        // a.png: the can (10,20)-(110,140) on 400 x 300, then the bottle
        // (120.5,20.25)-(199.75,140).
        QCOMPARE(readFile(out + QStringLiteral("/labels/train/a.txt")),
                 QByteArray("2 0.1500000000 0.2666666667 0.2500000000 0.4000000000\n"
                            "0 0.4003125000 0.2670833333 0.1981250000 0.3991666667\n"));
        QCOMPARE(readFile(out + QStringLiteral("/images/train/b.png")),
                 readFile(m_f->path(QStringLiteral("shelves/b.png"))));

        const auto report = DatasetImporter::importYolo(*m_f->store, out, "yolo");
        QVERIFY2(report.ok(), qPrintable(report.error->toString()));
        QCOMPARE(report.imported, 5);
        QList<Annotation> original;
        for (const DatasetImage& image : DatasetSnapshot::load(*m_f->store, options).images)
            original += image.boxes;
        const QList<Annotation> back = layerBoxes(*m_f->store, "yolo");
        compareBoxes(original, back, 1e-6, false);
        for (qsizetype i = 0; i < back.size(); ++i)
            QCOMPARE(back[i].shape, original[i].shape);
    }

    void vocAnnotations()
    {
        ExportOptions options;
        options.format = ExportOptions::Format::Voc;
        options.classBy = ExportOptions::ClassBy::Sku;
        options.trainShare = 1;
        const QString out = m_f->path(QStringLiteral("voc"));
        QVERIFY(exportAs(options, out).ok());
        QCOMPARE(readFile(out + QStringLiteral("/ImageSets/Main/train.txt")),
                 QByteArray("a\nb\nc\n"));
        QVERIFY(QFile::exists(out + QStringLiteral("/JPEGImages/a.png")));
        // Read b.xml back: size and both boxes, with the doubles as stored.
        QXmlStreamReader xml(readFile(out + QStringLiteral("/Annotations/b.xml")));
        QStringList names, values;
        QString width, height;
        const QStringList corners{"xmin", "ymin", "xmax", "ymax"};
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString name = xml.name().toString();
            if (name == QLatin1String("width"))
                width = xml.readElementText();
            else if (name == QLatin1String("height"))
                height = xml.readElementText();
            else if (name == QLatin1String("name"))
                names << xml.readElementText();
            else if (corners.contains(name))
                values << xml.readElementText();
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(width, QStringLiteral("320"));
        QCOMPARE(height, QStringLiteral("240"));
        QCOMPARE(names, (QStringList{"690-1", "777"}));
        QCOMPARE(values, (QStringList{"0", "0", "100", "90", "150", "100", "320", "240"}));
    }

    void rp2kCropsHaveTheBoxPixels()
    {
        ExportOptions options;
        options.format = ExportOptions::Format::Rp2k;
        options.classBy = ExportOptions::ClassBy::Sku;
        options.cropsAsPng = true;
        options.trainShare = 1;
        const QString out = m_f->path(QStringLiteral("rp2k"));
        const auto result = exportAs(options, out);
        QVERIFY2(result.ok(), qPrintable(result.error));
        CsvReader csv(out + QStringLiteral("/annotations.csv"));
        CsvRow row;
        QVERIFY(csv.next(row));
        QCOMPARE(row.text(0), QStringLiteral("crop_file"));
        QCOMPARE(row.size(), 15);
        int crops = 0;
        while (csv.next(row)) {
            ++crops;
            const QImage crop(out + QLatin1Char('/') + row.text(0));
            QVERIFY2(!crop.isNull(), qPrintable(row.text(0)));
            const Box b{row.text(2).toDouble(), row.text(3).toDouble(), row.text(4).toDouble(),
                        row.text(5).toDouble()};
            const QImage source(m_f->path(row.text(1)));
            const QRect rect = Rp2kCropWriter::cropRect(b, source.width(), source.height());
            QCOMPARE(crop.size(), rect.size());
            QCOMPARE(crop.convertToFormat(QImage::Format_RGB32),
                     source.copy(rect).convertToFormat(QImage::Format_RGB32));
        }
        QVERIFY(!csv.hasError());
        QCOMPARE(crops, 5);
        // The first crop: the can labelled 690-1 on a.png, 100 x 120 px; the fractional bottle
        // (120.5,20.25)-(199.75,140) covers columns 120..199 and rows 20..139.
        QVERIFY(QFile::exists(out + QStringLiteral("/train/690-1/a_%1.png")
                                        .arg(layerBoxes(*m_f->store, layers::human)[0].id)));
        QCOMPARE(Rp2kCropWriter::cropRect({120.5, 20.25, 199.75, 140}, 400, 300),
                 QRect(120, 20, 80, 120));
    }

    void rp2kCsvRoundTrip()
    {
        ExportOptions options;
        options.format = ExportOptions::Format::Rp2k;
        options.states = ExportOptions::States::All;
        options.trainShare = 1;
        const QString out = m_f->path(QStringLiteral("rp2k"));
        QVERIFY(exportAs(options, out).ok());
        QList<Annotation> original;
        QList<ImageRecord> imageOf;
        for (const DatasetImage& image : DatasetSnapshot::load(*m_f->store, options).images) {
            original += image.boxes;
            imageOf += QList<ImageRecord>(image.boxes.size(), image.record);
        }
        CsvReader csv(out + QStringLiteral("/annotations.csv"));
        CsvRow row;
        QVERIFY(csv.next(row)); // header
        qsizetype i = 0;
        for (; csv.next(row); ++i) {
            QVERIFY(i < original.size());
            auto text = [&](int k) { return CsvWriter::withoutFormulaGuard(row.text(k)); };
            Annotation back;
            back.box = {text(2).toDouble(), text(3).toDouble(), text(4).toDouble(),
                        text(5).toDouble()};
            back.skuId = text(6);
            back.productName = text(7);
            back.brand = text(8);
            back.productType = productTypeFromKey(text(9)).value_or(ProductType::None);
            back.shape = shapeFromKey(text(10)).value_or(Shape::None);
            back.size = text(11);
            back.flavor = text(12);
            QCOMPARE(back.box, original[i].box);
            QCOMPARE(AnnotationLabels::of(back), AnnotationLabels::of(original[i]));
            QCOMPARE(text(13), imageOf[i].shelfType);
            QCOMPARE(text(14), imageOf[i].storeId);
        }
        QCOMPARE(i, original.size());
    }

    void rp2kNeutralisesFormulas()
    {
        ExportOptions options;
        options.format = ExportOptions::Format::Rp2k;
        options.trainShare = 1;
        const QString out = m_f->path(QStringLiteral("rp2k"));
        QVERIFY(exportAs(options, out).ok());
        const QByteArray csv = readFile(out + QStringLiteral("/annotations.csv"));
        // brand =HYPERLINK("x"): an apostrophe first, then quoted for its quotes.
        QVERIFY(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","));
        QVERIFY(csv.contains("\"Green tea, \"\"light\"\" 绿茶\""));
        QVERIFY(!csv.contains(",=HYPERLINK"));
    }

    void csvWriterFormulaCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("equals") << "=1+2" << QByteArray("'=1+2");
        QTest::newRow("plus") << "+33 1 23" << QByteArray("'+33 1 23");
        QTest::newRow("minus") << "-2+3" << QByteArray("'-2+3");
        QTest::newRow("at") << "@SUM(A1)" << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << "\t=1" << QByteArray("'\t=1");
        QTest::newRow("comma inside") << "=a,b" << QByteArray("\"'=a,b\"");
        QTest::newRow("plain") << "tea" << QByteArray("tea");
        QTest::newRow("later equals") << "a=b" << QByteArray("a=b");
        QTest::newRow("empty") << "" << QByteArray("\"\"");
    }
    void csvWriterFormulaCases()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, written);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter csv(&buffer);
            csv.setNeutralizeFormulas(true);
            csv.addField(text);
            csv.endRow();
            csv.addField(text.toUtf8().constData());
            csv.endRow();
        }
        QCOMPARE(buffer.data(), written + '\n' + written + '\n');
        QCOMPARE(CsvWriter::withoutFormulaGuard(QString::fromUtf8(written).remove('"')),
                 QString(text).remove('"'));
    }
    void csvWriterNumbersStayNumbers()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter csv(&buffer);
            csv.setNeutralizeFormulas(true);
            csv.addField(-3.5).addField(-7).addField("-x");
            csv.endRow();
        }
        QCOMPARE(buffer.data(), QByteArray("-3.5,-7,'-x\n"));
    }

    void cropsApplyTheOrientation()
    {
        // A 60 x 40 pattern stored with EXIF orientation 6 (displayed 40 x 60, turned 90 degrees).
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(patternImage(60, 40).save(&buffer, "JPG", 100));
        QByteArray jpeg = buffer.data();
        jpeg.insert(2, exifSegment(6));
        const QString path = m_f->path(QStringLiteral("turned.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(jpeg);
        file.close();
        const ImageDecoder::Result upright = ImageDecoder::decode(path);
        QCOMPARE(upright.image.size(), QSize(40, 60));
        ImageRecord r;
        r.relativePath = QStringLiteral("turned.jpg");
        r.width = 40;
        r.height = 60;
        r.orientation = 6;
        m_f->store->insertImage(r);
        m_f->add({box(r.id, {5, 30, 35, 58}, Shape::Jar)});
        ExportOptions options;
        options.format = ExportOptions::Format::Rp2k;
        options.classBy = ExportOptions::ClassBy::Shape;
        options.cropsAsPng = true;
        options.trainShare = 1;
        const QString out = m_f->path(QStringLiteral("rp2k"));
        QVERIFY(exportAs(options, out).ok());
        const qint64 id = layerBoxes(*m_f->store, layers::human).constLast().id;
        const QImage crop(out + QStringLiteral("/train/jar/turned_%1.png").arg(id));
        QCOMPARE(crop.size(), QSize(30, 28));
        QCOMPARE(crop.convertToFormat(QImage::Format_RGB32),
                 upright.image.copy(5, 30, 30, 28).convertToFormat(QImage::Format_RGB32));
        // YOLO copies it upright too, so its labels match the pixels.
        options.format = ExportOptions::Format::Yolo;
        const QString yolo = m_f->path(QStringLiteral("yolo"));
        QVERIFY(exportAs(options, yolo).ok());
        QCOMPARE(QImage(yolo + QStringLiteral("/images/train/turned.jpg")).size(), QSize(40, 60));
    }

    void existingTargetIsRefusedUnlessForced()
    {
        const QString out = m_f->path(QStringLiteral("coco"));
        QDir().mkpath(out);
        QFile old(out + QStringLiteral("/old.txt"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        ExportOptions options;
        options.format = ExportOptions::Format::Coco;
        auto result = exportAs(options, out);
        QVERIFY(result.error.contains(QStringLiteral("exists")));
        QVERIFY(QFile::exists(out + QStringLiteral("/old.txt")));
        options.force = true;
        result = exportAs(options, out);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!QFile::exists(out + QStringLiteral("/old.txt")));
        QVERIFY(QFile::exists(out + QStringLiteral("/annotations/instances_train.json")));
        QCOMPARE(leftovers(m_f->dir.path()), QStringList());
        // A file target too.
        options.format = ExportOptions::Format::Sku110k;
        options.force = false;
        const QString csv = m_f->path(QStringLiteral("x.csv"));
        QFile existing(csv);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep");
        existing.close();
        QVERIFY(!exportAs(options, csv).ok());
        QCOMPARE(readFile(csv), QByteArray("keep"));
    }

    void leftoversOfAKilledExportAreRemovedByTheNext()
    {
        // What a killed export leaves: its hidden temporary folder, here one old and one fresh.
        const QString stale = m_f->path(QStringLiteral(".coco.partial-killed"));
        const QString fresh = m_f->path(QStringLiteral(".coco.partial-running"));
        QVERIFY(QDir().mkpath(stale + QStringLiteral("/annotations")));
        QVERIFY(QDir().mkpath(fresh));
        const auto old = std::filesystem::file_time_type::clock::now() -
                         std::chrono::seconds(DatasetExporter::kStaleTemporarySeconds + 60);
        std::filesystem::last_write_time(stale.toStdString(), old);
        ExportOptions options;
        options.format = ExportOptions::Format::Coco;
        QVERIFY(exportAs(options, m_f->path(QStringLiteral("coco"))).ok());
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(fresh)); // may belong to an export running now
    }

    void trailingSlashNamesTheFolder()
    {
        ExportOptions options;
        options.format = ExportOptions::Format::Voc;
        QVERIFY(exportAs(options, m_f->path(QStringLiteral("voc/"))).ok());
        QVERIFY(QFile::exists(m_f->path(QStringLiteral("voc/ImageSets/Main/train.txt"))));
        QCOMPARE(leftovers(m_f->dir.path()), QStringList());
    }

    void folderFollowsTheUmask()
    {
        ExportOptions options;
        options.format = ExportOptions::Format::Coco;
        const QString out = m_f->path(QStringLiteral("coco"));
        QVERIFY(exportAs(options, out).ok());
        // Like a folder made by mkdir beside it, not private as a temporary folder is.
        QVERIFY(QDir().mkdir(m_f->path(QStringLiteral("plain"))));
        QCOMPARE(QFileInfo(out).permissions(),
                 QFileInfo(m_f->path(QStringLiteral("plain"))).permissions());
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("sku110k") << int(ExportOptions::Format::Sku110k);
        QTest::newRow("rp2k") << int(ExportOptions::Format::Rp2k);
        QTest::newRow("coco") << int(ExportOptions::Format::Coco);
        QTest::newRow("yolo") << int(ExportOptions::Format::Yolo);
        QTest::newRow("voc") << int(ExportOptions::Format::Voc);
    }
    void cancelLeavesNothing()
    {
        QFETCH(int, format);
        ExportOptions options;
        options.format = ExportOptions::Format(format);
        const QString out = m_f->path(QStringLiteral("out"));
        const DatasetSnapshot snapshot = DatasetSnapshot::load(*m_f->store, options);
        DatasetExporter exporter(options);
        exporter.requestCancel();
        const auto result = exporter.run(snapshot, out);
        QVERIFY(result.cancelled);
        QVERIFY(result.error.isEmpty());
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(leftovers(m_f->dir.path()), QStringList());
    }

    void progressReachesTheTotal_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<qint64>("total");
        QTest::newRow("sku110k: boxes") << int(ExportOptions::Format::Sku110k) << qint64(5);
        QTest::newRow("rp2k: images") << int(ExportOptions::Format::Rp2k) << qint64(4);
        QTest::newRow("coco: images") << int(ExportOptions::Format::Coco) << qint64(4);
        QTest::newRow("voc: images") << int(ExportOptions::Format::Voc) << qint64(4);
    }
    void progressReachesTheTotal()
    {
        QFETCH(int, format);
        QFETCH(qint64, total);
        ImageRecord empty; // an image without boxes counts too
        empty.relativePath = QStringLiteral("shelves/empty.png");
        empty.width = 10;
        empty.height = 10;
        patternImage(10, 10).save(m_f->path(empty.relativePath));
        m_f->store->insertImage(empty);
        ExportOptions options;
        options.format = ExportOptions::Format(format);
        DatasetExporter exporter(options);
        QList<std::pair<qint64, qint64>> seen;
        exporter.setProgress([&](qint64 done, qint64 all) { seen.append({done, all}); });
        QVERIFY(exporter.run(DatasetSnapshot::load(*m_f->store, options), m_f->path("out")).ok());
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.constLast(), (std::pair<qint64, qint64>{total, total}));
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i].first >= seen[i - 1].first);
    }

    void cancelMidwayLeavesNothing()
    {
        ExportOptions options;
        options.format = ExportOptions::Format::Yolo;
        const QString out = m_f->path(QStringLiteral("out"));
        const DatasetSnapshot snapshot = DatasetSnapshot::load(*m_f->store, options);
        DatasetExporter exporter(options);
        QList<qint64> seen;
        exporter.setProgress([&](qint64 done, qint64 total) {
            seen << done;
            QCOMPARE(total, 3);
            exporter.requestCancel(); // after the first image
        });
        const auto result = exporter.run(snapshot, out);
        QVERIFY(result.cancelled);
        QCOMPARE(seen, QList<qint64>{1});
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(leftovers(m_f->dir.path()), QStringList());
    }

    void failureLeavesNothing()
    {
        QVERIFY(QFile::remove(m_f->path(QStringLiteral("shelves/b.png"))));
        for (const auto format : {ExportOptions::Format::Yolo, ExportOptions::Format::Rp2k}) {
            ExportOptions options;
            options.format = format;
            const QString out = m_f->path(QStringLiteral("out"));
            const auto result = exportAs(options, out);
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(QStringLiteral("b.png")), qPrintable(result.error));
            QVERIFY(!QFileInfo::exists(out));
            QCOMPARE(leftovers(m_f->dir.path()), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestDatasetExport)
#include "test_dataset_export.moc"
