package org.lockstep.generate;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.lockstep.importer.PerceptualHash;

/**
 * The avatar files of the dataset: one pool for each of the first two vendors, a portrait the troll farm reuses, a meme
 * many ordinary users share, and the faces of the third vendor, one per account. Each pool holds base images and
 * re-encoded near-duplicates of them (another JPEG quality, resized, lightly cropped), which an exact hash misses and a
 * perceptual hash finds.
 *
 * <p>The unique faces are painted and shipped as files when {@code faceFiles} is asked for (the small scale), each kept
 * only if its perceptual hash, as the importer computes it from the file, lies more than {@value #FAR} bits from every
 * other image's; otherwise they are hashes only: a SHA-256 of their own and a pHash from {@link FarHashes}.
 *
 * @param vendorPools per vendor but the unique-face one, by vendor index
 * @param faceFiles   per unique-face rank, its file; empty when only hashes are written
 * @param facePhashes per unique-face rank, its pHash; empty when files are written
 */
record Avatars(List<Pool> vendorPools, Pool trollPool, String memeFile, List<String> faceFiles, long[] facePhashes,
        long seed, int files) {

    /** Unique faces differ from each other and from every pool image in more than this many pHash bits. */
    static final int FAR = 16;

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

    /** The pooled vendors' kinds of picture, by vendor index (the third vendor has none: its faces are unique). */
    private static final AvatarPainter.Kind[] VENDOR_KINDS = {AvatarPainter.Kind.FACE, AvatarPainter.Kind.CARICATURE};
    private static final int[] VENDOR_BASES = {4, 3};

    static Avatars write(Path datasetDir, long seed, int uniqueFaces, boolean faceFiles) throws IOException {
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
        SplittableRandom faces = Rng.stream(seed, "unique-faces");
        List<String> files = faceFiles ? w.faces(uniqueFaces, faces) : List.of();
        long[] phashes = faceFiles ? new long[0] : farHashes(uniqueFaces, w.hashes, faces);
        return new Avatars(List.copyOf(vendors), trolls, meme, files, phashes, seed, w.names.size());
    }

    /** The avatar columns of the unique-face account of this rank: {file, sha256, phash}, the unused ones empty. */
    String[] face(int rank) {
        if (!faceFiles.isEmpty()) {
            return new String[] {faceFiles.get(rank), "", ""};
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("lockstep unique face " + seed + " " + rank).getBytes(StandardCharsets.UTF_8));
            return new String[] {"", HexFormat.of().formatHex(digest), PerceptualHash.hex(facePhashes[rank])};
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Codewords of {@link FarHashes} in a seeded order, shifted by a seeded mask (distances stay), skipping any within
     * {@value #FAR} bits of a pool image.
     */
    private static long[] farHashes(int count, List<Long> pools, SplittableRandom r) {
        int messages = 1 << FarHashes.MESSAGE_BITS;
        long step = r.nextInt(messages) | 1;
        long start = r.nextInt(messages);
        long mask = r.nextLong();
        long[] hashes = new long[count];
        int n = 0;
        for (long i = 0; n < count && i < messages; i++) {
            long h = mask ^ FarHashes.codeword((int) ((start + i * step) & (messages - 1)));
            if (farFromAll(h, pools)) {
                hashes[n++] = h;
            }
        }
        if (n < count) {
            throw new IllegalStateException("only " + n + " far-apart hashes for " + count + " unique faces");
        }
        return hashes;
    }

    private static boolean farFromAll(long hash, List<Long> others) {
        for (long other : others) {
            if (PerceptualHash.distance(hash, other) <= FAR) {
                return false;
            }
        }
        return true;
    }

    private static final class Writer {
        private final Path dir;
        private final SplittableRandom r;
        private final Set<String> names = new HashSet<>();
        /** The pHash of every file written, as the importer computes it from the file. */
        private final List<Long> hashes = new ArrayList<>();

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

        /**
         * Paints faces until {@code count} of them lie more than {@value #FAR} pHash bits from every image written
         * before; a face is checked once as painted (cheap) and again as decoded from its JPEG bytes (exact).
         */
        List<String> faces(int count, SplittableRandom faces) throws IOException {
            List<String> files = new ArrayList<>(count);
            for (int attempts = 0; files.size() < count; attempts++) {
                if (attempts > 20 * count + 100) {
                    throw new IllegalStateException("painted " + attempts + " faces for " + count + " far-apart ones");
                }
                BufferedImage image = AvatarPainter.paint(AvatarPainter.Kind.UNIQUE_FACE, faces);
                if (farFromAll(PerceptualHash.of(image), hashes)) {
                    byte[] bytes = encode(image, "jpg", 0.9f);
                    if (farFromAll(hash(bytes), hashes)) {
                        files.add(store(bytes, "jpg"));
                    }
                }
            }
            return List.copyOf(files);
        }

        String save(BufferedImage image, String format, float quality) throws IOException {
            return store(encode(image, format, quality), format);
        }

        private String store(byte[] bytes, String format) throws IOException {
            String name;
            do {
                name = "avatars/" + Rng.hex(r, 10) + "." + format;
            } while (!names.add(name));
            Files.write(dir.getParent().resolve(name), bytes);
            hashes.add(hash(bytes));
            return name;
        }

        private static long hash(byte[] bytes) throws IOException {
            return PerceptualHash.of(ImageIO.read(new ByteArrayInputStream(bytes)));
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
