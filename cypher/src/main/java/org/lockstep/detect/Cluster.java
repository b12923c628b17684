package org.lockstep.detect;

import java.util.Set;

/**
 * The full membership of one finding, for the campaign step: findings show only their first members.
 *
 * @param finding  the finding
 * @param members  every account it involves
 * @param targets  the accounts it acted on
 * @param explains how the finding reads in a member's explanation, e.g. "followed 3 targets within 10 minutes of
 *                 279 others (2024-04-01)"
 */
public record Cluster(Finding finding, Set<AccountKey> members, Set<AccountKey> targets, String explains) {
}
