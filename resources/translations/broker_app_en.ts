<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>App</name>
    <message>
        <source>Bestand: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Deze database is nieuwer dan dit programma</source>
        <translation>This database is newer than this program</translation>
    </message>
    <message>
        <source>Deze database is bijgewerkt door een nieuwere versie van Opleidingsmakelaar. Werk het programma bij en open de database daarna opnieuw.</source>
        <translation>This database was updated by a newer version of Opleidingsmakelaar. Update the program, then open the database again.</translation>
    </message>
    <message>
        <source>De database kan niet worden geopend</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Het databasebestand kan niet worden geopend. Misschien is het beschadigd of is het geen bestand van Opleidingsmakelaar.</source>
        <translation>The database file cannot be opened. It may be damaged, or it is not an Opleidingsmakelaar file.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Zoek in het aanbod… (bijv. hygiëne, zorgplan, heftruck)</source>
        <translation>Search the catalogue… (e.g. hygiene, care plan, forklift)</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Aanbod van opleidingen</source>
        <translation>Offerings</translation>
    </message>
    <message>
        <source>Details van de gekozen opleiding</source>
        <translation>Details of the chosen offering</translation>
    </message>
    <message>
        <source>Aanbod</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Het aanbod kon niet worden geladen.</source>
        <translation>The catalogue could not be loaded.</translation>
    </message>
    <message>
        <source>Deze opleiding is niet meer gevonden.</source>
        <translation>This offering can no longer be found.</translation>
    </message>
    <message>
        <source>Er staat nog geen aanbod in de database.</source>
        <translation>There are no offerings in the database yet.</translation>
    </message>
    <message>
        <source>Importeer een catalogus (CSV) om te beginnen.</source>
        <translation>Import a catalogue (CSV) to begin.</translation>
    </message>
    <message>
        <source>Geen opleidingen gevonden voor “{query}”.</source>
        <translation>No offerings found for “{query}”.</translation>
    </message>
    <message>
        <source>Probeer een ander of korter zoekwoord.</source>
        <translation>Try another or a shorter search word.</translation>
    </message>
    <message>
        <source>Kies een opleiding in de lijst om de details te zien.</source>
        <translation>Choose an offering in the list to see its details.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Klanten</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>DemandLineForm</name>
    <message>
        <source>Wat moeten ze leren?</source>
        <translation>What must they learn?</translation>
    </message>
    <message>
        <source>Korte naam, bijv. Heftruckpapieren</source>
        <translation>Short name, e.g. Forklift licence</translation>
    </message>
    <message>
        <source>Titel van de vraag</source>
        <translation>Title of the question</translation>
    </message>
    <message>
        <source>In de woorden van de werkgever: wat moeten de mensen straks kunnen?</source>
        <translation>In the employer&apos;s words: what must the people be able to do?</translation>
    </message>
    <message>
        <source>Leervraag</source>
        <translation>Learning question</translation>
    </message>
    <message>
        <source>Leervraag *</source>
        <translation>Learning question *</translation>
    </message>
    <message>
        <source>Typ een competentie en druk op Enter</source>
        <translation>Type a competence and press Enter</translation>
    </message>
    <message>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <source>Enter of komma maakt er een label van; × of Backspace haalt het weg.</source>
        <translation>Enter or a comma makes it a label; × or Backspace removes it.</translation>
    </message>
    <message>
        <source>bijv. zorg, bouw, logistiek</source>
        <translation>e.g. zorg, bouw, logistiek</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Deelnemers en niveau</source>
        <translation>Participants and level</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Aantal deelnemers</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>Huidig niveau</source>
        <translation>Current level</translation>
    </message>
    <message>
        <source>Gewenst niveau</source>
        <translation>Target level</translation>
    </message>
    <message>
        <source>Diploma of certificaat</source>
        <translation>Diploma or certificate</translation>
    </message>
    <message>
        <source>Lesvorm, rooster en plaats</source>
        <translation>Delivery, schedule and place</translation>
    </message>
    <message>
        <source>Lesvorm</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Rooster</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>bijv. Zwolle</source>
        <translation>e.g. Zwolle</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>geen grens</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Maximale reisafstand</source>
        <translation>Maximum travel distance</translation>
    </message>
    <message>
        <source>Budget en periode</source>
        <translation>Budget and period</translation>
    </message>
    <message>
        <source>bijv. 1.500 of 1.500,00</source>
        <translation>e.g. 1,500 or 1,500.00</translation>
    </message>
    <message>
        <source>Budget per deelnemer in euro</source>
        <translation>Budget per participant in euros</translation>
    </message>
    <message>
        <source>Budget per deelnemer</source>
        <translation>Budget per participant</translation>
    </message>
    <message>
        <source>Start niet vóór</source>
        <translation>Start no earlier than</translation>
    </message>
    <message>
        <source>Start uiterlijk</source>
        <translation>Start no later than</translation>
    </message>
    <message>
        <source>Delete of Backspace maakt het veld leeg (geen datum).</source>
        <translation>Delete or Backspace empties the field (no date).</translation>
    </message>
    <message>
        <source>en uiterlijk</source>
        <translation>and no later than</translation>
    </message>
    <message>
        <source>Per eis kiest u rechts: moet (aanbod dat er niet aan voldoet valt af) of liever (telt mee in de score).</source>
        <translation>For each requirement choose on the right: must (offerings that do not meet it drop out) or preferred (counts in the score).</translation>
    </message>
    <message>
        <source>— niet ingevuld —</source>
        <translation>— not filled in —</translation>
    </message>
    <message>
        <source>Geen datum</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Geen datum: {field}</source>
        <translation>No date: {field}</translation>
    </message>
    <message>
        <source>Beschrijf wat de deelnemers moeten leren; zonder leervraag valt er niets te zoeken.</source>
        <translation>Describe what the participants must learn; without a learning question there is nothing to search for.</translation>
    </message>
    <message>
        <source>Deze plaats is onbekend: de reisafstand kan niet worden berekend.</source>
        <translation>This place is unknown: the travel distance cannot be calculated.</translation>
    </message>
    <message>
        <source>Vul een plaats en een afstand in, anders kan afstand geen eis zijn.</source>
        <translation>Fill in a place and a distance, otherwise distance cannot be a requirement.</translation>
    </message>
    <message>
        <source>Vul een bedrag in euro in, bijvoorbeeld 1.500 of 1.500,00.</source>
        <translation>Enter an amount in euros, for example 1.500 or 1.500,00.</translation>
    </message>
    <message>
        <source>= {amount} per deelnemer</source>
        <translation>= {amount} per participant</translation>
    </message>
    <message>
        <source>De uiterste startdatum ligt vóór de eerste: pas een van beide aan.</source>
        <translation>The latest start date is before the earliest: change one of them.</translation>
    </message>
