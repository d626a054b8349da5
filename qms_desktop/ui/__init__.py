"""The Qt user interface: the only layer that imports QtGui and QtWidgets."""

from qms_desktop.ui import pyside_fix

pyside_fix.install()  # before any signal is emitted (see pyside_fix)
