#!/usr/bin/env python3
"""make bench: one table of lreader's figures on synthetic archives.

  bench.py            (run by tests/bench.sh; settings in the environment)

For each size in BENCH_SIZES (default "4000 14600" pages) it builds the
archive with ../shared/tools/make-archive (kept in BENCH_DIR for the next
run) and measures, each figure the median of BENCH_RUNS runs (default 5,
at least 5):

  import      fresh library each run: MB/s of page text, pages/s, peak
              memory (the importer's own maximum resident size)
  size        library bytes / page text bytes
  newsboat    (when installed) `newsboat -x reload` of the same archive
              written as local RSS 2.0 files, a feed a month, an item a
              page with its text: MB/s of page text and peak memory,
              beside lreader's import; a line says it is skipped if not
  append      BENCH_APPEND_PAGES (default 4000) pages of later dates
              imported into an empty library and onto a copy of this
              size's library, in turn: MB/s of each and their ratio
  paint       cold first paint of the interface in a 120x40 tmux pane
              (a new tmux server each start, the one before killed), to
              the first sidebar row on screen; the floor is the same
              harness showing the same row with cat, started just before
              each paint start (a round). The table gives the medians,
              and the paint less the floor of its round (the median of
              the rounds: lreader's own step) beside the slowest floor
              and the slowest paint (the machine's load). Peak memory of
              the interface: its VmHWM once painted.
  paging      page-up in the sidebar (its cursor starts on the newest
              issue, at the bottom), key sent to screen changed, and
              the same harness's floor (a key echoed by cat)
  search      whole process, `search --limit 20 Q` and `search --count Q`
              for queries of 1 to 5 characters (乡村振兴: a common phrase,
              its title hits rare among its hits), a rare pair, an absent
              pair and a Latin word
              (n/a when this lreader has no --count)
  streaming   peak memory of list, export and search with no --limit
              (the commonest query), output to /dev/null
  layout      tests/bench-store -l: articles laid out at 80 columns, MB/s
  segment     tests/segdump (decoding, cleaning, segmenting; no library)
              over the archive's first SEGMENT_PAGES pages: ms a page

Every command is printed before its figures so that anyone can repeat it.
Times are taken in this one process (time.perf_counter around the child,
os.wait4 for its own resource use): no timer forks per run. Nothing is
asserted: speed is shown here, not in make check.
"""
import datetime
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from xml.sax.saxutils import escape

LREADER = os.path.abspath(os.environ.get("LREADER", "./lreader"))
BENCH_STORE = os.path.abspath(os.environ.get("BENCH_STORE",
                                             "./tests/bench-store"))
SEGDUMP = os.path.abspath(os.environ.get("SEGDUMP", "./tests/segdump"))
# Pages segmented for the segment row: a second or so a run.
SEGMENT_PAGES = 1000
TOP = os.environ.get("top_srcdir", ".")
TOOL = os.path.join(TOP, "..", "shared", "tools", "make-archive")
WORK = os.path.abspath(os.environ.get("BENCH_DIR", "bench-work"))
SIZES = [int(x) for x in os.environ.get("BENCH_SIZES", "4000 14600").split()]
RUNS = max(5, int(os.environ.get("BENCH_RUNS", "5")))
# Starts of the interface timed for the paint and paging rows (cheap).
STARTS = max(RUNS, 10)
QUERIES = [("1 char", "吕"), ("2 chars", "吕梁"), ("3 chars", "数字化"),
           ("4 chars", "乡村振兴"), ("5 chars", "大数据产业"),
           ("rare pair", "心数"),
           ("absent", "龘龖"), ("Latin", "AlphaFold2")]
# A pane's screen is polled this often (seconds) while waiting for it.
POLL = 0.001
# Longest wait for a screen, in seconds.
WAIT_MAX = 10
ENV = dict(os.environ, LC_ALL="C.UTF-8", TERM="screen")
ENV.pop("TMUX", None)
# The tmux servers' sockets in a folder of the bench's own, removed at the
# end: tmux 3.3a's kill-server leaves its socket file behind.
TMUX_DIR = os.path.join(WORK, "tmux")
ENV["TMUX_TMPDIR"] = TMUX_DIR

rows = []   # (size, figure, value) for the table


def say(*a):
    print(*a, flush=True)


