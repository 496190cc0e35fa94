#!/usr/bin/env python3
"""pagegen: lay truth articles out as newspaper page dumps, with ground truth.

  pagegen.py [--split tuning|confirm|check] [--first SEED] [--count N]
             [--genres G1,G2,...] OUTDIR

Writes OUTDIR/pSEED.txt (the page dump, in the encoding the page drew) and
OUTDIR/pSEED.json (its truth: {"articles": [...]}, the format of
tests/data/pages, in page order) for the seeds FIRST .. FIRST+N-1. The
same seed, split and article files always give the same page.

Articles come from tests/pagegen/articles/*.json (see its README.md) and
the truth of tests/data/pages. Each article belongs to one split, decided
by a hash of its file name: the check split's pages use only check
articles, so the importer is scored on words as well as layouts it was
never tuned on. tests/data/pages articles are all in the tuning split.
The confirm split is half of the other articles, held out of tuning: a
weight chosen on tuning pages is confirmed on pages whose words it was
not chosen on before anyone looks at check (the seeds of one split all
draw from the same articles, so a far tuning seed range is new layouts
of known words, not new words).

--genres G1,G2 draws a page's main articles only from those genres (the
genre field of articles/*.json: interview, commentary, speech, ...), to
study the segmenter on the shapes of a few genres. The page's kind (news,
interviews, opinion, mixed ...) is drawn again until one gives an article
of those genres, so pages keep the layouts of their kind. Photo items and
teasers are drawn as without the option. Without it, pages are as before.

Every artefact of SPEC's "What the page dumps look like" is drawn at
random per page or per article: column widths of 10-32 characters (several
on one page), blank lines after every line or none, one paragraph a line,
CJK punctuation set full or half width, hanging or pushed punctuation,
justification (letter-spaced lines), doubled bold text (run by run, also
runs holding a space) in titles, bylines, headings and captions, headline
blocks before or after their body or gathered at the page end in shuffled
order, kicker / title / subtitle / byline in their several forms, titles
wrapped (also after a comma), datelines kept or dropped, captions that cut
a sentence with their credit on the same or the next line, repeated
paragraphs, continuation and cross-reference marks (also cut over two
lines), end credits, source notes, teasers, series banners, and every
encoding SPEC decodes.
"""
import hashlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, 'articles')
PAGES = os.path.join(HERE, '..', 'data', 'pages')

SPLITS = ('tuning', 'confirm', 'check')
# Check-split and confirm-split pages start here, so that a seed names its
# page alone.
CHECK_BASE = 100000
CONFIRM_BASE = 200000

# ---------------------------------------------------------------- articles


def split_of(name):
    """The split an article file belongs to: a third go to check, half of
    the rest to confirm."""
    h = int(hashlib.sha1(name.encode('utf-8')).hexdigest()[:8], 16)
    if h % 3 == 0:
        return 'check'
    return 'confirm' if h // 3 % 2 else 'tuning'


CREDIT_RE = re.compile(r'\s*((?:\S+\s+){0,3}\S+\s*摄)$')


def from_page_truth(a):
    """A tests/data/pages truth article in the articles/ format, or None."""
    if a['kind'] == 'note' or not a.get('title') and a['kind'] != 'photo':
        return None
    caps = []
    for c in a.get('captions', []):
        m = CREDIT_RE.search(c)
        if m and m.start() > 0:
            caps.append({'text': c[:m.start()].strip(), 'credit': m.group(1)})
        else:
            caps.append({'text': c.strip(), 'credit': ''})
    paras = list(a['paragraphs'])
    if a['kind'] == 'photo':
        if not paras or isinstance(paras[-1], dict):
            return None
        caps = [{'text': paras[-1], 'credit': a.get('byline', '')}]
        paras = paras[:-1]
    byline = a.get('byline', '') or ''
    credit = ''
    m = re.search(r'\s*(\S*记者\s*\S+\s*整理)$', byline)
    if m and m.start() > 0:
        credit, byline = m.group(1), byline[:m.start()]
    return {
        'genre': 'photo' if a['kind'] == 'photo' else 'news',
        'kicker': '' if '——' in (a.get('kicker') or '') else (a.get('kicker') or ''),
        'title': a.get('title') or '',
        'subtitle': (a.get('subtitle') or '').lstrip('—'),
        'byline': byline.strip(), 'paragraphs': paras, 'captions': caps,
        'credit': credit,
    }


