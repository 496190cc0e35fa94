/*
 * ui: the reading interface's main loop. A key becomes an action through
 * the keymap; the action's handler changes struct ui_state and sets dirty
 * flags; ui_render() draws from the state. Start-up (terminal checks,
 * locale, config, library, first-run import) and the one way out (state
 * saved, terminal restored, whether by q, Ctrl-C or a signal) are here
 * too.
 */
#include <ctype.h>
#include <signal.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lreader/help.h"
#include "lreader/import.h"
#include "lreader/layout.h"
#include "lreader/links.h"
#include "lreader/pipe.h"
#include "lreader/render.h"
#include "lreader/screen.h"
#include "lreader/ui.h"
#include "lreader/width.h"

#define MIN_ROWS 10
#define MIN_COLS 40
#define MIN_PANE 34   /* cells the reading pane keeps beside the sidebar */
#define MIN_SIDEBAR 10
#define WHEEL_LINES 3
#define STATE_LAST "last-article"

static volatile sig_atomic_t caught;

/* Where things are on the screen, from the state and the size. */
/* Related reports the = overlay lists (SPEC: ten). */
#define RELATED_SHOWN 10

struct geom {
	int too_small;
	int sbw;      /* sidebar width, 0 when hidden */
	int px, pw;   /* reading pane: first column and width */
	int ph;       /* rows above the status line */
	int tx, tw;   /* text column: first column and width */
};

/*
 * The sidebar's width when no `set sidebar-width` or < > chose one: a
 * third of the terminal, as mutt's and newsboat's lists take about, so
 * that wide terminals show whole titles and narrow ones keep the text,
 * within these bounds (24 cells: about ten CJK characters of a title
 * after the row's marks; 60: past that the reading pane gains more).
 */
#define SIDEBAR_SHARE 3
#define SIDEBAR_AUTO_MIN 24
#define SIDEBAR_AUTO_MAX 60

static int
sidebar_width(const struct ui_state *st)
{
	int w = st->cols / SIDEBAR_SHARE;

	if (st->sidebar_width > 0)
		return st->sidebar_width;
	return w < SIDEBAR_AUTO_MIN ? SIDEBAR_AUTO_MIN :
	    w > SIDEBAR_AUTO_MAX ? SIDEBAR_AUTO_MAX : w;
}

static void
geometry(const struct ui_state *st, struct geom *g)
{
	int avail;

	g->too_small = st->rows < MIN_ROWS || st->cols < MIN_COLS;
	g->ph = st->rows - 1;
	g->sbw = st->sidebar_hidden ? 0 : sidebar_width(st);
	if (g->sbw > st->cols - MIN_PANE - 1)
		g->sbw = st->cols - MIN_PANE - 1;
	if (g->sbw < MIN_SIDEBAR && !st->sidebar_hidden)
		g->sbw = MIN_SIDEBAR;
	g->px = g->sbw > 0 ? g->sbw + 1 : 0;
	g->pw = st->cols - g->px;
	/* Two cells of margin each side; the column centred when the
	 * pane is wider than text-width. */
	avail = g->pw - 4;
	if (avail < 2)
		avail = 2;
	g->tw = avail < st->cfg.text_width ? avail : st->cfg.text_width;
	g->tx = g->px + 2 + (avail - g->tw) / 2;
}

static void
set_msg(struct ui_state *st, char *msg)
{
	free(st->msg);
	st->msg = msg;
	st->dirty |= DIRTY_STATUS;
}

/* The name of the first key bound to action a (R, h), or the action's
 * own name when no key is: what the status line tells the reader to
 * press. */
static void
key_name_of(const struct ui_state *st, enum action a,
    char name[KEYS_NAME_MAX])
{
	int key = 0;   /* (set by keys_of when it finds one) */

	if (keys_of(&st->cfg.keys, a, &key, 1) > 0)
		keys_name(key, name);
	else
		snprintf(name, KEYS_NAME_MAX, "%s", action_name(a));
}

/* Show an error from the core in the status line and free it. */
static void
report(struct ui_state *st, char *err)
{
	set_msg(st, xasprintf("error: %s", err ? err : "unknown"));
	free(err);
}

/* ---- opening articles ---- */

/*
 * Open article id: save the reading position of the one open before,
 * fold every issue but its own (SPEC), put the cursor on it, remember it
 * as the last article open.
 */
static int
open_article(struct ui_state *st, int64_t id)
{
	char *err = NULL, buf[32];
	int r;

	if (pane_save(&st->pane, &err) != 0)
		report(st, err), err = NULL;
	r = pane_open(&st->pane, id, &err);
	if (r < 0) {
		report(st, err);
		return -1;
	}
	if (r > 0) {
		set_msg(st, xasprintf("article %lld is gone", (long long)id));
		return -1;
	}
	if (sidebar_unfold_only(&st->sb, st->pane.issue.number, &err) != 0)
		report(st, err), err = NULL;
	/* Under a text filter the article shows what matched, n and N
	 * going from one match to the next (work item 10, item 6). */
	if (st->filter_text != NULL)
		pane_mark(&st->pane, st->filter_text);
	sidebar_note_opened(&st->sb, st->pane.issue.number, id,
	    st->pane.was_read, st->pane.bookmarked);
	sidebar_set_cursor(&st->sb, st->pane.issue.number, id);
	snprintf(buf, sizeof buf, "%lld", (long long)id);
	if (!store_readonly(st->store) &&
	    store_set_state(st->store, STATE_LAST, buf, &err) != 0)
		report(st, err);
	st->dirty |= DIRTY_ALL;
	return 0;
}

/* Open issue number's lead article: the first passing the filter, else
 * its first (SPEC keys 1–9, [ ], :). */
static void
open_issue(struct ui_state *st, int number)
{
	const struct article_row *rows;
	struct article_row *all = NULL;
	size_t n = 0, na = 0;
	int64_t id = 0;
	char *err = NULL;

	if (sidebar_articles(&st->sb, number, &rows, &n, &err) != 0) {
		report(st, err);
		return;
	}
	if (n > 0) {
		id = rows[0].id;
	} else {
		if (store_articles(st->store, number, NULL, &all, &na, &err)
		    != 0) {
			report(st, err);
			return;
		}
		if (na > 0)
			id = all[0].id;
		store_article_rows_free(all, na);
	}
	if (id == 0) {
		set_msg(st, xasprintf("issue %d has no articles", number));
		return;
	}
	if (open_article(st, id) == 0)
		st->focus = FOCUS_READER;
}

/* The issue the issue keys count from: the open one, else the cursor's. */
static int
current_issue(const struct ui_state *st)
{
	return st->pane.art != NULL ? st->pane.issue.number :
	    st->sb.cursor.issue;
}

