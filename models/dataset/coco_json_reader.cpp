#include "coco_json_reader.h"

#include "sku110k_csv.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace shelf {
namespace {

using Position = std::pair<qint64, qint64>; // line, column (1-based)

// Line and column of the elements of the top-level arrays, found by one pass over the bytes
// (QJsonDocument keeps no positions). Columns count code points, as CsvDiagnostic wants.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray& data)
    {
        qint64 line = 1, column = 0;
        int depth = 0;
        bool inString = false, escape = false;
        qsizetype stringStart = 0;
        QString lastString, arrayKey;
        for (qsizetype i = 0; i < data.size(); ++i) {
            const char c = data[i];
            if ((uchar(c) & 0xC0) != 0x80)
                ++column;
            if (inString) {
                if (escape)
                    escape = false;
                else if (c == '\\')
                    escape = true;
                else if (c == '"') {
                    inString = false;
                    if (depth == 1)
                        lastString = QString::fromUtf8(data.mid(stringStart, i - stringStart));
                }
                continue;
            }
            switch (c) {
            case '\n':
                ++line;
                column = 0;
                break;
            case '"':
                inString = true;
                stringStart = i + 1;
                break;
            case '{':
            case '[':
                if (depth == 2 && c == '{' && !arrayKey.isEmpty())
                    m_elements[arrayKey].append({line, column});
                if (depth == 1 && c == '[')
                    arrayKey = lastString;
                ++depth;
                break;
            case '}':
            case ']':
                if (--depth == 1)
                    arrayKey.clear();
                break;
            default:
                break;
            }
        }
    }
    Position of(const QString& array, qsizetype index) const
    {
        return m_elements.value(array).value(index, Position{0, 0});
    }
    static Position atOffset(const QByteArray& data, qsizetype offset)
    {
        qint64 line = 1, column = 1;
        for (qsizetype i = 0; i < std::min(offset, data.size()); ++i) {
            if (data[i] == '\n') {
                ++line;
                column = 1;
            } else if ((uchar(data[i]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        return {line, column};
    }

private:
    QHash<QString, QList<Position>> m_elements;
};

bool wholeNumber(const QJsonValue& v, qint64& out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9e15)
        return false;
    out = qint64(d);
    return true;
}

} // namespace

CocoJsonReader::Result CocoJsonReader::read(const QString& file)
{
    Result result;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        result.error = CsvDiagnostic{file, 0, 0, tr("cannot open (%1)").arg(f.errorString())};
        return result;
    }
    const QByteArray data = f.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = JsonLocator::atOffset(data, parseError.offset);
        result.error = CsvDiagnostic{file, line, column,
                                     tr("not valid JSON (%1)").arg(parseError.errorString())};
        return result;
    }
    if (!doc.isObject()) {
        result.error = CsvDiagnostic{file, 1, 1, tr("not a COCO file: expected a JSON object")};
        return result;
    }
    const JsonLocator locator(data);
    const QJsonObject root = doc.object();
    auto fail = [&](const char* array, qsizetype index, const QString& field,
                    const QString& message) {
        const auto [line, column] = locator.of(QLatin1String(array), index);
        result.error = CsvDiagnostic{file, line, column,
                                     QStringLiteral("%1[%2].%3: %4")
                                         .arg(QLatin1String(array))
                                         .arg(index)
                                         .arg(field, message)};
        return result;
    };
    for (const char* name : {"images", "annotations", "categories"}) {
        if (!root.value(QLatin1String(name)).isArray()) {
            result.error = CsvDiagnostic{
                file, 1, 1, tr("not a COCO file: no \"%1\" array").arg(QLatin1String(name))};
            return result;
        }
    }

    QHash<qint64, qsizetype> images;
    const QJsonArray imageArray = root.value(QLatin1String("images")).toArray();
    for (qsizetype i = 0; i < imageArray.size(); ++i) {
        const QJsonObject o = imageArray[i].toObject();
        Image image;
        qint64 w = 0, h = 0;
        if (!wholeNumber(o.value(QLatin1String("id")), image.id))
            return fail("images", i, QStringLiteral("id"), tr("expected a whole number"));
        if (images.contains(image.id))
            return fail("images", i, QStringLiteral("id"), tr("id %1 is used twice").arg(image.id));
        image.fileName = o.value(QLatin1String("file_name")).toString();
        if (!Sku110kCsv::isSafeRelativePath(image.fileName))
            return fail(
                "images", i, QStringLiteral("file_name"),
                tr("'%1' is not a relative path inside the project folder").arg(image.fileName));
        if (!wholeNumber(o.value(QLatin1String("width")), w) || w < 1 || w > 1e9)
            return fail("images", i, QStringLiteral("width"), tr("expected a whole number >= 1"));
        if (!wholeNumber(o.value(QLatin1String("height")), h) || h < 1 || h > 1e9)
            return fail("images", i, QStringLiteral("height"), tr("expected a whole number >= 1"));
        image.width = int(w);
        image.height = int(h);
        std::tie(image.line, image.column) = locator.of(QStringLiteral("images"), i);
        images.insert(image.id, result.images.size());
        result.images.append(image);
    }

