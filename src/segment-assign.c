/*
 * segment-assign.c: articles from paragraphs and headlines, all at once
 * (SPEC import 6). The page's live paragraphs are cut into runs, one
 * article each, and every run gets one headline of the page or none; each
 * headline heads at most one run. Dynamic programming over the paragraphs
 * chooses the cuts and the headlines together, maximising:
 *
 *   - for each run, how well its headline fits: the headline's rare words
 *     in the run's first paragraph and in every paragraph, the byline's
 *     names in the body, and where the headline stands (right before the
 *     run, right after it, or gathered at the page end in the runs' order);
 *   - for each cut, its evidence (a dateline after it, a mark or a credit
 *     before it) against what it breaks (rare words shared across it);
 *   - for a lone title standing between paragraphs that are not cut, the
 *     evidence that it is a section heading.
 *
 * A run with no headline costs W_A_UNTITLED (a photo's lead-in does not).
 * A headline chosen for two runs is kept by the better one and the search
 * runs again without it for the other.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/util.h"
#include "segment-int.h"

#define W(x) seg_w[W_##x]
#define NEVER (-1e9)
/* Paragraphs on each side that cohesion across a cut compares. */
#define COHESION_SPAN 2
/* Paragraphs before and after a lone title that its section's cohesion
 * with the article before compares. */
#define SECTION_BEFORE 6
#define SECTION_AFTER 3
/* Rounds of Lagrangian relaxation at most to choose each headline once,
 * and the first step of its price (halved each round). */
#define CONFLICT_ROUNDS 8
#define LAMBDA_STEP 4.0
/* Searches at most in the branch and bound over the conflicts: 8 find
 * as good a choice as 16 on the tuning pages, in the time of the greedy
 * branch it replaced. */
#define BRANCH_BUDGET 8
/* A block's headlines that can stand right after a body: a block of
 * more is gathered. */
#define AFTER_MAX 2

/* What stands in the gap before live paragraph g (g == np: after the
 * last one). */
struct gap {
	int blocks;          /* headline blocks */
	int anchored;        /* ... with a block that cannot be a heading */
	int heading;         /* headline index of a heading candidate, or -1 */
	int credit;          /* a credit, a byline after a body, a source */
	int caption;         /* a caption that stands alone (cut no sentence) */
	int foreign;         /* ... sharing words with no paragraph near it */
	int leadin;          /* ... after a short paragraph opening as a lead */
	int leadin_about;    /* ... and the caption is about that paragraph */
	int series;          /* heading candidates in the same stretch */
	int alike;           /* ... of those, set in the form this one is
	                        (plain ones count plain ones) */
	int form;            /* the heading candidate's form (seg_heading_form) */
	int form_series;     /* ... how many of the stretch share it (0: plain) */
	int width;           /* the text after is set in another column width */
	double cohesion;     /* rare words shared across */
	double depth;        /* how far cohesion dips here (depth_of) */
	double section;      /* ... by the text before and after a heading */
	int apart;           /* the stretches on the two sides share no words
	                        (words_apart) */
	int speaker;         /* the people answering on the two sides differ
	                        (seg_speakers_change) */
	int answer;          /* the paragraph before asks (an asking label,
	                        记者：…？) and the one after answers it */
	int asked;           /* the paragraph after opens with an asking
	                        label (记者：, 问：; seg_opens_qa) */
	int guest;           /* the one answering first after it is named
	                        before it in its stretch (guest_named) */
	int answers_on;      /* the one answering last before it answers
	                        again after it (answers_on) */
	int interview;       /* an interview's intro opens after it, its
	                        turns none before (opens_interview) */
	int retold;          /* an interview's intro that tells of it opens
	                        after it (retells_interview) */
	int intro;           /* an interview's intro that tells of the
	                        interview (采访, 专访) ends before it, its
	                        first question after it (intro_ends) */
	int report;          /* the paragraph after opens as a report does
	                        (opens_report: a dateline, a lead) */
	int brief_end;       /* a brief ends before it (brief_ends) */
	int day_on;          /* the paragraph after opens on a day that the
	                        ones before name (day_on) */
	int bare_byline;     /* a byline-only headline stands at it (a
	                        byline after a body): guest_named stops at
	                        it; credit unless lone_name_reads_on */
};

struct dp {
	struct seg *s;
	struct gap *g;       /* np + 1 gaps */
	int nh;              /* states 0..nh-1 headlines; nh: untitled */
	int *gap_of;         /* per headline: its gap */
	int *usable;         /* per headline: may head an article */
	double *aff;         /* aff[p * nh + h]: affinity of h to p */
	char *names;         /* names[p * nh + h] */
	char *banned;        /* banned[p * nh + h]: h may not start at p */
	double *lambda;      /* per headline: what heading a run costs more */
	int constrained;     /* bans and lambda apply (not for true scores) */
	int *before;         /* per state: the headlines gathered just before
	                        it in its block (two: a split's lower part and
	                        the whole), or -1 (order_score) */
	double *st, *em;     /* start_base and emit_base, [p * (nh + 1) + k] */
	double *en;          /* end_base, [p * (nh + 1) + k] */
	double *cut, *cont;  /* cut_score and cont_score, per p >= 1 */
	char *hits;          /* hit, [p * (nh + 1) + k] */
	/* The Viterbi pass's tables, made once for every pass of the
	 * search (viterbi_alloc): np * 2 (nh + 1) cells, and nh + 1. */
	double *vbest, *vendv;
	int *vfrom, *venda;
	char *vcut;
	/* The bans and prices the tables were made under (vvalid: made at
	 * all): a row depends on the bans of its paragraph and the rows
	 * before it, so a pass after bans from paragraph p on starts there
	 * (viterbi_from). */
	char *vban;
	double *vlam;
	int vvalid;
	double *share;       /* per headline: what its words count for
	                        (lone_share_of) */
	char *wordless;      /* per headline: pays W_A_NO_WORDS for a run that
	                        holds none of its words (see seg_assign) */
	char *late;          /* per headline: its words may come late in its
	                        text (a pulled quote): no W_A_UNMET */
};

/* Cohesion dips this deep inside one article too (between a feature's
 * sections, around a quotation); deeper is evidence of two texts. */
#define DEPTH_MIN 0.3

/*
 * How far the cohesion at gap p dips below the gaps around it (TextTiling's
 * depth): the rise to the highest cohesion reached walking uphill to the
 * left, plus the rise to the right. Paragraphs of one article share their
 * rare words unevenly, so a low cohesion alone says little; a gap far
 * below the stretches on both sides is where one text stops and another
 * starts, though nothing else marks it (a text whose headline is not on
 * the page).
 */
static double
depth_of(const struct gap *g, size_t p, size_t np)
{
	double c = g[p].cohesion, left = c, right = c;
	size_t q;

	for (q = p; q > 1 && g[q - 1].cohesion >= left; q--)
		left = g[q - 1].cohesion;
	/* To the right only up to the next headline block or the next
	 * report's opening (a dateline, a lead; its gap's cohesion still
	 * counts: a title read as a paragraph shares its report's words):
	 * the text a cut at p would open ends there, and the cohesion past
	 * it is another text's (a report's short last paragraph, sharing no
	 * rare word with the two before it, dipped against the next
	 * report's and was cut off as an untitled text). Stopped at a block
	 * on the left too, seeds 1-1500 gain the same and the confirm split
	 * a little more, but a title read as a paragraph after a
	 * one-paragraph report (test-segment's long dump) is no longer cut
	 * off its report. */
	for (q = p; q + 1 < np && !g[q + 1].blocks &&
	    g[q + 1].cohesion >= right; q++) {
		right = g[q + 1].cohesion;
		if (g[q + 1].report)
			break;
	}
	return (left - c) + (right - c);
}

/* Paragraphs on each side of a caption that its words are looked for in. */
#define CAPTION_NEAR 3
/* A caption sharing less than this share of its rare words with each of
 * them is about none of them. */
#define CAPTION_FOREIGN 0.15

/*
 * Whether the caption standing before live paragraph at is about none of
 * the paragraphs near it: a picture printed inside an article shows what
 * the article tells (图为…), so its caption shares words with it; one
 * that shares none is a photo item of its own, or another article's, and
 * the text does not run on across it.
 */
static int
foreign_caption(const struct seg *s, const char *text, size_t at)
{
	size_t a0 = at >= CAPTION_NEAR ? at - CAPTION_NEAR : 0;
	size_t b1 = at + CAPTION_NEAR - 1;

	if (at == 0 || at >= s->np)
		return 0;
	return seg_text_fit(s, text, a0, at - 1) < CAPTION_FOREIGN &&
	    seg_text_fit(s, text, at, b1) < CAPTION_FOREIGN;
}

/* For each heading candidate in gaps [p, q): how many there are set in
 * its form (none for a plain one). */
static void
form_series(struct dp *d, size_t p, size_t q)
{
	const struct seg *s = d->s;
	size_t k, j;

	for (k = p; k < q && k <= s->np; k++)
		d->g[k].form = d->g[k].heading < 0 ? 0 :
		    seg_heading_form(s->h[d->g[k].heading].title);
	for (k = p; k < q && k <= s->np; k++)
		for (j = p; d->g[k].form != 0 && j < q && j <= s->np; j++)
			d->g[k].form_series += d->g[j].form == d->g[k].form;
}


/* Lines of a paragraph whose widths para_col reads at most. */
#define PARA_COL_LINES 16

/* The column width a paragraph is set in: the upper median of its lines'
 * widths but the last's (wrapped lines fill the column; the first may be
 * short by its indent, the last by where the text ended, and a line
 * glued to another column's by a faulty dump is far wider), or 0 where
 * fewer than two lines say (a paragraph a line, or too short to have
 * wrapped twice). */
static int
para_col(const struct seg *s, const struct seg_item *it)
{
	int v[PARA_COL_LINES], n = 0;
	size_t k;

	for (k = it->first; k < it->last && n < PARA_COL_LINES; k++)
		if (!s->l[k].gone && !s->l[k].perline)
			v[n++] = s->l[k].cw;
	if (n < 2)
		return 0;
	seg_sort_ints(v, n);
	return v[n / 2];
}

/* Whether the paragraphs on the two sides of gap p are set in different
 * column widths. An article is set in one width from its first line to
 * its last; the next article on the page often is not. */
static int
width_changes(const int *col, size_t p)
{
	/* (col: each paragraph's para_col, found once: each gap asked it
	 * of the paragraphs on both sides) */
	int a = col[p - 1], b = col[p];

	return a > 0 && b > 0 && abs(a - b) >= WIDTH_APART;
}

/* Paragraphs on each side of a gap that words_apart compares, ... */
#define APART_SPAN 6
/* ... which must hold this many distinct pairs of characters on each
 * side for sharing none to say anything: two short texts share no rare
 * word by chance, inside one report too (80 / 100 / 140 tried on seeds
 * 1-600: 100). */
#define APART_MIN_BIGRAMS 100
/* Sides sharing less than this of their rare words (seg_share) are
 * two texts. On seeds 1-600, with 150 characters or more a side, below
 * 0.05 fall 15 of 6,550 gaps inside an article and 62 of 670 cuts with
 * no headline at the gap; below 0.1, 73 and 185 (0.05 / 0.08 / 0.1 /
 * 0.13 tried: 0.08; 0.13 gained most on the tuning split and lost on
 * the confirm split). */
#define STRETCH_APART 0.08
/* Where the two paragraphs on each side of a gap share this much, the
 * six do not fall below STRETCH_APART: not measured (the same choices on
 * seeds 1-600 and the confirm split, a fifth of words_apart's time). */
#define APART_NARROW_MAX 0.2

/*
 * Whether the text on the two sides of gap p, up to APART_SPAN
 * paragraphs each way and not across another headline block, is long
 * enough and shares next to none of its rare words: the gap's cohesion
 * (two paragraphs a side) is often near zero inside a report (a short
 * paragraph, a quote), but a report goes on in its own words over six.
 * An untitled text after a short item (its headline elsewhere or none)
 * is found by this where nothing else marks the cut.
 */
static int
words_apart(const struct dp *d, struct seg_windows *w, size_t p)
{
	const struct seg *s = d->s;
	size_t a0 = p - 1, b1 = p, na = s->npbg[p - 1], nb = s->npbg[p];

	if (d->g[p].cohesion >= APART_NARROW_MAX)
		return 0;
	while (a0 > 0 && p - a0 < APART_SPAN && d->g[a0].blocks == 0)
		na += s->npbg[--a0];
	while (b1 + 1 < s->np && b1 + 1 - p < APART_SPAN &&
	    d->g[b1 + 1].blocks == 0)
		nb += s->npbg[++b1];
	return na >= APART_MIN_BIGRAMS && nb >= APART_MIN_BIGRAMS &&
	    seg_windows_share_below(w, s, a0, p - 1, p, b1, STRETCH_APART);
}

/* Paragraphs on each side of a gap that its speakers are looked for in:
 * an answer follows a question, so a speaker speaks every other one. */
#define SPEAKER_NEAR 4

/* The length of paragraph q's speaker (seg_speaker_len), from len[] when
 * given: find_gaps asks each paragraph's about eight times. */
static size_t
speaker_of(const struct seg *s, const size_t *len, size_t q)
{
	return len != NULL ? len[q] : seg_speaker_len(s->it[s->paras[q]].text);
}

static int
speaks_in(const struct seg *s, const size_t *lens, const char *t, size_t len,
    size_t a0, size_t a1)
{
	size_t p;

	for (p = a0; len > 0 && p <= a1; p++) {
		const char *u = s->it[s->paras[p]].text;
		if (speaker_of(s, lens, p) == len && memcmp(u, t, len) == 0)
			return 1;
	}
	return 0;
}

int
seg_speaks_in(const struct seg *s, const char *t, size_t len, size_t a0,
    size_t a1)
{
	return speaks_in(s, NULL, t, len, a0, a1);
}

/*
 * Whether the interviewee answering last before gap p and the one
 * answering first after it are two people, neither of whom answers on
 * the other side: two interviews set one after the other, which a
 * change of speaker tells where their words may not (two people of one
 * trade talk of the same things). In a talk among several, each speaks
 * on both sides. (lens: each paragraph's speaker_of, or NULL.)
 */
static int
speakers_change(const struct seg *s, const size_t *lens, size_t p)
{
	size_t a0 = p > SPEAKER_NEAR ? p - SPEAKER_NEAR : 0;
	size_t b1 = p + SPEAKER_NEAR - 1 < s->np ? p + SPEAKER_NEAR - 1 :
	    s->np - 1;
	size_t q, r, lq = 0, lr = 0;
	const char *tq = NULL, *tr = NULL;

	/* (the nearest answer on each side) */
	for (q = p; q > a0 && lq == 0; q--) {
		tq = s->it[s->paras[q - 1]].text;
		lq = speaker_of(s, lens, q - 1);
	}
	for (r = p; r <= b1 && lr == 0; r++) {
		tr = s->it[s->paras[r]].text;
		lr = speaker_of(s, lens, r);
	}
	/* (the one before answering after it also finds them the same) */
	return lq > 0 && lr > 0 && !speaks_in(s, lens, tq, lq, p, b1) &&
	    !speaks_in(s, lens, tr, lr, a0, p - 1);
}

int
seg_speakers_change(const struct seg *s, size_t p)
{
	return speakers_change(s, NULL, p);
}

/* What find_gaps knows of each live paragraph's turn in an interview,
 * found once: its speaker's length (speaker_of), whether it opens with
 * an asking label (seg_opens_qa: qa) or an unnamed answer (opens_answer:
 * ans). The gaps' tests asked them of each paragraph some ten times. */
struct turns {
	const size_t *spk;
	char *qa, *ans;
};

/* Whether t opens an unnamed answer (答： or 答:). */
static int
opens_answer(const char *t)
{
	return seg_starts(t, "答：") || seg_starts(t, "答:");
}

/* Whether live paragraph p answers the question the paragraph before it
 * asks: that one opens with an asking label (记者：, 问：) and ends with
 * a question mark, and p opens with the interviewee's name and colon or
 * 答：. (spk: each paragraph's speaker_of.) */
static int
answers(const struct seg *s, const struct turns *tu, size_t p)
{
	const char *q = s->it[s->paras[p - 1]].text;

	return tu->qa[p - 1] && (seg_ends(q, "？") || seg_ends(q, "?")) &&
	    !tu->qa[p] && (tu->spk[p] > 0 || tu->ans[p]);
}

/* The bytes of paragraph q's answerer that another answer of the same
 * one opens with: its name (spk[q]), or 答 of an answer unnamed; 0 for
 * none. */
static size_t
answerer(const struct turns *tu, size_t q)
{
	if (tu->qa[q])
		return 0;
	if (tu->spk[q] > 0)
		return tu->spk[q];
	return tu->ans[q] ? strlen("答") : 0;
}

/* Whether the one answering last before gap p (within SPEAKER_NEAR)
 * answers again after it, as near: one interview goes on across the gap
 * (a talk among several too). */
static int
answers_on(const struct seg *s, const struct turns *tu, size_t p)
{
	size_t a0 = p > SPEAKER_NEAR ? p - SPEAKER_NEAR : 0;
	size_t b1 = p + SPEAKER_NEAR - 1 < s->np ? p + SPEAKER_NEAR - 1 :
	    s->np - 1;
	size_t q, r, n = 0;
	const char *t = NULL;

	for (q = p; q > a0 && n == 0; q--)
		if ((n = answerer(tu, q - 1)) > 0)
			t = s->it[s->paras[q - 1]].text;
	for (r = p; n > 0 && r <= b1; r++)
		if (answerer(tu, r) == n &&
		    memcmp(s->it[s->paras[r]].text, t, n) == 0)
			return 1;
	return 0;
}

/* An interview's first question stands this many paragraphs after its
 * intro's first at most: one, an intro of a single paragraph (the scene,
 * then 记者：…; an editor's note before it is asked apart). Two let the
 * cut fire before the last paragraph of the article above as well
 * (extras 24 -> 52 on 300 tuning pages of interviews, commentaries and
 * speeches). */
#define INTRO_PARAS 1

/* Whether paragraph q is a turn of an interview: asked (记者：) or
 * answered (NAME：, 答：). */
static int
is_turn(const struct turns *tu, size_t q)
{
	return tu->spk[q] > 0 || tu->qa[q] || tu->ans[q];
}

/* Whether text t holds name[0..len) with spaces allowed between its
 * characters: a guest list aligns its names in a column (张　磊, its
 * wide space cleaned to one). */
static int
holds_spaced(const char *t, const char *name, size_t len)
{
	for (; *t != '\0'; t++) {
		const char *u = t;
		size_t j = 0;
		while (j < len) {
			if (*u == name[j]) {
				u++;
				j++;
			} else if (j > 0 && *u == ' ') {
				u++;
			} else {
				break;
			}
		}
		if (j == len)
			return 1;
	}
	return 0;
}

/*
 * Whether the one answering first after gap p (within SPEAKER_NEAR) is
 * named before it, back to the gap of the last anchored headline or
 * credit: a talk among several names its guests in a list or its intro
 * before their first turns, and a guest answering after a heading is
 * one of them.
 */
static int
guest_named(const struct dp *d, const struct turns *tu, size_t p)
{
	const struct seg *s = d->s;
	const size_t *lens = tu->spk;
	size_t a0 = p > SPEAKER_NEAR ? p - SPEAKER_NEAR : 0;
	size_t b1 = p + SPEAKER_NEAR - 1 < s->np ? p + SPEAKER_NEAR - 1 :
	    s->np - 1;
	size_t r, q, lr = 0;
	const char *tr = NULL;

	for (r = p; r <= b1 && lr == 0; r++) {
		tr = s->it[s->paras[r]].text;
		lr = lens[r];
	}
	/* (an answer goes on after its speaker's colon; a line of its
	 * name and colon alone is a speech's hearers, 同志们：) */
	if (lr == 0 || tr[lr + strlen("：")] == '\0')
		return 0;
	/* (and the talk goes on up to the gap: a turn stands right
	 * before it; a profile naming someone its interview then asks,
	 * set under a plain title, has none) */
	for (q = p; q > a0 && !is_turn(tu, q - 1); q--)
		;
	if (q == a0)
		return 0;
	for (q = p; q > 0; q--) {
		if (holds_spaced(s->it[s->paras[q - 1]].text, tr, lr))
			return 1;
		if (d->g[q - 1].anchored || d->g[q - 1].credit ||
		    d->g[q - 1].bare_byline)
			break;
	}
	return 0;
}

