package uk.gov.halton.planner.contacts;

/** A person at a partner organisation; {@code version} is what an edit passes back to say which version it was made from. */
public record Contact(
        long id, String organisation, String name, String role, String email, String phone, long version) {}
