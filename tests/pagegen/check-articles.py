#!/usr/bin/env python3
"""check-articles: validate truth article files (see articles/README.md).

  check-articles.py FILE...    prints one line per problem; exit 1 if any
"""
import json, re, sys

GENRES = {'feature', 'interview', 'commentary', 'speech', 'news', 'brief',
          'notice', 'photo', 'wire'}
FIELDS = {'genre', 'kicker', 'title', 'subtitle', 'byline', 'paragraphs',
          'captions', 'credit'}
HAN = re.compile(r'[\u4e00-\u9fff]')


def problems(path):
    try:
        a = json.load(open(path, encoding='utf-8'))
    except Exception as e:  # noqa: BLE001 - any parse error is a problem
        return ['not JSON: %s' % e]
    out = []
    if not isinstance(a, dict):
        return ['not an object']
    extra = set(a) - FIELDS
    missing = FIELDS - set(a)
    if extra:
        out.append('unknown fields %s' % sorted(extra))
    if missing:
        out.append('missing fields %s' % sorted(missing))
    if out:
        return out
    if a['genre'] not in GENRES:
        out.append('genre %r' % a['genre'])
    for f in ('kicker', 'title', 'subtitle', 'byline', 'credit'):
        if not isinstance(a[f], str):
            out.append('%s is not a string' % f)
        elif '\n' in a[f] or a[f] != a[f].strip():
            out.append('%s has a newline or outer spaces' % f)
    if a['genre'] == 'photo':
        if a['title'] != '':
            out.append('a photo item has title ""')
        if len(a['captions']) != 1:
            out.append('a photo item has exactly one caption')
    elif not HAN.search(a['title'] or ''):
        out.append('no title')
    if a['subtitle'].startswith('—'):
        out.append('subtitle starts with a dash')
    if a['byline'].startswith('□'):
        out.append('byline starts with □')
    if not isinstance(a['paragraphs'], list):
        return out + ['paragraphs is not a list']
    ntext = 0
    for k, p in enumerate(a['paragraphs']):
        if isinstance(p, dict):
            if set(p) != {'heading'} or not isinstance(p['heading'], str) \
                    or not p['heading'].strip():
                out.append('paragraph %d: a heading is {"heading": "…"}' % k)
            continue
        if not isinstance(p, str) or not p.strip():
            out.append('paragraph %d is empty or not a string' % k)
            continue
        if '\n' in p:
            out.append('paragraph %d has a newline' % k)
        ntext += 1
    if a['genre'] != 'photo' and ntext == 0:
        out.append('no text paragraph')
    for k, c in enumerate(a['captions']):
        if not isinstance(c, dict) or set(c) != {'text', 'credit'}:
            out.append('caption %d: {"text": "…", "credit": "…"}' % k)
        elif not c['text'].strip():
            out.append('caption %d has no text' % k)
    return out


def main():
    bad = 0
    for f in sys.argv[1:]:
        for p in problems(f):
            print('%s: %s' % (f, p))
            bad += 1
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
