#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace strongroom::ui {

// The File → Open Recent list, kept in QSettings (paths only, never keys).
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList paths() const { return m_paths; }
    void add(const QString &path);
    void clear();
    // Keeps `menu` filled with the list; selecting an entry emits openRequested.
    void attach(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);
    void changed();

private:
    void save();
    void fill(QMenu *menu);

    QStringList m_paths;
    static constexpr int kMaximum = 10;
};

} // namespace strongroom::ui
