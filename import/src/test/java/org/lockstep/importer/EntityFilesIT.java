package org.lockstep.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lockstep.importer.Fixtures.count;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** Every entity file of the format, on the hand-written fixture in {@code fixtures/entities}. */
@ExtendWith(Neo4jExtension.class)
class EntityFilesIT {
    private final DatasetImporter importer;

    EntityFilesIT(Driver driver) {
        this.importer = new DatasetImporter(driver, 2);
    }

    @Test
    void every_bad_row_of_every_file_is_refused_by_file_line_and_field(@TempDir Path dir) {
        ImportSummary s = importer.importDataset(Fixtures.entities(dir), ImportListener.NONE);

        assertThat(s.rejects()).extracting(Reject::toString).containsExactlyInAnyOrder(
                "follower_counts.csv:4:followers: must be a whole number >= 0, not 'many'",
                "follower_counts.csv:5:account_id: no account 77 in this dataset or the graph: add it to accounts",
                "posts.jsonl:4:id: required but empty",
                "posts.jsonl:3:account_id: no account 55 in this dataset or the graph: add it to accounts",
                "reports.csv:5:post_id: no post p9 in this dataset or the graph: add it to posts",
                "reports.csv:6:reported_at: required but empty",
                "vendors.csv:3:name: required but empty",
                "storefronts.csv:4:kind: must be one of website, instagram_page, facebook_page, telegram, panel_api;"
                        + " not 'shop'",
                "storefronts.csv:5:vendor_id: no vendor v9 in this dataset or the graph: add it to vendors",
                "offers.jsonl:3:currency: must be a 3-letter ISO 4217 code in capitals such as USD, not 'usd'",
                "offers.jsonl:4:price: must be a decimal >= 0 such as 49.99, not '-25'",
                "offers.jsonl:5:service: must be one of followers, likes, reports, comments, views; not 'hugs'",
                "offers.jsonl:6:storefront_id: no storefront sf7 in this dataset or the graph: add it to storefronts",
                "purchases.csv:3:honeypot_id: no account 1234 in this dataset or the graph: add it to accounts",
                "purchases.csv:4:quantity: must be a whole number >= 0, not '1.5'",
                "deliveries.csv:4:purchase_id: no purchase pu2 in this dataset or the graph: add it to purchases",
                "deliveries.csv:5:account_id: no account 404 in this dataset or the graph: add it to accounts");
        assertThat(s.files()).containsExactly(
                new FileCount("accounts.csv", 4, 4, 0),
                new FileCount("follows.csv", 3, 3, 0),
                new FileCount("follower_counts.csv", 4, 2, 2),
                new FileCount("posts.jsonl", 4, 2, 2),
                new FileCount("reports.csv", 5, 3, 2),
                new FileCount("vendors.csv", 2, 1, 1),
                new FileCount("storefronts.csv", 4, 2, 2),
                new FileCount("offers.jsonl", 6, 2, 4),
                new FileCount("purchases.csv", 3, 1, 2),
                new FileCount("deliveries.csv", 4, 2, 2));
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void counter_snapshots_hang_off_their_account_with_day_precision_kept(@TempDir Path dir, Driver driver) {
        importer.importDataset(Fixtures.entities(dir), ImportListener.NONE);

        var rows = driver.executableQuery("""
                MATCH (:Account {id: '1'})-[:HAD_COUNT]->(c:CountSnapshot)
                RETURN toString(c.observed_at) AS at, c.observed_precision AS p, c.followers AS f, c.following AS g
                ORDER BY at""").execute().records();
        assertThat(rows).extracting(r -> r.get("at").asString(), r -> r.get("p").asObject(),
                r -> r.get("f").asLong(), r -> r.get("g").asObject()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2024-04-01T00:00:00Z", "day", 27000L, 150L),
                org.assertj.core.groups.Tuple.tuple("2024-04-02T00:00:00Z", null, 70000L, null));
    }

    @Test
    void posts_and_reports_link_accounts_and_a_repeated_report_is_one_relationship(@TempDir Path dir,
            Driver driver) {
        importer.importDataset(Fixtures.entities(dir), ImportListener.NONE);

        Record p1 = one(driver, "MATCH (a:Account)-[:POSTED]->(p:Post {id: 'p1'}) RETURN a.id AS author, "
                + "p.platform AS platform, p.created_precision AS precision, p.text AS text, p.url AS url");
        assertThat(p1.get("author").asString()).isEqualTo("1");
        assertThat(p1.get("platform").asString()).isEqualTo("instagram");
        assertThat(p1.get("precision").asString()).isEqualTo("day");
        assertThat(p1.get("text").asString()).isEqualTo("Our statement on the arrests");
        assertThat(count(driver, "MATCH (:Account {id: '1'})-[:POSTED]->(:Post {id: 'p2'}) RETURN count(*)"))
                .as("a numeric JSON id reads as the same string id").isEqualTo(1);
        assertThat(count(driver, "MATCH (:Account)-[r:REPORTED]->(:Post {id: 'p1'}) RETURN count(r)")).isEqualTo(2);
        assertThat(one(driver, "MATCH (:Account {id: '3'})-[r:REPORTED]->(:Post) RETURN r.reason AS reason")
                .get("reason").asString()).isEqualTo("hate_speech");
    }

    @Test
    void the_market_reads_vendor_storefront_offer_with_exact_prices(@TempDir Path dir, Driver driver) {
        importer.importDataset(Fixtures.entities(dir), ImportListener.NONE);

        assertThat(count(driver, "MATCH (:Vendor {id: 'v1'})-[:OPERATES]->(s:Storefront) RETURN count(s)"))
                .isEqualTo(2);
        Record sf1 = one(driver, "MATCH (s:Storefront {id: 'sf1'}) RETURN s.kind AS kind, s.first_seen_precision "
                + "AS fp, s.last_seen_precision AS lp, toString(s.last_seen) AS last");
        assertThat(sf1.get("kind").asString()).isEqualTo("website");
        assertThat(sf1.get("fp").asString()).isEqualTo("day");
        assertThat(sf1.get("lp").isNull()).isTrue();
        assertThat(sf1.get("last").asString()).isEqualTo("2024-05-18T00:00:00Z");
        var offers = driver.executableQuery("""
                MATCH (:Storefront {id: 'sf1'})-[:OFFERS]->(o:Offer)
                RETURN o.quantity AS q, o.price AS price, o.price_text AS text, o.currency AS cur, o.service AS service
                ORDER BY q""").execute().records();
        assertThat(offers).extracting(r -> r.get("q").asLong(), r -> r.get("price").asDouble(),
                r -> r.get("text").asString(), r -> r.get("cur").asString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(10_000L, 50.0, "50.00", "USD"),
                org.assertj.core.groups.Tuple.tuple(1_000_000L, 1500.0, "1500.00", "USD"));
    }

    @Test
    void a_test_purchase_names_its_storefront_honeypot_and_deliveries(@TempDir Path dir, Driver driver) {
        importer.importDataset(Fixtures.entities(dir), ImportListener.NONE);

        Record pu1 = one(driver, """
                MATCH (s:Storefront)<-[:BOUGHT_FROM]-(p:Purchase {id: 'pu1'})-[:FOR_HONEYPOT]->(h:Account)
                RETURN s.id AS s, h.id AS h, p.price_text AS price, p.quantity AS q, p.service AS service""");
        assertThat(pu1.get("s").asString()).isEqualTo("sf1");
        assertThat(pu1.get("h").asString()).isEqualTo("9");
        assertThat(pu1.get("price").asString()).isEqualTo("7.00");
        assertThat(pu1.get("q").asLong()).isEqualTo(1000);
        var delivered = driver.executableQuery("""
                MATCH (:Purchase {id: 'pu1'})-[d:DELIVERED]->(a:Account)
                RETURN a.id AS id, d.delivered_precision AS p ORDER BY id""").execute().records();
        assertThat(delivered).extracting(r -> r.get("id").asString(), r -> r.get("p").asObject()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2", null), org.assertj.core.groups.Tuple.tuple("3", "day"));
    }

    @Test
    void every_node_and_relationship_names_its_dataset_and_the_dataset_counts_its_files(@TempDir Path dir,
            Driver driver) {
        importer.importDataset(Fixtures.entities(dir), ImportListener.NONE);

        assertThat(count(driver, "MATCH (n) WHERE NOT n:Dataset AND NOT n:LockstepMigration "
                + "AND coalesce(n.datasets, []) <> ['fixture'] RETURN count(n)")).isZero();
        assertThat(count(driver, "MATCH ()-[r]->() WHERE coalesce(r.datasets, []) <> ['fixture'] RETURN count(r)"))
                .isZero();
        Record d = one(driver, "MATCH (d:Dataset {name: 'fixture'}) RETURN d.status AS status, "
                + "d.offers_read AS read, d.offers_imported AS imported, d.offers_rejected AS rejected, "
                + "d.deliveries_imported AS deliveries");
        assertThat(d.get("status").asString()).isEqualTo("done");
        assertThat(d.get("read").asLong()).isEqualTo(6);
        assertThat(d.get("imported").asLong()).isEqualTo(2);
        assertThat(d.get("rejected").asLong()).isEqualTo(4);
        assertThat(d.get("deliveries").asLong()).isEqualTo(2);
    }

    @Test
    void importing_every_file_twice_changes_nothing(@TempDir Path dir, Driver driver) {
        Fixtures.entities(dir);
        importer.importDataset(dir, ImportListener.NONE);
        var counts = Fixtures.counts(driver);
        var before = Fixtures.snapshot(driver);
        importer.importDataset(dir, ImportListener.NONE);
        assertThat(Fixtures.counts(driver)).isEqualTo(counts);
        assertThat(Fixtures.snapshot(driver)).isEqualTo(before);
    }

    @Test
    void a_second_dataset_cannot_give_a_post_storefront_or_purchase_another_owner(@TempDir Path dir) throws IOException {
        importer.importDataset(Fixtures.entities(dir), ImportListener.NONE);
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("manifest.json"), "{\"name\": \"other\", \"platform\": \"instagram\"}");
        Files.writeString(other.resolve("accounts.csv"), "id\n2\n");
        Files.writeString(other.resolve("posts.csv"), "id,account_id\np1,2\n");
        Files.writeString(other.resolve("vendors.csv"), "id,name\nv2,NorthStar\n");
        Files.writeString(other.resolve("storefronts.csv"), "id,vendor_id,url\nsf1,v2,https://n.example\n");
        Files.writeString(other.resolve("purchases.csv"),
                "id,storefront_id,service,quantity,placed_at,honeypot_id\npu1,sf1,followers,1000,2024-05-01,2\n");

        ImportSummary s = importer.importDataset(other, ImportListener.NONE);

        assertThat(s.rejects()).extracting(Reject::toString).containsExactly(
                "posts.csv:2:account_id: post p1 is already in the graph as posted by account 1, not 2",
                "storefronts.csv:2:vendor_id: storefront sf1 is already in the graph as operated by vendor v1, not v2",
                "purchases.csv:2:honeypot_id: purchase pu1 is already in the graph for honeypot 9, not 2");
    }

    private static Record one(Driver driver, String query) {
        return driver.executableQuery(query).execute().records().getFirst();
    }
}
