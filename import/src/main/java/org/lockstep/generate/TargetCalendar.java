package org.lockstep.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The windows in which bots pour into each target: a flood's burst is moved to the first free window, so that two
 * floods never add up to more than one burst's rate (at most ~100 follows a minute) on one target.
 */
final class TargetCalendar {
    /** More than a minute between windows, so that no sixty-second span sees two bursts. */
    private static final long GAP = 2 * Times.MINUTE;

    private record Window(long from, long to) {
    }

    private final List<List<Window>> busy = new ArrayList<>();

    TargetCalendar(int targets) {
        for (int t = 0; t < targets; t++) {
            busy.add(new ArrayList<>());
        }
    }

    /** Reserves {@code duration} seconds on a target at the first free start at or after {@code desired}. */
    long reserve(int target, long desired, long duration) {
        List<Window> windows = busy.get(target);
        long start = desired;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Window w : windows) {
                if (start < w.to() + GAP && start + duration + GAP > w.from()) {
                    start = w.to() + GAP;
                    moved = true;
                }
            }
        }
        windows.add(new Window(start, start + duration));
        return start;
    }
}
