package org.lockstep.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.error.LockstepException;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Escape attempts against the console: each must be refused, or (for runaways) cut by the timeout, the row cap or
 * the memory limit, or (for parameter smuggling) answered with the text as a mere value; and the graph, its schema,
 * its users and its databases must be exactly as before.
 */
@ExtendWith(Neo4jExtension.class)
class ConsoleEscapeIT {
    /** outcome ¦ query ¦ what the message (or the answer) must contain ¦ a parameter name=value ¦ timeoutSeconds. */
    static final String CORPUS = """
            # Plain writes
            REFUSED ¦ CREATE (n:Account {platform: 'instagram', id: 'evil'}) RETURN n ¦ this query writes (CREATE)
            REFUSED ¦ MERGE (n:Account {platform: 'instagram', id: 'a1'}) SET n.handle = 'x' ¦ writes (MERGE)
            REFUSED ¦ MATCH (a:Account) SET a.handle = 'pwned' ¦ this query writes (SET)
            REFUSED ¦ MATCH (a:Account) SET a:Vendor ¦ this query writes (SET)
            REFUSED ¦ MATCH (a:Account) REMOVE a.handle ¦ this query writes (SET)
            REFUSED ¦ MATCH (a:Account) REMOVE a:Account ¦ this query writes (REMOVE)
            REFUSED ¦ MATCH ()-[f:FOLLOWS]->() DELETE f ¦ this query writes (DELETE)
            REFUSED ¦ MATCH (a:Account) DETACH DELETE a ¦ this query writes (DETACH DELETE)
            # Writes hidden in subqueries, FOREACH, CASE, after WITH, in UNION branches
            REFUSED ¦ MATCH (a:Account) CALL (a) { SET a.flag = true } RETURN count(*) AS c ¦ writes (SET)
            REFUSED ¦ MATCH (a:Account) CALL (a) { CREATE (s:Shadow) RETURN s } RETURN count(s) AS c ¦ writes (CREATE)
            REFUSED ¦ MATCH (a:Account) FOREACH (x IN [1] | CREATE (:Shadow)) ¦ writes (FOREACH)
            REFUSED ¦ MATCH (a:Account) FOREACH (x IN CASE WHEN a.id = 'a1' THEN [1] ELSE [] END | SET a.handle = 'x') ¦ writes (FOREACH)
            REFUSED ¦ MATCH (a:Account) WITH a LIMIT 1 CREATE (b:Account {platform: 'instagram', id: 'new'}) RETURN b ¦ writes (CREATE)
            REFUSED ¦ MATCH (a:Account) RETURN a.id AS x UNION MATCH (a:Account) CREATE (:Shadow) RETURN a.id AS x ¦ writes (CREATE)
            REFUSED ¦ MATCH (a:Account) RETURN a.id AS x UNION ALL MATCH (a:Account) DETACH DELETE a RETURN 1 AS x ¦ writes (DETACH DELETE)
            # Case, comments, look-alikes and escapes
            REFUSED ¦ match (a:account) detach delete a ¦ writes (DETACH DELETE)
            REFUSED ¦ MaTcH (a:Account) DeTaCh DeLeTe a ¦ writes (DETACH DELETE)
            REFUSED ¦ MATCH (a:Account) /* harmless */ DETACH /* really */ DELETE a // done ¦ writes (DETACH DELETE)
            REFUSED ¦ /* MATCH (n) RETURN n */ CREATE (:Shadow) ¦ writes (CREATE)
            REFUSED ¦ MATCH (a:Account) DE/* split */LETE a ¦ not valid Cypher
            REFUSED ¦ MATCH (a:Account) ＤＥＴＡＣＨ ＤＥＬＥＴＥ a ¦ not valid Cypher
            REFUSED ¦ MATCH (a:Account) DЕTACH DЕLETE a ¦ not valid Cypher
            REFUSED ¦ MATCH (a:Account) `DETACH` `DELETE` a ¦ not valid Cypher
            REFUSED ¦ CREATE (`n`:`Account` {`platform`: 'x', `id`: 'y'}) ¦ writes (CREATE)
            REFUSED ¦ \\u0043REATE (:Shadow) ¦ this query writes (CREATE)
            REFUSED ¦ \\u004cOAD CSV FROM 'file:///etc/passwd' AS l RETURN l ¦ LOAD CSV is refused
            # Files and the network
            REFUSED ¦ LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line ¦ LOAD CSV is refused
            REFUSED ¦ load csv with headers from 'http://127.0.0.1:9/accounts.csv' as row return row ¦ LOAD CSV is refused
            REFUSED ¦ RETURN COLLECT { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } AS x ¦ LOAD CSV is refused
            REFUSED ¦ MATCH (a:Account) RETURN linenumber() AS n, file() AS f ¦ function linenumber() is refused
            # Transactions of its own
            REFUSED ¦ UNWIND range(1, 10) AS i CALL (i) { CREATE (:Shadow {i: i}) } IN TRANSACTIONS OF 2 ROWS ¦ IN TRANSACTIONS is refused
            REFUSED ¦ MATCH (a:Account) CALL (a) { RETURN a.id AS id } IN TRANSACTIONS RETURN id ¦ IN TRANSACTIONS is refused
            # Procedures and functions
            REFUSED ¦ CALL dbms.security.createUser('eve', 'password123', false) ¦ dbms.security.createUser
            REFUSED ¦ CALL db.createLabel('Shadow') ¦ procedure db.createLabel is refused
            REFUSED ¦ CALL db.create.setNodeVectorProperty(null, 'v', [1.0]) ¦ db.create.setNodeVectorProperty
            REFUSED ¦ CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF') ¦ dbms.setConfigValue
            REFUSED ¦ CALL db.clearQueryCaches() ¦ procedure db.clearQueryCaches is refused
            REFUSED ¦ RETURN COUNT { CALL db.clearQueryCaches() YIELD value RETURN value } AS x ¦ db.clearQueryCaches
            REFUSED ¦ CALL dbms.components() ¦ procedure dbms.components is refused
            REFUSED ¦ CALL db.labels() YIELD label CALL db.createLabel(label + 'X') RETURN label ¦ db.createLabel
            REFUSED ¦ CALL apoc.load.json('file:///etc/passwd') ¦ apoc.load.json
            REFUSED ¦ RETURN apoc.version() AS v ¦ function apoc.version() is refused
            # Administration
            REFUSED ¦ CREATE USER eve SET PASSWORD 'password123' CHANGE NOT REQUIRED ¦ administration commands (CREATE USER)
            REFUSED ¦ SHOW USERS ¦ administration commands (SHOW USERS)
            REFUSED ¦ DROP DATABASE neo4j ¦ administration commands (DROP DATABASE)
            REFUSED ¦ USE system SHOW USERS ¦ USE system
            REFUSED ¦ USE `system` CALL dbms.components() ¦ USE system
            REFUSED ¦ ALTER USER neo4j SET PASSWORD 'password123' CHANGE NOT REQUIRED ¦ administration commands (ALTER USER)
            REFUSED ¦ SHOW TRANSACTIONS ¦ administration commands (SHOW TRANSACTIONS)
            REFUSED ¦ SHOW TRANSACTIONS YIELD transactionId TERMINATE TRANSACTIONS transactionId ¦ administration commands
            REFUSED ¦ TERMINATE TRANSACTIONS 'neo4j-transaction-1' ¦ administration commands (TERMINATE TRANSACTIONS)
            REFUSED ¦ SHOW SETTINGS YIELD name, value ¦ administration commands (SHOW SETTINGS)
            REFUSED ¦ SHOW PROCEDURES ¦ administration commands (SHOW PROCEDURES)
            REFUSED ¦ SHOW FUNCTIONS ¦ administration commands (SHOW FUNCTIONS)
            REFUSED ¦ GRANT ROLE admin TO eve ¦ administration commands (GRANT ROLE)
            REFUSED ¦ STOP DATABASE neo4j ¦ administration commands (STOP DATABASE)
            # Schema
            REFUSED ¦ CREATE INDEX evil FOR (a:Account) ON (a.bio) ¦ changes the schema (CREATE INDEX)
            REFUSED ¦ DROP CONSTRAINT account_key ¦ changes the schema (DROP CONSTRAINT)
            REFUSED ¦ CREATE CONSTRAINT evil IF NOT EXISTS FOR (a:Account) REQUIRE a.bio IS UNIQUE ¦ changes the schema (CREATE CONSTRAINT)
            # Several statements
            REFUSED ¦ MATCH (n) RETURN n; CREATE (x) ¦ one statement at a time
            REFUSED ¦ MATCH (n) RETURN count(n) AS c; MATCH (n) DETACH DELETE n; ¦ one statement at a time
            # Parameters are values, never code
            ANSWERED ¦ RETURN $q AS q ¦ MATCH (n) DETACH DELETE n ¦ q=MATCH (n) DETACH DELETE n
            ANSWERED ¦ MATCH (a:Account {platform: 'instagram', id: $`MATCH (n) DETACH DELETE n`}) RETURN count(a) AS c ¦ [1] ¦ MATCH (n) DETACH DELETE n=a1
            ANSWERED ¦ MATCH (a:Account) WHERE a.handle = $CREATE RETURN count(a) AS c ¦ [0] ¦ CREATE=x'}) CREATE (y) //
            # Runaways: cut by the timeout, the row cap or the memory limit
            CUT ¦ MATCH (a),(b),(c),(d) WHERE a.id <> b.id RETURN count(*) AS c ¦ ran longer than 2 s
            CUT ¦ MATCH (a),(b),(c),(d) WHERE a.id <> b.id RETURN count(*) AS c ¦ 3 s is the console's maximum ¦ ¦ 100000
            TRUNCATED ¦ UNWIND range(1, 100000000) AS i RETURN i ¦ Only the first 1000 rows are shown
            CUT ¦ UNWIND range(1, 100000000) AS i WITH collect(i) AS c RETURN size(c) AS n ¦ ran longer than OR more memory
            CUT ¦ WITH reduce(s = 'x', i IN range(1, 20) | s + s) AS big UNWIND range(1, 2000) AS i WITH collect(big + i) AS c RETURN size(c) AS n ¦ more memory OR ran longer than
            CUT ¦ UNWIND range(1, 10000000) AS i WITH 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' + i AS s ORDER BY s DESC WITH collect(s + s + s + s + s + s + s + s) AS c RETURN size(c) AS n ¦ more memory OR ran longer than
            """;

