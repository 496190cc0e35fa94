/*
 * segment-int.h: what the stages of the segmenter share (private to
 * src/segment*.c). segment_page() in segment.c runs the stages in order:
 *
 *   segment-lexicon.c   newspaper words: datelines, bylines, credits,
 *                       captions, marks, numbered heads, names
 *   segment-lines.c     line evidence: cleaning, whole-line undoubling,
 *                       end punctuation, lexicon kinds, blank lines
 *   segment-columns.c   the column model: the width metric and the full
 *                       width around each line, one paragraph a line
 *   segment-captions.c  captions lifted out of the sentences they cut
 *   segment-label.c     every line labelled at once (dynamic programming
 *                       over the page): paragraph start, paragraph line,
 *                       headline-block line, other
 *   segment-items.c     paragraphs and blocks from the labels; repeats
 *   segment-bigrams.c   rare-bigram index of the paragraphs: idf,
 *                       affinity of a headline to a paragraph, cohesion
 *   segment-blocks.c    headline blocks parsed into kicker, title,
 *                       subtitle and byline (dynamic programming)
 *   segment-assign.c    all headlines of the page matched to contiguous
 *                       bodies together (dynamic programming)
 *   segment-blocks.c    the roles settled again with the articles known:
 *                       a title read as wrapped split for an untitled
 *                       body, a kicker that is the title
 *   segment-assemble.c  articles: captions, credits, photo items, notes,
 *                       derived titles, series banners
 *
 * Decisions are scores, never single rules: every weight is named here,
 * with the evidence it weighs. The weights were set on the tuning split
 * of tests/pagegen (never on the check split).
 */
#ifndef LREADER_SEGMENT_INT_H
#define LREADER_SEGMENT_INT_H

#include <stddef.h>
#include <stdint.h>

#include "lreader/article.h"

/* ---------------------------------------------------------------- */
/* Weights.                                                         */

/*
 * The weights, by name: seg_w[W_X]. Defaults in segment-weights.c; for
 * tuning, LREADER_SEGMENT_WEIGHTS="NAME=V,..." overrides them.
 */
