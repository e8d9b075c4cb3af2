package org.rasm.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the documents that are one report: exact copies (the same folded body once masthead and boilerplate are
 * stripped), near copies (MinHash with LSH banding over shingles where names stand as entity ids, candidates verified
 * by their real Jaccard similarity) and translations (the same entities, numbers and dates in another language).
 * Documents that share wording but not their numbers or places, such as two daily casualty reports of one monitor,
 * are kept apart. Clusters are joined with union-find; each keeps its first document.
 *
 * <pre>{@code
 * List<Duplicate> result = new Deduplicator(Deduplicator.DEFAULT_THRESHOLD, true).run(signatures);
 * }</pre>
 */
public final class Deduplicator {
  /** The Jaccard similarity that makes two documents near copies, chosen on testdata/dedup. */
  public static final double DEFAULT_THRESHOLD = 0.5;
  /** A truncated copy: this share of the smaller document's shingles is in the larger one. */
  static final double CONTAINMENT = 0.9;
  static final int MIN_SHINGLES_FOR_CONTAINMENT = 20;
  /** Translations: the share of entities and numbers two documents must have in common. */
  static final double FACTS = 0.6;
  static final int MIN_FACTS = 4;
  private static final int BUCKET_LIMIT = 1000;

  private final double threshold;
  private final boolean crossLingual;
  private final int bands;

  /**
   * With 50 bands of 2 rows of a 100-permutation MinHash, two documents of Jaccard 0.3 share a bucket with probability
   * 0.99: a copy truncated at half its length (about 0.45) is always a candidate. Every candidate is verified on its
   * shingles, so the low point of the curve costs only comparisons.
   */
  public Deduplicator(double threshold, boolean crossLingual) {
    this(threshold, crossLingual, 50);
  }

  public Deduplicator(double threshold, boolean crossLingual, int bands) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
    this.crossLingual = crossLingual;
    this.bands = bands;
  }

  public List<Duplicate> run(List<Signature> docs) {
    int n = docs.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    String[] kind = new String[n];
    double[] score = new double[n];
    // exact copies
    Map<Long, Integer> firstByHash = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Integer first = firstByHash.putIfAbsent(docs.get(i).exact(), i);
      if (first != null) {
        link(parent, first, i, kind, score, "exact", 1.0);
      }
    }
    // near copies: pairs that share a band of the MinHash, verified
    Map<Long, List<Integer>> buckets = new HashMap<>();
    Set<Long> tried = new HashSet<>();
    for (int i = 0; i < n; i++) {
      long[] sig = docs.get(i).minhash();
      if (docs.get(i).shingles().length == 0) {
        continue;
      }
      int usedBands = Math.min(bands, sig.length);
      int rows = sig.length / usedBands;
      for (int b = 0; b < usedBands; b++) {
        long key = b;
        for (int r = b * rows; r < (b + 1) * rows; r++) {
          key = Signer.mix(key * 31 + sig[r]);
        }
        List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>());
        for (int j : bucket) {
          if (find(parent, i) != find(parent, j) && tried.add((long) j * n + i)) {
            double s = nearScore(docs.get(j), docs.get(i));
            if (s > 0) {
              link(parent, j, i, kind, score, "near", s);
            }
          }
        }
        if (bucket.size() < BUCKET_LIMIT) {
          bucket.add(i);
        }
      }
    }
    if (crossLingual) {
      translations(docs, parent, kind, score);
    }
    List<Duplicate> out = new ArrayList<>(n);
    Map<Integer, Integer> clusterOfRoot = new HashMap<>();
    Map<Integer, Integer> firstOfRoot = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      clusterOfRoot.putIfAbsent(root, clusterOfRoot.size());
      firstOfRoot.putIfAbsent(root, i);
    }
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      int first = firstOfRoot.get(root);
      boolean representative = first == i;
      out.add(new Duplicate(docs.get(i).id(), clusterOfRoot.get(root), representative ? "unique" : kind[i] == null ? "near" : kind[i],
          docs.get(first).id(), representative ? 1.0 : Math.round(score[i] * 1000) / 1000.0));
    }
    return out;
  }

  /** The Jaccard similarity of two near copies, or 0 when they are not: too unlike, or unlike in numbers or places. */
  private double nearScore(Signature a, Signature b) {
    double j = Signer.jaccard(a.shingles(), b.shingles());
    boolean copy = j >= threshold;
    if (!copy) {
      long[] small = a.shingles().length <= b.shingles().length ? a.shingles() : b.shingles();
      long[] large = small == a.shingles() ? b.shingles() : a.shingles();
      copy = small.length >= MIN_SHINGLES_FOR_CONTAINMENT && containment(small, large) >= CONTAINMENT;
    }
    return copy && factsAgree(a, b) ? Math.max(j, 0.001) : 0;
  }

  /** The smaller document's numbers and places are all in the larger one: template reports differ in them. */
  private static boolean factsAgree(Signature a, Signature b) {
    Set<String> small = a.facts().size() <= b.facts().size() ? a.facts() : b.facts();
    Set<String> large = small == a.facts() ? b.facts() : a.facts();
    for (String f : small) {
      if ((f.startsWith("#") || f.startsWith("place:")) && !large.contains(f)) {
        return false;
      }
    }
    return true;
  }

  private static double containment(long[] small, long[] large) {
    return (double) Signer.common(small, large) / small.length;
  }

  /** Documents in two languages with the same entities, numbers and dates. */
  private static void translations(List<Signature> docs, int[] parent, String[] kind, double[] score) {
    Map<String, List<Integer>> byFact = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      for (String f : docs.get(i).facts()) {
        byFact.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < docs.size(); i++) {
      Signature a = docs.get(i);
      if (a.language() == null || a.facts().size() < MIN_FACTS) {
        continue;
      }
      Map<Integer, Integer> shared = new HashMap<>();
      for (String f : a.facts()) {
        List<Integer> with = byFact.get(f);
        if (with.size() > BUCKET_LIMIT) {
          continue;
        }
        for (int j : with) {
          if (j < i) {
            shared.merge(j, 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        Signature b = docs.get(e.getKey());
        if (b.language() == null || b.language().equals(a.language()) || find(parent, i) == find(parent, e.getKey())) {
          continue;
        }
        double j = (double) e.getValue() / (a.facts().size() + b.facts().size() - e.getValue());
        if (j >= FACTS && factsAgree(a, b)) {
          link(parent, e.getKey(), i, kind, score, "translation", j);
        }
      }
    }
  }

  private static void link(int[] parent, int earlier, int later, String[] kind, double[] score, String how, double s) {
    int a = find(parent, earlier);
    int b = find(parent, later);
    if (a == b) {
      return;
    }
    parent[Math.max(a, b)] = Math.min(a, b);
    if (kind[later] == null) {
      kind[later] = how;
      score[later] = s;
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
