package org.rasm.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasm.cli.RasmCommand;

class SparkDedupIT {
  private static final Path CORPUS = Path.of("testdata/dedup/docs");
  private static SparkSession spark;
  @TempDir static Path dir;
  private static Path corpus;
  private static Map<String, Row> cli;

  @BeforeAll
  static void start() throws IOException {
    spark = LocalSpark.start("SparkDedupIT");
    corpus = dir.resolve("corpus.jsonl");
    List<String> lines;
    try (Stream<Path> files = Files.walk(CORPUS)) {
      lines = files.filter(Files::isRegularFile).sorted().map(f -> {
        try {
          return "{\"id\":" + json(CORPUS.relativize(f).toString()) + ",\"text\":" + json(Files.readString(f)) + "}";
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
    Files.write(corpus, lines);
    cli = rasmDedup(corpus);
  }

  /** What {@code rasm dedup} makes of a JSON lines file, by document, in input order. */
  private static Map<String, Row> rasmDedup(Path jsonl) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RasmCommand.run(new String[] {"dedup", "--input", "jsonl", "--field", "text", "--id-field", "id", jsonl.toString()},
        new ByteArrayInputStream(new byte[0]), out, err);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    Path result = Files.createTempFile(dir, "cli", ".jsonl");
    Files.write(result, out.toByteArray());
    return byDoc(spark.read().json(result.toString()));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void sameClustersAsRasmDedupOnTestdata() throws IOException {
    Path out = dir.resolve("spark-jsonl");
    assertEquals(0, DedupJob.run(spark, "--input", corpus.toString(), "--id-field", "id", "--output", out.toString(),
        "--output-format", "jsonl"));
    Map<String, Row> sparkRows = byDoc(spark.read().json(out.toString()));
    // the corpus has near copies and translations (exact copies are tested on text files below), so a job that
    // paired nothing, or only one layer, fails here
    assertTrue(cli.values().stream().map(r -> r.<String>getAs("kind")).collect(Collectors.toSet())
        .containsAll(List.of("unique", "near", "translation")));
    assertEquals(cli.keySet(), sparkRows.keySet());
    int kindsAgree = 0;
    for (Map.Entry<String, Row> e : cli.entrySet()) {
      Row c = e.getValue();
      Row s = sparkRows.get(e.getKey());
      assertEquals(c.<String>getAs("of"), s.<String>getAs("of"), e.getKey());
      assertEquals(c.<Long>getAs("cluster"), s.<Long>getAs("cluster"), e.getKey());
      kindsAgree += c.getAs("kind").equals(s.getAs("kind")) ? 1 : 0;
    }
    System.out.printf("SparkDedupIT: %d documents, %d clusters, same as rasm dedup; kind agrees for %d%n", cli.size(),
        cli.values().stream().filter(r -> r.getAs("kind").equals("unique")).count(), kindsAgree);
    // output in input order, as rasm dedup writes it, part file after part file (Spark's readers take the largest first)
    List<String> order = new java.util.ArrayList<>();
    try (Stream<Path> parts = Files.list(out)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(part)) {
          order.add(line.substring(line.indexOf("\"doc\":\"") + 7, line.indexOf("\",\"cluster\"")));
        }
      }
    }
    assertEquals(List.copyOf(cli.keySet()), order);
  }

  @Test
  void parquetInAndOutGiveTheSameClusters() throws IOException {
    Path part = dir.resolve("part.jsonl");
    Files.write(part, Files.readAllLines(corpus).subList(0, 40));
    Map<String, Row> expected = rasmDedup(part);
    Path parquet = dir.resolve("part.parquet");
    spark.read().json(part.toString()).coalesce(1).write().parquet(parquet.toString());
    Path out = dir.resolve("spark-parquet");
    assertEquals(0, DedupJob.run(spark, "--input", parquet.toString(), "--input-format", "parquet", "--id-field", "id",
        "--output", out.toString()));
    Dataset<Row> written = spark.read().parquet(out.toString());
    assertEquals(List.of("doc", "cluster", "kind", "of", "score"), List.of(written.columns()));
    Map<String, Row> found = byDoc(written);
    assertEquals(expected.keySet(), found.keySet());
    for (Row r : found.values()) {
      Row e = expected.get(r.<String>getAs("doc"));
      assertEquals(List.of(e.<String>getAs("of"), e.<Long>getAs("cluster")), List.of(r.<String>getAs("of"), r.<Long>getAs("cluster")));
    }
    assertTrue(found.values().stream().map(r -> r.<String>getAs("of")).distinct().count() < 40, "the 40 documents hold copies");
  }

  @Test
  void textFilesAreReadInPathOrder() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("text"));
    String report = "Clashes broke out near al-Bokamal on Tuesday between the SDF and government forces, "
        + "killing 12 fighters, the Syrian Observatory said. The fighting spread to villages east of Deir ez-Zor.";
    Files.writeString(docs.resolve("b.txt"), report);
    Files.writeString(docs.resolve("a.txt"), "An unrelated note about the weather in Aleppo, which was mild and dry all week.");
    Files.writeString(docs.resolve("c.txt"), report);
    Path out = dir.resolve("spark-text");
    assertEquals(0, DedupJob.run(spark, "--input", docs.toString(), "--input-format", "text", "--output", out.toString(),
        "--output-format", "jsonl"));
    List<Row> rows = spark.read().json(out.toString()).collectAsList();
    assertEquals(List.of("unique", "unique", "exact"), rows.stream().map(r -> r.<String>getAs("kind")).toList());
    assertTrue(rows.get(2).<String>getAs("of").endsWith("/b.txt"), rows.toString());
    assertEquals(List.of(0L, 1L, 1L), rows.stream().map(r -> r.<Long>getAs("cluster")).toList());
  }

  @Test
  void componentsAreLabelledWithTheirLeastVertex() {
    StructType edges = new StructType().add("a", DataTypes.LongType).add("b", DataTypes.LongType);
    // a chain of six (more rounds than one), a pair, and an edge given twice in both directions
    List<Row> rows = List.of(RowFactory.create(6L, 5L), RowFactory.create(5L, 4L), RowFactory.create(4L, 3L),
        RowFactory.create(3L, 2L), RowFactory.create(2L, 7L), RowFactory.create(7L, 1L), RowFactory.create(9L, 8L),
        RowFactory.create(8L, 9L), RowFactory.create(9L, 8L));
    Dataset<Row> labels = ConnectedComponents.of(spark.createDataFrame(rows, edges));
    Map<Long, Long> found = new HashMap<>();
    labels.collectAsList().forEach(r -> found.put(r.getLong(0), r.getLong(1)));
    assertEquals(Map.of(1L, 1L, 2L, 1L, 3L, 1L, 4L, 1L, 5L, 1L, 6L, 1L, 7L, 1L, 8L, 8L, 9L, 8L), found);
  }

  private static Map<String, Row> byDoc(Dataset<Row> rows) {
    Map<String, Row> m = new LinkedHashMap<>();
    rows.collectAsList().forEach(r -> m.put(r.getAs("doc"), r));
    return m;
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
