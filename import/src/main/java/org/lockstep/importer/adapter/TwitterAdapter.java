package org.lockstep.importer.adapter;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lockstep.importer.ImportException;
import org.lockstep.importer.ImportListener;

/**
 * Twitter user objects, API v1.1 or v2, from JSON (an array, one object a line, or v2 {@code {"data": [...]}}
 * pages) or from CSV flattenings with the same field names, plus edge lists as follows of unknown time.
 */
final class TwitterAdapter implements SourceAdapter {
    /** Dataset field to v1.1 field: a CSV flattening (Cresci-2015, TwiBot) uses the same names as columns. */
    static final Map<String, String> V1 = fields("id", "id_str|id", "handle", "screen_name", "display_name", "name",
            "bio", "description", "created_at", "created_at", "posts", "statuses_count", "followers",
            "followers_count", "following", "friends_count", "is_private", "protected", "is_verified", "verified",
            "avatar_url", "profile_image_url_https|profile_image_url", "observed_at", "crawled_at");
    /** Dataset field to v2 field (nested fields dotted, as in the JSON and in flattened CSV columns). */
    static final Map<String, String> V2 = fields("id", "id", "handle", "username", "display_name", "name", "bio",
            "description", "created_at", "created_at", "posts", "public_metrics.tweet_count", "followers",
            "public_metrics.followers_count", "following", "public_metrics.following_count", "is_private",
            "protected", "is_verified", "verified", "avatar_url", "profile_image_url", "observed_at", "crawled_at");

    private final SourceFormat format;
    private final Map<String, String> fields;

    TwitterAdapter(SourceFormat format) {
        this.format = format;
        this.fields = format == SourceFormat.TWITTER_V1 ? V1 : V2;
    }

    @Override
    public void translate(Path path, SourceOptions options, DatasetWriter out, ImportListener listener) {
        String observedAt = Options.observedAt(options);
        int users = 0;
        List<SourceFile> files = SourceFiles.list(path);
        for (SourceFile file : files) {
            FileKind kind = FileKind.of(file);
            if (FileKind.users(format).contains(kind)) {
                users++;
                users(file, observedAt, out, listener);
            } else if (kind == FileKind.FOLLOW_EDGES) {
                FollowEdges.read(file, observedAt, out, listener);
            } else {
                out.warning(file.name() + ": not a " + format.id() + " users file or edge list; ignored");
            }
        }
        if (users == 0) {
            throw new ImportException(path.toString(), 0, null, "holds no " + format.id() + " user objects (JSON or "
                    + "CSV with " + (format == SourceFormat.TWITTER_V1 ? "screen_name" : "username") + "): the edge "
                    + "lists need the accounts at both ends. Formats:\n" + SourceFormat.catalogue());
        }
        String name = SourceFiles.baseName(path);
        out.manifest(Options.dataset(options, format.id() + "-" + name), format.platform(), observedAt,
                format.id() + " adapter: " + name);
    }

    private void users(SourceFile file, String observedAt, DatasetWriter out, ImportListener listener) {
        Progress progress = new Progress(listener, file);
        Map<String, String> labels = new LinkedHashMap<>();
        fields.forEach((k, v) -> labels.put(k, v.replaceFirst("\\|.*", "")));
        int source = out.source(file.name(), labels);
        Translate translate = (line, record) -> {
            progress.row();
            try {
                if (!out.write("accounts", source, line, account(record, observedAt))) {
                    progress.rejected();
                }
            } catch (BadSource e) {
                out.reject("accounts", source, line, e.field(), e.getMessage());
                progress.rejected();
            }
        };
        if (file.plainName().endsWith(".csv") || file.plainName().endsWith(".tsv")) {
            try (SourceCsv csv = SourceCsv.open(file, progress)) {
                SourceCsv.Row head = csv.next();
                if (head == null) {
                    progress.done();
                    return;
                }
                Map<String, Integer> header = SourceRecord.header(head.cells());
                for (SourceCsv.Row row = csv.next(); row != null; row = csv.next()) {
                    if (row.cells().size() != head.cells().size()) {
                        progress.row();
                        out.reject("accounts", source, row.line(), "", "the row has " + row.cells().size()
                                + " fields where the header names " + head.cells().size());
                        progress.rejected();
                        continue;
                    }
                    translate.record(row.line(), SourceRecord.of(header, row));
                }
            }
        } else {
            JsonRecords.read(file, progress, format == SourceFormat.TWITTER_V2, new JsonRecords.Sink() {
                @Override
                public void record(long line, com.fasterxml.jackson.databind.JsonNode object) {
                    translate.record(line, SourceRecord.of(object));
                }

                @Override
                public void bad(long line, String reason) {
                    progress.row();
                    out.reject("accounts", source, line, "", reason);
                    progress.rejected();
                }
            });
        }
        progress.done();
    }

    /** The dataset's account row for one user object. */
    Map<String, String> account(SourceRecord user, String observedAt) throws BadSource {
        Map<String, String> a = new LinkedHashMap<>();
        String[] ids = fields.get("id").split("\\|");
        String idField = ids[0];
        for (String candidate : ids) {
            if (user.text(candidate) != null) {
                idField = candidate;
                break;
            }
        }
        a.put("id", Values.numericId(idField, user.text(idField)));
        a.put("handle", user.text(fields.get("handle")));
        a.put("display_name", user.text(fields.get("display_name")));
        a.put("bio", user.text(fields.get("bio")));
        a.put("created_at", format == SourceFormat.TWITTER_V1
                ? Values.twitterV1Time("created_at", user.text("created_at"))
                : Values.isoTime("created_at", user.text("created_at")));
        for (String count : List.of("posts", "followers", "following")) {
            a.put(count, user.text(fields.get(count)));
        }
        a.put("is_private", Values.bool(fields.get("is_private"), user.text(fields.get("is_private"))));
        a.put("is_verified", Values.bool(fields.get("is_verified"), user.text(fields.get("is_verified"))));
        a.put("avatar_url", user.first(fields.get("avatar_url").split("\\|")));
        String crawled = Values.isoTime("crawled_at", user.text("crawled_at"));
        a.put("observed_at", crawled != null ? crawled : observedAt);
        return a;
    }

    private interface Translate {
        void record(long line, SourceRecord record);
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(m);
    }
}
