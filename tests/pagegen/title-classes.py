#!/usr/bin/env python3
"""title-classes: what shape the wrong titles and extra articles have.

  title-classes.py [-v] SEGDUMP DIR...

Runs tests/segdump on the pages of each DIR (a tuning split of pagegen.py:
never the check split), pairs its articles with the truth through eval.py,
and counts every wrong title by what came out instead, per placement of
its headline block (before, after or gathered at the 'end' of the page):

  shifted             another article's title of the page
  shifted+more        ... with more after it
  title+nextkicker    the title and, after it, another headline's kicker
  title+next title    the title and another title
  kicker+title        its own kicker read into the title
  kicker only         its kicker as the title
  title+subtitle      the title and its subtitle as one
  subtitle only       its subtitle as the title
  title cut           the title's first part only
  title part          a later part only
  title+body          the title glued to its text's opening
  no headline (body)  a title derived from the text: no headline given
  other kicker        another headline's kicker
  other, title+other  none of these

Extra articles are counted by their title: a truth title, a kicker, a
subtitle, or other. -v lists every case.
"""
import collections, glob, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval as ev  # noqa: E402

N = ev.norm


def starts_either(a, b):
    return a.startswith(b) or b.startswith(a)


def title_class(t, g, k, s, titles, kickers, i, body, body0):
    rest = g[len(t):] if g.startswith(t) else ''
    others_k = [x for j, x in enumerate(kickers) if j != i and x]
    if g in titles and titles[g] != i:
        return 'shifted'
    if rest and any(starts_either(x, rest) for x in titles if x and x != t):
        return 'title+next title'
    if rest and any(starts_either(x, rest) for x in others_k):
        return 'title+nextkicker'
    if k and k in g and t in g:
        return 'kicker+title'
    if k and g == k:
        return 'kicker only'
    if s and rest and s.startswith(rest):
        return 'title+subtitle'
    if s and g and s.startswith(g):
        return 'subtitle only'
    if g and t.startswith(g):
        return 'title cut'
    if g and g in t:
        return 'title part'
    if rest and g[:8] in body[:80]:
        return 'title+body'
    if rest:
        return 'title+other'
    if any(g == x for x in kickers if x):
        return 'other kicker'
    if g and any(g.startswith(x) for x in titles if x):
        return 'shifted+more'
    if g and (body0.startswith(g[:8]) or g[:8] in body[:80]):
        return 'no headline (body)'
    return 'other'


def classify_page(p, exp, cnt, verbose):
    truth = json.load(open(p[:-4] + '.json', encoding='utf-8'))['articles']
    tb = [''.join(ev.truth_paras(a)) for a in truth]
    eb = [''.join(ev.exp_paras(e)) for e in exp]
    by_t = {i: j for i, j, _ in ev.pair(tb, eb)}
    titles = {N(a['title']): i for i, a in enumerate(truth) if a['title']}
    kickers = [N(a.get('kicker')) for a in truth]
    subs = [N(a.get('subtitle')).lstrip('—') for a in truth]
    name = os.path.basename(p)[:-4]
    for i, a in enumerate(truth):
        if not a['title'] or i not in by_t:
            continue
        e = exp[by_t[i]]
        t, g = N(a['title']), N(e['title'])
        if t == g:
            continue
        body0 = N(e['paragraphs'][0]['text']) if e['paragraphs'] else ''
        c = title_class(t, g, kickers[i], subs[i], titles, kickers, i,
                        tb[i], body0)
        cnt[(a.get('placed', '-'), c)] += 1
        cnt[('ALL', c)] += 1
        if verbose:
            print('%s #%d %-6s %-18s %s | got %s' % (name, i + 1, a.get('placed', '-'),
                                                   c, t, g))
    paired = set(by_t.values())
    for j, e in enumerate(exp):
        if j in paired:
            continue
        g = N(e['title'])
        c = ('extra: a truth title' if g in titles else
             'extra: a kicker' if g and g in kickers else
             'extra: a subtitle' if g and g in subs else 'extra: other')
        cnt[('extra', c)] += 1
        cnt[('ALL', c)] += 1
        if verbose:
            print('%s seq %d %s: %s' % (name, e['seq'], c, g))


def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    args = [a for a in args if a != '-v']
    seg, dirs = args[0], args[1:]
    tot = collections.Counter()
    for d in dirs:
        pages = sorted(glob.glob(os.path.join(d, '*.txt')))
        exp = ev.segdump_all(seg, pages, dict(os.environ))
        for p in pages:
            classify_page(p, exp[p], tot, verbose)
    for (pl, c), n in sorted(tot.items(), key=lambda x: (x[0][0], -x[1])):
        print('%-6s %-20s %d' % (pl, c, n))


if __name__ == '__main__':
    main()
