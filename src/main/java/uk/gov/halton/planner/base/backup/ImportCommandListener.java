package uk.gov.halton.planner.base.backup;

import java.util.function.IntConsumer;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Turns {@code java -jar planner.jar --planner.import=export.zip} into the {@link ImportCommand}: it runs the
 * import and exits the process with the command's exit code. Registered in META-INF/spring.factories, so it acts
 * when the environment is ready and before the application context exists: none of the application has started
 * when the import takes over. (Application.main cannot call the command itself: the root package depending on the
 * base module, which depends on the root, is a module cycle.) Only a command-line argument triggers it, never an
 * environment variable, so a setting left behind cannot turn every later start into an import.
 */
public class ImportCommandListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private final IntConsumer exit;

    public ImportCommandListener() {
        this(System::exit);
    }

    ImportCommandListener(IntConsumer exit) {
        this.exit = exit;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        // The import's own Spring context carries the same arguments: it must not start another import.
        if (event.getSpringApplication().getAllSources().contains(ImportCommand.ImportContext.class)) {
            return;
        }
        if (ImportCommand.requested(event.getArgs())) {
            exit.accept(ImportCommand.run(event.getArgs()));
        }
    }
}
