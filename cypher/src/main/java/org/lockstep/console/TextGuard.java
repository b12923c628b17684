package org.lockstep.console;

import java.util.List;
import java.util.Set;
import org.lockstep.console.CypherTokens.Token;

/**
 * The console's second line of defence: a look at the query's words, with comments and literals out of the way,
 * for what must never run. It refuses early and with a precise message; {@link PlanGuard} decides on Neo4j's word.
 */
final class TextGuard {
    private static final Set<String> ADMIN_VERBS = Set.of("GRANT", "DENY", "REVOKE", "TERMINATE", "START", "STOP",
            "ALTER", "RENAME", "ENABLE", "DEALLOCATE", "REALLOCATE", "DRYRUN");
    private static final Set<String> ADMIN_OBJECTS = Set.of("USER", "USERS", "ROLE", "ROLES", "DATABASE",
            "DATABASES", "COMPOSITE", "ALIAS", "ALIASES", "SERVER", "SERVERS", "PRIVILEGE", "PRIVILEGES");
    private static final Set<String> SCHEMA_OBJECTS = Set.of("INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS");

    private TextGuard() {
    }

    static void check(String query) {
        List<Token> tokens = CypherTokens.tokenize(query);
        checkStatements(tokens);
        int start = skipPreparserOptions(tokens);
        if (start < tokens.size() && (tokens.get(start).is("EXPLAIN") || tokens.get(start).is("PROFILE"))) {
            throw ConsolePolicy.refuse("The console is read-only and plans queries itself: leave out "
                    + tokens.get(start).upper() + ".");
        }
        checkClauseStarts(tokens, start);
        checkCommand(tokens, start);
        checkAnywhere(tokens);
    }

    /** Rules that hold wherever the words appear: in the query, or in an expression Neo4j prints in a plan. */
    static void checkAnywhere(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (t.is("LOAD") && next != null && next.is("CSV")) {
                throw ConsolePolicy.loadCsv();
            }
            if (t.is("IN") && next != null && (next.is("TRANSACTIONS")
                    || (next.is("CONCURRENT") && i + 2 < tokens.size() && tokens.get(i + 2).is("TRANSACTIONS")))) {
                throw ConsolePolicy.inTransactions();
            }
            if (t.is("CALL") && next != null && next.isName()) {
                String name = CypherTokens.dottedName(tokens, i + 1);
                if (!ConsolePolicy.procedureAllowed(name)) {
                    throw ConsolePolicy.procedure(name);
                }
            }
        }
        for (String function : CypherTokens.functionCalls(tokens)) {
            if (!ConsolePolicy.functionAllowed(function)) {
                throw ConsolePolicy.function(function);
            }
        }
    }

    private static void checkStatements(List<Token> tokens) {
        int statements = 0;
        boolean inStatement = false;
        for (Token t : tokens) {
            if (t.isSymbol(';')) {
                inStatement = false;
            } else if (!inStatement) {
                inStatement = true;
                statements++;
            }
        }
        if (statements > 1) {
            throw ConsolePolicy.statements(statements);
        }
    }

    /** Skips {@code CYPHER 25 runtime=slotted}-style options; returns the index of the first clause. */
    private static int skipPreparserOptions(List<Token> tokens) {
        int i = 0;
        if (i < tokens.size() && tokens.get(i).is("CYPHER")) {
            i++;
            while (i < tokens.size()) {
                if (tokens.get(i).kind() == CypherTokens.Kind.NUMBER) {
                    i++;
                } else if (i + 2 < tokens.size() && tokens.get(i).isName() && tokens.get(i + 1).isSymbol('=')) {
                    i += 3;
                } else {
                    break;
                }
            }
        }
        return i;
    }

    /** USE is refused where a clause can start: at the top, after UNION, inside { }. */
    private static void checkClauseStarts(List<Token> tokens, int start) {
        for (int i = start; i < tokens.size(); i++) {
            boolean clauseStart = i == start || tokens.get(i - 1).isSymbol('{') || tokens.get(i - 1).is("UNION")
                    || (i >= 2 && tokens.get(i - 2).is("UNION")
                        && (tokens.get(i - 1).is("ALL") || tokens.get(i - 1).is("DISTINCT")));
            Token t = tokens.get(i);
            boolean mapKey = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol(':');
            if (clauseStart && t.is("USE") && !mapKey) {
                String target = CypherTokens.dottedName(tokens, i + 1);
                throw ConsolePolicy.use("USE " + (target == null ? "..." : target));
            }
        }
    }

    /** Administration and schema commands are whole statements: their first words give them away. */
    private static void checkCommand(List<Token> tokens, int start) {
        if (start >= tokens.size()) {
            return;
        }
        Token first = tokens.get(start);
        String second = start + 1 < tokens.size() ? tokens.get(start + 1).upper() : "";
        if (first.is("SHOW")) {
            for (int i = start + 1; i < Math.min(tokens.size(), start + 5); i++) {
                if (SCHEMA_OBJECTS.contains(tokens.get(i).upper())) {
                    return; // SHOW INDEXES and SHOW CONSTRAINTS read metadata; the plan check has the last word.
                }
            }
            throw ConsolePolicy.admin("SHOW " + second);
        }
        if (first.kind() == CypherTokens.Kind.WORD && ADMIN_VERBS.contains(first.upper())) {
            throw ConsolePolicy.admin(first.upper() + " " + second);
        }
        if (first.is("CREATE") || first.is("DROP")) {
            for (int i = start + 1; i < Math.min(tokens.size(), start + 5); i++) {
                Token t = tokens.get(i);
                if (t.kind() != CypherTokens.Kind.WORD) {
                    return; // CREATE (n ...): a write, which the plan check names
                }
                if (ADMIN_OBJECTS.contains(t.upper())) {
                    throw ConsolePolicy.admin(first.upper() + " " + t.upper());
                }
                if (SCHEMA_OBJECTS.contains(t.upper())) {
                    throw ConsolePolicy.schema(first.upper() + " " + t.upper());
                }
            }
        }
    }
}
