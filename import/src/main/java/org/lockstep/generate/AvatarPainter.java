package org.lockstep.generate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Draws the avatar images with plain java.awt shapes (no fonts, whose rendering varies between machines): stock-like
 * faces, caricatures, a formal portrait, a meme frog, and faces meant to be unique (one per account).
 */
final class AvatarPainter {
    static final int SIZE = 128;

    enum Kind { FACE, CARICATURE, PORTRAIT, MEME, UNIQUE_FACE }

    private static final Color[] SKIN = {
        new Color(0xF1C27D), new Color(0xE0AC69), new Color(0xC68642), new Color(0x8D5524), new Color(0xFFDBAC)};
    private static final Color[] HAIR = {
        new Color(0x2C1B10), new Color(0x4A3020), new Color(0x0F0F0F), new Color(0x8B5A2B), new Color(0xB89778)};

    private AvatarPainter() {
    }

    static BufferedImage paint(Kind kind, SplittableRandom r) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            switch (kind) {
                case FACE -> face(g, r, 1.0, false);
                case CARICATURE -> caricature(g, r);
                case PORTRAIT -> face(g, r, 0.9, true);
                case MEME -> frog(g, r);
                case UNIQUE_FACE -> uniqueFace(g, r);
            }
        } finally {
            g.dispose();
        }
        return r.nextBoolean() ? mirrored(image) : image;
    }

    /** A left-right mirror: the same drawing, a different perceptual hash, so that pool images stay apart. */
    private static BufferedImage mirrored(BufferedImage image) {
        BufferedImage out = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, SIZE, 0, -SIZE, SIZE, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * A gradient in a random direction and one or two large blobs: the low-frequency layout that perceptual hashes
     * see, so that distinct images stay far apart while re-encodings of one stay close.
     */
    private static void background(Graphics2D g, SplittableRandom r, boolean sober) {
        float saturation = sober ? 0.08f : 0.45f;
        Color a = Color.getHSBColor(r.nextFloat(), saturation, r.nextFloat(0.75f, 1f));
        Color b = Color.getHSBColor(r.nextFloat(), saturation, r.nextFloat(0.15f, 0.45f));
        int[][] directions = {{0, 0, SIZE, SIZE}, {0, SIZE, SIZE, 0}, {0, 0, SIZE, 0}, {0, 0, 0, SIZE}};
        int[] d = directions[r.nextInt(directions.length)];
        boolean flip = r.nextBoolean();
        g.setPaint(new GradientPaint(d[0], d[1], flip ? a : b, d[2], d[3], flip ? b : a));
        g.fillRect(0, 0, SIZE, SIZE);
        for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
            g.setColor(Color.getHSBColor(r.nextFloat(), saturation, r.nextFloat()));
            int size = 40 + r.nextInt(60);
            g.fill(new Ellipse2D.Double(r.nextInt(-20, SIZE - 20), r.nextInt(-20, SIZE - 20), size, size));
        }
    }

    /**
     * A face in front of a busy, photo-like backdrop (a random gradient under several soft blobs of any brightness),
     * placed and sized at random: the backdrop moves the low frequencies a perceptual hash sees, so that faces painted
     * one per account stay far apart from each other, as real photos of different people do.
     */
    private static void uniqueFace(Graphics2D g, SplittableRandom r) {
        Color a = Color.getHSBColor(r.nextFloat(), r.nextFloat(0.1f, 0.6f), r.nextFloat(0.1f, 1f));
        Color b = Color.getHSBColor(r.nextFloat(), r.nextFloat(0.1f, 0.6f), r.nextFloat(0.1f, 1f));
        g.setPaint(new GradientPaint(r.nextInt(SIZE), r.nextInt(SIZE), a, r.nextInt(SIZE), r.nextInt(SIZE), b));
        g.fillRect(0, 0, SIZE, SIZE);
        for (int i = 0, n = 6 + r.nextInt(8); i < n; i++) {
            g.setColor(Color.getHSBColor(r.nextFloat(), r.nextFloat(0.1f, 0.7f), r.nextFloat(0.05f, 1f)));
            int size = 30 + r.nextInt(70);
            g.fill(new Ellipse2D.Double(r.nextInt(-30, SIZE - 10), r.nextInt(-30, SIZE - 10), size, size));
        }
        double scale = r.nextDouble(0.6, 1.1);
        double cx = 64 + r.nextInt(-28, 29);
        double w = (44 + r.nextInt(18)) * scale;
        double h = (56 + r.nextInt(18)) * scale;
        double top = 6 + r.nextInt(40);
        g.setColor(Color.getHSBColor(r.nextFloat(), r.nextFloat(0.2f, 0.8f), r.nextFloat(0.1f, 0.95f)));
        g.fill(new RoundRectangle2D.Double(cx - 50 * scale, top + h - 6, 100 * scale, 80, 40, 40));
        g.setColor(HAIR[r.nextInt(HAIR.length)]);
        g.fill(new Ellipse2D.Double(cx - w / 2 - 6, top - 8, w + 12, h * r.nextDouble(0.5, 1.1)));
        g.setColor(SKIN[r.nextInt(SKIN.length)]);
        g.fill(new Ellipse2D.Double(cx - w / 2, top, w, h));
        eyes(g, cx, top + h * 0.42, w * 0.2, 4 + r.nextInt(3), r.nextDouble() < 0.2);
        g.setColor(new Color(0x8A3B3B));
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Arc2D.Double(cx - 10, top + h * 0.62, 20, 10, 200, 140, Arc2D.OPEN));
    }

    private static void face(Graphics2D g, SplittableRandom r, double scale, boolean portrait) {
        background(g, r, portrait);
        double cx = 64 + r.nextInt(-18, 19);
        double w = (44 + r.nextInt(18)) * scale;
        double h = (56 + r.nextInt(18)) * scale;
        double top = 14 + r.nextInt(22);
        // Shoulders: a suit for the portrait, a coloured top otherwise.
        g.setColor(portrait ? new Color(0x1E2229) : Color.getHSBColor(r.nextFloat(), 0.6f, 0.6f));
        g.fill(new RoundRectangle2D.Double(cx - 50, top + h - 6, 100, 60, 40, 40));
        if (portrait) {
            g.setColor(Color.WHITE);
            int x = (int) cx;
            int y = (int) (top + h);
            g.fillPolygon(new int[] {x - 12, x + 12, x}, new int[] {y, y, y + 26}, 3);
        }
        Color hair = portrait ? new Color(0x9A9A9A) : HAIR[r.nextInt(HAIR.length)];
        g.setColor(hair);
        g.fill(new Ellipse2D.Double(cx - w / 2 - 6, top - 8, w + 12, h * (portrait ? 0.6 : 0.95)));
        g.setColor(SKIN[r.nextInt(SKIN.length)]);
        g.fill(new Ellipse2D.Double(cx - w / 2, top, w, h));
        if (portrait) {
            g.setColor(hair);
            g.fill(new Ellipse2D.Double(cx - w / 2 + 4, top + h * 0.55, w - 8, h * 0.5));
        }
        eyes(g, cx, top + h * 0.42, w * 0.2, 5 + r.nextInt(3), portrait);
        g.setColor(new Color(0x8A3B3B));
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Arc2D.Double(cx - 10, top + h * 0.62, 20, 10, 200, 140, Arc2D.OPEN));
    }

    private static void eyes(Graphics2D g, double cx, double y, double apart, double r, boolean glasses) {
        for (int side = -1; side <= 1; side += 2) {
            double x = cx + side * apart;
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(x - r * 1.4, y - r, r * 2.8, r * 2));
            g.setColor(new Color(0x2B1D0E));
            g.fill(new Ellipse2D.Double(x - r * 0.6, y - r * 0.6, r * 1.2, r * 1.2));
            if (glasses) {
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(2f));
                g.draw(new Ellipse2D.Double(x - r * 2.2, y - r * 1.8, r * 4.4, r * 3.6));
            }
        }
    }

    private static void caricature(Graphics2D g, SplittableRandom r) {
        background(g, r, false);
        double cx = 64 + r.nextInt(-12, 13);
        g.setColor(Color.getHSBColor(r.nextFloat(), 0.7f, 0.8f));
        g.fill(new Ellipse2D.Double(cx - 20, 100, 40, 40));
        g.setColor(SKIN[r.nextInt(SKIN.length)]);
        g.fill(new Ellipse2D.Double(cx - 58, 44, 16, 24));
        g.fill(new Ellipse2D.Double(cx + 42, 44, 16, 24));
        g.fill(new Ellipse2D.Double(cx - 48, 6, 96, 100));
        eyes(g, cx, 44, 20, 11 + r.nextInt(4), false);
        g.setColor(new Color(0xD2691E));
        g.fill(new Ellipse2D.Double(cx - 9, 52, 18, 24));
        g.setColor(new Color(0x5A0F0F));
        g.fill(new Arc2D.Double(cx - 30, 60, 60, 36, 180, 180, Arc2D.CHORD));
        g.setColor(HAIR[r.nextInt(HAIR.length)]);
        g.fill(new Arc2D.Double(cx - 48, 0, 96, 50, 0, 180, Arc2D.CHORD));
    }

    private static void frog(Graphics2D g, SplittableRandom r) {
        g.setColor(new Color(0x6FB7E0));
        g.fillRect(0, 0, SIZE, SIZE);
        Color green = new Color(0x5B9A3A + r.nextInt(16));
        g.setColor(green);
        g.fill(new Ellipse2D.Double(8, 40, 112, 84));
        for (int x : new int[] {22, 70}) {
            g.setColor(green);
            g.fill(new Ellipse2D.Double(x, 14, 38, 38));
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(x + 5, 19, 28, 24));
            g.setColor(Color.BLACK);
            g.fill(new Ellipse2D.Double(x + 12, 24, 12, 12));
        }
        g.setColor(new Color(0xB22222));
        g.setStroke(new BasicStroke(5f));
        g.draw(new Arc2D.Double(24, 60, 80, 40, 200, 140, Arc2D.OPEN));
    }
}
