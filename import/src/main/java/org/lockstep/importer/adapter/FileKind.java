package org.lockstep.importer.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What one source file holds, told from its name and its first record; the formats it points to. */
enum FileKind {
    LOCKSTEP_MANIFEST(SourceFormat.LOCKSTEP),
    TWITTER_V1_USERS(SourceFormat.TWITTER_V1),
    TWITTER_V2_USERS(SourceFormat.TWITTER_V2),
    /** Edge lists go with either Twitter format, so they point to neither. */
    FOLLOW_EDGES(null),
    INSTALOADER_PROFILE(SourceFormat.INSTALOADER),
    FOLLOWER_LIST(SourceFormat.INSTALOADER),
    /** Instaloader's post metadata, profile pictures and id files: read with a profile or not at all. */
    INSTALOADER_OTHER(null),
    PANEL_SERVICES(SourceFormat.SMM_PANEL),
    PANEL_SIDECAR(SourceFormat.SMM_PANEL),
    OTHER(null);

    /** {@code followers_of_USERNAME.txt} (accounts that follow USERNAME) or {@code following_of_USERNAME.txt}. */
    static final Pattern FOLLOWER_LIST_NAME = Pattern.compile("(followers|following)_of_(.+)\\.txt");
    private static final Pattern INSTALOADER_NAME = Pattern.compile(".*_UTC(_\\d+)?(_comments)?\\.(json|json\\.xz|txt"
            + "|jpg|mp4|webp)|.*_UTC_location\\.txt|.*_profile_pic\\.jpg|id");

    private final SourceFormat format;

    FileKind(SourceFormat format) {
        this.format = format;
    }

    /** The format this kind of file belongs to, or null when it belongs to none or to several. */
    SourceFormat format() {
        return format;
    }

    static FileKind of(SourceFile file) {
        String base = file.path().getFileName().toString();
        if (base.equals("manifest.json")) {
            return LOCKSTEP_MANIFEST;
        }
        if (base.equals(SmmPanelAdapter.SIDECAR)) {
            return PANEL_SIDECAR;
        }
        if (FOLLOWER_LIST_NAME.matcher(base).matches()) {
            return FOLLOWER_LIST;
        }
        if (INSTALOADER_NAME.matcher(base).matches()) {
            return INSTALOADER_OTHER;
        }
        String plain = file.plainName();
        if (plain.endsWith(".json") || plain.endsWith(".jsonl") || plain.endsWith(".ndjson")) {
            return json(JsonRecords.first(file));
        }
        if (plain.endsWith(".csv") || plain.endsWith(".tsv")) {
            return csv(file);
        }
        return OTHER;
    }

    private static FileKind json(JsonNode first) {
        if (first == null) {
            return OTHER;
        }
        JsonNode node = first.get("node");
        if (node != null && node.isObject()) {
            String type = first.path("instaloader").path("node_type").asText("");
            boolean profile = type.equals("Profile") || type.isEmpty() && node.has("username")
                    && node.has("edge_followed_by");
            return profile ? INSTALOADER_PROFILE : INSTALOADER_OTHER;
        }
        if (first.has("service") && first.has("rate")) {
            return PANEL_SERVICES;
        }
        if (first.has("screen_name")) {
            return TWITTER_V1_USERS;
        }
        return first.has("username") ? TWITTER_V2_USERS : OTHER;
    }

    private static FileKind csv(SourceFile file) {
        try (SourceCsv csv = SourceCsv.open(file, SourceFile.Counter.NONE)) {
            SourceCsv.Row first = csv.next();
            if (first == null) {
                return OTHER;
            }
            Map<String, Integer> header = SourceRecord.header(first.cells());
            if (header.containsKey("screen_name")) {
                return TWITTER_V1_USERS;
            }
            if (header.containsKey("username")) {
                return TWITTER_V2_USERS;
            }
            return FollowEdges.columns(first) != null ? FOLLOW_EDGES : OTHER;
        } catch (org.lockstep.importer.ImportException e) {
            return OTHER;
        }
    }

    /** The kinds a users file of {@code format} may be. */
    static Set<FileKind> users(SourceFormat format) {
        return format == SourceFormat.TWITTER_V1 ? Set.of(TWITTER_V1_USERS) : Set.of(TWITTER_V2_USERS);
    }
}
