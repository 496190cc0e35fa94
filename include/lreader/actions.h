/*
 * actions: the one table of what the reader can do (SPEC "Keys"). Each
 * ACTION_INFO entry gives the enum constant, the name that `bind` takes,
 * the group the help overlay lists it under, and its help text; the enum,
 * the names, the help overlay, --dump-keys and the man page's KEYS all
 * come from it. Which keys run an action is not here: that is
 * assets/keys.conf (the defaults) and the user's config.
 */
#ifndef LREADER_ACTIONS_H
#define LREADER_ACTIONS_H

#include <string.h>

enum action_group {
	GROUP_MOVE, GROUP_ISSUES, GROUP_FIND, GROUP_MARKS, GROUP_VIEW,
	GROUP_COUNT
};

#define ACTION_INFO(_) \
	_(DOWN, "down", GROUP_MOVE, \
	    "move down in the sidebar / scroll a line in the reader") \
	_(UP, "up", GROUP_MOVE, \
	    "move up in the sidebar / scroll a line in the reader") \
	_(OPEN, "open", GROUP_MOVE, \
	    "open the article (on a day or issue row: fold or unfold it; in "\
	    "the reader: follow the mark in view)") \
	_(BACK, "back", GROUP_MOVE, \
	    "back where c or = left; else to the sidebar") \
	_(CLOSE, "close", GROUP_MOVE, \
	    "in the reader as back; in the sidebar, quit") \
	_(QUIT, "quit", GROUP_MOVE, "quit at once") \
	_(SWITCH, "switch", GROUP_MOVE, \
	    "switch between sidebar and reader") \
	_(PAGE_DOWN, "page-down", GROUP_MOVE, \
	    "page down; at the end of an article, open the next") \
	_(PAGE_UP, "page-up", GROUP_MOVE, "page up") \
	_(TOP, "top", GROUP_MOVE, "go to the top") \
	_(BOTTOM, "bottom", GROUP_MOVE, "go to the bottom") \
	_(NEXT_ARTICLE, "next-article", GROUP_ISSUES, "open the next article") \
	_(PREV_ARTICLE, "prev-article", GROUP_ISSUES, \
	    "open the previous article") \
	_(GOTO_1, "goto-1", GROUP_ISSUES, \
	    "page 1 of the open issue's day if dated, else issue 1") \
	_(GOTO_2, "goto-2", GROUP_ISSUES, "likewise, page or issue 2") \
	_(GOTO_3, "goto-3", GROUP_ISSUES, "likewise, page or issue 3") \
	_(GOTO_4, "goto-4", GROUP_ISSUES, "likewise, page or issue 4") \
	_(GOTO_5, "goto-5", GROUP_ISSUES, "likewise, page or issue 5") \
	_(GOTO_6, "goto-6", GROUP_ISSUES, "likewise, page or issue 6") \
	_(GOTO_7, "goto-7", GROUP_ISSUES, "likewise, page or issue 7") \
	_(GOTO_8, "goto-8", GROUP_ISSUES, "likewise, page or issue 8") \
	_(GOTO_9, "goto-9", GROUP_ISSUES, "likewise, page or issue 9") \
	_(PREV_ISSUE, "prev-issue", GROUP_ISSUES, \
	    "previous page (dated issues, across days) or issue, opening its "\
	    "lead article") \
	_(NEXT_ISSUE, "next-issue", GROUP_ISSUES, \
	    "next page (dated issues, across days) or issue, opening its "\
	    "lead article") \
	_(PREV_DAY, "prev-day", GROUP_ISSUES, \
	    "previous day of dated issues, opening its page 1") \
	_(NEXT_DAY, "next-day", GROUP_ISSUES, \
	    "next day of dated issues, opening its page 1") \
	_(GOTO, "goto", GROUP_ISSUES, \
	    "go to issue N or a date (YYYY-MM-DD, YYYY-MM)") \
	_(FIND, "find", GROUP_FIND, "find in the article") \
	_(FIND_NEXT, "find-next", GROUP_FIND, "next match") \
	_(FIND_PREV, "find-prev", GROUP_FIND, "previous match") \
	_(FILTER, "filter", GROUP_FIND, "filter the library by text") \
	_(CLEAR_FILTERS, "clear-filters", GROUP_FIND, "clear all filters") \
	_(UNREAD_ONLY, "unread-only", GROUP_FIND, \
	    "show unread only (toggle)") \
	_(BOOKMARK, "bookmark", GROUP_MARKS, "bookmark the article (toggle)") \
	_(BOOKMARKS_ONLY, "bookmarks-only", GROUP_MARKS, \
	    "show bookmarks only (toggle)") \
	_(TOGGLE_READ, "toggle-read", GROUP_MARKS, \
	    "mark read or unread (on a day or issue row: all of it)") \
	_(NARROW, "narrow", GROUP_VIEW, "narrow the sidebar") \
	_(WIDEN, "widen", GROUP_VIEW, "widen the sidebar") \
	_(SIDEBAR, "sidebar", GROUP_VIEW, "hide or show the sidebar") \
	_(RELOAD, "reload", GROUP_VIEW, \
	    "show what other imports added; the open article stays") \
	_(FOLLOW, "follow", GROUP_MOVE, \
	    "follow the continuation mark in view; back returns") \
	_(RELATED, "related", GROUP_VIEW, \
	    "list related reports; Enter opens one") \
	_(PIPE, "pipe", GROUP_VIEW, \
	    "pipe the open article, as cat prints it, to a shell command") \
	_(HELP, "help", GROUP_VIEW, "this help") \
	_(REDRAW, "redraw", GROUP_VIEW, "redraw the screen")

