package uk.gov.halton.planner.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.gov.halton.planner.alerts.AlertService;
import uk.gov.halton.planner.contacts.ContactDetails;
import uk.gov.halton.planner.contacts.ContactService;
import uk.gov.halton.planner.exercises.ElementMarkService;
import uk.gov.halton.planner.exercises.ElementResult;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.exercises.TestReportService;
import uk.gov.halton.planner.plans.PlanElement;
import uk.gov.halton.planner.plans.PlanElementService;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.domain.Plan;
import uk.gov.halton.planner.plans.domain.PlanRepository;

/**
 * The data a council has after some use, made once per application by the every-route walk: a plan of its own with a
 * long title (as some plans have); a test entered by a planner with a long note; a tabletop held today that tested the
 * plan, with element results (met, partly met, not met) and its stored test report; a review falling due in 20
 * days; and a second plan whose test falls due in 10 days. Every demo user follows both plans, so each has alerts.
 * Lists show their first row as the keyboard's way in (its first cell is in the tab order, and axe's target-size judges
 * it): a third plan, tested a year ago, comes first in the plans list with a two-line title in a row its status makes
 * three lines high, and a contact comes first in the contacts with a name beside a longer organisation.
 * Only new records: no site, no demo plan, no demo exercise is touched, so the journeys' counts (9 sites, a demo
 * plan's dates) stay as they were.
 */
class GrownData {

    static final String PLAN = "every-route-grown";
    /** A second plan, whose test falls due in 10 days: more alerts than a table shows at once. */
    static final String DUE_PLAN = "every-route-due";

    /** First in the plans list (it is in title order). */
    static final String FIRST_PLAN = "every-route-first";

    static final String TITLE = "Every route sample plan: an off-site emergency plan for several neighbouring "
            + "establishments, with a title as long as some councils give theirs (sample data)";
    private static final List<String> USERS = List.of("admin", "planner", "manager", "officer", "partner");

    private final PlanRepository planRecords;
    private final PlanService plans;
    private final PlanElementService elements;
    private final ExerciseService exercises;
    private final ElementMarkService marks;
    private final TestReportService reports;
    private final AlertService alerts;
    private final ContactService contacts;

    GrownData(
            PlanRepository planRecords,
            PlanService plans,
            PlanElementService elements,
            ExerciseService exercises,
            ElementMarkService marks,
            TestReportService reports,
            AlertService alerts,
            ContactService contacts) {
        this.planRecords = planRecords;
        this.plans = plans;
        this.elements = elements;
        this.exercises = exercises;
        this.marks = marks;
        this.reports = reports;
        this.alerts = alerts;
        this.contacts = contacts;
    }

    /** The plan's id, once everything is in place (the alerts too). */
    synchronized String plan() {
        if (!planRecords.existsById(PLAN)) {
            make();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> as("officer", () -> alerts.myAlerts(true, null)).stream()
                        .anyMatch(a -> a.title().contains(TITLE)));
        return PLAN;
    }

    /** The held tabletop that tested the plan. */
    long heldExercise() {
        return as(
                "planner",
                () -> exercises.findAll().stream()
                        .filter(e -> e.planIds().contains(PLAN))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    private void make() {
        planRecords.save(new Plan(PLAN, TITLE));
        planRecords.save(new Plan(DUE_PLAN, "Every route sample plan whose test falls due soon (sample data)"));
        planRecords.save(new Plan(FIRST_PLAN, "A sample plan for a pipeline terminal (sample data)"));
        // Following the plans before their dates are set, so that the sweep that follows alerts every role.
        USERS.forEach(user -> as(user, () -> {
            alerts.subscribe("plan:" + PLAN);
            alerts.subscribe("plan:" + DUE_PLAN);
            return null;
        }));
        as("planner", () -> {
            LocalDate today = exercises.today();
            plans.recordTest(
                    PLAN,
                    today.minusYears(4),
                    null,
                    "Tabletop held before this system was in use, with "
                            + "the fire and rescue service, the ambulance trust, the police and the operators' site managers; "
                            + "notes kept in the emergency planning team's shared folder");
            ExerciseSummary exercise = exercises.create(exercises.draftFromTemplate("tabletop", List.of(PLAN), today));
            exercises.schedule(exercise.id());
            List<PlanElement> planElements = elements.elements(PLAN);
            ElementResult[] results = {ElementResult.MET, ElementResult.PARTLY_MET, ElementResult.NOT_MET};
            exercises.markHeld(exercise.id(), today);
            for (int i = 0; i < results.length; i++) {
                marks.mark(exercise.id(), PLAN, planElements.get(i).key(), results[i], null);
            }
            reports.produce(exercise.id());
            plans.recordTest(DUE_PLAN, today.minusYears(3).plusDays(10), null, null);
            plans.recordTest(FIRST_PLAN, today.minusYears(1), null, null);
            // First in the contacts (they are in organisation order).
            contacts.create(new ContactDetails(
                    "A sample partner organisation (sample data)",
                    "Every route sample contact",
                    null,
                    "every-route-sample@example.org",
                    null));
            plans.recordReview(
                    PLAN, today.minusYears(3).plusDays(20), null, "First review: contacts brought up " + "to date");
            return null;
        });
    }

    private static <T> T as(String user, Supplier<T> action) {
        String role = "ROLE_" + user.toUpperCase(java.util.Locale.ROOT);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null, role));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