def load_articles():
    """All truth articles, each with its 'name' and 'split'."""
    out = []
    if os.path.isdir(ARTICLES):
        for f in sorted(os.listdir(ARTICLES)):
            if not f.endswith('.json'):
                continue
            a = json.load(open(os.path.join(ARTICLES, f), encoding='utf-8'))
            a['name'], a['split'] = f[:-5], split_of(f)
            out.append(a)
    if os.path.isdir(PAGES):
        for f in sorted(os.listdir(PAGES)):
            if not f.endswith('.json'):
                continue
            d = json.load(open(os.path.join(PAGES, f), encoding='utf-8'))
            for k, t in enumerate(d['articles']):
                a = from_page_truth(t)
                if a is not None:
                    a['name'], a['split'] = '%s-%d' % (f[:-5], k), 'tuning'
                    out.append(a)
    return out


# ---------------------------------------------------------------- widths

OPENING = set('“‘（《〈「『【〔(')
CLOSING = set('”’）》〉」』】〕)，。、；：？！…—,.;:?!%')
QUOTES = set('“”‘’')
DASHES = set('—…')


class Style:
    """How one column is set: the widths of punctuation, in cells."""

    def __init__(self, rng):
        self.punct = rng.choice((1, 2, 2))    # ，。、：；？！（）《》
        self.quote = rng.choice((1, 1, 2))    # “”‘’
        self.dash = rng.choice((1, 2))        # — …
        self.hang = rng.random() < 0.5        # closing punctuation hangs

    def width(self, ch):
        if ch in QUOTES:
            return self.quote
        if ch in DASHES:
            return self.dash
        o = ord(ch)
        if o < 0x80:
            return 1
        if 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFF65:
            return self.punct
        return 2


TOKEN = re.compile(r'[A-Za-z0-9.%/+#-]+|——|……|.', re.S)


def wrap(text, cells, style, indent=0):
    """Cut text into lines of at most `cells` (the first line `indent`
    less), as a typesetter does: Latin words and numbers whole, no line
    starting with closing punctuation (it hangs, or a character is pushed
    down with it), no line ending with opening punctuation."""
    toks = TOKEN.findall(text)
    lines, cur, w = [], [], indent
    for t in toks:
        tw = sum(style.width(c) for c in t)
        if w + tw <= cells or not cur:
            cur.append(t)
            w += tw
            continue
        if t[0] in CLOSING:
            if style.hang or len(cur) < 2:
                cur.append(t)
                lines.append(cur)
                cur, w = [], 0
                continue
            moved = cur.pop()
            lines.append(cur)
            cur = [moved, t]
            w = sum(style.width(c) for c in moved + t)
            continue
        if cur[-1] and cur[-1][-1] in OPENING and len(cur) > 1:
            moved = cur.pop()
            lines.append(cur)
            cur = [moved, t]
            w = sum(style.width(c) for c in moved + t)
            continue
        lines.append(cur)
        # A space where the line breaks is not printed: the next line
        # starts with the next word, not with the space.
        cur, w = ([], 0) if t.isspace() else ([t], tw)
    if cur:
        lines.append(cur)
    # Nor is a space that fitted at the line's end before the break: no
    # line of the bundled dumps ends with a space (0 of 1,628), and a
    # weight on this generator's trailing space scored on every split
    # while it measured nothing of a real page.
    return [''.join(l).rstrip(' ') for l in lines]


def letter_space(line):
    """Justification: a space between every character, none after CJK
    punctuation and none inside a Latin word or number."""
    out = []
    for t in TOKEN.findall(line):
        if out and not (out[-1][-1] in CLOSING and ord(out[-1][-1]) > 0x2000):
            out.append(' ')
        out.append(t)
    return ''.join(out)


