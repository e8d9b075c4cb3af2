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
    collapsible.freeze();
  }

  Folded apply(String s) {
    int len = s.length();
    char[] out = new char[len];
    SegmentBuilder seg = new SegmentBuilder();
    int o = 0;
    int expectIn = -1; // the input index that would continue the current linear segment
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
      String token = s.substring(start, end);
      boolean another = hasTokenAfter(s, end);
      if (another && articles.contains(token)) {
        continue;
      }
      int from = start + prefixLength(token);
      if (o > 0) {
        // one space between parts: the first separator before this token
        int sep = lastSeparatorBefore(s, start);
        if (sep != expectIn) {
          seg.linear(o, sep);
        }
        out[o++] = ' ';
        expectIn = sep + 1;
      }
      int previous = -1;
      for (int j = from; j < end; j++) {
        char c = s.charAt(j);
        if (c == previous && collapsible.contains(c)) {
          continue;
        }
        if (j != expectIn) {
          seg.linear(o, j);
        }
        out[o++] = c;
        expectIn = j + 1;
        previous = c;
      }
    }
    return new Folded(s, new String(out, 0, o), FoldProfile.KEY, seg.build(o, len));
  }

  private int prefixLength(String token) {
    for (String prefix : articlePrefixes) {
      if (token.startsWith(prefix) && lettersAfter(token, prefix.length()) >= 2) {
        return prefix.length();
      }
    }
    return 0;
  }

  private static int lettersAfter(String token, int from) {
    int n = 0;
    for (int i = from; i < token.length(); i++) {
      if (Character.isLetter(token.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static boolean hasTokenAfter(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int lastSeparatorBefore(String s, int tokenStart) {
    int i = tokenStart;
    while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
