#!/usr/bin/env python3
"""fastev.py --base BIN [--by-article] SEGDUMP DIR...

For tuning the segmenter: J per folder of generated pages (J = body +
titles + meta + para - 2*extra/articles, the figures eval.py scores),
re-scoring only the pages whose tests/segdump output differs from a
cached run of the base binary BIN (a copy of segdump made before the
change), so that a weight tried through LREADER_SEGMENT_WEIGHTS scores
seven 300-page halves in about a minute. The same J as a full score.
The cache lives in $FASTEV_CACHE (default $TMPDIR/fastev-cache), keyed
by the base binary's hash and the folder.
--by-article: also list, by truth title, the failure notes that the
change removed (+) and added (-) across all DIRs: a gain that sits on
one or two articles deserves a second look.
LREADER_SEGMENT_WEIGHTS passes through to SEGDUMP, never to the base.
"""
import collections, hashlib, json, os, pickle, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval as ev  # noqa: E402

args = sys.argv[1:]
base = None
by_article = False
while args and args[0].startswith('--'):
    a = args.pop(0)
    if a == '--base':
        base = args.pop(0)
    elif a == '--by-article':
        by_article = True
if base is None or len(args) < 2:
    sys.exit(__doc__)
seg = args[0]
cache_dir = os.environ.get('FASTEV_CACHE') or os.path.join(
    os.environ.get('TMPDIR', '/tmp'), 'fastev-cache')
os.makedirs(cache_dir, exist_ok=True)


def J(f):
    return f['body'] + f['titles'] + f['meta'] + f['para'] - 2 * f['extra'] / f['articles']


def score(p, out):
    truth = json.load(open(p[:-4] + '.json', encoding='utf-8'))['articles']
    notes = []
    r = ev.score_page(truth, out, notes, os.path.basename(p)[:-4])
    return r, notes


def key(note):
    """The article a note is about (its title), or the page for extras."""
    m = re.match(r'(?:MISSING )?\S+ #\d+ (.*?)(?::|$)', note)
    if m:
        return m.group(1)
    m = re.match(r'EXTRA (\S+)', note)
    return 'EXTRA on ' + (m.group(1) if m else '?')


bh = hashlib.sha1(open(base, 'rb').read()).hexdigest()[:10]
fixed, broke = collections.Counter(), collections.Counter()
for d in args[1:]:
    d = os.path.abspath(d)
    cache = os.path.join(cache_dir, '%s-%s.pkl' % (bh, d.replace('/', '_')))
    pages = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith('.txt'))
    if os.path.exists(cache):
        bout, bres = pickle.load(open(cache, 'rb'))
    else:
        env = {k: v for k, v in os.environ.items() if k != 'LREADER_SEGMENT_WEIGHTS'}
        bout = ev.segdump_all(base, pages, env=env)
        bres = {p: score(p, bout[p]) for p in pages}
        pickle.dump((bout, bres), open(cache, 'wb'))
    out = ev.segdump_all(seg, pages)
    tot, nd = None, 0
    for p in pages:
        if out[p] != bout[p]:
            nd += 1
            r, notes = score(p, out[p])
            if by_article:
                old = collections.Counter(key(n) for n in bres[p][1])
                new = collections.Counter(key(n) for n in notes)
                fixed.update(old - new)
                broke.update(new - old)
        else:
            r = bres[p][0]
        tot = r if tot is None else {k: tot[k] + r[k] for k in tot}
    f = ev.figures(tot)
    print('%-6s J=%.4f body=%.4f titles=%.4f meta=%.4f para=%.4f extra=%d articles=%d (%d pages differ)' % (
        os.path.basename(d), J(f), f['body'], f['titles'], f['meta'], f['para'],
        f['extra'], f['articles'], nd), flush=True)
if by_article:
    print('notes removed (+) / added (-) by article, across the halves:')
    for k in sorted(set(fixed) | set(broke), key=lambda k: -(fixed[k] + broke[k])):
        print('  +%-3d -%-3d %s' % (fixed[k], broke[k], k))
