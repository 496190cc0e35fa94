#!/usr/bin/env python3
"""Evaluate lreader's importer on made-up page dumps with known truth.

Usage: python3 tests/eval-pages.py [-v] [--lreader PATH] [PAGE.txt ...]

Each tests/data/pages/NAME.txt has its ground truth in NAME.json:
{"articles": [{"kind", "title" (null: the page prints none), "kicker",
"subtitle", "byline", "paragraphs": [str | {"heading": str}],
"captions": [str]}]} in page order.  A photo item's paragraphs are its
lead-in (if any) and its caption, its byline the credit.

Each page is imported into a fresh library and exported as JSON lines.
Truth articles are paired with exported ones by body similarity; then per
page it prints: exact articles (title, body and paragraph breaks all
right), body similarity (difflib, weighted by length), paragraph-break
precision/recall, and the differences found.  Not part of `make check`:
an evaluation aid for the importer's heuristics.
"""
import difflib, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WS = re.compile(r'\s+')


def norm(s):
    return WS.sub('', s or '')


def ptext(p):
    return p['heading'] if isinstance(p, dict) else p


def truth_body(a):
    return [norm(ptext(p)) for p in a['paragraphs']]


def exp_body(e):
    if e['kind'] == 'photo':
        return [norm(p['text']) for p in e['paragraphs']]
    return [norm(p['text']) for p in e['paragraphs'] if p['kind'] != 'caption']


def credit_free(s):
    """Photo credit as a byline: compare names only."""
    return re.sub(r'(记者|摄)', '', norm(s))


def run(lreader, page):
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, 'p.db')
        r = subprocess.run([lreader, '--db', db, 'import', page],
                           capture_output=True, text=True)
        if r.returncode != 0:
            return None, r.stderr.strip() or r.stdout.strip()
        r = subprocess.run([lreader, '--db', db, 'export', '--format', 'jsonl'],
                           capture_output=True, text=True)
        if r.returncode != 0:
            return None, r.stderr.strip()
        return [json.loads(l) for l in r.stdout.splitlines() if l.strip()], None


def sim(a, b):
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def pair(truth, exp):
    """Greedy pairing on body similarity (best pairs first)."""
    cand = []
    for i, t in enumerate(truth):
        tb = ''.join(truth_body(t))
        for j, e in enumerate(exp):
            eb = ''.join(exp_body(e))
            # cheap filter: shared 4-grams
            s = sim(tb, eb) if set(tb[k:k + 4] for k in range(0, len(tb), 4)) & \
                set(eb[k:k + 4] for k in range(len(eb))) else 0.0
            if s > 0.2:
                cand.append((s, i, j))
    cand.sort(reverse=True)
    ti, ej, m = set(), set(), {}
    for s, i, j in cand:
        if i in ti or j in ej:
            continue
        ti.add(i); ej.add(j); m[i] = (j, s)
    return m


def starts(paras):
    """Paragraph breaks as the text around each break."""
    out = set()
    for k in range(1, len(paras)):
        out.add(paras[k - 1][-6:] + '|' + paras[k][:10])
    return out


