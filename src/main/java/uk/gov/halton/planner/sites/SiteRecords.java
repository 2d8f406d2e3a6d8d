package uk.gov.halton.planner.sites;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.geo.BritishNationalGrid;
import uk.gov.halton.planner.sites.domain.OperatorRecord;
import uk.gov.halton.planner.sites.domain.OperatorRecords;
import uk.gov.halton.planner.sites.domain.Site;

/** A site as other modules and views see it: the summary, and the detail with its operator history. */
@Component
class SiteRecords {

    private final OperatorRecords operators;

    SiteRecords(OperatorRecords operators) {
        this.operators = operators;
    }

    SiteDetail detail(Site site, ZoneReport report) {
        Coordinate grid = BritishNationalGrid.toBng(site.getLongitude(), site.getLatitude());
        List<SiteDetail.OperatorEntry> history = new ArrayList<>();
        for (OperatorRecord r : operators.findBySiteIdOrderById(site.getId())) {
            history.add(new SiteDetail.OperatorEntry(r.getOperatorName(), r.getUntil(), r.getNote()));
        }
        return new SiteDetail(
                summary(site),
                site.getTier(),
                site.getLongitude(),
                site.getLatitude(),
                grid.x,
                grid.y,
                site.getPositionNote(),
                site.getPizRadiusMetres(),
                site.getPizPolygon() != null,
                site.isPizIndicative(),
                site.getNewlyTopTierNote(),
                site.getHazards(),
                site.getNote(),
                site.getSources(),
                history,
                report,
                site.getVersion(),
                site.getPizPolygon(),
                site.getPositionConfirmedAt() == null
                        ? null
                        : new SiteDetail.PositionConfirmation(
                                site.getPositionConfirmedBy(),
                                site.getPositionConfirmedAt(),
                                site.getPositionConfirmationSource()));
    }

    static SiteSummary summary(Site s) {
        return new SiteSummary(
                s.getId(),
                s.getName(),
                s.getOperator(),
                s.getAddress(),
                s.getTown(),
                s.getPlanId(),
                s.getPlanTitle(),
                s.isNewlyTopTier(),
                s.isPositionApproximate(),
                s.getPositionConfirmedAt() != null);
    }
}
