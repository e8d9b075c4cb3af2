package org.rasm.fold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rasm.data.DataTable;

/**
 * The Arabic conjunctions and prepositions written joined to the next word ({@code clitics.tsv}: و, ف, ب, ك, ل and
 * their pairs; والبوكمال, بدير, لقوات), which a word may be read without when it names nothing as written. Words are
 * given search-folded.
 */
public final class ArabicClitics {
  /**
   * A word without a clitic: {@code rest} after the clitic, {@code skip} characters that a name leaves out, and whether
   * the clitic held the article's first letter (للرقة: the name is الرقة).
   */
  public record Unclitic(String rest, int skip, boolean articleKept) {}

  private record Clitic(String prefix, int kept, boolean beforeMisspelt) {}

  /** Longest first, so that a pair (وب) is taken off before its first letter (و). */
  private static final List<Clitic> CLITICS = read();
  private static final String STARTS = starts();

  private ArabicClitics() {}

  /** Whether a folded word may start with a joined clitic: a cheap test before {@link #without}. */
  public static boolean mayStartWith(String foldedWord) {
    return !foldedWord.isEmpty() && STARTS.indexOf(foldedWord.charAt(0)) >= 0;
  }

  /**
   * The ways a folded word reads without a joined clitic, longest clitic first: each is the rest of the word (at least
   * two letters) and how many characters of the word's start are not part of a name ("للرقة": the second lam is the
   * article's).
   */
  public static List<Unclitic> without(String foldedWord) {
    if (!mayStartWith(foldedWord)) {
      return List.of();
    }
    List<Unclitic> out = new ArrayList<>(2);
    for (Clitic c : CLITICS) {
      if (foldedWord.startsWith(c.prefix()) && foldedWord.length() - c.prefix().length() >= 2) {
        out.add(new Unclitic(foldedWord.substring(c.prefix().length()), c.prefix().length() - c.kept(), c.kept() > 0));
      }
    }
    return out;
  }

  /**
   * Whether the rest of a word after the clitic {@code prefix} may be read as a name spelt approximately
   * ({@code clitics.tsv}'s column misspelt); false for a prefix that is no clitic.
   */
  public static boolean mayPrecedeMisspeltName(String prefix) {
    for (Clitic c : CLITICS) {
      if (c.prefix().equals(prefix)) {
        return c.beforeMisspelt();
      }
    }
    return false;
  }

  private static List<Clitic> read() {
    List<Clitic> clitics = new ArrayList<>();
    for (DataTable.Row row : DataTable.read(ArabicClitics.class, "clitics.tsv", 4)) {
      int kept = Integer.parseInt(row.cell(1));
      if (kept < 0 || kept >= row.cell(0).length()) {
        throw new IllegalStateException("clitics.tsv:" + row.line() + ": kept must be less than the prefix's length");
      }
      if (!row.cell(2).equals("yes") && !row.cell(2).equals("no")) {
        throw new IllegalStateException("clitics.tsv:" + row.line() + ": misspelt must be yes or no");
      }
      clitics.add(new Clitic(row.cell(0), kept, row.cell(2).equals("yes")));
    }
    clitics.sort(Comparator.comparingInt((Clitic c) -> c.prefix().length()).reversed());
    return List.copyOf(clitics);
  }

  private static String starts() {
    StringBuilder sb = new StringBuilder();
    CLITICS.forEach(c -> sb.append(c.prefix().charAt(0)));
    return sb.toString();
  }
}
