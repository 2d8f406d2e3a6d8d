package uk.gov.halton.planner.sites;

import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The public API of the site register. (First cut: reads the shipped geodata; persistence follows.) */
@Service
public class SiteService {

    private final List<SiteSummary> sites;

    SiteService() {
        this.sites = load();
    }

    public List<SiteSummary> findAll() {
        return sites;
    }

    public Optional<SiteSummary> find(String id) {
        return sites.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<SiteSummary> findByPlan(String planId) {
        return sites.stream().filter(s -> s.planId().equals(planId)).toList();
    }

    private static List<SiteSummary> load() {
        try (InputStream in = SiteService.class.getClassLoader().getResourceAsStream("geodata/sites.geojson")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<SiteSummary> result = new ArrayList<>();
            for (JsonNode f : root.get("features")) {
                JsonNode p = f.get("properties");
                result.add(new SiteSummary(f.get("id").asString(), p.get("name").asString(), p.get("operator").asString(),
                        p.get("address").asString(), p.get("town").asString(), p.get("planId").asString(),
                        p.get("planTitle").asString(), p.get("newlyTopTier").asBoolean(),
                        p.get("positionApproximate").asBoolean()));
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
