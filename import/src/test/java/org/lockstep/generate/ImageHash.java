package org.lockstep.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.commons.codec.digest.DigestUtils;
import org.lockstep.importer.PerceptualHash;

/**
 * Test-side image hashes: the exact SHA-256 and the 64-bit DCT perceptual hash, the two the dataset format names.
 * The pHash is the importer's own, so the generator's near-duplicates are checked against what import computes.
 */
final class ImageHash {

    private ImageHash() {
    }

    static String sha256(Path file) throws IOException {
        return DigestUtils.sha256Hex(Files.readAllBytes(file));
    }

    static long phash(Path file) throws IOException {
        return PerceptualHash.of(ImageIO.read(file.toFile()));
    }
}
