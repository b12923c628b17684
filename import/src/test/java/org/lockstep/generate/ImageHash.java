package org.lockstep.generate;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.commons.codec.digest.DigestUtils;

/** Test-side image hashes: the exact SHA-256 and a 64-bit DCT perceptual hash, the two the dataset format names. */
final class ImageHash {
    private static final int GRID = 32;

    private ImageHash() {
    }

    static String sha256(Path file) throws IOException {
        return DigestUtils.sha256Hex(Files.readAllBytes(file));
    }

    /** pHash: 32x32 box-averaged grey, 2-D DCT, the 8x8 lowest frequencies compared with their median. */
    static long phash(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        int w = image.getWidth();
        int h = image.getHeight();
        double[][] grey = new double[GRID][GRID];
        int[][] n = new int[GRID][GRID];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                grey[y * GRID / h][x * GRID / w] += 0.299 * (rgb >> 16 & 255) + 0.587 * (rgb >> 8 & 255)
                        + 0.114 * (rgb & 255);
                n[y * GRID / h][x * GRID / w]++;
            }
        }
        double[] low = new double[64];
        for (int u = 0; u < 8; u++) {
            for (int v = 0; v < 8; v++) {
                double sum = 0;
                for (int y = 0; y < GRID; y++) {
                    for (int x = 0; x < GRID; x++) {
                        sum += grey[y][x] / n[y][x] * Math.cos((2 * y + 1) * u * Math.PI / (2 * GRID))
                                * Math.cos((2 * x + 1) * v * Math.PI / (2 * GRID));
                    }
                }
                low[u * 8 + v] = sum;
            }
        }
        double[] sorted = low.clone();
        Arrays.sort(sorted);
        double median = (sorted[31] + sorted[32]) / 2;
        long hash = 0;
        for (double c : low) {
            hash = hash << 1 | (c > median ? 1 : 0);
        }
        return hash;
    }
}
