#!/usr/bin/env python3
"""growth: how segmentation's time and memory grow with the page (work
item 13: every step O(n log n) or better). Writes pages of doubling size
in three shapes and runs tests/segdump on each:

  growth.py SEGDUMP WORKDIR

  line   one line of 1, 2, 4, 8 MB (no line breaks at all)
  short  25k, 50k, 100k, 200k lines of one character
  column ordinary column text, 1, 2, 4, 8 MB (paragraphs of short lines)

Prints seconds and peak KB per run (the kernel counts the spawning
Python's own pages too, so about 14 MB is a floor) and the exponent of
each doubling
(log2 of the time ratio: 1 is linear, 2 quadratic). Asserts nothing:
`make bench` shows it.
"""
import math, os, random, resource, subprocess, sys, time

HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]


def page_line(rng, mb):
    return ''.join(rng.choice(HAN) for _ in range(mb * 1000000 // 3))


def page_short(rng, k):
    return '\n'.join(rng.choice(HAN) for _ in range(k * 1000)) + '\n'


def page_column(rng, mb):
    out, size = [], 0
    while size < mb * 1000000:
        n = rng.randint(40, 300)
        t = ''.join(rng.choice(HAN) for _ in range(n)) + '。'
        p = '\n'.join(t[i:i + 16] for i in range(0, len(t), 16))
        if rng.random() < 0.05:
            p = ''.join(rng.choice(HAN) for _ in range(12)) + '\n' + p
        out.append(p)
        size += len(p.encode())
    return '\n'.join(out) + '\n'


def run(segdump, path):
    # posix_spawn, not fork: a forked child would count the parent's
    # pages in its peak memory.
    fd = os.open(os.devnull, os.O_WRONLY)
    t0 = time.perf_counter()
    pid = os.posix_spawn(segdump, [segdump, path], os.environ,
                         file_actions=[(os.POSIX_SPAWN_DUP2, fd, 1)])
    _, status, ru = os.wait4(pid, 0)
    secs = time.perf_counter() - t0
    os.close(fd)
    return secs, ru.ru_maxrss, status


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    segdump, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    shapes = [('line', page_line, (1, 2, 4, 8), 'MB'),
              ('short', page_short, (25, 50, 100, 200), 'k lines'),
              ('column', page_column, (1, 2, 4, 8), 'MB')]
    for name, make, sizes, unit in shapes:
        prev = None
        for size in sizes:
            path = os.path.join(work, 'growth-%s-%d.txt' % (name, size))
            if not os.path.exists(path):
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(make(random.Random(size), size))
            secs, kb, status = run(segdump, path)
            exp = ' exponent %.2f' % math.log2(secs / prev) if prev else ''
            print('%-6s %3d %-7s %7.3f s %8d KB%s%s' % (
                name, size, unit, secs, kb, exp,
                '' if status == 0 else ' (exit status %d)' % status))
            prev = secs


if __name__ == '__main__':
    main()
