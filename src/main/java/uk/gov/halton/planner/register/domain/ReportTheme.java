package uk.gov.halton.planner.register.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Safer Halton Partnership's quarterly report themes. Which key developments each report carries is the
 * register's own grouping of the seed's headings (the seed does not say); milestones and indicators carry their
 * theme from the data file.
 */
public enum ReportTheme {
    ANTI_SOCIAL_BEHAVIOUR("anti-social-behaviour", "Anti-social behaviour", List.of("anti-social-behaviour")),
    ALCOHOL_LICENSING(
            "alcohol-licensing",
            "Alcohol licensing (alcohol fuelled violence in public places)",
            List.of("making-spaces-safer", "alcohol-harm")),
    CCTV("cctv", "CCTV", List.of("making-spaces-safer")),
    DOMESTIC_ABUSE("domestic-abuse", "Domestic abuse", List.of("protecting-vulnerable-persons", "offender-management")),
    HATE_CRIME("hate-crime", "Hate crime", List.of("protecting-vulnerable-persons")),
    COMAH_EMERGENCY_PLANNING("comah-emergency-planning", "COMAH emergency planning", List.of("emergency-planning"));

    private final String slug;
    private final String title;
    private final List<String> keyDevelopmentIds;

    ReportTheme(String slug, String title, List<String> keyDevelopmentIds) {
        this.slug = slug;
        this.title = title;
        this.keyDevelopmentIds = keyDevelopmentIds;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<String> keyDevelopmentIds() {
        return keyDevelopmentIds;
    }

    public static Optional<ReportTheme> fromSlug(String slug) {
        return Arrays.stream(values())
                .filter(t -> t.slug.equalsIgnoreCase(slug == null ? "" : slug.strip()))
                .findFirst();
    }
}
