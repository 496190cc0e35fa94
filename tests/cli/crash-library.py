#!/usr/bin/env python3
"""crash-library.py DB [damage|checkpoint]: end a write to the library DB
the way a killed process does (the write-ahead log left with content,
nothing holding the library open). With "damage", also overwrite a page
in the middle of the file (a disk that lost a write). With "checkpoint",
the write grows the library and the kill comes in the middle of a
checkpoint that had written page 1 (with the new page count) and no
more: the file is shorter than its header says, and SQLite recovers it
from the log. For tests/cli/limits.sh.
"""
import os, sqlite3, struct, sys

db = sys.argv[1]
mode = sys.argv[2] if len(sys.argv) > 2 else ''
c = sqlite3.connect(db)
c.execute('PRAGMA wal_autocheckpoint=0')
value = 'x' * 400000 if mode == 'checkpoint' else '1'
c.execute("INSERT OR REPLACE INTO state VALUES('crash-probe', ?)", (value,))
c.commit()
if mode == 'damage':
    with open(db, 'r+b') as f:
        # a whole page, of the file's own size (header bytes 16-17;
        # 1 means 65536)
        ps = struct.unpack('>H', f.read(18)[16:18])[0]
        ps = 65536 if ps == 1 else ps
        n = os.path.getsize(db)
        f.seek((n // ps // 2) * ps)
        f.write(b'\xab' * ps)
elif mode == 'checkpoint':
    wal = open(db + '-wal', 'rb').read()
    size = struct.unpack('>I', wal[8:12])[0]
    off, page1 = 32, None
    while off + 24 + size <= len(wal):
        if struct.unpack('>I', wal[off:off + 4])[0] == 1:
            page1 = wal[off + 24:off + 24 + size]
        off += 24 + size
    with open(db, 'r+b') as f:
        f.write(page1)
os._exit(0)   # no close: as if killed
