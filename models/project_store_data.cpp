// Reads and writes of ProjectStore's rows.
#include "project_store.h"

#include "sqlite_annotation_table.h"

#include <QVariant>

namespace shelf {
namespace {

// A null QString binds as SQL NULL; the schema wants empty text instead.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
const QString kAnnotationColumns = QStringLiteral(
    "id, image_id, layer, x1, y1, x2, y2, state, origin, hard_score, soft_iou, confidence, shape, "
    "sku_id, product_name, product_type, brand, size, flavor");
const QString kImageColumns =
    QStringLiteral("id, path, width, height, orientation, shelf_type, store_id, status, reviewed");

Annotation annotationFromQuery(const QSqlQuery& q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.imageId = q.value(1).toLongLong();
    a.layer = q.value(2).toString();
    a.box = {q.value(3).toDouble(), q.value(4).toDouble(), q.value(5).toDouble(),
             q.value(6).toDouble()};
    a.state = reviewStateFromKey(q.value(7).toString()).value_or(ReviewState::Proposed);
    a.origin = q.value(8).toString() == QLatin1String("human") ? Origin::Human : Origin::Model;
    a.hardScore = q.value(9).toDouble();
    a.softIou = q.value(10).toDouble();
    a.confidence = q.value(11).toDouble();
    a.shape = shapeFromKey(q.value(12).toString()).value_or(Shape::None);
    a.skuId = q.value(13).toString();
    a.productName = q.value(14).toString();
    a.productType = productTypeFromKey(q.value(15).toString()).value_or(ProductType::None);
    a.brand = q.value(16).toString();
    a.size = q.value(17).toString();
    a.flavor = q.value(18).toString();
    return a;
}

// Binds every column but id, in kAnnotationColumns order, starting at position `first`.
void bindAnnotation(QSqlQuery& q, const Annotation& a, int first)
{
    int i = first;
    q.bindValue(i++, a.imageId);
    q.bindValue(i++, text(a.layer));
    q.bindValue(i++, a.box.x1);
    q.bindValue(i++, a.box.y1);
    q.bindValue(i++, a.box.x2);
    q.bindValue(i++, a.box.y2);
    q.bindValue(i++, reviewStateKey(a.state));
    q.bindValue(i++, a.origin == Origin::Human ? QStringLiteral("human") : QStringLiteral("model"));
    q.bindValue(i++, a.hardScore);
    q.bindValue(i++, a.softIou);
    q.bindValue(i++, a.confidence);
    q.bindValue(i++, shapeKey(a.shape));
    q.bindValue(i++, text(a.skuId));
    q.bindValue(i++, text(a.productName));
    q.bindValue(i++, productTypeKey(a.productType));
    q.bindValue(i++, text(a.brand));
    q.bindValue(i++, text(a.size));
    q.bindValue(i++, text(a.flavor));
}

ImageRecord imageFromQuery(const QSqlQuery& q)
{
    ImageRecord r;
    r.id = q.value(0).toLongLong();
    r.relativePath = q.value(1).toString();
    r.width = q.value(2).toInt();
    r.height = q.value(3).toInt();
    r.orientation = q.value(4).toInt();
    r.shelfType = q.value(5).toString();
    r.storeId = q.value(6).toString();
    r.status = imageStatusFromKey(q.value(7).toString()).value_or(ImageStatus::New);
    r.reviewed = q.value(8).toInt() != 0;
    return r;
}

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace

QList<ImageRecord> ProjectStore::images() const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM images ORDER BY id").arg(kImageColumns));
    exec(q);
    QList<ImageRecord> out;
    while (q.next())
        out << imageFromQuery(q);
    return out;
}

ImageRecord ProjectStore::image(qint64 id) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM images WHERE id = ?").arg(kImageColumns));
    q.bindValue(0, id);
    exec(q);
    return q.next() ? imageFromQuery(q) : ImageRecord{};
}

qint64 ProjectStore::imageIdByPath(const QString& relativePath) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT id FROM images WHERE path = ?"));
    q.bindValue(0, relativePath);
    exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

