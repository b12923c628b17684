package org.lockstep.cli;

import org.lockstep.error.LockstepException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lockstep} command: one subcommand per task, each taking {@code --data DIR} or {@code --neo4j-uri}. */
@Command(name = "lockstep", mixinStandardHelpOptions = true, version = "Lockstep 0.1.0",
        description = "Graph workbench for investigating coordinated fake-follower floods.",
        subcommands = {ServeCommand.class, ImportCommand.class, GenerateCommand.class, DetectCommand.class,
                StatsCommand.class, DemoCommand.class, BenchCommand.class})
public final class LockstepCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 done, 1 failed, 2 bad usage. */
    public static int run(String... args) {
        return new CommandLine(new LockstepCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof LockstepException le) {
                        cmd.getErr().println("lockstep: " + le.getMessage());
                        return le.isClientError() ? 2 : 1;
                    }
                    if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                        cmd.getErr().println("lockstep: file error: " + e.getMessage()
                                + " (check the path and its permissions)");
                        return 1;
                    }
                    throw e;
                })
                .execute(args);
    }
}
