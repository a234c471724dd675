#pragma once

#include "core/ExitCode.h"

#include <QJsonObject>
#include <QString>

namespace strongroom {

// What went wrong, in words for a person (message: names the file, says what is wrong and what to
// do next) and in a form for scripts (code and kind).
struct Error
{
    ExitCode code = ExitCode::Failure;
    QString message;
    QString kind; // defaults to exitCodeKind(code); a finer name where one helps ("not-a-database")

    Error() = default;
    Error(ExitCode c, QString m, QString k = {}) : code(c), message(std::move(m)), kind(std::move(k)) {}

    QString kindName() const { return kind.isEmpty() ? exitCodeKind(code) : kind; }
    QJsonObject toJson() const;
};

} // namespace strongroom
