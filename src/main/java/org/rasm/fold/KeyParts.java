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

  /** The parts of {@code s}, their offsets back to it recorded in {@code seg}. */
  String apply(String s, SegmentBuilder seg) {
    int len = s.length();
    char[] out = new char[len];
    char[] part = new char[len];
    int[] source = new int[len];
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
      } else {
        // اللاذقية: the article is cut before the ل after it collapses into the article's own, or only اذقية is left
        for (String prefix : articlePrefixes) {
          int after = start + prefix.length();
          if (s.startsWith(prefix, start) && end - after >= 2 && s.charAt(after) == prefix.charAt(prefix.length() - 1)) {
            n = collapse(s, after, end, part, source, true);
            break;
          }
        }
      }
      int from = word ? 0 : prefixLength(part, n);
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
    return new String(out, 0, o);
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

  /** How much of the part is article prefix: repeated, as long as two letters remain after it. */
  private int prefixLength(char[] part, int n) {
    int from = 0;
    boolean cut = true;
    while (cut) {
      cut = false;
      for (String prefix : articlePrefixes) {
        if (startsWith(part, from, n, prefix) && lettersIn(part, from + prefix.length(), n) >= 2) {
          from += prefix.length();
          cut = true;
          break;
        }
      }
    }
    return from;
  }

  private static boolean startsWith(char[] part, int from, int n, String prefix) {
    if (n - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (part[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int lettersIn(char[] part, int from, int n) {
    int letters = 0;
    for (int i = from; i < n; i++) {
      if (Character.isLetter(part[i])) {
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
