package uk.gov.halton.planner.base;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings base owns for every module: {@code planner.time-zone}, the zone in which dates and times are taken
 * and shown (Europe/London); {@code planner.base-url}, the public address links in emails and the calendar feed
 * start with, kept without a trailing slash ({@link #link} adds exactly one); {@code planner.data.dir}, the folder
 * holding geodata/ and exercise-templates/; {@code planner.demo-users} and {@code planner.admin.*} (also from the
 * environment as PLANNER_ADMIN_USERNAME and PLANNER_ADMIN_PASSWORD), the first users of an empty database.
 */
@ConfigurationProperties("planner")
public record PlannerProperties(String timeZone, String baseUrl, Data data, boolean demoUsers, Admin admin) {

    /** {@code planner.data.dir}: a folder on the file system, relative to the working directory. */
    public record Data(String dir) {
        public Data {
            dir = dir == null || dir.isBlank() ? "." : dir.strip();
        }
    }

    /** The administrator made on first start when both are given. */
    public record Admin(String username, String password) {
        public Admin {
            username = username == null ? "" : username;
            password = password == null ? "" : password;
        }
    }

    public static final String DEFAULT_ZONE = "Europe/London";
    public static final String DEFAULT_BASE_URL = "http://localhost:8080";

    public PlannerProperties {
        timeZone = timeZone == null || timeZone.isBlank() ? DEFAULT_ZONE : timeZone.strip();
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "planner.time-zone: '" + timeZone + "' is not a time zone, e.g. " + DEFAULT_ZONE + ".", e);
        }
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip().replaceAll("/+$", "");
        data = data == null ? new Data(null) : data;
        admin = admin == null ? new Admin(null, null) : admin;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Whether planner.base-url was set; without it, a page can take the address it was reached at. */
    public boolean baseUrlSet() {
        return baseUrl != null;
    }

    /** {@code path} under the base URL, with one slash between: "https://planner.example/alerts". */
    public String link(String path) {
        String tail = path == null ? "" : path.replaceAll("^/+", "");
        return (baseUrl == null ? DEFAULT_BASE_URL : baseUrl) + "/" + tail;
    }
}
