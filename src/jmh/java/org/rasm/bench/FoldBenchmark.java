package org.rasm.bench;

import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.Folded;
import org.rasm.fold.TextFolder;

/**
 * Folding mixed Arabic-English news text, against Lucene baselines in the same run. Read the {@code bytes} rows:
 * UTF-8 bytes per second.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench=FoldBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FoldBenchmark {
  private String text;
  private long bytes;
  private char[] lowerTable;
  private TextFolder search;
  private TextFolder display;
  private TextFolder key;

  @Setup
  public void setUp() {
    text = Corpus.mixed();
    bytes = Corpus.utf8Bytes(text);
    search = TextFolder.of(FoldProfile.SEARCH);
    display = TextFolder.of(FoldProfile.DISPLAY);
    key = TextFolder.of(FoldProfile.KEY);
    lowerTable = new char[0x10000];
    for (int c = 0; c < lowerTable.length; c++) {
      lowerTable[c] = Character.toLowerCase((char) c);
    }
  }

  @Benchmark
  public Folded rasmSearch(Throughput t) {
    t.bytes += bytes;
    return search.fold(text);
  }

  @Benchmark
  public Folded rasmDisplay(Throughput t) {
    t.bytes += bytes;
    return display.fold(text);
  }

  @Benchmark
  public Folded rasmKey(Throughput t) {
    t.bytes += bytes;
    return key.fold(text);
  }

  /** Baseline: a plain per-character table pass that returns a String, with no offsets. */
  @Benchmark
  public String tablePass(Throughput t) {
    t.bytes += bytes;
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = lowerTable[text.charAt(i)];
    }
    return new String(out);
  }

  /** Baseline: Lucene's StandardTokenizer + ArabicNormalizationFilter. */
  @Benchmark
  public void luceneArabicNormalization(Throughput t, Blackhole bh) throws IOException {
    t.bytes += bytes;
    Tokenizer tok = new StandardTokenizer();
    consume(new ArabicNormalizationFilter(tok), tok, bh);
  }

  /** Baseline: Lucene's StandardTokenizer + ICUFoldingFilter. */
  @Benchmark
  public void luceneIcuFolding(Throughput t, Blackhole bh) throws IOException {
    t.bytes += bytes;
    Tokenizer tok = new StandardTokenizer();
    consume(new ICUFoldingFilter(tok), tok, bh);
  }

  private void consume(TokenFilter filter, Tokenizer tok, Blackhole bh) throws IOException {
    tok.setReader(new StringReader(text));
    try (TokenStream ts = filter) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        bh.consume(term.length());
      }
      ts.end();
    }
  }
}
