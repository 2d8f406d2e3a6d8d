package uk.gov.halton.planner.contacts.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import uk.gov.halton.planner.contacts.InvitationService;
import uk.gov.halton.planner.contacts.Response;
import uk.gov.halton.planner.exercises.ExerciseSummary;

/**
 * The page a reply link opens: the exercise and two buttons. Opening the link changes nothing (mail scanners open
 * links); pressing a button records the answer. A link that was altered, or is past its expiry, gets a page saying so.
 */
@RestController
class ReplyController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final InvitationService invitations;

    ReplyController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitations/{token}")
    ResponseEntity<String> open(@PathVariable String token) {
        return page(invitations.open(token), false);
    }

    @PostMapping("/invitations/{token}")
    ResponseEntity<String> answer(@PathVariable String token, @RequestParam(required = false) String answer) {
        if (!"accept".equals(answer) && !"decline".equals(answer)) {
            return page(invitations.open(token), false);
        }
        return page(invitations.answer(token, "accept".equals(answer)), true);
    }

    private static ResponseEntity<String> page(InvitationService.Reply reply, boolean answered) {
        return switch (reply.outcome()) {
            case INVALID ->
                respond(
                        HttpStatus.BAD_REQUEST,
                        "This link is not valid",
                        "<p>This reply link is not valid: it may have been changed or cut short when it was copied. "
                                + "Open the link from the invitation email again, or contact the emergency planning team "
                                + "who invited you.</p>");
            case EXPIRED ->
                respond(
                        HttpStatus.GONE,
                        "This link has expired",
                        "<p>This reply link has expired: replies close when the exercise ends"
                                + (reply.exercise() == null
                                        ? ""
                                        : " (" + esc(reply.exercise().name()) + ")")
                                + ". Contact the emergency planning team who invited you.</p>");
            case VALID ->
                respond(
                        HttpStatus.OK,
                        reply.exercise() == null
                                ? "Invitation"
                                : reply.exercise().name(),
                        body(reply, answered));
        };
    }

    private static String body(InvitationService.Reply reply, boolean answered) {
        var i = reply.invitation();
        ExerciseSummary e = reply.exercise();
        StringBuilder html = new StringBuilder();
        html.append("<p>")
                .append(esc(i.name()))
                .append(", ")
                .append(esc(i.organisation()))
                .append("</p>");
        if (e != null) {
            html.append("<p class=\"when\">")
                    .append(esc(WHEN.format(e.startsAt())))
                    .append(" to ")
                    .append(esc(TIME.format(e.endsAt())))
                    .append(" (UK time)");
            if (e.location() != null && !e.location().isBlank()) {
                html.append("<br>").append(esc(e.location()));
            }
            html.append("</p>");
        }
        if (i.cancelled()) {
            return html.append("<p class=\"answer\">This exercise has been cancelled or postponed: there is nothing "
                            + "to answer.</p>")
                    .toString();
        }
        if (answered) {
            html.append("<p class=\"answer\" role=\"status\">Thank you: your answer is recorded. ")
                    .append(
                            i.response() == Response.ACCEPTED
                                    ? "You accepted; you will be reminded the day before."
                                    : "You declined.")
                    .append("</p>");
        } else if (i.response() != Response.NOT_ANSWERED) {
            html.append("<p class=\"answer\">You have ")
                    .append(i.response() == Response.ACCEPTED ? "accepted" : "declined")
                    .append(". You can change your answer.</p>");
        } else {
            html.append("<p>Will you take part?</p>");
        }
        html.append("<form method=\"post\"><button name=\"answer\" value=\"accept\" type=\"submit\">Accept</button> "
                + "<button name=\"answer\" value=\"decline\" type=\"submit\">Decline</button></form>");
        return html.toString();
    }

    private static ResponseEntity<String> respond(HttpStatus status, String title, String body) {
        String html = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"color-scheme\" content=\"light dark\">"
                + "<title>" + esc(title) + " - Safer Halton Planner</title><style>"
                + "body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
                + "button{font-size:1rem;padding:.6rem 1.2rem;margin:.25rem .5rem .25rem 0;min-height:44px}"
                + "</style></head><body><main><p>Safer Halton Planner, Halton Borough Council</p><h1>" + esc(title)
                + "</h1>" + body + "</main></body></html>";
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .body(html);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
