package uk.gov.halton.planner;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@EnableAsync // module event listeners (@ApplicationModuleListener) run after commit on their own thread
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
// Long polling, not WebSocket: the only pushes are alerts, a few a day; a held request costs a signed-in user far
// less memory than a WebSocket with Atmosphere's 16 KB buffers, and passes proxies that break WebSocket.
@Push(transport = com.vaadin.flow.shared.ui.Transport.LONG_POLLING)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Safer Halton Planner");
        settings.addMetaTag("description", "COMAH off-site emergency planning and the Safer Halton register");
        // The browser's tab icon; without one every browser asks for /favicon.ico and logs a 404 in its console.
        settings.addLink("icon", "icons/icon.svg");
    }
}
