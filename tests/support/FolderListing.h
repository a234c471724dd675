#pragma once

#include <QDir>
#include <QString>

// The files of a folder, hidden ones too, sorted and joined: a failing comparison names the files
// that should not be there (a comparison of lists prints only their sizes).
inline QString folderListing(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name).join(QStringLiteral(", "));
}
