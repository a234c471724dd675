<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>strongroom::ui::AuditPage</name>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="18" />
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="21" />
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="22" />
        <source>Check that no line of the log was edited, inserted or removed</source>
        <translation>Prüfen, dass keine Zeile des Protokolls geändert, eingefügt oder entfernt wurde</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="23" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="28" />
        <source>Every action that changes a database, a backup or a volume is recorded in %1; each line carries the hash of the line before it.</source>
        <translation>Jede Aktion, die eine Datenbank, eine Sicherung oder ein Volume verändert, wird in %1 festgehalten; jede Zeile enthält den Hash der Zeile davor.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="39" />
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="39" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="39" />
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="39" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="39" />
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="39" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditPage.cpp" line="126" />
        <source>The log is intact: %n line(s), hash chain unbroken.</source>
        <translation>
            <numerusform>Das Protokoll ist unversehrt: %n Zeile, Hash-Kette ungebrochen.</numerusform>
            <numerusform>Das Protokoll ist unversehrt: %n Zeilen, Hash-Kette ungebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="127" />
        <source>The log was tampered with: %1. Keep this copy as evidence and compare it with your backups.</source>
        <translation>Das Protokoll wurde manipuliert: %1. Bewahren Sie diese Kopie als Beweis auf und vergleichen Sie sie mit Ihren Sicherungen.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::DatabaseDashboard</name>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="73" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="74" />
        <source>Total size</source>
        <translation>Gesamtgröße</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="75" />
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="76" />
        <source>SQLCipher / SQLite</source>
        <translation>SQLCipher / SQLite</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="77" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="78" />
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="79" />
        <source>Free pages</source>
        <translation>Freie Seiten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="87" />
        <source>Filter tables and indexes</source>
        <translation>Tabellen und Indizes filtern</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="93" />
        <source>Stop counting</source>
        <translation>Zählen beenden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="97" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="98" />
        <source>Copy as &amp;Text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="99" />
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="100" />
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="171" />
        <source>Opening %1… Each set of cipher settings tried costs one key derivation, so this can take a few seconds.</source>
        <translation>%1 wird geöffnet … Jeder Versuch mit anderen Verschlüsselungseinstellungen kostet eine Schlüsselableitung; das kann einige Sekunden dauern.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="186" />
        <source>Try &amp;Again…</source>
        <translation>&amp;Erneut versuchen …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="204" />
        <source>Opened with %1 settings. Files made with older SQLCipher versions use weaker key derivation than SQLCipher 4; consider migrating this file.</source>
        <translation>Mit den Einstellungen von %1 geöffnet. Dateien älterer SQLCipher-Versionen nutzen eine schwächere Schlüsselableitung als SQLCipher 4; erwägen Sie, diese Datei zu migrieren.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="219" />
        <source>Enter &amp;Key…</source>
        <translation>&amp;Schlüssel eingeben …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="240" />
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="242" />
        <source>database %1 + WAL %2</source>
        <translation>Datenbank %1 + WAL %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="243" />
        <source>%1 pages of %2 bytes</source>
        <translation>%1 Seiten zu %2 Byte</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="245" />
        <source>%1, %2 iterations, %3, page %4 bytes, %5 key</source>
        <translation>%1, %2 Iterationen, %3, Seite %4 Byte, %5-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="248" />
        <source>no HMAC</source>
        <translation>kein HMAC</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="250" />
        <source>raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="250" />
        <source>passphrase</source>
        <translation>Passphrasen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="253" />
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="253" />
        <source>Anyone who can read the file can read the data.</source>
        <translation>Wer die Datei lesen kann, kann die Daten lesen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="256" />
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="257" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="258" />
        <source>The file system does not record birth times.</source>
        <translation>Das Dateisystem speichert keine Erstellungszeiten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="262" />
        <source>%n day(s) ago</source>
        <translation><numerusform>vor %n Tag</numerusform><numerusform>vor %n Tagen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="265" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="265" />
        <source>No backup in this database's history folder.</source>
        <translation>Keine Sicherung im Verlaufsordner dieser Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="269" />
        <source>%1 reclaimable by VACUUM</source>
        <translation>%1 durch VACUUM zurückzugewinnen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="282" />
        <source>Counting rows and measuring tables…</source>
        <translation>Zeilen werden gezählt und Tabellen vermessen …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="298" />
        <source>Counting stopped; the numbers shown are complete for the tables listed.</source>
        <translation>Zählen beendet; die gezeigten Zahlen sind für die aufgeführten Tabellen vollständig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="309" />
        <source>%n table(s) measured…</source>
        <translation><numerusform>%n Tabelle vermessen …</numerusform><numerusform>%n Tabellen vermessen …</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="342" />
        <source>Largest tables (MiB)</source>
        <translation>Größte Tabellen (MiB)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="344" />
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="345" />
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="377" />
        <source>Space in the file</source>
        <translation>Platz in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="380" />
        <source>Used %1</source>
        <translation>Belegt %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="381" />
        <source>Free %1</source>
        <translation>Frei %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="383" />
        <source>WAL %1</source>
        <translation>WAL %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="408" />
        <source>Export Table Statistics</source>
        <translation>Tabellenstatistik exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="416" />
        <source>%1: cannot write the export: %2</source>
        <translation>%1: Der Export kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::DatabasesPage</name>
    <message>
        <location filename="../ui/pages/DatabasesPage.cpp" line="42" />
        <source>&lt;h2&gt;No database open&lt;/h2&gt;&lt;p&gt;Open a SQLCipher or SQLite database to see its encryption settings, size, tables and row counts. You can also drop a file on this window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Keine Datenbank geöffnet&lt;/h2&gt;&lt;p&gt;Öffnen Sie eine SQLCipher- oder SQLite-Datenbank, um ihre Verschlüsselungseinstellungen, Größe, Tabellen und Zeilenzahlen zu sehen. Sie können eine Datei auch auf dieses Fenster ziehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/DatabasesPage.cpp" line="47" />
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/DatabasesPage.cpp" line="83" />
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::DiagnosticsDialog</name>
    <message>
        <location filename="../ui/dialogs/DiagnosticsDialog.cpp" line="18" />
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiagnosticsDialog.cpp" line="22" />
        <source>Libraries, tools and system support that Strongroom uses:</source>
        <translation>Bibliotheken, Werkzeuge und Systemfunktionen, die Strongroom nutzt:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiagnosticsDialog.cpp" line="23" />
        <source>Collecting…</source>
        <translation>Wird ermittelt …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiagnosticsDialog.cpp" line="27" />
        <source>Missing pieces, what they disable and how to get them:</source>
        <translation>Was fehlt, was dadurch nicht geht und wie Sie es bekommen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiagnosticsDialog.cpp" line="29" />
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiagnosticsDialog.cpp" line="29" />
        <source>Disables</source>
        <translation>Schaltet ab</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiagnosticsDialog.cpp" line="29" />
        <source>Fix</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiagnosticsDialog.cpp" line="36" />
        <source>&amp;Copy as Text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::JobProgressDialog</name>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="22" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="29" />
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="30" />
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n min</numerusform>
            <numerusform>noch etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="33" />
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="59" />
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="62" />
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="70" />
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="70" />
        <source>Hide &amp;details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="80" />
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="94" />
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="82" />
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="83" />
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="94" />
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="166" />
        <source>Finished in %1 s.</source>
        <translation>Fertig nach %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="169" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="172" />
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="180" />
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="206" />
        <source>Cancel this step?</source>
        <translation>Diesen Schritt abbrechen?</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="207" />
        <source>The running step changes data in place. Cancelling now stops it at a safe point, and the report will say which state it left. Cancel anyway?</source>
        <translation>Der laufende Schritt verändert Daten direkt. Ein Abbruch hält ihn an einem sicheren Punkt an, und der Bericht nennt den hinterlassenen Zustand. Trotzdem abbrechen?</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="224" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::JobsIndicator</name>
    <message>
        <location filename="../ui/jobs/JobsIndicator.cpp" line="20" />
        <source>No jobs running</source>
        <translation>Keine laufenden Aufgaben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobsIndicator.cpp" line="20" />
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Aufgabe läuft</numerusform>
            <numerusform>%n Aufgaben laufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsIndicator.cpp" line="22" />
        <source>Show the progress of running jobs</source>
        <translation>Fortschritt der laufenden Aufgaben anzeigen</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::KeyDialog</name>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="24" />
        <source>Key for %1</source>
        <translation>Schlüssel für %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="26" />
        <source>%1 is encrypted. Enter its key.</source>
        <translation>%1 ist verschlüsselt. Geben Sie den Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="33" />
        <source>Passphrase, or x'…' for a raw key</source>
        <translation>Passphrase, oder x'…' für einen Rohschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="34" />
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="37" />
        <source>or a key file</source>
        <translation>oder eine Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="38" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="42" />
        <source>Key &amp;file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="45" />
        <source>Remember the key in the desktop &amp;keyring</source>
        <translation>Schlüssel im &amp;Schlüsselbund der Arbeitsumgebung merken</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="48" />
        <source>No desktop keyring is running, so the key cannot be remembered. Strongroom never stores keys anywhere else.</source>
        <translation>Es läuft kein Schlüsselbund der Arbeitsumgebung, daher kann der Schlüssel nicht gemerkt werden. Strongroom speichert Schlüssel nie anderswo.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="53" />
        <source>&amp;Advanced: custom cipher settings</source>
        <translation>&amp;Erweitert: eigene Verschlüsselungseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="56" />
        <source>Only for files made with settings other than SQLCipher 4, 3, 2 or 1 defaults; those are tried automatically.</source>
        <translation>Nur für Dateien, die mit anderen als den Standardeinstellungen von SQLCipher 4, 3, 2 oder 1 erstellt wurden; diese werden automatisch versucht.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="72" />
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="73" />
        <source>KDF iterations:</source>
        <translation>KDF-Iterationen:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="74" />
        <source>HMAC algorithm:</source>
        <translation>HMAC-Algorithmus:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="75" />
        <source>KDF algorithm:</source>
        <translation>KDF-Algorithmus:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="76" />
        <source>Plaintext header bytes:</source>
        <translation>Klartext-Header (Byte):</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="87" />
        <source>Key File</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/KeyDialog.cpp" line="105" />
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="30" />
        <source>Strongroom</source>
        <translation>Strongroom</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56" />
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57" />
        <location filename="../ui/MainWindow.cpp" line="58" />
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59" />
        <source>The backup history of the open database: consistent snapshots taken while its application keeps writing, their age, size, key id and verification state; Back up now, Verify, Compare with the live data, Restore, and a retention policy with a preview of what it would remove.</source>
        <translation>Der Sicherungsverlauf der geöffneten Datenbank: konsistente Schnappschüsse, während ihre Anwendung weiterschreibt, mit Alter, Größe, Schlüsselkennung und Prüfstatus; Jetzt sichern, Prüfen, Mit den aktuellen Daten vergleichen, Wiederherstellen und eine Aufbewahrungsregel mit einer Vorschau dessen, was sie entfernen würde.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64" />
        <location filename="../ui/MainWindow.cpp" line="65" />
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66" />
        <source>LUKS2 volumes in image files: their key slots (operational and recovery), header backups, a setup wizard and a key-slot manager that will not let you remove the last key that opens a volume.</source>
        <translation>LUKS2-Volumes in Abbilddateien: ihre Schlüsselplätze (Betrieb und Wiederherstellung), Header-Sicherungen, ein Einrichtungsassistent und eine Schlüsselplatzverwaltung, die den letzten Schlüssel, der ein Volume öffnet, nicht entfernen lässt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70" />
        <location filename="../ui/MainWindow.cpp" line="71" />
        <source>Benchmarks</source>
        <translation>Leistungsmessung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72" />
        <source>What encryption costs on this machine, and Strongroom's own throughput against the reference tools, with baselines and thresholds.</source>
        <translation>Was Verschlüsselung auf diesem Rechner kostet, und Strongrooms eigener Durchsatz im Vergleich mit den Referenzwerkzeugen, mit Bezugswerten und Schwellen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103" />
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="107" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110" />
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111" />
        <source>&amp;Checksum of a File…</source>
        <translation>&amp;Prüfsumme einer Datei …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114" />
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnose …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115" />
        <source>&amp;About Strongroom</source>
        <translation>Ü&amp;ber Strongroom</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136" />
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137" />
        <source>Databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149" />
        <source>Checksum of a File</source>
        <translation>Prüfsumme einer Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160" />
        <source>About Strongroom</source>
        <translation>Über Strongroom</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161" />
        <source>&lt;h3&gt;Strongroom %1&lt;/h3&gt;&lt;p&gt;A management console for data encrypted at rest: SQLCipher databases, their backups, and LUKS2 volumes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Strongroom %1&lt;/h3&gt;&lt;p&gt;Eine Verwaltungskonsole für ruhend verschlüsselte Daten: SQLCipher-Datenbanken, ihre Sicherungen und LUKS2-Volumes.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PlannedPage</name>
    <message>
        <location filename="../ui/pages/PlannedPage.cpp" line="21" />
        <source>Available now from the command line:</source>
        <translation>Schon jetzt auf der Kommandozeile verfügbar:</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::RecentFiles</name>
    <message>
        <location filename="../ui/RecentFiles.cpp" line="51" />
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../ui/RecentFiles.cpp" line="55" />
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::TableStatsModel</name>
    <message>
        <location filename="../ui/dashboard/TableStatsModel.cpp" line="49" />
        <source>index on %1</source>
        <translation>Index auf %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TableStatsModel.cpp" line="49" />
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TableStatsModel.cpp" line="53" />
        <location filename="../ui/dashboard/TableStatsModel.cpp" line="57" />
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TableStatsModel.cpp" line="89" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TableStatsModel.cpp" line="91" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TableStatsModel.cpp" line="93" />
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TableStatsModel.cpp" line="95" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TableStatsModel.cpp" line="97" />
        <source>Share of file</source>
        <translation>Anteil an der Datei</translation>
    </message>
</context>
</TS>