#pragma once

#include <KCompressionDevice>
#include <QByteArrayView>
#include <QString>

namespace strongroom::age {

// The compression inside a decrypted backup, told by its first bytes (gzip, zstd, xz; anything else
// is None), and its name as reports and JSON show it ("" for None). One place for every reader.
KCompressionDevice::CompressionType compressionOf(QByteArrayView start);
QString compressionName(KCompressionDevice::CompressionType type);
// The KArchive release these readers are built with ("6.13.0"), for `doctor`.
QString karchiveVersion();

} // namespace strongroom::age