enum seg_weight {
	/* Line labels (segment-label.c): a break inside a paragraph. */
	W_CONT_UNFINISHED,   /* the line before ends mid-sentence */
	W_CONT_FULL,         /* the line before is full (column width) */
	W_CONT_SHORT_END,    /* the line before is short and ends a sentence */
	W_CONT_SHORT_OPEN,   /* the line before is short yet unfinished */
	W_CONT_BLANK,        /* a blank line stands between (selective blanks) */
	W_CONT_DATELINE,     /* the line opens with a dateline */
	W_CONT_READS_ON,     /* the two characters at the cut form a word */
	W_CONT_MARK,         /* the line before ends with a continuation mark */
	W_CONT_LEAD,         /* the line opens as a news lead (记者从…, 近日，) */
	W_CONT_BARE,         /* two lines in a row with no punctuation at all */
	W_CONT_TURN,         /* an interview's turn opens after a sentence end */
	W_CONT_ROOM,         /* a sentence ends with room left on its line
	                        for the next line's first character */
	W_CONT_SET_IN,       /* after a sentence's end, a line with room for
	                        its next line's first character, mid-sentence */
	W_CONT_ITEM,         /* a list's item after one that stops short
	                        (seg_line.item_open) */
	W_CONT_CLAUSE,       /* a clause's number (二、, （三）) opens the line
	                        after a sentence's or clause's end (。；：) */
	W_PARA_UNFINISHED,   /* a paragraph ends without a sentence end */
	/* A headline-block line. */
	W_H_PRIOR,           /* headline blocks are rarer than paragraphs */
	W_H_LINE,            /* ... and hold few lines */
	W_H_DOUBLED,         /* printed twice (bold) */
	W_H_ANCHOR,          /* byline or —— subtitle */
	W_H_NAME,            /* a bare name */
	W_H_FINAL,           /* ends a sentence (。): no headline does,
	                        bold (doubled) as it may be: a caption */
	W_H_EXCLAIM,         /* ends with ？ or ！ only */
	W_H_LETTER_TITLE,    /* short, right above a letter's salutation
	                        (编辑同志：; a reply's, 田晓芳女士：) */
	W_H_INNER,           /* holds a sentence end inside */
	W_H_CLAUSES,         /* per comma inside after the first: a sentence */
	W_H_WRAP_CLAUSES,    /* ... counted over a sentence wrapped across two
	                        headline lines */
	W_H_MID,             /* ends with ，、；： */
	W_H_PERLINE_MID,     /* ... where titles are not wrapped: a cut body */
	W_H_SEMI,            /* ends with ；: a clause of a list, no title */
	W_H_COLON,           /* ends with ：: a salutation or label opening
	                        the text under it, no title */
	W_H_ITEM_ANSWER,     /* a plain line between two numbered heads
	                        (一、主办单位 / 吕梁市体育局 / 二、承办单位):
	                        the first item's text (item_answer) */
	W_H_UNDER_NOTICE,    /* right under a notice's title (公告): its
	                        text, or its issuer's line */
	W_H_LIST,            /* holds a bracketed note and 、 after it
	                        (王润生（下安村卫生室）、): a list's items */
	W_H_ITEM,            /* a line of a list run under a lead-in that
	                        ends with a colon (如下：): its items */
	W_H_LONG,            /* per character over HEAD_MAX_CHARS */
	W_H_WIDE,            /* wider than the column */
	W_H_NARROW,          /* clearly narrower than the column */
	W_H_DATELINE,        /* a dateline is never a headline */
	W_H_LEAD,            /* opens as a news lead (10月15日，近日): no headline */
	W_H_QA,              /* opens with an interview's question label */
	W_H_ANSWERED,        /* asks (ends with ？) and an answer opens after
	                        it (马秀英：, 答：): an interview's question */
	W_H_ADDRESS,         /* a speech's address (同志们：) or close */
	W_H_REPEAT,          /* printed again on the page: a repeated paragraph */
	W_H_AFTER_OPEN,      /* after a body line that ends mid-sentence */
	W_H_BYLINE_OPEN,     /* ... a byline or name there: the line was a title */
	W_H_READS_ON,        /* the next line reads on from it */
	W_H_STUB_UNDER,      /* the line under it opens a paragraph of a few
	                        characters ending its sentence (stub_para) */
	W_H_OPEN_END,        /* a headline line before a body that goes on
	                        with it: 的 at its end, 整， at the next start */
	W_H_COMMA_END,       /* a headline's last line ends on ， or 、 */
	W_H_CONNECTIVE,      /* opens with a connective and comma (同时，) */
	W_H_OPEN_QUOTE,      /* one a line, a quote opened and not closed */
	W_H_ANSWER,          /* an interviewee's turn right after the
	                        question it answers */
	W_H_PULL_QUOTE,      /* one quotation and nothing else, short, no
	                        sentence end: a pulled quote's title */
	W_H_GLUED,           /* no blank line parts it, unfinished, from the
	                        long paragraph line after it (selective
	                        blanks): that paragraph's first part */
	W_H_NOTE,            /* the whole line one bracketed phrase
	                        (seg_is_bracketed_note): a note to a text */
	W_S_INDENT,          /* a paragraph's first line is indented */
	W_S_INDENT_WIDTH,    /* ... or two cells short of the column */
	W_S_CLOSING,         /* the line opens with a closing mark or a
	                        stop (”, ）, 。, ，): it opens no paragraph */
	/* Headline blocks (segment-blocks.c). */
	W_B_NAME,            /* a bare name as role B */
	W_B_PEN_NAME,        /* two or three Han characters, no surname's,
	                        under a line that ends whole, as role B */
	W_B_GENRE,           /* 纪实, 见闻 ... as role S */
	W_B_PLAIN_SUB,       /* a plain line as subtitle */
	W_B_KICKER,          /* a plain line as kicker */
	W_B_KICKER_SHORT,    /* the kicker is clearly shorter than the title */
	W_B_LABEL,           /* a genre label (专访, 快评) is a kicker, no title */
	W_B_KICKER_FINAL,    /* it ends a sentence (！？。): a title, rather */
	W_B_KICKER_NAME,     /* a bare name read as a kicker */
	W_B_KICKER_QUOTE,    /* a kicker holding a quoted word (“…”) */
	W_B_KICKER_DOT,      /* a kicker joining two phrases by a middle dot
	                        (丰收访谈·种粮人说: a column and its series)
	                        or naming a series (…系列报道之二) */
	W_B_DOUBLED_TITLE,   /* the doubled line of a block is the title */
	W_B_WRAP,            /* a title goes on over a line, before evidence */
	W_B_WRAP_COMMA,      /* a title line ending in ， goes on */
	W_B_WRAP_READS_ON,   /* two title lines read on across the cut */
	W_B_WRAP_WIDTH,      /* the first title line is the wider one */
	W_B_WRAP_NARROW,     /* ... or clearly the narrower, cut at no comma */
	W_B_WRAP_TYPE,       /* one line doubled (bold), the other not */
	W_B_WRAP_SPEAKER,    /* the lower line opens with a speaker's name
	                        and colon (张海峰：…): a title's start */
	W_B_WRAP_EVEN,       /* two lines of one width: a text wrapped at it */
	W_B_WRAP_MEASURE,    /* a title's lines but its last not one width */
	W_B_SPLIT_BEFORE,    /* ... whose upper line is the text before's */
	W_B_WRAP_CLOSING,    /* the next line starts inside a sentence */
	W_B_WRAP_FINAL,      /* the line ends a sentence (！？。) or its
	                        column tag (…烟火【走基层】): done */
	W_B_WRAP_STUB,       /* the next line is a stub of a character or two */
	W_B_WRAP_REST,       /* ... or a short plain line under a long one */
	W_B_WRAP_BINDS,      /* the upper line ends on a word that binds to
	                        what follows (的, 把, 让): no title ends so */
	W_B_KICKER_NOBODY,   /* a line that matches no body, above one that does */
	W_B_WRAP_WORDLESS,   /* the next line, over a longer title, holds no
	                        word of any text while this one does */
	W_B_WRAP_UNBOUND,    /* ... or names another text's words, none of
	                        the text this one names */
	W_B_KICKER_BARE,     /* a title line that names its text, over a
	                        gathered title with no byline near: a brief's
	                        title, not a kicker */
	W_B_GENRE_CUT,       /* a genre word opening a line that the line
	                        above reads on into: a word the wrap cut */
	W_B_SPLIT_REST,      /* a split leaving a title's rest of three
	                        Han characters or less as a headline */
	W_B_WRAP_NAME,       /* a short line like a name over a byline:
	                        the title's rest, not a second byline */
	W_B_KICKER_ANCHORED, /* a short kicker over a title that a byline or
	                        —— subtitle follows (a report's headline) */
	W_B_SERIES_ON,       /* a subtitle or byline under a series' subtitle
	                        (——…发言选登): a banner has neither */
	W_B_NEW_TITLE,       /* a further title line starts a headline */
	W_B_NEW_BEFORE,      /* ... in a block that stands before text,
	                        with one byline or subtitle at most */
	W_B_OTHER_BODY,      /* two lines match different bodies */
	W_B_SAME_BODY,       /* two lines match the same body */
	W_B_WRAP_LONG,       /* a title wrapped onto a line that makes it
	                        longer than any title (TITLE_MAX_CHARS) */
	W_B_SUB_BOLDER,      /* a plain line doubled (bold) as the subtitle
	                        of a title line that is not */
	W_B_WRAP_PERLINE,    /* a title line, set one paragraph a line,
	                        wrapped onto the next line */
	W_B_PEN_REST,        /* a pen name's shape (pen_name) is no title's
	                        rest (W_B_WRAP_REST): 1 on, 0 off */
	W_B_KICKER_WRAP,     /* a kicker going on over the next line, wrapped
	                        (kicker_wraps), over the wrap's evidence */
	W_B_GENRE_END,       /* a subtitle's genre word cut by the column's
	                        wrap (…转岗新能 / 源纪实) names the genre
	                        as the line whole does (mark_joined_end; 1
	                        on, 0 off) */
	/* Assignment (segment-assign.c). */
	W_A_CUT,             /* cutting a run of paragraphs, before evidence */
	W_A_CUT_DATELINE,    /* the next paragraph opens with a dateline */
	W_A_CUT_MARK,        /* the paragraph before ends with a mark */
	W_A_CUT_CREDIT,      /* a credit or source note stands between */
	W_A_CUT_FOREIGN,     /* ... about none of the text near it */
	W_A_CUT_LEADIN,      /* ... after a short lead: a photo item's */
	W_A_CUT_LEADIN_ABOUT, /* ... the caption about that lead (about_leadin) */
	W_A_CUT_LEAD,        /* the next paragraph opens as a news lead */
	W_A_CUT_EVENT,       /* ... that reports an event (seg_lead_reports_event) */
	W_A_CUT_DAY_ON,      /* ... a day without its month that the text
	                        before names (day_on): a later scene */
	W_A_CUT_CLOSING,     /* the paragraph before closes as reports do */
	W_A_CUT_QUOTED,      /* the paragraph after is a quote its speaker
	                        says after it: it reads on */
	W_A_CUT_SCENE,       /* the next paragraph opens a scene with when, in
	                        words (seg_opens_scene) */
	W_A_CUT_FRAME,       /* the next paragraph is a text's frame line: its
	                        hearers (同志们：) or a notice's number */
	W_A_CUT_EFFECTIVE,   /* the next paragraph opens with the day a rule
	                        takes effect (自12月1日起，) */
	W_A_CUT_LETTER,      /* the paragraph before is a letter's signature:
	                        the reporter's findings or the reply go on */
	W_A_CUT_REPLIED,     /* ... the signature of the reply to it (its
	                        salutation greets the writer): the letter's
	                        page ends there (W_A_CUT_LETTER not paid) */
	W_A_CUT_WIDTH,       /* the text after is set in another column width */
	W_A_CUT_APART,       /* the stretches on the two sides share no words */
	W_A_CUT_SPEAKER,     /* ... and another interviewee answers after it */
	W_A_CUT_ASKED,       /* the next paragraph opens with an asking label */
	W_A_CUT_ANSWER,      /* the paragraph before asks (记者：…？) and the
	                        one after answers it (NAME：…, 答：…) */
	W_A_CUT_NOTED,       /* the paragraph before is an editor's note
	                        opening a text (编者按：…): the text it
	                        announces follows */
	W_A_CUT_GUEST,       /* the one answering first after the cut is
	                        named before it in the same stretch (a
	                        talk's guest list, its intro): a talk among
	                        several going on */
	W_A_CUT_ANSWERS_ON,  /* the one answering last before the cut (NAME：,
	                        答：) answers again after it */
	W_A_CUT_INTERVIEW,   /* an interview's intro opens after the cut, its
	                        first question near, no turn before */
	W_A_CUT_INTRO,       /* an interview's intro telling of it (采访) ends
	                        before the cut, its first question after */
	W_A_CUT_RETOLD,      /* an interview's intro telling of it opens
	                        after the cut */
	W_A_CUT_REFERS,      /* the next paragraph opens pointing back (这座…,
	                        该…, or who the one before named, 上官怀瑾说，):
	                        it reads on */
	W_A_NO_WORDS,        /* no word of the headline anywhere in its run */
	W_A_COHESION,        /* rare words shared across the cut */
	W_A_DEPTH,           /* ... far fewer than across the gaps around */
	W_A_LEAD,            /* title words in the article's first paragraph */
	W_A_PARA,            /* title words in each paragraph */
	W_A_LONE_WORDS,      /* ... the share counted for a lone title */
	W_A_NAME,            /* the title's speaker (NAME：…) in the body */
	W_A_HEADING_LABELLED, /* a heading over a paragraph opening on 【label】 */
	W_A_BYLINE_NAME,     /* a name of the byline in the body */
	W_A_BEFORE_BYLINE,   /* a headline with its byline stands right before
	                        the body: it signs the text under it */
	W_A_BEFORE_PLAIN,    /* a lone title, which may be a heading, stands
	                        right before the body */
	W_A_BEFORE_WORDS,    /* ... whose words are the text's before it */
	W_A_AFTER_LAST,      /* ... one headline alone after the page's last text */
	W_A_AFTER_WORDS,     /* ... among other blocks between two texts, its
	                        words clearly the text's before it */
	W_A_ELSEWHERE,       /* ... but its words are clearly another body's */
	W_A_AWAY,            /* a block of one or two headlines that stands
	                        neither right before nor right after the body */
	W_A_ORDER,           /* a run headed by the line printed right under
	                        the run before's headline (a subtitle read
	                        as a headline) */
	W_A_BYLINE_DATELINE, /* a headline with a byline on a dateline's body
	                        (the dateline names the reporter instead) */
	W_A_BYLINE_DATELINE_BARE, /* ... a dateline naming no reporters
	                        (本报讯 12月初，…) */
	W_A_BYLINE_OTHER,    /* ... and the dateline names none of the byline's
	                        reporters: the byline is another article's */
	W_A_UNTITLED,        /* an article without a headline */
	W_A_USE,             /* every headline heads something */
	W_A_HEADING,         /* a lone title inside a body is a heading */
	W_A_HEADING_NUM,     /* ... numbered: （一）, 一、 */
	W_A_HEADING_SERIES,  /* ... one of several in the same body */
	W_A_HEADING_FORMED,  /* ... one of two or more set in one form in
	                        its stretch (①…②…, 20:15 …, 【…】) */
	W_A_HEADING_LONG,    /* ... of SERIES_LONG or more */
	W_A_UNMET,           /* a paragraph of a run before its headline's
	                        words */
	W_A_HEADING_COH,     /* ... the text after it shares the article's words */
	W_A_HEADING_APART,   /* ... or next to none of them */
	W_A_HEADING_SPACED,  /* ... set as a headline's two phrases parted
	                        by a space (寒潮来袭 注意防寒保暖) */
	W_A_HEADING_DATED,   /* ... plain, over a text whose first sentence
	                        names a day (seg_names_day) */
	W_A_HEADING_SIBLING, /* a lone title heading a run that holds
	                        another of its series as a heading */
	W_A_HEADING_OWN,     /* ... one of a series, its words taken up by
	                        the paragraph under it: its section's */
	W_A_KICKER_JOIN,     /* a title over one paragraph, its kicker read
	                        as a headline over the rest: rejoined */
	W_A_LEAD_JOIN,       /* a headline's subtitle, its wrapped rest read
	                        with the byline as the next headline, each
	                        heading part of one text: rejoined */
	W_A_UNTITLED_JOIN,   /* an untitled run the run before takes in
	                        for a better score: joined (the search's
	                        last step) */
	W_A_LONE_PART_SEARCH, /* the search's best holds a part of a split
	                        headline alone: searched on, not kept
	                        (1 on, 0 off) */
	W_A_SUB_JOIN,        /* a title and its subtitle read as two
	                        headlines heading one text cut at a
	                        connective (据了解，): rejoined */
	W_A_SUB_LEAD_ALONE,  /* ... or where the upper heads its lead alone */
	W_A_SUB_JOIN_PARTS,  /* ... also a split headline's two parts */
	W_A_SPLIT,           /* a headline read as two (kicker or wrap cut) */
	W_A_PIECE_SHAPE,     /* a piece labelled as the paragraph before it
	                        reads on (rejoin_tiny) */
	W_A_TINY_JOIN,       /* a run under TINY_RUN characters sharing its
	                        words with the run before: rejoined */
	W_A_COLON_JOIN,      /* a run under PIECE_RUN characters ending on a
	                        colon: joined to the text it announces */
	W_A_SHORT_JOIN,      /* a run with no headline under TINY_RUN
	                        characters: joined to the run beside it */
	W_A_TINY_UNHEAD,     /* a headline over a run under TINY_RUN
	                        characters that holds few of its words: it
	                        heads no article there */
	W_A_SHORT_TOLD,      /* ... before a credit only where it tells a
	                        sentence (ends on 。): a brief closed by it */
	W_A_STRAY_KICKER,    /* a plain headline over a bylined title of its
	                        block, heading one paragraph without its
	                        words: the title's kicker */
	W_I_GATHERED_TITLE,  /* a phrase between two headline lines, a
	                        byline after or no text to the page's end,
	                        is theirs (seg_join_gathered_titles; 1 on) */
	W_A_REPLY_JOIN,      /* a reply opened by the name of the letter's
	                        signer before it, or under a lone section
	                        title right after the signature: rejoined */
	W_A_TAIL,            /* a paragraph of a run after its headline's
	                        words, none of them up to the next headline
	                        block (tail_flags) */
	W_A_UNTITLED_LEAD,   /* a run with no headline opening on a news
	                        lead (start_base) */
	W_A_CUT_BRIEF_END,   /* a cut after a brief's few paragraphs, the
	                        text after holding none of its headline's
	                        words (brief_ends) */
	W_A_TAIL_ON,         /* ... a paragraph past them that takes up the
	                        rare words of the text that held them
	                        (tail_reads_on): given back */
	W_A_TAIL_PHOTO,      /* ... a paragraph past them above a caption
	                        credited to the headline's reporter
	                        (own_photo_reach): the text's own picture */
	W_A_UNTITLED_CONT,   /* a run with no headline opening on a
	                        continuation mark, no headline meeting
	                        that paragraph (continued_here) */
	W_A_SUB_WORDS_ABOVE, /* a title heading the text's second half
	                        under the title over it in its block, its
	                        words as much before the cut: rejoined as
	                        the upper's subtitle (words_above; 1 on) */
	W_A_PART_SHARE,      /* a part of a numbered heading split over its
	                        two lines weighs its words as the lone
	                        heading does (lone_share_of; 1 on) */
	W_COUNT
};

