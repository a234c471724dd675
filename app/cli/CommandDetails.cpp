#include "cli/CommandDetails.h"

#include <QCoreApplication>
#include <QHash>

namespace strongroom::cli {

namespace {

// English, marked for lupdate; commandDetails translates at the time of asking, so that --help
// follows the user's language and the man page and docs/cli.md (written under LC_ALL=C) stay English.
using Details = QHash<QString, const char *>;

// Paragraphs are separated by a blank line; the reference writers wrap them.
Details allDetails()
{
    return {
        {QStringLiteral("doctor"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Reports what this system supports: the versions of SQLCipher, libcryptsetup and Qt, the "
             "available ciphers and hashes, the external tools Strongroom uses, and where the audit log and "
             "settings live. Always exits with status 0; read the report (or its JSON) for what is "
             "missing.")},
        {QStringLiteral("checksum"),
         QT_TRANSLATE_NOOP("cli::CommandDetails",
                           "Prints the SHA-256 of FILE in the format of sha256sum(1).")},
        {QStringLiteral("audit log"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Prints the entries of the audit log: time, user and host, action, target and outcome; only the "
             "last N with --last.")},
        {QStringLiteral("audit verify"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Checks the hash chain of the audit log. Exits with status 4 and names the first bad line when "
             "an entry was changed, removed or inserted.")},
        {QStringLiteral("db info"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Diagnoses a database: plain SQLite or SQLCipher, which settings open it (version profile, page "
             "size, KDF iterations, HMAC and KDF algorithms, plaintext header), or why it does not open "
             "(wrong key, another file type, empty, damaged, locked, read-only); its size and tables.\n\n"
             "Strongroom recognises the SQLCipher 4 to 1 default settings by itself; for a database made "
             "with custom settings, name them with --page-size, --kdf-iter, --hmac-algorithm, "
             "--kdf-algorithm and --plaintext-header-size.")},
        {QStringLiteral("db check"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Verifies every page's HMAC, the structure and the foreign keys of a database, and reports each "
             "problem found; exits with status 4 when the database is damaged.")},
        {QStringLiteral("db encrypt"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Encrypts a plain SQLite database with the new key (--new-key-env and friends). The original "
             "is kept beside the result until you remove it.")},
        {QStringLiteral("db decrypt"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Writes a plain SQLite copy of an encrypted database in its place; asks for confirmation.")},
        {QStringLiteral("db rekey"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Changes the key of an encrypted database: the current key with the key options, the new one "
             "with the --new- options. The kept original and older backups still open with the old "
             "key.")},
        {QStringLiteral("db migrate"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Converts a database written by an older SQLCipher version (1 to 3) to the current format, "
             "keeping its key.")},
        {QStringLiteral("backup create"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Makes a consistent, checksummed backup of a SQLCipher database while applications may "
             "write to it: every page's HMAC is checked and the rows of every table counted in the same "
             "read, and the backup is recorded in the history folder's catalog.")},
        {QStringLiteral("backup list"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Lists the backups of a history folder with their time, size, rows and state (verified, not "
             "yet verified, damaged).")},
        {QStringLiteral("backup verify"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Checks that a backup is complete and that its content matches what the catalog recorded. "
             "An age copy (.db.age, from backup export) is decrypted with --identity or the --age-key "
             "options into a private temp beside it, every chunk authenticated, and checked as the "
             "backup; the temp is removed on every way out.")},
        {QStringLiteral("backup compare"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Compares the live database (first argument) with a backup (second), table by table; the "
             "difference column is backup minus live.")},
        {QStringLiteral("backup prune"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Deletes old backups according to a retention policy. A backup is deleted only when its "
             "catalog entry's seal holds with the database key (the key options): an entry someone "
             "added or changed without the key is kept, with the reason. Without a key, --dry-run "
             "says which removals it could not confirm. Exit 3 when no seal holds and the key opens "
             "none of the files. Asks for confirmation on a terminal; without one it removes nothing "
             "and exits 2 unless --yes is given; --dry-run only lists.")},
        {QStringLiteral("backup restore"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Restores a backup to --to PATH; a database it replaces is kept as a pre-restore backup "
             "until the restored copy is verified. Asks for confirmation. An age copy (.db.age, from "
             "backup export) is decrypted with --identity or the --age-key options into a private temp "
             "beside --to PATH first (exit 3 when no identity matches, 4 when the copy is damaged); the "
             "temp is removed on every way out, Ctrl-C included.")},
        {QStringLiteral("volume create"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Creates an image file formatted as LUKS2 with the new key in slot 0 (--new-key-env and "
             "friends); --recovery-key adds a generated recovery key in slot 1, printed once; "
             "--filesystem ext4 builds an ext4 file system inside without device-mapper.")},
        {QStringLiteral("volume info"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "The LUKS version, UUID, label, cipher, key size, sector size, data offset, every key slot "
             "(PBKDF, memory, iterations, parallelism, name), tokens, segments and an unfinished "
             "re-encryption. Exits with status 6 when the file is not LUKS.")},
        {QStringLiteral("volume test-key"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Which key slot the key opens, without mapping anything; exit status 3 when none does.")},
        {QStringLiteral("volume add-key"),
         QT_TRANSLATE_NOOP("cli::CommandDetails",
                           "Adds the new key in a free key slot, proven by a key that opens the volume.")},
        {QStringLiteral("volume change-key"),
         QT_TRANSLATE_NOOP("cli::CommandDetails",
                           "Replaces the key of the slot that the key opens with the new key.")},
        {QStringLiteral("volume remove-key"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Removes a key slot; refused for the last slot that opens the volume, and unless a different "
             "key given with the key options opens another slot. Asks for confirmation.")},
        {QStringLiteral("volume retune"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Rewrites a key slot with new PBKDF costs, e.g. less memory for a smaller machine.")},
        {QStringLiteral("volume header-backup"),
         QT_TRANSLATE_NOOP("cli::CommandDetails", "Saves the LUKS header and key slots to a new file.")},
        {QStringLiteral("volume header-restore"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Puts a saved header back; refused when the UUIDs differ unless --force. The key slots of the "
             "time of the backup come back with it. Asks for confirmation.")},
        {QStringLiteral("volume encrypt"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Encrypts an unencrypted image in place, offline, with progress; after an interruption the "
             "same command resumes.")},
        {QStringLiteral("volume decrypt"),
         QT_TRANSLATE_NOOP("cli::CommandDetails",
                           "Decrypts a LUKS2 image in place, offline and resumable. Asks for confirmation.")},
        {QStringLiteral("file encrypt"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Encrypts IN (- for standard input) in the age format (age-encryption.org/v1), which the age "
             "program opens too, to one or more recipients, or to a passphrase (scrypt, about one second "
             "of work; given by a key option or typed twice). Writes to OUT (never over an existing "
             "file) or to standard output. Shows progress, stops on Ctrl-C with status 130 and writes "
             "an audit line.")},
        {QStringLiteral("file decrypt"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Decrypts an age file, binary or armored, with identity files (also passphrase-protected "
             "ones made with age -p) or the file's passphrase. OUT is written as a private temporary "
             "file and renamed only after the last chunk authenticates; to standard output, a failure "
             "part-way exits with status 4 and says the output is incomplete.\n\n"
             "Also reads OpenPGP files made by gpg (passphrase from the key options, through GPGME) and "
             "Node.js AES-256-GCM backups (NAME.enc with NAME.iv and NAME.sha256; the key as 64 hex "
             "characters), which carry no authentication tag; the report says so. --decompress also "
             "undoes gzip, zstd or xz compression found inside.\n\n"
             "A wrong identity or passphrase exits with status 3 (no identity matched); a damaged "
             "header, a header MAC that does not match, a tampered, truncated or over-long payload or "
             "bad armor exits with status 4 and names what failed; a file that is not age exits with "
             "status 6 and says what it looks like.")},
        {QStringLiteral("file verify"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Opens the header and authenticates every chunk; writes nothing. Exit codes as for file "
             "decrypt.")},
        {QStringLiteral("backup export"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Writes an age copy of a backup for offsite storage, BACKUP.age or OUT, and its checksum "
             "beside it in the format of sha256sum(1). Needs only public keys.")},
        {QStringLiteral("key rewrap"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Gives age files new recipients by rewriting only their headers; the payload is copied "
             "unchanged, the new file is checked before it replaces the old one, and the original is "
             "kept as FILE.before-rewrap-DATE until you remove it. An armored file stays armored: its "
             "armor is rewritten around the unchanged payload and every chunk authenticated before it "
             "replaces the file.")},
        {QStringLiteral("key list"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Lists every key Strongroom knows, oldest first: the age identities and recipients files it "
             "was given (key generate, file encrypt --recipients-file, file decrypt --identity, the Keys "
             "page's Import; remembered in $XDG_DATA_HOME/strongroom/keys.json, paths and public keys "
             "only), the SQLCipher key ids of backup catalogs (the recent databases' history folders "
             "and each --dir), and the active key slots of LUKS images (the Volumes page's images and "
             "each --image). Each with its key id, created date and where it came from, age in days, "
             "due date, and the files it opens (the key map). Keys older than the rotation period "
             "(--rotation-days, else the console's setting, else 180 days) are marked due. A folder or "
             "image that cannot be read is named on standard error; the rest is still listed.")},
        {QStringLiteral("key set-rotation"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Gives one key its own rotation period: KEYID as key list shows it, DAYS from 1 to 3650, or "
             "\"default\" to follow the global period again (the console's setting, else 180 days). Kept "
             "in the console's settings (keys/rotation/), never with a secret; key list, status, the Keys "
             "page and audit run then measure that key against its own period. Writes the audit line "
             "key.set-rotation with the old and new period.")},
        {QStringLiteral("key record-recovery"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Records where the recovery copy of a key is kept: KEYID as key list shows it, --where in "
             "words (\"sealed envelope in the office safe\", \"password manager, vault Ops\"), with today's "
             "date; --remove takes the record back. Strongroom cannot see a copy kept elsewhere, so this is "
             "the evidence audit run's keys.recovery check reads: a SQLCipher key with a record passes, "
             "one without warns; an age identity passes with its recovery sheet or a record. Kept in the "
             "console's settings (keys/recovery/) and shown by key list and the Keys page; the text names "
             "a place and must never be the key. Writes the audit line key.record-recovery.")},
        {QStringLiteral("key generate"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Makes an age key pair: the identity in FILE (mode 0600) or on standard output, the "
             "recipient printed, and a text recovery sheet with the identity, recipient, key id, date "
             "and a QR code in FILE.recovery.txt or SHEET. --protect encrypts the identity file with a "
             "passphrase.")},
        {QStringLiteral("volume open"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Unlocks an image. A normal user's request goes to udisks2 over D-Bus (polkit decides), which "
             "sets the image up as a loop device (read-only with --read-only) and unlocks it; the key "
             "travels as udisks' own argument, never on a command line. As root without udisks2 the "
             "image is mapped in-process with libcryptsetup as /dev/mapper/NAME. Without udisks2 and not "
             "root: exit 7, naming the udisks2 package and systemctl start udisks2. Unlocking needs "
             "device-mapper; without it: exit 7.")},
        {QStringLiteral("volume close"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Locks an unlocked image and deletes its loop device (udisks2), or removes its mapping (root "
             "without udisks2). A mounted volume: exit 5, unmount it first.")},
        {QStringLiteral("volume mount"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Mounts an unlocked image. Through udisks2 it goes under /media/USER with nosuid,nodev and the "
             "folder is printed; FOLDER is for root without udisks2 only, which mounts with "
             "nosuid,nodev,noexec and the detected file system type, only on an empty FOLDER with no "
             "symbolic link anywhere on its path.")},
        {QStringLiteral("volume unmount"),
         QT_TRANSLATE_NOOP("cli::CommandDetails", "Unmounts every mount of an unlocked image.")},
        {QStringLiteral("volume ls"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Lists a folder inside a LUKS image without root or device-mapper: the volume key comes from "
             "libcryptsetup, the sectors are decrypted in user space (aes-xts-plain64, aes-cbc-essiv:sha256; "
             "LUKS2 and LUKS1, 512- and 4096-byte sectors, detached headers) and the ext2/3/4 file system "
             "is read with libext2fs, read-only. --long shows mode, links, owner, size and time; --json "
             "adds the inode, allocated bytes, nanosecond times and symlink targets. Exit 3 for a wrong "
             "key, 6 for another cipher or file system (named).")},
        {QStringLiteral("volume get"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Copies files and folders out of a LUKS image into --to DIR without root: modes, times, "
             "symlinks, hard links (as links), sparse files (as holes) and user.* extended attributes; "
             "owners and the other attribute namespaces when run as root. Each file is written under a "
             "private temp name beside its target and renamed into place; nothing is replaced without "
             "--force (exit 2). / copies everything into DIR.")},
        {QStringLiteral("volume cat"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Writes a file inside a LUKS image to standard output, following a symbolic link; read in "
             "user space as volume ls is.")},
        {QStringLiteral("volume fsck"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Checks the ext2/3/4 file system inside a LUKS image without changing anything: superblock, "
             "group descriptors and their checksums, every inode's checksum and blocks (inside the file "
             "system, none claimed twice), the block and inode bitmaps against the inode tables, the "
             "groups' free counts, and the directory tree (entries naming in-use inodes of the stated type, "
             "\".\" and \"..\", link counts, in-use inodes no directory names). Lists each problem and "
             "exits with status 4 when there is any.")},
        {QStringLiteral("volume du"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Apparent and allocated size under a path inside a LUKS image, per entry and in total, hard "
             "links counted once (as du does).")},
        {QStringLiteral("volume migrate-dir"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Moves DIR (a PostgreSQL data directory, recognised by PG_VERSION, or any folder) into a new "
             "LUKS2 image: preflight (DIR's size plus --headroom, 20 % by default, free room for the image, "
             "owner and mode; a PostgreSQL server running on DIR is refused with exit 5 and how to stop it, "
             "after its exact row counts are recorded when --dbname is given), then the build, by the path "
             "the report names with its reason (--build): mapped where the volume can be opened "
             "(device-mapper, and udisks2 or root; as a normal user only for a folder whose entries are all "
             "the user's): the image is formatted, opened, given an ext4, mounted and DIR copied in with "
             "hard "
             "links, modes, owners, nanosecond times, xattrs and ACLs; elsewhere user-space: mke2fs -t ext4 "
             "-d DIR into the image and in-place encryption. The operational key goes into slot 0, a "
             "recovery key into slot 1, printed once. Then every file's type, mode, owner, size, "
             "modification time, link count, xattrs (ACLs included) and SHA-256 are read back in user space "
             "and compared with DIR: any difference ends with exit 4 and the list. Only with --yes (or 'yes' "
             "typed on a terminal) is DIR renamed to DIR.before-migration-TIMESTAMP (never deleted) and an "
             "empty mount point with DIR's owner and mode left in its place; the crypttab and fstab lines "
             "and a systemd mount unit are printed (--write-config adds the lines to /etc, as root). When "
             "the volume is mounted at DIR and --pg-start-command is given, PostgreSQL is started with it "
             "(no shell) and its exact row counts compared with those recorded (exit 4 on a difference); "
             "--check-postgres runs only that step, e.g. after mounting by hand. A journal beside the image "
             "(IMAGE.migration.json) records each step: after a kill or Ctrl-C the same command continues. "
             "--rollback DIR puts the kept original back (the mount point must be empty and unmounted); "
             "with --image it also marks that journal rolled back.")},
        {QStringLiteral("volume benchmark"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Cipher speeds (with OpenSSL in user space, labelled so, where the kernel crypto API is "
             "missing) and the time and memory one unlock costs with argon2id and pbkdf2 on this "
             "machine.")},
        {QStringLiteral("pg info"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Connects to a PostgreSQL database (--dbname: a conninfo, a URI or a service name; the password "
             "from ~/.pgpass, the --password- options, the keyring, or a prompt) and reports the server "
             "version, the database's size and encoding, the connection's TLS (protocol, cipher, and "
             "whether the certificate was verified: the sslmode), the settings password_encryption, ssl "
             "and ssl_min_protocol_version, and, for a server on this machine, whether its data directory "
             "lies on a dm-crypt (LUKS) device. Then every table with the planner's row estimate and its "
             "table, TOAST and index bytes, largest first.\n\n"
             "--exact counts every table's rows in --sessions parallel sessions that import one exported "
             "snapshot, so the counts describe one moment even while applications write; Ctrl-C stops "
             "the running counts at once (exit 130). An unreachable server exits with status 7 and "
             "libpq's reason; a refused or missing password with status 3.")},
        {QStringLiteral("schedule add backup"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Writes a systemd service and timer that back DB up (as backup create, into --dir) at the "
             "given time: user units in ~/.config/systemd/user, or system units in /etc/systemd/system when "
             "run as root (--user and --system choose). The timer has Persistent=true, so a run missed while "
             "the machine was off happens at the next boot; the service has OnFailure=, so a failed run is "
             "in the journal at error priority. Both units are checked with systemd-analyze verify and the "
             "timer is enabled with systemctl [--user] enable --now. After each backup the --keep-* rules "
             "remove older backups as backup prune does (only those whose catalog seal holds with the "
             "key).\n\n"
             "A PostgreSQL connection as DB (a conninfo with \"=\", such as \"host=db dbname=shop\", or a "
             "postgres:// URI) makes a schedule of pg backup into --dir (required), encrypted to the "
             "--recipient/--recipients-file age recipients (then the service needs no secret at all) or to a "
             "passphrase delivered like a key; the --keep-* rules then prune as pg backup prune does. The "
             "server's password comes from ~/.pgpass, as libpq reads it.\n\n"
             "The key never goes into a unit: it is sealed with systemd-creds (TPM2 where present) into "
             "$XDG_DATA_HOME/strongroom/schedules/NAME.cred, loaded with LoadCredentialEncrypted= and read "
             "by the service from $CREDENTIALS_DIRECTORY; or, with --key-file FILE --key-file-stays, the "
             "service reads that 0600 file through LoadCredential= at each run. When no user manager runs "
             "(no login session), the units stay written, the command exits with status 7 and says how to "
             "enable them (loginctl enable-linger USER keeps a user's timers running without a login).")},
        {QStringLiteral("schedule add drill"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Writes a systemd service and timer that verify the newest backup of BACKUP_DIR at the highest "
             "level (checksum, opens with the key, every page's HMAC and integrity_check), as backup verify "
             "does; the time, key and unit options are those of schedule add backup. A failed drill fails "
             "the service and shows in status.\n\n"
             "A folder of PostgreSQL backups (it holds strongroom-pg-backups.json) is drilled as pg verify "
             "does, on its newest catalogued backup, with the key (an age identity file's text, or the "
             "passphrase) delivered like a SQLCipher key, always at level 3, the highest: a restore drill "
             "into a temporary cluster Strongroom starts for it (initdb in a private folder, socket only, "
             "removed afterwards; the server programs of the backup's major version must be installed), or "
             "into a scratch database on the server --dbname CONN names; every count is compared with the "
             "manifest and the drill recorded in the catalog. The run report says where it ran.")},
        {QStringLiteral("schedule list"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Lists the schedules: kind, calendar, the last run's start, result and duration (from the run "
             "reports) and the next run (from systemd, when its manager can be asked).")},
        {QStringLiteral("schedule remove"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Stops and disables the timer, removes the service and timer units and the sealed key. The run "
             "reports stay in $XDG_DATA_HOME/strongroom/schedules/runs/NAME.")},
        {QStringLiteral("schedule run-now"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Starts the schedule's service through systemctl [--user] start (so the run gets its "
             "credential as a timed run would), waits for it and prints its run report; exits with the "
             "run's failure.")},
        {QStringLiteral("schedule exec"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Runs the schedule in this process: what its service's ExecStart= runs, with --key-file "
             "%d/strongroom-NAME.key. Each run writes a JSON report (0600) to "
             "$XDG_DATA_HOME/strongroom/schedules/runs/NAME/ and the audit line schedule.run, and exits "
             "with the status of the backup or verification it ran.")},
        {QStringLiteral("status"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Reports what needs attention, for people and for monitoring systems: failures are a schedule "
             "without a successful run for 1.5 times its interval (overdue), and a schedule whose last run "
             "or drill failed; warnings are backups whose last successful drill is older than "
             "--drill-max-age days (default 30) or never happened (a drill is a drill schedule's successful "
             "run or a full check the folder's catalog records: backup verify with the key, pg verify "
             "--level 3, the console's Verify and Restore Drill, so drills by hand count; the audit "
             "takes the same date), and keys older than their rotation period "
             "(as key list). Exits with status 0 when all is well, 10 when there are warnings only and 11 "
             "when anything fails.")},
        {QStringLiteral("audit run"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Checks what Strongroom knows (the console's history folders, PostgreSQL backup folders and "
             "volumes, and the folders the schedules back up or drill) and every database, key file, backup "
             "folder and LUKS image found under the PATHs, and this machine. Each check "
             "has a result (pass, warn, fail, manual), the evidence seen, why it matters and the fix: "
             "databases encrypted, with KDF iterations of at least 256,000 and page HMACs (read with the "
             "key options); key files 0600 and owned by the user; a key, secret or password assigned in a "
             ".env or config file in a database's folder or its parents (named by file and line, the value "
             "never printed); backups, SQLCipher and PostgreSQL alike, encrypted (no plain pg_dump beside "
             "them), not readable by others, recent, with retention and a recent restore drill (as status "
             "finds it: a drill schedule's run or a full check in the folder's catalog, backup verify with "
             "the key or pg verify --level 3); keys due for rotation; LUKS slots "
             "with PBKDF2 below one second here or "
             "argon2 below 256 MiB, no recovery slot, unnamed extra slots; AES-NI, swap encrypted or "
             "absent, core dumps off, the audit log's chain intact and the same lines in the system journal "
             "(manual, with the reason, where no journal can be read); a LUKS header backup missing or older "
             "than the last key slot change; a recovery copy for each backup key: an age identity's recovery "
             "sheet, or where its copy is kept as key record-recovery recorded it (a SQLCipher key without "
             "a record warns); the PostgreSQL connections the console keeps and each --dbname CONN: TLS in "
             "use with "
             "sslmode=verify-full, ssl_min_protocol_version at least TLSv1.2, password_encryption "
             "scram-sha-256, and a local server's data directory on an encrypted device (a connection that "
             "cannot be made is a warning, not skipped); and manual items to check by hand. "
             "--html FILE also writes the report as a page; the console's Audit page runs the same audit and "
             "exports it as HTML or PDF. Exits with status 0 when all pass, 10 with "
             "warnings, 11 when a check fails, 2 for a bad option (such as a --dbname holding a password).")},
        {QStringLiteral("pg backup"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Backs up one PostgreSQL database into DIR as one set of files (docs/file-formats.md): the "
             "dump, "
             "an encrypted manifest and a .sha256 in sha256sum format. Strongroom's own session opens a "
             "REPEATABLE READ, READ ONLY transaction and exports its snapshot; pg_dump -Fc --snapshot "
             "dumps exactly that snapshot while the same session counts every table's rows in it, so the "
             "manifest's counts are the dump's even while applications write. pg_dump 16 or newer "
             "compresses the dump itself (--compress=zstd:1) and it streams through age into NAME.dump.age; "
             "an older pg_dump writes -Z0 through zstd and age into NAME.dump.zst.age. Either goes into a "
             "0600 temp file in DIR (never plain on disk, never whole in memory), which is fsynced and "
             "renamed when pg_dump has succeeded. The password reaches pg_dump only through a private "
             "passfile.\n\n"
             "Restore without Strongroom: age -d -i KEY FILE.dump.age | pg_restore -d DB (for a "
             "FILE.dump.zst.age: age -d -i KEY FILE.dump.zst.age | zstd -d | pg_restore -d DB). "
             "Ctrl-C stops pg_dump and leaves no file (exit 130). pg_dump missing or older than the server "
             "exits with status 7 naming the package postgresql-client-N; an unreachable server with "
             "status 7 and libpq's reason.")},
        {QStringLiteral("pg restore"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Restores a backup made by pg backup into the database named by --dbname. Before anything is "
             "touched, the set's .sha256 (the dump and the manifest hashed in full), the manifest (opened "
             "with --identity or the passphrase) and the dump's age header are checked: a damaged or "
             "truncated file exits with status 4, a wrong key with status 3, and nothing is changed.\n\n"
             "--create makes the database first (it must not exist); a database that holds tables is "
             "refused (status 2) unless --clean --yes replaces the backup's objects in it. --jobs 1 (the "
             "default) streams age (and zstd for a .dump.zst.age) into pg_restore --single-transaction with "
             "no plaintext on disk; --jobs N decrypts the dump, still compressed, into a 0700 staging folder "
             "(beside the backup, or --staging-dir), removed "
             "on success, failure, Ctrl-C and by the next restore after a crash. Afterwards every table's "
             "exact row count is compared with the manifest; a difference exits with status 4 and the "
             "table-by-table comparison.\n\n"
             "Also restores the backups admins already have, detected by content: pg_dump | gzip | gpg "
             "--symmetric files (the passphrase from the key options), age files of a bare dump "
             "(--identity), Node.js AES-256-GCM .enc sets with .iv and .sha256 (the key as 64 hex "
             "characters), plain, gzip, zstd or xz compressed SQL (through psql -v ON_ERROR_STOP=1 "
             "--single-transaction), custom-format dumps, and tar archives (plain or compressed) of "
             "directory-format dumps, extracted into the 0700 staging folder and removed afterwards. "
             "With --jobs 1 encrypted ones are decrypted as they stream into the restore, nothing "
             "decrypted on disk; the last MiB is held back until the whole file has authenticated, so a "
             "damaged file is rolled back, never committed. With --jobs N they are decrypted into the "
             "staging folder first (an encrypted tar archive needs that). They carry no manifest: the "
             "report says so and lists the counts found. A damaged or truncated file exits with status "
             "4, a wrong key with status 3, and a database --create made is dropped again.")},
        {QStringLiteral("pg verify"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Verifies a backup made by pg backup without restoring it into a database you use. Level 1 "
             "checks the set's .sha256, opens the manifest with the key and checks the dump's age header. "
             "Level 2 also authenticates every chunk of the dump and reads its table of contents with "
             "pg_restore --list (the plaintext goes through a pipe, never to disk), which must hold every "
             "table the manifest counts. Level 3 is a restore drill: the backup is restored into a new "
             "scratch database on the server --dbname names, every table's count is compared with the "
             "manifest, the scratch database is dropped again, and the result (date, duration, counts "
             "equal) is recorded in the folder's catalog, which pg backup list shows. Without --dbname "
             "the drill runs in a temporary cluster Strongroom starts itself: initdb in a 0700 folder "
             "under TMPDIR, the server programs of the backup's major version (postgresql-N), a private "
             "Unix socket and no TCP; it is stopped and removed at the end, also on failure and Ctrl-C, "
             "and a folder left by a crash is removed by the next drill.\n\n"
             "A damaged or truncated file, or counts that differ, exit with status 4; a wrong key with "
             "status 3.")},
        {QStringLiteral("pg compare"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Compares the row counts in a backup's manifest with the live database's exact counts (taken "
             "in one snapshot), table by table; the difference column is backup minus live. Reads only; "
             "differences are reported, not an error.")},
        {QStringLiteral("pg backup list"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Lists the backups in DIR from its catalog, newest first: time, name, size, tables and rows, "
             "the "
             "last restore drill, and what the retention policy (the --keep- options, by default 7 daily, 4 "
             "weekly and 12 monthly) would do with each. Dump files without a catalog entry are listed as "
             "not in the catalog and never pruned.")},
        {QStringLiteral("pg backup prune"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Removes the backups the retention policy does not keep (restic's rules; by default 7 daily, 4 "
             "weekly and 12 monthly), each with all its files. Asks first on a terminal; --yes confirms in "
             "a script, --dry-run only shows what would go. An entry whose catalog time differs from the "
             "time in its file name, or whose dump no longer has the recorded SHA-256, is kept and "
             "reported.")},
        {QStringLiteral("bench queries"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Runs each statement of the workload (a file, or the built-in set: SELECT 1, a 100-row page, a "
             "point lookup by primary key, count(*) of the largest table, a LIKE search) after a warm-up, "
             "then in rounds, on FILE opened read-only; per statement avg, p50, p95, p99 (nearest rank: the "
             "sample of rank ceil(p/100 x n)), min, max, stddev and queries/s, timed with CLOCK_MONOTONIC. "
             "With --against-plain-twin a decrypted copy (0600, in a private folder beside FILE, removed "
             "afterwards, also on Ctrl-C) runs the same workload, A and B alternating per round; the "
             "overhead per statement is reported with its spread across rounds, or as \"no measurable "
             "difference\" when the rounds' 95 % interval contains 0. --save-baseline and --compare keep "
             "and compare results in the data folder; --compare exits with status 9 when a statement's p50 "
             "is slower by more than --threshold and more than the noise of both runs. With --dbname CONN "
             "the target is a PostgreSQL connection (the built-in set on its largest table; sessions "
             "read-only; timed from sending to the last row received), and --against CONN2 runs the same "
             "workload on a second connection, interleaved in rounds, reporting the overhead of CONN over "
             "CONN2 (e.g. TLS on against off, or a cluster on an encrypted volume against a plain one). "
             "CONN2's password comes from --against-password-env, -file, -stdin or -keyring (the forms of "
             "--dbname's; standard input holds only one of the two passwords), else from .pgpass, a service "
             "file or a prompt on a terminal.")},
        {QStringLiteral("bench crypto"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Measures in this process, per CPU second, the algorithms of Strongroom's formats in their own "
             "unit sizes, needing no kernel crypto API, and runs openssl speed on each as the reference; "
             "the ratio should be close to 1. Each row runs openssl speed's own loop (one keyed context, "
             "the same block encrypted in place; HMAC re-initialised without re-keying), so the two "
             "figures measure the same thing.")},
        {QStringLiteral("bench kdf"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Times one derivation of PBKDF2-HMAC-SHA512 at SQLCipher 4's 256,000 iterations (the wait at "
             "every open), PBKDF2-HMAC-SHA1 at SQLCipher 3's 64,000, each key slot of the --volume images "
             "at its own cost (the wait at unlock) and age's scrypt at 2^18, and gives the settings that "
             "take --target-ms here. Without --volume the console's known volumes are measured; when no "
             "argon2id slot is found, argon2id at libcryptsetup's defaults for a new LUKS2 slot (its "
             "memory and threads, 4 iterations) stands in.")},
        {QStringLiteral("bench sqlcipher"),
         QT_TRANSLATE_NOOP(
             "cli::CommandDetails",
             "Runs a synthetic workload (bulk insert of --size-mb in one transaction, 20,000 point reads, "
             "500 range scans of 100 rows, 5,000 updates, a full scan; reads on a fresh connection) on a "
             "plain SQLite file and on SQLCipher files that each change one of SQLCipher's defaults: 16 "
             "KiB pages, cipher_memory_security on, no HMAC, a 64 MiB cache. Reports each phase's time "
             "(best of --rounds), the overhead against plain SQLite, which settings cut it beyond the "
             "noise here, and what each costs in security. The files are 0600 in a private temporary "
             "folder, removed afterwards, also on Ctrl-C.")},
    };
}

} // namespace

QString commandDetails(const QStringList &path)
{
    static const Details details = allDetails();
    const char *english = details.value(path.join(QLatin1Char(' ')));
    return english ? QCoreApplication::translate("cli::CommandDetails", english) : QString();
}

} // namespace strongroom::cli
