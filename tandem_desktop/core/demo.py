"""Demo data: a fictional Tandem programme in Ghent, to try the app out, train with it and take screenshots.

Everything is made up: the households, the buddies, the coordinator and the contact people. Public places and
institutions in Ghent appear under their own names, because a coordinator recognises them. Phone numbers have a
valid Belgian format with a run of zeros in them, addresses are on a "Voorbeeldstraat", e-mail is on example.org.

The programme is loaded in one transaction and is the same for the same (today, seed): every date is counted
from `today`, every choice comes from `random.Random(seed)`. The families, buddies and duos move through their
statuses with the core services, replayed in date order, so the status history and the evaluations come out as
the real app would have made them; the history's timestamps are set to the simulated day.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from sqlalchemy import event
from sqlmodel import Session

from tandem_desktop.db.models import (
    Activity,
    Agreement,
    Buddy,
    BuddyMeeting,
    BuddyMeetingAttendance,
    BuddyMeetingItem,
    Evaluation,
    Family,
    FamilyMember,
    GroupActivity,
    GroupAttendance,
    Organisation,
    Referral,
    Signal,
    StatusChange,
    Trajectory,
)
from tandem_desktop.db.models.enums import (
    ActivityType,
    BuddyStatus,
    CancelReason,
    ClosureReason,
    DutchLevel,
    DutchPractised,
    EndedBy,
    EvaluationKind,
    FamilyStatus,
    MeetingItemKind,
    MemberRole,
    Need,
    OrganisationCategory,
    ReferralOutcome,
    SignalSource,
    SignalStatus,
    SignalTheme,
)
from tandem_desktop.db.queries import live
from tandem_desktop.db.store import Store
from tandem_desktop.messages import QT_TRANSLATE_NOOP

from . import trajectories, validation
from .calendar import add_months, next_monday
from .errors import DomainError
from .people import add_buddy, add_family
from .settings import get_settings
from .status import change_status

# --------------------------------------------------------------------------------------------------------------
# The programme's fictional settings.

SETTINGS: dict[str, str] = {
    "organisation_name": "Buddywerking Tandem (demo)",
    "organisation_address": "Voorbeeldstraat 1, 9000 Gent",
    "organisation_phone": "+32 9 210 00 00",
    "organisation_email": "tandem@example.org",
    "coordinator_name": "Lotte Verbeke",
    "coordinator_phone": "+32 470 00 09 00",
    "coordinator_email": "lotte.verbeke@example.org",
    "policy_officer_name": "Jonas De Smet",
}

STREETS = ("Voorbeeldstraat", "Demolaan", "Proefplein", "Oefenstraat")
MUNICIPALITY = "Gent"

# --------------------------------------------------------------------------------------------------------------
# Organisations: real public places of Ghent where they are well known, fictional contact people.


@dataclass(frozen=True)
class _OrganisationSpec:
    key: str
    name: str
    category: OrganisationCategory
    address: str
    postcode: str
    contact_person: str
    languages: tuple[str, ...]
    notes: str = ""


ORGANISATIONS: tuple[_OrganisationSpec, ...] = (
    _OrganisationSpec(
        "krook",
        "Bibliotheek De Krook",
        OrganisationCategory.LIBRARY,
        "Miriam Makebaplein 1",
        "9000",
        "Ellen Vandaele",
        ("nl", "en", "fr"),
        "Voorleesuurtje op woensdag. Bibliotheekkaart is gratis voor kinderen.",
    ),
    _OrganisationSpec(
        "kdv",
        "Kinderdagverblijf De Sterrebloem (demo)",
        OrganisationCategory.CHILDCARE,
        "Demolaan 14",
        "9040",
        "Nadia Boukhari",
        ("nl", "fr", "ar"),
        "Soms een plaats vrij voor gezinnen die Nederlands leren.",
    ),
    _OrganisationSpec(
        "opvangloket",
        "Loket Kinderopvang Gent",
        OrganisationCategory.CHILDCARE,
        "Voorbeeldstraat 40",
        "9000",
        "Katrien Van Acker",
        ("nl", "en"),
        "Eén inschrijving voor alle kinderopvang in Gent. Vraag tijdig aan.",
    ),
    _OrganisationSpec(
        "taalkamp",
        "Taalkamp Zomerzon (demo)",
        OrganisationCategory.LANGUAGE_CAMP,
        "Oefenstraat 3",
        "9050",
        "Bram Coppens",
        ("nl",),
        "Taalkamp van een week in juli en augustus voor kinderen van 6 tot 12 jaar.",
    ),
    _OrganisationSpec(
        "speelplein",
        "Speelpleinwerking Gent",
        OrganisationCategory.PLAYGROUND_PROGRAMME,
        "Proefplein 8",
        "9000",
        "Jolien De Vos",
        ("nl", "en"),
        "In de schoolvakanties. Kinderen kunnen per dag komen.",
    ),
    _OrganisationSpec(
        "vrijwilligers",
        "Vrijwilligerspunt Gent",
        OrganisationCategory.VOLUNTEER_WORK,
        "Voorbeeldstraat 77",
        "9000",
        "Stijn Martens",
        ("nl", "en", "fr"),
    ),
    _OrganisationSpec(
        "sport",
        "Sportdienst Gent",
        OrganisationCategory.SPORT,
        "Demolaan 2",
        "9000",
        "Yasmina Rahou",
        ("nl", "fr"),
        "Sportcheques en zwemlessen met korting.",
    ),
    _OrganisationSpec(
        "jong",
        "JONG vzw",
        OrganisationCategory.YOUTH_WORK,
        "Oefenstraat 21",
        "9000",
        "Robbe Vermeersch",
        ("nl", "en"),
        "Jeugdwerk in de wijk, ook in de vakanties.",
    ),
    _OrganisationSpec(
        "ocmw",
        "OCMW Gent – Sociaal Huis",
        OrganisationCategory.SOCIAL_SERVICES,
        "Voorbeeldstraat 120",
        "9000",
        "Hilde Verhaeghe",
        ("nl", "fr", "en"),
        "Voor hulpverlening: buiten de opdracht van de buddy.",
    ),
    _OrganisationSpec(
        "woonwinkel",
        "Woonwinkel Gent",
        OrganisationCategory.HOUSING_OFFICE,
        "Proefplein 30",
        "9000",
        "Dries Lannoo",
        ("nl", "en"),
        "Zoeken naar een woning: de buddy verwijst door, zoekt zelf niet.",
    ),
    _OrganisationSpec(
        "wgc",
        "Wijkgezondheidscentrum Het Anker (demo)",
        OrganisationCategory.HEALTH,
        "Demolaan 55",
        "9040",
        "Dr. Mira Claes",
        ("nl", "en", "ar", "fr"),
        "Neemt nieuwe patiënten uit de wijk aan.",
    ),
    _OrganisationSpec(
        "juridisch",
        "Juridisch Advies Eerste Lijn (demo)",
        OrganisationCategory.LEGAL_AID,
        "Oefenstraat 9",
        "9000",
        "Mr. Evelien Bracke",
        ("nl", "fr", "en"),
        "Gratis eerste advies, op afspraak.",
    ),
    _OrganisationSpec(
        "stam",
        "STAM – Stadsmuseum Gent",
        OrganisationCategory.OTHER,
        "Bijlokekaai 2",
        "9000",
        "Lien Desmet",
        ("nl", "en", "fr"),
        "Gratis voor kinderen. Rondleiding in eenvoudig Nederlands op aanvraag.",
    ),
    _OrganisationSpec(
        "agii",
        "Agentschap Integratie en Inburgering",
        OrganisationCategory.OTHER,
        "Voorbeeldstraat 200",
        "9000",
        "Tarik El Idrissi",
        ("nl", "en", "fr", "ar"),
        "Inburgering en inschrijving voor lessen Nederlands.",
    ),
    _OrganisationSpec(
        "huisnl",
        "Huis van het Nederlands Gent",
        OrganisationCategory.OTHER,
        "Demolaan 90",
        "9000",
        "Sofie Van Landeghem",
        ("nl", "en"),
        "Test en advies voor NT2-les; ook lessen in de avond.",
    ),
)

# --------------------------------------------------------------------------------------------------------------
# Families. Member ages are counted back from `today`; names in the script the family writes them in.

PARENT, CHILD, OTHER = MemberRole.PARENT, MemberRole.CHILD, MemberRole.OTHER


@dataclass(frozen=True)
class _FamilySpec:
    name: str
    members: tuple[tuple[str, MemberRole, int], ...]  # (name, role, age)
    mother_tongue: str
    contact_languages: tuple[str, ...]
    dutch_level: DutchLevel
    postcode: str
    referred_by: str
    reunification: bool = True
    needs_other: str = ""
    sensitive: str = ""
    preferences: str = ""
    notes: str = ""


FAMILIES: tuple[_FamilySpec, ...] = (
    _FamilySpec(
        "Gezin Haddad",
        (
            ("ليلى حداد", PARENT, 34),
            ("سامر حداد", PARENT, 38),
            ("Yara Haddad", CHILD, 9),
            ("Adam Haddad", CHILD, 5),
        ),
        "ar",
        ("en",),
        DutchLevel.A1,
        "9000",
        "Agentschap Integratie en Inburgering",
    ),
    _FamilySpec(
        "Gezin Tesfay",
        (
            ("ሳባ ተስፋይ", PARENT, 29),
            ("Tesfay Gebremedhin", PARENT, 35),
            ("ዳዊት ተስፋይ", CHILD, 7),
            ("ሄራን ተስፋይ", CHILD, 3),
        ),
        "ti",
        ("am",),
        DutchLevel.NONE,
        "9040",
        "OCMW Gent",
        sensitive="Gezin moet verhuizen: de huurwoning wordt gerenoveerd.",
    ),
    _FamilySpec(
        "Gezin Kovalenko",
        (
            ("Олена Коваленко", PARENT, 41),
            ("Марія Коваленко", CHILD, 13),
            ("Іван Коваленко", CHILD, 8),
            ("Галина Коваленко", OTHER, 68),
        ),
        "uk",
        ("ru", "en"),
        DutchLevel.A1,
        "9050",
        "school",
        reunification=False,
        notes="Grootmoeder woont mee en past overdag op de kinderen.",
    ),
    _FamilySpec(
        "Gezin Ahmadi",
        (
            ("Farzana Ahmadi", PARENT, 30),
            ("Mohammad Ahmadi", PARENT, 36),
            ("Zahra Ahmadi", CHILD, 11),
            ("Ali Ahmadi", CHILD, 6),
            ("Maryam Ahmadi", CHILD, 1),
        ),
        "prs",
        ("fa",),
        DutchLevel.NONE,
        "9030",
        "Agentschap Integratie en Inburgering",
        sensitive="Moeder is herstellende na een operatie; korte activiteiten dicht bij huis.",
        preferences="Liefst een vrouwelijke buddy.",
    ),
    _FamilySpec(
        "Gezin Mukendi",
        (
            ("Grâce Mukendi", PARENT, 33),
            ("Jean-Pierre Mukendi", PARENT, 40),
            ("Zoë Mukendi", CHILD, 10),
            ("Exaucé Mukendi", CHILD, 4),
        ),
        "ln",
        ("fr",),
        DutchLevel.A2,
        "9032",
        "OCMW Gent",
    ),
    _FamilySpec(
        "Gezin Çelik",
        (("Ayşe Çelik", PARENT, 27), ("Emre Çelik", PARENT, 31), ("Elif Çelik", CHILD, 6)),
        "tr",
        ("en",),
        DutchLevel.A2,
        "9000",
        "school",
    ),
    _FamilySpec(
        "Gezin Warsame",
        (
            ("Hodan Warsame", PARENT, 32),
            ("Abdi Warsame", CHILD, 12),
            ("Ifrah Warsame", CHILD, 9),
            ("Hamza Warsame", CHILD, 6),
            ("Sagal Warsame", CHILD, 3),
        ),
        "so",
        ("en", "ar"),
        DutchLevel.A1,
        "9040",
        "Agentschap Integratie en Inburgering",
        needs_other="Fietsen leren voor de moeder.",
    ),
    _FamilySpec(
        "Gezin Al-Khatib",
        (
            ("رنا الخطيب", PARENT, 35),
            ("محمد الخطيب", PARENT, 39),
            ("Lina Al-Khatib", CHILD, 14),
            ("Omar Al-Khatib", CHILD, 11),
        ),
        "ar",
        ("en",),
        DutchLevel.A2,
        "9000",
        "OCMW Gent",
    ),
    _FamilySpec(
        "Gezin Hussaini",
        (("Nazia Hussaini", PARENT, 26), ("Khalid Hussaini", PARENT, 30), ("Bilal Hussaini", CHILD, 0)),
        "ps",
        ("prs",),
        DutchLevel.NONE,
        "9041",
        "Agentschap Integratie en Inburgering",
    ),
    _FamilySpec(
        "Gezin Melnyk",
        (("Світлана Мельник", PARENT, 37), ("Дмитро Мельник", CHILD, 15), ("Софія Мельник", CHILD, 10)),
        "uk",
        ("en", "ru"),
        DutchLevel.A1,
        "9050",
        "school",
        reunification=False,
    ),
    _FamilySpec(
        "Gezin Gebremariam",
        (("ሙሉ ገብረማርያም", PARENT, 31), ("ቤተልሔም ገብረማርያም", CHILD, 8), ("Yonas Gebremariam", CHILD, 5)),
        "am",
        ("ti",),
        DutchLevel.NONE,
        "9032",
        "OCMW Gent",
        preferences="Buddy die Amhaars of Tigrinya spreekt.",
    ),
    _FamilySpec(
        "Gezin Ivanova",
        (("Анна Иванова", PARENT, 35), ("Михаил Иванов", CHILD, 12)),
        "ru",
        ("en",),
        DutchLevel.A2,
        "9051",
        "school",
    ),
    _FamilySpec(
        "Gezin Nazari",
        (("مریم نظری", PARENT, 33), ("Reza Nazari", PARENT, 37), ("Sara Nazari", CHILD, 7)),
        "fa",
        ("en",),
        DutchLevel.A1,
        "9000",
        "Agentschap Integratie en Inburgering",
    ),
    _FamilySpec(
        "Gezin Diallo",
        (
            ("Mariama Diallo", PARENT, 28),
            ("Ibrahima Diallo", PARENT, 34),
            ("Fatoumata Diallo", CHILD, 6),
            ("Mamadou Diallo", CHILD, 2),
        ),
        "ff",
        ("fr",),
        DutchLevel.A1,
        "9040",
        "OCMW Gent",
    ),
    _FamilySpec(
        "Gezin Osman",
        (("Amani Osman", PARENT, 30), ("Yousif Osman", CHILD, 8), ("Malaz Osman", CHILD, 4)),
        "ar",
        ("en",),
        DutchLevel.A1,
        "9000",
        "school",
    ),
    _FamilySpec(
        "Gezin Kebede",
        (("ትዕግስት ከበደ", PARENT, 27), ("Abel Kebede", CHILD, 1)),
        "am",
        ("en",),
        DutchLevel.NONE,
        "9050",
        "Agentschap Integratie en Inburgering",
    ),
    _FamilySpec(
        "Gezin Berhane",
        (
            ("ሉላ በርሀ", PARENT, 36),
            ("Filmon Berhane", CHILD, 16),
            ("Mehret Berhane", CHILD, 12),
            ("Natnael Berhane", CHILD, 9),
            ("ለተሚካኤል ኪዳነ", OTHER, 70),
        ),
        "ti",
        (),
        DutchLevel.NONE,
        "9040",
        "OCMW Gent",
        sensitive="Grootmoeder is slecht te been; afspreken liefst thuis of dichtbij.",
        preferences="Buddy die Tigrinya spreekt.",
    ),
    _FamilySpec(
        "Gezin Rahimi",
        (("Shabnam Rahimi", PARENT, 24), ("Omid Rahimi", PARENT, 29), ("Hasti Rahimi", CHILD, 3)),
        "prs",
        ("fa", "en"),
        DutchLevel.A1,
        "9052",
        "Agentschap Integratie en Inburgering",
    ),
    _FamilySpec(
        "Gezin Shevchenko",
        (("Ірина Шевченко", PARENT, 44), ("Олег Шевченко", PARENT, 46), ("Анастасія Шевченко", CHILD, 17)),
        "uk",
        ("en",),
        DutchLevel.A2,
        "9000",
        "school",
        reunification=False,
    ),
    _FamilySpec(
        "Gezin Alhassan",
        (("Rojda Alhassan", PARENT, 31), ("Dilan Alhassan", CHILD, 5)),
        "ku",
        ("ar",),
        DutchLevel.A1,
        "9032",
        "OCMW Gent",
    ),
    _FamilySpec(
        "Gezin Nkurunziza",
        (("Aline Nkurunziza", PARENT, 29), ("Zoë Nkurunziza", CHILD, 7), ("Élie Nkurunziza", CHILD, 4)),
        "rn",
        ("fr",),
        DutchLevel.A2,
        "9041",
        "school",
    ),
    _FamilySpec(
        "Gezin Yılmaz",
        (
            ("Fatma Yılmaz", PARENT, 38),
            ("Mehmet Yılmaz", PARENT, 42),
            ("Zeynep Yılmaz", CHILD, 13),
            ("Yusuf Yılmaz", CHILD, 9),
        ),
        "tr",
        (),
        DutchLevel.A2,
        "9000",
        "Agentschap Integratie en Inburgering",
    ),
    _FamilySpec(
        "Gezin Abdullahi",
        (("Fadumo Abdullahi", PARENT, 35), ("Mohamed Abdullahi", CHILD, 10), ("Ayaan Abdullahi", CHILD, 8)),
        "so",
        ("en",),
        DutchLevel.A1,
        "9040",
        "OCMW Gent",
    ),
    _FamilySpec(
        "Gezin Hamdan",
        (("زينب حمدان", PARENT, 29), ("Ali Hamdan", PARENT, 33), ("Noor Hamdan", CHILD, 1)),
        "ar",
        ("en",),
        DutchLevel.NONE,
        "9030",
        "Agentschap Integratie en Inburgering",
    ),
    _FamilySpec(
        "Gezin Bondarenko",
        (("Оксана Бондаренко", PARENT, 32), ("Тимур Бондаренко", CHILD, 6)),
        "uk",
        ("ru",),
        DutchLevel.A1,
        "9051",
        "school",
        reunification=False,
    ),
    _FamilySpec(
        "Gezin Mbuyi",
        (
            ("Chantal Mbuyi", PARENT, 37),
            ("Héritier Mbuyi", CHILD, 12),
            ("Merveille Mbuyi", CHILD, 9),
            ("Josué Mbuyi", CHILD, 5),
        ),
        "ln",
        ("fr",),
        DutchLevel.A1,
        "9000",
        "OCMW Gent",
        sensitive="Gezin woont met vijf in een studio; zoekt een grotere woning.",
    ),
    _FamilySpec(
        "Gezin Sultani",
        (("Mina Sultani", PARENT, 28), ("Ahmad Sultani", PARENT, 32), ("Arezo Sultani", CHILD, 4)),
        "ps",
        ("prs", "en"),
        DutchLevel.NONE,
        "9030",
        "Agentschap Integratie en Inburgering",
    ),
    _FamilySpec(
        "Gezin Rodríguez Fernández de la Vega",
        (
            ("María de los Ángeles Rodríguez Fernández de la Vega", PARENT, 34),
            ("Juan Sebastián Rodríguez Fernández de la Vega", CHILD, 8),
        ),
        "es",
        ("en",),
        DutchLevel.A1,
        "9000",
        "school",
    ),
    _FamilySpec(
        "Gezin Mahmoud",
        (("هبة محمود", PARENT, 30), ("Karim Mahmoud", CHILD, 3)),
        "ar",
        ("en",),
        DutchLevel.NONE,
        "9042",
        "OCMW Gent",
    ),
    _FamilySpec(
        "Gezin Petrenko",
        (("Наталія Петренко", PARENT, 39), ("Artem Petrenko", CHILD, 11), ("Vika Petrenko", CHILD, 6)),
        "ru",
        ("uk", "en"),
        DutchLevel.A2,
        "9050",
        "school",
        reunification=False,
    ),
)

# Families that are not (yet) in a duo: (household, status, registered how many days ago).
UNMATCHED_FAMILIES: tuple[tuple[str, FamilyStatus, int], ...] = (
    ("Gezin Sultani", FamilyStatus.REGISTERED, 5),
    ("Gezin Mahmoud", FamilyStatus.REGISTERED, 12),
    ("Gezin Petrenko", FamilyStatus.INTAKE_DONE, 21),
    ("Gezin Rodríguez Fernández de la Vega", FamilyStatus.INTAKE_DONE, 34),
    ("Gezin Gebremariam", FamilyStatus.WAITING, 150),
    ("Gezin Berhane", FamilyStatus.WAITING, 104),
    ("Gezin Rahimi", FamilyStatus.WAITING, 66),
    ("Gezin Al-Khatib", FamilyStatus.WAITING, 40),
    ("Gezin Hussaini", FamilyStatus.WITHDRAWN, 130),
    ("Gezin Bondarenko", FamilyStatus.WITHDRAWN, 90),
)

WITHDRAWAL_NOTES = {
    "Gezin Hussaini": "Gezin verhuisd naar Antwerpen.",
    "Gezin Bondarenko": "Moeder heeft werk gevonden en heeft geen tijd meer.",
}

# Dutch course times block the family's week: one of these pairs for a family that takes lessons.
DUTCH_COURSE_SLOTS = (
    ("mon-morning", "thu-morning"),
    ("tue-morning", "fri-morning"),
    ("mon-evening", "wed-evening"),
    ("tue-afternoon", "thu-afternoon"),
)

# --------------------------------------------------------------------------------------------------------------
# Buddies.


@dataclass(frozen=True)
class _BuddySpec:
    name: str
    age: int
    languages: tuple[str, ...]
    postcode: str
    capacity: int = 1
    ex_newcomer: bool = False
    dutch_level: DutchLevel = DutchLevel.NATIVE
    # How far the intake got; buddies in a duo went through to AVAILABLE before their first match.
    reached: BuddyStatus = BuddyStatus.AVAILABLE
    registered_days_ago: int | None = None  # None: some weeks before the first match
    # Later steps: (status, how many days ago, note), e.g. a pause after a duo.
    later: tuple[tuple[BuddyStatus, int, str], ...] = ()
    notes: str = ""


BUDDIES: tuple[_BuddySpec, ...] = (
    _BuddySpec("An Vermeulen", 52, ("nl", "en"), "9000", capacity=2),
    _BuddySpec("Pieter De Clercq", 45, ("nl", "fr", "en"), "9050", capacity=2),
    _BuddySpec(
        "Nour Al-Sayed",
        29,
        ("nl", "ar", "en"),
        "9040",
        ex_newcomer=True,
        dutch_level=DutchLevel.B2_OR_HIGHER,
        notes="Kwam zelf in 2016 naar Gent; wil graag iets teruggeven.",
    ),
    _BuddySpec("Semhar Tekle", 33, ("nl", "ti", "am"), "9032", ex_newcomer=True, dutch_level=DutchLevel.B1),
    _BuddySpec("Kateryna Bilyk", 38, ("nl", "uk", "ru"), "9000", ex_newcomer=True, dutch_level=DutchLevel.B1),
    _BuddySpec("Wouter Claeys", 61, ("nl", "fr"), "9051"),
    _BuddySpec(
        "Farid Noori", 31, ("nl", "prs", "fa"), "9030", ex_newcomer=True, dutch_level=DutchLevel.B2_OR_HIGHER
    ),
    _BuddySpec("Els Van Damme", 57, ("nl", "fr", "en"), "9041"),
    _BuddySpec("Senait Haile", 35, ("nl", "ti", "en"), "9040", ex_newcomer=True, dutch_level=DutchLevel.B1),
    _BuddySpec(
        "Mustafa Aydın", 42, ("nl", "tr"), "9000", ex_newcomer=True, dutch_level=DutchLevel.B2_OR_HIGHER
    ),
    _BuddySpec("Griet Maes", 66, ("nl",), "9052"),
    _BuddySpec("Jan Van Hecke", 48, ("nl", "en", "de"), "9000"),
    _BuddySpec("Liesbeth Goossens", 27, ("nl", "fr"), "9000"),
    _BuddySpec(
        "Samira El Amrani",
        40,
        ("nl", "ar", "fr"),
        "9032",
        later=((BuddyStatus.PAUSED, 60, "Rust na een operatie; neemt zelf opnieuw contact op."),),
    ),
    _BuddySpec("Tom Willems", 34, ("nl", "en"), "9050"),
    _BuddySpec(
        "Koen Baert",
        59,
        ("nl",),
        "9040",
        later=((BuddyStatus.STOPPED, 228, "Stopt als buddy; blijft helpen bij groepsactiviteiten."),),
    ),
    _BuddySpec(
        "Ruth Mekonnen",
        30,
        ("nl", "am", "ti"),
        "9032",
        ex_newcomer=True,
        dutch_level=DutchLevel.B1,
        registered_days_ago=200,
        later=((BuddyStatus.PAUSED, 40, "Examenperiode; opnieuw beschikbaar over twee maanden."),),
    ),
    _BuddySpec("Marie Dubois", 24, ("nl", "fr"), "9000", registered_days_ago=75),
    _BuddySpec(
        "Bart Verstraete",
        50,
        ("nl", "en"),
        "9051",
        registered_days_ago=260,
        later=((BuddyStatus.STOPPED, 100, "Verhuisd naar Brussel."),),
    ),
    _BuddySpec(
        "Olha Savchuk",
        36,
        ("nl", "uk", "ru"),
        "9050",
        ex_newcomer=True,
        dutch_level=DutchLevel.B1,
        reached=BuddyStatus.SCREENED,
        registered_days_ago=30,
    ),
    _BuddySpec(
        "Jeroen De Wilde", 44, ("nl", "en"), "9000", reached=BuddyStatus.SCREENED, registered_days_ago=26
    ),
    _BuddySpec(
        "Ahmad Rasuli",
        27,
        ("nl", "ps", "prs"),
        "9030",
        ex_newcomer=True,
        dutch_level=DutchLevel.B1,
        reached=BuddyStatus.CANDIDATE,
        registered_days_ago=9,
    ),
    _BuddySpec(
        "Inge Lambrecht", 55, ("nl", "en"), "9041", reached=BuddyStatus.CANDIDATE, registered_days_ago=6
    ),
    _BuddySpec(
        "Lucas Vandenberghe",
        22,
        ("nl", "en", "es"),
        "9000",
        reached=BuddyStatus.CANDIDATE,
        registered_days_ago=3,
    ),
    _BuddySpec(
        "Fatima Zahra Bennani",
        46,
        ("nl", "ar", "fr"),
        "9040",
        registered_days_ago=55,
        dutch_level=DutchLevel.NATIVE,
    ),
)

# The buddy whose criminal-record extract is left older than a year (the others had theirs renewed).
STALE_EXTRACT_BUDDY = "Jan Van Hecke"

AVAILABILITY_SLOTS = (
    "mon-evening",
    "tue-evening",
    "wed-afternoon",
    "thu-evening",
    "fri-afternoon",
    "sat-morning",
    "sat-afternoon",
    "sun-afternoon",
)
INTERESTS = (
    "koken",
    "wandelen",
    "fietsen",
    "voetbal",
    "lezen",
    "musea",
    "tuinieren",
    "knutselen",
    "muziek",
    "zwemmen",
    "spelletjes",
)
BASIC_TRAINING = "Basisvorming buddy"
EXTRA_TRAININGS = (
    "Vorming cultuursensitief communiceren",
    "Infomoment kinderrechten en welbevinden",
    "Vorming toeleiden naar organisaties",
)

# --------------------------------------------------------------------------------------------------------------
# Duos: one plan per trajectory, every stage of a trajectory's life.

Rhythm = Literal["steady", "slow", "stalled"]


@dataclass(frozen=True)
class _DuoPlan:
    family: str
    buddy: str
    start: int | None  # days ago; None: proposed, starting on a coming Monday
    weeks_ahead: int = 0  # for a proposed duo: 0 is the next Monday
    matched_before: int = 10  # days between the match and the start
    pause: tuple[int, int | None] | None = None  # (days after the start, length in days; None: still paused)
    pause_reason: str = ""
    closed: int | None = None  # days ago; a completed duo closes at its planned end instead
    reason: ClosureReason | None = None
    ended_by: EndedBy = EndedBy.MUTUAL
    closure_note: str = ""
    rhythm: Rhythm = "steady"
    cancel_bias: CancelReason | None = None  # the reason that often gets in the way
    signed: bool = True
    overdue: tuple[EvaluationKind, ...] = ()  # evaluations left undone although due


DUOS: tuple[_DuoPlan, ...] = (
    _DuoPlan("Gezin Hamdan", "Nour Al-Sayed", None),
    _DuoPlan("Gezin Kebede", "Semhar Tekle", None, weeks_ahead=1),
    _DuoPlan("Gezin Melnyk", "An Vermeulen", 12, signed=False),
    _DuoPlan("Gezin Kovalenko", "Kateryna Bilyk", 26, signed=False, overdue=(EvaluationKind.START,)),
    _DuoPlan("Gezin Mukendi", "Wouter Claeys", 45, rhythm="slow", cancel_bias=CancelReason.DUTCH_CLASS),
    _DuoPlan("Gezin Diallo", "Pieter De Clercq", 75),
    _DuoPlan("Gezin Ahmadi", "Farid Noori", 85, rhythm="stalled", cancel_bias=CancelReason.ILLNESS),
    _DuoPlan("Gezin Warsame", "Els Van Damme", 110, overdue=(EvaluationKind.MIDWAY,)),
    _DuoPlan("Gezin Haddad", "An Vermeulen", 135),
    _DuoPlan("Gezin Nkurunziza", "Pieter De Clercq", 170),
    _DuoPlan(
        "Gezin Tesfay",
        "Senait Haile",
        95,
        pause=(75, None),
        pause_reason="Gezin moet verhuizen; pauze tot de verhuis voorbij is.",
        cancel_bias=CancelReason.HOUSING,
    ),
    _DuoPlan(
        "Gezin Çelik",
        "Mustafa Aydın",
        120,
        pause=(40, 28),
        pause_reason="Buddy een maand in het buitenland voor familie.",
        cancel_bias=CancelReason.DUTCH_CLASS,
    ),
    _DuoPlan("Gezin Osman", "Nour Al-Sayed", 245, reason=ClosureReason.DURATION_COMPLETED),
    _DuoPlan("Gezin Yılmaz", "An Vermeulen", 350, reason=ClosureReason.DURATION_COMPLETED),
    _DuoPlan("Gezin Alhassan", "Griet Maes", 215, reason=ClosureReason.DURATION_COMPLETED),
    _DuoPlan(
        "Gezin Shevchenko",
        "Jan Van Hecke",
        370,
        pause=(70, 30),
        pause_reason="Vader in het ziekenhuis.",
        reason=ClosureReason.DURATION_COMPLETED,
    ),
    _DuoPlan(
        "Gezin Abdullahi",
        "Liesbeth Goossens",
        185,
        closed=75,
        reason=ClosureReason.FAMILY_MOVED,
        ended_by=EndedBy.FAMILY,
        closure_note="Gezin kreeg een sociale woning in Oostende.",
    ),
    _DuoPlan(
        "Gezin Nazari",
        "Samira El Amrani",
        150,
        closed=60,
        reason=ClosureReason.HEALTH,
        ended_by=EndedBy.BUDDY,
        closure_note="Buddy moet langere tijd rusten na een operatie.",
        rhythm="slow",
        cancel_bias=CancelReason.BUDDY_UNAVAILABLE,
    ),
    _DuoPlan(
        "Gezin Mbuyi",
        "Tom Willems",
        125,
        closed=40,
        reason=ClosureReason.HOUSING,
        ended_by=EndedBy.COORDINATOR,
        closure_note="Gezin verblijft nu in noodopvang buiten Gent; afspreken lukt niet meer.",
        rhythm="slow",
        cancel_bias=CancelReason.HOUSING,
    ),
    _DuoPlan(
        "Gezin Ivanova",
        "Koen Baert",
        280,
        closed=235,
        reason=ClosureReason.MISMATCH,
        ended_by=EndedBy.COORDINATOR,
        closure_note="Verwachtingen lagen te ver uit elkaar. Gezin wil een nieuwe buddy.",
        cancel_bias=CancelReason.FAMILY_UNREACHABLE,
    ),
)

# --------------------------------------------------------------------------------------------------------------
# What duos do together.


@dataclass(frozen=True)
class _Outing:
    type: ActivityType
    place: str
    organisation: str | None  # key in ORGANISATIONS
    went_well: tuple[str, ...]


OUTINGS: tuple[_Outing, ...] = (
    _Outing(
        ActivityType.LIBRARY,
        "Bibliotheek De Krook",
        "krook",
        (
            "Samen een bibliotheekkaart gemaakt. De kinderen kozen elk twee boeken.",
            "Voorleesuurtje gevolgd; mama stelde zelf een vraag in het Nederlands.",
        ),
    ),
    _Outing(
        ActivityType.PARK,
        "Citadelpark",
        None,
        (
            "Gewandeld en gepicknickt. De kinderen speelden met andere kinderen.",
            "Eendjes gevoerd aan de vijver.",
        ),
    ),
    _Outing(
        ActivityType.MUSEUM,
        "STAM – Stadsmuseum Gent",
        "stam",
        ("De grote luchtfoto van Gent bekeken en het eigen huis gezocht.",),
    ),
    _Outing(
        ActivityType.MUSEUM, "Huis van Alijn", None, ("Oud speelgoed bekeken; de poppenkast was een succes.",)
    ),
    _Outing(
        ActivityType.MARKET,
        "Vrijdagmarkt",
        None,
        (
            "Samen groenten gekocht en prijzen gevraagd in het Nederlands.",
            "Markt bezocht; getallen geoefend.",
        ),
    ),
    _Outing(
        ActivityType.CITY_WALK,
        "Graslei en Korenlei",
        None,
        ("Wandeling langs het water; samen de tram leren nemen.", "De weg naar het stadhuis leren kennen."),
    ),
    _Outing(
        ActivityType.SPORT,
        "Zwembad Rooigem",
        "sport",
        ("Zwemmen met de kinderen; info gevraagd over zwemlessen.",),
    ),
    _Outing(
        ActivityType.PLAYGROUND,
        "Speeltuin Blaarmeersen",
        None,
        ("De kinderen speelden de hele namiddag; mama praatte met andere ouders.",),
    ),
    _Outing(
        ActivityType.PLAYGROUND,
        "Speelplein in de wijk",
        "speelplein",
        ("Speelplein bezocht en uitleg gekregen over de vakantiewerking.",),
    ),
    _Outing(
        ActivityType.COOKING,
        "Thuis bij het gezin",
        None,
        ("Samen gekookt en recepten uitgewisseld.", "Soep gemaakt; de kinderen hielpen snijden."),
    ),
    _Outing(
        ActivityType.PARK,
        "Bourgoyen-Ossemeersen",
        None,
        ("Natuurwandeling; de kinderen zagen koeien en reigers.",),
    ),
    _Outing(
        ActivityType.OTHER,
        "Wijkfeest Brugse Poort",
        None,
        ("Naar het wijkfeest geweest; buren leren kennen.",),
    ),
)

WELLBEING_NOTES = (
    "De kinderen waren vrolijk en praatten veel.",
    "De oudste was eerst stil, later speelde hij mee.",
    "De dochter vertelde trots over haar nieuwe school.",
    "De kinderen waren moe; het is druk thuis.",
    "De jongste wilde niet naar huis.",
    "De kinderen vroegen wanneer we opnieuw afspreken.",
    "",
    "",
)

CANCEL_NOTES: dict[CancelReason, tuple[str, ...]] = {
    CancelReason.ILLNESS: ("Kinderen ziek (griep).", "Mama voelde zich niet goed."),
    CancelReason.HOUSING: ("Afspraak voor een woning op hetzelfde moment.", "Gezin was aan het verhuizen."),
    CancelReason.DUTCH_CLASS: ("Extra les Nederlands op dat moment.", "Examen Nederlands."),
    CancelReason.BUDDY_UNAVAILABLE: ("Buddy moest werken.", "Buddy was ziek."),
    CancelReason.FAMILY_UNREACHABLE: (
        "Gezin reageerde niet op WhatsApp.",
        "Telefoon van het gezin stond af.",
    ),
}
CANCEL_REASONS = tuple(CANCEL_NOTES)

# --------------------------------------------------------------------------------------------------------------
# Group activities, buddy meetings, signals, referrals.

# (days ago, title, place, description)
GROUP_ACTIVITIES: tuple[tuple[int, str, str, str], ...] = (
    (
        172,
        "Picknick in het Citadelpark",
        "Citadelpark",
        "Alle duo's samen. Iedereen bracht iets mee om te delen.",
    ),
    (
        141,
        "Bezoek aan het Gravensteen",
        "Gravensteen",
        "Rondleiding in eenvoudig Nederlands voor groot en klein.",
    ),
    (
        113,
        "Kookavond: gerechten uit ieders land",
        "Buurtcentrum (demo)",
        "Elk gezin kookte een gerecht. Daarna samen gegeten.",
    ),
    (
        84,
        "Zwemnamiddag",
        "Zwembad Rooigem",
        "Vrij zwemmen met begeleiding. Info over zwemlessen voor kinderen.",
    ),
    (
        57,
        "Knutselnamiddag in De Krook",
        "Bibliotheek De Krook",
        "Knutselen en voorlezen voor de kinderen; de ouders leerden de bib kennen.",
    ),
    (
        31,
        "Wandeling in de Bourgoyen",
        "Bourgoyen-Ossemeersen",
        "Natuurwandeling met gids; daarna warme chocomelk.",
    ),
    (
        10,
        "Spelletjesnamiddag",
        "Buurtcentrum (demo)",
        "Gezelschapsspelletjes: Nederlands oefenen zonder stress.",
    ),
)

MEETING_PLACE = "Vergaderzaal Tandem (demo)"
MEETING_NOTES = (
    "Ervaringen uitgewisseld. Korte uitleg over de nieuwe folder van de bib.",
    "Gesproken over afspraken maken met gezinnen die Nederlandse les volgen.",
    "Vorming door de coördinator: grenzen van de buddyrol (geen hulpverlening, geen woning zoeken).",
    "Tips gedeeld voor gratis activiteiten in de vakantie.",
    "Evaluatie van de groepsactiviteiten; ideeën voor volgende maand.",
)
MEETING_IDEAS = (
    "Samen naar de Gentse Feesten met alle duo's.",
    "Een lijst maken van gratis activiteiten per maand.",
    "Een WhatsApp-groep voor buddy's om tips te delen.",
    "Een fietsles organiseren voor moeders.",
    "Een uitstap naar zee in de zomer.",
)
MEETING_NEEDS = (
    "Meer uitleg over hoe je toeleidt naar kinderopvang.",
    "Vorming over omgaan met verdriet en trauma.",
    "Een tolk voor het eerste gesprek met gezinnen die Tigrinya spreken.",
    "Een overzicht van organisaties per wijk.",
    "Tickets voor de tram voor uitstappen.",
)


@dataclass(frozen=True)
class _SignalSpec:
    theme: SignalTheme
    description: str
    answer: str


# One signal raised at each of the last five buddy meetings, oldest first.
MEETING_SIGNALS: tuple[_SignalSpec, ...] = (
    _SignalSpec(
        SignalTheme.LANGUAGE,
        "Er zijn te weinig lessen Nederlands in de avond. Ouders met jonge kinderen kunnen overdag niet.",
        "Doorgegeven aan het Huis van het Nederlands; er komt een extra avondreeks.",
    ),
    _SignalSpec(
        SignalTheme.SCHOOL,
        "Ouders begrijpen de brieven van school niet. Vraag naar eenvoudige taal of een vertaling.",
        "Besproken met de onderwijsdienst; scholen krijgen een voorbeeldbrief in eenvoudige taal.",
    ),
    _SignalSpec(
        SignalTheme.HEALTH,
        "Gezinnen vinden geen huisarts die nieuwe patiënten aanneemt.",
        "Lijst van wijkgezondheidscentra met vrije plaatsen gedeeld met de buddy's.",
    ),
    _SignalSpec(
        SignalTheme.DISCRIMINATION,
        "Een moeder werd onvriendelijk behandeld op de bus omdat ze een hoofddoek draagt.",
        "",
    ),
    _SignalSpec(
        SignalTheme.LONELINESS, "Moeders zonder werk of les hebben buiten de buddy weinig contacten.", ""
    ),
)

# Signals noticed at a duo's activity: (household, theme, description).
ACTIVITY_SIGNALS: tuple[tuple[str, SignalTheme, str], ...] = (
    ("Gezin Tesfay", SignalTheme.HOUSING, "Gezin woont met vier in één kamer en moet binnenkort weg."),
    (
        "Gezin Ahmadi",
        SignalTheme.CHILDCARE,
        "Geen plaats in de kinderopvang; moeder mist daardoor de les Nederlands.",
    ),
    ("Gezin Haddad", SignalTheme.INCOME, "Het groeipakket (kindergeld) is na vier maanden nog niet in orde."),
    (
        "Gezin Warsame",
        SignalTheme.SCHOOL,
        "Oudste zoon vindt geen plaats in het secundair onderwijs in de buurt.",
    ),
)
ACTIVITY_SIGNAL_ANSWERS = {
    SignalTheme.HOUSING: "Doorgegeven aan de woonwinkel; het gezin kreeg een afspraak.",
    SignalTheme.CHILDCARE: "Doorgegeven aan het loket kinderopvang; gezin staat op de prioriteitenlijst.",
    SignalTheme.INCOME: "Dossier opgevolgd door het OCMW; betaling is in orde.",
    SignalTheme.SCHOOL: "Doorgegeven aan het centrum voor leerlingenbegeleiding.",
}

# Signals the coordinator noted herself: (household or None, theme, days ago, description, answer).
COORDINATOR_SIGNALS: tuple[tuple[str | None, SignalTheme, int, str, str], ...] = (
    (
        "Gezin Gebremariam",
        SignalTheme.OTHER,
        6,
        "Te weinig buddy's die Amhaars of Tigrinya spreken; de wachttijd van gezinnen loopt op.",
        "",
    ),
    (
        "Gezin Mbuyi",
        SignalTheme.HOUSING,
        40,
        "Gezin moest naar noodopvang buiten Gent; het traject stopt daardoor.",
        "",
    ),
    (
        None,
        SignalTheme.ADMINISTRATION,
        95,
        "Een afspraak bij Burgerzaken duurt meer dan twee maanden; gezinnen wachten lang op hun verblijfskaart.",
        "Doorgegeven aan de stad; er komen extra momenten zonder afspraak.",
    ),
)


@dataclass(frozen=True)
class _ReferralSpec:
    family: str
    organisation: str  # key in ORGANISATIONS
    purpose: str
    after: int  # days after the duo's start (or, without a duo, after the registration)
    outcome: ReferralOutcome
    follow_up: int | None = None  # days from today (negative: overdue)
    notes: str = ""


REFERRALS: tuple[_ReferralSpec, ...] = (
    _ReferralSpec(
        "Gezin Ahmadi",
        "opvangloket",
        "Plaats in de kinderopvang voor Maryam.",
        20,
        ReferralOutcome.WAITING_LIST,
        follow_up=5,
    ),
    _ReferralSpec(
        "Gezin Haddad", "krook", "Bibliotheekkaart en voorleesuurtje.", 14, ReferralOutcome.ENROLLED
    ),
    _ReferralSpec(
        "Gezin Kovalenko",
        "taalkamp",
        "Taalkamp in de zomer voor Іван.",
        10,
        ReferralOutcome.PENDING,
        follow_up=-6,
    ),
    _ReferralSpec(
        "Gezin Mukendi",
        "speelplein",
        "Speelpleinwerking in de vakantie voor Zoë en Exaucé.",
        21,
        ReferralOutcome.PENDING,
        follow_up=3,
    ),
    _ReferralSpec(
        "Gezin Diallo",
        "vrijwilligers",
        "Vrijwilligerswerk voor vader, om Nederlands te oefenen.",
        30,
        ReferralOutcome.PENDING,
        follow_up=-12,
    ),
    _ReferralSpec("Gezin Warsame", "sport", "Zwemlessen voor de kinderen.", 40, ReferralOutcome.ENROLLED),
    _ReferralSpec(
        "Gezin Nkurunziza",
        "kdv",
        "Opvang voor Élie op woensdagnamiddag.",
        35,
        ReferralOutcome.WAITING_LIST,
        follow_up=-2,
    ),
    _ReferralSpec(
        "Gezin Tesfay",
        "woonwinkel",
        "Hulp bij het zoeken naar een woning (buiten de opdracht van de buddy).",
        60,
        ReferralOutcome.PENDING,
        follow_up=9,
    ),
    _ReferralSpec("Gezin Çelik", "jong", "Jeugdwerk in de wijk voor Elif.", 25, ReferralOutcome.ENROLLED),
    _ReferralSpec(
        "Gezin Osman", "krook", "Bibliotheekkaart voor het hele gezin.", 12, ReferralOutcome.ENROLLED
    ),
    _ReferralSpec(
        "Gezin Yılmaz",
        "vrijwilligers",
        "Vrijwilligerswerk voor moeder in een sociaal restaurant.",
        50,
        ReferralOutcome.ENROLLED,
    ),
    _ReferralSpec(
        "Gezin Alhassan", "wgc", "Een vaste huisarts voor moeder en kind.", 18, ReferralOutcome.ENROLLED
    ),
    _ReferralSpec(
        "Gezin Abdullahi",
        "juridisch",
        "Vraag over de verblijfsvergunning van de oudste zoon.",
        45,
        ReferralOutcome.NOT_PURSUED,
        notes="Gezin verhuisde voor de afspraak.",
    ),
    _ReferralSpec(
        "Gezin Melnyk",
        "taalkamp",
        "Taalkamp voor Софія.",
        5,
        ReferralOutcome.PENDING,
        follow_up=12,
    ),
    _ReferralSpec(
        "Gezin Gebremariam",
        "ocmw",
        "Vragen over leefloon en huur: doorverwezen bij de intake.",
        10,
        ReferralOutcome.UNKNOWN,
    ),
    _ReferralSpec("Gezin Nazari", "wgc", "Kinesitherapie voor vader.", 30, ReferralOutcome.UNKNOWN),
)

EVALUATION_NOTES = {
    EvaluationKind.START: "Kennismaking goed verlopen. Afspraken overlopen.",
    EvaluationKind.MIDWAY: "Halfweg: duo ziet elkaar graag. Kinderen kijken uit naar de uitstappen.",
    EvaluationKind.END: "Afsluitgesprek: gezin kent nu meer plekken in de stad.",
}
SECOND_LANGUAGES = frozenset({"ar", "uk", "ru", "ti", "am", "fa", "prs", "ps", "so", "tr", "fr"})
AGREEMENT_TEMPLATE_VERSION = 1  # the built-in text; the demo adds no AgreementTemplate row

# --------------------------------------------------------------------------------------------------------------
# The public API.


class DemoRefused(DomainError):
    """The store already holds a programme: demo data would mix with real data."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "domain",
                "The data folder already holds a programme; demo data is only loaded into an empty one.",
            )
        )


