package uk.gov.halton.planner.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A page that fails while it opens, as a bug would: only in the tests. */
@Route("test/broken")
@PermitAll
public class BrokenTestView extends Div {

    public BrokenTestView() {
        throw new IllegalStateException("The page broke while opening");
    }
}
