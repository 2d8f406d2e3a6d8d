/**
 * COMAH off-site emergency plans: the establishments each covers, revision and test history, the review and
 * three-year test cycle, the preparation deadline of a newly top-tier site, the public information mailing per site,
 * and the status rules shown wherever a plan appears. Types in this package are its public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package uk.gov.halton.planner.plans;
