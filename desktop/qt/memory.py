"""Give back to the system the memory that start-up used and freed.

Start-up parses the routine, builds the window, opens the store and reads the library: many small
allocations that are freed once done. glibc's allocator keeps freed memory at the top of its heaps
for later use, and gives little of it back by itself, so the process kept ~7 MB it no longer used
for as long as it ran (bench/startup.py). `give_back` asks glibc to return it (malloc_trim), once
start-up is over; elsewhere (another C library, or none found) it does nothing.
"""

from __future__ import annotations

import ctypes


def give_back() -> bool:
    """Return freed heap memory to the system; True when glibc did so (or had nothing to give)."""
    try:
        # The symbols the process has loaded, the C library's among them (find_library would start
        # ldconfig to look for it).
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    trim(0)
    return True
