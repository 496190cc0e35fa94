/*
 * article: the clean article model shared by the importer, the store and
 * the renderers.
 */
#include <stdlib.h>
#include <string.h>

#include "lreader/article.h"
#include "lreader/util.h"

struct article *
article_new(void)
{
	struct article *a = xcalloc(1, sizeof *a);

	a->kind = KIND_ARTICLE;
	a->title = xstrdup("");
	a->kicker = xstrdup("");
	a->subtitle = xstrdup("");
	a->byline = xstrdup("");
	return a;
}

void
article_free(struct article *a)
{
	size_t i;

	if (a == NULL)
		return;
	free(a->title);
	free(a->kicker);
	free(a->subtitle);
	free(a->byline);
	for (i = 0; i < a->npara; i++)
		free(a->paras[i].text);
	free(a->paras);
	free(a);
}

void
article_add_para(struct article *a, enum para_kind kind, char *text)
{
	a->paras = xreallocarray(a->paras, a->npara + 1, sizeof *a->paras);
	a->paras[a->npara].kind = kind;
	a->paras[a->npara].text = text;
	a->npara++;
}

void
article_set(char **field, char *value)
{
	free(*field);
	*field = value;
}

static const char *const kind_names[] = { "article", "photo", "note" };
static const char *const para_names[] = { "text", "heading", "caption" };

const char *
article_kind_name(enum article_kind k)
{
	return kind_names[k];
}

int
article_kind_parse(const char *s, enum article_kind *k)
{
	int i;

	for (i = 0; i < 3; i++)
		if (strcmp(s, kind_names[i]) == 0) {
			*k = (enum article_kind)i;
			return 0;
		}
	return -1;
}

const char *
para_kind_name(enum para_kind k)
{
	return para_names[k];
}

int
para_kind_parse(const char *s, enum para_kind *k)
{
	int i;

	for (i = 0; i < 3; i++)
		if (strcmp(s, para_names[i]) == 0) {
			*k = (enum para_kind)i;
			return 0;
		}
	return -1;
}

void
page_add(struct page *p, struct article *a)
{
	p->articles = xreallocarray(p->articles, p->n + 1, sizeof *p->articles);
	p->articles[p->n++] = a;
}

void
page_free(struct page *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		article_free(p->articles[i]);
	free(p->articles);
	p->articles = NULL;
	p->n = 0;
}
