/** The graph store: embedded Neo4j or an external server, always reached through one Neo4j Java Driver. */
package org.lockstep.store;
