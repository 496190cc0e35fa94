/*
 * fuzz-deflate: store-deflate.c, our own DEFLATE encoder (work item 11),
 * against zlib's inflate. The input is a dictionary (a page text) and a
 * body (an article's paragraphs): bytes 0..2, little-endian, modulo the
 * bytes left after byte 3, are the dictionary's length; byte 3 makes
 * the body longer than an input the fuzzer would try (the 16-bit table
 * slots wrap past 64 KB): its low 3 bits repeat the body 2^k times, bit
 * 3 changes one byte in each copy (so copies are not all alike). Then
 * zf_pack of the body, zf_pack of the dictionary (indexing it),
 * zf_pack_dict of the body against that index and against zf_dict_new's,
 * each inflated by zlib with its checks (Adler-32, the dictionary's id)
 * and compared with its text byte for byte: any difference, or an
 * inflate error, is a finding (abort). The store checks every stream so
 * (store-put.c: zpack) and falls back on zlib's deflate; a finding here
 * is a text that would have cost speed, and a bug to fix.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "lreader/util.h"
#include "../src/store-int.h"

/* The body at most, after its repeats. */
#define FUZZ_MAX (1024 * 1024)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* z[0..zn) (zpack's format) inflated by zlib, with dict[0..dn) (at most
 * ZDICT_MAX of it, as the store gives it) when dict is not NULL, is
 * t[0..n), or abort. */
static void
check(const unsigned char *z, size_t zn, const unsigned char *t, size_t n,
    const unsigned char *dict, size_t dn)
{
	unsigned char *o = xmalloc(n + 1);
	z_stream zs;
	int rc;

	if (zn < ZHEAD || ((size_t)z[0] << 24 | (size_t)z[1] << 16 |
	    (size_t)z[2] << 8 | z[3]) != n)
		abort();
	memset(&zs, 0, sizeof zs);
	if (inflateInit(&zs) != Z_OK)
		abort();
	zs.next_in = (Bytef *)(uintptr_t)(z + ZHEAD);
	zs.avail_in = (uInt)(zn - ZHEAD);
	zs.next_out = o;
	zs.avail_out = (uInt)(n + 1);
	rc = inflate(&zs, Z_FINISH);
	if (rc == Z_NEED_DICT) {
		if (dict == NULL || inflateSetDictionary(&zs, dict,
		    (uInt)(dn < ZDICT_MAX ? dn : ZDICT_MAX)) != Z_OK)
			abort();
		rc = inflate(&zs, Z_FINISH);
	} else if (dict != NULL)
		abort();   /* a dictionary's stream without FDICT */
	if (rc != Z_STREAM_END || zs.avail_in != 0 || zs.total_out != n ||
	    memcmp(o, t, n) != 0)
		abort();
	inflateEnd(&zs);
	free(o);
}

static uint32_t
sum(const unsigned char *t, size_t n)
{
	return (uint32_t)adler32(1L, t, (uInt)n);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const unsigned char *dict = data + (size < 4 ? size : 4), *in;
	unsigned char *body = NULL, *z;
	struct zf_dict *d = NULL, *d2;
	size_t left = size < 4 ? 0 : size - 4, dn = 0, n, bn, k, reps = 1;
	size_t zn, from;

	if (size >= 4) {
		dn = ((size_t)data[0] | (size_t)data[1] << 8 |
		    (size_t)data[2] << 16) % (left + 1);
		reps = (size_t)1 << (data[3] & 7);
	}
	in = dict + dn;
	bn = left - dn;
	if (bn * reps > FUZZ_MAX)
		reps = 1;
	n = bn * reps;
	/* (a copy even of one: the encoder reads no byte past n) */
	body = xmalloc(n + 1);
	for (k = 0; k < reps; k++) {
		memcpy(body + k * bn, in, bn);
		if (size >= 4 && (data[3] & 8) && bn > 0)
			body[k * bn + k % bn] ^= (unsigned char)(k + 1);
	}
	z = zf_pack((const char *)body, n, sum(body, n), &zn, NULL);
	check(z, zn, body, n, NULL, 0);
	free(z);
	/* The dictionary as a page text, indexed while compressed. */
	z = zf_pack((const char *)dict, dn, sum(dict, dn), &zn, &d);
	check(z, zn, dict, dn, NULL, 0);
	free(z);
	z = zf_pack_dict(d, (const char *)body, n, sum(body, n), &zn, &from);
	check(z, zn, body, n, dict, dn);
	/* (the first byte it copies from lies in the dictionary zlib is
	 * given; test-store checks that it inflates from there alone) */
	if (from > (dn < ZDICT_MAX ? dn : ZDICT_MAX))
		abort();
	free(z);
	zf_dict_free(d);
	/* Indexed alone (the writer's path). */
	d2 = zf_dict_new((const char *)dict, dn);
	z = zf_pack_dict(d2, (const char *)body, n, sum(body, n), &zn, NULL);
	check(z, zn, body, n, dict, dn);
	free(z);
	zf_dict_free(d2);
	free(body);
	return 0;
}
