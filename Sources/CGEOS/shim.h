#ifndef INCIDENTMAP_CGEOS_SHIM_H
#define INCIDENTMAP_CGEOS_SHIM_H
#define GEOS_USE_ONLY_R_API 1
#include <geos_c.h>
#endif
