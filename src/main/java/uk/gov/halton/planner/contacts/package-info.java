/**
 * The directory of partner organisations' contacts (emergency services, operators, health, the Environment Agency,
 * HSE, neighbouring councils, council departments), and their invitations to exercises: an iCalendar meeting request
 * by email, kept up to date when the exercise moves or is cancelled, a signed reply link to accept or decline, and the
 * day-before reminder to those who accepted. Types in this package are its public API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts")
package uk.gov.halton.planner.contacts;
