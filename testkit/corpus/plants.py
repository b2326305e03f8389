"""Values planted into the text: each one drawn, written in one of its styles and marked with its meaning."""
from __future__ import annotations

from testkit.corpus import families
from testkit.corpus.banks import COUNT_QUALIFIERS, NUMBER_WORDS, ORGS_LOCAL
from testkit.corpus.model import Report, quantity
from testkit.corpus.wording import ARTICLES, MONEY_STYLES, fmt_money

def plant_count(r: Report, lo: int, hi: int, head: str, words_ok: bool = True,
                qualifier: bool = True, exact: bool = False) -> tuple[str, dict]:
    """A count before a noun: returns (marked text "gut 40 Bürgerinnen und Bürger", quantity).
    ``exact``: never a qualifier ("drei Arbeitsgruppen"), though drawn like any other count."""
    rng = r.rng
    v = rng.randint(lo, hi)
    roll = rng.random() if qualifier else 0.0
    if exact and roll >= 0.38:
        rng.choice(COUNT_QUALIFIERS)  # keep the random stream as for any count
        r.feat("count: plain")
        return r.P("COUNT", f"{v} {head}", quantity(v)), quantity(v)
    if roll < 0.38:
        if words_ok and v in NUMBER_WORDS and rng.random() < 0.5:
            num, q = NUMBER_WORDS[v], None
            r.feat("count: number word")
        else:
            num, q = str(v), None
            r.feat("count: plain")
    else:
        q = families.count_qualifier(r, rng.choice(COUNT_QUALIFIERS))
        v = max(20, round(v / 5) * 5)  # nobody writes "knapp 9 Personen"
        num = str(v)
        r.feat(f"count: qualifier '{q}'")
    text = f"{q} {num}" if q else num
    qty = quantity(v, q)
    return r.P("COUNT", f"{text} {head}", qty), qty


def plant_money(r: Report, value: float, approx: bool) -> tuple[str, dict]:
    rng = r.rng
    styles = list(MONEY_STYLES)
    if value % 500 or value < 1000:
        styles.remove("teur")
    if value != int(value):
        styles = ["eur_pre", "cents"]
    style = rng.choice(styles)
    q = rng.choice(["ca.", "rund", "etwa", "ca."]) if approx else None
    text = fmt_money(value, style)
    if q:
        text = f"{q} {text}"
    r.feat(f"money: {style}" + (" + qualifier" if q else ""))
    value = int(value) if value == int(value) else value
    qty = quantity(value, q)
    return r.P("MONEY", text, qty), qty


def plant_org(r: Report, name: str, **facts) -> str:
    return r.P("ORG", name, name, **facts)


def plant_year(r: Report, year: int) -> str:
    return r.P.plain(str(year))


def plant_local_org(r: Report, case: str) -> str:
    """A local association of the town, planted as ORG, after its article in ``case`` ("dem Helferkreis X")."""
    template, gender = r.rng.choice(ORGS_LOCAL)
    return f"{ARTICLES[case][gender]} {plant_org(r, template.format(town=r.town))}"


def plant_address(r: Report, street: str, postal_code: str, city: str) -> tuple[str, str]:
    """A postal address as two ADDRESS entities: the street line and the "postal code city" line."""
    return (r.P("ADDRESS", street, {"street": street}),
            r.P("ADDRESS", f"{postal_code} {city}", {"postal_code": postal_code, "city": city}))
