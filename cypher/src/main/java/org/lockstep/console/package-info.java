/** The read-only Cypher console: a guard that asks Neo4j what a query would do, then a capped, rolled-back run. */
package org.lockstep.console;
