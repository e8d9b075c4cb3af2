package org.rasm.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasm.Rasm;

/** Past its memory budget a deduplication works from disk, and gives the same answer as in memory. */
class SpillTest {
  @TempDir Path temp;

  @Test
  void theDedupCorpusGivesTheSameClustersFromDisk() throws IOException {
    Signer signer = new Signer(Rasm.defaults(), 100);
    List<Signature> sigs = new ArrayList<>();
    try (Stream<Path> docs = Files.list(Path.of("testdata/dedup/docs")).sorted()) {
      for (Path p : (Iterable<Path>) docs::iterator) {
        sigs.add(signer.sign(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    Deduplicator dedup = new Deduplicator(Deduplicator.DEFAULT_THRESHOLD, true);
    List<Duplicate> inMemory = new ArrayList<>();
    try (Deduplication d = dedup.memoryBudget(1L << 30, temp).start()) {
      sigs.forEach(d::add);
      assertFalse(d.spilled());
      d.finish(inMemory::add);
    }
    List<Duplicate> fromDisk = new ArrayList<>();
    try (Deduplication d = dedup.memoryBudget(8 << 10, temp).start()) {
      sigs.forEach(d::add);
      assertTrue(d.spilled());
      d.finish(fromDisk::add);
    }
    assertEquals(inMemory, fromDisk);
    assertTrue(inMemory.stream().anyMatch(x -> x.kind().equals("translation")), "the corpus exercises every layer");
    try (Stream<Path> left = Files.list(temp)) {
      assertEquals(0, left.count(), "temporary files are deleted");
    }
  }

  @Test
  void bucketsComeBackSortedByKeyThenDocumentWhateverTheBudget() {
    SplittableRandom random = new SplittableRandom(7);
    int n = 50_000;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = random.nextInt(4) == 0 ? random.nextLong(64) - 32 : random.nextLong(); // many ties, both signs
    }
    List<long[]> inMemory = read(keys, 1L << 30);
    List<long[]> fromDisk = read(keys, 24 * 3000);
    assertEquals(n, inMemory.size());
    for (int i = 1; i < n; i++) {
      long[] a = inMemory.get(i - 1);
      long[] b = inMemory.get(i);
      int c = Long.compareUnsigned(a[0], b[0]);
      assertTrue(c < 0 || c == 0 && a[1] < b[1], "out of order at " + i);
      assertEquals(a[0], fromDisk.get(i - 1)[0]);
      assertEquals(a[1], fromDisk.get(i - 1)[1]);
    }
  }

  private List<long[]> read(long[] keys, long budget) {
    List<long[]> out = new ArrayList<>();
    try (Buckets b = new Buckets(budget, temp)) {
      for (int i = 0; i < keys.length; i++) {
        b.add(keys[i], i);
      }
      assertEquals(budget < 1 << 20, b.runs() > 0);
      // the runs have no name while in use, so a killed process leaves none behind
      try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(temp)) {
        assertEquals(0, files.filter(f -> f.getFileName().toString().startsWith("rasm-buckets-")).count());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      b.forEach((k, d) -> out.add(new long[] {k, d}));
    }
    return out;
  }
}
