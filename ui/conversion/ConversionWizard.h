#pragma once

#include "ConversionChoices.h"

#include <QWizard>

namespace strongroom {
class JobRunner;
}

namespace strongroom::ui {

// Walks an administrator through encrypting, decrypting, rekeying or migrating one database:
// choose the file → what Strongroom found → the operation → the new key → a summary of exactly
// what will happen (the commit page) → the work in the job progress dialog → the verification report.
// The work itself is ConversionJob (app/conversion) with its safety protocol; nothing here touches
// the file before the commit page is confirmed.
class ConversionWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FileId,
        DiagnosisId,
        OperationId,
        NewKeyId,
        SummaryId,
        ResultId
    };
    Q_ENUM(PageId)

    explicit ConversionWizard(JobRunner *runner, QWidget *parent = nullptr);
    ~ConversionWizard() override;

    // Starts on a known file (the open database of a dashboard): the file page is skipped, and the
    // key and settings that opened it are used, so the diagnosis costs one key derivation at most.
    void startFrom(const QString &path, std::optional<KeyMaterial> key = std::nullopt,
                   std::optional<CipherSettings> settings = std::nullopt);
    // Preselects an operation on the operation page (a banner's "encrypt this file").
    void preferOperation(ConversionKind kind);

    ConversionChoices &choices() { return m_choices; }
    JobRunner *runner() const { return m_runner; }
    std::optional<ConversionKind> preferredOperation() const { return m_preferred; }
    // True while the conversion job runs: closing the wizard then only asks the job to stop.
    void setBusy(bool busy) { m_busy = busy; }

Q_SIGNALS:
    // "Open the new file": the converted file and the key that opens it (empty when not encrypted).
    void openDatabaseRequested(const QString &path, const strongroom::KeyMaterial &key);

public:
    void requestOpen();

protected:
    void reject() override;

private:
    JobRunner *m_runner;
    ConversionChoices m_choices;
    std::optional<ConversionKind> m_preferred;
    bool m_busy = false;
};

} // namespace strongroom::ui
