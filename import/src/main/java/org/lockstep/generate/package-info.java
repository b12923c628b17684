/**
 * The scenario generator: deterministic datasets with planted floods, decoys and their ground truth.
 *
 * <p>{@link org.lockstep.generate.ScenarioGenerator#generate} writes {@code OUT/dataset/} in the Lockstep dataset format
 * (Instagram, spring 2024, after the public case of the women's-rights organisations flooded with fake followers),
 * and beside it {@code OUT/ground-truth.json} and {@code OUT/ground-truth-accounts.csv}, which say what was planted:
 * vendor floods and a troll farm (the campaigns), test purchases delivered to honeypots, and decoys that must not be
 * flagged (an organic one-day spike, a half-hour fan wave, a shared meme avatar, the followers of celebrities).
 * Hard cases: camouflaged bots that post and follow a few ordinary accounts, and a vendor whose accounts each have
 * a face of their own.
 *
 * <p>Everything is planned first ({@code Planner}: small, per-flood and per-account numbers), then streamed to disk in
 * passes, each row regenerated from its own seed, so that a million accounts and ten million follows stay within a
 * few hundred megabytes. Randomness comes from named, seeded streams and keyed hashes only: the same seed and scale
 * give byte-identical files (avatar images too, on the same JDK build).
 */
package org.lockstep.generate;
