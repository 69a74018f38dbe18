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
    <name>ClientForm</name>
    <message>
        <source>Naam van de werkgever</source>
        <translation>Name of the employer</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <source>8 cijfers</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>(geen sector)</source>
        <translation>(no sector)</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>naam@bedrijf.nl</source>
        <translation>name@company.nl</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Wat u over deze werkgever wilt onthouden (afspraken, fondsen, bijzonderheden)</source>
        <translation>What you want to remember about this employer (agreements, funds, particulars)</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;KvK-nummer</source>
        <translation>&amp;KvK number</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>P&amp;laats</source>
        <translation>Ci&amp;ty</translation>
    </message>
    <message>
        <source>N&amp;otities</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Intakes</translation>
    </message>
    <message>
        <source>Voorstellen</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Open intakes</source>
        <translation>Open intakes</translation>
    </message>
    <message>
        <source>Lopende voorstellen: in concept of verzonden, nog zonder besluit</source>
        <translation>Open proposals: draft or sent, not yet decided</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Zoek op naam, plaats, sector of KvK-nummer</source>
        <translation>Search by name, place, sector or KvK number</translation>
    </message>
    <message>
        <source>Klanten zoeken</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>Zoeken (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nieuwe klant</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Nieuwe klant (Ctrl+N)</source>
        <translation>New client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Klanten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Nieuwe intake</source>
        <translation>New intake</translation>
    </message>
    <message>
        <source>Een nieuwe intake beginnen voor deze klant</source>
        <translation>Start a new intake for this client</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deze klant verwijderen (Del in de lijst)</source>
        <translation>Delete this client (Del in the list)</translation>
    </message>
    <message>
        <source>De klanten konden niet worden geladen.</source>
        <translation>The clients could not be loaded.</translation>
    </message>
    <message>
        <source>Deze klant is niet gevonden.</source>
        <translation>This client was not found.</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Niet alles is opgeslagen: verbeter de velden met een melding.</source>
        <translation>Not everything was saved: correct the fields with a message.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>De wijziging kon niet worden opgeslagen. Probeer het opnieuw.</source>
        <translation>The change could not be saved. Please try again.</translation>
    </message>
    <message>
        <source>Klant verwijderen</source>
        <translation>Delete client</translation>
    </message>
    <message>
        <source>“{name}” verwijderen? De contactpersonen en intakes van deze klant gaan mee; voorstellen blijven bewaard. U kunt dit direct daarna ongedaan maken.</source>
        <translation>Delete “{name}”? The contacts and intakes of this client go with it; proposals are kept. You can undo this right afterwards.</translation>
    </message>
    <message>
        <source>Behouden</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Klant “{name}” verwijderd.</source>
        <translation>Client “{name}” deleted.</translation>
    </message>
    <message>
        <source>Klant teruggezet</source>
        <translation>Client restored</translation>
    </message>
    <message>
        <source>De nieuwe klant kon niet worden opgeslagen. Probeer het opnieuw.</source>
        <translation>The new client could not be saved. Please try again.</translation>
    </message>
    <message>
        <source>Er zijn nog geen klanten. Maak er een met “Nieuwe klant” (Ctrl+N).</source>
        <translation>There are no clients yet. Make one with “New client” (Ctrl+N).</translation>
    </message>
    <message>
        <source>Kies een klant in de lijst, of maak een nieuwe klant (Ctrl+N).</source>
        <translation>Choose a client in the list, or make a new client (Ctrl+N).</translation>
    </message>
    <message>
        <source>Vul de naam in: de klant wordt opgeslagen zodra u het veld verlaat.</source>
        <translation>Fill in the name: the client is saved as soon as you leave the field.</translation>
    </message>
    <message>
        <source>KvK {kvk}</source>
        <translation>KvK {kvk}</translation>
    </message>
    <message>
        <source>{total} klanten</source>
        <translation>{total} clients</translation>
    </message>
    <message>
        <source>1 klant</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>{shown} van {total} klanten</source>
        <translation>{shown} of {total} clients</translation>
    </message>
    <message>
        <source>Geen klant gevonden voor “{query}”.</source>
        <translation>No client found for “{query}”.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Contactpersonen</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Dubbelklik of F2 om een veld te wijzigen</source>
        <translation>Double-click or F2 to change a field</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Een contactpersoon toevoegen</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Het gekozen veld wijzigen (F2)</source>
        <translation>Change the chosen field (F2)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>De gekozen contactpersoon verwijderen (Del)</source>
        <translation>Delete the chosen contact (Del)</translation>
    </message>
    <message>
        <source>Contactpersoon verwijderen</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <source>“{name}” verwijderen als contactpersoon?</source>
        <translation>Remove “{name}” as a contact?</translation>
    </message>
    <message>
        <source>Behouden</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Contactpersonen ({count})</source>
        <translation>Contacts ({count})</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Intakes en voorstellen</source>
        <translation>Intakes and proposals</translation>
    </message>
    <message>
        <source>Intakes en voorstellen van deze klant</source>
        <translation>Intakes and proposals of this client</translation>
    </message>
    <message>
        <source>Dubbelklik of Enter om de intake of het voorstel te openen</source>
        <translation>Double-click or Enter to open the intake or proposal</translation>
    </message>
    <message>
        <source>Nog geen intakes of voorstellen voor deze klant.</source>
        <translation>No intakes or proposals for this client yet.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bedrag excl. btw</source>
        <translation>Amount excl. VAT</translation>
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
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Voorstel {number}</source>
        <translation>Proposal {number}</translation>
    </message>
    <message>
        <source>{status} (versie {version})</source>
        <translation>{status} (version {version})</translation>
    </message>
    <message>
        <source>1 vraagregel</source>
        <translation>1 demand line</translation>
    </message>
    <message>
        <source>{count} vraagregels</source>
        <translation>{count} demand lines</translation>
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
    <name>UndoBar</name>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ongedaan maken (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
</context>
</TS>
