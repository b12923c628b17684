package org.lockstep.campaign;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lockstep.detect.AccountKey;
import org.lockstep.detect.Cluster;
import org.lockstep.detect.Detector.Signal;
import org.lockstep.detect.Texts;

/**
 * Merges findings of several detectors into campaigns.
 *
 * <p>Coordination findings (accounts acting together: lockstep, shared followers) seed campaigns: largest first, a
 * seed joins the campaign that holds at least half of its accounts, else it starts one. An account of a seed is a member when its
 * signals weigh at least {@link #MEMBER_WEIGHT}: acting in lockstep weighs that alone, every other detector weighs one,
 * so a shared follow set needs a second signal (a creation batch, a handle family, a shared avatar, a report burst,
 * churn) and an artefact alone (a meme avatar, an ordinary account created on a busy day) never makes anyone a member.
 * Each detector counts once per account however many of its findings hold it.
 */
public final class CampaignBuilder {
    /** The signal weight an account needs to be a member. */
    public static final int MEMBER_WEIGHT = 2;
    private final Map<String, Integer> weights;
    private final int minSize;

    /**
     * @param weights per detector id, the weight of its signal (default 1)
     * @param minSize the fewest members a campaign needs
     */
    public CampaignBuilder(Map<String, Integer> weights, int minSize) {
        this.weights = Map.copyOf(weights);
        this.minSize = minSize;
    }

    /** The standard weights: lockstep, the strongest evidence of coordination, counts twice. */
    public static CampaignBuilder standard() {
        return new CampaignBuilder(Map.of("lockstep", 2), 10);
    }

    /** A cluster with the kind of signal its detector gives. */
    public record Input(Cluster cluster, Signal signal) {
    }

    public List<CampaignDraft> build(List<Input> inputs) {
        Map<AccountKey, List<Input>> byAccount = new HashMap<>();
        for (Input in : inputs) {
            if (in.signal() == Signal.CONTEXT) {
                continue;
            }
            for (AccountKey a : in.cluster().members()) {
                byAccount.computeIfAbsent(a, k -> new ArrayList<>()).add(in);
            }
        }
        List<CampaignDraft> drafts = new ArrayList<>();
        Set<AccountKey> taken = new HashSet<>();
        for (List<Input> component : groupSeeds(inputs)) {
            CampaignDraft d = draft(component, byAccount, inputs, taken);
            if (d.members().size() >= minSize) {
                drafts.add(d);
            }
        }
        drafts.sort((a, b) -> Integer.compare(b.members().size(), a.members().size()));
        return drafts;
    }

    /**
     * Groups the seeds, largest first: a seed joins the group holding most of its accounts when that is at least half
     * of them, else starts a group. Joining never merges two groups, so no seed can bridge two campaigns.
     */
    private static List<List<Input>> groupSeeds(List<Input> inputs) {
        List<Input> seeds = new ArrayList<>(inputs.stream().filter(i -> i.signal() == Signal.COORDINATION).toList());
        seeds.sort((a, b) -> a.cluster().members().size() != b.cluster().members().size()
                ? Integer.compare(b.cluster().members().size(), a.cluster().members().size())
                : a.cluster().finding().id().compareTo(b.cluster().finding().id()));
        List<List<Input>> groups = new ArrayList<>();
        Map<AccountKey, Integer> groupOf = new HashMap<>();
        for (Input seed : seeds) {
            Map<Integer, Integer> overlap = new HashMap<>();
            for (AccountKey a : seed.cluster().members()) {
                Integer g = groupOf.get(a);
                if (g != null) {
                    overlap.merge(g, 1, Integer::sum);
                }
            }
            int best = -1;
            for (Map.Entry<Integer, Integer> e : overlap.entrySet()) {
                boolean half = 2L * e.getValue() >= seed.cluster().members().size();
                if (half && (best < 0 || e.getValue() > overlap.get(best)
                        || e.getValue().equals(overlap.get(best)) && e.getKey() < best)) {
                    best = e.getKey();
                }
            }
            if (best < 0) {
                best = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(best).add(seed);
            for (AccountKey a : seed.cluster().members()) {
                groupOf.putIfAbsent(a, best);
            }
        }
        return groups;
    }

    private CampaignDraft draft(List<Input> component, Map<AccountKey, List<Input>> byAccount, List<Input> all,
            Set<AccountKey> taken) {
        Map<AccountKey, CampaignDraft.Member> members = new TreeMap<>();
        Set<AccountKey> candidates = new TreeSet<>();
        component.forEach(s -> candidates.addAll(s.cluster().members()));
        // An account belongs to one campaign: the first (largest) that claims it.
        candidates.removeAll(taken);
        Set<Cluster> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (AccountKey a : candidates) {
            // One cluster per detector: the largest one holding the account explains it.
            Map<String, Cluster> perDetector = new LinkedHashMap<>();
            for (Input in : byAccount.getOrDefault(a, List.of())) {
                perDetector.merge(in.cluster().finding().detector(), in.cluster(),
                        (x, y) -> x.members().size() >= y.members().size() ? x : y);
            }
            int weight = perDetector.keySet().stream().mapToInt(d -> weights.getOrDefault(d, 1)).sum();
            if (weight >= MEMBER_WEIGHT) {
                taken.add(a);
                used.addAll(perDetector.values());
                members.put(a, new CampaignDraft.Member(List.copyOf(perDetector.keySet()),
                        perDetector.values().stream().map(Cluster::explains).collect(Collectors.joining("; "))));
            }
        }
        Set<AccountKey> targets = new TreeSet<>();
        OffsetDateTime from = null;
        OffsetDateTime to = null;
        for (Input s : component) {
            targets.addAll(s.cluster().targets());
            from = min(from, s.cluster().finding().from());
            to = max(to, s.cluster().finding().to());
        }
        // The findings behind it: its seeds, and the artefacts most of whose accounts are members.
        List<Cluster> behind = new ArrayList<>(component.stream().map(Input::cluster).toList());
        for (Input in : all) {
            if (in.signal() == Signal.ARTEFACT && used.contains(in.cluster())) {
                long inside = in.cluster().members().stream().filter(members::containsKey).count();
                if (2 * inside >= in.cluster().members().size()) {
                    behind.add(in.cluster());
                }
            }
        }
        List<String> signals = behind.stream().map(c -> c.finding().detector()).distinct().toList();
        String definition = targets.stream().map(AccountKey::toString).collect(Collectors.joining(",")) + "|"
                + (from == null ? "untimed:" + candidates.iterator().next() : from.toLocalDate().toString());
        return new CampaignDraft(Texts.id("cmp", definition), members, targets, from, to, signals,
                behind.stream().map(c -> c.finding().id()).toList(),
                behind.stream().map(c -> c.finding().evidence()).toList());
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static OffsetDateTime max(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