def spaced_digits(line):
    """Some dumps set a space around numbers: 到 2050 年."""
    return re.sub(r'(?<=[\u4e00-\u9fff])(\d+(?:\.\d+)?)(?=[\u4e00-\u9fff])',
                  r' \1 ', line)


# ---------------------------------------------------------------- doubling

RUN = re.compile(r'[\u3400-\u9fffA-Za-z0-9]+|[^\u3400-\u9fffA-Za-z0-9 ]+| +')


def double(text, rng):
    """Bold text painted twice, run by run: 赵晶：提高 -> 赵晶赵晶：：提高提高.
    Runs change at letters/punctuation; a space either separates runs or
    sits inside one (then the run with its space doubles whole)."""
    runs = RUN.findall(text)
    if rng.random() < 0.4 and ' ' in text:
        # Merge the space and the runs around it into one run.
        k = runs.index(next(r for r in runs if r.startswith(' ')))
        lo, hi = max(0, k - 1), min(len(runs), k + 2)
        runs[lo:hi] = [''.join(runs[lo:hi])]
    return ''.join(r if r.isspace() else r + r for r in runs)


# ---------------------------------------------------------------- page

ROLES_RE = re.compile(r'^(本报记者|记者|实习记者|见习记者|通讯员|本报评论员)')
DATELINE_RE = re.compile(
    r'^(本报讯\s*（[^）]{1,40}）|本报讯|本报\S{0,8}\d+月\d+日电\s*（[^）]{1,40}）|'
    r'新华社\S{0,8}\d+月\d+日电\s*（[^）]{1,40}）|据新华社\S{0,8}\d+月\d+日电)\s*')
BANNERS = [
    ('建言献策谋发展 同心协力谱新篇', '——市政协四届五次会议大会发言摘编'),
    ('凝心聚力促发展 履职尽责建新功', '——市政协委员大会发言选登'),
    ('奋进新征程 建功新时代', '——代表委员议政录'),
    ('聚焦高质量发展', '——市人大代表建议摘登'),
]
SOURCES = ['（来源：山西日报）', '（据新华社）', '来源：吕梁新闻网', '（本文来源：人民网）']
MARKS_DOWN = ['（下转{n}版）', '（下转第{n}版）', '（转{n}版）', '(下转{n}版)']
MARKS_SEE = ['——见{n}版——', '（详见第{n}版）', '（见{n}版）', '（相关报道见第{n}版）']
MARKS_UP = ['（上接{n}版）', '（上接第{n}版）', '(上接{n}版)']
CN_NUM = '一二三四五六七八'


def page_number(rng):
    n = rng.randint(1, 8)
    return CN_NUM[n - 1] if rng.random() < 0.3 else str(n)


