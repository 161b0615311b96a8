// The export dialog: options, the validation report before writing, the background export, and
// an existing target kept unless the user chose to replace it.
#include "export_dialog.h"
#include "project_setup.h"
#include "project_store.h"
#include "test_project.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;

class TestExportDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_project;

    Annotation box(qint64 image, Box b, ReviewState state = ReviewState::Accepted)
    {
        Annotation a;
        a.imageId = image;
        a.layer = layers::human;
        a.box = b;
        a.state = state;
        a.shape = Shape::Can;
        return a;
    }

    std::unique_ptr<ExportDialog> dialog(ExportOptions::Format format, const QString& target)
    {
        auto d = std::make_unique<ExportDialog>(m_project, QStringList{layers::human});
        ExportOptions o;
        o.format = format;
        o.trainShare = 1;
        d->setOptions(o);
        d->setTarget(target);
        return d;
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        auto created = test::makeTestProject(*m_tmp);
        m_project = m_tmp->filePath(QStringLiteral("p.shelf"));
        QList<ImageRecord> images = created.store->images();
        images[0].status = ImageStatus::Done;
        created.store->updateImage(images[0]);
        QList<Annotation> boxes{
            box(images[0].id, {100, 100, 300, 400}),
            box(images[0].id, {400, 100, 450, 150}), // 50 x 50: under RP2K's 80 x 80
            box(images[1].id, {500, 200, 700, 600}),
            box(images[1].id, {10, 10, 200, 200}, ReviewState::Proposed), // not exported
        };
        created.store->insertAnnotations(boxes);
    }

    void cleanup() { m_tmp.reset(); }

    void optionsRoundTripThroughTheForm()
    {
        ExportDialog d(m_project, {layers::human, layers::em});
        ExportOptions o;
        o.format = ExportOptions::Format::Rp2k;
        o.layer = layers::em;
        o.states = ExportOptions::States::All;
        o.images = ExportOptions::Images::Done;
        o.classBy = ExportOptions::ClassBy::Sku;
        o.trainShare = 0.75;
        o.seed = 42;
        o.splitBy = ExportOptions::SplitBy::Image;
        o.force = true;
        d.setOptions(o);
        const ExportOptions back = d.options();
        QCOMPARE(back.format, o.format);
        QCOMPARE(back.layer, o.layer);
        QCOMPARE(back.states, o.states);
        QCOMPARE(back.images, o.images);
        QCOMPARE(back.classBy, o.classBy);
        QCOMPARE(back.trainShare, 0.75);
        QCOMPARE(back.seed, quint64(42));
        QCOMPARE(back.effectiveSplitBy(), ExportOptions::SplitBy::Image);
        QVERIFY(back.force);
    }

    void reportComesBeforeWritingAndExportRunsInTheBackground()
    {
        const QString target = m_tmp->filePath(QStringLiteral("coco"));
        auto d = dialog(ExportOptions::Format::Coco, target);
        QSignalSpy checked(d.get(), &ExportDialog::checked);
        d->check();
        QVERIFY(checked.wait(30000));
        QCOMPARE(d->report().images, 2);
        QCOMPARE(d->report().boxes, qint64(3));
        QCOMPARE(d->report().tooSmall, 1);
        QCOMPARE(d->report().imagesNotDone, 1);
        QVERIFY(d->statusText().contains(QStringLiteral("80 x 80")));
        // Each issue is listed once, naming its image once.
        auto* issues = d->findChild<QListWidget*>();
        QVERIFY(issues);
        QCOMPARE(issues->count(), 2); // the small box and the image not done
        for (int i = 0; i < issues->count(); ++i)
            QVERIFY(issues->item(i)->text().count(QStringLiteral(".png")) == 1);
        QVERIFY(!QFileInfo::exists(target)); // nothing written by the check

        QSignalSpy finished(d.get(), &ExportDialog::finished);
        d->startExport();
        QVERIFY(finished.wait(30000));
        QVERIFY2(d->result().ok(), qPrintable(d->result().error));
        QCOMPARE(d->result().boxes, qint64(3));
        QFile json(QDir(target).filePath(QStringLiteral("annotations/instances_train.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject coco = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(coco.value(QStringLiteral("images")).toArray().size(), 2);
        QCOMPARE(coco.value(QStringLiteral("annotations")).toArray().size(), 3);
    }

    void anExistingTargetIsKeptUnlessReplacing()
    {
        const QString target = m_tmp->filePath(QStringLiteral("boxes.csv"));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("keep me\n");
        }
        auto d = dialog(ExportOptions::Format::Sku110k, target);
        QSignalSpy checked(d.get(), &ExportDialog::checked);
        QSignalSpy finished(d.get(), &ExportDialog::finished);
        d->check();
        QVERIFY(checked.wait(30000));
        d->startExport();
        QVERIFY(finished.wait(30000));
        QVERIFY(!d->result().ok());
        QVERIFY(d->statusText().contains(QStringLiteral("nothing was written")));
        QFile kept(target);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me\n"));
        kept.close();

        ExportOptions o = d->options();
        o.force = true;
        auto replace = dialog(ExportOptions::Format::Sku110k, target);
        replace->setOptions(o);
        QSignalSpy checked2(replace.get(), &ExportDialog::checked);
        QSignalSpy finished2(replace.get(), &ExportDialog::finished);
        replace->check();
        QVERIFY(checked2.wait(30000));
        replace->startExport();
        QVERIFY(finished2.wait(30000));
        QVERIFY2(replace->result().ok(), qPrintable(replace->result().error));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll().count('\n'), 3);
    }

    void aTargetBesideTheProjectIsProposed()
    {
        ExportDialog d(m_project, {layers::human});
        const QString dir = QFileInfo(m_project).absolutePath();
        QCOMPARE(d.target(), dir + QStringLiteral("/p_sku110k.csv"));
        ExportOptions o;
        o.format = ExportOptions::Format::Coco;
        d.setOptions(o);
        QCOMPARE(d.target(), dir + QStringLiteral("/p_coco"));
        // A place the user chose stays when the format changes.
        d.setTarget(QStringLiteral("/data/mine"));
        o.format = ExportOptions::Format::Yolo;
        d.setOptions(o);
        QCOMPARE(d.target(), QStringLiteral("/data/mine"));
    }

    void noTargetIsAskedFor()
    {
        auto d = dialog(ExportOptions::Format::Coco, QString());
        QSignalSpy checked(d.get(), &ExportDialog::checked);
        d->check();
        QCOMPARE(checked.size(), 1);
        QVERIFY(d->statusText().contains(QStringLiteral("Choose where")));
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_export_dialog.moc"
