# Replaces PyInstaller's hook of the same name: the same collection, minus unused Qt plugins.
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from qt_trim import trimmed_qt_dependencies

hiddenimports, binaries, datas = trimmed_qt_dependencies(__file__)
