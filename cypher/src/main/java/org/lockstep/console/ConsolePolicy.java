package org.lockstep.console;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lockstep.error.InvalidRequestException;

/** What the console allows, in one place, and the refusals it gives: each says what was refused and why. */
final class ConsolePolicy {
    /** Schema and metadata reads: they list what the graph holds and touch nothing else. */
    static final List<String> ALLOWED_PROCEDURES = List.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties");

    /**
     * Namespaces of Neo4j's built-in functions. Any other namespaced function (apoc., dbms., db., gds., graph. ...)
     * is refused: none is installed today, and one that appears later must be looked at before it is allowed.
     */
    static final Set<String> ALLOWED_FUNCTION_NAMESPACES = Set.of("point", "date", "datetime", "localdatetime",
            "time", "localtime", "duration", "vector", "vector.similarity", "coll");

    /** Functions that only make sense inside LOAD CSV, which the console refuses. */
    static final Set<String> REFUSED_FUNCTIONS = Set.of("file", "linenumber");

    static final int MAX_QUERY_BYTES = 100 * 1024;

    private ConsolePolicy() {
    }

    static boolean procedureAllowed(String name) {
        return ALLOWED_PROCEDURES.contains(name);
    }

    static boolean functionAllowed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return !REFUSED_FUNCTIONS.contains(lower);
        }
        return ALLOWED_FUNCTION_NAMESPACES.contains(lower.substring(0, dot))
                || ALLOWED_PROCEDURES.contains(name); // a procedure's own name in its plan line
    }

    static InvalidRequestException refuse(String message) {
        return InvalidRequestException.badValue("query", message);
    }

    static InvalidRequestException writes(String what) {
        return refuse("The console is read-only: this query writes (" + what + "). Save changes through the import"
                + " instead.");
    }

    static InvalidRequestException schema(String what) {
        return refuse("The console is read-only: this query changes the schema (" + what + "). Indexes and"
                + " constraints come from Lockstep's migrations.");
    }

    static InvalidRequestException admin(String what) {
        return refuse("The console is read-only: administration commands (" + what + ") are refused. Users,"
                + " databases, settings and transactions are Lockstep's own business, not the console's.");
    }

    static InvalidRequestException loadCsv() {
        return refuse("The console is read-only and reads only the graph: LOAD CSV is refused, because it reads"
                + " files or reaches the network. Bring data in through the import.");
    }

    static InvalidRequestException inTransactions() {
        return refuse("The console is read-only: CALL { ... } IN TRANSACTIONS is refused, because it commits as it"
                + " goes. Run batch changes through the import.");
    }

    static InvalidRequestException procedure(String name) {
        return refuse("The console is read-only: procedure " + name + " is refused. Only these can be called: "
                + String.join(", ", ALLOWED_PROCEDURES) + ".");
    }

    static InvalidRequestException function(String name) {
        String why = REFUSED_FUNCTIONS.contains(name.toLowerCase(Locale.ROOT))
                ? "it belongs to LOAD CSV, which reads files" : "it is not one of Neo4j's built-in functions";
        return refuse("The console is read-only: function " + name + "() is refused (" + why + ").");
    }

    static InvalidRequestException use(String target) {
        return refuse("The console is read-only and queries only the Lockstep graph: the USE clause (" + target
                + ") is refused. Leave it out.");
    }

    static InvalidRequestException statements(int count) {
        return refuse("The console is read-only and runs one statement at a time: this query holds " + count
                + " statements separated by ';'. Send them one by one.");
    }
}
