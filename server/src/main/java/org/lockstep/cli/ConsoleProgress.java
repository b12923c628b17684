package org.lockstep.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lockstep.importer.FileCount;
import org.lockstep.importer.ImportListener;

/** Draws one progress bar per imported file (rows, rows/s and ETA) on stderr, and prints warnings above it. */
final class ConsoleProgress implements ImportListener, AutoCloseable {
    private static final int STEPS = 1000;
    private ProgressBar bar;
    private long startNanos;

    @Override
    public void fileStarted(String file, String entity) {
        close();
        startNanos = System.nanoTime();
        bar = new ProgressBarBuilder()
                .setTaskName(String.format("%-16s", file))
                .setInitialMax(STEPS)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .hideEta()
                .build();
    }

    @Override
    public void progress(String file, long rows, double fraction) {
        if (bar == null) {
            return;
        }
        double seconds = Math.max(0.001, (System.nanoTime() - startNanos) / 1e9);
        long rate = Math.round(rows / seconds);
        long etaSeconds = fraction > 0.01 ? Math.round(seconds / fraction - seconds) : -1;
        bar.stepTo(Math.round(fraction * STEPS));
        bar.setExtraMessage(String.format("%,d rows  %,d rows/s%s", rows, rate,
                etaSeconds >= 0 ? "  ETA " + etaSeconds + " s" : ""));
    }

    @Override
    public void fileDone(String file, FileCount count) {
        if (bar != null) {
            bar.stepTo(STEPS);
        }
    }

    @Override
    public void warning(String message) {
        System.err.println("warning: " + Terminal.safe(message));
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
