package org.rasm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.rasm.Rasm;
import org.rasm.dedup.Signer;
import org.rasm.lexicon.Entity;
import org.rasm.lexicon.EntityType;
import org.rasm.lexicon.Lexicon;

/**
 * Writes generated news reports as JSON lines ({@code id}, {@code story}, {@code text}) for the dedup scale runs: about
 * 2 KB each, in English and Arabic, with the copies users meet. Half the stories appear once; the others come with
 * re-posts under another masthead and footer, copies with the names respelled, edited and truncated copies, and the
 * version in the other language. Some stories are daily tolls written from one template with other numbers and places,
 * which must stay apart. The words come from our dedup corpus and the names from the default lexicon, so the run needs
 * nothing outside the project. The same arguments give the same file.
 *
 * <pre>mvn -Pbench test-compile exec:exec@generate -Dgenerate.args="1000000 target/news.jsonl"</pre>
 */
public final class NewsGenerator {
  private static final String[] MASTHEADS = {"Levant24 - Independent news from Syria", "Deir Ezzor 24", "SOHR | The Syrian Observatory for Human Rights",
      "Enab Baladi", "North Press Agency", "المرصد السوري لحقوق الإنسان", "عنب بلدي", "نورث برس"};
  private static final String[] FOOTERS = {"We use cookies to improve your experience on our website. [Accept]\n© 2024 All rights reserved.",
      "Share: Facebook | X | Telegram | WhatsApp\nFollow us on Telegram for the latest updates.",
      "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.\nجميع الحقوق محفوظة © 2024"};
  private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"};
  private static final String[] MONTHS_AR = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
      "تشرين الأول", "تشرين الثاني", "كانون الأول"};
  private static final String[] FACTS_EN = {"{n} people were killed and {m} others injured in {p} on {d}, according to {a}.",
      "Shelling hit {p} and the outskirts of {q} on {d}, killing {m} civilians.", "{a} said on {d} that its fighters had taken {p}, {k} km from {q}."};
  private static final String[] FACTS_AR = {"قتل {n} أشخاص وأصيب {m} آخرون في {p} يوم {d}، بحسب {a}.",
      "استهدف قصف {p} وأطراف {q} يوم {d}، ما أدى إلى مقتل {m} مدنيين.", "قال {a} يوم {d} إن مقاتليه سيطروا على {p} على بعد {k} كم من {q}."};

  private final SplittableRandom random;
  private final List<String> wordsEn = new ArrayList<>();
  private final List<String> wordsAr = new ArrayList<>();
  private final List<Entity> places = new ArrayList<>();
  private final List<Entity> actors = new ArrayList<>();
  private final String templateEn;
  private final String templateAr;

  NewsGenerator(long seed) throws IOException {
    random = new SplittableRandom(seed);
    // the filler is made of the corpus's words that name nothing, count nothing and make no line boilerplate, so a
    // story's facts are only those it tells
    Rasm rasm = Rasm.defaults();
    Signer signer = new Signer(rasm, 1);
    Map<String, Boolean> plain = new java.util.HashMap<>();
    try (Stream<Path> files = Files.list(Path.of("testdata/dedup/docs"))) {
      for (Path f : files.sorted().toList()) {
        for (String w : Files.readString(f, StandardCharsets.UTF_8).split("[^\\p{L}]+")) {
          if (w.length() > 1 && plain.computeIfAbsent(w, x -> (Character.isLowerCase(x.charAt(0)) || x.charAt(0) >= 0x600)
              && signer.sign("", x).facts().isEmpty() && signer.sign("", "في مدينة " + x).facts().isEmpty()
              && !rasm.strip("a b c " + x + " d e f").body().isBlank())) {
            (w.charAt(0) >= 0x600 ? wordsAr : wordsEn).add(w);
          }
        }
      }
    }
    for (Entity e : Lexicon.defaults().entities()) {
      if (e.type() == EntityType.PLACE && latin(e).size() > 1 && !e.nameAr().isEmpty()) {
        places.add(e);
      } else if (e.type() == EntityType.ACTOR && !e.nameAr().isEmpty()) {
        actors.add(e);
      }
    }
    templateEn = filler(wordsEn, 8);
    templateAr = filler(wordsAr, 8);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: NewsGenerator DOCUMENTS OUT.jsonl [SEED]");
      System.exit(2);
    }
    long docs = Long.parseLong(args[0]);
    NewsGenerator g = new NewsGenerator(args.length > 2 ? Long.parseLong(args[2]) : 1);
    ObjectMapper json = new ObjectMapper();
    long written = 0;
    long bytes = 0;
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (int story = 0; written < docs; story++) {
        for (Copy copy : g.story()) {
          if (written == docs) {
            break;
          }
          Map<String, Object> record = new LinkedHashMap<>();
          record.put("id", String.format("g%08d", written++));
          record.put("story", "s" + story);
          record.put("copy", copy.kind());
          record.put("text", copy.text());
          out.write(json.writeValueAsString(record));
          out.write('\n');
          bytes += copy.text().getBytes(StandardCharsets.UTF_8).length;
        }
      }
    }
    System.err.printf("%d documents, %.0f bytes of text on average, in %s%n", written, (double) bytes / written, args[1]);
  }

  record Copy(String kind, String text) {}

  /** The documents of one story: the first, then its copies. */
  List<Copy> story() {
    boolean template = random.nextInt(100) < 3;
    Story s = new Story();
    boolean english = random.nextInt(10) < 7;
    List<Copy> docs = new ArrayList<>();
    String body = s.body(english, template, 0);
    docs.add(new Copy(template ? "template" : "original", masthead(english) + "\n\n" + body + "\n\n" + footer(english)));
    if (template || random.nextBoolean()) {
      return docs;
    }
    int copies = 1 + random.nextInt(4);
    for (int c = 0; c < copies; c++) {
      docs.add(switch (random.nextInt(5)) {
        case 0 -> new Copy("repost", masthead(english) + "\n\n" + body + "\n\n" + footer(english));
        case 1 -> new Copy("respelled", masthead(english) + "\n\n" + s.body(english, false, 1 + random.nextInt(3)));
        case 2 -> new Copy("edited", edited(body));
        case 3 -> new Copy("truncated", body.substring(0, body.indexOf("\n\n", body.length() * 3 / 5) + 1));
        default -> new Copy("translation", masthead(!english) + "\n\n" + s.body(!english, false, 0) + "\n\n" + footer(!english));
      });
    }
    return docs;
  }

  /** What a story tells, the same in both languages: places, an actor, numbers, a day, and its own wording. */
  private final class Story {
    final Entity place = pick(places);
    final Entity other = pick(places);
    final Entity actor = pick(actors);
    final int[] numbers = {2 + random.nextInt(60), 1 + random.nextInt(40), 3 + random.nextInt(90)};
    final int day = 1 + random.nextInt(28);
    final int month = random.nextInt(12);
    final int year = 2016 + random.nextInt(9);
    final long wording = random.nextLong();

    /** @param spelling which Latin spelling of each place to use: 0 its name, more for another alias */
    String body(boolean english, boolean template, int spelling) {
      SplittableRandom words = new SplittableRandom(wording ^ (english ? 0 : 1));
      List<String> paragraphs = new ArrayList<>();
      String[] facts = english ? FACTS_EN : FACTS_AR;
      String[] shared = (english ? templateEn : templateAr).split("(?<=\\.) ");
      for (int i = 0; i < 8; i++) {
        String text = template ? shared[i % shared.length] : filler(english ? wordsEn : wordsAr, words, 2);
        paragraphs.add(i < facts.length ? fact(facts[i], english, spelling) + " " + text : text);
      }
      return String.join("\n\n", paragraphs);
    }

    private String fact(String template, boolean english, int spelling) {
      String date = english ? day + " " + MONTHS_EN[month] + " " + year : day + " " + MONTHS_AR[month] + " " + year;
      return template.replace("{n}", Integer.toString(numbers[0])).replace("{m}", Integer.toString(numbers[1]))
          .replace("{k}", Integer.toString(numbers[2])).replace("{d}", date).replace("{p}", name(place, english, spelling))
          .replace("{q}", name(other, english, spelling)).replace("{a}", english ? actor.nameEn() : actor.nameAr());
    }
  }

  private static String name(Entity e, boolean english, int spelling) {
    if (!english) {
      return e.nameAr();
    }
    List<String> latin = latin(e);
    return latin.get(spelling % latin.size());
  }

  private static List<String> latin(Entity e) {
    List<String> names = new ArrayList<>();
    for (String n : e.names()) {
      if (!n.isEmpty() && n.charAt(0) < 0x250 && n.chars().allMatch(c -> c < 0x250)) {
        names.add(n);
      }
    }
    return names;
  }

  private String edited(String body) {
    String[] words = body.split(" ");
    for (int i = 0; i < words.length / 30; i++) {
      int at = random.nextInt(words.length);
      if (words[at].chars().allMatch(Character::isLetter)) {
        words[at] = pick(words[at].charAt(0) >= 0x600 ? wordsAr : wordsEn);
      }
    }
    return String.join(" ", words);
  }

  private String masthead(boolean english) {
    return MASTHEADS[random.nextInt(english ? 5 : 3) + (english ? 0 : 5)];
  }

  private String footer(boolean english) {
    return FOOTERS[english ? random.nextInt(2) : 2];
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String filler(List<String> vocabulary, int sentences) {
    return filler(vocabulary, random, sentences);
  }

  private static String filler(List<String> vocabulary, SplittableRandom words, int sentences) {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < sentences; s++) {
      int length = 10 + words.nextInt(14);
      for (int w = 0; w < length; w++) {
        String word = vocabulary.get(words.nextInt(vocabulary.size()));
        b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w == length - 1 ? ". " : " ");
      }
    }
    return b.toString().strip();
  }
}
