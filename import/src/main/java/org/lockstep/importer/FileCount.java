package org.lockstep.importer;

/**
 * What became of one file's rows.
 *
 * @param file     the file name
 * @param read     rows read
 * @param imported rows written to the graph
 * @param rejected rows refused, each listed as a {@link Reject}
 */
public record FileCount(String file, long read, long imported, long rejected) {
}
