#include "eval_report.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <array>
#include <functional>

namespace shelf {

namespace {

QJsonValue metric(double value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

bool isWide(char32_t c)
{
    // The wide ranges of Unicode's East Asian Width (UAX #11) that text here can hold.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString padRight(const QString& text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - EvalReport::displayWidth(text)), u' ');
}

QString padLeft(const QString& text, qsizetype width)
{
    return QString(std::max<qsizetype>(0, width - EvalReport::displayWidth(text)), u' ') + text;
}

QJsonObject source(const EvalReport::Column& c)
{
    QJsonObject o{{QStringLiteral("file"), c.file}};
    if (!c.layer.isEmpty())
        o.insert(QStringLiteral("layer"), c.layer);
    return o;
}

// The metrics in BootstrapComparison::Metric order: JSON key, and decimals for people.
struct BootstrapRow
{
    const char* key;
    int decimals;
};
constexpr std::array<BootstrapRow, BootstrapComparison::kMetrics> bootstrapRows = {
    {{"ap", 5}, {"ap50", 5}, {"ap75", 5}, {"ar300", 5}, {"mae", 2}, {"rmse", 2}}};

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 1) + QLatin1Char('%');
}

} // namespace

QString EvalReport::number(double value)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', 3);
}

qsizetype EvalReport::displayWidth(const QString& text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString EvalReport::table(const QList<Column>& columns, int maxDetections)
{
    using Getter = std::function<QString(const DatasetMetrics&)>;
    const QList<QPair<QString, Getter>> rows = {
        {tr("AP"), [](const DatasetMetrics& m) { return number(m.ap); }},
        {tr("AP.50"), [](const DatasetMetrics& m) { return number(m.ap50); }},
        {tr("AP.75"), [](const DatasetMetrics& m) { return number(m.ap75); }},
        {tr("AR%1").arg(maxDetections), [](const DatasetMetrics& m) { return number(m.ar300); }},
        {tr("MAE"), [](const DatasetMetrics& m) { return QString::number(m.mae, 'f', 2); }},
        {tr("RMSE"), [](const DatasetMetrics& m) { return QString::number(m.rmse, 'f', 2); }},
        {tr("images"), [](const DatasetMetrics& m) { return QString::number(m.images.size()); }},
        {tr("truths"), [](const DatasetMetrics& m) { return QString::number(m.truths); }},
        {tr("detections"), [](const DatasetMetrics& m) { return QString::number(m.detections); }},
    };
    qsizetype labelWidth = 0;
    for (const auto& row : rows)
        labelWidth = std::max(labelWidth, displayWidth(row.first));
    QList<qsizetype> widths;
    for (const Column& c : columns) {
        qsizetype w = displayWidth(c.name);
        for (const auto& row : rows)
            w = std::max(w, displayWidth(row.second(c.metrics)));
        widths << w;
    }
    QString text = padRight({}, labelWidth);
    for (qsizetype i = 0; i < columns.size(); ++i)
        text += QStringLiteral("  ") + padLeft(columns[i].name, widths[i]);
    text += QLatin1Char('\n');
    for (const auto& row : rows) {
        text += padRight(row.first, labelWidth);
        for (qsizetype i = 0; i < columns.size(); ++i)
            text += QStringLiteral("  ") + padLeft(row.second(columns[i].metrics), widths[i]);
        text += QLatin1Char('\n');
    }
    return text;
}

QJsonObject EvalReport::json(const QList<Column>& columns, const EvalOptions& options)
{
    QJsonArray predictions;
    for (const Column& c : columns) {
        const DatasetMetrics& m = c.metrics;
        QJsonArray images;
        for (const ImageMetrics& im : m.images) {
            images.append(QJsonObject{{QStringLiteral("image"), im.image},
                                      {QStringLiteral("ap"), metric(im.ap)},
                                      {QStringLiteral("ap50"), metric(im.ap50)},
                                      {QStringLiteral("ap75"), metric(im.ap75)},
                                      {QStringLiteral("ar300"), metric(im.ar300)},
                                      {QStringLiteral("truths"), im.truths},
                                      {QStringLiteral("detections"), im.detections},
                                      {QStringLiteral("counted"), im.counted},
                                      {QStringLiteral("count_error"), im.countError}});
        }
        QJsonArray classes;
        for (const ClassMetrics& cm : m.classes) {
            classes.append(QJsonObject{{QStringLiteral("class"), cm.className},
                                       {QStringLiteral("ap"), metric(cm.ap)},
                                       {QStringLiteral("ap50"), metric(cm.ap50)},
                                       {QStringLiteral("ap75"), metric(cm.ap75)},
                                       {QStringLiteral("ar300"), metric(cm.ar300)},
                                       {QStringLiteral("truths"), cm.truths},
                                       {QStringLiteral("detections"), cm.detections}});
        }
        QJsonObject o{{QStringLiteral("file"), c.file},
                      {QStringLiteral("ap"), metric(m.ap)},
                      {QStringLiteral("ap50"), metric(m.ap50)},
                      {QStringLiteral("ap75"), metric(m.ap75)},
                      {QStringLiteral("ar300"), metric(m.ar300)},
                      {QStringLiteral("mae"), m.mae},
                      {QStringLiteral("rmse"), m.rmse},
                      {QStringLiteral("truths"), m.truths},
                      {QStringLiteral("detections"), m.detections},
                      {QStringLiteral("classes"), classes},
                      {QStringLiteral("images"), images}};
        if (!c.layer.isEmpty())
            o.insert(QStringLiteral("layer"), c.layer);
        predictions.append(o);
    }
    return QJsonObject{{QStringLiteral("max_detections"), options.maxDetections},
                       {QStringLiteral("count_threshold"), options.countThreshold},
                       {QStringLiteral("predictions"), predictions}};
}

QString EvalReport::bootstrapTable(const BootstrapComparison::Result& result,
                                   const QList<Column>& columns, int maxDetections)
{
    const QStringList labels = {tr("AP"),  tr("AP.50"), tr("AP.75"), tr("AR%1").arg(maxDetections),
                                tr("MAE"), tr("RMSE")};
    const QStringList headings = {QString(), tr("difference"), tr("95% interval"), tr("better in"),
                                  tr("tied in")};
    QString text;
    for (qsizetype s = 0; s < result.sets.size() && s + 1 < columns.size(); ++s) {
        if (s > 0)
            text += QLatin1Char('\n');
        text +=
            tr("%1 against %2: %n resample(s) of %3 images (seed %4)", nullptr, result.resamples)
                .arg(columns[s + 1].name, columns[0].name)
                .arg(result.images)
                .arg(result.seed) +
            QLatin1Char('\n');
        QList<QStringList> rows = {headings};
        for (int m = 0; m < BootstrapComparison::kMetrics; ++m) {
            const BootstrapComparison::Difference& d = result.sets[s][std::size_t(m)];
            const int decimals = bootstrapRows[std::size_t(m)].decimals;
            const auto signedNumber = [decimals](double v) {
                return (v > 0 ? QStringLiteral("+") : QString()) +
                       QString::number(v, 'f', decimals);
            };
            if (!d.defined) {
                rows.append({labels[m], QStringLiteral("-"), QStringLiteral("-"),
                             QStringLiteral("-"), QStringLiteral("-")});
                continue;
            }
            rows.append({labels[m], signedNumber(d.observed),
                         QStringLiteral("[%1, %2]").arg(signedNumber(d.low), signedNumber(d.high)),
                         percent(d.better), percent(d.tied)});
        }
        QList<qsizetype> widths(headings.size(), 0);
        for (const QStringList& row : rows) {
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths[c], displayWidth(row[c]));
        }
        for (const QStringList& row : rows) {
            QString line = padRight(row[0], widths[0]);
            for (qsizetype c = 1; c < row.size(); ++c)
                line += QStringLiteral("  ") + padLeft(row[c], widths[c]);
            text += line + QLatin1Char('\n');
        }
    }
    return text;
}

