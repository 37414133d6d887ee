<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>MainWindow</name>
    <message>
        <source>The demo programme is loaded.</source>
        <translation>Het voorbeeldprogramma is geladen.</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;For the coordinator of a buddy programme that pairs newcomer families with volunteer buddies for six months.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Voor de coördinator van een buddywerking die nieuwkomersgezinnen zes maanden lang koppelt aan een vrijwillige buddy.&lt;/p&gt;&lt;p&gt;Je gegevens blijven op deze computer, in %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you saved is lost. The details are in the log file.</source>
        <translation>Er ging iets mis. Wat je bewaard hebt, is niet verloren. De details staan in het logbestand.</translation>
    </message>
    <message>
        <source>Please wait: the demo programme is still loading.</source>
        <translation>Even geduld: het voorbeeldprogramma wordt nog geladen.</translation>
    </message>
    <message>
        <source>Tandem Desktop</source>
        <translation>Tandem Desktop</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>Buddies</source>
        <translation>Buddy&apos;s</translation>
    </message>
    <message>
        <source>Duos</source>
        <translation>Duo&apos;s</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation>Groepsactiviteiten</translation>
    </message>
    <message>
        <source>Buddy meetings</source>
        <translation>Buddymomenten</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Tandem Desktop</source>
        <translation>&amp;Over Tandem Desktop</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Loading the demo programme…</source>
        <translation>Voorbeeldprogramma wordt geladen…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Voorbeeldgegevens laden</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Where the programme stands today: families, buddies and duos by status.</source>
        <translation>Waar de werking vandaag staat: gezinnen, buddy&apos;s en duo&apos;s per status.</translation>
    </message>
    <message>
        <source>Welcome to Tandem Desktop. There is no data yet. Start with the first family or buddy, or load a fictional demo programme to get to know the app. You can remove it later by starting with a new data folder.</source>
        <translation>Welkom bij Tandem Desktop. Er zijn nog geen gegevens. Begin met het eerste gezin of de eerste buddy, of laad een verzonnen voorbeeldprogramma om de app te leren kennen. Later begin je opnieuw met een nieuwe gegevensmap.</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>Buddies</source>
        <translation>Buddy&apos;s</translation>
    </message>
    <message>
        <source>Duos</source>
        <translation>Duo&apos;s</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>No backup yet.</source>
        <translation>Nog geen back-up.</translation>
    </message>
    <message>
        <source>Latest backup: %1</source>
        <translation>Laatste back-up: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>The language of the screens, where your data is kept, and its backups.</source>
        <translation>De taal van de schermen, waar je gegevens bewaard worden, en de back-ups.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu een back-up maken</translation>
    </message>
