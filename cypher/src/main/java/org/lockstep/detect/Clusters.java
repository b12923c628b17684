package org.lockstep.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;

/** Names the targets and first members of clusters that a Java step found by key only. */
public final class Clusters {
    private Clusters() {
    }

    /** The same clusters with targets and the first {@code maxMembers} members named, in one lookup. */
    public static List<Cluster> named(Driver driver, List<Cluster> clusters, int maxMembers) {
        Set<AccountKey> wanted = new LinkedHashSet<>();
        for (Cluster c : clusters) {
            wanted.addAll(c.targets());
            c.members().stream().limit(maxMembers).forEach(wanted::add);
        }
        Map<AccountKey, AccountRef> refs = AccountLookup.refs(driver, wanted);
        List<Cluster> named = new ArrayList<>();
        for (Cluster c : clusters) {
            Finding f = c.finding();
            List<AccountRef> targets = AccountLookup.inOrder(refs, c.targets());
            List<AccountRef> members = AccountLookup.inOrder(refs, c.members().stream().limit(maxMembers).toList());
            named.add(new Cluster(new Finding(f.id(), f.detector(), f.size(), targets, members, f.membersTotal(),
                    f.from(), f.to(), f.dayOnly(), f.counts(), f.evidence()), c.members(), c.targets(), c.explains()));
        }
        return named;
    }
}