class Page:
    """One page being laid out: its lines and its truth."""

    def __init__(self, rng):
        self.rng = rng
        r = rng.random()
        self.perline = r < 0.22
        self.blanks = rng.choice(('every', 'every', 'none', 'none', 'paras'))
        self.width = rng.randint(10, 32)            # characters
        self.mixed_widths = rng.random() < 0.35
        self.justify = rng.random() < 0.3
        self.spaced_digits = rng.random() < 0.3
        self.indent = rng.choice((0, 0, 1, 2))       # spaces before a first line
        # A first line is set in by two characters, or one, or none.
        self.indent_cells = rng.choice((4, 4, 4, 2, 0))
        self.double_titles = rng.choice((0.0, 0.0, 0.5, 1.0))
        self.double_bylines = rng.random() < 0.3
        self.dash_subtitles = rng.random() < 0.6
        self.box_bylines = rng.random() < 0.6
        self.keep_datelines = rng.random() < 0.8
        self.place = rng.choice(('inline', 'inline', 'inline', 'gathered',
                                 'gathered', 'mixed'))
        self.shuffle = rng.random() < 0.6
        # (text, kind, para_end, role): kind 'p' body, 'h' headline, 'x'
        # other; role what the line is, for diagnostics: 'S' a paragraph's
        # first line, 'C' a later one, 'h' headline block, 's' section
        # heading, 'c' caption, 'x' other.
        self.lines = []
        self.gathered = []   # headline blocks held for the page end
        self.tail = None     # lines set after them (a photo item), or None
        self.truth = []

    # -- lines --------------------------------------------------------

    def emit(self, text, kind='x', para_end=False, role=None):
        if self.tail is not None:
            self.tail.append((text, role or ('S' if kind == 'p' else kind)))
            return
        if role is None:
            role = kind
            if kind == 'p':
                prev = [l for l in self.lines if l[1] == 'p']
                role = 'S' if not prev or prev[-1][2] else 'C'
        self.lines.append((text, kind, para_end, role))

    def body_style(self):
        if self.mixed_widths:
            return self.rng.randint(10, 32), Style(self.rng)
        if not hasattr(self, '_style'):
            self._style = Style(self.rng)
        return self.width, self._style

    def para_lines(self, text, width, style):
        """A paragraph's lines, wrapped to the column or one a line."""
        rng = self.rng
        if self.perline:
            if rng.random() < 0.06 and len(text) > 30:
                k = rng.randint(8, len(text) - 8)   # a column jump
                return [text[:k], text[k:]]
            return [text]
        lines = wrap(text, width * 2, style, indent=self.indent_cells)
        out = []
        for k, l in enumerate(lines):
            if self.spaced_digits:
                l = spaced_digits(l)
            if self.justify and k < len(lines) - 1 and rng.random() < 0.06:
                l = letter_space(l)
            if k == 0 and self.indent:
                l = ' ' * self.indent + l
            out.append(l)
        return out

    def head_lines(self, text, style, doubled=False, wrap_at=None):
        """A headline-block line (title, kicker, subtitle): one line, or
        wrapped at a comma or a headline width."""
        rng = self.rng
        parts = [text]
        if wrap_at is None and len(text) >= 14 and not self.perline:
            m = [i for i, c in enumerate(text) if c in '，、' and 5 <= i < len(text) - 4]
            if m and rng.random() < 0.5:
                k = rng.choice(m) + 1
                parts = [text[:k], text[k:]]
            elif rng.random() < 0.35:
                parts = wrap(text, rng.randint(9, 16) * 2, style)
        out = []
        for p in parts:
            if doubled:
                p = double(p, rng)
            elif not self.perline and rng.random() < 0.05 and ' ' not in p:
                p = letter_space(p)
            out.append(p)
        return out

    # -- blocks -------------------------------------------------------

    def byline_line(self, byline):
        rng = self.rng
        b = byline
        bare = not ROLES_RE.match(b) and ' ' not in b
        if self.box_bylines and not bare and rng.random() < 0.9:
            b = rng.choice(('□ ', '□', '■ ')) + b
        if self.double_bylines and rng.random() < 0.5:
            b = double(b, rng)
        return b

    def headline_block(self, a, kicker=''):
        """The lines of an article's headline block."""
        rng = self.rng
        width, style = self.width, Style(rng)
        lines = []
        k = a.get('kicker') or ''
        if k:
            lines += self.head_lines(k, style, doubled=rng.random() < 0.2)
        dbl = rng.random() < self.double_titles
        lines += self.head_lines(a['title'], style, doubled=dbl)
        sub = a.get('subtitle') or ''
        if sub:
            dash = self.dash_subtitles and (len(sub) < 30 or rng.random() < 0.5)
            lines += self.head_lines(('——' if dash else '') + sub, style,
                                     doubled=dbl and rng.random() < 0.3)
        if a.get('byline') and not a.get('_byline_after'):
            lines.append(self.byline_line(a['byline']))
        return lines

    def caption_lines(self, cap, style):
        rng = self.rng
        text = cap['text']
        if cap.get('_prefix'):
            text = cap['_prefix'] + text
        credit = cap['credit']
        form = rng.random()
        if not credit:
            full, extra = text, None
        elif form < 0.5:
            full, extra = text + ' ' + credit, None
        elif form < 0.8:
            full, extra = text, credit
        else:
            full, extra = text + '（' + credit + '）', None
        width = rng.randint(12, 30)
        lines = [full] if self.perline or rng.random() < 0.3 else \
            wrap(full, width * 2, style)
        if rng.random() < 0.12:
            lines = [double(l, rng) for l in lines]
        if extra:
            lines.append(extra)
        return lines

    def add_article(self, a, kicker='', gather=None, mark_down=None,
                    mark_up=None, cut_at=None):
        """Lay out article a and record its truth."""
        rng = self.rng
        width, style = self.body_style()
        paras = [p for p in a['paragraphs']]
        truth_paras = []
        body = []            # (text, is_heading)
        for p in paras:
            if isinstance(p, dict):
                body.append((p['heading'], True))
            else:
                body.append((p, False))
        if cut_at is not None:
            body = body[:cut_at]
        if mark_up is not None and body:
            t, h = body[0]
            body[0] = (mark_up + t, h)
        if not self.keep_datelines and body and not body[0][1]:
            t = DATELINE_RE.sub('', body[0][0])
            if len(t) > 10:
                body[0] = (t, False)
        if mark_down is not None and body:
            t, h = body[-1]
            if h:
                body.append((mark_down, False))
            else:
                body[-1] = (t + mark_down, False)
        for t, h in body:
            truth_paras.append({'heading': t} if h else t)

        # Now and then the page prints no headline for an article (it
        # stands on another page, or the dump lost it): its truth title is
        # null, any derived title will do.
        untitled = a.get('_untitled')
        block = self.headline_block(a, kicker) if a.get('title') and not untitled else []
        where = 'before'
        if block:
            if gather or (self.place == 'mixed' and rng.random() < 0.4):
                where = 'end'
            elif rng.random() < 0.08:
                where = 'after'
        if where == 'before':
            for l in block:
                self.emit(l, 'h')

        # Body lines, with captions cutting them.
        caps = list(a.get('captions', []))
        placed = []
        for c in caps:
            placed.append(rng.choice(('cut', 'between', 'between', 'before', 'after')))
        plines = []   # list of (line, para_end)
        for t, h in body:
            if h:
                hl = [t] if self.perline or len(t) <= 16 or rng.random() < 0.6 \
                    else wrap(t, rng.randint(8, 14) * 2, style)
                if rng.random() < 0.3:
                    hl = [double(x, rng) for x in hl]
                for x in hl:
                    plines.append((x, False, 's'))
                plines[-1] = (plines[-1][0], True, 's')
                continue
            ls = self.para_lines(t, width, style)
            for k, l in enumerate(ls):
                plines.append((l, k == len(ls) - 1, 'p'))
        out = []
        cap_at = {}
        for c, how in zip(caps, placed):
            if not plines:
                how = 'after'
            if how == 'before':
                k = 0
            elif how == 'after':
                k = len(plines)
            elif how == 'between':
                ends = [i + 1 for i, x in enumerate(plines) if x[1]]
                k = rng.choice(ends)
            else:
                mids = [i + 1 for i, x in enumerate(plines) if not x[1]]
                k = rng.choice(mids) if mids else len(plines)
            cap_at.setdefault(k, []).append(c)
        for i in range(len(plines) + 1):
            for c in cap_at.get(i, []):
                for l in self.caption_lines(c, style):
                    out.append((l, 'c', False))
            if i < len(plines):
                l, end, kind = plines[i]
                out.append((l, kind, end))
        for l, kind, end in out:
            if kind == 's':
                self.emit(l, 'h', end, 's')
            elif kind == 'c':
                self.emit(l, 'x', end, 'c')
            else:
                self.emit(l, kind, end)

        tail = []
        byline = a.get('byline') or ''
        if a.get('_byline_after') and byline and not untitled:
            tail.append(self.byline_line(byline))
        if a.get('credit'):
            tail.append(a['credit'] if rng.random() < 0.7 else '（' + a['credit'] + '）')
        source = a.get('_source')
        if source:
            truth_paras.append(source)
            tail.append(source)
        for l in tail:
            self.emit(l, 'x')
        if where == 'after':
            for l in block:
                self.emit(l, 'h')
        elif where == 'end':
            self.gathered.append(block)

        captions = [(c.get('_prefix', '') + c['text'] + (' ' + c['credit'] if c['credit'] else ''))
                    for c in caps]
        full_byline = byline
        if a.get('credit'):
            full_byline = (byline + ' ' + a['credit']).strip()
        if untitled:
            kicker, full_byline = '', ''
            if a.get('credit'):
                full_byline = a['credit']
        self.truth.append({
            'placed': where if block else 'none',
            'kind': 'article', 'title': None if untitled else (a['title'] or None),
            'kicker': '' if untitled else (kicker or a.get('kicker', '')),
            'subtitle': '' if untitled else a.get('subtitle', ''), 'byline': full_byline,
            'paragraphs': truth_paras, 'captions': captions,
        })

    def add_photo(self, a):
        rng = self.rng
        width, style = self.body_style()
        cap = a['captions'][0]
        for p in a['paragraphs']:
            ls = self.para_lines(p, width, style)
            for k, l in enumerate(ls):
                self.emit(l, 'p', k == len(ls) - 1)
        for l in self.caption_lines(cap, style):
            self.emit(l, 'x', False, 'c')
        self.truth.append({
            'kind': 'photo', 'title': None, 'kicker': '', 'subtitle': '',
            'byline': cap['credit'], 'captions': [],
            'paragraphs': list(a['paragraphs']) + [cap.get('_prefix', '') + cap['text']],
        })

    def add_teaser(self, title, n):
        mark = self.rng.choice(MARKS_SEE).format(n=n)
        text = title + mark
        self.emit(text, 'x', False, 'S')
        self.truth.append({'kind': 'note', 'title': title, 'kicker': '',
                           'subtitle': '', 'byline': '', 'paragraphs': [text],
                           'captions': []})

    def add_repeat(self):
        """Print a body line run again: a paragraph repeated (SPEC 5)."""
        rng = self.rng
        # Paragraph ends, to repeat a whole paragraph.
        starts, cur = [], None
        for i, (t, kind, end, _) in enumerate(self.lines):
            if kind == 'p' and cur is None:
                cur = i
            if kind == 'p' and end:
                if i - cur < 8 and len(''.join(x[0] for x in self.lines[cur:i + 1])) >= 20:
                    starts.append((cur, i + 1))
                cur = None
            elif kind != 'p':
                cur = None
        if not starts:
            return
        lo, hi = rng.choice(starts)
        copy = self.lines[lo:hi]
        times = rng.choice((1, 1, 2, 3))
        if rng.random() < 0.6:
            self.lines[hi:hi] = copy * times
        else:
            self.lines.extend(copy * times)

    def text(self):
        rng = self.rng
        lines = [l[0] for l in self.lines]
        self.roles = [l[3] for l in self.lines]
        for b in (self.gathered if not self.shuffle else
                  rng.sample(self.gathered, len(self.gathered))):
            lines += b
            self.roles += ['h'] * len(b)
        for t, role in self.tail or []:
            lines.append(t)
            self.roles.append(role)
        if self.blanks == 'every':
            return '\n\n'.join(lines) + '\n'
        if self.blanks == 'none':
            return '\n'.join(lines) + '\n'
        # Blank lines only between paragraphs and blocks.
        out = []
        kinds = [l[1:3] for l in self.lines] + [('h', False)] * (len(lines) - len(self.lines))
        for l, (kind, end) in zip(lines, kinds):
            out.append(l)
            if kind != 'p' or end:
                out.append('')
        return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- pages

