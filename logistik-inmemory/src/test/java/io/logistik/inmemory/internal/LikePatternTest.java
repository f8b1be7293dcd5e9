package io.logistik.inmemory.internal;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternTest {

    private static final String ALPHABET = "ab_%\\\u00e9\ud83d\ude00";

    /** The reference: the pattern translated to a regex where every literal is quoted. */
    private static boolean reference(String like, String value) {
        StringBuilder regex = new StringBuilder();
        int[] cps = like.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == '\\') {
                regex.append(Pattern.quote(new String(Character.toChars(cps[++i]))));
            } else if (cp == '_') {
                regex.append('.');
            } else if (cp == '%') {
                regex.append(".*");
            } else {
                regex.append(Pattern.quote(new String(Character.toChars(cp))));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
    }

    private static String randomText(Random random, int maxLength, boolean pattern) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        int[] cps = ALPHABET.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(cps[random.nextInt(cps.length)]);
        }
        if (pattern && LikeEscapes.endsWithLoneEscape(s)) {
            s.append('a');
        }
        return s.toString();
    }

    @Test
    void matches_randomPatternsAndValues_agreesWithRegexReference() {
        Random random = new Random(20260105L);
        for (int i = 0; i < 20_000; i++) {
            String like = randomText(random, 6, true);
            String value = randomText(random, 8, false);

            assertThat(LikePattern.compile(like).matches(value))
                    .as("'%s' LIKE '%s'", value, like)
                    .isEqualTo(reference(like, value));
        }
    }

    @Test
    void matches_underscoreIsOneCodePoint_evenOutsideTheBmp() {
        assertThat(LikePattern.compile("_").matches("\ud83d\ude00")).isTrue();
        assertThat(LikePattern.compile("__").matches("\ud83d\ude00")).isFalse();
    }

    @Test
    void matches_escapedWildcardsAreLiterals() {
        assertThat(LikePattern.compile("a\\%").matches("a%")).isTrue();
        assertThat(LikePattern.compile("a\\%").matches("ab")).isFalse();
        assertThat(LikePattern.compile("\\x").matches("x")).isTrue();
        assertThat(LikePattern.compile("a\\\\").matches("a\\")).isTrue();
    }

    @Test
    void matches_manyRuns_stayFast() {
        String value = "a".repeat(5_000);
        String pattern = "%a".repeat(50) + "b";

        assertThat(LikePattern.compile(pattern).matches(value)).isFalse();
    }

    /** Mirrors the filter model's rule that a pattern never ends in a lone escape. */
    private static final class LikeEscapes {
        static boolean endsWithLoneEscape(CharSequence s) {
            int n = 0;
            for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
                n++;
            }
            return n % 2 == 1;
        }
    }
}
