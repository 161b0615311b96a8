#include "coco_json_writer.h"

#include "dataset_snapshot.h"
#include "export_context.h"
#include "json_text.h"
#include "number_format.h"

#include <QFile>

namespace shelf {
namespace {

void key(QByteArray& out, const char* name)
{
    out.append('"').append(name).append("\":");
}

void textField(QByteArray& out, const char* name, const QString& value)
{
    out.append(',');
    key(out, name);
    appendJsonString(out, value);
}

void numberField(QByteArray& out, const char* name, double value)
{
    out.append(',');
    key(out, name);
    appendNumber(out, value);
}

} // namespace

QString CocoJsonWriter::write(const DatasetSnapshot& snapshot, const QList<int>& imageIndices,
                              const QMap<QString, int>& categoryIds, const ExportOptions& options,
                              const QString& file, ExportContext& ctx)
{
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return tr("%1: cannot write (%2)").arg(file, out.errorString());
    QByteArray json;
    json.reserve(1 << 20);
    auto flush = [&]() {
        if (out.write(json) != json.size())
            return false;
        json.resize(0);
        return true;
    };
    json.append("{\"info\":{\"description\":\"ShelfLabel export\",\"version\":\"1.0\"},"
                "\"licenses\":[],\n\"images\":[");
    bool first = true;
    for (const int i : imageIndices) {
        const ImageRecord& image = snapshot.images[i].record;
        json.append(first ? "\n{" : ",\n{");
        first = false;
        key(json, "id");
        appendNumber(json, qint64(i + 1));
        textField(json, "file_name", image.relativePath);
        numberField(json, "width", image.width);
        numberField(json, "height", image.height);
        textField(json, "shelf_type", image.shelfType);
        textField(json, "store_id", image.storeId);
        json.append('}');
    }
    json.append("],\n\"annotations\":[");
    first = true;
    qint64 annotationId = 0;
    for (const int i : imageIndices) {
        if (ctx.cancelled())
            return {};
        for (const Annotation& a : snapshot.images[i].boxes) {
            json.append(first ? "\n{" : ",\n{");
            first = false;
            key(json, "id");
            appendNumber(json, ++annotationId);
            numberField(json, "image_id", double(i + 1));
            numberField(json, "category_id",
                        categoryIds.value(DatasetSnapshot::classOf(a, options.classBy)));
            json.append(",\"bbox\":[");
            appendNumber(json, a.box.x1);
            json.append(',');
            appendNumber(json, a.box.y1);
            json.append(',');
            appendNumber(json, a.box.width());
            json.append(',');
            appendNumber(json, a.box.height());
            json.append(']');
            numberField(json, "area", a.box.width() * a.box.height());
            json.append(",\"iscrowd\":0,\"segmentation\":[]");
            textField(json, "sku_id", a.skuId);
            textField(json, "name", a.productName);
            textField(json, "brand", a.brand);
            textField(json, "type", productTypeKey(a.productType));
            textField(json, "shape", shapeKey(a.shape));
            textField(json, "size", a.size);
            textField(json, "flavor", a.flavor);
            textField(json, "state", reviewStateKey(a.state));
            textField(json, "origin",
                      a.origin == Origin::Human ? QStringLiteral("human")
                                                : QStringLiteral("model"));
            if (a.confidence >= 0)
                numberField(json, "confidence", a.confidence);
            json.append('}');
            if (json.size() > (4 << 20) && !flush())
                return tr("%1: cannot write (%2)").arg(file, out.errorString());
        }
        ctx.step();
    }
    json.append("],\n\"categories\":[");
    first = true;
    for (auto it = categoryIds.cbegin(); it != categoryIds.cend(); ++it) {
        json.append(first ? "\n{" : ",\n{");
        first = false;
        key(json, "id");
        appendNumber(json, qint64(it.value()));
        textField(json, "name", it.key());
        json.append(",\"supercategory\":\"product\"}");
    }
    json.append("]}\n");
    if (!flush() || !out.flush())
        return tr("%1: cannot write (%2)").arg(file, out.errorString());
    return {};
}

} // namespace shelf
