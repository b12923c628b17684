/** Counts of what the graph holds, per label, relationship type and dataset. */
package org.lockstep.stats;
