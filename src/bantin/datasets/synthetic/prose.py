"""Fill the vocabulary's templates: clean figures, dates, document numbers, people and paragraphs."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from bantin.datasets.synthetic import vocabulary as V
from bantin.datasets.synthetic.figure_forms import DATED_PHRASES, PHRASES
from bantin.parsers.text import format_vn_number, nfc

_SLOT_RE = re.compile(r"\{(\w+)\}")
_TERMINAL = ".!?…"
_CLOSING_QUOTES = "”’\"'"


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def is_clean_paragraph(text: str) -> bool:
    """Starts with an upper-case letter, a digit or a quote; ends with . ! ? … (or a quote after one)."""
    if not text or text != text.strip():
        return False
    first_ok = text[0].isupper() or text[0].isdigit() or text[0] in "“\"‘'"
    end = text.rstrip(_CLOSING_QUOTES) if text[-1] in _CLOSING_QUOTES else text
    return first_ok and bool(end) and end[-1] in _TERMINAL


def person_name(rng: random.Random, female: bool | None = None) -> str:
    """A full Vietnamese name: surname, middle name, given name."""
    if female is None:
        female = rng.random() < 0.5
    middles, given = (
        (V.FEMALE_MIDDLES, V.FEMALE_GIVEN) if female else (V.MALE_MIDDLES, V.MALE_GIVEN)
    )
    return f"{rng.choice(V.SURNAMES)} {rng.choice(middles)} {rng.choice(given)}"


def pen_name(rng: random.Random) -> str:
    """A two-syllable byline ("Thu Trang") or, now and then, a full name."""
    if rng.random() < 0.25:
        return person_name(rng)
    return f"{rng.choice(V.PEN_FIRST)} {rng.choice(V.MALE_GIVEN + V.FEMALE_GIVEN)}"


def percent(rng: random.Random, low: float, high: float) -> str:
    """A Vietnamese percentage within [low, high], with 0 to 2 decimals ("98,5%")."""
    decimals = rng.choice((0, 1, 1, 2))
    value = min(max(round(rng.uniform(low, high), decimals), low), high)
    return _format_percent(value, decimals)


def _format_percent(value: float, decimals: int) -> str:
    """Vietnamese percent, "98,5%"; a whole number loses its decimals ("100%", not "100,0%")."""
    return format_vn_number(value, 0 if float(value).is_integer() else decimals) + "%"


def ratio_with_percent(rng: random.Random) -> str:
    """A ratio with its percentage, "45/60 (75%)", rounded to the decimals printed."""
    denominator = rng.randint(15, 400)
    numerator = (
        denominator if rng.random() < 0.25 else rng.randint(max(1, denominator // 3), denominator)
    )
    decimals = rng.choice((0, 1, 2))
    pct = round(numerator / denominator * 100, decimals)
    return f"{numerator}/{denominator} ({_format_percent(pct, decimals)})"


def plain_ratio(rng: random.Random) -> str:
    """A part of a whole, "30/63"; never a date (the denominator is above 12)."""
    denominator = rng.randint(20, 300)
    return f"{rng.randint(1, denominator)}/{denominator}"


def document_number(rng: random.Random, issue_date: dt.date) -> str:
    """A document number, "Nghị định số 107/2021/NĐ-CP" or "Kế hoạch số 131/KH-UBND", never later than the issue."""
    kind, code, with_year = rng.choice(V.DOCUMENT_KINDS)
    if with_year:
        year = rng.randint(issue_date.year - 4, issue_date.year)
        return f"{kind} số {rng.randint(1, 180)}/{year}/{code}"
    return f"{kind} số {rng.randint(10, 4999)}/{code}"


def dated_document(rng: random.Random, issue_date: dt.date) -> str:
    """A signed document, "Quyết định số 1234/QĐ-UBND ngày 13/2/2023"; a number's year is the signing year."""
    kind, code, with_year = rng.choice(V.DOCUMENT_KINDS)
    signed = issue_date - dt.timedelta(days=rng.randint(20, 700))
    number = (
        f"{rng.randint(1, 180)}/{signed.year}/{code}"
        if with_year
        else f"{rng.randint(10, 4999)}/{code}"
    )
    return f"{kind} số {number} ngày {full_date(signed)}"


def day_month(day: dt.date) -> str:
    """A recent date as the body cites it: "31/1"."""
    return f"{day.day}/{day.month}"


def full_date(day: dt.date) -> str:
    """An older date as the body cites it: "13/2/2023"."""
    return f"{day.day}/{day.month}/{day.year}"


@dataclass(frozen=True)
class Scene:
    """What an article is about: its date, its province (if local) or its sector."""

    issue_date: dt.date
    province: V.Province | None = None
    sector: V.Sector | None = None
    field: str | None = None

    @property
    def place(self) -> str:
        """The province with its kind: "tỉnh Hà Nam", "thành phố Hà Nội"."""
        assert self.province is not None
        return f"{self.province.kind} {self.province.name}"


