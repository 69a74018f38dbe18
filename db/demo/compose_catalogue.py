"""Demo catalogue for Opleidingsmakelaar, written for this project.

Demo data written for this project: prices and dates are illustrative and not copied from
any website; fictional where it concerns persons. Provider names are used to make the demo
believable; the offerings, codes, prices, dates and URLs are invented.

Run:  python db/demo/compose_catalogue.py   (writes db/demo/catalogue.csv, Catalogue CSV v1)

The script is deterministic: all variation comes from ``random.Random`` instances seeded
with fixed strings, so every run writes the same file. Standard library only.

Structure: PROVIDERS (name, kind, places, code style, a few sentences of their own) and
COURSES (hand-written course definitions). Each course lists the providers that offer it,
with small per-offer variations in a compact notation:

    "del"                      Deltion College, its first place
    "lan/Raalte lvl=mbo-2"     Landstede in Raalte, at mbo-2 level
    "loi dl=online sch=flexibel dates=doorl"
    ("mon", {"note": "..."})   an extra sentence for this offer's description

Option keys: lvl, dl (a+b), sch (a+b), price (number|none), hrs (number|none),
ec (number|none), dates (doorl|past|mixed|none|cohort|short), lang, cred, grp (min-max|none),
weeks.
"""
from __future__ import annotations

import csv
import random
import re
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).with_name("catalogue.csv")
TODAY = date(2026, 11, 29)

COLUMNS = [
    "provider", "code", "title", "type", "level", "sector", "description", "outcomes",
    "keywords", "qualification_code", "hours", "ec", "duration_weeks", "delivery", "schedule",
    "city", "price", "vat", "start_dates", "credential", "min_participants",
    "max_participants", "language", "funded", "provider_kind", "crkbo", "url",
]

# ---------------------------------------------------------------------------------------
# Providers
# ---------------------------------------------------------------------------------------
# key: (name, kind, domain, url path, places, code format, sequence base, crkbo,
#       place for online offers ("" = none), price factor, own sentences)
# Code format fields: {stem} course stem, {n} per-provider count of that stem, {seq} running
# number of the provider.

PROVIDERS = {
    "del": ("Deltion College", "roc", "deltion.nl", "werkenden/aanbod", ["Zwolle"],
            "DC-{stem}-{n:02d}", 0, "nee", "Zwolle", 1.0, [
                "Deltion College verzorgt de lessen voor werkenden op de campus in {city}.",
                "Docenten van Deltion stemmen de praktijkopdrachten af op de situatie in uw organisatie.",
                "Deltion plant de lesdagen zo dat deelnemers hun werk zo min mogelijk hoeven te onderbreken.",
            ]),
    "lan": ("Landstede MBO", "roc", "landstede.nl", "opleidingen/werkenden", ["Zwolle", "Raalte", "Harderwijk", "Kampen"],
            "LSZ{seq:05d}", 21040, "nee", "Zwolle", 0.97, [
                "Landstede MBO biedt dit aan op de locatie {city}.",
                "Landstede plant de lesdagen in overleg met de deelnemende werkgevers.",
                "Bij Landstede leren deelnemers in kleine groepen, met veel ruimte voor vragen uit de eigen praktijk.",
            ]),
    "rvt": ("ROC van Twente", "roc", "rocvantwente.nl", "cursussen", ["Hengelo", "Enschede", "Almelo"],
            "RVT.{stem}.{n}", 0, "nee", "Hengelo", 1.0, [
                "ROC van Twente verzorgt de lessen in {city}.",
                "Het bedrijfsopleidingenteam van ROC van Twente denkt mee over planning en maatwerk.",
                "ROC van Twente werkt voor de praktijkopdrachten samen met Twentse werkgevers.",
            ]),
    "ave": ("ROC Aventus", "roc", "aventus.nl", "werkenden/opleidingen", ["Apeldoorn", "Deventer", "Zutphen"],
            "AV-{seq:04d}", 3100, "nee", "Apeldoorn", 1.0, [
                "ROC Aventus biedt dit aan in {city}.",
                "Aventus werkt voor de praktijkopdrachten nauw samen met werkgevers uit de Stedendriehoek.",
                "Een adviseur van Aventus bespreekt vooraf met de werkgever welke onderdelen het zwaarst moeten wegen.",
            ]),
    "gra": ("Graafschap College", "roc", "graafschapcollege.nl", "werkenden", ["Doetinchem", "Winterswijk"],
            "GC{stem}{n:02d}", 0, "nee", "Doetinchem", 0.96, [
                "Graafschap College in {city} verzorgt dit voor werkgevers in de Achterhoek.",
                "Graafschap College stemt het rooster af op ploegendiensten waar dat nodig is.",
            ]),
    "mon": ("ROC Mondriaan", "roc", "rocmondriaan.nl", "contractonderwijs", ["Den Haag", "Delft", "Leiden"],
            "MON-{stem}-{n:02d}", 0, "nee", "Den Haag", 1.04, [
                "ROC Mondriaan verzorgt de lessen in {city}.",
                "ROC Mondriaan werkt hiervoor samen met werkgevers uit de regio Haaglanden.",
            ]),
    "alf": ("Alfa-college", "roc", "alfa-college.nl", "werkenden", ["Groningen", "Hardenberg", "Hoogeveen"],
            "ALFA-{seq:05d}", 70010, "nee", "Groningen", 0.98, [
                "Alfa-college verzorgt de lessen in {city}.",
                "Alfa-college houdt vooraf een intakegesprek om het juiste instapniveau te bepalen.",
            ]),
    "drc": ("Drenthe College", "roc", "drenthecollege.nl", "volwassenen", ["Emmen", "Assen", "Meppel"],
            "DRC-{stem}{n}", 0, "nee", "Assen", 0.97, [
                "Drenthe College biedt dit aan in {city}.",
                "Drenthe College werkt samen met werkgevers in Zuidoost- en Zuidwest-Drenthe.",
            ]),
    "rij": ("Rijn IJssel", "roc", "rijnijssel.nl", "bedrijfsopleidingen", ["Arnhem", "Wageningen"],
            "RIJ{seq:04d}", 5200, "nee", "Arnhem", 1.0, [
                "Rijn IJssel verzorgt de lessen in {city}.",
                "Rijn IJssel biedt dit ook aan als maatwerktraject voor één werkgever.",
            ]),
    "rnn": ("ROC Nijmegen", "roc", "roc-nijmegen.nl", "opleidingen/werkenden", ["Nijmegen"],
            "RN-{stem}-{n:02d}", 0, "nee", "Nijmegen", 1.01, [
                "ROC Nijmegen verzorgt de lessen in {city}.",
                "ROC Nijmegen begeleidt deelnemers ook op de werkplek met praktijkbezoeken.",
            ]),
    "mbu": ("MBO Utrecht", "roc", "mboutrecht.nl", "werkenden", ["Utrecht", "Amersfoort"],
            "MU{seq:05d}", 40100, "nee", "Utrecht", 1.05, [
                "MBO Utrecht biedt dit aan op de locatie {city}.",
                "MBO Utrecht werkt hierbij samen met werkgevers uit de regio Utrecht en Amersfoort.",
            ]),
    "noo": ("Noorderpoort", "roc", "noorderpoort.nl", "werkenden", ["Groningen", "Delfzijl"],
            "NP-{stem}-{n}", 0, "nee", "Groningen", 0.98, [
                "Noorderpoort verzorgt de lessen in {city}.",
                "Noorderpoort werkt hierbij samen met bedrijven in de Eemsdelta.",
            ]),
    "vis": ("Vista college", "roc", "vistacollege.nl", "werkenden", ["Maastricht", "Heerlen", "Geleen"],
            "VC{seq:05d}", 88000, "nee", "Maastricht", 0.99, [
                "Vista college verzorgt dit in {city}.",
                "Vista college werkt samen met werkgevers in Zuid-Limburg.",
            ]),
    "fri": ("Friesland College", "roc", "frieslandcollege.nl", "werken-en-leren", ["Leeuwarden", "Heerenveen"],
            "FC-{stem}-{n:02d}", 0, "nee", "Leeuwarden", 0.97, [
                "Friesland College verzorgt de lessen in {city}.",
                "Friesland College begeleidt deelnemers met een vaste loopbaancoach.",
            ]),
    "aem": ("Aeres MBO", "aoc", "aeres.nl", "mbo/cursussen", ["Dronten", "Ede", "Barneveld"],
            "AERES-MBO-{seq:04d}", 1200, "nee", "Dronten", 1.0, [
                "Aeres MBO biedt dit aan in {city}.",
                "Praktijklessen vinden plaats op de eigen praktijkterreinen en bij leerbedrijven van Aeres.",
            ]),
    "grh": ("Groenhorst", "aoc", "groenhorst.nl", "cursussen", ["Barneveld", "Almere", "Ede"],
            "GH-{stem}-{n:02d}", 0, "nee", "Barneveld", 0.98, [
                "Groenhorst verzorgt de lessen in {city}.",
                "Groenhorst combineert theorie met veel buitenwerk in het groen.",
            ]),
    "ter": ("Terra", "aoc", "terra.nl", "volwassenenonderwijs", ["Meppel", "Groningen", "Assen"],
            "TERRA{seq:04d}", 600, "nee", "Meppel", 0.96, [
                "Terra verzorgt de lessen in {city}.",
                "Terra werkt voor de praktijkopdrachten samen met hoveniers en groenbedrijven uit Noord-Nederland.",
            ]),
    "cib": ("Cibap", "vakinstelling", "cibap.nl", "cursussen", ["Zwolle"],
            "CIBAP-{stem}-{n}", 0, "nee", "Zwolle", 1.05, [
                "Cibap, de vakschool voor verbeelding in Zwolle, verzorgt de lessen in de eigen ateliers.",
                "Deelnemers werken bij Cibap met echte materialen en op ware grootte.",
            ]),
    "nim": ("Nimeto Utrecht", "vakinstelling", "nimeto.nl", "werkenden", ["Utrecht"],
            "NIM-{stem}-{n:02d}", 0, "nee", "Utrecht", 1.03, [
                "Nimeto Utrecht is de vakschool voor schilderen, afbouw en vastgoedonderhoud.",
                "De praktijklessen vinden plaats in de werkplaatsen van Nimeto in {city}.",
            ]),
    "hmc": ("Hout- en Meubileringscollege", "vakinstelling", "hmcollege.nl", "cursussen", ["Amsterdam", "Rotterdam"],
            "HMC{seq:04d}", 2300, "nee", "Amsterdam", 1.04, [
                "Het Hout- en Meubileringscollege verzorgt de lessen in de werkplaatsen in {city}.",
                "Het HMC werkt samen met interieurbouwers en meubelmakers uit de hele Randstad.",
            ]),
    "win": ("Hogeschool Windesheim", "hogeschool", "windesheim.nl", "opleidingen/deeltijd", ["Zwolle", "Almere"],
            "WH-{stem}-{n:02d}", 0, "nee", "Zwolle", 1.0, [
                "Windesheim verzorgt dit in {city} voor werkende professionals.",
                "De opdrachten sluiten aan bij vraagstukken uit de eigen beroepspraktijk.",
            ]),
    "sax": ("Saxion", "hogeschool", "saxion.nl", "deeltijd", ["Deventer", "Enschede", "Apeldoorn"],
            "SAX{seq:05d}", 12000, "nee", "Deventer", 1.0, [
                "Saxion biedt dit aan op de locatie {city}.",
                "Deelnemers werken aan opdrachten uit hun eigen organisatie en leren van elkaars praktijk.",
            ]),
    "han": ("HAN University of Applied Sciences", "hogeschool", "han.nl", "deeltijd", ["Nijmegen", "Arnhem"],
            "HAN-{stem}-{n:02d}", 0, "nee", "Nijmegen", 1.0, [
                "De HAN verzorgt dit in {city}.",
                "De HAN werkt hierbij samen met werkveldpartners in Gelderland.",
            ]),
    "hu": ("Hogeschool Utrecht", "hogeschool", "hu.nl", "opleidingen/werkenden", ["Utrecht", "Amersfoort"],
           "HU-{seq:05d}", 31500, "nee", "Utrecht", 1.03, [
               "Hogeschool Utrecht biedt dit aan in {city}.",
               "Hogeschool Utrecht stemt de inhoud jaarlijks af met werkgevers uit het werkveld.",
           ]),
    "hza": ("Hanzehogeschool Groningen", "hogeschool", "hanze.nl", "deeltijd", ["Groningen"],
            "HZ-{stem}-{n}", 0, "nee", "Groningen", 0.98, [
                "De Hanzehogeschool verzorgt dit in {city}.",
                "De Hanzehogeschool werkt nauw samen met werkgevers in Noord-Nederland.",
            ]),
    "ahs": ("Aeres Hogeschool", "hogeschool", "aeres.nl", "hogeschool/deeltijd", ["Dronten", "Wageningen"],
            "AHS-{stem}-{n:02d}", 0, "nee", "Dronten", 1.0, [
                "Aeres Hogeschool verzorgt dit in {city}.",
                "Aeres Hogeschool werkt met opdrachten van groene bedrijven en gemeenten.",
            ]),
    "ou": ("Open Universiteit", "universiteit", "ou.nl", "cursus", ["Heerlen"],
           "OU-{stem}{n:02d}", 0, "nee", "", 1.0, [
               "De Open Universiteit biedt deze cursus volledig online aan; u studeert waar en wanneer het u uitkomt.",
               "Begeleiding gebeurt via de digitale leeromgeving en online bijeenkomsten met een docent.",
           ]),
    "loi": ("LOI", "particulier", "loi.nl", "cursussen", ["Leiderdorp"],
            "LOI-{seq:06d}", 410250, "ja", "", 0.88, [
                "LOI biedt dit volledig online aan, met een persoonlijke docent voor vragen en feedback.",
                "U studeert bij LOI in uw eigen tempo, naast uw werk.",
            ]),
    "nco": ("NCOI Opleidingen", "particulier", "ncoi.nl", "opleidingen", ["Utrecht", "Zwolle", "Eindhoven", "Rotterdam", "Groningen"],
            "NCOI-{stem}-{n:03d}", 0, "ja", "", 1.08, [
                "NCOI verzorgt dit op verschillende lesplaatsen en online; deze groep start in {city}.",
                "De docenten van NCOI komen uit de praktijk.",
            ]),
    "lit": ("Litop", "particulier", "litop.nl", "e-learning", ["Emmen"],
            "LIT-{stem}-{n:02d}", 0, "ja", "", 1.0, [
                "Litop ontwikkelt e-learning voor operators en technici in de procesindustrie.",
                "De e-learning van Litop werkt met animaties van echte installaties en korte toetsen per hoofdstuk.",
            ]),
    "org": ("ORGB", "particulier", "orgb.nl", "trainingen", ["Zwolle", "Deventer"],
            "ORGB-{stem}-{n:02d}", 0, "ja", "", 1.0, [
                "ORGB is gespecialiseerd in veiligheidsopleidingen voor bouw, industrie en installatietechniek.",
                "ORGB verzorgt de training in {city} en op aanvraag op de bouwplaats of in het bedrijf.",
            ]),
    "som": ("SOMA College", "particulier", "somacollege.nl", "trainingen", ["Ede", "Zwolle"],
            "SOMA{seq:04d}", 5500, "ja", "", 1.05, [
                "SOMA College verzorgt dit in {city} en op locatie bij de werkgever.",
                "SOMA College werkt met kleine groepen en trainers uit het vak.",
            ]),
    "loc": ("Logistiek Opleidingscentrum IJsselland", "particulier", "logistiekopleidingen-ijsselland.nl", "cursussen",
            ["Zwolle", "Apeldoorn"], "LOC-{stem}-{n:02d}", 0, "nee", "", 1.0, [
                "Logistiek Opleidingscentrum IJsselland leidt op in {city}, in een eigen oefenhal met actuele machines.",
                "De instructeurs van het opleidingscentrum werken zelf ook in de logistiek.",
            ]),
    "iao": ("ICT Academie Oost", "particulier", "ictacademieoost.nl", "trainingen", ["Enschede", "Zwolle"],
            "IAO-{stem}-{n:02d}", 0, "ja", "", 1.0, [
                "ICT Academie Oost traint in kleine groepen in {city} en live online.",
                "Elke deelnemer krijgt na afloop drie maanden toegang tot de oefenomgeving.",
            ]),
    "px": ("Pixelwerk Trainingen", "particulier", "pixelwerk-trainingen.nl", "training", ["Deventer", "Zwolle"],
           "PX{seq:04d}", 120, "nee", "", 0.95, [
               "Pixelwerk Trainingen verzorgt praktijkgerichte trainingen in {city}.",
               "Deelnemers werken bij Pixelwerk met hun eigen bestanden en vraagstukken.",
           ]),
    "zai": ("Zorgacademie IJsselland", "particulier", "zorgacademie-ijsselland.nl", "scholing", ["Zwolle", "Kampen"],
            "ZAI-{stem}-{n:02d}", 0, "ja", "", 1.0, [
                "Zorgacademie IJsselland is een particulier opleidingsinstituut voor zorg- en welzijnsmedewerkers in de regio Zwolle.",
                "De trainers van de Zorgacademie werken zelf als verpleegkundige of praktijkopleider.",
            ]),
    "hvs": ("Horeca Vakopleidingen Salland", "particulier", "horecavakopleidingen-salland.nl", "cursussen",
            ["Deventer", "Zwolle", "Raalte"], "HVS-{stem}-{n:02d}", 0, "ja", "", 1.0, [
                "Horeca Vakopleidingen Salland traint in de eigen leskeuken in {city}.",
                "De trainers van Horeca Vakopleidingen Salland hebben zelf jaren in de keuken en de bediening gestaan.",
            ]),
    "kao": ("Kinderopvang Academie Oost", "particulier", "kinderopvangacademie-oost.nl", "trainingen",
            ["Apeldoorn", "Zwolle"], "KAO-{stem}-{n:02d}", 0, "ja", "", 1.0, [
                "Kinderopvang Academie Oost leidt pedagogisch medewerkers op in {city} en incompany.",
                "De trainers van de academie werken zelf als pedagogisch coach in de kinderopvang.",
            ]),
    "gov": ("Groen Opleidingen Veluwe", "particulier", "groenopleidingenveluwe.nl", "cursussen",
            ["Apeldoorn", "Harderwijk"], "GOV-{stem}-{n:02d}", 0, "ja", "", 1.0, [
                "Groen Opleidingen Veluwe verzorgt praktijkgerichte cursussen in {city}.",
                "De praktijkdelen vinden plaats bij groenbedrijven op de Veluwe.",
            ]),
}

# Extra sentences for particular offers (referred to with ("key", {"note": NOTES[...]})).
NOTES = {
    "regie_mondriaan": "Het certificaat is ontwikkeld samen met een thuiszorgorganisatie uit de regio Haaglanden, "
                       "zodat de praktijkopdrachten direct aansluiten op het werk in de wijk.",
    "aventus_litop": "ROC Aventus ontwikkelde deze e-learning samen met Litop, opleider voor de procesindustrie.",
    "litop_aventus": "De module is samen met ROC Aventus ontwikkeld en sluit aan op de mbo-opleidingen tot operator.",
    "rvt_loi": "Dit is een van de landelijke bouwmodules die ROC van Twente samen met LOI ontwikkelde; "
               "deelnemers uit het hele land volgen haar online.",
    "rvt_loi_blended": "Een van de landelijke bouwmodules van ROC van Twente en LOI; deze groep heeft daarnaast "
                       "vier praktijkdagen in Hengelo.",
    "loi_rvt": "Onderdeel van de landelijke bouwmodules, ontwikkeld samen met ROC van Twente, dat ook de "
               "examinering verzorgt.",
    "deltion_orgb": "Deltion College verzorgt deze training samen met veiligheidsopleider ORGB.",
    "svh": "Het examen wordt afgenomen door SVH; de examenkosten zijn bij de prijs inbegrepen.",
    "nimeto_branche": "Nimeto Utrecht ontwikkelde het certificaat samen met bedrijven uit de schilders- en onderhoudsbranche.",
    "derde_leerweg": "Dit traject valt in de derde leerweg: geen bekostiging, wel een erkend mbo-diploma of -certificaat.",
    "verkort": "Voor deelnemers met een afgeronde verwante opleiding is een verkort traject mogelijk.",
    "en_group": "This group is taught in English; course materials are in English.",
    "cbr_code95": "De training telt mee voor 7 uur Code 95-nascholing.",
    "vca_exam": "Het examen wordt op de tweede lesdag afgenomen; de examenkosten zijn inbegrepen.",
}

# ---------------------------------------------------------------------------------------
# Courses
# ---------------------------------------------------------------------------------------
COURSES: list[dict] = []


def C(stem, title, typ, level, sector, desc, out, kw, offers, *, qual="", hours=None, ec=None,
      weeks=None, dl="klassikaal", sch="dag", cred=None, price=None, grp=(8, 16), lang="nl",
      starts=None):
    """Add one hand-written course definition."""
    COURSES.append(dict(
        stem=stem, title=title, type=typ, level=level, sector=sector, desc=desc,
        out=[o.strip() for o in out.split("|")], kw=[k.strip() for k in kw.split("|")],
        offers=offers, qual=qual, hours=hours, ec=ec, weeks=weeks, dl=dl, sch=sch, cred=cred,
        price=price, grp=grp, lang=lang, starts=starts,
    ))


# ---- zorg ------------------------------------------------------------------------------

C("MED", "Medicatie aanreiken en toedienen", "module", "mbo-3", "zorg",
  ["Medewerkers leren medicatie veilig aan te reiken en toe te dienen volgens het medicatieprotocol van de organisatie.",
   "Er is veel aandacht voor wet- en regelgeving, het signaleren van bijwerkingen en het correct aftekenen in het toedienregistratiesysteem."],
  "medicatie aanreiken|medicatie toedienen volgens protocol|bijwerkingen en interacties signaleren|aftekenen in de digitale toedienlijst|medicatie-incidenten melden (MIC)",
  "medicatieveiligheid|toedienen|aftekenlijst|thuiszorg",
  ["del", "lan/Raalte lvl=mbo-2", "lan/Harderwijk lvl=mbo-2 sch=avond", "ave/Apeldoorn", "ave/Deventer sch=avond",
   "rvt/Almelo", "drc/Meppel", "alf/Groningen", "vis/Maastricht", "zai/Zwolle lvl=geen dl=klassikaal+incompany",
   "nco dl=online sch=flexibel lvl=geen", "som/Ede lvl=geen"],
  hours=24, weeks=4, cred="certificaat", price=(295, 495), grp=(8, 14))

