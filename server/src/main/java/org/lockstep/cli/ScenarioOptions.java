package org.lockstep.cli;

import org.lockstep.generate.Scale;
import picocli.CommandLine.Option;

/** Which generated scenario a command works on; shared by {@code generate}, {@code demo} and {@code bench}. */
final class ScenarioOptions {
    @Option(names = "--seed", defaultValue = "42",
            description = "Random seed; the same seed gives the same files (default: ${DEFAULT-VALUE}).")
    long seed;

    // picocli converts and checks the enum (case-insensitive, see LockstepCli) and names the allowed values.
    @Option(names = "--scale", defaultValue = "small", description = "small, medium (~100k accounts, ~1M follows) "
            + "or large (1M accounts, 10M follows) (default: ${DEFAULT-VALUE}).")
    Scale scale;
}
