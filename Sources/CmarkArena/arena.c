#include "CmarkArena.h"
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Each block is 16-byte aligned and preceded by its size, which realloc needs. The block handed out last (the one
 * that ends where the next would start) grows in place, as cmark's growing buffers mostly do. A request larger than
 * what is left takes a fresh chunk, each twice the one before within a parse (of its own size when larger);
 * emptying gives back every chunk but the first, which the thread keeps for its next parse. Large chunks are mapped
 * from the system and unmapped when emptied, so a huge note's memory goes back at once rather than waiting in the
 * allocator of a process that lives on (the language server). cmark cannot go on without memory it asks for (its
 * own allocator aborts too), so neither does this. */

typedef struct chunk {
  struct chunk *next;
  size_t size;
} chunk;

typedef struct {
  chunk *first; /* kept across parses */
  chunk *extra; /* given back when emptied */
  unsigned char *cursor, *end;
  size_t next_size; /* the next extra chunk's size: it doubles within a parse */
  /* While a parse is watched (kizuna_parse_within): the bytes handed out, the most it may take, and where to go
   * back to when it would take more. */
  size_t used, cap;
  int watched;
  jmp_buf over;
} arena;

static __thread arena current;

enum { CHUNK_BYTES = 1 << 20, MAPPED_BYTES = 4 << 20, LARGEST_STEP = 64 << 20, HEADER = 16 };

static size_t rounded(size_t bytes) { return (bytes + 15) & ~(size_t)15; }

static void use(chunk *c) {
  current.cursor = (unsigned char *)c + HEADER;
  current.end = (unsigned char *)c + c->size;
}

static chunk *new_chunk(size_t size) {
  chunk *c;
  if (size >= MAPPED_BYTES) {
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) abort();
    c = (chunk *)p;
  } else {
    c = (chunk *)malloc(size);
    if (!c) abort();
  }
  c->size = size;
  c->next = NULL;
  return c;
}

/* Room for `need` bytes, in the first chunk when the thread has none yet, else in a fresh one. Kept apart so that
 * the common case below needs no registers saved. */
static __attribute__((noinline)) void make_room(size_t need) {
  arena *a = &current;
  if (!a->first) {
    a->first = new_chunk(CHUNK_BYTES);
    use(a->first);
    if ((size_t)(a->end - a->cursor) >= need) return;
  }
  if (a->next_size < CHUNK_BYTES) a->next_size = CHUNK_BYTES;
  size_t size = need + HEADER > a->next_size ? need + HEADER : a->next_size;
  if (a->next_size < LARGEST_STEP) a->next_size *= 2;
  chunk *c = new_chunk(size);
  c->next = a->extra;
  a->extra = c;
  use(c);
}

/* Counts `more` bytes against a watched parse; past its cap, the parse is left (kizuna_parse_within). */
static void count(arena *a, size_t more) {
  if (!a->watched) return;
  a->used += more;
  if (a->used > a->cap) {
    a->watched = 0;
    longjmp(a->over, 1);
  }
}

/* A block of `bytes`, preceded by its size; the block that ends at the cursor is the one handed out last. */
static void *arena_alloc(size_t bytes) {
  size_t need = HEADER + rounded(bytes);
  if (need < bytes) abort();
  arena *a = &current;
  count(a, need);
  if (__builtin_expect((size_t)(a->end - a->cursor) < need, 0)) make_room(need);
  unsigned char *p = a->cursor + HEADER;
  ((size_t *)p)[-1] = bytes;
  a->cursor += need;
  return p;
}

static void *arena_calloc(size_t count, size_t size) {
  size_t bytes = count * size;
  if (size != 0 && bytes / size != count) abort();
  void *p = arena_alloc(bytes);
  memset(p, 0, bytes);
  return p;
}

static void *arena_realloc(void *old, size_t bytes) {
  if (!old) return arena_alloc(bytes);
  arena *a = &current;
  unsigned char *p = (unsigned char *)old;
  size_t had = ((size_t *)p)[-1];
  size_t need = rounded(bytes);
  /* The last block grows (or shrinks) in place while its chunk has room. */
  if (p + rounded(had) == a->cursor && need >= bytes && (size_t)(a->end - p) >= need) {
    if (need > rounded(had)) count(a, need - rounded(had));
    ((size_t *)p)[-1] = bytes;
    a->cursor = p + need;
    return p;
  }
  if (bytes <= had) {
    ((size_t *)p)[-1] = bytes;
    return p;
  }
  void *q = arena_alloc(bytes);
  memcpy(q, p, had);
  return q;
}

static void arena_free(void *p) { (void)p; }

static cmark_mem memory = {arena_calloc, arena_realloc, arena_free};

cmark_mem *kizuna_arena_mem(void) { return &memory; }

void kizuna_arena_reset(void) {
  arena *a = &current;
  while (a->extra) {
    chunk *next = a->extra->next;
    if (a->extra->size >= MAPPED_BYTES)
      munmap(a->extra, a->extra->size);
    else
      free(a->extra);
    a->extra = next;
  }
  a->next_size = CHUNK_BYTES;
  if (a->first) use(a->first);
}

cmark_node *kizuna_parse_within(const char *text, size_t length, int options, size_t cap) {
  arena *a = &current;
  a->used = 0;
  a->cap = cap;
  /* Leaving cmark's frames by longjmp leaks nothing: all it allocated is in the arena, emptied by the caller. */
  if (setjmp(a->over)) return NULL;
  a->watched = 1;
  cmark_parser *parser = cmark_parser_new_with_mem(options, &memory);
  if (length > 0) cmark_parser_feed(parser, text, length);
  cmark_node *document = cmark_parser_finish(parser);
  cmark_parser_free(parser);
  a->watched = 0;
  return document;
}
