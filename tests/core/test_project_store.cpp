#include "project_store.h"
#include "store_error.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;

class TestProjectStore : public QObject
{
    Q_OBJECT

    static Annotation sample(qint64 imageId)
    {
        Annotation a;
        a.imageId = imageId;
        a.layer = layers::em;
        a.box = {10.5, 20, 110.25, 220};
        a.state = ReviewState::Proposed;
        a.origin = Origin::Model;
        a.hardScore = 0.91;
        a.softIou = 0.7;
        a.confidence = 0.805;
        a.shape = Shape::HandledBottle;
        a.skuId = QStringLiteral("6901234567890");
        a.productName = QStringLiteral("绿茶 500ml, \"light\"");
        a.productType = ProductType::NonAlcoholicDrinks;
        a.brand = QStringLiteral("Brand");
        a.size = QStringLiteral("500 ml");
        a.flavor = QStringLiteral("jasmine");
        return a;
    }

    static ImageRecord image(const QString& path)
    {
        ImageRecord r;
        r.relativePath = path;
        r.width = 2448;
        r.height = 3264;
        r.orientation = 6;
        r.shelfType = QStringLiteral("beverage");
        r.storeId = QStringLiteral("S-17");
        r.status = ImageStatus::InReview;
        r.reviewed = true;
        return r;
    }

private Q_SLOTS:
    void createRefusesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.shelf"));
        ProjectStore::create(path);
        QVERIFY_THROWS_EXCEPTION(StoreError, ProjectStore::create(path));
    }

    void openRejectsMissingAndForeignFiles()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 ProjectStore::open(dir.filePath(QStringLiteral("none.shelf"))));
        const QString garbage = dir.filePath(QStringLiteral("garbage.shelf"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x7f'));
        f.close();
        try {
            ProjectStore::open(garbage);
            QFAIL("a file of garbage opened as a project");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains(garbage), qPrintable(e.message()));
        }
    }

    void schemaOneProjectIsMigratedKeepingItsImages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.shelf"));
        {
            auto store = ProjectStore::create(path);
            ImageRecord img = image(QStringLiteral("a.jpg"));
            store->insertImage(img);
        }
        {
            // Turn the file back into what a schema-1 ShelfLabel wrote.
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE images DROP COLUMN reviewed")));
            QVERIFY(
                q.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        auto store = ProjectStore::open(path);
        QCOMPARE(store->schemaVersion(), 2);
        QList<ImageRecord> images = store->images();
        QCOMPARE(images.size(), 1);
        QCOMPARE(images[0].relativePath, QStringLiteral("a.jpg"));
        QCOMPARE(images[0].reviewed, false);
        images[0].reviewed = true;
        store->updateImage(images[0]);
        QCOMPARE(store->image(images[0].id).reviewed, true);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.shelf"));
        ProjectStore::create(path);
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        try {
            ProjectStore::open(path);
            QFAIL("a newer schema was accepted");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("99")), qPrintable(e.message()));
        }
    }

    void valuesRoundTripThroughTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.shelf"));
        ImageRecord img = image(QStringLiteral("aisle 3/ПОЛКА_1.jpg"));
        Annotation a = sample(0);
        {
            auto store = ProjectStore::create(path);
            QCOMPARE(store->schemaVersion(), ProjectStore::kSchemaVersion);
            store->insertImage(img);
            QVERIFY(img.id > 0);
            a.imageId = img.id;
            QList<Annotation> list{a};
            store->insertAnnotations(list);
            a.id = list[0].id;
            QVERIFY(a.id > 0);
            store->upsertSku({QStringLiteral("1"),
                              QStringLiteral("Tea"),
                              QStringLiteral("B"),
                              ProductType::Beers,
                              Shape::Can,
                              QStringLiteral("330ml"),
                              {}});
            store->setSetting(QStringLiteral("hard_score_rate"), QStringLiteral("0.5"));
        }
        auto store = ProjectStore::open(path);
        QCOMPARE(store->images(), QList<ImageRecord>{img});
        QCOMPARE(store->image(img.id), img);
        QCOMPARE(store->imageIdByPath(img.relativePath), img.id);
        QCOMPARE(store->annotations(img.id), QList<Annotation>{a});
        QCOMPARE(store->annotations(img.id, layers::em), QList<Annotation>{a});
        QVERIFY(store->annotations(img.id, layers::human).isEmpty());
        QCOMPARE(store->skus().size(), 1);
        QCOMPARE(store->skus()[0].shape, Shape::Can);
        QCOMPARE(store->setting(QStringLiteral("hard_score_rate")), QStringLiteral("0.5"));
        QCOMPARE(store->setting(QStringLiteral("absent"), QStringLiteral("x")),
                 QStringLiteral("x"));
        QCOMPARE(store->layerNames(), QStringList{layers::em});
        QCOMPARE(store->absoluteImagePath(img), dir.filePath(img.relativePath));
    }

    void reinsertKeepsIdsAndCountsFollowState()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.shelf")));
        ImageRecord img = image(QStringLiteral("a.jpg"));
        store->insertImage(img);
        QList<Annotation> list{sample(img.id), sample(img.id), sample(img.id)};
        list[1].state = ReviewState::Accepted;
        list[2].state = ReviewState::Rejected;
        store->insertAnnotations(list);
        const qint64 removedId = list[1].id;
        store->removeAnnotations({removedId});
        QCOMPARE(store->annotations(img.id).size(), 2);
        QList<Annotation> back{list[1]};
        store->insertAnnotations(back);
        QCOMPARE(back[0].id, removedId);
        QCOMPARE(store->annotationsByIds({removedId}), QList<Annotation>{list[1]});
        const AnnotationCounts c = store->annotationCounts(layers::em).value(img.id);
        QCOMPARE(c.proposed, 1);
        QCOMPARE(c.accepted, 1);
        QCOMPARE(c.rejected, 1);
        list[0].state = ReviewState::Accepted;
        list[0].box.x2 = 500;
        store->updateAnnotations({list[0]});
        QCOMPARE(store->annotationsByIds({list[0].id})[0], list[0]);
        QCOMPARE(store->clearLayer(layers::em, img.id), 3);
        QVERIFY(store->annotations(img.id).isEmpty());
    }

    static bool hasBoxIndex(const QString& path)
    {
        bool found = false;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                  "name = 'annotations_by_image_layer'"));
            found = q.next();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return found;
    }

    void bulkInsertRebuildsTheIndexOrRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.shelf"));
        auto store = ProjectStore::create(path);
        ImageRecord img = image(QStringLiteral("a.jpg"));
        store->insertImage(img);
        {
            ProjectStore::Transaction tx(*store);
            ProjectStore::BulkInsert bulk(*store);
            QList<Annotation> list{sample(img.id), sample(img.id)};
            store->insertAnnotations(list);
            // Not finished, not committed: the rollback brings the index back.
        }
        QVERIFY(hasBoxIndex(path));
        QVERIFY(store->annotations(img.id).isEmpty());
        {
            ProjectStore::Transaction tx(*store);
            ProjectStore::BulkInsert bulk(*store);
            QList<Annotation> list{sample(img.id), sample(img.id)};
            store->insertAnnotations(list);
            bulk.finish();
            tx.commit();
        }
        QVERIFY(hasBoxIndex(path));
        QCOMPARE(store->annotations(img.id, layers::em).size(), 2);
        QVERIFY_THROWS_EXCEPTION(StoreError, ProjectStore::BulkInsert{*store});
    }

    void transactionRollsBackWhenNotCommitted()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.shelf")));
        ImageRecord img = image(QStringLiteral("a.jpg"));
        store->insertImage(img);
        try {
            ProjectStore::Transaction tx(*store);
            QList<Annotation> list{sample(img.id)};
            store->insertAnnotations(list);               // nested: joins the outer transaction
            QList<Annotation> bad{sample(img.id + 1000)}; // no such image: foreign key fails
            store->insertAnnotations(bad);
            tx.commit();
            QFAIL("an annotation of a missing image was stored");
        } catch (const StoreError&) {
        }
        QVERIFY(store->annotations(img.id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "test_project_store.moc"
