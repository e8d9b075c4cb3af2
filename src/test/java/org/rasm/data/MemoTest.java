package org.rasm.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MemoTest {
  @Test
  void anAnswerIsComputedOnceWhileItsSlotHoldsIt() {
    AtomicInteger calls = new AtomicInteger();
    Memo<String, Integer> memo = new Memo<>(64, s -> {
      calls.incrementAndGet();
      return s.length();
    });
    assertEquals(5, memo.get("Raqqa"));
    assertEquals(5, memo.get("Raqqa"));
    assertEquals(1, calls.get());
  }

  @Test
  void memoryDoesNotGrowWithTheKeysAndAnswersStayRight() {
    AtomicInteger calls = new AtomicInteger();
    Memo<Integer, Integer> memo = new Memo<>(16, i -> {
      calls.incrementAndGet();
      return i * 2;
    });
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 10_000; i++) {
        assertEquals(i * 2, memo.get(i));
      }
    }
    assertTrue(calls.get() > 10_000, "16 slots cannot hold 10,000 keys, so most are computed again");
  }

  @Test
  void threadsSharingOneMemoGetTheFunctionsAnswers() {
    Memo<Integer, String> memo = new Memo<>(128, i -> "v" + i);
    IntStream.range(0, 200_000).parallel().forEach(i -> assertEquals("v" + (i % 1000), memo.get(i % 1000)));
  }

  @Test
  void aSizeOutOfRangeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Memo<String, String>(0, s -> s));
  }
}
