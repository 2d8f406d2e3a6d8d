package uk.gov.halton.planner.contacts;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.gov.halton.planner.base.ConcurrentEditException;
import uk.gov.halton.planner.base.CsvCells;
import uk.gov.halton.planner.base.DatabaseTime;
import uk.gov.halton.planner.base.InputChecks;
import uk.gov.halton.planner.base.InvalidInputException;

/**
 * The contacts directory. Every signed-in role reads it; planners and administrators keep it (checked here, not only
 * in the view). An email address is one contact's: importing a file updates the contacts it names by address.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ContactService {

    static final String KEEPERS = "hasAnyRole('PLANNER','ADMIN')";
    public static final List<String> CSV_HEADER = List.of("organisation", "name", "role", "email", "phone");
    /** A directory of a few thousand people is far below this; a larger file is not a contacts list. */
    public static final long MAX_IMPORT_BYTES = 1024 * 1024;

    private final JdbcClient jdbc;
    private final Clock clock;

    ContactService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Contact> findAll() {
        return jdbc.sql("select id, organisation, name, role, email, phone, version from contact "
                        + "order by lower(organisation), lower(name)")
                .query(ContactService::contact)
                .list();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Contact> find(long id) {
        return jdbc.sql("select id, organisation, name, role, email, phone, version from contact where id = ?")
                .param(id)
                .query(ContactService::contact)
                .optional();
    }

    /**
     * The organisations in the directory, each once, in the spelling the directory uses, for the contact form to
     * offer: a planner picks "Cheshire Fire and Rescue Service" rather than typing a variant that would count apart.
     */
    @PreAuthorize("isAuthenticated()")
    public List<String> organisations() {
        Map<String, String> byKey = new java.util.TreeMap<>();
        findAll().forEach(c -> byKey.putIfAbsent(organisationKey(c.organisation()), c.organisation()));
        return byKey.values().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /**
     * How organisations are compared: white space around and within, and case, do not count, so "cheshire police "
     * and "Cheshire  Police" are one organisation.
     */
    public static String organisationKey(String organisation) {
        return organisation == null
                ? ""
                : organisation.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }

    /** The contact as typed, its organisation spelled as the directory spells it. */
    private ContactDetails inDirectorySpelling(ContactDetails typed, Long self) {
        return new ContactDetails(
                inDirectorySpelling(typed.organisation(), self),
                typed.name(),
                typed.role(),
                typed.email(),
                typed.phone());
    }

    /**
     * The organisation as the directory already spells it (ignoring the contact being changed, so that its own
     * spelling can be corrected when it is the only one), or as typed with its spaces tidied.
     */
    private String inDirectorySpelling(String organisation, Long self) {
        String key = organisationKey(organisation);
        // Distinct spellings are few (one per organisation), so this stays quick for each line of a large import.
        return jdbc
                .sql("select distinct organisation from contact where id <> ? order by organisation")
                .param(self == null ? -1L : self)
                .query(String.class)
                .list()
                .stream()
                .filter(o -> organisationKey(o).equals(key))
                .findFirst()
                .orElse(organisation == null ? null : organisation.strip().replaceAll("\\s+", " "));
    }

    @Transactional
    @PreAuthorize(KEEPERS)
    public Contact create(@Valid ContactDetails typed) {
        ContactDetails d = inDirectorySpelling(typed, null);
        refuseTakenEmail(d.email(), null);
        jdbc.sql("""
                insert into contact (organisation, name, role, email, phone, version, updated_at, updated_by)
                values (?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(
                        d.organisation(),
                        d.name(),
                        d.role(),
                        d.email(),
                        d.phone(),
                        DatabaseTime.of(clock.instant()),
                        currentUser())
                .update();
        return byEmail(d.email()).orElseThrow();
    }

    @Transactional
    @PreAuthorize(KEEPERS)
    public Contact update(long id, long version, @Valid ContactDetails typed) {
        ContactDetails d = inDirectorySpelling(typed, id);
        Contact current = find(id).orElseThrow(() -> new InvalidInputException("id", "That contact no longer exists."));
        if (current.version() != version) {
            throw new ConcurrentEditException("Someone else changed " + current.name()
                    + " since you opened it. Open it again to see their change; what you typed is still in the form.");
        }
        refuseTakenEmail(d.email(), id);
        jdbc.sql("""
                update contact set organisation = ?, name = ?, role = ?, email = ?, phone = ?, version = version + 1,
                                   updated_at = ?, updated_by = ? where id = ?""")
                .params(
                        d.organisation(),
                        d.name(),
                        d.role(),
                        d.email(),
                        d.phone(),
                        DatabaseTime.of(clock.instant()),
                        currentUser(),
                        id)
                .update();
        return find(id).orElseThrow();
    }

    /** Removes a contact from the directory; invitations already sent keep the name and address they went to. */
    @Transactional
    @PreAuthorize(KEEPERS)
    public void delete(long id) {
        jdbc.sql("update invitation set contact_id = null where contact_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from contact where id = ?").param(id).update();
    }

    /** The directory as CSV, in the same columns an import reads. */
    @PreAuthorize("isAuthenticated()")
    public String exportCsv() {
        return CsvCells.write(
                CSV_HEADER,
                findAll().stream()
                        .map(c -> java.util.Arrays.asList(c.organisation(), c.name(), c.role(), c.email(), c.phone()))
                        .toList());
    }

    /**
     * Imports a CSV file with the header {@link #CSV_HEADER} (in any order; organisation, name and email required):
     * a line whose email is in the directory updates that contact, any other adds one. An organisation already in the
     * directory (or on an earlier line) in another case or spacing is stored in the directory's spelling. All or nothing: any problem
     * refuses the whole file, listing every problem by line and field. Returns how many lines were imported.
     */
    @Transactional
    @PreAuthorize(KEEPERS)
    public int importCsv(String fileName, byte[] content) {
        String file = fileName == null || fileName.isBlank() ? "the file" : fileName;
        List<ContactImportException.Problem> problems = new ArrayList<>();
        if (content.length > MAX_IMPORT_BYTES) {
            throw new ContactImportException(List.of(new ContactImportException.Problem(
                    file, 0, null, "larger than " + (MAX_IMPORT_BYTES / 1024) + " KB")));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ContactImportException(List.of(new ContactImportException.Problem(
                    file, 1, null, "is not UTF-8 text; save it as CSV UTF-8 and try again")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Excel's "CSV UTF-8" starts with a byte order mark
        }
        Map<String, Long> seen = new HashMap<>();
        List<ContactDetails> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(new StringReader(text))) {
            Map<String, Integer> columns = new HashMap<>();
            parser.getHeaderMap().forEach((k, v) -> columns.put(k.strip().toLowerCase(Locale.ROOT), v));
            for (String required : List.of("organisation", "name", "email")) {
                if (!columns.containsKey(required)) {
                    problems.add(new ContactImportException.Problem(
                            file,
                            1,
                            required,
                            "the header has no column \"" + required + "\"; the columns are "
                                    + String.join(", ", CSV_HEADER)));
                }
            }
            if (!problems.isEmpty()) {
                throw new ContactImportException(problems);
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                ContactDetails d = new ContactDetails(
                        cell(record, columns, "organisation"),
                        cell(record, columns, "name"),
                        cell(record, columns, "role"),
                        cell(record, columns, "email"),
                        cell(record, columns, "phone"));
                // Each line is checked as the form checks a contact, listing every field that is wrong.
                InputChecks.problems(d)
                        .forEach(e -> problems.add(
                                new ContactImportException.Problem(file, line, e.field(), e.getMessage())));
                Long earlier =
                        d.email() == null ? null : seen.putIfAbsent(d.email().toLowerCase(Locale.ROOT), line);
                if (earlier != null) {
                    problems.add(new ContactImportException.Problem(
                            file, line, "email", d.email() + " is on line " + earlier + " already"));
                }
                lines.add(d);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(new ContactImportException.Problem(
                    file, 0, null, "is not a CSV file this import can read: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new ContactImportException(problems);
        }
        if (lines.isEmpty()) {
            throw new ContactImportException(
                    List.of(new ContactImportException.Problem(file, 2, null, "has no contacts under its header")));
        }
        for (ContactDetails d : lines) {
            Optional<Contact> existing = byEmail(d.email());
            if (existing.isPresent()) {
                update(existing.get().id(), existing.get().version(), d);
            } else {
                create(d);
            }
        }
        return lines.size();
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer at = columns.get(name);
        return at == null || at >= record.size() ? null : record.get(at);
    }

    private Optional<Contact> byEmail(String email) {
        return jdbc.sql("select id, organisation, name, role, email, phone, version from contact "
                        + "where lower(email) = lower(?)")
                .param(email)
                .query(ContactService::contact)
                .optional();
    }

    private void refuseTakenEmail(String email, Long self) {
        byEmail(email).filter(c -> self == null || c.id() != self).ifPresent(c -> {
            throw new InvalidInputException(
                    "email", email + " is already the address of " + c.name() + " (" + c.organisation() + ").");
        });
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private static Contact contact(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Contact(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getLong(7));
    }
}