    record Attempt(String outcome, String query, String expect, Map<String, Object> params, Duration timeout) {
        @Override
        public String toString() {
            return outcome + ": " + query;
        }
    }

    static List<Attempt> corpus() {
        List<Attempt> attempts = new ArrayList<>();
        for (String line : CORPUS.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("¦", -1);
            String param = f.length > 3 ? f[3].strip() : "";
            Map<String, Object> params = param.isEmpty() ? Map.of()
                    : Map.of(param.substring(0, param.indexOf('=')), param.substring(param.indexOf('=') + 1));
            Duration timeout = f.length > 4 ? Duration.ofSeconds(Long.parseLong(f[4].strip())) : null;
            attempts.add(new Attempt(f[0].strip(), f[1].strip(), f[2].strip(), params, timeout));
        }
        return attempts;
    }

    static Stream<Attempt> refusedAttempts() {
        return corpus().stream().filter(a -> a.outcome().equals("REFUSED"));
    }

    @Test
    void the_corpus_is_large_enough_to_mean_something() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(refusedAttempts()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void every_escape_attempt_is_refused_or_cut_and_the_graph_is_unchanged(Driver driver) {
        ConsoleFixture.load(driver, 3_000);
        List<String> before = snapshot(driver);
        var console = new ConsoleService(driver, new ConsoleLimits(Duration.ofSeconds(2), Duration.ofSeconds(3), 1000,
                10_000));
        var soft = new SoftAssertions();
        for (Attempt a : corpus()) {
            long started = System.nanoTime();
            try {
                ConsoleResult result = console.run(new ConsoleRequest(a.query(), a.params(), a.timeout(), null));
                switch (a.outcome()) {
                    case "ANSWERED" -> soft.assertThat(result.rows().toString()).as(a.query()).contains(a.expect());
                    case "TRUNCATED" -> {
                        soft.assertThat(result.truncated()).as(a.query()).isTrue();
                        soft.assertThat(result.rowCount()).as(a.query()).isEqualTo(1000);
                        soft.assertThat(result.notices()).as(a.query()).anyMatch(n -> n.contains(a.expect()));
                    }
                    default -> soft.fail("%s was answered: %s", a.query(), result.rows());
                }
            } catch (InvalidRequestException e) {
                long ms = (System.nanoTime() - started) / 1_000_000;
                soft.assertThat(a.outcome()).as("%s was refused: %s", a.query(), e.getMessage()).isIn("REFUSED", "CUT");
                soft.assertThat(e.field()).as(a.query()).isEqualTo("query");
                soft.assertThat(Stream.of(a.expect().split(" OR ")).anyMatch(e.getMessage()::contains))
                        .as("%s -> %s", a.query(), e.getMessage()).isTrue();
                if (a.outcome().equals("REFUSED")) {
                    soft.assertThat(e.getMessage()).as(a.query()).contains("read-only");
                } else {
                    // Cut within the clamped timeout (3 s at most here), plus Neo4j's reaction time.
                    soft.assertThat(ms).as("%s took %d ms", a.query(), ms).isLessThan(23_000); // cut, not left running
                }
            } catch (LockstepException e) {
                soft.fail("%s failed with %s: %s", a.query(), e.code(), e.getMessage());
            }
            System.out.printf("console escape %5d ms  %s%n", (System.nanoTime() - started) / 1_000_000, a);
        }
        soft.assertThat(snapshot(driver)).as("the graph, its schema, users and databases").isEqualTo(before);
        soft.assertAll();
    }

    /** The primary guard alone, without the word-level check: Neo4j's own EXPLAIN refuses every one of them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedAttempts")
    void neo4js_own_plan_refuses_each_attempt_without_the_word_check(Attempt a, Driver driver) {
        InvalidRequestException refusal = null;
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
             var tx = session.beginTransaction(TransactionConfig.builder().withTimeout(Duration.ofSeconds(5)).build())) {
            PlanGuard.check(tx.run("EXPLAIN " + a.query(), a.params()).consume());
        } catch (InvalidRequestException e) {
            refusal = e;
        } catch (Neo4jException e) {
            refusal = ConsoleErrors.map(e, Duration.ofSeconds(5), ConsoleLimits.defaults()) instanceof
                    InvalidRequestException ire ? ire : null;
        }
        assertThat(refusal).as("refusal of " + a.query()).isNotNull();
        assertThat(refusal.getMessage()).contains("read-only");
    }

    /** Counts per label and type, a hash of every property, the schema, the users and the databases. */
    static List<String> snapshot(Driver driver) {
        List<String> s = new ArrayList<>();
        for (String q : List.of(
                "MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l",
                "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t",
                "SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name",
                "SHOW CONSTRAINTS YIELD name, type RETURN * ORDER BY name",
                "CALL db.labels() YIELD label RETURN label ORDER BY label",
                "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey")) {
            driver.executableQuery(q).execute().records().forEach(r -> s.add(r.asMap().toString()));
        }
        s.add("nodes " + hash(driver, "MATCH (n) RETURN elementId(n) AS id, labels(n) AS l, properties(n) AS p"
                + " ORDER BY id"));
        s.add("relationships " + hash(driver, "MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS t,"
                + " elementId(a) AS a, elementId(b) AS b, properties(r) AS p ORDER BY id"));
        var system = QueryConfig.builder().withDatabase("system").build();
        for (String q : List.of("SHOW USERS YIELD user, roles, passwordChangeRequired, suspended RETURN *",
                "SHOW DATABASES YIELD name, currentStatus RETURN * ORDER BY name")) {
            driver.executableQuery(q).withConfig(system).execute().records()
                    .forEach(r -> s.add(new TreeMap<>(r.asMap()).toString()));
        }
        return s;
    }

    private static String hash(Driver driver, String query) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long[] count = {0};
            driver.executableQuery(query).execute().records().forEach(r -> {
                Map<String, Object> row = new TreeMap<>();
                r.asMap().forEach((k, v) -> row.put(k, v instanceof Map<?, ?> m ? new TreeMap<>(m) : v));
                sha.update(row.toString().getBytes(StandardCharsets.UTF_8));
                count[0]++;
            });
            return count[0] + " " + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
