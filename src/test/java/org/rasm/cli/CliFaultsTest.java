package org.rasm.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input through every command that reads documents: each fault is named as {@code file:line} (or the file, when
 * it cannot be opened), the rest is processed exactly as if the bad input had not been there, the exit code is 1 and
 * the last line of stderr sums up what failed. {@code --fail-fast} stops at the first.
 */
class CliFaultsTest {
  @TempDir Path tmp;

  private static final String AR = "قالت مصادر محلية إن قوات سوريا الديمقراطية دخلت بلدة هجين في ريف دير الزور الشرقي.\n";
  private static final String EN = "Local sources said the Syrian Democratic Forces entered Hajin, east of Deir ez-Zor.\n";

  /** The command's arguments before the PATHs; dedup's summary on stderr holds a time, its stdout does not. */
  private static String[] command(String name, String... more) {
    List<String> args = new ArrayList<>(List.of(name));
    if (name.equals("dedup") || name.equals("tag")) {
      args.addAll(List.of("--threads", "2"));
    }
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  private static CliTest.Result run(String[] command, List<Path> paths) {
    List<String> args = new ArrayList<>(List.of(command));
    paths.forEach(p -> args.add(p.toString()));
    return CliTest.rasm("", args.toArray(new String[0]));
  }

  private static String lastLine(String s) {
    String[] lines = s.split("\n");
    return lines[lines.length - 1];
  }

  @ParameterizedTest
  @ValueSource(strings = {"normalize", "detect", "tag", "strip", "dedup"})
  void textFaultsAreNamedAndTheRestIsProcessedAsIfTheyWereNotThere(String name) throws IOException {
    Path good1 = Files.writeString(tmp.resolve("1-good.txt"), AR);
    Path badUtf8 = Files.write(tmp.resolve("2-bad.txt"), bytes("ok\nstill ok\nx", new byte[] {(byte) 0xC3, '('}, "\n"));
    Path binary = Files.write(tmp.resolve("3-image.png"), bytes("PNG\r\n\u001a\n", new byte[] {0, 0, 0, 13}, "IHDR"));
    Path missing = tmp.resolve("4-missing.txt");
    Path notAFolder = Files.writeString(tmp.resolve("5-plain"), "x");
    Path underAFile = notAFolder.resolve("x.txt"); // cannot be opened even by root
    Path good2 = Files.writeString(tmp.resolve("6-good.txt"), EN);
    List<Path> faulty = new ArrayList<>(List.of(good1, badUtf8, binary, missing, underAFile, good2));

    CliTest.Result reference = run(command(name), List.of(good1, good2));
    assertEquals(0, reference.code(), reference.err());
    assertFalse(reference.out().isEmpty());
    CliTest.Result r = run(command(name), faulty);
    assertEquals(1, r.code(), r.err());
    assertEquals(reference.out(), r.out(), "the good files give the same output as on their own");
    assertTrue(r.err().contains("rasm: error: " + badUtf8 + ":3: invalid UTF-8 at byte 13"), r.err());
    assertTrue(r.err().contains("rasm: error: " + binary + ":3: binary file (NUL byte at byte 7)"), r.err());
    assertTrue(r.err().contains("rasm: error: " + missing + ": no such file or directory"), r.err());
    assertTrue(r.err().contains("rasm: error: " + underAFile + ": cannot read: not a directory"), r.err());
    assertEquals("rasm: 4 inputs failed (" + badUtf8 + ":3, " + binary + ":3, " + missing + ", " + underAFile + ")", lastLine(r.err()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"normalize", "detect", "tag", "strip", "dedup"})
  void jsonLineFaultsAreNamedAndTheOtherLinesAreProcessedAsIfTheyWereNotThere(String name) throws IOException {
    String good1 = "{\"id\":\"g1\",\"text\":" + quoted(AR) + "}\n";
    String good2 = "{\"id\":\"g2\",\"text\":" + quoted(EN) + ",\"n\":1.5e3}\n";
    String ok = "{\"id\":\"g3\",\"text\":\"Raqqa\"}\n";
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    lines.writeBytes(good1.getBytes(StandardCharsets.UTF_8));
    String[] bad = {
        "not json",                                                         // 2
        "{\"id\":\"t\",\"text\":\"a\"} {\"id\":\"u\",\"text\":\"b\"}",      // 3: two values on one line
        "{\"id\":\"v\",\"text\":\"a\"} trailing",                           // 4
        "[\"text\"]",                                                       // 5
        "{\"id\":\"w\",\"text\":\"a\",\"x\":" + "[".repeat(70) + "]".repeat(70) + "}", // 6: too deep
        "{\"id\":\"y\",\"text\":\"a\",\"n\":" + "9".repeat(500) + "}",    // 7: a number of 500 digits
        "{\"id\":\"z\",\"text\":\"" + "x".repeat(3000) + "\"}",            // 8: longer than --max-record-bytes
        "{\"id\":\"q\"}",                                                   // 9
        "{\"id\":\"r\",\"text\":\"a\"",                                     // 10: cut short
    };
    for (String b : bad) {
      lines.writeBytes((b + "\n").getBytes(StandardCharsets.UTF_8));
    }
    lines.writeBytes(bytes("{\"id\":\"s\",\"text\":\"", new byte[] {(byte) 0xFF}, "\"}\n")); // 11
    lines.writeBytes(good2.getBytes(StandardCharsets.UTF_8));
    lines.writeBytes(ok.getBytes(StandardCharsets.UTF_8)); // no line feed at the end
    Path faulty = Files.write(tmp.resolve("posts.jsonl"), trimLastNewline(lines.toByteArray()));
    Path clean = Files.writeString(tmp.resolve("clean.jsonl"), good1 + good2 + ok);

    String[] cmd = command(name, "--input", "jsonl", "--id-field", "id", "--max-record-bytes", "2048");
    CliTest.Result reference = run(cmd, List.of(clean));
    assertEquals(0, reference.code(), reference.err());
    CliTest.Result r = run(cmd, List.of(faulty));
    assertEquals(1, r.code(), r.err());
    assertEquals(reference.out(), r.out());
    String f = faulty.toString();
    for (String expected : List.of(f + ":2: not JSON", f + ":3: not JSON: Trailing token", f + ":4: not JSON: Unrecognized token 'trailing'",
        f + ":5: not a JSON object", f + ":6: not JSON: Document nesting depth (65) exceeds the maximum allowed (64",
        f + ":7: not JSON: Number value length", f + ":8: record longer than --max-record-bytes 2048",
        f + ":9: no text field 'text'", f + ":10: not JSON: Unexpected end-of-input", f + ":11: invalid UTF-8 at byte 18 of the line")) {
      assertTrue(r.err().contains("rasm: error: " + expected), expected + " in\n" + r.err());
    }
    assertEquals("rasm: 10 inputs failed (" + f + ":2, " + f + ":3, " + f + ":4, " + f + ":5, " + f + ":6 and 5 more)", lastLine(r.err()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"normalize", "detect", "tag", "strip", "dedup"})
  void failFastStopsAtTheFirstFailure(String name) throws IOException {
    Path bad = Files.write(tmp.resolve("1.txt"), new byte[] {'a', (byte) 0xFF});
    Path good = Files.writeString(tmp.resolve("2.txt"), AR + EN);
    CliTest.Result r = run(command(name, "--fail-fast"), List.of(bad, good, tmp.resolve("3-missing")));
    assertEquals(1, r.code(), r.err());
    assertEquals("", r.out(), "nothing after the failure");
    assertEquals("rasm: 1 input failed (" + bad + ":1); stopped there by --fail-fast", lastLine(r.err()));
    assertFalse(r.err().contains("3-missing"), r.err());
    Path jsonl = Files.writeString(tmp.resolve("r.jsonl"), "{\"text\":" + quoted(AR) + "}\n{\"text\":\n{\"text\":" + quoted(EN) + "}\n");
    CliTest.Result lines = run(command(name, "--fail-fast", "--input", "jsonl"), List.of(jsonl));
    assertEquals(1, lines.code());
    assertEquals("rasm: 1 input failed (" + jsonl + ":2); stopped there by --fail-fast", lastLine(lines.err()));
    if (name.equals("dedup")) {
      assertEquals("", lines.out(), "no clusters of a partial input");
    } else {
      assertFalse(lines.out().isEmpty(), "what came before the failure is written");
      assertFalse(lines.out().contains("Syrian") || lines.out().contains(jsonl + ":3"), "nothing after it: " + lines.out());
    }
  }

  @Test
  void aStringTooLongForTheParserIsALineErrorAndTheNextLineIsRead() throws IOException {
    // beyond RasmCommand.MAX_JSON_STRING; the line limit is raised so that the parser's own limit is the one hit
    Path f = tmp.resolve("huge.jsonl");
    try (var out = Files.newOutputStream(f)) {
      out.write("{\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] block = "abcdefghij".repeat(100_000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i <= RasmCommand.MAX_JSON_STRING / block.length; i++) {
        out.write(block);
      }
      out.write("\"}\n{\"text\":\"AFTER\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    CliTest.Result r = CliTest.rasm("", "normalize", "--profile", "search", "--input", "jsonl", "--max-record-bytes", "30000000", f.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(f + ":1: not JSON: String value length"), r.err());
    assertEquals("{\"text\":\"after\"}\n", r.out());
  }

  @Test
  void aFileNoOneMayReadFailsWithItsName() throws IOException {
    Assumptions.assumeTrue(Files.getFileStore(tmp).supportsFileAttributeView("posix"));
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "x");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(secret), "root reads any file; the path below a file covers this case then");
    Path good = Files.writeString(tmp.resolve("good.txt"), "Hajin");
    CliTest.Result r = CliTest.rasm("", "normalize", secret.toString(), good.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(secret + ": cannot read: permission denied"), r.err());
    assertEquals("Hajin", r.out());
  }

  @Test
  void aReadErrorInTheMiddleOfAFileFailsWithItsName() throws IOException {
    // reading /proc/self/mem from offset 0 fails with EIO even for root: the closest thing to a bad disk
    Path mem = Path.of("/proc/self/mem");
    Assumptions.assumeTrue(Files.exists(mem));
    Path good = Files.writeString(tmp.resolve("good.txt"), "Hajin");
    CliTest.Result r = CliTest.rasm("", "strip", mem.toString(), good.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(mem + ": cannot read: "), r.err());
    assertEquals("Hajin", r.out());
  }

  @Test
  void resolveStdinNamesBadLinesAndResolvesTheOthers() {
    byte[] input = bytes("Raqqa\nx", new byte[] {(byte) 0xC3, '('}, "\nHa\u0000jin\n" + "y".repeat(ResolveCommand.MAX_NAME_BYTES + 1) + "\n\nHajin\r\n");
    CliTest.Result reference = CliTest.rasm("Raqqa\nHajin\n", "resolve", "--stdin");
    CliTest.Result r = CliTest.rasm(input, "resolve", "--stdin");
    assertEquals(1, r.code());
    assertEquals(reference.out(), r.out());
    assertTrue(r.err().contains("rasm: error: -:2: invalid UTF-8 at byte 1 of the line"), r.err());
    assertTrue(r.err().contains("rasm: error: -:3: NUL byte"), r.err());
    assertTrue(r.err().contains("rasm: error: -:4: line longer than " + ResolveCommand.MAX_NAME_BYTES + " bytes"), r.err());
    assertEquals("rasm: 3 inputs failed (-:2, -:3, -:4)", lastLine(r.err()));
    CliTest.Result fast = CliTest.rasm(input, "resolve", "--stdin", "--fail-fast");
    assertEquals(1, fast.code());
    assertEquals(1, fast.out().split("\n").length, fast.out());
    CliTest.Result replaced = CliTest.rasm(bytes("x", new byte[] {(byte) 0xC3}, "\n"), "resolve", "--stdin", "--on-invalid", "replace");
    assertEquals(0, replaced.code(), replaced.err());
    assertTrue(replaced.out().startsWith("{\"query\":\"x\uFFFD\""), replaced.out());
  }

  @Test
  void lexiconImportNamesTheFileAndLineOfBadSourcesAndLeavesTheTargetAsItWas() throws IOException {
    Path target = tmp.resolve("lexicons/places-admin.tsv");
    assertEquals(0, CliTest.rasm("", "lexicon", "import", "opensyria", "testdata/lexicon/opensyria", "--into", target.toString()).code());
    byte[] before = Files.readAllBytes(target);
    String good = Files.readString(Path.of("testdata/lexicon/opensyria/districts.json"));
    Map<byte[], String> broken = new java.util.LinkedHashMap<>();
    broken.put(good.substring(0, good.length() / 2).getBytes(StandardCharsets.UTF_8), ":\\d+: not OpenSyria JSON: Unexpected end-of-input");
    broken.put(("[\n" + "[".repeat(40) + "]".repeat(40) + "]").getBytes(StandardCharsets.UTF_8), ":2: not OpenSyria JSON: Document nesting depth");
    broken.put(("[{\"id\":\n\"" + "x".repeat((1 << 20) + 1) + "\"}]").getBytes(StandardCharsets.UTF_8), ":2: not OpenSyria JSON: String value length");
    broken.put(("[{\"id\":\"a\",\"n\":" + "1".repeat(1000) + "}]").getBytes(StandardCharsets.UTF_8), ":1: not OpenSyria JSON: Number value length");
    broken.put(bytes("[{\"id\":\"", new byte[] {(byte) 0xFF}, "\"}]"), ":1: not OpenSyria JSON: Invalid UTF-8");
    broken.put("{\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8), ": not OpenSyria JSON: expected an array of units");
    broken.put("[{\"id\":\"a\"}]".getBytes(StandardCharsets.UTF_8), ": unit 1 has no text field 'governorateId'");
    for (Map.Entry<byte[], String> b : broken.entrySet()) {
      Path dir = Files.createDirectories(tmp.resolve("src-" + broken.size() + "-" + b.getValue().hashCode()));
      for (String f : List.of("governorates.json", "districts.json", "subdistricts.json")) {
        Files.copy(Path.of("testdata/lexicon/opensyria", f), dir.resolve(f));
      }
      Files.write(dir.resolve("districts.json"), b.getKey());
      CliTest.Result r = CliTest.rasm("", "lexicon", "import", "opensyria", dir.toString(), "--into", target.toString());
      assertEquals(1, r.code(), r.err());
      String expected = "rasm: error: " + Pattern.quote(dir.resolve("districts.json").toString()) + b.getValue();
      assertTrue(Pattern.compile(expected).matcher(r.err()).lookingAt(), expected + " in " + r.err());
      assertArrayEquals(before, Files.readAllBytes(target));
    }
    Path dump = Files.write(tmp.resolve("SY.txt"), bytes("170792\tDayr\n173481\tMay", new byte[] {(byte) 0xFF}, "adin\n"));
    CliTest.Result columns = CliTest.rasm("", "lexicon", "import", "geonames", dump.toString(), "--into", target.toString());
    assertEquals("rasm: error: " + dump + ": not UTF-8, as GeoNames files are", lastLine(columns.err()));
    Files.writeString(dump, "170792\tDayr\n");
    columns = CliTest.rasm("", "lexicon", "import", "geonames", dump.toString(), "--into", target.toString());
    assertEquals("rasm: error: " + dump + ":1: a GeoNames dump row has 19 columns, this one 2", lastLine(columns.err()));
    assertArrayEquals(before, Files.readAllBytes(target));
  }

  @Test
  void aUserLexiconThatCannotBeReadSaysWhy() throws IOException {
    Path notUtf8 = Files.write(tmp.resolve("mine.tsv"), new byte[] {'i', 'd', (byte) 0xFF, '\n'});
    Path missing = tmp.resolve("gone.tsv");
    CliTest.Result r = CliTest.rasm("Hajin", "tag", "--lexicon", notUtf8.toString(), "--lexicon", missing.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("  " + notUtf8 + ":1: error: not UTF-8: invalid byte sequence at byte 2\n"), r.err());
    assertTrue(r.err().contains("  " + missing + ": error: cannot read: no such file or directory\n"), r.err());
    assertEquals("", r.out());
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\n", "\\n") + "\"";
  }

  private static byte[] bytes(String before, byte[] middle, String after) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    b.writeBytes(middle);
    b.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return b.toByteArray();
  }

  private static byte[] trimLastNewline(byte[] b) {
    return b.length > 0 && b[b.length - 1] == '\n' ? java.util.Arrays.copyOf(b, b.length - 1) : b;
  }
}