extern double seg_w[W_COUNT];
extern const char *const seg_weight_names[W_COUNT];
/* Apply LREADER_SEGMENT_WEIGHTS once (segment-weights.c). */
void seg_weights_init(void);

/* ---------------------------------------------------------------- */
/* Thresholds (counts and cells, not scores).                       */

/* A line this many cells short of its column is short, not full. */
#define FULL_TOL 3
/* A paragraph's first line is indented by up to two characters. */
#define INDENT_CELLS 4
/* A Han character's width in cells (the room it needs on a line). */
#define HAN_CELLS 2
/* A headline line holds at most this many characters before W_H_LONG. */
#define HEAD_MAX_CHARS 32
/* Lines a list run under a lead-in colon spans at most (mark_list_runs). */
#define LIST_RUN_LINES 24
/* Items (lines stopping short of the run's widest) a list run holds at
 * least. */
#define LIST_MIN_ITEMS 2
/* Cells a list's item stops short of the run's widest line by more than
 * (three Han characters: mark_list_runs; 4, 6, 8 and 12 tried, 6 the
 * best on the tuning halves). */
#define ITEM_SHORT_CELLS 6
/* A bracketed note holds at least this many characters inside its
 * brackets (a genre's tag, （吕梁快评）, （摘要）, holds fewer). */
