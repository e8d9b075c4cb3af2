package org.rasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  static Result rasm(String stdin, String... args) {
    return rasm(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static Result rasm(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RasmCommand.run(args, new ByteArrayInputStream(stdin), out, err);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void normalizeReadsStdinAndWritesStdout() {
    Result r = rasm("Dayr az-Zawr، الـبُوكَمال\n", "normalize", "--profile", "search");
    assertEquals(0, r.code(), r.err());
    assertEquals("dayr az-zawr, البوكمال\n", r.out());
    assertEquals("", r.err());
    assertEquals("dayr zawr bokamal", rasm("Dayr az-Zawr / al-Bokamal", "normalize", "--profile", "key").out());
    assertEquals("dayr zawr\r\nbokamals\nبوكمال\n", rasm("Dayr az-Zawr\r\nal-Bokamal’s\nالبُوكَمال\n", "normalize", "--profile", "key").out());
  }

  @Test
  void displayKeepsLineEndingsAndDiacritics() throws IOException {
    Path f = Files.writeString(tmp.resolve("a.txt"), "\uFEFFقَصَفَ\u200F\r\nline\u00A0two\r\n");
    Result r = rasm("", "normalize", f.toString());
    assertEquals("قَصَفَ\r\nline two\r\n", r.out());
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    Result r = rasm("", "normalize");
    assertEquals(0, r.code());
    assertEquals("", r.out());
  }

  @Test
  void outputDirectoryMirrorsTheInputTreeAndLeavesInputsAlone() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in/sub"));
    Files.writeString(in.resolve("b.txt"), "Ḥamāh");
    Files.writeString(tmp.resolve("in/a.txt"), "ʿAyn al-ʿArab");
    Files.writeString(tmp.resolve("in/.hidden"), "skip me");
    Path out = tmp.resolve("out");
    Result r = rasm("", "normalize", "--profile", "search", "-o", out.toString(), tmp.resolve("in").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals("ayn al-arab", Files.readString(out.resolve("a.txt")));
    assertEquals("hamah", Files.readString(out.resolve("sub/b.txt")));
    assertFalse(Files.exists(out.resolve(".hidden")));
    assertEquals("Ḥamāh", Files.readString(in.resolve("b.txt")));
    if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertTrue(Files.getPosixFilePermissions(out.resolve("a.txt")).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
          "written files get the usual permissions, not owner-only ones");
    }
    try (Stream<Path> files = Files.list(out)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void inPlaceRewritesOnlyWhenAsked() throws IOException {
    Path f = Files.writeString(tmp.resolve("a.txt"), "DEIR EZZOR");
    assertEquals(0, rasm("", "normalize", "--profile", "search", "--in-place", f.toString()).code());
    assertEquals("deir ezzor", Files.readString(f));
    Result r = rasm("", "normalize", "-o", tmp.toString(), f.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("would write over the input"), r.err());
  }

  @Test
  void invalidUtf8NamesFileLineAndByteAndOtherFilesGoOn() throws IOException {
    Path bad = tmp.resolve("bad.txt");
    Files.write(bad, new byte[] {'o', 'k', '\n', 'x', (byte) 0xC3, '(', '\n'});
    Path good = Files.writeString(tmp.resolve("good.txt"), "Hajin");
    Result r = rasm("", "normalize", "--profile", "search", bad.toString(), good.toString());
    assertEquals(1, r.code());
    assertEquals("hajin", r.out());
    assertTrue(r.err().contains(bad + ":2: invalid UTF-8 at byte 4"), r.err());
    assertTrue(r.err().contains("1 input failed"), r.err());
    Result replaced = rasm("", "normalize", "--on-invalid", "replace", bad.toString());
    assertEquals(0, replaced.code());
    assertEquals("ok\nx\uFFFD(\n", replaced.out());
  }

  @Test
  void binaryAndMissingFilesFail() throws IOException {
    Path bin = tmp.resolve("x.bin");
    Files.write(bin, new byte[] {1, 0, 2});
    Result r = rasm("", "normalize", bin.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(bin + ":1: binary file (NUL byte at byte 1), skipped"), r.err());
    Result missing = rasm("", "normalize", tmp.resolve("nope.txt").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("nope.txt: no such file or directory"), missing.err());
  }

  @Test
  void failFastStopsAtTheFirstFailure() throws IOException {
    Path good = Files.writeString(tmp.resolve("z.txt"), "x");
    Result r = rasm("", "normalize", "--fail-fast", tmp.resolve("missing").toString(), good.toString());
    assertEquals(1, r.code());
    assertEquals("", r.out());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, rasm("", "normalize", "--profile", "loose").code());
    assertEquals(2, rasm("", "normalize", "--in-place").code());
    assertEquals(2, rasm("", "normalize", "-o", tmp.toString(), "--in-place", "x").code());
    assertEquals(2, rasm("", "frobnicate").code());
    assertEquals(2, rasm("", "detect", "--languages", "xx").code());
  }

  @Test
  void helpListsExamples() {
    Result r = rasm("", "normalize", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Examples:"), r.out());
  }

  @Test
  void jsonLinesKeepOtherFieldsAndReportBadLines() throws IOException {
    String input = "{\"id\":\"a\",\"body\":\"DEIR EZZOR\",\"n\":1}\nnot json\n\n{\"id\":\"c\",\"body\":\"Raqqa\"}\n{\"id\":\"d\"}\n";
    Result r = rasm(input, "normalize", "--profile", "search", "--input", "jsonl", "--field", "body");
    assertEquals(1, r.code());
    assertEquals("{\"id\":\"a\",\"body\":\"deir ezzor\",\"n\":1}\n{\"id\":\"c\",\"body\":\"raqqa\"}\n", r.out());
    assertTrue(r.err().contains("-:2: not JSON"), r.err());
    assertTrue(r.err().contains("-:5: no text field 'body'"), r.err());
    Result tooLong = rasm("{\"text\":\"" + "x".repeat(100) + "\"}\n", "normalize", "--input", "jsonl", "--max-record-bytes", "50");
    assertEquals(1, tooLong.code());
    assertTrue(tooLong.err().contains("-:1: record longer than"), tooLong.err());
  }

  @Test
  void inPlaceLeavesAFileWithAnyBadRecordAsItWas() throws IOException {
    String original = "{\"bad json\n{\"text\":\"Straße\"}\n";
    Path f = Files.writeString(tmp.resolve("r.jsonl"), original);
    Result r = rasm("", "normalize", "--profile", "search", "--input", "jsonl", "--in-place", f.toString());
    assertEquals(1, r.code());
    assertEquals(original, Files.readString(f));
  }

  @Test
  void outputsNeverLandOnInputsOrOnEachOther() throws IOException {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    Files.writeString(a.resolve("x.txt"), "ORIGINAL A");
    Files.writeString(b.resolve("x.txt"), "B");
    Result over = rasm("", "normalize", "-o", a.toString(), b.resolve("x.txt").toString(), a.resolve("x.txt").toString());
    assertEquals(2, over.code(), over.err());
    assertEquals("ORIGINAL A", Files.readString(a.resolve("x.txt")));
    Path out = tmp.resolve("out");
    Result clash = rasm("", "normalize", "-o", out.toString(), a.resolve("x.txt").toString(), b.resolve("x.txt").toString());
    assertEquals(2, clash.code(), clash.err());
    assertFalse(Files.exists(out.resolve("x.txt")));
  }

  @Test
  void aFileNamedTwiceIsReadOnce() throws IOException {
    Path d = Files.writeString(tmp.resolve("d.txt"), "hello\n");
    Result r = rasm("", "normalize", "--in-place", d.toString(), d.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("hello\n", Files.readString(d));
    assertTrue(r.err().contains("named more than once"), r.err());
  }

  @Test
  void documentsOnStdoutDoNotRunTogether() throws IOException {
    Path x = Files.writeString(tmp.resolve("x.txt"), "no newline");
    Path y = Files.writeString(tmp.resolve("y.txt"), "A");
    assertEquals("no newline\nA", rasm("", "normalize", x.toString(), y.toString()).out());
  }

  @Test
  void outputDirectoriesAreNotCreatedThroughLinks() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out2"));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.createSymbolicLink(out.resolve("link"), elsewhere);
    Path in = Files.createDirectories(tmp.resolve("in2/link/sub"));
    Files.writeString(in.resolve("x.txt"), "x");
    Result r = rasm("", "normalize", "-o", out.toString(), tmp.resolve("in2").toString());
    assertEquals(1, r.code(), r.err());
    assertFalse(Files.exists(elsewhere.resolve("sub")));
  }

  @Test
  void recordLimitsMustBePositive() {
    assertEquals(2, rasm("", "normalize", "--input", "jsonl", "--max-record-bytes", "0").code());
  }

  @Test
  void detectWritesOneJsonObjectPerDocument() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(dir.resolve("ar.txt"), "قالت مصادر محلية إن قوات سوريا الديمقراطية دخلت بلدة هجين في ريف دير الزور.");
    Files.writeString(dir.resolve("en.txt"), "Local sources said that the Syrian Democratic Forces entered the town of Hajin on Monday.");
    Result r = rasm("", "detect", dir.toString());
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length);
    JsonNode ar = new ObjectMapper().readTree(lines[0]);
    assertEquals(dir.resolve("ar.txt").toString(), ar.get("file").asText());
    assertEquals("ar", ar.get("language").asText());
    assertEquals("Arab", ar.get("script").asText());
    assertTrue(ar.get("confidence").asDouble() > 0.9);
    JsonNode span = ar.get("spans").get(0);
    assertEquals(0, span.get("start").asInt());
    assertEquals("Arab", span.get("script").asText());
    assertEquals("en", new ObjectMapper().readTree(lines[1]).get("language").asText());
  }

  @Test
  void detectUsesTheIdFieldOfJsonLines() throws IOException {
    Result r = rasm("{\"url\":\"u1\",\"text\":\"دخلت قوات سوريا الديمقراطية بلدة هجين في ريف دير الزور الشرقي.\"}\n",
        "detect", "--input", "jsonl", "--id-field", "url");
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertEquals("u1", o.get("file").asText());
    assertEquals("ar", o.get("language").asText());
  }
}
