package org.lockstep.importer.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lockstep.importer.ImportException;
import org.lockstep.importer.ImportListener;

/**
 * Instaloader output: each profile's metadata ({@code USERNAME_ID.json} or {@code .json.xz}, a {@code node} with the
 * profile's fields) and the profile picture saved beside it ({@code DATE_UTC_profile_pic.jpg}, hashed on import);
 * with {@link FollowerLists} for the follows between them.
 */
final class InstaloaderAdapter implements SourceAdapter {
    /** The importer's limit on one avatar file. */
    static final long MAX_PICTURE_BYTES = 16L << 20;
    private static final Map<String, String> LABELS = Map.of("id", "node.id", "handle", "node.username",
            "display_name", "node.full_name", "bio", "node.biography",
            "posts", "node.edge_owner_to_timeline_media.count", "followers", "node.edge_followed_by.count",
            "following", "node.edge_follow.count", "is_private", "node.is_private", "is_verified", "node.is_verified",
            "avatar_url", "node.profile_pic_url_hd");
    private static final Pattern DATED_PICTURE = Pattern.compile(
            ".*(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})_UTC_profile_pic\\.jpg");

    /** Ids of the profiles read so far, by lower-case username: how follower lists name accounts. */
    private final Map<String, String> idByUsername = new HashMap<>();

    @Override
    public void translate(Path path, SourceOptions options, DatasetWriter out, ImportListener listener) {
        String observedAt = Options.observedAt(options);
        List<SourceFile> profiles = new ArrayList<>();
        List<SourceFile> lists = new ArrayList<>();
        Map<Path, List<SourceFile>> pictures = new HashMap<>();
        Map<Path, Integer> profilesPerFolder = new HashMap<>();
        for (SourceFile file : SourceFiles.list(path)) {
            String base = file.path().getFileName().toString();
            Path folder = file.path().toAbsolutePath().getParent();
            if (base.toLowerCase(Locale.ROOT).endsWith("_profile_pic.jpg")) {
                pictures.computeIfAbsent(folder, f -> new ArrayList<>()).add(file);
                continue;
            }
            switch (FileKind.of(file)) {
                case INSTALOADER_PROFILE -> {
                    profiles.add(file);
                    profilesPerFolder.merge(folder, 1, Integer::sum);
                }
                case FOLLOWER_LIST -> lists.add(file);
                case INSTALOADER_OTHER -> { }
                default -> out.warning(file.name() + ": not an Instaloader profile file or follower list; ignored");
            }
        }
        if (profiles.isEmpty()) {
            throw new ImportException(path.toString(), 0, null, "holds no Instaloader profile metadata "
                    + "(USERNAME_ID.json or .json.xz with a node of type Profile): download profiles with "
                    + "instaloader --no-posts USERNAME. Formats:\n" + SourceFormat.catalogue());
        }
        Progress progress = new Progress(listener, profiles.size() + " profile files", profiles.size());
        long done = 0;
        for (SourceFile file : profiles) {
            Path folder = file.path().toAbsolutePath().getParent();
            boolean alone = profilesPerFolder.get(folder) == 1;
            profile(file, pictures.getOrDefault(folder, List.of()), alone, observedAt, out, progress);
            progress.read(++done);
        }
        progress.done();
        FollowerLists followerLists = new FollowerLists(idByUsername);
        for (SourceFile file : lists) {
            followerLists.read(file, observedAt, out, listener);
        }
        String name = SourceFiles.baseName(path);
        out.manifest(Options.dataset(options, "instaloader-" + name), SourceFormat.INSTALOADER.platform(),
                observedAt, "instaloader adapter: " + name);
    }

