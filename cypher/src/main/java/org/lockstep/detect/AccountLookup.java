package org.lockstep.detect;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Looks up handles and names for accounts a Java step knows only by key, in one query per run. */
public final class AccountLookup {
    private static final CypherQuery QUERY = CypherQuery.load("/queries/accounts-by-key.cypher");
    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private AccountLookup() {
    }

    public static Map<AccountKey, AccountRef> refs(Driver driver, Collection<AccountKey> keys) {
        Map<AccountKey, AccountRef> refs = new HashMap<>();
        if (keys.isEmpty()) {
            return refs;
        }
        List<Map<String, Object>> param = keys.stream().distinct()
                .map(k -> Map.<String, Object>of("platform", k.platform(), "id", k.id())).toList();
        for (Record r : driver.executableQuery(QUERY.text()).withParameters(Map.of("keys", param)).withConfig(READ)
                .execute().records()) {
            AccountRef ref = ref(r);
            refs.put(new AccountKey(ref.platform(), ref.id()), ref);
        }
        return refs;
    }

    /** Reads an account map or record with platform, id, handle, displayName and createdAt. */
    public static AccountRef ref(MapAccessor v) {
        Value created = v.get("createdAt");
        return new AccountRef(v.get("platform").asString(null), v.get("id").asString(null),
                v.get("handle").asString(null), v.get("displayName").asString(null),
                created == null || created.isNull() ? null : created.asOffsetDateTime());
    }

    /** The refs of {@code keys} in order; an account missing from the graph shows by its key alone. */
    public static List<AccountRef> inOrder(Map<AccountKey, AccountRef> refs, Collection<AccountKey> keys) {
        return keys.stream().map(k -> refs.getOrDefault(k, new AccountRef(k.platform(), k.id(), null, null, null)))
                .toList();
    }
}
