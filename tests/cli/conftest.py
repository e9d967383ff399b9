import json
import os
import subprocess
import sys

import pytest


def run_cli(data_dir, *args, input=None, check=False):
    env = {**os.environ, "PRAKTIJKDESK_DATA_DIR": str(data_dir)}
    result = subprocess.run(
        [sys.executable, "-m", "praktijkdesk", *args],
        input=input,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr}")
    return result


@pytest.fixture
def cli():
    return run_cli


def json_of(result):
    return json.loads(result.stdout)