C("ZP", "Werken met het zorgplan", "module", "mbo-2", "zorg",
  ["Helpenden en verzorgenden leren hoe een zorgplan is opgebouwd en hoe zij het dagelijks gebruiken en bijhouden.",
   "Deelnemers oefenen met doelgericht rapporteren en met het bespreken van veranderingen met de cliënt en de contactverzorgende."],
  "werken met het zorgplan|zorgplan bijhouden en evalueren|doelgericht rapporteren in het cliëntdossier|veranderingen bij de cliënt signaleren|afstemmen met de contactverzorgende",
  "zorgleefplan|rapporteren|ECD|helpende",
  ["del", "lan/Kampen", "drc/Emmen lvl=mbo-3", "rvt/Hengelo", "gra", "zai/Zwolle lvl=geen dl=incompany",
   "mbu/Utrecht lvl=mbo-3 sch=avond"],
  hours=16, weeks=4, cred="bewijs-van-deelname", price=(195, 395), grp=(8, 14))

C("REGIE", "Regievoering en vakontwikkeling in de zorg", "mbo-certificaat", "mbo-3", "zorg",
  ["In dit mbo-certificaat leren verzorgenden en ervaren helpenden zelfstandig regie te voeren over de zorg rond een cliënt en hun vakmanschap bij te houden.",
   "Onderwerpen zijn het coördineren van zorg, samenwerken met mantelzorgers en andere disciplines, en reflecteren op het eigen handelen."],
  "regie voeren over de zorgverlening|zorg coördineren rond de cliënt|samenwerken met mantelzorgers en het netwerk|bijdragen aan kwaliteitszorg en vakontwikkeling|reflecteren op het eigen handelen",
  "regievoering|vakontwikkeling|thuiszorg|verzorgende IG|wijkzorg",
  [("mon/Den_Haag", {"note": NOTES["regie_mondriaan"]}),
   ("mon/Den_Haag dl=online+blended sch=avond", {"note": NOTES["regie_mondriaan"]}),
   ("del", {"note": NOTES["derde_leerweg"]}), "alf/Groningen", "vis/Maastricht dates=past", "ave/Deventer"],
  qual="25867", hours=400, weeks=26, dl="blended", cred="mbo-certificaat", price=(1850, 2650), grp=(10, 18))

C("HZW", "Helpende Zorg en Welzijn", "mbo-opleiding", "mbo-2", "zorg",
  ["Beroepsbegeleidende leerweg (bbl) voor medewerkers die in de zorg of het welzijn werken als helpende.",
   "Deelnemers werken minimaal 20 uur per week bij de werkgever en gaan één dag per week naar school."],
  "ondersteunen bij persoonlijke verzorging|huishoudelijke ondersteuning bieden|werken met het zorgplan|signaleren en rapporteren|ondersteunen bij activiteiten en dagbesteding",
  "helpende|bbl|zorg en welzijn|niveau 2",
  ["del", "lan/Zwolle", "lan/Harderwijk", "ave/Apeldoorn", "rvt/Enschede", "drc/Assen", "gra", "mbu", "fri"],
  qual="25498", hours=1600, weeks=52, dl="werkplek+klassikaal", cred="diploma", price=(2450, 3950), grp=(12, 24),
  starts="cohort")

C("VIG", "Verzorgende-IG", "mbo-opleiding", "mbo-3", "zorg",
  ["Bbl-opleiding tot verzorgende individuele gezondheidszorg (VIG) voor medewerkers in de ouderenzorg, thuiszorg en gehandicaptenzorg.",
   "Deelnemers leren zelfstandig zorg te verlenen, verpleegtechnische handelingen uit te voeren en te werken als contactverzorgende."],
  "persoonlijke zorg verlenen|verpleegtechnische handelingen uitvoeren|medicatie toedienen|zorgplan opstellen en evalueren|regie voeren als contactverzorgende|voorlichting en advies geven",
  "VIG|verzorgende|bbl|ouderenzorg|thuiszorg",
  ["del", "lan/Zwolle", "lan/Raalte", "ave/Deventer", "ave/Zutphen", "rvt/Hengelo", "drc/Emmen",
   ("alf/Hardenberg", {"note": NOTES["verkort"]}), "gra", "rij", "mon", "vis/Heerlen"],
  qual="25491", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(4500, 7250), grp=(12, 24),
  starts="cohort")

C("MBOV", "Mbo-Verpleegkundige", "mbo-opleiding", "mbo-4", "zorg",
  ["Opleiding tot mbo-verpleegkundige in de beroepsbegeleidende leerweg, voor medewerkers in ziekenhuis, wijkverpleging, VVT of gehandicaptenzorg.",
   "Verzorgenden-IG stromen in via een verkort traject."],
  "verpleegkundige zorg plannen en uitvoeren|klinisch redeneren|voorbehouden handelingen uitvoeren|coördineren van zorg in het team|samenwerken met arts en paramedici",
  "verpleegkunde|bbl|niveau 4|zij-instroom",
  ["del", "ave/Apeldoorn", "rvt/Enschede", "alf/Groningen", "rij", "mbu/Amersfoort"],
  qual="25655", hours=4800, weeks=130, dl="werkplek+klassikaal", cred="diploma", price=(5950, 8950), grp=(12, 24),
  starts="cohort")

C("ENT", "Entree – assistent dienstverlening en zorg", "mbo-opleiding", "mbo-1", "zorg",
  ["Eenjarige entreeopleiding voor nieuwe medewerkers zonder startkwalificatie die in zorg, facilitaire dienstverlening of schoonmaak willen werken.",
   "Deelnemers leren eenvoudige ondersteunende taken uit te voeren en werken aan Nederlands en rekenen."],
  "eenvoudige ondersteunende taken uitvoeren|hygiënisch werken|omgaan met cliënten en collega's|afspraken nakomen en hulp vragen|werken aan Nederlands en rekenen",
  "entree|niveau 1|startkwalificatie|instroom",
  ["del", "lan/Kampen", "drc/Emmen", "rvt/Almelo", "alf/Hardenberg", "mon/Delft"],
  qual="25253", hours=800, weeks=40, dl="werkplek+klassikaal", cred="diploma", price=(1250, 2100), grp=(10, 18),
  starts="cohort")

C("HHO", "Medewerker huishoudelijke ondersteuning", "mbo-certificaat", "mbo-1", "zorg",
  ["Mbo-certificaat voor medewerkers die bij cliënten thuis huishoudelijke ondersteuning bieden.",
   "Deelnemers leren het huishouden zelfstandig te organiseren, veranderingen bij de cliënt op te merken en die door te geven aan de wijkverpleging."],
  "huishoudelijke taken plannen en uitvoeren|hygiënisch en veilig schoonmaken|signaleren van veranderingen bij de cliënt|contact onderhouden met cliënt en mantelzorger",
  "huishoudelijke hulp|thuiszorg|Wmo|signaleren",
  ["del", "ave/Apeldoorn", "mon", "drc/Assen", "rvt/Hengelo dates=doorl"],
  qual="25912", hours=240, weeks=16, dl="werkplek+klassikaal", cred="mbo-certificaat", price=(950, 1450), grp=(8, 16))

C("PAL", "Palliatieve zorg", "keuzedeel", "mbo-3", "zorg",
  ["Keuzedeel voor verzorgenden en helpenden die cliënten in de laatste levensfase begeleiden.",
   "Deelnemers leren symptomen herkennen, comfortzorg bieden en naasten ondersteunen, in samenwerking met huisarts en wijkverpleegkundige."],
  "palliatieve zorg verlenen|symptomen in de laatste levensfase herkennen|naasten ondersteunen|samenwerken in een palliatief netwerk|omgaan met eigen emoties",
  "palliatief|terminale zorg|levenseinde|comfortzorg",
  ["del", "lan/Zwolle", "ave/Apeldoorn", "rvt/Hengelo", "drc/Meppel", "mon", "gra"],
  qual="K0253", hours=240, weeks=20, cred="certificaat", price=(650, 1100), grp=(10, 18))

C("DEM", "Dementie", "keuzedeel", "mbo-3", "zorg",
  ["Keuzedeel over het begeleiden van mensen met dementie, thuis en in het verpleeghuis.",
   "Deelnemers leren wat dementie met iemand doet, hoe zij aansluiten bij de belevingswereld van de cliënt en hoe zij mantelzorgers steunen."],
  "vormen en verloop van dementie herkennen|omgaan met onbegrepen gedrag|aansluiten bij de belevingswereld van de cliënt|mantelzorgers ondersteunen|dagstructuur bieden",
  "dementie|psychogeriatrie|onbegrepen gedrag|ouderenzorg",
  ["del", "ave/Deventer", "alf/Groningen", "fri/Heerenveen", "rnn"],
  qual="K0244", hours=240, weeks=20, cred="certificaat", price=(650, 1050), grp=(10, 18))

C("ZTE", "Zorgtechnologie", "keuzedeel", "mbo-4", "zorg",
  ["Keuzedeel over de inzet van technologie in de zorg, van beeldzorg en leefstijlmonitoring tot medicijndispensers.",
   "Deelnemers leren cliënten te helpen bij het gebruik ervan en zorgtechnologie in te passen in het zorgplan."],
  "zorgtechnologie inzetten bij de cliënt|cliënten instrueren in het gebruik van hulpmiddelen|beeldzorg en domotica toepassen|privacy en veiligheid bewaken",
  "zorgtechnologie|e-health|domotica|medicijndispenser",
  ["rvt/Enschede", "del", "lan/Harderwijk lvl=mbo-3", "mbu", "vis"],
  qual="K0816", hours=240, weeks=20, dl="blended", cred="certificaat", price=(700, 1150), grp=(10, 18))

C("WON", "Wondzorg voor verzorgenden", "module", "mbo-3", "zorg",
  ["Praktische module over het beoordelen en verzorgen van eenvoudige en complexe wonden.",
   "Deelnemers oefenen met wondmaterialen en leren wanneer zij de wondverpleegkundige of huisarts moeten inschakelen."],
  "wonden beoordelen en classificeren|wondverband kiezen en aanbrengen|decubitus voorkomen|wondzorg rapporteren",
  "wondzorg|decubitus|verpleegtechniek",
  ["zai/Zwolle lvl=geen", "som/Ede lvl=geen", "del", "rvt/Hengelo", "nco/Groningen lvl=geen"],
  hours=16, weeks=2, cred="certificaat", price=(245, 425), grp=(8, 14))

C("VBH", "Voorbehouden en risicovolle handelingen", "module", "mbo-4", "zorg",
  ["Module waarin verzorgenden en verpleegkundigen de theorie en praktijk van veelvoorkomende voorbehouden handelingen oefenen, zoals injecteren en katheteriseren.",
   "Na afloop toetst een praktijkbeoordelaar de bekwaamheid per handeling."],
  "subcutaan en intramusculair injecteren|katheteriseren|sondevoeding toedienen|bekwaamheid en bevoegdheid toepassen (Wet BIG)|handelingen veilig voorbereiden en afronden",
  "voorbehouden handelingen|BIG|injecteren|katheteriseren",
  ["del lvl=mbo-3", "ave/Apeldoorn", "drc/Emmen", "zai/Zwolle lvl=geen", "vis/Heerlen"],
  hours=32, weeks=6, cred="certificaat", price=(395, 695), grp=(6, 12))

C("RAP", "Rapporteren in het cliëntdossier", "module", "mbo-2", "zorg",
  ["Korte training in objectief, doelgericht en bondig rapporteren in het elektronisch cliëntdossier.",
   "Deelnemers oefenen met voorbeelden uit hun eigen werk en leren het verschil tussen waarnemen en interpreteren."],
  "objectief rapporteren|rapporteren op de doelen uit het zorgplan|SOAP-methode toepassen|privacy van de cliënt bewaken",
  "rapporteren|ECD|dossiervoering|verslaglegging",
  ["lan/Zwolle", "zai/Kampen lvl=geen", "nco dl=online sch=flexibel lvl=geen", "gra", "loi dl=online sch=flexibel lvl=geen"],
  hours=8, weeks=1, cred="bewijs-van-deelname", price=(145, 275), grp=(8, 16))

C("HIP", "Hygiëne en infectiepreventie in de zorg", "cursus", "geen", "zorg",
  ["Cursus over de basisregels van hygiëne en infectiepreventie bij cliëntcontact, volgens de actuele richtlijnen.",
   "Aan bod komen handhygiëne, persoonlijke beschermingsmiddelen en het voorkomen van verspreiding van bijzonder resistente micro-organismen."],
  "handhygiëne toepassen|persoonlijke beschermingsmiddelen gebruiken|isolatiemaatregelen uitvoeren|besmettingsrisico's herkennen",
  "hygiëne|infectiepreventie|BRMO|richtlijnen",
  ["zai/Zwolle", "som/Ede", "nco dl=online sch=flexibel", "del lvl=mbo-2"],
  hours=6, weeks=1, cred="bewijs-van-deelname", price=(125, 245), grp=(8, 20))

C("COZ", "Coördinatie van zorg in de wijk", "module", "mbo-4", "zorg",
  ["Module voor ervaren verzorgenden en verpleegkundigen die de rol van coördinator in een wijkteam op zich nemen.",
   "Deelnemers leren de zorg voor een groep cliënten te plannen, afspraken met huisartsen en het sociaal wijkteam te maken en collega's aan te sturen."],
  "zorg coördineren voor een groep cliënten|roosters en cliëntverdeling afstemmen|samenwerken met huisarts en sociaal wijkteam|collega's coachen en aansturen",
  "coördinator|wijkteam|zelforganisatie|thuiszorg",
  ["del", "ave/Deventer", "mon/Den_Haag", "nco/Zwolle lvl=geen"],
  hours=60, weeks=10, cred="certificaat", price=(850, 1450), grp=(8, 16))

C("REA", "Reanimatie en AED", "cursus", "geen", "zorg",
  ["Praktische cursus volgens de richtlijnen van de Nederlandse Reanimatie Raad.",
   "Deelnemers oefenen op oefenpoppen met borstcompressies, beademing en het gebruik van een AED."],
  "reanimeren van volwassenen|AED veilig bedienen|verslikking herkennen en behandelen|stabiele zijligging toepassen",
  "reanimatie|AED|eerste hulp|NRR",
  ["zai/Zwolle", "som/Zwolle", "org/Deventer", "zai/Kampen dl=incompany"],
  hours=4, weeks=1, cred="certificaat", price=(75, 145), grp=(6, 12))

C("CMD", "Casemanager dementie", "post-hbo", "hbo-bachelor", "zorg",
  ["Post-hbo-opleiding voor hbo-verpleegkundigen en sociaal werkers die als casemanager mensen met dementie en hun naasten begeleiden.",
   "De opleiding volgt de eisen van het beroepsprofiel casemanager dementie en sluit af met een casusverslag uit de eigen praktijk."],
  "casemanagement voeren bij dementie|diagnose en zorgbehoeften in kaart brengen|mantelzorgers begeleiden en ontlasten|netwerkzorg in de keten organiseren|ethische dilemma's bespreekbaar maken",
  "casemanagement|dementie|ketenzorg|post-hbo",
  ["win", "sax/Deventer", "han/Nijmegen", "hu", "hza"],
  ec=30, weeks=40, dl="blended", cred="certificaat", price=(3950, 5400), grp=(12, 24), starts="short")

C("PRK", "Praktijkopleider in zorg en welzijn", "post-hbo", "hbo-bachelor", "zorg",
  ["Opleiding voor medewerkers die studenten en nieuwe collega's begeleiden en beoordelen in de praktijk.",
   "Deelnemers ontwerpen een leerplan voor hun eigen afdeling en oefenen met begeleidings- en beoordelingsgesprekken."],
  "leren op de werkplek organiseren|studenten begeleiden en beoordelen|een leerklimaat op de afdeling creëren|samenwerken met de onderwijsinstelling",
  "praktijkopleider|werkbegeleider|leerklimaat|BPV",
  ["win", "sax/Enschede", "han/Arnhem", "nco/Utrecht"],
  ec=15, weeks=20, dl="blended", cred="certificaat", price=(1950, 2850), grp=(10, 20), starts="short")

C("VPK", "Verpleegkunde (deeltijd)", "hbo-bachelor", "hbo-bachelor", "zorg",
  ["Deeltijdbachelor voor werkenden in de zorg, met vrijstellingen voor mbo-verpleegkundigen.",
   "Deelnemers combineren hun baan met één studiedag per week en werken aan opdrachten uit hun eigen werkplek."],
  "verpleegkundige zorg verlenen en coördineren|klinisch redeneren|evidence-based werken|samenwerken in het interprofessionele team|kwaliteit van zorg verbeteren",
  "hbo-v|verpleegkunde|deeltijd|bachelor",
  ["win", "sax/Enschede", "sax/Deventer", "han/Nijmegen", "hu", "hza"],
  qual="34560", ec=240, weeks=208, dl="blended", cred="diploma", price=(9800, 11200), grp=(15, 40), starts="cohort")

C("VPF", "Verpleegkunde – flexstuderen", "flexstuderen", "hbo-bachelor", "zorg",
  ["Flexibel traject binnen de bachelor Verpleegkunde: deelnemers betalen per studiepunt en volgen alleen de onderwijseenheden die zij nodig hebben.",
   "Geschikt voor mbo-verpleegkundigen die hun hbo-diploma stap voor stap willen halen."],
  "verpleegkundig leiderschap|klinisch redeneren op hbo-niveau|evidence-based werken|gezondheidsbevordering",
  "flexstuderen|per EC betalen|hbo-v|modulair",
  ["win dl=blended sch=flexibel", "sax/Deventer dl=online+blended sch=flexibel", "hu dl=blended sch=flexibel"],
  qual="34560", ec=30, weeks=26, dl="blended", sch="flexibel", cred="deelcertificaat", price=(1150, 1320), grp=None,
  starts="short")

C("MAN", "Master Advanced Nursing Practice", "hbo-master", "hbo-master", "zorg",
  ["Duale masteropleiding tot verpleegkundig specialist, voor ervaren hbo-verpleegkundigen met een werkgever die een opleidingsplaats biedt.",
   "Deelnemers verwerven medische kennis en vaardigheden en leren zelfstandig een eigen patiëntencategorie te behandelen."],
  "zelfstandig diagnosticeren en behandelen|voorschrijven binnen het eigen deskundigheidsgebied|verpleegkundig leiderschap tonen|praktijkgericht onderzoek uitvoeren",
  "verpleegkundig specialist|MANP|master|duaal",
  ["han/Nijmegen", "sax/Enschede", "hza", "hu"],
  qual="49251", ec=120, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(5200, 7800), grp=(15, 30),
  starts="cohort")

C("ADZ", "Associate degree Management in zorg en welzijn", "associate-degree", "hbo-ad", "zorg",
  ["Tweejarige associate degree voor mbo-opgeleide professionals die willen doorgroeien naar een coördinerende of leidinggevende rol in zorg of welzijn.",
   "De opdrachten voeren deelnemers uit in hun eigen organisatie."],
  "een team coördineren en coachen|kwaliteitsbeleid uitvoeren|veranderingen in de organisatie begeleiden|bedrijfsvoering in de zorg",
  "associate degree|leidinggeven|teamleider|zorgmanagement",
  ["win", "sax/Apeldoorn", "han/Arnhem"],
  qual="80083", ec=120, weeks=104, dl="blended", cred="diploma", price=(4800, 5600), grp=(15, 30), starts="cohort")

# ---- welzijn ---------------------------------------------------------------------------

C("BSD", "Begeleider specifieke doelgroepen", "mbo-opleiding", "mbo-3", "welzijn",
  ["Bbl-opleiding voor begeleiders in de gehandicaptenzorg, ggz, jeugdzorg en maatschappelijke opvang.",
   "Deelnemers leren cliënten te ondersteunen bij wonen, werken en vrije tijd, en om te gaan met complex gedrag."],
  "cliënten ondersteunen bij dagelijkse activiteiten|begeleidingsplan uitvoeren en bijstellen|omgaan met probleemgedrag|samenwerken met het netwerk van de cliënt",
  "begeleider|gehandicaptenzorg|ggz|bbl",
  ["del", "lan/Zwolle", "ave/Apeldoorn", "rvt/Almelo", "gra", "rnn", "mon/Leiden"],
  qual="25475", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(4200, 6500), grp=(12, 24),
  starts="cohort")

C("PBG", "Persoonlijk begeleider gehandicaptenzorg", "mbo-opleiding", "mbo-4", "welzijn",
  ["Opleiding voor begeleiders die als persoonlijk begeleider de regie hebben over het ondersteuningsplan van cliënten met een beperking.",
   "Er is veel aandacht voor methodisch werken, coördineren en het betrekken van familie en verwanten."],
  "ondersteuningsplan opstellen en evalueren|begeleiding methodisch coördineren|verwanten betrekken|collega's instrueren",
  "persoonlijk begeleider|gehandicaptenzorg|niveau 4",
  ["del", "ave/Deventer", "drc/Assen", "rij"],
  qual="25480", hours=4800, weeks=130, dl="werkplek+klassikaal", cred="diploma", price=(5200, 7400), grp=(12, 24),
  starts="cohort")

C("SWM", "Sociaal werker", "mbo-opleiding", "mbo-4", "welzijn",
  ["Opleiding voor medewerkers in het sociaal domein: buurtwerk, jongerenwerk, welzijn ouderen en maatschappelijke ondersteuning.",
   "Deelnemers leren signaleren, activeren en verbinden, en werken in de wijk samen met gemeente en zorgpartners."],
  "sociale problemen in de wijk signaleren|bewoners activeren en verbinden|groepsactiviteiten organiseren|samenwerken met gemeente en zorgpartners",
  "sociaal werk|wijk|sociaal domein|niveau 4",
  ["lan/Zwolle", "rvt/Enschede", "alf/Groningen", "mbu"],
  qual="25488", hours=4800, weeks=130, dl="werkplek+klassikaal", cred="diploma", price=(4900, 6900), grp=(12, 24),
  starts="cohort")

