package uk.gov.halton.planner.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.ReferenceDataSet;
import uk.gov.halton.planner.base.ReferenceFile;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.register.domain.Indicator;
import uk.gov.halton.planner.register.domain.IndicatorSource;
import uk.gov.halton.planner.register.domain.Milestone;
import uk.gov.halton.planner.register.domain.Objective;
import uk.gov.halton.planner.register.domain.Polarity;
import uk.gov.halton.planner.register.domain.RegisterFile;
import uk.gov.halton.planner.register.domain.RegisterService;
import uk.gov.halton.planner.register.domain.RegisterText;
import uk.gov.halton.planner.register.domain.TextKind;

/**
 * Every objective, milestone and indicator in the register has the seed's exact wording. The seed is the user's
 * document in shared/seed (beside the repository), or the copy in the test resources where that is absent.
 */
@PlannerContextTest
@WithMockUser(roles = "PARTNER")
class RegisterSeedTest {

    private static final String SEED = "000_8681731de45cf638.txt";

    @Autowired
    RegisterService register;

    @Autowired
    List<ReferenceDataSet> dataSets;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    record SeedObjective(String ref, String title, List<String> milestones, String officer, String linked) {}

    static String seed() throws IOException {
        Path shared = Path.of("..", "shared", "seed", SEED);
        Path copy = Path.of("src", "test", "resources", "seed", SEED);
        return Files.readString(Files.exists(shared) ? shared : copy, StandardCharsets.UTF_8);
    }

    /** Reads Appendix 1 of the seed: objectives with their bullets, officers and linked indicators. */
    static List<SeedObjective> seedObjectives(String seed) {
        List<SeedObjective> out = new ArrayList<>();
        String ref = null;
        String title = null;
        List<String> bullets = new ArrayList<>();
        for (String line : seed.split("\n")) {
            if (line.startsWith("Service Objective:")) {
                String[] cells = line.substring("Service Objective:".length()).split("\t", -1);
                String r = cells[0].strip().replace("²", "");
                ref = r.isEmpty() ? null : r;
                title = cells.length > 1 && !cells[1].isBlank() ? cells[1].strip() : null;
                bullets = new ArrayList<>();
            } else if (line.contains("<ul")) {
                String[] parts = line.split("▪");
                for (int i = 1; i < parts.length; i++) {
                    bullets.add(parts[i].strip());
                }
            } else if (line.startsWith("Responsible Officer:")) {
                String[] cells = line.split("\t");
                out.add(new SeedObjective(ref, title, bullets, cells[1].strip(), cells[3].strip()));
                ref = null;
                title = null;
            }
        }
        return out;
    }

    @Test
    void everyObjectiveAndMilestoneHasTheSeedsExactWording() throws IOException {
        List<SeedObjective> seed = seedObjectives(seed());
        List<Objective> objectives = register.objectives();
        assertThat(seed).hasSize(5);
        assertThat(objectives).hasSize(seed.size());
        for (int i = 0; i < seed.size(); i++) {
            SeedObjective s = seed.get(i);
            Objective o = objectives.get(i);
            assertThat(o.getRef()).as("ref of objective %d", i + 1).isEqualTo(s.ref());
            assertThat(o.getTitle()).as("description of %s", o.getDisplayRef()).isEqualTo(s.title());
            assertThat(o.getResponsibleOfficer())
                    .as("officer of %s", o.getDisplayRef())
                    .isEqualTo(s.officer());
            assertThat(o.getLinkedIndicatorsText()).isEqualTo(s.linked());
            assertThat(o.getMilestoneYear()).isEqualTo("18 / 19");
            assertThat(register.milestones(o.getId()))
                    .extracting(Milestone::getWording)
                    .as("milestones of %s", o.getDisplayRef())
                    .containsExactlyElementsOf(s.milestones());
        }
        // The objective without a reference keeps none: nothing is invented.
        assertThat(objectives)
                .filteredOn(o -> o.getRef() == null)
                .singleElement()
                .satisfies(o -> assertThat(o.getDisplayRef()).doesNotContainPattern("[A-Z]{2,} ?\\d"));
        // The ² footnote: PH 04 is shared with the Health priority.
        Objective ph04 = objectives.getFirst();
        assertThat(ph04.getFootnote())
                .isEqualTo("This objective contributes to and is shared with Council’s Health Priority");
        assertThat(seed()).contains(ph04.getFootnote());
    }