#define NOTE_MIN_CHARS 6
/* A line of a text's frame (its hearers, a notice's number, the name
 * addressed under it) holds at most this many characters (as
 * ADDRESS_MAX_CHARS and DOCNUM_MAX_CHARS in the lexicon): longer, the
 * lexicon is not asked. */
#define FRAME_MAX_CHARS 24
/* Neighbouring lines that fit the column model around a line. */
/* A photo item's lead-in is at most this many paragraphs, and one that
 * an article's text ran into, as its last paragraph, at most this many
 * characters (assemble places them; the assignment's cut evidence and
 * its page-end blocks use the same). */
#define LEAD_IN_PARAS 2
#define LEAD_IN_LAST_CHARS 160
/* A headline over a photo's lead-in (headed_lead_in) shares at most this
 * share of its rare words with it (a stray word: 景区, 农产…): a headline
 * that tells the paragraph under it is that article's, one that does not
 * landed there from a block of headlines. (0 kept 2 of 5 such tuning
 * pages as they were; 0.1 one; none lost a page at 0.2.) */
#define HEADED_LEADIN_FIT 0.2
/* A caption standing between articles belongs to the one whose text
 * holds this share of its rare words, otherwise it is a photo item
 * (assemble); a caption holding it of a lead-in's is about that lead-in
 * (assign's W_A_CUT_LEADIN_ABOUT). */
#define CAPTION_SHARE 0.15
#define COL_WINDOW 8

/* Column widths (cells) this far apart are two settings. Within one
 * article a paragraph's widest wrapped line still moves by a character
 * or two (a line of digits or Latin, quotes set narrow, a line broken
 * early before a long word): on seeds 1-300, 4 cells apart marks 47 gaps
 * inside articles and 156 cuts, 8 cells none inside and 124 cuts (2 / 3 /
 * 4 / 6 / 8 / 10 tried: 8 the best J on seeds 1-900). */
/* (find_gaps' width change; a photo's lead-in is set in one width:
 * apart_pair_lead_in) */
#define WIDTH_APART 8
/* A line holds at most this many code points for undoubling (headlines,
 * bylines and captions are short; the DP is quadratic). */
#define UNDOUBLE_MAX 600
/* Under a series banner, a kicker of at least this many characters over
 * a piece's title (signed by a name or a post, or with a subtitle) is
 * the first line of a title printed on two or three lines (完善县乡村三级
 * 寄递物流体系 / 畅通…), not a column's label (今日谈, 时评, 百姓呼声):
 * the series' pieces carry the banner as their only kicker. */
#define SERIES_KICKER_TITLE 8
/* ... and set on the title's measure: its length within this many
 * characters of the title's first line (kicker_of_piece_title; the value
 * its tests and figures were made with, not tuned apart). */
#define SERIES_KICKER_TOL 1
/* rejoin_subtitle without a connective: the upper headline's run holds
 * at most 1 / this of the lower's paragraphs (a title over a feature's
 * lead alone; W_A_SUB_LEAD_ALONE's figures were measured at 2). */
#define SUB_LEAD_RATIO 2
/* Repeated paragraphs: keys at least this long (code points). */
#define REPEAT_MIN 12
/* A news lead names its day in its first sentence, this many characters
 * in at most (受冷暖空气共同影响，5月3日至4日，我市…): of the lone titles
 * of the five tuning halves, 93 of 277 over such a sentence are titles
 * and none of 1,993 headings (30 / 45 / 60 / 100 counted: 62 / 91 / 93
 * / 93 titles, no heading at any). */
#define DAY_WITHIN_CHARS 60

/* A headline block of MEET_LONG_BIGRAMS pairs of characters or more
 * (kicker, title and subtitle together, or one long title) meets its
 * text only in a paragraph holding at least MEET_SHARE_MIN of its words'
 * weight (seg_meets_headline): in so many pairs one that every report
 * uses turns up in any text on the page, and read as the headline's
 * words it let a long headline gathered at the page's end take another
 * text that shares one stray pair with it early (the block of 非遗里的
 * 年味 / 伞头一开口，满场都是笑 / ——临县伞头秧歌传承见闻 / byline,
 * 0.03 of its weight in the bee-keeper's feature's first paragraph,
 * took that feature and left its own text untitled). A shorter
 * headline's every pair weighs more than this share. Tried on
 * the tuning halves (fastev against round36c): share 0.02 / 0.03 /
 * 0.035 / 0.04 / 0.045 / 0.05 for every block, the best 0.04 gains
 * t1 +0.005 t2 +0.014 t5 +0.007 and loses t4 -0.009; with the share
 * asked only of long blocks, 10 / 14 / 16 / 20 pairs: 20 the only one
 * where no half loses more than 0.002. Both constants in place of one
 * measure, what a paragraph of the page holds of the headline's words
 * by chance (the sum of its pairs' idf times the share of paragraphs
 * holding each, over its total; stop 42): met above that, t1 +0.0053
 * t3 +0.0082 t2 -0.0046 t4 -0.0088, the sum flat; with the chance
 * grown with the paragraph's pairs, t3 +0.0054 t4 -0.0046 t5 -0.0023,
 * the sum -0.0012. A series kicker's words (奋进新征程 建功新时代——…,
 * over several headlines of the page) raise the chance of every
 * headline under it, and a speech's first paragraph, its date, fell
 * under it: the shared kicker is no evidence of which text a headline
 * heads, and chance counts it as if it were. */
#define MEET_SHARE_MIN 0.04
#define MEET_LONG_BIGRAMS 20
/* A note (teaser) is at most this long. */
#define TEASER_MAX 80
/* Lines of a paragraph that may stand between two headline lines and be
 * read as their block's (a title wrapped after a comma, 城乡居民养老保险，
 * / 怎么缴？怎么领？; 1 line against 2: t1 -0.0010, t2 -0.0035, t3 -0.0055,
 * t4 -0.0017, f2 -0.0017; 3 the same as 2). */
#define GATHERED_WRAP_LINES 2
/* A letter's salutation (编辑同志：) is at most this long; its signature
 * stands at most LETTER_LINES lines under it (a reader's letter runs a
 * few paragraphs, a reply as long), SIGNATURE_SHORT characters or more
 * narrower than its widest line. */
#define SALUTATION_CHARS 16
#define LETTER_LINES 40
#define SIGNATURE_SHORT 4
/* A run under TINY_RUN characters is short for a report (none of the
 * truth pages' is under 60; a meeting report's last paragraph, 会议要求…,
 * runs 61): where it shares TINY_OVERLAP (0..1) of its bigrams with the
 * run before it, more than with the run after, it is a piece of that
 * report (rejoin_tiny). 60 / 80 / 100-150 tried on seeds 1-1500: tuning
 * sum +0.007 / +0.020 / +0.019. A run under TINY_RUN with no headline
 * joins the run beside it whatever it shares (rejoin_short). */
#define TINY_RUN 80
#define TINY_OVERLAP 0.2
/* A headline's best affinity to a paragraph of a run under TINY_RUN
 * characters under which it heads no article there (W_A_TINY_UNHEAD). */
#define TINY_HEAD_AFF 0.15
/* A run under PIECE_RUN characters whose first paragraph is labelled as
 * the paragraph before it is (问： after 答：) is a piece of that text
 * (rejoin_tiny, W_A_PIECE_SHAPE); a label is at most ITEM_LABEL_CHARS
 * han characters before its colon. A run under PIECE_RUN ending on a
 * colon opens the text after it (rejoin_announce). */
