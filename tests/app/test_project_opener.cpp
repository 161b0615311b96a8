#include "project_document.h"
#include "project_opener.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;

class TestProjectOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderBecomesAProjectOnceAndIsReused()
    {
        QTemporaryDir dir;
        const QString shelves = dir.filePath(QStringLiteral("shelves"));
        QDir().mkpath(shelves);
        QImage(64, 48, QImage::Format_RGB32).save(shelves + QStringLiteral("/a.jpg"));
        ProjectOpener::Opened first = ProjectOpener::open(shelves);
        QVERIFY2(first.document, qPrintable(first.error));
        QCOMPARE(first.document->store().filePath(), shelves + QStringLiteral("/shelves.shelf"));
        QCOMPARE(first.document->images().size(), 1);
        const qint64 id = first.document->images()[0].id;
        first.document.reset();

        ProjectOpener::Opened again = ProjectOpener::open(shelves);
        QVERIFY(again.document);
        QCOMPARE(again.document->images()[0].id, id);
        QCOMPARE(again.missingImages, 0);
        again.document.reset();

        QVERIFY(QFile::remove(shelves + QStringLiteral("/a.jpg")));
        ProjectOpener::Opened missing =
            ProjectOpener::open(shelves + QStringLiteral("/shelves.shelf"));
        QVERIFY(missing.document);
        QCOMPARE(missing.missingImages, 1);
        QVERIFY(missing.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("a.jpg")));
    }

    void badPathsGiveAMessage()
    {
        QTemporaryDir dir;
        ProjectOpener::Opened none =
            ProjectOpener::open(dir.filePath(QStringLiteral("none.shelf")));
        QVERIFY(!none.document);
        QVERIFY(none.error.contains(QStringLiteral("none.shelf")));
    }
};

QTEST_GUILESS_MAIN(TestProjectOpener)
#include "test_project_opener.moc"
