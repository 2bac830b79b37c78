"""A Django database backend for SQLite files encrypted with SQLCipher (``sqlcipher3``).

It is Django's own SQLite backend with the driver swapped: the key is set before anything else is read, the
file is checked to open with it, and WAL mode is switched on. Use it as ``ENGINE: "khronika.vault.backend"``.
"""
