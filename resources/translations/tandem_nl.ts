<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Held</source>
        <translation>Doorgegaan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afgelast</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Afgelast: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activities</source>
        <translation>
            <numerusform>%1 van %n activiteit</numerusform>
            <numerusform>%1 van %n activiteiten</numerusform>
        </translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Laatste 3 maanden</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Zelf kiezen…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Held and cancelled</source>
        <translation>Doorgegaan en afgelast</translation>
    </message>
    <message>
        <source>All duos</source>
        <translation>Alle duo&apos;s</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Every duo activity, held or cancelled. Log one here or from a duo&apos;s timeline.</source>
        <translation>Elke activiteit van de duo&apos;s, doorgegaan of afgelast. Noteer er een hier of vanuit de tijdlijn van een duo.</translation>
    </message>
    <message>
        <source>Search by family, buddy or place</source>
        <translation>Zoek op gezin, buddy of plaats</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>Activiteiten zoeken</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>&amp;Nieuwe activiteit…</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Choose a duo</source>
        <translation>Kies een duo</translation>
    </message>
    <message>
        <source>&amp;Duo</source>
        <translation>&amp;Duo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Activity of %1</source>
        <translation>Activiteit van %1</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>Activiteit noteren</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Doorgegaan</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>&amp;Afgelast</translation>
    </message>
    <message>
        <source>Hours and minutes, e.g. 1:30</source>
        <translation>Uren en minuten, bv. 1:30</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Kies een reden</translation>
    </message>
    <message>
        <source>Organisation or place</source>
        <translation>Organisatie of plaats</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>Da&amp;tum</translation>
    </message>
    <message>
        <source>D&amp;uration (h:mm)</source>
        <translation>D&amp;uur (u:mm)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>&amp;Uitleg</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>Dutch pr&amp;actised</source>
        <translation>Nederlands &amp;geoefend</translation>
    </message>
    <message>
        <source>What went we&amp;ll</source>
        <translation>Wat ging &amp;goed</translation>
    </message>
    <message>
        <source>Follows the children ticked; change it when other children came along too.</source>
        <translation>Volgt de aangevinkte kinderen; pas het aan als er ook andere kinderen meekwamen.</translation>
    </message>
    <message>
        <source>How were the children? What did they enjoy?</source>
        <translation>Hoe ging het met de kinderen? Waar genoten ze van?</translation>
    </message>
    <message>
        <source>Needs follow-up? Note a signal for the policy officer</source>
        <translation>Moet er iets opgevolgd worden? Noteer een signaal voor de beleidsmedewerker</translation>
    </message>
    <message>
        <source>&amp;Who came</source>
        <translation>&amp;Wie kwam</translation>
    </message>
    <message>
        <source>Childre&amp;n</source>
        <translation>&amp;Kinderen</translation>
    </message>
    <message>
        <source>Children&apos;s wellb&amp;eing</source>
        <translation>&amp;Welbevinden van de kinderen</translation>
    </message>
    <message>
        <source>&amp;Signal</source>
        <translation>&amp;Signaal</translation>
    </message>
    <message>
        <source>The&amp;me</source>
        <translation>The&amp;ma</translation>
    </message>
    <message>
        <source>This activity has changes that are not saved yet.</source>
        <translation>Deze activiteit heeft wijzigingen die nog niet bewaard zijn.</translation>
    </message>
    <message>
        <source>Choose the duo, then note what they did, or why it did not go ahead.</source>
        <translation>Kies het duo en noteer wat ze deden, of waarom het niet doorging.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; with buddy &lt;b&gt;%2&lt;/b&gt;, since %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; met buddy &lt;b&gt;%2&lt;/b&gt;, sinds %3</translation>
    </message>
    <message>
        <source>Choose the duo first.</source>
        <translation>Kies eerst het duo.</translation>
    </message>
    <message>
        <source>Nobody of the family lived in the household on this date.</source>
        <translation>Op deze datum woonde niemand van het gezin in het huishouden.</translation>
    </message>
    <message>
        <source>%1 (child)</source>
        <translation>%1 (kind)</translation>
    </message>
    <message>
        <source>%1 (child, age %2)</source>
        <translation>%1 (kind, %2 jaar)</translation>
    </message>
    <message>
        <source>Required for “Other”</source>
        <translation>Verplicht bij “Andere”</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Niet verplicht</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>the coordinator</source>
        <translation>de coördinator</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Overeenkomst %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>overeenkomst</translation>
    </message>
    <message>
        <source>Save the agreement</source>
        <translation>De overeenkomst opslaan</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder or file name.</source>
        <translation>Kon %1 niet opslaan: %2. Kies een andere map of bestandsnaam.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Making the agreement…</source>
        <translation>De overeenkomst wordt opgemaakt…</translation>
    </message>
    <message>
        <source>Handing the agreement to the printer…</source>
        <translation>De overeenkomst gaat naar de printer…</translation>
    </message>
    <message>
        <source>Dutch only</source>
        <translation>Alleen Nederlands</translation>
    </message>
    <message>
        <source>Dutch and %1</source>
        <translation>Nederlands en %1</translation>
    </message>
    <message>
        <source>There is no translation of the agreement in %1 yet: the buddy can explain it.</source>
        <translation>Er is nog geen vertaling van de overeenkomst in het %1: de buddy kan ze uitleggen.</translation>
    </message>
    <message numerus="yes">
        <source>The translation misses %n parts: those are printed in Dutch only.</source>
        <translation>
            <numerusform>Er ontbreekt %n deel in de vertaling: dat wordt alleen in het Nederlands gedrukt.</numerusform>
            <numerusform>Er ontbreken %n delen in de vertaling: die worden alleen in het Nederlands gedrukt.</numerusform>
        </translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>de naam van de organisatie</translation>
    </message>
    <message>
        <source>the coordinator&apos;s name</source>
        <translation>de naam van de coördinator</translation>
    </message>
    <message>
        <source>the coordinator&apos;s phone</source>
        <translation>het telefoonnummer van de coördinator</translation>
    </message>
    <message>
        <source>The settings lack %1: the agreement has a line to write it on by hand.</source>
        <translation>In de instellingen ontbreekt %1: de overeenkomst heeft een lijn om het met de hand in te vullen.</translation>
    </message>
    <message>
        <source>signed on the screen</source>
        <translation>getekend op het scherm</translation>
    </message>
    <message>
        <source>Signed on %1.</source>
        <translation>Getekend op %1.</translation>
    </message>
    <message>
        <source>The signed paper is kept.</source>
        <translation>Het getekende papier is bewaard.</translation>
    </message>
    <message>
        <source>Made on %1; not signed yet.</source>
        <translation>Gemaakt op %1; nog niet getekend.</translation>
    </message>
    <message>
        <source>Not printed or saved yet.</source>
        <translation>Nog niet afgedrukt of opgeslagen.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Sign on the screen (optional)</source>
        <translation>Tekenen op het scherm (niet verplicht)</translation>
    </message>
    <message>
        <source>&amp;Buddy signs…</source>
        <translation>&amp;Buddy tekent…</translation>
    </message>
    <message>
        <source>&amp;Family signs…</source>
        <translation>&amp;Gezin tekent…</translation>
    </message>
    <message>
        <source>C&amp;oordinator signs…</source>
        <translation>C&amp;oördinator tekent…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Mark as signed…</source>
        <translation>&amp;Markeren als getekend…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; with buddy &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;from %3 to %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; met buddy &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;van %3 tot %4</translation>
    </message>
</context>
<context>
    <name>AgreementTemplateDialog</name>
    <message>
        <source>Version %1: built-in text</source>
        <translation>Versie %1: de ingebouwde tekst</translation>
    </message>
    <message>
        <source>Version %1, saved on %2</source>
        <translation>Versie %1, opgeslagen op %2</translation>
    </message>
    <message>
        <source>Text of the agreement</source>
        <translation>Tekst van de overeenkomst</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Built-in text</source>
        <translation>&amp;Ingebouwde tekst</translation>
    </message>
    <message>
        <source>Put this part&apos;s built-in text back in the editor.</source>
        <translation>Zet de ingebouwde tekst van dit deel terug in het tekstvak.</translation>
    </message>
    <message>
        <source>%1 — heading</source>
        <translation>%1 — titel</translation>
    </message>
    <message>
        <source>%1 — list</source>
        <translation>%1 — lijst</translation>
    </message>
    <message>
        <source>One item per line.</source>
        <translation>Eén punt per regel.</translation>
    </message>
    <message>
        <source>Fields filled in when printing: %1</source>
        <translation>Velden die bij het afdrukken ingevuld worden: %1</translation>
    </message>
    <message>
        <source>This language has no text for this part yet: it is printed in Dutch only.</source>
        <translation>Deze taal heeft nog geen tekst voor dit deel: het wordt alleen in het Nederlands afgedrukt.</translation>
    </message>
    <message>
        <source>Some parts of the agreement were changed but not saved. Save them?</source>
        <translation>Sommige delen van de overeenkomst zijn gewijzigd maar niet opgeslagen. Opslaan?</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>The policy officer&apos;s answer</source>
        <translation>Het antwoord van de beleidsmedewerker</translation>
    </message>
    <message>
        <source>What the policy officer answered or will do</source>
        <translation>Wat de beleidsmedewerker antwoordde of zal doen</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>Beantwoord &amp;op</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Antwoord</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>BuddiesPage</name>
    <message>
        <source>delete buddy %1</source>
        <translation>buddy %1 verwijderen</translation>
    </message>
    <message>
        <source>No buddies yet. Add the first volunteer: languages, free times and the extract of the criminal record. Once the screening is done, the buddy can be matched with a family.</source>
        <translation>Nog geen buddy&apos;s. Voeg de eerste vrijwilliger toe: talen, vrije momenten en het uittreksel uit het strafregister. Is de screening rond, dan kan de buddy gematcht worden met een gezin.</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 is bewaard.</translation>
    </message>
    <message>
        <source>Is the screening done (the conversation, the extract of the criminal record, the training)? Then the buddy can be matched with a family.</source>
        <translation>Is de screening rond (het gesprek, het uittreksel uit het strafregister, de vorming)? Dan kan de buddy gematcht worden met een gezin.</translation>
    </message>
    <message>
        <source>Make available and find a family</source>
        <translation>Beschikbaar zetten en een gezin zoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n buddies</source>
        <translation>
            <numerusform>%n buddy</numerusform>
            <numerusform>%n buddy&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n buddies</source>
        <translation>
            <numerusform>%1 van %n buddy</numerusform>
            <numerusform>%1 van %n buddy&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Buddies</source>
        <translation>Buddy&apos;s</translation>
    </message>
    <message>
        <source>Every volunteer buddy, from candidate to stopped: languages, room for duos and the extract of the criminal record. Double-click a buddy to open the form.</source>
        <translation>Alle vrijwillige buddy&apos;s, van kandidaat tot gestopt: talen, plaats voor duo&apos;s en het uittreksel uit het strafregister. Dubbelklik op een buddy om de fiche te openen.</translation>
    </message>
    <message>
        <source>Search by name, phone or e-mail (Ctrl+F)</source>
        <translation>Zoek op naam, telefoonnummer of e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search buddies</source>
        <translation>Buddy&apos;s zoeken</translation>
    </message>
    <message>
        <source>E&amp;xtract missing or expired</source>
        <translation>&amp;Uittreksel ontbreekt of is verlopen</translation>
    </message>
    <message>
        <source>&amp;New buddy</source>
        <translation>&amp;Nieuwe buddy</translation>
    </message>
</context>
<context>
    <name>BuddyColumns</name>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>No extract of the criminal record (model 2) yet: ask for one before matching.</source>
        <translation>Nog geen uittreksel uit het strafregister (model 2): vraag er een voor je koppelt.</translation>
    </message>
    <message>
        <source>The extract of %1 is older than a year: ask for a new one.</source>
        <translation>Het uittreksel van %1 is ouder dan een jaar: vraag een nieuw.</translation>
    </message>
    <message>
        <source>Extract of the criminal record (model 2) of %1.</source>
        <translation>Uittreksel uit het strafregister (model 2) van %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1 open duos, at most %2 at once</source>
        <translation>%1 lopende duo&apos;s, maximaal %2 tegelijk</translation>
    </message>
</context>
<context>
    <name>BuddyForm</name>
    <message>
        <source>Buddy: %1</source>
        <translation>Buddy: %1</translation>
    </message>
    <message>
        <source>New buddy</source>
        <translation>Nieuwe buddy</translation>
    </message>
    <message>
        <source>⚠ No extract yet. Ask the buddy for one before the first duo.</source>
        <translation>⚠ Nog geen uittreksel. Vraag er een aan de buddy vóór het eerste duo.</translation>
    </message>
    <message>
        <source>⚠ This extract is more than a year old. Ask the buddy for a new one.</source>
        <translation>⚠ Dit uittreksel is meer dan een jaar oud. Vraag de buddy om een nieuw.</translation>
    </message>
    <message>
        <source>Training %1: %2</source>
        <translation>Vorming %1: %2</translation>
    </message>
    <message>
        <source>Is this a buddy you already know?</source>
        <translation>Is dit een buddy die je al kent?</translation>
    </message>
    <message>
        <source>Click a name to open that buddy, or save anyway if this is another person.</source>
        <translation>Klik op een naam om die buddy te openen, of bewaar toch als het om iemand anders gaat.</translation>
    </message>
    <message>
        <source>This buddy has changes that are not saved yet.</source>
        <translation>Deze buddy heeft wijzigingen die nog niet bewaard zijn.</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <source>&amp;Buddy</source>
        <translation>&amp;Buddy</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>first name and surname</source>
        <translation>voornaam en familienaam</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Birth &amp;year</source>
        <translation>Geboorte&amp;jaar</translation>
    </message>
    <message>
        <source>e.g. 1985</source>
        <translation>bv. 1985</translation>
    </message>
    <message>
        <source>&amp;Dutch</source>
        <translation>Ne&amp;derlands</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Ta&amp;len</translation>
    </message>
    <message>
        <source>&amp;Is an ex-newcomer (came to Belgium as a newcomer)</source>
        <translation>&amp;Is zelf ex-nieuwkomer (kwam als nieuwkomer naar België)</translation>
    </message>
    <message>
        <source>&amp;Capacity (duos at once)</source>
        <translation>&amp;Capaciteit (duo&apos;s tegelijk)</translation>
    </message>
    <message>
        <source>When is the buddy &amp;free?</source>
        <translation>Wanneer is de buddy &amp;vrij?</translation>
    </message>
    <message>
        <source>&amp;Hobbies and interests</source>
        <translation>&amp;Hobby&apos;s en interesses</translation>
    </message>
    <message>
        <source>separated by commas, e.g. cooking, cycling, football</source>
        <translation>gescheiden door komma&apos;s, bv. koken, fietsen, voetbal</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>0470 12 34 56 or +32 470 12 34 56</source>
        <translation>0470 12 34 56 of +32 470 12 34 56</translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <source>empty: the same as the phone</source>
        <translation>leeg: hetzelfde als de telefoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>naam@voorbeeld.be</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>straat en nummer</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <source>9000</source>
        <translation>9000</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <source>Gent</source>
        <translation>Gent</translation>
    </message>
    <message>
        <source>E&amp;xtract and trainings</source>
        <translation>Uittre&amp;ksel en vormingen</translation>
    </message>
    <message>
        <source>Extract of the criminal record (model 2)</source>
        <translation>Uittreksel uit het strafregister (model 2)</translation>
    </message>
    <message>
        <source>Every buddy works with children, so the programme asks for an extract of model 2, and a new one every year.</source>
        <translation>Een buddy werkt met kinderen. Daarom vraagt de werking een uittreksel model 2, en elk jaar een nieuw.</translation>
    </message>
    <message>
        <source>&amp;Date of the extract</source>
        <translation>&amp;Datum van het uittreksel</translation>
    </message>
    <message>
        <source>Trainings followed</source>
        <translation>Gevolgde vormingen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Vorming</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Add training</source>
        <translation>&amp;Vorming toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove training</source>
        <translation>Vorming &amp;weghalen</translation>
    </message>
    <message>
        <source>No&amp;tes and history</source>
        <translation>Not&amp;ities en geschiedenis</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Geschiedenis van de status</translation>
    </message>
