package org.rasm.bench;

import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.rasm.lucene.RasmAnalyzer;

/**
 * RasmAnalyzer (canonical IDs on, the full default lexicon) against Lucene's ArabicAnalyzer in the same run, on the
 * Arabic news reports of testdata. Read the {@code bytes} rows: UTF-8 bytes per second. The target is two thirds of
 * ArabicAnalyzer's figure or more.
 *
 * <pre>mvn -B -Pbench test-compile exec:exec -Dbench=AnalyzerBenchmark -Dbench.args="-f 1 -wi 3 -w 2s -i 5 -r 2s"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalyzerBenchmark {
  private String text;
  private long bytes;
  private Analyzer rasm;
  private Analyzer rasmStem;
  private Analyzer arabic;

  @Setup
  public void setUp() {
    text = Corpus.arabicNews();
    bytes = Corpus.utf8Bytes(text);
    rasm = new RasmAnalyzer();
    rasmStem = RasmAnalyzer.builder().stem(true).build();
    arabic = new ArabicAnalyzer();
  }

  @TearDown
  public void tearDown() {
    rasm.close();
    rasmStem.close();
    arabic.close();
  }

  @Benchmark
  public void rasmAnalyzer(Throughput t, Blackhole bh) {
    t.bytes += bytes;
    Corpus.analyze(rasm, text, bh);
  }

  /** With light Arabic stemming of the words that are not names. */
  @Benchmark
  public void rasmAnalyzerStem(Throughput t, Blackhole bh) {
    t.bytes += bytes;
    Corpus.analyze(rasmStem, text, bh);
  }

  /** Baseline: Lucene's ArabicAnalyzer (StandardTokenizer, lower case, stop words, normalization, stemming). */
  @Benchmark
  public void luceneArabicAnalyzer(Throughput t, Blackhole bh) {
    t.bytes += bytes;
    Corpus.analyze(arabic, text, bh);
  }


}
