package org.lockstep.importer.adapter;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lockstep.importer.ImportListener;

/**
 * Follower lists beside Instaloader profiles, our convention since Instaloader exports none:
 * {@code followers_of_USERNAME.txt} lists the accounts that follow USERNAME, {@code following_of_USERNAME.txt} those
 * it follows, one username a line ({@code @} dropped, blank and {@code #} lines skipped). Each line is a follow of
 * unknown time between two profiles whose metadata is in the same import: an Instagram account is identified by its
 * numeric id, which a username alone does not give.
 */
final class FollowerLists {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._]{1,30}");

    /** Ids of the profiles of the import, by lower-case username. */
    private final Map<String, String> idByUsername;

    FollowerLists(Map<String, String> idByUsername) {
        this.idByUsername = idByUsername;
    }

    void read(SourceFile file, String observedAt, DatasetWriter out, ImportListener listener) {
        Matcher m = FileKind.FOLLOWER_LIST_NAME.matcher(file.path().getFileName().toString());
        if (!m.matches()) {
            return;
        }
        boolean followers = m.group(1).equals("followers");
        String named = m.group(2);
        String namedId = idByUsername.get(named.toLowerCase(Locale.ROOT));
        Progress progress = new Progress(listener, file);
        int source = out.source(file.name(), Map.of("follower_id", followers ? "username" : "file name",
                "target_id", followers ? "file name" : "username"));
        try (TextLines lines = new TextLines(file, file.open(progress))) {
            for (String text = lines.next(); text != null; text = lines.next()) {
                String username = text.strip();
                if (username.isEmpty() || username.startsWith("#")) {
                    continue;
                }
                progress.row();
                try {
                    String otherId = resolve(username.startsWith("@") ? username.substring(1) : username);
                    if (namedId == null) {
                        throw new BadSource("file name", "no profile metadata for " + Values.abbreviate(named)
                                + ", the account this file is named after, in this import: download its profile "
                                + "with Instaloader into this folder");
                    }
                    Map<String, String> follow = new LinkedHashMap<>();
                    follow.put("follower_id", followers ? otherId : namedId);
                    follow.put("target_id", followers ? namedId : otherId);
                    follow.put("observed_at", observedAt);
                    if (!out.write("follows", source, lines.line(), follow)) {
                        progress.rejected();
                    }
                } catch (BadSource e) {
                    out.reject("follows", source, lines.line(), e.field(), e.getMessage());
                    progress.rejected();
                }
            }
        }
        progress.done();
    }

    private String resolve(String username) throws BadSource {
        if (!USERNAME.matcher(username).matches()) {
            throw new BadSource("username", "is not an Instagram username (letters, digits, . and _, at most 30): '"
                    + Values.abbreviate(username) + "'");
        }
        String id = idByUsername.get(username.toLowerCase(Locale.ROOT));
        if (id == null) {
            throw new BadSource("username", "no profile metadata for " + username + " in this import, so its "
                    + "Instagram id is unknown: download its profile (instaloader --no-posts " + username
                    + ") into this folder");
        }
        return id;
    }
}
