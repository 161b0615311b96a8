#include "merge_command.h"

#include "candidate_csv.h"
#include "merger.h"
#include "peak_memory.h"
#include "project_store.h"
#include "store_error.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace shelf::cli {

struct MergeSettings
{
    merge::MergeOptions options;
    bool stats = false;
};

namespace {

merge::Candidate toCandidate(const Annotation& a)
{
    return {a.box.x1, a.box.y1, a.box.x2, a.box.y2, a.confidence, a.hardScore};
}

} // namespace

QString MergeCommand::summary() const
{
    return tr("Merge overlapping detector candidates into one box per product (EM-Merger or NMS).");
}

void MergeCommand::describe(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("candidates"),
                      tr("CSV with header x1,y1,x2,y2,confidence,hard_score, one candidate a row."),
                      tr("FILE")});
    parser.addOption(
        {QStringLiteral("image-size"), tr("Image size in pixels, e.g. 3024x4032."), tr("WxH")});
    parser.addOption({QStringLiteral("method"),
                      tr("em (ShelfLabel's EM-Merger), em-reference (the SKU-110K authors' "
                         "EM-Merger, exactly), nms (IoU 0.5), iomin-nms or soft-nms. Default: em."),
                      tr("METHOD"), QStringLiteral("em")});
    parser.addOption({QStringLiteral("hard-score-rate"),
                      tr("When given, the confidence column holds the Soft-IoU score and is mixed "
                         "as R * hard_score + (1 - R) * soft_iou."),
                      tr("R")});
    parser.addOption({QStringLiteral("box-voting-iou"),
                      tr("Move each kept box to the weighted mean of the candidates whose IoU "
                         "with it is at least T; 0 = off. Default: %1 for em, off for the "
                         "others; em-reference never votes.")
                          .arg(merge::kDefaultBoxVotingIou),
                      tr("T")});
    parser.addOption({QStringLiteral("out"),
                      tr("Output CSV: x1,y1,x2,y2,confidence,hard_score,input_row (0-based row "
                         "of the kept candidate)."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("stats"),
                      tr("Print one JSON line on stdout: candidates, outputs, blobs, fallbacks, "
                         "merge_ms, peak_memory_mb.")});
    parser.addOption({QStringLiteral("project"),
                      tr("Merge a layer of every image of this project instead of a file."),
                      tr("PROJECT")});
    parser.addOption({QStringLiteral("from"), tr("With --project: the layer of candidates."),
                      tr("LAYER"), layers::raw});
    parser.addOption({QStringLiteral("to"),
                      tr("With --project: the layer to fill (replaced per image; never 'human')."),
                      tr("LAYER"), layers::em});
}

int MergeCommand::run(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("merge takes no positional arguments"));
    MergeSettings settings;
    const auto method = merge::methodFromName(parser.value(QStringLiteral("method")).toStdString());
    if (!method)
        return usage(tr("unknown --method '%1'").arg(parser.value(QStringLiteral("method"))));
    settings.options.method = *method;
    if (parser.isSet(QStringLiteral("hard-score-rate"))) {
        bool ok = false;
        const double rate = parser.value(QStringLiteral("hard-score-rate")).toDouble(&ok);
        if (!ok || rate < 0 || rate > 1)
            return usage(tr("--hard-score-rate must be a number from 0 to 1"));
        settings.options.hard_score_rate = rate;
    }
    if (parser.isSet(QStringLiteral("box-voting-iou"))) {
        bool ok = false;
        const double t = parser.value(QStringLiteral("box-voting-iou")).toDouble(&ok);
        if (!ok || t < 0 || t > 1)
            return usage(tr("--box-voting-iou must be a number from 0 to 1"));
        if (t > 0 && *method == merge::Method::EmReference)
            return usage(
                tr("--box-voting-iou: em-reference is the authors' output and never votes"));
        settings.options.box_voting_iou = t;
    }
    settings.stats = parser.isSet(QStringLiteral("stats"));
    if (parser.isSet(QStringLiteral("project")))
        return mergeProject(parser, settings);
    return mergeFile(parser, settings);
}