/* The article the reader means: the cursor's row in the sidebar, the
 * open article in the reader (SPEC: m and r). */
static int64_t
target_article(const struct ui_state *st)
{
	if (st->focus == FOCUS_SIDEBAR)
		return st->sb.cursor.article;
	return st->pane.art != NULL ? st->pane.id : 0;
}

static void
step_article(struct ui_state *st, int dir)
{
	struct sb_item from = st->sb.cursor, to;
	char *err = NULL;
	int r;

	if (st->pane.art != NULL) {
		from.issue = st->pane.issue.number;
		from.article = st->pane.id;
	}
	if (from.issue == 0)
		return;
	if (from.article == 0) {
		open_issue(st, from.issue);
		return;
	}
	r = sidebar_step_article(&st->sb, from.issue, from.article, dir, &to,
	    &err);
	if (r < 0)
		report(st, err);
	else if (r > 0)
		set_msg(st, xstrdup(dir > 0 ? "no next article" :
		    "no previous article"));
	else if (open_article(st, to.article) == 0)
		st->focus = FOCUS_READER;
}

/* ---- filters ---- */

static void
reload(struct ui_state *st, int *added)
{
	char *err = NULL;

	st->filter.text = st->filter_text;
	if (sidebar_reload(&st->sb, &st->filter, added, &err) != 0)
		report(st, err);
	else if (sidebar_nrows(&st->sb) == 0 && st->sb.filtered)
		set_msg(st, xstrdup("no article matches the filters"));
	st->dirty |= DIRTY_ALL;
}

/* ---- action handlers ---- */

static void
act_move(struct ui_state *st, long lines)
{
	if (st->focus == FOCUS_SIDEBAR) {
		sidebar_move(&st->sb, lines);
		st->dirty |= DIRTY_SIDEBAR;
	} else {
		pane_scroll(&st->pane, lines);
		st->dirty |= DIRTY_PANE;
	}
}

static void act_follow(struct ui_state *st);

static void
act_open(struct ui_state *st)
{
	struct sb_item it = st->sb.cursor;
	char *err = NULL;

	/* In the reader, Enter on a mark in view follows it, as c does
	 * (SPEC "Links"). */
	if (st->focus == FOCUS_READER && st->pane.art != NULL &&
	    pane_link_in_view(&st->pane) >= 0) {
		act_follow(st);
		return;
	}
	if (st->focus != FOCUS_SIDEBAR || it.issue == 0)
		return;
	if (it.day[0] != '\0' && !st->sb.filtered) {
		/* A day row folds or unfolds its pages. */
		if (sidebar_day_unfolded(&st->sb, it.day))
			sidebar_fold_day(&st->sb, it.day);
		else
			sidebar_unfold_day(&st->sb, it.day);
		st->dirty |= DIRTY_SIDEBAR;
		return;
	}
	if (it.article != 0) {
		if (open_article(st, it.article) == 0)
			st->focus = FOCUS_READER;
		return;
	}
	if (sidebar_is_unfolded(&st->sb, it.issue))
		sidebar_fold(&st->sb, it.issue);
	else if (sidebar_unfold(&st->sb, it.issue, &err) != 0)
		report(st, err);
	st->dirty |= DIRTY_SIDEBAR;
}

static void
act_back(struct ui_state *st)
{
	st->focus = FOCUS_SIDEBAR;
	st->sidebar_hidden = 0;
	st->dirty |= DIRTY_ALL;
}

/* ---- links: c (follow), = (related) and back ---- */

/* Remember where the reader is, for back; the oldest goes when full. */
static void
push_place(struct ui_state *st)
{
	int max = (int)(sizeof st->hist / sizeof st->hist[0]);

	if (st->pane.art == NULL)
		return;
	if (st->nhist == max) {
		memmove(st->hist, st->hist + 1, (size_t)(max - 1) *
		    sizeof st->hist[0]);
		st->nhist--;
	}
	st->hist[st->nhist].id = st->pane.id;
	st->hist[st->nhist].para = st->pane.para;
	st->hist[st->nhist++].off = st->pane.off;
}

/* Open article id at its first paragraph, remembering where the reader
 * was (c and =). */
static void
go_to(struct ui_state *st, int64_t id)
{
	int n = st->nhist;

	push_place(st);
	if (open_article(st, id) != 0) {
		st->nhist = n;
		return;
	}
	pane_set_place(&st->pane, 0, 0);
	st->focus = FOCUS_READER;
}

/* c: follow the first continuation or cross-reference mark on screen. */
static void
act_follow(struct ui_state *st)
{
	const struct store_link *l;
	struct link_mark mark;
	char name[KEYS_NAME_MAX];
	long i;

	if (st->pane.art == NULL) {
		set_msg(st, xstrdup("no article open"));
		return;
	}
	if ((i = pane_link_in_view(&st->pane)) < 0) {
		set_msg(st, xstrdup("no continuation mark in view"));
		return;
	}
	l = &st->pane.links[i];
	if (l->target == 0) {
		set_msg(st, xstrdup(l->reason != NULL ? l->reason :
		    "the mark leads nowhere in the library"));
		return;
	}
	/* Opening the target frees the open article's links. */
	mark = l->mark;
	go_to(st, l->target);
	key_name_of(st, ACT_BACK, name);
	set_msg(st, xasprintf("followed %s%d版 (%s: back)",
	    links_kind_name(mark.kind), mark.page, name));
}

/* back: to where c or = left, else to the sidebar. */
static void
act_back_key(struct ui_state *st)
{
	struct ui_place pl;

	if (st->nhist == 0 || st->focus != FOCUS_READER) {
		act_back(st);
		return;
	}
	pl = st->hist[--st->nhist];
	if (open_article(st, pl.id) == 0) {
		pane_set_place(&st->pane, pl.para, pl.off);
		st->focus = FOCUS_READER;
	}
}

/* =: the overlay of related reports (SPEC "Related reports"). */
static void
act_related(struct ui_state *st)
{
	char *err = NULL;

	if (st->pane.art == NULL) {
		set_msg(st, xstrdup("no article open"));
		return;
	}
	store_related_free(st->rel, st->nrel);
	st->rel = NULL;
	st->nrel = st->rel_cur = 0;
	if (store_related(st->store, st->pane.id, RELATED_SHOWN, &st->rel,
	    &st->nrel, &err) != 0) {
		report(st, err);
		return;
	}
	if (st->nrel == 0) {
		set_msg(st, xstrdup("no related reports"));
		return;
	}
	st->related = 1;
	st->dirty |= DIRTY_ALL;
}

