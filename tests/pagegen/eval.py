#!/usr/bin/env python3
"""eval: score lreader's importer on page dumps with known truth.

  eval.py [-v] [--label NAME] [--lreader PATH] [--min KEY=VALUE ...] DIR|PAGE.txt...

Every PAGE.txt has its truth in PAGE.json ({"articles": [...]}, the format
of tests/data/pages and of pagegen.py). All pages are imported into one
fresh library with the real binary and exported as JSON lines; the
articles of each page are paired with its truth articles by body
similarity. One line of figures:

  NAME: pages=P body=B titles=T meta=M para=F extra=E articles=A

  body    similarity of each truth body to its article's (difflib ratio,
          white space ignored), weighted by length; a missing article is 0
  titles  printed titles that come out equal (white space ignored)
  meta    articles with a printed headline whose subtitle and byline both
          come out equal (a subtitle's leading ——, a byline's □ ignored)
  para    F1 of paragraph breaks, the exported breaks mapped into the
          truth text through the alignment of the two bodies
  extra   exported articles that pair with no truth article
  kicker  (with -v) kickers equal, of those printed

--per-page prints the figures of each page too. With --min KEY=VALUE
(e.g. body=0.95, extra_per_50=2), prints TAP: one check per threshold;
--todo KEY=VALUE adds a check marked TODO (a target not met yet). -v lists
what went wrong, page by page.
"""
import difflib, json, os, re, subprocess, sys, tempfile

WS = re.compile(r'\s+')


def norm(s):
    return WS.sub('', s or '')


def ptext(p):
    return p['heading'] if isinstance(p, dict) else p


def truth_paras(a):
    return [norm(ptext(p)) for p in a['paragraphs']]


def exp_paras(e):
    if e['kind'] == 'photo':
        return [norm(p['text']) for p in e['paragraphs']]
    return [norm(p['text']) for p in e['paragraphs'] if p['kind'] != 'caption']


def import_all(lreader, pages):
    """{page path: [exported articles]} through one library."""
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, 'eval.db')
        out = {p: [] for p in pages}
        # In chunks: the command line has a length limit.
        for k in range(0, len(pages), 200):
            subprocess.run([lreader, '--db', db, 'import'] + pages[k:k + 200],
                           capture_output=True)
        r = subprocess.run([lreader, '--db', db, 'export', '--format', 'jsonl'],
                           capture_output=True, text=True)
        for line in r.stdout.splitlines():
            if line.strip():
                e = json.loads(line)
                if e['source'] in out:
                    out[e['source']].append(e)
        return out


def segdump_all(segdump, pages, env=None):
    """{page path: [articles]} from tests/segdump (no library: for tuning)."""
    out = {p: [] for p in pages}
    for k in range(0, len(pages), 200):
        r = subprocess.run([segdump] + pages[k:k + 200], capture_output=True,
                           text=True, env=env)
        for line in r.stdout.splitlines():
            if line.strip():
                e = json.loads(line)
                if e['source'] in out:
                    out[e['source']].append(e)
    return out


def score_all(pages, exported, notes=None, per_page=False):
    """Totals over pages (see figures())."""
    tot = None
    notes = [] if notes is None else notes
    for p in pages:
        truth = json.load(open(p[:-4] + '.json', encoding='utf-8'))['articles']
        r = score_page(truth, exported[p], notes, os.path.basename(p)[:-4])
        if per_page:
            f = figures(r)
            print('%s body=%.3f titles=%.2f meta=%.2f para=%.2f extra=%d articles=%d' % (
                os.path.basename(p)[:-4], f['body'], f['titles'], f['meta'], f['para'],
                f['extra'], f['articles']))
        tot = r if tot is None else {k: tot[k] + r[k] for k in tot}
    return tot


def grams(s, n=4):
    return {s[k:k + n] for k in range(max(1, len(s) - n + 1))}


def pair(tb, eb):
    """Pairs (truth index, export index, similarity): best first by shared
    4-grams, each article used once; similarity is difflib's ratio."""
    tg = [grams(t) for t in tb]
    eg = [grams(e) for e in eb]
    cand = []
    for i, t in enumerate(tg):
        for j, e in enumerate(eg):
            shared = len(t & e)
            if shared:
                cand.append((shared / max(len(t), len(e)), i, j))
    cand.sort(reverse=True)
    ti, ej, out = set(), set(), []
    for c, i, j in cand:
        if i in ti or j in ej or c < 0.1:
            continue
        ti.add(i)
        ej.add(j)
        s = difflib.SequenceMatcher(None, tb[i], eb[j], autojunk=False).ratio()
        out.append((i, j, s))
    return out


def breaks(paras):
    out, pos = set(), 0
    for p in paras[:-1]:
        pos += len(p)
        out.add(pos)
    return out


def mapped_breaks(tp, ep):
    """True positives, exported breaks and truth breaks of one pair, the
    exported breaks mapped into the truth text through the alignment."""
    t, e = ''.join(tp), ''.join(ep)
    tb, eb = breaks(tp), breaks(ep)
    sm = difflib.SequenceMatcher(None, t, e, autojunk=False)
    got = set()
    for a, b, size in sm.get_matching_blocks():
        for x in eb:
            if b <= x <= b + size:
                got.add(a + (x - b))
    return len(got & tb), len(eb), len(tb)


def field(a, name):
    v = norm(a.get(name))
    if name == 'subtitle':
        v = v.lstrip('—')
    if name == 'byline':
        v = v.lstrip('□■')
        if a['kind'] == 'photo':
            v = re.sub(r'(记者|摄影|摄)', '', v)
    return v


