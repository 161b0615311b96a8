#include "yolo_writer.h"

#include "dataset_snapshot.h"
#include "dataset_split.h"
#include "export_context.h"
#include "image_copy.h"

#include <QDir>
#include <QFile>

namespace shelf {
namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
}

void appendFixed(QByteArray& out, double value)
{
    out.append(QByteArray::number(value, 'f', 10));
}

} // namespace

QString YoloWriter::yamlQuoted(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString YoloWriter::write(const DatasetSnapshot& snapshot, const QList<QList<int>>& imagesPerSet,
                          const QMap<QString, int>& categoryIds, const ExportOptions& options,
                          const QString& folder, ExportContext& ctx)
{
    const QDir root(folder);
    QStringList setNames;
    for (qsizetype s = 0; s < imagesPerSet.size(); ++s) {
        if (imagesPerSet[s].isEmpty())
            continue;
        const QString set = DatasetSplit::setName(DatasetSplit::Set(s));
        setNames << set;
        const QString labels = root.filePath(QStringLiteral("labels/") + set);
        const QString images = root.filePath(QStringLiteral("images/") + set);
        if (!root.mkpath(labels) || !root.mkpath(images))
            return tr("%1: cannot create folders").arg(folder);
        for (const int i : imagesPerSet[s]) {
            if (ctx.cancelled())
                return {};
            const DatasetImage& image = snapshot.images[i];
            const double w = image.record.width, h = image.record.height;
            QByteArray text;
            for (const Annotation& a : image.boxes) {
                text.append(QByteArray::number(
                    categoryIds.value(DatasetSnapshot::classOf(a, options.classBy)) - 1));
                text.append(' ');
                appendFixed(text, (a.box.x1 + a.box.x2) / 2 / w);
                text.append(' ');
                appendFixed(text, (a.box.y1 + a.box.y2) / 2 / h);
                text.append(' ');
                appendFixed(text, a.box.width() / w);
                text.append(' ');
                appendFixed(text, a.box.height() / h);
                text.append('\n');
            }
            const QString label = labels + QLatin1Char('/') +
                                  snapshot.names->stem(image.record.id) + QStringLiteral(".txt");
            if (!writeFile(label, text))
                return tr("%1: cannot write").arg(label);
            if (options.copyImages) {
                const QString error =
                    ImageCopy::copy(image, images + QLatin1Char('/') +
                                               snapshot.names->flatFileName(image.record.id));
                if (!error.isEmpty())
                    return error;
            }
            ctx.step();
        }
    }
    QByteArray yaml = "# YOLO dataset written by ShelfLabel\npath: .\n";
    if (setNames.contains(QStringLiteral("train")))
        yaml += "train: images/train\n";
    // Ultralytics requires a validation set: the test images, or train when there is none.
    yaml += setNames.contains(QStringLiteral("test")) ? "val: images/test\ntest: images/test\n"
                                                      : "val: images/train\n";
    yaml += "nc: " + QByteArray::number(categoryIds.size()) + "\nnames:\n";
    QByteArray classes;
    for (auto it = categoryIds.cbegin(); it != categoryIds.cend(); ++it) {
        yaml +=
            "  " + QByteArray::number(it.value() - 1) + ": " + yamlQuoted(it.key()).toUtf8() + '\n';
        classes += it.key().toUtf8() + '\n';
    }
    if (!writeFile(root.filePath(QStringLiteral("data.yaml")), yaml) ||
        !writeFile(root.filePath(QStringLiteral("classes.txt")), classes))
        return tr("%1: cannot write data.yaml").arg(folder);
    return {};
}

} // namespace shelf
