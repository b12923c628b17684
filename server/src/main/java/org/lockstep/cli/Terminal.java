package org.lockstep.cli;

/** Makes attacker-influenced text safe to print: no escape sequences, bidi overrides or line breaks reach the tty. */
final class Terminal {
    private Terminal() {
    }

    static String safe(Object value) {
        return value == null ? "" : value.toString().replaceAll("\\p{Cntrl}|\\p{Cf}", "?");
    }
}
