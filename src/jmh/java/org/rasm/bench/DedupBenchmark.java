package org.rasm.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.openhft.hashing.LongHashFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rasm.Rasm;
import org.rasm.dedup.Deduplicator;
import org.rasm.dedup.Duplicate;
import org.rasm.dedup.Signature;
import org.rasm.dedup.Signer;

/**
 * Deduplication of news reports (testdata/dedup: 128 documents, 1.7 KB of UTF-8 on average), one thread. Every row
 * reads as documents per second. The baseline is a plain MinHash: lower-cased words split at spaces, word 3-grams
 * hashed with the same XXH3, 100 permutations; no stripping, tagging, numbers or clustering.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench=DedupBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DedupBenchmark {
  private static final int DOCS = 128;
  private static final LongHashFunction XX3 = LongHashFunction.xx3();
  private List<String> docs;
  private Signer signer;
  private long[] seeds;

  @Setup
  public void setUp() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("testdata/dedup/docs"))) {
      docs = new ArrayList<>();
      for (Path f : files.sorted().toList()) {
        docs.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    if (docs.size() != DOCS) {
      throw new IllegalStateException("expected " + DOCS + " documents, found " + docs.size());
    }
    signer = new Signer(Rasm.defaults(), 100);
    seeds = new long[100];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = XX3.hashLong(i);
    }
  }

  /** Strip, tag, shingle and MinHash every document, then find exact, near and translated copies. */
  @Benchmark
  @OperationsPerInvocation(DOCS)
  public List<Duplicate> rasmSignAndCluster() {
    List<Signature> sigs = new ArrayList<>(DOCS);
    for (int i = 0; i < DOCS; i++) {
      sigs.add(signer.sign(Integer.toString(i), docs.get(i)));
    }
    return new Deduplicator(Deduplicator.DEFAULT_THRESHOLD, true).run(sigs);
  }

  @Benchmark
  @OperationsPerInvocation(DOCS)
  public long plainMinHashBaseline() {
    long sum = 0;
    for (String doc : docs) {
      String[] words = doc.toLowerCase(Locale.ROOT).split("\\s+");
      long[] shingles = new long[Math.max(1, words.length - 2)];
      for (int i = 0; i + 2 < words.length; i++) {
        shingles[i] = XX3.hashChars(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
      }
      long[] sig = new long[seeds.length];
      Arrays.fill(sig, Long.MAX_VALUE);
      for (long s : shingles) {
        for (int p = 0; p < seeds.length; p++) {
          sig[p] = Math.min(sig[p], XX3.hashLong(s ^ seeds[p]));
        }
      }
      sum += sig[0];
    }
    return sum;
  }
}