/*
 * Whether an interview's intro opens at live paragraph p: its first
 * question (记者：, 问：) stands within INTRO_PARAS paragraphs, no turn
 * between, and no turn stands in the SPEAKER_NEAR paragraphs before p.
 * An interview is set as turns from its first question to its end, after
 * an intro that is no turn; text without turns before the intro is
 * another article's (an untitled interview under a report, or a report
 * under an untitled interview's headline elsewhere).
 */
static int
intro_opens(const struct seg *s, const struct turns *tu, size_t p)
{
	size_t q;

	for (q = p; q < s->np && q <= p + INTRO_PARAS; q++) {
		if (tu->qa[q])
			break;
		if (is_turn(tu, q))
			return 0;
	}
	if (q == p || q >= s->np || q > p + INTRO_PARAS)
		return 0;
	/* (an editor's note before p opened the intro: 编者按：… / 本报
	 * 记者就此专访了… / 记者：) */
	if (p > 0 && seg_opens_editor_note(s->it[s->paras[p - 1]].text))
		return 0;
	return 1;
}

/* opens_interview, where intro_opens(s, tu, p) is known: io
 * (find_gaps asks it of every gap for retells_interview too). */
static int
interview_opens(const struct turns *tu, size_t p, int io)
{
	size_t q, a0 = p > SPEAKER_NEAR ? p - SPEAKER_NEAR : 0;

	if (!io)
		return 0;
	for (q = a0; q < p; q++)
		if (is_turn(tu, q))
			return 0;
	return 1;
}

static int
opens_interview(const struct seg *s, const struct turns *tu, size_t p)
{
	return interview_opens(tu, p, intro_opens(s, tu, p));
}

/* Whether paragraph t tells of an interview (…记者采访了…, 专访): each
 * 访 of t (one walk, where a search for each word walked t twice; the
 * UTF-8 form of 访 cannot overlap itself, so stepping past one finds
 * every other) after 采 or 专. */
static int
tells_interview(const char *t)
{
	const char *q = t;

	while ((q = strstr(q, "访")) != NULL) {
		if (q - t >= 3 && (memcmp(q - 3, "采", 3) == 0 ||
		    memcmp(q - 3, "专", 3) == 0))
			return 1;
		q += 3;
	}
	return 0;
}

/*
 * Whether an interview's intro that tells of the interview (…记者就此
 * 采访了…) opens at live paragraph p, its first question right after:
 * an interview opens there, whatever stands before it. In the tuning
 * halves' truth all 550 such paragraphs open their article; inside one
 * interview a paragraph between two turns goes on with an answer and
 * does not tell of the interview being held. Where turns stand before
 * it (a second interview set under the last answer of another),
 * opens_interview does not fire; where none do, this adds to it (an
 * untitled interview under a report, its headline on another page).
 */
static int
retells_interview(const struct seg *s, size_t p, int io)
{
	/* (io: intro_opens at p, known; the words are sought only then) */
	return io && tells_interview(s->it[s->paras[p]].text);
}

/*
 * Whether an interview's intro ends before live paragraph p, its first
 * question: the intro opens at p - 1 (opens_interview) and tells of the
 * interview (…记者采访了…, 专访): the intro and its questions are one
 * article. Without those words the text before the question may be
 * another article's (an interview set with no intro).
 */
static int
intro_ends(const struct seg *s, const struct turns *tu, size_t p)
{
	const char *t = s->it[s->paras[p - 1]].text;

	return tu->qa[p] && tells_interview(t) && opens_interview(s, tu, p - 1);
}

/* Whether live paragraph p opens as a report does: a dateline, or a news
 * lead's date or 近日，… (a feature's sections open otherwise). */
static int
opens_report(const struct seg *s, size_t p)
{
	return s->it[s->paras[p]].dateline || s->it[s->paras[p]].lead;
}

/*
 * Whether caption text is about live paragraph p more than about the
 * paragraphs before it: it holds CAPTION_SHARE of the caption's rare
 * words, and more than any of the COHESION_SPAN before it. A photo's
 * lead-in tells what its caption shows; a report's last paragraph over
 * the report's picture shares it with the report.
 */
static int
about_leadin(const struct seg *s, const char *text, size_t p)
{
	double fl = seg_text_fit(s, text, p, p);

	return fl >= CAPTION_SHARE && (p == 0 || fl > seg_text_fit(s, text,
	    p >= COHESION_SPAN ? p - COHESION_SPAN : 0, p - 1));
}

/*
 * Whether gap at is where the page's text ends: after the last paragraph,
 * or before nothing but a photo's lead-in at the page end (at most
 * LEAD_IN_PARAS paragraphs, the first opening as a lead-in does, the last
 * short, and a caption after them). A title there stands between no two
 * texts of the page: no section heading, but a headline set after its
 * body or gathered there with others. (d->g's captions must be found.)
 */
static int
text_ends(const struct dp *d, size_t at)
{
	const struct seg *s = d->s;
	size_t np = s->np;

	if (at >= np)
		return 1;
	return at > 0 && np - at <= LEAD_IN_PARAS && d->g[np].caption &&
	    seg_opens_leadin(&s->it[s->paras[at]]) &&
	    utf8_count(s->it[s->paras[np - 1]].text) <= LEAD_IN_LAST_CHARS;
}

/* Paragraphs before a gap in which day_on looks for the day. */
#define DAY_ON_SPAN 3

/*
 * Whether live paragraph p opens on a day without its month (13日一早，…)
 * that one of the DAY_ON_SPAN paragraphs before it names (12月12日夜间至
 * 13日凌晨，…): a report tells its day by day so, the month given once
 * at its start; a text's lead gives the month, or names a day no text
 * above it does (5日清晨，… opening a brief). In the readable sets'
 * truth 44 paragraphs so opening go on with their text (two of one
 * report, on 22 pages), none opens one; 10 of 429 leads that give
 * their month name a day the text before them does, so the month is
 * no such evidence.
 */
static int
day_on(const struct seg *s, size_t p)
{
	int day = seg_bare_day(s->it[s->paras[p]].text);
	size_t q;

	for (q = p; day > 0 && q > 0 && p - q < DAY_ON_SPAN; q--)
		if (seg_names_day_number(s->it[s->paras[q - 1]].text, day))
			return 1;
	return 0;
}

/* The paragraphs on the two sides of a bare name alone in its block
 * share at least this much of their rare words (seg_cohesion) where the
 * name is a section's heading, not a byline after a body. 0 / 0.05 /
 * 0.08 / 0.1 / 0.15 alike on the readable sets (t2 +0.0097, t3 +0.0110,
 * the others +0: 守望林海的第十九个冬天's 家里人, 0.16 there), 0.2 and
 * up +0; 0.1, the plateau's middle (confirm: f1 -0.0005, one page, f2
 * +0, nwf +0; at 0, f2 -0.0021). */
#define NAME_READS_ON 0.1

/*
 * Whether byline-only headline h is a bare name alone in its block (家里
 * 人, no role word, no title) standing between two paragraphs that read on
 * across it (NAME_READS_ON): a section heading in a name's shape, the
 * feature going on under it. A byline after a body ends its text, and
 * the text after it is another's: they share few rare words.
 */
static int
lone_name_reads_on(const struct dp *d, int h)
{
	const struct seg_headline *hd = &d->s->h[h];
	size_t p = (size_t)d->gap_of[h];

	return hd->blines == 1 && hd->nblock == 1 && *hd->kicker == '\0' &&
	    *hd->subtitle == '\0' && seg_is_name(hd->byline) && p > 0 &&
	    p < d->s->np && d->g[p].cohesion >= NAME_READS_ON;
}

static void
find_gaps(struct dp *d)
{
	struct seg *s = d->s;
	size_t i, p, *spk;
	struct seg_windows *win;
	struct turns tu;
	int h, io, *col;

	d->g = xcalloc(s->np + 1, sizeof *d->g);
	for (p = 0; p <= s->np; p++)
		d->g[p].heading = -1;
	for (i = 0; i < s->nit; i++) {
		const struct seg_item *it = &s->it[i];
		struct gap *g = &d->g[seg_para_after(s, i)];
		if (it->kind == I_BLOCK)
			g->blocks++;
		else if (it->kind == I_CREDIT)
			g->credit = 1;
		else if (it->kind == I_CAPTION && !it->cut) {
			size_t at = (size_t)(g - d->g);
			g->caption = 1;
			g->foreign |= foreign_caption(s, it->text, at);
			g->leadin |= at > 0 && at < s->np &&
			    seg_opens_leadin(&s->it[s->paras[at - 1]]) &&
			    utf8_count(s->it[s->paras[at - 1]].text) <= LEAD_IN_LAST_CHARS;
			if (g->leadin && about_leadin(s, it->text, at - 1))
				g->leadin_about = 1;
		}
	}
	for (h = 0; h < (int)s->nh; h++) {
		const struct seg_headline *hd = &s->h[h];
		struct gap *g = &d->g[seg_para_after(s, hd->item)];
		d->gap_of[h] = (int)(g - d->g);
		/* A split's parts stand where the whole does. */
		if (*hd->title == '\0' || hd->banner || hd->alt_of >= 0)
			continue;
		/* Only between two paragraphs can a title be a heading. */
		if (hd->plain && hd->nblock == 1 && g->blocks == 1 &&
		    g > d->g && !text_ends(d, (size_t)(g - d->g)) &&
		    !seg_is_box_title(hd->title) &&
		    !seg_is_document_title(hd->title))
			g->heading = h;
		else
			g->anchored = 1;
	}
	spk = xreallocarray(NULL, s->np + 1, sizeof *spk);
	col = xreallocarray(NULL, s->np + 1, sizeof *col);
	tu.spk = spk;
	tu.qa = xreallocarray(NULL, 2 * (s->np + 1), 1);
	tu.ans = tu.qa + s->np + 1;
	for (p = 0; p < s->np; p++) {
		const char *t = s->it[s->paras[p]].text;
		spk[p] = seg_speaker_len(t);
		col[p] = para_col(s, &s->it[s->paras[p]]);
		tu.qa[p] = (char)seg_opens_qa(t);
		tu.ans[p] = (char)opens_answer(t);
	}
	for (h = 0; h < (int)s->nh; h++)
		if (*s->h[h].title == '\0')
			d->g[d->gap_of[h]].bare_byline = 1;
	win = seg_windows_new(s);
	for (p = 1; p < s->np; p++) {
		size_t a0 = p >= COHESION_SPAN ? p - COHESION_SPAN : 0;
		size_t b1 = p + COHESION_SPAN - 1 < s->np ? p + COHESION_SPAN - 1 :
		    s->np - 1;
		/* (a notice's issuers and date share their words with each
		 * other, not with any text: no cohesion, or the gaps before
		 * them would look deep) */
		d->g[p].cohesion = s->it[s->paras[p]].signoff ||
		    s->it[s->paras[p - 1]].signoff ? 0 :
		    seg_cohesion(s, a0, p - 1, p, b1);
		if (d->g[p].heading >= 0) {
			a0 = p >= SECTION_BEFORE ? p - SECTION_BEFORE : 0;
			b1 = p + SECTION_AFTER - 1 < s->np ? p + SECTION_AFTER - 1 :
			    s->np - 1;
			d->g[p].section = seg_cohesion(s, a0, p - 1, p, b1);
		}
		/* (a letter's signature ends the letter, not the page's
		 * text on it: the reporter's findings and the reply follow) */
		if (s->it[s->paras[p - 1]].source ||
		    (s->it[s->paras[p - 1]].signoff &&
		    !s->l[s->it[s->paras[p - 1]].first].letter))
			d->g[p].credit = 1;
		d->g[p].width = width_changes(col, p);
		d->g[p].apart = words_apart(d, win, p);
		d->g[p].speaker = speakers_change(s, spk, p);
		d->g[p].answer = answers(s, &tu, p);
		d->g[p].asked = tu.qa[p];
		d->g[p].answers_on = answers_on(s, &tu, p);
		d->g[p].guest = guest_named(d, &tu, p);
		io = intro_opens(s, &tu, p);
		d->g[p].interview = interview_opens(&tu, p, io);
		d->g[p].intro = intro_ends(s, &tu, p);
		d->g[p].retold = retells_interview(s, p, io);
		d->g[p].report = opens_report(s, p);
		d->g[p].day_on = day_on(s, p);
	}
	free(spk);
	free(col);
	free(tu.qa);
	seg_windows_free(win);
	/* Byline-only headlines (a byline after a body) end an article too,
	 * but for a bare name alone in its block that the text reads on
	 * across (lone_name_reads_on). */
	for (h = 0; h < (int)s->nh; h++)
		if (*s->h[h].title == '\0' && !lone_name_reads_on(d, h))
			d->g[d->gap_of[h]].credit = 1;
	for (p = 1; p < s->np; p++)
		d->g[p].depth = depth_of(d->g, p, s->np);
	/* Heading candidates in one stretch between anchored blocks. */
	for (p = 0; p <= s->np;) {
		size_t q = p + 1, k;
		int count = 0, alike[SEG_FORM_LAST + 1];
		while (q < s->np && !d->g[q].anchored && !d->g[q].credit)
			q++;
		/* (a title over a dateline or a news lead heads a report:
		 * no heading of a series) */
		for (k = p; k < q && k <= s->np; k++)
			count += d->g[k].heading >= 0 && k > 0 && k < s->np &&
			    !opens_report(s, k);
		for (k = p; k < q && k <= s->np; k++)
			d->g[k].series = count;
		form_series(d, p, q);
		/* (alike: the series' members counted by form once, then
		 * read by each candidate; a count per candidate walked the
		 * stretch once for each, its heading candidates times its
		 * length) */
		for (k = 0; k <= SEG_FORM_LAST; k++)
			alike[k] = 0;
		for (k = p; k < q && k <= s->np; k++)
			if (d->g[k].heading >= 0 && k > 0 && k < s->np &&
			    !opens_report(s, k))
				alike[d->g[k].form]++;
		for (k = p; k < q && k <= s->np; k++)
			if (d->g[k].heading >= 0)
				d->g[k].alike = alike[d->g[k].form];
		p = q;
	}
}

/* Characters at most between a quote's closing mark and the 说 that
 * ends its paragraph (家住附近的退休教师李秀珍说). In the truth articles
 * (tests/pagegen/articles) 66 paragraphs are one quote and 说。 after it:
 * the speaker takes 1 to 20 characters in 65 of them, 51 in the last (a
 * sentence of its own, not a speaker). A bound, not tuned. */
#define QUOTED_SPEAKER_MAX 24

/* Whether paragraph text t is one quote and its speaker after it:
 * “…。”…说。 with no other quote mark after the quote's close. */
static int
quoted_saying(const char *t)
{
	const char *close, *q;

	if (!seg_starts(t, "“") || !seg_ends(t, "说。"))
		return 0;
	close = strstr(t, "”");
	if (close == NULL)
		return 0;
	/* (the quote's last close: a quote may hold quoted words) */
	while ((q = strstr(close + strlen("”"), "”")) != NULL)
		close = q;
	if (strstr(close, "“") != NULL)
		return 0;
	return utf8_count(close) <= QUOTED_SPEAKER_MAX + 3;
}

/* Whether paragraph text t is an editor's note opening a text (编者按：…,
 * 编者的话：…), not the afterword closing one (编后：…). */
static int
opens_with_note(const char *t)
{
	return seg_opens_editor_note(t) && !seg_starts(t, "编后");
}

/* Score of cutting before live paragraph p (p >= 1), before what the new
 * run's headline brings. */
static double
cut_score(const struct dp *d, size_t p)
{
	const struct seg *s = d->s;
	const struct gap *g = &d->g[p];
	const struct seg_item *prev = &s->it[s->paras[p - 1]];
	const struct seg_item *next = &s->it[s->paras[p]];
	double x = g->blocks > 0 ? 0 : W(A_CUT);

	if (next->dateline)
		x += W(A_CUT_DATELINE);
	if (prev->mark)
		x += W(A_CUT_MARK);
	if (g->credit)
		x += W(A_CUT_CREDIT);
	if (g->foreign)
		x += W(A_CUT_FOREIGN);
	if (g->leadin)
		x += W(A_CUT_LEADIN);
	if (g->leadin_about)
		x += W(A_CUT_LEADIN_ABOUT);
	if (next->lead && !next->dateline) {
		x += W(A_CUT_LEAD);
		if (seg_lead_reports_event(next->text))
			x += W(A_CUT_EVENT);
	}
	if (g->day_on)
		x += W(A_CUT_DAY_ON);
	if (prev->closing)
		x += W(A_CUT_CLOSING);
	if (quoted_saying(next->text))
		x += W(A_CUT_QUOTED);
	if (!next->lead && seg_opens_scene(next->text))
		x += W(A_CUT_SCENE);
	if (next->frame)
		x += W(A_CUT_FRAME);
	if (seg_opens_effective_date(next->text))
		x += W(A_CUT_EFFECTIVE);
	if (prev->signoff && s->l[prev->first].letter)
		x += s->l[prev->first].reply ? W(A_CUT_REPLIED) :
		    W(A_CUT_LETTER);
	if (g->width)
		x += W(A_CUT_WIDTH);
	if (g->apart)
		x += W(A_CUT_APART);
	if (g->speaker)
		x += W(A_CUT_SPEAKER);
	if (g->answer)
		x += W(A_CUT_ANSWER);
	if (g->asked)
		x += W(A_CUT_ASKED);
	if (g->answers_on)
		x += W(A_CUT_ANSWERS_ON);
	if (g->guest)
		x += W(A_CUT_GUEST);
	if (opens_with_note(prev->text))
		x += W(A_CUT_NOTED);
	if (g->interview)
		x += W(A_CUT_INTERVIEW);
	if (g->intro)
		x += W(A_CUT_INTRO);
	if (g->retold)
		x += W(A_CUT_RETOLD);
	if (seg_opens_back_reference(next->text) ||
	    seg_opens_with_named(prev->text, next->text))
		x += W(A_CUT_REFERS);
	/* (nor after the number or the hearers a text opens with: the
	 * text follows them) */
	if (next->source || next->signoff || prev->frame)
		x += NEVER / 4;
	x += W(A_COHESION) * g->cohesion;
	/* Where no headline stands: a block brings its own evidence (the
	 * section's cohesion, W_A_HEADING_COH). */
	if (g->blocks == 0 && g->depth > DEPTH_MIN)
		x += W(A_DEPTH) * (g->depth - DEPTH_MIN);
	if (g->brief_end)
		x += W(A_CUT_BRIEF_END);
	return x;
}

/* A section's text shares fewer of the article's rare words than this
 * (seg_cohesion, the gap's section span): on seeds 1-600, 40 of 700
 * lone titles inside an article and 150 of 469 between two (0.05 / 0.1
 * tried). */
#define SECTION_APART 0.1

/* Characters a phrase of a title set as two phrases holds at least on each side of
 * its space: a letter-spaced title's cells hold one. */
#define SPACED_PHRASE_MIN 2

/* Whether title t is set as two phrases parted by a space, as headlines
 * are (寒潮来袭 注意防寒保暖): two characters or more on each side of a
 * run of spaces, not after a section's number (1. 积分换来…) and not
 * one character a cell (letter-spaced, 司 机 高). */
static int
spaced_title(const char *t)
{
	size_t n = strlen(t), i = 0;
	int before = 0, after = 0, gap = 0, len;
	uint32_t c;

	if (seg_heading_form(t) == SEG_FORM_NUM)
		return 0;
	for (; i < n; i += (size_t)len) {
		len = utf8_next(t + i, n - i, &c);
		if (c == ' ' || c == 0x3000) {
			if (before >= SPACED_PHRASE_MIN && gap == 0)
				gap = 1;
			else if (gap == 0)
				before = 0;
			if (gap && after > 0)
				break;
			continue;
		}
		if (gap)
			after++;
		else
			before++;
	}
	return gap && after >= SPACED_PHRASE_MIN;
}

