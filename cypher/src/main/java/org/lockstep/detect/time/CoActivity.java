package org.lockstep.detect.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.lockstep.detect.UnionFind;

/**
 * Groups accounts that acted in the same bursts on different targets (the CopyCatch idea: the same accounts on the
 * same targets in the same windows).
 *
 * <p>An account's <em>signature</em> is the set of bursts it took part in, when they span at least
 * {@code minTargets} targets. Accounts with one signature form a group; groups of at least {@code minShared} accounts
 * are cores, and two cores merge when their signatures overlap by more than half (Jaccard &gt; 0.5): a bot that was
 * dropped and refilled adds a burst to its signature but stays with its flood. Smaller groups join the core they
 * overlap most, at least by half, without merging cores: a few stray accounts cannot bridge two floods. Two floods
 * that share one burst on a common target (the same day on the same page) have signatures overlapping by half at most,
 * so they stay apart. The work is linear in the accounts' burst memberships.
 */
final class CoActivity {
    private CoActivity() {
    }

    /**
     * A group of linked bursts and the accounts that make it.
     *
     * @param bursts  indices into the burst list, sorted
     * @param members account indices, sorted
     */
    record Group(int[] bursts, int[] members) {
    }

    static List<Group> link(List<Burst> bursts, int accounts, int minShared, int minTargets, int minSize) {
        List<List<Integer>> of = new ArrayList<>(accounts);
        for (int a = 0; a < accounts; a++) {
            of.add(null);
        }
        for (int w = 0; w < bursts.size(); w++) {
            for (int a : bursts.get(w).accounts()) {
                if (of.get(a) == null) {
                    of.set(a, new ArrayList<>(4));
                }
                of.get(a).add(w);
            }
        }
        Map<List<Integer>, List<Integer>> bySignature = new LinkedHashMap<>();
        for (int a = 0; a < accounts; a++) {
            List<Integer> sig = of.get(a);
            if (sig != null && sig.stream().map(w -> bursts.get(w).target()).distinct().count() >= minTargets) {
                bySignature.computeIfAbsent(List.copyOf(sig), k -> new ArrayList<>()).add(a);
            }
        }
        List<List<Integer>> sigs = new ArrayList<>(bySignature.keySet());
        List<Integer> cores = new ArrayList<>();
        Map<Integer, List<Integer>> coresByBurst = new HashMap<>();
        for (int s = 0; s < sigs.size(); s++) {
            if (bySignature.get(sigs.get(s)).size() >= minShared) {
                for (int w : sigs.get(s)) {
                    coresByBurst.computeIfAbsent(w, k -> new ArrayList<>()).add(cores.size());
                }
                cores.add(s);
            }
        }
        UnionFind merged = new UnionFind(cores.size());
        for (int c = 0; c < cores.size(); c++) {
            for (int d : candidates(sigs.get(cores.get(c)), coresByBurst)) {
                if (d > c && jaccard(sigs.get(cores.get(c)), sigs.get(cores.get(d))) > 0.5) {
                    merged.union(c, d);
                }
            }
        }
        Map<Integer, TreeSet<Integer>> members = new HashMap<>();
        Map<Integer, TreeSet<Integer>> groupBursts = new HashMap<>();
        for (int c = 0; c < cores.size(); c++) {
            add(merged.find(c), sigs.get(cores.get(c)), bySignature, members, groupBursts);
        }
        for (int s = 0; s < sigs.size(); s++) {
            List<Integer> sig = sigs.get(s);
            if (bySignature.get(sig).size() >= minShared) {
                continue;
            }
            int best = -1;
            double bestScore = 0.5;
            for (int c : candidates(sig, coresByBurst)) {
                double j = jaccard(sig, sigs.get(cores.get(c)));
                if (j > bestScore || j == bestScore && best < 0) {
                    best = c;
                    bestScore = j;
                }
            }
            if (best >= 0) {
                members.get(merged.find(best)).addAll(bySignature.get(sig));
            }
        }
        List<Group> result = new ArrayList<>();
        members.forEach((root, set) -> {
            if (set.size() >= minSize) {
                result.add(new Group(groupBursts.get(root).stream().mapToInt(Integer::intValue).toArray(),
                        set.stream().mapToInt(Integer::intValue).toArray()));
            }
        });
        result.sort((x, y) -> x.members().length != y.members().length
                ? Integer.compare(y.members().length, x.members().length)
                : Arrays.compare(x.bursts(), y.bursts()));
        return result;
    }

    private static void add(int root, List<Integer> sig, Map<List<Integer>, List<Integer>> bySignature,
            Map<Integer, TreeSet<Integer>> members, Map<Integer, TreeSet<Integer>> groupBursts) {
        members.computeIfAbsent(root, k -> new TreeSet<>()).addAll(bySignature.get(sig));
        groupBursts.computeIfAbsent(root, k -> new TreeSet<>()).addAll(sig);
    }

    private static TreeSet<Integer> candidates(List<Integer> sig, Map<Integer, List<Integer>> coresByBurst) {
        TreeSet<Integer> found = new TreeSet<>();
        for (int w : sig) {
            found.addAll(coresByBurst.getOrDefault(w, List.of()));
        }
        return found;
    }

    /** Jaccard similarity of two sorted burst lists. */
    static double jaccard(List<Integer> a, List<Integer> b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.size() && j < b.size()) {
            int c = Integer.compare(a.get(i), b.get(j));
            if (c == 0) {
                common++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
