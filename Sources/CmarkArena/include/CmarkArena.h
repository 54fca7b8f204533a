#ifndef KIZUNA_CMARK_ARENA_H
#define KIZUNA_CMARK_ARENA_H
#include <cmark.h>

/* The memory cmark parses in: a bump allocator for each thread, whose blocks are never freed one by one and which
 * is emptied whole after each parse. cmark's allocator functions take no context, so each finds its thread's arena
 * in thread-local storage, which Swift cannot declare: that is why these few lines are C (arena.c). */

/* The allocator to give cmark_parser_new_with_mem on this thread. */
cmark_mem *kizuna_arena_mem(void);

/* Parses `length` bytes (`text` may be NULL when there are none) in this thread's arena; NULL when cmark would take
 * more than `cap` bytes of it (what it took is given back by the next reset, as a finished parse's is). */
cmark_node *kizuna_parse_within(const char *text, size_t length, int options, size_t cap);

/* Empties this thread's arena: every block handed out since the last reset is gone. */
void kizuna_arena_reset(void);

#endif