</context>
<context>
    <name>BuddyMeetingDialog</name>
    <message>
        <source>Buddy meeting</source>
        <translation>Buddymoment</translation>
    </message>
    <message>
        <source>New buddy meeting</source>
        <translation>Nieuw buddymoment</translation>
    </message>
    <message>
        <source>Who came, and the ideas, needs and signals raised: one line each. Signals go to the signals register, for the policy officer.</source>
        <translation>Wie er kwam, en de ideeën, noden en signalen die aan bod kwamen: elk op een eigen regel. Signalen gaan naar het signalenregister, voor de beleidsmedewerker.</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Regel &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>&amp;Who came</source>
        <translation>&amp;Wie kwam</translation>
    </message>
    <message>
        <source>What was raised</source>
        <translation>Wat aan bod kwam</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>%1 of %2 buddies present</source>
        <translation>%1 van %2 buddy&apos;s aanwezig</translation>
    </message>
</context>
<context>
    <name>BuddyMeetingsPage</name>
    <message>
        <source>No buddy meetings yet. Each month the buddies meet to share experiences: record who came and the ideas, needs and signals they brought.</source>
        <translation>Nog geen buddymomenten. Elke maand komen de buddy&apos;s samen om ervaringen te delen: noteer wie er was en welke ideeën, noden en signalen ze meebrachten.</translation>
    </message>
    <message numerus="yes">
        <source>%n buddy meetings</source>
        <translation>
            <numerusform>%n buddymoment</numerusform>
            <numerusform>%n buddymomenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n buddy meetings</source>
        <translation>
            <numerusform>%1 van %n buddymoment</numerusform>
            <numerusform>%1 van %n buddymomenten</numerusform>
        </translation>
    </message>
    <message>
        <source>No buddy meeting recorded for %1 yet.</source>
        <translation>Nog geen buddymoment genoteerd voor %1.</translation>
    </message>
    <message>
        <source>Buddy meetings</source>
        <translation>Buddymomenten</translation>
    </message>
    <message>
        <source>The monthly buddy meeting: who came, and the ideas, needs and signals raised. Signals go to the signals register.</source>
        <translation>Het maandelijkse buddymoment: wie er kwam, en de ideeën, noden en signalen die aan bod kwamen. Signalen gaan naar het signalenregister.</translation>
    </message>
    <message>
        <source>Search by place, notes or what was raised</source>
        <translation>Zoek op plaats, notities of wat er aan bod kwam</translation>
    </message>
    <message>
        <source>Search buddy meetings</source>
        <translation>Buddymomenten zoeken</translation>
    </message>
    <message>
        <source>&amp;New buddy meeting…</source>
        <translation>&amp;Nieuw buddymoment…</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>Type to search…</source>
        <translation>Typ om te zoeken…</translation>
    </message>
</context>
<context>
    <name>CloseDuoDialog</name>
    <message>
        <source>End the duo</source>
        <translation>Duo beëindigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; with buddy &lt;b&gt;%2&lt;/b&gt;. The reason is kept for the programme&apos;s reports.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; met buddy &lt;b&gt;%2&lt;/b&gt;. De reden wordt bewaard voor de rapporten van de werking.</translation>
    </message>
    <message>
        <source>Ended &amp;on</source>
        <translation>Beëindigd &amp;op</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>&amp;Toelichting</translation>
    </message>
    <message>
        <source>Ended &amp;by</source>
        <translation>Beëindigd &amp;door</translation>
    </message>
    <message>
        <source>Complete the duo</source>
        <translation>Duo afronden</translation>
    </message>
    <message>
        <source>Stop the duo</source>
        <translation>Duo stopzetten</translation>
    </message>
    <message>
        <source>Required for “Other”</source>
        <translation>Verplicht bij “Andere”</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Niet verplicht</translation>
    </message>
</context>
<context>
    <name>CreateDuoDialog</name>
    <message>
        <source>New duo</source>
        <translation>Nieuw duo</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; with buddy &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; met buddy &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Create duo</source>
        <translation>Duo aanmaken</translation>
    </message>
    <message>
        <source>Runs %1 months, until %2, with %3 activities a month.
Evaluations: at the start, mid-way on %4, at the end on %5.</source>
        <translation>Loopt %1 maanden, tot %2, met %3 activiteiten per maand.
Evaluaties: bij de start, halfweg op %4, op het einde op %5.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>day/month/year</source>
        <translation>dag/maand/jaar</translation>
    </message>
    <message>
        <source>Choose from a calendar (F4)</source>
        <translation>Kies in een kalender (F4)</translation>
    </message>
</context>
<context>
    <name>DuoPanel</name>
    <message>
        <source>Choose a duo in the list to see its timeline.</source>
        <translation>Kies een duo in de lijst om zijn tijdlijn te zien.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; with buddy &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; met buddy &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 activiteiten</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>beëindigd op %1</translation>
    </message>
    <message>
        <source>planned end %1</source>
        <translation>gepland einde %1</translation>
    </message>
    <message>
        <source>Agreement signed on %1</source>
        <translation>Overeenkomst getekend op %1</translation>
    </message>
    <message>
        <source>Agreement made on %1, not signed yet</source>
        <translation>Overeenkomst gemaakt op %1, nog niet getekend</translation>
    </message>
    <message>
        <source>Agreement not made yet</source>
        <translation>Overeenkomst nog niet gemaakt</translation>
    </message>
    <message>
        <source>Withdraw the proposal…</source>
        <translation>Voorstel intrekken…</translation>
    </message>
    <message>
        <source>&amp;End the duo…</source>
        <translation>Duo &amp;beëindigen…</translation>
    </message>
    <message>
        <source>&amp;Start the duo…</source>
        <translation>Duo &amp;starten…</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pauzeren…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Hervatten…</translation>
    </message>
    <message>
        <source>Record e&amp;valuation…</source>
        <translation>E&amp;valuatie invullen…</translation>
    </message>
    <message>
        <source>&amp;Log activity…</source>
        <translation>Activiteit &amp;noteren…</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>&amp;Overeenkomst…</translation>
    </message>
</context>
<context>
    <name>DuoTimelineView</name>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Toeleidingen</translation>
    </message>
    <message>
        <source>The planned rhythm: the day by which each meeting is due.</source>
        <translation>Het geplande ritme: de dag waarop elke activiteit verwacht wordt.</translation>
    </message>
    <message>
        <source>Filled: held. Hollow and dashed: cancelled. The colour tells the type.</source>
        <translation>Gevuld: doorgegaan. Hol en gestreept: afgelast. De kleur toont het soort.</translation>
    </message>
    <message>
        <source>Group activities the family or the buddy attended.</source>
        <translation>Groepsactiviteiten waar het gezin of de buddy bij was.</translation>
    </message>
    <message>
        <source>Filled: done. Outlined: still to come. Red: overdue.</source>
        <translation>Gevuld: gedaan. Omlijnd: komt nog. Rood: te laat.</translation>
    </message>
    <message>
        <source>Referrals of the family to other organisations.</source>
        <translation>Toeleidingen van het gezin naar andere organisaties.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · cancelled</source>
        <translation>%1 · %2 · afgelast</translation>
    </message>
    <message>
        <source>%1 · %2 · cancelled: %3</source>
        <translation>%1 · %2 · afgelast: %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · done %2</source>
        <translation>%1 · gedaan op %2</translation>
    </message>
    <message>
        <source>family %1/5</source>
        <translation>gezin %1/5</translation>
    </message>
    <message>
        <source>buddy %1/5</source>
        <translation>buddy %1/5</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · overdue since %2</source>
        <translation>%1 · te laat sinds %2</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · gepland op %2</translation>
    </message>
    <message>
        <source>Pause since %1</source>
        <translation>Pauze sinds %1</translation>
    </message>
    <message>
        <source>Pause from %1 to %2</source>
        <translation>Pauze van %1 tot %2</translation>
    </message>
    <message>
        <source>Timeline of the duo</source>
        <translation>Tijdlijn van het duo</translation>
    </message>
    <message>
        <source>Choose a duo to see its timeline.</source>
        <translation>Kies een duo om zijn tijdlijn te zien.</translation>
    </message>
    <message>
        <source>Use the left and right arrow keys to go through the items.</source>
        <translation>Ga met de pijltjestoetsen links en rechts door de items.</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Maand %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgelast</translation>
    </message>
</context>
<context>
    <name>DuosPage</name>
    <message>
        <source>starts %1</source>
        <translation>start op %1</translation>
    </message>
    <message>
        <source>month %1 of %2</source>
        <translation>maand %1 van %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>%1 activities held; %2 planned so far (%3 a month)</source>
        <translation>%1 activiteiten doorgegaan; tot nu %2 gepland (%3 per maand)</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>afgesloten op %1</translation>
    </message>
    <message numerus="yes">
        <source>%n duos</source>
        <translation>
            <numerusform>%n duo</numerusform>
            <numerusform>%n duo&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n duos</source>
        <translation>
            <numerusform>%1 van %n duo</numerusform>
            <numerusform>%1 van %n duo&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Duos</source>
        <translation>Duo&apos;s</translation>
    </message>
    <message>
        <source>Every duo with its progress; the ones that need a call come first. Choose a duo to see its timeline.</source>
        <translation>Elk duo met zijn voortgang; de duo&apos;s die een telefoontje nodig hebben, staan bovenaan. Kies een duo om zijn tijdlijn te zien.</translation>
    </message>
    <message>
        <source>Search by family or buddy</source>
        <translation>Zoek op gezin of buddy</translation>
    </message>
    <message>
        <source>Search duos</source>
        <translation>Duo&apos;s zoeken</translation>
    </message>
    <message>
        <source>No duos yet. A duo is made in Matching: choose a family on the waiting list and a buddy who fits.</source>
        <translation>Nog geen duo&apos;s. Een duo maak je in Matchen: kies een gezin op de wachtlijst en een buddy die past.</translation>
    </message>
    <message>
        <source>Go to Matching</source>
        <translation>Naar Matchen</translation>
    </message>
    <message>
        <source>Open duos</source>
        <translation>Lopende duo&apos;s</translation>
    </message>
    <message>
        <source>All duos</source>
        <translation>Alle duo&apos;s</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Due on %1. How do the family and the buddy experience the duo (1: not well, 5: very well)?</source>
        <translation>Gepland op %1. Hoe ervaren het gezin en de buddy het duo (1: niet goed, 5: heel goed)?</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>&amp;Gedaan op</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Gezin</translation>
    </message>
    <message>
        <source>&amp;Buddy</source>
        <translation>&amp;Buddy</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>delete family %1</source>
        <translation>gezin %1 verwijderen</translation>
    </message>
    <message>
        <source>No families yet. Start with the intake of the first family: its members, languages, needs and free times. Then put it on the waiting list to find a buddy.</source>
        <translation>Nog geen gezinnen. Begin met de intake van het eerste gezin: de gezinsleden, talen, noden en vrije momenten. Zet het gezin daarna op de wachtlijst om een buddy te zoeken.</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 is bewaard.</translation>
    </message>
    <message>
        <source>Put the family on the waiting list and look for a buddy?</source>
        <translation>Het gezin op de wachtlijst zetten en een buddy zoeken?</translation>
    </message>
    <message>
        <source>Put on the waiting list and find a buddy</source>
        <translation>Op de wachtlijst zetten en een buddy zoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n families</source>
        <translation>
            <numerusform>%n gezin</numerusform>
            <numerusform>%n gezinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n families</source>
        <translation>
            <numerusform>%1 van %n gezin</numerusform>
            <numerusform>%1 van %n gezinnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
    <message>
        <source>Every family from registration to the end of the trajectory. Double-click a family to open it.</source>
        <translation>Alle gezinnen, van de aanmelding tot het einde van het traject. Dubbelklik op een gezin om het te openen.</translation>
    </message>
    <message>
        <source>Search by name or phone (Ctrl+F)</source>
        <translation>Zoek op naam of telefoonnummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation>Gezinnen zoeken</translation>
    </message>
    <message>
        <source>All needs</source>
        <translation>Alle noden</translation>
    </message>
    <message>
        <source>&amp;New family</source>
        <translation>&amp;Nieuw gezin</translation>
    </message>
