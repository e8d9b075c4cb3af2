package org.rasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long text files read a piece at a time give what the whole file gives, whatever the size of the pieces. */
class StreamingCliTest {
  @TempDir Path tmp;

  /** The documents of testdata, and each as one single line. */
  static List<Path> documents(Path tmp) throws IOException {
    List<Path> docs = new ArrayList<>();
    try (Stream<Path> s = Stream.concat(Files.list(Path.of("testdata/docs")), Files.list(Path.of("testdata/dedup/docs")).sorted().limit(16))) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(docs::add);
    }
    List<Path> all = new ArrayList<>(docs);
    for (Path d : docs) {
      String text = Files.readString(d);
      all.add(Files.writeString(tmp.resolve("line-" + d.getFileName()), text.replace("\r\n", " ").replace('\n', ' ')));
    }
    return all;
  }

  private static CliTest.Result rasm(String... args) {
    return CliTest.rasm("", args);
  }

  @Test
  void normalizeInPiecesEqualsWhole() throws IOException {
    List<String> docs = documents(tmp).stream().map(Path::toString).toList();
    for (String profile : List.of("display", "search", "key")) {
      for (String format : List.of("text", "jsonl")) {
        CliTest.Result whole = rasm(args("normalize", "--profile", profile, "--format", format, docs));
        assertEquals(0, whole.code(), whole.err());
        for (String chunk : format.equals("text") ? List.of("40", "200") : List.of("61")) {
          CliTest.Result pieces = rasm(args("normalize", List.of("--chunk-chars", chunk, "--profile", profile, "--format", format), docs));
          assertEquals(whole.out(), pieces.out(), profile + " " + format + " in pieces of " + chunk);
          assertEquals(whole.err(), pieces.err());
        }
      }
    }
  }

  @Test
  void tagInPiecesEqualsWhole() throws IOException {
    // all the documents in one run: each run builds the name index anew
    List<String> docs = documents(tmp).stream().map(Path::toString).toList();
    for (String format : List.of("jsonl", "text")) {
      CliTest.Result whole = rasm(args("tag", "--format", format, docs));
      assertEquals(0, whole.code(), whole.err());
      if (format.equals("jsonl")) {
        assertTrue(whole.out().lines().count() > 100, "the documents hold names: " + whole.out().lines().count());
      }
      for (String chunk : List.of("64", "300")) {
        CliTest.Result pieces = rasm(args("tag", "--chunk-chars", chunk, "--format", format, docs));
        assertEquals(whole.out(), pieces.out(), format + " in pieces of " + chunk);
        assertEquals(whole.err(), pieces.err());
      }
    }
  }

  private static String[] args(String command, String option, String value, List<String> paths) {
    return args(command, List.of(option, value), paths);
  }

  private static String[] args(String command, String o1, String v1, String o2, String v2, List<String> paths) {
    return args(command, List.of(o1, v1, o2, v2), paths);
  }

  private static String[] args(String command, List<String> options, List<String> paths) {
    List<String> all = new ArrayList<>();
    all.add(command);
    all.addAll(options);
    all.addAll(paths);
    return all.toArray(String[]::new);
  }

  @Test
  void longFilesWrittenBelowAFolderOrInPlaceAreWholeOrUntouched() throws IOException {
    String text = Files.readString(Path.of("testdata/docs/mixed-ar-with-latin.txt"));
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path good = Files.writeString(in.resolve("good.txt"), text);
    Path bad = in.resolve("bad.txt");
    byte[] broken = (text + text + "\n").getBytes(StandardCharsets.UTF_8);
    broken[broken.length - 2] = (byte) 0xC3; // invalid UTF-8 near the end, after many pieces
    Files.write(bad, broken);
    Path binary = Files.writeString(in.resolve("binary.txt"), text + text + "\u0000" + text);
    String expected = rasm("normalize", "--profile", "search", good.toString()).out();

    CliTest.Result r = rasm("normalize", "--chunk-chars", "50", "--profile", "search", "-o", tmp.resolve("out").toString(), in.toString());
    assertEquals(1, r.code());
    long line = 1;
    for (int i = 0; i < broken.length - 2; i++) {
      line += broken[i] == '\n' ? 1 : 0;
    }
    assertTrue(r.err().contains("bad.txt:" + line + ": invalid UTF-8 at byte " + (broken.length - 2)), r.err());
    assertEquals(expected, Files.readString(tmp.resolve("out/good.txt")));
    assertTrue(!Files.exists(tmp.resolve("out/bad.txt")), "nothing written for the broken file");
    byte[] binaryBytes = Files.readAllBytes(binary);
    int nul = 0;
    long nulLine = 1;
    while (binaryBytes[nul] != 0) {
      nulLine += binaryBytes[nul++] == '\n' ? 1 : 0;
    }
    assertTrue(r.err().contains("rasm: error: " + binary + ":" + nulLine + ": binary file (NUL byte at byte " + nul + "), skipped"), r.err());
    assertTrue(!Files.exists(tmp.resolve("out/binary.txt")), "nothing written for the binary file");

    r = rasm("normalize", "--chunk-chars", "50", "--profile", "search", "--in-place", in.toString());
    assertEquals(1, r.code());
    assertEquals(expected, Files.readString(good));
    assertTrue(java.util.Arrays.equals(broken, Files.readAllBytes(bad)), "the broken file left as it was");
    try (Stream<Path> left = Files.list(in)) {
      assertEquals(3, left.count(), "no temporary files left");
    }
  }

  @Test
  void longStdinIsReadInPieces() {
    String text = "Clashes in Deir ez-Zor and al-Bokamal. اشتباكات في دير الزور والبوكمال\n".repeat(20);
    CliTest.Result whole = CliTest.rasm(text, "tag");
    CliTest.Result pieces = CliTest.rasm(text, "tag", "--chunk-chars", "100");
    assertEquals(0, pieces.code(), pieces.err());
    assertEquals(whole.out(), pieces.out());
    assertEquals(CliTest.rasm(text, "normalize", "--profile", "key").out(), CliTest.rasm(text, "normalize", "--profile", "key", "--chunk-chars", "64").out());
  }

  @Test
  void commandsThatNeedAWholeDocumentRefuseOneOverTheLimit() throws IOException {
    Path big = Files.writeString(tmp.resolve("big.txt"), "Deir ez-Zor ".repeat(100));
    Path small = Files.writeString(tmp.resolve("small.txt"), "Deir ez-Zor");
    for (List<String> command : List.of(List.of("detect"), List.of("strip"), List.of("tag", "--format", "doc"), List.of("tag", "--format", "html"),
        List.of("dedup"))) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--max-record-bytes", "1000", big.toString(), small.toString()));
      CliTest.Result r = rasm(args.toArray(String[]::new));
      assertEquals(1, r.code(), command + ": " + r.err());
      assertTrue(r.err().contains("rasm: error: " + big + ": longer than --max-record-bytes 1000 bytes"), command + ": " + r.err());
      assertTrue(!r.err().contains(small.toString()), command + ": " + r.err());
    }
    // normalize and tag read it a piece at a time instead
    assertEquals(0, rasm("tag", "--max-record-bytes", "1000", big.toString()).code());
  }

  /** It used to leave the good file unchanged too, "because some of its records failed". */
  @Test
  void aFileThatFailsInPlaceLeavesTheNextOneToBeRewritten() throws IOException {
    Path bad = Files.write(tmp.resolve("a.txt"), new byte[] {'a', (byte) 0xFF, '\n'});
    Path good = Files.writeString(tmp.resolve("b.txt"), "Al-Bokamal\n");
    Path jsonl = Files.writeString(tmp.resolve("c.jsonl"), "{\"text\": \"Al-Bokamal\"}\n");
    Path badJsonl = Files.writeString(tmp.resolve("d.jsonl"), "not json\n{\"text\": \"Al-Bokamal\"}\n");
    CliTest.Result r = rasm("normalize", "--profile", "search", "--in-place", bad.toString(), good.toString());
    assertEquals(1, r.code());
    assertEquals("al-bokamal\n", Files.readString(good), r.err());
    r = rasm("normalize", "--input", "jsonl", "--profile", "search", "--in-place", badJsonl.toString(), jsonl.toString());
    assertEquals(1, r.code());
    assertEquals("{\"text\":\"al-bokamal\"}\n", Files.readString(jsonl), r.err());
    assertTrue(r.err().contains(badJsonl + ": left unchanged"), r.err());
  }
}
