package org.lockstep.importer;

import java.util.List;

/** The closed lists of values the dataset format names; a value outside them is a reject, never a new word. */
final class Vocabulary {
    /** Where a vendor sells: a storefront's {@code kind}. */
    static final List<String> STOREFRONT_KINDS =
            List.of("website", "instagram_page", "facebook_page", "telegram", "panel_api");
    /** What a vendor sells: the {@code service} of offers and purchases. */
    static final List<String> SERVICES = List.of("followers", "likes", "reports", "comments", "views");

    private Vocabulary() {
    }
}
