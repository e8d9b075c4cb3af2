package org.rasm.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.rasm.Rasm;

/**
 * Language detection on news paragraphs (each paragraph of testdata/docs, Arabic, English and mixed), on whole
 * documents, and on the seven-language gold set of testdata/detect (where some texts reach Lingua). Read the
 * {@code bytes} rows: UTF-8 bytes per second.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench=DetectBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DetectBenchmark {
  private List<String> paragraphs;
  private long paragraphBytes;
  private List<String> documents;
  private long documentBytes;
  private List<String> gold;
  private long goldBytes;
  private Rasm rasm;

  @Setup
  public void setUp() {
    paragraphs = Corpus.paragraphs();
    paragraphBytes = paragraphs.stream().mapToLong(Corpus::utf8Bytes).sum();
    documents = Corpus.documents();
    documentBytes = documents.stream().mapToLong(Corpus::utf8Bytes).sum();
    try {
      List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("testdata/detect/paragraphs.tsv"));
      gold = lines.subList(1, lines.size()).stream().map(l -> l.split("\t")[1]).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    goldBytes = gold.stream().mapToLong(Corpus::utf8Bytes).sum();
    rasm = Rasm.defaults();
    gold.forEach(rasm::detect);
    rasm.detect(String.join(" ", paragraphs)); // load what the models need before measuring
  }

  @Benchmark
  public void detectParagraphs(Throughput t, Blackhole bh) {
    t.bytes += paragraphBytes;
    for (String p : paragraphs) {
      bh.consume(rasm.detect(p));
    }
  }

  @Benchmark
  public void detectGoldSet(Throughput t, Blackhole bh) {
    t.bytes += goldBytes;
    for (String p : gold) {
      bh.consume(rasm.detect(p));
    }
  }

  @Benchmark
  public void detectDocuments(Throughput t, Blackhole bh) {
    t.bytes += documentBytes;
    for (String d : documents) {
      bh.consume(rasm.detect(d));
    }
  }
}
