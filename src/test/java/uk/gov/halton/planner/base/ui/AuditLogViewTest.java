package uk.gov.halton.planner.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.AuditEntry;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.UserAccount;
import uk.gov.halton.planner.base.UserService;
import uk.gov.halton.planner.exercises.PlannerContextTest;

@PlannerContextTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Test
    @WithUserDetails("admin")
    void eachChangedFieldReadsOldToNewAndTheLogFiltersByRecordUserAndDay() {
        String username = "audit." + UUID.randomUUID().toString().substring(0, 8);
        UserAccount made = users.create(username, "Sam Before", null, Role.PARTNER, "long-enough-password");
        users.update(made.id(), "Sam After", null, Role.OFFICER, true);

        AuditLogView view = navigate(AuditLogView.class);
        test(view.record).setValue("App user " + made.id());
        List<AuditEntry> rows = rows(view);
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().kind()).isEqualTo(AuditEntry.Kind.CHANGED);
        assertThat(rows.getFirst().username()).isEqualTo("admin");
        assertThat(rows.getFirst().summary())
                .contains("display name: Sam Before -> Sam After")
                .contains("role: Partner -> Officer")
                .doesNotContain("username:");
        assertThat(rows.get(1).summary()).contains("username: " + username);
        assertThat(view.count.getText()).isEqualTo("2 changes match.");
        assertThat(view.csv())
                .contains("display name: Sam Before -> Sam After; role: Partner -> Officer")
                .startsWith("When,Who,Record,Change,Details");

        test(view.who).selectItem("admin");
        assertThat(rows(view)).hasSize(2);
        test(view.who).selectItem("system");
        assertThat(rows(view)).isEmpty();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("No changes match these filters.");
        view.who.clear();

        LocalDate today = LocalDate.now(uk.gov.halton.planner.base.PlannerZone.zone());
        test(view.from).setValue(today);
        test(view.to).setValue(today);
        assertThat(rows(view)).hasSize(2);
        test(view.from).setValue(today.minusDays(3));
        test(view.to).setValue(today.minusDays(1));
        assertThat(rows(view)).isEmpty();
        assertThat(view.csv().lines()).hasSize(1);

        test(view.from).setValue(today);
        assertThat(view.to.isInvalid())
                .as("an end before the start is said beside it")
                .isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The end is before the start.");
    }

    private List<AuditEntry> rows(AuditLogView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }
}
