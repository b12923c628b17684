package org.lockstep.detect.avatar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lockstep.detect.AccountKey;
import org.lockstep.detect.Cluster;
import org.lockstep.detect.Clusters;
import org.lockstep.detect.Detection;
import org.lockstep.detect.Detector;
import org.lockstep.detect.Finding;
import org.lockstep.detect.Rows;
import org.lockstep.detect.Texts;
import org.lockstep.detect.UnionFind;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;

/** Accounts using one picture or near copies of it: exact by SHA-256, near by perceptual hash. */
public final class SharedAvatarDetector implements Detector {
    private static final CypherQuery QUERY = CypherQuery.load("/detectors/shared-avatars.cypher");

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
        long distance = (Long) params.get("maxDistance");
        if (distance < 0 || distance > HammingIndex.MAX_DISTANCE * 2) {
            throw InvalidRequestException.badValue("maxDistance", "maxDistance must be between 0 and 16 bits.");
        }
        int minSize = Math.toIntExact(Math.max(1, (Long) params.get("minSize")));
        int maxMembers = Math.toIntExact(Math.max(1, (Long) params.get("maxMembers")));
        long start = System.nanoTime();
        // One entry per distinct image: accounts sharing a SHA-256 share the entry.
        Map<String, Integer> images = new HashMap<>();
        List<Long> phashes = new ArrayList<>();
        List<List<AccountKey>> users = new ArrayList<>();
        long rows = Rows.stream(driver, QUERY, params, r -> {
            String sha = r.get("sha256").asString(null);
            String phash = r.get("phash").asString(null);
            String image = sha != null ? sha : "phash:" + phash;
            int i = images.computeIfAbsent(image, k -> {
                phashes.add(phash == null ? null : Long.parseUnsignedLong(phash, 16));
                users.add(new ArrayList<>());
                return users.size() - 1;
            });
            users.get(i).add(new AccountKey(r.get("platform").asString(), r.get("id").asString()));
        });
        UnionFind copies = near(phashes, (int) distance);
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < users.size(); i++) {
            groups.computeIfAbsent(copies.find(i), k -> new ArrayList<>()).add(i);
        }
        List<Cluster> clusters = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            Set<AccountKey> members = new TreeSet<>();
            int largest = 0;
            for (int i : group) {
                members.addAll(users.get(i));
                largest = Math.max(largest, users.get(i).size());
            }
            if (members.size() >= minSize) {
                clusters.add(cluster(group, members, largest, distance));
            }
        }
        clusters.sort((a, b) -> Long.compare(b.finding().size(), a.finding().size()));
        List<Cluster> named = Clusters.named(driver, clusters, maxMembers);
        String unavailable = rows == 0 ? "no account has an avatar hash or image in the data" : null;
        return Detection.of(id(), params, start, named, unavailable);
    }

    private static UnionFind near(List<Long> phashes, int distance) {
        UnionFind copies = new UnionFind(phashes.size());
        List<Integer> hashed = new ArrayList<>();
        for (int i = 0; i < phashes.size(); i++) {
            if (phashes.get(i) != null) {
                hashed.add(i);
            }
        }
        long[] values = hashed.stream().mapToLong(phashes::get).toArray();
        if (distance == 0) {
            Map<Long, Integer> first = new HashMap<>();
            for (int k = 0; k < values.length; k++) {
                Integer seen = first.putIfAbsent(values[k], k);
                if (seen != null) {
                    copies.union(hashed.get(seen), hashed.get(k));
                }
            }
            return copies;
        }
        if (distance <= HammingIndex.MAX_DISTANCE) {
            new HammingIndex(values).forEachPair((int) distance, (i, j) -> copies.union(hashed.get(i), hashed.get(j)));
            return copies;
        }
        // Wider than the index covers: compare all pairs (slow on big data, hence the parameter's documented range).
        for (int a = 0; a < values.length; a++) {
            for (int b = a + 1; b < values.length; b++) {
                if (Long.bitCount(values[a] ^ values[b]) <= distance) {
                    copies.union(hashed.get(a), hashed.get(b));
                }
            }
        }
        return copies;
    }

    private Cluster cluster(List<Integer> images, Set<AccountKey> members, int largest, long distance) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("members", (long) members.size());
        counts.put("images", (long) images.size());
        counts.put("largestExactGroup", (long) largest);
        counts.put("maxDistance", distance);
        String evidence = Texts.count(members.size()) + " accounts use " + (images.size() == 1
                ? "the same profile picture (one SHA-256)"
                : images.size() + " profile pictures that are copies of one another (perceptual hashes within "
                        + distance + " bits; the most common exact copy is on " + Texts.count(largest) + " accounts)")
                + ".";
        String explains = "uses a profile picture shared with " + Texts.count(members.size() - 1L) + " other accounts"
                + (images.size() > 1 ? " (" + images.size() + " near copies)" : "");
        Finding f = new Finding(Texts.id("av", members.iterator().next().toString() + "|" + distance), id(),
                members.size(), List.of(), List.of(), members.size(), null, null, false, counts, evidence);
        return new Cluster(f, new LinkedHashSet<>(members), Set.of(), explains);
    }
}
