package org.lockstep.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.lockstep.query.CypherQuery;

/** Finds a module's {@code .cypher} resource files on disk, so tests cover every file, not a list kept by hand. */
public final class CypherFiles {
    private CypherFiles() {
    }

    /** Every {@code .cypher} file under {@code src/main/resources/<folder>} of the module under test. */
    public static List<CypherQuery> in(String folder) {
        Path root = Path.of("src/main/resources", folder);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".cypher")).sorted().map(CypherFiles::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> fileNames(String folder) {
        return in(folder).stream().map(q -> q.id() + ".cypher").toList();
    }

    private static CypherQuery read(Path p) {
        try {
            String name = p.getFileName().toString().replaceFirst("\\.cypher$", "");
            return CypherQuery.parse(name, Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
