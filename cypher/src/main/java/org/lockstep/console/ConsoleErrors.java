package org.lockstep.console;

import java.time.Duration;
import java.util.Set;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.error.LockstepException;
import org.lockstep.error.StoreException;
import org.neo4j.driver.exceptions.Neo4jException;

/** Turns what Neo4j answered to a console query into Lockstep's errors, by status code only. */
final class ConsoleErrors {
    private static final Set<String> TIMED_OUT = Set.of(
            "Neo.ClientError.Transaction.TransactionTimedOut",
            "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration");
    private static final Set<String> OUT_OF_MEMORY = Set.of(
            "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
            "Neo.TransientError.General.TransactionMemoryLimit",
            "Neo.TransientError.General.OutOfMemoryError");
    private static final Set<String> REFUSED_WRITE = Set.of(
            "Neo.ClientError.Statement.AccessMode",
            "Neo.ClientError.Security.Forbidden");

    private ConsoleErrors() {
    }

    static LockstepException map(Neo4jException e, Duration timeout, ConsoleLimits limits) {
        String code = e.code() == null ? "" : e.code();
        if (TIMED_OUT.contains(code)) {
            return timedOut(timeout, limits, false);
        }
        if (OUT_OF_MEMORY.contains(code)) {
            return ConsolePolicy.refuse("The query needed more memory than one transaction may use"
                    + " (db.memory.transaction.max) and was stopped. Narrow it: fewer rows, smaller collect()s, no"
                    + " huge strings or lists.");
        }
        if (REFUSED_WRITE.contains(code)) {
            return ConsolePolicy.writes("Neo4j refused it in read-only mode");
        }
        switch (code) {
            case "Neo.ClientError.Statement.UnsupportedAdministrationCommand":
                return ConsolePolicy.admin(firstLine(e));
            case "Neo.ClientError.Procedure.ProcedureNotFound":
                return ConsolePolicy.refuse("The console is read-only: only these procedures can be called: "
                        + String.join(", ", ConsolePolicy.ALLOWED_PROCEDURES) + ". Neo4j says: " + firstLine(e));
            case "Neo.ClientError.Statement.ExternalResourceFailed":
                return ConsolePolicy.loadCsv();
            case "Neo.ClientError.Statement.SyntaxError":
                return ConsolePolicy.refuse("The query is not valid Cypher, so the read-only console cannot check it"
                        + " (positions count from the EXPLAIN the console puts in front). Neo4j says: " + firstLine(e));
            case "Neo.ClientError.Statement.ParameterMissing":
                return InvalidRequestException.badValue("params", "The query uses a parameter the request does not"
                        + " give; add it under params. Neo4j says: " + firstLine(e));
            default:
                break;
        }
        if (code.startsWith("Neo.ClientError.")) {
            return ConsolePolicy.refuse("The read-only console could not run this query: Neo4j refused it (" + code
                    + "): " + firstLine(e));
        }
        return new StoreException("console.failed", "Neo4j failed while running the console query (" + code + "): "
                + firstLine(e) + ". Check the server log; if the query is huge, narrow it.", e);
    }

    /** The answer when the query outlived its timeout; {@code stillRunning} when Neo4j could not stop it yet. */
    static InvalidRequestException timedOut(Duration timeout, ConsoleLimits limits, boolean stillRunning) {
        String raise = timeout.compareTo(limits.maxTimeout()) < 0
                ? " or raise timeoutSeconds up to " + RequestCheck.seconds(limits.maxTimeout())
                : " (" + RequestCheck.seconds(limits.maxTimeout()) + " is the console's maximum)";
        String stopped = stillRunning
                ? "was given up; Neo4j stops a query only between rows, and this one is still computing one value"
                        + " (a reduce() or list comprehension over a huge list, say), so it holds a console slot until"
                        + " it ends"
                : "was stopped";
        return ConsolePolicy.refuse("The query ran longer than " + RequestCheck.seconds(timeout) + " and " + stopped
                + "; narrow it" + raise + ".");
    }

    private static String firstLine(Neo4jException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
