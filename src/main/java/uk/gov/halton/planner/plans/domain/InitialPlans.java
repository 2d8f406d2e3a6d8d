package uk.gov.halton.planner.plans.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.sites.SiteService;
import uk.gov.halton.planner.sites.SiteSummary;

/**
 * Makes one plan per plan id of the site register, and one mailing record per site, after the reference data is
 * loaded. Only ids and titles are copied: the real dates are unknown, so none are invented; planners enter them.
 */
@Component
@Order(20)
class InitialPlans implements ApplicationRunner {

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
    public void run(ApplicationArguments args) {
        int created = 0;
        for (SiteSummary site : sites.findAll()) {
            if (!plans.existsById(site.planId())) {
                Plan plan = new Plan(site.planId(), site.planTitle());
                if (site.newlyTopTier()) {
                    plan.setLifecycle(Plan.Lifecycle.IN_PREPARATION);
                }
                plans.save(plan);
                created++;
            }
            if (!mailings.existsById(site.id())) {
                mailings.save(new PizMailing(site.id(), site.planId(), site.name()));
            }
        }
        if (created > 0) {
            log.info("Created {} off-site plans from the site register (no dates: planners enter them)", created);
        }
    }
}