C("AGR", "Omgaan met agressie en grensoverschrijdend gedrag", "module", "mbo-3", "welzijn",
  ["Training voor medewerkers die in hun werk te maken krijgen met verbale of fysieke agressie.",
   "Deelnemers leren signalen vroeg herkennen, de-escalerend te communiceren en na een incident goed op te vangen en te melden."],
  "signalen van oplopende spanning herkennen|de-escalerend communiceren|grenzen stellen|incidenten melden en nazorg regelen",
  "agressie|de-escalatie|grensoverschrijdend gedrag|veiligheid",
  ["del", "som/Ede lvl=geen", "nco/Zwolle lvl=geen", "zai/Zwolle lvl=geen dl=incompany", "rvt/Almelo"],
  hours=12, weeks=2, cred="bewijs-van-deelname", price=(195, 395), grp=(8, 14))

C("MLD", "Werken met de meldcode huiselijk geweld en kindermishandeling", "cursus", "geen", "welzijn",
  ["Training in het toepassen van de vijf stappen van de meldcode in de eigen organisatie.",
   "Deelnemers oefenen met het bespreekbaar maken van zorgen en het wegen van signalen; de rol van de aandachtsfunctionaris komt uitgebreid aan bod."],
  "signalen van huiselijk geweld en kindermishandeling herkennen|de stappen van de meldcode doorlopen|zorgen bespreekbaar maken|afwegen en melden bij Veilig Thuis",
  "meldcode|kindermishandeling|Veilig Thuis|aandachtsfunctionaris",
  ["som/Zwolle", "nco dl=online sch=flexibel", "kao/Apeldoorn", "lan/Zwolle", "win lvl=hbo-bachelor"],
  hours=8, weeks=1, cred="certificaat", price=(175, 345), grp=(8, 16))

C("MGV", "Motiverende gespreksvoering", "cursus", "geen", "welzijn",
  ["Training in motiverende gespreksvoering voor professionals die cliënten helpen hun gedrag te veranderen.",
   "Deelnemers oefenen met trainingsacteurs en krijgen feedback op opnames van eigen gesprekken."],
  "motiverende gespreksvoering toepassen|weerstand hanteren|verandertaal herkennen en versterken|reflectief luisteren",
  "gespreksvoering|motivatie|gedragsverandering|leefstijl",
  ["som/Ede", "nco/Utrecht", "han/Nijmegen lvl=hbo-bachelor", "sax/Enschede lvl=hbo-bachelor"],
  hours=18, weeks=6, cred="bewijs-van-deelname", price=(450, 795), grp=(8, 16))

C("OWZ", "Oriëntatieworkshop werken in zorg en welzijn", "cursus", "geen", "welzijn",
  ["Een korte, praktische kennismaking voor werkzoekenden en zij-instromers die overwegen in zorg of welzijn te gaan werken.",
   "Deelnemers praten met praktijkopleiders, bekijken de opleidingsroutes en krijgen een persoonlijk advies over een vervolgstap; er hoort geen toets en geen bewijsstuk bij."],
  "beroepen in zorg en welzijn verkennen|eigen drijfveren benoemen|een passende leerroute kiezen",
  "zij-instroom|oriëntatie|loopbaan|werkzoekenden",
  ["lan/Zwolle", "del/Zwolle", "rvt/Hengelo"],
  hours=3, weeks=1, cred="geen", price=(45, 75), grp=(6, 20))

C("ERV", "Ervaringsdeskundigheid", "keuzedeel", "mbo-4", "welzijn",
  ["Keuzedeel voor medewerkers die hun eigen ervaring met ziekte, verslaving of herstel beroepsmatig inzetten.",
   "Deelnemers leren hun verhaal doelgericht te gebruiken en de grenzen van de eigen rol te bewaken."],
  "eigen ervaringskennis doelgericht inzetten|herstelgericht werken|grenzen van de eigen rol bewaken|samenwerken met professionals",
  "ervaringsdeskundige|herstel|ggz|verslavingszorg",
  ["del", "lan/Zwolle", "rvt/Enschede", "mon"],
  qual="K0574", hours=240, weeks=20, cred="certificaat", price=(600, 950), grp=(8, 16))

C("SWD", "Social Work (deeltijd)", "hbo-bachelor", "hbo-bachelor", "welzijn",
  ["Deeltijdbachelor voor werkenden in het sociaal domein, de jeugdzorg of de ggz.",
   "De opleiding is breed en biedt in de tweede helft profielen voor welzijn, jeugd en zorg."],
  "methodisch werken met cliëntsystemen|werken in het sociaal domein|professioneel handelen bij complexe vraagstukken|praktijkgericht onderzoek doen",
  "social work|sociaal domein|deeltijd|jeugdzorg",
  ["win", "sax/Deventer", "han/Nijmegen", "hu", "hza"],
  qual="34617", ec=240, weeks=208, dl="blended", cred="diploma", price=(9800, 11200), grp=(15, 40), starts="cohort")

C("MSW", "Master Social Work", "hbo-master", "hbo-master", "welzijn",
  ["Masteropleiding voor ervaren sociaal werkers die hun vakmanschap willen verdiepen en vernieuwing in hun organisatie willen leiden.",
   "Deelnemers doen praktijkgericht onderzoek naar een vraagstuk uit hun eigen werk."],
  "praktijkgericht onderzoek uitvoeren|methodische vernieuwing leiden|professioneel handelen verantwoorden|beleid beïnvloeden",
  "master|social work|onderzoek|innovatie",
  ["hu", "han/Nijmegen", "sax/Enschede"],
  qual="44605", ec=60, weeks=78, dl="blended", sch="dag", cred="diploma", price=(6500, 9500), grp=(12, 30), starts="cohort")

C("SHV", "Schuldhulpverlening", "post-hbo", "hbo-bachelor", "welzijn",
  ["Post-hbo-opleiding over de aanpak van problematische schulden, van vroegsignalering tot schuldregeling.",
   "Deelnemers leren de Wet gemeentelijke schuldhulpverlening toe te passen en cliënten met stress en schaamte te begeleiden."],
  "schuldsituaties analyseren|een schuldregeling voorbereiden|vroegsignalering organiseren|cliënten met geldzorgen begeleiden",
  "schulden|armoede|Wgs|sociaal domein",
  ["hu", "win", "sax/Enschede", "nco/Zwolle"],
  ec=10, weeks=16, dl="blended", cred="certificaat", price=(1650, 2450), grp=(10, 24), starts="short")

C("WIJ", "Werken in de wijk", "keuzedeel", "mbo-3", "welzijn",
  ["Keuzedeel voor zorg- en welzijnsmedewerkers die in wijkteams of buurtwerk werken.",
   "Deelnemers leren de wijk te verkennen, informele netwerken te benutten en bewoners te helpen zelf oplossingen te vinden."],
  "een wijkanalyse maken|informele netwerken benutten|samenwerken in het wijkteam|bewoners activeren",
  "wijkgericht werken|buurtteam|netwerk|preventie",
  ["ave/Apeldoorn", "lan/Raalte", "drc/Emmen"],
  qual="K0311", hours=240, weeks=20, cred="certificaat", price=(600, 950), grp=(8, 16))

# ---- kinderopvang ----------------------------------------------------------------------

C("PMK", "Pedagogisch medewerker kinderopvang", "mbo-opleiding", "mbo-3", "kinderopvang",
  ["Bbl-opleiding voor medewerkers in dagopvang, peuteropvang en buitenschoolse opvang.",
   "Deelnemers leren de ontwikkeling van kinderen te stimuleren, met ouders samen te werken en het pedagogisch beleid uit te voeren."],
  "ontwikkeling van kinderen observeren en stimuleren|activiteiten voor groepen kinderen organiseren|werken volgens het pedagogisch beleidsplan|contact onderhouden met ouders|veiligheid en gezondheid bewaken",
  "pedagogisch medewerker|kinderopvang|bbl|bso",
  ["del", "lan/Kampen", "ave/Apeldoorn", "rvt/Hengelo", "drc/Meppel", "alf/Hardenberg", "gra", "mbu", "fri"],
  qual="25486", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(4200, 6200), grp=(12, 24),
  starts="cohort")

C("BAB", "Scholing werken met baby's", "module", "mbo-3", "kinderopvang",
  ["Scholing voor pedagogisch medewerkers die met baby's werken, conform de kwaliteitseisen in de kinderopvang.",
   "Deelnemers leren signalen van baby's te lezen, responsief te reageren en een veilige, rustige omgeving in te richten."],
  "signalen van baby's herkennen en beantwoorden|veilig slapen en verzorgen|de ontwikkeling van baby's stimuleren|samenwerken met ouders rond de baby",
  "babyscholing|0-jarigen|kinderdagverblijf|kwaliteitseis",
  ["kao/Apeldoorn lvl=geen", "kao/Zwolle lvl=geen sch=avond", "del", "lan/Harderwijk", "som/Ede lvl=geen",
   "nco dl=online sch=flexibel lvl=geen", "loi dl=online sch=flexibel lvl=geen", "rvt/Enschede"],
  hours=40, weeks=8, dl="blended", cred="certificaat", price=(325, 595), grp=(8, 16))

C("VVE", "VVE-scholing voor pedagogisch medewerkers", "module", "mbo-3", "kinderopvang",
  ["Scholing in voor- en vroegschoolse educatie voor medewerkers in peuteropvang en kinderdagverblijf.",
   "Deelnemers leren spelenderwijs de taal-, reken- en sociaal-emotionele ontwikkeling te stimuleren en de ontwikkeling te volgen."],
  "taalontwikkeling van peuters stimuleren|ontwikkelingsgericht werken met thema's|kinderen observeren en volgen|ouders betrekken bij de ontwikkeling",
  "VVE|voorschoolse educatie|peuteropvang|taalstimulering",
  ["kao/Apeldoorn lvl=geen", "del", "ave/Deventer", "alf/Groningen"],
  hours=60, weeks=12, dl="blended", cred="certificaat", price=(650, 1150), grp=(8, 16))

C("T3F", "Taaleis 3F: mondelinge taalvaardigheid in de kinderopvang", "cursus", "geen", "kinderopvang",
  ["Voorbereiding op het examen mondelinge taalvaardigheid op 3F-niveau voor pedagogisch medewerkers.",
   "Deelnemers oefenen spreken en gesprekken voeren met situaties uit de groep en met ouders."],
  "spreken op 3F-niveau|gesprekken voeren met ouders|voorlezen en interactief praten met kinderen|examen 3F mondeling afleggen",
  "taaleis|3F|Nederlands|examen",
  ["kao/Zwolle", "del lvl=mbo-3", "lan/Zwolle lvl=mbo-3", "loi dl=online sch=flexibel", "rvt/Almelo lvl=mbo-3",
   "nco/Groningen"],
  hours=30, weeks=10, sch="avond", cred="certificaat", price=(295, 575), grp=(6, 14))

C("KEH", "EHBO aan kinderen", "cursus", "geen", "kinderopvang",
  ["Cursus eerste hulp bij ongelukken met baby's en kinderen, geschikt voor de certificaateis in de kinderopvang.",
   "Deelnemers oefenen met reanimatie van baby's en kinderen en met veelvoorkomende ongevallen."],
  "eerste hulp verlenen bij kinderen|reanimatie bij baby's en kinderen|verslikking behandelen|handelen bij brandwonden en vergiftiging",
  "kinder-EHBO|eerste hulp|reanimatie|kinderopvang",
  ["kao/Apeldoorn", "kao/Zwolle sch=weekend", "org/Zwolle", "som/Ede", "zai/Kampen"],
  hours=8, weeks=2, cred="certificaat", price=(95, 185), grp=(6, 12))

C("BSO", "Werken in de buitenschoolse opvang", "keuzedeel", "mbo-3", "kinderopvang",
  ["Keuzedeel voor medewerkers die met kinderen van 4 tot 12 jaar werken.",
   "Deelnemers leren een uitdagend activiteitenprogramma te maken dat past bij de leeftijd en de wensen van de kinderen."],
  "activiteiten voor schoolkinderen ontwikkelen|groepsprocessen begeleiden|samenwerken met school en ouders|kinderen inspraak geven",
  "bso|buitenschoolse opvang|activiteiten|4-12 jaar",
  ["lan/Zwolle", "ave/Apeldoorn", "drc/Assen"],
  qual="K0467", hours=240, weeks=20, cred="certificaat", price=(600, 950), grp=(8, 16))

C("PBC", "Pedagogisch beleidsmedewerker en coach kinderopvang", "post-hbo", "hbo-bachelor", "kinderopvang",
  ["Opleiding voor (aankomend) pedagogisch beleidsmedewerkers en coaches in de kinderopvang.",
   "Deelnemers leren pedagogisch beleid te schrijven en te vertalen naar de praktijk, en pedagogisch medewerkers te coachen op de groep."],
  "pedagogisch beleid ontwikkelen en implementeren|pedagogisch medewerkers coachen|video-interactiebegeleiding toepassen|kwaliteit van de opvang bewaken",
  "pedagogisch coach|beleidsmedewerker|IKK|kinderopvang",
  ["win", "han/Arnhem", "hu/Amersfoort", "nco/Utrecht"],
  ec=15, weeks=24, dl="blended", cred="certificaat", price=(1950, 3200), grp=(10, 20), starts="short")

C("PEP", "Associate degree Pedagogisch educatief professional", "associate-degree", "hbo-ad", "kinderopvang",
  ["Tweejarige associate degree voor professionals in kinderopvang en onderwijs die willen doorgroeien naar een spilfunctie tussen opvang en school.",
   "Deelnemers werken naast de studie minimaal 16 uur per week in de kinderopvang of het basisonderwijs."],
  "kinderen pedagogisch en didactisch begeleiden|samenwerken in integrale kindcentra|ontwikkeling volgen en rapporteren|collega's begeleiden",
  "associate degree|IKC|kinderopvang|onderwijsassistent",
  ["win", "han/Nijmegen", "hu"],
  qual="80040", ec=120, weeks=104, dl="blended", cred="diploma", price=(4800, 5600), grp=(15, 30), starts="cohort")

# ---- bouw ------------------------------------------------------------------------------

_LB = ["rvt/Hengelo dl=online sch=flexibel", "rvt/Hengelo dl=blended sch=avond", "loi dl=online sch=flexibel"]


def _landelijk(offers):
    """Offers of a national construction module by ROC van Twente with LOI."""
    notes = {"rvt/Hengelo dl=online sch=flexibel": NOTES["rvt_loi"],
             "rvt/Hengelo dl=blended sch=avond": NOTES["rvt_loi_blended"],
             "loi dl=online sch=flexibel": NOTES["loi_rvt"]}
    return [(o, {"note": notes[o]}) if o in notes else o for o in offers]


C("LBK", "Bouwkunde basis (landelijke bouwmodule)", "module", "mbo-4", "bouw",
  ["Online module met de basiskennis bouwkunde voor zij-instromers en medewerkers die naar kantoor doorgroeien.",
   "Aan bod komen bouwmethoden, materialen, bouwfysica en het lezen van bouwtekeningen."],
  "bouwtekeningen lezen|bouwmethoden en materialen kennen|bouwfysische basisprincipes toepassen|bouwkundige details beoordelen",
  "bouwkunde|bouwtekening lezen|zij-instroom|landelijke bouwmodule",
  _landelijk(_LB + ["nco/Zwolle lvl=geen"]),
  hours=120, weeks=16, dl="online", sch="flexibel", cred="certificaat", price=(650, 995), grp=None)

C("LWV", "Werkvoorbereiding bouw (landelijke bouwmodule)", "module", "mbo-4", "bouw",
  ["Module over het voorbereiden van bouwwerkzaamheden: van bestek en tekening naar een uitvoerbaar werkplan.",
   "Deelnemers maken een werkvoorbereiding voor een echt project uit hun eigen bedrijf."],
  "bestek en tekeningen analyseren|materiaalstaten en bestellijsten maken|werkplanning opstellen|afstemmen met uitvoering en onderaannemers",
  "werkvoorbereider|bestek|planning|landelijke bouwmodule",
  _landelijk(_LB),
  hours=160, weeks=20, dl="online", sch="flexibel", cred="certificaat", price=(795, 1150), grp=None)

C("LCA", "Calculeren in de bouw (landelijke bouwmodule)", "module", "mbo-4", "bouw",
  ["Module waarin deelnemers leren een begroting op te stellen voor woning- en utiliteitsbouw.",
   "Er wordt gewerkt met normen, kengetallen en calculatiesoftware die in de branche gangbaar is."],
  "hoeveelheden uittrekken|een begroting opstellen|kengetallen en normen toepassen|een calculatie controleren en toelichten",
  "calculatie|begroting|kostprijs|landelijke bouwmodule",
  _landelijk(_LB + ["nco/Utrecht lvl=geen"]),
  hours=140, weeks=18, dl="online", sch="flexibel", cred="certificaat", price=(750, 1095), grp=None)

C("LPU", "Planning en uitvoering op de bouwplaats (landelijke bouwmodule)", "module", "mbo-4", "bouw",
  ["Module voor aankomend uitvoerders en voormannen over het organiseren van het werk op de bouwplaats.",
   "Onderwerpen zijn planning, bouwplaatsinrichting, veiligheid en het aansturen van ploegen en onderaannemers."],
  "een bouwplaats inrichten|werkzaamheden plannen en bewaken|ploegen en onderaannemers aansturen|veiligheid en kwaliteit op de bouwplaats borgen",
  "uitvoerder|bouwplaats|planning|landelijke bouwmodule",
  _landelijk(_LB),
  hours=160, weeks=20, dl="online", sch="flexibel", cred="certificaat", price=(795, 1150), grp=None)

C("LRG", "Bouwregelgeving en de Omgevingswet (landelijke bouwmodule)", "module", "mbo-4", "bouw",
  ["Module over de regels die gelden bij bouwen en verbouwen, waaronder het Besluit bouwwerken leefomgeving en de Wet kwaliteitsborging.",
   "Deelnemers leren toetsen of een ontwerp of uitvoering aan de regels voldoet."],
  "bouwregelgeving toepassen|het Besluit bouwwerken leefomgeving raadplegen|kwaliteitsborging voorbereiden|vergunningsplicht beoordelen",
  "Omgevingswet|Bbl|Wkb|regelgeving",
  _landelijk(["rvt/Hengelo dl=online sch=flexibel", "loi dl=online sch=flexibel"]),
  hours=80, weeks=10, dl="online", sch="flexibel", cred="certificaat", price=(495, 795), grp=None)

C("TAV", "Technisch adviseren vastgoedonderhoud", "mbo-certificaat", "mbo-4", "bouw",
  ["Mbo-certificaat voor ervaren vakmensen die de stap willen maken naar opnemer of technisch adviseur in het vastgoedonderhoud.",
   "Deelnemers leren de conditie van gebouwen te meten volgens NEN 2767, onderhoudsadvies te geven en een meerjarenonderhoudsplan op te stellen."],
  "conditiemeting uitvoeren volgens NEN 2767|onderhoudsadvies geven aan opdrachtgevers|een meerjarenonderhoudsplan opstellen|bouwkundige gebreken herkennen|kosten van onderhoud ramen",
  "vastgoedonderhoud|NEN 2767|MJOP|opnemer|technisch adviseur",
  [("nim", {"note": NOTES["nimeto_branche"]}), ("nim sch=avond dl=blended", {"note": NOTES["nimeto_branche"]})],
  qual="25921", hours=480, weeks=30, cred="mbo-certificaat", price=(2650, 3450), grp=(8, 16))

C("DRS", "Decoratie- en restauratieschilder", "mbo-certificaat", "mbo-3", "bouw",
  ["Mbo-certificaat voor schilders die zich willen specialiseren in decoratieve technieken en het restaureren van historisch schilderwerk.",
   "Deelnemers leren onder meer hout- en marmerimitatie, vergulden en het werken met traditionele verfsystemen."],
  "hout- en marmerimitatie aanbrengen|vergulden en sjabloneren|historische verflagen onderzoeken|traditionele verven en lijnolie verwerken|restauratiewerk documenteren",
  "decoratieschilder|restauratie|monumenten|houtimitatie",
  ["cib", "cib sch=weekend", "cib dates=past"],
  qual="25931", hours=560, weeks=36, cred="mbo-certificaat", price=(2950, 3450), grp=(6, 12))

C("HIM", "Hout- en marmerimitatie", "cursus", "mbo-3", "bouw",
  ["Praktijkcursus in de klassieke technieken van het imiteren van houtsoorten en marmer.",
   "Geschikt als kennismaking voor schilders die later het certificaat Decoratie- en restauratieschilder willen halen."],
  "houtsoorten imiteren met traditioneel gereedschap|marmer imiteren|ondergronden voorbereiden|kleuren mengen en afstemmen",
  "decoratieschilderen|imitatie|ambacht",
  ["cib sch=weekend", "cib sch=avond", "nim"],
  hours=36, weeks=6, cred="bewijs-van-deelname", price=(495, 850), grp=(6, 10))

C("TIM", "Timmerman", "mbo-opleiding", "mbo-2", "bouw",
  ["Bbl-opleiding voor (aankomend) timmerlieden in de woning- en utiliteitsbouw.",
   "Deelnemers leren kozijnen, trappen en dakconstructies te plaatsen en werken veilig op de bouwplaats."],
  "houtconstructies plaatsen|kozijnen en deuren afhangen|bouwtekeningen lezen|veilig werken op de bouwplaats",
  "timmerman|bbl|woningbouw|niveau 2",
  ["del", "lan/Raalte", "ave/Deventer", "rvt/Almelo", "drc/Emmen", "gra"],
  qual="25165", hours=1600, weeks=52, dl="werkplek+klassikaal", cred="diploma", price=(2650, 3950), grp=(10, 20),
  starts="cohort")

C("UIT", "Uitvoerder bouw", "mbo-opleiding", "mbo-4", "bouw",
  ["Opleiding voor ervaren vakmensen die doorgroeien naar uitvoerder of werkvoorbereider.",
   "Deelnemers leren projecten voor te bereiden, de bouwplaats te organiseren en kwaliteit, tijd en geld te bewaken."],
  "een bouwproject voorbereiden|de bouwplaats organiseren|onderaannemers aansturen|kwaliteit, planning en budget bewaken|veiligheid op de bouwplaats borgen",
  "uitvoerder|werkvoorbereiding|bouwmanagement|niveau 4",
  ["del", "rvt/Hengelo", "ave/Deventer", "alf/Groningen", "rij"],
  qual="25190", hours=3200, weeks=104, dl="werkplek+klassikaal", sch="avond", cred="diploma", price=(5200, 7200),
  grp=(10, 20), starts="cohort")