</context>
<context>
    <name>FamilyForm</name>
    <message>
        <source>Family: %1</source>
        <translation>Gezin: %1</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nieuw gezin</translation>
    </message>
    <message>
        <source>Children&apos;s ages: %1</source>
        <translation>Leeftijden van de kinderen: %1</translation>
    </message>
    <message>
        <source>Member %1: %2</source>
        <translation>Gezinslid %1: %2</translation>
    </message>
    <message>
        <source>Is this a family you already know?</source>
        <translation>Is dit een gezin dat je al kent?</translation>
    </message>
    <message>
        <source>Click a name to open that family, or save anyway if this is another family.</source>
        <translation>Klik op een naam om dat gezin te openen, of bewaar toch als het om een ander gezin gaat.</translation>
    </message>
    <message>
        <source>This family has changes that are not saved yet.</source>
        <translation>Dit gezin heeft wijzigingen die nog niet bewaard zijn.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Gezin</translation>
    </message>
    <message>
        <source>&amp;Name of the family</source>
        <translation>&amp;Naam van het gezin</translation>
    </message>
    <message>
        <source>e.g. Family Haile</source>
        <translation>bv. Gezin Haile</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Mother tongue</source>
        <translation>&amp;Moedertaal</translation>
    </message>
    <message>
        <source>&amp;Contact languages</source>
        <translation>&amp;Contacttalen</translation>
    </message>
    <message>
        <source>&amp;Dutch</source>
        <translation>Ne&amp;derlands</translation>
    </message>
    <message>
        <source>&amp;Arrival in Belgium</source>
        <translation>&amp;Aankomst in België</translation>
    </message>
    <message>
        <source>Came through &amp;family reunification</source>
        <translation>Kwam via gezins&amp;hereniging</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Gezinsleden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Gezinslid &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>Gezinslid &amp;weghalen</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>0470 12 34 56 or +32 470 12 34 56</source>
        <translation>0470 12 34 56 of +32 470 12 34 56</translation>
    </message>
    <message>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <source>empty: the same as the phone</source>
        <translation>leeg: hetzelfde als de telefoon</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>straat en nummer</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <source>9000</source>
        <translation>9000</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <source>Gent</source>
        <translation>Gent</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>&amp;Doorverwezen door</translation>
    </message>
    <message>
        <source>e.g. the social service, a school</source>
        <translation>bv. het OCMW, een school</translation>
    </message>
    <message>
        <source>N&amp;eeds and week</source>
        <translation>Noden en wee&amp;k</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Noden</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Language camp</source>
        <translation>Taalkamp</translation>
    </message>
    <message>
        <source>Playground programme</source>
        <translation>Speelpleinwerking</translation>
    </message>
    <message>
        <source>Volunteer work</source>
        <translation>Vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Andere:</translation>
    </message>
    <message>
        <source>which other need?</source>
        <translation>welke andere nood?</translation>
    </message>
    <message>
        <source>When can the family &amp;not meet? (e.g. Dutch course)</source>
        <translation>Wanneer kan het gezin &amp;niet afspreken? (bv. Nederlandse les)</translation>
    </message>
    <message>
        <source>&amp;Wishes for the buddy</source>
        <translation>&amp;Wensen voor de buddy</translation>
    </message>
    <message>
        <source>e.g. a woman, speaks Arabic, likes football</source>
        <translation>bv. een vrouw, spreekt Arabisch, houdt van voetbal</translation>
    </message>
    <message>
        <source>Consent and &amp;sensitive</source>
        <translation>Toestemming en gevoe&amp;lig</translation>
    </message>
    <message>
        <source>Housing and health (sensitive)</source>
        <translation>Huisvesting en gezondheid (gevoelig)</translation>
    </message>
    <message>
        <source>Only what the coordinator needs to know to plan the meetings. It is kept apart from the rest and left out of every report.</source>
        <translation>Alleen wat de coördinator moet weten om de afspraken te plannen. Dit wordt apart bewaard en staat in geen enkel rapport.</translation>
    </message>
    <message>
        <source>Housing and health constraints</source>
        <translation>Beperkingen door huisvesting en gezondheid</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Consent &amp;given on</source>
        <translation>Toestemming &amp;gegeven op</translation>
    </message>
    <message>
        <source>Consent text &amp;version</source>
        <translation>&amp;Versie van de toestemmingstekst</translation>
    </message>
    <message>
        <source>e.g. 2026-1</source>
        <translation>bv. 2026-1</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Foto&apos;s</translation>
    </message>
    <message>
        <source>No&amp;tes and history</source>
        <translation>Not&amp;ities en geschiedenis</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Geschiedenis van de status</translation>
    </message>
</context>
<context>
    <name>GroupActivitiesPage</name>
    <message>
        <source>No group activities yet. A group activity brings several duos together (a picnic, a city walk): record who took part, and it counts for each of their duos.</source>
        <translation>Nog geen groepsactiviteiten. Een groepsactiviteit brengt meerdere duo&apos;s samen (een picknick, een stadswandeling): noteer wie meedeed, dan telt ze mee voor elk van hun duo&apos;s.</translation>
    </message>
    <message numerus="yes">
        <source>%n group activities</source>
        <translation>
            <numerusform>%n groepsactiviteit</numerusform>
            <numerusform>%n groepsactiviteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group activities</source>
        <translation>
            <numerusform>%1 van %n groepsactiviteit</numerusform>
            <numerusform>%1 van %n groepsactiviteiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation>Groepsactiviteiten</translation>
    </message>
    <message>
        <source>Activities for all participants: who came, and how many languages were present.</source>
        <translation>Activiteiten voor alle deelnemers: wie er kwam, en hoeveel talen er aanwezig waren.</translation>
    </message>
    <message>
        <source>Search by title, place or description</source>
        <translation>Zoek op titel, plaats of beschrijving</translation>
    </message>
    <message>
        <source>Search group activities</source>
        <translation>Groepsactiviteiten zoeken</translation>
    </message>
    <message>
        <source>&amp;New group activity…</source>
        <translation>&amp;Nieuwe groepsactiviteit…</translation>
    </message>
</context>
<context>
    <name>GroupActivityDialog</name>
    <message>
        <source>Group activity</source>
        <translation>Groepsactiviteit</translation>
    </message>
    <message>
        <source>New group activity</source>
        <translation>Nieuwe groepsactiviteit</translation>
    </message>
    <message>
        <source>An activity for all participants. Tick who came: the families and buddies of the duos running on its date.</source>
        <translation>Een activiteit voor alle deelnemers. Vink aan wie er kwam: de gezinnen en buddy&apos;s van de duo&apos;s die op die datum lopen.</translation>
    </message>
    <message>
        <source>For example: picnic in the park</source>
        <translation>Bijvoorbeeld: picknick in het park</translation>
    </message>
    <message>
        <source>&amp;Tick everyone</source>
        <translation>&amp;Iedereen aanvinken</translation>
    </message>
    <message>
        <source>&amp;Untick everyone</source>
        <translation>Iedereen &amp;uitvinken</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Who came</source>
        <translation>&amp;Wie kwam</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>%1 — buddy %2</source>
        <translation>%1 — buddy %2</translation>
    </message>
    <message>
        <source>%1 (buddy)</source>
        <translation>%1 (buddy)</translation>
    </message>
    <message>
        <source>%1 (child, age %2)</source>
        <translation>%1 (kind, %2 jaar)</translation>
    </message>
    <message>
        <source>%1 (child)</source>
        <translation>%1 (kind)</translation>
    </message>
    <message>
        <source>left the household on %1</source>
        <translation>verliet het huishouden op %1</translation>
    </message>
    <message>
        <source>No duo was running on %1: there is nobody to tick.</source>
        <translation>Op %1 liep er geen duo: er is niemand om aan te vinken.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) from %4, %5 · %6</source>
        <translation>%1: %2 (%3) uit %4, %5 · %6</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family members</source>
        <translation>
            <numerusform>%n gezinslid</numerusform>
            <numerusform>%n gezinsleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families</source>
        <translation>
            <numerusform>%n gezin</numerusform>
            <numerusform>%n gezinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buddies</source>
        <translation>
            <numerusform>%n buddy</numerusform>
            <numerusform>%n buddy&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n languages</source>
        <translation>
            <numerusform>%n taal</numerusform>
            <numerusform>%n talen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>Geschiedenis: %1</translation>
    </message>
    <message>
        <source>Every change, newest first: when, by whom, and which fields. The values are not shown here.</source>
        <translation>Elke wijziging, de nieuwste eerst: wanneer, door wie en welke velden. De waarden staan hier niet.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(niet bijgehouden)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Lid toegevoegd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Member changed</source>
        <translation>Lid gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Lid verwijderd</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>Member restored</source>
        <translation>Lid teruggezet</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
</context>
<context>
    <name>ItemLine</name>
    <message>
        <source>The signal&apos;s theme</source>
        <translation>Het thema van het signaal</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Deze regel verwijderen</translation>
    </message>
    <message>
        <source>An idea for the programme</source>
        <translation>Een idee voor de werking</translation>
    </message>
    <message>
        <source>What the buddies need</source>
        <translation>Wat de buddy&apos;s nodig hebben</translation>
    </message>
    <message>
        <source>A problem noticed, for the policy officer</source>
        <translation>Een opgemerkt probleem, voor de beleidsmedewerker</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <source>Join a colleague&apos;s team</source>
        <translation>Aansluiten bij het team van een collega</translation>
    </message>
    <message>
        <source>Choose the team folder your colleague shares, and type the team code she gave you. This laptop then starts with the team&apos;s programme.</source>
        <translation>Kies de teammap die je collega deelt, en typ de teamcode die je van haar kreeg. Deze laptop begint dan met de werking van het team.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>Team &amp;folder</source>
        <translation>Team&amp;map</translation>
    </message>
    <message>
        <source>Team &amp;code</source>
        <translation>Team&amp;code</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Aansluiten</translation>
    </message>
    <message>
        <source>The team folder</source>
        <translation>De teammap</translation>
    </message>
    <message>
        <source>Choose the team folder first.</source>
        <translation>Kies eerst de teammap.</translation>
    </message>
    <message>
        <source>This is not the code of the team in this folder. Check it with your colleague.</source>
        <translation>Dat is niet de code van het team in deze map. Kijk ze na met je collega.</translation>
    </message>
    <message>
        <source>A team code is eight groups of four letters and digits.</source>
        <translation>Een teamcode bestaat uit acht groepjes van vier letters en cijfers.</translation>
    </message>
    <message>
        <source>This folder is not a team folder. Choose the folder your colleague shares.</source>
        <translation>Deze map is geen teammap. Kies de map die je collega deelt.</translation>
    </message>
    <message>
        <source>This folder cannot be reached now. Is the network drive or USB stick there?</source>
        <translation>Deze map is nu niet bereikbaar. Is de netwerkschijf of USB-stick er?</translation>
    </message>
    <message>
        <source>A file in this team folder is damaged.</source>
        <translation>Een bestand in deze teammap is beschadigd.</translation>
    </message>
</context>
<context>
    <name>KeyPrompt</name>
    <message numerus="yes">
        <source>You can try again in %n seconds.</source>
        <translation>
            <numerusform>Over %n seconde kunt u het opnieuw proberen.</numerusform>
            <numerusform>Over %n seconden kunt u het opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recovery key opened the data. Choose a new passphrase: you will open Tandem Desktop with it from now on. The recovery key stays the same.</source>
        <translation>De herstelsleutel heeft de gegevens geopend. Kies een nieuwe wachtwoordzin: daarmee opent u Tandem Desktop vanaf nu. De herstelsleutel blijft dezelfde.</translation>
    </message>
    <message>
        <source>Tandem Desktop now protects the programme&apos;s data with a passphrase: without it, nobody can read the data on this laptop, not even when it is stolen. Choose the passphrase; the data is encrypted right after.</source>
        <translation>Tandem Desktop beschermt de gegevens van het programma nu met een wachtwoordzin: zonder die zin kan niemand de gegevens op deze laptop lezen, ook niet als hij gestolen wordt. Kies de wachtwoordzin; daarna worden de gegevens meteen versleuteld.</translation>
    </message>
    <message>
        <source>This laptop joins the team in %1 and starts with its programme. Choose your own passphrase: it protects the data on this laptop.</source>
        <translation>Deze laptop sluit aan bij het team in %1 en begint met de werking van het team. Kies je eigen wachtwoordzin: die beschermt de gegevens op deze laptop.</translation>
    </message>
    <message>
        <source>Join a colleague&apos;s team</source>
        <translation>Aansluiten bij het team van een collega</translation>
    </message>
    <message>
        <source>The team&apos;s programme could not be copied: the team folder cannot be reached or read. Check the folder, then choose Continue again.</source>
        <translation>De werking van het team kon niet gekopieerd worden: de teammap is niet bereikbaar of niet leesbaar. Kijk de map na en kies dan opnieuw Verder.</translation>
    </message>
    <message>
        <source>Copying the team&apos;s programme…</source>
        <translation>De werking van het team kopiëren…</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>No language</source>
        <translation>Geen taal</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Typ om te zoeken…</translation>
    </message>
    <message>
        <source>Type part of a language&apos;s name, then choose it from the list.</source>
        <translation>Typ een deel van de naam van een taal en kies ze in de lijst.</translation>
    </message>
