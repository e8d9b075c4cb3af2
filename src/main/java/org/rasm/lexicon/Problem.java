package org.rasm.lexicon;

/**
 * Something wrong with a lexicon row, or worth a look.
 *
 * <pre>{@code
 * for (Problem p : LexiconChecker.check(lexicon)) {
 *   System.out.println(p);   // "lexicons/actors.tsv:12: error: unknown parent 'actor:nusra'"
 * }
 * }</pre>
 *
 * @param file the file, as it was named when loaded
 * @param line the 1-based line, 0 when the problem is about the file as a whole
 * @param severity {@code error} (the lexicon is refused) or {@code ambiguity} (two entities share a name key)
 * @param message what is wrong
 */
public record Problem(String file, int line, Severity severity, String message) {
  /** How bad a problem is. */
  public enum Severity {
    ERROR("error"),
    AMBIGUITY("ambiguity");

    private final String id;

    Severity(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + severity.id() + ": " + message;
  }
}
