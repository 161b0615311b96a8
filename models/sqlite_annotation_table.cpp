#include "sqlite_annotation_table.h"

#include <sqlite3.h>

#include <memory>

namespace shelf {
namespace {

struct StatementDeleter
{
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

// Column order shared by insert and select.
constexpr const char* kColumns =
    "id, image_id, layer, x1, y1, x2, y2, state, origin, hard_score, soft_iou, confidence, shape, "
    "sku_id, product_name, product_type, brand, size, flavor";

void bindText(sqlite3_stmt* s, int i, const QByteArray& utf8)
{
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// Most label fields are empty; binding those needs no conversion and no copy.
void bindText(sqlite3_stmt* s, int i, const QString& text)
{
    if (text.isEmpty())
        sqlite3_bind_text(s, i, "", 0, SQLITE_STATIC);
    else
        bindText(s, i, text.toUtf8());
}

// Keys are short Latin-1 words (see labels.h).
void bindKey(sqlite3_stmt* s, int i, const QString& key)
{
    bindText(s, i, key.toLatin1());
}

QString columnText(sqlite3_stmt* s, int i)
{
    const int n = sqlite3_column_bytes(s, i);
    if (n == 0)
        return QString();
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, i)), n);
}

QLatin1StringView columnKey(sqlite3_stmt* s, int i)
{
    return QLatin1StringView(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                             sqlite3_column_bytes(s, i));
}

} // namespace

bool SqliteAnnotationTable::insert(QList<Annotation>& annotations, QString& error)
{
    sqlite3_stmt* raw = nullptr;
    const QByteArray sql = QByteArray("INSERT INTO annotations (") + kColumns +
                           ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                           "?14, ?15, ?16, ?17, ?18, ?19)";
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    const Statement s(raw);
    // The layer repeats on nearly every row; convert it once per change.
    QString layer;
    QByteArray layerUtf8;
    for (Annotation& a : annotations) {
        if (a.id != 0)
            sqlite3_bind_int64(raw, 1, a.id);
        else
            sqlite3_bind_null(raw, 1);
        sqlite3_bind_int64(raw, 2, a.imageId);
        if (layerUtf8.isNull() || a.layer != layer) {
            layer = a.layer;
            layerUtf8 = layer.toUtf8();
        }
        bindText(raw, 3, layerUtf8);
        sqlite3_bind_double(raw, 4, a.box.x1);
        sqlite3_bind_double(raw, 5, a.box.y1);
        sqlite3_bind_double(raw, 6, a.box.x2);
        sqlite3_bind_double(raw, 7, a.box.y2);
        bindKey(raw, 8, reviewStateKey(a.state));
        bindKey(raw, 9,
                a.origin == Origin::Human ? QStringLiteral("human") : QStringLiteral("model"));
        sqlite3_bind_double(raw, 10, a.hardScore);
        sqlite3_bind_double(raw, 11, a.softIou);
        sqlite3_bind_double(raw, 12, a.confidence);
        bindKey(raw, 13, shapeKey(a.shape));
        bindText(raw, 14, a.skuId);
        bindText(raw, 15, a.productName);
        bindKey(raw, 16, productTypeKey(a.productType));
        bindText(raw, 17, a.brand);
        bindText(raw, 18, a.size);
        bindText(raw, 19, a.flavor);
        if (sqlite3_step(raw) != SQLITE_DONE) {
            error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        if (a.id == 0)
            a.id = sqlite3_last_insert_rowid(m_db);
        sqlite3_reset(raw);
    }
    return true;
}

bool SqliteAnnotationTable::select(const char* where, const QList<QByteArray>& textParams,
                                   qint64 intParam,
                                   const std::function<bool(const Annotation&)>& visit,
                                   QString& error)
{
    sqlite3_stmt* raw = nullptr;
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM annotations WHERE " + where + " ORDER BY id";
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    const Statement s(raw);
    int p = 1;
    for (const QByteArray& t : textParams)
        bindText(raw, p++, t);
    if (sqlite3_bind_parameter_count(raw) >= p)
        sqlite3_bind_int64(raw, p, intParam);
    QString layer;
    QByteArray layerBytes;
    Annotation a;
    int rc;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        a.id = sqlite3_column_int64(raw, 0);
        a.imageId = sqlite3_column_int64(raw, 1);
        const QByteArrayView bytes(reinterpret_cast<const char*>(sqlite3_column_text(raw, 2)),
                                   sqlite3_column_bytes(raw, 2));
        if (layerBytes.isNull() || bytes != layerBytes) {
            layerBytes = bytes.toByteArray();
            layer = QString::fromUtf8(layerBytes);
        }
        a.layer = layer; // shared, not copied
        a.box = {sqlite3_column_double(raw, 3), sqlite3_column_double(raw, 4),
                 sqlite3_column_double(raw, 5), sqlite3_column_double(raw, 6)};
        a.state = reviewStateFromKey(columnKey(raw, 7)).value_or(ReviewState::Proposed);
        a.origin = columnKey(raw, 8) == QLatin1StringView("human") ? Origin::Human : Origin::Model;
        a.hardScore = sqlite3_column_double(raw, 9);
        a.softIou = sqlite3_column_double(raw, 10);
        a.confidence = sqlite3_column_double(raw, 11);
        a.shape = shapeFromKey(columnKey(raw, 12)).value_or(Shape::None);
        a.skuId = columnText(raw, 13);
        a.productName = columnText(raw, 14);
        a.productType = productTypeFromKey(columnKey(raw, 15)).value_or(ProductType::None);
        a.brand = columnText(raw, 16);
        a.size = columnText(raw, 17);
        a.flavor = columnText(raw, 18);
        if (!visit(a))
            return true;
    }
    if (rc != SQLITE_DONE) {
        error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

} // namespace shelf
