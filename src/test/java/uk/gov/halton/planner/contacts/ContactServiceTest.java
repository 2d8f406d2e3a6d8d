package uk.gov.halton.planner.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/** The directory's rules: who keeps it, and CSV import (all or nothing, problems by file, line and field) and export. */
@PlannerContextTest
class ContactServiceTest {

    @Autowired
    ContactService contacts;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    @WithUserDetails("planner")
    void aGoodFileAddsAndUpdatesContactsByEmail() {
        Contact before = contacts.create(
                new ContactDetails("Halton Borough Council", "Sample contact " + run, "Old role", email("a"), null));
        String csv = "\uFEFForganisation,name,role,email,phone\r\n"
                + "Halton Borough Council,Sample contact " + run + ",Duty officer," + email("a") + ",0151 000 0000\r\n"
                + "\"Cheshire Police, Northern\",Sample contact " + run + " B,Inspector," + email("b") + ",\r\n";
        assertThat(contacts.importCsv("partners.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(2);

        assertThat(contacts.find(before.id())).hasValueSatisfying(c -> {
            assertThat(c.role()).isEqualTo("Duty officer");
            assertThat(c.phone()).isEqualTo("0151 000 0000");
            assertThat(c.version()).isGreaterThan(before.version());
        });
        assertThat(contacts.findAll()).anySatisfy(c -> {
            assertThat(c.email()).isEqualTo(email("b"));
            assertThat(c.organisation()).isEqualTo("Cheshire Police, Northern");
            assertThat(c.phone()).isNull();
        });
        assertThat(contacts.exportCsv())
                .contains("\"Cheshire Police, Northern\",Sample contact " + run + " B,Inspector," + email("b"));
    }

    @Test
    @WithUserDetails("planner")
    void anImportedOrganisationInAnotherCaseOrSpacingIsTheOneInTheDirectory() {
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        String organisation = "Cheshire Police " + run;
        contacts.create(
                new ContactDetails(organisation, "Sample officer", null, "officer-" + run + "@example.org", null));
        String csv = "organisation,name,role,email,phone\n"
                + "  CHESHIRE   police " + run.toUpperCase(java.util.Locale.ROOT) + " ,Sample inspector,,inspector-"
                + run + "@example.org,\n"
                + "Widnes Sample Works " + run + ",Sample manager,,manager-" + run + "@example.org,\n"
                + "widnes sample works " + run + ",Sample deputy,,deputy-" + run + "@example.org,\n";
        contacts.importCsv("partners.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(contacts.findAll())
                .filteredOn(c -> c.email().endsWith(run + "@example.org"))
                .extracting(c -> c.organisation())
                .containsOnly(organisation, "Widnes Sample Works " + run);
        assertThat(contacts.organisations())
                .contains(organisation, "Widnes Sample Works " + run)
                .doesNotContain("widnes sample works " + run);
    }

    @Test
    @WithUserDetails("planner")
    void aBadFileImportsNothingAndNamesEachProblemsLineAndField() {
        String csv = "organisation,name,role,email,phone\n"
                + "Environment Agency,Sample contact " + run + ",Officer," + email("ok") + ",\n"
                + "Environment Agency,,Officer," + email("c") + ",\n"
                + "HSE,Sample contact " + run + " D,Inspector,not-an-address,=1+1\n"
                + "HSE,Sample contact " + run + " E,Inspector," + email("e") + ",call me\n"
                + "HSE,Sample contact " + run + " F,Inspector," + email("ok") + ",\n";
        assertThatThrownBy(() -> contacts.importCsv("partners.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        ContactImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(Object::toString)
                                .containsExactly(
                                        "partners.csv, line 3, name: The name is required.",
                                        "partners.csv, line 4, email: 'not-an-address' is not an email address.",
                                        "partners.csv, line 4, phone: '=1+1' is not a phone number (digits, spaces, + ( ) -).",
                                        "partners.csv, line 5, phone: 'call me' is not a phone number (digits, spaces, + ( ) -).",
                                        "partners.csv, line 6, email: " + email("ok") + " is on line 2 already")
                                .hasSize(5));
        assertThat(contacts.findAll()).noneMatch(c -> c.email().equals(email("ok")));
    }

    @Test
    @WithUserDetails("planner")
    void aFileWithoutTheColumnsOrNotInUtf8IsRefusedSayingWhy() {
        assertThatThrownBy(() -> contacts.importCsv("people.csv", "who,where\nx,y\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        ContactImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(Object::toString)
                                .first()
                                .asString()
                                .startsWith(
                                        "people.csv, line 1, organisation: the header has no column \"organisation\""));
        assertThatThrownBy(() -> contacts.importCsv("latin1.csv", new byte[] {'o', ',', (byte) 0xE9, '\n'}))
                .isInstanceOfSatisfying(
                        ContactImportException.class,
                        e -> assertThat(e.getMessage()).contains("latin1.csv, line 1: is not UTF-8 text"));
    }

    @Test
    @WithUserDetails("planner")
    void anExportNeutralisesFormulasAndAnEmailBelongsToOneContact() {
        contacts.create(new ContactDetails("=HYPERLINK(\"x\")", "Sample contact " + run, null, email("f"), null));
        assertThat(contacts.exportCsv()).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThatThrownBy(() -> contacts.create(new ContactDetails(
                        "HSE", "Sample contact " + run + " G", null, email("f").toUpperCase(), null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    @WithUserDetails("partner")
    void aPartnerReadsTheDirectoryButCannotChangeOrImportIt() {
        Contact made =
                madeByAPlanner(new ContactDetails("HSE", "Sample contact " + run + " R", null, email("r"), null));
        assertThat(contacts.findAll()).contains(made);
        assertThat(contacts.exportCsv())
                .startsWith("organisation,name,role,email,phone")
                .contains(email("r"));
        assertThatThrownBy(() -> contacts.create(new ContactDetails("HSE", "Sample contact", null, email("p"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.importCsv(
                        "x.csv",
                        "organisation,name,email\nHSE,Sample,x@example.org\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.delete(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void aManagerCannotChangeTheDirectoryEither() {
        assertThatThrownBy(() -> contacts.create(new ContactDetails("HSE", "Sample contact", null, email("m"), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String email(String who) {
        return "sample-" + run + "-" + who + "@example.org";
    }

    /** A contact the partner can then read, made by a planner (a partner may not make one). */
    private Contact madeByAPlanner(ContactDetails details) {
        var partner = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var planner = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        planner.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                "planner", "n/a", "ROLE_PLANNER"));
        org.springframework.security.core.context.SecurityContextHolder.setContext(planner);
        try {
            return contacts.create(details);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(partner);
        }
    }
}
