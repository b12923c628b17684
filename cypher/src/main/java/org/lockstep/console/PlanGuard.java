package org.lockstep.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * The console's first line of defence: what Neo4j itself says a query would do, read from the summary of its
 * {@code EXPLAIN}. Only a plan of reads, on the graph's own database, calling nothing outside the allow-lists, passes.
 */
final class PlanGuard {
    /** SHOW commands that only list the schema; every other SHOW (users, settings, transactions ...) is refused. */
    private static final Set<String> METADATA_OPERATORS = Set.of("ShowIndexes", "ShowConstraints");

    /** The updating clauses, most telling first: the refusal names the first of them the plan holds. */
    private static final List<String> WRITE_CLAUSES = List.of("DETACH DELETE", "DELETE", "MERGE", "CREATE", "REMOVE",
            "SET", "FOREACH", "an updating CALL { } subquery");

    private PlanGuard() {
    }

    /** Returns normally only for a read-only plan; otherwise throws the refusal that names the first reason. */
    static void check(ResultSummary summary) {
        String database = summary.database() == null ? null : summary.database().name();
        if ("system".equalsIgnoreCase(database)) {
            throw ConsolePolicy.admin("a query on the system database");
        }
        Plan root = summary.queryPlan().orElse(null);
        if (root == null) {
            throw ConsolePolicy.refuse("The console is read-only and Neo4j gave no plan for this query, so it cannot"
                    + " be checked; it is refused.");
        }
        List<Plan> operators = new ArrayList<>();
        collect(root, operators);
        for (Plan op : operators) {
            checkDatabase(op, operatorDatabase(root));
            checkCommand(operatorName(op));
        }
        for (Plan op : operators) {
            checkCalls(operatorName(op), details(op));
        }
        operators.stream()
                .map(op -> writeClause(operatorName(op)))
                .filter(w -> w != null)
                .min(Comparator.comparingInt(WRITE_CLAUSES::indexOf))
                .ifPresent(w -> {
                    throw ConsolePolicy.writes(w);
                });
        QueryType type = summary.queryType();
        if (type != QueryType.READ_ONLY) {
            throw type == QueryType.SCHEMA_WRITE
                    ? ConsolePolicy.schema("Neo4j classifies it as " + type)
                    : ConsolePolicy.writes("Neo4j classifies it as " + type);
        }
    }

    private static void collect(Plan plan, List<Plan> into) {
        into.add(plan);
        for (Plan child : plan.children()) {
            collect(child, into);
        }
    }

    static String operatorName(Plan op) {
        String type = op.operatorType();
        int at = type.indexOf('@');
        return at < 0 ? type : type.substring(0, at);
    }

    private static String operatorDatabase(Plan op) {
        String type = op.operatorType();
        int at = type.indexOf('@');
        return at < 0 ? null : type.substring(at + 1);
    }

    private static String details(Plan op) {
        Value details = op.arguments().get("Details");
        return details == null || details.isNull() ? "" : details.asString();
    }

    private static void checkDatabase(Plan op, String rootDatabase) {
        String db = operatorDatabase(op);
        if (db != null && ("system".equalsIgnoreCase(db) || !db.equals(rootDatabase))) {
            throw ConsolePolicy.use("a plan that reaches database " + db);
        }
    }

    private static void checkCommand(String op) {
        if (op.equals("LoadCSV")) {
            throw ConsolePolicy.loadCsv();
        }
        if (op.startsWith("Transaction")) {
            throw ConsolePolicy.inTransactions();
        }
        if (op.equals("AdministrationCommand") || op.startsWith("Terminate")
                || (op.startsWith("Show") && !METADATA_OPERATORS.contains(op))) {
            throw ConsolePolicy.admin(op);
        }
        if ((op.startsWith("Create") || op.startsWith("Drop") || op.startsWith("DoNothingIf"))
                && (op.contains("Index") || op.contains("Constraint"))) {
            throw ConsolePolicy.schema(op);
        }
        if (op.contains("Procedure") && !op.equals("ProcedureCall")) {
            throw ConsolePolicy.procedure(op);
        }
    }

    private static void checkCalls(String op, String details) {
        if (op.equals("ProcedureCall")) {
            int paren = details.indexOf('(');
            String name = (paren < 0 ? details : details.substring(0, paren)).strip();
            if (!ConsolePolicy.procedureAllowed(name)) {
                throw ConsolePolicy.procedure(name);
            }
        }
        // Expressions, and subqueries Neo4j prints inline, are checked with the same rules as the query text.
        TextGuard.checkAnywhere(CypherTokens.tokenize(details));
    }

    /** The clause an updating operator stands for, or null for a reading one. */
    static String writeClause(String op) {
        if (op.startsWith("DetachDelete")) {
            return "DETACH DELETE";
        }
        if (op.startsWith("Delete")) {
            return "DELETE";
        }
        if (op.equals("Create") || op.startsWith("CreateNode") || op.startsWith("CreateRelationship")) {
            return "CREATE";
        }
        if (op.contains("Merge")) {
            return "MERGE";
        }
        if (op.startsWith("Set")) {
            return "SET";
        }
        if (op.startsWith("Remove")) {
            return "REMOVE";
        }
        if (op.equals("Foreach")) {
            return "FOREACH";
        }
        if (op.equals("SubqueryForeach")) {
            return "an updating CALL { } subquery";
        }
        return null;
    }
}
