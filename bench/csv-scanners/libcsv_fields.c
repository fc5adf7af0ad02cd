/* Splits a CSV file into fields with libcsv (Debian libcsv-dev) and counts fields and rows:
 * the peer of main.swift (scanner_fields) in bench/bench-csv-scanners.sh. */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static size_t fields, rows;
static void on_field(void *data, size_t length, void *user) { (void)data; (void)length; (void)user; fields++; }
static void on_row(int terminator, void *user) { (void)terminator; (void)user; rows++; }

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: libcsv_fields FILE\n"); return 2; }
    FILE *file = fopen(argv[1], "rb");
    if (!file) { perror(argv[1]); return 1; }
    /* The whole file in memory first, as the Swift harness has it. */
    fseek(file, 0, SEEK_END);
    size_t bytes = (size_t)ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc(bytes);
    if (!text || fread(text, 1, bytes, file) != bytes) { fprintf(stderr, "cannot read %s\n", argv[1]); return 1; }
    struct csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_APPEND_NULL) != 0) return 1;
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    if (csv_parse(&parser, text, bytes, on_field, on_row, NULL) != bytes) {
        fprintf(stderr, "libcsv: %s\n", csv_strerror(csv_error(&parser)));
        return 1;
    }
    csv_fini(&parser, on_field, on_row, NULL);
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
    printf("libcsv %d.%d.%d: %zu rows, %zu fields in %.3f s = %.0f MB/s\n", CSV_MAJOR, CSV_MINOR, CSV_RELEASE, rows, fields, seconds, bytes / seconds / 1e6);
    csv_free(&parser);
    return 0;
}
