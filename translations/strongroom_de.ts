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
    <name>strongroom::ui::BackupHistoryModel</name>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="57" />
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="57" />
        <source>not yet verified</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="59" />
        <source> (pre-restore)</source>
        <translation> (vor Wiederherstellung)</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="47" />
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="49" />
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="50" />
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="81" />
        <source>%1 rows in %2 tables</source>
        <translation>%1 Zeilen in %2 Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="92" />
        <source>Taken from %1</source>
        <translation>Erstellt aus %1</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="94" />
        <source>Backups with the same key id were made with the same key.</source>
        <translation>Sicherungen mit derselben Schlüssel-ID wurden mit demselben Schlüssel erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="114" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="116" />
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="118" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="120" />
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="122" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="124" />
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupHistoryModel.cpp" line="126" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::BackupsPage</name>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="49" />
        <source>&lt;h2&gt;No database open&lt;/h2&gt;&lt;p&gt;Open an encrypted database on the Databases page; its backups, their history and the retention policy are shown here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Keine Datenbank geöffnet&lt;/h2&gt;&lt;p&gt;Öffnen Sie eine verschlüsselte Datenbank auf der Seite „Datenbanken“; ihre Sicherungen, deren Verlauf und die Aufbewahrungsregeln erscheinen hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="61" />
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="82" />
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="83" />
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="84" />
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="85" />
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="86" />
        <source>Restore from &amp;File…</source>
        <translation>Aus &amp;Datei wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="87" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="88" />
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="110" />
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="112" />
        <source>Re&amp;tention</source>
        <translation>&amp;Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="214" />
        <source>%1 is not open with a key (or is not encrypted). Open it with its key on the Databases page to back it up, compare or restore; the history can be browsed and verified at checksum level meanwhile.</source>
        <translation>%1 ist nicht mit einem Schlüssel geöffnet (oder nicht verschlüsselt). Öffnen Sie sie auf der Seite „Datenbanken“ mit ihrem Schlüssel, um sie zu sichern, zu vergleichen oder wiederherzustellen; bis dahin lässt sich der Verlauf ansehen und auf Prüfsummenebene prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="224" />
        <source>History folder: %1</source>
        <translation>Sicherungsordner: %1</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="301" />
        <source>intact (checked now)</source>
        <translation>unversehrt (soeben geprüft)</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="301" />
        <source>checksum matches (checked now)</source>
        <translation>Prüfsumme stimmt (soeben geprüft)</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="306" />
        <source>made with another key</source>
        <translation>mit anderem Schlüssel erstellt</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="309" />
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="312" />
        <source>not a usable backup</source>
        <translation>keine verwendbare Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="332" />
        <source>Compare %1 with %2</source>
        <translation>%1 mit %2 vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="354" />
        <source>Delete Backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="355" />
        <source>Delete the backup %1? The file is removed from the disk and from the history; this cannot be undone.</source>
        <translation>Die Sicherung %1 löschen? Die Datei wird von der Festplatte und aus dem Verlauf entfernt; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="361" />
        <source>It is a pre-restore backup: the way back from a restore.</source>
        <translation>Es ist eine Sicherung vor einer Wiederherstellung: der Weg zurück.</translation>
    </message>
    <message>
        <location filename="../ui/backups/BackupsPage.cpp" line="362" />
        <source>&amp;Delete Backup</source>
        <translation>Sicherung &amp;löschen</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ChooseBackupPage</name>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="53" />
        <source>Choose a Backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="54" />
        <source>Restore from this database&apos;s backup history, or from any backup file, for example one downloaded from a web admin page. You can drop a file on this page.</source>
        <translation>Aus dem Sicherungsverlauf dieser Datenbank wiederherstellen oder aus einer beliebigen Sicherungsdatei, etwa einer von einer Web-Verwaltungsseite heruntergeladenen. Sie können eine Datei auf diese Seite ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="58" />
        <source>From the &amp;history</source>
        <translation>Aus dem &amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="64" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="64" />
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="64" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="64" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="67" />
        <source>From a &amp;file</source>
        <translation>Aus einer &amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="73" />
        <source>Path of a backup file, or drop one here</source>
        <translation>Pfad einer Sicherungsdatei, oder hierher ziehen</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="74" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="105" />
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="105" />
        <source>not yet verified</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="148" />
        <source>Choose a Backup File</source>
        <translation>Sicherungsdatei auswählen</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="149" />
        <source>Databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ComparisonModel</name>
    <message>
        <location filename="../ui/backups/ComparisonView.cpp" line="35" />
        <source>(no such table)</source>
        <translation>(Tabelle fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/backups/ComparisonView.cpp" line="63" />
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/backups/ComparisonView.cpp" line="65" />
        <source>Live rows</source>
        <translation>Zeilen aktuell</translation>
    </message>
    <message>
        <location filename="../ui/backups/ComparisonView.cpp" line="67" />
        <source>Backup rows</source>
        <translation>Zeilen Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/backups/ComparisonView.cpp" line="69" />
        <source>Backup − live</source>
        <translation>Sicherung − aktuell</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ComparisonPage</name>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="328" />
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="329" />
        <source>What the database holds now and what it will hold after the restore, table by table.</source>
        <translation>Was die Datenbank jetzt enthält und was sie nach der Wiederherstellung enthalten wird, Tabelle für Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="344" />
        <source>%1 does not exist yet; the restore creates it.</source>
        <translation>%1 existiert noch nicht; die Wiederherstellung legt sie an.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="346" />
        <source>The backup was made with another key; the restored database gets the live key.</source>
        <translation>Die Sicherung wurde mit einem anderen Schlüssel erstellt; die wiederhergestellte Datenbank erhält den aktuellen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="348" />
        <source>The backup uses %1 cipher settings and the live database %2; the restored database keeps the backup&apos;s settings.</source>
        <translation>Die Sicherung verwendet die Verschlüsselungseinstellungen %1, die aktuelle Datenbank %2; die wiederhergestellte Datenbank behält die Einstellungen der Sicherung.</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ComparisonView</name>
    <message>
        <location filename="../ui/backups/ComparisonView.cpp" line="80" />
        <source>does not exist yet</source>
        <translation>existiert noch nicht</translation>
    </message>
    <message>
        <location filename="../ui/backups/ComparisonView.cpp" line="116" />
        <source>Live database</source>
        <translation>Aktuelle Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/backups/ComparisonView.cpp" line="117" />
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ConfirmRestorePage</name>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="360" />
        <source>Replace the Database</source>
        <translation>Datenbank ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="361" />
        <source>The last step before anything is changed.</source>
        <translation>Der letzte Schritt, bevor etwas verändert wird.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="363" />
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="380" />
        <source>&lt;p&gt;The database &lt;b&gt;%1&lt;/b&gt; will be replaced by the backup &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;First, the current database is backed up into the history folder &lt;b&gt;%3&lt;/b&gt; as &lt;b&gt;%4&lt;/b&gt; (named after the time of the restore), tagged &lt;i&gt;pre-restore&lt;/i&gt;: with it, this restore can be undone. Pruning leaves pre-restore backups alone.&lt;/p&gt;&lt;p&gt;The restored copy is written beside the database, verified and then swapped in at once; if anything fails, the current database stays as it is. Applications using the database must be closed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Datenbank &lt;b&gt;%1&lt;/b&gt; wird durch die Sicherung &lt;b&gt;%2&lt;/b&gt; ersetzt.&lt;/p&gt;&lt;p&gt;Zuerst wird die aktuelle Datenbank in den Sicherungsordner &lt;b&gt;%3&lt;/b&gt; als &lt;b&gt;%4&lt;/b&gt; gesichert (benannt nach dem Zeitpunkt der Wiederherstellung) und als &lt;i&gt;pre-restore&lt;/i&gt; markiert: damit lässt sich diese Wiederherstellung rückgängig machen. Das Aufräumen lässt solche Sicherungen stehen.&lt;/p&gt;&lt;p&gt;Die wiederhergestellte Kopie wird neben die Datenbank geschrieben, geprüft und dann in einem Schritt eingesetzt; schlägt etwas fehl, bleibt die aktuelle Datenbank, wie sie ist. Anwendungen, die die Datenbank benutzen, müssen geschlossen sein.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="391" />
        <source>&lt;p&gt;The database &lt;b&gt;%1&lt;/b&gt; will be created from the backup &lt;b&gt;%2&lt;/b&gt;. There is no current database, so no pre-restore backup is made.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Datenbank &lt;b&gt;%1&lt;/b&gt; wird aus der Sicherung &lt;b&gt;%2&lt;/b&gt; angelegt. Es gibt keine aktuelle Datenbank, daher wird vorher keine Sicherung erstellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="394" />
        <source>&lt;p&gt;Press &lt;b&gt;Restore&lt;/b&gt; to go ahead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klicken Sie auf &lt;b&gt;Wiederherstellen&lt;/b&gt;, um fortzufahren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::DatabaseDashboard</name>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="77" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="78" />
        <source>Total size</source>
        <translation>Gesamtgröße</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="79" />
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="80" />
        <source>SQLCipher / SQLite</source>
        <translation>SQLCipher / SQLite</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="81" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="82" />
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="83" />
        <source>Free pages</source>
        <translation>Freie Seiten</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="91" />
        <source>Filter tables and indexes</source>
        <translation>Tabellen und Indizes filtern</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="97" />
        <source>Stop counting</source>
        <translation>Zählen beenden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="101" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="102" />
        <source>Copy as &amp;Text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="103" />
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="104" />
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="175" />
        <source>Opening %1… Each set of cipher settings tried costs one key derivation, so this can take a few seconds.</source>
        <translation>%1 wird geöffnet … Jeder Versuch mit anderen Verschlüsselungseinstellungen kostet eine Schlüsselableitung; das kann einige Sekunden dauern.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="189" />
        <source>%1 is closed while it is being restored.</source>
        <translation>%1 ist geschlossen, solange sie wiederhergestellt wird.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="200" />
        <source>age %1 · %2</source>
        <translation>Alter %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="224" />
        <source>Try &amp;Again…</source>
        <translation>&amp;Erneut versuchen …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="242" />
        <source>Opened with %1 settings. Files made with older SQLCipher versions use weaker key derivation than SQLCipher 4; consider migrating this file.</source>
        <translation>Mit den Einstellungen von %1 geöffnet. Dateien älterer SQLCipher-Versionen nutzen eine schwächere Schlüsselableitung als SQLCipher 4; erwägen Sie, diese Datei zu migrieren.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="257" />
        <source>Enter &amp;Key…</source>
        <translation>&amp;Schlüssel eingeben …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="278" />
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="280" />
        <source>database %1 + WAL %2</source>
        <translation>Datenbank %1 + WAL %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="281" />
        <source>%1 pages of %2 bytes</source>
        <translation>%1 Seiten zu %2 Byte</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="283" />
        <source>%1, %2 iterations, %3, page %4 bytes, %5 key</source>
        <translation>%1, %2 Iterationen, %3, Seite %4 Byte, %5-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="286" />
        <source>no HMAC</source>
        <translation>kein HMAC</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="288" />
        <source>raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="288" />
        <source>passphrase</source>
        <translation>Passphrasen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="291" />
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="291" />
        <source>Anyone who can read the file can read the data.</source>
        <translation>Wer die Datei lesen kann, kann die Daten lesen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="294" />
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="295" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="296" />
        <source>The file system does not record birth times.</source>
        <translation>Das Dateisystem speichert keine Erstellungszeiten.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="204" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="204" />
        <source>No backup in this database&apos;s history folder.</source>
        <translation>Keine Sicherung im Verlaufsordner dieser Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="297" />
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="297" />
        <source>Reading the backup history…</source>
        <translation>Sicherungsverlauf wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="300" />
        <source>%1 reclaimable by VACUUM</source>
        <translation>%1 durch VACUUM zurückzugewinnen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="313" />
        <source>Counting rows and measuring tables…</source>
        <translation>Zeilen werden gezählt und Tabellen vermessen …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="329" />
        <source>Counting stopped; the numbers shown are complete for the tables listed.</source>
        <translation>Zählen beendet; die gezeigten Zahlen sind für die aufgeführten Tabellen vollständig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="340" />
        <source>%n table(s) measured…</source>
        <translation>
            <numerusform>%n Tabelle vermessen …</numerusform>
            <numerusform>%n Tabellen vermessen …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="373" />
        <source>Largest tables (MiB)</source>
        <translation>Größte Tabellen (MiB)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="375" />
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="376" />
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="408" />
        <source>Space in the file</source>
        <translation>Platz in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="411" />
        <source>Used %1</source>
        <translation>Belegt %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="412" />
        <source>Free %1</source>
        <translation>Frei %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="414" />
        <source>WAL %1</source>
        <translation>WAL %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="439" />
        <source>Export Table Statistics</source>
        <translation>Tabellenstatistik exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DatabaseDashboard.cpp" line="447" />
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
        <source>Passphrase, or x&apos;…&apos; for a raw key</source>
        <translation>Passphrase, oder x&apos;…&apos; für einen Rohschlüssel</translation>
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
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59" />
        <location filename="../ui/MainWindow.cpp" line="60" />
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61" />
        <source>LUKS2 volumes in image files: their key slots (operational and recovery), header backups, a setup wizard and a key-slot manager that will not let you remove the last key that opens a volume.</source>
        <translation>LUKS2-Volumes in Abbilddateien: ihre Schlüsselplätze (Betrieb und Wiederherstellung), Header-Sicherungen, ein Einrichtungsassistent und eine Schlüsselplatzverwaltung, die den letzten Schlüssel, der ein Volume öffnet, nicht entfernen lässt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65" />
        <location filename="../ui/MainWindow.cpp" line="66" />
        <source>Benchmarks</source>
        <translation>Leistungsmessung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67" />
        <source>What encryption costs on this machine, and Strongroom&apos;s own throughput against the reference tools, with baselines and thresholds.</source>
        <translation>Was Verschlüsselung auf diesem Rechner kostet, und Strongrooms eigener Durchsatz im Vergleich mit den Referenzwerkzeugen, mit Bezugswerten und Schwellen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98" />
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105" />
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106" />
        <source>&amp;Checksum of a File…</source>
        <translation>&amp;Prüfsumme einer Datei …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109" />
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnose …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110" />
        <source>&amp;About Strongroom</source>
        <translation>Ü&amp;ber Strongroom</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131" />
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132" />
        <source>Databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144" />
        <source>Checksum of a File</source>
        <translation>Prüfsumme einer Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155" />
        <source>About Strongroom</source>
        <translation>Über Strongroom</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156" />
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
    <name>strongroom::ui::RestoreProgressPage</name>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="401" />
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="403" />
        <source>The job&apos;s progress window shows each step; the database is replaced only once the restored copy is complete and verified.</source>
        <translation>Das Fortschrittsfenster des Auftrags zeigt jeden Schritt; die Datenbank wird erst ersetzt, wenn die wiederhergestellte Kopie vollständig und geprüft ist.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="424" />
        <source>Restoring %1 from %2…</source>
        <translation>%1 wird aus %2 wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::RestoreReportPage</name>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="452" />
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="453" />
        <source>What the restore did.</source>
        <translation>Was die Wiederherstellung getan hat.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="473" />
        <source>&lt;p&gt;&lt;span style=&apos;font-size: 14pt&apos;&gt;✔&lt;/span&gt; &lt;b&gt;%1 was restored&lt;/b&gt; from %2 and verified: %3 rows in %4 tables.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&apos;font-size: 14pt&apos;&gt;✔&lt;/span&gt; &lt;b&gt;%1 wurde&lt;/b&gt; aus %2 &lt;b&gt;wiederhergestellt&lt;/b&gt; und geprüft: %3 Zeilen in %4 Tabellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="481" />
        <source>&lt;p&gt;The database as it was before is kept as &lt;b&gt;%1&lt;/b&gt; (tagged pre-restore); restore it the same way to undo this.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Datenbank im vorherigen Zustand ist als &lt;b&gt;%1&lt;/b&gt; aufbewahrt (markiert als pre-restore); stellen Sie sie auf dieselbe Weise wieder her, um dies rückgängig zu machen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="485" />
        <source>&lt;p&gt;The restored database was re-keyed to the live database&apos;s key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die wiederhergestellte Datenbank wurde auf den Schlüssel der aktuellen Datenbank umgeschlüsselt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="488" />
        <source>&lt;p&gt;The restore was cancelled; the database was not replaced.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Wiederherstellung wurde abgebrochen; die Datenbank wurde nicht ersetzt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="491" />
        <source>&lt;p&gt;&lt;span style=&apos;font-size: 14pt&apos;&gt;✖&lt;/span&gt; &lt;b&gt;The restore failed.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&apos;font-size: 14pt&apos;&gt;✖&lt;/span&gt; &lt;b&gt;Die Wiederherstellung ist fehlgeschlagen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::RestoreWizard</name>
    <message>
        <location filename="../ui/backups/RestoreWizard.cpp" line="13" />
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>strongroom::ui::RetentionEditor</name>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="28" />
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="45" />
        <source>e.g. 7d, 2m, 1y6m</source>
        <translation>z. B. 7d, 2m, 1y6m</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="47" />
        <source>Keep every backup within this time before the newest one: y years, m months, d days, h hours.</source>
        <translation>Jede Sicherung innerhalb dieser Zeit vor der neuesten behalten: y Jahre, m Monate, d Tage, h Stunden.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="49" />
        <source>Let the policy remove pre-restore backups</source>
        <translation>Sicherungen vor Wiederherstellungen dürfen entfernt werden</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="54" />
        <source>Keep the &amp;last:</source>
        <translation>Die &amp;letzten behalten:</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="54" />
        <source>Keep &amp;hourly:</source>
        <translation>&amp;Stündlich behalten:</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="54" />
        <source>Keep &amp;daily:</source>
        <translation>&amp;Täglich behalten:</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="55" />
        <source>Keep &amp;weekly:</source>
        <translation>&amp;Wöchentlich behalten:</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="55" />
        <source>Keep &amp;monthly:</source>
        <translation>&amp;Monatlich behalten:</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="55" />
        <source>Keep &amp;yearly:</source>
        <translation>&amp;Jährlich behalten:</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="56" />
        <source>Keep &amp;within:</source>
        <translation>&amp;Innerhalb behalten:</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="68" />
        <source>Each rule keeps the newest backup of that many hours, days, weeks, months or years (0: rule not used; unlimited: every one). A backup is kept when any rule keeps it. Backups not yet verified are never removed.</source>
        <translation>Jede Regel behält die neueste Sicherung von so vielen Stunden, Tagen, Wochen, Monaten oder Jahren (0: Regel nicht verwendet; unbegrenzt: von allen). Eine Sicherung bleibt, wenn irgendeine Regel sie behält. Noch nicht geprüfte Sicherungen werden nie entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="83" />
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="83" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="83" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="83" />
        <source>Why it is kept</source>
        <translation>Warum sie bleibt</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="89" />
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="167" />
        <source>“%1” is not a duration: write it like 7d, 2m or 1y6m (y years, m months, d days, h hours).</source>
        <translation>„%1“ ist keine Zeitspanne: schreiben Sie sie wie 7d, 2m oder 1y6m (y Jahre, m Monate, d Tage, h Stunden).</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="179" />
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="179" />
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="190" />
        <source>Policy: %1. There are no backups in this history yet.</source>
        <translation>Regeln: %1. In diesem Verlauf gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="192" />
        <source>Policy: %1. Dry run: it keeps every backup (%2).</source>
        <translation>Regeln: %1. Probelauf: alle Sicherungen bleiben (%2).</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="219" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="197" />
        <source>Policy: %1. Dry run: it would remove %2 of %3 backups (%4) and keep the rest for the reasons shown.</source>
        <translation>Regeln: %1. Probelauf: %2 von %3 Sicherungen würden entfernt (%4), der Rest bleibt aus den angezeigten Gründen.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="213" />
        <source>Delete the backup %1 from %2? This cannot be undone.</source>
        <translation>Die Sicherung %1 aus %2 löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="214" />
        <source>Delete %1 backups from %2? This cannot be undone.</source>
        <translation>%1 Sicherungen aus %2 löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RetentionEditor.cpp" line="215" />
        <source>Apply the Retention Policy</source>
        <translation>Aufbewahrungsregeln anwenden</translation>
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
    <name>strongroom::ui::ValidationPage</name>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="177" />
        <source>Check the Backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="178" />
        <source>The backup must be an encrypted database that opens with the key and passes cipher_integrity_check and integrity_check. Nothing is changed yet.</source>
        <translation>Die Sicherung muss eine verschlüsselte Datenbank sein, die sich mit dem Schlüssel öffnen lässt und cipher_integrity_check und integrity_check besteht. Noch wird nichts verändert.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="193" />
        <source>The key this backup was made with</source>
        <translation>Der Schlüssel, mit dem diese Sicherung erstellt wurde</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="194" />
        <source>&amp;Check with This Key</source>
        <translation>Mit diesem Schlüssel &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="196" />
        <source>Backup&apos;s &amp;key:</source>
        <translation>&amp;Schlüssel der Sicherung:</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="249" />
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="257" />
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="282" />
        <source>The check was stopped.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="288" />
        <source>&lt;b&gt;Valid.&lt;/b&gt; %1 opens with the key (%2 settings) and passes cipher_integrity_check and integrity_check.</source>
        <translation>&lt;b&gt;Gültig.&lt;/b&gt; %1 lässt sich mit dem Schlüssel öffnen (Einstellungen %2) und besteht cipher_integrity_check und integrity_check.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="293" />
        <source>It was made with another key; the restored database will be re-keyed to the live database&apos;s key.</source>
        <translation>Sie wurde mit einem anderen Schlüssel erstellt; die wiederhergestellte Datenbank wird auf den Schlüssel der aktuellen Datenbank umgeschlüsselt.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="306" />
        <source>&lt;b&gt;Wrong key.&lt;/b&gt; %1 was made with another key than the live database&apos;s. Enter the key it was made with; the restored database will be re-keyed to the live key.</source>
        <translation>&lt;b&gt;Falscher Schlüssel.&lt;/b&gt; %1 wurde mit einem anderen Schlüssel als dem der aktuellen Datenbank erstellt. Geben Sie den Schlüssel ein, mit dem sie erstellt wurde; die wiederhergestellte Datenbank wird auf den aktuellen Schlüssel umgeschlüsselt.</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="313" />
        <source>&lt;b&gt;Damaged.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Beschädigt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="316" />
        <source>&lt;b&gt;Not an encrypted database.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Keine verschlüsselte Datenbank.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/backups/RestoreWizardPages.cpp" line="319" />
        <source>&lt;b&gt;Cannot be restored.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kann nicht wiederhergestellt werden.&lt;/b&gt; %1</translation>
    </message>
</context>
</TS>
