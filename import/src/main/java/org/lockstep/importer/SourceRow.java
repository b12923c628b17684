package org.lockstep.importer;

import java.util.Map;

/**
 * One row of a dataset file, before validation: field name to text, blank values absent.
 *
 * @param file   the file name within the dataset
 * @param line   the line where the row starts
 * @param values the non-blank fields
 */
record SourceRow(String file, long line, Map<String, String> values) {

    String get(String field) {
        return values.get(field);
    }

    RowException bad(String field, String reason) {
        return new RowException(field, reason);
    }
}
