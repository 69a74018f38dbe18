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
