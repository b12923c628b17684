/** Campaigns: findings of several detectors merged into coordinated groups, stored in the graph, explained per account. */
package org.lockstep.campaign;
