package org.lockstep.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;

/** Accounts: the nodes everything else hangs on. */
final class AccountLoader extends FileLoader {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern PHASH = Pattern.compile("[0-9a-fA-F]{16}");

    private final AvatarFiles avatars;

    AccountLoader(AvatarFiles avatars) {
        super("accounts", Set.of("id", "handle", "display_name", "bio", "created_at", "posts",
            "followers", "following", "is_private", "is_verified", "avatar_file", "avatar_sha256", "avatar_phash",
            "avatar_url", "observed_at"), List.of("id", "observed_at"));
        this.avatars = avatars;
    }

    @Override
    public Map<String, Object> toParams(SourceRow row) throws RowException {
        Map<String, Object> p = new HashMap<>();
        p.put("line", row.line());
        p.put("id", Fields.required(row, "id"));
        p.put("handle", stripAt(Fields.optional(row, "handle")));
        p.put("display_name", Fields.optional(row, "display_name"));
        p.put("bio", Fields.optional(row, "bio"));
        Fields.Time created = Fields.time(row, "created_at");
        p.put("created_at", created == null ? null : created.value());
        p.put("created_precision", created != null && created.dayOnly() ? "day" : null);
        p.put("posts", Fields.count(row, "posts"));
        p.put("followers", Fields.count(row, "followers"));
        p.put("following", Fields.count(row, "following"));
        p.put("is_private", Fields.bool(row, "is_private"));
        p.put("is_verified", Fields.bool(row, "is_verified"));
        p.put("avatar_url", Fields.optional(row, "avatar_url"));
        Fields.Time observed = Fields.time(row, "observed_at");
        p.put("observed_at", observed == null ? null : observed.value());
        putAvatar(row, p);
        return p;
    }

    /**
     * The avatar's hashes: computed from {@code avatar_file} when the image is shipped, else taken as given. Last in
     * the row's checks, so that only rows valid otherwise cause an image to be read and written.
     */
    private void putAvatar(SourceRow row, Map<String, Object> p) throws RowException {
        String file = Fields.optional(row, "avatar_file");
        String sha256 = hex(row, "avatar_sha256", SHA256, "64 hex digits (SHA-256)");
        String phash = hex(row, "avatar_phash", PHASH, "16 hex digits (64-bit pHash)");
        if (file != null) {
            AvatarImage image = avatars.image(row, "avatar_file", file);
            if (sha256 != null && !sha256.equals(image.sha256())) {
                throw row.bad("avatar_sha256", "does not match avatar_file " + Fields.abbreviate(file.strip())
                        + ", whose SHA-256 is " + image.sha256());
            }
            // One pHash implementation for every shipped image, so that distances compare like with like.
            sha256 = image.sha256();
            phash = image.phash();
            file = file.strip();
        }
        p.put("avatar_file", file);
        p.put("avatar_sha256", sha256);
        p.put("avatar_phash", phash);
    }

    @Override
    public void beforeBatch(Driver driver, Manifest manifest) {
        avatars.flush(driver, manifest);
    }

    private static String stripAt(String handle) {
        return handle != null && handle.startsWith("@") ? handle.substring(1) : handle;
    }

    private static String hex(SourceRow row, String field, Pattern shape, String expected) throws RowException {
        String v = Fields.optional(row, field);
        if (v == null) {
            return null;
        }
        if (!shape.matcher(v.strip()).matches()) {
            throw row.bad(field, "must be " + expected + ", not '" + Fields.abbreviate(v) + "'");
        }
        return v.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Rows of one account at different {@code observed_at} are observations over time, not conflicts. */
}
