package org.rasm.lexicon;

import java.util.List;

/**
 * A lexicon that cannot be used: every problem found, each naming its file and line. Nothing of it was loaded.
 *
 * <pre>{@code
 * try {
 *   Lexicon.load(List.of(Path.of("my-places.tsv")));
 * } catch (LexiconException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class LexiconException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public LexiconException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    int shown = 0;
    for (Problem p : problems) {
      if (shown++ == 10) {
        sb.append("\n… and ").append(problems.size() - 10).append(" more");
        break;
      }
      sb.append(shown > 1 ? "\n" : "").append(p);
    }
    return sb.toString();
  }
}
