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
            <source>Opgeslagen</source>
            <translation>Saved</translation>
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
            <source>Het aanbod wordt doorzocht…</source>
            <translation>Searching the catalogue…</translation>
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
        <name>ClientsPage</name>
        <message>
            <source>Klanten</source>
            <translation>Clients</translation>
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
            <source>“{text}” is geen bedrag.</source>
            <translation>“{text}” is not an amount.</translation>
        </message>
        <message>
            <source>De ondergrens is hoger dan de bovengrens.</source>
            <translation>The lower limit is above the upper limit.</translation>
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
            <source>Catalogusbestanden (*.csv *.tsv *.txt);;Alle bestanden (*)</source>
            <translation>Catalogue files (*.csv *.tsv *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Bestand lezen…</source>
            <translation>Reading file…</translation>
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
            <source>{total} regels gelezen: {new} nieuw, {updated} bijgewerkt, {refused} geweigerd (met een fout), {warnings} waarschuwingen.</source>
            <translation>{total} rows read: {new} new, {updated} updated, {refused} refused (with an error), {warnings} warnings.</translation>
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
            <source>Geïmporteerd: {new} nieuw, {updated} bijgewerkt, {skipped} overgeslagen.</source>
            <translation>Imported: {new} new, {updated} updated, {skipped} skipped.</translation>
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
            <source>Gescheiden door komma's</source>
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
            <source>Uw eigen labels, gescheiden door komma's</source>
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
        <name>OverviewPage</name>
        <message>
            <source>Overzicht</source>
            <translation>Overview</translation>
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
</TS>
