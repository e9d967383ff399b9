"""Sync-client folders beyond the names "OneDrive" and "Dropbox" (#19 point 6)."""

from __future__ import annotations

import os
from pathlib import PurePosixPath, PureWindowsPath

import pytest

from praktijkdesk import data_folder
from praktijkdesk.platform import cloud, windows

HOME = PureWindowsPath(r"C:\Users\fatma")
SYNCED = [
    # SharePoint/Teams libraries synced with "Synchroniseren" (OneDrive for Business)
    r"C:\Users\fatma\Gemeente Delft\Jobcoaching - Documenten\praktijkdesk",
    r"C:\Users\fatma\Gemeente Delft\Team Werk - Gedeelde documenten",
    r"C:\Users\fatma\SW-bedrijf Noord\Leerbedrijven - Documents\data",
    r"C:\Users\fatma\Contoso\Site - Shared Documents\x",
    # Google Drive for desktop: shared drives
    r"G:\Gedeelde drives\Jobcoaches\praktijkdesk",
    r"G:\Shared drives\Jobcoaches\praktijkdesk",
]
LOCAL = [
    r"C:\Users\fatma\AppData\Local\praktijkdesk",
    r"C:\Users\fatma\Documents\praktijkdesk",
    r"C:\Users\fatma\Documenten\Bakkerij - Documenten oud",  # not <Org>\<Site> - Documenten
    r"D:\Projecten - Documenten\praktijkdesk",
]


@pytest.mark.parametrize("text", SYNCED)
def test_libraries_and_shared_drives_are_recognised(text):
    assert cloud.service_by_name(PureWindowsPath(text), HOME)


@pytest.mark.parametrize("text", LOCAL)
def test_ordinary_folders_are_not(text):
    assert cloud.service_by_name(PureWindowsPath(text), HOME) is None


def test_the_library_rule_on_posix_paths_and_without_a_home():
    assert cloud.sharepoint_library_in(
        PurePosixPath("/home/an/Gemeente/Team - Documenten/pd"), PurePosixPath("/home/an")
    )
    assert cloud.sharepoint_library_in(PurePosixPath("/mnt/c/Users/an/Org/Site - Documenten"), None)


def test_a_library_folder_is_refused_for_the_live_database(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    library = tmp_path / "Gemeente Delft" / "Jobcoaching - Documenten" / "praktijkdesk"
    reason = data_folder.unsafe_reason(library)
    assert reason and "SharePoint" in reason
    assert data_folder.unsafe_reason(tmp_path / "Documenten" / "praktijkdesk") is None


def test_registered_sync_roots_cover_renamed_folders():
    roots = [r"C:\Users\fatma\Werkmap (gesynchroniseerd)", r"D:\Box-Bedrijf"]
    assert cloud.inside_sync_root(r"c:\users\FATMA\werkmap (gesynchroniseerd)\pd", roots)
    assert cloud.inside_sync_root(r"C:\Users\fatma\Werkmap", roots) is None


def test_cloud_attributes_on_windows_are_asked_of_the_nearest_folder(tmp_path, monkeypatch):
    """Windows imitated: the registry names no root, but the folder carries a cloud bit."""
    existing = tmp_path / "Werk"
    existing.mkdir()
    asked = []

    def attributes(path):
        asked.append(path)
        return 0x10 | windows.FILE_ATTRIBUTE_PINNED if path == str(existing) else 0x10

    monkeypatch.setattr(windows, "sync_roots", lambda: [])
    monkeypatch.setattr(windows, "file_attributes", attributes)
    import praktijkdesk.platform as platform_package

    monkeypatch.setattr(platform_package, "native", windows)
    try:
        reason = cloud.cloud_reason(os.fspath(existing / "nieuw" / "praktijkdesk"))
    finally:
        monkeypatch.undo()
    assert reason and "cloudprogramma" in reason
    assert asked[0] == str(existing)
