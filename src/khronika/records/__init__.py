"""The case record: persons, cases, charges, sentences, events, organisations, sources, evidence."""
