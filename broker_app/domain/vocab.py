"""The vocabularies of CSV v1 and Demand JSON v1, with Dutch and English labels.

Each value has one canonical code (the one written in files) and a tolerant reader that accepts
obvious variants (``Online``, ``MBO 3``, ``mbo niveau 3``) and says it did so, so an importer can
warn instead of refusing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Term:
    code: str
    nl: str
    en: str
    rank: int | None = None  # e.g. the NLQF level of a level term
    short: str | None = None  # for narrow table columns; the same in both languages

    def label(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl


class UnknownValue(ValueError):
    """A value that no term of the vocabulary accepts."""

    def __init__(self, vocabulary: Vocabulary, raw: str) -> None:
        super().__init__(raw)
        self.vocabulary = vocabulary
        self.raw = raw


def fold_key(text: str) -> str:
    """Fold case, diacritics, spaces, hyphens and underscores for tolerant comparison."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\s_\-./]+", "", bare.lower())


@dataclass
class Vocabulary:
    name: str
    terms: tuple[Term, ...]
    aliases: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_code = {t.code: t for t in self.terms}
        self._by_key: dict[str, str] = {}
        for t in self.terms:
            for variant in (t.code, t.nl, t.en):
                self._by_key.setdefault(fold_key(variant), t.code)
        for alias, code in self.aliases.items():
            self._by_key[fold_key(alias)] = code

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def term(self, code: str) -> Term:
        return self._by_code[code]

    def label(self, code: str, lang: str = "nl") -> str:
        """The label of a code; an unknown code (say, from a newer version) is shown as it is."""
        term = self._by_code.get(code)
        return term.label(lang) if term else code

    def short_label(self, code: str, lang: str = "nl") -> str:
        """A compact label for table columns (``mbo 3``), else the full label."""
        term = self._by_code.get(code)
        if term is None:
            return code
        return term.short if term.short is not None else term.label(lang)

    def parse(self, raw: str) -> tuple[str, bool]:
        """Return (code, exact). ``exact`` is False when a variant was read as the code."""
        if raw in self._by_code:
            return raw, True
        code = self._by_key.get(fold_key(raw))
        if code is None:
            raise UnknownValue(self, raw)
        return code, False


def _level_aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for n in range(1, 5):
        for pattern in ("mbo{n}", "mbo niveau {n}", "niveau {n}", "mbo-niveau-{n}", "n{n}"):
            aliases[pattern.format(n=n)] = f"mbo-{n}"
    aliases.update(
        {
            "ad": "hbo-ad",
            "associate degree": "hbo-ad",
            "hbo associate degree": "hbo-ad",
            "bachelor": "hbo-bachelor",
            "hbo": "hbo-bachelor",
            "master": "hbo-master",
            "wo": "wo-bachelor",
            "none": "geen",
            "n.v.t.": "geen",
            "nvt": "geen",
        }
    )
    return aliases


LEVELS = Vocabulary(
    "level",
    (
        Term("mbo-1", "mbo niveau 1", "mbo level 1", 1, "mbo 1"),
        Term("mbo-2", "mbo niveau 2", "mbo level 2", 2, "mbo 2"),
        Term("mbo-3", "mbo niveau 3", "mbo level 3", 3, "mbo 3"),
        Term("mbo-4", "mbo niveau 4", "mbo level 4", 4, "mbo 4"),
        Term("hbo-ad", "associate degree (hbo)", "associate degree", 5, "hbo Ad"),
        Term(
            "hbo-bachelor",
            "hbo-bachelor",
            "bachelor (university of applied sciences)",
            6,
            "hbo-bachelor",
        ),
        Term(
            "hbo-master", "hbo-master", "master (university of applied sciences)", 7, "hbo-master"
        ),
        Term("wo-bachelor", "wo-bachelor", "bachelor (research university)", 6, "wo-bachelor"),
        Term("wo-master", "wo-master", "master (research university)", 7, "wo-master"),
        Term("geen", "geen niveau", "no level", None, "—"),
    ),
    _level_aliases(),
)

OFFERING_TYPES = Vocabulary(
    "type",
    (
        Term("module", "module", "module"),
        Term("mbo-certificaat", "mbo-certificaat", "mbo certificate programme"),
        Term("keuzedeel", "keuzedeel", "elective (keuzedeel)"),
        Term("mbo-opleiding", "mbo-opleiding", "mbo programme"),
        Term("post-hbo", "post-hbo-opleiding", "post-graduate course (hbo)"),
        Term("associate-degree", "associate degree", "associate degree"),
        Term("hbo-bachelor", "hbo-bachelor", "bachelor programme"),
        Term("hbo-master", "hbo-master", "master programme"),
        Term("flexstuderen", "flexstuderen", "pay-per-credit study"),
        Term("cursus", "cursus", "course"),
    ),
    {
        "certificaat": "mbo-certificaat",
        "course": "cursus",
        "training": "cursus",
        "ad": "associate-degree",
    },
)

