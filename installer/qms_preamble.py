# Inserted by pynsist into bin\qms.exe before qms_desktop.cli:main runs (installer.cfg,
# [Command qms] extra_preamble). When the output of qms is redirected to a file or a pipe,
# Windows' Python writes it in the ANSI code page (cp1252, cp1258), which cannot encode
# precomposed Vietnamese letters such as "Ủ": print() would raise UnicodeEncodeError. Write
# UTF-8 there instead (a console keeps Python's own Unicode console output).
for _stream in (sys.stdout, sys.stderr):
    if _stream is not None and not _stream.isatty() and hasattr(_stream, "reconfigure"):
        _stream.reconfigure(encoding="utf-8", errors="backslashreplace")
