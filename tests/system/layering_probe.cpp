// Built against the storage domain alone by tst_layering, which expects the build to fail: a
// domain cannot include a header of a domain above it.
#include "residentstore.h"
