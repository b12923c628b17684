package org.lockstep.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lockstep.error.StoreException;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * The read-only Cypher console: checks an ad-hoc query against what Neo4j says it would do, then runs it capped in
 * time and rows, in a read-only transaction that is always rolled back.
 *
 * <p>In order: the request's shape ({@link RequestCheck}: one statement of at most 100 KB, JSON parameters, clamped
 * limits); a look at its words ({@link TextGuard}); its {@code EXPLAIN} in a READ session, whose query type and plan
 * must show reads only ({@link PlanGuard}); then the query itself in the same transaction, with the timeout, at most
 * {@code maxRows + 1} rows streamed, and a check of the final summary. Never {@code executeRead}: it would retry a
 * query the memory guard killed.
 */
public final class ConsoleService {
    /** How many console queries may be in flight; a query Neo4j cannot interrupt keeps its slot until it ends. */
    static final int SLOTS = 2;
    /** How long past its timeout a caller waits before it is answered without Neo4j's word. */
    static final Duration GRACE = Duration.ofSeconds(5);
    /** Values one result may hold in all, nested ones included, before it is cut. */
    static final long VALUE_BUDGET = 1_000_000;

    private final Driver driver;
    private final ConsoleLimits limits;
    private final Semaphore slots;
    private final Duration grace;

    public ConsoleService(Driver driver, ConsoleLimits limits) {
        this(driver, limits, SLOTS, GRACE);
    }

    ConsoleService(Driver driver, ConsoleLimits limits, int slots, Duration grace) {
        this.driver = driver;
        this.limits = limits;
        this.slots = new Semaphore(slots);
        this.grace = grace;
    }

    public ConsoleLimits limits() {
        return limits;
    }

    /**
     * Runs one read-only query.
     *
     * @throws org.lockstep.error.InvalidRequestException (field {@code query}, {@code params}, ...) when the query
     *         is refused, timed out or ran out of memory; the message says what and how to go on
     */
    public ConsoleResult run(ConsoleRequest request) {
        RequestCheck checked = RequestCheck.of(request, limits);
        TextGuard.check(checked.query());
        if (!slots.tryAcquire()) {
            throw new StoreException("console.busy", "The console is busy: " + SLOTS + " queries are still running"
                    + " (a query Neo4j cannot interrupt keeps running past its timeout). Wait for them to end, or"
                    + " restart Lockstep.", null);
        }
        CompletableFuture<ConsoleResult> answer = new CompletableFuture<>();
        Thread.ofVirtual().name("lockstep-console").start(() -> {
            try {
                answer.complete(execute(checked));
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            } finally {
                slots.release();
            }
        });
        try {
            return answer.get(checked.timeout().plus(grace).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw ConsoleErrors.timedOut(checked.timeout(), limits, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("console.interrupted", "The console query was interrupted; retry it.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StoreException("console.failed", "The console query failed: " + e.getCause(), e.getCause());
        }
    }

    private ConsoleResult execute(RequestCheck checked) {
        SessionConfig sessionConfig = SessionConfig.builder()
                .withDefaultAccessMode(AccessMode.READ)
                .withFetchSize(Math.min(checked.maxRows() + 1, 1000))
                .build();
        TransactionConfig txConfig = TransactionConfig.builder()
                .withTimeout(checked.timeout())
                .withMetadata(Map.of("app", "lockstep-console"))
                .build();
        // Closing a transaction that was not committed rolls it back: on every path below, nothing is committed.
        try (Session session = driver.session(sessionConfig);
             Transaction tx = session.beginTransaction(txConfig)) {
            // The same text, parameters and transaction as the run: what Neo4j plans here is what would run.
            ResultSummary plan = tx.run("EXPLAIN " + checked.query(), checked.params()).consume();
            PlanGuard.check(plan);
            ConsoleResult result = stream(tx, checked, plan);
            tx.rollback();
            return result;
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw e; // the store is away: mapped once, like everywhere else, to 503
        } catch (Neo4jException e) {
            throw ConsoleErrors.map(e, checked.timeout(), limits);
        }
    }

    private ConsoleResult stream(Transaction tx, RequestCheck checked, ResultSummary plan) {
        long started = System.nanoTime();
        Result result = tx.run(checked.query(), checked.params());
        List<String> columns = result.keys();
        List<List<Object>> rows = new ArrayList<>();
        List<String> notices = new ArrayList<>(checked.notices());
        Values values = new Values(VALUE_BUDGET);
        boolean truncated = false;
        try {
            while (result.hasNext()) {
                Record record = result.next();
                if (rows.size() == checked.maxRows()) {
                    truncated = true;
                    notices.add("Only the first " + checked.maxRows() + " rows are shown; add LIMIT or raise maxRows"
                            + " (at most " + limits.maxMaxRows() + ").");
                    break;
                }
                rows.add(values.row(record.values()));
            }
        } catch (Values.BudgetSpent e) {
            truncated = true;
            notices.add("The result was cut after " + rows.size() + " rows: it holds more than " + VALUE_BUDGET
                    + " values in all. Return fewer or smaller values.");
        }
        if (!truncated) {
            // Belt and braces: what the run itself reports must agree with the plan.
            ResultSummary summary = result.consume();
            if (summary.queryType() != QueryType.READ_ONLY || summary.counters().containsUpdates()
                    || summary.counters().containsSystemUpdates()) {
                throw ConsolePolicy.writes("Neo4j reported " + summary.queryType() + " while running it");
            }
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        return new ConsoleResult(columns, rows, truncated, rows.size(), durationMs, String.valueOf(plan.queryType()),
                checked.timeout().toMillis(), checked.maxRows(), List.copyOf(notices));
    }
}
