#ifndef KIZUNA_CCMARK_SHIM_H
#define KIZUNA_CCMARK_SHIM_H
#include <cmark.h>
#endif