#define PIECE_RUN 200
#define ITEM_LABEL_CHARS 4
/* A brief under a headline of its own (one title alone in its block,
 * no byline) runs at most BRIEF_PARAS paragraphs: after them, text
 * holding none of its headline's words up to the next block is another
 * text (brief_ends, W_A_CUT_BRIEF_END). In the tuning halves' truth 1,393
 * of 2,063 articles under such a headline run 1-3 paragraphs. 2 / 3 / 4
 * / 5 / 6 on the tuning sum (weight 2): +0.0074 / +0.0079 / +0.0089 / +0.0089 /
 * +0.0040, the confirm halves losing from 5 (f1 -0.0014, f2 -0.0014 at 5):
 * 3, the brief's 1-3 paragraphs. */
#define BRIEF_PARAS 3
/* A caption holds at most this many lines after its first. */
#define CAPTION_MAX_LINES 6
/* Two lines of a headline block within EVEN_CELLS cells of each other
 * are set one width (W_B_WRAP_EVEN: one title wrapped by width), if
 * both hold EVEN_MIN_CHARS characters (short lines match by chance) and
 * the upper stops at most EVEN_FULL_CELLS cells short of its column: a
 * width wrap fills the line it leaves, where a kicker and its title set
 * centred, one width well inside a wide column, do not (乡村振兴看新业态
 * / 果园里架起直播间, 16 cells in 64). */
#define EVEN_CELLS 2
#define EVEN_MIN_CHARS 6
#define EVEN_FULL_CELLS 6

/* ---------------------------------------------------------------- */
/* Lines.                                                           */

/* What the lexicon says a line is (segment-lexicon.c). */
enum lkind {
	L_TEXT, L_DATELINE, L_BYLINE, L_SUBTITLE, L_CREDIT, L_PHOTOCREDIT,
	L_CAPTION, L_NUMHEAD, L_SOURCE, L_SIGNOFF
};

/* The labels the line DP gives (segment-label.c). */
enum llabel { LB_START, LB_CONT, LB_HEAD, LB_OTHER };

/* Width metrics: CJK punctuation 1 or 2 cells, quotes 1 or 2 cells. */
#define NMETRIC 4

struct seg_line {
	char *text;          /* cleaned and undoubled, in the page's text
	                        blocks (seg_text) */
	size_t len;          /* bytes (set with the evidence: a stage that
	                        changes the text measures it again) */
	int nch;             /* code points */
	int w[NMETRIC];      /* width in each metric */
	int cw;              /* width in the metric its column is set in */
	int col;             /* full column width around it (cells) */
	int indent;          /* leading spaces of the raw line */
	int commas;          /* ，、 inside the line (not at its end) */
	int enums;           /* ... of them 、, between a list's items */
	uint32_t first, last;/* first and last code point */
	enum lkind kind;
	enum llabel label;
	unsigned blank_before : 1; /* a blank line stands before it */
	unsigned final : 1;  /* ends a sentence (or a mark) */
	unsigned exclaim : 1;/* ends with ？ or ！ (titles may) */
	unsigned mid : 1;    /* ends with ，、；： */
	unsigned colon : 1;  /* ends with ： */
	unsigned list : 1;   /* holds a closing bracket right before a 、
	                        (）、 or )、): an item of a list (W_H_LIST) */
	unsigned item : 1;   /* in a list run: after a short line ending
	                        with a colon (…如下：), up to the first
	                        sentence's end (mark_list_runs) */
	unsigned item_open : 1;/* ... after a line of the run that stops
	                        short of its widest: an item may open here,
	                        the one before it ending no sentence */
	unsigned inner : 1;  /* holds a sentence end before its end */
	unsigned inner_full : 1;/* ... and one of them a full stop (。): a
	                        sentence told, where ？ and ！ alone ask or
	                        call out in phrases (怎么缴？怎么领？) */
	unsigned doubled : 1;/* was doubled bold text */
	unsigned name : 1;   /* a bare person's name */
	unsigned glabel : 1; /* a genre label alone (seg_is_genre_label) */
	unsigned address : 1;/* a line of a text's frame: a speech's address or
	                        close, a letter's 此致 / 敬礼！ (seg_is_address),
	                        a notice's number (seg_is_docnum) or a
	                        speech's date (seg_is_frame_date), and the
	                        line under it that ends with a colon
	                        (王某某：, its addressee) */
	unsigned docnum : 1; /* a notice's number (seg_is_docnum) */
	unsigned dated : 1;  /* a speech's date alone in brackets
	                        (seg_is_frame_date): its text's first line,
	                        a frame line as a notice's number is */
	unsigned note : 1;   /* one bracketed phrase, text of NOTE_MIN_CHARS
	                        or more (seg_is_bracketed_note): a note */
	unsigned doctitle : 1;/* a document's title (seg_is_document_title) */
	unsigned lead : 1;   /* opens as news leads do (seg_opens_lead), or
	                        with a time (seg_opens_time_clause) or the
	                        clock's hour (凌晨5点半，) */
	unsigned qa : 1;     /* opens with a question label (seg_opens_qa) */
	unsigned clause : 1; /* opens with a clause's number: 二、, （三）, 2. */
	unsigned connective : 1;/* opens with a connective and its comma
	                        (seg_opens_connective: 据了解，, 同时，) */
	unsigned turn : 1;   /* opens a turn of an interview: qa, or an
	                        interviewee's name and colon (马秀英：) */
	unsigned repeat : 1; /* another line of the page holds the same text */
	unsigned letter : 1; /* SIGNOFF: a letter's signature, the text goes
	                        on after it (mark_letter_signoffs) */
	unsigned reply : 1;  /* SIGNOFF, letter: the signature of a reply,
	                        its salutation greeting the letter's writer
	                        (任福生同志：), not the editors: the letter's
	                        page ends with it (mark_letter_signoffs) */
	unsigned sigwrap : 1;/* SIGNOFF: the rest of a letter's signature
	                        wrapped from the line above: reads on from
	                        it (mark_letter_signoffs) */
	unsigned mark : 1;   /* ends with a continuation mark */
	unsigned perline : 1;/* one paragraph a line around here */
	unsigned gone : 1;   /* consumed by a caption */
};

/* ---------------------------------------------------------------- */
/* Items: paragraphs, blocks, captions, credits in page order.      */

enum ikind { I_PARA, I_BLOCK, I_CAPTION, I_CREDIT };

struct seg_item {
	enum ikind kind;
	char *text;          /* PARA, CAPTION (without credit), CREDIT; owned */
	char *credit;        /* CAPTION: "记者 刘亮亮 摄" or NULL; owned */
	size_t first, last;  /* line range */
	unsigned dateline : 1, mark : 1, teaser : 1, heading : 1, cut : 1;
	unsigned dropped : 1;/* a repeat */
	unsigned photo : 1;  /* CREDIT: a photo credit (X 摄) */
	unsigned source : 1; /* PARA: a source note (来源：…) */
	unsigned signoff : 1;/* PARA: a notice's issuer or date line, or a
	                        speech's close alone (谢谢大家！) */
	unsigned lead : 1;   /* PARA: opens as news leads do (seg_opens_lead) */
	unsigned closing : 1;/* PARA: closes as reports do (seg_is_closing) */
	unsigned byline : 1; /* CREDIT: a byline standing after a body */
	unsigned frame : 1;  /* PARA: a line that opens a text's frame, its
	                        number or its hearers (王某某：), alone */
	unsigned kept : 1;   /* PARA: its text is a part of its lines'
	                        (a repeat cut off: keep_part) ... */
	size_t kept_from;    /* ... from this byte of their text joined ... */
	size_t joined_len;   /* ... which was this long (seg_index takes
	                        the part's pairs from its lines') */
	int body;            /* PARA, CAPTION: the article it went to, or -1 */
	size_t para;         /* PARA: index among live paragraphs */
};

