package org.rasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupCliTest {
  @TempDir Path tmp;
  static final ObjectMapper JSON = new ObjectMapper();

  /** A report, its re-post, its Arabic version, and two template reports of one monitor. */
  private Path inputs() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String name : List.of("s03-a-original-en.txt", "s03-b-repost-en.txt", "s03-e-translation-ar.txt", "t01-a-en.txt", "t01-b-en.txt")) {
      Files.copy(Path.of("testdata/dedup/docs").resolve(name), in.resolve(name));
    }
    return in;
  }

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void printsOneObjectPerDocumentAndASummary() throws IOException {
    Path in = inputs();
    CliTest.Result r = CliTest.rasm("", "dedup", in.toString());
    assertEquals(0, r.code(), r.err());
    List<JsonNode> out = lines(r.out());
    assertEquals(5, out.size());
    assertEquals("unique", out.get(0).get("kind").asText());
    assertEquals("near", out.get(1).get("kind").asText());
    assertEquals(out.get(0).get("doc").asText(), out.get(1).get("of").asText());
    assertEquals("translation", out.get(2).get("kind").asText());
    assertEquals(0, out.get(2).get("cluster").asInt());
    assertEquals("unique", out.get(3).get("kind").asText());
    assertEquals("unique", out.get(4).get("kind").asText());
    assertTrue(r.err().startsWith("rasm: 5 documents, 3 clusters, 40.0% removed, "), r.err());
  }

  @Test
  void crossLingualOffKeepsTranslationsApart() throws IOException {
    CliTest.Result r = CliTest.rasm("", "dedup", "--cross-lingual", "off", inputs().toString());
    assertEquals("unique", lines(r.out()).get(2).get("kind").asText());
  }

  @Test
  void theResultDoesNotDependOnThreads() throws IOException {
    Path in = inputs();
    assertEquals(CliTest.rasm("", "dedup", "--threads", "1", in.toString()).out(),
        CliTest.rasm("", "dedup", "--threads", "3", in.toString()).out());
  }

  @Test
  void theResultDoesNotDependOnTheMemoryBudget() throws IOException {
    Path in = inputs();
    Path spill = Files.createDirectories(tmp.resolve("spill"));
    CliTest.Result small = CliTest.rasm("", "dedup", "--memory", "1", "--temp-dir", spill.toString(), "--keep",
        tmp.resolve("keep").toString(), in.toString());
    assertEquals(CliTest.rasm("", "dedup", in.toString()).out(), small.out());
    try (var left = Files.list(spill)) {
      assertEquals(0, left.count(), "spilled files are deleted");
    }
  }

  @Test
  void keepWritesEachClustersFirstDocumentAndLeavesInputsAlone() throws IOException {
    Path in = inputs();
    Path keep = tmp.resolve("keep");
    CliTest.Result r = CliTest.rasm("", "dedup", "--keep", keep.toString(), in.toString());
    assertEquals(0, r.code(), r.err());
    try (var files = Files.list(keep)) {
      assertEquals(List.of("s03-a-original-en.txt", "t01-a-en.txt", "t01-b-en.txt"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertEquals(Files.readString(in.resolve("t01-b-en.txt")), Files.readString(keep.resolve("t01-b-en.txt")));
    try (var files = Files.list(in)) {
      assertEquals(5, files.count());
    }
  }

  @Test
  void jsonLinesInputNamesRecordsByTheirIdField() throws IOException {
    String report = Files.readString(Path.of("testdata/dedup/docs/s03-a-original-en.txt"));
    String jsonl = JSON.createObjectNode().put("url", "a").put("body", report) + "\n"
        + JSON.createObjectNode().put("url", "b").put("body", report) + "\n";
    CliTest.Result r = CliTest.rasm(jsonl, "dedup", "--input", "jsonl", "--field", "body", "--id-field", "url");
    assertEquals(0, r.code(), r.err());
    List<JsonNode> out = lines(r.out());
    assertEquals("b", out.get(1).get("doc").asText());
    assertEquals("exact", out.get(1).get("kind").asText());
    assertEquals("a", out.get(1).get("of").asText());
  }

  @Test
  void keepWritesTheRepresentativesOfJsonLinesAsLinesOfTheirFile() throws IOException {
    String copied = Files.readString(Path.of("testdata/dedup/docs/s03-a-original-en.txt"));
    String other = Files.readString(Path.of("testdata/dedup/docs/t01-a-en.txt"));
    Path in = Files.createDirectories(tmp.resolve("jin")).resolve("posts.jsonl");
    Files.writeString(in, JSON.createObjectNode().put("url", "a").put("body", copied) + "\n"
        + JSON.createObjectNode().put("url", "b").put("body", copied) + "\n"
        + JSON.createObjectNode().put("url", "c").put("body", other) + "\n");
    Path keep = tmp.resolve("jkeep");
    CliTest.Result r = CliTest.rasm("", "dedup", "--input", "jsonl", "--field", "body", "--id-field", "url", "--keep",
        keep.toString(), in.toString());
    assertEquals(0, r.code(), r.err());
    List<String> kept = Files.readAllLines(keep.resolve("posts.jsonl"));
    assertEquals(List.of("a", "c"), kept.stream().map(l -> {
      try {
        return JSON.readTree(l).get("url").asText();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList());
    try (var files = Files.list(keep)) {
      assertEquals(1, files.count(), "no temporary file is left beside it");
    }
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertEquals(2, CliTest.rasm("", "dedup", "--threshold", "1.5").code());
    assertEquals(2, CliTest.rasm("", "dedup", "--cross-lingual", "maybe").code());
    assertEquals(2, CliTest.rasm("", "dedup", "--threads", "0").code());
  }

  @Test
  void aMissingInputFailsButTheRestIsDeduplicated() throws IOException {
    Path in = inputs();
    CliTest.Result r = CliTest.rasm("", "dedup", in.resolve("t01-a-en.txt").toString(), tmp.resolve("missing.txt").toString());
    assertEquals(1, r.code());
    assertEquals(1, lines(r.out()).size());
    assertTrue(r.err().contains("missing.txt"), r.err());
  }
}