int MergeCommand::mergeFile(const QCommandLineParser& parser, const MergeSettings& settings)
{
    const QString input = parser.value(QStringLiteral("candidates"));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (input.isEmpty() || outPath.isEmpty())
        return usage(tr("--candidates FILE and --out FILE are required (or --project)"));
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{1,6})x(\\d{1,6})$"));
    const auto match = sizePattern.match(parser.value(QStringLiteral("image-size")));
    if (!match.hasMatch())
        return usage(tr("--image-size must look like 3024x4032"));
    const merge::ImageSize size{match.captured(1).toInt(), match.captured(2).toInt()};

    const merge::CandidateCsv csv = merge::readCandidatesCsv(input.toStdString());
    if (!csv.error.empty())
        return fail(QString::fromStdString(csv.error));
    QElapsedTimer timer;
    timer.start();
    const merge::MergeResult result = merge::merge(csv.candidates, size, settings.options);
    const double mergeMs = timer.nsecsElapsed() / 1e6;
    if (!result.ok())
        return fail(tr("%1: %2").arg(input, QString::fromStdString(result.error)));

    QSaveFile file(outPath);
    const std::string text = merge::formatMergedCsv(result);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) < 0 ||
        !file.commit())
        return fail(tr("%1: cannot write (%2)").arg(outPath, file.errorString()));
    if (settings.stats) {
        const merge::MergeTotals& t = result.totals;
        const QJsonObject stats{{QStringLiteral("candidates"), qint64(t.candidates)},
                                {QStringLiteral("outputs"), qint64(t.outputs)},
                                {QStringLiteral("blobs"), qint64(t.blobs)},
                                {QStringLiteral("fallbacks"), qint64(t.fallbacks)},
                                {QStringLiteral("merge_ms"), mergeMs},
                                {QStringLiteral("peak_memory_mb"), peakMemoryMiB()}};
        out() << QJsonDocument(stats).toJson(QJsonDocument::Compact) << '\n';
    }
    return Success;
}

int MergeCommand::mergeProject(const QCommandLineParser& parser, const MergeSettings& settings)
{
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (to == layers::human || to == from || to.isEmpty())
        return usage(tr("--to must name a layer other than 'human' and --from"));
    try {
        const auto store = ProjectStore::open(parser.value(QStringLiteral("project")));
        qint64 inputs = 0, outputs = 0, images = 0;
        double mergeMs = 0;
        for (const ImageRecord& image : store->images()) {
            const QList<Annotation> raw = store->annotations(image.id, from);
            if (raw.isEmpty())
                continue;
            std::vector<merge::Candidate> candidates;
            candidates.reserve(raw.size());
            for (const Annotation& a : raw)
                candidates.push_back(toCandidate(a));
            QElapsedTimer timer;
            timer.start();
            const merge::MergeResult result =
                merge::merge(candidates, {image.width, image.height}, settings.options);
            mergeMs += timer.nsecsElapsed() / 1e6;
            if (!result.ok())
                return fail(
                    tr("%1: %2").arg(image.relativePath, QString::fromStdString(result.error)));
            QList<Annotation> merged;
            for (const merge::KeptBox& kept : result.kept) {
                Annotation a = raw[qsizetype(kept.input_index)];
                a.id = 0;
                a.layer = to;
                a.state = ReviewState::Proposed;
                a.box = {kept.box.x1, kept.box.y1, kept.box.x2, kept.box.y2};
                a.confidence = kept.box.confidence;
                a.hardScore = kept.box.hard_score;
                merged << a;
            }
            ProjectStore::Transaction tx(*store);
            store->clearLayer(to, image.id);
            store->insertAnnotations(merged);
            tx.commit();
            inputs += raw.size();
            outputs += merged.size();
            ++images;
        }
        err() << tr("Merged %n image(s).", nullptr, int(images)) << ' '
              << tr("Candidates: %n.", nullptr, int(inputs)) << ' '
              << tr("Boxes in layer '%1': %n.", nullptr, int(outputs)).arg(to) << Qt::endl;
        if (settings.stats) {
            const QJsonObject stats{{QStringLiteral("images"), images},
                                    {QStringLiteral("candidates"), inputs},
                                    {QStringLiteral("outputs"), outputs},
                                    {QStringLiteral("merge_ms"), mergeMs},
                                    {QStringLiteral("peak_memory_mb"), peakMemoryMiB()}};
            out() << QJsonDocument(stats).toJson(QJsonDocument::Compact) << '\n';
        }
        return Success;
    } catch (const StoreError& e) {
        return fail(e.message());
    }
}

} // namespace shelf::cli
