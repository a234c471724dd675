#pragma once

#include <QString>

namespace strongroom {

// Names read from files (table and index names, catalog entries, LUKS labels and tokens, audit
// targets) are chosen by whoever made the file. Printed raw, an escape sequence in one can rewrite
// the terminal (move the cursor, hide text, retitle the window) and a right-to-left override can
// make a name read backwards. Every human-readable printer passes such names through this: C0 and
// C1 controls and DEL become \xNN (\t, \n, \r by name), invisible direction and format marks
// become \u{NNNN}; everything else, including non-Latin letters, is kept. JSON output needs
// nothing: its encoder escapes controls already.
QString escapeControlCharacters(const QString &name);

} // namespace strongroom
