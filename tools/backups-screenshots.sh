#!/bin/bash
# Makes docs/screenshots/backups-*.png: a demo history (build/shots/data), then the console offscreen
# in each view (strongroom-backups-screenshot, tools/screenshots/). Run inside the build root after building
# that target: ./dev.sh exec tools/backups-screenshots.sh
set -e
SETUP=$(mktemp); SHOT=$(mktemp)
cat > "$SETUP" <<'SETUP_EOF'
# Demo history for the Backups screenshots (run inside ./dev.sh exec from the worktree).
set -e
D=$PWD/build/shots/data
rm -rf "$D"; mkdir -p "$D/Downloads"
export SHOT_KEY="x'2b7e151628aed2a6abf7158809cf4f3c762e7160f38b4da56a784d9045190cfe'"
export OLD_KEY="x'603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4'"
export XDG_CONFIG_HOME=$PWD/build/shots/config XDG_DATA_HOME=$PWD/build/shots/share
CLI=build/debug/bin/strongroom-cli
mk() { # file key customers orders
sqlcipher -batch -bail "$1" >/dev/null <<SQL
PRAGMA key = "$2";
CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT, email TEXT, note BLOB);
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < $3) INSERT INTO customers SELECT x, 'Customer ' || x, 'c' || x || '@example.org', randomblob(200) FROM c;
CREATE TABLE orders(id INTEGER PRIMARY KEY, customer INTEGER, total INTEGER, lines BLOB);
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < $4) INSERT INTO orders SELECT x, x % $3, x * 7, randomblob(300) FROM c;
CREATE INDEX orders_customer ON orders(customer);
CREATE TABLE invoices(id INTEGER PRIMARY KEY, number TEXT, pdf BLOB);
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < $3 / 4) INSERT INTO invoices SELECT x, 'INV-' || x, randomblob(3000) FROM c;
CREATE TABLE settings(k TEXT PRIMARY KEY, v TEXT);
INSERT INTO settings VALUES ('currency', 'EUR'), ('vat', '19');
SQL
}
grow() { sqlcipher -batch -bail "$1" >/dev/null <<SQL
PRAGMA key = "$SHOT_KEY";
WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < $2) INSERT INTO orders(customer, total, lines) SELECT x, x * 3, randomblob(300) FROM c;
INSERT INTO customers(name, email, note) VALUES ('New customer', 'new@example.org', randomblob(10));
SQL
}
# The file made with the key used before the last rotation.
mk "$D/crm-old.db" "$OLD_KEY" 9000 30000
$CLI backup create "$D/crm-old.db" --dir "$D/backups" --key-env OLD_KEY >/dev/null
mk "$D/crm.db" "$SHOT_KEY" 12000 45000
for i in 1 2 3 4 5 6 7 8; do
  $CLI backup create "$D/crm.db" --key-env SHOT_KEY >/dev/null
  grow "$D/crm.db" $((i * 700))
  sleep 1
done
# A downloaded export, never catalogued.
mk "$D/Downloads/crm-export-2026-11-20.db" "$SHOT_KEY" 11800 44000
cp "$D/Downloads/crm-export-2026-11-20.db" "$D/backups/crm-export-2026-11-20.db"
python3 - "$D" <<'PY'
import json, os, sys, datetime
d = sys.argv[1]; folder = os.path.join(d, 'backups')
cat = json.load(open(os.path.join(folder, 'strongroom-backups.json')))
now = datetime.datetime(2026, 11, 23, 13, 30, tzinfo=datetime.timezone.utc)
# Spread the backups back in time: today, daily, weekly, one pre-restore.
offsets = [datetime.timedelta(hours=1), datetime.timedelta(hours=5), datetime.timedelta(days=1, hours=2),
           datetime.timedelta(days=2), datetime.timedelta(days=3, hours=4), datetime.timedelta(days=9),
           datetime.timedelta(days=16), datetime.timedelta(days=40), datetime.timedelta(days=75)]
entries = sorted(cat['backups'], key=lambda b: (b['created'], 'crm-old' not in b['source']), reverse=True)
for b, off in zip(entries, offsets):
    t = now - off
    name = 'crm-backup-' + t.strftime('%Y%m%d-%H%M%S') + '.db'
    os.rename(os.path.join(folder, b['file']), os.path.join(folder, name))
    b['file'] = name; b['created'] = t.strftime('%Y-%m-%dT%H:%M:%SZ')
    b['source'] = os.path.join(d, 'crm.db')
