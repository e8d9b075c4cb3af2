package org.rasm.dedup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the documents that are one report: exact copies (the same folded body once masthead and boilerplate are
 * stripped), near copies (MinHash with LSH banding over shingles where names stand as entity ids, candidates verified
 * by their real Jaccard similarity) and translations (the same entities, numbers and dates in another language).
 * Documents that share wording but not their numbers or places, such as two daily casualty reports of one monitor,
 * are kept apart. Clusters are joined with union-find; each keeps its first document.
 *
 * <p>Memory is bounded: past {@link #memoryBudget(long, Path) a budget}, bucket keys go to disk in sorted runs that are
 * merged at the end, and the evidence candidates are verified on is read back from a temporary file. The result is
 * the same either way.
 *
 * <pre>{@code
 * List<Duplicate> result = new Deduplicator(Deduplicator.DEFAULT_THRESHOLD, true).run(signatures);
 *
 * try (Deduplication d = new Deduplicator(0.5, true).memoryBudget(256 << 20, tmp).start()) {
 *   for (Signature s : stream) d.add(s);
 *   d.finish(System.out::println);
 * }
 * }</pre>
 *
 * Immutable and thread-safe; each {@link Deduplication} it starts is used by one thread.
 */
public final class Deduplicator {
  /** The Jaccard similarity that makes two documents near copies, chosen on testdata/dedup. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final double threshold;
  private final boolean crossLingual;
  private final int bands;
  private final long budget;
  private final Path tempDir;

  /** Bands its candidates as {@link BucketKeys#DEFAULT_BANDS} says. */
  public Deduplicator(double threshold, boolean crossLingual) {
    this(threshold, crossLingual, BucketKeys.DEFAULT_BANDS, -1, null);
  }

  private Deduplicator(double threshold, boolean crossLingual, int bands, long budget, Path tempDir) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
    this.crossLingual = crossLingual;
    this.bands = bands;
    this.budget = budget;
    this.tempDir = tempDir;
  }

  /**
   * The memory a deduplication may hold before it spills to files in {@code tempDir}. By default a quarter of the
   * heap, and the system's temporary folder.
   */
  public Deduplicator memoryBudget(long bytes, Path tempDir) {
    if (bytes < 1) {
      throw new IllegalArgumentException("memory budget must be positive: " + bytes);
    }
    return new Deduplicator(threshold, crossLingual, bands, bytes, tempDir);
  }

  /** Starts a deduplication that takes documents one at a time. */
  public Deduplication start() {
    long bytes = budget > 0 ? budget : Runtime.getRuntime().maxMemory() / 4;
    Path dir = tempDir != null ? tempDir : Path.of(System.getProperty("java.io.tmpdir"));
    return new Deduplication(threshold, crossLingual, bands, bytes, dir);
  }

  /** Deduplicates a list; the result is in the order of the list. */
  public List<Duplicate> run(List<Signature> docs) {
    List<Duplicate> out = new ArrayList<>(docs.size());
    try (Deduplication d = start()) {
      docs.forEach(d::add);
      d.finish(out::add);
    }
    return out;
  }
}
