package org.lockstep.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lockstep.importer.PerceptualHash;

/**
 * The importer's pHash against the generator's avatar pools: each re-encoded, resized or cropped variant lands near
 * the original it was made from, and images of different pools (other vendors, the troll portrait, the meme) do not.
 */
class AvatarPoolHashTest {

    @ParameterizedTest
    @ValueSource(longs = {42, 7})
    void near_duplicates_are_within_8_bits_of_their_original_and_other_pools_at_least_16_away(long seed,
            @TempDir Path dir) throws IOException {
        Avatars avatars = Avatars.write(dir, seed);
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
}