</context>
<context>
    <name>IntakeChooser</name>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Kies een werkgever…</source>
        <translation>Choose an employer…</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Nieuwe intake</source>
        <translation>New intake</translation>
    </message>
    <message>
        <source>Nieuwe intake voor deze werkgever (Ctrl+N)</source>
        <translation>New intake for this employer (Ctrl+N)</translation>
    </message>
    <message>
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Nog geen werkgevers</source>
        <translation>No employers yet</translation>
    </message>
    <message>
        <source>{name} ({city})</source>
        <translation>{name} ({city})</translation>
    </message>
    <message>
        <source>Nog geen intake</source>
        <translation>No intake yet</translation>
    </message>
    <message>
        <source>Intake zonder titel</source>
        <translation>Untitled intake</translation>
    </message>
    <message>
        <source>{title} · {date}</source>
        <translation>{title} · {date}</translation>
    </message>
    <message>
        <source>{intake} (afgerond)</source>
        <translation>{intake} (completed)</translation>
    </message>
</context>
<context>
    <name>IntakeDetails</name>
    <message>
        <source>Het gesprek</source>
        <translation>The conversation</translation>
    </message>
    <message>
        <source>bijv. Scholing nieuwe magazijnmedewerkers</source>
        <translation>e.g. Training new warehouse staff</translation>
    </message>
    <message>
        <source>Titel van de intake</source>
        <translation>Title of the intake</translation>
    </message>
    <message>
        <source>Datum van het gesprek</source>
        <translation>Date of the conversation</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>Status van de intake</source>
        <translation>Status of the intake</translation>
    </message>
    <message>
        <source>Wie was erbij, wat is afgesproken, wat moet nog worden uitgezocht</source>
        <translation>Who was there, what was agreed, what still needs looking into</translation>
    </message>
    <message>
        <source>Notities bij de intake</source>
        <translation>Notes on the intake</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Vragen van deze intake</source>
        <translation>Questions of this intake</translation>
    </message>
    <message>
        <source>+ Vraag toevoegen</source>
        <translation>+ Add question</translation>
    </message>
    <message>
        <source>Nog een vraag bij deze intake (Ctrl+Shift+N)</source>
        <translation>Another question for this intake (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Vraag verwijderen</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <source>Deze vraag en haar deelnemers verwijderen</source>
        <translation>Remove this question and its participants</translation>
    </message>
    <message>
        <source>Zoek aanbod</source>
        <translation>Find offerings</translation>
    </message>
    <message>
        <source>Zoek passend aanbod voor deze vraag (Ctrl+Enter)</source>
        <translation>Find offerings that fit this question (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Deze intake heeft nog geen vraag. Voeg er een toe met “Vraag toevoegen”.</source>
        <translation>This intake has no question yet. Add one with “Add question”.</translation>
    </message>
    <message>
        <source>Deelnemers (optioneel)</source>
        <translation>Participants (optional)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Nog geen intake voor deze werkgever</source>
        <translation>No intake for this employer yet</translation>
    </message>
    <message>
        <source>Deze intake bestaat niet meer.</source>
        <translation>This intake no longer exists.</translation>
    </message>
    <message>
        <source>Wordt vanzelf opgeslagen</source>
        <translation>Saved automatically</translation>
    </message>
    <message>
        <source>Kies eerst een werkgever.</source>
        <translation>Choose an employer first.</translation>
    </message>
    <message>
        <source>Vraag {number}</source>
        <translation>Question {number}</translation>
    </message>
    <message>
        <source>Vraag {number} ({title}) en haar deelnemers verwijderen?</source>
        <translation>Remove question {number} ({title}) and its participants?</translation>
    </message>
    <message>
        <source>Vraag {number} en haar deelnemers verwijderen?</source>
        <translation>Remove question {number} and its participants?</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Niet opgeslagen: de database is niet bereikbaar. Wijzig iets om het opnieuw te proberen.</source>
        <translation>Not saved: the database cannot be reached. Change something to try again.</translation>
    </message>
    <message>
        <source>Elke wijziging wordt vanzelf opgeslagen.</source>
        <translation>Every change is saved automatically.</translation>
    </message>
    <message>
        <source>Opgeslagen om {time}</source>
        <translation>Saved at {time}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>{total} opleidingen</source>
        <translation>{total} offerings</translation>
    </message>
    <message>
        <source>{shown} van {total} opleidingen</source>
        <translation>{shown} of {total} offerings</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
</context>
<context>
    <name>MustSwitch</name>
    <message>
        <source>Moet of liever: {what}</source>
        <translation>Must or preferred: {what}</translation>
    </message>
    <message>
        <source>Moet: aanbod dat hier niet aan voldoet valt af. Liever: het telt mee in de score. Klik of druk op spatie om te wisselen.</source>
        <translation>Must: offerings that do not meet this drop out. Preferred: it counts in the score. Click or press Space to switch.</translation>
    </message>
    <message>
        <source>moet</source>
        <translation>must</translation>
    </message>
    <message>
        <source>liever</source>
        <translation>preferred</translation>
    </message>
</context>
<context>
    <name>OfferingDetail</name>
    <message>
        <source>{hours} uur</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <source>{ec} EC</source>
        <translation>{ec} EC</translation>
    </message>
    <message>
        <source>{low}–{high} deelnemers</source>
        <translation>{low}–{high} participants</translation>
    </message>
    <message>
        <source>vanaf {low} deelnemers</source>
        <translation>from {low} participants</translation>
    </message>
    <message>
        <source>tot {high} deelnemers</source>
        <translation>up to {high} participants</translation>
    </message>
    <message>
        <source>doorlopende instroom</source>
        <translation>continuous intake</translation>
    </message>
    <message>
        <source>en nog {count} later</source>
        <translation>and {count} later</translation>
    </message>
    <message>
        <source>geen nieuwe startdata bekend</source>
        <translation>no upcoming start dates known</translation>
    </message>
    <message>
        <source>per deelnemer</source>
        <translation>per participant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Rooster</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Startdata</source>
        <translation>Start dates</translation>
    </message>
    <message>
        <source>Studiebelasting</source>
        <translation>Study load</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>{weeks} weken</source>
        <translation>{weeks} weeks</translation>
    </message>
    <message>
        <source>Afsluiting</source>
        <translation>Credential</translation>
    </message>
    <message>
        <source>Kwalificatiecode</source>
        <translation>Qualification code</translation>
    </message>
    <message>
        <source>Groepsgrootte</source>
        <translation>Group size</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Leerresultaten</source>
        <translation>Learning outcomes</translation>
    </message>
</context>
<context>
    <name>OfferingTableModel</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Prijs</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Eerste start</source>
        <translation>First start</translation>
    </message>
    <message>
        <source>Deze regel kan niet worden getoond.</source>
        <translation>This row cannot be shown.</translation>
    </message>
    <message>
        <source>doorlopend</source>
        <translation>continuous</translation>
    </message>
</context>
<context>
    <name>OpenIntakes</name>
    <message>
        <source>Open intakes</source>
        <translation>Open intakes</translation>
    </message>
    <message>
        <source>Kies een intake om verder te gaan, of kies hierboven een werkgever en start een nieuwe intake.</source>
        <translation>Choose an intake to continue, or choose an employer above and start a new intake.</translation>
    </message>
    <message>
        <source>{client} — {intake}</source>
        <translation>{client} — {intake}</translation>
    </message>
    <message>
        <source>Er zijn geen open intakes.</source>
        <translation>There are no open intakes.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Een geldig e-mailadres, bijv. naam@bedrijf.nl</source>
        <translation>A valid e-mail address, e.g. name@company.com</translation>
    </message>
    <message>
        <source>{email} is geen geldig e-mailadres; het is niet opgeslagen.</source>
        <translation>{email} is not a valid e-mail address; it was not saved.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Deelnemer toevoegen</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Deelnemer toevoegen (Ctrl+Shift+D)</source>
        <translation>Add participant (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>De gekozen deelnemer verwijderen (Delete)</source>
        <translation>Remove the chosen participant (Delete)</translation>
    </message>
    <message>
        <source>Leg alleen naam, functie en e-mail vast; nooit een BSN of gezondheidsgegevens.</source>
        <translation>Record only name, job and e-mail; never a citizen service number (BSN) or health data.</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Voorstellen</source>
        <translation>Proposals</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>Verwijder {chip}</source>
        <translation>Remove {chip}</translation>
    </message>
</context>
</TS>
