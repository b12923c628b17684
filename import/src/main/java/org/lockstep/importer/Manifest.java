package org.lockstep.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A dataset's {@code manifest.json}: its name and the platform its account ids belong to.
 *
 * @param name        the dataset's unique name
 * @param platform    lower-case platform word; accounts are identified by (platform, id)
 * @param collectedAt when the data was collected, as written, or null
 * @param source      where it came from, or null
 * @param notes       free text, or null
 */
public record Manifest(String name, String platform, String collectedAt, String source, String notes) {
    static final String FILE = "manifest.json";
    private static final Pattern PLATFORM = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    static Manifest read(Path datasetDir) {
        Path file = datasetDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file.toString(), 0, null,
                    "no manifest.json: every dataset folder needs one with at least {\"name\": ..., \"platform\": ...}");
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ImportException(file.toString(), 1, null, "not valid JSON (" + e.getOriginalMessage()
                    + "): fix the file so it reads {\"name\": \"...\", \"platform\": \"instagram\"}");
        } catch (IOException e) {
            throw new ImportException(file.toString(), 0, null, "cannot be read: " + e.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw new ImportException(file.toString(), 1, null, "must be a JSON object");
        }
        String name = text(json, "name");
        String platform = text(json, "platform");
        if (name == null || name.isBlank()) {
            throw new ImportException(file.toString(), 1, "name", "required: give the dataset a name");
        }
        if (platform == null || !PLATFORM.matcher(platform).matches()) {
            throw new ImportException(file.toString(), 1, "platform",
                    "required: one lower-case word such as instagram, twitter, facebook, tiktok or telegram");
        }
        return new Manifest(name.strip(), platform, text(json, "collected_at"), text(json, "source"),
                text(json, "notes"));
    }

    private static String text(JsonNode json, String field) {
        JsonNode v = json.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
