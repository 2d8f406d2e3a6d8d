package uk.gov.halton.planner.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The pieces every {@link HomeSection} is built of, so that the home page reads as one list. */
public final class HomeSections {

    private HomeSections() {}

    /** A titled section; {@code className} names it for tests and styles. */
    public static Div section(String title, String className) {
        Div section = new Div(new H3(title));
        section.addClassNames("home-section", className);
        return section;
    }

    /** One line: a link to the record, and what is due when ("due in 11 days, 14 March 2027"). */
    public static Div line(String href, String text, String detail, boolean urgent) {
        Anchor link = new Anchor(href, text);
        link.addClassName("work-link");
        Span when = new Span(detail);
        when.addClassName(urgent ? "work-urgent" : "work-when");
        Div line = new Div(link, when);
        line.addClassName("work-item");
        return line;
    }

    /** A sub-heading inside a section ("Overdue", "In the next 30 days"). */
    public static Component group(String title, int count) {
        Div heading = new Div(title + " (" + count + ")");
        heading.addClassName("work-group");
        return heading;
    }

    /** What a section says when it has nothing to list. */
    public static Paragraph empty(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("work-empty");
        return paragraph;
    }
}
