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
        <name>CompareDialog</name>
        <message>
            <source>Vergelijken</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Opleidingen naast elkaar</source>
            <translation>Offerings side by side</translation>
        </message>
        <message>
            <source>Vetgedrukt: de hoogste score en de laagste prijs.</source>
            <translation>In bold: the highest score and the lowest price.</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Aanbieder</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Niveau</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Studiebelasting</source>
            <translation>Study load</translation>
        </message>
        <message>
            <source>Lesvorm</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Plaats en afstand</source>
            <translation>Place and distance</translation>
        </message>
        <message>
            <source>Prijs per deelnemer</source>
            <translation>Price per participant</translation>
        </message>
        <message>
            <source>Btw</source>
            <translation>VAT</translation>
        </message>
        <message>
            <source>Startdata</source>
            <translation>Start dates</translation>
        </message>
        <message>
            <source>Afsluiting</source>
            <translation>Credential</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Redenen</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <source>{hours} uur</source>
            <translation>{hours} hours</translation>
        </message>
        <message>
            <source>{ec} EC</source>
            <translation>{ec} EC</translation>
        </message>
        <message>
            <source>{weeks} weken</source>
            <translation>{weeks} weeks</translation>
        </message>
        <message>
            <source>en nog {count}</source>
            <translation>and {count} more</translation>
        </message>
        <message>
            <source>doorlopende instroom</source>
            <translation>continuous intake</translation>
        </message>
        <message>
            <source>geen startdatum gepland</source>
            <translation>no start date planned</translation>
        </message>
    </context>
    <context>
        <name>IntakePage</name>
        <message>
            <source>Intake</source>
            <translation>Intake</translation>
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
        <name>MatchExplain</name>
        <message>
            <source>max. {km} km van {city}</source>
            <translation>max. {km} km from {city}</translation>
        </message>
        <message>
            <source>{amount} per deelnemer</source>
            <translation>{amount} per participant</translation>
        </message>
        <message>
            <source>tussen {after} en {before}</source>
            <translation>between {after} and {before}</translation>
        </message>
        <message>
            <source>na {after}</source>
            <translation>after {after}</translation>
        </message>
        <message>
            <source>voor {before}</source>
            <translation>before {before}</translation>
        </message>
        <message>
            <source>Niveau</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Afsluiting</source>
            <translation>Credential</translation>
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
            <source>Afstand</source>
            <translation>Distance</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Startperiode</source>
            <translation>Start period</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Vraag zonder titel</source>
            <translation>Untitled demand</translation>
        </message>
        <message>
            <source>{count} deelnemers</source>
            <translation>{count} participants</translation>
        </message>
        <message>
            <source>1 deelnemer</source>
            <translation>1 participant</translation>
        </message>
        <message>
            <source>Moet: {musts}</source>
            <translation>Must: {musts}</translation>
        </message>
        <message>
            <source>Geen harde eisen: alles weegt mee in de score.</source>
            <translation>No hard requirements: everything counts in the score.</translation>
        </message>
        <message>
            <source>{city} · {km} km</source>
            <translation>{city} · {km} km</translation>
        </message>
        <message>
            <source>doorlopend</source>
            <translation>continuous</translation>
        </message>
        <message>
            <source>geen start gepland</source>
            <translation>no start planned</translation>
        </message>
        <message>
            <source>boven budget: {price} per deelnemer</source>
            <translation>over budget: {price} per participant</translation>
        </message>
        <message>
            <source>te ver: {km} km van {city} (max. {limit} km)</source>
            <translation>too far: {km} km from {city} (max. {limit} km)</translation>
        </message>
        <message>
            <source>geen niveau</source>
            <translation>no level</translation>
        </message>
        <message>
            <source>ander niveau: {have} (gevraagd: {wanted})</source>
            <translation>other level: {have} (asked: {wanted})</translation>
        </message>
        <message>
            <source>start buiten de periode: {when}</source>
            <translation>starts outside the period: {when}</translation>
        </message>
        <message>
            <source>andere afsluiting: {have} (gevraagd: {wanted})</source>
            <translation>other credential: {have} (asked: {wanted})</translation>
        </message>
        <message>
            <source>andere lesvorm: {have} (gevraagd: {wanted})</source>
            <translation>other delivery: {have} (asked: {wanted})</translation>
        </message>
        <message>
            <source>ander rooster: {have} (gevraagd: {wanted})</source>
            <translation>other schedule: {have} (asked: {wanted})</translation>
        </message>
        <message>
            <source>andere sector: {have} (gevraagd: {wanted})</source>
            <translation>other sector: {have} (asked: {wanted})</translation>
        </message>
        <message>
            <source>voldoet niet aan: {must}</source>
            <translation>does not meet: {must}</translation>
        </message>
        <message>
            <source>Plaats {rank} in de lijst · score {score} %</source>
            <translation>Number {rank} in the list · score {score} %</translation>
        </message>
        <message>
            <source>Bijna passend · score {score} %</source>
            <translation>Near miss · score {score} %</translation>
        </message>
        <message>
            <source>Wijkt af van de wens voor: {names}</source>
            <translation>Differs from the preference for: {names}</translation>
        </message>
        <message>
            <source>Er is geen programma samen te stellen.</source>
            <translation>No programme can be composed.</translation>
        </message>
        <message>
            <source>Geen van de passende opleidingen dekt de gevraagde competenties binnen het budget.</source>
            <translation>None of the matching offerings covers the wanted competences within the budget.</translation>
        </message>
        <message>
            <source>{amount} (niet alle prijzen bekend)</source>
            <translation>{amount} (not every price known)</translation>
        </message>
        <message>
            <source>1 module</source>
            <translation>1 module</translation>
        </message>
        <message>
            <source>{count} modules</source>
            <translation>{count} modules</translation>
        </message>
        <message>
            <source>{modules} · dekking {coverage} % · {price} per deelnemer</source>
            <translation>{modules} · coverage {coverage} % · {price} per participant</translation>
        </message>
        <message>
            <source>{hours} uur</source>
            <translation>{hours} hours</translation>
        </message>
        <message>
            <source>Samengesteld programma</source>
            <translation>Composed programme</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Modules</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Dekt</source>
            <translation>Covers</translation>
        </message>
        <message>
            <source>Prijs</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Dekking per competentie</source>
            <translation>Coverage per competence</translation>
        </message>
        <message>
            <source>Competentie</source>
            <translation>Competence</translation>
        </message>
        <message>
            <source>Dekking</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>Door</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Niet gedekt</source>
            <translation>Not covered</translation>
        </message>
        <message>
            <source>Hiervoor is binnen het budget geen module gevonden:</source>
            <translation>No module within the budget was found for:</translation>
        </message>
        <message>
            <source>Alle gevraagde competenties zijn gedekt.</source>
            <translation>Every wanted competence is covered.</translation>
        </message>
    </context>
    <context>
        <name>MatchTableModel</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Opleiding en redenen</source>
            <translation>Offering and reasons</translation>
        </message>
        <message>
            <source>Aanbieder</source>
            <translation>Provider</translation>
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
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Aanvinken om te vergelijken of aan het voorstel toe te voegen</source>
            <translation>Tick to compare or to add to the proposal</translation>
        </message>
        <message>
            <source>score {score} procent</source>
            <translation>score {score} percent</translation>
        </message>
    </context>
    <context>
        <name>MatchingPage</name>
        <message>
            <source>Vraag om te matchen</source>
            <translation>Demand to match</translation>
        </message>
        <message>
            <source>&amp;Vraag:</source>
            <translation>&amp;Demand:</translation>
        </message>
        <message>
            <source>Intake openen</source>
            <translation>Open intake</translation>
        </message>
        <message>
            <source>De intake van deze vraag bekijken of wijzigen</source>
            <translation>View or change the intake of this demand</translation>
        </message>
        <message>
            <source>De vraag</source>
            <translation>The demand</translation>
        </message>
        <message>
            <source>Passende opleidingen</source>
            <translation>Matching offerings</translation>
        </message>
        <message>
            <source>Bijna passende opleidingen</source>
            <translation>Near-miss offerings</translation>
        </message>
        <message>
            <source>Samengesteld programma</source>
            <translation>Composed programme</translation>
        </message>
        <message>
            <source>Programma toevoegen aan voorstel</source>
            <translation>Add programme to proposal</translation>
        </message>
        <message>
            <source>Alle modules van het programma in het conceptvoorstel zetten</source>
            <translation>Put every module of the programme in the draft proposal</translation>
        </message>
        <message>
            <source>Resultaten</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Bijna passend</source>
            <translation>Near misses</translation>
        </message>
        <message>
            <source>Vergelijken</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Twee tot vier aangevinkte opleidingen naast elkaar (Ctrl+D)</source>
            <translation>Two to four ticked offerings side by side (Ctrl+D)</translation>
        </message>
        <message>
            <source>Toevoegen aan voorstel</source>
            <translation>Add to proposal</translation>
        </message>
        <message>
            <source>Aangevinkte of gekozen opleidingen in het conceptvoorstel (Ctrl+Enter)</source>
            <translation>Ticked or selected offerings into the draft proposal (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>De gekozen opleiding en waarom</source>
            <translation>The chosen offering and why</translation>
        </message>
        <message>
            <source>Opleiding</source>
            <translation>Offering</translation>
        </message>
        <message>
            <source>Afstemmen</source>
            <translation>Tune</translation>
        </message>
        <message>
            <source>Matching</source>
            <translation>Matching</translation>
        </message>
        <message>
            <source>intake</source>
            <translation>intake</translation>
        </message>
        <message>
            <source>{client} — {intake} — {question}</source>
            <translation>{client} — {intake} — {question}</translation>
        </message>
        <message>
            <source>Deze vraag is niet (meer) gevonden.</source>
            <translation>This demand was not found (any more).</translation>
        </message>
        <message>
            <source>{client} · {intake}</source>
            <translation>{client} · {intake}</translation>
        </message>
        <message>
            <source>Er is nog geen vraag om te matchen. Leg eerst bij een klant een intake vast.</source>
            <translation>There is no demand to match yet. First record an intake with an employer.</translation>
        </message>
        <message>
            <source>Kies een vraag om passende opleidingen te zien.</source>
            <translation>Choose a demand to see matching offerings.</translation>
        </message>
        <message>
            <source>Bezig met matchen…</source>
            <translation>Matching…</translation>
        </message>
        <message>
            <source>Resultaten ({count})</source>
            <translation>Results ({count})</translation>
        </message>
        <message>
            <source>Bijna passend ({count})</source>
            <translation>Near misses ({count})</translation>
        </message>
        <message>
            <source>Geen opleiding voldoet aan alle eisen: zie Bijna passend.</source>
            <translation>No offering meets every requirement: see Near misses.</translation>
        </message>
        <message>
            <source>Geen passende opleidingen gevonden voor deze vraag.</source>
            <translation>No matching offerings found for this demand.</translation>
        </message>
        <message>
            <source>Matchen is niet gelukt: {error}</source>
            <translation>Matching failed: {error}</translation>
        </message>
        <message>
            <source>Geen opleiding om te tonen.</source>
            <translation>No offering to show.</translation>
        </message>
        <message>
            <source>Opslaan is niet gelukt; probeer het opnieuw.</source>
            <translation>Saving failed; please try again.</translation>
        </message>
        <message>
            <source>Eisen opgeslagen in de intake</source>
            <translation>Requirements saved in the intake</translation>
        </message>
        <message>
            <source>De gewichten konden niet worden bewaard.</source>
            <translation>The weights could not be kept.</translation>
        </message>
        <message>
            <source>Gewichten bewaard als jouw standaard</source>
            <translation>Weights kept as your default</translation>
        </message>
        <message>
            <source>Deze opleiding is niet meer gevonden.</source>
            <translation>This offering was not found any more.</translation>
        </message>
        <message>
            <source>{count} aangevinkt</source>
            <translation>{count} ticked</translation>
        </message>
        <message>
            <source>1 aangevinkt</source>
            <translation>1 ticked</translation>
        </message>
        <message>
            <source>Vink twee tot vier opleidingen aan om ze te vergelijken.</source>
            <translation>Tick two to four offerings to compare them.</translation>
        </message>
        <message>
            <source>Vink eerst een of meer opleidingen aan.</source>
            <translation>First tick one or more offerings.</translation>
        </message>
        <message>
            <source>Er is geen programma om toe te voegen.</source>
            <translation>There is no programme to add.</translation>
        </message>
        <message>
            <source>Niet toegevoegd</source>
            <translation>Not added</translation>
        </message>
        <message>
            <source>Het voorstel kon niet worden aangevuld.</source>
            <translation>The proposal could not be extended.</translation>
        </message>
        <message>
            <source>Alles stond al in voorstel {number}</source>
            <translation>Everything was already in proposal {number}</translation>
        </message>
        <message>
            <source>{added} toegevoegd aan voorstel {number}; {skipped} stond er al in</source>
            <translation>{added} added to proposal {number}; {skipped} already in it</translation>
        </message>
        <message>
            <source>{added} toegevoegd aan voorstel {number}</source>
            <translation>{added} added to proposal {number}</translation>
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
        <name>OverviewPage</name>
        <message>
            <source>Overzicht</source>
            <translation>Overview</translation>
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
        <name>TuningPanel</name>
        <message>
            <source>Eisen</source>
            <translation>Requirements</translation>
        </message>
        <message>
            <source>Moet: alleen opleidingen die eraan voldoen. Liever: telt mee in de score.</source>
            <translation>Must: only offerings that meet it. Prefer: counts in the score.</translation>
        </message>
        <message>
            <source>Deze vraag noemt geen eisen.</source>
            <translation>This demand names no requirements.</translation>
        </message>
        <message>
            <source>Opslaan in intake</source>
            <translation>Save in intake</translation>
        </message>
        <message>
            <source>Zet deze keuze van moet en liever vast in de intake</source>
            <translation>Record this choice of must and prefer in the intake</translation>
        </message>
        <message>
            <source>Gewichten</source>
            <translation>Weights</translation>
        </message>
        <message>
            <source>Hoe zwaar elk aspect meetelt in de score.</source>
            <translation>How much each aspect counts in the score.</translation>
        </message>
        <message>
            <source>Gewicht voor {feature}</source>
            <translation>Weight for {feature}</translation>
        </message>
        <message>
            <source>Standaard</source>
            <translation>Default</translation>
        </message>
        <message>
            <source>Terug naar de standaardgewichten</source>
            <translation>Back to the default weights</translation>
        </message>
        <message>
            <source>Bewaar als mijn standaard</source>
            <translation>Keep as my default</translation>
        </message>
        <message>
            <source>Gebruik deze gewichten voortaan bij elke vraag</source>
            <translation>Use these weights for every demand from now on</translation>
        </message>
        <message>
            <source>Inhoud</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Niveau</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Inschrijfbaar</source>
            <translation>Bookable</translation>
        </message>
        <message>
            <source>Afstand</source>
            <translation>Distance</translation>
        </message>
        <message>
            <source>Startperiode</source>
            <translation>Start period</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Afsluiting</source>
            <translation>Credential</translation>
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
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Dekken titel, leerresultaten en trefwoorden de competenties</source>
            <translation>Do title, outcomes and keywords cover the competences</translation>
        </message>
        <message>
            <source>Ligt het niveau op (of tussen) het huidige en het gewenste niveau</source>
            <translation>Is the level at (or between) the current and the wanted level</translation>
        </message>
        <message>
            <source>Is er een startdatum in de toekomst, of doorlopende instroom</source>
            <translation>Is there a future start date, or continuous intake</translation>
        </message>
        <message>
            <source>Binnen de reisafstand van de werkgever (online is dichtbij)</source>
            <translation>Within the employer's travel distance (online counts as near)</translation>
        </message>
        <message>
            <source>Start in de gewenste periode</source>
            <translation>Starts in the wanted period</translation>
        </message>
        <message>
            <source>Dezelfde sector als gevraagd</source>
            <translation>The sector asked for</translation>
        </message>
        <message>
            <source>Het gevraagde diploma of certificaat</source>
            <translation>The diploma or certificate asked for</translation>
        </message>
        <message>
            <source>Een gewenste lesvorm</source>
            <translation>A wanted form of delivery</translation>
        </message>
        <message>
            <source>Een gewenst moment van de dag of week</source>
            <translation>A wanted time of day or week</translation>
        </message>
        <message>
            <source>Prijs binnen het budget per deelnemer</source>
            <translation>Price within the budget per participant</translation>
        </message>
        <message>
            <source>Moet</source>
            <translation>Must</translation>
        </message>
        <message>
            <source>Liever</source>
            <translation>Prefer</translation>
        </message>
        <message>
            <source>{name}: moet</source>
            <translation>{name}: must</translation>
        </message>
        <message>
            <source>{name}: liever</source>
            <translation>{name}: prefer</translation>
        </message>
        <message>
            <source>Alleen voor deze sessie; de intake is nog niet aangepast.</source>
            <translation>For this session only; the intake has not been changed.</translation>
        </message>
    </context>
</TS>
