package org.lockstep.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;

/** Oversized fields and conflicting duplicate ids, end to end. */
@ExtendWith(Neo4jExtension.class)
class HostileInputIT {

    @Test
    void conflicting_duplicates_and_oversized_fields_are_refused_and_exact_copies_and_later_observations_load(
            @TempDir Path dir, Driver driver) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\"name\": \"dups\", \"platform\": \"instagram\"}");
        Files.writeString(dir.resolve("accounts.csv"), """
                id,handle,bio,observed_at
                1,target,first,2024-05-01T00:00:00Z
                2,bot,hi,2024-05-01T00:00:00Z
                2,bot,hi,2024-05-01T00:00:00Z
                2,bot_renamed,hi,2024-05-01T00:00:00Z
                1,target,later,2024-05-02T00:00:00Z
                3,long,%s,
                """.formatted("a".repeat(70_000)));
        Files.writeString(dir.resolve("posts.csv"), "id,account_id,text\np1,1,hello\np1,2,hello\n");
        Files.writeString(dir.resolve("vendors.csv"), "id,name\nv1,Kavir\nv1,Kavir\nv1,Kavir Boost\n");
        Files.writeString(dir.resolve("storefronts.csv"), "id,vendor_id,url\nsf1,v1,https://a.example\n"
                + "sf1,v1,https://b.example\n");
        Files.writeString(dir.resolve("purchases.csv"), """
                id,storefront_id,service,quantity,placed_at,honeypot_id
                pu1,sf1,followers,1000,2024-05-01,1
                pu1,sf1,followers,10000,2024-05-01,1
                """);

        ImportSummary s = new DatasetImporter(driver, 100).importDataset(dir, ImportListener.NONE);

        assertThat(s.rejects()).extracting(Reject::toString).containsExactly(
                "accounts.csv:5:id: id 2 first seen at line 3 with other values",
                "accounts.csv:7:bio: field too long (70000 bytes; the limit is 65536)",
                "posts.csv:3:id: id p1 first seen at line 2 with other values",
                "vendors.csv:4:id: id v1 first seen at line 2 with other values",
                "storefronts.csv:3:id: id sf1 first seen at line 2 with other values",
                "purchases.csv:3:id: id pu1 first seen at line 2 with other values");
        assertThat(s.imported("accounts")).isEqualTo(4);
        assertThat(s.imported("vendors")).isEqualTo(2);
        var target = driver.executableQuery("MATCH (a:Account {id: '1'}) RETURN a.bio AS bio").execute().records();
        assertThat(target.getFirst().get("bio").asString()).isEqualTo("later");
        var bot = driver.executableQuery("MATCH (a:Account {id: '2'}) RETURN a.handle AS h").execute().records();
        assertThat(bot.getFirst().get("h").asString()).as("the first of two conflicting rows stands").isEqualTo("bot");
    }
}
