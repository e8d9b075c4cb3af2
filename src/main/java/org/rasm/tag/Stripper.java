package org.rasm.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.Span;
import org.rasm.fold.TextFolder;

/**
 * Takes the masthead and the boilerplate out of a document, and finds who published it.
 *
 * <ul>
 *   <li>Boilerplate: lines that match a pattern of {@code boilerplate.tsv} (cookie banners, share and follow
 *       prompts, copyright lines, subscription prompts, "Read also" lists with their items, publication stamps, menu
 *       rows, "Continue reading" links), in both languages.
 *   <li>Masthead: the short lines at the head of the document that are mostly the name of an outlet, or that are
 *       its name, a dash or bar, and a tagline.
 *   <li>Source: the outlet of the masthead; else the outlet of a dateline in the first lines ("DEIR EZZOR – SOHR:",
 *       "إدلب - عنب بلدي:"); else an outlet's web domain in the text.
 * </ul>
 *
 * <pre>{@code
 * Stripper stripper = new Stripper(tagger);
 * Stripped s = stripper.strip(page);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Stripper {
  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);
  private static final int HEAD_LINES = 5;
  private static final int SHORT_LINE = Tagger.TITLE_LINE;
  private static final int LIST_ITEM = 160;
  private static final Pattern LIST_MARK = Pattern.compile("^\\s*([-•»*–—]|[0-9]+[.)])");
  private static final String TAGLINE_SEPARATORS = "-\u2013\u2014|";
  private static final Pattern DOMAIN_HINT = Pattern.compile("[A-Za-z0-9]\\.[A-Za-z]{2}");
  private static final Pattern DATELINE = Pattern.compile("^[^:\\n]{0,60}[-–—][^:\\n]{0,40}:");

  /**
   * A line that folds to more than this is a paragraph, not boilerplate, and no rule is tried on it. The longest
   * boilerplate line of the test corpus (a cookie banner) has 152 chars.
   */
  static final int MAX_BOILERPLATE_LINE = 1000;
  /**
   * The chars a rule may read of a line, per char of the line: a pattern that would backtrack for longer (nested
   * repetition, overlapping alternatives) gives up and does not match, so no pattern, ours or a user's, can take
   * much longer on a line than a simple one. Simple patterns read each char a few times.
   */
  private static final int READS_PER_CHAR = 100;
  private static final int READS_PER_LINE = 10_000;

  /**
   * A pattern that begins with ^ is tried at the start of the line only, not searched for along it. A user's own
   * pattern reads the line through a budget; ours are checked on hostile lines by the tests, and read it directly,
   * twice as fast.
   */
  private record Rule(boolean list, Pattern pattern, boolean anchored, boolean budgeted) {
    Rule(boolean list, Pattern pattern, boolean budgeted) {
      this(list, pattern, pattern.pattern().startsWith("^"), budgeted);
    }
  }

  /** A line as a rule reads it: a rule that reads more than its budget of chars stops. */
  private static final class Budgeted implements CharSequence {
    private static final RuntimeException SPENT = new RuntimeException("read budget spent", null, false, false) {};
    private final String text;
    private long left;

    Budgeted(String text) {
      this.text = text;
    }

    Budgeted renew() {
      left = (long) READS_PER_CHAR * text.length() + READS_PER_LINE;
      return this;
    }

    @Override
    public char charAt(int index) {
      if (--left < 0) {
        throw SPENT;
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private final Tagger tagger;
  private final List<Rule> rules = new ArrayList<>();
  // a matcher per rule and thread, reset for each line: no matcher is allocated per line
  private final ThreadLocal<Matcher[]> matchers = ThreadLocal.withInitial(this::newMatchers);

  public Stripper(Tagger tagger) {
    this(tagger, List.of());
  }

  /**
   * @param extra files of the user's own in the format of {@code boilerplate.tsv}: more patterns
   * @throws IllegalArgumentException naming the file and line of a bad row or pattern
   */
  public Stripper(Tagger tagger, List<java.nio.file.Path> extra) {
    this.tagger = tagger;
    for (DataTable.Row row : DataTable.read(Stripper.class, "boilerplate.tsv", 3)) {
      rules.add(new Rule(row.cell(0).equals("list"), Pattern.compile(checked(row.cell(1))), false));
    }
    for (java.nio.file.Path file : extra) {
      readUserPatterns(file);
    }
  }

  private void readUserPatterns(java.nio.file.Path file) {
    List<String> lines;
    try {
      lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
    }
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 3 || !(c[0].equals("line") || c[0].equals("list"))) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected kind (line or list), pattern and note");
      }
      try {
        rules.add(new Rule(c[0].equals("list"), Pattern.compile(checked(c[1])), true));
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": bad pattern: " + e.getDescription(), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * {@code pattern}, refused when it repeats a group that itself holds a repetition ({@code (a+)+}, {@code (\w+ ?)*}):
   * such a pattern can take time exponential in the length of a line that almost matches. A repeated group made
   * atomic, {@code (?>...)}, or whose repetitions inside are possessive ({@code a++}), backtracks into none of its
   * repetitions and is accepted.
   */
  static String checked(String pattern) {
    // for each open group: whether it repeats something inside, and whether it is atomic
    java.util.ArrayDeque<boolean[]> groups = new java.util.ArrayDeque<>();
    boolean[] top = {false, false};
    boolean lastWasRepeatingGroup = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      boolean closedRepeating = false;
      switch (c) {
        case '\\' -> {
          if (i + 1 < pattern.length() && (pattern.charAt(i + 1) == 'Q')) {
            int end = pattern.indexOf("\\E", i + 2);
            i = end < 0 ? pattern.length() : end + 1;
          } else if (pattern.startsWith("{", i + 2) && "pPxN".indexOf(pattern.charAt(i + 1)) >= 0) {
            // \p{L}, \x{41}, \N{NAME}: braces that are no quantifier
            int end = pattern.indexOf('}', i + 2);
            i = end < 0 ? pattern.length() : end;
          } else {
            i++;
          }
        }
        case '[' -> i = classEnd(pattern, i);
        case '(' -> {
          groups.push(top);
          top = new boolean[] {false, pattern.startsWith("(?>", i)};
        }
        case ')' -> {
          closedRepeating = top[0] && !top[1];
          top = groups.isEmpty() ? new boolean[] {false, false} : groups.pop();
          top[0] |= closedRepeating; // an atomic group is never backtracked into
        }
        case '*', '+', '{', '?' -> {
          if (c == '{' && pattern.indexOf('}', i) < 0) {
            return pattern; // not a quantifier: Pattern.compile says what is wrong
          }
          // a fixed count repeats, but only a variable one makes a group ambiguous inside: ([a-z]{2} )+ is safe,
          // (a{1,3})+ and (a+){3} are not
          boolean repeats = c != '?' && !(c == '{' && boundedByOne(pattern, i));
          boolean variable = repeats && !(c == '{' && fixedCount(pattern, i));
          boolean possessive = possessiveAt(pattern, i);
          if (repeats && lastWasRepeatingGroup) {
            throw new IllegalArgumentException("nested repetition (a repeated group that repeats inside) can take exponential time: "
                + pattern + "; make the group atomic (?>...) or its repetitions possessive (a++)");
          }
          if (variable && !possessive) {
            top[0] = true;
          }
          if (c == '{') {
            i = pattern.indexOf('}', i);
          }
          if (i + 1 < pattern.length() && (pattern.charAt(i + 1) == '+' || pattern.charAt(i + 1) == '?')) {
            i++;
          }
        }
        default -> { }
      }
      lastWasRepeatingGroup = closedRepeating;
    }
    return pattern;
  }

  private static int classEnd(String p, int open) {
    int depth = 0;
    for (int i = open; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && i > open + 1 && !(i == open + 2 && p.charAt(open + 1) == '^')) {
        if (--depth == 0) {
          return i;
        }
      }
    }
    return p.length();
  }

  /** Whether {@code {...}} at {@code i} is {n} or {n,1}/{0,1}: no repetition. */
  private static boolean boundedByOne(String p, int i) {
    int end = p.indexOf('}', i);
    if (end < 0) {
      return false;
    }
    String[] nm = p.substring(i + 1, end).split(",", -1);
    try {
      return nm.length == 1 ? Integer.parseInt(nm[0].trim()) <= 1 : !nm[1].isBlank() && Integer.parseInt(nm[1].trim()) <= 1;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** True for {@code {n}}, a count with no choice in it. */
  private static boolean fixedCount(String p, int i) {
    return p.substring(i + 1, p.indexOf('}', i)).indexOf(',') < 0;
  }

  private static boolean possessiveAt(String p, int i) {
    int end = p.charAt(i) == '{' ? p.indexOf('}', i) : i;
    return end >= 0 && end + 1 < p.length() && p.charAt(end + 1) == '+';
  }

  private record Line(int start, int end, int next) {}

  public Stripped strip(CharSequence document) {
    String text = document.toString();
    List<Line> lines = lines(text);
    boolean[] drop = new boolean[lines.size()];
    boolean inList = false;
    for (int k = 0; k < lines.size(); k++) {
      Line l = lines.get(k);
      String folded = SEARCH.foldToString(text.substring(l.start(), l.end())).strip();
      if (folded.isEmpty()) {
        inList = false;
        continue;
      }
      if (inList && folded.length() <= LIST_ITEM && LIST_MARK.matcher(text.substring(l.start(), l.end())).find()) {
        drop[k] = true;
        continue;
      }
      inList = false;
      if (folded.length() > MAX_BOILERPLATE_LINE) {
        continue;
      }
      Matcher[] m = matchers.get();
      Budgeted line = new Budgeted(folded);
      for (int i = 0; i < m.length; i++) {
        Rule r = rules.get(i);
        if (matches(r, m[i], r.budgeted() ? line.renew() : folded)) {
          drop[k] = true;
          inList = r.list();
          break;
        }
      }
    }
    String source = null;
    int seen = 0;
    for (int k = 0; k < lines.size() && seen < HEAD_LINES; k++) {
      Line l = lines.get(k);
      if (l.end() == l.start() || drop[k]) {
        continue;
      }
      seen++;
      String outlet = mastheadOutlet(text, l);
      if (outlet == null) {
        break; // the head ends at the first line that is not a masthead
      }
      drop[k] = true;
      source = source == null ? outlet : source;
    }
    if (source == null) {
      source = datelineOrDomain(text, lines, drop);
    }
    // blank lines at the head and the foot of what is left go with the lines around them
    for (int k = 0; k < lines.size() && (drop[k] || isBlank(text, lines.get(k))); k++) {
      drop[k] = true;
    }
    for (int k = lines.size() - 1; k >= 0 && (drop[k] || isBlank(text, lines.get(k))); k--) {
      drop[k] = true;
    }
    List<Span> kept = new ArrayList<>();
    List<Span> removed = new ArrayList<>();
    StringBuilder body = new StringBuilder(text.length());
    for (int k = 0; k < lines.size(); k++) {
      Line l = lines.get(k);
      Span whole = new Span(l.start(), l.next());
      if (drop[k]) {
        removed.add(whole);
      } else if (whole.length() > 0) {
        kept.add(whole);
        body.append(text, whole.start(), whole.end());
      }
    }
    return new Stripped(body.toString(), kept, removed, source);
  }

  private static boolean matches(Rule r, Matcher m, CharSequence line) {
    try {
      return r.anchored() ? m.reset(line).lookingAt() : m.reset(line).find();
    } catch (RuntimeException e) {
      if (e != Budgeted.SPENT) {
        throw e;
      }
      return false;
    } finally {
      m.reset(""); // lets go of the line
    }
  }

  private Matcher[] newMatchers() {
    Matcher[] m = new Matcher[rules.size()];
    for (int i = 0; i < m.length; i++) {
      m[i] = rules.get(i).pattern().matcher("");
    }
    return m;
  }

  /** The outlet a short head line is mostly the name of, or null. */
  private String mastheadOutlet(String text, Line l) {
    if (l.end() - l.start() > SHORT_LINE) {
      return null;
    }
    String line = text.substring(l.start(), l.end());
    int letters = letters(line, 0, line.length());
    int covered = 0;
    String outlet = null;
    boolean withTagline = false;
    for (Mention m : tagger.tag(line)) {
      if ("outlet".equals(m.type())) {
        covered += letters(line, m.start(), m.end());
        withTagline |= outlet == null && letters(line, 0, m.start()) == 0 && startsWithSeparator(line, m.end());
        outlet = outlet == null ? m.id() : outlet;
      }
    }
    return outlet != null && (covered * 2 >= letters || withTagline) ? outlet : null;
  }

  /** "Enab Baladi - Independent news from Syria": the outlet's name, then a dash or bar and its tagline. */
  private static boolean startsWithSeparator(String line, int from) {
    int i = from;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i < line.length() && TAGLINE_SEPARATORS.indexOf(line.charAt(i)) >= 0;
  }

  /** The outlet of a dateline in the first body lines, or of a web domain anywhere. */
  private String datelineOrDomain(String text, List<Line> lines, boolean[] drop) {
    int seen = 0;
    for (int k = 0; k < lines.size() && seen < HEAD_LINES; k++) {
      Line l = lines.get(k);
      if (drop[k] || l.end() == l.start()) {
        continue;
      }
      seen++;
      String line = text.substring(l.start(), l.end());
      var dateline = DATELINE.matcher(line);
      if (dateline.find()) {
        for (Mention m : tagger.tag(line.substring(0, dateline.end()))) {
          if ("outlet".equals(m.type())) {
            return m.id();
          }
        }
      }
    }
    for (Line l : lines) {
      String line = text.substring(l.start(), l.end());
      if (!DOMAIN_HINT.matcher(line).find()) {
        continue; // tagging only the lines that may hold a domain keeps stripping cheap
      }
      for (Mention m : tagger.tag(line)) {
        if ("outlet".equals(m.type()) && m.text().contains(".") && !m.text().contains(" ")) {
          return m.id(); // a domain: syriahr.com
        }
      }
    }
    return null;
  }

  private static boolean isBlank(String text, Line l) {
    return text.substring(l.start(), l.end()).isBlank();
  }

  private static int letters(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int next = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n'
          ? end + 2 : Math.min(end + 1, text.length());
      lines.add(new Line(start, end, next));
      start = next;
    }
    return lines;
  }
}