</context>
<context>
    <name>LanguageListEdit</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 weghalen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add this language to the list (Enter in the field does the same)</source>
        <translation>Voeg deze taal toe aan de lijst (Enter in het veld doet hetzelfde)</translation>
    </message>
    <message>
        <source>Chosen languages</source>
        <translation>Gekozen talen</translation>
    </message>
    <message>
        <source>Press Delete to remove the selected language.</source>
        <translation>Druk op Delete om de gekozen taal weg te halen.</translation>
    </message>
    <message>
        <source>No languages yet</source>
        <translation>Nog geen talen</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Taal om toe te voegen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Loading the demo programme…</source>
        <translation>Het voorbeeldprogramma wordt geladen…</translation>
    </message>
    <message>
        <source>The demo programme is loaded.</source>
        <translation>Het voorbeeldprogramma is geladen.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Er wordt een back-up gemaakt…</translation>
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
        <source>Please wait: work is still being saved.</source>
        <translation>Even geduld: er wordt nog gewerkt en bewaard.</translation>
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
        <source>Matching</source>
        <translation>Matchen</translation>
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
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
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
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
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
    <name>MarkSignedDialog</name>
    <message>
        <source>Mark the agreement as signed</source>
        <translation>De overeenkomst markeren als getekend</translation>
    </message>
    <message>
        <source>Everybody signed the agreement. A scan or photo of the signed paper can be kept with it.</source>
        <translation>Iedereen heeft de overeenkomst getekend. Een scan of foto van het getekende papier kan erbij bewaard worden.</translation>
    </message>
    <message>
        <source>The agreement signed on the screen is kept</source>
        <translation>De overeenkomst die op het scherm getekend is, wordt bewaard</translation>
    </message>
    <message>
        <source>No scan (optional)</source>
        <translation>Geen scan (niet verplicht)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Getekend &amp;op</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Foto&apos;s</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>Mark as &amp;signed</source>
        <translation>Markeren als &amp;getekend</translation>
    </message>
    <message>
        <source>The scan of the signed agreement</source>
        <translation>De scan van de getekende overeenkomst</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>On the waiting list since %1</source>
        <translation>Op de wachtlijst sinds %1</translation>
    </message>
    <message>
        <source>Nobody on the waiting list.</source>
        <translation>Niemand op de wachtlijst.</translation>
    </message>
    <message>
        <source>No buddy has room for a duo.</source>
        <translation>Geen enkele buddy heeft plaats voor een duo.</translation>
    </message>
    <message numerus="yes">
        <source>%n families are registered but not on the waiting list yet. Save a family&apos;s form and choose “Put on the waiting list”, or set its status.</source>
        <translation>
            <numerusform>%n gezin is aangemeld maar staat nog niet op de wachtlijst. Bewaar de fiche van het gezin en kies “Op de wachtlijst zetten”, of pas de status aan.</numerusform>
            <numerusform>%n gezinnen zijn aangemeld maar staan nog niet op de wachtlijst. Bewaar de fiche van een gezin en kies “Op de wachtlijst zetten”, of pas de status aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a family on the left to see the buddies who fit.</source>
        <translation>Kies links een gezin om de passende buddy&apos;s te zien.</translation>
    </message>
    <message>
        <source>Buddies for %1: %2 possible, %3 excluded</source>
        <translation>Buddy&apos;s voor %1: %2 mogelijk, %3 uitgesloten</translation>
    </message>
    <message>
        <source>Families for %1: %2 possible, %3 excluded</source>
        <translation>Gezinnen voor %1: %2 mogelijk, %3 uitgesloten</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matchen</translation>
    </message>
    <message>
        <source>The waiting list, longest wait first. Choose a family to see the buddies who fit and why; those who cannot be matched are listed with the reason.</source>
        <translation>De wachtlijst, wie het langst wacht bovenaan. Kies een gezin om te zien welke buddy&apos;s passen en waarom; wie niet kan, staat erbij met de reden.</translation>
    </message>
    <message>
        <source>&amp;Waiting families</source>
        <translation>&amp;Wachtende gezinnen</translation>
    </message>
    <message>
        <source>&amp;Buddies with room</source>
        <translation>&amp;Buddy&apos;s met plaats</translation>
    </message>
    <message>
        <source>&amp;Create duo…</source>
        <translation>Duo &amp;aanmaken…</translation>
    </message>
</context>
<context>
    <name>NewPassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <source>The passphrase protects the data. You type it each time you open Tandem Desktop.</source>
        <translation>De wachtwoordzin beschermt de gegevens. U typt hem telkens als u Tandem Desktop opent.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>Nog &amp;eens typen</translation>
    </message>
    <message>
        <source>A few words you remember, with a space between them, make a strong passphrase.</source>
        <translation>Een paar woorden die u onthoudt, met een spatie ertussen, maken een sterke wachtwoordzin.</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Wachtwoordzin tonen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Join a colleague&apos;s team…</source>
        <translation>Aansluiten bij het team van een collega…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Te kort: minstens %n teken.</numerusform>
            <numerusform>Te kort: minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: add a few words.</source>
        <translation>Zwak: voeg een paar woorden toe.</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>Redelijk.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Opening the programme…</source>
        <translation>Het programma wordt geopend…</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>An organisation families can be referred to: who to call, and in which languages.</source>
        <translation>Een organisatie waar je gezinnen naar kunt toeleiden: wie je belt, en in welke talen.</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>For example: 09 123 45 67</source>
        <translation>Bijvoorbeeld: 09 123 45 67</translation>
    </message>
    <message>
        <source>Opening hours, how to enrol, what to bring…</source>
        <translation>Openingsuren, hoe inschrijven, wat meebrengen…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>Postcode and &amp;municipality</source>
        <translation>Postcode en &amp;gemeente</translation>
    </message>
    <message>
        <source>Contact &amp;person</source>
        <translation>Contact&amp;persoon</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>&amp;Languages spoken</source>
        <translation>Gesproken &amp;talen</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Time to follow this referral up</source>
        <translation>Tijd om deze toeleiding op te volgen</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisatie</numerusform>
            <numerusform>%n organisaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisations</source>
        <translation>
            <numerusform>%1 van %n organisatie</numerusform>
            <numerusform>%1 van %n organisaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referrals</source>
        <translation>
            <numerusform>%n doorverwijzing</numerusform>
            <numerusform>%n doorverwijzingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n referrals</source>
        <translation>
            <numerusform>%1 van %n doorverwijzing</numerusform>
            <numerusform>%1 van %n doorverwijzingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>The organisations families are referred to, and the referrals with their follow-up.</source>
        <translation>De organisaties waar gezinnen naar toegeleid worden, en de toeleidingen met hun opvolging.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Adresboek</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Toeleidingen</translation>
    </message>
    <message>
        <source>Search by name, municipality, contact or phone</source>
        <translation>Zoek op naam, gemeente, contactpersoon of telefoon</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Organisaties zoeken</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nieuwe organisatie…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Refer a family…</source>
        <translation>Gezin &amp;toeleiden…</translation>
    </message>
    <message>
        <source>Refer a family to the chosen organisation</source>
        <translation>Een gezin toeleiden naar de gekozen organisatie</translation>
    </message>
    <message>
        <source>Search by family, organisation or purpose</source>
        <translation>Zoek op gezin, organisatie of doel</translation>
    </message>
    <message>
        <source>Search referrals</source>
        <translation>Toeleidingen zoeken</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nieuwe toeleiding…</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Lopende toeleidingen</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Alle toeleidingen</translation>
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
        <source>No buddy meeting recorded for %1 yet.</source>
        <translation>Nog geen buddymoment genoteerd voor %1.</translation>
    </message>
    <message>
        <source>Follow up the referral of %1 to %2 (since %3).</source>
        <translation>Volg de toeleiding van %1 naar %2 op (sinds %3).</translation>
    </message>
    <message>
        <source>More referrals to follow up: %1.</source>
        <translation>Nog meer toeleidingen op te volgen: %1.</translation>
    </message>
    <message>
        <source>Signals not yet passed on to the policy officer: %1.</source>
        <translation>Signalen nog niet doorgegeven aan de beleidsmedewerker: %1.</translation>
    </message>
    <message>
        <source>Running duos whose agreement is not signed: %1.</source>
        <translation>Lopende duo&apos;s zonder getekende overeenkomst: %1.</translation>
    </message>
    <message>
        <source>Families and buddies whose data is due for erasure: %1.</source>
        <translation>Gezinnen en buddy&apos;s van wie de gegevens gewist moeten worden: %1.</translation>
    </message>
    <message>
        <source>Nothing is waiting: this month&apos;s buddy meeting is held and no follow-up is due.</source>
        <translation>Er wacht niets: het buddymoment van deze maand is gehouden en er moet niets opgevolgd worden.</translation>
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
    <message>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
