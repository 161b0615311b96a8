// Benchmark, not a test: prints figures and never fails on them. Pre-annotates a 3024 x 4032
// JPEG end to end (decode, pre-process, forward, merge) with a model file and prints the median
// time of each stage and its share, and the first image after loading. Without a model (no
// argument and no bundled default model) it says so and exits 0.
//
//   inference_bench [MODEL.pt] [--image JPEG] [--repeat N] [--threads N] [--device cpu|cuda|auto]
//                   [--merge em|em-reference|nms|all] [--tile]

#include "detector_model.h"
#include "predictor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace shelf;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("model"), QStringLiteral("TorchScript model"));
    const QCommandLineOption imageOption(
        QStringLiteral("image"), QStringLiteral("JPEG to run"), QStringLiteral("file"),
        QStringLiteral(SHELF_SOURCE_DIR "/resources/samples/synth_900002.jpg"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("runs"),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("LibTorch threads (0 = all cores)"),
                                           QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption deviceOption(QStringLiteral("device"), QStringLiteral("cpu|cuda|auto"),
                                          QStringLiteral("name"), QStringLiteral("auto"));
    const QCommandLineOption mergeOption(QStringLiteral("merge"),
                                         QStringLiteral("em|em-reference|nms|all"),
                                         QStringLiteral("name"), QStringLiteral("em"));
    const QCommandLineOption tileOption(QStringLiteral("tile"), QStringLiteral("force tiles"));
    parser.addOptions(
        {imageOption, repeatOption, threadsOption, deviceOption, mergeOption, tileOption});
    parser.addHelpOption();
    parser.process(app);

    QString model = parser.positionalArguments().value(0);
    if (model.isEmpty())
        model = QStringLiteral(SHELF_SOURCE_DIR "/resources/models/shelflabel-default.pt");
    if (!QFileInfo::exists(model)) {
        std::printf("inference_bench: no trained model (%s); pass a model file. Skipped.\n",
                    qPrintable(model));
        return 0;
    }
    ModelOptions modelOptions;
    modelOptions.threads = parser.value(threadsOption).toInt();
    modelOptions.device =
        deviceRequestFromName(parser.value(deviceOption)).value_or(DeviceRequest::Auto);
    QElapsedTimer loadTimer;
    loadTimer.start();
    DetectorModel::LoadResult loaded = DetectorModel::load(model, modelOptions);
    if (!loaded.model) {
        std::printf("inference_bench: %s\n", qPrintable(loaded.error));
        return 1;
    }
    const double loadMs = double(loadTimer.nsecsElapsed()) / 1e6;
    const ModelInfo& info = loaded.model->info();
    std::printf("model  %s (%s, %lld classes) on %s; load + warm-up %.0f ms\n", qPrintable(model),
                qPrintable(modelFormatKey(info.format)),
                static_cast<long long>(info.classes.size()), qPrintable(info.device), loadMs);
    for (const QString& note : info.notes)
        std::printf("note   %s\n", qPrintable(note));

    PredictOptions options;
    options.merge = MergeChoice::fromName(parser.value(mergeOption)).value_or(MergeChoice{});
    if (parser.isSet(tileOption))
        options.tiling = TileMode::Always;
    const QString image = parser.value(imageOption);
    Predictor predictor(*loaded.model);
    std::vector<double> decode, preprocess, forward, merge, other, total;
    ImagePrediction last;
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        last = predictor.predict(image, options);
        total.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!last.ok()) {
            std::printf("inference_bench: %s\n", qPrintable(last.error));
            return 1;
        }
        decode.push_back(last.timings.decodeMs);
        preprocess.push_back(last.timings.preprocessMs);
        forward.push_back(last.timings.forwardMs);
        merge.push_back(last.timings.mergeMs);
        // Per run: a median of the total minus the stages' medians can come out negative.
        other.push_back(total.back() - decode.back() - preprocess.back() - forward.back() -
                        merge.back());
    }
    const double t = median(total);
    // What a user waits for on the first photo of a session: load, warm-up and one image.
    std::printf("first  image %.0f ms after load; load + warm-up + first image %.0f ms\n",
                total.front(), loadMs + total.front());
    std::printf("image  %s, %d x %d, %d tile(s); %zu raw, %zu nms, %zu em boxes\n",
                qPrintable(image), last.size.width(), last.size.height(), last.tiles,
                last.raw.size(), last.nms ? last.nms->boxes.size() : 0,
                last.em ? last.em->boxes.size() : 0);
    std::printf("median of %d runs, end to end %.0f ms\n", repeat, t);
    const auto row = [t](const char* name, const std::vector<double>& v) {
        std::printf("  %-11s %8.1f ms  %5.1f %%\n", name, median(v), 100.0 * median(v) / t);
    };
    row("decode", decode);
    row("preprocess", preprocess);
    row("forward", forward);
    row("merge", merge);
    row("other", other); // what the stage timers do not cover: result assembly, allocation
    std::printf("target: under 1500 ms end to end (issue #4); %s\n", t < 1500 ? "met" : "NOT met");
    return 0;
}
