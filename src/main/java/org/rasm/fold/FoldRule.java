package org.rasm.fold;

import com.ibm.icu.text.UnicodeSet;
import java.util.Objects;

/**
 * One row of the folding table ({@code fold-rules.tsv}).
 *
 * <pre>{@code
 * for (FoldRule r : FoldRules.chain(FoldProfile.SEARCH)) {
 *   System.out.println(r.op().id() + " " + r.from() + ": " + r.note());
 * }
 * }</pre>
 *
 * @param profile the profile the row belongs to; later profiles include the rows of earlier ones
 * @param op what the row does to the characters (or, for token ops, the text) in {@code from}
 * @param from a code point, an ICU {@link UnicodeSet} pattern, or for token ops the literal text
 * @param to the replacement for {@link Op#MAP} and {@link Op#DELETE_IN_WORD}, empty otherwise
 * @param note what the row is for
 * @param example {@code input => output} of the row's profile, with backslash-u escapes (as in Java source)
 * @param line the row's line number in the table, for messages
 */
public record FoldRule(FoldProfile profile, Op op, String from, String to, String note, String example, int line) {

  /** What a row does. */
  public enum Op {
    MAP("map", false),
    DELETE("delete", false),
    DELETE_IN_WORD("delete-in-word", false),
    NFKC("nfkc", false),
    CASEFOLD("casefold", false),
    STRIP_MARKS("strip-marks", false),
    DIGIT("digit", false),
    ARTICLE("article", true),
    ARTICLE_PREFIX("article-prefix", true),
    COLLAPSE_REPEATS("collapse-repeats", true);

    private final String id;
    private final boolean tokenOp;

    Op(String id, boolean tokenOp) {
      this.id = id;
      this.tokenOp = tokenOp;
    }

    /** The op as written in the table. */
    public String id() {
      return id;
    }

    /** True for ops that work on key parts rather than on single characters; they apply in {@link FoldProfile#KEY}. */
    public boolean isTokenOp() {
      return tokenOp;
    }

    static Op of(String id) {
      for (Op op : values()) {
        if (op.id.equals(id)) {
          return op;
        }
      }
      throw new IllegalArgumentException("unknown op '" + id + "'");
    }
  }

  public FoldRule {
    Objects.requireNonNull(profile);
    Objects.requireNonNull(op);
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    Objects.requireNonNull(note);
    Objects.requireNonNull(example);
  }

  /** The characters the row applies to; for token ops, the characters of the literal text. */
  public UnicodeSet fromSet() {
    if (op == Op.ARTICLE || op == Op.ARTICLE_PREFIX) {
      return new UnicodeSet().addAll(from).freeze();
    }
    if (from.startsWith("U+")) {
      return new UnicodeSet(parseCodePoint(from), parseCodePoint(from)).freeze();
    }
    return new UnicodeSet(from).freeze();
  }

  /** The replacement text: the {@code to} column's code points. */
  public String replacement() {
    StringBuilder sb = new StringBuilder();
    for (String cp : to.trim().split(" +")) {
      if (!cp.isEmpty()) {
        sb.appendCodePoint(parseCodePoint(cp));
      }
    }
    return sb.toString();
  }

  /** The example's input, unescaped. */
  public String exampleInput() {
    return unescape(exampleParts()[0]);
  }

  /** The example's expected output, unescaped. */
  public String exampleOutput() {
    return unescape(exampleParts()[1]);
  }

  private String[] exampleParts() {
    String[] parts = example.split(" => ", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("example must read 'input => output': " + example);
    }
    return parts;
  }

  /** Resolves backslash escapes: u followed by four hex digits, t, r, n, and any other character as itself. */
  static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        sb.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'n' -> sb.append('\n');
        default -> sb.append(n);
      }
    }
    return sb.toString();
  }

  static int parseCodePoint(String s) {
    if (!s.startsWith("U+") || s.length() < 6 || s.length() > 8) {
      throw new IllegalArgumentException("expected a code point written U+XXXX, got '" + s + "'");
    }
    int cp = Integer.parseInt(s.substring(2), 16);
    if (cp > Character.MAX_CODE_POINT) {
      throw new IllegalArgumentException("not a code point: " + s);
    }
    return cp;
  }
}
