package uk.gov.halton.planner.compliance;

import uk.gov.halton.planner.exercises.PlannerContextTest;

/** The statutory date rules on the embedded H2 database, in the context the planning tests share. */
@PlannerContextTest
class ComplianceRulesH2Test extends ComplianceRulesContract {}
