package org.lockstep.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Follow episodes: who followed whom, when, and when they unfollowed. */
final class FollowLoader extends FileLoader {
    FollowLoader() {
        super("follows", Set.of("follower_id", "target_id", "followed_at", "unfollowed_at", "observed_at"), List.of());
    }

    /** The episode key of a follow whose time is unknown: such a pair has one timeless episode. */
    static final String UNKNOWN_EPISODE = "unknown";

    @Override
    public Map<String, Object> toParams(SourceRow row) throws RowException {
        Map<String, Object> p = new HashMap<>();
        p.put("line", row.line());
        String follower = Fields.required(row, "follower_id");
        String target = Fields.required(row, "target_id");
        if (follower.equals(target)) {
            throw row.bad("target_id", "an account cannot follow itself (" + Fields.abbreviate(target) + ")");
        }
        p.put("follower_id", follower);
        p.put("target_id", target);
        Fields.Time followed = Fields.time(row, "followed_at");
        Fields.Time unfollowed = Fields.time(row, "unfollowed_at");
        if (followed != null && unfollowed != null && unfollowed.value().isBefore(followed.value())) {
            throw row.bad("unfollowed_at", "is before followed_at: an unfollow ends an episode that began earlier");
        }
        p.put("episode", followed == null ? UNKNOWN_EPISODE : followed.value().toString());
        p.put("followed_at", followed == null ? null : followed.value());
        p.put("followed_precision", followed != null && followed.dayOnly() ? "day" : null);
        p.put("unfollowed_at", unfollowed == null ? null : unfollowed.value());
        p.put("unfollowed_precision", unfollowed != null && unfollowed.dayOnly() ? "day" : null);
        Fields.Time observed = Fields.time(row, "observed_at");
        p.put("observed_at", observed == null ? null : observed.value());
        return p;
    }
}
