#include "CTextScan.h"
#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

/* UTF-8 is checked as Keiser and Lemire check it ("Validating UTF-8 in less than one instruction per byte", 2021):
 * three table lookups on the high and low halves of each byte and of the byte before it flag every error two
 * adjacent bytes can show; the bytes two and three back tell where a continuation byte must stand. */
enum {
  TOO_SHORT = 1 << 0,  /* a lead byte, then no continuation */
  TOO_LONG = 1 << 1,   /* an ASCII byte, then a continuation */
  OVERLONG_3 = 1 << 2, /* E0 then 80-9F */
  TOO_LARGE = 1 << 3,  /* past U+10FFFF */
  SURROGATE = 1 << 4,  /* ED then A0-BF */
  OVERLONG_2 = 1 << 5, /* C0 or C1 */
  TOO_LARGE_1000 = 1 << 6,
  OVERLONG_4 = 1 << 6, /* F0 then 80-8F */
  TWO_CONTS = 1 << 7,  /* a continuation, then another where none may stand */
  CARRY = TOO_SHORT | TOO_LONG | TWO_CONTS,
};

/* By the high half of a byte; by the low half of the byte before it; by the high half of the byte itself. */
static const uint8_t byte1HighTable[16] = {
    TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TWO_CONTS, TWO_CONTS, TWO_CONTS,
    TWO_CONTS, TOO_SHORT | OVERLONG_2, TOO_SHORT, TOO_SHORT | OVERLONG_3 | SURROGATE,
    TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4};
static const uint8_t byte1LowTable[16] = {
    CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4, CARRY | OVERLONG_2, CARRY, CARRY, CARRY | TOO_LARGE,
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
    CARRY | TOO_LARGE | TOO_LARGE_1000 | SURROGATE, CARRY | TOO_LARGE | TOO_LARGE_1000,
    CARRY | TOO_LARGE | TOO_LARGE_1000};
static const uint8_t byte2HighTable[16] = {
    TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
    TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4,
    TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE, TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE,
    TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT};
/* The most each of a block's last three bytes may be without opening a sequence the block does not finish. */
static const uint8_t mostTable[16] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xF0 - 1, 0xE0 - 1, 0xC0 - 1};

static __m128i table(const uint8_t *t) { return _mm_loadu_si128((const __m128i *)t); }

/* Non-zero where a byte of `input` (with `previous`, the block before it) breaks UTF-8. */
__attribute__((target("ssse3"))) static __m128i errors(__m128i input, __m128i previous) {
  const __m128i low = _mm_set1_epi8(0x0F);
  __m128i prev1 = _mm_alignr_epi8(input, previous, 15);
  __m128i special = _mm_and_si128(
      _mm_and_si128(
          _mm_shuffle_epi8(table(byte1HighTable), _mm_and_si128(_mm_srli_epi16(prev1, 4), low)),
          _mm_shuffle_epi8(table(byte1LowTable), _mm_and_si128(prev1, low))),
      _mm_shuffle_epi8(table(byte2HighTable), _mm_and_si128(_mm_srli_epi16(input, 4), low)));
  /* A byte two after a three- or four-byte lead, or three after a four-byte lead, must continue it. */
  __m128i third = _mm_subs_epu8(_mm_alignr_epi8(input, previous, 14), _mm_set1_epi8(0xE0 - 0x80));
  __m128i fourth = _mm_subs_epu8(_mm_alignr_epi8(input, previous, 13), _mm_set1_epi8(0xF0 - 0x80));
  __m128i must = _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8(-128));
  return _mm_xor_si128(must, special);
}

/* Non-zero where the block's last bytes open a sequence the block does not finish. */
static __m128i incomplete(__m128i block) { return _mm_subs_epu8(block, table(mostTable)); }

__attribute__((target("ssse3,popcnt"))) static int scan(const uint8_t *p, size_t n, size_t *lines) {
  const __m128i zero = _mm_setzero_si128(), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
  __m128i error = zero, previous = zero, pending = zero, nuls = zero, crs = zero;
  size_t count = 0, i = 0;
  for (; i + 16 <= n; i += 16) {
    __m128i input = _mm_loadu_si128((const __m128i *)(p + i));
    count += (size_t)__builtin_popcount((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(input, lf)));
    nuls = _mm_or_si128(nuls, _mm_cmpeq_epi8(input, zero));
    crs = _mm_or_si128(crs, _mm_cmpeq_epi8(input, cr));
    if (_mm_movemask_epi8(input) == 0) {
      error = _mm_or_si128(error, pending);
      pending = zero;
    } else {
      error = _mm_or_si128(error, errors(input, previous));
      pending = incomplete(input);
    }
    previous = input;
  }
  int flags = 0;
  if (i < n) {
    /* The last bytes, followed by zeros (ASCII): a sequence they leave open shows as one too short. */
    uint8_t tail[16] = {0};
    memcpy(tail, p + i, n - i);
    for (size_t k = 0; k < n - i; k++) {
      if (tail[k] == '\n') count++;
      if (tail[k] == 0) flags |= KIZUNA_TEXT_NUL;
      if (tail[k] == '\r') flags |= KIZUNA_TEXT_CR;
    }
    __m128i input = _mm_loadu_si128((const __m128i *)tail);
    error = _mm_or_si128(error, errors(input, previous));
    pending = incomplete(input);
  }
  error = _mm_or_si128(error, pending);
  if (_mm_movemask_epi8(_mm_cmpeq_epi8(error, zero)) != 0xFFFF) flags |= KIZUNA_TEXT_INVALID;
  if (_mm_movemask_epi8(nuls) != 0) flags |= KIZUNA_TEXT_NUL;
  if (_mm_movemask_epi8(crs) != 0) flags |= KIZUNA_TEXT_CR;
  *lines = count;
  return flags;
}

/* Whether the processor has the instructions `scan` takes; asked once, by whichever thread comes first. */
static int hasVectors(void) {
  static int known = -1;
  int has = __atomic_load_n(&known, __ATOMIC_RELAXED);
  if (has < 0) {
    unsigned a, b, c, d;
    has = __get_cpuid(1, &a, &b, &c, &d) && (c & bit_SSSE3) && (c & bit_POPCNT);
    __atomic_store_n(&known, has, __ATOMIC_RELAXED);
  }
  return has;
}

int kizuna_scan_text(const uint8_t *p, size_t n, size_t *lines) {
  *lines = 0;
  return hasVectors() ? scan(p, n, lines) : KIZUNA_TEXT_UNCHECKED;
}

void kizuna_line_starts(const uint8_t *p, size_t n, intptr_t *out) {
  const __m128i lf = _mm_set1_epi8('\n');
  size_t i = 0, k = 0;
  for (; i + 16 <= n; i += 16) {
    unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i)), lf));
    while (mask) {
      out[k++] = (intptr_t)(i + (size_t)__builtin_ctz(mask) + 1);
      mask &= mask - 1;
    }
  }
  for (; i < n; i++)
    if (p[i] == '\n') out[k++] = (intptr_t)(i + 1);
}

#else

int kizuna_scan_text(const uint8_t *p, size_t n, size_t *lines) {
  (void)p;
  (void)n;
  *lines = 0;
  return KIZUNA_TEXT_UNCHECKED;
}

void kizuna_line_starts(const uint8_t *p, size_t n, intptr_t *out) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (p[i] == '\n') out[k++] = (intptr_t)(i + 1);
}

#endif