static void
related_key(struct ui_state *st, int key)
{
	enum action a = keys_lookup(&st->cfg.keys, key);

	st->dirty |= DIRTY_ALL | DIRTY_CLEAR;
	if (a == ACT_DOWN && st->rel_cur + 1 < st->nrel)
		st->rel_cur++;
	else if (a == ACT_UP && st->rel_cur > 0)
		st->rel_cur--;
	else if (a == ACT_OPEN || key == K_ENTER) {
		st->related = 0;
		go_to(st, st->rel[st->rel_cur].id);
	} else if (a != ACT_DOWN && a != ACT_UP)
		st->related = 0;
}

/* The overlay's rows: date and page (or issue), then the title. */
static void
draw_related(struct ui_state *st)
{
	static const char title[] = " Related reports: j/k, Enter opens; any "
	    "other key closes ";
	int amb = st->cfg.ambiguous, y0 = 1, x0 = 2, h, w = st->cols - 4;
	size_t i;

	if (w > 100) {
		x0 = (st->cols - 100) / 2;
		w = 100;
	}
	h = (int)st->nrel + 2 < st->rows - 2 ? (int)st->nrel + 2 : st->rows - 2;
	screen_box(y0, x0, h, w, EL_STATUS);
	screen_puts(y0, x0 + 2, w - 4, title, amb, EL_STATUS);
	for (i = 0; i < st->nrel && (int)i < h - 2; i++) {
		const struct related_row *r = &st->rel[i];
		char *line = r->date[0] != '\0' ? xasprintf("%s p%d  %s",
		    r->date, r->page, r->title) : xasprintf("issue %d  %s",
		    r->issue, r->title);
		char *cut = layout_truncate(line, w - 4, amb);
		int style = i == st->rel_cur ? EL_CURSOR : SCREEN_PLAIN;

		screen_fill(y0 + 1 + (int)i, x0 + 1, w - 2, style);
		screen_puts(y0 + 1 + (int)i, x0 + 2, w - 4, cut, amb, style);
		free(cut);
		free(line);
	}
}

static void
act_page(struct ui_state *st, int dir)
{
	int h = st->rows - 2 > 1 ? st->rows - 2 : 1;

	if (st->focus == FOCUS_SIDEBAR) {
		sidebar_move(&st->sb, dir * h);
		st->dirty |= DIRTY_SIDEBAR;
		return;
	}
	/* SPEC: Space at the end of an article opens the next. */
	if (dir > 0 && st->pane.art != NULL && pane_at_end(&st->pane)) {
		step_article(st, 1);
		return;
	}
	pane_scroll(&st->pane, (long)dir * h);
	st->dirty |= DIRTY_PANE;
}

static void
act_edge(struct ui_state *st, int bottom)
{
	if (st->focus == FOCUS_SIDEBAR) {
		sidebar_move_to(&st->sb, bottom ? sidebar_nrows(&st->sb) : 0);
		st->dirty |= DIRTY_SIDEBAR;
	} else {
		if (bottom)
			pane_bottom(&st->pane);
		else
			pane_top(&st->pane);
		st->dirty |= DIRTY_PANE;
	}
}

/* The date of issue number ("" when undated or unknown), from the
 * sidebar's days (the view's, as the number is). */
static void
issue_date(struct ui_state *st, int number, char date[11])
{
	snprintf(date, 11, "%s", sidebar_issue_date(&st->sb, number));
}

/* SPEC keys 1–9: page N of the day when dated, else issue N. */
static void
act_goto_n(struct ui_state *st, int n)
{
	char date[11], *spec, *err = NULL;
	int *nums = NULL;
	size_t k = 0;

	issue_date(st, current_issue(st), date);
	if (date[0] == '\0') {
		if (n > st->sb.nissues)
			set_msg(st, xasprintf("no issue %d", n));
		else
			open_issue(st, n);
		return;
	}
	spec = xasprintf("%s/%d", date, n);
	if (store_find_issues(st->store, spec, 0, &nums, &k, &err) != 0)
		report(st, err);
	else if (k == 0)
		set_msg(st, xasprintf("no page %d on %s", n, date));
	else
		open_issue(st, nums[0]);
	free(nums);
	free(spec);
}

static void
act_step_issue(struct ui_state *st, int dir)
{
	int cur = current_issue(st), to;

	if (cur == 0)
		return;
	to = sidebar_step_issue(&st->sb, cur, dir);
	if (to == 0)
		set_msg(st, xstrdup(dir > 0 ? "no next issue" :
		    "no previous issue"));
	else
		open_issue(st, to);
}

/*
 * { and }: page 1 of the day before or after the open issue's (SPEC
 * keys), from the sidebar's days (with a filter on, the first page of
 * that day that passes it).
 */
static void
act_step_day(struct ui_state *st, int dir)
{
	int cur = current_issue(st), k;

	if (cur == 0)
		return;
	k = sidebar_step_day(&st->sb, cur, dir);
	if (k < 0)
		set_msg(st, xstrdup("not a dated issue"));
	else if (k == 0)
		set_msg(st, xstrdup(dir > 0 ? "no next day" : "no previous day"));
	else
		open_issue(st, k);
}

/* r on a day row: every article of its pages read, or unread again when
 * all are read already (work item 10, item 4). */
static void
toggle_day_read(struct ui_state *st)
{
	const struct day_row *dr;
	char day[11], *err = NULL;
	int read, r;

	memcpy(day, st->sb.cursor.day, sizeof day);
	if ((r = sidebar_day(&st->sb, day, &dr, &err)) != 0) {
		if (r < 0)
			report(st, err);
		return;
	}
	read = dr->nunread > 0;
	if (store_set_day_read(st->store, day, read, &err) != 0) {
		report(st, err);
		return;
	}
	if (sidebar_note_day_read(&st->sb, day, read, &err) != 0)
		report(st, err), err = NULL;
	set_msg(st, xasprintf("%s marked %s", day, read ? "read" : "unread"));
	st->dirty |= DIRTY_SIDEBAR;
}

/* r on an issue row: all of it read, or unread again when it is read
 * already (work item 10, item 4). */
static void
toggle_issue_read(struct ui_state *st)
{
	const struct issue_row *ir = sidebar_issue(&st->sb, st->sb.cursor.issue);
	int issue = st->sb.cursor.issue, read;
	char *err = NULL;

	if (st->sb.cursor.day[0] != '\0' && !st->sb.filtered) {
		toggle_day_read(st);
		return;
	}
	if (ir == NULL) {
		set_msg(st, xstrdup("not an article"));
		return;
	}
	read = ir->nunread > 0;
	if (store_set_issue_read(st->store, ir->id, read, &err) != 0) {
		report(st, err);
		return;
	}
	if (sidebar_note_issue_read(&st->sb, issue, read, &err) != 0)
		report(st, err), err = NULL;
	set_msg(st, xasprintf("issue %d marked %s", issue,
	    read ? "read" : "unread"));
	st->dirty |= DIRTY_SIDEBAR;
}

