#!/usr/bin/env python3
"""by-genre: what the segmenter gets wrong, by the genre of the truth article.

  by-genre.py SEGDUMP DIR [-v [GENRE...]]

Scores DIR's pages (pagegen.py output, e.g. with --genres) through
tests/segdump and eval.py, and sums eval's notes per genre of the truth
article they are about (the genre of articles/*.json, found by the
article's first paragraphs; photo and note for those kinds, ? for
articles of tests/data/pages): articles, characters, the body lost as a
share of J (1 - similarity, weighted by length), articles missing, titles
and subtitle+byline wrong, paragraph breaks extra and lost; then the extra
articles, which no truth article owns. -v prints the notes of the genres
named (of all, with none named) and every extra article.
"""
import collections, glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import eval as ev  # noqa: E402
import pagegen as pg  # noqa: E402


def genre_index():
    """{first 30 characters of a first paragraph: genre}."""
    out = {}
    for a in pg.load_articles():
        ps = [ev.norm(ev.ptext(p)) for p in a['paragraphs']]
        if ps:
            out[ps[0][:30]] = a['genre']
    return out


def genre_of(index, t):
    if t['kind'] in ('note', 'photo'):
        return t['kind']
    for p in ev.truth_paras(t)[:3]:
        g = index.get(p[:30])
        if g:
            return g
    return '?'


def tally(c, note, n):
    """Count one eval note about an article of n characters into c."""
    if note.startswith('MISSING'):
        c['missing'] += 1
        c['lost'] += n
    elif ': body ' in note:
        c['lost'] += (1 - float(note.split(': body ')[1].split()[0])) * n
    elif ': title ' in note:
        c['title'] += 1
    elif ': subtitle/byline' in note:
        c['meta'] += 1
    elif ': breaks' in note:
        w = note.split(': breaks ')[1].split(', ')
        c['brk_extra'] += int(w[1].split()[0])
        c['brk_lost'] += int(w[2].split()[0])


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    seg, d, show = args[0], args[1], None
    if '-v' in args:
        show = set(args[args.index('-v') + 1:])
    index = genre_index()
    pages = sorted(glob.glob(os.path.join(d, '*.txt')))
    exported = ev.segdump_all(seg, pages, dict(os.environ))
    per = collections.defaultdict(collections.Counter)
    extras = 0
    for p in pages:
        truth = json.load(open(p[:-4] + '.json', encoding='utf-8'))['articles']
        name = os.path.basename(p)[:-4]
        notes = []
        ev.score_page(truth, exported[p], notes, name)
        for i, t in enumerate(truth):
            g = genre_of(index, t)
            n = len(''.join(ev.truth_paras(t)))
            per[g]['n'] += 1
            per[g]['chars'] += n
            label = '%s #%d ' % (name, i + 1)
            for note in notes:
                if note.startswith(label) or note.startswith('MISSING ' + label):
                    tally(per[g], note, n)
                    if show is not None and (not show or g in show):
                        print('   %s %s' % (g, note))
        for note in notes:
            if note.startswith('EXTRA'):
                extras += 1
                if show is not None:
                    print('   ' + note)
    chars = sum(c['chars'] for c in per.values())
    arts = sum(c['n'] for c in per.values())
    print('%-11s %5s %7s %7s %5s %5s %5s %5s %5s' % (
        'genre', 'n', 'chars', 'J_body', 'miss', 'title', 'meta', 'brkX', 'brkL'))
    for g, c in sorted(per.items(), key=lambda x: -x[1]['lost']):
        print('%-11s %5d %7d %7.4f %5d %5d %5d %5d %5d' % (
            g, c['n'], c['chars'], c['lost'] / max(chars, 1), c['missing'],
            c['title'], c['meta'], c['brk_extra'], c['brk_lost']))
    print('extra articles %d (J %.4f)' % (extras, 2.0 * extras / max(arts, 1)))


if __name__ == '__main__':
    main()
