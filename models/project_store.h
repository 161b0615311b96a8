#pragma once

#include "annotation.h"
#include "image_record.h"
#include "sku_entry.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace shelf {

/// Counts of one image's boxes, by layer and review state.
struct AnnotationCounts
{
    int proposed = 0;
    int accepted = 0;
    int rejected = 0;
    int total() const { return proposed + accepted + rejected; }
};

/// The project file: one SQLite database (WAL) holding images, boxes per layer, the SKU catalog and
/// settings. Image paths are stored relative to the folder of the project file.
///
/// Thread: a store belongs to the thread that opened it (a QSqlDatabase connection cannot move).
/// Errors: every failing read or write throws StoreError naming the file. Writes made outside a
/// Transaction are committed at once; Transaction groups several into one commit.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(shelf::ProjectStore)
public:
    static constexpr int kSchemaVersion = 2;

    /// Creates a new, empty project file; refuses to overwrite an existing one.
    static std::unique_ptr<ProjectStore> create(const QString& path);
    /// Opens an existing project file and migrates it to kSchemaVersion.
    static std::unique_ptr<ProjectStore> open(const QString& path);
    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    QString filePath() const { return m_path; }
    QDir baseDir() const;
    QString absoluteImagePath(const ImageRecord& image) const;
    int schemaVersion() const;

    /// Groups the writes made while it lives into one transaction; commits in commit(), rolls back
    /// in the destructor otherwise. Nested transactions join the outer one.
    class Transaction
    {
    public:
        explicit Transaction(ProjectStore& store);
        ~Transaction();
        void commit();

    private:
        ProjectStore& m_store;
        bool m_outermost = false;
        bool m_done = false;
    };

    /// For imports of hundreds of thousands of boxes inside one Transaction: drops the box index
    /// while it lives and builds it again in finish(), which is faster than updating it row by
    /// row. Must live inside a Transaction, so that readers never see the table without it.
    class BulkInsert
    {
    public:
        explicit BulkInsert(ProjectStore& store);
        void finish();

    private:
        ProjectStore& m_store;
    };

    // Images
    QList<ImageRecord> images() const;
    ImageRecord image(qint64 id) const;
    qint64 imageIdByPath(const QString& relativePath) const;
    void insertImage(ImageRecord& image); ///< assigns image.id
    void updateImage(const ImageRecord& image);
    /// Box counts per image of one layer; of one image only when imageId is not 0.
    QHash<qint64, AnnotationCounts> annotationCounts(const QString& layer,
                                                     qint64 imageId = 0) const;
    QStringList layerNames() const;
    /// Calls `visit` for every box of `layer`, in stored order (ids ascending), streaming: memory
    /// stays flat. `visit` returns false to stop.
    void forEachAnnotation(const QString& layer,
                           const std::function<bool(const Annotation&)>& visit) const;

    // Annotations
    QList<Annotation> annotations(qint64 imageId, const QString& layer = {}) const;
    QList<Annotation> annotationsByIds(const QList<qint64>& ids) const;
    /// Inserts the annotations; those with id 0 get a new id, others keep theirs (undo of a
    /// removal).
    void insertAnnotations(QList<Annotation>& annotations);
    void updateAnnotations(const QList<Annotation>& annotations);
    void removeAnnotations(const QList<qint64>& ids);
    /// Removes every box of one layer of one image (or of all images when imageId is 0).
    int clearLayer(const QString& layer, qint64 imageId = 0);

    // SKU catalog
    QList<SkuEntry> skus() const;
    void upsertSku(const SkuEntry& sku);

    // Settings (project-wide key/value)
    QString setting(const QString& key, const QString& fallback = {}) const;
    void setSetting(const QString& key, const QString& value);

private:
    ProjectStore(QString path, QString connection);
    void connect(bool create);
    void migrate();
    void createSchemaV1();
    /// Moves the schema from `version` to version + 1. Steps are appended, never edited.
    void migrateFrom(int version);
    void migrateTo2();
    QSqlQuery prepare(const QString& sql) const;
    void exec(QSqlQuery& query) const;
    void execSql(const QString& sql) const;
    [[noreturn]] void fail(const QString& what, const QString& detail) const;
    void selectFast(const char* where, const QList<QByteArray>& texts, qint64 number,
                    const std::function<bool(const Annotation&)>& visit) const;

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<class SqliteAnnotationTable> m_sqlite; ///< fast path; null for other drivers
    int m_transactionDepth = 0;
};

} // namespace shelf
