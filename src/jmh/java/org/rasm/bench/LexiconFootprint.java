package org.rasm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.rasm.lexicon.Lexicon;

/**
 * The heap the default lexicons keep: used heap after a full GC with five loaded copies held, minus before, over five.
 *
 * <pre>mvn -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.rasm.bench.LexiconFootprint</pre>
 */
public final class LexiconFootprint {
  private LexiconFootprint() {}

  public static void main(String[] args) throws InterruptedException {
    Lexicon.readBundled(); // load classes and shared tables first
    long before = usedAfterGc();
    Lexicon[] held = new Lexicon[5];
    for (int i = 0; i < held.length; i++) {
      held[i] = Lexicon.readBundled();
    }
    long after = usedAfterGc();
    System.out.printf("entities %d, heap per loaded lexicon %.1f MB%n", held[0].size(), (after - before) / 5.0 / 1e6);
  }

  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