void ProjectStore::insertImage(ImageRecord& image)
{
    QSqlQuery q = prepare(QStringLiteral(
        "INSERT INTO images (path, width, height, orientation, shelf_type, store_id, status, "
        "reviewed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, text(image.relativePath));
    q.bindValue(1, image.width);
    q.bindValue(2, image.height);
    q.bindValue(3, image.orientation);
    q.bindValue(4, text(image.shelfType));
    q.bindValue(5, text(image.storeId));
    q.bindValue(6, imageStatusKey(image.status));
    q.bindValue(7, image.reviewed ? 1 : 0);
    exec(q);
    image.id = q.lastInsertId().toLongLong();
}

void ProjectStore::updateImage(const ImageRecord& image)
{
    QSqlQuery q = prepare(QStringLiteral(
        "UPDATE images SET path = ?, width = ?, height = ?, orientation = ?, shelf_type = ?, "
        "store_id = ?, status = ?, reviewed = ? WHERE id = ?"));
    q.bindValue(0, text(image.relativePath));
    q.bindValue(1, image.width);
    q.bindValue(2, image.height);
    q.bindValue(3, image.orientation);
    q.bindValue(4, text(image.shelfType));
    q.bindValue(5, text(image.storeId));
    q.bindValue(6, imageStatusKey(image.status));
    q.bindValue(7, image.reviewed ? 1 : 0);
    q.bindValue(8, image.id);
    exec(q);
}

QHash<qint64, AnnotationCounts> ProjectStore::annotationCounts(const QString& layer,
                                                               qint64 imageId) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT image_id, state, COUNT(*) FROM annotations "
                                         "WHERE layer = ? %1 GROUP BY image_id, state")
                              .arg(imageId ? QStringLiteral("AND image_id = ?") : QString()));
    q.bindValue(0, text(layer));
    if (imageId)
        q.bindValue(1, imageId);
    exec(q);
    QHash<qint64, AnnotationCounts> out;
    while (q.next()) {
        AnnotationCounts& c = out[q.value(0).toLongLong()];
        const int n = q.value(2).toInt();
        switch (reviewStateFromKey(q.value(1).toString()).value_or(ReviewState::Proposed)) {
        case ReviewState::Proposed:
            c.proposed += n;
            break;
        case ReviewState::Accepted:
            c.accepted += n;
            break;
        case ReviewState::Rejected:
            c.rejected += n;
            break;
        }
    }
    return out;
}

QStringList ProjectStore::layerNames() const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT DISTINCT layer FROM annotations ORDER BY layer"));
    exec(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void ProjectStore::forEachAnnotation(const QString& layer,
                                     const std::function<bool(const Annotation&)>& visit) const
{
    if (m_sqlite)
        return selectFast("layer = ?1", {text(layer).toUtf8()}, 0, visit);
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM annotations WHERE layer = ? ORDER BY id")
                              .arg(kAnnotationColumns));
    q.bindValue(0, text(layer));
    exec(q);
    while (q.next()) {
        if (!visit(annotationFromQuery(q)))
            return;
    }
}

QList<Annotation> ProjectStore::annotations(qint64 imageId, const QString& layer) const
{
    if (m_sqlite) {
        QList<Annotation> out;
        auto keep = [&out](const Annotation& a) {
            out << a;
            return true;
        };
        if (layer.isEmpty())
            selectFast("image_id = ?1", {}, imageId, keep);
        else
            selectFast("layer = ?1 AND image_id = ?2", {layer.toUtf8()}, imageId, keep);
        return out;
    }
    QString sql =
        QStringLiteral("SELECT %1 FROM annotations WHERE image_id = ?").arg(kAnnotationColumns);
    if (!layer.isEmpty())
        sql += QStringLiteral(" AND layer = ?");
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q = prepare(sql);
    q.bindValue(0, imageId);
    if (!layer.isEmpty())
        q.bindValue(1, layer);
    exec(q);
    QList<Annotation> out;
    while (q.next())
        out << annotationFromQuery(q);
    return out;
}

QList<Annotation> ProjectStore::annotationsByIds(const QList<qint64>& ids) const
{
    QList<Annotation> out;
    if (ids.isEmpty())
        return out;
    // ids are integers we made, so inlining them is safe; it avoids one query per id.
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM annotations WHERE id IN (%2) ORDER BY id")
                              .arg(kAnnotationColumns, idList(ids)));
    exec(q);
    while (q.next())
        out << annotationFromQuery(q);
    return out;
}

void ProjectStore::selectFast(const char* where, const QList<QByteArray>& texts, qint64 number,
                              const std::function<bool(const Annotation&)>& visit) const
{
    QString error;
    if (!m_sqlite->select(where, texts, number, visit, error))
        fail(tr("database query failed"), error);
}

