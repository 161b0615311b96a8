// The worker-thread service seen from the UI thread with QSignalSpy: a model loads, jobs run in
// order with progress per image, results arrive as values with their job id, cancel stops a job
// between images, results of a cancelled job are dropped, errors come as signals, and the
// service shuts down while busy.
#include "inference_service.h"
#include "test_images.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;
using namespace shelf::testing;

namespace {

ModelOptions quick()
{
    ModelOptions o;
    o.device = DeviceRequest::Cpu;
    o.threads = 1;
    return o;
}

} // namespace

class TestInferenceService : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_image;
    QString m_corrupt;

    QList<InferenceImage> images(int n) const
    {
        QList<InferenceImage> list;
        for (int i = 0; i < n; ++i)
            list << InferenceImage{100 + i, m_image};
        return list;
    }

    static bool loadNative(InferenceService& service)
    {
        QSignalSpy loaded(&service, &InferenceService::modelLoaded);
        service.loadModel(modelPath(QStringLiteral("native.pt")), quick());
        return loaded.wait(10000) && service.hasModel();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_image = writeProductImage(m_dir.filePath(QStringLiteral("shelf.png")), {400, 240},
                                    QRect(10, 10, 20, 20));
        m_corrupt = writeCorruptImage(m_dir.filePath(QStringLiteral("bad.jpg")));
    }

    void runsAJobWithProgress()
    {
        InferenceService service;
        QVERIFY(loadNative(service));
        QCOMPARE(service.modelInfo().format, ModelFormat::Native);
        QVERIFY(service.modelInfo().device.startsWith(QLatin1String("CPU")));

        QSignalSpy progress(&service, &InferenceService::progress);
        QSignalSpy ready(&service, &InferenceService::imageReady);
        QSignalSpy finished(&service, &InferenceService::jobFinished);
        const quint64 job = service.submit(images(3));
        QVERIFY(job != 0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished[0][0].toULongLong(), job);
        QCOMPARE(finished[0][1].toBool(), false);
        QCOMPARE(progress.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(progress[i][0].toULongLong(), job);
            QCOMPARE(progress[i][1].toInt(), i + 1);
            QCOMPARE(progress[i][2].toInt(), 3);
        }
        QCOMPARE(ready.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(ready[i][1].toLongLong(), qint64(100 + i));
            const auto p = ready[i][2].value<ImagePrediction>();
            QVERIFY(p.ok());
            QCOMPARE(p.raw.size(), std::size_t(3));
            QCOMPARE(p.raw[0].box, (Box{25, 50, 125, 150}));
        }
        QCOMPARE(service.pendingJobs(), 0);
    }

    void jobsRunInOrder()
    {
        InferenceService service;
        QVERIFY(loadNative(service));
        QSignalSpy ready(&service, &InferenceService::imageReady);
        QSignalSpy finished(&service, &InferenceService::jobFinished);
        const quint64 first = service.submit(images(2));
        const quint64 second = service.submit(images(2));
        QVERIFY(QTest::qWaitFor([&] { return finished.size() == 2; }, 10000));
        QCOMPARE(ready.size(), 4);
        QCOMPARE(ready[0][0].toULongLong(), first);
        QCOMPARE(ready[1][0].toULongLong(), first);
        QCOMPARE(ready[2][0].toULongLong(), second);
        QCOMPARE(finished[1][0].toULongLong(), second);
    }

    void errorsAreSignals()
    {
        InferenceService service;
        QSignalSpy jobFailed(&service, &InferenceService::jobFailed);
        QSignalSpy finished(&service, &InferenceService::jobFinished);
        // No model yet.
        const quint64 early = service.submit(images(1));
        QVERIFY(finished.wait(10000));
        QCOMPARE(jobFailed.size(), 1);
        QCOMPARE(jobFailed[0][0].toULongLong(), early);
        QVERIFY(jobFailed[0][1].toString().contains(QLatin1String("No detector model")));

        QSignalSpy loadFailed(&service, &InferenceService::modelLoadFailed);
        service.loadModel(modelPath(QStringLiteral("random.pt")), quick());
        QVERIFY(loadFailed.wait(10000));
        QVERIFY(loadFailed[0][0].toString().contains(QLatin1String("not a TorchScript model")));
        QVERIFY(!service.hasModel());

        QVERIFY(loadNative(service));
        QSignalSpy imageFailed(&service, &InferenceService::imageFailed);
        QSignalSpy progress(&service, &InferenceService::progress);
        QSignalSpy ready(&service, &InferenceService::imageReady);
        const quint64 job = service.submit({{7, m_corrupt}, {8, m_image}});
        QVERIFY(QTest::qWaitFor([&] { return finished.size() == 2; }, 10000));
        QCOMPARE(imageFailed.size(), 1);
        QCOMPARE(imageFailed[0][0].toULongLong(), job);
        QCOMPARE(imageFailed[0][1].toLongLong(), qint64(7));
        QVERIFY(imageFailed[0][2].toString().contains(m_corrupt));
        QCOMPARE(ready.size(), 1); // the good image still runs
        QCOMPARE(progress.size(), 2);
        QCOMPARE(finished[1][1].toBool(), false);
    }

    void cancelStopsBetweenImages()
    {
        InferenceService service;
        QVERIFY(loadNative(service));
        QSignalSpy ready(&service, &InferenceService::imageReady);
        QSignalSpy finished(&service, &InferenceService::jobFinished);
        const quint64 job = service.submit(images(200));
        QVERIFY(ready.wait(10000));
        service.cancel(job);
        const qsizetype seen = ready.size();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished[0][0].toULongLong(), job);
        QCOMPARE(finished[0][1].toBool(), true);
        QCOMPARE(ready.size(), seen); // nothing after cancel reached us
        QVERIFY(service.imagesProcessed() < 200);
    }

    void staleResultsAreDropped()
    {
        InferenceService service;
        QVERIFY(loadNative(service));
        QSignalSpy ready(&service, &InferenceService::imageReady);
        QSignalSpy progress(&service, &InferenceService::progress);
        QSignalSpy finished(&service, &InferenceService::jobFinished);
        const int before = service.imagesProcessed();
        const quint64 job = service.submit(images(1));
        // Without running this thread's event loop, let the worker finish the image: its result
        // is then queued here, already stale once the job is cancelled.
        for (int i = 0; i < 1000 && service.imagesProcessed() == before; ++i)
            QTest::qSleep(10);
        QCOMPARE(service.imagesProcessed(), before + 1);
        service.cancel(job);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished[0][1].toBool(), true);
        QCOMPARE(ready.size(), 0);
        QCOMPARE(progress.size(), 0);
    }

    void shutsDownWhileBusy()
    {
        auto service = std::make_unique<InferenceService>();
        QVERIFY(loadNative(*service));
        QSignalSpy ready(service.get(), &InferenceService::imageReady);
        service->submit(images(500));
        QVERIFY(ready.wait(10000));
        QElapsedTimer timer;
        timer.start();
        service.reset(); // cancels, interrupts, quits, joins
        QVERIFY(timer.elapsed() < 5000);
    }

    void submitAfterShutdownFails()
    {
        InferenceService service;
        service.shutdown();
        QSignalSpy jobFailed(&service, &InferenceService::jobFailed);
        QSignalSpy finished(&service, &InferenceService::jobFinished);
        service.submit(images(1));
        QCOMPARE(jobFailed.size(), 1);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInferenceService)
#include "test_inference_service.moc"
