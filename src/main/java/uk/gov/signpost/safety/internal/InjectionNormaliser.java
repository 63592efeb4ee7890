package uk.gov.signpost.safety.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the usual ways of hiding an instruction from a reader or a filter, so the patterns and the classifier see
 * what a language model would see. It gives one plain view of the text (lower case) and says which tricks it undid:
 * <ul>
 *   <li>Unicode tag characters (U+E0020 to U+E007E, invisible "ASCII smuggling") are decoded to the letters they
 *       stand for and added to the view; a flag emoji's tag sequence (Wales, Scotland, England) is left alone;</li>
 *   <li>zero-width and other invisible format characters are removed;</li>
 *   <li>compatibility forms (full-width "ＩＧＮＯＲＥ", mathematical letters) become plain letters (NFKC), and
 *       Cyrillic and Greek letters that look like Latin ones ("Іgnоrе") become Latin;</li>
 *   <li>letters spelt out with spaces or dots ("i g n o r e", "I.G.N.O.R.E") are joined, and digits used as letters
 *       inside a word ("1gn0re") are read as letters;</li>
 *   <li>base64 runs of 16 or more characters that decode to readable text are decoded and added to the view.</li>
 * </ul>
 * It does not undo other encodings (hex, ROT13, URL encoding), text in images, or instructions split across fields.
 */
final class InjectionNormaliser {

    /** The plain view and the tricks found; counts only, never text, go into assessments. */
    record View(String plain, int hiddenTagCharacters, int zeroWidthCharacters, int mixedScriptWords,
            int base64Payloads) {}

    private static final int TAG_FIRST = 0xE0000;
    private static final int TAG_LAST = 0xE007F;
    private static final int BLACK_FLAG = 0x1F3F4;
    private static final Pattern BASE64 = Pattern.compile("(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])");
    private static final Pattern SPELT_OUT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\p{L}[ .*_-]){3,}\\p{L}(?![\\p{L}\\p{N}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}@$]+");
    private static final String CONFUSABLE_FROM =
            "АВЕКМНОРСТХІЈЅаеорсухіјѕԁһӏɡΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοριντυκε";
    private static final String CONFUSABLE_TO =
            "ABEKMHOPCTXIJSaeopcyxijsdhlgABEZHIKMNOPTYXaopivtuke";

    private InjectionNormaliser() {}

    static View normalise(String text) {
        StringBuilder visible = new StringBuilder(text.length());
        StringBuilder hidden = new StringBuilder();
        int tags = 0;
        int zeroWidth = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= TAG_FIRST && cp <= TAG_LAST) {
                if (cp >= 0xE0020 && cp <= 0xE007E) {
                    hidden.append((char) (cp - TAG_FIRST));
                }
                tags++;
            } else if (cp == BLACK_FLAG) {
                i = skipFlagTags(text, i);
                visible.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT) {
                if (cp != 0x200D) {
                    zeroWidth++;
                }
            } else {
                visible.appendCodePoint(cp);
            }
        }
        String plain = Normalizer.normalize(visible, Normalizer.Form.NFKC);
        int[] mixed = {0};
        plain = deconfuse(plain, mixed);
        List<String> decoded = base64Payloads(plain);
        StringBuilder all = new StringBuilder(plain);
        if (!hidden.isEmpty()) {
            all.append(" \n").append(hidden);
        }
        for (String payload : decoded) {
            all.append(" \n").append(payload);
        }
        String joined = joinSpeltOut(all.toString());
        String view = readDigitsAsLetters(joined).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return new View(view, tags, zeroWidth, mixed[0], decoded.size());
    }

    /** A flag emoji is U+1F3F4, a few tag letters and U+E007F; skip those so the Welsh flag is not a trick. */
    private static int skipFlagTags(String text, int at) {
        int i = at;
        int count = 0;
        while (i < text.length() && count <= 7) {
            int cp = text.codePointAt(i);
            if (cp < TAG_FIRST || cp > TAG_LAST) {
                return at;
            }
            i += Character.charCount(cp);
            count++;
            if (cp == TAG_LAST) {
                return i;
            }
        }
        return at;
    }

    /** Maps look-alike Cyrillic and Greek letters to Latin, counting words that mix Latin with them. */
    private static String deconfuse(String text, int[] mixedWords) {
        StringBuilder out = new StringBuilder(text.length());
        boolean latinInWord = false;
        boolean confusableInWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = CONFUSABLE_FROM.indexOf(c);
            if (Character.isLetter(c)) {
                if (at >= 0) {
                    confusableInWord = true;
                    c = CONFUSABLE_TO.charAt(at);
                } else if (c < 0x250) {
                    latinInWord = true;
                }
            } else {
                if (latinInWord && confusableInWord) {
                    mixedWords[0]++;
                }
                latinInWord = false;
                confusableInWord = false;
            }
            out.append(c);
        }
        if (latinInWord && confusableInWord) {
            mixedWords[0]++;
        }
        return out.toString();
    }

    private static List<String> base64Payloads(String text) {
        List<String> payloads = new ArrayList<>();
        Matcher m = BASE64.matcher(text);
        while (m.find() && payloads.size() < 8) {
            String run = m.group();
            if (run.chars().noneMatch(Character::isDigit) && run.chars().noneMatch(c -> c == '+' || c == '/')
                    && run.chars().filter(Character::isUpperCase).count() * 4 < run.length()) {
                continue;
            }
            try {
                String padded = run.replace("=", "");
                padded = padded + "===".substring(0, (4 - padded.length() % 4) % 4);
                byte[] bytes = Base64.getDecoder().decode(padded);
                String decoded = new String(bytes, StandardCharsets.UTF_8);
                if (readable(decoded)) {
                    payloads.add(decoded);
                }
            } catch (IllegalArgumentException notBase64) {
                // Not base64 after all: leave it.
            }
        }
        return payloads;
    }

    private static boolean readable(String decoded) {
        if (decoded.length() < 8 || decoded.indexOf(' ') < 0) {
            return false;
        }
        long printable = decoded.chars().filter(c -> (c >= 0x20 && c < 0x7F) || c == '\n').count();
        return printable >= decoded.length() * 0.95;
    }

    private static String joinSpeltOut(String text) {
        Matcher m = SPELT_OUT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[ .*_-]", "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "1gn0re" is "ignore": only in words that mix letters and digits, so "LS6" and "£11.44" stay as they are. */
    private static String readDigitsAsLetters(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String word = m.group();
            boolean letters = word.chars().anyMatch(Character::isLetter);
            boolean digits = word.chars().anyMatch(c -> "013457@$".indexOf(c) >= 0);
            long letterCount = word.chars().filter(Character::isLetter).count();
            if (letters && digits && letterCount >= 2 && word.length() >= 4) {
                word = word.replace('1', 'i').replace('0', 'o').replace('3', 'e').replace('4', 'a')
                        .replace('5', 's').replace('7', 't').replace('@', 'a').replace('$', 's');
            }
            m.appendReplacement(out, Matcher.quoteReplacement(word));
        }
        m.appendTail(out);
        return out.toString();
    }
}
