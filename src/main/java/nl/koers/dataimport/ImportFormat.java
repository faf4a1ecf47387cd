package nl.koers.dataimport;

/**
 * The two layouts of an import file: CSV (semicolons, header row) and JSON lines (one
 * object per line, {@code application/x-ndjson}).
 */
enum ImportFormat {

	CSV, NDJSON

}
