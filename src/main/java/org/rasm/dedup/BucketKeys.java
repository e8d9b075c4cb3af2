package org.rasm.dedup;

import java.util.function.LongConsumer;

/**
 * The bucket keys of a document: documents that share a key are candidates. Each document has its exact hash; one key
 * per band of its MinHash when it has shingles; and, when pairing translations, one key per band of a MinHash over its
 * facts when it has a language and enough facts. A key's top two bits are its {@link Layer}.
 *
 * <pre>{@code
 * BucketKeys keys = new BucketKeys(50, true);
 * keys.forEach(signature, Evidence.of(signature), key -> emit(key, doc));
 * BucketKeys.layer(key);   // Layer.NEAR
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class BucketKeys {
  /**
   * Each document of a bucket is compared with the bucket's first documents only: a key that hundreds of documents
   * share is boilerplate, and true copies share many smaller buckets besides.
   */
  public static final int COMPARED_PER_BUCKET = 100;
  /**
   * With 50 bands of 2 rows of a 100-permutation MinHash, two documents of Jaccard 0.3 share a bucket with probability
   * 0.99: a copy truncated at half its length (about 0.45) is always a candidate. Every candidate is verified on its
   * shingles, so the low point of the curve costs only comparisons.
   */
  public static final int DEFAULT_BANDS = 50;
  /**
   * 20 bands of 3 rows over the facts: two documents that share 60% of their facts are candidates with probability
   * 0.992, and every candidate is verified on the facts themselves. With 2 rows, a fact as common as a year fills
   * buckets with documents that share nothing else.
   */
  private static final int FACT_BANDS = 20;
  private static final int FACT_ROWS = 3;
  private static final java.util.List<Layer> LAYERS = java.util.List.of(Layer.values());

  private final int bands;
  private final boolean crossLingual;

  /**
   * @param bands bands of the shingles' MinHash (at most its length)
   * @param crossLingual whether documents get translation keys
   */
  public BucketKeys(int bands, boolean crossLingual) {
    if (bands < 1) {
      throw new IllegalArgumentException("bands must be at least 1: " + bands);
    }
    this.bands = bands;
    this.crossLingual = crossLingual;
  }

  /** Hands each key of the document to {@code sink}: its exact key first, then near, then translation keys. */
  public void forEach(Signature s, Evidence evidence, LongConsumer sink) {
    sink.accept(key(Layer.EXACT, s.exact()));
    if (s.shingles().length > 0) {
      addBands(Layer.NEAR, s.minhash(), Math.min(bands, s.minhash().length), sink);
    }
    if (crossLingual && s.language() != null && evidence.facts().length >= PairVerifier.MIN_FACTS_OF_SMALLER) {
      addBands(Layer.TRANSLATION, Signer.minhash(evidence.facts(), FACT_BANDS * FACT_ROWS), FACT_BANDS, sink);
    }
  }

  private static void addBands(Layer layer, long[] sig, int count, LongConsumer sink) {
    int rows = sig.length / count;
    for (int b = 0; b < count; b++) {
      long h = b;
      for (int r = b * rows; r < (b + 1) * rows; r++) {
        h = Signer.mix(h * 31 + sig[r]);
      }
      sink.accept(key(layer, h));
    }
  }

  /** The layer in the top two bits, so the sorted keys come layer by layer. */
  private static long key(Layer layer, long hash) {
    return (long) layer.ordinal() << 62 | hash >>> 2;
  }

  /** The layer of a key. */
  public static Layer layer(long key) {
    return LAYERS.get((int) (key >>> 62));
  }
}
