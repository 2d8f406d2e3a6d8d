package uk.gov.halton.planner.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;

/** Browsable text from the business plan: the priority statement, a key development or an emerging issue. */
@Entity
@Audited
@Table(name = "reg_text")
public class RegisterText {

    /** Items are kept one per line; no item in the seed spans lines. */
    private static final String ITEM_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "text_key", nullable = false)
    private String textKey;

    @Enumerated(EnumType.STRING)
    private TextKind kind;

    @Column(name = "sort_order")
    private int sortOrder;

    @Column(name = "group_title")
    private String groupTitle;

    private String heading;
    private String intro;
    private String items;
    private String footnote;

    protected RegisterText() {}

    public RegisterText(String textKey, TextKind kind) {
        this.textKey = textKey;
        this.kind = kind;
    }

    void update(
            int sortOrder, String groupTitle, String heading, String intro, List<String> itemList, String footnote) {
        this.sortOrder = sortOrder;
        this.groupTitle = groupTitle;
        this.heading = heading;
        this.intro = intro;
        this.items = itemList.isEmpty() ? null : String.join(ITEM_SEPARATOR, itemList);
        this.footnote = footnote;
    }

    public Long getId() {
        return id;
    }

    public String getTextKey() {
        return textKey;
    }

    public TextKind getKind() {
        return kind;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getGroupTitle() {
        return groupTitle;
    }

    public String getHeading() {
        return heading;
    }

    public String getIntro() {
        return intro;
    }

    public List<String> getItems() {
        return items == null ? List.of() : Arrays.asList(items.split(ITEM_SEPARATOR, -1));
    }

    public String getFootnote() {
        return footnote;
    }

    /** The part of the key after "kd:" or "ei:", as in the data file. */
    public String getSourceId() {
        int colon = textKey.indexOf(':');
        return colon < 0 ? textKey : textKey.substring(colon + 1);
    }
}
