package org.lockstep.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.generate.GenerationSummary;
import org.lockstep.generate.GeneratorConfig;
import org.lockstep.generate.Scale;
import org.lockstep.generate.ScenarioGenerator;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;

/** The generated small scenario: every file of the format, with ground truth to check the counts against. */
@ExtendWith(Neo4jExtension.class)
class GeneratedScenarioIT {
    @TempDir
    static Path out;
    static GenerationSummary generated;
    static JsonNode truth;

    @BeforeAll
    static void generate() throws IOException {
        generated = ScenarioGenerator.generate(new GeneratorConfig(42, Scale.SMALL, out), n -> { });
        truth = new ObjectMapper().readTree(generated.groundTruthFile().toFile());
    }

    @Test
    void every_row_the_generator_wrote_is_imported_and_none_is_refused(Driver driver) {
        ImportSummary s = new DatasetImporter(driver, 5000).importDataset(generated.datasetDir(),
                ImportListener.NONE);

        assertThat(s.rejects()).isEmpty();
        assertThat(s.warnings()).isEmpty();
        Map<String, Long> imported = new LinkedHashMap<>();
        Map<String, Long> written = new LinkedHashMap<>();
        for (String entity : DatasetImporter.FORMAT_ENTITIES) {
            imported.put(entity, s.imported(entity));
            written.put(entity, truth.get("counts").get(entity).asLong());
        }
        System.out.println("small seed 42, rows imported per file: " + imported);
        assertThat(imported).isEqualTo(written);
        assertThat(s.files()).hasSize(DatasetImporter.FORMAT_ENTITIES.size());
    }

    @Test
    void every_shipped_avatar_file_becomes_one_avatar_with_the_hashes_of_its_bytes(Driver driver)
            throws IOException {
        new DatasetImporter(driver, 5000).importDataset(generated.datasetDir(), ImportListener.NONE);

        Map<String, String> shaOfFile = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(generated.datasetDir().resolve("accounts.csv"))) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String file = r.get("avatar_file");
                if (!file.isEmpty() && !shaOfFile.containsKey(file)) {
                    Path image = generated.datasetDir().resolve(file);
                    shaOfFile.put(file, DigestUtils.sha256Hex(Files.readAllBytes(image)));
                }
            }
        }
        Map<String, String> stored = new TreeMap<>();
        driver.executableQuery("MATCH (av:Avatar) WHERE av.thumbnail_png IS NOT NULL "
                        + "RETURN av.file AS f, av.sha256 AS s").execute().records().forEach(r -> stored.put(r.get("f").asString(), r.get("s").asString()));
        assertThat(shaOfFile).hasSizeGreaterThanOrEqualTo(10);
        assertThat(stored).isEqualTo(shaOfFile);
        assertThat(Fixtures.count(driver, "MATCH (a:Account) WHERE a.avatar_file IS NOT NULL AND NOT EXISTS "
                + "{ (a)-[:USES_AVATAR]->(:Avatar {sha256: a.avatar_sha256, phash: a.avatar_phash}) } "
                + "RETURN count(a)")).isZero();
    }

    @Test
    void importing_it_again_changes_no_count(Driver driver) {
        DatasetImporter importer = new DatasetImporter(driver, 5000);
        importer.importDataset(generated.datasetDir(), ImportListener.NONE);
        Map<String, Long> first = Fixtures.counts(driver);
        importer.importDataset(generated.datasetDir(), ImportListener.NONE);

        assertThat(Fixtures.counts(driver)).isEqualTo(first);
        System.out.println("small seed 42, nodes per label and relationships per type: " + first);
        assertThat(first).containsKeys(":Account", ":Avatar", "-USES_AVATAR", ":Post", ":CountSnapshot", ":Vendor", ":Storefront", ":Offer",
                ":Purchase", "-FOLLOWS", "-POSTED", "-REPORTED", "-HAD_COUNT", "-OPERATES", "-OFFERS", "-BOUGHT_FROM",
                "-FOR_HONEYPOT", "-DELIVERED");
    }
}
