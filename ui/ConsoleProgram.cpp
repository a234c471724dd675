#include "ConsoleProgram.h"

#include "core/ProcessHardening.h"
#include "core/Translations.h"
#include "keys/KeyReader.h"

#include <QCommandLineParser>
#include <QIcon>

namespace strongroom::ui {

ConsoleProgram::Hardened::Hardened()
{
    processhardening::hardenProcess();
}

ConsoleProgram::ConsoleProgram(int &argc, char **argv) : m_app(argc, argv)
{
    QApplication::setOrganizationName(QStringLiteral("strongroom"));
    QApplication::setApplicationName(QStringLiteral("strongroom"));
    QApplication::setApplicationDisplayName(QStringLiteral("Strongroom"));
    QApplication::setApplicationVersion(QStringLiteral(STRONGROOM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.strongroom.Strongroom"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/strongroom.svg")));
    installTranslations(m_app);
}

ConsoleProgram::~ConsoleProgram() = default;

MainWindow &ConsoleProgram::window()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(&m_runner);
        m_window->show();
    }
    return *m_window;
}

Result<std::optional<KeyMaterial>> ConsoleProgram::keyFromEnvironment(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("key-env")))
        return std::optional<KeyMaterial>();
    KeyReader reader;
    reader.setConsumeEnvironment(true);
    Result<KeyMaterial> read =
        reader.read(KeySource::environment(parser.value(QStringLiteral("key-env"))), QStringLiteral("key"));
    if (!read)
        return read.error();
    return std::optional<KeyMaterial>(std::move(read.value()));
}

} // namespace strongroom::ui
