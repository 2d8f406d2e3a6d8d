package uk.gov.halton.planner.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * Hostile input at the plan forms (edit, record a test, a review, a mailing): dates out of range or in the wrong
 * order and text that cannot be stored are refused naming the field and change nothing; markup is kept as text.
 * Tests that store something run in a transaction that is rolled back. ICoNiChem's plan is never touched.
 */
@PlannerContextTest
@WithUserDetails("planner")
class HostilePlansTest {

    /** This test's own plan (its one site has the same id, as Univar's has): other tests change the demo plans. */
    private String plan;

    private static final String MARKUP = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    private static final LocalDate YEAR_0 = LocalDate.of(0, 1, 1);
    private static final LocalDate YEAR_9999 = LocalDate.of(9999, 12, 31);

    @Autowired
    PlanService plans;

    @Autowired
    uk.gov.halton.planner.sites.SiteService sites;

    @org.junit.jupiter.api.BeforeEach
    void aPlanOfItsOwn() {
        plan = "hostile-" + java.util.UUID.randomUUID();
        sites.importGeoJson(uk.gov.halton.planner.ConcurrentEditsTest.site(plan, plan));
    }

    /** The plan's current record as an edit, changed by {@code change}. */
    private PlanEdit edit(Consumer<Form> change) {
        Form form = new Form(plans.find(plan).orElseThrow());
        change.accept(form);
        return form.edit();
    }

    /** The plan form, filled from the plan's record; a test changes the fields it is about. */
    private static final class Form {
        String title;
        String version;
        String owner;
        String lifecycle;
        LocalDate preparedOn;
        LocalDate nextReviewDue;
        LocalDate nextTestDue;
        LocalDate operatorInfoReceived;
        String notes;
        final long rowVersion;

        Form(PlanSummary p) {
            rowVersion = p.rowVersion();
            title = p.title();
            version = p.version();
            owner = p.owner();
            lifecycle = p.lifecycle();
            preparedOn = p.preparedOn();
            nextReviewDue = p.nextReviewDue();
            nextTestDue = p.nextTestDue();
            operatorInfoReceived = p.operatorInfoReceived();
            notes = p.notes();
        }

        PlanEdit edit() {
            return new PlanEdit(
                    title,
                    version,
                    owner,
                    lifecycle,
                    preparedOn,
                    nextReviewDue,
                    nextTestDue,
                    operatorInfoReceived,
                    false,
                    null,
                    notes,
                    rowVersion);
        }
    }

    private void refused(PlanEdit edit, String field, String message) {
        PlanSummary before = plans.find(plan).orElseThrow();
        assertThatThrownBy(() -> plans.update(plan, edit)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
        assertThat(plans.find(plan).orElseThrow()).isEqualTo(before);
    }

    /** The call is refused with an error naming {@code field}. */
    private static void refused(String field, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void everyDateOfThePlanFormRefusesYearZeroAndYear9999NamingTheField() {
        for (LocalDate bad : new LocalDate[] {YEAR_0, LocalDate.of(1066, 10, 14), YEAR_9999}) {
            refused(edit(f -> f.preparedOn = bad), "preparedOn", "The preparation date");
            refused(
                    edit(f -> f.nextReviewDue = bad),
                    "nextReviewDue",
                    "The next review date must be between 1970 and 2099");
            refused(edit(f -> f.nextTestDue = bad), "nextTestDue", "The next test date must be between 1970 and 2099");
            refused(
                    edit(f -> f.operatorInfoReceived = bad),
                    "operatorInfoReceived",
                    "The date of the operator's information");
        }
    }

    @Test
    @Transactional
    void aNextReviewBeforeTheLastIsRefused() {
        LocalDate reviewed = plans.today().minusDays(10);
        plans.recordReview(plan, reviewed, null, "Contacts checked");
        refused(
                edit(f -> f.nextReviewDue = reviewed.minusDays(10)),
                "nextReviewDue",
                "after the last (" + Dates.day(reviewed) + ")");
        refused(edit(f -> f.nextReviewDue = reviewed.plusYears(4)), "nextReviewDue", "at the latest");
    }

    @Test
    @Transactional
    void aNextTestDueOnOrBeforeTheLastTestIsRefused() {
        LocalDate tested = plans.today().minusDays(30);
        plans.recordTest(plan, tested, null, "Tabletop");
        refused(edit(f -> f.nextTestDue = tested), "nextTestDue", "after the last (" + Dates.day(tested) + ")");
        refused(edit(f -> f.nextTestDue = tested.minusYears(1)), "nextTestDue", "after the last");
        assertThat(plans.update(plan, edit(f -> f.nextTestDue = tested.plusYears(2)))
                        .nextTestDue())
                .isEqualTo(tested.plusYears(2));
    }

    @Test
    void testsReviewsAndMailingsRefuseDatesOutOfRange() {
        PlanSummary before = plans.find(plan).orElseThrow();
        assertThatThrownBy(() -> plans.recordTest(plan, YEAR_0, null, "Roman times"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("testedOn");
                    assertThat(e.getMessage())
                            .isEqualTo(
                                    "The date of the test must be between 1970 and 2099 " + "(0000-01-01 was given).");
                });
        refused("testedOn", () -> plans.recordTest(plan, YEAR_9999, null, null));
        refused("reviewedOn", () -> plans.recordReview(plan, LocalDate.of(1, 1, 1), "9", "Ancient review"));
        refused("sentOn", () -> plans.recordMailing(plan, LocalDate.of(1900, 1, 1)));
        refused("sentOn", () -> plans.recordMailing(plan, YEAR_9999));
        assertThat(plans.find(plan).orElseThrow()).isEqualTo(before);
        assertThat(plans.tests(plan)).noneSatisfy(t -> assertThat(t.note()).isEqualTo("Roman times"));
    }

    @Test
    void textThatCannotBeStoredOrIsTooLongIsRefusedNamingTheField() {
        refused(edit(f -> f.title = "Plan\u0000"), "title", "The title contains a control character (U+0000)");
        refused(edit(f -> f.version = "1.\u001B[2J"), "version", "control character");
        refused(edit(f -> f.owner = "Owner\uD800"), "owner", "broken character");
        refused(edit(f -> f.notes = "n".repeat(2001)), "notes", "At most 2000 characters");
        refused(edit(f -> f.title = "T".repeat(201)), "title", "At most 200 characters");
        refused(edit(f -> f.lifecycle = "<script>"), "lifecycle", "Choose one of");
        refused("version", () -> plans.recordReview(plan, plans.today(), "v\u0000", "Summary"));
        refused("note", () -> plans.recordTest(plan, plans.today(), null, "x".repeat(501)));
    }

    @Test
    @Transactional
    void markupInThePlansTextIsStoredAsText() {
        PlanSummary updated = plans.update(plan, edit(f -> {
            f.notes = MARKUP + "\n=HYPERLINK(\"x\")";
            f.owner = "<b>Owner</b>";
        }));
        assertThat(updated.notes()).isEqualTo(MARKUP + "\n=HYPERLINK(\"x\")");
        assertThat(updated.owner()).isEqualTo("<b>Owner</b>");
        plans.recordReview(plan, plans.today(), "<i>2</i>", MARKUP);
        assertThat(plans.revisions(plan).getFirst().summary()).isEqualTo(MARKUP);
        assertThat(plans.find(plan).orElseThrow().version()).isEqualTo("<i>2</i>");
    }
}
