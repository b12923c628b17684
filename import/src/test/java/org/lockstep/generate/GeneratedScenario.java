package org.lockstep.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A generated scenario read back the way an outside tool would: commons-csv for the files, Jackson for the JSON. */
final class GeneratedScenario {
    final Path out;
    final Path dataset;
    final GenerationSummary summary;
    final JsonNode truth;
    private final Map<String, List<Map<String, String>>> tables = new HashMap<>();
    private final Map<String, List<String>> headers = new HashMap<>();

    private GeneratedScenario(Path out, GenerationSummary summary) throws IOException {
        this.out = out;
        this.dataset = out.resolve("dataset");
        this.summary = summary;
        this.truth = new ObjectMapper().readTree(out.resolve("ground-truth.json").toFile());
    }

    static GeneratedScenario generate(long seed, Scale scale, Path out) throws IOException {
        return new GeneratedScenario(out, ScenarioGenerator.generate(new GeneratorConfig(seed, scale, out), n -> { }));
    }

    /** The rows of a dataset file ({@code follows}) or of a file beside it ({@code ../ground-truth-accounts}). */
    List<Map<String, String>> rows(String name) throws IOException {
        if (!tables.containsKey(name)) {
            load(name);
        }
        return tables.get(name);
    }

    List<String> header(String name) throws IOException {
        rows(name);
        return headers.get(name);
    }

    private void load(String name) throws IOException {
        Path file = dataset.resolve(name + ".csv").normalize();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, format)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new IllegalStateException(file + " line " + record.getRecordNumber() + " has "
                            + record.size() + " fields");
                }
                rows.add(record.toMap());
            }
            headers.put(name, parser.getHeaderNames());
            tables.put(name, rows);
        }
    }

    /** Rows keyed by one column, which must be unique. */
    Map<String, Map<String, String>> byKey(String name, String column) throws IOException {
        Map<String, Map<String, String>> keyed = new LinkedHashMap<>();
        for (Map<String, String> row : rows(name)) {
            if (keyed.put(row.get(column), row) != null) {
                throw new IllegalStateException("duplicate " + column + " " + row.get(column) + " in " + name);
            }
        }
        return keyed;
    }

    static long epoch(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }
}
