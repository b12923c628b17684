package org.lockstep.importer.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One record of a source, JSON object or CSV row, read by field name ({@code public_metrics.tweet_count}). */
interface SourceRecord {

    /** The value as text, null when absent, null or blank; a JSON object or array where a value belongs is bad. */
    String text(String path) throws BadSource;

    /** The first of {@code paths} that has a value, or null. */
    default String first(String... paths) throws BadSource {
        for (String p : paths) {
            String v = text(p);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static SourceRecord of(JsonNode object) {
        return path -> {
            JsonNode v = object;
            for (String step : path.split("\\.")) {
                v = v == null || !v.isObject() ? null : v.get(step);
            }
            if (v == null || v.isNull() || v.isMissingNode()) {
                return null;
            }
            if (v.isContainerNode()) {
                throw new BadSource(path, "must be a single value, not a JSON " + (v.isArray() ? "array" : "object"));
            }
            String s = v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText();
            return s.isBlank() ? null : s;
        };
    }

    /** A CSV row read through its header; a dotted name is a column of that name, as flattening tools write it. */
    static SourceRecord of(Map<String, Integer> header, SourceCsv.Row row) {
        return path -> {
            Integer i = header.get(path);
            String v = i == null ? null : row.cell(i);
            return v == null || v.isBlank() ? null : v;
        };
    }

    /** Column positions by name; research CSVs vary in case, so names are matched in lower case. */
    static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            header.putIfAbsent(cells.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return header;
    }
}