def score_page(truth, exp, notes, name):
    tb = [''.join(truth_paras(a)) for a in truth]
    eb = [''.join(exp_paras(e)) for e in exp]
    pairs = pair(tb, eb)
    by_t = {i: (j, s) for i, j, s in pairs}
    r = dict(pages=1, chars=0, simw=0.0, titled=0, titles=0, headed=0, meta=0,
             kick=0, kicks=0, tp=0, ne=0, nt=0, extra=0, articles=len(truth))
    for i, a in enumerate(truth):
        tp = truth_paras(a)
        r['chars'] += len(tb[i])
        label = '%s #%d %s' % (name, i + 1, (a['title'] or a['kind'])[:16])
        if i not in by_t:
            r['nt'] += len(tp) - 1
            if a['title']:
                r['titled'] += 1
            if a['title'] and a['kind'] != 'note':
                r['headed'] += 1
            notes.append('MISSING %s' % label)
            continue
        j, s = by_t[i]
        e = exp[j]
        r['simw'] += s * len(tb[i])
        if s < 0.98:
            notes.append('%s: body %.2f (%d vs %d chars)' % (label, s, len(tb[i]), len(eb[j])))
        tp_, ne, nt = mapped_breaks(tp, exp_paras(e))
        r['tp'] += tp_
        r['ne'] += ne
        r['nt'] += nt
        if ne != tp_ or nt != tp_:
            notes.append('%s: breaks %d right, %d extra, %d lost' % (label, tp_, ne - tp_, nt - tp_))
        if a['title']:
            r['titled'] += 1
            if norm(a['title']) == norm(e['title']):
                r['titles'] += 1
            else:
                notes.append('%s: title %r, got %r' % (label, a['title'], e['title']))
        if a['title'] and a['kind'] != 'note':
            r['headed'] += 1
            ok = all(field(a, f) == field(e, f) for f in ('subtitle', 'byline'))
            r['meta'] += ok
            if not ok:
                notes.append('%s: subtitle/byline %r / %r, got %r / %r' % (
                    label, a.get('subtitle', ''), a.get('byline', ''), e['subtitle'], e['byline']))
        if a.get('kicker'):
            r['kicks'] += 1
            if field(a, 'kicker') in field(e, 'kicker') and field(e, 'kicker'):
                r['kick'] += 1
            else:
                notes.append('%s: kicker %r, got %r' % (label, a['kicker'], e['kicker']))
    paired = {j for _, j, _ in pairs}
    for j, e in enumerate(exp):
        if j not in paired:
            r['extra'] += 1
            notes.append('EXTRA %s seq %d %s %r: %s' % (name, e['seq'], e['kind'],
                                                       e['title'][:20], eb[j][:40]))
    return r


def figures(t):
    p = t['tp'] / t['ne'] if t['ne'] else 1.0
    rc = t['tp'] / t['nt'] if t['nt'] else 1.0
    return dict(
        pages=t['pages'],
        body=t['simw'] / t['chars'] if t['chars'] else 1.0,
        titles=t['titles'] / t['titled'] if t['titled'] else 1.0,
        meta=t['meta'] / t['headed'] if t['headed'] else 1.0,
        para=2 * p * rc / (p + rc) if p + rc else 0.0,
        extra=t['extra'], articles=t['articles'],
        kicker=t['kick'] / t['kicks'] if t['kicks'] else 1.0,
        extra_per_50=50.0 * t['extra'] / t['articles'] if t['articles'] else 0.0)


def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    per_page = '--per-page' in args
    args = [a for a in args if a not in ('-v', '--per-page')]
    lreader = os.environ.get('LREADER', './lreader')
    label, mins = 'pages', []

    def opt(name):
        k = args.index(name)
        v = args[k + 1]
        del args[k:k + 2]
        return v
    while '--lreader' in args:
        lreader = opt('--lreader')
    while '--label' in args:
        label = opt('--label')
    todos = []
    while '--min' in args:
        mins.append(opt('--min'))
    while '--todo' in args:
        todos.append(opt('--todo'))
    pages = []
    for a in args:
        if os.path.isdir(a):
            pages += sorted(os.path.join(a, f) for f in os.listdir(a) if f.endswith('.txt'))
        else:
            pages.append(a)
    pages = [os.path.abspath(p) for p in pages]
    if not pages:
        sys.exit(__doc__)
    exported = import_all(lreader, pages)
    notes = []
    f = figures(score_all(pages, exported, notes, per_page))
    line = '%s: pages=%d body=%.3f titles=%.2f meta=%.2f para=%.2f extra=%d articles=%d' % (
        label, f['pages'], f['body'], f['titles'], f['meta'], f['para'], f['extra'],
        f['articles'])
    if verbose:
        line += ' kicker=%.2f' % f['kicker']
        for n in notes:
            print('    ' + n)
    if not mins and not todos:
        print(line)
        return
    print('# ' + line)
    bad = 0
    checks = [(m, False) for m in mins] + [(m, True) for m in todos]
    for k, (m, todo) in enumerate(checks):
        key, val = m.split('=')
        got, want = f[key], float(val)
        # Extra articles: at most; everything else: at least.
        good = got <= want if key.startswith('extra') else got >= want
        bad += not good and not todo
        print('%s %d - %s %s %.3f (%s %g)%s' % (
            'ok' if good else 'not ok', k + 1, label, key, got,
            '<=' if key.startswith('extra') else '>=', want,
            ' # TODO the target of work item 9, not met yet' if todo else ''))
    print('1..%d' % len(checks))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
