// shelflabel-cli predict as a user runs it, with the suite's tiny YOLOv8-shaped model (fixed
// letterbox input, so no tiling) on small generated shelves.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPredictCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out, err;
    };
    Run cli(const QStringList& args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(SHELF_CLI), args);
        if (!p.waitForFinished(240000))
            qFatal("shelflabel-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    static QString model(const char* name)
    {
        return QStringLiteral(SHELF_TEST_MODELS_DIR "/") + QLatin1String(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("shelf")));
        for (int i = 0; i < 3; ++i) {
            QImage img(640 + 32 * i, 480, QImage::Format_RGB32);
            img.fill(QColor(60, 60, 60));
            QVERIFY(img.save(m_dir.filePath(QStringLiteral("shelf/s%1.jpg").arg(i))));
        }
    }

    void imagesGiveOneResultsFilePerMerge()
    {
        const Run r =
            cli({QStringLiteral("predict"), QStringLiteral("--model"), model("yolov8.pt"),
                 QStringLiteral("--quiet"), QStringLiteral("shelf/s0.jpg"),
                 QStringLiteral("shelf/s1.jpg"), QStringLiteral("--out"), QStringLiteral("r.csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char* name : {"r.nms.csv", "r.em.csv"}) {
            QFile f(m_dir.filePath(QLatin1String(name)));
            QVERIFY2(f.open(QIODevice::ReadOnly), name);
            const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
            QCOMPARE(lines[0], QByteArray("image_id,x1,y1,x2,y2,confidence,hard_score"));
            for (qsizetype i = 1; i < lines.size(); ++i)
                QVERIFY(lines[i].startsWith("s0.jpg,") || lines[i].startsWith("s1.jpg,"));
        }
    }

    void shardsSplitTheImages()
    {
        QStringList base = {QStringLiteral("predict"),
                            QStringLiteral("--model"),
                            model("yolov8.pt"),
                            QStringLiteral("--merge"),
                            QStringLiteral("nms"),
                            QStringLiteral("shelf/s0.jpg"),
                            QStringLiteral("shelf/s1.jpg"),
                            QStringLiteral("shelf/s2.jpg")};
        const Run second =
            cli(base + QStringList{QStringLiteral("--shard"), QStringLiteral("1/2"),
                                   QStringLiteral("--out"), QStringLiteral("s.csv")});
        QVERIFY2(second.code == 0, qPrintable(second.err));
        // Not a terminal: one plain progress line per image of the shard.
        QCOMPARE(second.err.count(QStringLiteral("1/1 shelf/s1.jpg")), 1);
        QVERIFY(!second.err.contains(QStringLiteral("s0.jpg")));
        QCOMPARE(cli(base + QStringList{QStringLiteral("--shard"), QStringLiteral("2/2"),
                                        QStringLiteral("--out"), QStringLiteral("x.csv")})
                     .code,
                 2);
    }

    void aProjectGetsItsLayers()
    {
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("shelf/p.shelf"),
                      QStringLiteral("--images"), QStringLiteral("shelf")})
                     .code,
                 0);
        const Run r = cli({QStringLiteral("predict"), QStringLiteral("--project"),
                           QStringLiteral("shelf/p.shelf"), QStringLiteral("--model"),
                           model("yolov8.pt"), QStringLiteral("--quiet")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run info = cli(
            {QStringLiteral("info"), QStringLiteral("shelf/p.shelf"), QStringLiteral("--json")});
        const QJsonObject root = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QVERIFY2(root[QStringLiteral("layers")].toObject().contains(QStringLiteral("raw")),
                 qPrintable(info.out));
        QCOMPARE(root[QStringLiteral("image_status")]
                     .toObject()[QStringLiteral("pre_annotated")]
                     .toInt(),
                 3);
    }

    void badModelsAndArgumentsAreRefused()
    {
        Run r =
            cli({QStringLiteral("predict"), QStringLiteral("--model"), model("random.pt"),
                 QStringLiteral("shelf/s0.jpg"), QStringLiteral("--out"), QStringLiteral("b.csv")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("random.pt")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("b.nms.csv"))));
        QCOMPARE(cli({QStringLiteral("predict"), QStringLiteral("shelf/s0.jpg")}).code, 2);
        QCOMPARE(
            cli({QStringLiteral("predict"), QStringLiteral("--merge"), QStringLiteral("x"),
                 QStringLiteral("shelf/s0.jpg"), QStringLiteral("--out"), QStringLiteral("c.csv")})
                .code,
            2);
    }
};

QTEST_GUILESS_MAIN(TestPredictCli)
#include "test_predict_cli.moc"
