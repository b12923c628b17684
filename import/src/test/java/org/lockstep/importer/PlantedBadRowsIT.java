package org.lockstep.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.generate.GenerationSummary;
import org.lockstep.generate.GeneratorConfig;
import org.lockstep.generate.Scale;
import org.lockstep.generate.ScenarioGenerator;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;

/** The generator plants about 1% bad rows and says where; the importer must refuse exactly those. */
@ExtendWith(Neo4jExtension.class)
class PlantedBadRowsIT {

    @Test
    void every_planted_bad_row_is_refused_at_its_file_line_and_field_and_nothing_else_is(@TempDir Path out,
            Driver driver) throws IOException {
        GenerationSummary generated = ScenarioGenerator.generate(new GeneratorConfig(11, Scale.SMALL, out, 0.01),
                n -> { });
        Set<String> expected = new HashSet<>();
        try (Reader in = Files.newBufferedReader(out.resolve("expected-rejects.csv"))) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                expected.add(r.get("file") + ":" + r.get("line") + ":" + r.get("field"));
            }
        }

        ImportSummary s = new DatasetImporter(driver, 5000).importDataset(generated.datasetDir(), ImportListener.NONE);

        Set<String> refused = new HashSet<>();
        s.rejects().forEach(r -> refused.add(r.file() + ":" + r.line() + ":" + r.field()));
        assertThat(expected).hasSizeGreaterThan(300);
        assertThat(refused).isEqualTo(expected);
        assertThat(s.rejects()).hasSize(expected.size());
        JsonNode counts = new ObjectMapper().readTree(generated.groundTruthFile().toFile()).get("counts");
        for (String entity : DatasetImporter.FORMAT_ENTITIES) {
            assertThat(s.imported(entity)).as(entity).isEqualTo(counts.get(entity).asLong());
        }
        System.out.println("small seed 11 with 1% bad rows: " + expected.size() + " planted, " + refused.size()
                + " refused");
    }
}
