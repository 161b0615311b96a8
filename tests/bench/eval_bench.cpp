// Benchmark, not a test: prints figures and never fails on them. Evaluates synthetic shelves the
// size of the target (3000 images, 150 truths and 300 detections each; --images N to
// change) with DetectionEvaluator and prints the wall time of each run.
//
//   eval_bench [--images N] [--repeat N]

#include "detection_evaluator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

using namespace shelf;

namespace {

// A shelf of 10 rows x 15 products; detections: each product found with jitter, plus a second,
// looser box on every product (duplicates and near misses, as an unmerged detector gives).
ImageEvalInput makeShelf(int index, QRandomGenerator& rng)
{
    ImageEvalInput image;
    image.image = QStringLiteral("test_%1.jpg").arg(index);
    for (int row = 0; row < 10; ++row) {
        for (int col = 0; col < 15; ++col) {
            const double x = col * 200 + rng.bounded(20.0);
            const double y = row * 300 + rng.bounded(20.0);
            const Box b{x, y, x + 150 + rng.bounded(40.0), y + 250 + rng.bounded(40.0)};
            image.truths.append({b, 1.0, {}});
            for (int k = 0; k < 2; ++k) {
                const double s = k == 0 ? 12 : 60;
                const double dx = rng.bounded(s) - s / 2, dy = rng.bounded(s) - s / 2;
                const Box d{b.x1 + dx, b.y1 + dy, b.x2 + dx + rng.bounded(s) - s / 2,
                            b.y2 + dy + rng.bounded(s) - s / 2};
                image.detections.append({d, rng.generateDouble(), {}});
            }
        }
    }
    return image;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    int images = 3000;
    int repeat = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--images"))
            images = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--repeat"))
            repeat = args[i + 1].toInt();
    }

    QRandomGenerator rng(7);
    QList<ImageEvalInput> input;
    for (int i = 0; i < images; ++i)
        input.append(makeShelf(i, rng));

    std::printf("eval_bench: %d images, 150 truths and 300 detections each, %u hardware threads\n",
                images, std::thread::hardware_concurrency());
    std::vector<double> seconds;
    DatasetMetrics m;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        m = DetectionEvaluator::evaluate(input);
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    const auto [best, worst] = std::minmax_element(seconds.begin(), seconds.end());
    std::printf("%-44s best %6.3f s  worst %6.3f s  (target < 2 s)\n",
                "DetectionEvaluator::evaluate", *best, *worst);
    std::printf("  AP %.3f  AP.50 %.3f  AP.75 %.3f  AR300 %.3f  MAE %.1f  RMSE %.1f\n", m.ap,
                m.ap50, m.ap75, m.ar300, m.mae, m.rmse);
    return 0;
}
