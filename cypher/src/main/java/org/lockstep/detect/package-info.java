/** Detectors of coordinated behaviour: their catalogue, parameters, runs and findings. */
package org.lockstep.detect;
