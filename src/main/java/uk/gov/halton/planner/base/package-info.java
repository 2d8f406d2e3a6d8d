/**
 * The shared base: application shell, users and roles, the audit log and reference-data loading.
 * Types in this package are its public API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base")
package uk.gov.halton.planner.base;
