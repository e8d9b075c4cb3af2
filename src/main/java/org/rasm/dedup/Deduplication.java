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
  private static final int FAILED_PAIRS = 1 << 20;
  private static final java.util.List<Layer> LAYERS = java.util.List.of(Layer.values());

  private final java.util.Map<String, Short> languageCodes = new java.util.HashMap<>();
  private final PairVerifier verifier;
  private final BucketKeys bucketKeys;
  private final Buckets buckets;
  private final EvidenceStore store;
  private int[] parent = new int[1024];
  private byte[] kind = new byte[1024]; // 0 for none, else one of the layers plus one
  private float[] score = new float[1024];
  private short[] language = new short[1024]; // 0 for none; compared before any evidence is read
  private long[] failed; // pairs verified unlike, so other buckets skip them; sized by the documents
  private final int[] group = new int[BucketKeys.COMPARED_PER_BUCKET];
  private int groupSize;
  private long groupKey;
  private boolean finished;

  Deduplication(double threshold, boolean crossLingual, int bands, long budgetBytes, Path tempDir) {
    this.verifier = new PairVerifier(threshold);
    this.bucketKeys = new BucketKeys(bands, crossLingual);
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
    bucketKeys.forEach(s, evidence, key -> buckets.add(key, doc));
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
        sink.accept(new Duplicate(store.id(i), cluster[root], LAYERS.get(kind[i] - 1).kind(), store.id(root),
            Math.round(score[i] * 1000) / 1000.0));
      }
    }
  }

  private void visit(long key, int doc) {
    if (key != groupKey || groupSize == 0) {
      groupKey = key;
      groupSize = 0;
    }
    Layer layer = BucketKeys.layer(key);
    for (int q = 0; q < groupSize; q++) {
      int earlier = group[q];
      // other pairs are not read: exact copies are compared whatever their languages; exact pairs never fail (the
      // same body has the same shingles), so they are not remembered
      boolean comparable = layer.comparable(language[earlier] == 0, language[doc] == 0, language[earlier] == language[doc]);
      if (!comparable || find(earlier) == find(doc) || (layer != Layer.EXACT && failedBefore(earlier, doc))) {
        continue;
      }
      double s = verifier.score(layer, store.get(earlier), store.get(doc));
      if (s > 0) {
        link(earlier, doc, layer, s);
      } else if (layer != Layer.EXACT) {
        failed[slot(earlier, doc)] = pair(earlier, doc);
      }
    }
    if (groupSize < layer.comparedPerBucket()) {
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

  private void link(int earlier, int later, Layer layer, double s) {
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

  private void describe(int doc, Layer layer, double s) {
    if (kind[doc] == 0) {
      kind[doc] = (byte) (layer.ordinal() + 1);
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
