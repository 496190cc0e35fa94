/*
 * segment-columns.c: the column model. A wrapped column's lines inside a
 * paragraph all come out the same width, give or take the cell that a
 * hanging or pushed punctuation mark moves; the last line of a paragraph
 * and headline lines do not. So around each line, the lines that could be
 * inside a paragraph (no sentence end, not tiny) vote on the full width,
 * in each width metric (punctuation set half or full width, quotes one or
 * two cells), and the metric in which most of them agree is the one the
 * column is set in. The column width changes between articles and within
 * a page; each line gets the width of its own neighbourhood, which does
 * not reach across a byline, a subtitle, a doubled line or a dateline
 * (where one article ends and another, perhaps set wider, begins).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/util.h"
#include "segment-int.h"

/* A column of over this many cells does not exist: lines that wide mean
 * one paragraph a line (a 55-character column would be 110 cells). */
#define PERLINE_CELLS 110
/* A neighbourhood whose middle line is this wide holds paragraphs, one a
 * line, not columns. */
#define PERLINE_MEDIAN 90

/* Whether line l can vote on the column width: body-like and not the
 * last line of a paragraph. */
static int
voter(const struct seg_line *l)
{
	return (l->kind == L_TEXT || l->kind == L_DATELINE) && !l->final &&
	    !l->doubled && l->nch >= 6 && !l->gone;
}

