package org.lockstep.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A dataset shipped as a {@code .zip} of its folder, extracted into a private temporary folder and deleted on close.
 *
 * <p>The archive is hostile until proven otherwise: an entry that would land outside the folder (zip-slip), too many
 * entries, too many bytes in all, or an entry that inflates like a zip bomb stops the import before the disk fills.
 * Sizes are counted on the bytes actually inflated, not on what the archive's headers claim.
 */
final class ZipDataset implements AutoCloseable {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    /**
     * The guards.
     *
     * @param maxEntries    entries (files and folders) an archive may hold
     * @param maxTotalBytes bytes all entries may inflate to together
     * @param maxRatio      how many times its compressed size a big entry may inflate to
     * @param bigEntryBytes from how many inflated bytes an entry counts as big for the ratio
     */
    record Limits(long maxEntries, long maxTotalBytes, double maxRatio, long bigEntryBytes) {
        static final Limits DEFAULT = new Limits(100_000, 20L << 30, 200, 10L << 20);
    }

    private final Path tempDir;
    private final Path datasetDir;

    private ZipDataset(Path tempDir, Path datasetDir) {
        this.tempDir = tempDir;
        this.datasetDir = datasetDir;
    }

    static boolean isZip(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".zip");
    }

    /** Extracts {@code zip} and finds the dataset folder in it: the root, or the one top folder. */
    static ZipDataset extract(Path zip, Limits limits) {
        String name = zip.getFileName().toString();
        Path temp;
        try {
            // Owner-only permissions on POSIX: the data describes people at risk.
            temp = Files.createTempDirectory("lockstep-zip-");
        } catch (IOException e) {
            throw new ImportException(name, 0, null, "cannot create a temporary folder to extract it into ("
                    + e.getMessage() + "): check java.io.tmpdir, or unzip it and import the folder");
        }
        try {
            unpack(zip, name, temp, limits);
            return new ZipDataset(temp, datasetRoot(name, temp));
        } catch (RuntimeException e) {
            delete(temp);
            throw e;
        }
    }

    Path datasetDir() {
        return datasetDir;
    }

    @Override
    public void close() {
        delete(tempDir);
    }

    private static void unpack(Path zip, String name, Path into, Limits limits) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            if (archive.size() > limits.maxEntries()) {
                throw new ImportException(name, 0, null, "holds " + archive.size() + " entries; the limit is "
                        + limits.maxEntries() + ": zip only the dataset folder (manifest.json, the entity files and "
                        + "avatars/), or import the folder itself");
            }
            long total = 0;
            long entries = 0;
            Enumeration<? extends ZipEntry> all = archive.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > limits.maxEntries()) {
                    throw new ImportException(name, 0, null, "more than " + limits.maxEntries()
                            + " entries: zip only the dataset folder, or import the folder itself");
                }
                Path target = target(name, into, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                total = copy(archive, entry, name, target, total, limits);
            }
        } catch (IOException e) {
            throw new ImportException(name, 0, null, "cannot be read as a zip (" + e.getMessage()
                    + "): re-create it from the dataset folder, or import the folder itself");
        }
    }

    /** Where an entry goes, refusing every name that would land outside {@code into}. */
    private static Path target(String zipName, Path into, String entry) {
        String fix = ": the archive is malformed or hostile (zip-slip); re-create it from the dataset folder";
        String name = entry.replace('\\', '/');
        if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
            throw new ImportException(zipName, 0, null, "entry '" + Fields.abbreviate(entry)
                    + "' has an absolute path" + fix);
        }
        Path target;
        try {
            target = into.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new ImportException(zipName, 0, null, "entry '" + Fields.abbreviate(entry)
                    + "' is not a valid file name" + fix);
        }
        if (!target.startsWith(into) || target.equals(into)) {
            throw new ImportException(zipName, 0, null, "entry '" + Fields.abbreviate(entry)
                    + "' would be written outside the folder it is extracted to" + fix);
        }
        return target;
    }

    private static long copy(ZipFile archive, ZipEntry entry, String name, Path target, long totalBefore,
            Limits limits) throws IOException {
        long total = totalBefore;
        long written = 0;
        long compressed = Math.max(1, entry.getCompressedSize());
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = archive.getInputStream(entry);
                OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                total += n;
                if (total > limits.maxTotalBytes()) {
                    throw new ImportException(name, 0, null, "entry '" + Fields.abbreviate(entry.getName())
                            + "' takes the unpacked size past " + limits.maxTotalBytes() + " bytes, the limit:"
                            + " unzip it yourself and import the folder, or split the dataset");
                }
                if (written > limits.bigEntryBytes() && written > limits.maxRatio() * compressed) {
                    throw new ImportException(name, 0, null, "entry '" + Fields.abbreviate(entry.getName())
                            + "' inflates more than " + (long) limits.maxRatio() + " times its compressed size ("
                            + compressed + " bytes), as a zip bomb does: re-create the zip from the dataset folder,"
                            + " or import the folder itself");
                }
                out.write(buffer, 0, n);
            }
        } catch (FileAlreadyExistsException e) {
            throw new ImportException(name, 0, null, "entry '" + Fields.abbreviate(entry.getName())
                    + "' appears twice: re-create the zip from the dataset folder");
        }
        return total;
    }

    /** The root when it holds manifest.json, else its one top folder (archivers' clutter aside). */
    private static Path datasetRoot(String name, Path root) {
        if (Files.isRegularFile(root.resolve(Manifest.FILE))) {
            return root;
        }
        try (Stream<Path> top = Files.list(root)) {
            List<Path> folders = top.filter(p -> !ignored(p.getFileName().toString())).toList();
            if (folders.size() == 1 && Files.isDirectory(folders.getFirst())
                    && Files.isRegularFile(folders.getFirst().resolve(Manifest.FILE))) {
                return folders.getFirst();
            }
        } catch (IOException e) {
            throw new ImportException(name, 0, null, "cannot list what was extracted: " + e.getMessage());
        }
        throw new ImportException(name, 0, null, "no manifest.json at the root of the zip or inside its one top "
                + "folder: zip the dataset folder itself (manifest.json, accounts.csv, ...)");
    }

    private static boolean ignored(String name) {
        return name.equals("__MACOSX") || name.startsWith(".");
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Best effort: the folder is private to this user and under the system's temporary folder.
        }
    }
}
