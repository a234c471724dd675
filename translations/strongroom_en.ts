<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgeFormat</name>
    <message numerus="yes">
        <source>No identity matched: none of the %n identities given opens any of the file&apos;s %1 recipient stanzas.</source>
        <translation>
            <numerusform>No identity matched: the %n identity given opens none of the file&apos;s %1 recipient stanzas.</numerusform>
            <numerusform>No identity matched: none of the %n identities given opens any of the file&apos;s %1 recipient stanzas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rewrap %n age file(s)</source>
        <translation>
            <numerusform>Rewrap %n age file</numerusform>
            <numerusform>Rewrap %n age files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rewrapped to %1 recipient(s).</source>
        <translation>
            <numerusform>%n file rewrapped to %1 recipient(s).</numerusform>
            <numerusform>%n files rewrapped to %1 recipient(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Benchmark</name>
    <message numerus="yes">
        <source>%n statement(s) measured on %1.</source>
        <translation>
            <numerusform>%n statement measured on %1.</numerusform>
            <numerusform>%n statements measured on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) slower than baseline %1 beyond the threshold and the noise.</source>
        <translation>
            <numerusform>%n statement slower than baseline %1 beyond the threshold and the noise.</numerusform>
            <numerusform>%n statements slower than baseline %1 beyond the threshold and the noise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message numerus="yes">
        <source>%1 bytes</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 pages</source>
        <translation>
            <numerusform>%1 page</numerusform>
            <numerusform>%1 pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows</source>
        <translation>
            <numerusform>%1 row</numerusform>
            <numerusform>%1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 items</source>
        <translation>
            <numerusform>%1 item</numerusform>
            <numerusform>%1 items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolumeInfo</name>
    <message numerus="yes">
        <source>(%1 KiB, %2 iterations, %n threads)</source>
        <translation>
            <numerusform>(%1 KiB, %2 iterations, %n thread)</numerusform>
            <numerusform>(%1 KiB, %2 iterations, %n threads)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::BackupCommands</name>
    <message numerus="yes">
        <source>%1 in %n tables</source>
        <translation>
            <numerusform>%1 in %n table</numerusform>
            <numerusform>%1 in %n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::BenchCommands</name>
    <message numerus="yes">
        <source>SQLCipher %1 (SQLite %2), %3 MB, %4 rows, best of %n round(s)</source>
        <translation>
            <numerusform>SQLCipher %1 (SQLite %2), %3 MB, %4 rows, %n round</numerusform>
            <numerusform>SQLCipher %1 (SQLite %2), %3 MB, %4 rows, best of %n rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli::KeyListCommand</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (own period: %n days)</source>
        <translation>
            <numerusform> (own period: %n day)</numerusform>
            <numerusform> (own period: %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strongroom::ui::AuditPage</name>
    <message numerus="yes">
        <source>The log is intact: %n line(s), hash chain unbroken.</source>
        <translation>
            <numerusform>The log is intact: %n line, hash chain unbroken.</numerusform>
            <numerusform>The log is intact: %n lines, hash chain unbroken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strongroom::ui::DatabaseDashboard</name>
    <message numerus="yes">
        <source>%n table(s) measured…</source>
        <translation>
            <numerusform>%n table measured…</numerusform>
            <numerusform>%n tables measured…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strongroom::ui::JobProgressDialog</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot be stopped; ends in about %n s</source>
        <translation>
            <numerusform>cannot be stopped; ends in about %n s</numerusform>
            <numerusform>cannot be stopped; ends in about %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: the running step cannot be stopped; it ends in about %n s, then the job stops.</source>
        <translation>
            <numerusform>Cancelling: the running step cannot be stopped; it ends in about %n s, then the job stops.</numerusform>
            <numerusform>Cancelling: the running step cannot be stopped; it ends in about %n s, then the job stops.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strongroom::ui::JobsIndicator</name>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strongroom::ui::LeftoverTempsBanner</name>
    <message numerus="yes">
        <source>An interrupted conversion of this file left %n temp file(s) beside it: %1. They are incomplete copies made by Strongroom; the database itself is intact. Removing them frees the space.</source>
        <translation>
            <numerusform>An interrupted conversion of this file left %n temp file beside it: %1. It is an incomplete copy made by Strongroom; the database itself is intact. Removing it frees the space.</numerusform>
            <numerusform>An interrupted conversion of this file left %n temp files beside it: %1. They are incomplete copies made by Strongroom; the database itself is intact. Removing them frees the space.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgBackupHistory</name>
    <message numerus="yes">
        <source>%n table(s) differ from the backup.</source>
        <translation>
            <numerusform>%n table differs from the backup.</numerusform>
            <numerusform>%n tables differ from the backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n Backup(s)</source>
        <translation>
            <numerusform>&amp;Remove %n Backup</numerusform>
            <numerusform>&amp;Remove %n Backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strongroom::ui::PgPlanPage</name>
    <message numerus="yes">
        <source>Stage the decrypted dump in a new private folder (0700) in %1 and run pg_restore with %n job(s); the folder is removed afterwards, also after a failure or a cancel.</source>
        <translation>
            <numerusform>Stage the decrypted dump in a new private folder (0700) in %1 and run pg_restore with %n job; the folder is removed afterwards, also after a failure or a cancel.</numerusform>
            <numerusform>Stage the decrypted dump in a new private folder (0700) in %1 and run pg_restore with %n jobs; the folder is removed afterwards, also after a failure or a cancel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strongroom::ui::ResultPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;Done and verified.&lt;/b&gt; %1 is now %2. %n table(s) checked, %3 rows.</source>
        <translation>
            <numerusform>&lt;b&gt;Done and verified.&lt;/b&gt; %1 is now %2. %n table checked, %3 rows.</numerusform>
            <numerusform>&lt;b&gt;Done and verified.&lt;/b&gt; %1 is now %2. %n tables checked, %3 rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strongroom::ui::SummaryPage</name>
    <message numerus="yes">
        <source>%n leftover temp file(s) of an interrupted run were found beside it; they are not used.</source>
        <translation>
            <numerusform>%n leftover temp file of an interrupted run was found beside it; it is not used.</numerusform>
            <numerusform>%n leftover temp files of an interrupted run were found beside it; they are not used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strongroom::ui::VolumeBrowserDialog</name>
    <message numerus="yes">
        <source>%n entries in %1.</source>
        <translation>
            <numerusform>%n entry in %1.</numerusform>
            <numerusform>%n entries in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extracting %n entries to %1…</source>
        <translation>
            <numerusform>Extracting %n entry to %1…</numerusform>
            <numerusform>Extracting %n entries to %1…</numerusform>
        </translation>
    </message>
</context>
</TS>
