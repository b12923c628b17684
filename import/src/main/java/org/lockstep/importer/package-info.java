/** Reads datasets in the Lockstep format and loads them into the graph through the driver. */
package org.lockstep.importer;
