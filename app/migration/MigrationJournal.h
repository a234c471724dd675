#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace strongroom::migration {

// The journal of one migration, IMAGE.migration.json beside the image: which step has been reached,
// and what the steps found (the folder's owner and mode, PostgreSQL's version and row counts, the
// name the original folder was renamed to). Every step writes it (atomically, 0600) before and after
// its change, so a run after a kill -9 knows what was done and continues or rolls back from there.
//
// The stages, in order; a stage names what is complete (or, for the -ing ones, what had started):
//   checked -> building -> built -> encrypting -> encrypted -> recovery-added -> verified
//           -> switching -> switched            (and rolled-back after a rollback)
class MigrationJournal
{
public:
    static QString pathFor(const QString &image);
    // The journal of `image`; nullopt when there is none.
    static Result<std::optional<MigrationJournal>> load(const QString &image);
    static MigrationJournal fresh(const QString &image, const QString &folder);

    QString image() const { return m_image; }
    QString folder() const { return m_data.value(QStringLiteral("folder")).toString(); }
    QString stage() const { return m_data.value(QStringLiteral("stage")).toString(); }
    // True when `stage` is at or past `other` in the order above.
    bool reached(const QString &other) const;
    static int rank(const QString &stage);

    QJsonObject value(const QString &key) const { return m_data.value(key).toObject(); }
    QString text(const QString &key) const { return m_data.value(key).toString(); }
    qint64 number(const QString &key) const { return m_data.value(key).toInteger(); }
    bool flag(const QString &key) const { return m_data.value(key).toBool(); }
    void set(const QString &key, const QJsonValue &value) { m_data.insert(key, value); }
    const QJsonObject &data() const { return m_data; }

    // Sets the stage and writes the journal durably.
    Status advance(const QString &stage);
    Status save() const;

private:
    QString m_image;
    QJsonObject m_data;
};

} // namespace strongroom::migration
