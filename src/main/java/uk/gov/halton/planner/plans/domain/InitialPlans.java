package uk.gov.halton.planner.plans.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.StartupTask;
import uk.gov.halton.planner.sites.SiteService;
import uk.gov.halton.planner.sites.SiteSummary;

/**
 * Makes one plan per plan id of the site register, and one mailing record per site, after the reference data is
 * loaded, and again for each site that changes later ({@code plans.integration.SitesFollowed}). Only ids and titles
 * are copied: the real dates are unknown, so none are invented; planners enter them.
 */
@Component
@Order(20)
public class InitialPlans implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(InitialPlans.class);

    private final SiteService sites;
    private final PlanRepository plans;
    private final PizMailingRepository mailings;

    InitialPlans(SiteService sites, PlanRepository plans, PizMailingRepository mailings) {
        this.sites = sites;
        this.plans = plans;
        this.mailings = mailings;
    }

    @Override
    @Transactional
    public void runAtStartup() {
        int created = 0;
        for (SiteSummary site : sites.findAll()) {
            if (follow(site).planCreated()) {
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} off-site plans from the site register (no dates: planners enter them)", created);
        }
    }

    /**
     * Brings the plans in line with one site: its plan exists, and its mailing record exists and carries the site's
     * current name and plan (the mailing keeps its dates when the site is renamed or put under another plan).
     */
    public Followed follow(SiteSummary site) {
        boolean planCreated = false;
        if (!plans.existsById(site.planId())) {
            Plan plan = new Plan(site.planId(), site.planTitle());
            if (site.newlyTopTier()) {
                plan.setLifecycle(Plan.Lifecycle.IN_PREPARATION);
            }
            plans.save(plan);
            planCreated = true;
        }
        PizMailing mailing = mailings.findById(site.id()).orElse(null);
        if (mailing == null) {
            mailings.save(new PizMailing(site.id(), site.planId(), site.name()));
            return new Followed(planCreated, false);
        }
        boolean stale =
                !site.name().equals(mailing.getSiteName()) || !site.planId().equals(mailing.getPlanId());
        mailing.setSiteName(site.name());
        mailing.setPlanId(site.planId());
        return new Followed(planCreated, stale);
    }

    /** What following a site changed: a new plan, and whether an existing mailing was renamed or re-planned. */
    public record Followed(boolean planCreated, boolean mailingChanged) {}
}
