package org.rasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing half-written: a {@code rasm} process killed with SIGKILL in the middle of writing leaves every output file
 * either as it was before the run or complete, byte for byte the output of a run that was not killed. What a kill can
 * leave besides is a hidden temporary file, {@code .NAME.HEX.tmp}, beside its target: rasm never reads hidden files.
 *
 * <p>The runs are child JVMs killed at moments the test sees (the first output appearing, half of them there) and at a
 * random one; the reference runs in this JVM.
 */
class CliKillTest {
  @TempDir Path tmp;

  /** The leftover a kill may leave: the hidden temporary file AtomicFiles writes beside its target. */
  private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]+\\.tmp");

  private final long seed = new Random().nextLong();
  private final Random random = new Random(seed);

  private static final String[] WORDS = ("قالت مصادر محلية إنَّ قوات سوريا الديمقراطية دخلت بلدة هجين في ريف دير الزور الشرقي "
      + "Local sources said the Syrian Democratic Forces entered Ḥajīn, east of Dayr az-Zawr, on Monday").split(" ");

  /**
   * {@code count} documents of {@code words} words each, one in {@code every} made up (every 1: documents dedup keeps
   * each of).
   */
  private static void documents(Path dir, int count, int words, int every, long seed) throws IOException {
    Random r = new Random(seed);
    Files.createDirectories(dir);
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < words; w++) {
        sb.append(w % every == 0 ? Long.toString(r.nextLong() & Long.MAX_VALUE, 36) : WORDS[r.nextInt(WORDS.length)])
            .append(w % 20 == 19 ? '\n' : ' ');
      }
      Files.writeString(dir.resolve(String.format("d%04d.txt", i)), sb.toString());
    }
  }

  private static Process start(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), RasmCommand.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Waits until {@code moment} holds (or the child ends), then kills it with SIGKILL; whether it was killed. */
  private static boolean killWhen(Process child, BooleanSupplier moment) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (child.isAlive() && !moment.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        child.destroyForcibly();
        fail("the child did not reach the moment to kill it in 60 s");
      }
      java.util.concurrent.locks.LockSupport.parkNanos(100_000);
    }
    boolean killed = child.isAlive();
    child.destroyForcibly();
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    return killed;
  }

  private static BooleanSupplier after(long millis) {
    long at = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    return () -> System.nanoTime() >= at;
  }

  /** A random moment of the writing: {@code millis} after there are {@code n} files below {@code dir}. */
  private static BooleanSupplier afterFirst(Path dir, int n, long millis) {
    BooleanSupplier first = filesIn(dir, n);
    long[] at = {Long.MAX_VALUE};
    return () -> {
      if (at[0] == Long.MAX_VALUE && first.getAsBoolean()) {
        at[0] = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
      }
      return System.nanoTime() >= at[0];
    };
  }

  /** At least {@code n} files below {@code dir}, visible or not (a temporary file is the first sign of writing). */
  private static BooleanSupplier filesIn(Path dir, int n) {
    return () -> count(dir) >= n;
  }

  private static long count(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).count();
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0; // not there yet, or a file went while listing
    }
  }

  /** The files below {@code dir} by relative path, with their bytes. */
  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> all = new TreeMap<>();
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          all.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
      }
    }
    return all;
  }

  /**
   * Every file below {@code dir} is as it was ({@code before}) or as the complete run wrote it ({@code complete}), or
   * a hidden temporary file; returns how many are complete.
   */
  private int assertAsBeforeOrComplete(String what, Path dir, Map<String, byte[]> before, Map<String, byte[]> complete) throws IOException {
    int done = 0;
    int temporary = 0;
    for (Map.Entry<String, byte[]> f : files(dir).entrySet()) {
      Path p = Path.of(f.getKey());
      String context = what + " (seed " + seed + "): " + f.getKey();
      if (TEMPORARY.matcher(p.getFileName().toString()).matches()) {
        temporary++;
        continue;
      }
      byte[] was = before.get(f.getKey());
      byte[] full = complete.get(f.getKey());
      boolean asBefore = was != null && java.util.Arrays.equals(was, f.getValue());
      boolean isComplete = full != null && java.util.Arrays.equals(full, f.getValue());
      assertTrue(asBefore || isComplete, context + " is neither as it was nor complete");
      done += isComplete && !asBefore ? 1 : 0;
    }
    for (String f : before.keySet()) {
      assertTrue(Files.exists(dir.resolve(f)), what + ": " + f + " was there before and is gone");
    }
    System.out.println(what + ": " + done + " of " + complete.size() + " complete, " + temporary + " temporary left");
    return done;
  }

  private static void write(Path dir, Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.createDirectories(dir.resolve(f.getKey()).getParent());
      Files.write(dir.resolve(f.getKey()), f.getValue());
    }
  }

  @Test
  void normalizeToAFolderAndInPlace() throws IOException, InterruptedException {
    Path in = tmp.resolve("in");
    documents(in.resolve("a"), 100, 1500, 7, 1);
    documents(in.resolve("b"), 99, 1500, 7, 2);
    // written first, and long enough to be caught in the middle of its writing were it written in place
    Files.writeString(in.resolve("a/a-long.txt"), Files.readString(in.resolve("a/d0000.txt")).repeat(400));
    Path reference = tmp.resolve("reference");
    CliTest.Result r = CliTest.rasm("", "normalize", "--profile", "search", "-o", reference.toString(), in.toString());
    assertEquals(0, r.code(), r.err());
    Map<String, byte[]> complete = files(reference);
    assertEquals(200, complete.size());
    // a third of the outputs are there from an earlier run, and must stay as they were or become complete
    Map<String, byte[]> earlier = new TreeMap<>();
    complete.keySet().stream().filter(k -> k.hashCode() % 3 == 0).forEach(k -> earlier.put(k, ("earlier " + k).getBytes(StandardCharsets.UTF_8)));

    List<String> moments = List.of("first file", "half the files", "random");
    for (String moment : moments) {
      Path out = tmp.resolve("out-" + moments.indexOf(moment));
      write(out, earlier);
      Process child = start(tmp.resolve("log"), "normalize", "--profile", "search", "-o", out.toString(), in.toString());
      BooleanSupplier when = switch (moment) {
        case "first file" -> filesIn(out, earlier.size() + 1);
        case "half the files" -> filesIn(out, earlier.size() + 100);
        default -> afterFirst(out, earlier.size() + 1, random.nextInt(500));
      };
      boolean killed = killWhen(child, when);
      int done = assertAsBeforeOrComplete("normalize -o, killed at " + moment, out, earlier, complete);
      if (!moment.equals("random")) {
        assertTrue(killed && done < 200, "killed before the end: " + done);
      }
    }
    // the next run completes what was left, temporary files or not
    Path out = tmp.resolve("out-0");
    CliTest.Result again = CliTest.rasm("", "normalize", "--profile", "search", "-o", out.toString(), in.toString());
    assertEquals(0, again.code(), again.err());
    assertEquals(complete.size(), assertAsBeforeOrComplete("the run after", out, Map.of(), complete));
    // what a kill left behind is never read as input
    CliTest.Result read = CliTest.rasm("", "normalize", "--format", "jsonl", out.toString());
    assertEquals(0, read.code(), read.err());
    assertEquals(complete.size(), read.out().lines().count());
    assertTrue(read.out().lines().noneMatch(l -> l.contains(".tmp\"")), "temporary files are hidden");

    // --in-place: each input is as it was or normalized
    Map<String, byte[]> originals = files(in);
    Map<String, byte[]> normalized = new TreeMap<>();
    complete.forEach(normalized::put);
    FileTime untouched = Files.getLastModifiedTime(in.resolve("a"));
    Process child = start(tmp.resolve("log"), "normalize", "--profile", "search", "--in-place", in.toString());
    // a folder's time changes when the first temporary file is made in it
    assertTrue(killWhen(child, () -> {
      try {
        return !Files.getLastModifiedTime(in.resolve("a")).equals(untouched);
      } catch (IOException e) {
        return false;
      }
    }));
    int done = assertAsBeforeOrComplete("normalize --in-place", in, originals, normalized);
    assertTrue(done < 200, "killed before the end: " + done);
  }

  @Test
  void dedupKeep() throws IOException, InterruptedException {
    // text: a file per kept document, each written when its cluster is known
    Path in = tmp.resolve("in");
    documents(in, 120, 150, 1, 3);
    Path reference = tmp.resolve("reference");
    CliTest.Result r = CliTest.rasm("", "dedup", "--keep", reference.toString(), "--temp-dir", tmp.toString(), in.toString());
    assertEquals(0, r.code(), r.err());
    Map<String, byte[]> complete = files(reference);
    assertEquals(120, complete.size(), "every document is its own cluster");
    Path keep = tmp.resolve("keep");
    Process child = start(tmp.resolve("log"), "dedup", "--keep", keep.toString(), "--temp-dir", tmp.toString(), in.toString());
    // on a slow disk the writing takes seconds, on tmpfs a few milliseconds: the kill may come after the end there
    killWhen(child, afterFirst(keep, 1, random.nextInt(50)));
    assertAsBeforeOrComplete("dedup --keep, killed at a random moment of the writing", keep, Map.of(), complete);

    // JSON lines: a file per input file, each complete when the run ends
    Path jsonl = tmp.resolve("jsonl");
    Files.createDirectories(jsonl);
    List<Path> texts;
    try (Stream<Path> list = Files.list(in)) {
      texts = list.sorted().toList();
    }
    for (int f = 0; f < 6; f++) {
      StringBuilder lines = new StringBuilder();
      for (int i = f; i < texts.size(); i += 6) {
        lines.append("{\"text\":").append(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Files.readString(texts.get(i)))).append("}\n");
      }
      Files.writeString(jsonl.resolve("part-" + f + ".jsonl"), lines);
    }
    Path jsonReference = tmp.resolve("json-reference");
    r = CliTest.rasm("", "dedup", "--input", "jsonl", "--keep", jsonReference.toString(), "--temp-dir", tmp.toString(), jsonl.toString());
    assertEquals(0, r.code(), r.err());
    complete = files(jsonReference);
    assertEquals(6, complete.size());
    Path jsonKeep = tmp.resolve("json-keep");
    child = start(tmp.resolve("log"), "dedup", "--input", "jsonl", "--keep", jsonKeep.toString(), "--temp-dir", tmp.toString(), jsonl.toString());
    killWhen(child, filesIn(jsonKeep, 1));
    assertAsBeforeOrComplete("dedup --input jsonl --keep, killed at the first file", jsonKeep, Map.of(), complete);
  }

  @Test
  void lexiconImport() throws IOException, InterruptedException {
    // a GeoNames dump big enough for the import to take a while; the target holds an earlier import
    Path dump = tmp.resolve("SY.txt");
    Random r = new Random(4);
    String[] syllables = {"ka", "ra", "ma", "din", "bu", "sal", "ha", "jin", "ta", "ri", "qa", "zor", "mi", "ya"};
    StringBuilder sb = new StringBuilder(Files.readString(Path.of("testdata/lexicon/geonames/SY.txt")));
    for (int i = 0; i < 4000; i++) {
      String name = syllables[r.nextInt(14)] + syllables[r.nextInt(14)] + syllables[r.nextInt(14)] + " " + syllables[r.nextInt(14)] + i;
      sb.append(8_000_000 + i).append('\t').append(name).append('\t').append(name).append("\t\t35.1\t40.2\tP\tPPL\tSY\t\t07\t\t\t\t")
          .append(i).append("\t\t200\tAsia/Damascus\t2020-01-01\n");
    }
    Files.writeString(dump, sb);
    Path earlier = tmp.resolve("earlier/places.tsv");
    CliTest.Result first = CliTest.rasm("", "lexicon", "import", "geonames", "testdata/lexicon/geonames/SY.txt", "--into", earlier.toString());
    assertEquals(0, first.code(), first.err());
    Map<String, byte[]> before = files(earlier.getParent());
    Path reference = tmp.resolve("reference");
    write(reference, before);
    CliTest.Result full = CliTest.rasm("", "lexicon", "import", "geonames", dump.toString(), "--into", reference.resolve("places.tsv").toString());
    assertEquals(0, full.code(), full.err());
    Map<String, byte[]> complete = files(reference);

    // the file is written in one go: the moment that matters is while its temporary file is there
    List<String> moments = List.of("temporary file", "random");
    for (int i = 0; i < moments.size(); i++) {
      Path dir = tmp.resolve("target-" + i);
      write(dir, before);
      Process child = start(tmp.resolve("log"), "lexicon", "import", "geonames", dump.toString(), "--into", dir.resolve("places.tsv").toString());
      Path target = dir.resolve("places.tsv");
      long size = Files.size(target);
      // a temporary file beside it, or the target itself changing, were it written in place
      BooleanSupplier writing = () -> count(dir) >= 2 || target.toFile().length() != size;
      killWhen(child, moments.get(i).equals("random") ? after(500 + random.nextInt(4000)) : writing);
      assertAsBeforeOrComplete("lexicon import, killed at " + moments.get(i), dir, before, complete);
    }
  }
}
