"""Domain errors: a rule of the programme was not met; the message says which, for the coordinator."""

from __future__ import annotations

from tandem_desktop.messages import UserFacingError


class DomainError(UserFacingError):
    """`field` names the input the message belongs to, so the GUI can show it there."""

    context = "domain"


class ValidationFailed(DomainError):
    """Several fields at once; `errors` holds one DomainError per field."""

    def __init__(self, errors: list[DomainError]) -> None:
        self.errors = errors
        # The joined messages are already filled in: braces in them (a typed "{name}") must not be filled again.
        super().__init__("; ".join(e.message for e in errors).replace("{", "{{").replace("}", "}}"))
