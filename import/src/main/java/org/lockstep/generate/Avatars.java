package org.lockstep.generate;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The avatar files of the dataset: one pool per vendor, a portrait the troll farm reuses and a meme many ordinary users
 * share. Each pool holds base images and re-encoded near-duplicates of them (another JPEG quality, resized, lightly
 * cropped), which an exact hash misses and a perceptual hash finds.
 */
record Avatars(List<Pool> vendorPools, Pool trollPool, String memeFile, int files) {

    static {
        // Drawing needs no display; say so before AWT first looks for one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Paths inside the dataset folder; the first {@code bases} are originals, the rest near-duplicates. */
    record Pool(List<String> files, int bases) {
        /** Most accounts use an original, some a near-duplicate. */
        String pick(SplittableRandom r) {
            boolean original = bases == files.size() || r.nextDouble() < 0.7;
            return original ? files.get(r.nextInt(bases)) : files.get(bases + r.nextInt(files.size() - bases));
        }
    }

    private static final AvatarPainter.Kind[] VENDOR_KINDS = {
        AvatarPainter.Kind.FACE, AvatarPainter.Kind.CARICATURE, AvatarPainter.Kind.PORTRAIT};
    private static final int[] VENDOR_BASES = {4, 3, 3};

    static Avatars write(Path datasetDir, long seed) throws IOException {
        Path dir = datasetDir.resolve("avatars");
        Files.createDirectories(dir);
        SplittableRandom r = Rng.stream(seed, "avatars");
        Writer w = new Writer(dir, r);
        List<Pool> vendors = new ArrayList<>();
        for (int v = 0; v < VENDOR_KINDS.length; v++) {
            vendors.add(w.pool(VENDOR_KINDS[v], VENDOR_BASES[v], VENDOR_BASES[v] + 1));
        }
        Pool trolls = w.pool(AvatarPainter.Kind.PORTRAIT, 1, 1);
        String meme = w.save(AvatarPainter.paint(AvatarPainter.Kind.MEME, r), "png", 1f);
        return new Avatars(List.copyOf(vendors), trolls, meme, w.names.size());
    }

    private static final class Writer {
        private final Path dir;
        private final SplittableRandom r;
        private final Set<String> names = new HashSet<>();

        Writer(Path dir, SplittableRandom r) {
            this.dir = dir;
            this.r = r;
        }

        Pool pool(AvatarPainter.Kind kind, int bases, int variants) throws IOException {
            List<BufferedImage> images = new ArrayList<>();
            List<String> files = new ArrayList<>();
            for (int i = 0; i < bases; i++) {
                BufferedImage image = AvatarPainter.paint(kind, r);
                images.add(image);
                files.add(i % 2 == 0 ? save(image, "jpg", 0.92f) : save(image, "png", 1f));
            }
            for (int i = 0; i < variants; i++) {
                BufferedImage base = images.get(i % bases);
                int round = i / 3;
                // Every variant differs from every other in bytes, even when two derive from one base.
                files.add(switch (i % 3) {
                    case 0 -> save(base, "jpg", 0.6f - 0.15f * round);
                    case 1 -> save(resize(base, round % 2 == 0 ? 160 : 96, 0), "jpg", 0.85f);
                    default -> save(resize(base, AvatarPainter.SIZE, 2 + round), "jpg", 0.8f);
                });
            }
            return new Pool(List.copyOf(files), bases);
        }

        /** Scales the image to {@code size} pixels after cutting {@code crop} pixels off every side. */
        private static BufferedImage resize(BufferedImage source, int size, int crop) {
            BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                int w = source.getWidth();
                g.drawImage(source, 0, 0, size, size, crop, crop, w - crop, w - crop, null);
            } finally {
                g.dispose();
            }
            return out;
        }

        String save(BufferedImage image, String format, float quality) throws IOException {
            String name;
            do {
                name = "avatars/" + Rng.hex(r, 10) + "." + format;
            } while (!names.add(name));
            Files.write(dir.getParent().resolve(name), encode(image, format, quality));
            return name;
        }

        private static byte[] encode(BufferedImage image, String format, float quality) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (format.equals("png")) {
                ImageIO.write(image, "png", bytes);
                return bytes.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        }
    }
}
