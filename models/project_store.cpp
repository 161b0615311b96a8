#include "project_store.h"

#include "log.h"
#include "sqlite_annotation_table.h"
#include "store_error.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

namespace shelf {
namespace {

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("shelf_store_%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

ProjectStore::ProjectStore(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{}

ProjectStore::~ProjectStore()
{
    m_sqlite.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute))
        throw StoreError(tr("%1: a file of that name already exists").arg(absolute));
    std::unique_ptr<ProjectStore> store(new ProjectStore(absolute, newConnectionName()));
    store->connect(true);
    store->createSchemaV1();
    store->migrate();
    moduleLogger("core")->info("created project {}", absolute.toStdString());
    return store;
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).isFile())
        throw StoreError(tr("%1: no such project file").arg(absolute));
    std::unique_ptr<ProjectStore> store(new ProjectStore(absolute, newConnectionName()));
    store->connect(false);
    store->migrate();
    return store;
}

void ProjectStore::connect(bool create)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    // A busy timeout lets a second reader (the CLI beside the GUI) wait instead of failing at once.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        fail(tr("cannot open the project"), m_db.lastError().text());
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        // WAL keeps readers and the writer apart; NORMAL sync in WAL is still crash-safe for the
        // database (a power cut may lose the last commit, never corrupt the file).
        execSql(QStringLiteral("PRAGMA journal_mode=WAL"));
        execSql(QStringLiteral("PRAGMA synchronous=NORMAL"));
        execSql(QStringLiteral("PRAGMA foreign_keys=ON"));
        const QVariant handle = m_db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            if (auto* native = *static_cast<sqlite3* const*>(handle.constData()))
                m_sqlite = std::make_unique<SqliteAnnotationTable>(native);
        }
    }
    if (!create) {
        const QStringList tables = m_db.tables();
        if (!tables.contains(QStringLiteral("meta")))
            fail(tr("not a ShelfLabel project"), tr("the file has no project tables"));
    }
}

QDir ProjectStore::baseDir() const
{
    return QFileInfo(m_path).absoluteDir();
}

QString ProjectStore::absoluteImagePath(const ImageRecord& image) const
{
    return QDir::cleanPath(baseDir().absoluteFilePath(image.relativePath));
}

void ProjectStore::fail(const QString& what, const QString& detail) const
{
    const QString message = QStringLiteral("%1: %2 (%3)").arg(m_path, what, detail);
    moduleLogger("core")->error("{}", message.toStdString());
    throw StoreError(message);
}

QSqlQuery ProjectStore::prepare(const QString& sql) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(tr("database query failed"), q.lastError().text());
    return q;
}

void ProjectStore::exec(QSqlQuery& query) const
{
    if (!query.exec())
        fail(tr("database query failed"), query.lastError().text());
}

void ProjectStore::execSql(const QString& sql) const
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        fail(tr("database query failed"), q.lastError().text());
}

ProjectStore::Transaction::Transaction(ProjectStore& store) : m_store(store)
{
    m_outermost = m_store.m_transactionDepth++ == 0;
    if (m_outermost && !m_store.m_db.transaction())
        m_store.fail(tr("cannot start a transaction"), m_store.m_db.lastError().text());
}

ProjectStore::Transaction::~Transaction()
{
    --m_store.m_transactionDepth;
    if (m_outermost && !m_done)
        m_store.m_db.rollback();
}

void ProjectStore::Transaction::commit()
{
    m_done = true;
    if (m_outermost && !m_store.m_db.commit())
        m_store.fail(tr("cannot save the change"), m_store.m_db.lastError().text());
}

} // namespace shelf