</context>
<context>
    <name>PassOnDialog</name>
    <message>
        <source>Pass the signal on</source>
        <translation>Signaal doorgeven</translation>
    </message>
    <message>
        <source>Passed on to the policy officer &amp;on</source>
        <translation>Doorgegeven aan de beleidsmedewerker &amp;op</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Doorgegeven</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>First type the passphrase you use now.</source>
        <translation>Typ eerst de wachtwoordzin die u nu gebruikt.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Choose the new passphrase. The recovery key of your emergency sheet stays the same.</source>
        <translation>Kies de nieuwe wachtwoordzin. De herstelsleutel van uw noodblad blijft dezelfde.</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause the duo</source>
        <translation>Duo pauzeren</translation>
    </message>
    <message>
        <source>While the duo is paused, no activities are expected. The planned end moves by the pause&apos;s length.</source>
        <translation>Tijdens de pauze worden geen activiteiten verwacht. Het geplande einde schuift op met de lengte van de pauze.</translation>
    </message>
    <message>
        <source>For example: hospital stay, moving house</source>
        <translation>Bijvoorbeeld: ziekenhuisopname, verhuis</translation>
    </message>
    <message>
        <source>Paused &amp;from</source>
        <translation>Gepauzeerd &amp;vanaf</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <source>The retention rules say the data of these families and buddies must be erased now. Untick whom you must keep longer (say why in their notes), then erase the others.</source>
        <translation>Volgens de bewaartermijnen moeten de gegevens van deze gezinnen en buddy&apos;s nu gewist worden. Vink uit wie je langer moet bewaren (schrijf waarom in hun notities) en wis dan de anderen.</translation>
    </message>
    <message>
        <source>Nobody&apos;s data is due for erasure today.</source>
        <translation>Vandaag moeten er geen gegevens gewist worden.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Tick whom to erase first.</source>
        <translation>Vink eerst aan wie je wilt wissen.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Persoonsgegevens wissen</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n person(s)? A backup is made first. The erasure cannot be undone.</source>
        <translation>
            <numerusform>De persoonsgegevens van %n persoon wissen? Eerst wordt er een back-up gemaakt. Wissen kan niet ongedaan gemaakt worden.</numerusform>
            <numerusform>De persoonsgegevens van %n personen wissen? Eerst wordt er een back-up gemaakt. Wissen kan niet ongedaan gemaakt worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing personal data…</source>
        <translation>Persoonsgegevens wissen…</translation>
    </message>
    <message numerus="yes">
        <source>Erased: %n person(s).</source>
        <translation>
            <numerusform>Gewist: %n persoon.</numerusform>
            <numerusform>Gewist: %n personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation>Verwerkingsregister bewaren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Bewaard als %1.</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Verwerkingsregister</translation>
    </message>
    <message>
        <source>The data is kept %1 months after a family&apos;s last trajectory ended, %2 months after a family that was never matched left, and %3 months after a buddy stopped.</source>
        <translation>De gegevens blijven bewaard tot %1 maanden na het einde van het laatste traject van een gezin, %2 maanden na het vertrek van een gezin dat nooit gekoppeld werd, en %3 maanden nadat een buddy stopte.</translation>
    </message>
    <message>
        <source>&amp;Change the retention periods…</source>
        <translation>Bewaartermijnen &amp;aanpassen…</translation>
    </message>
    <message>
        <source>One page for the organisation&apos;s data protection officer: what is kept, why, for how long, where, who sees it and how it is protected. Made from the settings.</source>
        <translation>Eén pagina voor de functionaris voor gegevensbescherming van de organisatie: wat we bewaren, waarom, hoelang, waar, wie het ziet en hoe het beschermd is. Gemaakt uit de instellingen.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>What the agreement promises: the data is erased on time, everyone may see what is kept about them, and may ask to erase it.</source>
        <translation>Wat de overeenkomst belooft: de gegevens worden op tijd gewist, iedereen mag zien wat we over hem of haar bijhouden en mag vragen om het te wissen.</translation>
    </message>
    <message>
        <source>Due for erasure</source>
        <translation>Te wissen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Te wissen sinds</translation>
    </message>
    <message>
        <source>&amp;Erase the ticked…</source>
        <translation>De aangevinkte &amp;wissen…</translation>
    </message>
    <message>
        <source>Own copy and erasure on request</source>
        <translation>Eigen kopie en wissen op vraag</translation>
    </message>
    <message>
        <source>A family or a buddy may ask what is kept about them: open their form and choose Own copy. They may also ask to erase it: Erase, in the same form (not while their duo runs).</source>
        <translation>Een gezin of een buddy mag vragen wat we over hen bijhouden: open hun fiche en kies Eigen kopie. Ze mogen ook vragen om het te wissen: Wissen, in dezelfde fiche (niet zolang hun duo loopt).</translation>
    </message>
    <message>
        <source>&amp;Make the record of processing…</source>
        <translation>Verwerkingsregister &amp;maken…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dubbelzijdig afdrukken</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Binden aan de lange kant</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Binden aan de korte kant</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Pagina&amp;reeks:</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>The personal data was erased on %1. What is left cannot be changed.</source>
        <translation>De persoonsgegevens werden gewist op %1. Wat overblijft, kan niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>Not saved yet: correct the fields marked in red. Nothing you typed is lost.</source>
        <translation>Nog niet bewaard: verbeter de velden in het rood. Niets van wat je typte, is verloren.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Use the recovery key</source>
        <translation>De herstelsleutel gebruiken</translation>
    </message>
    <message>
        <source>Type the recovery key from the emergency sheet. Spaces and dashes do not matter.</source>
        <translation>Typ de herstelsleutel van het noodblad. Spaties en streepjes maken niet uit.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Open with the recovery key</source>
        <translation>Openen met de herstelsleutel</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Bezig met openen…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your emergency sheet</source>
        <translation>Uw noodblad</translation>
    </message>
    <message>
        <source>This recovery key opens the data when the passphrase is lost. It is shown only now. Save or print the emergency sheet and keep it in a safe place, away from this laptop.</source>
        <translation>Deze herstelsleutel opent de gegevens als de wachtwoordzin kwijt is. U ziet hem alleen nu. Bewaar of druk het noodblad af en leg het op een veilige plaats, weg van deze laptop.</translation>
    </message>
    <message>
        <source>Save the emergency sheet…</source>
        <translation>Noodblad bewaren…</translation>
    </message>
    <message>
        <source>I have saved or printed the emergency sheet and will keep it safe</source>
        <translation>Ik heb het noodblad bewaard of afgedrukt en houd het veilig</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Emergency sheet</source>
        <translation>Noodblad</translation>
    </message>
    <message>
        <source>This sheet holds the recovery key of Tandem Desktop. With this key you can open your data again when you forget your passphrase.</source>
        <translation>Op dit blad staat de herstelsleutel van Tandem Desktop. Met deze sleutel opent u uw gegevens opnieuw als u uw wachtwoordzin vergeten bent.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <source>Type the letters and digits as you see them. Spaces and dashes do not matter.</source>
        <translation>Typ de letters en cijfers zoals u ze ziet. Spaties en streepjes maken niet uit.</translation>
    </message>
    <message>
        <source>Where to keep this sheet</source>
        <translation>Waar bewaart u dit blad?</translation>
    </message>
    <message>
        <source>Keep this sheet in a safe place, for example the office safe. Keep it away from the laptop. Never put it in the same bag as the laptop.</source>
        <translation>Bewaar dit blad op een veilige plaats, bijvoorbeeld in de kluis van het kantoor. Houd het weg van de laptop. Steek het nooit in dezelfde tas als de laptop.</translation>
    </message>
    <message>
        <source>When to use the key</source>
        <translation>Wanneer gebruikt u de sleutel?</translation>
    </message>
    <message>
        <source>Use it when you forget your passphrase. Start Tandem Desktop and choose “Use the recovery key”. Then type the key from this sheet.</source>
        <translation>Als u uw wachtwoordzin vergeten bent. Start Tandem Desktop en kies „De herstelsleutel gebruiken”. Typ dan de sleutel van dit blad.</translation>
    </message>
    <message>
        <source>Whoever has this sheet and the laptop can read all the data. Do not show it to anyone.</source>
        <translation>Wie dit blad en de laptop heeft, kan alle gegevens lezen. Toon het aan niemand.</translation>
    </message>
    <message>
        <source>If you lose both your passphrase and this sheet, nobody can get the data back. Not you, not IT support, not the makers of Tandem Desktop.</source>
        <translation>Bent u zowel uw wachtwoordzin als dit blad kwijt, dan kan niemand de gegevens terughalen. U niet, de IT-dienst niet en de makers van Tandem Desktop ook niet.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Tandem emergency sheet</source>
        <translation>Tandem noodblad</translation>
    </message>
    <message>
        <source>Save the emergency sheet</source>
        <translation>Noodblad bewaren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder or file name.</source>
        <translation>%1 kon niet bewaard worden: %2. Kies een andere map of bestandsnaam.</translation>
    </message>
    <message>
        <source>Saved as %1. Print it, or keep it on a USB stick, away from this laptop.</source>
        <translation>Bewaard als %1. Druk het af, of bewaar het op een USB-stick, weg van deze laptop.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral</source>
        <translation>Toeleiding</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nieuwe toeleiding</translation>
    </message>
    <message>
        <source>For example: enrol the children at the playground programme</source>
        <translation>Bijvoorbeeld: de kinderen inschrijven bij de speelpleinwerking</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Resultaat</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Gezin</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganisatie</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>Referred &amp;on</source>
        <translation>Toegeleid &amp;op</translation>
    </message>
    <message>
        <source>Follow &amp;up on</source>
        <translation>&amp;Opvolgen op</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>A closed referral needs no follow-up.</source>
        <translation>Een afgesloten toeleiding hoeft niet opgevolgd te worden.</translation>
    </message>
    <message>
        <source>Guide a family to an organisation. On the follow-up date, the overview reminds you to ask how it went.</source>
        <translation>Leid een gezin toe naar een organisatie. Op de opvolgdatum herinnert het overzicht je eraan om te vragen hoe het ging.</translation>
    </message>
    <message>
        <source>To close this referral, choose its &lt;b&gt;outcome&lt;/b&gt; and save.</source>
        <translation>Om deze toeleiding af te sluiten, kies je het &lt;b&gt;resultaat&lt;/b&gt; en bewaar je.</translation>
    </message>
    <message>
        <source>The referral will be closed with this outcome.</source>
        <translation>De toeleiding wordt afgesloten met dit resultaat.</translation>
    </message>
    <message>
        <source>This referral is closed. Choose “Pending” to follow it up again.</source>
        <translation>Deze toeleiding is afgesloten. Kies ‘Loopt nog’ om ze opnieuw op te volgen.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Reports on the programme, for the organisation and the policy officer.</source>
        <translation>Rapporten over de werking, voor de organisatie en de beleidsmedewerker.</translation>
    </message>
    <message>
        <source>Signals for the policy officer</source>
        <translation>Signalen voor de beleidsmedewerker</translation>
    </message>
    <message>
        <source>The signals raised in a period, grouped by theme, with what became of them: as a PDF to send or print, or as a CSV for a spreadsheet. The report names no family, family member or buddy.</source>
        <translation>De signalen uit een periode, per thema, en wat ermee gebeurde: als PDF om te versturen of af te drukken, of als CSV voor een rekenblad. Het rapport noemt geen gezin, gezinslid of buddy.</translation>
    </message>
    <message>
        <source>&amp;Make the report…</source>
        <translation>Rapport &amp;maken…</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume the duo</source>
        <translation>Duo hervatten</translation>
    </message>
    <message>
        <source>Resumed &amp;on</source>
        <translation>Hervat &amp;op</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Paused since %1. The planned end moves from %2 to &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Gepauzeerd sinds %1. Het geplande einde verschuift van %2 naar &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The passphrase was changed. The recovery key stays.</source>
        <translation>De wachtwoordzin is gewijzigd. De herstelsleutel blijft dezelfde.</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s logo</source>
        <translation>Kies het logo van de organisatie</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation>Kan niet getoond worden</translation>
    </message>
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
        <source>The language of the screens, where your data is kept, its backups, and the duos&apos; rhythm.</source>
        <translation>De taal van de schermen, waar je gegevens bewaard worden, de back-ups en het ritme van de duo&apos;s.</translation>
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
    <message>
        <source>Loc&amp;k after</source>
        <translation>&amp;Vergrendelen na</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> minuten zonder gebruik</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Nu vergrendelen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>Duos: rhythm and flags</source>
        <translation>Duo&apos;s: ritme en signalen</translation>
    </message>
    <message>
        <source>Privacy: how long data is kept before it is erased</source>
        <translation>Privacy: hoelang gegevens bewaard blijven voor ze gewist worden</translation>
    </message>
    <message>
        <source>Duration of a duo</source>
        <translation>Duur van een duo</translation>
    </message>
    <message>
        <source>Activities per month</source>
        <translation>Activiteiten per maand</translation>
    </message>
    <message>
        <source>Flag when no activity for</source>
        <translation>Melden als er geen activiteit was gedurende</translation>
    </message>
    <message>
        <source>Flag when behind the rhythm by</source>
        <translation>Melden bij een achterstand op het ritme van</translation>
    </message>
    <message>
        <source>Flag an evaluation overdue after</source>
        <translation>Evaluatie als te laat melden na</translation>
    </message>
    <message>
        <source>Flag the end within</source>
        <translation>Het einde melden binnen</translation>
    </message>
    <message>
        <source>A family&apos;s data, after its last duo ended</source>
        <translation>Gegevens van een gezin, na het einde van het laatste duo</translation>
    </message>
    <message>
        <source>A family never matched, after it left</source>
        <translation>Een gezin dat nooit gekoppeld werd, na vertrek</translation>
    </message>
    <message>
        <source>A buddy&apos;s data, after the buddy stopped</source>
        <translation>Gegevens van een buddy, nadat de buddy stopte</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source> activities</source>
        <translation> activiteiten</translation>
    </message>
    <message>
        <source>Organisation and coordinator (printed on the agreement)</source>
        <translation>Organisatie en coördinator (staan op de overeenkomst)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dres</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coördinator</translation>
    </message>
    <message>
        <source>Coordinator&apos;s p&amp;hone</source>
        <translation>Telefoo&amp;n coördinator</translation>
    </message>
    <message>
        <source>Coordinator&apos;s e-&amp;mail</source>
        <translation>E-&amp;mail coördinator</translation>
    </message>
    <message>
        <source>Street and number, postcode and municipality</source>
        <translation>Straat en nummer, postcode en gemeente</translation>
    </message>
    <message>
        <source>e.g. 09 225 12 34 or 0470 12 34 56</source>
        <translation>bv. 09 225 12 34 of 0470 12 34 56</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Kie&amp;zen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Agreement &amp;text…</source>
        <translation>Te&amp;kst van de overeenkomst…</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>New signal</source>
        <translation>Nieuw signaal</translation>
    </message>
    <message>
        <source>A need or a problem you noticed, for the policy officer. Describe the situation; the report for the policy officer leaves out every name.</source>
        <translation>Een nood of een probleem dat je opmerkte, voor de beleidsmedewerker. Beschrijf de situatie; het rapport voor de beleidsmedewerker laat elke naam weg.</translation>
    </message>
    <message>
        <source>Optional: the family the signal is about</source>
        <translation>Optioneel: het gezin waarover het signaal gaat</translation>
    </message>
    <message>
        <source>For example: three families cannot find a place in childcare before their Dutch class</source>
        <translation>Bijvoorbeeld: drie gezinnen vinden geen kinderopvang voor hun NT2-les</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;Raised on</source>
        <translation>&amp;Gemeld op</translation>
    </message>
    <message>
        <source>&amp;Concerns family</source>
        <translation>&amp;Over gezin</translation>
    </message>
    <message>
        <source>&amp;Signal</source>
        <translation>&amp;Signaal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>SignalReport</name>
    <message>
        <source>Signals for the policy officer</source>
        <translation>Signalen voor de beleidsmedewerker</translation>
    </message>
    <message>
        <source>Signals raised from %1 to %2</source>
        <translation>Signalen gemeld van %1 tot %2</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Gemaakt op %1</translation>
    </message>
    <message>
        <source>This report contains no names of families, family members or buddies: names in the texts are replaced by “…”.</source>
        <translation>Dit rapport bevat geen namen van gezinnen, gezinsleden of buddy&apos;s: namen in de teksten zijn vervangen door ‘…’.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>No signals were raised in this period.</source>
        <translation>In deze periode werden geen signalen gemeld.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Doorgegeven</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwoord op</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Concerns a duo</source>
        <translation>Gaat over een duo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>SignalReportDialog</name>
    <message>
        <source>Report for the policy officer</source>
        <translation>Rapport voor de beleidsmedewerker</translation>
    </message>
    <message>
        <source>The signals raised in a period, by theme, with what became of them.</source>
        <translation>De signalen uit een periode, per thema, en wat ermee gebeurde.</translation>
    </message>
    <message>
        <source>The report contains no names of families or buddies.</source>
        <translation>Het rapport bevat geen namen van gezinnen of buddy&apos;s.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Bewaren als &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Bewaren als &amp;CSV…</translation>
    </message>
    <message>
        <source>Signals in this period: %1. Themes: %2.</source>
        <translation>Signalen in deze periode: %1. Thema&apos;s: %2.</translation>
    </message>
    <message>
        <source>signals</source>
        <translation>signalen</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV voor een rekenblad (*.csv)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Rapport bewaren</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Het rapport wordt bewaard…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Bewaard als %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder or file name.</source>
        <translation>Kon %1 niet bewaren: %2. Kies een andere map of bestandsnaam.</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>Answered %1</source>
        <translation>Beantwoord op %1</translation>
    </message>
    <message>
        <source>Passed on %1</source>
        <translation>Doorgegeven op %1</translation>
    </message>
    <message numerus="yes">
        <source>%n signals</source>
        <translation>
            <numerusform>%n signaal</numerusform>
            <numerusform>%n signalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n signals</source>
        <translation>
            <numerusform>%1 van %n signaal</numerusform>
            <numerusform>%1 van %n signalen</numerusform>
        </translation>
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
        <source>Search the signals and the answers</source>
        <translation>Zoek in de signalen en de antwoorden</translation>
    </message>
    <message>
        <source>Search signals</source>
        <translation>Signalen zoeken</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>&amp;New signal…</source>
        <translation>&amp;Nieuw signaal…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Pass on…</source>
        <translation>&amp;Doorgeven…</translation>
    </message>
    <message>
        <source>Note the day the signal went to the policy officer</source>
        <translation>Noteer de dag waarop het signaal naar de beleidsmedewerker ging</translation>
    </message>
    <message>
        <source>Record &amp;answer…</source>
        <translation>&amp;Antwoord noteren…</translation>
    </message>
    <message>
        <source>&amp;Report for the policy officer…</source>
        <translation>&amp;Rapport voor de beleidsmedewerker…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, raised on %2:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, gemeld op %2:</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Sign on the screen</source>
        <translation>Tekenen op het scherm</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>Handtekening van %1</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Wissen</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Teken hier</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
</context>
<context>
    <name>StartDuoDialog</name>
    <message>
        <source>Start the duo</source>
        <translation>Duo starten</translation>
    </message>
    <message>
        <source>Then open the &amp;agreement to print and sign</source>
        <translation>Daarna de &amp;overeenkomst openen om af te drukken en te tekenen</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>&amp;Start op</translation>
    </message>
    <message>
        <source>&amp;Start the duo</source>
        <translation>Duo &amp;starten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; with buddy &lt;b&gt;%2&lt;/b&gt; start on %3 and run until %4. Activities can be logged from the start.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en buddy &lt;b&gt;%2&lt;/b&gt; starten op %3 en lopen tot %4. Vanaf de start kun je activiteiten noteren.</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>Encrypting the programme&apos;s data and its backups…</source>
        <translation>De gegevens van het programma en de back-ups worden versleuteld…</translation>
    </message>
    <message>
        <source>Opening the programme…</source>
        <translation>Het programma wordt geopend…</translation>
    </message>
