package org.rasm;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.Lexicon;

/**
 * Generated text of the kind a crawl brings: Latin, Arabic and Persian letters, harakat and combining marks, bidi and
 * zero-width controls, C0 and C1 controls, unpaired surrogates, emoji, tokens thousands of characters long, long runs
 * of whitespace, and names of the lexicon spliced into the noise so that tagging and resolving find something.
 */
public final class MixedText {
  static final String LETTERS = "abcdeiozAEIZ '’‘`ʿʾ-–—\"“”«»,.;:!?()/ 0123456789٠١٢٣٤٥٦٧٨٩۱۲۳"
      + "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱکیےھہۀپچژگ"
      + "ḥāşéßİıŁæ가";
  static final String MARKS = "\u064B\u064C\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u06D6\u06ED\u0640"
      + "\u0300\u0301\u0302\u0307\u0308\u0327\u0338\u20D7\u1AB0";
  static final String CONTROLS = "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202E\u2066\u2067\u2069\uFEFF\u00AD"
      + "\u00A0\u2009\u3000\t\n\r\u000B\u000C\u0000\u0001\u001B\u007F\u0080\u0085\u009B\u009F\u2028\u2029";
  static final String PRESENTATION = "\uFEFB\uFEF7\uFEDF\uFE70\uFE71\uFE7C\uFDF2\uFDFA\uFB8E";
  static final List<String> EMOJI = List.of("😀", "👍🏽", "🇸🇾", "👨‍👩‍👧", "❤️", "🕌", "\uD800", "\uDFFF", "\uDBFF\uDBFF", "\uDC00\uD800");
  static final List<String> CLITICS = List.of("", "", "و", "ب", "وب", "ل", "ال", "al-", "the ", "(", "«", "\"");

  private static final List<String> NAMES = Lexicon.defaults().entities().stream()
      .flatMap(e -> e.names().stream())
      .filter(n -> !n.isBlank())
      .distinct()
      .sorted()
      .toList();

  private MixedText() {}

  /** Every name of the bundled lexicon (English, Arabic, aliases). */
  static List<String> names() {
    return NAMES;
  }

  static Arbitrary<String> name() {
    return Arbitraries.of(NAMES);
  }

  /** A short piece: a few characters of one kind or another. */
  static Arbitrary<String> noise() {
    String all = LETTERS + MARKS + CONTROLS + PRESENTATION;
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(all.toCharArray()).ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().withChars(LETTERS.toCharArray()).ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().withChars(MARKS.toCharArray()).ofMinLength(1).ofMaxLength(4),
        Arbitraries.strings().withChars(CONTROLS.toCharArray()).ofMinLength(1).ofMaxLength(4),
        Arbitraries.of(EMOJI));
  }

  /** A lexicon name, maybe with a clitic or an article before it and a mark, control or letter glued on. */
  static Arbitrary<String> splicedName() {
    return net.jqwik.api.Combinators.combine(Arbitraries.of(CLITICS), name(),
            Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just(""), Arbitraries.just("'s"),
                Arbitraries.strings().withChars((MARKS + CONTROLS).toCharArray()).ofLength(1)))
        .as((clitic, name, tail) -> clitic + name + tail);
  }

  /** A token thousands of characters long, or a long run of whitespace. */
  static Arbitrary<String> huge() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ابتسكلمنو\u064E\u0651".toCharArray()).ofMinLength(1000).ofMaxLength(6000),
        Arbitraries.strings().withChars("abcdefgh\u0301".toCharArray()).ofMinLength(1000).ofMaxLength(6000),
        Arbitraries.integers().between(1000, 5000).map("x"::repeat),
        Arbitraries.integers().between(100, 3000).map(" "::repeat),
        Arbitraries.integers().between(100, 3000).map(n -> " \n\t\u00A0".repeat(n / 4 + 1)),
        Arbitraries.integers().between(100, 2000).map("\u200F\u064E"::repeat));
  }

  /** Words, names and noise, sometimes a huge one, joined by spaces or glued. */
  public static Arbitrary<String> text() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, noise()), net.jqwik.api.Tuple.of(4, splicedName()), net.jqwik.api.Tuple.of(1, huge()));
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", "\n", ", ", ". ", " و", "\u200C", "\r\n\r\n");
    // the end of a text is where readers and tokenizers break most: it gets a piece of noise of its own
    Arbitrary<String> tail = Arbitraries.oneOf(Arbitraries.just(""), noise());
    return net.jqwik.api.Combinators.combine(piece.list().ofMinSize(0).ofMaxSize(14),
            separator.list().ofMinSize(14).ofMaxSize(14), tail)
        .as((pieces, seps, last) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < pieces.size(); i++) {
            sb.append(pieces.get(i)).append(seps.get(i));
          }
          return sb.append(last).toString();
        });
  }

  /** A name as a user might type it: a lexicon name with edits, or noise; sometimes huge. */
  static Arbitrary<String> query() {
    Arbitrary<String> edited = net.jqwik.api.Combinators.combine(name(), Arbitraries.integers().between(0, 40),
            Arbitraries.strings().withChars((LETTERS + MARKS + CONTROLS).toCharArray()).ofMaxLength(2))
        .as((name, at, insert) -> {
          int i = Math.min(at, name.length());
          int j = Math.min(name.length(), i + (at % 3 == 0 ? 1 : 0));
          return name.substring(0, i) + insert + name.substring(j);
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, edited), net.jqwik.api.Tuple.of(3, splicedName()),
        net.jqwik.api.Tuple.of(3, noise()), net.jqwik.api.Tuple.of(1, huge()),
        net.jqwik.api.Tuple.of(1, noise().list().ofMaxSize(5).map(l -> l.stream().collect(Collectors.joining(" ")))));
  }

  public static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : (s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + " chars)" : s).toCharArray()) {
      sb.append(c < 0x80 && c >= 0x20 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return sb.toString();
  }

  static boolean isEntity(String id) {
    return Lexicon.defaults().get(id).map(Entity::id).isPresent();
  }
}