static void
toggle_mark(struct ui_state *st, int bookmark)
{
	int64_t id = target_article(st);
	int read, bm, para, on;
	long off;
	char *err = NULL;

	if (id == 0 && !bookmark && st->focus == FOCUS_SIDEBAR &&
	    st->sb.cursor.issue > 0) {
		toggle_issue_read(st);
		return;
	}
	if (id == 0) {
		set_msg(st, xstrdup("not an article"));
		return;
	}
	if (store_get_marks(st->store, id, &read, &bm, &para, &off, &err)
	    != 0) {
		report(st, err);
		return;
	}
	on = bookmark ? !bm : !read;
	if ((bookmark ? store_set_bookmark(st->store, id, on, &err) :
	    store_set_read(st->store, id, on, &err)) != 0) {
		report(st, err);
		return;
	}
	if (bookmark)
		bm = on;
	else
		read = on;
	if (st->pane.art != NULL && st->pane.id == id)
		st->pane.bookmarked = bm;
	sidebar_note_marks(&st->sb, id, read, bm);
	set_msg(st, xstrdup(bookmark ? (on ? "bookmarked" :
	    "bookmark removed") : (on ? "marked read" : "marked unread")));
	st->dirty |= DIRTY_SIDEBAR;
}

static void
act_sidebar_width(struct ui_state *st, int delta)
{
	int now = sidebar_width(st), w = now + delta;

	/* From now on the width is the reader's choice, not the
	 * terminal's. */
	if (w < 10)
		w = 10;
	if (w > 80)
		w = 80;
	if (w > st->cols - MIN_PANE - 1 && delta > 0)
		w = now;
	st->sidebar_width = w;
	st->sidebar_hidden = 0;
	st->dirty |= DIRTY_ALL;
}

/* The id of the issue under the sidebar's cursor, or 0. */
static int64_t
cursor_issue_id(struct ui_state *st)
{
	struct issue_row *rows = NULL;
	size_t n = 0;
	int64_t id = 0;

	if (st->sb.cursor.issue > 0 && store_issues(st->store, NULL,
	    st->sb.cursor.issue, 1, &rows, &n, NULL) == 0 && n > 0 &&
	    rows[0].number == st->sb.cursor.issue)
		id = rows[0].id;
	store_issue_rows_free(rows, n);
	return id;
}

/*
 * R: the library as it is now. The view is pinned again (store_pin), so
 * issues imported by another process show and every number is the
 * library's; the open article, the cursor and the filters stay, found
 * again by id.
 */
static void
act_reload(struct ui_state *st)
{
	int added = 0, number;
	/* A day row's cursor is found again by its date (sidebar_reload),
	 * an issue row's by the issue's id. */
	int64_t cursor_id = st->sb.cursor.article == 0 &&
	    st->sb.cursor.day[0] == '\0' ? cursor_issue_id(st) : 0;
	char *err = NULL;
	struct issue_row ir;

	if (store_pin(st->store, &err) != 0)
		report(st, err), err = NULL;
	st->fresh = 0;
	reload(st, &added);
	if (cursor_id != 0 && store_issue_number(st->store, cursor_id,
	    &number, NULL) == 0 && number > 0)
		sidebar_set_cursor(&st->sb, number, 0);
	/* Issue numbers may have moved (SPEC: numbers are positions). */
	if (st->pane.art != NULL) {
		if (pane_refresh_issue(&st->pane, &err) != 0)
			report(st, err), err = NULL;
		else if (sidebar_unfold_only(&st->sb, st->pane.issue.number,
		    &err) != 0)
			report(st, err), err = NULL;
	}
	if (st->sb.cursor.article != 0) {
		memset(&ir, 0, sizeof ir);
		if (store_article_issue(st->store, st->sb.cursor.article, &ir,
		    NULL) == 0)
			sidebar_set_cursor(&st->sb, ir.number,
			    st->sb.cursor.article);
		free(ir.source);
		free(ir.lead);
	}
	set_msg(st, added == 1 ? xstrdup("1 new issue") :
	    xasprintf("%d new issues", added > 0 ? added : 0));
}

static void
start_prompt(struct ui_state *st, enum ui_prompt p)
{
	st->prompt = p;
	buf_reset(&st->input);
	buf_adds(&st->input, "");
	if (p == PROMPT_FILTER && st->filter_text != NULL)
		buf_adds(&st->input, st->filter_text);
	/* / offers the last search: Enter repeats it, ^U clears it. */
	if (p == PROMPT_FIND && st->last_find != NULL)
		buf_adds(&st->input, st->last_find);
	st->dirty |= DIRTY_STATUS;
}

/* A prompt about the open article (find, pipe): none without one. */
static void
prompt_on_article(struct ui_state *st, enum ui_prompt p)
{
	if (st->pane.art == NULL)
		set_msg(st, xstrdup("no article open"));
	else
		start_prompt(st, p);
}

static void
act_find_step(struct ui_state *st, int dir)
{
	int r;

	/* In another article than the last find's: find it here first. */
	if (st->pane.query == NULL && st->last_find != NULL &&
	    st->pane.art != NULL) {
		if (pane_find(&st->pane, st->last_find) == 0)
			set_msg(st, xasprintf("not found: %s", st->last_find));
		st->dirty |= DIRTY_PANE;
		return;
	}
	if (st->pane.query == NULL)
		set_msg(st, xstrdup("nothing to find: press / first"));
	else if ((r = pane_find_step(&st->pane, dir)) < 0)
		set_msg(st, xasprintf("not found: %s", st->pane.query));
	else if (r > 0)
		set_msg(st, xstrdup(dir > 0 ? "search wrapped to the top" :
		    "search wrapped to the end"));
	st->dirty |= DIRTY_PANE;
}

