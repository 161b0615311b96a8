#pragma once

#include "annotation.h"

#include <QList>
#include <QString>

#include <functional>

struct sqlite3;

namespace shelf {

/// The annotations table read and written through SQLite's C API on the connection Qt opened.
/// QSqlQuery costs a QVariant per bound or read value, which makes a 1.2M-row import take over
/// ten seconds; the C API does the same work in a fraction of that. ProjectStore uses this only
/// when its driver is QSQLITE and keeps its portable QSqlQuery code for other drivers.
///
/// Errors: a failing call returns false and sets `error` (SQLite's message). Thread: that of
/// the connection.
class SqliteAnnotationTable
{
public:
    explicit SqliteAnnotationTable(sqlite3* db) : m_db(db) {}

    /// Inserts; a box with id 0 gets a new id written back, others keep theirs.
    bool insert(QList<Annotation>& annotations, QString& error);
    /// Visits the boxes that match `where` (SQL after WHERE, with ?1, ?2 for `params`) in id
    /// order; `visit` returns false to stop.
    bool select(const char* where, const QList<QByteArray>& textParams, qint64 intParam,
                const std::function<bool(const Annotation&)>& visit, QString& error);

private:
    sqlite3* m_db;
};

} // namespace shelf
