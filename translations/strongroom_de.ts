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
        <location filename="../ui/pages/AuditPage.cpp" line="120" />
        <source>The log is intact: %n line(s), hash chain unbroken.</source>
        <translation><numerusform>Das Protokoll ist unversehrt: %n Zeile, Hash-Kette ungebrochen.</numerusform><numerusform>Das Protokoll ist unversehrt: %n Zeilen, Hash-Kette ungebrochen.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="121" />
        <source>The log was tampered with: %1. Keep this copy as evidence and compare it with your backups.</source>
        <translation>Das Protokoll wurde manipuliert: %1. Bewahren Sie diese Kopie als Beweis auf und vergleichen Sie sie mit Ihren Sicherungen.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::DatabasesPage</name>
    <message>
        <location filename="../ui/pages/DatabasesPage.cpp" line="39" />
        <source>&lt;h2&gt;No database open&lt;/h2&gt;&lt;p&gt;Open a SQLCipher or SQLite database to see its encryption settings, size, tables and row counts. You can also drop a file on this window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Keine Datenbank geöffnet&lt;/h2&gt;&lt;p&gt;Öffnen Sie eine SQLCipher- oder SQLite-Datenbank, um ihre Verschlüsselungseinstellungen, Größe, Tabellen und Zeilenzahlen zu sehen. Sie können eine Datei auch auf dieses Fenster ziehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/pages/DatabasesPage.cpp" line="44" />
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/pages/DatabasesPage.cpp" line="83" />
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DatabasesPage.cpp" line="85" />
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../ui/pages/DatabasesPage.cpp" line="90" />
        <source>Not encrypted (plain SQLite)</source>
        <translation>Nicht verschlüsselt (einfaches SQLite)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DatabasesPage.cpp" line="91" />
        <source>Encrypted, or not a database</source>
        <translation>Verschlüsselt oder keine Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/pages/DatabasesPage.cpp" line="92" />
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
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
        <translation><numerusform>noch etwa %n s</numerusform><numerusform>noch etwa %n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="30" />
        <source>about %n min left</source>
        <translation><numerusform>noch etwa %n min</numerusform><numerusform>noch etwa %n min</numerusform></translation>
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
        <translation><numerusform>%n Aufgabe läuft</numerusform><numerusform>%n Aufgaben laufen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsIndicator.cpp" line="22" />
        <source>Show the progress of running jobs</source>
        <translation>Fortschritt der laufenden Aufgaben anzeigen</translation>
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
</TS>