package org.lockstep.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lockstep.detect.AccountKey;

/**
 * A campaign as detect all builds it, before it is stored.
 *
 * @param id       stable across runs on the same data: derived from its targets and the day its first act fell on
 * @param members  each account with its signals (detector ids) and explanation
 * @param targets  the accounts it acted on
 * @param from     its first act, or null when the data has no times
 * @param to       its last act, or null
 * @param signals  the detectors whose findings it rests on
 * @param findings the ids of those findings
 * @param evidence one sentence per finding, the numbers behind the campaign
 */
public record CampaignDraft(String id, Map<AccountKey, Member> members, Set<AccountKey> targets, OffsetDateTime from,
        OffsetDateTime to, List<String> signals, List<String> findings, List<String> evidence) {

    /**
     * Why one account is in the campaign.
     *
     * @param signals     the detectors that flagged it
     * @param explanation one neutral sentence per signal, joined
     */
    public record Member(List<String> signals, String explanation) {
    }
}
