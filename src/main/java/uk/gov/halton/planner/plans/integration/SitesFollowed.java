package uk.gov.halton.planner.plans.integration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.plans.PlanDatesChanged;
import uk.gov.halton.planner.plans.domain.InitialPlans;
import uk.gov.halton.planner.sites.SiteChanged;
import uk.gov.halton.planner.sites.SiteService;

/**
 * Follows the site register at once: a site imported with a new plan gets that plan, and a site's mailing record
 * takes its new name and plan. It runs inside the site change's transaction, so both are saved together or not at
 * all, and it is safe to run again for the same change.
 */
@Component
class SitesFollowed {

    private final SiteService sites;
    private final InitialPlans initialPlans;
    private final ApplicationEventPublisher events;

    SitesFollowed(SiteService sites, InitialPlans initialPlans, ApplicationEventPublisher events) {
        this.sites = sites;
        this.initialPlans = initialPlans;
        this.events = events;
    }

    @EventListener
    void siteChanged(SiteChanged event) {
        sites.find(event.siteId()).ifPresent(site -> {
            if (initialPlans.follow(site).mailingChanged()) {
                // The mailing deadline is titled with the site's name and belongs to its plan: alerts and
                // reminders follow it. A new plan or mailing has no dates yet, so nothing to tell them then.
                events.publishEvent(new PlanDatesChanged(site.planId()));
                if (event.previousPlanId() != null && !event.previousPlanId().equals(site.planId())) {
                    events.publishEvent(new PlanDatesChanged(event.previousPlanId()));
                }
            }
        });
    }
}
