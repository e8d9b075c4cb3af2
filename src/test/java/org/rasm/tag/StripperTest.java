package org.rasm.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasm.fold.Span;
import org.rasm.lexicon.Lexicon;
import org.rasm.resolve.Resolver;

class StripperTest {
  static Stripper stripper;

  @BeforeAll
  static void build() {
    stripper = new Stripper(new Tagger(Lexicon.defaults(), new Resolver(Lexicon.defaults())));
  }

  @Test
  void mastheadAndBoilerplateGoTheReportStays() {
    String page = "SOHR | The Syrian Observatory for Human Rights\n\nFour people were killed near al-Bokamal on Tuesday, local sources said.\n"
        + "The strike hit a car on the road to Hajin.\n\nRead also:\n- Bread prices soar in Raqqa\n- Cells attack a checkpoint\n"
        + "Follow us on Twitter\nWe use cookies to improve your experience. [Accept]\n© 2023 SOHR. All rights reserved.\n";
    Stripped s = stripper.strip(page);
    assertEquals("outlet:sohr", s.source());
    assertEquals("Four people were killed near al-Bokamal on Tuesday, local sources said.\nThe strike hit a car on the road to Hajin.\n",
        s.body());
    assertEquals(page.indexOf("Four"), s.toOriginal(0));
    assertEquals(page.indexOf("The strike"), s.toOriginal(s.body().indexOf("The strike")));
    for (Span r : s.removed()) {
      assertFalse(page.substring(r.start(), r.end()).contains("al-Bokamal"));
    }
  }

  @Test
  void arabicBoilerplateAndADatelineSource() {
    String page = "إدلب - عنب بلدي: قالت مصادر محلية إن طائرات حربية قصفت أطراف مدينة إدلب صباح اليوم، ما أدى إلى سقوط جرحى.\n"
        + "اقرأ أيضاً:\n- ارتفاع أسعار الخبز في الرقة\nتابعونا على تويتر\nجميع الحقوق محفوظة © 2023\n";
    Stripped s = stripper.strip(page);
    assertEquals("outlet:enab-baladi", s.source());
    assertTrue(s.body().startsWith("إدلب - عنب بلدي: قالت"), s.body());
    assertFalse(s.body().contains("اقرأ"));
    assertFalse(s.body().contains("الخبز"));
    assertFalse(s.body().contains("الحقوق"));
  }

  @Test
  void aPlainReportKeepsEverythingAndHasNoSource() {
    String text = "Shelling hit the outskirts of Deir ez-Zor on Monday, residents said.\nNo casualties were reported.\n";
    Stripped s = stripper.strip(text);
    assertEquals(text, s.body());
    assertNull(s.source());
  }

  @Test
  void ourDocumentsLoseTheirFootersButNotTheirReports() throws IOException {
    String text = Files.readString(Path.of("testdata/docs/crlf-lines.txt"), StandardCharsets.UTF_8);
    Stripped s = stripper.strip(text);
    assertEquals("outlet:furat-post", s.source());
    assertFalse(s.body().contains("All rights reserved"));
    assertFalse(s.body().contains("Read also"));
    assertTrue(s.body().contains("\r\n"), "line endings are kept");
  }
}
