"""The data folder: created private, and a folder we cannot use is explained in Dutch."""

import pytest

from praktijkdesk.errors import DataFolderUnusable
from praktijkdesk.paths import ensure_data_dir


def test_a_folder_below_a_file_is_refused_in_dutch(tmp_path):
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(DataFolderUnusable) as error:
        ensure_data_dir(blocker / "data")
    assert "geen map" in error.value.message
    assert "Not a directory" not in error.value.message
