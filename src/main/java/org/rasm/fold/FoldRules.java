package org.rasm.fold;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The folding table, read from {@code fold-rules.tsv} beside this class.
 *
 * <pre>{@code
 * long searchRows = FoldRules.all().stream().filter(r -> r.profile() == FoldProfile.SEARCH).count();
 * }</pre>
 */
public final class FoldRules {
  private static final String RESOURCE = "fold-rules.tsv";
  private static final List<FoldRule> DEFAULT = load();

  private FoldRules() {}

  /** Every row of the bundled table, in file order. */
  public static List<FoldRule> all() {
    return DEFAULT;
  }

  /** The rows that {@code profile} applies, in order: its own and those of the profiles before it. */
  public static List<FoldRule> chain(FoldProfile profile) {
    List<FoldRule> rules = new ArrayList<>();
    for (FoldRule r : DEFAULT) {
      if (r.profile().ordinal() <= profile.ordinal()) {
        rules.add(r);
      }
    }
    return List.copyOf(rules);
  }

  private static List<FoldRule> load() {
    try (InputStream in = FoldRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<FoldRule> parse(BufferedReader reader) throws IOException {
    List<FoldRule> rules = new ArrayList<>();
    String line;
    int lineNo = 0;
    FoldProfile previous = FoldProfile.DISPLAY;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 6) {
        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected 6 tab-separated columns, found " + cols.length);
      }
      try {
        FoldProfile profile = FoldProfile.of(cols[0]);
        if (profile.ordinal() < previous.ordinal()) {
          throw new IllegalArgumentException("rows of " + profile.id() + " must come before those of " + previous.id());
        }
        previous = profile;
        FoldRule.Op op = FoldRule.Op.of(cols[1]);
        if (op.isTokenOp() && profile != FoldProfile.KEY) {
          throw new IllegalArgumentException(op.id() + " is a key-profile op");
        }
        FoldRule rule = new FoldRule(profile, op, cols[2], cols[3], cols[4], cols[5], lineNo);
        rule.fromSet(); // validates the pattern
        rule.exampleOutput(); // and the example
        boolean needsTo = op == FoldRule.Op.MAP || op == FoldRule.Op.DELETE_IN_WORD;
        if (needsTo != !rule.replacement().isEmpty()) {
          throw new IllegalArgumentException(needsTo ? op.id() + " needs a replacement" : op.id() + " takes no replacement");
        }
        rules.add(rule);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(rules);
  }
}
