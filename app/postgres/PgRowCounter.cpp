#include "postgres/PgRowCounter.h"

#include "postgres/PgSnapshot.h"

#include <poll.h>

namespace strongroom::postgres {

PgRowCounter::PgRowCounter(PgConnection connection, PgPassword password, int sessions)
    : m_connection(std::move(connection)), m_password(std::move(password)), m_sessions(std::max(1, sessions))
{
}

Result<QList<qint64>> PgRowCounter::count(const QString &snapshotId, const QList<PgTableRef> &tables,
                                          const WorkProgress &work)
{
    QList<qint64> rows(tables.size(), -1);
    if (tables.isEmpty())
        return rows;

    // Opening and importing report nothing: the units shown are tables counted.
    const WorkProgress cancel = work.cancelOnly();
    std::vector<std::unique_ptr<PgSession>> sessions;
    const int wanted = int(std::min<qsizetype>(m_sessions, tables.size()));
    for (int i = 0; i < wanted; ++i) {
        Result<std::unique_ptr<PgSession>> session = PgSession::open(m_connection, m_password, cancel);
        if (!session)
            return session.error();
        if (Status imported = snapshot::importInto(**session, snapshotId, cancel); !imported)
            return imported.error();
        sessions.push_back(std::move(*session));
    }

    // running[i]: the table session i counts, or -1 when it is free.
    std::vector<int> running(sessions.size(), -1);
    int next = 0;
    int done = 0;
    std::optional<Error> failure;
    bool cancelSent = false;
    while (done < tables.size()) {
        for (size_t s = 0; s < sessions.size() && !failure && !cancelSent; ++s) {
            if (running[s] >= 0 || next >= tables.size())
                continue;
            const PgTableRef &t = tables[next];
            const QString sql =
                QStringLiteral("SELECT count(*) FROM %1.%2")
                    .arg(sessions[s]->quoteIdentifier(t.schema), sessions[s]->quoteIdentifier(t.name));
            if (!sessions[s]->send(sql)) {
                failure = sessions[s]->takeResult().error();
                break;
            }
            running[s] = next++;
        }
        std::vector<pollfd> fds;
        std::vector<size_t> owners;
        for (size_t s = 0; s < sessions.size(); ++s) {
            if (running[s] >= 0) {
                fds.push_back(pollfd{sessions[s]->socket(), POLLIN, 0});
                owners.push_back(s);
            }
        }
        if (fds.empty())
            break; // a failure or a cancel left nothing running
        if (!cancelSent && work.cancelled()) {
            for (size_t s : owners)
                sessions[s]->cancel();
            cancelSent = true;
        }
        ::poll(fds.data(), fds.size(), 50);
        for (size_t f = 0; f < fds.size(); ++f) {
            const size_t s = owners[f];
            if (!(fds[f].revents & (POLLIN | POLLHUP | POLLERR)) || !sessions[s]->consume())
                continue;
            const int index = running[s];
            running[s] = -1;
            Result<PgResult> result = sessions[s]->takeResult();
            if (!result) {
                if (!failure)
                    failure = result.error();
                continue;
            }
            rows[index] = result->int64(0, 0);
            work.report(++done, tables.size());
        }
        if (cancelSent || failure) {
            // Let the running counts end (cancelled or not) before the sessions close.
            bool anyRunning = false;
            for (int r : running)
                anyRunning = anyRunning || r >= 0;
            if (!anyRunning)
                break;
        }
    }
    if (cancelSent)
        return Cancelled{};
    if (failure)
        return *failure;
    return rows;
}

} // namespace strongroom::postgres
