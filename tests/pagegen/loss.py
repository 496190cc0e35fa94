#!/usr/bin/env python3
"""loss: where body similarity is lost, by class and genre.

  loss.py [--list N] [--class C] SEGDUMP DIR...

For each truth article, its body ratio (as eval.py scores it) and the
characters it loses, length x (1 - ratio), split over the difflib opcodes
of the pair: a truth-side span of n characters loses n*A/(A+B), an
export-side span the same (A, B the two lengths), so the shares add up to
A*(1 - ratio). Each span is classed by where its text went (truth side)
or came from (export side), piece by piece:

  boundary  text of this article given to a neighbour / a neighbour's
            text taken in (merged or split at a wrong boundary)
  missing   truth text found in no exported article (paragraphs lost)
  caption   truth text in a caption, or caption text left in the body
  headline  truth text in a headline field, or headline text in the body
  repeat    a repeated paragraph kept twice (or dropped where it was not
            one: truth text the page prints twice that came out nowhere)
  marks     continuation or cross-reference marks, credits, source notes
  inline    undoubling or joining errors inside lines (short spans)
  whole     a truth article paired with no exported article

Prints a table of lost characters by class and genre, and with --list N
the N articles that lose most (with --class, those of one class).
"""
import collections, difflib, glob, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval as ev  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MARK_RE = re.compile(r'[（(]?(?:[上下]转|转自|接|见|详见|相关报道|紧接|来源|据|本文|稿件|原标题|下转|'
                     r'编辑|责任编辑|记者|通讯员|实习生|整理|摄|文/图|图/文|新华社|人民日报)')
PIECE = 6


def genres():
    """{normalized paragraph: genre} of the article files."""
    out = {}
    for f in glob.glob(os.path.join(HERE, 'articles', '*.json')):
        a = json.load(open(f, encoding='utf-8'))
        for p in a['paragraphs']:
            if not isinstance(p, dict):
                out.setdefault(ev.norm(p)[:40], a['genre'])
    return out


def genre_of(a, gmap):
    if a['kind'] != 'article':
        return a['kind']
    votes = collections.Counter()
    for p in ev.truth_paras(a):
        g = gmap.get(p[:40])
        if g:
            votes[g] += 1
    return votes.most_common(1)[0][0] if votes else 'pages'


def heads(a):
    return [ev.norm(a.get(f)) for f in ('title', 'kicker', 'subtitle', 'byline')
            if a.get(f)]


def exp_caps(e):
    if e['kind'] == 'photo':
        return []
    return [ev.norm(p['text']) for p in e['paragraphs'] if p['kind'] == 'caption']


def pieces(s):
    if len(s) <= PIECE:
        return [s]
    return [s[k:k + PIECE] for k in range(0, len(s), PIECE)]


def classify(seg, tests, rest):
    """Characters of seg by the first of tests [(class, in_it(piece))]
    each piece passes, rest for none."""
    out = collections.Counter()
    for p in pieces(seg):
        cls = 'inline' if len(p) < 3 else next(
            (c for c, t in tests if t(p)), rest)
        out[cls] += len(p)
    return out


def inside(texts):
    return lambda p: any(p in x for x in texts)


def where_went(seg, i, tb, page_text, eb_other, ecaps, eheads):
    """Class of a truth-side span of article i missing from its export."""
    if len(seg) <= 2:
        return 'inline'
    alltb = ''.join(tb)
    return classify(seg, [
        ('boundary', inside(eb_other)), ('caption', inside(ecaps)),
        ('headline', inside(eheads)), ('marks', MARK_RE.search),
        ('repeat', lambda p: page_text.count(p) > 1 and alltb.count(p) <= 1),
    ], 'missing')


def where_from(seg, i, tb, tcaps, theads):
    """Class of an export-side span not in truth article i."""
    if MARK_RE.search(seg) and len(seg) <= 24:
        return 'marks'
    if len(seg) <= 2:
        return 'inline'
    others = [x for k, x in enumerate(tb) if k != i]
    return classify(seg, [
        ('repeat', lambda p: p in tb[i]), ('boundary', inside(others)),
        ('caption', inside(tcaps)), ('headline', inside(theads)),
        ('marks', MARK_RE.search),
    ], 'inline')


def add(cnt, cls, n):
    if isinstance(cls, str):
        cnt[cls] += n
    else:
        tot = sum(cls.values()) or 1
        for k, v in cls.items():
            cnt[k] += n * v / tot


