package org.lockstep.detect;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One cluster a detector found, with the evidence that made it fire.
 *
 * @param id           stable across runs on the same data (derived from what defines the cluster)
 * @param size         how many accounts the cluster has
 * @param targets      the accounts the cluster acts on
 * @param members      the first members (capped by the detector's maxMembers)
 * @param membersTotal the true member count, equal to {@code size}
 * @param firstFollow  the earliest act of the cluster, or null when times are unknown
 * @param lastFollow   the latest act of the cluster, or null
 * @param dayOnly      true when some follow times are known only to the day: then only the dates are meaningful
 * @param evidence     one neutral sentence with the counts behind the finding
 */
public record Finding(
        String id, long size, List<AccountRef> targets, List<AccountRef> members, long membersTotal,
        OffsetDateTime firstFollow, OffsetDateTime lastFollow, boolean dayOnly, String evidence) {
}