static void
run_action(struct ui_state *st, enum action a)
{
	switch (a) {
	case ACT_NONE: case ACT_COUNT: break;
	case ACT_DOWN: act_move(st, 1); break;
	case ACT_UP: act_move(st, -1); break;
	case ACT_OPEN: act_open(st); break;
	case ACT_BACK: act_back_key(st); break;
	case ACT_FOLLOW: act_follow(st); break;
	case ACT_RELATED: act_related(st); break;
	case ACT_CLOSE:
		if (st->focus == FOCUS_READER)
			act_back(st);
		else
			st->quit = 1;
		break;
	case ACT_QUIT: st->quit = 1; break;
	case ACT_SWITCH:
		if (st->focus == FOCUS_READER)
			act_back(st);
		else
			st->focus = FOCUS_READER;
		st->dirty |= DIRTY_ALL;
		break;
	case ACT_PAGE_DOWN: act_page(st, 1); break;
	case ACT_PAGE_UP: act_page(st, -1); break;
	case ACT_TOP: act_edge(st, 0); break;
	case ACT_BOTTOM: act_edge(st, 1); break;
	case ACT_NEXT_ARTICLE: step_article(st, 1); break;
	case ACT_PREV_ARTICLE: step_article(st, -1); break;
	case ACT_GOTO_1: case ACT_GOTO_2: case ACT_GOTO_3: case ACT_GOTO_4:
	case ACT_GOTO_5: case ACT_GOTO_6: case ACT_GOTO_7: case ACT_GOTO_8:
	case ACT_GOTO_9:
		act_goto_n(st, (int)(a - ACT_GOTO_1) + 1);
		break;
	case ACT_PREV_ISSUE: act_step_issue(st, -1); break;
	case ACT_NEXT_ISSUE: act_step_issue(st, 1); break;
	case ACT_PREV_DAY: act_step_day(st, -1); break;
	case ACT_NEXT_DAY: act_step_day(st, 1); break;
	case ACT_GOTO: start_prompt(st, PROMPT_GOTO); break;
	case ACT_FIND: prompt_on_article(st, PROMPT_FIND); break;
	case ACT_FIND_NEXT: act_find_step(st, 1); break;
	case ACT_FIND_PREV: act_find_step(st, -1); break;
	case ACT_FILTER: start_prompt(st, PROMPT_FILTER); break;
	case ACT_PIPE: prompt_on_article(st, PROMPT_PIPE); break;
	case ACT_CLEAR_FILTERS:
		/* The filter's highlights go with it (a find of its own
		 * stays). */
		if (st->filter_text != NULL && st->pane.query != NULL &&
		    strcmp(st->pane.query, st->filter_text) == 0)
			pane_mark(&st->pane, NULL);
		free(st->filter_text);
		st->filter_text = NULL;
		st->filter.unread_only = st->filter.bookmarks_only = 0;
		reload(st, NULL);
		/* The open article's issue unfolded, the cursor on it. */
		if (st->pane.art != NULL) {
			char *err = NULL;
			if (sidebar_unfold_only(&st->sb, st->pane.issue.number,
			    &err) != 0)
				report(st, err);
			sidebar_set_cursor(&st->sb, st->pane.issue.number,
			    st->pane.id);
		}
		break;
	case ACT_UNREAD_ONLY:
		st->filter.unread_only = !st->filter.unread_only;
		reload(st, NULL);
		break;
	case ACT_BOOKMARKS_ONLY:
		st->filter.bookmarks_only = !st->filter.bookmarks_only;
		reload(st, NULL);
		break;
	case ACT_BOOKMARK: toggle_mark(st, 1); break;
	case ACT_TOGGLE_READ: toggle_mark(st, 0); break;
	case ACT_NARROW: act_sidebar_width(st, -2); break;
	case ACT_WIDEN: act_sidebar_width(st, 2); break;
	case ACT_SIDEBAR:
		st->sidebar_hidden = !st->sidebar_hidden;
		if (st->sidebar_hidden)
			st->focus = FOCUS_READER;
		st->dirty |= DIRTY_ALL;
		break;
	case ACT_RELOAD: act_reload(st); break;
	case ACT_HELP:
		st->help = 1;
		st->help_top = 0;
		st->dirty |= DIRTY_ALL;
		break;
	case ACT_REDRAW: st->dirty |= DIRTY_ALL | DIRTY_CLEAR; break;
	}
}

/* ---- prompts ---- */

/* `:` (SPEC): N, YYYY-MM-DD[/P] or YYYY-MM, the first on or after. */
static void
apply_goto(struct ui_state *st, const char *s)
{
	int *nums = NULL;
	size_t k = 0, i;
	char *err = NULL;
	int digits = s[0] != '\0';

	for (i = 0; s[i] != '\0'; i++)
		if (!isdigit((unsigned char)s[i]))
			digits = 0;
	if (s[0] == '\0')
		return;
	if (digits) {
		long n = strtol(s, NULL, 10);

		if (n < 1 || n > st->sb.nissues)
			set_msg(st, xasprintf("no issue %s", s));
		else
			open_issue(st, (int)n);
		return;
	}
	if (store_find_issues(st->store, s, strchr(s, '/') == NULL, &nums, &k,
	    &err) != 0) {
		free(err);
		set_msg(st, xasprintf("not an issue or a date: %s", s));
	} else if (k == 0) {
		set_msg(st, xasprintf("no issue on or after %s", s));
	} else {
		open_issue(st, nums[0]);
	}
	free(nums);
}

/*
 * `|`: the open article as `cat` prints it to a pipe (no wrapping), on
 * the standard input of `sh -c cmd`, the terminal handed over while it
 * runs and taken back after a key, as mutt does; the status line gives
 * the command's exit status.
 */
static void
run_pipe(struct ui_state *st, const char *cmd)
{
	struct buf b;
	char *err = NULL, *how;
	int status = 0;

	buf_init(&b);
	buf_add(&b, "", 0);
	if (render_text(&b, st->pane.art, 0, st->cfg.ambiguous, &err) != 0) {
		buf_free(&b);
		report(st, err);
		return;
	}
	screen_suspend();
	if (pipe_run(cmd, b.data, b.len, &status, &err) != 0) {
		screen_resume();
		buf_free(&b);
		report(st, err);
		return;
	}
	(void)screen_pause_key("[press any key to return to lreader]");
	screen_resume();
	buf_free(&b);
	how = pipe_describe(status);
	set_msg(st, xasprintf("| %s: %s", cmd, how));
	free(how);
	st->dirty |= DIRTY_ALL | DIRTY_CLEAR;
}