/* ---------------------------------------------------------------- */
/* Headlines.                                                       */

/* A headline's article when it heads none: unset (a note if it stays so:
 * assemble), a section heading inside its run (assign's headings), or
 * folded into the headline under it as its kicker (rejoin_kicker). */
#define SEG_UNSET (-1)
#define SEG_HEADING (-2)
#define SEG_FOLDED (-3)

struct seg_headline {
	char *title, *subtitle, *byline, *kicker;  /* owned, never NULL */
	size_t item;         /* its block's item index */
	int nth;             /* its place in that block (0, 1, ...) */
	int nblock;          /* headlines in that block */
	int banner;          /* a series banner, not an article's headline */
	int doubled;         /* its title was printed twice */
	int plain;           /* a title alone: could be a section heading */
	int numbered;        /* a numbered head: （一）, 一、 */
	int article;         /* assigned article (segment), or one of
	                        SEG_UNSET, SEG_HEADING, SEG_FOLDED */
	uint64_t *bg;        /* bigrams of title, subtitle, kicker; owned */
	size_t nbg;
	double *idf, total;  /* their idf weights and sum; owned */
	char **names;        /* byline names; owned */
	size_t nnames;
	char *speaker;       /* a title's "NAME：" (an interview's), or NULL */
	char **tl;           /* the lines the title was printed on; owned */
	int tlines;          /* how many */
	int line0, line1;    /* the block lines it was read from (first, last),
	                        counting live lines from 0 */
	int blines;          /* live lines in its block */
	/* A second reading of a headline as two, weighed by the assignment
	 * (segment-assign.c): the upper part (its kicker, or its title's
	 * first lines) and the lower part are headlines of their own, with
	 * alt_of the index of the headline they split. -1: none. A headline
	 * has up to two such pairs, cut at two junctions (keep_cut in
	 * segment-blocks.c), each pair side by side in s->h. */
	int alt_of;
	int alt_upper;       /* the upper part (else the lower) */
	double alt_cost;     /* evidence that it is one headline (a wrap) */
};

/* An article's body: a run of live paragraphs [first, last] (indices
 * into seg.paras) and its headline, or -1. */
struct seg_article {
	size_t first, last;
	int head;
};

struct seg_chars;	/* segment-bigrams.c */

/* A bigram's count and its mark side by side: seg_cohesion and seg_share
 * read both of a bigram met at random, one cache line for the two where
 * two arrays missed the first-level cache twice. */
struct seg_bgtag {
	uint32_t count;      /* in how many paragraphs it is */
	uint32_t mark;       /* the seg_cohesion call that marked it one of
	                        its side B's; tag[ndf].mark: the last call's
	                        number */
};

struct seg {
	struct seg_line *l;
	size_t nl;
	/* The lines' texts, in blocks the page owns (seg_text): one
	 * allocation for a page's lines, not one a line. */
	char **blk;
	size_t nblk;
	char *blk_at;        /* free room of the last block ... */
	size_t blk_left;     /* ... this many bytes */
	struct seg_item *it;
	size_t nit;
	size_t *paras;       /* item indices of live paragraphs, in order */
	size_t np;
	struct seg_headline *h;
	size_t nh;
	struct seg_article *a;
	size_t na;
	/* Captions found before the items are built. */
	struct seg_caption *cap;
	size_t ncap;
	/* The bigram index (segment-bigrams.c). */
	size_t *npbg;        /* per live paragraph: how many distinct bigrams
	                        it holds (pdi; their keys: dfk[pdi[p][k]]) */
	uint64_t *dfk;       /* every bigram, sorted */
	struct seg_chars *dch;/* their characters (marked as the lines are
	                        walked: a few more than the pairs hold),
	                        ranked, and where the bigrams opening with
	                        each start in dfk (to find a bigram's index:
	                        seg_chars_free) */
	struct seg_bgtag *tag;/* per bigram: in how many paragraphs it is,
	                        and a mark (seg_cohesion, seg_share) */
	double *idfw;        /* per count c (1 .. np): the idf of a bigram
	                        in c paragraphs (its weight in cohesion, and
	                        its idf: seg_idf) */
	size_t ndf;
	uint32_t **pdi;      /* per live paragraph: its bigrams as indices
	                        into dfk, ascending (pdi, pu: all in one
	                        block, from [0]) */
	uint32_t **pu;       /* per live paragraph p but the last: the bigrams
	                        of p and p + 1 together, as pdi (cohesion's
	                        windows of two, merged once) */
	size_t *npu;
	uint32_t **pdr;      /* per live paragraph: its bigrams that another
	                        paragraph holds too, as pdi (in one block
	                        from [0]); pu keeps only such bigrams */
	size_t *npdr;
	size_t *post0;       /* per bigram: where its paragraphs start in post */
	uint32_t *post;      /* paragraphs of each bigram, ascending */
	/* Page evidence. */
	int blanks_selective;/* blank lines stand only at some breaks */
	int blanks_most;     /* a blank line stands at most breaks */
	int indents;         /* the page keeps paragraph indents as spaces */
	int indent_width;    /* ... this many (the commonest), or 0 */
	int firsts_full;     /* paragraphs' first lines fill the column here,
	                        none set in by an indent's cells */
	uint64_t *pairs;     /* character pairs inside lines: a seg_keyset */
	size_t npairs;       /* ... its mask */
	uint32_t *pairs32;   /* those of two characters below U+10000, as
	                        32-bit keys (pairs: the others) */
	size_t npairs32;     /* ... its mask */
	uint64_t *lasts;     /* bits: the Han characters below U+10000 that
	                        end a line; pairs opening with another are
	                        not in pairs (seg_reads_on asks for none) */
	/* Every line's Han pairs (seg_read_lines), for the index to take a
	 * paragraph of whole lines' pairs from (seg_index frees them). */
	uint64_t *lpairs;
	struct seg_line_pairs *lp;
};

/* A line's Han pairs as it was read (line_walk): lpairs[off, off + n),
 * and the line then, its text, bytes and characters (a line changed
 * since is told by its text or count). */
struct seg_line_pairs {
	size_t off, n, len;
	const char *text;
	int nch;
};

struct seg_caption {
	char *text;          /* owned, without the credit */
	char *credit;        /* owned or NULL */
	size_t at;           /* index of the line it stands before */
	size_t from;         /* its first line: captions standing before
	                        the same line keep the page's order */
};

/* ---------------------------------------------------------------- */
/* Stages.                                                          */

/* segment-lexicon.c: predicates on one cleaned line. */
int seg_starts(const char *s, const char *prefix);
int seg_ends(const char *s, const char *suffix);
int seg_ends_n(const char *s, size_t n, const char *suffix);
/* Where the honorific that closes a salutation to a person (同志：,
 * 女士：, 先生：) starts in t[0..n): the bytes of the name before it,
 * or (size_t)-1 where t[0..n) ends with none. */
size_t seg_honorific_at(const char *t, size_t n);
/* Marks of either width (wide is a full-width mark, ，！？…, also
 * taken in its ASCII form: a text set with ASCII punctuation): its
 * length at p (or 0), its first place in s (or NULL), whether s ends
 * with it. */
size_t seg_mark_at(const char *p, const char *wide);
const char *seg_find_mark(const char *s, const char *wide);
int seg_ends_mark(const char *s, const char *wide);
int seg_is_name(const char *s);
int seg_is_byline(const char *s);
int seg_is_photo_credit(const char *s);
int seg_is_edit_credit(const char *s);
/* The text credit line s gives the byline: the reporters' without its
 * brackets, the desk editor's (（责任编辑 X）) with them; caller frees. */
