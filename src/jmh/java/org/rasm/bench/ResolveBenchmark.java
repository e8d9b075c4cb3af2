package org.rasm.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.Resolution;
import org.rasm.resolve.Resolver;

/**
 * Resolving one name with the full default lexicon: the queries of testdata/resolve (spellings in both scripts and
 * names that resolve to nothing), one per call, in turn. Sample mode: read the p0.50 row for the median.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench=ResolveBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ResolveBenchmark {
  private Resolver resolver;
  private String[] queries;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    resolver = new Resolver(Lexicon.defaults());
    List<String> q = new ArrayList<>();
    for (String file : List.of("dev.tsv", "test.tsv")) {
      try {
        List<String> lines = Files.readAllLines(Path.of("testdata/resolve", file), StandardCharsets.UTF_8);
        lines.subList(1, lines.size()).forEach(l -> q.add(l.split("\t", -1)[0]));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    queries = q.toArray(new String[0]);
  }

  @Benchmark
  public Resolution resolveOne() {
    String q = queries[next];
    next = next + 1 == queries.length ? 0 : next + 1;
    return resolver.resolve(q);
  }
}
