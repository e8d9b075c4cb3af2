package org.rasm.fold;

import com.ibm.icu.text.UnicodeSet;
import java.util.List;

/**
 * One profile's character rows, precomputed for every BMP character so that folding is a table lookup per
 * {@code char}. Characters whose folding depends on their neighbours (combining marks that may compose or reorder,
 * surrogates, apostrophes inside words) are flagged for the slow path in {@link TextFolder}.
 */
final class FoldTable {
  static final byte COPY = 0;
  static final byte DELETE = 1;
  static final byte EXPAND = 2;
  static final byte SLOW = 3;
  static final byte IN_WORD = 4;
  static final byte SURROGATE = 5;
  /** In {@link #fast}: the character is not {@link #COPY}; look at {@link #kind}. */
  static final char NOT_FAST = '\uFFFF';

  final CodePointFolding folding;
  final byte[] kind = new byte[0x10000];
  final char[] single = new char[0x10000];
  final String[] expansion = new String[0x10000];
  /** The folded character of each {@link #COPY} character, {@link #NOT_FAST} for the others: one lookup per char. */
  final char[] fast = new char[0x10000];

  FoldTable(List<FoldRule> chain) {
    folding = new CodePointFolding(chain);
    UnicodeSet touched = new UnicodeSet();
    for (FoldRule rule : chain) {
      if (!rule.op().isTokenOp()) {
        touched.addAll(rule.fromSet());
      }
    }
    touched.freeze();
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) {
        kind[c] = SURROGATE;
        continue;
      }
      String mapped = touched.contains(c) || CodePointFolding.nfd(c) != null
          ? folding.fold(String.valueOf((char) c))
          : null;
      classify(c, mapped);
    }
    keepCompositionsConsistent();
    if (kind[NOT_FAST] == COPY) {
      kind[NOT_FAST] = EXPAND; // the sentinel itself takes the slower path
      expansion[NOT_FAST] = String.valueOf(single[NOT_FAST]);
    }
    for (int c = 0; c < 0x10000; c++) {
      fast[c] = kind[c] == COPY ? single[c] : NOT_FAST;
    }
  }

  private void classify(int c, String mapped) {
    String m = mapped == null ? String.valueOf((char) c) : mapped;
    if (m.isEmpty()) {
      kind[c] = DELETE;
    } else if (!CodePointFolding.isNfcBoundary(c) || !CodePointFolding.allBoundaries(m)) {
      kind[c] = SLOW;
    } else if (m.length() > 1) {
      kind[c] = EXPAND;
      expansion[c] = m;
    } else {
      // an apostrophe-like, or whatever folds to one, is removed inside words
      kind[c] = folding.isInWord(c) || folding.isInWord(m.charAt(0)) ? IN_WORD : COPY;
      single[c] = m.charAt(0);
    }
  }

  /**
   * A mark the table deletes on its own is only safe to delete without looking back if the letter it could compose
   * with folds to the same thing with or without it (أ = ا + hamza above folds to ا). Marks for which that fails
   * go to the slow path.
   */
  private void keepCompositionsConsistent() {
    for (int c = 0; c < 0x10000; c++) {
      String d = CodePointFolding.nfd(c);
      if (d == null || Character.isSurrogate((char) c)) {
        continue;
      }
      int base = d.codePointAt(0);
      boolean marksDeleted = true;
      for (int i = Character.charCount(base); i < d.length(); i++) {
        char m = d.charAt(i);
        marksDeleted &= kind[m] == DELETE;
      }
      if (!marksDeleted || base > 0xFFFF || d.length() == Character.charCount(base)) {
        continue;
      }
      if (!folding.fold(String.valueOf((char) c)).equals(folding.fold(new String(Character.toChars(base))))) {
        for (int i = Character.charCount(base); i < d.length(); i++) {
          kind[d.charAt(i)] = SLOW;
        }
      }
    }
  }

  /** The folded form of one code point; the table's answer for BMP characters, computed for the others. */
  String foldCodePoint(int cp) {
    return folding.fold(new String(Character.toChars(cp)));
  }
}
