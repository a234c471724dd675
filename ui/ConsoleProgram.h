#pragma once

// The start-up every program that shows the console's main window shares: the console itself
// (ui/main.cpp) and the screenshot tool (tools/screenshots/main.cpp).

#include "MainWindow.h"
#include "core/JobRunner.h"
#include "core/Result.h"
#include "keys/KeyMaterial.h"

#include <QApplication>
#include <QtCrypto>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace strongroom::ui {

// Made first thing in main(), in this order: the process hardened before anything else runs
// (processhardening::hardenProcess), QCA, the application with the console's names (so every such
// program reads the console's settings) and icon, the translations for the user's locale. Then the
// program's one JobRunner with its one AuditLog, and the main window on it once the command line
// is read. Members are destroyed in the reverse order: the window, the runner, the application.
class ConsoleProgram
{
public:
    ConsoleProgram(int &argc, char **argv);
    ~ConsoleProgram();
    ConsoleProgram(const ConsoleProgram &) = delete;
    ConsoleProgram &operator=(const ConsoleProgram &) = delete;

    QApplication &app() { return m_app; }
    JobRunner &runner() { return m_runner; }
    // The main window, made and shown on the first call.
    MainWindow &window();

    // The key in the environment variable that `--key-env` names, read once for every file and then
    // removed from the environment, so no child inherits it; none when the option is not given.
    static Result<std::optional<KeyMaterial>> keyFromEnvironment(const QCommandLineParser &parser);

private:
    struct Hardened
    {
        Hardened();
    };

    Hardened m_hardened;
    QCA::Initializer m_crypto{QCA::Practical, 64};
    QApplication m_app;
    JobRunner m_runner{AuditLog()}; // the program's one audit log: every job writes its line there
    std::unique_ptr<MainWindow> m_window;
};

} // namespace strongroom::ui