/* Few values (a window of lines) put in order by insertion. */
void
seg_sort_ints(int *v, int n)
{
	int i, j, x;

	for (i = 1; i < n; i++) {
		x = v[i];
		for (j = i; j > 0 && v[j - 1] > x; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

/*
 * In sorted v[0..n): how well the values agree on a width x: twice the
 * values in [x - 1, x] plus those in [x - 2, x], at the best x (*at gets
 * it; the widest on a tie). Full lines measured in the metric their column
 * is set in fall within a cell of each other; in another metric they
 * spread with their punctuation.
 */
static int agreement(const int *v, int n, int *at);

/* Widths below this are counted in a table (agreement_of); a wider
 * one sends the window to the sorting path. */
#define COUNT_WIDTHS 512

/*
 * agreement() of v[0..n) unsorted, by counting: the same score and width
 * in time of n (this runs for every line in every metric).
 */
static int
agreement_of(const int *v, int n, int *at)
{
	unsigned char c[COUNT_WIDTHS + 2];
	int i, best = 0, x, score, w[2 * COL_WINDOW + 1];

	*at = 0;
	/* Only the entries read below are cleared: a few, not the table. */
	for (i = 0; i < n; i++) {
		if (v[i] < 0 || v[i] >= COUNT_WIDTHS || n > 2 * COL_WINDOW + 1) {
			memcpy(w, v, (size_t)n * sizeof *w);
			seg_sort_ints(w, n);
			return agreement(w, n, at);
		}
		c[v[i]] = c[v[i] + 1] = c[v[i] + 2] = 0;
	}
	for (i = 0; i < n; i++)
		c[v[i] + 2]++;   /* c[x + 2] counts width x */
	for (i = 0; i < n; i++) {
		x = v[i];
		score = 2 * (c[x + 2] + c[x + 1]) + c[x + 2] + c[x + 1] + c[x];
		if (score > best || (score == best && x > *at)) {
			best = score;
			*at = x;
		}
	}
	return best;
}

static int
agreement(const int *v, int n, int *at)
{
	int i, j1 = 0, j2 = 0, best = 0;

	*at = n > 0 ? v[n - 1] : 0;
	for (i = 0; i < n; i++) {
		int score;
		while (v[j1] < v[i] - 1)
			j1++;
		while (v[j2] < v[i] - 2)
			j2++;
		score = 2 * (i - j1 + 1) + (i - j2 + 1);
		if (score >= best) {
			best = score;
			*at = v[i];
		}
	}
	return best;
}

/*
 * Counts over the lines before each line (prefix sums), for
 * perline_around: text lines (body or dateline), those of them that end
 * a sentence, that are narrower than PERLINE_MEDIAN, wider than
 * PERLINE_CELLS. Any window's counts are then two lookups, where
 * sorting each window's widths for its median ran once a line.
 */
struct perline_sums {
	int *text, *finals, *below, *over;   /* [0..nl], [j]: lines < j */
};

static void
perline_sums(const struct seg *s, struct perline_sums *p)
{
	size_t j;

	/* (each count written before it is read: only those before line
	 * 0 are cleared, not the four arrays) */
	p->text = xreallocarray(NULL, 4 * (s->nl + 1), sizeof *p->text);
	p->finals = p->text + s->nl + 1;
	p->below = p->finals + s->nl + 1;
	p->over = p->below + s->nl + 1;
	p->text[0] = p->finals[0] = p->below[0] = p->over[0] = 0;
	for (j = 0; j < s->nl; j++) {
		const struct seg_line *l = &s->l[j];
		int t = l->kind == L_TEXT || l->kind == L_DATELINE;
		p->text[j + 1] = p->text[j] + t;
		p->finals[j + 1] = p->finals[j] + (t && l->final);
		p->below[j + 1] = p->below[j] + (t && l->w[1] < PERLINE_MEDIAN);
		p->over[j + 1] = p->over[j] + (t && l->w[1] > PERLINE_CELLS);
	}
}

/*
 * Whether the lines around i have one paragraph a line: within
 * COL_WINDOW lines, a text line wider than any column, or most of them
 * ending a sentence, or their median width that of whole paragraphs
 * (the median, the (n/2)-th smallest width, is at least PERLINE_MEDIAN
 * when at most n/2 widths are below it).
 */
static int
perline_around(const struct seg *s, const struct perline_sums *p, size_t i)
{
	size_t lo = i >= COL_WINDOW ? i - COL_WINDOW : 0;
	size_t hi = (i + COL_WINDOW < s->nl ? i + COL_WINDOW : s->nl - 1) + 1;
	int n;

	/* A window the page's edge cuts reaches as far in on the other
	 * side: the headlines gathered at a page's end are judged with the
	 * text above them, not alone. */
	if (hi - lo < 2 * COL_WINDOW + 1) {
		if (lo == 0)
			hi = 2 * COL_WINDOW + 1 < s->nl ? 2 * COL_WINDOW + 1 : s->nl;
		else
			lo = s->nl > 2 * COL_WINDOW + 1 ? s->nl - 2 * COL_WINDOW - 1 : 0;
	}
	n = p->text[hi] - p->text[lo];
	int finals = p->finals[hi] - p->finals[lo];

	if (n == 0)
		return 0;
	return p->over[hi] - p->over[lo] > 0 || (n >= 2 &&
	    (finals * 10 >= n * 6 || p->below[hi] - p->below[lo] <= n / 2));
}

/* Lines on each side whose column widths a line's is smoothed with. */
#define SMOOTH 2

#define MIN2(a, b) ((a) < (b) ? (a) : (b))
#define MAX2(a, b) ((a) > (b) ? (a) : (b))

/* The middle of v[0..n) (n at most 2 * SMOOTH + 1), the (n / 2)-th
 * smallest, as sorting would give it. Of five values (most lines): the
 * middle of e, the larger of the two pairs' smaller and the smaller of
 * their larger (the smallest and the largest of a, b, c, d are neither
 * of those two, nor the middle of the five): ten minima and maxima,
 * where a network of nine exchanges, each one of each, ordered all
 * five. (Checked equal to sorting on every five values of 0..4.) */
static int
middle(int *v, int n)
{
	int f, g;

	if (n != 5) {
		seg_sort_ints(v, n);
		return v[n / 2];
	}
	f = MAX2(MIN2(v[0], v[1]), MIN2(v[2], v[3]));
	g = MIN2(MAX2(v[0], v[1]), MAX2(v[2], v[3]));
	return MAX2(MIN2(f, g), MIN2(MAX2(f, g), v[4]));
}

/* The median of the column widths around each line in its zone: one
 * line's vote, thrown by a punctuation-heavy window, should not make a
 * full line look short. */
static void
smooth(struct seg *s, const size_t *zone)
{
	int *col = xreallocarray(NULL, 2 * (s->nl + 1), sizeof *col),
	    *pl = col + s->nl + 1, v[2 * SMOOTH + 1];
	size_t i, j;

	/* (pl[i]: the lines before i taken for paragraphs one a line) */
	pl[0] = 0;
	for (i = 0; i < s->nl; i++) {
		col[i] = s->l[i].col;
		pl[i + 1] = pl[i] + s->l[i].perline;
	}
	for (i = 0; i < s->nl; i++) {
		int n = 0;
		if (s->l[i].perline)
			continue;
		/* A whole window in one zone (zones only go up: its ends'
		 * are the same) and none of it one paragraph a line, most
		 * lines: every width around is taken, in order, without a
		 * test a line. */
		if (i >= SMOOTH && i + SMOOTH < s->nl &&
		    zone[i - SMOOTH] == zone[i + SMOOTH] &&
		    pl[i + SMOOTH + 1] == pl[i - SMOOTH]) {
			memcpy(v, col + i - SMOOTH, sizeof v);
			s->l[i].col = middle(v, 2 * SMOOTH + 1);
			continue;
		}
		for (j = i >= SMOOTH ? i - SMOOTH : 0; j <= i + SMOOTH && j < s->nl; j++)
			if (zone[j] == zone[i] && !s->l[j].perline)
				v[n++] = col[j];
		s->l[i].col = middle(v, n);
	}
	free(col);
}

/* Where a new article may begin, set in another width (a bare name is
 * a byline too: 张建伟 over a commentary's text). */
static int
zone_start(const struct seg_line *l)
{
	return l->kind == L_BYLINE || l->kind == L_SUBTITLE ||
	    l->kind == L_DATELINE || l->doubled || l->name;
}

/* Voters fewer than this in a line's zone: use the page's nearest. */
#define ZONE_MIN_VOTERS 3
/* The column changes where the voters after a line are set this many
 * cells wider or narrower than those before it ... */
#define ZONE_JUMP 6
/* ... and the line itself is this far from those before, ... */
#define ZONE_OFF 4
/* ... those after within this many cells of each other. */
#define ZONE_SPREAD 2
/* Voters on each side that a change of column compares. */
#define ZONE_SIDE 3

/*
 * Whether the column changes at voter k (v[k] is its line): the voters
 * after it agree closely (as a column's full lines do, and a run of
 * headlines does not) on a width far from the one before, and line k fits
 * the new column, full or indented, not the old one. All measured in
 * the metric the voters after agree in best: a column's full lines
 * agree within a cell only in the metric it is set in, quotes and
 * punctuation spread them in the others, and a new column's first line
 * measured against the old width read as a headline.
 */
static int
width_jump(const struct seg *s, const size_t *v, size_t nv, size_t k,
    const int *med, const int *spr)
{
	int left, here, m, best = 1;
	const int *right, *spread;

	if (k < ZONE_SIDE || k + 1 + ZONE_SIDE > nv)
		return 0;
	right = med + (k + 1) * NMETRIC;
	spread = spr + (k + 1) * NMETRIC;
	/* (ties go to metric 1, the only one measured here before) */
	for (m = 0; m < NMETRIC; m++)
		if (spread[m] < spread[best])
			best = m;
	m = best;
	here = s->l[v[k]].w[m];
	left = med[(k - ZONE_SIDE) * NMETRIC + (size_t)m];
	return spread[m] <= ZONE_SPREAD && abs(right[m] - left) >= ZONE_JUMP &&
	    abs(here - left) > ZONE_OFF && here <= right[m] + ZONE_SPREAD &&
	    here >= right[m] - INDENT_CELLS - ZONE_SPREAD;
}

/* For each run of ZONE_SIDE voters from v[i], in each metric m, the
 * median and spread of their widths (med, spr[i * NMETRIC + m]): a run
 * is the voters after one line and before another, measured once, not
 * for each line it is next to. Three voters: the smallest, the largest
 * and the one between, for all metrics in one loop (a call a metric
 * loaded the three lines' widths and ordered them apart). */
_Static_assert(ZONE_SIDE == 3, "side_medians takes three voters");

static void
side_medians(const struct seg *s, const size_t *v, size_t nv, int *med,
    int *spr)
{
	size_t i;
	int m;

	for (i = 0; i + ZONE_SIDE <= nv; i++) {
		const int *a = s->l[v[i]].w, *b = s->l[v[i + 1]].w,
		    *c = s->l[v[i + 2]].w;
		int *md = med + i * NMETRIC, *sp = spr + i * NMETRIC;
		for (m = 0; m < NMETRIC; m++) {
			int lo = a[m] < b[m] ? a[m] : b[m];
			int hi = a[m] > b[m] ? a[m] : b[m];
			lo = lo < c[m] ? lo : c[m];
			hi = hi > c[m] ? hi : c[m];
			sp[m] = hi - lo;
			md[m] = a[m] + b[m] + c[m] - lo - hi;
		}
	}
}

/*
 * The voters' widths in the window of the line at hand, counted in each
 * metric, kept from one line to the next: the window moves a voter at a
 * time (or not at all between voters), so a line adds and drops a few
 * counts where agreement_of cleared, counted and scored the window anew
 * four times (10 % of segmenting a page). The score at x is what
 * agreement_of gives: three for each width x or x - 1, one for x - 2.
 */
struct col_window {
	unsigned char cnt[NMETRIC][COUNT_WIDTHS + 2];  /* [w + 2]: width w */
	/* [x]: the score at x, 3 (cnt[x + 2] + cnt[x + 1]) + cnt[x], kept
	 * as the counts change (at most 3 * (2 * COL_WINDOW + 1)) */
	unsigned char sc[NMETRIC][COUNT_WIDTHS + 2];
	int xs[NMETRIC][2 * COL_WINDOW + 1];  /* the widths counted, each once */
	int nx[NMETRIC];
	int wide[NMETRIC];           /* widths outside [0, COUNT_WIDTHS) */
	size_t lo, hi;               /* voters [lo, hi) counted */
	int score[NMETRIC], at[NMETRIC];  /* for [lo, hi) */
};

/* (the counts and scores fit the unsigned chars above) */
_Static_assert(3 * (2 * COL_WINDOW + 1) <= UCHAR_MAX,
    "col_window's scores fit an unsigned char");

static inline void
col_count(struct col_window *cw, const struct seg *s, size_t line, int d)
{
	int m, w, ws[NMETRIC];

	/* (the widths read once: every count below is a byte, whose
	 * store may change the line as the compiler sees it, which read
	 * each width again after the store before it) */
	memcpy(ws, s->l[line].w, sizeof ws);
	for (m = 0; m < NMETRIC; m++) {
		w = ws[m];
		if (w < 0 || w >= COUNT_WIDTHS)
			cw->wide[m] += d;
		else {
			unsigned char *c = &cw->cnt[m][w + 2], *t = &cw->sc[m][w];
			int k;
			*c = (unsigned char)(*c + d);
			t[0] = (unsigned char)(t[0] + 3 * d);
			t[1] = (unsigned char)(t[1] + 3 * d);
			t[2] = (unsigned char)(t[2] + d);
			if (d > 0 && *c == 1)
				cw->xs[m][cw->nx[m]++] = w;
			else if (d < 0 && *c == 0) {
				for (k = 0; cw->xs[m][k] != w; k++)
					;
				cw->xs[m][k] = cw->xs[m][--cw->nx[m]];
			}
		}
	}
}

/* Count voters v[lo, hi) instead of those counted, and score them. */
static void
col_move(struct col_window *cw, const struct seg *s, const size_t *v,
    size_t lo, size_t hi)
{
	int vals[2 * COL_WINDOW + 1], m, n, x, score, k, best;
	size_t j;

	if (lo == cw->lo && hi == cw->hi)
		return;
	if (lo < cw->lo || hi < cw->hi || lo > cw->hi) {
		for (j = cw->lo; j < cw->hi; j++)
			col_count(cw, s, v[j], -1);
		cw->lo = cw->hi = lo;
	}
	for (j = cw->lo; j < lo; j++)
		col_count(cw, s, v[j], -1);
	for (j = cw->hi; j < hi; j++)
		col_count(cw, s, v[j], 1);
	cw->lo = lo;
	cw->hi = hi;
	for (m = 0; m < NMETRIC; m++) {
		const unsigned char *c = cw->sc[m];
		cw->score[m] = 0;
		cw->at[m] = 0;
		if (cw->wide[m] > 0) {
			n = 0;
			for (j = lo; j < hi; j++)
				vals[n++] = s->l[v[j]].w[m];
			cw->score[m] = agreement_of(vals, n, &cw->at[m]);
			continue;
		}
		/* The best (score, width) over the voters' widths: the
		 * greatest pair, whatever their order and however often each
		 * comes, so each width counted is scored once, its score
		 * kept in sc as the counts change (col_count: a look-up
		 * here, where three counts were read and summed for each
		 * width at each move). */
		/* (The pair as one number, score above width (below
		 * COUNT_WIDTHS), its greatest kept without a branch: which
		 * width wins is at random, and the test was missed 80k
		 * times on 60 pages.) */
		best = 0;
		for (k = 0; k < cw->nx[m]; k++) {
			x = cw->xs[m][k];
			score = c[x] << 16 | x;
			best = score > best ? score : best;
		}
		cw->score[m] = best >> 16;
		cw->at[m] = best & 0xFFFF;
	}
}

void
seg_columns(struct seg *s)
{
	size_t *v = xreallocarray(NULL, s->nl + 1, sizeof *v), nv = 0, i, k = 0;
	size_t *zone = xreallocarray(NULL, s->nl + 1, sizeof *zone);
	size_t *zlo = xreallocarray(NULL, s->nl + 1, sizeof *zlo);
	size_t *zhi = xreallocarray(NULL, s->nl + 1, sizeof *zhi);
	size_t z = 0, zk = 0;
	int page_votes[NMETRIC] = { 0 }, *med;
	struct perline_sums ps;
	struct col_window *cw;

	/* Zones, and the range of voters each holds. */
	for (i = 0; i < s->nl; i++)
		if (voter(&s->l[i]))
			v[nv++] = i;
	med = xreallocarray(NULL, 2 * (nv + 1) * NMETRIC, sizeof *med);
	side_medians(s, v, nv, med, med + (nv + 1) * NMETRIC);
	for (i = 0; i < s->nl; i++) {
		if (i > 0 && zone_start(&s->l[i]) && !zone_start(&s->l[i - 1])) {
			z++;
			zk = k;
		} else if (k < nv && v[k] == i && k >= zk + ZONE_SIDE &&
		    width_jump(s, v, nv, k, med, med + (nv + 1) * NMETRIC)) {
			/* (the voters before must be of this zone) */
			z++;
			zk = k;
		}
		if (k < nv && v[k] == i)
			k++;
		zone[i] = z;
	}
	free(med);
	nv = 0;
	k = 0;
	perline_sums(s, &ps);
	for (i = 0; i <= z; i++) {
		zlo[i] = (size_t)-1;
		zhi[i] = 0;
	}
	for (i = 0; i < s->nl; i++)
		if (voter(&s->l[i])) {
			if (zlo[zone[i]] == (size_t)-1)
				zlo[zone[i]] = nv;
			zhi[zone[i]] = nv + 1;
			v[nv++] = i;
		}
	cw = xcalloc(1, sizeof *cw);
	for (i = 0; i < s->nl; i++) {
		struct seg_line *l = &s->l[i];
		int m, bestm = 0, best = -1, at = 0;
		size_t lo, hi, a = 0, b = nv;

		/* The voters nearest line i: COL_WINDOW on each side, in its
		 * zone when the zone has enough. */
		while (k < nv && v[k] < i)
			k++;
		if (zlo[zone[i]] != (size_t)-1 &&
		    zhi[zone[i]] - zlo[zone[i]] >= ZONE_MIN_VOTERS) {
			a = zlo[zone[i]];
			b = zhi[zone[i]];
		}
		{
			size_t c = k < a ? a : k > b ? b : k;
			lo = c >= a + COL_WINDOW ? c - COL_WINDOW : a;
			hi = c + COL_WINDOW < b ? c + COL_WINDOW : b;
		}
		col_move(cw, s, v, lo, hi);
		for (m = 0; m < NMETRIC; m++) {
			/* Ties go to the metric most of the page agrees in. */
			if (cw->score[m] > best || (cw->score[m] == best &&
			    page_votes[m] > page_votes[bestm])) {
				best = cw->score[m];
				bestm = m;
				at = cw->at[m];
			}
		}
		page_votes[bestm]++;
		l->cw = l->w[bestm];
		l->col = best > 0 ? at : l->cw;
		l->perline = perline_around(s, &ps, i);
		if (l->perline)
			l->col = PERLINE_CELLS;
	}
	smooth(s, zone);
	free(cw);
	free(ps.text);
	free(v);
	free(zone);
	free(zlo);
	free(zhi);
}

/* A paragraph's own measure counts where it is this many cells narrower
 * than the column model's (less, and the model's full-line tolerance
 * already covers it). */
#define LOCAL_NARROWER 4
/* The unfinished lines inside a paragraph agree on its measure within
 * this many cells (a mark hung or pushed). */
#define LOCAL_SPREAD 2
/* A run the model took for paragraphs one a line (a line wider than any
 * column near it) is a wrapped column when this many of its lines are
 * full ones that agree: whole paragraphs, each on a line of its own, do
 * not go on from line to line. */
#define LOCAL_WRAPPED 2

/* Whether line l can be a line of a wrapped paragraph for the local
 * measure: text (the model may have taken it for one paragraph a line:
 * seg_local_columns asks more of those). */
static int
local_line(const struct seg_line *l)
{
	return (l->kind == L_TEXT || l->kind == L_DATELINE) && !l->doubled &&
	    !l->gone;
}

/* Whether line b goes on the sentence of the line a before it: a ends on
 * a pause or holds one (a title seldom does), or the text reads on across
 * the cut. Then b is no paragraph's first line, and is full or last. */
static int
goes_on(const struct seg *s, const struct seg_line *a,
    const struct seg_line *b)
{
	return a->mid || a->commas > 0 || seg_starts_inside(b) ||
	    seg_reads_on(s, a, b);
}

/* Line l's width in metric mt (-1: the one its column model chose). */
static int
width_in(const struct seg_line *l, int mt)
{
	return mt < 0 ? l->cw : l->w[mt];
}

/* A run of text lines i..j, unfinished but j, and its measure. */
struct local_run {
	size_t i, j;
	int on;              /* line i goes on into line i + 1 */
	int pl;              /* the model took a line of it for a paragraph */
	int m, lo;           /* the widest and narrowest full line */
	int mt;              /* the metric they are measured in (-1: the
	                        model's) */
	int margin;          /* cells the measure may take for an indent */
};

/* The next run from line *i on (0: none left); *i moves past what was
 * looked at. */
static int
next_run(const struct seg *s, size_t *i, struct local_run *r)
{
	size_t j;

	while (*i < s->nl) {
		if (!local_line(&s->l[*i]) || s->l[*i].final) {
			(*i)++;
			continue;
		}
		for (j = *i + 1; j < s->nl && local_line(&s->l[j]) &&
		    !s->l[j].final; j++)
			;
		if (j >= s->nl || !local_line(&s->l[j])) {
			*i = j;
			continue;
		}
		r->i = *i;
		r->j = j;
		*i = j + 1;
		return 1;
	}
	return 0;
}

/* The run's full lines (the unfinished ones that cannot open a
 * paragraph) measured in the metric they agree in best (the model's, on
 * a tie): the model chose the metric of the wider text around. r->m < 0
 * where it has none. */
static void
full_lines_measure(const struct seg *s, struct local_run *r)
{
	size_t k;
	int x;

	r->m = -1;
	r->lo = 1 << 20;
	r->mt = -1;
	for (x = -1; x < NMETRIC; x++) {
		int xm = -1, xlo = 1 << 20;
		for (k = r->i + (r->on ? 1 : 2); k < r->j; k++) {
			int w = width_in(&s->l[k], x);
			xm = w > xm ? w : xm;
			xlo = w < xlo ? w : xlo;
		}
		if (x < 0 || xm - xlo < r->m - r->lo) {
			r->m = xm;
			r->lo = xlo;
			r->mt = x;
		}
	}
}

/* The measure of run r of two or three lines (no full line): its lines
 * after the first are no wider, and where the first may be a title (it
 * does not go on into the second) the second may be a first line set in
 * by the indent. 0 where it is no run to measure. */
static int
short_run_measure(const struct seg *s, struct local_run *r)
{
	size_t k;
	int ok = 1;

	/* (a short run ending on a question or call, 孩子反复发烧， / 要不要
	 * 马上去医院？, is a title as often, wrapped to a measure of its own,
	 * under the title before it too: 岚县马铃薯喜获丰收 / 孩子反复发烧，
	 * / …？. Only runs of two were so read: all such, stop 36 round 2,
	 * c-t1 +0.0009, c-t4 +0.0038, c-t5 +0.0009, c-f2 +0.0085.) */
	if (s->l[r->j].exclaim)
		ok = 0;
	r->mt = -1;
	for (k = r->i + 1; k <= r->j; k++)
		r->m = s->l[k].cw > r->m ? s->l[k].cw : r->m;
	r->lo = r->m;
	r->margin = r->on ? 0 : INDENT_CELLS;
	return ok;
}

/* Whether the run's lines agree with its measure: full lines within
 * LOCAL_SPREAD, none wider, the second no shorter than an indent allows. */
static int
agrees(const struct seg *s, const struct local_run *r)
{
	size_t k;
	int widest = 0;

	for (k = r->i; k <= r->j; k++)
		widest = width_in(&s->l[k], r->mt) > widest ?
		    width_in(&s->l[k], r->mt) : widest;
	return r->m - r->lo <= LOCAL_SPREAD && widest <= r->m + LOCAL_SPREAD &&
	    (r->on || width_in(&s->l[r->i + 1], r->mt) >=
	    r->m - INDENT_CELLS - LOCAL_SPREAD);
}

/* The run's lines from `from` on judged against its measure where it is
 * clearly narrower than the model's. */
static void
set_measure(struct seg *s, const struct local_run *r, size_t from)
{
	size_t k;

	for (k = from; k <= r->j; k++)
		if (r->m + r->margin <= s->l[k].col - LOCAL_NARROWER) {
			s->l[k].col = r->m;
			s->l[k].cw = width_in(&s->l[k], r->mt);
		}
}

/*
 * The column model fits the page's measure around a line; a short item
 * set in a narrower column beside a wider report takes that wider width,
 * and its full lines look short (a headline's). A paragraph measures its
 * own column: take the run of text lines from one after a sentence end to
 * the next sentence end. Its unfinished lines that cannot open a
 * paragraph (the third on, or the second where the first goes on into
 * it) are full: they agree within LOCAL_SPREAD on the measure, and no
 * line of the run is wider, all measured in the metric those full lines
 * agree in best (full_lines_measure). A run of two or three lines has
 * none such (short_run_measure). Where the measure is clearly narrower
 * than the model's, even so, the run's lines are judged against it (but a
 * title's, over a second line short by the indent). A run the model took
 * for one paragraph a line (a line wider than any column within its
 * window: a photo item's text set across the page) is a wrapped column
 * when LOCAL_WRAPPED of its full lines agree on a measure narrower than
 * paragraphs a line are.
 */
void
seg_local_columns(struct seg *s)
{
	struct local_run r;
	size_t i = 0, k, from;
	int ok, nsure;

	while (next_run(s, &i, &r)) {
		r.on = goes_on(s, &s->l[r.i], &s->l[r.i + 1]);
		r.pl = 0;
		r.margin = 0;
		for (k = r.i; k <= r.j; k++)
			r.pl |= s->l[k].perline;
		nsure = (int)(r.j - r.i) - (r.on ? 1 : 2);
		if (r.pl && nsure < LOCAL_WRAPPED)
			continue;
		full_lines_measure(s, &r);
		ok = r.m >= 0 || short_run_measure(s, &r);
		ok = ok && agrees(s, &r);
		from = !r.on && r.j > r.i + 1 && width_in(&s->l[r.i + 1], r.mt) <=
		    r.m - INDENT_CELLS + 1 ? r.i + 1 : r.i;
		if (ok && r.pl && r.m < PERLINE_MEDIAN)
			for (k = from; k <= r.j; k++)
				s->l[k].perline = 0;
		else if (r.pl)
			ok = 0;
		if (ok)
			set_measure(s, &r, from);
	}
}