</context>
<context>
    <name>SuggestionDelegate</name>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>uitgesloten</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>the text saved on %1</source>
        <translation>de tekst bewaard op %1</translation>
    </message>
    <message>
        <source>(not shown: a sensitive field)</source>
        <translation>(niet getoond: een gevoelig veld)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Deleted on one laptop, changed on another</source>
        <translation>Verwijderd op de ene laptop, gewijzigd op een andere</translation>
    </message>
    <message>
        <source>Agreement text: the same version saved on two laptops</source>
        <translation>Tekst van de overeenkomst: dezelfde versie op twee laptops bewaard</translation>
    </message>
    <message>
        <source>This laptop is in no team. A team shares this programme with colleagues&apos; laptops through a folder the organisation already shares (a network drive, Nextcloud, OneDrive, a USB stick). Make a team here; a colleague&apos;s laptop joins it at its first start, with a new data folder (“Join a colleague&apos;s team”, before the passphrase is chosen).</source>
        <translation>Deze laptop zit in geen team. Een team deelt deze werking met de laptops van collega&apos;s via een map die de organisatie al deelt (een netwerkschijf, Nextcloud, OneDrive, een USB-stick). Maak hier een team; de laptop van een collega sluit aan bij zijn eerste start, met een nieuwe gegevensmap (“Aansluiten bij het team van een collega”, voor de wachtwoordzin gekozen wordt).</translation>
    </message>
    <message>
        <source>Team folder: %1</source>
        <translation>Teammap: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source> (this laptop)</source>
        <translation> (deze laptop)</translation>
    </message>
    <message>
        <source>%1: last sync %2</source>
        <translation>%1: laatste synchronisatie %2</translation>
    </message>
    <message>
        <source>The team folder cannot be reached now.</source>
        <translation>De teammap is nu niet bereikbaar.</translation>
    </message>
    <message>
        <source>The same field was changed on two laptops. The later change is kept for now; check each one.</source>
        <translation>Hetzelfde veld werd op twee laptops gewijzigd. De laatste wijziging blijft voorlopig staan; bekijk ze een voor een.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Geen conflicten om na te kijken.</translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n changeset(s) of the others applied.</source>
        <translation>
            <numerusform>Laatste synchronisatie: %n wijzigingsset van de anderen verwerkt.</numerusform>
            <numerusform>Laatste synchronisatie: %n wijzigingssets van de anderen verwerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Together, the laptops&apos; changes break %1 rule(s) of the programme (a family in two duos, say): `tandem-desktop check` names them; set them right here.</source>
        <translation>Samen breken de wijzigingen van de laptops %1 regel(s) van de werking (bijvoorbeeld een gezin in twee duo&apos;s): `tandem-desktop check` noemt ze; zet ze hier recht.</translation>
    </message>
    <message>
        <source>A laptop runs a newer version of Tandem Desktop: update this one to receive its changes.</source>
        <translation>Een laptop heeft een nieuwere versie van Tandem Desktop: zet deze laptop ook op die versie om zijn wijzigingen te krijgen.</translation>
    </message>
    <message>
        <source>Synchronising with the team…</source>
        <translation>Synchroniseren met het team…</translation>
    </message>
    <message>
        <source>The team folder cannot be reached now: is the network drive or USB stick there? Nothing was changed.</source>
        <translation>De teammap is nu niet bereikbaar: is de netwerkschijf of USB-stick er? Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The disk of the team folder is full: make room there, then synchronise again. Nothing is lost.</source>
        <translation>De schijf van de teammap is vol: maak daar plaats vrij en synchroniseer opnieuw. Er gaat niets verloren.</translation>
    </message>
    <message>
        <source>The team folder cannot be written (read-only, or no permission): ask for write access, then synchronise again. Nothing is lost.</source>
        <translation>In de teammap kan niet geschreven worden (alleen-lezen, of geen toegang): vraag schrijfrechten en synchroniseer opnieuw. Er gaat niets verloren.</translation>
    </message>
    <message>
        <source>A file in the team folder is damaged or is not this team&apos;s: ask the colleague who wrote it to synchronise again. Nothing was changed.</source>
        <translation>Een bestand in de teammap is beschadigd of hoort niet bij dit team: vraag de collega die het schreef om opnieuw te synchroniseren. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The sync stopped; nothing was changed. Try again, or ask for help with the log.</source>
        <translation>De synchronisatie stopte; er werd niets gewijzigd. Probeer opnieuw, of vraag hulp met het logbestand.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>This is not the team&apos;s code. Type the new team code again:</source>
        <translation>Dat is niet de code van het team. Typ de nieuwe teamcode opnieuw:</translation>
    </message>
    <message>
        <source>The team has a new team code (a laptop was lost). Type the new code a colleague gave you:</source>
        <translation>Het team heeft een nieuwe teamcode (er ging een laptop verloren). Typ de nieuwe teamcode die je van een collega kreeg:</translation>
    </message>
    <message>
        <source>New team code</source>
        <translation>Nieuwe teamcode</translation>
    </message>
    <message>
        <source>The folder to share the programme through</source>
        <translation>De map om de werking via te delen</translation>
    </message>
    <message>
        <source>Team made</source>
        <translation>Team gemaakt</translation>
    </message>
    <message>
        <source>The team code, for the colleagues who join:

%1

Give it in person or by phone.</source>
        <translation>De teamcode, voor de collega&apos;s die aansluiten:

%1

Geef hem persoonlijk of aan de telefoon.</translation>
    </message>
    <message>
        <source>The programme shared with colleagues&apos; laptops, and what to check after a sync.</source>
        <translation>De werking gedeeld met de laptops van collega&apos;s, en wat je na een synchronisatie nakijkt.</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Het team</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>&amp;Make a team…</source>
        <translation>Team &amp;maken…</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicten om na te kijken</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Opzijgezet</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>Deze waarde &amp;houden</translation>
    </message>
    <message>
        <source>&amp;Take the other value</source>
        <translation>De andere waarde &amp;nemen</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Synchronised with the team: something to review under Team.</source>
        <translation>Gesynchroniseerd met het team: er is iets na te kijken onder Team.</translation>
    </message>
    <message>
        <source>Synchronised with the team.</source>
        <translation>Gesynchroniseerd met het team.</translation>
    </message>
    <message>
        <source>The team has a new team code: enter it under Team.</source>
        <translation>Het team heeft een nieuwe teamcode: vul ze in onder Team.</translation>
    </message>
    <message>
        <source>Not synchronised with the team: the team folder cannot be reached now.</source>
        <translation>Niet gesynchroniseerd met het team: de teammap is nu niet bereikbaar.</translation>
    </message>
    <message>
        <source>The sync with the team stopped; nothing was changed.</source>
        <translation>De synchronisatie met het team stopte; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>Synchronising with the team…</source>
        <translation>Synchroniseren met het team…</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Open the programme</source>
        <translation>Het programma openen</translation>
    </message>
    <message>
        <source>Type your passphrase to open the data.</source>
        <translation>Typ uw wachtwoordzin om de gegevens te openen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Onthouden op deze computer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use the recovery key</source>
        <translation>Wachtwoordzin vergeten? Gebruik de herstelsleutel</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Bezig met openen…</translation>
    </message>
    <message>
        <source>Tandem Desktop is locked</source>
        <translation>Tandem Desktop is vergrendeld</translation>
    </message>