void ProjectStore::insertAnnotations(QList<Annotation>& annotations)
{
    Transaction tx(*this);
    if (m_sqlite) {
        QString error;
        if (!m_sqlite->insert(annotations, error))
            fail(tr("cannot save the boxes"), error);
        tx.commit();
        return;
    }
    QSqlQuery fresh = prepare(QStringLiteral(
        "INSERT INTO annotations (image_id, layer, x1, y1, x2, y2, state, origin, hard_score, "
        "soft_iou, confidence, shape, sku_id, product_name, product_type, brand, size, flavor) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery keep = prepare(QStringLiteral("INSERT INTO annotations (%1) VALUES (?, ?, ?, ?, ?, "
                                            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                            "?, ?)")
                                 .arg(kAnnotationColumns));
    for (Annotation& a : annotations) {
        if (a.id == 0) {
            bindAnnotation(fresh, a, 0);
            exec(fresh);
            a.id = fresh.lastInsertId().toLongLong();
        } else {
            keep.bindValue(0, a.id);
            bindAnnotation(keep, a, 1);
            exec(keep);
        }
    }
    tx.commit();
}

void ProjectStore::updateAnnotations(const QList<Annotation>& annotations)
{
    Transaction tx(*this);
    QSqlQuery q = prepare(QStringLiteral(
        "UPDATE annotations SET image_id = ?, layer = ?, x1 = ?, y1 = ?, x2 = ?, y2 = ?, "
        "state = ?, origin = ?, hard_score = ?, soft_iou = ?, confidence = ?, shape = ?, "
        "sku_id = ?, product_name = ?, product_type = ?, brand = ?, size = ?, flavor = ? "
        "WHERE id = ?"));
    for (const Annotation& a : annotations) {
        bindAnnotation(q, a, 0);
        q.bindValue(18, a.id);
        exec(q);
    }
    tx.commit();
}

void ProjectStore::removeAnnotations(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    Transaction tx(*this);
    QSqlQuery q =
        prepare(QStringLiteral("DELETE FROM annotations WHERE id IN (%1)").arg(idList(ids)));
    exec(q);
    tx.commit();
}

int ProjectStore::clearLayer(const QString& layer, qint64 imageId)
{
    QString sql = QStringLiteral("DELETE FROM annotations WHERE layer = ?");
    if (imageId != 0)
        sql += QStringLiteral(" AND image_id = ?");
    QSqlQuery q = prepare(sql);
    q.bindValue(0, layer);
    if (imageId != 0)
        q.bindValue(1, imageId);
    exec(q);
    return q.numRowsAffected();
}

QList<SkuEntry> ProjectStore::skus() const
{
    QSqlQuery q = prepare(QStringLiteral(
        "SELECT sku_id, name, brand, product_type, shape, size, flavor FROM skus ORDER BY sku_id"));
    exec(q);
    QList<SkuEntry> out;
    while (q.next()) {
        SkuEntry s;
        s.skuId = q.value(0).toString();
        s.name = q.value(1).toString();
        s.brand = q.value(2).toString();
        s.type = productTypeFromKey(q.value(3).toString()).value_or(ProductType::None);
        s.shape = shapeFromKey(q.value(4).toString()).value_or(Shape::None);
        s.size = q.value(5).toString();
        s.flavor = q.value(6).toString();
        out << s;
    }
    return out;
}

void ProjectStore::upsertSku(const SkuEntry& sku)
{
    QSqlQuery q = prepare(QStringLiteral(
        "INSERT INTO skus (sku_id, name, brand, product_type, shape, size, flavor) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sku_id) DO UPDATE SET name = excluded.name, "
        "brand = excluded.brand, product_type = excluded.product_type, shape = excluded.shape, "
        "size = excluded.size, flavor = excluded.flavor"));
    q.bindValue(0, text(sku.skuId));
    q.bindValue(1, text(sku.name));
    q.bindValue(2, text(sku.brand));
    q.bindValue(3, productTypeKey(sku.type));
    q.bindValue(4, shapeKey(sku.shape));
    q.bindValue(5, text(sku.size));
    q.bindValue(6, text(sku.flavor));
    exec(q);
}

QString ProjectStore::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bindValue(0, text(key));
    exec(q);
    return q.next() ? q.value(0).toString() : fallback;
}

void ProjectStore::setSetting(const QString& key, const QString& value)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, text(key));
    q.bindValue(1, text(value));
    exec(q);
}

} // namespace shelf
