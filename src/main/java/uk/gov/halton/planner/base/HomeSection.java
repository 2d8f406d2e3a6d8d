package uk.gov.halton.planner.base;

import com.vaadin.flow.component.Component;
import java.util.Set;

/**
 * A part of the home page that a feature module adds (what is due, the programme, the register's gaps), so that the
 * home page never depends on the feature. Beans of this type are asked for a new component for each visit.
 */
public interface HomeSection {

    /** Where it stands on the page: lower first. */
    int order();

    /** Whether a user with these roles sees it. */
    boolean shownTo(Set<Role> roles);

    /** A new component for a user with these roles (what a line asks of the reader may depend on them). */
    Component create(Set<Role> roles);
}
