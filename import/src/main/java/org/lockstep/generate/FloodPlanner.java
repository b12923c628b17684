package org.lockstep.generate;

import static org.lockstep.generate.Times.DAY;
import static org.lockstep.generate.Times.HOUR;
import static org.lockstep.generate.Times.MINUTE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Plans every vendor flood: targets, burst schedule, creation batch and churn, without writing a row. */
final class FloodPlanner {
    /** The public case saw up to ~100 follow requests a minute; bursts stay under it. */
    static final int MAX_PER_MINUTE = 95;
    private static final long WAVE_SPREAD = 3 * HOUR;

    private FloodPlanner() {
    }

    static List<Flood> plan(long seed, Population pop, TargetCalendar calendar, SplittableRandom r) {
        int floods = pop.floodSizes.length;
        List<Flood> plans = new ArrayList<>(floods);
        long span = Times.FLOODS_TO - Times.FLOODS_FROM;
        for (int f = 0; f < floods; f++) {
            int vendor = f % Population.VENDORS;
            int[] targets = pick(r, pop.targetCount, 2 + r.nextInt(3));
            int size = pop.floodSizes[f];
            long desired = Times.FLOODS_FROM + span * f / floods + Rng.between(r, 0, 12 * HOUR);
            List<Flood.Burst> bursts = bursts(size, targets, desired, calendar, r);
            Flood flood = new Flood(f, vendor, targets, pop.floodStart(f), size, 0, 0, bursts, List.of());
            if (flood.attackTo() > Times.COLLECTED_AT - 3 * DAY) {
                throw new IllegalStateException("flood " + flood.id() + " does not fit before collection");
            }
            // Bots are made in one batch of 1-2 days, a few days ahead, as in the public reporting.
            long createdTo = flood.attackFrom() - Rng.between(r, 2 * DAY + HOUR, 5 * DAY);
            long createdFrom = createdTo - Rng.between(r, DAY, 2 * DAY);
            List<Flood.ChurnWave> waves = new ArrayList<>();
            for (long at : waveTimes(flood.attackTo(), r)) {
                waves.add(new Flood.ChurnWave(at, WAVE_SPREAD, null));
            }
            flood = new Flood(f, vendor, targets, flood.firstBot(), size, createdFrom, createdTo, bursts, waves);
            plans.add(flood.withWaves(refills(seed, flood, calendar, r)));
        }
        return plans;
    }

    /** Distinct target slots, in random order. */
    static int[] pick(SplittableRandom r, int of, int count) {
        int[] all = new int[of];
        for (int i = 0; i < of; i++) {
            all[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + r.nextInt(of - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, count);
    }

    private static List<Flood.Burst> bursts(int size, int[] targets, long desired, TargetCalendar calendar,
            SplittableRandom r) {
        List<Flood.Burst> bursts = new ArrayList<>();
        // Bursts of at least a few minutes at full rate, as the owners of the targets saw them.
        int mean = Math.max(150, size / (4 + r.nextInt(5)));
        long anchor = desired;
        int position = 0;
        while (position < size) {
            int n = (int) Math.min(size - position, Math.round(mean * r.nextDouble(0.5, 1.5)));
            if (size - position - n < mean / 3) {
                n = size - position;
            }
            Flood.Slot[] slots = new Flood.Slot[targets.length];
            long latest = anchor;
            for (int j = 0; j < targets.length; j++) {
                int rate = 45 + r.nextInt(MAX_PER_MINUTE - 44);
                long duration = Flood.Slot.duration(n, rate);
                long wish = anchor + (j == 0 ? 0 : Rng.between(r, 2 * MINUTE, 25 * MINUTE) * j);
                long start = calendar.reserve(targets[j], wish, duration);
                slots[j] = new Flood.Slot(start, rate);
                latest = Math.max(latest, start + duration);
            }
            bursts.add(new Flood.Burst(position, n, slots));
            position += n;
            anchor = latest + Rng.between(r, 20 * MINUTE, 4 * HOUR);
        }
        return bursts;
    }

    /** One or two waves of unfollows some days after the attack, none that would fall after collection. */
    private static List<Long> waveTimes(long attackTo, SplittableRandom r) {
        int count = 1 + r.nextInt(2);
        long latest = Times.COLLECTED_AT - 2 * DAY - WAVE_SPREAD;
        List<Long> times = new ArrayList<>();
        long at = attackTo + Rng.between(r, 2 * DAY, 6 * DAY);
        for (int w = 0; w < count; w++) {
            long clamped = Math.min(at, latest);
            if (clamped > attackTo + DAY && (times.isEmpty() || clamped > times.getLast() + WAVE_SPREAD)) {
                times.add(clamped);
            }
            at += Rng.between(r, DAY, 3 * DAY);
        }
        return times;
    }

    /** Counts the refills per wave and target, then books a window for each that ends before collection. */
    private static List<Flood.ChurnWave> refills(long seed, Flood flood, TargetCalendar calendar,
            SplittableRandom r) {
        int[][] counts = new int[flood.waves().size()][flood.targets().length];
        for (int k = 0; k < flood.size(); k++) {
            for (int j = 0; j < flood.targets().length; j++) {
                int wave = flood.waveOf(seed, k, j);
                if (wave >= 0 && flood.refills(seed, k, j)) {
                    counts[wave][j]++;
                }
            }
        }
        List<Flood.ChurnWave> waves = new ArrayList<>();
        for (int w = 0; w < counts.length; w++) {
            Flood.ChurnWave wave = flood.waves().get(w);
            long wish = wave.unfollowFrom() + wave.spread() + Rng.between(r, 12 * HOUR, 2 * DAY);
            Flood.Slot[] slots = new Flood.Slot[counts[w].length];
            for (int j = 0; j < slots.length; j++) {
                int rate = 30 + r.nextInt(50);
                long duration = Flood.Slot.duration(counts[w][j], rate);
                if (counts[w][j] > 0 && wish + duration < Times.COLLECTED_AT - HOUR) {
                    long start = calendar.reserve(flood.targets()[j], wish, duration);
                    if (start + duration < Times.COLLECTED_AT - HOUR) {
                        slots[j] = new Flood.Slot(start, rate);
                    }
                }
            }
            waves.add(new Flood.ChurnWave(wave.unfollowFrom(), wave.spread(), slots));
        }
        return waves;
    }
}
