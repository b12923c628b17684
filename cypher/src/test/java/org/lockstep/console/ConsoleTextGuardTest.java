package org.lockstep.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lockstep.error.InvalidRequestException;

/** The word-level second line of defence, without a database: it must refuse these and let ordinary reads pass. */
class ConsoleTextGuardTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            MATCH (n) RETURN n; CREATE (x)                           ¦ one statement at a time
            MATCH (n) RETURN n /* ; */ ; MATCH (m) RETURN m          ¦ holds 2 statements
            USE system SHOW USERS                                    ¦ USE system
            MATCH (n) RETURN n UNION ALL USE `system` MATCH (m) RETURN m ¦ USE system
            CALL { USE neo4j MATCH (n) RETURN n } RETURN n           ¦ USE neo4j
            show /* x */ users                                       ¦ administration commands (SHOW USERS)
            SHOW TRANSACTIONS                                        ¦ SHOW TRANSACTIONS
            SHOW SETTINGS                                            ¦ SHOW SETTINGS
            CYPHER 25 SHOW PROCEDURES                                ¦ SHOW PROCEDURES
            grant role admin to bob                                  ¦ GRANT ROLE
            TERMINATE TRANSACTIONS 'neo4j-transaction-1'             ¦ TERMINATE TRANSACTIONS
            CREATE OR REPLACE DATABASE x                             ¦ CREATE DATABASE
            create user bob set password 'abcdefghij'                ¦ CREATE USER
            DROP INDEX account_key                                   ¦ changes the schema (DROP INDEX)
            CREATE TEXT INDEX t FOR (n:Account) ON (n.handle)        ¦ changes the schema (CREATE INDEX)
            LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l         ¦ LOAD CSV is refused
            \\u004cOAD CSV FROM 'file:///etc/passwd' AS l RETURN l    ¦ LOAD CSV is refused
            load /* */ csv with headers from 'http://x' AS l RETURN l ¦ LOAD CSV is refused
            MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS       ¦ IN TRANSACTIONS is refused
            CALL dbms.security.createUser('a', 'b', false)           ¦ procedure dbms.security.createUser is refused
            CALL db . createLabel('X')                               ¦ procedure db.createLabel is refused
            CALL `db`.`clearQueryCaches`                             ¦ procedure db.clearQueryCaches is refused
            MATCH (n) RETURN apoc.text.join(['a'], ',')              ¦ function apoc.text.join() is refused
            RETURN linenumber()                                      ¦ function linenumber() is refused
            RETURN FILE()                                            ¦ function FILE() is refused
            EXPLAIN MATCH (n) RETURN n                               ¦ leave out EXPLAIN
            """)
    void refuses(String query, String message) {
        assertThatThrownBy(() -> TextGuard.check(query))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(message)
                .hasMessageContaining("read-only")
                .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("query");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', textBlock = """
            MATCH (a:Account) WHERE a.handle = 'x; CREATE (y)' RETURN a
            MATCH (a:Account {handle: "load csv"}) RETURN a // CALL dbms.killAll() ; DROP DATABASE neo4j
            MATCH (use:Account) RETURN use.handle AS `USE system`
            RETURN {use: 1, show: 2} AS m
            CALL db.labels() YIELD label RETURN label
            CALL db.schema.visualization
            SHOW INDEXES YIELD name RETURN name
            RETURN datetime.fromEpoch(1, 0), point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})), toUpper('x')
            MATCH (n) RETURN n;
            CYPHER runtime=slotted MATCH (file:File) RETURN file.name
            """)
    void lets_ordinary_reads_through(String query) {
        assertThatCode(() -> TextGuard.check(query)).doesNotThrowAnyException();
    }

    @Test
    void comments_strings_and_backticks_are_not_words() {
        var tokens = CypherTokens.tokenize("MATCH /* CREATE */ (n) // DELETE\n RETURN 'SET', `a``b` AS $x");
        assertThat(tokens).extracting(CypherTokens.Token::text)
                .containsExactly("MATCH", "(", "n", ")", "RETURN", "SET", ",", "a`b", "AS", "x");
        assertThat(tokens.get(5).kind()).isEqualTo(CypherTokens.Kind.STRING);
        assertThat(tokens.get(7).kind()).isEqualTo(CypherTokens.Kind.QUOTED_NAME);
    }
}