char *seg_credit_text(const char *s);
/* The text of photo-credit line s (seg_classify's L_PHOTOCREDIT) without
 * its brackets, if it has them; caller frees. */
char *seg_photo_credit_text(const char *s);
int seg_is_dateline(const char *s);
/* Whether s opens with a continuation mark (（上接1版）) and no dateline
 * after it: it opens an article but names no reporter. */
int seg_opens_upmark_only(const char *s);
/* s past a leading continuation mark (（上接1版）…), or s. */
const char *seg_past_up_mark(const char *s);
/* Whether a paragraph opens as a news report's lead does: with the day
 * (10月15日，/ 15日上午，) or the words of one (近日，日前，记者从). */
int seg_opens_lead(const char *s);
/* Whether the first sentence of paragraph s, within DAY_WITHIN_CHARS
 * characters, names a day (5月3日, 11月下旬, 近日, 日前): a news lead
 * dates its event there, wherever the day stands in it. */
int seg_names_day(const char *s);
/* The day a paragraph opens on without its month (13日一早，), or -1;
 * whether a text names that day's number (13日, 12月13日). */
int seg_bare_day(const char *s);
int seg_names_day_number(const char *t, int day);
int seg_is_closing(const char *s);
/* Whether a paragraph opening as a news lead (seg_opens_lead) reports an
 * event in its first sentence: 11月8日，…论坛在孝义市举行。 */
int seg_lead_reports_event(const char *s);
/* What a dateline's first parentheses hold (its reporters: 本报讯（记者
 * 张瑞）), if they open near its start; NULL if none. Caller frees. */
char *seg_dateline_names(const char *text);
/* Whether s opens with an interview's label for the asking side (记者：,
 * 问：, 主持人：). */
int seg_opens_qa(const char *s);
/* Whether s opens as one of a series of commentaries' labels (一论…,
 * 二论…): a numeral, 论, its topic. */
int seg_is_series_label(const char *s);
/* Whether byline s names one of the paper's staff by a role word (本报记者,
 * 通讯员, 评论员, 山西日报记者): a report's or a commentary's, not an
 * official's (a post) or a writer's bare name. */
int seg_byline_staff(const char *s);
/* Whether title t carries a column's label: a name in brackets opening it
 * (【一语】…), or closing it named after its genre (…（三晋时评）). */
int seg_title_column(const char *t);
/* Whether s is a genre or column label alone (专访, 快评, 简讯). */
int seg_is_genre_label(const char *s);
int seg_is_address(const char *s);   /* 同志们：, 谢谢大家！ */
int seg_is_salute(const char *s);    /* 此致, 敬礼！: a letter's close */
int seg_is_docnum(const char *s);    /* （2024）晋11民初××号 */
int seg_is_frame_date(const char *s); /* （2026年11月27日） */
int seg_is_numhead(const char *s);
/* The form a section heading is set in: SEG_FORM_NUM (（一）, 一、, 1.,
 * ①), SEG_FORM_BRACKET (【…】 whole), SEG_FORM_MARK (●…, ■…),
 * SEG_FORM_CLOCK (20:15 …), or 0 (plain). SEG_FORM_LAST the last. */
enum { SEG_FORM_NUM = 1, SEG_FORM_BRACKET, SEG_FORM_MARK, SEG_FORM_CLOCK,
    SEG_FORM_LAST = SEG_FORM_CLOCK };
int seg_heading_form(const char *s);
int seg_is_caption_start(const char *s);
int seg_is_source(const char *s);
int seg_is_signoff_date(const char *s);
int seg_is_cut_field(const char *a, const char *b);
int seg_is_genre_subtitle(const char *s);
/* Whether s names a feature's genre by its last words (…纪实, …见闻,
 * …调查, …答记者问, a long …的故事): seg_is_genre_subtitle's endings. */
int seg_ends_genre(const char *s);
int seg_binds_on(uint32_t c);
int seg_is_box_title(const char *s);
int seg_is_pull_quote(const char *s);
int seg_is_bracketed_note(const char *s);
int seg_is_document_title(const char *s);
int seg_is_series_subtitle(const char *s);
int seg_opens_time_clause(const char *s);
int seg_opens_scene(const char *s);
int seg_opens_effective_date(const char *s);
/* Whether byline text s says its writer took the pictures too (文/图,
 * 图/文): that article's captions may go without credit. */
int seg_byline_takes_pictures(const char *s);

/* Whether s opens with a connective or a framing phrase and its comma
 * (据了解，, 截至目前，, 同时，, 如今，): a paragraph's opening, never a
 * headline's. */
int seg_opens_connective(const char *s);
/* ... the words alone (据了解，, 此外，, 同时，), not a span of time up
 * to now (今年以来，), which opens reports too. */
int seg_opens_connective_word(const char *s);
int seg_opens_editor_note(const char *s);
/* The length in bytes of the interviewee's name opening an answer
 * (马秀英：…), or 0. */
size_t seg_speaker_len(const char *s);
/* Whether paragraph item it opens as a photo's lead-in may: a news lead,
 * a scene's time clause, or the season's when set first (时下正值…，). */
int seg_opens_leadin(const struct seg_item *it);
enum lkind seg_classify(const char *s);
/* The same for a line whose length n, first character and whether it
 * holds ， or 。 (marks) are known. */
enum lkind seg_classify_as(const char *s, size_t n, uint32_t first,
    int marks);
/* What the words of line l say (its kind, name, lead, qa, glabel,
 * docnum, address, doctitle), from what line_walk found: its text,
 * length, first and last characters, counts, whether it holds ， or 。
 * (marks), and how many characters stand before its first ， (comma_at,
 * -1 for none) and its first ： (colon_at, -1 for none). */
void seg_line_words(struct seg_line *l, int marks, int comma_at,
    int colon_at);
/* Split a trailing credit (记者 刘亮亮 摄, （…摄）) off s: returns it
 * (caller frees) and truncates s, or NULL. */
char *seg_split_credit(char *s);
/* Byte offset just past the first sentence end of s, or 0. */
size_t seg_first_sentence_end(const char *s);
/* The same of s[0..n), n its length (a walk a sentence at a time). */
size_t seg_sentence_end(const char *s, size_t n);
/* Names in a byline or a credit (roles dropped); caller frees each and
 * the array. */
char **seg_names(const char *s, size_t *n);
/* The NAME of a "NAME：…" title, a person's (seg_is_name), or NULL
 * (caller frees). */
char *seg_title_name(const char *t);
/* A byline without its □ (caller frees). */
char *seg_strip_byline(const char *s);
/* A title derived from an untitled article's lead (caller frees). */
char *seg_derive_title(const char *text);

/* segment-lines.c */
void seg_read_lines(struct seg *s, const char *text);
/* The same for text of len bytes, its newlines counted as its lines are
 * read: once more than max are met it stops and returns 0 (the caller
 * cuts the text in parts), else 1. */
int seg_read_lines_n(struct seg *s, const char *text, size_t len,
    size_t max);
void seg_line_features(struct seg_line *l);
/* Whether the characters at the cut between a and b occur together
 * inside a line of the page (the text reads on across the cut). */
int seg_reads_on(const struct seg *s, const struct seg_line *a,
    const struct seg_line *b);
size_t seg_next_line(const struct seg *s, size_t i);
/* Whether line l ends on a pause inside a sentence (， 、 ,): no title
 * stops there. */
int seg_ends_on_pause(const struct seg_line *l);
/* Whether c is a mark no line opens with (禁则): a closing mark (”, ）),
 * a pause (，、；：) or a stop (。？！…). No paragraph opens with one
 * either (W_S_CLOSING; seg_build_items keeps a paragraph open over a
 * caption set before such a line). */
