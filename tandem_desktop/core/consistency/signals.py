"""The consistency rules on signals (their days in order and matching their status) and on referrals."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlmodel import col

from tandem_desktop.db.models import Referral, Signal
from tandem_desktop.db.models.enums import SignalStatus

from .rules import _live, _Query, _Rule


def _signals() -> _Query:
    return (
        sa.select(
            col(Signal.id).label("signal"),
            col(Signal.status),
            col(Signal.raised_on),
            col(Signal.passed_on_on),
            col(Signal.answered_on),
        )
        .where(_live(Signal))
        .order_by(col(Signal.raised_on), col(Signal.id))
    )


def _signal_rules(today: dt.date) -> list[_Rule]:
    status = col(Signal.status)
    return [
        _Rule(
            col(Signal.raised_on) > today,
            lambda r: f"Signal {r.signal} was raised on {r.raised_on}, in the future.",
        ),
        _Rule(
            col(Signal.passed_on_on) < col(Signal.raised_on),
            lambda r: (
                f"Signal {r.signal} was passed on ({r.passed_on_on}) before it was raised ({r.raised_on})."
            ),
        ),
        _Rule(
            col(Signal.answered_on) < col(Signal.passed_on_on),
            lambda r: (
                f"Signal {r.signal} was answered ({r.answered_on}) before it was passed on ({r.passed_on_on})."
            ),
        ),
        _Rule(
            sa.and_(status != SignalStatus.NEW, col(Signal.passed_on_on).is_(None)),
            lambda r: f"Signal {r.signal} has status {r.status.value} without the day it was passed on.",
        ),
        _Rule(
            sa.and_(status == SignalStatus.ANSWERED, col(Signal.answered_on).is_(None)),
            lambda r: f"Signal {r.signal} has status {r.status.value} without the day of the answer.",
        ),
    ]


def _referrals() -> _Query:
    return (
        sa.select(col(Referral.id).label("referral"), col(Referral.referred_on), col(Referral.follow_up_on))
        .where(_live(Referral))
        .order_by(col(Referral.referred_on), col(Referral.id))
    )


def _referral_rules(today: dt.date) -> list[_Rule]:
    return [
        _Rule(
            col(Referral.referred_on) > today,
            lambda r: f"Referral {r.referral} is dated {r.referred_on}, in the future.",
        ),
        _Rule(
            col(Referral.follow_up_on) < col(Referral.referred_on),
            lambda r: (
                f"Referral {r.referral}: the follow-up {r.follow_up_on} comes before its date {r.referred_on}."
            ),
        ),
    ]
