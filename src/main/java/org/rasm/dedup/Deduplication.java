package org.rasm.dedup;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * One deduplication under way: documents go in one at a time, in input order; {@link #finish} hands back where each
 * stands, in the same order. Started by {@link Deduplicator#start()}.
 *
 * <p>Each document leaves bucket keys behind: its exact hash, one key per band of its MinHash, and, for pairing
 * translations, one key per band of a MinHash over its facts. Once every document is in, the keys are read back sorted;
 * the documents that share a key are candidates, verified on their {@link Evidence} and joined with union-find. Keys
 * are read layer by layer (exact copies, then near copies, then translations), so a document is an exact copy before
 * it is a near one.
 *
 * <p>Not thread-safe. Temporary files are deleted on {@link #close()}.
 */
public final class Deduplication implements AutoCloseable {
  /** A truncated copy: this share of the smaller document's shingles is in the larger one. */
  static final double CONTAINMENT = 0.9;
  static final int MIN_SHINGLES_FOR_CONTAINMENT = 20;
  /** Translations: the share of entities and numbers two documents must have in common, and how many the larger has. */
  static final double FACTS = 0.6;
  static final int MIN_FACTS = 4;
  /** The fewest facts a document of a pair that passes can have. */
  private static final int MIN_FACTS_OF_SMALLER = (int) Math.ceil(FACTS * MIN_FACTS);
  /**
   * 20 bands of 3 rows over the facts: two documents that share 60% of their facts are candidates with probability
   * 0.992, and every candidate is verified on the facts themselves. With 2 rows, a fact as common as a year fills
   * buckets with documents that share nothing else.
   */
  private static final int FACT_BANDS = 20;
  private static final int FACT_ROWS = 3;
  private final java.util.Map<String, Short> languageCodes = new java.util.HashMap<>();
  /**
   * Each document of a bucket is compared with the bucket's first documents only: a key that hundreds of documents
   * share is boilerplate, and true copies share many smaller buckets besides.
   */
  static final int COMPARED_PER_BUCKET = 100;
  private static final int FAILED_PAIRS = 1 << 20;
  private static final double SKETCH_MARGIN = 0.2;

  private static final int EXACT = 0;
  private static final int NEAR = 1;
  private static final int TRANSLATION = 2;
  private static final String[] KINDS = {"exact", "near", "translation"};

  private final double threshold;
  private final boolean crossLingual;
  private final int bands;
  private final Buckets buckets;
  private final EvidenceStore store;
  private int[] parent = new int[1024];
  private byte[] kind = new byte[1024]; // 0 for none, else one of the layers plus one
  private float[] score = new float[1024];
  private short[] language = new short[1024]; // 0 for none; compared before any evidence is read
  private long[] failed; // pairs verified unlike, so other buckets skip them; sized by the documents
  private final int[] group = new int[COMPARED_PER_BUCKET];
  private int groupSize;
  private long groupKey;
  private boolean finished;

  Deduplication(double threshold, boolean crossLingual, int bands, long budgetBytes, Path tempDir) {
    this.threshold = threshold;
    this.crossLingual = crossLingual;
    this.bands = bands;
    this.buckets = new Buckets(budgetBytes / 2, tempDir);
    this.store = new EvidenceStore(budgetBytes / 2, tempDir);
  }

  public void add(Signature s) {
    if (finished) {
      throw new IllegalStateException("finished already");
    }
    Evidence evidence = Evidence.of(s);
    int doc = store.add(evidence);
    if (doc == parent.length) {
      parent = Arrays.copyOf(parent, doc * 2);
      kind = Arrays.copyOf(kind, doc * 2);
      score = Arrays.copyOf(score, doc * 2);
      language = Arrays.copyOf(language, doc * 2);
    }
    language[doc] = s.language() == null ? 0 : languageCodes.computeIfAbsent(s.language(), l -> (short) (languageCodes.size() + 1));
    parent[doc] = doc;
    buckets.add(key(EXACT, s.exact()), doc);
    if (s.shingles().length > 0) {
      addBands(NEAR, s.minhash(), Math.min(bands, s.minhash().length), doc);
    }
    if (crossLingual && s.language() != null && evidence.facts().length >= MIN_FACTS_OF_SMALLER) {
      addBands(TRANSLATION, Signer.minhash(evidence.facts(), FACT_BANDS * FACT_ROWS), FACT_BANDS, doc);
    }
  }

  private void addBands(int layer, long[] sig, int count, int doc) {
    int rows = sig.length / count;
    for (int b = 0; b < count; b++) {
      long h = b;
      for (int r = b * rows; r < (b + 1) * rows; r++) {
        h = Signer.mix(h * 31 + sig[r]);
      }
      buckets.add(key(layer, h), doc);
    }
  }

  /** The layer in the top two bits, so the sorted keys come layer by layer. */
  private static long key(int layer, long hash) {
    return (long) layer << 62 | hash >>> 2;
  }

  /** Whether the bucket keys or the evidence went to disk. */
  public boolean spilled() {
    return buckets.runs() > 0 || store.onDisk();
  }

  /** Verifies the candidates and hands every document's place to {@code sink}, in input order. */
  public void finish(Consumer<Duplicate> sink) {
    if (finished) {
      throw new IllegalStateException("finished already");
    }
    finished = true;
    failed = new long[Math.min(FAILED_PAIRS, Integer.highestOneBit(Math.max(1, store.size())) * 16)];
    Arrays.fill(failed, -1);
    buckets.forEach(this::visit);
    buckets.close();
    int n = store.size();
    int[] cluster = new int[n];
    int clusters = 0;
    for (int i = 0; i < n; i++) {
      int root = find(i); // the least document of its cluster, so numbered already
      if (root == i) {
        cluster[i] = clusters++;
        sink.accept(new Duplicate(store.id(i), cluster[i], "unique", store.id(i), 1.0));
      } else {
        sink.accept(new Duplicate(store.id(i), cluster[root], KINDS[kind[i] - 1], store.id(root),
            Math.round(score[i] * 1000) / 1000.0));
      }
    }
  }

  private void visit(long key, int doc) {
    if (key != groupKey || groupSize == 0) {
      groupKey = key;
      groupSize = 0;
    }
    int layer = (int) (key >>> 62);
    if (layer == EXACT) {
      if (groupSize == 0) {
        group[groupSize++] = doc;
      } else if (find(group[0]) != find(doc) && Arrays.equals(store.get(group[0]).shingles(), store.get(doc).shingles())) {
        link(group[0], doc, EXACT, 1.0);
      }
      return;
    }
    for (int q = 0; q < groupSize; q++) {
      int earlier = group[q];
      // near copies are in one language (or one is too short to tell), translations in two: other pairs are not read
      boolean comparable = layer == NEAR
          ? language[earlier] == language[doc] || language[earlier] == 0 || language[doc] == 0
          : language[earlier] != language[doc] && language[earlier] != 0 && language[doc] != 0;
      if (!comparable || find(earlier) == find(doc) || failedBefore(earlier, doc)) {
        continue;
      }
      Evidence a = store.get(earlier);
      Evidence b = store.get(doc);
      double s = layer == NEAR ? nearScore(a, b) : translationScore(a, b);
      if (s > 0) {
        link(earlier, doc, layer, s);
      } else {
        failed[slot(earlier, doc)] = pair(earlier, doc);
      }
    }
    if (groupSize < group.length) {
      group[groupSize++] = doc;
    }
  }

  private boolean failedBefore(int earlier, int later) {
    return failed[slot(earlier, later)] == pair(earlier, later);
  }

  private static long pair(int earlier, int later) {
    return (long) earlier << 32 | later;
  }

  private int slot(int earlier, int later) {
    return (int) Signer.mix(pair(earlier, later)) & (failed.length - 1);
  }

  /** The Jaccard similarity of two near copies, or 0 when they are not: too unlike, or unlike in numbers or places. */
  private double nearScore(Evidence a, Evidence b) {
    int sizes = a.shingles().length + b.shingles().length;
    int small = Math.min(a.shingles().length, b.shingles().length);
    // the fewest shared shingles that make a near copy: Jaccard c / (sizes - c) >= threshold, or a contained copy
    int needed = (int) Math.ceil(threshold * sizes / (1 + threshold) - 1e-9);
    if (small >= MIN_SHINGLES_FOR_CONTAINMENT) {
      needed = Math.min(needed, (int) Math.ceil(CONTAINMENT * small - 1e-9));
    }
    // the sketch turns away most pairs a shared boilerplate bucket proposes; 0.2 is four standard deviations of its
    // estimate, so a pair that can pass is read in full
    if (a.estimatedJaccard(b) < (double) needed / (sizes - needed) - SKETCH_MARGIN) {
      return 0;
    }
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

  private void link(int earlier, int later, int layer, double s) {
    int a = find(earlier);
    int b = find(later);
    if (a == b) {
      return;
    }
    int root = Math.min(a, b);
    int joined = Math.max(a, b);
    parent[joined] = root;
    // the document compared, and the first of the cluster that joins, say how they joined
    describe(later, layer, s);
    describe(joined, layer, s);
  }

  private void describe(int doc, int layer, double s) {
    if (kind[doc] == 0) {
      kind[doc] = (byte) (layer + 1);
      score[doc] = (float) s;
    }
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  @Override
  public void close() {
    buckets.close();
    store.close();
  }
}
