<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>App</name>
    <message>
        <source>Terugzetten is niet gelukt</source>
        <translation>Restoring failed</translation>
    </message>
    <message>
        <source>Back-up van {date} teruggezet; de vervangen database is bewaard als {name}</source>
        <translation>Backup of {date} restored; the replaced database was kept as {name}</translation>
    </message>
    <message>
        <source>Opleidingsmakelaar kan niet starten</source>
        <translation>Opleidingsmakelaar cannot start</translation>
    </message>
    <message>
        <source>Er ging iets mis bij het openen van het venster. Uw opgeslagen gegevens zijn niet aangetast. De details staan in het logbestand.</source>
        <translation>Something went wrong while opening the window. Your saved data has not been touched. The details are in the log file.</translation>
    </message>
    <message>
        <source>Logbestand: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Moment</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Makelaar</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Wie werkt er</source>
        <translation>Who is working</translation>
    </message>
    <message>
        <source>Uw naam in het auditlog</source>
        <translation>Your name in the audit log</translation>
    </message>
    <message>
        <source>&amp;Uw naam</source>
        <translation>&amp;Your name</translation>
    </message>
    <message>
        <source>Wie wat wijzigde en wanneer (AVG: verantwoording). Het auditlog bewaart alleen wát er veranderde, nooit de namen of e-mailadressen zelf.</source>
        <translation>Who changed what and when (GDPR accountability). The audit log keeps only what changed, never the names or e-mail addresses themselves.</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Afgelopen 7 dagen</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Afgelopen 30 dagen</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Afgelopen 12 maanden</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>De getoonde regels als CSV of Excel (Ctrl+E)</source>
        <translation>The rows shown as CSV or Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Auditlog, nieuwste eerst</source>
        <translation>Audit log, newest first</translation>
    </message>
    <message>
        <source>Staat bij elke wijziging in het auditlog. Leeg: de gebruikersnaam van deze computer ({user}).</source>
        <translation>Recorded with every change in the audit log. Empty: the user name of this computer ({user}).</translation>
    </message>
    <message>
        <source>Staat bij elke wijziging in het auditlog.</source>
        <translation>Recorded with every change in the audit log.</translation>
    </message>
    <message>
        <source>1 regel</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>{count} regels</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <source>Auditlog exporteren</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Bezig met exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>{count} regels geëxporteerd naar {file}</source>
        <translation>{count} entries exported to {file}</translation>
    </message>
    <message>
        <source>Het exporteren is niet gelukt: {reason}</source>
        <translation>The export failed: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Zelf gemaakt</source>
        <translation>Made by you</translation>
    </message>
    <message>
        <source>Dagelijks (automatisch)</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <source>Voor een import (automatisch)</source>
        <translation>Before an import (automatic)</translation>
    </message>
    <message>
        <source>Voor bijwerken (automatisch)</source>
        <translation>Before an update (automatic)</translation>
    </message>
    <message>
        <source>Vervangen bij terugzetten</source>
        <translation>Replaced by a restore</translation>
    </message>
</context>
<context>
    <name>CatalogueDuplicatesDialog</name>
    <message>
        <source>Mogelijke dubbelen in het aanbod</source>
        <translation>Likely duplicates in the catalogue</translation>
    </message>
    <message>
        <source>Het aanbod wordt nagelopen…</source>
        <translation>Checking the catalogue…</translation>
    </message>
    <message>
        <source>Mogelijke dubbelen</source>
        <translation>Likely duplicates</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Opleiding A</source>
        <translation>Offering A</translation>
    </message>
    <message>
        <source>Plaats A</source>
        <translation>Place A</translation>
    </message>
    <message>
        <source>Prijs A</source>
        <translation>Price A</translation>
    </message>
    <message>
        <source>Opleiding B</source>
        <translation>Offering B</translation>
    </message>
    <message>
        <source>Plaats B</source>
        <translation>Place B</translation>
    </message>
    <message>
        <source>Prijs B</source>
        <translation>Price B</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Opleiding A houden</source>
        <translation>Keep offering A</translation>
    </message>
    <message>
        <source>Opleiding B houden</source>
        <translation>Keep offering B</translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>De gekozen opleiding houden; de andere gaat eruit, met haar notities en labels erbij (Ctrl+M)</source>
        <translation>Keep the chosen offering; the other one goes, its notes and tags move over (Ctrl+M)</translation>
    </message>
    <message>
        <source>Geen dubbel</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>Dit paar is geen dubbel; het wordt niet meer getoond (Ctrl+G)</source>
        <translation>This pair is not a duplicate; it is not shown again (Ctrl+G)</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Het aanbod kon niet worden nagelopen.</source>
        <translation>The catalogue could not be checked.</translation>
    </message>
    <message>
        <source>titel {score} % gelijk</source>
        <translation>title {score} % alike</translation>
    </message>
    <message>
        <source>zelfde kwalificatiecode</source>
        <translation>same qualification code</translation>
    </message>
    <message>
        <source>{count} mogelijke dubbelen: opleidingen van dezelfde aanbieder op dezelfde plaats, op hetzelfde niveau en dezelfde tijden, met (bijna) dezelfde titel of kwalificatiecode.</source>
        <translation>{count} likely duplicates: offerings of one provider in the same place, at the same level and times, with (nearly) the same title or qualification code.</translation>
    </message>
    <message>
        <source>Geen mogelijke dubbelen gevonden.</source>
        <translation>No likely duplicates found.</translation>
    </message>
    <message>
        <source>Plaats: {city}</source>
        <translation>Place: {city}</translation>
    </message>
    <message>
        <source>Niveau: {level}</source>
        <translation>Level: {level}</translation>
    </message>
    <message>
        <source>Tijden: {schedule}</source>
        <translation>Times: {schedule}</translation>
    </message>
    <message>
        <source>Prijs: {price}</source>
        <translation>Price: {price}</translation>
    </message>
    <message>
        <source>Start: doorlopend</source>
        <translation>Start: continuous intake</translation>
    </message>
    <message>
        <source>Volgende start: {date}</source>
        <translation>Next start: {date}</translation>
    </message>
    <message>
        <source>Notities: {notes}</source>
        <translation>Notes: {notes}</translation>
    </message>
    <message>
        <source>Labels: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <source>A houden</source>
        <translation>Keep A</translation>
    </message>
    <message>
        <source>B houden</source>
        <translation>Keep B</translation>
    </message>
    <message>
        <source>A houden ({code})</source>
        <translation>Keep A ({code})</translation>
    </message>
    <message>
        <source>B houden ({code})</source>
        <translation>Keep B ({code})</translation>
    </message>
    <message>
        <source>“{removed}” gaat uit het aanbod; haar notities en labels komen bij “{kept}”. Concept-voorstellen noemen voortaan “{kept}”; verzonden voorstellen blijven zoals ze zijn.</source>
        <translation>“{removed}” leaves the catalogue; its notes and tags move to “{kept}”. Draft proposals will name “{kept}”; sent proposals stay as they are.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Samenvoegen mislukt</source>
        <translation>Merge failed</translation>
    </message>
    <message>
        <source>De opleidingen konden niet worden samengevoegd; er is niets gewijzigd.</source>
        <translation>The offerings could not be merged; nothing was changed.</translation>
    </message>
    <message>
        <source>Samengevoegd</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Het paar kon niet als ‘geen dubbel’ worden bewaard.</source>
        <translation>The pair could not be saved as ‘not a duplicate’.</translation>
    </message>
    <message>
        <source>Gemarkeerd als geen dubbel</source>
        <translation>Marked as not a duplicate</translation>
    </message>
