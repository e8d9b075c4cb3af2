package org.rasm.fold;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The character rows of a profile's chain, compiled: maps one code point, or a short NFC segment, to its folded
 * form. Slow (ICU calls per character); {@link FoldTable} caches its results for the BMP.
 */
final class CodePointFolding {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final int MAX_ROUNDS = 4;

  private record Step(FoldRule.Op op, UnicodeSet from, String to) {}

  private final List<Step> steps = new ArrayList<>();
  private final UnicodeSet inWord = new UnicodeSet();

  CodePointFolding(List<FoldRule> chain) {
    for (FoldRule rule : chain) {
      if (rule.op().isTokenOp()) {
        continue;
      }
      steps.add(new Step(rule.op(), rule.fromSet(), rule.replacement()));
      if (rule.op() == FoldRule.Op.DELETE_IN_WORD) {
        inWord.addAll(rule.fromSet());
      }
    }
    inWord.freeze();
  }

  /** Characters that are removed between two letters and mapped elsewhere. */
  boolean isInWord(int cp) {
    return inWord.contains(cp);
  }

  /** The folded form of {@code text}, which should be one normalisation segment: NFC and the rows, to a fixpoint. */
  String fold(String text) {
    String current = NFC.normalize(replaceUnpairedSurrogates(text));
    for (int round = 0; round < MAX_ROUNDS; round++) {
      String next = NFC.normalize(applySteps(current));
      if (next.equals(current)) {
        return current;
      }
      current = next;
    }
    return current;
  }

  private static String replaceUnpairedSurrogates(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        if (sb != null) {
          sb.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (sb == null) {
          sb = new StringBuilder(text.length()).append(text, 0, i);
        }
        sb.append('\uFFFD'); // not text, and not storable as UTF-8
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  private String applySteps(String text) {
    String s = text;
    for (Step step : steps) {
      if (!step.from.containsSome(s)) {
        continue;
      }
      StringBuilder out = new StringBuilder(s.length() + 4);
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        if (step.from.contains(cp)) {
          apply(step, cp, out);
        } else {
          out.appendCodePoint(cp);
        }
      }
      s = out.toString();
    }
    return s;
  }

  private static void apply(Step step, int cp, StringBuilder out) {
    String one = new String(Character.toChars(cp));
    switch (step.op) {
      case MAP, DELETE_IN_WORD -> out.append(step.to);
      case DELETE -> { }
      case NFKC -> out.append(NFKC.normalize(one));
      case CASEFOLD -> out.append(UCharacter.foldCase(one, UCharacter.FOLD_CASE_DEFAULT));
      case STRIP_MARKS -> {
        String decomposed = NFD.normalize(one);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < decomposed.length(); ) {
          int c = decomposed.codePointAt(i);
          i += Character.charCount(c);
          if (UCharacter.getType(c) != UCharacterCategory.NON_SPACING_MARK) {
            kept.appendCodePoint(c);
          }
        }
        out.append(NFC.normalize(kept));
      }
      case DIGIT -> {
        int value = UCharacter.digit(cp, 10);
        if (value >= 0) {
          out.append((char) ('0' + value));
        } else {
          out.appendCodePoint(cp);
        }
      }
      default -> throw new AssertionError(step.op);
    }
  }

  /** True when {@code cp} starts a normalisation segment: nothing before it can compose with it or reorder around it. */
  static boolean isNfcBoundary(int cp) {
    return NFC.hasBoundaryBefore(cp);
  }

  /** True when every code point of {@code s} is an NFC segment starter. */
  static boolean allBoundaries(CharSequence s) {
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      if (!NFC.hasBoundaryBefore(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  static String nfd(int cp) {
    return NFD.getDecomposition(cp);
  }
}
