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
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n Tabelle vermessen …</numerusform>
            <numerusform>%n Tabellen vermessen …</numerusform>
        </translation>
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
    <name>strongroom::ui::HeaderBackupFileDialog</name>
    <message>
        <location filename="../ui/volumes/HeaderBackupFileDialog.cpp" line="8" />
        <source>Back Up Header</source>
        <translation>Header sichern</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::InPlaceDialog</name>
    <message>
        <location filename="../ui/volumes/InPlaceDialog.cpp" line="24" />
        <source>Encrypt %1 in Place</source>
        <translation>%1 an Ort und Stelle verschlüsseln</translation>
    </message>
    <message>
        <location filename="../ui/volumes/InPlaceDialog.cpp" line="24" />
        <source>Decrypt %1 in Place</source>
        <translation>%1 an Ort und Stelle entschlüsseln</translation>
    </message>
    <message>
        <location filename="../ui/volumes/InPlaceDialog.cpp" line="30" />
        <source>The encryption of %1 was interrupted. Give the key it was started with and it continues where it stopped.</source>
        <translation>Die Verschlüsselung von %1 wurde unterbrochen. Geben Sie den Schlüssel an, mit dem sie begonnen wurde, dann geht sie dort weiter, wo sie stehen blieb.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/InPlaceDialog.cpp" line="33" />
        <source>The decryption of %1 was interrupted. Give the key it was started with and it continues where it stopped.</source>
        <translation>Die Entschlüsselung von %1 wurde unterbrochen. Geben Sie den Schlüssel an, mit dem sie begonnen wurde, dann geht sie dort weiter, wo sie stehen blieb.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/InPlaceDialog.cpp" line="38" />
        <source>%1 is encrypted where it is, offline, chunk by chunk: the file grows by 32 MiB for the LUKS2 header and the data moves up behind it. An interruption (even a crash) can be resumed. Nothing must use the file meanwhile.</source>
        <translation>%1 wird an Ort und Stelle, offline und Stück für Stück verschlüsselt: Die Datei wächst um 32 MiB für den LUKS2-Header, und die Daten rücken dahinter. Eine Unterbrechung (auch ein Absturz) lässt sich fortsetzen. Solange darf nichts die Datei benutzen.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/InPlaceDialog.cpp" line="44" />
        <source>%1 is decrypted where it is, offline: afterwards it holds its data unencrypted, every key slot is gone, and the file shrinks back to its plain size.</source>
        <translation>%1 wird an Ort und Stelle offline entschlüsselt: Danach liegen die Daten unverschlüsselt darin, alle Schlüsselplätze sind fort, und die Datei schrumpft auf ihre Klartextgröße.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/InPlaceDialog.cpp" line="60" />
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/InPlaceDialog.cpp" line="65" />
        <source>Nothing uses %1 now, and I have a copy of anything I cannot lose.</source>
        <translation>Nichts benutzt %1 gerade, und von allem, was ich nicht verlieren darf, habe ich eine Kopie.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/InPlaceDialog.cpp" line="66" />
        <source>I understand that %1 will hold its data unencrypted.</source>
        <translation>Mir ist klar, dass %1 seine Daten danach unverschlüsselt enthält.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/InPlaceDialog.cpp" line="72" />
        <source>Resume Encryption</source>
        <translation>Verschlüsselung fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/InPlaceDialog.cpp" line="72" />
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <location filename="../ui/volumes/InPlaceDialog.cpp" line="73" />
        <source>Resume Decryption</source>
        <translation>Entschlüsselung fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/InPlaceDialog.cpp" line="73" />
        <source>Decrypt</source>
        <translation>Entschlüsseln</translation>
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
    <name>strongroom::ui::KeySlotDialog</name>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="38" />
        <source>Add a key to %1</source>
        <translation>Schlüssel zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="39" />
        <source>Add Key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="40" />
        <source>A key that opens it:</source>
        <translation>Ein Schlüssel, der es öffnet:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="43" />
        <source>Change a key of %1</source>
        <translation>Schlüssel von %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="44" />
        <source>Change Key</source>
        <translation>Schlüssel ändern</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="45" />
        <source>Current key:</source>
        <translation>Aktueller Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="48" />
        <source>Remove a key slot of %1</source>
        <translation>Schlüsselplatz von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="49" />
        <source>Remove Slot</source>
        <translation>Platz entfernen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="50" />
        <source>Key of a slot that stays:</source>
        <translation>Schlüssel eines bleibenden Platzes:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="53" />
        <source>Retune a key slot of %1</source>
        <translation>Schlüsselplatz von %1 neu abstimmen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="54" />
        <source>Retune Slot</source>
        <translation>Platz neu abstimmen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="55" />
        <source>Key of this slot:</source>
        <translation>Schlüssel dieses Platzes:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="72" />
        <source>Slot %1 (%2)</source>
        <translation>Platz %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="74" />
        <source>Slot to remove:</source>
        <translation>Zu entfernender Platz:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="74" />
        <source>Slot to retune:</source>
        <translation>Neu abzustimmender Platz:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="84" />
        <source>Prove</source>
        <translation>Nachweisen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="87" />
        <source>Unlocks the volume with this key (nothing is changed) to show that it opens another slot.</source>
        <translation>Entsperrt das Volume mit diesem Schlüssel (ohne etwas zu ändern), um zu zeigen, dass er einen anderen Platz öffnet.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="107" />
        <source>e.g. operational, recovery, alice</source>
        <translation>z. B. operational, recovery, alice</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="108" />
        <source>Name of the new slot:</source>
        <translation>Name des neuen Platzes:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="145" />
        <source>Slot</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="145" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="145" />
        <source>Key derivation</source>
        <translation>Schlüsselableitung</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="145" />
        <source>Guard</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="154" />
        <source>last slot that opens the volume: never removed</source>
        <translation>letzter Platz, der das Volume öffnet: wird nie entfernt</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="197" />
        <source>I understand that the key of slot %1 will no longer open this volume.</source>
        <translation>Mir ist klar, dass der Schlüssel von Platz %1 dieses Volume dann nicht mehr öffnet.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="201" />
        <source>Slot %1 is the last slot that opens this volume. Strongroom never removes it: add another key first.</source>
        <translation>Platz %1 ist der letzte Platz, der dieses Volume öffnet. Strongroom entfernt ihn nie: Fügen Sie zuerst einen weiteren Schlüssel hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="206" />
        <source>Before slot %1 goes, prove that a different key opens another slot: type that key and press Prove. The key of slot %1 itself does not count.</source>
        <translation>Bevor Platz %1 entfernt wird, weisen Sie nach, dass ein anderer Schlüssel einen anderen Platz öffnet: Geben Sie diesen Schlüssel ein und drücken Sie „Nachweisen“. Der Schlüssel von Platz %1 selbst zählt nicht.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="259" />
        <source>Trying the key on the other slots…</source>
        <translation>Der Schlüssel wird an den anderen Plätzen versucht …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="267" />
        <source>✓ This key opens slot %1, so slot %2 may go.</source>
        <translation>✓ Dieser Schlüssel öffnet Platz %1, also darf Platz %2 entfernt werden.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/KeySlotDialog.cpp" line="282" />
        <source>Working… (each key derivation takes as long as an unlock)</source>
        <translation>In Arbeit … (jede Schlüsselableitung dauert so lange wie ein Entsperren)</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="31" />
        <source>Strongroom</source>
        <translation>Strongroom</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57" />
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="58" />
        <location filename="../ui/MainWindow.cpp" line="59" />
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60" />
        <source>The backup history of the open database: consistent snapshots taken while its application keeps writing, their age, size, key id and verification state; Back up now, Verify, Compare with the live data, Restore, and a retention policy with a preview of what it would remove.</source>
        <translation>Der Sicherungsverlauf der geöffneten Datenbank: konsistente Schnappschüsse, während ihre Anwendung weiterschreibt, mit Alter, Größe, Schlüsselkennung und Prüfstatus; Jetzt sichern, Prüfen, Mit den aktuellen Daten vergleichen, Wiederherstellen und eine Aufbewahrungsregel mit einer Vorschau dessen, was sie entfernen würde.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65" />
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66" />
        <location filename="../ui/MainWindow.cpp" line="67" />
        <source>Benchmarks</source>
        <translation>Leistungsmessung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68" />
        <source>What encryption costs on this machine, and Strongroom's own throughput against the reference tools, with baselines and thresholds.</source>
        <translation>Was Verschlüsselung auf diesem Rechner kostet, und Strongrooms eigener Durchsatz im Vergleich mit den Referenzwerkzeugen, mit Bezugswerten und Schwellen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99" />
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106" />
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="107" />
        <source>&amp;Checksum of a File…</source>
        <translation>&amp;Prüfsumme einer Datei …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110" />
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnose …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111" />
        <source>&amp;About Strongroom</source>
        <translation>Ü&amp;ber Strongroom</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132" />
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133" />
        <source>Databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145" />
        <source>Checksum of a File</source>
        <translation>Prüfsumme einer Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156" />
        <source>About Strongroom</source>
        <translation>Über Strongroom</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157" />
        <source>&lt;h3&gt;Strongroom %1&lt;/h3&gt;&lt;p&gt;A management console for data encrypted at rest: SQLCipher databases, their backups, and LUKS2 volumes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Strongroom %1&lt;/h3&gt;&lt;p&gt;Eine Verwaltungskonsole für ruhend verschlüsselte Daten: SQLCipher-Datenbanken, ihre Sicherungen und LUKS2-Volumes.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::NewPassphraseField</name>
    <message>
        <location filename="../ui/widgets/NewPassphraseField.cpp" line="30" />
        <source>Generate Words</source>
        <translation>Wörter erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NewPassphraseField.cpp" line="32" />
        <source>Six random words from a list of 2048 (66 bits): easy to type, hard to guess.</source>
        <translation>Sechs zufällige Wörter aus einer Liste von 2048 (66 Bit): leicht zu tippen, schwer zu erraten.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NewPassphraseField.cpp" line="33" />
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NewPassphraseField.cpp" line="43" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NewPassphraseField.cpp" line="44" />
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NewPassphraseField.cpp" line="45" />
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NewPassphraseField.cpp" line="92" />
        <source>Type a passphrase or generate one.</source>
        <translation>Geben Sie eine Passphrase ein oder erzeugen Sie eine.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NewPassphraseField.cpp" line="95" />
        <source>Weak (about %1 bits): easy to guess.</source>
        <translation>Schwach (etwa %1 Bit): leicht zu erraten.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NewPassphraseField.cpp" line="99" />
        <source>Fair (about %1 bits).</source>
        <translation>Mittel (etwa %1 Bit).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NewPassphraseField.cpp" line="103" />
        <source>Good (about %1 bits).</source>
        <translation>Gut (etwa %1 Bit).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NewPassphraseField.cpp" line="107" />
        <source>Strong (about %1 bits).</source>
        <translation>Stark (etwa %1 Bit).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NewPassphraseField.cpp" line="112" />
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PbkdfSettingsEditor</name>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="20" />
        <source>argon2id (memory-hard, recommended)</source>
        <translation>argon2id (speicherintensiv, empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="21" />
        <source>pbkdf2 (for old systems)</source>
        <translation>pbkdf2 (für alte Systeme)</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="25" />
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="27" />
        <source>Memory one unlock needs. The machine that opens the volume must have it free.</source>
        <translation>Speicher, den ein Entsperren braucht. Der Rechner, der das Volume öffnet, muss ihn frei haben.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="36" />
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="41" />
        <source>measure for the target time</source>
        <translation>für die Zielzeit messen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="42" />
        <source>Fixed iterations instead of measuring this machine, e.g. for a slower machine that must open the volume.</source>
        <translation>Feste Iterationen statt einer Messung dieses Rechners, z. B. für einen langsameren Rechner, der das Volume öffnen muss.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="50" />
        <source>Key derivation:</source>
        <translation>Schlüsselableitung:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="51" />
        <source>Memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="52" />
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="53" />
        <source>Target unlock time:</source>
        <translation>Ziel-Entsperrzeit:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="54" />
        <source>Iterations:</source>
        <translation>Iterationen:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="55" />
        <source>On this machine:</source>
        <translation>Auf diesem Rechner:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="99" />
        <source>Measuring…</source>
        <translation>Wird gemessen …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="130" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="131" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="133" />
        <source>One unlock takes about %1 and %2 MiB of memory (%3 iterations, %4 threads).</source>
        <translation>Ein Entsperren dauert etwa %1 und braucht %2 MiB Speicher (%3 Iterationen, %4 Threads).</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="138" />
        <source>One unlock takes about %1 (%2 iterations, little memory).</source>
        <translation>Ein Entsperren dauert etwa %1 (%2 Iterationen, wenig Speicher).</translation>
    </message>
    <message>
        <location filename="../ui/volumes/PbkdfSettingsEditor.cpp" line="144" />
        <source>libcryptsetup lowered the memory to stay within the target time and this machine's RAM.</source>
        <translation>libcryptsetup hat den Speicher gesenkt, um innerhalb der Zielzeit und des Arbeitsspeichers dieses Rechners zu bleiben.</translation>
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
    <name>strongroom::ui::VolumeCipherPage</name>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="146" />
        <source>Cipher and Key Derivation</source>
        <translation>Verschlüsselung und Schlüsselableitung</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="148" />
        <source>How the data is encrypted, and how hard each guess at the passphrase is made. The estimate is measured on this machine.</source>
        <translation>Wie die Daten verschlüsselt werden und wie teuer jeder Rateversuch an der Passphrase wird. Die Schätzung wird auf diesem Rechner gemessen.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="152" />
        <source>AES-XTS, 512-bit key (AES-256, recommended)</source>
        <translation>AES-XTS, 512-Bit-Schlüssel (AES-256, empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="154" />
        <source>AES-XTS, 256-bit key (AES-128)</source>
        <translation>AES-XTS, 256-Bit-Schlüssel (AES-128)</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="155" />
        <source>Serpent-XTS, 512-bit key</source>
        <translation>Serpent-XTS, 512-Bit-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="159" />
        <source>Cipher:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="163" />
        <source>The machine that opens the volume must have the memory free; choose less memory (or retune the slot later) for a smaller machine.</source>
        <translation>Der Rechner, der das Volume öffnet, muss den Speicher frei haben; wählen Sie für einen kleineren Rechner weniger Speicher (oder stimmen Sie den Platz später neu ab).</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeLocationPage</name>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="50" />
        <source>Location and Size</source>
        <translation>Ort und Größe</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="51" />
        <source>The volume is an image file. Strongroom never formats over an existing file.</source>
        <translation>Das Volume ist eine Abbilddatei. Strongroom formatiert nie über eine vorhandene Datei.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="54" />
        <source>/srv/vault.img</source>
        <translation>/srv/tresor.img</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="55" />
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="64" />
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="69" />
        <source>ext4 (made inside, ready to mount)</source>
        <translation>ext4 (darin angelegt, bereit zum Einhängen)</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="70" />
        <source>none (format it later)</source>
        <translation>keines (später formatieren)</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="74" />
        <source>optional, e.g. pgdata</source>
        <translation>optional, z. B. pgdata</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="79" />
        <source>Image file:</source>
        <translation>Abbilddatei:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="80" />
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="81" />
        <source>Free there:</source>
        <translation>Dort frei:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="82" />
        <source>File system:</source>
        <translation>Dateisystem:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="83" />
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="100" />
        <source>New Volume Image</source>
        <translation>Neue Volume-Abbilddatei</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="100" />
        <source>Volume images (*.img)</source>
        <translation>Volume-Abbilder (*.img)</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="118" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="125" />
        <source>Give the full path, starting with /.</source>
        <translation>Geben Sie den vollständigen Pfad an, beginnend mit /.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="127" />
        <source>%1 already exists. Pick a new name.</source>
        <translation>%1 gibt es schon. Wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="129" />
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="131" />
        <source>Not enough free space: the image needs %1 MiB.</source>
        <translation>Nicht genug freier Platz: Das Abbild braucht %1 MiB.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumePassphrasePage</name>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="179" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="180" />
        <source>The operational passphrase goes in key slot 0. A recovery key in slot 1 opens the volume when the passphrase is lost.</source>
        <translation>Die Betriebs-Passphrase kommt in Schlüsselplatz 0. Ein Wiederherstellungsschlüssel in Platz 1 öffnet das Volume, wenn die Passphrase verloren ist.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="184" />
        <source>Add a recovery key in key slot 1 (recommended)</source>
        <translation>Wiederherstellungsschlüssel in Schlüsselplatz 1 anlegen (empfohlen)</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeRecoveryPage</name>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="209" />
        <source>Recovery Key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="210" />
        <source>Write this key down now and keep it apart from the passphrase. It is shown only here, never stored by Strongroom.</source>
        <translation>Schreiben Sie diesen Schlüssel jetzt auf und bewahren Sie ihn getrennt von der Passphrase auf. Er wird nur hier gezeigt und von Strongroom nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="247" />
        <source>To show that you have it written down, type group %1 of %2 (the %1. block of five characters):</source>
        <translation>Um zu zeigen, dass Sie ihn aufgeschrieben haben, geben Sie Gruppe %1 von %2 ein (den %1. Block aus fünf Zeichen):</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeResultPage</name>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="306" />
        <source>Creating the Volume</source>
        <translation>Das Volume wird angelegt</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="307" />
        <source>The progress dialog shows each step; the result appears here.</source>
        <translation>Der Fortschrittsdialog zeigt jeden Schritt; das Ergebnis erscheint hier.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="309" />
        <source>Back Up the Header Now…</source>
        <translation>Header jetzt sichern …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="317" />
        <source>A header backup is the one file that saves the data when the header on the image is damaged. Keep it away from the image, like the recovery key.</source>
        <translation>Eine Header-Sicherung ist die eine Datei, die die Daten rettet, wenn der Header im Abbild beschädigt ist. Bewahren Sie sie getrennt vom Abbild auf, wie den Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="334" />
        <source>Creating %1…</source>
        <translation>%1 wird angelegt …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="349" />
        <source>Volume Created</source>
        <translation>Volume angelegt</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="350" />
        <source>✓ %1 is ready: LUKS2, the passphrase in slot 0%2.</source>
        <translation>✓ %1 ist bereit: LUKS2, die Passphrase in Platz 0%2.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="352" />
        <source>, the recovery key in slot 1</source>
        <translation>, der Wiederherstellungsschlüssel in Platz 1</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="357" />
        <source>The Volume Was Not Made</source>
        <translation>Das Volume wurde nicht angelegt</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="358" />
        <source>Cancelled; nothing was left behind.</source>
        <translation>Abgebrochen; nichts wurde zurückgelassen.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="375" />
        <source>Saving the header…</source>
        <translation>Der Header wird gesichert …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="384" />
        <source>✓ Header saved to %1.</source>
        <translation>✓ Header in %1 gesichert.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeSetupWizard</name>
    <message>
        <location filename="../ui/volumes/VolumeSetupWizard.cpp" line="13" />
        <source>New Volume</source>
        <translation>Neues Volume</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeSummaryPage</name>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="262" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="263" />
        <source>Check what will be made. After Create Volume there is no going back in this wizard.</source>
        <translation>Prüfen Sie, was angelegt wird. Nach „Volume anlegen“ geht es in diesem Assistenten nicht mehr zurück.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="265" />
        <source>Create Volume</source>
        <translation>Volume anlegen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="278" />
        <source>%1, %2 MiB, %3 threads</source>
        <translation>%1, %2 MiB, %3 Threads</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="281" />
        <source>%1 iterations</source>
        <translation>%1 Iterationen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="281" />
        <source>measured for %1 ms</source>
        <translation>gemessen für %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="287" />
        <source>Image file</source>
        <translation>Abbilddatei</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="288" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="288" />
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="289" />
        <source>File system</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="290" />
        <source>ext4, made in the file and encrypted in place</source>
        <translation>ext4, in der Datei angelegt und an Ort und Stelle verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="291" />
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="293" />
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="294" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="294" />
        <source>LUKS2, %1, %2-bit key</source>
        <translation>LUKS2, %1, %2-Bit-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="295" />
        <source>Key derivation</source>
        <translation>Schlüsselableitung</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="296" />
        <source>Slot 0</source>
        <translation>Platz 0</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="296" />
        <source>operational passphrase</source>
        <translation>Betriebs-Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="297" />
        <source>Slot 1</source>
        <translation>Platz 1</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="297" />
        <source>recovery key (the one you wrote down)</source>
        <translation>Wiederherstellungsschlüssel (der aufgeschriebene)</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeSetupPages.cpp" line="297" />
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeText</name>
    <message>
        <location filename="../ui/volumes/VolumeText.cpp" line="11" />
        <source>%1 · %2 MiB · %3 threads · %4 iterations</source>
        <translation>%1 · %2 MiB · %3 Threads · %4 Iterationen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeText.cpp" line="17" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeText.cpp" line="18" />
        <source>%1 · %2 iterations</source>
        <translation>%1 · %2 Iterationen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeText.cpp" line="23" />
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeText.cpp" line="35" />
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeText.cpp" line="37" />
        <source>half encrypted: resume with Encrypt</source>
        <translation>halb verschlüsselt: mit „Verschlüsseln“ fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeText.cpp" line="39" />
        <source>half decrypted: resume with Decrypt</source>
        <translation>halb entschlüsselt: mit „Entschlüsseln“ fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeText.cpp" line="41" />
        <source>interrupted mid-chunk: resume to repair</source>
        <translation>mitten in einem Abschnitt unterbrochen: zum Reparieren fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeText.cpp" line="50" />
        <source>LUKS%1 · 1 key slot</source>
        <translation>LUKS%1 · 1 Schlüsselplatz</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeText.cpp" line="51" />
        <source>LUKS%1 · %2 key slots</source>
        <translation>LUKS%1 · %2 Schlüsselplätze</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeText.cpp" line="63" />
        <source>yesterday (%1)</source>
        <translation>gestern (%1)</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeText.cpp" line="64" />
        <source>%1 days ago (%2)</source>
        <translation>vor %1 Tagen (%2)</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeText.cpp" line="57" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumeText.cpp" line="61" />
        <source>today (%1)</source>
        <translation>heute (%1)</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumesPage</name>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="47" />
        <source>This machine has no device-mapper (/dev/mapper/control is missing or dm_crypt is not loaded), so volumes cannot be opened, mounted or closed here. Key slots, header backups and in-place encryption work without it.</source>
        <translation>Dieser Rechner hat keinen Device-Mapper (/dev/mapper/control fehlt oder dm_crypt ist nicht geladen), daher lassen sich Volumes hier nicht öffnen, einhängen oder schließen. Schlüsselplätze, Header-Sicherungen und die Verschlüsselung an Ort und Stelle funktionieren auch ohne ihn.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="62" />
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="65" />
        <source>New Volume…</source>
        <translation>Neues Volume …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="67" />
        <source>Add Existing…</source>
        <translation>Vorhandenes hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="69" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="118" />
        <source>&lt;p&gt;&lt;b&gt;No volumes yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Make a new LUKS2 volume in an image file with &lt;b&gt;New Volume…&lt;/b&gt;, or add an existing image with &lt;b&gt;Add Existing…&lt;/b&gt; or by dropping it here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Volumes.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Legen Sie mit &lt;b&gt;Neues Volume …&lt;/b&gt; ein neues LUKS2-Volume in einer Abbilddatei an, oder fügen Sie ein vorhandenes Abbild mit &lt;b&gt;Vorhandenes hinzufügen …&lt;/b&gt; oder durch Hineinziehen hinzu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="140" />
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="141" />
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="142" />
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="143" />
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="144" />
        <source>Header backup:</source>
        <translation>Header-Sicherung:</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="147" />
        <source>Key slots</source>
        <translation>Schlüsselplätze</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="152" />
        <source>Slot</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="152" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="152" />
        <source>Key derivation</source>
        <translation>Schlüsselableitung</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="152" />
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="152" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="165" />
        <source>Add Key…</source>
        <translation>Schlüssel hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="165" />
        <source>Add a passphrase in a free key slot.</source>
        <translation>Eine Passphrase in einem freien Schlüsselplatz hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="166" />
        <source>Change Key…</source>
        <translation>Schlüssel ändern …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="167" />
        <source>Replace the passphrase of the slot a key opens.</source>
        <translation>Die Passphrase des Platzes ersetzen, den ein Schlüssel öffnet.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="168" />
        <source>Remove Key…</source>
        <translation>Schlüssel entfernen …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="169" />
        <source>Remove a key slot, after proving that a different key opens another one.</source>
        <translation>Einen Schlüsselplatz entfernen, nachdem ein anderer Schlüssel nachweislich einen anderen Platz öffnet.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="170" />
        <source>Retune…</source>
        <translation>Neu abstimmen …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="171" />
        <source>Rewrite a slot with other key-derivation costs.</source>
        <translation>Einen Platz mit anderen Kosten der Schlüsselableitung neu schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="172" />
        <source>Back Up Header…</source>
        <translation>Header sichern …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="173" />
        <source>Save the LUKS header (key slots included) to a file.</source>
        <translation>Den LUKS-Header (samt Schlüsselplätzen) in eine Datei sichern.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="174" />
        <source>Restore Header…</source>
        <translation>Header wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="175" />
        <source>Put a saved header back on the image.</source>
        <translation>Einen gesicherten Header zurück auf das Abbild schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="176" />
        <source>Encrypt in Place…</source>
        <translation>An Ort und Stelle verschlüsseln …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="177" />
        <source>Encrypt an unencrypted image where it is.</source>
        <translation>Ein unverschlüsseltes Abbild dort verschlüsseln, wo es liegt.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="178" />
        <source>Decrypt in Place…</source>
        <translation>An Ort und Stelle entschlüsseln …</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="179" />
        <source>Turn the volume back into an unencrypted image.</source>
        <translation>Das Volume wieder in ein unverschlüsseltes Abbild verwandeln.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="180" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="181" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="182" />
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="183" />
        <source>Remove from this list; the file stays untouched.</source>
        <translation>Aus dieser Liste entfernen; die Datei bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="207" />
        <source>Opening and closing run through the privileged helper: use strongroom-cli volume open IMAGE NAME and volume close NAME.</source>
        <translation>Öffnen und Schließen laufen über den privilegierten Helfer: Verwenden Sie strongroom-cli volume open ABBILD NAME und volume close NAME.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="304" />
        <source>%1, %2-bit key, %3-byte sectors%4</source>
        <translation>%1, %2-Bit-Schlüssel, %3-Byte-Sektoren%4</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="310" />
        <source>, label “%1”</source>
        <translation>, Bezeichnung „%1“</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="315" />
        <source>%1: without one, a damaged header loses all data. Back it up now.</source>
        <translation>%1: Ohne Sicherung gehen bei einem beschädigten Header alle Daten verloren. Sichern Sie ihn jetzt.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="326" />
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="359" />
        <source>Maps the volume through strongroom-helper, which asks for authorisation.</source>
        <translation>Bindet das Volume über strongroom-helper ein, der nach einer Berechtigung fragt.</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="368" />
        <source>Add Existing Volume</source>
        <translation>Vorhandenes Volume hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="369" />
        <source>Volume images (*.img *.luks *.raw);;All files (*)</source>
        <translation>Volume-Abbilder (*.img *.luks *.raw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="431" />
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="460" />
        <location filename="../ui/volumes/VolumesPage.cpp" line="466" />
        <location filename="../ui/volumes/VolumesPage.cpp" line="474" />
        <source>Restore Header</source>
        <translation>Header wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="467" />
        <source>Replace the LUKS header of %1 with the one saved in %2?</source>
        <translation>Den LUKS-Header von %1 durch den in %2 gesicherten ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/volumes/VolumesPage.cpp" line="471" />
        <source>Restoring brings back the key slots of the time of the backup: keys removed since then open the volume again, keys added since then stop working. The current header is kept in a file beside the image. A backup of another volume (other UUID) is refused.</source>
        <translation>Die Wiederherstellung bringt die Schlüsselplätze vom Zeitpunkt der Sicherung zurück: Seitdem entfernte Schlüssel öffnen das Volume wieder, seitdem hinzugefügte nicht mehr. Der aktuelle Header wird in einer Datei neben dem Abbild aufbewahrt. Eine Sicherung eines anderen Volumes (andere UUID) wird abgelehnt.</translation>
    </message>
</context>
</TS>