def choose(rng, pool, genres, n):
    c = [a for a in pool if a['genre'] in genres]
    return rng.sample(c, min(n, len(c))) if c else []


def plan(rng, pool, genres=None):
    """Which articles a page holds, and how (a list of steps). With genres
    (a set), main articles are of those genres only, and a kind that
    gives none is drawn again."""
    if genres is None:
        steps = kind_steps(rng, pool)
    else:
        main = [a for a in pool if a['genre'] in genres]
        for _ in range(100):
            steps = kind_steps(rng, main)
            if steps:
                break
    return extra_steps(rng, pool, steps)


def kind_steps(rng, pool):
    """The main articles of a page of a kind drawn at random."""
    kind = rng.choice(('news', 'news', 'interviews', 'feature', 'opinion',
                       'mixed', 'mixed', 'wire'))
    steps = []
    if kind == 'news':
        for a in choose(rng, pool, {'news', 'brief'}, rng.randint(3, 7)):
            steps.append(('article', a))
    elif kind == 'interviews':
        for a in choose(rng, pool, {'interview'}, rng.randint(3, 6)):
            steps.append(('article', a))
        for a in choose(rng, pool, {'news', 'brief'}, rng.randint(0, 3)):
            steps.append(('article', a))
    elif kind == 'feature':
        for a in choose(rng, pool, {'feature'}, 1):
            steps.append(('article', a))
        for a in choose(rng, pool, {'brief', 'news', 'notice'}, rng.randint(0, 2)):
            steps.append(('article', a))
    elif kind == 'opinion':
        sp = choose(rng, pool, {'speech'}, rng.randint(2, 5))
        if sp:
            steps.append(('banner', rng.choice(BANNERS), sp))
        for a in choose(rng, pool, {'commentary'}, rng.randint(1, 3)):
            steps.append(('article', a))
    elif kind == 'wire':
        for a in choose(rng, pool, {'wire', 'news'}, rng.randint(2, 5)):
            steps.append(('article', a))
    else:
        for a in choose(rng, pool, {'news', 'brief', 'commentary', 'notice',
                                    'interview', 'wire', 'feature'},
                        rng.randint(3, 6)):
            steps.append(('article', a))
    return steps


