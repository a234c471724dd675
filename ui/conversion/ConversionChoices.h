#pragma once

#include "conversion/ConversionPlan.h"
#include "conversion/ConversionRequest.h"
#include "conversion/ConversionResult.h"
#include "sqlcipher/OpenDiagnosis.h"

#include <optional>

namespace strongroom::ui {

// What the pages of the conversion wizard found out and what the user chose, shared by the pages
// (each page fills in its part in validatePage()). The keys live here until the wizard closes.
struct ConversionChoices
{
    QString path;
    std::optional<KeyMaterial> currentKey;

    // From the diagnosis page.
    OpenDiagnosis::Case found = OpenDiagnosis::Case::Unreadable;
    bool encrypted = false;
    std::optional<CipherSettings> sourceSettings;

    // From the operation and key pages.
    ConversionKind kind = ConversionKind::Encrypt;
    CipherSettings targetSettings = CipherSettings::sqlcipher4();
    bool changeKey = true; // migrate only: false keeps the current key
    std::optional<KeyMaterial> newKey;
    bool storeInKeyring = false;

    // From the summary page (the checked plan) and the last page.
    ConversionPlan plan;
    std::optional<ConversionResult> result;

    bool needsNewKey() const
    {
        return kind == ConversionKind::Encrypt || kind == ConversionKind::Rekey ||
               (kind == ConversionKind::Migrate && changeKey);
    }
    bool needsTargetSettings() const
    {
        return kind == ConversionKind::Encrypt || kind == ConversionKind::Migrate;
    }
    // The key that opens the result: the new one, or the current one for a migrate that keeps it.
    std::optional<KeyMaterial> resultKey() const
    {
        if (kind == ConversionKind::Decrypt)
            return std::nullopt;
        return needsNewKey() ? newKey : currentKey;
    }

    ConversionRequest request() const
    {
        ConversionRequest r;
        r.kind = kind;
        r.path = path;
        if (encrypted) {
            r.key = currentKey;
            r.sourceSettings = sourceSettings;
        }
        if (needsNewKey())
            r.newKey = newKey;
        r.targetSettings = targetSettings;
        return r;
    }

    void wipeKeys()
    {
        if (currentKey)
            currentKey->wipe();
        if (newKey)
            newKey->wipe();
        currentKey.reset();
        newKey.reset();
    }
};

} // namespace strongroom::ui