    private void profile(SourceFile file, List<SourceFile> pictures, boolean alone, String observedAt,
            DatasetWriter out, Progress progress) {
        Map<String, String> labels = new HashMap<>(LABELS);
        int source = out.source(file.name(), labels);
        JsonRecords.read(file, SourceFile.Counter.NONE, false, new JsonRecords.Sink() {
            @Override
            public void record(long line, JsonNode object) {
                progress.row();
                JsonNode node = object.get("node");
                try {
                    if (node == null || !node.isObject()) {
                        throw new BadSource("node", "required: an Instaloader profile file holds {\"node\": {...}}");
                    }
                    SourceRecord profile = SourceRecord.of(node);
                    String username = profile.text("username");
                    SourceFile picture = picture(pictures, alone, username, out, file);
                    if (picture != null) {
                        labels.put("avatar_file", picture.name());
                    }
                    Map<String, String> row = account(profile, picture, observedAt, out);
                    if (!out.write("accounts", source, line, row)) {
                        progress.rejected();
                    } else if (username != null) {
                        String known = idByUsername.putIfAbsent(username.toLowerCase(Locale.ROOT), row.get("id"));
                        if (known != null && !known.equals(row.get("id"))) {
                            out.warning(file.name() + ": username " + Values.abbreviate(username) + " belongs to "
                                    + "ids " + known + " and " + row.get("id") + "; follower lists use " + known);
                        }
                    }
                } catch (BadSource e) {
                    out.reject("accounts", source, line, e.field(), e.getMessage());
                    progress.rejected();
                }
            }

            @Override
            public void bad(long line, String reason) {
                progress.row();
                out.reject("accounts", source, line, "", reason);
                progress.rejected();
            }
        });
    }

    private static Map<String, String> account(SourceRecord p, SourceFile picture, String observedAt,
            DatasetWriter out) throws BadSource {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("id", Values.numericId("node.id", p.text("id")));
        a.put("handle", p.text("username"));
        a.put("display_name", p.text("full_name"));
        a.put("bio", p.text("biography"));
        a.put("posts", p.text("edge_owner_to_timeline_media.count"));
        a.put("followers", p.text("edge_followed_by.count"));
        a.put("following", p.text("edge_follow.count"));
        a.put("is_private", Values.bool("node.is_private", p.text("is_private")));
        a.put("is_verified", Values.bool("node.is_verified", p.text("is_verified")));
        a.put("avatar_url", p.first("profile_pic_url_hd", "profile_pic_url"));
        a.put("avatar_file", picture == null ? null : copy(picture, out));
        a.put("observed_at", observedAt);
        return a;
    }

    /**
     * The profile's newest picture beside its metadata: in a folder of one profile any {@code *_profile_pic.jpg},
     * else those named after the username (Instaloader's flat layout). Older pictures are left out.
     */
    private static SourceFile picture(List<SourceFile> pictures, boolean alone, String username, DatasetWriter out,
            SourceFile metadata) {
        String prefix = username == null ? null : username.toLowerCase(Locale.ROOT) + "_";
        SourceFile newest = null;
        String newestDate = null;
        List<SourceFile> undated = new ArrayList<>();
        for (SourceFile p : pictures) {
            String base = p.path().getFileName().toString();
            if (!alone && (prefix == null || !base.toLowerCase(Locale.ROOT).startsWith(prefix))) {
                continue;
            }
            Matcher m = DATED_PICTURE.matcher(base);
            if (!m.matches()) {
                undated.add(p);
            } else if (newestDate == null || m.group(1).compareTo(newestDate) > 0) {
                newest = p;
                newestDate = m.group(1);
            }
        }
        if (newest == null && undated.size() == 1) {
            return undated.getFirst();
        }
        if (newest == null && undated.size() > 1) {
            out.warning(metadata.name() + ": " + undated.size() + " undated profile pictures beside it; none is "
                    + "imported, since which is current cannot be told");
        }
        return newest;
    }

    /** Copies the picture into the translated folder under the same relative name, so the importer hashes it. */
    private static String copy(SourceFile picture, DatasetWriter out) throws BadSource {
        try {
            long size = Files.size(picture.path());
            if (size > MAX_PICTURE_BYTES) {
                throw new BadSource(picture.name(), "file too large (" + size + " bytes; the limit is "
                        + MAX_PICTURE_BYTES + ")");
            }
            Path target = out.dir().resolve(picture.name()).normalize();
            if (!target.startsWith(out.dir())) {
                throw new BadSource(picture.name(), "is not a path inside the source folder");
            }
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.copy(picture.path(), target);
            }
            return picture.name();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + picture.name() + " for the import", e);
        }
    }
}
