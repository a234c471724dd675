#!/bin/sh
# Runs a test program with a systemd-journald of its own, so the audit trail's journal round trip is
# tested against the real daemon where none runs (build roots, CI containers): a private mount
# namespace gets an empty /run (journald's sockets and runtime journal) and an empty
# /var/log/journal, and everything disappears with the namespace. Without root, unshare or
# journald the test runs as it is and says (QSKIP) what it could not do.
set -eu
journald=/usr/lib/systemd/systemd-journald
if [ "$(id -u)" != 0 ] || ! command -v unshare >/dev/null 2>&1 || [ ! -x "$journald" ]; then
    echo "with-private-journald: cannot start a private journald (needs root, unshare and $journald): running $1 without it" >&2
    exec "$@"
fi
# Inside a chroot "/" is no mount point, so its propagation cannot be changed; that is safe only when
# the surrounding namespace is already private (dev.sh makes it so), never on a host with shared /run.
if unshare --mount --propagation private true 2>/dev/null; then
    propagation=private
elif ! grep -q ' shared:' /proc/self/mountinfo; then
    propagation=unchanged
else
    echo "with-private-journald: no private mount namespace here: running $1 without journald" >&2
    exec "$@"
fi
exec unshare --mount --propagation "$propagation" sh -c '
    set -u
    mount -t tmpfs -o mode=0755 tmpfs /run
    if [ -d /var/log/journal ]; then mount -t tmpfs -o mode=0755 tmpfs /var/log/journal; fi
    "$0" </dev/null >/dev/null 2>&1 &
    daemon=$!
    i=0
    while [ ! -S /run/systemd/journal/socket ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    "$@"
    status=$?
    kill "$daemon"
    wait "$daemon" 2>/dev/null
    exit $status
' "$journald" "$@"