C("SCH", "Schilder", "mbo-opleiding", "mbo-2", "bouw",
  ["Bbl-opleiding tot schilder voor nieuw- en onderhoudswerk, binnen en buiten.",
   "Deelnemers leren ondergronden voorbereiden, verfsystemen kiezen en veilig werken op hoogte."],
  "ondergronden beoordelen en voorbehandelen|verfsystemen kiezen en aanbrengen|beglazing plaatsen|veilig werken met steigers en ladders",
  "schilder|onderhoud|bbl|afbouw",
  ["nim", "del", "rvt/Hengelo", "alf/Groningen"],
  qual="25200", hours=1600, weeks=52, dl="werkplek+klassikaal", cred="diploma", price=(2650, 3850), grp=(10, 20),
  starts="cohort")

C("BIM", "BIM-modelleren met Revit", "cursus", "mbo-4", "bouw",
  ["Cursus waarin tekenaars en werkvoorbereiders leren bouwkundige modellen te maken en te beheren in Revit.",
   "Deelnemers oefenen met het uitwisselen van modellen volgens de BIM Basis ILS."],
  "een bouwkundig model opzetten in Revit|tekeningen en hoeveelheden uit het model halen|modellen uitwisselen via IFC|samenwerken in een BIM-project",
  "BIM|Revit|IFC|3D-modelleren",
  ["del", "rvt/Enschede", "nco/Utrecht lvl=geen", "sax/Enschede lvl=hbo-bachelor"],
  hours=40, weeks=8, sch="avond", cred="certificaat", price=(895, 1650), grp=(6, 12))

C("DUB", "Duurzaam bouwen en renoveren", "keuzedeel", "mbo-4", "bouw",
  ["Keuzedeel over energiezuinig en circulair bouwen en het verduurzamen van bestaande woningen.",
   "Deelnemers leren isolatiemaatregelen, ventilatie en duurzame materialen te beoordelen en toe te passen."],
  "isolatie- en ventilatiemaatregelen beoordelen|circulaire bouwmaterialen toepassen|een renovatieadvies opstellen|energieprestatie van woningen verbeteren",
  "duurzaam bouwen|circulair|isolatie|renovatie",
  ["del", "rvt/Hengelo", "ave/Deventer", "gra", "lan/Harderwijk"],
  qual="K0719", hours=240, weeks=20, cred="certificaat", price=(650, 1050), grp=(8, 16))

C("ADB", "Associate degree Bouwkunde", "associate-degree", "hbo-ad", "bouw",
  ["Tweejarige associate degree in deeltijd voor mbo-opgeleide bouwprofessionals die willen doorgroeien naar werkvoorbereider, projectleider of calculator.",
   "De opdrachten komen uit het eigen bedrijf."],
  "bouwprojecten voorbereiden en leiden|bouwtechnische oplossingen uitwerken|kosten ramen en bewaken|samenwerken in bouwteams",
  "associate degree|bouwkunde|deeltijd|projectleider",
  ["win", "sax/Enschede", "han/Arnhem"],
  qual="80035", ec=120, weeks=104, dl="blended", sch="avond", cred="diploma", price=(4800, 5600), grp=(15, 30),
  starts="cohort")

C("BKD", "Bouwkunde (deeltijd)", "hbo-bachelor", "hbo-bachelor", "bouw",
  ["Deeltijdbachelor voor werkenden in de bouw, vastgoed en architectuur.",
   "Deelnemers kiezen een profiel in ontwerp, bouwtechniek of bouwmanagement."],
  "bouwkundig ontwerpen|bouwtechnische vraagstukken oplossen|bouwprojecten managen|duurzaam en circulair ontwerpen",
  "bouwkunde|built environment|deeltijd|bachelor",
  ["win", "sax/Enschede", "han/Arnhem", "hza"],
  qual="34276", ec=240, weeks=208, dl="blended", sch="avond", cred="diploma", price=(9800, 11200), grp=(15, 40),
  starts="cohort")

C("PMB", "Projectmanagement in de bouw", "post-hbo", "hbo-bachelor", "bouw",
  ["Post-hbo-opleiding voor projectleiders en uitvoerders die grotere bouwprojecten gaan leiden.",
   "Aan bod komen contractvormen, risicomanagement, planning en het sturen van opdrachtgevers en bouwteams."],
  "bouwprojecten plannen en beheersen|contractvormen en UAV-GC toepassen|risico's beheersen|bouwteams en opdrachtgevers aansturen",
  "projectmanagement|bouw|contractvormen|risicomanagement",
  ["sax/Deventer", "win", "nco/Zwolle", "han/Arnhem"],
  ec=15, weeks=20, dl="blended", sch="avond", cred="certificaat", price=(2450, 3650), grp=(10, 20), starts="short")

C("MTS", "Metselen voor zij-instromers", "module", "mbo-2", "bouw",
  ["Praktijkgerichte module voor zij-instromers die als metselaar aan de slag willen.",
   "Deelnemers leren in korte tijd de basis van metselen, voegen en het werken met lijnen en profielen."],
  "metselwerk opzetten met lijn en profiel|verbanden metselen|voegen|veilig werken met mortel en materieel",
  "metselaar|zij-instroom|bouwplaats|omscholing",
  ["del", "ave/Apeldoorn", "rvt/Almelo", "alf/Hardenberg"],
  hours=200, weeks=12, dl="klassikaal+werkplek", cred="certificaat", price=(1450, 2250), grp=(8, 14))

C("STU", "Stukadoor", "mbo-opleiding", "mbo-2", "bouw",
  ["Bbl-opleiding tot stukadoor voor nieuwbouw en renovatie.",
   "Deelnemers leren wanden en plafonds af te werken met gips, spuitwerk en sierpleister."],
  "wanden en plafonds stucen|spuitwerk aanbrengen|ondergronden voorbereiden|sierpleisters verwerken",
  "stukadoor|afbouw|bbl",
  ["nim", "del", "rvt/Enschede"],
  qual="25206", hours=1600, weeks=52, dl="werkplek+klassikaal", cred="diploma", price=(2650, 3850), grp=(8, 18),
  starts="cohort")

C("CNC", "CNC-houtbewerking", "module", "mbo-3", "bouw",
  ["Module over het programmeren en bedienen van CNC-gestuurde houtbewerkingsmachines in interieur- en meubelbouw.",
   "Deelnemers leren vanuit een werktekening een programma te maken en de machine veilig in te richten."],
  "een CNC-programma maken vanuit een werktekening|de machine inrichten en bedienen|gereedschap kiezen|maatvoering controleren",
  "CNC|houtbewerking|interieurbouw|meubelmaker",
  ["hmc", "hmc/Rotterdam", "del"],
  hours=80, weeks=10, sch="avond", cred="certificaat", price=(1150, 1750), grp=(6, 10))

C("IBW", "Interieurbouwer", "mbo-opleiding", "mbo-3", "bouw",
  ["Bbl-opleiding tot interieurbouwer voor winkel-, kantoor- en standbouw.",
   "Deelnemers leren interieurs te maken en te monteren, van werktekening tot oplevering bij de klant."],
  "werktekeningen maken en lezen|interieuronderdelen vervaardigen|interieurs monteren op locatie|plaatmaterialen en beslag verwerken",
  "interieurbouw|meubelmaker|standbouw|bbl",
  ["hmc", "hmc/Rotterdam"],
  qual="25271", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(4500, 6200), grp=(8, 18),
  starts="cohort")

C("STF", "Meubelstofferen", "module", "mbo-2", "bouw",
  ["Praktische module in het stofferen van stoelen en banken, traditioneel en modern.",
   "Geschikt voor medewerkers van stoffeerderijen en interieurbedrijven."],
  "vering en vulling aanbrengen|bekledingsstof uitsnijden en bevestigen|traditioneel opvullen|meubels repareren",
  "stoffeerder|meubel|ambacht",
  ["hmc/Rotterdam", "hmc"],
  hours=60, weeks=10, sch="avond", cred="bewijs-van-deelname", price=(750, 1150), grp=(6, 10))

C("WAF", "Wandafwerking en behangen", "module", "mbo-2", "bouw",
  ["Module over het behangen en afwerken van wanden met glasweefsel, vliesbehang en wandbekleding.",
   "Deelnemers oefenen in de werkplaats met echte ruimtes."],
  "ondergronden beoordelen|behang en glasweefsel aanbrengen|naden en hoeken netjes afwerken|materiaal berekenen",
  "behangen|wandafwerking|schilder|afbouw",
  ["nim", "nim sch=avond"],
  hours=40, weeks=6, cred="bewijs-van-deelname", price=(495, 795), grp=(6, 12))

# ---- installatie en energie ------------------------------------------------------------

C("WP", "Warmtepompen installeren en onderhouden", "module", "mbo-3", "installatie",
  ["Module voor monteurs die warmtepompen willen installeren, in bedrijf stellen en onderhouden.",
   "Deelnemers werken op opstellingen met lucht-water- en hybride warmtepompen en leren storingen systematisch op te sporen."],
  "een warmtepompinstallatie dimensioneren|warmtepompen installeren en in bedrijf stellen|storingen zoeken en verhelpen|klanten adviseren over gebruik en instellingen|waterzijdig inregelen",
  "warmtepomp|hybride|duurzame installatie|monteur",
  ["del", "ave/Apeldoorn", "rvt/Hengelo", "drc/Emmen", "alf/Groningen", "gra lvl=mbo-2", "vis/Heerlen",
   "lan/Harderwijk lvl=mbo-2", "nco/Eindhoven lvl=geen"],
  hours=40, weeks=6, cred="certificaat", price=(695, 1250), grp=(6, 12))

C("PV", "Zonnepanelen installeren", "module", "mbo-2", "energie",
  ["Praktijkmodule over het veilig monteren en aansluiten van pv-systemen op schuine en platte daken.",
   "Deelnemers leren ook de omvormer aan te sluiten en de installatie op te leveren volgens de geldende normen."],
  "pv-panelen monteren op schuine en platte daken|omvormers aansluiten|veilig werken op daken|een pv-installatie opleveren en controleren",
  "zonnepanelen|pv|omvormer|dakwerk",
  ["del", "rvt/Enschede", "ave/Zutphen", "noo/Groningen", "rij", "alf/Hoogeveen lvl=mbo-3"],
  hours=32, weeks=4, cred="certificaat", price=(495, 895), grp=(6, 12))

C("FG", "F-gassen persoonscertificaat categorie I", "cursus", "geen", "installatie",
  ["Opleiding en examen voor het persoonscertificaat F-gassen, verplicht voor monteurs die werken aan koel- en klimaatinstallaties en warmtepompen met gefluoreerde koudemiddelen.",
   "Het praktijkexamen wordt afgenomen op een erkende examenlocatie."],
  "veilig werken met koudemiddelen|lekdichtheidscontrole uitvoeren|koudemiddel terugwinnen|installaties vullen en in bedrijf stellen",
  "F-gassen|koudemiddel|koeltechniek|persoonscertificaat",
  ["rvt/Hengelo", "ave/Apeldoorn", "alf/Groningen", "del"],
  hours=40, weeks=5, cred="certificaat", price=(1250, 1750), grp=(6, 10))

C("VOP", "NEN 3140: voldoend onderricht persoon (VOP)", "cursus", "geen", "installatie",
  ["Training voor medewerkers die eenvoudige elektrotechnische werkzaamheden uitvoeren onder toezicht.",
   "Deelnemers leren de risico's van elektriciteit kennen en veilig werken volgens NEN 3140."],
  "risico's van elektriciteit herkennen|veilig werken volgens NEN 3140|spanningsloos maken onder toezicht|elektrische arbeidsmiddelen controleren",
  "NEN 3140|VOP|elektrotechniek|veiligheid",
  [("del", {"note": NOTES["deltion_orgb"]}), "org/Zwolle", "org/Deventer", "som/Ede", "rvt/Almelo"],
  hours=8, weeks=1, cred="certificaat", price=(225, 395), grp=(6, 12))

C("VP", "NEN 3140: vakbekwaam persoon (VP)", "cursus", "geen", "installatie",
  ["Training voor elektromonteurs die zelfstandig werkzaamheden uitvoeren aan laagspanningsinstallaties.",
   "Deelnemers leren de werkverantwoordelijkheid te dragen en de veiligheidsmaatregelen te nemen."],
  "werkzaamheden aan laagspanningsinstallaties voorbereiden|veiligheidsmaatregelen nemen|werkverantwoordelijke zijn|inspecties en metingen uitvoeren",
  "NEN 3140|VP|werkverantwoordelijke|laagspanning",
  [("del", {"note": NOTES["deltion_orgb"]}), "org/Zwolle", "som/Ede"],
  hours=16, weeks=2, cred="certificaat", price=(395, 595), grp=(6, 12))

C("EIM", "Eerste monteur elektrotechnische installaties", "mbo-opleiding", "mbo-3", "installatie",
  ["Bbl-opleiding voor monteurs die zelfstandig elektrotechnische installaties in woningen en utiliteit aanleggen en onderhouden.",
   "Er is veel aandacht voor duurzame technieken zoals pv, laadpalen en warmtepompen."],
  "elektrotechnische installaties aanleggen|installaties in bedrijf stellen en testen|storingen opsporen|werk voorbereiden en collega's aansturen",
  "elektrotechniek|eerste monteur|bbl|installatietechniek",
  ["del", "rvt/Hengelo", "ave/Apeldoorn", "drc/Emmen", "gra"],
  qual="25322", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(4500, 6400), grp=(10, 20),
  starts="cohort")

C("MWI", "Monteur werktuigkundige installaties", "mbo-opleiding", "mbo-2", "installatie",
  ["Bbl-opleiding voor monteurs van verwarming, sanitair en ventilatie.",
   "Deelnemers leren leidingwerk aan te leggen en installaties te monteren in nieuwbouw en renovatie."],
  "leidingwerk aanleggen|verwarmings- en sanitaire installaties monteren|ventilatiesystemen plaatsen|veilig werken op de bouwplaats",
  "installatiemonteur|loodgieter|cv|bbl",
  ["del", "lan/Zwolle", "rvt/Almelo", "alf/Groningen"],
  qual="25337", hours=1600, weeks=52, dl="werkplek+klassikaal", cred="diploma", price=(2650, 3850), grp=(10, 20),
  starts="cohort")

C("LDP", "Laadpalen installeren en aansluiten", "module", "mbo-3", "energie",
  ["Module over het installeren van laadpunten voor elektrische voertuigen bij woningen en bedrijven.",
   "Deelnemers leren de installatie te berekenen, aan te sluiten, te testen en de klant te adviseren over slim laden."],
  "laadpunten installeren en aansluiten|de aansluitwaarde en belasting berekenen|installaties testen en opleveren|klanten adviseren over slim laden",
  "laadpaal|elektrisch rijden|e-mobiliteit",
  ["del", "rij", "rnn", "ave/Deventer"],
  hours=24, weeks=3, cred="certificaat", price=(395, 695), grp=(6, 12))

C("EPW", "Energieadviseur woningbouw (EP-W)", "cursus", "mbo-4", "energie",
  ["Opleiding tot energieadviseur die energielabels voor woningen mag opstellen volgens de NTA 8800.",
   "Deelnemers leren woningen opnemen, de software gebruiken en bewoners adviseren over verduurzaming."],
  "woningen opnemen voor het energielabel|energieprestatie berekenen volgens NTA 8800|bewoners adviseren over verduurzaming|het examen energieadviseur afleggen",
  "energielabel|NTA 8800|EP-W|verduurzaming",
  ["nco/Zwolle lvl=geen", "del", "loi dl=online sch=flexibel lvl=geen", "sax/Apeldoorn lvl=hbo-bachelor"],
  hours=60, weeks=8, dl="blended", cred="certificaat", price=(1150, 1850), grp=(8, 16))

C("DET", "Duurzame energietechniek", "keuzedeel", "mbo-3", "energie",
  ["Keuzedeel over de werking en toepassing van duurzame energiesystemen, zoals zonnestroom, warmtepompen en opslag.",
   "Deelnemers leren systemen te vergelijken en klanten te adviseren over de juiste keuze."],
  "duurzame energiesystemen vergelijken|zonnestroom- en warmtesystemen toepassen|energieopslag begrijpen|klanten adviseren over duurzame energie",
  "duurzame energie|energietransitie|installatietechniek",
  ["del", "rvt/Hengelo", "ave/Apeldoorn", "drc/Emmen"],
  qual="K0712", hours=240, weeks=20, cred="certificaat", price=(650, 1000), grp=(8, 16))

C("ETG", "Energietransitie in de gebouwde omgeving", "post-hbo", "hbo-bachelor", "energie",
  ["Post-hbo-opleiding voor professionals bij gemeenten, woningcorporaties en adviesbureaus die de wijkaanpak van de energietransitie vormgeven.",
   "Aan bod komen warmtenetten, netcongestie, financiering en bewonersparticipatie."],
  "een wijkaanpak voor de warmtetransitie opstellen|warmteopties vergelijken|bewonersparticipatie organiseren|financieringsvormen beoordelen",
  "energietransitie|warmtenet|netcongestie|gemeente",
  ["win", "sax/Deventer", "han/Arnhem", "hza"],
  ec=10, weeks=16, dl="blended", cred="certificaat", price=(1850, 2950), grp=(12, 24), starts="short")

C("ELD", "Elektrotechniek (deeltijd)", "hbo-bachelor", "hbo-bachelor", "energie",
  ["Deeltijdbachelor voor technici die zich willen ontwikkelen tot ingenieur in de elektrotechniek en energievoorziening.",
   "Deelnemers volgen twee avonden per week les en doen projecten in hun eigen bedrijf."],
  "elektrische systemen ontwerpen|vermogenselektronica toepassen|slimme energienetten begrijpen|technische projecten leiden",
  "elektrotechniek|ingenieur|deeltijd|energie",
  ["sax/Enschede", "han/Arnhem", "win"],
  qual="34235", ec=240, weeks=208, dl="blended", sch="avond", cred="diploma", price=(9800, 11200), grp=(12, 30),
  starts="cohort")

C("CVK", "Service en onderhoud van cv-ketels", "module", "mbo-3", "installatie",
  ["Module voor servicemonteurs die cv-ketels onderhouden en storingen verhelpen.",
   "Deelnemers oefenen op toestellen van verschillende merken en leren veilig werken aan gasinstallaties."],
  "cv-ketels onderhouden volgens fabrieksvoorschrift|storingen opsporen en verhelpen|rookgasanalyse uitvoeren|veilig werken aan gasinstallaties",
  "cv-monteur|servicemonteur|gasinstallatie|onderhoud",
  ["del", "ave/Apeldoorn", "rvt/Enschede", "lan/Zwolle"],
  hours=40, weeks=5, cred="certificaat", price=(650, 1100), grp=(6, 12))

# ---- procesindustrie -------------------------------------------------------------------

_AL = [("ave dl=online sch=flexibel", {"note": NOTES["aventus_litop"]}),
       ("lit dl=online sch=flexibel", {"note": NOTES["litop_aventus"]})]

C("ELP", "E-learning Procestechniek basis", "module", "mbo-2", "procesindustrie",
  ["E-learning over de basis van procestechniek voor nieuwe operators en zij-instromers in de procesindustrie.",
   "Aan bod komen stoffen en hun eigenschappen, druk, temperatuur en debiet, en het lezen van een PID-tekening."],
  "eigenschappen van stoffen kennen|druk, temperatuur en debiet begrijpen|PID-tekeningen lezen|eenvoudige procesbewaking uitvoeren",
  "procestechniek|operator|PID|e-learning",
  _AL + ["drc/Emmen dl=blended", "noo/Delfzijl dl=blended"],
  hours=40, weeks=8, dl="online", sch="flexibel", cred="certificaat", price=(295, 495), grp=None)

C("ELPC", "E-learning Pompen en compressoren", "module", "mbo-3", "procesindustrie",
  ["E-learning over de werking, bediening en storingen van pompen en compressoren in procesinstallaties.",
   "Deelnemers leren in animaties van echte installaties hoe zij een pomp veilig opstarten en cavitatie herkennen."],
  "werking van centrifugaal- en verdringerpompen begrijpen|pompen en compressoren veilig opstarten en stoppen|cavitatie en andere storingen herkennen|pompkarakteristieken lezen",
  "pompen|compressoren|rotating equipment|e-learning",
  [("ave dl=online sch=flexibel lvl=mbo-2", {"note": NOTES["aventus_litop"]}), _AL[1]],
  hours=24, weeks=6, dl="online", sch="flexibel", cred="certificaat", price=(195, 345), grp=None)

C("ELMR", "E-learning Meet- en regeltechniek", "module", "mbo-3", "procesindustrie",
  ["E-learning over meten en regelen in procesinstallaties, van sensor tot regelklep.",
   "Deelnemers leren regelkringen te begrijpen en afwijkingen in het procesbeeld te verklaren."],
  "meetprincipes van druk, niveau, debiet en temperatuur kennen|regelkringen begrijpen|regelaarinstellingen interpreteren|afwijkingen in het procesbeeld verklaren",
  "meet- en regeltechniek|instrumentatie|regelkring|e-learning",
  _AL,
  hours=32, weeks=8, dl="online", sch="flexibel", cred="certificaat", price=(245, 425), grp=None)

C("ELGS", "E-learning Veilig werken met gevaarlijke stoffen", "module", "mbo-2", "procesindustrie",
  ["E-learning over de risico's van gevaarlijke stoffen en de maatregelen om veilig te werken.",
   "Deelnemers leren etiketten en veiligheidsinformatiebladen te lezen en de juiste beschermingsmiddelen te kiezen."],
  "gevarensymbolen en veiligheidsinformatiebladen lezen|blootstelling voorkomen|persoonlijke beschermingsmiddelen kiezen|handelen bij lekkage en incidenten",
  "gevaarlijke stoffen|VIB|veiligheid|e-learning",
  _AL + [("ave/Deventer dl=blended sch=dag", {"note": NOTES["aventus_litop"]})],
  hours=16, weeks=4, dl="online", sch="flexibel", cred="certificaat", price=(145, 275), grp=None)

C("ELSP", "E-learning Scheidingsprocessen: destilleren en extraheren", "module", "mbo-3", "procesindustrie",
  ["E-learning over de belangrijkste scheidingsprocessen in de chemie: destillatie, extractie, absorptie en filtratie.",
   "Deelnemers leren hoe een destillatiekolom werkt en hoe zij die stabiel bedrijven."],
  "scheidingsprocessen kennen en vergelijken|een destillatiekolom bedienen|invloed van druk en temperatuur op scheiding begrijpen|kolomproblemen herkennen",
  "destillatie|extractie|scheidingstechniek|e-learning",
  _AL,
  hours=32, weeks=8, dl="online", sch="flexibel", cred="certificaat", price=(245, 425), grp=None)

