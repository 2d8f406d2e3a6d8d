package uk.gov.halton.planner.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.PdfReading;
import uk.gov.halton.planner.contacts.domain.ReplyTokens;
import uk.gov.halton.planner.exercises.DayLogService;
import uk.gov.halton.planner.exercises.ExerciseDraft;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.exercises.TestReportService;
import uk.gov.halton.planner.plans.domain.Plan;
import uk.gov.halton.planner.plans.domain.PlanRepository;

/**
 * The test report's participants table counts, by organisation, who was invited, who accepted and who declined
 * (through their reply links), beside who the facilitators recorded on the day.
 */
@PlannerContextTest
@Transactional
@WithMockUser(username = "planner", roles = "PLANNER")
class InvitationsInTheReportTest {

    @Autowired
    ContactService contacts;

    @Autowired
    InvitationService invitations;

    @Autowired
    ExerciseService exercises;

    @Autowired
    DayLogService log;

    @Autowired
    TestReportService reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanRepository planRecords;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theReportCountsInvitationsAndAnswersByOrganisation() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String planId = "invited-" + tag;
        planRecords.save(new Plan(planId, "Invitations plan " + tag));
        LocalDate day = LocalDate.of(2051, 6, 10);
        clock.set(day.minusDays(20)
                .atTime(9, 0)
                .atZone(ZoneId.of("Europe/London"))
                .toInstant());
        ExerciseSummary exercise = exercises.schedule(exercises
                .create(new ExerciseDraft(
                        "Operation Marram " + tag,
                        "tabletop",
                        List.of(planId),
                        day.atTime(LocalTime.of(10, 0)),
                        day.atTime(LocalTime.of(13, 0)),
                        "Municipal Building",
                        List.of(),
                        "Test the invitations",
                        null,
                        false))
                .id());
        Contact accepts = contact("Sample Water Company " + tag, "Sample contact Ada");
        Contact declines = contact("Sample Ambulance Trust " + tag, "Sample contact Bo");
        Contact silent = contact("Sample Ambulance Trust " + tag, "Sample contact Cy");
        List<Invitation> sent = invitations.invite(exercise.id(), List.of(accepts.id(), declines.id(), silent.id()));
        assertThat(sent).hasSize(3);
        answer(sent, accepts, true);
        answer(sent, declines, false);

        clock.set(day.atTime(10, 30).atZone(ZoneId.of("Europe/London")).toInstant());
        log.addAttendee(exercise.id(), "Sample contact Ada", "Sample Water Company " + tag);
        clock.set(day.atTime(15, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        exercises.markHeld(exercise.id(), day);

        String pdf = PdfReading.text(reports.produce(exercise.id()).pdf());
        assertThat(pdf)
                .contains(
                        "Invited",
                        "Accepted",
                        "Declined",
                        "Sample Water Company " + tag + " 1 1 0 1 Sample contact Ada accepted: Sample contact Ada",
                        "Sample Ambulance Trust " + tag + " 2 0 1 0",
                        "declined: Sample contact Bo");
    }

    private Contact contact(String organisation, String name) {
        return contacts.create(new ContactDetails(
                organisation,
                name,
                "Duty officer",
                name.toLowerCase().replace(' ', '.') + "."
                        + UUID.randomUUID().toString().substring(0, 6) + "@example.org",
                null));
    }

    /** Answers as the invitee does: through the signed link their email carries. */
    private void answer(List<Invitation> sent, Contact who, boolean accept) {
        Invitation invitation = sent.stream()
                .filter(i -> i.contactId() != null && i.contactId() == who.id())
                .findFirst()
                .orElseThrow();
        String key = jdbc.sql("select reply_key from invitation where id = ?")
                .param(invitation.id())
                .query(String.class)
                .single();
        ExerciseSummary exercise = exercises.find(invitation.exerciseId()).orElseThrow();
        String token = ReplyTokens.token(key, invitation.id(), exercise.endsAt().toInstant());
        assertThat(invitations.answer(token, accept).invitation().response())
                .isEqualTo(accept ? Response.ACCEPTED : Response.DECLINED);
    }
}
