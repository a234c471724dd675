#pragma once

#include "core/KernelFeatures.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace strongroom {

// What `strongroom-cli doctor` and Help → Diagnostics show: the versions of every library and tool
// Strongroom uses, which system features are there, and for each missing piece what it disables
// and how to get it.
struct Diagnostics
{
    struct Missing
    {
        QString what; // English, as --json names it; toText() shows it translated (context "Diagnostics")
        QString disables;
        QString fix;
    };

    QString strongroom;
    QString qt;
    QString sqlcipher;
    QString sqlcipherProvider;
    QString sqlcipherProviderVersion;
    QString sqlite;
    bool dbstat = false;
    QString qca;
    QStringList qcaProviders;
    QString cryptsetup;
    QString karchive;
    QString postgresql; // pg_dump --version, empty when missing
    QString libpq;
    QString gpg;
    QString age;
    bool deviceMapper = false;
    bool aesNi = false;
    bool afAlg = false;
    bool udisks = false; // udisksd runs, or the system bus can start it
    bool keyring = false;
    bool journal = false; // journald keeps a copy of the audit trail the user cannot rewrite
    QList<Missing> missing;

    // Probes the machine; runs a few `--version` commands, so call it off the GUI thread.
    static Diagnostics collect();

    QJsonObject toJson() const;
    QString toText() const;
};

// The individual probes, shared with the features that depend on them; deviceMapperAvailable() and
// kernelCryptoApiAvailable() live in core/KernelFeatures.h (the volumes library needs them too).
bool cpuHasAesNi();
// First line of `program args`, or empty when the program is missing or fails.
QString toolVersion(const QString &program, const QStringList &args = {QStringLiteral("--version")});

} // namespace strongroom
