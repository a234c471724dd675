// strongroom-helper: the privileged half of `volume open/close/mount/unmount`, started by
// strongroom-cli and the console through pkexec (policy io.strongroom.helper). It takes no
// arguments that matter: requests come as JSON lines on stdin (see volumes/HelperProtocol.h).
#include "helper/HelperSession.h"

#include <QCoreApplication>
#include <QtCrypto>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("strongroom-helper"));
    if (argc > 1) {
        std::fprintf(stderr, "strongroom-helper reads JSON requests on stdin and takes no arguments.\n");
        return 2;
    }
    strongroom::helper::HelperSession session(stdin, stdout, strongroom::AuditLog());
    return session.run();
}
