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
    <name>FundingModel</name>
    <message>
        <source>Regeling</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Geschatte bijdrage</source>
        <translation>Estimated contribution</translation>
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
    <name>LinesModel</name>
    <message>
        <source>Opleiding</source>
        <translation>Offering</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Prijs p.p.</source>
        <translation>Price p.p.</translation>
    </message>
    <message>
        <source>Groepsprijs</source>
        <translation>Group price</translation>
    </message>
    <message>
        <source>Korting</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Bedrag excl. btw</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <source>Dubbelklik of F2 om te wijzigen</source>
        <translation>Double-click or press F2 to change</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>vrijgesteld</source>
        <translation>exempt</translation>
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
    <name>PreviewPane</name>
    <message>
        <source>Voorbeeld van de PDF</source>
        <translation>Preview of the PDF</translation>
    </message>
    <message>
        <source>Voorbeeld wordt gemaakt</source>
        <translation>Preview being made</translation>
    </message>
    <message>
        <source>Voorbeeld wordt gemaakt…</source>
        <translation>Making the preview…</translation>
    </message>
    <message>
        <source>Voorbeeld van het voorstel</source>
        <translation>Preview of the proposal</translation>
    </message>
    <message>
        <source>Pagina {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <source>{count} pagina&apos;s</source>
        <translation>{count} pages</translation>
    </message>
</context>
<context>
    <name>ProposalListModel</name>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Totaal incl. btw</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Bijgewerkt</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>ProposalStatus</name>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Verzonden</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Geaccepteerd</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Verlopen</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Kies een voorstel om het voorbeeld te zien.</source>
        <translation>Choose a proposal to see its preview.</translation>
    </message>
    <message>
        <source>Voorstellen</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Alle voorstellen</source>
        <translation>All proposals</translation>
    </message>
    <message>
        <source>Zoek op nummer, werkgever of titel…</source>
        <translation>Search by number, employer or title…</translation>
    </message>
    <message>
        <source>Voorstellen zoeken</source>
        <translation>Search proposals</translation>
    </message>
    <message>
        <source>Lijst van voorstellen</source>
        <translation>List of proposals</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Versie:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Opleidingen</source>
        <translation>Offerings</translation>
    </message>
    <message>
        <source>Regels van het voorstel</source>
        <translation>Lines of the proposal</translation>
    </message>
    <message>
        <source>Melding bij de regels</source>
        <translation>Message about the lines</translation>
    </message>
    <message>
        <source>Totaal excl. btw</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Totaal incl. btw</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>Geschatte bijdragen</source>
        <translation>Estimated contributions</translation>
    </message>
    <message>
        <source>Aandeel werkgever</source>
        <translation>Employer&apos;s share</translation>
    </message>
    <message>
        <source>Bijdragen zijn een schatting; de werkgever vraagt ze zelf aan.</source>
        <translation>Contributions are estimates; the employer applies for them.</translation>
    </message>
    <message>
        <source>Niet alle prijzen zijn bekend: de totalen zijn onvolledig.</source>
        <translation>Not every price is known: the totals are incomplete.</translation>
    </message>
    <message>
        <source>Bijdragen (schatting)</source>
        <translation>Contributions (estimate)</translation>
    </message>
    <message>
        <source>Geen bijdragen opgenomen.</source>
        <translation>No contributions included.</translation>
    </message>
    <message>
        <source>Bijdrageregeling</source>
        <translation>Contribution scheme</translation>
    </message>
    <message>
        <source>&amp;Regeling:</source>
        <translation>&amp;Scheme:</translation>
    </message>
    <message>
        <source>Raming toevoegen</source>
        <translation>Add estimate</translation>
    </message>
    <message>
        <source>Schat de bijdrage met het percentage en maximum van de regeling</source>
        <translation>Estimate the contribution with the scheme&apos;s percentage and maximum</translation>
    </message>
    <message>
        <source>Naam van de regeling of het fonds</source>
        <translation>Name of the scheme or fund</translation>
    </message>
    <message>
        <source>Naam van de bijdrage</source>
        <translation>Name of the contribution</translation>
    </message>
    <message>
        <source>&amp;Eigen bedrag:</source>
        <translation>&amp;Own amount:</translation>
    </message>
    <message>
        <source>bijv. 1.500,00</source>
        <translation>e.g. 1,500.00</translation>
    </message>
    <message>
        <source>Bedrag van de bijdrage</source>
        <translation>Amount of the contribution</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Melding bij de bijdragen</source>
        <translation>Message about the contributions</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Maak een nieuwe versie om dit verzonden voorstel te wijzigen</source>
        <translation>Make a new version to change this sent proposal</translation>
    </message>
    <message>
        <source>Verzenden…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <source>Verzend deze versie; daarna ligt ze vast</source>
        <translation>Send this version; it is frozen afterwards</translation>
    </message>
    <message>
        <source>Geaccepteerd</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>De werkgever heeft het voorstel geaccepteerd</source>
        <translation>The employer accepted the proposal</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>De werkgever heeft het voorstel afgewezen</source>
        <translation>The employer declined the proposal</translation>
    </message>
    <message>
        <source>PDF opslaan…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Sla de getoonde versie op als PDF</source>
        <translation>Save the shown version as a PDF</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Druk de getoonde versie af</source>
        <translation>Print the shown version</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Regel omhoog</source>
        <translation>Move the line up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Regel omlaag</source>
        <translation>Move the line down</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Verwijder de gekozen regel uit het voorstel</source>
        <translation>Remove the chosen line from the proposal</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Zoek een voorstel</source>
        <translation>Search for a proposal</translation>
    </message>
    <message>
        <source>De voorstellen konden niet worden geladen.</source>
        <translation>The proposals could not be loaded.</translation>
    </message>
    <message>
        <source>Er zijn nog geen voorstellen. Maak er een vanuit Matching: kies daar opleidingen bij een vraag van een werkgever.</source>
        <translation>There are no proposals yet. Make one from Matching: choose offerings there for an employer&apos;s demand.</translation>
    </message>
    <message>
        <source>Alle ({count})</source>
        <translation>All ({count})</translation>
    </message>
    <message>
        <source>Dit voorstel kon niet worden geladen.</source>
        <translation>This proposal could not be loaded.</translation>
    </message>
    <message>
        <source>geldig tot {date}</source>
        <translation>valid until {date}</translation>
    </message>
    <message>
        <source>Versie {version} · concept</source>
        <translation>Version {version} · draft</translation>
    </message>
    <message>
        <source>Versie {version} · verzonden {date}</source>
        <translation>Version {version} · sent {date}</translation>
    </message>
    <message>
        <source>Deze versie is verzonden op {date} en ligt vast.</source>
        <translation>This version was sent on {date} and is frozen.</translation>
    </message>
    <message>
        <source>Kies Bewerken om een nieuwe versie te maken.</source>
        <translation>Choose Edit to make a new version.</translation>
    </message>
    <message>
        <source>Dit is een eerdere versie.</source>
        <translation>This is an earlier version.</translation>
    </message>
    <message>
        <source>Nog geen voorstellen.</source>
        <translation>No proposals yet.</translation>
    </message>
    <message>
        <source>Kies een voorstel in de lijst.</source>
        <translation>Choose a proposal in the list.</translation>
    </message>
    <message>
        <source>, max. {amount}</source>
        <translation>, max. {amount}</translation>
    </message>
    <message>
        <source>“{value}” is geen aantal; typ een heel getal, zoals 12.</source>
        <translation>“{value}” is not a number of people; type a whole number, such as 12.</translation>
    </message>
    <message>
        <source>“{value}” is geen bedrag; typ bijvoorbeeld 1.250,00.</source>
        <translation>“{value}” is not an amount; type e.g. 1,250.00.</translation>
    </message>
    <message>
        <source>Regel verwijderd</source>
        <translation>Line removed</translation>
    </message>
    <message>
        <source>Bijdrage geraamd</source>
        <translation>Contribution estimated</translation>
    </message>
    <message>
        <source>Geef de naam van de regeling of het fonds.</source>
        <translation>Give the name of the scheme or fund.</translation>
    </message>
    <message>
        <source>Bijdrage toegevoegd</source>
        <translation>Contribution added</translation>
    </message>
    <message>
        <source>Voorstel verzenden</source>
        <translation>Send proposal</translation>
    </message>
    <message>
        <source>Versie {version} van voorstel {number} verzenden? Daarna ligt deze versie vast; wijzigen kan alleen in een nieuwe versie.</source>
        <translation>Send version {version} of proposal {number}? This version is frozen afterwards; changes are only possible in a new version.</translation>
    </message>
    <message>
        <source>Verzenden</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet verzonden</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Voorstel {number} verzonden</source>
        <translation>Proposal {number} sent</translation>
    </message>
    <message>
        <source>Geen nieuwe versie</source>
        <translation>No new version</translation>
    </message>
    <message>
        <source>Versie {version} gemaakt</source>
        <translation>Version {version} made</translation>
    </message>
    <message>
        <source>Voorstel {number} markeren als geaccepteerd?</source>
        <translation>Mark proposal {number} as accepted?</translation>
    </message>
    <message>
        <source>Voorstel {number} markeren als afgewezen?</source>
        <translation>Mark proposal {number} as declined?</translation>
    </message>
    <message>
        <source>Uitkomst vastleggen</source>
        <translation>Record the outcome</translation>
    </message>
    <message>
        <source>Niet vastgelegd</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Voorstel {number}: {status}</source>
        <translation>Proposal {number}: {status}</translation>
    </message>
    <message>
        <source>Het voorbeeld kon niet worden gemaakt.</source>
        <translation>The preview could not be made.</translation>
    </message>
    <message>
        <source>Voorstel {number} versie {version} {client}</source>
        <translation>Proposal {number} version {version} {client}</translation>
    </message>
    <message>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>PDF opgeslagen: {file}</source>
        <translation>PDF saved: {file}</translation>
    </message>
    <message>
        <source>PDF niet opgeslagen</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <source>De PDF kon niet worden geschreven.</source>
        <translation>The PDF could not be written.</translation>
    </message>
    <message>
        <source>Voorstel afdrukken</source>
        <translation>Print proposal</translation>
    </message>
    <message>
        <source>Voorstel naar de printer gestuurd</source>
        <translation>Proposal sent to the printer</translation>
    </message>
    <message>
        <source>Niet afgedrukt</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Het voorstel kon niet worden afgedrukt.</source>
        <translation>The proposal could not be printed.</translation>
    </message>
    <message>
        <source>De printer kon niet worden gebruikt.</source>
        <translation>The printer could not be used.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
</context>
</TS>
