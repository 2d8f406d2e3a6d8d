package uk.gov.halton.planner.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The shared rules every importer and form uses: strict UTF-8 with the line of the first bad byte, the text that can
 * be stored, and the dates a form accepts.
 */
class HostileTextFilesTest {

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    @Test
    void utf8WithAndWithoutAByteOrderMarkIsReadExactly() {
        String text = "name,town\nCafé Ünïcode ✓ 🏭,Widnes\n";
        assertThat(TextFiles.utf8(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(TextFiles.utf8(bytes(0xEF, 0xBB, 0xBF, text))).isEqualTo(text);
        assertThat(TextFiles.upload("f.csv", bytes(0xEF, 0xBB, 0xBF, text), 1024, "a file"))
                .isEqualTo(text);
    }

    @Test
    void aLatin1ByteIsRefusedWithItsLineAndNeverBecomesAReplacementCharacter() {
        byte[] latin1 = bytes("indicator,amount\nCE LI 12,1\nCaf", 0xE9, ",2\n");
        assertThatThrownBy(() -> TextFiles.utf8(latin1)).isInstanceOfSatisfying(TextFiles.NotUtf8Exception.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.problem()).contains("0xE9").contains("not UTF-8").contains("Latin-1");
        });
        assertThatThrownBy(() -> TextFiles.upload("figures.csv", latin1, 1024, "a figures file"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage())
                            .startsWith("figures.csv, line 3: the byte 0xE9 is not UTF-8")
                            .doesNotContain("\uFFFD");
                });
    }

    @Test
    void aTruncatedMultiByteCharacterAtTheEndIsRefused() {
        byte[] euro = "x\n€".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(euro, euro.length - 1);
        assertThatThrownBy(() -> TextFiles.utf8(truncated))
                .isInstanceOfSatisfying(
                        TextFiles.NotUtf8Exception.class,
                        e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void utf16WithOrWithoutAByteOrderMarkIsRefused() {
        byte[] le = bytes(0xFF, 0xFE);
        byte[] body = "type: x\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = java.util.Arrays.copyOf(le, le.length + body.length);
        System.arraycopy(body, 0, withBom, le.length, body.length);
        assertThatThrownBy(() -> TextFiles.utf8(withBom))
                .isInstanceOf(TextFiles.NotUtf8Exception.class)
                .hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> TextFiles.utf8("type: x\n".getBytes(StandardCharsets.UTF_16)))
                .isInstanceOf(TextFiles.NotUtf8Exception.class)
                .hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> TextFiles.utf8("a\nb".getBytes(StandardCharsets.UTF_16BE)))
                .isInstanceOfSatisfying(TextFiles.NotUtf8Exception.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.problem()).contains("NUL").contains("UTF-16");
                });
    }

    @Test
    void aFileOverTheLimitOrEmptyIsRefusedWithItsName() {
        assertThatThrownBy(() ->
                        TextFiles.upload("big.geojson", new byte[3 * 1024 * 1024], 2 * 1024 * 1024, "a sites file"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("big.geojson is 3.0 MB; a sites file is at most 2 MB.");
        assertThatThrownBy(() -> TextFiles.upload("empty.csv", new byte[0], 10, "a file"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("empty.csv is empty.");
    }

    @Test
    void markupIsTextButControlCharactersAndBrokenCharactersAreNot() {
        assertThat(TextRules.problem("<script>alert(1)</script> & \"quotes\" =1+1 \t tab\r\nnew line 🏭"))
                .isNull();
        assertThat(TextRules.problem("a\u0000b")).contains("U+0000").contains("position 2");
        assertThat(TextRules.problem("bell\u0007")).contains("U+0007");
        assertThat(TextRules.problem("broken \uD83C")).contains("U+D83C");
        assertThat(TextRules.problem("\uDC00 alone")).contains("U+DC00");
        assertThatThrownBy(() -> InputChecks.check(new uk.gov.halton.planner.exercises.ExerciseDraft(
                        "Name", null, null, null, null, null, null, "x\u001Bx", null, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("objectives");
                    assertThat(e.getMessage()).startsWith("The objectives contains a control character (U+001B)");
                });
    }

    @Test
    void datesOutsideNineteenSeventyToTwentyNinetyNineAreRefusedNamingTheField() {
        assertThat(DateRules.check("dueOn", "The due date", LocalDate.of(2026, 5, 1)))
                .hasToString("2026-05-01");
        assertThat(DateRules.check("dueOn", "The due date", null)).isNull();
        assertThat(DateRules.check("dueOn", "The due date", LocalDate.of(1970, 1, 1)))
                .isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(DateRules.check("dueOn", "The due date", LocalDate.of(2099, 12, 31)))
                .isEqualTo(LocalDate.of(2099, 12, 31));
        for (LocalDate bad : new LocalDate[] {
            LocalDate.of(0, 1, 1),
            LocalDate.of(1969, 12, 31),
            LocalDate.of(2100, 1, 1),
            LocalDate.of(9999, 12, 31),
            LocalDate.MIN,
            LocalDate.MAX
        }) {
            assertThatThrownBy(() -> DateRules.check("dueOn", "The due date", bad))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("dueOn");
                        assertThat(e.getMessage()).startsWith("The due date must be between 1970 and 2099");
                    });
        }
    }
}