/* Plain lone titles in one stretch between anchored blocks, with no
 * dateline under them: this many or more are a feature's section
 * headings (news briefs under plain titles open with datelines). 2 / 3 /
 * 4 / 5 measured on seeds 1-1500 of the grown pool: 4. */
#define SERIES_LONG 4

/* A column label opening a paragraph is at most this many characters
 * inside its brackets (【科普】, 【交警提示】). */
#define OPEN_LABEL_CHARS 8

/* Whether paragraph text t opens on a column label in 【】 and goes on
 * after it (【科普】寒冷的早晨，…): an item's first paragraph. On the
 * tuning halves' truth all 29 paragraphs so opening are a text's first,
 * none a section's. */
static int
opens_label(const char *t)
{
	const char *open = "【", *close = "】", *e;
	size_t n = 0, len;
	uint32_t c;

	if (strncmp(t, open, strlen(open)) != 0)
		return 0;
	t += strlen(open);
	if ((e = strstr(t, close)) == NULL || e == t)
		return 0;
	for (len = (size_t)(e - t); len > 0 && n <= OPEN_LABEL_CHARS; n++) {
		int w = utf8_next(t, len, &c);
		if (w <= 0)
			return 0;
		t += w;
		len -= (size_t)w;
	}
	return n <= OPEN_LABEL_CHARS && e[strlen(close)] != '\0';
}

/* Score of going on across the gap before p (no cut). */
static double
cont_score(const struct dp *d, size_t p)
{
	const struct seg *s = d->s;
	const struct gap *g = &d->g[p];
	double x = 0;

	if (s->it[s->paras[p]].teaser || s->it[s->paras[p - 1]].teaser)
		return NEVER;
	if (g->anchored)
		return NEVER / 4;
	if (g->credit)
		x -= W(A_CUT_CREDIT);
	if (g->heading >= 0) {
		const struct seg_headline *h = &s->h[g->heading];
		x += W(A_HEADING) + W(A_USE);
		if (h->numbered)
			x += W(A_HEADING_NUM);
		/* (a heading of a series: the paragraph under it taking up
		 * its words is its section's opening, as a headline's lead
		 * takes up the headline's; weighed for the heading too, or
		 * the few rare words of a short heading outweigh the
		 * feature's headline, whose words run all through the
		 * feature and so weigh little on any one paragraph) */
		if (g->series >= 2 && !opens_report(s, p))
			x += W(A_HEADING_SERIES) + W(A_HEADING_OWN) *
			    d->share[g->heading] *
			    d->aff[p * (size_t)d->nh + (size_t)g->heading];
		/* (a plain title after a feature's numbered headings is
		 * none of their series: 流感疫苗开始预约接种 under （一）…
		 * （四）…) */
		if (g->alike >= SERIES_LONG && !opens_report(s, p))
			x += W(A_HEADING_LONG);
		/* (two or more in one form, ①… ②…, 20:15 … 07:50 …: one
		 * hand set them as a text's parts, however apart its last
		 * section reads) */
		if (g->form != 0 && g->form_series >= 2)
			x += W(A_HEADING_FORMED);
		x += W(A_HEADING_COH) * g->section;
		if (g->section < SECTION_APART)
			x += W(A_HEADING_APART);
		/* (a headline's forms: no heading is set so) */
		if (spaced_title(h->title))
			x += W(A_HEADING_SPACED);
		/* (a news lead dates its event in its first sentence: a
		 * plain title over one heads a report, none a feature's
		 * section; a numbered one over a date is a notice's item,
		 * 一、管制时间 / 2025年10月12日…) */
		if (g->form == 0 && seg_names_day(s->it[s->paras[p]].text))
			x += W(A_HEADING_DATED);
		/* (a paragraph opening on a column label, 【科普】…, opens an
		 * item of its own: the lone title over it is its headline) */
		if (opens_label(s->it[s->paras[p]].text))
			x += W(A_HEADING_LABELLED);
	}
	return x;
}

/* A headline of this many pairs of characters or more shares at least one
 * with its article, or names a reporter the article names: in the tuning
 * split's truth 1,216 of 1,231 titled articles share two or more, and the
 * 9 that share none are boxes (相关链接). A shorter headline may not. */
#define NO_WORDS_MIN_TERMS 3

/* A headline matching another paragraph at least this well ... */
#define MATCH_ELSEWHERE 0.3
/* ... and the one it stands next to at most this share of that. */
#define MATCH_HERE_SHARE 0.25

/* Whether headline k's words clearly belong to another paragraph than p,
 * the one it stands next to, outside the text p opens (up to the next
 * headline block): a headline whose words come further down its own
 * report (a short lead, then the event) is that report's. */
/* Headline k's highest affinity over paragraphs [p0, p1]. */
static double
run_aff(const struct dp *d, int k, size_t p0, size_t p1)
{
	double x = 0;
	size_t p;

	for (p = p0; p <= p1; p++)
		if (d->aff[p * (size_t)d->nh + (size_t)k] > x)
			x = d->aff[p * (size_t)d->nh + (size_t)k];
	return x;
}

static int
elsewhere(const struct dp *d, int k, size_t p)
{
	double best = 0, here = d->aff[p * (size_t)d->nh + (size_t)k], x;
	size_t end = p + 1;

	/* (the paragraphs up to the next headline block would be its own
	 * run's: its words further down its own text are no evidence) */
	while (end < d->s->np && d->g[end].blocks == 0)
		end++;
	if (p > 0)
		best = run_aff(d, k, 0, p - 1);
	if (end < d->s->np && (x = run_aff(d, k, end, d->s->np - 1)) > best)
		best = x;
	return best >= MATCH_ELSEWHERE && here < MATCH_HERE_SHARE * best;
}

/* Whether the dateline opening text names reporters, none of them in h's
 * byline: one reporter writes both, so the byline is not this text's. */
static int
names_other(const struct seg_headline *h, const char *text)
{
	char *names;
	size_t k;
	int other = 1;

	if (h->nnames == 0 || (names = seg_dateline_names(text)) == NULL)
		return 0;
	for (k = 0; k < h->nnames && other; k++)
		other = strstr(names, h->names[k]) == NULL;
	free(names);
	return other;
}

/* Whether headline k stands in a small block alone between paragraphs,
 * not among headlines gathered at the page end or in a row. */
static int
lone(const struct dp *d, int k)
{
	size_t at = (size_t)d->gap_of[k], np = d->s->np;

	/* Headlines in a row before nothing but a photo's lead-in at the
	 * page end (a paragraph or two and its caption) stand at the end of
	 * the text: gathered, not lone (one alone there is still a headline
	 * set after its body). */
	if (at < np && np - at <= LEAD_IN_PARAS && d->g[np].caption &&
	    d->s->h[k].nblock >= 2)
		return 0;
	return at < np && d->g[at].blocks == 1 &&
	    d->s->h[k].nblock <= AFTER_MAX;
}

/* A lone title's words found before it at least this share of how well
 * they are found after it: its words go on from the text before. */
#define LONE_BEFORE_SHARE 0.5

/* How well lone title k's words are found in the SECTION_BEFORE
 * paragraphs before it (*before) and the SECTION_AFTER after (*after):
 * the best affinity of one paragraph each side. */
static void
words_around(const struct dp *d, int k, double *before, double *after)
{
	size_t at = (size_t)d->gap_of[k], p, a0, b1;
	double x;

	*before = *after = 0;
	a0 = at >= SECTION_BEFORE ? at - SECTION_BEFORE : 0;
	b1 = at + SECTION_AFTER < d->s->np ? at + SECTION_AFTER : d->s->np;
	for (p = a0; p < b1; p++) {
		x = d->aff[p * (size_t)d->nh + (size_t)k];
		if (p < at && x > *before)
			*before = x;
		if (p >= at && x > *after)
			*after = x;
	}
}

/*
 * What a lone title's words in the text after it count for. A lone plain
 * title between paragraphs is a section heading or a headline, and its
 * words are about the text after it either way. Where they are about the
 * text before it too (a section heading of the same story), they say
 * nothing about a cut, and counted in full they make every section
 * heading the headline of its section: they keep W_A_LONE_WORDS of their
 * weight. A headline of a new report matches the text after it only.
 */
static double
lone_share_of(const struct dp *d, int k)
{
	const struct gap *g = &d->g[d->gap_of[k]];
	int whole = d->s->h[k].alt_of;
	double before, after;

	/* (a part of a numbered heading wrapped over two lines, 二、突出
	 * 重点，全面排查整治 / 文物安全隐患, split by the block parse: the
	 * heading's words, as the whole's are; W_A_PART_SHARE) */
	if (W(A_PART_SHARE) > 0 && whole >= 0 && g->heading == whole &&
	    d->s->h[whole].numbered)
		return lone_share_of(d, whole);
	if (g->heading != k)
		return 1;
	/* One of a series of headings in one form (【熟皮】 … 【鞣制】),
	 * or of a long series of plain ones in one stretch: its words are
	 * its section's, whatever the text before holds. Plain ones count
	 * plain ones (alike): a brief's plain title after a feature's
	 * （一）…（四） is none of their series, and counted with them
	 * (series, every form) its words, which head the brief, kept a
	 * quarter of their weight and the brief went to the feature as a
	 * last section (优化营商环境，没有完成时 after 汾阳核桃's four).
	 * On the tuning halves t3 +0.0037, t5 +0.0017 (three articles gain
	 * on two pages, one loses a title), others 0; confirm f1 +0.0052,
	 * f2 0. */
	if (g->form_series >= 2 || g->alike >= SERIES_LONG)
		return W(A_LONE_WORDS);
	words_around(d, k, &before, &after);
	return before >= LONE_BEFORE_SHARE * after ? W(A_LONE_WORDS) : 1;
}

/* Whether lone title k's words are found better in the text right before
 * it than in the text after it: a headline set after its body (a section
 * heading's words are its section's, after it). */
static int
words_before(const struct dp *d, int k)
{
	double before, after;

	words_around(d, k, &before, &after);
	return before > after;
}

/* A headline's words found in one paragraph before it at least this well
 * (affinity) ... */
#define WB_MIN 0.05
/* ... and this many times better than in any after it are the text's
 * before it (1.5 / 2 / 3 / 4 and 0.02 / 0.05 / 0.1 / 0.2 tried on seeds
 * 1-900: 2 and 0.05, with 1.5 and 0.02 as good). */
#define WB_RATIO 2.0

/* Whether a headline block standing between two texts names the one
 * before it rather than the one after: a headline set after its body
 * (the print's layouts put a few there, with their bylines). */
static int
words_clearly_before(const struct dp *d, int k)
{
	double before, after;

	words_around(d, k, &before, &after);
	return before >= WB_MIN && before >= WB_RATIO * after;
}

/* A headline meets a text opening on a continuation mark only with at
 * least this share of its words' weight in that paragraph (or a byline's
 * name): the text's own headline is printed on the page it comes from,
 * and a headline gathered at this page's end whose text it is not shares
 * a stray pair or two with it (吕梁学院图书馆… at 0.06 and 临县山村大棚…
 * at 0.04 over (上接7版)近日，临县向…低保对象…, whose headline is on
 * page 7; the library's own text, right after, holds 0.69 of its
 * words). Tried on the tuning halves against int39b: 0 (any pair, as
 * seg_meets_headline) / 0.05 / 0.1 / 0.15 / 0.2 / 0.3 / 0.5: 0.1 gains
 * t2 +0.002 t4 +0.002 and f1 +0.0008, loses t5 -0.0014; 0.2 gains more
 * on the tuning halves but loses f1. */
#define CONT_MEET_MIN 0.1

/* Whether paragraph p opens on a continuation mark (（上接2版）) with no
 * headline block over it and no headline of the page meeting it
 * (seg_meets_headline and CONT_MEET_MIN, a byline's name): a stray pair
 * of characters of a long block is in any text. */
static int
continued_here(const struct dp *d, size_t p)
{
	const char *t = d->s->it[d->s->paras[p]].text;
	size_t at;
	int h;

	if (seg_past_up_mark(t) == t || d->g[p].blocks > 0)
		return 0;
	for (h = 0; h < d->nh; h++) {
		at = p * (size_t)d->nh + (size_t)h;
		if (d->names[at] || (d->aff[at] >= CONT_MEET_MIN &&
		    seg_meets_headline(d->aff[at], d->s->h[h].nbg)))
			return 0;
	}
	return 1;
}

/* Whether the dateline opening text t names its reporters (本报讯（记者
 * 王洋）…), where a bare one (本报讯 12月初，…) names none. */
static int
names_reporters(const char *t)
{
	char *names = seg_dateline_names(t);
	int named = names != NULL;

	free(names);
	return named;
}

/* Score of headline state k opening a run at paragraph p (before bans:
 * computed once, see start_score). */
static double
start_base(const struct dp *d, int k, size_t p)
{
	const struct seg *s = d->s;
	const struct seg_headline *h;
	double x;

	/* A text with no headline has no headline's words to open it
	 * (W_A_LEAD), only its shape: a news lead (近日，… 记者从…获悉
	 * 11月6日，…) is a report's first paragraph, so an untitled run
	 * opening on one is a brief whose headline is elsewhere or none,
	 * not a piece cut off another text (W_A_UNTITLED_LEAD). Not at
	 * the page's first paragraph, where no cut is weighed. A text
	 * opening on a continuation mark ((上接2版)…) with no headline
	 * block over it and no headline meeting that paragraph is the
	 * same shape, surer: its headline is printed on the page it comes
	 * from (a headline of this page that names it still heads it;
	 * W_A_UNTITLED_CONT). */
	if (k == d->nh)
		return p == 0 ? 0 : s->it[s->paras[p]].lead ?
		    W(A_UNTITLED_LEAD) : continued_here(d, p) ?
		    W(A_UNTITLED_CONT) : 0;
	if (!d->usable[k])
		return NEVER;
	if (s->it[s->paras[p]].teaser)
		return NEVER;
	h = &s->h[k];
	/* A lone title between paragraphs is a heading there, or the
	 * headline of the text right after it, or, where its words are the
	 * text's before it, of that text: a headline set after its body
	 * (W_A_AWAY below, given back only where its run ends at it). It
	 * heads nothing else. */
	if (d->g[d->gap_of[k]].heading == k && (size_t)d->gap_of[k] != p &&
	    ((size_t)d->gap_of[k] < p || !words_before(d, k)))
		return NEVER;
	x = W(A_LEAD) * d->share[k] * d->aff[p * (size_t)d->nh + (size_t)k];
	/* Every headline heads something: W_A_USE once for a split headline
	 * too (its lower part; the upper one is an extra headline only if
	 * its words find it a body). Reading a headline as two: each part
	 * pays half (a part alone is read as the whole again, one_reading). */
	if (h->alt_of < 0 || !h->alt_upper)
		x += W(A_USE);
	if (h->alt_of >= 0)
		x += (W(A_SPLIT) - h->alt_cost) / 2;
	/* (a continuation mark, （上接1版）, opens the text without a
	 * dateline's reporters; a bare 本报讯 names none either, and the
	 * headline's byline does: W_A_BYLINE_DATELINE_BARE) */
	if (*h->byline != '\0' && s->it[s->paras[p]].dateline &&
	    !seg_opens_upmark_only(s->it[s->paras[p]].text)) {
		x += names_reporters(s->it[s->paras[p]].text) ?
		    W(A_BYLINE_DATELINE) : W(A_BYLINE_DATELINE_BARE);
		if (names_other(h, s->it[s->paras[p]].text))
			x += W(A_BYLINE_OTHER);
	}
	if ((size_t)d->gap_of[k] == p && h->line1 == h->blines - 1) {
		/* (standing right before a text weighs nothing of its own:
		 * W_A_BEFORE, 0 since round11, see W_A_BEFORE_BYLINE) */
		if (d->g[p].heading == k)
			x += W(A_BEFORE_PLAIN);
		else if (*h->byline != '\0')
			x += W(A_BEFORE_BYLINE);
		if (d->g[p].heading != k && p > 0 && lone(d, k) &&
		    words_clearly_before(d, k))
			x += W(A_BEFORE_WORDS);
		if (elsewhere(d, k, p))
			x += W(A_ELSEWHERE);
	} else if (lone(d, k) && (size_t)d->gap_of[k] != p)
		/* (the upper of a block's two headlines stands right before
		 * the text under the block too: the lower one between may be
		 * its subtitle read as a headline) */
		x += W(A_AWAY); /* given back by end_score if it stands after */
	return x;
}

/* Whether title t is one phrase: no ，：。, which a sentence of the text
 * left alone on its line holds (针对这些问题，我提几点建议：). */
static int
one_phrase(const char *t)
{
	return !strstr(t, "，") && !strstr(t, "：") && !strstr(t, "。");
}

/* Whether lone titles j and k are set alike as a series' headings: as
 * many lines, each one phrase. */
static int
alike_titles(const struct seg *s, int j, int k)
{
	const struct seg_headline *a = &s->h[j], *b = &s->h[k];

	return a->blines == b->blines && one_phrase(a->title) &&
	    one_phrase(b->title);
}

/*
 * Score of state k holding paragraph p (computed once, see emit_score).
 * The affinity is not measured against chance: a paragraph holds 2 to 7
 * % as much of another article's headline as of its own (t1..t5 truth,
 * by paragraph length: 0.002 to 0.014 against 0.02 to 0.20). Less what
 * the page's paragraphs hold of it by chance (stop 42), t2 +0.0046 and
 * nwt +0.024 but t4 -0.0101, and f1 -0.015 f2 -0.020 nwf -0.009 (grown
 * with the paragraph's pairs, f1 -0.022 f2 -0.020 nwf -0.013): the
 * split readings, each part's affinity over its own words, gained
 * against the whole (临县山村大棚里种出 / “羊肚菌”, the part a rare
 * pair), and the weights around it were fitted to this scale.
 */
static double
emit_base(const struct dp *d, int k, size_t p)
{
	size_t at = p * (size_t)d->nh + (size_t)k;
	const struct gap *gk, *gp;
	double x;

	if (k == d->nh)
		return 0;
	x = W(A_PARA) * d->share[k] * d->aff[at] +
	    (d->names[at] == 2 ? W(A_NAME) :
	    d->names[at] == 1 ? W(A_BYLINE_NAME) : 0);
	/* A lone title whose run goes on across another lone title of its
	 * stretch and form (a heading there, as the run holds it) is a
	 * heading too (W_A_HEADING_SIBLING). */
	gk = &d->g[d->gap_of[k]];
	gp = &d->g[p];
	if (gk->heading == k && p > 0 && (size_t)d->gap_of[k] != p &&
	    gp->heading >= 0 && gp->heading != k && gp->series >= 2 &&
	    gp->form == gk->form && alike_titles(d->s, k, gp->heading))
		x += W(A_HEADING_SIBLING);
	return x;
}

/* (inline: the Viterbi pass asks for it in every cell) */
static inline double
start_score(const struct dp *d, int k, size_t p)
{
	double x = d->st[p * (size_t)(d->nh + 1) + (size_t)k];

	if (k == d->nh || !d->constrained)
		return x;
	if (d->banned[p * (size_t)d->nh + (size_t)k])
		return NEVER;
	return x - d->lambda[k];
}

static double path_score(const struct dp *d, FILE *trace);

/* The true score of the runs in s->a (no bans, no prices). */
static double
true_score(struct dp *d, FILE *trace)
{
	double x;

	d->constrained = 0;
	x = path_score(d, trace);
	d->constrained = 1;
	return x;
}

static double
emit_score(const struct dp *d, int k, size_t p)
{
	return d->em[p * (size_t)(d->nh + 1) + (size_t)k];
}

/* Score of state k closing a run whose last paragraph is p (computed
 * once, see end_score). */
