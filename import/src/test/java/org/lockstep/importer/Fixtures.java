package org.lockstep.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;

/** Test fixtures on disk and read-backs of the graph that several importer tests share. */
final class Fixtures {
    /** The hand-written dataset with every entity file and a few bad rows in each. */
    static final List<String> ENTITY_FILES = List.of("manifest.json", "accounts.csv", "follows.csv",
            "follower_counts.csv", "posts.jsonl", "reports.csv", "vendors.csv", "storefronts.csv", "offers.jsonl",
            "purchases.csv", "deliveries.csv");

    private Fixtures() {
    }

    /** Copies {@code fixtures/entities} into {@code dir} and returns it. */
    static Path entities(Path dir) {
        for (String name : ENTITY_FILES) {
            try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/entities/" + name)) {
                Files.copy(in, dir.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    static long count(Driver driver, String query) {
        return driver.executableQuery(query).execute().records().getFirst().get(0).asLong();
    }

    /** How many nodes carry each label and how many relationships each type: what a re-import must not change. */
    static TreeMap<String, Long> counts(Driver driver) {
        TreeMap<String, Long> counts = new TreeMap<>();
        driver.executableQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n").execute()
                .records().forEach(r -> counts.put(":" + r.get("label").asString(), r.get("n").asLong()));
        driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").execute()
                .records().forEach(r -> counts.put("-" + r.get("type").asString(), r.get("n").asLong()));
        return counts;
    }

    /** Every node and relationship but the Dataset record with all its properties, sorted. */
    static List<String> snapshot(Driver driver) {
        List<String> all = new ArrayList<>();
        driver.executableQuery("""
                MATCH (n) WHERE NOT n:Dataset AND NOT n:LockstepMigration
                RETURN [labels(n), properties(n)] AS item
                UNION ALL
                MATCH (a)-[r]->(b) WHERE NOT a:Dataset
                RETURN [type(r), a.id, properties(r), b.id, b.sha256, b.observed_at, b.service, b.quantity] AS item
                """).execute().records().forEach(r -> all.add(stable(r.get("item").asObject()).toString()));
        Collections.sort(all);
        return all;
    }

    /** Maps with sorted keys and bytes as text: the driver's maps keep no order from one read to the next. */
    private static Object stable(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(k.toString(), stable(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Fixtures::stable).toList();
        }
        return value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value);
    }
}