@dataclass(frozen=True)
class DemoSummary:
    families: int
    buddies: int
    trajectories: int
    activities: int
    group_activities: int
    buddy_meetings: int
    signals: int
    organisations: int
    referrals: int


def load_demo(store: Store, today: dt.date, seed: int = 2026) -> DemoSummary:
    """Fill an empty store with the demo programme, in one transaction; raise DemoRefused if it is not empty."""
    with store.transaction() as session:
        if holds_programme(session):
            raise DemoRefused()
        return _DemoBuilder(session, today, random.Random(seed)).build()


def holds_programme(session: Session) -> bool:
    """Whether there are (not deleted) families, buddies or trajectories."""
    return any(
        session.exec(live(model).limit(1)).first() is not None for model in (Family, Buddy, Trajectory)
    )


# --------------------------------------------------------------------------------------------------------------
# The builder.


class _Clock:
    """Dates the status history at the simulated moment instead of the wall clock.

    The core services record StatusChange rows "now"; while the demo replays its events, every new StatusChange
    gets the event's day (and a minute counter, so that changes on one day keep their order) when it is flushed.
    """

    def __init__(self) -> None:
        self.moment = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
        self._per_day: dict[dt.date, int] = defaultdict(int)

    def set_day(self, day: dt.date) -> None:
        self._per_day[day] += 1
        start = dt.datetime.combine(day, dt.time(8, 0), tzinfo=dt.UTC)
        self.moment = start + dt.timedelta(minutes=self._per_day[day])

    def stamp_new_changes(self, session: Session, _context: Any, _instances: Any) -> None:
        for obj in session.new:
            if isinstance(obj, StatusChange):
                obj.changed_at = self.moment


