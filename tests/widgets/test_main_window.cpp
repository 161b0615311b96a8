#include "add_annotations_command.h"
#include "image_canvas.h"
#include "image_list_model.h"
#include "main_window.h"
#include "project_document.h"
#include "project_setup.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;

    std::unique_ptr<ProjectDocument> makeProject()
    {
        QDir().mkpath(m_tmp->filePath(QStringLiteral("images")));
        for (int i = 0; i < 3; ++i) {
            QImage img(1200 + 100 * i, 900, QImage::Format_RGB32);
            img.fill(QColor(40 * i, 100, 160));
            img.save(m_tmp->filePath(QStringLiteral("images/shelf_%1.jpg").arg(i)));
        }
        auto created = ProjectSetup::createFromFolder(m_tmp->filePath(QStringLiteral("p.shelf")),
                                                      m_tmp->filePath(QStringLiteral("images")));
        return std::make_unique<ProjectDocument>(std::move(created.store));
    }

private Q_SLOTS:
    void detailTilesShowOverTheMagnifiedPreview()
    {
        ImageCanvas canvas;
        canvas.resize(800, 600);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QImage preview(100, 80, QImage::Format_RGB32);
        preview.fill(Qt::red);
        canvas.setImage(preview, QSize(1000, 800));
        QImage band(1000, 400, QImage::Format_RGB32);
        band.fill(Qt::green);
        canvas.addDetailTile(band, QRect(0, 0, 1000, 400));
        canvas.addDetailTile(band, QRect(500, 600, 1000, 400)); // past the image: refused
        QCOMPARE(canvas.detailTileCount(), 1);
        const QImage shot = canvas.grab().toImage();
        const auto at = [&](double x, double y) {
            return shot.pixelColor(canvas.imageToWidget({x, y}).toPoint());
        };
        QCOMPARE(at(500, 200), QColor(Qt::green)); // the band's full detail
        QCOMPARE(at(500, 600), QColor(Qt::red));   // the preview, no band there yet
        // The whole image replaces the bands.
        QImage full(1000, 800, QImage::Format_RGB32);
        full.fill(Qt::blue);
        canvas.setImage(full, QSize(1000, 800));
        QCOMPARE(canvas.detailTileCount(), 0);
    }

    void init() { m_tmp = std::make_unique<QTemporaryDir>(); }

    void listsImagesAndShowsTheSelectedOne()
    {
        MainWindow window;
        window.setDocument(makeProject());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* model = window.imageList()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->index(0, 0).data().toString().contains(QStringLiteral("shelf_0.jpg")));

        QSignalSpy shown(&window, &MainWindow::imageShown);
        window.imageList()->setCurrentIndex(model->index(2, 0));
        const qint64 third = model->index(2, 0).data(ImageListModel::ImageIdRole).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto& args : shown) {
                    if (args[0].toLongLong() == third && args[1].toBool())
                        return true;
                }
                return false;
            }(),
            20000);
        QCOMPARE(window.canvas()->fullSize(), QSize(1400, 900));
        QCOMPARE(window.currentImageId(), third);
    }

    void boxesAddedToTheDocumentShowAndCount()
    {
        MainWindow window;
        window.setDocument(makeProject());
        ProjectDocument* doc = window.document();
        const qint64 first = doc->images().first().id;
        Annotation a;
        a.imageId = first;
        a.box = {10, 10, 110, 210};
        doc->undoStack()->push(new AddAnnotationsCommand(doc, {a, a}));
        const QModelIndex row = window.imageList()->model()->index(0, 0);
        QCOMPARE(row.data(ImageListModel::BoxCountRole).toInt(), 2);
        doc->undoStack()->undo();
        QCOMPARE(row.data(ImageListModel::BoxCountRole).toInt(), 0);
    }

    void zoomKeepsThePointUnderTheCursor()
    {
        ImageCanvas canvas;
        canvas.resize(800, 600);
        QImage img(4000, 3000, QImage::Format_RGB32);
        img.fill(Qt::gray);
        canvas.setImage(img.scaled(1000, 750), img.size());
        QCOMPARE(canvas.zoom(), 0.2);
        const QPointF anchor(300, 200);
        const QPointF before = canvas.widgetToImage(anchor);
        canvas.setZoom(1.5, anchor);
        QCOMPARE(canvas.zoom(), 1.5);
        const QPointF after = canvas.widgetToImage(anchor);
        QVERIFY(qAbs(before.x() - after.x()) < 1e-9 && qAbs(before.y() - after.y()) < 1e-9);
        canvas.zoomToFit();
        QCOMPARE(canvas.zoom(), 0.2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
