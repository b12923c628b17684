/** Lockstep's exception hierarchy, shared by every module so that errors are mapped in one place. */
package org.lockstep.error;
