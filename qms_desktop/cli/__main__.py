"""``python -m qms_desktop.cli``: the ``qms`` command."""

from qms_desktop.cli import main

raise SystemExit(main())
