package org.rasm.dedup;

/**
 * The three ways documents become candidates, in the order deduplication reads them: a document is an exact copy
 * before it is a near one, and a near one before a translation. Each bucket key carries its layer in its top two bits
 * ({@link BucketKeys#layer(long)}), so keys sorted as unsigned numbers come layer by layer.
 *
 * <pre>{@code
 * Layer.NEAR.comparable("ar", "ar");        // true: near copies share a language
 * Layer.TRANSLATION.comparable("ar", "en"); // true: translations are in two
 * }</pre>
 */
public enum Layer {
  /** The same folded body: each document of a bucket is compared with its first only. */
  EXACT("exact", 1),
  /** MinHash bands over the shingles. */
  NEAR("near", BucketKeys.COMPARED_PER_BUCKET),
  /** MinHash bands over the facts, across languages. */
  TRANSLATION("translation", BucketKeys.COMPARED_PER_BUCKET);

  private final String kind;
  private final int comparedPerBucket;

  Layer(String kind, int comparedPerBucket) {
    this.kind = kind;
    this.comparedPerBucket = comparedPerBucket;
  }

  /** The {@link Duplicate#kind()} of a document joined through this layer. */
  public String kind() {
    return kind;
  }

  /** How many of a bucket's first documents (in input order) each later document of the bucket is compared with. */
  public int comparedPerBucket() {
    return comparedPerBucket;
  }

  /**
   * Whether two documents of one bucket of this layer are a pair worth verifying, by their languages (null: too short
   * to tell): near copies are in one language, or one is too short to tell; translations are in two.
   */
  public boolean comparable(String languageA, String languageB) {
    return comparable(languageA == null, languageB == null, languageA != null && languageA.equals(languageB));
  }

  /** The rule itself, for callers that code languages as numbers. */
  boolean comparable(boolean noneA, boolean noneB, boolean same) {
    return switch (this) {
      case EXACT -> true;
      case NEAR -> same || noneA || noneB;
      case TRANSLATION -> !same && !noneA && !noneB;
    };
  }
}