def show(cmd):
    say("  $ " + " ".join(shlex.quote(c) for c in cmd))


def timed(cmd, out=subprocess.DEVNULL):
    """Run cmd; its wall time in s, its peak resident size in KiB, its
    exit status. Timed here, around the child alone."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, env=ENV)
    _, status, ru = os.wait4(p.pid, 0)
    t = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return t, ru.ru_maxrss, p.returncode


def timed_peak(cmd, env=ENV):
    """As timed, with the peak resident size of cmd itself: os.wait4's
    ru_maxrss of a child forked from this process starts at this
    process's own resident size (tens of MB once the archive's files are
    listed), which exec keeps; bench-store -x forks it from a small
    process instead."""
    return timed_cpu(cmd, env)[:3]


def timed_cpu(cmd, env=ENV):
    """As timed_peak, and the CPU seconds of cmd (user and system, as
    bench-store -x reports them; 0 from an older bench-store)."""
    t0 = time.perf_counter()
    p = subprocess.run([BENCH_STORE, "-x"] + cmd, stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, env=env)
    t = time.perf_counter() - t0
    out = p.stdout.decode().split()
    try:
        kib = int(out[0])
    except (ValueError, IndexError):
        kib = 0
    try:
        cpu = float(out[1])
    except (ValueError, IndexError):
        cpu = 0.0
    return t, kib, p.returncode, cpu


def median(v):
    return statistics.median(v)


def text_bytes(arch):
    n = pages = 0
    for d, _, files in os.walk(arch):
        for f in files:
            if f.endswith(".txt"):
                n += os.path.getsize(os.path.join(d, f))
                pages += 1
    return n, pages


def rm_db(db):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)


def archive(n):
    arch = os.path.join(WORK, "archive-%d" % n)
    if not os.path.isdir(arch):
        say("building %s (%d pages) ..." % (arch, n))
        subprocess.run([sys.executable, TOOL, arch + ".tmp", str(n), "1"],
                       check=True, stdout=subprocess.DEVNULL)
        os.rename(arch + ".tmp", arch)
    return arch


# The appended archive: APPEND_PAGES pages of another seed, moved
# APPEND_YEARS years on, so that its issues come after every size's last
# (make-archive starts all archives on 2015-01-01; 14,600 pages end in
# 2025-11) and go where a reader's next years would.
APPEND_PAGES = int(os.environ.get("BENCH_APPEND_PAGES", "4000"))
APPEND_SEED = 2
APPEND_YEARS = 11


def later_archive():
    arch = os.path.join(WORK, "archive-later-%d" % APPEND_PAGES)
    if not os.path.isdir(arch):
        tmp = arch + ".tmp"
        say("building %s (%d pages, seed %d, %d years on) ..." %
            (arch, APPEND_PAGES, APPEND_SEED, APPEND_YEARS))
        shutil.rmtree(tmp, ignore_errors=True)
        subprocess.run([sys.executable, TOOL, tmp, str(APPEND_PAGES),
                        str(APPEND_SEED)], check=True,
                       stdout=subprocess.DEVNULL)
        os.makedirs(arch + ".years")
        for y in sorted(os.listdir(tmp)):
            os.rename(os.path.join(tmp, y), os.path.join(
                arch + ".years", "%04d" % (int(y) + APPEND_YEARS)))
        os.rmdir(tmp)
        os.rename(arch + ".years", arch)
    return arch


def bench_import(n, arch, db, nbytes):
    say("== import, %d pages (%.1f MB of page text), %d runs, a fresh "
        "library each" % (n, nbytes / 1e6, RUNS))
    cmd = [LREADER, "--db", db, "import", arch]
    show(cmd)
    times, peaks = [], []
    for _ in range(RUNS):
        rm_db(db)
        t, kib, rc = timed_peak(cmd)
        if rc != 0:
            say("  import failed (exit %d)" % rc)
        times.append(t)
        peaks.append(kib)
    t = median(times)
    say("  wall s: " + " ".join("%.2f" % x for x in times))
    rows.append((n, "import MB/s", "%.1f" % (nbytes / 1e6 / t)))
    rows.append((n, "import pages/s", "%.0f" % (n / t)))
    rows.append((n, "import peak MiB", "%.1f" % (median(peaks) / 1024)))
    size = sum(os.path.getsize(db + s) for s in ("", "-wal")
               if os.path.exists(db + s))
    rows.append((n, "library / page text", "%.2fx" % (size / nbytes)))


def bench_append(n, db, later):
    """Import the later archive into an empty library and onto a copy of
    the n-page one (work item 11: appending must be no slower), the two
    taken in turn so that the machine's load falls on both alike. Each
    copy is synced to disk before its import, so that the import does not
    pay for writing the copy back."""
    nbytes, pages = text_bytes(later)
    into = os.path.join(WORK, "append-%d.db" % n)
    say("== append: %d later pages (%.1f MB) into an empty library and onto "
        "a copy of the %d-page one, %d runs each" %
        (pages, nbytes / 1e6, n, RUNS))
    cmd = [LREADER, "--db", into, "import", later]
    show(cmd)
    say("  (onto: the same after cp %s %s)" % (db, into))
    empty, onto, cpu_empty, cpu_onto = [], [], [], []
    for _ in range(RUNS):
        for times, cpus, base in ((empty, cpu_empty, None),
                                  (onto, cpu_onto, db)):
            rm_db(into)
            if base is not None:
                shutil.copyfile(base, into)
            os.sync()
            t, _, rc, cpu = timed_cpu(cmd)
            if rc != 0:
                say("  import failed (exit %d)" % rc)
            times.append(t)
            cpus.append(cpu)
    rm_db(into)
    say("  empty wall s: " + " ".join("%.2f" % x for x in empty))
    say("  onto  wall s: " + " ".join("%.2f" % x for x in onto))
    say("  empty CPU s:  " + " ".join("%.2f" % x for x in cpu_empty))
    say("  onto  CPU s:  " + " ".join("%.2f" % x for x in cpu_onto))
    te, to = median(empty), median(onto)
    # The CPU ratio beside the wall one: on a loaded machine the wall
    # times of the two move with the load, their CPU times far less.
    ce, co = median(cpu_empty), median(cpu_onto)
    rows.append((n, "append %d later pages MB/s: empty / onto library "
                 "(onto / empty; CPU)" % pages, "%.1f / %.1f (%.2f; %s)" %
                 (nbytes / 1e6 / te, nbytes / 1e6 / to, te / to,
                  "%.2f" % (ce / co) if co > 0 else "-")))


class Pane:
    """A tmux server of its own and one 120x40 pane running cmd."""
    count = 0

    def __init__(self, cmd):
        Pane.count += 1
        self.sock = "lreader-bench-%d-%d" % (os.getpid(), Pane.count)
        self.t0 = time.perf_counter()
        subprocess.run(self.tm("new-session", "-d", "-s", "b", "-x", "120",
                               "-y", "40", cmd, ";", "set", "-g", "status",
                               "off", ";", "set", "-g", "remain-on-exit",
                               "on"), env=ENV, check=True)

    def tm(self, *a):
        return ["tmux", "-L", self.sock, "-f", "/dev/null"] + list(a)

    def screen(self):
        return subprocess.run(self.tm("capture-pane", "-p", "-t", "b"),
                              env=ENV, capture_output=True,
                              text=True).stdout

    def wait(self, test):
        """Seconds from self.t0 until test(screen) holds, or None."""
        while time.perf_counter() - self.t0 < WAIT_MAX:
            s = self.screen()
            if test(s):
                return time.perf_counter() - self.t0
            time.sleep(POLL)
        return None

    def keys(self, *k):
        self.t0 = time.perf_counter()
        subprocess.run(self.tm("send-keys", "-t", "b") + list(k), env=ENV)

    def pid(self):
        out = subprocess.run(self.tm("list-panes", "-t", "b", "-F",
                                     "#{pane_pid}"), env=ENV,
                             capture_output=True, text=True).stdout
        return int(out.split()[0])

    def kill(self):
        subprocess.run(self.tm("kill-server"), env=ENV,
                       stderr=subprocess.DEVNULL)


def hwm_kib(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def ms(v):
    return "%.1f" % (v * 1000) if v is not None else "-"


def bench_screen(n, db):
    # A day row of the edition tree: " 2015-01-03 · 4 pages · 40 unread".
    mark = " pages"
    marker = os.path.join(WORK, "marker.txt")
    with open(marker, "w") as f:
        f.write(" 2015-01-01 · 4 pages · floor\n")
    say("== first paint at 120x40 in tmux, %d starts (a new tmux server "
        "each, the one before killed), and paging" % STARTS)
    ui = "exec %s --db %s" % (shlex.quote(LREADER), shlex.quote(db))
    floor_cmd = "cat %s; exec cat" % shlex.quote(marker)
    say("  $ tmux -L SOCK -f /dev/null new-session -d -x 120 -y 40 "
        + shlex.quote(ui) + "   (then capture-pane until ' pages' shows)")
    say("  floor: the same with " + shlex.quote(floor_cmd))
    say("  paging: send-keys b (page-up) in the sidebar until the screen changes;"
        " floor: send-keys x to the cat until it shows")
    paint, floor, page, pfloor, hwm = [], [], [], [], []
    prev = None
    for _ in range(STARTS):
        for cmd, into in ((floor_cmd, floor), (ui, paint)):
            if prev is not None:
                prev.kill()
            p = Pane(cmd)
            into.append(p.wait(lambda s: mark in s))
            prev = p
            if cmd is floor_cmd:
                p.keys("x")
                pfloor.append(p.wait(lambda s: "x" in s.split("floor", 1)[-1]))
                continue
            k = hwm_kib(p.pid())
            if k is not None:
                hwm.append(k)
            before = p.screen()
            p.keys("b")
            page.append(p.wait(lambda s, b=before: s != b))
    if prev is not None:
        prev.kill()
    ok = [x for x in paint if x is not None]
    fl = [x for x in floor if x is not None]
    # Each round is a floor start, then a paint start, in the same
    # moment: their difference is lreader's own step, the machine's
    # load (which other sessions share) moving both.
    step = [p - f for p, f in zip(paint, floor)
            if p is not None and f is not None]
    say("  paint ms: " + " ".join(ms(x) for x in paint))
    say("  floor ms: " + " ".join(ms(x) for x in floor))
    say("  paint - floor, each round, ms: " + " ".join(ms(x) for x in step))
    if ok and fl:
        rows.append((n, "first paint ms (floor)", "%s (%s)" %
                     (ms(median(ok)), ms(median(fl)))))
    if step:
        rows.append((n, "paint - floor ms, median of rounds (slowest "
                     "floor / paint)", "%s (%s / %s)" %
                     (ms(median(step)), ms(max(fl)), ms(max(ok)))))
    pg = [x for x in page if x is not None]
    pf = [x for x in pfloor if x is not None]
    if pg and pf:
        rows.append((n, "paging ms (floor)", "%s (%s)" %
                     (ms(median(pg)), ms(median(pf)))))
    if hwm:
        rows.append((n, "interface peak MiB", "%.1f" % (median(hwm) / 1024)))


def bench_search(n, db):
    say("== search, whole process, %d runs each" % RUNS)
    has_count = timed([LREADER, "--db", db, "search", "--count", "x"])[2] == 0
    for name, q in QUERIES:
        first = [LREADER, "--db", db, "search", "--limit", "20", q]
        show(first)
        t = median([timed(first)[0] for _ in range(RUNS)])
        value = ms(t)
        if has_count:
            count = [LREADER, "--db", db, "search", "--count", q]
            show(count)
            out = subprocess.run(count, env=ENV, capture_output=True,
                                 text=True).stdout.strip()
            tc = median([timed(count)[0] for _ in range(RUNS)])
            value += " / %s (%s)" % (ms(tc), out or "?")
        else:
            value += " / n/a"
        rows.append((n, "search %s %s ms: first 20 / count" % (name, q),
                     value))
    if not has_count:
        say("  (this lreader has no search --count: that column reads n/a)")


def bench_related(n, db):
    """related ID (work item 12: within 50 ms at 14,600 pages), whole
    process, for an article near the start, the middle and the end."""
    out = subprocess.run([LREADER, "--db", db, "list"], env=ENV,
                         capture_output=True, text=True).stdout.split("\n")
    ids = [int(l.split("\t")[0]) for l in out if l.strip()]
    if not ids or timed([LREADER, "--db", db, "related", str(ids[0])])[2] \
            not in (0, 1):
        say("  (this lreader has no related: its row is left out)")
        return
    say("== related ID, whole process, %d runs each" % RUNS)
    worst = 0.0
    for i in (ids[0], ids[len(ids) // 2], ids[-1]):
        cmd = [LREADER, "--db", db, "related", str(i)]
        show(cmd)
        worst = max(worst, median([timed(cmd)[0] for _ in range(RUNS)]))
    rows.append((n, "related ID ms (slowest of 3 articles)", ms(worst)))


# The query of bench_stream's search row: the commonest of QUERIES (every
# fourth article or so), so that the hits held, if any are, are the most.
STREAM_QUERY = "吕"


def bench_stream(n, db):
    """Peak memory of the commands that print the whole library: list,
    export and search with no --limit (work item 11: at most 20 MB at any
    size, so they must write rows as they read them). Output to
    /dev/null; one run each, since the peak of the same rows read in the
    same order does not move with the machine's load."""
    say("== streaming output: peak memory of whole-library commands, "
        "output to /dev/null")
    for name, args in (("list", ["list"]), ("export", ["export"]),
                       ("search (all hits)", ["search", STREAM_QUERY])):
        cmd = [LREADER, "--db", db] + args
        show(cmd)
        t, kib, rc = timed_peak(cmd)
        say("  %.2f s, peak %.1f MiB%s" % (t, kib / 1024,
            "" if rc == 0 else ", exit %d" % rc))
        rows.append((n, "%s peak MiB" % name, "%.1f" % (kib / 1024)))


