/**
 * The Safer Halton objective and indicator register: objectives, milestones and indicators from the council's
 * business plan, quarterly figures and progress, and the quarterly reports for the Safer Halton Partnership.
 * Public API: {@link uk.gov.halton.planner.register.ComahProgrammeFacts} (the port the planning modules implement)
 * and {@link uk.gov.halton.planner.register.RegisterLinks}; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register")
package uk.gov.halton.planner.register;
