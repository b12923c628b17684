package org.lockstep.importer.adapter;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A kind of source that {@code lockstep import} reads: the Lockstep format itself or one the adapters translate. */
public enum SourceFormat {
    TWITTER_V1("twitter-v1", "twitter", "Twitter API v1.1 user objects (JSON array, JSONL or CSV with screen_name)"
            + " and follower/friend edge lists"),
    TWITTER_V2("twitter-v2", "twitter", "Twitter/X API v2 user objects (JSONL, JSON array or {\"data\": [...]} pages"
            + " with username) and edge lists"),
    INSTALOADER("instaloader", "instagram", "Instaloader profile folders (USER_ID.json or .json.xz, "
            + "*_profile_pic.jpg) and followers_of_USER.txt lists"),
    SMM_PANEL("smm-panel", null, "an SMM panel's API v2 services response ([{service, name, rate, ...}]) with "
            + "panel.json or --storefront, --currency and --observed-at"),
    LOCKSTEP("lockstep", null, "a Lockstep dataset folder (manifest.json, accounts.csv, ...) or a .zip of it");

    private final String id;
    private final String platform;
    private final String description;

    SourceFormat(String id, String platform, String description) {
        this.id = id;
        this.platform = platform;
        this.description = description;
    }

    /** The name on the command line, e.g. {@code twitter-v1}. */
    public String id() {
        return id;
    }

    /** The platform whose ids the source holds, or null when the source says (lockstep) or holds no accounts. */
    String platform() {
        return platform;
    }

    String description() {
        return description;
    }

    /** The format with this command-line name; the error lists every name. */
    public static SourceFormat named(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + Values.abbreviate(id)
                        + "': use one of " + names()));
    }

    /** {@code twitter-v1|twitter-v2|instaloader|smm-panel|lockstep}. */
    public static String names() {
        return Arrays.stream(values()).map(SourceFormat::id).collect(Collectors.joining("|"));
    }

    /** One line per format: what it looks like, for error messages. */
    static String catalogue() {
        return Arrays.stream(values()).map(f -> "  " + f.id + ": " + f.description)
                .collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return id;
    }
}
