package org.rasm.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFileTest {
  @TempDir Path temp;

  @Test
  void recordsComeBackByNumberAndTheFileGoesOnClose() throws IOException {
    try (RecordFile file = new RecordFile(temp, "t-")) {
      for (int i = 0; i < 3000; i++) {
        assertEquals(i, file.append(new byte[i % 17]));
      }
      for (int i = 2999; i >= 0; i -= 7) {
        ByteBuffer b = file.read(i);
        byte[] got = new byte[b.remaining()];
        b.get(got);
        assertArrayEquals(new byte[i % 17], got);
      }
      assertThrows(IllegalStateException.class, () -> file.append(new byte[1]));
    }
    try (Stream<Path> left = Files.list(temp)) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void onPosixSystemsTheFileHasNoNameWhileInUseSoAKilledProcessLeavesNothing() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    try (RecordFile file = new RecordFile(temp, "t-")) {
      file.append(new byte[100_000]);
      try (Stream<Path> named = Files.list(temp)) {
        assertEquals(0, named.count());
      }
      assertEquals(100_000, file.read(0).remaining());
    }
  }
}
