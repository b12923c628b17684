/** Timing detectors: bursts of follows, unfollows and reports by the same accounts, and follower-growth spikes. */
package org.lockstep.detect.time;
