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
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.Resolution;
import org.rasm.resolve.Resolver;

/**
 * Resolving one name with the full default lexicon: the queries of sets in testdata/resolve, one per call, in turn.
 * By default dev and test (spellings in both scripts and names that resolve to nothing); people.tsv is names of
 * people, nearly all resolving to nothing, which try every fallback. Sample mode: read the p0.50 row for the median.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench=ResolveBenchmark -Dbench.args="-p sets=people.tsv"</pre>
 *
 * The warm-up is long because the resolver's many readings take the JIT about 20 seconds to compile on two cores: with
 * 6 seconds, the first measured iterations still ran at five times the steady time, and the median with them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ResolveBenchmark {
  /** The sets whose queries are resolved, joined by + (JMH splits parameter values at commas). */
  @Param("dev.tsv+test.tsv")
  public String sets;

  private Resolver resolver;
  private String[] queries;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    resolver = new Resolver(Lexicon.defaults());
    List<String> q = new ArrayList<>();
    for (String file : sets.split("\\+")) {
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
