package org.lockstep.importer;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The 64-bit DCT perceptual hash (pHash) of an image, as the dataset format's {@code avatar_phash} means it.
 *
 * <p>The steps are those of pHash.org's {@code ph_dct_imagehash}: grey levels (alpha composited on white), shrunk to
 * 32x32 by area averaging, a 2-D DCT-II, then the 8x8 block of lowest frequencies with the DC row and column left out
 * (coefficients 1..8 in each direction); each of the 64 bits says whether its coefficient lies above their median.
 * Bits are written row by row, the first coefficient in the highest bit. Re-encoding, resizing and light cropping
 * move few bits; unrelated images differ in about half of them.
 */
public final class PerceptualHash {
    private static final int GRID = 32;
    private static final int LOW = 8;
    /** cos((2x + 1) u pi / 64) for u = 1..8, x = 0..31: the DCT basis of the coefficients kept. */
    private static final double[][] BASIS = new double[LOW][GRID];

    static {
        for (int u = 0; u < LOW; u++) {
            for (int x = 0; x < GRID; x++) {
                BASIS[u][x] = Math.cos((2 * x + 1) * (u + 1) * Math.PI / (2 * GRID));
            }
        }
    }

    private PerceptualHash() {
    }

    public static long of(BufferedImage image) {
        double[][] grid = shrink(image);
        double[] low = new double[LOW * LOW];
        // Separable DCT: first along x for every row, then along y, computing only the 64 coefficients kept.
        double[][] rows = new double[GRID][LOW];
        for (int y = 0; y < GRID; y++) {
            for (int v = 0; v < LOW; v++) {
                double sum = 0;
                for (int x = 0; x < GRID; x++) {
                    sum += grid[y][x] * BASIS[v][x];
                }
                rows[y][v] = sum;
            }
        }
        for (int u = 0; u < LOW; u++) {
            for (int v = 0; v < LOW; v++) {
                double sum = 0;
                for (int y = 0; y < GRID; y++) {
                    sum += rows[y][v] * BASIS[u][y];
                }
                low[u * LOW + v] = sum;
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

    /** The hash as the dataset format writes it: 16 lower-case hex digits. */
    public static String hex(long hash) {
        return HexFormat.of().toHexDigits(hash);
    }

    public static long parse(String hex) {
        return HexFormat.fromHexDigitsToLong(hex);
    }

    /** How many of the 64 bits differ: 0 for the same picture, about 32 for unrelated ones. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /**
     * Grey levels (ITU-R BT.601 luma, transparent pixels read as white), area-averaged down or up to 32x32: each
     * target cell is the mean of the source area it covers, partial pixels weighted by their overlap. Separable and
     * one row at a time, so memory stays small for any image size.
     */
    static double[][] shrink(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] row = new int[w];
        double[][] across = new double[h][GRID];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                spread(x, w, grey(row[x]), across[y]);
            }
        }
        double[][] out = new double[GRID][GRID];
        double[] column = new double[GRID];
        for (int x = 0; x < GRID; x++) {
            Arrays.fill(column, 0);
            for (int y = 0; y < h; y++) {
                spread(y, h, across[y][x], column);
            }
            for (int y = 0; y < GRID; y++) {
                out[y][x] = column[y];
            }
        }
        return out;
    }

    private static double grey(int argb) {
        double alpha = (argb >>> 24) / 255.0;
        double luma = 0.299 * (argb >> 16 & 255) + 0.587 * (argb >> 8 & 255) + 0.114 * (argb & 255);
        return alpha * luma + (1 - alpha) * 255;
    }

    /**
     * Adds source pixel {@code i} of {@code n} to the 32 target cells it overlaps, weighted so that each target cell
     * ends as the mean of what it covers. In target units the pixel spans [i*32/n, (i+1)*32/n).
     */
    private static void spread(int i, int n, double value, double[] into) {
        double from = (double) i * GRID / n;
        double to = (double) (i + 1) * GRID / n;
        for (int cell = (int) from; cell < GRID && cell < to; cell++) {
            double overlap = Math.min(to, cell + 1) - Math.max(from, cell);
            if (overlap > 0) {
                into[cell] += value * overlap;
            }
        }
    }
}
