#include "eval_report.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
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

} // namespace shelf
