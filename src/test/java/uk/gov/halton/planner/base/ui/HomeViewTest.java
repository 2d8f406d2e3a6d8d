package uk.gov.halton.planner.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.domain.Plan;
import uk.gov.halton.planner.plans.domain.PlanRepository;

/** The home page is each role's work list. Each test makes its own plan, in a transaction rolled back after it. */
@PlannerContextTest
@Transactional
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanRepository planRecords;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @WithUserDetails("planner")
    void aPlannerSeesAnOverduePlanTestUntilTheTestIsRecorded() {
        String id = "home-" + UUID.randomUUID().toString().substring(0, 8);
        planRecords.save(new Plan(id, "Home test plan " + id));
        clock.setDate(LocalDate.of(2035, 6, 1));
        plans.recordTest(id, LocalDate.of(2032, 5, 1), null, "Tabletop");

        navigate(HomeView.class);
        Div overdue = group("work-overdue");
        Anchor item = find(Anchor.class, overdue)
                .withText("Test of Home test plan " + id)
                .single();
        assertThat(item.getHref()).isEqualTo("plans/" + id);
        assertThat(lineText(item)).contains("Overdue by 31 days, 1 May 2035");

        plans.recordTest(id, LocalDate.of(2035, 5, 30), null, "Live exercise");
        navigate(HomeView.class);
        assertThat(find(Anchor.class).withText("Test of Home test plan " + id).all())
                .isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void aManagerSeesThePpt06StandingAndPlansWhoseDatesAreNotRecorded() {
        String id = "home-" + UUID.randomUUID().toString().substring(0, 8);
        planRecords.save(new Plan(id, "Undated plan " + id));
        clock.setDate(LocalDate.of(2036, 5, 1));
        navigate(HomeView.class);
        assertThat(find(Anchor.class).withTextContaining("PPT 06").single().getHref())
                .isEqualTo("programme/2036");
        assertThat(find(Anchor.class, group("plans-undated"))
                        .withText("Undated plan " + id)
                        .exists())
                .isTrue();
    }

    @Test
    @WithUserDetails("officer")
    void anOfficerSeesWhatIsStillToEnterForTheLastCompleteQuarter() {
        clock.setDate(LocalDate.of(2041, 11, 20));
        navigate(HomeView.class);
        assertThat(find(com.vaadin.flow.component.html.H3.class)
                        .withText("Still to enter for Q2 2041/42")
                        .exists())
                .isTrue();
        assertThat(find(Anchor.class, group("missing-figures"))
                        .withTextContaining("CE LI 12")
                        .single()
                        .getHref())
                .isEqualTo("register/figures/CE-LI-12");
        assertThat(find(Div.class).withClassName("work-list").exists()).isFalse();
    }

    @Test
    @WithUserDetails("partner")
    void aPartnerSeesPlanStatusAtAGlanceAndNoWorkList() {
        navigate(HomeView.class);
        assertThat(find(Paragraph.class).withClassName("plan-counts").single().getText())
                .matches("\\d+ plans\\. Green: \\d+, Amber: \\d+, Red: \\d+\\.");
        assertThat(find(Div.class).withClassName("work-list").exists()).isFalse();
        assertThat(find(Div.class).withClassName("programme-summary").exists()).isTrue();
    }

    private Div group(String className) {
        return find(Div.class).withClassName(className).single();
    }

    private static String lineText(Anchor link) {
        Component line = link.getParent().orElseThrow();
        List<String> texts =
                line.getChildren().map(c -> c.getElement().getText()).toList();
        return String.join(" ", texts);
    }
}
