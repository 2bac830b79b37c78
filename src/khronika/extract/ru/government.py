"""What governs the case of a name: the word right before it (an agreeing noun or adjective, a preposition, a
transitive verb) and verbs that give a measure to someone («назначил Петру Кузнецову срок»)."""

from __future__ import annotations

from khronika.extract.ru.morph import parses


def agreement_hint(word: str) -> set[tuple[str, str]]:
    """The (case, gender) readings of the word before a name that a name in apposition would agree with.

    «местного жителя Мухараба Шебзухова»: «жителя» is masculine genitive, so the unknown «Мухараба» is too.
    """
    w = word.lower()
    if w in GOVERNED_CASE:  # «против Веры Сомовой», «к Юлию»: the preposition fixes the case
        return {(case, "*") for case in GOVERNED_CASE[w]}
    if len(w) < 3:
        return set()  # «и», «а», «же»: pymorphy3 also reads them as letters' names or abbreviations
    found = set()
    for p in parses(w):
        agrees = p.tag.POS in ("NOUN", "ADJF") and p.tag.case and p.tag.gender and p.tag.number != "plur"
        if agrees and (p.tag.POS == "ADJF" or "anim" in p.tag):
            found.add((str(p.tag.case), str(p.tag.gender)))
        if p.tag.POS in ("VERB", "INFN", "PRTS") and "tran" in p.tag and "pssv" not in p.tag:
            found.add(("accs", "*"))  # «приговорили Юлию Молчанову»: a transitive verb takes the accusative
            if p.normal_form in TO_WHOM_VERBS:
                # «назначил Петру Кузнецову срок»: the term is the object, the person its recipient
                found.add(("datv", "*"))
    return found


# Verbs whose object is a measure and whose dative is the person it is given to («назначить кому срок»).
TO_WHOM_VERBS = frozenset(
    {
        "назначить", "вменить", "предъявить", "продлить", "избрать", "присудить", "дать", "смягчить",
        "ужесточить", "сократить", "снизить", "увеличить", "выписать", "изменить", "заменить", "вынести",
        "запросить", "отказать", "грозить", "вменять", "назначать", "предъявлять", "продлевать", "избирать",
        "присуждать", "давать", "смягчать", "ужесточать", "сокращать", "снижать", "выписывать", "заменять",
        "выносить", "запрашивать", "отказывать",
    }
)  # fmt: skip


GOVERNED_CASE = {
    "против": ("gent",), "для": ("gent",), "у": ("gent",), "от": ("gent",), "после": ("gent",),
    "без": ("gent",), "из-за": ("gent",), "до": ("gent",), "к": ("datv",), "по": ("datv",),
    "о": ("loct",), "об": ("loct",), "при": ("loct",), "про": ("accs",), "на": ("accs", "loct"),
    "с": ("ablt", "gent"), "со": ("ablt", "gent"), "над": ("ablt",), "перед": ("ablt",),
}  # fmt: skip