static double
end_base(const struct dp *d, int k, size_t p)
{
	const struct seg *s = d->s;
	const struct seg_headline *h;
	int alone;

	if (k == d->nh) {
		/* A photo's lead-in needs no headline; a teaser is a note. */
		if (d->g[p + 1].caption || s->it[s->paras[p]].teaser)
			return 0;
		return W(A_UNTITLED);
	}
	h = &s->h[k];
	if ((size_t)d->gap_of[k] != p + 1 || h->line0 != 0 ||
	    h->nblock > AFTER_MAX)
		return 0;
	alone = lone(d, k);
	/* (W_A_AFTER_WORDS: a headline among other blocks in its gap, not
	 * a lone one, whose words name the text before it: a lone one's
	 * words are weighed on its start, W_A_BEFORE_WORDS) */
	/* (standing after a text weighs nothing of its own: W_A_AFTER,
	 * 0.25, lost on the stop-33 halves) */
	return -(alone ? W(A_AWAY) : 0) +
	    (elsewhere(d, k, p) ? W(A_ELSEWHERE) : 0) +
	    (p + 1 == s->np && h->nblock == 1 ? W(A_AFTER_LAST) : 0) +
	    (!alone && words_clearly_before(d, k) ? W(A_AFTER_WORDS) : 0);
}

static double
end_score(const struct dp *d, int k, size_t p)
{
	return d->en[p * (size_t)(d->nh + 1) + (size_t)k];
}

/* Whether headline b was printed right after headline a in a block. */
static int
follows(const struct seg_headline *a, const struct seg_headline *b)
{
	return a->item == b->item && b->line0 == a->line1 + 1;
}

/* What run k after run j costs more where k's headline is the line
 * printed right under j's in its block: one headline's title and
 * subtitle read as two (W_A_ORDER). */
static inline double
order_score(const struct dp *d, int j, int k)
{
	if (j == d->nh || k == d->nh)
		return 0;
	return follows(&d->s->h[j], &d->s->h[k]) ? W(A_ORDER) : 0;
}

int
seg_meets_headline(double aff, size_t nbg)
{
	return nbg >= MEET_LONG_BIGRAMS ? aff >= MEET_SHARE_MIN : aff > 0;
}

/* Whether paragraph p holds a word of headline k (a bigram of its lines,
 * more than a stray one of a long block's: seg_meets_headline; or a
 * byline name). */
static int
hit_base(const struct dp *d, int k, size_t p)
{
	size_t at = p * (size_t)d->nh + (size_t)k;

	return k < d->nh && (seg_meets_headline(d->aff[at], d->s->h[k].nbg) ||
	    d->names[at] != 0);
}

/* (computed once, see hit_base) */
static int
hit(const struct dp *d, int k, size_t p)
{
	return d->hits[p * (size_t)(d->nh + 1) + (size_t)k];
}

/* What closing a run headed by k costs if none of its paragraphs held a
 * word of k (matched == 0). */
static int
unmatched(const struct dp *d, int k, int matched)
{
	return !matched && k < d->nh && d->wordless[k];
}

static double
wordless_cost(const struct dp *d, int k, int matched)
{
	return unmatched(d, k, matched) ? W(A_NO_WORDS) : 0;
}

/* What paragraph costs a run headed by k that has not met a word of k
 * by its end (matched == 0): a headline's words come early in its text. */
static double
unmet_cost(const struct dp *d, int k, int matched)
{
	return unmatched(d, k, matched) && !d->late[k] ? W(A_UNMET) : 0;
}

/* The first paragraph whose row of the Viterbi tables the bans and
 * prices now may change (np: none): the rows before it stand as the
 * last pass left them. The branch and bound bans a headline from one
 * run's paragraphs on and searches again; the prices change every row.
 * (The bans compared eight bytes at a time: a row is a few.) */
static size_t
viterbi_from(const struct dp *d)
{
	size_t np = d->s->np, nh = (size_t)d->nh, n = np * nh, i = 0;
	uint64_t x, y;

	if (!d->vvalid || nh == 0 ||
	    memcmp(d->vlam, d->lambda, nh * sizeof *d->lambda) != 0)
		return 0;
	for (; i + 8 <= n; i += 8) {
		memcpy(&x, d->vban + i, 8);
		memcpy(&y, d->banned + i, 8);
		if (x != y)
			break;
	}
	while (i < n && d->vban[i] == d->banned[i])
		i++;
	return i / nh;
}

/* The Viterbi pass's closing for state k at a headline gathered before
 * it (bef[], -1: none), if better than *v: W_A_ORDER added. */
static inline void
viterbi_before(const int *bef, int k, const double *endv, double worder,
    double *v, int *jb)
{
	int b, j;

	for (b = 0; b < 2; b++) {
		j = bef[b];
		if (j >= 0 && j != k && endv[j] + worder > *v) {
			*v = endv[j] + worder;
			*jb = j;
		}
	}
}

/* The Viterbi pass's two cells of state k at a row (flag clear, then
 * set): going on from the row before (last), or starting with the
 * closing v (from state ea), h: whether the row's paragraph holds a word
 * of k. Ties keep going on. */
static inline void
viterbi_cells(int k, int h, double v, int ea, const double *last,
    size_t ns1, double cn, double em, double um, double *row, int *frow,
    char *crow)
{
	size_t at = (size_t)k + ns1;
	double top, x;

	if (!h) {
		top = last[k] + cn;
		if (v > top) {
			row[k] = v + em + um;
			frow[k] = ea;
			crow[k] = 1;
		} else {
			row[k] = top + em + um;
			frow[k] = k;
			crow[k] = 0;
		}
		row[at] = last[at] + cn + em + 0.0;
		frow[at] = (int)at;
		crow[at] = 0;
		return;
	}
	row[k] = NEVER * 4 + em + um;
	frow[k] = k;
	crow[k] = 0;
	top = last[at] + cn;
	x = last[k] + cn;
	if (x > top) {
		top = x;
		frow[at] = k;
	} else
		frow[at] = (int)at;
	if (v > top) {
		top = v;
		frow[at] = ea;
		crow[at] = 1;
	} else
		crow[at] = 0;
	row[at] = top + em + 0.0;
}

/*
 * One Viterbi pass; fills s->a. A state is a headline (or nh: none) and
 * whether the run so far holds one of its words: state k + m * (nh + 1)
 * (W_A_NO_WORDS is paid on closing a run in a state with m == 0).
 */
static void
viterbi(struct dp *d)
{
	struct seg *s = d->s;
	size_t np = s->np, p, p0, ns1 = (size_t)d->nh + 1, ns = 2 * ns1;
	double *best = d->vbest, *endv = d->vendv;
	int *enda = d->venda, *from = d->vfrom;
	char *cut = d->vcut;
	int j, k, cur;
	/* Per state, what wordless_cost and unmet_cost add with the flag
	 * clear (with it set both add 0): looked up once a pass, not
	 * tested in every cell. */
	double *wl = xreallocarray(NULL, 2 * ns1, sizeof *wl);
	double *um = wl + ns1;

	for (k = 0; k < (int)ns1; k++) {
		wl[k] = wordless_cost(d, k, 0);
		um[k] = unmet_cost(d, k, 0);
	}
	p0 = viterbi_from(d);
	if (p0 == 0) {
		for (k = 0; k < (int)ns; k++) {
			best[k] = NEVER * 4;
			from[k] = -1;
			cut[k] = 1;
		}
		for (k = 0; k < (int)ns1; k++)
			best[(size_t)k + (size_t)hit(d, k, 0) * ns1] =
			    start_score(d, k, 0) + emit_score(d, k, 0) +
			    unmet_cost(d, k, hit(d, k, 0));
	}
	/* (What every cell reads, in locals: the stores to the char table
	 * cut may alias anything, so each read through d was made again in
	 * every cell, a third of the pass's instructions.) */
	const int nh = d->nh, constrained = d->constrained;
	const int *before = d->before;
	const double *lambda = d->lambda, worder = W(A_ORDER);
	for (p = p0 > 1 ? p0 : 1; p < np; p++) {
		double cs = d->cut[p], cn = d->cont[p];
		double v1 = NEVER * 4, v2 = NEVER * 4;
		const double *last = best + (p - 1) * ns;
		const double *en = d->en + (p - 1) * ns1, *em = d->em + p * ns1;
		const double *st = d->st + p * ns1;
		const char *ban = d->banned + p * (size_t)nh;
		const char *hits = d->hits + p * ns1;
		double *row = best + p * ns;
		int *frow = from + p * ns;
		char *crow = cut + p * ns;
		int a1 = 0, a2 = 0;

		/* Closing the run at p - 1 under headline j, the better of
		 * its two states; then the best two headlines, so that each
		 * state k can take the best other than itself in O(1). */
		for (j = 0; j < (int)ns1; j++) {
			double e = en[j], ev = NEVER * 8, v;
			/* (j's own state when neither closing beats NEVER * 8,
			 * not whatever the array held before its first pass) */
			int ea = j;

			/* (m = 0, then m = 1: a tie keeps m = 0) */
			v = last[j] + e + wl[j];
			if (v > ev) {
				ev = v;
				ea = j;
			}
			v = last[(size_t)j + ns1] + e + 0.0;
			if (v > ev) {
				ev = v;
				ea = j + (int)ns1;
			}
			endv[j] = ev;
			enda[j] = ea;
			if (ev > v1) {
				v2 = v1;
				a2 = a1;
				v1 = ev;
				a1 = j;
			} else if (ev > v2) {
				v2 = ev;
				a2 = j;
			}
		}
		/* The headline states, then the untitled one (nh: no bans,
		 * no price, and it may follow itself). */
		for (k = 0; k < nh; k++) {
			int jb = a1 == k ? a2 : a1;
			double v = (jb == a1 ? v1 : v2), ss;
			const int *bef = before + 2 * k;

			/* (most states have no headline before them: one test
			 * of the two, both -1 or not) */
			if ((bef[0] & bef[1]) >= 0)
				viterbi_before(bef, k, endv, worder, &v, &jb);
			/* (start_score, read from the locals) */
			ss = st[k];
			if (constrained)
				ss = ban[k] ? NEVER : ss - lambda[k];
			v += cs + ss;
			viterbi_cells(k, hits[k], v, enda[jb], last, ns1, cn,
			    em[k], um[k], row, frow, crow);
		}
		{
			int jb = a1;
			double v = v1;
			const int *bef = before + 2 * k;

			if ((bef[0] & bef[1]) >= 0)
				viterbi_before(bef, k, endv, worder, &v, &jb);
			v += cs + st[k];
			viterbi_cells(k, hits[k], v, enda[jb], last, ns1, cn,
			    em[k], um[k], row, frow, crow);
		}
	}
	{
		double top = NEVER * 8;
		cur = 0;
		for (k = 0; k < (int)ns; k++) {
			int hk = k % (int)ns1;
			double v = best[(np - 1) * ns + (size_t)k] +
			    end_score(d, hk, np - 1) +
			    wordless_cost(d, hk, k >= (int)ns1);
			if (v > top) {
				top = v;
				cur = k;
			}
		}
	}
	free(wl);
	memcpy(d->vban + p0 * (size_t)d->nh, d->banned + p0 * (size_t)d->nh,
	    (np - p0) * (size_t)d->nh);
	memcpy(d->vlam, d->lambda, (size_t)d->nh * sizeof *d->lambda);
	d->vvalid = 1;
	/* Walk back: runs in reverse (at most one a paragraph: room for
	 * all at once, not one allocation a run). */
	free(s->a);
	s->a = xreallocarray(NULL, np + 1, sizeof *s->a);
	s->na = 0;
	{
		size_t last = np - 1;
		for (p = np; p-- > 0;) {
			int c = cut[p * ns + (size_t)cur];
			int prev = from[p * ns + (size_t)cur];
			if (c || p == 0) {
				struct seg_article *a;
				int hk = cur % (int)ns1;
				a = &s->a[s->na++];
				a->first = p;
				a->last = last;
				a->head = hk == d->nh ? -1 : hk;
				last = p - 1;
			}
			if (p > 0)
				cur = prev;
		}
	}
	/* In page order. */
	for (p = 0; p < s->na / 2; p++) {
		struct seg_article t = s->a[p];
		s->a[p] = s->a[s->na - 1 - p];
		s->a[s->na - 1 - p] = t;
	}
}

/* The score of run i of s->a: its headline's start and end, its
 * paragraphs, and its link to run i - 1 (the cut, the order of their
 * headlines). path_score is their sum. */
static double
run_score(const struct dp *d, size_t i, FILE *trace)
{
	const struct seg *s = d->s;
	int k = s->a[i].head < 0 ? d->nh : s->a[i].head, matched = 0;
	double x = start_score(d, k, s->a[i].first) + end_score(d, k, s->a[i].last);
	size_t p;

	for (p = s->a[i].first; p <= s->a[i].last; p++) {
		matched |= hit(d, k, p);
		x += unmet_cost(d, k, matched);
	}
	x += wordless_cost(d, k, matched);
	if (trace != NULL)
		fprintf(trace, "  run %zu-%zu head %d start %.2f end %.2f cut %.2f\n",
		    s->a[i].first, s->a[i].last, k, start_score(d, k, s->a[i].first),
		    end_score(d, k, s->a[i].last), i ? cut_score(d, s->a[i].first) : 0);
	for (p = s->a[i].first; p <= s->a[i].last; p++) {
		x += emit_score(d, k, p);
		if (p > s->a[i].first)
			x += d->cont[p];
	}
	if (i > 0) {
		int j = s->a[i - 1].head < 0 ? d->nh : s->a[i - 1].head;
		x += d->cut[s->a[i].first] + order_score(d, j, k);
	}
	return x;
}

/* The score of the runs in s->a, as the search counts it (a debugging aid:
 * LREADER_SEGMENT_DEBUG prints it for the chosen runs, and for runs given
 * in LREADER_SEGMENT_RUNS="first-last:head,..."). */
static double
path_score(const struct dp *d, FILE *trace)
{
	double x = 0;
	size_t i;

	for (i = 0; i < d->s->na; i++)
		x += run_score(d, i, trace);
	return x;
}

static void
debug_runs(struct dp *d)
{
	struct seg *s = d->s;
	const char *env = getenv("LREADER_SEGMENT_RUNS");
	struct seg_article *keep = s->a;
	size_t nkeep = s->na;

	fprintf(stderr, "SCORE chosen %.2f\n", true_score(d, NULL));
	if (env == NULL)
		return;
	s->a = NULL;
	s->na = 0;
	while (*env) {
		unsigned long a, b;
		long h;
		if (sscanf(env, "%lu-%lu:%ld", &a, &b, &h) != 3)
			break;
		s->a = xreallocarray(s->a, s->na + 1, sizeof *s->a);
		s->a[s->na].first = a;
		s->a[s->na].last = b;
		s->a[s->na++].head = (int)h;
		env = strchr(env, ',');
		if (env == NULL)
			break;
		env++;
	}
	fprintf(stderr, "SCORE given %.2f\n", true_score(d, stderr));
	free(s->a);
	s->a = keep;
	s->na = nkeep;
}

/* Ban headline h from heading any run that starts inside run r. */
static void
ban(struct dp *d, int h, const struct seg_article *r)
{
	size_t p;

	for (p = r->first; p <= r->last; p++)
		d->banned[p * (size_t)d->nh + (size_t)h] = 1;
}

/* Ban headline h from heading any run at all. */
static void
ban_all(struct dp *d, int h)
{
	size_t p;

	for (p = 0; p < d->s->np; p++)
		d->banned[p * (size_t)d->nh + (size_t)h] = 1;
}

static int sibling(const struct seg *s, int k);

/* Whether headlines j and k are two readings of the same lines: a
 * headline and a part of its split, or parts of two splits of it (cut
 * at two junctions). */
static int
clash(const struct seg *s, int j, int k)
{
	return j >= 0 && k >= 0 && (s->h[j].alt_of == k ||
	    s->h[k].alt_of == j || (s->h[j].alt_of >= 0 &&
	    s->h[j].alt_of == s->h[k].alt_of && j != k && sibling(s, j) != k));
}

/* Ban both parts of the split that part k belongs to. */
static void
ban_pair(struct dp *d, int k)
{
	ban_all(d, k);
	ban_all(d, sibling(d->s, k));
}

/* Ban, on branch `second`, one side of the conflict between runs ri and
 * rj: a headline heading both (the first run, or the second), or a
 * headline and a part of its split (the whole, or its parts). */
static void
ban_side(struct dp *d, const struct seg_article *ri,
    const struct seg_article *rj, int second)
{
	const struct seg *s = d->s;
	int a = ri->head, whole, k;

	if (a == rj->head) {
		ban(d, a, second ? rj : ri);
		return;
	}
	/* (parts of two splits of one headline: one split or the other) */
	if (s->h[a].alt_of >= 0 && s->h[rj->head].alt_of == s->h[a].alt_of) {
		ban_pair(d, second ? rj->head : a);
		return;
	}
	whole = s->h[a].alt_of >= 0 ? s->h[a].alt_of : a;
	if (!second) {
		ban_all(d, whole);
		return;
	}
	for (k = 0; k < d->nh; k++)
		if (s->h[k].alt_of == whole)
			ban_all(d, k);
}

/* The first two runs in conflict (a headline heading both, or a headline
 * and a part of its split): *ri, *rj; returns whether there are any. */
static int
find_conflict(const struct seg *s, struct seg_article *ri,
    struct seg_article *rj)
{
	size_t i, j;

	for (i = 0; i < s->na; i++)
		for (j = i + 1; j < s->na; j++)
			if (s->a[i].head >= 0 && (s->a[j].head == s->a[i].head ||
			    clash(s, s->a[i].head, s->a[j].head))) {
				*ri = s->a[i];
				*rj = s->a[j];
				return 1;
			}
	return 0;
}

static void keep_best(struct dp *d, struct seg_article **best,
    size_t *nbest, double *top);

/* The runs in s->a, copied (the caller frees *out). */
static void
save_runs(const struct seg *s, struct seg_article **out, size_t *n)
{
	*out = xreallocarray(NULL, s->na + 1, sizeof **out);
	memcpy(*out, s->a, s->na * sizeof **out);
	*n = s->na;
}

static void
load_runs(struct seg *s, const struct seg_article *v, size_t n)
{
	s->a = xreallocarray(s->a, n + 1, sizeof *s->a);
	memcpy(s->a, v, n * sizeof *s->a);
	s->na = n;
}

static long run_headed(const struct seg *s, int k);

/* The other part of split part k. */
static int
sibling(const struct seg *s, int k)
{
	return s->h[k].alt_upper ? k + 1 : k - 1;
}

/* A part of a split heading a run while neither the other part nor the
 * whole heads one (one_reading reads it as the whole), or -1. */
static int
lone_part(const struct seg *s)
{
	size_t r;

	for (r = 0; r < s->na; r++) {
		int k = s->a[r].head, other;
		if (k < 0 || s->h[k].alt_of < 0)
			continue;
		other = sibling(s, k);
		if (run_headed(s, other) < 0 && run_headed(s, s->h[k].alt_of) < 0)
			return k;
	}
	return -1;
}

static void branch(struct dp *d, struct seg_article **best, size_t *nbest,
    double *top, int *budget);

/*
 * A copy of the Viterbi pass's tables and the bans and prices they were
 * made under. The branch and bound searches both sides of a conflict
 * before it goes down either, so the tables hold the last side searched
 * (or a deeper branch's) when a side's branch searches again: a copy of
 * each side's put back lets the pass start at the side's new ban
 * (viterbi_from), where it started at the first row the two sides' bans
 * differ in (the tables are the same to the bit as a pass that made
 * them from the first row: a row depends on its bans and the rows
 * before it alone). A copy is a few kilobytes: some hundred
 * instructions, against some five hundred a row made again.
 */
struct vsnap {
	char *block;         /* one allocation: best, lam, from, cut, ban */
	double *best, *lam;
	int *from;
	char *cut, *ban;
};

static void
vsnap_take(const struct dp *d, struct vsnap *v)
{
	size_t cells = 2 * d->s->np * ((size_t)d->nh + 1),
	    bans = d->s->np * (size_t)d->nh, nh = (size_t)d->nh;

	v->block = xmalloc(cells * (sizeof *v->best + sizeof *v->from + 1) +
	    nh * sizeof *v->lam + bans + 1);
	v->best = (double *)(void *)v->block;
	v->lam = v->best + cells;
	v->from = (int *)(void *)(v->lam + nh);
	v->cut = (char *)(v->from + cells);
	v->ban = v->cut + cells;
	memcpy(v->best, d->vbest, cells * sizeof *v->best);
	memcpy(v->lam, d->vlam, nh * sizeof *v->lam);
	memcpy(v->from, d->vfrom, cells * sizeof *v->from);
	memcpy(v->cut, d->vcut, cells);
	memcpy(v->ban, d->vban, bans);
}

