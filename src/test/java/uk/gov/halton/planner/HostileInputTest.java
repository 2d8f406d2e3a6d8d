package uk.gov.halton.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.alerts.AlertSettings;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.UserService;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.exercises.templates.TemplateParser;
import uk.gov.halton.planner.geo.GeoJson;
import uk.gov.halton.planner.geo.GeoJsonException;
import uk.gov.halton.planner.register.domain.CsvImportException;
import uk.gov.halton.planner.register.domain.FigureCsv;
import uk.gov.halton.planner.sites.SiteService;

/**
 * Hostile input at the importers and forms: each is refused with a message that says what and where, or stored
 * as plain text that stays text on the way out; nothing is half written.
 */
@PlannerContextTest
class HostileInputTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @Autowired
    SiteService sites;

    @Autowired
    FigureCsv figures;

    @Autowired
    UserService users;

    @Autowired
    AlertSettings alertSettings;

    private static String site(String id, String name) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"" + id + "\","
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-2.70,53.35]},\"properties\":{\"name\":"
                + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(name)
                + ",\"operator\":\"Op\",\"address\":\"A\",\"town\":\"Widnes\",\"tier\":\"upper\",\"planId\":\"hostile\","
                + "\"planTitle\":\"Hostile plan\",\"pizRadiusMetres\":1000,\"positionApproximate\":true}}]}";
    }

    @Test
    @WithUserDetails("planner")
    void truncatedAndHugeGeoJsonIsRefusedAndChangesNothing() {
        int before = sites.findAll().size();
        String whole = site("truncated", "Truncated");
        assertThatThrownBy(() -> sites.importGeoJson(whole.substring(0, whole.length() / 2)))
                .isInstanceOf(GeoJsonException.class)
                .hasMessageContaining("not valid JSON (line 1");
        assertThatThrownBy(() -> sites.importGeoJson(" ".repeat(6 * 1024 * 1024) + whole))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 5 MB");
        assertThatThrownBy(
                        () -> sites.importGeoJson("{\"type\":\"FeatureCollection\",\"features\":[" + "[".repeat(5000)))
                .isInstanceOf(GeoJsonException.class);
        assertThat(sites.findAll()).hasSize(before);
    }

    @Test
    @WithUserDetails("planner")
    @Transactional
    void markupInASiteNameIsKeptAsTextAndStaysTextInEveryExport() {
        sites.importGeoJson(site("markup-site", MARKUP));
        assertThat(sites.find("markup-site").orElseThrow().name()).isEqualTo(MARKUP);
        // GeoJSON export: a JSON string that parses back to the same text.
        assertThat(GeoJson.read(sites.sitesGeoJson()).stream()
                        .filter(f -> f.id().equals("markup-site"))
                        .findFirst()
                        .orElseThrow()
                        .text("name"))
                .isEqualTo(MARKUP);
        assertThat(sites.sitesCsv()).contains(MARKUP);
    }

    @Test
    @WithUserDetails("planner")
    @Transactional
    void aFormulaInASiteNameIsNeutralisedInTheCsvExport() {
        sites.importGeoJson(site("formula-site", "=HYPERLINK(\"http://evil.example\",\"click\")"));
        assertThat(sites.sitesCsv()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    @Test
    @WithUserDetails("officer")
    void aFormulaOrTextWhereAFigureBelongsIsRefusedByRowAndColumn() {
        String csv = String.join(",", FigureCsv.COLUMNS) + "\n"
                + "CE LI 12,2026/27,Q1,actual,=1+1,no,\n"
                + "CE LI 12,2026/27,Q2,actual,-5,no,\n";
        assertThatThrownBy(() -> figures.importCsv(csv))
                .isInstanceOfSatisfying(
                        CsvImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(Object::toString)
                                .anySatisfy(p -> assertThat(p).contains("Row 2, column amount"))
                                .anySatisfy(p -> assertThat(p).contains("Row 3, column amount")));
        assertThatThrownBy(() -> figures.importCsv("\u0000\u0001garbage")).isInstanceOf(CsvImportException.class);
    }

    @Test
    void aTemplateBuiltToExplodeInMemoryIsRefusedWithItsFileNamed() {
        StringBuilder yaml = new StringBuilder(
                "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ",").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertThatThrownBy(() -> TemplateParser.parse("laughs.yaml", "exercise-templates/laughs.yaml", yaml.toString()))
                .isInstanceOfSatisfying(
                        ReferenceDataException.class,
                        e -> assertThat(e.file()).isEqualTo("exercise-templates/laughs.yaml"));
        assertThatThrownBy(() -> TemplateParser.parse("t.yaml", "exercise-templates/t.yaml", "type: [unclosed"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aShippedTemplateWithMarkupInItsTextKeepsItAsText() throws Exception {
        String tabletop = Files.readString(Path.of("exercise-templates", "tabletop.yaml"));
        String hostile = tabletop.replaceFirst("name: .*", "name: \"" + MARKUP.replace("\"", "\\\\\"") + "\"");
        assertThat(TemplateParser.parse("tabletop.yaml", "exercise-templates/tabletop.yaml", hostile)
                        .name())
                .isEqualTo(MARKUP);
    }

    @Test
    @WithUserDetails("admin")
    @Transactional
    void aUsersNameWithControlCharactersOrTooLongAndOddEmailsAreRefusedNamingTheField() {
        int before = users.findAll().size();
        for (String name : new String[] {
            "Nul\u0000Name",
            "Escape\u001B[2J",
            "Broken \uD800",
            "N".repeat(101),
            " ",
            "Two\nLines",
            "Carriage\rReturn",
            "Line\u2028Separator"
        }) {
            assertThatThrownBy(() -> users.create("hostile.name", name, null, Role.PARTNER, "long-enough-password"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("displayName"));
        }
        for (String email : new String[] {
            "a@b.co\r\nBcc: all@example.org",
            "a@b.co\u0000",
            "x".repeat(195) + "@b.co.uk",
            "\"quoted\"@example.org",
            "javascript:alert(1)//@x.io"
        }) {
            assertThatThrownBy(() -> users.create("hostile.mail", "Mail", email, Role.PARTNER, "long-enough-password"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("email"));
        }
        for (String username :
                new String[] {"<script>", "admin\u0000", "a", "../etc", "x".repeat(41), "offıcer", "admın.twin"}) {
            assertThatThrownBy(() -> users.create(username, "Name", null, Role.PARTNER, "long-enough-password"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("username"));
        }
        assertThat(users.findAll()).hasSize(before);
    }

    @Test
    void leadTimesThatAreNotWholeDaysAreRefusedNamingTheField() {
        for (String text : new String[] {"180, 90,<b>30</b>", "1e3", "99999999999", "7;0", "=1+1", "30\u0000"}) {
            assertThatThrownBy(() -> AlertSettings.parseLeadDays(text))
                    .as(text)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("leadDays"));
        }
        assertThat(AlertSettings.parseLeadDays(" 7, 180 ,0,, 30 ")).containsExactly(180, 30, 7, 0);
    }

    @Test
    @WithUserDetails("admin")
    @Transactional
    void leadTimesOutOfRangeAreRefusedAndChangeNothing() {
        List<Integer> before = alertSettings.leadDays(DeadlineKind.PLAN_TEST);
        List<Integer> forty =
                java.util.stream.IntStream.rangeClosed(1000, 1039).boxed().toList(); // overflowed the column
        for (List<Integer> days :
                List.<List<Integer>>of(List.of(), List.of(-1), List.of(3651), List.of(7, 100_000), forty)) {
            assertThatThrownBy(() -> alertSettings.setLeadDays(DeadlineKind.PLAN_TEST, days))
                    .as(days.toString())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("leadDays"));
        }
        assertThat(alertSettings.leadDays(DeadlineKind.PLAN_TEST)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    @Transactional
    void markupInAUsersNameIsTextAndInAnEmailIsRefused() {
        assertThat(users.create("markup.user", MARKUP, null, Role.PARTNER, "long-enough-password")
                        .displayName())
                .isEqualTo(MARKUP);
        assertThatThrownBy(
                        () -> users.create("markup.mail", "Mail", "<script>@x.y", Role.PARTNER, "long-enough-password"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }
}
