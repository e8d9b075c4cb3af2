package org.rasm.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasm.Rasm;

class DeduplicatorTest {
  static Signer signer;

  static final String REPORT = "SOHR | The Syrian Observatory for Human Rights\n\n"
      + "Four people were killed and 7 others injured on Tuesday when a drone struck a vehicle on the road between al-Bokamal "
      + "and Hajin in the eastern countryside of Deir Ezzor, local sources told the Syrian Observatory. The vehicle was carrying "
      + "members of an Iranian-backed militia and two civilians who had been travelling from al-Bokamal towards the border. "
      + "The strike came less than 24 hours after a similar attack targeted a weapons depot near al-Mayadin.\n\n"
      + "We use cookies to improve your experience. [Accept]\n© 2023 SOHR. All rights reserved.\n";

  @BeforeAll
  static void build() {
    signer = new Signer(Rasm.defaults(), 100);
  }

  private static List<Duplicate> dedup(String... texts) {
    List<Signature> sigs = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      sigs.add(signer.sign("d" + i, texts[i]));
    }
    return new Deduplicator(Deduplicator.DEFAULT_THRESHOLD, true).run(sigs);
  }

  @Test
  void aRepostWithAnotherMastheadAndFooterIsAnExactCopy() {
    String repost = "Deir Ezzor 24\n\n" + REPORT.substring(REPORT.indexOf("Four"), REPORT.indexOf("We use")) + "Share | Follow us\n";
    List<Duplicate> r = dedup(REPORT, repost);
    assertEquals("unique", r.get(0).kind());
    assertEquals("exact", r.get(1).kind());
    assertEquals("d0", r.get(1).of());
  }

  @Test
  void respelledNamesAreStillANearCopy() {
    String respelled = REPORT.replace("al-Bokamal", "Abu Kamal").replace("Deir Ezzor", "Dayr az-Zawr").replace("Tuesday", "Tuesday morning");
    List<Duplicate> r = dedup(REPORT, respelled);
    assertEquals("near", r.get(1).kind());
    assertEquals(r.get(0).cluster(), r.get(1).cluster());
  }

  @Test
  void templateReportsWithOtherNumbersOrPlacesStayApart() {
    String a = "The Syrian Observatory for Human Rights documented the death of 12 people in Deir Ezzor on 3 May 2023, "
        + "among them 4 children, by shelling and clashes, and the injury of 20 others, according to its daily toll.";
    String b = a.replace("12 people", "7 people").replace("Deir Ezzor", "Raqqa").replace("3 May", "4 May");
    List<Duplicate> r = dedup(a, b);
    assertNotEquals(r.get(0).cluster(), r.get(1).cluster());
  }

  @Test
  void anArabicVersionIsATranslation() {
    String en = "Four people were killed and 7 others injured on Tuesday when a drone struck a vehicle between al-Bokamal and Hajin "
        + "in the countryside of Deir Ezzor, the SDF said. The International Coalition denied any role.";
    String ar = "قُتل 4 أشخاص وأصيب 7 آخرون يوم الثلاثاء عندما استهدفت طائرة مسيرة سيارة بين البوكمال وهجين في ريف دير الزور، "
        + "بحسب ما قالت قوات سوريا الديمقراطية. ونفى التحالف الدولي أي دور له.";
    List<Duplicate> r = dedup(en, ar);
    assertEquals("translation", r.get(1).kind(), r.toString());
  }

  @Test
  void unrelatedReportsAreUnique() {
    String other = "Residents of Raqqa city receive no more than four hours of electricity a day, local officials said on Monday, "
        + "as the level of the Euphrates continues to drop.";
    List<Duplicate> r = dedup(REPORT, other);
    assertEquals("unique", r.get(1).kind());
    assertEquals(1, r.get(1).cluster());
  }

  @Test
  void aRepostWithItsOwnPublicationStampIsStillACopy() {
    String body = REPORT.substring(REPORT.indexOf("Four"), REPORT.indexOf("We use"));
    List<Duplicate> r = dedup("Published: 22 January 2024 | 22:04\n\n" + body, "Posted on January 23, 2024 | 03:21\n\n" + body);
    assertEquals("exact", r.get(1).kind());
  }

  @Test
  void scaleWordsMakeOneNumber() {
    Signature digits = signer.sign("a", "The camp holds some 25,000 people.");
    Signature words = signer.sign("b", "يضم المخيم نحو 25 ألف شخص.");
    Signature vague = signer.sign("c", "Thousands of people live in the camp.");
    assertEquals(true, signer.sign("d", "خسائر بنحو ملياري ليرة").facts().contains("#2000000000"));
    assertEquals(true, signer.sign("e", "losses of 2 billion pounds").facts().contains("#2000000000"));
    assertEquals(true, digits.facts().contains("#25000"), digits.facts().toString());
    assertEquals(true, words.facts().contains("#25000"), words.facts().toString());
    assertEquals(false, vague.facts().stream().anyMatch(f -> f.startsWith("#")), vague.facts().toString());
  }
}