def short(s, n=34):
    s = s.replace('\n', ' ')
    return s if len(s) <= n else s[:n // 2] + '…' + s[-n // 2:]


def artefacts(exp):
    found = []
    seen = {}
    for e in exp:
        fields = [('title', e['title']), ('byline', e['byline']),
                  ('subtitle', e['subtitle'])]
        fields += [(p['kind'], p['text']) for p in e['paragraphs']]
        for kind, t in fields:
            if not t:
                continue
            if re.search(r'(?:[\u3400-\u9fff] ){3,}', t):
                found.append('spaced-out run in %s: %s' % (kind, short(re.search(r'(?:[\u3400-\u9fff] ){3,}.{0,6}', t).group(0))))
            m = re.search(r'([\u3400-\u9fff“”：]{%d,})\1' % (5 if kind == 'text' else 2), t)
            m = m or re.search(r'：：|。。|摄摄|””|““', t)
            if m:
                found.append('doubled text in %s: %s' % (kind, short(m.group(0))))
            if kind in ('text', 'heading') and '图为' in t:
                found.append('caption inside %s #%d: %s' % (kind, e['seq'], short(t[t.index('图为'):], 40)))
            if kind in ('text', 'heading') and re.search(r'整理$|^□|摄$', t.strip()):
                found.append('credit/byline left in %s #%d: %s' % (kind, e['seq'], short(t, 30)))
            n = norm(re.sub(r'[，。、；：“”！？（）]', '', t))
            if kind != 'title' and len(n) >= 20:
                if n in seen:
                    found.append('repeated %s (#%d and #%d): %s' % (kind, seen[n], e['seq'], short(t, 24)))
                else:
                    seen[n] = e['seq']
    return found


def field_ok(truth, got, name):
    """Kicker, subtitle, byline: equal ignoring white space (a subtitle's
    leading —— and a byline's □ aside; a kicker may hold more, as a
    banner with its subtitle does); a photo's credit compared by name."""
    tv, gv = norm(truth.get(name)), norm(got.get(name))
    if name == 'subtitle':
        tv, gv = tv.lstrip('—'), gv.lstrip('—')
    if name == 'byline':
        tv, gv = tv.lstrip('□'), gv.lstrip('□')
        if truth['kind'] == 'photo':
            tv, gv = credit_free(tv), credit_free(gv)
    if name == 'kicker' and tv:
        return tv in gv
    return tv == gv


def evaluate(lreader, page, verbose):
    truth = json.load(open(page[:-4] + '.json'))['articles']
    exp, err = run(lreader, page)
    name = os.path.basename(page)[:-4]
    if exp is None:
        print('%-28s IMPORT FAILED: %s' % (name, err))
        return dict(n=len(truth), exact=0, chars=sum(len(''.join(truth_body(a))) for a in truth),
                    simw=0.0, bt=0, be=0, bh=0, extra=0)
    m = pair(truth, exp)
    notes = []
    exact = 0
    simw = 0.0
    chars = 0
    bt = be = bh = 0
    for i, t in enumerate(truth):
        tb = truth_body(t)
        tbs = ''.join(tb)
        chars += len(tbs)
        label = '#%d %s' % (i + 1, short(t['title'] or ('(%s) ' % t['kind']) + tb[0], 24))
        if i not in m:
            notes.append('MISSING %s' % label)
            bt += len(tb) - 1
            continue
        j, s = m[i]
        e = exp[j]
        eb = exp_body(e)
        ebs = ''.join(eb)
        simw += sim(tbs, ebs) * len(tbs)
        T, E = starts(tb), starts(eb)
        bt += len(T); be += len(E); bh += len(T & E)
        ok = True
        if t['title'] is not None and norm(t['title']) != norm(e['title']):
            ok = False
            notes.append('%s: title %r, got %r' % (label, t['title'], e['title']))
        if t['title'] is None and not norm(e['title']):
            ok = False
            notes.append('%s: empty title' % label)
        if t['kind'] != e['kind']:
            ok = False
            notes.append('%s: kind %s, got %s' % (label, t['kind'], e['kind']))
        if tbs != ebs:
            ok = False
            sm = difflib.SequenceMatcher(None, tbs, ebs, autojunk=False)
            for op, a1, a2, b1, b2 in sm.get_opcodes():
                if op == 'equal':
                    continue
                ctx = tbs[max(0, a1 - 8):a1]
                if op == 'delete':
                    notes.append('%s: body lacks %r (after …%s)' % (label, short(tbs[a1:a2], 60), ctx))
                elif op == 'insert':
                    notes.append('%s: body has extra %r (after …%s)' % (label, short(ebs[b1:b2], 60), ctx))
                else:
                    notes.append('%s: body %r became %r' % (label, short(tbs[a1:a2], 40), short(ebs[b1:b2], 40)))
        if T != E:
            ok = False
            for b in sorted(T - E):
                notes.append('%s: lost break %s' % (label, b))
            for b in sorted(E - T):
                notes.append('%s: extra break %s' % (label, b))
        # headings and captions
        th = [norm(p['heading']) for p in t['paragraphs'] if isinstance(p, dict)]
        eh = [norm(p['text']) for p in e['paragraphs'] if p['kind'] == 'heading']
        if th != eh:
            ok = False
            notes.append('%s: headings %s, got %s' % (label, th, eh))
        tc = sorted(norm(c) for c in t.get('captions', []))
        ec = sorted(norm(p['text']) for p in e['paragraphs'] if p['kind'] == 'caption') \
            if e['kind'] != 'photo' else []
        if tc != ec:
            notes.append('%s: captions %s, got %s' % (label, [short(c) for c in tc], [short(c) for c in ec]))
        for f in ('kicker', 'subtitle', 'byline'):
            if not field_ok(t, e, f):
                notes.append('%s: %s %r, got %r' % (label, f, t.get(f), e.get(f)))
        if ok:
            exact += 1
    paired = {j for j, _ in m.values()}
    extra = 0
    for j, e in enumerate(exp):
        if j not in paired:
            body = ''.join(exp_body(e))
            extra += 1
            notes.append('EXTRA #%d %s %r (%d chars): %s' % (e['seq'], e['kind'], short(e['title'], 24), len(body), short(body, 50)))
    notes += artefacts(exp)
    p = bh / be if be else 1.0
    r = bh / bt if bt else 1.0
    print('%-28s exact %d/%d  body %.3f  breaks P %.2f R %.2f  extra %d' %
          (name, exact, len(truth), simw / chars if chars else 1.0, p, r, extra))
    for n in notes if verbose else notes[:12]:
        print('    ' + n)
    if not verbose and len(notes) > 12:
        print('    … %d more (-v)' % (len(notes) - 12))
    return dict(n=len(truth), exact=exact, chars=chars, simw=simw, bt=bt, be=be, bh=bh, extra=extra)


def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    args = [a for a in args if a != '-v']
    lreader = os.environ.get('LREADER', './lreader')
    if '--lreader' in args:
        k = args.index('--lreader')
        lreader = args[k + 1]
        del args[k:k + 2]
    pages = args or sorted(os.path.join(HERE, 'data', 'pages', f)
                           for f in os.listdir(os.path.join(HERE, 'data', 'pages'))
                           if f.endswith('.txt'))
    tot = dict(n=0, exact=0, chars=0, simw=0.0, bt=0, be=0, bh=0, extra=0)
    for pg in pages:
        r = evaluate(lreader, pg, verbose)
        for k in tot:
            tot[k] += r[k]
    print('TOTAL: exact %d/%d (%.0f%%)  body %.3f  breaks P %.2f R %.2f  extra %d' % (
        tot['exact'], tot['n'], 100.0 * tot['exact'] / max(1, tot['n']),
        tot['simw'] / max(1, tot['chars']),
        tot['bh'] / max(1, tot['be']), tot['bh'] / max(1, tot['bt']), tot['extra']))


if __name__ == '__main__':
    main()