def bench_layout(n, db):
    cmd = [BENCH_STORE, "-l", db, "-w", "80", "-r", str(RUNS)]
    say("== layout")
    show(cmd)
    out = subprocess.run(cmd, env=ENV, capture_output=True,
                         text=True).stdout.strip()
    say("  " + out)
    mbs = out.rsplit(" ", 2)[-2] if out.endswith("MB/s") else "?"
    rows.append((n, "layout MB/s (80 columns)", mbs))


def bench_segment(n, arch):
    pages = []
    for d, _, files in os.walk(arch):
        pages += [os.path.join(d, f) for f in files if f.endswith(".txt")]
    pages = sorted(pages)[:SEGMENT_PAGES]
    cmd = [SEGDUMP] + pages
    say("== segment: decode, clean and segment %d pages in one process, "
        "%d runs" % (len(pages), RUNS))
    say("  $ %s %s/YYYY/MM/DD/page-N.txt ...  (the first %d pages in name "
        "order)" % (shlex.quote(SEGDUMP), arch, len(pages)))
    t = median([timed(cmd)[0] for _ in range(RUNS)])
    rows.append((n, "segment ms a page (segdump)",
                 "%.3f" % (t * 1000 / len(pages))))


# The items' pubDate, RFC 822: its day and month names are English
# whatever the locale, so they are spelled here, not by strftime.
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def rss_month(path, ym, pages):
    """Write one month of the archive as an RSS 2.0 feed: an item a page,
    its whole text the item's description, as a site's feed of the
    paper's pages would carry it."""
    y, m = ym
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<rss version="2.0"><channel>\n'
                "<title>吕梁日报 %04d-%02d</title>\n"
                "<link>file://%s</link>\n"
                "<description>page dumps of %04d-%02d</description>\n" %
                (y, m, escape(path), y, m))
        for d, page, src in pages:
            url = "file://" + escape(src)
            with open(src, encoding="utf-8") as g:
                text = g.read()
            f.write("<item><title>%04d-%02d-%02d page %d</title>"
                    "<link>%s</link><guid>%s</guid>"
                    "<pubDate>%s, %02d %s %04d 06:00:00 +0800</pubDate>"
                    "<description>%s</description></item>\n" %
                    (y, m, d, page, url, url,
                     DAYS[datetime.date(y, m, d).weekday()],
                     d, MONTHS[m - 1], y, escape(text)))
        f.write("</channel></rss>\n")


