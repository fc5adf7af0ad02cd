// The shim's implementation: simdjson's DOM parser, whose SIMD kernels are picked at run time
// for the CPU, so the binary needs no -mavx2.
#include "incident_json.h"

#include <simdjson.h>

#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <vector>

using namespace simdjson;

struct ij_parser {
    dom::parser parser;
    std::vector<std::string> record_keys;
    size_t sources_key = 0;
    std::vector<std::string> source_keys;
    std::vector<dom::element> sources;
    std::vector<dom::element> features;
};

ij_parser *ij_parser_create(const char *const *record_keys, size_t record_key_count, size_t sources_key,
                            const char *const *source_keys, size_t source_key_count) {
    if (sources_key >= record_key_count) return nullptr;
    try {
        ij_parser *parser = new ij_parser();
        parser->record_keys.assign(record_keys, record_keys + record_key_count);
        parser->sources_key = sources_key;
        parser->source_keys.assign(source_keys, source_keys + source_key_count);
        return parser;
    } catch (...) {
        return nullptr;
    }
}

void ij_parser_destroy(ij_parser *parser) { delete parser; }

size_t ij_padding(void) { return SIMDJSON_PADDING; }

/// One value as a view.
static ij_value view(dom::element element) {
    ij_value value{};
    switch (element.type()) {
    case dom::element_type::STRING: {
        std::string_view text = element.get_string().value_unsafe();
        value.kind = IJ_STRING;
        value.text = text.data();
        value.length = text.size();
        break;
    }
    case dom::element_type::INT64:
        value.kind = IJ_INTEGER;
        value.integer = element.get_int64().value_unsafe();
        value.number = double(value.integer);
        break;
    case dom::element_type::UINT64:
        value.kind = IJ_NUMBER;
        value.number = double(element.get_uint64().value_unsafe());
        break;
    case dom::element_type::DOUBLE:
        value.kind = IJ_NUMBER;
        value.number = element.get_double().value_unsafe();
        break;
    case dom::element_type::NULL_VALUE:
        value.kind = IJ_NULL;
        break;
    default:
        value.kind = IJ_OTHER;
    }
    return value;
}

/// Fills `fields` from the keys of `object` found in `keys`; the keys usually come in the
/// table's order, so the search starts where the last key matched.
static void fill(dom::object object, const std::vector<std::string> &keys, ij_value *fields) {
    const size_t N = keys.size();
    for (size_t i = 0; i < N; i++) fields[i].kind = IJ_ABSENT;
    size_t hint = 0;
    for (dom::key_value_pair pair : object) {
        for (size_t step = 0; step < N; step++) {
            size_t i = (hint + step) % N;
            if (keys[i] == pair.key) {
                fields[i] = view(pair.value);
                hint = i + 1;
                break;
            }
        }
    }
}

static int fill_record(ij_parser *parser, dom::element element, ij_value *fields, const char **error) {
    parser->sources.clear();
    dom::object object;
    if (element.get_object().get(object) != SUCCESS) {
        *error = "expected a JSON object";
        return 1;
    }
    fill(object, parser->record_keys, fields);
    if (fields[parser->sources_key].kind == IJ_OTHER) {
        dom::array array;
        if (object[parser->record_keys[parser->sources_key]].get_array().get(array) == SUCCESS) {
            for (dom::element entry : array) parser->sources.push_back(entry);
        }
    }
    return 0;
}

int ij_parse_record(ij_parser *parser, const char *bytes, size_t length, size_t capacity, ij_value *fields,
                    const char **error) {
    if (capacity < length + SIMDJSON_PADDING) {
        *error = "internal error: the buffer lacks simdjson's padding";
        return 1;
    }
    dom::element element;
    error_code code = parser->parser.parse(reinterpret_cast<const uint8_t *>(bytes), length, false).get(element);
    if (code != SUCCESS) {
        *error = error_message(code);
        return 1;
    }
    return fill_record(parser, element, fields, error);
}

int64_t ij_parse_features(ij_parser *parser, const char *bytes, size_t length, size_t capacity, const char **error) {
    parser->features.clear();
    if (capacity < length + SIMDJSON_PADDING) {
        *error = "internal error: the buffer lacks simdjson's padding";
        return -1;
    }
    dom::element root;
    error_code code = parser->parser.parse(reinterpret_cast<const uint8_t *>(bytes), length, false).get(root);
    if (code != SUCCESS) {
        *error = error_message(code);
        return -1;
    }
    dom::object document;
    if (root.get_object().get(document) != SUCCESS) {
        *error = "expected a GeoJSON object";
        return -1;
    }
    std::string_view type;
    if (document["type"].get_string().get(type) != SUCCESS) {
        *error = "missing 'type'";
        return -1;
    }
    if (type == "Feature") {
        parser->features.push_back(root);
        return 1;
    }
    dom::array features;
    if (type != "FeatureCollection" || document["features"].get_array().get(features) != SUCCESS) {
        *error = "expected a FeatureCollection with a 'features' array, or a Feature";
        return -1;
    }
    for (dom::element feature : features) parser->features.push_back(feature);
    return int64_t(parser->features.size());
}

int ij_feature_record(ij_parser *parser, size_t index, ij_value *fields, const char **error) {
    if (index >= parser->features.size()) {
        *error = "no such feature";
        return 1;
    }
    dom::object feature;
    dom::element properties;
    if (parser->features[index].get_object().get(feature) != SUCCESS) {
        *error = "a feature is not an object";
        return 1;
    }
    if (feature["properties"].get(properties) != SUCCESS) {
        *error = "a feature has no properties";
        return 1;
    }
    return fill_record(parser, properties, fields, error);
}

size_t ij_source_count(const ij_parser *parser) { return parser->sources.size(); }

int ij_source(const ij_parser *parser, size_t index, ij_value *fields) {
    dom::object object;
    if (index >= parser->sources.size() || parser->sources[index].get_object().get(object) != SUCCESS) return 1;
    fill(object, parser->source_keys, fields);
    return 0;
}
