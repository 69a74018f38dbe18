"""The matching page's words: the demand in one glance, a near miss's broken must, the programme.

Plain functions (no widgets), so the texts are easy to test; every value that came from a person
or a file is escaped here. Money and dates go through the domain's formatting.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from broker_app.domain import vocab
from broker_app.domain.composition import COVERED, Module, Programme
from broker_app.domain.demand import Demand
from broker_app.domain.formatting import long_date, money, number, short_date
from broker_app.domain.matching import OfferingFacts, level_words

SUMMARY_STYLE = """
p { margin: 0; }
span.title { font-size: 12.5pt; font-weight: 600; color: #1f2933; }
span.where { color: #616e7c; }
p.text { color: #323f4b; margin-top: 4px; }
p.facts { color: #323f4b; margin-top: 6px; }
span.must { color: #0b5394; font-weight: 600; }
"""

PROGRAMME_STYLE = """
body { color: #1f2933; }
h2 { font-size: 13pt; font-weight: 600; margin: 0 0 4px 0; }
p.sum { color: #323f4b; margin: 0 0 12px 0; }
span.amount { font-weight: 600; color: #0b5394; }
h3 { font-size: 11pt; font-weight: 600; margin: 16px 0 6px 0; }
th { text-align: left; color: #616e7c; font-weight: normal; padding: 3px 16px 3px 0;
     border-bottom: 1px solid #d9dee3; }
td { padding: 5px 16px 5px 0; vertical-align: top; }
td.num { text-align: right; }
span.provider { color: #616e7c; }
span.ok { color: #3f7f6b; font-weight: 600; }
span.part { color: #8a6d1d; font-weight: 600; }
span.gap { color: #b3261e; font-weight: 600; }
p.placeholder { color: #7b8794; font-size: 11pt; }
p.hint { color: #9aa5b1; }
"""

MATCH_STYLE_EXTRA = """
div.why { background: #f3f6f9; }
p.why-head { color: #52606d; margin: 0 0 4px 0; }
span.score { font-weight: 600; color: #1f2933; }
li.reason { margin: 1px 0; }
p.broken { color: #b3261e; font-weight: 600; margin: 0 0 4px 0; }
p.soft { color: #8a6d1d; margin: 4px 0 0 0; }
"""


# -- the demand ---------------------------------------------------------------------------------


def constraint_value(name: str, demand: Demand, lang: str) -> str:
    """What the demand asks for one constraint (``max. 30 km van Zwolle``); "" when nothing."""
    if name == "level":
        return level_words(demand.wanted_level, lang) if demand.wanted_level else ""
    if name == "credential":
        return vocab.CREDENTIALS.label(demand.credential, lang) if demand.credential else ""
    if name == "delivery":
        return ", ".join(vocab.DELIVERY.label(c, lang) for c in demand.delivery)
    if name == "schedule":
        return ", ".join(vocab.SCHEDULE.label(c, lang) for c in demand.schedule)
    if name == "distance":
        if not demand.city:
            return ""
        if demand.max_distance_km is None:
            return demand.city
        return QCoreApplication.translate("MatchExplain", "max. {km} km van {city}").format(
            km=number(demand.max_distance_km, lang), city=demand.city
        )
    if name == "budget":
        if demand.budget_per_participant_cents is None:
            return ""
        return QCoreApplication.translate("MatchExplain", "{amount} per deelnemer").format(
            amount=money(demand.budget_per_participant_cents, lang, whole=True)
        )
    if name == "start":
        return period_text(demand, lang)
    if name == "sector":
        return vocab.SECTORS.label(demand.sector, lang) if demand.sector else ""
    return ""


def period_text(demand: Demand, lang: str) -> str:
    after, before = demand.start_after, demand.start_before
    if after and before:
        return QCoreApplication.translate("MatchExplain", "tussen {after} en {before}").format(
            after=short_date(after, lang), before=short_date(before, lang)
        )
    if after:
        return QCoreApplication.translate("MatchExplain", "na {after}").format(
            after=short_date(after, lang)
        )
    if before:
        return QCoreApplication.translate("MatchExplain", "voor {before}").format(
            before=short_date(before, lang)
        )
    return ""


def applicable_constraints(demand: Demand) -> list[str]:
    """The constraints this demand says something about (or already has as a must)."""
    return [
        code
        for code in vocab.MUST_CONSTRAINTS.codes
        if constraint_value(code, demand, "nl") or code in demand.must
    ]


def constraint_label(name: str) -> str:
    labels = {
        "level": QCoreApplication.translate("MatchExplain", "Niveau"),
        "credential": QCoreApplication.translate("MatchExplain", "Afsluiting"),
        "delivery": QCoreApplication.translate("MatchExplain", "Lesvorm"),
        "schedule": QCoreApplication.translate("MatchExplain", "Rooster"),
        "distance": QCoreApplication.translate("MatchExplain", "Afstand"),
        "budget": QCoreApplication.translate("MatchExplain", "Budget"),
        "start": QCoreApplication.translate("MatchExplain", "Startperiode"),
        "sector": QCoreApplication.translate("MatchExplain", "Sector"),
    }
    return labels.get(name, name)


def demand_summary_html(demand: Demand, where: str, lang: str, max_text: int = 260) -> str:
    """Title, employer and intake, the demand's text (shortened) and its facts on one line."""
    title = demand.title or QCoreApplication.translate("MatchExplain", "Vraag zonder titel")
    text = " ".join(demand.text.split())
    if len(text) > max_text:
        text = text[: max_text - 1].rsplit(" ", 1)[0] + "…"
    facts: list[str] = []
    if demand.participants:
        facts.append(
            QCoreApplication.translate("MatchExplain", "{count} deelnemers").format(
                count=number(demand.participants, lang)
            )
            if demand.participants != 1
            else QCoreApplication.translate("MatchExplain", "1 deelnemer")
        )
    for code in vocab.MUST_CONSTRAINTS.codes:
        value = constraint_value(code, demand, lang)
        if not value:
            continue
        shown = escape(f"{constraint_label(code).lower()} {value}")
        if code == "level":
            shown = escape(value)
        if code in demand.must:
            shown = f'<span class="must">{shown}</span>'
        facts.append(shown)
    musts = [constraint_label(m).lower() for m in vocab.MUST_CONSTRAINTS.codes if m in demand.must]
    must_line = (
        QCoreApplication.translate("MatchExplain", "Moet: {musts}").format(musts=", ".join(musts))
        if musts
        else QCoreApplication.translate(
            "MatchExplain", "Geen harde eisen: alles weegt mee in de score."
        )
    )
    parts = [
        f'<p><span class="title">{escape(title)}</span>'
        f'&nbsp;&nbsp;<span class="where">{escape(where)}</span></p>',
        f'<p class="text">{escape(text)}</p>',
        f'<p class="facts">{" &nbsp;·&nbsp; ".join(facts)}</p>' if facts else "",
        f'<p class="facts"><span class="must">{escape(must_line)}</span></p>',
    ]
    return "".join(parts)


# -- one offering -------------------------------------------------------------------------------


def place_text(facts: OfferingFacts, demand: Demand, lang: str) -> str:
    """``Zwolle · 19 km``, ``online`` or the place alone."""
    if facts.online_only:
        return vocab.DELIVERY.label("online", lang)
    city = facts.city or ""
    if demand.city and facts.distance_km is not None and city:
        if facts.distance_km < 1:
            return city
        return QCoreApplication.translate("MatchExplain", "{city} · {km} km").format(
            city=city, km=number(round(facts.distance_km), lang)
        )
    return city


def start_text(facts: OfferingFacts, today: date, lang: str) -> str:
    first = facts.next_start(today)
    if first:
        return short_date(first, lang)
    if facts.continuous_intake:
        return QCoreApplication.translate("MatchExplain", "doorlopend")
    return QCoreApplication.translate("MatchExplain", "geen start gepland")


def broken_must_text(
    must: str, facts: OfferingFacts, demand: Demand, today: date, lang: str
) -> str:
    """Why a near miss falls off, with the numbers: ``boven budget: € 2.450 per deelnemer``."""
    if must == "budget" and facts.price_cents is not None:
        return QCoreApplication.translate(
            "MatchExplain", "boven budget: {price} per deelnemer"
        ).format(price=money(facts.price_cents, lang, whole=True))
    if must == "distance" and facts.distance_km is not None and demand.city:
        return QCoreApplication.translate(
            "MatchExplain", "te ver: {km} km van {city} (max. {limit} km)"
        ).format(
            km=number(round(facts.distance_km), lang),
            city=demand.city,
            limit=number(demand.max_distance_km or 0, lang),
        )
    if must == "level":
        have = (
            level_words(facts.level, lang)
            if vocab.nlqf(facts.level)
            else QCoreApplication.translate("MatchExplain", "geen niveau")
        )
        return QCoreApplication.translate(
            "MatchExplain", "ander niveau: {have} (gevraagd: {wanted})"
        ).format(have=have, wanted=level_words(demand.wanted_level or "", lang))
    if must == "start":
        first = facts.next_start(today)
        when = (
            long_date(first, lang)
            if first
            else QCoreApplication.translate("MatchExplain", "geen start gepland")
        )
        return QCoreApplication.translate("MatchExplain", "start buiten de periode: {when}").format(
            when=when
        )
    if must == "credential":
        have = vocab.CREDENTIALS.label(facts.credential, lang) if facts.credential else "—"
        return QCoreApplication.translate(
            "MatchExplain", "andere afsluiting: {have} (gevraagd: {wanted})"
        ).format(have=have, wanted=constraint_value("credential", demand, lang))
    if must == "delivery":
        have = ", ".join(vocab.DELIVERY.label(c, lang) for c in facts.delivery) or "—"
        return QCoreApplication.translate(
            "MatchExplain", "andere lesvorm: {have} (gevraagd: {wanted})"
        ).format(have=have, wanted=constraint_value("delivery", demand, lang))
    if must == "schedule":
        have = ", ".join(vocab.SCHEDULE.label(c, lang) for c in facts.schedule) or "—"
        return QCoreApplication.translate(
            "MatchExplain", "ander rooster: {have} (gevraagd: {wanted})"
        ).format(have=have, wanted=constraint_value("schedule", demand, lang))
    if must == "sector":
        return QCoreApplication.translate(
            "MatchExplain", "andere sector: {have} (gevraagd: {wanted})"
        ).format(
            have=vocab.SECTORS.label(facts.sector, lang) if facts.sector else "—",
            wanted=constraint_value("sector", demand, lang),
        )
    return QCoreApplication.translate("MatchExplain", "voldoet niet aan: {must}").format(
        must=constraint_label(must).lower()
    )


def why_html(
    score: float,
    rank: int | None,
    reasons: list[str],
    broken: str | None,
    violations: list[str],
    lang: str,
) -> str:
    """The block above an offering's details: its place, score and every reason."""
    if rank is not None:
        head = QCoreApplication.translate(
            "MatchExplain", "Plaats {rank} in de lijst · score {score} %"
        )
        head = head.format(rank=rank, score=number(round(score), lang))
    else:
        head = QCoreApplication.translate("MatchExplain", "Bijna passend · score {score} %").format(
            score=number(round(score), lang)
        )
    parts = [f'<p class="why-head"><span class="score">{escape(head)}</span></p>']
    if broken:
        parts.append(f'<p class="broken">{escape(broken)}</p>')
    if reasons:
        items = "".join(f'<li class="reason">{escape(r)}</li>' for r in reasons)
        parts.append(f"<ul>{items}</ul>")
    if violations:
        names = ", ".join(constraint_label(v).lower() for v in violations)
        text = QCoreApplication.translate("MatchExplain", "Wijkt af van de wens voor: {names}")
        parts.append(f'<p class="soft">{escape(text.format(names=names))}</p>')
    return "".join(parts)


def module_why_html(number_in_programme: int, count: int, module: Module, lang: str) -> str:
    """The block above a programme module's details: its place in the programme and what it
    covers."""
    head = QCoreApplication.translate(
        "MatchExplain", "Module {number} van {count} in het samengestelde programma"
    ).format(number=number(number_in_programme, lang), count=number(count, lang))
    parts = [f'<p class="why-head"><span class="score">{escape(head)}</span></p>']
    covers = [label for label, value in module.covers.items() if value >= COVERED]
    if covers:
        text = QCoreApplication.translate("MatchExplain", "dekt: {competences}").format(
            competences=", ".join(covers)
        )
        parts.append(f'<ul><li class="reason">{escape(text)}</li></ul>')
    return "".join(parts)


def with_why(offering_html: str, why: str) -> str:
    """The reasons right under the offering's title and provider, before its facts."""
    marker = '<p class="provider">'
    start = offering_html.find(marker)
    end = offering_html.find("</p>", start) if start >= 0 else -1
    if end < 0:
        return why + offering_html
    end += len("</p>")
    return offering_html[:end] + why + "<hr/>" + offering_html[end:]


# -- the composed programme ---------------------------------------------------------------------


def programme_coverage(programme: Programme) -> float:
    """0..100: the mean coverage of the wanted competences."""
    if not programme.coverage:
        return 0.0
    return 100 * sum(programme.coverage.values()) / len(programme.coverage)


def programme_html(programme: Programme, lang: str) -> str:
    if not programme.modules:
        title = QCoreApplication.translate("MatchExplain", "Er is geen programma samen te stellen.")
        hint = QCoreApplication.translate(
            "MatchExplain",
            "Geen van de passende opleidingen dekt de gevraagde competenties binnen het budget.",
        )
        return f'<p class="placeholder">{escape(title)}</p><p class="hint">{escape(hint)}</p>'
    total = money(programme.price_cents, lang, whole=True)
    if not programme.price_known:
        total = QCoreApplication.translate(
            "MatchExplain", "{amount} (niet alle prijzen bekend)"
        ).format(amount=total)
    count = len(programme.modules)
    modules_text = (
        QCoreApplication.translate("MatchExplain", "1 module")
        if count == 1
        else QCoreApplication.translate("MatchExplain", "{count} modules").format(count=count)
    )
    summary = QCoreApplication.translate(
        "MatchExplain", "{modules} · dekking {coverage} % · {price} per deelnemer"
    ).format(
        modules=escape(modules_text),
        coverage=number(round(programme_coverage(programme)), lang),
        price=f'<span class="amount">{escape(total)}</span>',
    )
    if programme.hours:
        summary += " · " + escape(
            QCoreApplication.translate("MatchExplain", "{hours} uur").format(
                hours=number(programme.hours, lang)
            )
        )
    words = {
        "title": QCoreApplication.translate("MatchExplain", "Samengesteld programma"),
        "modules": QCoreApplication.translate("MatchExplain", "Modules"),
        "module": QCoreApplication.translate("MatchExplain", "Module"),
        "covers": QCoreApplication.translate("MatchExplain", "Dekt"),
        "price": QCoreApplication.translate("MatchExplain", "Prijs"),
        "per_competence": QCoreApplication.translate("MatchExplain", "Dekking per competentie"),
        "competence": QCoreApplication.translate("MatchExplain", "Competentie"),
        "coverage": QCoreApplication.translate("MatchExplain", "Dekking"),
        "by": QCoreApplication.translate("MatchExplain", "Door"),
        "gaps": QCoreApplication.translate("MatchExplain", "Niet gedekt"),
        "gaps_intro": QCoreApplication.translate(
            "MatchExplain", "Hiervoor is binnen het budget geen module gevonden:"
        ),
        "all_covered": QCoreApplication.translate(
            "MatchExplain", "Alle gevraagde competenties zijn gedekt."
        ),
    }
    w = {key: escape(value) for key, value in words.items()}
    parts = [
        f"<h2>{w['title']}</h2>",
        f'<p class="sum">{summary}</p>',
        f"<h3>{w['modules']}</h3>",
        '<table cellspacing="0" width="100%">',
        f"<tr><th>#</th><th>{w['module']}</th><th>{w['covers']}</th><th>{w['price']}</th></tr>",
    ]
    for n, module in enumerate(programme.modules, start=1):
        covers = [label for label, v in module.covers.items() if v >= COVERED]
        parts.append(
            f"<tr><td>{n}</td><td>{escape(module.title)}<br/>"
            f'<span class="provider">{escape(module.provider)}</span></td>'
            f"<td>{escape(', '.join(covers)) or '—'}</td>"
            f'<td class="num">{escape(money(module.price_cents, lang, whole=True))}</td></tr>'
        )
    parts.append("</table>")
    parts.append(f"<h3>{w['per_competence']}</h3>")
    parts.append('<table cellspacing="0" width="100%">')
    parts.append(f"<tr><th>{w['competence']}</th><th>{w['coverage']}</th><th>{w['by']}</th></tr>")
    for label, value in programme.coverage.items():
        best = max(programme.modules, key=lambda m: m.covers.get(label, 0.0))
        by = best.title if best.covers.get(label, 0.0) >= COVERED else "—"
        css = "ok" if value >= 0.999 else "part" if value >= COVERED else "gap"
        parts.append(
            f"<tr><td>{escape(label)}</td>"
            f'<td><span class="{css}">{number(round(100 * value), lang)} %</span></td>'
            f"<td>{escape(by)}</td></tr>"
        )
    parts.append("</table>")
    parts.append(f"<h3>{w['gaps']}</h3>")
    if programme.gaps:
        items = "".join(f'<li><span class="gap">{escape(g)}</span></li>' for g in programme.gaps)
        parts.append(f"<p>{w['gaps_intro']}</p><ul>{items}</ul>")
    else:
        parts.append(f"<p>{w['all_covered']}</p>")
    return "".join(parts)
