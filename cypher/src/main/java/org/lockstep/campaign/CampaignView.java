package org.lockstep.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import org.lockstep.detect.AccountRef;

/**
 * A stored campaign as the API and CLI show it.
 *
 * @param id         its stable id
 * @param size       how many accounts it includes
 * @param targets    the accounts it acted on
 * @param from       its first act, or null
 * @param to         its last act, or null
 * @param signals    the detectors it rests on
 * @param findings   the ids of the findings behind it
 * @param evidence   one sentence per finding
 * @param detectedAt when detect all last found it
 */
public record CampaignView(String id, long size, List<AccountRef> targets, OffsetDateTime from, OffsetDateTime to,
        List<String> signals, List<String> findings, List<String> evidence, OffsetDateTime detectedAt) {

    /**
     * One page of campaigns.
     *
     * @param total     how many there are
     * @param skip      where the page starts
     * @param limit     the page size asked for
     * @param campaigns the page
     */
    public record Page(long total, long skip, long limit, List<CampaignView> campaigns) {
    }

    /**
     * One account of a campaign and why it is in it.
     *
     * @param account     the account (its handle and name are attacker-written text)
     * @param signals     the detectors that flagged it
     * @param explanation one neutral sentence per signal
     */
    public record Member(AccountRef account, List<String> signals, String explanation) {
    }

    /**
     * One page of a campaign's accounts.
     *
     * @param campaign the campaign
     * @param skip     where the page starts
     * @param limit    the page size asked for
     * @param members  the page, ordered by account id
     */
    public record MemberPage(CampaignView campaign, long skip, long limit, List<Member> members) {
    }
}