C("ELWW", "E-learning Warmteoverdracht en warmtewisselaars", "module", "mbo-3", "procesindustrie",
  ["E-learning over warmteoverdracht en de werking en het onderhoud van warmtewisselaars.",
   "Deelnemers leren vervuiling te herkennen en de energie-efficiëntie van de installatie te bewaken."],
  "principes van warmteoverdracht toepassen|typen warmtewisselaars kennen|vervuiling en lekkage herkennen|energieverbruik bewaken",
  "warmtewisselaar|energie-efficiëntie|procestechniek|e-learning",
  _AL,
  hours=20, weeks=4, dl="online", sch="flexibel", cred="certificaat", price=(175, 325), grp=None)

C("LEL", "Lean in de procesindustrie", "module", "mbo-3", "procesindustrie",
  ["E-learning over verbeteren en verspillingen terugdringen in een continu productieproces.",
   "Deelnemers voeren een kleine verbeteractie uit in hun eigen ploeg."],
  "verspillingen herkennen|verbeteracties uitvoeren met PDCA|afwijkingen bespreken in de ploegoverdracht|kengetallen van de installatie volgen",
  "lean|continu verbeteren|ploegendienst|e-learning",
  ["lit dl=online sch=flexibel"],
  hours=16, weeks=4, dl="online", sch="flexibel", cred="bewijs-van-deelname", price=(175, 295), grp=None)

C("OPZ", "Procesoperator: basis voor zij-instromers", "cursus", "mbo-2", "procesindustrie",
  ["Online voorbereidingstraject voor zij-instromers die bij een chemisch of voedingsmiddelenbedrijf als operator willen beginnen.",
   "Na afronding kunnen deelnemers doorstromen naar de bbl-opleiding Operator A of B."],
  "procestechnische basisbegrippen kennen|veilig werken in een procesomgeving|rondes lopen en afwijkingen melden|werken in ploegendienst",
  "zij-instroom|operator|omscholing|procesindustrie",
  ["lit dl=online sch=flexibel", "drc/Emmen dl=blended sch=avond", "noo/Delfzijl dl=blended sch=avond"],
  hours=80, weeks=12, dl="online", sch="flexibel", cred="certificaat", price=(650, 1150), grp=None)

C("OPA", "Operator A", "mbo-opleiding", "mbo-2", "procesindustrie",
  ["Bbl-opleiding voor operators die onder begeleiding procesinstallaties bedienen en controleren.",
   "Deelnemers leren rondes te lopen, monsters te nemen en eenvoudige storingen te verhelpen."],
  "procesinstallaties bedienen onder begeleiding|rondes lopen en controles uitvoeren|monsters nemen|veilig werken volgens werkvergunningen|eenvoudige storingen verhelpen",
  "operator|procesoperator|bbl|chemie",
  ["drc/Emmen", "noo/Delfzijl", "ave/Deventer", "rvt/Hengelo", "vis/Geleen"],
  qual="25413", hours=1600, weeks=52, dl="werkplek+klassikaal", cred="diploma", price=(2650, 3850), grp=(10, 20),
  starts="cohort")

C("OPB", "Operator B", "mbo-opleiding", "mbo-3", "procesindustrie",
  ["Bbl-opleiding voor operators die zelfstandig een deel van de procesinstallatie bewaken en bijsturen.",
   "Deelnemers leren vanuit de controlekamer te werken en bij storingen de oorzaak te analyseren."],
  "een procesinstallatie zelfstandig bewaken en bijsturen|werken vanuit de controlekamer|storingen analyseren|op- en afstarten van installaties|werkvergunningen voorbereiden",
  "operator|controlekamer|bbl|procestechniek",
  ["drc/Emmen", "noo/Delfzijl", "ave/Deventer", "vis/Geleen"],
  qual="25414", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(4200, 6200), grp=(10, 20),
  starts="cohort")

C("OPC", "Operator C (allround operator)", "mbo-opleiding", "mbo-4", "procesindustrie",
  ["Opleiding voor ervaren operators die de rol van allround operator of shiftleider ambiëren.",
   "Deelnemers leren het proces te optimaliseren, collega's aan te sturen en verbetervoorstellen uit te werken."],
  "het productieproces optimaliseren|een ploeg coördineren|verbetervoorstellen uitwerken|procesveiligheid bewaken",
  "allround operator|shiftleider|procesoptimalisatie",
  ["drc/Emmen", "noo/Delfzijl", "vis/Geleen", "rvt/Hengelo"],
  qual="25415", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(4500, 6500), grp=(10, 20),
  starts="cohort")

C("GBR", "Gasmeten en werken in besloten ruimten", "cursus", "geen", "procesindustrie",
  ["Training voor medewerkers die gasmetingen uitvoeren voordat er in tanks, putten of andere besloten ruimten wordt gewerkt.",
   "Deelnemers oefenen met gasdetectieapparatuur en leren een werkvergunning correct in te vullen."],
  "gasmetingen uitvoeren en interpreteren|gevaren van besloten ruimten herkennen|werkvergunningen invullen|mangatwacht houden",
  "gasmeten|besloten ruimten|werkvergunning|mangatwacht",
  ["org/Zwolle", ("del", {"note": NOTES["deltion_orgb"]}), "drc/Emmen", "noo/Delfzijl"],
  hours=8, weeks=1, cred="certificaat", price=(245, 425), grp=(6, 12))

C("PVB", "Procesveiligheid en BRZO", "post-hbo", "hbo-bachelor", "procesindustrie",
  ["Post-hbo-cursus voor procestechnologen, HSE-adviseurs en productieleiders in BRZO-bedrijven.",
   "Deelnemers leren risicoanalyses uit te voeren, barrières te beoordelen en een veiligheidscultuur te versterken."],
  "risicoanalyses uitvoeren (HAZOP)|veiligheidsbarrières beoordelen|wet- en regelgeving rond BRZO toepassen|veiligheidscultuur versterken",
  "procesveiligheid|BRZO|HAZOP|HSE",
  ["sax/Enschede", "hza", "nco/Rotterdam"],
  ec=6, weeks=10, dl="blended", cred="certificaat", price=(1650, 2450), grp=(10, 20), starts="short")

C("CTD", "Chemische Technologie (deeltijd)", "hbo-bachelor", "hbo-bachelor", "procesindustrie",
  ["Deeltijdbachelor voor mbo-opgeleide procesoperators en analisten die verder willen als procestechnoloog.",
   "Deelnemers leren processen te ontwerpen, op te schalen en te verduurzamen."],
  "chemische processen ontwerpen en opschalen|procesdata analyseren|duurzame procestechnologie toepassen|technische projecten leiden",
  "chemische technologie|procestechnoloog|deeltijd",
  ["sax/Enschede", "hza", "han/Arnhem"],
  qual="34397", ec=240, weeks=208, dl="blended", sch="avond", cred="diploma", price=(9800, 11200), grp=(12, 30),
  starts="cohort")

C("PRT", "Procestechniek", "keuzedeel", "mbo-3", "procesindustrie",
  ["Keuzedeel voor studenten en werkenden in techniek die kennis willen maken met procestechniek.",
   "Deelnemers werken aan een leeropstelling en leren processen bewaken en bijsturen."],
  "procesinstallaties bewaken|procesgegevens registreren|veilig werken in de procesindustrie|eenvoudige regelacties uitvoeren",
  "procestechniek|keuzedeel|operator",
  ["ave/Deventer", "drc/Emmen", "noo/Delfzijl", "rvt/Hengelo"],
  qual="K0107", hours=240, weeks=20, cred="certificaat", price=(600, 950), grp=(8, 16))

# ---- logistiek -------------------------------------------------------------------------

C("HEF", "Vorkheftruck chauffeur", "cursus", "geen", "logistiek",
  ["Praktijkcursus voor het veilig en efficiënt bedienen van een vorkheftruck.",
   "Deelnemers oefenen met laden, lossen en stapelen en leggen aan het einde van de dag een theorie- en praktijkexamen af."],
  "vorkheftruck veilig bedienen|laden en lossen van vrachtwagens|stapelen in stellingen|dagelijkse controle van de vorkheftruck",
  "heftruck|vorkheftruck|intern transport|heftruckcertificaat",
  ["loc/Zwolle", "loc/Apeldoorn", "loc/Zwolle sch=weekend", "som/Ede", "ave/Apeldoorn", "rvt/Almelo", "alf/Groningen",
   "loc/Zwolle dl=incompany"],
  hours=8, weeks=1, cred="certificaat", price=(245, 395), grp=(3, 6))

C("HEFH", "Vorkheftruck chauffeur – herhaling", "cursus", "geen", "logistiek",
  ["Opfriscursus van een dagdeel voor ervaren heftruckchauffeurs.",
   "Deelnemers frissen veiligheidsregels op en krijgen feedback op hun rijstijl."],
  "vorkheftruck veilig bedienen|veiligheidsregels toepassen|rijstijl verbeteren",
  "heftruck|herhaling|opfriscursus",
  ["loc/Zwolle", "loc/Apeldoorn", "som/Ede"],
  hours=4, weeks=1, cred="certificaat", price=(145, 225), grp=(3, 6))

C("RTR", "Reachtruck chauffeur", "cursus", "geen", "logistiek",
  ["Praktijkcursus voor het werken met een reachtruck in hoge stellingen.",
   "Deelnemers leren veilig op hoogte op te slaan en uit te nemen en hun werkplek overzichtelijk te houden."],
  "reachtruck veilig bedienen|opslaan en uitnemen op hoogte|werken in smalle gangpaden|dagelijkse controle uitvoeren",
  "reachtruck|magazijn|hoogbouw|intern transport",
  ["loc/Zwolle", "loc/Apeldoorn", "del", "rvt/Hengelo"],
  hours=8, weeks=1, cred="certificaat", price=(265, 425), grp=(3, 6))

C("EPT", "Elektrische pallettruck en orderpicker", "cursus", "geen", "logistiek",
  ["Korte praktijktraining voor magazijnmedewerkers die met een elektrische pallettruck of orderpicker werken.",
   "Ook geschikt als incompanytraining in het eigen magazijn."],
  "elektrische pallettruck veilig bedienen|orderpicken met de orderpicker|lading zekeren op de pallet|veilig manoeuvreren in het magazijn",
  "EPT|pallettruck|orderpicken|magazijn",
  ["loc/Zwolle", "loc/Apeldoorn dl=incompany", "ave/Apeldoorn", "lan/Harderwijk"],
  hours=4, weeks=1, cred="certificaat", price=(145, 245), grp=(3, 8))

C("C95", "Code 95: ladingzekering", "cursus", "geen", "logistiek",
  ["Nascholingsdag voor vrachtwagenchauffeurs over het correct zekeren van lading.",
   "Deelnemers oefenen met spanbanden, antislipmatten en de berekening van de benodigde borgkracht."],
  "lading zekeren volgens de EN 12195-norm|borgkracht berekenen|hulpmiddelen voor ladingzekering kiezen|controleren bij vertrek",
  "code 95|ladingzekering|chauffeur|nascholing",
  [("loc/Zwolle", {"note": NOTES["cbr_code95"]}), ("del sch=weekend", {"note": NOTES["cbr_code95"]}),
   ("rvt/Hengelo", {"note": NOTES["cbr_code95"]}), ("drc/Emmen", {"note": NOTES["cbr_code95"]})],
  hours=7, weeks=1, cred="certificaat", price=(145, 245), grp=(8, 16))

C("ADR", "ADR basis (vervoer gevaarlijke stoffen)", "cursus", "geen", "logistiek",
  ["Opleiding voor chauffeurs die gevaarlijke stoffen in colli vervoeren.",
   "De cursus bereidt voor op het CBR-examen ADR basis."],
  "gevarenklassen en etikettering kennen|vervoersdocumenten controleren|veiligheidsmaatregelen tijdens het vervoer nemen|handelen bij ongevallen",
  "ADR|gevaarlijke stoffen|chauffeur|CBR",
  ["loc/Zwolle", "rvt/Hengelo", "noo/Delfzijl", "loc/Apeldoorn sch=avond"],
  hours=20, weeks=3, cred="certificaat", price=(395, 650), grp=(6, 14))

C("LMW", "Logistiek medewerker", "mbo-opleiding", "mbo-2", "logistiek",
  ["Bbl-opleiding voor medewerkers in magazijn en distributiecentrum.",
   "Deelnemers leren goederen te ontvangen, op te slaan, te verzamelen en te verzenden en werken veilig met intern transportmiddelen."],
  "goederen ontvangen en controleren|goederen opslaan en orderpicken|zendingen gereedmaken voor verzending|werken met een warehousemanagementsysteem|veilig werken met intern transportmiddelen",
  "logistiek medewerker|magazijn|distributiecentrum|bbl",
  ["del", "lan/Harderwijk", "ave/Apeldoorn", "rvt/Almelo", "drc/Emmen", "mbu/Amersfoort", "rnn"],
  qual="25410", hours=1600, weeks=52, dl="werkplek+klassikaal", cred="diploma", price=(2450, 3650), grp=(10, 20),
  starts="cohort")

C("LTL", "Logistiek teamleider", "mbo-opleiding", "mbo-3", "logistiek",
  ["Opleiding voor ervaren logistiek medewerkers die een team in het magazijn gaan aansturen.",
   "Deelnemers leren werk te plannen, processen te bewaken en medewerkers te coachen."],
  "werkzaamheden in het magazijn plannen|een team aansturen en coachen|logistieke processen bewaken|voorraadverschillen analyseren",
  "teamleider|logistiek|leidinggeven|bbl",
  ["del", "ave/Apeldoorn", "rvt/Hengelo", "rij"],
  qual="25411", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(4200, 5900), grp=(10, 20),
  starts="cohort")

C("VRB", "Voorraadbeheer en warehousemanagement", "module", "mbo-3", "logistiek",
  ["Module over het beheersen van voorraden en het inrichten van een efficiënt magazijn.",
   "Deelnemers rekenen met bestelmomenten en veiligheidsvoorraden en analyseren de voorraad van hun eigen bedrijf."],
  "voorraadniveaus en bestelmomenten berekenen|ABC-analyses maken|het magazijn efficiënt indelen|voorraadverschillen analyseren",
  "voorraadbeheer|warehouse|WMS|logistiek",
  ["nco/Zwolle lvl=geen", "loi dl=online sch=flexibel lvl=geen", "del", "ave/Apeldoorn"],
  hours=60, weeks=10, dl="blended", sch="avond", cred="certificaat", price=(695, 1250), grp=(8, 16))

C("LYB", "Lean Yellow Belt voor de logistiek", "cursus", "geen", "logistiek",
  ["Training in de basis van lean voor medewerkers en teamleiders in magazijn en transport.",
   "Deelnemers leren verspillingen zien en kleine verbeteringen samen met hun team door te voeren."],
  "verspillingen in logistieke processen herkennen|5S toepassen op de werkvloer|verbeteracties uitvoeren met PDCA|korte startoverleggen leiden",
  "lean|yellow belt|5S|continu verbeteren",
  ["nco/Zwolle", "loc/Apeldoorn", "som/Zwolle", "nco dl=online sch=flexibel"],
  hours=16, weeks=2, cred="certificaat", price=(495, 795), grp=(6, 14))

C("ADL", "Associate degree Logistiek management", "associate-degree", "hbo-ad", "logistiek",
  ["Tweejarige associate degree voor professionals in logistiek, transport en supply chain.",
   "Deelnemers leren logistieke processen te analyseren en te verbeteren en teams aan te sturen."],
  "logistieke processen analyseren en verbeteren|transport en distributie plannen|data gebruiken voor logistieke beslissingen|een team leiden",
  "associate degree|logistiek|supply chain|deeltijd",
  ["win", "han/Nijmegen"],
  qual="80064", ec=120, weeks=104, dl="blended", sch="avond", cred="diploma", price=(4800, 5600), grp=(15, 30),
  starts="cohort")

C("SCP", "Supply chain planning", "post-hbo", "hbo-bachelor", "logistiek",
  ["Post-hbo-opleiding voor planners en logistiek managers.",
   "Deelnemers leren vraagvoorspelling, productie- en distributieplanning op elkaar af te stemmen."],
  "vraagvoorspellingen opstellen|sales and operations planning organiseren|planningsparameters instellen|ketenpartners aansturen",
  "supply chain|planning|S&OP|forecasting",
  ["win", "han/Nijmegen", "nco/Utrecht"],
  ec=10, weeks=14, dl="blended", sch="avond", cred="certificaat", price=(1950, 2950), grp=(10, 20), starts="short")

C("CGV", "Chauffeur goederenvervoer", "mbo-opleiding", "mbo-2", "logistiek",
  ["Bbl-opleiding tot vrachtwagenchauffeur, inclusief de rijopleiding voor het C- en CE-rijbewijs en de vakbekwaamheid.",
   "Deelnemers leren ook lading zekeren en klantgericht afleveren."],
  "veilig en zuinig een vrachtwagen besturen|lading zekeren|rij- en rusttijden naleven|goederen klantgericht afleveren",
  "chauffeur|rijbewijs C|CE|code 95",
  ["del", "rvt/Hengelo", "ave/Apeldoorn", "drc/Emmen"],
  qual="25399", hours=1600, weeks=52, dl="werkplek+klassikaal", cred="diploma", price=(7500, 9500), grp=(8, 16),
  starts="cohort")

C("KIT", "Heftruck en intern transport", "keuzedeel", "mbo-2", "logistiek",
  ["Keuzedeel waarin deelnemers leren veilig met intern transportmiddelen te werken, afgesloten met het heftruckcertificaat.",
   "Geschikt voor medewerkers in logistiek, groothandel en productie."],
  "vorkheftruck veilig bedienen|elektrische pallettruck bedienen|lading veilig verplaatsen en stapelen|risico's van intern transport herkennen",
  "heftruck|intern transport|keuzedeel",
  ["del", "rvt/Almelo", "lan/Zwolle"],
  qual="K0032", hours=240, weeks=12, cred="certificaat", price=(600, 850), grp=(6, 12))

# ---- ict -------------------------------------------------------------------------------

C("SDV", "Software developer", "mbo-opleiding", "mbo-4", "ict",
  ["Opleiding tot software developer, ook in deeltijd en bbl voor zij-instromers.",
   "Deelnemers leren webapplicaties te bouwen, te testen en op te leveren in een Scrum-team."],
  "software ontwerpen en bouwen|webapplicaties programmeren|software testen en opleveren|werken in een Scrum-team|databases ontwerpen",
  "software developer|programmeren|bbl|niveau 4",
  ["del", "lan/Zwolle", "rvt/Enschede", "ave/Apeldoorn", "alf/Groningen", "gra", "mon", "mbu"],
  qual="25604", hours=4800, weeks=130, dl="werkplek+klassikaal", cred="diploma", price=(4900, 6900), grp=(12, 24),
  starts="cohort")

C("EIT", "Expert IT systems and devices", "mbo-opleiding", "mbo-4", "ict",
  ["Opleiding voor systeembeheerders die netwerken, servers en cloudomgevingen inrichten en beheren.",
   "De opleiding wordt in het Nederlands gegeven; de vaktermen en een deel van de lesstof zijn Engelstalig."],
  "netwerken en servers inrichten|cloudomgevingen beheren|ICT-beveiliging toepassen|gebruikers ondersteunen bij incidenten",
  "systeembeheer|netwerkbeheer|cloud|niveau 4",
  ["del", "rvt/Hengelo", "ave/Apeldoorn", "rij"],
  qual="25606", hours=4800, weeks=130, dl="werkplek+klassikaal", cred="diploma", price=(4900, 6900), grp=(12, 24),
  starts="cohort")

C("ICS", "Medewerker ICT support", "mbo-opleiding", "mbo-3", "ict",
  ["Bbl-opleiding voor servicedeskmedewerkers en werkplekbeheerders.",
   "Deelnemers leren gebruikers te helpen, werkplekken in te richten en incidenten volgens ITIL af te handelen."],
  "gebruikers ondersteunen bij ICT-vragen|werkplekken en randapparatuur installeren|incidenten registreren en afhandelen|eenvoudig netwerkbeheer uitvoeren",
  "servicedesk|werkplekbeheer|helpdesk|bbl",
  ["lan/Zwolle", "rvt/Almelo", "drc/Assen", "alf/Hardenberg"],
  qual="25605", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(3950, 5600), grp=(12, 24),
  starts="cohort")

C("VSW", "Verdieping software", "keuzedeel", "mbo-4", "ict",
  ["Keuzedeel voor developers die zich verder willen verdiepen in objectgeoriënteerd programmeren en softwarearchitectuur.",
   "Deelnemers werken aan een project met een echte opdrachtgever."],
  "objectgeoriënteerd programmeren|ontwerppatronen toepassen|code reviewen en refactoren|geautomatiseerd testen",
  "programmeren|softwarearchitectuur|keuzedeel",
  ["del", "rvt/Enschede", "ave/Apeldoorn", "lan/Zwolle"],
  qual="K0022", hours=480, weeks=20, cred="certificaat", price=(950, 1450), grp=(8, 16))

C("CYK", "Cybersecurity", "keuzedeel", "mbo-4", "ict",
  ["Keuzedeel over het beveiligen van netwerken, systemen en gegevens.",
   "Deelnemers leren kwetsbaarheden op te sporen, maatregelen te nemen en te reageren op beveiligingsincidenten."],
  "kwetsbaarheden in systemen opsporen|beveiligingsmaatregelen implementeren|beveiligingsincidenten afhandelen|bewustwording bij gebruikers vergroten",
  "cybersecurity|informatiebeveiliging|keuzedeel",
  ["del", "rvt/Enschede", "ave/Apeldoorn", "alf/Groningen", "mon"],
  qual="K0768", hours=240, weeks=20, cred="certificaat", price=(650, 1050), grp=(8, 16))

C("AZ9", "Microsoft Azure Fundamentals (AZ-900)", "cursus", "geen", "ict",
  ["Two-day training preparing for the Microsoft AZ-900 exam, for administrators, developers and managers new to Azure.",
   "Participants work in a live Azure sandbox and practise with exam-style questions."],
  "describe cloud concepts|describe core Azure services|describe Azure management and governance|pass the AZ-900 exam",
  "Azure|cloud|Microsoft|AZ-900",
  ["iao/Enschede", "iao/Zwolle", "iao dl=online sch=dag",
   ("px/Deventer lang=nl", {
       "desc": ["Tweedaagse training ter voorbereiding op het examen Microsoft AZ-900, voor beheerders, developers en managers die met Azure beginnen.",
                "Deelnemers werken in een eigen Azure-oefenomgeving en oefenen met examenvragen."],
       "out": "cloudbegrippen uitleggen|de belangrijkste Azure-diensten beschrijven|beheer en governance in Azure beschrijven|het AZ-900-examen halen"})],
  hours=16, weeks=1, cred="certificaat", price=(795, 1150), grp=(4, 12), lang="en")

