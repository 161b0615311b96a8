// Benchmark: how long the UI thread stalls while the GUI pre-annotates. The sample shelves
// (resources/samples, copied to a temporary folder) are opened as a new project in a MainWindow
// under the offscreen platform, every image is pre-annotated with the bundled detector, and a
// 5 ms timer on the UI thread records the time between its ticks: a tick that comes late means
// the event loop was busy for that long. Prints the longest gap, the 99th percentile and the
// gaps over 50 ms (the workspace's target: none). Asserts nothing.
//
//   ui_stall_bench [RUNS]    (default 3 runs over all images; SHELF_MODEL picks another model)
#include "bundled_resources.h"
#include "main_window.h"
#include "pre_annotation_controller.h"
#include "project_document.h"
#include "project_opener.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace shelf;

namespace {

/// Ticks every 5 ms on the UI thread and keeps each interval between ticks, in milliseconds.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps.push_back((now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    std::vector<double> stop()
    {
        m_timer.stop();
        return m_gaps;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
};

struct Figures
{
    double max = 0, p99 = 0, median = 0;
    int over50 = 0;
};

Figures summarise(std::vector<double> gaps)
{
    Figures f;
    if (gaps.empty())
        return f;
    std::sort(gaps.begin(), gaps.end());
    f.max = gaps.back();
    f.p99 = gaps[std::min(gaps.size() - 1, gaps.size() * 99 / 100)];
    f.median = gaps[gaps.size() / 2];
    f.over50 = int(std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 50; }));
    return f;
}

void print(const char* what, const std::vector<double>& gaps, double seconds)
{
    const Figures f = summarise(gaps);
    std::printf("%-22s %6.2f s  %6zu ticks  gap max %7.1f ms  p99 %6.1f ms  median %5.1f ms  "
                "> 50 ms: %d\n",
                what, seconds, gaps.size(), f.max, f.p99, f.median, f.over50);
}

// Runs the event loop until `signal` of `sender` fires, or `timeoutMs` passes; false on timeout.
template <typename Sender, typename Signal>
bool waitFor(Sender* sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the user's settings stay as they are
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;

    const QString model = BundledResources::defaultModel();
    const QString samples = BundledResources::samplesFolder();
    if (model.isEmpty() || samples.isEmpty()) {
        std::printf("ui_stall_bench: no bundled model or samples (resources/); nothing to do\n");
        return 0;
    }
    QTemporaryDir dir;
    const QStringList images = QDir(samples).entryList({QStringLiteral("*.jpg")}, QDir::Files);
    for (const QString& name : images)
        QFile::copy(QDir(samples).filePath(name), dir.filePath(name));
    ProjectOpener::Opened opened = ProjectOpener::open(dir.path());
    if (!opened.document) {
        std::printf("ui_stall_bench: %s\n", qPrintable(opened.error));
        return 1;
    }

    MainWindow window;
    PreAnnotationController controller(&window);
    window.setDocument(std::move(opened.document));
    window.resize(1600, 1000);
    window.show();
    StallProbe probe;
    QElapsedTimer clock;

    // Loading (and warming up) the model happens on the worker thread too.
    probe.start();
    clock.start();
    controller.loadDefaultModel();
    if (!waitFor(&controller, &PreAnnotationController::detectorStatusChanged, 600000) ||
        controller.status().device.isEmpty()) {
        std::printf("ui_stall_bench: the model did not load: %s\n",
                    qPrintable(controller.status().error));
        return 1;
    }
    std::printf("UI event loop during pre-annotation, %s on %s, %lld images x %d runs\n",
                qPrintable(QDir(model).dirName()), qPrintable(controller.status().device),
                qlonglong(window.listedImages().size()), runs);
    print("model load", probe.stop(), clock.nsecsElapsed() / 1e9);

    std::vector<double> all;
    double allSeconds = 0;
    for (int run = 1; run <= runs; ++run) {
        probe.start();
        clock.restart();
        controller.start(window.listedImages());
        if (!waitFor(&controller, &PreAnnotationController::runFinished, 600000)) {
            std::printf("ui_stall_bench: run %d did not finish in 10 minutes\n", run);
            return 1;
        }
        const std::vector<double> gaps = probe.stop();
        const double seconds = clock.nsecsElapsed() / 1e9;
        allSeconds += seconds;
        const QByteArray label = QByteArray("run ") + QByteArray::number(run);
        print(label.constData(), gaps, seconds);
        all.insert(all.end(), gaps.begin(), gaps.end());
    }
    print("all runs", all, allSeconds);
    int boxes = 0;
    for (const ImageRecord& image : window.document()->images())
        boxes += int(window.document()->annotations(image.id, layers::human).size());
    std::printf("proposals in the human layer after the last run: %d\n", boxes);
    return 0;
}