def rss_feeds(n, arch):
    """The archive as local RSS files, one feed a month, and newsboat's
    urls file naming them by file:// URL (kept in BENCH_DIR like the
    archive). Returns the urls file."""
    out = os.path.join(WORK, "newsboat-%d" % n)
    urls = os.path.join(out, "urls")
    if os.path.exists(urls):
        return urls
    say("writing %s (the archive as RSS, a feed a month) ..." % out)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "home"))
    months = {}
    for d, _, files in os.walk(arch):
        for f in files:
            if not f.endswith(".txt"):
                continue
            y, m, day = (int(x) for x in os.path.relpath(d, arch).split(os.sep))
            page = int(f[len("page-"):-len(".txt")])
            months.setdefault((y, m), []).append((day, page,
                                                   os.path.join(d, f)))
    with open(urls + ".tmp", "w") as u:
        for ym in sorted(months):
            feed = os.path.join(out, "%04d-%02d.xml" % ym)
            rss_month(feed, ym, sorted(months[ym]))
            u.write("file://%s\n" % feed)
    open(os.path.join(out, "config"), "w").close()
    os.rename(urls + ".tmp", urls)
    return urls


def bench_newsboat(n, arch, nbytes):
    """newsboat beside lreader's import: `newsboat -x reload` reading the
    archive converted to local RSS files (its best case: no network),
    into a fresh cache each run, with an empty configuration and a home
    of its own. MB/s of the same page text as lreader's import row."""
    if shutil.which("newsboat") is None:
        say("== newsboat: not installed (command -v newsboat finds none): "
            "its row is skipped")
        return
    urls = rss_feeds(n, arch)
    out = os.path.dirname(urls)
    cache = os.path.join(out, "cache.db")
    cmd = ["newsboat", "-u", urls, "-c", cache, "-C",
           os.path.join(out, "config"), "-x", "reload"]
    say("== newsboat, %d pages (%.1f MB of page text) as %d monthly RSS "
        "feeds, %d runs, a fresh cache each" %
        (n, nbytes / 1e6, sum(1 for _ in open(urls)), RUNS))
    say("  $ HOME=%s %s" % (shlex.quote(os.path.join(out, "home")),
                           " ".join(shlex.quote(c) for c in cmd)))
    env = dict(ENV, HOME=os.path.join(out, "home"))
    times, peaks = [], []
    for _ in range(RUNS + 1):
        for suffix in ("", ".lock", "-journal"):
            if os.path.exists(cache + suffix):
                os.remove(cache + suffix)
        if len(times) == RUNS:
            break   # the last cache removed: it is as big as the text
        t, kib, rc = timed_peak(cmd, env)
        if rc != 0:
            say("  newsboat failed (exit %d)" % rc)
        times.append(t)
        peaks.append(kib)
    say("  wall s: " + " ".join("%.2f" % x for x in times))
    t = median(times)
    rows.append((n, "newsboat -x reload MB/s (peak MiB)", "%.1f (%.1f)" %
                 (nbytes / 1e6 / t, median(peaks) / 1024)))