entries[5]['tags'] = ['pre-restore', 'damaged']
entries[5]['pages_checked'] = False  # kept as found, as a restore keeps a damaged database
entries[5]['row_counts'] = {}
entries[5].pop('seal', None)
cat['backups'] = entries
json.dump(cat, open(os.path.join(folder, 'strongroom-backups.json'), 'w'), indent=1)
PY
rm -f "$D/crm-old.db"
ls -la "$D/backups"
SETUP_EOF
cat > "$SHOT" <<'SHOT_EOF'
# shot.sh VIEW OUTPUT [extra args]
export SHOT_KEY="x'2b7e151628aed2a6abf7158809cf4f3c762e7160f38b4da56a784d9045190cfe'"
export XDG_CONFIG_HOME=$PWD/build/shots/config XDG_DATA_HOME=$PWD/build/shots/share
view=$1; out=$2; shift 2
xvfb-run -a -s "-screen 0 1400x900x24" build/debug/bin/strongroom-backups-screenshot build/shots/data/crm.db --key-env SHOT_KEY --view "$view" --output "$out" "$@"
SHOT_EOF
mkdir -p build/shots/config/strongroom docs/screenshots
# The retention policy shown: keep-daily 3, keep-weekly 2, keep-monthly 1 for the demo folder.
python3 - <<'PY'
import os, urllib.parse
folder = os.path.abspath('build/shots/data/backups')
key = urllib.parse.quote(folder, safe='').replace('%', '%25')
values = {'last': 0, 'hourly': 0, 'daily': 3, 'weekly': 2, 'monthly': 1, 'yearly': 0, 'within': '',
          'includeProtected': 'false'}
with open('build/shots/config/strongroom/strongroom.conf', 'w') as f:
    f.write('[backupRetention]\n' + ''.join(f'{key}\\{k}={v}\n' for k, v in values.items()))
PY
bash "$SETUP" > /dev/null
for view in history retention restore-choose restore-validate restore-compare restore-commit; do
    name=${view#restore-}; [ "$view" = "$name" ] && out=backups-$view.png || out=backups-restore-$name.png
    bash "$SHOT" "$view" "docs/screenshots/$out"
done
old=$(python3 -c "import json; c=json.load(open('build/shots/data/backups/strongroom-backups.json')); print([b['file'] for b in c['backups'] if b['key_id'] != c['backups'][0]['key_id']][0])")
bash "$SHOT" restore-validate docs/screenshots/backups-restore-wrong-key.png --restore-file "build/shots/data/backups/$old"
bash "$SHOT" restore-progress docs/screenshots/backups-restore-progress.png
# A backup straight from backup create: its sealed catalog entry vouches for its pages.
bash "$SETUP" > /dev/null
SHOT_KEY="x'2b7e151628aed2a6abf7158809cf4f3c762e7160f38b4da56a784d9045190cfe'" XDG_CONFIG_HOME=$PWD/build/shots/config \
    XDG_DATA_HOME=$PWD/build/shots/share build/debug/bin/strongroom-cli backup create build/shots/data/crm.db \
    --key-env SHOT_KEY >/dev/null
sealed=$(ls -t build/shots/data/backups/crm-backup-*.db | head -1)
bash "$SHOT" restore-validate docs/screenshots/backups-restore-validate-sealed.png --restore-file "$sealed"
# Bit rot in a page of the live database: the restore goes ahead and keeps it as found.
bash "$SETUP" > /dev/null
python3 - build/shots/data/crm.db <<'PY'
import sys
with open(sys.argv[1], 'r+b') as f:
    f.seek(50 * 4096 + 300); b = f.read(1); f.seek(50 * 4096 + 300); f.write(bytes([b[0] ^ 0x55]))
PY
newest=$(ls build/shots/data/backups/crm-backup-*.db | sort | tail -1)
bash "$SHOT" restore-validate docs/screenshots/backups-restore-damaged-live.png --restore-file "$newest"
bash "$SETUP" > /dev/null
bash "$SHOT" restore-report docs/screenshots/backups-restore-report.png
rm -f "$SETUP" "$SHOT"