C("PYT", "Programmeren in Python", "cursus", "geen", "ict",
  ["Cursus voor beginners die willen leren programmeren in Python, bijvoorbeeld om taken te automatiseren of data te bewerken.",
   "Deelnemers schrijven vanaf de eerste les eigen scripts."],
  "Python-scripts schrijven|gegevens inlezen en bewerken|functies en modules gebruiken|taken automatiseren",
  "Python|programmeren|automatiseren|data",
  ["iao/Enschede", "px/Zwolle", "loi dl=online sch=flexibel", "nco dl=online sch=avond", "rvt/Enschede lvl=mbo-4",
   "sax/Enschede lvl=hbo-bachelor"],
  hours=24, weeks=6, sch="avond", cred="certificaat", price=(495, 950), grp=(6, 14))

C("SCR", "Scrum Master", "cursus", "geen", "ict",
  ["Training voor (aankomend) Scrum Masters, met voorbereiding op het examen Professional Scrum Master I.",
   "Deelnemers oefenen met de Scrum-events en leren een team te helpen beter samen te werken."],
  "de rol van Scrum Master vervullen|Scrum-events faciliteren|een team coachen in zelforganisatie|belemmeringen wegnemen",
  "Scrum|agile|PSM I|Scrum Master",
  ["iao/Zwolle", "px/Deventer", "nco/Utrecht",
   ("iao dl=online sch=dag lang=en", {
       "desc": ["Live online training for (future) Scrum Masters, preparing for the Professional Scrum Master I assessment.",
                "Participants practise the Scrum events and learn how to help a team collaborate better."],
       "out": "fulfil the Scrum Master role|facilitate Scrum events|coach a self-managing team|remove impediments"})],
  hours=16, weeks=1, cred="certificaat", price=(895, 1395), grp=(6, 14))

C("PBI", "Power BI: data analyseren en visualiseren", "cursus", "geen", "ict",
  ["Praktijktraining voor medewerkers die rapportages en dashboards willen maken met Power BI.",
   "Deelnemers werken met hun eigen gegevens uit Excel en andere bronnen."],
  "gegevens inlezen en opschonen met Power Query|een datamodel opbouwen|dashboards ontwerpen|eenvoudige DAX-berekeningen maken",
  "Power BI|dashboard|data-analyse|rapportage",
  ["px/Deventer", "px/Zwolle", "iao/Enschede", "nco dl=online sch=avond", "loi dl=online sch=flexibel"],
  hours=16, weeks=2, cred="bewijs-van-deelname", price=(595, 895), grp=(4, 12))

C("ITL", "ITIL 4 Foundation", "cursus", "geen", "ict",
  ["Training and exam for ITIL 4 Foundation, the best-practice framework for IT service management.",
   "Suitable for service desk staff, IT managers and anyone working in an IT service organisation."],
  "explain key ITIL 4 concepts|describe the service value system|apply ITIL practices for incident and change|pass the ITIL 4 Foundation exam",
  "ITIL|IT service management|servicedesk",
  ["iao/Zwolle", "nco dl=online sch=dag", "loi dl=online sch=flexibel"],
  hours=24, weeks=3, cred="certificaat", price=(795, 1195), grp=(4, 12), lang="en")

C("CYA", "Cybersecurity awareness voor medewerkers", "cursus", "geen", "ict",
  ["Korte training voor alle medewerkers over veilig werken met e-mail, wachtwoorden en gegevens.",
   "Deelnemers leren phishing herkennen en weten wat zij moeten doen bij een incident."],
  "phishing en social engineering herkennen|sterke wachtwoorden en MFA gebruiken|veilig omgaan met bedrijfsgegevens|incidenten direct melden",
  "phishing|security awareness|MFA|informatiebeveiliging",
  ["iao dl=online sch=flexibel", "px/Deventer dl=incompany", "som/Ede", "nco dl=online sch=flexibel",
   "loi dl=online sch=flexibel"],
  hours=3, weeks=1, cred="bewijs-van-deelname", price=(65, 195), grp=(1, 25))

C("HIC", "HBO-ICT (deeltijd)", "hbo-bachelor", "hbo-bachelor", "ict",
  ["Deeltijdbachelor voor ICT'ers die hun praktijkervaring willen onderbouwen met een hbo-diploma.",
   "Deelnemers kiezen een profiel, zoals software engineering, infrastructuur of business IT."],
  "software en systemen ontwerpen|ICT-infrastructuur realiseren|ICT-projecten leiden|informatiebeveiliging toepassen",
  "HBO-ICT|deeltijd|software engineering|bachelor",
  ["win", "sax/Enschede", "han/Arnhem", "hu", "hza"],
  qual="30020", ec=240, weeks=208, dl="blended", sch="avond", cred="diploma", price=(9800, 11200), grp=(15, 40),
  starts="cohort")

C("ADS", "Associate degree Software Development", "associate-degree", "hbo-ad", "ict",
  ["Tweejarige associate degree voor mbo-opgeleide developers en zij-instromers met programmeerervaring.",
   "Deelnemers bouwen software voor echte opdrachtgevers en werken agile."],
  "software ontwikkelen in teamverband|software testen en kwaliteit bewaken|werken met cloudplatformen|requirements met opdrachtgevers afstemmen",
  "associate degree|software development|deeltijd",
  ["win", "sax/Deventer", "han/Arnhem", "hu"],
  qual="80078", ec=120, weeks=104, dl="blended", sch="avond", cred="diploma", price=(4800, 5600), grp=(15, 30),
  starts="cohort")

C("FIC", "HBO-ICT – flexstuderen", "flexstuderen", "hbo-bachelor", "ict",
  ["Flexibele variant van HBO-ICT: deelnemers betalen per studiepunt en bepalen zelf tempo en volgorde.",
   "Leeruitkomsten kunnen ook worden aangetoond met bewijs uit het eigen werk."],
  "software ontwerpen en bouwen|ICT-infrastructuur beheren|ICT-projecten leiden",
  "flexstuderen|HBO-ICT|per EC betalen|leeruitkomsten",
  ["win dl=online+blended", "hu dl=blended", "sax/Enschede dl=online"],
  qual="30020", ec=60, weeks=52, dl="blended", sch="flexibel", cred="deelcertificaat", price=(2250, 2650), grp=None,
  starts="short")

# ---- horeca ----------------------------------------------------------------------------

C("HCH", "Hygiënecode voor de horeca", "cursus", "geen", "horeca",
  ["Cursus voor keukenmedewerkers en leidinggevenden over het werken volgens de Hygiënecode voor de horeca en de HACCP-principes.",
   "Deelnemers leren risico's in hun eigen keuken te herkennen en de registraties bij te houden die de NVWA controleert."],
  "werken volgens de Hygiënecode voor de horeca|HACCP-principes toepassen|temperaturen bewaken en registreren|kruisbesmetting voorkomen|allergenen correct informeren",
  "HACCP|hygiëne|voedselveiligheid|NVWA|keuken",
  ["hvs/Deventer", "hvs/Zwolle", "hvs/Raalte dl=incompany", "del lvl=mbo-2", "lan/Zwolle", "som/Ede",
   "nco dl=online sch=flexibel", "loi dl=online sch=flexibel", "alf/Groningen"],
  hours=6, weeks=1, cred="certificaat", price=(95, 195), grp=(6, 16))

C("HVK", "Hygiëne & voedselveiligheid in de keuken", "module", "mbo-2", "horeca",
  ["Module voor medewerkers in grootkeukens en restaurants over veilig en hygiënisch werken met voedsel.",
   "Deelnemers oefenen in de leskeuken met schoonmaakplannen, temperatuurcontroles en het bewaren van producten."],
  "hygiënisch werken in de keuken|producten koel en veilig bewaren|schoonmaak- en desinfectieplannen uitvoeren|werken volgens de Hygiënecode voor de horeca",
  "hygiëne|voedselveiligheid|grootkeuken|HACCP",
  ["del", "rvt/Enschede", "ave/Deventer", "fri"],
  hours=16, weeks=4, cred="certificaat", price=(195, 345), grp=(8, 16))

C("SHY", "Sociale Hygiëne", "cursus", "geen", "horeca",
  ["Opleiding voor leidinggevenden in de horeca die op de vergunning willen worden bijgeschreven.",
   "Aan bod komen de Alcoholwet, verantwoord alcoholgebruik, drugs, agressie en het horecabedrijf als onderneming."],
  "de Alcoholwet toepassen|verantwoord alcohol schenken|omgaan met agressie en drugs in de horeca|ondernemersverplichtingen kennen",
  "Sociale Hygiëne|SVH|Alcoholwet|leidinggevende horeca",
  [("hvs/Deventer", {"note": NOTES["svh"]}), ("hvs/Zwolle sch=avond", {"note": NOTES["svh"]}),
   "loi dl=online sch=flexibel", "nco/Zwolle", ("del", {"note": NOTES["svh"]}), "rvt/Enschede"],
  hours=24, weeks=4, cred="certificaat", price=(325, 595), grp=(8, 16))

C("ZWK", "Zelfstandig werkend kok", "mbo-opleiding", "mbo-3", "horeca",
  ["Bbl-opleiding voor koks die zelfstandig gerechten bereiden en een deel van de keuken aansturen.",
   "Deelnemers leren menu's uit te werken, bestellingen te doen en kostprijzen te berekenen."],
  "gerechten zelfstandig bereiden en presenteren|menu's en recepturen uitwerken|bestellen en voorraad beheren|kostprijzen berekenen|collega's in de keuken aansturen",
  "kok|keuken|bbl|horeca",
  ["del", "lan/Zwolle", "ave/Deventer", "rvt/Hengelo", "alf/Groningen", "gra", "fri/Leeuwarden"],
  qual="25180", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(4200, 5900), grp=(10, 20),
  starts="cohort")

C("BKO", "Basiskok", "mbo-certificaat", "mbo-2", "horeca",
  ["Mbo-certificaat voor keukenmedewerkers en zij-instromers die de basis van het koksvak willen beheersen.",
   "Deelnemers leren basistechnieken, mise-en-place en hygiënisch werken."],
  "basistechnieken van het koken toepassen|mise-en-place voorbereiden|hygiënisch werken in de keuken|werken volgens recepturen",
  "basiskok|keuken|zij-instroom|mbo-certificaat",
  ["del", "ave/Apeldoorn", "rvt/Enschede", "mon", "drc/Emmen", "hvs/Deventer lvl=mbo-2"],
  qual="25933", hours=400, weeks=20, dl="werkplek+klassikaal", cred="mbo-certificaat", price=(1450, 2250), grp=(8, 16))

C("GHV", "Gastheer/gastvrouw", "mbo-opleiding", "mbo-2", "horeca",
  ["Bbl-opleiding voor medewerkers in bediening, bar en receptie.",
   "Deelnemers leren gasten te ontvangen, te adviseren over gerechten en dranken en bestellingen af te rekenen."],
  "gasten ontvangen en begeleiden|gasten adviseren over gerechten en dranken|serveren volgens de huisstijl|afrekenen en kassawerk",
  "gastheer|gastvrouw|bediening|bbl",
  ["del", "ave/Apeldoorn", "rvt/Enschede", "drc/Meppel", "mon"],
  qual="25168", hours=1600, weeks=52, dl="werkplek+klassikaal", cred="diploma", price=(2450, 3650), grp=(10, 20),
  starts="cohort")

C("ALG", "Allergenen en dieetwensen in de horeca", "cursus", "geen", "horeca",
  ["Training over de veertien allergenen en het veilig bereiden en serveren van gerechten voor gasten met een allergie of dieetwens.",
   "Deelnemers leren gasten juist te informeren en kruiscontact in de keuken te voorkomen."],
  "de veertien allergenen herkennen|gasten juist informeren over allergenen|kruiscontact in de keuken voorkomen|werken met allergenenkaarten",
  "allergenen|dieetwensen|glutenvrij|gastvrijheid",
  ["hvs/Deventer", "del", "som/Zwolle", "nco dl=online sch=flexibel"],
  hours=4, weeks=1, cred="bewijs-van-deelname", price=(85, 175), grp=(6, 16))

C("BAR", "Barista", "keuzedeel", "mbo-2", "horeca",
  ["Keuzedeel voor horecamedewerkers die koffie op hoog niveau willen zetten en presenteren.",
   "Deelnemers leren espresso te extraheren, melk op te schuimen en de machine te onderhouden."],
  "espresso extraheren|melk opschuimen en latte art maken|koffiebonen en branding herkennen|de espressomachine onderhouden",
  "barista|koffie|latte art",
  ["del", "rvt/Enschede", "fri/Leeuwarden", "hvs/Zwolle lvl=geen"],
  qual="K0108", hours=240, weeks=12, cred="certificaat", price=(600, 900), grp=(6, 12))

C("HEN", "Hospitality English for front office staff", "cursus", "geen", "horeca",
  ["Practical English course for receptionists and reservation staff in hotels.",
   "Participants practise check-in, complaints and phone calls with role plays."],
  "welcome and check in international guests|handle complaints in English|take reservations by phone and e-mail|give directions and recommendations",
  "English|front office|receptie|hotel",
  ["hvs/Zwolle", "nco dl=online sch=avond", "sax/Deventer"],
  hours=20, weeks=5, sch="avond", cred="bewijs-van-deelname", price=(395, 695), grp=(6, 12), lang="en")

C("HBD", "Hospitality Business (part-time)", "hbo-bachelor", "hbo-bachelor", "horeca",
  ["Part-time bachelor for professionals in hotels, restaurants and leisure who want to grow into management.",
   "The programme is taught in English and built around assignments from the participants' own organisations."],
  "manage hospitality operations|develop guest experience concepts|lead teams in a service organisation|analyse financial performance",
  "hospitality|hotelmanagement|English|part-time",
  ["sax/Deventer", "hza"],
  qual="34407", ec=240, weeks=208, dl="blended", sch="avond", cred="diploma", price=(9800, 11200), grp=(15, 35),
  lang="en", starts="cohort")

C("LGH", "Leidinggeven in de horeca", "module", "mbo-4", "horeca",
  ["Module voor (aankomend) chefs, bedrijfsleiders en teamleiders in de horeca.",
   "Deelnemers leren roosters te maken, een team te motiveren en lastige gesprekken te voeren."],
  "een horecateam aansturen en motiveren|roosters en personeelsplanning maken|functionerings- en correctiegesprekken voeren|nieuwe medewerkers inwerken",
  "leidinggeven|teamleider|chef|bedrijfsleider",
  ["hvs/Deventer lvl=geen", "del", "nco/Zwolle lvl=geen", "mon"],
  hours=40, weeks=8, sch="avond", cred="certificaat", price=(595, 1150), grp=(8, 14))

# ---- retail ----------------------------------------------------------------------------

C("VKM", "Verkoopmedewerker", "mbo-opleiding", "mbo-2", "retail",
  ["Bbl-opleiding voor medewerkers in winkels en op de verkoopvloer.",
   "Deelnemers leren klanten te helpen, producten te presenteren en de winkel op orde te houden."],
  "klanten adviseren en helpen|producten presenteren|kassawerkzaamheden uitvoeren|goederen ontvangen en verwerken",
  "verkoop|winkel|retail|bbl",
  ["del", "lan/Kampen", "ave/Apeldoorn", "rvt/Hengelo", "drc/Assen"],
  qual="25255", hours=1600, weeks=52, dl="werkplek+klassikaal", cred="diploma", price=(2450, 3450), grp=(10, 20),
  starts="cohort")

C("MRT", "Manager retail", "mbo-opleiding", "mbo-4", "retail",
  ["Opleiding voor (assistent-)filiaalmanagers en ondernemers in de detailhandel.",
   "Deelnemers leren een winkel commercieel te sturen, personeel te plannen en te coachen en omzetcijfers te analyseren."],
  "een winkel commercieel sturen|personeel plannen en coachen|omzet en marge analyseren|marketingacties opzetten",
  "retailmanager|filiaalmanager|detailhandel|niveau 4",
  ["del", "rvt/Enschede", "alf/Groningen", "mbu"],
  qual="25258", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(4200, 5900), grp=(10, 20),
  starts="cohort")

C("KGV", "Klantgericht verkopen", "module", "mbo-3", "retail",
  ["Training in adviserend verkopen voor winkelmedewerkers.",
   "Deelnemers oefenen met de \"LSD-methode\" (luisteren, samenvatten, doorvragen) en leren bijverkoop natuurlijk aan te bieden."],
  "behoeften van klanten achterhalen|klanten adviseren en overtuigen|bijverkoop aanbieden|omgaan met bezwaren en klachten",
  "verkooptraining|klantcontact|adviseren|bijverkoop",
  ["nco/Zwolle lvl=geen", "som/Ede lvl=geen", "del lvl=mbo-2", "loi dl=online sch=flexibel lvl=geen", "lan/Zwolle"],
  hours=12, weeks=3, cred="bewijs-van-deelname", price=(195, 425), grp=(6, 14))

C("VMD", "Visual merchandising", "module", "mbo-3", "retail",
  ["Module over het aantrekkelijk presenteren van producten in de winkel en de etalage.",
   "Deelnemers leren werken met kleur, licht en looproutes en maken een presentatieplan voor hun eigen winkel."],
  "productpresentaties ontwerpen en opbouwen|etalages inrichten|looproutes en zones in de winkel plannen|kleur en licht doelgericht inzetten",
  "visual merchandising|etalage|winkelinrichting|presentatie",
  ["cib", "del", "mon/Den_Haag", "hmc/Amsterdam"],
  hours=40, weeks=8, sch="avond", cred="certificaat", price=(495, 850), grp=(6, 14))

C("ECO", "E-commerce", "keuzedeel", "mbo-4", "retail",
  ["Keuzedeel over het opzetten en beheren van een webwinkel.",
   "Deelnemers leren producten online te presenteren, bezoekers te analyseren en het orderproces in te richten."],
  "een webwinkel inrichten en beheren|producten online presenteren|webstatistieken analyseren|het orderproces en retouren organiseren",
  "webwinkel|e-commerce|online marketing",
  ["del", "rvt/Enschede", "ave/Apeldoorn", "lan/Zwolle"],
  qual="K0097", hours=240, weeks=20, dl="blended", cred="certificaat", price=(650, 1050), grp=(8, 16))

C("LWR", "Leidinggeven op de winkelvloer", "module", "mbo-4", "retail",
  ["Training voor supervisors, afdelingsmanagers en assistent-filiaalmanagers.",
   "Deelnemers leren taken te verdelen, feedback te geven en hun team te motiveren tijdens drukke dagen."],
  "taken verdelen en prioriteren|feedback geven|een team motiveren|werkoverleg leiden",
  "leidinggeven|supervisor|filiaal|retail",
  ["nco/Zwolle lvl=geen", "som/Zwolle lvl=geen", "del", "lan/Harderwijk"],
  hours=24, weeks=4, cred="bewijs-van-deelname", price=(395, 795), grp=(6, 14))

C("IAD", "Interieuradviseur", "mbo-opleiding", "mbo-4", "retail",
  ["Opleiding voor verkoopadviseurs in woonwinkels en interieurzaken.",
   "Deelnemers leren klanten te adviseren over kleur, materiaal en indeling en een interieurvoorstel te presenteren."],
  "klanten adviseren over kleur, materiaal en indeling|interieurplannen tekenen|een interieurvoorstel presenteren|offertes opstellen",
  "interieuradvies|woonwinkel|styling",
  ["hmc", "hmc/Rotterdam dates=past"],
  qual="25273", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(4200, 5900), grp=(10, 20),
  starts="cohort")

# ---- administratie ---------------------------------------------------------------------

C("PDB", "Praktijkdiploma Boekhouden", "cursus", "mbo-4", "administratie",
  ["Opleiding voor het Praktijkdiploma Boekhouden (PDB), de bekende vakopleiding voor boekhouders.",
   "Deelnemers leren een volledige boekhouding te voeren tot en met de jaarrekening."],
  "een volledige boekhouding voeren|journaalposten maken|btw-aangifte voorbereiden|een jaarrekening opstellen",
  "PDB|boekhouden|jaarrekening|btw",
  ["loi dl=online sch=flexibel", "nco/Zwolle sch=avond", "del sch=avond", "ave/Apeldoorn sch=avond"],
  hours=240, weeks=40, cred="diploma", price=(1450, 2450), grp=(8, 18))

C("BBH", "Basis boekhouden", "cursus", "geen", "administratie",
  ["Cursus voor beginners over de basis van het dubbel boekhouden.",
   "Deelnemers leren facturen te verwerken, de balans en resultatenrekening te lezen en de administratie bij te houden."],
  "facturen en bankmutaties verwerken|een balans en resultatenrekening lezen|debiteuren en crediteuren bewaken|dubbel boekhouden",
  "boekhouden|administratie|beginners",
  ["loi dl=online sch=flexibel", "nco dl=online sch=avond", "lan/Zwolle sch=avond", "som/Ede"],
  hours=60, weeks=12, sch="avond", cred="certificaat", price=(395, 795), grp=(8, 16))

C("SAL", "Salarisadministratie", "cursus", "mbo-4", "administratie",
  ["Opleiding voor medewerkers die de salarisadministratie verzorgen, met voorbereiding op het Praktijkdiploma Loonadministratie (PDL).",
   "Deelnemers leren loonstroken te berekenen en loonaangiften voor te bereiden."],
  "brutonettoberekeningen maken|loonheffingen en premies berekenen|loonaangifte voorbereiden|arbeidsvoorwaarden verwerken",
  "salarisadministratie|PDL|payroll|loonaangifte",
  ["loi dl=online sch=flexibel", "nco/Utrecht sch=avond", "rvt/Hengelo sch=avond"],
  hours=200, weeks=30, cred="diploma", price=(1350, 2250), grp=(8, 18))

