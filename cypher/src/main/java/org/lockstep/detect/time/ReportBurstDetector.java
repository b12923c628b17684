package org.lockstep.detect.time;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lockstep.detect.AccountIndex;
import org.lockstep.detect.AccountKey;
import org.lockstep.detect.Cluster;
import org.lockstep.detect.Clusters;
import org.lockstep.detect.Detection;
import org.lockstep.detect.Detector;
import org.lockstep.detect.Finding;
import org.lockstep.detect.Rows;
import org.lockstep.detect.Texts;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;

/** Many reports against one post in a short window. */
public final class ReportBurstDetector implements Detector {
    private static final CypherQuery QUERY = CypherQuery.load("/detectors/report-bursts.cypher");

    @Override
    public CypherQuery query() {
        return QUERY;
    }

    @Override
    public Signal signal() {
        return Signal.ARTEFACT;
    }

    @Override
    public Detection detect(Driver driver, Map<String, Object> params) {
        Duration window = (Duration) params.get("window");
        if (window.toSeconds() < 60) {
            throw InvalidRequestException.badValue("window", "The window must be at least a minute, e.g. PT1H.");
        }
        long minReports = Math.max(1, (Long) params.get("minReports"));
        int maxMembers = Math.toIntExact(Math.max(1, (Long) params.get("maxMembers")));
        long start = System.nanoTime();
        AccountIndex accounts = new AccountIndex();
        AccountIndex posts = new AccountIndex();
        Map<Integer, AccountKey> owners = new HashMap<>();
        Map<Integer, Map<String, Integer>> reasons = new HashMap<>();
        TimedEvents reports = new TimedEvents();
        long rows = Rows.stream(driver, QUERY, params, r -> {
            int post = posts.of(r.get("postPlatform").asString(), r.get("postId").asString());
            if (!r.get("ownerId").isNull()) {
                owners.putIfAbsent(post, new AccountKey(r.get("ownerPlatform").asString(), r.get("ownerId").asString()));
            }
            reasons.computeIfAbsent(post, k -> new HashMap<>()).merge(r.get("reason").asString("(none)"), 1,
                    Integer::sum);
            reports.add(post, accounts.of(r.get("platform").asString(), r.get("id").asString()), r.get("at").asLong());
        });
        // Every burst is a finding: a post has no usual rate of reports to compare with, so only the floor applies.
        List<Cluster> clusters = new ArrayList<>();
        for (Burst b : HotWindows.find(reports, reports.byTargetThenTime(), window.toSeconds(), minReports, 0)) {
            clusters.add(cluster(b, posts.key(b.target()), owners.get(b.target()), reasons.get(b.target()), accounts,
                    window));
        }
        clusters.sort((a, b) -> Long.compare(b.finding().size(), a.finding().size()));
        List<Cluster> named = Clusters.named(driver, clusters, maxMembers);
        String unavailable = rows == 0 ? "no report with a time in the data (reports.csv)" : null;
        return Detection.of(id(), params, start, named, unavailable);
    }

    private Cluster cluster(Burst b, AccountKey post, AccountKey owner, Map<String, Integer> reasons,
            AccountIndex accounts, Duration window) {
        Set<AccountKey> reporters = new LinkedHashSet<>();
        for (int a : b.accounts()) {
            reporters.add(accounts.key(a));
        }
        String reason = reasons.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("(none)");
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("reporters", (long) reporters.size());
        counts.put("reports", (long) b.events());
        counts.put("windowSeconds", window.toSeconds());
        String evidence = Texts.count(reporters.size()) + " accounts reported post " + post.id()
                + (owner != null ? " of account " + owner.id() : "") + " " + Texts.count(b.events()) + " times "
                + Texts.window(Texts.utc(b.first()), Texts.utc(b.last()), false) + "; most given reason: '" + reason
                + "'.";
        String explains = "reported post " + post.id() + " with " + Texts.count(reporters.size() - 1L)
                + " others within " + Texts.human(Duration.ofSeconds(Math.max(60, b.last() - b.first())));
        Finding f = new Finding(Texts.id("rb", post + "|" + b.first()), id(), reporters.size(), List.of(), List.of(),
                reporters.size(), Texts.utc(b.first()), Texts.utc(b.last()), false, counts, evidence);
        return new Cluster(f, reporters, owner == null ? Set.of() : Set.of(owner), explains);
    }
}
