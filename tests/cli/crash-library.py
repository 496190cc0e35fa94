#!/usr/bin/env python3
"""crash-library.py DB [damage]: end a write to the library DB the way a
killed process does (the write-ahead log left with content, nothing
holding the library open), and with "damage" also overwrite a page in
the middle of the file (a disk that lost a write). For tests/cli/limits.sh.
"""
import os, sqlite3, sys

db = sys.argv[1]
c = sqlite3.connect(db)
c.execute('PRAGMA wal_autocheckpoint=0')
c.execute("INSERT OR REPLACE INTO state VALUES('crash-probe', '1')")
c.commit()
if len(sys.argv) > 2:
    with open(db, 'r+b') as f:
        n = os.path.getsize(db)
        f.seek((n // 4096 // 2) * 4096)
        f.write(b'\xab' * 4096)
os._exit(0)   # no close: as if killed
