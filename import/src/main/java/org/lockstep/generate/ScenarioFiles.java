package org.lockstep.generate;

import java.util.List;

/** The entity files the generator writes, in the order the format's references require. */
final class ScenarioFiles {
    static final List<String> ENTITIES = List.of("accounts", "follows", "follower_counts", "posts", "reports",
            "vendors", "storefronts", "offers", "purchases", "deliveries");

    private ScenarioFiles() {
    }
}
