#include "CTextScan.h"
#include <string.h>

#if defined(__x86_64__)
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
static const uint8_t mostTable[32] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xF0 - 1, 0xE0 - 1, 0xC0 - 1};

/* The bytes `n` back from each byte of `input`: the block before it, `previous`, gives the first `n`. */
#define BACK(input, previous, n) \
  _mm256_alignr_epi8(input, _mm256_permute2x128_si256(previous, input, 0x21), 16 - (n))

/* A table of sixteen, in both halves of a register: the lookup works on each half alone. */
__attribute__((target("avx2"))) static __m256i table(const uint8_t *t) {
  return _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)t));
}

/* Non-zero where a byte of `input` (with `previous`, the block before it) breaks UTF-8. */
__attribute__((target("avx2"))) static __m256i errors(__m256i input, __m256i previous) {
  const __m256i low = _mm256_set1_epi8(0x0F);
  __m256i prev1 = BACK(input, previous, 1);
  __m256i special = _mm256_and_si256(
      _mm256_and_si256(
          _mm256_shuffle_epi8(table(byte1HighTable), _mm256_and_si256(_mm256_srli_epi16(prev1, 4), low)),
          _mm256_shuffle_epi8(table(byte1LowTable), _mm256_and_si256(prev1, low))),
      _mm256_shuffle_epi8(table(byte2HighTable), _mm256_and_si256(_mm256_srli_epi16(input, 4), low)));
  /* A byte two after a three- or four-byte lead, or three after a four-byte lead, must continue it. */
  __m256i third = _mm256_subs_epu8(BACK(input, previous, 2), _mm256_set1_epi8(0xE0 - 0x80));
  __m256i fourth = _mm256_subs_epu8(BACK(input, previous, 3), _mm256_set1_epi8(0xF0 - 0x80));
  __m256i must = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8(-128));
  return _mm256_xor_si256(must, special);
}

/* Non-zero where the block's last bytes open a sequence the block does not finish. */
__attribute__((target("avx2"))) static __m256i incomplete(__m256i block) {
  return _mm256_subs_epu8(block, _mm256_loadu_si256((const __m256i *)mostTable));
}

/* The line feeds of a 32-byte block at `offset`: counted, and their starts written while there is room. */
__attribute__((target("avx2,bmi"))) static void feeds(
    unsigned mask, size_t offset, intptr_t *starts, size_t room, size_t *count) {
  while (mask) {
    if (*count < room) starts[*count] = (intptr_t)(offset + (size_t)__builtin_ctz(mask) + 1);
    (*count)++;
    mask &= mask - 1;
  }
}

__attribute__((target("avx2,bmi"))) static int scan(
    const uint8_t *p, size_t n, intptr_t *starts, size_t room, size_t *lines) {
  const __m256i zero = _mm256_setzero_si256(), lf = _mm256_set1_epi8('\n'), cr = _mm256_set1_epi8('\r');
  __m256i error = zero, previous = zero, pending = zero, crs = zero;
  size_t count = 0, i = 0;
  int nul = 0;
  uint8_t tail[32];
  while (i < n) {
    __m256i input;
    if (i + 32 <= n) {
      input = _mm256_loadu_si256((const __m256i *)(p + i));
    } else {
      /* The last bytes, followed by zeros (ASCII): a sequence they leave open shows as one too short. */
      memset(tail, 0, sizeof tail);
      memcpy(tail, p + i, n - i);
      input = _mm256_loadu_si256((const __m256i *)tail);
    }
    unsigned valid = i + 32 <= n ? 0xFFFFFFFFu : (1u << (n - i)) - 1;
    feeds((unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(input, lf)), i, starts, room, &count);
    nul |= ((unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(input, zero)) & valid) != 0;
    crs = _mm256_or_si256(crs, _mm256_cmpeq_epi8(input, cr));
    if (_mm256_movemask_epi8(input) == 0) {
      error = _mm256_or_si256(error, pending);
      pending = zero;
    } else {
      error = _mm256_or_si256(error, errors(input, previous));
      pending = incomplete(input);
    }
    previous = input;
    i += 32;
  }
  error = _mm256_or_si256(error, pending);
  int flags = 0;
  if (!_mm256_testz_si256(error, error)) flags |= KIZUNA_TEXT_INVALID;
  if (nul) flags |= KIZUNA_TEXT_NUL;
  if (!_mm256_testz_si256(crs, crs)) flags |= KIZUNA_TEXT_CR;
  *lines = count;
  return flags;
}

/* Whether the processor has the instructions `scan` takes; asked once, by whichever thread comes first. */
static int hasVectors(void) {
  static int known = -1;
  int has = __atomic_load_n(&known, __ATOMIC_RELAXED);
  if (has < 0) {
    __builtin_cpu_init();
    has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi");
    __atomic_store_n(&known, has, __ATOMIC_RELAXED);
  }
  return has;
}

int kizuna_scan_text(const uint8_t *p, size_t n, intptr_t *starts, size_t room, size_t *lines) {
  *lines = 0;
  return hasVectors() ? scan(p, n, starts, room, lines) : KIZUNA_TEXT_UNCHECKED;
}

#else

int kizuna_scan_text(const uint8_t *p, size_t n, intptr_t *starts, size_t room, size_t *lines) {
  (void)p;
  (void)n;
  (void)starts;
  (void)room;
  *lines = 0;
  return KIZUNA_TEXT_UNCHECKED;
}

#endif
