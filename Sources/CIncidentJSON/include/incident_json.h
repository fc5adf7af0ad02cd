/// A thin C shim over simdjson's DOM API (Debian's libsimdjson-dev) for IncidentFiles: the
/// fields of incident records in JSON Lines and GeoJSON, as views into the parser's buffers.
/// No simdjson type appears here; every view stays valid until the parser's next parse.
#ifndef INCIDENT_JSON_H
#define INCIDENT_JSON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What a field held.
typedef enum {
    IJ_ABSENT = 0,  ///< the key was not there
    IJ_NULL = 1,
    IJ_STRING = 2,  ///< `text`/`length` hold the unescaped UTF-8
    IJ_INTEGER = 3, ///< `integer` holds it, and `number` too
    IJ_NUMBER = 4,  ///< a number with a fraction or exponent: `number`
    IJ_OTHER = 5    ///< true, false, an array or an object
} ij_kind;

typedef struct {
    ij_kind kind;
    const char *text;
    size_t length;
    double number;
    int64_t integer;
} ij_value;

/// A simdjson parser, the keys it looks for and what it last parsed. Not thread safe: one per thread.
typedef struct ij_parser ij_parser;

/// A new parser that looks for the keys the caller names (the shim knows no field names of its
/// own): `record_keys` for a record, in the order its `fields` are filled; `sources_key`, the
/// index in `record_keys` of the key whose array `ij_source` reads; `source_keys` for one entry
/// of that array. The keys are copied. NULL when memory runs out or `sources_key` is out of
/// range. Free it with `ij_parser_destroy`.
ij_parser *ij_parser_create(const char *const *record_keys, size_t record_key_count, size_t sources_key,
                            const char *const *source_keys, size_t source_key_count);
void ij_parser_destroy(ij_parser *parser);

/// How many readable bytes simdjson needs past the end of the JSON (SIMDJSON_PADDING).
size_t ij_padding(void);

/// Parses one JSON object, `bytes[0..<length]`, and fills `fields` (one entry per record key).
/// `capacity` bytes from `bytes` must be readable, at least `length + ij_padding()`.
/// - Returns: 0, or non-zero with `*error` set to a static message (not JSON, not an object,
///   nested too deep).
int ij_parse_record(ij_parser *parser, const char *bytes, size_t length, size_t capacity,
                    ij_value *fields, const char **error);

/// Parses a GeoJSON document and keeps its features.
/// - Returns: the number of features (0 for a lone Feature's document, see `ij_is_feature`),
///   or -1 with `*error` set.
int64_t ij_parse_features(ij_parser *parser, const char *bytes, size_t length, size_t capacity, const char **error);

/// Fills `fields` from the `properties` of feature `index` of the last `ij_parse_features`.
/// - Returns: 0, or non-zero with `*error` set when the feature or its properties are not objects.
int ij_feature_record(ij_parser *parser, size_t index, ij_value *fields, const char **error);

/// The number of entries in the `sources` array of the record filled last.
size_t ij_source_count(const ij_parser *parser);

/// Fills `fields` (one entry per source key) from entry `index` of the last record's sources.
/// - Returns: 0, or non-zero when the entry is not an object.
int ij_source(const ij_parser *parser, size_t index, ij_value *fields);

#ifdef __cplusplus
}
#endif

#endif
