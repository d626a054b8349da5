"""The demo commune ("Ủy ban nhân dân xã Tân Phú", two years of records), written through the services.

``data.py`` holds the commune's data, ``script.py`` what happens in it day by day (reading the data), ``helpers.py``
the small tools both use. ``create_demo(db)`` fills an empty database, ``create_demo_file(path)`` a new file
(whole or not at all); ``DEMO_ACCOUNTS`` lists its accounts.
"""

from qms_desktop.services.demo.data import DEMO_ACCOUNTS, SEED
from qms_desktop.services.demo.helpers import tthc_days
from qms_desktop.services.demo.script import create_demo, create_demo_file

__all__ = ["DEMO_ACCOUNTS", "SEED", "create_demo", "create_demo_file", "tthc_days"]