class Writer:
    """Fills templates for one scene; every call draws fresh figures from ``rng``."""

    def __init__(self, rng: random.Random, scene: Scene) -> None:
        self.rng = rng
        self.scene = scene
        day = scene.issue_date
        slots: dict[str, Callable[[], str]] = {
            "year": lambda: str(day.year),
            "prev_year": lambda: str(day.year - 1),
            "q": lambda: rng.choice(V.QUARTERS),
            "n": lambda: str(rng.randint(2, 40)),
            "count": lambda: format_vn_number(rng.randint(100, 2500)),
            "big": lambda: format_vn_number(rng.randint(10_000, 3_000_000)),
            "days": lambda: str(rng.randint(1, 3)),
            "score": lambda: format_vn_number(rng.uniform(75, 95), 2),
            "rank": lambda: f"{rng.randint(1, 63)}/63",
            "share": lambda: percent(rng, 60, 100),
            "low_share": lambda: percent(rng, 3, 60),
            "growth": lambda: percent(rng, 5, 260),
            "target": lambda: percent(rng, 100, 145),
            "ratio_pct": lambda: ratio_with_percent(rng),
            "ratio": lambda: plain_ratio(rng),
            "doc": lambda: document_number(rng, day),
            "Doc": lambda: document_number(rng, day),
            "doc_dated": lambda: dated_document(rng, day),
            "dm": lambda: day_month(day - dt.timedelta(days=rng.randint(0, 3))),
            "date": lambda: full_date(day - dt.timedelta(days=rng.randint(20, 700))),
            "time": lambda: rng.choice(V.MEETING_TIMES),
            "commune": lambda: (
                f"{rng.choice(('xã', 'xã', 'phường'))} {rng.choice(V.COMMUNE_NAMES)}"
            ),
            "person": lambda: self.person(),
            "Person": lambda: capitalise(self.person()),
        }
        for name in (*PHRASES, *DATED_PHRASES):
            slots[name] = self._phrase_slot(name)
        if scene.province is not None:
            place = scene.place
            name, kind = scene.province
            slots.update(
                p=lambda: name,
                tp=lambda: place,
                Tp=lambda: capitalise(place),
                k=lambda: kind,
                unit=lambda: f"{rng.choice(V.PROVINCE_UNITS)} {place}",
                Unit=lambda: f"{rng.choice(V.PROVINCE_UNITS)} {place}",
            )
        if scene.sector is not None:
            sector = scene.sector.name
            slots.update(sector=lambda: sector, Sector=lambda: capitalise(sector))
        if scene.field is not None:
            field = scene.field
            slots["field"] = lambda: field
        self._slots = slots

    def _phrase_slot(self, name: str) -> Callable[[], str]:
        """A slot filled with a figure-form phrase (see ``figure_forms``)."""

        def fill() -> str:
            if name in PHRASES:
                return PHRASES[name](self.rng).text
            return DATED_PHRASES[name](self.rng, self.scene.issue_date).text

        return fill

    def fill(self, template: str) -> str:
        return nfc(_SLOT_RE.sub(lambda m: self._slots[m.group(1)](), template))

    def person(self) -> str:
        """A named official with role: "ông Lê Văn Hòa, Giám đốc Sở Nội vụ tỉnh Hà Nam"."""
        female = self.rng.random() < 0.4
        honorific = "bà" if female else "ông"
        if self.scene.province is not None:
            role = self.rng.choice(V.LOCAL_ROLES).replace("{tp}", self.scene.place)
        elif self.scene.sector is not None:
            role = self.scene.sector.role
        else:
            role = self.rng.choice(V.EXPERT_ROLES)
        return f"{honorific} {person_name(self.rng, female)}, {role}"

    def quote_paragraph(self) -> str:
        """An official's or a citizen's words in curly quotes."""
        rng = self.rng
        if self.scene.province is not None and rng.random() < 0.35:
            female = rng.random() < 0.5
            who = rng.choice(("Chị", "Bà")) if female else rng.choice(("Anh", "Ông"))
            name = person_name(rng, female)
            place = self.fill("{commune}")
            return f"{who} {name}, trú tại {place}, chia sẻ: “{rng.choice(V.CITIZEN_QUOTES)}”"
        said = " ".join(rng.sample(V.OFFICIAL_QUOTES, rng.randint(1, 2)))
        if rng.random() < 0.5:
            return f"{capitalise(self.person())}, {rng.choice(V.QUOTE_VERBS)}: “{said}”"
        return f"“{said[:-1]}”, {self.person()}, {rng.choice(V.QUOTE_VERBS)}."

    def caption(self) -> str:
        """An image caption with its photo credit ("…. Ảnh: Thu Trang.")."""
        pool = V.CAPTIONS_GENERAL + (V.CAPTIONS_LOCAL if self.scene.province else ())
        return f"{self.fill(self.rng.choice(pool))} Ảnh: {pen_name(self.rng)}."


def paragraphs(
    writer: Writer,
    sentences: tuple[str, ...],
    leads: tuple[str, ...],
    closings: tuple[str, ...],
    count: int,
) -> list[str]:
    """``count`` clean paragraphs: a lead, body paragraphs (one may be a quote), a closing."""
    rng = writer.rng
    pool = list(sentences)
    rng.shuffle(pool)
    spare = list(V.GENERAL_SENTENCES)
    rng.shuffle(spare)

    def take() -> str:
        source = pool if pool else spare
        if not source:
            source.extend(V.GENERAL_SENTENCES)
        return writer.fill(source.pop())

    result: list[str] = []
    quote_at = rng.randint(1, count - 1) if count >= 3 and rng.random() < 0.6 else -1
    for index in range(count):
        if index == quote_at:
            result.append(writer.quote_paragraph())
            continue
        parts = [writer.fill(rng.choice(leads))] if index == 0 and leads else []
        parts.extend(take() for _ in range(rng.randint(1, 2) if parts else rng.randint(2, 3)))
        if index == count - 1 and closings:
            parts.append(writer.fill(rng.choice(closings)))
        result.append(" ".join(parts))
    return result
