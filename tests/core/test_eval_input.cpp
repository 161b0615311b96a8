// EvalInput: the truth and prediction formats, their located errors, joining files by image and
// reading a project's layers.
#include "eval_input.h"
#include "eval_report.h"
#include "project_store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;

class TestEvalInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void tableAlignsWideCharacters()
    {
        // Chinese takes two terminal columns a character: "图层" is as wide as "abcd".
        QCOMPARE(EvalReport::displayWidth(QStringLiteral("图层")), 4);
        QCOMPARE(EvalReport::displayWidth(QStringLiteral("nms")), 3);
        EvalReport::Column wide{QStringLiteral("图层"), {}, {}, {}};
        EvalReport::Column narrow{QStringLiteral("abcdef"), {}, {}, {}};
        const QStringList lines = EvalReport::table({wide, narrow}).split(QLatin1Char('\n'));
        // Every line has the same display width, so the columns line up.
        const qsizetype first = EvalReport::displayWidth(lines[0]);
        for (const QString& line : lines) {
            if (!line.isEmpty())
                QCOMPARE(EvalReport::displayWidth(line), first);
        }
    }

    void skuAnnotationsWithoutHeader()
    {
        EvalBoxSet set;
        const auto r = EvalInput::readTruth(write(QStringLiteral("t.csv"),
                                                  "a.jpg,1,2,30,40,object,100,100\n"
                                                  "b.jpg,5,5,10,10,object,100,100\n"
                                                  "a.jpg,50,2,60,40,object,100,100\n"),
                                            set);
        QVERIFY2(r.ok(), qPrintable(r.error->toString()));
        QCOMPARE(r.rows, 3);
        QCOMPARE(set.images, (QStringList{QStringLiteral("a.jpg"), QStringLiteral("b.jpg")}));
        QCOMPARE(set.boxes[QStringLiteral("a.jpg")].size(), 2);
        QCOMPARE(set.boxes[QStringLiteral("a.jpg")][1].box, (Box{50, 2, 60, 40}));
        QCOMPARE(set.boxes[QStringLiteral("a.jpg")][0].className, QStringLiteral("object"));
    }

    void headedTruthInAnyColumnOrder()
    {
        EvalBoxSet set;
        const auto r = EvalInput::readTruth(write(QStringLiteral("t.csv"),
                                                  "class,x1,y1,x2,y2,note,image_name\n"
                                                  "can,1,2,3,4,whatever,dir\\a.jpg\n"),
                                            set);
        QVERIFY(r.ok());
        const EvalBox b = set.boxes.value(QStringLiteral("dir/a.jpg")).value(0);
        QCOMPARE(b.box, (Box{1, 2, 3, 4}));
        QCOMPARE(b.className, QStringLiteral("can"));
    }

    void skuResultsScoreIsConfidence()
    {
        EvalBoxSet set;
        const auto r = EvalInput::readPredictions(
            write(QStringLiteral("p.csv"), "image_id,x1,y1,x2,y2,confidence,hard_score\n"
                                           "images\\a.jpg,1,2,3,4,0.25,0.5\n"
                                           "images\\a.jpg,1,2,3,4,-1,0.5\n"
                                           "images\\a.jpg,1,2,3,4,-1,-1\n"),
            set);
        QVERIFY2(r.ok(), qPrintable(r.error->toString()));
        const QList<EvalBox> boxes = set.boxes.value(QStringLiteral("images/a.jpg"));
        QCOMPARE(boxes.size(), 3);
        QCOMPARE(boxes[0].score, 0.25);
        QCOMPARE(boxes[1].score, 0.5); // no confidence: the hard score
        QCOMPARE(boxes[2].score, 1.0); // no score at all
    }

    void headedPredictionsPreferScore()
    {
        EvalBoxSet set;
        auto r = EvalInput::readPredictions(write(QStringLiteral("p.csv"),
                                                  "image_name,x1,y1,x2,y2,confidence,score\n"
                                                  "a.jpg,1,2,3,4,0.1,0.7\n"),
                                            set);
        QVERIFY(r.ok());
        QCOMPARE(set.boxes[QStringLiteral("a.jpg")][0].score, 0.7);
        EvalBoxSet other;
        r = EvalInput::readPredictions(write(QStringLiteral("q.csv"),
                                             "image_name,x1,y1,x2,y2,confidence\n"
                                             "a.jpg,1,2,3,4,0.1\n"),
                                       other);
        QVERIFY(r.ok());
        QCOMPARE(other.boxes[QStringLiteral("a.jpg")][0].score, 0.1);
    }

    void errorsNameFileLineAndField()
    {
        EvalBoxSet set;
        const QString noScore = write(QStringLiteral("noscore.csv"), "image_name,x1,y1,x2,y2\n"
                                                                     "a.jpg,1,2,3,4\n");
        auto r = EvalInput::readPredictions(noScore, set);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->line, 1);
        QVERIFY2(r.error->message.contains(QStringLiteral("score or confidence")),
                 qPrintable(r.error->message));

        const QString bad = write(QStringLiteral("bad.csv"), "image_name,x1,y1,x2,y2\n"
                                                             "a.jpg,1,2,3,4\n"
                                                             "a.jpg,1,zz,3,4\n");
        r = EvalInput::readTruth(bad, set);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->toString(),
                 bad + QStringLiteral(":3:9: field 'y1': 'zz' is not a number"));

        const QString flipped = write(QStringLiteral("flip.csv"), "image_name,x1,y1,x2,y2\n"
                                                                  "a.jpg,5,2,3,4\n");
        r = EvalInput::readTruth(flipped, set);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->line, 2);
        QCOMPARE(r.error->column, 11);
        QVERIFY(r.error->message.startsWith(QStringLiteral("field 'x2'")));

        const QString shortRow = write(QStringLiteral("short.csv"), "image_name,x1,y1,x2,y2\n"
                                                                    "a.jpg,1,2,3\n");
        r = EvalInput::readTruth(shortRow, set);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->line, 2);

        // The SKU-110K readers keep their own located errors.
        r = EvalInput::readTruth(write(QStringLiteral("sku.csv"), "a.jpg,1,2,3,4,object,10\n"),
                                 set);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->line, 1);
        r = EvalInput::readTruth(write(QStringLiteral("empty.csv"), ""), set);
        QVERIFY(!r.ok());
        QVERIFY(r.error->message.contains(QStringLiteral("empty")));
    }

    void joinMatchesByPathThenFileName()
    {
        EvalBoxSet truth;
        truth.add(QStringLiteral("a.jpg"), {Box{0, 0, 1, 1}, 1, {}});
        truth.add(QStringLiteral("sub/b.jpg"), {Box{0, 0, 1, 1}, 1, {}});
        EvalBoxSet pred;
        pred.add(QStringLiteral("images/b.jpg"), {Box{0, 0, 2, 2}, 0.5, {}}); // by file name
        pred.add(QStringLiteral("a.jpg"), {Box{0, 0, 3, 3}, 0.5, {}});        // by path
        pred.add(QStringLiteral("x.jpg"), {Box{0, 0, 4, 4}, 0.5, {}});        // unknown
        QStringList unmatched;
        const QList<ImageEvalInput> images = EvalInput::join(truth, pred, &unmatched);
        QCOMPARE(images.size(), 3);
        QCOMPARE(images[0].image, QStringLiteral("a.jpg"));
        QCOMPARE(images[0].detections.value(0).box, (Box{0, 0, 3, 3}));
        QCOMPARE(images[1].image, QStringLiteral("sub/b.jpg"));
        QCOMPARE(images[1].detections.value(0).box, (Box{0, 0, 2, 2}));
        QCOMPARE(images[2].image, QStringLiteral("x.jpg"));
        QVERIFY(images[2].truths.isEmpty());
        QCOMPARE(unmatched, QStringList{QStringLiteral("x.jpg")});
    }

    void projectLayers()
    {
        const auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("p.shelf")));
        ImageRecord one;
        one.relativePath = QStringLiteral("one.jpg");
        ImageRecord two;
        two.relativePath = QStringLiteral("two.jpg");
        store->insertImage(one);
        store->insertImage(two);
        const auto ann = [](qint64 image, const QString& layer, ReviewState state, double conf,
                            double hard) {
            Annotation a;
            a.imageId = image;
            a.layer = layer;
            a.box = Box{1, 1, 10, 10};
            a.state = state;
            a.confidence = conf;
            a.hardScore = hard;
            return a;
        };
        QList<Annotation> boxes = {
            ann(one.id, layers::human, ReviewState::Accepted, -1, -1),
            ann(one.id, layers::human, ReviewState::Proposed, -1, -1), // not a truth
            ann(one.id, layers::nms, ReviewState::Proposed, 0.8, 0.9),
            ann(one.id, layers::nms, ReviewState::Rejected, 0.7, 0.9), // not a detection
            ann(one.id, layers::nms, ReviewState::Accepted, -1, 0.6),
        };
        store->insertAnnotations(boxes);
        const QList<ImageEvalInput> images =
            EvalInput::fromProject(*store, layers::human, layers::nms);
        QCOMPARE(images.size(), 2); // the image with no boxes counts
        QCOMPARE(images[0].image, QStringLiteral("one.jpg"));
        QCOMPARE(images[0].truths.size(), 1);
        QCOMPARE(images[0].detections.size(), 2);
        QCOMPARE(images[0].detections[0].score, 0.8);
        QCOMPARE(images[0].detections[1].score, 0.6);
        QCOMPARE(images[1].image, QStringLiteral("two.jpg"));
        QVERIFY(images[1].truths.isEmpty() && images[1].detections.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvalInput)
#include "test_eval_input.moc"
