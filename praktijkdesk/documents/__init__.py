"""PDFs with fpdf2: plain dataclasses in, bytes out; no Qt, no storage.

Import the modules you need (``declaration_pdf``, ``progress_report_pdf``, ``files``); this
package imports nothing itself, because ``import fpdf`` costs ~0.3 s and must stay off the
path to the first screen.
"""
