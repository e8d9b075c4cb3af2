package org.rasm.resolve;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * The words of a query read as the known words they were meant to be: a word for a kind of thing with a slip of typing
 * ("Semalka corssing"), a word of a name with a letter's dots misplaced (منطقة تدمز) or a slip of typing ("Salkahd
 * District"), two words run together (مركزجسور), a number in words (الفرع مئتين وسبعة وعشرين). Each reading takes a
 * query's words in the key profile, as the words of names are kept, and gives them joined, mended, or null when it
 * mends none; which reading is met is the resolver's to judge. Immutable.
 */
final class WordMendings {
  /** Arabic words shorter than this are not read with other dots: a dot off a short word is another word. */
  private static final int MIN_REDOTTED = 4;
  /** The same, in a query with a word for the kind of thing it names. */
  private static final int MIN_REDOTTED_OF_KIND = 3;
  /**
   * The same, for a query of one word: a word alone is as likely another word, a person's name most often (حسناء is
   * not حسيا, نارين not Tin Noor); of six letters or more, a dot off a name is a slip more often than another word.
   * A word written with the article (الكوبت) is no given name, and is read as a longer query is.
   */
  private static final int MIN_REDOTTED_ALONE = 6;
  /** The same, for a word alone that is then to meet a city, whose names slips are most often of. */
  private static final int MIN_REDOTTED_ALONE_WELL_KNOWN = 5;
  /** Words of names shorter than this are met by a slip of typing only as two letters swapped. */
  private static final int MIN_RESPELT_NAME_WORD = 7;
  /** The fewest letters of a word after an article written less its alef ({@link #articleRestored}). */
  private static final int MIN_ARTICLE_RESTORED = 3;
  /** The article as slips write it: its letters swapped, then without its alef. */
  private static final List<String> ARTICLE_MISWRITTEN = List.of("لا", "ل");
  /** Words shorter than this are not read as a slip of typing off a word of a name. */
  private static final int MIN_SWAPPED_NAME_WORD = 4;
  /** The nominative endings of a feminine dual and of a nisba's masculine plural, to their oblique ones. */
  private static final Map<String, String> OBLIQUE_ENDINGS = DataTable.read(WordMendings.class, "arabic-case-endings.tsv", 3)
      .stream().collect(java.util.stream.Collectors.toUnmodifiableMap(row -> row.cell(0), row -> row.cell(1)));
  /** The fewest letters of a word read in the oblique case: a stem of three letters and its ending. */
  private static final int MIN_OBLIQUE_WORD = 5;
  /** A query of one word shorter than this is not read as a word of a name with two letters swapped. */
  private static final int MIN_SWAPPED_ALONE = 7;
  /** The same, for a word alone that is then to meet a country, whose names slips are most often of. */
  static final int MIN_SWAPPED_ALONE_WELL_KNOWN = 6;
  /** The same, for a word alone that is then to be a country's English name, the name most often typed in haste. */
  static final int MIN_SWAPPED_ALONE_ENGLISH_NAME = 5;
  /**
   * A query of one word shorter than this is not read with a letter struck on the key beside the one meant: the names
   * of countries are short, and people's names a key off them many.
   */
  private static final int MIN_NEIGHBOUR_KEYED_ALONE = 6;
  /** The least letters of each of two words run together. */
  private static final int MIN_APART_PART = 3;
  /** The fewest letters of a word for a kind of thing run together with a name (سد), and of the name's word (تل). */
  private static final int MIN_KIND_WORD = 2;
  private static final int MIN_APART_NAME_WORD = 2;
  private static final String ARTICLE = "ال";
  /** A 4 for "for" between words of three Latin letters or more; not in "M 4 highway" or "SN4HR". */
  private static final java.util.regex.Pattern FOUR_FOR_FOR =
      java.util.regex.Pattern.compile("(?<=\\p{IsLatin}{3}) ?4 ?(?=\\p{IsLatin}{3})");
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);

  /** Every word of every name's key. */
  private final Set<String> nameWords;
  /** Words that are as meant besides those of names and the tables: other places', demonyms, modifiers, locatives. */
  private final Predicate<String> otherKnown;
  /** Common words of people's names: a word beside one is as likely a surname. */
  private final Set<String> personNames;
  /** Words of the names of many places that name none alone: دير, أبو, الشيخ. */
  private final Set<String> commonNameWords;
  private final TypingSlips nameWordSlips;
  private final ArabicDots nameWordDots;

  /**
   * @param nameWords every word of every name's key
   * @param otherKnown the words, key-folded, that are as meant besides those of names and of the tables
   * @param personNames common words of people's names, key-folded
   * @param commonNameWords words of the names of many entities that name none alone, key-folded
   */
  WordMendings(Collection<String> nameWords, Predicate<String> otherKnown, Set<String> personNames,
      Set<String> commonNameWords) {
    this.nameWords = Set.copyOf(nameWords);
    this.otherKnown = otherKnown;
    this.personNames = personNames;
    this.commonNameWords = commonNameWords;
    nameWordSlips = new TypingSlips(this.nameWords, MIN_RESPELT_NAME_WORD, MIN_SWAPPED_NAME_WORD);
    nameWordDots = new ArabicDots(this.nameWords, MIN_REDOTTED_OF_KIND);
  }

  /**
   * Each word that is no word of any name, and a slip off a word the tables know ({@link TypingSlips#TABLE_WORDS}),
   * written as that word; else the last word of a Latin query, where English puts its word for a kind of thing, as a
   * short such word with a letter dropped, the first too, unless it is a word of English: "Sayqal air ase", "Quweiq
   * rier", not "Radio Rozana on". A query of one word is no name with a word for its kind.
   */
  String kindWordsRespelt(String[] words) {
    if (words.length < 2) {
      return null;
    }
    Predicate<String> asMeant = w -> nameWords.contains(w) || NameForms.isTableWord(w);
    String respelt = respelt(words, asMeant, TypingSlips.TABLE_WORDS::meant);
    String last = words[words.length - 1];
    if (respelt != null || asMeant.test(last) || NameForms.isArabic(last) || NameMatcher.commonWord(last)) {
      return respelt;
    }
    String read = TypingSlips.TABLE_WORDS.shortWordLetterDropped(last);
    if (read == null) {
      return null;
    }
    words[words.length - 1] = read;
    return String.join(" ", words);
  }

  /**
   * Each word of an {@code arabic} query that is no known word read as the one word of a name a letter's dots away;
   * {@code definite} when the query was written with the article.
   */
  String dotsRestored(String[] words, boolean arabic, boolean definite) {
    // a word beside a given name is as likely another word, a surname (هند قبوات); but a word that begins the names of
    // many places (دير, أبو, الشيخ) is as often a place's, and a dot is all a slip can misplace in Arabic
    if (!arabic || withGivenName(words)) {
      return null;
    }
    // a word for the kind of place leaves fewer names a short word can be: ناحية كصب, حقل الغمر
    int least = words.length == 1 ? (definite ? MIN_REDOTTED : MIN_REDOTTED_ALONE)
        : Arrays.stream(words).anyMatch(NameForms::isQualifier) ? MIN_REDOTTED_OF_KIND : MIN_REDOTTED;
    return respelt(words, w -> w.length() < least || known(w), nameWordDots::meant);
  }

  /**
   * True when a word of {@code words}, key-folded, is a common word of people's names and no word that begins the names
   * of many places: a word a dot off a name beside it is as likely another name (نادية حماة is a woman, not بادية حماة).
   */
  boolean withGivenName(String[] words) {
    return Arrays.stream(words).anyMatch(w -> personNames.contains(w) && !commonNameWords.contains(w));
  }

  /**
   * A query of one Arabic word, without the article, of {@link #MIN_REDOTTED_ALONE_WELL_KNOWN} letters or more, read
   * with one letter's dots moved; the caller keeps it only if it meets a city. Null otherwise.
   */
  String dotsRestoredAlone(String[] words) {
    if (words.length != 1 || !NameForms.isArabic(words[0]) || personNames.contains(words[0])) {
      return null;
    }
    return respelt(words, w -> w.length() < MIN_REDOTTED_ALONE_WELL_KNOWN || known(w), nameWordDots::meant);
  }

  /**
   * Each Arabic word that is no known word with its jeem or tcheh after the first letter read as kaf, which the speech
   * of the Jazira and the desert says as ch and writes so (الحسجة, الحسچة: الحسكة); a word's first jeem is most often a
   * jeem (جبر, جريمة). Null when no word has one.
   */
  String kafSaidAsCh(String[] words) {
    return respelt(words, w -> w.length() < 2 || known(w) || !NameForms.isArabic(w), w -> {
      String read = w.charAt(0) + w.substring(1).replace('ج', 'ك').replace('چ', 'ك');
      return read.equals(w) ? null : read;
    });
  }

  /**
   * A query of one word, no common word of people's names, of {@code least} letters or more, read with two letters
   * swapped back ("Kuwiat", "Norawy"); the caller keeps it only if it meets a country. Null otherwise.
   */
  String swappedAlone(String[] words, int least) {
    if (words.length != 1 || personNames.contains(words[0])) {
      return null;
    }
    return respelt(words, w -> w.length() < least || known(w), nameWordSlips::swapped);
  }

  /** Each word that is no known word read as the one word of a name it is a slip of typing off ({@link TypingSlips}). */
  String slipsMended(String[] words) {
    // a word beside a given name is as likely a surname
    if (Arrays.stream(words).anyMatch(personNames::contains)) {
      return null;
    }
    if (words.length == 1) {
      // a word alone is as likely another word, a person's name most often ("Armenta" is not Armenia), and so is a
      // short one with two letters swapped ("Sapin" is not Spain); a long one so is a slip more often ("Bharain")
      return words[0].length() < MIN_SWAPPED_ALONE ? null : respelt(words, this::known, nameWordSlips::swapped);
    }
    return respelt(words, this::known, nameWordSlips::meant);
  }

  /**
   * A query of one long word, no common word of people's names, read as the one word of a name it is with a letter
   * dropped or added ("Damacus", "Switzerand"); the caller keeps it only if it meets a city or a country, whose names
   * slips are most often of, for another word alone is as likely a person's name. Null otherwise.
   */
  String respeltAlone(String[] words) {
    if (words.length != 1 || personNames.contains(words[0])) {
      return null;
    }
    return respelt(words, this::known, nameWordSlips::letterDroppedOrAdded);
  }

  /**
   * A query of one word, no common word of people's names, of {@link #MIN_NEIGHBOUR_KEYED_ALONE} letters or more, read
   * with one letter struck on the key beside the one meant (الدنمارم, البوكمتل); the caller keeps it only if it meets
   * a city or a country, whose names slips are most often of. Null otherwise.
   */
  String neighbourKeyedAlone(String[] words) {
    if (words.length != 1 || personNames.contains(words[0])) {
      return null;
    }
    return respelt(words, w -> w.length() < MIN_NEIGHBOUR_KEYED_ALONE || known(w), nameWordSlips::neighbourKeyed);
  }

  /**
   * Each Arabic word, search-folded, with the article and no known word, that is a word of a name beginning with lam
   * once the article's lam is written again: the two lams run together in the writing of the ear (الاذقية for
   * اللاذقية). Null when none is.
   */
  String lamRestored(String[] searchedWords) {
    return respelt(searchedWords, w -> !w.startsWith(ARTICLE) || w.startsWith(ARTICLE + "ل") || known(KEY.foldToString(w)),
        w -> {
          String read = ARTICLE + "ل" + w.substring(ARTICLE.length());
          return nameWords.contains(KEY.foldToString(read)) ? read : null;
        });
  }

  /**
   * Each Arabic word after a word for a kind of thing, search-folded, that is no known word and begins with the article
   * less its alef (منطقة لقامشلي) or with its two letters swapped (ناحية لابارقية), that is a word of a name with the
   * article written whole: there lam is no preposition. Null when none is.
   */
  String articleRestored(String[] searchedWords) {
    boolean restored = false;
    for (int i = 1; i < searchedWords.length; i++) {
      String w = searchedWords[i];
      if (w.startsWith(ARTICLE) || !NameForms.isQualifier(KEY.foldToString(searchedWords[i - 1]))
          || known(KEY.foldToString(w))) {
        continue;
      }
      for (String written : ARTICLE_MISWRITTEN) {
        String word = w.startsWith(written) ? w.substring(written.length()) : "";
        if (word.length() >= MIN_ARTICLE_RESTORED && !word.startsWith("ل")
            && nameWords.contains(KEY.foldToString(ARTICLE + word))) {
          searchedWords[i] = ARTICLE + word;
          restored = true;
          break;
        }
      }
    }
    return restored ? String.join(" ", searchedWords) : null;
  }

  /**
   * Each Arabic word, key-folded, that is no known word and ends in a nominative ending of {@code
   * arabic-case-endings.tsv}, that is a word of a name with the oblique ending instead (القريتان for القريتين). Null when
   * none is.
   */
  String obliqueCase(String[] words) {
    return respelt(words, w -> w.length() < MIN_OBLIQUE_WORD || known(w), w -> {
      for (Map.Entry<String, String> ending : OBLIQUE_ENDINGS.entrySet()) {
        if (w.endsWith(ending.getKey())) {
          String read = w.substring(0, w.length() - ending.getKey().length()) + ending.getValue();
          return nameWords.contains(read) ? read : null;
        }
      }
      return null;
    });
  }

  /**
   * Each Arabic word, search-folded, that is no known word and begins with a word for a kind of thing, then a word of
   * a name, read as the two words: the space is left out most often after a letter that does not join the next (ة, ر,
   * د), where it leaves no trace (ناحيةالباب, معبررأس العين), but people run the words together after any letter
   * (حيالخالدية, مخيمتل السمن). Null when none does, or more than one split does.
   */
  String kindWordApart(String[] searchedWords) {
    return respelt(searchedWords, w -> known(KEY.foldToString(w)), this::afterKindWord);
  }

  /** The word for a kind of thing {@code word} begins with and the word of a name after it, apart; null if none. */
  private String afterKindWord(String word) {
    String found = null;
    for (int i = MIN_KIND_WORD; i <= word.length() - MIN_APART_NAME_WORD; i++) {
      String rest = word.substring(i);
      // the article begins a word as surely as a letter that does not join the next ends one (حيالخالدية)
      if (!NameForms.isTableWord(KEY.foldToString(word.substring(0, i)))) {
        continue;
      }
      String bare = rest.startsWith(ARTICLE) && rest.length() >= ARTICLE.length() + MIN_APART_NAME_WORD
          ? rest.substring(ARTICLE.length()) : rest;
      if (nameWords.contains(KEY.foldToString(bare))) {
        if (found != null) {
          return null;
        }
        found = word.substring(0, i) + " " + rest;
      }
    }
    return found;
  }

  /** Each Arabic word that is no known word read as the two known words it runs together ({@link #apart}). */
  String wordsApart(String[] words, boolean arabic) {
    return arabic ? respelt(words, this::known, this::apart) : null;
  }

  /** The runs of number words, Arabic or English, written in digits ({@link ArabicNumbers}). */
  String numbersInDigits(String[] words) {
    return ArabicNumbers.inDigits(String.join(" ", words));
  }

  /**
   * The words of {@code searchFolded} text, each without the article it begins with; unlike key folding, doubled
   * letters stay two, as a misplaced dot may make them (التتك for التنك).
   */
  static String[] wordsAsWritten(String searchFolded) {
    String[] words = searchFolded.split(" ");
    for (int i = 0; i < words.length; i++) {
      // a word of the article and two letters or fewer is no article and a word (الم)
      if (words[i].startsWith(ARTICLE) && words[i].length() > ARTICLE.length() + 1) {
        words[i] = words[i].substring(ARTICLE.length());
      }
    }
    return words;
  }

  /**
   * {@code query} with a space before each capital that follows a small letter, as handles and hashtags join words
   * ("TheSyriaReport", "IndyArabia"), and the word "for" where they write 4 between words ("Justice4Life", "Justice 4
   * Life"); null when it has neither.
   */
  static String handleApart(String query) {
    java.util.regex.Matcher four = FOUR_FOR_FOR.matcher(query);
    if (query.indexOf('4') >= 0 && four.find()) {
      String read = four.replaceAll(" for ");
      String apart = handleApart(read);
      return apart != null ? apart : read;
    }
    StringBuilder out = new StringBuilder(query.length() + 4);
    boolean apart = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (i > 0 && c < 128 && Character.isUpperCase(c) && Character.isLowerCase(query.charAt(i - 1))) {
        out.append(' ');
        apart = true;
      }
      out.append(c);
    }
    return apart ? out.toString() : null;
  }

  /** The numbers in digits after Arabic words read as ordinals ({@link ArabicNumbers#ordinalsInWords}). */
  String ordinalsInWords(String[] words, boolean arabic) {
    return arabic ? ArabicNumbers.ordinalsInWords(words) : null;
  }

  /**
   * The two known words, of names or of the tables, that an Arabic {@code word} runs together, if one way only:
   * "مركزجسور", "دارةعزة". A space after a letter that does not join the next (ا د ذ ر ز و ة ء) leaves no trace in
   * Arabic script, so it is the space most often left out ({@link #joinsNext}); a word is split there, before an
   * article or a word of the tables ("التحالفالدولي", "عربنيوز"), which begin a new word, and after a word of the
   * tables, which ends one ("سجنعدرا", "مخيمروج").
   */
  private String apart(String word) {
    String found = null;
    for (int i = MIN_APART_PART; i <= word.length() - MIN_APART_PART; i++) {
      String left = word.substring(0, i);
      if (joinsNext(word.charAt(i - 1)) && !word.startsWith(ARTICLE, i)
          && !NameForms.isTableWord(word.substring(i)) && !NameForms.isTableWord(left)) {
        continue;
      }
      if (!nameWords.contains(left) && !NameForms.isTableWord(left)) {
        continue;
      }
      // the key drops the article of the second word, as of any word of a name
      String right = word.startsWith(ARTICLE, i) && word.length() - i > ARTICLE.length() + 1
          ? word.substring(i + ARTICLE.length()) : word.substring(i);
      // one of the two is a name's word: a word of the tables may end the run ("القصيرالإدارية") as begin it
      boolean nameWord = nameWords.contains(left) || nameWords.contains(right);
      if (nameWord && (nameWords.contains(right) || NameForms.isTableWord(right))) {
        if (found != null) {
          return null;
        }
        found = left + " " + right;
      }
    }
    return found;
  }

  /**
   * True for a letter that joins the letter after it, by its Unicode joining type (ب, ه); false for those that do not
   * (ا د ذ ر ز و ة ء), a space left out after which leaves no trace. A ه may be a final ة that folding wrote so.
   */
  private static boolean joinsNext(char c) {
    return UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE) == UCharacter.JoiningType.DUAL_JOINING && c != 'ه';
  }

  /**
   * True for a word that is a word already, of a name, another place's or the tables', and so as meant: البصرة,
   * غربي, "province".
   */
  private boolean known(String word) {
    return nameWords.contains(word) || NameForms.isTableWord(word) || otherKnown.test(word);
  }

  /**
   * {@code words} joined, each that {@code asMeant} does not keep written as the word {@code meant} reads it as;
   * null when none is so read.
   */
  private static String respelt(String[] words, Predicate<String> asMeant, UnaryOperator<String> meant) {
    boolean respelt = false;
    for (int i = 0; i < words.length; i++) {
      String read = asMeant.test(words[i]) ? null : meant.apply(words[i]);
      if (read != null) {
        words[i] = read;
        respelt = true;
      }
    }
    return respelt ? String.join(" ", words) : null;
  }
}
