"""The main screens: person picker, candidates, trajectory overview, checklist, settings."""
