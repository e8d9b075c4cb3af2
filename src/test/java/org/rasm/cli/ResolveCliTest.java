package org.rasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ResolveCliTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void resolvePrintsOneObjectPerNameInOrder() throws IOException {
    CliTest.Result r = CliTest.rasm("", "resolve", "Abu Kamal", "البوكمال", "Mosul");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(3, lines.length);
    JsonNode first = json.readTree(lines[0]);
    assertEquals("Abu Kamal", first.get("query").asText());
    assertEquals("place:albu-kamal", first.get("id").asText());
    assertEquals("place", first.get("type").asText());
    assertTrue(first.get("candidates").isArray());
    assertEquals(json.readTree(lines[1]).get("id"), first.get("id"));
    JsonNode none = json.readTree(lines[2]);
    assertTrue(none.get("id").isNull());
    assertTrue(none.get("match").isNull());
  }

  @Test
  void stdinTypesAndExplain() throws IOException {
    CliTest.Result r = CliTest.rasm("SDF\n\nقسد\n", "resolve", "--stdin", "--type", "actor", "--explain");
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length);
    JsonNode o = json.readTree(lines[1]);
    assertEquals("actor:sdf", o.get("id").asText());
    assertTrue(o.get("explain").has("rule"), o.toString());
    assertEquals(2, CliTest.rasm("", "resolve").code());
    assertEquals(2, CliTest.rasm("", "resolve", "--type", "planet", "x").code());
  }

  @Test
  void tagPrintsMentionsOrDocuments() throws IOException {
    CliTest.Result r = CliTest.rasm("Shelling hit al-Bokamal and بدير الزور.", "tag");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length);
    JsonNode first = json.readTree(lines[0]);
    assertEquals("-", first.get("file").asText());
    assertEquals(13, first.get("start").asInt());
    assertEquals(23, first.get("end").asInt());
    assertEquals("place:albu-kamal", first.get("id").asText());
    JsonNode doc = json.readTree(CliTest.rasm("Local sources said that the shelling hit the town of al-Bokamal on Monday.", "tag", "--format", "doc").out());
    assertEquals("en", doc.get("language").asText());
    assertEquals(1, doc.get("mentions").size());
    assertEquals(2, CliTest.rasm("", "tag", "--format", "pdf").code());
  }

  @Test
  void tagMarksTextAndWritesOnePageAndKeepsOrderOnThreads() {
    assertEquals("Clashes near [[al-Bokamal|place:albu-kamal]] and ب[[دير الزور|place:dayr-az-zawr]]\n",
        CliTest.rasm("Clashes near al-Bokamal and بدير الزور\n", "tag", "--format", "text").out());
    String page = CliTest.rasm("Clashes near al-Bokamal <b>and</b> بدير الزور\n", "tag", "--format", "html").out();
    assertTrue(page.startsWith("<!DOCTYPE html>"), page);
    assertTrue(page.contains("<mark class=\"place\" title=\"place:albu-kamal (exact)\">al-Bokamal</mark>"), page);
    assertTrue(page.contains("dir=\"auto\""), page);
    assertTrue(page.contains("&lt;b&gt;and&lt;/b&gt;"), "text is escaped");
    assertTrue(page.contains("<h2>Entities found</h2>"), page);
    assertEquals(CliTest.rasm("", "tag", "--threads", "1", "testdata/tag/docs").out(),
        CliTest.rasm("", "tag", "--threads", "3", "testdata/tag/docs").out());
    assertEquals(2, CliTest.rasm("", "tag", "--threads", "0").code());
  }

  @Test
  void stripTakesTheUsersOwnPatternsAndRefusesBrokenOnes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws IOException {
    java.nio.file.Path mine = java.nio.file.Files.writeString(tmp.resolve("bp.tsv"), "kind\tpattern\tnote\nline\t^sponsored\\b\tads\n");
    CliTest.Result r = CliTest.rasm("Shelling hit Hajin on Monday, residents said.\nSponsored: buy now\n", "strip", "--boilerplate", mine.toString());
    assertEquals("Shelling hit Hajin on Monday, residents said.\n", r.out());
    java.nio.file.Path broken = java.nio.file.Files.writeString(tmp.resolve("bad.tsv"), "kind\tpattern\tnote\nline\t(unclosed\tx\n");
    CliTest.Result bad = CliTest.rasm("x", "strip", "--boilerplate", broken.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains(broken + ":2: bad pattern"), bad.err());
    JsonNode o = json.readTree(CliTest.rasm("SOHR\nFour people were killed near Hajin.\n", "strip", "--format", "jsonl").out());
    assertEquals("outlet:sohr", o.get("source").asText());
    assertEquals(0, o.get("removed").get(0).get("start").asInt());
  }

  @Test
  void translitInEachScheme() {
    assertEquals("al-Bukmal\n", CliTest.rasm("", "translit", "البوكمال").out());
    assertEquals("Hlb\n", CliTest.rasm("", "translit", "--scheme", "buckwalter", "حلب").out());
    assertEquals("حلب\n", CliTest.rasm("", "translit", "--scheme", "buckwalter", "--reverse", "Hlb").out());
    assertEquals(2, CliTest.rasm("", "translit", "--scheme", "din", "x").code());
  }
}
