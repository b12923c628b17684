package org.lockstep.importer.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.lockstep.importer.ImportException;

/** The files of a source path: the file itself, or the regular files of a folder a few levels deep, sorted. */
final class SourceFiles {
    /** Instaloader writes one folder per profile; three levels reach them from a folder of collections. */
    static final int MAX_DEPTH = 3;
    /** The importer's limit on the entries of a zip: a source folder larger than that is not one collection. */
    static final int MAX_FILES = 100_000;

    private SourceFiles() {
    }

    /**
     * The files under {@code path}, named relative to it with {@code /}. Symbolic links, dot-files and archivers'
     * {@code __MACOSX} folders are left out: a link could lead the import to read files outside the source.
     */
    static List<SourceFile> list(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(new SourceFile(path, path.getFileName().toString()));
        }
        if (!Files.isDirectory(path)) {
            throw new ImportException(path.toString(), 0, null,
                    "not a folder or a file: nothing is at this path, check it");
        }
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(path, MAX_DEPTH)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.comparing(Path::toString))::iterator) {
                Path relative = path.relativize(p);
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || hidden(relative)) {
                    continue;
                }
                if (files.size() == MAX_FILES) {
                    throw new ImportException(path.toString(), 0, null, "holds more than " + MAX_FILES
                            + " files: import the collection in parts");
                }
                files.add(new SourceFile(p, relative.toString().replace('\\', '/')));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportException(path.toString(), 0, null, "cannot list the folder: " + e.getMessage());
        }
        return files;
    }

    /** The name a derived dataset name starts from: the folder's, or the file's without its extensions. */
    static String baseName(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        String s = name == null ? "source" : name.toString();
        return Files.isDirectory(path) ? s : s.replaceFirst("\\.(json|jsonl|ndjson|csv|tsv|txt)(\\.xz)?$", "");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String s = part.toString();
            if (s.startsWith(".") || s.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }
}
