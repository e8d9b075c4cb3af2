package org.rasm.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptRunsTest {
  @Test
  void commonAndInheritedCharactersJoinTheRunBeforeThem() {
    String s = "قصفت طائرات «SDF» في 2018، ثم Deir ez-Zor.";
    List<ScriptRun> runs = ScriptRuns.of(s);
    assertEquals(List.of("Arab", "Latn", "Arab", "Latn"), runs.stream().map(ScriptRun::script).toList());
    assertEquals(List.of("قصفت طائرات «", "SDF» ", "في 2018، ثم ", "Deir ez-Zor."),
        runs.stream().map(r -> s.substring(r.start(), r.end())).toList());
  }

  @Test
  void leadingCommonCharactersJoinTheFirstRun() {
    List<ScriptRun> runs = ScriptRuns.of("2018 - حلب");
    assertEquals(1, runs.size());
    assertEquals(new ScriptRun(0, 10, "Arab", 3), runs.get(0));
  }

  @Test
  void textWithoutLettersIsOneCommonRun() {
    assertEquals(List.of(new ScriptRun(0, 7, "Zyyy", 0)), ScriptRuns.of("12 - 34"));
    assertEquals(List.of(), ScriptRuns.of(""));
  }

  @Test
  void marksAndSupplementaryCharactersStayInTheirRun() {
    List<ScriptRun> runs = ScriptRuns.of("قَصَفَ 😀 e\u0301");
    assertEquals(List.of("Arab", "Latn"), runs.stream().map(ScriptRun::script).toList());
    assertEquals(3, runs.get(0).letters());
  }
}
