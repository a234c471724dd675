<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>age %1 · %2</source>
        <translation>Alter %1 · %2</translation>
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
</context>
<context>
    <name>HeaderBackup</name>
    <message>
        <source>Stopped before the header was written; %1 is unchanged.</source>
        <translation>Angehalten, bevor der Header geschrieben wurde; %1 ist unverändert.</translation>
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
        <source>%1 is not the dump of a Strongroom PostgreSQL backup (NAME-pgbackup-YYYYMMDD-HHMMSS.dump.zst.age); other formats are not read by pg restore yet.</source>
        <translation>%1 ist nicht der Dump einer PostgreSQL-Sicherung von Strongroom (NAME-pgbackup-YYYYMMDD-HHMMSS.dump.zst.age); andere Formate liest pg restore noch nicht.</translation>
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
</context>
</TS>
