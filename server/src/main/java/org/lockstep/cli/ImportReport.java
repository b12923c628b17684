package org.lockstep.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lockstep.importer.FileCount;
import org.lockstep.importer.ImportSummary;
import org.lockstep.importer.Reject;
import org.lockstep.server.Json;

/** Writes an import's {@code summary.json} and {@code rejects.csv}, and prints the summary for people. */
final class ImportReport {
    private static final int REJECTS_SHOWN = 20;

    private ImportReport() {
    }

    /** A dataset name (attacker-influenced if a dataset was shared) made safe as one folder name. */
    static String safeName(String dataset) {
        String safe = dataset.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "dataset" + safe;
        }
        // Names that differ only in replaced characters ("a/b", "a_b") must not share a folder.
        return safe.equals(dataset) ? safe
                : safe + "-" + DigestUtils.sha256Hex(dataset.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
    }

    static void write(ImportSummary summary, Path dir) {
        try {
            Files.createDirectories(dir);
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("summary.json").toFile(), summary);
            try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(dir.resolve("rejects.csv")),
                    CSVFormat.RFC4180.builder().setHeader("file", "line", "field", "reason").get())) {
                for (Reject r : summary.rejects()) {
                    csv.printRecord(r.file(), r.line(), r.field(), r.reason());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import report to " + dir, e);
        }
    }

    static void print(ImportSummary s, Path reportDir, PrintStream out) {
        out.printf("Imported dataset '%s' (%s) in %.1f s, %,.0f rows/s:%n", Terminal.safe(s.dataset()), s.platform(),
                s.took().toMillis() / 1000.0, s.rowsPerSecond());
        for (FileCount f : s.files()) {
            out.printf("  %-18s %,10d read %,10d imported %,8d rejected%n", f.file(), f.read(), f.imported(),
                    f.rejected());
        }
        s.rejects().stream().limit(REJECTS_SHOWN).forEach(r -> out.println("  rejected " + Terminal.safe(r)));
        if (s.rejects().size() > REJECTS_SHOWN) {
            out.printf("  ... and %,d more rejects%n", s.rejects().size() - REJECTS_SHOWN);
        }
        out.println("Report: " + reportDir.resolve("summary.json") + ", " + reportDir.resolve("rejects.csv"));
    }
}
