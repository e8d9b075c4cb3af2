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
    try (Stream<Path> s = Stream.concat(Files.list(Path.of("testdata/docs")), Files.list(Path.of("testdata/dedup/docs")).limit(12))) {
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
    for (Path doc : documents(tmp)) {
      for (String profile : List.of("display", "search", "key")) {
        for (String format : List.of("text", "jsonl")) {
          CliTest.Result whole = rasm("normalize", "--profile", profile, "--format", format, doc.toString());
          assertEquals(0, whole.code(), whole.err());
          for (String chunk : List.of("40", "61", "200")) {
            CliTest.Result pieces = rasm("normalize", "--chunk-chars", chunk, "--profile", profile, "--format", format, doc.toString());
            assertEquals(whole.out(), pieces.out(), doc + " " + profile + " " + format + " in pieces of " + chunk);
            assertEquals(whole.err(), pieces.err());
          }
        }
      }
    }
  }

  @Test
  void tagInPiecesEqualsWhole() throws IOException {
    int mentions = 0;
    for (Path doc : documents(tmp)) {
      for (String format : List.of("jsonl", "text")) {
        CliTest.Result whole = rasm("tag", "--format", format, doc.toString());
        assertEquals(0, whole.code(), whole.err());
        mentions += format.equals("jsonl") ? whole.out().lines().count() : 0;
        for (String chunk : List.of("40", "300")) {
          CliTest.Result pieces = rasm("tag", "--chunk-chars", chunk, "--format", format, doc.toString());
          assertEquals(whole.out(), pieces.out(), doc + " " + format + " in pieces of " + chunk);
          assertEquals(whole.err(), pieces.err());
        }
      }
    }
    assertTrue(mentions > 100, "the documents hold names: " + mentions);
  }
}
