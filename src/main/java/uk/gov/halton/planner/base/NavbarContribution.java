package uk.gov.halton.planner.base;

import com.vaadin.flow.component.Component;

/**
 * A component a feature module adds to the shell's top bar (the alerts bell, for one), so that the shell never
 * depends on the feature. Beans of this type are asked for a new component for each shell.
 */
public interface NavbarContribution {

    Component create();
}
