/* The hint is all in CPrefetch.h; a C target needs one source file. */
#include "CPrefetch.h"
