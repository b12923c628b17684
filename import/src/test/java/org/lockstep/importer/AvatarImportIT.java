package org.lockstep.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lockstep.importer.Fixtures.count;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** Avatar files hashed at import, given hashes taken as they are, and every kind of bad image refused. */
@ExtendWith(Neo4jExtension.class)
class AvatarImportIT {
    private static final String SHA = "ab".repeat(32);

    private final DatasetImporter importer;

    AvatarImportIT(Driver driver) {
        this.importer = new DatasetImporter(driver, 3);
    }

    private static Path dataset(Path dir) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\"name\": \"avatars\", \"platform\": \"instagram\"}");
        Path avatars = Files.createDirectory(dir.resolve("avatars"));
        byte[] jpeg = AvatarImageTest.encode(AvatarImageTest.face(320, new Color(230, 190, 160)), "jpg");
        Files.write(avatars.resolve("face.jpg"), jpeg);
        Files.write(avatars.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        Files.writeString(avatars.resolve("fake.png"), "<svg onload=alert(1)>\n");
        Files.writeString(dir.getParent().resolve("outside.jpg"), "not even an image");
        Files.createSymbolicLink(avatars.resolve("link.jpg"), dir.getParent().resolve("outside.jpg"));
        Files.writeString(dir.resolve("accounts.csv"), """
                id,handle,avatar_file,avatar_sha256,avatar_phash
                1,bot_a,avatars/face.jpg,,
                2,bot_b,./avatars//face.jpg,,ffffffffffffffff
                3,bot_c,avatars/cut.jpg,,
                4,bot_d,avatars/fake.png,,
                5,bot_e,/etc/passwd,,
                6,bot_f,../outside.jpg,,
                7,bot_g,avatars/missing.jpg,,
                8,scraped,,%s,00ff00ff00ff00ff
                9,scraped_too,,%s,
                10,liar,avatars/face.jpg,%s,
                11,phash_only,,,0123456789abcdef
                12,linked,avatars/link.jpg,,
                """.formatted(SHA.toUpperCase(java.util.Locale.ROOT), SHA, "cd".repeat(32)));
        return dir;
    }

    @Test
    void broken_foreign_and_escaping_files_are_refused_by_line_and_the_rest_load(@TempDir Path tmp)
            throws IOException {
        Path dir = dataset(Files.createDirectory(tmp.resolve("ds")));
        String sha = DigestUtils.sha256Hex(Files.readAllBytes(dir.resolve("avatars/face.jpg")));

        ImportSummary s = importer.importDataset(dir, ImportListener.NONE);

        assertThat(s.rejects()).extracting(Reject::toString).satisfiesExactly(
                r -> assertThat(r).startsWith("accounts.csv:4:avatar_file: broken JPEG ("),
                r -> assertThat(r).isEqualTo(
                        "accounts.csv:5:avatar_file: not an image (the importer reads JPEG, PNG, GIF and BMP)"),
                r -> assertThat(r).isEqualTo("accounts.csv:6:avatar_file: must be a path inside the dataset folder"
                        + " such as avatars/123.jpg, not an absolute path"),
                r -> assertThat(r).isEqualTo("accounts.csv:7:avatar_file: must stay inside the dataset folder:"
                        + " '../outside.jpg' leads out of it"),
                r -> assertThat(r).isEqualTo(
                        "accounts.csv:8:avatar_file: no file avatars/missing.jpg in the dataset folder"),
                r -> assertThat(r).isEqualTo("accounts.csv:11:avatar_sha256: does not match avatar_file"
                        + " avatars/face.jpg, whose SHA-256 is " + sha),
                r -> assertThat(r).isEqualTo("accounts.csv:13:avatar_file: must stay inside the dataset folder:"
                        + " 'avatars/link.jpg' is a link out of it"));
        assertThat(s.imported("accounts")).isEqualTo(5);
    }

    @Test
    void a_shipped_image_is_hashed_once_stored_on_the_account_and_as_one_avatar_with_a_thumbnail(@TempDir Path tmp,
            Driver driver) throws IOException {
        Path dir = dataset(Files.createDirectory(tmp.resolve("ds")));
        String sha = DigestUtils.sha256Hex(Files.readAllBytes(dir.resolve("avatars/face.jpg")));
        String phash = PerceptualHash.hex(PerceptualHash.of(ImageIO.read(dir.resolve("avatars/face.jpg").toFile())));

        importer.importDataset(dir, ImportListener.NONE);

        var accounts = driver.executableQuery("""
                MATCH (a:Account)-[:USES_AVATAR]->(av:Avatar {sha256: $sha})
                RETURN a.id AS id, a.avatar_sha256 AS sha, a.avatar_phash AS phash ORDER BY id""")
                .withParameters(java.util.Map.of("sha", sha)).execute().records();
        assertThat(accounts).extracting(r -> r.get("id").asString(), r -> r.get("sha").asString(),
                r -> r.get("phash").asString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", sha, phash),
                org.assertj.core.groups.Tuple.tuple("2", sha, phash));
        Record avatar = driver.executableQuery("MATCH (av:Avatar {sha256: $sha}) RETURN av.phash AS phash, "
                + "av.width AS w, av.height AS h, av.file AS file, av.thumbnail_png AS png, av.datasets AS ds")
                .withParameters(java.util.Map.of("sha", sha)).execute().records().getFirst();
        assertThat(avatar.get("phash").asString()).isEqualTo(phash);
        assertThat(avatar.get("w").asInt()).isEqualTo(320);
        assertThat(avatar.get("h").asInt()).isEqualTo(320);
        assertThat(avatar.get("file").asString()).isEqualTo("avatars/face.jpg");
        assertThat(avatar.get("ds").asList()).containsExactly("avatars");
        var thumbnail = ImageIO.read(new ByteArrayInputStream(avatar.get("png").asByteArray()));
        assertThat(thumbnail.getWidth()).isEqualTo(64);
    }

    @Test
    void given_hashes_are_kept_as_they_are_and_a_given_sha256_makes_an_avatar_without_image(@TempDir Path tmp,
            Driver driver) throws IOException {
        importer.importDataset(dataset(Files.createDirectory(tmp.resolve("ds"))), ImportListener.NONE);

        var scraped = driver.executableQuery("""
                MATCH (a:Account) WHERE a.id IN ['8', '9', '11']
                OPTIONAL MATCH (a)-[:USES_AVATAR]->(av:Avatar)
                RETURN a.id AS id, a.avatar_sha256 AS sha, a.avatar_phash AS phash, av.sha256 AS avatar,
                       av.phash AS avatarPhash, av.thumbnail_png IS NULL AS noImage ORDER BY id""").execute().records();
        assertThat(scraped).extracting(r -> r.get("id").asString(), r -> r.get("sha").asObject(),
                r -> r.get("phash").asObject(), r -> r.get("avatar").asObject(), r -> r.get("avatarPhash").asObject(),
                r -> r.get("noImage").asBoolean()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("11", null, "0123456789abcdef", null, null, true),
                org.assertj.core.groups.Tuple.tuple("8", SHA, "00ff00ff00ff00ff", SHA, "00ff00ff00ff00ff", true),
                org.assertj.core.groups.Tuple.tuple("9", SHA, null, SHA, "00ff00ff00ff00ff", true));
        assertThat(count(driver, "MATCH (av:Avatar) RETURN count(av)")).isEqualTo(2);
    }

    @Test
    void each_distinct_file_is_read_once_per_import(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.png"), AvatarImageTest.encode(AvatarImageTest.face(50, Color.RED), "png"));
        AvatarFiles files = new AvatarFiles(dir);
        SourceRow row = new SourceRow("accounts.csv", 2, java.util.Map.of());
        AvatarImage first = files.image(row, "avatar_file", "a.png");
        Files.writeString(dir.resolve("a.png"), "changed on disk", StandardCharsets.UTF_8);
        assertThat(files.image(row, "avatar_file", " ./a.png")).isSameAs(first);
        assertThat(files.image(row, "avatar_file", "a.png")).isSameAs(first);
    }
}
