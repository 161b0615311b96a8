#include "yolo_reader.h"

#include "number_format.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace shelf {
namespace {

QString unquote(QString s)
{
    s = s.trimmed();
    if (s.size() >= 2 && s.front() == QLatin1Char('\'') && s.back() == QLatin1Char('\'')) {
        s = s.mid(1, s.size() - 2);
        s.replace(QLatin1String("''"), QLatin1String("'"));
    } else if (s.size() >= 2 && s.front() == QLatin1Char('"') && s.back() == QLatin1Char('"')) {
        s = s.mid(1, s.size() - 2);
        s.replace(QLatin1String("\\\""), QLatin1String("\""));
        s.replace(QLatin1String("\\\\"), QLatin1String("\\"));
    } else if (const qsizetype hash = s.indexOf(QLatin1String(" #")); hash >= 0) {
        s = s.left(hash).trimmed();
    }
    return s;
}

bool readAll(const QString& path, QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    data = f.readAll();
    return true;
}

} // namespace

std::optional<QStringList> YoloReader::namesFromYaml(const QByteArray& yaml)
{
    const QStringList lines = QString::fromUtf8(yaml).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].startsWith(QLatin1String("names:")))
            continue;
        const QString rest = lines[i].mid(6).trimmed();
        QStringList names;
        if (rest.startsWith(QLatin1Char('['))) {
            const QString inner = rest.mid(1, rest.lastIndexOf(QLatin1Char(']')) - 1);
            for (const QString& item : inner.split(QLatin1Char(',')))
                if (!item.trimmed().isEmpty())
                    names << unquote(item);
            return names;
        }
        QList<std::pair<qint64, QString>> mapped;
        for (++i; i < lines.size(); ++i) {
            const QString line = lines[i];
            if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
                continue;
            if (!line.front().isSpace() && !line.startsWith(QLatin1Char('-')))
                break;
            const QString item = line.trimmed();
            if (item.startsWith(QLatin1Char('-'))) {
                names << unquote(item.mid(1));
            } else if (const qsizetype colon = item.indexOf(QLatin1Char(':')); colon > 0) {
                mapped.append(
                    {item.left(colon).trimmed().toLongLong(), unquote(item.mid(colon + 1))});
            }
        }
        std::sort(mapped.begin(), mapped.end());
        for (const auto& entry : mapped)
            names << entry.second;
        return names;
    }
    return std::nullopt;
}

YoloReader::Result YoloReader::read(const QString& folder)
{
    Result result;
    const QDir root(folder);
    QByteArray data;
    std::optional<QStringList> names;
    if (readAll(root.filePath(QStringLiteral("data.yaml")), data))
        names = namesFromYaml(data);
    if (!names && readAll(root.filePath(QStringLiteral("classes.txt")), data)) {
        names = QStringList();
        for (const QString& line : QString::fromUtf8(data).split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                names->append(line.trimmed());
    }
    if (!names || names->isEmpty()) {
        result.error = CsvDiagnostic{folder, 0, 0,
                                     tr("no class names: expected data.yaml with 'names' or "
                                        "classes.txt")};
        return result;
    }
    result.classNames = *names;

    const bool hasLabels = root.exists(QStringLiteral("labels"));
    QDirIterator it(hasLabels ? root.filePath(QStringLiteral("labels")) : folder,
                    {QStringLiteral("*.txt")}, QDir::Files,
                    hasLabels ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end());
    for (const QString& file : files) {
        const QString stem = QFileInfo(file).completeBaseName();
        if (!hasLabels && QStringList{QStringLiteral("classes"), QStringLiteral("train"),
                                      QStringLiteral("val"), QStringLiteral("test")}
                              .contains(stem))
            continue;
        if (!readAll(file, data)) {
            result.error = CsvDiagnostic{file, 0, 0, tr("cannot open")};
            return result;
        }
        result.labelFiles << file;
        const QList<QByteArray> lines = data.split('\n');
        for (qsizetype n = 0; n < lines.size(); ++n) {
            const QByteArray line = lines[n].trimmed();
            if (line.isEmpty())
                continue;
            // Fields and the 1-based columns where they start (label files are ASCII).
            QList<QByteArrayView> fields;
            QList<qint64> columns;
            const QByteArray& raw = lines[n];
            for (qsizetype c = 0; c < raw.size();) {
                while (c < raw.size() && std::isspace(uchar(raw[c])))
                    ++c;
                const qsizetype start = c;
                while (c < raw.size() && !std::isspace(uchar(raw[c])))
                    ++c;
                if (c > start) {
                    fields.append(QByteArrayView(raw.constData() + start, c - start));
                    columns.append(start + 1);
                }
            }
            auto fail = [&](qsizetype field, const QString& message) {
                result.error = CsvDiagnostic{file, n + 1,
                                             field < columns.size() ? columns[field] : 1, message};
                return result;
            };
            if (fields.size() != 5 && fields.size() != 6)
                return fail(0, tr("expected 5 fields (class cx cy w h) or 6 (and a confidence), "
                                  "found %1")
                                   .arg(fields.size()));
            Label label{file, stem, n + 1, 0, 0, 0, 0, 0, -1};
            qint64 classId = -1;
            if (parseInteger(fields[0], classId) != NumberError::None || classId < 0 ||
                classId >= result.classNames.size())
                return fail(0, tr("class: expected a whole number from 0 to %1")
                                   .arg(result.classNames.size() - 1));
            label.classId = int(classId);
            double* values[] = {&label.cx, &label.cy, &label.w, &label.h, &label.confidence};
            const char* fieldNames[] = {"cx", "cy", "w", "h", "confidence"};
            for (qsizetype k = 1; k < fields.size(); ++k) {
                if (parseNumber(fields[k], *values[k - 1]) != NumberError::None ||
                    !std::isfinite(*values[k - 1]) || std::abs(*values[k - 1]) > 1e9)
                    return fail(
                        k,
                        tr("%1: expected a finite number").arg(QLatin1String(fieldNames[k - 1])));
            }
            if (label.w <= 0)
                return fail(3, tr("w: must be greater than 0"));
            if (label.h <= 0)
                return fail(4, tr("h: must be greater than 0"));
            if (fields.size() == 6 && !(label.confidence >= 0 && label.confidence <= 1))
                return fail(5, tr("confidence: expected a number in [0, 1]"));
            result.labels.append(label);
        }
    }
    return result;
}

} // namespace shelf
