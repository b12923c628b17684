/** The {@code lockstep} command line: serve, import, generate, detect, stats and demo. */
package org.lockstep.cli;
