package uk.gov.halton.planner.base;

/**
 * Work that must be finished before the application serves its first request: the first users, the reference data,
 * the plans made from it, the scheduler's jobs, the first alert sweep. Run once per start in {@code @Order} order,
 * after the scheduler has started and before the web server opens its port, so that a healthy
 * {@code /actuator/health} means all of it is there. (Spring Boot's ApplicationRunners run only after the web server
 * is already answering.) An exception stops the start.
 */
public interface StartupTask {

    void runAtStartup();
}
