package org.rasm.lang;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into runs of one script (ICU's {@link UScript} property). Characters of the Common and Inherited
 * scripts (spaces, punctuation, digits, combining marks) join the run before them; those at the start join the
 * first run.
 *
 * <pre>{@code
 * List<ScriptRun> runs = ScriptRuns.of("قصفت طائرات «SDF» قرية");   // Arab, Latn, Arab
 * }</pre>
 */
public final class ScriptRuns {
  private static final int LETTER = 0x4000;
  // script code of each BMP character, with LETTER set for letters
  private static final short[] BMP = new short[0x10000];

  static {
    for (int c = 0; c < BMP.length; c++) {
      BMP[c] = (short) (UScript.getScript(c) | (UCharacter.isLetter(c) ? LETTER : 0));
    }
  }

  private ScriptRuns() {}

  /** The script runs of {@code text}, in order, covering all of it; empty for empty text. */
  public static List<ScriptRun> of(CharSequence text) {
    List<ScriptRun> runs = new ArrayList<>();
    int len = text.length();
    int runStart = 0;
    int runScript = UScript.COMMON;
    int letters = 0;
    for (int i = 0; i < len; ) {
      char ch = text.charAt(i);
      int cp = Character.isHighSurrogate(ch) ? Character.codePointAt(text, i) : ch;
      int info = cp < 0x10000 ? BMP[cp] : UScript.getScript(cp) | (UCharacter.isLetter(cp) ? LETTER : 0);
      int script = info & ~LETTER;
      if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN) {
        if (runScript == UScript.COMMON) {
          runScript = script; // leading Common characters join the first run
        } else if (script != runScript) {
          runs.add(new ScriptRun(runStart, i, UScript.getShortName(runScript), letters));
          runStart = i;
          runScript = script;
          letters = 0;
        }
        if ((info & LETTER) != 0) {
          letters++;
        }
      }
      i += Character.charCount(cp);
    }
    if (len > 0) {
      runs.add(new ScriptRun(runStart, len, UScript.getShortName(runScript), letters));
    }
    return runs;
  }
}