static void
vsnap_put(struct dp *d, const struct vsnap *v)
{
	size_t cells = 2 * d->s->np * ((size_t)d->nh + 1),
	    bans = d->s->np * (size_t)d->nh, nh = (size_t)d->nh;

	memcpy(d->vbest, v->best, cells * sizeof *v->best);
	memcpy(d->vlam, v->lam, nh * sizeof *v->lam);
	memcpy(d->vfrom, v->from, cells * sizeof *v->from);
	memcpy(d->vcut, v->cut, cells);
	memcpy(d->vban, v->ban, bans);
	d->vvalid = 1;
}

/*
 * The search's runs in s->a hold part k of a split alone: it scored as
 * the part, but stands for the whole (one_reading), which scores
 * otherwise. Both are tried: the runs as read (the whole in the part's
 * place), and a search with the part banned, where the whole, or another
 * headline, may find a better place.
 */
static void
lone_branch(struct dp *d, int k, struct seg_article **best, size_t *nbest,
    double *top, int *budget)
{
	struct seg *s = d->s;
	size_t cells = s->np * (size_t)d->nh, n;
	struct seg_article *runs;
	char *keep = xmalloc(cells + 1);

	memcpy(keep, d->banned, cells);
	save_runs(s, &runs, &n);
	keep_best(d, best, nbest, top);
	load_runs(s, runs, n);
	free(runs);
	ban_all(d, k);
	viterbi(d);
	(*budget)--;
	branch(d, best, nbest, top, budget);
	memcpy(d->banned, keep, cells);
	free(keep);
}

/*
 * Branch and bound over the conflicts, from the search's runs in s->a
 * (under the bans in d->banned). A search with headlines banned scores at
 * least as well as any choice of runs it allows without a conflict, so a
 * branch whose search scores no better than the best choice found is
 * dropped. Both sides of a conflict are searched, the better first (the
 * greedy way kept only the better side: a run taken by a part of a split
 * could not come back to the whole); within *budget searches, past which
 * a branch is settled as keep_best settles it.
 */
static void
branch(struct dp *d, struct seg_article **best, size_t *nbest, double *top,
    int *budget)
{
	struct seg *s = d->s;
	size_t cells = s->np * (size_t)d->nh, nrun[2];
	struct seg_article ri, rj, *run[2];
	char *keep, *bans[2];
	double score[2];
	int side, k;
	struct vsnap snap[2] = { { NULL, NULL, NULL, NULL, NULL, NULL },
	    { NULL, NULL, NULL, NULL, NULL, NULL } };

	if (path_score(d, NULL) <= *top)
		return;
	if (!find_conflict(s, &ri, &rj) || *budget <= 0) {
		if (*budget > 0 && (k = lone_part(s)) >= 0) {
			lone_branch(d, k, best, nbest, top, budget);
			return;
		}
		keep_best(d, best, nbest, top);
		return;
	}
	keep = xmalloc(cells + 1);
	memcpy(keep, d->banned, cells);
	/* (the second side first: it bans from the later run on, so the
	 * pass keeps the rows before it from the search that found the
	 * conflict; then the first side's from the earlier run on) */
	for (side = 2; side-- > 0;) {
		memcpy(d->banned, keep, cells);
		ban_side(d, &ri, &rj, side);
		viterbi(d);
		(*budget)--;
		score[side] = path_score(d, NULL);
		save_runs(s, &run[side], &nrun[side]);
		bans[side] = xmalloc(cells + 1);
		memcpy(bans[side], d->banned, cells);
		/* (only where a search may follow: the budget left once
		 * the other side is searched, if this is the first) */
		if (*budget > side)
			vsnap_take(d, &snap[side]);
	}
	for (k = 0; k < 2; k++) {
		side = (score[1] > score[0]) ^ k;
		memcpy(d->banned, bans[side], cells);
		load_runs(s, run[side], nrun[side]);
		/* (the tables are side 0's, searched last, until a branch
		 * searches again) */
		if (*budget > 0 && snap[side].block != NULL &&
		    !(k == 0 && side == 0))
			vsnap_put(d, &snap[side]);
		branch(d, best, nbest, top, budget);
	}
	memcpy(d->banned, keep, cells);
	for (side = 0; side < 2; side++) {
		free(run[side]);
		free(bans[side]);
		free(snap[side].block);
	}
	free(keep);
}

/* Keep each headline on its first run only; returns how many runs lost
 * theirs. */
static int
first_use_only(struct seg *s)
{
	size_t p, q;
	int lost = 0;

	for (p = 0; p < s->na; p++)
		for (q = 0; q < p; q++)
			if (s->a[p].head >= 0 && s->a[q].head == s->a[p].head) {
				s->a[p].head = -1;
				lost++;
				break;
			}
	return lost;
}

/* The run headed by headline k, or -1. */
static long
run_headed(const struct seg *s, int k)
{
	size_t r;

	for (r = 0; r < s->na; r++)
		if (s->a[r].head == k)
			return (long)r;
	return -1;
}

/*
 * One reading of every split headline: its parts lose their runs where
 * the whole heads one; a part heading a run without the other part gives
 * the run to the whole (the two read as one headline after all).
 */
static void
one_reading(struct seg *s)
{
	size_t r;

	for (r = 0; r < s->na; r++) {
		int k = s->a[r].head, whole, other;
		if (k < 0 || s->h[k].alt_of < 0)
			continue;
		whole = s->h[k].alt_of;
		other = sibling(s, k);
		if (run_headed(s, whole) >= 0)
			s->a[r].head = -1;
		else if (run_headed(s, other) < 0)
			s->a[r].head = whole;
	}
}

/* Keep the runs in s->a as the best so far if they score better. */
static void
keep_best(struct dp *d, struct seg_article **best, size_t *nbest, double *top)
{
	struct seg *s = d->s;
	double x;

	first_use_only(s);
	one_reading(s);
	x = true_score(d, NULL);
	if (x <= *top)
		return;
	*top = x;
	free(*best);
	*best = xreallocarray(NULL, s->na + 1, sizeof **best);
	memcpy(*best, s->a, s->na * sizeof **best);
	*nbest = s->na;
}

/*
 * Sums for scoring a run in time independent of its length, for
 * improve's many tries: prefix sums of each state's paragraph scores and
 * of the gaps' go-on scores, and each state's next paragraph holding one
 * of its words.
 */
struct run_sums {
	double *em;          /* [(p) * ns1 + k]: emit_score of paragraphs < p */
	double *cont;        /* [p]: d->cont of gaps 1 .. p - 1 */
	size_t *next;        /* [p * ns1 + k]: first q >= p that k hits, or np */
	size_t ns1;
	/* The cuts stay while improve moves headlines: run i's score
	 * under headline k but for its link to run i - 1 is the same for
	 * every try (base[i * ns1 + k], once known[] says it is made). */
	double *base;
	unsigned char *known;
	/* Per headline, the runs it heads (uses) and those its split's
	 * parts head (part_uses, by the whole): feasible_move's tests
	 * without a walk over the runs for each. */
	int *uses, *part_uses;
	/* order_score of states j, k: order[j * ns1 + k] (run_fast reads
	 * it for every try, where order_score read both headlines) */
	double *order;
	/* run_fast of each run as the runs stand (a round's moves are
	 * tried against them: the score before a try, read here where
	 * each try's first found it again) */
	double *cur;
};

/* How many runs headline h heads (uses) or its split's parts head
 * (part_uses, h the whole) once runs lose the headlines gone[] and take
 * those in come[] (-1: none). */
static int
count_after(const int *cnt, int h, const int *gone, const int *come)
{
	return cnt[h] - (gone[0] == h) - (gone[1] == h) + (come[0] == h) +
	    (come[1] == h);
}

/* The whole that headline k (-1: none) is a part of, or -1. */
static int
whole_of(const struct seg *s, int k)
{
	return k < 0 ? -1 : s->h[k].alt_of;
}

/*
 * Whether the runs in s->a, a choice the search may keep, still are one
 * with run i given headline hi and run j hj (the same run: hj): no
 * headline heads two runs, no headline and a part of its split both head
 * one, nor parts of two of its splits (clash), and no part of a split
 * heads one without the other part (one reading of every block). Only
 * runs i and j change, so only their headlines are looked at, in the
 * counts as the move leaves them.
 */
static int
feasible_move(const struct seg *s, const struct run_sums *t, size_t i,
    int hi, size_t j, int hj)
{
	int oi = s->a[i].head, oj = s->a[j].head;
	/* (run i given hi and run j hj; the same run given hj) */
	int gone[2] = { oi, j != i ? oj : -1 };
	int come[2] = { j != i ? hi : -1, hj };
	int wgone[2] = { whole_of(s, gone[0]), whole_of(s, gone[1]) };
	int wcome[2] = { whole_of(s, come[0]), whole_of(s, come[1]) };
	int head[2] = { j != i ? hi : hj, hj }, was[2] = { oi, oj }, n, k, w;

	/* (another run headed by k: k's count above its own run's; by
	 * k's whole, or by a part of k: clash) */
	for (n = 0; n < 2; n++) {
		if ((k = head[n]) < 0)
			continue;
		w = s->h[k].alt_of;
		if (count_after(t->uses, k, gone, come) > 1 ||
		    count_after(t->part_uses, k, wgone, wcome) > 0 ||
		    (w >= 0 && count_after(t->uses, w, gone, come) > 0))
			return 0;
		if (w >= 0 &&
		    count_after(t->uses, sibling(s, k), gone, come) == 0)
			return 0;
		/* (a part of another split of k's whole: clash; k and its
		 * sibling are two of its parts, a third is another split's) */
		if (w >= 0 &&
		    count_after(t->part_uses, w, wgone, wcome) > 2)
			return 0;
	}
	for (n = 0; n < 2; n++)
		if ((k = was[n]) >= 0 && s->h[k].alt_of >= 0 &&
		    count_after(t->uses, k, gone, come) == 0 &&
		    count_after(t->uses, sibling(s, k), gone, come) > 0)
			return 0;
	return 1;
}

/* Rounds of improve's moves at most (each a better choice). */
#define IMPROVE_ROUNDS 8

/* Count (add 1) or uncount (-1) a run headed by k in t's uses. */
static void
count_head(const struct seg *s, struct run_sums *t, int k, int add)
{
	if (k < 0)
		return;
	t->uses[k] += add;
	if (s->h[k].alt_of >= 0)
		t->part_uses[s->h[k].alt_of] += add;
}

/* Give run i headline k (-1: none), keeping t's counts. */
static void
set_head(struct seg *s, struct run_sums *t, size_t i, int k)
{
	count_head(s, t, s->a[i].head, -1);
	s->a[i].head = k;
	count_head(s, t, k, 1);
}

static void
run_sums_make(const struct dp *d, struct run_sums *t)
{
	size_t np = d->s->np, p, k, ns1 = (size_t)d->nh + 1;

	t->ns1 = ns1;
	t->em = xreallocarray(NULL, (np + 1) * ns1, sizeof *t->em);
	t->cont = xreallocarray(NULL, np + 1, sizeof *t->cont);
	t->next = xreallocarray(NULL, (np + 1) * ns1, sizeof *t->next);
	for (k = 0; k < ns1; k++) {
		t->em[k] = 0;
		t->next[np * ns1 + k] = np;
	}
	for (p = 0; p < np; p++)
		for (k = 0; k < ns1; k++)
			t->em[(p + 1) * ns1 + k] = t->em[p * ns1 + k] +
			    emit_score(d, (int)k, p);
	for (p = np; p-- > 0;)
		for (k = 0; k < ns1; k++)
			t->next[p * ns1 + k] = hit(d, (int)k, p) ? p :
			    t->next[(p + 1) * ns1 + k];
	t->cont[0] = t->cont[1] = 0;
	for (p = 1; p < np; p++)
		t->cont[p + 1] = t->cont[p] + d->cont[p];
	t->base = xreallocarray(NULL, (d->s->na + 1) * ns1, sizeof *t->base);
	t->known = xcalloc((d->s->na + 1) * ns1, 1);
	t->uses = xcalloc(ns1, sizeof *t->uses);
	t->part_uses = xcalloc(ns1, sizeof *t->part_uses);
	for (p = 0; p < d->s->na; p++)
		count_head(d->s, t, d->s->a[p].head, 1);
	t->order = xreallocarray(NULL, ns1 * ns1, sizeof *t->order);
	for (p = 0; p < ns1; p++)
		for (k = 0; k < ns1; k++)
			t->order[p * ns1 + k] = order_score(d, (int)p, (int)k);
	t->cur = xreallocarray(NULL, d->s->na + 1, sizeof *t->cur);
}

static void
run_sums_free(struct run_sums *t)
{
	free(t->em);
	free(t->cont);
	free(t->next);
	free(t->base);
	free(t->known);
	free(t->uses);
	free(t->part_uses);
	free(t->order);
	free(t->cur);
}

/* run_score of run i under headline k (without bans or prices), from
 * the sums, but for its link to run i - 1 (run_fast adds it). */
static double
run_base(const struct dp *d, const struct run_sums *t, size_t i, int k)
{
	const struct seg_article *r = &d->s->a[i];
	size_t ku = (size_t)k, hitp = t->next[r->first * t->ns1 + ku];
	double x = d->st[r->first * t->ns1 + ku] + end_score(d, k, r->last) +
	    t->em[(r->last + 1) * t->ns1 + ku] - t->em[r->first * t->ns1 + ku] +
	    t->cont[r->last + 1] - t->cont[r->first + 1];

	if (hitp > r->last) {
		x += (double)(r->last - r->first + 1) * unmet_cost(d, k, 0) +
		    wordless_cost(d, k, 0);
	} else
		x += (double)(hitp - r->first) * unmet_cost(d, k, 0);
	return x;
}

static inline double
run_fast(const struct dp *d, struct run_sums *t, size_t i)
{
	const struct seg *s = d->s;
	const struct seg_article *r = &s->a[i];
	int k = r->head < 0 ? d->nh : r->head;
	size_t at = i * t->ns1 + (size_t)k;
	double x;

	if (!t->known[at]) {
		t->base[at] = run_base(d, t, i, k);
		t->known[at] = 1;
	}
	x = t->base[at];
	if (i > 0) {
		int j = s->a[i - 1].head < 0 ? d->nh : s->a[i - 1].head;
		x += d->cut[r->first] + t->order[(size_t)j * t->ns1 + (size_t)k];
	}
	return x;
}

/* touched, of the runs as they stand (t->cur, made by run_fast): the
 * same sums in the same order. */
static double
touched_now(const struct dp *d, const struct run_sums *t, size_t i,
    size_t j)
{
	size_t na = d->s->na;
	double x = 0;

	if (i < na)
		x += t->cur[i];
	if (i + 1 < na)
		x += t->cur[i + 1];
	if (j != i && j != i + 1 && j < na)
		x += t->cur[j];
	if (j + 1 != i && j + 1 != i + 1 && j + 1 < na)
		x += t->cur[j + 1];
	return x;
}

/* The scores of the runs a change of the headlines of runs i and j
 * touches: theirs and the links to the runs after them. */
static double
touched(const struct dp *d, struct run_sums *t, size_t i, size_t j)
{
	size_t na = d->s->na;
	double x = 0;

	/* (i, i + 1, j, j + 1, each once, in that order: the tests written
	 * out, where a loop over the ones before was missed at random) */
	if (i < na)
		x += run_fast(d, t, i);
	if (i + 1 < na)
		x += run_fast(d, t, i + 1);
	if (j != i && j != i + 1 && j < na)
		x += run_fast(d, t, j);
	if (j + 1 != i && j + 1 != i + 1 && j + 1 < na)
		x += run_fast(d, t, j + 1);
	return x;
}

/* What giving runs i and j the headlines hi and hj gains (*gain), where
 * the choice stays feasible. *before is the touched runs' score as they
 * are, if *have says it is known (every try of runs i and j shares it:
 * found once, by the first feasible one, where each try found it). */
static int
try_heads(struct dp *d, struct run_sums *t, size_t i, int hi,
    size_t j, int hj, int *have, double *before, double *gain)
{
	struct seg *s = d->s;
	int oi = s->a[i].head, oj = s->a[j].head;

	if (!feasible_move(s, t, i, hi, j, hj))
		return 0;
	if (!*have) {
		*before = touched_now(d, t, i, j);
		*have = 1;
	}
	s->a[i].head = hi;
	s->a[j].head = hj;
	*gain = touched(d, t, i, j) - *before;
	s->a[i].head = oi;
	s->a[j].head = oj;
	return 1;
}

/* A move must gain this much (against rounding). */
#define IMPROVE_MIN 1e-9

/*
 * The best choice the search kept, improved by moves of its headlines
 * between its runs (the cuts stay): two runs trade headlines, a run
 * gives its headline to another (and goes without), takes one no run
 * uses, or keeps one part of its headline's split while the other part
 * heads another run. Lagrangian prices and branching over conflicts find a good
 * choice, not always the best (a box's title, heading nothing of its
 * own, took a photo's lead-in, and the headline whose text it was
 * displaced another's).
 */
static void
improve(struct dp *d, struct seg_article **best, size_t *nbest)
{
	struct seg *s = d->s;
	struct run_sums t;
	int round, h, bi_h = 0, bj_h = 0, have, *have1;
	size_t i, j, bi = 0, bj = 0;
	double x, gain, before, *before1;

	load_runs(s, *best, *nbest);
	run_sums_make(d, &t);
	/* (run i's score as it is, for the takes of an unused headline:
	 * known once a round) */
	have1 = xreallocarray(NULL, s->na + 1, sizeof *have1);
	before1 = xreallocarray(NULL, s->na + 1, sizeof *before1);
	for (round = 0; round < IMPROVE_ROUNDS; round++) {
		gain = IMPROVE_MIN;
		for (i = 0; i < s->na; i++)
			t.cur[i] = run_fast(d, &t, i);
		for (i = 0; i < s->na; i++)
			for (j = 0; j < s->na; j++) {
				int hi = s->a[i].head, hj = s->a[j].head;
				if (i == j)
					continue;
				have = 0;
				before = 0;
				/* (i < j: a trade, once a pair; j takes i's) */
				if (i < j && hi != hj &&
				    try_heads(d, &t, i, hj, j, hi, &have, &before,
				    &x) && x > gain) {
					gain = x;
					bi = i, bi_h = hj, bj = j, bj_h = hi;
				}
				if (hi >= 0 && try_heads(d, &t, i, -1, j, hi, &have,
				    &before, &x) && x > gain) {
					gain = x;
					bi = i, bi_h = -1, bj = j, bj_h = hi;
				}
				/* (run i's headline read as one of its splits,
				 * one part staying on i and the other taking
				 * run j: two gathered titles the block read as
				 * one wrapped, whose split the branch and bound
				 * ran out of budget before trying) */
				if (hi >= 0 && s->h[hi].alt_of < 0)
					for (h = 0; h < d->nh; h++)
						if (s->h[h].alt_of == hi &&
						    try_heads(d, &t, i, h, j,
						    sibling(s, h), &have, &before,
						    &x) && x > gain) {
							gain = x;
							bi = i, bi_h = h;
							bj = j, bj_h = sibling(s, h);
						}
			}
		for (i = 0; i < s->na; i++) {
			have1[i] = 0;
			before1[i] = 0;
		}
		for (h = 0; h < d->nh; h++) {
			if (t.uses[h] > 0)
				continue;
			for (i = 0; i < s->na; i++)
				if (try_heads(d, &t, i, h, i, h, &have1[i],
				    &before1[i], &x) && x > gain) {
					gain = x;
					bi = bj = i, bi_h = bj_h = h;
				}
		}
		if (gain <= IMPROVE_MIN)
			break;
		set_head(s, &t, bi, bi_h);
		set_head(s, &t, bj, bj_h);
	}
	free(have1);
	free(before1);
	run_sums_free(&t);
	memcpy(*best, s->a, s->na * sizeof **best);
}

