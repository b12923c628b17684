package org.lockstep.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lockstep.importer.PerceptualHash;

/**
 * The importer's pHash against the generator's avatar pools: each re-encoded, resized or cropped variant lands near
 * the original it was made from, and images of different pools (other vendors, the troll portrait, the meme) do not.
 * The unique faces that larger scales give as hashes only stay far from each other and from every pool.
 */
class AvatarPoolHashTest {

    @ParameterizedTest
    @ValueSource(longs = {42, 7})
    void near_duplicates_are_within_8_bits_of_their_original_and_other_pools_at_least_16_away(long seed,
            @TempDir Path dir) throws IOException {
        Avatars avatars = Avatars.write(dir, seed, 0, true);
        List<Avatars.Pool> pools = new ArrayList<>(avatars.vendorPools());
        pools.add(avatars.trollPool());
        pools.add(new Avatars.Pool(List.of(avatars.memeFile()), 1));
        Map<String, Integer> poolOf = new LinkedHashMap<>();
        Map<String, Long> hash = new LinkedHashMap<>();
        int variants = 0;
        for (int p = 0; p < pools.size(); p++) {
            Avatars.Pool pool = pools.get(p);
            for (String file : pool.files()) {
                poolOf.put(file, p);
                hash.put(file, PerceptualHash.of(ImageIO.read(Files.newInputStream(dir.resolve(file)))));
            }
            for (int i = pool.bases(); i < pool.files().size(); i++) {
                // Avatars.Writer derives variant v from base v % bases.
                String original = pool.files().get((i - pool.bases()) % pool.bases());
                String variant = pool.files().get(i);
                assertThat(PerceptualHash.distance(hash.get(original), hash.get(variant)))
                        .as("%s, a variant of %s", variant, original).isLessThanOrEqualTo(8);
                variants++;
            }
        }
        assertThat(variants).isGreaterThanOrEqualTo(10);
        for (String a : hash.keySet()) {
            for (String b : hash.keySet()) {
                if (!poolOf.get(a).equals(poolOf.get(b))) {
                    assertThat(PerceptualHash.distance(hash.get(a), hash.get(b))).as("%s vs %s", a, b)
                            .isGreaterThanOrEqualTo(16);
                }
            }
        }
    }

    @Test
    void unique_faces_given_as_hashes_only_have_distinct_digests_and_phashes_far_from_each_other_and_the_pools(
            @TempDir Path dir) throws IOException {
        int count = 20_000;
        Avatars avatars = Avatars.write(dir, 42, count, false);
        assertThat(avatars.faceFiles()).isEmpty();
        Set<String> digests = new HashSet<>();
        long[] hashes = new long[count];
        for (int rank = 0; rank < count; rank++) {
            String[] face = avatars.face(rank);
            assertThat(face[0]).isEmpty();
            assertThat(face[1]).matches("[0-9a-f]{64}");
            assertThat(face[2]).matches("[0-9a-f]{16}");
            digests.add(face[1]);
            hashes[rank] = PerceptualHash.parse(face[2]);
        }
        assertThat(digests).hasSize(count);
        int closest = 64;
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                closest = Math.min(closest, Long.bitCount(hashes[i] ^ hashes[j]));
            }
        }
        assertThat(closest).isGreaterThan(16);
        try (Stream<Path> files = Files.list(dir.resolve("avatars"))) {
            for (Path file : files.toList()) {
                long pool = ImageHash.phash(file);
                assertThat(Arrays.stream(hashes).map(h -> Long.bitCount(h ^ pool)).min().orElseThrow())
                        .as("closest unique face to %s", file.getFileName()).isGreaterThan(16);
            }
        }
        assertThat(Avatars.write(dir.resolve("again"), 42, count, false).face(count - 1))
                .containsExactly(avatars.face(count - 1));
    }
}
