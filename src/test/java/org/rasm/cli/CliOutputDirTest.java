package org.rasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code normalize -o DIR} and {@code dedup --keep DIR} write below DIR only, whatever links, {@code ..} and absolute
 * paths they meet: the whole temporary tree outside DIR is compared before and after, links, contents and times.
 */
class CliOutputDirTest {
  @TempDir Path tmp;
  private Path in;
  private Path outside;
  private Path secret;

  @BeforeEach
  void tree() throws IOException {
    in = Files.createDirectories(tmp.resolve("in/sub"));
    in = tmp.resolve("in");
    outside = Files.createDirectories(tmp.resolve("outside"));
    Files.createDirectories(tmp.resolve("elsewhere"));
    secret = Files.writeString(outside.resolve("secret.txt"), "SECRET");
    Files.writeString(in.resolve("a.txt"), "ALPHA");
    Files.writeString(in.resolve("h.txt"), "HARD");
    Files.writeString(in.resolve("sub/b.txt"), "BETA");
    Files.createSymbolicLink(in.resolve("linked-folder"), outside); // a symlinked sub-folder of the input
    Files.createSymbolicLink(in.resolve("linked.txt"), secret);
    Files.createDirectories(in.resolve("..x"));
    Files.writeString(in.resolve("..x/c.txt"), "HIDDEN");
  }

  /** Every path below {@code root} but {@code skip}: what it is, its content or where it links, when it changed. */
  private static Map<String, String> snapshot(Path root, Path skip) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (p.startsWith(skip)) {
          continue;
        }
        // a folder's own time changes with its entries, which are listed themselves
        String what = Files.isSymbolicLink(p) ? "link " + Files.readSymbolicLink(p)
            : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir"
            : "file " + Files.readString(p) + " " + Files.getLastModifiedTime(p).toMillis();
        all.put(root.relativize(p).toString(), what);
      }
    }
    return all;
  }

  @Test
  void normalizeWritesBelowDirOnly() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.createSymbolicLink(out.resolve("sub"), tmp.resolve("elsewhere"));   // a link inside DIR to a folder outside
    Files.createSymbolicLink(out.resolve("a.txt"), secret);                    // ... and to a file outside
    Files.createLink(out.resolve("h.txt"), secret);                            // a hard link to a file outside
    Map<String, String> before = snapshot(tmp, out);

    CliTest.Result r = CliTest.rasm("", "normalize", "--profile", "search", "-o", out.toString(), in.toAbsolutePath().toString(),
        tmp.resolve("in/sub/../a.txt").toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("sub/b.txt: cannot write: refusing to write through a link outside"), r.err());
    assertEquals(before, snapshot(tmp, out), "nothing outside DIR changed");
    assertEquals("SECRET", Files.readString(secret));
    assertFalse(Files.isSymbolicLink(out.resolve("a.txt")), "the link in DIR is replaced, not followed");
    assertEquals("alpha", Files.readString(out.resolve("a.txt")));
    assertEquals("hard", Files.readString(out.resolve("h.txt")));
    try (Stream<Path> elsewhere = Files.list(tmp.resolve("elsewhere"))) {
      assertEquals(0, elsewhere.count());
    }
    assertFalse(Files.exists(out.resolve("linked-folder")), "a linked folder of the input is not followed");
    assertFalse(Files.exists(out.resolve("linked.txt")));
    assertFalse(Files.exists(out.resolve("..x")));
  }

  @Test
  void normalizeWithDotDotInTheInputPathsStaysBelowDir() throws IOException {
    Path out = tmp.resolve("deep/out"); // made, with its parent
    Map<String, String> before = snapshot(tmp, tmp.resolve("deep"));
    CliTest.Result r = CliTest.rasm("", "normalize", "-o", out.toString(), tmp.resolve("in/sub/..").toString(),
        tmp.resolve("in/sub/../sub/..").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(before, snapshot(tmp, tmp.resolve("deep")));
    assertEquals("BETA", Files.readString(out.resolve("sub/b.txt")));
    assertEquals("ALPHA", Files.readString(out.resolve("a.txt")));
  }

  @Test
  void aTargetThatLinksToAnInputIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.createSymbolicLink(out.resolve("a.txt"), in.resolve("a.txt"));
    Map<String, String> before = snapshot(tmp, tmp.resolve("nothing"));
    CliTest.Result r = CliTest.rasm("", "normalize", "--profile", "search", "-o", out.toString(), in.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("would write over the input"), r.err());
    assertEquals(before, snapshot(tmp, tmp.resolve("nothing")), "nothing written at all");
  }

  @Test
  void dedupKeepWritesBelowDirOnly() throws IOException {
    Path keep = Files.createDirectories(tmp.resolve("keep"));
    Files.createSymbolicLink(keep.resolve("sub"), tmp.resolve("elsewhere"));
    Files.createSymbolicLink(keep.resolve("a.txt"), secret);
    Map<String, String> before = snapshot(tmp, keep);
    CliTest.Result r = CliTest.rasm("", "dedup", "--keep", keep.toString(), "--temp-dir", tmp.toString(), in.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("refusing to write through a link outside"), r.err());
    assertEquals(before, snapshot(tmp, keep));
    assertEquals("ALPHA", Files.readString(keep.resolve("a.txt")));

    // records from stdin are named by their id: no id leads outside
    String records = "{\"id\":\"../../evil\",\"text\":\"one report about Raqqa\"}\n{\"id\":\"/tmp/evil\",\"text\":\"another about Hajin\"}\n"
        + "{\"id\":\"..\",\"text\":\"a third about Manbij\"}\n";
    Path stdinKeep = tmp.resolve("keep2");
    before = snapshot(tmp, stdinKeep);
    CliTest.Result s = CliTest.rasm(records, "dedup", "--input", "jsonl", "--id-field", "id", "--keep", stdinKeep.toString(),
        "--temp-dir", tmp.toString());
    assertEquals(0, s.code(), s.err());
    assertEquals(before, snapshot(tmp, stdinKeep));
    try (Stream<Path> kept = Files.list(stdinKeep)) {
      assertEquals(3, kept.filter(Files::isRegularFile).count());
    }
  }
}
