package org.lockstep.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lockstep.detect.AccountKey;
import org.lockstep.detect.AccountLookup;
import org.lockstep.detect.Rows;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** Campaigns in the graph: saved by detect all, one transaction each, and read back in pages. */
public final class CampaignStore {
    private static final CypherQuery SAVE = CypherQuery.load("/campaigns/campaign-save.cypher");
    private static final CypherQuery MEMBERS = CypherQuery.load("/campaigns/campaign-members.cypher");
    private static final CypherQuery TARGETS = CypherQuery.load("/campaigns/campaign-targets.cypher");
    private static final CypherQuery PUBLISH = CypherQuery.load("/campaigns/campaign-publish.cypher");
    private static final CypherQuery STALE = CypherQuery.load("/campaigns/campaign-stale.cypher");
    private static final CypherQuery LIST = CypherQuery.load("/campaigns/campaigns-list.cypher");
    private static final CypherQuery MEMBER_PAGE = CypherQuery.load("/campaigns/campaign-members-page.cypher");
    private static final CypherQuery EXPORT = CypherQuery.load("/campaigns/campaign-export.cypher");
    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();
    private static final int BATCH = 5_000;
    private final Driver driver;

    public CampaignStore(Driver driver) {
        this.driver = driver;
    }

    /**
     * Saves every draft, then marks the campaigns this run did not find again as stale. A campaign's members go in
     * batches of their own transactions (one transaction for 100,000 members would pass the 1 GiB transaction memory
     * limit), so it is marked {@code writing} until its last batch is in and only then {@code current}: lists and
     * exports never show a half-written campaign, and the next run rewrites one a crash left behind.
     *
     * @return how many campaigns became stale
     */
    public long save(List<CampaignDraft> drafts, String params, OffsetDateTime now) {
        try (Session session = driver.session()) {
            for (CampaignDraft d : drafts) {
                Map<String, Object> campaign = new HashMap<>();
                campaign.put("size", d.members().size());
                campaign.put("from", d.from());
                campaign.put("to", d.to());
                campaign.put("signals", d.signals());
                campaign.put("findings", d.findings());
                campaign.put("evidence", d.evidence());
                campaign.put("params", params);
                session.executeWriteWithoutResult(tx -> {
                    tx.run(SAVE.text(), Map.of("id", d.id(), "campaign", campaign, "now", now)).consume();
                    tx.run(TARGETS.text(), Map.of("id", d.id(), "rows", d.targets().stream()
                            .map(t -> Map.of("platform", t.platform(), "id", t.id())).toList())).consume();
                });
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Map.Entry<AccountKey, CampaignDraft.Member> m : d.members().entrySet()) {
                    rows.add(Map.of("platform", m.getKey().platform(), "id", m.getKey().id(),
                            "signals", m.getValue().signals(), "explanation", m.getValue().explanation()));
                    if (rows.size() == BATCH) {
                        writeMembers(session, d.id(), rows);
                        rows.clear();
                    }
                }
                writeMembers(session, d.id(), rows);
                session.executeWriteWithoutResult(tx -> tx.run(PUBLISH.text(), Map.of("id", d.id())).consume());
            }
            return session.executeWrite(tx -> tx.run(STALE.text(),
                    Map.of("ids", drafts.stream().map(CampaignDraft::id).toList())).single().get("stale").asLong());
        }
    }

    private static void writeMembers(Session session, String id, List<Map<String, Object>> rows) {
        List<Map<String, Object>> batch = List.copyOf(rows);
        session.executeWriteWithoutResult(tx -> tx.run(MEMBERS.text(), Map.of("id", id, "rows", batch)).consume());
    }

    public CampaignView.Page list(long skip, long limit) {
        checkPage(skip, limit);
        return page(null, skip, limit);
    }

    /** One campaign with a page of its accounts. */
    public CampaignView.MemberPage members(String id, long skip, long limit) {
        checkPage(skip, limit);
        CampaignView campaign = find(id);
        List<CampaignView.Member> members = driver.executableQuery(MEMBER_PAGE.text())
                .withParameters(Map.of("id", id, "skip", skip, "limit", limit)).withConfig(READ).execute().records()
                .stream().map(r -> new CampaignView.Member(AccountLookup.ref(r), r.get("signals").asList(Value::asString),
                        r.get("explanation").asString(null))).toList();
        return new CampaignView.MemberPage(campaign, skip, limit, members);
    }

    /**
     * Writes one CSV row per (campaign, account) of the current campaigns. Cells that a spreadsheet would read as a
     * formula (handles are attacker-written) are prefixed with an apostrophe.
     */
    public long export(Appendable out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("campaign_id", "platform",
                "account_id", "handle", "signals", "explanation").get())) {
            long[] rows = {0};
            Rows.stream(driver, EXPORT, Map.of(), r -> {
                try {
                    csv.printRecord(r.get("campaignId").asString(), safe(r.get("platform").asString()),
                            safe(r.get("id").asString()), safe(r.get("handle").asString("")),
                            String.join(";", r.get("signals").asList(Value::asString)),
                            safe(r.get("explanation").asString("")));
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
            return rows[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private CampaignView find(String id) {
        return page(id, 0, 1).campaigns().stream().findFirst()
                .orElseThrow(() -> InvalidRequestException.notFound("id", "No current campaign '" + id
                        + "'. GET /api/campaigns lists them; run 'lockstep detect all' to build them."));
    }

    private CampaignView.Page page(String id, long skip, long limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("skip", skip);
        params.put("limit", limit);
        Record r = driver.executableQuery(LIST.text()).withParameters(params).withConfig(READ).execute().records()
                .getFirst();
        return new CampaignView.Page(r.get("total").asLong(), skip, limit,
                r.get("campaigns").asList(CampaignStore::view));
    }

    private static void checkPage(long skip, long limit) {
        if (skip < 0 || limit < 1 || limit > 10_000) {
            throw InvalidRequestException.badValue("limit", "Pages need skip >= 0 and 1 <= limit <= 10000.");
        }
    }

    private static CampaignView view(Value r) {
        return new CampaignView(r.get("id").asString(), r.get("size").asLong(),
                r.get("targets").asList(v -> AccountLookup.ref(v)), time(r.get("from")), time(r.get("to")),
                r.get("signals").asList(Value::asString), r.get("findings").asList(Value::asString),
                r.get("evidence").asList(Value::asString), time(r.get("detectedAt")));
    }

    private static OffsetDateTime time(Value v) {
        return v == null || v.isNull() ? null : v.asOffsetDateTime();
    }
}