static void
apply_prompt(struct ui_state *st, enum ui_prompt p, const char *s)
{
	size_t n;

	switch (p) {
	case PROMPT_GOTO:
		apply_goto(st, s);
		break;
	case PROMPT_FIND:
		free(st->last_find);
		st->last_find = s[0] != '\0' ? xstrdup(s) : NULL;
		n = pane_find(&st->pane, s);
		if (s[0] != '\0' && n == 0)
			set_msg(st, xasprintf("not found: %s", s));
		st->dirty |= DIRTY_PANE;
		break;
	case PROMPT_FILTER:
		/* The open article's highlights follow the filter (a find of
		 * the reader's own stays when the filter goes). */
		if (st->pane.art != NULL && (s[0] != '\0' ||
		    (st->filter_text != NULL && st->pane.query != NULL &&
		    strcmp(st->pane.query, st->filter_text) == 0)))
			pane_mark(&st->pane, s);
		free(st->filter_text);
		st->filter_text = s[0] != '\0' ? xstrdup(s) : NULL;
		reload(st, NULL);
		break;
	case PROMPT_PIPE:
		if (s[0] != '\0')
			run_pipe(st, s);
		break;
	case PROMPT_NONE:
		break;
	}
}

/* Drop the last character of the prompt's text. */
static void
prompt_backspace(struct buf *b)
{
	b->len = utf8_prev(b->data, b->len);
	if (b->data != NULL)
		b->data[b->len] = '\0';
}

static void
prompt_key(struct ui_state *st, int key)
{
	enum ui_prompt p = st->prompt;
	char *s;

	st->dirty |= DIRTY_STATUS;
	if (key == K_ESC) {
		st->prompt = PROMPT_NONE;
	} else if (key == K_ENTER) {
		st->prompt = PROMPT_NONE;
		s = xstrdup(st->input.data ? st->input.data : "");
		apply_prompt(st, p, s);
		free(s);
	} else if (key == K_BACKSPACE || key == 8) {
		prompt_backspace(&st->input);
	} else if (key == 21) {          /* ^U clears */
		buf_reset(&st->input);
		buf_adds(&st->input, "");
	} else if (key >= 32 && key < K_SPECIAL && key != 127 &&
	    !(key >= 0x80 && key < 0xA0)) {
		buf_add_ucs(&st->input, (uint32_t)key);
	}
}

/* ---- the help overlay, mouse, keys ---- */

static void
help_key(struct ui_state *st, int key)
{
	enum action a = keys_lookup(&st->cfg.keys, key);
	long page = st->rows - 5 > 1 ? st->rows - 5 : 1;

	st->dirty |= DIRTY_ALL;
	if (a == ACT_DOWN)
		st->help_top++;
	else if (a == ACT_UP)
		st->help_top--;
	else if (a == ACT_PAGE_DOWN)
		st->help_top += page;
	else if (a == ACT_PAGE_UP)
		st->help_top -= page;
	else
		st->help = 0;
}

static void
mouse_event(struct ui_state *st, const struct screen_mouse *m)
{
	struct geom g;
	int in_sidebar;

	geometry(st, &g);
	if (g.too_small || m->y >= g.ph)
		return;
	in_sidebar = g.sbw > 0 && m->x < g.sbw;
	if (m->kind != MOUSE_CLICK) {
		/* SPEC: the wheel scrolls and marks nothing. */
		long d = m->kind == MOUSE_WHEEL_UP ? -WHEEL_LINES : WHEEL_LINES;

		if (in_sidebar) {
			sidebar_scroll(&st->sb, d, g.ph);
			st->dirty |= DIRTY_SIDEBAR;
		} else {
			pane_scroll(&st->pane, d);
			st->dirty |= DIRTY_PANE;
		}
		return;
	}
	if (!in_sidebar) {
		st->focus = FOCUS_READER;
		st->dirty |= DIRTY_ALL;
		return;
	}
	st->focus = FOCUS_SIDEBAR;
	sidebar_move_to(&st->sb, st->sb.top + m->y);
	if (st->sb.cursor.article != 0)
		(void)open_article(st, st->sb.cursor.article);
	st->dirty |= DIRTY_ALL;
}

/* Whether the action may run while the terminal is too small to show
 * anything but the notice: leaving, and redrawing. Moving would move a
 * view nobody sees, laid out for the size before. */
static int
blind_ok(enum action a)
{
	return a == ACT_QUIT || a == ACT_CLOSE || a == ACT_REDRAW;
}

static void
handle_key(struct ui_state *st, int key, const struct screen_mouse *m)
{
	struct geom g;

	if (key == K_NONE)
		return;
	if (key == K_RESIZE) {
		/* Only the size changes; ui_render lays out again. */
		screen_size(&st->rows, &st->cols);
		st->dirty |= DIRTY_ALL | DIRTY_CLEAR;
		return;
	}
	geometry(st, &g);
	if (g.too_small && (key == K_MOUSE || st->prompt != PROMPT_NONE ||
	    !blind_ok(keys_lookup(&st->cfg.keys, key))))
		return;
	if (st->msg != NULL)
		set_msg(st, NULL);
	st->dirty |= DIRTY_STATUS;
	if (key == K_MOUSE)
		mouse_event(st, m);
	else if (st->prompt != PROMPT_NONE)
		prompt_key(st, key);
	else if (st->help)
		help_key(st, key);
	else if (st->related)
		related_key(st, key);
	else
		run_action(st, keys_lookup(&st->cfg.keys, key));
}

/* ---- drawing ---- */

static void
status_text(struct ui_state *st, struct buf *b)
{
	const struct pane *p = &st->pane;
	const struct issue_row *ir;
	const struct day_row *dr;

	if (st->msg != NULL) {
		buf_adds(b, st->msg);
	} else if (p->art != NULL) {
		buf_addf(b, "issue %d/%d", p->issue.number, st->sb.nissues);
		if (p->issue.date[0] != '\0')
			buf_addf(b, " %s", p->issue.date);
		if (p->issue.page > 0)
			buf_addf(b, " p%d", p->issue.page);
		buf_addf(b, " · article %d/%d · %d%%", p->seq, p->narticles,
		    pane_percent(p));
		/* The open issue's unread articles, kept current as the
		 * reader reads (work item 10, item 4). */
		ir = sidebar_issue(&st->sb, p->issue.number);
		if (ir != NULL && ir->id == p->issue.id && ir->nunread > 0)
			buf_addf(b, " · %d unread", ir->nunread);
	} else if (st->sb.cursor.day[0] != '\0' && !st->sb.filtered &&
	    sidebar_day(&st->sb, st->sb.cursor.day, &dr, NULL) == 0) {
		/* A day row: the issues it holds. */
		if (dr->npages > 1)
			buf_addf(b, "issues %d-%d/%d %s", dr->first,
			    dr->first + dr->npages - 1, st->sb.nissues,
			    dr->date);
		else
			buf_addf(b, "issue %d/%d %s", dr->first,
			    st->sb.nissues, dr->date);
	} else if (st->sb.nissues > 0) {
		buf_addf(b, "issue %d/%d", st->sb.cursor.issue,
		    st->sb.nissues);
	} else {
		buf_adds(b, "the library is empty");
	}
	if (st->filter.unread_only)
		buf_adds(b, " · unread only");
	if (st->filter.bookmarks_only)
		buf_adds(b, " · bookmarks only");
	if (st->filter_text != NULL)
		buf_addf(b, " · filter: %s", st->filter_text);
	if (p->query != NULL && p->art != NULL)
		buf_addf(b, " · /%s %zu/%zu", p->query,
		    p->nm ? p->cur + 1 : 0, p->nm);
	if (st->fresh > 0) {
		char name[KEYS_NAME_MAX];
		key_name_of(st, ACT_RELOAD, name);
		buf_addf(b, " · %d new issue%s, %s to show", st->fresh,
		    st->fresh == 1 ? "" : "s", name);
	}
}

