/** The HTTP server: routes declared in one place, thin controllers, errors mapped once to one shape. */
package org.lockstep.server;
