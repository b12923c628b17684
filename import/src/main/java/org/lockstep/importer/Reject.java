package org.lockstep.importer;

/**
 * A row that was not imported, and why: written to {@code rejects.csv} and shown on the console.
 *
 * @param file   the dataset file, relative to the dataset folder
 * @param line   the line where the row starts (1 is the header of a CSV file)
 * @param field  the field at fault, or empty for the row as a whole
 * @param reason what is wrong and what would be right
 */
public record Reject(String file, long line, String field, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + (field.isEmpty() ? "" : ":" + field) + ": " + reason;
    }
}
