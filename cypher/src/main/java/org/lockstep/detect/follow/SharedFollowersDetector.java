package org.lockstep.detect.follow;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.codec.digest.DigestUtils;
import org.lockstep.detect.AccountRef;
import org.lockstep.detect.Detector;
import org.lockstep.detect.DetectorRun;
import org.lockstep.detect.Finding;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

/** Accounts that follow exactly the same set of accounts: the footprint of one bought follower order. */
public final class SharedFollowersDetector implements Detector {
    private static final CypherQuery QUERY = CypherQuery.load("/detectors/shared-followers.cypher");
    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    @Override
    public CypherQuery query() {
        return QUERY;
    }

    @Override
    public DetectorRun run(Driver driver, Map<String, Object> params) {
        for (String name : List.of("minTargets", "minSize", "maxMembers")) {
            if (((Long) params.get(name)) < 1) {
                throw InvalidRequestException.badValue(name, "Parameter '" + name + "' must be at least 1.");
            }
        }
        long start = System.nanoTime();
        List<Record> rows = driver.executableQuery(QUERY.text()).withParameters(params).withConfig(READ).execute()
                .records();
        List<Finding> findings = rows.stream().map(SharedFollowersDetector::finding).toList();
        return new DetectorRun(id(), params, Duration.ofNanos(System.nanoTime() - start).toMillis(), findings);
    }

    private static Finding finding(Record r) {
        List<AccountRef> targets = r.get("targets").asList(SharedFollowersDetector::account);
        List<AccountRef> members = r.get("members").asList(SharedFollowersDetector::account);
        long size = r.get("size").asLong();
        OffsetDateTime first = time(r.get("firstFollow"));
        OffsetDateTime last = time(r.get("lastFollow"));
        String key = targets.stream().map(t -> t.platform() + ":" + t.id()).collect(Collectors.joining("\n"));
        String id = "sf-" + DigestUtils.sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        boolean dayOnly = r.get("dayOnly").asBoolean(false);
        return new Finding(id, size, targets, members, size, first, last, dayOnly,
                evidence(size, targets.size(), first, last, dayOnly));
    }

    static String evidence(long size, int targets, OffsetDateTime first, OffsetDateTime last, boolean dayOnly) {
        String base = size + " accounts follow exactly these " + targets + " accounts and no others";
        if (first == null || last == null) {
            return base + "; the follow times are not in the data.";
        }
        if (dayOnly) {
            // Never invent minutes: a date-only time is precise to the day (import-format.md).
            return base + "; their follows fall between " + first.toLocalDate() + " and " + last.toLocalDate()
                    + " (some follow times are known only to the day).";
        }
        Duration span = Duration.between(first, last);
        return base + "; their follows fall between " + first + " and " + last + " (" + human(span) + ").";
    }

    private static String human(Duration d) {
        if (d.toDays() >= 2) {
            return d.toDays() + " days";
        }
        if (d.toHours() >= 2) {
            return d.toHours() + " hours";
        }
        return d.toMinutes() + " minutes";
    }

    private static AccountRef account(Value v) {
        return new AccountRef(v.get("platform").asString(null), v.get("id").asString(null),
                v.get("handle").asString(null), v.get("displayName").asString(null), time(v.get("createdAt")));
    }

    private static OffsetDateTime time(Value v) {
        return v == null || v.isNull() ? null : v.asOffsetDateTime();
    }
}
