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

} // namespace

QString EvalReport::number(double value)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', 3);
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
        labelWidth = std::max(labelWidth, row.first.size());
    QList<qsizetype> widths;
    for (const Column& c : columns) {
        qsizetype w = c.name.size();
        for (const auto& row : rows)
            w = std::max(w, row.second(c.metrics).size());
        widths << w;
    }
    QString text = QString().leftJustified(labelWidth);
    for (qsizetype i = 0; i < columns.size(); ++i)
        text += QStringLiteral("  ") + columns[i].name.rightJustified(widths[i]);
    text += QLatin1Char('\n');
    for (const auto& row : rows) {
        text += row.first.leftJustified(labelWidth);
        for (qsizetype i = 0; i < columns.size(); ++i)
            text += QStringLiteral("  ") + row.second(columns[i].metrics).rightJustified(widths[i]);
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
