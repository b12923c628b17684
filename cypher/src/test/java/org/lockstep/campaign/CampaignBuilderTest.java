package org.lockstep.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lockstep.detect.AccountKey;
import org.lockstep.detect.Cluster;
import org.lockstep.detect.Detector.Signal;
import org.lockstep.detect.Finding;

class CampaignBuilderTest {
    private static final OffsetDateTime T = OffsetDateTime.parse("2024-04-14T09:00:00Z");

    @Test
    void lockstepAloneMakesMembersButAnArtefactAloneNeverDoes() {
        List<CampaignDraft> drafts = CampaignBuilder.standard().build(List.of(
                input("lockstep", Signal.COORDINATION, "bot", 0, 20, "t1", "t2"),
                input("shared-avatars", Signal.ARTEFACT, "meme", 0, 40)));

        assertThat(drafts).hasSize(1);
        assertThat(drafts.getFirst().members().keySet()).isEqualTo(keys("bot", 0, 20));
        assertThat(drafts.getFirst().targets()).containsExactly(key("t1"), key("t2"));
        assertThat(drafts.getFirst().signals()).containsExactly("lockstep");
    }

    @Test
    void aSharedFollowSetNeedsASecondSignal() {
        List<CampaignDraft> drafts = CampaignBuilder.standard().build(List.of(
                input("shared-followers", Signal.COORDINATION, "acc", 0, 30, "t1", "t2"),
                input("creation-batches", Signal.ARTEFACT, "acc", 0, 15)));

        CampaignDraft d = drafts.getFirst();
        assertThat(d.members().keySet()).isEqualTo(keys("acc", 0, 15));
        assertThat(d.members().get(key("acc3")).signals()).containsExactly("shared-followers", "creation-batches");
        assertThat(d.members().get(key("acc3")).explanation()).isEqualTo("shared-followers explains; creation-batches "
                + "explains");
        assertThat(d.signals()).containsExactly("shared-followers", "creation-batches");
    }

    @Test
    void twoDisjointFloodsStayTwoCampaignsLargestFirst() {
        List<CampaignDraft> drafts = CampaignBuilder.standard().build(List.of(
                input("lockstep", Signal.COORDINATION, "a", 0, 30, "t1"),
                input("lockstep", Signal.COORDINATION, "b", 0, 25, "t2")));

        assertThat(drafts).hasSize(2);
        assertThat(drafts).extracting(d -> d.members().size()).containsExactly(30, 25);
    }

    @Test
    void theIdIsStableAcrossRunsAndOrder() {
        CampaignBuilder.Input a = input("lockstep", Signal.COORDINATION, "bot", 0, 20, "t1", "t2");
        CampaignBuilder.Input b = input("shared-avatars", Signal.ARTEFACT, "bot", 0, 20);
        assertThat(CampaignBuilder.standard().build(List.of(a, b)).getFirst().id())
                .isEqualTo(CampaignBuilder.standard().build(List.of(b, a)).getFirst().id())
                .startsWith("cmp-");
    }

    private static CampaignBuilder.Input input(String detector, Signal signal, String prefix, int from, int to,
            String... targets) {
        Set<AccountKey> members = keys(prefix, from, to);
        Set<AccountKey> targetKeys = new LinkedHashSet<>();
        for (String t : targets) {
            targetKeys.add(key(t));
        }
        Finding f = new Finding(detector + "-" + prefix, detector, members.size(), List.of(), List.of(),
                members.size(), T, T.plusMinutes(5), false, Map.of(), detector + " evidence");
        return new CampaignBuilder.Input(new Cluster(f, members, targetKeys, detector + " explains"), signal);
    }

    private static Set<AccountKey> keys(String prefix, int from, int to) {
        Set<AccountKey> keys = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            keys.add(key(prefix + i));
        }
        return keys;
    }

    private static AccountKey key(String id) {
        return new AccountKey("instagram", id);
    }
}