def page_loss(path, exp, gmap):
    """[(label, genre, length, ratio, Counter of lost chars by class)]."""
    truth = json.load(open(path[:-4] + '.json', encoding='utf-8'))['articles']
    page_text = ev.norm(open(path, 'rb').read().decode('utf-8', 'replace'))
    tb = [''.join(ev.truth_paras(a)) for a in truth]
    eb = [''.join(ev.exp_paras(e)) for e in exp]
    tcaps = [ev.norm(c) for a in truth for c in a.get('captions', [])]
    tcaps += [tb[k] for k, a in enumerate(truth) if a['kind'] == 'photo']
    theads = [h for a in truth for h in heads(a)]
    ecaps = [c for e in exp for c in exp_caps(e)]
    eheads = [h for e in exp for h in heads(e)]
    by_t = {i: j for i, j, _ in ev.pair(tb, eb)}
    rows = []
    name = os.path.basename(path)[:-4]
    for i, a in enumerate(truth):
        g = genre_of(a, gmap)
        label = '%s #%d %s' % (name, i + 1, (a['title'] or a['kind'])[:16])
        cnt = collections.Counter()
        A = len(tb[i])
        if i not in by_t:
            others = [x for k, x in enumerate(eb)]
            add(cnt, where_went(tb[i], i, tb, page_text, others, ecaps, eheads), A)
            cnt = collections.Counter({('whole-' + k): v for k, v in cnt.items()})
            rows.append((label, g, A, 0.0, cnt))
            continue
        j = by_t[i]
        B = len(eb[j])
        sm = difflib.SequenceMatcher(None, tb[i], eb[j], autojunk=False)
        w = A / (A + B) if A + B else 0
        others = [x for k, x in enumerate(eb) if k != j]
        for op, a1, a2, b1, b2 in sm.get_opcodes():
            if op == 'equal':
                continue
            ts, es = tb[i][a1:a2], eb[j][b1:b2]
            if op == 'replace' and len(ts) <= 4 and len(es) <= 8:
                cnt['inline'] += w * (len(ts) + len(es))
                continue
            if ts:
                add(cnt, where_went(ts, i, tb, page_text, others, ecaps, eheads), w * len(ts))
            if es:
                add(cnt, where_from(es, i, tb, tcaps, theads), w * len(es))
        rows.append((label, g, A, sm.ratio(), cnt))
    return rows


def main():
    args = sys.argv[1:]
    nlist, only = 0, None
    if '--list' in args:
        k = args.index('--list')
        nlist = int(args[k + 1])
        del args[k:k + 2]
    if '--class' in args:
        k = args.index('--class')
        only = args[k + 1]
        del args[k:k + 2]
    seg, dirs = args[0], args[1:]
    gmap = genres()
    rows = []
    total = 0
    for d in dirs:
        pages = sorted(glob.glob(os.path.join(d, '*.txt')))
        exp = ev.segdump_all(seg, pages, dict(os.environ))
        for p in pages:
            rows += page_loss(p, exp[p], gmap)
    total = sum(r[2] for r in rows)
    table = collections.defaultdict(collections.Counter)
    for _, g, _, _, cnt in rows:
        for k, v in cnt.items():
            table[k][g] += v
            table[k]['ALL'] += v
    gs = sorted({r[1] for r in rows})
    gchars = collections.Counter()
    for r in rows:
        gchars[r[1]] += r[2]
    print('lost chars (length x (1-ratio)) by class and genre; total chars %d, body %.4f'
          % (total, 1 - sum(sum(c.values()) for *_, c in rows) / total))
    print('%-16s %8s ' % ('class', 'ALL') + ' '.join('%8s' % g[:8] for g in gs))
    for k in sorted(table, key=lambda k: -table[k]['ALL']):
        print('%-16s %8.0f ' % (k, table[k]['ALL']) + ' '.join('%8.0f' % table[k][g] for g in gs))
    lost_g = collections.Counter()
    for _, g, _, _, cnt in rows:
        lost_g[g] += sum(cnt.values())
    print('%-16s %8.0f ' % ('sum', sum(lost_g.values())) + ' '.join('%8.0f' % lost_g[g] for g in gs))
    print('%-16s %8d ' % ('chars', total) + ' '.join('%8d' % gchars[g] for g in gs))
    if nlist:
        key = (lambda r: -r[4][only]) if only else (lambda r: -sum(r[4].values()))
        for label, g, A, s, cnt in sorted(rows, key=key)[:nlist]:
            print('%-40s %-10s %5d %.3f %s' % (label, g, A, s, ' '.join(
                '%s=%.0f' % (k, v) for k, v in cnt.most_common() if v >= 1)))


if __name__ == '__main__':
    main()