#define ACTION_ENUM_(id, name, group, help) ACT_##id,
enum action {
	ACT_NONE,
	ACTION_INFO(ACTION_ENUM_)
	ACT_COUNT
};
#undef ACTION_ENUM_

/* The name `bind` takes ("page-down"); "" for ACT_NONE or out of range. */
static inline const char *
action_name(enum action a)
{
#define ACTION_NAME_(id, name, group, help) name,
	static const char *const names[] = { "", ACTION_INFO(ACTION_NAME_) };
#undef ACTION_NAME_
	return (int)a > 0 && a < ACT_COUNT ? names[a] : "";
}

/* The help text of an action; "" for ACT_NONE. */
static inline const char *
action_help(enum action a)
{
#define ACTION_HELP_(id, name, group, help) help,
	static const char *const helps[] = { "", ACTION_INFO(ACTION_HELP_) };
#undef ACTION_HELP_
	return (int)a > 0 && a < ACT_COUNT ? helps[a] : "";
}

/* The group an action is listed under. */
static inline enum action_group
action_group(enum action a)
{
#define ACTION_GROUP_(id, name, group, help) group,
	static const enum action_group groups[] = {
		GROUP_VIEW, ACTION_INFO(ACTION_GROUP_)
	};
#undef ACTION_GROUP_
	return (int)a > 0 && a < ACT_COUNT ? groups[a] : GROUP_VIEW;
}

/* The heading of a group in the help overlay and the manual. */
static inline const char *
action_group_title(enum action_group g)
{
	static const char *const titles[] = {
		"Moving", "Articles and issues", "Finding and filtering",
		"Marks", "View"
	};
	return (int)g >= 0 && g < GROUP_COUNT ? titles[g] : "";
}

/* The action named name, or ACT_NONE when there is none. */
static inline enum action
action_parse(const char *name)
{
	int a;

	if (name == NULL)
		return ACT_NONE;
	for (a = 1; a < ACT_COUNT; a++)
		if (strcmp(name, action_name((enum action)a)) == 0)
			return (enum action)a;
	return ACT_NONE;
}

#endif
