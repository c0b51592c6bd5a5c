"""The process's memory policy: keep freed memory for reuse rather than hand it back to the OS.

glibc's malloc serves blocks above a (dynamic) threshold with fresh ``mmap`` calls and gives
them back on free, and trims the top of its heap when free memory there exceeds another
threshold. The tagger allocates and frees tensors of a few to tens of megabytes for every
batch, so each batch faults its memory in again, page by page: on PolNeAR dev that was over
half a million page faults and a fifth of the tagger's time (``eval/benchmark.md``).
:func:`keep_freed_memory` raises both thresholds once per process. The command line and
``claims batch``'s workers call it; a program that embeds claims may call it too.
"""

from __future__ import annotations

import ctypes
import ctypes.util

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # mallopt parameters, from glibc's malloc.h
MMAP_THRESHOLD = 32 * 1024 * 1024  # glibc's largest: blocks up to 32 MiB come from the heap
TRIM_THRESHOLD = 1024 * 1024 * 1024  # keep up to 1 GiB of free heap for the next batch


def keep_freed_memory() -> bool:
    """Ask glibc's malloc to reuse freed memory; False where the C library is not glibc (nothing changed)."""
    try:
        mallopt = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
