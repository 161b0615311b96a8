#include "voc_writer.h"

#include "dataset_snapshot.h"
#include "dataset_split.h"
#include "export_context.h"
#include "image_copy.h"
#include "number_format.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamWriter>

namespace shelf {
namespace {

QString numberText(double value)
{
    QByteArray text;
    appendNumber(text, value);
    return QString::fromLatin1(text);
}

bool writeAnnotation(const DatasetImage& image, const QString& fileName,
                     ExportOptions::ClassBy classBy, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("annotation"));
    xml.writeTextElement(QStringLiteral("folder"), QStringLiteral("JPEGImages"));
    xml.writeTextElement(QStringLiteral("filename"), fileName);
    xml.writeStartElement(QStringLiteral("size"));
    xml.writeTextElement(QStringLiteral("width"), QString::number(image.record.width));
    xml.writeTextElement(QStringLiteral("height"), QString::number(image.record.height));
    xml.writeTextElement(QStringLiteral("depth"), QStringLiteral("3"));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("segmented"), QStringLiteral("0"));
    for (const Annotation& a : image.boxes) {
        xml.writeStartElement(QStringLiteral("object"));
        xml.writeTextElement(QStringLiteral("name"), DatasetSnapshot::classOf(a, classBy));
        xml.writeTextElement(QStringLiteral("pose"), QStringLiteral("Unspecified"));
        xml.writeTextElement(QStringLiteral("truncated"), QStringLiteral("0"));
        xml.writeTextElement(QStringLiteral("difficult"), QStringLiteral("0"));
        xml.writeStartElement(QStringLiteral("bndbox"));
        xml.writeTextElement(QStringLiteral("xmin"), numberText(a.box.x1));
        xml.writeTextElement(QStringLiteral("ymin"), numberText(a.box.y1));
        xml.writeTextElement(QStringLiteral("xmax"), numberText(a.box.x2));
        xml.writeTextElement(QStringLiteral("ymax"), numberText(a.box.y2));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return !xml.hasError() && file.flush();
}

} // namespace

QString VocWriter::write(const DatasetSnapshot& snapshot, const QList<QList<int>>& imagesPerSet,
                         const ExportOptions& options, const QString& folder, ExportContext& ctx)
{
    const QDir root(folder);
    for (const char* sub : {"Annotations", "JPEGImages", "ImageSets/Main"}) {
        if (!root.mkpath(QLatin1String(sub)))
            return tr("%1: cannot create folders").arg(folder);
    }
    for (qsizetype s = 0; s < imagesPerSet.size(); ++s) {
        if (imagesPerSet[s].isEmpty())
            continue;
        QByteArray list;
        for (const int i : imagesPerSet[s]) {
            if (ctx.cancelled())
                return {};
            const DatasetImage& image = snapshot.images[i];
            const QString stem = snapshot.names->stem(image.record.id);
            const QString fileName = snapshot.names->flatFileName(image.record.id);
            const QString xml =
                root.filePath(QStringLiteral("Annotations/") + stem + QStringLiteral(".xml"));
            if (!writeAnnotation(image, fileName, options.classBy, xml))
                return tr("%1: cannot write").arg(xml);
            if (options.copyImages) {
                const QString error =
                    ImageCopy::copy(image, root.filePath(QStringLiteral("JPEGImages/") + fileName));
                if (!error.isEmpty())
                    return error;
            }
            list += stem.toUtf8() + '\n';
            ctx.step();
        }
        const QString listPath =
            root.filePath(QStringLiteral("ImageSets/Main/") +
                          DatasetSplit::setName(DatasetSplit::Set(s)) + QStringLiteral(".txt"));
        QFile file(listPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(list) != list.size())
            return tr("%1: cannot write").arg(listPath);
    }
    return {};
}

} // namespace shelf
