"""The Qt user interface: the only layer that imports QtGui and QtWidgets."""

from qms_desktop.ui import pyside_fix

pyside_fix.install()  # before the first Qt call of a window (see pyside_fix)
