#!/bin/sh
# ./dev.sh demo runs this inside the build environment: it makes the demo database with the sqlcipher
# shell, opens the console on it (under Xvfb, with a screenshot, when there is no display) and prints
# the database's summary. The key travels in an environment variable, never on a command line.
set -eu
demo=build/demo
db=$demo/shop.db
mkdir -p "$demo"
STRONGROOM_DEMO_KEY="demo: correct horse battery staple"
export STRONGROOM_DEMO_KEY

rm -rf "$db" "$db-wal" "$db-shm" "$demo/backups"
{ printf "PRAGMA key = '%s';\n" "$STRONGROOM_DEMO_KEY"; cat resources/demo/shop.sql; } \
    | sqlcipher -batch -bail "$db" >/dev/null
# One verified backup in the demo's history, so the Backups page and the last-backup card have data.
strongroom-cli backup create "$db" --key-env STRONGROOM_DEMO_KEY >/dev/null
echo "Demo database:  $PWD/$db"
echo "Demo key:       $STRONGROOM_DEMO_KEY"
echo "                (in the environment variable STRONGROOM_DEMO_KEY: strongroom-cli db info $db --key-env STRONGROOM_DEMO_KEY)"
echo

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    shot=$demo/console.png
    rm -f "$shot"
    xvfb-run -a -s "-screen 0 1280x800x24" \
        strongroom --key-env STRONGROOM_DEMO_KEY --screenshot "$shot" "$db" 2>"$demo/console.log" \
        || { cat "$demo/console.log" >&2; exit 1; }
    echo "No display: the console ran under Xvfb. Screenshot of the main window: $PWD/$shot"
    echo
    strongroom-cli db info "$db" --key-env STRONGROOM_DEMO_KEY
else
    strongroom-cli db info "$db" --key-env STRONGROOM_DEMO_KEY || true
    exec strongroom --key-env STRONGROOM_DEMO_KEY "$db"
fi
