/** Cypher kept as resource files, one query a file, each with a header that documents and types its parameters. */
package org.lockstep.query;