static void
draw_status(struct ui_state *st)
{
	int y = st->rows - 1, amb = st->cfg.ambiguous, rw = 0, key = 0, avail;
	char name[KEYS_NAME_MAX], *right = NULL;
	struct buf b;

	screen_fill(y, 0, st->cols, EL_STATUS);
	if (keys_of(&st->cfg.keys, ACT_HELP, &key, 1) > 0) {
		keys_name(key, name);
		right = xasprintf("%s help", name);
		rw = (int)width_str(right, strlen(right), amb);
		screen_puts(y, st->cols - rw - 1, rw, right, amb, EL_STATUS);
	}
	buf_init(&b);
	buf_adds(&b, "");
	status_text(st, &b);
	/* Too long for the line: cut with "…" at the end, so that the
	 * position (first) and the help key (right) stay in view. */
	avail = st->cols - rw - 3;
	if (avail > 0 && (int)width_str(b.data, b.len, amb) > avail) {
		char *t = layout_truncate(b.data, avail, amb);
		screen_puts(y, 1, avail, t, amb, EL_STATUS);
		free(t);
	} else if (avail > 0) {
		screen_puts(y, 1, avail, b.data, amb, EL_STATUS);
	}
	buf_free(&b);
	free(right);
}

/* The prompt line; returns the column of the cursor. */
static int
draw_prompt(struct ui_state *st)
{
	/* Labelled, not a bare ":" or "/" (work item 10, item 8). */
	static const char *const label[] = { "", "Go to: ", "Find: ",
	    "Filter: ", "Pipe to: " };
	int y = st->rows - 1, amb = st->cfg.ambiguous, lw, avail;
	const char *s = st->input.data ? st->input.data : "";
	size_t n = strlen(s);

	screen_fill(y, 0, st->cols, EL_PROMPT);
	lw = screen_puts(y, 0, st->cols, label[st->prompt], amb, EL_PROMPT);
	avail = st->cols - lw - 1;
	/* Show the end of a text too long for the line. */
	while (n > 0 && (int)width_str(s, n, amb) > avail) {
		uint32_t uc;
		int k = utf8_next(s, n, &uc);

		s += k;
		n -= (size_t)k;
	}
	return lw + screen_put(y, lw, avail, s, n, amb, EL_PROMPT);
}

static void
draw_too_small(struct ui_state *st)
{
	char *size = xasprintf("%dx%d, needs %dx%d", st->cols, st->rows,
	    MIN_COLS, MIN_ROWS);
	const char *lines[2] = { "terminal too small", size };
	int i, w, y = st->rows / 2 - 1;

	screen_erase(0);
	for (i = 0; i < 2; i++) {
		w = (int)strlen(lines[i]);
		if (y + i >= 0 && y + i < st->rows)
			screen_puts(y + i, w < st->cols ? (st->cols - w) / 2 : 0,
			    st->cols, lines[i], 1, SCREEN_PLAIN);
	}
	free(size);
}

void
ui_render(struct ui_state *st)
{
	struct geom g;
	char *err = NULL;
	int amb = st->cfg.ambiguous, cx = -1;

	if (st->dirty == 0)
		return;
	geometry(st, &g);
	if (st->dirty & DIRTY_CLEAR)
		screen_erase(1);
	if (g.too_small) {
		draw_too_small(st);
		screen_cursor(-1, 0);
		screen_refresh();
		st->dirty = 0;
		return;
	}
	if (pane_relayout(&st->pane, g.tw, amb, g.ph, &err) != 0)
		report(st, err), err = NULL;
	if ((st->dirty & DIRTY_SIDEBAR) && g.sbw > 0) {
		if (sidebar_draw(&st->sb, 0, 0, g.ph, g.sbw,
		    st->focus == FOCUS_SIDEBAR, st->pane.id, amb, &err) != 0)
			report(st, err), err = NULL;
		/* The sidebar's border is highlighted while it has the
		 * keys (its cursor row shows then too). */
		screen_vline(0, g.sbw, g.ph,
		    st->focus == FOCUS_SIDEBAR ? EL_BORDER : -1);
	}
	if (st->dirty & DIRTY_PANE)
		pane_draw(&st->pane, 0, g.px, g.ph, g.pw, g.tx, amb);
	if (st->prompt != PROMPT_NONE)
		cx = draw_prompt(st);
	else
		draw_status(st);
	if (st->help)
		help_draw(&st->cfg.keys, &st->help_top, st->rows, st->cols,
		    amb);
	else if (st->related)
		draw_related(st);
	screen_cursor(cx < 0 ? -1 : st->rows - 1, cx);
	screen_refresh();
	st->dirty = 0;
}

/* ---- start and end ---- */

static void
on_signal(int sig)
{
	caught = sig;
}

static void
catch_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: the wait for a key must end. */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

/* Read the defaults and the user's config; bad lines go to stderr before
 * the screen starts (SPEC "Configuration"). */
static void
load_config(struct ui_state *st)
{
	char *path, *err = NULL;

	config_init(&st->cfg);
	st->nconfig_errors = config_parse(&st->cfg, config_builtin(),
	    "keys.conf", stderr);
	path = config_path();
	if (path != NULL && config_load(&st->cfg, path, stderr,
	    &st->nconfig_errors, &err) != 0) {
		print_msg(stderr, "%s", err);
		free(err);
		st->nconfig_errors++;
	}
	free(path);
	st->sidebar_width = st->cfg.sidebar_width;
}

/* The article open when the reader last quit, or the first-run cursor
 * (SPEC: the newest dated issue, else issue 1). */
