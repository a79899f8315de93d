/** How much the importer accepts: a report is a few hundred KB; anything far larger is refused before reading. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Sum of the declared uncompressed sizes of the parts a .docx reader inflates (a zip bomb declares gigabytes). */
export const MAX_UNZIPPED_BYTES = 60 * 1024 * 1024;
/** A real document part compresses at most about 1:30; 1:200 over a megabyte is a bomb. */
export const MAX_ZIP_RATIO = 200;
