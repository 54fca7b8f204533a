#ifndef KIZUNA_STANDARD_OUTPUT_H
#define KIZUNA_STANDARD_OUTPUT_H

/// Flushes the C library's standard output (where Swift's print writes) and returns 0 when everything written to it
/// reached the file, else the errno of the failure (Swift cannot name `stdout` in its strict concurrency mode).
int kizuna_flush_standard_output(void);

#endif
