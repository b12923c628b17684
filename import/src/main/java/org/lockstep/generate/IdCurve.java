package org.lockstep.generate;

/** A rough curve of Instagram user ids against account creation time, so that ids have a believable size. */
final class IdCurve {
    private static final long[] WHEN = {
        Times.epoch(2010, 10, 6), Times.epoch(2012, 1, 1), Times.epoch(2014, 1, 1), Times.epoch(2016, 1, 1),
        Times.epoch(2018, 1, 1), Times.epoch(2020, 1, 1), Times.epoch(2022, 1, 1), Times.epoch(2024, 6, 1)};
    private static final long[] ID = {
        1L, 200_000_000L, 1_000_000_000L, 3_000_000_000L, 7_000_000_000L, 25_000_000_000L, 48_000_000_000L,
        67_000_000_000L};

    private IdCurve() {
    }

    static long idAt(long epochSecond) {
        if (epochSecond <= WHEN[0]) {
            return ID[0];
        }
        for (int i = 1; i < WHEN.length; i++) {
            if (epochSecond <= WHEN[i]) {
                double f = (double) (epochSecond - WHEN[i - 1]) / (WHEN[i] - WHEN[i - 1]);
                return ID[i - 1] + (long) (f * (ID[i] - ID[i - 1]));
            }
        }
        return ID[ID.length - 1];
    }
}
