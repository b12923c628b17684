package org.lockstep.detect;

import java.time.OffsetDateTime;

/**
 * An account as a finding names it. Handle and display name are attacker-written text: render them as text only.
 *
 * @param platform    the platform of the id
 * @param id          the platform id
 * @param handle      the @-name, or null
 * @param displayName the display name, or null
 * @param createdAt   when the account was created, or null
 */
public record AccountRef(String platform, String id, String handle, String displayName, OffsetDateTime createdAt) {
}
