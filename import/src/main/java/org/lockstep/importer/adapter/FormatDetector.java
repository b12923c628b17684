package org.lockstep.importer.adapter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.lockstep.importer.ImportException;

/**
 * Tells the format of a source path when the user did not say: a Lockstep dataset by its manifest (or a .zip), else
 * the one format that the files point to. Several formats, or none, is an error that lists them.
 */
final class FormatDetector {
    private static final int EXAMPLES = 3;

    private FormatDetector() {
    }

    static SourceFormat detect(Path path) {
        String lower = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(path) && lower.endsWith(".zip")
                || Files.isRegularFile(path.resolve("manifest.json"))) {
            return SourceFormat.LOCKSTEP;
        }
        Map<SourceFormat, List<String>> found = new TreeMap<>();
        for (SourceFile file : SourceFiles.list(path)) {
            SourceFormat format = FileKind.of(file).format();
            if (format != null) {
                found.computeIfAbsent(format, f -> new ArrayList<>()).add(file.name());
            }
        }
        if (found.size() == 1) {
            return found.keySet().iterator().next();
        }
        if (found.isEmpty()) {
            throw new ImportException(path.toString(), 0, null, "cannot tell its format: no file in it looks like"
                    + " one Lockstep reads. Give --format " + SourceFormat.names() + ", or check the path. The"
                    + " formats:\n" + SourceFormat.catalogue());
        }
        String which = found.entrySet().stream()
                .map(e -> e.getKey().id() + " (" + e.getValue().stream().limit(EXAMPLES).map(Values::abbreviate)
                        .collect(Collectors.joining(", ")) + (e.getValue().size() > EXAMPLES ? ", ..." : "") + ")")
                .collect(Collectors.joining(", "));
        throw new ImportException(path.toString(), 0, null, "holds files of several formats: " + which
                + ". Import one format at a time (a folder each), or give --format " + SourceFormat.names()
                + " to read only the files of that format");
    }
}
