package nl.koers.dataimport;

/**
 * A file handed to Koers for import: its name as the sender called it, its layout, its
 * bytes, and whether it is only to be checked.
 */
record ImportUpload(String fileName, ImportFormat format, byte[] content, boolean dryRun) {
}
