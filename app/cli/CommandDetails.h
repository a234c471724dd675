#pragma once

#include <QString>
#include <QStringList>

namespace strongroom::cli {

// What a verb does beyond its one-line summary: the paragraphs that --help, the man page and
// docs/cli.md's command reference all print after the summary. Kept here, beside no command, so the
// three texts come from one place (Cli::reference assembles them with each verb's declared options).
// Empty for a path without details.
QString commandDetails(const QStringList &path);

} // namespace strongroom::cli