</context>
<context>
    <name>WeekGridEdit</name>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Vrije momenten</translation>
    </message>
    <message>
        <source>Checked: free at this time.</source>
        <translation>Aangevinkt: vrij op dit moment.</translation>
    </message>
    <message>
        <source>Times when meeting is not possible</source>
        <translation>Momenten waarop afspreken niet kan</translation>
    </message>
    <message>
        <source>Checked: cannot meet at this time.</source>
        <translation>Aangevinkt: kan niet afspreken op dit moment.</translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1: vrij</translation>
    </message>
    <message>
        <source>%1: not free</source>
        <translation>%1: niet vrij</translation>
    </message>
    <message>
        <source>%1: cannot meet</source>
        <translation>%1: kan niet afspreken</translation>
    </message>
    <message>
        <source>%1: can meet</source>
        <translation>%1: kan afspreken</translation>
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
    <name>columns</name>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ex-newcomer</source>
        <translation>Ex-nieuwkomer</translation>
    </message>
    <message>
        <source>Duos</source>
        <translation>Duo&apos;s</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Uittreksel</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wacht sinds</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Held or cancelled</source>
        <translation>Doorgegaan of afgelast</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Dutch practised</source>
        <translation>Nederlands geoefend</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
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
        <source>Buddies present</source>
        <translation>Aanwezige buddy&apos;s</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Noden</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Lopende toeleidingen</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Toegeleid op</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Opvolgen</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
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
        <source>{path} is too large to import ({size} MB; at most {maximum} MB). It is not an export of one programme.</source>
        <translation>{path} is te groot om te importeren ({size} MB; hoogstens {maximum} MB). Het is geen export van één programma.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: it is not valid JSON (error at {where}). The file may be incomplete or damaged.</source>
        <translation>{path} kan niet ingelezen worden: het is geen geldige JSON (fout bij {where}). Misschien is het bestand onvolledig of beschadigd.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: the value at {where} is larger than {maximum} MB, which no record of a programme is. The file is damaged or not an export.</source>
        <translation>{path} kan niet geïmporteerd worden: de waarde op {where} is groter dan {maximum} MB, en zo groot is geen gegeven van een programma. Het bestand is beschadigd of geen export.</translation>
    </message>
    <message>
        <source>{path} is an encrypted export: give the passphrase it was made with (--export-passphrase-file).</source>
        <translation>{path} is een versleutelde export: geef de wachtwoordzin waarmee hij gemaakt is (--export-passphrase-file).</translation>
    </message>
    <message>
        <source>This passphrase does not open {path}, or the file was changed or cut short. Check the passphrase the export was made with, or make the export again.</source>
        <translation>Deze wachtwoordzin opent {path} niet, of het bestand is veranderd of afgebroken. Kijk de wachtwoordzin van de export na, of maak de export opnieuw.</translation>
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
        <source>{path} changed while it was being imported. Nothing was imported: import it again.</source>
        <translation>{path} is veranderd terwijl het geïmporteerd werd. Er is niets geïmporteerd: importeer het opnieuw.</translation>
    </message>
    <message>
        <source>This family no longer exists.</source>
        <translation>Dit gezin bestaat niet meer.</translation>
    </message>
    <message>
        <source>This family&apos;s data was erased: it cannot be changed.</source>
        <translation>De gegevens van dit gezin werden gewist: ze kunnen niet meer gewijzigd worden.</translation>
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
        <source>This buddy&apos;s data was erased: it cannot be changed.</source>
        <translation>De gegevens van deze buddy werden gewist: ze kunnen niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>Another buddy has the same name: {name}.</source>
        <translation>Een andere buddy heeft dezelfde naam: {name}.</translation>
    </message>
    <message>
        <source>{name} has the same phone number or e-mail address.</source>
        <translation>{name} heeft hetzelfde telefoonnummer of e-mailadres.</translation>
    </message>
    <message>
        <source>Enter the year of birth as a number, e.g. 2015.</source>
        <translation>Geef het geboortejaar als getal, bv. 2015.</translation>
    </message>
    <message>
        <source>Enter the year of birth as a number, e.g. 1985.</source>
        <translation>Geef het geboortejaar als getal, bv. 1985.</translation>
    </message>
    <message>
        <source>This duo no longer exists.</source>
        <translation>Dit duo bestaat niet meer.</translation>
    </message>
    <message>
        <source>This duo is only proposed: activities are logged once it has started.</source>
        <translation>Dit duo is nog maar voorgesteld: activiteiten noteer je zodra het gestart is.</translation>
    </message>
    <message>
        <source>An activity cannot come before the duo&apos;s start ({start}).</source>
        <translation>Een activiteit kan niet vóór de start van het duo liggen ({start}).</translation>
    </message>
    <message>
        <source>The duo ended on {end}; an activity cannot come after that.</source>
        <translation>Het duo eindigde op {end}; een activiteit kan niet later liggen.</translation>
    </message>
    <message>
        <source>The duo was paused on this date (from {start}).</source>
        <translation>Het duo was op deze datum gepauzeerd (vanaf {start}).</translation>
    </message>
    <message>
        <source>Enter a duration from {minimum} minutes to {maximum} hours (you entered {value}).</source>
        <translation>Geef een duur van {minimum} minuten tot {maximum} uur (je gaf {value}).</translation>
    </message>
    <message>
        <source>Choose why the activity was cancelled.</source>
        <translation>Kies waarom de activiteit afgelast werd.</translation>
    </message>
    <message>
        <source>Say in a few words why, when the reason is “Other”.</source>
        <translation>Zeg in een paar woorden waarom, als de reden ‘Andere’ is.</translation>
    </message>
    <message>
        <source>Only members of the duo&apos;s family can be ticked.</source>
        <translation>Je kunt alleen leden van het gezin van het duo aanvinken.</translation>
    </message>
    <message>
        <source>{name} left the household on {left}, before this activity.</source>
        <translation>{name} verliet het huishouden op {left}, vóór deze activiteit.</translation>
    </message>
    <message>
        <source>Count from {minimum} (the children ticked) to {maximum} children.</source>
        <translation>Tel van {minimum} (de aangevinkte kinderen) tot {maximum} kinderen.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Deze activiteit bestaat niet meer.</translation>
    </message>
    <message>
        <source>This family or buddy no longer exists.</source>
        <translation>Dit gezin of deze buddy bestaat niet meer.</translation>
    </message>
    <message>
        <source>{family} is not on the waiting list, so cannot get a new duo.</source>
        <translation>{family} staat niet op de wachtlijst en kan dus geen nieuw duo krijgen.</translation>
    </message>
    <message>
        <source>A duo starts today or on a day that has passed. Leave it proposed until the day it starts.</source>
        <translation>Een duo start vandaag of op een dag die voorbij is. Laat het voorgesteld tot de dag dat het start.</translation>
    </message>
    <message>
        <source>A score is from 1 to 5.</source>
        <translation>Een score gaat van 1 tot 5.</translation>
    </message>
    <message>
        <source>This evaluation no longer exists.</source>
        <translation>Deze evaluatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>An evaluation cannot come before the duo&apos;s start ({start}).</source>
        <translation>Een evaluatie kan niet voor de start van het duo liggen ({start}).</translation>
    </message>
    <message>
        <source>Choose a number from {low} to {high}.</source>
        <translation>Kies een getal van {low} tot {high}.</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image (.png, .jpg or .jpeg) for the logo.</source>
        <translation>Kies een PNG- of JPEG-afbeelding (.png, .jpg of .jpeg) als logo.</translation>
    </message>
    <message>
        <source>This image is too large ({size} MB). Choose one of at most {maximum} MB.</source>
        <translation>Deze afbeelding is te groot ({size} MB). Kies er een van hoogstens {maximum} MB.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}.</source>
        <translation>Het bestand {name} kan niet gelezen worden: {reason}.</translation>
    </message>
    <message>
        <source>The file {name} is not a PNG or JPEG image.</source>
        <translation>Het bestand {name} is geen PNG- of JPEG-afbeelding.</translation>
    </message>
    <message>
        <source>This buddy meeting no longer exists.</source>
        <translation>Dit buddymoment bestaat niet meer.</translation>
    </message>
    <message>
        <source>Attendance can be ticked once the activity has taken place.</source>
        <translation>Aanwezigheden vink je aan zodra de activiteit heeft plaatsgevonden.</translation>
    </message>
    <message>
        <source>This group activity no longer exists.</source>
        <translation>Deze groepsactiviteit bestaat niet meer.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>‘{value}’ is geen e-mailadres.</translation>
    </message>
    <message>
        <source>This organisation no longer exists.</source>
        <translation>Deze organisatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Choose one in the list.</source>
        <translation>Kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>This family or organisation no longer exists.</source>
        <translation>Dit gezin of deze organisatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>Deze toeleiding bestaat niet meer.</translation>
    </message>
    <message>
        <source>Keep it under {maximum} characters (now {length}).</source>
        <translation>Hou het onder {maximum} tekens (nu {length}).</translation>
    </message>
    <message>
        <source>This signal no longer exists.</source>
        <translation>Dit signaal bestaat niet meer.</translation>
    </message>
    <message>
        <source>This date ({date}) comes after the day it was passed on ({passed_on}).</source>
        <translation>Deze datum ({date}) ligt na de dag waarop het signaal doorgegeven werd ({passed_on}).</translation>
    </message>
    <message>
        <source>This date ({date}) comes after the answer ({answered}).</source>
        <translation>Deze datum ({date}) ligt na het antwoord ({answered}).</translation>
    </message>
    <message>
        <source>Choose the duo the activity belongs to.</source>
        <translation>Kies het duo van deze activiteit.</translation>
    </message>
    <message>
        <source>This part of the agreement does not exist.</source>
        <translation>Dit deel van de overeenkomst bestaat niet.</translation>
    </message>
    <message>
        <source>This part of the agreement cannot be empty.</source>
        <translation>Dit deel van de overeenkomst mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>A brace {{ or }} is not closed. Use them only around a field&apos;s name.</source>
        <translation>Een accolade {{ of }} is niet gesloten. Gebruik ze alleen rond de naam van een veld.</translation>
    </message>
    <message>
        <source>Unknown field {{{name}}}. This part may use: {allowed}.</source>
        <translation>Onbekend veld {{{name}}}. Dit deel mag gebruiken: {allowed}.</translation>
    </message>
    <message>
        <source>There is no agreement text in this language.</source>
        <translation>Er is geen tekst van de overeenkomst in deze taal.</translation>
    </message>
    <message>
        <source>Several duos have an id starting with {id}: give more of it.</source>
        <translation>Meerdere duo&apos;s hebben een id die begint met {id}: geef er meer van.</translation>
    </message>
    <message>
        <source>There is no duo with the id {id}.</source>
        <translation>Er is geen duo met de id {id}.</translation>
    </message>
    <message>
        <source>There is no agreement text in the language “{code}”.</source>
        <translation>Er is geen tekst van de overeenkomst in de taal “{code}”.</translation>
    </message>
    <message>
        <source>This agreement no longer exists.</source>
        <translation>Deze overeenkomst bestaat niet meer.</translation>
    </message>
    <message>
        <source>The duo ended on {end}: it cannot be signed after that.</source>
        <translation>Het duo eindigde op {end}: na die dag kan het niet meer getekend worden.</translation>
    </message>
    <message>
        <source>Attach a PDF or a photo (PNG or JPEG) of the signed paper.</source>
        <translation>Voeg een PDF of een foto (PNG of JPEG) van het getekende papier toe.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>Het bestand {file} kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>The file is larger than {size} MB: scan it at a lower resolution.</source>
        <translation>Het bestand is groter dan {size} MB: scan het met een lagere resolutie.</translation>
    </message>
    <message>
        <source>This is not possible with the status “{status}”.</source>
        <translation>Dit kan niet met de status “{status}”.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as day/month/year, e.g. {example}.</source>
        <translation>“{text}” is geen datum. Typ hem als dag/maand/jaar, bv. {example}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as day/month/year, e.g. {example}, or leave the field empty.</source>
        <translation>“{text}” is geen datum. Typ hem als dag/maand/jaar, bv. {example}, of laat het veld leeg.</translation>
    </message>
    <message>
        <source>Enter a date, as day/month/year, e.g. {example}.</source>
        <translation>Vul een datum in, als dag/maand/jaar, bv. {example}.</translation>
    </message>
    <message>
        <source>Choose a date on or after {earliest}.</source>
        <translation>Kies een datum op of na {earliest}.</translation>
    </message>
    <message>
        <source>Choose a date on or before {latest}.</source>
        <translation>Kies een datum op of voor {latest}.</translation>
    </message>
    <message>
        <source>{path} was exported without its sensitive fields and notes: importing it would empty them in records this programme holds. Import it into another data folder, or use a full export.</source>
        <translation>{path} is geëxporteerd zonder de gevoelige velden en notities: door het te importeren zouden die leeg worden in records die dit programma heeft. Importeer het in een andere gegevensmap, of gebruik een volledige export.</translation>
    </message>
    <message>
        <source>No family or buddy has the id {id}.</source>
        <translation>Geen gezin of buddy heeft het id {id}.</translation>
    </message>
    <message>
        <source>Several families or buddies have an id starting with {id}: give more of it.</source>
        <translation>Meerdere gezinnen of buddy&apos;s hebben een id dat begint met {id}: geef er meer van.</translation>
    </message>
    <message>
        <source>This family is in a running duo. End the duo first, then erase.</source>
        <translation>Dit gezin zit in een lopend duo. Beëindig eerst het duo en wis daarna.</translation>
    </message>
    <message>
        <source>This buddy is in a running duo. End the duo first, then erase.</source>
        <translation>Deze buddy zit in een lopend duo. Beëindig eerst het duo en wis daarna.</translation>
    </message>
    <message>
        <source>Say why the data is erased (without names).</source>
        <translation>Zeg waarom de gegevens gewist worden (zonder namen).</translation>
    </message>
    <message>
        <source>Keep the reason under {limit} characters.</source>
        <translation>Houd de reden onder {limit} tekens.</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Dit conflict bestaat niet meer.</translation>
    </message>
    <message>
        <source>This conflict was settled already, on {day}.</source>
        <translation>Dit conflict werd al opgelost, op {day}.</translation>
    </message>
    <message>
        <source>This conflict names a field the app does not know.</source>
        <translation>Dit conflict noemt een veld dat de app niet kent.</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <source>Planned end passed</source>
        <translation>Gepland einde voorbij</translation>
    </message>
    <message>
        <source>No activity in {days} days</source>
        <translation>Geen activiteit in {days} dagen</translation>
    </message>
    <message>
        <source>{meetings} meetings behind the rhythm</source>
        <translation>{meetings} activiteiten achter op het ritme</translation>
    </message>
    <message>
        <source>Evaluation overdue</source>
        <translation>Evaluatie te laat</translation>
    </message>
    <message>
        <source>Agreement not signed</source>
        <translation>Overeenkomst niet ondertekend</translation>
    </message>
    <message>
        <source>Ends in {days} days</source>
        <translation>Eindigt over {days} dagen</translation>
    </message>
    <message>
        <source>Start date passed, not started</source>
        <translation>Startdatum voorbij, nog niet gestart</translation>
    </message>
    <message>
        <source>Last {count} activities cancelled</source>
        <translation>Laatste {count} activiteiten afgelast</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Aangemeld op</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>Moedertaal</translation>
    </message>
    <message>
        <source>Contact languages</source>
        <translation>Contacttalen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Aankomstdatum</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation>Gezinshereniging</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Noden</translation>
    </message>
    <message>
        <source>Other needs</source>
        <translation>Andere noden</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Niet beschikbaar</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>Housing and health</source>
        <translation>Huisvesting en gezondheid</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Doorverwezen door</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum van toestemming</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Toestemmingstekst</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Wishes for a buddy</source>
        <translation>Wensen voor de buddy</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Vertrokken op</translation>
    </message>
    <message>
        <source>Was a newcomer</source>
        <translation>Was zelf nieuwkomer</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Duos at once</source>
        <translation>Duo&apos;s tegelijk</translation>
    </message>
    <message>
        <source>Criminal record extract</source>
        <translation>Uittreksel uit het strafregister</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Vormingen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
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
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Language camp</source>
        <translation>Taalkamp</translation>
    </message>
    <message>
        <source>Playground programme</source>
        <translation>Speelpleinwerking</translation>
    </message>
    <message>
        <source>Volunteer work</source>
        <translation>Vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>No Dutch yet</source>
        <translation>Nog geen Nederlands</translation>
    </message>
    <message>
        <source>A1 (beginner)</source>
        <translation>A1 (beginner)</translation>
    </message>
    <message>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <source>B1</source>
        <translation>B1</translation>
    </message>
    <message>
        <source>B2 or higher</source>
        <translation>B2 of hoger</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>Moedertaal</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Nog niet gevraagd</translation>
    </message>
    <message>
        <source>Yes, photos may be taken and used</source>
        <translation>Ja, foto&apos;s mogen genomen en gebruikt worden</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>Geen foto&apos;s</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Speeltuin</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Museum</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>City walk</source>
        <translation>Stadswandeling</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Koken</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>Ziekte</translation>
    </message>
    <message>
        <source>Housing problems</source>
        <translation>Woonproblemen</translation>
    </message>
    <message>
        <source>Dutch class</source>
        <translation>NT2-les</translation>
    </message>
    <message>
        <source>Buddy not available</source>
        <translation>Buddy niet beschikbaar</translation>
    </message>
    <message>
        <source>Family unreachable</source>
        <translation>Gezin onbereikbaar</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <source>Start evaluation</source>
        <translation>Startevaluatie</translation>
    </message>
    <message>
        <source>Mid-way evaluation</source>
        <translation>Tussentijdse evaluatie</translation>
    </message>
    <message>
        <source>End evaluation</source>
        <translation>Eindevaluatie</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Loopt nog</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>On a waiting list</source>
        <translation>Op een wachtlijst</translation>
    </message>
    <message>
        <source>Not pursued</source>
        <translation>Niet verder gezet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Duration completed</source>
        <translation>Volledige duur afgerond</translation>
    </message>
    <message>
        <source>Family moved</source>
        <translation>Gezin verhuisd</translation>
    </message>
    <message>
        <source>Family no longer wishes</source>
        <translation>Gezin wil niet meer</translation>
    </message>
    <message>
        <source>Buddy no longer available</source>
        <translation>Buddy niet meer beschikbaar</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Klikte niet</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>Het gezin</translation>
    </message>
    <message>
        <source>The buddy</source>
        <translation>De buddy</translation>
    </message>
    <message>
        <source>The coordinator</source>
        <translation>De coördinator</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niet</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Een beetje</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>Veel</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discriminatie</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>Eenzaamheid</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Passed on</source>
        <translation>Doorgegeven</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Duo activity</source>
        <translation>Duo-activiteit</translation>
    </message>
    <message>
        <source>Buddy meeting</source>
        <translation>Buddymoment</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Nood</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Youth work</source>
        <translation>Jeugdwerk</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sociale dienst (OCMW)</translation>
    </message>
    <message>
        <source>Housing office</source>
        <translation>Woonloket</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Gezondheidszorg</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Juridische hulp</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 u %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
