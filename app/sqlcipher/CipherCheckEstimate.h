#pragma once

#include <QtGlobal>

namespace strongroom::ciphercheck {

// How long SQLCipher's PRAGMA cipher_integrity_check should take over a file of `fileBytes`, in ms
// (at least 1): it cannot be interrupted, so a job declares it unstoppable with this estimate
// (JobContext::beginUnstoppable) and the displays count it down.
//
// The pragma reads every page and computes its HMAC on one thread. The rate is measured once per
// process (the first call): HMAC-SHA512 over 8 MiB of 4 KiB pages through libcrypto, keyed per page
// as SQLCipher does, which takes a few ms. The estimate assumes half that rate, for the reads and
// SQLCipher's own work per page, so it errs long rather than short.
qint64 expectedMs(qint64 fileBytes);

// The measured HMAC rate behind expectedMs(), in bytes per second (for tests and diagnostics).
double measuredHmacBytesPerSecond();

} // namespace strongroom::ciphercheck
