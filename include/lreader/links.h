/*
 * links: the newspaper's own links between articles (SPEC "Links between
 * articles"): the continuation and cross-reference marks an article
 * carries (（下转4版）, ——见2版——, （上接1版）, （相关报道见第三版）), and
 * the terms that tell which articles share a subject (rare CJK bigrams
 * and Latin/digit tokens). Text only: the store keeps what is found here
 * and resolves it against the library.
 */
#ifndef LREADER_LINKS_H
#define LREADER_LINKS_H

#include <stddef.h>
#include <stdint.h>
#include "lreader/article.h"

enum link_kind {
	LINK_CONTINUES,  /* 下转N版, 转N版: the article goes on on page N */
	LINK_CONTINUED,  /* 上接N版, 接N版: the rest of an article on page N */
	LINK_SEE         /* 见N版, 详见N版, 相关报道见第N版: a report on page N */
};

/* One mark: where it is and what it says. */
struct link_mark {
	enum link_kind kind;
	int page;        /* the page it names, 1 or more */
	size_t para;     /* index into the article's paragraphs */
	size_t off, len; /* bytes of that paragraph's text: the whole mark,
	                    its brackets or dashes included */
};

/* "下转", "上接" or "见": the kind's name as printed. */
const char *links_kind_name(enum link_kind k);

/*
 * The marks in a's paragraphs, in reading order. A mark is a phrase
 * (下转/转/上接/接/见, a few words before 见, an optional 第, a page
 * number in Arabic, full-width or Chinese numerals, 版) inside brackets
 * （）()【】 or dashes ——…——, or bare at the very start or end of a
 * paragraph; spaces inside are allowed (a line cut inside the mark
 * leaves one). Returns the count; *out (the caller frees; NULL when
 * none) holds them.
 */
size_t links_find(const struct article *a, struct link_mark **out);

/*
 * The words a cross-reference points with: the sentence of paragraph
 * `para` that the mark at byte `off` closes (its stop left out), trimmed;
 * when there is none, the article's title. The caller frees it.
 */
char *links_teaser(const struct article *a, size_t para, size_t off);

/* A term: a CJK bigram (two code points, < 2^42) or a Latin/digit token
 * (a hash with bit 62 set); 0 is never a term. */
struct link_term {
	uint64_t term;
	uint32_t tf;     /* occurrences (a title's count LINKS_TITLE_TF each) */
};

/*
 * The distinct terms of a's title, kicker, subtitle and paragraphs (not
 * the byline: a reporter is no subject), folded as search folds, sorted
 * by term. Returns the count; *out (the caller frees; NULL when none).
 */
size_t links_terms(const struct article *a, struct link_term **out);
/*
 * The same from an article's index title and body as the store's
 * tokenizer stream has them, folded already (store-int.h: tok_stream):
 * the title one piece, the body its kicker, subtitle, byline and
 * paragraphs, a piece each ("\n" between them; a field's own newlines
 * are spaces, which the fold drops as it drops newlines), piece
 * LINKS_STREAM_BYLINE the byline. What links_terms gives, without
 * folding the text a second time.
 */
#define LINKS_STREAM_BYLINE 2
size_t links_stream_terms(const char *title, size_t ntitle,
    const char *body, size_t nbody, struct link_term **out);
/* The same for one text, each occurrence counting 1. */
size_t links_text_terms(const char *text, struct link_term **out);

/*
 * An article's signature: the indexes into t[0..n) of at most k terms
 * with the highest weight (1 + ln tf) * ln((ndocs + 1) / df[i]) (df[i]
 * the number of articles holding t[i], itself included), heaviest first
 * (equal weights: lower term first), written to idx. Returns the count.
 */
size_t links_signature(const struct link_term *t, size_t n,
    const int64_t *df, int64_t ndocs, size_t k, size_t *idx);
/* The same with lndf[i] = links_ln_df(df[i]) given: a caller signing
 * many articles computes each term's logarithm once, not once an
 * article (the same weights to the bit). */
size_t links_signature_ln(const struct link_term *t, size_t n,
    const double *lndf, int64_t ndocs, size_t k, size_t *idx);
/* ln df as links_signature weighs it (df below 1 counts as 1). */
double links_ln_df(int64_t df);

/*
 * How far a headline and a text match: the distinct terms they share
 * over the distinct terms of the one with fewer (0 .. 1: 1 when one's
 * terms all lie in the other); 0 when either has none. *shared, when
 * not NULL, is the number shared.
 */
double links_title_match(const char *a, const char *b, size_t *shared);

#endif
