"""The demo dataset: the Khamroev case from a published article, and the tables of the fictional generator."""