/*
 * The search's last step: an untitled run (a stray article's text) that
 * the run before would take in for a better true score joins it. The
 * head trades of improve move no cut, and the search with its prices on
 * headlines used twice can miss that a cut it made stands on nothing
 * (吕梁市中心血站工作人员介绍，… cut off its brief, its cut scored below
 * zero, the joined run better by 5.9). One join at a time, the best
 * first, for at most JOIN_ROUNDS (W_A_UNTITLED_JOIN: 1 on, 0 off).
 */
#define JOIN_ROUNDS 8

static void join_next_run(struct seg *s, size_t r);

static void
join_untitled(struct dp *d, struct seg_article **best, size_t *nbest)
{
	struct seg *s = d->s;
	struct seg_article *keep;
	size_t nkeep, i, j, bi;
	int round;
	double now, x, gain, *r = NULL, *pre = NULL;

	load_runs(s, *best, *nbest);
	keep = NULL;
	/* (constrained off: the true score, as true_score counts it) */
	d->constrained = 0;
	for (round = 0; round < JOIN_ROUNDS && s->na > 1; round++) {
		/* (a page with no untitled run after its first has nothing
		 * to join: most pages, no score counted, nothing allocated) */
		for (i = 1; i < s->na && s->a[i].head >= 0; i++)
			;
		if (i == s->na)
			break;
		if (keep == NULL) {
			r = xreallocarray(NULL, s->na + 1, sizeof *r);
			pre = xreallocarray(NULL, s->na + 1, sizeof *pre);
			keep = xreallocarray(NULL, s->na + 1, sizeof *keep);
		}
		/* A join changes two runs' scores: run i's (it takes run
		 * i + 1's paragraphs) and run i + 2's (its link to the run
		 * before, now headed). The others are kept from this round's
		 * first count, and the page's sum is added in page order as
		 * path_score adds it (pre[i]: its sum before run i), so each
		 * try's score is the very number true_score gave. */
		nkeep = s->na;
		memcpy(keep, s->a, nkeep * sizeof *keep);
		now = 0;
		for (i = 0; i < nkeep; i++) {
			pre[i] = now;
			r[i] = run_score(d, i, NULL);
			now += r[i];
		}
		gain = IMPROVE_MIN;
		bi = nkeep;
		for (i = 0; i + 1 < nkeep; i++) {
			if (keep[i + 1].head >= 0)
				continue;
			join_next_run(s, i);
			x = pre[i] + run_score(d, i, NULL);
			if (i + 1 < s->na)
				x += run_score(d, i + 1, NULL);
			for (j = i + 3; j < nkeep; j++)
				x += r[j];
			x -= now;
			if (x > gain) {
				gain = x;
				bi = i;
			}
			memcpy(s->a, keep, nkeep * sizeof *keep);
			s->na = nkeep;
		}
		if (bi == nkeep)
			break;
		join_next_run(s, bi);
	}
	d->constrained = 1;
	free(r);
	free(pre);
	free(keep);
	*best = xreallocarray(*best, s->na + 1, sizeof **best);
	memcpy(*best, s->a, s->na * sizeof **best);
	*nbest = s->na;
}

/*
 * Where the search's best has no conflict but holds a part of a split
 * alone, read as the whole (one_reading): whether to search on, from
 * the search's runs in s->a, rather than keep the reading (kept in
 * *best otherwise). The pass never weighed the whole there: it may
 * score below a choice the branch and bound finds (a wrapped section
 * heading, 二、突出重点，全面排查整治 / 文物安全隐患, whose lower
 * line's words fill its speech, took the speech from its headline), or
 * stand where it may head nothing at all (a banner's lower line read
 * back as the banner). W_A_LONE_PART_SEARCH: 0 keep the reading, 1
 * search on only where the reading breaks a hard rule (scores NEVER),
 * 2 search on wherever a part stands alone.
 */
static int
search_on_lone(struct dp *d, struct seg_article **best, size_t *nbest,
    double *top)
{
	struct seg *s = d->s;
	struct seg_article *runs;
	size_t n;
	double mode = W(A_LONE_PART_SEARCH);

	if (mode <= 0 || lone_part(s) < 0) {
		keep_best(d, best, nbest, top);
		return 0;
	}
	if (mode >= 2)
		return 1;
	save_runs(s, &runs, &n);
	keep_best(d, best, nbest, top);
	if (*top > NEVER / 2) {
		free(runs);
		return 0;
	}
	free(*best);
	*best = NULL;
	*nbest = 0;
	*top = NEVER * 4;
	load_runs(s, runs, n);
	free(runs);
	return 1;
}

/*
 * The search lets a headline head two runs (its state does not remember
 * which headlines were used). Where its best uses one twice, two ways
 * out, the better kept by the true score: a branch and bound over the
 * conflicts (branch), and Lagrangian relaxation: a headline chosen for several runs is made dearer
 * (lambda, taken off its start score) and the search runs again, with a
 * shrinking step. Each ends by keeping every headline on its first run.
 */
static void
search(struct dp *d)
{
	struct seg *s = d->s;
	int *uses = xcalloc((size_t)d->nh + 1, sizeof *uses);
	struct seg_article *best = NULL, *first;
	size_t nbest = 0, nfirst, p;
	double top = NEVER * 4, step = LAMBDA_STEP;
	int round, h, over, budget;
	struct seg_article ri, rj;

	viterbi(d);
	/* Without a conflict the search's best is the best choice, unless
	 * it holds a part of a split alone: one_reading reads the part as
	 * the whole, which scores otherwise (search_on_lone). */
	if (!find_conflict(s, &ri, &rj) && !search_on_lone(d, &best, &nbest,
	    &top))
		goto done;
	/* (the runs of the search without bans or prices: the first round
	 * below searches the same, and takes them) */
	save_runs(s, &first, &nfirst);
	budget = BRANCH_BUDGET;
	branch(d, &best, &nbest, &top, &budget);
	memset(d->banned, 0, s->np * (size_t)d->nh);
	for (round = 0; round < CONFLICT_ROUNDS; round++) {
		if (round == 0)
			load_runs(s, first, nfirst);
		else
			viterbi(d);
		memset(uses, 0, (size_t)d->nh * sizeof *uses);
		for (p = 0; p < s->na; p++)
			if (s->a[p].head >= 0)
				uses[s->a[p].head]++;
		over = 0;
		for (h = 0; h < d->nh; h++) {
			double l = d->lambda[h] + step * (uses[h] - 1);
			over |= uses[h] > 1;
			d->lambda[h] = l > 0 ? l : 0;
		}
		keep_best(d, &best, &nbest, &top);
		if (!over)
			break;
		step /= 2;
	}
	free(first);
	improve(d, &best, &nbest);
done:
	if (W(A_UNTITLED_JOIN) > 0)
		join_untitled(d, &best, &nbest);
	free(s->a);
	s->a = best;
	s->na = nbest;
	free(uses);
}

/*
 * Settle each split: where its parts head runs they take the whole's
 * place in s->h, else the whole stays; the other reading is freed. The
 * runs' head indices follow.
 */
static void
settle_splits(struct seg *s)
{
	struct seg_headline *v = xreallocarray(NULL, s->nh + 1, sizeof *v);
	int *to = xreallocarray(NULL, s->nh + 1, sizeof *to);
	int *of = xreallocarray(NULL, s->nh + 1, sizeof *of);
	int *pair = xreallocarray(NULL, s->nh + 1, sizeof *pair);
	size_t i, k, n = 0;

	for (i = 0; i < s->nh; i++) {
		to[i] = -1;
		of[i] = s->h[i].alt_of;
		pair[i] = of[i] >= 0 ? sibling(s, (int)i) : -1;
	}
	for (i = 0; i < s->nh; i++)
		s->h[i].alt_of = -1;
	for (i = 0; i < s->nh; i++) {
		int split = 0;
		if (of[i] >= 0)
			continue;
		for (k = i + 1; k < s->nh; k++)
			if (of[k] == (int)i && run_headed(s, (int)k) >= 0)
				split = 1;
		for (k = i + 1; k < s->nh; k++) {
			if (of[k] != (int)i)
				continue;
			/* (of two splits, the one whose parts head runs) */
			if (!split || (run_headed(s, (int)k) < 0 &&
			    run_headed(s, pair[k]) < 0)) {
				seg_headline_free(&s->h[k]);
				continue;
			}
			to[k] = (int)n;
			v[n++] = s->h[k];
		}
		if (split) {
			seg_headline_free(&s->h[i]);
			continue;
		}
		to[i] = (int)n;
		v[n++] = s->h[i];
	}
	for (i = 0; i < s->na; i++)
		if (s->a[i].head >= 0)
			s->a[i].head = to[s->a[i].head];
	free(s->h);
	free(to);
	free(of);
	free(pair);
	s->h = v;
	s->nh = n;
}

/* A paragraph past its headline's words shares at least this share of
 * the rare words of it and the headline's text above it (seg_cohesion):
 * 0.1 / 0.15 / 0.2 / 0.3 at W_A_TAIL_ON 0.4 on the tuning halves, sum
 * +0.0119 / +0.0147 / +0.0115 / +0 (0.1: t5 -0.0019). */
#define TAIL_SHARED 0.15

/*
 * Whether paragraph p, past the last of a headline's words, takes up the
 * rare words of the text that held them, paragraphs [g0, last]: the
 * same people and places (王春梅, 合作社 down a feature whose headline,
 * 蜂箱旁的“甜蜜事业”, its lead alone takes up) read on in the same text.
 */
static int
tail_reads_on(const struct dp *d, size_t g0, size_t last, size_t p)
{
	return seg_cohesion(d->s, g0, last, p, p) >= TAIL_SHARED;
}

/*
 * The last gap in [g0, end] holding a caption credited to a reporter that
 * headline k's byline names (文/图 本报记者 梁晋 over …操作。 本报记者 梁晋
 * 摄), or g0: the text that headline opens goes on at least to its own
 * picture, set inside it or after it.
 */
static size_t
own_photo_reach(const struct dp *d, int k, size_t g0, size_t end)
{
	const struct seg *s = d->s;
	const struct seg_headline *h = &s->h[k];
	size_t i, at, reach = g0, n;

	for (i = 0; i < s->nit && h->nnames > 0; i++) {
		if (s->it[i].kind != I_CAPTION || s->it[i].credit == NULL)
			continue;
		at = seg_para_after(s, i);
		if (at <= reach || at > end)
			continue;
		for (n = 0; n < h->nnames; n++)
			if (utf8_count(h->names[n]) >= 2 &&
			    strstr(s->it[i].credit, h->names[n]) != NULL) {
				reach = at;
				break;
			}
	}
	return reach;
}

/*
 * W_A_TAIL into each headline state's paragraph scores (d->em, after
 * d->hits). A headline standing over its text (its block anchored) is
 * the headline of the stretch below it, up to the next anchored block;
 * paragraph p of that stretch costs its run where the headline's words
 * were met before p in p's section (since the last heading candidate),
 * not in the paragraph right before it, and none of them comes from p to
 * the stretch's end. A report takes up its headline's words to its end
 * or nearly (its last paragraph may not); a run that goes on for
 * paragraphs past the last of them has taken in another text whose
 * headline is elsewhere or none (an untitled text, a continuation),
 * which the cuts alone weigh against W_A_UNTITLED. Paid per paragraph:
 * a text of many such paragraphs is cut off where a report's last one
 * or two are not. Headlines gathered elsewhere are not weighed so: the
 * text after their body is another's body.
 */
static void
tail_flags(struct dp *d)
{
	const struct seg *s = d->s;
	size_t np = s->np, ns1 = (size_t)d->nh + 1, p, g0, end, last, reach;
	/* (per paragraph of the stretch: a word met before it, and not
	 * right before it) */
	char *after = xcalloc(np + 1, 1);
	size_t *upto = xreallocarray(NULL, np + 1, sizeof *upto);
	int k, none;

	for (k = 0; k < d->nh; k++) {
		g0 = (size_t)d->gap_of[k];
		if (!d->usable[k] || g0 >= np || !d->g[g0].anchored)
			continue;
		for (end = g0 + 1; end < np && !d->g[end].anchored; end++)
			;
		for (p = g0, last = np; p < end; p++) {
			/* (a section's words are its own: a feature's later
			 * sections may hold none of the headline's) */
			if (d->g[p].heading >= 0)
				last = np;
			after[p] = last < np && p >= last + 2;
			upto[p] = last;
			if (hit(d, k, p))
				last = p;
		}
		reach = own_photo_reach(d, k, g0, end);
		for (p = end, none = 1; p-- > g0;) {
			none &= !hit(d, k, p);
			if (none && after[p]) {
				d->em[p * ns1 + (size_t)k] += W(A_TAIL);
				if (tail_reads_on(d, g0, upto[p], p))
					d->em[p * ns1 + (size_t)k] +=
					    W(A_TAIL_ON);
				if (p < reach)
					d->em[p * ns1 + (size_t)k] +=
					    W(A_TAIL_PHOTO);
			}
		}
	}
	free(upto);
	free(after);
}

/*
 * Whether a brief ends before live paragraph p, where no headline block
 * stands: the text since the last anchored block is at most BRIEF_PARAS
 * paragraphs under a headline that stands alone there with no byline (a
 * brief's headline), holding its words, and the text from p to the next
 * block holds none of them. A brief's headline weighs only a few
 * paragraphs; an untitled text after it (its headline on another page,
 * or none) shares the page's words with it (the same town, the same
 * season) but not its headline's, and the cut's cohesion alone weighs
 * the page's words.
 */
static int
brief_ends(const struct dp *d, size_t p)
{
	const struct seg *s = d->s;
	size_t g0, end, q;
	int k;

	if (d->g[p].blocks > 0)
		return 0;
	/* (no further back than a brief's length: it runs at every gap,
	 * and the walk to the last block stays bounded by BRIEF_PARAS) */
	for (g0 = p; g0 > 0 && d->g[g0].blocks == 0 && p - g0 <= BRIEF_PARAS;
	    g0--)
		;
	if (!d->g[g0].anchored || p - g0 > BRIEF_PARAS)
		return 0;
	for (end = p + 1; end < s->np && d->g[end].blocks == 0; end++)
		;
	for (k = 0; k < d->nh; k++) {
		const struct seg_headline *h = &s->h[k];
		int before = 0, after = 0;

		if ((size_t)d->gap_of[k] != g0 || !d->usable[k] ||
		    *h->title == '\0' || *h->byline != '\0' || h->nblock != 1)
			continue;
		for (q = g0; q < p; q++)
			before |= hit(d, k, q);
		for (q = p; q < end && !after; q++)
			after |= hit(d, k, q);
		if (before && !after)
			return 1;
	}
	return 0;
}

/*
 * The scores that do not change while the search runs, each computed
 * once (the search runs the Viterbi pass ten times a page, which read
 * them millions of times), and the pass's tables, made once.
 */
static void
score_tables(struct dp *d)
{
	const struct seg *s = d->s;
	size_t p, ns1 = (size_t)d->nh + 1, cells = s->np * ns1;
	int h;

	d->st = xreallocarray(NULL, cells, sizeof *d->st);
	d->em = xreallocarray(NULL, cells, sizeof *d->em);
	d->en = xreallocarray(NULL, cells, sizeof *d->en);
	d->hits = xreallocarray(NULL, cells, 1);
	for (p = 0; p < s->np; p++)
		for (h = 0; h <= d->nh; h++) {
			d->st[p * ns1 + (size_t)h] = start_base(d, h, p);
			d->em[p * ns1 + (size_t)h] = emit_base(d, h, p);
			d->en[p * ns1 + (size_t)h] = end_base(d, h, p);
			d->hits[p * ns1 + (size_t)h] = (char)hit_base(d, h, p);
		}
	tail_flags(d);
	for (p = 1; p < s->np; p++)
		d->g[p].brief_end = brief_ends(d, p);
	d->cut = xcalloc(s->np + 1, sizeof *d->cut);
	d->cont = xcalloc(s->np + 1, sizeof *d->cont);
	for (p = 1; p < s->np; p++) {
		d->cut[p] = cut_score(d, p);
		d->cont[p] = cont_score(d, p);
	}
	d->vbest = xreallocarray(NULL, 2 * cells, sizeof *d->vbest);
	d->vfrom = xreallocarray(NULL, 2 * cells, sizeof *d->vfrom);
	d->vcut = xreallocarray(NULL, 2 * cells, 1);
	d->vban = xreallocarray(NULL, s->np * (size_t)d->nh + 1, 1);
	d->vlam = xreallocarray(NULL, (size_t)d->nh + 1, sizeof *d->vlam);
	d->vvalid = 0;
	d->vendv = xreallocarray(NULL, ns1, sizeof *d->vendv);
	d->venda = xreallocarray(NULL, ns1, sizeof *d->venda);
}

/* Whether a paragraph of [p0, p1] holds a word of headline k. */
static int
words_in(const struct dp *d, int k, size_t p0, size_t p1)
{
	size_t p;

	for (p = p0; p <= p1; p++)
		if (hit_base(d, k, p))
			return 1;
	return 0;
}

/* Run r takes run r + 1's paragraphs (the two are adjacent) under its
 * own headline; the runs after move down one. */
static void
join_next_run(struct seg *s, size_t r)
{
	s->a[r].last = s->a[r + 1].last;
	memmove(&s->a[r + 1], &s->a[r + 2], (s->na - r - 2) * sizeof *s->a);
	s->na--;
}

/* Whether run a holds one paragraph of text, a source note after it
 * aside (（来源：山西日报）: the report's, printed under its end). */
static int
one_paragraph(const struct seg *s, const struct seg_article *a)
{
	size_t p;

	for (p = a->first + 1; p <= a->last; p++)
		if (!s->it[s->paras[p]].source)
			return 0;
	return 1;
}

/* The text of runs [first, last] as one string (paragraphs run on). */
static char *
run_text(const struct seg *s, size_t first, size_t last)
{
	size_t p, n = 1;
	char *t;

	for (p = first; p <= last; p++)
		n += strlen(s->it[s->paras[p]].text);
	t = xmalloc(n);
	*t = '\0';
	for (p = first; p <= last; p++)
		strcat(t, s->it[s->paras[p]].text);
	return t;
}

/* Characters (code points) of UTF-8 text t, counted to cap at most
 * (cap where there are more): the callers compare with a bound, and
 * counted to the end, a run's or a long paragraph's whole text, this
 * was 2 % of segmenting a page. */
static size_t
chars_upto(const char *t, size_t cap)
{
	size_t n = 0;

	for (; *t && n < cap; t++)
		n += ((unsigned char)*t & 0xC0) != 0x80;
	return n;
}

/* (rejoin_tiny counts a labelled piece to PIECE_RUN and tests it
 * against both) */
_Static_assert(TINY_RUN <= PIECE_RUN, "a count to PIECE_RUN tells TINY_RUN");

/* Characters of run [first, last]'s text (run_text's), to cap at most:
 * counted paragraph by paragraph, the text not joined (a count of lead
 * bytes adds up over pieces). */
static size_t
run_chars_upto(const struct seg *s, size_t first, size_t last, size_t cap)
{
	size_t p, n = 0;

	for (p = first; p <= last && n < cap; p++)
		n += chars_upto(s->it[s->paras[p]].text, cap - n);
	return n;
}

/* Whether every paragraph of run a is a sign-off line (a notice's
 * issuer or date). */
static int
signoffs_only(const struct seg *s, const struct seg_article *a)
{
	size_t p;

	for (p = a->first; p <= a->last; p++)
		if (!s->it[s->paras[p]].signoff)
			return 0;
	return 1;
}

/* The distinct bigrams (seg_bigrams, sorted) of the text of paragraphs
 * [first, last], *n of them; the caller frees. */
static uint64_t *
run_bigrams(const struct seg *s, size_t first, size_t last, size_t *n)
{
	char *t = run_text(s, first, last);
	uint64_t *v = seg_bigrams(t, n);

	free(t);
	return v;
}

