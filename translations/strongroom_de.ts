<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cli::BenchCommands</name>
    <message>
        <source>Target A</source>
        <translation>Ziel A</translation>
    </message>
    <message>
        <source>Target B</source>
        <translation>Ziel B</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>percentiles by nearest rank; times per execution, every row stepped</source>
        <translation>Perzentile nach nächstem Rang; Zeiten je Ausführung, jede Zeile durchlaufen</translation>
    </message>
    <message>
        <source>STATEMENT</source>
        <translation>ANWEISUNG</translation>
    </message>
    <message>
        <source>overhead of A over B: </source>
        <translation>Mehraufwand von A gegenüber B: </translation>
    </message>
    <message>
        <source>overhead: </source>
        <translation>Mehraufwand: </translation>
    </message>
    <message>
        <source>: not in the baseline, not compared</source>
        <translation>: nicht in der Basislinie, nicht verglichen</translation>
    </message>
    <message>
        <source>Against baseline %1 (threshold %2 %):</source>
        <translation>Gegen die Basislinie %1 (Schwelle %2 %):</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VARIANTE</translation>
    </message>
    <message>
        <source>USED BY</source>
        <translation>VERWENDET VON</translation>
    </message>
    <message>
        <source>--key-env, --key-file and --passphrase-stdin open SQLCipher files; a PostgreSQL password comes with --password-env, --password-file, --password-stdin or --password-keyring.</source>
        <translation>--key-env, --key-file und --passphrase-stdin öffnen SQLCipher-Dateien; ein PostgreSQL-Passwort kommt mit --password-env, --password-file, --password-stdin oder --password-keyring.</translation>
    </message>
    <message>
        <source>With --dbname: also run on this second PostgreSQL connection (its password from the --against-password-* options, .pgpass, a service file or the prompt), interleaved, and report the overhead of --dbname over it per statement.</source>
        <translation>Mit --dbname: auch auf dieser zweiten PostgreSQL-Verbindung ausführen (ihr Passwort aus den Optionen --against-password-*, .pgpass, einer Dienstdatei oder der Abfrage), abwechselnd, und den Mehraufwand von --dbname gegenüber ihr je Anweisung melden.</translation>
    </message>
    <message>
        <source>SQL statements to run, one per line or ;-separated; :name parameters take random existing values of that column (default: the built-in set).</source>
        <translation>Auszuführende SQL-Anweisungen, eine pro Zeile oder durch ; getrennt; :name-Parameter nehmen zufällige vorhandene Werte dieser Spalte an (Standard: der eingebaute Satz).</translation>
    </message>
    <message>
        <source>Timed runs per statement and target (default 1000).</source>
        <translation>Gemessene Durchläufe je Anweisung und Ziel (Standard 1000).</translation>
    </message>
    <message>
        <source>A time budget per statement and target instead of --iterations.</source>
        <translation>Ein Zeitbudget je Anweisung und Ziel statt --iterations.</translation>
    </message>
    <message>
        <source>Untimed runs first (default 50).</source>
        <translation>Zuerst ungemessene Durchläufe (Standard 50).</translation>
    </message>
    <message>
        <source>Rounds the runs are split into, targets alternating (default 10).</source>
        <translation>Runden, in die die Durchläufe aufgeteilt werden, Ziele abwechselnd (Standard 10).</translation>
    </message>
    <message>
        <source>Also run on a decrypted copy (a 0600 temp file, removed afterwards) and report the encryption overhead per statement.</source>
        <translation>Auch auf einer entschlüsselten Kopie ausführen (eine temporäre Datei mit 0600, danach entfernt) und den Mehraufwand der Verschlüsselung je Anweisung melden.</translation>
    </message>
    <message>
        <source>Save the results and the machine&apos;s facts as baseline NAME.</source>
        <translation>Die Ergebnisse und die Angaben zur Maschine als Basislinie NAME speichern.</translation>
    </message>
    <message>
        <source>Compare with baseline NAME; exit 9 when a statement is slower beyond the threshold and the noise.</source>
        <translation>Mit der Basislinie NAME vergleichen; Exit 9, wenn eine Anweisung über die Schwelle und das Rauschen hinaus langsamer ist.</translation>
    </message>
    <message>
        <source>Allowed slowdown for --compare, in percent (default 5%).</source>
        <translation>Erlaubte Verlangsamung für --compare, in Prozent (Standard 5%).</translation>
    </message>
    <message>
        <source>Also write the figures to FILE as CSV.</source>
        <translation>Die Zahlen zusätzlich als CSV in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Measuring time per algorithm (default 0.5, at most 10).</source>
        <translation>Messzeit je Algorithmus (Standard 0,5, höchstens 10).</translation>
    </message>
    <message>
        <source>Skip the openssl speed reference.</source>
        <translation>Den Vergleich mit openssl speed auslassen.</translation>
    </message>
    <message>
        <source>A LUKS image whose key slots are measured; may be repeated (default: the console&apos;s known volumes; without any, argon2id at libcryptsetup&apos;s defaults for a new LUKS2 slot).</source>
        <translation>Ein LUKS-Abbild, dessen Schlüsselplätze gemessen werden; wiederholbar (Standard: die der Konsole bekannten Datenträger; ohne solche argon2id mit den Vorgaben von libcryptsetup für einen neuen LUKS2-Schlüsselplatz).</translation>
    </message>
    <message>
        <source>The unlock time the suggested settings aim at (default 1000).</source>
        <translation>Die Entsperrzeit, auf die die vorgeschlagenen Einstellungen zielen (Standard 1000).</translation>
    </message>
    <message>
        <source>Size of the synthetic table in MB (default 32, at most 4096).</source>
        <translation>Größe der synthetischen Tabelle in MB (Standard 32, höchstens 4096).</translation>
    </message>
    <message>
        <source>Runs of every variant; each phase counts its best (default 2, at most 20).</source>
        <translation>Durchläufe jeder Variante; jede Phase zählt ihren besten (Standard 2, höchstens 20).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>openssl speed&apos;s loop per row, MB/s = 10^6 bytes per CPU second of the thread; OPENSSL: `openssl speed` right after, same block size</source>
        <translation>die Schleife von openssl speed je Zeile, MB/s = 10^6 Byte je CPU-Sekunde des Threads; OPENSSL: `openssl speed` direkt danach, gleiche Blockgröße</translation>
    </message>
    <message>
        <source>ALGORITHM</source>
        <translation>ALGORITHMUS</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>EINHEIT</translation>
    </message>
    <message>
        <source>RATIO</source>
        <translation>VERH.</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>as given with --volume</source>
        <translation>wie mit --volume angegeben</translation>
    </message>
    <message>
        <source>the console&apos;s known volumes</source>
        <translation>die der Konsole bekannten Volumes</translation>
    </message>
    <message>
        <source>none known: argon2id at libcryptsetup&apos;s defaults for a new slot</source>
        <translation>keine bekannt: argon2id mit den Vorgaben von libcryptsetup für einen neuen Schlüsselplatz</translation>
    </message>
    <message>
        <source>PARAMETERS -&gt; FOR %1 MS</source>
        <translation>PARAMETER -&gt; FÜR %1 MS</translation>
    </message>
    <message>
        <source>Times in ms; OVERHEAD against plain SQLite; VS DEFAULTS: change against SQLCipher&apos;s defaults</source>
        <translation>Zeiten in ms; AUFWAND gegenüber reinem SQLite; GGÜ. VORGABE: Änderung gegenüber den Vorgaben von SQLCipher</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>OVERHEAD</source>
        <translation>AUFWAND</translation>
    </message>
    <message>
        <source>VS DEFAULTS</source>
        <translation>GGÜ. VORGABE</translation>
    </message>
    <message>
        <source>SETTINGS</source>
        <translation>EINSTELLUNGEN</translation>
    </message>
    <message>
        <source>security cost: %1</source>
        <translation>Sicherheitskosten: %1</translation>
    </message>
    <message numerus="yes">
        <source>SQLCipher %1 (SQLite %2), %3 MB, %4 rows, best of %n round(s)</source>
        <translation>
            <numerusform>SQLCipher %1 (SQLite %2), %3 MB, %4 Zeilen, das Beste aus %n Durchgang</numerusform>
            <numerusform>SQLCipher %1 (SQLite %2), %3 MB, %4 Zeilen, das Beste aus %n Durchgängen</numerusform>
        </translation>
    </message>
    <message>
        <source>; noise %1 %</source>
        <translation>; Rauschen %1 %</translation>
    </message>
</context>
<context>
    <name>cli::AgeBackupInput</name>
    <message>
        <source>For a backup that is an age file (.db.age): an identity file that opens it; may be repeated.</source>
        <translation>Für eine Sicherung, die eine age-Datei ist (.db.age): eine Identitätsdatei, die sie öffnet; mehrfach möglich.</translation>
    </message>
    <message>
        <source>For an age file: read its passphrase (or that of a protected identity file) from environment variable NAME.</source>
        <translation>Für eine age-Datei: ihre Passphrase (oder die einer geschützten Identitätsdatei) aus der Umgebungsvariablen NAME lesen.</translation>
    </message>
    <message>
        <source>For an age file: read its passphrase from FILE.</source>
        <translation>Für eine age-Datei: ihre Passphrase aus FILE lesen.</translation>
    </message>
    <message>
        <source>For an age file: read its passphrase as one line from standard input.</source>
        <translation>Für eine age-Datei: ihre Passphrase als eine Zeile von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>%1 (the age copy of the backup): %2</source>
        <translation>%1 (die age-Kopie der Sicherung): %2</translation>
    </message>
</context>
<context>
    <name>cli::AgeText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
</context>
<context>
    <name>cli::AuditCommands</name>
    <message>
        <source>Only the last N entries.</source>
        <translation>Nur die letzten N Einträge.</translation>
    </message>
    <message>
        <source>The audit log is empty (%1).</source>
        <translation>Das Prüfprotokoll ist leer (%1).</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 lines, hash chain unbroken (%2).</source>
        <translation>Das Prüfprotokoll ist unversehrt: %1 Zeilen, Hash-Kette ununterbrochen (%2).</translation>
    </message>
    <message>
        <source>Its head record was one line behind (a write was interrupted); the next entry repairs it.</source>
        <translation>Sein Kopfdatensatz lag eine Zeile zurück (ein Schreibvorgang wurde unterbrochen); der nächste Eintrag behebt das.</translation>
    </message>
    <message>
        <source>The system journal holds the same entries.</source>
        <translation>Das Systemjournal enthält dieselben Einträge.</translation>
    </message>
    <message>
        <source>%1: %2. If this user has used Strongroom here before, the log was deleted.</source>
        <translation>%1: %2. Wenn dieser Benutzer Strongroom hier schon verwendet hat, wurde das Protokoll gelöscht.</translation>
    </message>
    <message>
        <source>%1: the audit log was tampered with: %2. Keep this copy as evidence and compare it with your backups.</source>
        <translation>%1: Das Prüfprotokoll wurde manipuliert: %2. Bewahren Sie diese Kopie als Beweis auf und vergleichen Sie sie mit Ihren Sicherungen.</translation>
    </message>
    <message>
        <source>in the journal, not in the log: #%1 %2 %3 %4</source>
        <translation>im Journal, nicht im Protokoll: #%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>in the log, not in the journal: line %1</source>
        <translation>im Protokoll, nicht im Journal: Zeile %1</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <source>Print the audit log</source>
        <translation>Das Prüfprotokoll ausgeben</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain (exit 4 if broken)</source>
        <translation>Die Hash-Kette des Prüfprotokolls prüfen (Exit 4, wenn unterbrochen)</translation>
    </message>
</context>
<context>
    <name>cli::BackupCliSupport</name>
    <message>
        <source>Read the backup&apos;s key from environment variable NAME (when it differs from the live database&apos;s).</source>
        <translation>Den Schlüssel der Sicherung aus der Umgebungsvariablen NAME lesen (wenn er sich von dem der laufenden Datenbank unterscheidet).</translation>
    </message>
    <message>
        <source>Read the backup&apos;s key from FILE.</source>
        <translation>Den Schlüssel der Sicherung aus FILE lesen.</translation>
    </message>
    <message>
        <source>Read the backup&apos;s key as one line from standard input.</source>
        <translation>Den Schlüssel der Sicherung als eine Zeile von der Standardeingabe lesen.</translation>
    </message>
</context>
<context>
    <name>cli::BackupCommands</name>
    <message>
        <source>not yet verified</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>damaged catalog entry</source>
        <translation>beschädigter Katalogeintrag</translation>
    </message>
    <message>
        <source>kept as found</source>
        <translation>unverändert aufbewahrt</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>unsealed</source>
        <translation>unversiegelt</translation>
    </message>
    <message>
        <source>The encrypted database to back up.</source>
        <translation>Die verschlüsselte Datenbank, die gesichert wird.</translation>
    </message>
    <message>
        <source>History folder (default: &quot;backups&quot; beside DB).</source>
        <translation>Verlaufsordner (Vorgabe: „backups“ neben DB).</translation>
    </message>
    <message>
        <source>The history folder.</source>
        <translation>Der Verlaufsordner.</translation>
    </message>
    <message>
        <source>No backups in %1</source>
        <translation>Keine Sicherungen in %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>, damaged</source>
        <translation>, beschädigt</translation>
    </message>
    <message>
        <source> (pre-restore)</source>
        <translation> (vor Wiederherstellung)</translation>
    </message>
    <message>
        <source>The backup file, or its age copy (.db.age).</source>
        <translation>Die Sicherungsdatei oder ihre age-Kopie (.db.age).</translation>
    </message>
    <message>
        <source> The age copy authenticates (every chunk) and opens.</source>
        <translation> Die age-Kopie ist authentisch (jeder Block) und lässt sich öffnen.</translation>
    </message>
    <message>
        <source>The live database.</source>
        <translation>Die laufende Datenbank.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Take a consistent, verified backup of an encrypted database</source>
        <translation>Eine konsistente, geprüfte Sicherung einer verschlüsselten Datenbank anlegen</translation>
    </message>
    <message>
        <source>List the backups of a history folder</source>
        <translation>Die Sicherungen eines Verlaufsordners auflisten</translation>
    </message>
    <message>
        <source>Verify a backup: checksum, opens with the key, integrity (exit 3 wrong key, 4 damaged)</source>
        <translation>Eine Sicherung prüfen: Prüfsumme, öffnet mit dem Schlüssel, Integrität (Exit 3 falscher Schlüssel, 4 beschädigt)</translation>
    </message>
    <message>
        <source>Compare a live database with a backup, table by table</source>
        <translation>Eine laufende Datenbank Tabelle für Tabelle mit einer Sicherung vergleichen</translation>
    </message>
    <message>
        <source>Remove old backups by a retention policy (restic&apos;s forget rules)</source>
        <translation>Alte Sicherungen nach einer Aufbewahrungsrichtlinie entfernen (die forget-Regeln von restic)</translation>
    </message>
    <message>
        <source>Replace a database with a backup, after a pre-restore backup</source>
        <translation>Eine Datenbank durch eine Sicherung ersetzen, nach einer Sicherung vor der Wiederherstellung</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n tables</source>
        <translation>
            <numerusform>%1 in %n Tabelle</numerusform>
            <numerusform>%1 in %n Tabellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::BackupPruneCommand</name>
    <message>
        <source>The history folder.</source>
        <translation>Der Verlaufsordner.</translation>
    </message>
    <message>
        <source>Let the policy remove pre-restore backups too.</source>
        <translation>Die Richtlinie auch Sicherungen vor Wiederherstellungen entfernen lassen.</translation>
    </message>
    <message>
        <source>Show what would be removed; remove nothing.</source>
        <translation>Zeigen, was entfernt würde; nichts entfernen.</translation>
    </message>
    <message>
        <source>Remove %1 backup(s) from %2: %3?</source>
        <translation>%1 Sicherung(en) aus %2 entfernen: %3?</translation>
    </message>
    <message>
        <source>Cancelled; nothing was removed.</source>
        <translation>Abgebrochen; es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>Cancelled after removing some backups.</source>
        <translation>Abgebrochen, nachdem einige Sicherungen entfernt wurden.</translation>
    </message>
    <message>
        <source>Policy: %1 (dry run: nothing is removed)</source>
        <translation>Richtlinie: %1 (Probelauf: es wird nichts entfernt)</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>would remove</source>
        <translation>würde entfernen</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
</context>
<context>
    <name>cli::BackupRestoreCommand</name>
    <message>
        <source>The backup file (from the history or downloaded), or its age copy (.db.age).</source>
        <translation>Die Sicherungsdatei (aus dem Verlauf oder heruntergeladen) oder ihre age-Kopie (.db.age).</translation>
    </message>
    <message>
        <source>The database to replace (it need not exist).</source>
        <translation>Die zu ersetzende Datenbank (sie muss nicht existieren).</translation>
    </message>
    <message>
        <source>History folder for the pre-restore backup (default: &quot;backups&quot; beside DB).</source>
        <translation>Verlaufsordner für die Sicherung vor der Wiederherstellung (Vorgabe: „backups“ neben DB).</translation>
    </message>
    <message>
        <source>Wait up to SECONDS for other processes to close the database.</source>
        <translation>Bis zu SECONDS warten, bis andere Prozesse die Datenbank schließen.</translation>
    </message>
    <message>
        <source>Also run SQLite&apos;s integrity_check on a backup from the history (files from elsewhere always get it).</source>
        <translation>Auch den integrity_check von SQLite auf einer Sicherung aus dem Verlauf ausführen (Dateien von anderswo erhalten ihn immer).</translation>
    </message>
    <message>
        <source>Replace %1 with this backup? The current database is first saved in %2, tagged pre-restore.</source>
        <translation>%1 durch diese Sicherung ersetzen? Die aktuelle Datenbank wird zuerst in %2 gesichert, markiert als „vor Wiederherstellung“.</translation>
    </message>
    <message>
        <source>Create %1 from this backup?</source>
        <translation>%1 aus dieser Sicherung anlegen?</translation>
    </message>
</context>
<context>
    <name>cli::ChecksumCommand</name>
    <message>
        <source>The file to hash.</source>
        <translation>Die Datei, deren Prüfsumme berechnet wird.</translation>
    </message>
    <message>
        <source>SHA-256 of a file, with progress</source>
        <translation>SHA-256-Prüfsumme einer Datei, mit Fortschritt</translation>
    </message>
</context>
<context>
    <name>cli::Cli</name>
    <message>
        <source>Usage: strongroom-cli [--json] %1COMMAND [OPTIONS]</source>
        <translation>Aufruf: strongroom-cli [--json] %1BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Strongroom: SQLCipher databases, backups and LUKS2 volumes from the command line.</source>
        <translation>Strongroom: SQLCipher-Datenbanken, Sicherungen und LUKS2-Volumes auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>machine-readable output (errors too)</source>
        <translation>maschinenlesbare Ausgabe (auch Fehler)</translation>
    </message>
    <message>
        <source>help for any command level</source>
        <translation>Hilfe zu jeder Befehlsebene</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 usage, 3 wrong key, 4 integrity failure, 5 busy or locked,
6 unsupported input, 7 missing system support, 130 cancelled. See docs/cli.md.</source>
        <translation>Exit-Codes: 0 in Ordnung, 1 Fehler, 2 Aufruf, 3 falscher Schlüssel, 4 Integritätsfehler, 5 belegt oder gesperrt,
6 nicht unterstützte Eingabe, 7 fehlende Systemunterstützung, 130 abgebrochen. Siehe docs/cli.md.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
</context>
<context>
    <name>cli::CliContext</name>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Read the new key from environment variable NAME.</source>
        <translation>Den neuen Schlüssel aus der Umgebungsvariablen NAME lesen.</translation>
    </message>
    <message>
        <source>Read the key from environment variable NAME.</source>
        <translation>Den Schlüssel aus der Umgebungsvariablen NAME lesen.</translation>
    </message>
    <message>
        <source>Read the new key from FILE (one trailing newline is stripped).</source>
        <translation>Den neuen Schlüssel aus FILE lesen (ein abschließender Zeilenumbruch wird entfernt).</translation>
    </message>
    <message>
        <source>Read the key from FILE (one trailing newline is stripped).</source>
        <translation>Den Schlüssel aus FILE lesen (ein abschließender Zeilenumbruch wird entfernt).</translation>
    </message>
    <message>
        <source>Read the new key as one line from standard input.</source>
        <translation>Den neuen Schlüssel als eine Zeile von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read the key as one line from standard input.</source>
        <translation>Den Schlüssel als eine Zeile von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Confirm without asking (for scripts).</source>
        <translation>Ohne Rückfrage bestätigen (für Skripte).</translation>
    </message>
    <message>
        <source>Stopping: the running step %1; the job ends right after it.</source>
        <translation>Wird beendet: Der laufende Schritt %1; die Aufgabe endet direkt danach.</translation>
    </message>
</context>
<context>
    <name>cli::CommandDetails</name>
    <message>
        <source>Records where the recovery copy of a key is kept: KEYID as key list shows it, --where in words (&quot;sealed envelope in the office safe&quot;, &quot;password manager, vault Ops&quot;), with today&apos;s date; --remove takes the record back. Strongroom cannot see a copy kept elsewhere, so this is the evidence audit run&apos;s keys.recovery check reads: a SQLCipher key with a record passes, one without warns; an age identity passes with its recovery sheet or a record. Kept in the console&apos;s settings (keys/recovery/) and shown by key list and the Keys page; the text names a place and must never be the key. Writes the audit line key.record-recovery.</source>
        <translation>Hält fest, wo die Wiederherstellungskopie eines Schlüssels liegt: KEYID wie key list ihn zeigt, --where in Worten (&quot;versiegelter Umschlag im Bürotresor&quot;, &quot;Passwortmanager, Tresor Ops&quot;), mit dem heutigen Datum; --remove nimmt den Eintrag zurück. Strongroom kann eine anderswo aufbewahrte Kopie nicht sehen, daher ist dies der Nachweis, den die Prüfung keys.recovery von audit run liest: ein SQLCipher-Schlüssel mit Eintrag besteht, einer ohne warnt; eine age-Identität besteht mit ihrem Wiederherstellungsblatt oder einem Eintrag. Gespeichert in den Einstellungen der Konsole (keys/recovery/) und angezeigt von key list und der Seite Schlüssel; der Text nennt einen Ort und darf nie der Schlüssel sein. Schreibt die Protokollzeile key.record-recovery.</translation>
    </message>
    <message>
        <source>Moves DIR (a PostgreSQL data directory, recognised by PG_VERSION, or any folder) into a new LUKS2 image: preflight (DIR&apos;s size plus --headroom, 20 % by default, free room for the image, owner and mode; a PostgreSQL server running on DIR is refused with exit 5 and how to stop it, after its exact row counts are recorded when --dbname is given), then the build, by the path the report names with its reason (--build): mapped where the volume can be opened (device-mapper, and udisks2 or root; as a normal user only for a folder whose entries are all the user&apos;s): the image is formatted, opened, given an ext4, mounted and DIR copied in with hard links, modes, owners, nanosecond times, xattrs and ACLs; elsewhere user-space: mke2fs -t ext4 -d DIR into the image and in-place encryption. The operational key goes into slot 0, a recovery key into slot 1, printed once. Then every file&apos;s type, mode, owner, size, modification time, link count, xattrs (ACLs included) and SHA-256 are read back in user space and compared with DIR: any difference ends with exit 4 and the list. Only with --yes (or &apos;yes&apos; typed on a terminal) is DIR renamed to DIR.before-migration-TIMESTAMP (never deleted) and an empty mount point with DIR&apos;s owner and mode left in its place; the crypttab and fstab lines and a systemd mount unit are printed (--write-config adds the lines to /etc, as root). When the volume is mounted at DIR and --pg-start-command is given, PostgreSQL is started with it (no shell) and its exact row counts compared with those recorded (exit 4 on a difference); --check-postgres runs only that step, e.g. after mounting by hand. A journal beside the image (IMAGE.migration.json) records each step: after a kill or Ctrl-C the same command continues. --rollback DIR puts the kept original back (the mount point must be empty and unmounted); with --image it also marks that journal rolled back.</source>
        <translation>Verschiebt DIR (ein PostgreSQL-Datenverzeichnis, erkannt an PG_VERSION, oder einen beliebigen Ordner) in ein neues LUKS2-Abbild: Vorprüfung (Größe von DIR plus --headroom, standardmäßig 20 %, freier Platz für das Abbild, Besitzer und Modus; ein auf DIR laufender PostgreSQL-Server wird mit Exit 5 und einer Anleitung zum Anhalten abgelehnt, nachdem seine genauen Zeilenzahlen festgehalten wurden, wenn --dbname angegeben ist), dann der Aufbau auf dem Weg, den der Bericht mit seinem Grund nennt (--build): eingebunden, wo sich der Datenträger öffnen lässt (Device-Mapper und udisks2 oder root; als normaler Benutzer nur für einen Ordner, dessen Einträge alle dem Benutzer gehören): das Abbild wird formatiert, geöffnet, mit ext4 versehen, eingehängt und DIR mit harten Links, Modi, Besitzern, Zeiten auf die Nanosekunde, xattrs und ACLs hineinkopiert; sonst im Benutzerraum: mke2fs -t ext4 -d DIR in das Abbild und Verschlüsselung an Ort und Stelle. Der Betriebsschlüssel kommt in Platz 0, ein Wiederherstellungsschlüssel in Platz 1, einmal ausgegeben. Dann werden Typ, Modus, Besitzer, Größe, Änderungszeit, Linkanzahl, xattrs (einschließlich ACLs) und SHA-256 jeder Datei im Benutzerraum zurückgelesen und mit DIR verglichen: jeder Unterschied endet mit Exit 4 und der Liste. Nur mit --yes (oder auf einem Terminal eingetipptem &apos;yes&apos;) wird DIR in DIR.before-migration-ZEITSTEMPEL umbenannt (nie gelöscht) und an seiner Stelle ein leerer Einhängepunkt mit Besitzer und Modus von DIR hinterlassen; die Zeilen für crypttab und fstab und eine systemd-Mount-Unit werden ausgegeben (--write-config fügt die Zeilen als root in /etc ein). Ist der Datenträger unter DIR eingehängt und --pg-start-command angegeben, wird PostgreSQL damit gestartet (ohne Shell) und seine genauen Zeilenzahlen mit den festgehaltenen verglichen (Exit 4 bei einem Unterschied); --check-postgres führt nur diesen Schritt aus, z. B. nach dem Einhängen von Hand. Ein Journal neben dem Abbild (IMAGE.migration.json) hält jeden Schritt fest: nach einem Abbruch oder Strg+C setzt derselbe Befehl fort. --rollback DIR stellt das aufbewahrte Original zurück (der Einhängepunkt muss leer und ausgehängt sein); mit --image wird auch dieses Journal als zurückgenommen markiert.</translation>
    </message>
    <message>
        <source>Writes a systemd service and timer that verify the newest backup of BACKUP_DIR at the highest level (checksum, opens with the key, every page&apos;s HMAC and integrity_check), as backup verify does; the time, key and unit options are those of schedule add backup. A failed drill fails the service and shows in status.

A folder of PostgreSQL backups (it holds strongroom-pg-backups.json) is drilled as pg verify does, on its newest catalogued backup, with the key (an age identity file&apos;s text, or the passphrase) delivered like a SQLCipher key, always at level 3, the highest: a restore drill into a temporary cluster Strongroom starts for it (initdb in a private folder, socket only, removed afterwards; the server programs of the backup&apos;s major version must be installed), or into a scratch database on the server --dbname CONN names; every count is compared with the manifest and the drill recorded in the catalog. The run report says where it ran.</source>
        <translation>Schreibt einen systemd-Dienst und -Timer, die die neueste Sicherung von BACKUP_DIR auf der höchsten Stufe prüfen (Prüfsumme, Öffnen mit dem Schlüssel, das HMAC jeder Seite und integrity_check), wie backup verify es tut; die Zeit-, Schlüssel- und Unit-Optionen sind die von schedule add backup. Eine fehlgeschlagene Probe lässt den Dienst fehlschlagen und erscheint in status.

Ein Ordner mit PostgreSQL-Sicherungen (er enthält strongroom-pg-backups.json) wird wie bei pg verify geprüft, an seiner neuesten katalogisierten Sicherung, mit dem Schlüssel (dem Text einer age-Identitätsdatei oder der Passphrase), der wie ein SQLCipher-Schlüssel übergeben wird, immer auf Stufe 3, der höchsten: eine Wiederherstellungsprobe in einen temporären Cluster, den Strongroom dafür startet (initdb in einem privaten Ordner, nur Socket, danach entfernt; die Serverprogramme der Hauptversion der Sicherung müssen installiert sein), oder in eine Testdatenbank auf dem Server, den --dbname CONN nennt; jede Zahl wird mit dem Manifest verglichen und die Probe im Katalog festgehalten. Der Laufbericht sagt, wo sie lief.</translation>
    </message>
    <message>
        <source>Checks what Strongroom knows (the console&apos;s history folders, PostgreSQL backup folders and volumes, and the folders the schedules back up or drill) and every database, key file, backup folder and LUKS image found under the PATHs, and this machine. Each check has a result (pass, warn, fail, manual), the evidence seen, why it matters and the fix: databases encrypted, with KDF iterations of at least 256,000 and page HMACs (read with the key options); key files 0600 and owned by the user; a key, secret or password assigned in a .env or config file in a database&apos;s folder or its parents (named by file and line, the value never printed); backups, SQLCipher and PostgreSQL alike, encrypted (no plain pg_dump beside them), not readable by others, recent, with retention and a recent restore drill (as status finds it: a drill schedule&apos;s run or a full check in the folder&apos;s catalog, backup verify with the key or pg verify --level 3); keys due for rotation; LUKS slots with PBKDF2 below one second here or argon2 below 256 MiB, no recovery slot, unnamed extra slots; AES-NI, swap encrypted or absent, core dumps off, the audit log&apos;s chain intact and the same lines in the system journal (manual, with the reason, where no journal can be read); a LUKS header backup missing or older than the last key slot change; a recovery copy for each backup key: an age identity&apos;s recovery sheet, or where its copy is kept as key record-recovery recorded it (a SQLCipher key without a record warns); the PostgreSQL connections the console keeps and each --dbname CONN: TLS in use with sslmode=verify-full, ssl_min_protocol_version at least TLSv1.2, password_encryption scram-sha-256, and a local server&apos;s data directory on an encrypted device (a connection that cannot be made is a warning, not skipped); and manual items to check by hand. --html FILE also writes the report as a page; the console&apos;s Audit page runs the same audit and exports it as HTML or PDF. Exits with status 0 when all pass, 10 with warnings, 11 when a check fails, 2 for a bad option (such as a --dbname holding a password).</source>
        <translation>Prüft, was Strongroom kennt (die Verlaufsordner der Konsole, PostgreSQL-Sicherungsordner und Datenträger sowie die Ordner, die die Zeitpläne sichern oder prüfen), jede Datenbank, Schlüsseldatei, jeden Sicherungsordner und jedes LUKS-Abbild unter den PATHs und diese Maschine. Jede Prüfung hat ein Ergebnis (pass, warn, fail, manual), den gesehenen Beleg, warum es wichtig ist, und die Abhilfe: Datenbanken verschlüsselt, mit mindestens 256.000 KDF-Iterationen und Seiten-HMACs (gelesen mit den Schlüsseloptionen); Schlüsseldateien mit 0600 und im Besitz des Benutzers; ein Schlüssel, Geheimnis oder Passwort, das in einer .env- oder Konfigurationsdatei im Ordner einer Datenbank oder darüber zugewiesen wird (mit Datei und Zeile genannt, der Wert nie ausgegeben); Sicherungen, SQLCipher und PostgreSQL gleichermaßen, verschlüsselt (kein unverschlüsselter pg_dump daneben), nicht für andere lesbar, aktuell, mit Aufbewahrungsregeln und einer aktuellen Wiederherstellungsprobe (wie status sie findet: ein Lauf eines Probe-Zeitplans oder eine vollständige Prüfung im Katalog des Ordners, backup verify mit dem Schlüssel oder pg verify --level 3); zur Rotation fällige Schlüssel; LUKS-Plätze mit PBKDF2 unter einer Sekunde hier oder argon2 unter 256 MiB, kein Wiederherstellungsplatz, unbenannte zusätzliche Plätze; AES-NI, Swap verschlüsselt oder nicht vorhanden, Core-Dumps aus, die Kette des Prüfprotokolls intakt und dieselben Zeilen im Systemjournal (manuell, mit dem Grund, wo kein Journal gelesen werden kann); eine LUKS-Header-Sicherung, die fehlt oder älter als die letzte Änderung eines Schlüsselplatzes ist; eine Wiederherstellungskopie für jeden Sicherungsschlüssel: das Wiederherstellungsblatt einer age-Identität oder der Ort ihrer Kopie, wie key record-recovery ihn festgehalten hat (ein SQLCipher-Schlüssel ohne Eintrag warnt); die PostgreSQL-Verbindungen, die die Konsole kennt, und jedes --dbname CONN: TLS in Gebrauch mit sslmode=verify-full, ssl_min_protocol_version mindestens TLSv1.2, password_encryption scram-sha-256 und das Datenverzeichnis eines lokalen Servers auf einem verschlüsselten Gerät (eine Verbindung, die nicht zustande kommt, ist eine Warnung, wird nicht übersprungen); dazu manuelle Punkte zum Prüfen von Hand. --html FILE schreibt den Bericht zusätzlich als Seite; die Seite Prüfprotokoll der Konsole führt dieselbe Prüfung aus und exportiert sie als HTML oder PDF. Endet mit Status 0, wenn alles besteht, 10 bei Warnungen, 11, wenn eine Prüfung fehlschlägt, 2 bei einer falschen Option (etwa einem --dbname, das ein Passwort enthält).</translation>
    </message>
    <message>
        <source>Backs up one PostgreSQL database into DIR as one set of files (docs/file-formats.md): the dump, an encrypted manifest and a .sha256 in sha256sum format. Strongroom&apos;s own session opens a REPEATABLE READ, READ ONLY transaction and exports its snapshot; pg_dump -Fc --snapshot dumps exactly that snapshot while the same session counts every table&apos;s rows in it, so the manifest&apos;s counts are the dump&apos;s even while applications write. pg_dump 16 or newer compresses the dump itself (--compress=zstd:1) and it streams through age into NAME.dump.age; an older pg_dump writes -Z0 through zstd and age into NAME.dump.zst.age. Either goes into a 0600 temp file in DIR (never plain on disk, never whole in memory), which is fsynced and renamed when pg_dump has succeeded. The password reaches pg_dump only through a private passfile.

Restore without Strongroom: age -d -i KEY FILE.dump.age | pg_restore -d DB (for a FILE.dump.zst.age: age -d -i KEY FILE.dump.zst.age | zstd -d | pg_restore -d DB). Ctrl-C stops pg_dump and leaves no file (exit 130). pg_dump missing or older than the server exits with status 7 naming the package postgresql-client-N; an unreachable server with status 7 and libpq&apos;s reason.</source>
        <translation>Sichert eine PostgreSQL-Datenbank nach DIR als einen Satz von Dateien (docs/file-formats.md): den Dump, ein verschlüsseltes Manifest und eine .sha256 im Format von sha256sum. Strongrooms eigene Sitzung öffnet eine Transaktion REPEATABLE READ, READ ONLY und exportiert ihren Snapshot; pg_dump -Fc --snapshot sichert genau diesen Snapshot, während dieselbe Sitzung die Zeilen jeder Tabelle darin zählt, sodass die Zahlen des Manifests die des Dumps sind, auch während Anwendungen schreiben. pg_dump ab Version 16 komprimiert den Dump selbst (--compress=zstd:1), und er fließt durch age nach NAME.dump.age; ein älteres pg_dump schreibt -Z0 durch zstd und age nach NAME.dump.zst.age. Beides geht in eine temporäre Datei mit 0600 in DIR (nie unverschlüsselt auf der Platte, nie ganz im Speicher), die mit fsync gesichert und umbenannt wird, wenn pg_dump erfolgreich war. Das Passwort erreicht pg_dump nur über eine private Passwortdatei.

Wiederherstellen ohne Strongroom: age -d -i KEY FILE.dump.age | pg_restore -d DB (für eine FILE.dump.zst.age: age -d -i KEY FILE.dump.zst.age | zstd -d | pg_restore -d DB). Strg+C hält pg_dump an und hinterlässt keine Datei (Exit 130). Fehlt pg_dump oder ist es älter als der Server, endet der Befehl mit Status 7 und nennt das Paket postgresql-client-N; ein nicht erreichbarer Server mit Status 7 und dem Grund von libpq.</translation>
    </message>
    <message>
        <source>Restores a backup made by pg backup into the database named by --dbname. Before anything is touched, the set&apos;s .sha256 (the dump and the manifest hashed in full), the manifest (opened with --identity or the passphrase) and the dump&apos;s age header are checked: a damaged or truncated file exits with status 4, a wrong key with status 3, and nothing is changed.

--create makes the database first (it must not exist); a database that holds tables is refused (status 2) unless --clean --yes replaces the backup&apos;s objects in it. --jobs 1 (the default) streams age (and zstd for a .dump.zst.age) into pg_restore --single-transaction with no plaintext on disk; --jobs N decrypts the dump, still compressed, into a 0700 staging folder (beside the backup, or --staging-dir), removed on success, failure, Ctrl-C and by the next restore after a crash. Afterwards every table&apos;s exact row count is compared with the manifest; a difference exits with status 4 and the table-by-table comparison.

Also restores the backups admins already have, detected by content: pg_dump | gzip | gpg --symmetric files (the passphrase from the key options), age files of a bare dump (--identity), Node.js AES-256-GCM .enc sets with .iv and .sha256 (the key as 64 hex characters), plain, gzip, zstd or xz compressed SQL (through psql -v ON_ERROR_STOP=1 --single-transaction), custom-format dumps, and tar archives (plain or compressed) of directory-format dumps, extracted into the 0700 staging folder and removed afterwards. With --jobs 1 encrypted ones are decrypted as they stream into the restore, nothing decrypted on disk; the last MiB is held back until the whole file has authenticated, so a damaged file is rolled back, never committed. With --jobs N they are decrypted into the staging folder first (an encrypted tar archive needs that). They carry no manifest: the report says so and lists the counts found. A damaged or truncated file exits with status 4, a wrong key with status 3, and a database --create made is dropped again.</source>
        <translation>Stellt eine mit pg backup erstellte Sicherung in die Datenbank wieder her, die --dbname nennt. Bevor irgendetwas angefasst wird, werden die .sha256 des Satzes (Dump und Manifest vollständig gehasht), das Manifest (geöffnet mit --identity oder der Passphrase) und der age-Kopf des Dumps geprüft: eine beschädigte oder abgeschnittene Datei endet mit Status 4, ein falscher Schlüssel mit Status 3, und nichts wird verändert.

--create legt die Datenbank zuerst an (sie darf nicht existieren); eine Datenbank, die Tabellen enthält, wird abgelehnt (Status 2), außer --clean --yes ersetzt die Objekte der Sicherung darin. --jobs 1 (Standard) leitet age (und zstd bei einer .dump.zst.age) in pg_restore --single-transaction, ohne Klartext auf der Platte; --jobs N entschlüsselt den Dump, noch komprimiert, in einen Zwischenordner mit 0700 (neben der Sicherung oder --staging-dir), der bei Erfolg, Fehler, Strg+C und bei der nächsten Wiederherstellung nach einem Absturz entfernt wird. Danach wird die genaue Zeilenzahl jeder Tabelle mit dem Manifest verglichen; ein Unterschied endet mit Status 4 und dem Vergleich Tabelle für Tabelle.

Stellt auch die Sicherungen wieder her, die Administratoren schon haben, erkannt am Inhalt: Dateien aus pg_dump | gzip | gpg --symmetric (die Passphrase aus den Schlüsseloptionen), age-Dateien eines reinen Dumps (--identity), Node.js-AES-256-GCM-Sätze .enc mit .iv und .sha256 (der Schlüssel als 64 Hexzeichen), einfaches, mit gzip, zstd oder xz komprimiertes SQL (über psql -v ON_ERROR_STOP=1 --single-transaction), Dumps im Custom-Format und tar-Archive (einfach oder komprimiert) von Dumps im Verzeichnisformat, entpackt in den Zwischenordner mit 0700 und danach entfernt. Mit --jobs 1 werden verschlüsselte beim Einfließen in die Wiederherstellung entschlüsselt, nichts Entschlüsseltes auf der Platte; das letzte MiB wird zurückgehalten, bis die ganze Datei authentifiziert ist, sodass eine beschädigte Datei zurückgerollt, nie übernommen wird. Mit --jobs N werden sie zuerst in den Zwischenordner entschlüsselt (ein verschlüsseltes tar-Archiv braucht das). Sie tragen kein Manifest: der Bericht sagt das und nennt die gefundenen Zahlen. Eine beschädigte oder abgeschnittene Datei endet mit Status 4, ein falscher Schlüssel mit Status 3, und eine mit --create angelegte Datenbank wird wieder gelöscht.</translation>
    </message>
    <message>
        <source>Reports what this system supports: the versions of SQLCipher, libcryptsetup and Qt, the available ciphers and hashes, the external tools Strongroom uses, and where the audit log and settings live. Always exits with status 0; read the report (or its JSON) for what is missing.</source>
        <translation>Meldet, was dieses System unterstützt: die Versionen von SQLCipher, libcryptsetup und Qt, die verfügbaren Verschlüsselungen und Hashes, die externen Werkzeuge, die Strongroom verwendet, und wo Prüfprotokoll und Einstellungen liegen. Endet immer mit Status 0; was fehlt, steht im Bericht (oder seinem JSON).</translation>
    </message>
    <message>
        <source>Prints the SHA-256 of FILE in the format of sha256sum(1).</source>
        <translation>Gibt die SHA-256-Prüfsumme von FILE im Format von sha256sum(1) aus.</translation>
    </message>
    <message>
        <source>Prints the entries of the audit log: time, user and host, action, target and outcome; only the last N with --last.</source>
        <translation>Gibt die Einträge des Prüfprotokolls aus: Zeit, Benutzer und Rechner, Aktion, Ziel und Ergebnis; mit --last nur die letzten N.</translation>
    </message>
    <message>
        <source>Checks the hash chain of the audit log. Exits with status 4 and names the first bad line when an entry was changed, removed or inserted.</source>
        <translation>Prüft die Hash-Kette des Prüfprotokolls. Endet mit Status 4 und nennt die erste fehlerhafte Zeile, wenn ein Eintrag geändert, entfernt oder eingefügt wurde.</translation>
    </message>
    <message>
        <source>Diagnoses a database: plain SQLite or SQLCipher, which settings open it (version profile, page size, KDF iterations, HMAC and KDF algorithms, plaintext header), or why it does not open (wrong key, another file type, empty, damaged, locked, read-only); its size and tables.

Strongroom recognises the SQLCipher 4 to 1 default settings by itself; for a database made with custom settings, name them with --page-size, --kdf-iter, --hmac-algorithm, --kdf-algorithm and --plaintext-header-size.</source>
        <translation>Untersucht eine Datenbank: einfaches SQLite oder SQLCipher, welche Einstellungen sie öffnen (Versionsprofil, Seitengröße, KDF-Iterationen, HMAC- und KDF-Algorithmen, unverschlüsselter Kopf) oder warum sie sich nicht öffnen lässt (falscher Schlüssel, anderer Dateityp, leer, beschädigt, gesperrt, schreibgeschützt); ihre Größe und Tabellen.

Strongroom erkennt die Vorgabeeinstellungen von SQLCipher 4 bis 1 selbst; für eine Datenbank mit eigenen Einstellungen nennen Sie diese mit --page-size, --kdf-iter, --hmac-algorithm, --kdf-algorithm und --plaintext-header-size.</translation>
    </message>
    <message>
        <source>Verifies every page&apos;s HMAC, the structure and the foreign keys of a database, and reports each problem found; exits with status 4 when the database is damaged.</source>
        <translation>Prüft den HMAC jeder Seite, die Struktur und die Fremdschlüssel einer Datenbank und meldet jedes gefundene Problem; endet mit Status 4, wenn die Datenbank beschädigt ist.</translation>
    </message>
    <message>
        <source>Encrypts a plain SQLite database with the new key (--new-key-env and friends). The original is kept beside the result until you remove it.</source>
        <translation>Verschlüsselt eine einfache SQLite-Datenbank mit dem neuen Schlüssel (--new-key-env und verwandte Optionen). Das Original bleibt neben dem Ergebnis erhalten, bis Sie es entfernen.</translation>
    </message>
    <message>
        <source>Writes a plain SQLite copy of an encrypted database in its place; asks for confirmation.</source>
        <translation>Schreibt an ihrer Stelle eine einfache SQLite-Kopie einer verschlüsselten Datenbank; fragt nach einer Bestätigung.</translation>
    </message>
    <message>
        <source>Changes the key of an encrypted database: the current key with the key options, the new one with the --new- options. The kept original and older backups still open with the old key.</source>
        <translation>Ändert den Schlüssel einer verschlüsselten Datenbank: den aktuellen Schlüssel mit den Schlüsseloptionen, den neuen mit den --new-Optionen. Das aufbewahrte Original und ältere Sicherungen öffnen weiterhin mit dem alten Schlüssel.</translation>
    </message>
    <message>
        <source>Converts a database written by an older SQLCipher version (1 to 3) to the current format, keeping its key.</source>
        <translation>Wandelt eine Datenbank, die eine ältere SQLCipher-Version (1 bis 3) geschrieben hat, in das aktuelle Format um und behält ihren Schlüssel.</translation>
    </message>
    <message>
        <source>Makes a consistent, checksummed backup of a SQLCipher database while applications may write to it: every page&apos;s HMAC is checked and the rows of every table counted in the same read, and the backup is recorded in the history folder&apos;s catalog.</source>
        <translation>Legt eine konsistente Sicherung einer SQLCipher-Datenbank mit Prüfsumme an, während Anwendungen in sie schreiben dürfen: Der HMAC jeder Seite wird geprüft und die Zeilen jeder Tabelle werden im selben Lesevorgang gezählt, und die Sicherung wird im Katalog des Verlaufsordners festgehalten.</translation>
    </message>
    <message>
        <source>Lists the backups of a history folder with their time, size, rows and state (verified, not yet verified, damaged).</source>
        <translation>Listet die Sicherungen eines Verlaufsordners mit Zeit, Größe, Zeilen und Zustand auf (geprüft, noch nicht geprüft, beschädigt).</translation>
    </message>
    <message>
        <source>Checks that a backup is complete and that its content matches what the catalog recorded. An age copy (.db.age, from backup export) is decrypted with --identity or the --age-key options into a private temp beside it, every chunk authenticated, and checked as the backup; the temp is removed on every way out.</source>
        <translation>Prüft, dass eine Sicherung vollständig ist und ihr Inhalt dem entspricht, was der Katalog festgehalten hat. Eine age-Kopie (.db.age, aus backup export) wird mit --identity oder den --age-key-Optionen in eine private temporäre Datei daneben entschlüsselt, jeder Block authentifiziert und wie die Sicherung geprüft; die temporäre Datei wird auf jedem Weg hinaus entfernt.</translation>
    </message>
    <message>
        <source>Compares the live database (first argument) with a backup (second), table by table; the difference column is backup minus live.</source>
        <translation>Vergleicht die laufende Datenbank (erstes Argument) Tabelle für Tabelle mit einer Sicherung (zweites); die Differenzspalte ist Sicherung minus laufende Datenbank.</translation>
    </message>
    <message>
        <source>Deletes old backups according to a retention policy. A backup is deleted only when its catalog entry&apos;s seal holds with the database key (the key options): an entry someone added or changed without the key is kept, with the reason. Without a key, --dry-run says which removals it could not confirm. Exit 3 when no seal holds and the key opens none of the files. Asks for confirmation on a terminal; without one it removes nothing and exits 2 unless --yes is given; --dry-run only lists.</source>
        <translation>Löscht alte Sicherungen nach einer Aufbewahrungsrichtlinie. Eine Sicherung wird nur gelöscht, wenn das Siegel ihres Katalogeintrags mit dem Datenbankschlüssel (den Schlüsseloptionen) stimmt: Ein Eintrag, den jemand ohne den Schlüssel hinzugefügt oder geändert hat, bleibt erhalten, mit dem Grund. Ohne Schlüssel sagt --dry-run, welche Entfernungen es nicht bestätigen konnte. Exit 3, wenn kein Siegel stimmt und der Schlüssel keine der Dateien öffnet. Fragt auf einem Terminal nach einer Bestätigung; ohne Terminal entfernt es nichts und endet mit 2, außer --yes ist angegeben; --dry-run listet nur auf.</translation>
    </message>
    <message>
        <source>Restores a backup to --to PATH; a database it replaces is kept as a pre-restore backup until the restored copy is verified. Asks for confirmation. An age copy (.db.age, from backup export) is decrypted with --identity or the --age-key options into a private temp beside --to PATH first (exit 3 when no identity matches, 4 when the copy is damaged); the temp is removed on every way out, Ctrl-C included.</source>
        <translation>Stellt eine Sicherung nach --to PATH wieder her; eine Datenbank, die sie ersetzt, wird als Sicherung vor der Wiederherstellung aufbewahrt, bis die wiederhergestellte Kopie geprüft ist. Fragt nach einer Bestätigung. Eine age-Kopie (.db.age, aus backup export) wird zuerst mit --identity oder den --age-key-Optionen in eine private temporäre Datei neben --to PATH entschlüsselt (Exit 3, wenn keine Identität passt, 4, wenn die Kopie beschädigt ist); die temporäre Datei wird auf jedem Weg hinaus entfernt, Strg-C eingeschlossen.</translation>
    </message>
    <message>
        <source>Creates an image file formatted as LUKS2 with the new key in slot 0 (--new-key-env and friends); --recovery-key adds a generated recovery key in slot 1, printed once; --filesystem ext4 builds an ext4 file system inside without device-mapper.</source>
        <translation>Legt eine als LUKS2 formatierte Abbilddatei mit dem neuen Schlüssel in Platz 0 an (--new-key-env und verwandte Optionen); --recovery-key fügt in Platz 1 einen erzeugten Wiederherstellungsschlüssel hinzu, der einmal ausgegeben wird; --filesystem ext4 baut darin ohne device-mapper ein ext4-Dateisystem.</translation>
    </message>
    <message>
        <source>The LUKS version, UUID, label, cipher, key size, sector size, data offset, every key slot (PBKDF, memory, iterations, parallelism, name), tokens, segments and an unfinished re-encryption. Exits with status 6 when the file is not LUKS.</source>
        <translation>Die LUKS-Version, UUID, Bezeichnung, Verschlüsselung, Schlüsselgröße, Sektorgröße, Datenversatz, jeder Schlüsselplatz (PBKDF, Speicher, Iterationen, Parallelität, Name), Token, Segmente und eine unvollendete Neuverschlüsselung. Endet mit Status 6, wenn die Datei kein LUKS ist.</translation>
    </message>
    <message>
        <source>Which key slot the key opens, without mapping anything; exit status 3 when none does.</source>
        <translation>Welchen Schlüsselplatz der Schlüssel öffnet, ohne etwas einzurichten; Exit-Status 3, wenn er keinen öffnet.</translation>
    </message>
    <message>
        <source>Adds the new key in a free key slot, proven by a key that opens the volume.</source>
        <translation>Fügt den neuen Schlüssel in einem freien Schlüsselplatz hinzu, nachgewiesen durch einen Schlüssel, der das Volume öffnet.</translation>
    </message>
    <message>
        <source>Replaces the key of the slot that the key opens with the new key.</source>
        <translation>Ersetzt den Schlüssel des Platzes, den der Schlüssel öffnet, durch den neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Removes a key slot; refused for the last slot that opens the volume, and unless a different key given with the key options opens another slot. Asks for confirmation.</source>
        <translation>Entfernt einen Schlüsselplatz; abgelehnt für den letzten Platz, der das Volume öffnet, und außer ein anderer, mit den Schlüsseloptionen angegebener Schlüssel öffnet einen anderen Platz. Fragt nach einer Bestätigung.</translation>
    </message>
    <message>
        <source>Rewrites a key slot with new PBKDF costs, e.g. less memory for a smaller machine.</source>
        <translation>Schreibt einen Schlüsselplatz mit neuen PBKDF-Kosten neu, z. B. mit weniger Speicher für einen kleineren Rechner.</translation>
    </message>
    <message>
        <source>Saves the LUKS header and key slots to a new file.</source>
        <translation>Sichert den LUKS-Kopf und die Schlüsselplätze in eine neue Datei.</translation>
    </message>
    <message>
        <source>Puts a saved header back; refused when the UUIDs differ unless --force. The key slots of the time of the backup come back with it. Asks for confirmation.</source>
        <translation>Schreibt einen gesicherten Kopf zurück; abgelehnt, wenn die UUIDs abweichen, außer mit --force. Die Schlüsselplätze aus der Zeit der Sicherung kommen mit ihm zurück. Fragt nach einer Bestätigung.</translation>
    </message>
    <message>
        <source>Encrypts an unencrypted image in place, offline, with progress; after an interruption the same command resumes.</source>
        <translation>Verschlüsselt ein unverschlüsseltes Abbild an Ort und Stelle, offline, mit Fortschritt; nach einer Unterbrechung setzt derselbe Befehl fort.</translation>
    </message>
    <message>
        <source>Decrypts a LUKS2 image in place, offline and resumable. Asks for confirmation.</source>
        <translation>Entschlüsselt ein LUKS2-Abbild an Ort und Stelle, offline und fortsetzbar. Fragt nach einer Bestätigung.</translation>
    </message>
    <message>
        <source>Encrypts IN (- for standard input) in the age format (age-encryption.org/v1), which the age program opens too, to one or more recipients, or to a passphrase (scrypt, about one second of work; given by a key option or typed twice). Writes to OUT (never over an existing file) or to standard output. Shows progress, stops on Ctrl-C with status 130 and writes an audit line.</source>
        <translation>Verschlüsselt IN (- für die Standardeingabe) im age-Format (age-encryption.org/v1), das auch das Programm age öffnet, für einen oder mehrere Empfänger oder mit einer Passphrase (scrypt, etwa eine Sekunde Arbeit; über eine Schlüsseloption angegeben oder zweimal eingetippt). Schreibt nach OUT (nie über eine vorhandene Datei) oder auf die Standardausgabe. Zeigt den Fortschritt, hält bei Strg-C mit Status 130 an und schreibt eine Zeile ins Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Decrypts an age file, binary or armored, with identity files (also passphrase-protected ones made with age -p) or the file&apos;s passphrase. OUT is written as a private temporary file and renamed only after the last chunk authenticates; to standard output, a failure part-way exits with status 4 and says the output is incomplete.

Also reads OpenPGP files made by gpg (passphrase from the key options, through GPGME) and Node.js AES-256-GCM backups (NAME.enc with NAME.iv and NAME.sha256; the key as 64 hex characters), which carry no authentication tag; the report says so. --decompress also undoes gzip, zstd or xz compression found inside.

A wrong identity or passphrase exits with status 3 (no identity matched); a damaged header, a header MAC that does not match, a tampered, truncated or over-long payload or bad armor exits with status 4 and names what failed; a file that is not age exits with status 6 and says what it looks like.</source>
        <translation>Entschlüsselt eine age-Datei, binär oder mit Armor, mit Identitätsdateien (auch mit age -p durch eine Passphrase geschützten) oder der Passphrase der Datei. OUT wird als private temporäre Datei geschrieben und erst nach der Authentifizierung des letzten Blocks umbenannt; bei der Standardausgabe endet ein Fehler mittendrin mit Status 4 und sagt, dass die Ausgabe unvollständig ist.

Liest auch mit gpg erstellte OpenPGP-Dateien (Passphrase aus den Schlüsseloptionen, über GPGME) und AES-256-GCM-Sicherungen von Node.js (NAME.enc mit NAME.iv und NAME.sha256; der Schlüssel als 64 Hexadezimalzeichen), die kein Authentifizierungsmerkmal tragen; der Bericht sagt das. --decompress macht außerdem eine darin gefundene gzip-, zstd- oder xz-Kompression rückgängig.

Eine falsche Identität oder Passphrase endet mit Status 3 (keine Identität passt); ein beschädigter Kopf, ein nicht passender Kopf-MAC, eine manipulierte, gekürzte oder überlange Nutzlast oder fehlerhaftes Armor endet mit Status 4 und nennt, was fehlschlug; eine Datei, die kein age ist, endet mit Status 6 und sagt, wonach sie aussieht.</translation>
    </message>
    <message>
        <source>Opens the header and authenticates every chunk; writes nothing. Exit codes as for file decrypt.</source>
        <translation>Öffnet den Kopf und authentifiziert jeden Block; schreibt nichts. Exit-Codes wie bei file decrypt.</translation>
    </message>
    <message>
        <source>Writes an age copy of a backup for offsite storage, BACKUP.age or OUT, and its checksum beside it in the format of sha256sum(1). Needs only public keys.</source>
        <translation>Schreibt eine age-Kopie einer Sicherung für die Aufbewahrung außer Haus, BACKUP.age oder OUT, und daneben ihre Prüfsumme im Format von sha256sum(1). Braucht nur öffentliche Schlüssel.</translation>
    </message>
    <message>
        <source>Gives age files new recipients by rewriting only their headers; the payload is copied unchanged, the new file is checked before it replaces the old one, and the original is kept as FILE.before-rewrap-DATE until you remove it. An armored file stays armored: its armor is rewritten around the unchanged payload and every chunk authenticated before it replaces the file.</source>
        <translation>Gibt age-Dateien neue Empfänger, indem nur ihre Köpfe neu geschrieben werden; die Nutzlast wird unverändert kopiert, die neue Datei geprüft, bevor sie die alte ersetzt, und das Original bleibt als FILE.before-rewrap-DATUM erhalten, bis Sie es entfernen. Eine Datei mit Armor behält ihr Armor: Es wird um die unveränderte Nutzlast neu geschrieben und jeder Block authentifiziert, bevor es die Datei ersetzt.</translation>
    </message>
    <message>
        <source>Lists every key Strongroom knows, oldest first: the age identities and recipients files it was given (key generate, file encrypt --recipients-file, file decrypt --identity, the Keys page&apos;s Import; remembered in $XDG_DATA_HOME/strongroom/keys.json, paths and public keys only), the SQLCipher key ids of backup catalogs (the recent databases&apos; history folders and each --dir), and the active key slots of LUKS images (the Volumes page&apos;s images and each --image). Each with its key id, created date and where it came from, age in days, due date, and the files it opens (the key map). Keys older than the rotation period (--rotation-days, else the console&apos;s setting, else 180 days) are marked due. A folder or image that cannot be read is named on standard error; the rest is still listed.</source>
        <translation>Listet jeden Schlüssel auf, den Strongroom kennt, den ältesten zuerst: die age-Identitäten und Empfängerdateien, die es erhalten hat (key generate, file encrypt --recipients-file, file decrypt --identity, Importieren auf der Seite „Schlüssel“; gemerkt in $XDG_DATA_HOME/strongroom/keys.json, nur Pfade und öffentliche Schlüssel), die SQLCipher-Schlüssel-IDs von Sicherungskatalogen (die Verlaufsordner der zuletzt verwendeten Datenbanken und jedes --dir) und die aktiven Schlüsselplätze von LUKS-Abbildern (die Abbilder der Seite „Volumes“ und jedes --image). Jeder mit Schlüssel-ID, Erstellungsdatum und Herkunft, Alter in Tagen, Fälligkeitsdatum und den Dateien, die er öffnet (die Schlüsselkarte). Schlüssel, die älter als der Wechselzeitraum sind (--rotation-days, sonst die Einstellung der Konsole, sonst 180 Tage), werden als fällig markiert. Ein Ordner oder Abbild, das sich nicht lesen lässt, wird auf der Standardfehlerausgabe genannt; der Rest wird trotzdem aufgelistet.</translation>
    </message>
    <message>
        <source>Gives one key its own rotation period: KEYID as key list shows it, DAYS from 1 to 3650, or &quot;default&quot; to follow the global period again (the console&apos;s setting, else 180 days). Kept in the console&apos;s settings (keys/rotation/), never with a secret; key list, status, the Keys page and audit run then measure that key against its own period. Writes the audit line key.set-rotation with the old and new period.</source>
        <translation>Gibt einem Schlüssel einen eigenen Wechselzeitraum: KEYID, wie key list sie zeigt, DAYS von 1 bis 3650 oder „default“, um wieder dem allgemeinen Zeitraum zu folgen (der Einstellung der Konsole, sonst 180 Tage). Aufbewahrt in den Einstellungen der Konsole (keys/rotation/), nie mit einem Geheimnis; key list, status, die Seite „Schlüssel“ und audit run messen diesen Schlüssel dann an seinem eigenen Zeitraum. Schreibt die Protokollzeile key.set-rotation mit dem alten und dem neuen Zeitraum.</translation>
    </message>
    <message>
        <source>Makes an age key pair: the identity in FILE (mode 0600) or on standard output, the recipient printed, and a text recovery sheet with the identity, recipient, key id, date and a QR code in FILE.recovery.txt or SHEET. --protect encrypts the identity file with a passphrase.</source>
        <translation>Erzeugt ein age-Schlüsselpaar: die Identität in FILE (Modus 0600) oder auf der Standardausgabe, den ausgegebenen Empfänger und ein Wiederherstellungsblatt als Text mit Identität, Empfänger, Schlüssel-ID, Datum und einem QR-Code in FILE.recovery.txt oder SHEET. --protect verschlüsselt die Identitätsdatei mit einer Passphrase.</translation>
    </message>
    <message>
        <source>Unlocks an image. A normal user&apos;s request goes to udisks2 over D-Bus (polkit decides), which sets the image up as a loop device (read-only with --read-only) and unlocks it; the key travels as udisks&apos; own argument, never on a command line. As root without udisks2 the image is mapped in-process with libcryptsetup as /dev/mapper/NAME. Without udisks2 and not root: exit 7, naming the udisks2 package and systemctl start udisks2. Unlocking needs device-mapper; without it: exit 7.</source>
        <translation>Entsperrt ein Abbild. Die Anfrage eines normalen Benutzers geht über D-Bus an udisks2 (polkit entscheidet), das das Abbild als Loop-Gerät einrichtet (schreibgeschützt mit --read-only) und entsperrt; der Schlüssel reist als eigenes Argument von udisks, nie auf einer Befehlszeile. Als root ohne udisks2 wird das Abbild im Prozess mit libcryptsetup als /dev/mapper/NAME zugeordnet. Ohne udisks2 und nicht als root: Exit 7, mit dem Paket udisks2 und systemctl start udisks2. Entsperren braucht device-mapper; ohne ihn: Exit 7.</translation>
    </message>
    <message>
        <source>Locks an unlocked image and deletes its loop device (udisks2), or removes its mapping (root without udisks2). A mounted volume: exit 5, unmount it first.</source>
        <translation>Sperrt ein entsperrtes Abbild und löscht sein Loop-Gerät (udisks2) oder entfernt seine Zuordnung (root ohne udisks2). Ein eingehängtes Volume: Exit 5, hängen Sie es zuerst aus.</translation>
    </message>
    <message>
        <source>Mounts an unlocked image. Through udisks2 it goes under /media/USER with nosuid,nodev and the folder is printed; FOLDER is for root without udisks2 only, which mounts with nosuid,nodev,noexec and the detected file system type, only on an empty FOLDER with no symbolic link anywhere on its path.</source>
        <translation>Hängt ein entsperrtes Abbild ein. Über udisks2 kommt es mit nosuid,nodev unter /media/BENUTZER, und der Ordner wird ausgegeben; FOLDER gilt nur für root ohne udisks2, das mit nosuid,nodev,noexec und dem erkannten Dateisystemtyp einhängt, nur auf einem leeren FOLDER ohne symbolischen Link irgendwo in seinem Pfad.</translation>
    </message>
    <message>
        <source>Unmounts every mount of an unlocked image.</source>
        <translation>Hängt jede Einhängung eines entsperrten Abbilds aus.</translation>
    </message>
    <message>
        <source>Lists a folder inside a LUKS image without root or device-mapper: the volume key comes from libcryptsetup, the sectors are decrypted in user space (aes-xts-plain64, aes-cbc-essiv:sha256; LUKS2 and LUKS1, 512- and 4096-byte sectors, detached headers) and the ext2/3/4 file system is read with libext2fs, read-only. --long shows mode, links, owner, size and time; --json adds the inode, allocated bytes, nanosecond times and symlink targets. Exit 3 for a wrong key, 6 for another cipher or file system (named).</source>
        <translation>Listet einen Ordner in einem LUKS-Abbild ohne root oder device-mapper auf: Der Volume-Schlüssel kommt von libcryptsetup, die Sektoren werden im Benutzerbereich entschlüsselt (aes-xts-plain64, aes-cbc-essiv:sha256; LUKS2 und LUKS1, Sektoren mit 512 und 4096 Bytes, abgetrennte Köpfe) und das ext2/3/4-Dateisystem wird mit libext2fs gelesen, nur lesend. --long zeigt Modus, Links, Besitzer, Größe und Zeit; --json fügt Inode, belegte Bytes, Zeiten in Nanosekunden und Ziele symbolischer Links hinzu. Exit 3 bei einem falschen Schlüssel, 6 bei einer anderen Verschlüsselung oder einem anderen Dateisystem (benannt).</translation>
    </message>
    <message>
        <source>Copies files and folders out of a LUKS image into --to DIR without root: modes, times, symlinks, hard links (as links), sparse files (as holes) and user.* extended attributes; owners and the other attribute namespaces when run as root. Each file is written under a private temp name beside its target and renamed into place; nothing is replaced without --force (exit 2). / copies everything into DIR.</source>
        <translation>Kopiert Dateien und Ordner ohne root aus einem LUKS-Abbild nach --to DIR: Modi, Zeiten, symbolische Links, harte Links (als Links), dünn belegte Dateien (als Löcher) und erweiterte Attribute user.*; Besitzer und die anderen Attribut-Namensräume, wenn als root ausgeführt. Jede Datei wird unter einem privaten temporären Namen neben ihrem Ziel geschrieben und an ihren Platz umbenannt; ohne --force wird nichts ersetzt (Exit 2). / kopiert alles nach DIR.</translation>
    </message>
    <message>
        <source>Writes a file inside a LUKS image to standard output, following a symbolic link; read in user space as volume ls is.</source>
        <translation>Schreibt eine Datei in einem LUKS-Abbild auf die Standardausgabe und folgt dabei einem symbolischen Link; im Benutzerbereich gelesen wie bei volume ls.</translation>
    </message>
    <message>
        <source>Checks the ext2/3/4 file system inside a LUKS image without changing anything: superblock, group descriptors and their checksums, every inode&apos;s checksum and blocks (inside the file system, none claimed twice), the block and inode bitmaps against the inode tables, the groups&apos; free counts, and the directory tree (entries naming in-use inodes of the stated type, &quot;.&quot; and &quot;..&quot;, link counts, in-use inodes no directory names). Lists each problem and exits with status 4 when there is any.</source>
        <translation>Prüft das ext2/3/4-Dateisystem in einem LUKS-Abbild, ohne etwas zu ändern: Superblock, Gruppendeskriptoren und ihre Prüfsummen, Prüfsumme und Blöcke jedes Inodes (innerhalb des Dateisystems, keiner doppelt beansprucht), die Block- und Inode-Bitmaps gegen die Inode-Tabellen, die Freizähler der Gruppen und den Verzeichnisbaum (Einträge, die belegte Inodes des angegebenen Typs nennen, „.“ und „..“, Linkzähler, belegte Inodes, die kein Verzeichnis nennt). Listet jedes Problem auf und endet mit Status 4, wenn es eines gibt.</translation>
    </message>
    <message>
        <source>Apparent and allocated size under a path inside a LUKS image, per entry and in total, hard links counted once (as du does).</source>
        <translation>Scheinbare und belegte Größe unter einem Pfad in einem LUKS-Abbild, je Eintrag und insgesamt, harte Links einmal gezählt (wie bei du).</translation>
    </message>
    <message>
        <source>Moves DIR (a PostgreSQL data directory, recognised by PG_VERSION, or any folder) into a new LUKS2 image without device-mapper or root: preflight (DIR&apos;s size plus --headroom, 20 % by default, free room for the image, owner and mode; a PostgreSQL server running on DIR is refused with exit 5 and how to stop it, after its exact row counts are recorded when --dbname is given), mke2fs -t ext4 -d DIR into the image, in-place encryption (operational key in slot 0, a recovery key in slot 1, printed once), then every file&apos;s type, mode, owner, size, modification time, link count, xattrs and SHA-256 read back in user space and compared with DIR: any difference ends with exit 4 and the list. Only with --yes (or &apos;yes&apos; typed on a terminal) is DIR renamed to DIR.before-migration-TIMESTAMP (never deleted) and an empty mount point with DIR&apos;s owner and mode left in its place; the crypttab and fstab lines and a systemd mount unit are printed (--write-config adds the lines to /etc, as root). Mounting the volume and starting PostgreSQL on it need device-mapper and are left to the administrator. A journal beside the image (IMAGE.migration.json) records each step: after a kill or Ctrl-C the same command continues. --rollback DIR puts the kept original back (the mount point must be empty and unmounted); with --image it also marks that journal rolled back.</source>
        <translation>Verschiebt DIR (ein PostgreSQL-Datenverzeichnis, erkannt an PG_VERSION, oder einen beliebigen Ordner) ohne device-mapper oder root in ein neues LUKS2-Abbild: Vorprüfung (Größe von DIR plus --headroom, vorgegeben 20 %, freier Platz für das Abbild, Besitzer und Modus; ein auf DIR laufender PostgreSQL-Server wird mit Exit 5 und der Anleitung zum Beenden abgelehnt, nachdem seine exakten Zeilenzahlen festgehalten sind, wenn --dbname angegeben ist), mke2fs -t ext4 -d DIR in das Abbild, Verschlüsselung an Ort und Stelle (Betriebsschlüssel in Platz 0, ein Wiederherstellungsschlüssel in Platz 1, einmal ausgegeben), dann werden Typ, Modus, Besitzer, Größe, Änderungszeit, Linkzahl, xattrs und SHA-256 jeder Datei im Benutzerbereich zurückgelesen und mit DIR verglichen: Jeder Unterschied endet mit Exit 4 und der Liste. Nur mit --yes (oder auf einem Terminal eingetipptem „yes“) wird DIR in DIR.before-migration-ZEITSTEMPEL umbenannt (nie gelöscht) und an seiner Stelle ein leerer Einhängepunkt mit Besitzer und Modus von DIR hinterlassen; die crypttab- und fstab-Zeilen und eine systemd-Mount-Unit werden ausgegeben (--write-config trägt die Zeilen als root in /etc ein). Das Einhängen des Volumes und das Starten von PostgreSQL darauf brauchen device-mapper und bleiben dem Administrator überlassen. Ein Journal neben dem Abbild (IMAGE.migration.json) hält jeden Schritt fest: Nach einem Abbruch oder Strg-C macht derselbe Befehl weiter. --rollback DIR holt das aufbewahrte Original zurück (der Einhängepunkt muss leer und ausgehängt sein); mit --image markiert es auch dieses Journal als zurückgerollt.</translation>
    </message>
    <message>
        <source>Cipher speeds (with OpenSSL in user space, labelled so, where the kernel crypto API is missing) and the time and memory one unlock costs with argon2id and pbkdf2 on this machine.</source>
        <translation>Verschlüsselungsgeschwindigkeiten (mit OpenSSL im Benutzerbereich, so gekennzeichnet, wo die Krypto-API des Kernels fehlt) und die Zeit und der Speicher, die ein Entsperren mit argon2id und pbkdf2 auf diesem Rechner kostet.</translation>
    </message>
    <message>
        <source>Connects to a PostgreSQL database (--dbname: a conninfo, a URI or a service name; the password from ~/.pgpass, the --password- options, the keyring, or a prompt) and reports the server version, the database&apos;s size and encoding, the connection&apos;s TLS (protocol, cipher, and whether the certificate was verified: the sslmode), the settings password_encryption, ssl and ssl_min_protocol_version, and, for a server on this machine, whether its data directory lies on a dm-crypt (LUKS) device. Then every table with the planner&apos;s row estimate and its table, TOAST and index bytes, largest first.

--exact counts every table&apos;s rows in --sessions parallel sessions that import one exported snapshot, so the counts describe one moment even while applications write; Ctrl-C stops the running counts at once (exit 130). An unreachable server exits with status 7 and libpq&apos;s reason; a refused or missing password with status 3.</source>
        <translation>Verbindet sich mit einer PostgreSQL-Datenbank (--dbname: ein conninfo, eine URI oder ein Dienstname; das Passwort aus ~/.pgpass, den --password-Optionen, dem Schlüsselbund oder einer Eingabeaufforderung) und meldet die Serverversion, Größe und Kodierung der Datenbank, das TLS der Verbindung (Protokoll, Verschlüsselung und ob das Zertifikat geprüft wurde: der sslmode), die Einstellungen password_encryption, ssl und ssl_min_protocol_version und, für einen Server auf diesem Rechner, ob sein Datenverzeichnis auf einem dm-crypt-Gerät (LUKS) liegt. Dann jede Tabelle mit der Zeilenschätzung des Planers und ihren Bytes für Tabelle, TOAST und Indizes, die größte zuerst.

--exact zählt die Zeilen jeder Tabelle in --sessions parallelen Sitzungen, die einen exportierten Snapshot importieren, sodass die Zahlen einen Zeitpunkt beschreiben, auch während Anwendungen schreiben; Strg-C hält die laufenden Zählungen sofort an (Exit 130). Ein unerreichbarer Server endet mit Status 7 und dem Grund von libpq; ein abgelehntes oder fehlendes Passwort mit Status 3.</translation>
    </message>
    <message>
        <source>Writes a systemd service and timer that back DB up (as backup create, into --dir) at the given time: user units in ~/.config/systemd/user, or system units in /etc/systemd/system when run as root (--user and --system choose). The timer has Persistent=true, so a run missed while the machine was off happens at the next boot; the service has OnFailure=, so a failed run is in the journal at error priority. Both units are checked with systemd-analyze verify and the timer is enabled with systemctl [--user] enable --now. After each backup the --keep-* rules remove older backups as backup prune does (only those whose catalog seal holds with the key).

A PostgreSQL connection as DB (a conninfo with &quot;=&quot;, such as &quot;host=db dbname=shop&quot;, or a postgres:// URI) makes a schedule of pg backup into --dir (required), encrypted to the --recipient/--recipients-file age recipients (then the service needs no secret at all) or to a passphrase delivered like a key; the --keep-* rules then prune as pg backup prune does. The server&apos;s password comes from ~/.pgpass, as libpq reads it.

The key never goes into a unit: it is sealed with systemd-creds (TPM2 where present) into $XDG_DATA_HOME/strongroom/schedules/NAME.cred, loaded with LoadCredentialEncrypted= and read by the service from $CREDENTIALS_DIRECTORY; or, with --key-file FILE --key-file-stays, the service reads that 0600 file through LoadCredential= at each run. When no user manager runs (no login session), the units stay written, the command exits with status 7 and says how to enable them (loginctl enable-linger USER keeps a user&apos;s timers running without a login).</source>
        <translation>Schreibt einen systemd-Dienst und -Timer, die DB zur angegebenen Zeit sichern (wie backup create, nach --dir): Benutzer-Units in ~/.config/systemd/user oder, als root ausgeführt, System-Units in /etc/systemd/system (--user und --system wählen). Der Timer hat Persistent=true, sodass ein Lauf, der bei ausgeschaltetem Rechner verpasst wurde, beim nächsten Start stattfindet; der Dienst hat OnFailure=, sodass ein gescheiterter Lauf mit Fehlerpriorität im Journal steht. Beide Units werden mit systemd-analyze verify geprüft und der Timer mit systemctl [--user] enable --now aktiviert. Nach jeder Sicherung entfernen die --keep-*-Regeln ältere Sicherungen wie backup prune (nur die, deren Katalogsiegel mit dem Schlüssel stimmt).

Eine PostgreSQL-Verbindung als DB (ein conninfo mit „=“, etwa „host=db dbname=shop“, oder eine postgres://-URI) ergibt einen Zeitplan von pg backup nach --dir (erforderlich), verschlüsselt für die age-Empfänger von --recipient/--recipients-file (dann braucht der Dienst überhaupt kein Geheimnis) oder mit einer Passphrase, die wie ein Schlüssel übergeben wird; die --keep-*-Regeln entfernen dann wie pg backup prune. Das Passwort des Servers kommt aus ~/.pgpass, wie libpq es liest.

Der Schlüssel kommt nie in eine Unit: Er wird mit systemd-creds (TPM2, wo vorhanden) in $XDG_DATA_HOME/strongroom/schedules/NAME.cred versiegelt, mit LoadCredentialEncrypted= geladen und vom Dienst aus $CREDENTIALS_DIRECTORY gelesen; oder der Dienst liest mit --key-file FILE --key-file-stays diese 0600-Datei bei jedem Lauf über LoadCredential=. Wenn kein Benutzer-Manager läuft (keine Anmeldesitzung), bleiben die Units geschrieben, der Befehl endet mit Status 7 und sagt, wie man sie aktiviert (loginctl enable-linger USER lässt die Timer eines Benutzers ohne Anmeldung laufen).</translation>
    </message>
    <message>
        <source>Writes a systemd service and timer that verify the newest backup of BACKUP_DIR at the highest level (checksum, opens with the key, every page&apos;s HMAC and integrity_check), as backup verify does; the time, key and unit options are those of schedule add backup. A failed drill fails the service and shows in status.

A folder of PostgreSQL backups (it holds strongroom-pg-backups.json) is drilled as pg verify does, on its newest catalogued backup, with the key (an age identity file&apos;s text, or the passphrase) delivered like a SQLCipher key: at level 3 (restored into a scratch database on the server --dbname CONN names, every count compared, recorded in the catalog) when --dbname is given, else at level 2 (every chunk authenticated, the table of contents read); the run report says which level ran and why.</source>
        <translation>Schreibt einen systemd-Dienst und -Timer, die die neueste Sicherung von BACKUP_DIR auf der höchsten Stufe prüfen (Prüfsumme, öffnet mit dem Schlüssel, HMAC jeder Seite und integrity_check), wie backup verify; die Zeit-, Schlüssel- und Unit-Optionen sind die von schedule add backup. Eine gescheiterte Probe lässt den Dienst scheitern und erscheint in status.

Ein Ordner mit PostgreSQL-Sicherungen (er enthält strongroom-pg-backups.json) wird wie bei pg verify geprobt, an seiner neuesten katalogisierten Sicherung, mit dem Schlüssel (dem Text einer age-Identitätsdatei oder der Passphrase), der wie ein SQLCipher-Schlüssel übergeben wird: auf Stufe 3 (in eine Wegwerf-Datenbank auf dem Server wiederhergestellt, den --dbname CONN nennt, jede Zahl verglichen, im Katalog festgehalten), wenn --dbname angegeben ist, sonst auf Stufe 2 (jeder Block authentifiziert, das Inhaltsverzeichnis gelesen); der Laufbericht sagt, welche Stufe lief und warum.</translation>
    </message>
    <message>
        <source>Lists the schedules: kind, calendar, the last run&apos;s start, result and duration (from the run reports) and the next run (from systemd, when its manager can be asked).</source>
        <translation>Listet die Zeitpläne auf: Art, Kalender, Beginn, Ergebnis und Dauer des letzten Laufs (aus den Laufberichten) und den nächsten Lauf (von systemd, wenn sein Manager gefragt werden kann).</translation>
    </message>
    <message>
        <source>Stops and disables the timer, removes the service and timer units and the sealed key. The run reports stay in $XDG_DATA_HOME/strongroom/schedules/runs/NAME.</source>
        <translation>Hält den Timer an und deaktiviert ihn, entfernt die Dienst- und Timer-Units und den versiegelten Schlüssel. Die Laufberichte bleiben in $XDG_DATA_HOME/strongroom/schedules/runs/NAME.</translation>
    </message>
    <message>
        <source>Starts the schedule&apos;s service through systemctl [--user] start (so the run gets its credential as a timed run would), waits for it and prints its run report; exits with the run&apos;s failure.</source>
        <translation>Startet den Dienst des Zeitplans über systemctl [--user] start (sodass der Lauf seine Zugangsdaten wie ein zeitgesteuerter Lauf erhält), wartet auf ihn und gibt seinen Laufbericht aus; endet mit dem Fehler des Laufs.</translation>
    </message>
    <message>
        <source>Runs the schedule in this process: what its service&apos;s ExecStart= runs, with --key-file %d/strongroom-NAME.key. Each run writes a JSON report (0600) to $XDG_DATA_HOME/strongroom/schedules/runs/NAME/ and the audit line schedule.run, and exits with the status of the backup or verification it ran.</source>
        <translation>Führt den Zeitplan in diesem Prozess aus: was ExecStart= seines Dienstes ausführt, mit --key-file %d/strongroom-NAME.key. Jeder Lauf schreibt einen JSON-Bericht (0600) nach $XDG_DATA_HOME/strongroom/schedules/runs/NAME/ und die Protokollzeile schedule.run und endet mit dem Status der Sicherung oder Prüfung, die er ausführte.</translation>
    </message>
    <message>
        <source>Reports what needs attention, for people and for monitoring systems: failures are a schedule without a successful run for 1.5 times its interval (overdue), and a schedule whose last run or drill failed; warnings are backups whose last successful drill is older than --drill-max-age days (default 30) or never happened (a drill is a drill schedule&apos;s successful run or a full check the folder&apos;s catalog records: backup verify with the key, pg verify --level 3, the console&apos;s Verify and Restore Drill, so drills by hand count; the audit takes the same date), and keys older than their rotation period (as key list). Exits with status 0 when all is well, 10 when there are warnings only and 11 when anything fails.</source>
        <translation>Meldet, was Aufmerksamkeit braucht, für Menschen und für Überwachungssysteme: Fehler sind ein Zeitplan ohne erfolgreichen Lauf seit dem 1,5-fachen seines Intervalls (überfällig) und ein Zeitplan, dessen letzter Lauf oder letzte Probe scheiterte; Warnungen sind Sicherungen, deren letzte erfolgreiche Probe älter als --drill-max-age Tage (Vorgabe 30) ist oder nie stattfand (eine Probe ist ein erfolgreicher Lauf eines Probe-Zeitplans oder eine vollständige Prüfung, die der Katalog des Ordners festhält: backup verify mit dem Schlüssel, pg verify --level 3, Prüfen und Wiederherstellungsprobe der Konsole, also zählen auch Proben von Hand; das Audit nimmt dasselbe Datum), und Schlüssel, die älter als ihr Wechselzeitraum sind (wie bei key list). Endet mit Status 0, wenn alles in Ordnung ist, 10, wenn es nur Warnungen gibt, und 11, wenn etwas scheitert.</translation>
    </message>
    <message>
        <source>Checks what Strongroom knows (the console&apos;s history folders and volumes) and every database, key file, backup folder and LUKS image found under the PATHs, and this machine. Each check has a result (pass, warn, fail, manual), the evidence seen, why it matters and the fix: databases encrypted, with KDF iterations of at least 256,000 and page HMACs (read with the key options); key files 0600 and owned by the user; a key, secret or password assigned in a .env or config file in a database&apos;s folder or its parents (named by file and line, the value never printed); backups encrypted, not readable by others, recent, with retention and a recent restore drill; keys due for rotation; LUKS slots with PBKDF2 below one second here or argon2 below 256 MiB, no recovery slot, unnamed extra slots; AES-NI, swap encrypted or absent, core dumps off, the audit log&apos;s chain intact and the same lines in the system journal (manual, with the reason, where no journal can be read); a LUKS header backup missing or older than the last key slot change; a recovery sheet for each age identity (manual for SQLCipher keys); the PostgreSQL connections the console keeps and each --dbname CONN: TLS in use with sslmode=verify-full, ssl_min_protocol_version at least TLSv1.2, password_encryption scram-sha-256, and a local server&apos;s data directory on an encrypted device (a connection that cannot be made is a warning, not skipped); and manual items to check by hand. --html FILE also writes the report as a page; the console&apos;s Audit page runs the same audit and exports it as HTML or PDF. Exits with status 0 when all pass, 10 with warnings, 11 when a check fails, 2 for a bad option (such as a --dbname holding a password).</source>
        <translation>Prüft, was Strongroom kennt (die Verlaufsordner und Volumes der Konsole) und jede Datenbank, Schlüsseldatei, jeden Sicherungsordner und jedes LUKS-Abbild unter den PATHs, sowie diesen Rechner. Jede Prüfung hat ein Ergebnis (pass, warn, fail, manual), das Gesehene als Beleg, warum sie wichtig ist und die Abhilfe: Datenbanken verschlüsselt, mit mindestens 256.000 KDF-Iterationen und Seiten-HMACs (mit den Schlüsseloptionen gelesen); Schlüsseldateien 0600 und im Besitz des Benutzers; ein Schlüssel, Geheimnis oder Passwort, das in einer .env- oder Konfigurationsdatei im Ordner einer Datenbank oder darüber zugewiesen ist (nach Datei und Zeile benannt, der Wert nie ausgegeben); Sicherungen verschlüsselt, für andere nicht lesbar, aktuell, mit Aufbewahrung und einer aktuellen Wiederherstellungsprobe; zum Wechsel fällige Schlüssel; LUKS-Plätze mit PBKDF2 unter einer Sekunde hier oder argon2 unter 256 MiB, kein Wiederherstellungsplatz, unbenannte zusätzliche Plätze; AES-NI, Auslagerung verschlüsselt oder nicht vorhanden, Speicherabbilder aus, die Kette des Prüfprotokolls unversehrt und dieselben Zeilen im Systemjournal (manuell, mit dem Grund, wo kein Journal gelesen werden kann); eine fehlende LUKS-Kopfsicherung oder eine, die älter als die letzte Änderung eines Schlüsselplatzes ist; ein Wiederherstellungsblatt für jede age-Identität (manuell für SQLCipher-Schlüssel); die PostgreSQL-Verbindungen, die die Konsole hält, und jedes --dbname CONN: TLS in Verwendung mit sslmode=verify-full, ssl_min_protocol_version mindestens TLSv1.2, password_encryption scram-sha-256 und das Datenverzeichnis eines lokalen Servers auf einem verschlüsselten Gerät (eine Verbindung, die nicht zustande kommt, ist eine Warnung und wird nicht übersprungen); und manuelle Punkte zur Prüfung von Hand. --html FILE schreibt den Bericht außerdem als Seite; die Seite „Prüfung“ der Konsole führt dieselbe Prüfung aus und exportiert sie als HTML oder PDF. Endet mit Status 0, wenn alles bestanden ist, 10 bei Warnungen, 11, wenn eine Prüfung scheitert, 2 bei einer fehlerhaften Option (etwa einem --dbname mit einem Passwort).</translation>
    </message>
    <message>
        <source>Backs up one PostgreSQL database into DIR as one set of files (docs/file-formats.md): the dump, an encrypted manifest and a .sha256 in sha256sum format. Strongroom&apos;s own session opens a REPEATABLE READ, READ ONLY transaction and exports its snapshot; pg_dump -Fc -Z0 --snapshot dumps exactly that snapshot while the same session counts every table&apos;s rows in it, so the manifest&apos;s counts are the dump&apos;s even while applications write. The dump streams through zstd and age into a 0600 temp file in DIR (never plain on disk, never whole in memory), which is fsynced and renamed when pg_dump has succeeded. The password reaches pg_dump only through a private passfile.

Restore without Strongroom: age -d -i KEY FILE.dump.zst.age | zstd -d | pg_restore -d DB. Ctrl-C stops pg_dump and leaves no file (exit 130). pg_dump missing or older than the server exits with status 7 naming the package postgresql-client-N; an unreachable server with status 7 and libpq&apos;s reason.</source>
        <translation>Sichert eine PostgreSQL-Datenbank nach DIR als einen Satz von Dateien (docs/file-formats.md): den Dump, ein verschlüsseltes Manifest und eine .sha256 im Format von sha256sum. Strongrooms eigene Sitzung öffnet eine Transaktion REPEATABLE READ, READ ONLY und exportiert ihren Snapshot; pg_dump -Fc -Z0 --snapshot sichert genau diesen Snapshot, während dieselbe Sitzung darin die Zeilen jeder Tabelle zählt, sodass die Zahlen des Manifests die des Dumps sind, auch während Anwendungen schreiben. Der Dump fließt durch zstd und age in eine temporäre 0600-Datei in DIR (nie unverschlüsselt auf der Platte, nie ganz im Speicher), die mit fsync geschrieben und umbenannt wird, wenn pg_dump erfolgreich war. Das Passwort erreicht pg_dump nur über eine private Passwortdatei.

Wiederherstellen ohne Strongroom: age -d -i KEY FILE.dump.zst.age | zstd -d | pg_restore -d DB. Strg-C hält pg_dump an und hinterlässt keine Datei (Exit 130). Ein fehlendes oder gegenüber dem Server älteres pg_dump endet mit Status 7 und nennt das Paket postgresql-client-N; ein unerreichbarer Server mit Status 7 und dem Grund von libpq.</translation>
    </message>
    <message>
        <source>Restores a backup made by pg backup into the database named by --dbname. Before anything is touched, the set&apos;s .sha256 (the dump and the manifest hashed in full), the manifest (opened with --identity or the passphrase) and the dump&apos;s age header are checked: a damaged or truncated file exits with status 4, a wrong key with status 3, and nothing is changed.

--create makes the database first (it must not exist); a database that holds tables is refused (status 2) unless --clean --yes replaces the backup&apos;s objects in it. --jobs 1 (the default) streams age, zstd and pg_restore --single-transaction with no plaintext on disk; --jobs N decrypts into a 0700 staging folder (beside the backup, or --staging-dir), removed on success, failure, Ctrl-C and by the next restore after a crash. Afterwards every table&apos;s exact row count is compared with the manifest; a difference exits with status 4 and the table-by-table comparison.

Also restores the backups admins already have, detected by content: pg_dump | gzip | gpg --symmetric files (the passphrase from the key options), age files of a bare dump (--identity), Node.js AES-256-GCM .enc sets with .iv and .sha256 (the key as 64 hex characters), plain, gzip, zstd or xz compressed SQL (through psql -v ON_ERROR_STOP=1 --single-transaction), custom-format dumps, and tar archives (plain or compressed) of directory-format dumps, extracted into the 0700 staging folder and removed afterwards. With --jobs 1 encrypted ones are decrypted as they stream into the restore, nothing decrypted on disk; the last MiB is held back until the whole file has authenticated, so a damaged file is rolled back, never committed. With --jobs N they are decrypted into the staging folder first (an encrypted tar archive needs that). They carry no manifest: the report says so and lists the counts found. A damaged or truncated file exits with status 4, a wrong key with status 3, and a database --create made is dropped again.</source>
        <translation>Stellt eine mit pg backup erstellte Sicherung in die mit --dbname genannte Datenbank wieder her. Bevor etwas angefasst wird, werden die .sha256 des Satzes (Dump und Manifest vollständig gehasht), das Manifest (mit --identity oder der Passphrase geöffnet) und der age-Kopf des Dumps geprüft: Eine beschädigte oder gekürzte Datei endet mit Status 4, ein falscher Schlüssel mit Status 3, und nichts wird geändert.

--create legt die Datenbank zuerst an (sie darf nicht existieren); eine Datenbank, die Tabellen enthält, wird abgelehnt (Status 2), außer --clean --yes ersetzt die Objekte der Sicherung darin. --jobs 1 (die Vorgabe) leitet age, zstd und pg_restore --single-transaction als Datenstrom ohne Klartext auf der Platte; --jobs N entschlüsselt in einen 0700-Bereitstellungsordner (neben der Sicherung oder --staging-dir), der bei Erfolg, Fehler, Strg-C und durch die nächste Wiederherstellung nach einem Absturz entfernt wird. Danach wird die exakte Zeilenzahl jeder Tabelle mit dem Manifest verglichen; ein Unterschied endet mit Status 4 und dem Vergleich Tabelle für Tabelle.

Stellt auch die Sicherungen wieder her, die Administratoren schon haben, am Inhalt erkannt: Dateien aus pg_dump | gzip | gpg --symmetric (die Passphrase aus den Schlüsseloptionen), age-Dateien eines bloßen Dumps (--identity), AES-256-GCM-.enc-Sätze von Node.js mit .iv und .sha256 (der Schlüssel als 64 Hexadezimalzeichen), einfaches, mit gzip, zstd oder xz komprimiertes SQL (über psql -v ON_ERROR_STOP=1 --single-transaction), Dumps im Custom-Format und tar-Archive (einfach oder komprimiert) von Dumps im Verzeichnisformat, in den 0700-Bereitstellungsordner entpackt und danach entfernt. Mit --jobs 1 werden verschlüsselte beim Einströmen in die Wiederherstellung entschlüsselt, nichts Entschlüsseltes auf der Platte; das letzte MiB wird zurückgehalten, bis die ganze Datei authentifiziert ist, sodass eine beschädigte Datei zurückgerollt und nie festgeschrieben wird. Mit --jobs N werden sie zuerst in den Bereitstellungsordner entschlüsselt (ein verschlüsseltes tar-Archiv braucht das). Sie tragen kein Manifest: Der Bericht sagt das und listet die gefundenen Zahlen auf. Eine beschädigte oder gekürzte Datei endet mit Status 4, ein falscher Schlüssel mit Status 3, und eine von --create angelegte Datenbank wird wieder gelöscht.</translation>
    </message>
    <message>
        <source>Verifies a backup made by pg backup without restoring it into a database you use. Level 1 checks the set&apos;s .sha256, opens the manifest with the key and checks the dump&apos;s age header. Level 2 also authenticates every chunk of the dump and reads its table of contents with pg_restore --list (the plaintext goes through a pipe, never to disk), which must hold every table the manifest counts. Level 3 is a restore drill: the backup is restored into a new scratch database on the server --dbname names, every table&apos;s count is compared with the manifest, the scratch database is dropped again, and the result (date, duration, counts equal) is recorded in the folder&apos;s catalog, which pg backup list shows. Without --dbname the drill runs in a temporary cluster Strongroom starts itself: initdb in a 0700 folder under TMPDIR, the server programs of the backup&apos;s major version (postgresql-N), a private Unix socket and no TCP; it is stopped and removed at the end, also on failure and Ctrl-C, and a folder left by a crash is removed by the next drill.

A damaged or truncated file, or counts that differ, exit with status 4; a wrong key with status 3.</source>
        <translation>Prüft eine mit pg backup erstellte Sicherung, ohne sie in eine Datenbank wiederherzustellen, die Sie verwenden. Stufe 1 prüft die .sha256 des Satzes, öffnet das Manifest mit dem Schlüssel und prüft den age-Kopf des Dumps. Stufe 2 authentifiziert außerdem jeden Block des Dumps und liest sein Inhaltsverzeichnis mit pg_restore --list (der Klartext geht durch eine Pipe, nie auf die Platte), das jede Tabelle enthalten muss, die das Manifest zählt. Stufe 3 ist eine Wiederherstellungsprobe: Die Sicherung wird in eine neue Wegwerf-Datenbank auf dem Server wiederhergestellt, den --dbname nennt, die Zahl jeder Tabelle wird mit dem Manifest verglichen, die Wegwerf-Datenbank wird wieder gelöscht und das Ergebnis (Datum, Dauer, Zahlen gleich) im Katalog des Ordners festgehalten, den pg backup list zeigt. Ohne --dbname läuft die Probe in einem temporären Cluster, den Strongroom selbst startet: initdb in einem 0700-Ordner unter TMPDIR, die Serverprogramme der Hauptversion der Sicherung (postgresql-N), ein privater Unix-Socket und kein TCP; er wird am Ende angehalten und entfernt, auch bei Fehler und Strg-C, und ein Ordner, den ein Absturz hinterlassen hat, wird von der nächsten Probe entfernt.

Eine beschädigte oder gekürzte Datei oder abweichende Zahlen enden mit Status 4; ein falscher Schlüssel mit Status 3.</translation>
    </message>
    <message>
        <source>Compares the row counts in a backup&apos;s manifest with the live database&apos;s exact counts (taken in one snapshot), table by table; the difference column is backup minus live. Reads only; differences are reported, not an error.</source>
        <translation>Vergleicht die Zeilenzahlen im Manifest einer Sicherung Tabelle für Tabelle mit den exakten Zahlen der laufenden Datenbank (in einem Snapshot erhoben); die Differenzspalte ist Sicherung minus laufende Datenbank. Liest nur; Unterschiede werden gemeldet und sind kein Fehler.</translation>
    </message>
    <message>
        <source>Lists the backups in DIR from its catalog, newest first: time, name, size, tables and rows, the last restore drill, and what the retention policy (the --keep- options, by default 7 daily, 4 weekly and 12 monthly) would do with each. Dump files without a catalog entry are listed as not in the catalog and never pruned.</source>
        <translation>Listet die Sicherungen in DIR aus seinem Katalog auf, die neueste zuerst: Zeit, Name, Größe, Tabellen und Zeilen, die letzte Wiederherstellungsprobe und was die Aufbewahrungsrichtlinie (die --keep-Optionen, vorgegeben 7 täglich, 4 wöchentlich und 12 monatlich) mit jeder täte. Dump-Dateien ohne Katalogeintrag werden als nicht im Katalog aufgelistet und nie entfernt.</translation>
    </message>
    <message>
        <source>Removes the backups the retention policy does not keep (restic&apos;s rules; by default 7 daily, 4 weekly and 12 monthly), each with all its files. Asks first on a terminal; --yes confirms in a script, --dry-run only shows what would go. An entry whose catalog time differs from the time in its file name, or whose dump no longer has the recorded SHA-256, is kept and reported.</source>
        <translation>Entfernt die Sicherungen, die die Aufbewahrungsrichtlinie nicht behält (die Regeln von restic; vorgegeben 7 täglich, 4 wöchentlich und 12 monatlich), jede mit all ihren Dateien. Fragt auf einem Terminal zuerst nach; --yes bestätigt in einem Skript, --dry-run zeigt nur, was entfernt würde. Ein Eintrag, dessen Katalogzeit von der Zeit in seinem Dateinamen abweicht oder dessen Dump nicht mehr die festgehaltene SHA-256-Prüfsumme hat, bleibt erhalten und wird gemeldet.</translation>
    </message>
    <message>
        <source>Runs each statement of the workload (a file, or the built-in set: SELECT 1, a 100-row page, a point lookup by primary key, count(*) of the largest table, a LIKE search) after a warm-up, then in rounds, on FILE opened read-only; per statement avg, p50, p95, p99 (nearest rank: the sample of rank ceil(p/100 x n)), min, max, stddev and queries/s, timed with CLOCK_MONOTONIC. With --against-plain-twin a decrypted copy (0600, in a private folder beside FILE, removed afterwards, also on Ctrl-C) runs the same workload, A and B alternating per round; the overhead per statement is reported with its spread across rounds, or as &quot;no measurable difference&quot; when the rounds&apos; 95 % interval contains 0. --save-baseline and --compare keep and compare results in the data folder; --compare exits with status 9 when a statement&apos;s p50 is slower by more than --threshold and more than the noise of both runs. With --dbname CONN the target is a PostgreSQL connection (the built-in set on its largest table; sessions read-only; timed from sending to the last row received), and --against CONN2 runs the same workload on a second connection, interleaved in rounds, reporting the overhead of CONN over CONN2 (e.g. TLS on against off, or a cluster on an encrypted volume against a plain one). CONN2&apos;s password comes from --against-password-env, -file, -stdin or -keyring (the forms of --dbname&apos;s; standard input holds only one of the two passwords), else from .pgpass, a service file or a prompt on a terminal.</source>
        <translation>Führt jede Anweisung der Arbeitslast (eine Datei oder der eingebaute Satz: SELECT 1, eine Seite mit 100 Zeilen, ein Zugriff über den Primärschlüssel, count(*) der größten Tabelle, eine LIKE-Suche) nach einer Aufwärmphase in Runden auf FILE aus, nur lesend geöffnet; je Anweisung avg, p50, p95, p99 (nächster Rang: die Stichprobe mit Rang ceil(p/100 x n)), min, max, stddev und Abfragen/s, gemessen mit CLOCK_MONOTONIC. Mit --against-plain-twin führt eine entschlüsselte Kopie (0600, in einem privaten Ordner neben FILE, danach entfernt, auch bei Strg-C) dieselbe Arbeitslast aus, A und B abwechselnd je Runde; der Mehraufwand je Anweisung wird mit seiner Streuung über die Runden gemeldet oder als „kein messbarer Unterschied“, wenn das 95-%-Intervall der Runden 0 enthält. --save-baseline und --compare bewahren Ergebnisse im Datenordner auf und vergleichen sie; --compare endet mit Status 9, wenn der p50 einer Anweisung um mehr als --threshold und mehr als das Rauschen beider Läufe langsamer ist. Mit --dbname CONN ist das Ziel eine PostgreSQL-Verbindung (der eingebaute Satz auf ihrer größten Tabelle; Sitzungen nur lesend; gemessen vom Senden bis zur letzten empfangenen Zeile), und --against CONN2 führt dieselbe Arbeitslast auf einer zweiten Verbindung aus, in Runden verschränkt, und meldet den Mehraufwand von CONN gegenüber CONN2 (z. B. TLS an gegenüber aus oder einen Cluster auf einem verschlüsselten Volume gegenüber einem unverschlüsselten). Das Passwort von CONN2 kommt aus --against-password-env, -file, -stdin oder -keyring (den Formen von --dbname; die Standardeingabe fasst nur eines der beiden Passwörter), sonst aus .pgpass, einer Dienstdatei oder einer Abfrage am Terminal.</translation>
    </message>
    <message>
        <source>Measures in this process, per CPU second, the algorithms of Strongroom&apos;s formats in their own unit sizes, needing no kernel crypto API, and runs openssl speed on each as the reference; the ratio should be close to 1. Each row runs openssl speed&apos;s own loop (one keyed context, the same block encrypted in place; HMAC re-initialised without re-keying), so the two figures measure the same thing.</source>
        <translation>Misst in diesem Prozess je CPU-Sekunde die Algorithmen der Strongroom-Formate in ihren eigenen Einheitsgrößen, ohne die Krypto-API des Kernels, und führt zum Vergleich jeweils openssl speed aus; das Verhältnis sollte nahe 1 liegen. Jede Zeile führt die eigene Schleife von openssl speed aus (ein verschlüsselter Kontext, derselbe Block an Ort und Stelle verschlüsselt; HMAC ohne neuen Schlüssel neu initialisiert), sodass beide Zahlen dasselbe messen.</translation>
    </message>
    <message>
        <source>Times one derivation of PBKDF2-HMAC-SHA512 at SQLCipher 4&apos;s 256,000 iterations (the wait at every open), PBKDF2-HMAC-SHA1 at SQLCipher 3&apos;s 64,000, each key slot of the --volume images at its own cost (the wait at unlock) and age&apos;s scrypt at 2^18, and gives the settings that take --target-ms here. Without --volume the console&apos;s known volumes are measured; when no argon2id slot is found, argon2id at libcryptsetup&apos;s defaults for a new LUKS2 slot (its memory and threads, 4 iterations) stands in.</source>
        <translation>Misst eine Ableitung von PBKDF2-HMAC-SHA512 mit den 256.000 Iterationen von SQLCipher 4 (die Wartezeit bei jedem Öffnen), PBKDF2-HMAC-SHA1 mit den 64.000 von SQLCipher 3, jeden Schlüsselplatz der --volume-Abbilder mit seinen eigenen Kosten (die Wartezeit beim Entsperren) und scrypt von age mit 2^18 und nennt die Einstellungen, die hier --target-ms brauchen. Ohne --volume werden die Volumes gemessen, die die Konsole kennt; wenn kein argon2id-Platz gefunden wird, steht argon2id mit den Vorgaben von libcryptsetup für einen neuen LUKS2-Platz (sein Speicher und seine Threads, 4 Iterationen) stellvertretend.</translation>
    </message>
    <message>
        <source>Runs a synthetic workload (bulk insert of --size-mb in one transaction, 20,000 point reads, 500 range scans of 100 rows, 5,000 updates, a full scan; reads on a fresh connection) on a plain SQLite file and on SQLCipher files that each change one of SQLCipher&apos;s defaults: 16 KiB pages, cipher_memory_security on, no HMAC, a 64 MiB cache. Reports each phase&apos;s time (best of --rounds), the overhead against plain SQLite, which settings cut it beyond the noise here, and what each costs in security. The files are 0600 in a private temporary folder, removed afterwards, also on Ctrl-C.</source>
        <translation>Führt eine synthetische Arbeitslast (Masseneinfügung von --size-mb in einer Transaktion, 20.000 Einzelzugriffe, 500 Bereichsabfragen über 100 Zeilen, 5.000 Aktualisierungen, ein vollständiger Durchlauf; Lesen über eine frische Verbindung) auf einer einfachen SQLite-Datei und auf SQLCipher-Dateien aus, die jeweils eine Vorgabe von SQLCipher ändern: Seiten mit 16 KiB, cipher_memory_security an, kein HMAC, ein Cache mit 64 MiB. Meldet die Zeit jeder Phase (beste von --rounds), den Mehraufwand gegenüber einfachem SQLite, welche Einstellungen ihn hier über das Rauschen hinaus senken und was jede an Sicherheit kostet. Die Dateien sind 0600 in einem privaten temporären Ordner und werden danach entfernt, auch bei Strg-C.</translation>
    </message>
</context>
<context>
    <name>cli::DbCheckCommand</name>
    <message>
        <source>%1: ok (%2 pages, HMACs, structure and foreign keys)</source>
        <translation>%1: in Ordnung (%2 Seiten, HMACs, Struktur und Fremdschlüssel)</translation>
    </message>
    <message>
        <source>bad page %1 (%2): %3</source>
        <translation>fehlerhafte Seite %1 (%2): %3</translation>
    </message>
    <message>
        <source>owner unknown</source>
        <translation>Besitzer unbekannt</translation>
    </message>
    <message>
        <source>structure: %1</source>
        <translation>Struktur: %1</translation>
    </message>
    <message>
        <source>foreign key: %1 row %2 refers to a missing row of %3</source>
        <translation>Fremdschlüssel: %1 Zeile %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <source>Verify every page&apos;s HMAC, the structure and the foreign keys of a database</source>
        <translation>Den HMAC jeder Seite, die Struktur und die Fremdschlüssel einer Datenbank prüfen</translation>
    </message>
</context>
<context>
    <name>cli::DbConvertCommand</name>
    <message>
        <source>Start from the defaults of a SQLCipher version for %1: sqlcipher-4 (default), sqlcipher-3, sqlcipher-2, sqlcipher-1.</source>
        <translation>Von den Vorgaben einer SQLCipher-Version ausgehen für %1: sqlcipher-4 (Vorgabe), sqlcipher-3, sqlcipher-2, sqlcipher-1.</translation>
    </message>
    <message>
        <source>Page size of %1 (512-65536, a power of 2).</source>
        <translation>Seitengröße für %1 (512-65536, eine Zweierpotenz).</translation>
    </message>
    <message>
        <source>PBKDF2 iterations of %1.</source>
        <translation>PBKDF2-Iterationen für %1.</translation>
    </message>
    <message>
        <source>Page HMAC of %1: HMAC_SHA1, HMAC_SHA256 or HMAC_SHA512.</source>
        <translation>Seiten-HMAC für %1: HMAC_SHA1, HMAC_SHA256 oder HMAC_SHA512.</translation>
    </message>
    <message>
        <source>Key derivation of %1: PBKDF2_HMAC_SHA1, _SHA256 or _SHA512.</source>
        <translation>Schlüsselableitung für %1: PBKDF2_HMAC_SHA1, _SHA256 oder _SHA512.</translation>
    </message>
    <message>
        <source>Settings of the source file (--%1*): </source>
        <translation>Einstellungen der Quelldatei (--%1*): </translation>
    </message>
    <message>
        <source>plain SQLite</source>
        <translation>einfaches SQLite</translation>
    </message>
    <message>
        <source>page size %1, kdf_iter %2, %3, %4</source>
        <translation>Seitengröße %1, kdf_iter %2, %3, %4</translation>
    </message>
    <message>
        <source>no HMAC</source>
        <translation>kein HMAC</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>von:  %1</translation>
    </message>
    <message>
        <source>to:   %1</source>
        <translation>nach: %1</translation>
    </message>
    <message>
        <source>method: %1</source>
        <translation>Verfahren: %1</translation>
    </message>
    <message>
        <source> (not page by page: %1)</source>
        <translation> (nicht Seite für Seite: %1)</translation>
    </message>
    <message>
        <source>pages re-encrypted and compared with the source: %1</source>
        <translation>neu verschlüsselte und mit der Quelle verglichene Seiten: %1</translation>
    </message>
    <message>
        <source>verification: opens with its key: yes; cipher_integrity_check: %1; integrity_check: %2; schema and header fields equal: yes</source>
        <translation>Prüfung: öffnet mit ihrem Schlüssel: ja; cipher_integrity_check: %1; integrity_check: %2; Schema und Kopffelder gleich: ja</translation>
    </message>
    <message>
        <source>%1: %2 rows, sha256 %3... equal</source>
        <translation>%1: %2 Zeilen, sha256 %3... gleich</translation>
    </message>
    <message>
        <source>The original stays as %1 until you delete it (deleting does not scrub its blocks on an SSD).</source>
        <translation>Das Original bleibt als %1 erhalten, bis Sie es löschen (Löschen überschreibt seine Blöcke auf einer SSD nicht).</translation>
    </message>
    <message>
        <source>Encrypt a plain SQLite database (verified, keeps the original)</source>
        <translation>Eine einfache SQLite-Datenbank verschlüsseln (geprüft, behält das Original)</translation>
    </message>
    <message>
        <source>Decrypt a SQLCipher database to plain SQLite (exposes the data)</source>
        <translation>Eine SQLCipher-Datenbank zu einfachem SQLite entschlüsseln (legt die Daten offen)</translation>
    </message>
    <message>
        <source>Change the key of a SQLCipher database (verified, keeps the original)</source>
        <translation>Den Schlüssel einer SQLCipher-Datenbank ändern (geprüft, behält das Original)</translation>
    </message>
    <message>
        <source>Move a SQLCipher 1-3 or custom database to SQLCipher 4 or given settings</source>
        <translation>Eine Datenbank von SQLCipher 1-3 oder mit eigenen Einstellungen auf SQLCipher 4 oder angegebene Einstellungen bringen</translation>
    </message>
    <message>
        <source>The database to convert (replaced in place; the original is kept beside it).</source>
        <translation>Die umzuwandelnde Datenbank (wird an Ort und Stelle ersetzt; das Original bleibt daneben erhalten).</translation>
    </message>
    <message>
        <source>the file as it is (when not given, the SQLCipher 4, 3, 2 and 1 defaults are tried)</source>
        <translation>die Datei, wie sie ist (ohne Angabe werden die Vorgaben von SQLCipher 4, 3, 2 und 1 versucht)</translation>
    </message>
    <message>
        <source>the result</source>
        <translation>das Ergebnis</translation>
    </message>
    <message>
        <source>Leave the first N bytes of the result unencrypted (needs a raw key with salt).</source>
        <translation>Die ersten N Bytes des Ergebnisses unverschlüsselt lassen (braucht einen Rohschlüssel mit Salz).</translation>
    </message>
    <message>
        <source>Delete the kept original once the new file is verified and in place (this does not scrub its blocks on an SSD).</source>
        <translation>Das aufbewahrte Original löschen, sobald die neue Datei geprüft und an ihrem Platz ist (das überschreibt seine Blöcke auf einer SSD nicht).</translation>
    </message>
    <message>
        <source>First remove Strongroom temp files an interrupted run left beside FILE (.strongroom-tmp-*-FILE of processes no longer running).</source>
        <translation>Zuerst temporäre Strongroom-Dateien entfernen, die ein unterbrochener Lauf neben FILE hinterlassen hat (.strongroom-tmp-*-FILE von Prozessen, die nicht mehr laufen).</translation>
    </message>
    <message>
        <source>Check everything and show what would happen; write nothing.</source>
        <translation>Alles prüfen und zeigen, was geschähe; nichts schreiben.</translation>
    </message>
    <message>
        <source>Removed %1 leftover temp file(s) of an interrupted run.</source>
        <translation>%1 übrig gebliebene temporäre Datei(en) eines unterbrochenen Laufs entfernt.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Would do (nothing written):</source>
        <translation>Würde ausführen (nichts geschrieben):</translation>
    </message>
    <message>
        <source>Cancelled; the original is unchanged and the partial copy was removed.</source>
        <translation>Abgebrochen; das Original ist unverändert und die unvollständige Kopie wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>cli::DbInfoCommand</name>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>%1: page %2 bytes, %3 with %4 iterations, %5, %6 key</source>
        <translation>%1: Seite %2 Bytes, %3 mit %4 Iterationen, %5, Schlüssel: %6</translation>
    </message>
    <message>
        <source>no HMAC</source>
        <translation>kein HMAC</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>Rohschlüssel</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>, %1-byte plaintext header</source>
        <translation>, %1 Byte unverschlüsselter Kopf</translation>
    </message>
    <message>
        <source> (of which -wal %1)</source>
        <translation> (davon -wal %1)</translation>
    </message>
    <message>
        <source>%1 (%2 ago), %3</source>
        <translation>%1 (vor %2), %3</translation>
    </message>
    <message>
        <source>none in the history folder</source>
        <translation>keine im Verlaufsordner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1 of %2 bytes, %3 free</source>
        <translation>%1 zu %2 Bytes, %3 frei</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht festgehalten</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>INDEXES</source>
        <translation>INDIZES</translation>
    </message>
    <message>
        <source>Encryption, versions, sizes and row counts of a SQLCipher or SQLite database</source>
        <translation>Verschlüsselung, Versionen, Größen und Zeilenzahlen einer SQLCipher- oder SQLite-Datenbank</translation>
    </message>
</context>
<context>
    <name>cli::DbOpenOptions</name>
    <message>
        <source>The database file.</source>
        <translation>Die Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cipher page size to try (512 to 65536).</source>
        <translation>Zu versuchende Seitengröße der Verschlüsselung (512 bis 65536).</translation>
    </message>
    <message>
        <source>PBKDF2 iterations to try (1 to 10,000,000).</source>
        <translation>Zu versuchende PBKDF2-Iterationen (1 bis 10.000.000).</translation>
    </message>
    <message>
        <source>HMAC algorithm to try: HMAC_SHA1, HMAC_SHA256 or HMAC_SHA512.</source>
        <translation>Zu versuchender HMAC-Algorithmus: HMAC_SHA1, HMAC_SHA256 oder HMAC_SHA512.</translation>
    </message>
    <message>
        <source>KDF to try: PBKDF2_HMAC_SHA1, PBKDF2_HMAC_SHA256 or PBKDF2_HMAC_SHA512.</source>
        <translation>Zu versuchende Schlüsselableitung: PBKDF2_HMAC_SHA1, PBKDF2_HMAC_SHA256 oder PBKDF2_HMAC_SHA512.</translation>
    </message>
    <message>
        <source>Bytes of the header left unencrypted (0, or a multiple of 16 up to 100).</source>
        <translation>Unverschlüsselte Bytes des Kopfes (0 oder ein Vielfaches von 16 bis 100).</translation>
    </message>
</context>
<context>
    <name>cli::DoctorCommand</name>
    <message>
        <source>Check libraries, tools and system support</source>
        <translation>Bibliotheken, Werkzeuge und Systemunterstützung prüfen</translation>
    </message>
</context>
<context>
    <name>cli::FileCommands</name>
    <message>
        <source>Cancelled; nothing was written under the output name.</source>
        <translation>Abgebrochen; unter dem Ausgabenamen wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Encrypt to this age recipient (age1..., or age1pq1... for age 1.3&apos;s post-quantum keys); may be repeated.</source>
        <translation>Für diesen age-Empfänger verschlüsseln (age1... oder age1pq1... für die Post-Quanten-Schlüssel von age 1.3); mehrfach möglich.</translation>
    </message>
    <message>
        <source>Encrypt to every recipient in FILE (one a line, # comments); may be repeated.</source>
        <translation>Für jeden Empfänger in FILE verschlüsseln (einer pro Zeile, # für Kommentare); mehrfach möglich.</translation>
    </message>
    <message>
        <source>The file to encrypt (- for standard input).</source>
        <translation>Die zu verschlüsselnde Datei (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase instead (scrypt, about one second to derive); asked twice on the terminal unless a key option gives it.</source>
        <translation>Stattdessen mit einer Passphrase verschlüsseln (scrypt, etwa eine Sekunde zur Ableitung); auf dem Terminal zweimal erfragt, wenn keine Schlüsseloption sie angibt.</translation>
    </message>
    <message>
        <source>Write ASCII armor (PEM) instead of binary.</source>
        <translation>ASCII-Armor (PEM) statt binär schreiben.</translation>
    </message>
    <message>
        <source>Write to OUT (never over an existing file); standard output by default.</source>
        <translation>Nach OUT schreiben (nie über eine vorhandene Datei); ohne Angabe auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>passphrase for %1</source>
        <translation>Passphrase für %1</translation>
    </message>
    <message>
        <source>The backup file to export.</source>
        <translation>Die zu exportierende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Write the age copy to OUT (default BACKUP.age) and its checksum to OUT.sha256; never over existing files.</source>
        <translation>Die age-Kopie nach OUT (Vorgabe BACKUP.age) und ihre Prüfsumme nach OUT.sha256 schreiben; nie über vorhandene Dateien.</translation>
    </message>
    <message>
        <source>The age file (binary or armored; - for standard input).</source>
        <translation>Die age-Datei (binär oder mit Armor; - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>An identity file (AGE-SECRET-KEY-1... or AGE-SECRET-KEY-PQ-1... lines, or one protected with age -p), or keyring:NAME for one kept in the desktop keyring; may be repeated.</source>
        <translation>Eine Identitätsdatei (Zeilen AGE-SECRET-KEY-1... oder AGE-SECRET-KEY-PQ-1... oder eine mit age -p geschützte) oder keyring:NAME für eine im Schlüsselbund des Desktops; mehrfach möglich.</translation>
    </message>
    <message>
        <source>Also undo gzip, zstd or xz compression found inside (plain content passes as it is).</source>
        <translation>Auch eine darin gefundene gzip-, zstd- oder xz-Kompression rückgängig machen (unkomprimierter Inhalt bleibt, wie er ist).</translation>
    </message>
    <message>
        <source>Write the plaintext to OUT, renamed into place only after the last chunk authenticates; standard output by default.</source>
        <translation>Den Klartext nach OUT schreiben, erst nach der Authentifizierung des letzten Blocks an seinen Platz umbenannt; ohne Angabe auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Age files to rewrap (binary or armored).</source>
        <translation>Neu zu verpackende age-Dateien (binär oder mit Armor).</translation>
    </message>
    <message>
        <source>An identity file that opens the files now; may be repeated.</source>
        <translation>Eine Identitätsdatei, die die Dateien jetzt öffnet; mehrfach möglich.</translation>
    </message>
    <message>
        <source>A name for the key, on its recovery sheet and in the identity file&apos;s comment.</source>
        <translation>Ein Name für den Schlüssel, auf seinem Wiederherstellungsblatt und im Kommentar der Identitätsdatei.</translation>
    </message>
    <message>
        <source>Write the identity to FILE (0600, never over an existing file) and the recovery sheet to FILE.recovery.txt; without it the identity goes to standard output, as age-keygen does.</source>
        <translation>Die Identität nach FILE (0600, nie über eine vorhandene Datei) und das Wiederherstellungsblatt nach FILE.recovery.txt schreiben; ohne Angabe geht die Identität auf die Standardausgabe, wie bei age-keygen.</translation>
    </message>
    <message>
        <source>Write the text recovery sheet (identity, recipient, key id, date, QR code) to FILE instead.</source>
        <translation>Das Wiederherstellungsblatt als Text (Identität, Empfänger, Schlüssel-ID, Datum, QR-Code) stattdessen nach FILE schreiben.</translation>
    </message>
    <message>
        <source>Protect the identity file with a passphrase (what age -p makes; asked twice unless a key option gives it).</source>
        <translation>Die Identitätsdatei mit einer Passphrase schützen (wie age -p; zweimal erfragt, wenn keine Schlüsseloption sie angibt).</translation>
    </message>
    <message>
        <source>passphrase for the new identity</source>
        <translation>Passphrase für die neue Identität</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Öffentlicher Schlüssel: %1</translation>
    </message>
    <message>
        <source>Identity written to %1 (0600); key id %2.</source>
        <translation>Identität nach %1 geschrieben (0600); Schlüssel-ID %2.</translation>
    </message>
    <message>
        <source>Identity written to %1 (0600); recovery sheet: %2 (print it, then delete the file); key id %3.</source>
        <translation>Identität nach %1 geschrieben (0600); Wiederherstellungsblatt: %2 (drucken Sie es aus und löschen Sie dann die Datei); Schlüssel-ID %3.</translation>
    </message>
    <message>
        <source>Encrypt a file to age recipients or a passphrase (age format, opens with age -d)</source>
        <translation>Eine Datei für age-Empfänger oder mit einer Passphrase verschlüsseln (age-Format, öffnet mit age -d)</translation>
    </message>
    <message>
        <source>Check that an age file opens and every chunk authenticates (exit 3 no identity matched, 4 damaged)</source>
        <translation>Prüfen, dass eine age-Datei sich öffnen lässt und jeder Block authentisch ist (Exit 3 keine Identität passt, 4 beschädigt)</translation>
    </message>
    <message>
        <source>Decrypt an age file with identities or a passphrase (exit 3 no identity matched, 4 damaged)</source>
        <translation>Eine age-Datei mit Identitäten oder einer Passphrase entschlüsseln (Exit 3 keine Identität passt, 4 beschädigt)</translation>
    </message>
    <message>
        <source>Write an age copy of a backup and its .sha256 for offsite storage</source>
        <translation>Eine age-Kopie einer Sicherung und ihre .sha256 für die Aufbewahrung außer Haus schreiben</translation>
    </message>
    <message>
        <source>Give age files new recipients by rewriting only their headers; originals kept</source>
        <translation>age-Dateien neue Empfänger geben, indem nur ihre Köpfe neu geschrieben werden; Originale bleiben erhalten</translation>
    </message>
    <message>
        <source>Make an age key pair: identity file (0600), recipient, recovery sheet</source>
        <translation>Ein age-Schlüsselpaar erzeugen: Identitätsdatei (0600), Empfänger, Wiederherstellungsblatt</translation>
    </message>
</context>
<context>
    <name>cli::KeyListCommand</name>
    <message>
        <source>Also read the backup catalog of this history folder; may be repeated.</source>
        <translation>Auch den Sicherungskatalog dieses Verlaufsordners lesen; mehrfach möglich.</translation>
    </message>
    <message>
        <source>Also list the key slots of this LUKS image; may be repeated.</source>
        <translation>Auch die Schlüsselplätze dieses LUKS-Abbilds auflisten; mehrfach möglich.</translation>
    </message>
    <message>
        <source>Keys older than N days are due (default: the console&apos;s setting, else 180).</source>
        <translation>Schlüssel, die älter als N Tage sind, sind fällig (Vorgabe: die Einstellung der Konsole, sonst 180).</translation>
    </message>
    <message>
        <source>Read only --dir and --image, not the places the console remembers.</source>
        <translation>Nur --dir und --image lesen, nicht die Orte, die sich die Konsole merkt.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>replaced by %1 on %2</source>
        <translation>ersetzt durch %1 am %2</translation>
    </message>
    <message>
        <source>DUE since %1</source>
        <translation>FÄLLIG seit %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>öffnet %1</translation>
    </message>
    <message>
        <source>List every key Strongroom knows, its age, rotation due date and the files it opens</source>
        <translation>Jeden Schlüssel auflisten, den Strongroom kennt, mit Alter, Fälligkeit des Wechsels und den Dateien, die er öffnet</translation>
    </message>
    <message>
        <source>recovery copy: %1 (recorded %2)</source>
        <translation>Wiederherstellungskopie: %1 (vermerkt %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (own period: %n days)</source>
        <translation>
            <numerusform> (eigener Zeitraum: %n Tag)</numerusform>
            <numerusform> (eigener Zeitraum: %n Tage)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::KeyRotationCommand</name>
    <message>
        <source>The key&apos;s id, as key list shows it.</source>
        <translation>Die ID des Schlüssels, wie key list sie zeigt.</translation>
    </message>
    <message>
        <source>Its rotation period in days (1 to 3650), or &quot;default&quot; for the global period.</source>
        <translation>Sein Wechselzeitraum in Tagen (1 bis 3650) oder „default“ für den allgemeinen Zeitraum.</translation>
    </message>
    <message>
        <source>Give one key its own rotation period in days, or &quot;default&quot; for the global one</source>
        <translation>Einem Schlüssel einen eigenen Wechselzeitraum in Tagen geben oder „default“ für den allgemeinen</translation>
    </message>
</context>
<context>
    <name>cli::PgBackupCommands</name>
    <message>
        <source>not verified yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>verified %1 level %2: %3</source>
        <translation>geprüft %1 Stufe %2: %3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>The backup&apos;s dump file (NAME-pgbackup-YYYYMMDD-HHMMSS.dump.age or .dump.zst.age).</source>
        <translation>Die Dump-Datei der Sicherung (NAME-pgbackup-JJJJMMTT-HHMMSS.dump.age oder .dump.zst.age).</translation>
    </message>
    <message>
        <source>1: checksums, manifest and age header (default); 2: also every chunk authenticated and the dump&apos;s table of contents read; 3: a restore drill into a scratch database on the server --dbname names, or without --dbname in a temporary cluster started for it (initdb in a private folder, socket only), dropped afterwards. Every level&apos;s result is recorded in the catalog. A file pg backup did not write (gpg, Node, age, plain or compressed dumps, tar) is read in full at level 1 or 2: checksum, key, authentication, compression and archive.</source>
        <translation>1: Prüfsummen, Manifest und age-Kopf (Standard); 2: zusätzlich jeder Block authentifiziert und das Inhaltsverzeichnis des Dumps gelesen; 3: eine Wiederherstellungsprobe in eine Testdatenbank auf dem Server, den --dbname nennt, oder ohne --dbname in einem eigens gestarteten temporären Cluster (initdb in einem privaten Ordner, nur Socket), danach gelöscht. Das Ergebnis jeder Stufe wird im Katalog festgehalten. Eine Datei, die pg backup nicht geschrieben hat (gpg, Node, age, einfache oder komprimierte Dumps, tar), wird auf Stufe 1 oder 2 vollständig gelesen: Prüfsumme, Schlüssel, Authentifizierung, Kompression und Archiv.</translation>
    </message>
    <message>
        <source>backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>An age identity file that opens the backup; may be repeated.</source>
        <translation>Eine age-Identitätsdatei, die die Sicherung öffnet; mehrfach möglich.</translation>
    </message>
    <message>
        <source>The backup folder (made 0700 when missing); its catalog lists the backups for list, prune and verify.</source>
        <translation>Der Sicherungsordner (mit 0700 angelegt, wenn er fehlt); sein Katalog führt die Sicherungen für list, prune und verify.</translation>
    </message>
    <message>
        <source>Also back up roles and tablespaces (pg_dumpall --globals-only; needs a superuser).</source>
        <translation>Auch Rollen und Tablespaces sichern (pg_dumpall --globals-only; braucht einen Superuser).</translation>
    </message>
    <message>
        <source>Give up when a table&apos;s lock cannot be had within SECONDS (default 60).</source>
        <translation>Aufgeben, wenn die Sperre einer Tabelle nicht innerhalb von SECONDS zu bekommen ist (Vorgabe 60).</translation>
    </message>
    <message>
        <source>Standard input cannot carry both the PostgreSQL password and the backup passphrase; use --password-file or --password-env for one of them.</source>
        <translation>Die Standardeingabe kann nicht zugleich das PostgreSQL-Passwort und die Passphrase der Sicherung liefern; verwenden Sie für eines davon --password-file oder --password-env.</translation>
    </message>
    <message>
        <source>A passphrase cannot be combined with recipients (the age format keeps a passphrase alone in the header).</source>
        <translation>Eine Passphrase lässt sich nicht mit Empfängern kombinieren (das age-Format hält eine Passphrase allein im Kopf).</translation>
    </message>
    <message>
        <source>Say whom to encrypt to: --recipient, --recipients-file, or a passphrase with --passphrase-stdin, --key-file or --key-env.</source>
        <translation>Geben Sie an, für wen verschlüsselt wird: --recipient, --recipients-file oder eine Passphrase mit --passphrase-stdin, --key-file oder --key-env.</translation>
    </message>
    <message>
        <source>Cancelled; pg_dump was stopped and no backup file was left.</source>
        <translation>Abgebrochen; pg_dump wurde beendet und es blieb keine Sicherungsdatei zurück.</translation>
    </message>
    <message>
        <source>The backup folder.</source>
        <translation>Der Sicherungsordner.</translation>
    </message>
    <message>
        <source>no restore drill</source>
        <translation>keine Wiederherstellungsprobe</translation>
    </message>
    <message>
        <source>drill %1 %2 (%3)</source>
        <translation>Probe %1 %2 (%3)</translation>
    </message>
    <message>
        <source>counts equal</source>
        <translation>Zahlen gleich</translation>
    </message>
    <message>
        <source>COUNTS DIFFER</source>
        <translation>ZAHLEN WEICHEN AB</translation>
    </message>
    <message>
        <source>%1  %2  %3 bytes  %4  %5  %6 (%7)</source>
        <translation>%1  %2  %3 Bytes  %4  %5  %6 (%7)</translation>
    </message>
    <message>
        <source>%1 tables, %2 rows</source>
        <translation>%1 Tabellen, %2 Zeilen</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>prune</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>Show what would be removed; remove nothing.</source>
        <translation>Zeigen, was entfernt würde; nichts entfernen.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was removed.</source>
        <translation>Abgebrochen; es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>Remove %1 backups (%2) from %3 under the policy %4?</source>
        <translation>%1 Sicherungen (%2) aus %3 nach der Richtlinie %4 entfernen?</translation>
    </message>
    <message>
        <source>The backup&apos;s dump file (NAME-pgbackup-YYYYMMDD-HHMMSS.dump.zst.age).</source>
        <translation>Die Dump-Datei der Sicherung (NAME-pgbackup-JJJJMMTT-HHMMSS.dump.zst.age).</translation>
    </message>
    <message>
        <source>Create the database named by --dbname first (it must not exist).</source>
        <translation>Zuerst die mit --dbname genannte Datenbank anlegen (sie darf nicht existieren).</translation>
    </message>
    <message>
        <source>Restore into a database that is not empty, replacing the objects the backup holds (needs --yes).</source>
        <translation>In eine nicht leere Datenbank wiederherstellen und dabei die Objekte ersetzen, die die Sicherung enthält (braucht --yes).</translation>
    </message>
    <message>
        <source>Restore with N parallel jobs (default 1: streamed, no plaintext on disk; more: the decrypted dump is staged in a 0700 folder, removed afterwards).</source>
        <translation>Mit N parallelen Aufträgen wiederherstellen (Vorgabe 1: gestreamt, kein Klartext auf der Platte; mehr: der entschlüsselte Dump wird in einem 0700-Ordner bereitgestellt und danach entfernt).</translation>
    </message>
    <message>
        <source>Where --jobs N stages the decrypted dump (default: the backup file&apos;s folder).</source>
        <translation>Wo --jobs N den entschlüsselten Dump bereitstellt (Vorgabe: der Ordner der Sicherungsdatei).</translation>
    </message>
    <message>
        <source>Replace the objects of %1 that the backup holds?</source>
        <translation>Die Objekte von %1 ersetzen, die die Sicherung enthält?</translation>
    </message>
    <message>
        <source>Cancelled; the staging folder was removed.</source>
        <translation>Abgebrochen; der Bereitstellungsordner wurde entfernt.</translation>
    </message>
    <message>
        <source>The backup&apos;s dump file.</source>
        <translation>Die Dump-Datei der Sicherung.</translation>
    </message>
    <message>
        <source>1: checksums, manifest and age header (default); 2: also every chunk authenticated and the dump&apos;s table of contents read; 3: a restore drill into a scratch database on the server --dbname names, or without --dbname in a temporary cluster started for it (initdb in a private folder, socket only), dropped afterwards and recorded in the catalog.</source>
        <translation>1: Prüfsummen, Manifest und age-Kopf (Vorgabe); 2: außerdem jeder Block authentifiziert und das Inhaltsverzeichnis des Dumps gelesen; 3: eine Wiederherstellungsprobe in eine Wegwerf-Datenbank auf dem Server, den --dbname nennt, oder ohne --dbname in einem eigens gestarteten temporären Cluster (initdb in einem privaten Ordner, nur Socket), danach gelöscht und im Katalog festgehalten.</translation>
    </message>
    <message>
        <source>Back up a PostgreSQL database: one snapshot, pg_dump, zstd and age, with an encrypted manifest of exact row counts</source>
        <translation>Eine PostgreSQL-Datenbank sichern: ein Snapshot, pg_dump, zstd und age, mit einem verschlüsselten Manifest exakter Zeilenzahlen</translation>
    </message>
    <message>
        <source>List the PostgreSQL backups in a folder, with what retention would keep</source>
        <translation>Die PostgreSQL-Sicherungen eines Ordners auflisten, mit dem, was die Aufbewahrung behielte</translation>
    </message>
    <message>
        <source>Remove the PostgreSQL backups a retention policy does not keep (default 7 daily, 4 weekly, 12 monthly)</source>
        <translation>Die PostgreSQL-Sicherungen entfernen, die eine Aufbewahrungsrichtlinie nicht behält (Vorgabe 7 täglich, 4 wöchentlich, 12 monatlich)</translation>
    </message>
    <message>
        <source>Restore a pg backup after checking it, then compare every table&apos;s row count with the manifest (exit 4 when one differs)</source>
        <translation>Eine pg-Sicherung nach ihrer Prüfung wiederherstellen, dann die Zeilenzahl jeder Tabelle mit dem Manifest vergleichen (Exit 4, wenn eine abweicht)</translation>
    </message>
    <message>
        <source>Verify a pg backup: checksums and header (1), every chunk and the table of contents (2), or a restore drill (3)</source>
        <translation>Eine pg-Sicherung prüfen: Prüfsummen und Kopf (1), jeden Block und das Inhaltsverzeichnis (2) oder eine Wiederherstellungsprobe (3)</translation>
    </message>
    <message>
        <source>Compare a pg backup&apos;s row counts with the live database&apos;s, table by table</source>
        <translation>Die Zeilenzahlen einer pg-Sicherung Tabelle für Tabelle mit denen der laufenden Datenbank vergleichen</translation>
    </message>
</context>
<context>
    <name>cli::PgInfoCommand</name>
    <message>
        <source>(not shown to this user)</source>
        <translation>(diesem Benutzer nicht angezeigt)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>PostgreSQL %1 (%2, port %3)</source>
        <translation>PostgreSQL %1 (%2, Port %3)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Data dir</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <source>ROWS (EST.)</source>
        <translation>ZEILEN (GESCH.)</translation>
    </message>
    <message>
        <source>INDEXES</source>
        <translation>INDIZES</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>Tables with - were not counted: this role may not SELECT from them.</source>
        <translation>Tabellen mit - wurden nicht gezählt: Diese Rolle darf nicht aus ihnen SELECTen.</translation>
    </message>
    <message>
        <source>Row counts are the planner&apos;s estimates (pg_class.reltuples; - when never analysed); --exact counts every table in one snapshot.</source>
        <translation>Die Zeilenzahlen sind Schätzungen des Planers (pg_class.reltuples; - wenn nie analysiert); --exact zählt jede Tabelle in einem Snapshot.</translation>
    </message>
    <message>
        <source>Count every table&apos;s rows exactly, in parallel sessions sharing one snapshot.</source>
        <translation>Die Zeilen jeder Tabelle genau zählen, in parallelen Sitzungen mit einem gemeinsamen Snapshot.</translation>
    </message>
    <message>
        <source>Parallel sessions for --exact (default 4).</source>
        <translation>Parallele Sitzungen für --exact (Vorgabe 4).</translation>
    </message>
    <message>
        <source>Server, TLS, storage encryption, sizes and row counts of a PostgreSQL database</source>
        <translation>Server, TLS, Speicherverschlüsselung, Größen und Zeilenzahlen einer PostgreSQL-Datenbank</translation>
    </message>
</context>
<context>
    <name>cli::PgOptions</name>
    <message>
        <source>For the connection --%1 names: %2</source>
        <translation>Für die Verbindung, die --%1 nennt: %2</translation>
    </message>
    <message>
        <source>The database: a libpq conninfo (&quot;host=db dbname=shop user=app&quot;), a URI (postgresql://app@db/shop) or a service name from pg_service.conf.</source>
        <translation>Die Datenbank: ein libpq-conninfo („host=db dbname=shop user=app“), eine URI (postgresql://app@db/shop) oder ein Dienstname aus pg_service.conf.</translation>
    </message>
    <message>
        <source>Read the password from environment variable NAME.</source>
        <translation>Das Passwort aus der Umgebungsvariablen NAME lesen.</translation>
    </message>
    <message>
        <source>Read the password from FILE (one trailing newline is stripped).</source>
        <translation>Das Passwort aus FILE lesen (ein abschließender Zeilenumbruch wird entfernt).</translation>
    </message>
    <message>
        <source>Read the password as one line from standard input.</source>
        <translation>Das Passwort als eine Zeile von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Take the password the console saved for this connection in the desktop keyring.</source>
        <translation>Das Passwort nehmen, das die Konsole für diese Verbindung im Schlüsselbund des Desktops gespeichert hat.</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>the prompt</source>
        <translation>Eingabeaufforderung</translation>
    </message>
</context>
<context>
    <name>cli::ProgressLine</name>
    <message>
        <source>starting...</source>
        <translation>startet ...</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>cannot be stopped; ends in about %1</source>
        <translation>kann nicht angehalten werden; endet in etwa %1</translation>
    </message>
    <message>
        <source>  (paused)</source>
        <translation>  (angehalten)</translation>
    </message>
    <message>
        <source>, then stops</source>
        <translation>, dann Ende</translation>
    </message>
    <message>
        <source>  stopping...</source>
        <translation>  wird beendet...</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cli::RetentionOptions</name>
    <message>
        <source>Keep N backups by this rule (-1: unlimited).</source>
        <translation>N Sicherungen nach dieser Regel behalten (-1: unbegrenzt).</translation>
    </message>
    <message>
        <source>After each backup, keep N backups by this rule (-1: unlimited).</source>
        <translation>Nach jeder Sicherung N Sicherungen nach dieser Regel behalten (-1: unbegrenzt).</translation>
    </message>
    <message>
        <source>Keep every backup within DURATION (e.g. 1y2m7d12h) before the newest one.</source>
        <translation>Jede Sicherung innerhalb von DURATION (z. B. 1y2m7d12h) vor der neuesten behalten.</translation>
    </message>
    <message>
        <source>After each backup, keep every backup within DURATION (e.g. 1y2m7d12h) before the newest one.</source>
        <translation>Nach jeder Sicherung jede Sicherung innerhalb von DURATION (z. B. 1y2m7d12h) vor der neuesten behalten.</translation>
    </message>
</context>
<context>
    <name>cli::ScheduleCommands</name>
    <message>
        <source>PostgreSQL: the level-3 drill restores into a scratch database on this server (conninfo; the password from ~/.pgpass) instead of a temporary cluster.</source>
        <translation>PostgreSQL: die Probe auf Stufe 3 stellt in eine Testdatenbank auf diesem Server wieder her (Conninfo; das Passwort aus ~/.pgpass) statt in einen temporären Cluster.</translation>
    </message>
    <message>
        <source>The encrypted database to back up.</source>
        <translation>Die verschlüsselte Datenbank, die gesichert wird.</translation>
    </message>
    <message>
        <source>The history folder whose newest backup is verified.</source>
        <translation>Der Verlaufsordner, dessen neueste Sicherung geprüft wird.</translation>
    </message>
    <message>
        <source>Run every day at HH:MM (local time).</source>
        <translation>Jeden Tag um HH:MM (Ortszeit) ausführen.</translation>
    </message>
    <message>
        <source>Run every week on DAY (Mon..Sun) at the HH:MM that follows (--weekly Sun 03:00).</source>
        <translation>Jede Woche am DAY (Mon..Sun) um das folgende HH:MM ausführen (--weekly Sun 03:00).</translation>
    </message>
    <message>
        <source>Run when the systemd calendar expression EXPR elapses (man systemd.time).</source>
        <translation>Ausführen, wenn der systemd-Kalenderausdruck EXPR eintritt (man systemd.time).</translation>
    </message>
    <message>
        <source>The schedule&apos;s name (a-z, 0-9, -); default: the kind and the target&apos;s name.</source>
        <translation>Der Name des Zeitplans (a-z, 0-9, -); Vorgabe: die Art und der Name des Ziels.</translation>
    </message>
    <message>
        <source>History folder (default: &quot;backups&quot; beside DB).</source>
        <translation>Verlaufsordner (Vorgabe: „backups“ neben DB).</translation>
    </message>
    <message>
        <source>PostgreSQL: encrypt the backups to this age recipient (no secret needed by the service); may be repeated.</source>
        <translation>PostgreSQL: die Sicherungen für diesen age-Empfänger verschlüsseln (der Dienst braucht kein Geheimnis); mehrfach möglich.</translation>
    </message>
    <message>
        <source>PostgreSQL: encrypt the backups to the age recipients in FILE.</source>
        <translation>PostgreSQL: die Sicherungen für die age-Empfänger in FILE verschlüsseln.</translation>
    </message>
    <message>
        <source>PostgreSQL: a level-3 drill restores into a scratch database on this server (conninfo; the password from ~/.pgpass); without it the drill is level 2.</source>
        <translation>PostgreSQL: eine Probe der Stufe 3 stellt in eine Wegwerf-Datenbank auf diesem Server wieder her (conninfo; das Passwort aus ~/.pgpass); ohne Angabe ist die Probe Stufe 2.</translation>
    </message>
    <message>
        <source>With --key-file: the service reads that file at each run (LoadCredential=) instead of a copy sealed by systemd-creds.</source>
        <translation>Mit --key-file: Der Dienst liest diese Datei bei jedem Lauf (LoadCredential=) statt einer mit systemd-creds versiegelten Kopie.</translation>
    </message>
    <message>
        <source>A user unit (the default unless run as root).</source>
        <translation>Eine Benutzer-Unit (die Vorgabe, außer als root).</translation>
    </message>
    <message>
        <source>A system unit in /etc/systemd/system (as root).</source>
        <translation>Eine System-Unit in /etc/systemd/system (als root).</translation>
    </message>
    <message>
        <source>%1: no such database file.</source>
        <translation>%1: keine solche Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation>%1: kein solcher Ordner.</translation>
    </message>
    <message>
        <source>--weekly wants a day and a time: --weekly Sun 03:00.</source>
        <translation>--weekly erwartet einen Tag und eine Uhrzeit: --weekly Sun 03:00.</translation>
    </message>
    <message>
        <source>key for %1</source>
        <translation>Schlüssel für %1</translation>
    </message>
    <message>
        <source>No schedules. Add one with: strongroom-cli schedule add backup DB --daily 02:30</source>
        <translation>Keine Zeitpläne. Legen Sie einen an mit: strongroom-cli schedule add backup DB --daily 02:30</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Last run (UTC)</source>
        <translation>Letzter Lauf (UTC)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Next run (UTC)</source>
        <translation>Nächster Lauf (UTC)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The schedule (schedule list shows them).</source>
        <translation>Der Zeitplan (schedule list zeigt sie).</translation>
    </message>
    <message>
        <source>The schedule to run.</source>
        <translation>Der auszuführende Zeitplan.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>A backup folder whose last successful drill is older than DAYS is a warning (default: the console&apos;s setting, else 30).</source>
        <translation>Ein Sicherungsordner, dessen letzte erfolgreiche Probe älter als DAYS ist, ist eine Warnung (Vorgabe: die Einstellung der Konsole, sonst 30).</translation>
    </message>
    <message>
        <source>Rotation period of keys in days (default: the console&apos;s setting, else 180).</source>
        <translation>Wechselzeitraum von Schlüsseln in Tagen (Vorgabe: die Einstellung der Konsole, sonst 180).</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>Back up a database on a schedule (a systemd timer), with retention</source>
        <translation>Eine Datenbank nach Zeitplan sichern (ein systemd-Timer), mit Aufbewahrung</translation>
    </message>
    <message>
        <source>Verify the newest backup of a folder at the highest level on a schedule</source>
        <translation>Die neueste Sicherung eines Ordners nach Zeitplan auf der höchsten Stufe prüfen</translation>
    </message>
    <message>
        <source>List the schedules with their last run, result, duration and next run</source>
        <translation>Die Zeitpläne mit letztem Lauf, Ergebnis, Dauer und nächstem Lauf auflisten</translation>
    </message>
    <message>
        <source>Stop a schedule and remove its units and sealed key (its reports stay)</source>
        <translation>Einen Zeitplan beenden und seine Units und seinen versiegelten Schlüssel entfernen (seine Berichte bleiben)</translation>
    </message>
    <message>
        <source>Start a schedule&apos;s service now through systemd and show its run report</source>
        <translation>Den Dienst eines Zeitplans jetzt über systemd starten und seinen Laufbericht zeigen</translation>
    </message>
    <message>
        <source>Run a schedule in this process (what its service runs); writes the run report</source>
        <translation>Einen Zeitplan in diesem Prozess ausführen (was sein Dienst ausführt); schreibt den Laufbericht</translation>
    </message>
    <message>
        <source>Overdue or failed backups, failed or old drills, keys due (exit 10 warning, 11 failure)</source>
        <translation>Überfällige oder gescheiterte Sicherungen, gescheiterte oder alte Proben, fällige Schlüssel (Exit 10 Warnung, 11 Fehler)</translation>
    </message>
</context>
<context>
    <name>cli::SecurityAuditCommand</name>
    <message>
        <source>Files or folders to search for databases, key and config files, backup folders and LUKS images (besides what the console knows).</source>
        <translation>Dateien oder Ordner, in denen nach Datenbanken, Schlüssel- und Konfigurationsdateien, Sicherungsordnern und LUKS-Abbildern gesucht wird (neben dem, was die Konsole kennt).</translation>
    </message>
    <message>
        <source>Also write the report as an HTML page to FILE (0600).</source>
        <translation>Den Bericht außerdem als HTML-Seite nach FILE schreiben (0600).</translation>
    </message>
    <message>
        <source>Also check this PostgreSQL connection (conninfo, URI or service name; the password from ~/.pgpass); repeatable. The console&apos;s saved connections are always checked.</source>
        <translation>Auch diese PostgreSQL-Verbindung prüfen (conninfo, URI oder Dienstname; das Passwort aus ~/.pgpass); mehrfach möglich. Die gespeicherten Verbindungen der Konsole werden immer geprüft.</translation>
    </message>
    <message>
        <source>Rotation period of keys in days (default: the console&apos;s setting, else 180).</source>
        <translation>Wechselzeitraum von Schlüsseln in Tagen (Vorgabe: die Einstellung der Konsole, sonst 180).</translation>
    </message>
    <message>
        <source>KDF iterations to try after the standard SQLCipher settings, for databases made with their own.</source>
        <translation>KDF-Iterationen, die nach den Standardeinstellungen von SQLCipher versucht werden, für Datenbanken mit eigenen.</translation>
    </message>
    <message>
        <source>database key</source>
        <translation>Datenbankschlüssel</translation>
    </message>
    <message>
        <source>Strongroom security audit</source>
        <translation>Strongroom-Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>the audit report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>MANUAL</source>
        <translation>MANUELL</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Security audit of databases, keys, backups, volumes and this machine (exit 10 warn, 11 fail)</source>
        <translation>Sicherheitsprüfung von Datenbanken, Schlüsseln, Sicherungen, Volumes und diesem Rechner (Exit 10 Warnung, 11 Fehler)</translation>
    </message>
</context>
<context>
    <name>cli::VolumeBrowseCommands</name>
    <message>
        <source>The LUKS image (or data file of a detached header).</source>
        <translation>Das LUKS-Abbild (oder die Datendatei eines abgetrennten Kopfes).</translation>
    </message>
    <message>
        <source>A detached LUKS header.</source>
        <translation>Ein abgetrennter LUKS-Kopf.</translation>
    </message>
    <message>
        <source>The folder (or file) inside the volume; / when omitted.</source>
        <translation>Der Ordner (oder die Datei) im Volume; ohne Angabe /.</translation>
    </message>
    <message>
        <source>Show mode, links, owner, size and time as ls -l does.</source>
        <translation>Modus, Links, Besitzer, Größe und Zeit wie ls -l zeigen.</translation>
    </message>
    <message>
        <source>List every entry below PATH too, by its path.</source>
        <translation>Auch jeden Eintrag unter PATH auflisten, mit seinem Pfad.</translation>
    </message>
    <message>
        <source>Files or folders inside the volume (/ for everything).</source>
        <translation>Dateien oder Ordner im Volume (/ für alles).</translation>
    </message>
    <message>
        <source>The folder to copy into (must exist).</source>
        <translation>Der Ordner, in den kopiert wird (muss existieren).</translation>
    </message>
    <message>
        <source>Replace files that already exist under DIR.</source>
        <translation>Dateien ersetzen, die unter DIR bereits existieren.</translation>
    </message>
    <message>
        <source>The file inside the volume (a symlink is followed).</source>
        <translation>Die Datei im Volume (einem symbolischen Link wird gefolgt).</translation>
    </message>
    <message>
        <source>The path inside the volume; / when omitted.</source>
        <translation>Der Pfad im Volume; ohne Angabe /.</translation>
    </message>
</context>
<context>
    <name>cli::VolumeCommands</name>
    <message>
        <source>List a folder inside an image, without root or device-mapper</source>
        <translation>Einen Ordner in einem Abbild auflisten, ohne root oder device-mapper</translation>
    </message>
    <message>
        <source>Copy files and folders out of an image, without root</source>
        <translation>Dateien und Ordner aus einem Abbild kopieren, ohne root</translation>
    </message>
    <message>
        <source>Print a file inside an image to standard output</source>
        <translation>Eine Datei in einem Abbild auf die Standardausgabe ausgeben</translation>
    </message>
    <message>
        <source>Check the file system inside an image, read-only</source>
        <translation>Das Dateisystem in einem Abbild prüfen, nur lesend</translation>
    </message>
    <message>
        <source>Disk usage of a path inside an image</source>
        <translation>Belegter Platz eines Pfades in einem Abbild</translation>
    </message>
    <message>
        <source>Create a LUKS2 image (optionally with ext4 and a recovery key)</source>
        <translation>Ein LUKS2-Abbild anlegen (wahlweise mit ext4 und einem Wiederherstellungsschlüssel)</translation>
    </message>
    <message>
        <source>Encrypt an image in place, offline (resumable)</source>
        <translation>Ein Abbild an Ort und Stelle verschlüsseln, offline (fortsetzbar)</translation>
    </message>
    <message>
        <source>Decrypt a LUKS2 image in place, offline (resumable)</source>
        <translation>Ein LUKS2-Abbild an Ort und Stelle entschlüsseln, offline (fortsetzbar)</translation>
    </message>
    <message>
        <source>Save the LUKS header to a file</source>
        <translation>Den LUKS-Kopf in eine Datei sichern</translation>
    </message>
    <message>
        <source>Put a saved LUKS header back</source>
        <translation>Einen gesicherten LUKS-Kopf zurückschreiben</translation>
    </message>
    <message>
        <source>Show a LUKS header: cipher, key slots, tokens, segments</source>
        <translation>Einen LUKS-Kopf zeigen: Verschlüsselung, Schlüsselplätze, Token, Segmente</translation>
    </message>
    <message>
        <source>Which key slot a key opens, without mapping anything</source>
        <translation>Welchen Schlüsselplatz ein Schlüssel öffnet, ohne etwas einzurichten</translation>
    </message>
    <message>
        <source>Cipher speeds and the cost of one unlock on this machine</source>
        <translation>Verschlüsselungsgeschwindigkeiten und der Aufwand eines Entsperrens auf diesem Rechner</translation>
    </message>
    <message>
        <source>Add a key in a new key slot</source>
        <translation>Einen Schlüssel in einem neuen Schlüsselplatz hinzufügen</translation>
    </message>
    <message>
        <source>Replace the key of the slot it opens</source>
        <translation>Den Schlüssel des Platzes ersetzen, den er öffnet</translation>
    </message>
    <message>
        <source>Remove a key slot, guarded against lock-out</source>
        <translation>Einen Schlüsselplatz entfernen, geschützt gegen das Aussperren</translation>
    </message>
    <message>
        <source>Rewrite a key slot with new PBKDF costs</source>
        <translation>Einen Schlüsselplatz mit neuen PBKDF-Kosten neu schreiben</translation>
    </message>
    <message>
        <source>Unlock an image (udisks2, or in-process as root; needs device-mapper)</source>
        <translation>Ein Abbild entsperren (udisks2 oder als root im Prozess; braucht device-mapper)</translation>
    </message>
    <message>
        <source>Lock an opened image and free its loop device</source>
        <translation>Ein geöffnetes Abbild sperren und sein Loop-Gerät freigeben</translation>
    </message>
    <message>
        <source>Mount an opened image (udisks2: under /media/USER)</source>
        <translation>Ein geöffnetes Abbild einhängen (udisks2: unter /media/BENUTZER)</translation>
    </message>
    <message>
        <source>Unmount an opened image</source>
        <translation>Ein geöffnetes Abbild aushängen</translation>
    </message>
</context>
<context>
    <name>cli::VolumeCryptCommands</name>
    <message>
        <source>The new image file (must not exist).</source>
        <translation>Die neue Abbilddatei (darf nicht existieren).</translation>
    </message>
    <message>
        <source>Size of the image, e.g. 512M, 20G (whole MiB).</source>
        <translation>Größe des Abbilds, z. B. 512M, 20G (ganze MiB).</translation>
    </message>
    <message>
        <source>ext4 or none (default).</source>
        <translation>ext4 oder none (Vorgabe).</translation>
    </message>
    <message>
        <source>Add a generated recovery key in slot 1 (printed once).</source>
        <translation>Einen erzeugten Wiederherstellungsschlüssel in Platz 1 hinzufügen (einmal ausgegeben).</translation>
    </message>
    <message>
        <source>Recovery key (slot %1), shown this once; write it down and keep it apart from the volume:</source>
        <translation>Wiederherstellungsschlüssel (Platz %1), nur dieses eine Mal gezeigt; schreiben Sie ihn auf und bewahren Sie ihn getrennt vom Volume auf:</translation>
    </message>
    <message>
        <source>The plain image to encrypt (or the half-encrypted one to resume).</source>
        <translation>Das unverschlüsselte Abbild, das verschlüsselt wird (oder das halb verschlüsselte, um fortzusetzen).</translation>
    </message>
    <message>
        <source>The LUKS2 image to decrypt (or the half-decrypted one to resume).</source>
        <translation>Das LUKS2-Abbild, das entschlüsselt wird (oder das halb entschlüsselte, um fortzusetzen).</translation>
    </message>
</context>
<context>
    <name>cli::VolumeHeaderCommands</name>
    <message>
        <source>The LUKS image.</source>
        <translation>Das LUKS-Abbild.</translation>
    </message>
    <message>
        <source>Where to write the header backup (must not exist).</source>
        <translation>Wohin die Kopfsicherung geschrieben wird (darf nicht existieren).</translation>
    </message>
    <message>
        <source>A detached LUKS header.</source>
        <translation>Ein abgetrennter LUKS-Kopf.</translation>
    </message>
    <message>
        <source>Saved the LUKS header of %1 (UUID %2) to %3. Keep it somewhere safe: it holds the key slots of today.</source>
        <translation>Den LUKS-Kopf von %1 (UUID %2) nach %3 gesichert. Bewahren Sie ihn sicher auf: Er enthält die Schlüsselplätze von heute.</translation>
    </message>
    <message>
        <source>The header backup.</source>
        <translation>Die Kopfsicherung.</translation>
    </message>
    <message>
        <source>Restore even when the UUIDs differ or the image has no header.</source>
        <translation>Auch wiederherstellen, wenn die UUIDs abweichen oder das Abbild keinen Kopf hat.</translation>
    </message>
    <message>
        <source>Restored the header of %1 from %2.</source>
        <translation>Den Kopf von %1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The header it replaced is kept in %1.</source>
        <translation>Der ersetzte Kopf ist in %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>cli::VolumeInspectCommands</name>
    <message>
        <source>The LUKS image (or data file of a detached header).</source>
        <translation>Das LUKS-Abbild (oder die Datendatei eines abgetrennten Kopfes).</translation>
    </message>
    <message>
        <source>A detached LUKS header.</source>
        <translation>Ein abgetrennter LUKS-Kopf.</translation>
    </message>
    <message>
        <source>The LUKS image.</source>
        <translation>Das LUKS-Abbild.</translation>
    </message>
    <message>
        <source>Only try this key slot.</source>
        <translation>Nur diesen Schlüsselplatz versuchen.</translation>
    </message>
    <message>
        <source>The key opens %1 of %2.</source>
        <translation>Der Schlüssel öffnet %1 von %2.</translation>
    </message>
    <message>
        <source>Unlock time to calibrate for, in ms (default 2000).</source>
        <translation>Entsperrzeit, auf die kalibriert wird, in ms (Vorgabe 2000).</translation>
    </message>
    <message>
        <source>argon2id memory to calibrate for, in KiB (default 1048576).</source>
        <translation>argon2id-Speicher, auf den kalibriert wird, in KiB (Vorgabe 1048576).</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 MiB/s encrypt  %2 MiB/s decrypt  [%3]</source>
        <translation>%1 MiB/s verschlüsseln  %2 MiB/s entschlüsseln  [%3]</translation>
    </message>
    <message>
        <source>One unlock on this machine:</source>
        <translation>Ein Entsperren auf diesem Rechner:</translation>
    </message>
    <message>
        <source>%1: %2 ms, %3 iterations</source>
        <translation>%1: %2 ms, %3 Iterationen</translation>
    </message>
    <message>
        <source>, %1 KiB, %2 threads</source>
        <translation>, %1 KiB, %2 Threads</translation>
    </message>
</context>
<context>
    <name>cli::VolumeKeyCommands</name>
    <message>
        <source>The LUKS image.</source>
        <translation>Das LUKS-Abbild.</translation>
    </message>
    <message>
        <source>A detached LUKS header.</source>
        <translation>Ein abgetrennter LUKS-Kopf.</translation>
    </message>
    <message>
        <source>Name the new slot (e.g. operational, recovery).</source>
        <translation>Den neuen Platz benennen (z. B. operational, recovery).</translation>
    </message>
    <message>
        <source>Use this free slot.</source>
        <translation>Diesen freien Platz verwenden.</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Changed the key of %1.</source>
        <translation>Den Schlüssel von %1 geändert.</translation>
    </message>
    <message>
        <source>The key slot to remove.</source>
        <translation>Der zu entfernende Schlüsselplatz.</translation>
    </message>
    <message>
        <source>Remove %1 of %2? Its key will no longer open the volume.</source>
        <translation>%1 von %2 entfernen? Sein Schlüssel öffnet das Volume dann nicht mehr.</translation>
    </message>
    <message>
        <source>Removed %1; %2 still opens %3.</source>
        <translation>%1 entfernt; %2 öffnet %3 weiterhin.</translation>
    </message>
    <message>
        <source>The key slot to rewrite.</source>
        <translation>Der neu zu schreibende Schlüsselplatz.</translation>
    </message>
    <message>
        <source>Rewrote %1 with the new PBKDF costs; its key still opens it.</source>
        <translation>%1 mit den neuen PBKDF-Kosten neu geschrieben; sein Schlüssel öffnet ihn weiterhin.</translation>
    </message>
</context>
<context>
    <name>cli::VolumeMappingCommands</name>
    <message>
        <source>Only read the image: a read-only loop device and mapping.</source>
        <translation>Das Abbild nur lesen: ein schreibgeschütztes Loop-Gerät und eine schreibgeschützte Zuordnung.</translation>
    </message>
    <message>
        <source>As root without udisks2: the mapping name (/dev/mapper/NAME); default strongroom- and the image&apos;s name.</source>
        <translation>Als root ohne udisks2: der Zuordnungsname (/dev/mapper/NAME); Vorgabe strongroom- und der Name des Abbilds.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The LUKS image.</source>
        <translation>Das LUKS-Abbild.</translation>
    </message>
    <message>
        <source>The opened image.</source>
        <translation>Das geöffnete Abbild.</translation>
    </message>
    <message>
        <source>As root without udisks2 only: an empty folder, no symbolic links on its path. udisks2 mounts under /media/USER itself.</source>
        <translation>Nur als root ohne udisks2: ein leerer Ordner, ohne symbolische Links im Pfad. udisks2 hängt selbst unter /media/BENUTZER ein.</translation>
    </message>
    <message>
        <source>The mounted image.</source>
        <translation>Das eingehängte Abbild.</translation>
    </message>
</context>
<context>
    <name>cli::VolumeMigrateCommand</name>
    <message>
        <source>How to build the volume: auto (default: mapped where device-mapper and udisks2 or root allow it, else user-space), mapped (format, open, mkfs, mount, copy) or user-space (mke2fs -d, then encryption in place).</source>
        <translation>Wie der Datenträger gebaut wird: auto (Standard: eingebunden, wo Device-Mapper und udisks2 oder root es erlauben, sonst im Benutzerraum), mapped (formatieren, öffnen, mkfs, einhängen, kopieren) oder user-space (mke2fs -d, dann Verschlüsselung an Ort und Stelle).</translation>
    </message>
    <message>
        <source>After the switch-over, with the volume mounted at DIR: the command that starts PostgreSQL (run without a shell, e.g. &quot;pg_ctlcluster 17 main start&quot;); the exact row counts are then compared with those recorded before (exit 4 on a difference).</source>
        <translation>Nach der Umstellung, mit dem Datenträger unter DIR eingehängt: der Befehl, der PostgreSQL startet (ohne Shell ausgeführt, z. B. &quot;pg_ctlcluster 17 main start&quot;); danach werden die genauen Zeilenzahlen mit den vorher festgehaltenen verglichen (Exit 4 bei einem Unterschied).</translation>
    </message>
    <message>
        <source>Seconds to wait for the start command and the server (default 60).</source>
        <translation>Sekunden, die auf den Startbefehl und den Server gewartet wird (Standard 60).</translation>
    </message>
    <message>
        <source>Only start PostgreSQL (with --pg-start-command) and compare its exact row counts (--dbname) with those in the journal of --image.</source>
        <translation>Nur PostgreSQL starten (mit --pg-start-command) und seine genauen Zeilenzahlen (--dbname) mit denen im Journal von --image vergleichen.</translation>
    </message>
    <message>
        <source>No passphrase: give it with --passphrase-stdin, --key-file or --key-env (there is no terminal to ask on).</source>
        <translation>Keine Passphrase: Geben Sie sie mit --passphrase-stdin, --key-file oder --key-env an (es gibt kein Terminal zum Nachfragen).</translation>
    </message>
    <message>
        <source>%1 (again)</source>
        <translation>%1 (noch einmal)</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>or instead of the fstab line, /etc/systemd/system/%1:</source>
        <translation>oder statt der fstab-Zeile /etc/systemd/system/%1:</translation>
    </message>
    <message>
        <source>Recovery key (slot %1), shown this once; write it down and keep it apart from the volume:</source>
        <translation>Wiederherstellungsschlüssel (Platz %1), nur dieses eine Mal gezeigt; schreiben Sie ihn auf und bewahren Sie ihn getrennt vom Volume auf:</translation>
    </message>
    <message>
        <source>The folder to move into the volume.</source>
        <translation>Der Ordner, der in das Volume verschoben wird.</translation>
    </message>
    <message>
        <source>The new image file (its journal, IMAGE.migration.json, goes beside it; run again with the same IMAGE to resume).</source>
        <translation>Die neue Abbilddatei (ihr Journal, IMAGE.migration.json, liegt daneben; mit demselben IMAGE erneut ausführen, um fortzusetzen).</translation>
    </message>
    <message>
        <source>Size of the image, e.g. 20G (default: DIR&apos;s size plus the headroom).</source>
        <translation>Größe des Abbilds, z. B. 20G (Vorgabe: die Größe von DIR plus der Reserve).</translation>
    </message>
    <message>
        <source>Free room in the new file system, in percent of DIR&apos;s size (default 20).</source>
        <translation>Freier Platz im neuen Dateisystem, in Prozent der Größe von DIR (Vorgabe 20).</translation>
    </message>
    <message>
        <source>Put DIR back from DIR.before-migration-* (with --image, also mark that migration&apos;s journal rolled back).</source>
        <translation>DIR aus DIR.before-migration-* zurückholen (mit --image auch das Journal dieser Migration als zurückgerollt markieren).</translation>
    </message>
    <message>
        <source>After the switch-over, add the crypttab and fstab lines to /etc (root only).</source>
        <translation>Nach der Umstellung die crypttab- und fstab-Zeilen in /etc eintragen (nur root).</translation>
    </message>
    <message>
        <source>volume migrate-dir: give exactly one DIR; see --help.</source>
        <translation>volume migrate-dir: Geben Sie genau ein DIR an; siehe --help.</translation>
    </message>
    <message>
        <source>--image FILE is required: the new volume image.</source>
        <translation>--image FILE ist nötig: das neue Volume-Abbild.</translation>
    </message>
    <message>
        <source>--size: not a size, e.g. 20G or 512M.</source>
        <translation>--size: keine Größe, z. B. 20G oder 512M.</translation>
    </message>
    <message>
        <source>--headroom: a percentage from 0 to 1000.</source>
        <translation>--headroom: ein Prozentwert von 0 bis 1000.</translation>
    </message>
    <message>
        <source>Standard input cannot carry both the PostgreSQL password and the passphrase.</source>
        <translation>Die Standardeingabe kann nicht zugleich das PostgreSQL-Passwort und die Passphrase liefern.</translation>
    </message>
    <message>
        <source>passphrase for %1</source>
        <translation>Passphrase für %1</translation>
    </message>
    <message>
        <source>Switch over now: rename %1 to %1.before-migration-TIMESTAMP and leave an empty mount point?</source>
        <translation>Jetzt umstellen: %1 in %1.before-migration-ZEITSTEMPEL umbenennen und einen leeren Einhängepunkt hinterlassen?</translation>
    </message>
    <message>
        <source>Differences between the folder and the volume:</source>
        <translation>Unterschiede zwischen dem Ordner und dem Volume:</translation>
    </message>
    <message>
        <source>Cancelled; run the same command again to resume.</source>
        <translation>Abgebrochen; führen Sie denselben Befehl erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Move a folder (e.g. PostgreSQL&apos;s data) into a new encrypted image, verified</source>
        <translation>Einen Ordner (z. B. die Daten von PostgreSQL) in ein neues verschlüsseltes Abbild verschieben, geprüft</translation>
    </message>
</context>
<context>
    <name>cli::VolumeOptions</name>
    <message>
        <source>Key derivation: argon2id (default) or pbkdf2.</source>
        <translation>Schlüsselableitung: argon2id (Vorgabe) oder pbkdf2.</translation>
    </message>
    <message>
        <source>argon2 memory cost in KiB (default 1048576).</source>
        <translation>argon2-Speicherbedarf in KiB (Vorgabe 1048576).</translation>
    </message>
    <message>
        <source>argon2 threads (default 4).</source>
        <translation>argon2-Threads (Vorgabe 4).</translation>
    </message>
    <message>
        <source>Unlock time to aim for in ms (default 2000).</source>
        <translation>Angestrebte Entsperrzeit in ms (Vorgabe 2000).</translation>
    </message>
    <message>
        <source>Force this many iterations instead of benchmarking (pbkdf2 &gt;= 1000, argon2 &gt;= 4).</source>
        <translation>Genau so viele Iterationen erzwingen, statt zu messen (pbkdf2 &gt;= 1000, argon2 &gt;= 4).</translation>
    </message>
    <message>
        <source>LUKS2 label (and ext4 label).</source>
        <translation>LUKS2-Bezeichnung (und ext4-Bezeichnung).</translation>
    </message>
    <message>
        <source>Data cipher (default aes-xts-plain64).</source>
        <translation>Verschlüsselung der Daten (Vorgabe aes-xts-plain64).</translation>
    </message>
    <message>
        <source>Volume key size in bits (default 512).</source>
        <translation>Größe des Volume-Schlüssels in Bit (Vorgabe 512).</translation>
    </message>
    <message>
        <source>Encryption sector size: 512 (default) or 4096.</source>
        <translation>Sektorgröße der Verschlüsselung: 512 (Vorgabe) oder 4096.</translation>
    </message>
</context>
<context>
    <name>RootMount</name>
    <message>
        <source>%1: the mount point or a folder above it is a symbolic link; give the real path.</source>
        <translation>%1: Der Einhängepunkt oder ein Ordner darüber ist ein symbolischer Link; geben Sie den echten Pfad an.</translation>
    </message>
    <message>
        <source>%1: the mount point is not empty; mounting on it would hide what it holds. Use an empty folder.</source>
        <translation>%1: Der Einhängepunkt ist nicht leer; das Einhängen würde seinen Inhalt verdecken. Verwenden Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>%1: the mount point is not a folder.</source>
        <translation>%1: Der Einhängepunkt ist kein Ordner.</translation>
    </message>
    <message>
        <source>The mount point must be an absolute path: %1</source>
        <translation>Der Einhängepunkt muss ein absoluter Pfad sein: %1</translation>
    </message>
    <message>
        <source>%1 holds no file system that can be mounted.</source>
        <translation>%1 enthält kein Dateisystem, das sich einhängen lässt.</translation>
    </message>
    <message>
        <source>%1: cannot open the mount point: %2</source>
        <translation>%1: Der Einhängepunkt kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot list the mount point: %2</source>
        <translation>%1: Der Inhalt des Einhängepunkts kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read it to find its file system.</source>
        <translation>%1: kann nicht gelesen werden, um sein Dateisystem zu erkennen.</translation>
    </message>
    <message>
        <source>Mounting %1 (%2) on %3 failed: %4</source>
        <translation>Das Einhängen von %1 (%2) in %3 ist fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation>%1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read /proc/self/mountinfo.</source>
        <translation>/proc/self/mountinfo kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Unmounting %1 failed: %2</source>
        <translation>Das Aushängen von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>UdisksClient</name>
    <message>
        <source>There is no D-Bus system bus (%1), so udisks2 cannot be asked to open or mount volumes. Start the system&apos;s D-Bus (systemctl start dbus), or run strongroom-cli as root to do it without udisks2.</source>
        <translation>Es gibt keinen D-Bus-Systembus (%1), daher kann udisks2 keine Volumes öffnen oder einhängen. Starten Sie den D-Bus des Systems (systemctl start dbus) oder führen Sie strongroom-cli als root aus, um es ohne udisks2 zu tun.</translation>
    </message>
    <message>
        <source>udisks2 is not running on this machine, and it opens and mounts volumes for users who are not root. Install the udisks2 package (apt install udisks2) and start it (systemctl start udisks2), or run strongroom-cli as root to do it without udisks2.</source>
        <translation>udisks2 läuft auf diesem Rechner nicht; es öffnet und hängt Volumes für Benutzer ein, die nicht root sind. Installieren Sie das Paket udisks2 (apt install udisks2) und starten Sie es (systemctl start udisks2), oder führen Sie strongroom-cli als root aus, um es ohne udisks2 zu tun.</translation>
    </message>
    <message>
        <source>%1 was not set up by this user from an image this user can read; Strongroom leaves it alone.</source>
        <translation>%1 wurde nicht von diesem Benutzer aus einem für ihn lesbaren Abbild eingerichtet; Strongroom lässt es unberührt.</translation>
    </message>
    <message>
        <source>%1 is locked; open it first.</source>
        <translation>%1 ist gesperrt; öffnen Sie es zuerst.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Listing block devices</source>
        <translation>Auflisten der Blockgeräte</translation>
    </message>
    <message>
        <source>%1: this user cannot %2 it (%3).%4</source>
        <translation>%1: Dieser Benutzer kann es nicht %2 (%3).%4</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source> Open it with --read-only to only read it.</source>
        <translation> Öffnen Sie es mit --read-only, um es nur zu lesen.</translation>
    </message>
    <message>
        <source>%1: cannot open it: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not an image file.</source>
        <translation>%1: keine Abbilddatei.</translation>
    </message>
    <message>
        <source>Setting up %1 as a loop device</source>
        <translation>Einrichten von %1 als Loop-Gerät</translation>
    </message>
    <message>
        <source>Unlocking %1</source>
        <translation>Entsperren von %1</translation>
    </message>
    <message>
        <source>%1 holds no file system udisks2 can mount.</source>
        <translation>%1 enthält kein Dateisystem, das udisks2 einhängen kann.</translation>
    </message>
    <message>
        <source>Mounting %1</source>
        <translation>Einhängen von %1</translation>
    </message>
    <message>
        <source>Unmounting %1</source>
        <translation>Aushängen von %1</translation>
    </message>
    <message>
        <source>Locking %1</source>
        <translation>Sperren von %1</translation>
    </message>
    <message>
        <source>Deleting loop device %1</source>
        <translation>Löschen des Loop-Geräts %1</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>Making an ext4 on %1</source>
        <translation>ext4 auf %1 anlegen</translation>
    </message>
    <message>
        <source>udisks2 made the file system on %1 but does not show it.</source>
        <translation>udisks2 hat das Dateisystem auf %1 angelegt, zeigt es aber nicht an.</translation>
    </message>
</context>
<context>
    <name>RemoveBackupsJob</name>
    <message>
        <source>seal does not hold: the entry was not written by a holder of this key</source>
        <translation>das Siegel stimmt nicht: der Eintrag wurde nicht von jemandem mit diesem Schlüssel geschrieben</translation>
    </message>
    <message>
        <source>Check the seals of %1 backups</source>
        <translation>Siegel von %1 Sicherungen prüfen</translation>
    </message>
    <message>
        <source>Check the catalog seals</source>
        <translation>Katalogsiegel prüfen</translation>
    </message>
    <message>
        <source>not confirmed: no key was given to check its seal</source>
        <translation>nicht bestätigt: kein Schlüssel angegeben, um das Siegel zu prüfen</translation>
    </message>
    <message>
        <source>it has no catalog entry</source>
        <translation>es gibt keinen Katalogeintrag dafür</translation>
    </message>
    <message>
        <source>its catalog entry is not sealed</source>
        <translation>sein Katalogeintrag ist nicht versiegelt</translation>
    </message>
    <message>
        <source>its seal could not be checked: %1</source>
        <translation>sein Siegel konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Kept %1: %2.</source>
        <translation>%1 behalten: %2.</translation>
    </message>
    <message>
        <source>The key opens none of the backups the policy would remove in %1, and no catalog seal holds with it: it is not the key of these backups. Nothing was removed.</source>
        <translation>Der Schlüssel öffnet keine der Sicherungen in %1, die die Richtlinie entfernen würde, und kein Katalogsiegel stimmt mit ihm: Es ist nicht der Schlüssel dieser Sicherungen. Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>%1 of %2 backups would be removed; %3 could not be confirmed.</source>
        <translation>%1 von %2 Sicherungen würden entfernt; %3 konnten nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Deleted nothing from %1.</source>
        <translation>Nichts aus %1 gelöscht.</translation>
    </message>
    <message>
        <source>Kept, as their catalog entry could not be confirmed: %1.</source>
        <translation>Behalten, weil ihr Katalogeintrag nicht bestätigt werden konnte: %1.</translation>
    </message>
    <message>
        <source>Delete the backup %1</source>
        <translation>Sicherung %1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 backups</source>
        <translation>%1 Sicherungen löschen</translation>
    </message>
    <message>
        <source>Delete the files</source>
        <translation>Dateien löschen</translation>
    </message>
    <message>
        <source>Update the catalog</source>
        <translation>Katalog aktualisieren</translation>
    </message>
    <message>
        <source>Could not delete %1 in %2; check the permissions of the folder.</source>
        <translation>%1 in %2 konnte nicht gelöscht werden; prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Deleted %1 from %2.</source>
        <translation>%1 aus %2 gelöscht.</translation>
    </message>
</context>
<context>
    <name>VolumeMappingJob</name>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <source>Mount %1</source>
        <translation>%1 einhängen</translation>
    </message>
    <message>
        <source>Unmount %1</source>
        <translation>%1 aushängen</translation>
    </message>
    <message>
        <source>Ask udisks2 (or, as root, the kernel) to do it</source>
        <translation>udisks2 (oder als root den Kernel) damit beauftragen</translation>
    </message>
    <message>
        <source>Opened %1 as %2.</source>
        <translation>%1 als %2 geöffnet.</translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation>%1 geschlossen.</translation>
    </message>
    <message>
        <source>Mounted %1 on %2.</source>
        <translation>%1 in %2 eingehängt.</translation>
    </message>
    <message>
        <source>Unmounted %1.</source>
        <translation>%1 ausgehängt.</translation>
    </message>
    <message>
        <source>%1 is not open; open it first (volume open).</source>
        <translation>%1 ist nicht geöffnet; öffnen Sie es zuerst (volume open).</translation>
    </message>
    <message>
        <source>%1 is mounted on %2; unmount it first.</source>
        <translation>%1 ist in %2 eingehängt; hängen Sie es zuerst aus.</translation>
    </message>
    <message>
        <source>udisks2 chooses the folder a volume is mounted on (/media/USER/...); a mount point is only taken when strongroom-cli runs as root on a machine without udisks2.</source>
        <translation>udisks2 wählt den Ordner, in den ein Volume eingehängt wird (/media/BENUTZER/...); einen Einhängepunkt nimmt strongroom-cli nur als root auf einem Rechner ohne udisks2 an.</translation>
    </message>
    <message>
        <source>Without udisks2, root mounts on a folder it names: volume mount IMAGE FOLDER (an empty folder, no symbolic links on its path).</source>
        <translation>Ohne udisks2 hängt root in einen angegebenen Ordner ein: volume mount ABBILD ORDNER (ein leerer Ordner, ohne symbolische Links im Pfad).</translation>
    </message>
    <message>
        <source>device-mapper is not available on this machine (/dev/mapper/control is missing or the dm_crypt driver is not loaded), so LUKS volumes cannot be opened, mounted, unmounted or closed here. Header backups, key slots, info and offline encryption still work. Fix: modprobe dm_crypt on a machine that allows it (containers usually cannot).</source>
        <translation>device-mapper ist auf diesem Rechner nicht verfügbar (/dev/mapper/control fehlt oder der Treiber dm_crypt ist nicht geladen), daher können LUKS-Volumes hier weder geöffnet, eingehängt, ausgehängt noch geschlossen werden. Header-Sicherungen, Schlüsselplätze, Informationen und die Offline-Verschlüsselung funktionieren weiterhin. Abhilfe: modprobe dm_crypt auf einem Rechner, der es erlaubt (Container meist nicht).</translation>
    </message>
    <message>
        <source>Opening %1 needs its key.</source>
        <translation>Zum Öffnen von %1 wird sein Schlüssel gebraucht.</translation>
    </message>
    <message>
        <source>Unknown volume verb.</source>
        <translation>Unbekanntes Volume-Verb.</translation>
    </message>
    <message>
        <source>Mapping name &apos;%1&apos; is not allowed: use letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; (up to 64).</source>
        <translation>Der Zuordnungsname &apos;%1&apos; ist nicht erlaubt: Verwenden Sie Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; (bis zu 64).</translation>
    </message>
    <message>
        <source>%1: the key opens no key slot.</source>
        <translation>%1: Der Schlüssel öffnet keinen Schlüsselplatz.</translation>
    </message>
    <message>
        <source>opening as %1</source>
        <translation>Öffnen als %1</translation>
    </message>
    <message>
        <source>Closing %1 failed: %2</source>
        <translation>Das Schließen von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Strongroom Recovery Sheet</source>
        <translation>Strongroom-Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>Keep this sheet somewhere safe and away from the computer. Whoever holds it can read the database.</source>
        <translation>Bewahren Sie dieses Blatt sicher und getrennt vom Computer auf. Wer es besitzt, kann die Datenbank lesen.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsselart</translation>
    </message>
    <message>
        <source>raw key: type it as written, with x&apos;…&apos;, leaving out the spaces between the groups</source>
        <translation>Rohschlüssel: genau wie geschrieben eingeben, mit x&apos;…&apos;, ohne die Leerzeichen zwischen den Gruppen</translation>
    </message>
    <message>
        <source>passphrase (words separated by single spaces)</source>
        <translation>Passphrase (Wörter durch einzelne Leerzeichen getrennt)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Cipher settings</source>
        <translation>Verschlüsselungseinstellungen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>no HMAC</source>
        <translation>kein HMAC</translation>
    </message>
    <message>
        <source>To open the file with the sqlcipher shell: PRAGMA key = &apos;the key above&apos;; then, unless the profile is sqlcipher-4, the PRAGMA statements above with these values.</source>
        <translation>So öffnen Sie die Datei mit der sqlcipher-Shell: PRAGMA key = &apos;der Schlüssel oben&apos;; danach, sofern das Profil nicht sqlcipher-4 ist, die PRAGMA-Anweisungen oben mit diesen Werten.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Check that no line of the log was edited, inserted or removed</source>
        <translation>Prüfen, dass keine Zeile des Protokolls geändert, eingefügt oder entfernt wurde</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Every action that changes a database, a backup or a volume is recorded in %1; each line carries the hash of the line before it.</source>
        <translation>Jede Aktion, die eine Datenbank, eine Sicherung oder ein Volume verändert, wird in %1 festgehalten; jede Zeile enthält den Hash der Zeile davor.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n line(s), hash chain unbroken.</source>
        <translation>
            <numerusform>Das Protokoll ist unversehrt: %n Zeile, Hash-Kette ungebrochen.</numerusform>
            <numerusform>Das Protokoll ist unversehrt: %n Zeilen, Hash-Kette ungebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log was tampered with: %1. Keep this copy as evidence and compare it with your backups.</source>
        <translation>Das Protokoll wurde manipuliert: %1. Bewahren Sie diese Kopie als Beweis auf und vergleichen Sie sie mit Ihren Sicherungen.</translation>
    </message>
    <message>
        <source>There is no audit log: nothing was logged by this user here yet, or the log and its head record were deleted.</source>
        <translation>Es gibt kein Audit-Protokoll: Für diesen Benutzer wurde hier noch nichts protokolliert, oder das Protokoll und sein Kopfdatensatz wurden gelöscht.</translation>
    </message>
    <message>
        <source>The system journal holds the same entries.</source>
        <translation>Das Systemjournal enthält dieselben Einträge.</translation>
    </message>
    <message>
        <source>The log and the system journal differ: %1 journal entries are missing from the log, %2 lines are missing from the journal.</source>
        <translation>Protokoll und Systemjournal weichen voneinander ab: %1 Journaleinträge fehlen im Protokoll, %2 Zeilen fehlen im Journal.</translation>
    </message>
    <message>
        <source>Not compared with the system journal: %1.</source>
        <translation>Nicht mit dem Systemjournal verglichen: %1.</translation>
    </message>
    <message>
        <source>Security audit</source>
        <translation>Sicherheitsprüfung</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::SecurityAuditView</name>
    <message>
        <source>%1 checks: %2 failed, %3 warnings, %4 to check by hand, %5 passed.</source>
        <translation>%1 Prüfungen: %2 fehlgeschlagen, %3 Warnungen, %4 von Hand zu prüfen, %5 bestanden.</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Also search this folder for databases, key and config files, backup folders and LUKS images</source>
        <translation>Auch diesen Ordner nach Datenbanken, Schlüssel- und Konfigurationsdateien, Sicherungsordnern und LUKS-Abbildern durchsuchen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Auditing…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Checks the databases, key files, backups, volumes and PostgreSQL connections the console knows, everything found in the folders added below, and this machine. Each line says what was seen, why it matters and how to fix it; the same report as strongroom-cli audit run.</source>
        <translation>Prüft die Datenbanken, Schlüsseldateien, Sicherungen, Volumes und PostgreSQL-Verbindungen, die die Konsole kennt, alles in den unten hinzugefügten Ordnern Gefundene und diesen Rechner. Jede Zeile sagt, was gesehen wurde, warum es wichtig ist und wie es zu beheben ist; derselbe Bericht wie strongroom-cli audit run.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export the audit as HTML</source>
        <translation>Sicherheitsprüfung als HTML exportieren</translation>
    </message>
    <message>
        <source>Export the audit as PDF</source>
        <translation>Sicherheitsprüfung als PDF exportieren</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Folder to audit</source>
        <translation>Zu prüfender Ordner</translation>
    </message>
    <message>
        <source>Folders: only what the console knows.</source>
        <translation>Ordner: nur, was die Konsole kennt.</translation>
    </message>
    <message>
        <source>Folders: what the console knows, and %1</source>
        <translation>Ordner: was die Konsole kennt, und %1</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>Key and config files</source>
        <translation>Schlüssel- und Konfigurationsdateien</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>LUKS volumes</source>
        <translation>LUKS-Volumes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>PostgreSQL connections</source>
        <translation>PostgreSQL-Verbindungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Run security &amp;audit</source>
        <translation>Sicherheits&amp;prüfung starten</translation>
    </message>
    <message>
        <source>SQLCipher databases</source>
        <translation>SQLCipher-Datenbanken</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Strongroom security audit</source>
        <translation>Strongroom-Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>The audit was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>To check by hand</source>
        <translation>Von Hand zu prüfen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>the audit report</source>
        <translation>den Prüfbericht</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Select a check to see why it matters and how to fix it.</source>
        <translation>Wählen Sie eine Prüfung, um zu sehen, warum sie wichtig ist und wie sie zu beheben ist.</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Warum es wichtig ist:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::BackupHistoryModel</name>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>damaged catalog entry</source>
        <translation>beschädigter Katalogeintrag</translation>
    </message>
    <message>
        <source>unsealed</source>
        <translation>unversiegelt</translation>
    </message>
    <message>
        <source> (pre-restore)</source>
        <translation> (vor Wiederherstellung)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>kept as found</source>
        <translation>unverändert aufbewahrt</translation>
    </message>
    <message>
        <source>, damaged</source>
        <translation>, beschädigt</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables</source>
        <translation>%1 Zeilen in %2 Tabellen</translation>
    </message>
    <message>
        <source>Taken from %1</source>
        <translation>Erstellt aus %1</translation>
    </message>
    <message>
        <source>Backups with the same key id were made with the same key.</source>
        <translation>Sicherungen mit derselben Schlüssel-ID wurden mit demselben Schlüssel erstellt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::BackupsPage</name>
    <message>
        <source>The retention policy removes only backups whose catalog entry was sealed with the database key. Enter the key to check the seals.</source>
        <translation>Die Aufbewahrungsrichtlinie entfernt nur Sicherungen, deren Katalogeintrag mit dem Datenbankschlüssel versiegelt wurde. Geben Sie den Schlüssel ein, um die Siegel zu prüfen.</translation>
    </message>
    <message>
        <source>No key was entered; nothing was removed.</source>
        <translation>Es wurde kein Schlüssel eingegeben; nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No database open&lt;/h2&gt;&lt;p&gt;Open an encrypted database on the Databases page; its backups, their history and the retention policy are shown here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Keine Datenbank geöffnet&lt;/h2&gt;&lt;p&gt;Öffnen Sie eine verschlüsselte Datenbank auf der Seite „Datenbanken“; ihre Sicherungen, deren Verlauf und die Aufbewahrungsregeln erscheinen hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from &amp;File…</source>
        <translation>Aus &amp;Datei wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Re&amp;tention</source>
        <translation>&amp;Aufbewahrung</translation>
    </message>
    <message>
        <source>%1 is not open with a key (or is not encrypted). Open it with its key on the Databases page to back it up, compare or restore; the history can be browsed and verified at checksum level meanwhile.</source>
        <translation>%1 ist nicht mit einem Schlüssel geöffnet (oder nicht verschlüsselt). Öffnen Sie sie auf der Seite „Datenbanken“ mit ihrem Schlüssel, um sie zu sichern, zu vergleichen oder wiederherzustellen; bis dahin lässt sich der Verlauf ansehen und auf Prüfsummenebene prüfen.</translation>
    </message>
    <message>
        <source>History folder: %1</source>
        <translation>Sicherungsordner: %1</translation>
    </message>
    <message>
        <source>intact (checked now)</source>
        <translation>unversehrt (soeben geprüft)</translation>
    </message>
    <message>
        <source>damaged catalog entry</source>
        <translation>beschädigter Katalogeintrag</translation>
    </message>
    <message>
        <source>checksum matches (checked now)</source>
        <translation>Prüfsumme stimmt (soeben geprüft)</translation>
    </message>
    <message>
        <source>made with another key</source>
        <translation>mit anderem Schlüssel erstellt</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>not a usable backup</source>
        <translation>keine verwendbare Sicherung</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>%1 mit %2 vergleichen</translation>
    </message>
    <message>
        <source>Delete Backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <source>Delete the backup %1? The file is removed from the disk and from the history; this cannot be undone.</source>
        <translation>Die Sicherung %1 löschen? Die Datei wird von der Festplatte und aus dem Verlauf entfernt; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>It is a pre-restore backup: the way back from a restore.</source>
        <translation>Es ist eine Sicherung vor einer Wiederherstellung: der Weg zurück.</translation>
    </message>
    <message>
        <source>&amp;Delete Backup</source>
        <translation>Sicherung &amp;löschen</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ChooseBackupPage</name>
    <message>
        <source>Choose a Backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <source>Restore from this database&apos;s backup history, or from any backup file, for example one downloaded from a web admin page. You can drop a file on this page.</source>
        <translation>Aus dem Sicherungsverlauf dieser Datenbank wiederherstellen oder aus einer beliebigen Sicherungsdatei, etwa einer von einer Web-Verwaltungsseite heruntergeladenen. Sie können eine Datei auf diese Seite ziehen.</translation>
    </message>
    <message>
        <source>From the &amp;history</source>
        <translation>Aus dem &amp;Verlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>From a &amp;file</source>
        <translation>Aus einer &amp;Datei</translation>
    </message>
    <message>
        <source>Path of a backup file, or drop one here</source>
        <translation>Pfad einer Sicherungsdatei, oder hierher ziehen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a Backup File</source>
        <translation>Sicherungsdatei auswählen</translation>
    </message>
    <message>
        <source>Databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ChooseFilePage</name>
    <message>
        <source>Choose the Database</source>
        <translation>Datenbank wählen</translation>
    </message>
    <message>
        <source>Strongroom can encrypt a plain SQLite file, remove the encryption, change the key, or move a file made by an older SQLCipher to today&apos;s settings.</source>
        <translation>Strongroom kann eine unverschlüsselte SQLite-Datei verschlüsseln, die Verschlüsselung entfernen, den Schlüssel ändern oder eine mit einem älteren SQLCipher erstellte Datei auf die heutigen Einstellungen bringen.</translation>
    </message>
    <message>
        <source>The file is never changed in place: Strongroom writes a new file next to it, checks it, and only then swaps it in. The original is kept under a new name until you delete it.</source>
        <translation>Die Datei wird nie an Ort und Stelle verändert: Strongroom schreibt daneben eine neue Datei, prüft sie und tauscht sie erst dann ein. Das Original bleibt unter einem neuen Namen erhalten, bis Sie es löschen.</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Datenbankdatei:</translation>
    </message>
    <message>
        <source>/path/to/database.db</source>
        <translation>/pfad/zur/datenbank.db</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>Choose a Database</source>
        <translation>Datenbank wählen</translation>
    </message>
    <message>
        <source>Databases (*.db *.sqlite *.sqlite3 *.db3 *.sqlcipher)</source>
        <translation>Datenbanken (*.db *.sqlite *.sqlite3 *.db3 *.sqlcipher)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ComparisonModel</name>
    <message>
        <source>(no such table)</source>
        <translation>(Tabelle fehlt)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Live rows</source>
        <translation>Zeilen aktuell</translation>
    </message>
    <message>
        <source>Backup rows</source>
        <translation>Zeilen Sicherung</translation>
    </message>
    <message>
        <source>Backup − live</source>
        <translation>Sicherung − aktuell</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ComparisonPage</name>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>What the database holds now and what it will hold after the restore, table by table.</source>
        <translation>Was die Datenbank jetzt enthält und was sie nach der Wiederherstellung enthalten wird, Tabelle für Tabelle.</translation>
    </message>
    <message>
        <source>%1 does not exist yet; the restore creates it.</source>
        <translation>%1 existiert noch nicht; die Wiederherstellung legt sie an.</translation>
    </message>
    <message>
        <source>The backup was made with another key; the restored database gets the live key.</source>
        <translation>Die Sicherung wurde mit einem anderen Schlüssel erstellt; die wiederhergestellte Datenbank erhält den aktuellen Schlüssel.</translation>
    </message>
    <message>
        <source>The backup uses %1 cipher settings and the live database %2; the restored database keeps the backup&apos;s settings.</source>
        <translation>Die Sicherung verwendet die Verschlüsselungseinstellungen %1, die aktuelle Datenbank %2; die wiederhergestellte Datenbank behält die Einstellungen der Sicherung.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ComparisonView</name>
    <message>
        <source>does not exist yet</source>
        <translation>existiert noch nicht</translation>
    </message>
    <message>
        <source>Live database</source>
        <translation>Aktuelle Datenbank</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ConfirmRestorePage</name>
    <message>
        <source>Replace the Database</source>
        <translation>Datenbank ersetzen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database &lt;b&gt;%1&lt;/b&gt; will be replaced by the backup &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;First, the current database is kept, exactly as it is, in the history folder &lt;b&gt;%3&lt;/b&gt; as &lt;b&gt;%4&lt;/b&gt; (named after the time of the restore), tagged &lt;i&gt;pre-restore&lt;/i&gt;: with it, this restore can be undone. Pruning leaves pre-restore backups alone.&lt;/p&gt;&lt;p&gt;The restored copy is written beside the database, verified and then swapped in at once; if anything fails, the current database stays as it is. Applications using the database must be closed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Datenbank &lt;b&gt;%1&lt;/b&gt; wird durch die Sicherung &lt;b&gt;%2&lt;/b&gt; ersetzt.&lt;/p&gt;&lt;p&gt;Zuerst wird die aktuelle Datenbank unverändert im Sicherungsordner &lt;b&gt;%3&lt;/b&gt; als &lt;b&gt;%4&lt;/b&gt; aufbewahrt (benannt nach dem Zeitpunkt der Wiederherstellung) und als &lt;i&gt;pre-restore&lt;/i&gt; markiert: damit lässt sich diese Wiederherstellung rückgängig machen. Das Aufräumen lässt solche Sicherungen stehen.&lt;/p&gt;&lt;p&gt;Die wiederhergestellte Kopie wird neben die Datenbank geschrieben, geprüft und dann in einem Schritt eingesetzt; schlägt etwas fehl, bleibt die aktuelle Datenbank, wie sie ist. Anwendungen, die die Datenbank benutzen, müssen geschlossen sein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database &lt;b&gt;%1&lt;/b&gt; will be created from the backup &lt;b&gt;%2&lt;/b&gt;. There is no current database, so no pre-restore backup is made.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Datenbank &lt;b&gt;%1&lt;/b&gt; wird aus der Sicherung &lt;b&gt;%2&lt;/b&gt; angelegt. Es gibt keine aktuelle Datenbank, daher wird vorher keine Sicherung erstellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Restore&lt;/b&gt; to go ahead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klicken Sie auf &lt;b&gt;Wiederherstellen&lt;/b&gt;, um fortzufahren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The last step before anything is changed.</source>
        <translation>Der letzte Schritt, bevor etwas verändert wird.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ConversionWizard</name>
    <message>
        <source>Encrypt or Convert a Database</source>
        <translation>Datenbank verschlüsseln oder umwandeln</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::DatabaseDashboard</name>
    <message>
        <source>Filter tables and indexes</source>
        <translation>Tabellen und Indizes filtern</translation>
    </message>
    <message>
        <source>Stop counting</source>
        <translation>Zählen beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren …</translation>
    </message>
    <message>
        <source>Opening %1… Each set of cipher settings tried costs one key derivation, so this can take a few seconds.</source>
        <translation>%1 wird geöffnet … Jeder Versuch mit anderen Verschlüsselungseinstellungen kostet eine Schlüsselableitung; das kann einige Sekunden dauern.</translation>
    </message>
    <message>
        <source>%1 is closed while it is being restored.</source>
        <translation>%1 ist geschlossen, solange sie wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>Try &amp;Again…</source>
        <translation>&amp;Erneut versuchen …</translation>
    </message>
    <message>
        <source>Opened with %1 settings. Files made with older SQLCipher versions use weaker key derivation than SQLCipher 4; consider migrating this file.</source>
        <translation>Mit den Einstellungen von %1 geöffnet. Dateien älterer SQLCipher-Versionen nutzen eine schwächere Schlüsselableitung als SQLCipher 4; erwägen Sie, diese Datei zu migrieren.</translation>
    </message>
    <message>
        <source>Enter &amp;Key…</source>
        <translation>&amp;Schlüssel eingeben …</translation>
    </message>
    <message>
        <source>Counting rows and measuring tables…</source>
        <translation>Zeilen werden gezählt und Tabellen vermessen …</translation>
    </message>
    <message>
        <source>Counting stopped; the numbers shown are complete for the tables listed.</source>
        <translation>Zählen beendet; die gezeigten Zahlen sind für die aufgeführten Tabellen vollständig.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) measured…</source>
        <translation>
            <numerusform>%n Tabelle vermessen …</numerusform>
            <numerusform>%n Tabellen vermessen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Table Statistics</source>
        <translation>Tabellenstatistik exportieren</translation>
    </message>
    <message>
        <source>%1: cannot write the export: %2</source>
        <translation>%1: Der Export kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Encr&amp;yption…</source>
        <translation>&amp;Verschlüsselung …</translation>
    </message>
    <message>
        <source>Encrypt, decrypt, change the key or migrate this file with the conversion wizard.</source>
        <translation>Diese Datei mit dem Umwandlungsassistenten verschlüsseln, entschlüsseln, neu verschlüsseln oder migrieren.</translation>
    </message>
    <message>
        <source>&amp;Migrate to SQLCipher 4…</source>
        <translation>Nach SQLCipher 4 &amp;migrieren …</translation>
    </message>
    <message>
        <source>&amp;Encrypt This File…</source>
        <translation>Diese Datei v&amp;erschlüsseln …</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>Gesamtgröße</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>SQLCipher / SQLite</source>
        <translation>SQLCipher / SQLite</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>Free pages</source>
        <translation>Freie Seiten</translation>
    </message>
    <message>
        <source>age %1 · %2</source>
        <translation>Alter %1 · %2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>database %1 + WAL %2</source>
        <translation>Datenbank %1 + WAL %2</translation>
    </message>
    <message>
        <source>%1 pages of %2 bytes</source>
        <translation>%1 Seiten zu %2 Byte</translation>
    </message>
    <message>
        <source>%1, %2 iterations, %3, page %4 bytes, %5 key</source>
        <translation>%1, %2 Iterationen, %3, Seite %4 Byte, %5-Schlüssel</translation>
    </message>
    <message>
        <source>no HMAC</source>
        <translation>kein HMAC</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrasen</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Anyone who can read the file can read the data.</source>
        <translation>Wer die Datei lesen kann, kann die Daten lesen.</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The file system does not record birth times.</source>
        <translation>Das Dateisystem speichert keine Erstellungszeiten.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No backup in this database&apos;s history folder.</source>
        <translation>Keine Sicherung im Verlaufsordner dieser Datenbank.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Reading the backup history…</source>
        <translation>Sicherungsverlauf wird gelesen…</translation>
    </message>
    <message>
        <source>%1 reclaimable by VACUUM</source>
        <translation>%1 durch VACUUM zurückzugewinnen</translation>
    </message>
    <message>
        <source>Largest tables (MiB)</source>
        <translation>Größte Tabellen (MiB)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Space in the file</source>
        <translation>Platz in der Datei</translation>
    </message>
    <message>
        <source>Used %1</source>
        <translation>Belegt %1</translation>
    </message>
    <message>
        <source>Free %1</source>
        <translation>Frei %1</translation>
    </message>
    <message>
        <source>WAL %1</source>
        <translation>WAL %1</translation>
    </message>
    <message numerus="yes">
        <source>An interrupted conversion of this file left %n temp file(s) beside it: %1. They are incomplete copies made by Strongroom; the database itself is intact. Removing them frees the space.</source>
        <translation>
            <numerusform>Eine abgebrochene Umwandlung dieser Datei hat %n temporäre Datei daneben hinterlassen: %1. Es ist eine unvollständige Kopie von Strongroom; die Datenbank selbst ist unversehrt. Entfernen gibt den Platz frei.</numerusform>
            <numerusform>Eine abgebrochene Umwandlung dieser Datei hat %n temporäre Dateien daneben hinterlassen: %1. Es sind unvollständige Kopien von Strongroom; die Datenbank selbst ist unversehrt. Entfernen gibt den Platz frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove &amp;Leftover Files</source>
        <translation>Über&amp;reste entfernen</translation>
    </message>
    <message>
        <source>The leftover temp files were removed.</source>
        <translation>Die übrig gebliebenen temporären Dateien wurden entfernt.</translation>
    </message>
    <message>
        <source>Could not remove: %1</source>
        <translation>Konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::TableCharts</name>
    <message>
        <source>Largest tables (MiB)</source>
        <translation>Größte Tabellen (MiB)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Space in the file</source>
        <translation>Platz in der Datei</translation>
    </message>
    <message>
        <source>Used %1</source>
        <translation>Belegt %1</translation>
    </message>
    <message>
        <source>Free %1</source>
        <translation>Frei %1</translation>
    </message>
    <message>
        <source>WAL %1</source>
        <translation>WAL %1</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::LeftoverTempsBanner</name>
    <message numerus="yes">
        <source>An interrupted conversion of this file left %n temp file(s) beside it: %1. They are incomplete copies made by Strongroom; the database itself is intact. Removing them frees the space.</source>
        <translation>
            <numerusform>Eine abgebrochene Umwandlung dieser Datei hat %n temporäre Datei daneben hinterlassen: %1. Es ist eine unvollständige Kopie von Strongroom; die Datenbank selbst ist unversehrt. Entfernen gibt den Platz frei.</numerusform>
            <numerusform>Eine abgebrochene Umwandlung dieser Datei hat %n temporäre Dateien daneben hinterlassen: %1. Es sind unvollständige Kopien von Strongroom; die Datenbank selbst ist unversehrt. Entfernen gibt den Platz frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove &amp;Leftover Files</source>
        <translation>Über&amp;reste entfernen</translation>
    </message>
    <message>
        <source>The leftover temp files were removed.</source>
        <translation>Die übrig gebliebenen temporären Dateien wurden entfernt.</translation>
    </message>
    <message>
        <source>Could not remove: %1</source>
        <translation>Konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::DashboardFacts</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>Gesamtgröße</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>SQLCipher / SQLite</source>
        <translation>SQLCipher / SQLite</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>Free pages</source>
        <translation>Freie Seiten</translation>
    </message>
    <message>
        <source>age %1 · %2</source>
        <translation>Alter %1 · %2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>database %1 + WAL %2</source>
        <translation>Datenbank %1 + WAL %2</translation>
    </message>
    <message>
        <source>%1 pages of %2 bytes</source>
        <translation>%1 Seiten zu %2 Byte</translation>
    </message>
    <message>
        <source>%1, %2 iterations, %3, page %4 bytes, %5 key</source>
        <translation>%1, %2 Iterationen, %3, Seite %4 Byte, %5-Schlüssel</translation>
    </message>
    <message>
        <source>no HMAC</source>
        <translation>kein HMAC</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrasen</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Anyone who can read the file can read the data.</source>
        <translation>Wer die Datei lesen kann, kann die Daten lesen.</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The file system does not record birth times.</source>
        <translation>Das Dateisystem speichert keine Erstellungszeiten.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No backup in this database&apos;s history folder.</source>
        <translation>Keine Sicherung im Verlaufsordner dieser Datenbank.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Reading the backup history…</source>
        <translation>Sicherungsverlauf wird gelesen…</translation>
    </message>
    <message>
        <source>%1 reclaimable by VACUUM</source>
        <translation>%1 durch VACUUM zurückzugewinnen</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::DatabasesPage</name>
    <message>
        <source>&lt;h2&gt;No database open&lt;/h2&gt;&lt;p&gt;Open a SQLCipher or SQLite database to see its encryption settings, size, tables and row counts. You can also drop a file on this window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Keine Datenbank geöffnet&lt;/h2&gt;&lt;p&gt;Öffnen Sie eine SQLCipher- oder SQLite-Datenbank, um ihre Verschlüsselungseinstellungen, Größe, Tabellen und Zeilenzahlen zu sehen. Sie können eine Datei auch auf dieses Fenster ziehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Encrypt or Convert a File…</source>
        <translation>Datei &amp;verschlüsseln oder umwandeln …</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Mit &amp;PostgreSQL verbinden …</translation>
    </message>
    <message>
        <source>%1 (PostgreSQL)</source>
        <translation>%1 (PostgreSQL)</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::DiagnosisPage</name>
    <message>
        <source>page size %1 bytes, %2 KDF iterations (%3), %4, plaintext header %5 bytes</source>
        <translation>Seitengröße %1 Byte, %2 KDF-Iterationen (%3), %4, Klartext-Header %5 Byte</translation>
    </message>
    <message>
        <source>no HMAC</source>
        <translation>kein HMAC</translation>
    </message>
    <message>
        <source>What Strongroom Found</source>
        <translation>Was Strongroom gefunden hat</translation>
    </message>
    <message>
        <source>Strongroom reads the file without changing it and finds out how it is encrypted.</source>
        <translation>Strongroom liest die Datei, ohne sie zu verändern, und stellt fest, wie sie verschlüsselt ist.</translation>
    </message>
    <message>
        <source>Current &amp;key:</source>
        <translation>Aktueller &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Passphrase, or x&apos;…&apos; for a raw key</source>
        <translation>Passphrase oder x&apos;…&apos; für einen Rohschlüssel</translation>
    </message>
    <message>
        <source>&amp;Try This Key</source>
        <translation>Schlüssel &amp;probieren</translation>
    </message>
    <message>
        <source>Reading %1… Each set of cipher settings tried costs one key derivation, so this can take a few seconds.</source>
        <translation>%1 wird gelesen… Jeder Satz ausprobierter Verschlüsselungseinstellungen kostet eine Schlüsselableitung, das kann einige Sekunden dauern.</translation>
    </message>
    <message>
        <source>Size: %1%2</source>
        <translation>Größe: %1%2</translation>
    </message>
    <message>
        <source> plus %1 of write-ahead log</source>
        <translation> plus %1 Write-Ahead-Log</translation>
    </message>
    <message>
        <source>Journal mode: %1</source>
        <translation>Journalmodus: %1</translation>
    </message>
    <message>
        <source>Encryption: %1 (%2), %3 key</source>
        <translation>Verschlüsselung: %1 (%2), Schlüssel: %3</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>Rohschlüssel</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encrypted with SQLCipher 4 settings.&lt;/b&gt; The key is correct.</source>
        <translation>&lt;b&gt;Mit SQLCipher-4-Einstellungen verschlüsselt.&lt;/b&gt; Der Schlüssel ist richtig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encrypted with %1 settings.&lt;/b&gt; The key is correct. These settings derive the key more weakly than SQLCipher 4; migrating the file is recommended.</source>
        <translation>&lt;b&gt;Mit %1-Einstellungen verschlüsselt.&lt;/b&gt; Der Schlüssel ist richtig. Diese Einstellungen leiten den Schlüssel schwächer ab als SQLCipher 4; eine Migration der Datei wird empfohlen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A plain SQLite database: not encrypted.&lt;/b&gt; Anyone who can read the file can read its data. Encrypting it is recommended.</source>
        <translation>&lt;b&gt;Eine einfache SQLite-Datenbank: nicht verschlüsselt.&lt;/b&gt; Wer die Datei lesen kann, kann ihre Daten lesen. Verschlüsseln wird empfohlen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file looks encrypted.&lt;/b&gt; Enter its current key to go on.</source>
        <translation>&lt;b&gt;Die Datei scheint verschlüsselt zu sein.&lt;/b&gt; Geben Sie ihren aktuellen Schlüssel ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key does not open this file&lt;/b&gt; with SQLCipher 4, 3, 2 or 1 settings. Check the key and try again.</source>
        <translation>&lt;b&gt;Der Schlüssel öffnet diese Datei nicht&lt;/b&gt;, weder mit SQLCipher-4- noch mit 3-, 2- oder 1-Einstellungen. Prüfen Sie den Schlüssel und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be converted.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Diese Datei kann nicht umgewandelt werden.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The file or its folder is read-only: the conversion writes a new file in the same folder, so it will fail unless the folder becomes writable.</source>
        <translation>Die Datei oder ihr Ordner ist schreibgeschützt: Die Umwandlung schreibt eine neue Datei in denselben Ordner und schlägt daher fehl, solange der Ordner nicht beschreibbar ist.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Libraries, tools and system support that Strongroom uses:</source>
        <translation>Bibliotheken, Werkzeuge und Systemfunktionen, die Strongroom nutzt:</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation>Wird ermittelt …</translation>
    </message>
    <message>
        <source>Missing pieces, what they disable and how to get them:</source>
        <translation>Was fehlt, was dadurch nicht geht und wie Sie es bekommen:</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Disables</source>
        <translation>Schaltet ab</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::HeaderBackupFileDialog</name>
    <message>
        <source>Back Up Header</source>
        <translation>Header sichern</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::InPlaceDialog</name>
    <message>
        <source>Encrypt %1 in Place</source>
        <translation>%1 an Ort und Stelle verschlüsseln</translation>
    </message>
    <message>
        <source>Decrypt %1 in Place</source>
        <translation>%1 an Ort und Stelle entschlüsseln</translation>
    </message>
    <message>
        <source>The encryption of %1 was interrupted. Give the key it was started with and it continues where it stopped.</source>
        <translation>Die Verschlüsselung von %1 wurde unterbrochen. Geben Sie den Schlüssel an, mit dem sie begonnen wurde, dann geht sie dort weiter, wo sie stehen blieb.</translation>
    </message>
    <message>
        <source>The decryption of %1 was interrupted. Give the key it was started with and it continues where it stopped.</source>
        <translation>Die Entschlüsselung von %1 wurde unterbrochen. Geben Sie den Schlüssel an, mit dem sie begonnen wurde, dann geht sie dort weiter, wo sie stehen blieb.</translation>
    </message>
    <message>
        <source>%1 is encrypted where it is, offline, chunk by chunk: the file grows by 32 MiB for the LUKS2 header and the data moves up behind it. An interruption (even a crash) can be resumed. Nothing must use the file meanwhile.</source>
        <translation>%1 wird an Ort und Stelle, offline und Stück für Stück verschlüsselt: Die Datei wächst um 32 MiB für den LUKS2-Header, und die Daten rücken dahinter. Eine Unterbrechung (auch ein Absturz) lässt sich fortsetzen. Solange darf nichts die Datei benutzen.</translation>
    </message>
    <message>
        <source>%1 is decrypted where it is, offline: afterwards it holds its data unencrypted, every key slot is gone, and the file shrinks back to its plain size.</source>
        <translation>%1 wird an Ort und Stelle offline entschlüsselt: Danach liegen die Daten unverschlüsselt darin, alle Schlüsselplätze sind fort, und die Datei schrumpft auf ihre Klartextgröße.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Nothing uses %1 now, and I have a copy of anything I cannot lose.</source>
        <translation>Nichts benutzt %1 gerade, und von allem, was ich nicht verlieren darf, habe ich eine Kopie.</translation>
    </message>
    <message>
        <source>I understand that %1 will hold its data unencrypted.</source>
        <translation>Mir ist klar, dass %1 seine Daten danach unverschlüsselt enthält.</translation>
    </message>
    <message>
        <source>Resume Encryption</source>
        <translation>Verschlüsselung fortsetzen</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>Resume Decryption</source>
        <translation>Entschlüsselung fortsetzen</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Entschlüsseln</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::JobProgressDialog</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n min</numerusform>
            <numerusform>noch etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Fertig nach %1 s.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Cancel this step?</source>
        <translation>Diesen Schritt abbrechen?</translation>
    </message>
    <message>
        <source>The running step changes data in place. Cancelling now stops it at a safe point, and the report will say which state it left. Cancel anyway?</source>
        <translation>Der laufende Schritt verändert Daten direkt. Ein Abbruch hält ihn an einem sicheren Punkt an, und der Bericht nennt den hinterlassenen Zustand. Trotzdem abbrechen?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message numerus="yes">
        <source>cannot be stopped; ends in about %n s</source>
        <translation>
            <numerusform>nicht unterbrechbar; endet in etwa %n s</numerusform>
            <numerusform>nicht unterbrechbar; endet in etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: the running step cannot be stopped; it ends in about %n s, then the job stops.</source>
        <translation>
            <numerusform>Wird abgebrochen: Der laufende Schritt ist nicht unterbrechbar; er endet in etwa %n s, danach hält die Aufgabe an.</numerusform>
            <numerusform>Wird abgebrochen: Der laufende Schritt ist nicht unterbrechbar; er endet in etwa %n s, danach hält die Aufgabe an.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 von %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::JobsIndicator</name>
    <message>
        <source>No jobs running</source>
        <translation>Keine laufenden Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Aufgabe läuft</numerusform>
            <numerusform>%n Aufgaben laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the progress of running jobs</source>
        <translation>Fortschritt der laufenden Aufgaben anzeigen</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::KeyDialog</name>
    <message>
        <source>Key for %1</source>
        <translation>Schlüssel für %1</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its key.</source>
        <translation>%1 ist verschlüsselt. Geben Sie den Schlüssel ein.</translation>
    </message>
    <message>
        <source>Passphrase, or x&apos;…&apos; for a raw key</source>
        <translation>Passphrase, oder x&apos;…&apos; für einen Rohschlüssel</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>or a key file</source>
        <translation>oder eine Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>Remember the key in the desktop &amp;keyring</source>
        <translation>Schlüssel im &amp;Schlüsselbund der Arbeitsumgebung merken</translation>
    </message>
    <message>
        <source>No desktop keyring is running, so the key cannot be remembered. Strongroom never stores keys anywhere else.</source>
        <translation>Es läuft kein Schlüsselbund der Arbeitsumgebung, daher kann der Schlüssel nicht gemerkt werden. Strongroom speichert Schlüssel nie anderswo.</translation>
    </message>
    <message>
        <source>&amp;Advanced: custom cipher settings</source>
        <translation>&amp;Erweitert: eigene Verschlüsselungseinstellungen</translation>
    </message>
    <message>
        <source>Only for files made with settings other than SQLCipher 4, 3, 2 or 1 defaults; those are tried automatically.</source>
        <translation>Nur für Dateien, die mit anderen als den Standardeinstellungen von SQLCipher 4, 3, 2 oder 1 erstellt wurden; diese werden automatisch versucht.</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>KDF iterations:</source>
        <translation>KDF-Iterationen:</translation>
    </message>
    <message>
        <source>HMAC algorithm:</source>
        <translation>HMAC-Algorithmus:</translation>
    </message>
    <message>
        <source>KDF algorithm:</source>
        <translation>KDF-Algorithmus:</translation>
    </message>
    <message>
        <source>Plaintext header bytes:</source>
        <translation>Klartext-Header (Byte):</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::KeySlotDialog</name>
    <message>
        <source>Add a key to %1</source>
        <translation>Schlüssel zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>A key that opens it:</source>
        <translation>Ein Schlüssel, der es öffnet:</translation>
    </message>
    <message>
        <source>Change a key of %1</source>
        <translation>Schlüssel von %1 ändern</translation>
    </message>
    <message>
        <source>Change Key</source>
        <translation>Schlüssel ändern</translation>
    </message>
    <message>
        <source>Current key:</source>
        <translation>Aktueller Schlüssel:</translation>
    </message>
    <message>
        <source>Remove a key slot of %1</source>
        <translation>Schlüsselplatz von %1 entfernen</translation>
    </message>
    <message>
        <source>Remove Slot</source>
        <translation>Platz entfernen</translation>
    </message>
    <message>
        <source>Key of a slot that stays:</source>
        <translation>Schlüssel eines bleibenden Platzes:</translation>
    </message>
    <message>
        <source>Retune a key slot of %1</source>
        <translation>Schlüsselplatz von %1 neu abstimmen</translation>
    </message>
    <message>
        <source>Retune Slot</source>
        <translation>Platz neu abstimmen</translation>
    </message>
    <message>
        <source>Key of this slot:</source>
        <translation>Schlüssel dieses Platzes:</translation>
    </message>
    <message>
        <source>Slot %1 (%2)</source>
        <translation>Platz %1 (%2)</translation>
    </message>
    <message>
        <source>Slot to remove:</source>
        <translation>Zu entfernender Platz:</translation>
    </message>
    <message>
        <source>Slot to retune:</source>
        <translation>Neu abzustimmender Platz:</translation>
    </message>
    <message>
        <source>Prove</source>
        <translation>Nachweisen</translation>
    </message>
    <message>
        <source>Unlocks the volume with this key (nothing is changed) to show that it opens another slot.</source>
        <translation>Entsperrt das Volume mit diesem Schlüssel (ohne etwas zu ändern), um zu zeigen, dass er einen anderen Platz öffnet.</translation>
    </message>
    <message>
        <source>e.g. operational, recovery, alice</source>
        <translation>z. B. operational, recovery, alice</translation>
    </message>
    <message>
        <source>Name of the new slot:</source>
        <translation>Name des neuen Platzes:</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key derivation</source>
        <translation>Schlüsselableitung</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>last slot that opens the volume: never removed</source>
        <translation>letzter Platz, der das Volume öffnet: wird nie entfernt</translation>
    </message>
    <message>
        <source>I understand that the key of slot %1 will no longer open this volume.</source>
        <translation>Mir ist klar, dass der Schlüssel von Platz %1 dieses Volume dann nicht mehr öffnet.</translation>
    </message>
    <message>
        <source>Slot %1 is the last slot that opens this volume. Strongroom never removes it: add another key first.</source>
        <translation>Platz %1 ist der letzte Platz, der dieses Volume öffnet. Strongroom entfernt ihn nie: Fügen Sie zuerst einen weiteren Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>Before slot %1 goes, prove that a different key opens another slot: type that key and press Prove. The key of slot %1 itself does not count.</source>
        <translation>Bevor Platz %1 entfernt wird, weisen Sie nach, dass ein anderer Schlüssel einen anderen Platz öffnet: Geben Sie diesen Schlüssel ein und drücken Sie „Nachweisen“. Der Schlüssel von Platz %1 selbst zählt nicht.</translation>
    </message>
    <message>
        <source>Trying the key on the other slots…</source>
        <translation>Der Schlüssel wird an den anderen Plätzen versucht …</translation>
    </message>
    <message>
        <source>✓ This key opens slot %1, so slot %2 may go.</source>
        <translation>✓ Dieser Schlüssel öffnet Platz %1, also darf Platz %2 entfernt werden.</translation>
    </message>
    <message>
        <source>Working… (each key derivation takes as long as an unlock)</source>
        <translation>In Arbeit … (jede Schlüsselableitung dauert so lange wie ein Entsperren)</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::MainWindow</name>
    <message>
        <source>Strongroom</source>
        <translation>Strongroom</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Leistungsmessung</translation>
    </message>
    <message>
        <source>What encryption costs on this machine, and Strongroom&apos;s own throughput against the reference tools, with baselines and thresholds.</source>
        <translation>Was Verschlüsselung auf diesem Rechner kostet, und Strongrooms eigener Durchsatz im Vergleich mit den Referenzwerkzeugen, mit Bezugswerten und Schwellen.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Checksum of a File…</source>
        <translation>&amp;Prüfsumme einer Datei …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnose …</translation>
    </message>
    <message>
        <source>&amp;About Strongroom</source>
        <translation>Ü&amp;ber Strongroom</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checksum of a File</source>
        <translation>Prüfsumme einer Datei</translation>
    </message>
    <message>
        <source>About Strongroom</source>
        <translation>Über Strongroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Strongroom %1&lt;/h3&gt;&lt;p&gt;A management console for data encrypted at rest: SQLCipher databases, their backups, and LUKS2 volumes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Strongroom %1&lt;/h3&gt;&lt;p&gt;Eine Verwaltungskonsole für ruhend verschlüsselte Daten: SQLCipher-Datenbanken, ihre Sicherungen und LUKS2-Volumes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Mit &amp;PostgreSQL verbinden …</translation>
    </message>
    <message>
        <source>%1 (and %2 more: strongroom-cli status lists them)</source>
        <translation>%1 (und %2 weitere: strongroom-cli status listet sie auf)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::NewKeyPage</name>
    <message>
        <source>The New Key</source>
        <translation>Der neue Schlüssel</translation>
    </message>
    <message>
        <source>Whoever has this key can read the database, and without it nobody can, not even Strongroom. Print the recovery sheet or store the key in a password manager before you go on.</source>
        <translation>Wer diesen Schlüssel hat, kann die Datenbank lesen, und ohne ihn niemand, auch Strongroom nicht. Drucken Sie das Wiederherstellungsblatt oder legen Sie den Schlüssel in einem Passwortmanager ab, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>&amp;Type a passphrase</source>
        <translation>&amp;Passphrase eingeben</translation>
    </message>
    <message>
        <source>&amp;Generate a passphrase of words</source>
        <translation>Passphrase aus Wörtern &amp;erzeugen</translation>
    </message>
    <message>
        <source>Generate a random &amp;raw key (64 hex digits)</source>
        <translation>Zufälligen &amp;Rohschlüssel erzeugen (64 Hex-Ziffern)</translation>
    </message>
    <message>
        <source>Passphrase, or x&apos;…&apos; for a raw key</source>
        <translation>Passphrase oder x&apos;…&apos; für einen Rohschlüssel</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Neuer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source> words</source>
        <translation> Wörter</translation>
    </message>
    <message>
        <source>Generate &amp;Another</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Type the new key again</source>
        <translation>Neuen Schlüssel noch einmal eingeben</translation>
    </message>
    <message>
        <source>Confir&amp;m:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Also store the key in the desktop keyr&amp;ing</source>
        <translation>Schlüssel auch im Schlüsselbund des Desktops spe&amp;ichern</translation>
    </message>
    <message>
        <source>&amp;Save Recovery Sheet as PDF…</source>
        <translation>Wiederherstellungsblatt als PDF spei&amp;chern …</translation>
    </message>
    <message>
        <source>&amp;Print Recovery Sheet…</source>
        <translation>Wiederherstellungsblatt &amp;drucken …</translation>
    </message>
    <message>
        <source>Very weak: about %1 bits. An attacker with the file can guess it.</source>
        <translation>Sehr schwach: etwa %1 Bit. Wer die Datei hat, kann ihn erraten.</translation>
    </message>
    <message>
        <source>Weak: about %1 bits. Use more words or characters.</source>
        <translation>Schwach: etwa %1 Bit. Verwenden Sie mehr Wörter oder Zeichen.</translation>
    </message>
    <message>
        <source>Good: about %1 bits.</source>
        <translation>Gut: etwa %1 Bit.</translation>
    </message>
    <message>
        <source>Strong: about %1 bits.</source>
        <translation>Stark: etwa %1 Bit.</translation>
    </message>
    <message>
        <source>The two entries match.</source>
        <translation>Die beiden Eingaben stimmen überein.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben unterscheiden sich.</translation>
    </message>
    <message>
        <source>Save Recovery Sheet</source>
        <translation>Wiederherstellungsblatt speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>-recovery-sheet.pdf</source>
        <translation>-wiederherstellungsblatt.pdf</translation>
    </message>
    <message>
        <source>Recovery sheet saved as %1.</source>
        <translation>Wiederherstellungsblatt als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Not available: no Secret Service or KWallet is running. Strongroom never stores keys anywhere else.</source>
        <translation>Nicht verfügbar: Weder Secret Service noch KWallet läuft. Strongroom speichert Schlüssel nirgendwo sonst.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::SecretLineEdit</name>
    <message>
        <source>Secret entry; the text is not shown</source>
        <translation>Geheime Eingabe; der Text wird nicht angezeigt</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::NewPassphraseField</name>
    <message>
        <source>Generate Words</source>
        <translation>Wörter erzeugen</translation>
    </message>
    <message>
        <source>Six random words from a list of 2048 (66 bits): easy to type, hard to guess.</source>
        <translation>Sechs zufällige Wörter aus einer Liste von 2048 (66 Bit): leicht zu tippen, schwer zu erraten.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Type a passphrase or generate one.</source>
        <translation>Geben Sie eine Passphrase ein oder erzeugen Sie eine.</translation>
    </message>
    <message>
        <source>Weak (about %1 bits): easy to guess.</source>
        <translation>Schwach (etwa %1 Bit): leicht zu erraten.</translation>
    </message>
    <message>
        <source>Fair (about %1 bits).</source>
        <translation>Mittel (etwa %1 Bit).</translation>
    </message>
    <message>
        <source>Good (about %1 bits).</source>
        <translation>Gut (etwa %1 Bit).</translation>
    </message>
    <message>
        <source>Strong (about %1 bits).</source>
        <translation>Stark (etwa %1 Bit).</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::OpenVolumeDialog</name>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Passphrase, or x&apos;…&apos; for a raw key</source>
        <translation>Passphrase oder x&apos;…&apos; für einen Rohschlüssel</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>%1 is unlocked by udisks2, the system&apos;s disk service, which may ask you to authorise it first. The key goes to udisks2 only, and is not stored anywhere.</source>
        <translation>%1 wird von udisks2, dem Datenträgerdienst des Systems, entsperrt; er fragt eventuell vorher nach einer Berechtigung. Der Schlüssel geht nur an udisks2 und wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Read-only (nothing on the volume can be changed)</source>
        <translation>Schreibgeschützt (auf dem Volume lässt sich nichts ändern)</translation>
    </message>
    <message>
        <source>%1 is unlocked and mapped as a device by strongroom-helper, which your system asks you to authorise first. The key goes to the helper only, and is not stored anywhere.</source>
        <translation>%1 wird von strongroom-helper entsperrt und als Gerät eingebunden; Ihr System fragt vorher nach einer Berechtigung. Der Schlüssel geht nur an den Helfer und wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Mapping name:</source>
        <translation>Name der Zuordnung:</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Bis zu 64 Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>/dev/mapper/%1 is in use already; choose another name.</source>
        <translation>/dev/mapper/%1 ist bereits belegt; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The volume will appear as /dev/mapper/%1.</source>
        <translation>Das Volume erscheint als /dev/mapper/%1.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::OperationPage</name>
    <message>
        <source>Choose the Operation</source>
        <translation>Vorgang wählen</translation>
    </message>
    <message>
        <source>Only the operations that make sense for this file can be chosen.</source>
        <translation>Nur die Vorgänge, die für diese Datei sinnvoll sind, können gewählt werden.</translation>
    </message>
    <message>
        <source>&amp;Encrypt the file</source>
        <translation>Datei v&amp;erschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Decrypt the file (remove the encryption)</source>
        <translation>Datei en&amp;tschlüsseln (Verschlüsselung entfernen)</translation>
    </message>
    <message>
        <source>Change the &amp;key</source>
        <translation>&amp;Schlüssel ändern</translation>
    </message>
    <message>
        <source>&amp;Migrate or change the settings</source>
        <translation>&amp;Migrieren oder Einstellungen ändern</translation>
    </message>
    <message>
        <source>I &amp;understand that after decrypting, anyone who can read the file can read all of its data.</source>
        <translation>Ich &amp;verstehe, dass nach dem Entschlüsseln jeder, der die Datei lesen kann, alle ihre Daten lesen kann.</translation>
    </message>
    <message>
        <source>Also &amp;change the key</source>
        <translation>Auch den Schlüssel ä&amp;ndern</translation>
    </message>
    <message>
        <source>Not available: the file is already encrypted.</source>
        <translation>Nicht verfügbar: Die Datei ist bereits verschlüsselt.</translation>
    </message>
    <message>
        <source>Writes an encrypted copy with a new key and swaps it in.</source>
        <translation>Schreibt eine verschlüsselte Kopie mit einem neuen Schlüssel und tauscht sie ein.</translation>
    </message>
    <message>
        <source>Writes a plain SQLite copy that any SQLite tool can read without a key. Only for data that needs no protection.</source>
        <translation>Schreibt eine unverschlüsselte SQLite-Kopie, die jedes SQLite-Werkzeug ohne Schlüssel lesen kann. Nur für Daten, die keinen Schutz brauchen.</translation>
    </message>
    <message>
        <source>Not available: the file is not encrypted.</source>
        <translation>Nicht verfügbar: Die Datei ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Re-encrypts every page with a new passphrase or raw key; the settings stay %1.</source>
        <translation>Verschlüsselt jede Seite mit einer neuen Passphrase oder einem neuen Rohschlüssel; die Einstellungen bleiben %1.</translation>
    </message>
    <message>
        <source>Changes the cipher settings (KDF iterations, page size, algorithms); the file already uses SQLCipher 4 defaults.</source>
        <translation>Ändert die Verschlüsselungseinstellungen (KDF-Iterationen, Seitengröße, Algorithmen); die Datei verwendet bereits die Standardwerte von SQLCipher 4.</translation>
    </message>
    <message>
        <source>Recommended: moves the file from %1 to SQLCipher 4 defaults, which derive the key far more strongly. The key can stay the same.</source>
        <translation>Empfohlen: bringt die Datei von %1 auf die Standardwerte von SQLCipher 4, die den Schlüssel weit stärker ableiten. Der Schlüssel kann gleich bleiben.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PbkdfSettingsEditor</name>
    <message>
        <source>argon2id (memory-hard, recommended)</source>
        <translation>argon2id (speicherintensiv, empfohlen)</translation>
    </message>
    <message>
        <source>pbkdf2 (for old systems)</source>
        <translation>pbkdf2 (für alte Systeme)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory one unlock needs. The machine that opens the volume must have it free.</source>
        <translation>Speicher, den ein Entsperren braucht. Der Rechner, der das Volume öffnet, muss ihn frei haben.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>measure for the target time</source>
        <translation>für die Zielzeit messen</translation>
    </message>
    <message>
        <source>Fixed iterations instead of measuring this machine, e.g. for a slower machine that must open the volume.</source>
        <translation>Feste Iterationen statt einer Messung dieses Rechners, z. B. für einen langsameren Rechner, der das Volume öffnen muss.</translation>
    </message>
    <message>
        <source>Key derivation:</source>
        <translation>Schlüsselableitung:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <source>Target unlock time:</source>
        <translation>Ziel-Entsperrzeit:</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>Iterationen:</translation>
    </message>
    <message>
        <source>On this machine:</source>
        <translation>Auf diesem Rechner:</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen …</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>One unlock takes about %1 and %2 MiB of memory (%3 iterations, %4 threads).</source>
        <translation>Ein Entsperren dauert etwa %1 und braucht %2 MiB Speicher (%3 Iterationen, %4 Threads).</translation>
    </message>
    <message>
        <source>One unlock takes about %1 (%2 iterations, little memory).</source>
        <translation>Ein Entsperren dauert etwa %1 (%2 Iterationen, wenig Speicher).</translation>
    </message>
    <message>
        <source>libcryptsetup lowered the memory to stay within the target time and this machine&apos;s RAM.</source>
        <translation>libcryptsetup hat den Speicher gesenkt, um innerhalb der Zielzeit und des Arbeitsspeichers dieses Rechners zu bleiben.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PlannedPage</name>
    <message>
        <source>Available now from the command line:</source>
        <translation>Schon jetzt auf der Kommandozeile verfügbar:</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::RestoreProgressPage</name>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Restoring %1 from %2…</source>
        <translation>%1 wird aus %2 wiederhergestellt…</translation>
    </message>
    <message>
        <source>The job&apos;s progress window shows each step; the database is replaced only once the restored copy is complete and verified.</source>
        <translation>Das Fortschrittsfenster des Auftrags zeigt jeden Schritt; die Datenbank wird erst ersetzt, wenn die wiederhergestellte Kopie vollständig und geprüft ist.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::RestoreReportPage</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&apos;font-size: 14pt&apos;&gt;✔&lt;/span&gt; &lt;b&gt;%1 was restored&lt;/b&gt; from %2 and verified: %3 rows in %4 tables.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&apos;font-size: 14pt&apos;&gt;✔&lt;/span&gt; &lt;b&gt;%1 wurde&lt;/b&gt; aus %2 &lt;b&gt;wiederhergestellt&lt;/b&gt; und geprüft: %3 Zeilen in %4 Tabellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database as it was before is kept as &lt;b&gt;%1&lt;/b&gt; (tagged pre-restore); restore it the same way to undo this.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Datenbank im vorherigen Zustand ist als &lt;b&gt;%1&lt;/b&gt; aufbewahrt (markiert als pre-restore); stellen Sie sie auf dieselbe Weise wieder her, um dies rückgängig zu machen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The restored database was re-keyed to the live database&apos;s key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die wiederhergestellte Datenbank wurde auf den Schlüssel der aktuellen Datenbank umgeschlüsselt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The restore was cancelled; the database was not replaced.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Wiederherstellung wurde abgebrochen; die Datenbank wurde nicht ersetzt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&apos;font-size: 14pt&apos;&gt;✖&lt;/span&gt; &lt;b&gt;The restore failed.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&apos;font-size: 14pt&apos;&gt;✖&lt;/span&gt; &lt;b&gt;Die Wiederherstellung ist fehlgeschlagen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What the restore did.</source>
        <translation>Was die Wiederherstellung getan hat.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::RestoreWizard</name>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation>Zeilen vorher</translation>
    </message>
    <message>
        <source>Rows after</source>
        <translation>Zeilen nachher</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&amp;Open the New File</source>
        <translation>Neue Datei &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Show the Kept Original</source>
        <translation>Aufbewahrtes &amp;Original zeigen</translation>
    </message>
    <message>
        <source>Working on %1… Follow the steps in the progress window.</source>
        <translation>%1 wird bearbeitet… Die Schritte sehen Sie im Fortschrittsfenster.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped.&lt;/b&gt; The new file was removed; %1 is unchanged.</source>
        <translation>&lt;b&gt;Abgebrochen.&lt;/b&gt; Die neue Datei wurde entfernt; %1 ist unverändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The conversion failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Umwandlung ist fehlgeschlagen.&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Done and verified.&lt;/b&gt; %1 is now %2. %n table(s) checked, %3 rows.</source>
        <translation>
            <numerusform>&lt;b&gt;Fertig und geprüft.&lt;/b&gt; %1 ist jetzt %2. %n Tabelle geprüft, %3 Zeilen.</numerusform>
            <numerusform>&lt;b&gt;Fertig und geprüft.&lt;/b&gt; %1 ist jetzt %2. %n Tabellen geprüft, %3 Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted (%1)</source>
        <translation>verschlüsselt (%1)</translation>
    </message>
    <message>
        <source>a plain SQLite file</source>
        <translation>eine unverschlüsselte SQLite-Datei</translation>
    </message>
    <message>
        <source>%1 opens with the new key</source>
        <translation>%1 öffnet sich mit dem neuen Schlüssel</translation>
    </message>
    <message>
        <source>%1 cipher_integrity_check: %2</source>
        <translation>%1 cipher_integrity_check: %2</translation>
    </message>
    <message>
        <source>%1 integrity_check: %2</source>
        <translation>%1 integrity_check: %2</translation>
    </message>
    <message>
        <source>%1 same schema</source>
        <translation>%1 gleiches Schema</translation>
    </message>
    <message>
        <source>%1 same user_version, application_id, journal mode and auto_vacuum</source>
        <translation>%1 gleiche user_version, application_id, gleicher Journalmodus und auto_vacuum</translation>
    </message>
    <message>
        <source>The original was deleted (its blocks are not scrubbed on an SSD).</source>
        <translation>Das Original wurde gelöscht (seine Blöcke werden auf einer SSD nicht überschrieben).</translation>
    </message>
    <message>
        <source>The original is kept as %1. Delete it once you have checked the new file; deleting does not scrub its blocks on an SSD.</source>
        <translation>Das Original ist als %1 aufbewahrt. Löschen Sie es, sobald Sie die neue Datei geprüft haben; Löschen überschreibt seine Blöcke auf einer SSD nicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older backups still open with the old key.&lt;/b&gt; If the old key leaked, delete them or keep them out of reach.</source>
        <translation>&lt;b&gt;Ältere Sicherungen lassen sich weiterhin mit dem alten Schlüssel öffnen.&lt;/b&gt; Falls der alte Schlüssel bekannt geworden ist, löschen Sie sie oder bewahren Sie sie unerreichbar auf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The kept original and older backups still open with the old key.&lt;/b&gt; If the old key leaked, delete them or keep them out of reach.</source>
        <translation>&lt;b&gt;Das aufbewahrte Original und ältere Sicherungen lassen sich weiterhin mit dem alten Schlüssel öffnen.&lt;/b&gt; Falls der alte Schlüssel bekannt geworden ist, löschen Sie sie oder bewahren Sie sie unerreichbar auf.</translation>
    </message>
    <message>
        <source>%1 identical</source>
        <translation>%1 identisch</translation>
    </message>
    <message>
        <source>%1 differs</source>
        <translation>%1 abweichend</translation>
    </message>
    <message>
        <source>Storing the key in the desktop keyring…</source>
        <translation>Schlüssel wird im Schlüsselbund des Desktops gespeichert …</translation>
    </message>
    <message>
        <source>The key is stored in the desktop keyring.</source>
        <translation>Der Schlüssel ist im Schlüsselbund des Desktops gespeichert.</translation>
    </message>
    <message>
        <source>The key was not stored in the keyring: %1</source>
        <translation>Der Schlüssel wurde nicht im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>What was done, and what the check of the new file found.</source>
        <translation>Was getan wurde und was die Prüfung der neuen Datei ergeben hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done and verified.&lt;/b&gt; %1 is now %2. Every page was re-encrypted and compared with the original&apos;s (%3 pages).</source>
        <translation>&lt;b&gt;Fertig und geprüft.&lt;/b&gt; %1 ist jetzt %2. Jede Seite wurde neu verschlüsselt und mit der des Originals verglichen (%3 Seiten).</translation>
    </message>
    <message>
        <source>%1 every page decrypted again and compared with the original&apos;s</source>
        <translation>%1 jede Seite erneut entschlüsselt und mit der des Originals verglichen</translation>
    </message>
    <message>
        <source>%1 SQLCipher read every table with the new key</source>
        <translation>%1 SQLCipher hat jede Tabelle mit dem neuen Schlüssel gelesen</translation>
    </message>
    <message>
        <source>%1 read with the new key</source>
        <translation>%1 mit dem neuen Schlüssel gelesen</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::RetentionEditor</name>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>e.g. 7d, 2m, 1y6m</source>
        <translation>z. B. 7d, 2m, 1y6m</translation>
    </message>
    <message>
        <source>Keep every backup within this time before the newest one: y years, m months, d days, h hours.</source>
        <translation>Jede Sicherung innerhalb dieser Zeit vor der neuesten behalten: y Jahre, m Monate, d Tage, h Stunden.</translation>
    </message>
    <message>
        <source>Let the policy remove pre-restore backups</source>
        <translation>Sicherungen vor Wiederherstellungen dürfen entfernt werden</translation>
    </message>
    <message>
        <source>Keep the &amp;last:</source>
        <translation>Die &amp;letzten behalten:</translation>
    </message>
    <message>
        <source>Keep &amp;hourly:</source>
        <translation>&amp;Stündlich behalten:</translation>
    </message>
    <message>
        <source>Keep &amp;daily:</source>
        <translation>&amp;Täglich behalten:</translation>
    </message>
    <message>
        <source>Keep &amp;weekly:</source>
        <translation>&amp;Wöchentlich behalten:</translation>
    </message>
    <message>
        <source>Keep &amp;monthly:</source>
        <translation>&amp;Monatlich behalten:</translation>
    </message>
    <message>
        <source>Keep &amp;yearly:</source>
        <translation>&amp;Jährlich behalten:</translation>
    </message>
    <message>
        <source>Keep &amp;within:</source>
        <translation>&amp;Innerhalb behalten:</translation>
    </message>
    <message>
        <source>Each rule keeps the newest backup of that many hours, days, weeks, months or years (0: rule not used; unlimited: every one). A backup is kept when any rule keeps it. Backups not yet verified are never removed.</source>
        <translation>Jede Regel behält die neueste Sicherung von so vielen Stunden, Tagen, Wochen, Monaten oder Jahren (0: Regel nicht verwendet; unbegrenzt: von allen). Eine Sicherung bleibt, wenn irgendeine Regel sie behält. Noch nicht geprüfte Sicherungen werden nie entfernt.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Why it is kept</source>
        <translation>Warum sie bleibt</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <source>“%1” is not a duration: write it like 7d, 2m or 1y6m (y years, m months, d days, h hours).</source>
        <translation>„%1“ ist keine Zeitspanne: schreiben Sie sie wie 7d, 2m oder 1y6m (y Jahre, m Monate, d Tage, h Stunden).</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>Policy: %1. There are no backups in this history yet.</source>
        <translation>Regeln: %1. In diesem Verlauf gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Policy: %1. Dry run: it keeps every backup (%2).</source>
        <translation>Regeln: %1. Probelauf: alle Sicherungen bleiben (%2).</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Policy: %1. Dry run: it would remove %2 of %3 backups (%4) and keep the rest for the reasons shown.</source>
        <translation>Regeln: %1. Probelauf: %2 von %3 Sicherungen würden entfernt (%4), der Rest bleibt aus den angezeigten Gründen.</translation>
    </message>
    <message>
        <source>Delete the backup %1 from %2? This cannot be undone.</source>
        <translation>Die Sicherung %1 aus %2 löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete %1 backups from %2? This cannot be undone.</source>
        <translation>%1 Sicherungen aus %2 löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Apply the Retention Policy</source>
        <translation>Aufbewahrungsregeln anwenden</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::SummaryPage</name>
    <message>
        <source>plain SQLite (not encrypted)</source>
        <translation>einfaches SQLite (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>SQLCipher, %1 (page size %2, %3 KDF iterations, %4, %5)</source>
        <translation>SQLCipher, %1 (Seitengröße %2, %3 KDF-Iterationen, %4, %5)</translation>
    </message>
    <message>
        <source>no HMAC</source>
        <translation>kein HMAC</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>V&amp;erschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Entschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Change Key</source>
        <translation>Schlüssel ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrieren</translation>
    </message>
    <message>
        <source>What Will Happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check the steps below, then start.</source>
        <translation>Noch wurde nichts geschrieben. Prüfen Sie die Schritte unten und starten Sie dann.</translation>
    </message>
    <message>
        <source>&amp;Yes, remove the encryption from this file.</source>
        <translation>&amp;Ja, die Verschlüsselung dieser Datei entfernen.</translation>
    </message>
    <message>
        <source>Read %1 (%2, %3%4) and hold it still: other programs cannot write to it meanwhile.</source>
        <translation>%1 lesen (%2, %3%4) und festhalten: Andere Programme können währenddessen nicht hineinschreiben.</translation>
    </message>
    <message>
        <source> plus %1 of write-ahead log, included in the copy</source>
        <translation> plus %1 Write-Ahead-Log, in die Kopie übernommen</translation>
    </message>
    <message>
        <source> with the new key</source>
        <translation> mit dem neuen Schlüssel</translation>
    </message>
    <message>
        <source> with the same key</source>
        <translation> mit demselben Schlüssel</translation>
    </message>
    <message>
        <source>Write a new file in %1 as %2%3 and flush it to disk (needs %4; %5 free).</source>
        <translation>Eine neue Datei in %1 als %2%3 schreiben und auf die Platte bringen (braucht %4; %5 frei).</translation>
    </message>
    <message>
        <source>Check the new file: it opens with the new key, passes cipher_integrity_check and integrity_check, and has the same schema, tables, row counts, header fields and content of every table as the original.</source>
        <translation>Die neue Datei prüfen: Sie öffnet sich mit dem neuen Schlüssel, besteht cipher_integrity_check und integrity_check und hat dasselbe Schema, dieselben Tabellen, Zeilenzahlen, Header-Felder und denselben Inhalt jeder Tabelle wie das Original.</translation>
    </message>
    <message>
        <source>Check the new file: it opens without a key, passes integrity_check, and has the same schema, tables, row counts, header fields and content of every table as the original.</source>
        <translation>Die neue Datei prüfen: Sie öffnet sich ohne Schlüssel, besteht integrity_check und hat dasselbe Schema, dieselben Tabellen, Zeilenzahlen, Header-Felder und denselben Inhalt jeder Tabelle wie das Original.</translation>
    </message>
    <message>
        <source>Swap it in by an atomic rename. The original is kept beside it as %1.before-%2-&lt;date&gt;-&lt;time&gt; until you delete it.</source>
        <translation>Sie durch atomares Umbenennen eintauschen. Das Original bleibt daneben als %1.before-%2-&lt;Datum&gt;-&lt;Uhrzeit&gt; erhalten, bis Sie es löschen.</translation>
    </message>
    <message>
        <source>If anything fails before the swap, the new file is removed and %1 stays exactly as it is.</source>
        <translation>Schlägt vor dem Eintauschen etwas fehl, wird die neue Datei entfernt und %1 bleibt genau so, wie es ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n leftover temp file(s) of an interrupted run were found beside it; they are not used.</source>
        <translation>
            <numerusform>Daneben wurde %n übrig gebliebene temporäre Datei eines abgebrochenen Laufs gefunden; sie wird nicht verwendet.</numerusform>
            <numerusform>Daneben wurden %n übrig gebliebene temporäre Dateien eines abgebrochenen Laufs gefunden; sie werden nicht verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the result is NOT encrypted. Anyone who can read the file can read the data.</source>
        <translation>Warnung: Das Ergebnis ist NICHT verschlüsselt. Wer die Datei lesen kann, kann die Daten lesen.</translation>
    </message>
    <message>
        <source>Checking the file, the key and the free space…</source>
        <translation>Datei, Schlüssel und freier Speicherplatz werden geprüft …</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The conversion cannot start.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nothing was changed. Go back to change your choices.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Umwandlung kann nicht beginnen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Es wurde nichts verändert. Gehen Sie zurück, um Ihre Auswahl zu ändern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::TableStatsModel</name>
    <message>
        <source>index on %1</source>
        <translation>Index auf %1</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Share of file</source>
        <translation>Anteil an der Datei</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::TargetSettingsBox</name>
    <message>
        <source>Settings of the new file</source>
        <translation>Einstellungen der neuen Datei</translation>
    </message>
    <message>
        <source>These settings cannot be used: %1</source>
        <translation>Diese Einstellungen sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>SQLCipher 4 defaults (recommended)</source>
        <translation>Standardwerte von SQLCipher 4 (empfohlen)</translation>
    </message>
    <message>
        <source>Custom settings</source>
        <translation>Eigene Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Settings:</source>
        <translation>Einstellun&amp;gen:</translation>
    </message>
    <message>
        <source>Leaves the first bytes of the file unencrypted (for iOS shared containers); needs a raw key with its salt (x&apos;&lt;96 hex digits&gt;&apos;).</source>
        <translation>Lässt die ersten Bytes der Datei unverschlüsselt (für gemeinsame iOS-Container); braucht einen Rohschlüssel mit Salt (x&apos;&lt;96 Hex-Ziffern&gt;&apos;).</translation>
    </message>
    <message>
        <source>&amp;Page size (bytes):</source>
        <translation>Se&amp;itengröße (Byte):</translation>
    </message>
    <message>
        <source>KDF &amp;iterations:</source>
        <translation>KDF-Ite&amp;rationen:</translation>
    </message>
    <message>
        <source>&amp;HMAC algorithm:</source>
        <translation>&amp;HMAC-Algorithmus:</translation>
    </message>
    <message>
        <source>KDF &amp;algorithm:</source>
        <translation>KDF-&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>Plain&amp;text header (bytes):</source>
        <translation>&amp;Klartext-Header (Byte):</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ValidationPage</name>
    <message>
        <source>Check the Backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <source>The backup must be an encrypted database that opens with the key, with every page and its structure intact. Nothing is changed yet.</source>
        <translation>Die Sicherung muss eine verschlüsselte Datenbank sein, die sich mit dem Schlüssel öffnen lässt und deren Seiten und Struktur intakt sind. Noch wird nichts verändert.</translation>
    </message>
    <message>
        <source>The key this backup was made with</source>
        <translation>Der Schlüssel, mit dem diese Sicherung erstellt wurde</translation>
    </message>
    <message>
        <source>&amp;Check with This Key</source>
        <translation>Mit diesem Schlüssel &amp;prüfen</translation>
    </message>
    <message>
        <source>Backup&apos;s &amp;key:</source>
        <translation>&amp;Schlüssel der Sicherung:</translation>
    </message>
    <message>
        <source>Check &amp;Every Page Too</source>
        <translation>&amp;Jede Seite ebenfalls prüfen</translation>
    </message>
    <message>
        <source>Check every page&apos;s HMAC and run SQLite&apos;s integrity_check, as for a file from outside the history.</source>
        <translation>Prüft den HMAC jeder Seite und führt SQLites integrity_check aus, wie bei einer Datei von außerhalb der Historie.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Valid.&lt;/b&gt; %1 opens with the key (%2 settings), and its SHA-256 matches its sealed entry in the history, which vouches for every page.</source>
        <translation>&lt;b&gt;Gültig.&lt;/b&gt; %1 lässt sich mit dem Schlüssel öffnen (Einstellungen %2), und seine SHA-256 stimmt mit seinem versiegelten Eintrag in der Historie überein, der für jede Seite bürgt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Valid.&lt;/b&gt; %1 opens with the key (%2 settings) and passes cipher_integrity_check and integrity_check.</source>
        <translation>&lt;b&gt;Gültig.&lt;/b&gt; %1 lässt sich mit dem Schlüssel öffnen (Einstellungen %2) und besteht cipher_integrity_check und integrity_check.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Valid.&lt;/b&gt; %1 opens with the key (%2 settings) and passes cipher_integrity_check.</source>
        <translation>&lt;b&gt;Gültig.&lt;/b&gt; %1 lässt sich mit dem Schlüssel öffnen (Einstellungen %2) und besteht cipher_integrity_check.</translation>
    </message>
    <message>
        <source>The current database cannot be read completely (%1). It will be kept as found in the pre-restore backup.</source>
        <translation>Die aktuelle Datenbank lässt sich nicht vollständig lesen (%1). Sie wird unverändert in der Sicherung vor der Wiederherstellung aufbewahrt.</translation>
    </message>
    <message>
        <source>It was made with another key; the restored database will be re-keyed to the live database&apos;s key.</source>
        <translation>Sie wurde mit einem anderen Schlüssel erstellt; die wiederhergestellte Datenbank wird auf den Schlüssel der aktuellen Datenbank umgeschlüsselt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wrong key.&lt;/b&gt; %1 was made with another key than the live database&apos;s. Enter the key it was made with; the restored database will be re-keyed to the live key.</source>
        <translation>&lt;b&gt;Falscher Schlüssel.&lt;/b&gt; %1 wurde mit einem anderen Schlüssel als dem der aktuellen Datenbank erstellt. Geben Sie den Schlüssel ein, mit dem sie erstellt wurde; die wiederhergestellte Datenbank wird auf den aktuellen Schlüssel umgeschlüsselt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Damaged.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Beschädigt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not an encrypted database.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Keine verschlüsselte Datenbank.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be restored.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kann nicht wiederhergestellt werden.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeCipherPage</name>
    <message>
        <source>Cipher and Key Derivation</source>
        <translation>Verschlüsselung und Schlüsselableitung</translation>
    </message>
    <message>
        <source>How the data is encrypted, and how hard each guess at the passphrase is made. The estimate is measured on this machine.</source>
        <translation>Wie die Daten verschlüsselt werden und wie teuer jeder Rateversuch an der Passphrase wird. Die Schätzung wird auf diesem Rechner gemessen.</translation>
    </message>
    <message>
        <source>AES-XTS, 512-bit key (AES-256, recommended)</source>
        <translation>AES-XTS, 512-Bit-Schlüssel (AES-256, empfohlen)</translation>
    </message>
    <message>
        <source>AES-XTS, 256-bit key (AES-128)</source>
        <translation>AES-XTS, 256-Bit-Schlüssel (AES-128)</translation>
    </message>
    <message>
        <source>Serpent-XTS, 512-bit key</source>
        <translation>Serpent-XTS, 512-Bit-Schlüssel</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>The machine that opens the volume must have the memory free; choose less memory (or retune the slot later) for a smaller machine.</source>
        <translation>Der Rechner, der das Volume öffnet, muss den Speicher frei haben; wählen Sie für einen kleineren Rechner weniger Speicher (oder stimmen Sie den Platz später neu ab).</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeLocationPage</name>
    <message>
        <source>Location and Size</source>
        <translation>Ort und Größe</translation>
    </message>
    <message>
        <source>The volume is an image file. Strongroom never formats over an existing file.</source>
        <translation>Das Volume ist eine Abbilddatei. Strongroom formatiert nie über eine vorhandene Datei.</translation>
    </message>
    <message>
        <source>/srv/vault.img</source>
        <translation>/srv/tresor.img</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>ext4 (made inside, ready to mount)</source>
        <translation>ext4 (darin angelegt, bereit zum Einhängen)</translation>
    </message>
    <message>
        <source>none (format it later)</source>
        <translation>keines (später formatieren)</translation>
    </message>
    <message>
        <source>optional, e.g. pgdata</source>
        <translation>optional, z. B. pgdata</translation>
    </message>
    <message>
        <source>Image file:</source>
        <translation>Abbilddatei:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Free there:</source>
        <translation>Dort frei:</translation>
    </message>
    <message>
        <source>File system:</source>
        <translation>Dateisystem:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>New Volume Image</source>
        <translation>Neue Volume-Abbilddatei</translation>
    </message>
    <message>
        <source>Volume images (*.img)</source>
        <translation>Volume-Abbilder (*.img)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Give the full path, starting with /.</source>
        <translation>Geben Sie den vollständigen Pfad an, beginnend mit /.</translation>
    </message>
    <message>
        <source>%1 already exists. Pick a new name.</source>
        <translation>%1 gibt es schon. Wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Not enough free space: the image needs %1 MiB.</source>
        <translation>Nicht genug freier Platz: Das Abbild braucht %1 MiB.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumePassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The operational passphrase goes in key slot 0. A recovery key in slot 1 opens the volume when the passphrase is lost.</source>
        <translation>Die Betriebs-Passphrase kommt in Schlüsselplatz 0. Ein Wiederherstellungsschlüssel in Platz 1 öffnet das Volume, wenn die Passphrase verloren ist.</translation>
    </message>
    <message>
        <source>Add a recovery key in key slot 1 (recommended)</source>
        <translation>Wiederherstellungsschlüssel in Schlüsselplatz 1 anlegen (empfohlen)</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeRecoveryPage</name>
    <message>
        <source>Recovery Key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Write this key down now and keep it apart from the passphrase. It is shown only here, never stored by Strongroom.</source>
        <translation>Schreiben Sie diesen Schlüssel jetzt auf und bewahren Sie ihn getrennt von der Passphrase auf. Er wird nur hier gezeigt und von Strongroom nie gespeichert.</translation>
    </message>
    <message>
        <source>To show that you have it written down, type group %1 of %2 (the %1. block of five characters):</source>
        <translation>Um zu zeigen, dass Sie ihn aufgeschrieben haben, geben Sie Gruppe %1 von %2 ein (den %1. Block aus fünf Zeichen):</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeResultPage</name>
    <message>
        <source>Creating the Volume</source>
        <translation>Das Volume wird angelegt</translation>
    </message>
    <message>
        <source>Back Up the Header Now…</source>
        <translation>Header jetzt sichern …</translation>
    </message>
    <message>
        <source>A header backup is the one file that saves the data when the header on the image is damaged. Keep it away from the image, like the recovery key.</source>
        <translation>Eine Header-Sicherung ist die eine Datei, die die Daten rettet, wenn der Header im Abbild beschädigt ist. Bewahren Sie sie getrennt vom Abbild auf, wie den Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt …</translation>
    </message>
    <message>
        <source>Volume Created</source>
        <translation>Volume angelegt</translation>
    </message>
    <message>
        <source>✓ %1 is ready: LUKS2, the passphrase in slot 0%2.</source>
        <translation>✓ %1 ist bereit: LUKS2, die Passphrase in Platz 0%2.</translation>
    </message>
    <message>
        <source>, the recovery key in slot 1</source>
        <translation>, der Wiederherstellungsschlüssel in Platz 1</translation>
    </message>
    <message>
        <source>The Volume Was Not Made</source>
        <translation>Das Volume wurde nicht angelegt</translation>
    </message>
    <message>
        <source>Cancelled; nothing was left behind.</source>
        <translation>Abgebrochen; nichts wurde zurückgelassen.</translation>
    </message>
    <message>
        <source>Saving the header…</source>
        <translation>Der Header wird gesichert …</translation>
    </message>
    <message>
        <source>✓ Header saved to %1.</source>
        <translation>✓ Header in %1 gesichert.</translation>
    </message>
    <message>
        <source>The progress dialog shows each step; the result appears here.</source>
        <translation>Der Fortschrittsdialog zeigt jeden Schritt; das Ergebnis erscheint hier.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeSetupWizard</name>
    <message>
        <source>New Volume</source>
        <translation>Neues Volume</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Check what will be made. After Create Volume there is no going back in this wizard.</source>
        <translation>Prüfen Sie, was angelegt wird. Nach „Volume anlegen“ geht es in diesem Assistenten nicht mehr zurück.</translation>
    </message>
    <message>
        <source>Create Volume</source>
        <translation>Volume anlegen</translation>
    </message>
    <message>
        <source>%1, %2 MiB, %3 threads</source>
        <translation>%1, %2 MiB, %3 Threads</translation>
    </message>
    <message>
        <source>%1 iterations</source>
        <translation>%1 Iterationen</translation>
    </message>
    <message>
        <source>measured for %1 ms</source>
        <translation>gemessen für %1 ms</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Abbilddatei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>ext4, made in the file and encrypted in place</source>
        <translation>ext4, in der Datei angelegt und an Ort und Stelle verschlüsselt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>LUKS2, %1, %2-bit key</source>
        <translation>LUKS2, %1, %2-Bit-Schlüssel</translation>
    </message>
    <message>
        <source>Key derivation</source>
        <translation>Schlüsselableitung</translation>
    </message>
    <message>
        <source>Slot 0</source>
        <translation>Platz 0</translation>
    </message>
    <message>
        <source>operational passphrase</source>
        <translation>Betriebs-Passphrase</translation>
    </message>
    <message>
        <source>Slot 1</source>
        <translation>Platz 1</translation>
    </message>
    <message>
        <source>recovery key (the one you wrote down)</source>
        <translation>Wiederherstellungsschlüssel (der aufgeschriebene)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeText</name>
    <message>
        <source>%1 · %2 MiB · %3 threads · %4 iterations</source>
        <translation>%1 · %2 MiB · %3 Threads · %4 Iterationen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 · %2 iterations</source>
        <translation>%1 · %2 Iterationen</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>half encrypted: resume with Encrypt</source>
        <translation>halb verschlüsselt: mit „Verschlüsseln“ fortsetzen</translation>
    </message>
    <message>
        <source>half decrypted: resume with Decrypt</source>
        <translation>halb entschlüsselt: mit „Entschlüsseln“ fortsetzen</translation>
    </message>
    <message>
        <source>interrupted mid-chunk: resume to repair</source>
        <translation>mitten in einem Abschnitt unterbrochen: zum Reparieren fortsetzen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>today (%1)</source>
        <translation>heute (%1)</translation>
    </message>
    <message>
        <source>LUKS%1 · 1 key slot</source>
        <translation>LUKS%1 · 1 Schlüsselplatz</translation>
    </message>
    <message>
        <source>LUKS%1 · %2 key slots</source>
        <translation>LUKS%1 · %2 Schlüsselplätze</translation>
    </message>
    <message>
        <source>yesterday (%1)</source>
        <translation>gestern (%1)</translation>
    </message>
    <message>
        <source>%1 days ago (%2)</source>
        <translation>vor %1 Tagen (%2)</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumesPage</name>
    <message>
        <source>This machine has no device-mapper (/dev/mapper/control is missing or dm_crypt is not loaded), so volumes cannot be opened, mounted or closed here. Key slots, header backups and in-place encryption work without it.</source>
        <translation>Dieser Rechner hat keinen Device-Mapper (/dev/mapper/control fehlt oder dm_crypt ist nicht geladen), daher lassen sich Volumes hier nicht öffnen, einhängen oder schließen. Schlüsselplätze, Header-Sicherungen und die Verschlüsselung an Ort und Stelle funktionieren auch ohne ihn.</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>New Volume…</source>
        <translation>Neues Volume …</translation>
    </message>
    <message>
        <source>Add Existing…</source>
        <translation>Vorhandenes hinzufügen …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No volumes yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Make a new LUKS2 volume in an image file with &lt;b&gt;New Volume…&lt;/b&gt;, or add an existing image with &lt;b&gt;Add Existing…&lt;/b&gt; or by dropping it here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Volumes.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Legen Sie mit &lt;b&gt;Neues Volume …&lt;/b&gt; ein neues LUKS2-Volume in einer Abbilddatei an, oder fügen Sie ein vorhandenes Abbild mit &lt;b&gt;Vorhandenes hinzufügen …&lt;/b&gt; oder durch Hineinziehen hinzu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>Header backup:</source>
        <translation>Header-Sicherung:</translation>
    </message>
    <message>
        <source>Key slots</source>
        <translation>Schlüsselplätze</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key derivation</source>
        <translation>Schlüsselableitung</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Add Key…</source>
        <translation>Schlüssel hinzufügen …</translation>
    </message>
    <message>
        <source>Add a passphrase in a free key slot.</source>
        <translation>Eine Passphrase in einem freien Schlüsselplatz hinzufügen.</translation>
    </message>
    <message>
        <source>Change Key…</source>
        <translation>Schlüssel ändern …</translation>
    </message>
    <message>
        <source>Replace the passphrase of the slot a key opens.</source>
        <translation>Die Passphrase des Platzes ersetzen, den ein Schlüssel öffnet.</translation>
    </message>
    <message>
        <source>Remove Key…</source>
        <translation>Schlüssel entfernen …</translation>
    </message>
    <message>
        <source>Remove a key slot, after proving that a different key opens another one.</source>
        <translation>Einen Schlüsselplatz entfernen, nachdem ein anderer Schlüssel nachweislich einen anderen Platz öffnet.</translation>
    </message>
    <message>
        <source>Retune…</source>
        <translation>Neu abstimmen …</translation>
    </message>
    <message>
        <source>Rewrite a slot with other key-derivation costs.</source>
        <translation>Einen Platz mit anderen Kosten der Schlüsselableitung neu schreiben.</translation>
    </message>
    <message>
        <source>Back Up Header…</source>
        <translation>Header sichern …</translation>
    </message>
    <message>
        <source>Save the LUKS header (key slots included) to a file.</source>
        <translation>Den LUKS-Header (samt Schlüsselplätzen) in eine Datei sichern.</translation>
    </message>
    <message>
        <source>Restore Header…</source>
        <translation>Header wiederherstellen …</translation>
    </message>
    <message>
        <source>Put a saved header back on the image.</source>
        <translation>Einen gesicherten Header zurück auf das Abbild schreiben.</translation>
    </message>
    <message>
        <source>Encrypt in Place…</source>
        <translation>An Ort und Stelle verschlüsseln …</translation>
    </message>
    <message>
        <source>Encrypt an unencrypted image where it is.</source>
        <translation>Ein unverschlüsseltes Abbild dort verschlüsseln, wo es liegt.</translation>
    </message>
    <message>
        <source>Decrypt in Place…</source>
        <translation>An Ort und Stelle entschlüsseln …</translation>
    </message>
    <message>
        <source>Turn the volume back into an unencrypted image.</source>
        <translation>Das Volume wieder in ein unverschlüsseltes Abbild verwandeln.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Remove from this list; the file stays untouched.</source>
        <translation>Aus dieser Liste entfernen; die Datei bleibt unberührt.</translation>
    </message>
    <message>
        <source>%1, %2-bit key, %3-byte sectors%4</source>
        <translation>%1, %2-Bit-Schlüssel, %3-Byte-Sektoren%4</translation>
    </message>
    <message>
        <source>, label “%1”</source>
        <translation>, Bezeichnung „%1“</translation>
    </message>
    <message>
        <source>%1: without one, a damaged header loses all data. Back it up now.</source>
        <translation>%1: Ohne Sicherung gehen bei einem beschädigten Header alle Daten verloren. Sichern Sie ihn jetzt.</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Add Existing Volume</source>
        <translation>Vorhandenes Volume hinzufügen</translation>
    </message>
    <message>
        <source>Volume images (*.img *.luks *.raw);;All files (*)</source>
        <translation>Volume-Abbilder (*.img *.luks *.raw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Unlock the volume through udisks2, the system&apos;s disk service, which may ask for authorisation.</source>
        <translation>Das Volume über udisks2, den Datenträgerdienst des Systems, entsperren; er fragt eventuell nach einer Berechtigung.</translation>
    </message>
    <message>
        <source>Lock the volume and free its loop device through udisks2.</source>
        <translation>Das Volume über udisks2 sperren und sein Loop-Gerät freigeben.</translation>
    </message>
    <message>
        <source>Mount the opened volume through udisks2, under /media/USER, without setuid programs or device files.</source>
        <translation>Das geöffnete Volume über udisks2 unter /media/BENUTZER einhängen, ohne setuid-Programme und Gerätedateien.</translation>
    </message>
    <message>
        <source>Unmount the volume through udisks2.</source>
        <translation>Das Volume über udisks2 aushängen.</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Einhängen</translation>
    </message>
    <message>
        <source>Unmount</source>
        <translation>Aushängen</translation>
    </message>
    <message>
        <source>Mount…</source>
        <translation>Einhängen…</translation>
    </message>
    <message>
        <source>Unmount…</source>
        <translation>Aushängen…</translation>
    </message>
    <message>
        <source>Unlock the volume as /dev/mapper/NAME through strongroom-helper, which asks for authorisation.</source>
        <translation>Das Volume über strongroom-helper als /dev/mapper/NAME entsperren; der Helfer fragt nach einer Berechtigung.</translation>
    </message>
    <message>
        <source>Remove the volume&apos;s mapping through strongroom-helper, which asks for authorisation.</source>
        <translation>Die Zuordnung des Volumes über strongroom-helper aufheben; der Helfer fragt nach einer Berechtigung.</translation>
    </message>
    <message>
        <source>Mount the opened volume on an existing folder through strongroom-helper, which asks for authorisation.</source>
        <translation>Das geöffnete Volume über strongroom-helper in einen vorhandenen Ordner einhängen; der Helfer fragt nach einer Berechtigung.</translation>
    </message>
    <message>
        <source>Unmount a folder the volume is mounted on through strongroom-helper, which asks for authorisation.</source>
        <translation>Einen Ordner, in den das Volume eingehängt ist, über strongroom-helper aushängen; der Helfer fragt nach einer Berechtigung.</translation>
    </message>
    <message>
        <source>Close Volume</source>
        <translation>Volume schließen</translation>
    </message>
    <message>
        <source>Mount Volume</source>
        <translation>Volume einhängen</translation>
    </message>
    <message>
        <source>Mount %1 on</source>
        <translation>%1 einhängen in</translation>
    </message>
    <message>
        <source>Unmount Folder</source>
        <translation>Ordner aushängen</translation>
    </message>
    <message>
        <source>%1 was not opened from this window. Its mapping name (/dev/mapper/NAME):</source>
        <translation>%1 wurde nicht in diesem Fenster geöffnet. Name seiner Zuordnung (/dev/mapper/NAME):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>List and extract the files inside, in user space: no root, nothing mounted.</source>
        <translation>Die Dateien darin auflisten und herauskopieren, im Benutzerbereich: ohne root, ohne etwas einzuhängen.</translation>
    </message>
    <message>
        <source>Restore Header</source>
        <translation>Header wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the LUKS header of %1 with the one saved in %2?</source>
        <translation>Den LUKS-Header von %1 durch den in %2 gesicherten ersetzen?</translation>
    </message>
    <message>
        <source>Restoring brings back the key slots of the time of the backup: keys removed since then open the volume again, keys added since then stop working. The current header is kept in a file beside the image. A backup of another volume (other UUID) is refused.</source>
        <translation>Die Wiederherstellung bringt die Schlüsselplätze vom Zeitpunkt der Sicherung zurück: Seitdem entfernte Schlüssel öffnen das Volume wieder, seitdem hinzugefügte nicht mehr. Der aktuelle Header wird in einer Datei neben dem Abbild aufbewahrt. Eine Sicherung eines anderen Volumes (andere UUID) wird abgelehnt.</translation>
    </message>
    <message>
        <source>Move Folder Into Volume…</source>
        <translation>Ordner in Volume verschieben…</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeActions</name>
    <message>
        <source>Restore Header</source>
        <translation>Header wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the LUKS header of %1 with the one saved in %2?</source>
        <translation>Den LUKS-Header von %1 durch den in %2 gesicherten ersetzen?</translation>
    </message>
    <message>
        <source>Restoring brings back the key slots of the time of the backup: keys removed since then open the volume again, keys added since then stop working. The current header is kept in a file beside the image. A backup of another volume (other UUID) is refused.</source>
        <translation>Die Wiederherstellung bringt die Schlüsselplätze vom Zeitpunkt der Sicherung zurück: Seitdem entfernte Schlüssel öffnen das Volume wieder, seitdem hinzugefügte nicht mehr. Der aktuelle Header wird in einer Datei neben dem Abbild aufbewahrt. Eine Sicherung eines anderen Volumes (andere UUID) wird abgelehnt.</translation>
    </message>
</context>
<context>
    <name>AgeFormat</name>
    <message>
        <source>a mlkem768x25519 stanza has %1 arguments instead of 2</source>
        <translation>eine mlkem768x25519-Zeile hat %1 Argumente statt 2</translation>
    </message>
    <message>
        <source>a mlkem768x25519 stanza&apos;s enc is not 1120 bytes in canonical base64</source>
        <translation>das enc einer mlkem768x25519-Zeile ist nicht 1120 Bytes in kanonischem Base64</translation>
    </message>
    <message>
        <source>a mlkem768x25519 stanza&apos;s body is %1 bytes instead of 32</source>
        <translation>der Rumpf einer mlkem768x25519-Zeile ist %1 Bytes lang statt 32</translation>
    </message>
    <message>
        <source>a mlkem768x25519 stanza&apos;s X25519 share gives the all-zero shared secret</source>
        <translation>der X25519-Anteil einer mlkem768x25519-Zeile ergibt das gemeinsame Geheimnis aus lauter Nullen</translation>
    </message>
    <message>
        <source>Hybrid post-quantum recipients (age1pq1...) cannot be mixed with X25519 recipients (age1...) in one file: the classic ones would open it without the post-quantum protection.</source>
        <translation>Hybride Post-Quanten-Empfänger (age1pq1...) lassen sich in einer Datei nicht mit X25519-Empfängern (age1...) mischen: Die klassischen würden sie ohne den Post-Quanten-Schutz öffnen.</translation>
    </message>
    <message>
        <source>%1, line %2: not an age identity (AGE-SECRET-KEY-1... or AGE-SECRET-KEY-PQ-1...).</source>
        <translation>%1, Zeile %2: keine age-Identität (AGE-SECRET-KEY-1... oder AGE-SECRET-KEY-PQ-1...).</translation>
    </message>
    <message>
        <source>%1, line %2: not an age recipient (age1... or age1pq1...).</source>
        <translation>%1, Zeile %2: kein age-Empfänger (age1... oder age1pq1...).</translation>
    </message>
    <message>
        <source>The ASCII armor is not valid: %1.</source>
        <translation>Die ASCII-Armierung ist ungültig: %1.</translation>
    </message>
    <message>
        <source>there is no BEGIN line</source>
        <translation>es gibt keine BEGIN-Zeile</translation>
    </message>
    <message>
        <source>the first line is not &quot;%1&quot;</source>
        <translation>die erste Zeile ist nicht „%1“</translation>
    </message>
    <message>
        <source>there is data after the END line</source>
        <translation>nach der END-Zeile folgen noch Daten</translation>
    </message>
    <message>
        <source>the file ends before the END line</source>
        <translation>die Datei endet vor der END-Zeile</translation>
    </message>
    <message>
        <source>a short line is not followed by the END line</source>
        <translation>auf eine kurze Zeile folgt nicht die END-Zeile</translation>
    </message>
    <message>
        <source>a line is empty or longer than 64 columns</source>
        <translation>eine Zeile ist leer oder länger als 64 Spalten</translation>
    </message>
    <message>
        <source>a line is not canonical base64</source>
        <translation>eine Zeile ist kein kanonisches Base64</translation>
    </message>
    <message>
        <source>The age header is damaged: %1.</source>
        <translation>Der age-Kopf ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>a gzip stream</source>
        <translation>ein gzip-Strom</translation>
    </message>
    <message>
        <source>a zstd stream</source>
        <translation>ein zstd-Strom</translation>
    </message>
    <message>
        <source>an xz stream</source>
        <translation>ein xz-Strom</translation>
    </message>
    <message>
        <source>a plain SQLite database</source>
        <translation>eine unverschlüsselte SQLite-Datenbank</translation>
    </message>
    <message>
        <source>a LUKS volume</source>
        <translation>ein LUKS-Volume</translation>
    </message>
    <message>
        <source>an armored OpenPGP message</source>
        <translation>eine armierte OpenPGP-Nachricht</translation>
    </message>
    <message>
        <source>an OpenPGP message (gpg --symmetric?)</source>
        <translation>eine OpenPGP-Nachricht (gpg --symmetric?)</translation>
    </message>
    <message>
        <source>an OpenPGP message</source>
        <translation>eine OpenPGP-Nachricht</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>eine leere Datei</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>binary data of an unknown kind</source>
        <translation>Binärdaten unbekannter Art</translation>
    </message>
    <message>
        <source>Encrypt to recipients or to a passphrase, exactly one of the two.</source>
        <translation>Verschlüsseln Sie für Empfänger oder mit einer Passphrase, genau eines von beiden.</translation>
    </message>
    <message>
        <source>Writing the output failed: %1.</source>
        <translation>Das Schreiben der Ausgabe ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>a scrypt stanza is not alone in the header</source>
        <translation>eine scrypt-Strophe steht nicht allein im Kopf</translation>
    </message>
    <message>
        <source>an X25519 stanza&apos;s share gives the all-zero shared secret</source>
        <translation>der Anteil einer X25519-Strophe ergibt das gemeinsame Geheimnis aus lauter Nullen</translation>
    </message>
    <message>
        <source>No identity matched: the file is encrypted with a passphrase; give it with --passphrase-stdin or a key option.</source>
        <translation>Keine Identität passt: Die Datei ist mit einer Passphrase verschlüsselt; geben Sie sie mit --passphrase-stdin oder einer Schlüsseloption an.</translation>
    </message>
    <message>
        <source>No identity matched: the passphrase is wrong.</source>
        <translation>Keine Identität passt: Die Passphrase ist falsch.</translation>
    </message>
    <message numerus="yes">
        <source>No identity matched: none of the %n identities given opens any of the file&apos;s %1 recipient stanzas.</source>
        <translation>
            <numerusform>Keine Identität passt: Die angegebene Identität öffnet keine der %1 Empfänger-Strophen der Datei.</numerusform>
            <numerusform>Keine Identität passt: Keine der %n angegebenen Identitäten öffnet eine der %1 Empfänger-Strophen der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not an age file: it looks like %1.</source>
        <translation>Dies ist keine age-Datei: Sie sieht aus wie %1.</translation>
    </message>
    <message>
        <source>The header&apos;s MAC does not match: the header was changed after the file was written.</source>
        <translation>Der MAC des Kopfes stimmt nicht: Der Kopf wurde nach dem Schreiben der Datei verändert.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2). Check that it exists and that you may read it.</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2). Prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Encrypt %1</source>
        <translation>%1 verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>%1 encrypted to %2 (%3 bytes).</source>
        <translation>%1 nach %2 verschlüsselt (%3 Bytes).</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source>Decrypt %1</source>
        <translation>%1 entschlüsseln</translation>
    </message>
    <message>
        <source>Read the identities</source>
        <translation>Identitäten lesen</translation>
    </message>
    <message>
        <source>Authenticate every chunk</source>
        <translation>Jeden Abschnitt authentifizieren</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Entschlüsseln</translation>
    </message>
    <message>
        <source>The output is incomplete: %1 bytes were written to standard output before the failure; do not use them.</source>
        <translation>Die Ausgabe ist unvollständig: Vor dem Fehler wurden %1 Bytes auf die Standardausgabe geschrieben; verwenden Sie sie nicht.</translation>
    </message>
    <message>
        <source>%1: every chunk authenticates (%2 bytes of plaintext).</source>
        <translation>%1: Jeder Abschnitt ist authentisch (%2 Bytes Klartext).</translation>
    </message>
    <message>
        <source>%1 decrypted to %2 (%3 bytes).</source>
        <translation>%1 nach %2 entschlüsselt (%3 Bytes).</translation>
    </message>
    <message>
        <source>the file ends inside the version line</source>
        <translation>die Datei endet innerhalb der Versionszeile</translation>
    </message>
    <message>
        <source>This is not an age file: it does not begin with the line &quot;age-encryption.org/v1&quot;.</source>
        <translation>Dies ist keine age-Datei: Sie beginnt nicht mit der Zeile „age-encryption.org/v1“.</translation>
    </message>
    <message>
        <source>the version line is &quot;%1&quot;, only &quot;age-encryption.org/v1&quot; is known</source>
        <translation>die Versionszeile lautet „%1“, bekannt ist nur „age-encryption.org/v1“</translation>
    </message>
    <message>
        <source>a line is too long</source>
        <translation>eine Zeile ist zu lang</translation>
    </message>
    <message>
        <source>it ends before the MAC line</source>
        <translation>er endet vor der MAC-Zeile</translation>
    </message>
    <message>
        <source>it has no recipient stanza</source>
        <translation>er hat keine Empfänger-Strophe</translation>
    </message>
    <message>
        <source>the MAC is not 32 bytes in canonical base64</source>
        <translation>der MAC ist nicht 32 Bytes in kanonischem Base64</translation>
    </message>
    <message>
        <source>a line is neither a stanza nor the MAC</source>
        <translation>eine Zeile ist weder eine Strophe noch der MAC</translation>
    </message>
    <message>
        <source>it has too many stanzas</source>
        <translation>er hat zu viele Strophen</translation>
    </message>
    <message>
        <source>a stanza&apos;s arguments are malformed</source>
        <translation>die Argumente einer Strophe sind fehlerhaft</translation>
    </message>
    <message>
        <source>a stanza body line is longer than 64 columns or unterminated</source>
        <translation>eine Zeile im Rumpf einer Strophe ist länger als 64 Spalten oder nicht abgeschlossen</translation>
    </message>
    <message>
        <source>a stanza body is not canonical base64</source>
        <translation>der Rumpf einer Strophe ist kein kanonisches Base64</translation>
    </message>
    <message>
        <source>Generate an age key</source>
        <translation>Einen age-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Generate the key pair</source>
        <translation>Das Schlüsselpaar erzeugen</translation>
    </message>
    <message>
        <source>Write the identity and the recovery sheet</source>
        <translation>Die Identität und das Wiederherstellungsblatt schreiben</translation>
    </message>
    <message>
        <source>Strongroom recovery sheet: age key</source>
        <translation>Strongroom-Wiederherstellungsblatt: age-Schlüssel</translation>
    </message>
    <message>
        <source>Keep this sheet offline, somewhere safe. Whoever holds it can decrypt every file encrypted to this key.</source>
        <translation>Bewahren Sie dieses Blatt offline und sicher auf. Wer es besitzt, kann jede für diesen Schlüssel verschlüsselte Datei entschlüsseln.</translation>
    </message>
    <message>
        <source>Name:      %1</source>
        <translation>Name:      %1</translation>
    </message>
    <message>
        <source>Created:   %1</source>
        <translation>Erstellt:  %1</translation>
    </message>
    <message>
        <source>Key id:    %1</source>
        <translation>Schlüssel-ID: %1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Empfänger: %1</translation>
    </message>
    <message>
        <source>Identity (secret; type it back into a file of its own line to use it with strongroom-cli or age -i):</source>
        <translation>Identität (geheim; tippen Sie sie als eigene Zeile in eine Datei, um sie mit strongroom-cli oder age -i zu verwenden):</translation>
    </message>
    <message>
        <source>The identity as a QR code:</source>
        <translation>Die Identität als QR-Code:</translation>
    </message>
    <message>
        <source>New age key %1, recipient %2.</source>
        <translation>Neuer age-Schlüssel %1, Empfänger %2.</translation>
    </message>
    <message>
        <source>%1: cannot read the key file (%2).</source>
        <translation>%1: Die Schlüsseldatei kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: a key file of %2 bytes is too large to be one.</source>
        <translation>%1: Eine Schlüsseldatei von %2 Bytes ist zu groß, um eine zu sein.</translation>
    </message>
    <message>
        <source>%1, line %2: not an age identity (AGE-SECRET-KEY-1...).</source>
        <translation>%1, Zeile %2: keine age-Identität (AGE-SECRET-KEY-1...).</translation>
    </message>
    <message>
        <source>%1: holds no identity.</source>
        <translation>%1: enthält keine Identität.</translation>
    </message>
    <message>
        <source>%1, line %2: not an age recipient (age1...).</source>
        <translation>%1, Zeile %2: kein age-Empfänger (age1...).</translation>
    </message>
    <message>
        <source>%1: holds no recipient.</source>
        <translation>%1: enthält keinen Empfänger.</translation>
    </message>
    <message>
        <source>%1 is a passphrase-protected identity file: give its passphrase with a key option.</source>
        <translation>%1 ist eine mit einer Passphrase geschützte Identitätsdatei: Geben Sie ihre Passphrase mit einer Schlüsseloption an.</translation>
    </message>
    <message>
        <source>chunk %1 (plaintext byte %2)</source>
        <translation>Abschnitt %1 (Klartext-Byte %2)</translation>
    </message>
    <message>
        <source>Reading the input failed: %1.</source>
        <translation>Das Lesen der Eingabe ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The input became shorter while it was read.</source>
        <translation>Die Eingabe wurde während des Lesens kürzer.</translation>
    </message>
    <message>
        <source>The file is truncated: it ends inside the payload nonce, right after the header.</source>
        <translation>Die Datei ist abgeschnitten: Sie endet innerhalb der Nutzdaten-Nonce, direkt nach dem Kopf.</translation>
    </message>
    <message>
        <source>The payload is truncated: it has no chunk at all.</source>
        <translation>Die Nutzdaten sind abgeschnitten: Sie haben überhaupt keinen Abschnitt.</translation>
    </message>
    <message>
        <source>The payload has trailing data: %1 is the final chunk, but more data follows it.</source>
        <translation>Die Nutzdaten haben überzählige Daten: %1 ist der letzte Abschnitt, doch es folgen weitere Daten.</translation>
    </message>
    <message>
        <source>The payload is truncated: the file ends after %1, which is not the final chunk.</source>
        <translation>Die Nutzdaten sind abgeschnitten: Die Datei endet nach %1, der nicht der letzte Abschnitt ist.</translation>
    </message>
    <message>
        <source>The payload is damaged: %1 is an empty final chunk, which only an empty file may have.</source>
        <translation>Die Nutzdaten sind beschädigt: %1 ist ein leerer letzter Abschnitt, den nur eine leere Datei haben darf.</translation>
    </message>
    <message>
        <source>The payload is truncated: %1 is shorter than its 16-byte tag.</source>
        <translation>Die Nutzdaten sind abgeschnitten: %1 ist kürzer als sein 16-Byte-Tag.</translation>
    </message>
    <message>
        <source>The payload is damaged: %1 does not authenticate (the file was changed, cut short, or has data appended).</source>
        <translation>Die Nutzdaten sind beschädigt: %1 ist nicht authentisch (die Datei wurde verändert, gekürzt oder es wurden Daten angehängt).</translation>
    </message>
    <message>
        <source>%1 already exists; choose another output name (nothing is overwritten).</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Ausgabenamen (es wird nichts überschrieben).</translation>
    </message>
    <message>
        <source>%1: cannot create the output (%2).</source>
        <translation>%1: Die Ausgabe kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>%1: writing failed (%2).</source>
        <translation>%1: Das Schreiben ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>a scrypt stanza has %1 arguments instead of 3</source>
        <translation>eine scrypt-Strophe hat %1 Argumente statt 3</translation>
    </message>
    <message>
        <source>a scrypt stanza&apos;s salt is not 16 bytes in canonical base64</source>
        <translation>das Salz einer scrypt-Strophe ist nicht 16 Bytes in kanonischem Base64</translation>
    </message>
    <message>
        <source>a scrypt stanza&apos;s work factor is not a plain decimal number</source>
        <translation>der Arbeitsfaktor einer scrypt-Strophe ist keine einfache Dezimalzahl</translation>
    </message>
    <message>
        <source>a scrypt stanza&apos;s work factor %1 is above the limit of %2</source>
        <translation>der Arbeitsfaktor %1 einer scrypt-Strophe liegt über der Grenze von %2</translation>
    </message>
    <message>
        <source>a scrypt stanza&apos;s body is %1 bytes instead of 32</source>
        <translation>der Rumpf einer scrypt-Strophe ist %1 Bytes statt 32 lang</translation>
    </message>
    <message>
        <source>an X25519 stanza has %1 arguments instead of 2</source>
        <translation>eine X25519-Strophe hat %1 Argumente statt 2</translation>
    </message>
    <message>
        <source>an X25519 stanza&apos;s share is not 32 bytes in canonical base64</source>
        <translation>der Anteil einer X25519-Strophe ist nicht 32 Bytes in kanonischem Base64</translation>
    </message>
    <message>
        <source>an X25519 stanza&apos;s body is %1 bytes instead of 32</source>
        <translation>der Rumpf einer X25519-Strophe ist %1 Bytes statt 32 lang</translation>
    </message>
    <message>
        <source>%1 is a Node.js AES-256-GCM backup: give its key (64 hex characters) with a key option.</source>
        <translation>%1 ist eine Node.js-AES-256-GCM-Sicherung: Geben Sie ihren Schlüssel (64 Hexadezimalzeichen) mit einer Schlüsseloption an.</translation>
    </message>
    <message>
        <source>The content&apos;s authenticity cannot be proven: the program that wrote this backup stored no GCM tag. Only its .sha256 checksum was checked, and it matches.</source>
        <translation>Die Echtheit des Inhalts lässt sich nicht beweisen: Das Programm, das diese Sicherung geschrieben hat, hat kein GCM-Tag gespeichert. Geprüft wurde nur die .sha256-Prüfsumme, und sie stimmt.</translation>
    </message>
    <message>
        <source>The content is gzip-compressed (gunzip it).</source>
        <translation>Der Inhalt ist mit gzip komprimiert (entpacken Sie ihn mit gunzip).</translation>
    </message>
    <message>
        <source>The key of a Node.js AES-256-GCM backup is 64 hex characters (as BACKUP_ENCRYPTION_KEY holds it) or x&apos;...&apos; around them.</source>
        <translation>Der Schlüssel einer Node.js-AES-256-GCM-Sicherung besteht aus 64 Hexadezimalzeichen (wie in BACKUP_ENCRYPTION_KEY) oder aus x&apos;...&apos; um sie herum.</translation>
    </message>
    <message>
        <source>%1: cannot read the backup or its .iv and .sha256 files.</source>
        <translation>%1: Die Sicherung oder ihre .iv- und .sha256-Dateien können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the .iv file must hold 16 bytes or 32 hex characters and the .sha256 file 64 hex characters.</source>
        <translation>%1: Die .iv-Datei muss 16 Bytes oder 32 Hexadezimalzeichen enthalten und die .sha256-Datei 64 Hexadezimalzeichen.</translation>
    </message>
    <message>
        <source>%1 does not match its .sha256 file: the backup is damaged or was changed.</source>
        <translation>%1 passt nicht zu seiner .sha256-Datei: Die Sicherung ist beschädigt oder wurde verändert.</translation>
    </message>
    <message>
        <source>GPGME cannot start gpg: install gnupg.</source>
        <translation>GPGME kann gpg nicht starten: Installieren Sie gnupg.</translation>
    </message>
    <message>
        <source>No identity matched: this OpenPGP file needs a passphrase; give it with a key option.</source>
        <translation>Keine Identität passt: Diese OpenPGP-Datei braucht eine Passphrase; geben Sie sie mit einer Schlüsseloption an.</translation>
    </message>
    <message>
        <source>No identity matched: no secret key in the gpg keyring opens this OpenPGP file.</source>
        <translation>Keine Identität passt: Kein geheimer Schlüssel im gpg-Schlüsselbund öffnet diese OpenPGP-Datei.</translation>
    </message>
    <message>
        <source>No identity matched: the passphrase is wrong (gpg: %1).</source>
        <translation>Keine Identität passt: Die Passphrase ist falsch (gpg: %1).</translation>
    </message>
    <message>
        <source>The OpenPGP file is damaged, truncated or was modified (gpg: %1).</source>
        <translation>Die OpenPGP-Datei ist beschädigt, abgeschnitten oder wurde verändert (gpg: %1).</translation>
    </message>
    <message>
        <source>The compressed content cannot be opened.</source>
        <translation>Der komprimierte Inhalt lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The compressed content inside is damaged or truncated: %1.</source>
        <translation>Der komprimierte Inhalt ist beschädigt oder abgeschnitten: %1.</translation>
    </message>
    <message>
        <source>The payload is damaged: %1 does not authenticate.</source>
        <translation>Die Nutzdaten sind beschädigt: %1 ist nicht authentisch.</translation>
    </message>
    <message>
        <source>%1: rewrapping failed: %2.</source>
        <translation>%1: Das Neuverpacken ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 is armored: only binary age files are rewrapped (decrypt and encrypt it again).</source>
        <translation>%1 ist armiert: Nur binäre age-Dateien werden neu verpackt (entschlüsseln und erneut verschlüsseln).</translation>
    </message>
    <message>
        <source>%1 is not an age file.</source>
        <translation>%1 ist keine age-Datei.</translation>
    </message>
    <message>
        <source>%1: the header&apos;s MAC does not match.</source>
        <translation>%1: Der MAC des Kopfes stimmt nicht.</translation>
    </message>
    <message>
        <source>cannot write the new file</source>
        <translation>die neue Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the new file does not read back</source>
        <translation>die neue Datei lässt sich nicht zurücklesen</translation>
    </message>
    <message>
        <source>cannot keep the original as %1</source>
        <translation>das Original kann nicht als %1 aufbewahrt werden</translation>
    </message>
    <message>
        <source>%1: new recipients; the original is kept as %2 until you remove it.</source>
        <translation>%1: neue Empfänger; das Original bleibt als %2 erhalten, bis Sie es entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>Rewrap %n age file(s)</source>
        <translation>
            <numerusform>%n age-Datei neu verpacken</numerusform>
            <numerusform>%n age-Dateien neu verpacken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rewrapped to %1 recipient(s).</source>
        <translation>
            <numerusform>%n Datei für %1 Empfänger neu verpackt.</numerusform>
            <numerusform>%n Dateien für %1 Empfänger neu verpackt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversionJob</name>
    <message>
        <source>Re-encrypting page by page: only the key or the KDF changes.</source>
        <translation>Seite für Seite neu verschlüsseln: Nur der Schlüssel oder die Schlüsselableitung ändert sich.</translation>
    </message>
    <message>
        <source>Copying through sqlcipher_export: %1.</source>
        <translation>Kopie über sqlcipher_export: %1.</translation>
    </message>
    <message>
        <source>the source could not be locked against writers</source>
        <translation>die Quelle konnte nicht gegen schreibende Programme gesperrt werden</translation>
    </message>
    <message>
        <source>%1: %2 done page by page and verified (%3 pages re-encrypted and compared, %4 tables read with the new key). %5</source>
        <translation>%1: %2 Seite für Seite erledigt und geprüft (%3 Seiten neu verschlüsselt und verglichen, %4 Tabellen mit dem neuen Schlüssel gelesen). %5</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>Tabelle %1: %2</translation>
    </message>
    <message>
        <source>Encrypt %1</source>
        <translation>%1 verschlüsseln</translation>
    </message>
    <message>
        <source>Decrypt %1</source>
        <translation>%1 entschlüsseln</translation>
    </message>
    <message>
        <source>Change the key of %1</source>
        <translation>Schlüssel von %1 ändern</translation>
    </message>
    <message>
        <source>Migrate %1</source>
        <translation>%1 migrieren</translation>
    </message>
    <message>
        <source>Check the source</source>
        <translation>Quelle prüfen</translation>
    </message>
    <message>
        <source>Write the new file</source>
        <translation>Neue Datei schreiben</translation>
    </message>
    <message>
        <source>Flush the new file to disk</source>
        <translation>Neue Datei auf den Datenträger schreiben</translation>
    </message>
    <message>
        <source>Verify the new file</source>
        <translation>Neue Datei prüfen</translation>
    </message>
    <message>
        <source>Swap in the new file</source>
        <translation>Neue Datei einsetzen</translation>
    </message>
    <message>
        <source>Remove the kept original</source>
        <translation>Aufbewahrtes Original entfernen</translation>
    </message>
    <message>
        <source>%1: the new file does not open with its key (%2); it was removed and the original is unchanged.</source>
        <translation>%1: Die neue Datei öffnet sich nicht mit ihrem Schlüssel (%2); sie wurde entfernt, das Original ist unverändert.</translation>
    </message>
    <message>
        <source>%1: the new file did not pass verification (%2). It was removed; the original is unchanged.</source>
        <translation>%1: Die neue Datei hat die Prüfung nicht bestanden (%2). Sie wurde entfernt; das Original ist unverändert.</translation>
    </message>
    <message>
        <source>%1: SQLCipher cannot read the new file with its key (%2); it was removed and the original is unchanged.</source>
        <translation>%1: SQLCipher kann die neue Datei mit ihrem Schlüssel nicht lesen (%2); sie wurde entfernt, das Original ist unverändert.</translation>
    </message>
    <message>
        <source>not run: every page compared with the source as it was written</source>
        <translation>nicht ausgeführt: Jede Seite wurde beim Schreiben mit der Quelle verglichen</translation>
    </message>
    <message>
        <source>Found %1 leftover temp file(s) of an interrupted run: %2</source>
        <translation>%1 übrig gebliebene temporäre Datei(en) eines abgebrochenen Laufs gefunden: %2</translation>
    </message>
    <message>
        <source>The original was deleted (its blocks are not scrubbed on an SSD).</source>
        <translation>Das Original wurde gelöscht (seine Blöcke werden auf einer SSD nicht überschrieben).</translation>
    </message>
    <message>
        <source>The original is kept as %1.</source>
        <translation>Das Original bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>%1: %2 done and verified (%3 tables, %4 rows). %5</source>
        <translation>%1: %2 abgeschlossen und geprüft (%3 Tabellen, %4 Zeilen). %5</translation>
    </message>
</context>
<context>
    <name>PageReencryptor</name>
    <message>
        <source>libcrypto failed to re-encrypt a page.</source>
        <translation>libcrypto konnte eine Seite nicht neu verschlüsseln.</translation>
    </message>
    <message>
        <source>Page %1 fails its HMAC check with the current key: the file is damaged there.</source>
        <translation>Seite %1 besteht die HMAC-Prüfung mit dem aktuellen Schlüssel nicht: Die Datei ist dort beschädigt.</translation>
    </message>
    <message>
        <source>Page %1 did not decrypt back to its content after re-encryption.</source>
        <translation>Seite %1 ergab nach der Neuverschlüsselung entschlüsselt nicht wieder ihren Inhalt.</translation>
    </message>
</context>
<context>
    <name>PageRekey</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1-wal: cannot read: %2</source>
        <translation>%1-wal: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: page %2 is missing: the file ends before it and its -wal does not hold it. Nothing was changed.</source>
        <translation>%1: Seite %2 fehlt: Die Datei endet vor ihr, und ihr -wal enthält sie nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: the disk filled up while writing the new file. The partial copy was removed and the original is unchanged; free space in that folder and try again.</source>
        <translation>%1: Der Datenträger wurde beim Schreiben der neuen Datei voll. Die unvollständige Kopie wurde entfernt, das Original ist unverändert; schaffen Sie Platz in diesem Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>only a rekey or a migrate keeps the pages&apos; layout</source>
        <translation>nur ein Schlüsselwechsel oder eine Migration behält den Aufbau der Seiten bei</translation>
    </message>
    <message>
        <source>both sides must be encrypted</source>
        <translation>beide Seiten müssen verschlüsselt sein</translation>
    </message>
    <message>
        <source>a plaintext header keeps the salt outside the file</source>
        <translation>ein Klartext-Header hält das Salt außerhalb der Datei</translation>
    </message>
    <message>
        <source>pages without an HMAC (SQLCipher 1)</source>
        <translation>Seiten ohne HMAC (SQLCipher 1)</translation>
    </message>
    <message>
        <source>the page size changes</source>
        <translation>die Seitengröße ändert sich</translation>
    </message>
    <message>
        <source>the HMAC algorithm changes</source>
        <translation>der HMAC-Algorithmus ändert sich</translation>
    </message>
    <message>
        <source>a page layout Strongroom does not read itself</source>
        <translation>ein Seitenaufbau, den Strongroom nicht selbst liest</translation>
    </message>
    <message>
        <source>%1: cannot create the new file: %2</source>
        <translation>%1: Die neue Datei kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cancelled while re-encrypting; the original is unchanged.</source>
        <translation>Während der Neuverschlüsselung abgebrochen; das Original ist unverändert.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genug Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>KeyImport</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the passphrase does not open this identity file.</source>
        <translation>%1: Die Passphrase öffnet diese Identitätsdatei nicht.</translation>
    </message>
    <message>
        <source>%1 is neither an age identity file (AGE-SECRET-KEY-1… lines) nor a recipients file (age1… lines).</source>
        <translation>%1 ist weder eine age-Identitätsdatei (Zeilen AGE-SECRET-KEY-1…) noch eine Empfängerdatei (Zeilen age1…).</translation>
    </message>
</context>
<context>
    <name>KeyList</name>
    <message>
        <source>%1: cannot read the key registry.</source>
        <translation>%1: Das Schlüsselverzeichnis kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the key registry is damaged (%2); it was left as it is.</source>
        <translation>%1: Das Schlüsselverzeichnis ist beschädigt (%2); es wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>key registry</source>
        <translation>Schlüsselverzeichnis</translation>
    </message>
    <message>
        <source>%1: the key registry is locked by another process.</source>
        <translation>%1: Das Schlüsselverzeichnis ist von einem anderen Prozess gesperrt.</translation>
    </message>
    <message>
        <source>List the keys</source>
        <translation>Schlüssel auflisten</translation>
    </message>
    <message>
        <source>Read the key registry</source>
        <translation>Schlüsselverzeichnis lesen</translation>
    </message>
    <message>
        <source>Read the backup catalogs</source>
        <translation>Sicherungskataloge lesen</translation>
    </message>
    <message>
        <source>Read the LUKS headers</source>
        <translation>LUKS-Header lesen</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>first seen</source>
        <translation>zuerst gesehen</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>%1: the key file is gone (it is still listed).</source>
        <translation>%1: Die Schlüsseldatei ist nicht mehr vorhanden (sie wird weiter aufgeführt).</translation>
    </message>
    <message>
        <source>%1 slot %2 (%3)</source>
        <translation>%1 Slot %2 (%3)</translation>
    </message>
    <message>
        <source>%1 slot %2</source>
        <translation>%1 Slot %2</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(gesperrt)</translation>
    </message>
    <message>
        <source>Keys known: %1; due for rotation (older than %2 days): %3.</source>
        <translation>Bekannte Schlüssel: %1; fällig zum Wechsel (älter als %2 Tage): %3.</translation>
    </message>
    <message>
        <source>rekey (audit log)</source>
        <translation>Neuverschlüsselung (Audit-Protokoll)</translation>
    </message>
    <message>
        <source>Keys known: %1; due for rotation (older than %2 days, or their own period): %3.</source>
        <translation>Bekannte Schlüssel: %1; fällig zum Wechsel (älter als %2 Tage oder als ihr eigener Zeitraum): %3.</translation>
    </message>
</context>
<context>
    <name>KeyRecoverySheet</name>
    <message>
        <source>Strongroom Recovery Sheet: age key</source>
        <translation>Strongroom-Notfallblatt: age-Schlüssel</translation>
    </message>
    <message>
        <source>Keep this sheet offline, somewhere safe. Whoever holds it can decrypt every file encrypted to this key.</source>
        <translation>Bewahren Sie dieses Blatt offline an einem sicheren Ort auf. Wer es besitzt, kann jede Datei entschlüsseln, die für diesen Schlüssel verschlüsselt wurde.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Identity (secret)</source>
        <translation>Identität (geheim)</translation>
    </message>
    <message>
        <source>Type it back as one line, without the spaces, into a file of its own to use it with strongroom-cli --identity or age -i.</source>
        <translation>Tippen Sie sie als eine Zeile ohne Leerzeichen in eine eigene Datei ab, um sie mit strongroom-cli --identity oder age -i zu verwenden.</translation>
    </message>
    <message>
        <source>The identity as a QR code</source>
        <translation>Die Identität als QR-Code</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::GenerateKeyDialog</name>
    <message>
        <source>Generate an age Key</source>
        <translation>age-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>e.g. offsite backups 2026</source>
        <translation>z. B. Auslagerungssicherungen 2026</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Identity file:</source>
        <translation>Identitätsdatei:</translation>
    </message>
    <message>
        <source>Recovery sheet (PDF):</source>
        <translation>Notfallblatt (PDF):</translation>
    </message>
    <message>
        <source>Protect the identity file with a passphrase (as age -p does)</source>
        <translation>Identitätsdatei mit einer Passphrase schützen (wie age -p)</translation>
    </message>
    <message>
        <source>Also keep the identity in the desktop keyring</source>
        <translation>Identität auch im Schlüsselbund des Desktops ablegen</translation>
    </message>
    <message>
        <source>No desktop keyring is running (Secret Service or KWallet).</source>
        <translation>Kein Schlüsselbund des Desktops läuft (Secret Service oder KWallet).</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation>Identitätsdatei</translation>
    </message>
    <message>
        <source>The new identity file is empty.</source>
        <translation>Die neue Identitätsdatei ist leer.</translation>
    </message>
    <message>
        <source>The recovery sheet could not be written to %1; the key itself is in %2.</source>
        <translation>Das Notfallblatt konnte nicht nach %1 geschrieben werden; der Schlüssel selbst liegt in %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The key is made.&lt;/b&gt;&lt;br&gt;Identity file: %1 (0600)&lt;br&gt;Recovery sheet: %2&lt;br&gt;Key id: %3&lt;br&gt;Recipient (give this to the hosts that encrypt): &lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Der Schlüssel ist erzeugt.&lt;/b&gt;&lt;br&gt;Identitätsdatei: %1 (0600)&lt;br&gt;Notfallblatt: %2&lt;br&gt;Schlüssel-ID: %3&lt;br&gt;Empfänger (für die Rechner, die verschlüsseln): &lt;tt&gt;%4&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Print the recovery sheet. To show that you have it, type group %1 of the identity (the %1. block of five characters):</source>
        <translation>Drucken Sie das Notfallblatt. Um zu zeigen, dass Sie es haben, tippen Sie Gruppe %1 der Identität ab (den %1. Block aus fünf Zeichen):</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::KeysPage</name>
    <message>
        <source>age identity</source>
        <translation>age-Identität</translation>
    </message>
    <message>
        <source>age recipients</source>
        <translation>age-Empfänger</translation>
    </message>
    <message>
        <source>age identity (keyring)</source>
        <translation>age-Identität (Schlüsselbund)</translation>
    </message>
    <message>
        <source>SQLCipher key</source>
        <translation>SQLCipher-Schlüssel</translation>
    </message>
    <message>
        <source>LUKS key slot</source>
        <translation>LUKS-Schlüsselslot</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Every key Strongroom knows: age identities and recipients it was given, the SQLCipher keys of your backup catalogs and the key slots of your volumes. Keys older than the rotation period are due for a new key.</source>
        <translation>Jeder Schlüssel, den Strongroom kennt: übergebene age-Identitäten und -Empfänger, die SQLCipher-Schlüssel Ihrer Sicherungskataloge und die Schlüsselslots Ihrer Volumes. Schlüssel, die älter als der Wechselzeitraum sind, sind fällig für einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Erzeugen…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Rewrap Backups to a New Key…</source>
        <translation>Sicherungen auf neuen Schlüssel umschlüsseln…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Rotate keys after:</source>
        <translation>Schlüssel wechseln nach:</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key map:&lt;/b&gt; the files the selected key opens</source>
        <translation>&lt;b&gt;Schlüsselkarte:&lt;/b&gt; die Dateien, die der gewählte Schlüssel öffnet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>due since %1</source>
        <translation>fällig seit %1</translation>
    </message>
    <message>
        <source>Keys older than %1 days: %2. Time to make a new key and rewrap or re-key what they open.</source>
        <translation>Schlüssel älter als %1 Tage: %2. Zeit, einen neuen Schlüssel zu erzeugen und umzuschlüsseln, was sie öffnen.</translation>
    </message>
    <message>
        <source>No keys known yet. Generate an age key, import one, or make a backup or a volume.</source>
        <translation>Noch keine Schlüssel bekannt. Erzeugen oder importieren Sie einen age-Schlüssel, oder legen Sie eine Sicherung oder ein Volume an.</translation>
    </message>
    <message>
        <source>(no file known yet: files encrypted with strongroom-cli file encrypt or opened with file decrypt appear here)</source>
        <translation>(noch keine Datei bekannt: Dateien, die mit strongroom-cli file encrypt verschlüsselt oder mit file decrypt geöffnet wurden, erscheinen hier)</translation>
    </message>
    <message>
        <source>%1 imported: recipients file with %2 recipients.</source>
        <translation>%1 importiert: Empfängerdatei mit %2 Empfängern.</translation>
    </message>
    <message>
        <source>%1 imported: a passphrase-protected identity file; its key id is known once it is used.</source>
        <translation>%1 importiert: eine passphrasengeschützte Identitätsdatei; ihre Schlüssel-ID ist bekannt, sobald sie verwendet wird.</translation>
    </message>
    <message>
        <source>%1 imported: identity file with %2 identities.</source>
        <translation>%1 importiert: Identitätsdatei mit %2 Identitäten.</translation>
    </message>
    <message>
        <source>Import a Key</source>
        <translation>Schlüssel importieren</translation>
    </message>
    <message>
        <source>An age identity file (AGE-SECRET-KEY-1…, also one protected with age -p) or a recipients file (age1…). Strongroom remembers its path, recipients and key ids; never the secret.</source>
        <translation>Eine age-Identitätsdatei (AGE-SECRET-KEY-1…, auch eine mit age -p geschützte) oder eine Empfängerdatei (age1…). Strongroom merkt sich Pfad, Empfänger und Schlüssel-IDs, nie das Geheimnis.</translation>
    </message>
    <message>
        <source>Also keep the identity in the desktop keyring</source>
        <translation>Identität auch im Schlüsselbund des Desktops ablegen</translation>
    </message>
    <message>
        <source>No desktop keyring is running (Secret Service or KWallet).</source>
        <translation>Kein Schlüsselbund des Desktops läuft (Secret Service oder KWallet).</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>passphrase of a protected identity file (optional)</source>
        <translation>Passphrase einer geschützten Identitätsdatei (optional)</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Rotation Period…</source>
        <translation>Wechselzeitraum …</translation>
    </message>
    <message>
        <source>Give the selected key its own rotation period, or the global one again.</source>
        <translation>Dem gewählten Schlüssel einen eigenen Wechselzeitraum geben oder wieder den allgemeinen.</translation>
    </message>
    <message>
        <source>Record Recovery Copy…</source>
        <translation>Wiederherstellungskopie vermerken …</translation>
    </message>
    <message>
        <source>Record where the selected key&apos;s recovery copy is kept.</source>
        <translation>Vermerken, wo die Wiederherstellungskopie des gewählten Schlüssels aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Recovery copy</source>
        <translation>Wiederherstellungskopie</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>ersetzt durch %1</translation>
    </message>
    <message>
        <source>Its own rotation period: %1 days.</source>
        <translation>Eigener Wechselzeitraum: %1 Tage.</translation>
    </message>
    <message>
        <source>Recorded on %1.</source>
        <translation>Vermerkt am %1.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::RewrapDialog</name>
    <message>
        <source>Rewrap Backups to a New Key</source>
        <translation>Sicherungen auf neuen Schlüssel umschlüsseln</translation>
    </message>
    <message>
        <source>Gives age files a new recipient by rewriting only their headers: the payload is not touched, so even large backups take seconds. Each original is kept beside its file until you remove it.</source>
        <translation>Gibt age-Dateien einen neuen Empfänger, indem nur ihre Header neu geschrieben werden: Die Nutzdaten bleiben unberührt, daher dauern selbst große Sicherungen nur Sekunden. Jedes Original bleibt neben seiner Datei erhalten, bis Sie es entfernen.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>only for a passphrase-protected identity file</source>
        <translation>nur für eine passphrasengeschützte Identitätsdatei</translation>
    </message>
    <message>
        <source>Rewrap</source>
        <translation>Umschlüsseln</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Identity that opens them now:</source>
        <translation>Identität, die sie jetzt öffnet:</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>Ihre Passphrase:</translation>
    </message>
    <message>
        <source>New recipient:</source>
        <translation>Neuer Empfänger:</translation>
    </message>
    <message>
        <source>Age Files</source>
        <translation>age-Dateien</translation>
    </message>
    <message>
        <source>age files (*.age);;All files (*)</source>
        <translation>age-Dateien (*.age);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation>Identitätsdatei</translation>
    </message>
    <message>
        <source>%1 is not an age recipient (age1…, as age-keygen prints it).</source>
        <translation>%1 ist kein age-Empfänger (age1…, wie age-keygen ihn ausgibt).</translation>
    </message>
</context>
<context>
    <name>KeySlotJob</name>
    <message>
        <source>Cancelled; the key slot written meanwhile was removed again, so the slots are as before.</source>
        <translation>Abgebrochen; der inzwischen geschriebene Schlüsselplatz wurde wieder entfernt, die Schlüsselplätze sind wie zuvor.</translation>
    </message>
    <message>
        <source>Test a key of %1</source>
        <translation>Einen Schlüssel von %1 testen</translation>
    </message>
    <message>
        <source>Prove another key of %1</source>
        <translation>Einen weiteren Schlüssel von %1 nachweisen</translation>
    </message>
    <message>
        <source>Add a key to %1</source>
        <translation>Schlüssel zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change a key of %1</source>
        <translation>Schlüssel von %1 ändern</translation>
    </message>
    <message>
        <source>Remove key slot %1 of %2</source>
        <translation>Schlüsselplatz %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Retune key slot %1 of %2</source>
        <translation>Schlüsselplatz %1 von %2 neu abstimmen</translation>
    </message>
    <message>
        <source>Read the header</source>
        <translation>Header lesen</translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Write the key slot</source>
        <translation>Schlüsselplatz schreiben</translation>
    </message>
    <message>
        <source>The key opens %1.</source>
        <translation>Der Schlüssel öffnet %1.</translation>
    </message>
    <message>
        <source>The key opens %1, so %2 may go.</source>
        <translation>Der Schlüssel öffnet %1, also kann %2 entfernt werden.</translation>
    </message>
    <message>
        <source>Removed %1; %2 still opens the volume.</source>
        <translation>%1 entfernt; %2 öffnet das Volume weiterhin.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Changed the key of %1.</source>
        <translation>Schlüssel von %1 geändert.</translation>
    </message>
    <message>
        <source>Retuning needs the new PBKDF costs.</source>
        <translation>Das Neuabstimmen braucht die neuen PBKDF-Kosten.</translation>
    </message>
    <message>
        <source>Rewrote %1 with the new PBKDF costs.</source>
        <translation>%1 mit den neuen PBKDF-Kosten neu geschrieben.</translation>
    </message>
</context>
<context>
    <name>HeaderBackup</name>
    <message>
        <source>Stopped before the header was written; %1 is unchanged.</source>
        <translation>Angehalten, bevor der Header geschrieben wurde; %1 ist unverändert.</translation>
    </message>
    <message>
        <source>writing the header backup</source>
        <translation>Schreiben der Header-Sicherung</translation>
    </message>
    <message>
        <source>%1: the header backup did not read back correctly; nothing was written.</source>
        <translation>%1: Die Header-Sicherung ließ sich nicht korrekt zurücklesen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or move the old backup away first.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder verschieben Sie die alte Sicherung zuerst.</translation>
    </message>
    <message>
        <source>%1 is not a LUKS header backup: %2</source>
        <translation>%1 ist keine LUKS-Header-Sicherung: %2</translation>
    </message>
    <message>
        <source>%1 has UUID %2 but the backup %3 belongs to UUID %4: it is the header of another volume. Nothing was changed; pass --force only if you are sure.</source>
        <translation>%1 hat die UUID %2, aber die Sicherung %3 gehört zur UUID %4: Sie ist der Header eines anderen Volumes. Es wurde nichts geändert; geben Sie --force nur an, wenn Sie sicher sind.</translation>
    </message>
    <message>
        <source>%1 has no readable LUKS header, so the backup&apos;s UUID cannot be checked against it. Pass --force to restore %2 onto it anyway.</source>
        <translation>%1 hat keinen lesbaren LUKS-Header, daher kann die UUID der Sicherung nicht damit verglichen werden. Geben Sie --force an, um %2 trotzdem darauf wiederherzustellen.</translation>
    </message>
    <message>
        <source>restoring the header from %1</source>
        <translation>Wiederherstellen des Headers aus %1</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgConnectionDialog</name>
    <message>
        <source>PostgreSQL Connection</source>
        <translation>PostgreSQL-Verbindung</translation>
    </message>
    <message>
        <source>host=db.example dbname=shop user=app, postgresql://…, or a service name</source>
        <translation>host=db.example dbname=shop user=app, postgresql://… oder ein Dienstname</translation>
    </message>
    <message>
        <source>A libpq connection string, a postgresql:// URI, or a service name from pg_service.conf. Never put the password here.</source>
        <translation>Eine libpq-Verbindungszeichenkette, eine postgresql://-URI oder ein Dienstname aus pg_service.conf. Schreiben Sie das Passwort nie hier hinein.</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>shown in the Databases list</source>
        <translation>wird in der Datenbankliste angezeigt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>a host name, an address, or a socket folder (default: the local socket)</source>
        <translation>ein Hostname, eine Adresse oder ein Socket-Ordner (Vorgabe: der lokale Socket)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>libpq&apos;s default (prefer)</source>
        <translation>Vorgabe von libpq (prefer)</translation>
    </message>
    <message>
        <source>disable: never encrypt</source>
        <translation>disable: nie verschlüsseln</translation>
    </message>
    <message>
        <source>allow: encrypt if the server insists</source>
        <translation>allow: verschlüsseln, wenn der Server darauf besteht</translation>
    </message>
    <message>
        <source>prefer: encrypt if the server can</source>
        <translation>prefer: verschlüsseln, wenn der Server es kann</translation>
    </message>
    <message>
        <source>require: always encrypt, certificate not checked</source>
        <translation>require: immer verschlüsseln, Zertifikat ungeprüft</translation>
    </message>
    <message>
        <source>verify-ca: encrypt, certificate checked</source>
        <translation>verify-ca: verschlüsseln, Zertifikat geprüft</translation>
    </message>
    <message>
        <source>verify-full: encrypt, certificate and host name checked</source>
        <translation>verify-full: verschlüsseln, Zertifikat und Hostname geprüft</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>the CA certificate for verify-ca and verify-full (default ~/.postgresql/root.crt)</source>
        <translation>das CA-Zertifikat für verify-ca und verify-full (Vorgabe ~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>&amp;Stammzertifikat:</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass, or none</source>
        <translation>leer: aus ~/.pgpass oder keines</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the desktop keyring</source>
        <translation>Passwort im Schlüsselbund der Arbeitsumgebung &amp;aufbewahren</translation>
    </message>
    <message>
        <source>No desktop keyring is running (Secret Service or KWallet).</source>
        <translation>Es läuft kein Schlüsselbund der Arbeitsumgebung (Secret Service oder KWallet).</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Name the server: a connection string, or host and database.</source>
        <translation>Nennen Sie den Server: eine Verbindungszeichenkette oder Host und Datenbank.</translation>
    </message>
    <message>
        <source>the password field</source>
        <translation>das Passwortfeld</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected&lt;/b&gt; to PostgreSQL %1 as %2, database %3 (%4).&lt;br&gt;TLS: %5</source>
        <translation>&lt;b&gt;Verbunden&lt;/b&gt; mit PostgreSQL %1 als %2, Datenbank %3 (%4).&lt;br&gt;TLS: %5</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgDashboard</name>
    <message>
        <source>This connection cannot be used: %1</source>
        <translation>Diese Verbindung ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Datenbankgröße</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Encrypted storage</source>
        <translation>Verschlüsselter Speicher</translation>
    </message>
    <message>
        <source>Password hashing</source>
        <translation>Passwort-Hashing</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Count Rows &amp;Exactly</source>
        <translation>Zeilen &amp;genau zählen</translation>
    </message>
    <message>
        <source>Counts every table&apos;s rows in parallel sessions that share one snapshot, so the counts describe one moment while applications write.</source>
        <translation>Zählt die Zeilen jeder Tabelle in parallelen Sitzungen mit einem gemeinsamen Snapshot, sodass die Zahlen einen Zeitpunkt beschreiben, während Anwendungen schreiben.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Edit &amp;Connection…</source>
        <translation>&amp;Verbindung bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Removes this connection from the list (and its password from the keyring).</source>
        <translation>Entfernt diese Verbindung aus der Liste (und ihr Passwort aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>Zeilen (Schätzung)</translation>
    </message>
    <message>
        <source>Rows (exact)</source>
        <translation>Zeilen (genau)</translation>
    </message>
    <message>
        <source>Table data</source>
        <translation>Tabellendaten</translation>
    </message>
    <message>
        <source>TOAST</source>
        <translation>TOAST</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>der Schlüsselbund</translation>
    </message>
    <message>
        <source>Counting every table&apos;s rows in one snapshot…</source>
        <translation>Zähle die Zeilen jeder Tabelle in einem Snapshot …</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Stopped; the figures shown are the previous ones.</source>
        <translation>Angehalten; die angezeigten Zahlen sind die vorherigen.</translation>
    </message>
    <message>
        <source>Enter &amp;Password…</source>
        <translation>&amp;Passwort eingeben …</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>The connection to this server is not encrypted: passwords and data cross the network in the clear. Choose TLS mode require or verify-full.</source>
        <translation>Die Verbindung zu diesem Server ist nicht verschlüsselt: Passwörter und Daten gehen im Klartext über das Netz. Wählen Sie den TLS-Modus require oder verify-full.</translation>
    </message>
    <message>
        <source>The connection is encrypted but the server&apos;s certificate is not checked (sslmode %1): anyone between here and the server could pose as it. Choose verify-full with the server&apos;s CA certificate.</source>
        <translation>Die Verbindung ist verschlüsselt, aber das Zertifikat des Servers wird nicht geprüft (sslmode %1): Jeder zwischen hier und dem Server könnte sich als dieser ausgeben. Wählen Sie verify-full mit dem CA-Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>%1 as %2, port %3</source>
        <translation>%1 als %2, Port %3</translation>
    </message>
    <message>
        <source>database %1, %2</source>
        <translation>Datenbank %1, %2</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Unix socket on this machine</source>
        <translation>Unix-Socket auf diesem Rechner</translation>
    </message>
    <message>
        <source>%1; sslmode %2, %3</source>
        <translation>%1; sslmode %2, %3</translation>
    </message>
    <message>
        <source>certificate and host verified</source>
        <translation>Zertifikat und Host geprüft</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>Zertifikat geprüft</translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation>Zertifikat NICHT geprüft</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>sslmode %1: not encrypted</source>
        <translation>sslmode %1: nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1 mapping %2</source>
        <translation>%1-Zuordnung %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 on %2, no dm-crypt under it</source>
        <translation>%1 auf %2, kein dm-crypt darunter</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>nicht sichtbar</translation>
    </message>
    <message>
        <source>ssl %1, minimum %2</source>
        <translation>ssl %1, mindestens %2</translation>
    </message>
    <message>
        <source>%1 rows, counted exactly</source>
        <translation>%1 Zeilen, genau gezählt</translation>
    </message>
    <message>
        <source>about %1 rows (estimate)</source>
        <translation>etwa %1 Zeilen (Schätzung)</translation>
    </message>
    <message>
        <source>never analysed</source>
        <translation>nie analysiert</translation>
    </message>
    <message>
        <source>Largest tables (MiB)</source>
        <translation>Größte Tabellen (MiB)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>Jetzt &amp;sichern …</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Bac&amp;kups</source>
        <translation>Sic&amp;herungen</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgTargetPage</name>
    <message>
        <source>Target Database</source>
        <translation>Zieldatenbank</translation>
    </message>
    <message>
        <source>A &amp;new database:</source>
        <translation>Eine &amp;neue Datenbank:</translation>
    </message>
    <message>
        <source>An &amp;existing database:</source>
        <translation>Eine &amp;vorhandene Datenbank:</translation>
    </message>
    <message>
        <source>1 streams the backup into pg_restore with no plaintext on disk. More run pg_restore in parallel, which needs the decrypted dump staged in a private folder.</source>
        <translation>1 streamt die Sicherung ohne Klartext auf der Platte in pg_restore. Mehr lassen pg_restore parallel laufen, wofür der entschlüsselte Dump in einem privaten Ordner zwischengelagert wird.</translation>
    </message>
    <message>
        <source>Parallel &amp;jobs:</source>
        <translation>Parallele &amp;Prozesse:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>&amp;Staging folder:</source>
        <translation>&amp;Zwischenordner:</translation>
    </message>
    <message>
        <source>The staging folder (0700) holds the decrypted dump while pg_restore reads it; it is removed afterwards, also after a failure or a cancel. Choose one on an encrypted file system.</source>
        <translation>Der Zwischenordner (0700) hält den entschlüsselten Dump, während pg_restore ihn liest; er wird danach entfernt, auch nach einem Fehler oder Abbruch. Wählen Sie einen auf einem verschlüsselten Dateisystem.</translation>
    </message>
    <message>
        <source>Choose the Staging Folder</source>
        <translation>Zwischenordner wählen</translation>
    </message>
    <message>
        <source>Where the backup is restored on %1.</source>
        <translation>Wohin die Sicherung auf %1 wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>&amp;Replace what it holds (--clean)</source>
        <translation>Ihren Inhalt &amp;ersetzen (--clean)</translation>
    </message>
    <message>
        <source>Its current tables and their rows are dropped and restored from the backup. Without this, a database that holds tables is refused.</source>
        <translation>Ihre jetzigen Tabellen und deren Zeilen werden gelöscht und aus der Sicherung wiederhergestellt. Ohne dies wird eine Datenbank, die Tabellen enthält, abgelehnt.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgRestoreWizard</name>
    <message>
        <source>Restore a PostgreSQL Backup</source>
        <translation>PostgreSQL-Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgReportPage</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>In der Sicherung</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>The restore was stopped. The staging folder was removed; a database created for it was dropped again.</source>
        <translation>Die Wiederherstellung wurde angehalten. Der Zwischenordner wurde entfernt; eine dafür angelegte Datenbank wurde wieder gelöscht.</translation>
    </message>
    <message>
        <source>The restore failed:</source>
        <translation>Die Wiederherstellung ist gescheitert:</translation>
    </message>
    <message>
        <source>Restored into %1 in %2 s.</source>
        <translation>In %1 wiederhergestellt, in %2 s.</translation>
    </message>
    <message>
        <source>%1 tables, %2 rows restored.</source>
        <translation>%1 Tabellen, %2 Zeilen wiederhergestellt.</translation>
    </message>
    <message>
        <source>The file (%1) has no manifest: the counts found are shown without a comparison.</source>
        <translation>Die Datei (%1) hat kein Manifest: Die gefundenen Zahlen werden ohne Vergleich gezeigt.</translation>
    </message>
    <message>
        <source>Staging folder used (now removed): %1</source>
        <translation>Verwendeter Zwischenordner (jetzt entfernt): %1</translation>
    </message>
    <message>
        <source>Warnings of pg_restore:</source>
        <translation>Warnungen von pg_restore:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>What the restore did, and every table's rows in the backup and in the restored database.</source>
        <translation>Was die Wiederherstellung getan hat, und die Zeilen jeder Tabelle in der Sicherung und in der wiederhergestellten Datenbank.</translation>
    </message>
    <message>
        <source>&amp;Add the Restored Database to the Databases Section</source>
        <translation>Wiederhergestellte Datenbank im Bereich Datenbanken &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgProgressPage</name>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Restoring into %1; the job dialog shows every step and can stop it.</source>
        <translation>Wiederherstellung in %1; der Aufgabendialog zeigt jeden Schritt und kann sie anhalten.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgPlanPage</name>
    <message>
        <source>The Plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Restore starts the steps below.</source>
        <translation>Noch ist nichts verändert. „Wiederherstellen“ startet die Schritte unten.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Check %1 again: checksums, manifest and age header, with the key.</source>
        <translation>%1 erneut prüfen: Prüfsummen, Manifest und age-Header, mit dem Schlüssel.</translation>
    </message>
    <message>
        <source>Create the new database %1 on %2.</source>
        <translation>Die neue Datenbank %1 auf %2 anlegen.</translation>
    </message>
    <message>
        <source>Replace the objects of the existing database %1 on %2 (--clean): its tables and rows as they are now are lost.</source>
        <translation>Die Objekte der vorhandenen Datenbank %1 auf %2 ersetzen (--clean): Ihre Tabellen und Zeilen im jetzigen Stand gehen verloren.</translation>
    </message>
    <message>
        <source>Restore into the existing database %1 on %2, which must be empty; the restore is refused if it holds tables.</source>
        <translation>In die vorhandene Datenbank %1 auf %2 wiederherstellen, die leer sein muss; enthält sie Tabellen, wird die Wiederherstellung abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Stage the decrypted dump in a new private folder (0700) in %1 and run pg_restore with %n job(s); the folder is removed afterwards, also after a failure or a cancel.</source>
        <translation>
            <numerusform>Den entschlüsselten Dump in einem neuen privaten Ordner (0700) in %1 ablegen und pg_restore mit %n Prozess ausführen; der Ordner wird danach entfernt, auch nach einem Fehler oder Abbruch.</numerusform>
            <numerusform>Den entschlüsselten Dump in einem neuen privaten Ordner (0700) in %1 ablegen und pg_restore mit %n parallelen Prozessen ausführen; der Ordner wird danach entfernt, auch nach einem Fehler oder Abbruch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream the backup through decryption and decompression into pg_restore in one transaction: no plaintext on disk.</source>
        <translation>Die Sicherung durch Entschlüsselung und Dekompression in einer Transaktion in pg_restore streamen: kein Klartext auf der Platte.</translation>
    </message>
    <message>
        <source>Count every table's rows and compare them with the manifest; any difference is an error.</source>
        <translation>Die Zeilen jeder Tabelle zählen und mit dem Manifest vergleichen; jede Abweichung ist ein Fehler.</translation>
    </message>
    <message>
        <source>Count every table's rows (the file has no manifest to compare them with).</source>
        <translation>Die Zeilen jeder Tabelle zählen (die Datei hat kein Manifest zum Vergleich).</translation>
    </message>
    <message>
        <source>A restore that fails drops the new database again.</source>
        <translation>Scheitert die Wiederherstellung, wird die neue Datenbank wieder gelöscht.</translation>
    </message>
    <message>
        <source>Read %1 once in full to check it again (checksum, key, every part authenticated, compression, archive): one extra read of the file before the target is touched. Then decrypt it as it is read, authenticating every part.</source>
        <translation>%1 einmal vollständig lesen und erneut prüfen (Prüfsumme, Schlüssel, jeder Teil authentifiziert, Kompression, Archiv): ein zusätzliches Lesen der Datei, bevor das Ziel verändert wird. Dann beim Lesen entschlüsseln und jeden Teil authentifizieren.</translation>
    </message>
    <message>
        <source>Read %1 once in full to check it again (checksum, compression, archive): one extra read of the file before the target is touched.</source>
        <translation>%1 einmal vollständig lesen und erneut prüfen (Prüfsumme, Kompression, Archiv): ein zusätzliches Lesen der Datei, bevor das Ziel verändert wird.</translation>
    </message>
    <message>
        <source>Decrypt %1 as it is read, authenticating every part.</source>
        <translation>%1 beim Lesen entschlüsseln und dabei jeden Teil authentifizieren.</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>%1 lesen.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgKeyPage</name>
    <message>
        <source>The Key</source>
        <translation>Der Schlüssel</translation>
    </message>
    <message>
        <source>The age identity file the backup was encrypted to, or its passphrase. Nothing is restored before the key has opened the backup.</source>
        <translation>Die age-Identitätsdatei, für die die Sicherung verschlüsselt wurde, oder ihre Passphrase. Nichts wird wiederhergestellt, bevor der Schlüssel die Sicherung geöffnet hat.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgKeyEntry</name>
    <message>
        <source>Key of the Backup</source>
        <translation>Schlüssel der Sicherung</translation>
    </message>
    <message>
        <source>The key that opens %1:</source>
        <translation>Der Schlüssel, der %1 öffnet:</translation>
    </message>
    <message>
        <source>Choose an identity file or type the passphrase.</source>
        <translation>Wählen Sie eine Identitätsdatei oder geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>&amp;Identitätsdatei:</translation>
    </message>
    <message>
        <source>An age identity file (AGE-SECRET-KEY-…), as age-keygen writes it</source>
        <translation>Eine age-Identitätsdatei (AGE-SECRET-KEY-…), wie age-keygen sie schreibt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Passphrase or key:</source>
        <translation>&amp;Passphrase oder Schlüssel:</translation>
    </message>
    <message>
        <source>The backup's passphrase (for a Node backup: 64 hex characters)</source>
        <translation>Die Passphrase der Sicherung (bei einer Node-Sicherung: 64 Hexadezimalzeichen)</translation>
    </message>
    <message>
        <source>Choose an Identity File</source>
        <translation>Identitätsdatei wählen</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgChooseFilePage</name>
    <message>
        <source>Choose the Backup File</source>
        <translation>Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>A backup Strongroom made (NAME-pgbackup-….dump.age), or one you already have: pg_dump | gzip | gpg --symmetric, a Node.js .enc set, an age file, plain or compressed SQL, or a custom-format dump.</source>
        <translation>Eine Sicherung von Strongroom (NAME-pgbackup-….dump.age) oder eine, die Sie schon haben: pg_dump | gzip | gpg --symmetric, ein Node.js-.enc-Satz, eine age-Datei, einfaches oder komprimiertes SQL oder ein Dump im Custom-Format.</translation>
    </message>
    <message>
        <source>Path of the backup file</source>
        <translation>Pfad der Sicherungsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a Backup File</source>
        <translation>Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>It carries no manifest: the report shows the counts found after the restore, without a comparison.</source>
        <translation>Sie hat kein Manifest: Der Bericht zeigt die nach der Wiederherstellung gefundenen Zahlen, ohne Vergleich.</translation>
    </message>
    <message>
        <source>A backup Strongroom made (NAME-pgbackup-….dump.zst.age), or one you already have: pg_dump | gzip | gpg --symmetric, a Node.js .enc set, an age file, plain or compressed SQL, or a custom-format dump.</source>
        <translation>Eine Sicherung von Strongroom (NAME-pgbackup-….dump.zst.age) oder eine, die Sie schon haben: pg_dump | gzip | gpg --symmetric, ein Node.js-.enc-Satz, eine age-Datei, einfaches oder komprimiertes SQL oder ein Dump im Custom-Format.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>The backup is checked before anything on the server is touched.</source>
        <translation>Die Sicherung wird geprüft, bevor auf dem Server irgendetwas angefasst wird.</translation>
    </message>
    <message>
        <source>Check Every &amp;Chunk (Level 2)</source>
        <translation>Jeden &amp;Block prüfen (Stufe 2)</translation>
    </message>
    <message>
        <source>Decrypts and authenticates the whole dump and reads its table of contents (pg_restore --list) against the manifest; nothing is written to disk.</source>
        <translation>Entschlüsselt und authentifiziert den ganzen Dump und liest sein Inhaltsverzeichnis (pg_restore --list) gegen das Manifest; nichts wird auf die Platte geschrieben.</translation>
    </message>
    <message>
        <source>Checking the checksums, the manifest and the age header…</source>
        <translation>Prüfsummen, Manifest und age-Header werden geprüft …</translation>
    </message>
    <message>
        <source>Authenticating every chunk of the dump and reading its table of contents…</source>
        <translation>Jeder Block des Dumps wird authentifiziert und sein Inhaltsverzeichnis gelesen …</translation>
    </message>
    <message>
        <source>The check was stopped. Go back and forth to run it again.</source>
        <translation>Die Prüfung wurde angehalten. Gehen Sie zurück und wieder vor, um sie erneut zu starten.</translation>
    </message>
    <message>
        <source>This backup cannot be restored:</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden:</translation>
    </message>
    <message>
        <source>%1 tables, %2 rows in the manifest.</source>
        <translation>%1 Tabellen, %2 Zeilen im Manifest.</translation>
    </message>
    <message>
        <source>Checksums, manifest and age header are intact and the key opens them. %1</source>
        <translation>Prüfsummen, Manifest und age-Header sind unversehrt, und der Schlüssel öffnet sie. %1</translation>
    </message>
    <message>
        <source>Every chunk is authentic and the table of contents holds every table of the manifest. %1</source>
        <translation>Jeder Block ist echt, und das Inhaltsverzeichnis enthält jede Tabelle des Manifests. %1</translation>
    </message>
    <message>
        <source>Reading the whole file once: its checksum, the key, every part authenticated, the compression and the archive. The restore reads it again…</source>
        <translation>Die ganze Datei wird einmal gelesen: ihre Prüfsumme, der Schlüssel, jeder Teil authentifiziert, die Kompression und das Archiv. Die Wiederherstellung liest sie noch einmal…</translation>
    </message>
    <message>
        <source>its .sha256 holds</source>
        <translation>ihre .sha256 stimmt</translation>
    </message>
    <message>
        <source>the key opens it and every part is authentic</source>
        <translation>der Schlüssel öffnet sie und jeder Teil ist authentisch</translation>
    </message>
    <message>
        <source>the compressed stream is intact</source>
        <translation>der komprimierte Datenstrom ist unversehrt</translation>
    </message>
    <message>
        <source>pg_restore read the whole archive</source>
        <translation>pg_restore hat das ganze Archiv gelesen</translation>
    </message>
    <message>
        <source>The file was read in full.</source>
        <translation>Die Datei wurde vollständig gelesen.</translation>
    </message>
    <message>
        <source>The file was read in full: %1.</source>
        <translation>Die Datei wurde vollständig gelesen: %1.</translation>
    </message>
    <message>
        <source>It carries no manifest.</source>
        <translation>Sie trägt kein Manifest.</translation>
    </message>
    <message>
        <source>This file carries no checksum list or manifest of Strongroom&apos;s. The restore decrypts it as it streams to the server (with more than one job: into the staging folder first) and authenticates every part (age&apos;s and gpg&apos;s integrity checks; a Node set only by its .sha256). The end of the stream is held back until the whole file has authenticated, so a wrong key or a damaged file ends the restore before anything is committed.</source>
        <translation>Diese Datei hat keine Prüfsummenliste und kein Manifest von Strongroom. Die Wiederherstellung entschlüsselt sie, während sie zum Server strömt (mit mehr als einem Auftrag: zuerst in den Zwischenordner), und authentifiziert jeden Teil (die Integritätsprüfungen von age und gpg; einen Node-Satz nur über seine .sha256). Das Ende des Stroms wird zurückgehalten, bis die ganze Datei authentifiziert ist; ein falscher Schlüssel oder eine beschädigte Datei beendet die Wiederherstellung also, bevor etwas festgeschrieben wird.</translation>
    </message>
    <message>
        <source>An unencrypted file carries nothing to check against. A truncated or damaged compressed stream ends the restore with an error; SQL runs in one transaction, so a failure leaves nothing half-restored.</source>
        <translation>Eine unverschlüsselte Datei bringt nichts mit, wogegen geprüft werden könnte. Ein abgeschnittener oder beschädigter komprimierter Strom beendet die Wiederherstellung mit einem Fehler; SQL läuft in einer Transaktion, ein Fehler hinterlässt also nichts halb Wiederhergestelltes.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgBackupHistory</name>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>Jetzt &amp;sichern …</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Level 1: the checksums, the manifest and the age header, with the key.</source>
        <translation>Stufe 1: die Prüfsummen, das Manifest und der age-Header, mit dem Schlüssel.</translation>
    </message>
    <message>
        <source>Verify &amp;Fully</source>
        <translation>&amp;Vollständig prüfen</translation>
    </message>
    <message>
        <source>Level 2: also every encrypted chunk of the dump and its table of contents (pg_restore --list) against the manifest.</source>
        <translation>Stufe 2: außerdem jeder verschlüsselte Block des Dumps und sein Inhaltsverzeichnis (pg_restore --list) gegen das Manifest.</translation>
    </message>
    <message>
        <source>Restore &amp;Drill</source>
        <translation>&amp;Wiederherstellungsprobe</translation>
    </message>
    <message>
        <source>Level 3: restores the backup into a scratch database on this server, compares every table's rows with the manifest, drops the database and records the result.</source>
        <translation>Stufe 3: stellt die Sicherung in eine Wegwerf-Datenbank auf diesem Server wieder her, vergleicht die Zeilen jeder Tabelle mit dem Manifest, löscht die Datenbank und hält das Ergebnis fest.</translation>
    </message>
    <message>
        <source>&amp;Compare with Live</source>
        <translation>Mit &amp;Live-Datenbank vergleichen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore from F&amp;ile…</source>
        <translation>Aus &amp;Datei wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>&amp;Ausdünnen …</translation>
    </message>
    <message>
        <source>Removes the backups the retention preset (7 daily, 4 weekly, 12 monthly) does not keep; you see which before anything is removed.</source>
        <translation>Entfernt die Sicherungen, die die Aufbewahrungsvorgabe (7 täglich, 4 wöchentlich, 12 monatlich) nicht behält; Sie sehen welche, bevor etwas entfernt wird.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Encrypted to</source>
        <translation>Verschlüsselt für</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>History folder: %1</source>
        <translation>Verlaufsordner: %1</translation>
    </message>
    <message>
        <source>drill %1: counts equal</source>
        <translation>Probe %1: Zahlen gleich</translation>
    </message>
    <message>
        <source>drill %1: COUNTS DIFFER</source>
        <translation>Probe %1: ZAHLEN WEICHEN AB</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>keep (%1)</source>
        <translation>behalten (%1)</translation>
    </message>
    <message>
        <source>removed by the next prune</source>
        <translation>wird beim nächsten Ausdünnen entfernt</translation>
    </message>
    <message>
        <source>intact (level 1, checked now)</source>
        <translation>unversehrt (Stufe 1, eben geprüft)</translation>
    </message>
    <message>
        <source>intact (level 2, checked now)</source>
        <translation>unversehrt (Stufe 2, eben geprüft)</translation>
    </message>
    <message>
        <source>the key given does not open it</source>
        <translation>der angegebene Schlüssel öffnet sie nicht</translation>
    </message>
    <message>
        <source>DAMAGED: %1</source>
        <translation>BESCHÄDIGT: %1</translation>
    </message>
    <message>
        <source>Backup and Live Database</source>
        <translation>Sicherung und Live-Datenbank</translation>
    </message>
    <message>
        <source>Every table has as many rows live as in the backup.</source>
        <translation>Jede Tabelle hat live so viele Zeilen wie in der Sicherung.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) differ from the backup.</source>
        <translation>
            <numerusform>%n Tabelle weicht von der Sicherung ab.</numerusform>
            <numerusform>%n Tabellen weichen von der Sicherung ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Prune Backups</source>
        <translation>Sicherungen ausdünnen</translation>
    </message>
    <message>
        <source>The retention preset (7 daily, 4 weekly, 12 monthly) keeps %1 backups and removes these %2, each with its manifest, checksums and globals. This cannot be undone.</source>
        <translation>Die Aufbewahrungsvorgabe (7 täglich, 4 wöchentlich, 12 monatlich) behält %1 Sicherungen und entfernt diese %2, jeweils mit Manifest, Prüfsummen und globalen Objekten. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n Backup(s)</source>
        <translation>
            <numerusform>%n Sicherung &amp;entfernen</numerusform>
            <numerusform>%n Sicherungen &amp;entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>intact (level %1, %2)</source>
        <translation>unversehrt (Stufe %1, %2)</translation>
    </message>
    <message>
        <source>DAMAGED (level %1, %2): %3</source>
        <translation>BESCHÄDIGT (Stufe %1, %2): %3</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>PgBackupFormat</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A Strongroom PostgreSQL backup: an age-encrypted, zstd-compressed custom-format dump with its encrypted manifest (row counts of every table) and checksums.</source>
        <translation>Eine PostgreSQL-Sicherung von Strongroom: ein mit age verschlüsselter, mit zstd komprimierter Dump im Custom-Format mit verschlüsseltem Manifest (Zeilenzahlen jeder Tabelle) und Prüfsummen.</translation>
    </message>
    <message>
        <source>A Node.js AES-256-GCM backup (.enc with .iv and .sha256 beside it). Its key is 64 hexadecimal characters. Node did not store the authentication tag: only the checksum proves the file is the one written.</source>
        <translation>Eine Node.js-Sicherung mit AES-256-GCM (.enc mit .iv und .sha256 daneben). Ihr Schlüssel sind 64 Hexadezimalzeichen. Node hat das Authentifizierungs-Tag nicht gespeichert: Nur die Prüfsumme belegt, dass die Datei die geschriebene ist.</translation>
    </message>
    <message>
        <source>An age-encrypted dump without a Strongroom manifest.</source>
        <translation>Ein mit age verschlüsselter Dump ohne Manifest von Strongroom.</translation>
    </message>
    <message>
        <source>An OpenPGP (gpg) encrypted dump, for example pg_dump | gzip | gpg --symmetric.</source>
        <translation>Ein mit OpenPGP (gpg) verschlüsselter Dump, etwa aus pg_dump | gzip | gpg --symmetric.</translation>
    </message>
    <message>
        <source>An unencrypted %1-compressed dump.</source>
        <translation>Ein unverschlüsselter, mit %1 komprimierter Dump.</translation>
    </message>
    <message>
        <source>An unencrypted custom-format dump (pg_dump -Fc).</source>
        <translation>Ein unverschlüsselter Dump im Custom-Format (pg_dump -Fc).</translation>
    </message>
    <message>
        <source>An unencrypted SQL dump, restored with psql in one transaction.</source>
        <translation>Ein unverschlüsselter SQL-Dump, mit psql in einer Transaktion wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgBackUpDialog</name>
    <message>
        <source>Back Up %1</source>
        <translation>%1 sichern</translation>
    </message>
    <message>
        <source>A snapshot-consistent dump of the database, compressed with zstd and encrypted with age while it is written: it is never unencrypted on disk. The exact row count of every table goes into its encrypted manifest.</source>
        <translation>Ein schnappschuss-konsistenter Dump der Datenbank, beim Schreiben mit zstd komprimiert und mit age verschlüsselt: Er liegt nie unverschlüsselt auf der Platte. Die genaue Zeilenzahl jeder Tabelle kommt in sein verschlüsseltes Manifest.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>History &amp;folder:</source>
        <translation>&amp;Verlaufsordner:</translation>
    </message>
    <message>
        <source>Encrypt to</source>
        <translation>Verschlüsseln für</translation>
    </message>
    <message>
        <source>An age &amp;recipient:</source>
        <translation>Einen age-&amp;Empfänger:</translation>
    </message>
    <message>
        <source>A recipients f&amp;ile:</source>
        <translation>Eine Empfänger&amp;datei:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Dur&amp;chsuchen …</translation>
    </message>
    <message>
        <source>A &amp;passphrase:</source>
        <translation>Eine &amp;Passphrase:</translation>
    </message>
    <message>
        <source>Recipients let the backup be made without its secret key on this machine; keep the identity file (or the passphrase) where a restore can reach it.</source>
        <translation>Mit Empfängern entsteht die Sicherung, ohne dass ihr geheimer Schlüssel auf diesem Rechner liegt; bewahren Sie die Identitätsdatei (oder die Passphrase) dort auf, wo eine Wiederherstellung sie erreicht.</translation>
    </message>
    <message>
        <source>Include &amp;roles and tablespaces (pg_dumpall --globals-only)</source>
        <translation>&amp;Rollen und Tablespaces einschließen (pg_dumpall --globals-only)</translation>
    </message>
    <message>
        <source>Afterwards apply &amp;retention: keep 7 daily, 4 weekly and 12 monthly backups and remove the others in this folder</source>
        <translation>Danach &amp;Aufbewahrung anwenden: 7 tägliche, 4 wöchentliche und 12 monatliche Sicherungen behalten und die übrigen in diesem Ordner entfernen</translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <source>Choose the History Folder</source>
        <translation>Verlaufsordner wählen</translation>
    </message>
    <message>
        <source>Choose a Recipients File</source>
        <translation>Empfängerdatei wählen</translation>
    </message>
    <message>
        <source>“%1” is not an age recipient (age1… as age-keygen prints it).</source>
        <translation>„%1“ ist kein age-Empfänger (age1… wie age-keygen ihn ausgibt).</translation>
    </message>
    <message>
        <source>The recipients file mixes post-quantum (age1pq1…) and classic recipients: the classic ones would open the backup without the post-quantum protection.</source>
        <translation>Die Empfängerdatei mischt Post-Quanten-Empfänger (age1pq1…) und klassische: Die klassischen würden die Sicherung ohne den Post-Quanten-Schutz öffnen.</translation>
    </message>
    <message>
        <source>Type the passphrase twice, the same both times.</source>
        <translation>Geben Sie die Passphrase zweimal gleich ein.</translation>
    </message>
    <message>
        <source>Choose the history folder.</source>
        <translation>Wählen Sie den Verlaufsordner.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>No PostgreSQL connection given: name a conninfo, a URI or a service.</source>
        <translation>Keine PostgreSQL-Verbindung angegeben: Nennen Sie eine Verbindungszeichenkette, eine URI oder einen Dienst.</translation>
    </message>
    <message>
        <source>Not a PostgreSQL connection string: %1</source>
        <translation>Keine PostgreSQL-Verbindungszeichenkette: %1</translation>
    </message>
    <message>
        <source>The connection string contains a password, which other users can see in the process list and which ends up in shell history. Remove it and use ~/.pgpass, --password-env, --password-file or --password-stdin.</source>
        <translation>Die Verbindungszeichenkette enthält ein Passwort, das andere Benutzer in der Prozessliste sehen und das im Shell-Verlauf landet. Entfernen Sie es und verwenden Sie ~/.pgpass, --password-env, --password-file oder --password-stdin.</translation>
    </message>
</context>
<context>
    <name>PgInfoJob</name>
    <message>
        <source>Not counted (no SELECT privilege): %1</source>
        <translation>Nicht gezählt (kein SELECT-Recht): %1</translation>
    </message>
    <message>
        <source>Examine PostgreSQL database %1</source>
        <translation>PostgreSQL-Datenbank %1 untersuchen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Read the server&apos;s facts and settings</source>
        <translation>Angaben und Einstellungen des Servers lesen</translation>
    </message>
    <message>
        <source>Read the tables&apos; sizes</source>
        <translation>Größen der Tabellen lesen</translation>
    </message>
    <message>
        <source>Count every table&apos;s rows in one snapshot</source>
        <translation>Zeilen jeder Tabelle in einem Snapshot zählen</translation>
    </message>
    <message>
        <source>the server does not show this user its data directory (superusers and members of pg_read_all_settings may read it)</source>
        <translation>der Server zeigt diesem Benutzer sein Datenverzeichnis nicht (Superuser und Mitglieder von pg_read_all_settings dürfen es lesen)</translation>
    </message>
    <message>
        <source>the server runs on another machine (%1)</source>
        <translation>der Server läuft auf einem anderen Rechner (%1)</translation>
    </message>
    <message>
        <source>the data directory %1 is not visible from here (another container or user)</source>
        <translation>das Datenverzeichnis %1 ist von hier aus nicht sichtbar (anderer Container oder Benutzer)</translation>
    </message>
    <message>
        <source>PostgreSQL %1, database %2: %3, %4 tables, %5 rows (%6)</source>
        <translation>PostgreSQL %1, Datenbank %2: %3, %4 Tabellen, %5 Zeilen (%6)</translation>
    </message>
    <message>
        <source>exact, one snapshot</source>
        <translation>genau, ein Snapshot</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Data directory: %1</source>
        <translation>Datenverzeichnis: %1</translation>
    </message>
</context>
<context>
    <name>PgPassFile</name>
    <message>
        <source>Cannot make a private folder in %1: %2</source>
        <translation>Kann in %1 keinen privaten Ordner anlegen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kann %1 nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>PgSession</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server asks for a password and none was given (%1). Give it with --password-env, --password-file, --password-stdin or in ~/.pgpass.</source>
        <translation>Der Server verlangt ein Passwort, und keines wurde angegeben (%1). Geben Sie es mit --password-env, --password-file, --password-stdin oder in ~/.pgpass an.</translation>
    </message>
    <message>
        <source>The server refused the password%1: %2</source>
        <translation>Der Server hat das Passwort abgelehnt%1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server: %1</source>
        <translation>Keine Verbindung zum PostgreSQL-Server: %1</translation>
    </message>
    <message>
        <source>libpq is out of memory.</source>
        <translation>libpq hat keinen Speicher mehr.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost: %1</source>
        <translation>Die Verbindung zum PostgreSQL-Server ist abgebrochen: %1</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL: %1</translation>
    </message>
</context>
<context>
    <name>PgSnapshot</name>
    <message>
        <source>Not a PostgreSQL snapshot id: %1</source>
        <translation>Keine PostgreSQL-Snapshot-Kennung: %1</translation>
    </message>
</context>
<context>
    <name>PgTlsStatus</name>
    <message>
        <source>not needed (Unix socket on this machine)</source>
        <translation>nicht nötig (Unix-Socket auf diesem Rechner)</translation>
    </message>
    <message>
        <source>none: the connection is not encrypted (sslmode %1)</source>
        <translation>keine: Die Verbindung ist nicht verschlüsselt (sslmode %1)</translation>
    </message>
    <message>
        <source>certificate and host name verified</source>
        <translation>Zertifikat und Hostname geprüft</translation>
    </message>
    <message>
        <source>certificate verified, host name not</source>
        <translation>Zertifikat geprüft, Hostname nicht</translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation>Zertifikat NICHT geprüft</translation>
    </message>
</context>
<context>
    <name>StorageEncryption</name>
    <message>
        <source>encrypted (%1 mapping %2 under %3)</source>
        <translation>verschlüsselt (%1-Zuordnung %2 unter %3)</translation>
    </message>
    <message>
        <source>NOT encrypted (%1 on %2, no dm-crypt mapping under it)</source>
        <translation>NICHT verschlüsselt (%1 auf %2, keine dm-crypt-Zuordnung darunter)</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>no file system holds %1</source>
        <translation>kein Dateisystem enthält %1</translation>
    </message>
    <message>
        <source>%1 is on %2, which is not a block device</source>
        <translation>%1 liegt auf %2, das kein Blockgerät ist</translation>
    </message>
    <message>
        <source>the device %1 is not in %2/dev/block</source>
        <translation>das Gerät %1 steht nicht in %2/dev/block</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::WatchMonitor</name>
    <message>
        <source>Strongroom needs attention</source>
        <translation>Strongroom braucht Aufmerksamkeit</translation>
    </message>
</context>
<context>
    <name>PgBackup</name>
    <message>
        <source>PostgreSQL refused to count %1.</source>
        <translation>PostgreSQL hat das Zählen von %1 verweigert.</translation>
    </message>
    <message>
        <source>%1: the backup catalog cannot be used (%2).</source>
        <translation>%1: Der Sicherungskatalog kann nicht verwendet werden (%2).</translation>
    </message>
    <message>
        <source>%1: the backup catalog is locked by another process.</source>
        <translation>%1: Der Sicherungskatalog ist von einem anderen Prozess gesperrt.</translation>
    </message>
    <message>
        <source>backup catalog</source>
        <translation>Sicherungskatalog</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>%1 is not the dump of a Strongroom PostgreSQL backup (NAME-pgbackup-YYYYMMDD-HHMMSS.dump.age or .dump.zst.age); other formats are not read by pg restore yet.</source>
        <translation>%1 ist nicht der Dump einer PostgreSQL-Sicherung von Strongroom (NAME-pgbackup-YYYYMMDD-HHMMSS.dump.age oder .dump.zst.age); andere Formate liest pg restore noch nicht.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is missing or unreadable: the backup cannot be checked.</source>
        <translation>%1 fehlt oder ist nicht lesbar: Die Sicherung kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1 does not list %2: the backup cannot be checked.</source>
        <translation>%1 führt %2 nicht auf: Die Sicherung kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in %2: the file was changed, damaged or truncated. Nothing was restored.</source>
        <translation>%1 stimmt nicht mit seinem SHA-256 in %2 überein: Die Datei wurde verändert, beschädigt oder gekürzt. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The manifest describes another dump than %1.</source>
        <translation>Das Manifest beschreibt einen anderen Dump als %1.</translation>
    </message>
    <message>
        <source>%1: the header&apos;s MAC does not match.</source>
        <translation>%1: Der MAC des Headers stimmt nicht.</translation>
    </message>
    <message>
        <source>the catalog&apos;s time differs from the time in the file name</source>
        <translation>die Zeit im Katalog weicht von der Zeit im Dateinamen ab</translation>
    </message>
    <message>
        <source>the dump file&apos;s SHA-256 differs from the catalog&apos;s</source>
        <translation>der SHA-256 der Dump-Datei weicht von dem im Katalog ab</translation>
    </message>
    <message>
        <source>List PostgreSQL backups</source>
        <translation>PostgreSQL-Sicherungen auflisten</translation>
    </message>
    <message>
        <source>Read the catalog</source>
        <translation>Katalog lesen</translation>
    </message>
    <message>
        <source>%1 PostgreSQL backups in %2.</source>
        <translation>%1 PostgreSQL-Sicherungen in %2.</translation>
    </message>
    <message>
        <source>Apply retention to PostgreSQL backups</source>
        <translation>Aufbewahrungsregeln auf PostgreSQL-Sicherungen anwenden</translation>
    </message>
    <message>
        <source>Check the backups to remove</source>
        <translation>Zu entfernende Sicherungen prüfen</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Sicherungen entfernen</translation>
    </message>
    <message>
        <source>a file could not be removed</source>
        <translation>eine Datei konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Would remove %1 backups, keep %2 (%3); nothing was removed.</source>
        <translation>Würde %1 Sicherungen entfernen und %2 behalten (%3); nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>Removed %1 backups, kept %2 (%3).</source>
        <translation>%1 Sicherungen entfernt, %2 behalten (%3).</translation>
    </message>
    <message>
        <source>Kept %1: %2.</source>
        <translation>%1 behalten: %2.</translation>
    </message>
    <message>
        <source>Back up PostgreSQL database</source>
        <translation>PostgreSQL-Datenbank sichern</translation>
    </message>
    <message>
        <source>Connect and take a snapshot</source>
        <translation>Verbinden und Snapshot anlegen</translation>
    </message>
    <message>
        <source>Dump, compress and encrypt; count rows</source>
        <translation>Exportieren, komprimieren und verschlüsseln; Zeilen zählen</translation>
    </message>
    <message>
        <source>Dump roles and tablespaces</source>
        <translation>Rollen und Tablespaces exportieren</translation>
    </message>
    <message>
        <source>Write the manifest, checksums and catalog</source>
        <translation>Manifest, Prüfsummen und Katalog schreiben</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 (PostgreSQL %3), %4 tables.</source>
        <translation>Snapshot %1 von %2 (PostgreSQL %3), %4 Tabellen.</translation>
    </message>
    <message>
        <source>Table %1 of %2: %3</source>
        <translation>Tabelle %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 backed up to %2: %3 tables, %4 rows (snapshot %5), %6 bytes encrypted.</source>
        <translation>%1 gesichert nach %2: %3 Tabellen, %4 Zeilen (Snapshot %5), %6 Bytes verschlüsselt.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is damaged: %1.</source>
        <translation>Das Manifest der Sicherung ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>it is not a Strongroom PostgreSQL manifest</source>
        <translation>es ist kein PostgreSQL-Manifest von Strongroom</translation>
    </message>
    <message>
        <source>The manifest has format %1; this version reads format %2.</source>
        <translation>Das Manifest hat das Format %1; diese Version liest Format %2.</translation>
    </message>
    <message>
        <source>no valid creation time</source>
        <translation>keine gültige Erstellungszeit</translation>
    </message>
    <message>
        <source>the count of %1 is not a number</source>
        <translation>die Zeilenzahl von %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>no valid payload digest</source>
        <translation>keine gültige Prüfsumme des Dumps</translation>
    </message>
    <message>
        <source>no valid digest of the globals</source>
        <translation>keine gültige Prüfsumme der globalen Objekte</translation>
    </message>
    <message>
        <source>%1 is version %2, older than the server (%3): it cannot read that server. Install the package %4.</source>
        <translation>%1 hat Version %2 und ist älter als der Server (%3): Es kann diesen Server nicht lesen. Installieren Sie das Paket %4.</translation>
    </message>
    <message>
        <source>%1 is not installed. Install the package %2.</source>
        <translation>%1 ist nicht installiert. Installieren Sie das Paket %2.</translation>
    </message>
    <message>
        <source>Compare PostgreSQL backup %1 with the live database</source>
        <translation>PostgreSQL-Sicherung %1 mit der laufenden Datenbank vergleichen</translation>
    </message>
    <message>
        <source>Check checksums, manifest and key</source>
        <translation>Prüfsummen, Manifest und Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Count the live database&apos;s rows</source>
        <translation>Zeilen der laufenden Datenbank zählen</translation>
    </message>
    <message>
        <source>%1 tables compared, %2 differ (backup of %3 against the live database now).</source>
        <translation>%1 Tabellen verglichen, %2 weichen ab (Sicherung vom %3 gegen die laufende Datenbank jetzt).</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Cannot write into the staging folder %1.</source>
        <translation>In den Zwischenordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is a Node.js AES-256-GCM backup: give its key (64 hex characters) with a key option.</source>
        <translation>%1 ist eine Node.js-AES-256-GCM-Sicherung: Geben Sie ihren Schlüssel (64 Hex-Zeichen) mit einer Schlüsseloption an.</translation>
    </message>
    <message>
        <source>%1: the %2 content cannot be opened.</source>
        <translation>%1: Der %2-Inhalt kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 holds neither a custom-format dump nor SQL text (it looks like %2).</source>
        <translation>%1 enthält weder einen Dump im Custom-Format noch SQL-Text (es sieht aus wie %2).</translation>
    </message>
    <message>
        <source>pg_restore stopped reading</source>
        <translation>pg_restore liest nicht mehr</translation>
    </message>
    <message>
        <source>Restore PostgreSQL backup %1</source>
        <translation>PostgreSQL-Sicherung %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Prepare the target database</source>
        <translation>Zieldatenbank vorbereiten</translation>
    </message>
    <message>
        <source>Decrypt and restore</source>
        <translation>Entschlüsseln und wiederherstellen</translation>
    </message>
    <message>
        <source>Compare row counts with the manifest</source>
        <translation>Zeilenzahlen mit dem Manifest vergleichen</translation>
    </message>
    <message>
        <source>Cannot make the staging folder %1.</source>
        <translation>Der Zwischenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>--create needs the new database&apos;s name as dbname in --dbname.</source>
        <translation>--create braucht den Namen der neuen Datenbank als dbname in --dbname.</translation>
    </message>
    <message>
        <source>The database %1 exists already; --create makes a new one. Choose another name (e.g. %1_restored_%2), or restore into it with --clean --yes.</source>
        <translation>Die Datenbank %1 existiert bereits; --create legt eine neue an. Wählen Sie einen anderen Namen (z. B. %1_restored_%2) oder stellen Sie mit --clean --yes in sie wieder her.</translation>
    </message>
    <message>
        <source>Created the database %1.</source>
        <translation>Datenbank %1 angelegt.</translation>
    </message>
    <message>
        <source>The database %1 is not empty (%2 tables): refusing to restore into it. Restore into a new database with --create, or replace its objects with --clean --yes.</source>
        <translation>Die Datenbank %1 ist nicht leer (%2 Tabellen): Wiederherstellung in sie verweigert. Stellen Sie mit --create in eine neue Datenbank wieder her oder ersetzen Sie ihre Objekte mit --clean --yes.</translation>
    </message>
    <message>
        <source>%1: the compressed content is damaged or truncated; the restore was rolled back.</source>
        <translation>%1: Der komprimierte Inhalt ist beschädigt oder gekürzt; die Wiederherstellung wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>%1: the compressed dump ends early.</source>
        <translation>%1: Der komprimierte Dump endet vorzeitig.</translation>
    </message>
    <message>
        <source>pg_restore failed (exit %1): %2</source>
        <translation>pg_restore ist fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>The restored row counts differ from the manifest: %1.</source>
        <translation>Die wiederhergestellten Zeilenzahlen weichen vom Manifest ab: %1.</translation>
    </message>
    <message>
        <source>This backup (%1) carries no manifest: the counts above are what the restore found, with nothing to compare them with.</source>
        <translation>Diese Sicherung (%1) hat kein Manifest: Die Zahlen oben sind, was die Wiederherstellung vorgefunden hat, ohne Vergleichswerte.</translation>
    </message>
    <message>
        <source>The content&apos;s authenticity cannot be proven: the program that wrote this backup stored no GCM tag; only its .sha256 checksum was checked.</source>
        <translation>Die Echtheit des Inhalts lässt sich nicht beweisen: Das Programm, das diese Sicherung schrieb, hat kein GCM-Tag gespeichert; nur ihre .sha256-Prüfsumme wurde geprüft.</translation>
    </message>
    <message>
        <source>pg_restore: %1</source>
        <translation>pg_restore: %1</translation>
    </message>
    <message>
        <source>%1 (%2) restored into %3: %4 tables, %5 rows found; no manifest to compare them with.</source>
        <translation>%1 (%2) wiederhergestellt in %3: %4 Tabellen, %5 Zeilen vorgefunden; kein Manifest zum Vergleich.</translation>
    </message>
    <message>
        <source>%1 restored into %2: %3 tables, %4 rows, every count equal to the manifest&apos;s.</source>
        <translation>%1 wiederhergestellt in %2: %3 Tabellen, %4 Zeilen, jede Zahl gleich der im Manifest.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>%1 failed (exit %2): %3</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>Verify PostgreSQL backup %1</source>
        <translation>PostgreSQL-Sicherung %1 prüfen</translation>
    </message>
    <message>
        <source>Create the scratch database</source>
        <translation>Wegwerf-Datenbank anlegen</translation>
    </message>
    <message>
        <source>Drop the scratch database and record the drill</source>
        <translation>Wegwerf-Datenbank löschen und die Übung festhalten</translation>
    </message>
    <message>
        <source>Authenticate every chunk and read the table of contents</source>
        <translation>Jeden Block authentifizieren und das Inhaltsverzeichnis lesen</translation>
    </message>
    <message>
        <source>Level 3 needs --dbname naming the server for the scratch database (a temporary cluster of its own is not available yet).</source>
        <translation>Stufe 3 braucht --dbname mit dem Server für die Wegwerf-Datenbank (ein eigener temporärer Cluster ist noch nicht verfügbar).</translation>
    </message>
    <message>
        <source>The scratch database %1 could not be dropped: %2</source>
        <translation>Die Wegwerf-Datenbank %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>pg_restore cannot read the dump&apos;s table of contents: %1</source>
        <translation>pg_restore kann das Inhaltsverzeichnis des Dumps nicht lesen: %1</translation>
    </message>
    <message>
        <source>The dump&apos;s table of contents lacks tables the manifest counts: %1.</source>
        <translation>Im Inhaltsverzeichnis des Dumps fehlen Tabellen, die das Manifest zählt: %1.</translation>
    </message>
    <message>
        <source>%1: the restore drill succeeded; every count equals the manifest&apos;s.</source>
        <translation>%1: Die Wiederherstellungsübung ist gelungen; jede Zeilenzahl gleicht der im Manifest.</translation>
    </message>
    <message>
        <source>%1: checksums, manifest and key hold, every chunk authenticates and the table of contents holds every table.</source>
        <translation>%1: Prüfsummen, Manifest und Schlüssel stimmen, jeder Block ist authentisch und das Inhaltsverzeichnis enthält jede Tabelle.</translation>
    </message>
    <message>
        <source>%1: checksums, manifest and key hold.</source>
        <translation>%1: Prüfsummen, Manifest und Schlüssel stimmen.</translation>
    </message>
    <message>
        <source>zstd compression is not available.</source>
        <translation>zstd-Kompression ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>zstd compression failed.</source>
        <translation>zstd-Kompression ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>zstd decompression is not available.</source>
        <translation>zstd-Dekompression ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>data follows the end of the zstd frame</source>
        <translation>nach dem Ende des zstd-Frames folgen weitere Daten</translation>
    </message>
    <message>
        <source>the zstd stream is damaged</source>
        <translation>der zstd-Datenstrom ist beschädigt</translation>
    </message>
    <message>
        <source>only one side</source>
        <translation>nur auf einer Seite</translation>
    </message>
    <message>
        <source>%1: %2 in the backup, %3 restored</source>
        <translation>%1: %2 in der Sicherung, %3 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 is not the dump of a Strongroom PostgreSQL backup (NAME-pgbackup-YYYYMMDD-HHMMSS.dump.zst.age); other formats are not read by pg restore yet.</source>
        <translation>%1 ist nicht der Dump einer PostgreSQL-Sicherung von Strongroom (NAME-pgbackup-YYYYMMDD-HHMMSS.dump.zst.age); andere Formate liest pg restore noch nicht.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeBrowserDialog</name>
    <message>
        <source>Browse %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>The volume is read in user space: nothing is mapped or mounted, and nothing in it is changed. Enter the passphrase to list its files.</source>
        <translation>Das Volume wird im Benutzerbereich gelesen: Nichts wird geöffnet oder eingehängt, und nichts darin wird verändert. Geben Sie die Passphrase ein, um seine Dateien aufzulisten.</translation>
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation>Passphrase von %1</translation>
    </message>
    <message>
        <source>List Files</source>
        <translation>Dateien auflisten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Select a file and press Preview.</source>
        <translation>Wählen Sie eine Datei und klicken Sie auf Vorschau.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Extract…</source>
        <translation>Herauskopieren …</translation>
    </message>
    <message>
        <source>Enter the passphrase first.</source>
        <translation>Geben Sie zuerst die Passphrase ein.</translation>
    </message>
    <message>
        <source>Unlocking and reading the file system…</source>
        <translation>Das Volume wird entsperrt und sein Dateisystem gelesen …</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Extract to Folder</source>
        <translation>In einen Ordner herauskopieren</translation>
    </message>
    <message>
        <source>Extraction cancelled; files already copied stay in the folder.</source>
        <translation>Herauskopieren abgebrochen; bereits kopierte Dateien bleiben im Ordner.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>%1: image, %2 × %3 pixels.</source>
        <translation>%1: Bild, %2 × %3 Pixel.</translation>
    </message>
    <message>
        <source>%1: %2 bytes of binary data; no preview.</source>
        <translation>%1: %2 Byte Binärdaten; keine Vorschau.</translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 bytes.</source>
        <translation>%1: die ersten %2 von %3 Byte.</translation>
    </message>
    <message>
        <source>%1: %2 bytes.</source>
        <translation>%1: %2 Byte.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in %1.</source>
        <translation>
            <numerusform>%n Eintrag in %1.</numerusform>
            <numerusform>%n Einträge in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extracting %n entries to %1…</source>
        <translation>
            <numerusform>%n Eintrag wird nach %1 kopiert …</numerusform>
            <numerusform>%n Einträge werden nach %1 kopiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Detached LUKS header (only when the header is kept apart)</source>
        <translation>Abgetrennter LUKS-Header (nur wenn der Header getrennt aufbewahrt wird)</translation>
    </message>
    <message>
        <source>Header…</source>
        <translation>Header…</translation>
    </message>
    <message>
        <source>Detached LUKS Header</source>
        <translation>Abgetrennter LUKS-Header</translation>
    </message>
</context>
<context>
    <name>UserVolumeJobs</name>
    <message>
        <source>%1 exists and is not a folder; nothing was extracted into it.</source>
        <translation>%1 existiert und ist kein Ordner; nichts wurde hineinkopiert.</translation>
    </message>
    <message>
        <source>Cannot %1 %2: %3</source>
        <translation>%2: %1 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Unlock the volume</source>
        <translation>Volume entsperren</translation>
    </message>
    <message>
        <source>Key slot %1 opened %2 (%3, %4-byte sectors, data at byte %5).</source>
        <translation>Schlüsselplatz %1 hat %2 geöffnet (%3, Sektoren zu %4 Byte, Daten ab Byte %5).</translation>
    </message>
    <message>
        <source>List %1 in %2</source>
        <translation>%1 in %2 auflisten</translation>
    </message>
    <message>
        <source>Read the directory</source>
        <translation>Verzeichnis lesen</translation>
    </message>
    <message>
        <source>%1 entries in %2.</source>
        <translation>%1 Einträge in %2.</translation>
    </message>
    <message>
        <source>Disk usage of %1 in %2</source>
        <translation>Belegung von %1 in %2</translation>
    </message>
    <message>
        <source>Walk the tree</source>
        <translation>Verzeichnisbaum durchlaufen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2 bytes in %3 files and %4 folders (%5 bytes allocated).</source>
        <translation>%1: %2 Byte in %3 Dateien und %4 Ordnern (%5 Byte belegt).</translation>
    </message>
    <message>
        <source>Read %1 from %2</source>
        <translation>%1 aus %2 lesen</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>Datei lesen</translation>
    </message>
    <message>
        <source>%1: there is no %2 in the volume.</source>
        <translation>%1: Im Volume gibt es kein %2.</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>Suche nach %1</translation>
    </message>
    <message>
        <source>%1 in %2 is a %3, not a file.</source>
        <translation>%1 in %2 ist ein(e) %3, keine Datei.</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>die Ausgabe</translation>
    </message>
    <message>
        <source>%1: %2 bytes read.</source>
        <translation>%1: %2 Byte gelesen.</translation>
    </message>
    <message>
        <source>Directory inode %1 holds an entry named &quot;%2&quot;, which no file system allows; nothing was extracted.</source>
        <translation>Verzeichnis-Inode %1 enthält einen Eintrag namens „%2“, den kein Dateisystem erlaubt; nichts wurde herauskopiert.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was replaced (use --force to replace it).</source>
        <translation>%1 existiert bereits; nichts wurde ersetzt (mit --force ersetzen).</translation>
    </message>
    <message>
        <source>%1: the extended attribute %2 could not be set: %3</source>
        <translation>%1: Das erweiterte Attribut %2 ließ sich nicht setzen: %3</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>set the owner of</source>
        <translation>Setzen des Eigentümers</translation>
    </message>
    <message>
        <source>set the mode of</source>
        <translation>Setzen der Rechte</translation>
    </message>
    <message>
        <source>set the times of</source>
        <translation>Setzen der Zeiten</translation>
    </message>
    <message>
        <source>%1: a %2 is not extracted.</source>
        <translation>%1: ein(e) %2 wird nicht herauskopiert.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was replaced (use --force to extract into it).</source>
        <translation>%1 existiert bereits; nichts wurde ersetzt (mit --force hineinkopieren).</translation>
    </message>
    <message>
        <source>create the folder</source>
        <translation>Anlegen des Ordners</translation>
    </message>
    <message>
        <source>Extract from %1</source>
        <translation>Aus %1 herauskopieren</translation>
    </message>
    <message>
        <source>Read the directory tree</source>
        <translation>Verzeichnisbaum lesen</translation>
    </message>
    <message>
        <source>Extract the files</source>
        <translation>Dateien herauskopieren</translation>
    </message>
    <message>
        <source>%1 is not a folder; create it first.</source>
        <translation>%1 ist kein Ordner; legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>the extracted files</source>
        <translation>die herauskopierten Dateien</translation>
    </message>
    <message>
        <source>Extracted %1 files (%2 bytes), %3 folders, %4 symlinks and %5 hard links to %6.</source>
        <translation>%1 Dateien (%2 Byte), %3 Ordner, %4 symbolische Links und %5 harte Links nach %6 herauskopiert.</translation>
    </message>
    <message>
        <source>Check the file system in %1</source>
        <translation>Dateisystem in %1 prüfen</translation>
    </message>
    <message>
        <source>Check the inodes</source>
        <translation>Inodes prüfen</translation>
    </message>
    <message>
        <source>Compare the bitmaps</source>
        <translation>Bitmaps vergleichen</translation>
    </message>
    <message>
        <source>Check the directories</source>
        <translation>Verzeichnisse prüfen</translation>
    </message>
    <message>
        <source>%1: the file system has %2 problems (listed above); nothing was changed. Run e2fsck on a copy of the opened volume to repair it.</source>
        <translation>%1: Das Dateisystem hat %2 Probleme (oben aufgeführt); nichts wurde verändert. Reparieren Sie es mit e2fsck an einer Kopie des geöffneten Volumes.</translation>
    </message>
    <message>
        <source>%1: the file system is consistent (%2 inodes, %3 directories checked).</source>
        <translation>%1: Das Dateisystem ist konsistent (%2 Inodes, %3 Verzeichnisse geprüft).</translation>
    </message>
</context>
<context>
    <name>DecryptedImage</name>
    <message>
        <source>%1: the header names no volume key.</source>
        <translation>%1: Der Header nennt keinen Volume-Schlüssel.</translation>
    </message>
    <message>
        <source>%1: the key opens no key slot of this volume.</source>
        <translation>%1: Der Schlüssel öffnet keinen Schlüsselplatz dieses Volumes.</translation>
    </message>
    <message>
        <source>reading the volume key</source>
        <translation>Lesen des Volume-Schlüssels</translation>
    </message>
    <message>
        <source>%1: the volume uses an IV offset, which Strongroom does not read.</source>
        <translation>%1: Das Volume verwendet einen IV-Versatz, den Strongroom nicht liest.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1: the image ends before its data segment begins.</source>
        <translation>%1: Das Abbild endet, bevor sein Datensegment beginnt.</translation>
    </message>
    <message>
        <source>Cannot read %1 at byte %2: %3</source>
        <translation>%1 lässt sich ab Byte %2 nicht lesen: %3</translation>
    </message>
    <message>
        <source>the file ends early</source>
        <translation>die Datei endet zu früh</translation>
    </message>
    <message>
        <source>%1: libcrypto could not decrypt the sectors at byte %2.</source>
        <translation>%1: libcrypto konnte die Sektoren ab Byte %2 nicht entschlüsseln.</translation>
    </message>
    <message>
        <source>%1: a read at byte %2 of %3 bytes goes past the end of the volume (%4 bytes).</source>
        <translation>%1: Ein Lesezugriff ab Byte %2 über %3 Byte geht über das Ende des Volumes (%4 Byte) hinaus.</translation>
    </message>
</context>
<context>
    <name>ExtFileSystem</name>
    <message>
        <source>%1: the volume holds no file system (its first bytes are zeros).</source>
        <translation>%1: Das Volume enthält kein Dateisystem (seine ersten Bytes sind Nullen).</translation>
    </message>
    <message>
        <source>%1: the volume holds no file system Strongroom recognises; it reads ext2, ext3 and ext4.</source>
        <translation>%1: Das Volume enthält kein Dateisystem, das Strongroom erkennt; es liest ext2, ext3 und ext4.</translation>
    </message>
    <message>
        <source>%1: the volume holds a %2 file system; Strongroom reads ext2, ext3 and ext4 only. Open it with cryptsetup open and mount it instead.</source>
        <translation>%1: Das Volume enthält ein %2-Dateisystem; Strongroom liest nur ext2, ext3 und ext4. Öffnen Sie es stattdessen mit cryptsetup open und hängen Sie es ein.</translation>
    </message>
    <message>
        <source>opening the ext file system</source>
        <translation>Öffnen des ext-Dateisystems</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: there is no %2 in the volume.</source>
        <translation>%1: Im Volume gibt es kein %2.</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>Suche nach %1</translation>
    </message>
    <message>
        <source>reading inode %1</source>
        <translation>Lesen von Inode %1</translation>
    </message>
    <message>
        <source>%1: inode %2 is not a directory.</source>
        <translation>%1: Inode %2 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>reading directory inode %1</source>
        <translation>Lesen von Verzeichnis-Inode %1</translation>
    </message>
    <message>
        <source>%1: inode %2 is not a symbolic link.</source>
        <translation>%1: Inode %2 ist kein symbolischer Link.</translation>
    </message>
    <message>
        <source>%1: symbolic link inode %2 has an impossible length %3.</source>
        <translation>%1: Der symbolische Link in Inode %2 hat die unmögliche Länge %3.</translation>
    </message>
    <message>
        <source>reading the extended attributes of inode %1</source>
        <translation>Lesen der erweiterten Attribute von Inode %1</translation>
    </message>
    <message>
        <source>opening inode %1</source>
        <translation>Öffnen von Inode %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>LUKS (a volume inside the volume)</source>
        <translation>LUKS (ein Volume im Volume)</translation>
    </message>
</context>
<context>
    <name>SectorCipher</name>
    <message>
        <source>The volume uses the cipher %1-%2, which Strongroom cannot read without device-mapper (it reads aes-xts-plain64 and aes-cbc-essiv:sha256). Open it with cryptsetup open instead.</source>
        <translation>Das Volume verwendet die Chiffre %1-%2, die Strongroom ohne Device-Mapper nicht lesen kann (es liest aes-xts-plain64 und aes-cbc-essiv:sha256). Öffnen Sie es stattdessen mit cryptsetup open.</translation>
    </message>
    <message>
        <source>The volume's sector size %1 is not supported.</source>
        <translation>Die Sektorgröße %1 des Volumes wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>libcrypto refused the volume key.</source>
        <translation>libcrypto hat den Volume-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>libcrypto refused the ESSIV key.</source>
        <translation>libcrypto hat den ESSIV-Schlüssel abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ExtCheck</name>
    <message>
        <source>(more problems of this kind follow; only the first %1 are listed)</source>
        <translation>(weitere Probleme dieser Art folgen; nur die ersten %1 sind aufgeführt)</translation>
    </message>
    <message>
        <source>The superblock's checksum does not match its contents.</source>
        <translation>Die Prüfsumme des Superblocks passt nicht zu seinem Inhalt.</translation>
    </message>
    <message>
        <source>The superblock claims %1 bytes, but the volume holds only %2.</source>
        <translation>Der Superblock gibt %1 Byte an, das Volume enthält aber nur %2.</translation>
    </message>
    <message>
        <source>The superblock counts %1 inodes, but %2 groups of %3 hold %4.</source>
        <translation>Der Superblock zählt %1 Inodes, %2 Gruppen zu je %3 enthalten aber %4.</translation>
    </message>
    <message>
        <source>The superblock counts more free inodes than inodes.</source>
        <translation>Der Superblock zählt mehr freie Inodes als Inodes.</translation>
    </message>
    <message>
        <source>The superblock counts more free blocks than blocks.</source>
        <translation>Der Superblock zählt mehr freie Blöcke als Blöcke.</translation>
    </message>
    <message>
        <source>The group descriptors are inconsistent: %1.</source>
        <translation>Die Gruppendeskriptoren sind widersprüchlich: %1.</translation>
    </message>
    <message>
        <source>Group %1: the descriptor's checksum does not match.</source>
        <translation>Gruppe %1: Die Prüfsumme des Deskriptors passt nicht.</translation>
    </message>
    <message>
        <source>Inode %1: its extended-attribute block %2 lies outside the file system.</source>
        <translation>Inode %1: Sein Block %2 für erweiterte Attribute liegt außerhalb des Dateisystems.</translation>
    </message>
    <message>
        <source>Inode %1 uses block %2, which lies outside the file system.</source>
        <translation>Inode %1 verwendet Block %2, der außerhalb des Dateisystems liegt.</translation>
    </message>
    <message>
        <source>Block %1 is claimed twice (again by inode %2).</source>
        <translation>Block %1 wird doppelt beansprucht (erneut von Inode %2).</translation>
    </message>
    <message>
        <source>Inode %1: its block map cannot be read: %2.</source>
        <translation>Inode %1: Seine Blockzuordnung lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>The inode tables cannot be read: %1.</source>
        <translation>Die Inode-Tabellen lassen sich nicht lesen: %1.</translation>
    </message>
    <message>
        <source>The inode tables cannot be read after inode %1: %2.</source>
        <translation>Die Inode-Tabellen lassen sich nach Inode %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <source>Inode %1: its checksum does not match its contents (the inode is damaged).</source>
        <translation>Inode %1: Seine Prüfsumme passt nicht zu seinem Inhalt (der Inode ist beschädigt).</translation>
    </message>
    <message>
        <source>Inode %1 is in use but marked free in the inode bitmap.</source>
        <translation>Inode %1 ist in Gebrauch, in der Inode-Bitmap aber als frei markiert.</translation>
    </message>
    <message>
        <source>Inode %1 is free but marked in use in the inode bitmap.</source>
        <translation>Inode %1 ist frei, in der Inode-Bitmap aber als belegt markiert.</translation>
    </message>
    <message>
        <source>Block %1 is in use but marked free in the block bitmap.</source>
        <translation>Block %1 ist in Gebrauch, in der Block-Bitmap aber als frei markiert.</translation>
    </message>
    <message>
        <source>Block %1 is marked in use but nothing uses it.</source>
        <translation>Block %1 ist als belegt markiert, wird aber von nichts verwendet.</translation>
    </message>
    <message>
        <source>Group %1 counts %2 free blocks; its bitmap has %3.</source>
        <translation>Gruppe %1 zählt %2 freie Blöcke; ihre Bitmap hat %3.</translation>
    </message>
    <message>
        <source>Group %1 counts %2 free inodes; its bitmap has %3.</source>
        <translation>Gruppe %1 zählt %2 freie Inodes; ihre Bitmap hat %3.</translation>
    </message>
    <message>
        <source>Directory inode %1: the entry &quot;%2&quot; names inode %3, which does not exist.</source>
        <translation>Verzeichnis-Inode %1: Der Eintrag „%2“ nennt Inode %3, den es nicht gibt.</translation>
    </message>
    <message>
        <source>Directory inode %1: &quot;.&quot; names inode %2, not itself.</source>
        <translation>Verzeichnis-Inode %1: „.“ nennt Inode %2 statt sich selbst.</translation>
    </message>
    <message>
        <source>Directory inode %1: &quot;..&quot; names inode %2, but its parent is inode %3.</source>
        <translation>Verzeichnis-Inode %1: „..“ nennt Inode %2, sein übergeordnetes Verzeichnis ist aber Inode %3.</translation>
    </message>
    <message>
        <source>Directory inode %1: the entry &quot;%2&quot; names inode %3, which is not in use.</source>
        <translation>Verzeichnis-Inode %1: Der Eintrag „%2“ nennt Inode %3, der nicht in Gebrauch ist.</translation>
    </message>
    <message>
        <source>Directory inode %1: the entry &quot;%2&quot; says type %3, but inode %4 has type %5.</source>
        <translation>Verzeichnis-Inode %1: Der Eintrag „%2“ gibt Typ %3 an, Inode %4 hat aber Typ %5.</translation>
    </message>
    <message>
        <source>Directory inode %1 is named by more than one directory (again as &quot;%2&quot; in inode %3).</source>
        <translation>Verzeichnis-Inode %1 wird von mehr als einem Verzeichnis genannt (erneut als „%2“ in Inode %3).</translation>
    </message>
    <message>
        <source>Directory inode %1 cannot be read: %2.</source>
        <translation>Verzeichnis-Inode %1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>Inode %1 is in use, but no directory names it.</source>
        <translation>Inode %1 ist in Gebrauch, aber kein Verzeichnis nennt ihn.</translation>
    </message>
    <message>
        <source>Inode %1 has a link count of %2, but %3 directory entries name it.</source>
        <translation>Inode %1 hat einen Linkzähler von %2, aber %3 Verzeichniseinträge nennen ihn.</translation>
    </message>
    <message>
        <source>The bitmaps cannot be read: %1.</source>
        <translation>Die Bitmaps lassen sich nicht lesen: %1.</translation>
    </message>
    <message>
        <source>The file system uses bigalloc, whose block accounting this check does not cover.</source>
        <translation>Das Dateisystem verwendet bigalloc, dessen Blockbuchhaltung diese Prüfung nicht abdeckt.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::BenchmarksPage</name>
    <message>
        <source>Benchmarks</source>
        <translation>Leistungsmessung</translation>
    </message>
    <message>
        <source>Query latency of an open database or a PostgreSQL connection, and what encryption costs against a decrypted twin or a second connection. Percentiles by nearest rank.</source>
        <translation>Abfragelatenz einer geöffneten Datenbank oder einer PostgreSQL-Verbindung und was die Verschlüsselung gegenüber einem entschlüsselten Zwilling oder einer zweiten Verbindung kostet. Perzentile nach dem Nearest-Rank-Verfahren.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Built-in set (SELECT 1, page, point lookup, count, LIKE search)</source>
        <translation>Eingebaute Auswahl (SELECT 1, Seite, Punktabfrage, Zählung, LIKE-Suche)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>Arbeitslast:</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>Durchläufe:</translation>
    </message>
    <message>
        <source>Against a plain twin (a decrypted copy beside the file, removed afterwards)</source>
        <translation>Gegen einen unverschlüsselten Zwilling (eine entschlüsselte Kopie neben der Datei, danach entfernt)</translation>
    </message>
    <message>
        <source>Optional: save the result as this baseline</source>
        <translation>Optional: das Ergebnis als diese Vergleichsbasis speichern</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Vergleichsbasis:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Mehraufwand</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Vergleichsbasen</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a database in the Databases section to measure it.</source>
        <translation>Öffnen Sie eine Datenbank im Bereich Datenbanken, um sie zu messen.</translation>
    </message>
    <message>
        <source>That database is not open yet.</source>
        <translation>Diese Datenbank ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source> SQLCipher</source>
        <translation> SQLCipher</translation>
    </message>
    <message>
        <source> plain</source>
        <translation> unverschlüsselt</translation>
    </message>
    <message>
        <source>Latency per statement (µs)</source>
        <translation>Latenz je Anweisung (µs)</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>Encryption overhead per statement (%), the 5 % line</source>
        <translation>Mehraufwand der Verschlüsselung je Anweisung (%), die 5-%-Linie</translation>
    </message>
    <message>
        <source>Run against a plain twin or a second connection to see the overhead.</source>
        <translation>Messen Sie gegen einen unverschlüsselten Zwilling oder eine zweite Verbindung, um den Mehraufwand zu sehen.</translation>
    </message>
    <message>
        <source>overhead %</source>
        <translation>Mehraufwand %</translation>
    </message>
    <message>
        <source>5 % requirement</source>
        <translation>5-%-Anforderung</translation>
    </message>
    <message>
        <source>%1: p50 %2 µs</source>
        <translation>%1: p50 %2 µs</translation>
    </message>
    <message>
        <source>, overhead %1 %</source>
        <translation>, Mehraufwand %1 %</translation>
    </message>
    <message>
        <source>, no measurable difference</source>
        <translation>, kein messbarer Unterschied</translation>
    </message>
    <message>
        <source>No baselines saved yet.</source>
        <translation>Noch keine Vergleichsbasen gespeichert.</translation>
    </message>
    <message>
        <source>p50 of each statement in the saved baselines (µs)</source>
        <translation>p50 jeder Anweisung in den gespeicherten Vergleichsbasen (µs)</translation>
    </message>
    <message>
        <source>Run a benchmark first.</source>
        <translation>Starten Sie zuerst einen Benchmark.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>A database open in the Databases section</source>
        <translation>Eine im Bereich Datenbanken geöffnete Datenbank</translation>
    </message>
    <message>
        <source>A PostgreSQL connection</source>
        <translation>Eine PostgreSQL-Verbindung</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Conninfo, URI or service, e.g. host=db dbname=shop sslmode=require</source>
        <translation>Conninfo, URI oder Dienst, z. B. host=db dbname=shop sslmode=require</translation>
    </message>
    <message>
        <source>Connection A:</source>
        <translation>Verbindung A:</translation>
    </message>
    <message>
        <source>Optional: a second connection to compare with, e.g. sslmode=disable</source>
        <translation>Optional: eine zweite Verbindung zum Vergleich, z. B. sslmode=disable</translation>
    </message>
    <message>
        <source>Against B:</source>
        <translation>Gegen B:</translation>
    </message>
    <message>
        <source>Table size (MB):</source>
        <translation>Tabellengröße (MB):</translation>
    </message>
    <message>
        <source>Measure SQLCipher's settings</source>
        <translation>Einstellungen von SQLCipher messen</translation>
    </message>
    <message>
        <source>A synthetic workload on plain SQLite and on SQLCipher with one setting changed at a time; temporary files, removed afterwards.</source>
        <translation>Eine synthetische Last auf einfachem SQLite und auf SQLCipher mit jeweils einer geänderten Einstellung; temporäre Dateien, die danach entfernt werden.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Total ms</source>
        <translation>Gesamt ms</translation>
    </message>
    <message>
        <source>Against the defaults</source>
        <translation>Gegenüber den Vorgaben</translation>
    </message>
    <message>
        <source>Cuts the overhead</source>
        <translation>Senkt den Mehraufwand</translation>
    </message>
    <message>
        <source>Security cost</source>
        <translation>Preis an Sicherheit</translation>
    </message>
    <message>
        <source>SQLCipher settings</source>
        <translation>SQLCipher-Einstellungen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source> A</source>
        <translation> A</translation>
    </message>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source>Overhead of A over B per statement (%), the 5 % line</source>
        <translation>Mehraufwand von A gegenüber B je Anweisung (%), die 5-%-Linie</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass or the service file, or none</source>
        <translation>Leer: aus ~/.pgpass oder der Dienstdatei, sonst keines</translation>
    </message>
    <message>
        <source>Password A:</source>
        <translation>Passwort A:</translation>
    </message>
    <message>
        <source>Password B:</source>
        <translation>Passwort B:</translation>
    </message>
    <message>
        <source>the field Password A</source>
        <translation>das Feld Passwort A</translation>
    </message>
    <message>
        <source>the field Password B</source>
        <translation>das Feld Passwort B</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>The server of connection %1 asks for a password: enter it in Password %1 and run again.</source>
        <translation>Der Server der Verbindung %1 verlangt ein Passwort: Geben Sie es unter Passwort %1 ein und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The server refused the password of connection %1: enter the right one in Password %1 and run again.</source>
        <translation>Der Server hat das Passwort der Verbindung %1 abgelehnt: Geben Sie unter Passwort %1 das richtige ein und starten Sie erneut.</translation>
    </message>
    <message>
        <source>within the noise</source>
        <translation>im Rauschen</translation>
    </message>
    <message>
        <source>no, it adds to the overhead</source>
        <translation>nein, sie erhöht den Mehraufwand</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PartProgressView</name>
    <message>
        <source>Running</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Benchmark</name>
    <message>
        <source>"%1" is not a baseline name: use 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>„%1“ ist kein Name für eine Vergleichsbasis: verwenden Sie 1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>There is no baseline "%1" in %2 (saved: %3). Save one with --save-baseline %1.</source>
        <translation>Es gibt keine Vergleichsbasis „%1“ in %2 (gespeichert: %3). Speichern Sie eine mit --save-baseline %1.</translation>
    </message>
    <message>
        <source>%1 is not a benchmark baseline (%2); save it again with --save-baseline.</source>
        <translation>%1 ist keine Vergleichsbasis eines Benchmarks (%2); speichern Sie sie erneut mit --save-baseline.</translation>
    </message>
    <message>
        <source>the openssl program is not installed</source>
        <translation>das Programm openssl ist nicht installiert</translation>
    </message>
    <message>
        <source>openssl speed did not finish</source>
        <translation>openssl speed wurde nicht fertig</translation>
    </message>
    <message>
        <source>openssl speed gave no figure for %1</source>
        <translation>openssl speed lieferte keinen Wert für %1</translation>
    </message>
    <message>
        <source>Measure libcrypto's throughput</source>
        <translation>Durchsatz von libcrypto messen</translation>
    </message>
    <message>
        <source>Reference: openssl speed</source>
        <translation>Referenz: openssl speed</translation>
    </message>
    <message>
        <source>libcrypto's throughput on this machine; the CPU has AES-NI.</source>
        <translation>Durchsatz von libcrypto auf diesem Rechner; die CPU hat AES-NI.</translation>
    </message>
    <message>
        <source>libcrypto's throughput on this machine; the CPU has no AES-NI, so AES runs in software.</source>
        <translation>Durchsatz von libcrypto auf diesem Rechner; die CPU hat kein AES-NI, AES läuft also in Software.</translation>
    </message>
    <message>
        <source>age passphrase files</source>
        <translation>age-Dateien mit Passphrase</translation>
    </message>
    <message>
        <source>Measure key derivations</source>
        <translation>Schlüsselableitungen messen</translation>
    </message>
    <message>
        <source>PBKDF2 as SQLCipher uses it</source>
        <translation>PBKDF2 wie in SQLCipher</translation>
    </message>
    <message>
        <source>The LUKS key slots</source>
        <translation>Die LUKS-Schlüsselplätze</translation>
    </message>
    <message>
        <source>scrypt as age uses it</source>
        <translation>scrypt wie in age</translation>
    </message>
    <message>
        <source>SQLCipher 4 databases (open)</source>
        <translation>SQLCipher-4-Datenbanken (Öffnen)</translation>
    </message>
    <message>
        <source>SQLCipher 3 databases (open)</source>
        <translation>SQLCipher-3-Datenbanken (Öffnen)</translation>
    </message>
    <message>
        <source>%1 key slot %2 (unlock)</source>
        <translation>%1, Schlüsselplatz %2 (Entsperren)</translation>
    </message>
    <message>
        <source>What one key derivation costs on this machine, and the settings that take about %1 ms here.</source>
        <translation>Was eine Schlüsselableitung auf diesem Rechner kostet, und die Einstellungen, die hier etwa %1 ms dauern.</translation>
    </message>
    <message>
        <source>no measurable difference</source>
        <translation>kein messbarer Unterschied</translation>
    </message>
    <message>
        <source>%1 (rounds %2 to %3)</source>
        <translation>%1 (Runden %2 bis %3)</translation>
    </message>
    <message>
        <source>In "%1": %2</source>
        <translation>In „%1“: %2</translation>
    </message>
    <message>
        <source>positional parameters (?) have no values; name them after a column, e.g. :id.</source>
        <translation>Positionsparameter (?) haben keine Werte; benennen Sie sie nach einer Spalte, z. B. :id.</translation>
    </message>
    <message>
        <source>%1 needs a table to draw values from, and the statement names none that exists.</source>
        <translation>%1 braucht eine Tabelle, aus der Werte gezogen werden, und die Anweisung nennt keine, die existiert.</translation>
    </message>
    <message>
        <source>%1: table %2 has no column %3 to draw values from.</source>
        <translation>%1: Tabelle %2 hat keine Spalte %3, aus der Werte gezogen werden könnten.</translation>
    </message>
    <message>
        <source>%1: table %2 has no values in %3.</source>
        <translation>%1: Tabelle %2 hat keine Werte in %3.</translation>
    </message>
    <message>
        <source>Benchmark %1 against a plain twin</source>
        <translation>Benchmark von %1 gegen einen unverschlüsselten Zwilling</translation>
    </message>
    <message>
        <source>Benchmark queries on %1</source>
        <translation>Benchmark der Abfragen auf %1</translation>
    </message>
    <message>
        <source>Prepare the workload</source>
        <translation>Arbeitslast vorbereiten</translation>
    </message>
    <message>
        <source>Make the decrypted twin</source>
        <translation>Entschlüsselten Zwilling anlegen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Remove the twin</source>
        <translation>Zwilling entfernen</translation>
    </message>
    <message>
        <source>Compare and save</source>
        <translation>Vergleichen und speichern</translation>
    </message>
    <message>
        <source>No database to benchmark.</source>
        <translation>Keine Datenbank zum Messen.</translation>
    </message>
    <message>
        <source>%1 was closed before the benchmark began.</source>
        <translation>%1 wurde geschlossen, bevor der Benchmark begann.</translation>
    </message>
    <message>
        <source>%1 is not encrypted: a plain twin would measure the same file twice. Run without --against-plain-twin.</source>
        <translation>%1 ist nicht verschlüsselt: ein unverschlüsselter Zwilling würde dieselbe Datei zweimal messen. Starten Sie ohne --against-plain-twin.</translation>
    </message>
    <message>
        <source>Iterations and rounds must be at least 1, the warm-up and the duration at least 0.</source>
        <translation>Durchläufe und Runden müssen mindestens 1 sein, Aufwärmen und Dauer mindestens 0.</translation>
    </message>
    <message>
        <source>%1 is not writable, so the twin is in %2, maybe on another file system: the overhead then includes that difference.</source>
        <translation>%1 ist nicht beschreibbar, daher liegt der Zwilling in %2, vielleicht auf einem anderen Dateisystem: der Mehraufwand enthält dann auch diesen Unterschied.</translation>
    </message>
    <message>
        <source>the decrypted twin</source>
        <translation>den entschlüsselten Zwilling</translation>
    </message>
    <message>
        <source>%1: cannot make a private folder for the decrypted twin (%2).</source>
        <translation>%1: kann keinen privaten Ordner für den entschlüsselten Zwilling anlegen (%2).</translation>
    </message>
    <message>
        <source>Decrypted twin: %1</source>
        <translation>Entschlüsselter Zwilling: %1</translation>
    </message>
    <message>
        <source>Statement %1 of %2: %3</source>
        <translation>Anweisung %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1: p50 %2, p95 %3, p99 %4</source>
        <translation>%1: p50 %2, p95 %3, p99 %4</translation>
    </message>
    <message>
        <source>; plain p50 %1; overhead %2</source>
        <translation>; unverschlüsselt p50 %1; Mehraufwand %2</translation>
    </message>
    <message>
        <source>The decrypted twin %1 could not be removed; remove it yourself.</source>
        <translation>Der entschlüsselte Zwilling %1 konnte nicht entfernt werden; entfernen Sie ihn selbst.</translation>
    </message>
    <message>
        <source>REGRESSION %1: p50 %2 → %3 (%4 %, noise %5 %)</source>
        <translation>VERSCHLECHTERUNG %1: p50 %2 → %3 (%4 %, Rauschen %5 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) measured on %1.</source>
        <translation>
            <numerusform>%n Anweisung auf %1 gemessen.</numerusform>
            <numerusform>%n Anweisungen auf %1 gemessen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) slower than baseline %1 beyond the threshold and the noise.</source>
        <translation>
            <numerusform>%n Anweisung langsamer als die Vergleichsbasis %1, jenseits von Schwelle und Rauschen.</numerusform>
            <numerusform>%n Anweisungen langsamer als die Vergleichsbasis %1, jenseits von Schwelle und Rauschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No regression against baseline %1.</source>
        <translation>Keine Verschlechterung gegenüber der Vergleichsbasis %1.</translation>
    </message>
    <message>
        <source>%1: "%2" does not prepare: %3</source>
        <translation>%1: „%2“ lässt sich nicht vorbereiten: %3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the statement failed: %2</source>
        <translation>%1: die Anweisung schlug fehl: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the workload file (%2).</source>
        <translation>%1: die Datei mit der Arbeitslast ist nicht lesbar (%2).</translation>
    </message>
    <message>
        <source>%1: the workload file holds no SQL statement.</source>
        <translation>%1: die Datei mit der Arbeitslast enthält keine SQL-Anweisung.</translation>
    </message>
    <message>
        <source>libcrypto has no %1</source>
        <translation>libcrypto kennt %1 nicht</translation>
    </message>
    <message>
        <source>a new LUKS2 key slot (libcryptsetup's defaults: %1 KiB, %2 threads, iterations for %3 ms)</source>
        <translation>ein neuer LUKS2-Schlüsselplatz (Vorgaben von libcryptsetup: %1 KiB, %2 Threads, Iterationen für %3 ms)</translation>
    </message>
    <message>
        <source>Known volume %1 not measured: %2</source>
        <translation>Bekanntes Volume %1 nicht gemessen: %2</translation>
    </message>
    <message>
        <source>known volume %1</source>
        <translation>bekanntes Volume %1</translation>
    </message>
    <message>
        <source>Benchmark %1 against %2</source>
        <translation>%1 im Vergleich mit %2 messen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>%1 (statement %2, on %3)</source>
        <translation>%1 (Anweisung %2, auf %3)</translation>
    </message>
    <message>
        <source>; against p50 %1; overhead %2</source>
        <translation>; Vergleich p50 %1; Mehraufwand %2</translation>
    </message>
    <message>
        <source>"%1": parameter :%2 needs a table after FROM, JOIN, UPDATE or INTO to draw values from.</source>
        <translation>„%1“: Parameter :%2 braucht eine Tabelle nach FROM, JOIN, UPDATE oder INTO, aus der seine Werte gezogen werden.</translation>
    </message>
    <message>
        <source>"%1": the table %2 for parameter :%3: %4</source>
        <translation>„%1“: die Tabelle %2 für Parameter :%3: %4</translation>
    </message>
    <message>
        <source>"%1": parameter :%2 is neither a column of %3 nor :id, :key or :pk of a table with a single-column primary key.</source>
        <translation>„%1“: Parameter :%2 ist weder eine Spalte von %3 noch :id, :key oder :pk einer Tabelle mit einspaltigem Primärschlüssel.</translation>
    </message>
    <message>
        <source>"%1": %2 has no values of %3 for parameter :%4.</source>
        <translation>„%1“: %2 hat keine Werte in %3 für Parameter :%4.</translation>
    </message>
    <message>
        <source>plain SQLite, no encryption</source>
        <translation>einfaches SQLite, ohne Verschlüsselung</translation>
    </message>
    <message>
        <source>everything readable by whoever gets the file</source>
        <translation>alles lesbar für jeden, der die Datei bekommt</translation>
    </message>
    <message>
        <source>SQLCipher's defaults: 4 KiB pages, HMAC-SHA512, cipher_memory_security off, 2 MB cache</source>
        <translation>Vorgaben von SQLCipher: 4-KiB-Seiten, HMAC-SHA512, cipher_memory_security aus, 2 MB Cache</translation>
    </message>
    <message>
        <source>the reference the others are compared with</source>
        <translation>die Referenz, mit der die anderen verglichen werden</translation>
    </message>
    <message>
        <source>cipher_page_size = 16384 (16 KiB pages)</source>
        <translation>cipher_page_size = 16384 (16-KiB-Seiten)</translation>
    </message>
    <message>
        <source>none to secrecy or integrity; the file opens only with that page size given, and each small write re-encrypts a whole 16 KiB page</source>
        <translation>keine für Vertraulichkeit oder Integrität; die Datei öffnet sich nur mit dieser Seitengröße, und jeder kleine Schreibvorgang verschlüsselt eine ganze 16-KiB-Seite neu</translation>
    </message>
    <message>
        <source>cipher_memory_security = ON</source>
        <translation>cipher_memory_security = ON</translation>
    </message>
    <message>
        <source>none, it adds protection: freed memory is wiped and locked; off (the default), freed buffers may keep decrypted pages until they are reused</source>
        <translation>keine, sie erhöht den Schutz: freigegebener Speicher wird gelöscht und gesperrt; ausgeschaltet (die Vorgabe) können freigegebene Puffer entschlüsselte Seiten behalten, bis sie wiederverwendet werden</translation>
    </message>
    <message>
        <source>cipher_use_hmac = OFF</source>
        <translation>cipher_use_hmac = OFF</translation>
    </message>
    <message>
        <source>integrity: changed, swapped or replayed pages are no longer detected, only read as garbage</source>
        <translation>Integrität: veränderte, vertauschte oder wieder eingespielte Seiten werden nicht mehr erkannt, nur als Datenmüll gelesen</translation>
    </message>
    <message>
        <source>cache_size = -65536 (64 MiB page cache)</source>
        <translation>cache_size = -65536 (64 MiB Seiten-Cache)</translation>
    </message>
    <message>
        <source>up to 64 MiB of decrypted pages held in memory, where swap or a core dump can capture them</source>
        <translation>bis zu 64 MiB entschlüsselter Seiten im Speicher, wo Auslagerung oder ein Speicherabbild sie erfassen können</translation>
    </message>
    <message>
        <source>The SQLCipher benchmark failed: %1</source>
        <translation>Die SQLCipher-Messung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Measure SQLCipher's settings</source>
        <translation>Einstellungen von SQLCipher messen</translation>
    </message>
    <message>
        <source>Run the workload on each variant</source>
        <translation>Die Last auf jeder Variante ausführen</translation>
    </message>
    <message>
        <source>Remove the files</source>
        <translation>Die Dateien entfernen</translation>
    </message>
    <message>
        <source>The size must be 1 to 4096 MB and the rounds 1 to 20.</source>
        <translation>Die Größe muss 1 bis 4096 MB betragen und die Runden 1 bis 20.</translation>
    </message>
    <message>
        <source>%1: cannot make a private folder for the benchmark (%2).</source>
        <translation>%1: kein privater Ordner für die Messung möglich (%2).</translation>
    </message>
    <message>
        <source>Temporary files in %1</source>
        <translation>Temporäre Dateien in %1</translation>
    </message>
    <message>
        <source>Round %1, %2</source>
        <translation>Runde %1, %2</translation>
    </message>
    <message>
        <source>%1: cannot create (%2).</source>
        <translation>%1: kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>The temporary folder %1 could not be removed; remove it yourself.</source>
        <translation>Der temporäre Ordner %1 konnte nicht entfernt werden; entfernen Sie ihn selbst.</translation>
    </message>
    <message>
        <source>%1: %2 ms, overhead %3 % against plain SQLite</source>
        <translation>%1: %2 ms, Mehraufwand %3 % gegenüber einfachem SQLite</translation>
    </message>
    <message>
        <source>SQLCipher's defaults cost %1 % against plain SQLite here (noise %2 %).</source>
        <translation>Die Vorgaben von SQLCipher kosten hier %1 % gegenüber einfachem SQLite (Rauschen %2 %).</translation>
    </message>
    <message>
        <source>even %1 iterations take longer than %2 ms here: less memory for the target</source>
        <translation>schon %1 Iterationen dauern hier länger als %2 ms: weniger Speicher für das Ziel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>cuts the overhead here</source>
        <translation>senkt hier den Mehraufwand</translation>
    </message>
    <message>
        <source>within the noise</source>
        <translation>im Rauschen</translation>
    </message>
    <message>
        <source>adds to the overhead here</source>
        <translation>erhöht hier den Mehraufwand</translation>
    </message>
    <message>
        <source>bulk insert</source>
        <translation>Masseneinfügen</translation>
    </message>
    <message>
        <source>point reads</source>
        <translation>Punktabfragen</translation>
    </message>
    <message>
        <source>range scans</source>
        <translation>Bereichsabfragen</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>full scan</source>
        <translation>vollständiger Durchlauf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Round %1 of %2, %3</source>
        <translation>Runde %1 von %2, %3</translation>
    </message>
    <message>
        <source>Connection B (%1): %2</source>
        <translation>Verbindung B (%1): %2</translation>
    </message>
    <message>
        <source>SQLCipher pages</source>
        <translation>SQLCipher-Seiten</translation>
    </message>
    <message>
        <source>SQLCipher page HMACs</source>
        <translation>Seiten-HMACs von SQLCipher</translation>
    </message>
    <message>
        <source>LUKS2 sectors</source>
        <translation>LUKS2-Sektoren</translation>
    </message>
    <message>
        <source>age chunks</source>
        <translation>age-Blöcke</translation>
    </message>
    <message>
        <source>checksums, the audit chain</source>
        <translation>Prüfsummen, die Kette des Prüfprotokolls</translation>
    </message>
</context>
<context>
    <name>AgeFileJobs</name>
    <message>
        <source>checksum file</source>
        <translation>Prüfsummendatei</translation>
    </message>
    <message>
        <source>aes-256-gcm key</source>
        <translation>AES-256-GCM-Schlüssel</translation>
    </message>
    <message>
        <source>gpg passphrase</source>
        <translation>gpg-Passphrase</translation>
    </message>
    <message>
        <source>gpg keyring</source>
        <translation>gpg-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <source>journald does not answer on %1</source>
        <translation>journald antwortet nicht auf %1</translation>
    </message>
    <message>
        <source>journald is not running here (no %1)</source>
        <translation>journald läuft hier nicht (kein %1)</translation>
    </message>
    <message>
        <source>cannot open the system journal (%1)</source>
        <translation>das Systemjournal kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>this user can read no entry of the system journal (members of the group systemd-journal can)</source>
        <translation>dieser Benutzer kann keinen Eintrag des Systemjournals lesen (Mitglieder der Gruppe systemd-journal können es)</translation>
    </message>
    <message>
        <source>cannot search the system journal</source>
        <translation>das Systemjournal kann nicht durchsucht werden</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>%1: cannot open the audit log for writing. Check the folder&apos;s permissions.</source>
        <translation>%1: Das Audit-Protokoll kann nicht zum Schreiben geöffnet werden. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>%1: writing the audit log failed (disk full?).</source>
        <translation>%1: Das Schreiben des Audit-Protokolls ist fehlgeschlagen (Datenträger voll?).</translation>
    </message>
    <message>
        <source>audit head record</source>
        <translation>Kopfdatensatz des Audit-Protokolls</translation>
    </message>
    <message>
        <source>%1: cannot read the audit log.</source>
        <translation>%1: Das Audit-Protokoll kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the log file is missing but its head record says it had %1 lines</source>
        <translation>die Protokolldatei fehlt, aber ihr Kopfdatensatz nennt %1 Zeilen</translation>
    </message>
    <message>
        <source>there is no audit log: neither the log nor its head record exists (nothing was logged by this user here, or both were deleted)</source>
        <translation>es gibt kein Audit-Protokoll: weder das Protokoll noch sein Kopfdatensatz existiert (für diesen Benutzer wurde hier nichts protokolliert, oder beide wurden gelöscht)</translation>
    </message>
    <message>
        <source>cannot read the log</source>
        <translation>das Protokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>line %1 is not a JSON object</source>
        <translation>Zeile %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>line %1 was changed: line %2 recorded another hash for it</source>
        <translation>Zeile %1 wurde verändert: Zeile %2 hat einen anderen Hash für sie festgehalten</translation>
    </message>
    <message>
        <source>line %1 does not follow the line before it: a line was edited, inserted or removed here</source>
        <translation>Zeile %1 folgt nicht auf die Zeile davor: Hier wurde eine Zeile bearbeitet, eingefügt oder entfernt</translation>
    </message>
    <message>
        <source>line %1 has sequence number %2, expected %3</source>
        <translation>Zeile %1 hat die Folgenummer %2, erwartet war %3</translation>
    </message>
    <message>
        <source>the log ends at line %1 but its head record names line %2 with another hash: lines were removed from the end or the last line was changed</source>
        <translation>das Protokoll endet bei Zeile %1, aber sein Kopfdatensatz nennt Zeile %2 mit einem anderen Hash: Am Ende wurden Zeilen entfernt oder die letzte Zeile wurde verändert</translation>
    </message>
    <message>
        <source>journal not available: entries are only in the local chain (%1)</source>
        <translation>Journal nicht verfügbar: Die Einträge stehen nur in der lokalen Kette (%1)</translation>
    </message>
    <message>
        <source>journal not readable: entries are only in the local chain (%1)</source>
        <translation>Journal nicht lesbar: Die Einträge stehen nur in der lokalen Kette (%1)</translation>
    </message>
    <message>
        <source>the local chain and the system journal differ: %1 entries of the journal are missing from the log, %2 lines of the log are missing from the journal</source>
        <translation>die lokale Kette und das Systemjournal weichen ab: %1 Einträge des Journals fehlen im Protokoll, %2 Zeilen des Protokolls fehlen im Journal</translation>
    </message>
</context>
<context>
    <name>BackupAdoption</name>
    <message>
        <source>%1 was not added to the catalog: %2</source>
        <translation>%1 wurde nicht in den Katalog aufgenommen: %2</translation>
    </message>
    <message>
        <source>it has an entry already.</source>
        <translation>es hat bereits einen Eintrag.</translation>
    </message>
    <message>
        <source>its name is not a backup&apos;s name (STEM-backup-YYYYMMDD-HHMMSS.db, the time in UTC); rename it to bring it under retention.</source>
        <translation>sein Name ist kein Sicherungsname (STAMM-backup-JJJJMMTT-HHMMSS.db, Zeit in UTC); benennen Sie es um, damit die Aufbewahrungsregeln dafür gelten.</translation>
    </message>
    <message>
        <source>the time in its name lies in the future.</source>
        <translation>die Zeit in seinem Namen liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>it was not checked page by page with its page keys (settings that keep the salt outside the file cannot be sealed).</source>
        <translation>es wurde nicht Seite für Seite mit seinen Seitenschlüsseln geprüft (Einstellungen, die das Salt außerhalb der Datei halten, lassen sich nicht versiegeln).</translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>%1: cannot read the backup catalog: %2</source>
        <translation>%1: Der Sicherungskatalog kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the backup catalog is not valid JSON (%2). Move it aside; the backups are listed as not yet verified until they are verified again.</source>
        <translation>%1: Der Sicherungskatalog ist kein gültiges JSON (%2). Legen Sie ihn beiseite; die Sicherungen gelten als noch nicht geprüft, bis sie erneut geprüft wurden.</translation>
    </message>
    <message>
        <source>backup catalog</source>
        <translation>Sicherungskatalog</translation>
    </message>
    <message>
        <source>%1: the backup catalog is locked by another process.</source>
        <translation>%1: Der Sicherungskatalog ist von einem anderen Prozess gesperrt.</translation>
    </message>
    <message>
        <source>%1: no such folder. Give the history folder of a database (by default &quot;backups&quot; beside it).</source>
        <translation>%1: Ordner nicht vorhanden. Geben Sie den Verlaufsordner einer Datenbank an (standardmäßig „backups“ daneben).</translation>
    </message>
</context>
<context>
    <name>BackupComparison</name>
    <message>
        <source>%1 %2 (does not exist yet)
</source>
        <translation>%1 %2 (existiert noch nicht)
</translation>
    </message>
    <message>
        <source>Backup - live</source>
        <translation>Sicherung – aktuell</translation>
    </message>
</context>
<context>
    <name>BackupInspector</name>
    <message>
        <source>Checksum against the catalog</source>
        <translation>Prüfsumme mit dem Katalog vergleichen</translation>
    </message>
    <message>
        <source>Open with the key</source>
        <translation>Mit dem Schlüssel öffnen</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>Integrität prüfen</translation>
    </message>
    <message>
        <source>%1: no such file. Check the path.</source>
        <translation>%1: Datei nicht vorhanden. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was checked. Look at who changed the catalog; to check the file as one without an entry, remove the entry from %3.</source>
        <translation>%1: %2 Es wurde nichts geprüft. Prüfen Sie, wer den Katalog verändert hat; um die Datei wie eine ohne Eintrag zu prüfen, entfernen Sie den Eintrag aus %3.</translation>
    </message>
    <message>
        <source>%1: the file changed since it was written: its SHA-256 differs from the one in the catalog. It is damaged or was replaced; use another backup.</source>
        <translation>%1: Die Datei hat sich seit dem Schreiben verändert: Ihr SHA-256 weicht von dem im Katalog ab. Sie ist beschädigt oder wurde ersetzt; verwenden Sie eine andere Sicherung.</translation>
    </message>
</context>
<context>
    <name>BackupRecord</name>
    <message>
        <source>the catalog entry of %1 is damaged: %2</source>
        <translation>der Katalogeintrag von %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>einer Datei</translation>
    </message>
    <message>
        <source>its name is not a backup&apos;s name in that folder (STEM-backup-YYYYMMDD-HHMMSS.db).</source>
        <translation>sein Name ist in diesem Ordner kein Sicherungsname (STAMM-backup-JJJJMMTT-HHMMSS.db).</translation>
    </message>
    <message>
        <source>its time is not an ISO 8601 time.</source>
        <translation>seine Zeit ist keine ISO-8601-Zeit.</translation>
    </message>
    <message>
        <source>its time, %1, lies more than a day in the future.</source>
        <translation>seine Zeit, %1, liegt mehr als einen Tag in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>Open the database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Copy a consistent snapshot</source>
        <translation>Konsistenten Snapshot kopieren</translation>
    </message>
    <message>
        <source>Verify the backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <source>Add it to the history</source>
        <translation>In den Verlauf aufnehmen</translation>
    </message>
    <message>
        <source>The new backup of %1 does not open with the key: %2</source>
        <translation>Die neue Sicherung von %1 öffnet sich nicht mit dem Schlüssel: %2</translation>
    </message>
    <message>
        <source>%1: no such database. Check the path.</source>
        <translation>%1: Datenbank nicht vorhanden. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1: cannot create the history folder.</source>
        <translation>%1: Der Verlaufsordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>die Sicherung</translation>
    </message>
    <message>
        <source>The new backup of %1 is not whole: %2</source>
        <translation>Die neue Sicherung von %1 ist nicht vollständig: %2</translation>
    </message>
    <message>
        <source>The new backup of %1 failed its page check: %2</source>
        <translation>Die neue Sicherung von %1 hat die Seitenprüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <source>The backup %1 was written and verified, but recording it in the catalog failed: %2</source>
        <translation>Die Sicherung %1 wurde geschrieben und geprüft, aber das Eintragen in den Katalog ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>CatalogSeal</name>
    <message>
        <source>QCA has no HKDF-SHA256 or HMAC-SHA256: install its OpenSSL plugin (libqca-qt6-plugins).</source>
        <translation>QCA hat kein HKDF-SHA256 oder HMAC-SHA256: Installieren Sie sein OpenSSL-Plugin (libqca-qt6-plugins).</translation>
    </message>
    <message>
        <source>A catalog seal needs the file&apos;s page HMAC key.</source>
        <translation>Ein Katalogsiegel braucht den Seiten-HMAC-Schlüssel der Datei.</translation>
    </message>
</context>
<context>
    <name>CipherBenchmark</name>
    <message>
        <source>the kernel has no such cipher</source>
        <translation>der Kernel hat keine solche Verschlüsselung</translation>
    </message>
    <message>
        <source>needs the kernel crypto API; OpenSSL has no such cipher</source>
        <translation>braucht die Krypto-API des Kernels; OpenSSL hat keine solche Verschlüsselung</translation>
    </message>
    <message>
        <source>OpenSSL lacks %1</source>
        <translation>OpenSSL fehlt %1</translation>
    </message>
</context>
<context>
    <name>CipherSettings</name>
    <message>
        <source>Invalid cipher setting %1: %2</source>
        <translation>Ungültige Verschlüsselungseinstellung %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a power of two from 512 to 65536.</source>
        <translation>%1 ist keine Zweierpotenz von 512 bis 65536.</translation>
    </message>
    <message>
        <source>%1 is not from 1 to 10,000,000.</source>
        <translation>%1 liegt nicht zwischen 1 und 10.000.000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>„%1“ ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>%1 is not 0 or a multiple of 16 up to 100.</source>
        <translation>%1 ist weder 0 noch ein Vielfaches von 16 bis 100.</translation>
    </message>
    <message>
        <source>missing, or not a whole number.</source>
        <translation>fehlt oder ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>missing, or not a name.</source>
        <translation>fehlt oder ist kein Name.</translation>
    </message>
</context>
<context>
    <name>CompareBackupJob</name>
    <message>
        <source>Compare %1 with %2</source>
        <translation>%1 mit %2 vergleichen</translation>
    </message>
    <message>
        <source>Count the rows of the live database</source>
        <translation>Zeilen der aktuellen Datenbank zählen</translation>
    </message>
    <message>
        <source>Count the rows of the backup</source>
        <translation>Zeilen der Sicherung zählen</translation>
    </message>
    <message>
        <source>%1: %2 Look at who changed the catalog; to compare the file as one without an entry, remove the entry from %3.</source>
        <translation>%1: %2 Prüfen Sie, wer den Katalog verändert hat; um die Datei wie eine ohne Eintrag zu vergleichen, entfernen Sie den Eintrag aus %3.</translation>
    </message>
</context>
<context>
    <name>ContentFingerprint</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the schema</source>
        <translation>das Schema</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>Cancelled while verifying; nothing was changed.</source>
        <translation>Beim Prüfen abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ConversionPlan</name>
    <message>
        <source>plain SQLite (not encrypted)</source>
        <translation>einfaches SQLite (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>SQLCipher, %1 (page size %2, %3 KDF iterations, %4, %5)</source>
        <translation>SQLCipher, %1 (Seitengröße %2, %3 KDF-Iterationen, %4, %5)</translation>
    </message>
    <message>
        <source>no HMAC</source>
        <translation>kein HMAC</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>sie liegt auf einem schreibgeschützten Dateisystem</translation>
    </message>
    <message>
        <source>%1: cannot write the new file next to it in %2: %3. The conversion writes a full copy in the same folder; make the folder writable (or copy the file somewhere writable) and try again. Nothing was changed.</source>
        <translation>%1: Die neue Datei kann nicht daneben in %2 geschrieben werden: %3. Die Umwandlung schreibt eine vollständige Kopie in denselben Ordner; machen Sie den Ordner beschreibbar (oder kopieren Sie die Datei an einen beschreibbaren Ort) und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Read %1 (%2, %3%4) and hold it still: other programs cannot write to it meanwhile.</source>
        <translation>%1 lesen (%2, %3%4) und festhalten: Andere Programme können währenddessen nicht hineinschreiben.</translation>
    </message>
    <message>
        <source> plus %1 of uncheckpointed -wal, included in the copy</source>
        <translation> zuzüglich %1 nicht übernommenes -wal, das mitkopiert wird</translation>
    </message>
    <message>
        <source>Write a new file in %1 as %2%3 by re-encrypting it page by page, each page decrypted again and compared with the original&apos;s as it is written, and flush it to disk (needs %4; %5 free).</source>
        <translation>Eine neue Datei in %1 als %2%3 schreiben, indem sie Seite für Seite neu verschlüsselt wird, jede Seite beim Schreiben erneut entschlüsselt und mit der des Originals verglichen, und sie auf den Datenträger schreiben (braucht %4; %5 frei).</translation>
    </message>
    <message>
        <source> with the new key</source>
        <translation> mit dem neuen Schlüssel</translation>
    </message>
    <message>
        <source> with the same key</source>
        <translation> mit demselben Schlüssel</translation>
    </message>
    <message>
        <source>Verify the new file: it opens with the new key and SQLCipher reads every table.</source>
        <translation>Neue Datei prüfen: Sie öffnet sich mit dem neuen Schlüssel, und SQLCipher liest jede Tabelle.</translation>
    </message>
    <message>
        <source>Write a new file in %1 as %2%3, and flush it to disk (needs %4; %5 free).</source>
        <translation>Eine neue Datei in %1 als %2%3 schreiben und auf den Datenträger schreiben (braucht %4; %5 frei).</translation>
    </message>
    <message>
        <source>Verify the new file: it opens %1, passes %2integrity_check, has the same schema, tables, row counts, header fields and content hash of every table.</source>
        <translation>Neue Datei prüfen: Sie öffnet sich %1, besteht %2integrity_check und hat dasselbe Schema, dieselben Tabellen, Zeilenzahlen, Header-Felder und denselben Inhalts-Hash jeder Tabelle.</translation>
    </message>
    <message>
        <source>without a key</source>
        <translation>ohne Schlüssel</translation>
    </message>
    <message>
        <source>with the new key</source>
        <translation>mit dem neuen Schlüssel</translation>
    </message>
    <message>
        <source>with the same key</source>
        <translation>mit demselben Schlüssel</translation>
    </message>
    <message>
        <source>cipher_integrity_check and </source>
        <translation>cipher_integrity_check und </translation>
    </message>
    <message>
        <source>Swap it in by an atomic rename; the original is kept as %1.</source>
        <translation>Durch atomares Umbenennen einsetzen; das Original bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>Delete the kept original (this does not scrub its blocks on an SSD).</source>
        <translation>Aufbewahrtes Original löschen (seine Blöcke werden auf einer SSD nicht überschrieben).</translation>
    </message>
    <message>
        <source>Warning: the result is NOT encrypted; anyone who can read the file can read the data.</source>
        <translation>Warnung: Das Ergebnis ist NICHT verschlüsselt; wer die Datei lesen kann, kann die Daten lesen.</translation>
    </message>
    <message>
        <source>%1: no such file. Check the path.</source>
        <translation>%1: Datei nicht vorhanden. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation>%1: keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1: not a plain SQLite database, so there is nothing to encrypt: it is already encrypted (or not a database). To change its key use &apos;db rekey&apos;, to change its settings &apos;db migrate&apos;. Nothing was changed.</source>
        <translation>%1: keine einfache SQLite-Datenbank, es gibt also nichts zu verschlüsseln: Sie ist bereits verschlüsselt (oder keine Datenbank). Den Schlüssel ändern Sie mit &apos;db rekey&apos;, die Einstellungen mit &apos;db migrate&apos;. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: this is a plain SQLite database, not an encrypted one, so it cannot be %2ed. To encrypt it use &apos;db encrypt&apos;. Nothing was changed.</source>
        <translation>%1: Dies ist eine einfache SQLite-Datenbank, keine verschlüsselte, daher ist &apos;db %2&apos; nicht möglich. Zum Verschlüsseln verwenden Sie &apos;db encrypt&apos;. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is encrypted: give its key.</source>
        <translation>%1 ist verschlüsselt: Geben Sie ihren Schlüssel an.</translation>
    </message>
    <message>
        <source> Give other settings with --source-profile, --source-page-size, --source-kdf-iter, --source-hmac-algorithm and --source-kdf-algorithm. Nothing was changed.</source>
        <translation> Geben Sie andere Einstellungen mit --source-profile, --source-page-size, --source-kdf-iter, --source-hmac-algorithm und --source-kdf-algorithm an. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: give the new key for the %2ed file (--new-key-env NAME, --new-key-file PATH or --new-passphrase-stdin; there is no terminal to ask on).</source>
        <translation>%1: Geben Sie den neuen Schlüssel für die Datei nach &apos;db %2&apos; an (--new-key-env NAME, --new-key-file PFAD oder --new-passphrase-stdin; es gibt kein Terminal, um danach zu fragen).</translation>
    </message>
    <message>
        <source>A plaintext header needs a raw key with its salt (x&apos;&lt;96 hex digits&gt;&apos;): with a passphrase the salt would not be stored in the file and it could not be opened again.</source>
        <translation>Ein Klartext-Header braucht einen Rohschlüssel mit seinem Salt (x&apos;&lt;96 Hex-Ziffern&gt;&apos;): Mit einer Passphrase würde das Salt nicht in der Datei gespeichert, und sie ließe sich nicht wieder öffnen.</translation>
    </message>
    <message>
        <source>%1 already uses these settings (%2); nothing to migrate. Give other settings or a new key.</source>
        <translation>%1 verwendet diese Einstellungen bereits (%2); es gibt nichts zu migrieren. Geben Sie andere Einstellungen oder einen neuen Schlüssel an.</translation>
    </message>
    <message>
        <source>a verified copy of %1</source>
        <translation>eine geprüfte Kopie von %1</translation>
    </message>
</context>
<context>
    <name>ConversionPlanJob</name>
    <message>
        <source>Check %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source>Check the source, the key and the free space</source>
        <translation>Quelle, Schlüssel und freien Speicherplatz prüfen</translation>
    </message>
</context>
<context>
    <name>ConversionResult</name>
    <message>
        <source>Older backups of %1 still open with the old key: if the old key leaked, delete them or keep them out of reach.</source>
        <translation>Ältere Sicherungen von %1 öffnen sich weiterhin mit dem alten Schlüssel: Falls der alte Schlüssel bekannt geworden ist, löschen Sie sie oder bewahren Sie sie unerreichbar auf.</translation>
    </message>
    <message>
        <source>The kept original %1 and older backups of %2 still open with the old key: if the old key leaked, delete them or keep them out of reach.</source>
        <translation>Das aufbewahrte Original %1 und ältere Sicherungen von %2 öffnen sich weiterhin mit dem alten Schlüssel: Falls der alte Schlüssel bekannt geworden ist, löschen Sie sie oder bewahren Sie sie unerreichbar auf.</translation>
    </message>
</context>
<context>
    <name>CreateBackupJob</name>
    <message>
        <source>Back up %1</source>
        <translation>%1 sichern</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2, %3 rows, key id %4)</source>
        <translation>Sicherung geschrieben und geprüft: %1 (%2, %3 Zeilen, Schlüssel-ID %4)</translation>
    </message>
</context>
<context>
    <name>CryptDevice</name>
    <message>
        <source>%1: no such file. Check the path.</source>
        <translation>%1: Datei nicht vorhanden. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1: no such header file. Check the --header path.</source>
        <translation>%1: Header-Datei nicht vorhanden. Prüfen Sie den Pfad bei --header.</translation>
    </message>
    <message>
        <source>%1: not readable by this user.</source>
        <translation>%1: für diesen Benutzer nicht lesbar.</translation>
    </message>
    <message>
        <source>%1: libcryptsetup cannot open it: %2</source>
        <translation>%1: libcryptsetup kann es nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1: not a LUKS volume (no LUKS1 or LUKS2 header found). If its header is detached, pass it with --header FILE.</source>
        <translation>%1: kein LUKS-Volume (kein LUKS1- oder LUKS2-Header gefunden). Ist der Header abgetrennt, geben Sie ihn mit --header DATEI an.</translation>
    </message>
    <message>
        <source>reading the LUKS header</source>
        <translation>Lesen des LUKS-Headers</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source> (libcryptsetup: %1)</source>
        <translation> (libcryptsetup: %1)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: the key or the cipher settings do not open this file.</source>
        <translation>%1: Der Schlüssel oder die Verschlüsselungseinstellungen öffnen diese Datei nicht.</translation>
    </message>
    <message>
        <source>%1: no such file. Check the path.</source>
        <translation>%1: Datei nicht vorhanden. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: SQLCipher refused the key.</source>
        <translation>%1: SQLCipher hat den Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>%1: the database is locked by another process. Wait for it to finish, or open the file read-only.</source>
        <translation>%1: Die Datenbank ist von einem anderen Prozess gesperrt. Warten Sie, bis er fertig ist, oder öffnen Sie die Datei schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1: not a plain SQLite database (it may be encrypted: give a key).</source>
        <translation>%1: keine einfache SQLite-Datenbank (sie ist vielleicht verschlüsselt: Geben Sie einen Schlüssel an).</translation>
    </message>
    <message>
        <source>%1: the database is damaged: %2</source>
        <translation>%1: Die Datenbank ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the database: %2</source>
        <translation>%1: Die Datenbank kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: refused to run &quot;%2&quot;: it is not exactly one SQL statement.</source>
        <translation>%1: „%2“ wurde nicht ausgeführt: Es ist nicht genau eine SQL-Anweisung.</translation>
    </message>
</context>
<context>
    <name>DatabaseChecks</name>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: the file is damaged (%2 reports %3 problem(s): %4). Use another backup.</source>
        <translation>%1: Die Datei ist beschädigt (%2 meldet %3 Problem(e): %4). Verwenden Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>Lesen des Schemas</translation>
    </message>
    <message>
        <source>counting rows of </source>
        <translation>Zählen der Zeilen von </translation>
    </message>
    <message>
        <source>; %1 failing pages in all</source>
        <translation>; insgesamt %1 fehlerhafte Seiten</translation>
    </message>
    <message>
        <source>%1: HMAC verification failed for page %2%3</source>
        <translation>%1: HMAC-Prüfung für Seite %2 fehlgeschlagen%3</translation>
    </message>
    <message>
        <source>%1: its header counts %2 pages, but the file holds %3 bytes.</source>
        <translation>%1: Sein Header zählt %2 Seiten, aber die Datei enthält %3 Byte.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>%1 is locked: another process is writing to it. Wait for it to finish and try again; to look at the data now, copy the file (with its -wal file) and open the copy read-only.</source>
        <translation>%1 ist gesperrt: Ein anderer Prozess schreibt hinein. Warten Sie, bis er fertig ist, und versuchen Sie es erneut; um die Daten jetzt anzusehen, kopieren Sie die Datei (mit ihrer -wal-Datei) und öffnen Sie die Kopie schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1: no such file. Check the path.</source>
        <translation>%1: Datei nicht vorhanden. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Choose the file itself.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei. Wählen Sie die Datei selbst.</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2). Check its permissions.</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2). Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): there is no database in it. If it should hold data, restore it from a backup.</source>
        <translation>%1 ist leer (0 Byte): Es enthält keine Datenbank. Sollte es Daten enthalten, stellen Sie es aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is not a database: it looks like a %2. Choose the database file itself.</source>
        <translation>%1 ist keine Datenbank: Es sieht aus wie %2. Wählen Sie die Datenbankdatei selbst.</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>Textdatei</translation>
    </message>
    <message>
        <source>%1 is damaged: the key is right (%2) but the database cannot be read: %3. Restore it from a backup.</source>
        <translation>%1 ist beschädigt: Der Schlüssel ist richtig (%2), aber die Datenbank kann nicht gelesen werden: %3. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is not a database: its content is not encrypted SQLCipher pages. Check that this is the file you meant (a download may have saved an error page).</source>
        <translation>%1 ist keine Datenbank: Ihr Inhalt besteht nicht aus verschlüsselten SQLCipher-Seiten. Prüfen Sie, ob dies die gemeinte Datei ist (ein Download hat vielleicht eine Fehlerseite gespeichert).</translation>
    </message>
    <message>
        <source>%1: no settings tried (%2) open it, and its size, %3 bytes, is not a multiple of any page size: it is truncated or damaged, or it is not a database. Check the key; restore the file from a backup.</source>
        <translation>%1: Keine der versuchten Einstellungen (%2) öffnet sie, und ihre Größe, %3 Byte, ist kein Vielfaches einer Seitengröße: Sie ist abgeschnitten oder beschädigt, oder sie ist keine Datenbank. Prüfen Sie den Schlüssel; stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1: the key does not open this file with any of the settings tried (%2). Check the key. If the file was made with other settings, give them (page size, KDF iterations, HMAC and KDF algorithms, plaintext header size). Note that a file of random bytes looks exactly like this: an encrypted database has no readable header.</source>
        <translation>%1: Der Schlüssel öffnet diese Datei mit keiner der versuchten Einstellungen (%2). Prüfen Sie den Schlüssel. Wurde die Datei mit anderen Einstellungen erstellt, geben Sie diese an (Seitengröße, KDF-Iterationen, HMAC- und KDF-Algorithmus, Größe des Klartext-Headers). Eine Datei aus Zufallsbytes sieht genau so aus: Eine verschlüsselte Datenbank hat keinen lesbaren Header.</translation>
    </message>
    <message>
        <source>%1 is a plain SQLite database, not an encrypted one: anyone who can read the file can read its data. Encrypt it first (db encrypt); then back it up.</source>
        <translation>%1 ist eine einfache SQLite-Datenbank, keine verschlüsselte: Wer die Datei lesen kann, kann ihre Daten lesen. Verschlüsseln Sie sie zuerst (db encrypt); sichern Sie sie danach.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: its size, %2 bytes, is not a multiple of its page size %3. Restore it from a backup; run a check to see what can still be read.</source>
        <translation>%1 ist abgeschnitten oder beschädigt: Ihre Größe, %2 Byte, ist kein Vielfaches ihrer Seitengröße %3. Stellen Sie sie aus einer Sicherung wieder her; eine Prüfung zeigt, was sich noch lesen lässt.</translation>
    </message>
    <message>
        <source> Opened read-only: you cannot write to the file or its folder, so it cannot be changed or backed up next to itself.</source>
        <translation> Schreibgeschützt geöffnet: Sie können weder in die Datei noch in ihren Ordner schreiben, daher kann sie weder geändert noch daneben gesichert werden.</translation>
    </message>
    <message>
        <source>%1 is a plain SQLite database: it is not encrypted, so anyone who can read the file can read its data. Encrypt it to protect it at rest.</source>
        <translation>%1 ist eine einfache SQLite-Datenbank: Sie ist nicht verschlüsselt, daher kann jeder, der die Datei lesen kann, ihre Daten lesen. Verschlüsseln Sie sie, um sie im Ruhezustand zu schützen.</translation>
    </message>
    <message>
        <source> (The key given was not needed.)</source>
        <translation> (Der angegebene Schlüssel wurde nicht gebraucht.)</translation>
    </message>
    <message>
        <source>Opened %1 (%2).</source>
        <translation>%1 geöffnet (%2).</translation>
    </message>
    <message>
        <source>%1 is a damaged SQLite database: %2. Restore it from a backup.</source>
        <translation>%1 ist eine beschädigte SQLite-Datenbank: %2. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is not a plain SQLite database; it looks encrypted (an encrypted database has no readable header). Give its key or passphrase.</source>
        <translation>%1 ist keine einfache SQLite-Datenbank; sie sieht verschlüsselt aus (eine verschlüsselte Datenbank hat keinen lesbaren Header). Geben Sie ihren Schlüssel oder ihre Passphrase an.</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Find the settings that open the file</source>
        <translation>Einstellungen suchen, die die Datei öffnen</translation>
    </message>
</context>
<context>
    <name>DatabaseUsers</name>
    <message>
        <source>process(es) %1</source>
        <translation>Prozess(e) %1</translation>
    </message>
    <message>
        <source>another process (it holds a lock)</source>
        <translation>ein anderer Prozess (er hält eine Sperre)</translation>
    </message>
</context>
<context>
    <name>EncryptedRowCounter</name>
    <message>
        <source>These cipher settings are counted by SQLite.</source>
        <translation>Diese Verschlüsselungseinstellungen zählt SQLite.</translation>
    </message>
    <message>
        <source>libcrypto has no AES-256-CBC.</source>
        <translation>libcrypto hat kein AES-256-CBC.</translation>
    </message>
    <message>
        <source>Table %1, page %2: %3.</source>
        <translation>Tabelle %1, Seite %2: %3.</translation>
    </message>
    <message>
        <source>a page outside the file</source>
        <translation>eine Seite außerhalb der Datei</translation>
    </message>
    <message>
        <source>a page reached twice</source>
        <translation>eine zweimal erreichte Seite</translation>
    </message>
    <message>
        <source>a tree deeper than SQLite builds</source>
        <translation>ein Baum, tiefer als SQLite ihn baut</translation>
    </message>
    <message>
        <source>cannot be decrypted</source>
        <translation>kann nicht entschlüsselt werden</translation>
    </message>
    <message>
        <source>not a b-tree page</source>
        <translation>keine B-Baum-Seite</translation>
    </message>
    <message>
        <source>a page of another kind of b-tree</source>
        <translation>eine Seite einer anderen Art von B-Baum</translation>
    </message>
    <message>
        <source>more cells than fit</source>
        <translation>mehr Zellen, als hineinpassen</translation>
    </message>
    <message>
        <source>a cell outside the page</source>
        <translation>eine Zelle außerhalb der Seite</translation>
    </message>
</context>
<context>
    <name>FileHashJob</name>
    <message>
        <source>Checksum of %1</source>
        <translation>Prüfsumme von %1</translation>
    </message>
    <message>
        <source>Compute SHA-256</source>
        <translation>SHA-256 berechnen</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2). Check that it exists and that you may read it.</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2). Prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: Lesefehler: %2</translation>
    </message>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation>SHA-256 von %1: %2</translation>
    </message>
</context>
<context>
    <name>FileMagic</name>
    <message>
        <source>an empty file</source>
        <translation>eine leere Datei</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
</context>
<context>
    <name>FileScan</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot map: %2</source>
        <translation>%1: kann nicht eingeblendet werden (mmap): %2</translation>
    </message>
    <message>
        <source>%1: cannot create the copy: %2</source>
        <translation>%1: Die Kopie kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: the file changed while it was read; nothing was changed. Try again when nothing writes to it.</source>
        <translation>%1: Die Datei hat sich beim Lesen verändert; es wurde nichts geändert. Versuchen Sie es erneut, wenn nichts hineinschreibt.</translation>
    </message>
    <message>
        <source>%1: writing the copy failed: %2</source>
        <translation>%1: Das Schreiben der Kopie ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: libcrypto could not compute a SHA-256.</source>
        <translation>%1: libcrypto konnte kein SHA-256 berechnen.</translation>
    </message>
    <message>
        <source>the file ends in the middle of a page</source>
        <translation>die Datei endet mitten in einer Seite</translation>
    </message>
    <message>
        <source>HMAC verification failed for page %1</source>
        <translation>HMAC-Prüfung für Seite %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: the file is damaged (%2%3). Use another backup.</source>
        <translation>%1: Die Datei ist beschädigt (%2%3). Verwenden Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>; %1 failing pages in all</source>
        <translation>; insgesamt %1 fehlerhafte Seiten</translation>
    </message>
</context>
<context>
    <name>HeaderBackupJob</name>
    <message>
        <source>Back up the header of %1</source>
        <translation>Header von %1 sichern</translation>
    </message>
    <message>
        <source>Restore the header of %1</source>
        <translation>Header von %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Write and verify the header backup</source>
        <translation>Header-Sicherung schreiben und prüfen</translation>
    </message>
    <message>
        <source>Check the backup and restore the header</source>
        <translation>Sicherung prüfen und Header wiederherstellen</translation>
    </message>
    <message>
        <source>Saved the LUKS header of %1 (UUID %2) to %3.</source>
        <translation>LUKS-Header von %1 (UUID %2) in %3 gespeichert.</translation>
    </message>
    <message>
        <source>Restored the header of %1 from %2.</source>
        <translation>Header von %1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The header it replaced is kept in %1.</source>
        <translation>Der ersetzte Header bleibt in %1 erhalten.</translation>
    </message>
</context>
<context>
    <name>InPlaceEncryption</name>
    <message>
        <source>%1: cannot open for writing: %2</source>
        <translation>%1: kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot resize to %2 bytes: %3</source>
        <translation>%1: Größe kann nicht auf %2 Byte geändert werden: %3</translation>
    </message>
    <message>
        <source>recording the plain size</source>
        <translation>Festhalten der unverschlüsselten Größe</translation>
    </message>
    <message>
        <source> (run the same command again to resume)</source>
        <translation> (führen Sie denselben Befehl erneut aus, um fortzusetzen)</translation>
    </message>
    <message>
        <source>%1: the re-encryption metadata is invalid; restore a header backup.</source>
        <translation>%1: Die Metadaten der Neuverschlüsselung sind ungültig; stellen Sie eine Header-Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1: the key opens no key slot of this volume.</source>
        <translation>%1: Der Schlüssel öffnet keinen Schlüsselplatz dieses Volumes.</translation>
    </message>
    <message>
        <source>recovering the interrupted chunk</source>
        <translation>Wiederherstellen des unterbrochenen Abschnitts</translation>
    </message>
    <message>
        <source>encryption plan</source>
        <translation>Verschlüsselungsplan</translation>
    </message>
    <message>
        <source>%1: cannot read the encryption plan.</source>
        <translation>%1: Der Verschlüsselungsplan kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>writing the LUKS2 header onto the image (run the same command again to retry; the data is intact)</source>
        <translation>Schreiben des LUKS2-Headers auf das Abbild (führen Sie denselben Befehl erneut aus, um es noch einmal zu versuchen; die Daten sind unversehrt)</translation>
    </message>
    <message>
        <source>%1: the header written onto the image does not read back as an unfinished encryption; the journal %2 is kept for recovery.</source>
        <translation>%1: Der auf das Abbild geschriebene Header liest sich nicht als unfertige Verschlüsselung zurück; das Journal %2 bleibt für die Wiederherstellung erhalten.</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>a LUKS volume</source>
        <translation>ein LUKS-Volume</translation>
    </message>
    <message>
        <source>half encrypted (resumable)</source>
        <translation>halb verschlüsselt (fortsetzbar)</translation>
    </message>
    <message>
        <source>half decrypted (resumable)</source>
        <translation>halb entschlüsselt (fortsetzbar)</translation>
    </message>
    <message>
        <source>interrupted mid-chunk (recoverable)</source>
        <translation>mitten in einem Abschnitt unterbrochen (wiederherstellbar)</translation>
    </message>
    <message>
        <source>%1: no such file. Check the path.</source>
        <translation>%1: Datei nicht vorhanden. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1 is being decrypted; finish that first with `volume decrypt`.</source>
        <translation>%1 wird gerade entschlüsselt; schließen Sie das zuerst mit `volume decrypt` ab.</translation>
    </message>
    <message>
        <source>encrypting in place</source>
        <translation>Verschlüsseln an Ort und Stelle</translation>
    </message>
    <message>
        <source>%1 is already a LUKS volume; nothing to encrypt.</source>
        <translation>%1 ist bereits ein LUKS-Volume; es gibt nichts zu verschlüsseln.</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes: in-place encryption needs a non-empty whole number of 512-byte sectors.</source>
        <translation>%1 ist %2 Byte groß: Die Verschlüsselung an Ort und Stelle braucht eine nicht leere, ganze Zahl von 512-Byte-Sektoren.</translation>
    </message>
    <message>
        <source>%1: its size is not a multiple of the %2-byte sector size.</source>
        <translation>%1: Seine Größe ist kein Vielfaches der Sektorgröße von %2 Byte.</translation>
    </message>
    <message>
        <source>the LUKS2 header</source>
        <translation>der LUKS2-Header</translation>
    </message>
    <message>
        <source>%1: cannot create the temporary header file.</source>
        <translation>%1: Die temporäre Header-Datei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>setting the data offset</source>
        <translation>Setzen des Datenversatzes</translation>
    </message>
    <message>
        <source>formatting the LUKS2 header (%1, %2-bit key)</source>
        <translation>Formatieren des LUKS2-Headers (%1, %2-Bit-Schlüssel)</translation>
    </message>
    <message>
        <source>adding the key slot</source>
        <translation>Hinzufügen des Schlüsselplatzes</translation>
    </message>
    <message>
        <source>preparing the in-place encryption</source>
        <translation>Vorbereiten der Verschlüsselung an Ort und Stelle</translation>
    </message>
    <message>
        <source>starting the in-place encryption</source>
        <translation>Starten der Verschlüsselung an Ort und Stelle</translation>
    </message>
    <message>
        <source>%1 is not a LUKS volume; nothing to decrypt.</source>
        <translation>%1 ist kein LUKS-Volume; es gibt nichts zu entschlüsseln.</translation>
    </message>
    <message>
        <source>%1 is half encrypted; finish that first with `volume encrypt`.</source>
        <translation>%1 ist halb verschlüsselt; schließen Sie das zuerst mit `volume encrypt` ab.</translation>
    </message>
    <message>
        <source>%1 is LUKS1: in-place decryption needs LUKS2 (convert it with `cryptsetup convert`).</source>
        <translation>%1 ist LUKS1: Die Entschlüsselung an Ort und Stelle braucht LUKS2 (wandeln Sie es mit `cryptsetup convert` um).</translation>
    </message>
    <message>
        <source>checking the key</source>
        <translation>Prüfen des Schlüssels</translation>
    </message>
    <message>
        <source>saving the header for decryption</source>
        <translation>Sichern des Headers für die Entschlüsselung</translation>
    </message>
    <message>
        <source>%1: cannot open for writing.</source>
        <translation>%1: kann nicht zum Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <source>preparing the in-place decryption</source>
        <translation>Vorbereiten der Entschlüsselung an Ort und Stelle</translation>
    </message>
    <message>
        <source>decrypting in place</source>
        <translation>Entschlüsseln an Ort und Stelle</translation>
    </message>
</context>
<context>
    <name>IntegrityCheckJob</name>
    <message>
        <source>Check %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source>Verify the HMAC of every page</source>
        <translation>HMAC jeder Seite prüfen</translation>
    </message>
    <message>
        <source>Check the structure</source>
        <translation>Struktur prüfen</translation>
    </message>
    <message>
        <source>Check foreign keys</source>
        <translation>Fremdschlüssel prüfen</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 ist geschlossen.</translation>
    </message>
    <message>
        <source>Not encrypted: there are no page HMACs to verify.</source>
        <translation>Nicht verschlüsselt: Es gibt keine Seiten-HMACs zu prüfen.</translation>
    </message>
    <message>
        <source>%1: no problems found in %2 pages.</source>
        <translation>%1: keine Probleme in %2 Seiten gefunden.</translation>
    </message>
    <message>
        <source>Page %1%2: %3</source>
        <translation>Seite %1%2: %3</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 pages fail their HMAC, %3 structure problems, %4 foreign key violations. Restore it from a backup, or export what can still be read.</source>
        <translation>%1 ist beschädigt: %2 Seiten bestehen ihre HMAC-Prüfung nicht, %3 Strukturprobleme, %4 Fremdschlüsselverletzungen. Stellen Sie sie aus einer Sicherung wieder her oder exportieren Sie, was sich noch lesen lässt.</translation>
    </message>
</context>
<context>
    <name>JobContext</name>
    <message>
        <source>Cancelled at the user&apos;s request.</source>
        <translation>Auf Wunsch des Benutzers abgebrochen.</translation>
    </message>
</context>
<context>
    <name>JobReport</name>
    <message>
        <source>%1: succeeded after %2 s</source>
        <translation>%1: erfolgreich nach %2 s</translation>
    </message>
    <message>
        <source>%1: failed after %2 s</source>
        <translation>%1: fehlgeschlagen nach %2 s</translation>
    </message>
    <message>
        <source>%1: cancelled after %2 s</source>
        <translation>%1: abgebrochen nach %2 s</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>[ok]</source>
        <translation>[ok]</translation>
    </message>
    <message>
        <source>[FAIL]</source>
        <translation>[FEHLER]</translation>
    </message>
    <message>
        <source>[stop]</source>
        <translation>[Stopp]</translation>
    </message>
</context>
<context>
    <name>JobHandle</name>
    <message>
        <source>Cancelled before it started; nothing was done.</source>
        <translation>Vor dem Start abgebrochen; es wurde nichts getan.</translation>
    </message>
    <message>
        <source>The job ended without a report.</source>
        <translation>Die Aufgabe endete ohne Bericht.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Internal error: </source>
        <translation>Interner Fehler: </translation>
    </message>
</context>
<context>
    <name>KeyId</name>
    <message>
        <source>A key id needs a key.</source>
        <translation>Eine Schlüssel-ID braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>A key id needs the catalog&apos;s salt.</source>
        <translation>Eine Schlüssel-ID braucht das Salt des Katalogs.</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>%1: the key opens no key slot of this volume.</source>
        <translation>%1: Der Schlüssel öffnet keinen Schlüsselplatz dieses Volumes.</translation>
    </message>
    <message>
        <source>%1: the key does not open %2.</source>
        <translation>%1: Der Schlüssel öffnet %2 nicht.</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <source>slot %1 (%2)</source>
        <translation>Platz %1 (%2)</translation>
    </message>
    <message>
        <source>%1: key slot %2 is empty.</source>
        <translation>%1: Schlüsselplatz %2 ist leer.</translation>
    </message>
    <message>
        <source>testing the key</source>
        <translation>Testen des Schlüssels</translation>
    </message>
    <message>
        <source>%1: key slot %2 is not in use; nothing to remove.</source>
        <translation>%1: Schlüsselplatz %2 ist nicht belegt; es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>%1: %2 is the last key slot that opens this volume; removing it would make the data unrecoverable. Add another key first (volume add-key).</source>
        <translation>%1: %2 ist der letzte Schlüsselplatz, der dieses Volume öffnet; ihn zu entfernen, machte die Daten unwiederbringlich. Fügen Sie zuerst einen weiteren Schlüssel hinzu (volume add-key).</translation>
    </message>
    <message>
        <source>%1: the key you gave opens no key slot of this volume. Give a key of a slot that stays (--key-env/--key-file/--passphrase-stdin).</source>
        <translation>%1: Der angegebene Schlüssel öffnet keinen Schlüsselplatz dieses Volumes. Geben Sie einen Schlüssel eines Platzes an, der bleibt (--key-env/--key-file/--passphrase-stdin).</translation>
    </message>
    <message>
        <source>%1: the key you gave opens no key slot other than %2, so removing it is refused: give a key of a slot that stays (--key-env/--key-file/--passphrase-stdin).</source>
        <translation>%1: Der angegebene Schlüssel öffnet keinen anderen Schlüsselplatz als %2, daher wird das Entfernen abgelehnt: Geben Sie einen Schlüssel eines Platzes an, der bleibt (--key-env/--key-file/--passphrase-stdin).</translation>
    </message>
    <message>
        <source>The new key is empty.</source>
        <translation>Der neue Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>%1: key slot %2 is already in use; pick a free slot or leave --slot out.</source>
        <translation>%1: Schlüsselplatz %2 ist bereits belegt; wählen Sie einen freien Platz oder lassen Sie --slot weg.</translation>
    </message>
    <message>
        <source>adding a key slot</source>
        <translation>Hinzufügen eines Schlüsselplatzes</translation>
    </message>
    <message>
        <source>removing key slot %1 again</source>
        <translation>erneutes Entfernen von Schlüsselplatz %1</translation>
    </message>
    <message>
        <source>changing the key of %1</source>
        <translation>Ändern des Schlüssels von %1</translation>
    </message>
    <message>
        <source>removing key slot %1</source>
        <translation>Entfernen von Schlüsselplatz %1</translation>
    </message>
    <message>
        <source>rewriting %1 with new PBKDF costs</source>
        <translation>Neuschreiben von %1 mit neuen PBKDF-Kosten</translation>
    </message>
    <message>
        <source>%1: %2 no longer opens after retuning: %3</source>
        <translation>%1: %2 öffnet nach dem Neuabstimmen nicht mehr: %3</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <source>the environment variable %1</source>
        <translation>die Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation>die Schlüsseldatei %1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>the prompt</source>
        <translation>die Eingabeaufforderung</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
    <message>
        <source>The environment variable %1 (named for the %2) is not set. Export it, or use --key-file or --passphrase-stdin.</source>
        <translation>Die Umgebungsvariable %1 (für: %2) ist nicht gesetzt. Exportieren Sie sie, oder verwenden Sie --key-file oder --passphrase-stdin.</translation>
    </message>
    <message>
        <source>The environment variable %1 (the %2) is empty.</source>
        <translation>Die Umgebungsvariable %1 (%2) ist leer.</translation>
    </message>
    <message>
        <source>%1: cannot read the key file for the %2 (%3).</source>
        <translation>%1: Die Schlüsseldatei (%2) kann nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>%1: the key file can be read by other users; restrict it with &apos;chmod 600 %1&apos;.</source>
        <translation>%1: Die Schlüsseldatei ist für andere Benutzer lesbar; schränken Sie sie mit &apos;chmod 600 %1&apos; ein.</translation>
    </message>
    <message>
        <source>%1: the key file is empty.</source>
        <translation>%1: Die Schlüsseldatei ist leer.</translation>
    </message>
    <message>
        <source>Only one key can be read from standard input; give the %1 another way (--key-env, --key-file).</source>
        <translation>Von der Standardeingabe lässt sich nur ein Schlüssel lesen; geben Sie Folgendes auf andere Weise an (--key-env, --key-file): %1.</translation>
    </message>
    <message>
        <source>No %1 on standard input: pipe one line into the command.</source>
        <translation>Keine Eingabe auf der Standardeingabe (%1): Leiten Sie eine Zeile in den Befehl.</translation>
    </message>
    <message>
        <source>Enter the %1: </source>
        <translation>%1 eingeben: </translation>
    </message>
    <message>
        <source>No %1 was entered.</source>
        <translation>Es wurde nichts eingegeben (%1).</translation>
    </message>
    <message>
        <source>No %1 given and no terminal to ask on: use --key-env NAME, --key-file PATH or --passphrase-stdin.</source>
        <translation>Nicht angegeben: %1, und es gibt kein Terminal, um danach zu fragen: Verwenden Sie --key-env NAME, --key-file PFAD oder --passphrase-stdin.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring has no key stored for %1.</source>
        <translation>Der Schlüsselbund enthält keinen Schlüssel für %1.</translation>
    </message>
    <message>
        <source>No desktop keyring is running (Secret Service or KWallet); the key was not stored. Start your desktop&apos;s keyring, or give the key each time.</source>
        <translation>Es läuft kein Schlüsselbund der Arbeitsumgebung (Secret Service oder KWallet); der Schlüssel wurde nicht gespeichert. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung oder geben Sie den Schlüssel jedes Mal an.</translation>
    </message>
    <message>
        <source>The desktop keyring refused: %1</source>
        <translation>Der Schlüsselbund der Arbeitsumgebung hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>ListBackupsJob</name>
    <message>
        <source>Read the backup history in %1</source>
        <translation>Sicherungsverlauf in %1 lesen</translation>
    </message>
    <message>
        <source>Read the catalog and the folder</source>
        <translation>Katalog und Ordner lesen</translation>
    </message>
    <message>
        <source>%1 backups in %2</source>
        <translation>%1 Sicherungen in %2</translation>
    </message>
</context>
<context>
    <name>MappedRead</name>
    <message>
        <source>%1: the file was truncated while it was read (another program changed it); nothing was changed. Try again when nothing writes to it.</source>
        <translation>%1: Die Datei wurde beim Lesen gekürzt (ein anderes Programm hat sie verändert); es wurde nichts geändert. Versuchen Sie es erneut, wenn nichts hineinschreibt.</translation>
    </message>
</context>
<context>
    <name>NodeGcmSidecar</name>
    <message>
        <source>OpenSSL has no AES-256-GCM.</source>
        <translation>OpenSSL hat kein AES-256-GCM.</translation>
    </message>
</context>
<context>
    <name>PageKeys</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: too short to be a database.</source>
        <translation>%1: zu kurz für eine Datenbank.</translation>
    </message>
    <message>
        <source>These cipher settings keep the salt outside the file.</source>
        <translation>Diese Verschlüsselungseinstellungen halten das Salt außerhalb der Datei.</translation>
    </message>
</context>
<context>
    <name>Pbkdf2</name>
    <message>
        <source>PBKDF2 with %1 is not supported.</source>
        <translation>PBKDF2 mit %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Deriving a key failed (OpenSSL PBKDF2).</source>
        <translation>Das Ableiten eines Schlüssels ist fehlgeschlagen (OpenSSL PBKDF2).</translation>
    </message>
</context>
<context>
    <name>PbkdfSettings</name>
    <message>
        <source>OpenSSL on this machine has no %1 implementation.</source>
        <translation>OpenSSL hat auf diesem Rechner keine Implementierung von %1.</translation>
    </message>
    <message>
        <source>Timing one %1 derivation failed in OpenSSL.</source>
        <translation>Die Zeitmessung einer %1-Ableitung ist in OpenSSL fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Unknown PBKDF &apos;%1&apos;: use argon2id, argon2i or pbkdf2.</source>
        <translation>Unbekannte PBKDF &apos;%1&apos;: Verwenden Sie argon2id, argon2i oder pbkdf2.</translation>
    </message>
    <message>
        <source>--pbkdf-memory must be between %1 and 4194304 KiB.</source>
        <translation>--pbkdf-memory muss zwischen %1 und 4194304 KiB liegen.</translation>
    </message>
    <message>
        <source>--pbkdf-parallel must be between 1 and 4.</source>
        <translation>--pbkdf-parallel muss zwischen 1 und 4 liegen.</translation>
    </message>
    <message>
        <source>argon2 needs at least %1 iterations.</source>
        <translation>argon2 braucht mindestens %1 Iterationen.</translation>
    </message>
    <message>
        <source>pbkdf2 needs at least %1 iterations.</source>
        <translation>pbkdf2 braucht mindestens %1 Iterationen.</translation>
    </message>
    <message>
        <source>--iter-time must be between 1 and 60000 ms.</source>
        <translation>--iter-time muss zwischen 1 und 60000 ms liegen.</translation>
    </message>
    <message>
        <source>libcryptsetup refuses these PBKDF settings (%1): %2</source>
        <translation>libcryptsetup lehnt diese PBKDF-Einstellungen ab (%1): %2</translation>
    </message>
    <message>
        <source>libcryptsetup could not start a benchmark: %1</source>
        <translation>libcryptsetup konnte keinen Benchmark starten: %1</translation>
    </message>
    <message>
        <source>The %1 benchmark failed: %2</source>
        <translation>Der %1-Benchmark ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>PreRestoreBackup</name>
    <message>
        <source>%1: could not fold its %2 into the database: %3 Nothing was changed.</source>
        <translation>%1: Sein %2 konnte nicht in die Datenbank übernommen werden: %3 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: could not fold its WAL into the database (another process is using it); nothing was changed.</source>
        <translation>%1: Sein WAL konnte nicht in die Datenbank übernommen werden (ein anderer Prozess verwendet sie); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: cannot keep the database there: %2</source>
        <translation>%1: Die Datenbank kann dort nicht aufbewahrt werden: %2</translation>
    </message>
    <message>
        <source>the pre-restore backup</source>
        <translation>die Sicherung vor der Wiederherstellung</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the history folder.</source>
        <translation>%1: Der Verlaufsordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Recording the pre-restore backup of %1 in the catalog failed: %2 Nothing was changed.</source>
        <translation>Das Eintragen der Sicherung vor der Wiederherstellung von %1 in den Katalog ist fehlgeschlagen: %2 Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>RestoreCommitJob</name>
    <message>
        <source>Restore %1 from %2</source>
        <translation>%1 aus %2 wiederherstellen</translation>
    </message>
    <message>
        <source>Wait until no other process uses the database</source>
        <translation>Warten, bis kein anderer Prozess die Datenbank verwendet</translation>
    </message>
    <message>
        <source>Keep the current database in its history (pre-restore)</source>
        <translation>Aktuelle Datenbank in ihrem Verlauf aufbewahren (vor Wiederherstellung)</translation>
    </message>
    <message>
        <source>Write a verified copy beside the database</source>
        <translation>Geprüfte Kopie neben die Datenbank schreiben</translation>
    </message>
    <message>
        <source>Swap in the restored database</source>
        <translation>Wiederhergestellte Datenbank einsetzen</translation>
    </message>
    <message>
        <source>Verify the restored database</source>
        <translation>Wiederhergestellte Datenbank prüfen</translation>
    </message>
    <message>
        <source>%1 is in use by %2. Close the application that uses it, or give --wait SECONDS to wait for it; nothing was changed.</source>
        <translation>%1 wird von %2 verwendet. Schließen Sie die Anwendung, die sie verwendet, oder geben Sie --wait SEKUNDEN an, um darauf zu warten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: cannot read it any more.</source>
        <translation>%1: kann nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>%1: re-keying the restored copy failed: %2</source>
        <translation>%1: Das Neuverschlüsseln der wiederhergestellten Kopie ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: the re-keyed copy of the backup does not hold the backup&apos;s rows; nothing was changed.</source>
        <translation>%1: Die neu verschlüsselte Kopie der Sicherung enthält nicht die Zeilen der Sicherung; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: the copy differs from the backup that was checked (%2); nothing was changed. Check the disk, and the backup with backup verify.</source>
        <translation>%1: Die Kopie weicht von der geprüften Sicherung ab (%2); es wurde nichts geändert. Prüfen Sie den Datenträger und die Sicherung mit backup verify.</translation>
    </message>
    <message>
        <source>%1: the verified copy of the backup is gone or changed; nothing was changed. Run the restore again.</source>
        <translation>%1: Die geprüfte Kopie der Sicherung ist verschwunden oder verändert; es wurde nichts geändert. Führen Sie die Wiederherstellung erneut aus.</translation>
    </message>
    <message>
        <source>%1: another process started using the database; nothing was changed. Try again when it is closed.</source>
        <translation>%1: Ein anderer Prozess hat begonnen, die Datenbank zu verwenden; es wurde nichts geändert. Versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <source>%1: the restored database is not the copy that was verified.</source>
        <translation>%1: Die wiederhergestellte Datenbank ist nicht die geprüfte Kopie.</translation>
    </message>
    <message>
        <source>Pre-restore backup: %1</source>
        <translation>Sicherung vor der Wiederherstellung: %1</translation>
    </message>
    <message>
        <source>%1 restored from %2 and verified.%3</source>
        <translation>%1 aus %2 wiederhergestellt und geprüft.%3</translation>
    </message>
    <message>
        <source> The previous database was saved as %1.</source>
        <translation> Die vorherige Datenbank wurde als %1 gesichert.</translation>
    </message>
</context>
<context>
    <name>RestorePlan</name>
    <message>
        <source>The backup uses %1 cipher settings and the live database %2; the restored database keeps the backup&apos;s settings.</source>
        <translation>Die Sicherung verwendet die Verschlüsselungseinstellungen %1, die aktuelle Datenbank %2; die wiederhergestellte Datenbank behält die Einstellungen der Sicherung.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the restored database.</source>
        <translation>%1: Der Ordner für die wiederhergestellte Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>the restored copy</source>
        <translation>die wiederhergestellte Kopie</translation>
    </message>
</context>
<context>
    <name>RestoreValidateJob</name>
    <message>
        <source>%1: the live key does not open the database to be replaced; give the key of the live database (and the backup&apos;s with --backup-key-env/--backup-key-file). If that database is damaged beyond opening, move it aside and restore to the same path.</source>
        <translation>%1: Der aktuelle Schlüssel öffnet die zu ersetzende Datenbank nicht; geben Sie den Schlüssel der aktuellen Datenbank an (und den der Sicherung mit --backup-key-env/--backup-key-file). Lässt sich diese Datenbank wegen Beschädigung nicht mehr öffnen, legen Sie sie beiseite und stellen Sie unter demselben Pfad wieder her.</translation>
    </message>
    <message>
        <source>Check %1 before restoring it</source>
        <translation>%1 vor der Wiederherstellung prüfen</translation>
    </message>
    <message>
        <source>Compare with the live database</source>
        <translation>Mit der aktuellen Datenbank vergleichen</translation>
    </message>
    <message>
        <source>%1: the backup and the database are the same file.</source>
        <translation>%1: Die Sicherung und die Datenbank sind dieselbe Datei.</translation>
    </message>
    <message>
        <source>Its SHA-256 matches its sealed entry in the history&apos;s catalog, which vouches for every page and its row counts (--full-check checks them again, with SQLite&apos;s integrity_check).</source>
        <translation>Ihr SHA-256 stimmt mit ihrem versiegelten Eintrag im Katalog des Verlaufs überein, der für jede Seite und ihre Zeilenzahlen bürgt (--full-check prüft sie erneut, mit SQLites integrity_check).</translation>
    </message>
    <message>
        <source>Every page&apos;s HMAC and SQLite&apos;s integrity_check passed.</source>
        <translation>Der HMAC jeder Seite und SQLites integrity_check wurden bestanden.</translation>
    </message>
    <message>
        <source>Every page&apos;s HMAC passed.</source>
        <translation>Der HMAC jeder Seite wurde bestanden.</translation>
    </message>
    <message>
        <source>
The current database cannot be read completely (%1). It will be kept as found in the pre-restore backup.</source>
        <translation>
Die aktuelle Datenbank kann nicht vollständig gelesen werden (%1). Sie wird so, wie sie vorgefunden wurde, in der Sicherung vor der Wiederherstellung aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 is a valid backup (%2 settings%3). %4
%5%6</source>
        <translation>%1 ist eine gültige Sicherung (Einstellungen %2%3). %4
%5%6</translation>
    </message>
    <message>
        <source>, made with another key: it will be re-keyed</source>
        <translation>, mit einem anderen Schlüssel erstellt: Sie wird neu verschlüsselt</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <source>last snapshot</source>
        <translation>letzter Stand</translation>
    </message>
    <message>
        <source>hourly snapshot</source>
        <translation>stündlicher Stand</translation>
    </message>
    <message>
        <source>daily snapshot</source>
        <translation>täglicher Stand</translation>
    </message>
    <message>
        <source>weekly snapshot</source>
        <translation>wöchentlicher Stand</translation>
    </message>
    <message>
        <source>monthly snapshot</source>
        <translation>monatlicher Stand</translation>
    </message>
    <message>
        <source>yearly snapshot</source>
        <translation>jährlicher Stand</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>innerhalb von %1</translation>
    </message>
    <message>
        <source>damaged catalog entry: </source>
        <translation>beschädigter Katalogeintrag: </translation>
    </message>
    <message>
        <source>not yet verified (not in the catalog)</source>
        <translation>noch nicht geprüft (nicht im Katalog)</translation>
    </message>
    <message>
        <source>protected (pre-restore)</source>
        <translation>geschützt (vor Wiederherstellung)</translation>
    </message>
    <message>
        <source>unsealed entry (only sealed ones are removed)</source>
        <translation>unversiegelter Eintrag (nur versiegelte werden entfernt)</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>%1: cannot open to flush: %2</source>
        <translation>%1: kann zum Schreiben auf den Datenträger nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: flushing to disk failed: %2</source>
        <translation>%1: Das Schreiben auf den Datenträger ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the file: %2</source>
        <translation>%1: Die Datei kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder: %2</source>
        <translation>%1: Der Ordner kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the original&apos;s permissions: %2</source>
        <translation>%1: Die Berechtigungen des Originals können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the new file&apos;s permissions: %2</source>
        <translation>%1: Die Berechtigungen der neuen Datei können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot set the new file&apos;s permissions: %2</source>
        <translation>%1: Die Berechtigungen der neuen Datei können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the new file into place: %2</source>
        <translation>%1: Die neue Datei kann nicht an ihren Platz verschoben werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is.</source>
        <translation>%1 existiert bereits; es wurde gelassen, wie es ist.</translation>
    </message>
    <message>
        <source>%1: cannot write the %2: %3</source>
        <translation>%1: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1: not enough free space for %2: %3 needed, %4 free. Free some space in that folder and try again; nothing was changed.</source>
        <translation>%1: nicht genug freier Speicherplatz für %2: %3 nötig, %4 frei. Schaffen Sie Platz in diesem Ordner und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>SealVerifier</name>
    <message>
        <source>the entry names no cipher settings.</source>
        <translation>der Eintrag nennt keine Verschlüsselungseinstellungen.</translation>
    </message>
</context>
<context>
    <name>ShellDbstat</name>
    <message>
        <source>Cannot make a pipe for the sqlcipher shell: %1</source>
        <translation>Für die sqlcipher-Shell kann keine Pipe angelegt werden: %1</translation>
    </message>
    <message>
        <source>The key is too long to hand to the sqlcipher shell; table sizes cannot be measured.</source>
        <translation>Der Schlüssel ist zu lang, um ihn an die sqlcipher-Shell zu übergeben; Tabellengrößen können nicht gemessen werden.</translation>
    </message>
    <message>
        <source>%1: table and index sizes need the sqlcipher shell (Debian package &quot;sqlcipher&quot;): this SQLCipher library is built without dbstat. Install it with: apt install sqlcipher</source>
        <translation>%1: Tabellen- und Indexgrößen brauchen die sqlcipher-Shell (Debian-Paket „sqlcipher“): Diese SQLCipher-Bibliothek ist ohne dbstat gebaut. Installieren Sie sie mit: apt install sqlcipher</translation>
    </message>
    <message>
        <source>%1: the passphrase holds a NUL byte, which the sqlcipher shell cannot take; table sizes cannot be measured.</source>
        <translation>%1: Die Passphrase enthält ein NUL-Byte, das die sqlcipher-Shell nicht annehmen kann; Tabellengrößen können nicht gemessen werden.</translation>
    </message>
    <message>
        <source>%1: cannot start the sqlcipher shell %2 (%3), which measures table sizes. Reinstall the Debian package &quot;sqlcipher&quot;.</source>
        <translation>%1: Die sqlcipher-Shell %2 (%3), die Tabellengrößen misst, kann nicht gestartet werden. Installieren Sie das Debian-Paket „sqlcipher“ neu.</translation>
    </message>
    <message>
        <source>it gave %1 of %2 sizes</source>
        <translation>sie lieferte %1 von %2 Größen</translation>
    </message>
    <message>
        <source>it ended with %1</source>
        <translation>sie endete mit %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>a crash</source>
        <translation>einem Absturz</translation>
    </message>
    <message>
        <source>%1: the sqlcipher shell %2 is built without dbstat, so table sizes cannot be measured. Install Debian&apos;s &quot;sqlcipher&quot; package.</source>
        <translation>%1: Die sqlcipher-Shell %2 ist ohne dbstat gebaut, daher können Tabellengrößen nicht gemessen werden. Installieren Sie Debians Paket „sqlcipher“.</translation>
    </message>
    <message>
        <source>%1: the sqlcipher shell cannot decrypt the file with the key and settings that opened it (%2). Has the file been replaced? Open it again.</source>
        <translation>%1: Die sqlcipher-Shell kann die Datei mit dem Schlüssel und den Einstellungen, die sie geöffnet haben, nicht entschlüsseln (%2). Wurde die Datei ersetzt? Öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is damaged: measuring its tables failed (%2). Run a check of the database.</source>
        <translation>%1 ist beschädigt: Das Messen ihrer Tabellen ist fehlgeschlagen (%2). Führen Sie eine Prüfung der Datenbank aus.</translation>
    </message>
    <message>
        <source>%1 is locked by another process; table sizes could not be measured. Wait for it to finish and try again.</source>
        <translation>%1 ist von einem anderen Prozess gesperrt; Tabellengrößen konnten nicht gemessen werden. Warten Sie, bis er fertig ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: measuring table sizes with the sqlcipher shell failed: %2</source>
        <translation>%1: Das Messen der Tabellengrößen mit der sqlcipher-Shell ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SlotNames</name>
    <message>
        <source>removing the name of key slot %1</source>
        <translation>Entfernen des Namens von Schlüsselplatz %1</translation>
    </message>
    <message>
        <source>%1: LUKS1 cannot name key slots (no tokens); convert it to LUKS2 or leave the slot unnamed.</source>
        <translation>%1: LUKS1 kann Schlüsselplätze nicht benennen (keine Tokens); wandeln Sie es in LUKS2 um oder lassen Sie den Platz unbenannt.</translation>
    </message>
    <message>
        <source>naming key slot %1</source>
        <translation>Benennen von Schlüsselplatz %1</translation>
    </message>
</context>
<context>
    <name>SnapshotCopier</name>
    <message>
        <source>%1: error while copying to %2: %3</source>
        <translation>%1: Fehler beim Kopieren nach %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: write error: %2</source>
        <translation>%1: Schreibfehler: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SourceLock</name>
    <message>
        <source>%1: another program is writing to this database. Close it (or wait for it to finish) and try again; nothing was changed.</source>
        <translation>%1: Ein anderes Programm schreibt in diese Datenbank. Schließen Sie es (oder warten Sie, bis es fertig ist) und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>SqlCipherExport</name>
    <message>
        <source>%1: the disk filled up while writing the new file. The partial copy was removed and the original is unchanged; free space in that folder and try again.</source>
        <translation>%1: Der Datenträger wurde beim Schreiben der neuen Datei voll. Die unvollständige Kopie wurde entfernt, das Original ist unverändert; schaffen Sie Platz in diesem Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the source is damaged: %2</source>
        <translation>%1: Die Quelle ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1: copying failed: %2</source>
        <translation>%1: Das Kopieren ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cancelled while copying; the original is unchanged.</source>
        <translation>Beim Kopieren abgebrochen; das Original ist unverändert.</translation>
    </message>
</context>
<context>
    <name>SwapIn</name>
    <message>
        <source> Nothing was changed.</source>
        <translation> Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: cannot keep the original as %2: %3. Nothing was changed.</source>
        <translation>%1: Das Original kann nicht als %2 aufbewahrt werden: %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: cannot move the original&apos;s -wal aside: %2. Nothing was changed.</source>
        <translation>%1: Das -wal des Originals kann nicht beiseitegelegt werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source> The original is unchanged.</source>
        <translation> Das Original ist unverändert.</translation>
    </message>
</context>
<context>
    <name>TableStatsJob</name>
    <message>
        <source>%1: %2 failed: %3. Run a check of the database.</source>
        <translation>%1: %2 fehlgeschlagen: %3. Führen Sie eine Prüfung der Datenbank aus.</translation>
    </message>
    <message>
        <source>Count and measure the tables of %1</source>
        <translation>Tabellen von %1 zählen und messen</translation>
    </message>
    <message>
        <source>Read the schema</source>
        <translation>Schema lesen</translation>
    </message>
    <message>
        <source>Count rows and measure sizes</source>
        <translation>Zeilen zählen und Größen messen</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 ist geschlossen.</translation>
    </message>
    <message>
        <source>%1: the key is no longer held, so table sizes cannot be measured. Open the database again.</source>
        <translation>%1: Der Schlüssel wird nicht mehr gehalten, daher können Tabellengrößen nicht gemessen werden. Öffnen Sie die Datenbank erneut.</translation>
    </message>
    <message>
        <source>counting the rows of %1</source>
        <translation>Zählen der Zeilen von %1</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 (while counting the rows of %3). Run a check of the database (db check) to see every damaged page; restore it from a backup.</source>
        <translation>%1 ist beschädigt: %2 (beim Zählen der Zeilen von %3). Führen Sie eine Prüfung der Datenbank aus (db check), um jede beschädigte Seite zu sehen; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>measuring %1</source>
        <translation>Messen von %1</translation>
    </message>
    <message>
        <source>%1 tables, %2 rows.</source>
        <translation>%1 Tabellen, %2 Zeilen.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>the copy does not open with its key</source>
        <translation>die Kopie öffnet sich nicht mit ihrem Schlüssel</translation>
    </message>
    <message>
        <source>cipher_integrity_check: %1</source>
        <translation>cipher_integrity_check: %1</translation>
    </message>
    <message>
        <source>integrity_check: %1</source>
        <translation>integrity_check: %1</translation>
    </message>
    <message>
        <source>the schema differs</source>
        <translation>das Schema weicht ab</translation>
    </message>
    <message>
        <source>header fields differ (user_version, application_id, journal_mode, auto_vacuum)</source>
        <translation>Header-Felder weichen ab (user_version, application_id, journal_mode, auto_vacuum)</translation>
    </message>
    <message>
        <source>table %1: missing in the %2</source>
        <translation>Tabelle %1: fehlt in %2</translation>
    </message>
    <message>
        <source>table %1: %2 rows in the source, %3 in the copy%4</source>
        <translation>Tabelle %1: %2 Zeilen in der Quelle, %3 in der Kopie%4</translation>
    </message>
    <message>
        <source>, different content</source>
        <translation>, anderer Inhalt</translation>
    </message>
</context>
<context>
    <name>VerifyBackupJob</name>
    <message>
        <source>Verify %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source> Added to the catalog of its folder, sealed: it is listed as verified and retention policies apply to it.</source>
        <translation> In den Katalog seines Ordners aufgenommen, versiegelt: Sie gilt als geprüft, und die Aufbewahrungsregeln gelten für sie.</translation>
    </message>
    <message>
        <source>checksum matches the catalog</source>
        <translation>Prüfsumme stimmt mit dem Katalog überein</translation>
    </message>
    <message>
        <source>not in a catalog, no checksum to compare</source>
        <translation>nicht in einem Katalog, keine Prüfsumme zum Vergleichen</translation>
    </message>
    <message>
        <source>%1: verified (%2; opens with the key, %3 settings; integrity checks pass).</source>
        <translation>%1: geprüft (%2; öffnet sich mit dem Schlüssel, Einstellungen %3; Integritätsprüfungen bestanden).</translation>
    </message>
    <message>
        <source>%1: %2. Give the key to check that it opens and is intact.</source>
        <translation>%1: %2. Geben Sie den Schlüssel an, um zu prüfen, ob sie sich öffnet und unversehrt ist.</translation>
    </message>
</context>
<context>
    <name>VolumeJobs</name>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot allocate %2 bytes: %3</source>
        <translation>%1: %2 Byte können nicht belegt werden: %3</translation>
    </message>
    <message>
        <source>mkfs.ext4 is not installed: apt install e2fsprogs, or create the volume with --filesystem none.</source>
        <translation>mkfs.ext4 ist nicht installiert: apt install e2fsprogs, oder legen Sie das Volume mit --filesystem none an.</translation>
    </message>
    <message>
        <source>mkfs.ext4 failed on %1: %2</source>
        <translation>mkfs.ext4 ist auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Create volume %1</source>
        <translation>Volume %1 anlegen</translation>
    </message>
    <message>
        <source>Check free space</source>
        <translation>Freien Speicherplatz prüfen</translation>
    </message>
    <message>
        <source>Allocate the image</source>
        <translation>Abbild belegen</translation>
    </message>
    <message>
        <source>Make the ext4 file system</source>
        <translation>ext4-Dateisystem anlegen</translation>
    </message>
    <message>
        <source>Encrypt in place</source>
        <translation>An Ort und Stelle verschlüsseln</translation>
    </message>
    <message>
        <source>Format LUKS2</source>
        <translation>LUKS2 formatieren</translation>
    </message>
    <message>
        <source>Add the recovery key</source>
        <translation>Wiederherstellungsschlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Verify and move into place</source>
        <translation>Prüfen und an seinen Platz verschieben</translation>
    </message>
    <message>
        <source>%1 already exists; Strongroom never formats over a file. Pick a new name.</source>
        <translation>%1 existiert bereits; Strongroom formatiert nie über eine Datei. Wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>--filesystem must be ext4 or none.</source>
        <translation>--filesystem muss ext4 oder none sein.</translation>
    </message>
    <message>
        <source>--size must be a whole number of MiB and at least %1 MiB (the LUKS2 header takes %2 MiB).</source>
        <translation>--size muss eine ganze Zahl von MiB und mindestens %1 MiB sein (der LUKS2-Header belegt %2 MiB).</translation>
    </message>
    <message>
        <source>the volume image</source>
        <translation>das Volume-Abbild</translation>
    </message>
    <message>
        <source>formatting LUKS2 (%1, %2-bit key)</source>
        <translation>Formatieren von LUKS2 (%1, %2-Bit-Schlüssel)</translation>
    </message>
    <message>
        <source>adding the key slot</source>
        <translation>Hinzufügen des Schlüsselplatzes</translation>
    </message>
    <message>
        <source>The new volume does not open with its key; it was not kept.</source>
        <translation>Das neue Volume öffnet sich nicht mit seinem Schlüssel; es wurde nicht behalten.</translation>
    </message>
    <message>
        <source>%1 appeared while the volume was being made; the new volume was not kept.</source>
        <translation>%1 ist entstanden, während das Volume angelegt wurde; das neue Volume wurde nicht behalten.</translation>
    </message>
    <message>
        <source>Created %1 (%2 MiB, LUKS2 %3, %4).</source>
        <translation>%1 angelegt (%2 MiB, LUKS2 %3, %4).</translation>
    </message>
    <message>
        <source>ext4 inside</source>
        <translation>ext4 darin</translation>
    </message>
    <message>
        <source>no file system</source>
        <translation>kein Dateisystem</translation>
    </message>
    <message>
        <source>Encrypt %1</source>
        <translation>%1 verschlüsseln</translation>
    </message>
    <message>
        <source>Decrypt %1</source>
        <translation>%1 entschlüsseln</translation>
    </message>
    <message>
        <source>Decrypt in place</source>
        <translation>An Ort und Stelle entschlüsseln</translation>
    </message>
    <message>
        <source>Paused; run `strongroom-cli volume %1 %2` again to resume.</source>
        <translation>Angehalten; führen Sie `strongroom-cli volume %1 %2` erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>PBKDF calibration</source>
        <translation>PBKDF-Kalibrierung</translation>
    </message>
    <message>
        <source>Ciphers measured by libcryptsetup through the kernel crypto API.</source>
        <translation>Verschlüsselungen, gemessen von libcryptsetup über die Krypto-API des Kernels.</translation>
    </message>
    <message>
        <source>The kernel crypto API (AF_ALG) is missing, so libcryptsetup cannot benchmark ciphers here; the same ciphers were measured in user space with OpenSSL.</source>
        <translation>Die Krypto-API des Kernels (AF_ALG) fehlt, daher kann libcryptsetup hier keine Verschlüsselungen messen; dieselben Verschlüsselungen wurden im Benutzerbereich mit OpenSSL gemessen.</translation>
    </message>
    <message>
        <source> (resumed)</source>
        <translation> (fortgesetzt)</translation>
    </message>
    <message>
        <source>Encrypted %1 in place%2.</source>
        <translation>%1 an Ort und Stelle verschlüsselt%2.</translation>
    </message>
    <message>
        <source>Decrypted %1 in place%2.</source>
        <translation>%1 an Ort und Stelle entschlüsselt%2.</translation>
    </message>
    <message>
        <source>Volume benchmark</source>
        <translation>Volume-Benchmark</translation>
    </message>
    <message>
        <source>Ciphers</source>
        <translation>Verschlüsselungen</translation>
    </message>
</context>
<context>
    <name>VolumeScanJob</name>
    <message>
        <source>Read volume headers</source>
        <translation>Volume-Header lesen</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Audit-Protokoll lesen</translation>
    </message>
    <message>
        <source>Read the LUKS headers</source>
        <translation>LUKS-Header lesen</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
</context>
<context>
    <name>WalFrames</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>AgeBackupInput</name>
    <message>
        <source>%1 is not an age file: --identity and the --age-key options are only for backups exported with `backup export`.</source>
        <translation>%1 ist keine age-Datei: --identity und die Optionen --age-key gelten nur für Sicherungen, die mit `backup export` exportiert wurden.</translation>
    </message>
    <message>
        <source>%1 is an age file: give --identity FILE, or its passphrase with --age-key-file, --age-key-env or --age-passphrase-stdin.</source>
        <translation>%1 ist eine age-Datei: Geben Sie --identity DATEI an, oder ihre Passphrase mit --age-key-file, --age-key-env oder --age-passphrase-stdin.</translation>
    </message>
    <message>
        <source>passphrase for %1</source>
        <translation>Passphrase für %1</translation>
    </message>
    <message>
        <source>%1 is protected with a passphrase: give it with --age-key-file, --age-key-env or --age-passphrase-stdin.</source>
        <translation>%1 ist mit einer Passphrase geschützt: Geben Sie sie mit --age-key-file, --age-key-env oder --age-passphrase-stdin an.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>%1: the audit log was tampered with: %2 (line %3 of %4). Keep this copy as evidence and compare it with your backups.</source>
        <translation>%1: Das Audit-Protokoll wurde manipuliert: %2 (Zeile %3 von %4). Bewahren Sie diese Kopie als Beweis auf und vergleichen Sie sie mit Ihren Sicherungen.</translation>
    </message>
</context>
<context>
    <name>BackupCliSupport</name>
    <message>
        <source>backup key</source>
        <translation>Sicherungsschlüssel</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>backup create takes exactly one DB.</source>
        <translation>backup create erwartet genau eine DB.</translation>
    </message>
    <message>
        <source>database key</source>
        <translation>Datenbankschlüssel</translation>
    </message>
    <message>
        <source>backup list takes exactly one DIR.</source>
        <translation>backup list erwartet genau ein DIR.</translation>
    </message>
    <message>
        <source>backup verify takes exactly one FILE.</source>
        <translation>backup verify erwartet genau eine FILE.</translation>
    </message>
    <message>
        <source>backup key</source>
        <translation>Sicherungsschlüssel</translation>
    </message>
    <message>
        <source>backup compare takes LIVE and BACKUP.</source>
        <translation>backup compare erwartet LIVE und BACKUP.</translation>
    </message>
</context>
<context>
    <name>BackupPruneCommand</name>
    <message>
        <source>backup prune takes exactly one DIR.</source>
        <translation>backup prune erwartet genau ein DIR.</translation>
    </message>
    <message>
        <source>database key</source>
        <translation>Datenbankschlüssel</translation>
    </message>
    <message>
        <source>Remove the backups in %1 that the policy does not keep?</source>
        <translation>Die Sicherungen in %1 entfernen, die die Richtlinie nicht behält?</translation>
    </message>
</context>
<context>
    <name>BackupRestoreCommand</name>
    <message>
        <source>backup restore takes one BACKUP and --to DB.</source>
        <translation>backup restore erwartet ein BACKUP und --to DB.</translation>
    </message>
    <message>
        <source>--wait wants a number of seconds.</source>
        <translation>--wait erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>database key</source>
        <translation>Datenbankschlüssel</translation>
    </message>
</context>
<context>
    <name>ChecksumCommand</name>
    <message>
        <source>checksum takes exactly one FILE.</source>
        <translation>checksum erwartet genau eine FILE.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--reference takes man or markdown.</source>
        <translation>--reference erwartet man oder markdown.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. See the list above.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;. Siehe die Liste oben.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Give the %1 one way only: --%2key-env, --%2key-file or --%2passphrase-stdin.</source>
        <translation>Geben Sie %1 nur auf eine Weise an: --%2key-env, --%2key-file oder --%2passphrase-stdin.</translation>
    </message>
    <message>
        <source>No %1 given and no terminal to ask on: use --%2key-env NAME, --%2key-file PATH or --%2passphrase-stdin.</source>
        <translation>Nicht angegeben: %1, und es gibt kein Terminal, um danach zu fragen: Verwenden Sie --%2key-env NAME, --%2key-file PFAD oder --%2passphrase-stdin.</translation>
    </message>
    <message>
        <source> Not confirmed: there is no terminal to ask on; add --yes to confirm in a script.</source>
        <translation> Nicht bestätigt: Es gibt kein Terminal, um nachzufragen; geben Sie --yes an, um in einem Skript zu bestätigen.</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>Nicht bestätigt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source> Type &apos;yes&apos; to continue: </source>
        <translation> Geben Sie &apos;yes&apos; ein, um fortzufahren: </translation>
    </message>
</context>
<context>
    <name>DbConvertCommand</name>
    <message>
        <source>--%1profile: unknown profile &apos;%2&apos;; use sqlcipher-4, sqlcipher-3, sqlcipher-2 or sqlcipher-1.</source>
        <translation>--%1profile: unbekanntes Profil &apos;%2&apos;; verwenden Sie sqlcipher-4, sqlcipher-3, sqlcipher-2 oder sqlcipher-1.</translation>
    </message>
    <message>
        <source>--%1%2 wants a whole number.</source>
        <translation>--%1%2 erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>db %1 takes exactly one FILE.</source>
        <translation>db %1 erwartet genau eine FILE.</translation>
    </message>
    <message>
        <source>key of %1</source>
        <translation>Schlüssel von %1</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>neuer Schlüssel</translation>
    </message>
    <message>
        <source>new key (again)</source>
        <translation>neuer Schlüssel (Wiederholung)</translation>
    </message>
    <message>
        <source>The two new keys differ; nothing was changed.</source>
        <translation>Die beiden neuen Schlüssel unterscheiden sich; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 leftover temp file(s) of an interrupted Strongroom run lie beside %2 (%3). The original was not touched by that run; add --clean-temp to remove them.</source>
        <translation>%1 übrig gebliebene temporäre Datei(en) eines abgebrochenen Strongroom-Laufs liegen neben %2 (%3). Das Original wurde von diesem Lauf nicht verändert; geben Sie --clean-temp an, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>%1 will be written as a plain, unencrypted SQLite file: anyone who can read it can read the data.</source>
        <translation>%1 wird als einfache, unverschlüsselte SQLite-Datei geschrieben: Wer sie lesen kann, kann die Daten lesen.</translation>
    </message>
</context>
<context>
    <name>DbOpenOptions</name>
    <message>
        <source>--page-size, --kdf-iter and --plaintext-header-size want whole numbers.</source>
        <translation>--page-size, --kdf-iter und --plaintext-header-size erwarten ganze Zahlen.</translation>
    </message>
    <message>
        <source> If the backup was made with another key, give that key with --backup-key-env, --backup-key-file or --backup-passphrase-stdin.</source>
        <translation> Wurde die Sicherung mit einem anderen Schlüssel erstellt, geben Sie diesen mit --backup-key-env, --backup-key-file oder --backup-passphrase-stdin an.</translation>
    </message>
    <message>
        <source> Give other settings with --page-size, --kdf-iter, --hmac-algorithm, --kdf-algorithm and --plaintext-header-size.</source>
        <translation> Geben Sie andere Einstellungen mit --page-size, --kdf-iter, --hmac-algorithm, --kdf-algorithm und --plaintext-header-size an.</translation>
    </message>
    <message>
        <source>Give exactly one database FILE.</source>
        <translation>Geben Sie genau eine Datenbank-FILE an.</translation>
    </message>
    <message>
        <source>database key</source>
        <translation>Datenbankschlüssel</translation>
    </message>
    <message>
        <source> There is no terminal to ask on: use --key-env NAME, --key-file PATH or --passphrase-stdin.</source>
        <translation> Es gibt kein Terminal, um danach zu fragen: Verwenden Sie --key-env NAME, --key-file PFAD oder --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>No passphrase: give it with --passphrase-stdin, --key-file or --key-env (there is no terminal to ask on).</source>
        <translation>Keine Passphrase: Geben Sie sie mit --passphrase-stdin, --key-file oder --key-env an (es gibt kein Terminal, um danach zu fragen).</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was encrypted.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; es wurde nichts verschlüsselt.</translation>
    </message>
    <message>
        <source>--identity keyring:%1 needs the desktop keyring, and none is running (Secret Service or KWallet). Start it, or give the identity as a file.</source>
        <translation>--identity keyring:%1 braucht den Schlüsselbund der Arbeitsumgebung, und es läuft keiner (Secret Service oder KWallet). Starten Sie ihn, oder geben Sie die Identität als Datei an.</translation>
    </message>
    <message>
        <source>%1 is not an age recipient (age1... as age-keygen prints it, or age1pq1... for post-quantum).</source>
        <translation>%1 ist kein age-Empfänger (age1..., wie age-keygen ihn ausgibt, oder age1pq1... für Post-Quanten).</translation>
    </message>
    <message>
        <source>Hybrid post-quantum recipients (age1pq1...) cannot be mixed with X25519 recipients (age1...) in one file: the classic ones would open it without the post-quantum protection.</source>
        <translation>Hybride Post-Quanten-Empfänger (age1pq1...) lassen sich in einer Datei nicht mit X25519-Empfängern (age1...) mischen: Die klassischen würden sie ohne den Post-Quanten-Schutz öffnen.</translation>
    </message>
    <message>
        <source>file encrypt takes exactly one IN.</source>
        <translation>file encrypt erwartet genau ein IN.</translation>
    </message>
    <message>
        <source>Say whom to encrypt to: --recipient, --recipients-file or --passphrase.</source>
        <translation>Geben Sie an, für wen verschlüsselt wird: --recipient, --recipients-file oder --passphrase.</translation>
    </message>
    <message>
        <source>A passphrase cannot be combined with recipients (the age format keeps a passphrase alone in the header).</source>
        <translation>Eine Passphrase lässt sich nicht mit Empfängern kombinieren (das age-Format hält eine Passphrase allein im Header).</translation>
    </message>
    <message>
        <source>Standard input cannot carry both the file and the passphrase; use --key-file or --key-env.</source>
        <translation>Die Standardeingabe kann nicht zugleich die Datei und die Passphrase liefern; verwenden Sie --key-file oder --key-env.</translation>
    </message>
    <message>
        <source>--json needs -o OUT: standard output carries the encrypted file.</source>
        <translation>--json braucht -o OUT: Die Standardausgabe trägt die verschlüsselte Datei.</translation>
    </message>
    <message>
        <source>Not writing binary data to the terminal: give -o OUT or --armor.</source>
        <translation>Binärdaten werden nicht auf das Terminal geschrieben: Geben Sie -o OUT oder --armor an.</translation>
    </message>
    <message>
        <source>backup export takes exactly one BACKUP.</source>
        <translation>backup export erwartet genau ein BACKUP.</translation>
    </message>
    <message>
        <source>backup export reads and writes files, not standard input or output.</source>
        <translation>backup export liest und schreibt Dateien, nicht die Standardein- oder -ausgabe.</translation>
    </message>
    <message>
        <source>Say whom to encrypt to: --recipient or --recipients-file (only public keys are needed here).</source>
        <translation>Geben Sie an, für wen verschlüsselt wird: --recipient oder --recipients-file (hier werden nur öffentliche Schlüssel gebraucht).</translation>
    </message>
    <message>
        <source>%1 takes exactly one IN.</source>
        <translation>%1 erwartet genau ein IN.</translation>
    </message>
    <message>
        <source>--json needs -o OUT: standard output carries the plaintext.</source>
        <translation>--json braucht -o OUT: Die Standardausgabe trägt den Klartext.</translation>
    </message>
    <message>
        <source>Give --identity FILE, or the passphrase with --passphrase-stdin, --key-file or --key-env.</source>
        <translation>Geben Sie --identity DATEI an, oder die Passphrase mit --passphrase-stdin, --key-file oder --key-env.</translation>
    </message>
    <message>
        <source>passphrase for %1</source>
        <translation>Passphrase für %1</translation>
    </message>
    <message>
        <source>key rewrap needs at least one FILE.</source>
        <translation>key rewrap braucht mindestens eine FILE.</translation>
    </message>
    <message>
        <source>key rewrap needs --identity OLD and the new --recipient or --recipients-file.</source>
        <translation>key rewrap braucht --identity OLD und den neuen --recipient oder --recipients-file.</translation>
    </message>
    <message>
        <source>passphrase of the identity file</source>
        <translation>Passphrase der Identitätsdatei</translation>
    </message>
    <message>
        <source>key generate takes no arguments.</source>
        <translation>key generate erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>--json needs --out FILE: standard output would carry the identity.</source>
        <translation>--json braucht --out FILE: Die Standardausgabe würde die Identität tragen.</translation>
    </message>
</context>
<context>
    <name>RetentionOptions</name>
    <message>
        <source>--%1 wants a whole number, or -1 for unlimited.</source>
        <translation>--%1 erwartet eine ganze Zahl, oder -1 für unbegrenzt.</translation>
    </message>
    <message>
        <source>--keep-within wants a duration such as 7d, 2m or 1y6m (y years, m months, d days, h hours).</source>
        <translation>--keep-within erwartet eine Dauer wie 7d, 2m oder 1y6m (y Jahre, m Monate, d Tage, h Stunden).</translation>
    </message>
</context>
<context>
    <name>VolumeBrowseCommands</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>key for %1</source>
        <translation>Schlüssel für %1</translation>
    </message>
    <message>
        <source>volume %1: wrong number of arguments; see --help.</source>
        <translation>volume %1: falsche Anzahl von Argumenten; siehe --help.</translation>
    </message>
    <message>
        <source>volume get needs --to DIR, the folder to copy into.</source>
        <translation>volume get braucht --to DIR, den Ordner, in den kopiert wird.</translation>
    </message>
</context>
<context>
    <name>VolumeCryptCommands</name>
    <message>
        <source>--size SIZE is required, e.g. --size 512M.</source>
        <translation>--size SIZE ist erforderlich, z. B. --size 512M.</translation>
    </message>
    <message>
        <source>passphrase for the new volume</source>
        <translation>Passphrase für das neue Volume</translation>
    </message>
    <message>
        <source>passphrase for %1</source>
        <translation>Passphrase für %1</translation>
    </message>
    <message>
        <source>key for %1</source>
        <translation>Schlüssel für %1</translation>
    </message>
    <message>
        <source>Decrypt %1 in place? Its data will be stored unencrypted.</source>
        <translation>%1 an Ort und Stelle entschlüsseln? Seine Daten werden dann unverschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>VolumeInspectCommands</name>
    <message>
        <source>--slot takes a key slot number 0..31.</source>
        <translation>--slot erwartet eine Schlüsselplatznummer 0..31.</translation>
    </message>
    <message>
        <source>key for %1</source>
        <translation>Schlüssel für %1</translation>
    </message>
    <message>
        <source>--iter-time must be &gt;= 1 and --pbkdf-memory &gt;= 32.</source>
        <translation>--iter-time muss &gt;= 1 und --pbkdf-memory &gt;= 32 sein.</translation>
    </message>
</context>
<context>
    <name>VolumeKeyCommands</name>
    <message>
        <source>--slot N is required.</source>
        <translation>--slot N ist erforderlich.</translation>
    </message>
    <message>
        <source>--slot takes a key slot number 0..31.</source>
        <translation>--slot erwartet eine Schlüsselplatznummer 0..31.</translation>
    </message>
    <message>
        <source>existing key for %1</source>
        <translation>vorhandener Schlüssel für %1</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>neuer Schlüssel</translation>
    </message>
    <message>
        <source>current key for %1</source>
        <translation>aktueller Schlüssel für %1</translation>
    </message>
    <message>
        <source>key of a slot that stays, for %1</source>
        <translation>Schlüssel eines bleibenden Platzes, für %1</translation>
    </message>
    <message>
        <source>Give the new costs: --pbkdf, --pbkdf-memory, --pbkdf-parallel, --iter-time or --pbkdf-iterations.</source>
        <translation>Geben Sie die neuen Kosten an: --pbkdf, --pbkdf-memory, --pbkdf-parallel, --iter-time oder --pbkdf-iterations.</translation>
    </message>
    <message>
        <source>key of slot %1</source>
        <translation>Schlüssel von Platz %1</translation>
    </message>
</context>
<context>
    <name>VolumeMappingCommands</name>
    <message>
        <source>volume %1 takes IMAGE.</source>
        <translation>volume %1 erwartet IMAGE.</translation>
    </message>
    <message>
        <source>key for %1</source>
        <translation>Schlüssel für %1</translation>
    </message>
    <message>
        <source>volume mount takes IMAGE [FOLDER].</source>
        <translation>volume mount erwartet IMAGE [FOLDER].</translation>
    </message>
</context>
<context>
    <name>VolumeOptions</name>
    <message>
        <source>--%1 needs a whole number, not &apos;%2&apos;.</source>
        <translation>--%1 braucht eine ganze Zahl, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--cipher takes cipher-mode-iv, e.g. aes-xts-plain64.</source>
        <translation>--cipher erwartet cipher-mode-iv, z. B. aes-xts-plain64.</translation>
    </message>
    <message>
        <source>--key-size must be 128..1024 bits, a multiple of 8.</source>
        <translation>--key-size muss 128..1024 Bit betragen, ein Vielfaches von 8.</translation>
    </message>
    <message>
        <source>--sector-size must be 512, 1024, 2048 or 4096.</source>
        <translation>--sector-size muss 512, 1024, 2048 oder 4096 sein.</translation>
    </message>
    <message>
        <source>volume %1 takes %2 argument(s); see --help.</source>
        <translation>volume %1 erwartet %2 Argument(e); siehe --help.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>checksums, key ids and AES-GCM backups</source>
        <translation>Prüfsummen, Schlüssel-IDs und AES-GCM-Sicherungen</translation>
    </message>
    <message>
        <source>table sizes on the dashboard</source>
        <translation>Tabellengrößen im Dashboard</translation>
    </message>
    <message>
        <source>apt install sqlcipher (its shell has dbstat; the library is built without it)</source>
        <translation>apt install sqlcipher (seine Shell hat dbstat; die Bibliothek ist ohne gebaut)</translation>
    </message>
    <message>
        <source>PostgreSQL backups and restores</source>
        <translation>PostgreSQL-Sicherungen und -Wiederherstellungen</translation>
    </message>
    <message>
        <source>restoring gpg-encrypted backups</source>
        <translation>das Wiederherstellen gpg-verschlüsselter Sicherungen</translation>
    </message>
    <message>
        <source>restoring age-encrypted backups</source>
        <translation>das Wiederherstellen age-verschlüsselter Sicherungen</translation>
    </message>
    <message>
        <source>opening (mapping), mounting and closing LUKS volumes; header work, key slots and offline re-encryption still work</source>
        <translation>das Öffnen (Zuordnen), Einhängen und Schließen von LUKS-Volumes; Header-Arbeiten, Schlüsselplätze und die Offline-Neuverschlüsselung funktionieren weiterhin</translation>
    </message>
    <message>
        <source>load the dm_crypt kernel module (modprobe dm_crypt) on a machine that allows it; containers usually cannot</source>
        <translation>laden Sie das Kernelmodul dm_crypt (modprobe dm_crypt) auf einem Rechner, der es erlaubt; Container können das meist nicht</translation>
    </message>
    <message>
        <source>libcryptsetup&apos;s cipher benchmark; Strongroom measures ciphers in user space instead</source>
        <translation>den Verschlüsselungs-Benchmark von libcryptsetup; Strongroom misst Verschlüsselungen stattdessen im Benutzerbereich</translation>
    </message>
    <message>
        <source>load the algif_skcipher kernel module</source>
        <translation>laden Sie das Kernelmodul algif_skcipher</translation>
    </message>
    <message>
        <source>nothing, but AES is several times slower without it</source>
        <translation>nichts, aber AES ist ohne es um ein Mehrfaches langsamer</translation>
    </message>
    <message>
        <source>use a CPU with AES instructions, or pass them through to the virtual machine</source>
        <translation>verwenden Sie eine CPU mit AES-Befehlen oder reichen Sie diese an die virtuelle Maschine durch</translation>
    </message>
    <message>
        <source>opening and mounting volumes as a normal user (root can still do it without)</source>
        <translation>das Öffnen und Einhängen von Volumes als normaler Benutzer (root kann es auch ohne)</translation>
    </message>
    <message>
        <source>remembering keys in the GUI (off by default)</source>
        <translation>das Merken von Schlüsseln in der Oberfläche (standardmäßig aus)</translation>
    </message>
    <message>
        <source>run a Secret Service keyring (gnome-keyring, KWallet) in your desktop session</source>
        <translation>betreiben Sie einen Secret-Service-Schlüsselbund (gnome-keyring, KWallet) in Ihrer Desktop-Sitzung</translation>
    </message>
    <message>
        <source>the audit trail&apos;s second copy: entries are only in the local chain, which the user can rewrite, and `audit verify` cannot compare it with the journal</source>
        <translation>die zweite Kopie der Audit-Spur: Die Einträge stehen nur in der lokalen Kette, die der Benutzer umschreiben kann, und `audit verify` kann sie nicht mit dem Journal vergleichen</translation>
    </message>
    <message>
        <source>: run systemd-journald (every systemd system does; containers usually lack it)</source>
        <translation>: betreiben Sie systemd-journald (jedes systemd-System tut das; Containern fehlt es meist)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Strongroom %1

Libraries and tools:
</source>
        <translation>Strongroom %1

Bibliotheken und Werkzeuge:
</translation>
    </message>
    <message>
        <source>PostgreSQL tools</source>
        <translation>PostgreSQL-Werkzeuge</translation>
    </message>
    <message>
        <source>
System:
</source>
        <translation>
System:
</translation>
    </message>
    <message>
        <source>kernel crypto API</source>
        <translation>Krypto-API des Kernels</translation>
    </message>
    <message>
        <source>desktop keyring</source>
        <translation>Schlüsselbund der Arbeitsumgebung</translation>
    </message>
    <message>
        <source>system journal</source>
        <translation>Systemjournal</translation>
    </message>
    <message>
        <source>
Missing:
</source>
        <translation>
Fehlt:
</translation>
    </message>
    <message>
        <source>  - %1: disables %2.
    Fix: %3
</source>
        <translation>  - %1: deaktiviert %2.
    Abhilfe: %3
</translation>
    </message>
    <message>
        <source>QCA OpenSSL provider</source>
        <translation>QCA-OpenSSL-Anbieter</translation>
    </message>
    <message>
        <source>SQLCipher dbstat</source>
        <translation>dbstat von SQLCipher</translation>
    </message>
    <message>
        <source>PostgreSQL client tools</source>
        <translation>PostgreSQL-Client-Werkzeuge</translation>
    </message>
    <message>
        <source>kernel crypto API (AF_ALG)</source>
        <translation>Krypto-API des Kernels (AF_ALG)</translation>
    </message>
    <message>
        <source>%1 (providers: %2)</source>
        <translation>%1 (Anbieter: %2)</translation>
    </message>
</context>
<context>
    <name>PbkdfCalibrationJob</name>
    <message>
        <source>Measure the key derivation</source>
        <translation>Schlüsselableitung messen</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>%1 messen</translation>
    </message>
</context>
<context>
    <name>DbInfoCommand</name>
    <message>
        <source>Table sizes are unknown: this SQLCipher library is built without dbstat.</source>
        <translation>Tabellengrößen sind unbekannt: Diese SQLCipher-Bibliothek ist ohne dbstat gebaut.</translation>
    </message>
</context>
<context>
    <name>VolumeHeaderCommands</name>
    <message>
        <source>Restoring a header brings back the key slots of the time of the backup: keys removed since then open the volume again, keys added since then stop working.</source>
        <translation>Das Wiederherstellen eines Headers bringt die Schlüsselplätze vom Zeitpunkt der Sicherung zurück: Seitdem entfernte Schlüssel öffnen das Volume wieder, seitdem hinzugefügte Schlüssel funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Replace the LUKS header of %1 with %2?</source>
        <translation>Den LUKS-Header von %1 durch %2 ersetzen?</translation>
    </message>
</context>
<context>
    <name>PgDumpCompression</name>
    <message>
        <source>The backup&apos;s dump is compressed as &quot;%1&quot;, which this version does not read.</source>
        <translation>Der Dump der Sicherung ist als „%1“ komprimiert; diese Version kann das nicht lesen.</translation>
    </message>
</context>
<context>
    <name>PgDrill</name>
    <message>
        <source>The temporary cluster runs as the user %1, who cannot reach the temporary folder %2. Set TMPDIR to a folder it can reach (such as /var/tmp), or name a server with --dbname.</source>
        <translation>Der temporäre Cluster läuft als Benutzer %1, der den temporären Ordner %2 nicht erreicht. Setzen Sie TMPDIR auf einen Ordner, den er erreicht (etwa /var/tmp), oder nennen Sie mit --dbname einen Server.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A restore drill in a temporary cluster needs the PostgreSQL %1 server programs (initdb, postgres), which are not installed. Install the package postgresql-%1, or name a server for the scratch database with --dbname.</source>
        <translation>Eine Wiederherstellungsprobe in einem temporären Cluster braucht die Serverprogramme von PostgreSQL %1 (initdb, postgres), die nicht installiert sind. Installieren Sie das Paket postgresql-%1 oder nennen Sie mit --dbname einen Server für die Probedatenbank.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Ein temporärer Ordner lässt sich nicht anlegen: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the folder %1.</source>
        <translation>Der Ordner %1 lässt sich nicht vorbereiten.</translation>
    </message>
    <message>
        <source>Running as root, and there is no user (postgres, nobody) to run the temporary cluster as.</source>
        <translation>Das Programm läuft als root, und es gibt keinen Benutzer (postgres, nobody), unter dem der temporäre Cluster laufen kann.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the user %2.</source>
        <translation>%1 kann nicht dem Benutzer %2 übergeben werden.</translation>
    </message>
    <message>
        <source>The temporary PostgreSQL server ended: %1</source>
        <translation>Der temporäre PostgreSQL-Server hat sich beendet: %1</translation>
    </message>
    <message>
        <source>The temporary PostgreSQL server did not accept connections within 2 minutes: %1</source>
        <translation>Der temporäre PostgreSQL-Server hat binnen 2 Minuten keine Verbindungen angenommen: %1</translation>
    </message>
    <message>
        <source>temporary cluster (PostgreSQL %1)</source>
        <translation>temporärer Cluster (PostgreSQL %1)</translation>
    </message>
    <message>
        <source>The restore stopped reading.</source>
        <translation>Die Wiederherstellung hat aufgehört zu lesen.</translation>
    </message>
    <message>
        <source>Cannot make a socket pair: %1</source>
        <translation>Ein Socket-Paar lässt sich nicht anlegen: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Start a temporary cluster and create the scratch database</source>
        <translation>Temporären Cluster starten und Probedatenbank anlegen</translation>
    </message>
    <message>
        <source>Stop and remove the temporary cluster and record the drill</source>
        <translation>Temporären Cluster anhalten und entfernen, Probe verbuchen</translation>
    </message>
    <message>
        <source>Starting a temporary PostgreSQL %1 cluster.</source>
        <translation>Ein temporärer PostgreSQL-%1-Cluster wird gestartet.</translation>
    </message>
    <message>
        <source>The temporary cluster runs in %1.</source>
        <translation>Der temporäre Cluster läuft in %1.</translation>
    </message>
</context>
<context>
    <name>PgForeignInput</name>
    <message>
        <source>%1: its checksum holds, but what the key decrypts is neither a dump nor SQL text: the key is wrong.</source>
        <translation>%1: die Prüfsumme stimmt, aber was der Schlüssel entschlüsselt, ist weder ein Dump noch SQL-Text: der Schlüssel ist falsch.</translation>
    </message>
    <message>
        <source>%1 holds a tar archive, which must be extracted to disk to be restored: with --jobs 2 or more its plaintext goes into the private staging folder (removed afterwards); --jobs 1 keeps plaintext off the disk and cannot restore it.</source>
        <translation>%1 enthält ein tar-Archiv, das zum Wiederherstellen auf die Platte entpackt werden muss: mit --jobs 2 oder mehr kommt sein Klartext in den privaten Zwischenordner (danach entfernt); --jobs 1 hält Klartext von der Platte fern und kann es nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>%1: the tar archive cannot be read (%2).</source>
        <translation>%1: das tar-Archiv ist nicht lesbar (%2).</translation>
    </message>
    <message>
        <source>%1: the tar archive cannot be extracted; it may be damaged or truncated.</source>
        <translation>%1: das tar-Archiv lässt sich nicht entpacken; es ist vielleicht beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 is a tar archive without a directory-format dump (no toc.dat).</source>
        <translation>%1 ist ein tar-Archiv ohne Dump im Verzeichnisformat (kein toc.dat).</translation>
    </message>
    <message>
        <source>Extracting the tar archive into %1.</source>
        <translation>Das tar-Archiv wird nach %1 entpackt.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::MigrateDirWizard</name>
    <message>
        <source>PostgreSQL %1 is running on this folder (PID %2). With its connection above, Back Up and Verify makes a verified backup first, and Build and Verify records the exact row counts. Then stop the server: %3</source>
        <translation>PostgreSQL %1 läuft auf diesem Ordner (PID %2). Mit seiner Verbindung oben erstellt „Sichern und prüfen“ zuerst eine geprüfte Sicherung, und „Erstellen und prüfen“ hält die genauen Zeilenzahlen fest. Beenden Sie dann den Server: %3</translation>
    </message>
    <message>
        <source>Back Up and Verify…</source>
        <translation>Sichern und prüfen …</translation>
    </message>
    <message>
        <source>Back Up Now of the PostgreSQL page for the connection above, then the backup read back in full (pg verify --level 2), before the server is stopped.</source>
        <translation>„Jetzt sichern“ der Seite PostgreSQL für die Verbindung oben, dann wird die Sicherung vollständig zurückgelesen (pg verify --level 2), bevor der Server beendet wird.</translation>
    </message>
    <message>
        <source>Go on without a backup</source>
        <translation>Ohne Sicherung fortfahren</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>der Schlüsselbund</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>Die Sicherung wurde abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backup made: %1. Give its key to verify it.</source>
        <translation>Sicherung erstellt: %1. Geben Sie ihren Schlüssel an, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Verification cancelled; %1 is not verified.</source>
        <translation>Prüfung abgebrochen; %1 ist nicht geprüft.</translation>
    </message>
    <message>
        <source>The backup %1 did not verify: %2</source>
        <translation>Die Sicherung %1 hat die Prüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <source>Verified backup: %1 (level 2, %2)</source>
        <translation>Geprüfte Sicherung: %1 (Stufe 2, %2)</translation>
    </message>
    <message>
        <source>PostgreSQL runs on this folder and no backup was verified here. Back Up and Verify first, or tick “Go on without a backup”.</source>
        <translation>PostgreSQL läuft auf diesem Ordner, und hier wurde keine Sicherung geprüft. Wählen Sie zuerst „Sichern und prüfen“ oder kreuzen Sie „Ohne Sicherung fortfahren“ an.</translation>
    </message>
    <message>
        <source>Move a Folder into an Encrypted Volume</source>
        <translation>Ordner in ein verschlüsseltes Volume verschieben</translation>
    </message>
    <message>
        <source>Folder and image</source>
        <translation>Ordner und Abbild</translation>
    </message>
    <message>
        <source>The folder's files are copied into a new ext4 file system inside a LUKS2 image, encrypted and verified file by file. Nothing needs root or device-mapper, and the folder stays untouched until you switch over.</source>
        <translation>Die Dateien des Ordners werden in ein neues ext4-Dateisystem in einem LUKS2-Abbild kopiert, verschlüsselt und Datei für Datei geprüft. Dazu sind weder root noch device-mapper nötig, und der Ordner bleibt unverändert, bis Sie umschalten.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>New image:</source>
        <translation>Neues Abbild:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Free room:</source>
        <translation>Freier Platz:</translation>
    </message>
    <message>
        <source>Passphrase and recovery key</source>
        <translation>Passphrase und Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>The passphrase opens the volume in slot 0. The recovery key below goes into slot 1: write it down now and keep it apart from the volume.</source>
        <translation>Die Passphrase öffnet das Volume in Slot 0. Der Wiederherstellungsschlüssel unten kommt in Slot 1: Schreiben Sie ihn jetzt auf und bewahren Sie ihn getrennt vom Volume auf.</translation>
    </message>
    <message>
        <source>I have written down the recovery key.</source>
        <translation>Ich habe den Wiederherstellungsschlüssel aufgeschrieben.</translation>
    </message>
    <message>
        <source>Build, verify, switch over</source>
        <translation>Erstellen, prüfen, umschalten</translation>
    </message>
    <message>
        <source>Build and Verify makes the volume and compares every file with the folder. Switch Over renames the folder to FOLDER.before-migration-TIMESTAMP (it is never deleted) and leaves an empty mount point in its place.</source>
        <translation>„Erstellen und prüfen“ legt das Volume an und vergleicht jede Datei mit dem Ordner. „Umschalten“ benennt den Ordner in ORDNER.before-migration-ZEITSTEMPEL um (er wird nie gelöscht) und lässt an seiner Stelle einen leeren Einhängepunkt.</translation>
    </message>
    <message>
        <source>Build and Verify</source>
        <translation>Erstellen und prüfen</translation>
    </message>
    <message>
        <source>Switch Over…</source>
        <translation>Umschalten…</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Switch Over</source>
        <translation>Umschalten</translation>
    </message>
    <message>
        <source>Rename %1 to %1.before-migration-TIMESTAMP and leave an empty mount point in its place? Whatever uses the folder must then find the volume mounted there.</source>
        <translation>%1 in %1.before-migration-ZEITSTEMPEL umbenennen und an seiner Stelle einen leeren Einhängepunkt lassen? Was den Ordner benutzt, muss das Volume danach dort eingehängt vorfinden.</translation>
    </message>
    <message>
        <source>Folder to Move</source>
        <translation>Zu verschiebender Ordner</translation>
    </message>
    <message>
        <source>New Volume Image</source>
        <translation>Neues Volume-Abbild</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is running on this folder (PID %2). Make a verified backup and record the exact row counts (PostgreSQL page), then stop it: %3</source>
        <translation>PostgreSQL %1 läuft auf diesem Ordner (PID %2). Erstellen Sie eine geprüfte Sicherung und halten Sie die genauen Zeilenzahlen fest (Seite PostgreSQL), dann beenden Sie den Server: %3</translation>
    </message>
    <message>
        <source>A PostgreSQL %1 data directory; the server is stopped.</source>
        <translation>Ein Datenverzeichnis von PostgreSQL %1; der Server ist beendet.</translation>
    </message>
    <message>
        <source>Switching over…</source>
        <translation>Schalte um…</translation>
    </message>
    <message>
        <source>Building, encrypting and verifying…</source>
        <translation>Erstelle, verschlüssele und prüfe…</translation>
    </message>
    <message>
        <source>Cancelled. Build and Verify continues where it stopped.</source>
        <translation>Abgebrochen. „Erstellen und prüfen“ macht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>/etc/crypttab:</source>
        <translation>/etc/crypttab:</translation>
    </message>
    <message>
        <source>/etc/fstab:</source>
        <translation>/etc/fstab:</translation>
    </message>
    <message>
        <source>or instead of the fstab line, /etc/systemd/system/%1:</source>
        <translation>oder statt der fstab-Zeile /etc/systemd/system/%1:</translation>
    </message>
    <message>
        <source>Switched over. Mount the volume at the folder before starting what uses it.</source>
        <translation>Umgeschaltet. Hängen Sie das Volume am Ordner ein, bevor Sie starten, was ihn benutzt.</translation>
    </message>
    <message>
        <source>host=/run/postgresql dbname=shop (password from ~/.pgpass)</source>
        <translation>host=/run/postgresql dbname=shop (Passwort aus ~/.pgpass)</translation>
    </message>
    <message>
        <source>While the server still runs, its exact row counts are recorded in the journal for the comparison after the move; then stop it.</source>
        <translation>Solange der Server noch läuft, werden seine genauen Zeilenzahlen für den Vergleich nach dem Umzug im Journal festgehalten; beenden Sie ihn danach.</translation>
    </message>
    <message>
        <source>PostgreSQL connection:</source>
        <translation>PostgreSQL-Verbindung:</translation>
    </message>
    <message>
        <source>After the switch-over, once the volume is mounted at the folder: the command that starts PostgreSQL (run without a shell). The server&apos;s exact row counts are then compared with those recorded before the move.</source>
        <translation>Nach dem Umschalten, sobald das Volume im Ordner eingehängt ist: der Befehl, der PostgreSQL startet (ohne Shell ausgeführt). Die genauen Zeilenzahlen des Servers werden dann mit den vor dem Umzug erfassten verglichen.</translation>
    </message>
    <message>
        <source>Start command:</source>
        <translation>Startbefehl:</translation>
    </message>
</context>
<context>
    <name>MigrateDirJob</name>
    <message>
        <source>Verified backup made before the move: %1</source>
        <translation>Vor dem Umzug erstellte geprüfte Sicherung: %1</translation>
    </message>
    <message>
        <source>Move %1 into an encrypted volume</source>
        <translation>%1 in ein verschlüsseltes Volume verschieben</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Vorprüfung</translation>
    </message>
    <message>
        <source>Build the file system (mke2fs -d)</source>
        <translation>Dateisystem erstellen (mke2fs -d)</translation>
    </message>
    <message>
        <source>Encrypt in place</source>
        <translation>An Ort und Stelle verschlüsseln</translation>
    </message>
    <message>
        <source>Add the recovery key</source>
        <translation>Wiederherstellungsschlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Verify every file</source>
        <translation>Jede Datei prüfen</translation>
    </message>
    <message>
        <source>Switch over</source>
        <translation>Umschalten</translation>
    </message>
    <message>
        <source>PostgreSQL on the new location</source>
        <translation>PostgreSQL am neuen Ort</translation>
    </message>
    <message>
        <source>The image %1 would be inside %2, the folder it is to hold. Put it somewhere else.</source>
        <translation>Das Abbild %1 läge in %2, dem Ordner, den es aufnehmen soll. Legen Sie es woanders ab.</translation>
    </message>
    <message>
        <source>The journal %1 belongs to the migration of %2, not %3.</source>
        <translation>Das Journal %1 gehört zur Migration von %2, nicht von %3.</translation>
    </message>
    <message>
        <source>This migration was rolled back. To start again, move the image %1 and its journal %2 away first.</source>
        <translation>Diese Migration wurde rückgängig gemacht. Um neu zu beginnen, verschieben Sie zuerst das Abbild %1 und sein Journal %2 an einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1 already exists; Strongroom never formats over a file. Pick a new name.</source>
        <translation>%1 existiert bereits; Strongroom formatiert nie über eine Datei. Wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>%1 was put back (rolled back) after the switch-over. To start again, move the image %2 and its journal away first.</source>
        <translation>%1 wurde nach dem Umschalten zurückgelegt (rückgängig gemacht). Um neu zu beginnen, verschieben Sie zuerst das Abbild %2 und sein Journal an einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1 cannot be read completely by this user (first: %2). Run as the folder's owner or as root.</source>
        <translation>%1 kann von diesem Benutzer nicht vollständig gelesen werden (zuerst: %2). Führen Sie den Befehl als Eigentümer des Ordners oder als root aus.</translation>
    </message>
    <message>
        <source>Exact row counts recorded in %1 for the comparison after the move.</source>
        <translation>Genaue Zeilenzahlen in %1 für den Vergleich nach dem Umzug festgehalten.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is running on %2 (postmaster PID %3). Stop it first (%4, as the server's user for pg_ctl), then run this again.%5</source>
        <translation>PostgreSQL %1 läuft auf %2 (Postmaster-PID %3). Beenden Sie den Server zuerst (%4, für pg_ctl als Benutzer des Servers) und führen Sie dies dann erneut aus.%5</translation>
    </message>
    <message>
        <source> To record exact row counts for the comparison after the move, give --dbname while the server still runs.</source>
        <translation> Um genaue Zeilenzahlen für den Vergleich nach dem Umzug festzuhalten, geben Sie --dbname an, solange der Server noch läuft.</translation>
    </message>
    <message>
        <source>--size must be a whole number of MiB and at least %1 MiB for %2 (its files, the file system's own room and %3 MiB for the LUKS2 header).</source>
        <translation>--size muss eine ganze Zahl von MiB und mindestens %1 MiB für %2 sein (seine Dateien, der Eigenbedarf des Dateisystems und %3 MiB für den LUKS2-Header).</translation>
    </message>
    <message>
        <source>the volume image</source>
        <translation>das Volume-Abbild</translation>
    </message>
    <message>
        <source>%1: %2 entries, %3 MiB of files; image %4 MiB with %5 % headroom.</source>
        <translation>%1: %2 Einträge, %3 MiB an Dateien; Abbild %4 MiB mit %5 % Reserve.</translation>
    </message>
    <message>
        <source>The volume differs from %1 in %2 places (first: %3). Nothing was switched; the folder is untouched.</source>
        <translation>Das Volume weicht an %2 Stellen von %1 ab (zuerst: %3). Es wurde nicht umgeschaltet; der Ordner ist unverändert.</translation>
    </message>
    <message>
        <source>%1 changed since the volume was verified (%2 differences, first: %3). Nothing was switched; the volume must be built again: move %4 and its journal away and run this again.</source>
        <translation>%1 hat sich seit der Prüfung des Volumes geändert (%2 Unterschiede, zuerst: %3). Es wurde nicht umgeschaltet; das Volume muss neu erstellt werden: Verschieben Sie %4 und sein Journal an einen anderen Ort und führen Sie dies erneut aus.</translation>
    </message>
    <message>
        <source>%1 is in %2 and every file is verified. Nothing was switched yet: run again with --yes (or confirm in the wizard) to switch over.</source>
        <translation>%1 liegt in %2, und jede Datei ist geprüft. Noch wurde nicht umgeschaltet: Führen Sie den Befehl mit --yes erneut aus (oder bestätigen Sie im Assistenten), um umzuschalten.</translation>
    </message>
    <message>
        <source>PostgreSQL was started on %1 again (PID %2); stop it before the switch-over.</source>
        <translation>PostgreSQL wurde auf %1 wieder gestartet (PID %2); beenden Sie es vor dem Umschalten.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>Cannot make the mount point %1: %2</source>
        <translation>Der Einhängepunkt %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>PostgreSQL %1: open and mount the volume at %2 (volume open, or the crypttab and fstab lines), start the server with your service command and compare the row counts with `pg info --exact`.</source>
        <translation>PostgreSQL %1: Öffnen Sie das Volume und hängen Sie es unter %2 ein (volume open oder die Zeilen für crypttab und fstab), starten Sie den Server mit Ihrem Dienstbefehl und vergleichen Sie die Zeilenzahlen mit `pg info --exact`.</translation>
    </message>
    <message>
        <source>PostgreSQL %1: starting the server on the new location needs the volume mounted at %2, which needs device-mapper; this system has none, so the server was not started and the row counts were not compared here.</source>
        <translation>PostgreSQL %1: Um den Server am neuen Ort zu starten, muss das Volume unter %2 eingehängt sein, wofür device-mapper nötig ist; dieses System hat keinen, daher wurde der Server hier nicht gestartet und die Zeilenzahlen wurden nicht verglichen.</translation>
    </message>
    <message>
        <source>%1 now lives in %2; the original is kept as %3. Mount the volume at %1 before starting what uses it.</source>
        <translation>%1 liegt jetzt in %2; das Original bleibt als %3 erhalten. Hängen Sie das Volume unter %1 ein, bevor Sie starten, was es benutzt.</translation>
    </message>
    <message>
        <source>Build the volume</source>
        <translation>Volume aufbauen</translation>
    </message>
    <message>
        <source>the volume is not mounted at %1 yet (volume open and mount, or the crypttab and fstab lines)</source>
        <translation>das Volume ist noch nicht unter %1 eingehängt (volume open und mount oder die Zeilen für crypttab und fstab)</translation>
    </message>
    <message>
        <source>the volume is not mounted at %1, and this machine has no device-mapper to mount it</source>
        <translation>das Volume ist nicht unter %1 eingehängt, und dieser Rechner hat keinen Device-Mapper, um es einzuhängen</translation>
    </message>
    <message>
        <source>no row counts were recorded before the move (--dbname while it ran)</source>
        <translation>vor dem Umzug wurden keine Zeilenzahlen erfasst (--dbname, solange er lief)</translation>
    </message>
    <message>
        <source>no service command and connection were given (--pg-start-command, --dbname)</source>
        <translation>es wurden kein Dienstbefehl und keine Verbindung angegeben (--pg-start-command, --dbname)</translation>
    </message>
    <message>
        <source>PostgreSQL %1 was not started on the new location and its row counts were not compared: %2. Once it is mounted there, run volume migrate-dir --check-postgres.</source>
        <translation>PostgreSQL %1 wurde am neuen Ort nicht gestartet und seine Zeilenzahlen wurden nicht verglichen: %2. Sobald es dort eingehängt ist, volume migrate-dir --check-postgres ausführen.</translation>
    </message>
</context>
<context>
    <name>MigrationRollbackJob</name>
    <message>
        <source>Roll back the migration of %1</source>
        <translation>Migration von %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Find the kept original</source>
        <translation>Aufbewahrtes Original suchen</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Zurücklegen</translation>
    </message>
    <message>
        <source>%1 has no migration journal (%2).</source>
        <translation>%1 hat kein Migrationsjournal (%2).</translation>
    </message>
    <message>
        <source>The journal of %1 belongs to the migration of %2, not %3.</source>
        <translation>Das Journal von %1 gehört zur Migration von %2, nicht von %3.</translation>
    </message>
    <message>
        <source>%1 was never switched over, so it is where it was. The image %2 is left as it is; remove it yourself when it is not wanted.</source>
        <translation>%1 wurde nie umgeschaltet und liegt daher noch an seinem Platz. Das Abbild %2 bleibt unverändert; entfernen Sie es selbst, wenn Sie es nicht brauchen.</translation>
    </message>
    <message>
        <source>%1 was already put back.</source>
        <translation>%1 wurde bereits zurückgelegt.</translation>
    </message>
    <message>
        <source>There is no %1.before-migration-* to put back.</source>
        <translation>Es gibt kein %1.before-migration-* zum Zurücklegen.</translation>
    </message>
    <message>
        <source>%1 is not a folder; nothing was changed.</source>
        <translation>%1 ist kein Ordner; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The volume is mounted at %1; stop what uses it and unmount it first.</source>
        <translation>Das Volume ist unter %1 eingehängt; beenden Sie, was es benutzt, und hängen Sie es zuerst aus.</translation>
    </message>
    <message>
        <source>%1 is not empty: something was written there after the switch-over. Move those files away first; Strongroom deletes nothing.</source>
        <translation>%1 ist nicht leer: Nach dem Umschalten wurde dort etwas geschrieben. Verschieben Sie diese Dateien zuerst an einen anderen Ort; Strongroom löscht nichts.</translation>
    </message>
    <message>
        <source>Cannot remove the mount point %1: %2</source>
        <translation>Der Einhängepunkt %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 back to %2: %3</source>
        <translation>%1 kann nicht zurück in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>%1 is back in place (it was kept as %2).</source>
        <translation>%1 ist wieder an seinem Platz (es war als %2 aufbewahrt).</translation>
    </message>
</context>
<context>
    <name>TreeVerifier</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>missing in the volume</source>
        <translation>fehlt im Volume</translation>
    </message>
    <message>
        <source>type differs (folder: %1, volume: %2)</source>
        <translation>Typ weicht ab (Ordner: %1, Volume: %2)</translation>
    </message>
    <message>
        <source>mode differs (folder: %1, volume: %2)</source>
        <translation>Rechte weichen ab (Ordner: %1, Volume: %2)</translation>
    </message>
    <message>
        <source>owner differs (folder: %1:%2, volume: %3:%4)</source>
        <translation>Eigentümer weicht ab (Ordner: %1:%2, Volume: %3:%4)</translation>
    </message>
    <message>
        <source>modification time differs (folder: %1.%2, volume: %3.%4)</source>
        <translation>Änderungszeit weicht ab (Ordner: %1.%2, Volume: %3.%4)</translation>
    </message>
    <message>
        <source>link count differs (folder: %1, volume: %2)</source>
        <translation>Anzahl der Links weicht ab (Ordner: %1, Volume: %2)</translation>
    </message>
    <message>
        <source>size differs (folder: %1, volume: %2)</source>
        <translation>Größe weicht ab (Ordner: %1, Volume: %2)</translation>
    </message>
    <message>
        <source>is a hard link in the folder but a separate file in the volume</source>
        <translation>ist im Ordner ein harter Link, im Volume aber eine eigene Datei</translation>
    </message>
    <message>
        <source>extended attribute %1 missing in the volume</source>
        <translation>erweitertes Attribut %1 fehlt im Volume</translation>
    </message>
    <message>
        <source>extended attribute %1 differs</source>
        <translation>erweitertes Attribut %1 weicht ab</translation>
    </message>
    <message>
        <source>extended attribute %1 only in the volume</source>
        <translation>erweitertes Attribut %1 nur im Volume</translation>
    </message>
    <message>
        <source>symlink target differs</source>
        <translation>Ziel des symbolischen Links weicht ab</translation>
    </message>
    <message>
        <source>contents differ (SHA-256)</source>
        <translation>Inhalt weicht ab (SHA-256)</translation>
    </message>
    <message>
        <source>only in the volume</source>
        <translation>nur im Volume</translation>
    </message>
</context>
<context>
    <name>MigrationSource</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is a mount point inside %2; a folder that spans file systems is not migrated. Unmount it or migrate it on its own.</source>
        <translation>%1 ist ein Einhängepunkt innerhalb von %2; ein Ordner über mehrere Dateisysteme wird nicht migriert. Hängen Sie es aus oder migrieren Sie es für sich.</translation>
    </message>
</context>
<context>
    <name>PlainImageBuilder</name>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot allocate %2 bytes: %3</source>
        <translation>%1: %2 Bytes können nicht belegt werden: %3</translation>
    </message>
    <message>
        <source>Cannot open the new file system in %1: %2</source>
        <translation>Das neue Dateisystem in %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot set the times of "%1" in the new file system: %2</source>
        <translation>Die Zeiten von „%1“ im neuen Dateisystem können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>mke2fs is not installed: apt install e2fsprogs.</source>
        <translation>mke2fs ist nicht installiert: apt install e2fsprogs.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>mke2fs -d failed on %1: %2</source>
        <translation>mke2fs -d ist bei %1 gescheitert: %2</translation>
    </message>
</context>
<context>
    <name>MigrationJournal</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a migration journal Strongroom can read (%2).</source>
        <translation>%1 ist kein Migrationsjournal, das Strongroom lesen kann (%2).</translation>
    </message>
    <message>
        <source>migration journal</source>
        <translation>Migrationsjournal</translation>
    </message>
</context>
<context>
    <name>MountConfig</name>
    <message>
        <source>Only root can write /etc/crypttab and /etc/fstab; add the lines shown by hand, or run this again as root.</source>
        <translation>Nur root kann /etc/crypttab und /etc/fstab schreiben; tragen Sie die gezeigten Zeilen von Hand ein oder führen Sie dies als root erneut aus.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The schedule file of "%1" is damaged or was edited by hand (name, kind, target, calendar or interval is missing).</source>
        <translation>Die Zeitplandatei von „%1“ ist beschädigt oder wurde von Hand bearbeitet (Name, Art, Ziel, Kalender oder Intervall fehlt).</translation>
    </message>
</context>
<context>
    <name>ScheduleJobs</name>
    <message>
        <source>Enable it later with: systemctl daemon-reload &amp;&amp; systemctl enable --now %1</source>
        <translation>Aktivieren Sie ihn später mit: systemctl daemon-reload &amp;&amp; systemctl enable --now %1</translation>
    </message>
    <message>
        <source>Enable it from a session of this user with: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %1 (loginctl enable-linger %2 keeps the user manager, and so the timer, running without a login).</source>
        <translation>Aktivieren Sie ihn aus einer Sitzung dieses Benutzers mit: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %1 (loginctl enable-linger %2 hält den Benutzerdienst und damit den Timer auch ohne Anmeldung am Laufen).</translation>
    </message>
    <message>
        <source>Add the schedule %1</source>
        <translation>Zeitplan %1 hinzufügen</translation>
    </message>
    <message>
        <source>Seal the key as a systemd credential</source>
        <translation>Schlüssel als systemd-Credential versiegeln</translation>
    </message>
    <message>
        <source>Write the service and timer units</source>
        <translation>Service- und Timer-Units schreiben</translation>
    </message>
    <message>
        <source>Check the units with systemd-analyze verify</source>
        <translation>Units mit systemd-analyze verify prüfen</translation>
    </message>
    <message>
        <source>Enable and start the timer</source>
        <translation>Timer aktivieren und starten</translation>
    </message>
    <message>
        <source>A schedule named "%1" exists already (%2). Remove it first with strongroom-cli schedule remove %1, or choose another name.</source>
        <translation>Ein Zeitplan namens „%1“ existiert bereits (%2). Entfernen Sie ihn zuerst mit strongroom-cli schedule remove %1 oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>No key to seal for the schedule %1.</source>
        <translation>Kein Schlüssel zum Versiegeln für den Zeitplan %1.</translation>
    </message>
    <message>
        <source>Key sealed into %1 (systemd-creds; the unit names only this file).</source>
        <translation>Schlüssel in %1 versiegelt (systemd-creds; die Unit nennt nur diese Datei).</translation>
    </message>
    <message>
        <source>The service reads the key file %1 through LoadCredential= at each run.</source>
        <translation>Der Dienst liest die Schlüsseldatei %1 bei jedem Lauf über LoadCredential=.</translation>
    </message>
    <message>
        <source>Cannot create the unit folder %1.</source>
        <translation>Der Unit-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>a unit file</source>
        <translation>eine Unit-Datei</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>The units are written to %1 and pass systemd-analyze verify, but the timer could not be enabled: %2 %3</source>
        <translation>Die Units sind nach %1 geschrieben und bestehen systemd-analyze verify, aber der Timer konnte nicht aktiviert werden: %2 %3</translation>
    </message>
    <message>
        <source>Schedule %1 added: %2 runs at "%3"%4.</source>
        <translation>Zeitplan %1 hinzugefügt: %2 läuft zu „%3“%4.</translation>
    </message>
    <message>
        <source>, next at %1 UTC</source>
        <translation>, als Nächstes um %1 UTC</translation>
    </message>
    <message>
        <source>Remove the schedule %1</source>
        <translation>Zeitplan %1 entfernen</translation>
    </message>
    <message>
        <source>Stop and disable the timer</source>
        <translation>Timer anhalten und deaktivieren</translation>
    </message>
    <message>
        <source>Remove the units and the sealed key</source>
        <translation>Units und versiegelten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>The timer was not disabled through systemd (%1); its unit file is removed all the same.</source>
        <translation>Der Timer wurde nicht über systemd deaktiviert (%1); seine Unit-Datei wird trotzdem entfernt.</translation>
    </message>
    <message>
        <source>Schedule %1 removed; its run reports stay in %2.</source>
        <translation>Zeitplan %1 entfernt; seine Laufberichte bleiben in %2.</translation>
    </message>
    <message>
        <source>Run the schedule %1 now</source>
        <translation>Zeitplan %1 jetzt ausführen</translation>
    </message>
    <message>
        <source>Start the service and wait for it</source>
        <translation>Dienst starten und auf ihn warten</translation>
    </message>
    <message>
        <source>Read the run report</source>
        <translation>Laufbericht lesen</translation>
    </message>
    <message>
        <source>%1 ran but wrote no run report.</source>
        <translation>%1 ist gelaufen, hat aber keinen Laufbericht geschrieben.</translation>
    </message>
    <message>
        <source>%1 Or run it in this terminal: strongroom-cli schedule exec %2 with the key options.</source>
        <translation>%1 Oder führen Sie ihn in diesem Terminal aus: strongroom-cli schedule exec %2 mit den Schlüsseloptionen.</translation>
    </message>
    <message>
        <source>The run of %1 failed: %2 (journalctl %3-u %4)</source>
        <translation>Der Lauf von %1 ist fehlgeschlagen: %2 (journalctl %3-u %4)</translation>
    </message>
</context>
<context>
    <name>ScheduleStore</name>
    <message>
        <source>the schedule file</source>
        <translation>die Zeitplandatei</translation>
    </message>
    <message>
        <source>"%1" is not a schedule name (lower-case letters, digits and -).</source>
        <translation>„%1“ ist kein Zeitplanname (Kleinbuchstaben, Ziffern und -).</translation>
    </message>
    <message>
        <source>There is no schedule "%1" (strongroom-cli schedule list shows them).</source>
        <translation>Es gibt keinen Zeitplan „%1“ (strongroom-cli schedule list zeigt sie an).</translation>
    </message>
    <message>
        <source>%1 is not a schedule file: %2</source>
        <translation>%1 ist keine Zeitplandatei: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>the run report</source>
        <translation>der Laufbericht</translation>
    </message>
</context>
<context>
    <name>ScheduledRunJob</name>
    <message>
        <source>the schedule&apos;s key</source>
        <translation>der Schlüssel des Zeitplans</translation>
    </message>
    <message>
        <source>the schedule&apos;s recipients</source>
        <translation>die Empfänger des Zeitplans</translation>
    </message>
    <message>
        <source>The backup of %1 needs its recipients or its passphrase: the service gives the passphrase with --key-file %d/%2.</source>
        <translation>Die Sicherung von %1 braucht ihre Empfänger oder ihre Passphrase: Der Dienst übergibt die Passphrase mit --key-file %d/%2.</translation>
    </message>
    <message>
        <source>Retention (%1) removed %2 older backups.</source>
        <translation>Die Aufbewahrung (%1) hat %2 ältere Sicherungen entfernt.</translation>
    </message>
    <message>
        <source>There is no backup in %1 to drill a restore with.</source>
        <translation>In %1 gibt es keine Sicherung für eine Wiederherstellungsprobe.</translation>
    </message>
    <message>
        <source>The drill of %1 needs the backups&apos; identity or passphrase: the service gives it with --key-file %d/%2.</source>
        <translation>Die Probe von %1 braucht die Identität oder Passphrase der Sicherungen: Der Dienst übergibt sie mit --key-file %d/%2.</translation>
    </message>
    <message>
        <source>Level 2 (every chunk authenticated, the table of contents read): the schedule names no server for a level-3 restore drill (schedule add drill --dbname).</source>
        <translation>Stufe 2 (jeder Block authentifiziert, das Inhaltsverzeichnis gelesen): Der Zeitplan nennt keinen Server für eine Wiederherstellungsprobe der Stufe 3 (schedule add drill --dbname).</translation>
    </message>
    <message>
        <source>Level 3: restored into a scratch database on %1, every count compared.</source>
        <translation>Stufe 3: in eine Wegwerf-Datenbank auf %1 wiederhergestellt, jede Zählung verglichen.</translation>
    </message>
    <message>
        <source>Scheduled run of %1</source>
        <translation>Geplanter Lauf von %1</translation>
    </message>
    <message>
        <source>Find the newest backup</source>
        <translation>Neueste Sicherung suchen</translation>
    </message>
    <message>
        <source>Verify it at the highest level</source>
        <translation>Sie auf der höchsten Stufe prüfen</translation>
    </message>
    <message>
        <source>Write the run report</source>
        <translation>Laufbericht schreiben</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Apply the retention policy</source>
        <translation>Aufbewahrungsrichtlinie anwenden</translation>
    </message>
    <message>
        <source>The backup of %1 needs its key: the service gives it with --key-file %d/%2.</source>
        <translation>Die Sicherung von %1 braucht ihren Schlüssel: Der Dienst übergibt ihn mit --key-file %d/%2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The run report could not be written: %1</source>
        <translation>Der Laufbericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Level 3: restored into a temporary PostgreSQL cluster started for the drill, every count compared.</source>
        <translation>Stufe 3: in einen eigens für die Probe gestarteten temporären PostgreSQL-Cluster wiederhergestellt, jede Zählung verglichen.</translation>
    </message>
</context>
<context>
    <name>SystemdTools</name>
    <message>
        <source>Cannot make a pipe for systemd-creds: %1</source>
        <translation>Für systemd-creds kann keine Pipe angelegt werden: %1</translation>
    </message>
    <message>
        <source>The key is too long to hand to systemd-creds.</source>
        <translation>Der Schlüssel ist zu lang, um ihn an systemd-creds zu übergeben.</translation>
    </message>
    <message>
        <source>%1 is not installed (Debian package "systemd"); schedules are systemd timers.</source>
        <translation>%1 ist nicht installiert (Debian-Paket „systemd“); Zeitpläne sind systemd-Timer.</translation>
    </message>
    <message>
        <source>systemd-creds could not seal the key as a credential (%1). It needs a TPM2 chip or a host credential key (/var/lib/systemd/credential.secret on a persistent disk, and a machine id), and for a user&apos;s schedule a running user manager. Alternatively give the key as a file that stays where it is: --key-file FILE --key-file-stays.</source>
        <translation>systemd-creds konnte den Schlüssel nicht als Credential versiegeln (%1). Dafür braucht es einen TPM2-Chip oder einen Credential-Schlüssel des Rechners (/var/lib/systemd/credential.secret auf einer dauerhaften Platte und eine Machine-ID) und für den Zeitplan eines Benutzers einen laufenden Benutzerdienst. Alternativ geben Sie den Schlüssel als Datei an, die an ihrem Ort bleibt: --key-file DATEI --key-file-stays.</translation>
    </message>
    <message>
        <source>it did not start</source>
        <translation>es ist nicht gestartet</translation>
    </message>
    <message>
        <source>systemd does not accept the calendar expression "%1": %2 (see man systemd.time, e.g. "Mon..Fri *-*-* 02:30").</source>
        <translation>systemd akzeptiert den Kalenderausdruck „%1“ nicht: %2 (siehe man systemd.time, z. B. „Mon..Fri *-*-* 02:30“).</translation>
    </message>
    <message>
        <source>The calendar expression "%1" does not repeat; a schedule needs one that does.</source>
        <translation>Der Kalenderausdruck „%1“ wiederholt sich nicht; ein Zeitplan braucht einen, der das tut.</translation>
    </message>
    <message>
        <source>systemd-analyze verify rejects the units: %1</source>
        <translation>systemd-analyze verify weist die Units zurück: %1</translation>
    </message>
    <message>
        <source>systemctl %1 failed: %2</source>
        <translation>systemctl %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>WatchStatus</name>
    <message>
        <source>%1 (%2 of %3) is overdue: its last successful run was at %4.</source>
        <translation>%1 (%2 von %3) ist überfällig: Sein letzter erfolgreicher Lauf war um %4.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3) is overdue: it never succeeded since it was added at %4.</source>
        <translation>%1 (%2 von %3) ist überfällig: Er war seit dem Hinzufügen um %4 nie erfolgreich.</translation>
    </message>
    <message>
        <source>The last run of %1 at %2 failed: %3</source>
        <translation>Der letzte Lauf von %1 um %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The backups of %1 in %2 have no successful restore drill yet.</source>
        <translation>Die Sicherungen von %1 in %2 haben noch keine erfolgreiche Wiederherstellungsprobe.</translation>
    </message>
    <message>
        <source>The backups of %1 in %2 are never drilled: add one with strongroom-cli schedule add drill %2 --weekly Sun 04:00.</source>
        <translation>Mit den Sicherungen von %1 in %2 wird nie eine Wiederherstellungsprobe gemacht: Fügen Sie eine hinzu mit strongroom-cli schedule add drill %2 --weekly Sun 04:00.</translation>
    </message>
    <message>
        <source>The last successful restore drill of the backups in %1 was at %2, more than %3 days ago.</source>
        <translation>Die letzte erfolgreiche Wiederherstellungsprobe der Sicherungen in %1 war um %2, vor mehr als %3 Tagen.</translation>
    </message>
    <message>
        <source>The last successful restore drill of the backups in %1 was run by hand at %2, more than %3 days ago.</source>
        <translation>Die letzte erfolgreiche Wiederherstellungsprobe der Sicherungen in %1 wurde um %2 von Hand ausgeführt, vor mehr als %3 Tagen.</translation>
    </message>
    <message>
        <source>The key %1 (%2) is %3 days old and was due for rotation on %4.</source>
        <translation>Der Schlüssel %1 (%2) ist %3 Tage alt und war am %4 zum Wechsel fällig.</translation>
    </message>
    <message>
        <source>Check schedules, drills and keys</source>
        <translation>Zeitpläne, Proben und Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Read the schedules and their reports</source>
        <translation>Zeitpläne und ihre Berichte lesen</translation>
    </message>
    <message>
        <source>List the keys</source>
        <translation>Schlüssel auflisten</translation>
    </message>
    <message>
        <source>All is well: %1 schedules, %2 keys, nothing overdue, failed or due.</source>
        <translation>Alles in Ordnung: %1 Zeitpläne, %2 Schlüssel, nichts überfällig, fehlgeschlagen oder fällig.</translation>
    </message>
    <message>
        <source>%1 findings need attention.</source>
        <translation>%1 Befunde brauchen Aufmerksamkeit.</translation>
    </message>
</context>
<context>
    <name>SecurityAudit</name>
    <message>
        <source>The file starts with "SQLite format 3": it is not encrypted.</source>
        <translation>Die Datei beginnt mit „SQLite format 3“: Sie ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Anyone who can read the file or a copy of it reads every row.</source>
        <translation>Wer die Datei oder eine Kopie davon lesen kann, liest jede Zeile.</translation>
    </message>
    <message>
        <source>Encrypt it: strongroom-cli db encrypt %1 --new-key-env NAME</source>
        <translation>Verschlüsseln Sie sie: strongroom-cli db encrypt %1 --new-key-env NAME</translation>
    </message>
    <message>
        <source>No plain header: the file is encrypted.</source>
        <translation>Kein Klartext-Kopf: Die Datei ist verschlüsselt.</translation>
    </message>
    <message>
        <source>An encrypted file keeps its rows from whoever copies it.</source>
        <translation>Eine verschlüsselte Datei schützt ihre Zeilen vor jedem, der sie kopiert.</translation>
    </message>
    <message>
        <source>No key was given, so the KDF and HMAC settings were not read.</source>
        <translation>Es wurde kein Schlüssel angegeben, daher wurden die KDF- und HMAC-Einstellungen nicht gelesen.</translation>
    </message>
    <message>
        <source>Weak settings make a stolen copy cheap to attack.</source>
        <translation>Schwache Einstellungen machen den Angriff auf eine gestohlene Kopie billig.</translation>
    </message>
    <message>
        <source>Run the audit with --key-env, --key-file or --passphrase-stdin for this database.</source>
        <translation>Führen Sie das Audit für diese Datenbank mit --key-env, --key-file oder --passphrase-stdin aus.</translation>
    </message>
    <message>
        <source>Give the key of this database (and --kdf-iter N when it was made with its own) to check its settings.</source>
        <translation>Geben Sie den Schlüssel dieser Datenbank an (und --kdf-iter N, wenn sie mit eigenem Wert erstellt wurde), um ihre Einstellungen zu prüfen.</translation>
    </message>
    <message>
        <source>kdf_iter = %1; the key is a raw key, which skips the KDF.</source>
        <translation>kdf_iter = %1; der Schlüssel ist ein Rohschlüssel, der die KDF überspringt.</translation>
    </message>
    <message>
        <source>kdf_iter = %1 (%2).</source>
        <translation>kdf_iter = %1 (%2).</translation>
    </message>
    <message>
        <source>Each guess at a passphrase costs the attacker kdf_iter PBKDF2 rounds; below 256,000 guessing is cheap.</source>
        <translation>Jeder Rateversuch einer Passphrase kostet den Angreifer kdf_iter PBKDF2-Runden; unter 256.000 ist Raten billig.</translation>
    </message>
    <message>
        <source>Migrate to SQLCipher 4 settings: strongroom-cli db migrate %1</source>
        <translation>Auf SQLCipher-4-Einstellungen migrieren: strongroom-cli db migrate %1</translation>
    </message>
    <message>
        <source>Page HMAC on (%1).</source>
        <translation>Seiten-HMAC an (%1).</translation>
    </message>
    <message>
        <source>Page HMAC off (SQLCipher 1 settings).</source>
        <translation>Seiten-HMAC aus (SQLCipher-1-Einstellungen).</translation>
    </message>
    <message>
        <source>Without page HMACs a changed page is not detected.</source>
        <translation>Ohne Seiten-HMACs wird eine veränderte Seite nicht erkannt.</translation>
    </message>
    <message>
        <source>Migrate it: strongroom-cli db migrate %1</source>
        <translation>Migrieren Sie sie: strongroom-cli db migrate %1</translation>
    </message>
    <message>
        <source>Cannot read its mode.</source>
        <translation>Ihre Zugriffsrechte können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Mode %1, owner uid %2.</source>
        <translation>Rechte %1, Eigentümer-UID %2.</translation>
    </message>
    <message>
        <source>A key file that others can read gives them the data it opens.</source>
        <translation>Eine Schlüsseldatei, die andere lesen können, gibt ihnen die Daten, die sie öffnet.</translation>
    </message>
    <message>
        <source>chmod 600 %1 &amp;&amp; chown %2 %1</source>
        <translation>chmod 600 %1 &amp;&amp; chown %2 %1</translation>
    </message>
    <message>
        <source>Line %1 assigns %2 (a value of %3 characters, not shown)%4; near %5.</source>
        <translation>Zeile %1 weist %2 zu (ein Wert mit %3 Zeichen, nicht angezeigt)%4; nahe %5.</translation>
    </message>
    <message>
        <source>, and the file is readable by others</source>
        <translation>, und die Datei ist für andere lesbar</translation>
    </message>
    <message>
        <source>A key beside the database is taken with it: whoever reads the folder or a backup of it has both.</source>
        <translation>Ein Schlüssel neben der Datenbank wird mit ihr mitgenommen: Wer den Ordner oder eine Sicherung davon liest, hat beides.</translation>
    </message>
    <message>
        <source>Move the key out of %1 into a systemd credential or the desktop keyring, give it to the application at start (LoadCredential=, --key-file with mode 0600 elsewhere), and rekey the database, since the old key must be taken as known.</source>
        <translation>Verschieben Sie den Schlüssel aus %1 in ein systemd-Credential oder den Schlüsselbund des Desktops, übergeben Sie ihn der Anwendung beim Start (LoadCredential=, --key-file mit Rechten 0600 an anderem Ort) und verschlüsseln Sie die Datenbank neu, denn der alte Schlüssel muss als bekannt gelten.</translation>
    </message>
    <message>
        <source>No .env or config file in its folder or its parents assigns a key, secret or password.</source>
        <translation>Keine .env- oder Konfigurationsdatei in ihrem Ordner oder dessen Elternordnern weist einen Schlüssel, ein Geheimnis oder ein Passwort zu.</translation>
    </message>
    <message>
        <source>A key beside the database is taken with it.</source>
        <translation>Ein Schlüssel neben der Datenbank wird mit ihr mitgenommen.</translation>
    </message>
    <message>
        <source>%1 backups, none plain.</source>
        <translation>%1 Sicherungen, keine unverschlüsselt.</translation>
    </message>
    <message>
        <source>Not encrypted: %1</source>
        <translation>Nicht verschlüsselt: %1</translation>
    </message>
    <message>
        <source>A plain backup undoes the database&apos;s encryption.</source>
        <translation>Eine unverschlüsselte Sicherung macht die Verschlüsselung der Datenbank zunichte.</translation>
    </message>
    <message>
        <source>Remove them after taking encrypted backups.</source>
        <translation>Entfernen Sie sie, nachdem Sie verschlüsselte Sicherungen erstellt haben.</translation>
    </message>
    <message>
        <source>No backup is readable by others.</source>
        <translation>Keine Sicherung ist für andere lesbar.</translation>
    </message>
    <message>
        <source>Readable by others: %1</source>
        <translation>Für andere lesbar: %1</translation>
    </message>
    <message>
        <source>Other users can copy the backups and attack them offline.</source>
        <translation>Andere Benutzer können die Sicherungen kopieren und offline angreifen.</translation>
    </message>
    <message>
        <source>chmod 600 the files and chmod 700 %1</source>
        <translation>chmod 600 für die Dateien und chmod 700 %1</translation>
    </message>
    <message>
        <source>The newest backup is from %1 (%2 days ago).</source>
        <translation>Die neueste Sicherung ist vom %1 (vor %2 Tagen).</translation>
    </message>
    <message>
        <source>There is no backup.</source>
        <translation>Es gibt keine Sicherung.</translation>
    </message>
    <message>
        <source>A backup older than a week loses a week of data.</source>
        <translation>Mit einer Sicherung, die älter als eine Woche ist, geht eine Woche an Daten verloren.</translation>
    </message>
    <message>
        <source>Schedule one: strongroom-cli schedule add backup DB --daily 02:30 --dir %1</source>
        <translation>Planen Sie eine: strongroom-cli schedule add backup DB --daily 02:30 --dir %1</translation>
    </message>
    <message>
        <source>A backup schedule applies a retention policy.</source>
        <translation>Ein Sicherungszeitplan wendet eine Aufbewahrungsrichtlinie an.</translation>
    </message>
    <message>
        <source>No schedule applies a retention policy to this folder.</source>
        <translation>Kein Zeitplan wendet eine Aufbewahrungsrichtlinie auf diesen Ordner an.</translation>
    </message>
    <message>
        <source>Without retention the folder grows until the disk is full and backups stop.</source>
        <translation>Ohne Aufbewahrungsrichtlinie wächst der Ordner, bis die Platte voll ist und die Sicherungen aufhören.</translation>
    </message>
    <message>
        <source>Add --keep-daily 7 --keep-weekly 4 to the backup schedule.</source>
        <translation>Ergänzen Sie den Sicherungszeitplan um --keep-daily 7 --keep-weekly 4.</translation>
    </message>
    <message>
        <source>The last successful restore drill was at %1.</source>
        <translation>Die letzte erfolgreiche Wiederherstellungsprobe war um %1.</translation>
    </message>
    <message>
        <source>The last successful restore drill was run by hand at %1.</source>
        <translation>Die letzte erfolgreiche Wiederherstellungsprobe wurde um %1 von Hand ausgeführt.</translation>
    </message>
    <message>
        <source>No restore drill has succeeded for this folder.</source>
        <translation>Für diesen Ordner ist noch keine Wiederherstellungsprobe gelungen.</translation>
    </message>
    <message>
        <source>A backup nobody restores may not restore.</source>
        <translation>Eine Sicherung, die niemand wiederherstellt, lässt sich vielleicht nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>strongroom-cli schedule add drill %1 --weekly Sun 04:00</source>
        <translation>strongroom-cli schedule add drill %1 --weekly Sun 04:00</translation>
    </message>
    <message>
        <source>%1 slot %2</source>
        <translation>%1 Schlüsselplatz %2</translation>
    </message>
    <message>
        <source>PBKDF2 with %1 iterations: about %2 s per guess on this machine.</source>
        <translation>PBKDF2 mit %1 Iterationen: etwa %2 s pro Rateversuch auf diesem Rechner.</translation>
    </message>
    <message>
        <source>PBKDF2 is cheap on GPUs; below a second per guess here, a passphrase falls fast.</source>
        <translation>PBKDF2 ist auf GPUs billig; unter einer Sekunde pro Rateversuch hier fällt eine Passphrase schnell.</translation>
    </message>
    <message>
        <source>strongroom-cli volume retune %1 --slot %2 (argon2id, at least 256 MiB)</source>
        <translation>strongroom-cli volume retune %1 --slot %2 (argon2id, mindestens 256 MiB)</translation>
    </message>
    <message>
        <source>%1 with %2 MiB and %3 iterations.</source>
        <translation>%1 mit %2 MiB und %3 Iterationen.</translation>
    </message>
    <message>
        <source>Memory is what makes argon2 costly on GPUs; below 256 MiB that cost is small.</source>
        <translation>Speicher macht argon2 auf GPUs teuer; unter 256 MiB sind diese Kosten gering.</translation>
    </message>
    <message>
        <source>strongroom-cli volume retune %1 --slot %2</source>
        <translation>strongroom-cli volume retune %1 --slot %2</translation>
    </message>
    <message>
        <source>A slot is named recovery.</source>
        <translation>Ein Schlüsselplatz heißt recovery.</translation>
    </message>
    <message>
        <source>No slot is named recovery.</source>
        <translation>Kein Schlüsselplatz heißt recovery.</translation>
    </message>
    <message>
        <source>Without a recovery key, a forgotten passphrase loses the volume.</source>
        <translation>Ohne Wiederherstellungsschlüssel ist das Volume mit einer vergessenen Passphrase verloren.</translation>
    </message>
    <message>
        <source>Add one with the Volumes page&apos;s key-slot dialog (Recovery key).</source>
        <translation>Fügen Sie einen über den Schlüsselplatz-Dialog der Seite „Volumes“ hinzu (Wiederherstellungsschlüssel).</translation>
    </message>
    <message>
        <source>%1 active slots, %2 without a name.</source>
        <translation>%1 aktive Schlüsselplätze, %2 ohne Namen.</translation>
    </message>
    <message>
        <source>A slot nobody can account for may be a key someone kept.</source>
        <translation>Ein Schlüsselplatz, den niemand zuordnen kann, ist vielleicht ein Schlüssel, den jemand behalten hat.</translation>
    </message>
    <message>
        <source>Prove each slot with strongroom-cli volume test-key and remove the ones nobody holds.</source>
        <translation>Prüfen Sie jeden Schlüsselplatz mit strongroom-cli volume test-key und entfernen Sie die, deren Schlüssel niemand hat.</translation>
    </message>
    <message>
        <source>A damaged LUKS header loses the whole volume; only a header backup brings it back, and an old one brings back the key slots of its time.</source>
        <translation>Mit einem beschädigten LUKS-Header ist das ganze Volume verloren; nur eine Header-Sicherung bringt es zurück, und eine alte bringt die Schlüsselplätze ihrer Zeit zurück.</translation>
    </message>
    <message>
        <source>strongroom-cli volume header-backup %1 FILE (keep FILE off this disk)</source>
        <translation>strongroom-cli volume header-backup %1 DATEI (DATEI nicht auf dieser Platte aufbewahren)</translation>
    </message>
    <message>
        <source>The audit log records no header backup of this image.</source>
        <translation>Das Audit-Protokoll verzeichnet keine Header-Sicherung dieses Abbilds.</translation>
    </message>
    <message>
        <source>The header backup of %1 (%2) is not there any more (or lies on another disk).</source>
        <translation>Die Header-Sicherung von %1 (%2) ist nicht mehr vorhanden (oder liegt auf einer anderen Platte).</translation>
    </message>
    <message>
        <source>The newest header backup (%1) is older than the last key slot change (%2 at %3).</source>
        <translation>Die neueste Header-Sicherung (%1) ist älter als die letzte Änderung eines Schlüsselplatzes (%2 um %3).</translation>
    </message>
    <message>
        <source>and destroy the older header backups: they still hold the old slots.</source>
        <translation>und vernichten Sie die älteren Header-Sicherungen: Sie enthalten noch die alten Schlüsselplätze.</translation>
    </message>
    <message>
        <source>Header backup %1 at %2, after the last key slot change.</source>
        <translation>Header-Sicherung %1 um %2, nach der letzten Änderung eines Schlüsselplatzes.</translation>
    </message>
    <message>
        <source>A backup whose only key is lost, or sits on the machine that failed, cannot be restored.</source>
        <translation>Eine Sicherung, deren einziger Schlüssel verloren ist oder auf dem ausgefallenen Rechner liegt, lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Recovery sheet %1 exists; print it and keep it apart from this machine.</source>
        <translation>Das Wiederherstellungsblatt %1 existiert; drucken Sie es und bewahren Sie es getrennt von diesem Rechner auf.</translation>
    </message>
    <message>
        <source>No recovery sheet beside the identity (%1).</source>
        <translation>Kein Wiederherstellungsblatt neben der Identität (%1).</translation>
    </message>
    <message>
        <source>Write one and keep it offline: strongroom-cli key generate makes it with new keys; for this one, print the identity file itself and store it like a key.</source>
        <translation>Erstellen Sie eines und bewahren Sie es offline auf: strongroom-cli key generate erstellt es mit neuen Schlüsseln; für diese Identität drucken Sie die Identitätsdatei selbst und verwahren Sie sie wie einen Schlüssel.</translation>
    </message>
    <message>
        <source>%1: where a copy of this database key is kept cannot be seen from here.</source>
        <translation>%1: Wo eine Kopie dieses Datenbankschlüssels aufbewahrt wird, ist von hier aus nicht zu sehen.</translation>
    </message>
    <message>
        <source>Check that a copy of the key (or its recovery sheet from the conversion wizard) is kept offline, apart from the backups.</source>
        <translation>Prüfen Sie, dass eine Kopie des Schlüssels (oder sein Wiederherstellungsblatt aus dem Umwandlungsassistenten) offline und getrennt von den Sicherungen aufbewahrt wird.</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>The CPU flags include aes.</source>
        <translation>Die CPU-Flags enthalten aes.</translation>
    </message>
    <message>
        <source>The CPU flags do not include aes.</source>
        <translation>Die CPU-Flags enthalten kein aes.</translation>
    </message>
    <message>
        <source>Without AES instructions encryption is slower and table-based AES may leak through caches.</source>
        <translation>Ohne AES-Befehle ist die Verschlüsselung langsamer, und tabellenbasiertes AES kann über Caches Daten preisgeben.</translation>
    </message>
    <message>
        <source>Prefer a CPU with AES-NI for encrypted volumes and databases.</source>
        <translation>Verwenden Sie für verschlüsselte Volumes und Datenbanken bevorzugt eine CPU mit AES-NI.</translation>
    </message>
    <message>
        <source>No swap is active.</source>
        <translation>Kein Auslagerungsspeicher ist aktiv.</translation>
    </message>
    <message>
        <source>Swap on encrypted or memory devices only: %1</source>
        <translation>Auslagerungsspeicher nur auf verschlüsselten oder Speichergeräten: %1</translation>
    </message>
    <message>
        <source>Swap not encrypted: %1</source>
        <translation>Auslagerungsspeicher nicht verschlüsselt: %1</translation>
    </message>
    <message>
        <source>Keys and decrypted pages can be swapped out and stay on the disk in the clear.</source>
        <translation>Schlüssel und entschlüsselte Seiten können ausgelagert werden und bleiben im Klartext auf der Platte.</translation>
    </message>
    <message>
        <source>Encrypt swap (a random key in /etc/crypttab: swap /dev/... /dev/urandom swap) or use zram.</source>
        <translation>Verschlüsseln Sie den Auslagerungsspeicher (ein Zufallsschlüssel in /etc/crypttab: swap /dev/... /dev/urandom swap) oder verwenden Sie zram.</translation>
    </message>
    <message>
        <source>Strongroom&apos;s processes are %1 (prctl PR_GET_DUMPABLE = %2).</source>
        <translation>Die Prozesse von Strongroom sind %1 (prctl PR_GET_DUMPABLE = %2).</translation>
    </message>
    <message>
        <source>not dumpable</source>
        <translation>nicht dumpbar</translation>
    </message>
    <message>
        <source>dumpable</source>
        <translation>dumpbar</translation>
    </message>
    <message>
        <source>A core dump holds the keys that were in memory.</source>
        <translation>Ein Core-Dump enthält die Schlüssel, die im Speicher waren.</translation>
    </message>
    <message>
        <source>Report this: every Strongroom program turns core dumps off at start.</source>
        <translation>Melden Sie das: Jedes Strongroom-Programm schaltet Core-Dumps beim Start ab.</translation>
    </message>
    <message>
        <source>%1 lines, chain intact.</source>
        <translation>%1 Zeilen, Kette intakt.</translation>
    </message>
    <message>
        <source>There is no audit log yet.</source>
        <translation>Es gibt noch kein Audit-Protokoll.</translation>
    </message>
    <message>
        <source>Broken at line %1: %2</source>
        <translation>Unterbrochen in Zeile %1: %2</translation>
    </message>
    <message>
        <source>The audit log is the record of who changed keys and data; an edited log hides that.</source>
        <translation>Das Audit-Protokoll hält fest, wer Schlüssel und Daten geändert hat; ein bearbeitetes Protokoll verbirgt das.</translation>
    </message>
    <message>
        <source>Run strongroom-cli audit verify for the details, and compare with journalctl -t strongroom.</source>
        <translation>Führen Sie strongroom-cli audit verify für die Einzelheiten aus und vergleichen Sie mit journalctl -t strongroom.</translation>
    </message>
    <message>
        <source>The log is the user&apos;s to write; the journal is not. Lines missing from either side mean one of them was edited.</source>
        <translation>Das Protokoll kann der Benutzer schreiben, das Journal nicht. Fehlen auf einer Seite Zeilen, wurde eines von beiden bearbeitet.</translation>
    </message>
    <message>
        <source>Not compared with the system journal: %1</source>
        <translation>Nicht mit dem Systemjournal verglichen: %1</translation>
    </message>
    <message>
        <source>Compare by hand where the journal is kept: journalctl -t strongroom -o json.</source>
        <translation>Vergleichen Sie von Hand dort, wo das Journal geführt wird: journalctl -t strongroom -o json.</translation>
    </message>
    <message>
        <source>%1 lines are missing from the journal and %2 journal entries from the log.</source>
        <translation>Im Journal fehlen %1 Zeilen und im Protokoll %2 Journaleinträge.</translation>
    </message>
    <message>
        <source>Run strongroom-cli audit verify for the lines, and find out who changed what.</source>
        <translation>Führen Sie strongroom-cli audit verify für die Zeilen aus und finden Sie heraus, wer was geändert hat.</translation>
    </message>
    <message>
        <source>The journal holds the same %1 lines.</source>
        <translation>Das Journal enthält dieselben %1 Zeilen.</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Cannot be seen from this machine.</source>
        <translation>Von diesem Rechner aus nicht erkennbar.</translation>
    </message>
    <message>
        <source>One person holding every key and every backup can lose or take all data alone.</source>
        <translation>Eine Person, die jeden Schlüssel und jede Sicherung hat, kann alle Daten allein verlieren oder mitnehmen.</translation>
    </message>
    <message>
        <source>Check that recovery keys are held by two people, or split, and that key changes need a second person&apos;s review.</source>
        <translation>Prüfen Sie, dass Wiederherstellungsschlüssel von zwei Personen verwahrt oder aufgeteilt werden und dass Schlüsseländerungen von einer zweiten Person geprüft werden müssen.</translation>
    </message>
    <message>
        <source>other hosts</source>
        <translation>andere Rechner</translation>
    </message>
    <message>
        <source>An expired certificate stops TLS connections or pushes people to turn verification off.</source>
        <translation>Ein abgelaufenes Zertifikat unterbricht TLS-Verbindungen oder verleitet dazu, die Prüfung abzuschalten.</translation>
    </message>
    <message>
        <source>Check that the expiry of the database servers&apos; and backup targets&apos; certificates is monitored, with a warning at least 30 days ahead.</source>
        <translation>Prüfen Sie, dass der Ablauf der Zertifikate der Datenbankserver und Sicherungsziele überwacht wird, mit einer Warnung mindestens 30 Tage vorher.</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups on the same machine are lost with it.</source>
        <translation>Sicherungen auf demselben Rechner gehen mit ihm verloren.</translation>
    </message>
    <message>
        <source>Check that an age copy (strongroom-cli backup export) goes offsite and that its identity is kept apart from it.</source>
        <translation>Prüfen Sie, dass eine age-Kopie (strongroom-cli backup export) außer Haus gelagert und ihre Identität getrennt davon aufbewahrt wird.</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Without TLS, passwords and rows cross the network readable and changeable; without verify-full, a machine in the middle can pose as the server.</source>
        <translation>Ohne TLS gehen Passwörter und Zeilen lesbar und veränderbar über das Netz; ohne verify-full kann sich ein Rechner dazwischen als der Server ausgeben.</translation>
    </message>
    <message>
        <source>This connection uses a Unix socket, where TLS does not apply; the server has ssl = %1.</source>
        <translation>Diese Verbindung verwendet einen Unix-Socket, bei dem TLS nicht greift; der Server hat ssl = %1.</translation>
    </message>
    <message>
        <source>Clients that connect over TCP talk to this server unencrypted: set ssl = on with ssl_cert_file and ssl_key_file, and use hostssl lines in pg_hba.conf.</source>
        <translation>Clients, die sich über TCP verbinden, sprechen unverschlüsselt mit diesem Server: Setzen Sie ssl = on mit ssl_cert_file und ssl_key_file und verwenden Sie hostssl-Zeilen in pg_hba.conf.</translation>
    </message>
    <message>
        <source>No TLS on this connection (sslmode=%1); the server has ssl = %2.</source>
        <translation>Kein TLS auf dieser Verbindung (sslmode=%1); der Server hat ssl = %2.</translation>
    </message>
    <message>
        <source>Turn TLS on at the server (ssl = on, hostssl in pg_hba.conf) and connect with sslmode=verify-full sslrootcert=CA-FILE.</source>
        <translation>Schalten Sie TLS am Server ein (ssl = on, hostssl in pg_hba.conf) und verbinden Sie sich mit sslmode=verify-full sslrootcert=CA-DATEI.</translation>
    </message>
    <message>
        <source>TLS (%1, %2) with sslmode=%3: the server&apos;s certificate name is not verified.</source>
        <translation>TLS (%1, %2) mit sslmode=%3: Der Name im Zertifikat des Servers wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Connect with sslmode=verify-full and sslrootcert set to the CA that signed the server&apos;s certificate.</source>
        <translation>Verbinden Sie sich mit sslmode=verify-full und sslrootcert auf die CA gesetzt, die das Zertifikat des Servers signiert hat.</translation>
    </message>
    <message>
        <source>TLS (%1, %2) with sslmode=verify-full.</source>
        <translation>TLS (%1, %2) mit sslmode=verify-full.</translation>
    </message>
    <message>
        <source>TLS 1.0 and 1.1 have known weaknesses; a server that accepts them lets a client be talked down to them.</source>
        <translation>TLS 1.0 und 1.1 haben bekannte Schwächen; ein Server, der sie annimmt, lässt zu, dass ein Client auf sie herabgestuft wird.</translation>
    </message>
    <message>
        <source>This role may not read ssl_min_protocol_version.</source>
        <translation>Diese Rolle darf ssl_min_protocol_version nicht lesen.</translation>
    </message>
    <message>
        <source>Check it as a superuser or a member of pg_read_all_settings: SHOW ssl_min_protocol_version;</source>
        <translation>Prüfen Sie es als Superuser oder Mitglied von pg_read_all_settings: SHOW ssl_min_protocol_version;</translation>
    </message>
    <message>
        <source>ssl_min_protocol_version = %1.</source>
        <translation>ssl_min_protocol_version = %1.</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET ssl_min_protocol_version = &apos;TLSv1.2&apos;; SELECT pg_reload_conf();</source>
        <translation>ALTER SYSTEM SET ssl_min_protocol_version = &apos;TLSv1.2&apos;; SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>An md5 hash is enough to log in and cheap to crack; SCRAM-SHA-256 stores neither a password nor a replayable hash.</source>
        <translation>Ein md5-Hash genügt zur Anmeldung und ist billig zu knacken; SCRAM-SHA-256 speichert weder ein Passwort noch einen wiederverwendbaren Hash.</translation>
    </message>
    <message>
        <source>password_encryption could not be read.</source>
        <translation>password_encryption konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check it on the server: SHOW password_encryption;</source>
        <translation>Prüfen Sie es auf dem Server: SHOW password_encryption;</translation>
    </message>
    <message>
        <source>password_encryption = %1.</source>
        <translation>password_encryption = %1.</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET password_encryption = &apos;scram-sha-256&apos;; SELECT pg_reload_conf(); then set every role&apos;s password again (ALTER ROLE ... PASSWORD) and use scram-sha-256 in pg_hba.conf.</source>
        <translation>ALTER SYSTEM SET password_encryption = &apos;scram-sha-256&apos;; SELECT pg_reload_conf(); setzen Sie dann das Passwort jeder Rolle neu (ALTER ROLE ... PASSWORD) und verwenden Sie scram-sha-256 in pg_hba.conf.</translation>
    </message>
    <message>
        <source>password_encryption = scram-sha-256.</source>
        <translation>password_encryption = scram-sha-256.</translation>
    </message>
    <message>
        <source>A data directory on a plain disk gives every row to whoever takes the disk or an image of it.</source>
        <translation>Ein Datenverzeichnis auf einer unverschlüsselten Platte gibt jede Zeile jedem, der die Platte oder ein Abbild davon mitnimmt.</translation>
    </message>
    <message>
        <source>Move the data directory (%1) to a LUKS volume: stop the server, copy it with its modes, point data_directory at it, start.</source>
        <translation>Verschieben Sie das Datenverzeichnis (%1) auf ein LUKS-Volume: Server anhalten, mit seinen Rechten kopieren, data_directory darauf zeigen lassen, starten.</translation>
    </message>
    <message>
        <source>Check on the server&apos;s host that the data directory lies on an encrypted device (lsblk -o NAME,TYPE,MOUNTPOINT shows a crypt layer under it).</source>
        <translation>Prüfen Sie auf dem Rechner des Servers, dass das Datenverzeichnis auf einem verschlüsselten Gerät liegt (lsblk -o NAME,TYPE,MOUNTPOINT zeigt eine crypt-Schicht darunter).</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>A connection the console keeps but cannot reach was not audited.</source>
        <translation>Eine Verbindung, die die Konsole kennt, aber nicht erreicht, wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Make the server reachable (and its password known to libpq through ~/.pgpass), or remove the connection.</source>
        <translation>Machen Sie den Server erreichbar (und sein Passwort libpq über ~/.pgpass bekannt) oder entfernen Sie die Verbindung.</translation>
    </message>
    <message>
        <source>Security audit</source>
        <translation>Sicherheitsaudit</translation>
    </message>
    <message>
        <source>Find databases, keys, backups and volumes</source>
        <translation>Datenbanken, Schlüssel, Sicherungen und Volumes suchen</translation>
    </message>
    <message>
        <source>Check what was found</source>
        <translation>Das Gefundene prüfen</translation>
    </message>
    <message>
        <source>Check the PostgreSQL connections</source>
        <translation>PostgreSQL-Verbindungen prüfen</translation>
    </message>
    <message>
        <source>Check the keys</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Check this machine</source>
        <translation>Diesen Rechner prüfen</translation>
    </message>
    <message>
        <source>%1: %2 days old, due on %3 (rotation every %4 days).</source>
        <translation>%1: %2 Tage alt, fällig am %3 (Wechsel alle %4 Tage).</translation>
    </message>
    <message>
        <source>A key that never changes has had the longest time to leak.</source>
        <translation>Ein Schlüssel, der nie gewechselt wird, hatte die längste Zeit, um bekannt zu werden.</translation>
    </message>
    <message>
        <source>Rotate it: db rekey, key rewrap or volume change-key, as its kind needs.</source>
        <translation>Wechseln Sie ihn: db rekey, key rewrap oder volume change-key, je nach Art.</translation>
    </message>
    <message>
        <source>%1 checks: %2 pass, %3 warn, %4 fail, %5 manual.</source>
        <translation>%1 Prüfungen: %2 bestanden, %3 Warnungen, %4 fehlgeschlagen, %5 manuell.</translation>
    </message>
    <message>
        <source>A catalog that cannot be read hides what the folder holds from pruning, drills and this audit.</source>
        <translation>Ein Katalog, der sich nicht lesen lässt, verbirgt den Inhalt des Ordners vor dem Aufräumen, den Proben und dieser Prüfung.</translation>
    </message>
    <message>
        <source>Check the file with strongroom-cli pg backup list %1</source>
        <translation>Prüfen Sie die Datei mit strongroom-cli pg backup list %1</translation>
    </message>
    <message>
        <source>%1 PostgreSQL backups; all %2 files age-encrypted, no plain dump.</source>
        <translation>%1 PostgreSQL-Sicherungen; alle %2 Dateien mit age verschlüsselt, kein unverschlüsselter Dump.</translation>
    </message>
    <message>
        <source>A plain dump holds every row of the database for whoever reads it.</source>
        <translation>Ein unverschlüsselter Dump enthält jede Zeile der Datenbank für jeden, der ihn liest.</translation>
    </message>
    <message>
        <source>Delete the plain dumps (after strongroom-cli pg backup made encrypted ones) and check where else copies went.</source>
        <translation>Löschen Sie die unverschlüsselten Dumps (nachdem strongroom-cli pg backup verschlüsselte erstellt hat) und prüfen Sie, wohin sonst Kopien gelangt sind.</translation>
    </message>
    <message>
        <source>Schedule one: strongroom-cli schedule add backup &quot;dbname=DB&quot; --dir %1 --daily 02:30 --recipient age1... --keep-daily 7</source>
        <translation>Planen Sie eine: strongroom-cli schedule add backup &quot;dbname=DB&quot; --dir %1 --daily 02:30 --recipient age1... --keep-daily 7</translation>
    </message>
    <message>
        <source>schedule %1 (%2)</source>
        <translation>Zeitplan %1 (%2)</translation>
    </message>
    <message>
        <source>the console&apos;s Back Up Now</source>
        <translation>„Jetzt sichern“ der Konsole</translation>
    </message>
    <message>
        <source>Retention is applied by %1.</source>
        <translation>Die Aufbewahrungsregeln wendet %1 an.</translation>
    </message>
    <message>
        <source>Add --keep-daily 7 --keep-weekly 4 --keep-monthly 12 to the backup schedule, or run strongroom-cli pg backup prune %1 --keep-daily 7 after each backup.</source>
        <translation>Ergänzen Sie den Sicherungszeitplan um --keep-daily 7 --keep-weekly 4 --keep-monthly 12, oder führen Sie nach jeder Sicherung strongroom-cli pg backup prune %1 --keep-daily 7 aus.</translation>
    </message>
    <message>
        <source>The newest restore drill (%1, of %2) found row counts that differ from the backup&apos;s manifest.</source>
        <translation>Die neueste Wiederherstellungsprobe (%1, von %2) fand Zeilenzahlen, die vom Manifest der Sicherung abweichen.</translation>
    </message>
    <message>
        <source>Find out why with strongroom-cli pg verify --level 3 on that backup, and take a new backup.</source>
        <translation>Finden Sie mit strongroom-cli pg verify --level 3 an dieser Sicherung den Grund heraus, und erstellen Sie eine neue Sicherung.</translation>
    </message>
    <message>
        <source>%1: its recovery copy is recorded as kept at &quot;%2&quot; (recorded %3).</source>
        <translation>%1: Als Aufbewahrungsort der Wiederherstellungskopie ist „%2“ vermerkt (vermerkt am %3).</translation>
    </message>
    <message>
        <source>Keep a copy offline, apart from the backups, then record where: strongroom-cli key record-recovery %1 --where &quot;...&quot; (or the Keys page&apos;s Record Recovery Copy).</source>
        <translation>Bewahren Sie eine Kopie offline und getrennt von den Sicherungen auf und vermerken Sie dann, wo: strongroom-cli key record-recovery %1 --where &quot;...&quot; (oder „Wiederherstellungskopie vermerken“ auf der Seite Schlüssel).</translation>
    </message>
    <message>
        <source>%1: no recovery copy of this database key is recorded.</source>
        <translation>%1: Für diesen Datenbankschlüssel ist keine Wiederherstellungskopie vermerkt.</translation>
    </message>
</context>
<context>
    <name>BenchCommands</name>
    <message>
        <source>--against-password-* give the password of --against CONN2; give --against too.</source>
        <translation>--against-password-* geben das Passwort von --against CONN2 an; geben Sie auch --against an.</translation>
    </message>
    <message>
        <source>Standard input holds one password: give the other with --password-env, --password-file or --password-keyring (or their --against- forms).</source>
        <translation>Die Standardeingabe fasst ein Passwort: Geben Sie das andere mit --password-env, --password-file oder --password-keyring an (oder ihren --against-Formen).</translation>
    </message>
    <message>
        <source>Cancelled; no baseline was saved.</source>
        <translation>Abgebrochen; es wurde keine Vergleichsbasis gespeichert.</translation>
    </message>
    <message>
        <source>%1 is plain SQLite: it has no encryption to measure against a twin. Run without --against-plain-twin.</source>
        <translation>%1 ist unverschlüsseltes SQLite: Es hat keine Verschlüsselung, die sich mit einem Zwilling vergleichen ließe. Starten Sie ohne --against-plain-twin.</translation>
    </message>
    <message>
        <source>Cancelled; the decrypted twin, if any, was removed and no baseline was saved.</source>
        <translation>Abgebrochen; der entschlüsselte Zwilling wurde, falls vorhanden, entfernt, und es wurde keine Vergleichsbasis gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled; the temporary files were removed.</source>
        <translation>Abgebrochen; die temporären Dateien wurden entfernt.</translation>
    </message>
    <message>
        <source>Give a database FILE or --dbname CONN, not both.</source>
        <translation>Geben Sie eine Datenbank-DATEI oder --dbname VERBINDUNG an, nicht beides.</translation>
    </message>
    <message>
        <source>--against-plain-twin is for SQLCipher files; for PostgreSQL compare two connections with --against CONN2.</source>
        <translation>--against-plain-twin ist für SQLCipher-Dateien; für PostgreSQL vergleichen Sie zwei Verbindungen mit --against VERBINDUNG2.</translation>
    </message>
    <message>
        <source>--against CONN2 compares with --dbname CONN; give both.</source>
        <translation>--against VERBINDUNG2 vergleicht mit --dbname VERBINDUNG; geben Sie beide an.</translation>
    </message>
    <message>
        <source>--iterations and --rounds want a whole number of at least 1, --warmup one of at least 0.</source>
        <translation>--iterations und --rounds erwarten eine ganze Zahl von mindestens 1, --warmup eine von mindestens 0.</translation>
    </message>
    <message>
        <source>Give --iterations or --duration, not both.</source>
        <translation>Geben Sie --iterations oder --duration an, nicht beides.</translation>
    </message>
    <message>
        <source>--duration wants seconds, more than 0 and at most 86400.</source>
        <translation>--duration erwartet Sekunden, mehr als 0 und höchstens 86400.</translation>
    </message>
    <message>
        <source>--threshold applies to --compare NAME; give both.</source>
        <translation>--threshold gilt für --compare NAME; geben Sie beide an.</translation>
    </message>
    <message>
        <source>--threshold wants a percentage from 0 to 1000, e.g. 5%.</source>
        <translation>--threshold erwartet einen Prozentsatz von 0 bis 1000, z. B. 5%.</translation>
    </message>
    <message>
        <source>--seconds wants a number from 0.05 to 10.</source>
        <translation>--seconds erwartet eine Zahl von 0,05 bis 10.</translation>
    </message>
    <message>
        <source>--target-ms wants a whole number from 10 to 60000.</source>
        <translation>--target-ms erwartet eine ganze Zahl von 10 bis 60000.</translation>
    </message>
    <message>
        <source>--size-mb wants a whole number from 1 to 4096, --rounds one from 1 to 20.</source>
        <translation>--size-mb erwartet eine ganze Zahl von 1 bis 4096, --rounds eine von 1 bis 20.</translation>
    </message>
</context>
<context>
    <name>KeyListCommand</name>
    <message>
        <source>key list takes no arguments.</source>
        <translation>key list nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>--rotation-days takes a number of days above 0.</source>
        <translation>--rotation-days erwartet eine Anzahl Tage größer als 0.</translation>
    </message>
</context>
<context>
    <name>KeyRotationCommand</name>
    <message>
        <source>key set-rotation takes a key id and a number of days (or "default").</source>
        <translation>key set-rotation erwartet eine Schlüssel-ID und eine Anzahl Tage (oder „default“).</translation>
    </message>
    <message>
        <source>"%1" is not a key id; key list shows them.</source>
        <translation>„%1“ ist keine Schlüssel-ID; key list zeigt sie an.</translation>
    </message>
    <message>
        <source>DAYS is a number of days from 1 to 3650, or "default".</source>
        <translation>TAGE ist eine Anzahl Tage von 1 bis 3650 oder „default“.</translation>
    </message>
</context>
<context>
    <name>PgBackupCommands</name>
    <message>
        <source>Give the key: --identity FILE, or the passphrase with --passphrase-stdin, --key-file or --key-env.</source>
        <translation>Geben Sie den Schlüssel an: --identity DATEI oder die Passphrase mit --passphrase-stdin, --key-file oder --key-env.</translation>
    </message>
    <message>
        <source>pg backup takes no arguments besides its options (did you mean pg backup list?).</source>
        <translation>pg backup nimmt außer seinen Optionen keine Argumente (meinten Sie pg backup list?).</translation>
    </message>
    <message>
        <source>Say where the backup goes: --dir DIR.</source>
        <translation>Geben Sie an, wohin die Sicherung geht: --dir ORDNER.</translation>
    </message>
    <message>
        <source>--lock-wait-timeout wants a number of seconds.</source>
        <translation>--lock-wait-timeout erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>pg backup list takes exactly one DIR.</source>
        <translation>pg backup list erwartet genau einen ORDNER.</translation>
    </message>
    <message>
        <source>pg backup prune takes exactly one DIR.</source>
        <translation>pg backup prune erwartet genau einen ORDNER.</translation>
    </message>
    <message>
        <source>pg restore takes exactly one FILE.</source>
        <translation>pg restore erwartet genau eine DATEI.</translation>
    </message>
    <message>
        <source>--create makes a new, empty database; --clean is for restoring over an existing one. Give one.</source>
        <translation>--create legt eine neue, leere Datenbank an; --clean ist für die Wiederherstellung über eine bestehende. Geben Sie eines von beiden an.</translation>
    </message>
    <message>
        <source>--jobs wants a number from 1 to 64.</source>
        <translation>--jobs erwartet eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>pg verify takes exactly one FILE.</source>
        <translation>pg verify erwartet genau eine DATEI.</translation>
    </message>
    <message>
        <source>--level wants 1, 2 or 3.</source>
        <translation>--level erwartet 1, 2 oder 3.</translation>
    </message>
    <message>
        <source>Standard input cannot carry both the PostgreSQL password and the backup passphrase.</source>
        <translation>Die Standardeingabe kann nicht zugleich das PostgreSQL-Passwort und die Passphrase der Sicherung liefern.</translation>
    </message>
    <message>
        <source>pg compare takes exactly one FILE.</source>
        <translation>pg compare erwartet genau eine DATEI.</translation>
    </message>
</context>
<context>
    <name>PgInfoCommand</name>
    <message>
        <source>--sessions takes a number from 1 to 64.</source>
        <translation>--sessions erwartet eine Zahl von 1 bis 64.</translation>
    </message>
</context>
<context>
    <name>PgOptions</name>
    <message>
        <source>Name the database with --dbname CONN (a conninfo, a URI or a service name).</source>
        <translation>Nennen Sie die Datenbank mit --dbname VERBINDUNG (ein Conninfo-String, eine URI oder ein Dienstname).</translation>
    </message>
    <message>
        <source>--password-keyring needs the desktop keyring, and none is running (Secret Service or KWallet). Start it, or give the password another way.</source>
        <translation>--password-keyring braucht den Schlüsselbund des Desktops, und keiner läuft (Secret Service oder KWallet). Starten Sie ihn oder geben Sie das Passwort auf andere Weise an.</translation>
    </message>
    <message>
        <source>Give the password one way only: --%1password-env, --%1password-file, --%1password-stdin or --%1password-keyring.</source>
        <translation>Geben Sie das Passwort nur auf eine Weise an: --%1password-env, --%1password-file, --%1password-stdin oder --%1password-keyring.</translation>
    </message>
    <message>
        <source>No password entered.</source>
        <translation>Kein Passwort eingegeben.</translation>
    </message>
</context>
<context>
    <name>ScheduleCommands</name>
    <message>
        <source>%1 needs its target.</source>
        <translation>%1 braucht sein Ziel.</translation>
    </message>
    <message>
        <source>A PostgreSQL backup schedule needs --dir naming its backup folder.</source>
        <translation>Ein PostgreSQL-Sicherungszeitplan braucht --dir mit seinem Sicherungsordner.</translation>
    </message>
    <message>
        <source>Say when, one way: --daily HH:MM, --weekly DAY HH:MM or --on-calendar EXPR.</source>
        <translation>Geben Sie den Zeitpunkt auf eine Weise an: --daily HH:MM, --weekly TAG HH:MM oder --on-calendar AUSDRUCK.</translation>
    </message>
    <message>
        <source>--daily wants a time as HH:MM (00:00 to 23:59).</source>
        <translation>--daily erwartet eine Uhrzeit als HH:MM (00:00 bis 23:59).</translation>
    </message>
    <message>
        <source>%1 takes one target; "%2" is extra.</source>
        <translation>%1 erwartet ein Ziel; „%2“ ist zu viel.</translation>
    </message>
    <message>
        <source>"%1" is not a schedule name: lower-case letters, digits and -, at most 40.</source>
        <translation>„%1“ ist kein Zeitplanname: Kleinbuchstaben, Ziffern und -, höchstens 40.</translation>
    </message>
    <message>
        <source>Choose --user or --system, not both.</source>
        <translation>Wählen Sie --user oder --system, nicht beides.</translation>
    </message>
    <message>
        <source>A system schedule (--system) needs root; without it, leave --system out for a user unit.</source>
        <translation>Ein Systemzeitplan (--system) braucht root; ohne root lassen Sie --system für eine Benutzer-Unit weg.</translation>
    </message>
    <message>
        <source>--recipient, --recipients-file and --dbname are for PostgreSQL schedules.</source>
        <translation>--recipient, --recipients-file und --dbname sind für PostgreSQL-Zeitpläne.</translation>
    </message>
    <message>
        <source>--key-file-stays goes with --key-file FILE.</source>
        <translation>--key-file-stays gehört zu --key-file DATEI.</translation>
    </message>
    <message>
        <source>%1: no such key file.</source>
        <translation>%1: Diese Schlüsseldatei gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 can be read by others (mode %2); a key file a service reads must be 0600: chmod 600 %1</source>
        <translation>%1 ist für andere lesbar (Rechte %2); eine Schlüsseldatei, die ein Dienst liest, muss 0600 haben: chmod 600 %1</translation>
    </message>
    <message>
        <source>%1 needs the key its runs use: --key-file, --key-env or --passphrase-stdin (sealed with systemd-creds), or --key-file FILE --key-file-stays.</source>
        <translation>%1 braucht den Schlüssel, den seine Läufe verwenden: --key-file, --key-env oder --passphrase-stdin (mit systemd-creds versiegelt) oder --key-file DATEI --key-file-stays.</translation>
    </message>
    <message>
        <source>schedule list takes no arguments.</source>
        <translation>schedule list nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>schedule remove takes exactly one NAME.</source>
        <translation>schedule remove erwartet genau einen NAMEN.</translation>
    </message>
    <message>
        <source>schedule run-now takes exactly one NAME.</source>
        <translation>schedule run-now erwartet genau einen NAMEN.</translation>
    </message>
    <message>
        <source>schedule exec takes exactly one NAME.</source>
        <translation>schedule exec erwartet genau einen NAMEN.</translation>
    </message>
    <message>
        <source>status takes no arguments.</source>
        <translation>status nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>--%1 takes a number of days.</source>
        <translation>--%1 erwartet eine Anzahl Tage.</translation>
    </message>
</context>
<context>
    <name>SecurityAuditCommand</name>
    <message>
        <source>--rotation-days takes a number of days.</source>
        <translation>--rotation-days erwartet eine Anzahl Tage.</translation>
    </message>
    <message>
        <source>--kdf-iter takes a whole number.</source>
        <translation>--kdf-iter erwartet eine ganze Zahl.</translation>
    </message>
</context>
<context>
    <name>SetKeyRotationJob</name>
    <message>
        <source>Set the rotation period of %1</source>
        <translation>Wechselzeitraum von %1 festlegen</translation>
    </message>
    <message>
        <source>Record the rotation period</source>
        <translation>Wechselzeitraum speichern</translation>
    </message>
    <message>
        <source>%1 is now due for rotation every %2 days.</source>
        <translation>%1 ist jetzt alle %2 Tage zum Wechsel fällig.</translation>
    </message>
    <message>
        <source>%1 follows the global rotation period again (%2 days).</source>
        <translation>%1 folgt wieder dem allgemeinen Wechselzeitraum (%2 Tage).</translation>
    </message>
</context>
<context>
    <name>PgForeignCheck</name>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 holds no SHA-256 for %2: the checksum file is damaged or belongs to another file.</source>
        <translation>%1 enthält keine SHA-256-Prüfsumme für %2: Die Prüfsummendatei ist beschädigt oder gehört zu einer anderen Datei.</translation>
    </message>
    <message>
        <source>%1: its SHA-256 differs from the one in %2: the file is damaged or truncated.</source>
        <translation>%1: Ihre SHA-256-Prüfsumme weicht von der in %2 ab: Die Datei ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>pg_restore is not installed; it reads custom-format archives. Install the package postgresql-client.</source>
        <translation>pg_restore ist nicht installiert; es liest Archive im Custom-Format. Installieren Sie das Paket postgresql-client.</translation>
    </message>
    <message>
        <source>%1: the compressed content (%2) is damaged or truncated; nothing was touched.</source>
        <translation>%1: Der komprimierte Inhalt (%2) ist beschädigt oder abgeschnitten; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>%1: a header of the tar archive is damaged; nothing was touched.</source>
        <translation>%1: Ein Kopfblock des tar-Archivs ist beschädigt; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>%1: the tar archive ends early (truncated); nothing was touched.</source>
        <translation>%1: Das tar-Archiv endet zu früh (abgeschnitten); nichts wurde verändert.</translation>
    </message>
    <message>
        <source>%1: the custom-format archive is damaged or truncated (pg_restore: %2); nothing was touched.</source>
        <translation>%1: Das Archiv im Custom-Format ist beschädigt oder abgeschnitten (pg_restore: %2); nichts wurde verändert.</translation>
    </message>
    <message>
        <source>%1: pg_restore cannot read the archive: %2</source>
        <translation>%1: pg_restore kann das Archiv nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 carries no checksum (plain SQL text, no .sha256 beside it): damage in it cannot be found before the restore runs it.</source>
        <translation>%1 trägt keine Prüfsumme (reiner SQL-Text, keine .sha256 daneben): Schäden darin lassen sich nicht finden, bevor die Wiederherstellung ihn ausführt.</translation>
    </message>
    <message>
        <source>A Node.js AES-256-GCM set stores no GCM tag: only its .sha256 proves the file unchanged.</source>
        <translation>Ein Node.js-AES-256-GCM-Satz speichert kein GCM-Tag: Nur seine .sha256 belegt, dass die Datei unverändert ist.</translation>
    </message>
    <message>
        <source>Reading the whole file once to check it before the target is touched.</source>
        <translation>Die ganze Datei wird einmal gelesen und geprüft, bevor das Ziel verändert wird.</translation>
    </message>
    <message>
        <source>%1: the dump is damaged or truncated (%2); the restore was rolled back.</source>
        <translation>%1: Der Dump ist beschädigt oder abgeschnitten (%2); die Wiederherstellung wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>Read the whole file: checksum, key, authentication, compression and archive</source>
        <translation>Die ganze Datei lesen: Prüfsumme, Schlüssel, Authentifizierung, Kompression und Archiv</translation>
    </message>
    <message>
        <source>%1 (%2): read in full; every check it allows holds. It carries no manifest.</source>
        <translation>%1 (%2): vollständig gelesen; jede Prüfung, die sie erlaubt, besteht. Sie trägt kein Manifest.</translation>
    </message>
</context>
<context>
    <name>RecordRecoveryJob</name>
    <message>
        <source>Record the recovery copy of %1</source>
        <translation>Wiederherstellungskopie von %1 vermerken</translation>
    </message>
    <message>
        <source>Record where the recovery copy is kept</source>
        <translation>Vermerken, wo die Wiederherstellungskopie aufbewahrt wird</translation>
    </message>
    <message>
        <source>Say where in at most 500 characters (%1 given).</source>
        <translation>Nennen Sie den Ort in höchstens 500 Zeichen (%1 angegeben).</translation>
    </message>
    <message>
        <source>Say where in one line, without control characters.</source>
        <translation>Nennen Sie den Ort in einer Zeile, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 has no recovery copy recorded any more.</source>
        <translation>Für %1 ist keine Wiederherstellungskopie mehr vermerkt.</translation>
    </message>
    <message>
        <source>Recorded for %1: its recovery copy is kept at &quot;%2&quot; (%3).</source>
        <translation>Für %1 vermerkt: Die Wiederherstellungskopie liegt bei „%2“ (%3).</translation>
    </message>
</context>
<context>
    <name>KeyRecoveryCommand</name>
    <message>
        <source>key record-recovery takes a key id and either --where TEXT or --remove.</source>
        <translation>key record-recovery erwartet eine Schlüssel-ID und entweder --where TEXT oder --remove.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key id; key list shows them.</source>
        <translation>„%1“ ist keine Schlüssel-ID; key list zeigt sie.</translation>
    </message>
    <message>
        <source>--where needs words saying where the copy is.</source>
        <translation>--where braucht Worte, die sagen, wo die Kopie liegt.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::KeyRotationDialog</name>
    <message>
        <source>Rotation Period of a Key</source>
        <translation>Wechselzeitraum eines Schlüssels</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;When this key is due for a new one. A key that guards more, or sits in more places, deserves a shorter period.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Wann dieser Schlüssel durch einen neuen ersetzt werden soll. Ein Schlüssel, der mehr schützt oder an mehr Orten liegt, verdient einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>The global period (%1 days)</source>
        <translation>Der allgemeine Zeitraum (%1 Tage)</translation>
    </message>
    <message>
        <source>Its own period:</source>
        <translation>Ein eigener Zeitraum:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Set Period</source>
        <translation>Zeitraum festlegen</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::RecoveryRecordDialog</name>
    <message>
        <source>Record a Recovery Copy</source>
        <translation>Wiederherstellungskopie vermerken</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Strongroom cannot see a copy kept away from this machine. Say where the recovery copy of this key is kept, so that the security audit can count it: a place, never the key.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Eine Kopie, die nicht auf diesem Rechner liegt, kann Strongroom nicht sehen. Nennen Sie den Ort, an dem die Wiederherstellungskopie dieses Schlüssels aufbewahrt wird, damit die Sicherheitsprüfung sie berücksichtigen kann: einen Ort, niemals den Schlüssel.</translation>
    </message>
    <message>
        <source>e.g. sealed envelope in the office safe, password manager vault Ops</source>
        <translation>z. B. versiegelter Umschlag im Bürotresor, Passwortmanager Tresor Ops</translation>
    </message>
    <message>
        <source>Nothing is recorded for this key yet.</source>
        <translation>Für diesen Schlüssel ist noch nichts vermerkt.</translation>
    </message>
    <message>
        <source>Recorded on %1.</source>
        <translation>Vermerkt am %1.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vermerken</translation>
    </message>
    <message>
        <source>Remove Record</source>
        <translation>Vermerk entfernen</translation>
    </message>
    <message>
        <source>Say where the copy is kept, or use Remove Record.</source>
        <translation>Nennen Sie den Ort der Kopie, oder wählen Sie „Vermerk entfernen“.</translation>
    </message>
</context>
<context>
    <name>MappedImageBuilder</name>
    <message>
        <source>udisks2 no longer shows %1 as open.</source>
        <translation>udisks2 zeigt %1 nicht mehr als geöffnet an.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>MigrationBuildPath</name>
    <message>
        <source>The user-space build was asked for (--build user-space): mke2fs -d, then encryption in place.</source>
        <translation>Der Aufbau im Benutzerbereich wurde verlangt (--build user-space): mke2fs -d, danach Verschlüsselung an Ort und Stelle.</translation>
    </message>
    <message>
        <source>This machine has no device-mapper (/dev/mapper/control or the dm_crypt driver is missing), so the new volume cannot be opened and mounted here.</source>
        <translation>Dieser Rechner hat keinen Device-Mapper (/dev/mapper/control oder der Treiber dm_crypt fehlt), daher kann das neue Volume hier nicht geöffnet und eingehängt werden.</translation>
    </message>
    <message>
        <source>The volume could only be opened by udisks2 or by root, and udisks2 cannot be asked: %1</source>
        <translation>Das Volume könnte nur udisks2 oder root öffnen, und udisks2 ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>%1 entries of the folder (first: %2) belong to other users, and only root can give a copy another owner.</source>
        <translation>%1 Einträge des Ordners (zuerst: %2) gehören anderen Benutzern, und nur root kann einer Kopie einen anderen Eigentümer geben.</translation>
    </message>
    <message>
        <source>device-mapper and udisks2 are here: the volume is formatted, opened, given an ext4, mounted and filled with a copy of the folder.</source>
        <translation>Device-Mapper und udisks2 sind vorhanden: Das Volume wird formatiert, geöffnet, mit ext4 versehen, eingehängt und mit einer Kopie des Ordners gefüllt.</translation>
    </message>
    <message>
        <source>device-mapper is here and this runs as root: the volume is formatted, opened with libcryptsetup, given an ext4, mounted and filled with a copy of the folder.</source>
        <translation>Device-Mapper ist vorhanden und dies läuft als root: Das Volume wird formatiert, mit libcryptsetup geöffnet, mit ext4 versehen, eingehängt und mit einer Kopie des Ordners gefüllt.</translation>
    </message>
    <message>
        <source>The mapped build (--build mapped) cannot run here. %1 --build user-space (or auto) needs none of it.</source>
        <translation>Der Aufbau über Device-Mapper (--build mapped) ist hier nicht möglich. %1 --build user-space (oder auto) braucht nichts davon.</translation>
    </message>
    <message>
        <source>The file system is built from the folder in user space (mke2fs -d) and encrypted in place instead.</source>
        <translation>Stattdessen wird das Dateisystem im Benutzerbereich aus dem Ordner erstellt (mke2fs -d) und an Ort und Stelle verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>PostgresAfterMoveJob</name>
    <message>
        <source>Start PostgreSQL on the new location and compare</source>
        <translation>PostgreSQL am neuen Ort starten und vergleichen</translation>
    </message>
    <message>
        <source>Start the server (your command)</source>
        <translation>Server starten (Ihr Befehl)</translation>
    </message>
    <message>
        <source>Wait for it to accept connections</source>
        <translation>Warten, bis er Verbindungen annimmt</translation>
    </message>
    <message>
        <source>Count every table exactly</source>
        <translation>Jede Tabelle genau zählen</translation>
    </message>
    <message>
        <source>Compare with the counts before the move</source>
        <translation>Mit den Zahlen vor dem Umzug vergleichen</translation>
    </message>
    <message>
        <source>%1 has no migration journal (%2).</source>
        <translation>%1 hat kein Umzugsjournal (%2).</translation>
    </message>
    <message>
        <source>The journal %1 holds no row counts to compare with: they are recorded when the migration is run with --dbname while the server still runs on %2.</source>
        <translation>Das Journal %1 enthält keine Zeilenzahlen zum Vergleich: Sie werden erfasst, wenn der Umzug mit --dbname läuft, solange der Server noch auf %2 läuft.</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 wird ausgeführt</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 did not return within %2 s; a service command must return once the server is started (pg_ctl start -w, systemctl start). It was stopped.</source>
        <translation>%1 ist nicht innerhalb von %2 s zurückgekehrt; ein Dienstbefehl muss zurückkehren, sobald der Server gestartet ist (pg_ctl start -w, systemctl start). Er wurde beendet.</translation>
    </message>
    <message>
        <source>%1 failed (exit %2): %3</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 differs from before the move in %2 tables (first: %3).</source>
        <translation>PostgreSQL auf %1 weicht in %2 Tabellen vom Stand vor dem Umzug ab (zuerst: %3).</translation>
    </message>
    <message>
        <source>PostgreSQL on %1: all %2 tables have exactly the rows they had before the move (%3 rows).</source>
        <translation>PostgreSQL auf %1: Alle %2 Tabellen haben genau die Zeilen, die sie vor dem Umzug hatten (%3 Zeilen).</translation>
    </message>
</context>
<context>
    <name>RowCountComparison</name>
    <message>
        <source>%1: not there before the move</source>
        <translation>%1: vor dem Umzug nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: could not be counted now (%2 rows before)</source>
        <translation>%1: jetzt nicht zählbar (vorher %2 Zeilen)</translation>
    </message>
    <message>
        <source>%1: %2 rows before the move, %3 now</source>
        <translation>%1: %2 Zeilen vor dem Umzug, jetzt %3</translation>
    </message>
    <message>
        <source>%1: missing (%2 rows before the move)</source>
        <translation>%1: fehlt (%2 Zeilen vor dem Umzug)</translation>
    </message>
</context>
<context>
    <name>TreeCopier</name>
    <message>
        <source>Cannot copy %1 to %2 (%3): %4</source>
        <translation>%1 kann nicht nach %2 kopiert werden (%3): %4</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 belongs to user %2, and only root can give a copy another owner. Run as root, or use the user-space build.</source>
        <translation>%1 gehört Benutzer %2, und nur root kann einer Kopie einen anderen Eigentümer geben. Als root ausführen oder den Aufbau im Benutzerbereich verwenden.</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message numerus="yes">
        <source>%1 bytes</source>
        <translation>
            <numerusform>%1 Byte</numerusform>
            <numerusform>%1 Byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 pages</source>
        <translation>
            <numerusform>%1 Seite</numerusform>
            <numerusform>%1 Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows</source>
        <translation>
            <numerusform>%1 Zeile</numerusform>
            <numerusform>%1 Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 items</source>
        <translation>
            <numerusform>%1 Element</numerusform>
            <numerusform>%1 Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes/s</source>
        <translation>%1 Byte/s</translation>
    </message>
    <message>
        <source>%1 pages/s</source>
        <translation>%1 Seiten/s</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>%1 items/s</source>
        <translation>%1 Elemente/s</translation>
    </message>
</context>
<context>
    <name>VolumeInfo</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>active, the last one</source>
        <translation>aktiv, der letzte</translation>
    </message>
    <message>
        <source>unbound</source>
        <translation>ungebunden</translation>
    </message>
    <message>
        <source>priority prefer</source>
        <translation>Priorität: bevorzugt</translation>
    </message>
    <message>
        <source>priority ignore</source>
        <translation>Priorität: ignorieren</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>%1 (detached)</source>
        <translation>%1 (abgetrennt)</translation>
    </message>
    <message>
        <source>LUKS version:</source>
        <translation>LUKS-Version:</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>%1, %2-bit key, %3-byte sectors</source>
        <translation>%1, %2-Bit-Schlüssel, %3-Byte-Sektoren</translation>
    </message>
    <message>
        <source>Data offset:</source>
        <translation>Datenversatz:</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Unfinished decryption</source>
        <translation>Unvollendete Entschlüsselung</translation>
    </message>
    <message>
        <source>Unfinished encryption</source>
        <translation>Unvollendete Verschlüsselung</translation>
    </message>
    <message>
        <source>Unfinished re-encryption</source>
        <translation>Unvollendete Neuverschlüsselung</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted, needs recovery</source>
        <translation>unterbrochen, muss wiederhergestellt werden</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>%1 (%2): run `strongroom-cli volume %3` again to resume it.</source>
        <translation>%1 (%2): Führen Sie `strongroom-cli volume %3` erneut aus, um sie fortzusetzen.</translation>
    </message>
    <message>
        <source>Key slots:</source>
        <translation>Schlüsselplätze:</translation>
    </message>
    <message numerus="yes">
        <source>(%1 KiB, %2 iterations, %n threads)</source>
        <translation>
            <numerusform>(%1 KiB, %2 Iterationen, %n Thread)</numerusform>
            <numerusform>(%1 KiB, %2 Iterationen, %n Threads)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 iterations)</source>
        <translation>(%1 Iterationen)</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>%1 -&gt; slots %2</source>
        <translation>%1 -&gt; Plätze %2</translation>
    </message>
    <message>
        <source>Segment %1: %2, offset %3, size %4</source>
        <translation>Segment %1: %2, Versatz %3, Größe %4</translation>
    </message>
</context>
<context>
    <name>cli::KeyRecoveryCommand</name>
    <message>
        <source>The key&apos;s id, as key list shows it.</source>
        <translation>Die ID des Schlüssels, wie key list sie zeigt.</translation>
    </message>
    <message>
        <source>Where the copy is kept, in words (&quot;printed sheet in the office safe&quot;); one line, at most 500 characters, never the key.</source>
        <translation>Wo die Kopie liegt, in Worten (&quot;ausgedrucktes Blatt im Bürotresor&quot;); eine Zeile, höchstens 500 Zeichen, niemals der Schlüssel.</translation>
    </message>
    <message>
        <source>Remove the record (the copy is gone).</source>
        <translation>Den Eintrag entfernen (die Kopie gibt es nicht mehr).</translation>
    </message>
</context>
</TS>
