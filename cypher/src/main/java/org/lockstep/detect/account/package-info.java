/** Account-trait detectors: handle families and creation batches. */
package org.lockstep.detect.account;
