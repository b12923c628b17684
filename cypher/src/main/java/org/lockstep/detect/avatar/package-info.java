/** Shared-avatar clusters: the same picture (SHA-256) or a near copy (perceptual hash) on many accounts. */
package org.lockstep.detect.avatar;
