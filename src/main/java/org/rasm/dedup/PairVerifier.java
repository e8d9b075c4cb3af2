package org.rasm.dedup;

import java.util.Arrays;

/**
 * Decides whether two candidates of one layer are one report, on their {@link Evidence}: exact copies have equal
 * shingles; near copies a Jaccard similarity of at least the threshold, or one contains 90% of the other, and their
 * facts agree; translations share 60% of their facts, the larger has at least four, and their facts agree.
 *
 * <pre>{@code
 * double s = new PairVerifier(0.5).score(Layer.NEAR, earlier, later);   // 0 when they are not a pair
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class PairVerifier {
  /** A truncated copy: this share of the smaller document's shingles is in the larger one. */
  static final double CONTAINMENT = 0.9;
  static final int MIN_SHINGLES_FOR_CONTAINMENT = 20;
  /** Translations: the share of entities and numbers two documents must have in common, and how many the larger has. */
  static final double FACTS = 0.6;
  static final int MIN_FACTS = 4;
  /** The fewest facts a document of a pair that passes can have. */
  static final int MIN_FACTS_OF_SMALLER = (int) Math.ceil(FACTS * MIN_FACTS);
  private static final double SKETCH_MARGIN = 0.2;

  private final double threshold;

  /** @param threshold the Jaccard similarity that makes two documents near copies, in (0, 1] */
  public PairVerifier(double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * How alike two candidates of {@code layer} are, 0 to 1, or 0 when they are not a pair. The language rule of the
   * layer ({@link Layer#comparable}) is the caller's, checked before any evidence is read.
   */
  public double score(Layer layer, Evidence a, Evidence b) {
    return switch (layer) {
      case EXACT -> Arrays.equals(a.shingles(), b.shingles()) ? 1.0 : 0;
      case NEAR -> nearScore(a, b);
      case TRANSLATION -> translationScore(a, b);
    };
  }

  /**
   * Whether two candidates of {@code layer} can pass {@link #score} at all, judged on their MinHash sketches
   * ({@link Evidence#sketch()}) and shingle counts alone: the test {@link #score} starts with, for a caller that can
   * read these before the whole evidence. Always true outside {@link Layer#NEAR}.
   */
  public boolean plausible(Layer layer, byte[] sketchA, int shinglesA, byte[] sketchB, int shinglesB) {
    if (layer != Layer.NEAR) {
      return true;
    }
    int sizes = shinglesA + shinglesB;
    int needed = needed(sizes, Math.min(shinglesA, shinglesB));
    // the sketch turns away most pairs a shared boilerplate bucket proposes; 0.2 is four standard deviations of its
    // estimate, so a pair that can pass is read in full
    return !(Evidence.estimatedJaccard(sketchA, sketchB) < (double) needed / (sizes - needed) - SKETCH_MARGIN);
  }

  /** The fewest shared shingles that make a near copy: Jaccard c / (sizes - c) >= threshold, or a contained copy. */
  private int needed(int sizes, int small) {
    int needed = (int) Math.ceil(threshold * sizes / (1 + threshold) - 1e-9);
    if (small >= MIN_SHINGLES_FOR_CONTAINMENT) {
      needed = Math.min(needed, (int) Math.ceil(CONTAINMENT * small - 1e-9));
    }
    return needed;
  }

  /** The Jaccard similarity of two near copies, or 0 when they are not: too unlike, or unlike in numbers or places. */
  private double nearScore(Evidence a, Evidence b) {
    if (!plausible(Layer.NEAR, a.sketch(), a.shingles().length, b.sketch(), b.shingles().length)) {
      return 0;
    }
    int sizes = a.shingles().length + b.shingles().length;
    int needed = needed(sizes, Math.min(a.shingles().length, b.shingles().length));
    int common = Signer.common(a.shingles(), b.shingles(), needed);
    if (common < needed || !factsAgree(a, b)) {
      return 0;
    }
    return Math.max((double) common / (sizes - common), 0.001);
  }

  /** The share of facts two documents in different languages have in common, or 0 when it is too small. */
  private static double translationScore(Evidence a, Evidence b) {
    if (a.language() == null || b.language() == null || a.language().equals(b.language())
        || Math.max(a.facts().length, b.facts().length) < MIN_FACTS) {
      return 0;
    }
    int common = Signer.common(a.facts(), b.facts());
    double j = (double) common / (a.facts().length + b.facts().length - common);
    return j >= FACTS && factsAgree(a, b) ? j : 0;
  }

  /**
   * Two documents disagree when each has a number or place the other lacks: template reports differ so. A copy that
   * only adds or drops some (an edit, a truncation, a fact one language's tagging missed) still agrees.
   */
  private static boolean factsAgree(Evidence a, Evidence b) {
    return Signer.common(a.decisive(), b.facts()) == a.decisive().length
        || Signer.common(b.decisive(), a.facts()) == b.decisive().length;
  }
}
