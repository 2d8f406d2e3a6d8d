package uk.gov.halton.planner.base.startup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The production build's training run for the JDK's AOT cache ({@code -XX:AOTCacheOutput}, see pom.xml): once the
 * application is ready, it asks itself for what the first users ask for (health, the sign-in page, the GIS API),
 * so that the classes and profiles of serving a request are in the cache too, then exits. Only the build sets
 * {@code planner.aot-training}; without it this bean does nothing. It is checked here at run time, not by a
 * condition, because Spring's AOT processing fixes conditions when the jar is built.
 */
@Component
class AotTrainingRun {

    private static final Logger log = LoggerFactory.getLogger(AotTrainingRun.class);
    private static final String[] PATHS = {"/actuator/health", "/login", "/", "/api/sites", "/api/zones"};

    private final boolean training;

    AotTrainingRun(@Value("${planner.aot-training:false}") boolean training) {
        this.training = training;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!training) {
            return;
        }
        var context = event.getApplicationContext();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String demo = "Basic " + Base64.getEncoder().encodeToString("partner:demo".getBytes());
        for (int round = 0; round < 3; round++) {
            for (String path : PATHS) {
                try {
                    http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .header("Authorization", demo)
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                } catch (Exception e) {
                    log.warn("AOT training request {} failed: {}", path, e.toString());
                }
            }
        }
        log.info("AOT training run done; exiting so that the JVM writes the cache");
        System.exit(SpringApplication.exit(context));
    }
}
