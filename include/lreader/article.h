/*
 * article: the clean article as the importer builds it and the store
 * keeps it (SPEC "Import: what a clean article is").
 */
#ifndef LREADER_ARTICLE_H
#define LREADER_ARTICLE_H

#include <stddef.h>
#include <stdint.h>

enum article_kind { KIND_ARTICLE, KIND_PHOTO, KIND_NOTE };
enum para_kind { PARA_TEXT, PARA_HEADING, PARA_CAPTION };

struct paragraph {
	enum para_kind kind;
	char *text;  /* owned, UTF-8, no newline */
};

struct article {
	int64_t id;  /* store id; 0 until stored */
	enum article_kind kind;
	char *title;    /* owned; never NULL once built ("" allowed before) */
	char *kicker;   /* owned; "" when absent, never NULL */
	char *subtitle; /* owned; "" when absent */
	char *byline;   /* owned; "" when absent */
	struct paragraph *paras; /* owned array */
	size_t npara;
};

/* A new empty article (all strings ""); free with article_free. */
struct article *article_new(void);
void article_free(struct article *a);
/* Append a paragraph; takes ownership of text. */
void article_add_para(struct article *a, enum para_kind kind, char *text);
/* Replace one of the string fields, freeing the old value; takes ownership. */
void article_set(char **field, char *value);

const char *article_kind_name(enum article_kind k);   /* "article", ... */
int article_kind_parse(const char *s, enum article_kind *k);
const char *para_kind_name(enum para_kind k);         /* "text", ... */
int para_kind_parse(const char *s, enum para_kind *k);

/* A page's articles in page order. */
struct page {
	struct article **articles; /* owned */
	size_t n;
};
void page_free(struct page *p);  /* frees the articles and the array, not p */
void page_add(struct page *p, struct article *a);

#endif