@dataclass
class _Duo:
    plan: _DuoPlan
    trajectory: Trajectory
    family: Family
    buddy: Buddy
    matched_on: dt.date
    pauses: list[tuple[dt.date, dt.date | None]] = field(default_factory=list)

    @property
    def start(self) -> dt.date:
        return self.trajectory.start_date

    def last_day(self, today: dt.date) -> dt.date:
        """The last day the duo could meet, today included."""
        closed = self.trajectory.closed_on
        return today if closed is None else min(closed, today)

    def pause_on(self, day: dt.date) -> tuple[dt.date, dt.date | None] | None:
        """The pause that `day` falls in (its end day is the first day back), if any."""
        return next((p for p in self.pauses if p[0] <= day and (p[1] is None or day < p[1])), None)

    def running_on(self, day: dt.date, today: dt.date) -> bool:
        return self.start <= day <= self.last_day(today) and self.pause_on(day) is None

    def matched_on_day(self, day: dt.date) -> bool:
        closed = self.trajectory.closed_on
        return self.matched_on <= day and (closed is None or day < closed)


_Event = tuple[dt.date, int, int, Callable[[], object]]  # (day, rank, sequence, action)


class _DemoBuilder:
    def __init__(self, session: Session, today: dt.date, rng: random.Random) -> None:
        self.session = session
        self.today = today
        self.rng = rng
        self.settings = get_settings(session)
        self.clock = _Clock()
        self.events: list[_Event] = []
        self.families: dict[str, Family] = {}
        self.members: dict[str, list[FamilyMember]] = {}
        self.buddies: dict[str, Buddy] = {}
        self.duos: list[_Duo] = []
        self.organisations: dict[str, Organisation] = {}
        self.activities: list[Activity] = []
        self.counts: dict[str, int] = defaultdict(int)

    # -- helpers ----------------------------------------------------------------------------------------------

    def day(self, days_ago: int) -> dt.date:
        return self.today - dt.timedelta(days=days_ago)

    def add(self, record: Any, kind: str | None = None) -> None:
        self.session.add(record)
        if kind is not None:
            self.counts[kind] += 1

    def schedule(self, day: dt.date, rank: int, action: Callable[[], object]) -> None:
        """Rank orders events of one day: 0 intake, 1 match, 2 start, 3 pause/resume, 4 close, 5 after a close."""
        self.events.append((day, rank, len(self.events), action))

    def schedule_status(
        self, day: dt.date, subject: Family | Buddy, status: StrEnum, note: str = "", rank: int = 0
    ) -> None:
        self.schedule(day, rank, functools.partial(change_status, self.session, subject, status, note))

    def duo_of(self, household: str) -> _Duo | None:
        return next((d for d in self.duos if d.plan.family == household), None)

    def duo(self, household: str) -> _Duo:
        duo = self.duo_of(household)
        if duo is None:
            raise LookupError(f"no duo for {household}")
        return duo

    # -- the whole programme ----------------------------------------------------------------------------------

    def build(self) -> DemoSummary:
        # Flushed part by part, so that every row's parents are in before it: without relationship() the unit
        # of work orders one flush's inserts by class name, not by foreign key.
        for part in (
            self.fill_settings,
            self.add_organisations,
            self.replay_statuses,
            self.complete_evaluations,
            self.add_agreements,
            self.add_activities,
            self.add_group_activities,
            self.add_buddy_meetings,
            self.add_activity_signals,
            self.add_coordinator_signals,
            self.add_referrals,
        ):
            part()
            self.session.flush()
        return DemoSummary(
            families=len(self.families),
            buddies=len(self.buddies),
            trajectories=len(self.duos),
            activities=len(self.activities),
            group_activities=self.counts["group_activities"],
            buddy_meetings=self.counts["buddy_meetings"],
            signals=self.counts["signals"],
            organisations=len(self.organisations),
            referrals=self.counts["referrals"],
        )

    def fill_settings(self) -> None:
        for name, value in SETTINGS.items():
            if name.endswith("_phone"):
                value = validation.phone_number(value, name) or ""
            setattr(self.settings, name, value)
        self.session.add(self.settings)

    def add_organisations(self) -> None:
        for i, spec in enumerate(ORGANISATIONS):
            organisation = Organisation(
                name=spec.name,
                category=spec.category,
                address=spec.address,
                postcode=spec.postcode,
                municipality=MUNICIPALITY,
                contact_person=spec.contact_person,
                phone=validation.phone_number(f"+32 9 210 {10 + i:02d} 00", "phone"),
                email=f"{_slug(spec.contact_person.removeprefix('Dr. ').removeprefix('Mr. '))}@example.org",
                languages=list(spec.languages),
                notes=spec.notes,
            )
            self.add(organisation)
            self.organisations[spec.key] = organisation

    # -- families, buddies and duos, replayed in date order --------------------------------------------------

    def replay_statuses(self) -> None:
        plans = self.plan_duos()
        self.plan_families(plans)
        self.plan_buddies(plans)
        listener = self.clock.stamp_new_changes
        event.listen(self.session, "before_flush", listener)
        try:
            for day, _rank, _seq, action in sorted(self.events, key=lambda e: e[:3]):
                self.clock.set_day(day)
                action()
                self.session.flush()
        finally:
            event.remove(self.session, "before_flush", listener)

    def plan_duos(self) -> dict[str, tuple[_DuoPlan, dt.date, dt.date]]:
        """Per household: its duo plan, match day and start day."""
        plans = {}
        for plan in DUOS:
            if plan.start is None:
                start = next_monday(self.today) + dt.timedelta(weeks=plan.weeks_ahead)
            else:
                start = self.day(plan.start)
            matched = min(start - dt.timedelta(days=plan.matched_before), self.day(2))
            plans[plan.family] = (plan, start, matched)
        return plans

    def plan_families(self, plans: dict[str, tuple[_DuoPlan, dt.date, dt.date]]) -> None:
        unmatched = {name: (status, days) for name, status, days in UNMATCHED_FAMILIES}
        for spec in FAMILIES:
            if spec.name in plans:
                _plan, _start, matched = plans[spec.name]
                registered = matched - dt.timedelta(days=self.rng.randint(25, 110))
                final = FamilyStatus.MATCHED  # the duo's events take it further
            else:
                final, days = unmatched[spec.name]
                registered = self.day(days)
            intake = registered + dt.timedelta(days=self.rng.randint(5, 14))
            family, members = self.make_family(
                spec, registered, intake if final != FamilyStatus.REGISTERED else None
            )
            self.schedule(
                registered, 0, functools.partial(add_family, self.session, family, members, self.today)
            )
            if final == FamilyStatus.REGISTERED:
                continue
            self.schedule_status(intake, family, FamilyStatus.INTAKE_DONE)
            if final == FamilyStatus.INTAKE_DONE:
                continue
            waiting = intake + dt.timedelta(days=self.rng.randint(1, 3))
            self.schedule_status(waiting, family, FamilyStatus.WAITING)
            if final == FamilyStatus.WITHDRAWN:
                withdrawn = min(waiting + dt.timedelta(days=self.rng.randint(20, 45)), self.today)
                self.schedule_status(withdrawn, family, FamilyStatus.WITHDRAWN, WITHDRAWAL_NOTES[spec.name])

    def make_family(
        self, spec: _FamilySpec, registered: dt.date, intake: dt.date | None
    ) -> tuple[Family, list[FamilyMember]]:
        index = len(self.families) + 1
        phone = f"+32 470 00 {index // 100:02d} {index % 100:02d}"
        arrival = max(registered - dt.timedelta(days=self.rng.randint(20, 250)), self.day(700))
        takes_lessons = spec.dutch_level in (DutchLevel.NONE, DutchLevel.A1, DutchLevel.A2)
        unavailable = list(self.rng.choice(DUTCH_COURSE_SLOTS)) if takes_lessons else []
        if self.rng.random() < 0.3:
            unavailable.append("wed-afternoon")
        family = Family(
            name=spec.name,
            registered_on=registered,
            mother_tongue=spec.mother_tongue,
            contact_languages=list(spec.contact_languages),
            dutch_level=spec.dutch_level,
            arrival_date=arrival,
            family_reunification=spec.reunification,
            address=f"{self.rng.choice(STREETS)} {self.rng.randint(1, 180)}",
            postcode=spec.postcode,
            municipality=MUNICIPALITY,
            phone=phone,
            whatsapp=phone if self.rng.random() < 0.85 else None,
            needs=self.needs_of(spec),
            needs_other=spec.needs_other,
            unavailability=unavailable,
            sensitive_constraints=spec.sensitive,
            referred_by=spec.referred_by,
            consent_date=intake,
            consent_text_version=self.settings.consent_text_version if intake else "",
            photo_consent=intake is not None and self.rng.random() < 0.6,
            buddy_preferences=spec.preferences,
            notes=spec.notes,
        )
        members = [
            FamilyMember(family_id=family.id, name=name, role=role, birth_year=self.today.year - age)
            for name, role, age in spec.members
        ]
        self.families[spec.name] = family
        self.members[spec.name] = members
        return family, members

    def needs_of(self, spec: _FamilySpec) -> list[str]:
        ages = [age for _name, role, age in spec.members if role == MemberRole.CHILD]
        needs: set[Need] = set()
        if any(age <= 3 for age in ages):
            needs.add(Need.CHILDCARE)
        if any(4 <= age <= 12 for age in ages):
            needs.add(Need.PLAYGROUND_PROGRAMME)
        if any(6 <= age <= 14 for age in ages) and self.rng.random() < 0.5:
            needs.add(Need.LANGUAGE_CAMP)
        if self.rng.random() < 0.6:
            needs.add(Need.LIBRARY)
        if self.rng.random() < 0.3:
            needs.add(Need.SPORT)
        if self.rng.random() < 0.25 or not ages:
            needs.add(Need.VOLUNTEER_WORK)
        if spec.needs_other:
            needs.add(Need.OTHER)
        return [need.value for need in Need if need in needs]

    def plan_buddies(self, plans: dict[str, tuple[_DuoPlan, dt.date, dt.date]]) -> None:
        first_match: dict[str, dt.date] = {}
        for plan, _start, matched in plans.values():
            first_match[plan.buddy] = min(matched, first_match.get(plan.buddy, matched))
        for index, spec in enumerate(BUDDIES, start=101):
            if spec.registered_days_ago is not None:
                registered = self.day(spec.registered_days_ago)
            else:
                registered = first_match[spec.name] - dt.timedelta(days=self.rng.randint(40, 120))
            screened = registered + dt.timedelta(days=self.rng.randint(10, 21))
            available = screened + dt.timedelta(days=self.rng.randint(5, 14))
            buddy = self.make_buddy(spec, index, registered, screened, available)
            self.schedule(registered, 0, functools.partial(add_buddy, self.session, buddy, self.today))
            if spec.reached in (BuddyStatus.SCREENED, BuddyStatus.AVAILABLE):
                self.schedule_status(screened, buddy, BuddyStatus.SCREENED)
            if spec.reached == BuddyStatus.AVAILABLE:
                self.schedule_status(available, buddy, BuddyStatus.AVAILABLE)
            for status, days_ago, note in spec.later:
                self.schedule_status(self.day(days_ago), buddy, status, note, rank=5)
        for plan, start, matched in plans.values():
            self.plan_duo(plan, start, matched)

    def make_buddy(
        self, spec: _BuddySpec, index: int, registered: dt.date, screened: dt.date, available: dt.date
    ) -> Buddy:
        phone = f"+32 470 00 {index // 100:02d} {index % 100:02d}"
        extract: dt.date | None = None
        if spec.reached != BuddyStatus.CANDIDATE:
            extract = screened - dt.timedelta(days=self.rng.randint(2, 9))
            if extract < self.day(365) and spec.name != STALE_EXTRACT_BUDDY:
                extract = self.day(self.rng.randint(20, 200))  # renewed after a year
        elif self.rng.random() < 0.5:  # a candidate who brought it along already
            extract = registered + dt.timedelta(days=self.rng.randint(0, (self.today - registered).days))
        trainings = []
        if spec.reached == BuddyStatus.AVAILABLE:
            trainings.append({"title": BASIC_TRAINING, "date": available.isoformat()})
            for title in EXTRA_TRAININGS:
                when = available + dt.timedelta(days=self.rng.randint(20, 200))
                if when <= self.today and self.rng.random() < 0.4:
                    trainings.append({"title": title, "date": when.isoformat()})
        buddy = Buddy(
            name=spec.name,
            registered_on=registered,
            birth_year=self.today.year - spec.age,
            phone=phone,
            whatsapp=phone,
            email=f"{_slug(spec.name)}@example.org",
            address=f"{self.rng.choice(STREETS)} {self.rng.randint(1, 180)}",
            postcode=spec.postcode,
            municipality=MUNICIPALITY,
            dutch_level=spec.dutch_level,
            languages=list(spec.languages),
            ex_newcomer=spec.ex_newcomer,
            availability=self.rng.sample(AVAILABILITY_SLOTS, self.rng.randint(3, 5)),
            interests=self.rng.sample(INTERESTS, self.rng.randint(2, 4)),
            capacity=spec.capacity,
            criminal_record_extract_on=extract,
            trainings=trainings,
            notes=spec.notes,
        )
        self.buddies[spec.name] = buddy
        return buddy

    def plan_duo(self, plan: _DuoPlan, start: dt.date, matched: dt.date) -> None:
        household = plan.family
        self.schedule(matched, 1, functools.partial(self.match, plan, start, matched))
        if start > self.today:
            return  # proposed: it starts on a coming Monday
        self.schedule(start, 2, functools.partial(self.activate, household))
        if plan.pause is not None:
            after, length = plan.pause
            paused = start + dt.timedelta(days=after)
            self.schedule(paused, 3, functools.partial(self.pause, household, paused))
            if length is not None:
                resumed = paused + dt.timedelta(days=length)
                self.schedule(resumed, 3, functools.partial(self.resume, household, resumed))
        if plan.reason == ClosureReason.DURATION_COMPLETED:
            self.schedule(self.closing_day(plan, start), 4, functools.partial(self.close, household, None))
        elif plan.reason is not None:
            assert plan.closed is not None
            closed = self.day(plan.closed)
            self.schedule(closed, 4, functools.partial(self.close, household, closed))

    def closing_day(self, plan: _DuoPlan, start: dt.date) -> dt.date:
        end = add_months(start, self.settings.duration_months)
        if plan.pause is not None and plan.pause[1] is not None:
            end += dt.timedelta(days=plan.pause[1])
        return end

    def match(self, plan: _DuoPlan, start: dt.date, matched: dt.date) -> None:
        family, buddy = self.families[plan.family], self.buddies[plan.buddy]
        trajectory = trajectories.create_trajectory(self.session, family, buddy, start, self.settings)
        self.duos.append(_Duo(plan, trajectory, family, buddy, matched))

    def activate(self, household: str) -> None:
        duo = self.duo(household)
        trajectories.activate_trajectory(self.session, duo.trajectory, duo.family)

    def pause(self, household: str, on: dt.date) -> None:
        duo = self.duo(household)
        trajectories.pause(self.session, duo.trajectory, on, duo.plan.pause_reason)
        duo.pauses.append((on, None))

    def resume(self, household: str, on: dt.date) -> None:
        duo = self.duo(household)
        trajectories.resume(self.session, duo.trajectory, on)
        begin, _end = duo.pauses[-1]
        duo.pauses[-1] = (begin, on)

    def close(self, household: str, on: dt.date | None) -> None:
        """Close on `on`, or (None) at the planned end, which the pauses have moved by now."""
        duo = self.duo(household)
        plan = duo.plan
        assert plan.reason is not None
        closed = duo.trajectory.planned_end if on is None else on
        trajectories.close(
            self.session,
            duo.trajectory,
            duo.family,
            duo.buddy,
            closed,
            plan.reason,
            plan.ended_by,
            plan.closure_note,
        )

    # -- evaluations and agreements ---------------------------------------------------------------------------

    def complete_evaluations(self) -> None:
        order = list(EvaluationKind)
        for duo in self.duos:
            query = live(Evaluation).where(Evaluation.trajectory_id == duo.trajectory.id)
            evaluations = sorted(self.session.exec(query), key=lambda e: order.index(e.kind))
            closed = duo.trajectory.closed_on
            for evaluation in evaluations:
                self.complete_evaluation(duo, evaluation, closed)

    def complete_evaluation(self, duo: _Duo, evaluation: Evaluation, closed: dt.date | None) -> None:
        kind, due = evaluation.kind, evaluation.due_on
        late = dt.timedelta(days=self.rng.randint(0, 6))
        if closed is not None and kind == EvaluationKind.END:
            done = closed  # the closing talk, also when the duo stopped early
        elif closed is not None and due > closed:
            evaluation.notes = "Niet gehouden: het duo stopte vroeger."
            self.session.add(evaluation)
            return
        elif due <= self.today and kind not in duo.plan.overdue:
            done = min(due + late, closed or self.today)
        else:
            return
        mismatch = duo.plan.reason == ClosureReason.MISMATCH
        evaluation.done_on = max(done, duo.start)
        evaluation.family_score = self.rng.randint(1, 3) if mismatch else self.rng.randint(3, 5)
        evaluation.buddy_score = self.rng.randint(2, 3) if mismatch else self.rng.randint(3, 5)
        evaluation.notes = (
            duo.plan.closure_note if kind == EvaluationKind.END and mismatch else EVALUATION_NOTES[kind]
        )
        self.session.add(evaluation)

    def add_agreements(self) -> None:
        for duo in self.duos:
            if duo.start > self.today:
                continue  # a proposed duo gets its agreement at the start
            family, start = duo.family, duo.start
            second = family.mother_tongue if family.mother_tongue in SECOND_LANGUAGES else None
            digest = hashlib.sha256(
                f"tandem-demo|agreement|{family.name}|{start.isoformat()}".encode()
            ).hexdigest()
            self.add(
                Agreement(
                    trajectory_id=duo.trajectory.id,
                    template_version=AGREEMENT_TEMPLATE_VERSION,
                    second_language=second,
                    generated_at=dt.datetime.combine(start, dt.time(9, 30), tzinfo=dt.UTC),
                    pdf_sha256=digest,
                    signed_on=start if duo.plan.signed else None,
                )
            )

    # -- duo activities ---------------------------------------------------------------------------------------

    def add_activities(self) -> None:
        for duo in self.duos:
            for day in self.activity_days(duo):
                self.add_activity(duo, day)

    def activity_days(self, duo: _Duo) -> list[dt.date]:
        """Roughly twice a month from the start, never in a pause, after the close or after today."""
        last = duo.last_day(self.today)
        if duo.plan.rhythm == "stalled":
            last = min(last, self.day(38))
        gaps = (24, 36) if duo.plan.rhythm == "slow" else (11, 18)
        days = []
        day = duo.start + dt.timedelta(days=self.rng.randint(2, 7))
        while day <= last:
            pause = duo.pause_on(day)
            if pause is not None:
                _begin, resumed = pause
                if resumed is None:
                    break
                day = resumed + dt.timedelta(days=self.rng.randint(3, 7))
                continue
            days.append(day)
            day += dt.timedelta(days=self.rng.randint(*gaps))
        return days

    def add_activity(self, duo: _Duo, day: dt.date) -> None:
        outing = self.rng.choice(OUTINGS)
        bias = duo.plan.cancel_bias
        if self.rng.random() < (0.35 if bias else 0.12):
            reason = bias if bias and self.rng.random() < 0.7 else self.rng.choice(CANCEL_REASONS)
            activity = Activity(
                trajectory_id=duo.trajectory.id,
                date=day,
                type=outing.type,
                place=outing.place,
                held=False,
                cancel_reason=reason,
                cancel_note=self.rng.choice(CANCEL_NOTES[reason]),
            )
        else:
            activity = self.held_activity(duo, day, outing)
        self.add(activity)
        self.activities.append(activity)

    def held_activity(self, duo: _Duo, day: dt.date, outing: _Outing) -> Activity:
        members = self.members[duo.plan.family]
        first_parent = next(m for m in members if m.role == MemberRole.PARENT)
        came = [m for m in members if m is first_parent or self.rng.random() < (0.75 if m.is_child else 0.4)]
        organisation = self.organisations[outing.organisation].id if outing.organisation else None
        return Activity(
            trajectory_id=duo.trajectory.id,
            date=day,
            duration_minutes=self.rng.choice((60, 90, 120, 150, 180)),
            type=outing.type,
            place=outing.place,
            organisation_id=organisation,
            held=True,
            participant_ids=[str(m.id) for m in came],
            children_count=sum(1 for m in came if m.is_child),
            dutch_practised=self.rng.choice(
                (DutchPractised.NONE, DutchPractised.A_LITTLE, DutchPractised.A_LITTLE, DutchPractised.A_LOT)
            ),
            went_well=self.rng.choice(outing.went_well),
            wellbeing_note=self.rng.choice(WELLBEING_NOTES) if any(m.is_child for m in came) else "",
        )

    # -- group activities and buddy meetings ------------------------------------------------------------------

    def add_group_activities(self) -> None:
        for days_ago, title, place, description in GROUP_ACTIVITIES:
            day = self.day(days_ago + self.rng.randint(-2, 2))
            group = GroupActivity(title=title, date=day, place=place, description=description)
            self.add(group, "group_activities")
            came: set[str] = set()
            for duo in self.duos:
                if not duo.running_on(day, self.today) or self.rng.random() > 0.65:
                    continue
                if duo.buddy.name not in came and self.rng.random() < 0.8:
                    came.add(duo.buddy.name)
                    self.add(GroupAttendance(group_activity_id=group.id, buddy_id=duo.buddy.id))
                for member in self.members[duo.plan.family]:
                    if member.is_child or member.role == MemberRole.PARENT or self.rng.random() < 0.3:
                        self.add(GroupAttendance(group_activity_id=group.id, family_member_id=member.id))

    def add_buddy_meetings(self) -> None:
        """One meeting a month for the last five months (not yet this month), each with a signal."""
        first_of_month = self.today.replace(day=1)
        for months_ago in range(5, 0, -1):
            month = add_months(first_of_month, -months_ago)
            day = _nth_weekday(month, weekday=3, n=2)  # the second Thursday
            index = 5 - months_ago
            meeting = BuddyMeeting(date=day, place=MEETING_PLACE, notes=MEETING_NOTES[index])
            self.add(meeting, "buddy_meetings")
            self.add_meeting_attendance(meeting)
            self.add(
                BuddyMeetingItem(
                    buddy_meeting_id=meeting.id, kind=MeetingItemKind.IDEA, text=MEETING_IDEAS[index]
                )
            )
            self.add(
                BuddyMeetingItem(
                    buddy_meeting_id=meeting.id, kind=MeetingItemKind.NEED, text=MEETING_NEEDS[index]
                )
            )
            spec = MEETING_SIGNALS[index]
            signal = self.make_signal(
                spec.theme, spec.description, day, spec.answer, SignalSource.BUDDY_MEETING
            )
            signal.buddy_meeting_id = meeting.id
            self.add(signal, "signals")
            self.session.flush()  # the signal before the item that refers to it
            self.add(
                BuddyMeetingItem(
                    buddy_meeting_id=meeting.id,
                    kind=MeetingItemKind.SIGNAL,
                    text=spec.description,
                    signal_id=signal.id,
                )
            )

    def add_meeting_attendance(self, meeting: BuddyMeeting) -> None:
        matched: dict[str, Buddy] = {}
        for duo in self.duos:
            if duo.matched_on_day(meeting.date):
                matched.setdefault(duo.buddy.name, duo.buddy)
        came = [b for b in matched.values() if self.rng.random() < 0.75] or list(matched.values())[:2]
        for buddy in came:
            self.add(BuddyMeetingAttendance(buddy_meeting_id=meeting.id, buddy_id=buddy.id))

    # -- signals and referrals --------------------------------------------------------------------------------

    def make_signal(
        self, theme: SignalTheme, description: str, raised: dt.date, answer: str, source: SignalSource
    ) -> Signal:
        """New for two weeks, then passed on (some days after it was raised), answered weeks later if at all."""
        age = (self.today - raised).days
        signal = Signal(theme=theme, description=description, source=source, raised_on=raised)
        if age >= 14:
            signal.status = SignalStatus.PASSED_ON
            signal.passed_on_on = raised + dt.timedelta(days=min(age, self.rng.randint(2, 6)))
        if answer and age >= 45:
            signal.status = SignalStatus.ANSWERED
            signal.answered_on = raised + dt.timedelta(days=self.rng.randint(20, 40))
            signal.answer = answer
        return signal

    def add_activity_signals(self) -> None:
        for household, theme, description in ACTIVITY_SIGNALS:
            duo = self.duo_of(household)
            assert duo is not None
            held = [a for a in self.activities if a.trajectory_id == duo.trajectory.id and a.held]
            if not held:
                continue  # only with another seed: this duo never met
            activity = held[-1]
            signal = self.make_signal(
                theme, description, activity.date, ACTIVITY_SIGNAL_ANSWERS[theme], SignalSource.ACTIVITY
            )
            signal.activity_id = activity.id
            signal.trajectory_id = duo.trajectory.id
            signal.family_id = duo.family.id
            self.add(signal, "signals")

    def add_coordinator_signals(self) -> None:
        for household, theme, days_ago, description, answer in COORDINATOR_SIGNALS:
            signal = self.make_signal(
                theme, description, self.day(days_ago), answer, SignalSource.COORDINATOR
            )
            if household is not None:
                signal.family_id = self.families[household].id
                duo = self.duo_of(household)
                signal.trajectory_id = duo.trajectory.id if duo else None
            self.add(signal, "signals")

    def add_referrals(self) -> None:
        for spec in REFERRALS:
            family = self.families[spec.family]
            duo = self.duo_of(spec.family)
            anchor = duo.start if duo else family.registered_on
            referred = min(
                anchor + dt.timedelta(days=spec.after), duo.last_day(self.today) if duo else self.today
            )
            follow_up = None if spec.follow_up is None else self.today + dt.timedelta(days=spec.follow_up)
            referral = Referral(
                family_id=family.id,
                organisation_id=self.organisations[spec.organisation].id,
                trajectory_id=duo.trajectory.id if duo else None,
                purpose=spec.purpose,
                referred_on=referred,
                outcome=spec.outcome,
                follow_up_on=max(follow_up, referred) if follow_up else None,
                notes=spec.notes,
            )
            self.add(referral, "referrals")


def _nth_weekday(first_of_month: dt.date, weekday: int, n: int) -> dt.date:
    """The n-th given weekday (0 = Monday) of the month that starts on `first_of_month`."""
    offset = (weekday - first_of_month.weekday()) % 7
    return first_of_month + dt.timedelta(days=offset + 7 * (n - 1))


def _slug(name: str) -> str:
    """An e-mail-like name in plain ASCII: "Mustafa Aydın" -> "mustafa.aydin"."""
    plain = unicodedata.normalize("NFKD", name.replace("ı", "i")).encode("ascii", "ignore").decode()
    return ".".join(part for part in plain.lower().replace("-", " ").split())


__all__ = ["DemoRefused", "DemoSummary", "holds_programme", "load_demo"]
