/**
 * Exercises of the off-site plans: templates, exercises and their debriefs, lessons and actions, the annual
 * programme and its planner, the calendar and iCalendar feed, and the Quartz jobs that watch dates. Types in this
 * package are its public API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exercises")
package uk.gov.halton.planner.exercises;