/*
 * The share (0..1) of the distinct bigrams of v[0..n) that the text of
 * paragraphs [first, last] holds. Raw, it grows with the run's length
 * whatever the piece is about: in the truth of t1..t5, an article's last
 * paragraph under 80 characters shares on average 0.8 % of its bigrams
 * with another article of the page under 100 characters, 1.6 % (under
 * 200), 3.7 % (400), 4.6 % (800), 9 % (1,600 and over), where 10.6 % of
 * those longest pass TINY_OVERLAP; with its own article's other
 * paragraphs 15 % to 28 %. Measured against what a run of that many
 * paragraphs holds by chance (each bigram's other paragraphs drawn at
 * random, (hits - expected) / (n - expected); stop 42) it lost on the
 * tuning halves at every TINY_OVERLAP tried (0 / 0.05 / 0.1 / 0.15 /
 * 0.2: at 0.05 t1 +0.0012 t4 +0.0015 t2 -0.0005 t3 -0.0004 nwt -0.0057,
 * a closing quote of a 27-paragraph feature no longer joined it), and
 * in rejoin_short's choice of side alone it moved one page (t4 +0.0002;
 * f1 f2 nwf 0): a piece's words are found all through its report, and
 * the two sides rarely differ by length alone. Windowed to the 1 to 4
 * paragraphs nearest the piece (raw) it lost too: at 2, every tuning
 * half (t1 -0.0046, t4 -0.0056); at 4, t2 -0.0025 t5 -0.0016 nwt
 * -0.0057.
 */
static double
overlap_with(const struct seg *s, const uint64_t *v, size_t n, size_t first,
    size_t last)
{
	uint64_t *w;
	size_t nw, i, hit = 0;

	if (n == 0)
		return 0;
	w = run_bigrams(s, first, last, &nw);
	for (i = 0; i < n; i++)
		hit += seg_has_bigram(w, nw, v[i]);
	free(w);
	return (double)hit / (double)n;
}

/* Whether paragraph text t opens with a label of 1 to ITEM_LABEL_CHARS
 * han characters and a colon, and goes on after it (问：…, 答：…,
 * 石楼县：…): a turn of an interview or an item of a list, one a
 * paragraph. */
static int
labelled(const char *t)
{
	size_t len = strlen(t), i = 0;
	int n = 0;

	while (n <= ITEM_LABEL_CHARS && i < len) {
		uint32_t c;

		if (utf8_next(t + i, len - i, &c) != 3)
			return 0;
		i += 3;
		/* (the item's words after it: a salutation alone,
		 * 青年朋友们：, opens a speech, no item) */
		if (c == 0xFF1A)	/* ： */
			return n > 0 && i < len;
		if (c < 0x4E00 || c > 0x9FFF)
			return 0;
		n++;
	}
	return 0;
}

/* Whether paragraph text t ends on a colon (：): it announces what
 * follows it (…评出获奖歌手如下：, …现由我站代为保管：, an addressee,
 * 冯某（男，…）：). None of the 7,893 articles on the tuning halves'
 * pages ends on one. */
static int
announces(const char *t)
{
	return seg_ends(t, "：") || seg_ends(t, ":");
}

/*
 * A short run (under PIECE_RUN characters) whose last paragraph
 * announces what follows (announces) is the opening of the text after
 * it: a notice's items or an addressee's notice read as a headline (a
 * list item set on its own line as a title is) took the text under them
 * as an article of its own, and left the notice's headline over its
 * first paragraph alone. The two runs join under the short run's
 * headline (or the next one's, where it has none); the headline that
 * took the rest is left to fold in or stand as a heading, as
 * rejoin_tiny leaves its (W_A_COLON_JOIN: 1 on, 0 off). Only a short
 * run, a piece of a text as rejoin_tiny's labelled pieces are: a long
 * run ending on a colon is more often cut one paragraph late, the colon
 * opening the text after it (a letter's salutation), than cut from the
 * text it announces (joined at any length: c-f1 -0.0149, c-f2 -0.0057).
 */
static void
rejoin_announce(const struct dp *d)
{
	struct seg *s = d->s;
	size_t r;
	int ka, kb;

	if (W(A_COLON_JOIN) <= 0)
		return;
	for (r = 0; r + 1 < s->na; r++) {
		struct seg_article *a = &s->a[r], *b = &s->a[r + 1];

		/* (a teaser, 详见第8版, is a note of its own; a dateline
		 * opens a report, which no colon announces) */
		if (b->first != a->last + 1 ||
		    !announces(s->it[s->paras[a->last]].text) ||
		    s->it[s->paras[b->first]].teaser ||
		    s->it[s->paras[b->first]].dateline ||
		    run_chars_upto(s, a->first, a->last, PIECE_RUN) >= PIECE_RUN)
			continue;
		ka = a->head;
		kb = b->head;
		join_next_run(s, r);
		/* (under the short run's headline, unless only the other is
		 * a notice's title: 公告 gathered after the text, where the
		 * issuer's name over the addressee, 汾阳市人民法院, was read as
		 * a headline; run_score's choice kept a list item over 失物
		 * 招领启事) */
		if (ka >= 0 && kb >= 0 &&
		    seg_is_document_title(s->h[kb].title) &&
		    !seg_is_document_title(s->h[ka].title)) {
			s->a[r].head = kb;
			s->h[ka].article = SEG_UNSET;
		} else if (ka >= 0 && kb >= 0)
			s->h[kb].article = SEG_UNSET;
		else if (ka < 0)
			s->a[r].head = kb;
		r--;	/* (the joined run may end on another) */
	}
}

/* Whether text t ends on a full stop (。, or . ), a closing quote or
 * bracket after it: a sentence told. */
static int
told(const char *t)
{
	size_t n = strlen(t);

	while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == ')'))
		n--;
	while (seg_ends_n(t, n, "”") || seg_ends_n(t, n, "）") ||
	    seg_ends_n(t, n, "’") || seg_ends_n(t, n, "」"))
		n -= 3;
	return seg_ends_n(t, n, "。") || (n > 0 && t[n - 1] == '.');
}

/*
 * A run with no headline under TINY_RUN characters is no article: none
 * on the tuning halves' pages is under 60 (a note, a teaser, is one; a
 * photo's lead-in is set over its caption, and a brief closed by its
 * own credit or source is an item). What the assignment leaves so is a
 * piece of a text beside it, cut off where nothing priced a run that
 * short: a report's closing sentence or quote, a title's line read as
 * text, a notice's sign-off. It joins the run beside it that holds
 * more of its bigrams, the one before where neither holds more (not
 * the one after where that opens with a dateline, a report of its
 * own, nor a teaser on either side, a note of its own: joined, the
 * note was lost), under that run's headline (W_A_SHORT_JOIN: 1 on, 0
 * off).
 * Where TINY_OVERLAP and a headline ask more of rejoin_tiny, a run
 * without a headline has none of its own to keep.
 */
static void
rejoin_short(const struct dp *d)
{
	struct seg *s = d->s;
	size_t r;

	if (W(A_SHORT_JOIN) <= 0)
		return;
	for (r = 0; r < s->na && s->na > 1; r++) {
		const struct seg_article *a = &s->a[r];
		uint64_t *v;
		size_t nv;
		double before = -1, after = -1;

		if (a->head >= 0 || s->it[s->paras[a->first]].teaser ||
		    s->it[s->paras[a->first]].dateline ||
		    d->g[a->last + 1].caption ||
		    (d->g[a->last + 1].credit && (W(A_SHORT_TOLD) <= 0 ||
		    told(s->it[s->paras[a->last]].text))) ||
		    run_chars_upto(s, a->first, a->last, TINY_RUN) >= TINY_RUN)
			continue;
		v = run_bigrams(s, a->first, a->last, &nv);
		if (r > 0 && s->a[r - 1].last + 1 == a->first &&
		    !d->g[a->first].caption &&
		    !s->it[s->paras[s->a[r - 1].first]].teaser)
			before = overlap_with(s, v, nv, s->a[r - 1].first,
			    s->a[r - 1].last);
		if (r + 1 < s->na && s->a[r + 1].first == a->last + 1 &&
		    !s->it[s->paras[s->a[r + 1].first]].dateline &&
		    !s->it[s->paras[s->a[r + 1].first]].teaser)
			after = overlap_with(s, v, nv, s->a[r + 1].first,
			    s->a[r + 1].last);
		free(v);
		if (before < 0 && after < 0)
			continue;
		if (before >= after) {
			join_next_run(s, r - 1);
			r -= 2;	/* (the joined run is looked at again) */
		} else {
			int k = s->a[r + 1].head;
			join_next_run(s, r);
			s->a[r].head = k;
			r--;
		}
	}
}

/*
 * Whether run b (under TINY_RUN characters, not joined to the run before
 * by its words) heads no article under its headline: a headline standing
 * alone in its reading (no byline under it, not one part of a split
 * title) that holds few of its words there (under TINY_HEAD_AFF). Every
 * headline heads something, and a stray one (gathered, its own text
 * taken by another, or a credit read as a title) takes the cheapest run
 * there is: a report's last sentence or quote. The short runs a headline
 * truly heads on the tuning pages hold its words (affinity 0.7 and up);
 * those it does not, 0.2 and under. A headline with its byline stands
 * over its own text, though cut short (a commentary's first paragraph);
 * one alone in its block right after the run is set after its body (the
 * layouts put a few there), its place its evidence.
 */
static int
unheaded(const struct dp *d, const struct seg_article *b)
{
	const struct seg_headline *h = &d->s->h[b->head];

	return h->alt_of < 0 && *h->byline == '\0' &&
	    (h->nblock > 1 || (size_t)d->gap_of[b->head] != b->last + 1) &&
	    run_aff(d, b->head, b->first, b->last) < TINY_HEAD_AFF;
}

/*
 * A very short run (under TINY_RUN characters): every headline heads
 * something, so a stray headline (a subtitle gathered after the text, a
 * wrapped title's rest, a notice's issuer) takes the cheapest run there
 * is, often a report's last paragraph or its closing line, and nothing
 * in the assignment charges for a run that short. (A price in the
 * search for a one-paragraph run under TINY_RUN that nothing names an
 * article, the headline's words, byline or place, a teaser, dateline,
 * caption or credit, stop 42: -1 / -2 / -4 / -8 lost t1 and t4, -2 t1
 * -0.0019 t4 -0.0025 t2 +0.0014; in place of W_A_TINY_UNHEAD, -4 t4
 * -0.0092; untitled runs only, -8, t4 -0.0051. The stray headline went
 * on to take two paragraphs, a kicker line or 今日谈 over a report's
 * last two: the price moves the run, W_A_USE still pays for it. Nor
 * did a search told the stray heads nothing there and run again, the
 * headline's W_A_USE taken back: t1 -0.0049 t4 -0.0055 t5 -0.0031 nwt
 * -0.0028; the stray took the next cheapest run, and the subtitle this
 * rule folds into the headline over it went to another text as a
 * kicker.) Where the short run
 * shares at least TINY_OVERLAP of its bigrams with the run right before
 * it, and more than with the run right after, it is that report's end:
 * the two join, the stray headline left to fold in or stand as a heading
 * (W_A_TINY_JOIN: 1 on, 0 off). A teaser (详见第8版) is a note of its own.
 */
static void
rejoin_tiny(const struct dp *d)
{
	struct seg *s = d->s;
	size_t r;

	if (W(A_TINY_JOIN) <= 0)
		return;
	for (r = 0; r + 1 < s->na; r++) {
		struct seg_article *a = &s->a[r], *b = &s->a[r + 1];
		uint64_t *v;
		size_t nv, n;
		int shaped, both_labelled;
		double before, after = 0;
		/* (a teaser, 详见第8版, is a note of its own; a paragraph
		 * opening with a dateline opens a brief, and ends none) */
		if (b->first != a->last + 1 ||
		    s->it[s->paras[b->first]].teaser ||
		    s->it[s->paras[b->first]].dateline)
			continue;
		/* (a piece under PIECE_RUN whose first paragraph has the
		 * shape of the paragraph before it, both labelled, 问：
		 * after 答：, 交口县： after 中阳县：, reads on: a list or an
		 * interview cut, its words its own; so also where the text
		 * before lost its headline, taken by another run) */
		/* (the shape told first, the run counted after it to the
		 * one bound it is then held to: PIECE_RUN for a labelled
		 * piece, else TINY_RUN, and not at all under no headline) */
		both_labelled = W(A_PIECE_SHAPE) > 0 &&
		    labelled(s->it[s->paras[a->last]].text) &&
		    labelled(s->it[s->paras[b->first]].text);
		if (!both_labelled && a->head < 0)
			continue;
		n = run_chars_upto(s, b->first, b->last,
		    both_labelled ? PIECE_RUN : TINY_RUN);
		shaped = both_labelled && n < PIECE_RUN;
		if ((n >= TINY_RUN || a->head < 0) && !shaped)
			continue;
		v = run_bigrams(s, b->first, b->last, &nv);
		before = overlap_with(s, v, nv, a->first, a->last);
		if (shaped)
			before = 1;
		/* (a notice's date or issuer alone, 2025年11月24日, shares no
		 * words: the close of the text before it) */
		if (signoffs_only(s, b))
			before = 1;
		if (r + 2 < s->na && s->a[r + 2].first == b->last + 1)
			after = overlap_with(s, v, nv, s->a[r + 2].first,
			    s->a[r + 2].last);
		free(v);
		if (before < TINY_OVERLAP || before <= after) {
			/* (a run its headline does not head ends the text
			 * before it, as one sharing its words does) */
			if (W(A_TINY_UNHEAD) > 0 && !shaped && b->head >= 0 &&
			    unheaded(d, b)) {
				s->h[b->head].article = SEG_UNSET;
				join_next_run(s, r);
				r--;
			}
			continue;
		}
		if (b->head >= 0)
			s->h[b->head].article = SEG_UNSET;
		/* A title alone right under the report's own headline in its
		 * block (年底前全面消除… under 全市农村集体经济发展推进会召开)
		 * is the report's subtitle, not a kicker of the next. */
		if (b->head >= 0 && a->head >= 0) {
			struct seg_headline *ha = &s->h[a->head], *hb = &s->h[b->head];
			if (hb->item == ha->item && hb->line0 == ha->line1 + 1 &&
			    *ha->subtitle == '\0' && *hb->kicker == '\0' &&
			    *hb->subtitle == '\0' && *hb->byline == '\0' &&
			    ha->alt_of < 0 && hb->alt_of < 0) {
				seg_append(&ha->subtitle, hb->title, "");
				hb->article = SEG_FOLDED;
			}
		}
		join_next_run(s, r);
		r--;	/* (the joined run may close on another) */
	}
}

/* The name a reply's salutation addresses (高建平同志：, 田晓芳女士：)
 * in text t, copied to name (room for SALUTATION_CHARS characters), or
 * 0 where t is none or addresses the editor (编辑同志： opens a letter). */
static int
addressee(const char *t, char *name, size_t room)
{
	size_t n;

	if (chars_upto(t, SALUTATION_CHARS + 1) > SALUTATION_CHARS ||
	    (n = seg_honorific_at(t, strlen(t))) == (size_t)-1)
		return 0;
	/* (a name of two characters at least, three bytes each) */
	if (n < 6 || n >= room || strncmp(t, "编辑", n) == 0)
		return 0;
	memcpy(name, t, n);
	name[n] = '\0';
	return 1;
}

/*
 * A reply to a reader's letter (a department's, under 部门回复), opened
 * by the letter's signer's name (高建平同志：): the letter's signature
 * (方山县 村民 高建平), read as a headline or a paragraph, cut the reply
 * off as an article of its own. Where the run right before holds the
 * name (its text, its headline), or the reply's own headline is that
 * signature, the reply reads on from the letter: the two join. So
 * does a text under a lone section title (部门回复, 记者调查) right
 * after a letter's signature, its reply or the reporter's findings
 * opened by no name (W_A_REPLY_JOIN: 1 on, 0 off for both).
 */
static void
rejoin_reply(const struct dp *d)
{
	struct seg *s = d->s;
	size_t r;

	if (W(A_REPLY_JOIN) <= 0)
		return;
	for (r = 0; r + 1 < s->na; r++) {
		struct seg_article *a = &s->a[r], *b = &s->a[r + 1];
		char name[SALUTATION_CHARS * 4 + 1], *t;
		int named = 0;
		if (b->first != a->last + 1)
			continue;
		/* A letter signed (its signature's line known, 临县安业乡家长
		 * 高二平) over a lone section title (部门回复, 记者调查) and a
		 * text: the letter's page goes on under its heading. Not a
		 * text opening with a dateline (本报讯…): no findings or reply
		 * opens so, a report does; a reply's signature (方山县文化和
		 * 旅游局) ends the letter's page, and the title after it
		 * heads the next report (on against off, tuning t2 +0.0022,
		 * t5 +0.0039, the others and the confirm halves flat). */
		if (b->head >= 0 && d->g[b->first].heading == b->head &&
		    s->l[s->it[s->paras[a->last]].first].letter &&
		    !s->it[s->paras[b->first]].dateline) {
			s->h[b->head].article = SEG_HEADING;
			join_next_run(s, r);
			r--;
			continue;
		}
		if (!addressee(s->it[s->paras[b->first]].text, name, sizeof name))
			continue;
		if (b->head >= 0)
			named = strstr(s->h[b->head].title, name) != NULL ||
			    strstr(s->h[b->head].byline, name) != NULL;
		if (a->head >= 0)
			named |= strstr(s->h[a->head].title, name) != NULL ||
			    strstr(s->h[a->head].byline, name) != NULL;
		t = run_text(s, a->first, a->last);
		named |= strstr(t, name) != NULL;
		free(t);
		if (!named)
			continue;
		if (b->head >= 0)
			s->h[b->head].article = SEG_UNSET;
		join_next_run(s, r);
		r--;	/* (the joined run may close on another) */
	}
}

/* The lead holds the lower part's words at least this well (0..1, as
 * the block parse's MATCH_CLEAR): the words of its text, not a chance
 * bigram of a neighbouring brief's. */
#define LEAD_JOIN_MATCH 0.3

/* Whether hu over hl is rejoin_lead's shape: the upper open (a
 * subtitle and no byline), the lower a line and the byline (no kicker
 * or subtitle of its own), neither a banner nor a split's part (a
 * split's parts are the assignment's own reading). */
static int
lead_rest_shape(const struct seg_headline *hu, const struct seg_headline *hl)
{
	return hu->alt_of < 0 && hl->alt_of < 0 && !hu->banner &&
	    !hl->banner && *hu->subtitle != '\0' && *hu->byline == '\0' &&
	    *hl->kicker == '\0' && *hl->subtitle == '\0' &&
	    *hl->byline != '\0';
}

/* The lower's line goes on with the upper's subtitle, its byline is the
 * upper's, and it heads nothing of its own. */
static void
fold_lead_rest(struct seg_headline *hu, struct seg_headline *hl)
{
	seg_append(&hu->subtitle, hl->title, "");
	free(hu->byline);
	hu->byline = xstrdup(hl->byline);
	hl->article = SEG_FOLDED;
}

/* The same rest heading the whole text, lead and all (the lead shares
 * the text's words: no cut there), the upper headline heading nothing:
 * the text is the upper's, the line its subtitle's rest. */
static void
rejoin_lead_whole(struct seg *s)
{
	size_t r, q;
	int l, u;

	for (r = 0; r < s->na; r++) {
		if ((l = s->a[r].head) < 0)
			continue;
		for (u = 0; u < (int)s->nh; u++)
			if (follows(&s->h[u], &s->h[l]))
				break;
		if (u == (int)s->nh)
			continue;
		for (q = 0; q < s->na; q++)
			if (s->a[q].head == u)
				break;
		if (q < s->na || *s->h[u].title == '\0' ||
		    s->h[u].article == SEG_FOLDED ||
		    !lead_rest_shape(&s->h[u], &s->h[l]))
			continue;
		fold_lead_rest(&s->h[u], &s->h[l]);
		s->a[r].head = u;
	}
}

/*
 * A headline's subtitle wrapped onto a line read as the title of a
 * headline of its own, with the byline under it (健康讲堂 / 天一冷，… /
 * ——市人民医院心血管 / 内科主任医师邢建国谈 / 冬季心脑血管疾病防治 /
 * 记者 温丽娜): every headline heads something, so the upper headline
 * took the lead alone and the lower the rest of the text. The upper is
 * left open, a subtitle and no byline; the lower is a line and the
 * byline, no kicker or subtitle of its own: a headline's rest, not one
 * whole. Where the lead, as well as the rest, holds the lower part's
 * words (LEAD_JOIN_MATCH), the two runs are one text: they join under
 * the upper headline, the lower's line going on with its subtitle and
 * its byline the upper's (W_A_LEAD_JOIN: 1 on, 0 off); where the rest
 * heads the whole text, lead and all, the same (rejoin_lead_whole).
 */
