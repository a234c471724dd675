#pragma once

#include <QObject>
#include <QStringList>

namespace strongroom::ui {

// The image files the Volumes page remembers, kept in QSettings as absolute paths (never keys).
class KnownVolumes : public QObject
{
    Q_OBJECT

public:
    explicit KnownVolumes(QObject *parent = nullptr);

    QStringList paths() const { return m_paths; }
    // Returns false when it was already known.
    bool add(const QString &path);
    void remove(const QString &path);

Q_SIGNALS:
    void changed();

private:
    void save() const;

    QStringList m_paths;
};

} // namespace strongroom::ui
