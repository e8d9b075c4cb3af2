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
import org.openjdk.jmh.infra.Blackhole;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.Resolver;
import org.rasm.tag.Mention;
import org.rasm.tag.Tagger;

/**
 * Tagging news text with the full default lexicon, against Lucene's ArabicAnalyzer on the same text (which only
 * analyses, without any lookup). Read the {@code bytes} rows: UTF-8 bytes per second.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench=TagBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TagBenchmark {
  private String text;
  private long bytes;
  private Tagger tagger;
  private Analyzer arabic;

  @Setup
  public void setUp() {
    text = Corpus.mixed();
    bytes = Corpus.utf8Bytes(text);
    tagger = new Tagger(Lexicon.defaults(), new Resolver(Lexicon.defaults()));
    arabic = new ArabicAnalyzer();
  }

  @Benchmark
  public java.util.List<Mention> rasmTag(Throughput t) {
    t.bytes += bytes;
    return tagger.tag(text);
  }

  /** Baseline: Lucene's ArabicAnalyzer over the same text. */
  @Benchmark
  public void luceneArabicAnalyzer(Throughput t, Blackhole bh) {
    t.bytes += bytes;
    Corpus.analyze(arabic, text, bh);
  }
}
