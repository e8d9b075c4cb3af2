package org.rasm.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.rasm.lexicon.Lexicon;

/**
 * Loading the default lexicons: once in a fresh JVM (what a command-line run pays), and warm (what a server that
 * reloads pays). The heap they keep is printed by {@link LexiconFootprint}.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench=LexiconLoadBenchmark -Dbench.args=""</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LexiconLoadBenchmark {
  /** The first load in a JVM: class loading, folding tables and the files. 10 fresh JVMs. */
  @Benchmark
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public Lexicon coldLoad() {
    return Lexicon.readBundled();
  }

  /** Later loads in the same JVM. */
  @Benchmark
  @Fork(1)
  @Warmup(iterations = 5)
  @Measurement(iterations = 20)
  public Lexicon warmLoad() {
    return Lexicon.readBundled();
  }
}
