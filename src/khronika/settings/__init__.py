"""Django settings for Khronika: ``base`` holds everything; ``dev``, ``test`` and ``production`` adjust it.

Every setting an operator may change comes from a ``KHRONIKA_*`` environment variable (docs/configuration.md).
"""