QJsonObject EvalReport::bootstrapJson(const BootstrapComparison::Result& result,
                                      const QList<Column>& columns)
{
    QJsonArray comparisons;
    for (qsizetype s = 0; s < result.sets.size() && s + 1 < columns.size(); ++s) {
        QJsonObject o = source(columns[s + 1]);
        for (int m = 0; m < BootstrapComparison::kMetrics; ++m) {
            const BootstrapComparison::Difference& d = result.sets[s][std::size_t(m)];
            const QLatin1String key(bootstrapRows[std::size_t(m)].key);
            if (!d.defined) {
                o.insert(key, QJsonValue(QJsonValue::Null));
                continue;
            }
            o.insert(key, QJsonObject{{QStringLiteral("difference"), d.observed},
                                      {QStringLiteral("low"), d.low},
                                      {QStringLiteral("high"), d.high},
                                      {QStringLiteral("better"), d.better},
                                      {QStringLiteral("tied"), d.tied}});
        }
        comparisons.append(o);
    }
    return QJsonObject{
        {QStringLiteral("resamples"), result.resamples},
        {QStringLiteral("seed"), double(result.seed)},
        {QStringLiteral("images"), result.images},
        {QStringLiteral("baseline"), columns.isEmpty() ? QJsonObject() : source(columns[0])},
        {QStringLiteral("comparisons"), comparisons}};
}

} // namespace shelf