C("XLS", "Excel voor gevorderden", "cursus", "geen", "administratie",
  ["Praktijkcursus voor medewerkers die Excel dagelijks gebruiken en efficiënter willen werken.",
   "Deelnemers leren draaitabellen, zoekfuncties en voorwaardelijke opmaak in te zetten."],
  "draaitabellen maken|zoekfuncties gebruiken (X.ZOEKEN)|gegevens valideren en opschonen|grafieken en rapportages maken",
  "Excel|spreadsheet|draaitabel|Microsoft 365",
  ["px/Deventer", "px/Zwolle", "iao/Enschede", "nco dl=online sch=avond", "loi dl=online sch=flexibel", "som/Ede",
   "del sch=avond"],
  hours=12, weeks=3, cred="bewijs-van-deelname", price=(245, 495), grp=(4, 12))

C("FAM", "Financieel administratief medewerker", "mbo-opleiding", "mbo-3", "administratie",
  ["Bbl-opleiding voor medewerkers op de financiële administratie.",
   "Deelnemers leren de administratie te voeren, betalingen te bewaken en financiële overzichten te maken."],
  "de financiële administratie voeren|debiteuren- en crediteurenbeheer uitvoeren|financiële overzichten maken|werken met boekhoudsoftware",
  "administratie|financieel|boekhouden|bbl",
  ["del", "rvt/Almelo", "ave/Apeldoorn", "lan/Zwolle", "alf/Groningen"],
  qual="25140", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(3950, 5400), grp=(10, 20),
  starts="cohort")

C("MAS", "Managementassistent", "mbo-opleiding", "mbo-4", "administratie",
  ["Opleiding voor secretaresses en managementassistenten.",
   "Deelnemers leren agenda's en projecten te beheren, vergaderingen voor te bereiden en zakelijk te communiceren."],
  "agenda en correspondentie beheren|vergaderingen en evenementen organiseren|projecten ondersteunen|zakelijk communiceren in Nederlands en Engels",
  "managementassistent|secretaresse|office management",
  ["del", "ave/Deventer", "mon", "mbu"],
  qual="25137", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(3950, 5600), grp=(10, 20),
  starts="cohort")

C("AVG", "AVG en privacy voor medewerkers", "cursus", "geen", "administratie",
  ["Training over de Algemene verordening gegevensbescherming voor medewerkers die met persoonsgegevens werken.",
   "Deelnemers leren wat wel en niet mag en hoe zij een datalek herkennen en melden."],
  "persoonsgegevens zorgvuldig verwerken|de grondslagen van de AVG kennen|een datalek herkennen en melden|rechten van betrokkenen afhandelen",
  "AVG|privacy|GDPR|datalek",
  ["nco dl=online sch=flexibel", "som/Ede", "loi dl=online sch=flexibel", "iao/Zwolle"],
  hours=4, weeks=1, cred="bewijs-van-deelname", price=(95, 245), grp=(1, 20))

C("ZKS", "Zakelijk schrijven", "cursus", "geen", "administratie",
  ["Schrijftraining voor medewerkers die helder willen schrijven in e-mails, brieven en rapporten.",
   "Deelnemers werken met eigen teksten en krijgen persoonlijke feedback."],
  "helder en bondig schrijven|e-mails en brieven structureren|schrijven op taalniveau B1|rapporten opbouwen",
  "schrijven|communicatie|taal|B1",
  ["nco/Utrecht", "loi dl=online sch=flexibel", "som/Zwolle", "lan/Zwolle"],
  hours=12, weeks=3, cred="bewijs-van-deelname", price=(245, 550), grp=(6, 14))

C("BKU", "Bedrijfskunde (deeltijd)", "hbo-bachelor", "hbo-bachelor", "administratie",
  ["Deeltijdbachelor voor professionals die organisaties beter willen laten werken, van processen en financiën tot verandermanagement.",
   "Deelnemers brengen vraagstukken uit hun eigen organisatie in."],
  "bedrijfsprocessen analyseren en verbeteren|veranderingen in organisaties begeleiden|financiële sturing toepassen|adviesrapporten schrijven",
  "bedrijfskunde|management|deeltijd|bachelor",
  ["win", "sax/Apeldoorn", "han/Arnhem", "hu", "nco/Utrecht"],
  qual="34035", ec=240, weeks=208, dl="blended", sch="avond", cred="diploma", price=(9800, 11900), grp=(15, 40),
  starts="cohort")

C("AFC", "Associate degree Finance & Control", "associate-degree", "hbo-ad", "administratie",
  ["Tweejarige associate degree voor financieel medewerkers die willen doorgroeien naar assistent-controller of financieel adviseur.",
   "Deelnemers leren financiële informatie te analyseren en management te adviseren."],
  "financiële rapportages opstellen en analyseren|budgetten en prognoses maken|management adviseren|interne beheersing toepassen",
  "associate degree|finance|control|deeltijd",
  ["win", "sax/Deventer", "han/Arnhem", "hu"],
  qual="80072", ec=120, weeks=104, dl="blended", sch="avond", cred="diploma", price=(4800, 5600), grp=(15, 30),
  starts="cohort")

C("CTR", "Controller", "post-hbo", "hbo-bachelor", "administratie",
  ["Post-hbo-opleiding voor financials die de rol van controller willen vervullen.",
   "Onderwerpen zijn planning en control, management-informatie, risicobeheersing en de controller als businesspartner."],
  "planning-en-controlcyclus inrichten|managementinformatie ontwerpen|risico's beheersen|het management adviseren als businesspartner",
  "controller|planning en control|finance|post-hbo",
  ["nco/Zwolle", "sax/Deventer", "han/Nijmegen"],
  ec=30, weeks=40, dl="blended", sch="avond", cred="certificaat", price=(3950, 5800), grp=(10, 20), starts="short")

C("DVG", "Digitale vaardigheden gevorderd", "keuzedeel", "mbo-3", "administratie",
  ["Keuzedeel over het effectief gebruiken van kantoorsoftware en samenwerkingsplatformen.",
   "Deelnemers leren documenten, spreadsheets en presentaties professioneel op te maken en veilig samen te werken in de cloud."],
  "kantoorsoftware gevorderd gebruiken|veilig samenwerken in de cloud|informatie zoeken en beoordelen|digitale communicatie professioneel inzetten",
  "digitale vaardigheden|Microsoft 365|keuzedeel",
  ["del", "rvt/Almelo", "drc/Assen", "ave/Zutphen"],
  qual="K0020", hours=240, weeks=20, dl="blended", cred="certificaat", price=(600, 900), grp=(8, 16))

# ---- groen -----------------------------------------------------------------------------

C("HOV", "Hovenier", "mbo-opleiding", "mbo-2", "groen",
  ["Bbl-opleiding voor medewerkers van hoveniersbedrijven en groenvoorzieners.",
   "Deelnemers leren tuinen aan te leggen en te onderhouden, bestrating te leggen en veilig met machines te werken."],
  "tuinen aanleggen en onderhouden|bestrating leggen|planten kennen en verzorgen|veilig werken met tuinmachines",
  "hovenier|groenvoorziening|tuinaanleg|bbl",
  ["aem/Dronten", "aem/Ede", "grh/Barneveld", "ter/Meppel", "ter/Groningen"],
  qual="25452", hours=1600, weeks=52, dl="werkplek+klassikaal", cred="diploma", price=(2450, 3450), grp=(10, 20),
  starts="cohort")

C("VHV", "Vakbekwaam hovenier", "mbo-opleiding", "mbo-3", "groen",
  ["Opleiding voor hoveniers die zelfstandig projecten uitvoeren en een kleine ploeg aansturen.",
   "Deelnemers leren een tuinontwerp uit te zetten, materialen te begroten en klanten te adviseren."],
  "een tuinontwerp uitzetten en uitvoeren|materialen en uren begroten|een ploeg aansturen|klanten adviseren over beplanting en onderhoud",
  "hovenier|tuinaanleg|voorman|bbl",
  ["aem/Dronten", "grh/Almere", "ter/Groningen"],
  qual="25453", hours=3200, weeks=104, dl="werkplek+klassikaal", cred="diploma", price=(3950, 5400), grp=(10, 20),
  starts="cohort")

C("BMV", "Boomverzorger", "mbo-certificaat", "mbo-3", "groen",
  ["Mbo-certificaat voor groenmedewerkers die bomen willen snoeien, beoordelen en verzorgen.",
   "Deelnemers leren klimmen met touwtechnieken en veilig werken met de kettingzaag in de boom."],
  "bomen snoeien volgens de richtlijnen|de conditie van bomen beoordelen|klimmen met touwtechnieken|veilig werken met de kettingzaag in de boom",
  "boomverzorging|snoeien|European Tree Worker|klimmen",
  ["grh/Barneveld", "ter/Assen", "aem/Ede"],
  qual="25941", hours=480, weeks=26, dl="klassikaal+werkplek", cred="mbo-certificaat", price=(2250, 3250), grp=(6, 12))

C("GWB", "Vakbekwaamheid gewasbescherming (spuitlicentie)", "cursus", "geen", "groen",
  ["Cursus voor het bewijs van vakbekwaamheid om gewasbeschermingsmiddelen toe te passen.",
   "Aan bod komen wet- en regelgeving, veilig werken en alternatieven voor chemische bestrijding."],
  "gewasbeschermingsmiddelen veilig toepassen|wet- en regelgeving toepassen|niet-chemische alternatieven kiezen|emissie naar het milieu beperken",
  "spuitlicentie|gewasbescherming|vakbekwaamheid",
  ["gov/Apeldoorn", "aem/Dronten", "ter/Meppel", "grh/Barneveld"],
  hours=24, weeks=4, cred="certificaat", price=(345, 595), grp=(8, 16))

C("KZE", "Veilig werken met de kettingzaag (ECC 1)", "cursus", "geen", "groen",
  ["Praktijkcursus voor het veilig onderhouden en bedienen van de kettingzaag en het afkorten van hout.",
   "De cursus sluit af met de toets voor het European Chainsaw Certificate niveau 1."],
  "de kettingzaag onderhouden en veilig bedienen|hout afkorten onder spanning|persoonlijke beschermingsmiddelen gebruiken|risico's op de werkplek inschatten",
  "kettingzaag|ECC|motorzaag|veiligheid",
  ["gov/Harderwijk", "gov/Apeldoorn sch=weekend", "aem/Dronten", "ter/Meppel", "grh/Ede"],
  hours=16, weeks=1, cred="certificaat", price=(325, 525), grp=(4, 8))

C("PKT", "Plantenkennis voor het tuincentrum", "module", "mbo-2", "groen",
  ["Module voor verkoopmedewerkers in tuincentra en bloemenwinkels.",
   "Deelnemers leren de meest verkochte planten herkennen en klanten te adviseren over standplaats, verzorging en ziekten."],
  "planten herkennen en benoemen|klanten adviseren over standplaats en verzorging|plantenziekten en plagen herkennen|planten verzorgen in de winkel",
  "plantenkennis|tuincentrum|verkoop|groene detailhandel",
  ["aem/Barneveld", "grh/Barneveld", "gov/Apeldoorn lvl=geen", "ter/Meppel"],
  hours=32, weeks=8, sch="avond", cred="certificaat", price=(295, 525), grp=(8, 16))

C("VGD", "Verkoper groene detailhandel", "mbo-opleiding", "mbo-2", "groen",
  ["Bbl-opleiding voor medewerkers van tuincentra, bloemenwinkels en dierenspeciaalzaken.",
   "Deelnemers leren klanten te adviseren en de winkel groen en aantrekkelijk te presenteren."],
  "klanten adviseren over planten en tuinproducten|groene producten verzorgen en presenteren|kassa- en winkelwerkzaamheden uitvoeren|voorraad bijhouden",
  "tuincentrum|groene detailhandel|verkoop|bbl",
  ["aem/Barneveld", "grh/Ede", "ter/Assen"],
  qual="25463", hours=1600, weeks=52, dl="werkplek+klassikaal", cred="diploma", price=(2450, 3450), grp=(10, 20),
  starts="cohort")

C("BLB", "Bloembinden", "cursus", "mbo-2", "groen",
  ["Praktijkcursus in het binden van boeketten en maken van bloemstukken voor winkel en evenementen.",
   "Deelnemers werken elke les met verse bloemen en nemen hun werkstukken mee naar huis."],
  "boeketten binden in spiraaltechniek|bloemstukken opmaken|bloemen en groen verzorgen|kleuren en vormen combineren",
  "bloembinden|bloemist|boeket|bloemschikken",
  ["aem/Dronten sch=avond", "grh/Almere sch=avond", "ter/Groningen"],
  hours=30, weeks=10, sch="avond", cred="bewijs-van-deelname", price=(325, 595), grp=(6, 12))

C("BGB", "Biodiversiteit en ecologisch groenbeheer", "keuzedeel", "mbo-3", "groen",
  ["Keuzedeel over het beheren van openbaar groen en tuinen met oog voor biodiversiteit.",
   "Deelnemers leren een beheerplan te maken dat insecten, vogels en bodemleven helpt."],
  "ecologisch beheerplannen opstellen|soortenrijkdom herkennen en bevorderen|maaibeheer afstemmen op biodiversiteit|opdrachtgevers adviseren over natuurinclusief groen",
  "biodiversiteit|ecologisch beheer|natuurinclusief",
  ["aem/Dronten", "ter/Meppel", "grh/Barneveld"],
  qual="K0626", hours=240, weeks=20, cred="certificaat", price=(600, 900), grp=(8, 16))

C("KTI", "Klimaatadaptief inrichten van tuinen", "module", "mbo-3", "groen",
  ["Module voor hoveniers en groenmedewerkers over tuinen die hevige regen en droogte aankunnen.",
   "Deelnemers leren regenwater te bergen, tegels te vervangen door groen en klanten te adviseren."],
  "waterberging in tuinen ontwerpen|klimaatbestendige beplanting kiezen|verhardingen verminderen|klanten adviseren over klimaatadaptatie",
  "klimaatadaptatie|regenwater|tuinontwerp|vergroening",
  ["aem/Dronten", "gov/Harderwijk lvl=geen", "ter/Groningen"],
  hours=24, weeks=4, cred="bewijs-van-deelname", price=(295, 495), grp=(8, 16))

C("TLI", "Tuin- en landschapsinrichting (deeltijd)", "hbo-bachelor", "hbo-bachelor", "groen",
  ["Deeltijdbachelor voor hoveniers en groenprofessionals die willen doorgroeien naar ontwerper, projectleider of adviseur.",
   "Deelnemers werken aan ontwerpopdrachten van gemeenten en groene bedrijven."],
  "tuinen en landschappen ontwerpen|groenprojecten leiden|beplantingsplannen opstellen|opdrachtgevers adviseren",
  "tuinontwerp|landschap|deeltijd|bachelor",
  ["ahs/Dronten", "ahs/Wageningen"],
  qual="39270", ec=240, weeks=208, dl="blended", sch="dag", cred="diploma", price=(9800, 11200), grp=(12, 30),
  starts="cohort")

C("GRM", "Groen ondernemen en management", "associate-degree", "hbo-ad", "groen",
  ["Tweejarige associate degree voor medewerkers en ondernemers in de groene sector die een bedrijf of afdeling willen leiden.",
   "Deelnemers werken aan een plan voor hun eigen bedrijf."],
  "een groen bedrijf leiden|een ondernemingsplan opstellen|personeel aansturen|duurzaam ondernemen",
  "associate degree|ondernemen|groene sector|management",
  ["ahs/Dronten"],
  qual="80110", ec=120, weeks=104, dl="blended", cred="diploma", price=(4800, 5600), grp=(12, 30), starts="cohort")

# ---- techniek en veiligheid ------------------------------------------------------------

C("BVCA", "VCA Basisveiligheid (B-VCA)", "cursus", "geen", "techniek",
  ["Eendaagse training met examen voor het diploma Basisveiligheid VCA.",
   "Verplicht voor operationeel medewerkers die bij VCA-gecertificeerde bedrijven werken in bouw, industrie en installatietechniek."],
  "risico's op de werkplek herkennen|veilig werken volgens de VCA-regels|persoonlijke beschermingsmiddelen gebruiken|handelen bij ongevallen en calamiteiten",
  "VCA|B-VCA|basisveiligheid|veiligheid",
  [("org/Zwolle", {"note": NOTES["vca_exam"]}), "org/Deventer", ("org/Zwolle sch=weekend", {"note": NOTES["vca_exam"]}),
   ("del", {"note": NOTES["deltion_orgb"]}), ("del sch=avond", {"note": NOTES["deltion_orgb"]}),
   "som/Ede", "rvt/Hengelo", "noo/Delfzijl", "loi dl=online sch=flexibel", "loc/Apeldoorn"],
  hours=8, weeks=1, cred="diploma", price=(175, 325), grp=(6, 18))

C("VVCA", "VOL-VCA (veiligheid voor operationeel leidinggevenden)", "cursus", "geen", "techniek",
  ["Training met examen voor leidinggevenden op de werkvloer, zoals voormannen, uitvoerders en ploegleiders.",
   "Deelnemers leren naast de regels ook veiligheid te bespreken en onveilige situaties aan te pakken."],
  "veiligheidsrisico's beoordelen en beheersen|een toolboxmeeting leiden|onveilig gedrag aanspreken|incidenten onderzoeken",
  "VCA|VOL-VCA|leidinggevende|veiligheid",
  [("org/Zwolle", {"note": NOTES["vca_exam"]}), ("del", {"note": NOTES["deltion_orgb"]}), "som/Ede", "rvt/Hengelo"],
  hours=16, weeks=2, cred="diploma", price=(295, 495), grp=(6, 16))

C("BHV", "BHV basis (bedrijfshulpverlening)", "cursus", "geen", "techniek",
  ["Tweedaagse training voor nieuwe bedrijfshulpverleners.",
   "Deelnemers oefenen met eerste hulp, reanimatie, kleine branden blussen en ontruimen."],
  "eerste hulp verlenen|reanimeren en een AED gebruiken|kleine branden blussen|een ontruiming begeleiden",
  "BHV|bedrijfshulpverlening|ontruiming|brandbestrijding",
  ["org/Zwolle", "org/Deventer", ("del", {"note": NOTES["deltion_orgb"]}), "som/Ede", "zai/Zwolle", "nco/Groningen"],
  hours=16, weeks=1, cred="certificaat", price=(225, 395), grp=(6, 16))

C("BHVH", "BHV herhaling", "cursus", "geen", "techniek",
  ["Jaarlijkse herhalingstraining voor bedrijfshulpverleners.",
   "Deelnemers oefenen scenario's uit hun eigen organisatie en houden hun BHV-certificaat geldig."],
  "eerste hulp verlenen|reanimeren en een AED gebruiken|kleine branden blussen|ontruimingsscenario's oefenen",
  "BHV|herhaling|bedrijfshulpverlening",
  ["org/Zwolle", "org/Deventer dl=incompany", ("del", {"note": NOTES["deltion_orgb"]}), "som/Zwolle", "zai/Kampen"],
  hours=8, weeks=1, cred="certificaat", price=(125, 225), grp=(6, 16))

C("VWH", "Veilig werken op hoogte", "cursus", "geen", "techniek",
  ["Praktijktraining voor medewerkers die werken op daken, steigers, ladders en hoogwerkers.",
   "Deelnemers leren valbeveiliging te kiezen en te gebruiken en oefenen met harnas en lijnen."],
  "valgevaar herkennen en beoordelen|valbeveiliging kiezen en gebruiken|veilig werken met ladders en steigers|redding na een val voorbereiden",
  "werken op hoogte|valbeveiliging|harnas|steiger",
  ["org/Zwolle", ("del", {"note": NOTES["deltion_orgb"]}), "rvt/Hengelo"],
  hours=8, weeks=1, cred="certificaat", price=(225, 395), grp=(4, 10))

C("LAS", "Lassen MIG/MAG", "module", "mbo-2", "techniek",
  ["Praktijkmodule in MIG/MAG-lassen van staal in verschillende posities.",
   "Deelnemers oefenen veel in de lasserij en kunnen afsluiten met een lasproef volgens de norm."],
  "MIG/MAG-lasapparatuur instellen|stompe en hoeknaden lassen|lassen in verschillende posities|veilig werken in de lasserij",
  "lassen|MIG/MAG|metaal|lasser",
  ["del", "rvt/Almelo", "ave/Apeldoorn", "drc/Emmen", "alf/Hardenberg"],
  hours=80, weeks=10, sch="avond", cred="certificaat", price=(895, 1450), grp=(6, 12))

C("PLC", "PLC-programmeren basis", "module", "mbo-4", "techniek",
  ["Module voor monteurs en technici die PLC-gestuurde machines willen programmeren en storingen zoeken.",
   "Deelnemers werken met trainingspanelen en programmeren volgens IEC 61131-3."],
  "PLC-programma's schrijven in ladder en FBD|in- en uitgangen configureren|programma's testen en debuggen|storingen in machinebesturingen opsporen",
  "PLC|automatisering|besturingstechniek|Siemens",
  ["rvt/Hengelo", "del", "ave/Apeldoorn", "drc/Emmen"],
  hours=40, weeks=8, sch="avond", cred="certificaat", price=(795, 1250), grp=(6, 12))

C("MMT", "Monteur mechatronica", "mbo-opleiding", "mbo-2", "techniek",
  ["Bbl-opleiding voor monteurs in de machine- en apparatenbouw.",
   "Deelnemers leren mechanische, pneumatische en elektrische componenten te monteren en te testen."],
  "mechanische onderdelen monteren|pneumatische en elektrische componenten aansluiten|machines testen en afstellen|technische tekeningen en schema's lezen",
  "mechatronica|monteur|machinebouw|bbl",
  ["rvt/Hengelo", "del", "ave/Apeldoorn", "gra"],
  qual="25284", hours=1600, weeks=52, dl="werkplek+klassikaal", cred="diploma", price=(2650, 3850), grp=(10, 20),
  starts="cohort")

C("HYD", "Hydrauliek basis", "module", "mbo-3", "techniek",
  ["Module over de werking van hydraulische systemen in machines en voertuigen.",
   "Deelnemers leren schema's lezen, componenten herkennen en eenvoudige storingen opsporen."],
  "hydraulische schema's lezen|componenten herkennen en beoordelen|veilig werken aan hydraulische systemen|eenvoudige storingen opsporen",
  "hydrauliek|onderhoud|monteur",
  ["rvt/Almelo", "ave/Apeldoorn", "del"],
  hours=24, weeks=4, cred="certificaat", price=(495, 850), grp=(6, 12))