DELIVERY = Vocabulary(
    "delivery",
    (
        Term("klassikaal", "klassikaal", "classroom"),
        Term("online", "online", "online"),
        Term("blended", "blended", "blended"),
        Term("incompany", "incompany", "in-company"),
        Term("werkplek", "op de werkplek", "at the workplace"),
    ),
    {
        "e-learning": "online",
        "elearning": "online",
        "in company": "incompany",
        "op locatie": "incompany",
    },
)

SCHEDULE = Vocabulary(
    "schedule",
    (
        Term("dag", "overdag", "daytime"),
        Term("avond", "'s avonds", "evenings"),
        Term("weekend", "weekend", "weekends"),
        Term("flexibel", "flexibel", "flexible"),
    ),
    {
        "overdag": "dag",
        "day": "dag",
        "evening": "avond",
        "avonden": "avond",
        "flexible": "flexibel",
    },
)

CREDENTIALS = Vocabulary(
    "credential",
    (
        Term("diploma", "diploma", "diploma"),
        Term("mbo-certificaat", "mbo-certificaat", "mbo certificate"),
        Term("certificaat", "certificaat", "certificate"),
        Term("deelcertificaat", "deelcertificaat", "partial certificate"),
        Term("bewijs-van-deelname", "bewijs van deelname", "certificate of attendance"),
        Term("geen", "geen", "none"),
    ),
)

VAT_RATES = Vocabulary(
    "vat",
    (
        Term("vrijgesteld", "vrijgesteld van btw", "exempt from VAT", 0),
        Term("0", "0 % btw", "0 % VAT", 0),
        Term("9", "9 % btw", "9 % VAT", 9),
        Term("21", "21 % btw", "21 % VAT", 21),
    ),
    {"0%": "0", "9%": "9", "21%": "21", "exempt": "vrijgesteld", "vrij": "vrijgesteld"},
)

LANGUAGES = Vocabulary(
    "language",
    (Term("nl", "Nederlands", "Dutch"), Term("en", "Engels", "English")),
    {"ned": "nl", "nederlands": "nl", "eng": "en", "engels": "en"},
)

PROVIDER_KINDS = Vocabulary(
    "provider_kind",
    (
        Term("roc", "roc (mbo)", "regional vocational college"),
        Term("aoc", "aoc (groen mbo)", "agricultural college"),
        Term("vakinstelling", "vakinstelling", "specialist vocational college"),
        Term("hogeschool", "hogeschool", "university of applied sciences"),
        Term("universiteit", "universiteit", "university"),
        Term("particulier", "particuliere aanbieder", "private provider"),
    ),
)

YES_NO = Vocabulary(
    "ja/nee",
    (Term("ja", "ja", "yes"), Term("nee", "nee", "no")),
    {
        "yes": "ja",
        "y": "ja",
        "j": "ja",
        "true": "ja",
        "1": "ja",
        "no": "nee",
        "n": "nee",
        "false": "nee",
        "0": "nee",
    },
)

CONTINUOUS_INTAKE = "doorlopend"

MUST_CONSTRAINTS = Vocabulary(
    "must",
    (
        Term("level", "niveau", "level"),
        Term("credential", "diploma of certificaat", "credential"),
        Term("delivery", "lesvorm", "delivery"),
        Term("schedule", "rooster", "schedule"),
        Term("distance", "afstand", "distance"),
        Term("budget", "budget", "budget"),
        Term("start", "startperiode", "start"),
        Term("sector", "sector", "sector"),
    ),
)

PROPOSAL_STATUSES = Vocabulary(
    "status",
    (
        Term("concept", "concept", "draft"),
        Term("verzonden", "verzonden", "sent"),
        Term("geaccepteerd", "geaccepteerd", "accepted"),
        Term("afgewezen", "afgewezen", "declined"),
        Term("verlopen", "verlopen", "expired"),
    ),
)


# sectors (clients): the employer's sector, the same codes as the catalogue's `sector` column
SECTORS = Vocabulary(
    "sector",
    (
        Term("administratie", "administratie", "administration"),
        Term("bouw", "bouw", "construction"),
        Term("energie", "energie", "energy"),
        Term("groen", "groen", "green sector"),
        Term("horeca", "horeca", "hospitality"),
        Term("ict", "ICT", "ICT"),
        Term("installatie", "installatie", "installation"),
        Term("kinderopvang", "kinderopvang", "childcare"),
        Term("logistiek", "logistiek", "logistics"),
        Term("onderwijs", "onderwijs", "education"),
        Term("overheid", "overheid", "government"),
        Term("procesindustrie", "procesindustrie", "process industry"),
        Term("retail", "detailhandel", "retail"),
        Term("techniek", "techniek", "engineering"),
        Term("welzijn", "welzijn", "social work"),
        Term("zorg", "zorg", "care"),
    ),
)


def nlqf(level: str | None) -> int | None:
    """The NLQF/EQF number of a level code (mbo-3 -> 3, hbo-ad -> 5), None when unknown."""
    if not level or level not in LEVELS:
        return None
    return LEVELS.term(level).rank
