"""Read aloud in Dutch, offline, with the platform's own speech (issue #16).

pyttsx3 drives Windows SAPI5 (a Dutch voice comes with every Dutch Windows), macOS NSSpeech
and, on Linux, espeak-ng (voice ``nl``; played with ``aplay``). Everything runs on one worker
thread: the engine is made there (SAPI is COM and belongs to the thread that made it), so
neither starting the engine nor speaking ever blocks the GUI thread.

``Speaker.available`` turns True only once a Dutch voice is found; until then, and for good
where there is none, the speaker buttons stay hidden (never a button that does nothing).
"""

from __future__ import annotations

import os
import queue
import shutil
import sys
import threading
from collections.abc import Callable

from PySide6 import QtCore

from praktijkdesk.platform.windows import com_initialise

# PRAKTIJKDESK_SPEECH=0 switches read-aloud off (tests, a shared PC where sound disturbs).
ENV_SWITCH = "PRAKTIJKDESK_SPEECH"


def is_dutch(voice) -> bool:
    """A voice object from pyttsx3 (SAPI, NSSpeech or espeak) that speaks Dutch."""
    languages = " ".join(
        (lang.decode("ascii", "ignore") if isinstance(lang, bytes) else str(lang))
        for lang in (getattr(voice, "languages", None) or ())
    )
    words = f"{languages} {getattr(voice, 'id', '')} {getattr(voice, 'name', '')}".lower()
    return (
        any(
            part in ("nl", "nl-nl", "nl_nl", "nl-be", "nl_be")
            for part in words.replace("/", " ").replace("\\", " ").replace(".", " ").split()
        )
        or "dutch" in words
        or "nl-nl" in words
        or "nederlands" in words
    )


def default_engine():
    """The platform's engine with a Dutch voice chosen, or None when there is none."""
    if sys.platform.startswith("linux") and shutil.which("aplay") is None:
        return None  # espeak-ng speaks through aplay: without it nothing would be heard
    try:
        import pyttsx3
    except ImportError:
        return None
    engine = pyttsx3.init()
    voice = next((v for v in engine.getProperty("voices") or () if is_dutch(v)), None)
    if voice is None:
        return None
    engine.setProperty("voice", voice.id)
    engine.setProperty("rate", 150)  # calm: a little slower than the default 200
    return engine


class Speaker(QtCore.QObject):
    """One worker thread that owns the engine; ``say`` only puts text in its queue."""

    availability_changed = QtCore.Signal(bool)

    def __init__(self, engine_factory: Callable[[], object] | None = None, parent=None):
        super().__init__(parent)
        self.available = False
        self.spoken: list[str] = []  # what was sent to the engine (for tests and the log)
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._factory = engine_factory or default_engine
        self._thread: threading.Thread | None = None
        if os.environ.get(ENV_SWITCH, "1") == "0":
            return
        self._thread = threading.Thread(target=self._run, name="praktijkdesk-speech", daemon=True)
        self._thread.start()

    def say(self, text: str) -> bool:
        """Read ``text`` aloud; False (and nothing happens) when there is no voice."""
        if not self.available or not text.strip():
            return False
        self._queue.put(text)
        return True

    def close(self) -> None:
        self._queue.put(None)

    # The worker ------------------------------------------------------------------------
    def _run(self) -> None:
        com_initialise()  # Windows: SAPI is COM, initialised on this thread
        try:
            engine = self._factory()
        except Exception:  # no driver, a broken voice: read-aloud simply is not there
            engine = None
        if engine is None:
            return
        self._set_available(True)
        while True:
            text = self._queue.get()
            while not self._queue.empty():  # a second tap replaces what was waiting
                text = self._queue.get()
            if text is None:
                return
            try:
                engine.say(text)
                engine.runAndWait()
                self.spoken.append(text)
            except Exception:  # a voice that fails now: hide the buttons, never crash
                self._set_available(False)
                return

    def _set_available(self, value: bool) -> None:
        self.available = value
        try:
            # Emitted from the worker: Qt queues it to the receivers' (GUI) thread.
            self.availability_changed.emit(value)
        except RuntimeError:  # the window that owned this speaker is gone (app closing)
            pass
