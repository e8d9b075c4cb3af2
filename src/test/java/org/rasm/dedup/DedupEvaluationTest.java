package org.rasm.dedup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasm.Rasm;

/**
 * Deduplication on our corpus (testdata/dedup: reports we wrote, their re-posts, edited, truncated and translated
 * copies, template reports that must stay apart, unrelated stories; gold clusters in gold.tsv). Pairwise precision
 * and recall, separately for pairs in one language and across languages.
 */
class DedupEvaluationTest {
  static final Path DIR = Path.of("testdata/dedup");

  record Pairs(int right, int found, int gold) {
    double precision() {
      return found == 0 ? 1 : (double) right / found;
    }

    double recall() {
      return gold == 0 ? 1 : (double) right / gold;
    }
  }

  static Map<String, Pairs> evaluate(Signer signer, List<String[]> gold) throws IOException {
    List<Signature> sigs = new ArrayList<>();
    for (String[] g : gold) {
      sigs.add(signer.sign(g[0], Files.readString(DIR.resolve("docs").resolve(g[0]), StandardCharsets.UTF_8)));
    }
    List<Duplicate> result = new Deduplicator(Deduplicator.DEFAULT_THRESHOLD, true).run(sigs);
    int[][] counts = new int[2][3]; // [same, cross][right, found, gold]
    for (int i = 0; i < gold.size(); i++) {
      for (int j = i + 1; j < gold.size(); j++) {
        int cross = gold.get(i)[3].equals(gold.get(j)[3]) ? 0 : 1;
        boolean same = gold.get(i)[1].equals(gold.get(j)[1]);
        boolean found = result.get(i).cluster() == result.get(j).cluster();
        counts[cross][0] += same && found ? 1 : 0;
        counts[cross][1] += found ? 1 : 0;
        counts[cross][2] += same ? 1 : 0;
      }
    }
    Map<String, Pairs> m = new HashMap<>();
    m.put("same", new Pairs(counts[0][0], counts[0][1], counts[0][2]));
    m.put("cross", new Pairs(counts[1][0], counts[1][1], counts[1][2]));
    return m;
  }

  @Test
  void pairwisePrecisionAndRecall() throws IOException {
    List<String> lines = Files.readAllLines(DIR.resolve("gold.tsv"), StandardCharsets.UTF_8);
    List<String[]> gold = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      gold.add(line.split("\t", -1));
    }
    Map<String, Pairs> with = evaluate(new Signer(Rasm.defaults(), 100), gold);
    Map<String, Pairs> without = evaluate(new Signer(Rasm.defaults(), 100, false), gold);
    String report = String.format("dedup on testdata/dedup (%d documents): same-language P %.3f R %.3f (%d/%d/%d); "
            + "cross-language P %.3f R %.3f (%d/%d/%d); without entity ids in the shingles: same-language R %.3f",
        gold.size(), with.get("same").precision(), with.get("same").recall(), with.get("same").right(), with.get("same").found(),
        with.get("same").gold(), with.get("cross").precision(), with.get("cross").recall(), with.get("cross").right(),
        with.get("cross").found(), with.get("cross").gold(), without.get("same").recall());
    System.out.println(report);
    assertTrue(with.get("same").precision() >= FLOOR_SAME_PRECISION, report);
    assertTrue(with.get("same").recall() >= FLOOR_SAME_RECALL, report);
    assertTrue(with.get("cross").precision() >= FLOOR_CROSS_PRECISION, report);
    assertTrue(with.get("cross").recall() >= FLOOR_CROSS_RECALL, report);
  }

  // measured 1.000/1.000 in one language and 1.000/0.899 across (the dedup issue asks 0.98/0.90 and 0.90/0.70); the
  // floors sit just under the measurement so that a regression fails
  static final double FLOOR_SAME_PRECISION = 0.98;
  static final double FLOOR_SAME_RECALL = 0.98;
  static final double FLOOR_CROSS_PRECISION = 0.95;
  static final double FLOOR_CROSS_RECALL = 0.87;
}
