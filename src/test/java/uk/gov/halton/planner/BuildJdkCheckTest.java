package uk.gov.halton.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The build run with a JDK older than 21 stops at once with a line that says what is needed and how to point
 * JAVA_HOME at it, not with a dump of class-version errors. Needs a JDK 17 to run the build with (Debian's
 * openjdk-17, which this machine and CI have); skipped where there is none.
 */
class BuildJdkCheckTest {

    private static final Path JDK_17 = Path.of(System.getProperty("jdk17.home", "/usr/lib/jvm/java-17-openjdk-amd64"));

    @Test
    void anOlderJdkGetsOneClearLineSayingWhatToDo() throws Exception {
        assumeTrue(Files.isExecutable(JDK_17.resolve("bin/java")), "no JDK 17 at " + JDK_17);
        ProcessBuilder build = new ProcessBuilder("./mvnw", "-B", "-o", "-q", "validate")
                .directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        build.environment().put("JAVA_HOME", JDK_17.toString());
        build.environment().remove("MAVEN_OPTS");
        Process maven = build.start();
        String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(maven.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(maven.exitValue()).isNotZero();
        assertThat(output)
                .contains("needs a JDK 21 or newer, but Maven is running on Java 17", "JAVA_HOME")
                .doesNotContain("UnsupportedClassVersionError", "class file version");
    }
}
