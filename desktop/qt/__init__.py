"""The Qt layer: windows and widgets that lay out and wire; the logic lives in the core."""
