package org.rasm.tag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.Resolver;

/**
 * The tagger on our annotated documents (testdata/tag: 40 reports we wrote, every mention in gold.tsv). A mention
 * is right when its start, end and id are the gold's.
 */
class TaggerEvaluationTest {
  static final Path DIR = Path.of("testdata/tag");
  // the tag issue's targets
  static final double FLOOR_PRECISION = 0.97;
  static final double FLOOR_RECALL = 0.93;

  record Key(String doc, int start, int end, String id) {}

  @Test
  void precisionAndRecallOnOurAnnotatedDocuments() throws IOException {
    Tagger tagger = new Tagger(Lexicon.defaults(), new Resolver(Lexicon.defaults()));
    List<String> lines = Files.readAllLines(DIR.resolve("gold.tsv"), StandardCharsets.UTF_8);
    Set<Key> gold = new HashSet<>();
    Map<String, Integer> goldByGroup = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      gold.add(new Key(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), c[4]));
    }
    Set<String> docs = new HashSet<>();
    gold.forEach(k -> docs.add(k.doc()));
    Map<String, int[]> byGroup = new LinkedHashMap<>(); // group -> {right, predicted, gold}
    List<String> misses = new ArrayList<>();
    for (String doc : docs.stream().sorted().toList()) {
      String text = Files.readString(DIR.resolve("docs").resolve(doc), StandardCharsets.UTF_8);
      String group = doc.substring(0, doc.indexOf('-'));
      int[] g = byGroup.computeIfAbsent(group, x -> new int[3]);
      Set<Key> predicted = new HashSet<>();
      for (Mention m : tagger.tag(text)) {
        if (m.id() != null) {
          predicted.add(new Key(doc, m.start(), m.end(), m.id()));
        }
      }
      Set<Key> docGold = new HashSet<>();
      gold.stream().filter(k -> k.doc().equals(doc)).forEach(docGold::add);
      for (Key p : predicted) {
        if (docGold.contains(p)) {
          g[0]++;
        } else if (misses.size() < 60) {
          misses.add("  extra " + doc + " " + text.substring(p.start(), p.end()) + " " + p.id());
        }
      }
      for (Key k : docGold) {
        if (!predicted.contains(k) && misses.size() < 120) {
          misses.add("  missed " + doc + " " + text.substring(k.start(), k.end()) + " " + k.id());
        }
      }
      g[1] += predicted.size();
      g[2] += docGold.size();
    }
    int right = 0;
    int predicted = 0;
    int all = 0;
    StringBuilder report = new StringBuilder("tagger on testdata/tag:");
    for (Map.Entry<String, int[]> e : byGroup.entrySet()) {
      int[] g = e.getValue();
      right += g[0];
      predicted += g[1];
      all += g[2];
      report.append(String.format(" %s P %.3f R %.3f;", e.getKey(), (double) g[0] / g[1], (double) g[0] / g[2]));
    }
    double p = (double) right / predicted;
    double r = (double) right / all;
    report.append(String.format(" all P %.3f R %.3f F1 %.3f (%d right, %d found, %d in gold)", p, r, 2 * p * r / (p + r), right, predicted, all));
    System.out.println(report);
    misses.forEach(System.out::println);
    assertTrue(p >= FLOOR_PRECISION, report.toString());
    assertTrue(r >= FLOOR_RECALL, report.toString());
  }
}
