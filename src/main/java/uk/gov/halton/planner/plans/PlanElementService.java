package uk.gov.halton.planner.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.SingleLine;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.plans.domain.Plan;
import uk.gov.halton.planner.plans.domain.PlanElementChoice;
import uk.gov.halton.planner.plans.domain.PlanElementChoices;
import uk.gov.halton.planner.plans.domain.PlanElementRules;
import uk.gov.halton.planner.plans.domain.PlanRepository;
import uk.gov.halton.planner.plans.domain.StandardElements;

/**
 * A plan's elements (what a test must prove over the cycle) and its current test cycle. Reads are open to every
 * signed-in role; planners and administrators refine the list per plan. Input is checked by the parameters'
 * constraints, each broken rule named by its field.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PlanElementService {

    private static final String WRITERS = "hasAnyRole('PLANNER','ADMIN')";

    private final PlanRepository plans;
    private final PlanElementChoices choices;
    private final StandardElements standard;

    PlanElementService(PlanRepository plans, PlanElementChoices choices, StandardElements standard) {
        this.plans = plans;
        this.choices = choices;
        this.standard = standard;
    }

    /** Every element of the plan, retired ones included, standard ones first. */
    public List<PlanElement> elements(String planId) {
        return PlanElementRules.elements(standard.all(), choices.findByPlanIdOrderById(planId));
    }

    public List<PlanElement> activeElements(String planId) {
        return elements(planId).stream().filter(e -> !e.retired()).toList();
    }

    public TestCycle testCycle(String planId) {
        return get(planId).testCycle();
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public PlanElement add(
            String planId,
            @NotBlank(message = "Name the element (e.g. Shelter-in-place advice).")
                    @Size(max = 200)
                    @SingleLine("The element's name")
                    String elementTitle,
            @Size(max = 1000) @PlainText("The description") String elementDetail) {
        get(planId);
        String name = TextRules.strip(elementTitle);
        boolean taken = elements(planId).stream().anyMatch(e -> e.title().equalsIgnoreCase(name));
        if (taken) {
            throw new InvalidInputException("elementTitle", "The plan already has an element '" + name + "'.");
        }
        String about = TextRules.strip(elementDetail);
        String key = "local-" + UUID.randomUUID().toString().substring(0, 8);
        choices.save(new PlanElementChoice(planId, key, name, about, true, currentUser()));
        return find(planId, key);
    }

    /** Retires an element (no more testing needed) or brings it back; past results stay on record either way. */
    @Transactional
    @PreAuthorize(WRITERS)
    public PlanElement setRetired(String planId, String key, boolean retired) {
        get(planId);
        find(planId, key);
        PlanElementChoice choice = choices.findByPlanIdAndElementKey(planId, key)
                .orElseGet(() -> choices.save(new PlanElementChoice(planId, key, null, null, false, currentUser())));
        choice.setRetired(retired, currentUser());
        return find(planId, key);
    }

    private PlanElement find(String planId, String key) {
        return elements(planId).stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("elementKey", "The plan has no element '" + key + "'."));
    }

    private Plan get(String planId) {
        return plans.findById(planId == null ? "" : planId)
                .orElseThrow(() -> new InvalidInputException("planId", "There is no plan '" + planId + "'."));
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