    @Test
    void everyIndicatorHasTheSeedsExactDescription() throws IOException {
        Matcher m = Pattern.compile("(?m)^(CE LI \\d+)\\t([^\\t\\n]+)").matcher(seed());
        List<String> seedRows = new ArrayList<>();
        while (m.find()) {
            seedRows.add(m.group(1) + " | " + m.group(2).strip());
        }
        assertThat(seedRows).hasSize(32);
        List<Indicator> fromSeed = register.indicators().stream()
                .filter(i -> i.getSource() == IndicatorSource.SEED)
                .toList();
        assertThat(fromSeed)
                .extracting(i -> i.getRef() + " | " + i.getDescription())
                .containsExactlyElementsOf(seedRows);
        assertThat(fromSeed.getFirst().getRef()).isEqualTo("CE LI 12");
        assertThat(fromSeed.getLast().getRef()).isEqualTo("CE LI 43");
        // The system's defaults: incident counts are NEITHER, and none is confirmed yet.
        assertThat(fromSeed).allSatisfy(i -> assertThat(i.isMetadataConfirmed()).isFalse());
        assertThat(register.indicatorByRef("CE LI 12").orElseThrow().getPolarity())
                .isEqualTo(Polarity.NEITHER);
        assertThat(register.indicatorByRef("CE LI 41").orElseThrow().getPolarity())
                .isEqualTo(Polarity.NEITHER);
        assertThat(register.indicatorByRef("CE LI 39").orElseThrow().getPolarity())
                .isEqualTo(Polarity.HIGHER_IS_BETTER);
    }

    @Test
    void thePriorityKeyDevelopmentsAndEmergingIssuesAreTheSeedsText() throws IOException {
        String flat = seed().replaceAll("\\s+", " ");
        RegisterText priority = register.priority().orElseThrow();
        assertThat(priority.getGroupTitle()).isEqualTo("Safer Halton");
        assertThat(flat).contains(priority.getIntro());
        List<RegisterText> kds = register.texts(TextKind.KEY_DEVELOPMENT);
        assertThat(kds)
                .extracting(RegisterText::getSourceId)
                .containsExactly(
                        "anti-social-behaviour",
                        "making-spaces-safer",
                        "protecting-vulnerable-persons",
                        "offender-management",
                        "alcohol-harm",
                        "emergency-planning");
        List<RegisterText> eis = register.texts(TextKind.EMERGING_ISSUE);
        assertThat(eis)
                .extracting(RegisterText::getHeading)
                .containsExactly("Political", "Technology", "Environment", "Legislation");
        for (RegisterText t : concat(kds, eis)) {
            assertThat(flat).as(t.getTextKey()).contains(t.getHeading());
            for (String item : t.getItems()) {
                assertThat(flat).as(t.getTextKey()).contains(item.replaceAll("\\s+", " "));
            }
            if (t.getIntro() != null) {
                for (String para : t.getIntro().split("\n\n")) {
                    assertThat(flat).as(t.getTextKey()).contains(para);
                }
            }
        }
    }

    @Test
    void aBadFileNamesTheFileTheRecordAndTheField() {
        String bad = "priority: {name: Safer Halton, statement: x}\nkeyDevelopments: []\nemergingIssues: []\n"
                + "objectives: []\nindicators:\n  - ref: CE LI 99\n    theme: cctv\n";
        assertThatThrownBy(() -> RegisterFile.parse("register/bad.yaml", bad))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("register/bad.yaml");
                    assertThat(e.record()).isEqualTo("line 6, field indicators[1].description");
                    assertThat(e.problem()).isEqualTo("is missing or empty");
                });
        String badTheme = bad.replace("theme: cctv", "theme: parking\n    description: d");
        assertThatThrownBy(() -> RegisterFile.parse("register/bad.yaml", badTheme))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.record()).isEqualTo("line 7, field indicators[1].theme");
                    assertThat(e.problem()).isEqualTo("'parking' is not one of the report themes");
                    assertThat(e.getMessage()).startsWith("register/bad.yaml, line 7, field indicators[1].theme: ");
                });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void reloadingTheFileKeepsLinksAndIndicatorSettings() throws IOException {
        Objective ph05 = register.objectives().get(1);
        Indicator asb = register.indicatorByRef("CE LI 12").orElseThrow();
        register.setLinkedIndicators(ph05.getId(), List.of(asb.getId()));
        register.updateIndicatorSettings(
                asb.getId(), "incidents", Polarity.LOWER_IS_BETTER, asb.getQuarterlyMode(), true);

        ReferenceDataSet set = dataSets.stream()
                .filter(d -> d.name().equals("register"))
                .findFirst()
                .orElseThrow();
        byte[] file = Files.readAllBytes(Path.of("src", "main", "resources", "register", "safer-halton.yaml"));
        transactions.executeWithoutResult(status -> set.apply(new ReferenceFile("safer-halton.yaml", "test", file)));

        assertThat(register.linkedIndicators(ph05.getId()))
                .extracting(Indicator::getRef)
                .containsExactly("CE LI 12");
        Indicator after = register.indicatorByRef("CE LI 12").orElseThrow();
        assertThat(after.getUnit()).isEqualTo("incidents");
        assertThat(after.getPolarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(after.getDescription()).isEqualTo("No. of reported ASB incidents");
        register.setLinkedIndicators(ph05.getId(), List.of());
        register.updateIndicatorSettings(asb.getId(), "count", Polarity.NEITHER, asb.getQuarterlyMode(), false);
    }

    private static List<RegisterText> concat(List<RegisterText> a, List<RegisterText> b) {
        List<RegisterText> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
