package org.lockstep.importer.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lockstep.importer.adapter.Samples.path;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.importer.FileCount;
import org.lockstep.importer.ImportListener;
import org.lockstep.importer.ImportSummary;
import org.lockstep.importer.Reject;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

@ExtendWith(Neo4jExtension.class)
class SourceImporterIT {
    private final Driver driver;
    private final SourceImporter importer;

    SourceImporterIT(Driver driver) {
        this.driver = driver;
        this.importer = new SourceImporter(driver, 3);
    }

    private ImportSummary load(String sample, SourceFormat format, SourceOptions options) {
        return importer.importSource(path(sample), format, options, ImportListener.NONE);
    }

    private Record one(String query, Map<String, Object> params) {
        return driver.executableQuery(query).withParameters(params).execute().records().getFirst();
    }

    private long count(String query) {
        return driver.executableQuery(query).execute().records().getFirst().get(0).asLong();
    }

    private TreeMap<String, Long> counts() {
        TreeMap<String, Long> counts = new TreeMap<>();
        driver.executableQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n").execute()
                .records().forEach(r -> counts.put(":" + r.get("label").asString(), r.get("n").asLong()));
        driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").execute()
                .records().forEach(r -> counts.put("-" + r.get("type").asString(), r.get("n").asLong()));
        return counts;
    }

    @Test
    void twitter_v1_users_and_edges_load_as_accounts_and_timeless_follows_with_rejects_at_their_source_lines() {
        ImportSummary s = load("twitter-v1", null, new SourceOptions(null, "2024-05-02T10:00:00Z", null, null, null));

        assertThat(s.dataset()).isEqualTo("twitter-v1-twitter-v1");
        assertThat(s.platform()).isEqualTo("twitter");
        assertThat(s.rejects()).extracting(Reject::toString).containsExactly(
                "followers.csv:6:source_id: no account 9999 in this dataset or the graph: add it to accounts",
                "followers.csv:7:target_id: an account cannot follow itself (1009)",
                "followers.csv:9:source_id: no account 1008 in this dataset or the graph: add it to accounts",
                "followers.csv:10:source_id: no account 1008 in this dataset or the graph: add it to accounts",
                "users.json:33:created_at: must be a time such as Tue Mar 08 10:20:00 +0000 2011, not 'yesterday'",
                "users.json:34:id_str: required but empty",
                "users.json:36:friends_count: must be a whole number >= 0, not -3");
        assertThat(s.files()).containsExactly(new FileCount("accounts.jsonl", 9, 6, 3),
                new FileCount("follows.jsonl", 9, 5, 4));
        Record target = one("""
                MATCH (a:Account {platform: 'twitter', id: '1001'})
                RETURN a.handle AS handle, toString(a.created_at) AS created, a.followers AS followers,
                       a.is_verified AS verified, toString(a.observed_at) AS observed
                """, Map.of());
        assertThat(target.get("handle").asString()).isEqualTo("bidari_women");
        assertThat(target.get("created").asString()).isEqualTo("2011-03-08T10:20:00Z");
        assertThat(target.get("followers").asLong()).isEqualTo(27000);
        assertThat(target.get("verified").asBoolean()).isTrue();
        assertThat(target.get("observed").asString()).isEqualTo("2024-05-02T10:00:00Z");
        assertThat(one("MATCH (a:Account {id: '1002'}) RETURN a.display_name AS n", Map.of()).get("n").asString())
                .isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(count("""
                MATCH (:Account)-[f:FOLLOWS {episode: 'unknown'}]->(:Account {id: '1001'})
                WHERE f.followed_at IS NULL RETURN count(f)""")).isEqualTo(4);
        Record dataset = one("MATCH (d:Dataset) RETURN d.status AS status, d.accounts_rejected AS ar, "
                + "d.follows_rejected AS fr, d.collected_at AS at", Map.of());
        assertThat(dataset.get("status").asString()).isEqualTo("done");
        assertThat(dataset.get("ar").asLong()).isEqualTo(3);
        assertThat(dataset.get("fr").asLong()).isEqualTo(4);
        assertThat(dataset.get("at").asString()).isEqualTo("2024-05-02T10:00Z");
    }

    @Test
    void instaloader_profiles_load_with_hashed_pictures_and_follower_lists_as_timeless_follows() {
        ImportSummary s = load("instaloader", null, SourceOptions.NONE);

        assertThat(s.platform()).isEqualTo("instagram");
        assertThat(s.dataset()).isEqualTo("instaloader-instaloader");
        assertThat(count("MATCH (a:Account {platform: 'instagram'}) RETURN count(a)")).isEqualTo(5);
        Record target = one("""
                MATCH (a:Account {platform: 'instagram', id: '2001'})-[:USES_AVATAR]->(v:Avatar)
                RETURN a.avatar_sha256 AS sha, a.avatar_file AS file, a.followers AS followers, v.width AS width
                """, Map.of());
        assertThat(target.get("sha").asString())
                .isEqualTo("65d4819c0f3547151e3c8608b7e0e5fbb0f168a1be2d5fda0ef001234d4928a7");
        assertThat(target.get("file").asString()).isEqualTo("bidari_women/2024-04-01_10-00-00_UTC_profile_pic.jpg");
        assertThat(target.get("followers").asLong()).isEqualTo(70112);
        assertThat(target.get("width").asLong()).isEqualTo(48);
        assertThat(count("""
                MATCH (a:Account)-[:USES_AVATAR]->(:Avatar {sha256:
                  '5a550e460c918940ed1de142ffd6d38a49ec255285d93da0f54f31ee141d82fb'}) RETURN count(a)"""))
                .isEqualTo(3);
        assertThat(one("MATCH (a:Account {id: '2004'}) RETURN a.display_name AS n", Map.of()).get("n").asString())
                .isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(count("""
                MATCH (f:Account)-[r:FOLLOWS {episode: 'unknown'}]->(:Account {handle: 'bidari_women'})
                RETURN count(r)""")).isEqualTo(4);
        assertThat(s.rejects()).extracting(Reject::toString).contains(
                "broken_id/broken_id_2005.json:1:node.id: must be the account's numeric id as digits, not '20o5'",
                "flat/trvb0042_2007.json:1:node.edge_followed_by.count: must be a whole number >= 0, not -1",
                "followers_of_bidari_women.txt:6:username: no account 2007 in this dataset or the graph: add it to"
                        + " accounts")
                .hasSize(6);
    }