def extra_steps(rng, pool, steps):
    """Shuffle the main steps and add photo items and a teaser."""
    rng.shuffle(steps)
    for a in choose(rng, pool, {'photo'}, rng.choice((0, 0, 1, 1, 2))):
        steps.insert(rng.randint(0, len(steps)), ('photo', a))
    if rng.random() < 0.15:
        t = choose(rng, pool, {'news', 'feature', 'interview'}, 1)
        if t:
            steps.insert(rng.randint(0, len(steps)), ('teaser', t[0]))
    return steps


def budget_lines(page):
    return page.rng.randint(20, 90) if page.perline else page.rng.randint(150, 400)


def est_lines(page, a):
    chars = sum(len(p if isinstance(p, str) else p['heading']) for p in a['paragraphs'])
    if page.perline:
        return len(a['paragraphs']) + 3
    return chars // max(page.width - 1, 8) + len(a['paragraphs']) + 3


def make_page(seed, pool, genres=None):
    """The page dump text and truth for one seed (main articles of the
    set genres only, if given)."""
    rng = random.Random(seed)
    page = Page(rng)
    budget = budget_lines(page)
    steps = plan(rng, pool, genres)
    used = 0
    gathered = page.place == 'gathered'
    for st in steps:
        if used >= budget and page.truth:
            break
        if st[0] == 'photo':
            page.add_photo(dict(st[1]))
            used += 6
        elif st[0] == 'teaser':
            page.add_teaser(st[1]['title'], page_number(rng))
            used += 1
        elif st[0] == 'banner':
            (b1, b2), speeches = st[1], st[2]
            # A banner stands over its series; each speech keeps it as kicker.
            for l in (b1, b2):
                page.emit(l, 'h')
            for a in speeches:
                a = dict(a, kicker='')
                page.add_article(a, kicker=b1 + b2, gather=False)
                used += est_lines(page, a)
        else:
            a = dict(st[1])
            a['captions'] = [dict(c) for c in a.get('captions', [])]
            for c in a['captions']:
                if not c['text'].startswith(('图为', '▲')) and rng.random() < 0.3:
                    c['_prefix'] = '图为'
            if rng.random() < 0.08 and a.get('byline') and a['genre'] not in ('speech',):
                a['_byline_after'] = True
            if rng.random() < 0.06:
                a['_source'] = rng.choice(SOURCES)
            n = est_lines(page, a)
            mark_down = mark_up = cut = None
            nparas = len(a['paragraphs'])
            if used + n > budget * 1.3 and nparas > 4 and not page.perline:
                # Cut by the page: the rest is on another page.
                keep = max(3, int(nparas * (budget - used) / max(n, 1)))
                cut = min(keep, nparas - 1)
                mark_down = rng.choice(MARKS_DOWN).format(n=page_number(rng))
            elif rng.random() < 0.05 and nparas > 4:
                mark_down = rng.choice(MARKS_DOWN).format(n=page_number(rng))
                cut = nparas - rng.randint(1, 2)
            if rng.random() < 0.05:
                mark_up = rng.choice(MARKS_UP).format(n=page_number(rng))
            # No headline on this page: a continuation often has none.
            if rng.random() < (0.5 if mark_up else 0.04):
                a['_untitled'] = True
            page.add_article(a, gather=gathered, mark_down=mark_down,
                             mark_up=mark_up, cut_at=cut)
            used += n
    if rng.random() < 0.35:
        for _ in range(rng.randint(1, 2)):
            page.add_repeat()
    # A photo item set below the headlines gathered at the page end.
    if page.gathered and rng.random() < 0.3:
        photos = choose(rng, pool, {'photo'}, 1)
        if photos:
            page.tail = []
            page.add_photo(dict(photos[0]))
    text = page.text()
    return text, {'articles': page.truth, 'roles': ''.join(page.roles)}


