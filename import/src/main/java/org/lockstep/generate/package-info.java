/** The scenario generator: deterministic datasets with planted floods, decoys and their ground truth. */
package org.lockstep.generate;
