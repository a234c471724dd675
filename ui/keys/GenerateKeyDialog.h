#pragma once

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace strongroom {
class JobRunner;
} // namespace strongroom

namespace strongroom::ui {

class Banner;
class NewPassphraseField;

// Generate on the Keys page: a name, the identity file (0600, optionally passphrase-protected), the
// PDF recovery sheet and, opt-in, a copy in the desktop keyring. GenerateKeyJob makes the key and
// remembers it in the key registry; then the sheet is written and the user types back one random
// group of five characters of the identity from it, as the volume wizard asks for its recovery key,
// before Done is offered.
class GenerateKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GenerateKeyDialog(JobRunner *runner, QWidget *parent = nullptr);

    // After generation: the group (1-based) the user is asked to type back, and the text expected.
    int askedGroup() const { return m_group + 1; }
    bool typedBackMatches() const;
    QString recipient() const { return m_recipient; }

Q_SIGNALS:
    // The key exists (its identity file is written and registered).
    void generated(const QString &identityFile);

private:
    void chooseFile();
    void updateGenerate();
    void generate();
    void finishGeneration(const QString &identityFile, const QJsonObject &data);

    JobRunner *m_runner;
    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QLineEdit *m_file;
    QLineEdit *m_sheet;
    QCheckBox *m_protect;
    NewPassphraseField *m_passphrase;
    QCheckBox *m_keyring;
    QPushButton *m_generate;
    Banner *m_banner;
    QLabel *m_summary;
    QLabel *m_question;
    QLineEdit *m_typed;
    QPushButton *m_done;
    QString m_recipient;
    QString m_expected; // the asked group only; the identity itself is not kept
    int m_group = 0;
};

} // namespace strongroom::ui
