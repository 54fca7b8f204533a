#ifndef KIZUNA_CMIMALLOC_SHIM_H
#define KIZUNA_CMIMALLOC_SHIM_H
#include <mimalloc.h>
#endif
