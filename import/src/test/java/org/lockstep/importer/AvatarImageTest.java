package org.lockstep.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;

class AvatarImageTest {

    static BufferedImage face(int size, Color skin) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, size, size);
        g.setColor(skin);
        g.fillOval(size / 4, size / 6, size / 2, size * 2 / 3);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(size * 3 / 8, size / 3, size / 12, size / 12);
        g.fillOval(size * 9 / 16, size / 3, size / 12, size / 12);
        g.fillRect(size / 3, size * 2 / 3, size / 3, size / 20);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    @Test
    void a_jpeg_is_hashed_exactly_and_perceptually_with_its_size_and_a_small_png_thumbnail() throws Exception {
        byte[] jpeg = encode(face(320, new Color(230, 190, 160)), "jpg");

        AvatarImage a = AvatarImage.of("avatars/1.jpg", jpeg);

        assertThat(a.sha256()).isEqualTo(DigestUtils.sha256Hex(jpeg)).hasSize(64);
        assertThat(a.phash()).matches("[0-9a-f]{16}");
        assertThat(a.width()).isEqualTo(320);
        assertThat(a.height()).isEqualTo(320);
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(a.thumbnailPng()));
        assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(64);
        assertThat(a.thumbnailPng()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void a_small_image_keeps_its_size_in_the_thumbnail() throws Exception {
        AvatarImage a = AvatarImage.of("a.png", encode(face(40, Color.PINK), "png"));
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(a.thumbnailPng()));
        assertThat(thumb.getWidth()).isEqualTo(40);
        assertThat(thumb.getHeight()).isEqualTo(40);
    }

    @Test
    void a_truncated_jpeg_is_refused_as_broken() throws Exception {
        byte[] jpeg = encode(face(200, Color.ORANGE), "jpg");
        byte[] half = Arrays.copyOf(jpeg, jpeg.length / 2);

        assertThatThrownBy(() -> AvatarImage.of("cut.jpg", half)).isInstanceOf(AvatarImage.Unreadable.class)
                .hasMessageStartingWith("broken JPEG (");
    }

    @Test
    void a_text_file_named_png_is_refused_as_not_an_image() {
        byte[] text = "<html>not a picture</html>\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AvatarImage.of("fake.png", text)).isInstanceOf(AvatarImage.Unreadable.class)
                .hasMessage("not an image (the importer reads JPEG, PNG, GIF and BMP)");
    }

    @Test
    void a_png_cut_after_its_header_is_refused_as_broken() throws Exception {
        byte[] png = encode(face(100, Color.CYAN), "png");
        byte[] cut = Arrays.copyOf(png, 60);
        assertThatThrownBy(() -> AvatarImage.of("cut.png", cut)).isInstanceOf(AvatarImage.Unreadable.class)
                .hasMessageStartingWith("broken PNG (");
    }
}
