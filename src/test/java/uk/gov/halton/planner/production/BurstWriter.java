package uk.gov.halton.planner.production;

import java.time.LocalDate;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.halton.planner.Application;
import uk.gov.halton.planner.plans.PlanService;

/**
 * Runs the application and then writes plan reviews as fast as it can, as the planner, through the service layer
 * (each one a transaction with its revision, the plan, the audit trail and an event publication). After each commit
 * returns it prints "COMMITTED n", so a test that kills this process knows which writes the database promised.
 * Kept free of lambdas and nested classes: the test copies this one class file onto the node's classpath.
 */
public final class BurstWriter {

    private BurstWriter() {}

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(Application.class, args);
        UserDetails planner = context.getBean(UserDetailsService.class).loadUserByUsername("planner");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(planner, null, planner.getAuthorities()));
        PlanService plans = context.getBean(PlanService.class);
        String planId = plans.findAll().getFirst().id();
        LocalDate today = plans.today();
        System.out.println("BURST STARTING");
        System.out.flush();
        for (int n = 1; ; n++) {
            plans.recordReview(planId, today, null, "burst " + n);
            System.out.println("COMMITTED " + n);
            System.out.flush();
        }
    }
}
