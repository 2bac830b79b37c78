"""The kind of punishment a term is, from the words after it ("five years in a penal colony", "of suspended
sentence", "of restriction of freedom") or before it ("compulsory labour for two years")."""

from __future__ import annotations

import re

__all__ = ["KIND_AFTER", "KIND_BEFORE"]

KIND_AFTER = [
    (
        re.compile(
            r"^[\s-]*(?:of\s+)?(?:(?:prison|colony|jail)\s+)?(?:suspended|conditional|probation)", re.I
        ),
        "suspended",
    ),
    (re.compile(r"^[\s,]*(?:of\s+)?(?:compulsory|forced)\s+labou?r", re.I), "compulsory_labour"),
    (re.compile(r"^[\s,]*(?:of\s+)?correctional\s+labou?r", re.I), "correctional_labour"),
    (
        re.compile(
            r"^[\s,]*(?:of\s+)?(?:so-called\s+)?[“\"'‘]?(?:restrictions?\s+(?:of|on)\s+(?:freedom|liberty)|restricted\s+freedom|"
            r"(?:freedom|liberty)\s+(?:limitation|restriction)|limitation\s+of\s+(?:freedom|liberty))",
            re.I,
        ),
        "restriction_of_freedom",
    ),
    (
        re.compile(r"^[\s,]*(?:of\s+)?(?:administrative\s+)?(?:arrest|detention|jail|in\s+jail)", re.I),
        "administrative_arrest",
    ),
    # "a 24-year punishment", "a 12-year sentence"
    (
        re.compile(r"^[\s-]*(?:(?:prison|colony|jail)\s+)?(?:sentence|term|punishment)\b", re.I),
        "imprisonment",
    ),
]
KIND_BEFORE = [
    (re.compile(r"\b(?:compulsory|forced)\s+labou?r\s+(?:for|of)\s+$", re.I), "compulsory_labour"),
    # "sentenced to restrictions on freedom for one year and nine months"
    (
        re.compile(
            r"\b(?:restrictions?\s+(?:of|on)\s+(?:freedom|liberty)|restricted\s+freedom)[”\"'’]?\s+"
            r"(?:for|of)\s+(?:a\s+(?:period|term)\s+of\s+)?$",
            re.I,
        ),
        "restriction_of_freedom",
    ),
    (
        re.compile(
            # "decided to arrest for 25 days X": a court's order with the term before its object
            r"\b(?:administratively\s+arrested|arrested|jail(?:ed)?|imprison(?:ed)?|(?:decided|ordered|ruled)\s+to\s+arrest)\s+"
            r"(?:[\w'’-]+\s+){0,4}?(?:again\s+)?for\s+(?:another\s+|a\s+further\s+)?$",
            re.I,
        ),
        "administrative_arrest",
    ),
]
