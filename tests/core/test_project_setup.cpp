#include "project_setup.h"
#include "store_error.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;

class TestProjectSetup : public QObject
{
    Q_OBJECT

    static void writeImage(const QString& path, int w, int h,
                           QImageIOHandler::Transformations t = QImageIOHandler::TransformationNone)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QImage img(w, h, QImage::Format_RGB32);
        img.fill(Qt::darkCyan);
        QImageWriter writer(path);
        QVERIFY2(writer.write(img), qPrintable(writer.errorString()));
        if (t == QImageIOHandler::TransformationRotate90)
            insertExifOrientation(path, 6);
    }

    // Qt's JPEG writer does not write EXIF, so the orientation tag is spliced in by hand: an APP1
    // segment right after the SOI marker holding a one-entry big-endian TIFF directory.
    static void insertExifOrientation(const QString& path, quint8 orientation)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray jpeg = f.readAll();
        f.close();
        QVERIFY(jpeg.startsWith("\xff\xd8"));
        const char tiff[] = {'M',  'M',
                             0,    42,
                             0,    0,
                             0,    8, // header, IFD at 8
                             0,    1, // one entry
                             0x01, 0x12,
                             0,    3,
                             0,    0,
                             0,    1, // orientation, SHORT, 1
                             0,    char(orientation),
                             0,    0,
                             0,    0,
                             0,    0}; // value, next IFD = none
        QByteArray payload = QByteArray("Exif\0\0", 6) + QByteArray(tiff, sizeof tiff);
        const int length = int(payload.size()) + 2;
        QByteArray segment("\xff\xe1");
        segment.append(char(length >> 8)).append(char(length & 0xff)).append(payload);
        jpeg.insert(2, segment);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(jpeg);
    }

private Q_SLOTS:
    void scansRecursivelyWithOrientation()
    {
        QTemporaryDir dir;
        writeImage(dir.filePath(QStringLiteral("images/a.jpg")), 40, 30);
        writeImage(dir.filePath(QStringLiteral("images/sub/b.png")), 20, 10);
        writeImage(dir.filePath(QStringLiteral("images/sub/deeper/c.JPEG")), 64, 48,
                   QImageIOHandler::TransformationRotate90);
        QFile notes(dir.filePath(QStringLiteral("images/notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not an image");
        notes.close();
        QFile broken(dir.filePath(QStringLiteral("images/broken.jpg")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\xff\xd8 truncated");
        broken.close();

        int progressCalls = 0;
        auto created = ProjectSetup::createFromFolder(
            dir.filePath(QStringLiteral("p.shelf")), dir.filePath(QStringLiteral("images")),
            [&](int, const QString&) { ++progressCalls; });
        const QList<ImageRecord> images = created.store->images();
        QCOMPARE(images.size(), 3);
        QCOMPARE(images[0].relativePath, QStringLiteral("images/a.jpg"));
        QCOMPARE(images[0].width, 40);
        QCOMPARE(images[0].height, 30);
        QCOMPARE(images[1].relativePath, QStringLiteral("images/sub/b.png"));
        QCOMPARE(images[2].relativePath, QStringLiteral("images/sub/deeper/c.JPEG"));
        QCOMPARE(images[2].orientation, 6);
        QCOMPARE(images[2].width, 48); // displayed size: rotated a quarter turn
        QCOMPARE(images[2].height, 64);
        QCOMPARE(created.scan.problems.size(), 1);
        QVERIFY(created.scan.problems[0].path.endsWith(QStringLiteral("broken.jpg")));
        QCOMPARE(progressCalls, 4);
    }

    void projectMustBeAtOrAboveItsImages()
    {
        QTemporaryDir dir;
        writeImage(dir.filePath(QStringLiteral("images/a.jpg")), 8, 8);
        QDir().mkpath(dir.filePath(QStringLiteral("elsewhere")));
        QVERIFY_THROWS_EXCEPTION(StoreError, ProjectSetup::createFromFolder(
                                                 dir.filePath(QStringLiteral("elsewhere/p.shelf")),
                                                 dir.filePath(QStringLiteral("images"))));
        QVERIFY_THROWS_EXCEPTION(
            StoreError, ProjectSetup::createFromFolder(dir.filePath(QStringLiteral("p.shelf")),
                                                       dir.filePath(QStringLiteral("nothing"))));
        auto inside = ProjectSetup::createFromFolder(dir.filePath(QStringLiteral("images/p.shelf")),
                                                     dir.filePath(QStringLiteral("images")));
        QCOMPARE(inside.store->images()[0].relativePath, QStringLiteral("a.jpg"));
    }

    void missingImagesAreFoundAndRelinked()
    {
        QTemporaryDir dir;
        writeImage(dir.filePath(QStringLiteral("old/x/a.jpg")), 8, 8);
        writeImage(dir.filePath(QStringLiteral("old/y/a.jpg")), 8, 8);
        writeImage(dir.filePath(QStringLiteral("old/b.jpg")), 8, 8);
        auto created = ProjectSetup::createFromFolder(dir.filePath(QStringLiteral("p.shelf")),
                                                      dir.filePath(QStringLiteral("old")));
        QVERIFY(ProjectSetup::missingImages(*created.store).isEmpty());
        QVERIFY(QDir(dir.path()).rename(QStringLiteral("old"), QStringLiteral("new")));
        QCOMPARE(ProjectSetup::missingImages(*created.store).size(), 3);
        QCOMPARE(ProjectSetup::relink(*created.store, dir.filePath(QStringLiteral("new"))), 3);
        QVERIFY(ProjectSetup::missingImages(*created.store).isEmpty());
        QCOMPARE(created.store->images()[0].relativePath, QStringLiteral("new/b.jpg"));
        QCOMPARE(created.store->images()[1].relativePath, QStringLiteral("new/x/a.jpg"));
        QCOMPARE(created.store->images()[2].relativePath, QStringLiteral("new/y/a.jpg"));
    }

    void unsafePathsAreRecognised()
    {
        QVERIFY(ProjectSetup::isSafeRelativePath(QStringLiteral("a/b.jpg")));
        QVERIFY(ProjectSetup::isSafeRelativePath(QStringLiteral("a..b.jpg")));
        QVERIFY(!ProjectSetup::isSafeRelativePath(QStringLiteral("../b.jpg")));
        QVERIFY(!ProjectSetup::isSafeRelativePath(QStringLiteral("a/../../b.jpg")));
        QVERIFY(!ProjectSetup::isSafeRelativePath(QStringLiteral("/etc/passwd")));
        QVERIFY(!ProjectSetup::isSafeRelativePath(QStringLiteral("C:/x.jpg")));
        QVERIFY(!ProjectSetup::isSafeRelativePath(QStringLiteral("..\\x.jpg")));
        QVERIFY(!ProjectSetup::isSafeRelativePath(QString()));
    }
};

QTEST_GUILESS_MAIN(TestProjectSetup)
#include "test_project_setup.moc"