static void
rejoin_lead(const struct dp *d)
{
	struct seg *s = d->s;
	size_t r;

	if (W(A_LEAD_JOIN) <= 0)
		return;
	for (r = 0; r + 1 < s->na; r++) {
		int u = s->a[r].head, l = s->a[r + 1].head;
		if (u < 0 || l < 0 || !follows(&s->h[u], &s->h[l]) ||
		    !one_paragraph(s, &s->a[r]) ||
		    s->a[r + 1].first != s->a[r].last + 1 ||
		    d->aff[s->a[r].first * (size_t)d->nh + (size_t)l] <
		    LEAD_JOIN_MATCH || !lead_rest_shape(&s->h[u], &s->h[l]))
			continue;
		fold_lead_rest(&s->h[u], &s->h[l]);
		join_next_run(s, r);
	}
	rejoin_lead_whole(s);
}

/*
 * A kicker read as a headline of its own, gathered over its title: the
 * title (the lower headline) heading the lead alone and the kicker the
 * report's later paragraphs, against the print order. A headline block
 * stacked over two reports keeps their order; a report of one paragraph
 * ahead of the one its upper headline heads, in reverse order, is a lead
 * read on by the rest of its report (一河清水润三川 with its kicker
 * 黄河流域生态保护和高质量发展在吕梁 heading the rest), where the title's
 * words come up in the later run too (two stacked reports' headlines
 * name each its own). The two runs join
 * under the title, the upper headline its kicker (W_A_KICKER_JOIN: 1 on,
 * 0 off).
 */
/* The later run's lead holds the upper headline's words this well
 * (0..1, as LEAD_JOIN_MATCH): the upper is its title. Not tuned (the
 * value LEAD_JOIN_MATCH's); the rule alone, on the pool33 weights, c-t1
 * +0.0021 on one page (汾阳入户查燃气安全 / 汾阳城区新增两处“口袋”菜市场),
 * the other tuning and the confirm halves +0. */
#define KICKER_OWN_LEAD 0.3

static void
rejoin_kicker(const struct dp *d)
{
	struct seg *s = d->s;
	size_t r;

	if (W(A_KICKER_JOIN) <= 0)
		return;
	for (r = 0; r + 1 < s->na; r++) {
		int l = s->a[r].head, u = s->a[r + 1].head;
		if (l < 0 || u < 0 || !follows(&s->h[u], &s->h[l]) ||
		    s->a[r].first != s->a[r].last ||
		    s->a[r + 1].first != s->a[r].last + 1 ||
		    *s->h[u].kicker != '\0' || *s->h[u].subtitle != '\0' ||
		    *s->h[u].byline != '\0' || *s->h[l].kicker != '\0' ||
		    s->h[l].alt_of >= 0 || s->h[u].alt_of >= 0 ||
		    !words_in(d, l, s->a[r + 1].first, s->a[r + 1].last))
			continue;
		/* (a headline whose words the later run's lead takes up is
		 * that run's title, not a kicker: gathered headlines may
		 * stand in another order than their bodies, and two briefs
		 * of one town share its name) */
		if (d->aff[s->a[r + 1].first * (size_t)d->nh + (size_t)u] >=
		    KICKER_OWN_LEAD)
			continue;
		free(s->h[l].kicker);
		s->h[l].kicker = xstrdup(s->h[u].title);
		join_next_run(s, r);
		s->h[u].article = SEG_FOLDED;	/* heads nothing of its own */
	}
}

/*
 * A kicker read as a headline of its own over a bylined title in its
 * block (非遗保护在吕梁 over 指尖上的非遗传承 / 本报记者…): every headline
 * heads something, so it took one paragraph that holds almost none of
 * its words (under TINY_HEAD_AFF), the end of the report before or an
 * untitled picture's text, while the title under it heads its own text.
 * A plain headline (no kicker, subtitle or byline of its own) right over
 * a title with its byline and no kicker, heading one paragraph that does
 * not name it, is that title's kicker: the paragraph goes back to the
 * run before it, or stands untitled at the page's start (W_A_STRAY_KICKER:
 * 1 on, 0 off). A brief's title over another report's headline heads
 * its own paragraph, which takes up its words.
 */
static void
rejoin_stray_kicker(const struct dp *d)
{
	struct seg *s = d->s;
	size_t r, i;

	if (W(A_STRAY_KICKER) <= 0)
		return;
	for (r = 0; r < s->na; r++) {
		int u = s->a[r].head, l = -1;
		struct seg_headline *hu;
		if (u < 0 || s->a[r].first != s->a[r].last)
			continue;
		hu = &s->h[u];
		/* (an untitled text right after the paragraph is the
		 * headline's own, cut off it: 公 告 over a notice's number
		 * and text) */
		if (*hu->kicker != '\0' || *hu->subtitle != '\0' ||
		    *hu->byline != '\0' || hu->alt_of >= 0 ||
		    (r + 1 < s->na && s->a[r + 1].head < 0) ||
		    run_aff(d, u, s->a[r].first, s->a[r].last) >= TINY_HEAD_AFF)
			continue;
		for (i = 0; i < s->na; i++)
			if (i != r && s->a[i].head >= 0 &&
			    follows(hu, &s->h[s->a[i].head]))
				l = s->a[i].head;
		if (l < 0 || *s->h[l].byline == '\0' ||
		    *s->h[l].kicker != '\0' || s->h[l].alt_of >= 0)
			continue;
		free(s->h[l].kicker);
		s->h[l].kicker = xstrdup(hu->title);
		hu->article = SEG_FOLDED;	/* heads nothing of its own */
		if (r > 0) {
			join_next_run(s, r - 1);
			r--;
		} else
			s->a[r].head = -1;
	}
}

/*
 * Whether headlines u over l are the two parts of one split (its upper
 * and lower). The assignment reads a headline as two where each part's
 * words find a run: a plain subtitle read as the title's wrap heads the
 * paragraph whose fact it quotes (孝义煤焦企业余热供暖覆盖十万户居民 /
 * 每年可替代燃煤约18万吨), a title's second line the paragraph its
 * words are in (文水15个村试点“积分超市”，村民 / 攒积分换日用品). A
 * connective opening the lower run (目前，) says its text goes on, for
 * a split's parts as for two headlines (rejoin_subtitle): they join,
 * as the upper with the lower's title its subtitle where they have
 * that shape, else as the whole the block parse read (W_A_SUB_JOIN_PARTS:
 * 1 on, 0 off).
 */
static int
split_parts(const struct seg *s, int u, int l)
{
	const struct seg_headline *hu = &s->h[u], *hl = &s->h[l];

	return W(A_SUB_JOIN_PARTS) > 0 && hu->alt_of >= 0 &&
	    hu->alt_of == hl->alt_of && hu->alt_upper && !hl->alt_upper;
}

/*
 * A headline's title and its subtitle read as two headlines of one
 * block (水利建设攻坚行动 / 南川河水库除险加固工程通过竣工验收 over 下游1.2万亩
 * 农田和3个乡镇防洪安全有了保障 / 本报记者…): every headline heads
 * something, so one took the text and the other its last paragraphs,
 * cut where a paragraph opens with a connective's words (据了解，,
 * 目前，), which open no article of the truth's 7,900 (1,828 later
 * paragraphs open so; a cut weight for them, -2, lost c-f1 -0.0006:
 * the headline read off took another cut). Where the two
 * headlines stand one right under the other in their block and head
 * two runs side by side (in either order) cut so, the upper open (no
 * subtitle) and the lower a title alone (no kicker or subtitle, at most
 * one byline between the two), they are one text: it joins under the
 * upper headline, the lower's title its subtitle and its byline the
 * upper's if it has none (W_A_SUB_JOIN: 1 on, 0 off).
 *
 * So also where no connective marks the cut but the upper headline
 * heads the earlier run, at most half as many paragraphs as the lower's
 * (the title over a feature's lead alone, the subtitle and the byline
 * over the rest, gathered at the page end: 临县山村大棚里种出“羊肚菌” /
 * 一棚收入抵得上十亩玉米), neither run opening as a news lead or with a
 * dateline (a brief, 【简讯】… or 本报讯…, is whole in one paragraph and
 * restates its title), and the upper title's words taken up in the
 * lower run at least as much as in its own (its best paragraph's
 * affinity): the title's subject is the rest's (W_A_SUB_LEAD_ALONE).
 */
/* A text's second half that words_above rejoins is at most this many
 * paragraphs: a report's last paragraphs (a longer run under the lower
 * title was another text in the tuning halves, an untitled report or
 * one whose own lead went elsewhere). */
#define SUB_TAIL_PARAS 5

/*
 * Whether the lower headline l, heading run r + 1 right after run r
 * under the headline over it in its block, takes up its words in run r
 * at least as well as in its own (its best paragraph's affinity), the
 * lower run opening with no lead or dateline: a subtitle that sums up
 * the whole text (北武当山迎来首个冰雪旅游季 / 12个冰雪项目开放，冬季旅游专线
 * 同步开通), its words met before the cut as after it, heading the text's
 * second half only because every headline heads something
 * (W_A_SUB_WORDS_ABOVE: 1 on, 0 off).
 */
static int
words_above(const struct dp *d, size_t r, int l)
{
	const struct seg *s = d->s;
	const struct seg_article *up = &s->a[r], *lo = &s->a[r + 1];
	const struct seg_item *next = &s->it[s->paras[lo->first]];

	return W(A_SUB_WORDS_ABOVE) > 0 && !next->lead && !next->dateline &&
	    lo->last - lo->first < SUB_TAIL_PARAS &&
	    words_in(d, l, up->first, up->last) &&
	    run_aff(d, l, up->first, up->last) >=
	    run_aff(d, l, lo->first, lo->last);
}

/* Each of two headlines' words met in the other's run at least this well
 * (a paragraph's affinity, 0..1): words_across. */
#define SUB_CROSS_AFF 0.1

/*
 * Whether upper headline u and lower headline l, heading runs r and
 * r + 1 side by side (the lower a text's last SUB_TAIL_PARAS paragraphs
 * at most and no more than the upper's, opening with no lead or
 * dateline: a brief of one paragraph before a report sharing its place
 * name is no text's first half), each find their words in
 * the other's run too (SUB_CROSS_AFF): the two name one text, the title
 * its subject (北武当山迎来首个冰雪旅游季, 冰雪 in its last paragraphs),
 * the subtitle a fact its first paragraphs tell (12个冰雪项目开放，…):
 * the lower title's words met before the cut as words_above asks, by
 * the other way (W_A_SUB_WORDS_ABOVE: 1 on, 0 off).
 */
static int
words_across(const struct dp *d, size_t r, int u, int l)
{
	const struct seg *s = d->s;
	const struct seg_article *up = &s->a[r], *lo = &s->a[r + 1];
	const struct seg_item *next = &s->it[s->paras[lo->first]];

	return W(A_SUB_WORDS_ABOVE) > 0 && !next->lead && !next->dateline &&
	    lo->last - lo->first < SUB_TAIL_PARAS &&
	    lo->last - lo->first <= up->last - up->first &&
	    run_aff(d, l, up->first, up->last) >= SUB_CROSS_AFF &&
	    run_aff(d, u, lo->first, lo->last) >= SUB_CROSS_AFF;
}

static void
rejoin_subtitle(const struct dp *d)
{
	struct seg *s = d->s;
	size_t r;

	if (W(A_SUB_JOIN) <= 0)
		return;
	for (r = 0; r + 1 < s->na; r++) {
		int a = s->a[r].head, b = s->a[r + 1].head, u, l, parts;
		struct seg_headline *hu, *hl;
		const struct seg_item *first, *next;
		if (a < 0 || b < 0 || s->a[r + 1].first != s->a[r].last + 1)
			continue;
		if (follows(&s->h[a], &s->h[b]))
			u = a, l = b;
		else if (follows(&s->h[b], &s->h[a]))
			u = b, l = a;
		else
			continue;
		first = &s->it[s->paras[s->a[r].first]];
		next = &s->it[s->paras[s->a[r + 1].first]];
		if (!seg_opens_connective_word(next->text) &&
		    !(u == a && (words_above(d, r, l) ||
		    words_across(d, r, u, l))) &&
		    !(W(A_SUB_LEAD_ALONE) > 0 && u == a &&
		    SUB_LEAD_RATIO * (s->a[r].last - s->a[r].first + 1) <=
		    s->a[r + 1].last - s->a[r + 1].first + 1 && !next->lead &&
		    !next->dateline && !first->lead && !first->dateline &&
		    run_aff(d, u, s->a[r + 1].first, s->a[r + 1].last) >=
		    run_aff(d, u, s->a[r].first, s->a[r].last) &&
		    words_in(d, u, s->a[r + 1].first, s->a[r + 1].last)))
			continue;
		hu = &s->h[u];
		hl = &s->h[l];
		parts = split_parts(s, u, l);
		if ((!parts && (hu->alt_of >= 0 || hl->alt_of >= 0)) ||
		    hu->banner || hl->banner)
			continue;
		if (*hu->title == '\0' ||
		    *hu->subtitle != '\0' || *hl->kicker != '\0' ||
		    *hl->subtitle != '\0' ||
		    (*hu->byline != '\0' && *hl->byline != '\0')) {
			/* (a split's two parts not of that shape, the lower
			 * with a subtitle of its own: the split is undone, the
			 * whole heading the text as the block parse read it) */
			if (parts) {
				s->a[r].head = hu->alt_of;
				join_next_run(s, r);
				r--;
			}
			continue;
		}
		free(hu->subtitle);
		hu->subtitle = xstrdup(hl->title);
		if (*hu->byline == '\0') {
			free(hu->byline);
			hu->byline = xstrdup(hl->byline);
		}
		hl->article = SEG_FOLDED;	/* heads nothing of its own */
		s->a[r].head = u;
		join_next_run(s, r);
		r--;	/* (the joined run may meet another so) */
	}
}

void
seg_assign(struct seg *s)
{
	struct dp d;
	size_t p;
	int h;

	if (s->np == 0) {
		settle_splits(s);
		return;
	}
	memset(&d, 0, sizeof d);
	d.s = s;
	d.nh = (int)s->nh;
	d.gap_of = xcalloc(s->nh + 1, sizeof *d.gap_of);
	d.usable = xcalloc(s->nh + 1, sizeof *d.usable);
	d.aff = xcalloc(s->np * (s->nh + 1), sizeof *d.aff);
	d.names = xcalloc(s->np * (s->nh + 1), 1);
	d.lambda = xcalloc(s->nh + 1, sizeof *d.lambda);
	d.banned = xcalloc(s->np * (s->nh + 1), 1);
	d.constrained = 1;
	d.before = xcalloc(2 * (s->nh + 1), sizeof *d.before);
	for (h = 0; h <= d.nh; h++) {
		int k, b = 0;
		d.before[2 * h] = d.before[2 * h + 1] = -1;
		for (k = 0; h < d.nh && k < d.nh && b < 2; k++)
			if (follows(&s->h[k], &s->h[h]))
				d.before[2 * h + b++] = k;
	}
	d.wordless = xcalloc(s->nh + 1, 1);
	d.late = xcalloc(s->nh + 1, 1);
	for (h = 0; h < d.nh; h++) {
		d.late[h] = seg_is_pull_quote(s->h[h].title);
		d.usable[h] = *s->h[h].title != '\0' && !s->h[h].banner;
		/* A box's title (相关链接) names no word of its box. */
		d.wordless[h] = d.usable[h] && s->h[h].nbg >= NO_WORDS_MIN_TERMS &&
		    !seg_is_box_title(s->h[h].title);
	}
	{
		double *v = xcalloc(s->np + 1, sizeof *v);
		char *nm = xcalloc(s->np + 1, 1);
		for (h = 0; h < d.nh; h++) {
			if (!d.usable[h])
				continue;
			seg_affinities(s, &s->h[h], v);
			seg_names_all(s, &s->h[h], nm);
			for (p = 0; p < s->np; p++) {
				d.aff[p * s->nh + (size_t)h] = v[p];
				d.names[p * s->nh + (size_t)h] = nm[p];
			}
		}
		free(v);
		free(nm);
	}
	find_gaps(&d);
	d.share = xcalloc(s->nh + 1, sizeof *d.share);
	for (h = 0; h < d.nh; h++)
		d.share[h] = lone_share_of(&d, h);
	score_tables(&d);
	if (getenv("LREADER_SEGMENT_DEBUG") != NULL)
		for (p = 0; p < s->np; p++) {
			fprintf(stderr, "E%-3zu", p);
			for (h = 0; h < d.nh; h++)
				fprintf(stderr, " %4.2f%s", d.aff[p * s->nh + (size_t)h],
				    d.names[p * s->nh + (size_t)h] ? "*" : " ");
			fprintf(stderr, "\n");
		}
	if (getenv("LREADER_SEGMENT_DEBUG") != NULL)
		for (p = 1; p < s->np; p++)
			fprintf(stderr, "G%-3zu cut=%6.2f cont=%6.2f coh=%.2f sec=%.2f "
			    "blocks=%d heading=%d series=%d width=%d apart=%d "
			    "answer=%d on=%d iv=%d\n", p,
			    cut_score(&d, p), cont_score(&d, p), d.g[p].cohesion,
			    d.g[p].section, d.g[p].blocks, d.g[p].heading,
			    d.g[p].series, d.g[p].width, d.g[p].apart,
			    d.g[p].answer, d.g[p].answers_on, d.g[p].interview);
	if (getenv("LREADER_SEGMENT_DEBUG") != NULL)
		for (p = 0; p < s->np; p++)
			fprintf(stderr, "P%zu %d %.60s\n", p,
			    para_col(s, &s->it[s->paras[p]]),
			    s->it[s->paras[p]].text);
	search(&d);
	if (getenv("LREADER_SEGMENT_DEBUG") != NULL) {
		debug_runs(&d);
		for (p = 0; p < s->na; p++)
			fprintf(stderr, "R%-3zu paras %zu-%zu head=%d\n", p,
			    s->a[p].first, s->a[p].last, s->a[p].head);
		for (h = 0; h < d.nh; h++)
			fprintf(stderr, "K%-3d ban=%d alt_of=%d upper=%d cost=%.2f lines %d-%d/%d %s\n",
			    h, s->h[h].banner, s->h[h].alt_of, s->h[h].alt_upper, s->h[h].alt_cost, s->h[h].line0,
			    s->h[h].line1, s->h[h].blines, s->h[h].title);
	}
	/* Lone titles inside a run are its section headings. */
	for (p = 1; p < s->np; p++) {
		int k = d.g[p].heading;
		size_t i;
		if (k < 0)
			continue;
		for (i = 0; i < s->na; i++)
			if (s->a[i].first < p && s->a[i].last >= p)
				s->h[k].article = SEG_HEADING;   /* see assemble */
	}
	/* (each join its own weight's: called here, not from inside
	 * rejoin_kicker, whose W_A_KICKER_JOIN 0 returned before them) */
	rejoin_kicker(&d);
	rejoin_stray_kicker(&d);
	rejoin_lead(&d);
	rejoin_subtitle(&d);
	rejoin_announce(&d);
	rejoin_tiny(&d);
	rejoin_short(&d);
	rejoin_reply(&d);
	settle_splits(s);
	for (p = 0; p < s->na; p++)
		if (s->a[p].head >= 0)
			s->h[s->a[p].head].article = (int)p;
	free(d.g);
	free(d.gap_of);
	free(d.usable);
	free(d.aff);
	free(d.names);
	free(d.lambda);
	free(d.banned);
	free(d.before);
	free(d.wordless);
	free(d.late);
	free(d.share);
	free(d.st);
	free(d.em);
	free(d.en);
	free(d.hits);
	free(d.cut);
	free(d.cont);
	free(d.vbest);
	free(d.vendv);
	free(d.venda);
	free(d.vfrom);
	free(d.vcut);
	free(d.vban);
	free(d.vlam);
}