C("ROB", "Robotica", "keuzedeel", "mbo-4", "techniek",
  ["Keuzedeel over het programmeren en inzetten van industriële robots en cobots.",
   "Deelnemers programmeren een robotcel en leren de veiligheidseisen voor samenwerken met robots."],
  "industriële robots programmeren|cobots veilig inzetten|een robotcel in bedrijf stellen|veiligheidsrisico's van robots beoordelen",
  "robotica|cobot|automatisering",
  ["rvt/Hengelo", "del"],
  qual="K0528", hours=480, weeks=20, cred="certificaat", price=(950, 1450), grp=(8, 14))

C("WTB", "Werktuigbouwkunde (deeltijd)", "hbo-bachelor", "hbo-bachelor", "techniek",
  ["Deeltijdbachelor voor technici in de maakindustrie die willen doorgroeien tot werktuigbouwkundig ingenieur.",
   "Deelnemers werken aan ontwerp- en verbeteropdrachten uit hun eigen bedrijf."],
  "machines en producten ontwerpen|technische berekeningen uitvoeren|productieprocessen verbeteren|technische projecten leiden",
  "werktuigbouwkunde|ingenieur|deeltijd|maakindustrie",
  ["sax/Enschede", "win", "han/Arnhem"],
  qual="34280", ec=240, weeks=208, dl="blended", sch="avond", cred="diploma", price=(9800, 11200), grp=(12, 30),
  starts="cohort")

C("MLI", "Master Leren en Innoveren", "hbo-master", "hbo-master", "welzijn",
  ["Masteropleiding voor professionals in onderwijs, zorg en welzijn die vernieuwing in hun organisatie willen leiden.",
   "Deelnemers doen onderzoek in de eigen praktijk en leren collega's mee te nemen in verandering."],
  "innovatie in de eigen organisatie leiden|praktijkonderzoek uitvoeren|professionele leergemeenschappen begeleiden|veranderprocessen onderbouwen",
  "master|innovatie|leiderschap|onderzoek",
  ["win", "han/Nijmegen", "sax/Deventer"],
  qual="49130", ec=60, weeks=104, dl="blended", sch="avond", cred="diploma", price=(5500, 8500), grp=(12, 30),
  starts="cohort")

# ---- Open Universiteit: losse cursussen op wo-niveau -----------------------------------

C("IB", "Databases", "module", "wo-bachelor", "ict",
  ["Online cursus over het ontwerpen en bevragen van relationele databases.",
   "Deelnemers leren datamodellen te maken en werken met SQL."],
  "relationele datamodellen ontwerpen|SQL-queries schrijven|normaliseren|databases beveiligen",
  "database|SQL|informatica|wo-cursus",
  ["ou", "ou dates=past"],
  qual="", ec=5, weeks=12, dl="online", sch="flexibel", cred="certificaat", price=(380, 480), grp=None)

C("SA", "Software architecture", "module", "wo-master", "ict",
  ["Online master's course on designing and evaluating the architecture of software systems.",
   "Participants analyse the architecture of an existing system and propose improvements."],
  "design software architectures|evaluate architectural trade-offs|document architecture decisions|apply architectural patterns",
  "software architecture|master|Software Engineering",
  ["ou"],
  ec=5, weeks=12, dl="online", sch="flexibel", cred="certificaat", price=(420, 520), grp=None, lang="en")

C("FV", "Financiële verslaggeving", "module", "wo-bachelor", "administratie",
  ["Online cursus over het opstellen en analyseren van jaarrekeningen volgens de Nederlandse regelgeving.",
   "Geschikt voor financials die hun kennis op academisch niveau willen onderbouwen."],
  "jaarrekeningen analyseren|waarderingsgrondslagen toepassen|verslaggevingsregels interpreteren|financiële ratio's berekenen",
  "jaarrekening|verslaggeving|bedrijfskunde|wo-cursus",
  ["ou"],
  ec=5, weeks=12, dl="online", sch="flexibel", cred="certificaat", price=(380, 480), grp=None)

C("AR", "Arbeidsrecht", "module", "wo-bachelor", "administratie",
  ["Online cursus over het individuele en collectieve arbeidsrecht.",
   "Deelnemers leren arbeidsovereenkomsten, ontslag en cao-bepalingen juridisch te beoordelen."],
  "arbeidsovereenkomsten juridisch beoordelen|ontslagrecht toepassen|cao-bepalingen interpreteren|adviseren over arbeidsrechtelijke kwesties",
  "arbeidsrecht|HR|rechten|wo-cursus",
  ["ou"],
  ec=7.5, weeks=16, dl="online", sch="flexibel", cred="certificaat", price=(560, 660), grp=None)

C("OP", "Ontwikkelingspsychologie", "module", "wo-bachelor", "kinderopvang",
  ["Online cursus over de ontwikkeling van kinderen en jongeren, van baby tot adolescent.",
   "Geschikt voor pedagogisch professionals die hun vakkennis willen verdiepen."],
  "theorieën van ontwikkeling kennen en toepassen|cognitieve en sociaal-emotionele ontwikkeling beschrijven|ontwikkelingsproblemen herkennen|wetenschappelijke literatuur lezen",
  "ontwikkelingspsychologie|pedagogiek|psychologie|wo-cursus",
  ["ou", "ou dates=mixed"],
  ec=5, weeks=12, dl="online", sch="flexibel", cred="certificaat", price=(380, 480), grp=None)

C("LV", "Leiderschap en verandering", "module", "wo-master", "administratie",
  ["Online mastercursus over leiderschap in organisaties die veranderen.",
   "Deelnemers analyseren een verandertraject in hun eigen organisatie."],
  "leiderschapstheorieën toepassen|veranderprocessen analyseren|weerstand tegen verandering begrijpen|een veranderaanpak onderbouwen",
  "leiderschap|verandermanagement|master|Management",
  ["ou"],
  ec=5, weeks=12, dl="online", sch="flexibel", cred="certificaat", price=(420, 520), grp=None)

C("EN", "Energietransitie", "module", "wo-bachelor", "energie",
  ["Online cursus over de technische, economische en maatschappelijke kanten van de energietransitie.",
   "Deelnemers beoordelen scenario's voor een duurzame energievoorziening."],
  "energiesystemen en -bronnen vergelijken|scenario's voor de energietransitie beoordelen|maatschappelijke effecten analyseren|beleid en techniek verbinden",
  "energietransitie|duurzaamheid|milieu|wo-cursus",
  ["ou"],
  ec=5, weeks=12, dl="online", sch="flexibel", cred="certificaat", price=(380, 480), grp=None)

C("HRM", "Strategisch human resource management", "module", "wo-master", "administratie",
  ["Online mastercursus over de bijdrage van HR-beleid aan de strategie van een organisatie.",
   "Deelnemers analyseren het HR-beleid van hun eigen organisatie en doen verbetervoorstellen."],
  "HR-beleid verbinden met de organisatiestrategie|duurzame inzetbaarheid beleidsmatig aanpakken|HR-instrumenten evalueren|verbetervoorstellen onderbouwen",
  "HRM|strategie|master|Management",
  ["ou", "ou dates=short"],
  ec=5, weeks=12, dl="online", sch="flexibel", cred="certificaat", price=(420, 520), grp=None)

C("IBR", "Informatiebeveiliging en risicomanagement", "module", "wo-master", "ict",
  ["Online mastercursus over het beheersen van informatierisico's in organisaties.",
   "Deelnemers leren risicoanalyses uit te voeren en maatregelen te kiezen op basis van de ISO 27001-normenreeks."],
  "informatierisico's analyseren|beveiligingsmaatregelen kiezen volgens ISO 27001|een beveiligingsbeleid beoordelen|over risico's rapporteren aan het bestuur",
  "informatiebeveiliging|ISO 27001|risicomanagement|master",
  ["ou"],
  ec=5, weeks=12, dl="online", sch="flexibel", cred="certificaat", price=(420, 520), grp=None)

C("GZ", "Gezondheidspsychologie", "module", "wo-bachelor", "zorg",
  ["Online cursus over de samenhang tussen gedrag, gezondheid en ziekte.",
   "Deelnemers leren interventies voor gedragsverandering te beoordelen."],
  "gezondheidsgedrag verklaren|interventies voor gedragsverandering beoordelen|omgaan met chronische ziekte begrijpen|wetenschappelijk onderzoek interpreteren",
  "gezondheidspsychologie|leefstijl|psychologie|wo-cursus",
  ["ou"],
  ec=5, weeks=12, dl="online", sch="flexibel", cred="certificaat", price=(380, 480), grp=None)

# ---------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------
TYPES = {"module", "mbo-certificaat", "keuzedeel", "mbo-opleiding", "post-hbo", "associate-degree",
         "hbo-bachelor", "hbo-master", "flexstuderen", "cursus"}
LEVELS = {"mbo-1", "mbo-2", "mbo-3", "mbo-4", "hbo-ad", "hbo-bachelor", "hbo-master", "wo-bachelor",
          "wo-master", "geen"}
DELIVERY = {"klassikaal", "online", "blended", "incompany", "werkplek"}
SCHEDULE = {"dag", "avond", "weekend", "flexibel"}
CREDENTIALS = {"diploma", "mbo-certificaat", "certificaat", "deelcertificaat", "bewijs-van-deelname", "geen"}
HO_TYPES = {"post-hbo", "associate-degree", "hbo-bachelor", "hbo-master", "flexstuderen"}
COHORT_TYPES = {"mbo-opleiding", "associate-degree", "hbo-bachelor", "hbo-master"}

# Months in which new groups start: December 2026 up to May 2028, without July and August.
FUTURE_MONTHS = [(2026, 12)] + [(2027, m) for m in range(1, 13) if m not in (7, 8)] + \
                [(2028, m) for m in range(1, 6)]
PAST_MONTHS = [(2025, m) for m in (9, 10, 11, 12)] + [(2026, m) for m in range(1, 12) if m not in (7, 8)]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag"]


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def day_in_month(rng, year, month, weekend=False, last_day=26):
    if month == 12:
        last_day = min(last_day, 14)
    d = date(year, month, rng.randint(4 if month == 1 else 1, last_day))
    allowed = {5} if weekend else {0, 1, 2, 3}
    while d.weekday() not in allowed:
        d += timedelta(days=1)
    return d


def first_monday(year, month):
    d = date(year, month, 1)
    while d.weekday() != 0:
        d += timedelta(days=1)
    return d


def short_dates(rng, weekend, k=None):
    k = k or rng.choice([1, 2, 2, 3, 3, 4])
    months = sorted(rng.sample(FUTURE_MONTHS, k))
    return [day_in_month(rng, y, m, weekend, 14 if (y, m) == (2026, 12) else 26) for y, m in months]


def cohort_dates(rng, typ):
    if typ == "mbo-opleiding":
        pool = [(2027, 2), (2027, 9), (2028, 2)]
        first = rng.choice([0, 0, 1])
        picked = pool[first:first + rng.choice([1, 2, 2, 3])]
        out = [first_monday(y, m) + timedelta(days=rng.choice([0, 0, 7])) for y, m in picked]
        if rng.random() < 0.3:   # an extra bbl intake moment
            out.append(first_monday(*rng.choice([(2027, 4), (2027, 11)])))
    else:
        pool = [(2027, 2), (2027, 9), (2028, 2)]
        picked = rng.choice([[pool[1]], [pool[1]], [pool[0], pool[1]], [pool[1], pool[2]]])
        out = [date(y, m, 1) if rng.random() < 0.5 else first_monday(y, m) for y, m in picked]
    return sorted(set(out))


def past_dates(rng, k=None):
    k = k or rng.choice([1, 1, 2])
    months = sorted(rng.sample(PAST_MONTHS, k))
    return [day_in_month(rng, y, m, last_day=20) for y, m in months]


def choose_dates(rng, course, opts, dl, sch):
    mode = opts.get("dates")
    typ = course["type"]
    default = course["starts"] or ("cohort" if typ in COHORT_TYPES else "short")
    if mode is None:
        r = rng.random()
        if dl == ["online"] and "flexibel" in sch:
            mode = "doorl" if r < 0.75 else "short"
        elif dl == ["incompany"]:
            mode = "none"
        elif r < 0.05:
            mode = "past"
        elif r < 0.09 and typ in {"mbo-opleiding", "module", "cursus", "keuzedeel"}:
            mode = "doorl"
        elif r < 0.18:
            mode = "mixed"
        elif r < 0.195:
            mode = "none"
        else:
            mode = default
    weekend = sch == ["weekend"]
    if mode == "doorl":
        return "doorlopend"
    if mode == "none":
        return ""
    if mode == "past":
        dates = past_dates(rng)
    elif mode == "mixed":
        dates = past_dates(rng, 1) + short_dates(rng, weekend, rng.choice([1, 2]))
    elif mode == "cohort":
        dates = cohort_dates(rng, typ)
    else:
        dates = short_dates(rng, weekend, rng.choice([1, 2]) if typ in HO_TYPES else None)
    return "|".join(d.isoformat() for d in sorted(set(dates)))


def price_for(rng, key, course, opts, pf):
    if "price" in opts:
        return None if opts["price"] == "none" else float(opts["price"])
    if not course["price"] or rng.random() < 0.025:
        return None
    lo, hi = course["price"]
    p = (lo + (hi - lo) * rng.random()) * pf
    if key == "loi" and p < 3000:
        return round(p / 10) * 10 - 0.05
    if key == "kao":
        return round(p / 2.5) * 2.5
    return round(p / 5) * 5 if p < 1000 else round(p / 25) * 25


def practical_sentence(rng, dl, sch, city, mn, lang):
    wd = rng.choice(WEEKDAYS)
    if lang == "en":
        if dl == ["online"]:
            return "Participants study online at their own pace." if "flexibel" in sch else "Sessions are live, with time for questions."
        if "avond" in sch:
            return f"Classes are held on {['Monday', 'Tuesday', 'Wednesday', 'Thursday'][WEEKDAYS.index(wd)]} evenings."
        return None
    opts = []
    if dl == ["online"]:
        if "flexibel" in sch:
            opts += ["U studeert online in uw eigen tempo; een docent beantwoordt vragen binnen twee werkdagen.",
                     "De lesstof staat online klaar; deelnemers plannen hun studie zelf."]
        else:
            opts.append(f"De lessen zijn live online, op {wd}{'avond' if 'avond' in sch else 'middag'}.")
    if "blended" in dl and city:
        opts.append(f"De opleiding combineert bijeenkomsten in {city} met online lessen en opdrachten.")
    if dl == ["incompany"]:
        return "Deze training wordt incompany gegeven, op een locatie van de werkgever en op een tijdstip in overleg."
    if "incompany" in dl:
        opts.append("Ook als incompanytraining te boeken" + (f", voor groepen vanaf {mn} deelnemers." if mn else "."))
    if "werkplek" in dl:
        opts.append(rng.choice([
            "Een groot deel van het leren gebeurt op de werkplek, met begeleiding van een praktijkopleider.",
            f"Deelnemers leren vooral in de praktijk; de lesdag is op {wd}.",
            "De beroepspraktijkvorming vindt plaats bij de eigen werkgever, die een praktijkopleider aanwijst.",
            f"Naast het werk volgen deelnemers op {wd} lessen; opdrachten voeren zij uit op de eigen werkplek.",
        ]))
    if "avond" in sch and dl != ["online"]:
        opts.append(f"De lessen zijn op {wd}avond van 18.30 tot 21.30 uur.")
    if "weekend" in sch:
        opts.append("De lesdagen vallen op zaterdag, zodat het werkrooster niet hoeft te worden aangepast.")
    if not opts:
        return None if rng.random() < 0.6 else rng.choice([
            "De lessen zijn overdag, één dag per week.",
            "Na afloop ontvangen deelnemers een bewijs van hun resultaten voor het personeelsdossier."])
    return rng.choice(opts)


def parse_offer(off):
    spec, extra = (off, {}) if isinstance(off, str) else off
    parts = spec.split()
    key, _, city = parts[0].partition("/")
    opts = dict(p.split("=", 1) for p in parts[1:])
    return key, (city.replace("_", " ") if city else None), opts, extra


def build_rows():
    rows = []
    seq = {k: v[6] for k, v in PROVIDERS.items()}
    seq_rng = {k: random.Random("seq|" + k) for k in PROVIDERS}
    stem_count: dict[tuple[str, str], int] = {}
    for course in COURSES:
        for i, off in enumerate(course["offers"]):
            key, city, opts, extra = parse_offer(off)
            (name, kind, domain, path, places, code_fmt, _base, crkbo, online_city, pf,
             blurbs) = PROVIDERS[key]
            rng = random.Random(f"{key}|{course['stem']}|{i}")
            dl = opts.get("dl", course["dl"]).split("+")
            sch = opts.get("sch", course["sch"]).split("+")
            if city is None:
                city = online_city if dl == ["online"] else places[0]
            level = opts.get("lvl", course["level"])
            lang = opts.get("lang", course["lang"])
            typ = course["type"]

            stem_count[(key, course["stem"])] = n = stem_count.get((key, course["stem"]), 0) + 1
            seq[key] += seq_rng[key].randint(1, 9)
            code = code_fmt.format(stem=course["stem"], n=n, seq=seq[key])

            # study load
            hours, ec = course["hours"], course["ec"]
            if "hrs" in opts:
                hours = None if opts["hrs"] == "none" else int(opts["hrs"])
            if "ec" in opts:
                ec = None if opts["ec"] == "none" else float(opts["ec"])
            if typ in HO_TYPES or (ec is not None and kind in ("hogeschool", "universiteit") and hours is None):
                hours = None
                if rng.random() < 0.03:
                    ec = None
            elif hours is not None and rng.random() < 0.025:
                hours = None
            weeks = int(opts.get("weeks", course["weeks"] or 0)) or None
            if weeks and weeks >= 8 and rng.random() < 0.3:
                weeks += rng.choice([-2, 2, 4])

            # group size
            grp = course["grp"]
            if "grp" in opts:
                grp = None if opts["grp"] == "none" else tuple(int(x) for x in opts["grp"].split("-"))
            if dl == ["online"] and "flexibel" in sch:
                grp = None
            mn, mx = (grp if grp else (None, None))
            if mx and mx >= 12 and rng.random() < 0.3:
                mx += rng.choice([-2, 2, 4])

            # description
            base = list(extra.get("desc") or course["desc"])
            if lang == "en":
                blurb = (f"{name} teaches this course in {city}." if city and dl != ["online"]
                         else f"Offered online by {name}.")
            else:
                usable = [b for b in blurbs if "{city}" not in b or (city and dl != ["online"])]
                blurb = rng.choice(usable).format(city=city)
            sentences = base + ([extra["note"]] if extra.get("note") else []) + [blurb]
            practical = practical_sentence(rng, dl, sch, city, mn, lang)
            if practical and len(sentences) < 5:
                sentences.append(practical)
            description = " ".join(sentences)

            outcomes = extra["out"].split("|") if extra.get("out") else list(course["out"])
            if len(outcomes) > 4 and rng.random() < 0.25:
                outcomes.pop(rng.randrange(1, len(outcomes)))

            funded = "nee" if kind == "particulier" else "ja"
            vat = "vrijgesteld" if funded == "ja" or crkbo == "ja" else "21"
            price = price_for(rng, key, course, opts, pf)
            slug = slugify(course["title"])
            if len(places) > 1 and city:
                slug += "-" + slugify(city)
            rows.append({
                "provider": name, "code": code, "title": course["title"], "type": typ, "level": level,
                "sector": course["sector"], "description": description, "outcomes": "|".join(outcomes),
                "keywords": "|".join(course["kw"]), "qualification_code": course["qual"],
                "hours": "" if hours is None else str(hours),
                "ec": "" if ec is None else (str(int(ec)) if float(ec).is_integer() else str(ec)),
                "duration_weeks": "" if weeks is None else str(weeks),
                "delivery": "|".join(dl), "schedule": "|".join(sch), "city": city,
                "price": "" if price is None else (str(int(price)) if float(price).is_integer() else f"{price:.2f}"),
                "vat": vat, "start_dates": choose_dates(rng, course, opts, dl, sch),
                "credential": opts.get("cred", course["cred"] or "certificaat"),
                "min_participants": "" if mn is None else str(mn),
                "max_participants": "" if mx is None else str(mx),
                "language": lang, "funded": funded, "provider_kind": kind, "crkbo": crkbo,
                "url": f"https://www.{domain}/{path}/{slug}",
            })
    return rows


def validate(rows):
    problems = []
    seen = set()
    iso = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    for n, r in enumerate(rows, start=2):
        def bad(col, msg):
            problems.append(f"rij {n}, kolom {col}: {msg} ({r['provider']} {r['code']})")
        for col in ("provider", "code", "title", "type", "level"):
            if not r[col]:
                bad(col, "leeg")
        if (r["provider"], r["code"]) in seen:
            bad("code", "dubbel")
        seen.add((r["provider"], r["code"]))
        if r["type"] not in TYPES:
            bad("type", r["type"])
        if r["level"] not in LEVELS:
            bad("level", r["level"])
        if not set(r["delivery"].split("|")) <= DELIVERY:
            bad("delivery", r["delivery"])
        if not set(r["schedule"].split("|")) <= SCHEDULE:
            bad("schedule", r["schedule"])
        if r["credential"] not in CREDENTIALS:
            bad("credential", r["credential"])
        if r["start_dates"] not in ("", "doorlopend"):
            for d in r["start_dates"].split("|"):
                if not iso.match(d):
                    bad("start_dates", d)
                date.fromisoformat(d)
        if not 3 <= len(r["outcomes"].split("|")) <= 6:
            bad("outcomes", "aantal")
        if not 2 <= len(r["keywords"].split("|")) <= 5:
            bad("keywords", "aantal")
        q = r["qualification_code"]
        if r["type"] == "keuzedeel" and not re.fullmatch(r"K\d{4}", q):
            bad("qualification_code", q)
        if r["type"] in ("mbo-opleiding", "hbo-bachelor", "associate-degree", "hbo-master") and not re.fullmatch(r"\d{5}", q):
            bad("qualification_code", q)
        if r["type"] == "keuzedeel" and r["hours"] not in ("240", "480", ""):
            bad("hours", r["hours"])
        if r["type"] in HO_TYPES and r["hours"]:
            bad("hours", "hbo heeft ec, geen uren")
        if not r["url"].startswith("https://www.") or ".nl/" not in r["url"]:
            bad("url", r["url"])
        if "\n" in r["description"]:
            bad("description", "regeleinde")
    return problems


def main():
    rows = build_rows()
    problems = validate(rows)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} aanbiedingen van {len({r['provider'] for r in rows})} aanbieders -> {OUT}")


if __name__ == "__main__":
    main()
