// Schema creation and migrations of ProjectStore. The SQL stays portable (no SQLite-only syntax in
// the schema) so that a PostgreSQL project through QPSQL can follow.
#include "project_store.h"

#include "log.h"

#include <QVariant>

namespace shelf {
namespace {

const QString kCreateBoxIndex =
    QStringLiteral("CREATE INDEX annotations_by_image_layer ON annotations (image_id, layer)");

} // namespace

void ProjectStore::migrateFrom(int version)
{
    switch (version) {
    case 1:
        migrateTo2();
        return;
    default:
        fail(tr("cannot be migrated"), tr("no step from schema version %1").arg(version));
    }
}

void ProjectStore::migrateTo2()
{
    // The per-image QA review flag of the compare mode.
    execSql(QStringLiteral("ALTER TABLE images ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0"));
}

void ProjectStore::createSchemaV1()
{
    Transaction tx(*this);
    execSql(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    execSql(QStringLiteral(
        "CREATE TABLE images (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, "
        "width INTEGER NOT NULL, height INTEGER NOT NULL, orientation INTEGER NOT NULL DEFAULT 1, "
        "shelf_type TEXT NOT NULL DEFAULT '', store_id TEXT NOT NULL DEFAULT '', "
        "status TEXT NOT NULL DEFAULT 'new')"));
    execSql(QStringLiteral(
        "CREATE TABLE annotations (id INTEGER PRIMARY KEY, "
        "image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE, "
        "layer TEXT NOT NULL, x1 REAL NOT NULL, y1 REAL NOT NULL, x2 REAL NOT NULL, "
        "y2 REAL NOT NULL, state TEXT NOT NULL, origin TEXT NOT NULL, hard_score REAL NOT NULL, "
        "soft_iou REAL NOT NULL, confidence REAL NOT NULL, shape TEXT NOT NULL, "
        "sku_id TEXT NOT NULL, product_name TEXT NOT NULL, product_type TEXT NOT NULL, "
        "brand TEXT NOT NULL, size TEXT NOT NULL, flavor TEXT NOT NULL)"));
    execSql(
        QStringLiteral("CREATE INDEX annotations_by_image_layer ON annotations (image_id, layer)"));
    execSql(QStringLiteral(
        "CREATE TABLE skus (sku_id TEXT PRIMARY KEY, name TEXT NOT NULL, brand TEXT NOT NULL, "
        "product_type TEXT NOT NULL, shape TEXT NOT NULL, size TEXT NOT NULL, "
        "flavor TEXT NOT NULL)"));
    execSql(QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    q.bindValue(0, QStringLiteral("schema_version"));
    q.bindValue(1, QStringLiteral("1")); // migrate() takes it from here
    exec(q);
    q.bindValue(0, QStringLiteral("application"));
    q.bindValue(1, QStringLiteral("ShelfLabel"));
    exec(q);
    tx.commit();
}

ProjectStore::BulkInsert::BulkInsert(ProjectStore& store) : m_store(store)
{
    if (m_store.m_transactionDepth == 0)
        m_store.fail(tr("bulk insert outside a transaction"), tr("internal error"));
    m_store.execSql(QStringLiteral("DROP INDEX annotations_by_image_layer"));
}

void ProjectStore::BulkInsert::finish()
{
    m_store.execSql(kCreateBoxIndex);
}

int ProjectStore::schemaVersion() const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    exec(q);
    if (!q.next())
        fail(tr("not a ShelfLabel project"), tr("the schema version is missing"));
    bool ok = false;
    const int version = q.value(0).toString().toInt(&ok);
    if (!ok || version < 1)
        fail(tr("not a ShelfLabel project"),
             tr("bad schema version '%1'").arg(q.value(0).toString()));
    return version;
}

void ProjectStore::migrate()
{
    int version = schemaVersion();
    if (version > kSchemaVersion) {
        fail(tr("made by a newer ShelfLabel"),
             tr("schema version %1, this version reads up to %2").arg(version).arg(kSchemaVersion));
    }
    while (version < kSchemaVersion) {
        Transaction tx(*this);
        migrateFrom(version);
        ++version;
        setSetting(QStringLiteral("migrated_to"), QString::number(version));
        QSqlQuery q =
            prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"));
        q.bindValue(0, QString::number(version));
        exec(q);
        tx.commit();
        moduleLogger("core")->info("migrated {} to schema {}", m_path.toStdString(), version);
    }
}

} // namespace shelf
