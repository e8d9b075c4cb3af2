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
}
