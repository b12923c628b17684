package org.lockstep.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.lockstep.query.CypherQuery;
import org.lockstep.query.QueryParam;

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

    /** The header rules of STYLE.md: it declares exactly the $parameters the body uses, what it finds and returns. */
    public static void assertHeaderMatchesBody(CypherQuery query) {
        org.assertj.core.api.Assertions.assertThat(query.queryParams().stream().map(QueryParam::name).toList())
                .as("the parameters declared in the header of " + query.id())
                .containsExactlyInAnyOrderElementsOf(query.usedParameters());
        org.assertj.core.api.Assertions.assertThat(query.finds()).as("the 'finds' line of " + query.id())
                .isNotBlank();
        org.assertj.core.api.Assertions.assertThat(query.returns()).as("the 'returns' line of " + query.id())
                .isNotBlank();
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
