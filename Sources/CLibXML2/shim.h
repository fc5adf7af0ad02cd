// libxml2's parser and tree API, for the KML region reader (imported by Analysis only).
// Debian's libxml2 is built with ICU, whose headers clash with Foundation's own copy of ICU;
// nothing here uses the ICU converter, so its declarations are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
