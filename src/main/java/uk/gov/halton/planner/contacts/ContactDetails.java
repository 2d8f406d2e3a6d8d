package uk.gov.halton.planner.contacts;

/** What a planner types for a contact, or a line of an imported file; checked by {@link ContactService}. */
public record ContactDetails(String organisation, String name, String role, String email, String phone) {
}
