package uk.gov.halton.planner.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A reference-data file over its kind's size is refused before it is read, saying how large it is and may be. */
class ReferenceFileTest {

    @Test
    void aFileUpToTheLimitIsReadAndOneByteMoreIsRefusedNamingTheFileAndTheLimit() {
        byte[] limit = "x".repeat(2048).getBytes(StandardCharsets.UTF_8);
        assertThat(new ReferenceFile("r.yaml", "register/r.yaml", limit).text(2048, "the register's file"))
                .hasSize(2048);

        byte[] over = "x".repeat(2049).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ReferenceFile("r.yaml", "register/r.yaml", over).text(2048, "the register's file"))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.getMessage()).contains("register/r.yaml");
                    assertThat(e.problem()).isEqualTo("the file is 2049 bytes; the register's file is at most 2 KB");
                });
    }
}
