"""A proposal's life: numbers per year, statuses and the moves between them."""

from __future__ import annotations

from datetime import date

STATUSES = ("concept", "verzonden", "geaccepteerd", "afgewezen", "verlopen")
MOVES: dict[str, tuple[str, ...]] = {
    "concept": ("verzonden",),
    "verzonden": ("geaccepteerd", "afgewezen", "verlopen", "concept"),  # concept: a new version
    "geaccepteerd": (),
    "afgewezen": ("concept",),
    "verlopen": ("concept",),
}


class ProposalError(ValueError):
    """A move the life cycle does not allow; ``key`` names the message."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def proposal_number(year: int, sequence: int) -> str:
    """``2027-0001``: the year, then a running number within it."""
    return f"{year}-{sequence:04d}"


def check_move(current: str, new: str) -> None:
    if new not in MOVES.get(current, ()):
        raise ProposalError("proposal.move", current=current, new=new)


def effective_status(status: str, valid_until: date | None, today: date) -> str:
    """A sent proposal past its validity date is expired, whatever the file still says."""
    if status == "verzonden" and valid_until is not None and today > valid_until:
        return "verlopen"
    return status