int seg_no_line_opens(uint32_t c);
/* Whether line l starts inside a sentence: with closing punctuation, or
 * one character before a comma or a closing mark (待，群防群控 and
 * 擎”。: the rest of a word), or on 的 (not 的确). */
int seg_starts_inside(const struct seg_line *l);
size_t seg_prev_line(const struct seg *s, size_t i);  /* (size_t)-1 */
/* Whether l is a letter's salutation alone on its line: to the editor
 * (编辑同志：, 敬爱的吕梁日报编辑：), opening a reader's letter, or to
 * its writer (高建平同志：, 田晓芳女士：), opening the reply. */
int seg_salutation(const struct seg_line *l);

/* segment-columns.c */
void seg_columns(struct seg *s);
/* A paragraph set narrower than the model's column gets its own measure
 * (after the captions are found: they cut paragraphs). */
void seg_local_columns(struct seg *s);
/* Sort v[0..n) ascending (n small: by insertion). */
void seg_sort_ints(int *v, int n);

/* segment-captions.c */
void seg_find_captions(struct seg *s);

/* segment-label.c */
void seg_label_lines(struct seg *s);
void seg_join_gathered_titles(struct seg *s);

/* segment-items.c */
void seg_build_items(struct seg *s);
void seg_drop_repeats(struct seg *s);
struct seg_item *seg_add_item(struct seg *s, enum ikind kind);
/* The live paragraph index of the first paragraph at or after item i,
 * or np. */
size_t seg_para_after(const struct seg *s, size_t i);
void seg_list_paras(struct seg *s);

/* segment-bigrams.c */
uint64_t *seg_bigrams(const char *text, size_t *n);
/* The Han character pairs of s in order, written to out (room for one
 * a character of s); returns how many. */
size_t seg_han_pairs(const char *s, uint64_t *out);
/* A set of the bigram keys v[0..n) (none 0) to look up with
 * seg_keyset_has: an open-addressing table of *mask + 1 slots, at most
 * three quarters full; the caller frees it. */
uint64_t *seg_keyset(const uint64_t *v, size_t n, size_t *mask);
/* An empty set for up to n keys, and a key (not 0) added to one. */
uint64_t *seg_keyset_new(size_t n, size_t *mask);
void seg_keyset_add(uint64_t *t, size_t mask, uint64_t x);
int seg_keyset_has(const uint64_t *t, size_t mask, uint64_t x);
int seg_has_bigram(const uint64_t *v, size_t n, uint64_t x);
void seg_index(struct seg *s);
/* The page's Han characters, marked as its lines are read (seg_index
 * ranks them): those in [SEG_HAN_BASE, SEG_HAN_BASE + SEG_HAN_SPAN) a bit
 * each in seg_chars_bits, any Han character by seg_chars_mark. */
#define SEG_HAN_BASE 0x2E80u
#define SEG_HAN_SPAN (0xFB00u - SEG_HAN_BASE)
struct seg_chars *seg_chars_new(void);
uint64_t *seg_chars_bits(struct seg_chars *c);
/* How many characters beyond U+FAFF (Han of U+20000-3FFFF) are marked. */
size_t seg_chars_far(const struct seg_chars *c);
void seg_chars_mark(struct seg_chars *c, uint32_t cp);
void seg_chars_free(struct seg_chars *c);
double seg_idf(const struct seg *s, uint64_t x);
/* The share of headline h's rare bigrams (by idf) that each live
 * paragraph holds, 0..1, into out[0..np): added up from the postings,
 * so in time of the paragraphs that hold its words. */
void seg_affinities(const struct seg *s, const struct seg_headline *h,
    double *out);
/* The best share of text's rare bigrams that one live paragraph of
 * [p0, p1] holds (seg_affinities' measure), 0 if the range is empty. */
double seg_text_fit(const struct seg *s, const char *text, size_t p0,
    size_t p1);
/* Whether live paragraph p names h's speaker (2), one of its byline's
 * names (1), or neither (0). */
int seg_names_in(const struct seg *s, const struct seg_headline *h,
    size_t p);
/* seg_names_in for every live paragraph, into out[0..np). */
void seg_names_all(const struct seg *s, const struct seg_headline *h,
    char *out);
/* Rare words shared by paragraphs [a0,a1] and [b0,b1] (two windows that
 * do not overlap), 0..1. */
double seg_cohesion(const struct seg *s, size_t a0, size_t a1, size_t b0,
    size_t b1);
/* seg_cohesion's measure over wide windows, by marking (the last bits
 * may differ). */
double seg_share(const struct seg *s, size_t a0, size_t a1, size_t b0,
    size_t b1);
/* Whether seg_share(s, a0, a1, b0, b1) < below (below > 0), the walk
 * of A stopped where the bigrams left cannot bring it below. */
int seg_share_below(const struct seg *s, size_t a0, size_t a1, size_t b0,
    size_t b1, double below);
/* seg_share_below for windows that move on along the page (each side
 * kept from one call to the next, a paragraph added or taken away as it
 * enters or leaves: seg_windows_new, seg_windows_free). */
struct seg_windows;
struct seg_windows *seg_windows_new(const struct seg *s);
void seg_windows_free(struct seg_windows *w);
int seg_windows_share_below(struct seg_windows *w, const struct seg *s,
    size_t a0, size_t a1, size_t b0, size_t b1, double below);
void seg_headline_terms(struct seg *s, struct seg_headline *h);

/* segment-blocks.c */
void seg_parse_blocks(struct seg *s);
struct seg_headline *seg_new_headline(struct seg *s, size_t item);
/* Free what one headline owns (not h itself). */
void seg_headline_free(struct seg_headline *h);

/* segment.c: free every headline and empty s->h. */
void seg_free_headlines(struct seg *s);

/* segment-assign.c */
/* Whether the interviewee answering last before live paragraph p and the
 * one answering first from p are two, neither answering on the other
 * side (segment-assign.c). */
int seg_speakers_change(const struct seg *s, size_t p);
/* Whether live paragraphs [a0, a1] hold an answer by the interviewee
 * whose name and colon open t (len bytes, seg_speaker_len; 0: none). */
/* Whether paragraph text t opens pointing back at what the text before
 * it told (这座产业园…, 这些…, 该村…), not with a time (这几年，). */
int seg_opens_back_reference(const char *t);
/* Whether paragraph text t opens with who speaks (上官怀瑾说，…), named
 * in the paragraph before it, prev: it reads on from prev. */
int seg_opens_with_named(const char *prev, const char *t);
int seg_speaks_in(const struct seg *s, const char *t, size_t len, size_t a0,
    size_t a1);
/* Whether a paragraph holding share aff of the words' weight of a
 * headline of nbg pairs of characters meets its words (MEET_SHARE_MIN). */
int seg_meets_headline(double aff, size_t nbg);
void seg_assign(struct seg *s);
/* Headlines settled with their articles known (segment-blocks.c): a
 * plain title right above a headline in its block that heads nothing
 * joins it as kicker; a kicker at least as long as its title, which the
 * article's lead repeats and the title hardly, is the title, and the
 * title its subtitle. */
void seg_settle_kickers(struct seg *s);
/* A title read as wrapped whose first line an untitled article's lead
 * repeats, and its own article's hardly: two titles, split (the first
 * line heads the untitled article). */
void seg_split_titles(struct seg *s);

/* segment-assemble.c */
void seg_assemble(struct seg *s, struct page *out);

/* segment.c */
void seg_append(char **field, const char *s, const char *sep);
/* How many newlines s[0..n) holds. */
size_t seg_newlines(const char *s, size_t n);
/* A copy of p[0..n) and a NUL in the page's text blocks (s owns it:
 * never freed alone); the first block is room for at least hint bytes. */
char *seg_text(struct seg *s, const char *p, size_t n, size_t hint);
void seg_free(struct seg *s);

#endif
