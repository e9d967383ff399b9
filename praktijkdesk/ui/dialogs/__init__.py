"""Dialogs: the new-candidate wizard, editing, notes, people, messages."""
