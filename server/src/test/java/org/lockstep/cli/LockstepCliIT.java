package org.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.server.Json;

/** The command line as a user runs it: generate, import with a bad row, stats, detect, and a mistyped folder. */
class LockstepCliIT {

    record Result(int exit, String out, String err) {
    }

    static Result lockstep(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = LockstepCli.run(args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void a_user_generates_imports_counts_and_detects_from_the_command_line(@TempDir Path tmp) throws Exception {
        Path scenario = tmp.resolve("scenario");
        Path data = tmp.resolve("data").toAbsolutePath();
        Result generated = lockstep("generate", "--seed", "7", "--scale", "small", "--out", scenario.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(generated.out()).contains("Next: lockstep import");

        Path follows = scenario.resolve("dataset/follows.csv");
        long lines = Files.lines(follows).count();
        Files.writeString(follows, "404404,1,2024-04-14T09:00:00Z,\n", StandardOpenOption.APPEND);
        Result imported = lockstep("import", "--data", data.toString(), scenario.resolve("dataset").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("rejected follows.csv:" + (lines + 1) + ":follower_id: no account 404404");
        Path rejects = data.resolve("import-reports/lockstep-demo-small-seed7/rejects.csv");
        assertThat(Files.readAllLines(rejects)).hasSize(2).last().asString()
                .startsWith("follows.csv," + (lines + 1) + ",follower_id,");

        Result stats = lockstep("stats", "--json", "--data", data.toString());
        assertThat(stats.exit()).as(stats.err()).isZero();
        JsonNode json = Json.mapper().readTree(stats.out());
        assertThat(json.at("/datasets/0/name").asText()).isEqualTo("lockstep-demo-small-seed7");
        assertThat(json.at("/datasets/0/rejects").asLong()).isEqualTo(1);
        assertThat(json.at("/datasets/0/follows").asLong()).isEqualTo(lines - 1);

        Result detect = lockstep("detect", "shared-followers", "-p", "minSize=20", "--data", data.toString());
        assertThat(detect.exit()).as(detect.err()).isZero();
        assertThat(detect.out()).startsWith(
                "shared-followers with {minTargets=2, minSize=20, minShare=0.5, maxMembers=500}:")
                .contains("sf-");

        Path export = tmp.resolve("campaigns.csv");
        Result all = lockstep("detect", "all", "--export", export.toString(), "--data", data.toString());
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(all.out()).contains(" campaigns (").contains("lockstep").contains("Example, one account of cmp-");
        assertThat(all.err()).contains("detect all 100%");
        assertThat(Files.readAllLines(export).getFirst()).isEqualTo("campaign_id,platform,account_id,handle,signals,"
                + "explanation");
        assertThat(Files.readAllLines(export)).hasSizeGreaterThan(1_000);
        Result exportOne = lockstep("detect", "lockstep", "--export", export.toString(), "--data", data.toString());
        assertThat(exportOne.exit()).isEqualTo(2);
        assertThat(exportOne.err()).contains("--export works with 'detect all'");

        Result badParam = lockstep("detect", "shared-followers", "-p", "minSize=lots", "--data", data.toString());
        assertThat(badParam.exit()).isEqualTo(2);
        assertThat(badParam.err()).contains("Parameter 'minSize' must be a whole number such as 10, not 'lots'.");

        Result missing = lockstep("import", "--data", data.toString(), tmp.resolve("no-such-folder").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("not a folder");
    }

    private static String profile(String id, String username, String fullName, long followers) {
        return """
                {"instaloader": {"node_type": "Profile", "version": "4.13.1"},
                 "node": {"id": "%s", "username": "%s", "full_name": "%s", "biography": "",
                          "edge_followed_by": {"count": %d}, "edge_follow": {"count": 1500},
                          "edge_owner_to_timeline_media": {"count": 0}, "is_private": false, "is_verified": false}}
                """.formatted(id, username, fullName, followers);
    }

    @Test
    void an_instaloader_folder_imports_from_the_command_line_with_rejects_at_their_source_lines(@TempDir Path tmp)
            throws Exception {
        Path source = tmp.resolve("collected");
        Files.createDirectories(source.resolve("target_org"));
        Files.createDirectories(source.resolve("bot_1"));
        Files.writeString(source.resolve("target_org/target_org_501.json"), profile("501", "target_org", "Target",
                27000));
        Files.writeString(source.resolve("bot_1/bot_1_502.json"), profile("502", "bot_1", "<b>bot</b>", 0));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(16, 16,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        javax.imageio.ImageIO.write(image, "jpg", source.resolve("bot_1/2024-04-10_08-00-00_UTC_profile_pic.jpg")
                .toFile());
        Files.writeString(source.resolve("followers_of_target_org.txt"), "bot_1\nghost_42\n");
        Path data = tmp.resolve("data").toAbsolutePath();

        Result imported = lockstep("import", "--data", data.toString(), "--observed-at", "2024-05-02",
                source.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported dataset 'instaloader-collected' (instagram)")
                .contains("rejected followers_of_target_org.txt:2:username: no profile metadata for ghost_42");
        Path rejects = data.resolve("import-reports/instaloader-collected/rejects.csv");
        assertThat(Files.readAllLines(rejects)).hasSize(2).last().asString()
                .startsWith("followers_of_target_org.txt,2,username,");

        Result again = lockstep("import", "--format", "instaloader", "--data", data.toString(), "--observed-at",
                "2024-05-02", source.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        Result stats = lockstep("stats", "--json", "--data", data.toString());
        JsonNode json = Json.mapper().readTree(stats.out());
        assertThat(json.at("/datasets/0/name").asText()).isEqualTo("instaloader-collected");
        assertThat(json.at("/datasets/0/follows").asLong()).isEqualTo(1);
        assertThat(json.at("/datasets/0/rejects").asLong()).isEqualTo(1);
        assertThat(json.toString()).contains("{\"label\":\"Avatar\",\"count\":1}");

        Result unknown = lockstep("import", "--format", "tiktok-dump", "--data", data.toString(), source.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("use one of twitter-v1|twitter-v2|instaloader|smm-panel|lockstep");
    }

    @Test
    void serve_refuses_a_public_address_before_opening_anything(@TempDir Path tmp) {
        Result r = lockstep("serve", "--host", "0.0.0.0", "--data", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Refusing to listen on 0.0.0.0");
    }
}
