package uk.gov.halton.planner.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/** The running application (in development mode, as the tests run it) does not send Vaadin usage statistics. */
@PlannerContextTest
class VaadinUsageStatisticsTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Test
    void usageStatisticsAreOffInDevelopmentMode() throws Exception {
        // A page served, so that Vaadin's servlet has started with the application's configuration.
        HttpResponse<String> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);

        var configuration = vaadinServlet.getServlet().getService().getDeploymentConfiguration();
        assertThat(configuration.isProductionMode())
                .as("the tests run in development mode")
                .isFalse();
        assertThat(configuration.isUsageStatisticsEnabled()).isFalse();
    }
}
