/** Detectors over the follow graph: shared-follower clusters. */
package org.lockstep.detect.follow;
