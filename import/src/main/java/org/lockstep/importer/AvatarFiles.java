package org.lockstep.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;

/**
 * The avatar images of one import: resolves {@code avatar_file} inside the dataset folder, hashes each distinct file
 * once, and writes an {@code Avatar} node per distinct image just before the batch of accounts that uses it.
 */
final class AvatarFiles {
    private static final CypherQuery QUERY = CypherQuery.load("/import/avatars.cypher");
    /** Profile pictures are kilobytes; a bigger file is not read into memory. */
    static final long MAX_BYTES = 16L << 20;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final Path root;
    private final Path realRoot;
    /** By path as written (normalised): the image, or the reason it was refused, so each file is read once. */
    private final Map<String, Object> byPath = new HashMap<>();
    private final Set<String> written = new HashSet<>();
    private final List<AvatarImage> pending = new ArrayList<>();

    AvatarFiles(Path datasetDir) {
        this.root = datasetDir.toAbsolutePath().normalize();
        try {
            this.realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new ImportException(datasetDir.toString(), 0, null, "cannot be read: " + e.getMessage());
        }
    }

    /** The image that {@code avatar_file} names, hashed; a row error (field {@code avatar_file}) when it cannot be. */
    AvatarImage image(SourceRow row, String field, String value) throws RowException {
        String path = value.strip().replace('\\', '/');
        Path relative = relative(path);
        if (relative == null) {
            throw row.bad(field, refusal(path));
        }
        String key = relative.toString();
        Object known = byPath.get(key);
        if (known == null) {
            known = load(key, root.resolve(relative));
            byPath.put(key, known);
            if (known instanceof AvatarImage image && written.add(image.sha256())) {
                pending.add(image);
            }
        }
        if (known instanceof AvatarImage image) {
            return image;
        }
        throw row.bad(field, (String) known);
    }

    /** The path normalised inside the dataset folder, or null when it is absolute, invalid or leads out. */
    private static Path relative(String path) {
        if (path.startsWith("/") || DRIVE.matcher(path).matches()) {
            return null;
        }
        try {
            Path relative = Path.of(path).normalize();
            return relative.startsWith("..") || relative.toString().isEmpty() ? null : relative;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String refusal(String path) {
        if (path.startsWith("/") || DRIVE.matcher(path).matches()) {
            return "must be a path inside the dataset folder such as avatars/123.jpg, not an absolute path";
        }
        try {
            Path.of(path);
        } catch (InvalidPathException e) {
            return "is not a valid path (" + Fields.abbreviate(e.getReason()) + ")";
        }
        return "must stay inside the dataset folder: '" + Fields.abbreviate(path) + "' leads out of it";
    }

    private Object load(String path, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return "no file " + Fields.abbreviate(path) + " in the dataset folder";
            }
            if (!file.toRealPath().startsWith(realRoot)) {
                return "must stay inside the dataset folder: '" + Fields.abbreviate(path) + "' is a link out of it";
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return "file too large (" + size + " bytes; the limit is " + MAX_BYTES + ")";
            }
            return AvatarImage.of(path, Files.readAllBytes(file));
        } catch (AvatarImage.Unreadable e) {
            return e.getMessage();
        } catch (IOException | SecurityException e) {
            return "cannot be read (" + Fields.abbreviate(String.valueOf(e.getMessage())) + ")";
        }
    }

    /** Writes the images hashed since the last call, so that the accounts about to be written find them. */
    void flush(Driver driver, Manifest manifest) {
        if (pending.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(pending.size());
        for (AvatarImage a : pending) {
            Map<String, Object> row = new HashMap<>();
            row.put("sha256", a.sha256());
            row.put("phash", a.phash());
            row.put("width", a.width());
            row.put("height", a.height());
            row.put("thumbnail_png", a.thumbnailPng());
            row.put("file", a.file());
            rows.add(row);
        }
        driver.executableQuery(QUERY.text()).withParameters(Map.of("rows", rows, "dataset", manifest.name()))
                .execute();
        pending.clear();
    }
}
