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
    <message>
        <source>&amp;Encrypt or Convert a File…</source>
        <translation>Datei &amp;verschlüsseln oder umwandeln …</translation>
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
        <translation>Rohschlüssel: genau wie geschrieben eingeben, mit x'…', ohne die Leerzeichen zwischen den Gruppen</translation>
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
        <translation>So öffnen Sie die Datei mit der sqlcipher-Shell: PRAGMA key = 'der Schlüssel oben'; danach, sofern das Profil nicht sqlcipher-4 ist, die PRAGMA-Anweisungen oben mit diesen Werten.</translation>
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
    <name>strongroom::ui::ConversionWizard</name>
    <message>
        <source>Encrypt or Convert a Database</source>
        <translation>Datenbank verschlüsseln oder umwandeln</translation>
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
        <translation>Passphrase oder x'…' für einen Rohschlüssel</translation>
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
        <translation>Passphrase oder x'…' für einen Rohschlüssel</translation>
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
    <name>strongroom::ui::TargetSettingsBox</name>
    <message>
        <source>Settings of the new file</source>
        <translation>Einstellungen der neuen Datei</translation>
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
        <translation>Lässt die ersten Bytes der Datei unverschlüsselt (für gemeinsame iOS-Container); braucht einen Rohschlüssel mit Salt (x'&lt;96 Hex-Ziffern&gt;').</translation>
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
</TS>