</context>
<context>
    <name>UpcomingSectionPage</name>
    <message>
        <source>This part of Tandem Desktop is being built and comes in a next version.</source>
        <translation>Aan dit onderdeel van Tandem Desktop wordt gewerkt. Het komt in een volgende versie.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>the log</source>
        <translation>het logbestand</translation>
    </message>
    <message>
        <source>Something went wrong. What you saved is safe. If it happens again, send the file %1 to the person who supports Tandem Desktop.</source>
        <translation>Er ging iets mis. Wat je bewaard hebt, is veilig. Gebeurt het opnieuw? Stuur dan het bestand %1 naar wie Tandem Desktop ondersteunt.</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Unknown time slots: {slots}.</source>
        <translation>Onbekende momenten: {slots}.</translation>
    </message>
    <message>
        <source>This is not possible for a duo with status “{status}”.</source>
        <translation>Dit kan niet voor een duo met status ‘{status}’.</translation>
    </message>
    <message>
        <source>A pause cannot start before the duo&apos;s start ({start}).</source>
        <translation>Een pauze kan niet beginnen vóór de start van het duo ({start}).</translation>
    </message>
    <message>
        <source>This duo has no open pause.</source>
        <translation>Dit duo heeft geen lopende pauze.</translation>
    </message>
    <message>
        <source>The pause cannot end before it started ({start}).</source>
        <translation>De pauze kan niet eindigen voor ze begon ({start}).</translation>
    </message>
    <message>
        <source>Describe the other reason.</source>
        <translation>Beschrijf de andere reden.</translation>
    </message>
    <message>
        <source>The end cannot come before the duo&apos;s start ({start}).</source>
        <translation>Het einde kan niet vóór de start van het duo liggen ({start}).</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number. Use e.g. 0470 12 34 56 or +32 470 12 34 56.</source>
        <translation>‘{value}’ is geen geldig telefoonnummer. Gebruik bv. 0470 12 34 56 of +32 470 12 34 56.</translation>
    </message>
    <message>
        <source>The birth year {year} lies in the future.</source>
        <translation>Het geboortejaar {year} ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The birth year {year} is not plausible.</source>
        <translation>Het geboortejaar {year} kan niet kloppen.</translation>
    </message>
    <message>
        <source>This date ({later}) comes before {earlier}.</source>
        <translation>Deze datum ({later}) ligt vóór {earlier}.</translation>
    </message>
    <message>
        <source>This date ({date}) lies in the future.</source>
        <translation>Deze datum ({date}) ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Enter a number from 1 to {maximum}.</source>
        <translation>Geef een getal van 1 tot {maximum}.</translation>
    </message>
    <message>
        <source>The data folder already holds a programme; demo data is only loaded into an empty one.</source>
        <translation>De gegevensmap bevat al een programma. Voorbeeldgegevens worden alleen in een lege map geladen.</translation>
    </message>
    <message>
        <source>The export to {path} failed: {reason}. Nothing was written.</source>
        <translation>De export naar {path} is mislukt: {reason}. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>{path} is not a Tandem Desktop export: it is not a UTF-8 text file.</source>
        <translation>{path} is geen export van Tandem Desktop: het is geen UTF-8-tekstbestand.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kan niet gelezen worden: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: it is not valid JSON (error at {where}). The file may be incomplete or damaged.</source>
        <translation>{path} kan niet ingelezen worden: het is geen geldige JSON (fout bij {where}). Misschien is het bestand onvolledig of beschadigd.</translation>
    </message>
    <message>
        <source>{path} is not a Tandem Desktop export. Choose a file made with “export” in Tandem Desktop.</source>
        <translation>{path} is geen export van Tandem Desktop. Kies een bestand dat gemaakt is met ‘exporteren’ in Tandem Desktop.</translation>
    </message>
    <message>
        <source>{path} is damaged: its format version ({version}) is not valid.</source>
        <translation>{path} is beschadigd: de formaatversie ({version}) is ongeldig.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Tandem Desktop (export format {version}); this version reads formats up to {supported}. Update Tandem Desktop, then import the file again.</source>
        <translation>{path} is gemaakt door een nieuwere versie van Tandem Desktop (exportformaat {version}); deze versie leest formaten tot {supported}. Werk Tandem Desktop bij en lees het bestand daarna opnieuw in.</translation>
    </message>
    <message>
        <source>{path} is damaged: it holds no tables of records.</source>
        <translation>{path} is beschadigd: er staan geen tabellen met gegevens in.</translation>
    </message>
    <message>
        <source>This family no longer exists.</source>
        <translation>Dit gezin bestaat niet meer.</translation>
    </message>
    <message>
        <source>Another family has the same name: {name}.</source>
        <translation>Een ander gezin heeft dezelfde naam: {name}.</translation>
    </message>
    <message>
        <source>{name} has the same phone number.</source>
        <translation>{name} heeft hetzelfde telefoonnummer.</translation>
    </message>
    <message>
        <source>{name} has a member with the same name and birth year: {member}.</source>
        <translation>{name} heeft een gezinslid met dezelfde naam en hetzelfde geboortejaar: {member}.</translation>
    </message>
    <message>
        <source>This buddy no longer exists.</source>
        <translation>Deze buddy bestaat niet meer.</translation>
    </message>
    <message>
        <source>Another buddy has the same name: {name}.</source>
        <translation>Een andere buddy heeft dezelfde naam: {name}.</translation>
    </message>
    <message>
        <source>{name} has the same phone number or e-mail address.</source>
        <translation>{name} heeft hetzelfde telefoonnummer of e-mailadres.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Intake done</source>
        <translation>Intake gedaan</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>In trajectory</source>
        <translation>In traject</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Gescreend</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vroegtijdig gestopt</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>Intake of families: members, languages, needs, and the waiting list.</source>
        <translation>Intake van gezinnen: gezinsleden, talen, noden en de wachtlijst.</translation>
    </message>
    <message>
        <source>Buddies</source>
        <translation>Buddy&apos;s</translation>
    </message>
    <message>
        <source>Intake of buddies: languages, availability, extract of the criminal record.</source>
        <translation>Intake van buddy&apos;s: talen, beschikbaarheid, uittreksel uit het strafregister.</translation>
    </message>
    <message>
        <source>Duos</source>
        <translation>Duo&apos;s</translation>
    </message>
    <message>
        <source>Matching, and each duo&apos;s six-month trajectory with its timeline.</source>
        <translation>Koppelen, en het traject van zes maanden van elk duo met zijn tijdlijn.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>The duos&apos; activities: held or cancelled, and why.</source>
        <translation>De activiteiten van de duo&apos;s: doorgegaan of afgelast, en waarom.</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation>Groepsactiviteiten</translation>
    </message>
    <message>
        <source>Activities for all participants, with attendance.</source>
        <translation>Activiteiten voor alle deelnemers, met aanwezigheden.</translation>
    </message>
    <message>
        <source>Buddy meetings</source>
        <translation>Buddymomenten</translation>
    </message>
    <message>
        <source>The monthly meeting of the buddies: ideas, needs and signals.</source>
        <translation>Het maandelijkse buddymoment: ideeën, noden en signalen.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>The organisations families are referred to, and the referrals.</source>
        <translation>De organisaties waarnaar gezinnen toegeleid worden, en de toeleidingen.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Signals for the policy officer, and what became of them.</source>
        <translation>Signalen voor de beleidsmedewerker, en wat ermee gebeurde.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Reports on the programme, for the organisation and the policy officer.</source>
        <translation>Rapporten over de werking, voor de organisatie en de beleidsmedewerker.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>The latest backup is from %1. Restoring it keeps the damaged file beside it.</source>
        <translation>De laatste back-up is van %1. Als je die terugzet, blijft het beschadigde bestand ernaast bewaard.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Laatste back-up terugzetten</translation>
    </message>
    <message>
        <source>There is no backup in %1. Ask for help before you do anything else.</source>
        <translation>Er is geen back-up in %1. Vraag hulp voor je iets anders doet.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>The data folder {path} cannot be used: {reason}. Choose another folder or free some space.</source>
        <translation>De gegevensmap {path} kan niet gebruikt worden: {reason}. Kies een andere map of maak ruimte vrij.</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only, so nothing could be saved. Choose a folder you can write in.</source>
        <translation>De gegevensmap {path} is alleen-lezen: er kan niets bewaard worden. Kies een map waarin je kunt schrijven.</translation>
    </message>
    <message>
        <source>Tandem Desktop is already open with the data in {path}. Switch to that window, or close it before starting again.</source>
        <translation>Tandem Desktop is al open met de gegevens in {path}. Ga naar dat venster, of sluit het voor je opnieuw start.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be opened safely. Nothing has been changed. Restore the latest backup to continue.</source>
        <translation>De databank {path} is beschadigd en kan niet veilig geopend worden. Er is niets veranderd. Zet de laatste back-up terug om verder te werken.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of Tandem Desktop (schema {revision}). Install the newer version to open it; this version will not change it.</source>
        <translation>De databank {path} is gemaakt door een nieuwere versie van Tandem Desktop (schema {revision}). Installeer die nieuwere versie om ze te openen; deze versie verandert er niets aan.</translation>
    </message>
    <message>
        <source>The file {path} is not a Tandem Desktop database.</source>
        <translation>Het bestand {path} is geen databank van Tandem Desktop.</translation>
    </message>
    <message>
        <source>The backup to {path} failed: {reason}.</source>
        <translation>De back-up naar {path} is mislukt: {reason}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be restored: {problems}. Nothing has been changed.</source>
        <translation>Het bestand {path} kan niet teruggezet worden: {problems}. Er is niets veranderd.</translation>
    </message>
</context>
</TS>
