package uk.gov.halton.planner.sites;

import java.util.List;
import java.util.stream.Collectors;
import uk.gov.halton.planner.base.InvalidInputException;

/** A site edit that breaks one or more rules: every problem, each naming its field. Nothing was saved. */
public class SiteEditRefused extends InvalidInputException {

    private final List<InvalidInputException> problems;

    public SiteEditRefused(List<InvalidInputException> problems) {
        super(
                problems.getFirst().field(),
                problems.stream().map(InvalidInputException::getMessage).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<InvalidInputException> problems() {
        return problems;
    }
}
