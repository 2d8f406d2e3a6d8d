package uk.gov.halton.planner;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Classes and methods run in random order (junit-platform.properties). JUnit picks its seed silently, so a failure that
 * depends on the order could not be repeated: the build gives a new seed each time (pom.xml, {@code test.order.seed})
 * and this prints it, to repeat that order with {@code -Dtest.order.seed=N}. (Setting the seed here instead came too
 * late: JUnit had read its configuration.)
 */
public class RandomOrderSeed implements LauncherSessionListener {

    static final String SEED = "junit.jupiter.execution.order.random.seed";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String seed = System.getProperty(SEED);
        System.out.println(
                seed == null
                        ? "Random test order: JUnit's own seed (not known)"
                        : "Random test order: repeat it with -Dtest.order.seed=" + seed);
    }
}
