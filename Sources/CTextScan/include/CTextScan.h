#ifndef KIZUNA_TEXT_SCAN_H
#define KIZUNA_TEXT_SCAN_H

#include <stddef.h>
#include <stdint.h>

/* What kizuna_scan_text saw, as bits. */
enum {
  KIZUNA_TEXT_INVALID = 1,   /* the bytes are not UTF-8 */
  KIZUNA_TEXT_NUL = 2,       /* a NUL byte */
  KIZUNA_TEXT_CR = 4,        /* a carriage return */
  KIZUNA_TEXT_UNCHECKED = 8, /* this processor (or build) has no vector path: nothing was checked */
};

/* Checks that the `n` bytes at `p` are UTF-8, finds their line feeds, and says whether it saw a NUL or a carriage
 * return; thirty-two bytes at a time. The offset just after each line feed goes to `starts`, in order, while there is
 * `room`; `*lines` is how many there are. */
int kizuna_scan_text(const uint8_t *p, size_t n, intptr_t *starts, size_t room, size_t *lines);

#endif
