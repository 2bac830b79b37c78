"""Errors the vault reports as one clear line (``khronika`` prints them without a traceback)."""


class VaultError(Exception):
    """The encrypted database cannot be opened: no passphrase, a wrong one, or not a Khronika file."""
