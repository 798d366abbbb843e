"""Errors meant for a person: one line, no traceback."""


class UserError(Exception):
    """Something the user can fix. `str(exc)` is shown as is."""
