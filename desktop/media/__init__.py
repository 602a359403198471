"""Video backends: libVLC (preferred) and Qt Multimedia behind one interface, plus a fake for tests.

Both real backends hand decoded frames to the same painting widget (desktop.qt.video_pane), so
mirroring, overlays and screenshots behave alike whichever one plays.
"""
