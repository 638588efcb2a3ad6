#pragma once

#include "pagedtablemodel.h"

#include <QDate>
#include <QSqlDatabase>

namespace linli {

struct AuditRow
{
    qint64 id = 0;
    QString atUtc;
    QString login;
    QString role;
    QString action;
    QString objectType;
    qint64 objectId = 0;
    QString changes;
    QString result;
    QString host;
};

// The audit log for a manager or an administrator to read, newest first, a page at a time however
// long it grows; filtered by action, by who, and by days. Someone whose role may not read it gets
// nothing, and the refusal is audited.
class AuditLogModel : public PagedTableModel<AuditRow>
{
    Q_OBJECT

public:
    enum Column { When, Who, Action, Object, Changes, Result, ColumnCount };

    struct Filter
    {
        QString action; // as stored (LOGIN_FAIL …); empty: all
        QString login;  // part of the login; empty: everyone
        QDate from;     // local days, inclusive; invalid: open
        QDate to;
    };

    explicit AuditLogModel(const QSqlDatabase &database, QObject *parent = nullptr);

    // The actions as stored, in the order a reader looks for them.
    static QStringList actions();
    // "Signed in", "Changed" …: an action as a person reads it.
    static QString actionName(const QString &action);
    // "phone: 138****8000 → 139****9000; rows=3" in the reader's words ("电话: … ; 行数: 3"). Unknown
    // keys are shown as stored.
    static QString describeChanges(const QString &changes);

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

protected:
    std::optional<QList<AuditRow>> readPage(const AuditRow *after, int limit) override;
    void pageFailed() override;

private:
    static QString objectName(const QString &type);
    static QString keyName(const QString &key);
    // A stored value (a state's key) in the reader's words.
    static QString valueName(const QString &key, const QString &value);

    QSqlDatabase m_database;
    Filter m_filter;
    QString m_lastError;
    bool m_refusalAudited = false;
};

} // namespace linli

// Values and implicitly shared Qt types alone: a growing list of rows moves them as bytes.
Q_DECLARE_TYPEINFO(linli::AuditRow, Q_RELOCATABLE_TYPE);
