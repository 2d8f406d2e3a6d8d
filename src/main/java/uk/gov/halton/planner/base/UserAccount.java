package uk.gov.halton.planner.base;

/** A user as other modules see it: no password, no internals. */
public record UserAccount(long id, String username, String displayName, String email, Role role, boolean enabled) {}