    @Test
    void twitter_v2_objects_and_pages_load_and_a_bad_count_is_named_by_its_nested_source_field() {
        ImportSummary s = load("twitter-v2", SourceFormat.TWITTER_V2, new SourceOptions("v2-sample", null, null,
                null, null));

        assertThat(s.dataset()).isEqualTo("v2-sample");
        assertThat(count("MATCH (a:Account {platform: 'twitter'}) RETURN count(a)")).isEqualTo(5);
        assertThat(one("MATCH (a:Account {id: '4004'}) RETURN toString(a.created_at) AS c", Map.of()).get("c")
                .asString()).isEqualTo("2024-04-10T08:00:19Z");
        assertThat(count("MATCH ()-[f:FOLLOWS]->(:Account {id: '4001'}) RETURN count(f)")).isEqualTo(4);
        assertThat(s.rejects()).extracting(Reject::toString).contains(
                "following.csv:6:follower_id: no account 4010 in this dataset or the graph: add it to accounts",
                "users.jsonl:5:public_metrics.followers_count: must be a whole number >= 0, not 'many'",
                "users.jsonl:6:created_at: must be an ISO-8601 time such as 2024-05-02 or 2024-05-02T10:15:00Z, not"
                        + " 'last week'")
                .hasSize(4);
    }

    @Test
    void a_panel_price_list_loads_as_offers_of_its_storefront_with_prices_as_written() {
        ImportSummary s = load("smm-panel", SourceFormat.SMM_PANEL, SourceOptions.NONE);

        assertThat(s.dataset()).isEqualTo("smm-panel-growfast-panel-2024-05-02");
        assertThat(count("MATCH (:Vendor {id: 'growfast'})-[:OPERATES]->(s:Storefront {kind: 'panel_api'}) "
                + "RETURN count(s)")).isEqualTo(1);
        assertThat(count("MATCH (:Storefront {id: 'growfast-panel'})-[:OFFERS]->(o:Offer) RETURN count(o)"))
                .isEqualTo(6);
        Record followers = one("""
                MATCH (:Storefront {id: 'growfast-panel'})-[:OFFERS]->(o:Offer {service: 'followers',
                      target_platform: 'instagram'})
                RETURN o.quantity AS q, o.price AS price, o.price_text AS text, o.currency AS currency,
                       toString(o.observed_at) AS at
                """, Map.of());
        assertThat(followers.get("q").asLong()).isEqualTo(1000);
        assertThat(followers.get("price").asDouble()).isEqualTo(0.9);
        assertThat(followers.get("text").asString()).isEqualTo("0.90");
        assertThat(followers.get("currency").asString()).isEqualTo("USD");
        assertThat(followers.get("at").asString()).isEqualTo("2024-05-02T10:00:00Z");
        assertThat(s.rejects()).extracting(Reject::toString).containsExactly(
                "services.json:3:service: service 102 is a second instagram followers offer per 1000 on this "
                        + "storefront and day, after service 101 at line 2; the graph keeps one offer per storefront,"
                        + " service, platform, quantity and day",
                "services.json:11:rate: must be a decimal >= 0 such as 49.99, not '1,20'",
                "services.json:12:service: required but empty: the panel's id of the service");
    }

    @Test
    void importing_any_sample_twice_changes_no_count() {
        String[] samples = {"twitter-v1", "twitter-v1-csv", "twitter-v2", "instaloader", "smm-panel"};
        for (String sample : samples) {
            load(sample, null, SourceOptions.NONE);
        }
        TreeMap<String, Long> first = counts();
        for (String sample : samples) {
            load(sample, null, SourceOptions.NONE);
        }

        assertThat(counts()).isEqualTo(first);
        assertThat(first).containsEntry(":Dataset", 5L).containsKeys(":Account", "-FOLLOWS", ":Avatar", ":Offer");
    }

    @Test
    void a_lockstep_dataset_passes_through_and_refuses_a_dataset_name() {
        assertThatThrownBy(() -> importer.importSource(path("../fixtures/entities"), null,
                new SourceOptions("renamed", null, null, null, null), ImportListener.NONE))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("manifest.json");

        ImportSummary s = importer.importSource(path("../fixtures/entities"), null, SourceOptions.NONE,
                ImportListener.NONE);
        assertThat(s.imported("accounts")).isPositive();
    }
}
