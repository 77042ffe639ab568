"""All stored times are UTC. SQLite keeps no time zone, so times are converted before they are written or compared
and marked UTC again when read."""

from __future__ import annotations

from datetime import datetime, timezone


def as_utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)