static void
restore(struct ui_state *st)
{
	char *v = NULL, *err = NULL;
	long long id;

	if (store_get_state(st->store, STATE_LAST, &v, &err) != 0) {
		report(st, err);
		v = NULL;
	}
	id = v != NULL ? strtoll(v, NULL, 10) : 0;
	free(v);
	if (id > 0 && open_article(st, (int64_t)id) == 0) {
		st->focus = FOCUS_READER;
		set_msg(st, NULL);
		return;
	}
	sidebar_set_cursor(&st->sb, sidebar_newest_dated(&st->sb), 0);
	st->focus = FOCUS_SIDEBAR;
}

/* Open the library; on a first run import the bundled issues and say so
 * (SPEC "Command line": only the interface does). */
static int
open_library(struct ui_state *st, const char *db, struct buf *note)
{
	char *err = NULL;
	int n = 0;

	if (store_open(db, &st->store, &err) != 0) {
		print_msg(stderr, "%s", err);
		free(err);
		return -1;
	}
	if (store_issue_count(st->store, &n, &err) != 0) {
		print_msg(stderr, "%s: %s", db, err);
		free(err);
		return -1;
	}
	if (store_readonly(st->store)) {
		buf_adds(note, "read-only: marks are not saved");
		return 0;
	}
	if (n == 0) {
		if (import_bundled(st->store, &n, &err) != 0) {
			buf_addf(note, "could not import the bundled issues: %s",
			    err);
			free(err);
		} else if (n == 0) {
			buf_adds(note, "the library is empty: no bundled issues "
			    "were found (see lreader import)");
		} else {
			buf_addf(note, "imported %d bundled issue%s", n,
			    n == 1 ? "" : "s");
		}
	}
	return 0;
}

static void
ui_free(struct ui_state *st)
{
	pane_free(&st->pane);
	sidebar_free(&st->sb);
	if (st->store != NULL)
		store_close(st->store);
	config_free(&st->cfg);
	buf_free(&st->input);
	free(st->filter_text);
	free(st->last_find);
	free(st->msg);
	store_related_free(st->rel, st->nrel);
}

/* The one way out: save the reading position, restore the terminal. */
static void
ui_end(struct ui_state *st)
{
	char *err = NULL;
	int failed = pane_save(&st->pane, &err);

	screen_end();
	if (failed != 0) {
		print_msg(stderr, "could not save the reading position: %s",
		    err);
		free(err);
	}
}

/* How often, while no key comes, the library is checked for another
 * process's import (PRAGMA data_version: one cheap call). */
#define POLL_MS 1000

/* Another process changed the library: the view stays (store_pin), the
 * status line counts what R would show. */
static void
poll_library(struct ui_state *st)
{
	char *err = NULL;
	int fresh = 0;

	if (store_poll(st->store, &fresh, &err) != 0) {
		report(st, err);
		return;
	}
	if (fresh != st->fresh) {
		st->fresh = fresh;
		st->dirty |= DIRTY_STATUS;
	}
}

/* Milliseconds on a clock that only goes forward. */
static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void
loop(struct ui_state *st)
{
	struct screen_mouse m = { 0 };  /* (screen_getkey sets it for a mouse key) */
	int key, fails = 0;
	long long t0;

	while (!st->quit && !caught) {
		ui_render(st);
		t0 = now_ms();
		key = screen_getkey(POLL_MS, &m);
		if (caught)
			break;
		poll_library(st);
		/* A read that fails at once, again and again, well before its
		 * timeout: the terminal is gone (its window closed without a
		 * SIGHUP that reached us). Leave as a hangup would, not spin. */
		if (key == K_NONE) {
			if (now_ms() - t0 < POLL_MS / 2 && ++fails >= 100) {
				caught = SIGHUP;
				break;
			}
			continue;
		}
		fails = 0;
		handle_key(st, key, &m);
	}
}

static int
start_screen(struct ui_state *st, int no_color)
{
	char *err = NULL;
	const char *nc = getenv("NO_COLOR");

	if (nc != NULL && nc[0] != '\0')
		no_color = 1;
	if (screen_init(no_color, st->cfg.mouse, &err) != 0) {
		print_msg(stderr, "%s", err);
		free(err);
		return -1;
	}
	screen_colors(st->cfg.colors);
	screen_size(&st->rows, &st->cols);
	st->dirty = DIRTY_ALL | DIRTY_CLEAR;
	return 0;
}

int
ui_main(const struct ui_options *opt)
{
	struct ui_state st;
	struct buf note;
	char *err = NULL;
	int rc = 0;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs("lreader: not a terminal (use list, cat or export)\n",
		    stderr);
		return 1;
	}
	if (screen_locale(NULL, NULL) != 0) {
		fputs("lreader: no UTF-8 locale\n", stderr);
		return 1;
	}
	if (screen_check_term(&err) != 0) {
		print_msg(stderr, "%s", err);
		free(err);
		return 1;
	}
	memset(&st, 0, sizeof st);
	buf_init(&st.input);
	buf_init(&note);
	buf_adds(&note, "");
	load_config(&st);
	if (open_library(&st, opt->db_path, &note) != 0) {
		ui_free(&st);
		buf_free(&note);
		return 1;
	}
	pane_init(&st.pane, st.store);
	if (sidebar_init(&st.sb, st.store, &err) != 0 ||
	    sidebar_reload(&st.sb, &st.filter, NULL, &err) != 0) {
		print_msg(stderr, "%s", err);
		free(err);
		ui_free(&st);
		buf_free(&note);
		return 1;
	}
	if (opt->open_id > 0) {
		if (open_article(&st, (int64_t)opt->open_id) != 0) {
			/* open_article put the reason in the status line. */
			print_msg(stderr, "%lld: %s", opt->open_id,
			    st.msg != NULL && strstr(st.msg, "is gone") == NULL ?
			    st.msg : "no such article");
			ui_free(&st);
			buf_free(&note);
			return 1;
		}
		st.focus = FOCUS_READER;
		set_msg(&st, NULL);
	} else {
		restore(&st);
	}
	/* From here the view holds still while another process imports. */
	if (store_pin(st.store, &err) != 0) {
		print_msg(stderr, "%s", err);
		free(err);
		err = NULL;
	}
	if (st.nconfig_errors > 0)
		buf_addf(&note, "%s%d config error%s", note.len ? " · " : "",
		    st.nconfig_errors, st.nconfig_errors == 1 ? "" : "s");
	if (note.len > 0)
		set_msg(&st, buf_take(&note));
	buf_free(&note);
	catch_signals();
	if (start_screen(&st, opt->no_color) != 0) {
		ui_free(&st);
		return 1;
	}
	loop(&st);
	if (caught)
		rc = caught == SIGINT ? 130 : 128 + caught;
	ui_end(&st);
	ui_free(&st);
	return rc;
}
