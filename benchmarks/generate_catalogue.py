"""Synthetic Catalogue CSV v1 files for the speed benchmarks (FORMATS.md section 1).

The text is built from Dutch stems per sector combined into compounds (``zorg`` + ``plan`` ->
``zorgplan``, ``storing`` + ``analyse`` -> ``storingsanalyse``), so a large catalogue holds a few
thousand distinct words with a skewed (Zipf-like) frequency, as a real catalogue does. Everything
is drawn from ``random.Random(seed)``: the same ``n`` and ``seed`` always give the same file.

Run:  python benchmarks/generate_catalogue.py N OUT.csv [--seed 7]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from broker_app.catalogue.columns import COLUMNS, LIST_SEPARATOR
from broker_app.domain import vocab

# Stems per sector: the first part of compounds, and words of their own.
SECTOR_STEMS: dict[str, tuple[str, ...]] = {
    "zorg": (
        "zorg",
        "medicatie",
        "wond",
        "decubitus",
        "dementie",
        "valpreventie",
        "infectie",
        "hygiëne",
        "voeding",
        "mondzorg",
        "revalidatie",
        "thuiszorg",
        "ouderenzorg",
        "triage",
        "diabetes",
        "stoma",
        "katheter",
        "injectie",
        "bloeddruk",
        "reanimatie",
        "pijn",
        "mantelzorg",
        "dossier",
        "overdracht",
        "cliënt",
        "palliatieve",
        "verpleging",
        "tillen",
        "sondevoeding",
        "zuurstof",
        "medicijn",
        "familie",
    ),
    "welzijn": (
        "jeugd",
        "welzijn",
        "gezin",
        "ggz",
        "verslaving",
        "schuldhulp",
        "mentor",
        "participatie",
        "buurt",
        "wijk",
        "armoede",
        "agressie",
        "conflict",
        "gespreks",
        "huiselijk",
        "geweld",
        "trauma",
        "herstel",
        "ervarings",
        "dagbesteding",
        "vrijwilligers",
        "signalerings",
        "mediation",
        "groeps",
        "netwerk",
        "eenzaamheid",
        "opvoeding",
        "weerbaarheid",
    ),
    "kinderopvang": (
        "kinderopvang",
        "peuter",
        "baby",
        "buitenschoolse",
        "speel",
        "taal",
        "ontwikkel",
        "observatie",
        "voorschoolse",
        "pedagogisch",
        "oudercontact",
        "kindvolg",
        "bewegings",
        "slaap",
        "voedings",
        "meldcode",
        "groepsdynamiek",
        "spel",
    ),
    "bouw": (
        "bouw",
        "metsel",
        "timmer",
        "beton",
        "steiger",
        "kozijn",
        "dak",
        "tegel",
        "stukadoor",
        "sloop",
        "renovatie",
        "fundering",
        "hout",
        "funderings",
        "werkvoorbereiding",
        "calculatie",
        "bestek",
        "bouwplaats",
        "bouwkundig",
        "prefab",
        "isolatie",
        "gevel",
        "asbest",
        "vloer",
        "bekisting",
        "maatvoering",
        "uitvoerings",
        "restauratie",
        "bim",
        "bouwfysica",
    ),
    "installatietechniek": (
        "installatie",
        "warmtepomp",
        "ventilatie",
        "koel",
        "klimaat",
        "zonnepanelen",
        "laadpaal",
        "riolering",
        "sanitair",
        "cv",
        "gas",
        "water",
        "leiding",
        "meet",
        "regel",
        "energie",
        "duurzaamheids",
        "verwarmings",
        "luchtbehandeling",
        "nen",
        "elektra",
        "aarding",
        "schakel",
        "domotica",
        "legionella",
    ),
    "techniek": (
        "storing",
        "onderhoud",
        "machine",
        "pneumatiek",
        "hydrauliek",
        "plc",
        "besturings",
        "las",
        "draai",
        "frees",
        "cnc",
        "mechatronica",
        "elektrotechniek",
        "sensor",
        "robot",
        "meet",
        "proces",
        "productie",
        "automatiserings",
        "motor",
        "aandrijf",
        "smeer",
        "lager",
        "verspanings",
        "plaatbewerking",
        "laser",
        "tekening",
        "3d",
        "kwaliteitscontrole",
        "procesoperator",
        "maintenance",
    ),
    "logistiek": (
        "heftruck",
        "reachtruck",
        "magazijn",
        "voorraad",
        "order",
        "pick",
        "logistiek",
        "distributie",
        "supply",
        "inkoop",
        "douane",
        "gevaarlijke",
        "stoffen",
        "lading",
        "pallet",
        "expeditie",
        "planning",
        "warehouse",
        "retour",
        "transportmanagement",
        "vlootbeheer",
        "cross",
        "dock",
        "scan",
        "etikettering",
        "wms",
        "orderpick",
    ),
    "transport": (
        "chauffeur",
        "code95",
        "rijbewijs",
        "tachograaf",
        "rijtijden",
        "ladingzekering",
        "bus",
        "taxi",
        "vrachtwagen",
        "adr",
        "rij",
        "verkeers",
        "route",
        "eco",
        "zuinig",
        "koeltransport",
        "containers",
        "havenlogistiek",
        "binnenvaart",
        "luchtvracht",
    ),
    "ict": (
        "cyber",
        "security",
        "netwerk",
        "cloud",
        "linux",
        "windows",
        "server",
        "python",
        "java",
        "data",
        "database",
        "sql",
        "software",
        "web",
        "app",
        "scrum",
        "agile",
        "devops",
        "informatie",
        "beveiliging",
        "privacy",
        "avg",
        "helpdesk",
        "systeembeheer",
        "programmeer",
        "test",
        "api",
        "machine",
        "learning",
        "dashboard",
        "ai",
        "gegevens",
        "azure",
        "kubernetes",
        "phishing",
    ),
    "horeca": (
        "horeca",
        "keuken",
        "kook",
        "bakkers",
        "patisserie",
        "gastvrijheid",
        "bediening",
        "barista",
        "wijn",
        "bier",
        "sociale",
        "hygiëne",
        "haccp",
        "allergenen",
        "menu",
        "recepten",
        "banqueting",
        "catering",
        "receptie",
        "hotel",
        "housekeeping",
        "sommelier",
        "vegetarisch",
        "brood",
        "gerechten",
        "voedselveiligheid",
    ),
    "retail": (
        "verkoop",
        "winkel",
        "kassa",
        "klant",
        "visual",
        "merchandising",
        "webshop",
        "e-commerce",
        "assortiment",
        "filiaal",
        "retail",
        "omnichannel",
        "presentatie",
        "service",
        "klacht",
        "voorraadbeheer",
        "commercieel",
        "marketing",
        "social",
        "media",
    ),
    "groen": (
        "groen",
        "hovenier",
        "boomverzorging",
        "tuin",
        "dier",
        "paarden",
        "melkvee",
        "akkerbouw",
        "gewasbescherming",
        "bestrijdingsmiddelen",
        "bodem",
        "kas",
        "teelt",
        "bloemen",
        "landschap",
        "natuur",
        "bos",
        "motorzaag",
        "bosmaaier",
        "veehouderij",
        "mest",
        "water",
    ),
    "veiligheid": (
        "vca",
        "bhv",
        "ehbo",
        "brand",
        "evacuatie",
        "beveiliging",
        "toezicht",
        "handhaving",
        "risico",
        "inventarisatie",
        "arbo",
        "veiligheid",
        "ongevallen",
        "preventie",
        "boa",
        "cameratoezicht",
        "crisis",
        "ontruiming",
        "persoonsbeveiliging",
        "hoogwerker",
        "valbeveiliging",
        "besloten",
        "ruimten",
        "werkvergunning",
    ),
    "financieel": (
        "boekhoud",
        "salaris",
        "loon",
        "belasting",
        "btw",
        "jaarrekening",
        "financieel",
        "administratie",
        "debiteuren",
        "crediteuren",
        "begroting",
        "controlling",
        "audit",
        "hypotheek",
        "verzekering",
        "wft",
        "pensioen",
        "krediet",
        "fiscaal",
        "excel",
    ),
    "onderwijs": (
        "didactiek",
        "onderwijs",
        "praktijk",
        "opleider",
        "begeleider",
        "beoordelaar",
        "examinator",
        "toets",
        "les",
        "klassenmanagement",
        "digitale",
        "vaardigheden",
        "werkplek",
        "leer",
        "instructeur",
        "coach",
        "loopbaan",
        "studie",
        "bpv",
    ),
    "overheid": (
        "beleid",
        "wet",
        "gemeente",
        "burger",
        "participatie",
        "omgevingswet",
        "vergunning",
        "handhavings",
        "juridisch",
        "bestuur",
        "subsidie",
        "aanbesteding",
        "inkoop",
        "raad",
        "archief",
        "informatie",
        "woo",
        "integriteit",
        "ambtelijk",
    ),
}

# Adjectives and loose words: they stand on their own in the text but start no compound.
LOOSE = frozenset(
    (
        "palliatieve",
        "gevaarlijke",
        "stoffen",
        "sociale",
        "vegetarisch",
        "digitale",
        "buitenschoolse",
        "voorschoolse",
        "huiselijk",
        "geweld",
        "pedagogisch",
        "financieel",
        "juridisch",
        "ambtelijk",
        "commercieel",
        "bouwkundig",
        "besloten",
        "ruimten",
        "zuinig",
        "eco",
        "cross",
        "dock",
        "supply",
        "visual",
        "social",
        "media",
        "machine",
        "learning",
        "3d",
        "ai",
        "bim",
    )
)
# Compound starts that are no words of their own (``gespreks`` in ``gesprekstechniek``).
BOUND = frozenset(
    (
        "gespreks",
        "ervarings",
        "signalerings",
        "groeps",
        "bewegings",
        "voedings",
        "uitvoerings",
        "funderings",
        "besturings",
        "automatiserings",
        "verspanings",
        "duurzaamheids",
        "verwarmings",
        "handhavings",
        "rij",
        "verkeers",
        "speel",
        "ontwikkel",
        "meet",
        "regel",
        "koel",
        "kook",
        "las",
        "draai",
        "frees",
        "smeer",
        "aandrijf",
        "pick",
        "metsel",
        "timmer",
        "boekhoud",
        "leer",
    )
)

# Second parts of compounds; each sector uses its own slice plus the shared ones.
HEADS: tuple[str, ...] = (
    "plan",
    "beheer",
    "analyse",
    "protocol",
    "registratie",
    "preventie",
    "beleid",
    "techniek",
    "kennis",
    "vaardigheid",
    "veiligheid",
    "bewaking",
    "advies",
    "coördinatie",
    "signalering",
    "controle",
    "planning",
    "methodiek",
    "training",
    "instructie",
    "procedure",
    "rapportage",
    "inspectie",
    "onderhoud",
    "organisatie",
    "management",
    "ondersteuning",
    "begeleiding",
    "keuring",
    "toezicht",
    "kwaliteit",
    "certificering",
    "borging",
    "verbetering",
    "kunde",
    "praktijk",
    "systeem",
    "proces",
    "normen",
    "zorg",
    "werk",
    "opleiding",
    "vakmanschap",
    "communicatie",
    "administratie",
    "monitoring",
    "diagnose",
    "ontwerp",
    "specialist",
    "expert",
    "medewerker",
    "coördinator",
    "beheerder",
    "technicus",
    "regie",
    "toets",
    "verslaglegging",
    "aanpak",
    "middelen",
    "materialen",
    "richtlijnen",
    "wetgeving",
)
PLURALS = {
    "plan": "plannen",
    "protocol": "protocollen",
    "analyse": "analyses",
    "techniek": "technieken",
    "systeem": "systemen",
    "proces": "processen",
    "procedure": "procedures",
    "richtlijn": "richtlijnen",
    "medewerker": "medewerkers",
    "specialist": "specialisten",
    "inspectie": "inspecties",
    "instructie": "instructies",
    "training": "trainingen",
    "vaardigheid": "vaardigheden",
    "toets": "toetsen",
    "diagnose": "diagnoses",
}
# Compounds every benchmark expects to find, whatever the draw.
FIXED_COMPOUNDS = {
    "zorg": ("zorgplan", "medicatiebeheer", "wondzorg", "hygiëneprotocol"),
    "horeca": ("hygiënecode", "voedselveiligheidsplan"),
    "techniek": ("storingsanalyse", "onderhoudsplan", "storingsdiagnose"),
    "logistiek": ("heftruckcertificaat", "voorraadbeheer", "orderpicken"),
}
GENERIC_WORDS: tuple[str, ...] = (
    "leidinggeven",
    "communicatie",
    "samenwerken",
    "projectmanagement",
    "coaching",
    "timemanagement",
    "feedback",
    "presenteren",
    "onderhandelen",
    "klantgerichtheid",
    "zelfsturing",
    "teamleider",
    "praktijkopleider",
    "werkbegeleider",
    "verandermanagement",
    "lean",
    "kwaliteitszorg",
    "procesverbetering",
    "rapporteren",
    "plannen",
    "organiseren",
    "intervisie",
    "duurzaamheid",
    "digitalisering",
    "vakmanschap",
    "ondernemerschap",
    "gespreksvoering",
    "motiverende",
    "interculturele",
    "taalvaardigheid",
    "rekenvaardigheid",
    "burgerschap",
    "professionele",
    "houding",
    "ethiek",
    "inclusie",
    "diversiteit",
)
VERBS: tuple[str, ...] = (
    "bijhouden",
    "uitvoeren",
    "toepassen",
    "beoordelen",
    "herkennen",
    "signaleren",
    "plannen",
    "organiseren",
    "controleren",
    "rapporteren",
    "adviseren",
    "begeleiden",
    "instrueren",
    "evalueren",
    "verbeteren",
    "opstellen",
    "onderhouden",
    "installeren",
    "inspecteren",
    "analyseren",
    "bewaken",
    "registreren",
    "communiceren",
    "coördineren",
    "verantwoorden",
    "aansturen",
    "ontwerpen",
    "berekenen",
    "documenteren",
    "afstemmen",
    "bespreken",
    "voorbereiden",
    "afhandelen",
    "verhelpen",
    "vastleggen",
    "aanreiken",
    "toedienen",
)
ADVERBS = (
    "veilig",
    "zelfstandig",
    "methodisch",
    "correct",
    "systematisch",
    "professioneel",
    "doelgericht",
    "nauwkeurig",
    "volgens de richtlijnen",
    "in overleg",
    "efficiënt",
)
AUDIENCES: dict[str, tuple[str, ...]] = {
    "zorg": ("helpenden", "verzorgenden", "verpleegkundigen", "zorgmedewerkers"),
    "welzijn": ("sociaal werkers", "begeleiders", "jongerenwerkers", "wijkteams"),
    "kinderopvang": ("pedagogisch medewerkers", "gastouders", "leidinggevenden"),
    "bouw": ("timmerlieden", "uitvoerders", "werkvoorbereiders", "metselaars"),
    "installatietechniek": ("monteurs", "installateurs", "servicetechnici"),
    "techniek": ("monteurs", "operators", "onderhoudstechnici", "procesoperators"),
    "logistiek": ("magazijnmedewerkers", "planners", "logistiek medewerkers"),
    "transport": ("chauffeurs", "planners", "vervoerders"),
    "ict": ("ontwikkelaars", "systeembeheerders", "servicedeskmedewerkers", "dataspecialisten"),
    "horeca": ("koks", "gastheren", "keukenmedewerkers", "bedieningsmedewerkers"),
    "retail": ("verkopers", "filiaalmanagers", "winkelmedewerkers"),
    "groen": ("hoveniers", "boomverzorgers", "telers", "dierverzorgers"),
    "veiligheid": ("beveiligers", "bhv'ers", "preventiemedewerkers", "handhavers"),
    "financieel": ("boekhouders", "administrateurs", "controllers", "adviseurs"),
    "onderwijs": ("docenten", "praktijkopleiders", "instructeurs", "werkbegeleiders"),
    "overheid": ("beleidsmedewerkers", "ambtenaren", "handhavers", "juristen"),
}
SENTENCES: tuple[str, ...] = (
    "In deze {kind} leert u {a} en {b} {adv} {verb} in de dagelijkse praktijk.",
    "De {kind} is bedoeld voor {aud} die hun kennis van {a} willen verdiepen.",
    "Deelnemers werken aan praktijkopdrachten over {a}, {b} en {c}.",
    "Na afloop kunnen {aud} {a} {adv} {verb} en weten zij hoe {b} werkt.",
    "Er is veel aandacht voor {a} en voor de samenwerking met collega's.",
    "U oefent met echte situaties uit de {sector}, zoals {a} en {b}.",
    "De lessen worden gegeven door ervaren docenten uit de {sector}.",
    "Het programma sluit aan op de actuele richtlijnen voor {a}.",
    "Aan het eind van de {kind} volgt een praktijkopdracht over {b}.",
    "Werkgevers kiezen deze {kind} om {aud} breder inzetbaar te maken.",
    "Thema's zijn onder meer {a}, {b}, {c} en {d}.",
    "De {kind} combineert theorie over {a} met oefeningen in {b}.",
    "Wie al ervaring heeft met {a} kan vrijstelling krijgen voor een deel van de {kind}.",
    "Tijdens de bijeenkomsten bespreken {aud} hun eigen casussen rond {a}.",
)
TITLE_FORMS: tuple[str, ...] = (
    "{A}",
    "{A} voor {aud}",
    "Basiscursus {a}",
    "Verdieping {a}",
    "{A} en {b}",
    "Praktijkgericht {a}",
    "{A} in de {sector}",
    "Training {a} en {b}",
    "Opfriscursus {a}",
    "{A} voor gevorderden",
    "Masterclass {a}",
    "Werken met {a}",
)
TYPE_PREFIX = {
    "mbo-certificaat": "Certificaat",
    "keuzedeel": "Keuzedeel",
    "post-hbo": "Post-hbo",
    "associate-degree": "Associate degree",
    "hbo-bachelor": "Bachelor",
    "hbo-master": "Master",
    "flexstuderen": "Flexstuderen",
    "mbo-opleiding": "Opleiding",
}
KIND_WORD = {
    "module": "module",
    "mbo-certificaat": "opleiding",
    "keuzedeel": "keuzedeel",
    "mbo-opleiding": "opleiding",
    "post-hbo": "opleiding",
    "associate-degree": "opleiding",
    "hbo-bachelor": "opleiding",
    "hbo-master": "master",
    "flexstuderen": "opleiding",
    "cursus": "cursus",
}

# (name, kind, home city, crkbo); sectors are drawn per provider from the seed.
PROVIDERS: tuple[tuple[str, str, str, str], ...] = (
    ("ROC Mondriaan", "roc", "Den Haag", "nee"),
    ("Deltion College", "roc", "Zwolle", "nee"),
    ("Landstede MBO", "roc", "Zwolle", "nee"),
    ("ROC van Twente", "roc", "Hengelo", "nee"),
    ("ROC Aventus", "roc", "Apeldoorn", "nee"),
    ("Graafschap College", "roc", "Doetinchem", "nee"),
    ("ROC Midden Nederland", "roc", "Utrecht", "nee"),
    ("MBO Utrecht", "roc", "Utrecht", "nee"),
    ("ROC van Amsterdam", "roc", "Amsterdam", "nee"),
    ("Albeda", "roc", "Rotterdam", "nee"),
    ("Zadkine", "roc", "Rotterdam", "nee"),
    ("Da Vinci College", "roc", "Dordrecht", "nee"),
    ("Summa College", "roc", "Eindhoven", "nee"),
    ("Curio", "roc", "Breda", "nee"),
    ("ROC Tilburg", "roc", "Tilburg", "nee"),
    ("Gilde Opleidingen", "roc", "Roermond", "nee"),
    ("Noorderpoort", "roc", "Groningen", "nee"),
    ("Alfa-college", "roc", "Groningen", "nee"),
    ("Friesland College", "roc", "Leeuwarden", "nee"),
    ("Drenthe College", "roc", "Emmen", "nee"),
    ("ROC Nova College", "roc", "Haarlem", "nee"),
    ("Horizon College", "roc", "Alkmaar", "nee"),
    ("Scalda", "roc", "Vlissingen", "nee"),
    ("ROC Rivor", "roc", "Tiel", "nee"),
    ("Aeres MBO", "aoc", "Barneveld", "nee"),
    ("Wellantcollege", "aoc", "Houten", "nee"),
    ("Terra", "aoc", "Groningen", "nee"),
    ("Clusius College", "aoc", "Alkmaar", "nee"),
    ("Yuverta", "aoc", "Roermond", "nee"),
    ("Hogeschool Utrecht", "hogeschool", "Utrecht", "nee"),
    ("Hogeschool van Amsterdam", "hogeschool", "Amsterdam", "nee"),
    ("Hogeschool Rotterdam", "hogeschool", "Rotterdam", "nee"),
    ("Windesheim", "hogeschool", "Zwolle", "nee"),
    ("Saxion", "hogeschool", "Enschede", "nee"),
    ("Hanzehogeschool Groningen", "hogeschool", "Groningen", "nee"),
    ("Fontys Hogescholen", "hogeschool", "Eindhoven", "nee"),
    ("Avans Hogeschool", "hogeschool", "Breda", "nee"),
    ("HAN", "hogeschool", "Nijmegen", "nee"),
    ("Hogeschool Inholland", "hogeschool", "Haarlem", "nee"),
    ("NHL Stenden", "hogeschool", "Leeuwarden", "nee"),
    ("Zuyd Hogeschool", "hogeschool", "Heerlen", "nee"),
    ("Open Universiteit", "universiteit", "Heerlen", "nee"),
    ("Universiteit Twente", "universiteit", "Enschede", "nee"),
    ("SVH Horeca", "vakinstelling", "Zoetermeer", "ja"),
    ("Bouwmensen Opleidingen", "vakinstelling", "Amersfoort", "ja"),
    ("Vakschool Schoevers", "particulier", "Amsterdam", "ja"),
    ("LOI", "particulier", "Leiderdorp", "ja"),
    ("NCOI Opleidingen", "particulier", "Hilversum", "ja"),
    ("NTI", "particulier", "Leiden", "ja"),
    ("Capabel Onderwijs", "particulier", "Utrecht", "ja"),
    ("Wings Opleidingen", "particulier", "Amsterdam", "ja"),
    ("Heftruck Academie Nederland", "particulier", "Tilburg", "nee"),
    ("Zorgacademie Oost", "particulier", "Deventer", "ja"),
    ("Techniek Opleidingscentrum Noord", "particulier", "Assen", "ja"),
    ("Installatiewerk Opleidingen", "vakinstelling", "Nieuwegein", "ja"),
    ("Logistiek Leerhuis", "particulier", "Venlo", "nee"),
    ("Horeca Vakschool Zuid", "particulier", "Maastricht", "ja"),
    ("ICT Academie Randstad", "particulier", "Den Haag", "nee"),
    ("Veiligheidsinstituut VIN", "particulier", "Rotterdam", "ja"),
    ("Groen Leerbedrijf De Akker", "particulier", "Wageningen", "ja"),
    ("Kinderopvang Opleidingen KOO", "particulier", "Ede", "ja"),
)
CITIES: tuple[str, ...] = (
    "Amsterdam",
    "Rotterdam",
    "Den Haag",
    "Utrecht",
    "Eindhoven",
    "Groningen",
    "Tilburg",
    "Almere",
    "Breda",
    "Nijmegen",
    "Apeldoorn",
    "Haarlem",
    "Arnhem",
    "Enschede",
    "Amersfoort",
    "Zaanstad",
    "Den Bosch",
    "Zwolle",
    "Leiden",
    "Maastricht",
    "Dordrecht",
    "Ede",
    "Leeuwarden",
    "Alkmaar",
    "Emmen",
    "Delft",
    "Deventer",
    "Helmond",
    "Venlo",
    "Hengelo",
    "Heerlen",
    "Assen",
    "Hilversum",
    "Zoetermeer",
    "Roermond",
    "Doetinchem",
    "Gouda",
    "Vlissingen",
    "Tiel",
    "Kampen",
    "Raalte",
    "Harderwijk",
    "Lelystad",
    "Oss",
    "Sittard",
    "Middelburg",
    "Drachten",
    "Meppel",
)
TYPES_BY_KIND: dict[str, tuple[tuple[str, int], ...]] = {
    "roc": (
        ("cursus", 30),
        ("module", 20),
        ("mbo-certificaat", 25),
        ("keuzedeel", 15),
        ("mbo-opleiding", 10),
    ),
    "aoc": (
        ("cursus", 35),
        ("module", 20),
        ("mbo-certificaat", 20),
        ("keuzedeel", 15),
        ("mbo-opleiding", 10),
    ),
    "hogeschool": (
        ("cursus", 20),
        ("module", 20),
        ("post-hbo", 25),
        ("associate-degree", 8),
        ("hbo-bachelor", 10),
        ("hbo-master", 7),
        ("flexstuderen", 10),
    ),
    "universiteit": (("cursus", 45), ("module", 40), ("post-hbo", 15)),
    "vakinstelling": (("cursus", 60), ("module", 25), ("mbo-certificaat", 15)),
    "particulier": (("cursus", 70), ("module", 20), ("mbo-certificaat", 10)),
}
LEVELS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "cursus": ("geen", "geen", "mbo-2", "mbo-3", "mbo-4"),
    "module": ("geen", "mbo-2", "mbo-3", "mbo-4", "hbo-bachelor"),
    "mbo-certificaat": ("mbo-2", "mbo-3", "mbo-3", "mbo-4"),
    "keuzedeel": ("mbo-2", "mbo-3", "mbo-4", "mbo-4"),
    "mbo-opleiding": ("mbo-1", "mbo-2", "mbo-3", "mbo-4"),
    "post-hbo": ("hbo-bachelor",),
    "associate-degree": ("hbo-ad",),
    "hbo-bachelor": ("hbo-bachelor",),
    "hbo-master": ("hbo-master",),
    "flexstuderen": ("hbo-bachelor", "hbo-ad"),
}
CREDENTIAL_BY_TYPE = {
    "cursus": ("bewijs-van-deelname", "certificaat"),
    "module": ("certificaat", "deelcertificaat"),
    "mbo-certificaat": ("mbo-certificaat",),
    "keuzedeel": ("certificaat",),
    "mbo-opleiding": ("diploma",),
    "post-hbo": ("certificaat",),
    "associate-degree": ("diploma",),
    "hbo-bachelor": ("diploma",),
    "hbo-master": ("diploma",),
    "flexstuderen": ("diploma", "certificaat"),
}
PRICE_RANGE = {
    "cursus": (95, 1_800),
    "module": (250, 2_500),
    "mbo-certificaat": (900, 4_500),
    "keuzedeel": (300, 1_500),
    "mbo-opleiding": (1_200, 9_000),
    "post-hbo": (1_500, 7_500),
    "associate-degree": (2_200, 9_500),
    "hbo-bachelor": (2_200, 12_000),
    "hbo-master": (4_000, 16_000),
    "flexstuderen": (1_000, 6_000),
}
PUBLIC_KINDS = ("roc", "aoc", "hogeschool", "universiteit")
FUNDED_TYPES = ("mbo-opleiding", "associate-degree", "hbo-bachelor", "hbo-master")
HBO_TYPES = ("post-hbo", "associate-degree", "hbo-bachelor", "hbo-master", "flexstuderen")


def compound(stem: str, head: str) -> str:
    """Join two parts as Dutch does, with the linking ``s`` after ``-ing``, ``-heid`` and so on."""
    stem = stem.replace(" ", "")
    if stem.endswith(("ing", "heid", "schap", "teit", "dom")) and not head.startswith("s"):
        stem += "s"
    return stem + head


@dataclass(frozen=True)
class Vocabulary:
    """The words of one generated catalogue: per sector the compounds, plus shared words."""

    words: dict[str, tuple[str, ...]]  # sector -> its words, most frequent first
    generic: tuple[str, ...]
    verbs: tuple[str, ...]

    def distinct(self) -> int:
        every = set(self.generic) | set(self.verbs)
        for ws in self.words.values():
            every.update(ws)
        return len(every)


def build_vocabulary(seed: int = 7, per_sector: int = 260) -> Vocabulary:
    """Per sector its stems, a sample of stem x head compounds and the fixed compounds."""
    rng = random.Random(f"vocabulary-{seed}")
    words: dict[str, tuple[str, ...]] = {}
    for sector, stems in SECTOR_STEMS.items():
        starts = [s for s in stems if s not in LOOSE]
        pairs = [compound(s, h) for s, h in itertools.product(starts, HEADS) if s != h]
        chosen = rng.sample(pairs, min(per_sector, len(pairs)))
        chosen += [PLURALS[h] for h in rng.sample(sorted(PLURALS), 5)]
        free = [s for s in stems if s not in BOUND]
        mixed = list(dict.fromkeys([*FIXED_COMPOUNDS.get(sector, ()), *free, *chosen]))
        head = mixed[: len(FIXED_COMPOUNDS.get(sector, ()))]
        tail = mixed[len(head) :]
        rng.shuffle(tail)
        words[sector] = tuple(head + tail)
    return Vocabulary(words, GENERIC_WORDS, VERBS)


class Zipf:
    """Draws from a list with weight 1/(rank+1): a few words common, most rare."""

    def __init__(self, items: Sequence[str], rng: random.Random) -> None:
        self.items = list(items)
        self.cum = list(itertools.accumulate(1.0 / (i + 1) ** 0.9 for i in range(len(items))))
        self.rng = rng

    def one(self) -> str:
        return self.rng.choices(self.items, cum_weights=self.cum)[0]

    def some(self, k: int) -> list[str]:
        picked: list[str] = []
        for _ in range(k * 4):
            word = self.one()
            if word not in picked:
                picked.append(word)
            if len(picked) == k:
                break
        return picked


def _price_text(euros: float, rng: random.Random) -> str:
    """A price in one of the notations FORMATS.md accepts."""
    whole = int(euros)
    cents = rng.choice((0, 0, 0, 50, 95))
    style = rng.random()
    if style < 0.45:
        return str(whole) if not cents else f"{whole}.{cents:02d}"
    if style < 0.75:
        dutch = f"{whole:,}".replace(",", ".")
        return f"{dutch},{cents:02d}"
    if style < 0.9:
        return f"€ {f'{whole:,}'.replace(',', '.')},{cents:02d}"
    return f"{whole},{cents:02d}"


def _start_dates(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.05:
        return ""
    if roll < 0.17:
        return vocab.CONTINUOUS_INTAKE
    first = date(2027, 1, 4) + timedelta(days=rng.randrange(0, 330))
    count = rng.randint(1, 3)
    dates = [first + timedelta(weeks=13 * i, days=rng.randrange(0, 3)) for i in range(count)]
    items = [d.isoformat() for d in dates if d.year == 2027] or [first.isoformat()]
    if roll > 0.95:
        items.append(vocab.CONTINUOUS_INTAKE)
    return LIST_SEPARATOR.join(items)


def _title(kind: str, sector: str, a: str, b: str, rng: random.Random) -> str:
    form = rng.choice(TITLE_FORMS)
    text = form.format(A=a.capitalize(), a=a, b=b, aud=rng.choice(AUDIENCES[sector]), sector=sector)
    prefix = TYPE_PREFIX.get(kind)
    if prefix and rng.random() < 0.7:
        text = f"{prefix} {text[0].lower()}{text[1:]}"
    return text


class _Generator:
    """Row factory; holds the random state, the vocabulary and the provider profiles."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vocabulary = build_vocabulary(seed)
        self.draw = {s: Zipf(ws, self.rng) for s, ws in self.vocabulary.words.items()}
        self.generic = Zipf(GENERIC_WORDS, self.rng)
        sectors = list(SECTOR_STEMS)
        self.providers = []
        for number, (name, kind, city, crkbo) in enumerate(PROVIDERS):
            own = sectors if kind in ("roc", "hogeschool") else self.rng.sample(sectors, 3)
            prefix = "".join(w[0] for w in name.replace("-", " ").split()).upper()
            self.providers.append((name, kind, city, crkbo, own, f"{prefix}{number:02d}"))
        self.sequence = [0] * len(self.providers)

    def row(self) -> list[str]:
        rng = self.rng
        index = rng.randrange(len(self.providers))
        name, kind, home, crkbo, own, prefix = self.providers[index]
        self.sequence[index] += 1
        sector = rng.choice(own)
        draw = self.draw[sector]
        words = draw.some(6)
        while len(words) < 4:
            words.append(self.generic.one())
        a, b, c, d = words[:4]
        types, weights = zip(*TYPES_BY_KIND[kind], strict=True)
        offering_type = rng.choices(types, weights)[0]
        level = rng.choice(LEVELS_BY_TYPE[offering_type])
        kind_word = KIND_WORD[offering_type]
        audience = rng.choice(AUDIENCES[sector])
        sentences = rng.sample(SENTENCES, rng.randint(2, 4))
        description = " ".join(
            s.format(
                kind=kind_word,
                a=a,
                b=b,
                c=c,
                d=d,
                aud=audience,
                sector=sector,
                verb=rng.choice(VERBS),
                adv=rng.choice(ADVERBS),
            )
            for s in sentences
        )
        outcomes = [
            f"{w} {rng.choice(ADVERBS) + ' ' if rng.random() < 0.3 else ''}{rng.choice(VERBS)}"
            for w in [*draw.some(rng.randint(3, 6))]
        ]
        while len(outcomes) < 3:
            outcomes.append(f"{self.generic.one()} {rng.choice(VERBS)}")
        keywords = list(
            dict.fromkeys(
                [
                    *words[4:],
                    *draw.some(rng.randint(1, 4)),
                    *([self.generic.one()] if rng.random() < 0.4 else []),
                ]
            )
        )
        code_number = self.sequence[index]
        qualification = ""
        if offering_type in ("mbo-certificaat", "mbo-opleiding"):
            qualification = f"2{rng.randrange(5000, 9999):04d}"
        elif offering_type == "keuzedeel":
            qualification = f"K{rng.randrange(10, 2999):04d}"
        elif offering_type in HBO_TYPES and offering_type != "post-hbo":
            qualification = f"3{rng.randrange(4000, 9999):04d}"
        hours = ec = ""
        if offering_type in HBO_TYPES:
            ec = str(rng.choice((5, 10, 15, 30, 60, 120, 240)))
        elif rng.random() < 0.9:
            hours = str(rng.choice((4, 8, 16, 24, 40, 60, 80, 120, 200, 400)))
        delivery = rng.sample(vocab.DELIVERY.codes, rng.choice((1, 1, 1, 2)))
        schedule = rng.sample(vocab.SCHEDULE.codes, rng.choice((1, 1, 2)))
        online_only = delivery == ["online"]
        city = (
            ""
            if online_only and rng.random() < 0.6
            else (home if rng.random() < 0.6 else rng.choice(CITIES))
        )
        low, high = PRICE_RANGE[offering_type]
        price = "" if rng.random() < 0.06 else _price_text(rng.uniform(low, high), rng)
        public = kind in PUBLIC_KINDS
        vat = "vrijgesteld" if public or crkbo == "ja" else rng.choice(("21", "21", "0"))
        group = rng.random() < 0.7
        min_p = rng.choice((4, 6, 8, 10)) if group else None
        max_p = (min_p or 0) + rng.choice((4, 6, 8, 12, 16)) if group else None
        title = _title(offering_type, sector, a, b, rng)
        code = f"{prefix}-{sector[:3].upper()}-{code_number:06d}"
        values = {
            "provider": name,
            "code": code,
            "title": title,
            "type": offering_type,
            "level": level,
            "sector": sector,
            "description": description,
            "outcomes": LIST_SEPARATOR.join(outcomes),
            "keywords": LIST_SEPARATOR.join(keywords),
            "qualification_code": qualification,
            "hours": hours,
            "ec": ec,
            "duration_weeks": str(rng.randint(1, 52)),
            "delivery": LIST_SEPARATOR.join(delivery),
            "schedule": LIST_SEPARATOR.join(schedule),
            "city": city,
            "price": price,
            "vat": vat,
            "start_dates": _start_dates(rng),
            "credential": rng.choice(CREDENTIAL_BY_TYPE[offering_type]),
            "min_participants": "" if min_p is None else str(min_p),
            "max_participants": "" if max_p is None else str(max_p),
            "language": "en" if rng.random() < 0.05 else "nl",
            "funded": "ja" if public and offering_type in FUNDED_TYPES else "nee",
            "provider_kind": kind,
            "crkbo": crkbo,
            "url": f"https://www.{prefix.lower()}.example.nl/aanbod/{code.lower()}",
        }
        return [values[c] for c in COLUMNS]


def generate(n: int, out: Path | str, seed: int = 7) -> Path:
    """Write ``n`` offerings as Catalogue CSV v1 (UTF-8, comma) to ``out``; returns the path."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    generator = _Generator(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for _ in range(n):
            writer.writerow(generator.row())
    return path


def cached(n: int, folder: Path, seed: int = 7) -> Path:
    """The generated file for (n, seed) in ``folder``; made again when this script is newer."""
    path = folder / f"catalogue-{n}-seed{seed}.csv"
    if not path.exists() or path.stat().st_mtime < Path(__file__).stat().st_mtime:
        generate(n, path, seed)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of offerings")
    parser.add_argument("out", type=Path, help="CSV file to write")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    generate(args.n, args.out, args.seed)
    seconds = time.perf_counter() - started
    size = args.out.stat().st_size / 1e6
    words = build_vocabulary(args.seed).distinct()
    print(
        f"{args.n} offerings -> {args.out} ({size:.1f} MB, {words} vocabulary words, "
        f"{seconds:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
