#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace strongroom::helper {

// The privileged helper's contract (strongroom-helper, started with pkexec): one JSON object per
// line on stdin, one JSON answer per line on stdout. Only the verbs below exist. A passphrase is
// never part of the JSON: `open` is followed by one raw line on stdin holding it.
//
//   {"verb":"open","image":"/srv/pg.img","name":"pgdata"}   + passphrase line
//   {"verb":"close","name":"pgdata"}
//   {"verb":"mount","name":"pgdata","mountpoint":"/srv/pgdata"}
//   {"verb":"unmount","mountpoint":"/srv/pgdata"}
//   answer: {"ok":true,...} or {"ok":false,"error":{"code":7,"kind":"environment","message":"..."}}
struct Request {
    QString verb;
    QString image;
    QString name;
    QString mountpoint;

    static Result<Request> parse(const QByteArray &line);
    QJsonObject toJson() const;
    bool needsPassphrase() const { return verb == QLatin1String("open"); }
};

// Every path and name checked before anything privileged happens: absolute, no "..", existing,
// of the right kind; mapping names as dm-crypt allows them.
Status validate(const Request &request);

// A mapping name for `image` that validate() accepts: "strongroom-" and the file's name without its
// extension, with every character a mapping name may not hold turned into '-'.
QString suggestedMappingName(const QString &image);

// Exit 7 with the exact reason when device-mapper is missing (containers, as on build machines).
Status requireDeviceMapper();

QJsonObject okAnswer(const QJsonObject &extra = {});
QJsonObject errorAnswer(const Error &error);
// An answer line read back into an Error (for the CLI).
std::optional<Error> answerError(const QJsonObject &answer);

} // namespace strongroom::helper