    QHash<qint64, QString> categories;
    const QJsonArray categoryArray = root.value(QLatin1String("categories")).toArray();
    for (qsizetype i = 0; i < categoryArray.size(); ++i) {
        const QJsonObject o = categoryArray[i].toObject();
        qint64 id = 0;
        if (!wholeNumber(o.value(QLatin1String("id")), id))
            return fail("categories", i, QStringLiteral("id"), tr("expected a whole number"));
        if (categories.contains(id))
            return fail("categories", i, QStringLiteral("id"), tr("id %1 is used twice").arg(id));
        const QString name = o.value(QLatin1String("name")).toString().trimmed();
        if (name.isEmpty())
            return fail("categories", i, QStringLiteral("name"), tr("expected a name"));
        categories.insert(id, name);
    }

    const QJsonArray annotationArray = root.value(QLatin1String("annotations")).toArray();
    qint64 clamped = 0;
    for (qsizetype i = 0; i < annotationArray.size(); ++i) {
        const QJsonObject o = annotationArray[i].toObject();
        Object object;
        std::tie(object.line, object.column) = locator.of(QStringLiteral("annotations"), i);
        qint64 categoryId = 0;
        if (!wholeNumber(o.value(QLatin1String("image_id")), object.imageId) ||
            !images.contains(object.imageId))
            return fail("annotations", i, QStringLiteral("image_id"),
                        tr("not the id of an image of the file"));
        if (!wholeNumber(o.value(QLatin1String("category_id")), categoryId) ||
            !categories.contains(categoryId))
            return fail("annotations", i, QStringLiteral("category_id"),
                        tr("not the id of a category of the file"));
        object.category = categories.value(categoryId);
        const QJsonArray bbox = o.value(QLatin1String("bbox")).toArray();
        double v[4] = {0, 0, 0, 0};
        bool numbers = bbox.size() == 4;
        for (int k = 0; numbers && k < 4; ++k) {
            v[k] = bbox[k].toDouble(std::nan(""));
            numbers = bbox[k].isDouble() && std::isfinite(v[k]) &&
                      std::abs(v[k]) <= Sku110kCsv::numberLimit;
        }
        if (!numbers)
            return fail("annotations", i, QStringLiteral("bbox"),
                        tr("expected [x, y, width, height]: four finite numbers within 1e9"));
        if (v[2] <= 0 || v[3] <= 0)
            return fail("annotations", i, QStringLiteral("bbox"),
                        tr("width and height must be greater than 0"));
        if (v[0] < 0 || v[1] < 0) {
            const auto [line, column] = locator.of(QStringLiteral("annotations"), i);
            result.warnings << CsvDiagnostic{
                file, line, column,
                tr("annotations[%1].bbox: negative coordinate; the box is skipped").arg(i)};
            continue;
        }
        const Image& image = result.images[images.value(object.imageId)];
        Box box{v[0], v[1], v[0] + v[2], v[1] + v[3]};
        if (box.x2 > image.width || box.y2 > image.height) {
            box.x2 = std::min(box.x2, double(image.width));
            box.y2 = std::min(box.y2, double(image.height));
            ++clamped;
        }
        if (!box.isValid()) {
            const auto [line, column] = locator.of(QStringLiteral("annotations"), i);
            result.warnings << CsvDiagnostic{
                file, line, column,
                tr("annotations[%1].bbox: outside its image; the box is skipped").arg(i)};
            continue;
        }
        Annotation& a = object.annotation;
        a.box = box;
        auto text = [&](const char* key) { return o.value(QLatin1String(key)).toString(); };
        auto has = [&](const char* key) { return o.contains(QLatin1String(key)); };
        object.hasLabels = has("sku_id") || has("shape");
        a.skuId = text("sku_id");
        a.productName = text("name");
        a.brand = text("brand");
        a.size = text("size");
        a.flavor = text("flavor");
        const auto shape = shapeFromKey(text("shape"));
        if (!shape)
            return fail("annotations", i, QStringLiteral("shape"),
                        tr("unknown shape '%1'").arg(text("shape")));
        a.shape = *shape;
        const auto type = productTypeFromKey(text("type"));
        if (!type)
            return fail("annotations", i, QStringLiteral("type"),
                        tr("unknown product type '%1'").arg(text("type")));
        a.productType = *type;
        if (has("state")) {
            const auto state = reviewStateFromKey(text("state"));
            if (!state)
                return fail("annotations", i, QStringLiteral("state"),
                            tr("unknown review state '%1'").arg(text("state")));
            a.state = *state;
        }
        if (has("origin")) {
            if (text("origin") != QLatin1String("human") &&
                text("origin") != QLatin1String("model"))
                return fail("annotations", i, QStringLiteral("origin"),
                            tr("expected human or model"));
            a.origin = text("origin") == QLatin1String("human") ? Origin::Human : Origin::Model;
        }
        if (has("confidence")) {
            a.confidence = o.value(QLatin1String("confidence")).toDouble(-2);
            if (!(a.confidence == -1 || (a.confidence >= 0 && a.confidence <= 1)))
                return fail("annotations", i, QStringLiteral("confidence"),
                            tr("expected a number in [0, 1]"));
        }
        result.objects.append(std::move(object));
    }
    if (clamped > 0)
        result.warnings << CsvDiagnostic{
            file, 0, 0,
            tr("%n box(es) reaching past their image were clamped to its edge", nullptr,
               int(clamped))};
    return result;
}

} // namespace shelf
