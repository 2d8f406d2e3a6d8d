package uk.gov.halton.planner;

import java.security.SecureRandom;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Classes and methods run in random order (junit-platform.properties). JUnit picks its seed silently, so a failure that
 * depends on the order could not be repeated: this picks the seed before the tests are found, unless one is given,
 * and prints it, to repeat that order with {@code -Djunit.jupiter.execution.order.random.seed=N}.
 */
public class RandomOrderSeed implements LauncherSessionListener {

    static final String SEED = "junit.jupiter.execution.order.random.seed";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(SEED) == null) {
            System.setProperty(SEED, Long.toString(new SecureRandom().nextLong()));
        }
        System.out.println("Random test order: -D" + SEED + "=" + System.getProperty(SEED));
    }
}
