package org.rasm.fold;

import com.ibm.icu.text.UnicodeSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The token rows of the key profile, applied to text that the key profile's character rows have already folded
 * (so punctuation is already space): articles dropped, doubled letters kept once, one space between parts.
 */
final class KeyParts {
  private final Set<String> articles = new HashSet<>();
  private final List<String> articlePrefixes;
  private final int maxArticleLength;
  private final UnicodeSet collapsible = new UnicodeSet();

  KeyParts(List<FoldRule> chain) {
    List<String> prefixes = new java.util.ArrayList<>();
    for (FoldRule rule : chain) {
      switch (rule.op()) {
        case ARTICLE -> articles.add(rule.from());
        case ARTICLE_PREFIX -> prefixes.add(rule.from());
        case COLLAPSE_REPEATS -> collapsible.addAll(rule.fromSet());
        default -> { }
      }
    }
    articlePrefixes = List.copyOf(prefixes);
    maxArticleLength = articles.stream().mapToInt(String::length).max().orElse(0);
    collapsible.freeze();
  }

  Folded apply(String s) {
    int len = s.length();
    char[] out = new char[len];
    char[] part = new char[len];
    java.nio.CharBuffer partView = java.nio.CharBuffer.wrap(part);
    int[] source = new int[len];
    SegmentBuilder seg = new SegmentBuilder();
    int o = 0;
    int expectIn = -1; // the input index that would continue the current linear segment
    int previousEnd = 0; // end of the last part kept
    int i = 0;
    while (i < len) {
      while (i < len && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < len && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int end = i;
      if (start == end) {
        break;
      }
      // doubled letters first, so that the article tests see what the key will hold
      int n = collapse(s, start, end, part, source, true);
      // Ezz, All: a word that collapsing would turn into an article is kept as written, whole
      boolean word = n <= maxArticleLength && articles.contains(new String(part, 0, n)) && !articles.contains(s.substring(start, end));
      if (word) {
        n = collapse(s, start, end, part, source, false);
      }
      int from = 0;
      if (!word) {
        // the article is cut from the word as written, then its letters collapse: اللاذقية is ال + لاذقية, where
        // collapsing first would leave اذقية; an article that only collapsing makes is cut after, so that folding
        // twice changes nothing
        int cut = prefixLength(s, start, end);
        if (cut > 0) {
          n = collapse(s, start + cut, end, part, source, true);
        }
        from = prefixLength(partView, 0, n);
      }
      if (!word && n - from <= maxArticleLength && articles.contains(new String(part, from, n - from)) && hasTokenAfter(s, end)) {
        continue; // an article, or what is left of the part once its prefix is cut
      }
      if (o > 0) {
        // one space between parts, standing for everything between them
        int sep = previousEnd;
        if (sep != expectIn) {
          seg.linear(o, sep);
        }
        out[o++] = ' ';
        expectIn = sep + 1;
      }
      for (int k = from; k < n; k++) {
        if (source[k] != expectIn) {
          seg.linear(o, source[k]);
        }
        out[o++] = part[k];
        expectIn = source[k] + 1;
      }
      previousEnd = end;
    }
    return new Folded(s, new String(out, 0, o), FoldProfile.KEY, seg.build(o, len));
  }

  /** Copies {@code s[start, end)} into {@code part}, doubled letters once when {@code collapse}; returns the length. */
  private int collapse(String s, int start, int end, char[] part, int[] source, boolean collapse) {
    int n = 0;
    for (int j = start; j < end; j++) {
      char c = s.charAt(j);
      if (collapse && n > 0 && c == part[n - 1] && collapsible.contains(c)) {
        continue;
      }
      part[n] = c;
      source[n++] = j;
    }
    return n;
  }

  /** How much of {@code s[start, end)} is article prefix: repeated, as long as two letters remain after it. */
  private int prefixLength(CharSequence s, int start, int end) {
    int from = start;
    boolean cut = true;
    while (cut) {
      cut = false;
      for (String prefix : articlePrefixes) {
        if (startsWith(s, from, end, prefix) && lettersIn(s, from + prefix.length(), end) >= 2) {
          from += prefix.length();
          cut = true;
          break;
        }
      }
    }
    return from - start;
  }

  private static boolean startsWith(CharSequence s, int from, int end, String prefix) {
    if (end - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (s.charAt(from + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int lettersIn(CharSequence s, int from, int end) {
    int letters = 0;
    for (int i = from; i < end; i++) {
      if (Character.isLetter(s.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }

  private static boolean hasTokenAfter(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