def table():
    figures = []
    for _, f, _ in rows:
        if f not in figures:
            figures.append(f)
    w = max(len(f) for f in figures)
    head = "%-*s" % (w, "figure") + "".join("  %24s" % ("%d pages" % n)
                                             for n in SIZES)
    say("")
    say(head)
    say("-" * len(head))
    for f in figures:
        line = "%-*s" % (w, f)
        for n in SIZES:
            v = [x for s, g, x in rows if s == n and g == f]
            line += "  %24s" % (v[0] if v else "-")
        say(line)


def main():
    if not os.path.exists(TOOL):
        say("bench: %s is missing" % TOOL)
        return 77
    if shutil.which("tmux") is None:
        say("bench: tmux is needed for the paint and paging rows")
        return 77
    os.makedirs(TMUX_DIR, exist_ok=True)
    t0 = time.perf_counter()
    say("lreader bench: sizes %s, medians of %d runs; %s" %
        (" ".join(map(str, SIZES)), RUNS, LREADER))
    later = later_archive()
    for n in SIZES:
        arch = archive(n)
        nbytes, pages = text_bytes(arch)
        db = os.path.join(WORK, "bench-%d.db" % n)
        bench_import(n, arch, db, nbytes)
        bench_newsboat(n, arch, nbytes)
        bench_append(n, db, later)
        bench_screen(n, db)
        bench_search(n, db)
        bench_related(n, db)
        bench_stream(n, db)
        bench_layout(n, db)
        bench_segment(n, arch)
    shutil.rmtree(TMUX_DIR, ignore_errors=True)
    table()
    say("\n(%.0f s in all)" % (time.perf_counter() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
