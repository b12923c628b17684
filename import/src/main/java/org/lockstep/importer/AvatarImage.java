package org.lockstep.importer;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * What the importer keeps of one avatar image: its exact and perceptual hashes, its size and a small thumbnail.
 *
 * @param file         the path inside the dataset folder, as the first row that named it wrote it
 * @param sha256       SHA-256 of the file's bytes, 64 lower-case hex digits
 * @param phash        the 64-bit DCT perceptual hash ({@link PerceptualHash}), 16 lower-case hex digits
 * @param width        in pixels
 * @param height       in pixels
 * @param thumbnailPng a PNG at most {@value #THUMBNAIL} pixels on its longer side, for the avatar gallery
 */
record AvatarImage(String file, String sha256, String phash, int width, int height, byte[] thumbnailPng) {
    static final int THUMBNAIL = 64;
    /** A 4096x4096 avatar is already absurd; past it, decoding is a memory attack, not a profile picture. */
    static final long MAX_PIXELS = 4096L * 4096L;

    static {
        // Decoding needs no display; say so before AWT first looks for one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The image could not be read; the message says why in words for a rejects report. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Hashes and decodes the bytes of an image file; anything ImageIO cannot read cleanly is {@link Unreadable}. */
    static AvatarImage of(String file, byte[] bytes) throws Unreadable {
        BufferedImage image = decode(bytes);
        return new AvatarImage(file, DigestUtils.sha256Hex(bytes), PerceptualHash.hex(PerceptualHash.of(image)),
                image.getWidth(), image.getHeight(), thumbnail(image));
    }

    private static BufferedImage decode(byte[] bytes) throws Unreadable {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Unreadable("not an image (the importer reads JPEG, PNG, GIF and BMP)");
            }
            ImageReader reader = readers.next();
            String format = reader.getFormatName().toUpperCase(java.util.Locale.ROOT);
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new Unreadable("image too large (" + reader.getWidth(0) + "x" + reader.getHeight(0)
                            + " pixels; the limit is 4096x4096)");
                }
                // A truncated JPEG decodes "successfully" with grey where the data ended: only a warning says so.
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new Unreadable("broken " + format + " (" + warnings.getFirst() + ")");
                }
                if (image.getWidth() < 1 || image.getHeight() < 1) {
                    throw new Unreadable("empty " + format + " image");
                }
                return image;
            } catch (IOException | RuntimeException e) {
                // Hostile files make decoders throw anything; each is a reject, never a crash.
                throw new Unreadable("broken " + format + " (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + Fields.abbreviate(e.getMessage())) + ")");
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new Unreadable("cannot be read (" + e.getMessage() + ")");
        }
    }

    private static byte[] thumbnail(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        // Halving steps before the last one keep bilinear filtering from skipping pixels (no aliasing).
        BufferedImage small = image;
        do {
            int sw = Math.max(tw, small.getWidth() / 2);
            int sh = Math.max(th, small.getHeight() / 2);
            small = scaled(small, sw, sh);
        } while (small.getWidth() > tw || small.getHeight() > th);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory failed", e);
        }
        return png.toByteArray();
    }

    private static BufferedImage scaled(BufferedImage source, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
