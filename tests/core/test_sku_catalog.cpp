// The SKU catalog CSV (reading, located errors, exact round trip), its all-or-nothing import into
// a project, and the project's recent-SKU list.
#include "csv_reader.h"
#include "project_store.h"
#include "sku_catalog_csv.h"
#include "sku_catalog_import.h"
#include "sku_recent_list.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;
using ReadReport = SkuCatalogCsv::ReadReport;

namespace {

ReadReport read(const QByteArray& data, QList<SkuEntry>* entries = nullptr, int chunk = 0)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader csv(&buffer, QStringLiteral("t.csv"));
    if (chunk > 0)
        csv.setChunkSize(chunk);
    return SkuCatalogCsv::read(csv, [entries](const SkuEntry& e, qint64) {
        if (entries)
            entries->append(e);
        return true;
    });
}

QByteArray write(const QList<SkuEntry>& entries)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!SkuCatalogCsv::write(&buffer, entries))
        return "write failed";
    return buffer.data();
}

SkuEntry sku(const QString& id, const QString& name, ProductType type = ProductType::None,
             Shape shape = Shape::None)
{
    SkuEntry e;
    e.skuId = id;
    e.name = name;
    e.type = type;
    e.shape = shape;
    return e;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestSkuCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsColumnsByNameInAnyOrder()
    {
        QList<SkuEntry> entries;
        const ReadReport r = read("Flavor, SKU_ID ,notes,name,Type,SHAPE,brand,size\r\n"
                                  "lemon,6901,ignored,Sprite,non_alcoholic_drinks,can,Coca-Cola,"
                                  "330 ml\r\n"
                                  ",6902,,\"Milk, full\",Dairies,Box,Mengniu,1 l\r\n",
                                  &entries);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.rows, 2);
        QCOMPARE(entries.size(), 2);
        SkuEntry sprite = sku(QStringLiteral("6901"), QStringLiteral("Sprite"),
                              ProductType::NonAlcoholicDrinks, Shape::Can);
        sprite.brand = QStringLiteral("Coca-Cola");
        sprite.size = QStringLiteral("330 ml");
        sprite.flavor = QStringLiteral("lemon");
        QCOMPARE(entries[0], sprite);
        SkuEntry milk = sku(QStringLiteral("6902"), QStringLiteral("Milk, full"),
                            ProductType::Dairies, Shape::Box);
        milk.brand = QStringLiteral("Mengniu");
        milk.size = QStringLiteral("1 l");
        QCOMPARE(entries[1], milk);
    }

    void absentColumnsReadEmpty()
    {
        QList<SkuEntry> entries;
        const ReadReport r = read("sku_id\nA\n  B  \n", &entries);
        QVERIFY(r.ok());
        QCOMPARE(entries, (QList<SkuEntry>{sku("A", {}), sku("B", {})}));
        // A header and no rows is an empty catalog, not an error.
        entries.clear();
        QVERIFY(read("sku_id,name\n", &entries).ok());
        QVERIFY(entries.isEmpty());
    }

    void typeAndShapeTakeKeysAndEnglishNames_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("expectedType");
        QTest::addColumn<int>("expectedShape");
        QTest::newRow("keys") << "non_alcoholic_drinks"
                              << "handled_bottle" << int(ProductType::NonAlcoholicDrinks)
                              << int(Shape::HandledBottle);
        QTest::newRow("names") << "Non-alcoholic drinks"
                               << "Handled bottle" << int(ProductType::NonAlcoholicDrinks)
                               << int(Shape::HandledBottle);
        QTest::newRow("any case") << "NON-ALCOHOLIC DRINKS"
                                  << "handled BOTTLE" << int(ProductType::NonAlcoholicDrinks)
                                  << int(Shape::HandledBottle);
        QTest::newRow("key in capitals") << "TOBACCO"
                                         << "Jar" << int(ProductType::Tobacco) << int(Shape::Jar);
        QTest::newRow("spaces around") << " beers "
                                       << " pack" << int(ProductType::Beers) << int(Shape::Pack);
        QTest::newRow("empty") << ""
                               << "" << int(ProductType::None) << int(Shape::None);
    }

    void typeAndShapeTakeKeysAndEnglishNames()
    {
        QFETCH(QString, type);
        QFETCH(QString, shape);
        QFETCH(int, expectedType);
        QFETCH(int, expectedShape);
        QList<SkuEntry> entries;
        const QByteArray data =
            "sku_id,type,shape\nX,\"" + type.toUtf8() + "\",\"" + shape.toUtf8() + "\"\n";
        const ReadReport r = read(data, &entries);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(int(entries.value(0).type), expectedType);
        QCOMPARE(int(entries.value(0).shape), expectedShape);
    }

    // The English names of the reader are those of labels.cpp (no translator is loaded here).
    void everyKeyAndDisplayNameIsAccepted()
    {
        for (int i = 1; i <= 7; ++i) {
            QCOMPARE(SkuCatalogCsv::parseShape(shapeKey(Shape(i))), Shape(i));
            QCOMPARE(SkuCatalogCsv::parseShape(shapeDisplayName(Shape(i))), Shape(i));
            QCOMPARE(SkuCatalogCsv::parseType(productTypeKey(ProductType(i))), ProductType(i));
            QCOMPARE(SkuCatalogCsv::parseType(productTypeDisplayName(ProductType(i))),
                     ProductType(i));
        }
        QVERIFY(!SkuCatalogCsv::parseShape(u"tube"));
        QVERIFY(!SkuCatalogCsv::parseShape(u"No shape"));
        QVERIFY(!SkuCatalogCsv::parseType(u"non alcoholic drinks"));
    }

    void errorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("rowsBefore");
        QTest::newRow("empty file") << QByteArray() << 1 << 1 << "empty" << 0;
        QTest::newRow("no sku_id column") << QByteArray("name,brand\nCola,X\n") << 1 << 1
                                          << "missing required column 'sku_id'" << 0;
        QTest::newRow("data but no header")
            << QByteArray("\n\n6901,Cola\n") << 3 << 1 << "missing required column 'sku_id'" << 0;
        QTest::newRow("column twice")
            << QByteArray("sku_id,name,NAME\n") << 1 << 13 << "column 'name' is named twice" << 0;
        QTest::newRow("empty sku_id")
            << QByteArray("sku_id,name\nA,x\n,y\n") << 3 << 1 << "field 'sku_id' is empty" << 1;
        QTest::newRow("blank sku_id")
            << QByteArray("name,sku_id\nx,  \n") << 2 << 3 << "field 'sku_id' is empty" << 0;
        QTest::newRow("duplicate sku_id") << QByteArray("sku_id,name\nA1,x\nB,y\nA1,z\n") << 4 << 1
                                          << "sku_id 'A1' is already given on line 2" << 2;
        QTest::newRow("duplicate after trimming")
            << QByteArray("name,sku_id\nx,A1\ny, A1\n") << 3 << 3
            << "sku_id 'A1' is already given on line 2" << 1;
        QTest::newRow("unknown type") << QByteArray("sku_id,type\nA,wine\n") << 2 << 3
                                      << "field 'type': unknown product type 'wine'" << 0;
        QTest::newRow("unknown shape after a quoted comma")
            << QByteArray("sku_id,name,shape\nA,\"x, y\",tube\n") << 2 << 10
            << "field 'shape': unknown shape 'tube'" << 0;
        QTest::newRow("unknown type after a quoted line break")
            << QByteArray("sku_id,name,type\nA,\"two\nlines\",wine\n") << 3 << 8
            << "unknown product type 'wine'" << 0;
        QTest::newRow("too few fields")
            << QByteArray("sku_id,name,brand\nA,x\n") << 2 << 4
            << "missing field: the header names 3 columns, this row has 2" << 0;
        QTest::newRow("too many fields")
            << QByteArray("sku_id,name\nA,x,y\n") << 2 << 5
            << "unexpected field: the header names 2 columns, this row has 3" << 0;
        QTest::newRow("unterminated quote")
            << QByteArray("sku_id,name\nA,\"open\nB,y\n") << 2 << 3 << "quote" << 0;
        QTest::newRow("binary data") << QByteArray("sku_id,name\nA,x\x01y\n") << 2 << 4 << "" << 0;
    }

    void errorsNameLineAndColumn()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QFETCH(int, rowsBefore);
        const ReadReport r = read(data);
        QVERIFY(r.error);
        const QString where = QStringLiteral("t.csv:%1:%2: ").arg(line).arg(column);
        QVERIFY2(r.error->toString().startsWith(where), qPrintable(r.error->toString()));
        QVERIFY2(r.error->message.contains(message), qPrintable(r.error->message));
        QCOMPARE(r.rows, rowsBefore);
    }

    void roundTripIsExact()
    {
        QList<SkuEntry> entries;
        for (int i = 0; i <= 7; ++i) {
            SkuEntry e = sku(QStringLiteral("SKU-%1").arg(i), QStringLiteral("name %1").arg(i),
                             ProductType(i), Shape(7 - i));
            e.brand = QStringLiteral("brand");
            e.size = QStringLiteral("%1 ml").arg(100 * i);
            entries << e;
        }
        entries[1].name = QStringLiteral("comma, \"quotes\"\nand a line break");
        entries[2].brand = QStringLiteral("康师傅");
        entries[3].flavor = QStringLiteral("  spaces kept  ");
        entries[4].name.clear();
        const QByteArray bytes = write(entries);
        QVERIFY(bytes.startsWith("sku_id,name,brand,type,shape,size,flavor\n"));
        QVERIFY(bytes.contains("SKU-5,name 5,brand,non_alcoholic_drinks,can,500 ml,\n"));
        QList<SkuEntry> back;
        const ReadReport r = read(bytes, &back, 5); // tiny chunks cross every boundary
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(back, entries);
        QCOMPARE(write(back), bytes);
    }

    void sinkCanStopTheReading()
    {
        QBuffer buffer;
        buffer.setData("sku_id\nA\nB\nC\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader csv(&buffer);
        QList<qint64> lines;
        const ReadReport r = SkuCatalogCsv::read(csv, [&lines](const SkuEntry&, qint64 line) {
            lines << line;
            return lines.size() < 2;
        });
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(lines, (QList<qint64>{2, 3}));
    }

    void importUpsertsAllOrNothing()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.shelf")));
        const QString first = dir.filePath(QStringLiteral("first.csv"));
        QVERIFY(writeFile(first, "sku_id,name,type,shape\n"
                                 "B,Beer,beers,can\nA,Apple juice,Non-alcoholic drinks,Bottle\n"));
        SkuCatalogImport::Report r = SkuCatalogImport::importFile(*store, first);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.added, 2);
        QCOMPARE(r.updated, 0);
        const QList<SkuEntry> afterFirst = {
            sku("A", "Apple juice", ProductType::NonAlcoholicDrinks, Shape::Bottle),
            sku("B", "Beer", ProductType::Beers, Shape::Can)};
        QCOMPARE(store->skus(), afterFirst);

        // An existing id is updated, a new one added.
        const QString second = dir.filePath(QStringLiteral("second.csv"));
        QVERIFY(writeFile(second, "sku_id,name,brand\nB,Lager,Tsingtao\nC,Cola,\n"));
        r = SkuCatalogImport::importFile(*store, second);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.added, 1);
        QCOMPARE(r.updated, 1);
        SkuEntry lager = sku("B", "Lager");
        lager.brand = QStringLiteral("Tsingtao");
        const QList<SkuEntry> afterSecond = {afterFirst[0], lager, sku("C", "Cola")};
        QCOMPARE(store->skus(), afterSecond);

        // An error on the last line leaves the catalog as it was: A is not renamed, D not added.
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(bad, "sku_id,name,shape\nA,Renamed,jar\nD,New,\nE,Bad,tube\n"));
        r = SkuCatalogImport::importFile(*store, bad);
        QVERIFY(!r.ok());
        QCOMPARE(r.added, 0);
        QCOMPARE(r.updated, 0);
        QCOMPARE(r.error->file, bad);
        QCOMPARE(r.error->line, 4);
        QCOMPARE(r.error->column, 7);
        QVERIFY2(r.summary().contains(bad + QStringLiteral(":4:7: ")), qPrintable(r.summary()));
        QCOMPARE(store->skus(), afterSecond);

        // And so does a file that is not there.
        r = SkuCatalogImport::importFile(*store, dir.filePath(QStringLiteral("none.csv")));
        QVERIFY(!r.ok());
        QVERIFY2(r.summary().contains(QStringLiteral("none.csv")), qPrintable(r.summary()));
        QCOMPARE(store->skus(), afterSecond);
    }

    void importJoinsAnOuterTransaction()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.shelf")));
        const QString file = dir.filePath(QStringLiteral("c.csv"));
        QVERIFY(writeFile(file, "sku_id\nA\n"));
        {
            ProjectStore::Transaction outer(*store);
            QVERIFY(SkuCatalogImport::importFile(*store, file).ok());
        } // not committed
        QVERIFY(store->skus().isEmpty());
    }

    void recentListKeepsTheNewestFifty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.shelf"));
        {
            auto store = ProjectStore::create(path);
            SkuRecentList recent(*store);
            QVERIFY(recent.ids().isEmpty());
            recent.recordUse(QStringLiteral("A"));
            recent.recordUse(QStringLiteral("B"));
            recent.recordUse(QStringLiteral("A")); // moves to the front, not repeated
            QCOMPARE(recent.ids(), (QStringList{"A", "B"}));
            recent.recordUse(QString()); // nothing to record
            QCOMPARE(recent.ids(), (QStringList{"A", "B"}));
            for (int i = 0; i < 60; ++i)
                recent.recordUse(QStringLiteral("S%1").arg(i));
            QCOMPARE(recent.ids().size(), SkuRecentList::kCapacity);
            QCOMPARE(recent.ids().first(), QStringLiteral("S59"));
            QCOMPARE(recent.ids().last(), QStringLiteral("S10"));
        }
        // Stored in the project under one key as a JSON array, newest first.
        auto store = ProjectStore::open(path);
        const QJsonDocument json =
            QJsonDocument::fromJson(store->setting(QStringLiteral("sku_recent")).toUtf8());
        QVERIFY(json.isArray());
        QCOMPARE(json.array().size(), 50);
        QCOMPARE(json.array().first().toString(), QStringLiteral("S59"));
        SkuRecentList reopened(*store);
        QCOMPARE(reopened.ids().size(), 50);
        QCOMPARE(reopened.ids().first(), QStringLiteral("S59"));

        // Another list object on the same project sees the change after reload().
        SkuRecentList other(*store);
        reopened.recordUse(QStringLiteral("A"));
        QCOMPARE(other.ids().first(), QStringLiteral("S59"));
        other.reload();
        QCOMPARE(other.ids().first(), QStringLiteral("A"));
        QCOMPARE(other.ids().size(), 50);
    }

    void damagedRecentSettingIsTolerated()
    {
        QCOMPARE(SkuRecentList::fromJson(QStringLiteral("not json")), QStringList());
        QCOMPARE(SkuRecentList::fromJson(QStringLiteral("{\"a\":1}")), QStringList());
        QCOMPARE(SkuRecentList::fromJson(QStringLiteral("[\"A\", 3, \"\", \"B\", \"A\", null]")),
                 (QStringList{"A", "B"}));
        QStringList many;
        for (int i = 0; i < 80; ++i)
            many << QStringLiteral("X%1").arg(i);
        QCOMPARE(SkuRecentList::fromJson(SkuRecentList::toJson(many)), many.mid(0, 50));
        QCOMPARE(SkuRecentList::toJson({"a\"b", "c"}), QStringLiteral("[\"a\\\"b\",\"c\"]"));
    }
};

QTEST_GUILESS_MAIN(TestSkuCatalog)
#include "test_sku_catalog.moc"
