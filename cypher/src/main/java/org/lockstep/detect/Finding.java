package org.lockstep.detect;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One thing a detector found (a cluster of accounts, a spike, a burst), with the evidence that made it fire.
 *
 * @param id           stable across runs on the same data (derived from what defines the finding)
 * @param detector     the detector that found it
 * @param size         how many accounts it involves
 * @param targets      the accounts acted on (followed, reported), if any
 * @param members      the first members (capped by the detector's maxMembers)
 * @param membersTotal the true member count, equal to {@code size}
 * @param from         the earliest act in the finding, or null when times are unknown
 * @param to           the latest act, or null
 * @param dayOnly      true when some of the times are known only to the day: then only dates are meaningful
 * @param counts       the numbers behind the finding (e.g. {@code arrivals}, {@code baseline}), by name
 * @param evidence     one neutral sentence with those numbers, for people
 */
public record Finding(
        String id, String detector, long size, List<AccountRef> targets, List<AccountRef> members, long membersTotal,
        OffsetDateTime from, OffsetDateTime to, boolean dayOnly, Map<String, Long> counts, String evidence) {
}
