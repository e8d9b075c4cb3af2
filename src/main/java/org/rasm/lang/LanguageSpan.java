package org.rasm.lang;

/**
 * A script run with the language found for it.
 *
 * <pre>{@code
 * for (LanguageSpan s : Rasm.defaults().detect(text).spans()) {
 *   System.out.println(s.start() + "-" + s.end() + " " + s.script() + " " + s.language() + " by " + s.method());
 * }
 * }</pre>
 *
 * @param start first UTF-16 index
 * @param end index after the last
 * @param script ISO 15924 code
 * @param language ISO 639-1 code, or null when the run is too short to tell and nothing else in the text tells
 * @param confidence 0 to 1
 * @param method how the language was decided: {@code script} (the only configured language of the script),
 *     {@code markers} (letters only that language uses), {@code function-words}, {@code model} (Lingua), {@code context} (the run took the language of other runs
 *     of its script), or {@code none}
 */
public record LanguageSpan(int start, int end, String script, String language, double confidence, String method) {}