</context>
<context>
    <name>matching</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} meer</translation>
    </message>
    <message>
        <source>Not available yet: the screening is not finished</source>
        <translation>Nog niet beschikbaar: de screening is niet rond</translation>
    </message>
    <message>
        <source>Not available yet: screened, but not yet trained</source>
        <translation>Nog niet beschikbaar: gescreend, maar nog niet gevormd</translation>
    </message>
    <message>
        <source>Paused as a buddy for now</source>
        <translation>Neemt als buddy even pauze</translation>
    </message>
    <message>
        <source>No longer a buddy</source>
        <translation>Niet langer buddy</translation>
    </message>
    <message>
        <source>Already has {duos} of {capacity} duos: no room for another</source>
        <translation>Heeft al {duos} van {capacity} duo&apos;s: geen plaats voor nog een</translation>
    </message>
    <message>
        <source>Has no duo yet</source>
        <translation>Heeft nog geen duo</translation>
    </message>
    <message>
        <source>Has time for one more duo</source>
        <translation>Heeft tijd voor nog een duo</translation>
    </message>
    <message>
        <source>Lives in the same postcode ({postcode})</source>
        <translation>Woont in dezelfde postcode ({postcode})</translation>
    </message>
    <message>
        <source>Lives in the same municipality ({municipality})</source>
        <translation>Woont in dezelfde gemeente ({municipality})</translation>
    </message>
    <message>
        <source>Was a newcomer too</source>
        <translation>Was zelf ook nieuwkomer</translation>
    </message>
    <message>
        <source>Speaks {languages}, the family&apos;s mother tongue</source>
        <translation>Spreekt {languages}, de moedertaal van het gezin</translation>
    </message>
    <message>
        <source>Speaks {languages}, which the family speaks too</source>
        <translation>Spreekt {languages}, dat het gezin ook spreekt</translation>
    </message>
    <message>
        <source>Only Dutch in common; the family speaks some Dutch</source>
        <translation>Alleen Nederlands gemeen; het gezin spreekt wat Nederlands</translation>
    </message>
    <message>
        <source>No language in common with the family</source>
        <translation>Geen gemeenschappelijke taal met het gezin</translation>
    </message>
    <message>
        <source>No free times known for the buddy</source>
        <translation>Geen vrije momenten van de buddy bekend</translation>
    </message>
    <message>
        <source>Free only when the family cannot meet</source>
        <translation>Alleen vrij wanneer het gezin niet kan</translation>
    </message>
    <message>
        <source>Both free on {slots}</source>
        <translation>Allebei vrij op {slots}</translation>
    </message>
    <message>
        <source>No criminal-record extract yet; the family has children</source>
        <translation>Nog geen uittreksel uit het strafregister; het gezin heeft kinderen</translation>
    </message>
    <message>
        <source>Criminal-record extract older than a year; the family has children</source>
        <translation>Uittreksel uit het strafregister ouder dan een jaar; het gezin heeft kinderen</translation>
    </message>
    <message>
        <source>No criminal-record extract yet</source>
        <translation>Nog geen uittreksel uit het strafregister</translation>
    </message>
    <message>
        <source>Criminal-record extract older than a year</source>
        <translation>Uittreksel uit het strafregister ouder dan een jaar</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wordt geannuleerd…</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>The agreement was not printed: the print command “lp” was not found on this computer. Install the CUPS client programs (on Debian and Ubuntu the package cups-client), or save the agreement as PDF and print that file.</source>
        <translation>De overeenkomst is niet afgedrukt: het afdrukprogramma “lp” staat niet op deze computer. Installeer de CUPS-programma’s (op Debian en Ubuntu het pakket cups-client), of bewaar de overeenkomst als pdf en druk dat bestand af.</translation>
    </message>
    <message>
        <source>The agreement was not printed: the print command “lp” could not be started. Print again; if it keeps failing, save the agreement as PDF and print that file.</source>
        <translation>De overeenkomst is niet afgedrukt: het afdrukprogramma “lp” kon niet starten. Druk opnieuw af; lukt het blijvend niet, bewaar de overeenkomst dan als pdf en druk dat bestand af.</translation>
    </message>
    <message>
        <source>The printer %1 did not answer within a minute, so printing was stopped. See whether the agreement came out before you print it again.</source>
        <translation>De printer %1 antwoordde niet binnen een minuut, dus het afdrukken is gestopt. Kijk of de overeenkomst eruit kwam voor je opnieuw afdrukt.</translation>
    </message>
    <message>
        <source>The agreement was not printed: the print command stopped unexpectedly. Print again.</source>
        <translation>De overeenkomst is niet afgedrukt: het afdrukprogramma stopte onverwacht. Druk opnieuw af.</translation>
    </message>
    <message>
        <source>The agreement was not printed: the printer %1 does not exist (any more). Choose another printer.</source>
        <translation>De overeenkomst is niet afgedrukt: de printer %1 bestaat niet (meer). Kies een andere printer.</translation>
    </message>
    <message>
        <source>The agreement was not printed: the printer %1 is not accepting jobs. Choose another printer, or ask whoever looks after the printers to let %1 accept jobs again.</source>
        <translation>De overeenkomst is niet afgedrukt: de printer %1 neemt geen opdrachten aan. Kies een andere printer, of vraag wie de printers beheert om %1 weer opdrachten te laten aannemen.</translation>
    </message>
    <message>
        <source>The agreement was not printed: the print service of this computer (CUPS) does not answer. Start it, or restart the computer, and print again.</source>
        <translation>De overeenkomst is niet afgedrukt: de afdrukdienst van deze computer (CUPS) antwoordt niet. Start die, of herstart de computer, en druk opnieuw af.</translation>
    </message>
    <message>
        <source>The agreement was not printed: you may not print on %1. Choose another printer, or ask whoever looks after the printers.</source>
        <translation>De overeenkomst is niet afgedrukt: je mag niet afdrukken op %1. Kies een andere printer, of vraag het aan wie de printers beheert.</translation>
    </message>
    <message>
        <source>The agreement was not printed: the printer %1 answered “%2”. Print again, or choose another printer.</source>
        <translation>De overeenkomst is niet afgedrukt: de printer %1 antwoordde “%2”. Druk opnieuw af, of kies een andere printer.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder or file name in the print dialog.</source>
        <translation>Kon %1 niet bewaren: %2. Kies een andere map of bestandsnaam in het afdrukvenster.</translation>
    </message>
    <message>
        <source>The agreement was not printed: the printer %1 could not be opened. Choose another printer.</source>
        <translation>De overeenkomst is niet afgedrukt: de printer %1 kon niet geopend worden. Kies een andere printer.</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>{months} months after the last trajectory ended</source>
        <translation>{months} maanden na het einde van het laatste traject</translation>
    </message>
    <message>
        <source>never matched; {months} months after the family left</source>
        <translation>nooit gekoppeld; {months} maanden na het vertrek van het gezin</translation>
    </message>
    <message>
        <source>{months} months after the buddy stopped</source>
        <translation>{months} maanden nadat de buddy stopte</translation>
    </message>
    <message>
        <source>Erased on %1</source>
        <translation>Gewist op %1</translation>
    </message>
    <message>
        <source>Data: agreed on %1</source>
        <translation>Gegevens: akkoord op %1</translation>
    </message>
    <message>
        <source>Photos: yes, on %1</source>
        <translation>Foto&apos;s: ja, op %1</translation>
    </message>
    <message>
        <source>Photos: no, on %1</source>
        <translation>Foto&apos;s: nee, op %1</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>genoteerd door %1</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation>ingetrokken op %1</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Persoonsgegevens wissen</translation>
    </message>
    <message>
        <source>This erases for good the names, contacts, address, notes and free text of this person and of their duos, the scans of their agreements, and those values in the history. What the programme&apos;s figures need stays, without a name. A backup is made first.&lt;br&gt;&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;</source>
        <translation>Dit wist voorgoed de namen, contactgegevens, het adres, de notities en de vrije tekst van deze persoon en van hun duo&apos;s, de scans van hun overeenkomsten en die waarden in de geschiedenis. Wat de cijfers van de werking nodig hebben, blijft, zonder naam. Eerst wordt er een back-up gemaakt.&lt;br&gt;&lt;br&gt;&lt;b&gt;Dit kan niet ongedaan gemaakt worden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. asked by phone on 3 December</source>
        <translation>bv. gevraagd aan de telefoon op 3 december</translation>
    </message>
    <message>
        <source>&amp;Why (no names)</source>
        <translation>&amp;Waarom (zonder namen)</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Own &amp;copy…</source>
        <translation>Eigen &amp;kopie…</translation>
    </message>
    <message>
        <source>What we keep about this person: a PDF for them, and the same as data</source>
        <translation>Wat we over deze persoon bijhouden: een pdf voor hen, en hetzelfde als gegevensbestand</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>W&amp;issen…</translation>
    </message>
    <message>
        <source>Save the own copy</source>
        <translation>Eigen kopie bewaren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Own copy saved</source>
        <translation>Eigen kopie bewaard</translation>
    </message>
    <message>
        <source>Saved as %1, and the same data as %2. Give both to the person, then delete them here.</source>
        <translation>Bewaard als %1, en dezelfde gegevens als %2. Geef beide aan de persoon en verwijder ze daarna hier.</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>Het bestand kon niet geschreven worden (%1). Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>self._page</name>
    <message>
        <source>Restoring the latest backup…</source>
        <translation>De laatste back-up wordt teruggezet…</translation>
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
        <source>There is no backup in %1. If this folder never held a programme, you can start a new one here; the empty file is kept beside it.</source>
        <translation>Er is geen back-up in %1. Als deze map nooit een programma bevatte, kun je hier een nieuw starten; het lege bestand blijft ernaast bewaard.</translation>
    </message>
    <message>
        <source>There is no backup in %1. Ask for help before you do anything else.</source>
        <translation>Er is geen back-up in %1. Vraag hulp voor je iets anders doet.</translation>
    </message>
    <message>
        <source>Start a new, empty programme</source>
        <translation>Een nieuw, leeg programma starten</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
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
        <source>The data folder {path} is read-only for you, so nothing can be saved. Ask the person who manages this computer for write access to it, or choose a folder you can write in.</source>
        <translation>De gegevensmap {path} is voor jou alleen-lezen, dus er kan niets bewaard worden. Vraag wie deze computer beheert om schrijfrechten op de map, of kies een map waarin je kunt schrijven.</translation>
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
        <source>The disk that holds {path} is full, so Tandem Desktop could not write to it. Nothing that was saved before is lost. Free some space on the disk (empty the recycle bin, move large files), then try again.</source>
        <translation>De schijf met {path} is vol, dus Tandem Desktop kon er niet naar schrijven. Wat eerder bewaard is, is niet verloren. Maak ruimte vrij op de schijf (prullenbak leegmaken, grote bestanden verplaatsen) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing {path} ({kind}, code {code}). Nothing that was saved before is lost. Check that the disk or USB stick is still connected, then try again.</source>
        <translation>De schijf gaf een fout bij het lezen of schrijven van {path} ({kind}, code {code}). Wat eerder bewaard is, is niet verloren. Kijk of de schijf of USB-stick nog aangesloten is en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database {path} is read-only for you, so nothing can be saved. Ask the person who manages this computer for write access to the file, then try again.</source>
        <translation>De database {path} is voor jou alleen-lezen, dus er kan niets bewaard worden. Vraag wie deze computer beheert om schrijfrechten op het bestand en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program (a backup or sync program, or a database tool). Close that program, then try again. Nothing has been lost.</source>
        <translation>De database {path} is in gebruik door een ander programma (een back-up- of synchronisatieprogramma, of een databankprogramma). Sluit dat programma en probeer het opnieuw. Er is niets verloren.</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes). This happens after an incomplete copy, or when a sync program has not downloaded the file yet. Nothing has been changed; it is not taken for a new programme.</source>
        <translation>De database {path} is leeg (0 bytes). Dat gebeurt na een onvolledige kopie, of als een synchronisatieprogramma het bestand nog niet heeft gedownload. Er is niets veranderd; het wordt niet als een nieuw programma genomen.</translation>
    </message>
    <message>
        <source>The database {path} is missing, but the data folder holds backups or signed agreements of a programme. Nothing has been changed; it is not taken for a new programme.</source>
        <translation>De database {path} ontbreekt, maar de gegevensmap bevat back-ups of ondertekende overeenkomsten van een programma. Er is niets veranderd; het wordt niet als een nieuw programma genomen.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk that holds {path}: this needs about {needed_mb} MB and {free_mb} MB is free. Nothing has been changed. Free some space, then try again.</source>
        <translation>Er is niet genoeg vrije ruimte op de schijf met {path}: dit vraagt ongeveer {needed_mb} MB en er is {free_mb} MB vrij. Er is niets veranderd. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock says {now}, but changes were saved up to {newest}. The clock may have been set back (for example after the battery ran empty). Set the right date and time in the computer&apos;s settings. Until then, Tandem Desktop takes {newest} as today; nothing is lost.</source>
        <translation>De klok van de computer zegt {now}, maar er zijn wijzigingen bewaard tot {newest}. Misschien is de klok teruggezet (bijvoorbeeld nadat de batterij leeg was). Zet de juiste datum en tijd in de instellingen van de computer. Tot dan neemt Tandem Desktop {newest} als vandaag; er gaat niets verloren.</translation>
    </message>
    <message>
        <source>{count} value(s) in the database cannot be read by this version of Tandem Desktop (for example a status it does not know). The records that hold them are set aside: they are not shown until they are repaired, and nothing has been changed or deleted. Ask the person who supports Tandem Desktop to run “tandem-desktop check”, which names each record and field.</source>
        <translation>{count} waarde(n) in de database kan deze versie van Tandem Desktop niet lezen (bijvoorbeeld een status die ze niet kent). De gegevens met die waarden staan apart: ze worden niet getoond tot ze hersteld zijn, en er is niets veranderd of gewist. Vraag wie Tandem Desktop ondersteunt om “tandem-desktop check” uit te voeren; dat noemt elk gegeven en veld.</translation>
    </message>
    <message>
        <source>The key file {path} is missing, and without it the data cannot be read. Put back the file tandem.key from a copy of this data folder; the passphrase and the recovery key open it.</source>
        <translation>Het sleutelbestand {path} ontbreekt, en zonder dat bestand kunnen de gegevens niet gelezen worden. Zet het bestand tandem.key terug uit een kopie van deze gegevensmap; de wachtwoordzin en de herstelsleutel openen het.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged, and so is its copy in the backups folder. Put back the file tandem.key from a copy of this data folder; the passphrase and the recovery key open it.</source>
        <translation>Het sleutelbestand {path} is beschadigd, en de kopie in de map met back-ups ook. Zet het bestand tandem.key terug uit een kopie van deze gegevensmap; de wachtwoordzin en de herstelsleutel openen het.</translation>
    </message>
    <message>
        <source>This passphrase does not open the data. Check the keyboard&apos;s language and Caps Lock, and try again; if it is lost, use the recovery key of the emergency sheet.</source>
        <translation>Deze wachtwoordzin opent de gegevens niet. Kijk de taal van het toetsenbord en Caps Lock na en probeer opnieuw; bent u hem kwijt, gebruik dan de herstelsleutel van het noodblad.</translation>
    </message>
    <message>
        <source>This is not the recovery key of this data folder. It has eight groups of four letters and digits, as printed on the emergency sheet; check each group and try again.</source>
        <translation>Dit is niet de herstelsleutel van deze gegevensmap. Hij bestaat uit acht groepen van vier letters en cijfers, zoals op het noodblad; kijk elke groep na en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The data is encrypted and no passphrase was given: use --passphrase-file FILE (the passphrase on its first line), keep it in the system&apos;s keychain, or run the command in a terminal.</source>
        <translation>De gegevens zijn versleuteld en er is geen wachtwoordzin gegeven: gebruik --passphrase-file BESTAND (de wachtwoordzin op de eerste regel), bewaar hem in de sleutelhanger van het systeem, of voer de opdracht uit in een terminal.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read with this data folder&apos;s key: it is damaged, or it comes from another data folder. Nothing has been changed. Restore the latest backup to continue.</source>
        <translation>De database {path} kan niet gelezen worden met de sleutel van deze gegevensmap: ze is beschadigd, of ze komt uit een andere gegevensmap. Er is niets veranderd. Zet de laatste back-up terug om verder te gaan.</translation>
    </message>
    <message>
        <source>Tandem Desktop is locked. Type the passphrase to go on where you were.</source>
        <translation>Tandem Desktop is vergrendeld. Typ de wachtwoordzin om verder te gaan waar u was.</translation>
    </message>
    <message>
        <source>The file {path} cannot be restored: {problems}. Nothing has been changed.</source>
        <translation>Het bestand {path} kan niet teruggezet worden: {problems}. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>weekgrid</name>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>voormiddag</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>namiddag</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>avond</translation>
    </message>
    <message>
        <source>{day} {part}</source>
        <translation>{day}{part}</translation>
    </message>
</context>
</TS>
