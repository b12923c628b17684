package org.lockstep.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PerceptualHashTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void the_fast_separable_dct_gives_the_bits_of_the_textbook_formula(long seed) {
        BufferedImage image = noise(new SplittableRandom(seed), 97, 61);
        double[][] g = PerceptualHash.shrink(image);
        double[] coefficients = new double[64];
        for (int u = 1; u <= 8; u++) {
            for (int v = 1; v <= 8; v++) {
                double sum = 0;
                for (int y = 0; y < 32; y++) {
                    for (int x = 0; x < 32; x++) {
                        sum += g[y][x] * Math.cos((2 * y + 1) * u * Math.PI / 64)
                                * Math.cos((2 * x + 1) * v * Math.PI / 64);
                    }
                }
                coefficients[(u - 1) * 8 + (v - 1)] = sum;
            }
        }
        double[] sorted = coefficients.clone();
        Arrays.sort(sorted);
        long expected = 0;
        for (double c : coefficients) {
            expected = expected << 1 | (c > (sorted[31] + sorted[32]) / 2 ? 1 : 0);
        }
        assertThat(PerceptualHash.of(image)).isEqualTo(expected);
        assertThat(Long.bitCount(expected)).as("a median split sets half the bits").isEqualTo(32);
    }

    @Test
    void shrinking_averages_whole_blocks_and_enlarging_repeats_pixels() {
        BufferedImage big = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                int v = (x + y) % 2 == 0 ? 200 : 100;
                big.setRGB(x, y, new Color(v, v, v).getRGB());
            }
        }
        assertThat(values(PerceptualHash.shrink(big))).containsExactly(150.0);

        BufferedImage small = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        small.setRGB(3, 5, Color.WHITE.getRGB());
        double[][] grid = PerceptualHash.shrink(small);
        assertThat(grid[10][6]).isEqualTo(255.0, Offset.offset(1e-9));
        assertThat(grid[11][7]).isEqualTo(255.0, Offset.offset(1e-9));
        assertThat(grid[10][8]).isEqualTo(0.0);
    }

    @Test
    void transparent_pixels_read_as_white() {
        BufferedImage clear = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        assertThat(values(PerceptualHash.shrink(clear))).containsExactly(255.0);
    }

    @Test
    void re_encoding_resizing_and_light_cropping_move_few_bits_and_another_picture_moves_many() throws Exception {
        BufferedImage original = AvatarImageTest.face(320, new Color(230, 190, 160));
        long hash = PerceptualHash.of(original);

        assertThat(PerceptualHash.distance(hash, PerceptualHash.of(jpeg(original, 0.3f)))).isLessThanOrEqualTo(4);
        assertThat(PerceptualHash.distance(hash, PerceptualHash.of(scaled(original, 96, 0)))).isLessThanOrEqualTo(4);
        assertThat(PerceptualHash.distance(hash, PerceptualHash.of(scaled(original, 320, 6)))).isLessThanOrEqualTo(8);
        assertThat(PerceptualHash.distance(hash, PerceptualHash.of(noise(new SplittableRandom(9), 320, 320))))
                .isGreaterThanOrEqualTo(16);
        BufferedImage other = AvatarImageTest.face(320, new Color(230, 190, 160));
        Graphics2D g = other.createGraphics();
        g.setColor(Color.YELLOW);
        g.fillRect(0, 0, 160, 320);
        g.dispose();
        assertThat(PerceptualHash.distance(hash, PerceptualHash.of(other))).isGreaterThanOrEqualTo(16);
    }

    @Test
    void the_hex_form_is_sixteen_lower_case_digits_and_reads_back() {
        assertThat(PerceptualHash.hex(1)).isEqualTo("0000000000000001");
        assertThat(PerceptualHash.hex(-1)).isEqualTo("ffffffffffffffff");
        assertThat(PerceptualHash.parse("80000000000000ff")).isEqualTo(0x80000000000000ffL);
        assertThat(PerceptualHash.distance(0, -1)).isEqualTo(64);
    }

    private static double[] values(double[][] grid) {
        return Arrays.stream(grid).flatMapToDouble(Arrays::stream).distinct().toArray();
    }

    private static BufferedImage noise(SplittableRandom r, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, r.nextInt(1 << 24));
            }
        }
        return image;
    }

    private static BufferedImage jpeg(BufferedImage image, float quality) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static BufferedImage scaled(BufferedImage source, int size, int crop) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        int w = source.getWidth();
        g.drawImage(source, 0, 0, size, size, crop, crop, w - crop, w - crop, null);
        g.dispose();
        return out;
    }
}
