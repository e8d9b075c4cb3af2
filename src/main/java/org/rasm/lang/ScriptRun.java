package org.rasm.lang;

/**
 * A stretch of text in one script.
 *
 * <pre>{@code
 * ScriptRuns.of("قصفت SDF").get(1).script();   // "Latn"
 * }</pre>
 *
 * @param start first UTF-16 index
 * @param end index after the last
 * @param script ISO 15924 code: {@code Arab}, {@code Latn}…; {@code Zyyy} for a text with no letters of any script
 * @param letters how many letters of the script the run holds
 */
public record ScriptRun(int start, int end, String script, int letters) {}