ENCODINGS = (('utf-8', '\n', 12), ('utf-8-sig', '\n', 2), ('gb18030', '\n', 3),
             ('utf-16', '\n', 1), ('utf-8', '\r\n', 2), ('utf-8', '\r', 1))


def encode(rng, text):
    encs = [e for e in ENCODINGS for _ in range(e[2])]
    enc, nl, _ = rng.choice(encs)
    return text.replace('\n', nl).encode(enc)


def pool_for(split, articles):
    return [a for a in articles if a['split'] == split]


def main():
    args = sys.argv[1:]
    split, first, count, genres = 'tuning', None, 20, None
    if any(a in ('-h', '--help') for a in args):
        print(__doc__.strip())
        return

    def opt(name):
        k = args.index(name)
        v = args[k + 1]
        del args[k:k + 2]
        return v
    if '--split' in args:
        split = opt('--split')
    if '--first' in args:
        first = int(opt('--first'))
    if '--count' in args:
        count = int(opt('--count'))
    if '--genres' in args:
        genres = set(g for g in opt('--genres').split(',') if g)
    # An option left over (a misspelt one) is no folder to write into.
    if split not in SPLITS or len(args) != 1 or args[0].startswith('-'):
        sys.exit(__doc__)
    if first is None:
        first = {'check': CHECK_BASE, 'confirm': CONFIRM_BASE}.get(split, 0) + 1
    out = args[0]
    os.makedirs(out, exist_ok=True)
    pool = pool_for(split, load_articles())
    if not pool:
        sys.exit('pagegen: no %s articles' % split)
    if genres is not None and not any(a['genre'] in genres for a in pool):
        sys.exit('pagegen: no %s articles of genres %s' % (split, ','.join(sorted(genres))))
    for seed in range(first, first + count):
        text, truth = make_page(seed, pool, genres)
        rng = random.Random(seed * 7919)
        with open(os.path.join(out, 'p%06d.txt' % seed), 'wb') as f:
            f.write(encode(rng, text))
        with open(os.path.join(out, 'p%06d.json' % seed), 'w', encoding='utf-8') as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