</context>
<context>
    <name>CatalogueHistoryDialog</name>
    <message>
        <source>Importgeschiedenis</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Formaat</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Bijgewerkt</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Overgeslagen</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Ongewijzigd</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>De gekozen import terugdraaien: nieuwe opleidingen weg, oude waarden terug</source>
        <translation>Undo the chosen import: new offerings removed, previous values back</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>geïmporteerd</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>ongedaan gemaakt</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>Er is nog niets geïmporteerd.</source>
        <translation>Nothing has been imported yet.</translation>
    </message>
    <message>
        <source>De import van {file} ongedaan maken? {inserted} nieuwe opleidingen worden verwijderd en {updated} bijgewerkte opleidingen krijgen hun oude gegevens terug. Uw eigen notities en labels blijven staan.</source>
        <translation>Undo the import of {file}? {inserted} new offerings will be removed and {updated} updated offerings get their previous details back. Your own notes and tags stay.</translation>
    </message>
    <message>
        <source>Import ongedaan maken</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bezig met ongedaan maken…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <source>Import van {file} ongedaan gemaakt: {removed} verwijderd, {restored} teruggezet.</source>
        <translation>Import of {file} undone: {removed} removed, {restored} restored.</translation>
    </message>
    <message>
        <source>Import ongedaan gemaakt</source>
        <translation>Import undone</translation>
    </message>
    <message>
        <source>Ongedaan maken is mislukt; er is niets veranderd.</source>
        <translation>Undo failed; nothing was changed.</translation>
    </message>
    <message>
        <source>Import niet ongedaan gemaakt</source>
        <translation>Import not undone</translation>
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
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Filters tonen of verbergen (Ctrl+Shift+F)</source>
        <translation>Show or hide the filters (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Alle filters terug op ‘alles’</source>
        <translation>Set every filter back to ‘all’</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>De gekozen opleiding bewerken (F2, Ctrl+E)</source>
        <translation>Edit the chosen offering (F2, Ctrl+E)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>De gekozen opleiding verwijderen (Delete)</source>
        <translation>Delete the chosen offering (Delete)</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Een catalogusbestand importeren (Ctrl+I)</source>
        <translation>Import a catalogue file (Ctrl+I)</translation>
    </message>
    <message>
        <source>Dubbelen…</source>
        <translation>Duplicates…</translation>
    </message>
    <message>
        <source>Mogelijke dubbele opleidingen zoeken en samenvoegen (Ctrl+Shift+D)</source>
        <translation>Find and merge likely duplicate offerings (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Importgeschiedenis…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <source>Alle imports bekijken en er één ongedaan maken</source>
        <translation>See every import and undo one</translation>
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
        <source>Getoond: één opleiding, “{title}”. Kies ‘Filters wissen’ voor het hele aanbod.</source>
        <translation>Showing one offering, “{title}”. Choose ‘Clear filters’ for the whole catalogue.</translation>
    </message>
    <message>
        <source>Opleiding verwijderen</source>
        <translation>Delete offering</translation>
    </message>
    <message>
        <source>“{title}” uit het aanbod verwijderen? Voorstellen die haar al noemen blijven zoals ze zijn.</source>
        <translation>Delete “{title}” from the catalogue? Proposals that already name it stay as they are.</translation>
    </message>
    <message>
        <source>Behouden</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Verwijderen mislukt</source>
        <translation>Delete failed</translation>
    </message>
    <message>
        <source>De opleiding kon niet worden verwijderd; er is niets gewijzigd.</source>
        <translation>The offering could not be deleted; nothing has changed.</translation>
    </message>
    <message>
        <source>Opleiding verwijderd</source>
        <translation>Offering deleted</translation>
    </message>
    <message>
        <source>De database is alleen-lezen: niets gewijzigd</source>
        <translation>The database is read-only: nothing changed</translation>
    </message>
    <message>
        <source>Deze opleiding heeft geen prijs om te controleren</source>
        <translation>This offering has no price to check</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>De prijscontrole kon niet worden opgeslagen. Probeer het opnieuw.</source>
        <translation>The price check could not be saved. Please try again.</translation>
    </message>
    <message>
        <source>Prijs gemarkeerd als gecontroleerd</source>
        <translation>Price marked as checked</translation>
    </message>
    <message>
        <source>Prijs door u gecontroleerd op {date}.</source>
        <translation>Price checked by you on {date}.</translation>
    </message>
    <message>
        <source>Prijs vastgelegd op {date}, nog niet door u gecontroleerd.</source>
        <translation>Price recorded on {date}, not yet checked by you.</translation>
    </message>
    <message>
        <source>Prijs nog nooit gecontroleerd.</source>
        <translation>Price never checked.</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Het aanbod kon niet worden geladen.</source>
        <translation>The catalogue could not be loaded.</translation>
    </message>
    <message>
        <source>Importeer een catalogus (CSV, Excel, EDU-DEX of OOAPI) om te beginnen.</source>
        <translation>Import a catalogue (CSV, Excel, EDU-DEX or OOAPI) to begin.</translation>
    </message>
    <message>
        <source>Deze opleiding is niet meer gevonden.</source>
        <translation>This offering can no longer be found.</translation>
    </message>
    <message>
        <source>Prijs nu als gecontroleerd markeren</source>
        <translation>Mark the price as checked now</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Het aanbod wordt doorzocht…</source>
        <translation>Searching the catalogue…</translation>
    </message>
    <message>
        <source>Er staat nog geen aanbod in de database.</source>
        <translation>There are no offerings in the database yet.</translation>
    </message>
    <message>
        <source>Geen opleidingen met deze filters.</source>
        <translation>No offerings with these filters.</translation>
    </message>
    <message>
        <source>Zet een filter uit of kies ‘Filters wissen’.</source>
        <translation>Turn a filter off or choose ‘Clear filters’.</translation>
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
        <source>Lopend</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Voorstellen in concept of verzonden</source>
        <translation>Proposals in draft or sent</translation>
    </message>
    <message>
        <source>Open intakes</source>
        <translation>Open intakes</translation>
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
        <source>AVG</source>
        <translation>GDPR</translation>
    </message>
    <message>
        <source>Alle gegevens van deze klant exporteren, of de persoonsgegevens wissen</source>
        <translation>Export all data about this client, or erase its personal data</translation>
    </message>
    <message>
        <source>AVG-acties voor deze klant</source>
        <translation>GDPR actions for this client</translation>
    </message>
    <message>
        <source>Alles exporteren (AVG)…</source>
        <translation>Export everything (GDPR)…</translation>
    </message>
    <message>
        <source>Persoonsgegevens wissen…</source>
        <translation>Erase personal data…</translation>
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
        <source>Alle gegevens van de klant exporteren</source>
        <translation>Export all data about the client</translation>
    </message>
    <message>
        <source>JSON-bestand (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Niet geëxporteerd</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden geschreven. Kies een andere map.</source>
        <translation>The file could not be written. Choose another folder.</translation>
    </message>
    <message>
        <source>Alle gegevens van “{name}” geëxporteerd</source>
        <translation>All data about “{name}” exported</translation>
    </message>
    <message>
        <source>Naam, contactgegevens en deelnemers van deze klant wissen</source>
        <translation>Erase this client&apos;s name, contact details and participants</translation>
    </message>
    <message>
        <source>Al gewist op {date}</source>
        <translation>Already erased on {date}</translation>
    </message>
    <message>
        <source>1 contactpersoon</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>{n} contactpersonen</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <source>1 deelnemer</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>{n} deelnemers</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <source>1 intake</source>
        <translation>1 intake</translation>
    </message>
    <message>
        <source>{n} intakes</source>
        <translation>{n} intakes</translation>
    </message>
    <message>
        <source>1 verzonden voorstelversie</source>
        <translation>1 sent proposal version</translation>
    </message>
    <message>
        <source>{n} verzonden voorstelversies</source>
        <translation>{n} sent proposal versions</translation>
    </message>
    <message>
        <source>Van “{name}” worden gewist: de naam, het adres, het KvK-nummer, e-mail, telefoon en notities; {contacts}; naam, functie en e-mail van {participants}; titels en notities van {intakes} en hun vragen; de klantgegevens in {versions}.

Blijven bewaard: sector, plaats, de cijfers van de postcode, aantallen, bedragen, statussen en data, zodat het overzicht blijft kloppen.

Dit kan niet ongedaan worden gemaakt. Reservekopieën van vóór het wissen bevatten de gegevens nog.</source>
        <translation>Of “{name}” these will be erased: the name, address, KvK number, e-mail, phone and notes; {contacts}; name, function and e-mail of {participants}; titles and notes of {intakes} and their questions; the client&apos;s details in {versions}.

Kept: sector, place, the digits of the postcode, counts, amounts, statuses and dates, so the overview still adds up.

This cannot be undone. Backups made before the erasure still hold the data.</translation>
    </message>
    <message>
        <source>Persoonsgegevens wissen</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet gewist</source>
        <translation>Not erased</translation>
    </message>
    <message>
        <source>De gegevens konden niet worden gewist; er is niets veranderd.</source>
        <translation>The data could not be erased; nothing has changed.</translation>
    </message>
    <message>
        <source>Persoonsgegevens gewist; de klant heet nu “{name}”</source>
        <translation>Personal data erased; the client is now called “{name}”</translation>
    </message>
    <message>
        <source>Let op: dit KvK-nummer staat ook bij {names}.</source>
        <translation>Note: this KvK number is also on file for {names}.</translation>
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
    <name>CrashDialog</name>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Er ging iets mis.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>Wat u al had opgeslagen, blijft bewaard. Uw laatste handeling is misschien niet uitgevoerd: kijk of het resultaat klopt. U kunt gewoon verder werken.</source>
        <translation>What you had saved is kept. Your last action may not have been carried out: check that the result is right. You can carry on working.</translation>
    </message>
    <message>
        <source>Database bezig</source>
        <translation>Database busy</translation>
    </message>
    <message>
        <source>De database is bezig in een ander venster of programma.</source>
        <translation>The database is busy in another window or program.</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een grote import. Uw laatste handeling is niet opgeslagen; wat u eerder opsloeg, blijft bewaard. Probeer het over een ogenblik opnieuw.</source>
        <translation>A large import, for example. Your last action was not saved; what you saved before is kept. Please try again in a moment.</translation>
    </message>
    <message>
        <source>De details staan in het logbestand:
{path}</source>
        <translation>The details are in the log file:
{path}</translation>
    </message>
    <message>
        <source>Er kon geen logbestand worden geschreven; kopieer de details.</source>
        <translation>No log file could be written; copy the details.</translation>
    </message>
    <message>
        <source>Technische details</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <source>Logmap openen</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Kopieer details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Details tonen</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Doorgaan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Dit gebeurde {count} keer sinds deze melding.</source>
        <translation>This happened {count} times since this message.</translation>
    </message>
</context>
<context>
    <name>DatabaseSection</name>
    <message>
        <source>Database en back-ups</source>
        <translation>Database and backups</translation>
    </message>
    <message>
        <source>Alle klanten, intakes, voorstellen en het aanbod staan in één databasebestand op deze computer.</source>
        <translation>All clients, intakes, proposals and the catalogue are kept in one database file on this computer.</translation>
    </message>
    <message>
        <source>Databasebestand</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Locatie van de database</source>
        <translation>Location of the database</translation>
    </message>
    <message>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>De map met de database in de verkenner</source>
        <translation>The folder holding the database, in the file manager</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Demogegevens</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Bij de eerste start zijn verzonnen werkgevers met intakes en voorstellen en een voorbeeldcatalogus geladen, om het programma te leren kennen. Verwijder ze voordat u met echte klanten begint; ze komen daarna niet terug.</source>
        <translation>At the first start, made-up employers with intakes and proposals and a sample catalogue were loaded, to get to know the program. Remove them before you start with real clients; they will not come back afterwards.</translation>
    </message>
    <message>
        <source>Demogegevens verwijderen</source>
        <translation>Remove demo data</translation>
    </message>
    <message>
        <source>De verzonnen werkgevers, hun intakes en voorstellen en de voorbeeldcatalogus verwijderen (eerst wordt een back-up gemaakt)</source>
        <translation>Remove the made-up employers, their intakes and proposals and the sample catalogue (a backup is made first)</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Het programma werkt altijd met dit bestand. Een back-up of een ander bestand terugzetten kan hieronder bij Back-ups: het bestand wordt eerst gecontroleerd en de huidige database wordt als back-up bewaard.</source>
        <translation>The program always works with this file. You can restore a backup or another file below under Backups: the file is checked first and the current database is kept as a backup.</translation>
    </message>
    <message>
        <source>Een back-up is een volledige kopie van de database, in de map &apos;backups&apos; naast het bestand. Het programma maakt er ook zelf een: bij de eerste start van elke dag, voor elke import en voordat het de database bijwerkt; van die automatische back-ups blijven de nieuwste 14 bewaard. Back-ups die u zelf maakt, blijven altijd staan. Bewaar af en toe een back-up op een andere plek (USB-stick, netwerkschijf).</source>
        <translation>A backup is a full copy of the database, in the folder &apos;backups&apos; beside the file. The program also makes them itself: at the first start of each day, before every import and before it updates the database; of those automatic backups the newest 14 are kept. Backups you make yourself always stay. Now and then, keep a backup somewhere else (USB stick, network drive).</translation>
    </message>
    <message>
        <source>Nu een back-up maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>Nu een back-up maken (Ctrl+Shift+B)</source>
        <translation>Make a backup now (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Back-upmap openen</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <source>Terugzetten…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>De gekozen back-up terugzetten in plaats van de huidige database</source>
        <translation>Restore the chosen backup in place of the current database</translation>
    </message>
    <message>
        <source>Ander bestand terugzetten…</source>
        <translation>Restore another file…</translation>
    </message>
    <message>
        <source>Een back-up van elders (USB-stick, netwerkschijf) kiezen en terugzetten</source>
        <translation>Choose a backup from elsewhere (USB stick, network drive) and restore it</translation>
    </message>
    <message>
        <source>Bestaande back-ups</source>
        <translation>Existing backups</translation>
    </message>
    <message>
        <source>Er zijn nog geen back-ups.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>{offerings} opleidingen van {providers} aanbieders · {clients} klanten · {proposals} voorstellen</source>
        <translation>{offerings} offerings from {providers} providers · {clients} clients · {proposals} proposals</translation>
    </message>
    <message>
        <source>In de database: werkgevers: {clients} · contactpersonen: {contacts} · intakes: {intakes} · vraagregels: {lines} · deelnemers: {participants} · voorstellen: {proposals} · opleidingen uit de voorbeeldcatalogus: {offerings}</source>
        <translation>In the database: employers: {clients} · contacts: {contacts} · intakes: {intakes} · demand lines: {lines} · participants: {participants} · proposals: {proposals} · courses from the sample catalogue: {offerings}</translation>
    </message>
    <message>
        <source>Er staan geen demogegevens (meer) in de database.</source>
        <translation>There is no demo data (any more) in the database.</translation>
    </message>
    <message>
        <source>Deze map bestaat (nog) niet.</source>
        <translation>This folder does not exist (yet).</translation>
    </message>
    <message>
        <source>Back-up wordt gemaakt…</source>
        <translation>Making backup…</translation>
    </message>
    <message>
        <source>De back-up is niet gelukt: {reason}</source>
        <translation>The backup failed: {reason}</translation>
    </message>
    <message>
        <source>Back-up kiezen om terug te zetten</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;Alle bestanden (*)</source>
        <translation>Databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Bestand wordt gecontroleerd…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gecontroleerd: {reason}</source>
        <translation>The file cannot be checked: {reason}</translation>
    </message>
    <message>
        <source>Back-up terugzetten?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <source>De database wordt vervangen door de back-up van {date} ({name}). Wat sindsdien is veranderd, staat daar niet in.

De huidige database wordt eerst als back-up bewaard (…-voor-herstel), dus er gaat niets verloren. Het venster sluit even en opent daarna opnieuw met de teruggezette gegevens.</source>
        <translation>The database is replaced by the backup of {date} ({name}). What changed since then is not in it.

The current database is kept as a backup first (…-voor-herstel), so nothing is lost. The window closes for a moment and then opens again with the restored data.</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Demogegevens verwijderen?</source>
        <translation>Remove the demo data?</translation>
    </message>
    <message>
        <source>De verzonnen werkgevers worden verwijderd, met alles wat bij hen hoort: contactpersonen, intakes, deelnemers en voorstellen (ook wat u er zelf aan hebt toegevoegd). Ook de opleidingen uit de voorbeeldcatalogus gaan weg, behalve die u zelf hebt bewerkt of in een voorstel aan een echte klant hebt opgenomen. Eerst wordt een back-up gemaakt.

Uw eigen klanten en opleidingen blijven staan.</source>
        <translation>The made-up employers are removed, with everything that belongs to them: contacts, intakes, participants and proposals (including what you added yourself). The courses from the sample catalogue go too, except those you edited yourself or included in a proposal to a real client. A backup is made first.

Your own clients and courses stay.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Behouden</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Demogegevens worden verwijderd…</source>
        <translation>Removing demo data…</translation>
    </message>
    <message>
        <source>De demogegevens zijn verwijderd. De back-up van daarvoor: {name}</source>
        <translation>The demo data has been removed. The backup made before: {name}</translation>
    </message>
    <message>
        <source>De back-up vooraf is niet gelukt ({reason}); er is niets verwijderd.</source>
        <translation>The backup beforehand failed ({reason}); nothing was removed.</translation>
    </message>
    <message>
        <source>Het verwijderen is niet gelukt ({reason}); er is niets verwijderd.</source>
        <translation>Removing failed ({reason}); nothing was removed.</translation>
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
        <source>Kies of typ een sector</source>
        <translation>Choose or type a sector</translation>
    </message>
    <message>
        <source>Niet opgeslagen: “{value}” lijkt een BSN. Een BSN hoort niet in de leervraag (AVG); haal het weg.</source>
        <translation>Not saved: “{value}” looks like a citizen service number (BSN). A BSN does not belong in the learning question (GDPR); remove it.</translation>
    </message>
    <message>
        <source>Dat is meer dan {maximum} per deelnemer; klopt het bedrag?</source>
        <translation>That is more than {maximum} per participant; is the amount right?</translation>
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
        <source>= {amount} per deelnemer</source>
        <translation>= {amount} per participant</translation>
    </message>
    <message>
        <source>De uiterste startdatum ligt vóór de eerste: pas een van beide aan.</source>
        <translation>The latest start date is before the earliest: change one of them.</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
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
        <source>Vorm</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Afsluiting</source>
        <translation>Credential</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Zoek een aanbieder…</source>
        <translation>Find a provider…</translation>
    </message>
    <message>
        <source>Aanbieder zoeken</source>
        <translation>Search providers</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Bijv. Zwolle</source>
        <translation>E.g. Zwolle</translation>
    </message>
    <message>
        <source>Prijs per deelnemer</source>
        <translation>Price per participant</translation>
    </message>
    <message>
        <source>€ van</source>
        <translation>€ from</translation>
    </message>
    <message>
        <source>Minimumprijs</source>
        <translation>Minimum price</translation>
    </message>
    <message>
        <source>€ tot en met</source>
        <translation>€ up to</translation>
    </message>
    <message>
        <source>Maximumprijs</source>
        <translation>Maximum price</translation>
    </message>
    <message>
        <source>Start tussen</source>
        <translation>Start between</translation>
    </message>
    <message>
        <source>Start vanaf</source>
        <translation>Start from</translation>
    </message>
    <message>
        <source>Start tot en met</source>
        <translation>Start until</translation>
    </message>
    <message>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Tot en met</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>Doorlopende instroom telt altijd mee.</source>
        <translation>Continuous intake always counts.</translation>
    </message>
    <message>
        <source>De ondergrens is hoger dan de bovengrens.</source>
        <translation>The lower limit is above the upper limit.</translation>
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
    <name>FundingSchemesModel</name>
    <message>
        <source>Regeling</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Maximaal</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>geen maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <source>Leeg laten als er geen maximum is.</source>
        <translation>Leave empty when there is no maximum.</translation>
    </message>
    <message>
        <source>Geef de regeling een naam.</source>
        <translation>Give the scheme a name.</translation>
    </message>
    <message>
        <source>{name} kan niet: {reason}.</source>
        <translation>{name} is not possible: {reason}.</translation>
    </message>
    <message>
        <source>Er is al een regeling met de naam {name}.</source>
        <translation>There already is a scheme named {name}.</translation>
    </message>
    <message>
        <source>Het percentage is een getal van 0 tot en met 100.</source>
        <translation>The percentage is a number from 0 to 100.</translation>
    </message>
    <message>
        <source>{problem} Laat het maximum leeg als er geen is.</source>
        <translation>{problem} Leave the maximum empty if there is none.</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Zoeken in alles</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Zoek een klant, opleiding of voorstel… (naam, plaats, nummer)</source>
        <translation>Find an employer, offering or proposal… (name, place, number)</translation>
    </message>
    <message>
        <source>Gevonden</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>↑↓ kiezen · Enter openen · Esc sluiten</source>
        <translation>↑↓ choose · Enter open · Esc close</translation>
    </message>
    <message>
        <source>Zoeken lukt nu niet; zie het logbestand.</source>
        <translation>Searching does not work right now; see the log file.</translation>
    </message>
    <message>
        <source>Niets gevonden voor “{text}”.</source>
        <translation>Nothing found for “{text}”.</translation>
    </message>
    <message>
        <source>Klanten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Voorstellen</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Opleidingen</source>
        <translation>Offerings</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Catalogus importeren</source>
        <translation>Import catalogue</translation>
    </message>
    <message>
        <source>Nog geen bestand gekozen</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>Gekozen bestand</source>
        <translation>Chosen file</translation>
    </message>
    <message>
        <source>Bestand &amp;kiezen…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Pro&amp;fielen…</source>
        <translation>Pro&amp;files…</translation>
    </message>
    <message>
        <source>De opgeslagen koppelingen van kolommen bekijken en verwijderen</source>
        <translation>View and delete the stored column mappings</translation>
    </message>
    <message>
        <source>Voorbeeld van de eerste regels</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Meldingen per regel</source>
        <translation>Messages per row</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Alleen &amp;geldige regels importeren</source>
        <translation>Import &amp;valid rows only</translation>
    </message>
    <message>
        <source>Regels met een fout worden overgeslagen; de andere worden geïmporteerd.</source>
        <translation>Rows with an error are skipped; the others are imported.</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stoppen; de catalogus blijft zoals hij was</source>
        <translation>Stop; the catalogue stays as it was</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Catalogus kiezen</source>
        <translation>Choose catalogue</translation>
    </message>
    <message>
        <source>Catalogusbestanden (*.csv *.tsv *.txt *.xlsx *.json);;Alle bestanden (*)</source>
        <translation>Catalogue files (*.csv *.tsv *.txt *.xlsx *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Bestand lezen…</source>
        <translation>Reading file…</translation>
    </message>
    <message>
        <source>Voorbeeld: de kolommen zoals ze in het bestand staan</source>
        <translation>Preview: the columns as they are in the file</translation>
    </message>
    <message>
        <source>Voorbeeld: de enige regel</source>
        <translation>Preview: the only row</translation>
    </message>
    <message>
        <source>Voorbeeld: alle {total} regels</source>
        <translation>Preview: all {total} rows</translation>
    </message>
    <message>
        <source>Voorbeeld: de eerste {shown} van {total} regels</source>
        <translation>Preview: the first {shown} of {total} rows</translation>
    </message>
    <message>
        <source>Controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>CSV v1-kolom: {column}</source>
        <translation>CSV v1 column: {column}</translation>
    </message>
    <message>
        <source>Koppeling gewijzigd; opnieuw controleren…</source>
        <translation>Mapping changed; checking again…</translation>
    </message>
    <message>
        <source>1 regel gelezen</source>
        <translation>1 row read</translation>
    </message>
    <message>
        <source>{total} regels gelezen</source>
        <translation>{total} rows read</translation>
    </message>
    <message>
        <source>1 waarschuwing</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <source>{warnings} waarschuwingen</source>
        <translation>{warnings} warnings</translation>
    </message>
    <message>
        <source>{read}: {new} nieuw, {known} al in de catalogus, {refused} geweigerd (met een fout), {warnings}.</source>
        <translation>{read}: {new} new, {known} already in the catalogue, {refused} refused (with an error), {warnings}.</translation>
    </message>
    <message>
        <source>Geïmporteerd: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {skipped} overgeslagen.</source>
        <translation>Imported: {new} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</translation>
    </message>
    <message>
        <source>Zonder ‘Alleen geldige regels’ wordt niets geïmporteerd zolang er fouten zijn.</source>
        <translation>Without ‘Valid rows only’ nothing is imported while there are errors.</translation>
    </message>
    <message>
        <source>Gecontroleerd; er is nog niets opgeslagen.</source>
        <translation>Checked; nothing has been saved yet.</translation>
    </message>
    <message>
        <source>1 regel hoort bij een samengevoegde opleiding en blijft buiten.</source>
        <translation>1 row belongs to a merged offering and is left out.</translation>
    </message>
    <message>
        <source>{merged} regels horen bij samengevoegde opleidingen en blijven buiten.</source>
        <translation>{merged} rows belong to merged offerings and are left out.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gelezen.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Annuleren…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Catalogus geïmporteerd</source>
        <translation>Catalogue imported</translation>
    </message>
    <message>
        <source>Er is niets geïmporteerd: het bestand bevat fouten.</source>
        <translation>Nothing was imported: the file contains errors.</translation>
    </message>
    <message>
        <source>De import is mislukt; de catalogus is niet gewijzigd.</source>
        <translation>The import failed; the catalogue has not changed.</translation>
    </message>
    <message>
        <source>Import geannuleerd; de catalogus is niet gewijzigd.</source>
        <translation>Import cancelled; the catalogue has not changed.</translation>
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
    <message>
        <source>Niet opgeslagen: “{value}” lijkt een BSN. Een BSN hoort niet in de notities (AVG); haal het weg.</source>
        <translation>Not saved: “{value}” looks like a citizen service number (BSN). A BSN does not belong in the notes (GDPR); remove it.</translation>
    </message>
    <message>
        <source>Let op: “{words}” lijkt over gezondheid te gaan. Leg geen gezondheidsgegevens vast (AVG).</source>
        <translation>Note: “{words}” seems to be about health. Do not record health data (GDPR).</translation>
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
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Deze wijzigingen zijn nog niet opgeslagen: de database is niet bereikbaar (alleen-lezen of in gebruik). Opnieuw proberen, of de wijzigingen weggooien?</source>
        <translation>These changes have not been saved yet: the database cannot be reached (read-only or in use). Try again, or discard the changes?</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Wijzigingen weggegooid</source>
        <translation>Changes discarded</translation>
    </message>
    <message>
        <source>Nog steeds niet opgeslagen: de database is niet bereikbaar.</source>
        <translation>Still not saved: the database cannot be reached.</translation>
    </message>
    <message>
        <source>Niet gelukt: de database is niet bereikbaar (alleen-lezen of in gebruik).</source>
        <translation>That did not work: the database cannot be reached (read-only or in use).</translation>
    </message>
    <message>
        <source>Niet opgeslagen: de database is niet bereikbaar. Wat u typte blijft staan; bij de volgende wijziging wordt het opnieuw geprobeerd.</source>
        <translation>Not saved: the database cannot be reached. What you typed stays here; it will be tried again with your next change.</translation>
    </message>
    <message>
        <source>Database bezig in ander venster</source>
        <translation>Database busy in another window</translation>
    </message>
    <message>
        <source>Nog niet opgeslagen: de database is bezig in een ander venster of programma. Wat u typte blijft staan en wordt vanzelf opgeslagen zodra de database vrij is.</source>
        <translation>Not saved yet: the database is busy in another window or program. What you typed stays and is saved by itself as soon as the database is free.</translation>
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
    <name>LanguageSection</name>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>De taal van de schermen. De taal van een voorstel kiest u per voorstel.</source>
        <translation>The language of the screens. The language of a proposal is chosen per proposal.</translation>
    </message>
    <message>
        <source>Taal van het programma</source>
        <translation>Language of the program</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Wordt actief na herstart.</source>
        <translation>Takes effect after a restart.</translation>
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
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Zoek een klant, opleiding of voorstel (Ctrl+K)</source>
        <translation>Find an employer, offering or proposal (Ctrl+K)</translation>
    </message>
    <message>
        <source>Zoeken in alles</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Deze database is alleen-lezen: u kunt alles bekijken, maar wijzigingen worden niet bewaard. Vraag uw beheerder om schrijfrechten op {path}.</source>
        <translation>This database is read-only: you can look at everything, but changes are not kept. Ask your administrator for write access to {path}.</translation>
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
    <name>MappingPanel</name>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Soort</source>
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
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Leerresultaten</source>
        <translation>Learning outcomes</translation>
    </message>
    <message>
        <source>Zoekwoorden</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Kwalificatiecode</source>
        <translation>Qualification code</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>EC</source>
        <translation>EC</translation>
    </message>
    <message>
        <source>Duur in weken</source>
        <translation>Duration in weeks</translation>
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
        <source>Plaats</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Prijs</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Btw-tarief</source>
        <translation>VAT rate</translation>
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
        <source>Minimum deelnemers</source>
        <translation>Minimum participants</translation>
    </message>
    <message>
        <source>Maximum deelnemers</source>
        <translation>Maximum participants</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Bekostigd</source>
        <translation>Publicly funded</translation>
    </message>
    <message>
        <source>Soort aanbieder</source>
        <translation>Kind of provider</translation>
    </message>
    <message>
        <source>CRKBO</source>
        <translation>CRKBO</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Kolommen koppelen</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <source>Dit bestand heeft eigen kolomnamen. Kies per kolom wat hij betekent; het voorbeeld en de controle hieronder volgen de koppeling.</source>
        <translation>This file has column names of its own. Choose for each column what it means; the preview and the check below follow the mapping.</translation>
    </message>
    <message>
        <source>Importprofiel</source>
        <translation>Import profile</translation>
    </message>
    <message>
        <source>&amp;Profiel</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Wordt</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>Koppeling van de kolommen</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Prijzen zijn incl&amp;usief btw</source>
        <translation>Prices incl&amp;ude VAT</translation>
    </message>
    <message>
        <source>De prijzen worden omgerekend naar exclusief btw, zoals de catalogus ze kent.</source>
        <translation>Prices are converted to excluding VAT, as the catalogue keeps them.</translation>
    </message>
    <message>
        <source>Het tarief voor regels zonder eigen btw, en om de prijs om te rekenen.</source>
        <translation>The rate for rows without a VAT rate of their own, also used to convert the price.</translation>
    </message>
    <message>
        <source>Datumnotatie</source>
        <translation>Date format</translation>
    </message>
    <message>
        <source>d-m-jjjj (31-12-2027)</source>
        <translation>d-m-yyyy (31-12-2027)</translation>
    </message>
    <message>
        <source>jjjj-m-d (2027-12-31)</source>
        <translation>yyyy-m-d (2027-12-31)</translation>
    </message>
    <message>
        <source>Aanbieder voor elke rij</source>
        <translation>Provider for every row</translation>
    </message>
    <message>
        <source>uit het bestand</source>
        <translation>from the file</translation>
    </message>
    <message>
        <source>Heeft het bestand geen kolom voor de aanbieder, dan krijgt elke regel deze. Aan deze naam wordt het profiel bij een volgend bestand herkend.</source>
        <translation>When the file has no provider column, every row gets this one. A later file is matched to the profile by this name.</translation>
    </message>
    <message>
        <source>Soort voor elke rij</source>
        <translation>Type for every row</translation>
    </message>
    <message>
        <source>Niveau voor elke rij</source>
        <translation>Level for every row</translation>
    </message>
    <message>
        <source>&amp;Code maken uit titel en plaats</source>
        <translation>Make &amp;codes from title and place</translation>
    </message>
    <message>
        <source>Voor een bestand zonder eigen code: elke regel krijgt een code uit de titel en de plaats, zodat het volgende bestand van deze aanbieder dezelfde opleiding bijwerkt in plaats van een nieuwe te maken.</source>
        <translation>For a file without codes of its own: each row gets a code made from the title and the place, so the provider&apos;s next file updates the same offering instead of adding a new one.</translation>
    </message>
    <message>
        <source>Prijzen</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>&amp;Datumnotatie</source>
        <translation>&amp;Date format</translation>
    </message>
    <message>
        <source>&amp;Aanbieder voor elke rij</source>
        <translation>P&amp;rovider for every row</translation>
    </message>
    <message>
        <source>&amp;Soort voor elke rij</source>
        <translation>&amp;Type for every row</translation>
    </message>
    <message>
        <source>&amp;Niveau voor elke rij</source>
        <translation>&amp;Level for every row</translation>
    </message>
    <message>
        <source>Naam van het profiel</source>
        <translation>Name of the profile</translation>
    </message>
    <message>
        <source>bijv. de naam van de aanbieder</source>
        <translation>e.g. the provider&apos;s name</translation>
    </message>
    <message>
        <source>Profiel &amp;opslaan</source>
        <translation>&amp;Save profile</translation>
    </message>
    <message>
        <source>Deze koppeling bewaren voor de volgende bestanden van deze aanbieder</source>
        <translation>Keep this mapping for this provider&apos;s next files</translation>
    </message>
    <message>
        <source>Profiel&amp;naam</source>
        <translation>Profile &amp;name</translation>
    </message>
    <message>
        <source>Kolom voor {header}</source>
        <translation>Column for {header}</translation>
    </message>
    <message>
        <source>(overslaan)</source>
        <translation>(skip)</translation>
    </message>
    <message>
        <source>Voorstel op kolomnamen</source>
        <translation>Suggested from the column names</translation>
    </message>
    <message>
        <source>Nog niet gekoppeld, maar verplicht: {columns}.</source>
        <translation>Not mapped yet, but required: {columns}.</translation>
    </message>
    <message>
        <source>{column} is aan meer dan één kolom gekoppeld.</source>
        <translation>{column} is mapped from more than one column.</translation>
    </message>
    <message>
        <source>Geef het profiel een naam.</source>
        <translation>Give the profile a name.</translation>
    </message>
    <message>
        <source>Profiel overschrijven</source>
        <translation>Overwrite profile</translation>
    </message>
    <message>
        <source>Er is al een profiel ‘{name}’. Wilt u het vervangen door deze koppeling?</source>
        <translation>There already is a profile ‘{name}’. Replace it with this mapping?</translation>
    </message>
    <message>
        <source>Overschrijven</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Profiel ‘{name}’ opgeslagen</source>
        <translation>Profile ‘{name}’ saved</translation>
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
        <source>Module {number} van {count} in het samengestelde programma</source>
        <translation>Module {number} of {count} in the composed programme</translation>
    </message>
    <message>
        <source>dekt: {competences}</source>
        <translation>covers: {competences}</translation>
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
        <source>Vraag {number}</source>
        <translation>Question {number}</translation>
    </message>
    <message>
        <source>{number}: {text}</source>
        <translation>{number}: {text}</translation>
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
        <source>Gewichten bewaard als uw standaard</source>
        <translation>Weights kept as your default</translation>
    </message>
    <message>
        <source>Het programma heeft geen modules.</source>
        <translation>The programme has no modules.</translation>
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
        <source>U hebt er {count} aangevinkt; kies er twee tot vier.</source>
        <translation>You have ticked {count}; choose two to four.</translation>
    </message>
    <message>
        <source>U hebt er {count} gekozen; kies er twee tot vier.</source>
        <translation>You have chosen {count}; choose two to four.</translation>
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
        <source>Verouderd aanbod</source>
        <translation>Outdated offerings</translation>
    </message>
    <message>
        <source>Deze opleidingen zijn mogelijk verouderd:

{names}

Toch aan het voorstel toevoegen?</source>
        <translation>These offerings may be out of date:

{names}

Add them to the proposal anyway?</translation>
    </message>
    <message>
        <source>Toch toevoegen</source>
        <translation>Add anyway</translation>
    </message>
    <message>
        <source>Overslaan</source>
        <translation>Skip</translation>
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
    <name>MatchingSection</name>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Hoe zwaar elk aspect meetelt in de score van een opleiding, en uw eigen woorden die hetzelfde betekenen.</source>
        <translation>How much each aspect counts in an offering&apos;s score, and your own words that mean the same thing.</translation>
    </message>
    <message>
        <source>Onderwerp en leerdoelen</source>
        <translation>Subject and learning outcomes</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Te boeken (startdatum of doorlopende instroom)</source>
        <translation>Bookable (start date or continuous intake)</translation>
    </message>
    <message>
        <source>Reisafstand</source>
        <translation>Travel distance</translation>
    </message>
    <message>
        <source>Start in de gewenste periode</source>
        <translation>Start within the wanted period</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Afsluiting (diploma, certificaat)</source>
        <translation>Credential (diploma, certificate)</translation>
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
        <source>Binnen het budget</source>
        <translation>Within budget</translation>
    </message>
    <message>
        <source>Gewichten</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Het aandeel zegt hoeveel procent van de score dat aspect bepaalt. Harde eisen uit de intake blijven altijd harde eisen.</source>
        <translation>The share is the percentage of the score that aspect decides. Musts from the intake always remain musts.</translation>
    </message>
    <message>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Standaard</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>De gewichten die bij het programma horen</source>
        <translation>The weights that come with the program</translation>
    </message>
    <message>
        <source>Eigen synoniemen</source>
        <translation>Own synonyms</translation>
    </message>
    <message>
        <source>Eén groep per regel, woorden gescheiden door komma&apos;s, bijv. &lt;i&gt;heftruck, vorkheftruck, reachtruck&lt;/i&gt;. Zoekt een werkgever op één van de woorden, dan vindt de matching ook opleidingen met de andere. Deze groepen komen bij de standaardlijst van het programma.</source>
        <translation>One group per line, words separated by commas, e.g. &lt;i&gt;heftruck, vorkheftruck, reachtruck&lt;/i&gt;. When an employer asks for one of the words, matching also finds offerings with the others. These groups are added to the program&apos;s standard list.</translation>
    </message>
    <message>
        <source>Zet minstens één gewicht hoger dan 0; anders krijgt elke opleiding dezelfde score.</source>
        <translation>Set at least one weight above 0; otherwise every offering gets the same score.</translation>
    </message>
    <message>
        <source>Regel {line}: &apos;{word}&apos; is geen zoekwoord (te kort, een lidwoord of meerdere losse woorden).</source>
        <translation>Line {line}: &apos;{word}&apos; is not a search word (too short, an article or several separate words).</translation>
    </message>
    <message>
        <source>Regel {line}: noem minstens twee verschillende woorden, gescheiden door komma&apos;s.</source>
        <translation>Line {line}: give at least two different words, separated by commas.</translation>
    </message>
    <message>
        <source>Hoogstens {max} groepen.</source>
        <translation>At most {max} groups.</translation>
    </message>
    <message>
        <source>{own} eigen groepen · {bundled} groepen in de standaardlijst</source>
        <translation>{own} own groups · {bundled} groups in the standard list</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>“{value}” is dubbelzinnig: bedoelt u {thousands} of {decimal}?</source>
        <translation>“{value}” is ambiguous: do you mean {thousands} or {decimal}?</translation>
    </message>
    <message>
        <source>“{value}” is geen bedrag; typ bijvoorbeeld 1.500 of 1.500,00.</source>
        <translation>“{value}” is not an amount; type e.g. 1,500 or 1,500.00.</translation>
    </message>
    <message>
        <source>bijv. 1.500 of 1.500,00</source>
        <translation>e.g. 1,500 or 1,500.00</translation>
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
    <name>OfferingEditDialog</name>
    <message>
        <source>Opleiding bewerken</source>
        <translation>Edit offering</translation>
    </message>
    <message>
        <source>{provider} · code {code}</source>
        <translation>{provider} · code {code}</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Niveau</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>&amp;Beschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Leerresultaten</source>
        <translation>&amp;Learning outcomes</translation>
    </message>
    <message>
        <source>Eén leerresultaat per regel</source>
        <translation>One learning outcome per line</translation>
    </message>
    <message>
        <source>&amp;Zoekwoorden</source>
        <translation>&amp;Keywords</translation>
    </message>
    <message>
        <source>Gescheiden door komma&apos;s</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>EC</source>
        <translation>EC</translation>
    </message>
    <message>
        <source>uur</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Studie&amp;belasting</source>
        <translation>Study &amp;load</translation>
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
        <source>Pl&amp;aats</source>
        <translation>Pl&amp;ace</translation>
    </message>
    <message>
        <source>Prijs per deelnemer</source>
        <translation>Price per participant</translation>
    </message>
    <message>
        <source>bijv. 1.250,00</source>
        <translation>e.g. 1,250.00</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>btw onbekend</source>
        <translation>VAT unknown</translation>
    </message>
    <message>
        <source>&amp;Prijs</source>
        <translation>&amp;Price</translation>
    </message>
    <message>
        <source>Start&amp;data</source>
        <translation>Start &amp;dates</translation>
    </message>
    <message>
        <source>bijv. 1-2-2027, 1-9-2027</source>
        <translation>e.g. 1-2-2027, 1-9-2027</translation>
    </message>
    <message>
        <source>Doorlopende instroom</source>
        <translation>Continuous intake</translation>
    </message>
    <message>
        <source>Af&amp;sluiting</source>
        <translation>Cr&amp;edential</translation>
    </message>
    <message>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Alleen voor u</source>
        <translation>Only for you</translation>
    </message>
    <message>
        <source>La&amp;bels</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>Uw eigen labels, gescheiden door komma&apos;s</source>
        <translation>Your own tags, separated by commas</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sluiten zonder opslaan (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <source>Vul dit veld in.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt; er is niets gewijzigd. Probeer het opnieuw.</source>
        <translation>Saving failed; nothing has changed. Please try again.</translation>
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
    <name>OrganisationSection</name>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Uw eigen gegevens staan in het briefhoofd en de voettekst van elk voorstel. Een veld wordt opgeslagen zodra u het verlaat.</source>
        <translation>Your own details appear in the letterhead and footer of every proposal. A field is saved as soon as you leave it.</translation>
    </message>
    <message>
        <source>Zo ziet het briefhoofd eruit</source>
        <translation>This is how the letterhead looks</translation>
    </message>
    <message>
        <source>Voorbeeld van het briefhoofd</source>
        <translation>Preview of the letterhead</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Naam organisatie</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Ondertekend door</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <source>bijv. RegioOpleiders Zwolle</source>
        <translation>e.g. RegioOpleiders Zwolle</translation>
    </message>
    <message>
        <source>naam onder het voorstel</source>
        <translation>name under the proposal</translation>
    </message>
    <message>
        <source>straat en huisnummer</source>
        <translation>street and number</translation>
    </message>
    <message>
        <source>Deze naam staat onder &apos;Met vriendelijke groet&apos; in het voorstel.</source>
        <translation>This name appears under &apos;Kind regards&apos; in the proposal.</translation>
    </message>
    <message>
        <source>Huisstijl</source>
        <translation>House style</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo kiezen…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Het voorstel zonder logo</source>
        <translation>The proposal without a logo</translation>
    </message>
    <message>
        <source>PNG of JPEG, hoogstens 5 MB. Het logo komt rechtsboven op de eerste pagina.</source>
        <translation>PNG or JPEG, at most 5 MB. The logo appears at the top right of the first page.</translation>
    </message>
    <message>
        <source>Hoofdkleur</source>
        <translation>Main colour</translation>
    </message>
    <message>
        <source>Kleur kiezen…</source>
        <translation>Choose colour…</translation>
    </message>
    <message>
        <source>Kleur kiezen</source>
        <translation>Choose colour</translation>
    </message>
    <message>
        <source>Standaardkleur</source>
        <translation>Default colour</translation>
    </message>
    <message>
        <source>Voor de balk bovenaan, de lijn onder het briefhoofd en de koppen in het voorstel.</source>
        <translation>For the bar at the top, the line under the letterhead and the headings in the proposal.</translation>
    </message>
    <message>
        <source>geen logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>Naam van uw organisatie</source>
        <translation>Name of your organisation</translation>
    </message>
    <message>
        <source>Dit is geen geldig e-mailadres (bijv. info@voorbeeld.nl).</source>
        <translation>This is not a valid email address (e.g. info@example.nl).</translation>
    </message>
    <message>
        <source>Een KvK-nummer heeft precies 8 cijfers.</source>
        <translation>A KvK number has exactly 8 digits.</translation>
    </message>
    <message>
        <source>Een postcode is vier cijfers en twee letters (1234 AB).</source>
        <translation>A Dutch postcode is four digits and two letters (1234 AB).</translation>
    </message>
    <message>
        <source>Een telefoonnummer heeft 10 tot 15 cijfers (bijv. 038 123 45 67).</source>
        <translation>A phone number has 10 to 15 digits (e.g. 038 123 45 67).</translation>
    </message>
    <message>
        <source>Dit is geen geldig webadres (bijv. www.voorbeeld.nl).</source>
        <translation>This is not a valid web address (e.g. www.example.nl).</translation>
    </message>
    <message>
        <source>Een kleur is een # met zes tekens 0-9 of A-F, bijv. #1F3A5F.</source>
        <translation>A colour is a # with six characters 0-9 or A-F, e.g. #1F3A5F.</translation>
    </message>
    <message>
        <source>Hoofdkleur kiezen</source>
        <translation>Choose main colour</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Kies een PNG- of JPEG-bestand.</source>
        <translation>Choose a PNG or JPEG file.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden gelezen.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <source>Dit bestand is groter dan 5 MB; kies een kleinere versie van het logo.</source>
        <translation>This file is larger than 5 MB; choose a smaller version of the logo.</translation>
    </message>
    <message>
        <source>Dit bestand is geen leesbare afbeelding.</source>
        <translation>This file is not a readable image.</translation>
    </message>
    <message>
        <source>Dit logo is te klein om scherp te printen (minstens 32 pixels hoog en breed).</source>
        <translation>This logo is too small to print sharply (at least 32 pixels high and wide).</translation>
    </message>
    <message>
        <source>Het logo kan niet worden opgeslagen naast de database.</source>
        <translation>The logo cannot be saved beside the database.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Vul de naam van uw organisatie in bij Instellingen › Organisatie; die staat op elk voorstel.</source>
        <translation>Fill in your organisation&apos;s name under Settings › Organisation; it heads every proposal.</translation>
    </message>
    <message>
        <source>Naam van uw organisatie invullen</source>
        <translation>Fill in your organisation&apos;s name</translation>
    </message>
    <message>
        <source>Naar Instellingen › Organisatie</source>
        <translation>Go to Settings › Organisation</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Het overzicht opnieuw lezen (F5)</source>
        <translation>Read the overview again (F5)</translation>
    </message>
    <message>
        <source>Open intakes</source>
        <translation>Open intakes</translation>
    </message>
    <message>
        <source>Nieuwste eerst; dubbelklik of Enter opent de intake.</source>
        <translation>Newest first; double-click or Enter opens the intake.</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Voorstellen per status</source>
        <translation>Proposals by status</translation>
    </message>
    <message>
        <source>Waarde incl. btw van de huidige versie; klik op een balk voor de voorstellen.</source>
        <translation>Value incl. VAT of the current version; click a bar for the proposals.</translation>
    </message>
    <message>
        <source>Aantal voorstellen per status</source>
        <translation>Number of proposals per status</translation>
    </message>
    <message>
        <source>Waarde van de voorstellen per status</source>
        <translation>Value of the proposals per status</translation>
    </message>
    <message>
        <source>Verlopen binnenkort</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>Verzonden voorstellen die binnen 14 dagen verlopen; dubbelklik opent ze.</source>
        <translation>Sent proposals that expire within 14 days; double-click opens them.</translation>
    </message>
    <message>
        <source>Voorstel</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Nog</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Voorstellen die binnenkort verlopen</source>
        <translation>Proposals expiring soon</translation>
    </message>
    <message>
        <source>Vraag per sector</source>
        <translation>Demand by sector</translation>
    </message>
    <message>
        <source>Vragen in open intakes, meest gevraagd eerst.</source>
        <translation>Requests in open intakes, most requested first.</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Het overzicht kon niet worden gelezen. Probeer het opnieuw (F5).</source>
        <translation>The overview could not be read. Please try again (F5).</translation>
    </message>
    <message>
        <source>Goedemorgen</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <source>Goedemiddag</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <source>Goedenavond</source>
        <translation>Good evening</translation>
    </message>
    <message>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>{client}: {title}</source>
        <translation>{client}: {title}</translation>
    </message>
    <message>
        <source>De nieuwste {shown} van {total}; dubbelklik of Enter opent de intake.</source>
        <translation>The newest {shown} of {total}; double-click or Enter opens the intake.</translation>
    </message>
    <message>
        <source>Geen open intakes</source>
        <translation>No open intakes</translation>
    </message>
    <message>
        <source>1 voorstel</source>
        <translation>1 proposal</translation>
    </message>
    <message>
        <source>{count} voorstellen</source>
        <translation>{count} proposals</translation>
    </message>
    <message>
        <source>{status}: {count}, samen {amount} incl. btw (niet alles geprijsd)</source>
        <translation>{status}: {count}, together {amount} incl. VAT (not all priced)</translation>
    </message>
    <message>
        <source>{status}: {count}, samen {amount} incl. btw</source>
        <translation>{status}: {count}, together {amount} incl. VAT</translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation>{status} ({count})</translation>
    </message>
    <message>
        <source>Nog geen voorstellen</source>
        <translation>No proposals yet</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>{days} dagen</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>Geen voorstellen die binnen 14 dagen verlopen</source>
        <translation>No proposals expiring within 14 days</translation>
    </message>
    <message>
        <source>Geen sector</source>
        <translation>No sector</translation>
    </message>
    <message>
        <source>Overige ({count} sectoren)</source>
        <translation>Other ({count} sectors)</translation>
    </message>
    <message>
        <source>Geen vraag in open intakes</source>
        <translation>No requests in open intakes</translation>
    </message>
    <message>
        <source>1 vraag</source>
        <translation>1 request</translation>
    </message>
    <message>
        <source>{count} vragen</source>
        <translation>{count} requests</translation>
    </message>
    <message>
        <source>1 deelnemer</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>{count} deelnemers</source>
        <translation>{count} participants</translation>
    </message>
    <message>
        <source>{sector}: {demand}, {people}</source>
        <translation>{sector}: {demand}, {people}</translation>
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
    <message>
        <source>“{value}” lijkt een BSN; dat hoort niet bij een deelnemer (AVG) en is niet opgeslagen.</source>
        <translation>“{value}” looks like a citizen service number (BSN); it does not belong with a participant (GDPR) and was not saved.</translation>
    </message>
    <message>
        <source>Opgeslagen, maar let op: “{words}” lijkt over gezondheid te gaan. Leg geen gezondheidsgegevens van deelnemers vast (AVG).</source>
        <translation>Saved, but note: “{words}” seems to be about health. Do not record participants&apos; health data (GDPR).</translation>
    </message>
    <message>
        <source>Niet opgeslagen: de database is niet bereikbaar (alleen-lezen of in gebruik).</source>
        <translation>Not saved: the database cannot be reached (read-only or in use).</translation>
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
    <message>
        <source>Privacyverklaring</source>
        <translation>Privacy statement</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Voorbeeld van de PDF</source>
        <translation>Preview of the PDF</translation>
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
    <name>PrivacySection</name>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Gegevens van deelnemers bewaart u niet langer dan nodig (AVG). Alles van één klant exporteren of wissen doet u op de pagina Klanten (knop AVG).</source>
        <translation>Keep participants&apos; data no longer than needed (GDPR). Exporting or erasing everything about one client is done on the Clients page (GDPR button).</translation>
    </message>
    <message>
        <source>Bewaartermijn van deelnemers</source>
        <translation>Retention of participants</translation>
    </message>
    <message>
        <source>Deelnemers anonimiseren na</source>
        <translation>Anonymise participants after</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Deelnemers anonimiseren na zoveel maanden zonder activiteit</source>
        <translation>Anonymise participants after this many months without activity</translation>
    </message>
    <message>
        <source>zonder activiteit</source>
        <translation>without activity</translation>
    </message>
    <message>
        <source>Activiteit is de laatste wijziging in de intakes of voorstellen van een klant. Daarna worden de deelnemers “Deelnemer 1”, “Deelnemer 2” enz., zonder functie en e-mail; het aantal deelnemers blijft. Dit gebeurt bij elke start van het programma. 0 = nooit.</source>
        <translation>Activity is the latest change in a client&apos;s intakes or proposals. After that, the participants become “Deelnemer 1”, “Deelnemer 2” etc., without function and e-mail; the number of participants stays. This happens at every start of the program. 0 = never.</translation>
    </message>
    <message>
        <source>Nu toepassen</source>
        <translation>Apply now</translation>
    </message>
    <message>
        <source>De deelnemers van klanten zonder recente activiteit nu anonimiseren</source>
        <translation>Anonymise the participants of clients without recent activity now</translation>
    </message>
    <message>
        <source>Privacyverklaring</source>
        <translation>Privacy statement</translation>
    </message>
    <message>
        <source>Deze tekst staat op de intakepagina bij de deelnemers en onderaan elk voorstel. U wijzigt hem per taal bij Instellingen › Voorstelteksten.</source>
        <translation>This text is shown on the intake page with the participants and at the end of every proposal. Change it per language in Settings › Proposal texts.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: de database is niet bereikbaar.</source>
        <translation>Not saved: the database cannot be reached.</translation>
    </message>
    <message>
        <source>De bewaartermijn staat uit; er is niets geanonimiseerd.</source>
        <translation>The retention period is off; nothing was anonymised.</translation>
    </message>
    <message>
        <source>{participants} deelnemers van {clients} klanten geanonimiseerd.</source>
        <translation>{participants} participants of {clients} clients anonymised.</translation>
    </message>
    <message>
        <source>Niets te anonimiseren.</source>
        <translation>Nothing to anonymise.</translation>
    </message>
    <message>
        <source>De bewaartermijn kon niet worden toegepast; zie het logbestand.</source>
        <translation>The retention period could not be applied; see the log file.</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <source>waarschuwing</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Gekoppelde kolommen</source>
        <translation>Mapped columns</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Importprofielen</source>
        <translation>Import profiles</translation>
    </message>
    <message>
        <source>Opgeslagen importprofielen</source>
        <translation>Stored import profiles</translation>
    </message>
    <message>
        <source>Nog geen profielen. Sla een koppeling op bij het importeren.</source>
        <translation>No profiles yet. Save a mapping while importing.</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Het gekozen profiel verwijderen (Del)</source>
        <translation>Delete the chosen profile (Del)</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Profiel verwijderen</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>Profiel ‘{name}’ verwijderen? De catalogus verandert er niet door.</source>
        <translation>Delete profile ‘{name}’? The catalogue does not change.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Profiel ‘{name}’ verwijderd</source>
        <translation>Profile ‘{name}’ deleted</translation>
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
        <source>Taal van het voorstel</source>
        <translation>Language of the proposal</translation>
    </message>
    <message>
        <source>De taal van de PDF; vast zodra de versie is verzonden</source>
        <translation>The language of the PDF; fixed once the version has been sent</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
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
        <source>Concept verwijderen</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Verwijder dit concept; het is nooit verzonden</source>
        <translation>Delete this draft; it was never sent</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Zet het verwijderde concept terug</source>
        <translation>Restore the deleted draft</translation>
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
        <source>Geaccepteerd op {date}.</source>
        <translation>Accepted on {date}.</translation>
    </message>
    <message>
        <source>Afgewezen op {date}.</source>
        <translation>Declined on {date}.</translation>
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
        <source>Kies een voorstel in de lijst.</source>
        <translation>Choose a proposal in the list.</translation>
    </message>
    <message>
        <source>, max. {amount}</source>
        <translation>, max. {amount}</translation>
    </message>
    <message>
        <source>Taal niet gewijzigd</source>
        <translation>Language not changed</translation>
    </message>
    <message>
        <source>Taal van het voorstel gewijzigd</source>
        <translation>Language of the proposal changed</translation>
    </message>
    <message>
        <source>“{value}” is geen aantal; typ een heel getal, zoals 12.</source>
        <translation>“{value}” is not a number of people; type a whole number, such as 12.</translation>
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
        <source>Let op:</source>
        <translation>Please note:</translation>
    </message>
    <message>
        <source>Versie {version} van voorstel {number} toch verzenden? Daarna ligt deze versie vast; wijzigen kan alleen in een nieuwe versie.</source>
        <translation>Send version {version} of proposal {number} anyway? After that this version is fixed; changes can only be made in a new version.</translation>
    </message>
    <message>
        <source>Toch verzenden</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <source>Niet verzenden</source>
        <translation>Don&apos;t send</translation>
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
        <source>Markeer als geaccepteerd</source>
        <translation>Mark as accepted</translation>
    </message>
    <message>
        <source>Leg vast dat de werkgever het voorstel heeft geaccepteerd</source>
        <translation>Record that the employer accepted the proposal</translation>
    </message>
    <message>
        <source>Markeer als afgewezen</source>
        <translation>Mark as declined</translation>
    </message>
    <message>
        <source>Leg vast dat de werkgever het voorstel heeft afgewezen</source>
        <translation>Record that the employer declined the proposal</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Toon of verberg het voorbeeld van de PDF naast het voorstel</source>
        <translation>Show or hide the PDF preview beside the proposal</translation>
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
        <source>Er staan geen opleidingen in het voorstel; de werkgever krijgt alleen een brief.</source>
        <translation>The proposal has no training offerings; the employer only gets a letter.</translation>
    </message>
    <message>
        <source>Niet alle prijzen zijn bekend: de totalen in het voorstel zijn onvolledig.</source>
        <translation>Not all prices are known: the totals in the proposal are incomplete.</translation>
    </message>
    <message>
        <source>De geschatte bijdragen zijn hoger dan de kosten incl. btw.</source>
        <translation>The estimated contributions are higher than the cost incl. VAT.</translation>
    </message>
    <message>
        <source>De naam van uw organisatie is niet ingevuld in Instellingen: boven het voorstel staat dan „Opleidingsmakelaar”.</source>
        <translation>Your organisation&apos;s name is not filled in under Settings: the proposal&apos;s letterhead will then read “Opleidingsmakelaar”.</translation>
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
        <source>Concept {number} voor {client} verwijderen? Het is nooit verzonden. U kunt dit direct daarna ongedaan maken.</source>
        <translation>Delete draft {number} for {client}? It was never sent. You can undo this right afterwards.</translation>
    </message>
    <message>
        <source>Behouden</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Niet verwijderd</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Voorstel {number} verwijderd.</source>
        <translation>Proposal {number} deleted.</translation>
    </message>
    <message>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>Het concept kon niet worden teruggezet.</source>
        <translation>The draft could not be restored.</translation>
    </message>
    <message>
        <source>Voorstel {number} teruggezet</source>
        <translation>Proposal {number} restored</translation>
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
    <name>SearchIndexCard</name>
    <message>
        <source>Zoekindex</source>
        <translation>Search index</translation>
    </message>
    <message>
        <source>Zoeken en matchen gebruiken een index die het programma zelf bijhoudt. Vindt u een opleiding niet die er zeker in staat, bouw de index dan opnieuw op. Stoppen kan altijd: dan blijft de oude index staan.</source>
        <translation>Searching and matching use an index the program keeps itself. If you cannot find an offering you know is there, rebuild the index. You can stop at any time: the old index then stays.</translation>
    </message>
    <message>
        <source>Zoekindex opnieuw opbouwen</source>
        <translation>Rebuild the search index</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Voortgang van de zoekindex</source>
        <translation>Progress of the search index</translation>
    </message>
    <message>
        <source>De zoekindex is opnieuw opgebouwd: {count} opleidingen.</source>
        <translation>The search index has been rebuilt: {count} offerings.</translation>
    </message>
    <message>
        <source>Gestopt; de oude zoekindex is bewaard.</source>
        <translation>Stopped; the old search index has been kept.</translation>
    </message>
    <message>
        <source>Het opbouwen van de zoekindex is niet gelukt.</source>
        <translation>Rebuilding the search index did not succeed.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Onderdelen van de instellingen</source>
        <translation>Sections of the settings</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>1 deelnemer geanonimiseerd (bewaartermijn)</source>
        <translation>1 participant anonymised (retention period)</translation>
    </message>
    <message>
        <source>{count} deelnemers geanonimiseerd (bewaartermijn)</source>
        <translation>{count} participants anonymised (retention period)</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Back-up gemaakt: {name}</source>
        <translation>Backup made: {name}</translation>
    </message>
    <message>
        <source>Demogegevens verwijderd</source>
        <translation>Demo data removed</translation>
    </message>
</context>
<context>
    <name>StaleMarker</name>
    <message>
        <source>verouderd: geen startdatum meer</source>
        <translation>outdated: no start date any more</translation>
    </message>
    <message>
        <source>verouderd: geen startdatum bekend</source>
        <translation>outdated: no start date known</translation>
    </message>
    <message>
        <source>verouderd: prijs nooit gecontroleerd</source>
        <translation>outdated: price never checked</translation>
    </message>
    <message>
        <source>verouderd: prijs niet gecontroleerd sinds {date}</source>
        <translation>outdated: price not checked since {date}</translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>1 eerder gewiste klant opnieuw gewist</source>
        <translation>1 previously erased client erased again</translation>
    </message>
    <message>
        <source>{count} eerder gewiste klanten opnieuw gewist</source>
        <translation>{count} previously erased clients erased again</translation>
    </message>
    <message>
        <source>Databasebestand kiezen</source>
        <translation>Choose a database file</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;Alle bestanden (*)</source>
        <translation>Databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Nieuwe, lege database begonnen</source>
        <translation>Started a new, empty database</translation>
    </message>
    <message>
        <source>Bestand: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Back-up terugzetten ({date})</source>
        <translation>Restore a backup ({date})</translation>
    </message>
    <message>
        <source>Nieuwe lege database beginnen</source>
        <translation>Start a new empty database</translation>
    </message>
    <message>
        <source>De database is niet gevonden</source>
        <translation>The database was not found</translation>
    </message>
    <message>
        <source>Het databasebestand dat dit programma eerder gebruikte, is er niet (meer). Misschien is het verplaatst of hernoemd, of staat het op een schijf die nu niet is aangesloten. Er wordt geen lege database voor in de plaats gemaakt zonder dat u dat kiest.

Met Zoeken… kiest u het bestand; er wordt een kopie van op de vaste plek gezet.</source>
        <translation>The database file this program used before is not there (any more). Perhaps it was moved or renamed, or it is on a drive that is not connected now. No empty database is made in its place unless you choose so.

With Search… you choose the file; a copy of it is put in the usual place.</translation>
    </message>
    <message>
        <source>Deze database is nieuwer dan dit programma</source>
        <translation>This database is newer than this program</translation>
    </message>
    <message>
        <source>Deze database is gemaakt met een nieuwere versie van Opleidingsmakelaar. Werk het programma bij om ermee verder te werken; deze versie laat het bestand ongemoeid.

Kiest u een ander bestand, dan wordt deze database eerst als back-up bewaard.</source>
        <translation>This database was made with a newer version of Opleidingsmakelaar. Update the program to keep working with it; this version leaves the file alone.

If you choose another file, this database is kept as a backup first.</translation>
    </message>
    <message>
        <source>Een ander bestand kiezen…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Laatste back-up terugzetten ({date})</source>
        <translation>Restore the latest backup ({date})</translation>
    </message>
    <message>
        <source>De database is beschadigd</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Bij de controle bij het starten bleek het databasebestand beschadigd. Zet de laatste back-up terug of kies een ander bestand; het beschadigde bestand wordt eerst als back-up bewaard.</source>
        <translation>The check at start found the database file damaged. Restore the latest backup or choose another file; the damaged file is kept as a backup first.</translation>
    </message>
    <message>
        <source>De database kan niet worden geopend</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Het databasebestand kan niet worden geopend. Misschien is het beschadigd of is het geen bestand van Opleidingsmakelaar. Zet de laatste back-up terug of kies een ander bestand; het huidige bestand wordt eerst als back-up bewaard.</source>
        <translation>The database file cannot be opened. Perhaps it is damaged or it is not an Opleidingsmakelaar file. Restore the latest backup or choose another file; the current file is kept as a backup first.</translation>
    </message>
    <message>
        <source>Er is naast deze database geen back-up gevonden.</source>
        <translation>No backup was found beside this database.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden teruggezet</source>
        <translation>This file cannot be restored</translation>
    </message>
    <message>
        <source>Teruggezet: {name}</source>
        <translation>Restored: {name}</translation>
    </message>
    <message>
        <source>De back-up kan niet worden teruggezet</source>
        <translation>The backup cannot be restored</translation>
    </message>
    <message>
        <source>Back-up van {date} teruggezet</source>
        <translation>Backup of {date} restored</translation>
    </message>
    <message>
        <source>Geen bruikbare back-up gevonden</source>
        <translation>No usable backup found</translation>
    </message>
    <message>
        <source>Geen van de back-ups naast de database kon worden teruggezet.</source>
        <translation>None of the backups beside the database could be restored.</translation>
    </message>
</context>
<context>
    <name>TextsForm</name>
    <message>
        <source>Inleiding van de brief</source>
        <translation>Introduction of the letter</translation>
    </message>
    <message>
        <source>Voorwaarden</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Privacyverklaring</source>
        <translation>Privacy statement</translation>
    </message>
    <message>
        <source>Bijv.: Wij gebruiken de gegevens van uw medewerkers alleen voor dit voorstel en bewaren ze niet langer dan nodig, volgens de AVG.</source>
        <translation>E.g.: We use your employees&apos; data only for this proposal and keep it no longer than necessary, in line with the GDPR.</translation>
    </message>
    <message>
        <source>Afsluiting</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Alinea&apos;s scheidt u met een lege regel.</source>
        <translation>Separate paragraphs with an empty line.</translation>
    </message>
    <message>
        <source>Eén voorwaarde per regel; elke regel wordt een opsommingsteken.</source>
        <translation>One condition per line; each line becomes a bullet.</translation>
    </message>
    <message>
        <source>Komt als laatste voorwaarde in het voorstel en staat op de intakepagina bij de deelnemers; leeg = de standaardtekst.</source>
        <translation>Printed as the last condition of the proposal and shown on the intake page with the participants; empty = the standard text.</translation>
    </message>
    <message>
        <source>Boven de naam van de ondertekenaar.</source>
        <translation>Above the name of the signatory.</translation>
    </message>
    <message>
        <source>Inleiding</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Standaardteksten herstellen</source>
        <translation>Restore standard texts</translation>
    </message>
    <message>
        <source>Zet de teksten van deze taal terug naar die van het programma</source>
        <translation>Reset the texts of this language to the program&apos;s</translation>
    </message>
    <message>
        <source>Deze tekst is te lang (hoogstens {max} tekens).</source>
        <translation>This text is too long (at most {max} characters).</translation>
    </message>
</context>
<context>
    <name>TextsSection</name>
    <message>
        <source>Voorstelteksten</source>
        <translation>Proposal texts</translation>
    </message>
    <message>
        <source>De vaste teksten van een voorstel, in het Nederlands en in het Engels. Wijzigingen gelden voor voorstellen die u daarna afdrukt.</source>
        <translation>The standard texts of a proposal, in Dutch and in English. Changes apply to proposals you print afterwards.</translation>
    </message>
    <message>
        <source>Geldigheid</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Geldigheid van een nieuw voorstel in dagen</source>
        <translation>Validity of a new proposal in days</translation>
    </message>
    <message>
        <source>Een nieuw voorstel is geldig</source>
        <translation>A new proposal is valid for</translation>
    </message>
    <message>
        <source>De einddatum staat in het voorstel (&apos;Dit voorstel is geldig tot …&apos;).</source>
        <translation>The end date is stated in the proposal (&apos;This proposal is valid until …&apos;).</translation>
    </message>
    <message>
        <source>Teksten per taal</source>
        <translation>Texts per language</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Standaardteksten herstellen</source>
        <translation>Restore standard texts</translation>
    </message>
    <message>
        <source>De eigen teksten van deze taal vervallen; het voorstel krijgt weer de teksten van het programma.</source>
        <translation>Your own texts for this language are dropped; the proposal gets the program&apos;s texts again.</translation>
    </message>
    <message>
        <source>Herstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
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
        <translation>Within the employer&apos;s travel distance (online counts as near)</translation>
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
<context>
    <name>VatSection</name>
    <message>
        <source>Btw en subsidies</source>
        <translation>VAT and funding</translation>
    </message>
    <message>
        <source>Hoe een voorstel de btw per regel bepaalt, en de bijdrageregelingen waarmee u een bijdrage in een voorstel schat.</source>
        <translation>How a proposal decides the VAT per line, and the funding schemes you use to estimate a contribution in a proposal.</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Onderwijs is &lt;b&gt;vrijgesteld van btw&lt;/b&gt; (art. 11 lid 1 onderdeel o Wet OB 1968) als een &lt;b&gt;bekostigde instelling&lt;/b&gt; het geeft, of een particuliere aanbieder die in het &lt;b&gt;CRKBO-register&lt;/b&gt; staat. Die vrijstelling gaat altijd voor. Heeft een opleiding geen eigen btw-tarief en geldt de vrijstelling niet, dan rekent het voorstel met het tarief hieronder.</source>
        <translation>Education is &lt;b&gt;exempt from VAT&lt;/b&gt; (art. 11(1)(o) Dutch VAT Act 1968) when a &lt;b&gt;publicly funded institution&lt;/b&gt; provides it, or a private provider listed in the &lt;b&gt;CRKBO register&lt;/b&gt;. That exemption always comes first. When an offering has no VAT rate of its own and the exemption does not apply, the proposal uses the rate below.</translation>
    </message>
    <message>
        <source>Btw voor aanbod zonder tarief</source>
        <translation>VAT for offerings without a rate</translation>
    </message>
    <message>
        <source>Bijdrageregelingen</source>
        <translation>Funding schemes</translation>
    </message>
    <message>
        <source>Een bijdrage in een voorstel is altijd een schatting: het percentage van de kosten incl. btw, tot het maximum. Dubbelklik op een cel om die te wijzigen. Het STAP-budget bestaat sinds 1 januari 2024 niet meer en kan niet worden toegevoegd.</source>
        <translation>A contribution in a proposal is always an estimate: the percentage of the cost incl. VAT, up to the maximum. Double-click a cell to change it. The STAP budget ended on 1 January 2024 and cannot be added.</translation>
    </message>
    <message>
        <source>Regeling toevoegen</source>
        <translation>Add scheme</translation>
    </message>
    <message>
        <source>Regeling toevoegen (Ctrl+N)</source>
        <translation>Add scheme (Ctrl+N)</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>De gekozen regeling verwijderen (Delete)</source>
        <translation>Remove the selected scheme (Delete)</translation>
    </message>
    <message>
        <source>Standaard herstellen</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>De regelingen die bij het programma horen</source>
        <translation>The schemes that come with the program</translation>
    </message>
    <message>
        <source>Nieuwe regeling</source>
        <translation>New scheme</translation>
    </message>
    <message>
        <source>Kies eerst een regeling in de tabel.</source>
        <translation>First choose a scheme in the table.</translation>
    </message>
    <message>
        <source>Regeling verwijderen</source>
        <translation>Remove scheme</translation>
    </message>
    <message>
        <source>{name} verwijderen? Voorstellen die al een bijdrage uit deze regeling hebben, houden die.</source>
        <translation>Remove {name}? Proposals that already have a contribution from this scheme keep it.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Uw eigen regelingen en wijzigingen vervallen; de regelingen die bij het programma horen komen terug.</source>
        <translation>Your own schemes and changes are dropped; the schemes that come with the program return.</translation>
    </message>
    <message>
        <source>Herstellen</source>
        <translation>Restore</translation>
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
